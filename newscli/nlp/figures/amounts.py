"""From a number to an amount: the currency, unit or percent sign around it, ranges and bounds.

Pure text work on the lexer's tokens (no spaCy), so it is cheap and testable alone:
"$ 280 million", "USD34.6 million", "5.19 trillion yen", "8- to 16-meter", "5-7%",
"some 730 million yen" (approximate), "15 dollars 50".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newscli.nlp.figures import money, symbols
from newscli.nlp.figures.numbers import Number, find_numbers
from newscli.nlp.figures.numbers.lex import Token, one_line
from newscli.nlp.figures.numbers.words import SCALES
from newscli.nlp.figures.units import PERCENT_UNITS, match_unit

_APPROX_BEFORE = one_line(
    r"(?<![\w-])(?:about|around|some|nearly|almost|approximately|roughly|approx\.|circa|close\s+to|"
    r"more\s+than|less\s+than|fewer\s+than|greater\s+than|over|under|up\s+to|at\s+least|at\s+most|"
    r"as\s+(?:many|much|few|little|high|low)\s+as|an\s+estimated|estimated|upwards\s+of|"
    r"in\s+excess\s+of|just\s+(?:over|under)|well\s+(?:over|under|above|below)|below|above|exceeding|"
    r"nearly|~|≈|<|>)\s*$",
    re.IGNORECASE,
)  # fmt: skip
_APPROX_AFTER = one_line(r"^\s*(?:or\s+so|or\s+more|or\s+less|plus|\+)(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """A number with what it counts in; offsets into the text, tokens into the lexer's list."""

    kind: str  # money | percent | quantity | count
    start: int
    end: int
    value: float
    unit: str
    first: int  # first token index of the number
    last: int  # last token index consumed (number, unit, cents)
    approximate: bool = False
    range: tuple[float, float] | None = None
    words: bool = False


def build(text: str, tokens: list[Token], num: Number, floor: int = 0, country: str | None = None) -> Amount:
    """Attach a currency, unit or percent to the number; a bare number is a count.

    floor: where the previous amount ended; a currency before the number is not looked for
    behind it ("10 rmb 20 usd" is 10 rmb and 20 usd, not rmb 20).
    country: the article's country (country.py), whose money a bare "$" or "R" is.
    """
    start, end, value, last = num.start, num.end, num.value, num.last
    # "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km": the unit follows the uncertainty
    probe = _past_uncertainty(tokens, num) or num
    kind, unit = "count", ""
    code, pstart = money.currency_before(text, num, floor, country)
    if code is not None:
        kind, unit, start = "money", code, pstart
        if num.glued_m:  # "$5m": million, not metres
            value, end, last = value * 1e6, end + 1, last + 1
        else:
            code2, after = money.currency_after(text, tokens, last + 1)  # "$ 10 dollars"
            if code2 == code:
                end, last = tokens[after].end, after
    elif (local := money.slash_dash(tokens, num, country)) is not None:  # "4m/-", "10,000/-": local shillings
        kind, unit, value, last = "money", local[0], value * local[1], local[2]
        end = tokens[last].end
    elif (torque := _unit_after(text, tokens, probe)) is not None and torque[0] == "lbf.ft":  # "275 pound-feet"
        kind, unit, last = "quantity", torque[0], torque[1]
        end = tokens[last].end
    else:
        code, after = money.currency_after(text, tokens, probe.last + 1)
        if code is not None:
            kind, unit, end, last = "money", code, tokens[after].end, after
            if tokens[after].low in ("cent", "cents") and code not in ("cent",):
                value = round(value / 100, 12)  # "74.27 U.S. cents": hundredths of the dollar named
            elif code == "USD" and money.bare_dollars(tokens, probe.last + 1, after):
                unit = symbols.local_code("$", country) or code  # "5 million dollars" in a Canadian story
            if code in ("GBP",) and money.pounds_weigh(text, tokens, start, after, country):
                kind, unit = "quantity", "lb"
            # "75 USD million": a scale after the code
            if after + 1 < len(tokens) and tokens[after + 1].low in ("million", "billion", "trillion", "thousand") \
                    and tokens[after + 1].start - tokens[after].end <= 1 and not num.scaled:  # fmt: skip
                value *= SCALES[tokens[after + 1].low]
                last, end = after + 1, tokens[after + 1].end
        elif (scaled := money.scaled_currency(tokens, probe.last + 1)) is not None:  # "30 MUSD"
            kind, unit, value = "money", scaled[0], value * scaled[1]
            last = probe.last + 1
            end = tokens[last].end
        elif (hyphen := money.hyphen_money(text, tokens, probe.last)) is not None:  # "a 12-cent dividend"
            kind, unit, last = hyphen
            end = tokens[last].end
        else:
            found = _unit_after(text, tokens, probe)
            if found is not None:
                unit, last = found
                end = tokens[last].end
                kind = "percent" if unit in PERCENT_UNITS else "quantity"
    if kind == "money":
        value, end, last = money.cents(tokens, value, end, last)
        per = money.per_unit(tokens, last)
        if per is not None:  # "$15.4/hour", "$350 per kg": a price per unit, in the figure's words;
            last = per.last  # the unit stays the ISO code of the money, as the contract says
            end = tokens[last].end
    elif kind == "quantity" and unit == "ft":
        value, end, last = _feet_inches(tokens, value, end, last)
    elif kind == "quantity" and unit == "lb" and (both := _pounds_ounces(tokens, value, end, last)) is not None:
        value, end, last = both
        unit = "oz"
    approx = bool(_APPROX_BEFORE.search(text, max(0, start - 24), start)) or bool(
        _APPROX_AFTER.match(text[end : end + 10])
    )
    return Amount(kind, start, end, value, unit, num.first, last, approx, None, num.words)


def _unit_after(text: str, tokens: list[Token], num: Number) -> tuple[str, int] | None:
    n = len(tokens)
    k = num.last + 1
    if num.glued_m:  # "5m", "24703m2"; digits glued after the "m" make a code ("24703m212")
        glued = match_unit(tokens, k)
        return (glued.unit, glued.last) if glued else None
    if k >= n or tokens[k].start - tokens[k - 1].end > 1:
        return None
    t = tokens[k]
    if t.text in ("-", "–") and t.start == tokens[k - 1].end and k + 1 < n and tokens[k + 1].start == t.end:
        found = match_unit(tokens, k + 1)  # "six-mile", "776-foot"
        return (found.unit, found.last) if found else None
    if t.text in _CLOSING and k + 2 < n and tokens[k + 2].text == _CLOSING[t.text]:
        found = match_unit(tokens, k + 1)  # "20 (kg)"
        return (found.unit, k + 2) if found and found.last == k + 1 else None
    if t.text in ("'", "′", "’") and t.start == tokens[k - 1].end and k + 2 < n and tokens[k + 1].kind == "num" \
            and tokens[k + 1].start == t.end and tokens[k + 2].text in ('"', "″", "''", "”") \
            and tokens[k + 2].start == tokens[k + 1].end:  # fmt: skip
        return "ft", k  # 5'10" or 5’10”: feet, and the inches after them (_feet_inches)
    if (
        t.text in ('"', "″", "'", "′")
        and t.start == tokens[k - 1].end
        and tokens[k - 1].kind == "num"
        and _MARK_END.match(text[t.end : t.end + 1])
        and not _opens_quote(text, num.start, t.text)
    ):
        return ("in" if t.text in ('"', "″") else "ft"), k  # 8" wrench, 6' wall
    if t.low == "in":  # inches only where "in" cannot be the preposition: "2 in." or "12 ft 2 in"
        after = text[t.end : t.end + 12]
        if _INCHES_END.match(after[:3]) or _DIMENSION.match(after):
            return "in", k
        return None
    found = match_unit(tokens, k)
    if found is None and t.low in _MORE and k + 1 < n and tokens[k + 1].start - t.end <= 1:
        found = match_unit(tokens, k + 1)  # "32 more gigawatts", "5 additional tonnes"
    if found is None:
        return None
    return found.unit, found.last


_MORE = {"more", "fewer", "less", "additional", "extra", "further"}
_CLOSING = {"(": ")", "{": "}", "[": "]", "<": ">"}
_MARK_END = re.compile(r"[\s,.;:)]|$")  # 8" wrench: the inch or foot mark ends the word
# "in" is inches when it ends the phrase ("2 in.", "12 ft 2 in") or a dimension follows ("2 in long")
_INCHES_END = re.compile(r"\.?\s*$|\.\s|,|\)")
_DIMENSION = re.compile(r"\s*(?:long|wide|tall|high|deep|thick)\b")


def _past_uncertainty(tokens: list[Token], num: Number) -> Number | None:
    """The number stretched over a following '± 0.01' or '+/- 1e-5', for finding its unit."""
    k = num.last + 1
    n = len(tokens)
    if k < n and tokens[k].text == "±":
        k += 1
    elif k + 2 < n and "".join(t.text for t in tokens[k : k + 3]) == "+/-" and tokens[k + 2].end - tokens[k].start == 3:
        k += 3
    else:
        return None
    err = next(iter(find_numbers(tokens[k : k + 4])), None)
    if err is None or err.first != 0 or tokens[k].start - tokens[k - 1].end > 1:
        return None
    return replace(num, last=k + err.last, glued_m=False)


def _opens_quote(text: str, start: int, mark: str) -> bool:
    """A quote mark after digits closes a quotation when the same mark opened one before them."""
    line_start = text.rfind("\n", 0, start) + 1
    return text.count(mark, line_start, start) % 2 == 1


def _feet_inches(tokens: list[Token], value: float, end: int, last: int) -> tuple[float, int, int]:
    """'12 ft 2 in', '5 feet 10 inches', 5'10", '7-foot-3' (a height) -> the feet with the inches added."""
    n = len(tokens)
    k = last + 1
    if k + 1 < n and tokens[k].kind == "num" and tokens[k + 1].low in ("in", "inch", "inches", '"', "″", "”") \
            and tokens[k].start - tokens[k - 1].end <= 1 and (tokens[k].value or 0) < 12:  # fmt: skip
        return value + (tokens[k].value or 0) / 12, tokens[k + 1].end, k + 1
    if k + 1 < n and tokens[k].text in ("-", "–") and tokens[k].start == tokens[last].end \
            and tokens[k + 1].kind == "num" and tokens[k + 1].start == tokens[k].end \
            and float(tokens[k + 1].value or 0).is_integer() and 0 <= (tokens[k + 1].value or 0) < 12 \
            and tokens[last].low in ("foot", "ft") \
            and not (k + 2 < n and tokens[k + 2].start == tokens[k + 1].end):  # fmt: skip
        return value + (tokens[k + 1].value or 0) / 12, tokens[k + 1].end, k + 1  # "7-foot-3", not "6-foot-2s"
    return value, end, last


def _pounds_ounces(tokens: list[Token], value: float, end: int, last: int) -> tuple[float, int, int] | None:
    """'2 pounds, 3 ounces', '1 pound 9.7 ounces', '3 lb and 6 oz': one weight, in ounces."""
    n = len(tokens)
    k = last + 1
    if k < n and tokens[k].text == "," and tokens[k].start == tokens[last].end:
        k += 1
    if k < n and tokens[k].low == "and":
        k += 1
    if k + 1 >= n or tokens[k].kind != "num" or tokens[k].start - tokens[k - 1].end > 1:
        return None
    unit = match_unit(tokens, k + 1)
    if unit is None or unit.unit != "oz" or tokens[k + 1].start - tokens[k].end > 1 or (tokens[k].value or 0) >= 16:
        return None
    return value * 16 + (tokens[k].value or 0), tokens[unit.last].end, unit.last


def with_range(low: Amount, high: Amount, text: str) -> Amount:
    """'5-7%', '$1m to $2m', '8- to 16-meter': one figure, value the low end, range the ends.

    Never the midpoint: "between $48,000 and $90,000" says nothing of $69,000.
    """
    unit = low.unit or high.unit
    kind = low.kind if low.kind != "count" else high.kind
    start = low.start
    approx = low.approximate or bool(_APPROX_BEFORE.search(text, max(0, start - 24), start))
    return replace(low, kind=kind, unit=unit, end=high.end, last=high.last, value=low.value,
                   range=(low.value, high.value), approximate=approx)  # fmt: skip
