"""Reports out: the JSON record (schema newscli/1), text, Markdown, CSV/TSV and Rich tables.

The record is defined once, in to_record(). Machine formats are written with the
standard library straight to the stream; Rich draws only tables, never article text
through markup. Rich is imported only when a table is drawn.
"""

from __future__ import annotations

import csv
import json
import math
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, Literal

from newscli.errors import OutputError
from newscli.models import Entity, Figure, Quote, Report, Task

if TYPE_CHECKING:
    from rich.console import Console

SCHEMA = "newscli/1"
OutputFormat = Literal["text", "table", "json", "jsonl", "csv", "tsv", "md"]
Section = Task  # the analysis sections a command computed


# ---- the JSON record -------------------------------------------------------------------------


def to_record(report: Report) -> dict[str, Any]:
    """The contract's record; analysis keys appear only when the command computed them."""
    article = report.article
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "id": report.id,
        "source": report.source,
        "url": article.url,
        "encoding": report.encoding,
        "language": article.language,
        "title": article.title,
        "published": article.published,
        "authors": list(article.authors),
        "publisher": article.publisher,
        "text": article.text,
        "warnings": list(article.warnings),
    }
    if report.summary is not None:
        record["summary"] = list(report.summary)
    if report.figures is not None:
        record["figures"] = [figure_record(f) for f in report.figures]
    if report.entities is not None:
        record["entities"] = [entity_record(e) for e in report.entities]
    if report.quotes is not None:
        record["quotes"] = [quote_record(q) for q in report.quotes]
    for key, value in report.extra.items():
        record.setdefault(key, value)  # JSONL keys we do not own travel through untouched
    return record


def figure_record(figure: Figure) -> dict[str, Any]:
    converted = figure.converted
    return {
        "kind": figure.kind,
        "text": figure.text,
        "start": figure.start,
        "end": figure.end,
        "value": _number(figure.value),
        "unit": figure.unit,
        "approximate": figure.approximate,
        "range": [_number(v) for v in figure.range] if figure.range else None,
        "converted": {"text": converted.text, "value": _number(converted.value), "unit": converted.unit}
        if converted
        else None,
        "measures": figure.measures,
        "sentence": figure.sentence,
        "mentions": figure.mentions,
    }


def entity_record(entity: Entity) -> dict[str, Any]:
    return {
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "role": entity.role,
        "count": entity.count,
        "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in entity.mentions],
    }


def quote_record(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "speaker": quote.speaker,
        "speaker_mention": quote.speaker_mention,
        "cue": quote.cue,
        "kind": quote.kind,
        "attribution": quote.attribution,
        "sentence": quote.sentence,
    }


def _number(value: float | None) -> float | int | None:
    if value is None or not math.isfinite(value):
        return None
    return int(value) if value.is_integer() and abs(value) < 1e15 else value


# ---- streaming writers ---------------------------------------------------------------------------


@dataclass
class Writer:
    """Writes reports one at a time, in the chosen format, as they finish.

    An OS error on the stream (a full disk, a closed stdout) becomes one OutputError naming the
    stream; a closed pipe stays a BrokenPipeError, which the CLI ends on quietly.
    """

    fmt: OutputFormat
    out: IO[str]
    sections: tuple[Section, ...] = ()  # what the command computed: decides tables and CSV rows
    show_all: bool = False
    many: bool = False  # several inputs: text output marks where each article starts
    console: Console | None = None  # for tables; made on first use when None
    _count: int = 0
    _csv: Any = None

    def write(self, report: Report) -> None:
        handler: Callable[[Report], None] = getattr(self, f"_write_{self.fmt}")
        with self._guard():
            handler(report)
            self.out.flush()
        self._count += 1

    def close(self) -> None:
        with self._guard():
            self.out.flush()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError.from_os_error(exc, stream_name(self.out)) from None

    def _write_text(self, report: Report) -> None:
        if self._count:
            self.out.write("\n")
        if self.many or report.id != report.source:  # head(1)'s separators, between files and records
            self.out.write(f"==> {report.id} <==\n")
        self.out.write(report.article.text.rstrip("\n") + "\n")

    def _write_md(self, report: Report) -> None:
        if self._count:
            self.out.write("\n---\n\n")
        self.out.write(to_markdown(report))

    def _write_json(self, report: Report) -> None:
        # One object per input, whatever their number: a script's `jq .title` works for one page
        # or a hundred, and one input gives one JSON document (`jq -s` makes an array of many).
        self.out.write(_dumps(to_record(report), indent=2) + "\n")

    def _write_jsonl(self, report: Report) -> None:
        self.out.write(_dumps(to_record(report)) + "\n")

    def _write_csv(self, report: Report) -> None:
        if self._csv is None:
            self._csv = csv.writer(self.out, lineterminator="\n")
            self._csv.writerow(row_header(self.sections))
        self._csv.writerows(rows(report, self.sections))

    def _write_tsv(self, report: Report) -> None:
        # TSV as cut, sort and awk read it: no quoting; tabs and line breaks in a cell become spaces.
        if self._count == 0:
            self.out.write("\t".join(row_header(self.sections)) + "\n")
        for row in rows(report, self.sections):
            self.out.write("\t".join(_tsv_safe(cell) for cell in row) + "\n")

    def _write_table(self, report: Report) -> None:
        from rich.console import Console

        if self.console is None:
            self.console = Console(file=self.out)
        from newscli.output.tables import draw_tables

        draw_tables(report, self.sections, self.console, show_all=self.show_all, heading=True)


def stream_name(out: IO[str]) -> str:
    """'standard output (/dev/full)': the stream, and the file behind it when the system says."""
    name = str(getattr(out, "name", "output"))
    try:
        fd = out.fileno()
    except (OSError, ValueError, AttributeError):
        return "standard output" if name == "<stdout>" else name
    if fd == 1 or name == "<stdout>":
        name = "standard output"
    try:
        target = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return name
    return f"{name} ({target})" if target.startswith("/") else name


def _dumps(record: dict[str, Any], indent: int | None = None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent)


def _tsv_safe(cell: str) -> str:
    return cell.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def to_markdown(report: Report) -> str:
    article = report.article
    parts: list[str] = []
    if article.title:
        parts.append(f"# {article.title}\n")
    byline = " · ".join(x for x in (article.published, ", ".join(article.authors), article.publisher) if x)
    if byline:
        parts.append(f"*{byline}*\n")
    parts.append(article.text.rstrip("\n") + "\n")
    return "\n".join(parts)


# ---- rows for CSV/TSV ----------------------------------------------------------------------------

_FIGURE_COLUMNS = [
    "kind",
    "text",
    "value",
    "unit",
    "approximate",
    "range",
    "converted_text",
    "converted_value",
    "converted_unit",
    "measures",
    "start",
    "end",
    "sentence",
]
_ENTITY_COLUMNS = ["name", "type", "role", "count", "aliases"]
_QUOTE_COLUMNS = ["speaker", "text", "cue", "kind", "speaker_mention", "start", "end", "attribution"]


# analyze: every section in one table, one row per item; `item` says which kind of item a row is,
# and a column shared by two sections (text, kind, start, end, sentence) means the same in both.
_ITEM_NAMES: dict[str, str] = {"summary": "summary", "figures": "figure", "entities": "entity", "quotes": "quote"}
_ITEM_COLUMNS = list(
    dict.fromkeys(["text", *_FIGURE_COLUMNS, *_ENTITY_COLUMNS, "speaker", "speaker_mention", "cue", *_QUOTE_COLUMNS])
)


def row_header(sections: tuple[Section, ...]) -> list[str]:
    """One table per command: figures for summarize, entities, quotes; analyze names each row's item."""
    if len(sections) == 1 or sections == ("summary", "figures"):
        main = _main_section(sections)
        return ["source", "id", *_columns(main)]
    return ["source", "id", "item", *_ITEM_COLUMNS]


def _main_section(sections: tuple[Section, ...]) -> Section:
    return "figures" if "figures" in sections else sections[0]


def _columns(section: Section) -> list[str]:
    return {"figures": _FIGURE_COLUMNS, "entities": _ENTITY_COLUMNS, "quotes": _QUOTE_COLUMNS, "summary": ["sentence"]}[
        section
    ]


def rows(report: Report, sections: tuple[Section, ...]) -> Iterable[list[str]]:
    if len(sections) == 1 or sections == ("summary", "figures"):
        for item in _section_rows(report, _main_section(sections)):
            yield [report.source, report.id, *item]
        return
    for section in sections:
        columns = ["text"] if section == "summary" else _columns(section)  # a summary row's item is its sentence
        for item in _section_rows(report, section):
            cells = dict(zip(columns, item, strict=True))
            yield [report.source, report.id, _ITEM_NAMES[section], *(cells.get(c, "") for c in _ITEM_COLUMNS)]


def _section_rows(report: Report, section: Section) -> Iterable[list[str]]:
    if section == "figures":
        for f in report.figures or ():
            c = f.converted
            yield [
                f.kind,
                f.text,
                _cell(f.value),
                f.unit or "",
                _cell(f.approximate),
                "-".join(_cell(v) for v in f.range) if f.range else "",
                c.text if c else "",
                _cell(c.value) if c else "",
                (c.unit or "") if c else "",
                f.measures or "",
                str(f.start),
                str(f.end),
                f.sentence or "",
            ]
    elif section == "entities":
        for e in report.entities or ():
            yield [e.name, e.type, e.role or "", str(e.count), "; ".join(e.aliases)]
    elif section == "quotes":
        for q in report.quotes or ():
            yield [q.speaker or "", q.text, q.cue or "", q.kind, q.speaker_mention or "", str(q.start), str(q.end),
                   q.attribution]  # fmt: skip
    elif section == "summary":
        for sentence in report.summary or ():
            yield [sentence]


def _cell(value: float | bool | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    number = _number(value)
    return "" if number is None else str(number)
