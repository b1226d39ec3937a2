"""Sources and targets found on hand-built parses (eventwire.coding.roles, eventwire.coding.targets):
each rule apart from the statistical parser."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pytest
from spacy.tokens import Doc, Token

from eventwire.actors.dictionary import EntryKind
from eventwire.coding.decisions import Kind, Role, describe
from eventwire.coding.lexicon import Lexicon, load_lexicon
from eventwire.coding.match import Predicate
from eventwire.coding.patterns import Step, VerbPattern
from eventwire.coding.roles import find_source, subject_token
from eventwire.coding.sides import Side
from eventwire.coding.targets import find_target
from eventwire.model import Actor, Mention
from eventwire.ontology import load_codebook
from eventwire.ontology.conventions import Conventions, load_conventions
from parse_support import parsed

# Words the test dictionary knows: code, country, kind.
ACTORS = {
    "Iran": ("IRN", "IRN", EntryKind.COUNTRY), "France": ("FRA", "FRA", EntryKind.COUNTRY),
    "Chad": ("TCD", "TCD", EntryKind.COUNTRY), "Peru": ("PER", "PER", EntryKind.COUNTRY),
    "Lima": ("PER", "PER", EntryKind.CAPITAL), "police": ("COP", None, EntryKind.ROLE),
    "students": ("EDU", None, EntryKind.ROLE), "troops": ("PERMIL", "PER", EntryKind.ROLE),
}


@cache
def lexicon() -> Lexicon:
    return load_lexicon()


@cache
def conventions() -> Conventions:
    return load_conventions(load_codebook())


def resolve(token: Token) -> list[Mention]:
    found = ACTORS.get(token.text)
    if found is None:
        return []
    code, country, kind = found
    return [Mention(actor=Actor(code=code, country=country), text=token.text, start=token.idx,
                    end=token.idx + len(token.text), entry=token.text, kind=kind)]


def no_antecedent(_token: Token) -> Side | None:
    return None


def predicate(doc: Doc, verbs: tuple[int, ...], cameo: str = "010", target: tuple[str, ...] = (),
              obj: int | None = None) -> Predicate:
    pattern = VerbPattern(id="test", cameo=cameo, chain=tuple(Step(lemmas=frozenset({doc[i].lemma_})) for i in verbs),
                          target=target)
    return Predicate(pattern=pattern, tokens=tuple(doc[i] for i in verbs), obj=doc[obj] if obj is not None else None)


ATTACKED = """
Iran Iran PROPN NNP nsubj 1
attacked attack VERB VBD ROOT 1
Chad Chad PROPN NNP dobj 1
"""
AND_ATTACKED = """
Iran Iran PROPN NNP nsubj 1
met meet VERB VBD ROOT 1
and and CCONJ CC cc 1
attacked attack VERB VBD conj 1
Chad Chad PROPN NNP dobj 3
"""
BY_AGENT = """
Chad Chad PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
attacked attack VERB VBN ROOT 2
by by ADP IN agent 2
Iran Iran PROPN NNP pobj 3
"""
NO_AGENT = """
students student NOUN NNS nsubjpass 2
were be AUX VBD auxpass 2
arrested arrest VERB VBN ROOT 2
"""
TO_AS_AGENT = """
students student NOUN NNS nsubjpass 2
were be AUX VBD auxpass 2
arrested arrest VERB VBN ROOT 2
to to ADP IN agent 2
Iran Iran PROPN NNP pobj 3
"""
URGED = """
France France PROPN NNP nsubj 1
urged urge VERB VBD ROOT 1
Iran Iran PROPN NNP dobj 1
to to PART TO aux 4
withdraw withdraw VERB VB xcomp 1
"""
FORCED = """
Iran Iran PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
forced force VERB VBN ROOT 2
to to PART TO aux 4
withdraw withdraw VERB VB xcomp 2
"""
ENGAGED = """
troops troop NOUN NNS nsubjpass 2
were be AUX VBD auxpass 2
engaged engage VERB VBN ROOT 2
in in ADP IN prep 2
fighting fighting NOUN NN pobj 3
"""
AFTER_SEVERING = """
Iran Iran PROPN NNP nsubj 1
recognized recognize VERB VBD ROOT 1
Chad Chad PROPN NNP dobj 1
after after ADP IN prep 1
severing sever VERB VBG pcomp 3
ties tie NOUN NNS dobj 4
"""
RELATIVE = """
police police NOUN NNS ROOT 0
arresting arrest VERB VBG relcl 0
students student NOUN NNS dobj 1
"""
IMPERATIVE = """
withdraw withdraw VERB VB ROOT 0
now now ADV RB advmod 0
"""


@pytest.mark.parametrize(("table", "verb", "subject", "role"), [
    (ATTACKED, 1, "Iran", Role(kind=Kind.SUBJECT)),
    (AND_ATTACKED, 3, "Iran", Role(kind=Kind.SUBJECT_OF, via="met")),
    (BY_AGENT, 2, "Iran", Role(kind=Kind.PASSIVE_AGENT)),
    (NO_AGENT, 2, None, Role(kind=Kind.PASSIVE_WITHOUT_AGENT)),
    # the parser may label a "to" phrase as an agent; only a "by" phrase names the doer
    (TO_AS_AGENT, 2, None, Role(kind=Kind.PASSIVE_WITHOUT_AGENT)),
    (URGED, 4, "Iran", Role(kind=Kind.CONTROLLER_OBJECT, via="urged")),
    (FORCED, 4, "Iran", Role(kind=Kind.PASSIVE_SUBJECT_OF, via="forced")),
    (ENGAGED, 2, "troops", Role(kind=Kind.PASSIVE_SUBJECT_OF, via="engaged")),
    (AFTER_SEVERING, 4, "Iran", Role(kind=Kind.SUBJECT_OF, via="recognized")),
    (RELATIVE, 1, "police", Role(kind=Kind.RELATIVE_CLAUSE)),
    (IMPERATIVE, 0, None, Role(kind=Kind.NO_SUBJECT)),
])
def test_roles_subject_rules(table: str, verb: int, subject: str | None, role: Role) -> None:
    token, how = subject_token(parsed(table)[verb], lexicon())
    assert (token.text if token is not None else None, how) == (subject, role)


def test_roles_relative_clause_with_its_own_passive_subject_is_a_passive_without_agent() -> None:
    doc = parsed("""
    police police NOUN NNS ROOT 0
    that that PRON WDT nsubjpass 3
    were be AUX VBD auxpass 3
    attacked attack VERB VBN relcl 0
    """)
    assert subject_token(doc[3], lexicon()) == (None, Role(kind=Kind.PASSIVE_WITHOUT_AGENT))


def test_roles_object_control_is_lexicon_data() -> None:
    doc = parsed(URGED)
    without = load_lexicon()
    changed = replace(without, object_control=frozenset({"persuade"}))
    found = subject_token(doc[4], without)[0]
    assert found is not None and found.i == 2
    found = subject_token(doc[4], changed)  # "withdraw" then shares the subject of "urged"
    assert found[0] is not None and (found[0].text, found[1]) == ("France", Role(kind=Kind.SUBJECT_OF, via="urged"))


def test_roles_pronoun_in_speech_complement_is_the_speaker() -> None:
    doc = parsed("""
    France France PROPN NNP nsubj 1
    said say VERB VBD ROOT 1
    it it PRON PRP nsubj 4
    will will AUX MD aux 4
    withdraw withdraw VERB VB ccomp 1
    """)
    side = find_source(predicate(doc, (4,)), resolve, no_antecedent, lexicon())
    assert [m.actor.code for m in side.mentions] == ["FRA"]
    assert side.how == Role(kind=Kind.PRONOUN_SPEAKER, pronoun="it", inner=Role(kind=Kind.SUBJECT))
    assert describe(side.how) == "pronoun 'it' → speaker (subject)"


QUOTED_WE = """
" " PUNCT `` punct 6
We we PRON PRP nsubj 2
withdrew withdraw VERB VBD ccomp 6
, , PUNCT , punct 6
" " PUNCT '' punct 6
France France PROPN NNP nsubj 6
said say VERB VBD ROOT 6
"""


def test_roles_first_person_pronoun_opening_a_quotation_is_the_speaker() -> None:
    doc = parsed(QUOTED_WE)
    side = find_source(predicate(doc, (2,)), resolve, no_antecedent, lexicon())
    assert [m.actor.code for m in side.mentions] == ["FRA"]
    # a quotation opened by a pronoun the lexicon does not count as the first person tells of others
    others = replace(lexicon(), first_person_pronoun=frozenset({"i"}))
    side = find_source(predicate(doc, (2,)), resolve, no_antecedent, others)
    assert side.mentions == () and side.how.kind == Kind.PRONOUN_UNRESOLVED


def test_roles_pronoun_without_antecedent_names_the_pronoun() -> None:
    doc = parsed("""
    He he PRON PRP nsubj 1
    attacked attack VERB VBD ROOT 1
    Chad Chad PROPN NNP dobj 1
    """)
    side = find_source(predicate(doc, (1,)), resolve, no_antecedent, lexicon())
    assert side.mentions == () and describe(side.how) == "pronoun 'He' without antecedent"


def _target(table: str, verbs: tuple[int, ...], cameo: str = "190", target: tuple[str, ...] = (),
            obj: int | None = None) -> Side:
    doc = parsed(table)
    found = predicate(doc, verbs, cameo, target, obj)
    source = find_source(found, resolve, no_antecedent, lexicon())
    return find_target(found, resolve, source, lexicon(), conventions())


TO_CHAD = """
Iran Iran PROPN NNP nsubj 1
sent send VERB VBD ROOT 1
aid aid NOUN NN dobj 1
to to ADP IN prep 1
Chad Chad PROPN NNP pobj 3
"""
IN_LIMA = """
Iran Iran PROPN NNP nsubj 1
protested protest VERB VBD ROOT 1
in in ADP IN prep 1
Lima Lima PROPN NNP pobj 2
"""
IN_PERU = IN_LIMA.replace("Lima Lima", "Peru Peru")
TALKS_ON = """
Iran Iran PROPN NNP nsubj 3
and and CCONJ CC cc 0
Chad Chad PROPN NNP conj 0
held hold VERB VBD ROOT 3
talks talk NOUN NNS dobj 3
on on ADP IN prep 4
Peru Peru PROPN NNP pobj 5
"""
KILLINGS_BY = """
Peru Peru PROPN NNP nsubj 1
apologized apologize VERB VBD ROOT 1
for for ADP IN prep 1
killings killing NOUN NNS pobj 2
by by ADP IN prep 3
troops troop NOUN NNS pobj 4
"""
URGED_CHAD = """
France France PROPN NNP nsubj 1
urged urge VERB VBD ROOT 1
Chad Chad PROPN NNP dobj 1
to to PART TO aux 4
attack attack VERB VB xcomp 1
Iran Iran PROPN NNP dobj 4
"""
THREAT = """
Iran Iran PROPN NNP nsubj 1
threatened threaten VERB VBD ROOT 1
to to PART TO aux 3
strike strike VERB VB xcomp 1
unless unless SCONJ IN mark 6
Chad Chad PROPN NNP nsubj 6
withdrew withdraw VERB VBD advcl 1
from from ADP IN prep 6
Peru Peru PROPN NNP pobj 7
"""
ARRESTED = """
police police NOUN NNS nsubj 1
arrested arrest VERB VBD ROOT 1
students student NOUN NNS dobj 1
outside outside ADP IN prep 1
France France PROPN NNP pobj 3
"""
DEFIANCE = """
students student NOUN NNS nsubj 1
marched march VERB VBD ROOT 1
in in ADP IN prep 1
defiance defiance NOUN NN pobj 2
of of ADP IN prep 3
Iran Iran PROPN NNP pobj 4
"""


@pytest.mark.parametrize(("table", "verbs", "cameo", "slots", "obj", "codes", "how"), [
    (ATTACKED, (1,), "190", (), None, ["TCD"], "dobj"),
    (TO_CHAD, (1,), "070", (), None, ["TCD"], "prep 'to'"),
    (TO_CHAD, (1,), "070", ("prep:with",), None, [], "no target found"),
    (TO_CHAD, (1,), "070", ("none",), None, [], "pattern has no target"),
    (IN_LIMA, (1,), "141", (), None, [], "no target found"),  # a capital after "in" is where, not whom
    (IN_PERU, (1,), "141", (), None, ["PER"], "prep 'in'"),
    (IN_LIMA, (1,), "141", ("prep:in",), None, ["PER"], "prep 'in'"),  # unless the pattern asks for it
    (TALKS_ON, (3,), "043", (), 4, [], "no target found"),  # co-actors' topic is not their counterpart
    (TALKS_ON, (3,), "190", (), None, ["PER"], "prep 'on'"),
    (KILLINGS_BY, (1,), "055", (), None, [], "no target found"),  # the source's own deed
    (KILLINGS_BY.replace("Peru Peru", "Iran Iran"), (1,), "055", (), None, ["PERMIL"], "prep 'by' of 'killings'"),
    (URGED_CHAD, (1, 4), "1041", (), None, ["TCD"], "object of the request"),
    (THREAT, (1, 3), "138", (), None, ["TCD"], "subject of the condition"),
    (THREAT, (1, 3), "190", (), None, [], "no target found"),  # only threats look into conditions
    (ARRESTED, (1,), "173", (), None, ["EDU"], "dobj"),  # whom force is used on, placed later
    (ARRESTED, (1,), "042", (), None, ["FRA"], "prep 'outside'"),
    (DEFIANCE, (1,), "141", (), None, ["IRN"], "prep 'of' of 'defiance'"),
])
def test_targets_search_order(table: str, verbs: tuple[int, ...], cameo: str, slots: tuple[str, ...],
                              obj: int | None, codes: list[str], how: str) -> None:
    side = _target(table, verbs, cameo, slots, obj)
    assert ([m.actor.code for m in side.mentions], describe(side.how)) == (codes, how)
