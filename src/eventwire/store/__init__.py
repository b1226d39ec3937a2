"""The event store (DuckDB, embedded): articles, event mentions and deduplicated events."""

from pathlib import Path

from eventwire.store.core import DEFAULT_PATH, Store
from eventwire.store.filters import Filters, make_filters
from eventwire.store.writer import Coder, IngestSummary

__all__ = ["DEFAULT_PATH", "Coder", "Filters", "IngestSummary", "Store", "make_filters",
           "open_store"]


def open_store(path: str | Path = DEFAULT_PATH, *, read_only: bool = False) -> Store:
    """Open (or create) the event store at `path` (`eventwire.open`); see `Store`."""
    return Store.open(path, read_only=read_only)
