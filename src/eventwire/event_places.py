"""The places stage of the pipeline: each event's place among the names of its sentence that hang
from its action (`eventwire.places` reads and chooses them), a capital named by its country or by
a government's building, the caller's capital for a summons, the town a speaker is named in for what it says as its own
("the ministry in Lima said it had asked ..."), the place last named for a sentence that speaks
of "the same area", and an incident's town for the acts of force the next sentence tells of it.

`locate_events` places the events of one sentence; `carry_places` and `carry_incident` add what
the article around it gives (`eventwire.dateline_places` what its dateline gives);
`article_countries` are the countries a story names, by which a far town of the same name as one
of theirs is told apart.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.actors.dictionary import PLACES, EntryKind
from eventwire.actors.matcher import Hit
from eventwire.coding.lexicon import Lexicon
from eventwire.date_attachment import same_time_clause
from eventwire.doc_words import doc_text, tokens_from, words_of
from eventwire.gazetteer import Gazetteer
from eventwire.model import EventDate, Place, PlacePrecision
from eventwire.nlp import Sentence
from eventwire.parse_labels import SUBJECT_DEPS
from eventwire.parse_view import with_lemma
from eventwire.place_clauses import nominal_deed
from eventwire.place_cues import REMOVED, SENT, governing_cue, place_cue
from eventwire.place_names import holds_water, name_runs, names_no_place, place_owners
from eventwire.places import (
    WHERE,
    Candidate,
    EventSpot,
    action_tokens,
    attribution,
    candidate_token,
    find_place,
    own_candidates,
    place_candidates,
    ranks,
)
from eventwire.visit_places import visit_towns


@dataclass(frozen=True, slots=True, kw_only=True)
class SentencePlaces:
    """The places stage's result for one sentence: the one country it names outside its
    attribution (if exactly one), the place of each of its events, in order, and whether the
    sentence names a place for each with a locative ("in the Kech district"), found or not."""

    region: str | None
    places: tuple[Place | None, ...]
    named: tuple[bool, ...] = ()
    same_area: bool = False  # the sentence speaks of "the same area" (village, town ...)
    placing: bool = False  # the sentence names a place where something may be, for any act

    @property
    def named_each(self) -> tuple[bool, ...]:
        """Whether the sentence names a place for each event (none when `named` was not recorded)."""
        return self.named or (False,) * len(self.places)


def locate_events(doc: Doc, sentence: Sentence, hits: Sequence[Hit], events: Sequence[EventSpot],
                  *, gazetteer: Gazetteer, lexicon: Lexicon, known: frozenset[str] = frozenset(),
                  article: frozenset[str] = frozenset(), country: str | None = None) -> SentencePlaces:
    """Return the place of each event of a parsed sentence, among the place names that hang from
    its action (see `own_candidates`), and the one country the sentence names. A use of force
    (`EventSpot.forceful`) is placed in a town only of the countries the article names (`known`),
    of its actors' or abroad in a capital: fighting is told where it is. A short name several
    countries share ("Congo") is the one of them `article` names (the article's other names). A name
    the gazetteer lacks that the sentence calls a place is of the country of its other places, else
    of the actors' one country, else of the article's `country` (as its unplaced actors are); a
    summons is in the capital of the caller's country, the article's for a caller of none named
    ("the ministry")."""
    if not events:
        return SentencePlaces(region=None, places=())
    reporters = attribution(doc, lexicon)
    # a person's or body's name is no place, nor is a demonym ("outside the Ugandan parliament")
    named = {i - sentence.start for h in hits if not any(e.kind in PLACES for e in h.entries)
             or (h.entries and h.entries[0].kind == EntryKind.DEMONYM) for i in range(h.start, h.end)}
    candidates = place_candidates(doc, reporters | named, lexicon)
    found: dict[tuple[frozenset[str], tuple[Candidate, ...], bool, str | None], Place | None] = {}
    places: list[Place | None] = []
    located: list[bool] = []
    countries = frozenset(i - sentence.start for h in hits if any(e.kind == EntryKind.COUNTRY for e in h.entries)
                          for i in range(h.start, h.end))
    capitals = capital_phrases(doc, hits, sentence.start, lexicon)
    # where a speaker sits places only what is said or intended (`_spoken_at`)
    seats = speaker_seats(doc, hits, sentence.start, lexicon) if any(_said(e) for e in events) else []
    # names a place where something may be ("from X" is not, nor where something was sent)
    placing = any(ranks(c[3], lexicon) and c[3] != SENT for c in candidates)
    # "in central Nigeria's Plateau state": a name several places share is the one in a country named
    named_countries = frozenset(e.country for h in hits for e in h.entries[:1] if e.kind in PLACES and e.country)
    called = called_places(doc, [c for c in candidates if not _names_country(doc, c, countries)], lexicon)
    # "in Togo's Kloto district": a name is a place of the country the sentence places it in
    owners = place_owners(doc, candidates, country_tokens(hits, sentence.start), lexicon)
    # a place the gazetteer lacks that the sentence calls one takes the country of its other places
    around = find_place(sentence.text, sentence.start_char, candidates, gazetteer, named_countries,
                        lexicon=lexicon, regions=lexicon.region_name, local=known,
                        article=article, owners=owners) if called else None
    for event in events:
        own = _scene_first(doc, tuple(own_candidates(doc, candidates, event, lexicon, countries)), event, lexicon,
                           countries)
        located.append(any(c[3] in lexicon.scene_preposition or c[3] == WHERE for c in own))
        if (key := (event.countries, own, event.forceful, event.source)) not in found:
            found[key] = find_place(sentence.text, sentence.start_char, own, gazetteer,
                                    event.countries or named_countries, lexicon=lexicon, regions=lexicon.region_name,
                                    local=known if event.forceful else frozenset(), named=called,
                                    home=around.country if around else country, article=article,
                                    actor=event.source, owners=owners)
        place = found[key]
        if place is None and capitals:
            phrase = next(own_candidates(doc, list(capitals), event, lexicon, countries), None)
            capital = gazetteer.capital(capitals[phrase]) if phrase else None
            if phrase and capital:
                place = dataclasses.replace(capital, text=phrase[0], start=sentence.start_char + phrase[1],
                                            end=sentence.start_char + phrase[2])
        caller = event.source or country  # "the ministry summoned ...": of the article's country
        if place is None and caller and event.happened and _summons(doc, event, lexicon) \
                and not _summoned_at(doc, candidates, lexicon):
            place = gazetteer.seat(caller)
        if place is None and _said(event):
            place = _spoken_at(doc, sentence, seats, event, tools=(gazetteer, lexicon),
                               prefer=event.countries or named_countries)
        places.append(place)
    places = visit_towns(doc, events, places, gazetteer, lexicon)
    actors = {i - sentence.start for h in hits for i in range(h.start, h.end)}
    outside = (reporters - _declarers(doc, actors, lexicon)) | _non_locative(doc, lexicon)
    region = sentence_country(hits, sentence.start, outside)
    same = any(doc[i].head.lemma_ in lexicon.place_noun for i in _indices_of(doc, frozenset({"same"})))
    return SentencePlaces(region=region, places=tuple(places), named=tuple(located), same_area=same,
                          placing=placing)


def _summoned_at(doc: Doc, candidates: Sequence[Candidate], lexicon: Lexicon) -> bool:
    """Tell whether a summons's sentence names a place where it may be, other than one of a deed it
    speaks of ("to protest the killing of two traders at the border post")."""
    return any(ranks(c[3], lexicon) and c[3] != SENT and not _of_a_deed(doc, c) for c in candidates)


def _of_a_deed(doc: Doc, candidate: Candidate) -> bool:
    """Tell whether a place name lies in the phrase of a deed told by its "-ing" noun ("the shooting
    of two traders at the border post", see `place_clauses.nominal_deed`)."""
    token = candidate_token(doc, candidate)
    return token is not None and any(nominal_deed(a) for a in token.ancestors)


_CAPITAL = frozenset({"capital"})


def _scene_first(doc: Doc, own: tuple[Candidate, ...], event: EventSpot, lexicon: Lexicon,
                 countries: frozenset[int] = frozenset()) -> tuple[Candidate, ...]:
    """Return an event's candidates without those inside the phrase of its subject when a name
    hangs from the action itself: a place in the subject's phrase tells where the doer is ("police
    in Peru arrested miners in Chumbivilcas province"), or of a verb the action hangs from ("protests
    in Cajamarca led ..., and the government declared an emergency in Islay province"); a clause of
    the same scene below the action ("when they evicted farmers near Cusco") is the action's. Something
    said keeps a town there: "the embassy in Kabul condemned ..." was said there, but a country
    (`countries`: the tokens naming one) only tells the speaker's seat ("the U.N. mission in Mali
    condemned ...")."""
    inside = action_tokens(doc, event.action, lexicon)
    # "used force when they evicted farmers near Cusco": a clause of the same scene is the action's
    inside |= {c.i for i in inside for c in doc[i].children if same_time_clause(c, lexicon.same_time_mark)}
    above = inside | {a.i for i in inside for a in doc[i].ancestors}  # the action and the verbs it hangs from
    roles = {c: _party_role(doc, c, inside, above) for c in own}
    if event.saying:
        return tuple(c for c in own if not (roles[c] in SUBJECT_DEPS and _names_country(doc, c, countries)))
    if any(roles[c] is None for c in own):
        return tuple(c for c in own if roles[c] not in SUBJECT_DEPS)
    return own


def _names_country(doc: Doc, candidate: Candidate, countries: frozenset[int]) -> bool:
    """Tell whether a place-name candidate is the name of a country."""
    token = candidate_token(doc, candidate)
    return token is not None and token.i in countries


def _party_role(doc: Doc, candidate: Candidate, inside: set[int], above: set[int]) -> str | None:
    """Return the role of the phrase a candidate's name sits in ("nsubj" for "police in Peru
    arrested") under the action or a verb it hangs from (`above`), "above" when the name's
    preposition hangs from such a verb, or None when it hangs from the action (`inside`) itself."""
    token = candidate_token(doc, candidate)
    current = token
    while current is not None and current.head.i != current.i and current.head.i not in above:
        current = current.head
    if current is None or current.head.i not in above or current is token:
        return "above"
    if current.dep_ == "prep":
        return None if current.head.i in inside else "above"
    return current.dep_ if current.pos_ in {"NOUN", "PROPN", "PRON"} else "above"


# What a name after a preposition of a landmark (lexicon `landmark_preposition`) is not, by its entity type.
_NO_PLACE_ENTITY = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME"})


def called_places(doc: Doc, candidates: Sequence[Candidate], lexicon: Lexicon) -> dict[int, str]:
    """Return the names the sentence itself calls a place, by their candidates' start offsets: a
    place noun's modifier or "of" object ("in Cotabambas province", "the town of Kuria") or a name
    a place noun stands in apposition to ("on Ilha Verde, a small island"), a name a
    place noun closes ("in the Swat District": "Swat"), one a deed is placed near ("near Tessoumba",
    "outside Kouloudia") or a proper name a locative governs itself ("raids around Muidumbe", "the camp
    at Gorgadji"; not one modifying a noun, "in a Quechua community"), and the name of a lake, river
    or strait ("on Lake Albert", "near the Komadugu river"); not a country's capital ("the Kenyan
    capital")."""
    nouns = (lexicon.place_noun | lexicon.country_water) - {"capital"}
    called = {}
    for text, start, end, cue in candidates:
        run = [doc[i] for i in tokens_from(doc, start, end)]
        if not run:
            continue
        last = run[-1]
        if holds_water(text, lexicon) or _placed_by_cue(run, cue, lexicon):  # "on Lake Albert"
            called[start] = text
        elif last.lemma_.lower() in nouns and len(run) > 1 and all(
                t.pos_ == "PROPN" and t.ent_type_ != "NORP" for t in run[:-1]):
            called[start] = doc[run[0].i:last.i].text  # "the Swat District"
        elif (last.dep_ == "compound" and last.head.lemma_.lower() in nouns) or (
                last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.lemma_.lower() in nouns) or any(
                c.dep_ == "appos" and c.lemma_.lower() in nouns for c in last.children):  # "Kerou, a town"
            called[start] = text
    return called


def _placed_by_cue(run: Sequence[Token], cue: str, lexicon: Lexicon) -> bool:
    """Tell whether a name is a place by the preposition governing it: one a deed is placed near
    ("near Tessoumba"), or a proper name a locative governs itself ("around Muidumbe"), not one
    modifying a noun ("in a Quechua community") nor one with a possessor ("near Cox's Bazar")."""
    if _possessed(run[0]):
        return False
    if cue in lexicon.landmark_preposition:
        return not any(t.ent_type_ in _NO_PLACE_ENTITY for t in run)
    return ((cue in lexicon.scene_preposition or cue == REMOVED) and run[-1].dep_ == "pobj"
            and all(t.pos_ == "PROPN" for t in run))


def _possessed(token: Token) -> bool:
    """Tell whether a name's first word has a proper-noun possessor: the name runs on to its left
    ("near Cox's Bazar": no place "Bazar")."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children)


def carry_places(found: Sequence[SentencePlaces]) -> list[SentencePlaces]:
    """Return an article's places with the place its text last named for an event given to the
    events of a later sentence that speaks of "the same area" (village, town ...) and names no
    place of its own for them."""
    last: Place | None = None
    carried = []
    for sentence in found:
        places = tuple(last if place is None and not said and sentence.same_area else place
                       for place, said in zip(sentence.places, sentence.named_each, strict=True))
        carried.append(dataclasses.replace(sentence, places=places))
        last = next((p for p in reversed(sentence.places) if p is not None and p.text is not None), last)
    return carried


# What an incident is placed in when its place is carried on: a place within a country the
# gazetteer knows, not the whole country, nor a town it lacks, whose country is a guess that would
# pass on to the next sentence's actors of no country ("police").
_TOWN = frozenset({PlacePrecision.CITY, PlacePrecision.DIVISION, PlacePrecision.WATER})


def carry_incident(found: Sequence[SentencePlaces], spots: Sequence[Sequence[EventSpot]],
                   dates: Sequence[Sequence[EventDate]], sentences: Sequence[Sentence],
                   gatherings: Sequence[Place | None] = ()) -> list[SentencePlaces]:
    """Return an article's places with the town of a use of force or a protest given to such acts
    of the very next sentence that name no place of their own and are dated as that act or not at
    all ("Gunmen raided a police post in Beni on Sunday. They exchanged fire with officers for hours
    before ..."): a story tells an incident where it first places it, then its course in the
    sentences that follow (wire copy gives most sentences a paragraph of their own, so a paragraph
    break parts nothing). An act dated otherwise is another incident, and one told a sentence later
    may be anywhere, as may one after an act only intended ("said it would cut off the road"). So
    too the town a trip went to, for the talks and meetings (`_talks_there`) the traveler's side held
    next ("The Kenyan president arrived in Kampala on Monday. He held talks with his Ugandan
    counterpart."). The town the sentence right before tells a crowd gathering or a clash in (`gatherings`,
    by sentence; see `eventwire.place_gatherings`) is such a scene too, for the force used on it
    next ("Hundreds rallied in Kitwe. Police fired tear gas to scatter them"), done among the
    crowd's own country, not against another ("thousands marched in Harare. Gunmen fired mortars
    toward Zambia"). A town carried on is carried further, sentence by sentence, while the
    incident's course or the talks go on."""
    carried = list(found)
    passed: Place | None = None  # the town carried to the sentence before (a crowd's may be one the gazetteer lacks)
    for k in range(len(found)):
        before = zip(carried[k - 1].places, spots[k - 1], dates[k - 1], strict=True) if k else ()
        scene = next(((p, when.date, e) for p, e, when in before
                      if p is not None and e.happened and (e.forceful or e.scene.trip or (
                          p is passed and e.scene.envoy)) and (p.precision in _TOWN or p is passed)), None) if k and (
            sentences[k].index == sentences[k - 1].index + 1) else None
        crowd = gatherings[k] if k < len(gatherings) else None
        passed = None
        if scene is None and crowd is None:
            continue
        town, day, opener = scene or (crowd, None, None)
        if town is None:
            continue
        places = tuple(town if place is None and not said and event.happened
                       and (scene is None or when.date in {None, day})
                       and (_talks_there(event, opener) if opener is not None and not opener.forceful
                            else event.forceful and (scene is not None or event.countries <= {town.country}))
                       else place
                       for place, said, event, when in zip(found[k].places, found[k].named_each, spots[k], dates[k],
                                                          strict=True))
        carried[k] = dataclasses.replace(found[k], places=places)
        passed = town if any(p is town for p in places) else None
    return carried


def _talks_there(event: EventSpot, trip: EventSpot) -> bool:
    """Tell whether an event is a consultation (scene `envoy`, not itself a trip) held by the side
    that made a trip, or that a consultation held on a trip goes on with."""
    return event.scene.envoy and not event.scene.trip and event.source is not None and event.source == trip.source


@dataclass(frozen=True, slots=True, kw_only=True)
class Seat:
    """A place a speaker is named in ("the foreign ministry in Lima said ..."): the tokens of what
    its speech verb reports (the verb and its clauses, not its subject), the speaker phrase's
    characters and the countries its actors are of, and the place-name candidate."""

    reported: frozenset[int]
    speaker: tuple[int, int]
    countries: frozenset[str]
    candidate: Candidate
    pronoun: bool = False  # the speaker is a pronoun ("he told reporters in Riyadh")

    def speaks_for(self, event: EventSpot) -> bool:
        """Tell whether the speaker tells its own act or its own state's ("the embassy in Quito
        said Lima was ready to ..."), not another party's that it only reports; a pronoun speaker
        tells the act of the party named before the sentence that it stands for ("the minister
        spoke on Monday. 'They must free them,' he told reporters in Riyadh")."""
        a, b = self.speaker
        return (event.source is not None and event.source in self.countries) or any(
            a <= start < b or (self.pronoun and start < 0) for start, _ in event.sides[:1])


def speaker_seats(doc: Doc, hits: Sequence[Hit], offset: int, lexicon: Lexicon) -> list[Seat]:
    """Return the places speakers are named in ("the foreign ministry in Lima said", "officials at
    the embassy in Dakar told reporters"), or that their speech verb names ("said in Lima", "told
    reporters in Lima", `_told_at`): words are spoken where their speaker sits or speaks."""
    runs = name_runs(doc, lexicon)
    seats: list[Seat] = []
    for verb in with_lemma(doc, lexicon.speech_verb):
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            inside = {w.i for w in subject.subtree}
            reported = frozenset(w.i for w in verb.subtree) - inside
            countries = frozenset(e.country for h in hits for e in h.entries[:1]
                                  if h.start - offset in inside and e.country)
            span = (subject.left_edge.idx - doc[0].idx, subject.right_edge.idx + len(subject.right_edge) - doc[0].idx)
            pronoun = subject.pos_ == "PRON" and subject.lower_ in lexicon.person_pronoun | lexicon.group_pronoun
            seats += [Seat(reported=reported, speaker=span, countries=countries, pronoun=pronoun,
                           candidate=(run.text, run.start_char, run.end_char, cue)) for run in runs
                      if (all(t.i in inside for t in run) or _told_at(run.root, verb))
                      and not names_no_place(run, lexicon)
                      and (cue := place_cue(run[-1], lexicon)) in lexicon.scene_preposition]
    return seats


# How a place phrase may hang from a speech verb and still tell where the words were spoken: as
# its own locative ("said in Lima", "said in a speech in Lima") or one of whom it was told to
# ("told reporters in Lima", "told the Andina agency in Lima"); not through a participle ("a
# bulletin monitored in Lima" was heard there).
_TOLD_AT = frozenset({"prep", "pobj", "dobj", "dative", "compound"})


def _told_at(name: Token, verb: Token) -> bool:
    """Tell whether a place name hangs from a speech verb through its own phrases only: its
    locative or its hearer's ("told the state news agency in Tehran that ...")."""
    token = name
    while token.i != verb.i:
        if token.dep_ not in _TOLD_AT or token.head.i == token.i:
            return False
        token = token.head
    return name.i != verb.i


def _said(event: EventSpot) -> bool:
    """Tell whether an event is a thing said, or an act only intended (told as said too)."""
    return event.saying or not event.happened


def _spoken_at(doc: Doc, sentence: Sentence, seats: Sequence[Seat], event: EventSpot, *,
               tools: tuple[Gazetteer, Lexicon], prefer: frozenset[str]) -> Place | None:
    """Return the town a thing said (or an act only intended, told as said) was said in, named in
    the phrase of the speaker that tells it as its own ("the ministry in Lima said it had asked
    Chile to ...", "the embassy in Quito said Lima was ready to ..."); a country there only tells
    the speaker's seat ("the U.N. mission in Mali said"), not where the words were spoken."""
    gazetteer, lexicon = tools
    inside = action_tokens(doc, event.action, lexicon)
    for seat in seats:
        if not inside or not inside <= seat.reported or not seat.speaks_for(event):
            continue
        place = find_place(sentence.text, sentence.start_char, [seat.candidate], gazetteer, prefer, lexicon=lexicon,
                           regions=lexicon.region_name)
        if place is not None and not gazetteer.is_country(place):
            return place
    return None


def _summons(doc: Doc, event: EventSpot, lexicon: Lexicon) -> bool:
    """Tell whether an event's action calls someone in ("summoned the ambassador") or is a formal
    protest handed over as a note ("sent a protest note to Lome", lexicon `note_noun`): done in
    the capital of its source's country, where the caller's ministry sits."""
    words = [doc[i].lemma_.lower() for i in action_tokens(doc, event.action, lexicon)]
    return any(w in lexicon.summoning_verb or (event.scene.lodged and w in lexicon.note_noun) for w in words)


def capital_phrases(doc: Doc, hits: Sequence[Hit], offset: int, lexicon: Lexicon) -> dict[Candidate, str]:
    """Return the phrases that name a country's capital by the country alone ("in the Kenyan
    capital", "at Afghanistan's capital"), by the country (ISO 3166 alpha-3) they name; a capital
    named in apposition ("the capital, Juba") is a candidate of its own."""
    country_at = country_tokens(hits, offset)
    found: dict[Candidate, str] = {}
    for token in with_lemma(doc, _CAPITAL, lower=True):
        if token.lemma_.lower() != "capital" or token.dep_ != "pobj":
            continue
        cue = governing_cue(token.head, lexicon)  # "in the Afghan capital", "trips to the Afghan capital"
        if cue not in lexicon.scene_preposition | lexicon.goal_preposition | {SENT}:
            continue
        if any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children):
            continue
        country = next((country_at[c.i] for c in token.children
                        if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i in country_at), None)
        if country is not None:
            start = token.left_edge.idx
            found[(doc_text(doc)[start:token.idx + len(token)], start, token.idx + len(token), cue)] = country
    return found | seat_phrases(doc, hits, offset, lexicon)


def country_tokens(hits: Sequence[Hit], offset: int) -> dict[int, str]:
    """Return the country (ISO 3166 alpha-3) each token of a country's name, demonym or capital names."""
    return {i - offset: e.country for h in hits for e in h.entries[:1] if e.kind in PLACES and e.country
            for i in range(h.start, h.end)}


def seat_phrases(doc: Doc, hits: Sequence[Hit], offset: int, lexicon: Lexicon) -> dict[Candidate, str]:
    """Return the buildings of a government that a locative governs ("talks at the Blue House",
    "a meeting in the Kremlin"), by the country whose capital they stand in."""
    found: dict[Candidate, str] = {}
    for hit in hits:
        entry = hit.entries[0] if hit.entries else None
        if entry is None or entry.kind != EntryKind.METONYM or not entry.country or hit.end - offset > len(doc):
            continue
        span = doc[hit.start - offset:hit.end - offset]
        cue = place_cue(span[-1], lexicon)
        if cue in lexicon.scene_preposition:
            found[(span.text, span.start_char, span.end_char, cue)] = entry.country
    return found


def article_countries(hits: Sequence[Sequence[Hit]], filed: Place | None) -> frozenset[str]:
    """Return the countries an article names (by name, demonym or capital) in its sentences
    (`hits`) or its dateline (`filed`)."""
    named = {e.country for sentence in hits for h in sentence for e in h.entries if e.kind in PLACES and e.country}
    return frozenset(named | ({filed.country} if filed is not None and filed.country else set()))


def _non_locative(doc: Doc, lexicon: Lexicon) -> set[int]:
    """Return the tokens of phrases a country can be named in without being the sentence's
    country: where something goes or is aimed (lexicon `directed_preposition`: "deported to
    Myanmar", "the border with Sudan"), and an ethnic group's name (`ethnic_word`: "ethnic Turks")."""
    directed = {w.i for i in _indices_of(doc, lexicon.directed_preposition) if doc[i].dep_ == "prep"
                for w in doc[i].subtree}
    return directed | {i + 1 for i in _indices_of(doc, lexicon.ethnic_word) if i + 1 < len(doc)}


def _indices_of(doc: Doc, words: frozenset[str]) -> list[int]:
    """Return the indices of the tokens whose lower-case form is one of some words, read off the
    Doc's word table rather than through a Token for each of its tokens."""
    return [i for i, word in enumerate(words_of(doc).lower) if word in words]


def _declarers(doc: Doc, actors: set[int], lexicon: Lexicon) -> set[int]:
    """Return the tokens of the subjects of speech verbs used as acts: a verb that takes a thing
    as its object and reports no clause ("the king declared a state of emergency", "the army
    announced a curfew") tells what its subject did, not who reports, so the country that subject
    names is one the sentence is about. A verb told to an actor ("told reporters", "warned Iran")
    or reporting a clause still names its reporter."""
    acts = [t for t in with_lemma(doc, lexicon.speech_verb, pos="VERB")
            if any(c.dep_ == "dobj" and c.i not in actors for c in t.children)
            and not any(c.dep_ in {"ccomp", "xcomp", "dative", "parataxis"} or c.i in actors
                        for c in t.children if c.dep_ not in {"nsubj", "nsubjpass"})]
    return {w.i for t in acts for c in t.children if c.dep_ in {"nsubj", "nsubjpass"} for w in c.subtree}


def sentence_country(hits: Sequence[Hit], offset: int, reporters: set[int]) -> str | None:
    """Return the one country a sentence names (by name, demonym or capital) outside its
    attribution, if it names exactly one."""
    countries = {e.country for h in hits if h.start - offset not in reporters
                 for e in h.entries if e.kind in PLACES and e.country}
    return countries.pop() if len(countries) == 1 else None
