"""Rendering: the JSON record, CSV/TSV rows, Rich tables at several widths, streaming JSON."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rich.console import Console

from newscli.models import Article, Conversion, Entity, Figure, Mention, Quote, Report
from newscli.output import Writer, to_record
from newscli.output.tables import draw_tables, format_value

TEXT = 'The port will spend 48.5 million euros [bold]now[/bold]. "It is time," said Mayor Helena Varga.'


def report(**fields: object) -> Report:
    figure = Figure(kind="money", text="48.5 million euros", start=20, end=38, value=48.5e6, unit="EUR",
                    approximate=True, converted=Conversion(text="$52 million", value=52e6, unit="USD"),
                    measures="bridge cost", sentence=TEXT.split(".")[0])  # fmt: skip
    entity = Entity(name="Helena Varga", type="person", aliases=("Varga",), role="Mayor", count=1,
                    mentions=(Mention(83, 95, "Helena Varga"),))  # fmt: skip
    quote = Quote(text="It is time,", start=59, end=70, speaker="Helena Varga", speaker_mention="Mayor Helena Varga",
                  cue="said")  # fmt: skip
    base = {"id": "p1", "source": "p1.html", "encoding": "utf-8",
            "article": Article(text=TEXT, title="Port", authors=("A. Writer",), language="en"),
            "summary": (TEXT,), "figures": (figure,), "entities": (entity,), "quotes": (quote,)}  # fmt: skip
    base.update(fields)
    return Report(**base)  # type: ignore[arg-type]


def test_record_keys_and_values() -> None:
    record = to_record(report())
    assert record["schema"] == "newscli/1"
    assert record["authors"] == ["A. Writer"] and record["published"] is None
    figure = record["figures"][0]
    assert figure["value"] == 48500000 and figure["unit"] == "EUR" and figure["approximate"] is True
    assert figure["converted"] == {"text": "$52 million", "value": 52000000, "unit": "USD"}
    assert record["entities"][0]["mentions"] == [{"start": 83, "end": 95, "text": "Helena Varga"}]
    assert record["quotes"][0]["speaker"] == "Helena Varga"


def test_clean_record_has_no_analysis_keys_and_extra_keys_travel() -> None:
    record = to_record(report(summary=None, figures=None, entities=None, quotes=None, extra={"feed": "x", "text": "y"}))
    assert not {"summary", "figures", "entities", "quotes"} & set(record)
    assert record["feed"] == "x" and record["text"] == TEXT  # our own keys are never overwritten


def test_tsv_is_one_line_per_item_with_source_first() -> None:
    out = io.StringIO()
    writer = Writer(fmt="tsv", out=out, sections=("summary", "figures"))
    writer.write(report(figures=(report().figures[0],) * 2))  # type: ignore[index]
    writer.close()
    lines = out.getvalue().splitlines()
    assert lines[0].split("\t")[:4] == ["source", "id", "kind", "text"]
    assert len(lines) == 3 and all(line.split("\t")[:2] == ["p1.html", "p1"] for line in lines[1:])


def test_csv_quotes_fields_and_analyze_rows_name_their_item() -> None:
    out = io.StringIO()
    writer = Writer(fmt="csv", out=out, sections=("summary", "figures", "entities", "quotes"))
    writer.write(report())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [row["item"] for row in rows] == ["summary", "figure", "entity", "quote"]
    entity = next(r for r in rows if r["item"] == "entity")
    assert (entity["name"], entity["role"], entity["count"]) == ("Helena Varga", "Mayor", "1")
    quote = next(r for r in rows if r["item"] == "quote")
    assert (quote["speaker"], quote["text"], quote["kind"]) == ("Helena Varga", "It is time,", "direct")


def test_json_is_one_object_per_record_however_many() -> None:
    one, many = io.StringIO(), io.StringIO()
    writer = Writer(fmt="json", out=one)
    writer.write(report())
    writer.close()
    assert json.loads(one.getvalue())["id"] == "p1"
    writer = Writer(fmt="json", out=many)
    for rid in ("a", "b", "c"):
        writer.write(report(id=rid))
    writer.close()
    decoder, text, ids, at = json.JSONDecoder(), many.getvalue(), [], 0
    while text[at:].strip():
        record, end = decoder.raw_decode(text, at)
        ids.append(record["id"])
        at = end + 1  # each record ends with a newline
    assert ids == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("value", "unit", "kind", "shown"),
    [
        (5.19e12, "JPY", "money", "5.19 trillion JPY"),
        (7.3e8, "JPY", "money", "730 million JPY"),
        (12.0, "%", "percent", "12%"),
        (20180321, "day", "date", "2018-03-21"),
        (201805, "month", "date", "2018-05"),
        (2023, "year", "date", "2023"),
        (2, "", "count", "2"),
        (1234.5, "km", "quantity", "1,234.5 km"),
        (None, None, "count", "?"),
    ],
)
def test_format_value(value: float | None, unit: str | None, kind: str, shown: str) -> None:
    assert format_value(value, unit, kind) == shown


@pytest.mark.parametrize("width", [40, 80, 120])
def test_tables_render_at_every_width_without_markup(width: int) -> None:
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None)
    draw_tables(report(), ("summary", "figures", "entities", "quotes"), console, show_all=True)
    text = out.getvalue()
    assert "[bold]" in text  # article text is never read as Rich markup
    assert max(len(line) for line in text.splitlines()) <= width
    assert "Helena" in text


def test_tsv_cells_with_quotes_tabs_and_newlines_stay_on_one_line() -> None:
    out = io.StringIO()
    tricky = Quote(text='He said "no"\tand\nleft', start=0, end=5, speaker="Ann \"Red\" Lee", speaker_mention=None,
                   cue="said")  # fmt: skip
    writer = Writer(fmt="tsv", out=out, sections=("quotes",))
    writer.write(report(quotes=(tricky,)))
    _, row = out.getvalue().splitlines()
    assert row.split("\t")[2:4] == ['Ann "Red" Lee', 'He said "no" and left']


def test_table_says_why_a_report_was_not_analysed() -> None:
    from dataclasses import replace

    out = io.StringIO()
    console = Console(file=out, width=80, color_system=None)
    german = replace(report(), figures=(), entities=(), quotes=(), summary=(), not_analysed="the text is in German")
    draw_tables(german, ("summary", "figures", "entities", "quotes"), console)
    text = out.getvalue()
    assert "Not analysed: the text is in German" in text
    assert "No figures found" not in text and "too few sentences" not in text


def test_wrapped_summary_lines_hang_under_the_text() -> None:
    out = io.StringIO()
    console = Console(file=out, width=40, color_system=None)
    long = ("A sentence long enough to wrap twice at forty columns, with a few more words to be sure.",)
    draw_tables(report(summary=long), ("summary",), console, heading=False)
    lines = [line for line in out.getvalue().splitlines() if line.strip()][1:]
    assert lines[0].startswith("• ") and len(lines) > 1
    assert all(line.startswith("  ") for line in lines[1:])


def test_key_figures_leave_out_ages_and_take_large_counts() -> None:
    from newscli.output.tables import is_key_figure

    sentence = "My 14-year-old son uses the app, which has 140 million users."
    age = Figure(kind="quantity", text="14-year", start=3, end=10, value=14.0, unit="yr", sentence=sentence)
    users = Figure(kind="count", text="140 million", start=40, end=51, value=140e6, unit="", measures="users",
                   sentence=sentence)  # fmt: skip
    few = Figure(kind="count", text="two", start=0, end=3, value=2.0, unit="", measures="sons", sentence=sentence)
    assert [is_key_figure(f) for f in (age, users, few)] == [False, True, False]
