"""Read articles from files, folders and standard input.

`read_sources` walks the given paths and yields either an `Article` or a `Skipped` record for
each input that could not be read, so a batch goes on past bad inputs. Each format is one
module exposing `read(source: Source) -> Iterator[Article | Skipped]`; `READERS` maps file
suffixes to them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest import jsonl, text
from eventwire.ingest.common import Skipped, Source
from eventwire.model import Article

Reader = Callable[[Source], Iterator[Article | Skipped]]

READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".text": text.read,
    ".jsonl": jsonl.read,
    ".ndjson": jsonl.read,
}

__all__ = ["READERS", "ReadOptions", "Skipped", "Source", "read_sources"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    """Options shared by every reader."""

    published: date | None = None
    stdin_format: str = ".txt"


def _expand(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and _suffix(child) in READERS:
                yield child
    else:
        yield path


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def _read_path(path: Path, options: ReadOptions) -> Iterator[Article | Skipped]:
    reader = READERS.get(_suffix(path))
    if reader is None:
        known = ", ".join(sorted(READERS))
        yield Skipped(origin=str(path), problem=f"unknown file type (known: {known})")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(origin=str(path), problem=exc.strerror or str(exc))
        return
    yield from reader(Source(origin=str(path), data=data, published=options.published))


def read_sources(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[Article | Skipped]:
    """Yield the articles of every path (files, folders, `-` for stdin), or why one was skipped."""
    options = options or ReadOptions()
    for name in paths:
        if name == "-":
            reader = READERS[options.stdin_format]
            data = sys.stdin.buffer.read()
            yield from reader(Source(origin="<stdin>", data=data, published=options.published))
            continue
        path = Path(name)
        if not path.exists():
            raise InputError(f"{name}: no such file or folder")
        yield from (item for p in _expand(path) for item in _read_path(p, options))
