"""`newscli report`: one page to FILE.html, a directory of pages with an index, never over an input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscli import cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAGE = SAMPLES / "news-page.html"
TEXT = SAMPLES / "harbour-bridge.txt"

pytestmark = pytest.mark.model


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(cli.app, ["report", *args])


def test_one_input_writes_one_page_with_its_marks(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = invoke(runner, str(PAGE), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert "<h1>Night trains return to the valley line after 12 years</h1>" in page
    assert 'data-speaker="Marta Sørensen"' in page
    assert 'data-entity-type="person"' in page and 'data-value="4200000" data-unit="EUR"' in page
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]  # no index, no temporary file


def test_several_inputs_write_a_page_each_and_an_index(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    result = invoke(runner, str(PAGE), str(TEXT), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["harbour-bridge.html", "index.html", "news-page.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.index('href="news-page.html"') < index.index('href="harbour-bridge.html"')  # input order
    assert "Council approves harbour bridge after marathon session" in index
    assert "The Lowland Courier" in index


def test_a_directory_target_takes_one_input_too(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, str(PAGE), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["index.html", "news-page.html"]


def test_pages_written_into_an_input_directory_are_not_read_back(runner: CliRunner, tmp_path: Path) -> None:
    shutil.copy(TEXT, tmp_path / "story.txt")
    result = invoke(runner, str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["index.html", "story.html"]


def test_never_overwrites_an_input(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    shutil.copy(PAGE, page)
    shutil.copy(TEXT, tmp_path / "notes.txt")
    original = page.read_bytes()
    result = invoke(runner, str(page), "-o", str(page))
    assert result.exit_code == 2 and "is an input" in result.stderr
    # a directory of pages over the inputs' own directory: story.html would replace its input
    result = invoke(runner, str(page), str(tmp_path / "notes.txt"), "-o", str(tmp_path))
    assert result.exit_code == 1 and "would overwrite an input" in result.stderr
    assert page.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html", "notes.html", "notes.txt", "story.html"]


def test_an_index_html_input_is_safe_too(runner: CliRunner, tmp_path: Path) -> None:
    shutil.copy(PAGE, tmp_path / "index.html")
    result = invoke(runner, str(tmp_path / "index.html"), str(TEXT), "-o", str(tmp_path))
    assert result.exit_code == 2 and "index.html" in result.stderr
    assert (tmp_path / "index.html").read_bytes() == PAGE.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((str(PAGE), str(TEXT), "-o", "x.html"), "give -o a directory"),
        ((str(PAGE),), "Missing option '--output'"),
    ],
)
def test_usage_errors(runner: CliRunner, args: tuple[str, ...], message: str) -> None:
    result = invoke(runner, *args)
    assert result.exit_code == 2 and message in result.stderr
