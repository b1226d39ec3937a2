"""Explain how a text is coded: parse, actor matches, events with their rules, and drops."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.coding.article import code_article, select_sentences, sentence_hits
from eventwire.coding.coder import Drop, code_sentence
from eventwire.model import Article, EventMention
from eventwire.nlp import describe, parse, sentence_doc
from eventwire.pipeline import prepare
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


def explain(text: str, resources: Resources, *, published: date | None = None) -> list[SentenceExplanation]:
    """Code a text with every sentence parsed and return what happened in each."""
    article = Article(id="explain", text=text, published=published)
    prepared = prepare(article, resources, parse_all=True)
    chosen = select_sentences(prepared.doc, prepared.sentences, prepared.hits, resources.cues)
    docs = list(parse(resources.nlp, (sentence_doc(prepared.doc, s) for s in prepared.sentences)))
    parses = dict(enumerate(docs))
    mentions = code_article(prepared, parses, resources)
    out = []
    for sentence, doc in zip(prepared.sentences, docs, strict=True):
        coding = code_sentence(sentence_hits(prepared, sentence.index, doc), resources.patterns, lambda _t: None,
                               resources.conventions.state_act)
        hits = tuple(ActorHit(text=prepared.doc[h.start:h.end].text, start=prepared.doc[h.start].idx,
                              end=prepared.doc[h.end - 1].idx + len(prepared.doc[h.end - 1].text),
                              entries=tuple(e.id for e in h.entries), codes=tuple(e.code for e in h.entries))
                     for h in prepared.hits[sentence.index])
        events = tuple(m for m in mentions if m.sentence == sentence.index)
        emitted = {(m.action.start, m.source.start if m.source else -1) for m in events}
        sources = {m.source.start for m in events if m.source}
        unplaced = tuple(dict.fromkeys(
            Drop(rule=e.rule, action=e.action.text,
                 reason="the same event is already coded in this sentence" if e.source.start in sources
                 else "no actor with a country or as an international organization")
            for e in coding.events if (e.action.start, e.source.start) not in emitted))
        out.append(SentenceExplanation(
            index=sentence.index, text=sentence.text, selected=sentence.index in chosen,
            tokens=tuple(describe(doc)), hits=hits, events=events, drops=coding.drops + unplaced))
    return out
