"""Accusations and criticism told in the passive: a pronoun subject takes its antecedent from an
earlier sentence (eventwire.coding.readings.passive_pronoun). Texts written for these tests."""

from __future__ import annotations

from coded import coded
from eventwire.resources import Resources


def test_passive_pronoun_subject_is_the_target(resources: Resources) -> None:
    text = ("Kenyan President William Ruto met Somalia's president on Sunday. On Friday, he was condemned by Ugandan "
            "and Tanzanian lawmakers for closing the border crossing at Busia.")
    events = coded(resources, text)
    assert any(s is not None and s.startswith("UGA") and c.startswith("11") and (t or "").startswith("KEN")
               for s, c, t in events), events


def test_passive_pronoun_is_not_its_own_critic(resources: Resources) -> None:
    # the antecedent is of the critic's own country: the pronoun gives no target back at the source
    text = ("Kenyan President William Ruto met Somalia's president on Sunday. On Friday, he was condemned by "
            "Kenyan lawmakers.")
    events = coded(resources, text)
    assert ("KENLEG", "111", "KENGOV") not in events, events


def test_passive_pronoun_of_a_subordinate_clause_looks_no_further(resources: Resources) -> None:
    # "they" of a clause inside the sentence may be the refugees just named: no earlier antecedent
    text = ("Kenyan President William Ruto met Somalia's president on Sunday. Kenya urged refugees to go back "
            "to camps where they will be guarded by Ugandan troops.")
    events = coded(resources, text)
    assert not any((s or "").startswith("UGA") and (t or "").startswith("KEN") for s, _, t in events), events



def test_criticism_posted_online_is_criticism(resources: Resources) -> None:
    # data/verbs/conflict.tsv: condemnation or displeasure tweeted or posted is voiced like any other
    rebuke = coded(resources, "Chile's foreign minister posted a sharp rebuke of Bolivia on Friday.")
    assert ("CHLGOV", "111", "BOL") in rebuke, rebuke
    displeasure = coded(resources, "Peru's president tweeted his displeasure with Ecuador after the border closure.")
    assert ("PERGOV", "110", "ECU") in displeasure, displeasure


def test_prosecutors_telling_a_crime_accuse_its_author(resources: Resources) -> None:
    # data/verbs/claims.tsv: what a prosecutor says someone did, when it is a crime, is the charge laid
    text = "Chilean prosecutors said Bolivia's interior ministry bribed customs officers at the border."
    events = coded(resources, text)
    assert ("CHLJUD", "1121", "BOLGOV") in events, events


def test_prosecutors_telling_a_step_of_the_trial_accuse_no_one(resources: Resources) -> None:
    # a step of the proceedings the prosecutor tells is no wrongdoing charged
    text = "Chilean prosecutors said Bolivia's interior ministry approved the transfer of the case files."
    events = coded(resources, text)
    assert not any(c.startswith("112") for _, c, _ in events), events


def test_any_other_speaker_telling_a_crime_accuses_no_one(resources: Resources) -> None:
    # only the prosecution's office makes a told crime its charge
    text = "Chilean farmers said Bolivia's interior ministry bribed customs officers at the border."
    events = coded(resources, text)
    assert not any(c == "1121" and (s or "").startswith("CHL") for s, c, _ in events), events


def test_unnamed_prosecutors_are_of_the_country_the_story_happens_in(resources: Resources) -> None:
    # eventwire.coding.events._foreigners: the law where the story happens charges another state's agents
    text = ("LIMA, Peru — A trial of two smugglers opened on Monday. Prosecutors say Ecuador's navy "
            "smuggled the weapons across the border.")
    events = coded(resources, text)
    assert ("PERJUD", "1121", "ECUMIL") in events, events
