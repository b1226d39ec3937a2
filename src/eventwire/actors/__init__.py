"""Actors: the dictionary, matching it in text, and resolving noun phrases to coded actors."""

from eventwire.actors.dictionary import ActorDictionary, Entry, EntryKind, load_dictionary
from eventwire.actors.matcher import ActorMatcher, Hit

__all__ = ["ActorDictionary", "ActorMatcher", "Entry", "EntryKind", "Hit", "load_dictionary"]
