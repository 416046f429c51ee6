"""Article extraction: HTML pages and already-scraped text in, an Article out.

Nothing here imports spaCy: `newscli clean` must start fast.
"""

from __future__ import annotations

from dataclasses import replace

from newscli.errors import NoContentError
from newscli.extract.normalise import normalise_name, normalise_text
from newscli.models import Article, InputFormat


def extract_article(content: str, fmt: InputFormat, *, raw: bool = False, source: str | None = None) -> Article:
    """Clean a page or a scraped text into the article and its metadata.

    With raw=True the input is taken as article text already: text passes through
    unchanged (so offsets stay valid), HTML is rendered to text without removing anything.
    """
    from newscli.extract.language import detect_language

    if fmt == "html":
        from newscli.extract import html
        from newscli.extract.metadata import extract_metadata
        from newscli.extract.pubdate import dateline_date

        root = html.parse_html(content)
        meta = extract_metadata(root)
        if raw:
            found = html.Extraction(html.page_text(html.strip_noise(root)))
        else:
            evidence = html.Evidence(meta.body_text, meta.word_count, meta.paywalled)
            found = html.extract(
                root, title=meta.title, description=meta.description, evidence=evidence, authors=meta.authors
            )
        published = meta.published or (None if raw else dateline_date(found.text))
        article = Article(
            text=found.text,
            title=meta.title,
            published=published,
            authors=tuple(meta.authors) or ((found.byline,) if found.byline else ()),
            publisher=meta.publisher,
            language=meta.language,
            url=meta.url,
            warnings=found.warnings,
        )
    elif raw:
        article = Article(text=content)
    else:
        from newscli.extract.text import clean_text

        cleaned = clean_text(content)
        article = Article(
            text=cleaned.text,
            title=cleaned.title,
            published=cleaned.published,
            authors=tuple(cleaned.authors),
            publisher=cleaned.publisher,
        )
    if not raw:
        article = _normalised(article)
    if not article.text.strip():
        raise NoContentError(_nothing_found(fmt, raw), source)
    language = detect_language(article.text) or article.language
    if language != article.language:
        article = replace(article, language=language)
    return article


def _nothing_found(fmt: InputFormat, raw: bool) -> str:
    """Why no text came out, and what to do, for the kind of input and the options given."""
    if raw:
        return "no text found: the page shows no text" if fmt == "html" else "no text found: the input is blank"
    if fmt == "html":
        # --raw would only turn the menus and links into text: it is not the fix here
        return (
            "no article text found: the page holds only links, menus or short lines "
            "(or loads its text with JavaScript, which newscli does not run)"
        )
    return "no article text found; if the input is already article text, pass --raw"


def _normalised(article: Article) -> Article:
    """The article's text and names in canonical form (see extract/normalise); raw text stays as given."""
    authors = tuple(name for name in (normalise_name(author) for author in article.authors) if name)
    return replace(
        article,
        text=normalise_text(article.text),
        title=normalise_name(article.title),
        authors=authors,
        publisher=normalise_name(article.publisher),
    )
