"""The typed records that flow between pipeline stages.

Every record is a frozen, slotted, keyword-only dataclass: stages build new records and never
mutate the ones they receive. Ids derive from content so reruns are idempotent.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import IntEnum, StrEnum
from typing import Any


class Record:
    """Base of the model's frozen records: pickled as their field values, which is several times
    faster than the dataclass default for the mentions worker processes send back."""

    __slots__ = ()

    def __reduce__(self) -> tuple[Any, ...]:
        names = _field_names(type(self))
        return _restore, (type(self), tuple(getattr(self, n) for n in names))


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def _restore(cls: type[Record], values: tuple[Any, ...]) -> Record:
    record = object.__new__(cls)
    for name, value in zip(_field_names(cls), values, strict=True):
        object.__setattr__(record, name, value)
    return record


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


class QuadClass(IntEnum):
    """GDELT's four quad classes."""

    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4


class Modality(StrEnum):
    """How the text commits to an event happening."""

    ASSERTED = "asserted"
    FUTURE = "future"
    INTENT = "intent"
    HYPOTHETICAL = "hypothetical"
    CLAIM = "claim"


class DatePrecision(StrEnum):
    """How exactly an event date is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class PlacePrecision(StrEnum):
    """How exactly a place tells where an event happened."""

    CITY = "city"  # a city, town or place within one (GeoNames)
    DIVISION = "division"  # a state, province, region or district: its point is its seat's, or near it
    COUNTRY = "country"  # a whole country: its point is its capital's
    APPROXIMATE = "approximate"  # a place the gazetteer lacks, at its country's capital
    # a lake, river or strait the gazetteer lacks, at the capital of the country it is in or along
    WATER = "water"


def stable_id(*parts: object) -> str:
    """Return a short hex id derived from the given parts."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True, kw_only=True)
class Article(Record):
    """One news report."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = "en"
    origin: str | None = None
    author: str | None = None

    @staticmethod
    def make_id(text: str, url: str | None = None) -> str:
        """Return the stable id of an article: a hash of its url, or of its text if none."""
        return stable_id(url) if url else stable_id(text)


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor(Record):
    """A coded actor: a CAMEO-style code split into country and sectors."""

    code: str
    country: str | None
    sectors: tuple[str, ...] = ()
    name: str = ""

    @property
    def placed(self) -> bool:
        """Tell whether the actor is placed in the world: it has a country, or it is an
        international (governmental, non-governmental or militarized) organization."""
        return self.country is not None or self.code.startswith(("IGO", "NGO", "IMG"))

    def with_sectors(self, sectors: tuple[str, ...]) -> Actor:
        """Return this actor with more sectors appended (and the code rebuilt)."""
        merged = self.sectors + tuple(s for s in sectors if s not in self.sectors)
        code = (self.country or "") + "".join(merged)
        return Actor(code=code or self.code, country=self.country, sectors=merged, name=self.name)


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention(Record):
    """An actor named in the text, with the dictionary entries that resolved it."""

    actor: Actor
    text: str
    start: int
    end: int
    entry: str
    entries: tuple[str, ...] = ()
    kind: str = ""
    person: str | None = None
    confidence: float = 1.0

    def placed_in(self, country: str, why: str) -> Mention:
        """Return this mention with its actor placed in a country (its code prefixed with it) and
        what placed it (`why`: an entry id or a rule) among its entries."""
        return replace(self, actor=replace(self.actor, code=country + self.actor.code, country=country),
                       entries=(*self.entries, why))

    def to_record(self) -> dict[str, Any]:
        """Return the JSON-ready form used in event records."""
        return {
            "code": self.actor.code,
            "country": self.actor.country,
            "sectors": list(self.actor.sectors),
            "name": self.actor.name,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "entry": self.entry,
            "entries": list(self.entries or (self.entry,)),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Place(Record):
    """A place: a GeoNames one, or (`geonameid` 0) an ISO 3166-2 division or a place the text
    calls a town, district or province that the gazetteer lacks. Those have an approximate point:
    a division's namesake city, else its country's point or capital. `precision` tells which
    kind of place it is (`PlacePrecision`)."""

    name: str
    geonameid: int
    lat: float
    lon: float
    country: str | None
    admin1: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    precision: PlacePrecision | None = None  # None: not recorded (stores written before it was)

    def to_record(self) -> dict[str, Any]:
        """Return the JSON-ready form used in event records."""
        return {
            "name": self.name,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "admin1": self.admin1,
            "precision": str(self.precision) if self.precision else None,
        }


# The dates eventwire codes and stores. Outside them a date is a misreading (a serial number, a
# version, a typo) far more often than news, and near the calendar's ends date arithmetic
# overflows: sentence dates outside are ignored, a publication date outside is an input error.
EARLIEST_DATE = date(1800, 1, 1)
LATEST_DATE = date(2200, 12, 31)


def date_in_range(day: date | None) -> bool:
    """Tell whether a date lies in the range eventwire codes and stores (None does)."""
    return day is None or EARLIEST_DATE <= day <= LATEST_DATE


def date_range_problem(day: date) -> str:
    """Return the one-line reason a date outside the range is refused."""
    return (f"the date {day.isoformat()} is outside the range eventwire accepts "
            f"({EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()})")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventDate(Record):
    """An event date and where it came from."""

    date: date | None
    precision: DatePrecision | None
    text: str | None
    # "sentence", "paragraph", "earlier-event" (an event told again), "lead" (the lead's news day),
    # "day-before" (the cause an "after" clause tells, of the day before its sentence's), "counted" (an
    # act some days from its clause's: "two days after police seized them"), "published" or "none"
    how: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Span(Record):
    """A character span of the article text."""

    text: str
    start: int
    end: int


def _actor_key(mention: Mention | None) -> tuple[object, ...]:
    if mention is None:
        return (None, None, None)
    return (mention.actor.code, mention.start, mention.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventMention(Record):
    """One coded event as one sentence of one article reports it: one record per act.

    An act of several named parties ("Kenya, Uganda and Tanzania protested to Sudan") is one
    record: the first-named party is `source` (or `target`), the others are `also_sources`
    (`also_targets`) in text order. A mutual act of A, B, C and D has source A, target B, and C
    and D in both `also_sources` and `also_targets`: every party acts on every other.
    """

    article_id: str
    sentence: int
    sentence_text: str
    source: Mention | None
    target: Mention | None
    action: Span
    cameo: str
    cameo_name: str
    plover: str | None
    plover_mode: tuple[str, ...]
    plover_context: tuple[str, ...]
    quad_class: int
    goldstein: float
    date: EventDate
    place: Place | None
    negated: bool = False
    modality: Modality = Modality.ASSERTED
    speaker: str | None = None
    reported_by: tuple[str, ...] = ()
    rule: str = ""
    confidence: float = 1.0
    publisher: str | None = None
    url: str | None = None
    also_sources: tuple[Mention, ...] = ()  # the other named parties doing the same act
    also_targets: tuple[Mention, ...] = ()  # the other named parties the same act is done to

    @property
    def id(self) -> str:
        """Return the stable id of this mention: one per (article, sentence, source, target,
        code, span), computed from the primary source and target only (`also_sources` and
        `also_targets` leave it unchanged).

        `eventwire.store.schema.MENTION_ID_SQL` computes the same id from a stored row.
        """
        return stable_id(self.article_id, self.sentence, self.action.start, self.action.end,
                         self.cameo, *_actor_key(self.source), *_actor_key(self.target))

    def to_json(self) -> str:
        """Return the JSONL line (without its newline) `eventwire code --format jsonl` writes."""
        return json.dumps(self.to_record(), ensure_ascii=False)

    def to_record(self) -> dict[str, Any]:
        """Return the stable JSONL record of this mention (the documented event record)."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "sentence_text": self.sentence_text,
            "source": self.source.to_record() if self.source else None,
            "target": self.target.to_record() if self.target else None,
            "also_sources": [m.to_record() for m in self.also_sources],
            "also_targets": [m.to_record() for m in self.also_targets],
            "action": {"text": self.action.text, "start": self.action.start, "end": self.action.end},
            "cameo": self.cameo,
            "cameo_name": self.cameo_name,
            "plover": self.plover,
            "plover_mode": list(self.plover_mode),
            "plover_context": list(self.plover_context),
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "date": self.date.date.isoformat() if self.date.date else None,
            "date_precision": str(self.date.precision) if self.date.precision else None,
            "date_text": self.date.text,
            "date_how": self.date.how,
            "place": self.place.to_record() if self.place else None,
            "negated": self.negated,
            "modality": str(self.modality),
            "speaker": self.speaker,
            "reported_by": list(self.reported_by),
            "rule": self.rule,
            "confidence": self.confidence,
            "publisher": self.publisher,
            "url": self.url,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Coded:
    """One article and the event mentions coded from it (`eventwire.pipeline.code_articles`).
    It lives here, beside its fields, rather than with the pipeline: a parent process that only
    stores what its workers coded unpickles it without importing spaCy."""

    article: Article
    mentions: tuple[EventMention, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class EventCoding:
    """Who did what to whom, and where: the coded fields an event shares with its members.

    `Event` and dedup's flat view of a mention (`eventwire.dedup.Member`) both carry them.
    """

    source: str | None
    source_name: str | None
    source_country: str | None
    source_sectors: tuple[str, ...]
    target: str | None
    target_name: str | None
    target_country: str | None
    target_sectors: tuple[str, ...]
    cameo: str
    cameo_name: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: tuple[str, ...]
    plover_context: tuple[str, ...]
    place: Place | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event(EventCoding):
    """A deduplicated happening: one or more event mentions across reports.

    `eventwire.dedup` builds events; its docstring documents the key and the date tolerance.
    The canonical fields are those of the cluster's members (the most frequent code, name and
    place); `mention_ids` lists every member, `mentions` holds the full records when loaded.
    """

    id: str
    first_seen: date | None  # declared before `date`, which shadows the type below
    date: date | None
    date_exact: bool
    base_code: str
    root_code: str
    plover_score: float
    num_mentions: int
    num_sources: int
    num_articles: int
    is_root: bool
    first_article: str
    first_sentence: int
    source_url: str | None
    publisher: str | None
    mention_ids: tuple[str, ...]
    mentions: tuple[EventMention, ...] = field(default_factory=tuple)
