"""Plain dataclasses passed between the library layers and returned to callers.

They import nothing from newscli or third parties so every layer (and a notebook)
can use them; they are frozen and picklable so worker processes can return them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

InputFormat = Literal["html", "text"]
Task = Literal["summary", "figures", "entities", "quotes"]
TASKS: tuple[Task, ...] = ("summary", "figures", "entities", "quotes")  # in the record's key order
FigureKind = Literal["money", "percent", "quantity", "count", "date"]
EntityType = Literal["person", "organization", "location", "misc"]
QuoteKind = Literal["direct", "partial", "indirect"]
# How a quote's speaker was found, strongest first; "unnamed" when the article only describes a source it
# does not name ("a former producer": the speaker field then holds that description); "none" when no speaker.
Attribution = Literal["cue", "pronoun", "running", "description", "unnamed", "none"]


@dataclass(frozen=True)
class Document:
    """One decoded input: a file, stdin, or one record of a JSON Lines file."""

    id: str  # record id from JSONL input, else the path, "-" for stdin
    source: str  # path or "-"
    content: str  # decoded HTML or text
    format: InputFormat
    encoding: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # other JSONL keys, carried through
    warnings: tuple[str, ...] = ()  # decoding notes worth telling the user


@dataclass(frozen=True)
class Article:
    """The cleaned article and the metadata found around it."""

    text: str  # paragraphs separated by one blank line
    title: str | None = None
    published: str | None = None  # ISO 8601, as precise as the page says
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    language: str | None = None  # ISO 639-1 code, None when too little text to tell
    url: str | None = None  # the page's address when known (WARC-Target-URI, a fetched URL, canonical link)
    warnings: tuple[str, ...] = ()  # what the user should know about this article ("the rest looks paywalled")


@dataclass(frozen=True)
class Mention:
    """A stretch of the article text; text == article.text[start:end]."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Conversion:
    """The same amount restated in another unit: '(48.83 billion U.S. dollars)'."""

    text: str
    value: float | None
    unit: str | None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Figure:
    """A number in the article, normalised and tied to what it measures."""

    kind: FigureKind
    text: str  # surface form, text == article.text[start:end]
    start: int
    end: int
    value: float | None  # fully scaled: "5.19 trillion" -> 5.19e12; percent as number of percent
    unit: str | None  # ISO 4217, "%", a short unit symbol, "" for counts, year|month|day for dates
    approximate: bool = False  # "some", "around", "nearly", "more than" ...
    range: tuple[float, float] | None = None  # "5-7%" -> (5.0, 7.0)
    converted: Conversion | None = None  # "5.19 trillion yen (48.83 billion U.S. dollars)"
    measures: str | None = None  # "allocation for defense spending"
    sentence: str | None = None
    mentions: int = 1  # how often the same figure recurs in the article
    score: float = 0.0  # salience used for ranking; not part of the JSON record


@dataclass(frozen=True)
class Entity:
    """One real-world person, organisation, place or other named thing."""

    name: str  # the fullest form used in the article
    type: EntityType
    aliases: tuple[str, ...] = ()
    role: str | None = None  # "Foreign Minister"
    count: int = 0
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Quote:
    """Something someone said, with who said it."""

    text: str  # the quotation without its quote marks
    start: int
    end: int
    speaker: str | None  # canonical name, None when unknown
    speaker_mention: str | None  # the words the text used: "he", "the minister", "Kono"
    cue: str | None  # "said", "according to"
    kind: QuoteKind = "direct"
    sentence: str | None = None
    attribution: Attribution = "none"  # how the speaker was found; "none" exactly when speaker is None


@dataclass(frozen=True)
class Report:
    """Everything newscli found in one input document.

    Analysis fields are None when the command did not compute them (they are left
    out of the record), and empty lists when it did and found nothing.
    """

    id: str
    source: str
    encoding: str | None
    article: Article
    summary: tuple[str, ...] | None = None
    figures: tuple[Figure, ...] | None = None
    entities: tuple[Entity, ...] | None = None
    quotes: tuple[Quote, ...] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # notes for the user (e.g. replaced bytes); not part of the record
    not_analysed: str | None = None  # why the analysis was skipped (the language), for tables
