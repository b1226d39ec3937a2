"""Code articles in worker processes that share one loading of `Resources`, results in input order.

The parent sends batches of articles to worker processes, keeps a bounded number of batches per
worker in flight so memory stays flat on any input size, and yields each article's `Coded`
result in input order. A single writer downstream therefore sees exactly the sequence a
one-process run gives it. The first worker is started with `spawn` (the parent, which holds the
store's connection and its threads, is never forked, and needs no spaCy of its own) as soon as
coding begins, while the parent still reads its input; it loads the resources and, where the
system forks (Linux), starts the other workers as forks of itself, which share the loaded
resources copy-on-write instead of each loading its own (seconds of CPU per worker). Workers are
added as batches arrive, so a short input starts few. Elsewhere each worker is spawned and loads
its own.
"""

from __future__ import annotations

import gc
import hashlib
import importlib.resources
import multiprocessing as mp
import os
import pickle
import queue
import signal
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.errors import EventwireError
from eventwire.guard import code_each, code_guarded
from eventwire.ingest.common import Skipped
from eventwire.model import Article

if TYPE_CHECKING:
    from eventwire.coders import ParallelCoder
    from eventwire.model import Coded
    from eventwire.resources import Resources

TASK_SIZE = 48  # articles a task: enough sentences to batch the parser, small enough to balance
IN_FLIGHT = 4  # batches queued per worker, so none idles while another finishes a slow one
POLL_S = 1.0
# The garbage collector's thresholds while coding (Python's default is 700, 10, 10): about a tenth
# less CPU on the benchmark corpus (bench/worker_profile.py), the memory held between runs the same.
CODING_GC_THRESHOLDS = (20_000, 50, 100)


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """What a worker needs to load `Resources` and code exactly as the parent would."""

    dictionaries: tuple[Path, ...] = ()
    patterns: tuple[Path, ...] = ()
    lexicon: tuple[Path, ...] = ()
    overrides: tuple[Path, ...] = ()
    builtin: bool = True
    base_layer: bool = True
    backoff: bool = True
    parse_all: bool = False
    keep_negated: bool = False
    pairs: bool = False
    keep_undirected: bool = False

    def load(self) -> Resources:
        """Load the resources these settings describe."""
        from eventwire.resources import Resources

        return Resources.load(list(self.dictionaries), list(self.patterns), builtin=self.builtin,
                              lexicon=list(self.lexicon), base_layer=self.base_layer, backoff=self.backoff,
                              overrides=list(self.overrides), keep_negated=self.keep_negated, pairs=self.pairs,
                              keep_undirected=self.keep_undirected)

    def digest(self) -> str:
        """Return a hash of everything that decides the coding: data files, user files, flags."""
        flags = (self.builtin, self.parse_all, self.base_layer, self.backoff, self.keep_negated, self.pairs,
                 self.keep_undirected)
        h = hashlib.sha1("\x1f".join(map(str, flags)).encode())
        if self.builtin:
            for name, data in _builtin_data():
                h.update(name.encode() + b"\x1f" + data)
        for kind, paths in (("dictionary", self.dictionaries), ("patterns", self.patterns),
                            ("lexicon", self.lexicon), ("overrides", self.overrides)):
            for path in paths:
                h.update(kind.encode() + b"\x1f" + path.read_bytes())
        return h.hexdigest()[:16]


def _builtin_data() -> Iterator[tuple[str, bytes]]:
    root = importlib.resources.files("eventwire") / "data"
    stack = [root]
    while stack:
        folder = stack.pop()
        for ref in sorted(folder.iterdir(), key=lambda r: r.name):
            if ref.is_dir():
                stack.append(ref)
            elif ref.name.endswith((".tsv", ".yaml", ".json")):
                yield ref.name, ref.read_bytes()


def default_workers() -> int:
    """Return the number of cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def code_parallel(articles: Iterable[Article], settings: Settings, *, workers: int,
                  task_size: int = TASK_SIZE,
                  start_method: str = "spawn") -> Iterator[Coded | Skipped]:
    """Code articles in `workers` processes; yield each article's result in input order."""
    if workers < 1:
        raise EventwireError(f"--workers must be at least 1, not {workers}")
    if workers == 1:
        resources = settings.load()
        with long_lived():
            yield from code_guarded(articles, lambda batch: _code(batch, resources, settings))
        return
    pool = _Pool(mp.get_context(start_method), settings, workers,
                 shared=start_method == "spawn" and forks_workers())
    try:
        yield from pool.run(articles, task_size)
    except BaseException:  # an error, Ctrl-C, or a caller that stopped early: end them now
        pool.stop(at_once=True)
        raise
    pool.stop()


def coder(settings: Settings, workers: int) -> ParallelCoder:
    """Return a `Store.ingest` coder that codes in `workers` processes."""
    from eventwire.coders import ParallelCoder

    return ParallelCoder(settings=settings, workers=workers)


def forks_workers() -> bool:
    """Return whether the first worker starts the others as forks of itself (Linux only:
    elsewhere forking a process that loaded native libraries is not safe)."""
    return sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods()


class _Pool:
    """Worker processes fed from one task queue; results come back tagged with their batch.

    With `shared`, the parent starts one worker, the host, which forks the others (`wanted`
    counts the workers the parent asks for); otherwise the parent starts each."""

    def __init__(self, ctx: Any, settings: Settings, size: int, *, shared: bool = False) -> None:
        self.ctx, self.settings, self.size = ctx, settings, size
        self.inbox: Any = ctx.Queue()
        self.outbox: Any = ctx.Queue()
        self.procs: list[BaseProcess] = []
        self.wanted: Any = ctx.Value("i", 1) if shared else None
        self.sent = 0

    def run(self, articles: Iterable[Article], task_size: int) -> Iterator[Coded | Skipped]:
        """Send batches, keeping a bounded number in flight; yield results in order."""
        if self.wanted is not None:
            self._start()  # it loads while this process reads the first batches
        source = iter(articles)
        done: dict[int, list[Coded | Skipped]] = {}
        emitted = 0
        exhausted = False
        while True:
            while not exhausted and self.sent - emitted < IN_FLIGHT * self.size:
                batch = list(islice(source, task_size))
                if not batch:
                    exhausted = True
                    break
                self._send(self.sent, batch)
                self.sent += 1
            if emitted == self.sent:
                return
            while emitted not in done:
                seq, result = self._receive()
                done[seq] = result
            yield from done.pop(emitted)
            emitted += 1

    def _start(self) -> None:
        proc = self.ctx.Process(target=serve, args=(self.settings, self.inbox, self.outbox, self.wanted),
                                name=f"eventwire-worker-{len(self.procs) + 1}", daemon=True)
        proc.start()
        self.procs.append(proc)

    def _send(self, seq: int, batch: list[Article]) -> None:
        if self.wanted is not None:
            if seq < self.size:
                with self.wanted.get_lock():
                    self.wanted.value = max(self.wanted.value, seq + 1)
        elif len(self.procs) < self.size and len(self.procs) <= seq:
            self._start()
        self.inbox.put((seq, batch))

    def _receive(self) -> tuple[int, list[Coded | Skipped]]:
        dead: BaseProcess | None = None
        while True:
            try:
                seq, result, error = self.outbox.get(timeout=POLL_S)
            except queue.Empty:
                if dead is not None:  # still nothing a full poll after it stopped
                    raise EventwireError(_stopped(dead.name, dead.pid, dead.exitcode)) from None
                dead = next((p for p in self.procs if p.exitcode is not None), None)
                continue
            if error is not None:
                raise error
            return seq, result

    def stop(self, *, at_once: bool = False) -> None:
        """Tell the workers to finish (or end them at once), then wait for them."""
        workers = len(self.procs) if self.wanted is None else self.wanted.value
        for _ in range(workers):
            self.inbox.put(None)
        at_once = at_once or self.sent == 0  # a host still loading for an empty input
        for proc in self.procs:
            if not at_once:
                proc.join(timeout=10)
            if proc.exitcode is None:
                proc.terminate()
                proc.join(timeout=5)
        for q in (self.inbox, self.outbox):
            q.close()
            q.cancel_join_thread()


def _stopped(name: str | None, pid: int | None, code: int | None) -> str:
    return (f"coding worker {name} (PID {pid}) stopped with exit code {code}; "
            "if it ran out of memory, use fewer --workers")


@contextmanager
def long_lived() -> Iterator[None]:
    """Set every object made so far (the loaded resources: millions of dictionary, gazetteer and
    pattern objects) aside from the cyclic garbage collector while coding, which would otherwise
    walk them all at each full collection; and collect less often, coding making many short-lived
    objects but few garbage cycles. Both are handed back at the end."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*CODING_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def serve(settings: Settings, inbox: Any, outbox: Any, wanted: Any = None) -> None:
    """Run in a worker process: load resources once, then code batches until told to stop;
    given `wanted`, start the other workers as forks of this one as the parent asks for them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    try:
        resources = settings.load()
    except Exception as exc:  # sent to the parent, which raises it
        outbox.put((-1, None, _portable(exc)))
        return
    with long_lived():  # before forking, so that no collection in a fork copies loaded objects
        if wanted is None:
            _serve(resources, settings, inbox, outbox)
        else:
            _Host(resources=resources, settings=settings, inbox=inbox, outbox=outbox,
                  wanted=wanted).serve()


@dataclass(frozen=True, slots=True, kw_only=True)
class _Host:
    """The first worker: codes, and forks the other workers, which inherit its resources."""

    resources: Resources
    settings: Settings
    inbox: Any
    outbox: Any
    wanted: Any
    forks: list[BaseProcess] = field(default_factory=list)

    def serve(self) -> None:
        """Code batches, adding forks first when asked; then wait for the forks to finish, or,
        if this one stopped for another cause than the parent's word, end them."""
        # A daemon worker may not start processes; the forks end with it (see `_Host.end`)
        # and each also stops when it finds this process gone.
        mp.current_process().daemon = False
        signal.signal(signal.SIGTERM, self.end)
        told = False
        try:
            told = _serve(self.resources, self.settings, self.inbox, self.outbox, tend=self.tend)
        finally:
            for proc in self.forks:
                if not told:
                    proc.terminate()
                proc.join()

    def tend(self) -> bool:
        """Start the forks the parent asked for; report one that died; return whether to go on."""
        fork = mp.get_context("fork")
        while 1 + len(self.forks) < self.wanted.value:
            proc = fork.Process(target=_forked, args=(self.resources, self.settings, self.inbox, self.outbox),
                                name=f"eventwire-worker-{len(self.forks) + 2}", daemon=True)
            proc.start()
            self.forks.append(proc)
        dead = next((p for p in self.forks if p.exitcode not in (None, 0)), None)
        if dead is None:
            return True
        self.outbox.put((-1, None, EventwireError(_stopped(dead.name, dead.pid, dead.exitcode))))
        self.outbox.close()
        self.outbox.join_thread()  # the parent reads it before it finds this process gone
        return False

    def end(self, signum: int, _frame: object) -> None:
        """End the forks, then this process, as the signal would have."""
        for proc in self.forks:
            if proc.exitcode is None:
                proc.terminate()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)


def _forked(resources: Resources, settings: Settings, inbox: Any, outbox: Any) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the host's handler, copied by the fork
    _serve(resources, settings, inbox, outbox)


def _serve(resources: Resources, settings: Settings, inbox: Any, outbox: Any,
           tend: Callable[[], bool] = lambda: True) -> bool:
    """Code batches until told to stop (return True), or until the parent is gone or `tend`,
    called before each batch and each idle poll, says to stop (return False)."""
    parent = mp.parent_process()
    while parent is None or parent.is_alive():  # if the parent was killed, nobody reads results
        if not tend():
            break
        try:
            task = inbox.get(timeout=POLL_S)
        except queue.Empty:
            continue
        if task is None:
            return True
        seq, batch = task
        try:
            result = code_each(batch, lambda part: _code(part, resources, settings))
        except Exception as exc:  # sent to the parent, which raises it
            outbox.put((seq, None, _portable(exc)))
            continue
        outbox.put((seq, result, None))
    outbox.cancel_join_thread()  # results nobody will read must not keep this process alive
    return False


def _code(batch: list[Article], resources: Resources, settings: Settings) -> list[Coded]:
    from eventwire.pipeline import code_articles

    return list(code_articles(batch, resources, batch_size=len(batch),
                              parse_all=settings.parse_all))


def _portable(exc: Exception) -> BaseException:
    text = "".join(traceback.format_exception(exc))
    exc.add_note(f"(in coding worker PID {os.getpid()})\n{text}")
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # an exception that cannot cross processes is sent as its text
        if isinstance(exc, EventwireError):
            return EventwireError(str(exc))
        return RuntimeError(f"in coding worker PID {os.getpid()}:\n{text}")
    return exc
