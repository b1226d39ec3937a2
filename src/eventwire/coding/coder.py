"""Code one parsed sentence: predicates, their sources and targets, attributes, and drops."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from eventwire import attributes
from eventwire.actors.mentions import SentenceHits
from eventwire.coding.asked import as_asked, by_asked_act
from eventwire.coding.continued import borrow_targets
from eventwire.coding.decisions import Drop, Kind, Role, Stage, describe
from eventwire.coding.grievances import deeds_in_cause
from eventwire.coding.implied_targets import answering_countries
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.match import Predicate, VerbMatches
from eventwire.coding.noun_events import MEDIATE, RULE, mediators, owned_acts, parties
from eventwire.coding.party_countries import party_countries
from eventwire.coding.patterns import PatternSet
from eventwire.coding.predicates import find_predicates
from eventwire.coding.reactions import CRITICIZE, criticism_drawn
from eventwire.coding.reactions import RULE as CRITICISM_RULE
from eventwire.coding.readings import (
    answered_act,
    answered_circumstance,
    backing_of_a_side,
    cause_of_feeling,
    ceased_by,
    commentary,
    earlier_act,
    judged_conduct,
    no_party_acts,
    not_a_deed,
    offered_on_request,
    others_possibility,
    party_in_clause,
    passive_pronoun,
    warning_about_things,
    warning_of_things,
)
from eventwire.coding.roles import find_source
from eventwire.coding.sides import Antecedent, Side, conjunct_mentions
from eventwire.coding.targets import (
    counterparts,
    find_target,
    make_resolver,
    plural_phrase,
    same_state,
)
from eventwire.model import Actor, Mention, Modality, Span
from eventwire.nlp import proper_noun_runs
from eventwire.ontology.conventions import Conventions
from eventwire.parse_labels import PREDICATE_POS, SUBJECT_DEPS
from eventwire.parse_view import children_by, view_of, with_lemma, with_pos

# CAMEO root 15, Exhibit force posture (patrols, alerts, deployments): one kept up is a standing posture.
POSTURE = "15"
# CAMEO 012, Make pessimistic comment: concern is coded toward the actor it is about; one about things
# alone ("worried about the safety of the convoys": lexicon `concern_word`) concerns no one. Pessimism
# about a prospect ("pessimistic about a summit") stays, as optimism (013) does.
PESSIMISM = "012"


@dataclass(frozen=True, slots=True, kw_only=True)
class RawEvent:
    """A coded event before dates, places and codebook fields are attached."""

    rule: str
    cameo: str
    source: Mention
    target: Mention | None
    action: Span
    negated: bool
    undone: bool = False  # not done so far ("had not met", "not yet"): no refusal (`attributes.undone_so_far`)
    joint: bool = False  # several countries act together ("French and Egyptian warships")
    mutual: bool = False  # co-actors act on each other ("A and B met"): coded once per pair, first-named as source
    modality: Modality
    speaker: str | None
    source_how: Role
    target_how: Role
    countries: frozenset[str] = frozenset()  # every country the sentence names, through any actor
    acting: frozenset[str] = frozenset()  # the countries that may be its other party (`party_countries`)
    aside: frozenset[str] = frozenset()  # those named only as an ally or a city someone is in
    answering: frozenset[str] = frozenset()  # those acting in a clause added to this act (`answering_countries`)
    alone: bool = False  # one actor acts with no one else in view ("the cabinet met": `_alone`)


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceCoding:
    """What coding one sentence produced."""

    events: tuple[RawEvent, ...]
    drops: tuple[Drop, ...]
    subject: Side | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Knowledge:
    """The data coding reads: verb patterns, code-keyed conventions and the word classes."""

    patterns: PatternSet
    conventions: Conventions
    lexicon: Lexicon


# The unnamed state that performs a passive state act ("were arrested"): its entry and kind.
STATE_ENTRY = "implied-source:state"
STATE_KIND = "implied"


def _action(predicate: Predicate, sentence: SentenceHits) -> Span:
    tokens = list(predicate.tokens) + ([predicate.obj] if predicate.obj is not None else [])
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    start, end = first.idx, last.idx + len(last.text)
    return Span(text=sentence.text[start:end], start=sentence.offset + start, end=sentence.offset + end)


def _token_span(token: Token, sentence: SentenceHits) -> Span:
    return Span(text=token.text, start=sentence.offset + token.idx, end=sentence.offset + token.idx + len(token.text))


def _speaker(predicate: Predicate, resolve: Callable[[Token], list[Mention]], source: Side,
             lexicon: Lexicon) -> str | None:
    token = attributes.speaker_token(predicate.head, lexicon)
    if token is None:
        return None
    if token is source.token or (source.token is not None and token.i == source.token.i) or token.pos_ == "PRON":
        people = [m.person for m in source.mentions if m.person]
        return people[0] if people else (source.mentions[0].text if source.mentions else None)
    mentions = resolve(token)
    people = [m.person for m in mentions if m.person]
    if people:
        return people[0]
    names = proper_noun_runs(list(token.subtree))
    return names[0].text if names else " ".join(t.text for t in token.subtree if not t.is_punct)


def _events(predicate: Predicate, sides: tuple[Side, Side], sentence: SentenceHits, speaker: str | None,
            knowledge: Knowledge) -> list[RawEvent]:
    source, target = sides
    predicate, neg = as_asked(predicate, knowledge.lexicon, knowledge.conventions)
    halted = knowledge.conventions.ceased(predicate.pattern.cameo) if ceased_by(predicate, knowledge.lexicon) else None
    if halted is not None:  # "stopped supplying arms": the aid is cut (data/conventions.tsv, `ceased`)
        predicate = replace(predicate, pattern=replace(predicate.pattern, id=f"{predicate.pattern.id}+ceased",
                                                       cameo=halted))
    action = _action(predicate, sentence)
    mode = attributes.modality(predicate.head, knowledge.lexicon)
    undone = neg and attributes.undone_so_far(predicate.tokens, knowledge.lexicon)
    events = []
    seen: set[tuple[str, str | None]] = set()
    joint = _joint(source, target, predicate.pattern.cameo, knowledge.conventions)
    parties = party_countries(sentence, predicate.head)
    named = parties.named
    answering = answering_countries(sentence, predicate.head)
    for src in source.mentions:
        for tgt in counterparts(source, target, src, predicate.pattern.cameo, knowledge.conventions):
            if tgt is not None and (tgt.start, tgt.end, tgt.actor.code) == (src.start, src.end, src.actor.code):
                continue
            mutual = any(tgt is m for m in source.mentions)
            key = (src.actor.code, tgt.actor.code if tgt else None)
            # a mutual act is one act of each pair: its other direction repeats it
            if key in seen or (mutual and (key[1], key[0]) in seen):
                continue
            seen.add(key)
            events.append(RawEvent(rule=predicate.pattern.id, cameo=predicate.pattern.cameo, source=src,
                                   target=tgt, action=action, negated=neg, undone=undone, modality=mode, joint=joint,
                                   mutual=mutual, speaker=speaker, source_how=source.how,
                                   target_how=target.how, countries=named, acting=parties.parties, aside=parties.aside,
                                   answering=answering, alone=_alone(predicate, source.token, knowledge.lexicon)))
    return events


def _alone(predicate: Predicate, token: Token | None, lexicon: Lexicon) -> bool:
    """Tell whether one actor acts with no one else in view: a source told as one (not a plural
    noun, conjoined nouns or a group pronoun: "the two leaders met", "they met") and a verb with no
    object nor anyone it is done "with" ("the cabinet met on Thursday evening", not "held talks
    with opposition leaders")."""
    if token is None or plural_phrase(token) or token.lower_ in lexicon.group_pronoun:
        return False
    words = [predicate.head, *([predicate.obj] if predicate.obj is not None else [])]
    return not any((c.dep_ in {"dobj", "dative"} and c is not predicate.obj)
                   or (c.dep_ == "prep" and c.lower_ in lexicon.partner_preposition)
                   for w in words for c in w.children)


def _joint(source: Side, target: Side, cameo: str, conventions: Conventions) -> bool:
    """Tell whether several countries do an act together: the source names more than one, or, for
    an act with a joint code, the other side is a party of another country the act is done "with"
    ("held drills with Tajik forces" is a joint exercise: a partner, not a target)."""
    own = {m.actor.country for m in source.mentions if m.actor.country}
    if len(own) > 1:
        return True
    partners = {m.actor.country for m in target.mentions if m.actor.country}
    return (bool(own) and bool(partners - own) and target.how.preposition == "with"
            and conventions.jointly(cameo) is not None)


def code_sentence(sentence: SentenceHits, knowledge: Knowledge, antecedent: Antecedent,
                  commentators: frozenset[str] = frozenset()) -> SentenceCoding:
    """Code every predicate of a parsed sentence; `commentators` are the surnames of people the
    article introduced as commentators (`eventwire.actors.names.commentator_names`)."""
    resolve = make_resolver(sentence)
    matches = VerbMatches(knowledge.patterns, knowledge.lexicon, knowledge.conventions)  # each verb matched once
    predicates, misses = find_predicates(with_pos(sentence.doc, PREDICATE_POS), matches, knowledge.conventions)
    by_verb: list[tuple[Token, list[RawEvent]]] = []
    drops = [Drop(stage=Stage.MATCH, span=_token_span(t, sentence), reason=why) for t, why in misses]
    predicates = [by_asked_act(found, matches, knowledge.conventions) for found in predicates]
    for predicate in predicates:
        coded, drop = _code_predicate(predicate, (sentence, resolve, antecedent, commentators), knowledge)
        by_verb.append((predicate.head, coded + _mediated(predicate, coded, resolve, knowledge.lexicon)))
        drops.extend([drop] if drop is not None else [])
    events = (borrow_targets(by_verb, knowledge.conventions) + _criticism(sentence, resolve, knowledge.lexicon)
              + _told_by_nouns(sentence, resolve, predicates, knowledge))
    return SentenceCoding(events=tuple(events), drops=tuple(drops), subject=_main_subject(sentence, resolve))


def _criticism(sentence: SentenceHits, resolve: Callable[[Token], list[Mention]], lexicon: Lexicon) -> list[RawEvent]:
    """Return the criticism an act of the sentence drew from another party (`reactions`)."""
    events = []
    for verb in with_lemma(sentence.doc, lexicon.drawing_verb, lower=True):
        found = criticism_drawn(verb, resolve, lexicon)
        if found is None:
            continue
        critics, authors, noun, source_how, target_how = found
        start, end = verb.idx, noun.idx + len(noun.text)
        action = Span(text=sentence.text[start:end], start=sentence.offset + start, end=sentence.offset + end)
        events += [RawEvent(rule=CRITICISM_RULE, cameo=CRITICIZE, source=critic, target=author, action=action,
                            negated=False, modality=Modality.ASSERTED, speaker=None, source_how=source_how,
                            target_how=target_how) for critic in critics[:1] for author in authors[:1]
                   if critic.actor.country != author.actor.country]
    return events


def _told_by_nouns(sentence: SentenceHits, resolve: Callable[[Token], list[Mention]],
                   predicates: list[Predicate], knowledge: Knowledge) -> list[RawEvent]:
    """Return the acts nouns tell on their own, not one a verb pattern took as its object for an act of
    the same kind: deeds of force in a phrase of cause (`grievances`: "complained over an Angolan air
    raid on two farms") and acts an event noun's owner did (`noun_events.owned_acts`: "Ruritania's
    purchase of Elbonian jets"); none aimed at the author's own state unless its code may be."""
    deeds = deeds_in_cause(sentence.doc, resolve, knowledge.lexicon)
    taken = {p.obj.i: p.pattern.cameo for p in predicates if p.obj is not None} | {d.noun.i: d.cameo for d in deeds}
    events = []
    for act in deeds + owned_acts(sentence.doc, knowledge.patterns, resolve, knowledge.lexicon, taken):
        source, target = act.authors[0], next(iter(act.targets), None)
        if target is not None and same_state(source, target) and not knowledge.conventions.own_target(act.cameo):
            continue
        parties = party_countries(sentence, act.noun)
        events.append(RawEvent(rule=act.rule, cameo=act.cameo, source=source, target=target,
                               action=_token_span(act.noun, sentence), negated=False, modality=Modality.ASSERTED,
                               speaker=None, source_how=act.source_how, target_how=act.target_how,
                               countries=parties.named, acting=parties.parties, aside=parties.aside))
    return events


def _mediated(predicate: Predicate, coded: list[RawEvent], resolve: Callable[[Token], list[Mention]],
              lexicon: Lexicon) -> list[RawEvent]:
    """Return the mediation of the talks a predicate coded ("resumed talks under Qatari mediation"):
    the talks' own act read once more, the mediator (`noun_events.mediators`) its source and each
    party of the talks its target; none when the talks were coded as no event or are told only as
    intended, expected or possible ("willing to send envoys for talks under OAU auspices"): a
    mediation is told of talks held."""
    held = bool(coded) and coded[0].modality == Modality.ASSERTED
    found = mediators(predicate, resolve, lexicon) if held else None
    if found is None:
        return []
    mediator, how = found
    first = coded[0]
    rule = f"{RULE}+{predicate.pattern.id}"
    return [replace(first, rule=rule, cameo=MEDIATE, source=m, target=p, joint=False, mutual=False,
                    source_how=how, target_how=Role(kind=Kind.MEDIATED, via=predicate.head.text))
            for m in mediator[:1] for p in parties(((e.source, e.target) for e in coded), mediator)]


Where = tuple[SentenceHits, Callable[[Token], list[Mention]], Antecedent, frozenset[str]]


def _code_predicate(predicate: Predicate, where: Where, knowledge: Knowledge) -> tuple[list[RawEvent], Drop | None]:
    """Code one matched predicate, or say why it is no event; the conventions tell which codes told
    in the passive without agent ("were arrested") are acts of the state where they happen."""
    sentence, resolve, antecedent, commentators = where
    lexicon, conventions = knowledge.lexicon, knowledge.conventions
    rule, span = predicate.pattern.id, _action(predicate, sentence)
    untold = _not_told_as_done(predicate, resolve, lexicon, commentators) or _not_an_act_yet(predicate, knowledge)
    if untold is not None:
        return [], Drop(stage=untold[0], rule=rule, span=span, reason=untold[1])
    order = attributes.quoted_order(predicate.head, lexicon)
    if order is not None:
        ordered = _ordered(predicate, order, where, knowledge)
        return ordered, None if ordered else Drop(
            stage=Stage.EXPECTED, rule=rule, span=span,
            reason=f"an order in a quotation ('{order.text}'), not done; no speaker to demand it")
    outer = attributes.wrapper(predicate.head, lexicon)
    if outer is not None:
        asked = _asked_for(predicate, outer, where, knowledge)
        return asked, None if asked else Drop(
            stage=Stage.EXPECTED, rule=rule, span=span,
            reason=f"asked or expected of another actor, not done ('{outer.text}')")
    source = find_source(predicate, resolve, antecedent, lexicon)
    if (not source.mentions and source.how.kind == Kind.PASSIVE_WITHOUT_AGENT
            and conventions.state_act(predicate.pattern.cameo)):
        source = _the_state(predicate, sentence)
    if not source.mentions:
        return [], Drop(stage=Stage.SOURCE, rule=rule, span=span, reason=f"no source actor ({describe(source.how)})")
    unmade = _no_act_of_source(predicate, (resolve, antecedent), source, lexicon)
    if unmade is not None:
        return [], Drop(stage=unmade[0], rule=rule, span=span, reason=unmade[1])
    judged = judged_conduct(predicate, resolve, source, lexicon)
    if judged is not None:  # "warned that X's conduct is dangerous": criticism of X
        criticism = Predicate(pattern=replace(predicate.pattern, id=f"{predicate.pattern.id}+judgement", cameo="111"),
                              tokens=predicate.tokens, obj=predicate.obj)
        return _events(criticism, (source, judged), sentence, _speaker(predicate, resolve, source, lexicon),
                       knowledge), None
    # "..., and Taiwan put its forces on alert in response": whoever is answered, before the objects
    target = (answered_act(predicate, resolve, antecedent, source, lexicon)
              or find_target(predicate, resolve, source, lexicon, conventions))
    if not target.mentions:
        target = (cause_of_feeling(predicate, resolve, source, lexicon)
                  or earlier_act(predicate, antecedent, source, lexicon)
                  or passive_pronoun(predicate, antecedent, source, lexicon)
                  or party_in_clause(predicate, resolve, source)
                  or offered_on_request(predicate, resolve, source, lexicon) or target)
    target = _answered_posture(predicate, resolve, (source, target), lexicon)
    if not target.mentions and warning_about_things(predicate, resolve, lexicon):
        return [], Drop(stage=Stage.MATCH, rule=rule, span=span,
                        reason="a remark on what something would or must do, aimed at no one")
    if not target.mentions and predicate.pattern.cameo.startswith(PESSIMISM) \
            and any(t.lower_ in lexicon.concern_word for t in predicate.last.subtree):
        return [], Drop(stage=Stage.MATCH, rule=rule, span=span,
                        reason="concern about things, aimed at no actor: no event")
    speaker = _speaker(predicate, resolve, source, lexicon)
    return _events(predicate, (source, target), sentence, speaker, knowledge), None


def _answered_posture(predicate: Predicate, resolve: Callable[[Token], list[Mention]], sides: tuple[Side, Side],
                      lexicon: Lexicon) -> Side:
    """Return the target of a show of force or a mobilization: the one found, unless that is none,
    the source's own state or forces not placed in the world ("put its navy on alert"), else the
    party of what it follows (`readings.answered_circumstance`)."""
    source, target = sides
    if any(t.actor.placed and not same_state(s, t) for s in source.mentions for t in target.mentions):
        return target
    return answered_circumstance(predicate, resolve, source, lexicon) or target


def _not_told_as_done(predicate: Predicate, resolve: Callable[[Token], list[Mention]],
                      lexicon: Lexicon, commentators: frozenset[str]) -> tuple[Stage, str] | None:
    """Say why a predicate is not told as done, whoever its actor: commentary, a reported claim,
    history an anniversary recalls, a description, a need, a fixed phrase (readings.not_a_deed)."""
    commentator = commentary(predicate, resolve, lexicon, commentators)
    if commentator is not None:
        return Stage.CLAIM, f"a commentator's view ('{commentator.text}'), not a reported event"
    claim = attributes.claim_noun(predicate.head, lexicon)
    if claim is not None:
        return Stage.CLAIM, f"inside a reported claim ('{claim.text}')"
    history = attributes.recalled_history(predicate.head, lexicon)
    if history is not None:
        return Stage.MATCH, f"history recalled decades later ('{history.text} ago' or 'after'), not news of the story"
    onset = attributes.onset_of_state(predicate.head, lexicon)
    if onset is not None:
        return Stage.MATCH, f"the point a state of things dates from ('{onset.text}'): background, not news"
    no_deed = not_a_deed(predicate, lexicon)
    return (Stage.MATCH, no_deed) if no_deed is not None else None


def _not_an_act_yet(predicate: Predicate, knowledge: Knowledge) -> tuple[Stage, str] | None:
    """Say why a predicate tells no act done nor announced: one others report as scheduled or
    expected, a trip its actor is told to make in the plain future (an itinerary,
    data/conventions.tsv), a show of force its actor says it will keep up (a standing posture, no threat; an
    announced cooperative act that goes on is still an intention), a condition still awaited, or
    a habit told in the simple present (data/conventions.tsv, `present_habit`)."""
    lexicon, verb = knowledge.lexicon, predicate.head
    schedule = attributes.scheduled(verb, lexicon)
    if schedule is not None:
        return Stage.EXPECTED, f"scheduled or expected ('{schedule.text}'), not done nor announced by its actor"
    foretold = attributes.foretold(verb, lexicon) if knowledge.conventions.itinerary(predicate.pattern.cameo) else None
    if foretold is not None:
        return Stage.EXPECTED, f"a trip told as its actor's schedule ('{foretold.text}'), not an intention"
    order = attributes.directed(verb, lexicon)
    if order is not None:
        return Stage.EXPECTED, f"ordered or asked of its actor ('{order.text}'), not done"
    going_on = attributes.continued(verb, lexicon) if predicate.pattern.cameo.startswith(POSTURE) else None
    if going_on is not None:
        return Stage.EXPECTED, f"a routine its actor is to keep up ('{going_on.text}'), no new act nor intention"
    condition = attributes.awaited(verb, lexicon)
    if condition is not None:
        return Stage.EXPECTED, f"a condition still awaited ('{condition.text}'), not done nor announced"
    ceasing = ceased_by(predicate, lexicon)
    if ceasing is not None and knowledge.conventions.ceased(predicate.pattern.cameo) is None:
        return Stage.MATCH, f"an act told as ended ('{ceasing.text} {verb.text}'), not done"
    if knowledge.conventions.present_habit(predicate.pattern.cameo) and attributes.simple_present(verb) \
            and attributes.modality(verb, lexicon) == Modality.ASSERTED:
        return Stage.MATCH, "a habit or a state of things told in the simple present, not an event"
    return None


def _no_act_of_source(predicate: Predicate, resolvers: tuple[Callable[[Token], list[Mention]], Antecedent],
                      source: Side, lexicon: Lexicon) -> tuple[Stage, str] | None:
    """Say why the source found does no act here: no party acts, others speak of a possibility,
    a warning of a danger addresses no one, or backing only describes another act's actor."""
    no_party = no_party_acts(predicate, source, lexicon)
    if no_party is not None:
        return Stage.SOURCE, no_party
    resolve = resolvers[0]
    if others_possibility(predicate, resolvers, source, lexicon):
        return Stage.EXPECTED, "a possibility others speak of, not the actor's act or threat"
    if warning_of_things(predicate, resolve, lexicon):
        return Stage.MATCH, "a warning of a danger, addressed to no one: no threat"
    if backing_of_a_side(predicate, resolve):
        return Stage.MATCH, "backing told as a description of the actor of another act: a part in that act"
    return None


def _asked_for(predicate: Predicate, outer: Token, where: Where, knowledge: Knowledge) -> list[RawEvent]:
    """Code an act one actor asks of another as the asker's appeal (020: "called on Iraq to
    expel the militants") or, for a cooperative act it expects, its demand (100: "Kenya expects
    Somalia to stop the raids") aimed at the other, by what is asked where CAMEO has a code for
    it (an appeal for a release, 0253); anything else expected is no event."""
    _sentence, resolve, antecedent, _commentators = where
    lexicon, conventions, code = knowledge.lexicon, knowledge.conventions, predicate.pattern.cameo
    cooperative = code[:2].isdigit() and int(code[:2]) <= 9
    if outer.lemma_ in lexicon.appeal_verb:
        cameo, token = conventions.appealed(code) or "020", attributes.addressee(outer)
    elif outer.lemma_ in lexicon.demanding_verb and cooperative:
        cameo, token = conventions.demanded(code) or "100", None
    else:
        return []
    addressee = (_addressed(token, resolve) if token is not None
                 else find_source(predicate, resolve, antecedent, lexicon))
    if not addressee.mentions:
        return []
    return _by_speaker(predicate, outer, addressee, where, knowledge, rule=("asked", cameo))


def _ordered(predicate: Predicate, order: Token, where: Where, knowledge: Knowledge) -> list[RawEvent]:
    """Code an order a speaker gives in a quotation ('"Free the crew," Manila told Beijing') as the
    speaker's demand (100, or the demand for what is ordered: 1053 for a release) on whom it
    addresses, else on no one named (the conventions then aim a demand at the other party); the
    ordered act is not done."""
    token = attributes.addressee(order)
    addressee = (_addressed(token, where[1]) if token is not None
                 else Side(mentions=(), how=Role(kind=Kind.NOT_FOUND)))
    cameo = knowledge.conventions.demanded(predicate.pattern.cameo) or "100"
    return _by_speaker(predicate, order, addressee, where, knowledge, rule=("ordered", cameo))


def _addressed(token: Token, resolve: Callable[[Token], list[Mention]]) -> Side:
    """Return the side an appeal, a demand or an order addresses: the actors of `token` and its conjuncts."""
    return Side(mentions=tuple(conjunct_mentions(token, resolve)), how=Role(kind=Kind.DOBJ), token=token)


def _by_speaker(predicate: Predicate, outer: Token, addressee: Side, where: Where, knowledge: Knowledge, *,
                rule: tuple[str, str]) -> list[RawEvent]:
    """Code the act `outer` tells of the predicate's act (asking or ordering it) as its speaker's
    event, with the rule id suffix and CAMEO code `rule` names, aimed at `addressee`; no event when
    no speaker is found."""
    sentence, resolve, antecedent, _commentators = where
    suffix, cameo = rule
    made = Predicate(pattern=replace(predicate.pattern, id=f"{predicate.pattern.id}+{suffix}", cameo=cameo),
                     tokens=(outer, *predicate.tokens), obj=predicate.obj)
    source = find_source(made, resolve, antecedent, knowledge.lexicon)
    if not source.mentions:
        return []
    return _events(made, (source, addressee), sentence, None, knowledge)


def _the_state(predicate: Predicate, sentence: SentenceHits) -> Side:
    """Return the unnamed state as the source of a passive state act; the places stage gives it
    the country where the act happened, or drops the event."""
    span = _action(predicate, sentence)
    actor = Actor(code="GOV", country=None, sectors=("GOV",), name="authorities")
    mention = Mention(actor=actor, text=span.text, start=span.start, end=span.end, entry=STATE_ENTRY,
                      entries=(STATE_ENTRY,), kind=STATE_KIND, confidence=0.5)
    return Side(mentions=(mention,), how=Role(kind=Kind.STATE))


def _main_subject(sentence: SentenceHits, resolve: Callable[[Token], list[Mention]]) -> Side | None:
    at = next((i for i, dep in enumerate(view_of(sentence.doc).deps) if dep == "ROOT"), None)
    if at is None:
        return None
    subjects = children_by(sentence.doc[at], SUBJECT_DEPS)
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    mentions = conjunct_mentions(subjects[0], resolve)  # "Chile and Peru met ...": a later "they" is both
    if not mentions:
        return None
    # "said Jane Roe, a director at Amnesty International": a name no dictionary entry covers,
    # whose actor was found beside it, is a person speaking for it; a later "she" refers to them.
    # "Chile's trade envoy, Ana Soto, turned down ...": so is such a name in apposition to the
    # subject.
    named = [subjects[0], *children_by(subjects[0], frozenset({"appos"}))]
    named_person = any(t.pos_ == "PROPN" and t.i not in sentence.by_token for t in named)
    head = subjects[0]
    name = head.text if (head.i not in sentence.by_token and head.is_alpha and head.is_title
                         and (head.pos_ == "PROPN" or head.ent_type_ == "PERSON")) else None
    return Side(mentions=tuple(mentions), how=Role(kind=Kind.ANTECEDENT), token=None, named_person=named_person,
                name=name)
