"""--jobs N: the same pipeline in N processes, results still in input order.

The main process is one of the N. Workers get small batches, never more than a couple
each at a time so that one is always queued behind the one they run; whenever the main
process would otherwise wait for a worker, it reads the next batch and does it itself.
The split is decided by who is free, not fixed in advance: workers start cold (Python,
spaCy, the model: seconds) and pages differ tenfold in length, and a fixed round-robin
left a core idle for a fifth of the run (measured: 4 s of 12 s on 60 pages).
At most a bounded number of batches are in flight, so memory stays bounded however long
the input stream is; each process loads the spaCy model once and keeps it.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice
from multiprocessing.context import BaseContext

from newscli.errors import NewscliError
from newscli.models import Document, Report
from newscli.runners.pipeline import Options, process_batch, run

# Two batches per worker: the one it runs and the next, so it never waits for us.
IN_FLIGHT_PER_WORKER = 2
# How far ahead of the oldest unfinished batch we may get: bounds the results held back for order.
MAX_PENDING_PER_JOB = 8
Batch = list[Document | NewscliError]
Results = list[Report | NewscliError]


def run_parallel(
    items: Iterable[Document | NewscliError], options: Options, jobs: int, batch_size: int = 2
) -> Iterator[Report | NewscliError]:
    """Like pipeline.run, spread over `jobs` processes; plain pipeline.run for jobs <= 1."""
    if jobs <= 1:
        yield from run(items, options)
        return
    stream = iter(items)
    with ProcessPoolExecutor(max_workers=jobs - 1, mp_context=_worker_context(options)) as pool:
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
