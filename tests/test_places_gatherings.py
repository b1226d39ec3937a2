"""Force used on a crowd is placed where the sentence before tells the crowd gathered, though the
crowd is no actor, and force used in a clash where the sentence before tells the clash, though it
names no doer; a gathering told further back, or in no town, places nothing."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer
from eventwire.nlp import Sentence, parse
from eventwire.place_gatherings import gathering_town
from eventwire.resources import Resources
from test_article_places import _places


def test_places_gatherings_force_on_a_crowd_is_where_it_gathered(resources: Resources) -> None:
    found = _places("LUSAKA, Zambia — Zambia raised fuel prices on Monday. Hundreds of people gathered in Kitwe on "
                    "Tuesday and sang songs. Police fired tear gas at the crowd, a district officer said.",
                    resources)
    assert ("175", "Kitwe") in found


def test_places_gatherings_crowd_told_earlier_places_nothing(resources: Resources) -> None:
    found = _places("LUSAKA, Zambia — Zambia raised fuel prices on Monday. Hundreds of people gathered in Kitwe on "
                    "Tuesday and sang songs. The finance minister defended the rise in a radio address. Police fired "
                    "tear gas at the crowd, a district officer said.", resources)
    assert ("175", "Kitwe") not in found


def _town(text: str, resources: Resources) -> str | None:
    doc = next(parse(resources.nlp, [resources.nlp.make_doc(text)], speech_verbs=resources.lexicon.speech_verb))
    sentence = Sentence(index=0, paragraph=0, start=0, end=len(doc), start_char=0, end_char=len(text), text=text)
    gazetteer: Gazetteer = resources.gazetteer
    town = gathering_town(doc, sentence, gazetteer, resources.lexicon)
    return town.name if town else None


def test_places_gatherings_town_of_a_protest_verb(resources: Resources) -> None:
    assert _town("In Ndola, dozens of students blocked a bridge on Friday to protest against the fees.",
                 resources) == "Ndola"
    assert _town("Several thousand nurses rallied in Mombasa over unpaid wages.", resources) == "Mombasa"
    # no verb of protesting or gathering, or a place the crowd came from
    assert _town("The governor of Ndola resigned on Friday.", resources) is None
    assert _town("Several thousand nurses rallied after travelling from Mombasa.", resources) is None


def test_places_gatherings_a_march_through_a_town_is_in_it(resources: Resources) -> None:
    found = _places("LUSAKA, Zambia — Zambia raised fuel prices on Monday. Several hundred traders marched through "
                    "Kitwe on Tuesday to the city hall. Police fired rubber bullets to disperse them.", resources)
    assert ("175", "Kitwe") in found


def test_places_gatherings_town_the_sentence_calls_one_is_carried(resources: Resources) -> None:
    found = _places("NAIROBI, Kenya — Kenya doubled the toll on its main highway on Monday. In the market town of "
                    "Kamuwongo, about forty youths lit bonfires on the highway on Tuesday to protest over the toll. "
                    "Police fired tear gas at the crowd, a district officer said.", resources)
    assert ("175", "Kamuwongo") in found


@pytest.mark.parametrize("town", ["Rutshuru", "Mweso"])  # a town the gazetteer knows, and one it lacks
def test_places_gatherings_force_in_a_clash_told_without_a_doer_is_where_it_was(resources: Resources,
                                                                              town: str) -> None:
    # the clash is told in the passive, with no doer to code; the shots told next were fired there,
    # and the return fire after them too, as the incident goes on
    found = _places(f"GOMA, Congo — A militia commander died in a shootout with soldiers on Friday in the "
                    f"town of {town}, the army said. \"This commander opened fire on a patrol of ours that "
                    "had stopped his car at a roadblock. The soldiers shot back and killed him,\" a spokesman "
                    "told reporters.",
                    resources)
    assert ("193", town) in found and ("1823", town) in found, found


def test_places_gatherings_town_of_a_clash_word(resources: Resources) -> None:
    assert _town("Two border guards died in a firefight with smugglers near Kasese on Sunday.", resources) == "Kasese"
    assert _town("Herders clashed with farmers in Mubende over grazing land.", resources) == "Mubende"
    # a clash told of a town's people elsewhere places nothing in their town
    assert _town("Fighters from Kasese clashed with troops.", resources) is None


@pytest.mark.parametrize("text", [
    # the town of an act only intended there is no scene of the strike told next
    "Zambia filled the new reservoir in 2019, which set off marches in Harare, where officials said it would cut "
    "the river's flow. In 2019, Zimbabwean gunmen fired mortars toward Zambia.",
    # the crowd's town is where force is used on it, not where a strike on another country came from
    "Zambia filled the new reservoir in 2019, and thousands marched in Harare, where officials said it would cut "
    "the river's flow. Zimbabwean gunmen fired mortars toward Zambia.",
])
def test_places_gatherings_force_against_another_country_is_not_at_the_crowds_town(resources: Resources,
                                                                                    text: str) -> None:
    assert ("194", None) in _places(text, resources)
