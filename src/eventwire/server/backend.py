"""What one app holds while it runs: the open store, the write lock, the coder loaded on demand."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fastapi import Request

from eventwire.store import Store

if TYPE_CHECKING:
    from eventwire.resources import Resources
    from eventwire.server.settings import Settings


@dataclass(slots=True)
class Backend:
    """The store one app serves; each request reads through a cursor of its own."""

    settings: Settings
    store: Store
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    _resources: Resources | None = None
    _resources_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def open(cls, settings: Settings) -> Backend:
        """Open the store: read-only unless ingest is enabled."""
        return cls(settings=settings,
                   store=Store.open(settings.db, read_only=not settings.ingest_enabled))

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def reader(self) -> Store:
        """Return a store view over a fresh cursor (close it when done)."""
        return Store(self.store.con.cursor(), self.store.path, read_only=self.store.read_only)

    def resources(self) -> Resources:
        """Return the coding resources, loading them on first use."""
        with self._resources_lock:
            if self._resources is None:
                self._resources = self.settings.resources()
            return self._resources


def backend(request: Request) -> Backend:
    """Return the backend of the app serving a request."""
    found: Backend = request.app.state.backend
    return found


def store(request: Request) -> Iterator[Store]:
    """Yield a store view for one request (a FastAPI dependency)."""
    view = backend(request).reader()
    try:
        yield view
    finally:
        view.close()
