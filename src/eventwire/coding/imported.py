"""What patterns imported from TABARI/PETRARCH dictionaries change in a sentence's coding.

- A pattern whose target is `each-other` (a legacy `% *`: "Ruritania and Graustark postponed
  their talks") makes the actors of its compound subject each other's targets.
- A pattern whose target cell says `source-after` (a legacy `+ * (FROM $)`: "Ruritania received
  money from Graustark") runs the other way: the event's source and target change places.
- A pattern with a `reverse` code (imported `[032:033]`: a visit is also a hosting) yields, beside
  each event it codes with a target, the event the target does to the source, at that code.
- Imported patterns (and their back-off defaults) were written for a coder that codes only events
  with both a source and a target, and takes as the target the first actor in what follows the
  verb ("boycotted an anti-Ruritania rally", "marched close to the border with Ruritania"): an
  event of theirs that the generic search left without a target takes that actor, else is dropped.
- An actor named by a coded compound (an imported `THE_SHIRE [FRO/BIL/SAM]`) is each of its
  members: an event with such a source or target becomes one event per member (per pair of
  members when both are compounds).
- A verb whose default code is a bare statement (`010`) is a verb of speech by the dictionary's own
  account: its back-off is dropped, as for the lexicon's speech verbs (what is said is coded, not
  the saying).
- In the shipped base layer, nor is a back-off to material conflict (CAMEO quad class 4: protest,
  force, coercion ...): a verb's default code is a guess, and in news verbs of force are often
  figurative ("beat Colombia 1-0"); only a pattern (an object, a phrase) vouches for force. (Users'
  own imported dictionaries keep those back-offs, as PETRARCH codes them.)
- In the base layer, an event of an imported pattern or back-off needs a source its sentence names:
  the patterns were written for a coder that reads one sentence at a time, and a pronoun ("they",
  "we" in a quotation) stands for whoever the project's own rules took it for, not for the actor
  the pattern expects.
- An event whose target is the source's own state, of a code that is not one a state does to its
  own people (data/conventions.tsv `own_target`), is treated as the own patterns' events are: the
  conventions take that target away and give it the one its code implies, if any; with none left,
  `drop_targetless` drops it, for the patterns code only events with both.
- In the base layer, a pattern coding a bare statement (010) is not coded either ("provided
  details to Ruritania"), as for its back-offs; and an imported pattern's event that the conventions
  leave without a target once its sides are placed is dropped (`drop_targetless`).
- In the base layer, a back-off codes only the verb's own slots: its subject (or passive agent) as
  the source, and its object, dative, a phrase of its own or its passive subject as the target. A
  verb's default code says what the verb does to its object, not to the subject of a clause beneath
  it ("hope the tourists will come"), an owner of its object ("passed the ministry's budget") or
  an actor found further on; and the subject of a verb it is the complement of is not its own
  ("ordered the schools to allow ...": the schools do not allow).
- In the base layer, repression (CAMEO 17) that criminals or suspects seem to do to a court or the
  police ("the suspects appeared in court", imported as `appear (in court)` [173]) is what the court
  or police do to them: the subject undergoes the act, as the dictionary's own `source-after`
  patterns say for "appear before court". Such an act told as coming ("will appear in court") is
  not coded: the court announced nothing, and the subject's future is no threat of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from eventwire.actors.mentions import SentenceHits
from eventwire.coding.coder import RawEvent, SentenceCoding
from eventwire.coding.cues import stems
from eventwire.coding.decisions import Drop, Kind, Role, Stage
from eventwire.coding.events import UNREALIZED, names_no_target
from eventwire.coding.patterns import (
    STATEMENT,
    PatternSet,
    VerbPattern,
    is_backoff,
    is_base,
    pattern_id,
    uncoded_backoff,
)
from eventwire.coding.targets import make_resolver
from eventwire.dictionaries.actors import COMPOUND_MARK
from eventwire.dictionaries.patterns import EACH_OTHER, SOURCE_AFTER
from eventwire.doc_words import tokens_from
from eventwire.model import EventMention, Mention, Modality
from eventwire.parse_labels import PREDICATE_POS

REVERSE_SUFFIX = "+reverse"
NO_TARGET = "no target: imported patterns code only events with both a source and a target"
BACKGROUND = "no target: an act told in a relative clause of an actor named before it is coded only with one"
THROUGH_PRONOUN = "a base-layer pattern codes only a source its sentence names, not one a pronoun stands for"
OFF_SLOT = "a base-layer back-off codes only its verb's own subject and object (or phrase)"
IN_CLAUSE = "a base-layer pattern takes no target from a clause beneath its verb: no target cell names one"
SAYING = "a base-layer pattern coding a bare statement (010) codes the saying: what is said is coded, not the saying"
UNANNOUNCED = "a coming act of repression that its subject undergoes is announced by no one who would do it"
DROP_STAGE = {NO_TARGET: Stage.TARGET, THROUGH_PRONOUN: Stage.SOURCE, OFF_SLOT: Stage.TARGET,
              IN_CLAUSE: Stage.TARGET, UNANNOUNCED: Stage.SOURCE}
# Repression (CAMEO 17) is done by authorities to people: a criminal or suspect (sector CRM) that seems
# to do it to a court or the police (JUD, COP) undergoes it.
REPRESSION = "17"
SUSPECTS = frozenset({"CRM"})
AUTHORITIES = frozenset({"JUD", "COP"})
# Clauses of their own after the verb: their actors are not its target.
OWN_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "csubj", "parataxis", "conj", "xcomp"})
# The slots a base-layer back-off's source and target may fill: the verb's own.
BACKOFF_SOURCES = frozenset({Kind.SUBJECT, Kind.SUBJECT_OF, Kind.PASSIVE_AGENT})
BACKOFF_TARGETS = frozenset({Kind.DOBJ, Kind.DATIVE, Kind.PREP, Kind.PASSIVE_SUBJECT})
# Targets the generic search finds in a clause beneath the verb ("announced ..., citing Ruritania's
# agency": the object of "citing"): a base-layer pattern, written for the verb's own phrase, takes
# none of them; its target cell, if any, names a slot of the verb's own (an object, a phrase, the
# actor after it as a `source-after` source: "earned dollars as dealers in Abidjan held firm" has none).
CLAUSE_TARGETS = frozenset({Kind.PURPOSE_OBJECT, Kind.CLAUSE_SUBJECT, Kind.CONDITION_SUBJECT})
# Links to a clause of its own ("searched ... and transported the wounded", "passed a law targeting
# Ruritania"): a back-off's target is not found through them; an open complement ("helped broker
# talks between ...") shares the verb's clause.
OTHER_CLAUSES = OWN_CLAUSES - {"xcomp"} | {"acl"}


# Modalities of an act not told as done: its reverse (the other side's part) is not coded.
UNTOLD = frozenset({Modality.FUTURE, Modality.INTENT, Modality.HYPOTHETICAL})


def reverse_event(event: RawEvent, patterns: PatternSet) -> RawEvent | None:
    """Return what the target does back to the source, when the event's pattern says so and the
    act is told as done: a visit only intended or expected ("is ready to send a delegation to
    Algiers") is the visitor's intention, no hosting by the other side."""
    pattern = patterns.by_id.get(event.rule)
    if pattern is None or not pattern.reverse or event.target is None or event.modality in UNTOLD:
        return None
    return replace(event, rule=f"{event.rule}{REVERSE_SUFFIX}", cameo=pattern.reverse, source=event.target,
                   target=event.source, source_how=event.target_how, target_how=event.source_how, joint=False)


def _key(event: RawEvent) -> tuple[str, str | None, str]:
    return event.source.actor.code, event.target.actor.code if event.target else None, event.cameo


def _unfit(event: RawEvent, patterns: PatternSet, sentence: SentenceHits | None) -> str | None:
    """Return why an imported pattern's event is not coded, if it is not."""
    pattern = patterns.by_id.get(event.rule)
    if pattern is None or not pattern.imported:
        return None
    if event.target is None:
        return NO_TARGET
    if is_base(pattern):
        if event.source_how.pronoun:
            return THROUGH_PRONOUN
        if is_backoff(pattern.id) and not _in_own_slots(event, pattern, sentence):
            return OFF_SLOT
        if event.target_how.kind in CLAUSE_TARGETS:
            return IN_CLAUSE
        if pattern.cameo == STATEMENT:
            return SAYING
        if event.modality in UNREALIZED and _undergone(event, pattern):
            return UNANNOUNCED
    return uncoded_backoff(pattern)


def _undergone(event: RawEvent, pattern: VerbPattern) -> bool:
    """Tell whether an imported pattern's act of repression is one its subject undergoes."""
    return event.cameo.startswith(REPRESSION) and (SOURCE_AFTER in pattern.target or _suspect_source(event))


def _suspect_source(event: RawEvent) -> bool:
    """Tell whether an act of repression is told with a criminal or suspect doing it to a court or the police."""
    return (event.target is not None and event.cameo.startswith(REPRESSION)
            and bool(SUSPECTS & set(event.source.actor.sectors))
            and bool(AUTHORITIES & set(event.target.actor.sectors)))


def _phrase_head(mention: Mention, sentence: SentenceHits) -> Token | None:
    """Return the head word of the phrase a mention spans."""
    start, end, doc = mention.start - sentence.offset, mention.end - sentence.offset, sentence.doc
    return next((doc[i] for i in tokens_from(doc, start, end) if not start <= doc[i].head.idx < end), None)


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Tell whether a word hangs from a verb within its clause (through nouns, phrases and open
    complements, not through a clause of its own)."""
    while token.i != verb.i:
        if (token.dep_ in OTHER_CLAUSES and token.pos_ in PREDICATE_POS) or token.head.i == token.i:
            return False
        token = token.head
    return True


def _in_own_slots(event: RawEvent, pattern: VerbPattern, sentence: SentenceHits | None) -> bool:
    """Tell whether a back-off's source is its verb's subject and its target an actor named at the
    head of its object or of a phrase in its clause (not one that only modifies or owns the thing
    there: "Ruritania's budget", "Ruritania defense")."""
    if event.source_how.kind not in BACKOFF_SOURCES or event.target_how.kind not in BACKOFF_TARGETS:
        return False
    if sentence is None or event.target is None:
        return True
    head, verb = _phrase_head(event.target, sentence), _verb_token(event, pattern, sentence)
    return head is not None and verb is not None and head.i in sentence.by_token and _in_clause_of(head, verb)


def _verb_token(event: RawEvent, pattern: VerbPattern, sentence: SentenceHits) -> Token | None:
    """Return the token of the event's (last) pattern verb."""
    start, end = event.action.start - sentence.offset, event.action.end - sentence.offset
    lemmas = pattern.chain[-1].lemmas
    tokens = (sentence.doc[i] for i in tokens_from(sentence.doc, start, end))
    verbs = [t for t in tokens if t.pos_ in PREDICATE_POS
             and (t.lemma_.lower() in lemmas or t.lower_ in lemmas or not lemmas.isdisjoint(stems(t.lower_)))]
    return verbs[-1] if verbs else None


def own_clause(token: Token) -> bool:
    """Tell whether a dependent is a clause of its own: a full clause headed by a predicate (a noun
    the parser calls a clause, "an anti- Ruritania parade", heads none), or an infinitive naming
    another act ("their effort to topple the government")."""
    if token.dep_ in OWN_CLAUSES - {"conj"} and token.pos_ not in PREDICATE_POS:
        return False
    return token.dep_ in OWN_CLAUSES or (token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                      for c in token.children))


def _after(token: Token) -> list[Token]:
    """Return the words of what follows a verb, leaving out clauses of their own."""
    words = []
    for child in token.children:
        if not own_clause(child):
            words += [child, *_after(child)]
    return words


def _phrase_preps(pattern: VerbPattern) -> frozenset[str]:
    """Return the prepositions of the phrases a pattern matches by alone (`* (WITH)`), if it names
    nothing else."""
    if not pattern.objects or any(spec.head or spec.attached is None for spec in pattern.objects):
        return frozenset()
    return frozenset(spec.attached.prep for spec in pattern.objects if spec.attached is not None)


def _in_phrases(words: list[Token], preps: frozenset[str]) -> list[Token]:
    """Return the words inside phrases opened by these prepositions (all words when there are none)."""
    if not preps:
        return words
    inside = {t.i for w in words if w.dep_ == "prep" and w.lower_ in preps for t in w.subtree}
    return [w for w in words if w.i in inside]


def first_actor_after(event: RawEvent, pattern: VerbPattern, sentence: SentenceHits) -> Mention | None:
    """Return the first actor named after the event's verb, other than its source; for a base-layer
    pattern that names only a phrase ("talk (with)"), the first actor inside that phrase: the phrase
    is where the pattern puts its target ("talked with a reporter about Ruritania" has none)."""
    verb = _verb_token(event, pattern, sentence)
    if verb is None:
        return None
    resolve = make_resolver(sentence)
    source = event.source
    after = _in_phrases(_after(verb), _phrase_preps(pattern) if is_base(pattern) else frozenset())
    nouns = sorted((t for t in after if t.i > verb.i and t.pos_ in {"NOUN", "PROPN"}), key=lambda t: t.i)
    for token in nouns:
        for mention in resolve(token):
            overlaps = mention.start < source.end and source.start < mention.end
            if mention.actor.code != source.actor.code and not overlaps:
                return mention
    return None


def _with_target(event: RawEvent, patterns: PatternSet, sentence: SentenceHits | None) -> RawEvent:
    pattern = patterns.by_id.get(event.rule)
    if event.target is not None or sentence is None or pattern is None or not pattern.imported:
        return event
    target = first_actor_after(event, pattern, sentence)
    if target is None:
        return event
    return replace(event, target=target, target_how=Role(kind=Kind.FIRST_AFTER))


def _mutual(events: tuple[RawEvent, ...], patterns: PatternSet) -> list[RawEvent]:
    """Return the events with those of `each-other` patterns paired up: each pair of actors of the
    compound subject acting on each other once, the first-named as source (an actor alone keeps its
    event)."""
    out: list[RawEvent] = []
    groups: dict[tuple[str, int], list[RawEvent]] = {}
    for event in events:
        pattern = patterns.by_id.get(event.rule)
        if pattern is not None and EACH_OTHER in pattern.target:
            groups.setdefault((event.rule, event.action.start), []).append(event)
        else:
            out.append(event)
    for group in groups.values():
        sources = list({e.source.actor.code: e for e in group}.values())
        if len(sources) < 2:
            out += group
            continue
        out += [replace(a, target=b.source, target_how=Role(kind=Kind.SUBJECT), mutual=True)
                for i, a in enumerate(sources) for b in sources[i + 1:]]
    return out


def _turned(event: RawEvent, patterns: PatternSet) -> RawEvent:
    """Return the event of a `source-after` pattern, or of repression a base-layer pattern's suspect
    undergoes, with its source and target changing places."""
    pattern = patterns.by_id.get(event.rule)
    if pattern is None or event.target is None:
        return event
    if SOURCE_AFTER not in pattern.target and not (is_base(pattern) and _suspect_source(event)):
        return event
    return replace(event, source=event.target, target=event.source, source_how=event.target_how,
                   target_how=event.source_how)


def compound_members(mention: Mention, sentence: SentenceHits) -> list[Mention]:
    """Return the actors a mention of a coded compound stands for (the mention alone otherwise)."""
    record, mark, _code = mention.entry.rpartition(COMPOUND_MARK)
    hit = next((h for h in sentence.hits if any(e.id == mention.entry for e in h.entries)), None) if mark else None
    if hit is None:
        return [mention]
    first = next(e for e in hit.entries if e.id == mention.entry)
    members = [e for e in hit.entries if e.id.rpartition(COMPOUND_MARK)[0] == record]
    if len(members) < 2 or first.code not in mention.actor.code:
        return [mention]
    # Each member's code takes the first member's place in the actor's (roles before or after it).
    return [replace(mention, actor=replace(mention.actor, code=mention.actor.code.replace(first.code, e.code, 1),
                                           country=e.country, name=e.name),
                    entry=e.id, entries=(e.id, *mention.entries[1:])) for e in members]


def _split_compounds(event: RawEvent, sentence: SentenceHits | None) -> list[RawEvent]:
    if sentence is None:
        return [event]
    sources = compound_members(event.source, sentence)
    targets: list[Mention | None] = [None] if event.target is None else list(compound_members(event.target, sentence))
    if len(sources) == len(targets) == 1:
        return [event]
    return [replace(event, source=s, target=t) for s in sources for t in targets]


def drop_targetless(events: Sequence[EventMention],
                    patterns: PatternSet) -> tuple[list[EventMention], tuple[Drop, ...]]:
    """Return the events but those of imported patterns the conventions left without a target
    ("the minister called on the king": one state's own people, once both are placed; a party only
    inferred from the story is none), and those
    told in a relative clause of an actor named before it ("France, which has trained ...") left
    without one: background to the sentence, coded only as an act on someone; and the drops."""
    kept, drops = [], []
    for event in events:
        pattern = patterns.by_id.get(pattern_id(event.rule))
        relative = event.source is not None and any(e.startswith("relative:") for e in event.source.entries)
        if names_no_target(event) and ((pattern is not None and pattern.imported) or relative):
            why = NO_TARGET if pattern is not None and pattern.imported else BACKGROUND
            drops.append(Drop(stage=Stage.TARGET, rule=event.rule, span=event.action, reason=why))
        else:
            kept.append(event)
    return kept, tuple(drops)


def screen_imported(coding: SentenceCoding, patterns: PatternSet,
                    sentence: SentenceHits | None = None) -> SentenceCoding:
    """Return a sentence's coding with the reverse events its patterns call for added, the events
    of imported patterns given the first actor after their verb as target when none was found,
    and those that still have none (or back off to a bare statement) dropped; an event of a coded
    compound's actor becomes one per member."""
    kept: list[RawEvent] = []
    drops: list[Drop] = []
    for event in (_with_target(e, patterns, sentence) for e in _mutual(coding.events, patterns)):
        why = _unfit(event, patterns, sentence)
        if why is None:
            kept += _split_compounds(_turned(event, patterns), sentence)
        else:
            drops.append(Drop(stage=DROP_STAGE.get(why, Stage.MATCH), rule=event.rule, span=event.action, reason=why))
    seen = {_key(e) for e in kept}
    for event in list(kept):
        back = reverse_event(event, patterns)
        if back is not None and _key(back) not in seen:
            seen.add(_key(back))
            kept.append(back)
    if not drops and kept == list(coding.events):
        return coding
    return replace(coding, events=tuple(kept), drops=coding.drops + tuple(drops))
