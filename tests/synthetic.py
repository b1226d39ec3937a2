"""Cheap synthetic event mentions for tests and benchmarks: no spaCy, no dictionaries.

`LineCoder` reads one event per line of an article's text, written as

    SOURCE TARGET CAMEO DATE COUNTRY [words ...]

with `-` for a missing actor, date or place country; `DATE` is `YYYY-MM-DD` (a date the
sentence gave) and `-` means the article's publication date. A line that does not parse codes
nothing, like a sentence without an event.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from eventwire.model import (
    Actor,
    Article,
    DatePrecision,
    EventDate,
    EventMention,
    Mention,
    Place,
    PlacePrecision,
    Span,
)
from eventwire.ontology import Codebook, load_codebook

SECTORS = ("GOV", "MIL", "COP", "OPP", "REB", "MED", "BUS", "CVL")
CAPITALS = {"RUS": ("Moscow", 524901, 55.75, 37.62),
            "PRK": ("Pyongyang", 1871859, 39.03, 125.75),
            "USA": ("Washington", 4140963, 38.90, -77.04),
            "CHN": ("Beijing", 1816670, 39.91, 116.40),
            "UKR": ("Kyiv", 703448, 50.45, 30.52), "FRA": ("Paris", 2988507, 48.85, 2.35)}


@dataclass(frozen=True, slots=True, kw_only=True)
class Coded:
    """One article's coded mentions (the shape `eventwire.pipeline.Coded` has)."""

    article: Article
    mentions: tuple[EventMention, ...]


def actor(code: str | None, text: str, start: int) -> Mention | None:
    """Return an actor mention for a code like `RUSGOV`, or None for `-`."""
    if not code or code == "-":
        return None
    country = code[:3] if code[:3] not in ("IGO", "NGO") else None
    sectors = tuple(code[i:i + 3] for i in range(3, len(code), 3))
    name = f"{code} name"
    who = Actor(code=code, country=country, sectors=sectors, name=name)
    return Mention(actor=who, text=text, start=start, end=start + len(text), entry=code)


def place(country: str | None) -> Place | None:
    """Return the capital of a country as the event place (a made-up one if unknown)."""
    if not country or country == "-":
        return None
    made_up = (f"{country} city", 9_000_000 + sum(map(ord, country)), 10.0, 20.0)
    name, geoid, lat, lon = CAPITALS.get(country, made_up)
    return Place(name=name, geonameid=geoid, lat=lat, lon=lon, country=country, admin1="01",
                 precision=PlacePrecision.CITY)


class LineCoder:
    """Code articles written in the one-event-a-line format of this module."""

    def __init__(self, codebook: Codebook | None = None) -> None:
        self.codebook = codebook or load_codebook()

    def code_articles(self, articles: Iterable[Article]) -> Iterator[Coded]:
        """Yield the coded mentions of each article, in input order."""
        for article in articles:
            yield Coded(article=article, mentions=tuple(self.code(article)))

    def code(self, article: Article) -> Iterator[EventMention]:
        """Yield the event mentions of one article."""
        offset = 0
        for index, line in enumerate(article.text.split("\n")):
            mention = self._line(article, index, offset, line)
            if mention is not None:
                yield mention
            offset += len(line) + 1

    def _line(self, article: Article, index: int, offset: int, line: str) -> EventMention | None:
        cells = line.split()
        if len(cells) < 5 or cells[2] not in self.codebook:
            return None
        code = self.codebook[cells[2]]
        src = actor(cells[0], cells[0], offset)
        tgt = actor(cells[1], cells[1], offset + len(cells[0]) + 1)
        if cells[3] == "-":
            known = article.published is not None
            when = EventDate(date=article.published, precision=DatePrecision.DAY if known else None,
                             text=None, how="published" if known else "none")
        else:
            when = EventDate(date=dt.date.fromisoformat(cells[3]), precision=DatePrecision.DAY,
                             text=cells[3], how="sentence")
        start = offset + line.index(cells[2])
        return EventMention(
            article_id=article.id, sentence=index, sentence_text=line, source=src, target=tgt,
            action=Span(text=cells[2], start=start, end=start + len(cells[2])), cameo=code.code,
            cameo_name=code.name, plover=str(code.plover) if code.plover else None,
            plover_mode=code.plover_mode, plover_context=code.plover_context,
            quad_class=code.quad_class, goldstein=code.goldstein, date=when,
            place=place(cells[4]), negated="not" in cells[5:], rule="synthetic",
            publisher=article.publisher, url=article.url)


@dataclass(frozen=True, slots=True, kw_only=True)
class Shape:
    """The vocabulary random articles draw from (narrow it to get more duplicates)."""

    countries: tuple[str, ...] = tuple(sorted(CAPITALS))
    sectors: tuple[str, ...] = ("", *SECTORS)
    codes: tuple[str, ...] = ("010", "036", "042", "043", "057", "112", "138", "173", "190")
    start: dt.date = dt.date(2024, 1, 1)
    days: int = 30
    lines: int = 5


def random_line(rng: random.Random, shape: Shape) -> str:
    """Return one random event line."""
    a, b = rng.sample(shape.countries, 2)
    src = a + rng.choice(shape.sectors)
    tgt = b + rng.choice(shape.sectors)
    start, days, codes = shape.start, shape.days, shape.codes
    when = start + dt.timedelta(days=rng.randrange(days))
    day = "-" if rng.random() < 0.3 else when.isoformat()
    return f"{src} {tgt} {rng.choice(codes)} {day} {rng.choice((a, b, '-'))} reported"


def random_articles(n: int, *, seed: int = 0, shape: Shape | None = None) -> Iterator[Article]:
    """Yield `n` deterministic random articles in the line format."""
    rng = random.Random(seed)
    shape = shape or Shape()
    for i in range(n):
        text = "\n".join(random_line(rng, shape) for _ in range(shape.lines))
        published = shape.start + dt.timedelta(days=rng.randrange(shape.days))
        url = f"https://news.example/{seed}/{i}"
        yield Article(id=Article.make_id(text, url), text=text, title=f"Report {i}", url=url,
                      published=published, publisher=f"Wire {i % 7}")
