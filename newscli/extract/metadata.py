"""Page metadata — title, published date, authors, publisher, language — from HTML.

Sources in order of trust: JSON-LD (NewsArticle and friends), OpenGraph/article: and
other <meta> tags, itemprop microdata, <time datetime>, then visible bylines. A field
stays None rather than being guessed: a CMS user name is not an author, a Twitter
handle is not a publisher name, a "0001-01-01" placeholder is not a date.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newscli.extract.bylines import clean_authors, is_person_name
from newscli.extract.dates import find_date
from newscli.extract.headline import is_short_name, shown_headline
from newscli.extract.layout import BYLINE_XPATH, PageLayout, in_caption, is_teaser
from newscli.extract.lexicon import TITLE_SEPARATOR
from newscli.extract.pubdate import find_published

_ARTICLE_TYPES = {
    "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "report", "scholarlyarticle",
    "techarticle", "liveblogposting", "socialmediaposting", "posting", "review", "claimreview",
    "medicalwebpage", "webpage", "itempage", "videoobject", "recipe", "howto",
}  # fmt: skip
_NOT_CONTENT_TYPES = {"organization", "website", "breadcrumblist", "person", "imageobject", "searchaction"}
_META_TITLE = ("og:title", "twitter:title", "dc.title", "headline", "title", "sailthru.title")
_META_AUTHOR = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "byline")
_META_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
_META_PUBLISHER = ("og:site_name", "dc.publisher", "publisher", "application-name")
_PLATFORMS = {"blogger", "wordpress", "drupal", "joomla", "medium", "tumblr", "squarespace", "wix", "ghost"}
_SPACE = re.compile(r"\s+")
_WORDS = re.compile(r"\w+")
_TAG = re.compile(r"<[^<>]{1,200}>")  # markup some sites leave in articleBody
_TRAILING_COMMA = re.compile(r",\s*([\]}])")


@dataclass
class PageMetadata:
    """What the page says about its article; None (or []) where it says nothing usable."""

    title: str | None = None
    published: str | None = None  # ISO 8601, as precise as the page gives it
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    language: str | None = None  # ISO 639-1 code from <html lang> or og:locale
    description: str | None = None  # the page's summary of its article (og:description, JSON-LD)
    # What the page's structured data says the article holds, to tell a short extraction
    # from a short article: JSON-LD articleBody (with a live blog's updates), wordCount, and
    # whether it marks the article as not free to read (isAccessibleForFree: false).
    body_text: str | None = None
    word_count: int | None = None
    paywalled: bool = False
    url: str | None = None  # the page's own address: <link rel=canonical>, else og:url


def extract_metadata(root: HtmlElement) -> PageMetadata:
    """Title, date, authors, publisher and language of a parsed page."""
    nodes = _json_ld_nodes(root)
    tags = _meta_tags(root)
    publisher = _publisher(nodes, tags)
    title = _title(nodes, tags, root, publisher)
    url = _url(root, tags)
    layout = PageLayout(root, title, url)
    return PageMetadata(
        title=title,
        published=find_published(root, nodes, tags, layout),
        authors=_authors(nodes, tags, layout, publisher),
        publisher=publisher,
        language=_language(root, tags),
        description=_first(tags, _META_DESCRIPTION)
        or next((d for d in (_text(n.get("description")) for n in nodes) if d), None),
        body_text=_body_text(nodes),
        word_count=next((count for count in (_count(n.get("wordCount")) for n in nodes) if count), None),
        paywalled=any(_is_false(n.get("isAccessibleForFree")) for n in nodes),
        url=url,
    )


def _url(root: HtmlElement, tags: dict[str, str]) -> str | None:
    """The canonical link, else og:url; absolute http(s) addresses only."""
    canonical = next((link.get("href") for link in root.iter("link") if _rel(link) == "canonical"), None)
    for value in (canonical, tags.get("og:url")):
        value = (value or "").strip()
        if value.startswith(("http://", "https://")) and " " not in value:
            return value
    return None


def _rel(link: HtmlElement) -> str:
    return (link.get("rel") or "").strip().lower()


def _body_text(nodes: list[dict[str, Any]]) -> str | None:
    """The first article node's articleBody, followed by its live-blog updates' bodies."""
    for node in nodes:
        parts = [node.get("articleBody")]
        updates = node.get("liveBlogUpdate")
        for update in updates if isinstance(updates, list) else [updates]:
            if isinstance(update, dict):
                parts.append(update.get("articleBody"))
        texts = [_TAG.sub(" ", html.unescape(part)).strip() for part in parts if isinstance(part, str) and part.strip()]
        if texts:
            return "\n\n".join(texts)
    return None


def _count(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value > 0 else None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value) or None
    return None


def _is_false(value: Any) -> bool:
    return value is False or (isinstance(value, str) and value.strip().lower() == "false")


# --- JSON-LD ---------------------------------------------------------------------------


def _json_ld_nodes(root: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object that describes content, article types first."""
    found: list[dict[str, Any]] = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        data = _load_json(script.text or "")
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if _describes_content(item):
                    found.append(item)
                for key in ("@graph", "mainEntity", "itemReviewed"):
                    if isinstance(item.get(key), (dict, list)):
                        stack.append(item[key])
    found.sort(key=_type_rank)
    return found


def _load_json(text: str) -> Any:
    """JSON as pages write it: control characters in strings, trailing commas."""
    for candidate in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(candidate, strict=False)
        except ValueError:
            continue
    return None


def _types(node: dict[str, Any]) -> list[str]:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return [kind.lower() for kind in kinds if isinstance(kind, str)]


def _describes_content(node: dict[str, Any]) -> bool:
    kinds = _types(node)
    if any(kind in _ARTICLE_TYPES for kind in kinds):
        return True
    if any(kind in _NOT_CONTENT_TYPES for kind in kinds):
        return False
    return any(key in node for key in ("headline", "datePublished", "articleBody"))


def _type_rank(node: dict[str, Any]) -> int:
    """Articles before generic pages before untyped objects."""
    kinds = _types(node)
    if any(kind in _ARTICLE_TYPES and kind not in ("webpage", "itempage") for kind in kinds):
        return 0
    return 1 if kinds else 2


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, (str, dict))), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, str):
        value = _SPACE.sub(" ", html.unescape(value)).strip()
        return value or None
    return None


def _people(value: Any) -> list[tuple[str, bool]]:
    """(name, is_person) for each author entry of a JSON-LD node."""
    items = value if isinstance(value, list) else [value]
    found: list[tuple[str, bool]] = []
    for item in items:
        name = _text(item)
        if name and not name.startswith("http"):
            is_org = isinstance(item, dict) and "organization" in _types(item)
            found.append((name, not is_org))
    return found


# --- <meta> and markup -------------------------------------------------------------------


def _meta_tags(root: HtmlElement) -> dict[str, str]:
    """<meta> values by lower-case name/property/itemprop, first occurrence wins.

    An author tag may be repeated, one per writer: each further name goes on a line of its own
    (not an itemprop=author, which may be a picture's credit inside its microdata).
    """
    tags: dict[str, str] = {}
    for node in root.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or node.get("http-equiv") or "").lower()
        content = node.get("content")
        value = _SPACE.sub(" ", html.unescape(content)).strip() if key and content else ""
        if not value:
            continue
        if key not in tags:
            tags[key] = value
        elif key in _META_AUTHOR and not node.get("itemprop") and value not in tags[key].split("\n"):
            tags[key] += "\n" + value
    return tags


def _first(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((tags[key] for key in keys if tags.get(key)), None)


def _title(nodes: list[dict[str, Any]], tags: dict[str, str], root: HtmlElement, publisher: str | None) -> str | None:
    structured = next((t for t in (_text(n.get("headline")) for n in nodes) if t), None)
    tagged = _first(tags, _META_TITLE)
    title = structured or tagged or _title_tag(root)
    if not title:
        return shown_headline(root, None)  # no <title> at all: the headline the page prints, if one reads as it
    if not structured and not tagged:  # only the <title>: the headline printed on the page is the article's
        printed = shown_headline(root, title)
        if printed:
            return printed
    headings = _headings(root)
    shown = _shown_headline(title, headings) if structured or title.endswith(("...", "…")) else None
    if not structured and not tagged:  # a <title> alone may carry the site's name on either side
        return shown or _sentence_case_part(title) or _strip_site_name(title, publisher, headings)
    return shown or _strip_site_name(title, publisher, headings)


def _shown_headline(title: str, headings: list[str]) -> str | None:
    """The page's <h1> when the structured headline is a cut or shortened form of it.

    Sites cut the headline in their data ("... and how many children do couple have?...")
    or shorten it for search ("... promote 'Dune,' ranked" for "... promote the 'Dune'
    franchise, ranked from least to most daring"): every word of the title is in the
    <h1>, and the <h1> has more.
    """
    words = set(_WORDS.findall(title.rstrip(".… ").lower()))
    if len(words) < 3:
        return None
    for heading in headings[:3]:
        shown = _WORDS.findall(heading.lower())
        if len(shown) > len(words) and words <= set(shown) and len(shown) <= 3 * len(words):
            return heading
    return None


def _headings(root: HtmlElement) -> list[str]:
    return [_SPACE.sub(" ", node.text_content()).strip() for node in root.iter("h1")][:50]


def _title_tag(root: HtmlElement) -> str | None:
    node = root.find(".//title")
    if node is None:
        return None
    return _SPACE.sub(" ", node.text_content()).strip() or None


def _strip_site_name(title: str, publisher: str | None, headings: list[str]) -> str:
    """'Headline | Site Name' -> 'Headline' when the tail names the site or the page's <h1> is the head."""
    separators = list(TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    head = title[: separators[-1].start()]
    tail = title[separators[-1].end() :].casefold()
    site = (publisher or "").casefold()
    if site and len(tail) >= 3 and (tail in site or site in tail):
        return head or title
    if head and any(heading.casefold() == head.casefold() for heading in headings):
        return head
    return title


def _sentence_case_part(title: str) -> str | None:
    """ "Khaleej Times Online - Bush speech draws mixed response", "The Hindu : Business : BSNL offers
    insurance cover": the one part written as a sentence, when every other part is a short name in
    capitals (the site's, a section's). A headline in title case leaves the <title> whole."""
    parts = [part.strip() for part in TITLE_SEPARATOR.split(title) if part.strip()]
    if len(parts) < 2:
        return None
    sentences = [p for p in parts if len(p.split()) >= 3 and any(w.isalpha() and w.islower() and len(w) > 2
                                                                  for w in p.split())]  # fmt: skip
    names = [p for p in parts if p not in sentences and is_short_name(p)]
    site = any(len(name.split()) >= 2 for name in names)  # "Opinion | Why ..." keeps its section: no site named
    return sentences[0] if len(sentences) == 1 and len(names) == len(parts) - 1 and site else None


def _authors(nodes: list[dict[str, Any]], tags: dict[str, str], layout: PageLayout, publisher: str | None) -> list[str]:
    """Structured names of people; else the byline under the headline; else a byline element; else structured names.

    The byline shown under the headline wins over structured data that names only an
    organisation ("AP" in the author tag, "By PHILLIP RAWLS" under the headline), or names
    in another script than the page's (a CMS account's name, "新間" on an English page).
    """
    root = layout.root
    names = _structured_authors(nodes, tags, publisher)
    if names and not _foreign_script(names, _title_tag(root) or "") and any(map(is_person_name, names)):
        return names
    byline = layout.byline
    shown = clean_authors([_before_date(byline[0])], publisher=publisher, visible=True) if byline else []
    if byline and not shown:
        shown = _one_name(byline[1], publisher)
    if shown and any(map(is_person_name, shown)):
        return shown
    linked = clean_authors(layout.author_links, publisher=publisher, visible=True) if not names else []
    if linked:
        return linked
    if names and not _foreign_script(names, _title_tag(root) or ""):
        return names
    return _byline_authors(root, publisher, layout.url) or names


def _structured_authors(nodes: list[dict[str, Any]], tags: dict[str, str], publisher: str | None) -> list[str]:
    """Authors from JSON-LD, else from <meta> tags."""
    for node in nodes:
        entries = _people(node.get("author") or node.get("creator"))
        people = [name for name, is_person in entries if is_person]
        names = clean_authors(people or [name for name, _ in entries], publisher=publisher)
        if names:
            return names
    raw = _first(tags, _META_AUTHOR)
    if raw and not raw.startswith(("http://", "https://", "@")):
        return clean_authors([raw], publisher=publisher)
    return []


def _foreign_script(names: list[str], title: str) -> bool:
    """Whether no name shares a script with the page's title: Latin letters in one, none in the other."""
    if not any(char.isalpha() for char in title):
        return False
    latin_title = _is_latin(title)
    return not any(_is_latin(name) == latin_title for name in names)


def _is_latin(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and sum(char < "\u0250" for char in letters) >= 0.5 * len(letters)


def _before_date(byline: str) -> str:
    """A byline up to its date: the names come first, the page's buttons may follow ("Text Size")."""
    found = find_date(byline)
    return byline[: found[1]] if found else byline


_ONE_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}")


def _one_name(byline: HtmlElement, publisher: str | None) -> list[str]:
    """A writer known by one name, alone in the byline's author element: "<span class=author>Paul</span>".

    A lone word elsewhere in a byline is as likely a section or a city ("Paul | December 23,
    2016 | Science"); only the element the page names as the author is read, and only a
    capitalised word that is no organisation, role, date or the site's name.
    """
    for node in byline.iter():
        if not isinstance(node.tag, str) or not _names_author(node):
            continue
        word = node.text_content().strip()
        if _ONE_NAME.fullmatch(word) and is_person_name(word) and clean_authors([word], publisher=publisher):
            return [word]
    return []


def _in_comments(node: HtmlElement) -> bool:
    """Whether the element is in the comments, or a list of the latest ones ("comment-author-link")."""
    names = (f"{n.get('class') or ''} {n.get('id') or ''}" for n in (node, *node.iterancestors()))
    return any("comment" in name.lower() for name in names)


def _names_author(node: HtmlElement) -> bool:
    return "author" in f"{node.get('class') or ''} {node.get('rel') or ''} {node.get('itemprop') or ''}".lower()


def _byline_authors(root: HtmlElement, publisher: str | None, url: str | None) -> list[str]:
    """Names from the page's visible byline elements, when nothing structured names anyone.

    Not a picture's credit or a quote's attribution, a commenter's name, nor the byline of
    another story listed on the page (in a block with a link to it).
    """
    nodes = (
        node
        for node in root.xpath(BYLINE_XPATH)
        if not in_caption(node) and not is_teaser(node, url) and not _in_comments(node)
    )
    for node in islice(nodes, 6):
        # text pieces stay apart: "Tom Davies", "Associated Press", "Published 11:34 PM"
        text = "\n".join(piece.strip() for piece in node.itertext() if piece.strip())
        if 2 < len(text) < 160:
            names = clean_authors([text], publisher=publisher, visible=True)
            if names:
                return names
    return []


def _publisher(nodes: list[dict[str, Any]], tags: dict[str, str]) -> str | None:
    """The site's name: og:site_name, JSON-LD publisher, then other <meta>; no handles."""
    candidates = [tags.get("og:site_name")]
    candidates += [_text(node.get("publisher")) for node in nodes]
    candidates += [tags.get(key) for key in _META_PUBLISHER[1:]]
    for candidate in candidates:
        name = _site_name(candidate)
        if name:
            return name
    return None


def _site_name(value: str | None) -> str | None:
    if not value or value.startswith("@"):
        return None
    if value.startswith(("http://", "https://")):
        host = urlsplit(value).hostname or ""
        return host.removeprefix("www.") or None
    name = TITLE_SEPARATOR.split(value)[0].strip()
    if not name or len(name.split()) > 6 or name.casefold() in _PLATFORMS:
        return None
    return name


def _language(root: HtmlElement, tags: dict[str, str]) -> str | None:
    lang = root.get("lang") or root.get("xml:lang") or tags.get("og:locale") or tags.get("content-language")
    if not lang:
        return None
    code = lang.replace("_", "-").split("-")[0].strip().lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None
