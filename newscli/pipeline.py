"""Clean, then analyse: the orchestration shared by the CLI and the library API.

Documents flow through in input order and in small batches, so a batch of any size
runs in bounded memory and the spaCy model sees several texts per nlp.pipe call.
Failures are per document: they come out as NewscliError values in their place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from newscli.errors import LanguageError, NewscliError
from newscli.extract import extract_article
from newscli.extract.language import language_name
from newscli.models import Article, Document, Report

BATCH_SIZE = 16


@dataclass(frozen=True)
class Options:
    """What to do with each document; built by the CLI or by library callers."""

    tasks: frozenset[str] = field(default_factory=frozenset)  # subset of nlp.TASKS; empty = clean only
    raw: bool = False  # the input is article text already: no boilerplate removal
    model: str | None = None
    sentences: int = 3
    indirect: bool = False
    any_language: bool = False  # analyse even when the text is not English


def clean_document(document: Document, options: Options) -> Report:
    article = extract_article(document.content, document.format, raw=options.raw, source=document.id)
    return Report(
        id=document.id, source=document.source, encoding=document.encoding, article=article, extra=document.extra
    )


def run(items: Iterable[Document | NewscliError], options: Options) -> Iterator[Report | NewscliError]:
    """Process documents in order; yield a Report or the error for each."""
    if not options.tasks:
        for item in items:
            yield item if isinstance(item, NewscliError) else _guard(clean_document, item, options)
        return
    batch: list[Report | NewscliError] = []
    for item in items:
        if isinstance(item, NewscliError):
            batch.append(item)
        else:
            batch.append(_guard(_clean_for_analysis, item, options))
        if len(batch) >= BATCH_SIZE:
            yield from _analyze_batch(batch, options)
            batch = []
    if batch:
        yield from _analyze_batch(batch, options)


def _guard(func: object, document: Document, options: Options) -> Report | NewscliError:
    try:
        return func(document, options)  # type: ignore[operator,no-any-return]
    except NewscliError as err:
        if err.source is None:
            err.source = document.id
        return err


def _clean_for_analysis(document: Document, options: Options) -> Report:
    report = clean_document(document, options)
    check_language(report.article, document.id, options)
    return report


def check_language(article: Article, source: str, options: Options) -> None:
    if options.any_language or article.language in (None, "en"):
        return
    raise LanguageError(
        f"the text is in {language_name(article.language)} ({article.language}), and newscli's figures, "
        "entities and quotes read English only; use 'newscli clean' for its text, or --any-language to try anyway",
        source,
    )


def _analyze_batch(batch: list[Report | NewscliError], options: Options) -> Iterator[Report | NewscliError]:
    from dataclasses import replace

    from newscli.nlp import AnalysisOptions, analyze_articles

    reports = [item for item in batch if isinstance(item, Report)]
    analysis_options = AnalysisOptions(
        tasks=options.tasks, model=options.model, sentences=options.sentences, indirect=options.indirect
    )
    analyses = iter(analyze_articles((r.article for r in reports), analysis_options)) if reports else iter(())
    for item in batch:
        if isinstance(item, NewscliError):
            yield item
            continue
        found = next(analyses)
        yield replace(item, summary=found.summary, figures=found.figures, entities=found.entities, quotes=found.quotes)
