"""Actor tables of the tests' own writing: their rows as dictionary entries, and a matcher over them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language

from eventwire.actors import ActorDictionary, ActorMatcher
from eventwire.actors.dictionary import Entry, parse_dictionary
from eventwire.resources import Resources

HEADER = "id\tkind\tphrases\tcode\tcountry\tsectors\tname\tfrom\tuntil\n"


def entries(rows: str, origin: str) -> list[Entry]:
    """Return the entries of actor-table rows (without their header), read as the file `origin`."""
    return [i for i in parse_dictionary(HEADER + rows, origin) if isinstance(i, Entry)]


def matcher_of(items: Iterable[Entry], nlp: Language) -> ActorMatcher:
    """Return an actor matcher over the given entries alone."""
    return ActorMatcher(ActorDictionary({e.id: e for e in items}), nlp.make_doc)


def with_entries(resources: Resources, *items: Entry) -> Resources:
    """Return the resources with a dictionary, and a matcher, of the given entries alone."""
    dictionary = ActorDictionary({e.id: e for e in items})
    return replace(resources, dictionary=dictionary, matcher=ActorMatcher(dictionary, resources.nlp.make_doc))
