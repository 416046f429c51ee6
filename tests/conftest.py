"""Shared fixtures: a pinned environment and the sample pages."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _pinned_environment(monkeypatch: pytest.MonkeyPatch, _cache_dir: Path) -> None:
    """Rich's practice: the same width and no colour whatever the developer's terminal."""
    for name in ("NO_COLOR", "FORCE_COLOR", "NEWSCLI_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEWSCLI_CACHE_DIR", str(_cache_dir))  # never the developer's own cache
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TERM", "dumb")


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The real English model, loaded once for the whole test session."""
    from newscli.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def parse(nlp):  # type: ignore[no-untyped-def]
    """parse(text) -> spaCy Doc with the full pipeline."""
    from newscli.nlp.model import parse as _parse

    return lambda text: _parse(nlp, text)
