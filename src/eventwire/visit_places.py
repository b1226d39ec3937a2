"""The acts done on a visit a sentence tells: those of a clause coordinated after a trip to a town
("flew to Kampala and signed a trade deal") took place in that town (`visit_towns`, read by
`eventwire.event_places.locate_events`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire.places import EventSpot, action_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.coding.lexicon import Lexicon
    from eventwire.gazetteer import Gazetteer
    from eventwire.model import Place


def visit_towns(doc: Doc, events: Sequence[EventSpot], places: list[Place | None], gazetteer: Gazetteer,
                 lexicon: Lexicon) -> list[Place | None]:
    """Return the places with the town of a trip the sentence tells given to the unplaced acts
    of a clause coordinated after it that the traveler's country takes part in, which were done on
    the visit ("flew to Kampala and signed a trade deal", "traveled to Lome, and the two governments
    agreed to patrol the border"); no use of force takes it."""
    trips = [(action_tokens(doc, e.action, lexicon), p, e.source) for e, p in zip(events, places, strict=True)
             if e.scene.trip and e.happened and p is not None and not gazetteer.is_country(p)]
    return [next((town for trip, town, guest in trips if guest in e.countries
                  and coordinated_after(doc, trip, action_tokens(doc, e.action, lexicon))), None)
            if p is None and trips and not e.forceful else p for e, p in zip(events, places, strict=True)]


def coordinated_after(doc: Doc, first: set[int], then: set[int]) -> bool:
    """Tell whether an action (`then`, its tokens) lies in a clause coordinated after the clause of
    another action (`first`), through no clause but an infinitive it takes ("flew to Lima and
    signed a deal", "flew to Lima, and the two sides agreed to open talks")."""
    if not first or not then:
        return False
    token = next((doc[i] for i in sorted(then) if doc[i].head.i not in then or doc[i].head.i == i), doc[min(then)])
    joined = False
    while token.head.i != token.i and token.i not in first:
        if token.dep_ == "conj":
            joined = True
        elif token.dep_ != "xcomp":
            return False
        token = token.head
    return joined and token.i in first and min(then) > max(first)
