"""Shards: slices of the input coded as one task each, and the Parquet files they leave.

A shard is a slice of the input: a run of lines of a JSON Lines file (read by byte range, so no
task reads the whole file), or one or more whole files of any other format. Its id hashes the
bytes it covers, the names they came from and the coding settings, so a rerun finds the same
shards. A task writes `articles/<id>.parquet` and `mentions/<id>.parquet` (the store's own
columns, one row per article and per event mention) and then `done/<id>.json`, each to a hidden
temporary name renamed into place: a task killed part-way leaves no marker and its shard is
coded again (by Dask on another worker, or by the next run); a shard with a marker is skipped.
`load` feeds the finished shards through `Store.ingest`, which skips stored articles and
deduplicates, so loading twice adds nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.errors import InputError
from eventwire.guard import code_guarded
from eventwire.ingest import ReadContext, ReadOptions, Skipped, expand, format_of, read_sources
from eventwire.ingest.common import MAX_ARTICLE_BYTES
from eventwire.ingest.jsonl import decode_record
from eventwire.ingest.language import check
from eventwire.ingest.streams import open_file
from eventwire.model import Article, EventMention
from eventwire.parallel import Settings
from eventwire.store import rows
from eventwire.store.schema import ARTICLES, MENTIONS, arrow_schema

SHARD_SIZE = 500  # lines of JSON Lines, or files, a shard: about 20 s of one core's coding
LINE_FORMATS = (".jsonl", ".ndjson")
UNREADABLE = "unreadable"
ONE_ARTICLE_FORMATS = (".txt", ".text", ".html", ".htm", ".xhtml")
PROGRESS_EVERY = 16  # articles between progress events


@dataclass(frozen=True, slots=True, kw_only=True)
class Shard:
    """A slice of the input coded as one task.

    `names` are the files as the user named them (the articles' origins), `paths` the absolute
    paths workers open. `lines` is (first byte, end byte, first line number) for a JSON Lines
    shard, None for whole files. `size` counts its lines or files.
    """

    id: str
    names: tuple[str, ...]
    paths: tuple[str, ...]
    lines: tuple[int, int, int] | None
    size: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ShardReport:
    """What coding one shard did."""

    shard: str
    articles: int
    mentions: int
    skipped: tuple[str, ...]
    seconds: float
    cached: bool = False


def plan(names: Iterable[str], settings: Settings, *, shard_size: int = SHARD_SIZE) -> list[Shard]:
    """Split the named files and folders into shards, in input order."""
    if shard_size < 1:
        raise InputError("--shard-size must be at least 1")
    key = settings.digest()
    shards: list[Shard] = []
    group: list[Path] = []
    for path in _files(names):
        if format_of(path.name) in ONE_ARTICLE_FORMATS:
            group.append(path)
            if len(group) < shard_size:
                continue
        if group:
            shards.append(_file_shard(tuple(group), key))
            group = []
        if path.suffix.lower() in LINE_FORMATS and _digest(path) != UNREADABLE:
            shards += _line_shards(path, key, shard_size)
        elif format_of(path.name) not in ONE_ARTICLE_FORMATS:
            shards.append(_file_shard((path,), key))
    if group:
        shards.append(_file_shard(tuple(group), key))
    return shards


def _files(names: Iterable[str]) -> Iterator[Path]:
    for name in names:
        if name == "-" or "://" in name:
            raise InputError(f"{name}: batch reads files and folders only (use `ingest` for "
                             "standard input and URLs)")
        path = Path(name)
        if not path.exists() and not path.is_symlink():  # a broken link is read, and reported
            raise InputError(f"{name}: no such file or folder")
        yield from expand(path)


def _shard_id(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:20]


def _file_shard(paths: tuple[Path, ...], key: str) -> Shard:
    digests = [_digest(p) for p in paths]
    names = tuple(str(p) for p in paths)
    return Shard(id=_shard_id(key, "files", *names, *digests), names=names,
                 paths=tuple(str(p.resolve()) for p in paths), lines=None, size=len(paths))


def _digest(path: Path) -> str:
    """Hash a file's content; a file that cannot be read is read (and reported) by its shard."""
    digest = hashlib.sha1()
    try:
        with open_file(path) as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except (InputError, OSError):
        return UNREADABLE
    return digest.hexdigest()


def _line_shards(path: Path, key: str, size: int) -> Iterator[Shard]:
    name, absolute = str(path), str(path.resolve())
    start = pos = count = 0
    first, digest = 1, hashlib.sha1()
    with path.open("rb") as handle:
        for raw in handle:
            digest.update(raw)
            pos, count = pos + len(raw), count + 1
            if count == size:
                yield Shard(id=_shard_id(key, name, start, pos, first, digest.hexdigest()),
                            names=(name,), paths=(absolute,), lines=(start, pos, first),
                            size=count)
                start, first, count, digest = pos, first + count, 0, hashlib.sha1()
    if count:
        yield Shard(id=_shard_id(key, name, start, pos, first, digest.hexdigest()),
                    names=(name,), paths=(absolute,), lines=(start, pos, first), size=count)


def read_shard(shard: Shard, options: ReadOptions) -> Iterator[Article | Skipped]:
    """Yield a shard's articles exactly as `read_sources` yields them from the whole input."""
    with ReadContext(options) as ctx:
        if shard.lines is None:
            for name, path in zip(shard.names, shard.paths, strict=True):
                for item in read_sources([path], options, context=ctx):
                    yield _renamed(item, path, name)
            return
        for item in _read_lines(shard, options):
            if isinstance(item, Article) and options.languages:
                yield check(item, ctx.identifier(), options.languages)
            else:
                yield item


def _renamed(item: Article | Skipped, path: str, name: str) -> Article | Skipped:
    # Workers open absolute paths; origins keep the names the user gave, as `ingest` does.
    if item.origin is not None and item.origin.startswith(path):
        return replace(item, origin=name + item.origin[len(path):])
    return item


def _read_lines(shard: Shard, options: ReadOptions) -> Iterator[Article | Skipped]:
    # Mirrors eventwire.ingest.jsonl.read, line by line over a byte range.
    assert shard.lines is not None
    start, stop, first = shard.lines
    name = shard.names[0]
    with open(shard.paths[0], "rb") as handle:
        handle.seek(start)
        data = handle.read(stop - start)
    for lineno, raw in enumerate(data.split(b"\n"), start=first):
        if len(raw) > MAX_ARTICLE_BYTES:
            yield Skipped(origin=name, line=lineno, problem=f"too large ({len(raw):,} bytes; "
                          f"the limit is {MAX_ARTICLE_BYTES:,})")
            continue
        try:
            article = decode_record(raw, f"{name}:{lineno}", options.published)
        except InputError as exc:
            yield Skipped(origin=name, line=lineno, problem=str(exc))
            continue
        if article is not None:
            yield article


# --- Coding one shard ---------------------------------------------------------------------

def shard_files(out: Path, shard_id: str) -> dict[str, Path]:
    """Return the paths of a shard's articles, mentions and done marker."""
    return {"articles": out / "articles" / f"{shard_id}.parquet",
            "mentions": out / "mentions" / f"{shard_id}.parquet",
            "done": out / "done" / f"{shard_id}.json"}


def is_done(out: Path, shard_id: str) -> bool:
    """Return whether a shard's output is complete."""
    return shard_files(out, shard_id)["done"].exists()


def code_shard(shard: Shard, out: Path, settings: Settings, options: ReadOptions, *,
               resources: Any, progress: Callable[[int, int], None] | None = None) -> ShardReport:
    """Code one shard and write its files, unless it is done already."""
    from eventwire.pipeline import code_articles

    files = shard_files(out, shard.id)
    if files["done"].exists():
        return replace(read_report(files["done"]), cached=True)
    started = time.perf_counter()
    items = list(read_shard(shard, options))
    articles = [a for a in items if isinstance(a, Article)]
    coded: list[tuple[Article, tuple[EventMention, ...]]] = []
    if progress is not None:
        progress(0, len(articles))
    failures: list[Skipped] = []
    for c in code_guarded(articles, lambda batch: code_articles(
            batch, resources, batch_size=len(batch), parse_all=settings.parse_all)):
        if isinstance(c, Skipped):  # an article the coder failed on
            failures.append(c)
            continue
        coded.append((c.article, c.mentions))
        done = len(coded) + len(failures)
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(articles)):
            progress(done, len(articles))
    report = ShardReport(shard=shard.id, articles=len(coded),
                         mentions=sum(len(m) for _, m in coded),
                         skipped=tuple(str(s) for s in [*items, *failures]
                                       if isinstance(s, Skipped)),
                         seconds=round(time.perf_counter() - started, 3))
    write_shard(files, coded, report)
    return report


def write_shard(files: dict[str, Path], coded: list[tuple[Article, tuple[EventMention, ...]]],
                report: ShardReport) -> None:
    """Write a shard's Parquet files, then its done marker, each atomically."""
    import datetime as dt

    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    articles = [rows.article_row(a, len({m.id for m in ms}), now) for a, ms in coded]
    mentions = [rows.mention_row(m, a) for a, ms in coded for m in {m.id: m for m in ms}.values()]
    _atomic(files["articles"], lambda p: pq.write_table(
        pa.Table.from_pylist(articles, schema=arrow_schema(ARTICLES)), p))
    _atomic(files["mentions"], lambda p: pq.write_table(
        pa.Table.from_pylist(mentions, schema=arrow_schema(MENTIONS)), p))
    _atomic(files["done"], lambda p: p.write_text(json.dumps(asdict(report)), encoding="utf-8"))


def _atomic(path: Path, write: Callable[[Path], object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        write(temp)
        with temp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def read_report(path: Path) -> ShardReport:
    """Read a shard's done marker."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return ShardReport(**{**data, "skipped": tuple(data["skipped"])})


# --- Loading finished shards into a store -------------------------------------------------

@dataclass(frozen=True, slots=True, kw_only=True)
class Loaded:
    """One article and its event mentions, read back from a shard (`Store.ingest` input)."""

    article: Article
    mentions: tuple[EventMention, ...]


def done_shards(out: Path) -> list[str]:
    """Return the ids of the finished shards under `out`, sorted."""
    return sorted(p.stem for p in (out / "done").glob("*.json"))


def read_loaded(out: Path, shard_id: str) -> list[Loaded]:
    """Read a finished shard's articles with their mentions, in the order they were coded."""
    files = shard_files(out, shard_id)
    by_article: dict[str, list[EventMention]] = defaultdict(list)
    for r in pq.read_table(files["mentions"]).to_pylist():
        by_article[r["article_id"]].append(rows.mention_from_row(r))
    return [Loaded(article=article_from_row(r), mentions=tuple(by_article.get(r["id"], ())))
            for r in pq.read_table(files["articles"]).to_pylist()]


def article_from_row(r: dict[str, Any]) -> Article:
    """Return the article an `articles` row holds."""
    return Article(id=r["id"], text=r["text"], title=r["title"], published=r["published"],
                   url=r["url"], publisher=r["publisher"], language=r["language"],
                   origin=r["origin"], author=r["author"])
