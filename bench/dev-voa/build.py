"""Build the development article set (articles.jsonl) from annotations.txt and the VOA development lines.

Run from the repository root: `python bench/dev-voa/build.py [--show N]`. It reuses the held-out
article set's builder (bench/heldout-voa/build.py: the same sentence split, cell format and record
shape), pointed at this folder's annotations and at the development stories only (see bench/heldout-voa/README.md).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
# the development partition of voa_stories.jsonl; 47, 48, 50, 55, 58 and 64 are held out (bench/heldout-voa2)
LINES = (45, 46, 49, 51, 52, 53, 54, 56, 57, 59, 60, 61, 62, 63)


def builder() -> ModuleType:
    """Load the held-out set's build.py (its folder name is no package name)."""
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
