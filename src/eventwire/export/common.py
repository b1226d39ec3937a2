"""What every export shares: lookup tables, SQL helpers, and COPY to a file."""

from __future__ import annotations

import errno
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.store import Filters, Store
from eventwire.store.filters import where

# Sector names as ICEWS writes them in its Source/Target Sectors columns.
SECTOR_NAMES = {
    "GOV": "Government", "MIL": "Military", "COP": "Police", "JUD": "Judicial",
    "LEG": "Legislative / Parliamentary", "OPP": "Opposition", "REB": "Rebel", "PTY": "Parties",
    "SPY": "Intelligence", "MED": "Media", "BUS": "Business", "EDU": "Education",
    "REL": "Religious", "CVL": "Civilian", "REF": "Refugees", "LAB": "Labor", "AGR": "Agriculture",
    "ELI": "Elite", "JRN": "Media", "HLH": "Health", "NGO": "NGOs", "IGO": "IGOs",
    "UAF": "Unidentified Forces", "SEP": "Separatists", "IMG": "Immigrants",
    "INS": "Insurgents", "MNC": "Multinational Corporations", "CRM": "Criminal",
}

# Where ICEWS names a country otherwise than pycountry's common name.
ICEWS_NAMES = {"XKX": "Kosovo", "COD": "Democratic Republic of Congo", "TUR": "Turkey",
               "PSE": "Occupied Palestinian Territory", "CZE": "Czech Republic",
               "FSM": "Micronesia"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Written:
    """What an export wrote."""

    rows: int
    left_out: int = 0
    why_left_out: str = ""


def load_fips() -> dict[str, str]:
    """Return the ISO 3166 alpha-3 to FIPS 10-4 country code table."""
    text = (resources.files("eventwire") / "data" / "fips.tsv").read_text(encoding="utf-8")
    lines = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {iso: fips for iso, fips in lines[1:]}


def country_names() -> dict[str, str]:
    """Return the common English name of every ISO 3166 alpha-3 code."""
    import pycountry

    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    return names | ICEWS_NAMES


def organization_names() -> dict[str, str]:
    """Return the name the shipped dictionary gives each organization code (IGOEU ...).

    Reads `data/actors/organizations.tsv` alone: the `eventwire.actors` package loads spaCy.
    """
    from eventwire import tsv

    name = "eventwire/data/actors/organizations.tsv"
    text = (resources.files("eventwire") / "data" / "actors" / "organizations.tsv").read_text(
        encoding="utf-8")
    columns = ("id", "kind", "phrases", "code", "country", "sectors", "name", "from", "until")
    names: dict[str, str] = {}
    for _, row in tsv.rows(text, name, columns, pad=True):
        code = row["code"] or row["country"] + "".join(row["sectors"].split())
        names.setdefault(code, row["name"] or row["phrases"].split("|")[0].strip())
    return names


def _parts(rest: str) -> list[str]:
    return [rest[i:i + 3] for i in range(0, len(rest), 3)]


def actor_name(code: str, countries: dict[str, str], organizations: dict[str, str]) -> str:
    """Return an actor code's display name: its country's or organization's name, then the
    names of its sectors ("Russian Federation Government"), never the words of one mention."""
    if code[:3] in countries and all(p in SECTOR_NAMES for p in _parts(code[3:])):
        return " ".join([countries[code[:3]], *(SECTOR_NAMES[p] for p in _parts(code[3:]))])
    head = max((o for o in organizations if code.startswith(o)), key=len, default="")
    base = [organizations[head]] if head else []
    if not head and code[:3] in countries:
        head, base = code[:3], [countries[code[:3]]]
    parts = _parts(code[len(head):])
    if any(p not in SECTOR_NAMES for p in parts):
        return " ".join([*base, code[len(head):]]) if base else code
    return " ".join([*base, *(SECTOR_NAMES[p] for p in parts)])


def actor_names(codes: Iterable[str]) -> dict[str, str]:
    """Return the display name of each actor code."""
    countries, organizations = country_names(), organization_names()
    return {c: actor_name(c, countries, organizations) for c in codes}


def register_lookups(store: Store) -> None:
    """Make `ew_fips(iso3, fips)`, `ew_countries(iso3, name)` and `ew_actor_names(code, name)`
    (the display name of every actor code in the store's events) queryable on the store."""
    fips, names = load_fips(), country_names()
    store.con.register("ew_fips", pa.table({"iso3": list(fips), "fips": list(fips.values())}))
    store.con.register("ew_countries", pa.table({"iso3": list(names),
                                                 "name": list(names.values())}))
    codes = [r[0] for r in store.con.execute(
        "SELECT source FROM events WHERE source IS NOT NULL UNION "
        "SELECT target FROM events WHERE target IS NOT NULL").fetchall()]
    actors = actor_names(codes)
    store.con.register("ew_actor_names", pa.table({"code": pa.array(list(actors), pa.string()),
                                                   "name": pa.array(list(actors.values()),
                                                                    pa.string())}))


def clean(expr: str) -> str:
    """Return SQL for a text value with tabs and line breaks turned into spaces."""
    return f"regexp_replace({expr}, '[\\t\\r\\n]+', ' ', 'g')"


def sql_map(values: dict[str, str]) -> str:
    """Return a DuckDB MAP literal of a small string table."""
    pairs = ", ".join(f"'{k}': '{v}'" for k, v in values.items())
    return f"MAP {{{pairs}}}"


def yyyymmdd(expr: str) -> str:
    """Return SQL turning a DATE into a YYYYMMDD integer."""
    return f"CAST(strftime({expr}, '%Y%m%d') AS BIGINT)"


def select(columns: list[tuple[str, str]], names: Sequence[str]) -> str:
    """Return a SELECT list from (output name, SQL expression) pairs named `names` in order."""
    assert [name for name, _ in columns] == list(names)
    return ", ".join(f'{expr} AS "{name}"' for name, expr in columns)


def events_where(filters: Filters, *, dated: bool) -> tuple[str, list[Any]]:
    """Return the condition on events `e` for the filters (and a known date if `dated`)."""
    cond, params = where(filters)
    return (f"({cond}) AND e.date IS NOT NULL" if dated else cond), params


def undated(store: Store, filters: Filters) -> int:
    """Return how many events matching the filters have no date."""
    cond, params = where(filters)
    rows = store.con.execute(f"SELECT count(*) FROM events e WHERE ({cond}) AND e.date IS NULL",
                             params).fetchall()
    return int(rows[0][0])


def limit(filters: Filters) -> str:
    """Return the LIMIT clause of the filters."""
    return f" LIMIT {filters.limit}" if filters.limit is not None else ""


def copy(store: Store, query: str, params: list[Any], out: Path, options: str) -> int:
    """Write a query's rows to `out` with DuckDB's COPY; return the row count."""
    target = str(out).replace("'", "''")
    try:
        rows = store.con.execute(f"COPY ({query}) TO '{target}' ({options})", params).fetchall()
    except duckdb.IOException as exc:  # named as the user named it: DuckDB may name a temporary file
        raise OSError(errno.EIO, _io_cause(exc), str(out)) from None
    return int(rows[0][0])


def _io_cause(exc: duckdb.IOException) -> str:
    """Return the cause DuckDB gives for a failed write, without its prefix or JSON wrapping."""
    line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    if "{" in line:
        try:
            detail = json.loads(line[line.index("{"):])
            line = str(detail.get("exception_message", line)) if isinstance(detail, dict) else line
        except ValueError:
            pass
    return f"cannot write it ({line.removeprefix('IO Error: ')})"


TSV = "FORMAT csv, DELIMITER '\t', QUOTE '', ESCAPE ''"


def write_dated_tsv(store: Store, filters: Filters, out: Path, query: str, *, header: bool,
                    order: str = "e.date, e.id") -> Written:
    """Write as TSV the rows of `query` (a SELECT ... FROM over events `e`) for dated events.

    The filters' condition, `order` and the filters' limit are appended to `query`; events
    with no date are left out and counted.
    """
    cond, params = events_where(filters, dated=True)
    full = f"{query} WHERE {cond} ORDER BY {order}{limit(filters)}"
    rows = copy(store, full, params, out, f"{TSV}, HEADER {'true' if header else 'false'}")
    return Written(rows=rows, left_out=undated(store, filters), why_left_out="no date")
