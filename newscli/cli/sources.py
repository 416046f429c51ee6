"""`newscli sources`: the corpus view, fed by analysis or by newscli's own analysed records."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

from newscli.corpus import Corpus, facts_from_record, facts_from_report, is_analysed_record
from newscli.errors import NewscliError
from newscli.models import Document, Report


@dataclass
class SourcesConsumer:
    """Counts every article into the corpus and writes the rows once the run is over."""

    corpus: Corpus
    fmt: str
    limit: int | None = None
    plot: str | None = None
    quotes_of: str | None = None
    read_directly: int = field(default=0, init=False)

    def divert(self, documents: Iterator[Document | NewscliError]) -> Iterator[Document | NewscliError]:
        for item in documents:
            if isinstance(item, Document) and is_analysed_record(item.extra):
                self.corpus.add(facts_from_record(item.extra, item.id))
                self.read_directly += 1
            else:
                yield item

    def add(self, report: Report) -> None:
        self.corpus.add(facts_from_report(report))

    def finish(self) -> None:
        from newscli.output.sources import plot_sources, write_quotes, write_sources

        if self.quotes_of is not None:
            write_quotes(self.corpus.quotes(), self.fmt, sys.stdout)
            return
        rows = self.corpus.rows()
        if self.plot:
            plot_sources(rows, self.plot)
        write_sources(rows, self.fmt, sys.stdout, articles=self.corpus.articles, by=self.corpus.by, limit=self.limit)
