"""The event store: one DuckDB file holding articles, event mentions and events."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from eventwire.errors import StoreError
from eventwire.ingest.common import Skipped
from eventwire.model import Article, Event
from eventwire.store import rows
from eventwire.store.filters import make_filters, where
from eventwire.store.schema import MIGRATIONS, Migration
from eventwire.store.writer import Coder, IngestSummary, ingest

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_PATH = "eventwire.duckdb"
_CREATED = re.compile(r"CREATE (?:OR REPLACE )?(?:TABLE|VIEW) (?:IF NOT EXISTS )?(\w+)")
# Every DuckDB file holds these bytes after an 8-byte checksum.
DUCKDB_MAGIC, DUCKDB_MAGIC_AT = b"DUCK", 8


def _lock_message(path: Path, exc: Exception) -> str:
    pid = re.search(r"PID (\d+)", str(exc))
    who = f"PID {pid.group(1)}" if pid else "PID unknown"
    return (f"{path} is locked by another eventwire process ({who}); wait for it to finish, "
            "or query a copy of the file")


def _check_file(path: Path, *, read_only: bool) -> None:
    """Refuse a path that is not a store before DuckDB reads (or overwrites) it."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not an event store: name the store's file")
    if not path.exists():
        if read_only:
            raise StoreError(f"no event store at {path}: create one with "
                             f"`eventwire ingest --db {path} FILE...`")
        return
    try:
        with path.open("rb") as file:
            head = file.read(len(DUCKDB_MAGIC) + DUCKDB_MAGIC_AT)
    except OSError as exc:
        raise StoreError(f"cannot open {path}: {exc.strerror or exc}") from None
    if head[DUCKDB_MAGIC_AT:] != DUCKDB_MAGIC:
        raise StoreError(f"{path} is not an eventwire store (not a DuckDB file): name a new "
                         "file or an existing store with --db")


def _check_tables(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Refuse a DuckDB database that holds tables but no eventwire schema."""
    found = con.execute("SELECT count(*) FROM information_schema.tables").fetchall()
    if found[0][0]:
        raise StoreError(f"{path} is a DuckDB database but not an eventwire store: name a new "
                         "file or an existing store with --db")


def connect(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file, turning lock and format errors into `StoreError`."""
    _check_file(path, read_only=read_only)
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.InterruptException:  # Ctrl-C while opening: the user's stop, not a store error
        raise KeyboardInterrupt from None
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreError(_lock_message(path, exc)) from None
        raise StoreError(f"cannot open {path}: {exc}") from None
    except duckdb.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from None


def schema_version(con: duckdb.DuckDBPyConnection, path: Path | str = "the store") -> int:
    """Return the schema version of an open store (0 for an empty file)."""
    if "meta" not in _tables(con):
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    value = str(row[0][0]).strip() if row else "0"
    if not (value.isascii() and value.isdigit()):
        raise StoreError(f"{path} is a damaged eventwire store: its schema version {value!r} is "
                         "not a number; not opened")
    return int(value)


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    found = con.execute("SELECT table_name FROM information_schema.tables "
                        "WHERE table_schema = 'main'").fetchall()
    return {str(name) for (name,) in found}


def created_tables(migrations: Sequence[Migration]) -> set[str]:
    """Return the tables and views the migrations create: a store at their version has them all."""
    made = (_CREATED.match(statement) for m in migrations for statement in m.statements)
    return {match.group(1) for match in made if match}


def _check_complete(con: duckdb.DuckDBPyConnection, path: Path, migrations: Sequence[Migration]) -> None:
    """Refuse a store some of whose tables are gone (dropped by hand, a damaged copy): every
    command would otherwise fail later on a bare database error naming no file."""
    missing = sorted(created_tables(migrations) - _tables(con))
    if missing:
        raise StoreError(f"{path} is a damaged eventwire store: it lacks {', '.join(missing)}; "
                         "not opened")


def migrate(con: duckdb.DuckDBPyConnection, path: Path, migrations: Sequence[Migration],
            *, read_only: bool) -> int:
    """Bring the store to the latest schema version; return it."""
    version, latest = schema_version(con, path), migrations[-1].to
    if version == 0:
        _check_tables(con, path)
    if version > latest:
        raise StoreError(f"{path} has schema version {version}, newer than this eventwire "
                         f"supports ({latest}): upgrade eventwire")
    if version == latest:
        _check_complete(con, path, migrations)
        return version
    if read_only:
        raise StoreError(f"{path} has schema version {version}; open it for writing once "
                         f"(eventwire.open({str(path)!r})) to migrate it to {latest}")
    con.begin()
    try:
        for step in (m for m in migrations if m.to > version):
            for statement in step.statements:
                con.execute(statement)
            if step.then is not None:
                step.then(con)
        _check_complete(con, path, migrations)
    except duckdb.CatalogException as exc:  # a table the step changes is gone: nothing is changed
        con.rollback()
        raise StoreError(f"{path} is a damaged eventwire store: cannot migrate it from version "
                         f"{version} to {latest} ({str(exc).splitlines()[0]}); not opened") from None
    except StoreError:
        con.rollback()
        raise
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(latest)])
    con.commit()
    return latest


def _after(key: tuple[dt.date | None, str]) -> tuple[str, list[Any]]:
    day, event_id = key
    if day is None:
        return "(e.date IS NULL AND e.id > ?)", [event_id]
    return ("(e.date > ? OR (e.date = ? AND e.id > ?) OR e.date IS NULL)",
            [day, day, event_id])


class Store:
    """An open event store; close it (or use `with`) to release the file lock."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, *, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(cls, path: str | Path = DEFAULT_PATH, *, read_only: bool = False,
             migrations: Sequence[Migration] = MIGRATIONS) -> Store:
        """Open (creating or migrating if needed) the store at `path`."""
        path = Path(path)
        con = connect(path, read_only=read_only)
        try:
            migrate(con, path, migrations, read_only=read_only)
        except BaseException:
            con.close()
            raise
        return cls(con, path, read_only=read_only)

    def close(self) -> None:
        """Close the store and release its lock."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def version(self) -> int:
        """Return the store's schema version."""
        return schema_version(self.con, self.path)

    def arrow(self, sql: str, params: Sequence[Any] = ()) -> pa.Table:
        """Run a query; return its result as an Arrow table."""
        return self.con.sql(sql, params=list(params)).to_arrow_table()

    def frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        """Run a query; return its result as a pandas DataFrame."""
        return self.con.execute(sql, list(params)).df()

    def _select(self, sql: str, params: Sequence[Any], arrow: bool) -> Any:
        return self.arrow(sql, params) if arrow else self.frame(sql, params)

    def events(self, *, arrow: bool = False, after: tuple[dt.date | None, str] | None = None,
               **filters: Any) -> Any:
        """Return the events matching the filters (see `make_filters`) as a DataFrame or Arrow.

        `after` is the (date, id) of the last event of a previous page: the events that follow
        it in the result order (date, then id; undated last) form the next page.
        """
        f = make_filters(**filters)
        cond, params = where(f)
        if after is not None:
            keyset, more = _after(after)
            cond, params = f"{cond} AND {keyset}", [*params, *more]
        limit = f" LIMIT {f.limit}" if f.limit is not None else ""
        sql = f"SELECT * FROM events e WHERE {cond} ORDER BY e.date, e.id{limit}"
        return self._select(sql, params, arrow)

    def mentions(self, *, arrow: bool = False, **filters: Any) -> Any:
        """Return the event mentions of the events matching the filters (with `event_id`, the
        event of the primary pair), each once, in the order of the first matching event it is a
        member of (by any pair it stands for)."""
        f = make_filters(**filters)
        cond, params = where(f)
        limit = f" LIMIT {f.limit}" if f.limit is not None else ""
        sql = (f"SELECT m.* FROM mentions m JOIN event_mentions em ON em.mention_id = m.id "
               f"JOIN events e ON em.event_id = e.id WHERE {cond} "
               "QUALIFY row_number() OVER (PARTITION BY m.id ORDER BY e.date, e.id) = 1 "
               f"ORDER BY e.date, e.id, m.id{limit}")
        return self._select(sql, params, arrow)

    def event(self, event_id: str) -> Event:
        """Return one event with its member mentions (whichever of their pairs joins them to it)."""
        found = self.arrow("SELECT * FROM events WHERE id = ?", [event_id]).to_pylist()
        if not found:
            raise StoreError(f"no event {event_id!r} in {self.path}")
        members = self.arrow("SELECT m.* FROM mentions m JOIN event_mentions em ON em.mention_id = m.id "
                             "WHERE em.event_id = ? ORDER BY m.id", [event_id])
        mentions = tuple(rows.mention_from_row(r) for r in members.to_pylist())
        return rows.event_from_row(found[0], tuple(m.id for m in mentions), mentions)

    def all_events(self) -> list[Event]:
        """Return every event with its member ids, sorted by date and id (for small stores)."""
        members = self.arrow("SELECT event_id, list(mention_id ORDER BY mention_id) AS ids "
                             "FROM event_mentions GROUP BY event_id").to_pylist()
        ids = {r["event_id"]: tuple(r["ids"]) for r in members}
        table = self.arrow("SELECT * FROM events ORDER BY date, id")
        return [rows.event_from_row(r, ids.get(r["id"], ())) for r in table.to_pylist()]

    def counts(self) -> dict[str, int]:
        """Return the number of articles, mentions and events stored."""
        result: dict[str, int] = {}
        for table in ("articles", "mentions", "events"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchall()
            result[table] = int(row[0][0])
        return result

    def ingest(self, items: Iterable[Article | Skipped], *, coder: Coder, batch_size: int = 64,
               progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
        """Code (with `coder`) and store articles not stored yet; see `store.writer.ingest`."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only; open it for writing to ingest")
        return ingest(self.con, items, coder, batch_size=batch_size, progress=progress)
