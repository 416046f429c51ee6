"""The command line through typer.testing.CliRunner: stdout and stderr apart, exit codes, formats."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscli import cli
from newscli.errors import UsageError

PAGES = Path(__file__).resolve().parent.parent / "samples"
HTML = PAGES / "harbour-bridge.html"
TEXT = PAGES / "harbour-bridge.txt"
FIRST = "Port Alder's city council voted 7-2 on Tuesday night"
LAST = "The council will publish the final tender documents next month."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, *args: str, input: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(cli.app, list(args), input=input)


def test_help_lists_commands_and_exit_codes(runner: CliRunner) -> None:
    result = invoke(runner, "--help")
    assert result.exit_code == 0
    assert "clean" in result.stdout and "Exit codes" in result.stdout


def test_short_help_flag(runner: CliRunner) -> None:
    result = invoke(runner, "clean", "-h")
    assert result.exit_code == 0 and "--output-dir" in result.stdout


def test_version_names_every_component(runner: CliRunner) -> None:
    result = invoke(runner, "--version")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["newscli", "spaCy", "model", "Python"]


def test_clean_html_prints_the_article_only(runner: CliRunner) -> None:
    result = invoke(runner, "clean", str(HTML))
    assert result.exit_code == 0, result.stderr
    assert FIRST in result.stdout and LAST in result.stdout
    assert result.stderr == ""
    for junk in ("Accept all cookies", "Sign up for our daily newsletter", "All rights reserved", "Ferry fares"):
        assert junk not in result.stdout


def test_clean_json_record_has_every_contract_key(runner: CliRunner) -> None:
    result = invoke(runner, "clean", str(HTML), "-f", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert list(record)[:12] == ["schema", "id", "source", "url", "encoding", "language", "title", "published",
                                 "authors", "publisher", "text", "warnings"]  # fmt: skip
    assert record["url"] is None and record["warnings"] == []
    assert record["schema"] == "newscli/1"
    assert record["title"] == "Council approves harbour bridge after marathon session"
    assert record["published"] == "2024-05-14T18:20:00+01:00"
    assert record["authors"] == ["Maria Delgado"]
    assert record["publisher"] == "Coastal Ledger"
    assert record["language"] == "en"
    assert "figures" not in record  # clean emits no analysis keys


def test_clean_jsonl_one_record_per_input_in_order(runner: CliRunner) -> None:
    result = invoke(runner, "clean", str(HTML), str(TEXT), "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(HTML), str(TEXT)]


def test_text_output_marks_each_input_when_there_are_several(runner: CliRunner) -> None:
    result = invoke(runner, "clean", str(HTML), str(TEXT))
    assert result.stdout.startswith(f"==> {HTML} <==\n")
    assert f"\n==> {TEXT} <==\n" in result.stdout


def test_markdown_has_title_and_byline(runner: CliRunner) -> None:
    result = invoke(runner, "clean", str(HTML), "-f", "md")
    assert result.stdout.startswith("# Council approves harbour bridge after marathon session\n")
    assert "Maria Delgado" in result.stdout.splitlines()[2]


def test_stdin_with_dash_and_implicit(runner: CliRunner) -> None:
    page = HTML.read_bytes()
    for args in (["clean", "-"], ["clean"]):
        result = invoke(runner, *args, input=page)
        assert result.exit_code == 0, result.stderr
        assert FIRST in result.stdout


def test_gzipped_stdin(runner: CliRunner) -> None:
    result = invoke(runner, "clean", "-f", "json", input=gzip.compress(HTML.read_bytes()))
    assert json.loads(result.stdout)["id"] == "-"


def test_jsonl_stdin_carries_other_keys_through(runner: CliRunner) -> None:
    line = json.dumps({"id": "story-1", "html": HTML.read_text(), "feed": "local"})
    result = invoke(runner, "clean", "-f", "jsonl", input=line + "\n")
    record = json.loads(result.stdout)
    assert record["id"] == "story-1" and record["feed"] == "local" and FIRST in record["text"]


def test_jsonl_record_metadata_fills_what_the_text_does_not_say(runner: CliRunner, tmp_path: Path) -> None:
    story = "The ferry from Port Alder resumed service on Wednesday after a two-week strike ended."
    batch = tmp_path / "batch.jsonl"
    records = [
        {"id": "a", "text": story, "title": "Ferries run again", "date": "2024-03-08", "author": "Ines Obi"},
        {"id": "b", "html": HTML.read_text(), "title": "A record title the page overrides"},
    ]
    batch.write_text("".join(json.dumps(r) + "\n" for r in records))
    result = invoke(runner, "summarize", str(batch), "--all", "-f", "jsonl")
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert (first["title"], first["published"], first["authors"]) == ("Ferries run again", "2024-03-08", ["Ines Obi"])
    wednesday = next(f for f in first["figures"] if f["text"] == "Wednesday")
    assert wednesday["value"] == 20240306  # anchored on the record's date
    assert second["title"] != "A record title the page overrides"  # the page's own <title> wins


def test_table_rows_of_a_jsonl_batch_name_their_record(runner: CliRunner, tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    text = "Mayor Ana Ruiz of Port Alder said the bridge would reopen. Ruiz spoke on Monday."
    batch.write_text("".join(json.dumps({"id": f"story-{i}", "text": text}) + "\n" for i in range(2)))
    result = invoke(runner, "entities", str(batch), "-f", "tsv")
    header, *rows = result.stdout.splitlines()
    assert header.split("\t")[:3] == ["source", "id", "name"]
    assert {tuple(row.split("\t")[:2]) for row in rows} == {(str(batch), "story-0"), (str(batch), "story-1")}
    cleaned = invoke(runner, "clean", str(batch)).stdout
    assert "==> story-0 <==" in cleaned and "==> story-1 <==" in cleaned


def test_raw_keeps_text_exactly(runner: CliRunner) -> None:
    text = "Line one.\n\nLine  two   stays as it is.\n"
    result = invoke(runner, "clean", "--raw", "-f", "json", input=text)
    assert json.loads(result.stdout)["text"] == text


# ---- errors --------------------------------------------------------------------------------------


def assert_one_error_line(result, *fragments: str) -> None:  # type: ignore[no-untyped-def]
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newscli: error: ")
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, "clean", str(tmp_path / "gone.html"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert_one_error_line(result, "gone.html", "no such file")


def test_empty_stdin(runner: CliRunner) -> None:
    result = invoke(runner, "clean", "-", input=b"")
    assert result.exit_code == 1
    assert_one_error_line(result, "-: ", "empty")


def test_page_without_article_text(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "blank.html"
    page.write_text("<html><head><title>x</title></head><body><script>var a=1;</script></body></html>")
    result = invoke(runner, "clean", str(page))
    assert result.exit_code == 1
    assert_one_error_line(result, "blank.html", "no article text")


def test_undecodable_input(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Les élèves sont partis à Genève avec leurs professeurs.".encode("cp1252"))
    result = invoke(runner, "clean", str(path), "--encoding", "utf-8", "--raw")
    assert result.exit_code == 1
    assert_one_error_line(result, "latin.txt", "--encoding")


def test_too_large(runner: CliRunner) -> None:
    result = invoke(runner, "clean", str(HTML), "--max-bytes", "100")
    assert result.exit_code == 1
    assert_one_error_line(result, "harbour-bridge.html", "--max-bytes")


def test_text_too_long_to_analyse_is_refused_but_still_cleans(runner: CliRunner, tmp_path: Path) -> None:
    from newscli.runners.pipeline import MAX_ANALYSIS_CHARS

    paragraph = "The harbour board met on Tuesday and approved the new ferry timetable for the winter. "
    book = tmp_path / "book.txt"
    book.write_text((paragraph * 10 + "\n\n") * (MAX_ANALYSIS_CHARS // (len(paragraph) * 10) + 2))
    result = invoke(runner, "entities", str(book), str(TEXT), "--raw", "-f", "jsonl")
    assert result.exit_code == 1
    assert_one_error_line(result, "book.txt", "split it")
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(TEXT)]
    assert invoke(runner, "clean", str(book), "--raw").exit_code == 0


def test_batch_goes_on_after_a_failure_and_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, "clean", str(tmp_path / "gone.html"), str(HTML), "-f", "jsonl")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1 and FIRST in result.stdout
    assert_one_error_line(result, "gone.html")


@pytest.mark.parametrize(
    "args",
    [["clean", "-f", "table"], ["clean", "-f", "yaml"], ["clean", "--encoding", "klingon"], ["clean", "--bogus"]],
)
def test_usage_errors_exit_2(runner: CliRunner, args: list[str]) -> None:
    result = invoke(runner, *args, str(HTML))
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr


def test_no_input_at_a_terminal_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(cli.run.sys, "stdin", Terminal())
    with pytest.raises(UsageError, match=r"pipe .*\| newscli quotes\)"):
        cli.run._input_paths(None, "quotes")


def test_debug_shows_the_traceback(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, "clean", str(tmp_path / "gone.html"), "--debug")
    assert result.exit_code == 1
    assert result.exception is not None


# ---- --output-dir ------------------------------------------------------------------------------------


def test_output_dir_writes_one_file_per_input(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    gz = tmp_path / "story.html.gz"
    gz.write_bytes(gzip.compress(HTML.read_bytes()))
    result = invoke(runner, "clean", str(HTML), str(gz), "--output-dir", str(out))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["harbour-bridge.txt", "story.txt"]
    assert FIRST in (out / "story.txt").read_text()
    assert result.stdout == ""


def test_output_files_get_the_usual_permissions_and_jsonl_writes_json(runner: CliRunner, tmp_path: Path) -> None:
    import os
    import stat

    out = tmp_path / "out"
    old = os.umask(0o022)
    try:
        result = invoke(runner, "clean", str(HTML), "-f", "jsonl", "--output-dir", str(out))
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.stderr
    (written,) = out.iterdir()
    assert written.name == "harbour-bridge.json"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
    assert json.loads(written.read_text())["id"] == str(HTML)


def test_output_dir_never_overwrites_an_input(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    original = TEXT.read_text()
    source.write_text(original)
    result = invoke(runner, "clean", str(source), "--output-dir", str(tmp_path))
    assert result.exit_code == 2  # the output plan refuses it before any work
    assert "overwrite" in result.stderr
    assert source.read_text() == original
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"]  # no temporary file left behind


def test_output_dir_json_and_name_clashes(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for sub in ("a", "b"):
        (tmp_path / sub / "page.html").write_bytes(HTML.read_bytes())
    out = tmp_path / "out"
    result = invoke(runner, "clean", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(out), "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["page-2.json", "page.json"]
    assert json.loads((out / "page.json").read_text())["schema"] == "newscli/1"


def test_an_unexpected_bug_is_one_line_not_a_traceback(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    from newscli import output as render

    def broken(self: object, report: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(render.Writer, "_write_text", broken)
    result = invoke(runner, "clean", str(HTML))
    assert result.exit_code == 1
    assert_one_error_line(result, "internal error", "RuntimeError: boom", "--debug")


def test_global_options_may_come_before_the_command(runner: CliRunner, tmp_path: Path) -> None:
    german = PAGES / "german-article.txt"
    loud = invoke(runner, "summarize", str(german), "-f", "tsv")
    assert "warning" in loud.stderr
    quiet = invoke(runner, "-q", "summarize", str(german), "-f", "tsv")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    missing = invoke(runner, "--model", "no_such_model_xyz", "entities", str(TEXT), "-f", "tsv")
    assert missing.exit_code == 1 and "no_such_model_xyz" in missing.stderr
    again = invoke(runner, "summarize", str(german), "-f", "tsv")  # globals do not stick between runs
    assert "warning" in again.stderr
