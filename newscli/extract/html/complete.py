"""Stage 7, complete: never lose the article silently.

What was kept is compared with what the page says its article holds: the JSON-LD
articleBody (and a live blog's updates) and wordCount. When the kept text is well short
of that, the article is looked for again among all the page's blocks, pruned or not —
a block belongs to it when its words run as they do in articleBody — and, failing
that, articleBody itself is the text. When the text is still short, a one-line warning
says so: the rest is paywalled (the page marks itself not free to read) or not in the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscli.extract.html.common import Block

_WORD = re.compile(r"\w+")
_SHINGLE = 4  # words: a run this long found in articleBody ties a block to the article
_MATCH_SHARE = 0.6  # of a block's runs found in articleBody
_MIN_EXPECTED = 80  # words: below this the page's own count says too little to judge by
_SHORT = 0.7  # kept less than this share of the expected words: short
_MIN_MISSING = 40  # words missing, at least, before a text counts as short
_MIN_GAIN = 1.1  # a recovered text must be this much longer to replace what was kept
_COVERED = 0.8  # share of articleBody's runs of words the text must hold


@dataclass(frozen=True)
class Evidence:
    """What the page's structured data says about its article."""

    body_text: str | None = None  # JSON-LD articleBody (and live-blog updates)
    word_count: int | None = None  # JSON-LD wordCount
    paywalled: bool = False  # isAccessibleForFree: false somewhere in the page's JSON-LD

    @property
    def expected(self) -> int:
        """Words the article holds by the page's own account (0 when it gives none)."""
        return max(words(self.body_text or ""), self.word_count or 0)


def words(text: str) -> int:
    return len(_WORD.findall(text))


def is_short(text: str, evidence: Evidence) -> bool:
    """Whether text is well short of the article the page's data describes."""
    expected = evidence.expected
    if expected < _MIN_EXPECTED:
        return False
    kept = words(text)
    return expected >= _MIN_EXPECTED and kept < _SHORT * expected and expected - kept >= _MIN_MISSING


def misses(text: str, evidence: Evidence) -> bool:
    """Whether text leaves out a good part of articleBody, however long it is.

    The word count alone is fooled when what was kept holds furniture besides a part of
    the story (a sign-up box's paragraphs standing in for the story's lost opening); the
    runs of words articleBody and the text share are not.
    """
    tokens = _WORD.findall(evidence.body_text.lower()) if evidence.body_text else []
    if len(tokens) < _MIN_EXPECTED:
        return False
    runs = _shingles(tokens)
    found = len(runs & _shingles(_WORD.findall(text.lower()))) / len(runs)
    return found < _COVERED and (1 - found) * len(tokens) >= _MIN_MISSING


def from_page(blocks: list[Block], body_text: str, kept: str) -> str:
    """The kept text with the page's blocks that are articleBody's text added, in page order.

    A block is articleBody's when most of its runs of words are; a subheading between two
    such blocks comes with them.
    """
    runs = _shingles(_WORD.findall(body_text.lower()))
    matched = [_is_body(block, runs) for block in blocks]
    hits = [i for i, hit in enumerate(matched) if hit]
    if not hits:
        return kept
    for i in range(hits[0], hits[-1]):
        if not matched[i] and blocks[i].tag in _SUBHEADINGS and blocks[i].words <= _MAX_SUBHEADING:
            matched[i] = True
    position = {block.text: i for i, block in reversed(list(enumerate(blocks)))}
    placed: list[tuple[float, str]] = []
    last = -1.0
    for paragraph in kept.split("\n\n") if kept else []:
        last = position.get(paragraph, last + 0.001)
        placed.append((last, paragraph))
    known = {paragraph for _, paragraph in placed}
    placed += [(i, blocks[i].text) for i, hit in enumerate(matched) if hit and blocks[i].text not in known]
    seen: set[str] = set()
    out: list[str] = []
    for _, paragraph in sorted(placed, key=lambda item: item[0]):
        if paragraph not in seen:
            seen.add(paragraph)
            out.append(paragraph)
    return "\n\n".join(out)


_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_MAX_SUBHEADING = 25  # words


def _is_body(block: Block, runs: set[tuple[str, ...]]) -> bool:
    block_runs = _shingles(_WORD.findall(block.text.lower()))
    return bool(block_runs) and sum(1 for run in block_runs if run in runs) >= _MATCH_SHARE * len(block_runs)


def from_data(body_text: str) -> str:
    """articleBody as the text: its own paragraph breaks, whitespace tidied."""
    paragraphs = (" ".join(part.split()) for part in re.split(r"\n\s*\n|\n", body_text))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def better(recovered: str, kept: str) -> bool:
    """Whether a recovered text should replace the kept one."""
    return words(recovered) >= _MIN_GAIN * words(kept) and words(recovered) - words(kept) >= _MIN_MISSING // 2


def warning(text: str, evidence: Evidence) -> str:
    """One line for the user: how much was kept, of how much, and why the rest is missing."""
    kept, expected = words(text), evidence.expected
    why = "the rest looks paywalled" if evidence.paywalled else "the rest is not in the page's HTML"
    return f"kept {kept:,} of ~{_round(expected):,} words: {why}"


_PAYWALL_TEXT = re.compile(
    r"subscribe (?:now |today )?to (?:continue|keep) reading|to (?:continue|keep) reading(?: this article)?,? "
    r"(?:please )?(?:subscribe|sign in|log in|register)|(?:article|story|content) is (?:reserved|available|exclusive) "
    r"(?:only )?(?:for|to) (?:our )?(?:subscribers|members)|unlock (?:this|the full) (?:article|story)|"
    r"(?:rest|remainder) of (?:this|the) (?:article|story) is (?:for|available to) (?:subscribers|members)",
    re.IGNORECASE,
)
_FEW_WORDS = 150  # a text this short on a page that says it is paywalled is likely its teaser


def paywall_note(text: str, evidence: Evidence, page_text: str) -> str | None:
    """A warning for a short text on a page that says it is paywalled but gives no word count.

    The page says so in its JSON-LD (isAccessibleForFree: false) or in words that cut an
    article short ("Subscribe to continue reading"). A class named "paywall" is not
    enough: sites keep their paywall's login boxes on every page, free articles too.
    """
    if evidence.expected >= _MIN_EXPECTED:
        return None
    kept = words(text)
    if kept >= _FEW_WORDS:
        return None
    if not evidence.paywalled:
        low = page_text.lower()  # the pattern needs one of these words: a cheap test first
        if not any(word in low for word in ("reading", "subscriber", "member", "unlock")):
            return None
        if not _PAYWALL_TEXT.search(page_text):
            return None
    return f"kept {kept:,} words: the rest looks paywalled"


def _round(count: int) -> int:
    """4,715 -> 4,700: the page's count is an estimate, and reads as one."""
    if count < 1000:
        return count
    return round(count, -2)


def _shingles(tokens: list[str]) -> set[tuple[str, ...]]:
    if len(tokens) < _SHINGLE:
        return {tuple(tokens)} if len(tokens) >= 2 else set()
    return set(zip(*(tokens[i:] for i in range(_SHINGLE)), strict=False))  # each run of _SHINGLE words
