"""Stage 2, candidates: the page's own markup for "this is the article", noted before pruning.

readability scores paragraphs and takes the best-scoring container. It goes wrong in
two recognisable ways: on a post followed by a list of teaser posts it can pick the
list (more text in total), and on pages whose article is split into many small blocks
it can return a fragment. The page usually says where its article is — an <article>
or <main> element holding the headline, an itemprop="articleBody" — so those are
taken as candidates here, for the choose stage to compare with readability's pick.
"""

from __future__ import annotations

import copy
import re

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from newscli.extract.html.common import MIN_PARAGRAPH, Candidate, between, paragraph_key, prose, repeats_title

_WORD = re.compile(r"\w+")


def find_candidates(body: HtmlElement, title: str | None, description: str | None = None) -> list[Candidate]:
    """<article>, <main> and itemprop=articleBody elements, noting those that hold the headline,
    and the page's own article block (see own_block)."""
    found: list[Candidate] = []
    for element in body.iter("article", "main", "div", "section"):
        marked_body = "articleBody" in (element.get("itemprop") or "").split()
        if element.tag in ("div", "section") and not marked_body:
            continue
        found.append(Candidate(element, marked_body or _holds_headline(element, title)))
    start = _opening(body, title, description)
    own = own_block(start, title) if start is not None else None
    if start is not None and own is not None:
        run = own.getparent() is None  # a copy of a run of the page, not one of its elements
        rivals = _rival_paragraphs(body, title, start)
        found.append(Candidate(own, anchored=False, own=True, rivals=rivals, run=run))
    return found


def _is_rival(heading: HtmlElement, title: str | None, start: HtmlElement) -> bool:
    """Whether an <h1> heads another article: it does not name ours, and it is not set among
    our article's own blocks (blogs use <h1> for their subheadings and captions too)."""
    return not _names_article(heading, title) and heading.getparent() not in set(start.iterancestors())


def _rival_paragraphs(body: HtmlElement, title: str | None, start: HtmlElement) -> frozenset[str]:
    """Keys of the paragraphs under other articles' headlines (see _is_rival)."""
    headlines = list(body.iter("h1"))
    if len(headlines) < 2 or not any(_is_rival(h, title, start) for h in headlines):
        return frozenset()
    rivals: set[str] = set()
    foreign = False
    for node in body.iter("h1", "p"):
        if node.tag == "h1":
            foreign = _is_rival(node, title, start)
        elif foreign:
            key = paragraph_key(node)
            if key:
                rivals.add(key)
    return frozenset(rivals)


_DESCRIPTION_WORDS = 8  # the first words of the page's description that its first paragraph repeats
_OWN_MIN_PROSE = 500
_OWN_MIN_PARAGRAPHS = 3


def _opening(body: HtmlElement, title: str | None, description: str | None) -> HtmlElement | None:
    """The page's own article's first paragraph: the one repeating its description, else the
    first after the <h1> that names it."""
    start = _description_paragraph(body, description)
    if start is None:
        headline = next((h for h in body.iter("h1") if _names_article(h, title)), None)
        start = _first_paragraph_after(headline) if headline is not None else None
    return start


def own_block(start: HtmlElement, title: str | None) -> HtmlElement | None:
    """The block holding the page's own article, found from what the page says about it.

    Pages that show several articles (a post and the next ones loaded below it, a story
    beside a list of others) still name their own: its headline is the <h1> that repeats
    the title, and its first paragraph (start) usually repeats the page's description. The
    block is the smallest one around start with an article's worth of text and no other
    article's <h1>; inside a block of several articles, the run from start to the next one.
    """
    body = next((node for node in start.iterancestors() if node.tag == "body"), None)
    seen = -1
    for block in start.iterancestors():
        others = [h for h in block.iter("h1") if _is_rival(h, title, start)]
        if others:  # grown into a block of several articles: ours runs from its start to the next headline
            return _run(start, others, block)
        count = len(_TEXT_BLOCKS(block))
        if count == seen:
            continue  # no paragraph more than the level below: nothing to measure again
        seen = count
        paragraphs = sum(1 for p in block.iter("p") if len(p.text_content()) >= MIN_PARAGRAPH)
        amount = prose(block)
        if amount >= _OWN_MIN_PROSE or (paragraphs >= _OWN_MIN_PARAGRAPHS and amount >= _OWN_MIN_PROSE // 2):
            return block
        if block is body:
            break
    return None


def _run(start: HtmlElement, headlines: list[HtmlElement], block: HtmlElement) -> HtmlElement | None:
    """A copy of the page from start to the first of headlines after it (or the block's end), in a <div>."""
    after = False
    stop = None
    for node in block.iter():
        if node is start:
            after = True
        elif after and any(node is headline for headline in headlines):
            stop = node
            break
    nodes = [start, *(between(start, stop) if stop is not None else _rest(start, block))]
    run: HtmlElement = lxml.html.Element("div")
    for node in nodes:
        if isinstance(node.tag, str):
            part = copy.deepcopy(node)
            part.tail = None
            run.append(part)
    return run if prose(run) >= _OWN_MIN_PROSE // 2 else None


def _rest(start: HtmlElement, block: HtmlElement) -> list[HtmlElement]:
    """The elements after start inside block, outermost ones only."""
    found: list[HtmlElement] = []
    node = start
    while node is not block and node.getparent() is not None:
        found.extend(node.itersiblings())
        node = node.getparent()
    return found


def _names_article(heading: HtmlElement, title: str | None) -> bool:
    """Whether a heading is the page's headline: the title's start, or the title is its start."""
    if not title:
        return False
    text = heading.text_content()
    return repeats_title(text, title) or repeats_title(title, text)


def _description_paragraph(body: HtmlElement, description: str | None) -> HtmlElement | None:
    words = _WORD.findall(description.lower()) if description else []
    if len(words) < _DESCRIPTION_WORDS:
        return None
    head = words[:_DESCRIPTION_WORDS]
    # the paragraphs whose text opens with the description's first word, found by XPath in C
    # (a text_content() of every paragraph in Python costs more than the rest of this stage)
    first = _first_word(description or "")
    if not first:
        return None
    for paragraph in _OPENING_WITH(body, word=first):
        text = paragraph.text_content()
        if len(text) >= MIN_PARAGRAPH and _opens_with(text, head):
            return paragraph
    return None


_TEXT_BLOCKS = lxml.etree.XPath(".//p | .//li | .//blockquote | .//pre | .//dd | .//td")
_OPENING_WITH = lxml.etree.XPath(".//p[starts-with(normalize-space(.), $word)]")


def _first_word(text: str) -> str:
    """The description's first word as written, without the quote or dash that may open it."""
    return next(iter(text.split()), "").lstrip("\"'“”‘’«»„‚-–—([")[:20]


def _opens_with(text: str, head: list[str]) -> bool:
    return _WORD.findall(text[: 40 * len(head)].lower())[: len(head)] == head


def _first_paragraph_after(headline: HtmlElement) -> HtmlElement | None:
    """The first paragraph after the headline in page order."""
    after = False
    for node in headline.getroottree().getroot().iter("p", headline.tag):
        if node is headline:
            after = True
        elif after and len(node.text_content()) >= MIN_PARAGRAPH:
            return node
    return None


def _holds_headline(element: HtmlElement, title: str | None) -> bool:
    if not title:
        return False
    return any(repeats_title(heading.text_content(), title) for heading in element.iter("h1", "h2"))
