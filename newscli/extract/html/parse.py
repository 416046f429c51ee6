"""Stage 1, parse: the page as a tree, stripped of what is never text.

Scripts, styles, hidden elements, small forms and comments go; embedded posts lose the
labels that would make later stages take them for furniture.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

_STRIP_WITH_CONTENT = (
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
    "canvas", "button", "select", "textarea", "input", "head",
)  # fmt: skip
_EMBED_WRAPPERS = frozenset({"div", "figure", "section", "aside", "span", "center"})
_MAYBE_HIDDEN = "//*[@hidden or @aria-hidden='true' or contains(@style, 'display') or contains(@style, 'visibility')]"
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


# libxml2 stops at 256 levels of nesting unless told the tree may be huge, and drops
# everything below (and after) that depth without a word; broken markup (unclosed <div>s,
# <font>s) reaches it on real pages. Huge trees go to 2,048 levels; markup nested deeper
# is made shallower before parsing (see _shallow). The size limit huge_tree also lifts is
# newscli's own input limit.
_PARSER = lxml.html.HTMLParser(huge_tree=True)
_PARSER_DEPTH = 2000  # a tree this deep was cut by the parser
_WRAPPER_DEPTH = 200  # wrappers nested deeper are unwrapped, their text and children kept
_MAX_DEPTH = 800  # anything nested deeper is unwrapped: later steps walk the tree recursively
# Tags that only wrap: unwrapped first when a tree is too deep. Text blocks (p, h1-h6, li,
# blockquote, pre, td) stay, so the text keeps its paragraphs.
_WRAPPERS = frozenset(
    {"div", "span", "font", "section", "article", "main", "center", "b", "i", "u", "em", "strong", "small",
     "big", "a", "aside", "header", "footer", "nav", "figure", "form", "label", "table", "tbody", "tr",
     "ul", "ol", "dl", "details", "s", "strike", "sub", "sup", "abbr", "cite", "code", "q", "mark"}
)  # fmt: skip


# True when some element sits deeper than _WRAPPER_DEPTH: one pass in C, where walking the tree
# in Python for every page would cost more than the rare deep page.
_TOO_DEEP = lxml.etree.XPath("boolean(/*" + "/*" * (_WRAPPER_DEPTH + 1) + ")")


# Characters XML (and so lxml) refuses: C0 controls but tab/newline/CR, lone surrogates,
# non-characters. They carry no meaning in a page and would stop the parser.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_CONTROLS = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")  # U+FFFE, U+FFFF in UTF-8
_BYTES_PARSER = lxml.html.HTMLParser(huge_tree=True, encoding="utf-8")


def parse_html(html: str) -> HtmlElement:
    """Parse forgiving of broken markup; an empty or unparsable page gives an empty <html>."""
    # lxml refuses str input that carries an XML encoding declaration
    html = re.sub(r"\A\s*<\?xml[^>]*>", "", html)
    try:
        root = _parse(html)
        if _TOO_DEEP(root) and _flatten(root) >= _PARSER_DEPTH:
            root = _parse(_shallow(html))
            _flatten(root)
    except (lxml.etree.ParserError, ValueError):
        root = lxml.html.document_fromstring("<html><body></body></html>")
    return root


def _parse(html: str) -> HtmlElement:
    """The tree of html without the characters XML refuses.

    As UTF-8 bytes, dropping control characters takes a byte translation, much cheaper on
    a large page than a regular expression over the text; a page with lone surrogates or
    non-characters (rare) takes the expression.
    """
    try:
        data = html.encode("utf-8").translate(None, _CONTROLS)
    except UnicodeEncodeError:
        data = b""
    if data and not any(mark in data for mark in _NONCHARACTERS):
        root: HtmlElement = lxml.html.document_fromstring(data, parser=_BYTES_PARSER)
    else:
        root = lxml.html.document_fromstring(_NOT_XML.sub("", html), parser=_PARSER)
    return root


def _flatten(root: HtmlElement) -> int:
    """Unwrap elements nested too deep, keeping their text and children; returns the tree's depth as parsed.

    Wrappers deeper than _WRAPPER_DEPTH go first (a block deep down becomes a child of
    its ancestor at that depth, its text in order), anything deeper than _MAX_DEPTH next.
    """
    deepest = 0
    wrappers: list[HtmlElement] = []
    others: list[HtmlElement] = []
    stack: list[tuple[HtmlElement, int]] = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > _WRAPPER_DEPTH and element.tag in _WRAPPERS:
            wrappers.append(element)
        elif depth > _MAX_DEPTH:
            others.append(element)
        stack.extend((child, depth + 1) for child in element if isinstance(child.tag, str))
    if deepest > _WRAPPER_DEPTH:
        for element in reversed(wrappers):  # the deepest first, so each moves its children only once
            element.drop_tag()
        if deepest - len(wrappers) > _MAX_DEPTH:
            for element in reversed(others):
                if element.getparent() is not None:
                    element.drop_tag()
    return deepest


@lru_cache(maxsize=1)
def _shallow_parser() -> type:
    """The rewriting parser, made on first need: html.parser is needed only for pages nested this deep."""
    from html.parser import HTMLParser

    class _Shallow(HTMLParser):
        """Markup rewritten with the wrapper tags nested beyond _WRAPPER_DEPTH left out (their content stays)."""

        def __init__(self) -> None:
            super().__init__(convert_charrefs=False)
            self.out: list[str] = []
            self.open: list[tuple[str, bool]] = []  # (tag, written)

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _VOID:
                self.out.append(self.get_starttag_text() or "")
                return
            written = not (len(self.open) >= _WRAPPER_DEPTH and tag in _WRAPPERS)
            if written:
                self.out.append(self.get_starttag_text() or "")
            self.open.append((tag, written))

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.out.append(self.get_starttag_text() or "")

        def handle_endtag(self, tag: str) -> None:
            for index in range(len(self.open) - 1, -1, -1):
                if self.open[index][0] == tag:
                    for name, written in reversed(self.open[index:]):
                        if written:
                            self.out.append(f"</{name}>")
                    del self.open[index:]
                    return

        def handle_data(self, data: str) -> None:
            self.out.append(data)

        def handle_entityref(self, name: str) -> None:
            self.out.append(f"&{name};")

        def handle_charref(self, name: str) -> None:
            self.out.append(f"&#{name};")

        def handle_comment(self, data: str) -> None:
            pass  # comments are never text

        def handle_decl(self, decl: str) -> None:
            self.out.append(f"<!{decl}>")

    _VOID = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    )

    return _Shallow


def _shallow(html: str) -> str:
    """The page's markup made shallow enough for the parser (see _Shallow)."""
    parser = _shallow_parser()()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


def page_title(root: HtmlElement) -> str | None:
    """The headline as the page states it in og:title or <title>, to spot it repeated in the body."""
    for node in root.iter("meta"):
        if node.get("property") == "og:title" and node.get("content"):
            return str(node.get("content"))
    node = root.find(".//title")
    return node.text_content() if node is not None else None


def strip_noise(root: HtmlElement) -> HtmlElement:
    """Remove what is never article text: scripts, styles, forms, hidden elements, comments."""
    body = root.find("body")
    tree = copy.deepcopy(body if body is not None else root)
    _strip_small_forms(tree)
    lxml.etree.strip_elements(tree, *_STRIP_WITH_CONTENT, lxml.etree.Comment, with_tail=False)
    lxml.etree.strip_elements(tree, lxml.etree.ProcessingInstruction, with_tail=False)
    kept_hidden: list[HtmlElement] = []
    for elem in tree.xpath(_MAYBE_HIDDEN):
        if (
            elem.get("hidden") is not None
            or elem.get("aria-hidden") == "true"
            or _DISPLAY_NONE.search(elem.get("style", ""))
        ):
            if _holds_prose(elem):
                kept_hidden.append(elem)
            else:
                elem.drop_tree()
    if kept_hidden:
        _drop_shown_twice(tree, kept_hidden)
    _unlabel_quotes(tree)
    wrapper = lxml.html.document_fromstring("<html><body></body></html>")
    wrapper.replace(wrapper.find("body"), tree if tree.tag == "body" else _wrap_body(tree))
    return wrapper


_HIDDEN_PROSE = 80  # characters of one paragraph outside links


def _holds_prose(element: HtmlElement) -> bool:
    """Whether a hidden element holds a paragraph of text: the rest of an article behind a
    "read more" button or a paywall script, served in the page and hidden until a click.

    Menus, pop-ups and screen-reader labels hidden the same way hold no such paragraph.
    """
    for paragraph in element.iter("p", "li", "blockquote", "pre", "dd"):
        text = paragraph.text_content()
        if len(text) >= _HIDDEN_PROSE:
            linked = sum(len(link.text_content()) for link in paragraph.iter("a"))
            if len(text) - linked >= _HIDDEN_PROSE:
                return True
    return False


def _drop_shown_twice(tree: HtmlElement, hidden: list[HtmlElement]) -> None:
    """Remove paragraphs of the kept hidden blocks that the page also shows: a hidden full
    text often repeats the opening shown above its "read more" button."""
    inside = {node for block in hidden for node in block.iter("p")}  # the set keeps the proxies, so identity holds
    shown = {" ".join(p.text_content().split()) for p in tree.iter("p") if p not in inside}
    for block in hidden:
        for paragraph in list(block.iter("p")):
            if " ".join(paragraph.text_content().split()) in shown:
                paragraph.drop_tree()


def _strip_small_forms(tree: HtmlElement) -> None:
    """Drop <form>s, except one wrapping most of the page (ASP.NET puts the whole body in one)."""
    forms = list(tree.iter("form"))
    if not forms:
        return
    page_length = len(tree.text_content())
    for form in forms:
        if len(form.text_content()) < 0.5 * page_length:
            form.drop_tree()


def _unlabel_quotes(tree: HtmlElement) -> None:
    """Make embedded posts plain quotes: no class or id, no wrapper of their own.

    Sites mark embedded tweets "twitter-tweet" and wrap them in "social-embed" boxes,
    which readability removes on sight (by name, or for their many links); the quote
    itself is part of the story.
    """
    for quote in list(tree.iter("blockquote")):
        for attribute in ("class", "id"):
            quote.attrib.pop(attribute, None)
        length = len(quote.text_content())
        wrapper = quote.getparent()
        while (
            wrapper is not None and wrapper.tag in _EMBED_WRAPPERS and len(wrapper.text_content()) <= 1.2 * length + 20
        ):
            outer = wrapper.getparent()
            wrapper.drop_tag()
            wrapper = outer


def _wrap_body(tree: HtmlElement) -> HtmlElement:
    body = lxml.html.Element("body")
    body.append(tree)
    return body
