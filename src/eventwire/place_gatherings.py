"""The town a sentence tells people gathering or protesting in ("In Kitwe, hundreds marched to the
city hall"), or an armed clash in, whether or not it codes an event of them: the crowd is often no
actor ("residents", "young men"), and a clash told in the passive names no doer ("a trader died in
a shootout in Mweso"), yet the force the next sentence tells used on the crowd ("Police fired tear
gas at them") or in the clash ("He opened fire on the patrol") was used there
(`eventwire.event_places.carry_incident` carries it on)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from eventwire.coding.lexicon import Lexicon
from eventwire.event_places import called_places
from eventwire.gazetteer import Gazetteer
from eventwire.model import Place, PlacePrecision
from eventwire.nlp import Sentence
from eventwire.places import EventSpot, attribution, find_place, own_candidates, place_candidates

# What a gathering is placed in: a town or a division, known to the gazetteer or called one by the
# sentence ("in the market town of Kuje"), not a whole country.
_TOWN = frozenset({PlacePrecision.CITY, PlacePrecision.DIVISION, PlacePrecision.APPROXIMATE})


def gathering_town(doc: Doc, sentence: Sentence, gazetteer: Gazetteer, lexicon: Lexicon, *,
                   known: frozenset[str] = frozenset(), home: str | None = None) -> Place | None:
    """Return the town a sentence's verb of protesting or gathering (lexicon `protest_word`:
    "marched", "rallied", "burned tires to protest"), or its word of an armed clash (`clash_word`:
    "two guards died in a shootout with smugglers in Mweso"), is placed in by a locative of its own or of
    the verb it hangs from ("In Kitwe, students blocked a road to protest ..."), outside the
    sentence's attribution; `known` are the countries the article names, and a town the gazetteer
    lacks that the sentence calls one is of the article's country (`home`)."""
    verbs = [t for t in doc if (t.pos_ == "VERB" and (t.lemma_.lower() in lexicon.protest_word
                                                      or t.lower_ in lexicon.protest_word))
             or (t.pos_ in {"VERB", "NOUN"} and t.lemma_.lower() in lexicon.clash_word)]
    if not verbs:
        return None
    candidates = place_candidates(doc, attribution(doc, lexicon), lexicon)
    called = called_places(doc, candidates, lexicon)
    for verb in verbs:
        start = verb.idx - doc[0].idx
        spot = EventSpot(countries=frozenset(), action=(start, start + len(verb)))
        own = list(own_candidates(doc, candidates, spot, lexicon))
        place = find_place(sentence.text, sentence.start_char, own, gazetteer, lexicon=lexicon,
                           regions=lexicon.region_name, local=known, named=called, home=home) if own else None
        if place is not None and place.precision in _TOWN:
            return place
    return None


_ENDINGS = ("es", "ed", "s", "d")


def names_clash(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Tell whether lower-case words hold a word of an armed clash (`clash_word`) in one of its
    inflected forms ("battles", "clashed"), read before any parse."""
    return any(w in lexicon.clash_word or any(w.endswith(e) and w[:-len(e)] in lexicon.clash_word for e in _ENDINGS)
               for w in words)
