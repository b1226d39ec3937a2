"""A progress line for commands that code articles: done / read so far, articles/s and ETA.

Inputs are read as a stream, so the total is the number of articles read so far; it stops
growing when the inputs are exhausted, and the ETA is then exact up to the rate. The line is
drawn on standard error only when it is a terminal (and the user did not ask for quiet).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

if TYPE_CHECKING:
    from eventwire.ingest.common import Skipped
    from eventwire.model import Article
    from eventwire.store.writer import CodedLike, Coder

T = TypeVar("T")


class Meter:
    """Count articles read and articles done, and show them while the run lasts."""

    def __init__(self, what: str, *, quiet: bool, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.shown = not quiet and self.console.is_terminal
        self.read = 0
        self.done = 0
        self.bar = Progress(TextColumn(what), BarColumn(), MofNCompleteColumn(),
                            TextColumn("articles"), TaskProgressColumn(),
                            TextColumn("{task.fields[rate]} articles/s"), TimeElapsedColumn(),
                            TextColumn("ETA"), TimeRemainingColumn(), console=self.console,
                            disable=not self.shown, transient=True)
        self.task = self.bar.add_task(what, total=None, rate="-")

    def __enter__(self) -> Meter:
        self.bar.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.bar.stop()

    def reading(self, items: Iterable[T]) -> Iterator[T]:
        """Pass items through, counting each as read."""
        for item in items:
            self.read += 1
            self._show()
            yield item

    def doing(self, items: Iterable[T]) -> Iterator[T]:
        """Pass items through, counting each as done."""
        for item in items:
            self.done += 1
            self._show()
            yield item

    def _show(self) -> None:
        if not self.shown:
            return
        elapsed = self.bar.tasks[0].elapsed or 0.0
        rate = f"{self.done / elapsed:.1f}" if elapsed > 0 and self.done else "-"
        self.bar.update(self.task, total=max(self.read, self.done), completed=self.done,
                        rate=rate)


@dataclass(frozen=True, slots=True)
class Metered:
    """A coder whose articles, as read and as coded, advance a progress line."""

    coder: Coder
    meter: Meter

    def code_articles(self, articles: Iterable[Article]) -> Iterable[CodedLike | Skipped]:
        """Code the articles with the wrapped coder, counting them on the way in and out."""
        return self.meter.doing(self.coder.code_articles(self.meter.reading(articles)))
