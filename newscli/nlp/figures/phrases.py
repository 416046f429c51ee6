"""Amounts said without a number: 'a gallon of beer', 'half a percentage point', 'millions of dollars'.

The number grammar needs digits or number words; these phrases have neither, so they are found
here, on the lexer's tokens, after the grammar's figures have claimed their stretches.
"""

from __future__ import annotations

from newscli.models import Figure, FigureKind
from newscli.nlp.figures import money
from newscli.nlp.figures.numbers.lex import Token
from newscli.nlp.figures.units import PERCENT_UNITS, is_time_unit, match_unit
from newscli.nlp.spans import Spans

# "millions of dollars": the plural scale is the order of magnitude, so the value is its floor
_PLURAL_SCALES = {"hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
# "tens of millions", "hundreds of thousands": a multiple of the scale after it
_MULTIPLES = {"tens": 10.0, "hundreds": 100.0, "dozens": 12.0}


def one_unit(text: str, tokens: list[Token], masks: Spans, taken: Spans) -> list[Figure]:
    """'a gallon of beer' (1 gal), 'half a percentage point' (0.5 pp). A bare 'a year of talks' is
    a duration, not a measurement worth reporting, so 'a' + time unit is left out."""
    out: list[Figure] = []
    for i, tok in enumerate(tokens[:-2]):
        if tok.low not in ("a", "an"):
            continue
        half = i > 0 and tokens[i - 1].low == "half" and tokens[i - 1].end + 1 == tok.start
        if tokens[i + 1].kind != "word":
            continue
        found = match_unit(tokens, i + 1)
        if found is None or found.unit in ("deg", "bit"):
            continue
        nxt = tokens[found.last + 1].low if found.last + 1 < len(tokens) else ""
        if not half and (found.unit in PERCENT_UNITS or is_time_unit(found.unit) or nxt != "of"):
            continue
        start, end = (tokens[i - 1].start if half else tok.start), tokens[found.last].end
        if not masks.overlaps(start, end) and not taken.overlaps(start, end):
            kind = "percent" if found.unit in PERCENT_UNITS else "quantity"
            out.append(_make(kind, text, start, end, 0.5 if half else 1.0, found.unit, False))
    return out


def vague_amounts(text: str, tokens: list[Token], masks: Spans, taken: Spans) -> list[Figure]:
    """'millions of dollars' (1,000,000 USD), 'tens of millions of euros' (10,000,000 EUR),
    'thousands of kilometres' (1,000 km): approximate, valued at the least the words allow.
    'Thousands of people' is left alone: a crowd, not a count anyone gave."""
    out: list[Figure] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        scale = _PLURAL_SCALES.get(tok.low)
        if scale is None or i + 2 >= n or tokens[i + 1].low != "of":
            continue
        start, value = tok.start, scale
        if i >= 2 and tokens[i - 1].low == "of" and tokens[i - 2].low in _MULTIPLES:
            start, value = tokens[i - 2].start, scale * _MULTIPLES[tokens[i - 2].low]
        found = _unit_or_money(text, tokens, i + 2)
        if found is None:
            continue
        kind, unit, last = found
        end = tokens[last].end
        if not masks.overlaps(start, end) and not taken.overlaps(start, end):
            out.append(_make(kind, text, start, end, value, unit, True))
    return out


def _unit_or_money(text: str, tokens: list[Token], k: int) -> tuple[str, str, int] | None:
    code, last = money.currency_after(text, tokens, k)
    if code is not None and tokens[k].kind == "word":
        return "money", code, last
    found = match_unit(tokens, k)
    if found is None or is_time_unit(found.unit) or found.unit in PERCENT_UNITS or found.unit in ("deg", "bit"):
        return None
    return "quantity", found.unit, found.last


def _make(kind: str, text: str, start: int, end: int, value: float, unit: str, approximate: bool) -> Figure:
    k: FigureKind = kind  # type: ignore[assignment]
    return Figure(kind=k, text=text[start:end], start=start, end=end, value=value, unit=unit, approximate=approximate)
