"""The number grammar: digits, scale words, number words and fractions in running text.

Works on the raw text with one compiled lexer, not on spaCy tokens: spaCy splits
"USD34.6" or "10kph" in ways that vary between models, while the grammar needs to
see "1,234.5", "½" or "twenty-one" as single atoms. Everything here is pure Python
so it is cheap per number and testable without a model.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from newscli.nlp.numbers_words import (
    ABBREV_SCALES,
    GLUED_SCALES,
    SCALES,
    SMALL,
    TENS,
    VULGAR,
    VULGAR_CLASS,
    Cardinal,
    copy_cardinal,
    denominator,
)

_LEX = re.compile(
    r"""
    (?P<num>
      (?<!\d)
      (?:\d{1,3}(?:\.\d{3})+,\d+                  # 1.111,11 (continental)
        |\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?        # 12,34,567.89 (Indian grouping)
        |\d{1,3}(?:,\d{3})+(?:\.\d+)?              # 1,234,567.5
        |\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d,]\d)  # 1 234 567.89
        |\d*\.\d+|\d+)
      (?P<exp>[eE][-+]?\d+(?![A-Za-z])|\s?[x×]\s?10(?:\^[-+−]?\d+|[-−]\d+)|\^[-+]*\d+)?
      (?P<vf>["""
    + VULGAR_CLASS
    + r"""])?
      (?:(?P<suf>MM|mln|mil|mn|bln|bn|trn|tln|tn|[kKMbBT])(?![A-Za-z0-9]))?
    )
    |(?P<vulgar>["""
    + VULGAR_CLASS
    + r"""])
    |(?P<word>[A-Za-z]+)
    |(?P<sym>\S)
    """,
    re.VERBOSE,
)

_GROUP_SPACES = re.compile(r"[ \u00a0\u202f]")  # "1 234 567", with plain, no-break or thin spaces
_CONTINENTAL = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")  # "1.111,11"


@dataclass(frozen=True)
class Token:
    kind: str  # "num" | "word" | "sym"
    text: str
    start: int
    end: int
    value: float | None = None  # for "num": the number, glued scale included
    glued: str = ""  # the glued scale suffix, "" when none
    low: str = ""  # text.lower(), computed once: the grammar compares it many times

    def __post_init__(self) -> None:
        object.__setattr__(self, "low", self.text.lower())


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


def lex(text: str) -> list[Token]:
    """Split text into number atoms, words and single symbols with their offsets."""
    out: list[Token] = []
    for m in _LEX.finditer(text):
        if m.group("num"):
            out.append(_num_token(m))
        elif m.group("vulgar"):
            out.append(Token("num", m.group(), m.start(), m.end(), VULGAR[m.group()]))
        elif m.group("word"):
            out.append(Token("word", m.group(), m.start(), m.end()))
        else:
            out.append(Token("sym", m.group(), m.start(), m.end()))
    return out


def _num_token(m: re.Match[str]) -> Token:
    raw = m.group("num")
    suf = m.group("suf") or ""
    vf = m.group("vf") or ""
    exp = m.group("exp") or ""
    digits = raw[: len(raw) - len(suf) - len(vf)]
    digits = digits[: len(digits) - len(exp)] if exp else digits
    value = parse_digits(digits)
    if exp:
        value = _apply_exponent(value, exp)
    if vf:
        value += VULGAR[vf]
    if suf:
        value *= GLUED_SCALES[suf]
    return Token("num", raw, m.start(), m.end(), value, suf)


def parse_digits(digits: str) -> float:
    """'1,234.5' / '1.111,11' / '1 234' / '.08' -> float."""
    s = _GROUP_SPACES.sub("", digits)
    continental = _CONTINENTAL.fullmatch(s)
    s = s.replace(".", "").replace(",", ".") if continental else s.replace(",", "")
    return float(s)


def _apply_exponent(value: float, exp: str) -> float:
    e = exp.strip()
    if e[0] in "eE":
        return _times_power(value, 10.0, float(e[1:]))
    if e[0] in "x×":  # "x10^6", "×10−5"
        return _times_power(value, 10.0, float(e.split("10", 1)[1].lstrip("^").replace("−", "-")))
    power = e[1:]  # "10^6", "2^-3": the digits are the base
    magnitude = float(power.strip("+-"))
    return _times_power(1.0, value, -magnitude if power.count("-") % 2 == 1 else magnitude)


def _times_power(value: float, base: float, power: float) -> float:
    """value * base ** power, infinite when that is beyond a float ("1e999", "10^999", "0^-1")
    rather than an OverflowError: render drops non-finite values, the figure's text stays."""
    try:
        scale = base**power
    except (OverflowError, ZeroDivisionError):
        scale = math.inf
    return value * scale if value else 0.0


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
        if before.end == minus.start or before.kind == "num":
            return num
    return Number(minus.start, num.end, -num.value, i - 1, num.last, num.words, num.scaled, num.fraction,
                  num.glued_m)  # fmt: skip


def _is_number_start(tok: Token) -> bool:
    return tok.kind == "num" or (tok.kind == "word" and (tok.low in SMALL or tok.low in TENS
                                                         or tok.low == "hundred"))  # fmt: skip


def _joined(tokens: list[Token], a: int, b: int) -> bool:
    """Tokens a and b are separated by at most a space or a hyphen between spaces."""
    return tokens[b].start - tokens[a].end <= 3


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
    saved: tuple[Cardinal, int] | None = None  # state before the last "and", to back off to
    and_at = -1
    while j < n:
        t = tokens[j]
        if j > i and not _joined(tokens, j - 1, j):
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
                    and_at = -1
                break
            words = True
            if t.low not in SMALL and t.low not in TENS:
                scaled = True
        elif t.kind == "word" and t.text in ABBREV_SCALES and j > i and tokens[j - 1].kind == "num":
            scale = ABBREV_SCALES[t.text]
            card.total, card.current = card.value * scale, 0
            card.last_kind, card.last_scale = "scale", scale
            scaled = True
        elif t.kind == "sym" and t.text in "-–" and j > i and j + 1 < n and tokens[j + 1].kind == "word" \
                and tokens[j - 1].low in TENS and tokens[j + 1].low in SMALL \
                and SMALL[tokens[j + 1].low] < 10:  # fmt: skip
            j += 1  # "fifty-two", "fifty - two"
            continue
        elif t.kind == "sym" and t.text == "," and card.last_kind == "scale" and card.last_scale >= 1e3 \
                and words and j + 1 < n and tokens[j + 1].kind == "word" and tokens[j + 1].low in SMALL:  # fmt: skip
            j += 1  # "three million, two hundred": spelled-out amounts as on a cheque
            continue
        elif t.low in ("and", "&") and card.any and j > i and j + 1 < n:
            nxt = tokens[j + 1]
            mixed = _fraction_after_and(tokens, j + 1)
            if mixed is not None:  # "one and a fourth", "two and fifty-four hundredths", "3 million and a half"
                part, last = mixed
                value = card.value + part * (card.last_scale if card.last_kind == "scale" else 1)
                after = tokens[last + 1] if last + 1 < n and _joined(tokens, last, last + 1) else None
                if after is not None and after.low in _BIG_SCALES and card.last_kind != "scale":
                    last += 1  # "five and a half million"
                    value *= SCALES[after.low]
                    scaled = True
                elif after is not None and after.low in _BIG_SCALES and SCALES[after.low] < card.last_scale:
                    last += 1  # "one billion and a half million" is 1,000,500,000
                    value = card.value + part * SCALES[after.low]
                return Number(tok.start, tokens[last].end, value, i, last, True, scaled, True)
            if _is_number_start(nxt) and not (nxt.kind == "num" and card.last_kind not in ("hundred", "scale")):
                saved = (copy_cardinal(card), last_ok)
                and_at = j
                j += 1
                continue
            break
        else:
            break
        last_ok = j
        j += 1
    if last_ok < 0:
        return None
    value = card.value
    end_idx = last_ok
    words = words or tokens[i].kind == "word"
    is_fraction = False
    tail = _tail(tokens, i, end_idx, value, words, saved[0] if saved and and_at >= 0 else None, scaled)
    if tail is not None:
        value, end_idx, is_fraction = tail
        words = True if tokens[end_idx].kind == "word" else words
    glued_m = False
    first = tokens[i]
    if first.kind == "num" and end_idx == i and not first.glued and i + 1 < n:
        nxt = tokens[i + 1]
        glued_m = nxt.kind == "word" and nxt.text == "m" and nxt.start == first.end
    return Number(first.start, tokens[end_idx].end, value, i, end_idx, words, scaled, is_fraction, glued_m)


_BIG_SCALES = ("thousand", "million", "billion", "trillion")


def _fraction_after_and(tokens: list[Token], k: int) -> tuple[float, int] | None:
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
    if k >= n or not _joined(tokens, k - 1, k) or tokens[k].low in ("first", "firsts", "second", "seconds"):
        return None
    ordinal = _ordinal_at(tokens, k)
    if ordinal is None:
        return None
    den, last = ordinal
    return numer / den, last


def _ordinal_at(tokens: list[Token], k: int) -> tuple[float, int] | None:
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


def _tail(tokens: list[Token], i: int, end: int, value: float, words: bool, before_and: Cardinal | None,
          scaled: bool = False) -> tuple[float, int, bool] | None:  # fmt: skip
    """Continue a cardinal with a fraction: '2 1/4', 'three quarters', 'one over three', 'point five'."""
    n = len(tokens)
    k = end + 1
    if k >= n or not _joined(tokens, end, k):
        return None
    t = tokens[k]
    # slash fraction, "3/4" or mixed "2 1/4"; dates (1/1/2016) are not fractions
    if t.kind == "sym" and t.text == "/" and tokens[end].kind == "num" and k + 1 < n:
        den_tok = tokens[k + 1]
        glued_before = end > 0 and tokens[end - 1].text == "/" and tokens[end - 1].end == tokens[end].start
        if den_tok.kind == "num" and den_tok.start == t.end and t.start == tokens[end].end and den_tok.value \
                and float(den_tok.value).is_integer() and float(value).is_integer() and not glued_before \
                and not (k + 2 < n and tokens[k + 2].text == "/" and tokens[k + 2].start == den_tok.end):  # fmt: skip
            return value / den_tok.value, k + 1, True
        if den_tok.kind == "num" and den_tok.value == 0 and den_tok.start == t.end:
            return float("nan"), k + 1, True  # "1/0" is no number; the caller drops it
        return None
    if t.kind == "num" and tokens[end].kind == "num" and end == i and t.start - tokens[end].end <= 2:
        # mixed number "10 1/2"
        if k + 2 < n and tokens[k + 1].text == "/" and tokens[k + 2].kind == "num" and float(value).is_integer() \
                and not (k + 3 < n and tokens[k + 3].text == "/"):  # fmt: skip
            den_v = tokens[k + 2].value or 0.0
            num_v = t.value or 0.0
            if den_v and num_v < den_v:
                return value + (num_v / den_v if value >= 0 else -num_v / den_v), k + 2, True
        if t.text in VULGAR:
            return value + VULGAR[t.text], k, True
        return None
    if t.kind == "sym" and t.text == "-" and words and k + 1 < n and _ordinal_at(tokens, k + 1):
        k += 1  # "one-eighth", "one - fourth"
        t = tokens[k]
    if t.kind != "word":
        return None
    low = t.low
    if low == "point" and words:
        digits, last = _spoken_decimals(tokens, k + 1)
        if digits:  # an infinite whole part ("a trillion trillion ... point five") stays infinite
            return (float(f"{int(value)}.{digits}") if math.isfinite(value) else value), last, False
        return None
    if low == "over" or (low == "out" and k + 1 < n and tokens[k + 1].low == "of"):
        k2 = k + (2 if low == "out" else 1)
        if k2 < n and _is_number_start(tokens[k2]):
            den_num = _parse_at(tokens, k2)
            both_digits = tokens[i].kind == "num" and tokens[k2].kind == "num"
            # "one over three", "1 over twenty-one"; not "1,200 crore over five years"
            small = (words and not scaled) or (value <= 9 and float(value).is_integer())
            followed = den_num is not None and den_num.last + 1 < n and tokens[den_num.last + 1].kind == "word" \
                and _joined(tokens, den_num.last, den_num.last + 1) and low == "over"  # fmt: skip
            if den_num is not None and den_num.value and not both_digits and small and not followed:
                return value / den_num.value, den_num.last, True
        return None
    if low == "in" and not scaled and float(value).is_integer() and 1 <= value <= 9 and k + 1 < n:
        return _ratio_in(tokens, k + 1, value)
    ordinal = _ordinal_at(tokens, k)
    if ordinal is None or low in ("first", "second") or not words or not value:
        return None
    den, last = ordinal
    prefix = 0.0
    mult = 1.0
    numer = value
    if before_and is not None:  # "one hundred and three quarters", "five billion and three quarters"
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
    frac = numer / den
    k3 = last + 1
    if k3 < n and tokens[k3].low in SCALES and before_and is None:  # "three quarters billion"
        return frac * SCALES[tokens[k3].low], k3, True
    if k3 + 2 < n and tokens[k3].low == "of" and tokens[k3 + 1].low == "a" and tokens[k3 + 2].low in SCALES:
        return frac * SCALES[tokens[k3 + 2].low], k3 + 2, True  # "two thirds of a million"
    return prefix + frac * mult, last, True


_TIME_WORDS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
               "months", "year", "years", "decade", "decades", "attempts", "tries", "goes", "innings"}  # fmt: skip


def _ratio_in(tokens: list[Token], k: int, numer: float) -> tuple[float, int, bool] | None:
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


def _prefix_value(tokens: list[Token], i: int, end: int) -> float | None:
    card = Cardinal()
    for t in tokens[i : end + 1]:
        fed = card.feed("", t.value) if t.kind == "num" else (t.kind != "word" or t.low == "and" or card.feed(t.low))
        if not fed:
            return None
    return card.value if card.any else None


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


def _parse_prefixed(tokens: list[Token], i: int) -> Number | None:
    """Numbers that open with 'a', 'half', 'quarter', 'negative' or 'minus'."""
    n = len(tokens)
    low = tokens[i].low
    nxt = tokens[i + 1] if i + 1 < n else None
    if nxt is None or not _joined(tokens, i, i + 1):
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
    ordinal = _ordinal_at(tokens, i + 1)
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
