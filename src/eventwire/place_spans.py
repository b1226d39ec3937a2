"""How a span of a sentence names a place: the span itself trimmed of punctuation and of a
possessive, a longer name "of" continues ("Port of Spain"), a quarter of a known place ("North
Mitrovica"), else its longest capitalised sub-span the gazetteer knows (`eventwire.places` ranks
the spans; this module only reads them); what a name means in the country a sentence places it in."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace

from eventwire.actors.variants import fold
from eventwire.gazetteer import Gazetteer
from eventwire.model import Place, PlacePrecision
from eventwire.place_names import NAME_WORD, of_name_end

_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_POSSESSIVE = re.compile(r"['’]s?$")
_PUNCTUATION = " \t\n,;:!?()[]\"“”"
_MAX_SPAN = 6


def capitalised(word: str, stop: frozenset[str]) -> bool:
    """Return whether a word can start or end a place name (`stop`: the lexicon's `place_name_stop`)."""
    return bool(_UPPER.match(word)) and word.lower() not in stop


def bare_name(text: str) -> str:
    """Return a name without the punctuation around it and its possessive ("Lebanon's" -> "Lebanon")."""
    return _POSSESSIVE.sub("", text.strip(_PUNCTUATION))


def resolve_span(text: str, start: int, end: int,
                  lookups: tuple[Callable[[str], Place | None], Callable[[str], Place | None]],
                  stop: frozenset[str], *, compass: frozenset[str] = frozenset()) -> tuple[Place, int, int] | None:
    """Return the place of the span, else the quarter it names of a known place (`_quarter`), else
    of its longest, then leftmost, sub-span that resolves (`lookups`: for the whole span, and the
    stricter one for its parts); sub-spans start and end with a capitalised word, never "the"."""
    start, end = max(0, start), min(len(text), end)
    whole, lookup = lookups
    longer = of_name_end(text, end)  # "Port of Spain": a longer name the gazetteer has is the place
    if found := ((longer > end and lookup_span(text, start, longer, whole)) or lookup_span(text, start, end, whole)
                 or _quarter(text, start, end, whole, compass)):
        return found
    words = list(NAME_WORD.finditer(text, start, end))
    for size in range(min(len(words), _MAX_SPAN), 0, -1):
        for i in range(len(words) - size + 1):
            first, last = words[i], words[i + size - 1]
            if capitalised(first.group(), stop) and capitalised(last.group(), stop) and (
                found := lookup_span(text, first.start(), last.end(), lookup)
            ):
                return found
    return None


def _quarter(text: str, start: int, end: int, lookup: Callable[[str], Place | None],
             compass: frozenset[str]) -> tuple[Place, int, int] | None:
    """Return the place a capitalised point of the compass and a known name make when the gazetteer
    lacks the whole ("North Mitrovica"): a place of its own in the named one's country, at its point."""
    words = list(NAME_WORD.finditer(text, start, end))
    if len(words) < 2 or words[0].group().lower() not in compass or not _UPPER.match(words[0].group()):
        return None
    found = lookup_span(text, words[1].start(), end, lookup)
    if found is None:
        return None
    return Place(name=text[words[0].start():found[2]], geonameid=0, lat=found[0].lat, lon=found[0].lon,
                 country=found[0].country, precision=PlacePrecision.APPROXIMATE), words[0].start(), found[2]


def lookup_span(text: str, start: int, end: int,
                 lookup: Callable[[str], Place | None]) -> tuple[Place, int, int] | None:
    """Return the place a span names, trimmed of punctuation, then also of a possessive.

    "St. John's" is a name; "Lebanon's" is not.
    """
    piece = text[start:end]
    kept = piece.rstrip(_PUNCTUATION + "'’")
    lead = len(kept) - len(kept.lstrip(_PUNCTUATION + "'’"))
    bare = _POSSESSIVE.sub("", kept[lead:]).rstrip(_PUNCTUATION)
    for name in dict.fromkeys((piece.strip(_PUNCTUATION), bare)):
        if name and (place := lookup(name)):
            at = start + piece.index(name)
            return place, at, at + len(name)
    return None


def as_written(place: Place, written: str) -> Place:
    """Return a town or division named as the story spells it, where the gazetteer's record keeps
    another of its names ("Ulaanbaatar", not "Ulan Bator"; "New York", not "New York City"); its
    id, point and country stay. A country keeps its own name ("U.S." is the United States), and a
    name written in capitals alone (a dateline's) or as the record's last words ("the Hague" is The
    Hague) the gazetteer's."""
    if place.geonameid == 0 or place.precision not in {PlacePrecision.CITY, PlacePrecision.DIVISION}:
        return place
    spelled, record = fold(written).casefold(), fold(place.name).casefold()
    if not _UPPER.match(written) or written.isupper() or spelled == record or record.endswith(" " + spelled):
        return place
    return replace(place, name=written)


_TERRITORY_KM = 300.0


def owned_place(name: str, owner: str, prefer: frozenset[str], gazetteer: Gazetteer) -> Place | None:
    """Return the place a name means in the country the sentence places it in ("Lebanon's city of
    Tripoli"), else none; a territory GeoNames lists as a country of its own, or its capital, is
    that territory where the owner has no place of the name ("China's Hong Kong"), or none with a
    point of its own far from it (Mayotte, "the French island", a division of France placed at
    Paris; "the U.S. state of Georgia" is no country)."""
    found = gazetteer.lookup(name, prefer=prefer, within=owner)
    whole = gazetteer.lookup(name, major_only=True)
    if whole is None or whole.country == owner or found is None:
        return found or whole
    capital = gazetteer.capital(owner)
    pointless = capital is not None and (found.lat, found.lon) == (capital.lat, capital.lon)
    territory = gazetteer.is_country(whole) and (pointless or distance_km(found, whole) <= _TERRITORY_KM)
    return whole if territory else found


def distance_km(a: Place, b: Place) -> float:
    """Return the great-circle distance between two places (haversine, mean Earth radius)."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
