"""Stage 4a, readability's pick: its scoring run on a tree we parse and strip ourselves, minus its slow parts.

readability spends much of its time on work whose result we throw away: lxml_html_clean
rewriting links, serialising the article and scrubbing attributes with regexes, and
serialising every <div> to decide whether it holds block elements. This subclass takes a
prepared tree, answers those questions from the tree itself and hands back the article
element instead of an HTML string.
"""

from __future__ import annotations

import copy
import importlib
import importlib.util
import re
import sys
import types

import lxml.html
from lxml.etree import tounicode
from lxml.html import HtmlElement

from newscli.extract.html.common import Pick


class _Deferred(types.ModuleType):
    """A module that imports itself for real the first time one of its names is used.

    readability's modules import urllib.request (to fetch URLs) and chardet (to guess
    encodings): a fifth of `newscli clean`'s start-up, for features we never call, since we
    hand readability a parsed tree. importlib's LazyLoader does not help here: the import
    statement itself touches the module and loads it.
    """

    def __getattr__(self, attribute: str) -> object:
        del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        self.__dict__.update(real.__dict__)
        return getattr(real, attribute)


def _defer(name: str) -> None:
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None:
        return
    module = _Deferred(name)
    module.__spec__ = spec
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


for _name in ("urllib.request", "chardet"):
    _defer(_name)

from readability import Document as _Readability  # noqa: E402 -- after the lazy modules above
from readability.readability import REGEXES as _REGEXES  # noqa: E402

_UNLIKELY = _REGEXES["unlikelyCandidatesRe"]
_MAYBE = _REGEXES["okMaybeItsACandidateRe"]
_BLOCKS = (
    "div", "section", "article", "main", "p", "ul", "ol", "dl", "table", "tbody", "tr", "td", "th",
    "blockquote", "pre", "figure", "header", "footer", "aside", "nav", "form", "center", "details",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "address", "span", "font",
)  # fmt: skip
_DISCUSSION = re.compile(r"comment|disqus|remark|community|shoutbox|forum|discussion", re.I)

# The tag prefixes readability's divToPElementsRe finds in serialised HTML: a <div> whose
# children hold one of these is a container, not a misused paragraph.
_BLOCKISH_PREFIXES = ("blockquote", "dl", "div", "img", "ol", "p", "table", "ul")
_INLINE_TAGS = frozenset({"a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"})
_SPACE_RUN = re.compile(r"\s+")


def _holds_block(element: HtmlElement, *, include_self: bool) -> bool:
    """True when element (or, with include_self, element itself) contains a block tag."""
    nodes = element.iter() if include_self else element.iterdescendants()
    return any(isinstance(node.tag, str) and node.tag.startswith(_BLOCKISH_PREFIXES) for node in nodes)


def _text_length(element: HtmlElement) -> int:
    """len() of readability's clean(text_content()) up to whitespace runs, without its three regexes."""
    return len(" ".join(element.text_content().split()))  # str.split: several times faster than a regex


def _new_paragraph() -> HtmlElement:
    paragraph: HtmlElement = lxml.html.Element("p")
    return paragraph


class PreparedReadability(_Readability):  # type: ignore[misc]
    """readability on a pre-parsed tree; `article` holds the chosen element after summary()."""

    article: HtmlElement | None = None
    origin: dict[HtmlElement, HtmlElement]  # element of the working copy -> the page's element
    kept: frozenset[HtmlElement] = frozenset()  # page elements never removed as "unlikely candidates"
    _protected: set[HtmlElement]

    def _parse(self, input: HtmlElement) -> HtmlElement:  # readability's signature
        # summary() mutates the tree and may retry, so each attempt gets a fresh copy
        working: HtmlElement = copy.deepcopy(input)
        # only blocks can be the article's parts: a mapping of every inline element would cost more
        self.origin = dict(zip(working.iter(*_BLOCKS), input.iter(*_BLOCKS), strict=True))
        self._protected = {mine for mine, page in self.origin.items() if page in self.kept}
        return working

    def remove_unlikely_candidates(self) -> None:
        """readability's rule, except for the blocks we know hold the article.

        readability drops any block whose class or id has a word like "menu", "sidebar" or
        "comment" in it; the pruning stage keeps the block holding the page's densest
        paragraphs whatever its name ("tab-menu--product" around a product's full
        description), and so must readability, unless the name says it holds a discussion
        (readers' comments can be a page's densest text).
        """
        protected = self._protected
        for elem in self.html.findall(".//*"):
            s = "{} {}".format(elem.get("class", ""), elem.get("id", ""))
            if len(s) < 2 or (elem in protected and not _DISCUSSION.search(s)):
                continue
            if (
                _UNLIKELY.search(s)
                and not _MAYBE.search(s)
                and elem.tag not in ("html", "body")
                and not elem.xpath("ancestor-or-self::pre | ancestor-or-self::code")
                and not elem.xpath("descendant-or-self::main | descendant-or-self::article | descendant-or-self::math")
            ):
                elem.drop_tree()

    def get_clean_html(self) -> str:
        self.article = self.html
        # only the length of this string is used (against retry_length), so no attribute scrubbing
        return str(tounicode(self.html, method="html"))

    def get_link_density(self, elem: HtmlElement) -> float:
        link_length = sum(_text_length(link) for link in elem.iter("a"))
        return float(link_length) / max(_text_length(elem), 1)

    def transform_misused_divs_into_paragraphs(self) -> None:
        """readability's rule, decided on the tree rather than on serialised HTML."""
        for elem in list(self.html.iter("div")):
            if not _holds_block(elem, include_self=False):
                elem.tag = "p"
        for elem in list(self.html.iter("div")):
            self._wrap_loose_inline(elem)

    @staticmethod
    def _wrap_loose_inline(elem: HtmlElement) -> None:
        """Gather text and inline children sitting directly in a <div> into <p>s."""
        paragraph: HtmlElement | None = None
        if elem.text and elem.text.strip():
            paragraph = _new_paragraph()
            paragraph.text = elem.text
            elem.text = None
            elem.insert(0, paragraph)
        for child in list(elem):
            if child is paragraph:
                continue
            if child.tag == "br" or child.tag not in _INLINE_TAGS or _holds_block(child, include_self=True):
                paragraph = None
                continue
            if paragraph is None:
                paragraph = _new_paragraph()
                child.addprevious(paragraph)
            paragraph.append(child)
        for pos, child in reversed(list(enumerate(elem))):
            if child.tail and child.tail.strip():
                loose = _new_paragraph()
                loose.text = child.tail
                child.tail = None
                elem.insert(pos + 1, loose)
            if child.tag == "br":
                child.drop_tree()


def readability_article(prepared: HtmlElement, densest: HtmlElement | None = None) -> Pick:
    """The element readability builds as the article (a <div> of picked nodes), and where it came from.

    densest: the page's densest container (common.densest_container); it and its
    ancestors are never dropped for their names.
    """
    document = PreparedReadability(prepared, min_text_length=25, retry_length=250)
    if densest is not None:
        document.kept = frozenset({densest, *densest.iterancestors()})
    try:
        document.summary(html_partial=True)
    except Exception:  # readability raises Unparseable wrapping anything lxml throws
        return Pick(None)
    article = document.article
    if article is None:
        return Pick(None)
    return Pick(article, _sources(article, document.origin))


def _sources(article: HtmlElement, origin: dict[HtmlElement, HtmlElement]) -> list[HtmlElement]:
    """The page elements behind the article's blocks.

    readability takes the best container and some of its siblings, and may move blocks from
    elsewhere into the container (a lead before it, segments of the same article after it);
    those are listed in their place, before or after the container.
    """
    sources: list[HtmlElement] = []
    for block in article:
        page_block = origin.get(block)
        if page_block is None:
            return []
        moved = [_moved_in(child, page_block, origin) for child in block]
        first = next((i for i, is_moved in enumerate(moved) if not is_moved), len(block))
        sources.extend(origin[child] for i, child in enumerate(block) if moved[i] and i < first)
        sources.append(page_block)
        sources.extend(origin[child] for i, child in enumerate(block) if moved[i] and i > first)
    return sources


def _moved_in(child: HtmlElement, page_block: HtmlElement, origin: dict[HtmlElement, HtmlElement]) -> bool:
    """Whether readability brought child into the block from elsewhere in the page."""
    page_child = origin.get(child)
    return page_child is not None and not any(ancestor is page_block for ancestor in page_child.iterancestors())
