"""The library API: one call per job, str or bytes in, dataclasses out.

>>> import newscli
>>> article = newscli.clean(open("page.html", "rb").read())
>>> report = newscli.analyze(article.text, raw=True)
"""

from __future__ import annotations

from newscli.errors import NewscliError
from newscli.inputs import DEFAULT_MAX_BYTES, InputFormatOption, InputOptions, decode, sniff_format
from newscli.models import TASKS, Article, Document, Report
from newscli.runners.pipeline import Options, clean_document, run

ALL_TASKS = frozenset(TASKS)


def _document(content: str | bytes, input_format: InputFormatOption, encoding: str | None, source: str) -> Document:
    if isinstance(content, bytes):
        text, used, _ = decode(content, source, encoding)
    else:
        text, used = content, None
    if input_format == "jsonl":
        raise ValueError("input_format='jsonl' is for files; pass each record's html or text")
    fmt = sniff_format(text) if input_format == "auto" else input_format
    return Document(id=source, source=source, content=text, format=fmt, encoding=used)


def clean(
    content: str | bytes,
    *,
    input_format: InputFormatOption = "auto",
    encoding: str | None = None,
    source: str = "<string>",
) -> Article:
    """The article text and metadata of an HTML page or an already-scraped text.

    Raises NoContentError when no article text is found, InputError for undecodable bytes.
    """
    document = _document(content, input_format, encoding, source)
    return clean_document(document, Options()).article


def analyze(
    content: str | bytes,
    *,
    tasks: frozenset[str] = ALL_TASKS,
    raw: bool = False,
    input_format: InputFormatOption = "auto",
    encoding: str | None = None,
    model: str | None = None,
    sentences: int = 3,
    indirect: bool = False,
    any_language: bool = False,
    source: str = "<string>",
) -> Report:
    """Clean a page (unless raw) and find its summary, figures, entities and quotes."""
    unknown = set(tasks) - ALL_TASKS
    if unknown:
        raise ValueError(f"unknown tasks {sorted(unknown)}; choose from {sorted(ALL_TASKS)}")
    document = _document(content, input_format, encoding, source)
    options = Options(
        tasks=frozenset(tasks), raw=raw, model=model, sentences=sentences, indirect=indirect, any_language=any_language
    )
    result = next(run([document], options))
    if isinstance(result, NewscliError):
        raise result
    return result


def summarize(content: str | bytes, **kwargs: object) -> Report:
    """Key figures and a short summary (see analyze for the keyword arguments)."""
    return analyze(content, tasks=frozenset({"summary", "figures"}), **kwargs)  # type: ignore[arg-type]


__all__ = ["DEFAULT_MAX_BYTES", "InputOptions", "analyze", "clean", "summarize"]
