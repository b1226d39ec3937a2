"""eventwire: political event data from news reports.

    import eventwire
    events = eventwire.code("Russia and China signed a trade agreement on Monday.", published=date(2024, 5, 8))
    store = eventwire.open("eventwire.duckdb")
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.errors import (
    CodeError,
    DictionaryError,
    EventwireError,
    InputError,
    ResourceError,
    StoreError,
)
from eventwire.model import Actor, Article, Event, EventDate, EventMention, Mention, Modality, Place
from eventwire.pipeline import Coded, code, code_articles
from eventwire.resources import Resources

if TYPE_CHECKING:
    from eventwire.store import Store

__all__ = [
    "Actor",
    "Article",
    "CodeError",
    "Coded",
    "DictionaryError",
    "Event",
    "EventDate",
    "EventMention",
    "EventwireError",
    "InputError",
    "Mention",
    "Modality",
    "Place",
    "ResourceError",
    "Resources",
    "StoreError",
    "code",
    "code_articles",
    "open",
]


# `eventwire.open(...)` mirrors `duckdb.connect(...)`; it shadows the builtin only as an attribute.
def open(path: str | Path = "eventwire.duckdb", *, read_only: bool = False) -> Store:
    """Open (or create) the event store at `path`; see `eventwire.store.Store`."""
    from eventwire.store import Store

    return Store.open(path, read_only=read_only)
