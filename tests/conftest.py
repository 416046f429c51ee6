"""Shared fixtures: a pinned environment and the sample pages."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _pinned_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich's practice: the same width and no colour whatever the developer's terminal."""
    for name in ("NO_COLOR", "FORCE_COLOR", "NEWSCLI_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TERM", "dumb")


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
