"""The event filters: one definition (name, pattern, parsing, help) for the store, the command
line and the API, and their SQL.

Each filter's `pattern` is the whole check on a text value: the API publishes it in its OpenAPI
schema, and `parse` accepts exactly the values it matches (then converts them), so a value the
schema allows is never refused afterwards. Dates are limited to `DATE_RANGE`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from eventwire.errors import CodeError, InputError
from eventwire.model import EARLIEST_DATE, LATEST_DATE
from eventwire.ontology import PloverType, load_codebook

_EXTRA_COUNTRIES = ("XKX", "IGO", "NGO")
DATE_RANGE = (EARLIEST_DATE, LATEST_DATE)
_DAYS = ("(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
         "|02-(?:0[1-9]|1[0-9]|2[0-8]))")
# A calendar date of the range eventwire keeps (1800-01-01 to 2200-12-31; 2200 is no leap year).
_YEAR = "(?:1[89][0-9]{2}|2[01][0-9]{2}|2200)"
_LEAP = "(?:(?:1[89]|2[01])(?:0[48]|[2468][048]|[13579][26])|2000)-02-29"
DATE = f"(?:{_YEAR}-{_DAYS}|{_LEAP})"
# Any calendar date from 0001-01-01 to 9999-12-31: what an article's `published` may say before
# the range check, which refuses that one article (never the whole request).
_ANY_YEAR = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)"
_ANY_LEAP = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29"
ANY_DATE = f"(?:{_ANY_YEAR}-{_DAYS}|{_ANY_LEAP})"
# An actor code as the dictionaries write it: three letters, then letters or digits (IGOEU, RUSGOV).
ACTOR = "[A-Za-z]{3}[A-Za-z0-9]{0,37}"


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
    primary: bool = False  # only events some record names as its primary pair (source, target)


@dataclass(frozen=True, slots=True, kw_only=True)
class FilterSpec:
    """One event filter: its name, the values it accepts, how they are read, and its help."""

    name: str
    help: str
    pattern: str
    convert: Callable[[str], Any]
    error: type[InputError] | type[CodeError] = CodeError

    @property
    def option(self) -> str:
        """Return the command-line option (`--place-country`)."""
        return "--" + self.name.replace("_", "-")

    def parse(self, value: Any) -> Any:
        """Return the value converted, or raise `error` naming the filter and what it expects."""
        text = value.strip() if isinstance(value, str) else value
        if not isinstance(text, str) or not re.fullmatch(self.pattern, text):
            raise self.error(f"bad {self.name} {value!r}: expected {self.help}")
        return self.convert(text)


def _any_case(words: Iterable[str]) -> str:
    """Return an alternation matching the words in any letter case (schemas have no flags)."""
    def one(word: str) -> str:
        return "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else re.escape(c) for c in word)

    return "(?:" + "|".join(one(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


def _countries() -> list[str]:
    import pycountry

    return [*(c.alpha_3 for c in pycountry.countries), *_EXTRA_COUNTRIES]


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _dyad(text: str) -> tuple[str, str]:
    source, target = text.upper().split(":")
    return source, target


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@cache
def filter_specs() -> tuple[FilterSpec, ...]:
    """Return every event filter, in the order the CLI and the API list them."""
    cameo = sorted(load_codebook().codes, key=lambda c: (-len(c), c))
    return (
        FilterSpec(name="actor", help="a source or target actor code prefix, e.g. RUS, RUSGOV "
                   "or IGOEU", pattern=ACTOR, convert=str.upper),
        FilterSpec(name="dyad", help="SOURCE:TARGET actor code prefixes, e.g. RUS:PRK",
                   pattern=f"{ACTOR}:{ACTOR}", convert=_dyad),
        FilterSpec(name="cameo", help="a CAMEO code (and the codes under it), e.g. 04 or 042",
                   pattern="(?:" + "|".join(cameo) + ")", convert=str),
        FilterSpec(name="root", help="a CAMEO root code 01..20", pattern="(?:0?[1-9]|1[0-9]|20)",
                   convert=lambda t: f"{int(t):02d}"),
        FilterSpec(name="plover", help="a PLOVER event type, e.g. CONSULT",
                   pattern=_any_case(str(p) for p in PloverType), convert=str.upper),
        FilterSpec(name="quad", help="a quad class 1..4", pattern="[1-4]", convert=int),
        FilterSpec(name="since", help="the first event date, YYYY-MM-DD (1800 to 2200)",
                   pattern=DATE, convert=_date, error=InputError),
        FilterSpec(name="until", help="the last event date, YYYY-MM-DD (1800 to 2200)",
                   pattern=DATE, convert=_date, error=InputError),
        FilterSpec(name="place_country", help="the ISO 3166 alpha-3 country of the event's "
                   "place, e.g. PRK", pattern=_any_case(_countries()), convert=str.upper),
        FilterSpec(name="text", help="words that must all occur in a reporting sentence",
                   pattern="[^\\x00]{1,200}", convert=_words, error=InputError),
    )


def filter_spec(name: str) -> FilterSpec:
    """Return the filter called `name`, or raise `InputError` listing the known ones."""
    for spec in filter_specs():
        if spec.name == name:
            return spec
    known = ", ".join([*(s.name for s in filter_specs()), "limit"])
    raise InputError(f"unknown filter {name!r} (known: {known})")


def parse_date(value: str | dt.date, what: str = "date") -> dt.date:
    """Return a date given as `YYYY-MM-DD`, or raise `InputError`."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"cannot read {what} {value!r}: expected YYYY-MM-DD") from None


def _value(spec: FilterSpec, value: Any) -> Any:
    if spec.name in ("since", "until") and isinstance(value, dt.date):
        # A date object is the program's own (a series window over what is stored), not typed by
        # a user: it is taken as it is, also outside the range typed dates are held to.
        return value
    if spec.name == "dyad" and isinstance(value, tuple | list):
        value = ":".join(map(str, value))
    elif spec.name == "text" and isinstance(value, tuple | list):
        value = " ".join(map(str, value))
    elif spec.name in ("root", "quad") and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return spec.parse(value)


def _limit(value: str | int) -> int:
    if not str(value).strip().isdigit():
        raise InputError(f"bad limit {value!r}: expected a whole number")
    return int(value)


def make_filters(**given: Any) -> Filters:
    """Return validated filters from user values (strings, dates or numbers; None is ignored)."""
    chosen: dict[str, Any] = {}
    for name, value in given.items():
        if name == "limit":
            chosen[name] = None if value is None else _limit(value)
            continue
        if name == "primary":
            chosen[name] = bool(value)
            continue
        spec = filter_spec(name)
        if value is not None:
            chosen[name] = _value(spec, value)
    typed = all(isinstance(given.get(n), str) for n in ("since", "until"))
    if typed and chosen["since"] > chosen["until"]:  # a slip (the two swapped), not a question
        raise InputError(f"since {chosen['since']} is after until {chosen['until']}: no event can "
                         "match; swap them")
    return Filters(**chosen)


def like_pattern(text: str, *, prefix: bool = False) -> str:
    """Return a LIKE pattern matching `text` literally (`\\` escapes `%`, `_` and itself)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%" if prefix else f"%{escaped}%"


def where(f: Filters, alias: str = "e") -> tuple[str, list[Any]]:
    """Return the SQL condition (on events as `alias`) and its parameters."""
    a = alias
    conds: list[tuple[str, list[Any]]] = []
    if f.actor:
        conds.append((f"({a}.source LIKE ? ESCAPE '\\' OR {a}.target LIKE ? ESCAPE '\\')",
                      [like_pattern(f.actor, prefix=True)] * 2))
    if f.dyad:
        conds.append((f"{a}.source LIKE ? ESCAPE '\\' AND {a}.target LIKE ? ESCAPE '\\'",
                      [like_pattern(f.dyad[0], prefix=True), like_pattern(f.dyad[1], prefix=True)]))
    for sql, value in ((f"{a}.cameo LIKE ?", f.cameo and f.cameo + "%"),
                       (f"{a}.root_code = ?", f.root), (f"{a}.plover = ?", f.plover),
                       (f"{a}.quad_class = ?", f.quad),
                       (f"{a}.date >= ?", f.since), (f"{a}.date <= ?", f.until),
                       (f"{a}.place_country = ?", f.place_country)):
        if value is not None:
            conds.append((sql, [value]))
    if f.text:
        likes = " AND ".join("m.sentence_text ILIKE ? ESCAPE '\\'" for _ in f.text)
        conds.append((f"{a}.id IN (SELECT em.event_id FROM event_mentions em JOIN mentions m "
                      f"ON m.id = em.mention_id WHERE {likes})", [like_pattern(w) for w in f.text]))
    if f.primary:
        conds.append((f"{a}.id IN (SELECT event_id FROM mentions WHERE event_id IS NOT NULL)", []))
    if not conds:
        return "TRUE", []
    return " AND ".join(c for c, _ in conds), [p for _, ps in conds for p in ps]
