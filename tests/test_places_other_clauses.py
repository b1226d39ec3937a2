"""A place a sentence names for another act than the event's: the noun a relative clause of the
event modifies, the speaker of a clause the event is reported in, a side's participle for words
said or an act intended."""

from __future__ import annotations

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
