"""The corpus view out: one row per source as a Rich table, TSV/CSV, JSON (Lines) or a bar chart."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import IO, TYPE_CHECKING, Any

from newscli.corpus import QuoteRow, SourceRow
from newscli.errors import UsageError

if TYPE_CHECKING:
    from rich.console import Console

SCHEMA = "newscli-sources/1"
COLUMNS = ["name", "type", "quotes", "articles", "mentions", "roles", "aliases", "first_seen", "last_seen",
           "publishers", "wikidata"]  # fmt: skip
QUOTE_COLUMNS = ["speaker", "published", "publisher", "article", "title", "text"]
TABLE_ROWS = 50  # a terminal table shows the top rows; machine formats carry all of them
_BAR = 10


def source_record(row: SourceRow) -> dict[str, Any]:
    record = asdict(row)
    record["aliases"] = list(row.aliases)
    record["roles"] = list(row.roles)
    record["publishers"] = [{"publisher": name, "articles": n} for name, n in row.publishers]
    if row.group is None:
        record.pop("group")
    return record


def _cells(row: SourceRow) -> list[str]:
    publishers = "; ".join(f"{name} ({n})" for name, n in row.publishers)
    counts = [str(row.quotes), str(row.articles), str(row.mentions)]
    seen = [row.first_seen or "", row.last_seen or ""]
    return [row.name, row.type, *counts, "; ".join(row.roles), "; ".join(row.aliases), *seen, publishers,
            row.wikidata or ""]  # fmt: skip


def write_sources(rows: Sequence[SourceRow], fmt: str, out: IO[str], *, articles: int, by: str | None,
                  limit: int | None = None, console: Console | None = None) -> None:  # fmt: skip
    """Write the rows in one format; `limit` keeps the top rows (tables keep TABLE_ROWS by default)."""
    if limit is not None:
        rows = rows[:limit]
    header = ([by] if by else []) + COLUMNS
    if fmt == "table":
        draw_sources(rows if limit is not None else rows[:TABLE_ROWS], articles, by, console, total=len(rows))
    elif fmt in ("tsv", "csv"):
        table = [header] + [([row.group or ""] if by else []) + _cells(row) for row in rows]
        _write_rows(table, fmt, out)
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(source_record(row), ensure_ascii=False) + "\n")
    elif fmt == "json":
        document = {"schema": SCHEMA, "articles": articles, "by": by, "sources": [source_record(r) for r in rows]}
        out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        raise UsageError(f"'sources' does not write {fmt}; choose one of csv, json, jsonl, table, tsv")


def write_quotes(rows: Sequence[QuoteRow], fmt: str, out: IO[str], console: Console | None = None) -> None:
    """One speaker's quotes with date, publisher and article."""
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(title=f"{len(rows)} quotes", title_justify="left", expand=True)
        table.add_column("Date", no_wrap=True)
        table.add_column("Publisher", ratio=1, overflow="fold")
        table.add_column("Speaker", ratio=1, overflow="fold")
        table.add_column("Quote", ratio=4)
        for row in rows:
            table.add_row(Text((row.published or "")[:10]), Text(row.publisher or ""), Text(row.speaker),
                          Text(f"“{row.text}”"))  # fmt: skip
        (console or Console()).print(table)
    elif fmt in ("tsv", "csv"):
        _write_rows([QUOTE_COLUMNS] + [[getattr(r, c) or "" for c in QUOTE_COLUMNS] for r in rows], fmt, out)
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
    else:
        out.write(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2) + "\n")


def _write_rows(table: list[list[str]], fmt: str, out: IO[str]) -> None:
    if fmt == "csv":
        csv.writer(out, lineterminator="\n").writerows(table)
        return
    for cells in table:  # TSV as cut and awk read it: no quoting, no tabs or breaks in a cell
        out.write("\t".join(" ".join(str(c).split()) for c in cells) + "\n")


def draw_sources(rows: Sequence[SourceRow], articles: int, by: str | None, console: Console | None,
                 *, total: int) -> None:  # fmt: skip
    """Name | Type | Quotes with a bar for the share | Articles | Mentions | Role | Publishers | Seen.

    Columns give way right to left on a narrow terminal rather than being cut.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    width = console.width
    most = max((r.quotes for r in rows), default=0) or 1
    title = f"Sources in {articles:,} article{'s' if articles != 1 else ''}"
    if total > len(rows):
        title += f" (top {len(rows)} of {total:,}; -f tsv or --top N for more)"
    table = Table(title=title, title_justify="left", expand=width >= 100, pad_edge=False)
    if by:
        table.add_column(by.capitalize(), no_wrap=True)
    table.add_column("Name", ratio=3, min_width=12)
    if width >= 70:
        table.add_column("Type", no_wrap=True)
    table.add_column("Quotes", no_wrap=True)
    table.add_column("Articles", justify="right", no_wrap=True)
    optional = [("Mentions", 90), ("Role", 110), ("Publishers", 130), ("Seen", 150)]
    shown = [name for name, needs in optional if width >= needs]
    for name in shown:
        if name == "Mentions":
            table.add_column(name, justify="right", no_wrap=True)
        else:
            table.add_column(name, ratio=2)
    for row in rows:
        bar = "█" * max(1 if row.quotes else 0, round(_BAR * row.quotes / most))
        cells: list[Text] = [Text(row.group or "")] if by else []
        cells.append(Text(row.name))
        if width >= 70:
            cells.append(Text("person" if row.type == "person" else "org" if row.type == "organization" else row.type))
        cells += [Text(f"{row.quotes:>4} {bar:<{_BAR}}"), Text(str(row.articles))]
        extra = {
            "Mentions": str(row.mentions),
            "Role": row.roles[0] if row.roles else "",
            "Publishers": ", ".join(f"{p} ({n})" for p, n in row.publishers[:2]),
            "Seen": _seen(row),
        }
        cells += [Text(extra[name]) for name in shown]
        table.add_row(*cells)
    console.print(table)


def _seen(row: SourceRow) -> str:
    if not row.first_seen:
        return ""
    return row.first_seen if row.first_seen == row.last_seen else f"{row.first_seen} – {row.last_seen}"


def plot_sources(rows: Sequence[SourceRow], path: str, top: int = 20) -> None:
    """A horizontal bar chart of the most quoted, to PNG or SVG (by the file's suffix)."""
    if not path.lower().endswith((".png", ".svg")):
        raise UsageError("--plot writes .png or .svg files; name one of those", path)
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise UsageError("--plot needs matplotlib: pip install 'newscli[plot]'", path) from None
    quoted = [r for r in rows if r.quotes][:top]
    height = 1.2 + 0.35 * max(len(quoted), 1)
    figure, axes = plt.subplots(figsize=(8, height))
    names = [r.name if not r.group else f"{r.name} ({r.group})" for r in reversed(quoted)]
    axes.barh(names, [r.quotes for r in reversed(quoted)], color="#3b6ea5")
    axes.set_xlabel("quotes")
    axes.set_title(f"Most quoted ({len(quoted)})" if quoted else "No quotes found")
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    try:
        figure.savefig(path)
    except OSError as err:
        raise UsageError(f"cannot write the chart ({err.strerror or err})", path) from None
    finally:
        plt.close(figure)
