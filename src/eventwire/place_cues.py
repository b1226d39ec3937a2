"""The preposition that governs a place name, read off the parse: the cue by which
`eventwire.places` ranks a sentence's place names for an event.

`place_cue` climbs from a name through "the city of" and a place noun in apposition ("in the Kenyan
capital, Nairobi") to its preposition; `governing_cue` turns that preposition into a cue, telling a
destination of the actor's own travel from one of something sent, and where people were put out
of from where they went.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.coding.lexicon import Lexicon

# "shelled the city of Kharkiv": a place named as what a deed was done to (OBJECT) ranks with bare names.
OBJECT = "object"
# "sent an envoy to Bamako": where the ones sent went, the place of the talks they were sent to hold only.
SENT = "sent to"
# "deported 40 migrants from Tripoli to Niamey": a removal is done where the ones removed were.
REMOVED = "removed from"


def place_cue(token: Token, lexicon: Lexicon) -> str:
    """Return the preposition that governs a place name (through "the city of", and through a
    place noun it is in apposition to: "in the Kenyan capital, Nairobi"), or OBJECT for a place
    noun's name that is a verb's object ("shelled the city of Kharkiv", "closed the Rafah
    crossing")."""
    current, through = token, False
    for _ in range(5):
        if (current.dep_ == "pobj" and current.head.lower_ == "of"
                and (current.head.head.lemma_ in lexicon.place_noun
                     or current.head.head.lemma_.lower() in lexicon.country_water)) or (
                current.dep_ == "appos" and current.head.lemma_ in lexicon.place_noun):
            current, through = (current.head.head if current.dep_ == "pobj" else current.head), True
            continue
        if through and current.dep_ == "dobj":
            return OBJECT
        if current.dep_ == "dobj" and current.head.lemma_.lower() in lexicon.travel_verb:
            return "to"  # "visited Egypt": where the trip went, as "traveled to Egypt"
        if current.dep_ == "pobj":
            return governing_cue(current.head, lexicon)
        if current.dep_ not in {"compound", "amod", "nmod", "flat"} or current.head.i == current.i:
            return ""
        if current.head.lemma_.lower() in lexicon.boundary_noun:  # "near the Cameroon border": either side
            return ""
        # "closed the Rafah crossing", as "the city of Kharkiv": the place the deed was done to
        through = through or (current.dep_ == "compound" and current.head.lemma_.lower() in lexicon.place_noun)
        current = current.head
    return ""


def governing_cue(preposition: Token, lexicon: Lexicon) -> str:
    """Return the preposition as a cue; a destination ("to Syria") counts only after a verb or
    noun of the actor's own travel ("traveled to Beijing", "a trip to Kyiv"): what is sent,
    smuggled or deported somewhere did not happen there, save the talks of a party sent there
    (`SENT`: "sent an envoy to Bamako"); where people are deported or expelled from is where
    that was done (`REMOVED`). "On" after an appeal verb names whom it addresses ("called on
    Uganda"), no place."""
    if preposition.lower_ in lexicon.goal_preposition and preposition.head.lemma_.lower() not in lexicon.travel_verb:
        return SENT if preposition.head.lemma_.lower() in lexicon.sending_verb else ""
    if preposition.lower_ in {"on", "upon"} and preposition.head.lemma_.lower() in lexicon.appeal_verb:
        return ""
    if preposition.lower_ == "from" and _ousting(preposition.head, lexicon):
        return REMOVED  # "expelled the envoy from Islamabad": done there
    return preposition.lower_


def _ousting(head: Token, lexicon: Lexicon) -> bool:
    """Tell whether a "from" phrase's head puts people out of a place (lexicon `ouster_verb`): the
    verb, its particle or its object ("flush out fighters from the forest", "expelled migrants
    from two provinces"; a country there may be their origin, see `own_candidates`)."""
    verb = head.head if head.dep_ in {"prt", "dobj"} else head
    return verb.lemma_.lower() in lexicon.ouster_verb
