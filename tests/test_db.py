"""--db: reports into SQLite tables with full-text search; re-runs, interruptions, the CLI."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscli import cli
from newscli.errors import UsageError
from newscli.models import Article, Conversion, Entity, Figure, Mention, Quote, Report
from newscli.output import db as dbmodule
from newscli.output.db import SCHEMA_VERSION, Database

TEXT = (
    "The harbour board approved a $12 million plan to dredge the eastern channel. "
    "\u201cShips have waited too long for deeper water,\u201d said Maria Lopez, the board's chair. "
    "Tom Reyes of the pilots' union said the work was overdue."
)


def at(text: str, start: int = 0) -> tuple[int, int]:
    begin = TEXT.index(text, start)
    return begin, begin + len(text)


def report(article_id: str = "harbour", text: str = TEXT, **sections: object) -> Report:
    """A report as the pipeline makes it, written by hand: offsets point into TEXT."""
    money = Figure(
        kind="money",
        text="$12 million",
        start=at("$12 million")[0],
        end=at("$12 million")[1],
        value=12e6,
        unit="USD",
        measures="dredging plan",
        sentence=TEXT.split(". ")[0],
        converted=Conversion(text="11 million euros", value=11e6, unit="EUR"),
    )
    lopez = Entity(
        name="Maria Lopez",
        type="person",
        aliases=("Lopez",),
        role="chair",
        count=1,
        mentions=(Mention(*at("Maria Lopez"), "Maria Lopez"),),
    )
    union = Entity(name="Tom Reyes", type="person", count=1, mentions=(Mention(*at("Tom Reyes"), "Tom Reyes"),))
    ships = "Ships have waited too long for deeper water,"
    quotes = (
        Quote(
            text=ships,
            start=at(ships)[0],
            end=at(ships)[1],
            speaker="Maria Lopez",
            speaker_mention="Maria Lopez",
            cue="said",
            attribution="cue",
        ),
        Quote(
            text="the work was overdue",
            start=at("the work")[0],
            end=at("overdue")[1],
            speaker="Reyes",
            speaker_mention="Tom Reyes",
            cue="said",
            kind="indirect",
            attribution="cue",
        ),
        Quote(
            text="overdue",
            start=at("overdue")[0],
            end=at("overdue")[1],
            speaker=None,
            speaker_mention=None,
            cue=None,
            kind="partial",
        ),
    )
    defaults: dict[str, object] = {
        "summary": (TEXT.split(". ")[0] + ".",),
        "figures": (money,),
        "entities": (lopez, union),
        "quotes": quotes,
    }
    defaults.update(sections)
    article = Article(
        text=text,
        title="Harbour plan approved",
        published="2024-03-05",
        authors=("Jo Park",),
        publisher="Port Ellery Gazette",
        language="en",
        url=f"https://news.example/{article_id}",
    )
    return Report(
        id=article_id, source="crawl.warc.gz", encoding="utf-8", article=article, extra={"section": "Local"}, **defaults
    )  # type: ignore[arg-type]


def rows(path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, args).fetchall()


def assert_consistent(path: Path) -> None:
    """SQLite's own checks, the foreign keys, and both FTS indexes against their tables."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for fts in ("articles_fts", "quotes_fts"):
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")  # raises when out of step
    finally:
        conn.close()


def write(path: Path, *reports: Report) -> None:
    with Database(path) as db:
        for item in reports:
            db.add(item)


def test_every_table_is_filled_and_linked(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    write(path, report())
    assert_consistent(path)
    assert rows(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    (article,) = rows(path, "SELECT id, url, source, title, authors, summary, extra FROM articles")
    assert article[:4] == ("harbour", "https://news.example/harbour", "crawl.warc.gz", "Harbour plan approved")
    assert json.loads(str(article[4])) == ["Jo Park"] and json.loads(str(article[6])) == {"section": "Local"}
    assert rows(path, "SELECT rank, kind, value, unit, converted_unit FROM figures") == [
        (1, "money", 12e6, "USD", "EUR")
    ]
    assert rows(
        path,
        "SELECT e.name, m.text, m.start_char FROM mentions m JOIN entities e ON e.id = m.entity_id ORDER BY e.rank",
    ) == [("Maria Lopez", "Maria Lopez", at("Maria Lopez")[0]), ("Tom Reyes", "Tom Reyes", at("Tom Reyes")[0])]
    # a quote points at its speaker's entity: by name, or by the one entity with that alias ("Reyes" is none's)
    linked = rows(
        path,
        "SELECT q.kind, e.name FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id ORDER BY q.start_char",
    )
    assert linked == [("direct", "Maria Lopez"), ("indirect", None), ("partial", None)]


def test_a_speaker_named_by_an_alias_links_only_when_one_entity_has_it(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    base = report()
    lopez, reyes = base.entities or ()
    by_alias = replace(base, quotes=(replace((base.quotes or ())[0], speaker="Lopez"),))
    write(path, by_alias)
    assert rows(path, "SELECT e.name FROM quotes q JOIN entities e ON e.id = q.speaker_entity_id") == [("Maria Lopez",)]
    shared = replace(by_alias, entities=(lopez, replace(reyes, name="Ana Lopez", aliases=("Lopez",))))
    write(path, shared)
    assert rows(path, "SELECT speaker, speaker_entity_id FROM quotes") == [("Lopez", None)]


def test_full_text_search_finds_articles_and_quotes(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    write(
        path,
        report(),
        report(
            "ferry", text="The island ferry will run every forty minutes from May.", figures=(), entities=(), quotes=()
        ),
    )
    found = rows(
        path,
        "SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        "WHERE articles_fts MATCH 'dredging' ORDER BY rank",
    )
    assert found == [("harbour",)]  # porter stemming: 'dredging' finds 'dredge'
    said = rows(
        path, "SELECT q.speaker FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid WHERE quotes_fts MATCH 'ship'"
    )
    assert said == [("Maria Lopez",)]
    assert rows(path, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'speaker:lopez'") == [(1,)]


def test_rerunning_upserts_without_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    write(path, report(), report("ferry"))
    write(path, report(), report("ferry"))
    counts = [
        rows(path, f"SELECT count(*) FROM {t}")[0][0]
        for t in ("articles", "figures", "entities", "mentions", "quotes", "articles_fts", "quotes_fts")
    ]
    assert counts == [2, 2, 4, 4, 6, 2, 6]
    retitled = replace(report(), article=replace(report().article, title="Dredging plan approved"))
    write(path, replace(retitled, quotes=(), figures=None, entities=None, summary=None))
    assert rows(path, "SELECT title FROM articles WHERE id = 'harbour'") == [("Dredging plan approved",)]
    assert rows(path, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'title:dredging'") == [(1,)]
    # what this run computed (quotes: none) replaced; what it did not compute (figures, summary) kept
    assert rows(path, "SELECT count(*) FROM quotes WHERE article_id = 'harbour'") == [(0,)]
    assert rows(path, "SELECT count(*) FROM figures WHERE article_id = 'harbour'") == [(1,)]
    assert rows(path, "SELECT summary IS NOT NULL FROM articles WHERE id = 'harbour'") == [(1,)]
    assert_consistent(path)


def test_a_changed_text_drops_the_analysis_that_pointed_into_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    write(path, report())
    cleaned_again = report(
        text=TEXT + " The work starts in June.", figures=None, entities=None, quotes=None, summary=None
    )
    write(path, cleaned_again)
    assert [rows(path, f"SELECT count(*) FROM {t}")[0][0] for t in ("figures", "entities", "quotes")] == [0, 0, 0]
    assert rows(path, "SELECT summary FROM articles") == [(None,)]
    assert_consistent(path)


def test_a_failure_inside_an_article_leaves_no_part_of_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "news.db"
    write(path, report("harbour"))

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(dbmodule, "_insert_quotes", interrupted)
    with pytest.raises(KeyboardInterrupt), Database(path) as db:
        db.add(report("ferry"))  # new: the article row and its figures were written before the quotes failed
    monkeypatch.undo()
    assert rows(path, "SELECT id FROM articles") == [("harbour",)]
    assert rows(path, "SELECT DISTINCT article_id FROM figures") == [("harbour",)]
    assert_consistent(path)


WRITER = """
import sys
sys.path[:0] = [{root!r}, {tests!r}]
from test_db import report
from newscli.output.db import Database
with Database(sys.argv[1]) as db:
    for n in range(1_000_000):
        db.add(report(f"story-{{n}}"))
"""


def test_a_killed_run_leaves_whole_articles_only(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    tests = Path(__file__).resolve().parent
    script = WRITER.format(root=str(tests.parent), tests=str(tests))
    proc = subprocess.Popen([sys.executable, "-c", script, str(path)], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        committed = 0
        while committed < 3 * dbmodule.COMMIT_EVERY and time.monotonic() < deadline:
            time.sleep(0.2)
            try:
                committed = rows(path, "SELECT count(*) FROM articles")[0][0]  # type: ignore[assignment]
            except sqlite3.OperationalError:  # not created yet, or locked by a commit
                continue
        proc.send_signal(signal.SIGKILL)  # mid-batch: the writer never stops between articles
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
    assert_consistent(path)
    articles = rows(path, "SELECT count(*) FROM articles")[0][0]
    assert isinstance(articles, int) and articles >= 3 * dbmodule.COMMIT_EVERY
    per_article = rows(
        path,
        "SELECT (SELECT count(*) FROM figures f WHERE f.article_id = a.id), "
        "(SELECT count(*) FROM entities e WHERE e.article_id = a.id), "
        "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id), "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) FROM articles a",
    )
    assert set(per_article) == {(1, 2, 2, 3)}
    assert rows(path, "SELECT count(*) FROM quotes_fts")[0][0] == 3 * articles


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_the_cli_stopped_mid_run_leaves_a_consistent_database(tmp_path: Path, sig: signal.Signals) -> None:
    stories = tmp_path / "stories.jsonl"
    with stories.open("w") as fh:
        for n in range(5000):
            text = f"Story {n}. The island ferry will run every forty minutes from May, the operator said on Thursday."
            fh.write(json.dumps({"id": f"story-{n}", "text": text, "section": "Local"}) + "\n")
    path = tmp_path / "news.db"
    proc = subprocess.Popen([sys.executable, "-m", "newscli", "clean", str(stories), "--db", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        deadline, seen = time.monotonic() + 60, 0
        while seen == 0 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
            try:
                seen = rows(path, "SELECT count(*) FROM articles")[0][0]  # type: ignore[assignment]
            except sqlite3.OperationalError:
                continue
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == (-signal.SIGKILL if sig == signal.SIGKILL else 130), err
    assert out == b""
    assert_consistent(path)
    saved = rows(path, "SELECT count(*) FROM articles")[0][0]
    assert isinstance(saved, int) and seen <= saved < 5000
    # SIGINT: the articles done before it are all kept; none is half there (every row has its text indexed)
    assert rows(path, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'ferry'") == [(saved,)]


def test_a_newer_schema_or_foreign_tables_are_refused(tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(UsageError, match="newer newscli"):
        Database(newer)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE articles (headline TEXT)")
    with pytest.raises(UsageError, match="tables newscli did not make"):
        Database(other)
    notdb = tmp_path / "notes.db"
    notdb.write_text("not a database, just notes " * 100)
    with pytest.raises(UsageError, match="choose another file"):
        Database(notdb)


PAGE = (
    "<!DOCTYPE html><html><head><title>Ferry timetable changes</title></head><body><article>"
    "<h1>Ferry timetable changes</h1><p>The island ferry will run every forty minutes from May, the operator said.</p>"
    "<p>Passengers from Kirkholm said the change would cut their journeys to the mainland by a quarter.</p>"
    "</article></body></html>"
)


def test_cli_db_keeps_stdout_empty_unless_a_format_is_named(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(PAGE)
    path = tmp_path / "news.db"
    quiet = CliRunner().invoke(cli.app, ["clean", str(page), "--db", str(path)])
    assert quiet.exit_code == 0, quiet.stderr
    assert quiet.stdout == "" and quiet.stderr == ""
    both = CliRunner().invoke(cli.app, ["clean", str(page), "--db", str(path), "-f", "jsonl", "-v"])
    assert json.loads(both.stdout)["id"] == str(page)
    assert f"1 article written to {path}" in both.stderr
    assert rows(path, "SELECT id, title FROM articles") == [(str(page), "Ferry timetable changes")]


def test_cli_db_that_cannot_be_opened_is_a_usage_error(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(PAGE)
    result = CliRunner().invoke(cli.app, ["clean", str(page), "--db", str(tmp_path / "no-such-dir" / "news.db")])
    assert result.exit_code == 2 and result.stderr.startswith("newscli: error: cannot open --db")


@pytest.mark.model
def test_cli_analyze_an_archive_twice_leaves_one_row_per_article(tmp_path: Path) -> None:
    from test_warc import crawl

    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(crawl().bytes())
    path = tmp_path / "news.db"
    for _ in range(2):
        result = CliRunner().invoke(cli.app, ["analyze", str(archive), "--db", str(path)])
        assert result.exit_code == 0, result.stderr
        assert result.stdout == ""
    assert rows(path, "SELECT count(*), count(DISTINCT id) FROM articles") == [(2, 2)]
    found = rows(
        path,
        "SELECT a.url FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        "WHERE articles_fts MATCH 'channel'",
    )
    assert found == [("https://news.example/harbour",)]
    assert rows(
        path,
        "SELECT q.speaker, e.name FROM quotes q JOIN entities e ON e.id = q.speaker_entity_id "
        "WHERE q.text LIKE 'Ships%'",
    ) == [("Maria Lopez", "Maria Lopez")]
    assert_consistent(path)
