"""Sides found across clauses: the subject a passive verb shares with the verb it is coordinated
with, and a person named in apposition to a subject as whom a later "he" refers to."""

from __future__ import annotations

from coded import coded as _coded
from eventwire.resources import Resources


def test_shared_subject_of_a_coordinated_passive_is_its_target(resources: Resources) -> None:
    # "was welcomed by" has no subject of its own: whom it welcomes is the subject of "landed".
    text = ("The Chilean foreign minister landed in Lima on Friday and was welcomed by the Peruvian "
            "president at the palace.")
    assert _coded(resources, text) == [("PERGOV", "043", "CHLGOV")]


def test_person_named_in_apposition_is_the_later_he(resources: Resources) -> None:
    # "He" is the adviser named in the second sentence, not the ministry of the first.
    text = ("Kenya's health ministry said the outbreak began in Somalia. Somalia's adviser on security, "
            "Abdi Warsame, rejected that account on Friday. He accused Kenyan officials of hiding the first cases.")
    assert ("SOM", "112", "KENGOV") in _coded(resources, text)

