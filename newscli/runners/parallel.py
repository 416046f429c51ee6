"""--jobs N: the same pipeline in N processes, results still in input order.

The main process is one of the N. Workers get small batches, never more than a couple
each at a time so that one is always queued behind the one they run; whenever the main
process would otherwise wait for a worker, it reads the next batch and does it itself.
The split is decided by who is free, not fixed in advance: workers start cold (Python,
spaCy, the model: seconds) and pages differ tenfold in length, and a fixed round-robin
left a core idle for a fifth of the run (measured: 4 s of 12 s on 60 pages).
At most a bounded number of batches are in flight, so memory stays bounded however long
the input stream is; each process loads the spaCy model once and keeps it.

Workers never outlive the run: SIGTERM to the main process ends them before it exits (143),
and on Linux the kernel ends them if the main process dies any other way (SIGKILL, a crash).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager, suppress
from itertools import islice
from multiprocessing.context import BaseContext
from types import FrameType

from newscli.errors import NewscliError, Terminated
from newscli.models import Document, Report
from newscli.runners.pipeline import Options, process_batch, run

# Two batches per worker: the one it runs and the next, so it never waits for us.
IN_FLIGHT_PER_WORKER = 2
# How far ahead of the oldest unfinished batch we may get: bounds the results held back for order.
MAX_PENDING_PER_JOB = 8
Batch = list[Document | NewscliError]
Results = list[Report | NewscliError]


UNWIND_SECONDS = 10.0  # after SIGTERM, the longest the run may take to end before it is ended


def run_parallel(
    items: Iterable[Document | NewscliError], options: Options, jobs: int, batch_size: int = 2
) -> Iterator[Report | NewscliError]:
    """Like pipeline.run, spread over `jobs` processes; plain pipeline.run for jobs <= 1."""
    if jobs <= 1:
        yield from run(items, options)
        return
    stream = iter(items)
    context = _worker_context(options)
    # The thread that starts a worker is its "parent" for PR_SET_PDEATHSIG: only the main thread
    # lives as long as the process, so only workers it starts are tied to its death.
    tied = threading.current_thread() is threading.main_thread()
    pool = ProcessPoolExecutor(
        max_workers=jobs - 1, mp_context=context, initializer=_worker_start, initargs=(os.getpid(), tied)
    )
    with pool, _workers_end_with_us(pool):
        queue = _Queue(stream, batch_size, max_pending=jobs * MAX_PENDING_PER_JOB)
        worker_slots = (jobs - 1) * IN_FLIGHT_PER_WORKER

        def feed_workers() -> None:
            while queue.running_remotely() < worker_slots and queue.has_room():
                batch = queue.read()
                if batch is None:
                    return
                queue.add(_Entry(future=pool.submit(process_batch, batch, options)))

        feed_workers()
        while queue.pending:
            head = queue.pending[0]
            while head.future is not None and not head.future.done():
                # rather than wait for a worker, do a batch ourselves: one already ours, else a new one
                own = queue.next_local()
                if own is None:
                    wait([head.future], return_when=FIRST_COMPLETED)
                    break
                own.take(options)
                feed_workers()
            queue.pending.popleft()
            feed_workers()
            yield from head.future.result() if head.future is not None else head.take(options)


@contextmanager
def _workers_end_with_us(pool: ProcessPoolExecutor) -> Iterator[None]:
    """SIGTERM (kill, a service manager) and Ctrl-C end the workers too, then the run.

    SIGTERM ends the run by raising Terminated, which the CLI turns into exit status 143.
    Without this the main process died alone and its workers, waiting for work that would never
    come, lived on with parent 1 and kept the pipeline (and the resource tracker) open. Workers
    ignore Ctrl-C themselves (each printed a traceback); the main process ends them.
    """
    owner = os.getpid()

    def terminate(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != owner:  # a forked worker before its initializer ran: just go
            os._exit(128 + signum)
        _stop_workers(pool)
        # Unwinding (the pool's shutdown, the writers' flush) normally takes a moment; should it
        # hang on a loaded machine, the exit status SIGTERM promises still comes, within seconds.
        watchdog = threading.Timer(UNWIND_SECONDS, os._exit, args=(128 + signum,))
        watchdog.daemon = True
        watchdog.start()
        raise Terminated(signum)

    # signal handlers belong to the main thread; elsewhere the workers are still tied to our death
    handled = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, terminate) if handled else None
    try:
        yield
    except KeyboardInterrupt:
        _stop_workers(pool)
        raise
    finally:
        if handled:
            signal.signal(signal.SIGTERM, previous)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    processes = getattr(pool, "_processes", None) or {}  # the executor keeps no public list
    for process in list(processes.values()):
        with suppress(OSError, ValueError, AttributeError):  # already gone
            process.terminate()


def _worker_start(parent: int, tied: bool) -> None:
    """Runs first in every worker: the default SIGTERM, no Ctrl-C, and death with the parent on Linux."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherited the main process's handler
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the main process ends us
    if tied:
        _die_with_parent(parent)


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent(parent: int) -> None:
    if sys.platform != "linux":
        return  # elsewhere the SIGTERM handler is what ends the workers
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


# Our own few sentences, with a figure, a place, a person and a quote, to load every lazy part once.
WARM_UP_TEXT = (
    "The council of Springfield approved a budget of $4.2 million on Tuesday, 3 percent more than last year. "
    '"We have waited a long time for this," said Mayor Jane Porter, who proposed the plan in March.'
)


def _worker_context(options: Options) -> BaseContext:
    """Fork a warmed-up process where that is safe, else spawn cold workers.

    A forked worker shares the loaded model and tables with us and starts at once; a
    spawned one imports Python, spaCy and the model again (2-3 s of CPU on a core we
    want for pages: measured 11.8 s vs 12.7 s on 60 pages with two jobs). Fork is
    only safe with no other thread alive (a progress bar's, a notebook's: a lock held
    by one of them stays held in the child for ever), and on Linux.
    """
    if sys.platform != "linux" or threading.active_count() > 1:
        return multiprocessing.get_context("spawn")
    if options.tasks:
        warm_up = Document(id="warm-up", source="warm-up", content=WARM_UP_TEXT, format="text")
        process_batch([warm_up], options)
    # the child flushes the standard streams as it exits: anything still buffered would come out twice
    sys.stdout.flush()
    sys.stderr.flush()
    return multiprocessing.get_context("fork")


class _Queue:
    """Batches in input order, each done by a worker or by us."""

    def __init__(self, stream: Iterator[Document | NewscliError], batch_size: int, max_pending: int) -> None:
        self.pending: deque[_Entry] = deque()
        self._stream = stream
        self._batch_size = batch_size
        self._max_pending = max_pending
        self._exhausted = False

    def read(self) -> Batch | None:
        if self._exhausted:
            return None
        batch = list(islice(self._stream, self._batch_size))
        if not batch:
            self._exhausted = True
            return None
        return batch

    def add(self, entry: _Entry) -> None:
        self.pending.append(entry)

    def has_room(self) -> bool:
        return len(self.pending) < self._max_pending

    def running_remotely(self) -> int:
        return sum(1 for entry in self.pending if entry.future is not None and not entry.future.done())

    def next_local(self) -> _Entry | None:
        """The oldest batch of ours still to do, or a fresh one read for us."""
        for entry in self.pending:
            if entry.future is None and entry.results is None:
                return entry
        if not self.has_room():
            return None
        batch = self.read()
        if batch is None:
            return None
        entry = _Entry(batch=batch)
        self.add(entry)
        return entry


class _Entry:
    """A batch in flight: a worker's future, or one of ours (to do, or done ahead of its turn)."""

    __slots__ = ("batch", "future", "results")

    def __init__(self, batch: Batch | None = None, future: Future[Results] | None = None) -> None:
        self.batch = batch
        self.future = future
        self.results: Results | None = None

    def take(self, options: Options) -> Results:
        if self.results is None:
            self.results = process_batch(self.batch or [], options)
            self.batch = None  # the documents are done with: free them
        return self.results
