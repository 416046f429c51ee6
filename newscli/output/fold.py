"""Tables that fit a narrow terminal by showing fewer columns, never by cutting words.

Rich shares a short width among all columns, down to a few characters each: headers were cut
("Aliase") and words broken across lines ("allocati|on"). A FoldingTable is laid out at render
time, when the width is known: each column needs at least its longest word (and its header);
while they do not all fit, the least important column is left out (its name goes in the
caption), and the columns kept get explicit widths that honour those minimums.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.measure import Measurement
from rich.table import Column, Table
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult

LONGEST_WORD = 24  # a longer "word" (a URL) may still fold: no column waits for it


class FoldingTable(Table):
    """A Rich Table that drops columns, in `drop_order`, rather than cut a word or a header."""

    def __init__(self, *args: object, drop_order: Iterable[str] = (), **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.drop_order = tuple(drop_order)  # column headers, the first to go first

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from Table.__rich_console__(self.fitted(console, options.max_width), console, options)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Table.__rich_measure__(self.fitted(console, options.max_width), console, options)

    def fitted(self, console: Console, width: int) -> FoldingTable:
        """A copy with the columns that fit in `width`, each with an explicit width."""
        sizes = [_sizes(console, column) for column in self.columns]
        keep = list(range(len(self.columns)))
        dropped: list[str] = []
        for header in self.drop_order:
            if self._needed([sizes[i][0] for i in keep]) <= width:
                break
            index = next((i for i in keep if _header(self.columns[i]) == header), None)
            if index is not None:
                keep.remove(index)
                dropped.append(header)
        table = copy.copy(self)
        table.drop_order = ()
        available = width - self._needed([0] * len(keep))
        widths = _widths([self.columns[i] for i in keep], [sizes[i] for i in keep], available)
        table.columns = [
            replace(self.columns[i], width=w, min_width=None, max_width=None, ratio=None)
            for i, w in zip(keep, widths, strict=True)
        ]
        for index, column in enumerate(table.columns):
            column._index = index
        if dropped:
            note = f"{', '.join(dropped)} left out: the terminal is {width} columns wide"
            table.caption = f"{self.caption}; {note}" if self.caption else note
        return table

    def _needed(self, contents: list[int]) -> int:
        """The width of a table whose columns hold this much: content, padding and lines."""
        _, right, _, left = self.padding
        lines = (2 if self.box and self.show_edge else 0) + (len(contents) - 1 if self.box else 0)
        return sum(contents) + len(contents) * (left + right) + lines


def _header(column: Column) -> str:
    header = column.header
    return header.plain if isinstance(header, Text) else str(header)


def _sizes(console: Console, column: Column) -> tuple[int, int]:
    """(minimum, natural) content width: the longest word (or the whole cell for no_wrap), the longest line."""
    if column.width is not None:
        return column.width, column.width
    shortest = cell_len(_header(column))
    natural = shortest
    for cell in column.cells:
        lines = _plain(console, cell)
        if lines is None:
            low, high = Measurement.get(console, console.options, cell)
            shortest, natural = max(shortest, low), max(natural, high)
            continue
        longest_line = max((cell_len(line) for line in lines), default=0)
        natural = max(natural, longest_line)
        if column.no_wrap:
            shortest = max(shortest, longest_line)
        else:
            words = (cell_len(word) for line in lines for word in line.split())
            shortest = max(shortest, min(LONGEST_WORD, max(words, default=0)))
    if column.min_width:
        shortest = max(shortest, column.min_width)
    if column.max_width:
        shortest, natural = min(shortest, column.max_width), min(natural, column.max_width)
    return shortest, max(shortest, natural)


def _plain(console: Console, cell: RenderableType) -> list[str] | None:
    if isinstance(cell, Text):
        return cell.plain.split("\n")
    if isinstance(cell, str):
        return console.render_str(cell).plain.split("\n")
    return None


def _widths(columns: list[Column], sizes: list[tuple[int, int]], available: int) -> list[int]:
    """Rich's own plan, with minimums: ratio columns share what the others leave, by ratio;
    then, while too wide, the column with the most room above its minimum gives a character."""
    fixed = sum(natural for column, (_, natural) in zip(columns, sizes, strict=True) if not column.ratio)
    ratios = sum(column.ratio or 0 for column in columns)
    flexible = max(0, available - fixed)
    widths = []
    for column, (shortest, natural) in zip(columns, sizes, strict=True):
        if column.ratio:
            share = flexible * column.ratio // ratios
            widths.append(max(shortest, min(share, column.max_width or share)))
        else:
            widths.append(natural)
    while sum(widths) > available:
        room = [w - shortest for w, (shortest, _) in zip(widths, sizes, strict=True)]
        widest = max(range(len(widths)), key=lambda i: room[i])
        if room[widest] <= 0:
            break  # not even the minimums fit: Rich folds what it must
        widths[widest] -= 1
    return widths
