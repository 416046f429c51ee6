"""Boilerplate removal for already-scraped plain text.

Input is a page as a naive scraper leaves it: every block (menu item, headline, byline,
paragraph, footer link) on its own line. Output is the article's paragraphs, in order,
separated by one blank line, plus the title, date, authors and publisher found around them.

The steps, one module each: rejoin hard-wrapped lines (here), measure every line
(text/features), classify it (text/classify), find the article's region and the lines to keep
in it (text/region), read the headline, dateline and byline above it (text/meta), and drop the
site's notes at its edges (text/edges). All of it
is the standard library only, so `newscli clean` starts fast and cleans hundreds of pages a
second.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from newscli.extract.lexicon import DANGLING_WORDS, FURNITURE_LINES, SECTION_HEADINGS
from newscli.extract.text.classify import Kind, classify, drop_copies, mark_lists, promote_unpunctuated
from newscli.extract.text.dates import find_any_date
from newscli.extract.text.edges import trim_edges
from newscli.extract.text.features import Line, measure
from newscli.extract.text.meta import find_headline, read_header
from newscli.extract.text.region import best_region, discount_comments, select, weights, widen


@dataclass
class CleanedText:
    """The article text of a scraped page and the metadata found around it."""

    text: str  # paragraphs separated by one blank line
    title: str | None = None
    published: str | None = None  # ISO 8601, to the minute when the page gives the time
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None


def clean_text(content: str) -> CleanedText:
    """Keep the article paragraphs of a scraped page and pull out its metadata."""
    lines = _lines(content)
    if not lines:
        return CleanedText(text="")
    repeats = Counter(line.text for line in lines)
    kinds = [classify(line, repeats[line.text]) for line in lines]
    drop_copies(lines, kinds)
    promote_unpunctuated(lines, kinds)
    mark_lists(lines, kinds)
    if Kind.BAD in kinds:
        scores = weights(lines, kinds, find_headline(lines))
        discount_comments(lines, scores)
        start, end = widen(lines, kinds, *best_region(scores))
        keep = select(lines, kinds, start, end)
    else:
        # Nothing on the page is furniture: it is an article already (or our own output fed
        # back), and every line of it stays but the header above its first paragraph: the
        # headline, a byline, a kicker. All of the header goes, not only the line read as the
        # title, so that cleaning this output again finds nothing more to take.
        start = next((i for i, kind in enumerate(kinds) if kind is Kind.GOOD), 0)
        if any(line.terminal for line in lines[:start]):
            start = 0  # sentences above the first paragraph are the article's, not a header
        keep = [i >= start for i in range(len(lines))]
    header = read_header(lines, start)
    for i in header.used:
        keep[i] = False
    body = [line.text for line, kept in zip(lines, keep, strict=True) if kept]
    if Kind.BAD in kinds:
        body = _dedupe(body)  # copies on a scraped page are page furniture; in an article, text
    body = trim_edges(body) if body else body
    return CleanedText(
        text="\n\n".join(body),
        title=header.title,
        published=header.published,
        authors=header.authors,
        publisher=header.publisher,
    )


def _lines(content: str) -> list[Line]:
    """The page's non-empty lines, whitespace collapsed, measured (a repeated line only once)."""
    out = []
    seen: dict[str, Line] = {}
    for text in _unwrap(content):
        line = seen.get(text)
        if line is None:
            line = seen[text] = _measure_short(text) if len(text) <= _SHORT_LINE else measure(text)
        out.append(line)
    return out


# Menu items, section names and share buttons ("Home", "World", "Share") recur on every page
# of a site and across sites, so a batch measures each of them once. Lines are never
# changed after measuring, which makes sharing them safe.
_SHORT_LINE = 40
_measure_short = lru_cache(maxsize=16384)(measure)


def _unwrap(content: str) -> list[str]:
    """The page's lines, whitespace collapsed, with hard-wrapped sentences joined again.

    A line break inside a sentence (a <br> in the page, or text wrapped at 72 columns) leaves
    fragments that look like headlines; a line that starts in lower case after one that does
    not end a sentence continues it. A blank line always ends a paragraph.
    """
    out: list[str] = []
    joinable = False
    for raw in content.splitlines():
        text = raw.strip()
        if "  " in text or not text.isascii() or "\t" in text:
            text = " ".join(text.split())  # collapses every kind of Unicode space
        if not text:
            joinable = False
            continue
        if joinable and _continues(out[-1], text):
            out[-1] = out[-1] + " " + text
        else:
            out.append(text)
        joinable = out[-1][-1] not in _SENTENCE_END
    return out


def _continues(previous: str, text: str) -> bool:
    """Whether text carries on the sentence previous broke off (previous has no end mark)."""
    if not text[0].islower():
        # "...who in 2008, won the" / "Africa Movie Academy Award...": no sentence ends with "the".
        if previous[-1] not in ",，、" and previous.rpartition(" ")[2] not in DANGLING_WORDS:
            return False
        if not _sentence_like(previous, _MIN_BROKEN_SPACES):
            return False  # "Sign in" / "Home": a menu item ending in a preposition is no broken sentence
    if text[-1] not in _SENTENCE_END and not _sentence_like(text, _MIN_CONTINUATION_SPACES):
        return False  # a lower-case menu item ("email", "example.com"), not a piece of a sentence
    if previous.lower().strip(" :") in _LABELS:
        return False  # "Tags" / "calendario, stock car, ...": a label and its value, not a sentence
    # "segunda-feira, 22 de janeiro de 2018": a dateline under the headline.
    return text.count(" ") >= _DATELINE_SPACES or find_any_date(text) is None


def _sentence_like(text: str, min_spaces: int) -> bool:
    """A run of several words, or of Chinese/Japanese characters (written without spaces)."""
    spaces = text.count(" ")
    return spaces >= min_spaces or (spaces == 0 and len(text) >= _MIN_UNSPACED and not text.isascii())


# What ends a line that a wrapped continuation cannot follow.
_SENTENCE_END = frozenset('.!?:;。！？…"”’»)]|।॥؟۔։።။།')
_LABELS = FURNITURE_LINES | SECTION_HEADINGS
_DATELINE_SPACES = 10
_MIN_CONTINUATION_SPACES = 2
_MIN_BROKEN_SPACES = 3
_MIN_UNSPACED = 6


def _dedupe(texts: list[str]) -> list[str]:
    """Drop later copies of a line: pages often carry the article twice (AMP, print, JSON)."""
    seen: set[str] = set()
    out = []
    for text in texts:
        if text in seen:
            continue
        seen.add(text)
        out.append(text)
    return out
