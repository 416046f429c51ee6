"""Stage 1b, rejoin: an article body that broken markup closed early, made whole again.

Pages insert promos, ads and pictures into a story with markup that does not nest: a
"<div>" inside a "<p>", a stray "</div>" after an inline box. The parser then closes the
element the page marks as its article body (itemprop="articleBody"; failing that, the
<article> or <main> holding the headline, or the block holding the first paragraph after
the headline) at that point, and the rest of the story lands after it, as bare paragraphs
of the blocks around it, one or several levels up. Every later stage then sees two texts:
the marked box with the story's opening, and a longer run of paragraphs elsewhere that
readability picks, so one part or the other is lost.

rejoin() walks from the marked body's end in page order — its following siblings, then
its parent's, and so up to <body> — and moves the paragraphs found there back into it,
with whatever lies between them (ads, pictures, short link boxes, subheadings: the later
stages judge those as they would inside the body). The walk ends at the first block
with text of its own (comments, an author box, the next article), at a top-level
heading, or at page furniture by tag (aside, footer, nav). When the page's structured
data gives the article's text (JSON-LD articleBody), it decides where the story ends:
the run stops at the last paragraph that is articleBody's, and nothing moves when none is.
"""

from __future__ import annotations

import re

import lxml.etree
from lxml.html import HtmlElement

from newscli.extract.html.common import MIN_PARAGRAPH, link_density, repeats_title

_MAYBE_MARKED = lxml.etree.XPath(".//*[contains(@itemprop, 'articleBody')]")  # found in C, the words checked after
_BOX_TAGS = frozenset({"div", "section", "article", "main"})  # a <meta> or <span> marked articleBody holds no blocks
_STOP_TAGS = frozenset({"h1", "aside", "footer", "nav", "header", "article", "main", "section", "form"})
_NEUTRAL_TAGS = frozenset(
    {"h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "pre", "figure", "hr"}
)  # set between paragraphs: subheadings, quotes, lists, pictures (a table is judged as a <div>: it may be the layout)
_PROSE_TAGS = ("p", "li", "blockquote", "pre", "dd", "td")
_MAX_LINKS = 0.5  # share of a paragraph's text inside links: more is a link line, not prose
_MAX_PLAIN = 200  # characters outside links a block between paragraphs may hold (a credit, a promo's title)
_MIN_PARAGRAPHS = 2  # paragraphs after the body before it counts as closed early
_SHINGLE = 4  # words: a run this long found in articleBody ties a paragraph to it
_MATCH_SHARE = 0.6  # of a paragraph's runs found in articleBody
_MIN_DATA_WORDS = 80  # an articleBody this short says too little to judge by
_WORD = re.compile(r"\w+")


def rejoin(body: HtmlElement, body_text: str | None = None, title: str | None = None) -> bool:
    """Move the story's paragraphs that follow the page's marked article body back into it.

    The marked body is the one element marked itemprop="articleBody" (pages that mark
    each part between subheadings have their own handling), else the innermost <article>
    or <main> holding the headline (title), else the block holding the first paragraph
    after the headline; for that last, unmarked one the story's rest must lie a level up
    or more (an intro box beside the story's paragraphs is how pages are built). Returns
    whether anything moved.
    """
    marked = [element for element in _MAYBE_MARKED(body) if "articleBody" in element.get("itemprop", "").split()]
    if len(marked) > 1:
        return False
    box = marked[0] if marked and marked[0].tag in _BOX_TAGS else _headline_block(body, title)
    climbs = False
    if box is None:
        box, climbs = _opening_block(body, title), True
    if box is None or any(ancestor.tag == "p" for ancestor in box.iterancestors()):
        return False
    run = _continuation(box, body)
    if climbs and all(element.getparent() is box.getparent() for element, _ in run):
        return False  # an intro box and the story after it, side by side: nothing was closed early
    taken = [i for i, (_, paragraph) in enumerate(run) if paragraph]
    if len(taken) >= _MIN_PARAGRAPHS and body_text and len(_WORD.findall(body_text)) >= _MIN_DATA_WORDS:
        runs = _shingles(body_text)
        taken = [i for i in taken if _is_data(run[i][0], runs)]
    if len(taken) < _MIN_PARAGRAPHS:
        return False
    for element, _ in run[: taken[-1] + 1]:
        box.append(element)  # lxml moves the element, its tail text with it
    return True


def _headline_block(body: HtmlElement, title: str | None) -> HtmlElement | None:
    """The innermost <article> or <main> holding a heading that repeats the title."""
    if not title:
        return None
    holding = [
        element
        for element in body.iter("article", "main")
        if any(repeats_title(heading.text_content(), title) for heading in element.iter("h1", "h2"))
    ]
    return max(holding, key=lambda element: sum(1 for _ in element.iterancestors()), default=None)


def _opening_block(body: HtmlElement, title: str | None) -> HtmlElement | None:
    """The block holding the story's first paragraph: the first after the <h1> that repeats the title."""
    if not title:
        return None
    after = False
    for node in body.iter("h1", "p"):
        if node.tag == "h1":
            after = after or repeats_title(node.text_content(), title)
        elif after and len(node.text_content().strip()) >= MIN_PARAGRAPH:
            parent = node.getparent()
            return parent if parent is not None and parent is not body and parent.tag in _BOX_TAGS else None
    return None


def _continuation(box: HtmlElement, body: HtmlElement) -> list[tuple[HtmlElement, bool]]:
    """The blocks after box in page order up to the first that ends the story, each with
    whether it is a paragraph of prose."""
    run: list[tuple[HtmlElement, bool]] = []
    node = box
    while node is not body:
        parent = node.getparent()
        if parent is None:
            break
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            kind = _kind(sibling)
            if kind == "stop":
                return run
            run.append((sibling, kind == "paragraph"))
        node = parent
    return run


def _kind(element: HtmlElement) -> str:
    """What a block after the marked body is: a paragraph of the story, something set between
    its paragraphs, or the end of the story."""
    tag = element.tag
    if tag in _STOP_TAGS:
        return "stop"
    if tag == "p":
        text = element.text_content().strip()
        return "paragraph" if len(text) >= MIN_PARAGRAPH and link_density(element) < _MAX_LINKS else "between"
    if tag in _NEUTRAL_TAGS:
        return "between"
    if any(_is_prose(node) for node in element.iter(_PROSE_TAGS)):
        return "stop"  # a block of paragraphs of its own: comments, an author box, another story
    linked = sum(len(link.text_content().strip()) for link in element.iter("a"))
    return "stop" if len(element.text_content().strip()) - linked > _MAX_PLAIN else "between"


def _is_prose(paragraph: HtmlElement) -> bool:
    return len(paragraph.text_content().strip()) >= MIN_PARAGRAPH and link_density(paragraph) < _MAX_LINKS


def _is_data(paragraph: HtmlElement, runs: set[tuple[str, ...]]) -> bool:
    """Whether most of a paragraph's runs of words are in the page's articleBody."""
    own = _shingles(paragraph.text_content())
    return bool(own) and sum(1 for run in own if run in runs) >= _MATCH_SHARE * len(own)


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = _WORD.findall(text.lower())
    if len(tokens) < _SHINGLE:
        return {tuple(tokens)} if len(tokens) >= 2 else set()
    return set(zip(*(tokens[i:] for i in range(_SHINGLE)), strict=False))  # each run of _SHINGLE words
