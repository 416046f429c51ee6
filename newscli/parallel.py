"""--jobs N: the same pipeline in N processes, results still in input order.

The main process is one of the N: it takes every N-th batch itself while N-1 spawned
workers take the others. Workers start cold (Python, spaCy, the model: seconds), and the
main process works meanwhile instead of waiting, so two jobs come close to twice one.
At most a few batches per worker are in flight, so memory stays bounded however long
the input stream is; each process loads the spaCy model once and keeps it.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from newscli.errors import NewscliError
from newscli.models import Document, Report
from newscli.pipeline import Options, process_batch, run

IN_FLIGHT_PER_WORKER = 2
Batch = list[Document | NewscliError]
Results = list[Report | NewscliError]


def run_parallel(
    items: Iterable[Document | NewscliError], options: Options, jobs: int, batch_size: int = 4
) -> Iterator[Report | NewscliError]:
    """Like pipeline.run, spread over `jobs` processes; plain pipeline.run for jobs <= 1."""
    if jobs <= 1:
        yield from run(items, options)
        return
    stream = iter(items)
    # spawn, not fork: the parent may run threads (a progress bar, BLAS), and forked threads deadlock.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs - 1, mp_context=context) as pool:
        pending: deque[_Entry] = deque()
        counter = 0

        def submit() -> bool:
            nonlocal counter
            batch = list(islice(stream, batch_size))
            if not batch:
                return False
            # every jobs-th batch stays here, for this process to do while the workers do theirs
            local = counter % jobs == 0
            pending.append(_Entry(batch=batch) if local else _Entry(future=pool.submit(process_batch, batch, options)))
            counter += 1
            return True

        while len(pending) < jobs * IN_FLIGHT_PER_WORKER and submit():
            pass
        while pending:
            head = pending[0]
            if head.future is not None and not head.future.done():
                # rather than wait for a worker, do a batch of our own that comes later
                ahead = next((entry for entry in pending if entry.batch is not None and entry.results is None), None)
                if ahead is not None:
                    ahead.take(options)
                    continue
            pending.popleft()
            submit()
            yield from head.future.result() if head.future is not None else head.take(options)


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
        return self.results
