"""Load the actor dictionary: built-in TSV files first, user files layered over them by entry id."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire import tsv
from eventwire.cache import cached
from eventwire.errors import DictionaryError
from eventwire.model import Actor

COLUMNS = ("id", "kind", "phrases", "code", "country", "sectors", "name", "from", "until")
# A role code ending so goes before the actor's code, not after it (imported `NGO~`).
PREFIX_MARK = "~"
SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "PTY", "SPY", "MED", "BUS", "EDU", "REL",
    "CVL", "REF", "LAB", "AGR", "ELI", "JRN", "HLH", "NGO", "IGO", "MOD", "RAD", "IMG", "INS",
    "UAF", "SEP", "CRM", "DEV", "ENV", "HRI",
})
_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
REMOVE = "-"
# Imported files (eventwire/data/petrarch/) add the source file:line of each row.
OPTIONAL = ("origin",)
BASE_FOLDER = "petrarch"
BASE_FILES = ("actors.tsv", "agents.tsv")
COUNTRY_CODES = "country_codes.tsv"  # in eventwire/data/


class EntryKind(StrEnum):
    """What an entry names."""

    COUNTRY = "country"
    DEMONYM = "demonym"
    CAPITAL = "capital"
    METONYM = "metonym"
    IGO = "igo"
    NGO = "ngo"
    GROUP = "group"
    MEDIA = "media"
    PERSON = "person"
    ROLE = "role"


_KINDS = {kind.value: kind for kind in EntryKind}
ORGANIZATIONS = frozenset({EntryKind.IGO, EntryKind.NGO, EntryKind.GROUP, EntryKind.MEDIA})
PLACES = frozenset({EntryKind.COUNTRY, EntryKind.DEMONYM, EntryKind.CAPITAL, EntryKind.METONYM})


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One dictionary entry: the phrases that name an actor, and the actor they name."""

    id: str
    kind: EntryKind
    phrases: tuple[str, ...]
    code: str
    country: str | None
    sectors: tuple[str, ...]
    name: str
    valid_from: date | None = None
    valid_until: date | None = None
    origin: str = ""

    def actor(self) -> Actor:
        """Return the actor this entry names."""
        return Actor(code=self.code, country=self.country, sectors=self.sectors, name=self.name)

    def valid_on(self, when: date | None, until: date | None = None) -> bool:
        """Tell whether the entry holds on a date, or on some day from `when` to `until` (always,
        when the date is unknown)."""
        if when is None:
            return True
        after_start = self.valid_from is None or self.valid_from <= (until or when)
        before_end = self.valid_until is None or when <= self.valid_until
        return after_start and before_end


@dataclass(frozen=True, slots=True)
class ActorDictionary:
    """All entries by id, in load order."""

    entries: dict[str, Entry]

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def of_kind(self, *kinds: EntryKind) -> list[Entry]:
        """Return the entries of the given kinds."""
        return [e for e in self.entries.values() if e.kind in kinds]


def _date(cell: str, path: str, lineno: int) -> date | None:
    if not cell:
        return None
    try:
        return date.fromisoformat(cell)
    except ValueError:
        raise DictionaryError(path, lineno, f"bad date {cell!r} (want YYYY-MM-DD)") from None


def _country_codes_text() -> str:
    return (resources.files("eventwire") / "data" / COUNTRY_CODES).read_text(encoding="utf-8")


@cache
def country_codes() -> frozenset[str]:
    """Return the codes a dictionary's `country` column accepts: ISO 3166-1 alpha-3 and the former
    countries of ISO 3166-3 (pycountry), and those `data/country_codes.tsv` lists (Kosovo, regions).

    A typo ("GER" for Germany, "ZZZ") would otherwise make an actor of no country in the world.
    """
    import pycountry

    listed = (row["code"] for _, row in tsv.rows(_country_codes_text(), f"eventwire/data/{COUNTRY_CODES}",
                                                  ("code", "kind", "name")))
    return frozenset({*(c.alpha_3 for c in pycountry.countries),
                      *(c.alpha_3 for c in pycountry.historic_countries), *listed})


@cache
def state_codes() -> frozenset[str]:
    """Return the country codes that name states: those of `country_codes` but the regions
    `data/country_codes.tsv` lists (a region is no state an actor can belong to)."""
    regions = {row["code"] for _, row in tsv.rows(_country_codes_text(), f"eventwire/data/{COUNTRY_CODES}",
                                                   ("code", "kind", "name")) if row["kind"] == "region"}
    return country_codes() - regions


def _check(row: dict[str, str], sectors: tuple[str, ...], code: str, where: tuple[str, int]) -> None:
    path, lineno = where
    country = row["country"]
    if country and not _COUNTRY.match(country):
        raise DictionaryError(path, lineno, f"bad country code {country!r} (want ISO 3166 alpha-3)")
    unknown = [s for s in sectors if s not in SECTORS]
    if unknown:
        raise DictionaryError(path, lineno, f"unknown sector {unknown[0]!r}")
    # Converted legacy files (an `origin` column) keep their dictionary's own codes.
    if country and "origin" not in row and country not in country_codes():
        raise DictionaryError(path, lineno, f"unknown country code {country!r} (neither ISO 3166 "
                              f"alpha-3 nor listed in eventwire/data/{COUNTRY_CODES})")
    if row["kind"] != EntryKind.ROLE and not _CODE.match(code):
        raise DictionaryError(path, lineno, f"bad actor code {code!r}")


def _entry(row: dict[str, str], path: str, lineno: int) -> Entry:
    try:
        kind = EntryKind(row["kind"])
    except ValueError:
        raise DictionaryError(path, lineno, f"unknown kind {row['kind']!r}") from None
    phrases = tuple(p.strip() for p in row["phrases"].split("|") if p.strip())
    if not phrases:
        raise DictionaryError(path, lineno, "no phrases")
    sectors = tuple(row["sectors"].split())
    code = row["code"] or (row["country"] + "".join(sectors))
    _check(row, sectors, code, (path, lineno))
    start, end = _date(row["from"], path, lineno), _date(row["until"], path, lineno)
    if start and end and end < start:
        raise DictionaryError(path, lineno, "'until' is before 'from'")
    return Entry(id=row["id"], kind=kind, phrases=phrases, code=code, country=row["country"] or None,
                 sectors=sectors, name=row["name"] or phrases[0], valid_from=start, valid_until=end,
                 origin=f"{path}:{lineno}")


def entry_from_row(row: dict[str, str], path: str, lineno: int) -> Entry:
    """Build one entry from a row of cells; fail with `path:line: problem` when it is invalid."""
    return _entry(row, path, lineno)


def parse_dictionary(text: str, path: str) -> list[Entry | str]:
    """Parse one dictionary file: entries, and the ids of entries it removes (phrases `-`)."""
    items: list[Entry | str] = []
    for lineno, row in tsv.rows(text, path, COLUMNS, optional=OPTIONAL):
        if not row["id"]:
            raise DictionaryError(path, lineno, "empty id")
        items.append(row["id"] if row["phrases"] == REMOVE else _entry(row, path, lineno))
    return items


def _layer(entries: dict[str, Entry], items: Iterable[Entry | str], path: str, user: bool) -> None:
    seen: set[str] = set()
    for item in items:
        if isinstance(item, str):
            entries.pop(item, None)
            continue
        if item.id in seen or (not user and item.id in entries):
            line = int(item.origin.rsplit(":", 1)[1])
            raise DictionaryError(path, line, f"duplicate entry id {item.id!r}")
        seen.add(item.id)
        entries[item.id] = item


def builtin_files() -> list[tuple[str, str]]:
    """Return (name, text) of the built-in dictionary files, in name order."""
    folder = resources.files("eventwire") / "data" / "actors"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name)
    return [(f"eventwire/data/actors/{f.name}", f.read_text(encoding="utf-8")) for f in files]


def base_files() -> list[tuple[str, str]]:
    """Return (name, text) of the imported base layer's actor and agent files."""
    folder = resources.files("eventwire") / "data" / BASE_FOLDER
    return [(f"eventwire/data/{BASE_FOLDER}/{name}", (folder / name).read_text(encoding="utf-8"))
            for name in BASE_FILES]


def is_base(entry: Entry) -> bool:
    """Tell whether an entry comes from the imported base layer."""
    return entry.origin.startswith(f"eventwire/data/{BASE_FOLDER}/")


def load_dictionary(extra: Sequence[Path] = (), *, builtin: bool = True, base_layer: bool = False,
                    cache: Path | None = None) -> ActorDictionary:
    """Load the built-in dictionary and layer the user's files over it, in order.

    `base_layer` adds the imported PETRARCH/Phoenix entries under the built-in ones: an id the
    project's own files define keeps their entry. The packaged entries are read from the start-up
    cache (eventwire.cache; `cache` overrides the folder) once they have been parsed.
    """
    entries = _packaged(builtin=builtin, base_layer=base_layer, cache=cache)
    for path in extra:
        text = tsv.read_user_file(path)
        _layer(entries, parse_dictionary(text, str(path)), str(path), user=True)
    return ActorDictionary(entries)


def _merge(own: list[tuple[str, str]], base: list[tuple[str, str]]) -> dict[str, Entry]:
    """Parse the packaged files: the project's own, then the base layer's entries under them."""
    entries: dict[str, Entry] = {}
    for name, text in own:
        _layer(entries, parse_dictionary(text, name), name, user=False)
    for name, text in base:
        mine = set(entries)
        _layer(entries, (i for i in parse_dictionary(text, name) if isinstance(i, Entry) and i.id not in mine),
               name, user=False)
    return entries


def _packaged(*, builtin: bool, base_layer: bool, cache: Path | None) -> dict[str, Entry]:
    """Return the packaged entries, parsed once and then read from the start-up cache (keyed by
    the files' bytes and this code)."""
    own, base = builtin_files() if builtin else [], base_files() if base_layer else []
    digest = hashlib.sha256(Path(__file__).read_bytes() + _country_codes_text().encode())
    for name, text in (*own, *base):
        digest.update(f"\x1e{name}\x1f{text}".encode())
    rows = cached("dictionary", digest.hexdigest()[:16], lambda: [_row(e) for e in _merge(own, base).values()],
                  folder=cache, valid=lambda value: isinstance(value, list))
    return {row[0]: _from_row(row) for row in rows}


def _row(entry: Entry) -> list[Any]:
    dates = [d.isoformat() if d else None for d in (entry.valid_from, entry.valid_until)]
    return [entry.id, entry.kind.value, list(entry.phrases), entry.code, entry.country, list(entry.sectors),
            entry.name, *dates, entry.origin]


def _from_row(row: list[Any]) -> Entry:
    entry_id, kind, phrases, code, country, sectors, name, start, end, origin = row
    return Entry(id=entry_id, kind=_KINDS[kind], phrases=tuple(phrases), code=code, country=country,
                 sectors=tuple(sectors), name=name, valid_from=date.fromisoformat(start) if start else None,
                 valid_until=date.fromisoformat(end) if end else None, origin=origin)
