"""Criticism told as a label: another party's act called a wrong by the adjective of the noun it is
called ("an unlawful seizure") or by what that noun is a case of ("a case of persecution").
Sentences of the project's own wording."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "event"), [
    # the adjective of the noun the act is called
    ("Ecuador called the Peruvian annexation an unlawful grab of land.", ("ECU", "111", "PER")),
    # what the noun it is called is a case of, through an object predicate or "as"
    ("Chile called the Argentine verdict an outrageous abuse of the courts.", ("CHL", "111", "ARG")),
    ("Uruguay described the Brazilian raids as a textbook case of persecution.", ("URY", "111", "BRA")),
])
def test_labels_name_the_act_a_wrong_through_the_noun_it_is_called(resources: Resources, text: str,
                                                                    event: tuple[str, str, str]) -> None:
    assert event in coded(resources, text)


@pytest.mark.parametrize(("text", "event"), [
    # an act called a mistake, an assault or an invasion
    ("Paraguay called the Bolivian troop buildup a grave mistake.", ("PRY", "111", "BOLMIL")),
    ("Ghana called the Togolese border closure an assault on regional trade.", ("GHA", "111", "TGO")),
    ("Honduras described the Nicaraguan landing as an invasion.", ("HND", "111", "NIC")),
    # what an object predicate is an instance of names the act, as after "as"
    ("Peru called the Chilean fishing ban a clear instance of piracy.", ("PER", "111", "CHL")),
])
def test_labels_name_the_act_a_wrong_by_the_noun_it_is_called(resources: Resources, text: str,
                                                              event: tuple[str, str, str]) -> None:
    assert event in coded(resources, text)


@pytest.mark.parametrize("text", [
    # a noun with an adjective of no wrong names no wrong, and naming is no appeal
    "Ecuador called the Peruvian proposal a serious offer of peace.",
    "Chile described the Argentine talks as a frank exchange of views.",
    "Chile called the Argentine visit a fine example of friendship.",
])
def test_labels_of_no_wrong_are_no_criticism(resources: Resources, text: str) -> None:
    assert all(cameo[:2] != "11" for _s, cameo, _t in coded(resources, text))


@pytest.mark.parametrize(("text", "event"), [
    # a country named inside a phrase of what the act is called gives way to the one naming it
    ("Namibia condemned what it called the brutal Angolan raid on herders near the Botswana frontier.",
     ("NAM", "111", "AGO")),
])
def test_labels_target_the_party_the_called_act_names(resources: Resources, text: str,
                                                       event: tuple[str, str, str]) -> None:
    assert event in coded(resources, text)


def test_labels_two_parties_named_by_the_called_act_stay_untargeted(resources: Resources) -> None:
    # both countries name the act itself: no one of them is its author
    text = "Namibia condemned what it called the Angolan and Zambian raids."
    assert all(target is None for _s, cameo, target in coded(resources, text) if cameo == "111")


@pytest.mark.parametrize(("text", "event"), [
    # a news outlet a statement is sent or spoken to names no other party: a home affair stays one
    ("In a statement emailed to Reuters, Kenya's interior minister termed the prison riot shameful.",
     ("KENGOV", "111", "KEN")),
    ("Speaking to Reuters, Kenya's interior minister termed the prison riot shameful.",
     ("KENGOV", "111", "KEN")),
    # an outlet the act is aimed at is its party
    ("Kenya's interior minister condemned Reuters over the report.", ("KENGOV", "111", "GBRMED")),
])
def test_labels_outlets_told_are_no_party(resources: Resources, text: str, event: tuple[str, str, str]) -> None:
    assert event in coded(resources, text)
