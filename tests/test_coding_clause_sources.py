"""The second act of a sentence: whose act an infinitive after a verb of causing or a predicate
the parser hung from a noun tells. Hand-built parses test each rule apart from the statistical
parser; whole sentences, of the project's own wording, test the coder."""

from __future__ import annotations

from functools import cache

from coded import coded
from eventwire.coding.decisions import Kind, Role
from eventwire.coding.lexicon import Lexicon, load_lexicon
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
