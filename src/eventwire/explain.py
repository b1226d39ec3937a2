"""Explain how a text is coded: parse, actor matches, events with their rules, and the drops of
the very run that coded them (nothing is coded twice)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.coding.article import Prepared, select_sentences
from eventwire.coding.decisions import Drop
from eventwire.model import Article, EventMention
from eventwire.nlp import Sentence, describe
from eventwire.pipeline import parse_selected, prepare, run_article
from eventwire.resources import Resources


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorHit:
    """A dictionary phrase found in the text and the entries it matched."""

    text: str
    start: int
    end: int
    entries: tuple[str, ...]
    codes: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceExplanation:
    """Everything the coder saw and decided for one sentence."""

    index: int
    text: str
    selected: bool
    tokens: tuple[dict[str, Any], ...]
    hits: tuple[ActorHit, ...]
    events: tuple[EventMention, ...]
    drops: tuple[Drop, ...]


def _hits(prepared: Prepared, sentence: Sentence) -> tuple[ActorHit, ...]:
    doc = prepared.doc
    return tuple(ActorHit(text=doc[h.start:h.end].text, start=doc[h.start].idx,
                          end=doc[h.end - 1].idx + len(doc[h.end - 1].text),
                          entries=tuple(e.id for e in h.entries), codes=tuple(e.code for e in h.entries))
                 for h in prepared.hits[sentence.index])


def explain(text: str, resources: Resources, *, published: date | None = None) -> list[SentenceExplanation]:
    """Code a text with every sentence parsed and return what happened in each."""
    article = Article(id="explain", text=text, published=published)
    prepared = prepare(article, resources, parse_all=True)
    chosen = select_sentences(prepared.doc, prepared.sentences, prepared.hits, resources.cues, resources.lexicon)
    [parses] = parse_selected([prepared], resources)
    run = run_article(prepared, parses, resources)
    return [SentenceExplanation(index=r.sentence.index, text=r.sentence.text, selected=r.sentence.index in chosen,
                                tokens=tuple(describe(r.doc)), hits=_hits(prepared, r.sentence), events=r.events,
                                drops=r.drops)
            for r in run.sentences]
