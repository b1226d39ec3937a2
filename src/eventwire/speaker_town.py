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
                       lexicon: Lexicon) -> list[SentencePlaces]:
    """Return an article's places with the town the sentence before names its speaker in
    (`town_of(k)`: sentence k's, see `speaker_town`; read only where a sentence needs it) given to
    the things said (or intended) of a sentence that opens with a pronoun speaker standing for an
    earlier party ("He accused Sudan of ...", "It urged Angola to ...") and that name no place of
    their own."""
    carried = list(found)
    for k in range(1, len(found)):
        if sentences[k].index != sentences[k - 1].index + 1:
            continue
        bare = [place is None and not named and _said_by_pronoun(sentences[k], event, lexicon)
                for place, named, event in zip(found[k].places, found[k].named_each, spots[k], strict=True)]
        town = town_of(k - 1) if any(bare) else None
        if town is None:
            continue
        places = tuple(town if b else place for place, b in zip(found[k].places, bare, strict=True))
        carried[k] = dataclasses.replace(found[k], places=places)
    return carried


def _said_by_pronoun(sentence: Sentence, event: EventSpot, lexicon: Lexicon) -> bool:
    """Tell whether an event is a thing said or intended whose source is the pronoun the sentence
    opens with, standing for a party named before it (its side lies before the sentence)."""
    first = sentence.text.split(maxsplit=1)[0].lower() if sentence.text.strip() else ""
    said = event.saying or not event.happened
    return said and first in lexicon.main_clause_pronoun and bool(event.sides) and event.sides[0][1] <= 0
