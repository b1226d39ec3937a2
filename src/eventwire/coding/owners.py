"""Whose a role named with a possessive pronoun and a place is: "its troops in Mali" are the
troops of whom "its" refers to, stationed in Mali; the place tells where they are, not whose they
are. The resolver reads a role's country off a place attached by a preposition when nothing
else names one; these helpers tell when a possessive pronoun should win over such a place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from eventwire.coding.lexicon import Lexicon
from eventwire.model import Actor, Mention
from eventwire.parse_labels import OWNER_DEPS
from eventwire.parse_view import children_by

# Dependencies by which a word before a noun may name whose it is ("Malian troops", "army officers").


def possessive_owner(token: Token, lexicon: Lexicon) -> Token | None:
    """Return the possessive pronoun that owns a noun ("its" of "its troops"), if any."""
    return next((c for c in token.children if c.dep_ == "poss" and c.lower_ in lexicon.possessive_pronoun), None)


def located_only(token: Token, mentions: list[Mention], resolve: Callable[[Token], list[Mention]],
                 lexicon: Lexicon) -> bool:
    """Tell whether a noun owned by a possessive pronoun has its actors' countries only from a
    place a locative preposition attaches to it ("its troops in Mali", "their embassy at Kabul"):
    no word before the noun names an actor, and every country found is one such a place names."""
    if possessive_owner(token, lexicon) is None or not mentions:
        return False
    modifiers = [c for c in children_by(token, OWNER_DEPS) if c.lower_ not in lexicon.possessive_pronoun]
    if any(resolve(c) for c in modifiers):
        return False
    places = {m.actor.country for p in children_by(token, frozenset({"prep"}))
              if p.lower_ in lexicon.locative_preposition
              for g in children_by(p, frozenset({"pobj"})) for m in resolve(g) if m.actor.country}
    return bool(places) and all(m.actor.country in places for m in mentions)


def unplaced(mention: Mention) -> Mention:
    """Return a mention as its role alone, without the country a place gave it."""
    actor, country = mention.actor, mention.actor.country or ""
    code = actor.code[len(country):] if actor.code.startswith(country) else actor.code
    return replace(mention, actor=Actor(code=code, country=None, sectors=actor.sectors, name=actor.name))
