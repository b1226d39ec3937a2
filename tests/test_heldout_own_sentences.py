"""The own-writing held-out sentence sets bench/heldout4.jsonl and bench/heldout5.jsonl (their
hashes are pinned in test_eval_gate.py): checked for consistency without ever running the coder
on them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from article_sets import check_codes
from eventwire.evaluate import load_gold

BENCH = Path(__file__).resolve().parents[1] / "bench"
# name, sentences, sentences without an event, events
SETS = [("heldout4", 80, 20, 65), ("heldout5", 100, 28, 100)]


def _records(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (BENCH / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("name", "sentences", "empty", "events"), SETS)
def test_heldout_own_sentences_load_as_gold(name: str, sentences: int, empty: int, events: int) -> None:
    cases, records = load_gold(BENCH / f"{name}.jsonl"), _records(name)
    assert len(cases) == len(records) == sentences
    assert [c.id for c in cases] == [f"{name.upper()}-{k:03d}" for k in range(1, sentences + 1)]
    assert len({c.text for c in cases}) == len(cases)
    assert all(c.published is not None for c in cases)
    assert sum(not r["events"] for r in records) == empty
    assert sum(len(r["events"]) for r in records) == events


@pytest.mark.parametrize("name", [s[0] for s in SETS])
def test_heldout_own_sentences_codes_are_known(name: str) -> None:
    records = _records(name)
    check_codes(records, places=False)
    assert all(e["source"] for r in records for e in r["events"])


def test_heldout5_has_two_event_sentences_and_every_cameo_root() -> None:
    records = _records("heldout5")
    assert sum(len(r["events"]) > 1 for r in records) == 27
    roots = Counter(e["cameo"][:2] for r in records for e in r["events"])
    assert sorted(roots) == [f"{k:02d}" for k in range(1, 21)]


def test_heldout5_sentences_are_wire_length() -> None:
    words = sorted(len(r["text"].split()) for r in _records("heldout5"))
    assert words[0] >= 20 and words[len(words) // 2] >= 30
