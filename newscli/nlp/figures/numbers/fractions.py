"""Fractions that continue or complete a cardinal: '3/4', '10 1/2', '7 ½', 'point five',
'three quarters', 'one and a fifth', 'two thirds of a million'.

Helpers of the grammar in numbers/__init__.py, kept apart so each module stays small. They read
the lexer's tokens and return (value, last token[, is a fraction]); none of them parses a
second whole number, so 'one over three' and '1 in 5' stay with the grammar.
"""

from __future__ import annotations

import math

from newscli.nlp.figures.numbers.lex import Token, joined
from newscli.nlp.figures.numbers.words import SCALES, SMALL, TENS, VULGAR, Cardinal, denominator

# (value, index of the last token used, whether the number is a fraction)
Tail = tuple[float, int, bool]


def slash_fraction(tokens: list[Token], end: int, value: float) -> Tail | None:
    """'3/4' after the digits at end, the slash at end + 1; dates (1/1/2016) are not fractions."""
    n = len(tokens)
    k = end + 1
    slash, den_tok = tokens[k], tokens[k + 1]
    glued_before = end > 0 and tokens[end - 1].text == "/" and tokens[end - 1].end == tokens[end].start
    if den_tok.kind == "num" and den_tok.start == slash.end and slash.start == tokens[end].end and den_tok.value \
            and float(den_tok.value).is_integer() and float(value).is_integer() and not glued_before \
            and not (k + 2 < n and tokens[k + 2].text == "/" and tokens[k + 2].start == den_tok.end):  # fmt: skip
        return value / den_tok.value, k + 1, True
    if den_tok.kind == "num" and den_tok.value == 0 and den_tok.start == slash.end:
        return math.nan, k + 1, True  # "1/0" is no number; the caller drops it
    return None


def mixed_fraction(tokens: list[Token], k: int, value: float) -> Tail | None:
    """The fraction of a mixed number, the digits at k after the whole number: '10 1/2', '7 ½'."""
    n = len(tokens)
    t = tokens[k]
    if k + 2 < n and tokens[k + 1].text == "/" and tokens[k + 2].kind == "num" and float(value).is_integer() \
            and not (k + 3 < n and tokens[k + 3].text == "/"):  # fmt: skip
        den_v = tokens[k + 2].value or 0.0
        num_v = t.value or 0.0
        if den_v and num_v < den_v:
            return value + (num_v / den_v if value >= 0 else -num_v / den_v), k + 2, True
    if t.text in VULGAR:
        return value + VULGAR[t.text], k, True
    return None


def point_decimals(tokens: list[Token], k: int, value: float) -> Tail | None:
    """'six point two five': the spoken decimals after the 'point' at k."""
    digits, last = _spoken_decimals(tokens, k + 1)
    if not digits:
        return None
    # an infinite whole part ("a trillion trillion ... point five") stays infinite
    return (float(f"{int(value)}.{digits}") if math.isfinite(value) else value), last, False


def _spoken_decimals(tokens: list[Token], k: int) -> tuple[str, int]:
    """'zero three' -> '03'; 'seventy-one' -> '71'; 'eleven' -> '11'."""
    digits = ""
    last = k - 1
    n = len(tokens)
    while k < n:
        t = tokens[k]
        if t.kind == "word" and t.low in SMALL:
            digits += str(SMALL[t.low])
        elif t.kind == "word" and t.low in TENS:
            v = TENS[t.low]
            if k + 2 < n and tokens[k + 1].text == "-" and tokens[k + 2].low in SMALL:
                v += SMALL[tokens[k + 2].low]
                k += 2
            digits += str(v)
        elif t.kind == "num" and t.value is not None and float(t.value).is_integer():
            digits += str(int(t.value))
        else:
            break
        last = k
        k += 1
    return digits, last


def ordinal_at(tokens: list[Token], k: int) -> tuple[float, int] | None:
    """A fraction denominator at k: 'fifths', 'twenty-first', 'hundred-fifths'; (denominator, last index)."""
    n = len(tokens)
    t = tokens[k]
    if t.kind != "word":
        return None
    den = denominator(t.low)
    if den is not None:
        return den, k
    if (t.low in TENS or t.low == "hundred") and k + 2 < n and tokens[k + 1].text == "-" \
            and tokens[k + 2].kind == "word":  # fmt: skip
        inner = denominator(tokens[k + 2].low)
        if inner is not None and inner < 10:
            base = TENS.get(t.low, 100)
            return (base + inner if t.low in TENS else base * inner), k + 2
    return None


def ordinal_fraction(tokens: list[Token], i: int, end: int, k: int, value: float, words: bool,
                     before_and: Cardinal | None) -> Tail | None:  # fmt: skip
    """'three quarters', 'one-eighth', 'two thirds of a million': the cardinal tokens[i..end]
    (worth value) is the numerator of the ordinal at k.

    before_and: the cardinal before an 'and' inside the number, whose scale the fraction
    takes ('one hundred and three quarters', 'five billion and three quarters').
    """
    n = len(tokens)
    ordinal = ordinal_at(tokens, k)
    if ordinal is None or tokens[k].low in ("first", "second") or not words or not value:
        return None
    den, last = ordinal
    prefix = 0.0
    mult = 1.0
    numer = value
    if before_and is not None:
        prefix = before_and.value
        mult = before_and.last_scale if before_and.last_kind == "scale" else 1.0
        numer = value - prefix
    elif den < 10 and end > i and tokens[end].low in TENS:
        # "thirty fifths" are 35ths when a numerator stands before them
        head = _prefix_value(tokens, i, end - 1)
        if head is not None:
            den += TENS[tokens[end].low]
            numer = head
    if numer > 1 and not tokens[last].low.endswith(("s", "half")):
        return None  # "the two millionth visitor" is an ordinal; fractions of more than one are plural
    k3 = last + 1
    if numer == den and not (k3 < n and tokens[k3].low in SCALES):
        return None  # "in two halves", "four quarters": the pieces of a whole, counted
    frac = numer / den
    if k3 < n and tokens[k3].low in SCALES and before_and is None:  # "three quarters billion"
        return frac * SCALES[tokens[k3].low], k3, True
    if k3 + 2 < n and tokens[k3].low == "of" and tokens[k3 + 1].low == "a" and tokens[k3 + 2].low in SCALES:
        return frac * SCALES[tokens[k3 + 2].low], k3 + 2, True  # "two thirds of a million"
    return prefix + frac * mult, last, True


def _prefix_value(tokens: list[Token], i: int, end: int) -> float | None:
    card = Cardinal()
    for t in tokens[i : end + 1]:
        fed = card.feed("", t.value) if t.kind == "num" else (t.kind != "word" or t.low == "and" or card.feed(t.low))
        if not fed:
            return None
    return card.value if card.any else None


def fraction_after_and(tokens: list[Token], k: int) -> tuple[float, int] | None:
    """The fraction of a mixed number after its 'and': 'a fourth', 'one fifth', 'three quarters',
    'fifty-four hundredths'; (its value, its last token). 'first' and 'second' are never
    denominators here ('one second' is a time)."""
    n = len(tokens)
    if k >= n or tokens[k].kind != "word":
        return None
    low = tokens[k].low
    if low in ("a", "an"):
        numer, k = 1.0, k + 1
    elif low in SMALL and SMALL[low] > 0:
        numer, k = float(SMALL[low]), k + 1
    elif low in TENS:
        numer, k = float(TENS[low]), k + 1
        if k + 1 < n and tokens[k].text == "-" and tokens[k + 1].low in SMALL and 0 < SMALL[tokens[k + 1].low] < 10:
            numer, k = numer + SMALL[tokens[k + 1].low], k + 2
    else:
        return None
    if k >= n or not joined(tokens, k - 1, k) or tokens[k].low in ("first", "firsts", "second", "seconds"):
        return None
    ordinal = ordinal_at(tokens, k)
    if ordinal is None:
        return None
    den, last = ordinal
    return numer / den, last
