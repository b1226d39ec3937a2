"""spaCy's rule lemmatizer, asked only about tokens whose lemma its own cache does not hold.

The stock component builds a Token and calls the lemmatizer for every token of every Doc,
although it remembers each (form, part of speech, morphology) it has lemmatized. Here the
tokens are read as arrays, a remembered lemma is taken straight from that same cache, and only
the others go through the lemmatizer (which then remembers them as before): the lemmas are
the stock component's (tests/test_nlp.py compares the whole pipeline with the stock one).
"""

from __future__ import annotations

from typing import Any, cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

_ATTRS = [ORTH, POS, MORPH, LEMMA]


class CachedLemmatizer:
    """Set the lemma of every token that has none, as spaCy's rule lemmatizer would."""

    def __init__(self, lemmatizer: Any) -> None:
        self._lemmatizer = lemmatizer
        lemmatizer(Doc(lemmatizer.vocab, words=[]))  # let it check its tables once, as on first use

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self._lemmatizer
        if lemmatizer.overwrite or lemmatizer.mode != "rule":
            return cast(Doc, lemmatizer(doc))
        values = cast(Any, doc.to_array(_ATTRS)).reshape(len(doc), len(_ATTRS))
        cache, strings, missing = lemmatizer.cache, doc.vocab.strings, False
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma == 0:
                known = cache.get((orth, pos, morph))
                text = known[0] if known is not None else lemmatizer.lemmatize(doc[i])[0]
                values[i, 3] = strings.add(text)
                missing = True
        if missing:
            doc.from_array([LEMMA], values[:, 3:4])
        return doc


@Language.factory("eventwire_lemmatizer")
def _make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))


def replace_lemmatizer(nlp: Language) -> None:
    """Put a CachedLemmatizer in the place of the pipeline's rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names or getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return
    nlp.add_pipe("eventwire_lemmatizer", after="lemmatizer")
    nlp.remove_pipe("lemmatizer")
