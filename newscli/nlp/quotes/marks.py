"""Quotation marks paired into quoted spans, from the raw text alone (no parse needed).

Real article text is messy: straight marks whose direction must be guessed, curly marks
typed the wrong way round, inch marks, apostrophes, guillemets in either direction, and
quotations that run over several paragraphs (the convention: an opening mark on every
paragraph, a closing mark only on the last). The direction of a mark is read from its
neighbours the way CommonMark reads emphasis: a mark with a space before it and a word
after it opens, a mark with a word before it and a space or punctuation after it
closes. Pairing is a left-to-right state machine per paragraph; a mark that cannot play
the role the state needs is a stray (an inch mark, a typo) and is skipped, so odd or
unbalanced marks never break the marks that follow and never raise.

Which family carries the quotations is decided per paragraph: US-style copy quotes with
double marks and nests single ones; British-style copy does the reverse. A paragraph with
double marks is read with them (unless a single-quoted span holds the double-quoted ones,
British nesting); a paragraph without any is read with single marks, so single-quoted
headings and pull-quotes of US copy count too. Spans of the nested family are inside the
outer quotations and are not reported on their own. Two apostrophes or two backticks
('' and ``) are one double mark, as some papers and wire feeds type them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Family = Literal["double", "single"]

_DOUBLE_MARKS = frozenset('"“”„‟«»')
_SINGLE_MARKS = frozenset("'‘’‚‛‹›")
QUOTE_MARKS = _DOUBLE_MARKS | _SINGLE_MARKS | {"`"}  # every character that may open or close a quotation
_MARK_PATTERNS: dict[Family, re.Pattern[str]] = {
    "double": re.compile("''|``|[" + re.escape("".join(sorted(_DOUBLE_MARKS))) + "]"),
    "single": re.compile("''|``|[" + re.escape("".join(sorted(_SINGLE_MARKS))) + "]"),
}
# Characters after which a mark may open: start, space, brackets, dashes, and punctuation
# that introduces a quotation ("said:" / "said,"), plus another quote mark.
_OPEN_BEFORE = frozenset(" \t\n\u00a0\u2009\u202f([{<—–-/:;,…") | _DOUBLE_MARKS | _SINGLE_MARKS
# Characters that never follow an opening mark.
_CLOSE_PUNCT = frozenset(",.;:!?)]}…")
_SPACE = frozenset(" \t\n\r\u00a0\u2009\u202f\u200a\u2007")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
# '90s, '19, ’til — elisions written with a mark that looks like an opening single quote.
_ELISION = re.compile(r"(?:\d\d(?:s|\b)|til\b|em\b|cause\b|n\b)", re.IGNORECASE)
# "isn ‘t", "it ’s": a contraction whose apostrophe got a stray space before it.
_CONTRACTION = re.compile(r"(?:t|s|re|ve|ll|d|m)\b", re.IGNORECASE)


@dataclass(frozen=True)
class QuotedSpan:
    """The content between a pair of marks (marks excluded, outer whitespace trimmed)."""

    start: int
    end: int
    opener: str  # the opening mark
    closed: bool  # False when the paragraph ended before a closing mark
    continues: bool = False  # this piece continues a quotation from the previous paragraph
    continued: bool = False  # the quotation goes on in the next paragraph


@dataclass(frozen=True)
class _Mark:
    pos: int
    char: str
    can_open: bool
    can_close: bool

    @property
    def end(self) -> int:
        return self.pos + len(self.char)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line separated, or line separated when there are no blank lines."""
    breaks = list(_PARAGRAPH_BREAK.finditer(text))
    if not breaks and text.count("\n") > 1:
        breaks = list(_LINE_BREAK.finditer(text))
    spans: list[tuple[int, int]] = []
    start = 0
    for match in breaks:
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quoted span of each paragraph's quotation family, in text order."""
    paras = paragraphs(text)
    doubles = _pair(text, paras, "double")
    singles = _pair(text, paras, "single")
    by_para: dict[int, list[QuotedSpan]] = {}
    for span in doubles:
        by_para.setdefault(_para_of(paras, span.start), []).append(span)
    found = list(doubles)
    for span in singles:
        if not span.closed and not span.continued and not span.continues:
            continue  # "‘Matšosane", "Tshwane ‘s": an apostrophe far likelier than a quotation nobody closed
        inner = by_para.get(_para_of(paras, span.start), [])
        if not inner or any(span.start <= d.start and d.end <= span.end for d in inner):
            found.append(span)  # no double marks here, or a single-quoted span holding them
    # nested spans of either family are part of the outer quotation
    found = [a for a in found if not any(b is not a and b.start <= a.start and a.end <= b.end
                                         and (b.start, b.end) != (a.start, a.end) for b in found)]  # fmt: skip
    kept: list[QuotedSpan] = []
    for span in sorted(found, key=lambda q: (q.start, -q.end)):
        if not kept or kept[-1].end <= span.start:
            kept.append(span)  # marks of two families crossing each other: the first one wins
    return kept


def _para_of(paras: list[tuple[int, int]], pos: int) -> int:
    return next((n for n, (start, end) in enumerate(paras) if start <= pos <= end), -1)


def _pair(text: str, paras: list[tuple[int, int]], family: Family) -> list[QuotedSpan]:
    found: list[QuotedSpan] = []
    carry = False  # a quotation is open at the end of the previous paragraph
    for index, (p_start, p_end) in enumerate(paras):
        marks = _marks(text, p_start, p_end, family)
        open_at: int | None = None
        opener = ""
        continues = False
        if carry and marks and marks[0].pos == _first_visible(text, p_start, p_end) and marks[0].can_open:
            # the opening mark of a continuation paragraph: the same quotation goes on
            open_at, opener, continues = marks[0].end, marks[0].char, True
            marks = marks[1:]
        carry = False
        for mark in marks:
            if open_at is None:
                if mark.can_open:
                    open_at, opener, continues = mark.end, mark.char, False
                continue  # a closing-only mark with nothing open: a stray (inch mark, typo)
            if mark.can_close and _closes(opener, mark.char):
                _add(found, text, open_at, mark.pos, opener, closed=True, continues=continues)
                open_at = None
            elif mark.can_open and not mark.can_close:
                # an unmistakable opener while a quotation is open: the previous one was never
                # closed; end it where this one starts rather than swallow the new quotation
                _add(found, text, open_at, mark.pos, opener, closed=False, continues=continues)
                open_at, opener, continues = mark.end, mark.char, False
        if open_at is not None:
            following = paras[index + 1] if index + 1 < len(paras) else None
            carry = following is not None and _starts_with_opener(text, following, family)
            _add(found, text, open_at, p_end, opener, closed=False, continues=continues, continued=carry)
    return found


def _add(found: list[QuotedSpan], text: str, start: int, end: int, opener: str, *, closed: bool,
         continues: bool, continued: bool = False) -> None:  # fmt: skip
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    if end > start:
        found.append(QuotedSpan(start, end, opener, closed, continues, continued))


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start] in _SPACE:
        start += 1
    return start


def _starts_with_opener(text: str, para: tuple[int, int], family: Family) -> bool:
    first = _first_visible(text, *para)
    marks = _marks(text, first, min(para[1], first + 2), family)
    return bool(marks) and marks[0].can_open


def _closes(opener: str, closer: str) -> bool:
    """Guillemets close only with their mirror, doubled marks with a doubled mark ('' or ``, closed by '');
    the other marks are used loosely in real copy."""
    mirror = {"«": "»", "»": "«", "‹": "›", "›": "‹"}
    if opener in mirror or closer in mirror:
        return mirror.get(opener) == closer
    if len(opener) == 2 or len(closer) == 2:
        return len(opener) == len(closer) == 2
    return True


def _marks(text: str, start: int, end: int, family: Family) -> list[_Mark]:
    chars = _DOUBLE_MARKS if family == "double" else _SINGLE_MARKS
    found: list[_Mark] = []
    for match in _MARK_PATTERNS[family].finditer(text, start, end):
        pos, char = match.start(), match.group()
        if len(char) == 2 and family == "single":
            continue  # '' and `` are double marks
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + len(char)] if pos + len(char) < len(text) else " "
        if family == "single" and _is_apostrophe(text, pos, before, after):
            continue
        left = after not in _SPACE and after not in _CLOSE_PUNCT and (before in _OPEN_BEFORE)
        right = before not in _SPACE and (after in _SPACE or after in _CLOSE_PUNCT or after in chars
                                           or after in "-—–")  # fmt: skip
        found.append(_Mark(pos, char, *_roles(char, left, right)))
    return found


def _roles(char: str, left: bool, right: bool) -> tuple[bool, bool]:
    """(can_open, can_close) from the mark's shape and its flanks."""
    if char in ("“", "„", "‟", "«", "‹", "‘", "‚", "‛", "``"):
        # an opening shape opens, unless its flanks say it can only be closing (“ typed for ”)
        return (not (right and not left)), (right and not left)
    if char in ("”", "»", "›", "’"):
        return (left and not right), (not (left and not right))
    # straight marks: direction from the flanks; ambiguous ones (word"word, ␣"␣) do both
    if left == right:
        return True, True
    return left, right


def _is_apostrophe(text: str, pos: int, before: str, after: str) -> bool:
    if text[pos] in "‹›":
        return False
    if before.isalnum() and after.isalnum():
        return True  # don't, O'Neill's, rock'n'roll
    if before in _SPACE and pos >= 2 and text[pos - 2].isalpha() and _CONTRACTION.match(text, pos + 1):
        return True
    return bool(before in _SPACE | {"(", ""} and _ELISION.match(text, pos + 1))
