"""One side of an event (`Side`: its actors and how they were found) and the actors a phrase names
together with the phrases listed with it: its conjuncts, the parties of a coordinated "of" object
("envoys of Sudan and South Sudan") or an apposition ("Mali's neighbours, Niger and Burkina Faso").
Sources (`eventwire.coding.roles`) and targets (`eventwire.coding.targets`) are read with them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from eventwire.coding.decisions import Role
from eventwire.model import Mention
from eventwire.parse_view import children_by

# The most parties one side may list; news lists up to a handful of states ("African Union, U.S.,
# Kenyan, Ugandan, Polish and Danish delegates"), each a party of its own.
MAX_ACTORS = 8

Resolver = Callable[[Token], list[Mention]]


@dataclass(frozen=True, slots=True, kw_only=True)
class Side:
    """The actors found for one side of an event and how they were found."""

    mentions: tuple[Mention, ...]
    how: Role
    token: Token | None = None
    named_person: bool = False  # a person's name that speaks for the actors ("Jane Roe, a director at Amnesty")
    name: str | None = None  # that name's word, when no dictionary entry covers it ("Roe")


Antecedent = Callable[[Token], Side | None]


def children(token: Token, deps: Iterable[str]) -> list[Token]:
    """Return the children of a token attached by one of these dependencies."""
    return children_by(token, frozenset(deps))


def with_conjuncts(token: Token) -> list[Token]:
    """Return a phrase head and its conjuncts, also when the parser took a list ("Mali, Burkina Faso
    and Niger") for an apposition followed by a conjunct."""
    items = [token, *token.conjuncts]
    items += [t for c in token.children if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)
              for t in (c, *c.conjuncts)]
    return list(dict.fromkeys(items))[:MAX_ACTORS]


def conjunct_mentions(token: Token, resolve: Resolver) -> list[Mention]:
    """Resolve a phrase and its conjuncts; an actor named only by its role takes the country of
    the first conjunct that has one ("Chile's foreign minister and a group of senators")."""
    mentions = (_apposed(token, resolve) or _of_parties(token, resolve)
                or [m for t in with_conjuncts(token) for m in resolve(t)])
    anchor = next((m for m in mentions if m.actor.country), None)
    if anchor is None or anchor.actor.country is None:
        return mentions
    country = anchor.actor.country
    return [m if m.actor.placed
            else m.placed_in(country, f"conjunct:{anchor.entry}") for m in mentions]


def _of_parties(token: Token, resolve: Resolver) -> list[Mention]:
    """Return the parties a noun names through coordinated "of" objects ("delegates of the government
    and the opposition", "envoys of Sudan and South Sudan"): each of them, not the first alone."""
    if token.pos_ != "NOUN" or token.conjuncts:
        return []
    objects = [g for c in children(token, {"prep"}) if c.lower_ == "of" for g in children(c, {"pobj"})]
    if not objects or not objects[0].conjuncts:
        return []
    mentions = [m for t in with_conjuncts(objects[0]) for m in resolve(t)]
    if len({m.actor.code for m in mentions}) < 2:
        return []
    return _in_role(mentions, resolve(token))


def _in_role(parties: list[Mention], heads: list[Mention]) -> list[Mention]:
    """Give each party named by its country the role the noun before the "of" gave the first one
    ("the presidents of Chile and Peru": both governments, not both countries)."""
    head = heads[0] if heads else None
    first = parties[0].actor.country
    if head is None or not first or head.actor.country != first or not head.actor.code.startswith(first):
        return parties
    role = head.actor.code[len(first):]
    if not role:
        return parties
    return [replace(m, actor=replace(m.actor, code=m.actor.country + role), entries=(*m.entries, f"role:{head.entry}"))
            if m.actor.country and m.actor.code == m.actor.country else m
            for m in parties]


def _apposed(token: Token, resolve: Resolver) -> list[Mention]:
    """Return the actors an apposition names for a common noun ("Mali's neighbours, Niger and Burkina
    Faso": Niger and Burkina Faso, not Mali), also through a count of them ("two of its neighbours, ...");
    one that places none in the world, a person's name read only as a title ("Iran's oil minister, Amir
    Karimi"), gives way to the noun's own phrase when that places one, and so does one after a noun
    that names an international organization's office."""
    if token.pos_ == "NUM":
        return [m for c in children(token, {"prep"}) if c.lower_ == "of" for g in children(c, {"pobj"})
                for m in _apposed(g, resolve)]
    if token.pos_ != "NOUN":
        return []
    found = [m for a in children(token, {"appos"}) for t in (a, *a.conjuncts) for m in resolve(t)][:MAX_ACTORS]
    own = resolve(token) if found else []
    if not any(m.actor.placed for m in found) and any(m.actor.placed for m in own):
        return []
    # "the African Union chairman, Senegal's president": he acts in the office his noun names, the
    # organization's, not as the national officer the apposition adds
    if any(m.actor.placed and m.actor.country is None for m in own):
        return []
    return found
