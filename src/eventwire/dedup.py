"""Merge event mentions of the same happening, across reports, into events.

The dedup key of a mention is

    (source actor code, target actor code, CAMEO base code (3 digits), place country ISO3, date)

with an empty string standing for a missing actor or place. A date is *exact* when the sentence
or paragraph gave a day (`EventDate.precision == "day"` and `how` is not `"published"`/`"none"`);
otherwise it is *approximate* (the report's publication date, a week, a month ...).

Tolerance: a mention with an approximate date A joins the exact-dated event of the same key on
day A, else on day A - 1 (a report is published on the day of the event or the day after);
with neither, it forms (or joins) the approximate event of its key on day A. Mentions with no
date at all (no sentence date and no publication date) are never merged across articles: they
form one event per key and article.

Negated mentions ("did not meet") are kept in the store but make no event.

A record of one act of several parties (`also_sources`, `also_targets`) takes part once per
(source, target) pair it stands for (`record_pairs`), each pair with its own key: "Saudi Arabia,
the UAE and Bahrain cut ties with Qatar" counts toward the events SAU->QAT, ARE->QAT and BHR->QAT,
exactly as the three records `--pairs` codes would. A record's `Member`s carry its id and the
index of their pair (0 for the primary pair, `source` and `target`).

The result depends only on the set of mentions, never on their order: clusters are a function
of the key and the set of exact dates, canonical fields take the most frequent value with ties
broken by sort order, and an event's id is a hash of its key and anchor date, so it stays the
same while reports are added. `first_seen` is the earliest publication date of a member's
article. The PLOVER score is the Goldstein value of the event's CAMEO code: the PLOVER manual
publishes no numeric score table.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from eventwire.model import DatePrecision, Event, EventCoding, EventMention, Mention, Place, stable_id

TOLERANCE_DAYS = 1
UNDATED = "@"
# The rule-id part that marks a mutual act (`eventwire.coding.events.MUTUAL_SUFFIX` without its "+").
MUTUAL = "mutual"
T = TypeVar("T")
Pair = tuple[Mention | None, Mention | None]

__all__ = ["TOLERANCE_DAYS", "Member", "assign", "dedup", "dedup_key", "group_key", "members_of",
           "record_pairs", "summarize"]


def _code(mention: Mention | None) -> str | None:
    return mention.actor.code if mention is not None else None


def record_pairs(m: EventMention) -> tuple[Pair, ...]:
    """Return the (source, target) pairs a record stands for, its primary pair first, in the
    order `--pairs` codes them: each source (`source`, then `also_sources`) toward each target; a
    mutual act once per two of its parties, the first-named as source. A pair repeating the codes
    of an earlier one, or naming one actor code on both sides, is left out (but the primary pair)."""
    if not m.also_sources and not m.also_targets:
        return ((m.source, m.target),)
    if MUTUAL in m.rule.split("+"):
        parties = list(dict.fromkeys((m.source, m.target, *m.also_sources, *m.also_targets)))
        found = [(a, b) for n, a in enumerate(parties) for b in parties[n + 1:]]
    else:
        found = [(s, t) for s in (m.source, *m.also_sources) for t in (m.target, *m.also_targets)]
    pairs = {(_code(m.source), _code(m.target)): (m.source, m.target)}
    for source, target in found:
        if source is None or target is None or _code(source) != _code(target):
            pairs.setdefault((_code(source), _code(target)), (source, target))
    return tuple(pairs.values())


@dataclass(frozen=True, slots=True, kw_only=True)
class Member(EventCoding):
    """What dedup needs of one event mention: its coding, and where and when it was reported."""

    id: str
    article_id: str
    sentence: int
    date: dt.date | None
    exact: bool
    publisher: str | None
    published: dt.date | None
    url: str | None
    negated: bool = False
    pair: int = 0  # which of the record's `record_pairs` this member stands for

    @classmethod
    def of(cls, m: EventMention, published: dt.date | None = None, *, pair: int = 0,
           parties: Pair | None = None) -> Member:
        """Return the dedup view of an event mention whose article was published on `published`:
        of its primary pair, or of pair number `pair`, whose (source, target) are `parties`."""
        src, tgt = parties if parties is not None else (m.source, m.target)
        return cls(
            id=m.id, pair=pair, article_id=m.article_id, sentence=m.sentence,
            source=src.actor.code if src else None, source_name=src.actor.name if src else None,
            source_country=src.actor.country if src else None,
            source_sectors=src.actor.sectors if src else (),
            target=tgt.actor.code if tgt else None, target_name=tgt.actor.name if tgt else None,
            target_country=tgt.actor.country if tgt else None,
            target_sectors=tgt.actor.sectors if tgt else (),
            cameo=m.cameo, cameo_name=m.cameo_name, quad_class=m.quad_class,
            goldstein=m.goldstein, plover=m.plover, plover_mode=m.plover_mode,
            plover_context=m.plover_context, date=m.date.date, exact=is_exact(m),
            place=m.place, publisher=m.publisher, published=published, url=m.url,
            negated=m.negated)


def members_of(m: EventMention, published: dt.date | None = None) -> list[Member]:
    """Return the dedup views of a record, one per pair it stands for (`record_pairs`)."""
    return [Member.of(m, published, pair=n, parties=p) for n, p in enumerate(record_pairs(m))]


def is_exact(m: EventMention) -> bool:
    """Return whether the mention's date is a day the text itself gave."""
    d = m.date
    known = d.date is not None and d.precision == DatePrecision.DAY
    return known and d.how not in ("published", "none")


def dedup_key(m: Member) -> str:
    """Return the date-free part of a mention's dedup key as one string."""
    country = m.place.country if m.place else None
    return "|".join((m.source or "", m.target or "", m.cameo[:3], country or ""))


def group_key(m: Member) -> str:
    """Return the key within which dates cluster (undated mentions stay within their article)."""
    key = dedup_key(m)
    return key if m.date is not None else f"{key}|{UNDATED}{m.article_id}"


def _anchor(m: Member, exact_dates: set[dt.date]) -> dt.date | None:
    if m.date is None or m.exact:
        return m.date
    for back in range(min(TOLERANCE_DAYS, (m.date - dt.date.min).days) + 1):
        day = m.date - dt.timedelta(days=back)
        if day in exact_dates:
            return day
    return m.date


def assign(members: Iterable[Member]) -> dict[tuple[str, dt.date | None], list[Member]]:
    """Group non-negated members into clusters keyed by (group key, anchor date)."""
    groups: dict[str, list[Member]] = defaultdict(list)
    for m in members:
        if not m.negated:
            groups[group_key(m)].append(m)
    clusters: dict[tuple[str, dt.date | None], list[Member]] = defaultdict(list)
    for key, group in groups.items():
        exact_dates = {m.date for m in group if m.exact and m.date is not None}
        for m in group:
            clusters[(key, _anchor(m, exact_dates))].append(m)
    return {k: sorted(v, key=lambda m: (m.id, m.pair)) for k, v in clusters.items()}


def event_id(key: str, anchor: dt.date | None) -> str:
    """Return the stable id of the event with this group key and anchor dt.date."""
    return stable_id(key, anchor.isoformat() if anchor else None)


def _mode(values: Iterable[T | None]) -> T | None:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], str(v)))


def _place(members: Sequence[Member]) -> Place | None:
    geoid = _mode(m.place.geonameid for m in members if m.place)
    if geoid is None:
        return None
    place = next(m.place for m in members if m.place and m.place.geonameid == geoid)
    return replace(place, text=None, start=None, end=None)  # an event's place has no one span


def _report_order(m: Member) -> tuple[dt.date, str, int, str]:
    return (m.published or dt.date.max, m.article_id, m.sentence, m.id)


def summarize(key: str, anchor: dt.date | None, members: Sequence[Member]) -> Event:
    """Return the event of one cluster (members sorted by id)."""
    counts = Counter(m.cameo for m in members)
    cameo = min(counts, key=lambda c: (-counts[c], -len(c), c))
    coded = next(m for m in members if m.cameo == cameo)
    source, target = _mode(m.source for m in members), _mode(m.target for m in members)
    src = next((m for m in members if m.source == source), coded)
    tgt = next((m for m in members if m.target == target), coded)
    first = min(members, key=_report_order)
    url = min((m for m in members if m.url), key=_report_order, default=None)
    published = [m.published for m in members if m.published is not None]
    return Event(
        id=event_id(key, anchor), date=anchor, date_exact=any(m.exact for m in members),
        source=source, source_name=_mode(m.source_name for m in members if m.source == source),
        source_country=src.source_country, source_sectors=src.source_sectors,
        target=target, target_name=_mode(m.target_name for m in members if m.target == target),
        target_country=tgt.target_country, target_sectors=tgt.target_sectors,
        cameo=cameo, cameo_name=coded.cameo_name, base_code=cameo[:3], root_code=cameo[:2],
        quad_class=coded.quad_class, goldstein=coded.goldstein, plover=coded.plover,
        plover_mode=coded.plover_mode, plover_context=coded.plover_context,
        plover_score=coded.goldstein, place=_place(members),
        first_seen=min(published) if published else None,
        num_mentions=len(members), num_articles=len({m.article_id for m in members}),
        num_sources=len({m.publisher or f"article:{m.article_id}" for m in members}),
        is_root=any(m.sentence == 0 for m in members), first_article=first.article_id,
        first_sentence=first.sentence, source_url=url.url if url else None,
        publisher=first.publisher,
        mention_ids=tuple(m.id for m in members))


def dedup(mentions: Iterable[EventMention],
          published: Mapping[str, dt.date | None] | None = None) -> list[Event]:
    """Return the events of the mentions, sorted by date and id (articles' dates in `published`)."""
    published = published or {}
    by_id = {m.id: m for m in mentions}
    members = [p for m in by_id.values() for p in members_of(m, published.get(m.article_id))]
    events = [summarize(key, anchor, group) for (key, anchor), group in assign(members).items()]
    full = [_with_mentions(e, by_id) for e in events]
    return sorted(full, key=lambda e: (e.date or dt.date.min, e.id))


def _with_mentions(event: Event, by_id: Mapping[str, EventMention]) -> Event:
    return replace(event, mentions=tuple(by_id[i] for i in event.mention_ids))
