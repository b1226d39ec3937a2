"""Resolve the place of an event to a GeoNames place (names are looked up in
`eventwire.gazetteer.Gazetteer`).

`find_place` chooses the place of an event among the place-name candidates of a sentence: the
first candidate governed by a locative preposition ("in", "at", "near" ...) that resolves, else
the first governed by a goal preposition ("to", "into" ...), else the first bare one. Names
governed by any other preposition ("from", "of", "against" ...) are never the event's place.
Within a multiword candidate the longest capitalised sub-span that resolves wins.

`place_candidates` reads the candidates off a sentence's parse: its proper-noun runs with the
preposition governing each (through "the city of"), outside the phrase naming who reports, and
`own_candidates` keeps those that place one event; `eventwire.event_places` is the places stage
of the pipeline.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from types import MappingProxyType

from spacy.tokens import Doc, Token

from eventwire.actors.variants import fold
from eventwire.coding.lexicon import Lexicon
from eventwire.date_attachment import same_time_clause
from eventwire.doc_words import token_ending, token_holding, tokens_from, words_of
from eventwire.gazetteer import Gazetteer
from eventwire.model import Place, PlacePrecision
from eventwire.ontology.conventions import Scene
from eventwire.parse_view import ancestor_indices, view_of, with_lemma
from eventwire.place_clauses import adverbial_of_same_doer, clause_line, nominal_deed, on_act_to_come, reports_clause
from eventwire.place_cues import OBJECT, REMOVED, SENT, place_cue
from eventwire.place_names import holds_water, name_runs, names_no_place
from eventwire.place_spans import (
    as_written,
    bare_name,
    capitalised,
    distance_km,
    lookup_span,
    owned_place,
    resolve_span,
)

# "strikes on Rafah", "an attack on Kabul": a place after "on" ranks after all others.
# "the city of Basra, where troops launched an offensive": the place of the clause's events only.
WHERE = "where"

Candidate = tuple[str, int, int, str]


def find_place(sentence_text: str, sentence_start: int, candidates: Iterable[Candidate],
               gazetteer: Gazetteer, prefer: frozenset[str] = frozenset(), *, lexicon: Lexicon,
               regions: frozenset[str] = frozenset(), local: frozenset[str] = frozenset(),
               named: Mapping[int, str] = MappingProxyType({}), home: str | None = None,
               article: frozenset[str] = frozenset(), actor: str | None = None,
               owners: Mapping[int, str] = MappingProxyType({})) -> Place | None:
    """Return the place of a sentence's event among its place-name candidates.

    Each candidate is (text, start, end, cue): offsets within `sentence_text` and the lowercase
    preposition governing it, or "" for none. The place returned carries its text and absolute
    offsets (`sentence_start` plus the offsets within the sentence). A name in `regions`
    (lowercase: continents, "Asia", "Africa") names no place, alone or inside a longer name ("West
    Africa"), though towns carry such names too. When `local` names countries (those the article
    names), a town in none of them nor of `prefer`, far from all of them, is another place of the
    same name ("Palma" in a story from Mozambique is no Spanish city): only a country or a capital
    is found so far away. `named` holds, by their candidates' start offsets, the names the sentence
    calls a place ("in Cotabambas province", "the village of Kuria"): one the gazetteer lacks is still
    the place, of the country of another place of the event, else of the actors' one country, else
    of `home` (the country of the sentence's other places). `article` holds the countries the
    article names otherwise than by a short name several share: "Congo" is the one of them it names.
    A lake, river or strait the gazetteer lacks is of the country of another place of the event,
    else of `actor` (the country whose people act there: "Iranian commandos seized a tanker in the
    Strait of Hormuz"), else as another unlisted name. `owners` holds, by their candidates' start
    offsets, the country the sentence names a place in ("in Togo's Kloto district", "the Ethiopian
    town of Moyale"): such a name is a place of that country only, and of it when unlisted.
    Candidates rank by their cue (`cue_rank`); a
    place name starts and ends with a capitalized word that is none of the lexicon's
    `place_name_stop`.
    """
    return _choose(sentence_text, sentence_start, candidates, gazetteer, prefer, regions=regions, local=local,
                   named=(named, home, actor), article=article, lexicon=lexicon, owners=owners)


def cue_rank(cue: str, lexicon: Lexicon) -> int | None:
    """Return how a candidate's cue ranks it as an event's place, lowest first (None when it
    cannot make it one: "from X"): a preposition of a scene (lexicon `scene_preposition`), a
    `WHERE` clause or the place people were removed from (`REMOVED`), then one of a destination
    (`goal_preposition`), then none or `OBJECT` ("shelled the city of Kharkiv"), then "on"
    ("strikes on Rafah")."""
    cue = cue.lower()
    if cue == "on":
        return 3
    if cue in {"", OBJECT}:
        return 2
    if cue in lexicon.goal_preposition or cue == SENT:
        return 1
    return 0 if cue in {WHERE, REMOVED} or cue in lexicon.scene_preposition else None


def ranks(cue: str, lexicon: Lexicon) -> bool:
    """Tell whether a candidate's cue can make it an event's place ("in X", "to X"; not "from X")."""
    return cue_rank(cue, lexicon) is not None


def _choose(sentence_text: str, sentence_start: int, candidates: Iterable[Candidate],
            gazetteer: Gazetteer, prefer: frozenset[str], *, regions: frozenset[str],
            local: frozenset[str], named: tuple[Mapping[int, str], str | None, str | None],
            article: frozenset[str], lexicon: Lexicon, owners: Mapping[int, str]) -> Place | None:
    """Return the place of the best-ranked candidate that resolves, with absolute offsets."""
    listed = list(candidates)
    rank = {c[3]: cue_rank(c[3], lexicon) for c in listed}
    ranked = sorted((c for c in listed if rank[c[3]] is not None), key=lambda c: (rank[c[3]], c[1]))
    stop = lexicon.place_name_stop

    def lookup(name: str, within: str | None = None) -> Place | None:
        if name.lower() in regions:
            return None
        if within is not None:  # "Lebanon's city of Tripoli": there only, or a territory of its own there
            return owned_place(name, within, prefer, gazetteer)
        found = gazetteer.lookup(name, prefer=prefer, named=article)
        if found is None or not local or found.country in local | prefer or _near(found, local, gazetteer):
            return found
        return gazetteer.lookup(name, prefer=prefer, major_only=True)

    def part(name: str, within: str | None = None) -> Place | None:
        """A word of a longer unknown name ("Ali" of "Ali Hassan Mwinyi", "Boni" of "Boni Forest")
        is a town only when a capital or in the actors' countries (or the country it is said to be in)."""
        found = lookup(name, within)
        if found is None or found.country in prefer or within is not None:
            return found
        found = gazetteer.lookup(name, prefer=prefer, major_only=True)
        # "Ben" of "Ben Guerdane" is no Bern: a capital by one of its other names is no word of a
        # longer name (a country still is: "U.S." of "U.S. Embassy")
        if found is not None and not gazetteer.is_country(found) and _unaccented(found.name) != _unaccented(name):
            return None
        return found

    def resolve(c: Candidate, water: bool) -> tuple[Place, int, int] | None:
        within = owners.get(c[1])
        whole, piece = partial(lookup, within=within), partial(part, within=within)
        if water:
            return lookup_span(sentence_text, c[1], c[2], whole)
        return resolve_span(sentence_text, c[1], c[2], (whole, piece), stop, compass=lexicon.compass_word)

    # "Lake Chad", "Caledon River": a water body's name is no town or country named in it
    spans = [(c, water, resolve(c, water)) for c in ranked for water in (holds_water(c[0], lexicon),)]
    near = next((f[0].country for _, _, f in spans if f is not None), None)
    country = near or (next(iter(prefer)) if len(prefer) == 1 else named[1])
    wet = near or named[2] or country  # a lake, river or strait: of the country whose people act there
    resolved = [(rank[c[3]], found) for c, water, f in spans
                if (found := f or _unlisted(c, named[0], (owners.get(c[1]) or (wet if water else country), water),
                                            gazetteer, stop))
                is not None
                and found[0].name.lower() not in regions]
    if not resolved:
        return None
    # Among places of the best cue, one in the actors' countries comes first ("in Kenya ... near Lamu").
    best = [found for rank, found in resolved if rank == resolved[0][0]]
    place, s, e = next((f for f in best if f[0].country in prefer), best[0])
    if gazetteer.is_country(place) and place.country:  # "attacked the village of Kuria in Niger": the village
        # a name towns of several countries bear is the one in the country named ("a court in Victoria")
        inside = [(again, fs, fe) for _, (f, fs, fe) in resolved if f.country != place.country
                  and (again := gazetteer.lookup(sentence_text[fs:fe], prefer=frozenset({place.country}))) is not None]
        place, s, e = next((f for f in [found for _, found in resolved] + inside if f[0].country == place.country
                            and not gazetteer.is_country(f[0])), (place, s, e))
    return dataclasses.replace(as_written(place, sentence_text[s:e]), text=sentence_text[s:e],
                               start=sentence_start + s, end=sentence_start + e)


def _unlisted(candidate: Candidate, named: Mapping[int, str], where: tuple[str | None, bool],
              gazetteer: Gazetteer, stop: frozenset[str]) -> tuple[Place, int, int] | None:
    """Return a place the gazetteer lacks that the sentence calls a place ("in Cotabambas
    province"), of the country `where` gives (at its capital's point, with no GeoNames id: 0), with
    its offsets; `where` also tells whether it is a lake, river or strait (`PlacePrecision.WATER`)."""
    (country, water), text, start = where, candidate[0], candidate[1]
    name = bare_name(named.get(start, ""))
    capital = gazetteer.capital(country) if country else None
    if capital is None or name not in text or not capitalised(name, stop) or name.replace(".", "").isupper():
        return None
    at = start + text.index(name)
    place = Place(name=name, geonameid=0, lat=capital.lat, lon=capital.lon, country=country,
                  precision=PlacePrecision.WATER if water else PlacePrecision.APPROXIMATE)
    return place, at, at + len(name)


def _unaccented(name: str) -> str:
    """Return a name casefolded and without its accents, for comparing spellings ("Lomé", "Lome")."""
    return fold(name).casefold()


_NEAR_KM = 2500.0


def _near(place: Place, countries: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Tell whether a place lies within a few hours' flight of the capital of one of the countries
    ("near Bunia" in a story naming only Uganda; not Palma, Spain in one from Mozambique)."""
    return any(capital is not None and distance_km(place, capital) <= _NEAR_KM
               for capital in map(gazetteer.capital, countries))


@dataclass(frozen=True, slots=True, kw_only=True)
class EventSpot:
    """What the places stage reads of one event: its actors' countries (for names several places
    share), its action's character span in the sentence, whether it happened (asserted and not
    negated: a trip only planned or refused took no one anywhere), and the spans of its source
    and target."""

    countries: frozenset[str]
    action: tuple[int, int]
    happened: bool = True
    sides: tuple[tuple[int, int], ...] = ()
    sourced: bool = False  # the first of `sides` is the source's
    scene: Scene = field(default_factory=Scene)  # what its code tells of where it is done (data/conventions.tsv)
    source: str | None = None  # the source's country

    @property
    def saying(self) -> bool:
        """Tell whether the event is something said (a statement, an appeal, a criticism): the
        events its words name ("condemned the attack in Owo") did not happen where it was said."""
        return self.scene.said

    @property
    def forceful(self) -> bool:
        """Tell whether the event is a material conflict (a protest, a use or show of force, a
        coercive act: CAMEO roots 14-20)."""
        return self.scene.forceful

    @property
    def judging(self) -> bool:
        """Tell whether the event judges others' deeds (a demand, criticism, rejection or threat),
        whose object may be a deed done at the place the sentence names."""
        return self.scene.judging


def own_candidates(doc: Doc, candidates: Sequence[Candidate], event: EventSpot, lexicon: Lexicon,
                   countries: frozenset[int] = frozenset()) -> Iterator[Candidate]:
    """Yield the candidates that place an event: those hanging from its action, or from a verb its
    action hangs from, through no other act on the way ("accused Kenya of harboring rebels in
    Busia", "urged Somalia to hold talks in Kismayo", "the minister, who was in Paris, condemned
    ...", "condemned the attack in Owo" are not where the accusation, appeal or condemnation
    happened); a destination only of a trip that happened and is the event itself ("flew to
    Tokyo", not "will travel to Lima" nor "his travel to Kabul was banned"), or of a party sent
    to hold the talks the event is ("sent a team to Maputo to discuss a loan"); and no country aimed
    at that is the event's target ("fired missiles at Ukraine"; `countries`: the tokens naming
    countries). A place of the clause an adverbial participle clause of the same doer hangs from
    places the clause's act only when nothing else does ("announced the loan in Dakar after meeting
    the president": met there)."""
    inside = action_tokens(doc, event.action, lexicon)
    if not inside:
        yield from candidates
        return
    own = list(_own_candidates(doc, candidates, event, lexicon, (inside, countries), lend=False))
    yield from own or _own_candidates(doc, candidates, event, lexicon, (inside, countries), lend=True)


def _own_candidates(doc: Doc, candidates: Sequence[Candidate], event: EventSpot, lexicon: Lexicon,
                    tokens: tuple[set[int], frozenset[int]], *, lend: bool) -> Iterator[Candidate]:
    """Yield the candidates that place an event (see `own_candidates`; `tokens`: its action's tokens and
    the tokens naming countries), with `lend` also those of the clause its adverbial participle
    clause hangs from."""
    inside, countries = tokens
    line = clause_line(doc, inside)
    sides = frozenset(i for a, b in event.sides for i in tokens_from(doc, a, b))
    # a participle places a deed that befell a side ("freed two nationals held in Iran"); words said or an
    # act intended only where their speaker was ("speaking in Valparaiso"), not where their object is
    placed = sides if event.happened and not event.saying else frozenset(
        i for a, b in event.sides[:1] if event.sourced for i in tokens_from(doc, a, b))
    for candidate in candidates:
        token = candidate_token(doc, candidate)
        if candidate[3] == WHERE:
            end = token_ending(doc, candidate[2])
            last = doc[end] if end is not None else None
            clause = _where_clause(last, lexicon) if last is not None else None
            if clause is not None and clause.i in inside | line:
                yield candidate
            continue
        if token is None or _through_other_act(token, (inside, line), saying=event.saying, lexicon=lexicon,
                                                sides=sides, judging=event.judging, placed=placed, lend=lend):
            continue
        if candidate[3] in lexicon.goal_preposition and not (event.happened and _goal_head(token, lexicon).i in inside):
            continue
        if candidate[3] == SENT and not (event.scene.envoy and event.happened
                                         and _goal_head(token, lexicon).i in inside | line):
            continue
        if candidate[3] == OBJECT and event.saying:  # "condemned the town of X": said elsewhere
            continue
        if not event.happened and on_act_to_come(token, lexicon):  # "would take it up at a summit in Lome"
            continue
        if candidate[3] == REMOVED and token.i in countries:  # "expelled migrants from Ethiopia": their origin
            continue
        if (candidate[3] in lexicon.aiming_preposition and token.i in countries
                and any(a <= token.idx < b for a, b in event.sides)):
            continue
        yield candidate


def candidate_token(doc: Doc, candidate: Candidate) -> Token | None:
    """Return the token a place-name candidate starts in."""
    found = token_holding(doc, candidate[1])
    return doc[found] if found is not None else None


def action_tokens(doc: Doc, span: tuple[int, int], lexicon: Lexicon) -> set[int]:
    """Return the tokens of an action's span, without a clause of another act inside it ("urged
    Somalia to hold talks": the talks are asked for, not held)."""
    indices = tokens_from(doc, span[0], max(span[1], span[0] + 1))
    ids, heads = set(indices), view_of(doc).heads
    root = next((i for i in indices if heads[i] not in ids or heads[i] == i), None)
    if root is None:
        return ids
    acts: dict[int, bool] = {}  # each word of the span is read once, however many words it governs
    kept = set()
    for i in indices:
        path = (i, *(a for a in ancestor_indices(doc, i) if a in ids))
        if not any(_act_at(doc, a, acts, lexicon) for a in path if a != root):
            kept.add(i)
    return kept


def _act_at(doc: Doc, i: int, acts: dict[int, bool], lexicon: Lexicon) -> bool:
    """Return `_another_act` (not saying) for token i, kept in `acts`."""
    found = acts.get(i)
    if found is None:
        found = acts[i] = _another_act(doc[i], lexicon, saying=False)
    return found


def _goal_head(token: Token, lexicon: Lexicon) -> Token:
    """Return the word a place name's preposition hangs from ("flew" in "flew to Tokyo", also
    in "flew to the city of Kazan")."""
    current = token
    for _ in range(8):
        through_of = current.head.lower_ == "of" and current.head.head.lemma_ in lexicon.place_noun
        if current.dep_ == "pobj" and not through_of:
            return current.head.head
        if current.dep_ == "dobj":
            return current.head
        if current.head.i == current.i:
            break
        current = current.head
    return current


def _through_other_act(token: Token, action: tuple[set[int], set[int]], *, saying: bool, lexicon: Lexicon,
                       sides: frozenset[int] = frozenset(), judging: bool = False,
                       placed: frozenset[int] | None = None, lend: bool = False) -> bool:
    """Tell whether a place name hangs from the action (`action`: its tokens, and the tokens it
    hangs from) only through another act: a verb of another clause (but a participle that
    places one of the sides whose tokens are `placed`, all of `sides` when None), the action's
    charge or topic, or, for something said, a noun naming the event it speaks of. With `lend`, a
    speech verb's own place is the place of an adverbial participle clause of its doer that the
    action lies in (`place_clauses.adverbial_of_same_doer`)."""
    inside, line = action
    current = token
    while current.i not in inside and current.i not in line and current.head.i != current.i:
        if current.i != token.i and _another_act(current, lexicon, saying=saying) and not (
                _placing_side(current, sides if placed is None else placed, lexicon)) and not (
                _shared_scene(current, inside)) and not _venue(current, lexicon, sides if judging else None):
            return True  # "two nationals held in Iran were freed": where the freed were held
        if (current.dep_ == "prep" and current.lower_ in lexicon.prior_scene_preposition and current.head.i in inside
                and current.head.lemma_.lower() in lexicon.travel_verb):
            return True  # "flew to Nairobi after a summit in Arusha": where the traveler was before
        if (current.dep_ == "prep" and current.lower_ in lexicon.charge_preposition and current.head.i in inside
                and current.head.lemma_.lower() not in lexicon.place_noun):  # "seized the island of X" is there
            return True  # "accused Kenya of harboring rebels in Busia": the charge's place
        current = current.head
    # "told reporters in Pemba that troops had killed six rebels": where it was told, not done; so
    # too "a judge in Arusha ruled that soldiers had shelled a camp": where it was reported from;
    # but an adverbial clause of the same doer is no thing told ("announced the loan in Dakar after
    # meeting the president": met there)
    return not saying and current.i in line and (current.lemma_ in lexicon.speech_verb
                                                 or reports_clause(current, inside)) and not (
        lend and adverbial_of_same_doer(current, inside))


def _placing_side(verb: Token, sides: frozenset[int], lexicon: Lexicon) -> bool:
    """Tell whether a participle places one of an event's sides where the event befell it ("freed
    two nationals held in Iran"), not where the side sits ("sanctioned a group based in Oslo":
    lexicon `seat_participle`)."""
    return (verb.dep_ == "acl" and verb.head.i in sides
            and not {verb.lower_, verb.lemma_.lower()} & lexicon.seat_participle)


def _venue(noun: Token, lexicon: Lexicon, sides: frozenset[int] | None) -> bool:
    """Tell whether a noun is a gathering the act was done at ("thanked Malawi at a ceremony in
    Lusaka"); for a judgment of others' deeds (`sides`: the tokens of its source and target), not
    where its object is no side, but a deed that may have happened there ("criticized the arrests
    at a rally in Lusaka")."""
    verb = noun.head.head
    return (noun.dep_ == "pobj" and noun.head.lower_ in lexicon.venue_preposition and verb.pos_ in {"VERB", "AUX"}
            and noun.lemma_.lower() in lexicon.venue_noun
            and (sides is None or all(c.i in sides for c in verb.children if c.dep_ == "dobj")))


def _shared_scene(verb: Token, inside: set[int]) -> bool:
    """Tell whether a verb is coordinated with the action under the same subject, so that the
    place closing the pair is the place of both ("killed six people and burned homes in Bunia")."""
    return (verb.dep_ == "conj" and verb.head.i in inside
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children))


def _another_act(token: Token, lexicon: Lexicon, *, saying: bool) -> bool:
    """Tell whether a word between a place name and an event's action tells another act."""
    if token.pos_ == "NOUN":
        return saying and (token.lemma_.lower() in lexicon.event_noun | lexicon.act_noun or nominal_deed(token))
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ in {"aux", "auxpass"}:
        return False
    head = token.head
    # "raids on what it said were rebel camps in Chad": a hedge inside the object phrase
    if (token.lemma_ in lexicon.speech_verb and token.dep_ in {"pcomp", "pobj"}) or (
            token.dep_ == "ccomp" and head.lemma_ in lexicon.speech_verb and head.dep_ in {"pcomp", "pobj"}):
        return False
    marked = any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in token.children)
    if token.dep_ == "advcl" and not marked and token.tag_ in {"VBG", "VBN"}:
        return False  # "Speaking at a rally in Mombasa, the president accused ..."
    if same_time_clause(token, lexicon.same_time_mark):
        # "wounded nine people when they opened fire in a Kano market"; but what is said is not
        # said where another party's deed of that time was done ("condemned the crackdown as
        # police fired on marchers in Gulu"), unless its speaker is the clause's ("as he toured Gulu")
        return saying and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in token.children)
    controls = lexicon.appeal_verb | lexicon.object_control | lexicon.expectation_verb
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return not (token.dep_ in {"xcomp", "advcl", "acl"} and purpose and not marked
                and head.lemma_ not in controls)


def attribution(doc: Doc, lexicon: Lexicon) -> set[int]:
    """Return the tokens naming who reports ("sources in Pakistan said", "according to officials
    in Kabul"): places there are where the news came from, not where the event happened."""
    heads = [c for t in with_lemma(doc, lexicon.speech_verb) for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
    lower = words_of(doc).lower
    heads += [doc[i] for i, word in enumerate(lower) if word in lexicon.attribution_preposition
              and doc[i].dep_ == "prep"]
    # A phrase holding a verb of its own is the event the parser hung on the speech verb, not a source.
    reporters = {w.i for h in heads if not any(w.pos_ == "VERB" for w in h.subtree) for w in h.subtree}
    return reporters.union(*(closing_attribution(doc, t) for t in with_lemma(doc, lexicon.speech_verb)))


_PHRASE_GOES_ON = frozenset({"ADP", "PUNCT", "CCONJ", "PART"})  # after a comma, no new phrase starts


def closing_attribution(doc: Doc, verb: Token) -> range:
    """Return the tokens of a closing attribution the parser tore from its speech verb (",
    fisheries officials in Cadiz, in Spain's south, said on Tuesday.", with the officials hung on
    the act before them): the words after the last comma that opens a noun phrase, up to a
    subjectless speech verb that ends the sentence and goes on from a clause before it; empty when
    a verb lies between (the comma closes no clause of words alone)."""
    if verb.i == 0 or verb.head.i >= verb.i or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return range(0)
    if any(not t.is_punct for t in doc[verb.right_edge.i + 1:]):
        return range(0)
    for i in range(verb.i - 1, 0, -1):
        if doc[i].pos_ in {"VERB", "AUX"}:
            return range(0)
        if doc[i].text == "," and i + 1 < verb.i and doc[i + 1].pos_ not in _PHRASE_GOES_ON:
            return range(i + 1, verb.i)
    return range(0)


def place_candidates(doc: Doc, reporters: set[int], lexicon: Lexicon) -> list[Candidate]:
    """Return a sentence's proper-noun runs governed by a preposition, outside its attribution
    (`reporters`: also the tokens of persons and organizations the dictionary names), except
    names of water bodies ("the South China Sea" is in no country), of organizations ("the
    Brookings Institution" is no town) and of months and weekdays ("in March" is a date:
    `names_no_place`)."""
    runs = [r for r in name_runs(doc, lexicon)
            if not any(t.i in reporters for t in r) and not names_no_place(r, lexicon)]
    candidates = [(r.text, r.start_char, r.end_char, place_cue(r[-1], lexicon)) for r in runs]
    scenes = [(r.text, r.start_char, r.end_char, WHERE) for r in runs if _where_clause(r[-1], lexicon) is not None]
    return [c for c in candidates if c[3]] + scenes


def _where_clause(token: Token, lexicon: Lexicon) -> Token | None:
    """Return the verb of a "where" clause a place name (or the place noun it names) opens
    ("the port city of Basra, where troops launched an offensive")."""
    heads = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_ in lexicon.place_noun:
        heads.append(token.head.head)
    return next((c for h in heads for c in h.children if c.dep_ == "relcl"
                 and any(w.dep_ == "advmod" and w.lower_ == "where" for w in c.children)), None)
