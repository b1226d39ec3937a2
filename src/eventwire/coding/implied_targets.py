"""Whom an event names no target for is aimed at, from its code and the story (data/conventions.tsv
`implied_target`): the country where it happens, else the other party the article or the sentence
names; and the countries that only answer an act in a clause added to it ("a step which Norway
condemned"). Split from `targets`, which finds the targets the text names."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from eventwire.actors.matcher import Hit
from eventwire.actors.mentions import SentenceHits
from eventwire.model import Actor, Mention, Place
from eventwire.ontology.conventions import ImpliedTarget
from eventwire.parse_view import view_of

Focus = tuple[str | None, frozenset[str], frozenset[str]]
# Words that keep a name inside the phrase of the noun it modifies ("Indian jets", "the army of Chad").
PHRASE_DEPS = frozenset({"amod", "compound", "poss", "nmod", "flat", "det", "appos", "case", "pobj", "prep"})
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
# Acts aimed at the country where they happen when that is not the actor's own.
AWAY = frozenset({ImpliedTarget.ABROAD, ImpliedTarget.FRONT, ImpliedTarget.HOME, ImpliedTarget.VISITED})
# Acts aimed, else, at the other party (`focus`).
PARTY_AIMED = frozenset({ImpliedTarget.FOCUS, ImpliedTarget.ABROAD, ImpliedTarget.FRONT, ImpliedTarget.HOME})


def _acting_hits(sentence: SentenceHits) -> Iterator[tuple[Token, Hit]]:
    """Yield each actor hit whose phrase is the subject or the by-agent of a clause, with the
    phrase's head word (its `head` is the clause's verb)."""
    view = view_of(sentence.doc)
    heads, deps = view.heads, view.deps
    for i, hit in sentence.by_token.items():
        at = i
        while deps[at] in PHRASE_DEPS and heads[at] != at:
            at = heads[at]
        if deps[at] in AGENT_DEPS:
            yield sentence.doc[at], hit


# Clauses added to an act rather than framing it: a relative clause about the act ("..., a move
# which Norway condemned"). A coordinated clause is not one: "X banned the march and police
# arrested ..." may tell one state's acts.
ADDED_CLAUSE_DEPS = frozenset({"relcl"})


def answering_countries(sentence: SentenceHits, action: Token) -> frozenset[str]:
    """Return the countries whose actors are the subject or the by-agent of a clause added to an
    act (`ADDED_CLAUSE_DEPS`) that is neither the act's own verb nor one it hangs from ("police
    arrested twelve activists, a step which Norway condemned"): a party answering the act, not
    where it happened."""
    above = {action.i, *(a.i for a in action.ancestors)}
    return frozenset(e.country for token, hit in _acting_hits(sentence)
                     if token.head.dep_ in ADDED_CLAUSE_DEPS and token.head.i not in above
                     for e in hit.entries if e.country)


def _other_party(own: str | None, article: str | None, named: frozenset[str],
                 acting: frozenset[str]) -> tuple[str, str] | None:
    """Return the country a criticism, a rejection or a threat without a named target is aimed at,
    and why: the country the article is about, when the source is of another and the sentence names
    no third country; else the one country other than the source's the sentence names (allies and
    cities named as where someone is left out), when it may be a party: it acts in the sentence
    ("after Indian jets crossed the frontier, Pakistan vowed to respond") or the act's object names
    it (`party_countries`). A
    source of no country (a regional bloc, a rights group: `own` None) is of another than any."""
    others = named - {own}
    if article is not None and article != own and others <= {article}:
        return article, "article-party"
    return (next(iter(others)), "sentence-party") if len(others) == 1 and others <= acting else None


def implied_target(how: ImpliedTarget | None, source: Mention, place: Place | None,
                   focus: Focus = (None, frozenset(), frozenset())) -> Mention | None:
    """A protest, a curfew or a leadership change is aimed at the country where it happens (else
    the actor's own); an assault hits the country where it happens; a visit with no host named, the
    country it is made to, when that is not the actor's own ("flew to the border town of X");
    sanctions or an investigation carried out in another country than the actor's are aimed at that
    country, and else, as a criticism, a rejection or a threat is, at the other party (`focus`: the
    country the article is about, the countries the sentence names and those that act in it; see
    `_other_party`); a show of force or a de-escalation (`front`) with no other party in view that
    happens at home is aimed at the actor's own country ("deployed troops in Pokhara"), and a truce
    (`home`) also where the sentence names no other ("the army declared a unilateral truce": with
    its own rebels)."""
    where = place.country if place is not None else None
    article, named, acting = focus
    if how == ImpliedTarget.DOMESTIC:
        country, why = where or source.actor.country, "domestic-target"
    elif where and (how == ImpliedTarget.PLACE or (how in AWAY and where != source.actor.country)):
        country, why = where, "place-target"
    elif how in PARTY_AIMED and (party := _other_party(source.actor.country, article, named, acting)):
        country, why = party
    elif how in {ImpliedTarget.FRONT, ImpliedTarget.HOME} and where:
        country, why = where, "home-front"
    elif how == ImpliedTarget.HOME and named == {source.actor.country}:
        country, why = source.actor.country, "home-front"
    else:
        return None
    if country is None:
        return None
    return replace(source, actor=Actor(code=country, country=country, name=country), entry=f"{why}:{country}",
                   entries=(f"{why}:{country}",), kind="inferred", person=None, confidence=0.5)
