"""Spelling variants every dictionary phrase also matches: without diacritics ("Sao Paulo" for
"São Paulo" and back), and with a name's two-letter article joined either way ("Al-Shabaab",
"al-Shabaab", "Al Shabaab", "al Shabaab")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import partial
from itertools import product

from spacy.tokens import Doc

# A two-letter article joined by a hyphen to a capitalised name ("Al-", "El-", "Ad-").
_ARTICLE = re.compile(r"(?<![\w-])([A-Za-z][a-z])-(?=[A-Z])")


def fold(text: str) -> str:
    """Return a text with the diacritics of its letters taken off ("São" → "Sao")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def phrase_variants(phrase: str) -> list[str]:
    """Return a phrase and the spellings it also stands for, each once."""
    forms = dict.fromkeys([phrase, fold(phrase)])
    for form in list(forms):
        if _ARTICLE.search(form):
            for case, joint in product((str.lower, str.title), ("-", " ")):
                forms[_ARTICLE.sub(partial(_join, case=case, joint=joint), form)] = None
    return list(forms)


def _join(match: re.Match[str], *, case: Callable[[str], str], joint: str) -> str:
    return case(match[1]) + joint


def folded_doc(doc: Doc) -> Doc | None:
    """Return a Doc of the same tokens without diacritics, or None when no token has any."""
    if doc.text.isascii():
        return None
    words = [fold(t.text) for t in doc]
    if all(w == t.text for w, t in zip(words, doc, strict=True)):
        return None
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
