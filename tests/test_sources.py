"""newscli sources: one row per real-world person or organisation across a corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscli import cli
from newscli.corpus import ArticleFacts, Corpus, EntityFacts, QuoteFacts
from newscli.corpus.aliases import read_aliases
from newscli.corpus.names import name_key
from newscli.errors import UsageError


def _article(aid: str, date: str, publisher: str, entities: list[EntityFacts], quotes: list[tuple[str, str]]
             ) -> ArticleFacts:  # fmt: skip
    return ArticleFacts(aid, publisher, date, tuple(entities), tuple(QuoteFacts(s, t) for s, t in quotes))


KEIR = EntityFacts("Keir Starmer", "person", ("Starmer", "Sir Keir"), "Prime Minister", 3)
VICTORIA = EntityFacts("Victoria Starmer", "person", ("Lady Starmer",), None, 2)
HOUSING = EntityFacts("Housing Trust", "organization", (), None, 1)

CORPUS = [
    _article("a1", "2025-03-04", "Harbour Ledger", [KEIR, HOUSING], [("Keir Starmer", "We will build.")]),
    _article("a2", "2025-04-11T09:00", "Harbour Ledger", [KEIR], [("Keir Starmer", "Buses deserve better.")]),
    _article("a3", "2025-04-20", "Evening Courier", [VICTORIA, EntityFacts("Starmer", "person", (), None, 1)],
             [("Victoria Starmer", "The nurses work miracles.")]),
]  # fmt: skip


def test_name_keys_fold_spellings_honorifics_and_transliterations_but_keep_first_names() -> None:
    person = lambda name: name_key(name, "person")  # noqa: E731
    assert person("Volodymyr Zelensky") == person("Volodymyr Zelenskyy") == person("Volodymyr Zelenskiy")
    assert person("Sir Keir Starmer") == person("Keir Starmer") == person("Mr Keir Starmer's")
    assert person("Recep Tayyip Erdoğan") == person("Recep Tayyip Erdogan")
    assert person("Keir Starmer") != person("Victoria Starmer")
    assert name_key("The Labour Party", "organization") == name_key("Labour", "organization")


def test_people_sharing_a_surname_stay_apart_and_a_bare_surname_joins_nobody() -> None:
    rows = {r.name: r for r in Corpus().add_all(CORPUS).rows()}
    keir, victoria = rows["Keir Starmer"], rows["Victoria Starmer"]
    assert (keir.articles, keir.quotes, keir.mentions) == (2, 2, 6)
    assert (victoria.articles, victoria.quotes) == (1, 1)
    assert "Starmer" not in rows  # ambiguous: two Starmers in the corpus
    assert keir.first_seen == "2025-03-04" and keir.last_seen == "2025-04-11"
    assert keir.publishers == (("Harbour Ledger", 2),) and keir.roles == ("Prime Minister",)
    assert "Lady Starmer" in victoria.aliases


def test_a_mononym_is_its_own_row_and_rows_sort_by_quotes_then_articles() -> None:
    singer = EntityFacts("Zendaya", "person", (), "actor", 2)
    corpus = Corpus().add_all([*CORPUS, _article("a4", "2025-05-01", "Screen", [singer], [])])
    names = [r.name for r in corpus.rows()]
    assert "Zendaya" in names
    assert names[:2] == ["Keir Starmer", "Victoria Starmer"]  # 2 quotes, then 1 quote


def test_places_only_when_asked() -> None:
    london = EntityFacts("London", "location", (), None, 1)
    facts = [_article("a", "2025-01-01", "P", [KEIR, london], [])]
    assert "London" not in {r.name for r in Corpus().add_all(facts).rows()}
    everything = Corpus(types=frozenset({"person", "organization", "location"})).add_all(facts)
    assert "London" in {r.name for r in everything.rows()}


def test_alias_file_merges_what_the_corpus_cannot_know(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text("alias,canonical,wikidata\nZelenskyy,Volodymyr Zelensky,Q3881\n# a comment\n", encoding="utf-8")
    aliases = read_aliases(str(path))
    zelensky = EntityFacts("Volodymyr Zelensky", "person", ("Zelensky",), "President", 1)
    bare = EntityFacts("Zelenskyy", "person", (), None, 1)
    corpus = Corpus(aliases=aliases).add_all([
        _article("a", "2024-01-01", "P", [zelensky], [("Volodymyr Zelensky", "x")]),
        _article("b", "2024-01-02", "Q", [bare], [("Zelenskyy", "y")]),
    ])  # fmt: skip
    [row] = corpus.rows()
    assert (row.name, row.articles, row.quotes, row.wikidata) == ("Volodymyr Zelensky", 2, 2, "Q3881")


def test_a_malformed_alias_file_is_a_usage_error_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text("Zelenskyy\n", encoding="utf-8")
    with pytest.raises(UsageError, match="line 1"):
        read_aliases(str(path))


@pytest.mark.parametrize(("by", "groups"), [
    ("publisher", {"Harbour Ledger": 2, "Evening Courier": 0}),
    ("month", {"2025-03": 1, "2025-04": 1}),
    ("week", {"2025-W10": 1, "2025-W15": 1}),
])  # fmt: skip
def test_breakdowns_give_one_row_per_entity_and_group(by: str, groups: dict[str, int]) -> None:
    rows = Corpus(by=by).add_all(CORPUS).rows()
    keir = {r.group: r.quotes for r in rows if r.name == "Keir Starmer"}
    assert keir == {g: n for g, n in groups.items() if n}


def test_quotes_of_one_speaker_come_with_date_publisher_and_article() -> None:
    corpus = Corpus(quotes_of="Keir Starmer").add_all(CORPUS)
    assert [(q.article, q.publisher, q.text) for q in corpus.quotes()] == [
        ("a1", "Harbour Ledger", "We will build."),
        ("a2", "Harbour Ledger", "Buses deserve better."),
    ]
    # a bare surname asks for everyone who carries it; each quote names its speaker
    speakers = {q.speaker for q in Corpus(quotes_of="Starmer").add_all(CORPUS).quotes()}
    assert speakers == {"Keir Starmer", "Victoria Starmer"}


# ---- through the command line, from newscli's own analysed records ------------------------------


def _record(facts: ArticleFacts) -> dict[str, object]:
    return {
        "schema": "newscli/1", "id": facts.id, "publisher": facts.publisher, "published": facts.published,
        "title": None, "text": "(text)",
        "entities": [{"name": e.name, "type": e.type, "aliases": list(e.aliases), "role": e.role, "count": e.mentions,
                      "mentions": []} for e in facts.entities],
        "quotes": [{"text": q.text, "speaker": q.speaker, "kind": "direct"} for q in facts.quotes],
    }  # fmt: skip


@pytest.fixture
def analysed(tmp_path: Path) -> Path:
    path = tmp_path / "analysed.jsonl"
    path.write_text("".join(json.dumps(_record(f)) + "\n" for f in CORPUS), encoding="utf-8")
    return path


def test_analysed_records_are_read_without_analysing_again(analysed: Path) -> None:
    # a model that does not exist would fail any analysis: the records must be read as they are
    result = CliRunner().invoke(cli.app, ["sources", str(analysed), "-f", "tsv", "--model", "no_such_model"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert [r["name"] for r in rows][:2] == ["Keir Starmer", "Victoria Starmer"]
    assert (rows[0]["quotes"], rows[0]["articles"], rows[0]["publishers"]) == ("2", "2", "Harbour Ledger (2)")
    assert list(rows[0]) == ["name", "type", "quotes", "articles", "mentions", "roles", "aliases", "first_seen",
                             "last_seen", "publishers", "wikidata"]  # fmt: skip


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_every_machine_format_carries_every_row(analysed: Path, fmt: str) -> None:
    result = CliRunner().invoke(cli.app, ["sources", str(analysed), "-f", fmt])
    assert result.exit_code == 0, result.stderr
    if fmt == "json":
        document = json.loads(result.stdout)
        assert document["articles"] == 3 and document["sources"][0]["name"] == "Keir Starmer"
        assert document["sources"][0]["publishers"] == [{"publisher": "Harbour Ledger", "articles": 2}]
    elif fmt == "jsonl":
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert {r["name"] for r in records} == {"Keir Starmer", "Victoria Starmer", "Housing Trust"}
    else:
        rows = list(csv.reader(io.StringIO(result.stdout)))
        assert rows[0][0] == "name" and len(rows) == 4


def test_by_month_adds_a_group_column_and_quotes_lists_one_speaker(analysed: Path) -> None:
    result = CliRunner().invoke(cli.app, ["sources", str(analysed), "-f", "tsv", "--by", "month"])
    assert result.stdout.splitlines()[0].startswith("month\tname\t")
    result = CliRunner().invoke(cli.app, ["sources", str(analysed), "-f", "csv", "--quotes", "Keir Starmer"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["text"] for r in rows] == ["We will build.", "Buses deserve better."]
    assert rows[0]["published"] == "2025-03-04" and rows[0]["article"] == "a1"


@pytest.mark.parametrize("width", [60, 100, 160])
def test_the_table_folds_columns_on_narrow_terminals_and_never_cuts_names(
    analysed: Path, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    result = CliRunner().invoke(cli.app, ["sources", str(analysed), "-f", "table"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line) <= width for line in lines)
    assert "Keir Starmer" in result.stdout and "Victoria Starmer" in result.stdout
    assert ("Publishers" in result.stdout) == (width >= 130)
    assert "██████████" in result.stdout  # the most quoted has the full bar


def test_plot_draws_a_chart_or_says_what_is_missing(analysed: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    chart = tmp_path / "quoted.png"
    result = CliRunner().invoke(cli.app, ["sources", str(analysed), "-f", "tsv", "--plot", str(chart)])
    assert result.exit_code == 0, result.stderr
    assert chart.read_bytes()[:4] == b"\x89PNG"
    result = CliRunner().invoke(cli.app, ["sources", str(analysed), "--plot", str(tmp_path / "chart.gif")])
    assert result.exit_code == 2 and ".png or .svg" in result.stderr


def test_plot_without_matplotlib_names_the_extra(analysed: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import builtins

    real_import = builtins.__import__

    def no_matplotlib(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("matplotlib"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    result = CliRunner().invoke(cli.app, ["sources", str(analysed), "--plot", str(tmp_path / "c.png")])
    assert result.exit_code == 2 and "newscli[plot]" in result.stderr


# ---- from raw articles, through the analysis ------------------------------------------------------

STARMER_ARTICLES = [
    {"id": "ledger-1", "publisher": "Harbour Ledger", "date": "2025-03-04",
     "text": "Prime Minister Keir Starmer promised on Tuesday to speed up planning decisions for new homes.\n\n"
             "\"We will not let the system stand in the way of families who need somewhere to live,\" Starmer said "
             "at a building site in Kent.\n\nThe opposition called the plan vague."},
    {"id": "ledger-2", "publisher": "Harbour Ledger", "date": "2025-04-11",
     "text": "Keir Starmer met regional mayors in Manchester on Friday to discuss bus services.\n\n"
             "\"Buses are how most people get to work, and they deserve better,\" Sir Keir told reporters after the "
             "meeting.\n\nThe mayors asked for more money."},
    {"id": "courier-1", "publisher": "Evening Courier", "date": "2025-04-20",
     "text": "Victoria Starmer opened a new children's ward at a hospital in north London on Saturday.\n\n"
             "\"I have met nurses here who give everything to these children,\" Lady Starmer said as she toured the "
             "ward.\n\n"
             "The ward has twenty beds and a playroom."},
]  # fmt: skip


@pytest.mark.model
def test_keir_and_victoria_starmer_from_three_articles(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in STARMER_ARTICLES), encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["sources", str(path), "--raw", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    rows = {r["name"]: r for r in json.loads(result.stdout)["sources"]}
    assert (rows["Keir Starmer"]["articles"], rows["Keir Starmer"]["quotes"]) == (2, 2)
    assert (rows["Victoria Starmer"]["articles"], rows["Victoria Starmer"]["quotes"]) == (1, 1)


# ---- newscli's own database in and out ------------------------------------------------------------


def _database(path: Path) -> Path:
    from newscli.models import Article, Entity, Quote, Report
    from newscli.output.db import Database

    with Database(path) as db:
        for facts in CORPUS:
            entities = tuple(Entity(e.name, e.type, e.aliases, e.role, e.mentions) for e in facts.entities)
            quotes = tuple(Quote(q.text, 0, 1, q.speaker, q.speaker, "said", attribution="cue") for q in facts.quotes)
            article = Article("(text)", publisher=facts.publisher, published=facts.published)
            db.add(Report(facts.id, "corpus.jsonl", "utf-8", article, entities=entities, quotes=quotes))
    return path


def test_a_database_newscli_wrote_is_read_and_the_rows_written_back(tmp_path: Path) -> None:
    import sqlite3

    news = _database(tmp_path / "news.db")
    result = CliRunner().invoke(cli.app, ["sources", str(news), "-f", "tsv", "--model", "no_such_model",
                                          "--db", str(news)])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert [(r["name"], r["quotes"], r["articles"]) for r in rows][:2] == [("Keir Starmer", "2", "2"),
                                                                          ("Victoria Starmer", "1", "1")]  # fmt: skip
    with sqlite3.connect(news) as conn:
        table = conn.execute("SELECT name, quotes, articles, publishers FROM sources ORDER BY quotes DESC").fetchall()
    assert table[0] == ("Keir Starmer", 2, 2, '{"Harbour Ledger": 2}')
    # a second run replaces the table: the aggregate of the last run, never doubled
    CliRunner().invoke(cli.app, ["sources", str(news), "-f", "tsv", "--db", str(news)])
    with sqlite3.connect(news) as conn:
        assert conn.execute("SELECT count(*) FROM sources WHERE name = 'Keir Starmer'").fetchone() == (1,)


def test_a_foreign_sqlite_file_is_one_error_line(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    result = CliRunner().invoke(cli.app, ["sources", str(other), "-f", "tsv"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "not one newscli wrote" in result.stderr


def test_a_source_only_described_is_no_one_to_count() -> None:
    from newscli.corpus import facts_from_record

    record = {
        "schema": "newscli/1", "id": "a1",
        "quotes": [
            {"text": "We were told to keep quiet.", "speaker": "former evening producer", "attribution": "unnamed"},
            {"text": "It is false.", "speaker": "Ruth Okonjo", "attribution": "cue"},
        ],
    }  # fmt: skip
    facts = facts_from_record(record, "a1")
    assert [q.speaker for q in facts.quotes] == ["Ruth Okonjo"]
