"""The own-writing sentence sets bench/heldout4.jsonl to bench/heldout18.jsonl
(their hashes are pinned in test_eval_gate.py): checked for consistency without ever running the
coder on them."""

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
SETS = [("heldout4", 80, 20, 65), ("heldout5", 100, 28, 100), ("heldout6", 120, 32, 127), ("heldout7", 150, 37, 154),
        ("heldout8", 150, 36, 156), ("heldout9", 150, 37, 156),
        ("heldout10", 150, 37, 161), ("heldout11", 150, 37, 153),
        ("heldout12", 150, 36, 154), ("heldout13", 150, 35, 158),
        ("heldout14", 150, 35, 158), ("heldout15", 150, 35, 167),
        ("heldout16", 150, 37, 161), ("heldout17", 150, 37, 161),
        ("heldout18", 150, 38, 159)]


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


@pytest.mark.parametrize(("name", "several"), [("heldout5", 27), ("heldout6", 37), ("heldout7", 40),
                                                   ("heldout8", 40), ("heldout9", 41), ("heldout10", 44),
                                                   ("heldout11", 40), ("heldout12", 40),
                                                   ("heldout13", 41), ("heldout14", 42),
                                                   ("heldout15", 47), ("heldout16", 45),
                                                   ("heldout17", 48), ("heldout18", 47)])
def test_heldout_own_sentences_have_two_event_sentences_and_every_cameo_root(name: str, several: int) -> None:
    records = _records(name)
    assert sum(len(r["events"]) > 1 for r in records) == several
    roots = Counter(e["cameo"][:2] for r in records for e in r["events"])
    assert sorted(roots) == [f"{k:02d}" for k in range(1, 21)]


@pytest.mark.parametrize("name", ["heldout5", "heldout6"])
def test_heldout_own_sentences_are_wire_length(name: str) -> None:
    words = sorted(len(r["text"].split()) for r in _records(name))
    assert words[0] >= 20 and words[len(words) // 2] >= 30 and words[-1] <= 45


def test_heldout7_has_long_lead_sentences_within_wire_length() -> None:
    words = [len(r["text"].split()) for r in _records("heldout7")]
    assert min(words) >= 20 and max(words) <= 65
    assert 25 <= sum(n >= 45 for n in words) <= 40


@pytest.mark.parametrize("name", ["heldout8", "heldout9", "heldout10", "heldout11", "heldout12",
                                  "heldout13", "heldout14", "heldout15", "heldout16",
                                  "heldout17", "heldout18"])
def test_heldout_own_sentences_have_short_and_long_lead_sentences_within_wire_length(name: str) -> None:
    words = [len(r["text"].split()) for r in _records(name)]
    assert min(words) >= 20 and max(words) <= 65
    assert 30 <= sum(n >= 40 for n in words) <= 50 and sum(n < 30 for n in words) >= 5


@pytest.mark.parametrize(("name", "most"), [("heldout6", 20), ("heldout7", 30), ("heldout8", 20), ("heldout9", 20),
                                                   ("heldout10", 20), ("heldout11", 20),
                                                   ("heldout12", 20), ("heldout13", 20),
                                                   ("heldout14", 20), ("heldout15", 20),
                                                   ("heldout16", 20), ("heldout17", 20),
                                                   ("heldout18", 20)])
def test_heldout_own_sentences_spread_over_regions_dates_and_plover_types(name: str, most: int) -> None:
    records = _records(name)
    decades = Counter(r["published"][:3] for r in records)
    assert sorted(decades) == ["198", "199", "200", "201", "202"]
    types = Counter(e["plover"] for r in records for e in r["events"] if e["plover"])
    assert len(types) == 16 and max(types.values()) <= most
    actors = {a for r in records for e in r["events"] for a in e["source"] + e["target"]}
    assert len(actors) >= 60
