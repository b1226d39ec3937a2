"""Which words of a clause a matched predicate takes in, and which stand apart as acts of their own.

A predicate takes in its content clauses ("accused Togo of arming the rebels"): no verb inside them
is coded again. What stands apart is another actor's act told beside it: in a participle or purpose
clause telling the same event, a relative or adverbial clause with a subject of its own ("citing a
report, a step Tbilisi denounced"); in any clause, the judgement a relative clause passes on a noun
set off by a comma that sums up the act ("accused Togo of planning the raid that killed six, a charge
Lome rejected"): the noun stands for the whole act, so its judge reacts to the act, not within it;
and, in any clause, a participle with its own agent saying who brokered the deal or talks the act
is done under ("agreed to hand back power under a deal brokered by Ghana"): the broker's mediation.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.coding.lexicon import Lexicon
from eventwire.parse_labels import PREDICATE_POS, RELATIVE_TAGS, SUBJECT_DEPS


def opens_question(clause: Token, lexicon: Lexicon) -> bool:
    """Tell whether a clause opens with "if" or "whether" (`Lexicon.hypothetical_mark`): a question
    or a condition ("asked Uganda whether it had freed the traders"), never an act asked for."""
    return any(c.dep_ == "mark" and (c.lower_ in lexicon.condition_mark or c.lower_ in lexicon.question_mark)
               for c in clause.children)


def is_condition(clause: Token, lexicon: Lexicon) -> bool:
    """Tell whether a clause is a condition ("if ...", "unless ...") of the verb it hangs from."""
    return clause.dep_ == "advcl" and any(m.lower_ in lexicon.condition_mark for m in clause.children
                                          if m.dep_ == "mark")


def taken_in(clause: Token, lexicon: Lexicon) -> list[Token]:
    """Return the words of a clause a predicate takes in: all of it but the clauses that stand
    apart (see the module's docstring). What is said or asked inside it ("demanding that X
    resign") stays in, as do conditions."""
    apart = {t.i for v in clause.subtree if v is not clause and _apart(v, clause, lexicon) for t in v.subtree}
    return [t for t in clause.subtree if t.i not in apart]


def _apart(verb: Token, clause: Token, lexicon: Lexicon) -> bool:
    if summary_judgement(verb, lexicon) or brokering(verb, lexicon):
        return True
    if clause.dep_ != "advcl" or is_condition(clause, lexicon):
        return False
    return verb.dep_ in {"relcl", "advcl"} and not is_condition(verb, lexicon) and own_subject(verb)


def brokering(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb is a participle on a noun saying, through its "by" agent, who brokered
    it (lexicon `mediating_verb`: "a deal brokered by Ghana", "talks mediated by Oman")."""
    return (verb.dep_ == "acl" and verb.lemma_.lower() in lexicon.mediating_verb
            and any(c.dep_ == "agent" for c in verb.children))


def summary_judgement(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb is a relative clause with a subject of its own on a noun of an act or a
    claim (lexicon `act_noun`, `claim_noun`) set off by a comma: ", a charge Lome rejected"."""
    noun = verb.head
    summing = lexicon.act_noun | lexicon.claim_noun
    if verb.dep_ != "relcl" or not own_subject(verb) or noun.lemma_.lower() not in summing:
        return False
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == ","


def binds_no_party(clause: Token, words: frozenset[str], lexicon: Lexicon) -> bool:
    """Tell whether a clause telling what must or should be done (a modal auxiliary among `words`:
    "said Lima must withdraw") names no party bound to do it, so that nothing is demanded of or
    urged on another actor: a passive with no agent ("clinics must be spared": who
    must act is left unsaid), the speaker's own side ("we must work together": a resolve, not a
    demand), or no one in particular (lexicon `unbound_word`: "nobody should have to die", "no
    country should ..."). A passive told to a hearer ("told Lima the men should be freed") asks
    it of the hearer."""
    if not any(c.dep_ == "aux" and (c.lemma_.lower() in words or c.lower_ in words) for c in clause.children):
        return False
    deps = {c.dep_ for c in clause.children}
    hearer = any(c.dep_ in {"dobj", "dative"} for c in clause.head.children) and clause.head.i != clause.i
    if deps & {"nsubjpass", "auxpass"} and "agent" not in deps and not hearer:
        return True
    subjects = [s for s in clause.children if s.dep_ == "nsubj"]
    return any(_speaker_side(s, lexicon) or s.lower_ in lexicon.unbound_word
               or any(d.dep_ == "det" and d.lower_ in lexicon.unbound_word for d in s.children) for s in subjects)


def _speaker_side(subject: Token, lexicon: Lexicon) -> bool:
    """Tell whether a subject is a first-person pronoun ("we", "I"), not a country written in
    capitals that reads as one ("the US must ...")."""
    written = subject.text == "I" or not subject.text.isupper()
    return subject.tag_ == "PRP" and subject.lower_ in lexicon.first_person_pronoun and written


def own_subject(verb: Token) -> bool:
    """Tell whether a verb has a subject of its own, no relative pronoun standing for a noun outside."""
    return verb.pos_ in PREDICATE_POS and any(c.dep_ in SUBJECT_DEPS and c.tag_ not in RELATIVE_TAGS
                                              for c in verb.children)
