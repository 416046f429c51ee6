"""Article extraction from HTML: readability-lxml's scoring on a tree we prepare ourselves.

readability spends half its time in lxml_html_clean rewriting links we never use, so we
hand it an already-parsed, already-stripped tree. The text is then rendered block by
block so paragraphs, headings and list items stay separate paragraphs.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from newscli.extract.html_boilerplate import prune
from newscli.extract.html_readability import readability_article

_STRIP_WITH_CONTENT = (
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
    "canvas", "button", "select", "textarea", "input", "head",
)  # fmt: skip
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
        "tfoot", "tr", "ul", "td", "th", "caption", "center", "body", "html",
    }
)  # fmt: skip
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
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
        ):
            elem.drop_tree()
    wrapper = lxml.html.document_fromstring("<html><body></body></html>")
    wrapper.replace(wrapper.find("body"), tree if tree.tag == "body" else _wrap_body(tree))
    return wrapper


def _strip_small_forms(tree: HtmlElement) -> None:
    """Drop <form>s, except one wrapping most of the page (ASP.NET puts the whole body in one)."""
    forms = list(tree.iter("form"))
    if not forms:
        return
    page_length = len(tree.text_content())
    for form in forms:
        if len(form.text_content()) < 0.5 * page_length:
            form.drop_tree()


def _wrap_body(tree: HtmlElement) -> HtmlElement:
    body = lxml.html.Element("body")
    body.append(tree)
    return body


def blocks(element: HtmlElement) -> list[tuple[str, str]]:
    """Render an element as (tag, text) blocks: one per paragraph, heading, list item or cell."""
    out: list[tuple[str, str]] = []
    parts: list[str] = []
    current_tag = ["p"]

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(parts)).strip()
        text = re.sub(r" *\n *", "\n", text)
        for line in text.split("\n"):
            line = line.strip()
            if line:
                out.append((current_tag[0], line))
        parts.clear()

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if block:
            flush()
            current_tag[0] = tag
        if tag == "br":
            parts.append("\n")
        elif node.text and tag:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            flush()
            current_tag[0] = "p"
        elif tag in ("td", "th"):
            parts.append(" ")

    walk(element)
    flush()
    return out


def article_text(element: HtmlElement) -> str:
    return "\n\n".join(text for _, text in blocks(element))


def page_text(prepared: HtmlElement) -> str:
    """Every block of the page: the fallback when no article can be told apart."""
    return article_text(prepared.find("body") if prepared.find("body") is not None else prepared)


def extract_text(root: HtmlElement) -> str:
    """The article's text: readability's pick, or the whole page when it finds nothing."""
    prepared = strip_noise(root)
    body = prepared.find("body")
    prune(body if body is not None else prepared)
    article = readability_article(prepared)
    if article is not None:
        prune(article)
    text = article_text(article) if article is not None else ""
    return text or page_text(prepared)
