"""The Dask extra: the same records, in the same order, from a LocalCluster with two workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscli.inputs import InputOptions, iter_documents
from newscli.models import Report
from newscli.runners.pipeline import Options, run

pytest.importorskip("dask.distributed", reason="the dask extra is part of the test install")
pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_local_cluster_gives_the_same_records_in_order(tmp_path: Path) -> None:
    from newscli.runners.distributed import run_dask

    page = (SAMPLES / "harbour-bridge.html").read_text(encoding="utf-8")
    batch = tmp_path / "batch.jsonl"
    with batch.open("w", encoding="utf-8") as handle:
        for i in range(10):
            handle.write(json.dumps({"id": f"doc-{i}", "html": page}) + "\n")
        handle.write('{"id": "broken"\n')
    options = Options(tasks=frozenset({"figures", "entities"}))

    def records(results: object) -> list[object]:
        return [(r.id, r.figures, r.entities) if isinstance(r, Report) else str(r) for r in results]  # type: ignore[attr-defined]

    expected = records(run(iter_documents([str(batch)], InputOptions()), options))
    got = records(run_dask(iter_documents([str(batch)], InputOptions()), options, "local:2", batch_size=3))
    assert got == expected
    assert [r[0] for r in got[:10]] == [f"doc-{i}" for i in range(10)]  # type: ignore[index]
    assert "not valid JSON" in got[10]  # type: ignore[operator]
