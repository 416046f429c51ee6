"""Rich tables for people at a terminal: key figures, entities, quotes and the summary.

Kept apart from newscli.output so that machine formats never import Rich. Article text is
always passed as rich.text.Text, never as markup: news text is full of "[" and ":".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newscli.models import Entity, Figure, Quote, Report, Task

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

TABLE_ENTITY_TYPES = ("person", "organization", "location")
KEY_FIGURES_SHOWN = 12


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
    from rich.text import Text

    from newscli.output.fold import FoldingTable

    figures = list(figures)
    chosen = figures if show_all else _key_figures(figures)
    table = FoldingTable(
        title="Key figures" if not show_all else "Figures",
        title_justify="left",
        expand=True,
        caption=_more(len(chosen), len(figures), "figures"),
        caption_justify="left",
        drop_order=("Context", "Measures"),
    )
    table.add_column("Figure", ratio=2, overflow="fold", min_width=9)
    table.add_column("Value", ratio=2, overflow="fold", min_width=10)
    table.add_column("Measures", ratio=2, overflow="fold", min_width=8)
    table.add_column("Context", ratio=5, overflow="fold", min_width=16)
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


def _more(shown: int, total: int, what: str) -> str | None:
    """'3 of 15 figures; --all shows the other 12': a table never hides items without saying so."""
    if shown >= total or not shown:
        return None
    return f"{shown} of {total} {what}; --all shows {total - shown} more"


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


KEY_COUNT_FROM = 1000


def _key_figures(figures: Iterable[Figure]) -> list[Figure]:
    """The key figures, each amount once: the figures list every mention, the table the first."""
    seen: set[tuple[object, ...]] = set()
    out: list[Figure] = []
    for f in figures:
        key = (f.kind, f.unit, f.value, f.range)
        if is_key_figure(f) and key not in seen:
            seen.add(key)
            out.append(f)
    return out[:KEY_FIGURES_SHOWN]


def is_key_figure(f: Figure) -> bool:
    """Money, percentages and measured quantities, and large counts of something ("140 million users").

    Ages ("my 14-year-old son") are quantities a reader does not look for in a key-figures table.
    """
    if f.kind in ("money", "percent"):
        return True
    if f.kind == "quantity":
        return not (f.unit == "yr" and f.sentence and re.search(re.escape(f.text) + r"s?[- ]old\b", f.sentence))
    return f.kind == "count" and f.value is not None and abs(f.value) >= KEY_COUNT_FROM and bool(f.measures)


def entities_table(entities: Iterable[Entity], show_all: bool = False) -> Table:
    """Name | Type | Role | Mentions | Aliases, in the given (salience) order.

    Type and Mentions get fixed widths so "organization" is never cut at 80 columns;
    the three text columns are sized by what they hold (an empty Aliases column does not
    take a third of the width while names wrap) and fold long values instead of truncating.
    """
    from rich.text import Text

    from newscli.output.fold import FoldingTable

    entities = list(entities)
    chosen = entities if show_all else [e for e in entities if e.type in TABLE_ENTITY_TYPES]
    table = FoldingTable(
        title="Entities" if not show_all else "All entities",
        title_justify="left",
        caption=_more(len(chosen), len(entities), "entities"),
        caption_justify="left",
        drop_order=("Aliases", "Role"),
    )
    table.add_column("Name", overflow="fold", min_width=12)
    table.add_column("Type", width=len("organization"), no_wrap=True)
    table.add_column("Role", overflow="fold", min_width=4)
    table.add_column("Mentions", justify="right", width=len("Mentions"), no_wrap=True)
    table.add_column("Aliases", overflow="fold", min_width=7)
    for e in chosen:
        table.add_row(Text(e.name), e.type, Text(e.role or ""), str(e.count), Text(", ".join(e.aliases)))
    return table


QUOTE_CELL_CHARS = 320  # a table row shows this much of a long quotation; machine formats carry it all
_RELATIVES = frozenset({"who", "which", "that", "whom"})
WEAK_ATTRIBUTIONS = frozenset({"pronoun", "running", "description"})  # marked "*" in the quotes table


def quotes_table(quotes: Iterable[Quote]) -> Table:
    """Speaker | Quote | Cue, one row per quotation, readable from 80 columns up.

    The speaker cell gives the canonical name and, dimmed beneath it, the words the article
    used when they say something else ("he", "the Spanish finance minister"), so a reader can check the
    resolution; an unresolved speaker shows those words in parentheses, never a guess. A speaker
    found through a pronoun, a description or an earlier quote (Quote.attribution) is marked "*"
    and the table's caption says to check it. Indirect speech is shown without quote marks, in italics.
    """
    from rich.text import Text

    def speaker_cell(quote: Quote) -> Text:
        mention = (quote.speaker_mention or "").strip()
        if not quote.speaker:  # the words the article used; a bare "who" says nothing
            return Text(f"({mention})" if mention and mention.lower() not in _RELATIVES else "unknown", style="dim")
        if quote.attribution == "unnamed":  # a source the article describes but does not name
            return Text(f"({mention or quote.speaker})", style="dim italic")
        cell = Text(quote.speaker, style="bold")
        if quote.attribution in WEAK_ATTRIBUTIONS:  # inferred, not named by the cue: worth checking
            cell.append(" *", style="yellow")
        name, words = quote.speaker.casefold(), mention.casefold()
        if words and words not in name and name not in words:  # "he", "the Spanish finance minister"
            cell.append(f"\n{mention}", style="dim")
        elif quote.attribution == "running":
            cell.append("\n(carried over)", style="dim")
        return cell

    def quote_cell(quote: Quote) -> Text:
        body = " ".join(quote.text.split())
        if len(body) > QUOTE_CELL_CHARS:
            body = body[: QUOTE_CELL_CHARS - 1].rsplit(" ", 1)[0] + "…"
        return Text(body, style="italic") if quote.kind == "indirect" else Text(f"“{body}”")

    from newscli.output.fold import FoldingTable

    quotes = list(quotes)
    weak = any(q.speaker and q.attribution in WEAK_ATTRIBUTIONS for q in quotes)
    table = FoldingTable(title="Quotes", title_justify="left", expand=True, show_lines=True, drop_order=("Cue",),
                         caption="* speaker inferred from a pronoun, a description or an earlier quote: check it"
                         if weak else None, caption_justify="left")  # fmt: skip
    table.add_column("Speaker", ratio=1, min_width=12, max_width=28, overflow="fold")
    table.add_column("Quote", ratio=3, min_width=24, overflow="fold")
    table.add_column("Cue", no_wrap=True, overflow="ellipsis", max_width=14)  # "according to" fits
    for q in quotes:
        table.add_row(speaker_cell(q), quote_cell(q), Text(q.cue or ""))
    return table


def draw_tables(
    report: Report, sections: Iterable[Task], console: Console, *, show_all: bool = False, heading: bool = True
) -> None:
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    article = report.article
    if heading:
        title = article.title or report.id
        console.print(Rule(Text(title, style="bold"), align="left"))
        # where it came from, so that blocks of several inputs are told apart by more than a title
        where = report.source if report.id in (report.source, title) else f"{report.source} · {report.id}"
        meta = " · ".join(x for x in (where, article.published, ", ".join(article.authors), article.publisher) if x)
        console.print(Text(meta, style="dim"))
    if report.not_analysed:
        console.print(Text(f"Not analysed: {report.not_analysed}.", style="dim"))
        console.print()
        return
    for section in sections:
        if section == "summary" and report.summary is not None:
            console.print(Text("Summary", style="bold"))
            bullets = Table.grid(padding=(0, 1))  # wrapped lines hang under the text, not the bullet
            for sentence in report.summary:
                bullets.add_row("•", Text(sentence))
            if report.summary:
                console.print(bullets)
            else:
                console.print(Text("(no summary: the text has too few sentences)", style="dim"))
        elif section == "figures" and report.figures is not None:
            _print_or_none(console, figures_table(report.figures, show_all), "figures", len(report.figures))
        elif section == "entities" and report.entities is not None:
            _print_or_none(console, entities_table(report.entities, show_all), "entities", len(report.entities))
        elif section == "quotes" and report.quotes is not None:
            _print_or_none(console, quotes_table(report.quotes), "quotes", len(report.quotes))
    console.print()


def _print_or_none(console: Console, table: Table, what: str, found: int) -> None:
    from rich.text import Text

    if table.row_count:
        console.print(table)
    elif found:  # some were found, none of them key ones: say so, never "none found"
        console.print(Text(f"{found} {what} found, none of them key {what}; --all shows them.", style="dim"))
    else:
        console.print(Text(f"No {what} found.", style="dim"))
