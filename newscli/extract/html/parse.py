"""Stage 1, parse: the page as a tree, stripped of what is never text.

Scripts, styles, hidden elements, small forms and comments go; embedded posts lose the
labels that would make later stages take them for furniture.
"""

from __future__ import annotations

import copy
import re

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


def parse_html(html: str) -> HtmlElement:
    """Parse forgiving of broken markup; an empty or unparsable page gives an empty <html>."""
    # lxml refuses str input that carries an XML encoding declaration
    html = re.sub(r"\A\s*<\?xml[^>]*>", "", html)
    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        root = lxml.html.document_fromstring("<html><body></body></html>")
    return root


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
    for elem in tree.xpath(_MAYBE_HIDDEN):
        if (
            elem.get("hidden") is not None
            or elem.get("aria-hidden") == "true"
            or _DISPLAY_NONE.search(elem.get("style", ""))
        ) and not _holds_prose(elem):
            elem.drop_tree()
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
