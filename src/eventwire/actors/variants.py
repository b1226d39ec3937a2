"""Spelling variants every dictionary phrase also matches: without diacritics ("Sao Paulo" for
"São Paulo" and back), with a name's two-letter article joined either way ("Al-Shabaab",
"al-Shabaab", "Al Shabaab", "al Shabaab"), and in both the British and the American spelling of
a noun in "-isation"/"-ization" ("Organisation of American States", "Organization of American
States"): a name is written in the spelling of the paper that prints it, and a name missed this
way leaves its words to name other actors ("American" in it a demonym)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import partial
from itertools import product

from spacy.tokens import Doc

from eventwire.doc_words import doc_text

# A two-letter article joined by a hyphen to a capitalised name ("Al-", "El-", "Ad-").
# Words a folded stretch takes on each side of a word with diacritics: longer than most phrases.
REACH = 8
_ARTICLE = re.compile(r"(?<![\w-])([A-Za-z][a-z])-(?=[A-Z])")
# A noun ending in "-isation" or "-ization" (Oxford and American spellings; Merriam-Webster lists
# "organisation" as the chiefly British spelling of "organization").
_IZATION = re.compile(r"(?<=[a-z]i)[sz](?=ation)")


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
        for letter in "sz":
            forms[_IZATION.sub(letter, form)] = None
    for form in list(forms):
        if _ARTICLE.search(form):
            for case, joint in product((str.lower, str.title), ("-", " ")):
                forms[_ARTICLE.sub(partial(_join, case=case, joint=joint), form)] = None
    return list(forms)


def _join(match: re.Match[str], *, case: Callable[[str], str], joint: str) -> str:
    return case(match[1]) + joint


def folded_windows(doc: Doc, reach: int = REACH) -> list[tuple[int, Doc]]:
    """Return, for the stretches of a Doc around words with diacritics, their first token and a
    Doc of their words without diacritics (matching these is cheaper than a folded copy of all)."""
    if doc_text(doc).isascii():
        return []
    marked = [t.i for t in doc if not t.is_ascii and fold(t.text) != t.text]
    windows: list[list[int]] = []
    for i in marked:
        start, end = max(0, i - reach), min(len(doc), i + reach + 1)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return [(start, Doc(doc.vocab, words=[fold(t.text) for t in doc[start:end]],
                        spaces=[bool(t.whitespace_) for t in doc[start:end]])) for start, end in windows]
