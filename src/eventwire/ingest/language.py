"""Identify each article's language offline (py3langid's bundled model) and skip the others.

A text is judged another language only when the identifier is confident: the best language
has at least `MIN_CONFIDENCE` of the probability and the accepted languages together under
`MAX_ACCEPTED_SHARE`. Headlines and one-line texts often fall short of that (names and numbers
carry little evidence); those keep the language their source declared, English by default.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from eventwire.ingest.common import Skipped
from eventwire.model import Article

MIN_CONFIDENCE = 0.5
MAX_ACCEPTED_SHARE = 0.05
SAMPLE_CHARS = 1000


class LanguageIdentifier:
    """Rank the languages a text may be in, with the model shipped inside py3langid."""

    def __init__(self) -> None:
        from py3langid.langid import MODEL_FILE
        from py3langid.langid import LanguageIdentifier as Model

        self._model: Any = Model.from_model_file(MODEL_FILE, norm_probs=True)

    def rank(self, text: str) -> list[tuple[str, float]]:
        """Return (ISO 639 code, probability) pairs, the likeliest first."""
        ranked: list[tuple[str, float]] = self._model.rank(text[:SAMPLE_CHARS])
        return ranked


def judge(article: Article, ranked: list[tuple[str, float]],
          accepted: tuple[str, ...]) -> Article | Skipped:
    """Return the article with its language set, or a `Skipped` if it is not an accepted one."""
    best, confidence = ranked[0]
    if best in accepted:
        return dataclasses.replace(article, language=best)
    share = sum(p for lang, p in ranked if lang in accepted)
    origin = article.origin or article.id
    if confidence >= MIN_CONFIDENCE and share < MAX_ACCEPTED_SHARE:
        return Skipped(origin=origin, problem=f"language is {best!r}, not {_names(accepted)}")
    declared = article.language or accepted[0]
    if declared not in accepted:
        return Skipped(origin=origin,
                       problem=f"language is {declared!r} (as declared), not {_names(accepted)}")
    return dataclasses.replace(article, language=declared)


def check(article: Article, identifier: LanguageIdentifier,
          accepted: tuple[str, ...]) -> Article | Skipped:
    """Identify the article's language and judge it against the accepted ones."""
    sample = f"{article.title}\n{article.text}" if article.title else article.text
    return judge(article, identifier.rank(sample), accepted)


def _names(accepted: tuple[str, ...]) -> str:
    if accepted == ("en",):
        return "English"
    return "one of " + ", ".join(accepted)
