"""What the HTML stages share: the data one stage hands the next, and measures of a block.

Every stage module (parse, candidates, boilerplate, readability, choose, render, filter)
may import this one and no other stage; html/__init__ runs them in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from lxml.html import HtmlElement

_WORD = re.compile(r"\w+")
PARAGRAPH_TAGS = ("p", "li", "blockquote", "pre", "dd", "td")
MIN_PARAGRAPH = 40  # characters; shorter blocks are labels, not evidence of where the text is


@dataclass
class Candidate:
    """An element the page marks as its article, found before boilerplate pruning."""

    element: HtmlElement
    anchored: bool  # holds the headline (or is itemprop=articleBody): the page vouches for it
    own: bool = False  # the block right after the page's headline, or opening with its description
    # For the own block: the paragraphs (paragraph_key) that sit under other articles' headlines on the page.
    rivals: frozenset[str] = frozenset()
    run: bool = False  # the own block is a copy of the page's run from its article to the next headline


@dataclass
class Block:
    """One paragraph-like piece of text and the evidence about it."""

    tag: str  # the enclosing block tag: "p", "h2", "li", "tr", "blockquote" ...
    text: str  # whitespace-normalised, one line
    link_chars: int = 0  # characters of text that sat inside <a> elements
    in_quote: bool = False  # inside a <blockquote>: quoted material, never furniture

    @property
    def link_density(self) -> float:
        return min(1.0, self.link_chars / len(self.text)) if self.text else 0.0

    @cached_property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Pick:
    """readability's article, and the page elements it was built from."""

    article: HtmlElement | None  # readability's cleaned copy: a <div> of the blocks it picked
    # The page's own elements behind the copy's top-level blocks, in the copy's order; empty
    # when some block has no counterpart in the page.
    sources: list[HtmlElement] = field(default_factory=list)


def densest_container(tree: HtmlElement) -> HtmlElement | None:
    """The element readability's paragraph score would rank first.

    Each paragraph of 25+ characters scores 1 + its commas + its length in hundreds (up
    to 3), credited to its parent and half to its grandparent; links count against.
    """
    scores: dict[HtmlElement, float] = {}
    for paragraph in tree.iter("p", "pre", "td", "blockquote"):
        text = paragraph.text_content()
        length = len(text.strip())
        parent = paragraph.getparent()
        if length < 25 or parent is None:
            continue
        score = 1 + text.count(",") + min(length / 100, 3)
        scores[parent] = scores.get(parent, 0.0) + score
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0.0) + score / 2
    if not scores:
        return None
    return max(scores, key=lambda element: scores[element] * (1 - link_density(element)))


def link_density(element: HtmlElement) -> float:
    """Share of the element's text that sits inside links (white space, the markup's indentation, not counted)."""
    total = _visible(element.text_content())
    if not total:
        return 0.0
    return min(1.0, sum(_visible(link.text_content()) for link in element.iter("a")) / total)


def _visible(text: str) -> int:
    return len(text) - sum(text.count(space) for space in " \n\t\r")


def prose(element: HtmlElement) -> int:
    """Characters of paragraph text outside links: how much article-like text an element holds."""
    total = 0
    for paragraph in element.iter(PARAGRAPH_TAGS):
        length = len(paragraph.text_content())
        if length >= MIN_PARAGRAPH:
            links = sum(len(link.text_content()) for link in paragraph.iter("a"))
            total += max(0, length - links)
    return total


def paragraph_key(paragraph: HtmlElement) -> str:
    """A paragraph reduced to its first words so copies compare equal ("" when too short)."""
    text = paragraph.text_content()
    return _key(text) if len(text) >= MIN_PARAGRAPH else ""


def paragraph_keys(element: HtmlElement) -> set[str]:
    """The element's paragraphs, reduced to their first words so copies compare equal."""
    keys: set[str] = set()
    for paragraph in element.iter(PARAGRAPH_TAGS):
        text = paragraph.text_content()
        if len(text) >= MIN_PARAGRAPH:
            keys.add(_key(text))
    return keys


_KEY_WORDS = 12
_KEY_CHARS = 300  # enough for the first twelve words; reading further costs time on long paragraphs


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text[:_KEY_CHARS].lower())[:_KEY_WORDS])


def repeats_title(text: str, title: str) -> bool:
    """Whether text is the page title's headline: its first words, at least four or all of them.

    Titles often carry more after the headline (" | Site Name"), so text may stop short of it.
    """
    words = _WORD.findall(text.lower())
    title_words = _WORD.findall(title.lower())
    return bool(words) and words == title_words[: len(words)] and len(words) >= min(len(title_words), 4)


def between(first: HtmlElement, last: HtmlElement) -> list[HtmlElement]:
    """The elements after first and before last in page order, outermost ones only."""
    last_line = [last, *last.iterancestors()]
    on_last_line = set(last_line)
    found: list[HtmlElement] = []
    node = first
    while node.getparent() is not None and node.getparent() not in on_last_line:
        found.extend(node.itersiblings())
        node = node.getparent()
    common = node.getparent()
    if common is None:
        return []
    path = last_line[: last_line.index(common)]  # last and its ancestors below the common one
    for upper in reversed(path):
        stop = node if upper is path[-1] else None  # at the top level, back to first's branch only
        preceding: list[HtmlElement] = []
        for sibling in upper.itersiblings(preceding=True):
            if sibling is stop:
                break
            preceding.append(sibling)
        found.extend(reversed(preceding))
    return found
