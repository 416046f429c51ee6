"""--jobs N: the same pipeline in N worker processes, results still in input order.

Documents are sent in small batches; at most a few batches per worker are in flight, so
memory stays bounded however long the input stream is. Each worker loads the spaCy
model once (newscli.nlp.model caches it per process) and keeps it for every batch.
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


def run_parallel(
    items: Iterable[Document | NewscliError], options: Options, jobs: int, batch_size: int = 8
) -> Iterator[Report | NewscliError]:
    """Like pipeline.run, spread over `jobs` processes; falls back to one process for jobs <= 1."""
    if jobs <= 1:
        yield from run(items, options)
        return
    stream = iter(items)
    # spawn, not fork: the parent may run a progress-bar thread, and forked threads deadlock.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending: deque[Future[list[Report | NewscliError]]] = deque()

        def submit() -> bool:
            batch = list(islice(stream, batch_size))
            if batch:
                pending.append(pool.submit(process_batch, batch, options))
            return bool(batch)

        while len(pending) < jobs * IN_FLIGHT_PER_WORKER and submit():
            pass
        while pending:
            results = pending.popleft().result()
            submit()
            yield from results
