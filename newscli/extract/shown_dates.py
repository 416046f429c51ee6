"""Dates as pages print them by a headline when no markup says what they are.

Two forms the structured readers leave alone:

- a numeric date, the year often in two digits: "12/16/16 12:21pm", "10/9/10 7:15 AM EDT",
  "12.09.16", "Posted: 1/14/08", "30/04/2024 - 16:38". Month first or day first? One order only may make a
  date (16 is no month); when both do, the page decides: the reading it also writes out in
  words elsewhere ("October 9, 2010" in a comment's stamp), or the one in its address's
  year and month (/2016/12/). Otherwise nothing is read;
- a date line: a short element that holds a date and little else ("April 28, 2023",
  "- Associated Press - Friday, April 28, 2023", "09:31 August 20, 2019"), whatever its class.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newscli.calendar_words import valid_date
from newscli.extract.dates import find_date
from newscli.extract.layout import in_caption, is_teaser

# Two numbers then a year (two or four digits), with the same separator; not part of a longer
# number or a version ("1.2.3.4").
_SHORT = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)?\d{2})(?![\d/\-]|\.\d)")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")
_LINE_CHARS = 80  # a date line is short
_TEASER_WORDS = 4  # a link with this many words is another story's headline
_PARAGRAPH_WORDS = 30  # own words of the story's first paragraph
_LINE_WORDS = 6  # words beside the date: a label, an agency, a weekday, a time
_NOT_ARTICLE_TIME = frozenset(("figure", "figcaption", "nav", "aside"))
# Blocks whose dates are not the article's: the site's header (today's date), menus, lists of
# other stories, comments.
NOT_ARTICLE_NAME = re.compile(
    r"site-?header|masthead|navbar|menu|ticker|related|recommend|trending|promo|comment", re.IGNORECASE
)


def short_date(text: str, evidence: Callable[[], set[str]], url: str | None) -> str | None:
    """ISO day of the first numeric date in text, when one reading of it is the page's; None otherwise.

    evidence: the days the page writes out (called only when both readings are dates).
    """
    match = _SHORT.search(text)
    if match is None:
        return None
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    if year < 100:
        year = 2000 + year if 2000 + year <= date.today().year + 1 else 1900 + year
    readings = sorted(
        {f"{year:04d}-{m:02d}-{d:02d}" for m, d in ((first, second), (second, first)) if valid_date(year, m, d)}
    )
    if len(readings) < 2:
        return readings[0] if readings else None
    month = _URL_MONTH.search(url or "")
    if month:
        prefix = f"{int(month.group(1)):04d}-{int(month.group(2)):02d}"
        fitting = [iso for iso in readings if iso.startswith(prefix)]
        if len(fitting) == 1:
            return fitting[0]
    written = [iso for iso in readings if iso in evidence()]
    return written[0] if len(written) == 1 else None


def is_date_line(element: HtmlElement, shared: set[HtmlElement], url: str | None) -> bool:
    """Whether an element is a short line that is a date and little else (a label, a source, a time).

    Not a caption's (looking no higher than shared, the headline's blocks) nor a teaser's (a
    link to another story in its block or its parent's).
    """
    text = " ".join(element.text_content().split())
    if len(text) > _LINE_CHARS:
        return False
    found = find_date(text)
    if found is None:
        return False
    rest = text[: found[1]] + " " + text[found[2] :]
    if len(re.findall(r"[^\W\d]+", rest)) > _LINE_WORDS:
        return False
    if in_caption(element, shared):
        return False
    parent = element.getparent()
    if parent is not None and parent not in shared and _beside_story_link(element, parent, url):
        return False
    return not is_teaser(element, url, shared)  # "<h2>...</h2><span>16 January 2008 –</span>" in one column


def _beside_story_link(element: HtmlElement, parent: HtmlElement, url: str | None) -> bool:
    """Whether the element's parent holds, beside it, a link to another page with a headline's words."""
    here = urlsplit(url or "").path.rstrip("/")
    own = set(element.iter("a"))
    for link in parent.iter("a"):
        href = (link.get("href") or "").strip()
        if link in own or not href or href.startswith("#") or urlsplit(href).path.rstrip("/") == here:
            continue
        if len(link.text_content().split()) >= _TEASER_WORDS:
            return True
    return False


def is_paragraph(element: HtmlElement) -> bool:
    """Whether the element holds a paragraph's worth of its own text: the story has begun."""
    own = " ".join(piece for piece in element.xpath("text()") if isinstance(piece, str))
    return len(own.split()) >= _PARAGRAPH_WORDS


def elsewhere(ancestor: HtmlElement, url: str | None) -> bool:
    """Whether a block around a date makes it another item's: a link to another page, a caption, a menu..."""
    if ancestor.tag == "a":
        return not links_here(ancestor.get("href") or "", url)
    return ancestor.tag in _NOT_ARTICLE_TIME or bool(NOT_ARTICLE_NAME.search(element_name(ancestor)))


def links_here(href: str, url: str | None) -> bool:
    """A permalink (WordPress wraps the post's time in one) or an anchor on this page."""
    href = href.strip()
    if not href or href.startswith("#"):
        return True
    path = urlsplit(href).path.rstrip("/")
    return bool(url) and bool(path) and path == urlsplit(url or "").path.rstrip("/")


def element_name(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"
