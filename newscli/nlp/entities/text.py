"""Shared pieces of the entity pipeline: the mention candidate and token-level tests.

The rules here read spelling, the lexicon and the NER labels. The entity task also loads the
tagger and parser (see TASK_COMPONENTS) for the roles read from the parse (descriptions.py),
so the entity table is the same whatever else a command loaded.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from newscli.models import EntityType
from newscli.nlp import lexicon as lex

# spaCy's OntoNotes labels folded into the contract's four types; numeric labels are dropped.
NER_TYPES: dict[str, EntityType] = {
    "PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location", "FAC": "location",
    "NORP": "misc", "EVENT": "misc", "PRODUCT": "misc", "LAW": "misc", "WORK_OF_ART": "misc", "LANGUAGE": "misc",
}  # fmt: skip
_SENTENCE_END = {".", "!", "?", "…", ":"}
QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'"})  # around a nickname or a title: 'Harold "Doc" ...'
_DASHES = {"-", "—", "–", "--"}
_OPENERS = {'"', "'", "“", "‘", "(", "[", "«", "-", "--", "—", "–"}
_LINE = re.compile(r"[^\n]+")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_DIGITS_CAPITAL = re.compile(r"^\d+[A-Z]")
_NUMBER_UNIT = re.compile(r"\d+(?:AM|PM|[KMBGTD]|HD)")
_LOWER_PREFIX = re.compile(r"^[a-z]{1,2}[A-Z]")  # "iPhone", "eBay"
_GLUED_WORD = re.compile(r"-[a-z]+$")


@dataclass
class Candidate:
    """A proposed mention: character offsets into doc.text plus what proposed it."""

    start: int
    end: int
    text: str
    label: EntityType | None  # the NER's opinion, None when found by spelling alone
    source: str = "ner"  # ner | truecase | acronym | repeat | pattern
    link: int | None = None  # start offset of the mention this one abbreviates ("MSDF")
    honorific: bool = False  # "Mr."/"Dr." or a role phrase stood before the name
    part: bool = False  # a surname or first name standing for a full name found elsewhere
    votes: dict[str, float] = field(default_factory=dict)  # extra typing evidence from repairs
    apart: bool = False  # a bare name the evidence gives to none of the people who carry it (surnames.py)
    ambiguous: bool = False  # ... because two of them carry it and nothing tells which


class TextIndex:
    """Token lookups by character offset, and sentence starts guessed without a parser."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.starts = [t.idx for t in doc]
        self.initial = _sentence_initial(doc)
        self.headline = _headline_lines(self.text)
        self._headline_starts = [start for start, _ in self.headline]
        self.lower_words = {t.text for t in doc if t.is_lower}  # words the article writes in lower case
        self.aside = aside_lines(self.text)
        self.sports = sports_story(self.text)  # read by the team cues (cues.py)
        self._aside_starts = [start for start, _ in self.aside]
        self.organizations: dict[int, int] = {}  # end -> start of the mentions typed as organisations (roles.py)

    def token_at(self, char: int) -> int:
        """Index of the token containing (or starting right after) the character offset."""
        return max(0, bisect_right(self.starts, char) - 1)

    def in_headline(self, char: int) -> bool:
        """Whether the character offset falls in a capitals or Title Case line (lines are sorted)."""
        line = bisect_right(self._headline_starts, char) - 1
        return line >= 0 and char < self.headline[line][1]

    def in_aside(self, char: int) -> bool:
        """Whether the offset is in a line that is not running prose: a heading, teaser, byline or tag list."""
        line = bisect_right(self._aside_starts, char) - 1
        return (line >= 0 and char < self.aside[line][1]) or self.in_headline(char)


# A line is prose when it ends like a sentence; headings, captions, bylines, teasers and tag
# lists do not. Promotion lines ("Read more: ...", "Follow us on ...") may end like one.
_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ")", "…", ":", ";")
_PROMO = re.compile(
    r"^\W*(?:read (?:more|also)|also read|related|watch|listen|follow|check out|sign up|subscribe|click|"
    r"more about|see also|recommended|advertisement|most read|trending|get the|download)\b|^\W*\d{1,2}:\d{2}\s",
    re.IGNORECASE,
)
# Credits and contact lines the cleaner kept: "Reporting was contributed by A, B and C.", "(Reporting by
# A; Editing by B)", "Ann Roe may be reached at ...", "Reviewed by Ann Roe, MD", "(END)".
_CREDIT = re.compile(
    r"^\W*(?:(?:additional )?reporting (?:was )?(?:contributed )?by|(?:reporting|writing|editing|reviewed|"
    r"compiled|edited|produced) by|end\W*$)|\bcontributed (?:reporting|to this (?:report|story|article))\b|"
    r"\b(?:can|may) be (?:reached|contacted) at\b|[\w.+-]+@[\w-]+\.[\w.]+",
    re.IGNORECASE,
)
# a line that signs a contribution or lists a person: a name, a comma, then lower-case words ("Ann Roe, partner,
# Acme LLP", "Tom Lee, three years, $62 million")
SIGNATURE = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]*){1,3}, ([a-z][\w-]*)(?: [\w&$.-]+)*(?:, .*)?$")
_POSITIONS = {"left", "right", "center", "centre", "top", "bottom", "above", "below", "front", "back", "pictured"}
_NEXT_LINE_START = re.compile(r"\n[ \t]*(\S)")
_ASIDE_WORDS = 14  # a heading or caption is short; a longer line without a full stop is a tag list
_CREDIT_WORDS = 40  # a credit line is short; a paragraph that mentions an e-mail address is prose
_SEPARATORS = re.compile(r"\s[,|•]\s|\s\|\s")


_SPORTS_WORDS = re.compile(
    r"\b(?:goals?|scored|scoring|league|season|match|kick-off|midfielder|striker|defender|goalkeeper|manager|"
    r"coach|fixture|points|premier|squad|penalty|half-time|innings|wickets?|touchdown|quarterback|playoffs?|"
    r"tournament|championship|semi-final|final|derby|relegation|promotion|transfer|stadium)\b",
    re.IGNORECASE,
)
_SPORTS_MIN = 6  # distinct mentions of game words before a story counts as a sports story


def sports_story(text: str) -> bool:
    """Does the article talk about games: goals, matches, seasons, managers?"""
    return sum(1 for _ in _SPORTS_WORDS.finditer(text)) >= _SPORTS_MIN


def aside_lines(text: str) -> list[tuple[int, int]]:
    """Lines that are not the article's running prose."""
    spans: list[tuple[int, int]] = []
    after_prose = False  # the line before ended a sentence
    for match in _LINE.finditer(text):
        line = match.group().strip()
        if not line:
            continue
        following = _NEXT_LINE_START.match(text, match.end())
        # a hard-wrapped sentence goes on in lower case on the next line
        label = line.endswith(":") and len(line.split()) <= 3  # "Specs:", "Key facts:"
        prose = (line.endswith(_TERMINAL) and not label) or bool(following and following.group(1).islower())
        short = len(line.split()) <= _ASIDE_WORDS
        credit = len(line.split()) <= _CREDIT_WORDS and _CREDIT.search(line)
        # "Ann Roe, managing director, Acme" under what she wrote; not a byline on top, nor "Ann Roe, left, ..."
        signature = SIGNATURE.match(line)
        signed = short and after_prose and signature is not None and signature.group(1) not in _POSITIONS
        after_prose = line.endswith(_TERMINAL)
        if (
            _PROMO.match(line)
            or credit
            or (not prose and not signed and (short or len(_SEPARATORS.findall(line)) >= 3))
        ):
            spans.append((match.start(), match.end()))
    return spans


def _sentence_initial(doc: Doc) -> list[bool]:
    flags: list[bool] = []
    previous: Token | None = None
    fresh = True
    for token in doc:
        if token.is_space:
            fresh = fresh or "\n" in token.text
            flags.append(fresh)
            continue
        if previous is not None and "\n" in previous.whitespace_:
            fresh = True
        flags.append(fresh)
        if token.text in _OPENERS and fresh:
            previous = token
            continue  # the word after an opening quote still starts the sentence
        # only a bare full stop ends a sentence: "U.S." before a capital is too ambiguous; so does
        # the dash after a dateline: "WASHINGTON (Reuters) - The ...", "PUTRAJAYA, Nov 22 — Private ..."
        abbreviation = token.text == "." and previous is not None and _abbreviation(previous.text)
        fresh = (token.text in _SENTENCE_END and not abbreviation) or (
            token.text in _DASHES and previous is not None and (previous.text == ")" or previous.like_num)
        )
        previous = token
    return flags


# titles cut short, whose full stop ends no sentence: "LAPD Asst. Chief", "Lt. Gen."
TITLE_ABBREVIATIONS = frozenset({"asst", "dep", "assoc", "exec", "lt", "gen", "col", "capt", "sgt", "maj", "cmdr",
                                 "adm", "insp", "det", "supt", "sen", "rep", "gov", "pres", "amb", "atty", "mr",
                                 "mrs", "ms", "dr", "prof", "rev"})  # fmt: skip


def _abbreviation(word: str) -> bool:
    """ "Asst" + ".", "Lt" + ".": a title cut short, not the end of a sentence."""
    return word[:1].isupper() and word.lower() in TITLE_ABBREVIATIONS


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in capitals or Title Case, where capitals say nothing about names."""
    spans: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        words = _LATIN_WORD.findall(match.group())
        if len(words) < 3:
            continue
        upper = sum(w.isupper() and len(w) > 1 for w in words)
        content = [w for w in words if w.lower() not in STOP_WORDS]
        capital = sum(w[0].isupper() for w in content)
        if upper >= 0.6 * len(words) or (len(content) >= 3 and capital == len(content) and
                                         not match.group().rstrip().endswith((".", "?", "!", ":", ","))):  # fmt: skip
            spans.append((match.start(), match.end()))
    return spans


def is_capitalized(text: str) -> bool:
    """'Kono', 'MSDF', 'U.S.', 'iPhone', 'F-35', '6PR' - but not 'the', '2018', '10PM' or '3M' (million)."""
    if not text:
        return False
    if text[0].isupper():
        return True
    if _DIGITS_CAPITAL.match(text):
        return not _NUMBER_UNIT.fullmatch(text)  # times, sizes, "5G", "4K", "3D"
    return bool(_LOWER_PREFIX.match(text))


def is_namey(token: Token) -> bool:
    """Could this token be part of a proper name, judged by spelling and closed word lists?"""
    text = token.text
    if not is_capitalized(text) or token.is_punct:
        return False
    if text.lower() in STOP_WORDS and not (text.isupper() and len(text) > 1):
        return False
    if _GLUED_WORD.search(text):
        return False  # "U.S.-made", "Corp.-developed": a name glued to the word it modifies
    return not lex.is_a(text, "time")


def is_acronym(text: str) -> bool:
    """'MSDF', 'U.S.', 'PAC-3' style: mostly capitals, at most 10 characters."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 10 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)
