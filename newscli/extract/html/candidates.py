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
from itertools import pairwise

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
    """readability's pick, or a better-founded block when the pick is elsewhere or too small.

    Two corrections, both conservative:

    * a page-marked article (holding the headline, or itemprop=articleBody) replaces a
      pick that shares almost nothing with it (readability took a teaser list or a
      comment thread beside the post) or that holds it together with other <article>s
      (the post and the teasers under it). When the pick lies inside the marked
      article, the rest of the article element is usually comments, so the pick stays.
    * a pick with almost no prose (a caption, a box) gives way to the element with the
      most prose: any marked article, or else the page's densest run of paragraphs.
    """
    live = [c for c in candidates if _attached(c.element, body)]
    marked = max((c.element for c in live if c.anchored), key=prose, default=None)
    if (
        marked is not None
        and prose(marked) >= _MIN_CANDIDATE_PROSE
        and (_elsewhere(picked, marked) or _with_teasers(picked, marked))
    ):
        return marked
    have = prose(picked) if picked is not None else 0
    if have >= _MIN_CANDIDATE_PROSE:
        return picked
    others = [c.element for c in live]
    dense = densest_container(body)
    if dense is not None:
        others.append(dense)
    best = max(others, key=prose, default=None)
    if best is not None and prose(best) >= max(_MIN_CANDIDATE_PROSE, 2 * have):
        return best
    return picked


def _elsewhere(picked: HtmlElement | None, marked: HtmlElement) -> bool:
    """True when little of the pick's text is in the marked article."""
    if picked is None:
        return True
    ours = paragraph_keys(picked)
    if not ours:
        return True
    return len(ours & paragraph_keys(marked)) / len(ours) < 0.3


def _with_teasers(picked: HtmlElement | None, marked: HtmlElement) -> bool:
    """True when the pick holds the marked article plus a run of other <article>s (teasers)."""
    if picked is None:
        return False
    theirs = paragraph_keys(marked)
    others = 0
    for element in picked.iter("article"):
        keys = paragraph_keys(element)
        if keys and not keys & theirs:
            others += 1
    return others >= 2


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
    """Share of the element's text that sits inside links."""
    total = len(element.text_content())
    if not total:
        return 0.0
    return min(1.0, sum(len(link.text_content()) for link in element.iter("a")) / total)


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
    return any(repeats_title(heading.text_content(), title) for heading in element.iter("h1", "h2"))


def repeats_title(text: str, title: str) -> bool:
    """Whether text is the page title's headline: its first words, at least four or all of them.

    Titles often carry more after the headline (" | Site Name"), so text may stop short of it.
    """
    words = _WORD.findall(text.lower())
    title_words = _WORD.findall(title.lower())
    return bool(words) and words == title_words[: len(words)] and len(words) >= min(len(title_words), 4)


def _attached(element: HtmlElement, body: HtmlElement) -> bool:
    """Still in the page after pruning (a candidate inside a removed box is gone with it)."""
    return element is body or any(ancestor is body for ancestor in element.iterancestors())


def missing_lead(article: HtmlElement, body: HtmlElement) -> list[HtmlElement]:
    """Paragraphs of the article that sit just before the container readability picked.

    Pages often set the standfirst and the first paragraphs apart from the rest: an
    intro <p> above the body <div>, or a "read more" box that holds the rest of the
    story. readability takes the best-scoring container and its siblings, one level
    deep, and so starts the article late. Walking back from the picked container (and
    up from it, a few levels), paragraphs are gathered until a heading or any other
    block with text of its own; pictures, empty ad slots and short link toggles
    ("Read more") are stepped over.
    """
    keys = paragraph_keys(article)
    if not keys:
        return []
    found = [p for p in body.iter(_PARAGRAPH_TAGS) if _key(p) in keys]
    if not found:
        return []
    node: HtmlElement | None = _common_ancestor(found)
    leads: list[HtmlElement] = []
    for _ in range(_LEAD_LEVELS):
        if node is None or node is body:
            break
        sibling = node.getprevious()
        while sibling is not None:
            step = _lead_step(sibling)
            if step == "stop":
                return leads
            if step == "take":
                leads.insert(0, sibling)
            sibling = sibling.getprevious()
        node = node.getparent()
    return leads


_LEAD_LEVELS = 3
_MAX_TOGGLE = 30  # characters: "Read more", "Show full article"


def _lead_step(element: HtmlElement) -> str:
    """What a block before the picked container is: a paragraph to take, to skip, or the end."""
    if not isinstance(element.tag, str):
        return "skip"
    text = element.text_content().strip()
    if not text:
        return "skip"  # an ad slot, a share bar of icons, an empty promo box
    if element.tag == "p" or (element.tag in ("div", "section") and _only_paragraphs(element)):
        return "take" if len(text) >= _MIN_PARAGRAPH and link_density(element) < 0.5 else "stop"
    if element.tag in ("figure", "picture", "img") or element.find(".//img") is not None:
        return "skip"  # a picture and its caption between the intro and the body
    if len(text) <= _MAX_TOGGLE and link_density(element) >= 0.5:
        return "skip"
    return "stop"


def _only_paragraphs(element: HtmlElement) -> bool:
    """A wrapper whose text is all in <p> children (an intro box), with no picture in it."""
    children = [child for child in element if isinstance(child.tag, str)]
    if not children or any(child.tag != "p" for child in children) or element.find(".//img") is not None:
        return False
    return not (element.text or "").strip() and all(not (child.tail or "").strip() for child in children)


def _key(paragraph: HtmlElement) -> str:
    text = paragraph.text_content()
    return " ".join(_WORD.findall(text.lower())[:12]) if len(text) >= _MIN_PARAGRAPH else ""


def _common_ancestor(elements: list[HtmlElement]) -> HtmlElement | None:
    """The deepest element holding all of elements."""
    path = [elements[0], *elements[0].iterancestors()]
    depth = {id(node): i for i, node in enumerate(path)}
    lowest = 0
    for element in elements[1:]:
        for node in (element, *element.iterancestors()):
            if id(node) in depth:
                lowest = max(lowest, depth[id(node)])
                break
        else:
            return None
    return path[lowest]


_GAP_MAX = 2  # paragraphs; a longer run readability left out is some other block
_GAP_MAX_LINK_SHARE = 0.5


def missing_between(article: HtmlElement, body: HtmlElement) -> list[tuple[HtmlElement, HtmlElement]]:
    """Paragraphs readability dropped from the middle of the article: (article paragraph to follow, paragraph).

    readability keeps a sibling paragraph of 80 characters or more only when under a
    quarter of it is link text, so "The study was published Monday in <a>the journal
    Nature Astronomy</a>." vanishes from between two kept paragraphs. A paragraph the
    page shows between two paragraphs the article kept, in a gap of one or two, is put
    back; boilerplate there has been pruned already and the block filter still runs.
    """
    in_article: dict[str, HtmlElement] = {}
    for paragraph in article.iter("p"):
        key = _key(paragraph)
        if key:
            in_article.setdefault(key, paragraph)
    if len(in_article) < 2:
        return []
    page = [p for p in body.iter("p") if not any(a.tag == "p" for a in p.iterancestors())]
    kept = [i for i, p in enumerate(page) if _key(p) in in_article]
    restored: list[tuple[HtmlElement, HtmlElement]] = []
    for before, after in pairwise(kept):
        gap = page[before + 1 : after]
        if not gap or len(gap) > _GAP_MAX:
            continue
        anchor = in_article[_key(page[before])]
        for paragraph in gap:
            text = paragraph.text_content().strip()
            linked = sum(len(a.text_content()) for a in paragraph.iter("a"))
            if len(text) >= _MIN_PARAGRAPH and linked <= _GAP_MAX_LINK_SHARE * len(text):
                restored.append((anchor, paragraph))
    return restored
