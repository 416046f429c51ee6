"""Page metadata — title, published date, authors, publisher, language — from HTML.

Sources in order of trust: JSON-LD (NewsArticle and friends), OpenGraph/article: and
other <meta> tags, <time datetime>, then visible bylines. A field stays None rather than
being guessed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

from newscli.extract.dates import parse_date

_ARTICLE_TYPES = {
    "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "webpage", "report", "scholarlyarticle", "techarticle", "liveblogposting",
}  # fmt: skip
_META_TITLE = ("og:title", "twitter:title", "title", "dc.title", "headline", "sailthru.title")
_META_PUBLISHED = (
    "article:published_time", "og:article:published_time", "datepublished", "publishdate", "pubdate",
    "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "article.published", "published_time", "originalpublicationdate", "displaydate",
)  # fmt: skip
_META_AUTHOR = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "byline")
_META_PUBLISHER = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
_SPACE = re.compile(r"\s+")
_BY_PREFIX = re.compile(r"^\s*(?:by|von|par|por|door|di)\s+", re.I)


@dataclass
class PageMetadata:
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    language: str | None = None


def extract_metadata(root: HtmlElement) -> PageMetadata:
    meta = PageMetadata()
    for node in _json_ld_articles(root):
        meta.title = meta.title or _text(node.get("headline") or node.get("name"))
        meta.published = meta.published or parse_date(_text(node.get("datePublished") or node.get("dateCreated")))
        if not meta.authors:
            meta.authors = _people(node.get("author") or node.get("creator"))
        if not meta.publisher:
            meta.publisher = _name_of(node.get("publisher"))
    tags = _meta_tags(root)
    meta.title = meta.title or _first(tags, _META_TITLE) or _title_tag(root)
    meta.published = meta.published or _first_date(tags, _META_PUBLISHED) or _time_element(root)
    if not meta.authors:
        author = _first(tags, _META_AUTHOR)
        if author and not author.startswith(("http://", "https://", "@")):
            meta.authors = _split_authors(author)
    if not meta.authors:
        meta.authors = _byline_elements(root)
    publisher = meta.publisher or _first(tags, _META_PUBLISHER)
    meta.publisher = publisher.lstrip("@") if publisher else None
    lang = root.get("lang") or root.get("xml:lang") or tags.get("og:locale") or tags.get("content-language")
    meta.language = lang.replace("_", "-").split("-")[0].lower() if lang else None
    return meta


def _json_ld_articles(root: HtmlElement) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                    found.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    # proper article types before generic web pages
    found.sort(key=lambda n: str(n.get("@type")).lower() == "webpage")
    return found


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        value = _SPACE.sub(" ", value).strip()
        return value or None
    return None


def _name_of(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _people(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = _name_of(item)
        if name and not name.startswith("http"):
            names.extend(_split_authors(name))
    return _unique(names)


def _split_authors(value: str) -> list[str]:
    value = _BY_PREFIX.sub("", value.strip())
    parts = re.split(r"\s*(?:,|;|\band\b|&|\|)\s*", value)
    return _unique([p.strip() for p in parts if p.strip() and len(p.split()) <= 5])


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out


def _meta_tags(root: HtmlElement) -> dict[str, str]:
    tags: dict[str, str] = {}
    for node in root.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or node.get("http-equiv") or "").lower()
        content = node.get("content")
        if key and content and key not in tags:
            tags[key] = _SPACE.sub(" ", content).strip()
    return tags


def _first(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if tags.get(key):
            return tags[key]
    return None


def _first_date(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        parsed = parse_date(tags.get(key))
        if parsed:
            return parsed
    return None


def _title_tag(root: HtmlElement) -> str | None:
    node = root.find(".//title")
    if node is None or not node.text_content().strip():
        return None
    return _SPACE.sub(" ", node.text_content()).strip()


def _time_element(root: HtmlElement) -> str | None:
    for node in root.xpath("//time[@datetime]")[:3]:
        parsed = parse_date(node.get("datetime"))
        if parsed:
            return parsed
    return None


def _byline_elements(root: HtmlElement) -> list[str]:
    nodes = root.xpath(
        '//*[@rel="author" or @itemprop="author" or contains(@class, "byline") or contains(@class, "author-name")]'
    )
    for node in nodes[:5]:
        text = _SPACE.sub(" ", node.text_content()).strip()
        if 2 < len(text) < 80:
            authors = _split_authors(text)
            if authors:
                return authors
    return []
