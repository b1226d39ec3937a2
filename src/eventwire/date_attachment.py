"""Attach a sentence's date phrases to the event they date, from the parse: a phrase on the
action's own verb first, then on a clause above it, never a noun's or another clause's; and tell
undated background (past perfect, long-running acts, times gone by) from the day's news.
The phrases themselves are found and resolved by `eventwire.dates`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.date_spans import counted_clause_span, day_before, moved_by, span_from_other
from eventwire.dates import Phrase
from eventwire.doc_words import token_at
from eventwire.model import EventDate
from eventwire.parse_view import object_participle_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from eventwire.coding.lexicon import Lexicon


def attached_date(parse: Doc, phrases: Sequence[Phrase], action: int, lexicon: Lexicon, *,
                  near_only: bool = False, said: frozenset[int] = frozenset()) -> EventDate | None:
    """Return the date of the phrase that modifies an event's action (`parse`: the parsed sentence
    alone, its offsets the sentence's; `action`: the action's offset in it): one on the action's
    own verb first, then one in a clause of the same time below it ("used force when they evicted
    the farmers in May"), then one on a clause above it ("said on Friday that ..."), then any other
    but a noun's ("Tuesday's attack" dates the attack, not a statement about it), a relative
    clause's ("the leader, who was arrested in May" dates the arrest), a deed's the action charges
    someone with ("accused them of shelling a town in May" dates the shelling), a "since" off the action's
    own verb (the start of another verb's span to now) or one on a clause of another tense the
    action's clause is coordinated with; None if none fits. With `near_only`,
    only a phrase on the action's verb, a clause of the same time or a clause above it fits.
    `said`: the offsets of the actions of things said in the sentence; one told as a reaction to
    the act of an "after" clause below it dates that act the day before (see `_told_after`)."""
    act = token_at(parse, action)
    near = _Near(above={t.i for t in parse[act].ancestors},
                 joined=_conjoined(parse[act]) | _attempted(parse[act], lexicon.attempt_verb),
                 apart=_apart(parse[act]), same_time=lexicon.same_time_mark, other_time=lexicon.other_time_mark)
    best: tuple[tuple[int, int, bool, int, int], EventDate, int] | None = None
    for phrase in phrases:
        first, last = token_at(parse, phrase.start), token_at(parse, phrase.end - 1)
        path = _path_to_verb(parse, first, last)
        # "since March, when rebels ambushed a patrol": the clause of the phrase's own time
        under = any(first <= a.i <= last for a in parse[act].ancestors)
        tier = _tier(parse, path, act, phrase, near, under=under)
        precision, possessive, start = phrase.rank
        key = (tier, precision, possessive, abs(token_at(parse, start) - act), start)  # nearest wins ties
        if tier < (_ELSEWHERE if near_only else _UNRELATED) and (best is None or key < best[0]):
            best = (key, phrase.date, path[-1])
    if best is None:
        return None
    key, found, verb = best
    if (span := counted_clause_span(parse, action, lexicon, verb)) is not None or (
            verb != act and (span := span_from_other(parse[act])) is not None):
        return moved_by(found, *span)
    reaction = key[0] == _ABOVE and verb in {token_at(parse, offset) for offset in said}
    return day_before(found) if reaction and _told_after(parse[act], verb, lexicon.earlier_mark) else found


def _action_words(parse: Doc, action: int, end: int) -> Span:
    """Return the words of an action's span, from the word at its start offset: at least that one."""
    return parse[token_at(parse, action):token_at(parse, max(end - 1, action)) + 1]


def action_verb(parse: Doc, action: int, end: int) -> int:
    """Return the offset of the verb an action's span tells its act by: the span's first word when
    a verb, else its first verb ("fishermen its navy had seized", an act told in a relative
    clause of the noun it starts with, is dated by "seized", not by the verb that noun hangs from)."""
    words = _action_words(parse, action, end)
    if words[0].pos_ in {"VERB", "AUX"}:
        return action
    return next((t.idx for t in words if t.pos_ == "VERB"), action)


def told_by_noun(parse: Doc, action: int, end: int) -> bool:
    """Tell whether an act is told by a noun alone, with no verb in its span ("angry at Ankara's purchase
    of the missiles", "a Turkish offensive against the militia"): an act named in passing, not the day's
    news but one the reader knows of (`eventwire.pipeline` leaves it undated, not of the publication day)."""
    return not any(t.pos_ in {"VERB", "AUX"} for t in _action_words(parse, action, end))


def _told_after(action: Token, verb: int, marks: frozenset[str]) -> bool:
    """Tell whether an action lies in an adverbial clause of an earlier act (lexicon `earlier_mark`)
    under the verb a date phrase is on ("Riyadh protested on Monday after the coast guard seized
    two boats"): a statement of protest told with its cause, which came before it, in news most
    often the day before; a date of the reaction's own clause is not the cause's. Not so when the
    clause counts hours or minutes ("hours after the court ruled"): that is the same day."""
    token = action
    while token.i not in (verb, token.head.i):
        marks_here = [c for c in token.children if c.dep_ == "mark" and c.lower_ in marks]
        if token.dep_ == "advcl" and marks_here:
            return not any(t.lemma_.lower() in _SAME_DAY_SPANS for t in (*token.children, *marks_here[0].children)
                           if t.dep_ == "npadvmod")
        token = token.head
    return False


_SAME_DAY_SPANS = frozenset({"hour", "minute", "moment"})  # "hours after ...": within the day


@dataclass(frozen=True, slots=True, kw_only=True)
class _Near:
    """The verbs around an action a date phrase may hang on: those above it, those coordinated
    with it that share its subject, and those of a coordinate clause of another tense."""

    above: set[int]
    joined: set[int]
    apart: set[int]
    same_time: frozenset[str]  # the marks of a clause of the same time (lexicon `same_time_mark`)
    other_time: frozenset[str]  # the marks of a clause of another time (lexicon `other_time_mark`)


_ABOVE = 2  # the tier of a phrase on a clause above the action's
_ELSEWHERE = 3  # the tier of a phrase on no verb the action hangs from or shares a time with
_UNRELATED = 4  # the tier of a phrase that dates another event


def _tier(parse: Doc, path: Sequence[int], act: int, phrase: Phrase, near: _Near, *, under: bool = False) -> int:
    """Rank how a phrase (reaching `path`'s last verb) dates the action: 0 on its own verb, 1 in a
    clause of the same time below it, 2 on a clause above it, 3 elsewhere, `_UNRELATED` not.
    `under`: the action lies in a clause below the phrase's own words ("since May, when ...")."""
    # A phrase reaching the verb through a noun ("the election this month") dates that noun.
    upto = path[:path.index(act)] if act in path else path[:-1]
    nominal = any(parse[i].pos_ in {"NOUN", "PROPN"} for i in upto)
    verb = path[-1]
    if not nominal and (act in path or verb in near.joined):
        return 0
    if phrase.since and not under:
        return _UNRELATED  # "crossings closed since 2012": a span's start dates only the verb it is on
    if not nominal and _same_time_clause(parse[verb], near):
        return 1
    if not nominal and verb in near.above and verb not in near.apart:
        return _ABOVE
    if (phrase.possessive or verb in near.apart or _other_relative_clause(parse, verb, act, near)
            or _deed_charged(parse[verb], act) or _later_clause(parse, verb, act, token_at(parse, phrase.start))):
        return _UNRELATED
    return 3


def _deed_charged(verb: Token, act: int) -> bool:
    """Tell whether a verb is the gerund of a deed the action charges or credits someone with, by
    a preposition's complement below it ("accused the army of shelling villages last week", "blamed
    rebels for attacking a convoy in May"): a time told there is the deed's, not the charge's."""
    token, gerund = verb, False
    while token.i not in {token.head.i, act}:
        gerund = gerund or token.dep_ == "pcomp"
        token = token.head
    return gerund and token.i == act


def _later_clause(parse: Doc, verb: int, act: int, first: int) -> bool:
    """Tell whether a phrase dates a later coordinate clause with a subject of its own, not the
    action's clause it is joined to: one that opens it, before its subject ("Kenya halted imports,
    and in 2006 it expelled two envoys"), or one of a clause of another tense ("its leaders have
    threatened to intervene, and army chiefs met last week": the meeting's week only)."""
    token = parse[verb]
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (token.dep_ == "conj" and subject is not None and any(a.i == act for a in token.ancestors)
            and (act < first < subject.i or _present(parse[act]) != _present(token)))


def _attempted(verb: Token, attempts: frozenset[str]) -> set[int]:
    """Return the verbs of the infinitive complements of an attempt ("tried to kill him in 2022"):
    they tell the attempted act, at the attempt's time (lexicon `attempt_verb`)."""
    found, token = set(), verb
    while token.lemma_.lower() in attempts:
        token = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), token)
        if token.i in found or token.i == verb.i:
            break
        found.add(token.i)
    return found


def _same_time_clause(verb: Token, near: _Near) -> bool:
    """Tell whether a verb heads a clause of the same time as one of `near.joined` it hangs from
    ("when they evicted the farmers", "as troops advanced")."""
    return verb.head.i in near.joined and same_time_clause(verb, near.same_time)


def same_time_clause(verb: Token, marks: frozenset[str]) -> bool:
    """Tell whether a verb heads an adverbial clause of the same time and scene as the one it hangs
    from ("when they opened fire", "while troops advanced"), by its marks (lexicon `same_time_mark`):
    a date or a place told in it is the other clause's too."""
    return verb.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in marks for c in verb.children)


def _apart(verb: Token) -> set[int]:
    """Return the verb a present or present-perfect clause with a subject of its own is coordinated
    with when that one is past: a time of the past clause is not the present one's ("In 2012
    soldiers shot a farmer, and the OAS has mediated since": 2012 dates the shooting only)."""
    if verb.dep_ != "conj" or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return set()
    return {verb.head.i} if _present(verb) and not _present(verb.head) else set()


def _present(verb: Token) -> bool:
    """Tell whether a verb is in a present tense, simple or perfect ("mediates", "has mediated")."""
    return verb.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def _conjoined(verb: Token) -> set[int]:
    """Return the verbs coordinated with a verb that share its subject ("killed nine people and
    burned homes over the weekend": the weekend dates the killing too); a conjunct with a subject
    of its own is a clause of its own."""
    def shares(token: Token) -> bool:
        return token.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)

    top = verb
    while shares(top) and top.head.i != top.i:
        top = top.head
    found, todo = {top.i}, [top]
    while todo:
        for child in todo.pop().children:
            if shares(child) and child.pos_ in {"VERB", "AUX"}:
                found.add(child.i)
                todo.append(child)
    return found


def _other_relative_clause(parse: Doc, verb: int, act: int, near: _Near) -> bool:
    """Tell whether a verb lies in a relative clause, or a clause of another time ("since he took
    office in 2022", "because it was banned in May"), that does not hold the action: such a
    clause tells another, earlier event. A participle's phrase is no such clause ("in a statement
    issued at their meeting in July, they agreed ..." dates the agreement) unless its noun belongs
    to a clause above the action's or to another verb below it, not to the action's own ("a truce
    signed in May has held, but gunmen have attacked ...", "accused them of stifling trade with
    duties imposed in May": May dates the signing, the duties), nor is a clause of the same time ("when
    rebels seized power in 2013")."""
    token, participle, through_verb = parse[verb], False, False
    while token.i != act and token.i not in near.above:
        if token.dep_ == "relcl" or (token.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in near.other_time for c in token.children)):
            return True
        through_verb = through_verb or (participle and token.pos_ == "VERB")
        participle = participle or token.dep_ == "acl"
        if token.head.i == token.i:
            return False
        token = token.head
    return participle and (token.i != act or through_verb)


def undated_background(parse: Doc, action: int, lexicon: Lexicon, end: int | None = None, *,
                       lead: bool = True) -> bool:
    """Tell whether an event the story does not date is background, not news of the day: told in
    the past perfect outside a reported statement ("he had complained of being left out"), as
    long-running ("have persistently alleged", "has long accused", "has detained 40 people since
    the protests began"), as of times gone by ("in past tensions, Ankara has threatened"), or, past
    the story's lead (`lead` false), in the present perfect outside a reported statement ("Rwanda
    has denied any motive": a lead's "Kenya has recalled its envoy" is the day's news) or in the
    simple present (`_standing`: "Syria denies that ...", "Washington has said it supports ...");
    `end` closes the action's span, whose root is read."""
    chain = _verb_chain(parse, action, end, {"xcomp", "conj", "aux"})
    if any((c.dep_ == "advmod" and c.lower_ in lexicon.background_adverb) or _many_times(c, lexicon)
           for t in chain for c in t.children):
        return True
    if any(_in_the_past(c, lexicon) for t in chain for c in t.children) or (
            _ongoing_then(chain[0]) and any(_before_an_era(c, lexicon) for t in chain for c in t.children)):
        return True
    if any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for t in chain for c in t.children) and any(
            _since(c) for t in chain for c in t.children):
        return True  # "has made several trips there since he took office": a long run, not the day's news
    if not lead and _standing(chain[-1], lexicon):
        return True
    perfect = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux"} & (
        {"had"} if lead else {"had", "has", "have"})
    return bool(perfect) and not _reported(chain[-1], lexicon)


def _many_times(token: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb's modifier counts its act as done many times ("had demanded many times",
    "crossed the line several times": lexicon `repeat_quantifier`)."""
    return token.dep_ == "npadvmod" and token.lemma_.lower() == "time" and any(
        c.lower_ in lexicon.repeat_quantifier for c in token.children)


# The relations of a clause of its own: the sentence's, one reported or one coordinated with either.
_CLAUSE = frozenset({"ROOT", "ccomp", "parataxis", "conj"})


def _standing(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb tells a standing position in the simple present, its own ("Syria
    denies that it shelters him", "the villagers accuse the operator of ...") or reported by a
    speaker in the present ("Washington has said it supports ..."): a stance held, not an act of
    a day; so is one of a relative clause ("the general, whom Brasilia supports").
    A verb "be" ("is ready to talk") tells a state, a speech verb ("prosecutors say ...")
    reports words of the story's own day, and one reported in the past ("said Syria denies",
    "reaffirmed that Britain backs ...") is the stance of that day. A bare infinitive read as a
    present ("stood ready to help them settle it") has no tense of its own."""
    if verb.tag_ not in {"VBZ", "VBP"} or verb.lemma_ == "be" or verb.lemma_ in lexicon.speech_verb or any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children) or verb.dep_ not in _CLAUSE | {"relcl"} or not any(
            c.dep_ == "nsubj" for c in verb.children) or _bare_infinitive(verb):
        return False  # a clause's finite verb, not a participle read as one ("people bent on violence")
    current = verb
    while current.dep_ == "ccomp" or (current.dep_ == "parataxis" and current.head.lemma_ in lexicon.speech_verb):
        current = current.head
        if current.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "MD"}
                                        for c in current.children):
            return False
    return True


def _bare_infinitive(verb: Token) -> bool:
    """Tell whether a verb read as a clause of its own is the bare infinitive of a verb in the base
    form above it ("to help them settle it", "to let the refugees return"): no "that",
    and a head with no tense of its own."""
    return (verb.dep_ == "ccomp" and verb.head.tag_ == "VB"
            and not any(c.dep_ == "mark" for c in verb.children))


def told_in_past(parse: Doc, action: int, end: int | None = None) -> bool:
    """Tell whether an action is told in a past tense, simple or perfect ("threw", "tried to
    march", "was detained", "had bombed"), not in the present ("accuse", "has denied")."""
    chain = _verb_chain(parse, action, end, {"xcomp", "conj"})
    return any(t.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in t.children)
               for t in chain + _issuing_verb(chain[-1]))


def _issuing_verb(verb: Token) -> list[Token]:
    """Return the verb a participle is told by when it tells what the object of that verb says or
    does ("issued a statement welcoming the deal", "sent a letter urging them to ..."): the
    participle's tense is that verb's."""
    issuer = object_participle_verb(verb)
    return [issuer] if issuer is not None and issuer.pos_ in {"VERB", "AUX"} else []


def ongoing_since(parse: Doc, action: int, end: int | None = None) -> bool:
    """Tell whether an event is told as a span reaching to now, in the present perfect with a
    "since" of its own verb ("has mediated between them since 2011", "have held joint patrols
    since then"): no day's act, so the year "since" names dates none of it."""
    chain = _verb_chain(parse, action, end, {"xcomp", "aux"})
    return any(any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in t.children)
               and any(_since(c) for c in t.children) for t in chain)


def _verb_chain(parse: Doc, action: int, end: int | None, through: set[str]) -> list[Token]:
    """Return the root of an action's span (`end` closes it) and the heads above it reached by
    the `through` relations ("wants to meet": "meet", "wants"), and by a gerund of the means or
    circumstance of a verb, told in its tense ("has irritated Lima for months by training rebels":
    "training", "irritated"; "relations have cooled, with Lima blaming Quito")."""
    chain = [_span_root(parse, token_at(parse, action),
                        token_at(parse, end - 1) if end is not None and end > action else None)]
    while chain[-1].head.i != chain[-1].i:
        token = chain[-1]
        if token.dep_ in through:
            chain.append(token.head)
        elif token.dep_ == "pcomp" and token.head.lower_ in _MEANS and token.head.head.pos_ in {"VERB", "AUX"}:
            chain.append(token.head.head)
        else:
            break
    return chain


_MEANS = frozenset({"by", "with"})  # prepositions of a gerund of means or circumstance


def _since(token: Token) -> bool:
    """Tell whether a verb's dependent sets it in a span reaching to now ("since 2022", "since he
    took office", "has since expelled")."""
    return (token.dep_ in {"prep", "advmod"} and token.lower_ == "since") or (
        token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in token.children))


def _span_root(parse: Doc, first: int, last: int | None) -> Token:
    """Return the highest token of a span in the parse (the verb of "clashes, troops attacked")."""
    if last is None:
        return parse[first]
    return min(parse[first:last + 1], key=lambda t: (sum(1 for _ in t.ancestors), t.i))


def _in_the_past(token: Token, lexicon: Lexicon) -> bool:
    """Tell whether a phrase sets an act in times gone by, undated: "in the past", "in past
    tensions", "in previous clashes", "as in earlier crises"."""
    if token.dep_ != "prep" or token.lower_ not in {"in", "during"}:
        return False
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return any(o.lower_ == "past" or any(m.dep_ == "amod" and m.lower_ in lexicon.bygone_word for m in o.children)
               for o in objects)


def _ongoing_then(verb: Token) -> bool:
    """Tell whether a verb tells a state of things going on in the past, in the past progressive or
    with "already" ("was providing", "had already sent"), not one act."""
    return (verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in verb.children)) or any(
        c.dep_ == "advmod" and c.lower_ == "already" for c in verb.children)


def _before_an_era(token: Token, lexicon: Lexicon) -> bool:
    """Tell whether a phrase sets an act before a turn of history the story names undated ("before
    the coup", "before the war"): what was so then is background. Not before an event of the news
    (lexicon `event_noun`: "before the talks")."""
    if token.dep_ != "prep" or token.lower_ != "before":
        return False
    return any(o.pos_ == "NOUN" and any(d.lower_ == "the" for d in o.children)
               and o.lemma_.lower() not in lexicon.event_noun and o.lower_ not in lexicon.event_noun
               for o in token.children if o.dep_ == "pobj")


def _reported(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb is in a reported statement (past perfect there is only backshift)."""
    current = verb
    for _ in range(6):
        if current.dep_ in {"ccomp", "parataxis"} and current.head.lemma_ in lexicon.speech_verb:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _path_to_verb(parse: Doc, first: int, last: int) -> list[int]:
    """Return the heads from a phrase's tokens up to the first verb that governs it."""
    anchor = next((t for t in parse[first:last + 1] if not first <= t.head.i <= last), parse[first])
    path, token = [], anchor
    while token.head.i != token.i:
        token = token.head
        path.append(token.i)
        if token.pos_ in {"VERB", "AUX"}:
            break
    return path or [anchor.i]
