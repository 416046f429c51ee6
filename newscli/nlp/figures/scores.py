"""Scores and records: '106-103', set scores '6-2, 7-5, 6-3', '23-12 on the season', '0-for-9';
placings and formations: 'finish 1-2-3', 'a 4-4-2'; tallies and ratios: 'voted 9 to 1', 'a 5-to-4
ruling', 'a 33-to-1 leverage ratio', 'from 18 to 1'; sizes without a unit: 'an 8-by-10 photo'.

Two bare numbers joined by a hyphen are a result, not two counts and not a range, unless a unit
or a counted noun follows ("5-7%", "10-15 minutes", "3-4 people") or the words before make it
ages ("ages 5-12"). These stretches are claimed before the number grammar reads them; a height
("7-foot-3") is read by the grammar as a quantity instead.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newscli.nlp.figures.numbers.lex import Token
from newscli.nlp.figures.units import match_unit, time_label
from newscli.nlp.spans import Spans

_SCORE = re.compile(r"(?<![\w.,$€£¥/:–-])(\d{1,3})(?:[-–]|-for-|-to-)(\d{1,3})(?![\w%/]|[.,]\d|[-–]\w)")
# "voted 9 to 1", "18 to 1": a pair that runs downwards is no range but a tally or a ratio
_DOWN = re.compile(r"(?<![\w.,$€£¥/:–-])(\d{1,3}) to (\d{1,3})(?![\w%/]|[.,]\d|[-–]\w)")
# "finish 1-2-3", "a 4-4-2 formation": three or more small numbers in a hyphen chain are placings
_CHAIN = re.compile(r"(?<![\w.,$€£¥/:–-])\d{1,2}(?:[-–]\d{1,2}){2,}(?![\w%/]|[.,]\d|[-–]\w)")
# "an 8-by-10 photograph", "a 4-by-4": two sides with no unit name a size or a kind, counting nothing
_BY = re.compile(r"(?<![\w.,$€£¥/:–-])(\d{1,3})[-–]by[-–](\d{1,3})(?![\w%/]|[.,]\d|[-–]\w)")
_NOT_BEFORE = re.compile(r"\b(?:ages?|aged|between|from|pages?|pp?\.|verses?|chapters?)\s*$", re.IGNORECASE)


def score_spans(text: str, tokens: list[Token], doc: Doc) -> Spans:
    """Where results and records stand in the text."""
    spans = Spans()
    starts = {t.start: i for i, t in enumerate(tokens)}
    for m in _SCORE.finditer(text):
        if _NOT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        last = starts.get(m.start(2))
        if last is not None and _counted_after(tokens, last, doc):
            continue  # "5-7 people", "10-15 minutes": a range of a counted thing
        spans.add(m.start(), m.end())
    for m in _BY.finditer(text):
        last = starts.get(m.start(2))
        if last is None or last + 1 >= len(tokens) or match_unit(tokens, last + 1) is None:
            spans.add(m.start(), m.end())  # "8-by-10 feet" is a size in feet
    for m in _CHAIN.finditer(text):
        spans.add(m.start(), m.end())
    for m in _DOWN.finditer(text):
        high, low = int(m.group(1)), int(m.group(2))
        if high <= low or (low != 1 and re.search(r"\bfrom\s*$", text[max(0, m.start() - 6) : m.start()])):
            continue  # "5 to 7" is a range; "fell from 18 to 12" a change between two counts
        first, last = starts.get(m.start(1)), starts.get(m.start(2))
        if first is None or last is None or _counted_after(tokens, first, doc) or _counted_after(tokens, last, doc):
            continue  # "22 points to 10", "cut from 9 to 1 stores": counts of a thing
        spans.add(m.start(), m.end())
    return spans


def _counted_after(tokens: list[Token], k: int, doc: Doc) -> bool:
    """A unit, a currency word or a plural noun right after the second number."""
    j = k + 1
    if j >= len(tokens) or tokens[j].kind != "word" or tokens[j].start - tokens[k].end > 1:
        return False
    if match_unit(tokens, j) is not None:
        return not time_label(tokens, j)  # "a 26-20 Week 15 win": a score before a label
    word = doc.char_span(tokens[j].start, tokens[j].end, alignment_mode="expand")
    return word is not None and word[0].tag_ == "NNS"
