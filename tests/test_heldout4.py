"""The own-writing held-out sentence set bench/heldout4.jsonl (its hash is pinned in
test_eval_gate.py): checked for consistency without ever running the coder on it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from article_sets import check_codes
from eventwire.evaluate import load_gold

HELDOUT4 = Path(__file__).resolve().parents[1] / "bench" / "heldout4.jsonl"


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in HELDOUT4.read_text(encoding="utf-8").splitlines()]


def test_heldout4_loads_as_gold_sentences(records: list[dict[str, Any]]) -> None:
    cases = load_gold(HELDOUT4)
    assert len(cases) == len(records) == 80
    assert [c.id for c in cases] == [f"HELDOUT4-{k:03d}" for k in range(1, 81)]
    assert len({c.text for c in cases}) == len(cases)
    assert all(c.published is not None for c in cases)


def test_heldout4_has_a_quarter_of_sentences_without_events(records: list[dict[str, Any]]) -> None:
    assert sum(not r["events"] for r in records) == 20
    assert sum(len(r["events"]) for r in records) == 65


def test_heldout4_codes_are_known(records: list[dict[str, Any]]) -> None:
    check_codes(records, places=False)
    assert all(e["source"] for r in records for e in r["events"])
