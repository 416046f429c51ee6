"""Article extraction from HTML: readability-lxml's scoring on a tree we prepare ourselves.

extract() runs the stages in order, each in its own module, handing plain data (a tree,
a list of candidates, an element, a list of blocks, a text) from one to the next:

1. parse (html/parse): strip what is never text — scripts, empty hidden elements, small forms;
   rejoin (html/rejoin): put back into the marked article body the paragraphs that broken
   markup (a stray end tag) set after it;
2. candidates (html/candidates): note the page's own article blocks — <article>/<main>/
   articleBody, and the block its headline or description names;
3. prune (html/boilerplate): remove blocks the page names as furniture;
4. choose (html/readability, html/choose): readability's pick, checked against the
   candidates and the densest text, as the page's own blocks with the lead and gaps put
   back; link blocks and a bare byline come out (html/boilerplate);
5. render (html/render): paragraphs, headings, list items, rows as blocks with their link share;
6. filter (html/filter): drop the blocks text evidence marks as boilerplate;
7. complete (html/complete): compare the text with what the page's structured data says
   the article holds; recover what is in the page, warn about what is not.

No stage imports another; what they share is in html/common.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lxml.html import HtmlElement

from newscli.extract.html import complete
from newscli.extract.html.boilerplate import drop_link_blocks, drop_media_boxes, prune, take_byline
from newscli.extract.html.candidates import find_candidates
from newscli.extract.html.choose import choose, restore
from newscli.extract.html.common import Block, densest_container
from newscli.extract.html.complete import Evidence
from newscli.extract.html.filter import filter_blocks, filter_page, is_link_list
from newscli.extract.html.parse import page_title, parse_html, strip_noise
from newscli.extract.html.readability import readability_article
from newscli.extract.html.rejoin import rejoin
from newscli.extract.html.render import render_blocks

__all__ = [
    "Evidence",
    "Extraction",
    "article_text",
    "extract",
    "extract_text",
    "page_text",
    "page_title",
    "parse_html",
    "strip_noise",
]


_FEW_WORDS = 150  # below this, a page's paywall marks are looked for


@dataclass(frozen=True)
class Extraction:
    """The article's text, and what the user should know about it."""

    text: str
    warnings: tuple[str, ...] = ()
    byline: str | None = None  # an author named only in a bare byline at the top of the body


def extract(
    root: HtmlElement,
    *,
    title: str | None = None,
    description: str | None = None,
    evidence: Evidence | None = None,
    authors: Sequence[str] = (),
) -> Extraction:
    """The article's text: readability's pick, cleaned, checked against the page's own account of it."""
    if title is None:
        title = page_title(root)
    evidence = evidence or Evidence()
    prepared = strip_noise(root)  # 1. parse
    body = _body(prepared)
    rejoin(body, evidence.body_text, title)  # before anything measures where the text is
    candidates = find_candidates(body, title, description)  # 2. candidates, before pruning can remove them
    densest = densest_container(body)  # kept by pruning and by readability, whatever its name
    prune(body, densest)  # 3. prune
    pick = readability_article(prepared, densest)  # 4. choose
    article = choose(pick.article, candidates, body, pick.sources)
    text = ""
    links_only = False
    byline = None
    if article is not None:
        article = restore(article, pick, body)
        prune(article)
        drop_media_boxes(article)
        drop_link_blocks(article)
        byline = take_byline(article, authors)
        blocks = render_blocks(article)  # 5. render
        links_only = is_link_list(blocks)  # a section front, an archive: no article to find
        text = "" if links_only else _join(filter_blocks(blocks, title=title))  # 6. filter
    warnings: list[str] = []
    if complete.is_short(text, evidence):  # 7. complete
        text = _recovered(root, text, evidence)
        if complete.is_short(text, evidence):
            warnings.append(complete.warning(text, evidence))
    elif text and complete.misses(text, evidence):  # long enough, but not all the story: its paragraphs in the page
        text = _recovered(root, text, evidence)
    elif text and complete.words(text) < _FEW_WORDS:
        note = complete.paywall_note(text, evidence, root.text_content())
        if note:
            warnings.append(note)
    if not text and not links_only:  # no article told apart: the page's text, without link lists and furniture
        page = render_blocks(_body(prepared))
        text = "" if is_link_list(page) else _join(filter_page(page))
    return Extraction(text, tuple(warnings), byline if byline and not authors else None)


def _recovered(root: HtmlElement, text: str, evidence: Evidence) -> str:
    """The article found again from articleBody: among all the page's blocks, else articleBody itself."""
    if not evidence.body_text:
        return text
    page = render_blocks(_body(strip_noise(root)))  # afresh: nothing pruned
    found = complete.from_page(page, evidence.body_text, text)
    if complete.better(found, text):
        text = found
    if complete.is_short(text, evidence):
        data = complete.from_data(evidence.body_text)
        if complete.better(data, text):
            text = data
    return text


def extract_text(root: HtmlElement, *, title: str | None = None, description: str | None = None) -> str:
    """The article's text (see extract)."""
    return extract(root, title=title, description=description).text


def article_text(element: HtmlElement, *, title: str | None = None) -> str:
    """The element's text with text-evident boilerplate removed, paragraphs one blank line apart."""
    return _join(filter_blocks(render_blocks(element), title=title))


def page_text(prepared: HtmlElement) -> str:
    """Every block of the page, nothing left out: the page as text (--raw)."""
    return _join(render_blocks(_body(prepared)))


def _body(prepared: HtmlElement) -> HtmlElement:
    body = prepared.find("body")
    return body if body is not None else prepared


def _join(blocks: list[Block]) -> str:
    return "\n\n".join(block.text for block in blocks)
