"""Article extraction from HTML: readability-lxml's scoring on a tree we prepare ourselves.

extract_text() runs the stages in order, each in its own module, handing plain data
(a tree, a list of candidates, an element, a list of blocks) from one to the next:

1. parse (html/parse): strip what is never text — scripts, hidden elements, small forms;
2. candidates (html/candidates): note the page's own <article>/<main>/articleBody blocks;
3. prune (html/boilerplate): remove blocks the page names as furniture;
4. choose (html/readability, html/choose): readability's pick, checked against the
   candidates and the densest text, with the lead and gaps it left out put back;
5. render (html/render): paragraphs, headings, list items, rows as blocks with their link share;
6. filter (html/filter): drop the blocks text evidence marks as boilerplate.

No stage imports another; what they share is in html/common.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newscli.extract.html.boilerplate import drop_link_blocks, prune
from newscli.extract.html.candidates import find_candidates
from newscli.extract.html.choose import choose, restore
from newscli.extract.html.common import Block
from newscli.extract.html.filter import filter_blocks
from newscli.extract.html.parse import page_title, parse_html, strip_noise
from newscli.extract.html.readability import readability_article
from newscli.extract.html.render import render_blocks

__all__ = ["article_text", "extract_text", "page_text", "page_title", "parse_html", "strip_noise"]


def extract_text(root: HtmlElement, *, title: str | None = None, description: str | None = None) -> str:
    """The article's text: readability's pick, cleaned, or the whole page when it finds nothing."""
    if title is None:
        title = page_title(root)
    prepared = strip_noise(root)  # 1. parse
    body = _body(prepared)
    candidates = find_candidates(body, title, description)  # 2. candidates, before pruning can remove them
    prune(body)  # 3. prune
    pick = readability_article(prepared)  # 4. choose
    article = choose(pick.article, candidates, body, pick.sources)
    if article is None:
        return page_text(prepared)
    article = restore(article, pick, body)
    prune(article)
    drop_link_blocks(article)
    return article_text(article, title=title) or page_text(prepared)  # 5. render, 6. filter


def article_text(element: HtmlElement, *, title: str | None = None) -> str:
    """The element's text with text-evident boilerplate removed, paragraphs one blank line apart."""
    return _join(filter_blocks(render_blocks(element), title=title))


def page_text(prepared: HtmlElement) -> str:
    """Every block of the page: the fallback when no article can be told apart."""
    return _join(render_blocks(_body(prepared)))


def _body(prepared: HtmlElement) -> HtmlElement:
    body = prepared.find("body")
    return body if body is not None else prepared


def _join(blocks: list[Block]) -> str:
    return "\n\n".join(block.text for block in blocks)
