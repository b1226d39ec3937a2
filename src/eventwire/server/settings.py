"""What a server is given: the store, the ingest token, the limits, and how to load the coder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.resources import Resources

TOKEN_VARIABLE = "EVENTWIRE_TOKEN"
# Host names a request may address: a page elsewhere that rebinds its own name to this
# machine's address still sends its own name, and is refused.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")

# Result limits: the most rows one request returns (a request may ask for fewer).
DEFAULT_PAGE = 50
MAX_PAGE = 1_000
MAX_ROWS = 10_000
MAX_PERIODS = 5_000  # a series (timeline, dyad series) covers at most its last this many periods
MAX_POINTS = 2_000
MAX_EDGES = 500
MAX_TOP = 200


def load_resources() -> Resources:
    """Load the built-in coding resources (the default of `Settings.resources`)."""
    from eventwire.resources import Resources

    return Resources.load()


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """The server's configuration; `token` set enables `POST /api/ingest` (and opens for writing).

    `allowed_hosts` are the names a request's Host header may carry; others get 400.
    `resources` is called once, on the first request that codes text, and its result is kept.
    """

    db: Path
    token: str | None = None
    max_body_bytes: int = 2_000_000
    max_text_chars: int = 200_000
    max_articles: int = 200
    allowed_hosts: tuple[str, ...] = LOCAL_HOSTS
    resources: Callable[[], Resources] = load_resources

    @property
    def ingest_enabled(self) -> bool:
        """Tell whether ingest is allowed (a token was set)."""
        return bool(self.token)
