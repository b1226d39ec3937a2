"""Build the fourth own-writing held-out article set (articles.jsonl) from stories.jsonl and annotations.txt.

Run from the repository root: `python bench/heldout-own-articles4/build.py [--show N]`. It uses no
eventwire code (the set must never pass through the coder): it reuses the VOA held-out set's builder
(bench/heldout-voa/build.py: the same sentence split, cell format and event records), pointed at this
folder's stories, annotations and output; a story is named by its line in stories.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/ is no package: its article_set.py is found through the path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import article_set

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories.jsonl"
LINES = tuple(range(1, 13))  # every story of stories.jsonl
builder = article_set.builder


def render() -> str:
    """Return articles.jsonl's content."""
    return article_set.render(HERE, LINES, STORIES)


if __name__ == "__main__":
    article_set.main(sys.argv, HERE, LINES, STORIES)
