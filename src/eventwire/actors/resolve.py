"""Resolve a noun phrase of a parsed sentence to coded actors.

The phrase's own words (determiners, modifiers, compounds, appositions) are read first, then an
"of" attachment ("thousands of Iraqi Kurds"); when the head itself names an actor (a role word,
a person, an organization), also its other prepositional attachments ("protesters in Baghdad")
and, only if nothing resolved, its whole subtree ("the delegation, headed by Minister X"), so
that "a reception at the Pyongyang hotel" does not become an actor. Within those words:
an office holder in office on the event's date (the sentence's date phrase, else the publication
date) wins, then an organization, then a country (by name, demonym, capital or seat) combined
with the sectors of any role words; role words alone give an actor without a country.
Coordinated countries ("Turkish and Greek sides") give one actor each. A collective noun stands
for what it counts ("a group of refugees"), and a people named after one country but placed in
another by "of" are civilians of the other ("the Greeks of northern Cyprus").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.actors.dictionary import ORGANIZATIONS, PLACES, Entry, EntryKind, is_base
from eventwire.actors.former import out_of_office
from eventwire.actors.matcher import Hit
from eventwire.actors.pairs import named_before, named_pair
from eventwire.actors.periods import Period
from eventwire.actors.roles import posted_to
from eventwire.actors.roles import role_code as _role_code
from eventwire.actors.roles import role_prefix as _role_prefix
from eventwire.coding.lexicon import Lexicon
from eventwire.doc_words import doc_text
from eventwire.model import Actor, Mention
from eventwire.parse_view import children_by

CORE_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "appos", "flat",
                       "case", "quantmod", "npadvmod", "nn", "predet"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
ATTACH_DEPS = frozenset({"prep"})
PERSONS = frozenset({EntryKind.PERSON})
PEOPLE_SECTORS = frozenset({"CVL", "REF"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "parataxis"})
# Clauses whose words all stay out of the phrase they hang in (relative and other subordinate clauses).
INNER_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis"})
# Relative pronouns that, as the subject of a relative clause, stand for the noun the clause modifies.
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})


@dataclass(frozen=True, slots=True)
class SentenceHits:
    """Dictionary hits of one parsed sentence, by token index, with offsets into the article."""

    doc: Doc
    text: str
    hits: tuple[Hit, ...]
    by_token: dict[int, Hit]
    offset: int
    when: date | None
    lexicon: Lexicon  # the word classes phrases are read with
    until: date | None = None  # the last day of the period `when` begins, if it is one
    pair: tuple[Entry, Entry] | None = None  # the two countries an earlier sentence named
    # the country earlier sentences named each office or body with, by its last word (`owned_roles`)
    owned: Mapping[str, Entry] = field(default_factory=dict)
    # the actors of people earlier sentences named by a word no dictionary knows (`named_earlier`)
    named: Mapping[str, tuple[Mention, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, hits: Sequence[Hit], offset: int, when: date | None, *, lexicon: Lexicon,
              until: date | None = None, pair: tuple[Entry, Entry] | None = None,
              owned: Mapping[str, Entry] | None = None,
              named: Mapping[str, tuple[Mention, ...]] | None = None) -> SentenceHits:
        """Index hits by every token they cover."""
        by_token = {i: h for h in hits for i in range(h.start, h.end)}
        return cls(doc, doc_text(doc), tuple(hits), by_token, offset, when, lexicon, until, pair, owned or {},
                   named or {})

    @property
    def period(self) -> Period:
        """Return the days the sentence's events happen on: entries must hold on one of them."""
        return (self.when, self.until)


def _core(head: Token) -> list[Token]:
    tokens = [head]
    for child in children_by(head, CORE_DEPS):
        # A clause inside the phrase tells of other actors: "a ship's crew, a step that Britain
        # condemned" names no British crew.
        inner = {t.i for c in child.subtree if c.dep_ in INNER_CLAUSE_DEPS and c.i != child.i
                 for t in c.subtree}
        # "Indian and Egyptian troops": coordinated modifiers belong to the phrase.
        tokens.extend(t for t in child.subtree if t.i not in inner and (
            t.dep_ not in CLAUSE_DEPS or t.i == child.i
            or (t.dep_ in {"conj", "cc"} and t.head.dep_ in MODIFIER_DEPS | {"conj"})))
    return sorted(set(tokens), key=lambda t: t.i)


def _attachments(head: Token, preps: frozenset[str]) -> list[Token]:
    tokens: list[Token] = []
    for child in children_by(head, ATTACH_DEPS):
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


def _usable(hit: Hit, when: Period, kinds: frozenset[EntryKind]) -> Entry | None:
    for entry in hit.entries:
        if entry.kind in kinds and entry.valid_on(*when):
            return entry
    return None


def _mention(actor: Actor, tokens: Sequence[Token], entries: Sequence[Entry], sentence: SentenceHits,
             person: str | None = None) -> Mention:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    ids = tuple(dict.fromkeys(e.id for e in entries))
    return Mention(actor=actor, text=sentence.text[start:end], start=sentence.offset + start,
                   end=sentence.offset + end, entry=ids[0], entries=ids, kind=str(entries[0].kind),
                   person=person)


def _roles(hits: Sequence[Hit], when: Period) -> list[Entry]:
    found = (_usable(h, when, frozenset({EntryKind.ROLE})) for h in hits)
    return [e for e in found if e is not None]


def _from_hits(hits: Sequence[Hit], tokens: Sequence[Token], sentence: SentenceHits,
               head: int | None = None) -> list[Mention]:
    when = sentence.period
    roles = _roles(hits, when)
    # A person or organization named in the phrase is the actor; the project's own entries come
    # before imported ones ("U.N. mediator <a diplomat the import codes by his country>" is the U.N.),
    # but a country that is the phrase's head is the actor, not a body it is a member of ("NATO
    # member Turkey", "Turkey, a NATO member").
    kept = _head_hits(hits, head) if any(_country_head(h, head, sentence) for h in hits) else hits
    posted = posted_to(hits, lambda h: _usable(h, when, PLACES) is not None and not _stance(h, sentence))
    kept = [h for h in kept if h.start not in posted]
    places = [(h, e) for h in hits if (e := _usable(h, when, PLACES)) is not None and not _ethnic(h, sentence)
              and not _stance(h, sentence)]
    for kinds, imported in ((PERSONS, False), (ORGANIZATIONS, False), (PERSONS, True), (ORGANIZATIONS, True)):
        for hit in kept:
            entry = _usable(hit, when, kinds)
            if entry is not None and is_base(entry) == imported:
                person = sentence.doc[hit.start:hit.end].text if entry.kind == EntryKind.PERSON else None
                # An organization heading a list ("U.N., U.S. and French officials"): each country listed
                # after it is a party of its own.
                listed = _listed_with(hit, places, sentence) if person is None else []
                return [_mention(entry.actor(), tokens, [entry, *roles], sentence, person=person),
                        *(_country_mentions(listed, roles, tokens, sentence) if listed else [])]
    # A place that is the phrase's head is the actor, not the one that owns it ("Russia's ally Belarus").
    places.sort(key=lambda p: head is None or not p[0].start <= head < p[0].end)
    if not places and not roles and any(_ethnic(h, sentence) for h in hits):
        actor = Actor(code="CVL", country=None, sectors=("CVL",), name="ethnic group")
        entry = next(e for h in hits if _ethnic(h, sentence) for e in h.entries)
        return [replace(_mention(actor, tokens, [entry], sentence), entry=f"ethnic:{entry.id}", kind="role")]
    if places:
        return _country_mentions(places, roles, tokens, sentence)
    former = [(h, e) for h in kept if (e := out_of_office(h, when)) is not None]
    if former:  # a person out of every dated office: his country (`former`)
        person = sentence.doc[former[0][0].start:former[0][0].end].text
        return [replace(m, person=person) for m in _country_mentions(former[:1], roles, tokens, sentence)]
    # Imported agent nouns are many and common ("staff member", "teacher"): alone they name no
    # actor, they only give sectors to one the phrase names by place or organization.
    if roles and not all(is_base(r) for r in roles):
        sectors = tuple(dict.fromkeys(s for r in roles for s in r.sectors))
        actor = Actor(code=_role_prefix(roles) + _role_code(roles, sectors), country=None, sectors=sectors,
                      name=roles[-1].name)
        return [_mention(actor, tokens, roles, sentence)]
    return []


def _country_head(hit: Hit, head: int | None, sentence: SentenceHits) -> bool:
    """Tell whether a hit is the phrase's head and names a country by name."""
    return (head is not None and hit.start <= head < hit.end and not _stance(hit, sentence)
            and _usable(hit, sentence.period, frozenset({EntryKind.COUNTRY})) is not None)


def _head_hits(hits: Sequence[Hit], head: int | None) -> list[Hit]:
    """Return the hits but those of organizations other than the head's."""
    return [h for h in hits if (head is not None and h.start <= head < h.end)
            or not any(e.kind in ORGANIZATIONS for e in h.entries)]


def _stance(hit: Hit, sentence: SentenceHits) -> bool:
    """Tell whether a place names whom an actor is backed by or sides with, or what it is measured or
    modelled on, not the actor's own country ("Iranian-backed militias", "pro-Russian separatists",
    "anti-Israel protesters", "a Belgium-sized zone")."""
    doc, end, start, lexicon = sentence.doc, hit.end, hit.start, sentence.lexicon
    after = lexicon.backing_word | lexicon.likeness_word
    return ((end + 2 <= len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in after)
            or (start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in lexicon.stance_prefix))


def _ethnic(hit: Hit, sentence: SentenceHits) -> bool:
    """Tell whether a demonym names an ethnic group rather than a state's people ("ethnic Albanians")."""
    return hit.start > 0 and sentence.doc[hit.start - 1].lower_ in sentence.lexicon.ethnic_word


def _country_mentions(places: list[tuple[Hit, Entry]], roles: list[Entry], tokens: Sequence[Token],
                      sentence: SentenceHits) -> list[Mention]:
    """One mention per coordinated country; roles give the sectors, else the place's own."""
    role_sectors = tuple(dict.fromkeys(s for r in roles for s in r.sectors))
    first_hit, first = places[0]
    group = [(first_hit, first)]
    for hit, entry in places[1:]:
        if not _owner(hit, sentence.doc) and (any(sentence.doc[i].dep_ == "conj" for i in range(hit.start, hit.end))
                                              or _comma_listed(group[-1][0], hit, sentence.doc)):
            group.append((hit, entry))
    mentions: list[Mention] = []
    for _hit, entry in group:
        if entry.country in {m.actor.country for m in mentions}:
            continue
        sectors = role_sectors or entry.sectors
        suffix = _role_code(roles, role_sectors) if roles else "".join(sectors)
        actor = Actor(code=_role_prefix(roles) + (entry.country or "") + suffix, country=entry.country,
                      sectors=sectors, name=entry.name)
        mentions.append(_mention(actor, tokens, [entry, *roles], sentence))
    return mentions


def _listed_with(anchor: Hit, places: Sequence[tuple[Hit, Entry]], sentence: SentenceHits) -> list[tuple[Hit, Entry]]:
    """Return the places listed after a name that heads a list: coordinated with it or with one listed
    before them, or next after a comma (`_comma_listed`), but no owner (`_owner`)."""
    doc, listed, last, members = sentence.doc, list[tuple[Hit, Entry]](), anchor, set(range(anchor.start, anchor.end))
    for hit, entry in sorted((p for p in places if p[0].start >= anchor.end), key=lambda p: p[0].start):
        root = doc[hit.start:hit.end].root
        if not _owner(hit, doc) and ((root.dep_ == "conj" and root.head.i in members) or _comma_listed(last, hit, doc)):
            listed.append((hit, entry))
            members.update(range(hit.start, hit.end))
            last = hit
    return listed


def _owner(hit: Hit, doc: Doc) -> bool:
    """Tell whether a name owns the noun after it ("the rebels, Chad's main group"): no list member."""
    return hit.end < len(doc) and doc[hit.end].tag_ == "POS"


def _comma_listed(before: Hit, hit: Hit, doc: Doc) -> bool:
    """Tell whether a name right after another and a comma is the next item of a list the parser read
    as a modifier of the list's noun ("U.S., Chilean and Bolivian envoys": "Chilean" a modifier of
    "envoys", as "U.S." is, or of a noun apposed to the first name); a list closes with "and" or "or"
    before its noun, so an apposition ("Oman, Yemen's neighbour") is none."""
    first, root, noun = doc[before.start:before.end].root, doc[hit.start:hit.end].root, doc[hit.start:hit.end].root.head
    same = noun.i == first.head.i or (noun.dep_ == "appos" and noun.head.i == first.i)
    return (hit.start == before.end + 1 and doc[before.end].text == "," and root.dep_ in MODIFIER_DEPS
            and noun.i > root.i and same and any(doc[i].dep_ == "cc" for i in range(hit.end, noun.i)))


def _people_of(head: Token, sentence: SentenceHits) -> list[Mention]:
    """Return a people living in another country than their name says ("the Greeks of northern
    Cyprus"): civilians of the country named by the "of" attachment."""
    own = sentence.by_token.get(head.i)
    entry = _usable(own, sentence.period, frozenset({EntryKind.DEMONYM})) if own is not None else None
    if entry is None or (head.tag_ not in {"NNS", "NNPS"} and not head.text.endswith("s")):
        return []
    objects = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"]
    for hit in _hits(objects, sentence):
        place = _usable(hit, sentence.period, frozenset({EntryKind.COUNTRY}))
        if place is not None and place.country and place.country != entry.country:
            actor = Actor(code=place.country + "CVL", country=place.country, sectors=("CVL",), name=entry.name)
            tokens = sorted(set(_core(head) + _attachments(head, frozenset({"of"}))), key=lambda t: t.i)
            return [_mention(actor, tokens, [place, entry], sentence)]
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
    roles = _roles(hits, sentence.period)
    pair_noun = head.lemma_.lower() in sentence.lexicon.pair_noun
    if len(roles) < len(hits) or not (roles or pair_noun) or any(is_base(r) for r in roles):
        return []
    sectors = tuple(dict.fromkeys(s for r in roles for s in r.sectors))
    return [_mention(Actor(code=(place.country or "") + (_role_code(roles, sectors) if roles else ""),
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
    return [_mention(Actor(code=place.country or "", country=place.country, sectors=place.sectors, name=place.name),
                     tokens, [place], sentence) for place in pair]


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
    roles = _roles(_hits(_core(head), sentence), sentence.period)
    if not roles or any(is_base(r) for r in roles):
        return []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}):
        for found in (_the_two(g, sentence) for g in prep.children if g.dep_ == "pobj"):
            if found:
                sectors = tuple(dict.fromkeys(s for r in roles for s in r.sectors))
                tokens = sorted(set(_core(head) + list(prep.subtree)), key=lambda t: t.i)
                return [replace(_mention(replace(m.actor, code=(m.actor.country or "") + _role_code(roles, sectors),
                                                 sectors=sectors), tokens, [*roles], sentence),
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
        found = _from_hits(hits, ordered, sentence, head.i) if hits else []
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
    mention, country = found[0], entry.country
    actor = replace(mention.actor, code=country + mention.actor.code, country=country)
    return [replace(mention, actor=actor, entries=(*mention.entries, entry.id))]


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
                  if (e := _usable(h, sentence.period, PLACES | ORGANIZATIONS))]
        if places and places[0].country:
            mention, country = found[0], places[0].country
            actor = replace(mention.actor, code=country + mention.actor.code, country=country)
            return [replace(mention, actor=actor, entries=(*mention.entries, places[0].id))]
    return found


def _clause_subjects(verb: Token, head: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != head.i]


def _sender_named(verb: Token, sentence: SentenceHits) -> bool:
    """Tell whether the subject of a verb, or its agent ("by Mexico"), names a country or organization."""
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    heads += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(_usable(h, sentence.period, PLACES | ORGANIZATIONS) is not None
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
    entry = next((e for h in places if (e := _usable(h, sentence.period, PLACES)) is not None and e.country), None)
    if entry is None or entry.country is None:
        return found
    mention, country = found[0], entry.country
    actor = replace(mention.actor, code=country + mention.actor.code, country=country)
    return [replace(mention, actor=actor, entries=(*mention.entries, entry.id))]


def is_pronoun(token: Token, lexicon: Lexicon) -> bool:
    """Tell whether a token is a personal pronoun that needs an antecedent (lexicon
    `antecedent_pronoun`: the person, group and main-clause pronouns)."""
    return token.pos_ == "PRON" and token.lower_ in lexicon.antecedent_pronoun
