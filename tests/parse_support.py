"""Hand-built parses: spaCy Docs whose words, lemmas, tags and dependencies are set explicitly, so
that each rule is tested apart from the statistical parser."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab


@cache
def _vocab() -> Vocab:
    return spacy.blank("en").vocab


def parsed(table: str) -> Doc:
    """Return a Doc from one token a line: `word lemma POS TAG dep head` (head: the 0-based index
    of the head token; the root names itself)."""
    rows = [line.split() for line in table.strip().splitlines()]
    for row in rows:
        assert len(row) == 6, row
    return Doc(_vocab(), words=[r[0] for r in rows], lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[int(r[5]) for r in rows])
