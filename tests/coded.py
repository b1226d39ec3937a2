"""What the coding tests compare: each event of a text as (source code, CAMEO, target code)."""

from __future__ import annotations

from datetime import date

from eventwire.model import Mention
from eventwire.pipeline import code
from eventwire.resources import Resources

PUBLISHED = date(2024, 3, 6)


def coded(resources: Resources, text: str, published: date = PUBLISHED) -> list[tuple[str | None, str, str | None]]:
    """Code a text and return its events as (source code, CAMEO code, target code)."""
    return [(actor_code(e.source), e.cameo, actor_code(e.target))
            for e in code(text, published=published, resources=resources)]


def actor_code(side: Mention | None) -> str | None:
    """Return a mention's actor code, or None for no mention."""
    return None if side is None else side.actor.code
