"""Score the coder on whole articles.

Article format (`bench/heldout-voa/articles.jsonl`; told apart by its `sentences` key, or forced
with `eventwire eval --articles`): one whole story a line, `{"id", "url", "title", "published"
(YYYY-MM-DD), "text", "sentences": [[start, end], ...] (every sentence of the text), "events":
[{"sentence": [start, end], "sentence_text", "source": [codes], "target": [codes], "cameo": "code",
"plover": TYPE or null, "date": "YYYY-MM-DD" / "YYYY-MM" / "YYYY" or null, "place": {"name",
"country" (ISO3), optional "geonameid" and "also" (other names)} or null}]}`; offsets are
character offsets [start, end) into `text`, and a sentence no event points at carries no event. Scoring a whole article:
- an emitted event belongs to a gold event's sentence when its action span overlaps that span
  (its sentence, found in the text, when the action span is empty);
- dyad match as in `eventwire.evaluate`, within the same sentence; dyad+root adds the CAMEO root (first two digits);
  maximum one-to-one matchings per article give precision, recall and F1;
- date and place accuracy are shares of the dyad+root matched events: the date is right when the
  gold date is null and the event has none, or the event's date falls within the gold day, month
  or year; the place is right when both are null, or both name the same country and the same
  place name (case-folded; or one of its `also` names) or GeoNames id;
- events on empty sentences: emitted events whose span overlaps no sentence that carries a gold
  event (false positives on text the gold says has no event).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.actors.variants import fold
from eventwire.errors import InputError
from eventwire.evaluate import (
    GoldEvent,
    Score,
    actor_class,
    dyad_match,
    gold_case,
    gold_codes,
    json_lines,
    max_matching,
)
from eventwire.model import Article, EventMention
from eventwire.party_pairs import credited_matching
from eventwire.pipeline import code_articles
from eventwire.resources import Resources


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldPlace:
    """Where a gold event happened."""

    name: str
    country: str | None
    geonameid: int | None = None
    also: tuple[str, ...] = ()  # other names the place goes by (GeoNames spellings)


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleEvent:
    """One gold event of a whole article, tied to its sentence span."""

    sentence: tuple[int, int]
    event: GoldEvent
    date: str | None
    place: GoldPlace | None


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldArticle:
    """One whole gold article."""

    id: str
    text: str
    title: str | None
    url: str | None
    published: date | None
    sentences: tuple[tuple[int, int], ...]
    events: tuple[ArticleEvent, ...]


@dataclass(frozen=True, slots=True)
class Accuracy:
    """Right answers among the matched events checked."""

    right: int
    checked: int

    @property
    def share(self) -> float:
        return self.right / self.checked if self.checked else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleResult:
    """What the coder emitted for one article and how it scored."""

    article: GoldArticle
    events: tuple[EventMention, ...]
    dyad_matched: int
    typed_pairs: tuple[tuple[int, int], ...]
    credited: tuple[int, int]  # dyad and typed matches beyond a record's first (`party_pairs`)
    dates: Accuracy
    places: Accuracy
    on_empty: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleReport:
    """Scores over a file of whole articles."""

    dyad: Score
    typed: Score
    dates: Accuracy
    places: Accuracy
    on_empty: int
    articles: tuple[ArticleResult, ...] = ()


def _span(value: Any, text: str, where: str) -> tuple[int, int]:
    if (not isinstance(value, list) or len(value) != 2 or not all(isinstance(v, int) for v in value)
            or not 0 <= value[0] < value[1] <= len(text)):
        raise InputError(f"{where}: a sentence must be [start, end] offsets inside the text, not {value!r}")
    return value[0], value[1]


def _gold_place(value: Any, where: str) -> GoldPlace | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("name"), str):
        raise InputError(f"{where}: 'place' must be null or {{\"name\", \"country\"}}")
    geonameid = value.get("geonameid")
    also = value.get("also", [])
    if not isinstance(also, list) or not all(isinstance(a, str) for a in also):
        raise InputError(f"{where}: a place's 'also' must be a list of names")
    return GoldPlace(name=value["name"], country=value.get("country"), also=tuple(also),
                     geonameid=int(geonameid) if geonameid is not None else None)


def _gold_date(value: Any, where: str) -> str | None:
    if value is not None and not (isinstance(value, str) and _valid_partial_date(value)):
        raise InputError(f"{where}: 'date' must be YYYY-MM-DD, YYYY-MM, YYYY or null, not {value!r}")
    return value


def _valid_partial_date(value: str) -> bool:
    padded = {4: "-01-01", 7: "-01", 10: ""}.get(len(value))
    try:
        return padded is not None and bool(date.fromisoformat(value + padded))
    except ValueError:
        return False


def _article_event(record: Any, text: str, where: str) -> ArticleEvent:
    if not isinstance(record, dict) or not isinstance(record.get("cameo"), str):
        raise InputError(f"{where}: an article event needs 'sentence' and a 'cameo' code")
    gold = GoldEvent(source=gold_codes(record.get("source"), where), target=gold_codes(record.get("target", []), where),
                     plover=record.get("plover"), cameo=record["cameo"])
    return ArticleEvent(sentence=_span(record.get("sentence"), text, where), event=gold,
                        date=_gold_date(record.get("date"), where), place=_gold_place(record.get("place"), where))


def gold_article(record: Any, where: str) -> GoldArticle:
    """Read one whole-article gold record (`where` names it in errors)."""
    case = gold_case(record, where)
    sentences = tuple(_span(s, case.text, where) for s in record.get("sentences", []))
    events = tuple(_article_event(e, case.text, where) for e in record.get("events", []))
    return GoldArticle(id=case.id, text=case.text, title=record.get("title"), url=record.get("url"),
                       published=case.published, sentences=sentences, events=events)


def is_article_file(path: Path) -> bool:
    """Tell whether a gold file holds whole articles (its first record lists `sentences`, or its
    events carry sentence offsets)."""
    for _, record in json_lines(path):
        if not isinstance(record, dict):
            return False
        events = record.get("events")
        return "sentences" in record or (isinstance(events, list)
                                         and any(isinstance(e, dict) and "sentence" in e for e in events))
    return False


def load_articles(path: Path) -> list[GoldArticle]:
    """Read a whole-article gold file; fail with `file:line: problem` on a bad line."""
    articles = [gold_article(record, where) for where, record in json_lines(path)]
    if not articles:
        raise InputError(f"{path}: no gold articles")
    return articles


def event_span(event: EventMention, text: str) -> tuple[int, int]:
    """Return the span an emitted event is placed by: its action, else its sentence in the text."""
    if event.action.end > event.action.start:
        return event.action.start, event.action.end
    start = text.find(event.sentence_text)
    return (start, start + len(event.sentence_text)) if start >= 0 else (event.action.start, event.action.end)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def date_right(event: EventMention, gold: str | None) -> bool:
    """Tell whether an event's date is the gold date (a null gold date wants none)."""
    when = event.date.date
    if gold is None or when is None:
        return gold is None and when is None
    return when.isoformat().startswith(gold)


def place_right(event: EventMention, gold: GoldPlace | None) -> bool:
    """Tell whether an event's place is the gold place (same country, and same name, its accents
    aside ("Yaoundé" is "Yaounde"), or id)."""
    place = event.place
    if gold is None or place is None:
        return gold is None and place is None
    names = {fold(n).casefold() for n in (gold.name, *gold.also)}
    same = fold(place.name).casefold() in names or place.geonameid == gold.geonameid
    return place.country == gold.country and same


def score_article(article: GoldArticle, events: Sequence[EventMention]) -> ArticleResult:
    """Match one article's emitted events to its gold events by sentence, dyad and CAMEO root."""
    gold = article.events
    spans = [event_span(e, article.text) for e in events]

    def dyad(g: int, e: EventMention) -> bool:
        return _overlaps(event_span(e, article.text), gold[g].sentence) and dyad_match(e, gold[g].event)

    def typed(g: int, e: EventMention) -> bool:
        return dyad(g, e) and e.cameo[:2] == str(gold[g].event.cameo)[:2]

    def exact(g: int, e: EventMention) -> bool:  # the same full code, not only the root
        return e.cameo == str(gold[g].event.cameo)

    pairs, typed_more = credited_matching(len(gold), events, typed, max_matching, prefer=exact)
    dyads, dyad_more = credited_matching(len(gold), events, dyad, max_matching)
    busy = {g.sentence for g in gold}
    return ArticleResult(
        article=article, events=tuple(events), dyad_matched=len(dyads), credited=(dyad_more, typed_more),
        typed_pairs=tuple(pairs), on_empty=sum(not any(_overlaps(s, b) for b in busy) for s in spans),
        dates=Accuracy(sum(date_right(events[s], gold[g].date) for g, s in pairs), len(pairs)),
        places=Accuracy(sum(place_right(events[s], gold[g].place) for g, s in pairs), len(pairs)))


def summarize_articles(results: Sequence[ArticleResult]) -> ArticleReport:
    """Add up the per-article results."""
    emitted = sum(len(r.events) for r in results)
    n_gold = sum(len(r.article.events) for r in results)
    more = [sum(r.credited[n] for r in results) for n in (0, 1)]
    return ArticleReport(
        dyad=Score(sum(r.dyad_matched for r in results), emitted + more[0], n_gold),
        typed=Score(sum(len(r.typed_pairs) for r in results), emitted + more[1], n_gold),
        dates=Accuracy(sum(r.dates.right for r in results), sum(r.dates.checked for r in results)),
        places=Accuracy(sum(r.places.right for r in results), sum(r.places.checked for r in results)),
        on_empty=sum(r.on_empty for r in results), articles=tuple(results))


def evaluate_articles(articles: Iterable[GoldArticle], resources: Resources) -> ArticleReport:
    """Code every gold article whole and score the result."""
    listed = list(articles)
    inputs = (Article(id=a.id, text=a.text, title=a.title, published=a.published, url=a.url) for a in listed)
    return summarize_articles([score_article(a, coded.mentions)
                               for a, coded in zip(listed, code_articles(inputs, resources), strict=True)])


def iter_article_errors(report: ArticleReport) -> Iterator[str]:
    """Yield one line per gold event missed, per emitted event not matched, and per matched event
    whose date or place is wrong."""
    for r in report.articles:
        text, found, used = r.article.text, {g for g, _ in r.typed_pairs}, {s for _, s in r.typed_pairs}
        for g, gold in enumerate(r.article.events):
            if g not in found:
                e = gold.event
                yield (f"{r.article.id} missed: {sorted(e.source)}→{sorted(e.target)} {e.cameo}"
                       f"\n    {text[gold.sentence[0]:gold.sentence[1]]}")
        for s, event in enumerate(r.events):
            if s not in used:
                yield (f"{r.article.id} extra: {actor_class(event.source)}→{actor_class(event.target)} "
                       f"{event.cameo} [{event.rule}]\n    {_sentence_of(r.article, event)}")
        yield from _attribute_errors(r)


def _attribute_errors(result: ArticleResult) -> Iterator[str]:
    """Yield one line per matched event whose date or place differs from the gold one."""
    for g, s in result.typed_pairs:
        gold, event = result.article.events[g], result.events[s]
        head = f"{result.article.id} {event.cameo} [{event.rule}]"
        if not date_right(event, gold.date):
            yield (f"{head} date {event.date.date} ({event.date.how}), gold {gold.date}"
                   f"\n    {_sentence_of(result.article, event)}")
        if not place_right(event, gold.place):
            got = f"{event.place.name}, {event.place.country}" if event.place else None
            want = f"{gold.place.name}, {gold.place.country}" if gold.place else None
            yield f"{head} place {got}, gold {want}\n    {_sentence_of(result.article, event)}"


def _sentence_of(article: GoldArticle, event: EventMention) -> str:
    """Return the gold sentence an emitted event lies in (its own sentence text when none does)."""
    span = event_span(event, article.text)
    return next((article.text[s:e] for s, e in article.sentences if _overlaps(span, (s, e))), event.sentence_text)
