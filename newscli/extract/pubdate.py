"""When the page's article was first published, from the evidence a page gives; None over a guess.

Sources in order of trust:

1. structured data: the article's JSON-LD datePublished, the <meta> tags CMSs write for
   the first publication (article:published_time and some forty spellings of it), the
   page node's datePublished, itemprop=datePublished, <time pubdate>; the hAtom `published`
   time of the entry (class hentry) that holds the headline;
2. the page's own address: a full date in the canonical URL's path (/2016/05/12/, /2016/dec/13/,
   -20161213-story; extract/url_dates);
3. the timestamp shown by the headline: a <time>, or an element named for a date, time or
   byline, in the few elements around the page's headline, or a short line that is a date
   and little else before the article's first paragraph (extract/shown_dates, which also
   reads "12/16/16"); teasers (inside links to other pages), captions, menus, comments and
   the site's header left out; a date line set inline in the headline's own column counts even
   when that column is full of links; then a line labelled "Published:" or "Posted:" anywhere on
   the page when every such line names one day (extract/labelled_dates);
4. weaker evidence: publication keys in the page's script data when they all name one day,
   JSON-LD dateCreated and embedded media's upload day, the page's <time> elements when
   they all name one day;
5. (extract/__init__) a dateline opening the article: "Nov. 14, 2016 -- ...".

What is never taken: a modified or updated time (article:modified_time, og:updated_time,
"Updated 9:05 AM" by the headline), a copyright year, the date of a story listed beside the
article, a year-and-month path (/2016/05/), eight digits as a directory that may be an id (/20160512/).
When an earlier source gives only the day and a later one the same day with its time, the
time is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import islice
from typing import Any

from lxml.html import HtmlElement

from newscli.calendar_words import WEEKDAY_ALTERNATION
from newscli.extract.dates import dates_with_labels, days_in, find_date, parse_date, parse_numeric_date
from newscli.extract.labelled_dates import labelled_date
from newscli.extract.layout import PageLayout
from newscli.extract.shown_dates import (
    NOT_ARTICLE_NAME,
    element_name,
    elsewhere,
    is_date_line,
    is_paragraph,
    links_here,
    short_date,
)
from newscli.extract.url_dates import url_date

# <meta> names for the first publication, as CMSs spell them (lower case). Modified and
# updated times are left out on purpose: they are not when the article was published.
META_PUBLISHED = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "article:publicationdate", "article_date_original", "article.published",
    "datepublished", "date_published", "dateposted", "publishdate", "publish-date",
    "publish_date", "published-date", "published_time", "publication_date", "pubdate", "bt:pubdate",
    "rnews:datepublished", "dc.date.issued", "dc.date.created", "dc.date.publication", "dc.date", "dc.created",
    "dc:date", "dc:created", "dcterms.issued", "dcterms.created", "dcterms.date", "citation_publication_date",
    "citation_date", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
    "shareaholic:article_published_time", "originalpublicationdate", "displaydate", "date",
)  # fmt: skip
# JSON-LD nodes that are not the article itself: the page around it, media embedded in it.
_PAGE_TYPES = frozenset(("webpage", "itempage", "collectionpage", "website"))
_MEDIA_TYPES = frozenset(("videoobject", "imageobject", "audioobject", "mediaobject", "clip"))
_EARLIEST_YEAR = 1990  # no news page is older; an earlier "date" is a placeholder or a birth date
# Class or id of an element that shows the article's time (a substring test, as pages glue
# words: "entry-meta", "post_dates", "byline__date", "article-datetime").
_DATE_NAME = re.compile(r"date|time|stamp|posted|publish|byline|meta", re.IGNORECASE)
# Words that say a shown time is not the first publication.
_UPDATED = re.compile(  # no \b in front: pages glue labels to the byline ("City DeskUpdated 0712 GMT")
    r"(?:updated?|modified|edited|revised|changed|aktualisiert|geändert|mis à jour|actualizado|actualisé|"
    r"atualizado|aggiornato|bijgewerkt)\b|\bstand\s*:",  # German "Stand: 14.03.2017", as of
    re.IGNORECASE,
)
_DATA_TIME = re.compile(r"publish|date|time", re.IGNORECASE)  # data-published, data-timestamp
_PUBLISHED = re.compile(
    r"\b(?:published|posted|first published|released|publié|veröffentlicht|publicado|pubblicato)\b", re.IGNORECASE
)
_LINE_ELEMENTS = 12  # elements in a date line at most ("<p>By <a>Ann Roe</a> | <span>May 2, 2008</span></p>")
_WINDOW_AFTER = 60  # elements after the headline where its timestamp may stand
_WINDOW_BEFORE = 8  # and before it (a kicker line, a time above the headline)
_MAX_SHOWN = 200  # characters: a byline with its time, not a paragraph that mentions a date
_SKIP = frozenset(("script", "style", "noscript", "template", "svg", "iframe", "head", "title", "meta", "link"))
_WORD = re.compile(r"\w+")
# Publication keys in script data, quoted or not: "datePublished": "...", published: '...'.
_SCRIPT_DATE = re.compile(
    r"""["']?\b(?:date_?published|published_?at|publish_?date|published_?date|first_?published\w*|pub_?date|"""
    r"""published)["']?\s*:\s*["']([^"'\n]{8,40})["']""",
    re.IGNORECASE,
)
_SCRIPT_STEMS = ("ublish", "UBLISH", "ubDate", "ubdate", "ub_date", "UB_DATE")
_SCRIPT_CHARS = 500_000  # per script: data layers are small, bundled code is not worth reading
_PROSE_WORDS = 8  # lower-case words before a date: more make a sentence (a caption), not a byline
# A dateline opening the article: "Nov. 14, 2016 -- ", "WASHINGTON, March 3, 2016 — ",
# "LONDON (Reuters) - Monday, 4 May 2020:". Before the date only capitals, a place and an agency.
_DATELINE_HEAD = re.compile(
    r"^(?:[A-Z][A-Z.'’\- ]*[A-Z.](?:,? [A-Z][a-z]+\.?)?(?: \([\w .]+\))?[,:]?\s+(?:[–—-]+\s+)?)?"
    rf"(?:(?i:{WEEKDAY_ALTERNATION})\.?,?\s+)?$"
)
_DATELINE_TAIL = re.compile(r"^(?:\s*\([^()]{1,20}\))?\s*(?:--|[–—-]|:)\s")


def find_published(
    root: HtmlElement, nodes: list[dict[str, Any]], tags: dict[str, str], layout: PageLayout
) -> str | None:
    """ISO date (or date-time) of the article's first publication; None when the page does not say."""
    url = layout.url
    sources: list[Callable[[], str | None]] = [
        lambda: _structured(root, nodes, tags),
        lambda: _hatom(layout),
        lambda: _url_date(url),
        lambda: _shown(layout),
        lambda: labelled_date(layout),
        lambda: _script_data(root),
        lambda: _created(root, nodes),
        lambda: _lone_time(layout),
    ]
    found: str | None = None
    for source in sources:
        value = source()
        if value is None:
            continue
        if found is None:
            found = value
        elif value[:10] == found and len(value) > len(found):
            return value  # the same day, with its time
        if "T" in found:
            return found
    return found


def dateline_date(text: str) -> str | None:
    """The date of a dateline opening one of the article's first paragraphs (after a byline line, say)."""
    paragraphs = [line for line in text[:3000].split("\n") if line.strip()]
    for paragraph in paragraphs[:3]:
        head = paragraph.strip()[:200]
        found = find_date(head)
        if found is None:
            continue
        iso, start, end = found
        if start <= 60 and _DATELINE_HEAD.match(head[:start]) and _DATELINE_TAIL.match(head[end:]):
            return iso if _plausible(iso) else None
    return None


# --- 1. structured data ----------------------------------------------------------------------


def _structured(root: HtmlElement, nodes: list[dict[str, Any]], tags: dict[str, str]) -> str | None:
    """datePublished of the article's JSON-LD node, else a publication <meta>, else the page node's, else markup."""

    def values() -> Iterator[Any]:  # lazily: the markup is searched only when the data says nothing
        yield from (node.get("datePublished") for node in nodes if not _is_media(node) and not _is_page(node))
        yield from (tags.get(key) for key in META_PUBLISHED)
        yield from (node.get("datePublished") for node in nodes if _is_page(node))
        for node in root.xpath('//*[@itemprop="datePublished"]')[:3]:
            yield node.get("content") or node.get("datetime") or node.text_content()
        yield from (node.get("datetime") for node in root.xpath("//time[@pubdate and @datetime]")[:1])

    return _first_date(values())


def _created(root: HtmlElement, nodes: list[dict[str, Any]]) -> str | None:
    """Weaker evidence: when the page record was created, when a video on it was uploaded.

    A CMS migration stamps dateCreated years after the story ran; an embedded clip's
    VideoObject carries the clip's own upload day. Taken only when nothing better says.
    """

    def values() -> Iterator[Any]:
        yield from (node.get("dateCreated") for node in nodes)
        yield from (node.get(key) for node in nodes if _is_media(node) for key in ("datePublished", "uploadDate"))
        yield from (
            node.get("content") or node.get("datetime") for node in root.xpath('//*[@itemprop="dateCreated"]')[:3]
        )

    return _first_date(values())


def _first_date(values: Iterable[Any]) -> str | None:
    for value in values:
        if isinstance(value, list):
            value = next((item for item in value if isinstance(item, str)), None)
        found = _parse(value) if isinstance(value, str) else None
        if found:
            return found
    return None


def _kinds(node: dict[str, Any]) -> set[str]:
    kinds = node.get("@type")
    return {kind.lower() for kind in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(kind, str)}


def _is_media(node: dict[str, Any]) -> bool:
    return bool(_kinds(node) & _MEDIA_TYPES)


def _is_page(node: dict[str, Any]) -> bool:
    return bool(_kinds(node) & _PAGE_TYPES)


def _hatom(layout: PageLayout) -> str | None:
    """hAtom markup: the `published` time of the entry (class hentry or h-entry) around the headline."""
    entry = _entry(layout.headline)
    if entry is None:
        return None
    for node in entry.xpath(f"descendant::*[{_has_class('published')} or {_has_class('dt-published')}]")[:1]:
        return _first_date((node.get("datetime"), node.get("title"), node.text_content()))
    return None


def _entry(element: HtmlElement | None) -> HtmlElement | None:
    """The hAtom entry (class hentry or h-entry) around element, if any."""
    if element is None:
        return None
    return next((a for a in element.iterancestors() if {"hentry", "h-entry"} & _classes(a)), None)


def _hatom_updated_only(element: HtmlElement) -> bool:
    """An hAtom entry's `updated` time when the entry marks no `published` one: hAtom's entry date then."""
    if "updated" not in _classes(element):
        return False
    entry = _entry(element)
    return entry is not None and not entry.xpath(f"descendant::*[{_has_class('published')}]")


def _classes(element: HtmlElement) -> set[str]:
    return set((element.get("class") or "").split())


def _has_class(token: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {token} ')"


# --- 2. the address --------------------------------------------------------------------------


def _url_date(url: str | None) -> str | None:
    """A full year-month-day in the URL's path (see extract/url_dates)."""
    iso = url_date(url)
    return iso if iso and _plausible(iso) else None


# --- 3. the timestamp by the headline --------------------------------------------------------


def _shown(layout: PageLayout) -> str | None:
    """The first publication time shown next to the headline, after it first, then before it in its block."""
    headline = layout.headline
    if headline is None:
        return None
    after = headline.xpath(f"following::*[position() <= {_WINDOW_AFTER}]")
    nearest_first = reversed(headline.xpath(f"preceding::*[position() <= {_WINDOW_BEFORE}]"))
    before = [el for el in nearest_first if layout.in_header_block(el)]
    shared = set(headline.iterancestors())
    written: list[set[str]] = []

    def evidence() -> set[str]:  # the days the page writes out, read once and only when needed
        if not written:
            written.append(days_in(layout.root.text_content()))
        return written[0]

    begun = False  # a date line (no markup names it) counts only before the article's first paragraph
    for element in (*after, *before):
        begun = begun or (element in after and is_paragraph(element))
        # above the headline, in its block, a date line is the story's ("<h2>Thursday, January 17, 2008</h2>")
        found = _shown_date(element, shared, layout.url, evidence, lines=not begun or element in before)
        if found:
            return found
    return _byline_date(layout, evidence)


def _byline_date(layout: PageLayout, evidence: Callable[[], set[str]]) -> str | None:
    """A date on the byline's line: "by Jane Doe / January 19, 2017 /", "By Jane Doe | Sports | 12/14/16"."""
    byline = layout.byline
    if byline is None:
        return None
    for iso, label in dates_with_labels(byline[0]):
        if _UPDATED.search(label):
            return None
        return iso if _plausible(iso) else None
    found = short_date(_before_update(byline[0]), evidence, layout.url)
    return found if found and _plausible(found) else None


def _before_update(text: str) -> str:
    """The text up to an "Updated" label: "Posted 1/14/08 | Updated 1/15/08" -> "Posted 1/14/08 | "."""
    found = _UPDATED.search(text)
    return text[: found.start()] if found else text


def _shown_date(
    element: HtmlElement,
    shared: set[HtmlElement],
    url: str | None,
    evidence: Callable[[], set[str]],
    *,
    lines: bool = True,
) -> str | None:
    """A publication date the element shows, if it is a time, named for one or a date line, and no teaser's.

    shared: the headline's ancestors; the blocks between them and the element must not be
    a link to another page, a caption, a menu, a list of other stories or the comments.
    """
    if element.tag in _SKIP:
        return None
    name = element_name(element)
    named = element.tag == "time" or bool(_DATE_NAME.search(name))
    if not named and not (lines and _date_line(element, shared, url)):
        return None
    # a teaser's time sits in its link, a caption's date is the photo's, a masthead's is today's
    if element.find(".//h1") is not None or NOT_ARTICLE_NAME.search(name):
        return None
    for ancestor in element.iterancestors():
        if ancestor in shared:
            break
        if elsewhere(ancestor, url):
            return None
    text = " ".join(element.text_content().split())
    if len(text) > _MAX_SHOWN:
        return None
    shown = None
    for iso, label in dates_with_labels(text):
        if sum(word[0].islower() for word in label.split()) > _PROSE_WORDS:
            return None  # a sentence that mentions a date, not a timestamp
        if not _UPDATED.search(label):
            shown = iso
            break
    if shown is None and _is_update(element, text):
        return None
    if shown is None and named:
        shown = short_date(text, evidence, url)
    marked = _first_date(_marked(element))
    if shown is None or (marked is not None and marked[:10] == shown[:10]):
        shown = marked  # the machine-readable form, to the second, when it is the day shown
    return shown if shown and _plausible(shown) else None


def _date_line(element: HtmlElement, shared: set[HtmlElement], url: str | None) -> bool:
    """A short line that is a date and little else, not a link to another page, a caption's or a teaser's."""
    if element.tag == "a" and not links_here(element.get("href") or "", url):
        return False
    if next(islice(element.iter(), _LINE_ELEMENTS, None), None) is not None:
        return False  # a block of many elements is no date line (and its text is not worth reading)
    named = (node.tag == "time" or _DATE_NAME.search(element_name(node)) for node in element.iterdescendants())
    return not any(named) and is_date_line(element, shared, url)  # else the named element inside is read


def _marked(element: HtmlElement) -> list[str | None]:
    """The machine-readable times an element carries: datetime, title, content, data-published and kin."""
    values = [element.get(attribute) for attribute in ("datetime", "title", "content")]
    for name, value in element.attrib.items():
        if name.startswith("data-") and _DATA_TIME.search(name) and not _UPDATED.search(name):
            values.append(value)
    return values


def _is_update(element: HtmlElement, text: str) -> bool:
    """Whether the element shows a modified time: by its label, or by its name without a publication word."""
    name = element_name(element)
    if _UPDATED.search(text):
        return True
    return bool(_UPDATED.search(name) and not _PUBLISHED.search(name)) and not _hatom_updated_only(element)


# --- 4. data in scripts and lone dates -------------------------------------------------------


def _script_data(root: HtmlElement) -> str | None:
    """A publication key in the page's script data (`published: "2018-03-07 16:02:11"`), when all say one day.

    Data layers and app state carry the article's date under these keys, and the dates of
    every story they list under the same keys: more than one day and none is taken.
    """
    days: set[str] = set()
    first: str | None = None
    for script in root.iter("script"):
        text = script.text
        if not text or (script.get("type") or "").lower() == "application/ld+json":
            continue
        if not any(stem in text for stem in _SCRIPT_STEMS):  # a cheap test before the pattern
            continue
        for match in _SCRIPT_DATE.finditer(text[:_SCRIPT_CHARS]):
            found = _parse(match.group(1))
            if found:
                days.add(found[:10])
                first = first or found
    return first if len(days) == 1 else None


def _lone_time(layout: PageLayout) -> str | None:
    """The date of the page's <time> elements when, teasers, comments and updates left out, they give one day."""
    days: set[str] = set()
    first: str | None = None
    for node in layout.root.xpath("//time[@datetime]")[:20]:
        around = [a for a in node.iterancestors() if a.tag not in ("body", "html")]  # their classes are layout
        if _is_update(node, node.text_content()) or any(elsewhere(a, layout.url) for a in around):
            continue
        if node in layout.times_above:
            continue
        found = _parse(node.get("datetime"))
        if found:
            days.add(found[:10])
            first = first or found
    return first if len(days) == 1 else None


def _parse(value: str | None) -> str | None:
    found = parse_date(value) or parse_numeric_date(value)
    return found if found and _plausible(found) else None


def _plausible(iso: str) -> bool:
    """A news date: not before 1990, not after next year."""
    year = int(iso[:4])
    return _EARLIEST_YEAR <= year <= date.today().year + 1
