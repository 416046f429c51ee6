"""A publication date the page labels as one, wherever it stands: "Published: Dec. 30, 2007 at 8:20 PM".

Old table-layout pages print the article's date on a line of its own with a label, far from
anything a reader (or extract/layout) would take for the headline. A label that says "published"
or "posted" right before a date is evidence enough, when it is not another story's (in a link to
another page, a caption, a list of related stories, the comments) and every such label on the
page names the same day. "Updated" and "modified" lines are never read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml.html import HtmlElement

from newscli.extract.dates import dates_with_labels
from newscli.extract.layout import PageLayout, in_caption
from newscli.extract.shown_dates import element_name, elsewhere

# the label ends right before the date: "Published:", "Posted on", "First published"
_LABEL = re.compile(r"\b(?:first\s+)?(?:published|posted)(?:\s+on)?\s*[:\-–—|]?\s*$", re.IGNORECASE)
_STEMS = ("ublished", "osted", "UBLISHED", "OSTED")
# blocks of other stories the date code's own list (shown_dates.NOT_ARTICLE_NAME) does not name
_MORE_ITEMS = re.compile(r"teaser|headlines|sidebar|more", re.IGNORECASE)
_MAX_LINE = 200  # characters: a labelled line, not a paragraph
_MAX_NODES = 5000  # elements read at most: the label stands in the page's first screens
_SKIP = frozenset(("script", "style", "noscript", "option", "title", "head", "meta", "link"))


def labelled_date(layout: PageLayout) -> str | None:
    """The day every "Published: <date>" line of the page gives (with its time when one gives it), else None."""
    days: dict[str, str] = {}
    for element in _labelled_elements(layout.root):
        line = _line(element)
        if line is None or _other_item(element, layout.url):
            continue
        for iso, label in dates_with_labels(line):
            if _LABEL.search(label):
                days.setdefault(iso[:10], iso)
                if len(iso) > len(days[iso[:10]]):
                    days[iso[:10]] = iso
            break  # the first date of the line is the one its label is for
    return next(iter(days.values())) if len(days) == 1 else None


def _labelled_elements(root: HtmlElement) -> Iterator[HtmlElement]:
    """The elements whose own text (or the text right after a child) holds a label's stem, read lazily
    and only in the page's first elements (a huge page is not walked to its end)."""
    for element in islice(root.iter(), _MAX_NODES):
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        if element.text and any(stem in element.text for stem in _STEMS):
            yield element
        parent = element.getparent()
        if element.tail and parent is not None and any(stem in element.tail for stem in _STEMS):
            yield parent


def _line(element: HtmlElement) -> str | None:
    """The short line the label stands on: its element's text, or its parent's when the date is in a tag of
    its own ("<b>Published:</b> <span>Dec. 30, 2007</span>")."""
    for block in (element, element.getparent()):
        if block is None:
            return None
        text = " ".join(block.text_content().split())
        if len(text) > _MAX_LINE:
            return None
        if any(ch.isdigit() for ch in text):
            return text
    return None


def _other_item(element: HtmlElement, url: str | None) -> bool:
    """In a link to another page, a caption, a menu, or a block of other stories or comments."""
    nodes = (element, *element.iterancestors())
    return in_caption(element) or any(elsewhere(node, url) or _MORE_ITEMS.search(element_name(node)) for node in nodes)
