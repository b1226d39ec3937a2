"""The composition of the stages: read → tokenize and split → match actors → select sentences →
parse (batched across articles) → code sentences → attach dates, places, provenance."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice

from eventwire.coding.article import Prepared, code_article, select_sentences
from eventwire.model import Article, EventMention
from eventwire.nlp import parse, sentence_doc, trim_start
from eventwire.provenance import dateline_credit, dateline_end
from eventwire.resources import Resources


@dataclass(frozen=True, slots=True, kw_only=True)
class Coded:
    """One article and the event mentions coded from it."""

    article: Article
    mentions: tuple[EventMention, ...]


def prepare(article: Article, resources: Resources, *, parse_all: bool = False) -> Prepared:
    """Tokenize an article, split it into sentences, match actors and select what to parse."""
    doc, sentences = resources.segmenter(article.text)
    all_hits = resources.matcher(doc)
    # A dateline ("KINSHASA, Congo (AP) —") names where and by whom the story was filed, not actors.
    dateline = dateline_end(doc, sentences[0]) if sentences else 0
    credit = dateline_credit(all_hits, dateline)
    if sentences:
        sentences[0] = trim_start(sentences[0], doc, dateline)
    hits = tuple(tuple(h for h in all_hits if s.start <= h.start < s.end and h.start >= dateline) for s in sentences)
    selected = (tuple(s.index for s in sentences) if parse_all
                else select_sentences(doc, sentences, hits, resources.cues))
    return Prepared(article=article, doc=doc, sentences=tuple(sentences), hits=hits, selected=selected,
                    credit=credit)


def code_articles(articles: Iterable[Article], resources: Resources | None = None, *,
                  batch_size: int = 32, parse_all: bool = False) -> Iterator[Coded]:
    """Code articles in batches, yielding each article's events in input order.

    Sentences are parsed in batches across articles; pass `resources` (loaded once with
    `Resources.load()`) when calling this more than once, since loading takes seconds.
    """
    resources = resources or Resources.load()
    source = iter(articles)
    while batch := list(islice(source, batch_size)):
        prepared = [prepare(a, resources, parse_all=parse_all) for a in batch]
        docs = (sentence_doc(p.doc, p.sentences[i]) for p in prepared for i in p.selected)
        parsed = parse(resources.nlp, docs, batch_size=256)
        for item in prepared:
            parses = {i: next(parsed) for i in item.selected}
            yield Coded(article=item.article, mentions=code_article(item, parses, resources))


def code(text: str, *, published: date | None = None, resources: Resources | None = None,
         article_id: str | None = None) -> list[EventMention]:
    """Code one text and return its event mentions (pass `resources` when coding many texts)."""
    resources = resources or Resources.load()
    article = Article(id=article_id or Article.make_id(text), text=text, published=published)
    return list(next(code_articles([article], resources)).mentions)
