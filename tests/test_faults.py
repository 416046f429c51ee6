"""The faults a newcomer found in an afternoon (#11), one or more tests each, run in this process.

The ones that need a real process (signals, a closed stdout, a terminal) are in test_faults_process.py.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import socket
import sys
import threading
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from newscli import cli
from newscli.errors import NewscliError
from newscli.inputs import InputOptions, expand_paths, iter_documents
from newscli.models import Article, Document, Entity, Figure, Mention, Report
from newscli.output import Writer
from newscli.output.tables import draw_tables, entities_table, figures_table

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
HTML = SAMPLES / "harbour-bridge.html"
TEXT = SAMPLES / "harbour-bridge.txt"
FIRST = "Port Alder's city council voted 7-2 on Tuesday night"
STORY = (
    "The ferry from Port Alder resumed service on Wednesday after a two-week strike ended.\n\n"
    "Union leaders said the new contract raises wages by 4 percent over two years."
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, *args: str, input: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(cli.app, list(args), input=input)


def one_error_line(result) -> str:  # type: ignore[no-untyped-def]
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newscli: error: ") and "Traceback" not in result.stderr
    assert "internal error" not in lines[0]
    return str(lines[0])


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ---- 1: --output-dir never replaces an input of the run ------------------------------------------------


def test_output_dir_equal_to_the_input_folder_never_replaces_a_sibling_input(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "alpha.html").write_bytes(HTML.read_bytes())
    (folder / "story.html").write_bytes(HTML.read_bytes())
    (folder / "story.txt").write_bytes(TEXT.read_bytes())
    before = snapshot(folder)
    result = invoke(runner, "clean", str(folder), "--output-dir", str(folder))
    assert result.exit_code == 2
    line = one_error_line(result)
    assert "story.txt" in line and "story.html" in line and "overwrite" in line
    assert snapshot(folder) == before  # nothing written at all, not even alpha.txt: checked before any work
    assert result.stdout == ""


def test_output_dir_never_replaces_an_input_from_another_folder(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.html").write_bytes(HTML.read_bytes())
    (tmp_path / "b" / "story.txt").write_bytes(TEXT.read_bytes())
    before = snapshot(tmp_path)
    result = invoke(runner, "clean", str(tmp_path / "a" / "story.html"), str(tmp_path / "b" / "story.txt"),
                    "--output-dir", str(tmp_path / "b"))  # fmt: skip
    assert result.exit_code == 2
    assert "overwrite" in one_error_line(result)
    assert snapshot(tmp_path) == before


def test_inputs_are_compared_resolved_and_by_hard_link(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    notes = tmp_path / "in" / "notes.txt"
    notes.write_bytes(TEXT.read_bytes())
    os.link(notes, tmp_path / "out" / "story.txt")  # the output name is another name of an input
    (tmp_path / "in" / "story.html").write_bytes(HTML.read_bytes())
    os.symlink(tmp_path / "out", tmp_path / "link")
    before = snapshot(tmp_path / "in")
    result = invoke(runner, "clean", str(tmp_path / "in" / "story.html"), str(notes), "-o", str(tmp_path / "link"))
    assert result.exit_code == 2
    assert "overwrite" in one_error_line(result)
    assert snapshot(tmp_path / "in") == before and (tmp_path / "out" / "story.txt").read_bytes() == TEXT.read_bytes()


def test_distinct_names_step_over_inputs_and_other_outputs(runner: CliRunner, tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "page.html").write_bytes(HTML.read_bytes())
    notes = tmp_path / "notes.txt"
    notes.write_text(STORY)
    out = tmp_path / "out"
    out.mkdir()
    os.link(notes, out / "page-2.txt")  # the name the second page would get is an input of the run
    result = invoke(runner, "clean", str(tmp_path / "a"), str(tmp_path / "b"), str(notes), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt", "page-2.txt", "page-3.txt", "page.txt"]
    assert notes.read_text() == STORY and (out / "page-2.txt").read_text() == STORY
    assert FIRST in (out / "page-3.txt").read_text()


def test_a_record_named_like_an_input_gets_a_distinct_name(runner: CliRunner, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(STORY)
    out = tmp_path / "out"
    out.mkdir()
    os.link(notes, out / "story.txt")
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps({"id": rid, "text": STORY.upper()}) + "\n" for rid in ("story", "notes")))
    result = invoke(runner, "clean", "--raw", str(batch), str(notes), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert notes.read_text() == STORY and (out / "story.txt").read_text() == STORY
    assert (out / "story-2.txt").read_text().startswith("THE FERRY")  # a record: named as it comes
    assert (out / "notes-2.txt").read_text().startswith("THE FERRY")  # notes.txt was planned for the file
    assert (out / "notes.txt").read_text() == STORY + "\n"


# ---- 3: every OS error on output is one line naming the path and the cause --------------------------


@pytest.mark.parametrize(
    ("code", "cause"), [(errno.EACCES, "Permission denied"), (errno.EROFS, "Read-only file system")]
)
def test_an_output_dir_that_cannot_be_written_is_one_line_before_any_work(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, cause: str
) -> None:
    import tempfile

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    out = tmp_path / "out"
    out.mkdir()
    result = invoke(runner, "clean", str(HTML), str(TEXT), "-o", str(out))
    assert result.exit_code == 1
    line = one_error_line(result)
    assert str(out) in line and cause in line


def test_a_full_disk_stops_the_run_with_one_line(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newscli.output import files

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def fdopen(fd: int, *args: object, **kwargs: object) -> object:
        os.close(fd)
        return Full()

    monkeypatch.setattr(files.os, "fdopen", fdopen)
    out = tmp_path / "out"
    result = invoke(runner, "clean", str(HTML), str(TEXT), "-o", str(out))
    assert result.exit_code == 1
    line = one_error_line(result)  # one line, not one per input
    assert str(out / "harbour-bridge.txt") in line and "No space left on device" in line
    assert list(out.iterdir()) == []  # no temporary file left behind


# ---- 4: only regular files from folders; FIFOs and devices named directly -----------------------------


def test_folders_give_only_regular_files(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>a</p>")
    os.mkfifo(tmp_path / "b.html")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "c.txt"))
        os.symlink(tmp_path / "gone.txt", tmp_path / "d.txt")  # dangling
        os.symlink(tmp_path / "a.html", tmp_path / "e.htm")  # a link to a regular file is read
        found = [Path(str(p)).name for p in expand_paths([str(tmp_path)])]
    assert found == ["a.html", "e.htm"]


def _read_in_thread(paths: list[str], timeout: float = 30.0) -> list[Document | NewscliError]:
    result: list[Document | NewscliError] = []
    thread = threading.Thread(target=lambda: result.extend(iter_documents(paths, InputOptions())), daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "reading blocked"
    return result


def test_a_fifo_named_directly_is_read_when_written_and_refused_when_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newscli import inputs

    monkeypatch.setattr(inputs, "FIFO_WAIT_SECONDS", 0.5, raising=False)
    silent = tmp_path / "silent.txt"
    os.mkfifo(silent)
    try:
        (err,) = _read_in_thread([str(silent)])
    finally:  # before the fix open() blocks for ever: give it a writer so the thread ends
        fd = os.open(silent, os.O_WRONLY | os.O_NONBLOCK) if _has_reader(silent) else -1
        if fd >= 0:
            os.close(fd)
    assert isinstance(err, NewscliError)
    assert "named pipe" in str(err) and "silent.txt" in str(err)

    talking = tmp_path / "talking.txt"
    os.mkfifo(talking)

    def write() -> None:
        with open(talking, "w") as handle:
            handle.write(STORY)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    (doc,) = _read_in_thread([str(talking)])
    writer.join(30)
    assert isinstance(doc, Document) and doc.content == STORY


def _has_reader(fifo: Path) -> bool:
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_named_directly_is_refused_in_one_line(runner: CliRunner) -> None:
    result = invoke(runner, "clean", "/dev/zero")
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "/dev/zero" in line and "not a regular file" in line


# ---- 6: --encoding wins over sniffing; stray NULs ------------------------------------------------------


def test_forced_utf16_without_a_bom_is_read(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode("utf-16-le"))
    result = invoke(runner, "clean", str(path), "--raw", "--encoding", "utf-16-le", "-f", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["text"] == STORY and record["encoding"] == "utf-16-le"
    hint = invoke(runner, "clean", str(path), "--raw")
    assert hint.exit_code == 1 and "--encoding utf-16-le" in one_error_line(hint)


def test_stray_nul_bytes_are_dropped_with_a_warning(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    body = (STORY + "\n\n") * 30
    path.write_bytes(body[:1000].encode() + b"\x00" + body[1000:].encode())
    result = invoke(runner, "clean", str(path), "--raw", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["text"] == body
    assert "warning" in result.stderr and "NUL" in result.stderr
    forced = invoke(runner, "clean", str(path), "--encoding", "utf-8", "-f", "json")  # HTML/text cleaning too
    assert forced.exit_code == 0, forced.stderr
    assert "\x00" not in json.loads(forced.stdout)["text"] and "NUL" in forced.stderr


def test_mostly_nul_data_is_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01\x02\x00" * 500)
    (err,) = iter_documents([str(path)], InputOptions())
    assert isinstance(err, NewscliError) and "binary" in str(err)


# ---- 7: messages ------------------------------------------------------------------------------------------


def test_bare_newscli_prints_the_usage_summary_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["newscli"])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("Usage: ") and "newscli: error" not in err
    assert "Commands" in err and len(err.splitlines()) > 5


def test_jsonl_errors_read_well_and_empty_records_name_their_line(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_bytes(b'{"id": "a", "text": "tab\there"}\n{"id": "b", "text": "  "}\n')
    bad, empty = iter_documents([str(batch)], InputOptions())
    assert isinstance(bad, NewscliError) and isinstance(empty, NewscliError)
    assert "at at" not in str(bad) and "Invalid control character at column" in str(bad)
    assert str(bad).startswith(f"{batch}:1: ")
    assert str(empty).startswith(f"{batch}:2: ") and "'b'" in str(empty)


# ---- 8: what a terminal shows ---------------------------------------------------------------------------


def test_analyze_at_a_terminal_draws_tables(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    from newscli.cli import run

    monkeypatch.setattr(run, "stdout_is_terminal", lambda: True, raising=False)
    result = invoke(runner, "analyze", str(TEXT), "--raw")
    assert result.exit_code == 0, result.stderr
    assert not result.stdout.lstrip().startswith("{") and "Entities" in result.stdout
    monkeypatch.setattr(run, "stdout_is_terminal", lambda: False, raising=False)
    piped = invoke(runner, "analyze", str(TEXT), "--raw")
    assert json.loads(piped.stdout.splitlines()[0])["schema"] == "newscli/1"


def _figure(text: str, value: float, kind: str = "count", unit: str = "", measures: str | None = None) -> Figure:
    sentence = f"Officials counted {text} on the day."
    return Figure(kind=kind, text=text, start=18, end=18 + len(text), value=value, unit=unit,  # type: ignore[arg-type]
                  measures=measures, sentence=sentence)  # fmt: skip


def _report(source: str = "pages/harbour.html", **fields: object) -> Report:
    base: dict[str, object] = {"id": source, "source": source, "encoding": "utf-8",
                               "article": Article(text=STORY, title="Ferries run again")}  # fmt: skip
    base.update(fields)
    return Report(**base)  # type: ignore[arg-type]


def _draw(report: Report, sections: tuple[str, ...], width: int = 100, show_all: bool = False) -> str:
    out = io.StringIO()
    draw_tables(report, sections, Console(file=out, width=width, color_system=None), show_all=show_all)  # type: ignore[arg-type]
    return out.getvalue()


def test_tables_say_how_many_items_all_would_add() -> None:
    money = [_figure(f"${n} million", n * 1e6, "money", "USD", "the budget") for n in range(1, 4)]
    counts = [_figure(str(n), float(n), measures="boats") for n in range(5, 17)]
    text = _draw(_report(figures=(*money, *counts)), ("figures",))
    assert "3 of 15 figures" in text and "--all" in text and "12 more" in text
    assert "more" not in _draw(_report(figures=(*money, *counts)), ("figures",), show_all=True)


def test_no_key_figures_is_not_no_figures() -> None:
    counts = tuple(_figure(str(n), float(n), measures="boats") for n in range(5, 155))
    text = _draw(_report(figures=counts), ("figures",))
    assert "No figures found" not in text
    assert "150" in text and "--all" in text
    assert "No figures found" in _draw(_report(figures=()), ("figures",))


ENTITIES = (
    Entity("Maritime Self-Defense Force", "organization", ("MSDF", "Self-Defense Forces"), None, 3,
           (Mention(0, 4, "MSDF"),)),
    Entity("Taro Kono", "person", ("Kono", "Foreign Minister Kono"), "Foreign Minister", 2, ()),
    Entity("Port Authority of Standardisation", "organization", ("Standardisation Authority",),
           "regulator of allocations", 1, ()),
)  # fmt: skip


def _words_whole(rendered: str, cells: list[str]) -> list[str]:
    tokens = set(rendered.replace("│", " ").replace("┃", " ").replace(",", " ").split())
    return [word for cell in cells for word in cell.replace(",", " ").split() if word not in tokens]


@pytest.mark.parametrize("width", [50, 60, 80])
def test_narrow_entity_tables_drop_columns_and_never_cut_a_word(width: int) -> None:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None).print(entities_table(ENTITIES))
    text = out.getvalue()
    assert max(len(line) for line in text.splitlines()) <= width
    header = next(line for line in text.splitlines() if "Name" in line)
    headers = header.replace("┃", " ").split()
    assert all(h in ("Name", "Type", "Role", "Mentions", "Aliases") for h in headers), headers  # none cut
    shown = (
        [e.name for e in ENTITIES]
        + ([r for e in ENTITIES for r in (e.role or "",)] if "Role" in headers else [])
        + ([", ".join(e.aliases) for e in ENTITIES] if "Aliases" in headers else [])
    )
    assert _words_whole(text, shown) == []
    if width < 80:
        assert "Aliases" not in headers  # fewer columns, not cut ones


@pytest.mark.parametrize("width", [50, 60, 80])
def test_narrow_figure_tables_never_cut_a_word(width: int) -> None:
    figure = _figure("48.5 million euros", 48.5e6, "money", "EUR", "defence spending allocation")
    out = io.StringIO()
    Console(file=out, width=width, color_system=None).print(figures_table([figure]))
    text = out.getvalue()
    assert max(len(line) for line in text.splitlines()) <= width
    headers = next(line for line in text.splitlines() if "Figure" in line).replace("┃", " ").split()
    assert all(h in ("Figure", "Value", "Measures", "Context") for h in headers), headers
    cells = ["48.5 million euros"] + (["defence spending allocation"] if "Measures" in headers else [])
    assert _words_whole(text, cells) == []


def test_each_table_block_names_its_source() -> None:
    one = _draw(_report("pages/a.html"), ("summary",))
    two = _draw(_report("pages/b.html"), ("summary",))
    assert "pages/a.html" in one and "pages/b.html" in two


def _json_values(text: str) -> list[object]:
    decoder, values, at = json.JSONDecoder(), [], 0
    while at < len(text.rstrip()):
        while text[at].isspace():
            at += 1
        value, at = decoder.raw_decode(text, at)
        values.append(value)
    return values


def test_json_is_one_object_per_input_for_one_input_or_many(runner: CliRunner) -> None:
    one = invoke(runner, "clean", str(HTML), "-f", "json")
    two = invoke(runner, "clean", str(HTML), str(TEXT), "-f", "json")
    assert [type(v) for v in _json_values(one.stdout)] == [dict]
    values = _json_values(two.stdout)
    assert [type(v) for v in values] == [dict, dict]
    assert [v["source"] for v in values] == [str(HTML), str(TEXT)]  # type: ignore[index]


def test_analyze_csv_is_one_row_per_item_with_real_numbers() -> None:
    report = _report(
        summary=(STORY.split("\n")[0],),
        figures=(_figure("$4.2 million", 4.2e6, "money", "USD", "the budget"),),
        entities=ENTITIES[:1],
        quotes=(),
    )
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        out = io.StringIO()
        writer = Writer(fmt=fmt, out=out, sections=("summary", "figures", "entities", "quotes"))  # type: ignore[arg-type]
        writer.write(report)
        writer.close()
        rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter=delimiter))
        assert list(rows[0])[:3] == ["source", "id", "item"]
        assert [row["item"] for row in rows] == ["summary", "figure", "entity"]
        figure = rows[1]
        assert float(figure["value"]) == 4.2e6 and figure["unit"] == "USD" and figure["text"] == "$4.2 million"
        assert int(rows[2]["count"]) == 3 and rows[2]["name"] == "Maritime Self-Defense Force"
        assert not any(cell.startswith("{") for row in rows for cell in row.values())
