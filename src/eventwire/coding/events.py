"""The last stages: apply the code-keyed conventions to a sentence's coded events (recoding,
countries for role-only actors, implied targets, codebook fields), then filter them (events
without an actor placed in the world; acts told as not done; repeats of an event already coded)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from eventwire.coding.coder import STATE_KIND, RawEvent
from eventwire.coding.decisions import Drop, Kind, Stage
from eventwire.coding.foreign_parties import is_foreign_party
from eventwire.coding.implied_targets import implied_target
from eventwire.coding.patterns import is_backoff, told_by_noun
from eventwire.coding.targets import STATE_SECTORS, is_state, same_state
from eventwire.model import Actor, Article, EventDate, EventMention, Mention, Modality, Place, PlacePrecision
from eventwire.nlp import Sentence
from eventwire.ontology.codebook import Codebook
from eventwire.ontology.conventions import Conventions

UNREALIZED = frozenset({Modality.FUTURE, Modality.INTENT, Modality.HYPOTHETICAL})
# The rule-id suffix of a mutual act ("A and B met"), coded once per pair with the first-named as source.
MUTUAL_SUFFIX = "+mutual"
# The rule-id suffixes of an act another asks or orders, coded as the asker's appeal or demand
# (`eventwire.coding.coder._by_speaker`).
TOLD_SUFFIXES = frozenset({"asked", "ordered"})
# Sectors of a state's organs: agents of one state acting together are one party (`_party`).
STATE_ORGANS = STATE_SECTORS | {"LEG", "JUD"}
# Sectors of private people (CAMEO: civilians, refugees, business, labour, agriculture, education,
# health, media): named by a nationality, they are people of that country, not its agents.
PEOPLE_SECTORS = frozenset({"CVL", "REF", "BUS", "LAB", "AGR", "EDU", "HLH", "MED"})
# Sectors of armed men outside a state's forces (CAMEO: rebels, insurgents, criminals).
IRREGULAR_SECTORS = frozenset({"REB", "INS", "CRM"})
# Sectors of armed men: a state's troops, those outside a state's forces and unidentified armed men.
ARMED_SECTORS = IRREGULAR_SECTORS | {"MIL", "UAF"}
# Police and the courts: the law of the country where they act.
LAW_SECTORS = frozenset({"COP", "JUD"})
# The entries of a target the text does not name, inferred from the story (`_unnamed_party`).
UNNAMED_PARTY = ("story-party:", "own-affair:")


@dataclass(frozen=True, slots=True, kw_only=True)
class Setting:
    """What the earlier stages found for one sentence: its date, its reporting chain, the one
    country it names, the place of each of its events, and the country its article is about."""

    sentence: Sentence
    when: EventDate
    chain: tuple[str, ...]
    region: str | None
    places: tuple[Place | None, ...]
    country: str | None = None  # the country the article is about


def recode(raw: RawEvent, conventions: Conventions, *,
           protest: Callable[[RawEvent], bool] = lambda _: False) -> RawEvent:
    """Code a refused cooperative action as a rejection (not one told as not done so
    far, `RawEvent.undone`), an announced one as an intention, and
    one that several countries do together by its joint code; mark a mutual act, coded once per pair.
    An act a state does that CAMEO codes otherwise when a state does it takes that code: people
    seized by a navy or police are detained (173), not abducted (181); force it uses on people
    protesting or gathering (`protest`, see `eventwire.coding.protest`, asked only of a state's
    act of a code that has such a code) is repression (175), not an assault or a battle; a protest's
    deed done by armed men is force (`Conventions.armed`: "gang members stormed the ministry")."""
    if ARMED_SECTORS & set(raw.source.actor.sectors) and (by_arms := conventions.armed(raw.cameo)):
        raw = replace(raw, cameo=by_arms, rule=f"{raw.rule}+armed")
    if is_state(raw.source) and (by_state := conventions.state_agent(raw.cameo)):
        raw = replace(raw, cameo=by_state, rule=f"{raw.rule}+state")
    if is_state(raw.source) and (repressed := conventions.on_protest(raw.cameo)) and protest(raw):
        raw = replace(raw, cameo=repressed, rule=f"{raw.rule}+repression")
    if raw.joint and (joint := conventions.jointly(raw.cameo)) is not None:
        raw = replace(raw, cameo=joint, rule=f"{raw.rule}+joint")
    if raw.mutual:
        raw = replace(raw, rule=f"{raw.rule}{MUTUAL_SUFFIX}")
    if raw.negated and not raw.undone and (refused := conventions.refused(raw.cameo)) is not None:
        return replace(raw, cameo=refused, negated=False, rule=f"{raw.rule}+refusal")
    if raw.modality in UNREALIZED and not raw.negated and (intended := conventions.intended(raw.cameo)) is not None:
        return replace(raw, cameo=intended, rule=f"{raw.rule}+intent")
    return raw


def _localize(mention: Mention | None, place: Place | None, other: Mention | None,
              context: tuple[str | None, str | None], *, acting: bool = False) -> Mention | None:
    """Give an actor named only by its role ("police", "demonstrators") a country: where the event
    happened, else the other side's (events between a state's own agents and people are
    domestic), else the country the article is about, else the one country the sentence names
    (not one that only answers the act: `_sides`);
    but agents of a state that act (`acting`) on a country named alone are never that country's
    ("officials accused Sudan" are no Sudanese officials), nor, in an article about another
    country, those that act on that country's agents ("the foreign ministry called in the U.S.
    ambassador" in a story from Harare), nor armed men acting on foreigners (`_foreigners`)."""
    article, region = context
    if mention is None or mention.actor.placed:
        return mention
    if mention.kind == STATE_KIND and (place is None or place.country is None):
        return None  # an unnamed state acts where the event happened, or is unknown
    # a state named alone ("accused Sudan") or, in a story about another, by its agents: not its people
    facing = (other.actor.country if acting and other is not None and is_state(mention) and is_state(other)
              and (not other.actor.sectors or article not in {None, other.actor.country}) else None)
    if place is not None and place.country is not None:
        country, why = place.country, f"place:{place.geonameid}"
    elif _story_people(mention, other, article, acting=acting):
        country, why = str(article), f"article-country:{article}"
    elif other is not None and other.actor.country is not None and facing is None \
            and not _foreigners(mention, other, article):
        country, why = other.actor.country, f"domestic:{other.entry}"
    elif article is not None and mention.kind != STATE_KIND and article != facing:
        country, why = article, f"article-country:{article}"
    elif region is not None and region != facing:
        country, why = region, f"sentence-country:{region}"
    else:
        return mention
    return _placed_in(mention, country, why)


def _story_people(mention: Mention, other: Mention | None, article: str | None, *, acting: bool) -> bool:
    """Tell whether people named by their role alone whom another state's party acts on, with no place
    to tell where, are of the country the story is about rather than of the party's own: in a story
    about Georgia, the families Russia orders out or the workers it deports are Georgia's, and so are
    the soldiers Ethiopian militiamen kill (not armed men outside a state, whose side the story leaves
    open: "Ugandan jets bombed fighters" in a story about Congo)."""
    return (not acting and other is not None and article is not None and mention.kind != STATE_KIND
            and other.actor.country not in {None, article} and not IRREGULAR_SECTORS & set(mention.actor.sectors))


def _placed_in(mention: Mention, country: str, why: str) -> Mention:
    """Return a role-only mention given a country, with the reason (`why`) among its entries and
    the lower confidence of an inferred country."""
    return replace(mention.placed_in(country, why), confidence=0.6)


def _abroad(mention: Mention, place: Place | None, own: str | None, article: str | None,
            named: frozenset[str]) -> Mention | None:
    """Give a party of another state than `own`, the acting state's (`foreign_parties`: "summoned the
    ambassador", "received the visiting minister"), the first country of the event's place, the
    article's and the one other the sentence names (`named`) that is not `own`; else it is no
    target, as half a dyad: never the acting state's own."""
    others = named - {own}
    region = next(iter(others)) if len(others) == 1 else None
    found = [(place.country, f"place:{place.geonameid}") if place is not None else (None, ""),
             (article, f"article-country:{article}"), (region, f"sentence-country:{region}")]
    country, why = next(((c, w) for c, w in found if c is not None and c != own), (None, ""))
    if country is None:
        return None
    return _placed_in(mention, country, why)


def _foreigners(mention: Mention, other: Mention, article: str | None) -> bool:
    """Tell whether unnamed armed men ("gunmen", "kidnappers") or unnamed police, prosecutors or
    courts deal with people named by a nationality not the article's ("bandits seized three Italian
    hikers", "police questioned two Dutch tourists" in a story about Niger): foreigners where the
    story happens, whom those who seize or try them are not of; the law there is the article's
    country's, whatever other country it deals with ("prosecutors say Caracas paid the smugglers" in a
    story from a Miami court)."""
    if article is None or other.actor.country in {None, article}:
        return False
    sectors = set(mention.actor.sectors)
    return bool(sectors & LAW_SECTORS) or (
        other.kind == "demonym" and set(other.actor.sectors) <= PEOPLE_SECTORS and bool(sectors & IRREGULAR_SECTORS))


def _sides(raw: RawEvent, place: Place | None, context: tuple[str | None, str | None],
           conventions: Conventions) -> tuple[Mention | None, Mention | None]:
    """Return source and target with countries inferred for role-only actors (`context`: the
    article's country and the sentence's), and the implied target of an event that names none
    (data/conventions.tsv)."""
    # the sentence's one country, when it acts only in a clause answering this act, is not where it happened
    context = (context[0], None) if context[1] in raw.answering else context
    # a lake, river or strait, as often a border as inside one country, tells no side's country
    place = None if place is not None and place.precision == PlacePrecision.WATER else place
    # a pronoun's antecedent was named by an earlier sentence: whom this one acts on tells not its country
    earlier = raw.source_how.kind == Kind.PRONOUN_EARLIER
    source = _localize(raw.source, place, None if earlier else raw.target, context, acting=True)
    # a party of another state than the acting one is never the acting state's own
    foreign = raw.target is not None and not raw.target.actor.placed and is_foreign_party(raw.target)
    target = (_abroad(raw.target, place, source.actor.country, context[0], raw.countries - raw.aside)
              if foreign and raw.target is not None and source is not None
              else _localize(raw.target, place, source, context))
    if target is not None and source is not None and same_state(source, target) \
            and not conventions.own_target(raw.cameo):
        target = None  # only what a state does to its own people is aimed at itself
    if target is None and source is not None and not foreign:
        # countries acting together have no other party: each is the other's, or none is named; an
        # ally of the actors, or a city named as where someone is, is no third party: it neither
        # stands for the other party nor keeps the story's country from being it
        focus = ((None, frozenset[str](), frozenset[str]()) if raw.joint
                 else (context[0], raw.countries - raw.aside, raw.acting))
        target = (implied_target(conventions.implied_target(raw.cameo), source, place, focus)
                  or _own_state(source, raw, conventions)
                  or _unnamed_party(source, raw, focus, own_affair=conventions.own_affair(raw.cameo),
                                    internal=conventions.internal_act(raw.cameo)))
    return source, target


def _unnamed_party(source: Mention, raw: RawEvent, focus: tuple[str | None, frozenset[str], frozenset[str]], *,
                   own_affair: bool, internal: bool = False) -> Mention | None:
    """Return whom an act with no target named or implied by its code is aimed at: an act between
    parties has another party, which the story names even where the sentence does not. It is the
    country the article is about when the source is of another and the sentence names no third (not
    the one other country acting in the sentence, which may be an ally), else, for an act between parties
    (`own_affair`, data/conventions.tsv) when neither the sentence nor the article names a country
    but the source's, the source's own state when the source is one of its agents: a domestic affair
    ("the army shelled three villages", "the ruling party's leaders met"); a statement with no one in
    view, or a state named alone ("Sweden deplored the step"), is aimed at no one. A meeting (`internal`,
    data/conventions.tsv) of one organ of a state alone ("the cabinet met on Thursday evening",
    "the security council has met twice": `RawEvent.alone`) is that state's own business, aimed at no
    one, whatever country the story is about; organs meeting one another ("officials of both sides
    met"), or someone the text names with no country ("met leaders of the Civic Forum"), stay a
    domestic affair."""
    own, (article, named, _acting) = source.actor.country, focus
    if raw.joint or (internal and raw.alone and _organ(source)):
        return None
    # a source of no country (a regional bloc, a rights group) is of another than the story's
    if article is not None and article != own and named - {own} <= {article}:
        country, why = article, UNNAMED_PARTY[0]  # not an ally acting beside the source
    elif own is not None and own_affair and source.actor.sectors and not raw.countries - {own} \
            and article in {None, own}:
        # a state's agents, not the state named alone, act at home; a foreign city or ally named
        # tells of no home affair
        country, why = own, UNNAMED_PARTY[1]
    else:
        return None
    return replace(source, actor=Actor(code=country, country=country, name=country), entry=f"{why}{country}",
                   entries=(f"{why}{country}",), kind="inferred", person=None, confidence=0.4)


def _organ(mention: Mention) -> bool:
    """Tell whether a mention names an organ of a state by its sectors (government, forces, police,
    intelligence, legislature, courts), not the state named alone."""
    return bool(mention.actor.sectors) and set(mention.actor.sectors) <= STATE_ORGANS


def names_no_target(event: EventMention) -> bool:
    """Tell whether the text names no target of an event: none was found, or the one it has is
    only inferred from the story (`_unnamed_party`)."""
    return event.target is None or event.target.entry.startswith(UNNAMED_PARTY)


def _own_state(source: Mention, raw: RawEvent, conventions: Conventions) -> Mention | None:
    """Return the state a domestic party's conflict without a named target is aimed at, in a
    sentence that names no other country: its own (data/conventions.tsv, `domestic_parties`)."""
    country = source.actor.country
    if country is None or not conventions.domestic_parties(raw.cameo) & set(source.actor.sectors):
        return None
    if raw.countries - {country}:
        return None
    return replace(source, actor=Actor(code=country, country=country, name=country), entry=f"own-state:{country}",
                   entries=(f"own-state:{country}",), kind="inferred", person=None, confidence=0.5)


def apply_conventions(raw: RawEvent, place: Place | None, setting: Setting, article: Article, *,
                      codebook: Codebook, conventions: Conventions,
                      protest: Callable[[RawEvent], bool] = lambda _: False) -> EventMention:
    """Return the event mention of a coded event, recoded (`protest`: whether it is done to people
    protesting) and with its sides placed."""
    raw = recode(raw, conventions, protest=protest)
    code = codebook[raw.cameo]
    confidence = 0.9 if raw.modality == Modality.ASSERTED and not raw.negated else 0.7
    if is_backoff(raw.rule):  # a verb's default code: no pattern vouched for it
        confidence -= 0.3
    source, target = _sides(raw, place, (setting.country, setting.region), conventions)
    sentence = setting.sentence
    return EventMention(
        article_id=article.id, sentence=sentence.index, sentence_text=sentence.text,
        source=source, target=target, action=raw.action,
        cameo=code.code, cameo_name=code.name, plover=code.plover, plover_mode=code.plover_mode,
        plover_context=code.plover_context, quad_class=code.quad_class, goldstein=code.goldstein,
        date=setting.when, place=place, negated=raw.negated, modality=raw.modality, speaker=raw.speaker,
        reported_by=setting.chain, rule=raw.rule, confidence=confidence, publisher=article.publisher,
        url=article.url)


def _code(mention: Mention | None) -> str | None:
    return mention.actor.code if mention is not None else None


def _general(cameo: str) -> bool:
    """Tell whether a code is its root's "not specified below" code (190, 040 ...)."""
    return len(cameo) == 3 and cameo.endswith("0")


def _one_telling(kept: EventMention, event: EventMention) -> bool:
    """Tell whether two appeals or demands are one telling of several acts asked or ordered
    ("'Free our men, pull your troops out,' the leader said"): made by the same telling verb (their
    spans end at it), they are one demand, coded by the first act it names, as a plain demand is."""
    made = {kept.rule.rsplit("+", 1)[-1], event.rule.rsplit("+", 1)[-1]}
    return made <= TOLD_SUFFIXES and kept.action.end == event.action.end


def _drop(event: EventMention, stage: Stage, reason: str) -> Drop:
    return Drop(stage=stage, reason=reason, span=event.action, rule=event.rule)


REPEATED = "the same event is already coded in this sentence"
SAME_ACT = "the same act of agents of the same states is already coded in this sentence"
FOLDED = "another party of an act already coded in this sentence, added to its record (--pairs keeps one per pair)"
UNPLACED = "no actor with a country or as an international organization"
STATELESS = "the state acting is unknown: no place names it"
INTERNAL = "two organs of one state dealing with each other: the state's own business, no event"
HOME_TRIP = "a trip within the traveller's own country, to its places or people: no visit between parties"
UNDIRECTED = "an act on another party with no party found to be its target: no dyad to code; --keep-undirected keeps it"
NEGATED = "told as not done, so no event (the field's coders leave such acts out); --keep-negated keeps it"


def _dyad(event: EventMention) -> str:
    """Render an event as its source code, CAMEO code and target code, for drop reasons."""
    return f"{_code(event.source) or '-'} {event.cameo} {_code(event.target) or '-'}"


def _negated_drop(event: EventMention) -> Drop:
    """Drop an act told as not done, naming the event it would have been."""
    return _drop(event, Stage.NEGATED, f"{_dyad(event)}: {NEGATED}")


def _party(mention: Mention | None) -> str | None:
    """Return the party a side stands for when one act is counted: a state's organs (government,
    forces, police, legislature, courts) stand for its country; anyone else (rebels, parties,
    groups, organizations) for its own code."""
    if mention is None:
        return None
    sectors = set(mention.actor.sectors)
    state = is_state(mention) or (bool(sectors) and sectors <= STATE_ORGANS)
    return mention.actor.country if mention.actor.country and state else mention.actor.code


def _same_words(kept: EventMention, event: EventMention) -> bool:
    """Tell whether two events are told by the same words, with the same code and negation."""
    return kept.action == event.action and kept.cameo == event.cameo and kept.negated == event.negated


def _same_act(kept: EventMention, event: EventMention) -> bool:
    """Tell whether two events are one act told once with several agents of the same states
    ("Kenyan police and soldiers arrested ..."): the same words and code, the same party on each
    side (`_party`)."""
    return (_same_words(kept, event)
            and _party(kept.source) == _party(event.source) and _party(kept.target) == _party(event.target))


def _fold(kept: EventMention, event: EventMention) -> EventMention | None:
    """Return `kept` with the party of `event` it lacks, when `event` is another party's share in
    the same act ("Kenya, Uganda and Tanzania protested": one act, three sources): the same words,
    code and negation, and a party `kept` names on one side (or another pair of the same mutual
    act); None when it is no share of `kept`'s act."""
    if not _same_words(kept, event):
        return None
    sources = {_party(m) for m in (kept.source, *kept.also_sources)}
    targets = {_party(m) for m in (kept.target, *kept.also_targets)}
    if MUTUAL_SUFFIX[1:] in kept.rule.split("+") and kept.rule == event.rule:
        new = tuple(m for m in (event.source, event.target) if m is not None and _party(m) not in sources | targets)
        return replace(kept, also_sources=(*kept.also_sources, *new), also_targets=(*kept.also_targets, *new))
    source, target = _party(event.source), _party(event.target)
    if target in targets and event.source is not None:
        return replace(kept, also_sources=(*kept.also_sources, *(() if source in sources else (event.source,))))
    if source in sources and kept.target is not None and event.target is not None:
        return replace(kept, also_targets=(*kept.also_targets, *(() if target in targets else (event.target,))))
    return None


def _merge(events: list[EventMention], event: EventMention, *, pairs: bool = False) \
        -> tuple[list[EventMention], Drop | None]:
    """Add a sentence's event unless it repeats one already there: "was shot and wounded by a
    gunman" is one attack, coded by its most specific code (193 over the root's general 190);
    one act of several agents of the same states is coded once (`_same_act`); one act of several
    parties is one event naming them all (`_fold`) unless `pairs`."""
    def key(e: EventMention) -> tuple[str | None, str | None, str, bool]:
        return _code(e.source), _code(e.target), e.cameo[:2], e.negated

    for n, kept in enumerate(events):
        if _same_act(kept, event):
            return events, _drop(event, Stage.MERGE, f"{_dyad(event)}: {SAME_ACT}")
        if not pairs and (folded := _fold(kept, event)) is not None:
            return [*events[:n], folded, *events[n + 1:]], _drop(event, Stage.MERGE, f"{_dyad(event)}: {FOLDED}")
        if key(kept) != key(event):
            continue
        if kept.cameo == event.cameo or _general(event.cameo) or _one_telling(kept, event):
            return events, _drop(event, Stage.MERGE, REPEATED)
        if _general(kept.cameo):
            return [*events[:n], event, *events[n + 1:]], _drop(kept, Stage.MERGE, REPEATED)
    return [*events, event], None


def keep_events(events: Sequence[EventMention], *, keep_negated: bool = False, pairs: bool = False) \
        -> tuple[tuple[EventMention, ...], tuple[Drop, ...]]:
    """Return the events of a sentence worth keeping, and the drops: an event needs a source and
    an actor placed in the world (a country, or an international organization), is kept once, and
    is left out when the text tells the act as not done ("Chad did not attack") unless
    `keep_negated` (a negated cooperative act is recoded as a refusal before this, and is kept).
    One act of several parties is one event naming them all (`also_sources`, `also_targets`)
    unless `pairs`, which keeps one event per pair of parties."""
    kept: list[EventMention] = []
    drops: list[Drop] = []
    for event in events:
        if event.negated and not keep_negated:
            drops.append(_negated_drop(event))
            continue
        if event.source is None:
            drops.append(_drop(event, Stage.PLACE, STATELESS))
            continue
        if not (event.source.actor.placed or (event.target is not None and event.target.actor.placed)):
            drops.append(_drop(event, Stage.PLACE, UNPLACED))
            continue
        kept, dropped = _merge(kept, event, pairs=pairs)
        if dropped is not None:
            drops.append(dropped)
    return tuple(kept), tuple(drops)


def drop_internal(events: Sequence[EventMention], conventions: Conventions) \
        -> tuple[list[EventMention], tuple[Drop, ...]]:
    """Return the events but those of a code the conventions call `internal` done between two
    organs of one state, each named by its sectors ("the defence minister met army commanders"):
    a state dealing with itself (its rebels, opposition or people, or the country named alone,
    stay parties), and trips made at home (`_home_trip`); and the drops."""
    kept, drops = [], []
    for event in events:
        if conventions.internal_act(event.cameo) and _organs_of_one_state(event.source, event.target):
            drops.append(_drop(event, Stage.INTERNAL, INTERNAL))
        elif conventions.itinerary(event.cameo) and _home_trip(event.source, event.target):
            drops.append(_drop(event, Stage.INTERNAL, HOME_TRIP))
        else:
            kept.append(event)
    return kept, tuple(drops)


def _home_trip(source: Mention | None, target: Mention | None) -> bool:
    """Tell whether a trip (conventions `itinerary`: a visit, a meeting at a third place) goes to
    the traveller's own country, named alone or as its people ("the vice president travelled to a
    border town to meet the families"): a tour at home, no visit between parties. Its opposition,
    rebels or other organs met there stay parties."""
    if source is None or target is None or source.actor.country is None:
        return False
    sectors = set(target.actor.sectors)
    return source.actor.country == target.actor.country and sectors <= PEOPLE_SECTORS


def drop_undirected(events: Sequence[EventMention], conventions: Conventions) \
        -> tuple[list[EventMention], tuple[Drop, ...]]:
    """Return the events but those of a code the conventions say needs a target (an act done to
    another party: a meeting, aid, a demand, a threat, a cut in ties, an attack) for which no
    target was found, named or implied, and the drops: such a record is half a dyad, most often
    a party the sentence never names or an act that is no event between parties at all. An act
    of several parties together keeps its record: they act with one another. An act an event noun
    tells with no verb ("Peru's call for calm") needs a target whatever its code."""
    kept, drops = [], []
    for event in events:
        if event.target is None and (conventions.needs_target(event.cameo) or told_by_noun(event.rule)) \
                and not _several_parties(event):
            drops.append(_drop(event, Stage.TARGET, UNDIRECTED))
        else:
            kept.append(event)
    return kept, tuple(drops)


def _several_parties(event: EventMention) -> bool:
    """Tell whether several parties do an act together (one record naming them all, or a mutual act)."""
    return bool(event.also_sources) or MUTUAL_SUFFIX[1:] in event.rule.split("+")


def _organs_of_one_state(source: Mention | None, target: Mention | None) -> bool:
    """Tell whether both sides are organs of the same state, each with sectors of its own."""
    if source is None or target is None or source.actor.country is None:
        return False
    sides = (set(source.actor.sectors), set(target.actor.sectors))
    return source.actor.country == target.actor.country and all(s and s <= STATE_ORGANS for s in sides)
