"""Code a large input on a Dask cluster: one idempotent task per shard, then load the shards.

`run_batch` plans the shards (`eventwire.shards`), skips those already done, and maps the rest
onto the cluster, one task each. Every Dask worker process loads `Resources` once (a worker
plugin) and codes one shard at a time. A task whose worker dies is rerun by Dask on another
worker; a shard that fails for good is reported and left without a marker, so the next run
codes it. Workers publish progress events that the caller turns into progress bars.
`load` feeds the finished shards through `Store.ingest`, which skips the articles it holds
and recomputes the events they change, so loading twice adds nothing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
from distributed import Client, WorkerPlugin, as_completed, get_worker

from eventwire.ingest import ReadOptions
from eventwire.model import Article
from eventwire.parallel import Settings
from eventwire.shards import (
    Loaded,
    Shard,
    ShardReport,
    code_shard,
    done_shards,
    is_done,
    read_loaded,
)
from eventwire.store import IngestSummary

if TYPE_CHECKING:
    from distributed import Worker

    from eventwire.resources import Resources
    from eventwire.store import Store

Progress = Callable[[str, int, int], None]  # shard id, articles coded, articles in the shard


class CodingPlugin(WorkerPlugin):
    """Hold one worker process's `Resources`, loaded on first use, and code one shard at a time.

    Coding is CPU-bound Python: threads in one worker add nothing, and spaCy is not made for
    concurrent use, so tasks on a worker with several threads take turns.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.name = f"eventwire-coding-{settings.digest()}"
        self.lock: threading.Lock | None = None
        self.loaded: Resources | None = None

    def setup(self, worker: Worker) -> None:
        """Prepare the lock (locks cannot travel to the worker)."""
        self.lock = threading.Lock()

    def resources(self) -> Resources:
        """Return the resources, loading them the first time."""
        if self.loaded is None:
            self.loaded = self.settings.load()
        return self.loaded


def shard_task(shard: Shard, out: str, settings: Settings, options: ReadOptions, *,
               plugin: str, topic: str) -> ShardReport:
    """Code one shard on a Dask worker (the task `run_batch` maps)."""
    worker = get_worker()
    coding: CodingPlugin = worker.plugins[plugin]  # type: ignore[assignment]
    assert coding.lock is not None

    def progress(done: int, total: int) -> None:
        worker.log_event(topic, {"shard": shard.id, "done": done, "total": total})

    with coding.lock:
        return code_shard(shard, Path(out), settings, options, resources=coding.resources(),
                          progress=progress)


@dataclass(slots=True)
class BatchReport:
    """What a batch run did."""

    shards: int = 0
    already_done: int = 0
    articles: int = 0
    mentions: int = 0
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Return the articles coded per second of the run."""
        return self.articles / self.seconds if self.seconds else 0.0


def run_batch(client: Client, shards: Sequence[Shard], out: Path, settings: Settings,
              options: ReadOptions, *, progress: Progress | None = None,
              finished: Callable[[ShardReport], None] | None = None) -> BatchReport:
    """Code every shard not done yet on the cluster; return when all are done or failed."""
    started = time.perf_counter()
    report = BatchReport(shards=len(shards))
    todo = [s for s in shards if not is_done(out, s.id)]
    report.already_done = len(shards) - len(todo)
    if not todo:
        return report
    plugin = CodingPlugin(settings)
    if not client.run_on_scheduler(_has_plugin, name=plugin.name):
        client.register_plugin(plugin, name=plugin.name)  # workers keep it across runs
    topic = f"eventwire-progress-{time.time_ns()}"
    if progress is not None:
        client.subscribe_topic(topic, lambda event: _relay(event, progress))
    futures = client.map(shard_task, todo, out=str(out.resolve()), settings=settings,
                         options=options, plugin=plugin.name, topic=topic,
                         key=[f"eventwire-shard-{s.id}" for s in todo], pure=False)
    try:
        for future in as_completed(futures):
            collect_shard(future, report, finished)
    finally:
        if progress is not None:
            client.unsubscribe_topic(topic)
    report.seconds = time.perf_counter() - started
    return report


def _has_plugin(dask_scheduler: Any, name: str) -> bool:
    return name in dask_scheduler.worker_plugins


def _relay(event: tuple[float, Any], progress: Progress) -> None:
    message = event[1]
    progress(message["shard"], message["done"], message["total"])


def collect_shard(future: Any, report: BatchReport,
                  finished: Callable[[ShardReport], None] | None) -> None:
    """Add a completed shard task's outcome to the batch's report: its counts, or why it failed."""
    key = str(future.key).removeprefix("eventwire-shard-")
    if future.status not in {"finished", "error", "cancelled"}:
        # "lost": the worker holding a finished shard's report died before it was read, and the
        # scheduler runs the task again (the shard's files on disk make that a read of its report)
        future.exception()  # waits until it has run
    if future.status != "finished":
        why = repr(future.exception()) if future.status == "error" else future.status
        report.failed.append(f"shard {key}: {why}")
        return
    done: ShardReport = future.result()
    if done.cached:
        report.already_done += 1
    else:
        report.articles += done.articles
        report.mentions += done.mentions
    report.skipped.extend(done.skipped)
    if finished is not None:
        finished(done)


def local_client(workers: int) -> Client:
    """Start a Dask cluster of `workers` single-threaded processes on this machine."""
    from distributed import LocalCluster

    # port 0: any free port for the dashboard (None would still bind the fixed 8787), on loopback only
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address="127.0.0.1:0")
    return Client(cluster)


@dataclass(frozen=True, slots=True)
class _Replay:
    """A coder that hands back the mentions a shard already holds for each article."""

    by_id: dict[str, Loaded]

    def code_articles(self, fresh: Iterable[Article]) -> Iterator[Loaded]:
        """Yield the stored result of each article, in input order."""
        return (self.by_id[a.id] for a in fresh)


def load(store: Store, out: Path, *, batch_size: int = 64,
         progress: Callable[[int, int], None] | None = None,
         unreadable: Callable[[str, str], None] | None = None) -> list[IngestSummary]:
    """Load every finished shard under `out` into the store; return one summary per shard.

    A shard whose files cannot be read is passed to `unreadable(shard_id, problem)` and left
    out, the others loaded; without `unreadable` the error is raised.
    """
    ids = done_shards(out)
    summaries = []
    for n, shard_id in enumerate(ids, start=1):
        try:
            items = read_loaded(out, shard_id)
        except (OSError, pa.ArrowException, KeyError) as exc:
            if unreadable is None:
                raise
            unreadable(shard_id, str(exc).strip().splitlines()[0] if str(exc).strip()
                       else type(exc).__name__)
            continue
        by_id: dict[str, Loaded] = {}
        for item in items:
            by_id.setdefault(item.article.id, item)  # the first wins, as in `Store.ingest`

        summaries.append(store.ingest([i.article for i in items], coder=_Replay(by_id),
                                      batch_size=batch_size))
        if progress is not None:
            progress(n, len(ids))
    return summaries
