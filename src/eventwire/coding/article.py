"""Code a whole article: sentence by sentence, carrying antecedents and dates across sentences,
and attach codebook fields, dates, places and the reporting chain to every event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Token

from eventwire import dates, places, provenance
from eventwire.actors.dictionary import PLACES, EntryKind
from eventwire.actors.matcher import Hit
from eventwire.actors.resolve import SentenceHits
from eventwire.coding.coder import STATE_KIND, RawEvent, SentenceCoding, code_sentence
from eventwire.coding.cues import CueIndex
from eventwire.coding.patterns import is_backoff
from eventwire.coding.roles import Side
from eventwire.model import Actor, Article, EventDate, EventMention, Mention, Modality, Place
from eventwire.nlp import SPEECH_VERBS, Sentence, proper_noun_runs
from eventwire.ontology.conventions import Conventions, ImpliedTarget
from eventwire.resources import Resources

PLURAL_PRONOUNS = frozenset({"they", "we"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Prepared:
    """An article tokenized and split, with its dictionary hits and the sentences to parse."""

    article: Article
    doc: Doc
    sentences: tuple[Sentence, ...]
    hits: tuple[tuple[Hit, ...], ...]
    selected: tuple[int, ...]
    credit: tuple[str, ...] = ()  # news organizations credited in the dateline


@dataclass(slots=True)
class _Context:
    """What earlier sentences of the article leave for later ones (local to one article)."""

    person: Side | None = None
    other: Side | None = None
    paragraph: int = -1
    paragraph_date: EventDate | None = None
    pending: list[Sentence] = field(default_factory=list)
    article_chain: tuple[str, ...] = ()
    codings: dict[int, SentenceCoding] = field(default_factory=dict)

    def antecedent(self, pronoun: Token) -> Side | None:
        if pronoun.lower_ in {"he", "she", "i"}:
            side = self.person
        elif pronoun.lower_ in PLURAL_PRONOUNS:
            side = self.other or self.person
        else:
            side = self.other
        if side is None:
            return None
        return Side(mentions=side.mentions, how=f"pronoun '{pronoun.text}' → earlier '{side.mentions[0].text}'")

    def remember(self, subject: Side | None) -> None:
        if subject is None:
            return
        if any(m.person or m.kind == EntryKind.ROLE or "GOV" in m.actor.sectors for m in subject.mentions):
            self.person = subject
        if any(m.kind != EntryKind.PERSON for m in subject.mentions):
            self.other = subject


def sentence_hits(prepared: Prepared, index: int, doc: Doc) -> SentenceHits:
    """Return a parsed sentence's hits re-indexed to its own Doc."""
    sentence = prepared.sentences[index]
    shifted = [Hit(start=h.start - sentence.start, end=h.end - sentence.start, entries=h.entries)
               for h in prepared.hits[index]]
    return SentenceHits.build(doc, shifted, sentence.start_char, prepared.article.published)


def _enter(sentence: Sentence, context: _Context) -> None:
    if sentence.paragraph != context.paragraph:
        context.paragraph, context.paragraph_date, context.pending = sentence.paragraph, None, []


def _event_date(sentence: Sentence, context: _Context, published: date | None, future: bool) -> EventDate:
    """Return the sentence's own date, else the latest date of an earlier sentence of its paragraph
    (resolved only now, so unparsed sentences cost nothing unless a later one needs them), else the
    publication date."""
    _enter(sentence, context)
    found = dates.resolve_date(sentence.text, published, future=future)
    earlier = (dates.resolve_date(s.text, published) for s in reversed(context.pending))
    latest = next((d for d in earlier if d is not None), None) if found is None else None
    context.pending = []
    context.paragraph_date = found or latest or context.paragraph_date
    if found is not None:
        return found
    if context.paragraph_date is not None:
        return replace(context.paragraph_date, how="paragraph")
    return dates.published_date(published)


# Nouns a place name can be "of": "in the southern Gaza city of Rafah" is in Rafah.
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "capital", "district", "state",
                         "area", "port", "island", "county", "municipality", "governorate", "enclave", "strip"})


def _cue(token: Token) -> str:
    """Return the preposition that governs a place name (through "the city of")."""
    current = token
    for _ in range(5):
        if current.dep_ == "pobj" and current.head.lower_ == "of" and current.head.head.lemma_ in PLACE_NOUNS:
            current = current.head.head
            continue
        if current.dep_ == "pobj":
            return current.head.lower_
        if current.dep_ not in {"compound", "amod", "nmod", "flat"} or current.head.i == current.i:
            return ""
        current = current.head
    return ""


def _attribution(doc: Doc) -> set[int]:
    """Return the tokens naming who reports ("sources in Pakistan said", "according to officials
    in Kabul"): places there are where the news came from, not where the event happened."""
    heads = [c for t in doc if t.lemma_ in SPEECH_VERBS for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
    heads += [t for t in doc if t.lower_ == "according" and t.dep_ == "prep"]
    # A phrase holding a verb of its own is the event the parser hung on the speech verb, not a source.
    return {w.i for h in heads if not any(w.pos_ == "VERB" for w in h.subtree) for w in h.subtree}


def _region(hits: Sequence[Hit], offset: int, reporters: set[int]) -> str | None:
    """Return the one country a sentence names (by name, demonym or capital) outside its
    attribution, if it names exactly one."""
    countries = {e.country for h in hits if h.start - offset not in reporters
                 for e in h.entries if e.kind in PLACES and e.country}
    return countries.pop() if len(countries) == 1 else None


def _place_candidates(doc: Doc, reporters: set[int]) -> list[places.Candidate]:
    """Return a sentence's proper-noun runs governed by a preposition, outside its attribution."""
    runs = [r for r in proper_noun_runs(list(doc)) if r.start not in reporters]
    candidates = [(r.text, r.start_char, r.end_char, _cue(r[-1])) for r in runs]
    return [c for c in candidates if c[3]]


def _localize(mention: Mention | None, place: Place | None, other: Mention | None,
              region: str | None) -> Mention | None:
    """Give an actor named only by its role ("police", "demonstrators") a country: where the event
    happened, else the other side's (events between a state's own agents and people are domestic),
    else the one country the sentence names."""
    if mention is None or mention.actor.placed:
        return mention
    if mention.kind == STATE_KIND and (place is None or place.country is None):
        return None  # an unnamed state acts where the event happened, or is unknown
    if place is not None and place.country is not None:
        country, why = place.country, f"place:{place.geonameid}"
    elif other is not None and other.actor.country is not None:
        country, why = other.actor.country, f"domestic:{other.entry}"
    elif region is not None:
        country, why = region, f"sentence-country:{region}"
    else:
        return mention
    actor = Actor(code=country + mention.actor.code, country=country, sectors=mention.actor.sectors,
                  name=mention.actor.name)
    return replace(mention, actor=actor, entries=(*mention.entries, why), confidence=0.6)


def _sides(raw: RawEvent, place: Place | None, region: str | None,
           conventions: Conventions) -> tuple[Mention | None, Mention | None]:
    """Return source and target with countries inferred for role-only actors, and the implied
    target of an event that names none (data/conventions.tsv)."""
    source = _localize(raw.source, place, raw.target, region)
    target = _localize(raw.target, place, source, region)
    if target is None and source is not None:
        target = _implied_target(conventions.implied_target(raw.cameo), source, place)
    return source, target


def _implied_target(how: ImpliedTarget | None, source: Mention, place: Place | None) -> Mention | None:
    """A protest, a curfew or a leadership change is aimed at the country where it happens (else
    the actor's own); an assault hits the country where it happens; sanctions or an investigation
    carried out in another country than the actor's are aimed at that country."""
    where = place.country if place is not None else None
    if how == ImpliedTarget.DOMESTIC:
        country, why = where or source.actor.country, "domestic-target"
    elif where and (how == ImpliedTarget.PLACE or (how == ImpliedTarget.ABROAD and where != source.actor.country)):
        country, why = where, "place-target"
    else:
        return None
    if country is None:
        return None
    return replace(source, actor=Actor(code=country, country=country, name=country), entry=f"{why}:{country}",
                   entries=(f"{why}:{country}",), kind="inferred", person=None, confidence=0.5)


UNREALIZED = frozenset({Modality.FUTURE, Modality.INTENT, Modality.HYPOTHETICAL})


def recode(raw: RawEvent, conventions: Conventions) -> RawEvent:
    """Code a refused cooperative action as a rejection, an announced one as an intention, and
    one that several countries do together by its joint code."""
    if raw.joint and (joint := conventions.jointly(raw.cameo)) is not None:
        raw = replace(raw, cameo=joint, rule=f"{raw.rule}+joint")
    if raw.negated and (refused := conventions.refused(raw.cameo)) is not None:
        return replace(raw, cameo=refused, negated=False, rule=f"{raw.rule}+refusal")
    if raw.modality in UNREALIZED and not raw.negated and (intended := conventions.intended(raw.cameo)) is not None:
        return replace(raw, cameo=intended, rule=f"{raw.rule}+intent")
    return raw


def _mention(raw: RawEvent, resources: Resources, sentence: Sentence, article: Article, *,
             when: EventDate, place: Place | None, region: str | None, chain: tuple[str, ...]) -> EventMention:
    raw = recode(raw, resources.conventions)
    code = resources.codebook[raw.cameo]
    confidence = 0.9 if raw.modality == Modality.ASSERTED and not raw.negated else 0.7
    if is_backoff(raw.rule):  # a verb's default code: no pattern vouched for it
        confidence -= 0.3
    source, target = _sides(raw, place, region, resources.conventions)
    return EventMention(
        article_id=article.id, sentence=sentence.index, sentence_text=sentence.text,
        source=source, target=target, action=raw.action,
        cameo=code.code, cameo_name=code.name, plover=code.plover, plover_mode=code.plover_mode,
        plover_context=code.plover_context, quad_class=code.quad_class, goldstein=code.goldstein,
        date=when, place=place, negated=raw.negated, modality=raw.modality, speaker=raw.speaker,
        reported_by=chain, rule=raw.rule, confidence=confidence, publisher=article.publisher, url=article.url)


def _code(mention: Mention | None) -> str | None:
    return mention.actor.code if mention is not None else None


def _merge(events: list[EventMention], event: EventMention) -> list[EventMention]:
    """Add a sentence's event unless it repeats one already there: "was shot and wounded by a
    gunman" is one attack, coded by its most specific code (193 over the root's general 190)."""
    def key(e: EventMention) -> tuple[str | None, str | None, str, bool]:
        return _code(e.source), _code(e.target), e.cameo[:2], e.negated

    for n, kept in enumerate(events):
        if key(kept) != key(event):
            continue
        if kept.cameo == event.cameo or _general(event.cameo):
            return events
        if _general(kept.cameo):
            return [*events[:n], event, *events[n + 1:]]
    return [*events, event]


def _general(cameo: str) -> bool:
    """Tell whether a code is its root's "not specified below" code (190, 040 ...)."""
    return len(cameo) == 3 and cameo.endswith("0")


def _anchored(mention: Mention | None) -> bool:
    """Tell whether an actor is placed in the world: a country, or an international organization."""
    return mention is not None and mention.actor.placed


def code_article(prepared: Prepared, parses: dict[int, Doc], resources: Resources) -> tuple[EventMention, ...]:
    """Return every event mention of an article, given the parses of its selected sentences."""
    context = _Context()
    chains = [provenance.reporting_chain(prepared.doc, s, prepared.hits[s.index]) for s in prepared.sentences]
    context.article_chain = next((c for c in chains if c), prepared.credit)
    out: list[EventMention] = []
    for sentence in prepared.sentences:
        doc = parses.get(sentence.index)
        if doc is None:
            _enter(sentence, context)
            context.pending.append(sentence)
            continue
        coding = code_sentence(sentence_hits(prepared, sentence.index, doc), resources.patterns, context.antecedent,
                               resources.conventions.state_act)
        context.codings[sentence.index] = coding
        context.remember(coding.subject)
        future = any(e.modality == Modality.FUTURE for e in coding.events)
        when = _event_date(sentence, context, prepared.article.published, future)
        chain = chains[sentence.index] or context.article_chain
        reporters = _attribution(doc)
        region = _region(prepared.hits[sentence.index], sentence.start, reporters)
        candidates = _place_candidates(doc, reporters)
        found: dict[frozenset[str], Place | None] = {}
        events: list[EventMention] = []
        for raw in coding.events:
            prefer = frozenset(m.actor.country for m in (raw.source, raw.target) if m and m.actor.country)
            if prefer not in found:
                found[prefer] = places.find_place(sentence.text, sentence.start_char, candidates,
                                                  resources.gazetteer, prefer)
            event = _mention(raw, resources, sentence, prepared.article, when=when, place=found[prefer],
                             region=region, chain=chain)
            if event.source is not None and (_anchored(event.source) or _anchored(event.target)):
                events = _merge(events, event)
        out.extend(events)
    return tuple(out)


def select_sentences(doc: Doc, sentences: Sequence[Sentence], hits: Sequence[Sequence[Hit]],
                     cues: CueIndex) -> tuple[int, ...]:
    """Return the sentences worth parsing: an actor and a pattern's cue words, plus the
    sentences before one that opens with a pronoun (its antecedent)."""
    chosen: set[int] = set()
    for s in sentences:
        words = doc[s.start:s.end]
        if not cues.triggered({t.lower_ for t in words}):
            continue
        leading_pronoun = any(t.lower_ in {"he", "she", "they", "it", "we"} for t in words[:3])
        if hits[s.index] or leading_pronoun:
            chosen.add(s.index)
        if leading_pronoun:
            chosen.update(i for i in range(max(0, s.index - 2), s.index) if hits[i])
    return tuple(sorted(chosen))
