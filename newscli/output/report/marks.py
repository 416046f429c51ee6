"""The article text with its marks, as well-nested HTML.

Quotes, entity mentions and figures are stretches of the article text that may overlap in any
way: a figure inside a quote, an entity crossing a quote's end, a quote running over two
paragraphs. HTML elements must nest, so the text is cut at every mark boundary and, for each
piece, the marks covering it are opened outermost first. A mark that crosses the end of an
outer one is closed there and opened again after it (a continuation), never left crossing.
Every piece of text and every attribute value is escaped here, and only here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from itertools import pairwise
from typing import Literal

MarkKind = Literal["quote", "entity", "figure"]
# For marks over exactly the same stretch: a quote holds entities, an entity holds figures.
_RANK: dict[MarkKind, int] = {"quote": 0, "entity": 1, "figure": 2}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


@dataclass(frozen=True)
class Mark:
    """One marked stretch [start, end) of the text and how it is shown."""

    start: int
    end: int
    kind: MarkKind
    id: str  # the element id of the first piece: panels link to it
    classes: str  # CSS classes: "m q q-cue", "m ent ent-person", "m fig fig-money"
    data: tuple[tuple[str, str], ...] = ()  # data-* attributes (name without "data-"), on every piece
    label: tuple[tuple[str, str], ...] = ()  # (class, text) parts of a visible label before the text
    tip: tuple[str, ...] = ()  # lines shown on hover and keyboard focus, and read as the description
    order: int = field(default=0, compare=False)  # the caller's order among otherwise equal marks


def attrs(pairs: Iterable[tuple[str, str]]) -> str:
    """' name="value"' for each pair, values escaped (names are ours, never from the input)."""
    return "".join(f' {name}="{escape(value, quote=True)}"' for name, value in pairs)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each paragraph: text between blank lines, without surrounding spaces."""
    spans: list[tuple[int, int]] = []
    at = 0
    for gap in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = gap.start() if gap else len(text)
        start = at
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            spans.append((start, stop))
        at = gap.end() if gap else len(text)
    return spans


def marked_html(text: str, marks: Sequence[Mark], paragraph_tag: str = "p") -> str:
    """The text as HTML paragraphs with every mark in place, properly nested.

    Marks outside the text or empty are left out. A mark over several paragraphs is cut into
    one piece per paragraph; only the first piece carries the id, label, tip and tab stop.
    """
    spans = paragraphs(text)
    starts = [s for s, _ in spans]
    local: list[list[Mark]] = [[] for _ in spans]
    for mark in sorted(marks, key=_nesting_key):
        if not 0 <= mark.start < mark.end <= len(text):
            continue
        first = max(0, bisect_right(starts, mark.start) - 1)
        for i in range(first, len(spans)):
            p_start, p_end = spans[i]
            if p_start >= mark.end:
                break
            if p_end > mark.start:
                local[i].append(mark)
    started: set[int] = set()
    out: list[str] = []
    for (p_start, p_end), inside in zip(spans, local, strict=True):
        out.append(f"<{paragraph_tag}>")
        out.append(_paragraph(text, p_start, p_end, inside, started))
        out.append(f"</{paragraph_tag}>\n")
    return "".join(out)


def _nesting_key(mark: Mark) -> tuple[int, int, int, int]:
    # Earlier starts enclose later ones; of two starting together, the longer encloses.
    return (mark.start, -mark.end, _RANK[mark.kind], mark.order)


def _paragraph(text: str, start: int, end: int, marks: list[Mark], started: set[int]) -> str:
    cuts = {start, end}
    for mark in marks:
        cuts.update(c for c in (mark.start, mark.end) if start < c < end)
    bounds = sorted(cuts)
    out: list[str] = []
    stack: list[Mark] = []
    for a, b in pairwise(bounds):
        active = [m for m in marks if m.start <= a and m.end >= b]  # already in nesting order
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        for mark in active[keep:]:
            first = id(mark) not in started
            started.add(id(mark))
            out.append(_open(mark, first))
        stack = active
        out.append(_text(text[a:b]))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _open(mark: Mark, first: bool) -> str:
    data = [(f"data-{name}", value) for name, value in mark.data]
    if not first:
        return f'<mark class="{mark.classes} cont"{attrs(data)}>'
    tip_id = f"{mark.id}-tip"
    head = attrs([("id", mark.id), ("class", mark.classes), *data, ("tabindex", "0")])
    if mark.tip:
        head += attrs([("aria-describedby", tip_id)])
    parts = [f"<mark{head}>"]
    if mark.label:
        inner = " ".join(f'<span class="{css}">{escape(words)}</span>' for css, words in mark.label)
        parts.append(f'<span class="label">{inner}</span>')
    if mark.tip:
        lines = "".join(f'<span class="tip-line">{escape(line)}</span>' for line in mark.tip)
        parts.append(f'<span class="tip" role="tooltip" id="{tip_id}">{lines}</span>')
    return "".join(parts)


def _text(piece: str) -> str:
    return escape(piece, quote=True).replace("\r", "").replace("\n", "<br>\n")
