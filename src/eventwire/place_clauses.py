"""Which clause a place name a sentence gives belongs to, when it is not the event's own: the noun a
relative clause with a subject of its own modifies, the verb that reports the event's clause, an act
still to come, a deed told by its "-ing" noun, the clause an adverbial participle clause hangs from
(`eventwire.places.own_candidates` reads them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.coding.lexicon import Lexicon


def clause_line(doc: Doc, inside: set[int]) -> set[int]:
    """Return the words an action's tokens hang from, up to the noun a relative clause of its own
    subject modifies ("a hotel bombing in Mombasa that Nairobi blames on al-Shabab": the
    bombing's place is not the blaming's); a relative clause whose subject is the relative pronoun
    ("police in Gulu who broke up the march") tells its noun's act, placed with it."""
    line: set[int] = set()
    for i in inside:
        token = doc[i]
        while token.head.i != token.i and not (token.dep_ == "relcl" and _own_subject(token)):
            token = token.head
            line.add(token.i)
    return line - inside


_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})


def _own_subject(verb: Token) -> bool:
    """Tell whether a clause has a subject other than a relative pronoun ("that Nairobi blames")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in _RELATIVE_PRONOUNS for c in verb.children)


def on_act_to_come(token: Token, lexicon: Lexicon) -> bool:
    """Tell whether a place name hangs from a verb of an act still to come, told in the future or as
    an infinitive ("would take the dispute up at a summit in Lome", "ready to discuss it in Geneva"):
    where that act is to be done, not where it was promised, agreed or announced."""
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"} if verb is not None else set()
    return bool(auxiliaries & (lexicon.future_aux | lexicon.reported_future_aux | {"to"}))


def reports_clause(verb: Token, inside: set[int]) -> bool:
    """Tell whether a verb reports, as its clausal complement, the clause an action lies in ("the
    judge ruled that soldiers had shelled a camp", "officials in Lima confirmed that troops fired")."""
    return any(c.dep_ == "ccomp" and any(w.i in inside for w in c.subtree) for c in verb.children)


def nominal_deed(noun: Token) -> bool:
    """Tell whether a noun tells a deed by its verb's "-ing" form with the one it befell ("the shooting
    of two traders", "the sinking of a ferry"): a thing said of it was not said where it was done."""
    return noun.lower_.endswith("ing") and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def adverbial_of_same_doer(verb: Token, inside: set[int]) -> bool:
    """Tell whether the action lies in a participle clause of a verb's own doer that tells when or
    how it acted ("announced the loan in Dakar after meeting the president", "spoke in Lome
    before flying home"), with no subject of its own: the verb's place is the clause's too."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    return any(c.tag_ == "VBG" and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
               and any(w.i in inside for w in c.subtree) for c in clauses)
