"""--jobs: the same records in the same order as one process, errors in their place."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newscli.errors import NewscliError
from newscli.inputs import InputOptions, iter_documents
from newscli.models import Report
from newscli.runners.parallel import run_parallel
from newscli.runners.pipeline import Options, run

pytestmark = pytest.mark.slow
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def outcomes(results: object) -> list[object]:
    return [r if isinstance(r, Report) else str(r) for r in results]  # type: ignore[attr-defined]


@pytest.fixture(params=["fork", "spawn"])
def start_method(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Workers are forked when no other thread runs, spawned otherwise: test both ways."""
    if request.param == "fork":
        # other tests may leave idle library threads behind (Dask's offload thread): not ours to stop
        monkeypatch.setattr("newscli.runners.parallel.threading.active_count", lambda: 1)
        yield "fork"
        return
    stop = threading.Event()
    bystander = threading.Thread(target=stop.wait, daemon=True)  # a progress bar's, a notebook's
    bystander.start()
    try:
        yield "spawn"
    finally:
        stop.set()
        bystander.join()


@pytest.mark.parametrize("options", [Options(), Options(tasks=frozenset({"entities", "figures"}))])
def test_two_jobs_match_one(
    tmp_path: Path, options: Options, start_method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing

    used: list[str | None] = []
    real_get_context = multiprocessing.get_context

    def spy(method: str | None = None) -> object:
        used.append(method)
        return real_get_context(method)

    monkeypatch.setattr("newscli.runners.parallel.multiprocessing.get_context", spy)
    batch = tmp_path / "batch.jsonl"
    pages = sorted(SAMPLES.glob("*.html"))
    with batch.open("w", encoding="utf-8") as handle:
        for i in range(9):
            page = pages[i % len(pages)]
            handle.write(
                json.dumps({"id": f"{i}-{page.name}", "html": page.read_bytes().decode("utf-8", "replace")}) + "\n"
            )
            if i == 4:
                handle.write("not json\n")
    expected = outcomes(run(iter_documents([str(batch)], InputOptions()), options))
    got = outcomes(run_parallel(iter_documents([str(batch)], InputOptions()), options, jobs=2, batch_size=2))
    assert got == expected
    assert used == [start_method]
    assert sum(isinstance(r, str) for r in got) == 1


def test_errors_pickle_with_their_source() -> None:
    import pickle

    err = pickle.loads(pickle.dumps(NewscliError("is empty", "page.html")))
    assert str(err) == "page.html: is empty"
