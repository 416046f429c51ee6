"""Stage 5, render: the chosen article as text blocks (paragraphs, headings, list items, rows).

Each block keeps what the later filters need to judge it — its kind (the block tag it
came from) and how much of its text sat inside links — so the text rules never have to
go back to the tree.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newscli.extract.html.common import Block

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
        "tfoot", "tr", "ul", "caption", "center", "body", "html", "form",
    }
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CELL_BREAK = "\x1f"  # stands for a cell boundary until the line is assembled


class _Renderer:
    """Walks a tree once, collecting text pieces and cutting them into blocks at block tags."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._parts: list[tuple[str, bool]] = []
        self._tag = "p"
        self._link_depth = 0
        self._quote_depth = 0
        self._pre_depth = 0

    def flush(self) -> None:
        if not self._parts:
            return
        lines: list[tuple[str, int]] = [("", 0)]
        for piece, in_link in self._parts:
            for index, line in enumerate(piece.split("\n")):
                if index:
                    lines.append(("", 0))
                text, links = lines[-1]
                lines[-1] = (text + line, links + (len(line) if in_link else 0))
        self._parts.clear()
        for raw, links in lines:
            text = _SPACE.sub(" ", raw.strip(_CELL_BREAK + " ").replace(_CELL_BREAK, " | ")).strip()
            if text:
                self.blocks.append(Block(self._tag, text, min(links, len(text)), self._quote_depth > 0))

    def add(self, text: str | None) -> None:
        """Queue inline text; a source line break is a space except inside <pre>."""
        if text:
            if not self._pre_depth:
                text = text.replace("\n", " ")
            self._parts.append((text, self._link_depth > 0))

    def walk(self, node: HtmlElement) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if not tag:  # comments and processing instructions: only their tail is text
            return
        is_block = tag in _BLOCK_TAGS
        outer_tag = self._tag
        if is_block:
            self.flush()
            self._tag = tag if tag not in ("div", "section", "article", "main", "body", "html") else "p"
        self._link_depth += tag == "a"
        self._quote_depth += tag == "blockquote"
        self._pre_depth += tag == "pre"
        if tag == "br":
            self._parts.append(("\n", False))
        else:
            self.add(node.text)
        for child in node:
            self.walk(child)
            self.add(child.tail)
        if tag in _CELL_TAGS:
            self._parts.append((_CELL_BREAK, False))  # cells of one row stay on one line
        self._link_depth -= tag == "a"
        self._quote_depth -= tag == "blockquote"
        self._pre_depth -= tag == "pre"
        if is_block:
            self.flush()
            self._tag = outer_tag


def render_blocks(element: HtmlElement) -> list[Block]:
    """The element's text as blocks, in document order."""
    renderer = _Renderer()
    renderer.walk(element)
    renderer.flush()
    return [block for block in renderer.blocks if block.text.strip(" |")]
