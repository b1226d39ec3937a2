"""Build the third own-writing held-out article set (articles.jsonl) from stories.jsonl and annotations.txt.

Run from the repository root: `python bench/heldout-own-articles3/build.py [--show N]`. It uses no
eventwire code (the set must never pass through the coder): it reuses the VOA held-out set's builder
(bench/heldout-voa/build.py: the same sentence split, cell format and event records), pointed at this
folder's stories, annotations and output; a story is named by its line in stories.jsonl.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories.jsonl"
LINES = tuple(range(1, 13))  # every story of stories.jsonl


def builder() -> ModuleType:
    """Load the VOA held-out set's build.py (its folder name is no package name)."""
    spec = importlib.util.spec_from_file_location("voa_build", HERE.parent / "heldout-voa" / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render() -> str:
    """Return articles.jsonl's content."""
    return str(builder().render(HERE / "annotations.txt", LINES, STORIES))


if __name__ == "__main__":
    builder().main(sys.argv, HERE / "annotations.txt", HERE / "articles.jsonl", LINES, STORIES)
