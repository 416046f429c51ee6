"""Stage 4, choose: readability's pick, checked against the page's candidates, made whole.

readability takes the best-scoring container; the candidates (stage 2) say where the
page itself puts its article. choose() settles between them, and restore() turns the
choice into the page's own blocks (readability's copy has lost lists, tables and
subheadings to its cleaning) and puts back what readability's one-level-deep view leaves
out: the standfirst above the picked container and short runs it skipped in the middle.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from itertools import pairwise

import lxml.html
from lxml.html import HtmlElement

from newscli.extract.html.common import (
    MIN_PARAGRAPH,
    PARAGRAPH_TAGS,
    Candidate,
    Pick,
    between,
    densest_container,
    link_density,
    paragraph_key,
    paragraph_keys,
    prose,
)

_MIN_CANDIDATE_PROSE = 200
_OWN_SHARE = 0.3  # the page's own block must hold this much of the pick's prose to replace it


def choose(
    picked: HtmlElement | None,
    candidates: list[Candidate],
    body: HtmlElement,
    sources: Sequence[HtmlElement] = (),
) -> HtmlElement | None:
    """readability's pick, or a better-founded block when the pick is elsewhere or too small.

    Four corrections, all conservative:

    * the page's own block (after its headline, or opening with its description) replaces
      a pick that shares almost nothing with it, on firm ground (_is_elsewhere_article):
      on a page of several articles readability may take a longer one than the page's own;
    * the <article> holding the headline replaces a pick inside a neighbouring <article>;
    * a page-marked article (holding the headline, or itemprop=articleBody) replaces a
      pick that shares almost nothing with it (readability took a teaser list or a
      comment thread beside the post) or that holds it together with other <article>s
      (the post and the teasers under it). When the pick lies inside the marked
      article, the rest of the article element is usually comments, so the pick stays.
    * a pick with almost no prose (a caption, a box) gives way to the element with the
      most prose: any marked article, or else the page's densest run of paragraphs.
    """
    # the own block may be a copy of a run of the page (no parent): pruning cannot have removed it
    live = [c for c in candidates if c.run or _attached(c.element, body)]
    keys = _Keys()
    own = next((c for c in live if c.own), None)
    if own is not None and _is_elsewhere_article(picked, own, keys):
        return own.element
    sibling = _headline_article(live, sources, keys, picked)
    if sibling is not None:
        return sibling
    marked = max((c.element for c in live if c.anchored), key=keys.prose, default=None)
    if (
        marked is not None
        and keys.prose(marked) >= _MIN_CANDIDATE_PROSE
        and (_elsewhere(picked, marked, keys) or _with_teasers(picked, marked))
        and not _holds_split_body(picked, marked, live, keys)
    ):
        return marked
    have = keys.prose(picked)
    if have >= _MIN_CANDIDATE_PROSE:
        return picked
    others = [c.element for c in live]
    dense = densest_container(body)
    if dense is not None:
        others.append(dense)
    best = max(others, key=keys.prose, default=None)
    if best is not None and keys.prose(best) >= max(_MIN_CANDIDATE_PROSE, 2 * have):
        return best
    return picked


class _Keys:
    """paragraph_keys and prose, each computed once per element during one choice."""

    def __init__(self) -> None:
        self._keys: dict[HtmlElement, set[str]] = {}
        self._prose: dict[HtmlElement, int] = {}

    def __call__(self, element: HtmlElement) -> set[str]:
        found = self._keys.get(element)
        if found is None:
            found = self._keys[element] = paragraph_keys(element)
        return found

    def prose(self, element: HtmlElement | None) -> int:
        if element is None:
            return 0
        found = self._prose.get(element)
        if found is None:
            found = self._prose[element] = prose(element)
        return found


def _headline_article(
    live: list[Candidate], sources: Sequence[HtmlElement], keys: _Keys, picked: HtmlElement | None
) -> HtmlElement | None:
    """The <article> holding the headline, when readability's pick sits in another <article> beside it.

    A page that lists several full articles, each its own <article> with its headline,
    names its own by the headline that repeats the title; readability may take a longer
    neighbour.
    """
    if not sources:
        return None
    ours = [c.element for c in live if c.anchored and c.element.tag == "article"]
    homes = {_nearest_article(source) for source in sources}
    for article in sorted(ours, key=keys.prose):  # the innermost first
        if None in homes or article in homes:
            return None
        if (
            all(home is not None and _apart(home, article) for home in homes)
            and keys.prose(article) >= max(_MIN_CANDIDATE_PROSE, _OWN_SHARE * keys.prose(picked))
            and _elsewhere(picked, article, keys)
        ):
            return article
    return None


def _nearest_article(element: HtmlElement) -> HtmlElement | None:
    if element.tag == "article":
        return element
    return next((ancestor for ancestor in element.iterancestors() if ancestor.tag == "article"), None)


def _apart(one: HtmlElement, other: HtmlElement) -> bool:
    """Neither element holds the other."""
    return one is not other and one not in set(other.iterancestors()) and other not in set(one.iterancestors())


def _is_elsewhere_article(picked: HtmlElement | None, own: Candidate, keys: _Keys) -> bool:
    """Whether the pick is some other text than the page's own article block, which should win.

    The own block must share almost nothing with the pick and hold an article's worth of
    text; and it wins only on firm ground: it is a run cut off by another article's
    headline, or it holds more prose than the pick, or the pick sits mostly under other
    articles' headlines (a list of other stories, the next post loaded below).
    """
    have = keys.prose(picked)
    amount = keys.prose(own.element)
    if amount < _MIN_CANDIDATE_PROSE:
        return False
    if own.run and picked is not None and _holds_with_rivals(picked, own, keys):
        return True  # the pick is ours and the next article after it: ours alone
    if amount < _OWN_SHARE * have or not _elsewhere(picked, own.element, keys):
        return False
    if own.run or amount >= have or picked is None:
        return True
    ours = keys(picked)
    return bool(ours) and len(ours & own.rivals) >= 0.5 * len(ours)


def _holds_with_rivals(picked: HtmlElement, own: Candidate, keys: _Keys) -> bool:
    """Whether the pick holds the own run's paragraphs and a good share under other articles' headlines."""
    picked_keys, own_keys = keys(picked), keys(own.element)
    if not picked_keys or not own_keys:
        return False
    return len(own_keys & picked_keys) >= 0.8 * len(own_keys) and len(picked_keys & own.rivals) >= 0.3 * len(
        picked_keys
    )


def _elsewhere(picked: HtmlElement | None, marked: HtmlElement, keys: _Keys | None = None) -> bool:
    """True when little of the pick's text is in the marked article."""
    if picked is None:
        return True
    keys = keys or _Keys()
    ours = keys(picked)
    if not ours:
        return True
    return len(ours & keys(marked)) / len(ours) < 0.3


def _holds_split_body(picked: HtmlElement | None, marked: HtmlElement, live: list[Candidate], keys: _Keys) -> bool:
    """Whether the pick is the whole of an article body the page marks in parts.

    Some pages put itemprop="articleBody" on each group of paragraphs between the
    subheadings; the largest part then shares little with a pick that holds them all.
    """
    parts = [c.element for c in live if c.anchored and _marks_body(c.element)]
    if picked is None or marked not in parts or len(parts) < 2:
        return False
    ours = keys(picked)
    whole = set().union(*(keys(part) for part in parts))
    return bool(ours) and len(ours & whole) >= 0.7 * len(ours)


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


def restore(article: HtmlElement, pick: Pick, body: HtmlElement) -> HtmlElement:
    """The chosen article as the page lays it out, with the lead readability left out put back.

    readability hands back its own cleaned copy of the blocks it picked: on the way it
    drops lists, tables, subheadings and short paragraphs it judges thin. When its pick is
    the article, the page's own blocks behind the pick are rendered instead (pruned by our
    rules, not readability's); where they are not known, readability's copy is kept and
    only the gaps it left between paragraphs are filled. Either way the result is a copy:
    the page body stays as it was.
    """
    if article is pick.article and pick.sources:
        article = lxml.html.Element("div")
        for block in page_blocks(_with_body_parts(pick.sources), body):
            article.append(_without_tail(copy.deepcopy(block)))
    elif article is pick.article:
        for anchor, paragraph in reversed(missing_between(article, body)):
            anchor.addnext(_without_tail(copy.deepcopy(paragraph)))
    else:
        article = copy.deepcopy(article)
    for position, lead in enumerate(missing_lead(article, body)):
        article.insert(position, copy.deepcopy(lead))
    return article


def _with_body_parts(sources: list[HtmlElement]) -> list[HtmlElement]:
    """The picked blocks and every other part of an article body the page marks in parts.

    readability judges each part on its own and leaves out a short one (the last few lines
    after a subheading); the page says they are all its article body.
    """
    parents: list[HtmlElement] = []
    for source in sources:
        parent = source.getparent()
        if _marks_body(source) and parent is not None and all(parent is not seen for seen in parents):
            parents.append(parent)
    extra = [sibling for parent in parents for sibling in parent if _marks_body(sibling) and sibling not in sources]
    return [*sources, *extra]


def _marks_body(element: HtmlElement) -> bool:
    return isinstance(element.tag, str) and "articleBody" in (element.get("itemprop") or "").split()


_GAP_MAX_CHARS = 300  # text between two picked blocks that is put back with them: a subheading, a short paragraph
_GAP_MAX_BLOCKS = 3


def page_blocks(sources: list[HtmlElement], body: HtmlElement) -> list[HtmlElement]:
    """The picked page blocks in page order, with the short runs readability skipped between them.

    A subheading in a box of its own, or a short paragraph readability judged thin, sits
    between two picked blocks; a run of more than a few blocks or a few lines is something
    else (a gallery, a box of other stories) and stays out.
    """
    if len(sources) == 1:
        return sources
    order = {element: position for position, element in enumerate(body.iter())}
    chosen = sorted((s for s in set(sources) if s in order), key=order.__getitem__)
    chosen = [s for s in chosen if not any(ancestor in chosen for ancestor in s.iterancestors())]
    blocks: list[HtmlElement] = chosen[:1]
    for before, after in pairwise(chosen):
        gap = [node for node in between(before, after) if isinstance(node.tag, str)]
        text = sum(len(node.text_content().strip()) for node in gap)
        if text and text <= _GAP_MAX_CHARS and len(gap) <= _GAP_MAX_BLOCKS:
            blocks.extend(gap)
        blocks.append(after)
    return blocks


def _without_tail(element: HtmlElement) -> HtmlElement:
    element.tail = None  # the copy goes in a new place; the text after the original is not its own
    return element


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
    found = [p for p in body.iter(PARAGRAPH_TAGS) if paragraph_key(p) in keys]
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
        return "take" if len(text) >= MIN_PARAGRAPH and link_density(element) < 0.5 else "stop"
    if element.tag in ("figure", "picture", "img") or element.find(".//img") is not None:
        return "skip"  # a picture and its caption between the intro and the body
    if len(text) <= _MAX_TOGGLE and link_density(element) >= 0.5:
        return "skip"
    return "stop"


def _only_paragraphs(element: HtmlElement) -> bool:
    """A wrapper whose text is all in <p>s (an intro box), through wrapper <div>s, with no picture in it."""
    if element.find(".//img") is not None:
        return False
    children = [child for child in element if isinstance(child.tag, str)]
    if not children or (element.text or "").strip() or any((child.tail or "").strip() for child in children):
        return False
    return all(child.tag == "p" or (child.tag in ("div", "section") and _only_paragraphs(child)) for child in children)


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
        key = paragraph_key(paragraph)
        if key:
            in_article.setdefault(key, paragraph)
    if len(in_article) < 2:
        return []
    page = [p for p in body.iter("p") if not any(a.tag == "p" for a in p.iterancestors())]
    kept = [i for i, p in enumerate(page) if paragraph_key(p) in in_article]
    restored: list[tuple[HtmlElement, HtmlElement]] = []
    for before, after in pairwise(kept):
        gap = page[before + 1 : after]
        if not gap or len(gap) > _GAP_MAX:
            continue
        anchor = in_article[paragraph_key(page[before])]
        for paragraph in gap:
            text = paragraph.text_content().strip()
            linked = sum(len(a.text_content()) for a in paragraph.iter("a"))
            if len(text) >= MIN_PARAGRAPH and linked <= _GAP_MAX_LINK_SHARE * len(text):
                restored.append((anchor, paragraph))
    return restored
