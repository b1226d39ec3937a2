"""Person names across an article: a lone surname names a person only after the full name.

News names a person in full at first mention ("Mahmoud Abbas") and by surname afterwards
("Abbas"). A surname alone, with no full name before it, more often belongs to someone the
dictionaries do not list ("intelligence chief Abbas Kamel"), so the person entries of a one-token
hit are kept only when an earlier hit of the same article named that person in full, and never
when the token is followed by another capitalised name word that no entry covers.

A person the dictionaries do not list is introduced once with a role ("Finance Minister Jane Roe",
"Jane Roe, the U.N. envoy,"): the article remembers the actor that role names, and a later "Roe"
or "Jane Roe" in the same article names that actor (`introduced_names`), unless the surname is an
actor phrase itself or two people introduced in the article share it.

A person introduced as a commentator ("Jane Roe, a senior fellow at ...", "analyst Jane Roe") is
remembered by surname (`commentator_names`): what a later "Roe said" tells is a commentator's view.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from eventwire.actors.context import POSSESSIVE
from eventwire.actors.dictionary import ORGANIZATIONS, PLACES, Entry, EntryKind, is_base
from eventwire.actors.roles import posted_to, role_code, role_prefix
from eventwire.doc_words import DocWords, capitalised_runs, words_of
from eventwire.model import Actor

if TYPE_CHECKING:
    from eventwire.actors.matcher import Hit


def _calendar_words() -> frozenset[str]:
    names = (*calendar.day_name, *calendar.month_name, *calendar.day_abbr, *calendar.month_abbr)
    return frozenset(n.lower() for n in names if n)


# Day and month names, never a person's name word; read once: `calendar` formats each name
# through the locale on every read, which cost about half a percent of a worker's coding.
CALENDAR_WORDS = _calendar_words()


def _full_name(entry: Entry, hit: Hit) -> bool:
    """Tell whether a hit names a person in full: two name words or more, or a one-word name."""
    return hit.end - hit.start > 1 or len(entry.name.split()) == 1


def _name_goes_on(doc: Doc, hit: Hit, covered: set[int]) -> bool:
    """Tell whether the word after a hit continues a person's name no entry covers ("Abbas Kamel"),
    or the word before it begins one ("Sheikh Salem Abdullah al-Sabah")."""
    if hit.start > 0 and hit.start - 1 not in covered:
        before = doc[hit.start - 1]
        if before.is_alpha and before.is_title and not _opener(before):
            return True
    if hit.end >= len(doc) or hit.end in covered:
        return False
    following = doc[hit.end]
    return following.is_alpha and following.is_title and following.lower_ not in CALENDAR_WORDS


def _title_sectors(doc: Doc, hits: Sequence[Hit], k: int) -> set[str]:
    """Return the sectors of role words right beside hit `k` ("President X", "the X administration",
    "X's government")."""
    hit = hits[k]
    owns = hit.end < len(doc) and doc[hit.end].lower_ in POSSESSIVE
    beside = [h for h in (hits[k - 1] if k else None, hits[k + 1] if k + 1 < len(hits) else None)
              if h is not None and (h.end == hit.start or h.start == hit.end or (owns and h.start == hit.end + 1))]
    return {s for h in beside for e in h.entries if e.kind == EntryKind.ROLE for s in e.sectors}


def _given_name_of_base(entry: Entry, hit: Hit) -> bool:
    """Tell whether a one-token hit is an imported person's one-word name."""
    return hit.end - hit.start == 1 and is_base(entry) and len(entry.name.split()) == 1


def backed_names(doc: Doc, hits: Sequence[Hit]) -> list[Hit]:
    """Return the hits with the person entries of unbacked one-token names taken out (a hit left
    with no entry is dropped), scanning the article left to right.

    A one-token name is backed by the full name earlier in the article, or by a title of the
    person's sector right beside it ("President X", "the X government"). An imported one-word
    name ("Abdullah") that another capitalised name word no entry covers goes on ("Abdullah
    Ocalan") is a given name of someone else, not the listed person.
    """
    named: set[str] = set()
    covered = {i for h in hits for i in range(h.start, h.end)}
    kept: list[Hit] = []
    for k, hit in enumerate(hits):
        persons = [e for e in hit.entries if e.kind == EntryKind.PERSON]
        goes_on = bool(persons) and _name_goes_on(doc, hit, covered)  # read for names only
        full = {e.name for e in persons if _full_name(e, hit) and not (goes_on and _given_name_of_base(e, hit))}
        backed = set(full)
        if len(full) < len(persons) and not goes_on:
            titles = _title_sectors(doc, hits, k)
            backed |= {e.name for e in persons if e.name in named or titles.intersection(e.sectors)}
        entries = tuple(e for e in hit.entries if e.kind != EntryKind.PERSON or e.name in backed)
        if entries:
            kept.append(replace(hit, entries=entries) if len(entries) < len(hit.entries) else hit)
        named |= full
    return kept


NAME_WORDS = range(2, 5)  # a personal name is two to four capitalised words
ARTICLES = frozenset({"the", "a", "an"})
# What may follow a role in apposition after a name: the closing comma, or the role's complement
# ("Jane Roe, the French minister for Europe,").
AFTER_ROLE = frozenset({"for", "on", "of", "in", "at"})
# Prepositions opening a role's complement that names its brief, not its owner ("envoy for the
# region", "ambassador to France", "adviser on trade"), and how many words the complement may take.
ROLE_COMPLEMENT = frozenset({"for", "to", "on"})
COMPLEMENT_REACH = 6
PERSONS_FIRST = ((frozenset({EntryKind.PERSON}), False), (ORGANIZATIONS, False),
                 (frozenset({EntryKind.PERSON}), True), (ORGANIZATIONS, True))


# How the id of the entry a person introduced with a role gets begins.
INTRODUCED = "named:"


@dataclass(frozen=True, slots=True, kw_only=True)
class Introduced:
    """A person named in full beside a role, and the entry that later mentions of the name get."""

    start: int
    words: tuple[str, ...]
    entries: tuple[Entry, ...]

    @property
    def end(self) -> int:
        """Return the token index after the name."""
        return self.start + len(self.words)


def _first(hit: Hit, kinds: frozenset[EntryKind]) -> Entry | None:
    return next((e for e in hit.entries if e.kind in kinds), None)


def _role_actor(doc: Doc, run: Sequence[Hit]) -> tuple[Actor, tuple[Entry, ...]] | None:
    """Return the actor a role phrase names, as a noun phrase of its words resolves (a person or
    organization, else a country with the roles' sectors, else the roles alone), and its entries."""
    roles = [e for h in run if (e := _first(h, frozenset({EntryKind.ROLE}))) is not None]
    posted = posted_to(run, lambda h: _first(h, PLACES) is not None)
    for kinds, imported in PERSONS_FIRST:
        for hit in (h for h in run if h.start not in posted):
            entry = _first(hit, kinds)
            if entry is not None and is_base(entry) == imported:
                return entry.actor(), (entry, *roles)
    sectors = tuple(dict.fromkeys(s for r in roles for s in r.sectors))
    places = [e for h in run if (e := _first(h, PLACES)) is not None
              and not (h.start > 0 and doc[h.start - 1].lower_ == "ethnic")]
    if places:
        place = places[0]
        code = role_prefix(roles) + (place.country or "") + role_code(roles, sectors)
        actor = Actor(code=code, country=place.country, sectors=sectors or place.sectors, name=place.name)
        return actor, (place, *roles)
    if roles and not all(is_base(r) for r in roles):
        return Actor(code=role_prefix(roles) + role_code(roles, sectors), country=None, sectors=sectors,
                     name=roles[-1].name), tuple(roles)
    return None


def _role_before(doc: Doc, start: int, by_end: dict[int, Hit], covered: set[int]) -> list[Hit]:
    """Return the hits of a role phrase ending right before a name ("Kenya's Deputy President"):
    adjacent hits, with a possessive, uncovered capitalised title words or a hyphenated participle
    ("U.N.-appointed") between them."""
    run: list[Hit] = []
    at = start
    while at > 0:
        if (hit := by_end.get(at)) is not None:
            run.insert(0, hit)
            at = hit.start
        elif run and (doc[at - 1].lower_ in POSSESSIVE or (doc[at - 1].is_title and at - 1 not in covered)):
            at -= 1
        elif run and at > 2 and doc[at - 2].text == "-" and doc[at - 1].is_lower and at - 2 in by_end:
            at -= 2  # "United Nations-appointed envoy"
        else:
            break
    return run if run and _first(run[-1], frozenset({EntryKind.ROLE})) is not None else []


def _role_after(doc: Doc, end: int, by_start: dict[int, Hit]) -> list[Hit]:
    """Return the hits of a role in apposition after a name (", the U.N. envoy,")."""
    at = end + 1
    if end >= len(doc) or doc[end].text != "," or at >= len(doc):
        return []
    if doc[at].lower_ in ARTICLES:
        at += 1
    run: list[Hit] = []
    while (hit := by_start.get(at)) is not None or (run and at < len(doc) and doc[at].lower_ in POSSESSIVE):
        if hit is not None:
            run.append(hit)
            at = hit.end
        else:
            at += 1
    closed = at >= len(doc) or doc[at].is_punct or doc[at].lower_ in AFTER_ROLE
    return run if run and closed and _first(run[-1], frozenset({EntryKind.ROLE})) is not None else []


def _role_apposed_before(doc: Doc, name: tuple[int, int], by_end: dict[int, Hit], covered: set[int]) -> list[Hit]:
    """Return the hits of a role the name stands in apposition to, set off by commas before it
    ("Kenya's foreign minister, Jane Roe, said"): the role phrase ends at the comma before the
    name, or before a complement saying what the role is for ("the bloc's envoy for the
    region, Jane Roe,": the complement names no owner), and a comma or other punctuation
    closes the name."""
    start, end = name
    if start < 2 or doc[start - 1].text != "," or end >= len(doc) or not doc[end].is_punct:
        return []
    found = _role_before(doc, start - 1, by_end, covered)
    for at in range(start - 2, max(start - 2 - COMPLEMENT_REACH, 0), -1):
        if found or doc[at].is_punct:
            break
        if doc[at].lower_ in ROLE_COMPLEMENT:
            found = _role_before(doc, at, by_end, covered)
    return found


def _introduced(doc: Doc, start: int, end: int, run: Sequence[Hit], *, unplaced: bool = False) -> Introduced | None:
    found = _role_actor(doc, run)
    if found is None or not (found[0].placed or unplaced):
        return None  # a role alone ("the spokesman") would be placed anew by each later sentence
    actor, entries = found
    words = tuple(t.text for t in doc[start:end])
    origin = doc[min(start, run[0].start):max(end, run[-1].end)]
    entry = Entry(id=f"{INTRODUCED}{'_'.join(words)}@{doc[start].idx}:{'+'.join(e.id for e in entries)}",
                  kind=EntryKind.PERSON, phrases=(" ".join(words),), code=actor.code, country=actor.country,
                  sectors=actor.sectors, name=" ".join(words), origin=f"char {origin.start_char}: {origin.text}")
    return Introduced(start=start, words=words, entries=(entry,))


def _listed(words: DocWords, hit: Hit) -> Introduced | None:
    """Return the person a listed full name introduces ("Jane Roe" in the dictionary), if the hit is one."""
    persons = tuple(e for e in hit.entries if e.kind == EntryKind.PERSON)
    span = range(hit.start, min(hit.end, len(words.text)))
    if not persons or len(span) not in NAME_WORDS or not all(words.is_alpha[i] and words.is_title[i] for i in span):
        return None
    return Introduced(start=hit.start, words=words.text[span.start:span.stop], entries=persons)


def _introduced_by_role(doc: Doc, name: tuple[int, int], by_end: dict[int, Hit], by_start: dict[int, Hit],
                        covered: set[int], *, unplaced: bool = False) -> Introduced | None:
    """Return the person a name run (start, end) introduces with a role before it, after it or in
    apposition before it ("Finance Minister Jane Roe", "Jane Roe, the minister", "the minister,
    Jane Roe,"); None when no role stands beside it, or when the role places the person in no
    country unless `unplaced` ("federal prosecutor Jane Roe": see `placed_names`)."""
    start, end = name
    before = _role_before(doc, start, by_end, covered)
    # a rank or title the dictionaries name no actor by ("a coast guard spokesman, Captain Jane Roe,")
    # stands between the name and the role apposed to it
    lead = before[0].start if before else start
    for run in (before, _role_after(doc, end, by_start), _role_apposed_before(doc, (lead, end), by_end, covered)):
        person = _introduced(doc, start, end, run, unplaced=unplaced) if run else None
        if person is not None:
            return person
    return None


def _introductions(doc: Doc, hits: Sequence[Hit], covered: set[int], phrases: set[int]) -> list[Introduced]:
    """Return the people named in full, by a listed full name or beside a role, in text order."""
    by_end, by_start = {h.end: h for h in hits}, {h.start: h for h in hits}
    table = words_of(doc)
    people = [p for h in hits if (p := _listed(table, h)) is not None]

    def free(i: int) -> bool:  # a name's words: none a dictionary phrase covers, no day or month
        return i not in covered and table.lower[i] not in CALENDAR_WORDS

    for start, end in capitalised_runs(table, 0, free):
        if end - start in NAME_WORDS and end - 1 not in phrases:
            person = _introduced_by_role(doc, (start, end), by_end, by_start, covered, unplaced=True)
            if person is not None:
                people.append(person)
    return sorted(people, key=lambda p: p.start)


def _opener(token: Token) -> bool:
    """Tell whether a capitalised word is no part of a name after it: a function word opening a
    sentence ("But", "When"), or a day or month ("On Thursday Roe ordered ...")."""
    return (bool(token.is_sent_start) and token.is_stop) or token.lower_ in CALENDAR_WORDS


def _mention_at(doc: Doc, i: int, person: Introduced, surname_too: bool, free: set[int]) -> int:
    """Return the length of a later mention of a person at token `i` (full name, or surname alone
    when `surname_too`), standing apart from other capitalised words; 0 when there is none."""
    full = len(person.words)
    for size in (full, 1) if surname_too else (full,):
        words = person.words[-size:]
        span = range(i, i + size)
        if (i + size <= len(doc) and all(k in free and doc[k].text == w for k, w in zip(span, words, strict=True))
                and not (i > 0 and i - 1 in free and doc[i - 1].is_title and not _opener(doc[i - 1]))
                and not (i + size < len(doc) and i + size in free and doc[i + size].is_title)):
            return size
    return 0


def _dated_only(hit: Hit) -> tuple[Entry, ...]:
    """Return the people a hit names when it names only people, each listed under dated offices."""
    persons = tuple(e for e in hit.entries if e.kind == EntryKind.PERSON)
    dated = all(e.valid_from is not None or e.valid_until is not None for e in persons)
    return persons if persons and dated and len(persons) == len(hit.entries) else ()


def _imported_only(hit: Hit) -> tuple[Entry, ...]:
    """Return the people a hit names when it names only people, each from the imported base layer."""
    persons = tuple(e for e in hit.entries if e.kind == EntryKind.PERSON)
    return persons if persons and len(persons) == len(hit.entries) and all(is_base(e) for e in persons) else ()


def _placed_elsewhere(persons: Sequence[Entry], role: Entry) -> bool:
    """Tell whether the role an article introduces imported people with places them in a country
    none of their entries gives ("Mali's foreign minister, Jane Roe" where the imported dictionary
    lists a Jane Roe of Senegal): the text says whom it means, the imported name list holds a
    namesake or an earlier post."""
    return role.country is not None and all(is_base(e) and e.country != role.country for e in persons)


def dated_roles(doc: Doc, hits: Sequence[Hit]) -> list[Hit]:
    """Return the hits with the actor of the role an article introduces a person with added after
    his entries, when the dictionaries list him only under dated offices ("the bloc's envoy, Jane
    Roe,"), at the introduction and at every later mention: outside all his offices he is the
    role's actor (his offices, listed first, name him while he holds one). Where the role places
    imported people in another country (`_placed_elsewhere`), it comes before their entries."""
    covered = {i for h in hits for i in range(h.start, h.end)}
    by_end, by_start = {h.end: h for h in hits}, {h.start: h for h in hits}
    given: dict[str, Entry] = {}
    kept: list[Hit] = []
    for hit in hits:
        dated, imported = _dated_only(hit), _imported_only(hit)
        persons = dated or imported
        role = next((given[e.id] for e in persons if e.id in given), None)
        if persons and role is None:
            introduced = _introduced_by_role(doc, (hit.start, hit.end), by_end, by_start, covered)
            role = introduced.entries[0] if introduced is not None else None
            if role is not None and not dated and not _placed_elsewhere(persons, role):
                role = None
            given.update({e.id: role for e in persons if role is not None})
        if role is None:
            kept.append(hit)
        elif _placed_elsewhere(persons, role):
            kept.append(replace(hit, entries=(role, *hit.entries)))
        else:
            kept.append(replace(hit, entries=(*hit.entries, role)))
    return kept


def other_bearers(found: Mapping[tuple[int, int], Sequence[Entry]], hits: Sequence[Hit]) -> set[int]:
    """Return the tokens of one-word names the dictionaries list only for people the article may
    not mean: those whose entries `backed_names` dropped (a surname with no full name nor title
    beside it), and imported one-word names ("Hussein"). A person the article names in full with
    that surname ("Foreign Minister Fuad Hussein") is the one a later lone surname names."""
    kept = {h.start: h for h in hits if h.end - h.start == 1}
    return {s for (s, e), entries in found.items()
            if e - s == 1 and entries and all(x.kind == EntryKind.PERSON for x in entries)
            and (s not in kept or bool(_imported_only(kept[s])))}


def introduced_names(doc: Doc, hits: Sequence[Hit], *,
                     phrases: set[int]) -> list[tuple[int, int, tuple[Entry, ...]]]:
    """Return the later mentions (start, end, entries) of people introduced with a role or by a
    listed full name: the full name, or the surname when no other person introduced in the article
    shares it and the article writes it as no lowercase word; none on a token some dictionary
    phrase matched (`phrases`), even one whose entries were dropped. A person a role alone
    introduced ("federal prosecutor Jane Roe") is placed in no country yet (`placed_names`)."""
    covered = {i for h in hits for i in range(h.start, h.end)}
    first = {p.words: p for p in reversed(_introductions(doc, hits, covered, phrases))}
    if not first:
        return []
    table = words_of(doc)
    # A surname the article also writes as a lowercase word ("Young", "young") is no name alone.
    common = {w for w, low in zip(table.lower, table.is_lower, strict=True) if low}
    surnames = [words[-1] for words in first]
    own = {words: not any(_unplaced(e) for e in p.entries) for words, p in first.items()}
    # A person the dictionary lists or a role placed is named by a surname before one a role alone
    # introduced ("President Ali Roe ... the fisherman, Abdo Roe, ... Roe said": the president).
    placed = [words[-1] for words in first if own[words]]
    # whether a person's surname alone names them: read once, as it is the same at every token
    alone = {words: (placed if own[words] else surnames).count(words[-1]) <= 1 and words[-1].lower() not in common
             for words in first}
    free = set(range(len(doc))) - covered - phrases
    found: list[tuple[int, int, tuple[Entry, ...]]] = []
    # A mention opens with a person's first word or surname: any other token is passed at once.
    openers = {w for p in first for w in (p[0], p[-1])}
    texts = table.text
    i = min(p.end for p in first.values())
    while i < len(doc):
        size = 0
        if texts[i] not in openers:
            i += 1
            continue
        for person in (p for p in first.values() if p.end <= i):
            size = _mention_at(doc, i, person, alone[person.words], free)
            if size:
                found.append((i, i + size, person.entries))
                break
        i += max(size, 1)
    return found


def placed_names(hits: Sequence[Hit], country: str | None) -> tuple[Hit, ...]:
    """Return the hits with the later mentions of a person a role alone introduced ("federal
    prosecutor Jane Roe ... Roe said": `introduced_names`) placed in the country the article is
    about, as an office of that country ("Interior Minister Jane Roe" in a story about Kenya is
    Kenya's); with no such country their entries are left out (a hit left with none is dropped)."""
    kept: list[Hit] = []
    for hit in hits:
        entries = tuple(_placed(e, country) if _unplaced(e) else e for e in hit.entries)
        found = tuple(e for e in entries if e is not None)
        if found:
            kept.append(replace(hit, entries=found) if entries != hit.entries else hit)
    return tuple(kept)


def _unplaced(entry: Entry) -> bool:
    return entry.id.startswith(INTRODUCED) and not entry.actor().placed


def _placed(entry: Entry, country: str | None) -> Entry | None:
    if country is None:
        return None
    return replace(entry, id=f"{entry.id}+article-country:{country}", code=country + entry.code, country=country)


# How far a commentator's noun may stand from the comma after the name ("Jane Roe, a senior fellow").
COMMENTATOR_REACH = 6


def _run_surname(words: DocWords, first: int, step: int) -> str | None:
    """Return the surname of a run of two or three capitalised words that begins at token `first`
    and goes on in the direction `step` (1 forward: "analyst Jane Roe"; -1 back from the word before
    a comma: "Jane Roe, a senior fellow"): the run's last word in reading order."""
    run: list[int] = []
    at = first
    while 0 <= at < len(words.text) and len(run) < 3 and words.is_alpha[at] and words.is_title[at]:
        run.append(at)
        at += step
    if len(run) < 2:
        return None
    return words.text[run[-1] if step > 0 else run[0]]


def commentator_names(doc: Doc, nouns: frozenset[str]) -> frozenset[str]:
    """Return the surnames of the people an article introduces as commentators, by a commentator
    noun after the name ("Jane Roe, a senior fellow at ...") or before it ("analyst Jane Roe"): a
    later "Roe said" tells a commentator's view."""
    found: set[str] = set()
    words = words_of(doc)
    for i, lower in enumerate(words.lower):
        if lower not in nouns and lower.removesuffix("s") not in nouns:
            continue
        surnames = [_run_surname(words, i + 1, 1)]
        for comma in range(i - 1, max(i - COMMENTATOR_REACH, 0) - 1, -1):
            if words.is_punct[comma]:
                surnames.append(_run_surname(words, comma - 1, -1) if words.text[comma] == "," else None)
                break
        found.update(name for name in surnames if name)
    return frozenset(found)
