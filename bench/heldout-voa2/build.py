"""Build the second held-out article set (articles.jsonl) from annotations.txt and its VOA lines.

Run from the repository root: `python bench/heldout-voa2/build.py [--show N]`. It uses no eventwire
code (the set must never pass through the coder): it reuses the first held-out article set's builder
(bench/heldout-voa/build.py: the same sentence split, cell format and record shape), pointed at this
folder's annotations and at this set's story lines only (see bench/heldout-voa/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/ is no package: its article_set.py is found through the path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import article_set

HERE = Path(__file__).resolve().parent
# the lines of voa_stories.jsonl taken out of the development partition for this set
LINES = (47, 48, 50, 55, 58, 64)
builder = article_set.builder


def render() -> str:
    """Return articles.jsonl's content."""
    return article_set.render(HERE, LINES)


if __name__ == "__main__":
    article_set.main(sys.argv, HERE, LINES)
