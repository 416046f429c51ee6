"""Stage 3, prune: DOM evidence of boilerplate, the class/id words and tags that never hold the article.

Sites name their furniture in plain words — "share-bar", "relatedLinks", "byline",
"wp-caption-text" — so the words in class and id attributes are the strongest single
clue to what a block is. Two kinds of words are told apart:

* hard words (share, related, newsletter, caption, ad ...) name blocks that are never
  article text, whatever their size;
* soft words (date, author, title ...) also appear on wrappers of real content, so they
  only condemn short blocks without prose.

A block holding most of the page's prose is never removed, whatever its name: a site
that calls its article wrapper "post-share-container" must not lose its article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from lxml.html import HtmlElement

from newscli.extract.bylines import is_person_name
from newscli.extract.html.common import densest_container
from newscli.extract.lexicon import SECTION_HEADINGS, phrases

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")

_HARD_WORDS = phrases(
    "share shares sharing sharebar sharetools social socials sociallinks related relatedposts "
    "relatedlinks relatedarticles recommended recommendations recirculation outbrain taboola "
    "newsletter newsletters subscribe subscription subscriptions signup promo promos promotion "
    "promoted sponsored sponsor advert adverts advertisement advertising ad ads adsense adslot "
    "adunit dfp caption captions figcaption credit credits photocredit imagecredit byline bylines "
    "breadcrumb breadcrumbs comments commentlist disqus gallery slideshow carousel dek standfirst "
    "kicker tags taglist tagcloud cookie cookies consent gdpr trending comment tools similar"
)
# Words for ad slots. Sites also put them on sections of the article that carry an ad
# ("TestReport__Section--Ads"), so a block with paragraphs of prose in it stays.
_AD_WORDS = phrases("ad ads adsense adslot adunit dfp advert adverts advertisement advertising")
_SLOT_MIN_PARAGRAPHS = 2  # paragraphs of prose (see prose_length), or
_SLOT_MIN_PROSE = 300  # characters of them
_HARD_PREFIXES = (
    "share", "social", "related", "newsletter", "subscri", "promo", "sponsor", "advert",
    "caption", "byline", "breadcrumb", "outbrain", "taboola", "recommend", "cookie", "consent", "similar",
)  # fmt: skip
_HARD_SUFFIXES = ("share", "sharing", "caption", "credit", "byline", "newsletter", "related", "ads", "footer")
# Layout words name where a block sits, not what it is: "l-sidebar-fixed l-article-body"
# is an article column, so a content word overrules them (readability's rule too).
_LAYOUT_WORDS = phrases("footer masthead navbar navigation nav menu sidebar toolbar pagination pager")
_CONTENT_WORDS = phrases("article body content entry main post story text")
_SOFT_WORDS = phrases(
    "author authors authorname dateline date dates timestamp time pubdate published updated "
    "posted meta metadata info headline attribution"
)
# Phrases that only make sense across token boundaries ("sr-only", "screen-reader-text").
# "noprint" and its kin: what the site itself leaves out of a printed article.
_HIDDEN_PHRASES = re.compile(
    r"sr-only|screen-?reader|visually-?hidden|visuallyhidden|offscreen|\bno-?print\b|hidden-print|d-print-none", re.I
)
_NEVER_TEXT_TAGS = frozenset({"nav", "aside", "footer", "header", "figcaption", "menu"})
_NEVER_REMOVED = frozenset({"body", "html", "article", "main"})
_SOFT_MAX_CHARS = 250
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A heading or paragraph is never a menu or a sidebar, whatever its id ("nav_schredder_statt"
# anchors a heading for the page's table of contents).
_TEXT_BLOCKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p"})
_PROSE_MIN_CHARS = 80
# A block holding more than this share of the tree's prose is the article, whatever its class says.
_KEEP_SHARE = 0.5


@lru_cache(maxsize=4096)
def _tokens(raw: str) -> tuple[str, ...]:
    """Lower-case words of class and id values: "relatedLinks sb-2" -> related, links, sb, 2."""
    # pages repeat the same class strings hundreds of times, so the split is cached
    return tuple(token for token in _TOKEN_SPLIT.split(_CAMEL.sub(" ", raw).lower()) if token)


@lru_cache(maxsize=4096)
def _word_verdict(tokens: tuple[str, ...]) -> str | None:
    """'hard', 'slot' or 'soft' when a class/id word names page furniture, else None."""
    soft = layout = content = slot = False
    for token in tokens:
        if token.startswith("commentary"):  # opinion sections call their articles commentary
            continue
        if token in _AD_WORDS or token.startswith("advert"):
            slot = True
            continue
        if token in _HARD_WORDS or token.startswith(_HARD_PREFIXES) or token.endswith(_HARD_SUFFIXES):
            return "hard"
        layout = layout or token in _LAYOUT_WORDS
        content = content or token in _CONTENT_WORDS
        soft = soft or token in _SOFT_WORDS
    if layout and not content:
        return "layout"
    if slot:
        return "slot"
    return "soft" if soft else None


def prose_length(element: HtmlElement) -> int:
    """Characters in the element's paragraphs long enough to be prose rather than labels or links."""
    total = 0
    for paragraph in element.iter("p", "li", "blockquote", "pre"):
        length = len(paragraph.text_content())
        if length >= _PROSE_MIN_CHARS:
            total += length
    return total


def prune(tree: HtmlElement, densest: HtmlElement | None = None) -> None:
    """Remove boilerplate blocks from tree (a page body or an extracted article) in place.

    densest: the tree's densest container (common.densest_container), when already known.
    """
    total_prose = prose_length(tree)
    best = densest if densest is not None else densest_container(tree)
    core = {best, *best.iterancestors()} if best is not None else set()
    doomed: list[HtmlElement] = []
    stack = list(reversed(tree))
    while stack:
        element = stack.pop()
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if element not in core and tag not in _NEVER_REMOVED and _condemned(element, tag, total_prose):
            doomed.append(element)
            continue  # nothing inside a removed block needs a look
        stack.extend(reversed(element))
    for element in doomed:
        element.drop_tree()  # drop_tree keeps the tail text, which belongs to the parent


def _prose_paragraphs(element: HtmlElement) -> int:
    return sum(
        1
        for paragraph in element.iter("p", "li", "blockquote", "pre")
        if len(paragraph.text_content()) >= _PROSE_MIN_CHARS
    )


def _condemned(element: HtmlElement, tag: str, total_prose: int) -> bool:
    verdict = _verdict(element, tag)
    if verdict is None:
        return False
    prose = prose_length(element)
    if total_prose and prose > _KEEP_SHARE * total_prose:
        return False
    if _is_embed(element):
        return False
    if verdict == "hard" or (verdict == "layout" and tag not in _TEXT_BLOCKS):
        return True
    if verdict == "slot":  # an ad slot holds no run of prose; a section "with ads" that does is the article's
        return prose < _SLOT_MIN_PROSE and _prose_paragraphs(element) < _SLOT_MIN_PARAGRAPHS
    # soft words never take a subheading: "article-heading" or not, it is short and prose-free
    return tag not in _SUBHEADINGS and not prose and len(element.text_content()) <= _SOFT_MAX_CHARS


def drop_media_boxes(article: HtmlElement) -> None:
    """Remove the pictures and videos the page names as such from the article, with their captions and titles.

    Run on the chosen article only: on the whole page, a removed box can change which
    block reads as the article.
    """
    doomed = [
        element
        for element in article.iter("div", "span")
        if element is not article and _is_picture_box(element, element.tag)
    ]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


_PICTURE_WORDS = frozenset(("image", "img", "photo", "picture", "pic"))
_VIDEO_WORDS = frozenset(("video",))
_PICTURE_MAX_CHARS = 300  # a caption with its credit, a video's title


def _is_picture_box(element: HtmlElement, tag: str) -> bool:
    """A box the page names as a picture or a video, holding it and its caption or title, no paragraph.

    "<div class=image-right><img><i>The old shelter is now a mail room. (Jane Doe/Example)</i></div>",
    "<div class=c-video><img alt='Click to play'><time>2:34</time><span>Another story's title</span></div>";
    a video's player is often filled in later, so a box named as a video needs no image in it.
    """
    css = element.get("class")
    if tag not in ("div", "span") or not css:
        return False
    tokens = set(_tokens(css))
    if not tokens & _VIDEO_WORDS and not (tokens & _PICTURE_WORDS and element.find(".//img") is not None):
        return False
    return element.find(".//p") is None and len(element.text_content().strip()) <= _PICTURE_MAX_CHARS


def _is_embed(element: HtmlElement) -> bool:
    """A wrapper around an embedded post ("social-embed", "article-tweet"): mostly one quote."""
    quotes = element.findall(".//blockquote")
    if len(quotes) != 1:
        return False
    quoted = len(quotes[0].text_content())
    return quoted >= 40 and quoted >= 0.6 * len(element.text_content())


def _verdict(element: HtmlElement, tag: str) -> str | None:
    if tag in _NEVER_TEXT_TAGS:
        return "hard"
    css, ident = element.get("class"), element.get("id")
    if (not css and not ident) or element.get("itemprop") == "articleBody":
        return None
    verdict, popup = _name_verdict(css, ident)
    if popup and tag != "a" and not any(_popup_inside(child) for child in element):
        # the innermost popup is the card shown on hover; an outer one (or the link) holds the name
        return "hard"
    return verdict


@lru_cache(maxsize=8192)
def _name_verdict(css: str | None, ident: str | None) -> tuple[str | None, bool]:
    """The verdict on a class and id pair, and whether they name a popup (pages repeat their pairs)."""
    if ident and _SLUG.match(ident):
        ident = None  # an id made from the block's own words ("the-actor-wore-a-similar-style") names nothing
    if css and _HIDDEN_PHRASES.search(css):
        return "hard", False
    tokens = _tokens(f"{css or ''} {ident or ''}")
    return _word_verdict(tokens), _is_popup(tokens)


_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+){4,}$")


# Hover cards and tooltips sit inside sentences ("Rep. <span class=rollover-people>Ilhan
# Omar<span class=rollover-people-block>photo, headlines, MORE</span></span>") and glue
# their headlines into the article text.
_POPUP_WORDS = frozenset({"rollover", "tooltip", "tooltips", "popover", "popup", "hovercard", "flyout"})


def _is_popup(tokens: tuple[str, ...]) -> bool:
    return any(token in _POPUP_WORDS for token in tokens) or ("hover" in tokens and "card" in tokens)


def _popup_inside(element: HtmlElement) -> bool:
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        css, ident = node.get("class"), node.get("id")
        if (css or ident) and _is_popup(_tokens(f"{css or ''} {ident or ''}")):
            return True
    return False


_LINK_BLOCK_TAGS = ("div", "section", "ul", "ol", "dl", "table", "aside", "header", "footer", "nav", "form", "center")
_LINK_BLOCK_SHARE = 0.6  # of a block's text inside links
_LINK_BLOCK_MAX_PLAIN = 200  # characters outside links: more is prose with links in it
_LINK_BLOCK_MAX_SHARE = 0.5  # of the article's text: a block holding more is the article itself


def drop_link_blocks(article: HtmlElement) -> None:
    """Remove blocks inside the article that are mostly links: other stories, tag lists, menus.

    The article is rendered from the page's own blocks, so a "most read" box or a list of
    further links set between its paragraphs comes with it unless its class names it.
    A block qualifies when two or more links make up most of its text and little text
    stands outside them; a list of people or places that links some names keeps its words.
    """
    total = _visible_length(article)
    doomed: list[HtmlElement] = []
    stack = list(reversed(article))
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue
        if element.tag in _LINK_BLOCK_TAGS and len(element.findall(".//a")) >= 2 and _is_link_block(element, total):
            doomed.append(element)
            continue
        stack.extend(reversed(element))
    for element in doomed:
        lead = element.getprevious()
        if element.tag in ("ul", "ol", "dl") and lead is not None and _is_lead_in(lead):
            lead.drop_tree()  # "Related stories:" goes with its list
        element.drop_tree()


def _visible_length(element: HtmlElement) -> int:
    """Characters of text, runs of whitespace counted as one."""
    return len(" ".join(element.text_content().split()))


def _is_lead_in(element: HtmlElement) -> bool:
    """A short line ending in a colon that introduces what follows."""
    if not isinstance(element.tag, str) or element.tag not in ("p", "h2", "h3", "h4", "h5", "h6", "strong", "b", "div"):
        return False
    text = element.text_content().strip()
    return text.endswith(":") and len(text.split()) <= 15


def _is_link_block(element: HtmlElement, total: int) -> bool:
    length = _visible_length(element)  # markup's indentation is no text
    if not length or length > _LINK_BLOCK_MAX_SHARE * total:
        return False
    links = [_visible_length(link) for link in element.iter("a")]
    linked = sum(links)
    return (
        sum(1 for size in links if size) >= 2
        and linked >= _LINK_BLOCK_SHARE * length
        and length - linked <= _LINK_BLOCK_MAX_PLAIN
    )


_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+\.?")
_EMPHASIS = ("strong", "b")
_LEAD_WORDS = 12  # the paragraph after a byline is prose


def take_byline(article: HtmlElement, known: Sequence[str]) -> str | None:
    """Remove a bare byline that opens the article body, returning the name it gives.

    Some sites set the author's name in bold as the body's first paragraph, with no "By":
    "<p><strong>Jane Doe</strong></p>" before the first paragraph of prose. Taken only
    when the name has two to four capitalised words and the next paragraph is prose, and
    only when the page names no author or names this one.
    """
    blocks = (element for element in article.iter("p", "div") if element.text_content().strip())
    for first, after in pairwise(blocks):
        if any(ancestor is first for ancestor in after.iterancestors()):
            continue  # a wrapper around what follows: look inside it
        name = _bold_name(first)
        if name is None or len(after.text_content().split()) < _LEAD_WORDS:
            return None
        if known and name.casefold() not in {author.casefold() for author in known}:
            return None
        first.drop_tree()
        return name
    return None


def _bold_name(element: HtmlElement) -> str | None:
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) != 1 or children[0].tag not in _EMPHASIS or (element.text or "").strip():
        return None
    if (children[0].tail or "").strip():
        return None
    words = children[0].text_content().split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(word) for word in words):
        return None
    name = " ".join(words)
    if not is_person_name(name) or name.casefold() in SECTION_HEADINGS:  # no organisation, role or "Top Stories"
        return None
    return name
