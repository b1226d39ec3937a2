"""A place a sentence names for another act than the event's: the noun a relative clause of the
event modifies, the speaker of a clause the event is reported in, a side's participle for words
said or an act intended, a deed named by its "-ing" noun, an act still to come; and the capital a
summons is made or a formal protest note is sent from."""

from __future__ import annotations

import pytest

from eventwire.resources import Resources
from test_article_places import _places


def test_places_other_clauses_noun_a_relative_clause_modifies_places_not_its_act(resources: Resources) -> None:
    # the bombing happened in Mombasa; the blaming did not
    text = "Kenya marked the anniversary of a hotel bombing in Mombasa that Nairobi blames on al-Shabab."
    found = _places(text, resources)
    assert found and all(place != "Mombasa" for code_, place in found if code_.startswith("11"))


def test_places_other_clauses_relative_pronoun_subject_keeps_its_noun_place(resources: Resources) -> None:
    found = _places("Police in Kisumu who dispersed the marchers on Monday detained 14 students.", resources)
    assert ("173", "Kisumu") in found


def test_places_other_clauses_speaker_of_a_reported_clause_is_not_the_scene(resources: Resources) -> None:
    text = "A judge in Arusha ruled on Friday that Tanzanian soldiers had shelled a Kenyan fishing camp."
    found = _places(text, resources)
    assert found and all(place != "Arusha" for _code, place in found)


def test_places_other_clauses_side_participle_places_no_intended_act(resources: Resources) -> None:
    text = "Lithuania's interior ministry said Vilnius would expel Russian truck drivers living in Lithuania."
    found = _places(text, resources)
    assert found and all(place is None for _code, place in found)


def test_places_other_clauses_speaker_participle_still_places_what_it_says(resources: Resources) -> None:
    text = "Chile's navy chief, speaking to reporters in Valparaiso on Monday, rejected Peru's complaint."
    found = _places(text, resources)
    assert ("120", "Valparaíso") in found or ("120", "Valparaiso") in found


@pytest.mark.parametrize(("text", "capital"), [
    # the place of the shooting the summons protests against is not the summons's
    ("Zambia's foreign ministry summoned the Malawian ambassador after the shooting of a Zambian trader at the "
     "Mwami border post on Sunday.", "Lusaka"),
    # a protest note sent or handed over comes from the sender's foreign ministry
    ("Accra delivered a note of protest to the Togolese embassy over the detention of six Ghanaian farmers.",
     "Accra"),
    ("Namibia's foreign ministry handed the Angolan ambassador a formal note of protest on Friday.", "Windhoek"),
])
def test_places_other_clauses_summons_and_protest_note_in_the_senders_capital(
        resources: Resources, text: str, capital: str) -> None:
    found = _places(text, resources)
    assert ("114", capital) in found


@pytest.mark.parametrize(("text", "expected"), [
    # where an act to come is to be done is not where it was announced
    ("Hanoi said it was willing to meet Chinese officials in Manila next month to settle the fishing dispute.",
     None),
    # where it was agreed or said stays
    ("Kenya agreed in Nairobi on Thursday to send its soldiers to Somalia.", "Nairobi"),
    ("Ghana's energy minister told reporters in Accra that Ghana was ready to negotiate with Togo.", "Accra"),
])
def test_places_other_clauses_place_of_an_act_to_come_is_not_the_intentions(
        resources: Resources, text: str, expected: str | None) -> None:
    found = _places(text, resources)
    assert found and all(place == expected for _code, place in found)
