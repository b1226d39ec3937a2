"""Build the development article set (articles.jsonl) from annotations.txt and the VOA development lines.

Run from the repository root: `python bench/dev-voa/build.py [--show N]`. It reuses the held-out
article set's builder (bench/heldout-voa/build.py: the same sentence split, cell format and record
shape), pointed at this folder's annotations and at the development stories only (see bench/heldout-voa/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/ is no package: its article_set.py is found through the path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import article_set

HERE = Path(__file__).resolve().parent
# the development partition of voa_stories.jsonl; 47, 48, 50, 55, 58 and 64 are held out (bench/heldout-voa2)
LINES = (45, 46, 49, 51, 52, 53, 54, 56, 57, 59, 60, 61, 62, 63)
builder = article_set.builder


def render() -> str:
    """Return articles.jsonl's content."""
    return article_set.render(HERE, LINES)


if __name__ == "__main__":
    article_set.main(sys.argv, HERE, LINES)
