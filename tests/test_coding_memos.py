"""What the coder keeps while coding one sentence or article: each noun-phrase head resolved once
(`make_resolver`), each calendar phrase read by dateparser once (`ArticlePhrases`), with the
answers asking again would give."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import pytest
from spacy.tokens import Token

from eventwire.actors.resolve import SentenceHits, resolve_phrase
from eventwire.article_phrases import ArticlePhrases
from eventwire.coding import targets
from eventwire.coding.lexicon import load_lexicon
from eventwire.coding.targets import make_resolver
from eventwire.dates import calendar_reader, resolve_date
from eventwire.model import Mention
from eventwire.nlp import Sentence
from parse_support import parsed

MET = """
ministers minister NOUN NNS nsubj 1
met meet VERB VBD ROOT 1
envoys envoy NOUN NNS dobj 1
"""


def test_coding_memos_resolver_resolves_each_head_once(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = parsed(MET)
    sentence = SentenceHits.build(doc, [], 0, None, lexicon=load_lexicon())
    asked: Counter[int] = Counter()

    def counted(head: Token, where: SentenceHits) -> list[Mention]:
        asked[head.i] += 1
        return resolve_phrase(head, where)

    monkeypatch.setattr(targets, "resolve_phrase", counted)
    resolve = make_resolver(sentence)
    assert resolve(doc[0]) is not resolve(doc[0])  # each caller gets its own list
    assert resolve(doc[0]) == resolve_phrase(doc[0], sentence)
    assert [resolve(doc[2]) for _ in range(3)] == [resolve_phrase(doc[2], sentence)] * 3
    assert asked == Counter({0: 1, 2: 1})  # asked six times


def test_coding_memos_resolver_resolves_a_token_of_another_doc_afresh() -> None:
    sentence = SentenceHits.build(parsed(MET), [], 0, None, lexicon=load_lexicon())
    other = parsed(MET)
    assert make_resolver(sentence)(other[0]) == resolve_phrase(other[0], sentence)


def test_coding_memos_a_calendar_phrase_is_read_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    published = date(2023, 11, 15)
    reads: Counter[str] = Counter()
    reader = calendar_reader(published)

    def counted(when: date | None) -> object:
        def read(phrase: str) -> datetime | None:
            reads[phrase] += 1
            return reader(phrase)
        return read

    monkeypatch.setattr("eventwire.article_phrases.calendar_reader", counted)
    memo = ArticlePhrases.of(published)
    texts = ["Talks will resume on December 4, aides said.", "The December 4 talks were cancelled."]
    sentences = [Sentence(index=i, paragraph=0, start=i, end=i + 1, start_char=0, end_char=len(t), text=t)
                 for i, t in enumerate(texts)]
    found = [memo.date(s, future=future) for s in sentences for future in (False, True)]
    assert found == [resolve_date(t, published, future=future) for t in texts for future in (False, True)]
    assert found[1] is not None and found[1].date == date(2023, 12, 4)
    assert reads == Counter({"December 4": 1})
