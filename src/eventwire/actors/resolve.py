"""Resolve a noun phrase of a parsed sentence to coded actors.

The phrase's own words (determiners, modifiers, compounds, appositions) are read first, then an
"of" attachment ("thousands of Iraqi Kurds"); when the head itself names an actor (a role word,
a person, an organization), also its other prepositional attachments ("protesters in Baghdad")
and, only if nothing resolved, its whole subtree ("the delegation, headed by Minister X"), so
that "a reception at the Pyongyang hotel" does not become an actor. Which actors the dictionary
hits among those words name is read in `eventwire.actors.mentions`. A collective noun stands
for what it counts ("a group of refugees"), and a people named after one country but placed in
another by "of" are civilians of the other ("the Greeks of northern Cyprus").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from eventwire.actors.dictionary import ORGANIZATIONS, PLACES, EntryKind, is_base
from eventwire.actors.matcher import Hit
from eventwire.actors.mentions import (
    SentenceHits,
    hit_mentions,
    phrase_mention,
    role_entries,
    usable,
)
from eventwire.actors.pairs import named_before, named_pair
from eventwire.actors.roles import role_code as _role_code
from eventwire.coding.lexicon import Lexicon
from eventwire.model import Actor, Mention
from eventwire.parse_labels import NOUN_MODIFIER_DEPS, PREP_DEPS
from eventwire.parse_view import child_indices, children_by, subtree_indices, view_of

CORE_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "appos", "flat",
                       "case", "quantmod", "npadvmod", "nn", "predet"})
PEOPLE_SECTORS = frozenset({"CVL", "REF"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "parataxis"})
# Clauses whose words all stay out of the phrase they hang in (relative and other subordinate clauses).
INNER_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis"})
# Relative pronouns that, as the subject of a relative clause, stand for the noun the clause modifies.
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
_PREP = frozenset({"prep"})
# A conjunct or conjunction inside a phrase belongs to it when it coordinates the phrase's modifiers.
LIST_DEPS = frozenset({"conj", "cc"})
LISTED_IN = NOUN_MODIFIER_DEPS | {"conj"}



def _core(head: Token) -> list[Token]:
    """Return a phrase's own words in order: its head and the words below its determiners,
    modifiers, compounds and appositions (read off the parse view: only the words returned are
    made Tokens)."""
    doc = head.doc
    view = view_of(doc)
    deps, heads = view.deps, view.heads
    found = {head.i}
    for child in child_indices(head, CORE_DEPS):
        words = subtree_indices(doc, child)
        # A clause inside the phrase tells of other actors: "a ship's crew, a step that Britain
        # condemned" names no British crew.
        inner = {t for c in words if deps[c] in INNER_CLAUSE_DEPS and c != child for t in subtree_indices(doc, c)}
        # "Indian and Egyptian troops": coordinated modifiers belong to the phrase.
        found.update(t for t in words if t not in inner and (
            deps[t] not in CLAUSE_DEPS or t == child or (deps[t] in LIST_DEPS and deps[heads[t]] in LISTED_IN)))
    return [doc[i] for i in sorted(found)]


def _attachments(head: Token, preps: frozenset[str]) -> list[Token]:
    tokens: list[Token] = []
    for child in children_by(head, PREP_DEPS):
        if child.lower_ in preps:
            tokens.extend(child.subtree)
    return tokens


def _subtree(head: Token) -> list[Token]:
    """Return a phrase's words for whose it is, without its coordinated phrases, its relative
    clause and a present participle describing its noun ("guerrillas fighting Soviet forces in
    Afghanistan": where or at whom they act); a past participle may say it ("troops stationed in Chad")."""
    skip = {t.i for c in head.children
            if c.dep_ in {"conj", "cc", "relcl"} or (c.dep_ == "acl" and c.tag_ == "VBG") for t in c.subtree}
    return [t for t in head.subtree if t.i not in skip]


def _described(head: Token) -> list[Token]:
    """Return the words of what a relative clause says a person is ("Roe, who is Kenyan,", "Roe,
    who is a Kenyan lawyer,"): read only when the name and its own phrase name no actor."""
    return [t for c in head.children if c.dep_ == "relcl" and c.lemma_ == "be"
            and any(s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ == "who" for s in c.children)
            for a in c.children if a.dep_ in {"attr", "acomp"} for t in a.subtree]


def _hits(tokens: Iterable[Token], sentence: SentenceHits) -> list[Hit]:
    seen: dict[int, Hit] = {}
    for token in tokens:
        hit = sentence.by_token.get(token.i)
        if hit is not None:
            seen[hit.start] = hit
    return [seen[k] for k in sorted(seen)]



def _people_of(head: Token, sentence: SentenceHits) -> list[Mention]:
    """Return a people living in another country than their name says ("the Greeks of northern
    Cyprus"): civilians of the country named by the "of" attachment."""
    own = sentence.by_token.get(head.i)
    entry = usable(own, sentence.period, frozenset({EntryKind.DEMONYM})) if own is not None else None
    if entry is None or (head.tag_ not in {"NNS", "NNPS"} and not head.text.endswith("s")):
        return []
    objects = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"]
    for hit in _hits(objects, sentence):
        place = usable(hit, sentence.period, frozenset({EntryKind.COUNTRY}))
        if place is not None and place.country and place.country != entry.country:
            actor = Actor(code=place.country + "CVL", country=place.country, sectors=("CVL",), name=entry.name)
            tokens = sorted(set(_core(head) + _attachments(head, frozenset({"of"}))), key=lambda t: t.i)
            return [phrase_mention(actor, tokens, [place, entry], sentence)]
    return []


def _the_two(head: Token, sentence: SentenceHits) -> list[Mention]:
    """Return the two countries "the two governments" or "both sides" refer to: the pair named before
    them in the sentence (`pairs.named_before`), else in an earlier one; none when the phrase names a
    country of its own, or when it counts rather than refers ("two ministers resigned")."""
    words = {c.lower_ for c in head.children if c.dep_ in {"nummod", "det", "predet", "quantmod"}}
    if _bare_two(head, words):
        return _just_named(head, sentence)
    if head.tag_ not in {"NNS", "NNPS"} or not ("both" in words or {"the", "two"} <= words):
        return []
    core = _core(head)
    pair = named_pair([named_before(head, core[0].i, sentence.hits)]) or sentence.pair
    if pair is None:
        return []
    hits = _hits(core, sentence)
    roles = role_entries(hits, sentence.period)
    pair_noun = head.lemma_.lower() in sentence.lexicon.pair_noun
    if len(roles) < len(hits) or not (roles or pair_noun) or any(is_base(r) for r in roles):
        return []
    sectors = tuple(dict.fromkeys(s for r in roles for s in r.sectors))
    return [phrase_mention(Actor(code=(place.country or "") + (_role_code(roles, sectors) if roles else ""),
                                 country=place.country, sectors=sectors or place.sectors, name=place.name),
                           core, [place, *roles], sentence) for place in pair]


def _bare_two(head: Token, words: set[str]) -> bool:
    """Tell whether a subject is "the two" or "both" standing alone ("... and the two agreed")."""
    alone = head.dep_ in {"nsubj", "nsubjpass"} and not any(c.dep_ == "prep" for c in head.children)
    return alone and ((head.lower_ == "two" and "the" in words) or (head.lower_ == "both" and not words))


def _just_named(head: Token, sentence: SentenceHits) -> list[Mention]:
    """Return the two countries a bare "the two" or "both" refers to: the pair its own sentence
    named before it (a pair only an earlier sentence named may be two people as well); none else."""
    pair = named_pair([[h for h in sentence.hits if h.end <= head.i]])
    if pair is None:
        return []
    tokens = sorted({head, *(c for c in head.children if c.dep_ == "det")}, key=lambda t: t.i)
    return [phrase_mention(Actor(code=place.country or "", country=place.country, sectors=place.sectors,
                                 name=place.name), tokens, [place], sentence) for place in pair]


def _names_head(head: Token, sentence: SentenceHits) -> bool:
    """Tell whether a phrase's head word is named by the dictionary: an imported agent noun alone
    ("tankers", "intelligence") does not make it so, nor reach for the places in the phrases after
    it ("tankers bound for Egypt", "shared intelligence with Nepal": no Egyptian tankers, no Nepalese
    spies)."""
    hit = sentence.by_token.get(head.i)
    return hit is not None and not all(e.kind == EntryKind.ROLE and is_base(e) for e in hit.entries)


def _name_beside(head: Token, sentence: SentenceHits) -> Token | None:
    """Return the name a descriptor stands right before in apposition ("China's ally Pakistan"),
    also when the parser made both dependents of the verb ("The militant group Hamas fired":
    "group" and "Hamas" both subjects), or read an acronym as a verb or noun hanging from the phrase
    ("rejected a demand by the regional bloc SADC to ...")."""
    if head.pos_ != "NOUN" or head.i + 1 >= len(sentence.doc):
        return None
    name = sentence.doc[head.i + 1]
    hit = sentence.by_token.get(name.i)
    if hit is None or not any(e.kind in PLACES | ORGANIZATIONS for e in hit.entries):
        return None
    beside = (name.head == head and name.dep_ == "appos") or (name.head == head.head and name.dep_ == head.dep_)
    misread = (name.text.isalpha() and name.text.isupper() and len(name.text) > 1
               and name.head.i <= name.i and any(t.i == head.i for t in name.head.subtree))
    return name if (name.pos_ == "PROPN" and beside) or misread else None


def _of_the_two(head: Token, sentence: SentenceHits) -> list[Mention]:
    """Return the two countries a role of "the two countries" names ("delegations from the two
    countries"), each with the role's sectors; none when the head is no role of the project's own."""
    preps = [c for c in children_by(head, _PREP) if c.lower_ in {"of", "from"}]
    if not preps:  # the phrase's roles are read only where such a phrase follows
        return []
    roles = role_entries(_hits(_core(head), sentence), sentence.period)
    if not roles or any(is_base(r) for r in roles):
        return []
    for prep in preps:
        for found in (_the_two(g, sentence) for g in prep.children if g.dep_ == "pobj"):
            if found:
                sectors = tuple(dict.fromkeys(s for r in roles for s in r.sectors))
                tokens = sorted(set(_core(head) + list(prep.subtree)), key=lambda t: t.i)
                return [replace(phrase_mention(replace(m.actor, code=(m.actor.country or "")
                                                       + _role_code(roles, sectors), sectors=sectors),
                                               tokens, [*roles], sentence),
                                entries=(*m.entries, *(r.id for r in roles))) for m in found]
    return []


def resolve_phrase(head: Token, sentence: SentenceHits) -> list[Mention]:
    """Return the actors a noun phrase names (several when countries are coordinated or a phrase
    refers to two named earlier)."""
    if (name := _name_beside(head, sentence)) is not None:
        return resolve_phrase(name, sentence)
    if (noun := _relative_antecedent(head, sentence)) is not None:
        return [replace(m, entries=(*m.entries, f"relative:{head.lower_}")) for m in resolve_phrase(noun, sentence)]
    living_abroad = _people_of(head, sentence) or _the_two(head, sentence) or _of_the_two(head, sentence)
    if living_abroad:
        return living_abroad
    core = _core(head)
    tiers = [core, core + _attachments(head, frozenset({"of"}))]
    named = _names_head(head, sentence) or head.pos_ == "PROPN"
    # "a group of refugees", "thousands of people": what a collective or measure noun counts.
    counted = any(g.i in sentence.by_token for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj")
    if named:
        tiers += [core + _attachments(head, sentence.lexicon.attachment_preposition), _subtree(head)]
    tiers.append(_described(head))  # "who" tells of a person, however the name was tagged
    role_only: list[Mention] = []
    for n, tokens in enumerate(tiers):
        ordered = sorted(set(tokens), key=lambda t: t.i)
        hits = _hits(ordered, sentence)
        found = hit_mentions(hits, ordered, sentence, head.i) if hits else []
        if found and not found[0].actor.placed:
            # Role words name an actor as the phrase's head ("troops") or as a person's title
            # ("President Abdelaziz Bouteflika"), or as what the head counts, not as a modifier
            # ("military aid").
            if named or (n == 1 and counted):
                role_only = role_only or found
            continue
        if found:
            return found
    return _sent_to(head, sentence, _named_before(head, sentence, _owned(head, sentence, role_only)))


def _relative_antecedent(head: Token, sentence: SentenceHits) -> Token | None:
    """Return the noun a relative pronoun that is the subject of a non-restrictive relative clause
    stands for, when the dictionary names that noun itself ("France, which has trained ...":
    "France"). A clause set off by a comma tells something new of an actor already identified; one
    without ("the guerrillas who overran it") only says which actor is meant, and what it tells
    is background. None when the token is no such pronoun, or its noun is no actor ("a U.N.
    resolution, which aims to ...")."""
    clause = head.head
    if (head.lower_ not in RELATIVE_PRONOUNS or head.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "relcl"
            or head.i == 0 or sentence.doc[head.i - 1].text != ","):
        return None
    return clause.head if _names_head(clause.head, sentence) else None


def _named_before(head: Token, sentence: SentenceHits, found: list[Mention]) -> list[Mention]:
    """Give an office or body named alone after "the" ("the ministry said") the country an
    earlier sentence named the same one with ("Peru's foreign ministry"); else return it as found."""
    if (len(found) != 1 or found[0].actor.placed
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)):
        return found
    entry = sentence.owned.get(head.lower_)
    if entry is None or entry.country is None:
        return found
    return [found[0].placed_in(entry.country, entry.id)]


def _owned(head: Token, sentence: SentenceHits, found: list[Mention]) -> list[Mention]:
    """Give the subject role words owned by "its" ("The army said its troops killed ...") the country of the
    subject of the nearest clause above them that has one, when it names a country or an
    organization of one; else return them as found."""
    if (len(found) != 1 or head.dep_ not in {"nsubj", "nsubjpass"}
            or not any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children)):
        return found
    above = head.head
    while above.head.i != above.i and not _clause_subjects(above, head):  # a root is its own head
        above = above.head
    for subject in _clause_subjects(above, head):
        places = [e for h in _hits(_core(subject), sentence)
                  if (e := usable(h, sentence.period, PLACES | ORGANIZATIONS))]
        if places and places[0].country:
            return [found[0].placed_in(places[0].country, places[0].id)]
    return found


def _clause_subjects(verb: Token, head: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != head.i]


def _sender_named(verb: Token, sentence: SentenceHits) -> bool:
    """Tell whether the subject of a verb, or its agent ("by Mexico"), names a country or organization."""
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    heads += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(usable(h, sentence.period, PLACES | ORGANIZATIONS) is not None
               for head in heads for h in _hits(_core(head), sentence))


def _sent_to(head: Token, sentence: SentenceHits, found: list[Mention]) -> list[Mention]:
    """Give people named by role alone whom a named state deports or expels to a country ("Mexico
    deported 40 people to Guatemala") that country; else return them as found (with the sender
    unnamed, "authorities deported 40 people to Haiti", they would make the sender Haitian)."""
    verb = head.head
    removal = verb.lemma_.lower() in sentence.lexicon.removal_verb
    if (len(found) != 1 or head.dep_ not in {"dobj", "nsubjpass"} or not removal
            or not set(found[0].actor.sectors) <= PEOPLE_SECTORS or not _sender_named(verb, sentence)):
        return found
    places = _hits([g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children if g.dep_ == "pobj"], sentence)
    entry = next((e for h in places if (e := usable(h, sentence.period, PLACES)) is not None and e.country), None)
    if entry is None or entry.country is None:
        return found
    return [found[0].placed_in(entry.country, entry.id)]


def is_pronoun(token: Token, lexicon: Lexicon) -> bool:
    """Tell whether a token is a personal pronoun that needs an antecedent (lexicon
    `antecedent_pronoun`: the person, group and main-clause pronouns)."""
    return token.pos_ == "PRON" and token.lower_ in lexicon.antecedent_pronoun
