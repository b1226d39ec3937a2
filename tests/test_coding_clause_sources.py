"""The second act of a sentence: whose act an infinitive after a verb of causing or a predicate
the parser hung from a noun tells, and what a second clause of what is said tells. Hand-built
parses test each rule apart from the statistical parser; whole sentences, of the project's own
wording, test the coder."""

from __future__ import annotations

from functools import cache

from coded import coded
from eventwire.coding.decisions import Kind, Role
from eventwire.coding.lexicon import Lexicon, load_lexicon
from eventwire.coding.match import said_clauses
from eventwire.coding.roles import subject_token
from eventwire.resources import Resources
from parse_support import parsed


@cache
def lexicon() -> Lexicon:
    return load_lexicon()


def _subject(table: str, verb: int) -> tuple[str | None, Role]:
    token, how = subject_token(parsed(table)[verb], lexicon())
    return (token.text if token is not None else None), how


def test_predicate_parsed_as_a_participle_of_a_noun_sentence_takes_the_root_noun() -> None:
    # "Senegal, a member of the bloc of states, called for restraint", the verb hung from "states"
    table = """
    Senegal Senegal PROPN NNP ROOT 0
    , , PUNCT , punct 0
    a a DET DT det 3
    member member NOUN NN appos 0
    of of ADP IN prep 3
    states state NOUN NNS pobj 4
    , , PUNCT , punct 5
    called call VERB VBN acl 5
    for for ADP IN prep 7
    restraint restraint NOUN NN pobj 8
    """
    assert _subject(table, 7) == ("Senegal", Role(kind=Kind.MODIFIED_NOUN))


def test_participle_of_a_noun_in_a_sentence_with_a_verb_keeps_no_subject() -> None:
    # the root is a verb: "states, called the G15," is a participle of "states"
    table = """
    Senegal Senegal PROPN NNP nsubj 1
    joined join VERB VBD ROOT 1
    a a DET DT det 3
    bloc bloc NOUN NN dobj 1
    of of ADP IN prep 3
    states state NOUN NNS pobj 4
    , , PUNCT , punct 5
    called call VERB VBN acl 5
    """
    assert _subject(table, 7) == (None, Role(kind=Kind.NO_SUBJECT))


def test_verb_of_words_parsed_as_a_participle_of_the_root_noun_takes_that_noun() -> None:
    # "The Swedish envoy called on Friday for an inquiry.", the verb hung from "envoy" as a participle
    table = """
    The the DET DT det 2
    Swedish swedish ADJ JJ amod 2
    envoy envoy NOUN NN ROOT 2
    called call VERB VBN acl 2
    on on ADP IN prep 3
    Friday Friday PROPN NNP pobj 4
    for for ADP IN prep 3
    an an DET DT det 8
    inquiry inquiry NOUN NN pobj 6
    . . PUNCT . punct 2
    """
    assert _subject(table, 3) == ("envoy", Role(kind=Kind.MODIFIED_NOUN))


def test_deed_parsed_as_a_participle_of_the_root_noun_keeps_no_subject() -> None:
    # "The ten soldiers killed in the ambush.": a caption names those a deed was done to
    table = """
    The the DET DT det 2
    ten ten NUM CD nummod 2
    soldiers soldier NOUN NNS ROOT 2
    killed kill VERB VBN acl 2
    in in ADP IN prep 3
    the the DET DT det 6
    ambush ambush NOUN NN pobj 4
    . . PUNCT . punct 2
    """
    assert _subject(table, 3) == (None, Role(kind=Kind.NO_SUBJECT))


def test_participle_of_the_subject_coordinated_with_one_taking_an_object_is_finite() -> None:
    # "A Chilean cutter chased and seized a trawler, the navy said.", "chased" hung from "cutter"
    table = """
    A a DET DT det 2
    Chilean chilean ADJ JJ amod 2
    cutter cutter NOUN NN nsubj 11
    chased chase VERB VBN acl 2
    and and CCONJ CC cc 3
    seized seize VERB VBD conj 3
    a a DET DT det 7
    trawler trawler NOUN NN dobj 5
    , , PUNCT , punct 2
    the the DET DT det 10
    navy navy NOUN NN appos 2
    said say VERB VBD ROOT 11
    . . PUNCT . punct 11
    """
    assert _subject(table, 3) == ("cutter", Role(kind=Kind.MODIFIED_NOUN))
    assert _subject(table, 5) == ("cutter", Role(kind=Kind.MODIFIED_NOUN))


def test_coding_verb_of_words_parsed_as_a_participle_takes_its_noun(resources: Resources) -> None:
    assert coded(resources, "The Kenyan foreign minister called on Monday for the release of two aid workers "
                            "held by Somali militants.") == [("KENGOV", "0253", "SOMNGOREB")]


def test_infinitive_hung_from_the_object_of_a_verb_of_causing_is_the_objects_act() -> None:
    # "prompting the bloc to threaten sanctions", the infinitive parsed as a clause of "bloc"
    table = """
    Gunmen gunman NOUN NNS nsubj 1
    stormed storm VERB VBD ROOT 1
    parliament parliament NOUN NN dobj 1
    , , PUNCT , punct 1
    prompting prompt VERB VBG advcl 1
    the the DET DT det 6
    bloc bloc NOUN NN dobj 4
    to to PART TO aux 8
    threaten threaten VERB VB advcl 6
    sanctions sanction NOUN NNS dobj 8
    """
    assert _subject(table, 8) == ("bloc", Role(kind=Kind.CONTROLLER_OBJECT, via="prompting"))


def test_coding_verb_of_causing_passes_its_object_to_the_act(resources: Resources) -> None:
    text = "The shelling of the border town led Ghana to recall its ambassador from Togo."
    assert any(s and s.startswith("GHA") and cameo == "161" and t and t.startswith("TGO")
               for s, cameo, t in coded(resources, text))


def test_coding_second_clause_of_what_is_said(resources: Resources) -> None:
    text = "Ghana said on Monday that the border would stay open and that the Togolese move was unacceptable."
    assert any(s and s.startswith("GHA") and cameo == "111" and t and t.startswith("TGO")
               for s, cameo, t in coded(resources, text))


def test_coding_coordinated_verbs_in_what_is_said_stay_acts_of_their_own(resources: Resources) -> None:
    text = "Peru's foreign ministry said on Friday that Lima backed Quito's stance and blamed Chile for the dispute."
    found = {(s[:3] if s else None, cameo, t[:3] if t else None) for s, cameo, t in coded(resources, text)}
    assert ("PER", "051", "ECU") in found and ("PER", "112", "CHL") in found


def test_coding_coordinated_clause_of_what_is_said_lends_no_target_to_the_first(resources: Resources) -> None:
    # "must" is said of the fees, aimed at no one; Togo is the subject of another clause
    text = "Ghana said the fees must fall, and that Togo would not change its stance on the border."
    assert not [cameo for _s, cameo, _t in coded(resources, text) if cameo.startswith("10")]


SAID_TWO = """
Ghana Ghana PROPN NNP nsubj 1
said say VERB VBD ROOT 1
that that SCONJ IN mark 5
roads road NOUN NNS nsubj 5
would would AUX MD aux 5
close close VERB VB ccomp 1
and and CCONJ CC cc 5
that that SCONJ IN mark 9
move move NOUN NN nsubj 9
was be AUX VBD conj 5
unacceptable unacceptable ADJ JJ acomp 9
"""


def test_said_clauses_take_a_coordinated_clause_only_when_it_holds_the_words() -> None:
    doc = parsed(SAID_TWO)
    assert [c.text for c in said_clauses(doc[1], frozenset({"unacceptable"}))] == ["close", "was"]
    assert [c.text for c in said_clauses(doc[1], frozenset({"must"}))] == ["close"]
    # a coordinated verb without a subject of its own shares the clause: no second clause
    shared = parsed(SAID_TWO.replace("move move NOUN NN nsubj 9", "move move NOUN NN dobj 9"))
    assert [c.text for c in said_clauses(shared[1], frozenset({"unacceptable"}))] == ["close"]


# "Ghana's minister wrote to his colleague, Kofi Mensah, asking him to act", the name before the
# participle parsed as its subject
_PARTICIPLE_AFTER_A_NAME = """
Ghana Ghana PROPN NNP poss 2
's 's PART POS case 0
minister minister NOUN NN nsubj 3
wrote write VERB VBD ROOT 3
to to ADP IN prep 3
his his PRON PRP$ poss 6
colleague colleague NOUN NN pobj 4
, , PUNCT , punct 3
Kofi Kofi PROPN NNP compound 9
Mensah Mensah PROPN NNP nsubj 11
, , PUNCT , punct 11
asking ask VERB VBG advcl 3
him he PRON PRP dobj 11
to to PART TO aux 14
act act VERB VB xcomp 11
"""


def test_participle_after_a_name_shares_the_clause_subject() -> None:
    assert _subject(_PARTICIPLE_AFTER_A_NAME, 11) == ("minister", Role(kind=Kind.SUBJECT_OF, via="wrote"))


def test_absolute_phrase_with_a_pronoun_keeps_its_subject() -> None:
    # "..., they saying ...": a pronoun before the participle is its own subject
    table = _PARTICIPLE_AFTER_A_NAME.replace("Mensah Mensah PROPN NNP nsubj 11", "they they PRON PRP nsubj 11")
    assert _subject(table, 11) == ("they", Role(kind=Kind.SUBJECT))


def test_coding_pronoun_of_a_second_clause_refers_back_not_to_a_later_speaker(resources: Resources) -> None:
    # "it" refers to Sweden, the subject of the clause before it, not to the radio named at the end;
    # a speaker named before the pronoun is still the one it refers to.
    events = coded(resources, "Sweden accused Norway on Monday of letting smugglers cross the frontier, "
                              "and it then withdrew its ambassador from Oslo, the radio said.")
    assert ("SWE", "161", "NORGOV") in events
    events = coded(resources, "Norway said Sweden had closed the border and it would retaliate.")
    assert next(e for e in events if e[1].startswith("138"))[0] == "NOR"


def test_infinitive_on_a_predicate_noun_is_the_copula_subjects_act(resources: Resources) -> None:
    # "X was the first country to do Y": the infinitive on the predicate noun is X's act
    assert coded(resources, "Russia was the only country to veto the resolution against Syria.") == [
        ("RUS", "129", "SYR")]
    assert coded(resources, "Norway became the first donor to resume aid to Malawi.") == [
        ("NOR", "070", "MWI")]


SAID_THEN_URGED = """
Ghana Ghana PROPN NNP nsubj 1
said say VERB VBD ROOT 1
rains rain NOUN NNS nsubj 3
ruined ruin VERB VBD ccomp 1
crops crop NOUN NNS dobj 3
and and CCONJ CC cc 3
urged urge VERB VBD conj 3
Togo Togo PROPN NNP dobj 6
to to PART TO aux 9
help help VERB VB xcomp 6
"""


def test_appeal_joined_to_the_said_clause_takes_the_speaker_when_the_clause_names_no_actor(
        resources: Resources) -> None:
    # the parser joined "urged" to "ruined"; rains urge no one: the speaker does
    from eventwire.coding.roles import _speaker_of_said_conjunct
    doc = parsed(SAID_THEN_URGED)
    found = _speaker_of_said_conjunct(doc[6], doc[2], lexicon())
    assert found is not None and found[0].text == "Ghana"
    assert _speaker_of_said_conjunct(doc[3], doc[2], lexicon()) is None


def test_coding_appeal_joined_to_what_is_said_is_the_speakers(resources: Resources) -> None:
    text = ("Ecuador's fisheries minister said the storms had cost fishermen dearly and asked Peru to open"
            " its ports to the fleet.")
    assert any(s and s.startswith("ECU") and cameo.startswith("02") and t and t.startswith("PER")
               for s, cameo, t in coded(resources, text))


def test_past_participle_with_a_by_agent_takes_the_agent_over_a_subject_the_parser_gave_it() -> None:
    # "..., the Literacy Review, published in May by UNESCO": the parser made the review the
    # participle's subject; the "by" phrase names who published it
    table = """
    The the DET DT det 2
    Literacy Literacy PROPN NNP compound 2
    Review Review PROPN NNP nsubj 3
    published publish VERB VBN ROOT 3
    in in ADP IN prep 3
    May May PROPN NNP pobj 4
    by by ADP IN agent 3
    UNESCO UNESCO PROPN NNP pobj 6
    """
    assert _subject(table, 3) == ("UNESCO", Role(kind=Kind.PASSIVE_AGENT))
