"""`newscli sources`: the corpus view, fed by analysis or by newscli's own analysed records."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from newscli.cli.options import ANALYSIS_FORMATS, Common, FilesArg, FormatOpt, OutputFormat
from newscli.cli.run import Messages, Run, color_env, execute
from newscli.errors import NewscliError, UsageError
from newscli.models import Document, Report
from newscli.runners.pipeline import Options

if TYPE_CHECKING:  # the corpus code loads when `sources` runs, not on every command's start-up
    from newscli.corpus import Corpus


@dataclass
class SourcesConsumer:
    """Counts every article into the corpus and writes the rows once the run is over."""

    corpus: Corpus
    fmt: str
    limit: int | None = None
    plot: str | None = None
    quotes_of: str | None = None
    db: str | None = None  # --db: the rows also go to its sources table
    databases: tuple[str, ...] = ()  # newscli --db files given as inputs, read without analysing
    read_directly: int = field(default=0, init=False)

    def divert(self, documents: Iterator[Document | NewscliError]) -> Iterator[Document | NewscliError]:
        from newscli.corpus import facts_from_record, is_analysed_record
        from newscli.corpus.database import read_database

        for path in self.databases:
            try:
                for facts in read_database(path):
                    self.corpus.add(facts)
                    self.read_directly += 1
            except NewscliError as err:
                yield err
        for item in documents:
            if isinstance(item, Document) and is_analysed_record(item.extra):
                self.corpus.add(facts_from_record(item.extra, item.id))
                self.read_directly += 1
            else:
                yield item

    def add(self, report: Report) -> None:
        from newscli.corpus import facts_from_report

        self.corpus.add(facts_from_report(report))

    def finish(self) -> None:
        from newscli.output.sources import plot_sources, write_quotes, write_sources

        if self.quotes_of is not None:
            write_quotes(self.corpus.quotes(), self.fmt, sys.stdout)
            return
        rows = self.corpus.rows()
        if self.db:
            from newscli.output.db import write_sources as write_table

            write_table(self.db, rows)
        if self.plot:
            plot_sources(rows, self.plot)
        write_sources(rows, self.fmt, sys.stdout, articles=self.corpus.articles, by=self.corpus.by, limit=self.limit)


class Grouping(str, Enum):
    publisher = "publisher"
    month = "month"
    week = "week"


def sources(
    files: FilesArg = None,
    fmt: FormatOpt = OutputFormat.auto,
    show_all: Annotated[bool, typer.Option("--all", help="Places too, not only people and organisations.")] = False,
    by: Annotated[
        Optional[Grouping],  # noqa: UP045
        typer.Option("--by", help="One row per entity and publisher, month or week.", show_default=False),
    ] = None,
    quotes_of: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--quotes",
            metavar="NAME",
            help="List this speaker's quotes with date, publisher and article.",
            show_default=False,
        ),
    ] = None,
    aliases: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--aliases",
            metavar="FILE",
            help="CSV of alias,canonical[,wikidata] names to merge.",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
    top: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--top", min=1, help="Keep the top N rows (a table shows 50 unless told).", show_default=False),
    ] = None,
    plot: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--plot",
            metavar="FILE",
            help="Also draw the most quoted as a bar chart (.png or .svg).",
            show_default=False,
        ),
    ] = None,
    *,
    common: Common,
) -> None:
    """People and organisations across a corpus: articles, mentions, quotes, roles, publishers, dates.

    Reads pages, directories and JSON Lines like every command, and reads newscli's own
    analyze output (JSON Lines) without analysing again. Sorted by quotes, then articles.

    Examples:

      newscli sources crawl/ --jobs 2

      newscli analyze crawl/ -f jsonl > analysed.jsonl; newscli sources analysed.jsonl --by month

      newscli sources analysed.jsonl --quotes "Keir Starmer"
    """
    from newscli.cli import _chosen_format, _with_globals
    from newscli.corpus import DEFAULT_TYPES, Corpus
    from newscli.corpus.aliases import Aliases, read_aliases
    from newscli.corpus.database import is_database

    common = _with_globals(common)
    chosen = _chosen_format(fmt, ANALYSIS_FORMATS, OutputFormat.table, OutputFormat.tsv, "sources", common)
    color_env(common.color)
    try:
        table = read_aliases(str(aliases)) if aliases is not None else Aliases()
    except UsageError as err:
        Messages(common.quiet).error(str(err))
        raise typer.Exit(err.exit_code) from None
    types = DEFAULT_TYPES | {"location"} if show_all else DEFAULT_TYPES
    corpus = Corpus(types=types, aliases=table, by=by.value if by else None, quotes_of=quotes_of)
    databases = tuple(f for f in files or () if is_database(f))
    others = [f for f in files or () if f not in databases]
    consumer = SourcesConsumer(corpus, chosen, limit=top, plot=plot, quotes_of=quotes_of,
                               db=str(common.db) if common.db else None, databases=databases)  # fmt: skip
    options = Options(tasks=frozenset({"entities", "quotes"}), raw=common.raw, model=common.model,
                      any_language=common.any_language)  # fmt: skip
    run = Run(options, chosen, "sources", consumer=consumer, needs_input=not databases)
    execute(others or (None if not databases else []), run, common)
