"""Reports out: the JSON record (schema newscli/1), text, Markdown, CSV/TSV and Rich tables.

The record is defined once, in to_record(). Machine formats are written with the
standard library straight to the stream; Rich draws only tables, never article text
through markup. Rich is imported only when a table is drawn.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, Literal

from newscli.models import Entity, Figure, Quote, Report

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

SCHEMA = "newscli/1"
OutputFormat = Literal["text", "table", "json", "jsonl", "csv", "tsv", "md"]
Section = Literal["summary", "figures", "entities", "quotes"]
KEY_FIGURE_KINDS = ("money", "percent", "quantity")
TABLE_ENTITY_TYPES = ("person", "organization", "location")
KEY_FIGURES_SHOWN = 12


# ---- the JSON record -------------------------------------------------------------------------


def to_record(report: Report) -> dict[str, Any]:
    """The contract's record; analysis keys appear only when the command computed them."""
    article = report.article
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "id": report.id,
        "source": report.source,
        "encoding": report.encoding,
        "language": article.language,
        "title": article.title,
        "published": article.published,
        "authors": list(article.authors),
        "publisher": article.publisher,
        "text": article.text,
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
        "sentence": quote.sentence,
    }


def _number(value: float | None) -> float | int | None:
    if value is None or not math.isfinite(value):
        return None
    return int(value) if value.is_integer() and abs(value) < 1e15 else value


# ---- streaming writers ---------------------------------------------------------------------------


@dataclass
class Writer:
    """Writes reports one at a time, in the chosen format, as they finish."""

    fmt: OutputFormat
    out: IO[str]
    sections: tuple[Section, ...] = ()  # what the command computed: decides tables and CSV rows
    show_all: bool = False
    many: bool = False  # several inputs: text output marks where each article starts
    console: Console | None = None  # for tables; made on first use when None
    _count: int = 0
    _held: Report | None = None  # json: the first record waits to see whether an array is needed
    _csv: Any = None

    def write(self, report: Report) -> None:
        handler: Callable[[Report], None] = getattr(self, f"_write_{self.fmt}")
        handler(report)
        self._count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            if self._held is not None:
                self.out.write(_dumps(to_record(self._held), indent=2) + "\n")
            elif self._count > 1:
                self.out.write("\n]\n")
            self.out.flush()

    def _write_text(self, report: Report) -> None:
        if self._count:
            self.out.write("\n")
        if self.many:  # the separators head(1) prints between files
            self.out.write(f"==> {report.id} <==\n")
        self.out.write(report.article.text.rstrip("\n") + "\n")

    def _write_md(self, report: Report) -> None:
        if self._count:
            self.out.write("\n---\n\n")
        self.out.write(to_markdown(report))

    def _write_json(self, report: Report) -> None:
        if self._count == 0:
            self._held = report
            return
        if self._held is not None:
            self.out.write("[\n" + _dumps(to_record(self._held), indent=2))
            self._held = None
        self.out.write(",\n" + _dumps(to_record(report), indent=2))

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
        draw_tables(report, self.sections, self.console, show_all=self.show_all, heading=True)


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
_QUOTE_COLUMNS = ["speaker", "text", "cue", "kind", "speaker_mention", "start", "end"]


def row_header(sections: tuple[Section, ...]) -> list[str]:
    """One table per command: figures for summarize, entities, quotes; analyze tags each row."""
    if len(sections) == 1 or sections == ("summary", "figures"):
        main = _main_section(sections)
        return ["source", *_columns(main)]
    return ["source", "section", "item"]


def _main_section(sections: tuple[Section, ...]) -> Section:
    return "figures" if "figures" in sections else sections[0]


def _columns(section: Section) -> list[str]:
    return {"figures": _FIGURE_COLUMNS, "entities": _ENTITY_COLUMNS, "quotes": _QUOTE_COLUMNS, "summary": ["sentence"]}[
        section
    ]


def rows(report: Report, sections: tuple[Section, ...]) -> Iterable[list[str]]:
    if len(sections) == 1 or sections == ("summary", "figures"):
        for item in _section_rows(report, _main_section(sections)):
            yield [report.source, *item]
        return
    for section in sections:
        for item in _section_rows(report, section):
            yield [
                report.source,
                section,
                json.dumps(dict(zip(_columns(section), item, strict=True)), ensure_ascii=False),
            ]


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
            yield [q.speaker or "", q.text, q.cue or "", q.kind, q.speaker_mention or "", str(q.start), str(q.end)]
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


# ---- Rich tables ---------------------------------------------------------------------------------


def format_value(value: float | None, unit: str | None, kind: str) -> str:
    """Human-readable value: '5.19 trillion JPY', '12%', '2018-03-21', '2'."""
    if value is None:
        return "?"
    if kind == "date":
        digits = str(int(value))
        if unit == "day" and len(digits) == 8:
            return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
        if unit == "month" and len(digits) == 6:
            return f"{digits[:4]}-{digits[4:]}"
        return digits
    if kind == "percent":
        return f"{_short(value)}%"
    text = _short(value)
    return f"{text} {unit}" if unit else text


def _short(value: float) -> str:
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{value / size:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def figures_table(figures: Iterable[Figure], show_all: bool = False) -> Table:
    """Figure | Value | Measures | Context, sized to read at 80 columns and use the room at 120.

    The context is a short window of the sentence around the figure (the figure in bold), not
    the whole sentence: at 80 columns a full sentence wraps into a tall, unreadable cell.
    """
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Key figures" if not show_all else "Figures", title_justify="left", expand=True)
    table.add_column("Figure", ratio=2, overflow="fold", min_width=9)
    table.add_column("Value", ratio=2, overflow="fold", min_width=10)
    table.add_column("Measures", ratio=2, overflow="fold", min_width=8)
    table.add_column("Context", ratio=5, overflow="fold", min_width=16)
    chosen = list(figures) if show_all else [f for f in figures if f.kind in KEY_FIGURE_KINDS][:KEY_FIGURES_SHOWN]
    for f in chosen:
        value = ("~" if f.approximate else "") + format_value(f.value, f.unit, f.kind)
        if f.range:
            value = f"{format_value(f.range[0], f.unit, f.kind)} to {format_value(f.range[1], f.unit, f.kind)}"
        if f.converted:
            value += f"\n= {format_value(f.converted.value, f.converted.unit, f.kind)}"
        if f.mentions > 1:
            value += f"\n({f.mentions} mentions)"
        before, figure, after = _context_window(f)
        context = Text(before)
        context.append(figure, style="bold")
        context.append(after)
        table.add_row(Text(f.text), Text(value), Text(f.measures or ""), context)
    return table


def _context_window(figure: Figure, width: int = 100) -> tuple[str, str, str]:
    """(before, figure, after): about `width` characters of the sentence around the figure,
    cut at word boundaries and marked with an ellipsis where cut."""
    sentence = " ".join((figure.sentence or "").split())
    at = sentence.find(figure.text)
    if at < 0:
        return (sentence[:width] + ("…" if len(sentence) > width else "")), "", ""
    end = at + len(figure.text)
    room = max(0, width - len(figure.text))
    left = max(0, at - room // 2)
    right = min(len(sentence), end + room - (at - left))
    left = max(0, left - max(0, end + room - (at - left) - len(sentence)))
    if left:
        cut = sentence.find(" ", left, at)
        left = cut + 1 if cut >= 0 else left
    if right < len(sentence):
        cut = sentence.rfind(" ", end, right)
        right = cut if cut >= 0 else right
    before = ("…" if left else "") + sentence[left:at]
    after = sentence[end:right] + ("…" if right < len(sentence) else "")
    return before, sentence[at:end], after


def entities_table(entities: Iterable[Entity], show_all: bool = False) -> Table:
    """Name | Type | Role | Mentions | Aliases, in the given (salience) order.

    Type and Mentions get fixed widths so "organization" is never cut at 80 columns;
    the three text columns share the rest and fold long values instead of truncating.
    """
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Entities" if not show_all else "All entities", title_justify="left", expand=True)
    table.add_column("Name", ratio=3, overflow="fold")
    table.add_column("Type", width=len("organization"), no_wrap=True)
    table.add_column("Role", ratio=3, overflow="fold")
    table.add_column("Mentions", justify="right", width=len("Mentions"), no_wrap=True)
    table.add_column("Aliases", ratio=3, overflow="fold")
    for e in entities:
        if show_all or e.type in TABLE_ENTITY_TYPES:
            table.add_row(Text(e.name), e.type, Text(e.role or ""), str(e.count), Text(", ".join(e.aliases)))
    return table


QUOTE_CELL_CHARS = 320  # a table row shows this much of a long quotation; machine formats carry it all


def quotes_table(quotes: Iterable[Quote]) -> Table:
    """Speaker | Quote | Cue, one row per quotation, readable from 80 columns up.

    The speaker cell gives the canonical name and, dimmed beneath it, the words the article
    used when they say something else ("he", "the Spanish finance minister"), so a reader can check the
    resolution; an unresolved speaker shows those words in parentheses, never a guess.
    Indirect speech is shown without quote marks, in italics.
    """
    from rich.table import Table
    from rich.text import Text

    def speaker_cell(quote: Quote) -> Text:
        mention = (quote.speaker_mention or "").strip()
        if not quote.speaker:
            return Text(f"({mention})" if mention else "unknown", style="dim")
        cell = Text(quote.speaker, style="bold")
        name, words = quote.speaker.casefold(), mention.casefold()
        if words and words not in name and name not in words:  # "he", "the Spanish finance minister"
            cell.append(f"\n{mention}", style="dim")
        return cell

    def quote_cell(quote: Quote) -> Text:
        body = " ".join(quote.text.split())
        if len(body) > QUOTE_CELL_CHARS:
            body = body[: QUOTE_CELL_CHARS - 1].rsplit(" ", 1)[0] + "…"
        return Text(body, style="italic") if quote.kind == "indirect" else Text(f"“{body}”")

    table = Table(title="Quotes", title_justify="left", expand=True, show_lines=True)
    table.add_column("Speaker", ratio=1, min_width=12, max_width=28, overflow="fold")
    table.add_column("Quote", ratio=3, min_width=24, overflow="fold")
    table.add_column("Cue", no_wrap=True, overflow="ellipsis", max_width=14)  # "according to" fits
    for q in quotes:
        table.add_row(speaker_cell(q), quote_cell(q), Text(q.cue or ""))
    return table


def draw_tables(
    report: Report, sections: Iterable[Section], console: Console, *, show_all: bool = False, heading: bool = True
) -> None:
    from rich.rule import Rule
    from rich.text import Text

    article = report.article
    if heading:
        title = article.title or report.source
        console.print(Rule(Text(title, style="bold"), align="left"))
        meta = " · ".join(x for x in (article.published, ", ".join(article.authors), article.publisher) if x)
        if meta:
            console.print(Text(meta, style="dim"))
    for section in sections:
        if section == "summary" and report.summary is not None:
            console.print(Text("Summary", style="bold"))
            for sentence in report.summary:
                console.print(Text(f"• {sentence}"))
            if not report.summary:
                console.print(Text("(no summary: the text has too few sentences)", style="dim"))
        elif section == "figures" and report.figures is not None:
            _print_or_none(console, figures_table(report.figures, show_all), "figures")
        elif section == "entities" and report.entities is not None:
            _print_or_none(console, entities_table(report.entities, show_all), "entities")
        elif section == "quotes" and report.quotes is not None:
            _print_or_none(console, quotes_table(report.quotes), "quotes")
    console.print()


def _print_or_none(console: Console, table: Table, what: str) -> None:
    from rich.text import Text

    if table.row_count:
        console.print(table)
    else:
        console.print(Text(f"No {what} found.", style="dim"))
