"""When a date without a year falls: the tense of the words around it and the article's own timeline.

- Tense: "will meet on Friday", "expects rain on Saturday" and "the team plays Sunday" look
  forward; "was arrested on Friday" and "met on March 21" look back; "since Monday" looks back.
- Timeline: a passage anchored in a year keeps its months there. "In 2020 the virus spread. In
  May, hospitals filled up" is May 2020, not May of the year the article was published.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from newscli.calendar_words import valid_date
from newscli.nlp.figures.dates import DateMatch

_FUTURE = re.compile(r"\b(?:will|'ll|shall|next|upcoming|coming|ahead\s+of|slated|scheduled|plans?\s+to|"
                     r"is\s+to|are\s+to|to\s+be\s+held|due\s+to|expected\s+to|would|forecasts?|forecasters?|"
                     r"outlook|expects?|predicts?)\b", re.IGNORECASE)  # fmt: skip
_PAST_AUX = re.compile(r"\b(?:was|were|had|had\s+been)\s+$", re.IGNORECASE)
_PAST_BEFORE = re.compile(r"\b(?:since|last|earlier|ago)\s+(?:on\s+)?$", re.IGNORECASE)
# Present-tense verbs that report rather than happen: "police say the man died Saturday".
_REPORTING = {"say", "tell", "report", "claim", "add", "note", "state", "confirm", "allege", "believe", "think",
              "know", "show", "suggest", "reveal", "indicate", "remain", "continue"}  # fmt: skip


def future_at(doc: Doc, text: str, pos: int, sent_start: int) -> bool | None:
    """True when the words governing the date speak of the future ('will meet on Friday', 'ahead of
    the summit in May', 'the museum opens Sunday'), False when they speak of the past ('was arrested
    in April', 'had met on March 21', 'since Monday'), None when they do not say."""
    if _PAST_BEFORE.search(text, max(sent_start, pos - 16), pos):
        return False
    window = max(sent_start, pos - 48)
    if any(not _PAST_AUX.search(text, max(sent_start, m.start() - 12), m.start())
           for m in _FUTURE.finditer(text, window, pos)):  # fmt: skip
        return True  # "is expected to vote on Monday"; not "was expected to vote on Monday"
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None:
        return None
    for anc in span[0].ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            auxiliaries = [c for c in anc.children if c.dep_ in ("aux", "auxpass")]
            if any(c.lower_ in ("will", "'ll", "shall") for c in auxiliaries):
                return True
            if any(c.lower_ == "to" for c in auxiliaries):
                # "plans to reopen on Friday" looks forward; "had vowed to strike back for an attack
                # Friday", "was expected to vote on Monday" speak from a past that does not say
                return None if _past(anc.head) else True
            if anc.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in ("has", "have", "had") for c in auxiliaries):
                return False  # "was arrested", "met", "has signed"
            if anc.tag_ in ("VBZ", "VBP") and not auxiliaries and anc.lemma_.lower() not in _REPORTING \
                    and anc.lemma_.lower() != "be":  # fmt: skip
                return True  # "the museum opens Sunday", "voters go to the polls on Nov. 2"
            return None
    return None


def _past(verb: Token) -> bool:
    """A finite verb in the past: 'vowed', 'had vowed', 'was expected'."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ == "had" for c in auxiliaries)


class Anchor:
    """The year the passage being read is set in: the last date with a year in the same paragraph."""

    def __init__(self, text: str, published: date | None = None) -> None:
        self._text = text
        self._published = published
        self._year: int | None = None
        self._at = -1  # where that date ended
        self._ahead: DateMatch | None = None  # the last weekday read as a coming one

    def read(self, d: DateMatch) -> DateMatch:
        """The date as the passage places it; dates with a year set the passage's year."""
        d = self._same_week(d)
        if not d.yearless:
            if not d.relative and d.unit in ("year", "month", "day") and d.value:
                self._year, self._at = int(str(int(d.value))[:4]), d.end
            return d
        if self._year is None or "\n\n" in self._text[self._at : d.start]:
            return d
        digits = str(int(d.value))
        year = self._year
        if d.unit == "month":
            return replace(d, value=float(year * 100 + int(digits[4:6])))
        if d.unit == "day" and valid_date(year, int(digits[4:6]), int(digits[6:8])):
            return replace(d, value=float(year * 10000 + int(digits[4:8])))
        return d

    def _same_week(self, d: DateMatch) -> DateMatch:
        """'rain on Saturday, easing by Sunday': a weekday after a coming one in the same sentence
        comes too, not the one before the article."""
        pub = self._published
        if pub is None or not d.relative or d.unit != "day" or d.yearless or not d.value:
            return d
        when = _as_date(d.value)
        prev = self._ahead
        if prev is not None and when is not None and not _SENTENCE_END.search(self._text, prev.end, d.start):
            first = _as_date(prev.value)
            if first is not None and when < first and (first - when).days < 7:
                when += timedelta(days=7)
                d = replace(d, value=float(when.year * 10000 + when.month * 100 + when.day))
        if when is not None and when > pub:
            self._ahead = d
        return d


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _as_date(value: float) -> date | None:
    digits = str(int(value))
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
