"""Find a verb's objects in a parse: direct objects and what they count, prepositional objects,
the noun a relative clause is about, and the subject of a bare infinitive complement."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.coding.lexicon import Lexicon
from eventwire.parse_labels import POBJ_DEPS, PREP_DEPS, RELATIVE_TAGS
from eventwire.parse_view import child_indices, children_by

# "acomp": a copular verb's adjective ("is angry with Ankara") stands where a direct object would.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "acomp"})
MEASURE_DEPS = frozenset({"npadvmod"})
AS_ADJECTIVE_DEPS = frozenset({"advcl", "acomp"})
NAMING_DEPS, AMOD_DEPS, NAMING_PART_DEPS = frozenset({"oprd"}), frozenset({"amod"}), frozenset({"amod", "pobj", "prep"})
DOUBLE_OBJECT_DEPS = frozenset({"dobj", "dative"})


def _of_objects(noun: Token) -> list[Token]:
    """Return what a measure noun counts: "tons of food", "a mission of observers", and what a sum
    (a number or a "$" amount) is given as ("$400 million in military aid")."""
    money = noun.pos_ == "NUM" or noun.tag_ == "$" or any(c.tag_ == "$" for c in noun.children)
    return [g for c in noun.children if c.dep_ == "prep" and (c.lower_ == "of" or (money and c.lower_ == "in"))
            for g in c.children if g.dep_ == "pobj"]


def gapped_object(verb: Token) -> list[Token]:
    """Return the noun a relative clause is about when it fills the clause's object gap ("the
    sanctions (that) Washington imposed", "the refugees whom Somalia expelled"): its object in sense."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return []
    kids = list(verb.children)
    subject = next((c for c in kids if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
    if subject is None or subject.dep_ != "nsubj" or subject.tag_ in RELATIVE_TAGS:
        return []  # about the clause's subject ("rebels who attacked"), or told in the passive
    if any((c.dep_ in OBJECT_DEPS and c.tag_ not in RELATIVE_TAGS) or c.tag_ == "WRB" for c in kids):
        return []  # an object of its own, or a place or time ("the town where rebels fought")
    return [verb.head]


def _phrase_objects(prep: Token, lexicon: Lexicon) -> list[Token]:
    """Return the objects of a verb's prepositional phrase, through a particle parsed as a
    preposition that heads the phrase ("pulled out of the treaty": out, then of the treaty); a
    phrase of time, means or circumstance ("by helicopter", "after the talks") has none."""
    if prep.lower_ in lexicon.adjunct_preposition:
        return []
    pobjs = children_by(prep, POBJ_DEPS)
    if pobjs or prep.lower_ not in lexicon.adverb_particle:
        return pobjs
    return [g for c in prep.children if c.dep_ == "prep" and c.lower_ not in lexicon.adjunct_preposition
            for g in c.children if g.dep_ == "pobj"]


def objects_of(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Return the direct objects of a verb (and what they measure), then prepositional objects."""
    direct = children_by(verb, OBJECT_DEPS) + gapped_object(verb)
    if child_indices(verb, DOUBLE_OBJECT_DEPS):
        # "gave the junta one week to step down": a second object parsed as a noun of measure
        direct += [c for c in children_by(verb, MEASURE_DEPS) if c.pos_ == "NOUN"]
    direct += [cc for c in direct for cc in c.conjuncts]
    # "details of the aid", "revenue of $5 million": what a noun of information or of a statistic tells
    # of or measures is not what the verb acts on
    counted = [o for c in direct if c.lemma_.lower() not in lexicon.figure_noun for o in _of_objects(c)]
    direct += counted + [cc for c in counted for cc in c.conjuncts]  # "dozens of tanks and soldiers"
    preps = children_by(verb, PREP_DEPS) + _particle_phrases(verb, lexicon)
    pobjs = [g for c in preps for g in _phrase_objects(c, lexicon)]
    # "dismissed the charges as baseless": an adjective after "as", parsed as a clause of the verb
    named = [c for c in children_by(verb, AS_ADJECTIVE_DEPS) if c.pos_ == "ADJ"
             and any(g.lower_ == "as" for g in c.children)]
    named += [g for c in preps if c.lower_ == "as" for g in c.children if g.pos_ == "ADJ"]
    # "called the decision 'unacceptable'": a quoted adjective after the object, parsed as its
    # modifier, is what the object is called
    named += [a for c in children_by(verb, DOUBLE_OBJECT_DEPS) for a in c.children
              if a.dep_ == "amod" and a.i > c.i and a.nbor(-1).is_quote]
    # "called the takeover an unlawful seizure", "described the raids as a case of persecution", "called
    # the verdict an act of revenge": the adjective of the noun an act is called, and what that noun (an
    # object predicate or a noun after "as") is a case of, name the act too
    as_nouns = [g for c in preps if c.lower_ == "as" for g in children_by(c, POBJ_DEPS) if g.pos_ == "NOUN"]
    called = [n for n in children_by(verb, NAMING_DEPS) if n.pos_ == "NOUN"] + as_nouns
    named += [a for n in called for a in children_by(n, AMOD_DEPS)] + [o for n in called for o in _of_objects(n)]
    return direct + pobjs + named + _small_clause_subjects(verb)


def naming_complement(word: Token) -> bool:
    """Tell whether a word is what a verb calls its object: the object predicate ("called the
    vote a sham"), an adjective of it ("an unlawful seizure") or what it is a case of ("a case
    of persecution")."""
    while word.dep_ in NAMING_PART_DEPS and word.head.i != word.i:
        word = word.head
    return word.dep_ in NAMING_DEPS


def _particle_phrases(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Return the prepositional phrases of a verb's adverb particle ("sent the mayor back to jail",
    "ordered him back to prison": the parser hangs "to jail" from "back"), the verb's own in sense."""
    return [p for a in verb.children if a.dep_ == "advmod" and a.lower_ in lexicon.adverb_particle
            for p in children_by(a, PREP_DEPS)]


def cached_objects(verb: Token, memo: dict[int, list[Token]], lexicon: Lexicon) -> list[Token]:
    """Return `objects_of(verb)`, computed once per verb token while one verb's patterns are tried."""
    found = memo.get(verb.i)
    if found is None:
        found = memo[verb.i] = objects_of(verb, lexicon)
    return found


def _small_clause_subjects(verb: Token) -> list[Token]:
    """Return the subject of a bare infinitive complement, the verb's object in sense ("let the
    inspectors enter": the inspectors are let in)."""
    return [g for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VB"
            and not any(a.dep_ in {"aux", "mark"} for a in c.children)
            for g in c.children if g.dep_ == "nsubj"]
