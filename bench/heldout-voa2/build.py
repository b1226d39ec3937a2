"""Build the second held-out article set (articles.jsonl) from annotations.txt and its VOA lines.

Run from the repository root: `python bench/heldout-voa2/build.py [--show N]`. It uses no eventwire
code (the set must never pass through the coder): it reuses the first held-out article set's builder
(bench/heldout-voa/build.py: the same sentence split, cell format and record shape), pointed at this
folder's annotations and at this set's story lines only (see bench/heldout-voa/README.md).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
# the lines of voa_stories.jsonl taken out of the development partition for this set
LINES = (47, 48, 50, 55, 58, 64)


def builder() -> ModuleType:
    """Load the first held-out set's build.py (its folder name is no package name)."""
    spec = importlib.util.spec_from_file_location("voa_build", HERE.parent / "heldout-voa" / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render() -> str:
    """Return articles.jsonl's content."""
    return str(builder().render(HERE / "annotations.txt", LINES))


if __name__ == "__main__":
    builder().main(sys.argv, HERE / "annotations.txt", HERE / "articles.jsonl", LINES)
