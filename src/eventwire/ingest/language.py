"""Identify each article's language offline (py3langid's bundled model) and skip the others.

A text is judged another language only when the identifier is confident: the best language
has at least `MIN_CONFIDENCE` of the probability and the accepted languages together under
`MAX_ACCEPTED_SHARE`. Headlines and one-line texts often fall short of that (names and numbers
carry little evidence); those keep the language their source declared, English by default.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from eventwire.cache import Arrays, cached_arrays, source_key
from eventwire.ingest.common import Skipped
from eventwire.model import Article

MIN_CONFIDENCE = 0.5
MAX_ACCEPTED_SHARE = 0.05
SAMPLE_CHARS = 1000


class LanguageIdentifier:
    """Rank the languages a text may be in, with the model shipped inside py3langid."""

    def __init__(self) -> None:
        self._model: Any = _load_model()

    def rank(self, text: str) -> list[tuple[str, float]]:
        """Return (ISO 639 code, probability) pairs, the likeliest first."""
        ranked: list[tuple[str, float]] = self._model.rank(text[:SAMPLE_CHARS])
        return ranked


def _load_model() -> Any:
    """Load py3langid's model from its arrays in the start-up cache: the package ships them
    compressed with LZMA, which costs about 0.4 s of CPU to undo in every process that reads
    texts; the cached arrays load in a few milliseconds. Built as the package builds it
    (`from_model_file`); a package whose model is laid out otherwise is loaded its own way."""
    from py3langid import modelio
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.langid import LanguageIdentifier as Model

    def unpacked() -> Arrays:
        import io
        import lzma

        import numpy as np

        with lzma.open(MODEL_DIR / MODEL_FILE) as packed, np.load(io.BytesIO(packed.read())) as data:
            return {name: data[name] for name in data.files}

    try:
        data = cached_arrays("langid", source_key([], ["py3langid"]), unpacked)
        return Model(data["ptc"], data["pc"], data["classes"].tolist(), modelio._to_array(data["nextmove"]),
                     data["out_feat"].tolist(), norm_probs=True, tk_row=modelio._to_array(data["nextmove_row"]))
    except (KeyError, AttributeError, TypeError, ValueError):
        return Model.from_model_file(MODEL_FILE, norm_probs=True)


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
