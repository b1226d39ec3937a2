"""Replies in discourse: a denial or a rejection whose sentence names no party it is aimed at
answers the party whose accusation, demand or claim the sentence just before it told.

"Lima accused Quito of arming the rebels. Ecuador's foreign ministry denied it.": the denial is
aimed at Lima. "A rebel spokesman said the army had shelled three villages. The army denied the
report.": the rebels made the claim the army denies, not the army, whose deed it tells. Which codes
answer which is data (data/conventions.tsv `answers`); the reading works on the coded sentences of
an article, in order (`coding.article.code_sentences`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from eventwire.coding.coder import RawEvent, SentenceCoding
from eventwire.coding.decisions import Kind, Role
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.targets import same_state
from eventwire.model import Mention
from eventwire.nlp import Sentence
from eventwire.ontology.conventions import Conventions

STATEMENT = "010"  # the code of a thing said: what a speaker tells of others' deeds is a claim of its own
_SENTENCES_BACK = 1  # how far back a reply looks for what it answers: the sentence just before it
_PARAGRAPHS_BACK = 1  # in its own paragraph or the one before


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """An act a sentence told that a later reply may answer: its code, its author and where it was told."""

    code: str
    author: Mention
    sentence: int
    paragraph: int


def claims_of(coding: SentenceCoding, sentence: Sentence, doc: Doc, lexicon: Lexicon) -> tuple[Claim, ...]:
    """Return the claims a coded sentence makes: each act it told, by its source; and a thing said
    by its main subject when the sentence reports acts of others ("the rebels said the army had
    shelled three villages": the rebels claim it) or tells nothing but that its subject spoke
    ("It said a rifle was found on the bank")."""

    def claim(code: str, author: Mention) -> Claim:
        return Claim(code=code, author=author, sentence=sentence.index, paragraph=sentence.paragraph)

    made = [claim(e.cameo, e.source) for e in coding.events]
    subject = coding.subject
    if subject is None or not subject.mentions:
        return tuple(made)
    reports = any(e.speaker is not None and e.source not in subject.mentions for e in coding.events)
    spoke = not coding.events and any(t.dep_ == "ROOT" and t.lemma_.lower() in lexicon.speech_verb for t in doc)
    if reports or spoke:
        made += [claim(STATEMENT, m) for m in subject.mentions]
    return tuple(made)


def answer_claims(events: Sequence[RawEvent], claims: Sequence[Claim], sentence: Sentence,
                  conventions: Conventions) -> tuple[RawEvent, ...]:
    """Return the events of a sentence, each reply with no target aimed at the author of the
    latest claim of earlier sentences it answers (`claims`, in the article's order; conventions
    `answers`): told in the sentence just before it (of its paragraph or the one before), by
    another party than the one replying (`_own_side`), placed in the world, when the reply's
    sentence names no country but the replier's and the claimant's."""
    return tuple(_answered(e, claims, sentence, conventions) for e in events)


def _answered(event: RawEvent, claims: Sequence[Claim], sentence: Sentence, conventions: Conventions) -> RawEvent:
    if event.target is not None or event.joint or event.mutual:
        return event
    answers = conventions.answers(event.cameo)
    if not answers:
        return event
    # the parties of an internal conflict whose accusations and demands are aimed at their own state
    parties = frozenset(s for code in answers for s in conventions.domestic_parties(code))
    for claim in reversed(claims):
        if (sentence.index - claim.sentence > _SENTENCES_BACK
                or sentence.paragraph - claim.paragraph > _PARAGRAPHS_BACK):
            break
        if claim.sentence >= sentence.index or not claim.code.startswith(tuple(answers)):
            continue
        if event.countries - {event.source.actor.country, claim.author.actor.country}:
            break  # the sentence names another party of its own ("as relatives in Freetown alleged")
        if not claim.author.actor.placed or _own_side(event.source, claim.author, parties):
            continue  # an author placed nowhere ("relatives of the dead") may be of the replier's own side
        how = Role(kind=Kind.ANSWERED_CLAIM, via=claim.author.text)
        return replace(event, target=claim.author, target_how=how)
    return event


def _own_side(source: Mention, author: Mention, parties: frozenset[str]) -> bool:
    """Tell whether a claim's author is on the replier's own side: the same actor, its own state,
    or another party of its country but one of the country's own parties to an internal conflict
    (`parties`, conventions `domestic_parties` of the acts answered: "the rebels said the army had
    shelled villages. The army denied it.")."""
    if author.actor.code == source.actor.code or same_state(source, author):
        return True
    country = author.actor.country
    return (country is not None and country == source.actor.country
            and not (set(author.actor.sectors) | set(source.actor.sectors)) & parties)
