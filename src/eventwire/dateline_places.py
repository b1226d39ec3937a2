"""The dateline's place for a story's events: the lead's acts done where it was filed, and the
unrest of its own news the sentences after it tell without a place, unless the lead places that
news elsewhere in the country (`eventwire.event_places` places each sentence's events first)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from eventwire.event_places import SentencePlaces
from eventwire.model import EventDate, Place, PlacePrecision
from eventwire.places import EventSpot


def filed_there(found: SentencePlaces, events: Sequence[EventSpot], filed: Place | None) -> SentencePlaces:
    """Return a lead sentence's places with the dateline's place ("NAIROBI, Kenya —") given to the
    events it names no place for (`_filed_act`): a story's lead tells what happened where it was
    filed, unless it says where ("in the Kech district", a place the gazetteer may not know)."""
    if filed is None:
        return found
    places = tuple(filed if place is None and not said and _filed_act(event, filed.country) else place
                   for place, said, event in zip(found.places, found.named_each, events, strict=True))
    return dataclasses.replace(found, places=places)


def _filed_act(event: EventSpot, country: str | None) -> bool:
    """Tell whether a lead's event was done where the story was filed: one whose actors are all of
    the dateline's country (or of none), or a government's own act toward another country ("Nepal
    handed a protest note to India", "Moldova expelled two diplomats") when its doer is of the
    dateline's country, for such acts are done at the doer's seat, the dateline's town. A use of
    force against another country goes on away from the towns stories are filed in. A cut in
    relations (suspended talks, aid or ties: CAMEO root 16) is decided, not done at a place, and
    takes none; nor do words alone (a statement, an appeal, an intention: roots 01-03, or an act
    told as intended, not done) or a judgment of others' deeds (an accusation, a demand, a
    rejection, a threat: roots 10-13) other than a formal protest, voiced through statements
    wherever their makers are, not where the story was filed."""
    if event.scene.decided or event.scene.voiced or not event.happened or (event.judging and not event.scene.lodged):
        return False
    if event.countries <= {country}:
        return not event.judging
    return event.source is not None and event.source == country and not event.forceful


def filed_away(lead: SentencePlaces | None, filed: Place | None) -> bool:
    """Tell whether a story's lead places its news in another town or division of the dateline's
    country than the dateline's own ("LUANDA, Angola — Police expelled migrants from Lunda Norte
    province"): the story was filed away from the scene, and its unplaced unrest is not at the
    dateline's town."""
    return filed is not None and lead is not None and any(
        p is not None and p.text is not None and p.country == filed.country and p.name != filed.name
        and p.precision != PlacePrecision.COUNTRY for p in lead.places)


_NEWS_DAYS = 31  # how long before publication an act is still of the story's news


def filed_scene(found: SentencePlaces, events: Sequence[EventSpot], dates: Sequence[EventDate],
                filed: Place | None, published: date | None) -> SentencePlaces:
    """Return a sentence's places with the dateline's place ("LUSAKA, Zambia —") given to the
    protests and crackdowns (conventions `street`) of the story's own news in a sentence that names no place
    ("Officers held a dozen marchers after some hurled rocks"), done among the dateline's country
    alone (or by parties of no country named yet: "marchers"): the unrest a story is filed about is
    where it was filed. An act dated long before publication, or not dated, is background, as
    likely elsewhere; a sentence naming a place ("... who had blocked a road in Jinja") may tell
    where, even for an act it does not place."""
    if filed is None or published is None or found.placing:
        return found
    places = tuple(filed if place is None and not said and _recent(when, published)
                   and event.scene.street and event.countries <= {filed.country} else place
                   for place, said, event, when in zip(found.places, found.named_each, events, dates, strict=True))
    return dataclasses.replace(found, places=places)


def _recent(when: EventDate, published: date) -> bool:
    """Tell whether an event is dated within the weeks before publication (`_NEWS_DAYS`)."""
    return when.date is not None and 0 <= (published - when.date).days <= _NEWS_DAYS
