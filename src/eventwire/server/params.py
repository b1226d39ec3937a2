"""Query parameters shared by routes: the event filters of `eventwire query`, and page cursors."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import Query

from eventwire.errors import InputError
from eventwire.store import make_filters
from eventwire.store.filters import filter_spec, filter_specs

# The filters are those of `eventwire.store.filters`: same names, patterns, parsing and help.
FILTER_NAMES = tuple(spec.name for spec in filter_specs())

Filters = dict[str, Any]


def parse_filters(given: Mapping[str, str | None]) -> Filters:
    """Return the non-empty filters among `given`, validated as `eventwire query` does."""
    chosen: Filters = {name: value.strip() for name in FILTER_NAMES
                       if (value := given.get(name)) and value.strip()}
    make_filters(**chosen)
    return chosen


def _q(name: str) -> Any:
    spec = filter_spec(name)
    return Query(description=spec.help, pattern=f"^{spec.pattern}$")


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
