"""eventwire: political event data from news reports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.store import Store


# `eventwire.open(...)` mirrors `duckdb.connect(...)`; it shadows the builtin only as an attribute.
def open(path: str | Path = "eventwire.duckdb", *, read_only: bool = False) -> Store:
    """Open (or create) the event store at `path`; see `eventwire.store.Store`."""
    from eventwire.store import Store

    return Store.open(path, read_only=read_only)
