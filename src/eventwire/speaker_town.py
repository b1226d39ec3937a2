"""The town a sentence names its speaker in ("... told reporters in Kigali", "said in
Beijing on Monday", "a police spokesman in Antananarivo said"), carried to the things said of the
very next sentence whose speaker is only a pronoun ("He said the island was ready to talk ..."):
a story quotes a speaker where it first places him, then goes on with what he said there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from eventwire.actors.matcher import Hit
from eventwire.coding.lexicon import Lexicon
from eventwire.event_places import SentencePlaces, speaker_seats
from eventwire.gazetteer import Gazetteer
from eventwire.model import Place
from eventwire.nlp import Sentence
from eventwire.places import EventSpot, find_place
from eventwire.story_dates import opens_quote


def speaker_town(doc: Doc, sentence: Sentence, hits: Sequence[Hit], *, gazetteer: Gazetteer,
                 lexicon: Lexicon) -> Place | None:
    """Return the first town (not a country: "the U.N. mission in Mali" sits somewhere in it) a
    speaker of the sentence is named in or speaks in (`event_places.speaker_seats`)."""
    for seat in speaker_seats(doc, hits, sentence.start, lexicon):
        place = find_place(sentence.text, sentence.start_char, [seat.candidate], gazetteer, lexicon=lexicon,
                           regions=lexicon.region_name)
        if place is not None and not gazetteer.is_country(place):
            return place
    return None


def carry_speaker_town(found: Sequence[SentencePlaces], spots: Sequence[Sequence[EventSpot]],
                       town_of: Callable[[int], Place | None], sentences: Sequence[Sentence],
                       lexicon: Lexicon, *, article: Sequence[Sentence] = ()) -> list[SentencePlaces]:
    """Return an article's places with the town an earlier sentence names its speaker in
    (`town_of(k)`: sentence k's, see `speaker_town`; read only where a sentence needs it) given to
    the things said (or intended) of a sentence that opens with a pronoun speaker ("He accused Sudan
    of ...", "She said Accra wanted ...") and that name no place of their own: those of a party
    named before the sentence that the pronoun stands for, or of the town's own country. The town
    is the sentence right before's, or one before it when only direct quotes of the speaker stand
    between (`article`: all the article's sentences; "'...,' he told reporters in Dakar. '...,' he
    said. He also demanded ...")."""
    carried = list(found)
    for k in range(1, len(found)):
        said = [place is None and not named and _opens_with_pronoun(sentences[k], event, lexicon)
                for place, named, event in zip(found[k].places, found[k].named_each, spots[k], strict=True)]
        town = _earlier_town(k, sentences, town_of, article) if any(said) else None
        if town is None:
            continue
        places = tuple(town if b and (_by_pronoun(event) or event.source == town.country) else place
                       for place, b, event in zip(found[k].places, said, spots[k], strict=True))
        carried[k] = dataclasses.replace(found[k], places=places)
    return carried


_QUOTES_BETWEEN = 2  # how many sentences back the speaker's town is looked for


def _earlier_town(k: int, sentences: Sequence[Sentence], town_of: Callable[[int], Place | None],
                  article: Sequence[Sentence]) -> Place | None:
    """Return the town of the sentence right before sentence k (of the coded `sentences`), or of
    one a little before it when only sentences opening a direct quote stand between (`article`)."""
    for j in range(k - 1, max(k - 1 - _QUOTES_BETWEEN, -1), -1):
        between = range(sentences[j].index + 1, sentences[k].index)
        if len(between) > _QUOTES_BETWEEN or not all(i < len(article) and opens_quote(article[i].text)
                                                      for i in between):
            return None
        town = town_of(j)
        if town is not None:
            return town
    return None


def _opens_with_pronoun(sentence: Sentence, event: EventSpot, lexicon: Lexicon) -> bool:
    """Tell whether an event is a thing said or intended in a sentence that opens with a pronoun
    standing for a speaker named before."""
    first = sentence.text.split(maxsplit=1)[0].lower() if sentence.text.strip() else ""
    said = event.saying or not event.happened
    return said and first in lexicon.main_clause_pronoun and bool(event.sides)


def _by_pronoun(event: EventSpot) -> bool:
    """Tell whether an event's first side lies before its sentence: a party an opening pronoun
    stands for."""
    return event.sides[0][1] <= 0
