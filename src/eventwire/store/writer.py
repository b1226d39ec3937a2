"""Ingest: code new articles and store them with their mentions and the events they change.

Each batch of articles is one transaction holding the article rows, their mentions and the
recomputed events of every dedup key the mentions touch. An article row therefore marks the
article done: a run killed at any point loses only its open transaction, and a rerun skips the
articles already stored, so it ends with exactly the store a clean run leaves.

Events are recomputed incrementally. For each group key (see `eventwire.dedup`) a batch
touches with dates in [lo, hi], only events anchored in [lo - T, hi + T] can change (T is the
tolerance); their members all have dates in [lo - 2T, hi + 2T], so those mentions are read
back, clustered with `eventwire.dedup.assign`, and the events in the window are replaced. A
record of several parties takes part by each of its pairs (`eventwire.dedup.record_pairs`): its
primary pair through its `mentions` row, the others through its `mention_pairs` rows.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import duckdb
import pyarrow as pa

from eventwire.dedup import TOLERANCE_DAYS, Member, assign, event_id, group_key, members_of, summarize
from eventwire.ingest.common import Skipped, article_skipped
from eventwire.model import (
    Article,
    DatePrecision,
    EventDate,
    EventMention,
    date_in_range,
    date_range_problem,
)
from eventwire.store import rows
from eventwire.store.schema import ARTICLES, EVENTS, MENTION_PAIRS, MENTIONS, arrow_schema

T = TOLERANCE_DAYS
_WINDOW = pa.schema([("group_key", pa.string()), ("lo", pa.date32()), ("hi", pa.date32())])
_ASSIGN = pa.schema([("mention_id", pa.string()), ("pair", pa.int32()), ("event_id", pa.string())])
_IDS = pa.schema([("id", pa.string())])
_MEMBERS = ", ".join(f"m.{c}" for c in rows.MEMBER_COLUMNS)
# A pair past the first: the record's columns, but the pair's parties.
_PAIR_MEMBERS = ", ".join(
    f"p.{c}" if c.startswith(("source_", "target_")) else f"m.{c}" for c in rows.MEMBER_COLUMNS)


class CodedLike(Protocol):
    """One article with its coded event mentions (`eventwire.pipeline.Coded`)."""

    @property
    def article(self) -> Article: ...

    @property
    def mentions(self) -> tuple[EventMention, ...]: ...


class Coder(Protocol):
    """What the store codes new articles with (see `eventwire.coders` for the real ones)."""

    def code_articles(self, articles: Iterable[Article]) -> Iterable[CodedLike | Skipped]:
        """Return each article's coded mentions (or why it could not be coded), in input order."""


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestSummary:
    """What an ingest did: `mentions` and `events_added` count rows the store gained;
    `events_changed` counts event rows written (an event rewritten by two batches counts twice)."""

    read: int
    already_stored: int
    coded: int
    skipped: tuple[Skipped, ...]
    mentions: int
    events_changed: int
    events_added: int = 0


@dataclass(slots=True)
class _Tally:
    read: int = 0
    already: int = 0
    coded: int = 0
    mentions: int = 0
    events: int = 0
    added: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def summary(self) -> IngestSummary:
        return IngestSummary(read=self.read, already_stored=self.already, coded=self.coded,
                             skipped=tuple(self.skipped), mentions=self.mentions,
                             events_changed=self.events, events_added=self.added)


def _chunks(items: Iterable[Article | Skipped], size: int) -> Iterator[list[Article | Skipped]]:
    chunk: list[Article | Skipped] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _fresh(con: duckdb.DuckDBPyConnection, items: Iterable[Article | Skipped],
           tally: _Tally) -> Iterator[Article]:
    seen: dict[str, str] = {}  # id -> where it was first read
    for chunk in _chunks(items, 256):
        articles: list[Article] = []
        for item in chunk:
            if isinstance(item, Skipped):
                tally.skipped.append(item)
                continue
            tally.read += 1
            if not date_in_range(item.published):
                tally.skipped.append(_undatable(item))
            elif item.id in seen:
                tally.skipped.append(article_skipped(
                    item.origin, item.id, f"duplicate id {item.id!r} in the input "
                    f"(first read at {seen[item.id]})"))
            else:
                seen[item.id] = item.origin or item.id
                articles.append(item)
        ids = [a.id for a in articles]
        stored = {r[0] for r in con.execute("SELECT id FROM articles WHERE list_contains(?, id)",
                                            [ids]).fetchall()}
        tally.already += len(stored)
        yield from (a for a in articles if a.id not in stored)


def _undatable(article: Article) -> Skipped:
    assert article.published is not None
    return Skipped(origin=article.origin or f"article {article.id}",
                   problem=f"published: {date_range_problem(article.published)}")


def ingest(con: duckdb.DuckDBPyConnection, items: Iterable[Article | Skipped], coder: Coder, *,
           batch_size: int = 64,
           progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Code the articles not stored yet and store them, `batch_size` articles a transaction."""
    tally = _Tally()
    lookups = con.cursor()  # a coder may pull articles from another thread
    batch: list[CodedLike] = []
    try:
        for coded in coder.code_articles(_fresh(lookups, items, tally)):
            if isinstance(coded, Skipped):  # an article the coder failed on
                tally.skipped.append(coded)
                continue
            batch.append(coded)
            if len(batch) >= batch_size:
                _flush(con, batch, tally, progress)
                batch = []
        _flush(con, batch, tally, progress)
    finally:
        lookups.close()
    return tally.summary()


def _flush(con: duckdb.DuckDBPyConnection, batch: list[CodedLike], tally: _Tally,
           progress: Callable[[IngestSummary], None] | None) -> None:
    if batch:
        before = _count_events(con)
        mentions, events = write_batch(con, batch, dt.datetime.now(dt.UTC).replace(tzinfo=None))
        tally.coded += len(batch)
        tally.mentions += mentions
        tally.events += events
        tally.added += _count_events(con) - before
    if progress is not None:
        progress(tally.summary())


def _count_events(con: duckdb.DuckDBPyConnection) -> int:
    return int(con.execute("SELECT count(*) FROM events").fetchall()[0][0])


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str],
            records: list[dict[str, Any]]) -> None:
    if not records:
        return
    data = pa.Table.from_pylist(records, schema=arrow_schema(columns))
    con.register("ew_batch", data)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM ew_batch")
    finally:
        con.unregister("ew_batch")


def write_batch(con: duckdb.DuckDBPyConnection, batch: Sequence[CodedLike],
                now: dt.datetime) -> tuple[int, int]:
    """Store coded articles and recompute their events in one transaction; return the counts."""
    article_rows: list[dict[str, Any]] = []
    mention_rows: list[dict[str, Any]] = []
    pair_rows: list[dict[str, Any]] = []
    members: list[Member] = []
    for coded in batch:
        published = coded.article.published
        unique = {m.id: _sane(m, published) for m in coded.mentions}
        article_rows.append(rows.article_row(coded.article, len(unique), now))
        mention_rows.extend(rows.mention_row(m, coded.article) for m in unique.values())
        pair_rows.extend(p for m in unique.values() for p in rows.pair_rows(m, published))
        members.extend(p for m in unique.values() for p in members_of(m, published))
    con.begin()
    try:
        _insert(con, "articles", ARTICLES, article_rows)
        _insert(con, "mentions", MENTIONS, mention_rows)
        _insert(con, "mention_pairs", MENTION_PAIRS, pair_rows)
        changed = recompute(con, members)
        con.commit()
    except BaseException:
        rollback(con)
        raise
    return len(mention_rows), changed


def _sane(m: EventMention, published: dt.date | None) -> EventMention:
    """Return the mention dated by its article's publication if a coder dated it outside the
    range the store keeps (as `eventwire.dates` does for sentence dates)."""
    if date_in_range(m.date.date):
        return m
    if published is None:
        return dataclasses.replace(m, date=EventDate(date=None, precision=None, text=None,
                                                     how="none"))
    return dataclasses.replace(m, date=EventDate(date=published, precision=DatePrecision.DAY,
                                                 text=None, how="published"))
def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction, if a failed write (a full disk) has not ended it already.

    Were the rollback's own "no transaction is active" raised, it would hide the real cause.
    """
    with contextlib.suppress(duckdb.TransactionException):
        con.rollback()


def windows(members: Iterable[Member]) -> dict[str, tuple[Any, Any]]:
    """Return each touched group key's date range (None, None for undated groups)."""
    spans: dict[str, tuple[Any, Any]] = {}
    for m in members:
        if m.negated:
            continue
        key = group_key(m)
        lo, hi = spans.get(key, (m.date, m.date))
        if m.date is not None:
            spans[key] = (min(lo, m.date), max(hi, m.date))
        else:
            spans[key] = (None, None)
    return spans


def _inside(anchor: dt.date | None, span: tuple[Any, Any]) -> bool:
    lo, hi = span
    if lo is None or anchor is None:
        return lo is None and anchor is None
    return bool(lo - dt.timedelta(days=T) <= anchor <= hi + dt.timedelta(days=T))


def recompute(con: duckdb.DuckDBPyConnection, members: Sequence[Member]) -> int:
    """Replace the events the given new members can change; return how many were written."""
    spans = windows(members)
    if not spans:
        return 0
    keys = sorted(spans)
    win = pa.Table.from_pydict({"group_key": keys, "lo": [spans[k][0] for k in keys],
                                "hi": [spans[k][1] for k in keys]}, schema=_WINDOW)
    con.register("ew_window", win)
    try:
        near = f"NOT m.negated AND (w.lo IS NULL OR m.date BETWEEN w.lo - {2 * T} AND w.hi + {2 * T})"
        fetched = con.sql(
            f"SELECT {_MEMBERS}, 0 AS pair, m.event_id FROM mentions m "
            f"JOIN ew_window w ON m.group_key = w.group_key WHERE {near} UNION ALL "
            f"SELECT {_PAIR_MEMBERS}, p.pair, p.event_id FROM mention_pairs p "
            f"JOIN mentions m ON m.id = p.mention_id JOIN ew_window w ON p.group_key = w.group_key "
            f"WHERE {near}").to_arrow_table().to_pylist()
        clusters = assign(rows.member_from_row(r) for r in fetched)
        kept = {k: v for k, v in clusters.items() if _inside(k[1], spans[k[0]])}
        # A cluster whose members are exactly those of its stored event is unchanged: kept as stored.
        stored = {(r["id"], r["pair"]): r["event_id"] for r in fetched}
        sizes = Counter(stored.values())
        ids = {k: event_id(*k) for k in kept}
        same = {ids[k] for k, group in kept.items() if _unchanged(ids[k], group, stored, sizes)}
        changed = {k: v for k, v in kept.items() if ids[k] not in same}
        con.register("ew_same", pa.Table.from_pydict({"id": sorted(same)}, schema=_IDS))
        try:
            con.execute(f"DELETE FROM events WHERE id IN (SELECT e.id FROM events e JOIN ew_window w "
                        f"ON e.group_key = w.group_key WHERE w.lo IS NULL "
                        f"OR e.date BETWEEN w.lo - {T} AND w.hi + {T}) AND id NOT IN (SELECT id FROM ew_same)")
        finally:
            con.unregister("ew_same")
    finally:
        con.unregister("ew_window")
    events = [(key, summarize(key, anchor, group)) for (key, anchor), group in changed.items()]
    _assign(con, [(m.id, m.pair, event_id(*key)) for key, group in changed.items() for m in group])
    _insert(con, "events", EVENTS, [rows.event_row(e, key) for key, e in events])
    return len(events)


def _unchanged(eid: str, group: Sequence[Member], stored: dict[tuple[str, int], str | None],
               sizes: Counter[str | None]) -> bool:
    """Tell whether a cluster holds exactly the members (mention pairs) its stored event holds."""
    return sizes[eid] == len(group) and all(stored.get((m.id, m.pair)) == eid for m in group)


def _assign(con: duckdb.DuckDBPyConnection, links: list[tuple[str, int, str]]) -> None:
    """Set the event of each (mention, pair): a primary pair's in `mentions`, others' in `mention_pairs`."""
    data = pa.Table.from_pydict({"mention_id": [p[0] for p in links], "pair": [p[1] for p in links],
                                 "event_id": [p[2] for p in links]}, schema=_ASSIGN)
    con.register("ew_assign", data)
    try:
        con.execute("UPDATE mentions SET event_id = a.event_id FROM ew_assign a "
                    "WHERE mentions.id = a.mention_id AND a.pair = 0")
        con.execute("UPDATE mention_pairs SET event_id = a.event_id FROM ew_assign a "
                    "WHERE mention_pairs.mention_id = a.mention_id AND mention_pairs.pair = a.pair "
                    "AND a.pair > 0")
    finally:
        con.unregister("ew_assign")


def add_pairs(con: duckdb.DuckDBPyConnection) -> None:
    """Give the stored records of several parties their `mention_pairs` rows, and compute the
    events of those pairs (a store written before schema version 5 has neither)."""
    named = con.sql("SELECT * FROM mentions WHERE coalesce(also_sources, '[]') <> '[]' "
                    "OR coalesce(also_targets, '[]') <> '[]'").to_arrow_table().to_pylist()
    records = [(rows.mention_from_row(r), r["published"]) for r in named]
    con.execute("DELETE FROM mention_pairs WHERE list_contains(?, mention_id)", [[r["id"] for r in named]])
    _insert(con, "mention_pairs", MENTION_PAIRS, [p for m, day in records for p in rows.pair_rows(m, day)])
    recompute(con, [p for m, day in records for p in members_of(m, day)[1:]])
