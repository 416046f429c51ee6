"""The library API: newscli.clean() and newscli.analyze() return plain, picklable dataclasses."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from offsets import offset_problems

import newscli
from newscli.errors import InputError, NoContentError

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "harbour-bridge.html"


def test_clean_accepts_bytes_and_str() -> None:
    from_bytes = newscli.clean(SAMPLE.read_bytes())
    from_str = newscli.clean(SAMPLE.read_text(encoding="utf-8"))
    assert from_bytes == from_str
    assert from_bytes.title == "Council approves harbour bridge after marathon session"
    assert "pedestrian bridge" in from_bytes.text


def test_clean_raises_typed_errors() -> None:
    with pytest.raises(NoContentError):
        newscli.clean("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(InputError):
        newscli.clean("caf\u00e9".encode("cp1252") * 50, encoding="utf-8")


def test_analyze_returns_a_picklable_report_with_exact_offsets() -> None:
    report = newscli.analyze(SAMPLE.read_bytes())
    assert pickle.loads(pickle.dumps(report)) == report
    assert report.summary and report.figures and report.entities and report.quotes
    assert offset_problems(report) == []


def test_analyze_runs_only_the_tasks_asked_for() -> None:
    report = newscli.analyze(
        "The mayor said the bridge would cost 40 million euros.", raw=True, tasks=frozenset({"figures"})
    )
    assert report.figures is not None
    assert report.entities is None and report.quotes is None and report.summary is None


def test_unknown_task_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown tasks"):
        newscli.analyze("text", tasks=frozenset({"sentiment"}))


def test_version_is_exposed() -> None:
    assert newscli.__version__[0].isdigit()
