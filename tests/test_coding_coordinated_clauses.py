"""Second events told by a clause that leans on the clause before it for a side, on sentences of the
suite's own wording: a pronoun subject of a coordinated clause whose reporter is named only after
it; an object pronoun of a subjectless coordinated verb; a participle describing a text its
author puts out; a reaction to an act an earlier sentence told, named by its noun alone."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "second"), [
    # "it" is the subject of the clause it is coordinated with, not the radio reporting both
    ("Gabon blamed Equatorial Guinea for a raid on its oil barges off the coast, and it withdrew "
     "its envoy from Malabo, the state radio said.", ("GAB", "161", "GNQGOV")),
    # parsed with the second clause hung from the speech verb: the same reading
    ("Kenya accused Tanzania of harbouring smugglers along the lake shore, and it withdrew its "
     "envoy from Dodoma, the radio said.", ("KEN", "161", "TZAGOV")),
])
def test_pronoun_subject_of_a_coordinated_clause(resources: Resources, text: str,
                                                 second: tuple[str, str, str]) -> None:
    assert second in coded(resources, text)


def test_pronoun_subject_before_a_named_speaker_stays_the_speakers(resources: Resources) -> None:
    # the speaker named first is whom "it" stands for, as before
    events = coded(resources, "Peru said on Friday that it would soon pull its envoy out of Santiago.")
    assert [e[0] for e in events] == ["PER"]


def test_object_pronoun_of_a_subjectless_coordinated_verb(resources: Resources) -> None:
    # "him" is the one the first verb's object names, not the aide who reports the call
    events = coded(resources, "The Chadian leader phoned the Nigerien prime minister late on Monday and "
                              "pressed him to reopen the frontier crossings, an aide said.")
    assert [(s, t) for s, _, t in events] == [("TCDGOV", "NERGOV"), ("TCDGOV", "NERGOV")]


def test_object_pronoun_of_a_clause_with_its_own_subject_is_the_reporter(resources: Resources) -> None:
    events = coded(resources, "The Thai ambassador said Laos had barred him from the prisons.")
    assert events == [("LAO", "172", "THAGOV")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jordan and Oman put out joint statements on Sunday backing Qatar.", ("JOR", "051", "QAT")),
    ("The Indian embassy released a statement late on Tuesday warning Nepalese traders against "
     "smuggling.", ("INDGOV", "130", "NPLBUS")),
])
def test_participle_of_an_issued_text_is_its_authors_act(resources: Resources, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in coded(resources, text)


def test_participle_of_a_text_another_party_wrote_is_not_the_readers(resources: Resources) -> None:
    # a plan rejected is not the rejecter's text: what it calls for is no act of the rejecter
    events = coded(resources, "Somalia turned down a Kenyan draft urging its militias to leave the "
                              "border towns.")
    assert all(code != "0256" for _, code, _ in events)


@pytest.mark.parametrize(("text", "reaction"), [
    ("Ugandan police freed the eleven Kenyan traders on Friday. Nairobi welcomed the release.",
     ("KENGOV", "051", "UGACOP")),
    ("Eritrea said its troops had been fired on first. Djibouti rejected that account on Sunday.",
     ("DJI", "120", "ERI")),
])
def test_reaction_to_an_act_named_again(resources: Resources, text: str, reaction: tuple[str, str, str]) -> None:
    assert coded(resources, text)[-1] == reaction
