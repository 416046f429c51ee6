"""Paragraphs that are not the reporter's running text: headings, embedded posts, teasers, captions.

Scraped articles keep some of the page around the story: section headings and pull-quotes,
the signature line of an embedded post ("— Dana Whitlock (@DanaWhitlock) March 3, 2025")
and the post above it, "Read more:" teasers, photo captions, bylines. A name in one of these
is never the running speaker of the story, the person a later "he" continues, or the
source of a quotation that follows; a quotation inside one still counts, with its own cue,
or the speaker of what it repeats: a body quotation with the same words, or a statement
in the section it heads that has all its words ("'Ends recession debate': ..." over "The
jobs numbers just about end the recession debate, said Brassard").
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

_HEADING_WORDS = 16
_TERMINAL = frozenset(".!?…:;,")
_CLOSERS = "\"'“”‘’«»„` )]"
# "— Dana Whitlock (@DanaWhitlock) March 3, 2025", "A photo posted by Dana (@dana) on Mar 3, 2025 at 9:10am PST"
_SIGNATURE = re.compile(r"^(?:[—–-]{1,2}\s*\S|an? (?:photo|video|post) (?:posted|shared) by\b)", re.IGNORECASE)
_HANDLE = re.compile(r"\(@\w+\)|pic\.twitter\.com|\b(?:January|February|March|April|May|June|July|August|"
                     r"September|October|November|December) \d{1,2}, \d{4}\b")  # fmt: skip
_TEASER = re.compile(r"^(?:read more|read also|also read|related|see also|watch|listen|more|recommended|"
                     r"trending|photo|image|picture|video|credit|caption|file photo)\b\s*[:|/-]",
                     re.IGNORECASE)  # fmt: skip


def side_paragraphs(text: str, paras: list[tuple[int, int]]) -> set[int]:
    """Indexes of the paragraphs that are page furniture rather than the story's running text."""
    side: set[int] = set()
    for n, (start, end) in enumerate(paras):
        para = text[start:end].strip()
        if _SIGNATURE.match(para) and _HANDLE.search(para):
            side.add(n)  # an embedded post's signature line, and the post itself just above it
            if n > 0:
                side.add(n - 1)
        elif _is_heading(para) or _TEASER.match(para) or _shouting(para):
            side.add(n)
    return side


def _is_heading(para: str) -> bool:
    """A short line that does not end like a sentence: "Reforms", "'There is only one place for him'"."""
    bare = para.rstrip(_CLOSERS)
    return bool(bare) and len(para.split()) <= _HEADING_WORDS and bare[-1] not in _TERMINAL


def _shouting(para: str) -> bool:
    """ "2 NY RESIDENTS ALLEGEDLY RAN SECRET CHINESE POLICE STATION: '...'": a teaser in capitals."""
    letters = [c for c in para if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


_WORD = re.compile(r"\w+(?:['’]\w+)*")


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def echoes(short: str, long: str) -> bool:
    """The words of short appear, in order and together, in long (case and punctuation aside)."""
    a, b = words(short), words(long)
    return bool(a) and any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))


def section_end(pos: int, furniture: list[tuple[int, int]]) -> int:
    """Where the section a heading at pos opens ends: at the next heading."""
    return min((s for s, _ in furniture if s > pos), default=1 << 62)


def restates(heading: str, sentence: str) -> bool:
    """Every content word of a heading's quotation is in the sentence (two words at least)."""
    content = set(words(heading)) - STOP_WORDS
    return len(content) >= 2 and content <= set(words(sentence))
