"""Validated event filters, shared by queries, exports and analytics, and their SQL."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from eventwire.errors import CodeError, InputError
from eventwire.ontology import PloverType, load_codebook

_ACTOR = re.compile(r"^(?:[A-Z]{3})+$")
_EXTRA_COUNTRIES = frozenset({"XKX", "IGO", "NGO"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    """Which events to select; None means no condition."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    cameo: str | None = None
    root: str | None = None
    plover: str | None = None
    quad: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    place_country: str | None = None
    text: tuple[str, ...] = ()
    limit: int | None = None


def actor_code(value: str) -> str:
    """Return an actor code in upper case, or raise `CodeError` if it is not one."""
    code = value.strip().upper()
    if not _ACTOR.match(code):
        raise CodeError(f"unknown actor code {value!r}: "
                        "expected 3-letter parts such as RUS or RUSGOV")
    return code


def parse_date(value: str | dt.date, what: str = "date") -> dt.date:
    """Return a date given as `YYYY-MM-DD`, or raise `InputError`."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"cannot read {what} {value!r}: expected YYYY-MM-DD") from None


def dyad(value: str | tuple[str, str]) -> tuple[str, str]:
    """Return a dyad given as `SOURCE:TARGET`."""
    parts = value.split(":") if isinstance(value, str) else list(value)
    if len(parts) != 2:
        raise CodeError(f"bad dyad {value!r}: expected SOURCE:TARGET such as RUS:PRK")
    return actor_code(parts[0]), actor_code(parts[1])


def country_code(value: str) -> str:
    """Return an ISO 3166 alpha-3 country code, or raise `CodeError`."""
    import pycountry

    code = value.strip().upper()
    if code not in _EXTRA_COUNTRIES and pycountry.countries.get(alpha_3=code) is None:
        raise CodeError(f"unknown country code {value!r}: expected ISO 3166 alpha-3 such as PRK")
    return code


def _cameo(value: str) -> str:
    code = value.strip()
    if code not in load_codebook():
        raise CodeError(f"unknown CAMEO code {value!r}")
    return code


def _root(value: str | int) -> str:
    text = f"{int(value):02d}" if str(value).strip().isdigit() else str(value)
    if text not in {f"{n:02d}" for n in range(1, 21)}:
        raise CodeError(f"unknown CAMEO root {value!r}: expected 01 to 20")
    return text


def _plover(value: str) -> str:
    try:
        return str(PloverType(value.strip().upper()))
    except ValueError:
        known = ", ".join(PloverType)
        raise CodeError(f"unknown PLOVER type {value!r} (known: {known})") from None


def _quad(value: str | int) -> int:
    if str(value).strip() not in {"1", "2", "3", "4"}:
        raise CodeError(f"unknown quad class {value!r}: expected 1 to 4")
    return int(value)


def _limit(value: str | int) -> int:
    if not str(value).strip().isdigit():
        raise InputError(f"bad limit {value!r}: expected a whole number")
    return int(value)


_PARSERS: dict[str, Any] = {
    "actor": actor_code, "dyad": dyad, "cameo": _cameo, "root": _root, "plover": _plover,
    "quad": _quad, "since": lambda v: parse_date(v, "--since date"),
    "until": lambda v: parse_date(v, "--until date"), "place_country": country_code,
    "text": lambda v: tuple(v.split()) if isinstance(v, str) else tuple(v), "limit": _limit,
}


def make_filters(**given: Any) -> Filters:
    """Return validated filters from user values (strings, dates or numbers; None is ignored)."""
    unknown = set(given) - set(_PARSERS)
    if unknown:
        raise InputError(f"unknown filter {sorted(unknown)[0]!r} (known: {', '.join(_PARSERS)})")
    return Filters(**{k: _PARSERS[k](v) for k, v in given.items() if v is not None})


def where(f: Filters, alias: str = "e") -> tuple[str, list[Any]]:
    """Return the SQL condition (on events as `alias`) and its parameters."""
    a = alias
    conds: list[tuple[str, list[Any]]] = []
    if f.actor:
        conds.append((f"({a}.source LIKE ? OR {a}.target LIKE ?)", [f.actor + "%"] * 2))
    if f.dyad:
        conds.append((f"{a}.source LIKE ? AND {a}.target LIKE ?",
                      [f.dyad[0] + "%", f.dyad[1] + "%"]))
    for sql, value in ((f"{a}.cameo LIKE ?", f.cameo and f.cameo + "%"),
                       (f"{a}.root_code = ?", f.root), (f"{a}.plover = ?", f.plover),
                       (f"{a}.quad_class = ?", f.quad),
                       (f"{a}.date >= ?", f.since), (f"{a}.date <= ?", f.until),
                       (f"{a}.place_country = ?", f.place_country)):
        if value is not None:
            conds.append((sql, [value]))
    if f.text:
        likes = " AND ".join("sentence_text ILIKE ?" for _ in f.text)
        conds.append((f"{a}.id IN (SELECT event_id FROM mentions WHERE {likes})",
                      [f"%{w}%" for w in f.text]))
    if not conds:
        return "TRUE", []
    return " AND ".join(c for c, _ in conds), [p for _, ps in conds for p in ps]
