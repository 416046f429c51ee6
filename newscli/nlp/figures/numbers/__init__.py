"""The number grammar: cardinals in digits and words, scales, mixed numbers, ratios and signs.

Reads the lexer's tokens (numbers/lex) left to right, longest match first: "1,234.5",
"4.2 billion", "two hundred and six", "a quarter million", "3 million and a half",
"1 in 5", "negative eleven". Fractions that continue a number are in numbers/fractions.
Everything here is pure Python, so it is cheap per number and testable without a model.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newscli.nlp.figures.numbers.fractions import (
    Tail,
    fraction_after_and,
    mixed_fraction,
    ordinal_at,
    ordinal_fraction,
    point_decimals,
    slash_fraction,
)
from newscli.nlp.figures.numbers.lex import Token, joined
from newscli.nlp.figures.numbers.words import ABBREV_SCALES, GLUED_SCALES, SCALES, SMALL, TENS, Cardinal, copy_cardinal


@dataclass(frozen=True)
class Number:
    """A number found in the text; [start, end) covers exactly its words."""

    start: int
    end: int
    value: float
    first: int  # index of the first token
    last: int  # index of the last token
    words: bool  # spelled out (at least partly)
    scaled: bool  # carries a scale word or suffix (million, bn, k)
    fraction: bool = False
    glued_m: bool = False  # digits directly followed by "m": million or metres, decided later


def find_numbers(tokens: list[Token]) -> Iterator[Number]:
    """Yield the numbers in a token list, longest match first, left to right."""
    i = 0
    n = len(tokens)
    while i < n:
        found = _parse_at(tokens, i)
        if found is None:
            i += 1
            continue
        if found.value == found.value:  # NaN marks a non-number such as "1/0"
            yield _signed(tokens, found)
        i = found.last + 1


def _signed(tokens: list[Token], num: Number) -> Number:
    """Take a leading minus: '-12', '- 20 degrees', but not 'Mark-41' or the range '2013-14'."""
    i = num.first
    if i == 0 or tokens[i].kind != "num" or tokens[i - 1].text not in "-−" or num.value < 0:
        return num
    minus = tokens[i - 1]
    if tokens[i].start - minus.end > 1:
        return num
    if i >= 2:
        before = tokens[i - 2]
        if (before.end == minus.start and before.text not in _OPENERS) or before.kind == "num":
            return num  # "Mark-41", "2013-14"; but "(-7°" opens with its sign
    return Number(minus.start, num.end, -num.value, i - 1, num.last, num.words, num.scaled, num.fraction,
                  num.glued_m)  # fmt: skip


_OPENERS = ("(", "[", "{", '"', "“", "‘", "/", "~")


def _is_number_start(tok: Token) -> bool:
    return tok.kind == "num" or (tok.kind == "word" and (tok.low in SMALL or tok.low in TENS
                                                         or tok.low == "hundred"))  # fmt: skip


def _is_cardinal_word(low: str) -> bool:
    return (
        low in SMALL
        or low in TENS
        or low in SCALES
        or low in ("hundred", "hundreds", "dozen", "dozens", "dzs", "doz", "dozs")
    )


def _parse_at(tokens: list[Token], i: int) -> Number | None:
    tok = tokens[i]
    low = tok.low
    n = len(tokens)
    # "a dozen", "a hundred", "a quarter million", "half a million", "negative one"
    if tok.kind == "word" and low in ("a", "an", "half", "quarter", "negative", "minus"):
        return _parse_prefixed(tokens, i)
    if tok.kind == "word" and low == "dozen":
        return Number(tok.start, tok.end, 12.0, i, i, True, True)
    if not _is_number_start(tok):
        return None
    card = Cardinal()
    j = i
    last_ok = -1
    words = False
    scaled = bool(tok.glued)
    saved: tuple[Cardinal, int] | None = None  # the number before its last "and" and its end, to back off to
    while j < n:
        t = tokens[j]
        if j > i and not joined(tokens, j - 1, j):
            break
        if t.kind == "num":
            if not card.feed("", t.value):
                break
            if t.glued:
                card.total, card.current, card.last_kind = card.value, 0, "scale"
                card.last_scale = GLUED_SCALES[t.glued]
        elif t.kind == "word" and _is_cardinal_word(t.low):
            if t.low == "thousands" and j == i:
                break
            if not card.feed(t.low):
                if saved is not None and t.low in ("hundred", "thousand", "million", "billion"):
                    card, last_ok = saved  # "3 hundred and 2 hundred" are two numbers
                    saved = None
                break
            words = True
            if t.low not in SMALL and t.low not in TENS:
                scaled = True
        elif t.kind == "word" and t.text in ABBREV_SCALES and j > i and tokens[j - 1].kind == "num":
            scale = ABBREV_SCALES[t.text]
            card.total, card.current = card.value * scale, 0
            card.last_kind, card.last_scale = "scale", scale
            scaled = True
        elif _hyphen_in_word(tokens, i, j) or _cheque_comma(tokens, j, card, words) or _hyphen_scale(tokens, j):
            j += 1  # "fifty-two", "three million, two hundred", "$100-million": the next word goes on
            continue
        elif t.low in ("and", "&") and card.any and j > i and j + 1 < n:
            mixed = _mixed_number(tokens, i, j, card, scaled)
            if mixed is not None:
                return mixed
            nxt = tokens[j + 1]
            if _is_number_start(nxt) and not (nxt.kind == "num" and card.last_kind not in ("hundred", "scale")):
                saved = (copy_cardinal(card), last_ok)
                j += 1
                continue
            break
        else:
            break
        last_ok = j
        j += 1
    if last_ok < 0:
        return None
    return _finish(tokens, i, last_ok, card.value, words or tok.kind == "word", scaled,
                   saved[0] if saved else None)  # fmt: skip


def _hyphen_in_word(tokens: list[Token], i: int, j: int) -> bool:
    """The hyphen at j joins tens and units: 'fifty-two', 'fifty - two'; or a number word and its hundreds or
    scale, tightly: 'twelve-hundred-mile', 'two-thousand'."""
    n = len(tokens)
    t = tokens[j]
    if not (t.kind == "sym" and t.text in "-–" and j > i and j + 1 < n and tokens[j + 1].kind == "word"):
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    if before.kind == "word" and (before.low in SMALL or before.low in TENS) and after.low in _HYPHEN_SCALES:
        return before.end == t.start and after.start == t.end
    return before.low in TENS and after.low in SMALL and SMALL[after.low] < 10


_HYPHEN_SCALES = ("hundred", "thousand", "million", "billion", "trillion")


def _hyphen_scale(tokens: list[Token], j: int) -> bool:
    """The hyphen at j joins digits to their scale word, as Canadian style writes money: '$100-million'."""
    t = tokens[j]
    if not (t.kind == "sym" and t.text in "-–" and 0 < j < len(tokens) - 1 and tokens[j - 1].kind == "num"):
        return False
    return tokens[j - 1].end == t.start and tokens[j + 1].start == t.end and tokens[j + 1].low in _BIG_SCALES


def _cheque_comma(tokens: list[Token], j: int, card: Cardinal, words: bool) -> bool:
    """The comma at j parts the groups of a spelled-out amount, as on a cheque: 'three million, two hundred'."""
    t = tokens[j]
    return t.kind == "sym" and t.text == "," and card.last_kind == "scale" and card.last_scale >= 1e3 \
        and words and j + 1 < len(tokens) and tokens[j + 1].kind == "word" and tokens[j + 1].low in SMALL  # fmt: skip


_BIG_SCALES = ("thousand", "million", "billion", "trillion")


def _mixed_number(tokens: list[Token], i: int, j: int, card: Cardinal, scaled: bool) -> Number | None:
    """The cardinal read from i, then 'and' at j and a fraction: 'one and a fourth', 'two and
    fifty-four hundredths', '3 million and a half', 'five and a half million'."""
    mixed = fraction_after_and(tokens, j + 1)
    if mixed is None:
        return None
    n = len(tokens)
    part, last = mixed
    value = card.value + part * (card.last_scale if card.last_kind == "scale" else 1)
    after = tokens[last + 1] if last + 1 < n and joined(tokens, last, last + 1) else None
    if after is not None and after.low in _BIG_SCALES and card.last_kind != "scale":
        last += 1  # "five and a half million"
        value *= SCALES[after.low]
        scaled = True
    elif after is not None and after.low in _BIG_SCALES and SCALES[after.low] < card.last_scale:
        last += 1  # "one billion and a half million" is 1,000,500,000
        value = card.value + part * SCALES[after.low]
    return Number(tokens[i].start, tokens[last].end, value, i, last, True, scaled, True)


def _finish(tokens: list[Token], i: int, end: int, value: float, words: bool, scaled: bool,
            before_and: Cardinal | None) -> Number:  # fmt: skip
    """The cardinal tokens[i..end], continued by a fraction if one follows."""
    is_fraction = False
    tail = _tail(tokens, i, end, value, words, before_and, scaled)
    if tail is not None:
        value, end, is_fraction = tail
        words = True if tokens[end].kind == "word" else words
    glued_m = False
    first = tokens[i]
    if first.kind == "num" and end == i and not first.glued and i + 1 < len(tokens):
        nxt = tokens[i + 1]
        glued_m = nxt.kind == "word" and nxt.text == "m" and nxt.start == first.end
    return Number(first.start, tokens[end].end, value, i, end, words, scaled, is_fraction, glued_m)


def _tail(tokens: list[Token], i: int, end: int, value: float, words: bool, before_and: Cardinal | None,
          scaled: bool = False) -> Tail | None:  # fmt: skip
    """Continue a cardinal with a fraction: '2 1/4', 'three quarters', 'one over three', 'point five'."""
    n = len(tokens)
    k = end + 1
    if k >= n or not joined(tokens, end, k):
        return None
    t = tokens[k]
    if t.kind == "sym" and t.text == "/" and tokens[end].kind == "num" and k + 1 < n:
        return slash_fraction(tokens, end, value)
    if t.kind == "num" and tokens[end].kind == "num" and end == i and t.start - tokens[end].end <= 2:
        return mixed_fraction(tokens, k, value)
    if t.kind == "sym" and t.text == "-" and words and k + 1 < n and ordinal_at(tokens, k + 1):
        k += 1  # "one-eighth", "one - fourth"
        t = tokens[k]
    if t.kind != "word":
        return None
    low = t.low
    if low == "point" and words:
        return point_decimals(tokens, k, value)
    if low == "over" or (low == "out" and k + 1 < n and tokens[k + 1].low == "of"):
        return _over(tokens, i, k, value, words, scaled)
    if low == "in" and not scaled and float(value).is_integer() and 1 <= value <= 9 and k + 1 < n:
        return _ratio_in(tokens, k + 1, value)
    return ordinal_fraction(tokens, i, end, k, value, words, before_and)


def _over(tokens: list[Token], i: int, k: int, value: float, words: bool, scaled: bool) -> Tail | None:
    """'one over three', '1 over twenty-one', 'two out of five hundred'; the 'over' or 'out' at k.
    Not '1,200 crore over five years'."""
    n = len(tokens)
    over = tokens[k].low == "over"
    k2 = k + (1 if over else 2)
    if k2 >= n or not _is_number_start(tokens[k2]):
        return None
    den_num = _parse_at(tokens, k2)
    both_digits = tokens[i].kind == "num" and tokens[k2].kind == "num"
    small = (words and not scaled) or (value <= 9 and float(value).is_integer())
    followed = den_num is not None and den_num.last + 1 < n and tokens[den_num.last + 1].kind == "word" \
        and joined(tokens, den_num.last, den_num.last + 1) and over  # fmt: skip
    if den_num is not None and den_num.value and not both_digits and small and not followed:
        return value / den_num.value, den_num.last, True
    return None


_TIME_WORDS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
               "months", "year", "years", "decade", "decades", "attempts", "tries", "goes", "innings"}  # fmt: skip


def _ratio_in(tokens: list[Token], k: int, numer: float) -> Tail | None:
    """'1 in 5 adults', 'one in twenty-one': a proportion. Not '3 in 10 minutes' (a rate) or
    '5 in 2019' (a year)."""
    n = len(tokens)
    if not _is_number_start(tokens[k]) or tokens[k].low in ("a", "an"):
        return None
    den = _parse_at(tokens, k)
    if den is None or not float(den.value).is_integer() or den.value <= numer or den.fraction:
        return None
    if tokens[k].kind == "num" and 1500 <= den.value <= 2100 and "," not in tokens[k].text:
        return None
    nxt = tokens[den.last + 1] if den.last + 1 < n else None
    if nxt is not None and (nxt.low in _TIME_WORDS or (nxt.kind == "sym" and nxt.text in "%$€£¥")):
        return None
    return numer / den.value, den.last, True


def _parse_prefixed(tokens: list[Token], i: int) -> Number | None:
    """Numbers that open with 'a', 'half', 'quarter', 'negative' or 'minus'."""
    n = len(tokens)
    low = tokens[i].low
    nxt = tokens[i + 1] if i + 1 < n else None
    if nxt is None or not joined(tokens, i, i + 1):
        return None
    if low in ("negative", "minus"):
        inner = _parse_at(tokens, i + 1) if _is_number_start(nxt) else None
        if inner is None:
            return None
        return Number(tokens[i].start, inner.end, -inner.value, i, inner.last, True, inner.scaled, inner.fraction)
    if low in ("half", "quarter"):
        frac = 0.5 if low == "half" else 0.25
        k = i + 1
        if nxt.low == "a" and k + 1 < n:
            k += 1
        t = tokens[k]
        if t.low in SCALES or t.low in ("dozen", "hundred"):
            scale = SCALES.get(t.low) or (12.0 if t.low == "dozen" else 100.0)
            return Number(tokens[i].start, t.end, frac * scale, i, k, True, True, True)
        return None
    # "a"/"an"
    if nxt.low in ("hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore"):
        inner = _parse_at(tokens, i + 1) if nxt.low != "dozen" else None
        if nxt.low == "dozen":
            return Number(tokens[i].start, nxt.end, 12.0, i, i + 1, True, True)
        if inner is not None:
            return Number(tokens[i].start, inner.end, inner.value, i, inner.last, True, True, inner.fraction)
        card = Cardinal()
        card.feed(nxt.low)
        return Number(tokens[i].start, nxt.end, card.value, i, i + 1, True, True)
    ordinal = ordinal_at(tokens, i + 1)
    if ordinal is not None and nxt.low not in ("first", "second", "half", "quarter"):
        den, last = ordinal
        after = tokens[last + 1] if last + 1 < n else None
        if after is None or after.low == "of" or after.kind == "sym":  # "a third of", not "a fifth term"
            return Number(tokens[i].start, tokens[last].end, 1 / den, i, last, True, False, True)
    if nxt.low in ("quarter", "half") and i + 2 < n and tokens[i + 2].low in SCALES:
        frac = 0.25 if nxt.low == "quarter" else 0.5
        return Number(tokens[i].start, tokens[i + 2].end, frac * SCALES[tokens[i + 2].low], i, i + 2, True,
                      True, True)  # fmt: skip
    return None
