"""What the article gold sets' builders share: the VOA held-out set's builder
(bench/heldout-voa/build.py: sentence split, annotation cells, event records), loaded by path since
its folder name is no package name, and pointed at one set's folder, story lines and stories file.

The VOA sets (bench/heldout-voa, bench/heldout-voa2, bench/dev-voa) each keep a build.py naming
their lines of the VOA stories. A set of the project's own writing (bench/heldout-own-articles*)
holds its own stories.jsonl and codes every story in it, so one command builds any of them:
`python bench/article_set.py bench/heldout-own-articles3 [--show N]`.

It uses no eventwire code: the held-out sets must never pass through the coder while they are built.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent


def builder() -> ModuleType:
    """Load bench/heldout-voa/build.py."""
    spec = importlib.util.spec_from_file_location("voa_build", BENCH / "heldout-voa" / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render(folder: Path, lines: tuple[int, ...], stories: Path | None = None) -> str:
    """Return the articles.jsonl content of the set in `folder` (its annotations.txt over `lines`
    of `stories`, by default the VOA stories)."""
    voa = builder()
    return str(voa.render(folder / "annotations.txt", lines, stories or voa.STORIES))


def main(argv: list[str], folder: Path, lines: tuple[int, ...], stories: Path | None = None) -> None:
    """Build the set's articles.jsonl, or with `--show N` print story N's numbered sentences."""
    voa = builder()
    voa.main(argv, folder / "annotations.txt", folder / "articles.jsonl", lines, stories or voa.STORIES)


def own_lines(folder: Path) -> tuple[int, ...]:
    """Return the story lines of an own-writing set: every line of its stories.jsonl."""
    text = (folder / "stories.jsonl").read_text(encoding="utf-8")
    return tuple(range(1, len(text.splitlines()) + 1))


def render_own(folder: Path) -> str:
    """Return the articles.jsonl content of the own-writing set in `folder`."""
    return render(folder, own_lines(folder), folder / "stories.jsonl")


if __name__ == "__main__":
    if len(sys.argv) < 2 or not (Path(sys.argv[1]) / "stories.jsonl").is_file():
        sys.exit("usage: python bench/article_set.py SET_FOLDER [--show N] (a folder with stories.jsonl)")
    own = Path(sys.argv[1]).resolve()
    main([sys.argv[0], *sys.argv[2:]], own, own_lines(own), own / "stories.jsonl")
