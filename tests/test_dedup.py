"""Dedup: one event per happening across reports, deterministic and independent of order."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.dedup import TOLERANCE_DAYS, Member, dedup, dedup_key
from eventwire.model import DatePrecision, EventDate, EventMention, Span
from eventwire.ontology import load_codebook
from synthetic import actor, place

CODEBOOK = load_codebook()
DAY = dt.date(2024, 3, 10)


def mention(src: str | None = "RUSGOV", tgt: str | None = "PRKGOV", cameo: str = "042",
            day: int | None = 0, country: str | None = "PRK", *, article: str = "a1",
            sentence: int = 0, exact: bool = True, negated: bool = False,
            publisher: str | None = None, start: int = 0) -> EventMention:
    """Build an event mention by hand; `day` counts from DAY, None means no date at all."""
    code = CODEBOOK[cameo]
    when = None if day is None else DAY + dt.timedelta(days=day)
    how = "none" if when is None else "sentence" if exact else "published"
    return EventMention(
        article_id=article, sentence=sentence, sentence_text=f"{src} {cameo} {tgt}",
        source=actor(src, src or "", start), target=actor(tgt, tgt or "", start + 10),
        action=Span(text=cameo, start=start + 7, end=start + 10), cameo=cameo,
        cameo_name=code.name, plover=code.plover, plover_mode=code.plover_mode,
        plover_context=code.plover_context, quad_class=code.quad_class, goldstein=code.goldstein,
        date=EventDate(date=when, precision=DatePrecision.DAY if when else None, text=None,
                       how=how),
        place=place(country), negated=negated, publisher=publisher, url=f"https://x/{article}")


def test_dedup_merges_the_same_happening_across_reports() -> None:
    ms = [mention(article="a1", publisher="Reuters"), mention(article="a2", publisher="AP"),
          mention(article="a2", sentence=3, publisher="AP")]
    (event,) = dedup(ms)
    assert (event.num_mentions, event.num_articles, event.num_sources) == (3, 2, 2)
    assert set(event.mention_ids) == {m.id for m in ms}
    assert [m.id for m in event.mentions] == list(event.mention_ids)
    assert (event.source, event.target, event.cameo, event.date) == ("RUSGOV", "PRKGOV", "042", DAY)


@pytest.mark.parametrize(("field", "other"), [
    ("src", "USAGOV"), ("tgt", "CHNGOV"), ("cameo", "043"), ("country", "RUS"), ("day", 1)])
def test_dedup_keeps_apart_mentions_that_differ_in_a_key_field(field: str, other: object) -> None:
    ms = [mention(article="a1"), mention(article="a2", **{field: other})]  # type: ignore[arg-type]
    assert len(dedup(ms)) == 2


def test_dedup_merges_codes_with_the_same_base_code() -> None:
    ms = [mention(cameo="0211", article="a1"), mention(cameo="021", article="a2"),
          mention(cameo="0211", article="a3")]
    (event,) = dedup(ms)
    assert (event.cameo, event.base_code, event.root_code) == ("0211", "021", "02")


@pytest.mark.parametrize(("approx_day", "merged"), [(0, True), (1, True), (2, False), (-1, False)])
def test_dedup_tolerance_joins_an_undated_report_to_the_event_a_day_before(
        approx_day: int, merged: bool) -> None:
    ms = [mention(day=0, article="a1"), mention(day=approx_day, exact=False, article="a2")]
    events = dedup(ms)
    assert len(events) == (1 if merged else 2)
    if merged:
        assert events[0].date == DAY and events[0].date_exact


def test_dedup_tolerance_prefers_the_same_day() -> None:
    ms = [mention(day=0, article="a1"), mention(day=1, article="a2"),
          mention(day=1, exact=False, article="a3")]
    by_day = {e.date: e for e in dedup(ms)}
    assert by_day[DAY + dt.timedelta(days=1)].num_mentions == 2
    assert TOLERANCE_DAYS == 1


def test_dedup_approximate_reports_merge_with_each_other() -> None:
    ms = [mention(exact=False, article="a1"), mention(exact=False, article="a2")]
    (event,) = dedup(ms)
    assert not event.date_exact and event.num_articles == 2


def test_dedup_never_merges_undated_mentions_across_articles() -> None:
    ms = [mention(day=None, article="a1"), mention(day=None, article="a1", sentence=2),
          mention(day=None, article="a2")]
    events = dedup(ms)
    assert sorted(e.num_mentions for e in events) == [1, 2]
    assert all(e.date is None for e in events)


def test_dedup_leaves_negated_mentions_out() -> None:
    ms = [mention(article="a1"), mention(article="a2", negated=True)]
    (event,) = dedup(ms)
    assert event.num_mentions == 1


def test_dedup_event_id_is_stable_as_reports_are_added() -> None:
    first = dedup([mention(article="a1")])[0]
    later = dedup([mention(article="a2"), mention(article="a1"), mention(article="a3")])[0]
    assert first.id == later.id and later.num_articles == 3


def test_dedup_first_seen_is_the_earliest_publication() -> None:
    ms = [mention(article="a1"), mention(article="a2")]
    published = {"a1": DAY + dt.timedelta(days=2), "a2": DAY + dt.timedelta(days=1)}
    (event,) = dedup(ms, published)
    assert event.first_seen == DAY + dt.timedelta(days=1)
    assert event.first_article == "a2" and event.source_url == "https://x/a2"


def test_dedup_plover_score_is_the_goldstein_value() -> None:
    (event,) = dedup([mention(cameo="190")])
    assert event.plover == "ASSAULT" and event.plover_score == event.goldstein == -8.0


ACTORS = st.sampled_from(["RUSGOV", "PRKGOV", "RUS", None])
MENTION_ARGS = st.tuples(
    ACTORS, ACTORS, st.sampled_from(["042", "043", "0211", "021", "190"]),
    st.one_of(st.none(), st.integers(0, 4)), st.sampled_from(["PRK", "RUS", None]),
    st.sampled_from(["a1", "a2", "a3", "a4"]), st.integers(0, 3), st.booleans(),
    st.sampled_from([False, False, False, True]),
    st.sampled_from(["Reuters", "AP", None]))


def build(args: list[tuple[object, ...]]) -> list[EventMention]:
    """Return one mention per argument tuple (distinct offsets keep their ids distinct)."""
    out = []
    for i, (src, tgt, cameo, day, country, art, sent, exact, neg, pub) in enumerate(args):
        out.append(mention(src, tgt, cameo, day, country, article=art, sentence=sent,  # type: ignore[arg-type]
                           exact=exact, negated=neg, publisher=pub, start=i * 100))  # type: ignore[arg-type]
    return out


@settings(max_examples=150, deadline=None)
@given(st.lists(MENTION_ARGS, max_size=30), st.randoms(use_true_random=False))
def test_dedup_is_independent_of_order(args: list[tuple[object, ...]], rnd: random.Random) -> None:
    ms = build(args)
    shuffled = ms[:]
    rnd.shuffle(shuffled)
    assert dedup(shuffled) == dedup(ms)


@settings(max_examples=150, deadline=None)
@given(st.lists(MENTION_ARGS, max_size=30))
def test_dedup_puts_each_mention_in_one_event_of_its_key(args: list[tuple[object, ...]]) -> None:
    ms = build(args)
    events = dedup(ms)
    ids = [i for e in events for i in e.mention_ids]
    assert sorted(ids) == sorted(m.id for m in ms if not m.negated)
    by_id = {m.id: m for m in ms}
    for e in events:
        members = [Member.of(by_id[i]) for i in e.mention_ids]
        assert len({dedup_key(m) for m in members}) == 1
        assert e.num_mentions == len(members)
        for m in members:
            if m.date is not None and e.date is not None:
                assert 0 <= (m.date - e.date).days <= (0 if m.exact else TOLERANCE_DAYS)
    assert len({e.id for e in events}) == len(events)


@settings(max_examples=100, deadline=None)
@given(st.lists(MENTION_ARGS, max_size=30))
def test_dedup_is_idempotent_over_its_own_members(args: list[tuple[object, ...]]) -> None:
    events = dedup(build(args))
    again = dedup([m for e in events for m in e.mentions])
    assert again == events
