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


Whole articles are scored by `eventwire.evaluate_articles`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.model import Actor, Article, EventMention, Mention
from eventwire.party_pairs import beyond_first, credited_matching
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


def gold_codes(value: Any, where: str) -> frozenset[str]:
    """Return a gold event's `source` or `target` codes; `where` names the line for errors."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: 'source' and 'target' must be lists of codes")
    return frozenset(value)


def gold_case(record: Any, where: str) -> GoldCase:
    """Return one gold case read from its JSON record; `where` names the line for errors."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f"{where}: a gold case needs 'text'")
    events = tuple(GoldEvent(source=gold_codes(e.get("source"), where), target=gold_codes(e.get("target", []), where),
                             plover=e.get("plover"), cameo=e.get("cameo")) for e in record.get("events", []))
    published = record.get("published")
    try:
        when = date.fromisoformat(published) if published else None
    except (TypeError, ValueError):
        raise InputError(f"{where}: 'published' is not YYYY-MM-DD: {published!r}") from None
    return GoldCase(id=str(record.get("id", where)), text=record["text"], published=when, events=events)


def load_gold(path: Path) -> list[GoldCase]:
    """Read a gold JSONL file; fail with `file:line: problem` on a bad line."""
    cases = [gold_case(record, where) for where, record in json_lines(path)]
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


def max_matching(n_gold: int, n_sys: int, ok: Callable[[int, int], bool],
                 first: Callable[[int, int], bool] | None = None) -> list[tuple[int, int]]:
    """Return a maximum one-to-one matching of gold to system events; with `first` (pairs that
    agree more closely, e.g. on the full code), a maximum matching grown from a maximum matching
    of those pairs, so that of two events of one sentence and root (a summons and an accusation)
    each is paired with its own gold event, not the other's, whenever the count allows."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int], edge: Callable[[int, int], bool]) -> bool:
        for s in range(n_sys):
            if s not in seen and edge(g, s):
                seen.add(s)
                if s not in owner or augment(owner[s], seen, edge):
                    owner[s] = g
                    return True
        return False

    for edge in (ok,) if first is None else (lambda g, s: ok(g, s) and first(g, s), ok):
        for g in range(n_gold):
            if g not in owner.values():
                augment(g, set(), edge)
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
        emitted.update(_type_key(r.events[s].plover, r.events[s].cameo) for s in beyond_first(r.typed_pairs))
        matched.update(_type_key(r.case.events[g].plover, r.case.events[g].cameo) for g, _ in r.typed_pairs)
    return {k: Score(matched[k], emitted[k], gold[k]) for k in sorted(gold | emitted)}


def evaluate(cases: Iterable[GoldCase], resources: Resources) -> Report:
    """Code every gold case and score the result."""
    listed = list(cases)
    articles = (Article(id=c.id, text=c.text, published=c.published) for c in listed)
    return summarize([score_case(case, coded.mentions)
                      for case, coded in zip(listed, code_articles(articles, resources), strict=True)])


def summarize(results: Sequence[CaseResult]) -> Report:
    """Sum scored cases into a report (`score_case` of each)."""
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


def json_lines(path: Path) -> Iterator[tuple[str, Any]]:
    """Yield (`file:line`, record) for each non-empty line of a JSON Lines gold file."""
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
