"""Where the page's headline stands, and the byline shown under it.

The article's own byline and timestamp stand in the few lines between its headline and
its first paragraph, often with no class that names them: "By Jane Doe<br>Example News",
"by Jane Doe / January 19, 2017 /", "<span>By</span> <a href=/author/jane-doe>Jane Doe</a>
<span>Published in Sports</span>". Bylines elsewhere on the page belong to other stories
(teasers in a "Most popular" list), pictures ("Photograph by ...") or comments.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newscli.extract.bylines import is_person_name
from newscli.extract.lexicon import BY_ALTERNATION

_WORD = re.compile(r"\w+")
_SKIP = frozenset(("script", "style", "noscript", "template", "svg", "iframe", "head", "title", "meta", "link"))
_INLINE = frozenset(
    ("a", "span", "strong", "b", "em", "i", "u", "cite", "small", "font", "time", "abbr", "mark", "bdi", "label")
)  # fmt: skip
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_BYLINE_START = re.compile(rf"^(?:{BY_ALTERNATION})(?:\s*:|\s|$)", re.IGNORECASE)
_BYLINE_LEAD = re.compile(rf"^(?:{BY_ALTERNATION})\s*:?[\s|]*", re.IGNORECASE)
_BYLINE_NAMES = ("byline", "author", "writer")
# The elements a page names as a byline or its author, anywhere on the page (_is_named_byline's rule, case as written)
BYLINE_XPATH = (
    "//*[@rel='author' or @itemprop='author' or "
    + " or ".join(f"contains(@class, '{word}')" for word in _BYLINE_NAMES)
    + "]"
)
# A picture's caption and credit ("Photograph by ..."), a pull quote's attribution: names there are not the writer's
_CAPTION_TAGS = frozenset(("figure", "figcaption", "blockquote", "q"))
_CAPTION_NAMES = ("caption", "credit", "quote")
# elements a page names as its headline: class or id "headline", "headline2", "story-headline"
HEADLINE_NAMED_XPATH = (
    ".//*[contains(translate(@class, 'HEADLINE', 'headline'), 'headline')"
    " or contains(translate(@id, 'HEADLINE', 'headline'), 'headline')]"
)
_WINDOW_TEXTS = 80  # pieces of text after the headline where its byline may stand
_PROSE_WORDS = 30  # a piece of text this long outside a heading is the article's first paragraph
_MAX_BYLINE = 200  # characters of a byline line
# Path words of a writer's page: /author/jane-doe, /staff/jane-doe, /profile/jane-doe
_WRITER_PATHS = frozenset(
    ("author", "authors", "writer", "writers", "staff", "journalist", "journalists", "reporter", "reporters",
     "contributor", "contributors", "columnist", "columnists", "bio", "byline")
)  # fmt: skip
_TEASER_WORDS = 4  # a link to another page with this many words is another story's headline


class PageLayout:
    """The page's headline element and what stands around it."""

    def __init__(self, root: HtmlElement, title: str | None, url: str | None) -> None:
        self.root = root
        self.title = title
        self.url = url

    @cached_property
    def headline(self) -> HtmlElement | None:
        """The <h1> (else <h2>) that reads as the title, else the page's only <h1>."""
        body = self.root.find("body")
        body = body if body is not None else self.root
        key = set(_WORD.findall((self.title or "").lower()))
        # the headings first, then an element named as the headline (<div class="headline"> in table layouts)
        candidates = (*body.iter("h1"), *body.iter("h2"), *body.xpath(HEADLINE_NAMED_XPATH)[:50]) if key else ()
        for element in candidates:
            words = set(_WORD.findall(element.text_content().lower()))
            if words and len(key & words) >= 0.6 * max(len(key), len(words)):
                return element
        sole = list(body.iter("h1"))
        return sole[0] if len(sole) == 1 else None

    @cached_property
    def header_block(self) -> HtmlElement | None:
        """The headline's grandparent, the block its own kicker and timestamp share with it; not <body>."""
        if self.headline is None:
            return None
        block = self.headline.getparent()
        block = block.getparent() if block is not None and block.getparent() is not None else block
        return None if block is None or block.tag in ("body", "html") else block

    def in_header_block(self, element: HtmlElement) -> bool:
        block = self.header_block
        return block is not None and any(ancestor is block for ancestor in element.iterancestors())

    @cached_property
    def times_above(self) -> set[HtmlElement]:
        """The <time> elements above the headline and outside its block: the site's header shows "today"."""
        if self.headline is None:
            return set()
        return {node for node in self.headline.xpath("preceding::time") if not self.in_header_block(node)}

    @cached_property
    def byline(self) -> tuple[str, HtmlElement] | None:
        """The byline between the headline and the article's first paragraph, as the page shows it.

        The first of: an element the page names as its byline or author (class, rel or
        itemprop), or a line that opens with "By", from "By" on. A line is read whole
        ("By | Jane Doe | Published in | Sports | December 14, 2016", its pieces set apart),
        so the date shown with it can be read too. Another story's byline (in a block with
        a link to that story) is not the page's. Returns the text and the element it stands in.
        """
        headline = self.headline
        if headline is None:
            return None
        shared = set(headline.iterancestors())
        read: set[HtmlElement] = set()
        pieces = headline.xpath(f"following::text()[normalize-space()][position() <= {_WINDOW_TEXTS}]")
        for piece in pieces:
            parent = piece.getparent()
            owner = parent.getparent() if piece.is_tail else parent
            if parent is None or owner is None or owner.tag in _SKIP or (parent.tag in _SKIP and not piece.is_tail):
                continue
            if in_caption(owner, shared):
                continue  # "Photograph by ..." is no byline
            text = str(piece).strip()
            if len(text.split()) >= _PROSE_WORDS and not _in_heading(owner):
                return None  # the article has begun
            named = _named_byline(owner, shared)
            found: str | None
            if named is not None:
                block, found = named, _pieces(named)
            elif _BYLINE_START.match(text):
                block = line_block(owner)
                found = _byline_in(block, piece)
            else:
                continue
            if block in read or is_teaser(named if named is not None else owner, self.url, shared):
                continue
            read.add(block)
            if found and any(char.isalnum() for char in _BYLINE_LEAD.sub("", found)):
                return found, block
        return None

    @cached_property
    def author_links(self) -> list[str]:
        """Names linked to the writer's page between the headline and the first paragraph ("/author/jane-doe").

        A page with no marked byline still links its writers' names to their pages: the link's
        text is a name, and its address names a writer's page (/author/jane-doe, /staff/jane-doe,
        /bio-jane-doe.html). Links in the same line as the first are its
        co-writers; names elsewhere are left alone.
        """
        if self.headline is None:
            return []
        pieces = self.headline.xpath(f"following::text()[normalize-space()][position() <= {_WINDOW_TEXTS}]")
        for piece in pieces:
            owner = piece.getparent()
            if owner is None or piece.is_tail or owner.tag in _SKIP:
                continue
            if len(str(piece).split()) >= _PROSE_WORDS and not _in_heading(owner) and not in_caption(owner):
                return []
            link = next((node for node in (owner, *owner.iterancestors()) if node.tag == "a"), None)
            if link is None or not _links_writer(link) or in_caption(owner) or is_teaser(link, self.url):
                continue
            line = link.getparent() if link.getparent() is not None else link
            names = [_text(node) for node in line_block(line).iter("a") if _links_writer(node)]
            return [name for name in names if name]
        return []


def _links_writer(link: HtmlElement) -> bool:
    """Whether a link's text is a name of two or three words and its address a writer's page.

    Not a page about a person (/topic/jane-doe, /people/jane-doe): stories link the people they name.
    """
    path = urlsplit(link.get("href") or "").path.lower()
    if not set(re.split(r"[/._-]+", path)) & _WRITER_PATHS:
        return False
    text = _text(link)
    return 2 <= len(text.split()) <= 3 and is_person_name(text)


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def is_teaser(element: HtmlElement, url: str | None, shared: set[HtmlElement] | None = None) -> bool:
    """Whether a byline element's block holds a link to another page with a headline's words: another story's.

    Links inside the byline itself (to the writer's page, "Jane Doe | Example Media") are its own. A line set
    inline in the headline's own block (one of shared, the headline's ancestors) is the article's, whatever
    else that column links to.
    """
    if shared and line_block(element) in shared:
        return False
    here = urlsplit(url or "").path.rstrip("/")
    own = set(element.iter("a"))
    for link in line_block(element).iter("a"):
        href = (link.get("href") or "").strip()
        if link in own:
            continue
        if not href or href.startswith("#") or urlsplit(href).path.rstrip("/") == here:
            continue
        if len(link.text_content().split()) >= _TEASER_WORDS:
            return True
    return False


def in_caption(element: HtmlElement, shared: set[HtmlElement] | None = None) -> bool:
    """Whether the element is (in) a picture's caption or credit or a quote, looking no higher than shared."""
    for node in (element, *element.iterancestors()):
        if shared and node in shared:
            return False
        if node.tag in _CAPTION_TAGS or any(word in (node.get("class") or "").lower() for word in _CAPTION_NAMES):
            return True
    return False


def _named_byline(element: HtmlElement, shared: set[HtmlElement]) -> HtmlElement | None:
    """The outermost element around a piece of text, short of the headline's blocks, named as a byline.

    A list of writers named as such is read whole, however deep its markup is indented
    (<ul class=author-list><li class=author-list__item>...): not its first item alone.
    """
    found = None
    for node in (element, *element.iterancestors()):
        if node in shared:
            break
        if _is_named_byline(node) and len(node.text_content()) <= _MAX_BYLINE:
            found = node
    listing = found.getparent() if found is not None and found.tag == "li" else None
    if listing is None or listing in shared or listing.tag not in ("ul", "ol") or not _is_named_byline(listing):
        return found
    return listing if len(" ".join(listing.text_content().split())) <= _MAX_BYLINE else found


def _is_named_byline(element: HtmlElement) -> bool:
    """Whether the page names the element as a byline or its author (class, rel or itemprop)."""
    if element.get("rel") == "author" or element.get("itemprop") == "author":
        return True
    css = (element.get("class") or "").lower()
    return any(word in css for word in _BYLINE_NAMES)


def _pieces(element: HtmlElement) -> str:
    return " | ".join(" ".join(piece.split()) for piece in element.itertext() if piece.strip())


def _in_heading(element: HtmlElement) -> bool:
    return element.tag in _HEADINGS or any(ancestor.tag in _HEADINGS for ancestor in element.iterancestors())


def line_block(element: HtmlElement) -> HtmlElement:
    """The block element a piece of inline text is set in."""
    while element.tag in _INLINE:
        parent = element.getparent()
        if parent is None:
            break
        element = parent
    return element


class _Line:
    """The pieces of text on the line that starts with a given piece, up to a line break or a block."""

    def __init__(self, start: tuple[HtmlElement, bool]) -> None:
        self.start = start  # the element holding the first piece, and whether it is that element's tail
        self.pieces: list[str] = []
        self.on = False
        self.done = False

    def take(self, text: str | None, element: HtmlElement, tail: bool) -> None:
        if not self.on and (element, tail) == self.start:
            self.on = True
        if self.on and text and text.strip():
            self.pieces.append(" ".join(text.split()))

    def walk(self, element: HtmlElement, top: bool = False) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if self.on and not top and (tag == "br" or (tag and tag not in _INLINE)):
            self.done = True
            return
        if tag in _SKIP:
            return
        if tag:
            self.take(element.text, element, False)
        for child in element:
            self.walk(child)
            if self.done:
                return
            self.take(child.tail, child, True)


def _byline_in(block: HtmlElement, piece: Any) -> str | None:
    """The line of the block that starts with the byline's piece of text, its pieces set apart by " | "."""
    line = _Line((piece.getparent(), bool(piece.is_tail)))
    line.walk(block, top=True)
    text = " | ".join(line.pieces)
    return text if line.on and len(text) <= _MAX_BYLINE else None
