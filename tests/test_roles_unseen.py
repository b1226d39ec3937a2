"""Sources and targets of events in news phrasing the coder was not written for, coded end to end
with the built-in dictionaries: names the tagger misreads, targets a preposition deeper, mediators."""

from __future__ import annotations

from datetime import date

import pytest

from coded import each_pair
from eventwire.pipeline import code
from eventwire.resources import Resources

PUBLISHED = date(2024, 3, 5)


def dyads(resources: Resources, text: str, cameo: str) -> set[tuple[str | None, str | None]]:
    """Return (source, target) codes of each pair of parties of the events of this CAMEO prefix."""
    return {(e.source.actor.code if e.source else None, e.target.actor.code if e.target else None)
            for e in each_pair(code(text, published=PUBLISHED, resources=resources)) if e.cameo.startswith(cameo)}


@pytest.mark.parametrize(("text", "cameo", "expected"), [
    # an acronym after a descriptor, tagged as a noun or a verb, is the organization the phrase names
    ("Guinea's junta on Monday turned down a request by the regional bloc ECOWAS to free the detained ministers.",
     "12", {("GINGOVMIL", "IGOECOWAS")}),
    ("Burkina Faso said on Friday it was quitting the regional bloc ECOWAS with immediate effect, "
     "accusing it of serving foreign interests.", "112", {("BFA", "IGOECOWAS")}),
])
def test_roles_unseen_acronym_beside_its_descriptor(resources: Resources, text: str, cameo: str,
                                                   expected: set[tuple[str, str]]) -> None:
    assert dyads(resources, text, cameo) == expected


def test_roles_unseen_target_through_the_objects_preposition(resources: Resources) -> None:
    # "its positions along the border with Laos": the target hangs from the direct object's phrase.
    text = "Vietnam's army said it had reinforced its positions along the border with Laos with extra troops."
    assert dyads(resources, text, "15") == {("VNMMIL", "LAO")}


def test_roles_unseen_mediated_talks_are_between_the_clause_subjects(resources: Resources) -> None:
    text = "Chad's government and the rebel coalition signed a truce in Doha on Sunday after talks mediated by Qatar."
    assert dyads(resources, text, "045") == {("QAT", "TCDGOV"), ("QAT", "TCDREBPTY")}


def test_roles_unseen_host_of_talks_is_no_counterpart_of_co_actors(resources: Resources) -> None:
    text = "Somalia and Ethiopia agreed on Wednesday to end their dispute at talks hosted by Turkey."
    assert dyads(resources, text, "03") == {("SOM", "ETH")}


def test_roles_unseen_owner_named_by_a_participle_stays_the_target(resources: Resources) -> None:
    assert dyads(resources, "Iran seized a tanker owned by Greece.", "17") == {("IRN", "GRC")}


def test_roles_unseen_imported_organization_named_by_role_words(resources: Resources) -> None:
    # "People's Liberation Army" is made of own role words ("people", "army"): the name wins over them.
    text = "The People's Liberation Army began large naval drills near Taiwan on Monday."
    assert {s for s, _t in dyads(resources, text, "15")} == {"CHNMIL"}


@pytest.mark.parametrize(("text", "group"), [
    ("Al-Shabab fighters attacked a police post near Mandera on Monday. "
     "Later the militants launched an assault on a Kenyan army base.", "group.alshabaab"),
    ("The ELN released two soldiers in Arauca. The rebels also freed a police officer on Friday.", "group.eln"),
])
def test_roles_unseen_the_militants_refer_back_to_the_group(resources: Resources, text: str, group: str) -> None:
    events = code(text, published=PUBLISHED, resources=resources)
    assert [e.source.entry for e in events if e.sentence == 1 and e.source] == [group]


@pytest.mark.parametrize(("text", "expected"), [
    # the source's own agents in what it denies are not its target; whom their act was aimed at is
    ("Laos's army has denied that its soldiers fired into Thailand during the clash.", {("LAOMIL", "THA")}),
    ("The Sudanese government denied that its jets had bombed Chad.", {("SDNGOV", "TCD")}),
])
def test_roles_unseen_denial_aimed_at_the_target_of_the_own_act(resources: Resources, text: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert dyads(resources, text, "016") == expected


def test_roles_unseen_co_actors_own_troops_are_no_third_party(resources: Resources) -> None:
    text = ("Kyrgyzstan and Tajikistan clashed last week. "
            "The two governments later agreed to pull troops back from the border.")
    events = code(text, published=PUBLISHED, resources=resources)
    assert {(e.source.actor.code, e.target.actor.code) for e in events if e.sentence == 1 and e.source and e.target} \
        == {("KGZGOV", "TJKGOV")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian warships sailed close to Hokkaido on Monday, in what Tokyo condemned as a provocation.",
     {("JPNGOV", "RUSMIL")}),
    ("China sent fighter jets near the island in what Taipei denounced as an attempt to intimidate voters.",
     {("TWNGOV", "CHN")}),
])
def test_roles_unseen_in_what_x_called_targets_the_main_act(resources: Resources, text: str,
                                                          expected: set[tuple[str, str]]) -> None:
    assert dyads(resources, text, "111") == expected


def test_roles_unseen_a_place_as_a_measure_names_no_actor(resources: Resources) -> None:
    text = "Peru's president ordered the guerrillas to leave the Belgium-sized demilitarized zone."
    found = dyads(resources, text, "16")
    assert {s for s, _t in found} == {"PERGOV"} and not {t for _s, t in found} & {"BEL"}


def test_roles_unseen_body_the_source_speaks_for_is_not_its_target(resources: Resources) -> None:
    # "the bloc" is the EU its leaders speak for: those invited are the target
    assert dyads(resources, "EU leaders meeting in Rome formally invited Croatia and Serbia on Friday to join "
                            "the bloc.", "036") == {("IGOEU", "HRV"), ("IGOEU", "SRB")}
