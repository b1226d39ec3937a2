"""Parties named by a role alone that belong to another state than the one acting on them: an
envoy, an ambassador or a delegation a state summons, expels, receives or meets is the sending
state's ("Chile summoned the ambassador"), and a "visiting" or "foreign" party is not its host's
("the president received the visiting foreign minister"). Such a party takes the country the
event's place, the article or the sentence gives it only when that is not the acting state's,
else none: it is never its own state's (`coding.events`)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.coding.lexicon import Lexicon
from eventwire.coding.sides import Resolver, children
from eventwire.model import Mention
from eventwire.parse_labels import OWNER_DEPS, PRENOMINAL_DEPS

# The entry that marks a role-only target as another state's, followed by the word that tells it.
FOREIGN_PARTY = "foreign-party:"


def foreign_party(token: Token, mentions: list[Mention], resolve: Resolver, lexicon: Lexicon, *,
                  by_state: bool) -> list[Mention]:
    """Mark the role-only mentions of a target phrase that names a party of another state: an envoy
    noun (lexicon `envoy_noun`) acted on by a state (`by_state`), or a noun a `foreign_party_word`
    outside the role's own phrase modifies ("the visiting foreign minister", not "the foreign
    minister"). Such a party is only where a locative phrase of its noun names ("the ambassador in
    Kabul", "the visiting minister in Nairobi"), not of that country."""
    word = _foreign_word(token, resolve, lexicon, by_state=by_state)
    if word is None:
        return mentions
    located = _located_in(token, resolve, lexicon)
    return [_marked(_unplaced(m), word) if not m.actor.placed or m.actor.country in located else m
            for m in mentions]


def _marked(mention: Mention, word: str) -> Mention:
    """Return a mention marked as another state's party, by the word that tells it."""
    return replace(mention, entries=(*mention.entries, FOREIGN_PARTY + word))


def _located_in(token: Token, resolve: Resolver, lexicon: Lexicon) -> set[str | None]:
    """Return the countries a locative phrase of a noun names that its own modifiers do not."""
    at = {m.actor.country for p in token.children if p.dep_ == "prep" and p.lower_ in lexicon.locative_preposition
          for g in p.children if g.dep_ == "pobj" for m in resolve(g)}
    own = {m.actor.country for c in token.children if c.dep_ in OWNER_DEPS for m in resolve(c)}
    return at - own - {None}


def _unplaced(mention: Mention) -> Mention:
    """Return a role placed in a country by a place's entry, without that country and entry
    ("KENGOV" from "KEN.capital" and "role.ambassador" -> "GOV" from the role)."""
    country = mention.actor.country
    entries = tuple(e for e in mention.entries if e != country and not e.startswith(f"{country}."))
    if country is None or not mention.actor.code.startswith(country) or not mention.actor.sectors or not entries:
        return mention
    actor = replace(mention.actor, code=mention.actor.code[len(country):], country=None)
    return replace(mention, actor=actor, entry=entries[0], entries=entries, kind="role")


def _foreign_word(token: Token, resolve: Resolver, lexicon: Lexicon, *, by_state: bool) -> str | None:
    """Return the word that tells a target phrase as another state's party, if any; a modifier that
    is part of a role's own name ("foreign" of "foreign minister") is none, and an envoy a possessive
    names the owner of ("its ambassador") is that owner's."""
    # "the ambassador", "Ambassador John Smith": the noun or a title before a name
    envoy = next((t.lemma_.lower() for t in (token, *children(token, {"compound"}))
                  if t.lemma_.lower() in lexicon.envoy_noun), None)
    if by_state and envoy is not None and not children(token, {"poss"}):
        return envoy
    return next((c.lower_ for c in token.children if c.dep_ in PRENOMINAL_DEPS
                 and c.lower_ in lexicon.foreign_party_word and not resolve(c)), None)


def is_foreign_party(mention: Mention) -> bool:
    """Tell whether a mention was marked as another state's party than the one acting on it."""
    return any(e.startswith(FOREIGN_PARTY) for e in mention.entries)
