"""Read the actors a noun phrase's dictionary hits name (`hit_mentions`), once `eventwire.actors.resolve`
has chosen the phrase's words.

An office holder in office on the event's date (the sentence's date phrase, else the publication
date) wins, then an organization, then a country (by name, demonym, capital or seat) combined
with the sectors of any role words; role words alone give an actor without a country.
Coordinated countries ("Turkish and Greek sides") give one actor each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.actors.dictionary import ORGANIZATIONS, PLACES, Entry, EntryKind, is_base
from eventwire.actors.former import out_of_office
from eventwire.actors.matcher import Hit
from eventwire.actors.periods import Period
from eventwire.actors.roles import posted_to
from eventwire.actors.roles import role_code as _role_code
from eventwire.actors.roles import role_prefix as _role_prefix
from eventwire.coding.lexicon import Lexicon
from eventwire.doc_words import doc_text, words_of
from eventwire.model import Actor, Mention
from eventwire.parse_labels import NOUN_MODIFIER_DEPS

PERSONS = frozenset({EntryKind.PERSON})


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


def usable(hit: Hit, when: Period, kinds: frozenset[EntryKind]) -> Entry | None:
    """Return the first entry of a hit of one of these kinds that holds in the period, if any."""
    for entry in hit.entries:
        if entry.kind in kinds and entry.valid_on(*when):
            return entry
    return None


def phrase_mention(actor: Actor, tokens: Sequence[Token], entries: Sequence[Entry], sentence: SentenceHits,
                   person: str | None = None) -> Mention:
    """Return the mention of an actor by a phrase's words, with its offsets into the article."""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    ids = tuple(dict.fromkeys(e.id for e in entries))
    return Mention(actor=actor, text=sentence.text[start:end], start=sentence.offset + start,
                   end=sentence.offset + end, entry=ids[0], entries=ids, kind=str(entries[0].kind),
                   person=person)


def role_entries(hits: Sequence[Hit], when: Period) -> list[Entry]:
    """Return the role entries of the hits that hold in the period."""
    found = (usable(h, when, frozenset({EntryKind.ROLE})) for h in hits)
    return [e for e in found if e is not None]


def hit_mentions(hits: Sequence[Hit], tokens: Sequence[Token], sentence: SentenceHits,
                 head: int | None = None) -> list[Mention]:
    """Return the actors a phrase's hits name (see the module's docstring; `head`: the index of the
    phrase's head word)."""
    when = sentence.period
    roles = role_entries(hits, when)
    # A person or organization named in the phrase is the actor; the project's own entries come
    # before imported ones ("U.N. mediator <a diplomat the import codes by his country>" is the U.N.),
    # but a country that is the phrase's head is the actor, not a body it is a member of ("NATO
    # member Turkey", "Turkey, a NATO member").
    kept = _head_hits(hits, head) if any(_country_head(h, head, sentence) for h in hits) else hits
    posted = posted_to(hits, lambda h: usable(h, when, PLACES) is not None and not _stance(h, sentence))
    kept = [h for h in kept if h.start not in posted]
    places = [(h, e) for h in hits if (e := usable(h, when, PLACES)) is not None and not _ethnic(h, sentence)
              and not _stance(h, sentence)]
    for kinds, imported in ((PERSONS, False), (ORGANIZATIONS, False), (PERSONS, True), (ORGANIZATIONS, True)):
        for hit in kept:
            entry = usable(hit, when, kinds)
            if entry is not None and is_base(entry) == imported:
                person = sentence.doc[hit.start:hit.end].text if entry.kind == EntryKind.PERSON else None
                # An organization heading a list ("U.N., U.S. and French officials"): each country listed
                # after it is a party of its own.
                listed = _listed_with(hit, places, sentence) if person is None else []
                return [phrase_mention(entry.actor(), tokens, [entry, *roles], sentence, person=person),
                        *(_country_mentions(listed, roles, tokens, sentence) if listed else [])]
    # A place that is the phrase's head is the actor, not the one that owns it ("Russia's ally Belarus").
    places.sort(key=lambda p: head is None or not p[0].start <= head < p[0].end)
    if not places and not roles and any(_ethnic(h, sentence) for h in hits):
        actor = Actor(code="CVL", country=None, sectors=("CVL",), name="ethnic group")
        entry = next(e for h in hits if _ethnic(h, sentence) for e in h.entries)
        return [replace(phrase_mention(actor, tokens, [entry], sentence), entry=f"ethnic:{entry.id}", kind="role")]
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
        return [phrase_mention(actor, tokens, roles, sentence)]
    return []


def _country_head(hit: Hit, head: int | None, sentence: SentenceHits) -> bool:
    """Tell whether a hit is the phrase's head and names a country by name."""
    return (head is not None and hit.start <= head < hit.end and not _stance(hit, sentence)
            and usable(hit, sentence.period, frozenset({EntryKind.COUNTRY})) is not None)


def _head_hits(hits: Sequence[Hit], head: int | None) -> list[Hit]:
    """Return the hits but those of organizations other than the head's."""
    return [h for h in hits if (head is not None and h.start <= head < h.end)
            or not any(e.kind in ORGANIZATIONS for e in h.entries)]


def _stance(hit: Hit, sentence: SentenceHits) -> bool:
    """Tell whether a place names whom an actor is backed by or sides with, or what it is measured or
    modelled on, not the actor's own country ("Iranian-backed militias", "pro-Russian separatists",
    "anti-Israel protesters", "a Belgium-sized zone")."""
    words, end, start, lexicon = words_of(sentence.doc), hit.end, hit.start, sentence.lexicon
    text, lower = words.text, words.lower  # the word table: no Token made, no word class joined
    return ((end + 2 <= len(text) and text[end] == "-"
             and (lower[end + 1] in lexicon.backing_word or lower[end + 1] in lexicon.likeness_word))
            or (start >= 2 and text[start - 1] == "-" and lower[start - 2] in lexicon.stance_prefix))


def _ethnic(hit: Hit, sentence: SentenceHits) -> bool:
    """Tell whether a demonym names an ethnic group rather than a state's people ("ethnic Albanians")."""
    return hit.start > 0 and words_of(sentence.doc).lower[hit.start - 1] in sentence.lexicon.ethnic_word


def _country_mentions(places: list[tuple[Hit, Entry]], roles: list[Entry], tokens: Sequence[Token],
                      sentence: SentenceHits) -> list[Mention]:
    """One mention per coordinated country; roles give the sectors, else the place's own."""
    role_sectors = tuple(dict.fromkeys(s for r in roles for s in r.sectors))
    group = [places[0], *_list_after(places[0][0], places[1:], sentence.doc, _conjunct)]
    mentions: list[Mention] = []
    for _hit, entry in group:
        if entry.country in {m.actor.country for m in mentions}:
            continue
        sectors = role_sectors or entry.sectors
        suffix = _role_code(roles, role_sectors) if roles else "".join(sectors)
        actor = Actor(code=_role_prefix(roles) + (entry.country or "") + suffix, country=entry.country,
                      sectors=sectors, name=entry.name)
        mentions.append(phrase_mention(actor, tokens, [entry, *roles], sentence))
    return mentions


def _listed_with(anchor: Hit, places: Sequence[tuple[Hit, Entry]], sentence: SentenceHits) -> list[tuple[Hit, Entry]]:
    """Return the places listed after a name that heads a list: coordinated with it or with one listed
    before them (`_list_after`)."""
    after = sorted((p for p in places if p[0].start >= anchor.end), key=lambda p: p[0].start)
    return _list_after(anchor, after, sentence.doc, _coordinated_with)


def _list_after(first: Hit, places: Iterable[tuple[Hit, Entry]], doc: Doc,
                coordinated: Callable[[Hit, set[int], Doc], bool]) -> list[tuple[Hit, Entry]]:
    """Return the places that go on a list after its first name, in order: each coordinated
    (`coordinated`, given the tokens of the list so far) or next after a comma (`_comma_listed`),
    but no owner (`_owner`)."""
    listed: list[tuple[Hit, Entry]] = []
    last, members = first, set(range(first.start, first.end))
    for hit, entry in places:
        if not _owner(hit, doc) and (coordinated(hit, members, doc) or _comma_listed(last, hit, doc)):
            listed.append((hit, entry))
            members.update(range(hit.start, hit.end))
            last = hit
    return listed


def _conjunct(hit: Hit, _members: set[int], doc: Doc) -> bool:
    """Tell whether a word of a name is a conjunct ("Turkish and Greek sides")."""
    return any(doc[i].dep_ == "conj" for i in range(hit.start, hit.end))


def _coordinated_with(hit: Hit, members: set[int], doc: Doc) -> bool:
    """Tell whether a name is a conjunct of a word of the list so far ("U.N. and U.S. officials")."""
    root = doc[hit.start:hit.end].root
    return root.dep_ == "conj" and root.head.i in members


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
    return (hit.start == before.end + 1 and doc[before.end].text == "," and root.dep_ in NOUN_MODIFIER_DEPS
            and noun.i > root.i and same and any(doc[i].dep_ == "cc" for i in range(hit.end, noun.i)))
