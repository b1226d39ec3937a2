"""Score the coder on a gold file.

Gold format: one case a line, `{"id", "text", "published", "events": [{"source": [codes],
"target": [codes], "plover": TYPE or null, "cameo": code or null}]}`, codes being ISO 3166
alpha-3 countries or `IGO`/`NGO` (`IMG` for international militarized groups). Scoring:
- dyad match: the event's source class (its country, or IGO/NGO/IMG) is in the gold `source` list
  and its target's in the gold `target` list; an empty gold `target` accepts any target; when
  gold `source` and `target` are the same set, swapped roles match too;
- dyad+type match: a dyad match whose PLOVER type equals the gold `plover` (when gold has none,
  the CAMEO root of its `cameo` must match instead);
- each gold event matches at most one system event (a maximum matching per case); a record of
  one act of several parties matches through any pair of its parties, and each gold event one of
  its pairs matches beyond the first counts as one more emitted event (`eventwire.party_pairs`:
  a set listing the act once per pair scores it as it scores `--pairs` output);
  precision = matched / emitted, recall = matched / gold, F1 their harmonic mean.
Every emitted event counts, hypothetical ones included (acts told as not done are left out by the
coder unless `--keep-negated`).

Article format (`bench/heldout-voa/articles.jsonl`; told apart by its `sentences` key, or forced
with `eventwire eval --articles`): one whole story a line, `{"id", "url", "title", "published"
(YYYY-MM-DD), "text", "sentences": [[start, end], ...] (every sentence of the text), "events":
[{"sentence": [start, end], "sentence_text", "source": [codes], "target": [codes], "cameo": "code",
"plover": TYPE or null, "date": "YYYY-MM-DD" / "YYYY-MM" / "YYYY" or null, "place": {"name",
"country" (ISO3), optional "geonameid" and "also" (other names)} or null}]}`; offsets are
character offsets [start, end) into `text`, and a sentence no event points at carries no event. Scoring a whole article:
- an emitted event belongs to a gold event's sentence when its action span overlaps that span
  (its sentence, found in the text, when the action span is empty);
- dyad match as above within the same sentence; dyad+root adds the CAMEO root (first two digits);
  maximum one-to-one matchings per article give precision, recall and F1;
- date and place accuracy are shares of the dyad+root matched events: the date is right when the
  gold date is null and the event has none, or the event's date falls within the gold day, month
  or year; the place is right when both are null, or both name the same country and the same
  place name (case-folded; or one of its `also` names) or GeoNames id;
- events on empty sentences: emitted events whose span overlaps no sentence that carries a gold
  event (false positives on text the gold says has no event).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.actors.variants import fold
from eventwire.errors import InputError
from eventwire.model import Actor, Article, EventMention, Mention
from eventwire.party_pairs import credited_matching
from eventwire.pipeline import code_articles
from eventwire.resources import Resources


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldEvent:
    """One gold event."""

    source: frozenset[str]
    target: frozenset[str]
    plover: str | None
    cameo: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldCase:
    """One gold sentence or article with its events."""

    id: str
    text: str
    published: date | None
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True, slots=True)
class Score:
    """Counts and the precision, recall and F1 they give."""

    matched: int
    emitted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.emitted if self.emitted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseResult:
    """What the coder emitted for one case and what matched."""

    case: GoldCase
    events: tuple[EventMention, ...]
    dyad_matched: int
    typed_matched: int
    typed_pairs: tuple[tuple[int, int], ...] = ()
    credited: tuple[int, int] = (0, 0)  # dyad and typed matches beyond a record's first (`party_pairs`)


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Scores over a gold file."""

    dyad: Score
    typed: Score
    per_type: dict[str, Score] = field(default_factory=dict)
    cases: tuple[CaseResult, ...] = ()


def _codes(value: Any, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: 'source' and 'target' must be lists of codes")
    return frozenset(value)


def _case(record: Any, where: str) -> GoldCase:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f"{where}: a gold case needs 'text'")
    events = tuple(GoldEvent(source=_codes(e.get("source"), where), target=_codes(e.get("target", []), where),
                             plover=e.get("plover"), cameo=e.get("cameo")) for e in record.get("events", []))
    published = record.get("published")
    try:
        when = date.fromisoformat(published) if published else None
    except (TypeError, ValueError):
        raise InputError(f"{where}: 'published' is not YYYY-MM-DD: {published!r}") from None
    return GoldCase(id=str(record.get("id", where)), text=record["text"], published=when, events=events)


def load_gold(path: Path) -> list[GoldCase]:
    """Read a gold JSONL file; fail with `file:line: problem` on a bad line."""
    cases = [_case(record, where) for where, record in _json_lines(path)]
    if not cases:
        raise InputError(f"{path}: no gold cases")
    return cases


def actor_class(mention: Mention | None) -> str | None:
    """Return the class a gold file codes an actor by: its country, or IGO/NGO (IMG for an
    international militarized group without a country)."""
    return None if mention is None else code_class(mention.actor)


def code_class(actor: Actor) -> str | None:
    """Return the class a gold file codes an actor by (see `actor_class`)."""
    for org in ("IGO", "NGO", "IMG"):
        if org in actor.sectors or actor.code.startswith(org):
            return org
    return actor.country


def dyad_match(event: EventMention, gold: GoldEvent) -> bool:
    """Tell whether an event's source and target classes match a gold event's."""
    src, tgt = actor_class(event.source), actor_class(event.target)

    def fits(s: str | None, t: str | None) -> bool:
        return s in gold.source and (not gold.target or t in gold.target)

    return fits(src, tgt) or (gold.source == gold.target and fits(tgt, src))


def type_match(event: EventMention, gold: GoldEvent) -> bool:
    """Tell whether an event's type matches a gold event's (PLOVER, else CAMEO root)."""
    if gold.plover:
        return event.plover == gold.plover
    return bool(gold.cameo) and event.cameo[:2] == str(gold.cameo)[:2]


def max_matching(n_gold: int, n_sys: int, ok: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Return a maximum one-to-one matching of gold to system events."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for s in range(n_sys):
            if s not in seen and ok(g, s):
                seen.add(s)
                if s not in owner or augment(owner[s], seen):
                    owner[s] = g
                    return True
        return False

    for g in range(n_gold):
        augment(g, set())
    return sorted((g, s) for s, g in owner.items())


def score_case(case: GoldCase, events: Sequence[EventMention]) -> CaseResult:
    """Match one case's events against its gold events."""
    gold = case.events
    dyads, dyad_more = credited_matching(len(gold), events, lambda g, e: dyad_match(e, gold[g]), max_matching)
    typed, typed_more = credited_matching(len(gold), events,
                                          lambda g, e: dyad_match(e, gold[g]) and type_match(e, gold[g]), max_matching)
    return CaseResult(case=case, events=tuple(events), dyad_matched=len(dyads), typed_matched=len(typed),
                      typed_pairs=tuple(typed), credited=(dyad_more, typed_more))


def _type_key(plover: str | None, cameo: str | None) -> str:
    """Return the row an event counts in: its PLOVER type, else its CAMEO root."""
    return plover or f"CAMEO {str(cameo or '')[:2]}"


def _per_type(results: Sequence[CaseResult]) -> dict[str, Score]:
    gold: Counter[str] = Counter()
    emitted: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    for r in results:
        gold.update(_type_key(g.plover, g.cameo) for g in r.case.events)
        emitted.update(_type_key(e.plover, e.cameo) for e in r.events)
        emitted.update(_type_key(r.events[s].plover, r.events[s].cameo) for s in _beyond_first(r.typed_pairs))
        matched.update(_type_key(r.case.events[g].plover, r.case.events[g].cameo) for g, _ in r.typed_pairs)
    return {k: Score(matched[k], emitted[k], gold[k]) for k in sorted(gold | emitted)}


def _beyond_first(pairs: Sequence[tuple[int, int]]) -> list[int]:
    """Return the records of a matching's pairs past each record's first match."""
    seen: set[int] = set()
    more = []
    for _, s in pairs:
        if s in seen:
            more.append(s)
        seen.add(s)
    return more


def evaluate(cases: Iterable[GoldCase], resources: Resources) -> Report:
    """Code every gold case and score the result."""
    listed = list(cases)
    articles = (Article(id=c.id, text=c.text, published=c.published) for c in listed)
    results = [score_case(case, coded.mentions)
               for case, coded in zip(listed, code_articles(articles, resources), strict=True)]
    n_emitted = sum(len(r.events) for r in results)
    n_gold = sum(len(r.case.events) for r in results)
    more = [sum(r.credited[n] for r in results) for n in (0, 1)]
    return Report(dyad=Score(sum(r.dyad_matched for r in results), n_emitted + more[0], n_gold),
                  typed=Score(sum(r.typed_matched for r in results), n_emitted + more[1], n_gold),
                  per_type=_per_type(results), cases=tuple(results))


def iter_errors(report: Report) -> Iterator[str]:
    """Yield one line per case where the coder missed or over-produced."""
    for r in report.cases:
        if r.typed_matched < len(r.case.events) or len(r.events) > r.typed_matched:
            got = ", ".join(f"{actor_class(e.source)}→{actor_class(e.target)} {e.cameo}/{e.plover} [{e.rule}]"
                            for e in r.events) or "nothing"
            want = ", ".join(f"{sorted(g.source)}→{sorted(g.target)} {g.plover or g.cameo}" for g in r.case.events)
            yield f"{r.case.id}: want {want or 'nothing'}; got {got}\n    {r.case.text}"


# --- whole articles ---

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
    gold = GoldEvent(source=_codes(record.get("source"), where), target=_codes(record.get("target", []), where),
                     plover=record.get("plover"), cameo=record["cameo"])
    return ArticleEvent(sentence=_span(record.get("sentence"), text, where), event=gold,
                        date=_gold_date(record.get("date"), where), place=_gold_place(record.get("place"), where))


def _article(record: Any, where: str) -> GoldArticle:
    case = _case(record, where)
    sentences = tuple(_span(s, case.text, where) for s in record.get("sentences", []))
    events = tuple(_article_event(e, case.text, where) for e in record.get("events", []))
    return GoldArticle(id=case.id, text=case.text, title=record.get("title"), url=record.get("url"),
                       published=case.published, sentences=sentences, events=events)


def _json_lines(path: Path) -> Iterator[tuple[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file ({exc})") from None
    for lineno, line in enumerate(lines, start=1):
        if line.strip():
            try:
                yield f"{path}:{lineno}", json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{lineno}: malformed JSON ({exc.msg})") from None


def is_article_file(path: Path) -> bool:
    """Tell whether a gold file holds whole articles (its first record lists `sentences`, or its
    events carry sentence offsets)."""
    for _, record in _json_lines(path):
        if not isinstance(record, dict):
            return False
        events = record.get("events")
        return "sentences" in record or (isinstance(events, list)
                                         and any(isinstance(e, dict) and "sentence" in e for e in events))
    return False


def load_articles(path: Path) -> list[GoldArticle]:
    """Read a whole-article gold file; fail with `file:line: problem` on a bad line."""
    articles = [_article(record, where) for where, record in _json_lines(path)]
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

    pairs, typed_more = credited_matching(len(gold), events, typed, max_matching)
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
