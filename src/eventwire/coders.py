"""Coders the store ingests with: objects whose `code_articles` turns articles into `Coded`.

The store knows only the `eventwire.store.Coder` protocol; the command line, the server and the
batch runner build one of these and pass it in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.model import Article

if TYPE_CHECKING:
    from eventwire.ingest.common import Skipped
    from eventwire.model import Coded
    from eventwire.parallel import Settings
    from eventwire.resources import Resources


@dataclass(frozen=True, slots=True, kw_only=True)
class PipelineCoder:
    """Code in this process with resources already loaded."""

    resources: Resources
    parse_all: bool = False

    def code_articles(self, articles: Iterable[Article]) -> Iterator[Coded | Skipped]:
        """Yield each article's coded mentions, in input order; an article the pipeline fails
        on is coded again alone and, failing again, yielded as `Skipped`."""
        from eventwire.guard import code_guarded
        from eventwire.pipeline import code_articles

        return code_guarded(articles, lambda batch: code_articles(
            batch, self.resources, batch_size=len(batch), parse_all=self.parse_all))


@dataclass(frozen=True, slots=True, kw_only=True)
class ParallelCoder:
    """Code in `workers` processes, each loading the resources `settings` describe."""

    settings: Settings
    workers: int = 1

    def code_articles(self, articles: Iterable[Article]) -> Iterator[Coded | Skipped]:
        """Yield each article's coded mentions (or why it could not be coded), in input order."""
        from eventwire.parallel import code_parallel

        return code_parallel(articles, self.settings, workers=self.workers)
