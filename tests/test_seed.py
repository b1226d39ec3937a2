"""The seed article (../shared/samples): every required event with its fields, nothing else.

These tests need ../shared/ beside the checkout (CI always has it); without it they are
reported as skipped with that reason, and everything else still runs.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import SHARED, SHARED_MISSING
from eventwire.evaluate import actor_class
from eventwire.model import Article, EventMention
from eventwire.pipeline import code_articles
from eventwire.resources import Resources

SAMPLES = SHARED / "samples"
GOLDEN = Path(__file__).parent / "golden" / "seed-article.jsonl"
pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason=SHARED_MISSING)


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    meta: dict[str, Any] = json.loads((SAMPLES / "seed-article.json").read_text(encoding="utf-8"))
    meta["text"] = (SAMPLES / meta["text_file"]).read_text(encoding="utf-8")
    return meta


@pytest.fixture(scope="module")
def events(seed: dict[str, Any], resources: Resources) -> list[EventMention]:
    article = Article(id=seed["id"], text=seed["text"], title=seed["title"],
                      published=date.fromisoformat(seed["published"]), publisher=seed["publisher"])
    return list(next(code_articles([article], resources)).mentions)


def _one_of(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _fits_required(event: EventMention, want: dict[str, Any]) -> bool:
    checks = [
        want["evidence"] in event.sentence_text,
        event.cameo == want["cameo"],
        event.source is not None and event.source.actor.code in _one_of(want["source"]),
        (event.target.actor.code if event.target else None) in _one_of(want["target"]),
    ]
    return all(checks)


def _fits_acceptable(event: EventMention, allowed: dict[str, Any]) -> bool:
    source = event.source.actor.code if event.source else None
    target = event.target.actor.code if event.target else None
    return (event.cameo[:2] == allowed["cameo_root"] and source in allowed["source"]
            and target in allowed["target"])


def test_seed_every_required_event_with_its_fields(seed: dict[str, Any], events: list[EventMention]) -> None:
    for want in seed["expected"]["required"]:
        found = [e for e in events if _fits_required(e, want)]
        assert found, f"missing {want['cameo']} {want['source']}→{want['target']}: {want['evidence']}"
        event = found[0]
        if "plover" in want:
            assert event.plover == want["plover"]
        if "plover_mode" in want:
            assert want["plover_mode"] in event.plover_mode
        if "date" in want:
            assert event.date.date is not None and event.date.date.isoformat() == want["date"]
        if "place" in want:
            assert event.place is not None
            assert (event.place.name, event.place.country) == (want["place"]["name"], want["place"]["country"])
            assert event.place.geonameid > 0 and event.place.lat and event.place.lon
        if "reported_by" in want:
            assert list(event.reported_by) == want["reported_by"]
        if "speaker" in want:
            assert event.speaker == want["speaker"]


def test_seed_nothing_outside_required_and_acceptable(seed: dict[str, Any], events: list[EventMention]) -> None:
    expected = seed["expected"]
    for event in events:
        allowed = any(_fits_required(event, w) for w in expected["required"]) or any(
            _fits_acceptable(event, a) for a in expected["acceptable"])
        assert allowed, (f"unexpected {event.cameo} {actor_class(event.source)}→{actor_class(event.target)} "
                         f"[{event.rule}]: {event.sentence_text}")


def test_seed_golden_records(events: list[EventMention], update_golden: bool) -> None:
    lines = [json.dumps(e.to_record(), ensure_ascii=False, sort_keys=True) for e in events]
    if update_golden:
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert GOLDEN.exists(), "no golden file yet: run pytest tests/test_seed.py --update-golden and review it"
    assert lines == GOLDEN.read_text(encoding="utf-8").splitlines()
