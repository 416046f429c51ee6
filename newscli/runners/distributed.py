"""The same pipeline on a Dask cluster (``pip install 'newscli[dask]'``).

Batches of documents are submitted to the cluster's workers; each worker process loads
the spaCy model once (newscli.nlp.model caches it per process) and keeps it. Results come
back in input order and only a few batches per worker are in flight, so the client's
memory stays bounded however long the JSON Lines stream is. Workers need newscli (and its
model) installed in the same version as the client.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import islice
from typing import Any

from newscli.errors import NewscliError, UsageError
from newscli.models import Document, Report
from newscli.runners.pipeline import Options, process_batch

IN_FLIGHT_PER_WORKER = 2
LOCAL = "local"


def run_dask(
    items: Iterable[Document | NewscliError], options: Options, address: str, batch_size: int = 8
) -> Iterator[Report | NewscliError]:
    """Process documents on the cluster at `address` ('tcp://host:8786'), or 'local[:N]' for N local workers."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--dask needs Dask; install it with: pip install 'newscli[dask]'") from None
    with ExitStack() as stack:
        if address == LOCAL or address.startswith(LOCAL + ":"):
            workers = _local_workers(address)
            # one thread per worker process: one model per process, no GIL contention inside a worker
            cluster = stack.enter_context(
                LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            )
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(address, timeout=30))
            except OSError as exc:
                raise UsageError(f"cannot reach the Dask scheduler at {address} ({exc}); check --dask") from None
        yield from _ordered(client, iter(items), options, batch_size)


def _local_workers(address: str) -> int:
    count = address.partition(":")[2] or "2"
    if not count.isdigit() or not 1 <= int(count) <= 256:
        raise UsageError(f"--dask {address}: the number of local workers must be 1 to 256, as in local:4")
    return int(count)


def _ordered(
    client: Any, stream: Iterator[Document | NewscliError], options: Options, batch_size: int
) -> Iterator[Report | NewscliError]:
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    pending: deque[Any] = deque()

    def submit() -> bool:
        batch = list(islice(stream, batch_size))
        if batch:
            pending.append(client.submit(process_batch, batch, options, pure=False))
        return bool(batch)

    while len(pending) < workers * IN_FLIGHT_PER_WORKER and submit():
        pass
    while pending:
        results: list[Report | NewscliError] = pending.popleft().result()
        submit()
        yield from results
