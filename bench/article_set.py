"""What the article gold sets' build.py scripts share: the VOA held-out set's builder
(bench/heldout-voa/build.py: sentence split, annotation cells, event records), loaded by path since
its folder name is no package name, and pointed at one set's folder, story lines and stories file.

It uses no eventwire code: the held-out sets must never pass through the coder while they are built.
"""

from __future__ import annotations

import importlib.util
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
