"""Acts the coder should not find in sentences that tell none, on sentences of its own wording:
a party saying it respects a right (a stance, not a concession), two organs of one state
meeting (the state's own business), and an act done to another party, an appeal to yield, an
intention to do one, or a stance taken toward a party, with no party to be its target (half a dyad)."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from coded import keeping_undirected
from eventwire.cli.options import Parser, add_resource_options, resource_settings
from eventwire.coding.decisions import Stage
from eventwire.coding.events import INTERNAL
from eventwire.explain import explain
from eventwire.parallel import Settings
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # respecting a right is a stance a party claims, not a right granted on demand (CAMEO 0833)
    ("Chile's government said on Friday that it respected the right of villagers to march and had "
     "kept every promise.", []),
    ("Kenya's interior minister told reporters that the Kenyan government respected press freedom.", []),
    # granting or restoring one is
    ("Myanmar's junta restored the right to strike on Monday.", [("MMRGOVMIL", "0833", "MMR")]),
])
def test_empties_respecting_a_right_is_no_concession(resources: Resources, text: str,
                                                     expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two organs of one state meeting is the state's own business, no event between parties
    ("The Peruvian government held talks with the Peruvian army chiefs on Monday.", []),
    # its opposition, or another state, is a party
    ("Kenya's president met opposition leaders in Nairobi on Friday.", [("KENGOV", "040", "KENOPP")]),
    ("Japan's prime minister met South Korea's president in Tokyo.", [("JPNGOV", "040", "KORGOV")]),
    # one organ of a state sitting alone meets no party: no home affair aimed at the state itself
    ("Zambia's cabinet met in a special session on Thursday evening.", []),
    ("Zambia's electoral commission met on Monday to discuss the vote.", []),
    # several people or bodies meeting one another stay a domestic affair
    ("The two Zambian leaders resumed talks in Lusaka.", [("ZMBGOV", "040", "ZMB")]),
    ("Zambia's prime minister held a long meeting with officials of the Civic Forum on Tuesday.",
     [("ZMBGOV", "040", "ZMB")]),
])
def test_empties_a_state_consulting_its_own_organs_is_no_event(resources: Resources, text: str,
                                                               expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


def test_empties_an_organ_sitting_alone_meets_no_party_in_a_story_of_another_country(resources: Resources) -> None:
    text = ("BAMAKO, MALI — Malian soldiers detained 30 Ivorian troops at Bamako airport on Sunday. "
            "The Ivorian cabinet in Abidjan has met three times on the matter since then.")
    assert [e for e in _coded(resources, text) if e[1].startswith("04")] == []


def test_empties_explain_says_which_stage_dropped_a_states_own_business(resources: Resources) -> None:
    [sentence] = explain("The Peruvian government held talks with the Peruvian army chiefs on Monday.", resources)
    assert [d.stage for d in sentence.drops if d.reason == INTERNAL] == [Stage.INTERNAL]


@pytest.mark.parametrize(("text", "expected"), [
    # a visit or a trip is made to someone; with no party found, there is no dyad to code
    ("The Finnish ambassador visited a refugee camp near the Turkish border on Tuesday.", []),
    ("Ecuador's navy chief flew to a coastal base on Sunday, hours after Colombia reported a clash with "
     "smugglers.", []),
    # freeing is a yielding to someone; freed prices are no party
    ("Fuel prices were freed across Kazakhstan on the first of May, and bread costs doubled, a Kyrgyz "
     "newspaper reported.", []),
    # with the other party named, or several parties acting with one another, it is an event
    ("Ghana's ambassador held talks with Togo's foreign minister in Lome on Friday.", [("GHAGOV", "040", "TGOGOV")]),
    ("Ghana and Togo held talks in Lome on Friday about fishing rights.", [("GHA", "040", "TGO")]),
])
def test_empties_an_act_on_another_party_needs_a_target(resources: Resources, text: str,
                                                        expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an appeal to yield asks a concession of a party: with none found, no dyad
    ("A group of Polish lawmakers appealed on Friday for the lifting of the sanctions.", []),
    ("The Kenyan president urged calm on Sunday after the vote count was delayed.", []),
    # with the party that is to yield named, it is an event
    ("Chile's foreign ministry urged Bolivia to free the two soldiers.", [("CHLGOV", "0253", "BOL")]),
    # so does an appeal for a change of leaders or policy, or for diplomatic cooperation
    ("A veteran Kenyan diplomat urged him to step down.", []),
    ("The Kenyan opposition urged President Ruto to resign.", [("KENOPP", "0241", "KENGOV")]),
    ("Moldova handed in its application for membership on Thursday.", []),
])
def test_empties_an_appeal_to_yield_needs_a_party_to_yield(resources: Resources, text: str,
                                                           expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a policy option considered is a stance toward a party: with none found it is a remark aimed at
    # no one
    ("Peru's foreign ministry said it was weighing the proposal.", []),
    ("The Ghanaian cabinet said it was studying the offer.", []),
    # a hopeful comment on a prospect needs no party in view
    ("Chile's foreign minister voiced optimism about the coming harvest.", [("CHLGOV", "013", None)]),
])
def test_empties_a_stance_needs_a_party_it_is_taken_toward(resources: Resources, text: str,
                                                           expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


def test_empties_a_stance_aimed_at_no_one_is_kept_when_asked(resources: Resources) -> None:
    text = "Peru's foreign ministry said it was weighing the proposal."
    assert _coded(keeping_undirected(resources), text) == [("PERGOV", "014", None)]


def test_empties_an_intention_needs_a_party_to_be_made_to(resources: Resources) -> None:
    # a promise of an act done to someone is made to someone: with no one found, no dyad
    text = "The Gabonese finance minister promised on Monday to cut fuel prices, a week after Cameroon raised its own."
    assert _coded(resources, text) == []
    assert _coded(keeping_undirected(resources), text) == [("GABGOV", "030", None)]


def test_empties_aid_pledged_for_a_cause_keeps_its_event(resources: Resources) -> None:
    # aid is pledged for victims or a cause as often as to a party
    text = "The Irish government pledged two million euros on Tuesday for flood relief in Pakistan."
    assert _coded(resources, text) == [("IRLGOV", "0331", None)]


def test_empties_keep_undirected_keeps_the_act_and_reaches_the_settings(resources: Resources) -> None:
    text = "The Finnish ambassador visited a refugee camp near the Turkish border on Tuesday."
    assert _coded(keeping_undirected(resources), text) == [("FINGOV", "042", None)]
    parser = Parser(prog="eventwire test")
    add_resource_options(parser)
    assert not resource_settings(parser.parse_args([])).keep_undirected
    chosen = resource_settings(parser.parse_args(["--keep-undirected"]))
    assert chosen.keep_undirected and chosen.digest() != Settings().digest()


@pytest.mark.parametrize("text", [
    "Bolivia's floods have swept away 4,000 houses and killed 210 people since March, the civil defence office "
    "in La Paz said on Tuesday.",
    "A cyclone destroyed the harbour in Beira and killed dozens of fishermen, Mozambican officials said.",
    "Homes across northern Peru were destroyed by mudslides on Sunday, the interior ministry said.",
])
def test_empties_a_natural_hazard_is_no_party_acting(resources: Resources, text: str) -> None:
    # data/lexicon.tsv hazard_noun: a storm, a flood or an epidemic strikes a country; none of its parties acts
    assert _coded(resources, text) == []


def test_empties_a_party_acting_in_a_disaster_still_acts(resources: Resources) -> None:
    text = "Bolivian troops attacked a Peruvian border post during the floods, Peru's defence ministry said."
    assert any(s.startswith("BOL") and t is not None and t.startswith("PER")
               for s, _, t in _coded(resources, text) if s is not None)


def test_empties_an_office_taken_over_is_no_ground_seized(resources: Resources) -> None:
    # readings._office_taken: "took over as acting president" takes up an office
    office = _coded(resources, "The parliament speaker announced on Friday that she had taken over as caretaker "
                               "head of state in Guinea.")
    assert not any(c == "192" for _, c, _ in office), office
    town = _coded(resources, "Guinean rebels took over the border town of Kindia on Friday.")
    assert any(c == "192" for _, c, _ in town), town

