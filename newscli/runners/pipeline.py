"""Clean, then analyse: the orchestration shared by the CLI and the library API.

Documents flow through in input order and in small batches, so a batch of any size
runs in bounded memory and the spaCy model sees several texts per nlp.pipe call.
Failures are per document: they come out as NewscliError values in their place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from newscli.errors import InputError, InternalError, NewscliError
from newscli.extract import extract_article
from newscli.extract.language import language_name
from newscli.extract.record_metadata import with_record_metadata
from newscli.models import TASKS, Article, Document, Report

BATCH_SIZE = 16
# Longer texts are refused by the analysis commands (clean takes them): 2 million characters
# is some 330,000 words, a hundred long articles, and peaks near 1 GB.
MAX_ANALYSIS_CHARS = 2_000_000


@dataclass(frozen=True)
class Options:
    """What to do with each document; built by the CLI or by library callers."""

    tasks: frozenset[str] = field(default_factory=frozenset)  # subset of models.TASKS; empty = clean only
    raw: bool = False  # the input is article text already: no boilerplate removal
    model: str | None = None
    sentences: int = 3
    indirect: bool = False
    any_language: bool = False  # analyse even when the text is not English


def clean_document(document: Document, options: Options) -> Report:
    article = extract_article(document.content, document.format, raw=options.raw, source=document.id)
    if document.extra:
        article = with_record_metadata(article, document.extra)
    return Report(
        id=document.id,
        source=document.source,
        encoding=document.encoding,
        article=article,
        extra=document.extra,
        warnings=(*document.warnings, *article.warnings),  # the article's go into its record too
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
            batch.append(_guard(clean_document, item, options))
        if len(batch) >= BATCH_SIZE:
            yield from _analyze_batch(batch, options)
            batch = []
    if batch:
        yield from _analyze_batch(batch, options)


def process_batch(batch: list[Document | NewscliError], options: Options) -> list[Report | NewscliError]:
    """One batch, start to finish: the unit of work sent to worker processes and cluster workers."""
    return list(run(batch, options))


def _guard(func: object, document: Document, options: Options) -> Report | NewscliError:
    try:
        return func(document, options)  # type: ignore[operator,no-any-return]
    except NewscliError as err:
        if err.source is None:
            err.source = document.id
        return err
    except Exception as exc:  # a bug must cost one document, not the batch
        return internal_error(exc, document.id)


def internal_error(exc: BaseException, source: str) -> InternalError:
    error = InternalError(
        f"internal error ({type(exc).__name__}: {str(exc)[:200]}); please report it with the input "
        "(--debug shows the traceback)",
        source,
    )
    error.__cause__ = exc
    return error


def is_analysable(article: Article, options: Options) -> bool:
    """English (or too short to tell) unless the user asked for any language."""
    return options.any_language or article.language in (None, "en")


def _not_analysed(report: Report, options: Options) -> Report:
    """A non-English report: empty analysis and a clear warning, rather than English NLP's garbage."""
    code = report.article.language
    note = (
        f"the text is in {language_name(code)} ({code}); newscli analyses English only, so no "
        f"{_task_names(options.tasks)} were looked for (--any-language to try anyway)"
    )
    return replace(
        report,
        summary=() if "summary" in options.tasks else None,
        figures=() if "figures" in options.tasks else None,
        entities=() if "entities" in options.tasks else None,
        quotes=() if "quotes" in options.tasks else None,
        warnings=(*report.warnings, note),
        not_analysed=f"the text is in {language_name(code)}; newscli analyses English only (--any-language to try)",
    )


def _task_names(tasks: frozenset[str]) -> str:
    names = [task for task in TASKS if task in tasks]
    return ", ".join(names[:-1]) + (" or " if len(names) > 1 else "") + names[-1] if names else "analysis"


def _too_long(report: Report) -> InputError | None:
    """The analysis holds one parse of the whole text: about 500 MB per million characters."""
    size = len(report.article.text)
    if size <= MAX_ANALYSIS_CHARS:
        return None
    return InputError(
        f"the article text is {size / 1e6:.1f} million characters, more than the {MAX_ANALYSIS_CHARS / 1e6:g} million "
        "one document can be analysed in (about 1 GB of memory); split it into several documents, e.g. one JSON "
        "Lines record per chapter or story",
        report.id,
    )


def _analyze_batch(batch: list[Report | NewscliError], options: Options) -> Iterator[Report | NewscliError]:
    from newscli.nlp import AnalysisOptions, analyze_articles

    batch = [(_too_long(item) or item) if isinstance(item, Report) else item for item in batch]
    reports = [item for item in batch if isinstance(item, Report) and is_analysable(item.article, options)]
    analysis_options = AnalysisOptions(
        tasks=options.tasks, model=options.model, sentences=options.sentences, indirect=options.indirect
    )
    analyses = iter(analyze_articles((r.article for r in reports), analysis_options)) if reports else iter(())
    for item in batch:
        if isinstance(item, NewscliError):
            yield item
            continue
        if not is_analysable(item.article, options):
            yield _not_analysed(item, options)
            continue
        found = next(analyses)
        if isinstance(found, BaseException):
            yield internal_error(found, item.id)
            continue
        yield replace(item, summary=found.summary, figures=found.figures, entities=found.entities, quotes=found.quotes)
