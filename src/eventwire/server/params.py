"""Query parameters shared by routes: the event filters of `eventwire query`, and page cursors."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import Query

from eventwire.errors import InputError
from eventwire.store import make_filters

FILTER_NAMES = ("actor", "dyad", "cameo", "root", "plover", "quad", "since", "until",
                "place_country", "text")
# Checked before `make_filters`, so that nothing odd (e.g. non-ASCII digits) reaches it.
PATTERNS = {
    "actor": r"^[A-Za-z]{3}([A-Za-z]{3}){0,9}$",
    "dyad": r"^[A-Za-z]{3}([A-Za-z]{3}){0,9}:[A-Za-z]{3}([A-Za-z]{3}){0,9}$",
    "cameo": r"^[0-9]{2,4}$", "root": r"^[0-9]{1,2}$", "plover": r"^[A-Za-z]{3,12}$",
    "quad": r"^[1-4]$", "since": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    "until": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "place_country": r"^[A-Za-z]{3}$",
    "text": r"^[^\x00]{0,200}$"}
HELP = {
    "actor": "source or target actor code prefix, e.g. RUS or RUSGOV",
    "dyad": "SOURCE:TARGET actor code prefixes, e.g. RUS:UKR",
    "cameo": "CAMEO code and the codes under it, e.g. 04 or 042",
    "root": "CAMEO root code 01..20", "plover": "PLOVER event type, e.g. ASSAULT",
    "quad": "quad class 1..4", "since": "first event date, YYYY-MM-DD",
    "until": "last event date, YYYY-MM-DD",
    "place_country": "ISO 3166 alpha-3 country of the event's place",
    "text": "words that must all occur in a reporting sentence"}

Filters = dict[str, Any]


def parse_filters(given: Mapping[str, str | None]) -> Filters:
    """Return the non-empty filters among `given`, validated as `eventwire query` does."""
    chosen: Filters = {}
    for name in FILTER_NAMES:
        value = (given.get(name) or "").strip()
        if not value:
            continue
        if not re.fullmatch(PATTERNS[name], value):
            raise InputError(f"bad {name} {value!r}: expected {HELP[name]}")
        chosen[name] = value
    make_filters(**chosen)
    return chosen


def _q(name: str) -> Any:
    return Query(description=HELP[name], pattern=PATTERNS[name])


def filters(*, actor: Annotated[str | None, _q("actor")] = None,
            dyad: Annotated[str | None, _q("dyad")] = None,
            cameo: Annotated[str | None, _q("cameo")] = None,
            root: Annotated[str | None, _q("root")] = None,
            plover: Annotated[str | None, _q("plover")] = None,
            quad: Annotated[str | None, _q("quad")] = None,
            since: Annotated[str | None, _q("since")] = None,
            until: Annotated[str | None, _q("until")] = None,
            place_country: Annotated[str | None, _q("place_country")] = None,
            text: Annotated[str | None, _q("text")] = None) -> Filters:
    """Return the event filters of a request (a FastAPI dependency)."""
    return parse_filters({"actor": actor, "dyad": dyad, "cameo": cameo, "root": root,
                          "plover": plover, "quad": quad, "since": since, "until": until,
                          "place_country": place_country, "text": text})


def encode_cursor(day: dt.date | None, key: str) -> str:
    """Return the opaque cursor of a row ordered by (date, id)."""
    raw = json.dumps([day.isoformat() if day else None, key]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.date | None, str]:
    """Return the (date, id) a cursor holds, or raise `InputError`."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, key = json.loads(raw)
        if not isinstance(key, str) or not (day is None or isinstance(day, str)):
            raise ValueError(cursor)
        return (dt.date.fromisoformat(day) if day else None), key
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise InputError(f"bad cursor {cursor!r}: pass the next_cursor of a previous page") \
            from None
