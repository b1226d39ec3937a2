"""The event store (DuckDB, embedded): articles, event mentions and deduplicated events."""

from eventwire.store.core import DEFAULT_PATH, Store
from eventwire.store.filters import Filters, make_filters
from eventwire.store.writer import Coder, IngestSummary

__all__ = ["DEFAULT_PATH", "Coder", "Filters", "IngestSummary", "Store", "make_filters"]
