"""Acts told as not done: left out of the output by default (as ICEWS and PETRARCH leave them out),
kept flagged `negated` on request, and shown by `explain` as drops naming the event."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coded import PUBLISHED
from coded import coded as _coded
from eventwire.cli.options import Parser, add_resource_options, resource_settings
from eventwire.coding.decisions import Stage
from eventwire.explain import explain
from eventwire.parallel import Settings
from eventwire.pipeline import code
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "kept"), [
    ("Ugandan troops did not shell the Congolese border villages on Friday.", [("UGAMIL", "194", "CODCVL")]),
    ("Burundi never attacked Rwanda, its defence minister said.", [("BDI", "190", "RWA")]),
    ("Tanzania will not deport the Kenyan activists, its interior minister said.", [("TZA", "174", "KENCVL")]),
    ("Zambia's president said his police had not arrested any Malawian traders.", [("ZMBCOP", "173", "MWIBUS")]),
    # the talks happened, the agreement did not
    ("Chad and Niger held talks in Niamey on Monday but did not agree on a joint patrol plan.",
     [("TCD", "040", "NER"), ("TCD", "030", "NER")]),
])
def test_negated_acts_are_left_out_unless_kept(resources: Resources, text: str,
                                               kept: list[tuple[str, str, str]]) -> None:
    keeping = replace(resources, keep_negated=True)
    events = code(text, published=PUBLISHED, resources=keeping)
    assert [(e.source.actor.code if e.source else None, e.cameo, e.target.actor.code if e.target else None)
            for e in events] == kept
    told = [e for e in events if not e.negated]
    assert _coded(resources, text) == [(e.source.actor.code if e.source else None, e.cameo,
                                         e.target.actor.code if e.target else None) for e in told]
    assert len(told) < len(events)


@pytest.mark.parametrize(("text", "expected"), [
    # the same act told as done stays
    ("Ugandan troops shelled the Congolese border villages on Friday.", [("UGAMIL", "194", "CODCVL")]),
    # a cooperative act not done is a refusal (CAMEO 12), an event of its own
    ("Peru did not sign the fishing accord with Chile.", [("PER", "127", "CHL")]),
])
def test_negated_told_acts_and_refusals_stay(resources: Resources, text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "negated"), [
    # told in the past perfect or as not yet done, an act not done is a state of things so far, no refusal
    ("Honduran and Nicaraguan envoys had not held talks on the river boundary before the summit, diplomats said.",
     [("HND", "040", "NICGOV")]),
    ("Ghana has not yet cooperated with the Togolese border police, an official said.",
     [("GHA", "063", "TGOCOP")]),
    # in the perfect over a span running up to now, it tells how long the act has been missing
    ("The Malawian and Zambian foreign ministers have not met since 2016, a diplomat said.",
     [("MWIGOV", "040", "ZMBGOV")]),
    ("Gabon's president has not visited Equatorial Guinea for over a year, his office said.",
     [("GABGOV", "042", "GNQ")]),
])
def test_negated_acts_so_far_are_no_refusals(resources: Resources, text: str,
                                             negated: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == []
    events = code(text, published=PUBLISHED, resources=replace(resources, keep_negated=True))
    assert [(e.source.actor.code if e.source else None, e.cameo, e.target.actor.code if e.target else None)
            for e in events] == negated
    assert all(e.negated for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    # a refusal told in the future, or a standing policy in the present perfect, stays
    ("The Ecuadorean government will not negotiate with the smugglers, the minister told reporters.",
     [("ECUGOV", "125", "ECUCRM")]),
    ("Ghana has not cooperated with the Togolese border police this year, an official said.",
     [("GHA", "121", "TGOCOP")]),
])
def test_refusals_as_policies_stay(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a charge or a judgment said not to be so is none
    ("The Kenyan foreign minister said on Monday that he did not blame Uganda for the clashes near the lake.", []),
    ("Peru said Chile was not responsible for the oil spill off Arica.", []),
    # said to be so, it is one
    ("Peru said Chile was responsible for the oil spill off Arica.", [("PER", "112", "CHL")]),
])
def test_negated_said_clause_tells_no_charge(resources: Resources, text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an infinitive coordinated with another under a verb of intent or refusal is promised or refused too:
    # no meeting held, no consul expelled
    ("Ghana and Togo agreed on Friday to set up a border commission and to meet again in Accra next month.",
     [("GHA", "032", "TGO"), ("GHA", "036", "TGO")]),
    ("Bolivia refused on Monday to cut its gas exports and to expel the Chilean consul from La Paz.", []),
])
def test_negated_coordinated_infinitives_share_the_verb_above(resources: Resources, text: str,
                                                             expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


def test_negated_act_is_explained_as_a_drop_naming_the_event(resources: Resources) -> None:
    runs = explain("Burundi never attacked Rwanda, its defence minister said.", published=PUBLISHED,
                   resources=resources)
    assert not [e for run in runs for e in run.events]
    drops = [d for run in runs for d in run.drops if d.stage == Stage.NEGATED]
    assert [(d.span.text, d.rule) for d in drops] == [("attacked", "fight.attack")]
    assert drops[0].reason.startswith("BDI 190 RWA: told as not done") and "--keep-negated" in drops[0].reason


def test_negated_drop_leaves_the_rest_of_the_article(resources: Resources) -> None:
    text = ("Ugandan troops shelled rebel camps in eastern Congo on Monday. "
            "Burundi never attacked Rwanda, its defence minister said. "
            "Rwanda accused Burundi of harbouring rebels.")
    coded = _coded(resources, text)
    assert ("BDI", "190", "RWA") not in coded
    assert coded[0][1] == "194" and ("RWA", "112", "BDI") in coded


def test_keep_negated_option_reaches_the_settings_and_their_digest() -> None:
    parser = Parser(prog="eventwire test")
    add_resource_options(parser)
    assert not resource_settings(parser.parse_args([])).keep_negated
    chosen = resource_settings(parser.parse_args(["--keep-negated"]))
    assert chosen.keep_negated and chosen.digest() != Settings().digest()
    assert not Settings().keep_negated
