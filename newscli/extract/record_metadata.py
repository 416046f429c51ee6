"""Metadata a JSON Lines record carries next to its text: {"id", "title", "date", "author", ...}.

Crawlers and datasets store the title and date beside the article, and scraped text has
lost them. They fill what the article itself does not say - the page's own metadata wins -
so a record's "date" still anchors "Wednesday" and "last month" in the figures.
The one exception is "url": where a page was fetched from (a WARC's WARC-Target-URI, a URL
given on the command line) is a fact of the fetch, not the page's claim, so it wins.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newscli.extract.dates import parse_date
from newscli.models import Article

TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("published", "date", "published_at", "datePublished", "pubdate", "publish_date")
AUTHOR_KEYS = ("authors", "author", "byline")
PUBLISHER_KEYS = ("publisher", "source_name", "site_name")
URL_KEYS = ("url",)


def with_record_metadata(article: Article, record: dict[str, Any]) -> Article:
    changes: dict[str, Any] = {}
    title = _first_text(record, TITLE_KEYS)
    if article.title is None and title:
        changes["title"] = title
    if article.published is None:
        for key in DATE_KEYS:
            value = record.get(key)
            date = parse_date(value) if isinstance(value, str) else None
            if date:
                changes["published"] = date
                break
    if not article.authors:
        authors = _authors(record)
        if authors:
            changes["authors"] = authors
    publisher = _first_text(record, PUBLISHER_KEYS)
    if article.publisher is None and publisher:
        changes["publisher"] = publisher
    url = _first_text(record, URL_KEYS)
    if url and url != article.url:
        changes["url"] = url
    return replace(article, **changes) if changes else article


def _first_text(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _authors(record: dict[str, Any]) -> tuple[str, ...]:
    for key in AUTHOR_KEYS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return (" ".join(value.split()),)
        if isinstance(value, list):
            names = tuple(" ".join(v.split()) for v in value if isinstance(v, str) and v.strip())
            if names:
                return names
    return ()
