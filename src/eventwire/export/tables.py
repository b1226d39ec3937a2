"""Plain tables of the store: Parquet, CSV and JSONL of events, mentions or articles.

Events carry `mention_ids` (every member, whichever of its pairs of parties joins it), mentions
carry `event_id` (the event of their primary pair; the store's `event_mentions` view has every
link): together they let users re-aggregate. A filter picks the mentions of the matching events
by any of their pairs. CSV writes list cells joined with `;`. A mention's other parties of one act
(`also_sources`, `also_targets`) are lists of actor records in JSONL and Parquet (JSON text), and
their actor codes joined with `;` in CSV.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import InputError
from eventwire.export.common import Written, copy, limit
from eventwire.store import Filters, Store
from eventwire.store.filters import where
from eventwire.store.schema import ARTICLES, EVENTS, JSON_COLUMNS, MENTIONS

TABLES = {"events": EVENTS, "mentions": MENTIONS, "articles": ARTICLES}
OPTIONS = {"parquet": "FORMAT parquet, COMPRESSION zstd", "csv": "FORMAT csv, HEADER true",
           "jsonl": "FORMAT json"}


def _column(alias: str, name: str, kind: str, flat: bool) -> str:
    col = f'{alias}."{name}"'
    if name in JSON_COLUMNS:
        parties = f"CAST(coalesce({col}, '[]') AS JSON)"
        if flat:
            return f"array_to_string(json_extract_string({parties}, '$[*].code'), ';') AS \"{name}\""
        return f'{parties} AS "{name}"'
    return f"array_to_string({col}, ';') AS \"{name}\"" if flat and kind == "VARCHAR[]" else col


def _columns(table: str, alias: str, flat: bool) -> str:
    return ", ".join(_column(alias, name, kind, flat) for name, kind, *_ in (d.split() for d in TABLES[table]))


def query(table: str, filters: Filters, flat: bool) -> tuple[str, list[object]]:
    """Return the SELECT of one table's rows for the filters."""
    cond, params = where(filters)
    if table == "events":
        ids = ("array_to_string(i.mention_ids, ';')" if flat else "i.mention_ids")
        return (f"SELECT {_columns('events', 'e', flat)}, {ids} AS mention_ids FROM events e "
                "LEFT JOIN (SELECT event_id, list(mention_id ORDER BY mention_id) AS mention_ids "
                "FROM event_mentions GROUP BY event_id) i ON i.event_id = e.id "
                f"WHERE {cond} ORDER BY e.date, e.id{limit(filters)}", params)
    everything = cond == "TRUE"
    # the mentions of the matching events, by any pair they stand for (every mention if no filter)
    picked = ("SELECT em.mention_id FROM event_mentions em JOIN events e ON em.event_id = e.id "
              f"WHERE {cond}")
    if table == "mentions":
        return (f"SELECT {_columns('mentions', 'm', flat)} FROM mentions m WHERE {everything} OR "
                f"m.id IN ({picked}) ORDER BY m.article_id, m.sentence, m.id{limit(filters)}", params)
    return (f"SELECT {_columns('articles', 'a', flat)} FROM articles a WHERE {everything} OR "
            f"a.id IN (SELECT m.article_id FROM mentions m WHERE m.id IN ({picked})) "
            f"ORDER BY a.id{limit(filters)}", params)


def write(store: Store, filters: Filters, out: Path, fmt: str, table: str = "events") -> Written:
    """Write one table in a plain format (`parquet`, `csv` or `jsonl`)."""
    if table not in TABLES:
        raise InputError(f"unknown table {table!r} (known: {', '.join(TABLES)})")
    sql, params = query(table, filters, flat=fmt == "csv")
    return Written(rows=copy(store, sql, list(params), out, OPTIONS[fmt]))
