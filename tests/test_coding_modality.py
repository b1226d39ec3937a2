"""Acts asked of others, offered on a condition, or only possible: appeals not to act are still
appeals, an offer conditioned on a party's request is aimed at that party, and what a person
named earlier says another actor could do is no act of that actor."""

from __future__ import annotations

import pytest

from coded import PUBLISHED, keeping_undirected
from coded import coded as _coded
from eventwire.coding.decisions import Stage
from eventwire.explain import explain
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # asking another actor not to act is an appeal all the same, the plain one of its root
    ("Amnesty International urged Egypt not to return the Sudanese asylum seekers to Khartoum.",
     [("NGOAI", "020", "EGY")]),
    ("The European Union pressed Serbia not to release the convicted commanders early.",
     [("IGOEU", "020", "SRB")]),
    # the asking verb's own negation still denies the appeal
    ("The European Union did not press Serbia to release the convicted commanders.", []),
])
def test_appeal_not_to_act_is_an_appeal(resources: Resources, text: str,
                                        expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


def test_appeal_not_to_act_is_explained_by_its_rule(resources: Resources) -> None:
    runs = explain("Amnesty International urged Egypt not to return the Sudanese asylum seekers to Khartoum.",
                   published=PUBLISHED, resources=resources)
    rules = [e.rule for run in runs for e in run.events]
    assert rules and all(r.endswith("+refrain") for r in rules), rules


@pytest.mark.parametrize(("text", "expected"), [
    # an offer made on a party's request or acceptance is aimed at that party
    ("Norway said it stood ready to provide emergency funds if Haiti asked for them.",
     [("NOR", "0331", "HTI")]),
    # a condition on something else names no one the offer is made to
    ("Norway said it stood ready to provide emergency funds if the floods worsened.",
     [("NOR", "0331", None)]),
])
def test_offer_on_request_is_aimed_at_the_asker(resources: Resources, text: str,
                                                expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


def test_possibility_told_by_a_person_named_earlier_is_no_act(resources: Resources) -> None:
    text = ("A Lithuanian defence official briefed reporters on Friday. "
            "He said Russia could close the land corridor to Kaliningrad within hours.")
    assert _coded(resources, text) == []
    runs = explain(text, published=PUBLISHED, resources=resources)
    drops = [d for run in runs for d in run.drops]
    assert any(d.stage == Stage.EXPECTED and "possibility" in d.reason for d in drops), drops


def test_possibility_an_actor_tells_of_itself_stays_its_threat(resources: Resources) -> None:
    resources = keeping_undirected(resources)
    text = ("Russia's defence minister briefed reporters on Friday. "
            "He said Russia could close the land corridor to Kaliningrad within hours.")
    assert [(s, c[:2]) for s, c, _t in _coded(resources, text)] == [("RUS", "13")]


@pytest.mark.parametrize(("text", "expected"), [
    # an order opening a quotation is the speaker's demand on whom it addresses, not the act
    ('"Hand back the seized trawlers and stop these provocations," Vietnam told China on Monday.',
     [("VNM", "1053", "CHN")]),
    ('"Free the crew at once," the Indian foreign ministry told Iran in a statement.',
     [("INDGOV", "1053", "IRN")]),
    # "let us" proposes: no order
    ('"Let us sit down and talk," the Sudanese army chief told the RSF.', []),
])
def test_quoted_order_is_the_speakers_demand(resources: Resources, text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


def test_quoted_order_is_explained_by_its_rule(resources: Resources) -> None:
    runs = explain('"Free the crew at once," the Indian foreign ministry told Iran in a statement.',
                   published=PUBLISHED, resources=resources)
    rules = [e.rule for run in runs for e in run.events]
    assert rules and all(r.endswith("+ordered") for r in rules), rules


SOUTH_SUDAN_LEAD = ("JUBA, SOUTH SUDAN — Two army factions traded mortar fire near the airport overnight, "
                    "residents said on Monday.\n\n")


def test_appeal_naming_no_one_is_aimed_at_the_story_country(resources: Resources) -> None:
    # an appeal is aimed at someone: by an outsider, at the country the story is about
    events = _coded(resources, SOUTH_SUDAN_LEAD + "The United States urged restraint on Tuesday.")
    assert [(s, c[:2], t) for s, c, t in events] == [("USA", "02", "SSD")]


def test_appeal_by_the_story_country_gets_no_target_of_its_own(resources: Resources) -> None:
    # with no party found to yield, an appeal for calm is half a dyad: kept only on request
    text = SOUTH_SUDAN_LEAD + "South Sudan's president urged calm on Tuesday."
    assert _coded(resources, text) == []
    events = _coded(keeping_undirected(resources), text)
    assert [(s[:3] if s else s, c[:2], t) for s, c, t in events] == [("SSD", "02", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a demand of a country's own opposition or rebels that names no one is made of their own state
    ("Kenya's main opposition coalition demanded an apology on Friday.", [("KENOPP", "102", "KEN")]),
    ('"Free our comrades and pull your soldiers back," a Cameroonian separatist commander said in a recorded message.',
     [("CMRREBMIL", "1053", "CMR")]),
])
def test_domestic_party_demand_is_made_of_its_own_state(resources: Resources, text: str,
                                                         expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a clause an asking verb opens with "if" or "whether" is a question, not an act asked for
    ("Kenya asked Uganda whether it had freed the traders.", []),
    ("Kenyan prosecutor Jane Roe asked the Ugandan minister if he agreed with the charges.", []),
    ("Kenya asked Uganda to free the traders.", [("KEN", "0253", "UGA")]),
])
def test_a_question_asked_is_no_appeal(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected
