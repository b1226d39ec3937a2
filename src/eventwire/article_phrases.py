"""The date phrases of one article's sentences, each sentence read once for each tense asked of
it and kept for the stages that ask again (an actor's period, the sentence's own and carried
dates, its events' dates)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from eventwire.dates import CalendarReader, Phrase, best_date, calendar_reader, date_phrases

if TYPE_CHECKING:
    from eventwire.model import EventDate
    from eventwire.nlp import Sentence

PhraseReader = Callable[..., list[Phrase]]  # `date_phrases`' signature


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticlePhrases:
    """A memo of an article's date phrases, owned by the caller that codes the article."""

    published: date | None
    read: CalendarReader
    reader: PhraseReader = date_phrases
    _kept: dict[tuple[int, bool], tuple[Phrase, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, published: date | None, *, reader: PhraseReader = date_phrases) -> ArticlePhrases:
        """Return an empty memo for an article published on `published`."""
        return cls(published=published, read=_kept_reads(calendar_reader(published)), reader=reader)

    def phrases(self, sentence: Sentence, *, future: bool = False) -> tuple[Phrase, ...]:
        """Return the date phrases of one of the article's sentences (see `date_phrases`)."""
        key = (sentence.index, future)
        if key not in self._kept:
            self._kept[key] = tuple(self.reader(sentence.text, self.published, future=future, read=self.read))
        return self._kept[key]

    def date(self, sentence: Sentence, *, future: bool = False) -> EventDate | None:
        """Return the date a sentence gives for its event (see `resolve_date`)."""
        return best_date(self.phrases(sentence, future=future))


def _kept_reads(read: CalendarReader) -> CalendarReader:
    """Return `read` answering each calendar phrase once: a sentence read in both tenses, and
    sentences that repeat a date, ask dateparser again for the same phrase."""
    kept: dict[str, datetime | None] = {}

    def once(phrase: str) -> datetime | None:
        if phrase not in kept:
            kept[phrase] = read(phrase)
        return kept[phrase]

    return once
