"""Watch feeds, URLs and folders: each cycle, code and store only what is new, until stopped.

Each cycle opens the store, reads what changed since the cycles before, codes and stores the
new articles, notes what it read, and closes the store again, so that other commands can use
the store between cycles. What was read is remembered in the store itself (table
`watch_seen`), so a restarted watch carries on where the last one stopped:

- a file by its path, size and modification time: an unchanged file is not read again, and a
  file modified less than `settle` seconds ago waits for the next cycle (it may be mid-write);
- a feed entry, WARC record or page URL by its origin (see `eventwire.ingest.common`), so an
  entry's page is fetched once. Skips that may pass (an unreachable page) are not noted and
  are tried again next cycle.

Articles are stored in transactions (`eventwire.store.writer`) and the notes are written after
them, so a cycle stopped at any point loses nothing: the next one reads again at most what
the stopped one read, and the store skips articles it holds, so nothing is coded twice.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from eventwire.errors import StoreError
from eventwire.ingest import ReadContext, ReadOptions, Skipped, expand, read_sources
from eventwire.ingest.common import is_url
from eventwire.model import Article
from eventwire.store import IngestSummary, Store

if TYPE_CHECKING:
    import duckdb

    from eventwire.store.writer import CodedLike, Coder

log = logging.getLogger(__name__)

SEEN_TABLE = ("CREATE TABLE IF NOT EXISTS watch_seen "
              "(key VARCHAR PRIMARY KEY, signature VARCHAR, seen_at TIMESTAMP)")
_NOTES = pa.schema([("key", pa.string()), ("signature", pa.string())])


@dataclass(frozen=True, slots=True, kw_only=True)
class WatchOptions:
    """How often to look, and for how long."""

    interval: float = 300.0
    settle: float = 2.0
    batch_size: int = 32
    cycles: int | None = None  # None: until interrupted


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """What one cycle reads, and what it leaves alone."""

    names: tuple[str, ...]
    files: dict[str, str] = field(default_factory=dict)  # "file:<path>" -> signature
    unchanged: int = 0
    waiting: int = 0
    pages_seen: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Cycle:
    """What one cycle did."""

    number: int
    plan: Plan
    summary: IngestSummary
    seconds: float


class Memory:
    """The origins read before, loaded from the store each cycle: the readers' `seen` test."""

    def __init__(self) -> None:
        self.origins: frozenset[str] = frozenset()

    def __call__(self, origin: str) -> bool:
        """Return whether an item with this origin was read before."""
        return origin in self.origins


class LazyCoder:
    """A coder made on first use, so that cycles with nothing new never load the pipeline."""

    def __init__(self, make: Callable[[], Coder]) -> None:
        self._make = make
        self._coder: Coder | None = None

    def code_articles(self, articles: Iterable[Article]) -> Iterable[CodedLike | Skipped]:
        """Code the articles, loading the coder if there is a first one."""
        pending = iter(articles)
        first = next(pending, None)
        if first is None:
            return ()
        if self._coder is None:
            self._coder = self._make()
        return self._coder.code_articles(itertools.chain([first], pending))


def watch(names: Sequence[str], db: Path, coder: Coder, *, options: ReadOptions,
          every: WatchOptions, sleep: Callable[[float], None] = time.sleep,
          report: Callable[[Cycle], None] | None = None) -> int:
    """Run cycles until `every.cycles` have run or the user interrupts; return how many ran.

    Each cycle is reported with `report` (default `report_cycle`, one log line and the skips).
    """
    memory = Memory()
    done = 0
    with ReadContext(options, seen=memory) as context:
        while every.cycles is None or done < every.cycles:
            if done:
                sleep(every.interval)
            done += 1
            try:
                (report or report_cycle)(run_cycle(names, db, coder, number=done,
                                                   context=context, memory=memory, every=every))
            except StoreError as exc:
                if done == 1:
                    raise
                log.error("cycle %d: %s; trying again next cycle", done, exc)
    return done


def run_cycle(names: Sequence[str], db: Path, coder: Coder, *, number: int,
              context: ReadContext, memory: Memory, every: WatchOptions) -> Cycle:
    """Read, code and store what is new among the names; note what was read."""
    started = time.monotonic()
    with Store.open(db) as store:
        store.con.execute(SEEN_TABLE)
        plan, memory.origins = plan_cycle(store.con, names, settle=every.settle)
        noted: list[str] = []
        items = _noting(read_sources(plan.names, context.options, context=context), noted)
        summary = store.ingest(items, coder=coder, batch_size=every.batch_size)
        remember(store.con, plan.files, noted)
    return Cycle(number=number, plan=plan, summary=summary, seconds=time.monotonic() - started)


def plan_cycle(con: duckdb.DuckDBPyConnection, names: Sequence[str], *,
               settle: float) -> tuple[Plan, frozenset[str]]:
    """Return what to read this cycle, and the origins read before under those names."""
    known = dict(con.execute("SELECT key, signature FROM watch_seen "
                             "WHERE signature IS NOT NULL").fetchall())
    urls = [n for n in names if is_url(n)]
    files: dict[str, str] = {}
    unchanged = waiting = 0
    now = time.time()
    for path in itertools.chain.from_iterable(_files(n) for n in names if not is_url(n)):
        try:
            stat = path.stat()
        except OSError:
            continue  # gone since it was listed
        signature = f"{stat.st_size}:{stat.st_mtime_ns}"
        if now - stat.st_mtime < settle:
            waiting += 1
        elif known.get(f"file:{path}") == signature:
            unchanged += 1
        else:
            files[f"file:{path}"] = signature
    paths = [key.removeprefix("file:") for key in files]
    seen = seen_origins(con, urls + paths)
    fresh = [u for u in urls if u not in seen]
    plan = Plan(names=tuple(fresh + paths), files=files, unchanged=unchanged, waiting=waiting,
                pages_seen=len(urls) - len(fresh))
    return plan, seen


def _files(name: str) -> Iterator[Path]:
    path = Path(name)
    if not path.exists():
        log.warning("%s: no such file or folder (yet)", name)
        return
    yield from expand(path)


def seen_origins(con: duckdb.DuckDBPyConnection, names: Sequence[str]) -> frozenset[str]:
    """Return the stored or noted origins that are these names or items inside them (`name#...`)."""
    if not names:
        return frozenset()
    con.register("ew_names", pa.table({"name": pa.array(list(names), pa.string())}))
    try:
        rows = con.execute(
            "SELECT origin FROM articles WHERE split_part(origin, '#', 1) IN "
            "(SELECT name FROM ew_names) UNION ALL SELECT key FROM watch_seen "
            "WHERE signature IS NULL AND split_part(key, '#', 1) IN (SELECT name FROM ew_names)"
        ).fetchall()
    finally:
        con.unregister("ew_names")
    return frozenset(row[0] for row in rows)


def remember(con: duckdb.DuckDBPyConnection, files: dict[str, str], origins: list[str]) -> None:
    """Note the files and item origins a cycle read, in one transaction."""
    notes = {**dict.fromkeys(origins), **files}
    if not notes:
        return
    table = pa.Table.from_pydict({"key": list(notes), "signature": list(notes.values())},
                                 schema=_NOTES)
    now = datetime.now(UTC).replace(tzinfo=None)
    con.register("ew_notes", table)
    try:
        con.begin()
        con.execute("INSERT OR REPLACE INTO watch_seen SELECT key, signature, ? FROM ew_notes",
                    [now])
        con.commit()
    finally:
        con.unregister("ew_notes")


def _noting(items: Iterable[Article | Skipped], noted: list[str]) -> Iterator[Article | Skipped]:
    """Pass items through, noting those to remember: items inside feeds and archives, pages."""
    for item in items:
        if _worth_noting(item):
            noted.append(item.origin or "")
        yield item


def _worth_noting(item: Article | Skipped) -> bool:
    origin = item.origin or ""
    if isinstance(item, Skipped):
        return not item.retry and "#" in origin
    return "#" in origin or is_url(origin)


def report_cycle(cycle: Cycle) -> None:
    """Log one line for the cycle, and one for each input it skipped."""
    s, plan = cycle.summary, cycle.plan
    for item in s.skipped:
        log.warning("skipped %s%s", item, " (will retry)" if item.retry else "")
    # Counts follow their labels, so that one line reads right for 1 and for many.
    log.info("cycle %d: new articles coded: %d (event mentions: %d, new events: %d); "
             "already stored: %d; skipped: %d; files read: %d, unchanged: %d, still being "
             "written: %d; pages seen before: %d; %.1f s", cycle.number, s.coded, s.mentions,
             s.events_added, s.already_stored, len(s.skipped), len(plan.files),
             plan.unchanged, plan.waiting, plan.pages_seen, cycle.seconds)
