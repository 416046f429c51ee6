"""Second opinions on readability's pick: the page's own markup for "this is the article".

readability scores paragraphs and takes the best-scoring container. It goes wrong in
two recognisable ways: on a post followed by a list of teaser posts it can pick the
list (more text in total), and on pages whose article is split into many small blocks
it can return a fragment. The page usually says where its article is — an <article>
or <main> element holding the headline, an itemprop="articleBody" — so those are
taken as candidates and compared with readability's pick by the paragraphs they share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

_WORD = re.compile(r"\w+")
_PARAGRAPH_TAGS = ("p", "li", "blockquote", "pre", "dd", "td")
_MIN_PARAGRAPH = 40  # characters; shorter blocks are labels, not evidence of where the text is
_MIN_CANDIDATE_PROSE = 200


@dataclass
class Candidate:
    """An element the page marks as its article, found before boilerplate pruning."""

    element: HtmlElement
    anchored: bool  # holds the headline (or is itemprop=articleBody): the page vouches for it


def find_candidates(body: HtmlElement, title: str | None) -> list[Candidate]:
    """<article>, <main> and itemprop=articleBody elements, noting those that hold the headline."""
    found: list[Candidate] = []
    for element in body.iter("article", "main", "div", "section"):
        marked_body = "articleBody" in (element.get("itemprop") or "").split()
        if element.tag in ("div", "section") and not marked_body:
            continue
        found.append(Candidate(element, marked_body or _holds_headline(element, title)))
    return found


def choose(picked: HtmlElement | None, candidates: list[Candidate], body: HtmlElement) -> HtmlElement | None:
    """readability's pick, or a page-marked article when the pick missed it or holds little of it."""
    live = [c for c in candidates if c.anchored and _attached(c.element, body)]
    best = max(live, key=lambda c: prose(c.element), default=None)
    if best is None or prose(best.element) < _MIN_CANDIDATE_PROSE:
        return picked
    if picked is None:
        return best.element
    theirs = paragraph_keys(best.element)
    ours = paragraph_keys(picked)
    if not theirs or not ours:
        return picked if ours else best.element
    # readability went elsewhere (a teaser list beside the post): trust the page's markup.
    # When the pick lies inside the marked article, the rest of it is usually comments.
    if len(theirs & ours) / len(ours) < 0.3:
        return best.element
    return picked


def prose(element: HtmlElement) -> int:
    """Characters of paragraph text outside links: how much article-like text an element holds."""
    total = 0
    for paragraph in element.iter(_PARAGRAPH_TAGS):
        length = len(paragraph.text_content())
        if length >= _MIN_PARAGRAPH:
            links = sum(len(link.text_content()) for link in paragraph.iter("a"))
            total += max(0, length - links)
    return total


def paragraph_keys(element: HtmlElement) -> set[str]:
    """The element's paragraphs, reduced to their first words so copies compare equal."""
    keys: set[str] = set()
    for paragraph in element.iter(_PARAGRAPH_TAGS):
        text = paragraph.text_content()
        if len(text) >= _MIN_PARAGRAPH:
            keys.add(" ".join(_WORD.findall(text.lower())[:12]))
    return keys


def _holds_headline(element: HtmlElement, title: str | None) -> bool:
    if not title:
        return False
    title_words = _WORD.findall(title.lower())
    for heading in element.iter("h1", "h2"):
        words = _WORD.findall(heading.text_content().lower())
        if words and words == title_words[: len(words)] and len(words) >= min(len(title_words), 4):
            return True
    return False


def _attached(element: HtmlElement, body: HtmlElement) -> bool:
    """Still in the page after pruning (a candidate inside a removed box is gone with it)."""
    return element is body or any(ancestor is body for ancestor in element.iterancestors())
