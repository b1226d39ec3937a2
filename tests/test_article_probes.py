"""Whole articles of the project's own wording, one JSON line each (`fixtures/article_probes.jsonl`),
with what a careful coder takes from them written down before the coder first ran on them: the
events of a sentence (source, target, CAMEO root, date, place), sentences that carry none
(plans, hypotheses, commentary) and events a sentence must not yield (the act an appeal asks
for, a target pointing back at the source). Each expectation is a test of its own; those the coder
still misses are strict expected failures naming the defect (`KNOWN`)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import actor_class
from eventwire.model import Article, EventMention
from eventwire.pipeline import code_articles
from eventwire.resources import Resources

PROBES = Path(__file__).parent / "fixtures" / "article_probes.jsonl"
RECORDS = [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines()]


# Expectations the coder still misses, each with the defect it shows; strict, so that a fix shows.
PLAN = "a plan the story tells of is coded as an intention (036); the article sets' conventions code none"
KNOWN = {
    "probe-kenya-2025-expect0": "the parser hangs 'in the town of Mandera' on the suspicion, not the arrest",
    "probe-kenya-2025-quiet2": PLAN,
    "probe-santo-domingo-2013-quiet0": "an act under 'could ... if' told by the actor's side is coded as done (115)",
    "probe-korea-2017-expect2": "a drill announced is coded as a threat (13) aimed at no one, dropped as half a dyad: "
                                "the party it warns is not inferred",
    "probe-balkans-2019-expect1": "'the warning in Banja Luka': a noun with a modifier refers back to no earlier act",
    "probe-balkans-2019-expect2": "a glued sub-headline with no opening article ('Reaction in Sarajevo Bosnia's ...')",
    "probe-levant-2007-quiet1": PLAN,
    "probe-chad-1986-expect0": "no pattern for 'recaptured'",
    "probe-chad-1986-expect1": "'send more aircraft' matches no pattern",
    "probe-chad-1986-quiet0": PLAN,
    "probe-chad-1986-quiet1": PLAN,
    "probe-colombia-2004-expect3": "'it' in a clause hung on the noun 'statement' finds no antecedent (the speaker)",
    "probe-sahel-2023-expect4": "'imposed sanctions on X and threatened to use force': the second verb takes no target",
    "probe-ukraine-2022-expect5": "'disappointed by the decision' finds no target and is coded 012",
    "probe-ukraine-2022-expect6": "a glued sub-headline with no opening article, and 'the two countries' unresolved",
}


def _cases() -> Iterator[Any]:
    for record in RECORDS:
        for kind in ("expect", "quiet", "forbid"):
            for n, item in enumerate(record[kind]):
                name = f"{record['id']}-{kind}{n}"
                marks = [pytest.mark.xfail(strict=True, reason=KNOWN[name])] if name in KNOWN else []
                yield pytest.param(record["id"], kind, item, id=name, marks=marks)


@pytest.fixture(scope="module")
def coded(resources: Resources) -> dict[str, list[EventMention]]:
    articles = [Article(id=r["id"], text=r["text"], published=date.fromisoformat(r["published"])) for r in RECORDS]
    return {c.article.id: list(c.mentions) for c in code_articles(articles, resources)}


def _in(events: Sequence[EventMention], words: str) -> list[EventMention]:
    return [e for e in events if words in e.sentence_text]


def _fits(event: EventMention, item: dict[str, Any]) -> bool:
    """Tell whether an event has the item's source, target and CAMEO root (a key the item lacks,
    or an empty list, allows any)."""
    source, target = actor_class(event.source), actor_class(event.target)
    roots = item.get("roots") or [event.cameo[:2]]
    if item.get("source") and item.get("target") and sorted(item["source"]) == sorted(item["target"]):
        source, target = sorted((source or "", target or ""), key=lambda c: c not in item["source"])
    return ((not item.get("source") or source in item["source"])
            and (not item.get("target") or target in item["target"]) and event.cameo[:2] in roots)


def _date_ok(event: EventMention, want: str | None) -> bool:
    when = event.date.date
    return when is None if want is None else when is not None and when.isoformat().startswith(want)


def _place_ok(event: EventMention, item: dict[str, Any]) -> bool:
    place, want = event.place, item["place"]
    if place is not None and item.get("place_country_not") == place.country:
        return False
    if want == "any":
        return True
    if want is None or place is None:
        return place is None and want is None
    # the place named in the text, under its GeoNames name ("Mykolayiv") or as written ("Mykolaiv")
    return want.casefold() in place.name.casefold() or want.casefold() == (place.text or "").casefold()


def _show(events: Sequence[EventMention]) -> list[str]:
    return [f"{actor_class(e.source)}>{e.cameo}>{actor_class(e.target)} {e.date.date} "
            f"{e.place.name if e.place else None}" for e in events]


@pytest.mark.parametrize(("article", "kind", "item"), list(_cases()))
def test_article_probes(coded: dict[str, list[EventMention]], article: str, kind: str, item: dict[str, Any]) -> None:
    words = item if isinstance(item, str) else item["in"]
    found = _in(coded[article], words)
    assert any(words in r["text"] for r in RECORDS if r["id"] == article)
    if kind == "quiet":
        assert not found, _show(found)
    elif kind == "forbid":
        country = item.get("place_country")
        assert not [e for e in found if _fits(e, item) and (
            country is None or (e.place is not None and e.place.country == country))], _show(found)
    else:
        fitting = [e for e in found if _fits(e, item)]
        assert fitting, ("no such event", _show(found))
        assert any(_date_ok(e, item["date"]) for e in fitting), ("date", item["date"], _show(fitting))
        assert any(_place_ok(e, item) for e in fitting), ("place", item["place"], _show(fitting))
        assert not item.get("once") or len(fitting) == 1, ("twice", _show(fitting))
