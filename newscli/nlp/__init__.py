"""English analysis on spaCy: figures, entities, quotes and the summary from one parse.

Importing this package imports spaCy; the clean path never does.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newscli.models import TASKS, Article, Entity, Figure, Quote
from newscli.nlp.model import load_model, parse_many

# The pipeline components each task reads; a command loads the union of what it needs.
TASK_COMPONENTS: dict[str, frozenset[str]] = {
    "summary": frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}),
    "figures": frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}),
    # entity rules read spelling, NER labels and (for roles) the parse: a description such as
    # "the actress" is a role only as the subject of its clause (entities/descriptions.py)
    "entities": frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "ner"}),
    "quotes": frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}),
}


@dataclass(frozen=True)
class AnalysisOptions:
    tasks: frozenset[str] = frozenset(TASKS)
    model: str | None = None
    sentences: int = 3  # summary length
    indirect: bool = False  # also report indirect speech as quotes


@dataclass(frozen=True)
class Analysis:
    summary: tuple[str, ...] | None = None
    figures: tuple[Figure, ...] | None = None
    entities: tuple[Entity, ...] | None = None
    quotes: tuple[Quote, ...] | None = None


def components_for(tasks: Iterable[str]) -> frozenset[str]:
    needed: set[str] = set()
    for task in tasks:
        needed |= TASK_COMPONENTS[task]
    return frozenset(needed)


def analyze_articles(articles: Iterable[Article], options: AnalysisOptions) -> Iterator[Analysis | Exception]:
    """Analyse articles in order, batching them through one spaCy pipeline.

    A failure in one article's analysis is yielded in its place so the others go on.
    """
    nlp = load_model(options.model, components_for(options.tasks))
    queue: list[Article] = []

    def texts() -> Iterator[str]:
        for article in articles:
            queue.append(article)
            yield article.text

    for doc in parse_many(nlp, texts()):
        article = queue.pop(0)
        try:
            yield analyze_doc(doc, article, options)
        except Exception as exc:  # a bug in one article must not stop the batch
            yield exc


def analyze_doc(doc: object, article: Article, options: AnalysisOptions) -> Analysis:
    """Run the requested tasks on one parsed Doc."""
    from newscli.nlp import entities, figures, quotes, summary

    tasks = options.tasks
    found_entities = entities.extract_entities(doc) if {"entities", "quotes"} & tasks else None  # type: ignore[arg-type]
    return Analysis(
        summary=tuple(summary.summarize(doc, options.sentences)) if "summary" in tasks else None,  # type: ignore[arg-type]
        figures=tuple(figures.extract_figures(doc, article.published)) if "figures" in tasks else None,  # type: ignore[arg-type]
        entities=tuple(found_entities) if "entities" in tasks and found_entities is not None else None,
        quotes=tuple(quotes.extract_quotes(doc, found_entities or [], indirect=options.indirect))  # type: ignore[arg-type]
        if "quotes" in tasks
        else None,
    )
