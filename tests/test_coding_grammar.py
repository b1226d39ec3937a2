"""Grammatical mechanisms that let the verb patterns reach more clauses, on sentences of the
project's own wording: relative clauses whose object is the noun they are about and relatives about a
whole clause; object pronouns of participles and coordinated verbs; possessive pronouns of subjects;
copular frames; answers "in response"; objects described by a participle; "the country"; and
negation, refusal and intent carried through them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coded import coded as _coded
from coded import coded_pairs, keeping_undirected
from eventwire.coding.lexicon import load_lexicon
from eventwire.coding.roles import subject_token
from eventwire.coding.verb_objects import gapped_object
from eventwire.pipeline import code
from eventwire.resources import Resources
from parse_support import parsed

# "the sanctions that Ankara imposed": the relative clause's object is the noun it is about
OBJECT_RELATIVE = """
the the DET DT det 1
sanctions sanction NOUN NNS ROOT 1
that that PRON WDT dobj 4
Ankara Ankara PROPN NNP nsubj 4
imposed impose VERB VBD relcl 1
"""
# "the troops who entered the town": the noun is the clause's subject
SUBJECT_RELATIVE = """
the the DET DT det 1
troops troop NOUN NNS ROOT 1
who who PRON WP nsubj 3
entered enter VERB VBD relcl 1
the the DET DT det 5
town town NOUN NN dobj 3
"""
# "the town where rebels fought": a place, not an object
PLACE_RELATIVE = """
the the DET DT det 1
town town NOUN NN ROOT 1
where where SCONJ WRB advmod 4
rebels rebel NOUN NNS nsubj 4
fought fight VERB VBD relcl 1
"""
# "the arms Chad sent them": an object of its own
OWN_OBJECT = """
the the DET DT det 1
arms arm NOUN NNS ROOT 1
Chad Chad PROPN NNP nsubj 3
sent send VERB VBD relcl 1
them they PRON PRP dobj 3
"""


@pytest.mark.parametrize(("table", "verb", "expected"), [
    (OBJECT_RELATIVE, 4, "sanctions"),
    (SUBJECT_RELATIVE, 3, None),
    (PLACE_RELATIVE, 4, None),
    (OWN_OBJECT, 3, None),
])
def test_match_gapped_object_is_the_noun_the_relative_clause_is_about(table: str, verb: int,
                                                                       expected: str | None) -> None:
    found = gapped_object(parsed(table)[verb])
    assert [t.text for t in found] == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "expected"), [
    # the noun a relative clause is about is its object: the pattern matches it, the target is found
    ("The sanctions that Washington imposed on Tehran last year remain in force.", [("USAGOV", "163", "IRNGOV")]),
    ("The sanctions Washington imposed on Tehran last year remain in force.", [("USAGOV", "163", "IRNGOV")]),
    ("The aid that Japan sent to Nepal arrived on Monday.", [("JPN", "070", "NPL")]),
    # ... and is the target when the clause names no other
    ("Police in Lagos freed the hostages whom Nigerian rebels had kidnapped.",
     [("NGACOP", "0841", "NGACVL"), ("NGAREB", "181", "NGACVL")]),
    # a relative clause about a thing no actor does is no event
    ("The bridge that the storm destroyed was rebuilt.", []),
    # a relative clause about its subject keeps the object it has
    ("Turkish troops who entered Syria last week attacked a Kurdish village.", [("TURMIL", "190", None)]),
])
def test_grammar_object_relative_clause(resources: Resources, text: str,
                                        expected: list[tuple[str, str, str | None]]) -> None:
    resources = keeping_undirected(resources)
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ", which X rejected" about a whole clause: what is rejected is the act of that clause's subject
    ("Kenya accused Uganda of arming the militia last week, which Kampala rejected.",
     [("KEN", "112", "UGA"), ("UGAGOV", "120", "KEN")]),
    # a clause whose subject is no actor gives no target
    ("Reporters wrote that the floods had ruined the harvest, which Ghana denied.", [("GHA", "016", None)]),
])
def test_grammar_relative_about_a_clause_targets_its_author(resources: Resources, text: str,
                                                            expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an object pronoun of a participle or of a verb sharing the subject is the actor the clause it
    # hangs from acts on: its object, or the actor named in its prepositions
    ("Iran fired missiles at Israel on Sunday, accusing it of attacking its embassy.",
     [("IRN", "195", "ISR"), ("IRN", "112", "ISR")]),
    ("Serbia closed its border with Kosovo and accused it of smuggling arms.",
     [("SRB", "191", "XKX"), ("SRB", "112", "XKX")]),
    ("Chad expelled the French ambassador, accusing him of meddling.",
     [("TCD", "161", "FRAGOV"), ("TCD", "1123", "FRAGOV")]),
    # a coordinated verb with a subject of its own does not take the first clause's object: "it" is
    # the act, and a judgement of an act is aimed at its doer
    ("Iran fired missiles at Israel on Sunday, and Syria condemned it.",
     [("IRN", "195", "ISR"), ("SYR", "111", "IRN")]),
])
def test_grammar_object_pronoun_of_a_participle_or_coordinated_verb(
        resources: Resources, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a role whose possessive pronoun refers to the speaker is the speaker's ("its troops": Kenya's)
    ("Kenya said its troops had killed 20 militants in Somalia.", [("KENMIL", "190", "SOM")]),
    ("Egypt said its navy had seized a Turkish ship.", [("EGYMIL", "1711", "TUR")]),
    ("Its troops later attacked the town, Kenya said.", [("KENMIL", "190", "KEN")]),  # a domestic affair
    # an office no dictionary names is its owner's
    ("The International Criminal Court's registrar said her office had opened an inquiry into "
     "reports of killings in Sudan.", [("IGOICC", "090", "SDN")]),
    # a possessive noun, not a pronoun, names the owner itself
    ("Egypt said Turkey's navy had seized a Greek ship.", [("TURMIL", "1711", "GRC")]),
])
def test_grammar_possessive_pronoun_of_a_subject_names_its_owner(
        resources: Resources, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # copular frames: being in talks or at war with a party is consulting or fighting it
    ("The Philippines is in talks with Vietnam over the sea dispute.", [("PHL", "040", "VNM")]),
    ("Chile is in negotiations with Peru on a fishing quota.", [("CHL", "046", "PER")]),
    ("Ethiopia is at war with Eritrea.", [("ETH", "190", "ERI")]),
    # talks or a war that are the subject, or a concern about them, are no act of the subject
    ("The talks with Vietnam are in Manila.", []),
    ("Kenya is worried about the war with Somalia.", []),
])
def test_grammar_copular_frames(resources: Resources, text: str,
                                expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "in response" without saying to what answers the act of the clause before, or of the sentence before
    ("Azerbaijan shelled Armenian positions, and Yerevan said it had mobilized its reserves in response.",
     [("AZE", "194", "ARM"), ("ARMGOV", "154", "AZE")]),
    ("Azerbaijan shelled Armenian positions on Monday. Armenia mobilized its reserves in response.",
     [("AZE", "194", "ARM"), ("ARM", "154", "AZE")]),
    # an answer to the source's own country is aimed at no one
    ("The Greek army shelled the island, and Athens mobilized its reserves in response.",
     [("GRCMIL", "194", "GRC"), ("GRCGOV", "154", "GRC")]),
])
def test_grammar_in_response_answers_the_clause_before(resources: Resources, text: str,
                                                       expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle describing the object says whose it is
    ("Russia shelled villages belonging to Ukraine.", [("RUS", "194", "UKR")]),
    ("Iran seized a tanker bound for Japan.", [("IRN", "1711", "JPN")]),
    # answering with force is that force ("responded with strikes on X")
    ("Hamas fired rockets at Israel, and the Israeli army responded with strikes on Gaza.",
     [("PSEREB", "194", "ISR"), ("ISRMIL", "190", "PSE")]),
    ("Pakistan retaliated with air strikes against Afghanistan.", [("PAK", "190", "AFG")]),
    # answering with words is no force
    ("Kenya responded with a statement on Monday.", []),
])
def test_grammar_objects_described_and_answers_with_force(resources: Resources, text: str,
                                                          expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the country" as a target is the last country the sentence named before it
    ("The African Union suspended Mali after the coup and imposed sanctions on the country.",
     [("IGOAU", "163", "MLI")]),
    # ... never the source's own: with no other party, a pledge made to no one is no dyad
    ("Russia said it would defend the country against any attack.", []),
])
def test_grammar_the_country_is_the_one_named_before(resources: Resources, text: str,
                                                     expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a refusal inside a relative clause is coded as a refusal of what the clause is about
    ("The aid that Japan refused to send to Nepal was stuck in port.", [("JPN", "121", "NPL")]),
    # an announced answer "in response" is an intention, aimed at whoever is answered
    ("Azerbaijan shelled Armenian positions, and Yerevan said it would mobilize its reserves in response.",
     [("AZE", "194", "ARM"), ("ARMGOV", "138", "AZE")]),
])
def test_grammar_refusal_and_intent_carried_through(resources: Resources, text: str,
                                                    expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


def test_grammar_negation_carried_through_a_possessive_owner(resources: Resources) -> None:
    events = code("Kenya said its troops would not attack Somalia.", resources=replace(resources, keep_negated=True))
    assert [(e.source.actor.code if e.source else None, e.cameo, e.negated) for e in events] == [
        ("KENMIL", "190", True)]


@pytest.mark.parametrize(("text", "expected"), [
    # a common noun described by an apposition naming actors stands for them, not for its owner
    ("Mali's neighbours, Niger and Burkina Faso, condemned the sanctions against Mali.",
     [("NER", "111", "MLI"), ("BFA", "111", "MLI")]),
    ("Two of Sudan's neighbours, Chad and Egypt, closed their borders with Sudan.",
     [("TCD", "191", "SDN"), ("EGY", "191", "SDN")]),
    # an apposition naming no actor leaves the noun as it is
    ("Kenya's army, the largest in the region, attacked Somali militants.", [("KENMIL", "190", "SOMREB")]),
])
def test_grammar_apposition_names_the_subject(resources: Resources, text: str,
                                              expected: list[tuple[str, str, str | None]]) -> None:
    assert coded_pairs(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a subject negated by "neither ... nor" negates the act: a refused agreement is a rejection
    # (one act of two parties: one event, Chile among its `also_sources`)
    ("Neither Peru nor Chile signed the treaty with Bolivia.", [("PER", "127", "BOL")]),
    ("Peru and Chile signed the treaty with Bolivia.", [("PER", "057", "BOL")]),
    # a negated subject of another clause leaves this one as told
    ("Neither side would comment, but Peru signed the treaty with Bolivia.", [("PER", "057", "BOL")]),
])
def test_grammar_negated_subject_negates_the_act(resources: Resources, text: str,
                                                 expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


# "the ruler, Ali, vowed to fight, radio reported", with the verb parsed as a participle of the subject
VOWED_AS_PARTICIPLE = """
the the DET DT det 1
ruler ruler NOUN NN nsubj 9
, , PUNCT , punct 1
Ali Ali PROPN NNP appos 1
, , PUNCT , punct 1
{verb} {lemma} VERB VBN acl 1
to to PART TO aux 7
fight fight VERB VB xcomp 5
radio radio NOUN NN nsubj 9
reported report VERB VBD ROOT 9
"""


@pytest.mark.parametrize(("verb", "lemma", "expected"), [
    # a verb of intending with an infinitive has no passive: it is the finite verb of the subject
    ("vowed", "vow", "ruler"),
    ("refused", "refuse", "ruler"),
    # "the ruler, ordered to fight": a passive participle; whoever ordered it is not named
    ("ordered", "order", None),
])
def test_grammar_participle_of_intent_is_the_subjects_verb(verb: str, lemma: str, expected: str | None) -> None:
    doc = parsed(VOWED_AS_PARTICIPLE.format(verb=verb, lemma=lemma))
    found, _how = subject_token(doc[7], load_lexicon())
    assert (found.text if found is not None else None) == expected
