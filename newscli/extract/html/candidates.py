"""Stage 2, candidates: the page's own markup for "this is the article", noted before pruning.

readability scores paragraphs and takes the best-scoring container. It goes wrong in
two recognisable ways: on a post followed by a list of teaser posts it can pick the
list (more text in total), and on pages whose article is split into many small blocks
it can return a fragment. The page usually says where its article is — an <article>
or <main> element holding the headline, an itemprop="articleBody" — so those are
taken as candidates here, for the choose stage to compare with readability's pick.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newscli.extract.html.common import Candidate, repeats_title


def find_candidates(body: HtmlElement, title: str | None) -> list[Candidate]:
    """<article>, <main> and itemprop=articleBody elements, noting those that hold the headline."""
    found: list[Candidate] = []
    for element in body.iter("article", "main", "div", "section"):
        marked_body = "articleBody" in (element.get("itemprop") or "").split()
        if element.tag in ("div", "section") and not marked_body:
            continue
        found.append(Candidate(element, marked_body or _holds_headline(element, title)))
    return found


def _holds_headline(element: HtmlElement, title: str | None) -> bool:
    if not title:
        return False
    return any(repeats_title(heading.text_content(), title) for heading in element.iter("h1", "h2"))
