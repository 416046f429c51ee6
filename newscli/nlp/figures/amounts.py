"""From a number to an amount: the currency, unit or percent sign around it, ranges and bounds.

Pure text work on the lexer's tokens (no spaCy), so it is cheap and testable alone:
"$ 280 million", "USD34.6 million", "5.19 trillion yen", "8- to 16-meter", "5-7%",
"some 730 million yen" (approximate), "15 dollars 50".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newscli.nlp.figures import currency as cur
from newscli.nlp.figures.numbers import Number, find_numbers
from newscli.nlp.figures.numbers.lex import Token, one_line
from newscli.nlp.figures.numbers.words import SCALES
from newscli.nlp.figures.units import PERCENT_UNITS, UnitMatch, match_unit

_SYMBOL_CHARS = "$€£¥₹₩₽₺₭₱₦₪฿₫元₿₴₸₡₾"
# A currency symbol before the number, with the letters that say whose dollar it is: "US$",
# "HK$", "C$", "NZ$", "Mex$", ISO codes glued to the symbol ("aud$", "USD$") and the spaced forms
# of tokenised newswire ("hk $", "c $"). Single letters count only glued ("A$5"), since "a $5 bill"
# is an article.
_PREFIX = one_line(
    r"(?:(?<![A-Za-z])(?P<pfx>[A-Za-z]{2,3}|U\.S\.?|u\s?\.\s?s\s?\.?|[Cc](?=\s))\s?|(?<![A-Za-z])(?P<glued>[A-Za-z]))?"
    r"(?P<sym>[" + _SYMBOL_CHARS + r"])\s?$"
)  # fmt: skip
_CODE_BEFORE = one_line(r"(?<![A-Za-z])(?P<code>[A-Za-z]{3}|Rs\.?)\s?$")
_APPROX_BEFORE = one_line(
    r"(?<![\w-])(?:about|around|some|nearly|almost|approximately|roughly|approx\.|circa|close\s+to|"
    r"more\s+than|less\s+than|fewer\s+than|greater\s+than|over|under|up\s+to|at\s+least|at\s+most|"
    r"as\s+(?:many|much|few|little|high|low)\s+as|an\s+estimated|estimated|upwards\s+of|"
    r"in\s+excess\s+of|just\s+(?:over|under)|well\s+(?:over|under|above|below)|below|above|exceeding|"
    r"nearly|~|≈|<|>)\s*$",
    re.IGNORECASE,
)  # fmt: skip
_APPROX_AFTER = one_line(r"^\s*(?:or\s+so|or\s+more|or\s+less|plus|\+)(?![\w])", re.IGNORECASE)
# Words before "pounds" that make it a weight, and conversions from another unit of mass
# ("a metric ton is equal to 2,204.62 pounds").
_OF_A_THING = re.compile(r"\s+of\s+(?!the\s)(?![A-Z])[a-z]")  # "5 pounds of flour"
_MASS_CONTEXT = re.compile(r"\b(?:weigh|weighs|weighed|weighing|weight|lose|lost|losing|drop|dropped|gain|"
                           r"gained|heavy|heavier|lighter)\b|\b(?:tons?|tonnes?|kilo(?:gram)?s?|kg|grams?|ounces?|"
                           r"stones?)\s+(?:is\s+|are\s+)?(?:equal|equals|equivalent)\b", re.IGNORECASE)  # fmt: skip


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


def build(text: str, tokens: list[Token], num: Number, floor: int = 0) -> Amount:
    """Attach a currency, unit or percent to the number; a bare number is a count.

    floor: where the previous amount ended; a currency before the number is not looked for
    behind it ("10 rmb 20 usd" is 10 rmb and 20 usd, not rmb 20).
    """
    start, end, value, last = num.start, num.end, num.value, num.last
    # "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km": the unit follows the uncertainty
    probe = _past_uncertainty(tokens, num) or num
    kind, unit = "count", ""
    code, pstart = _currency_before(text, num, floor)
    if code is not None:
        kind, unit, start = "money", code, pstart
        if num.glued_m:  # "$5m": million, not metres
            value, end, last = value * 1e6, end + 1, last + 1
        else:
            code2, after = _currency_after(text, tokens, last + 1)  # "$ 10 dollars"
            if code2 == code:
                end, last = tokens[after].end, after
    else:
        code, after = _currency_after(text, tokens, probe.last + 1)
        if code is not None:
            kind, unit, end, last = "money", code, tokens[after].end, after
            if code in ("GBP",) and _is_mass(text, start, end):
                kind, unit = "quantity", "lb"
            # "75 USD million": a scale after the code
            if after + 1 < len(tokens) and tokens[after + 1].low in ("million", "billion", "trillion", "thousand") \
                    and tokens[after + 1].start - tokens[after].end <= 1 and not num.scaled:  # fmt: skip
                value *= SCALES[tokens[after + 1].low]
                last, end = after + 1, tokens[after + 1].end
        elif (scaled := scaled_currency(tokens, probe.last + 1)) is not None:  # "30 MUSD"
            kind, unit, value = "money", scaled[0], value * scaled[1]
            last = probe.last + 1
            end = tokens[last].end
        elif (hyphen := _hyphen_money(text, tokens, probe.last)) is not None:  # "a 12-cent dividend"
            kind, unit, last = hyphen
            end = tokens[last].end
        else:
            found = _unit_after(text, tokens, probe)
            if found is not None:
                unit, last = found
                end = tokens[last].end
                kind = "percent" if unit in PERCENT_UNITS else "quantity"
    if kind == "money":
        value, end, last = _cents(tokens, value, end, last)
        per = _per_unit(tokens, last)
        if per is not None:  # "$15.4/hour", "$350 per kg": a price per unit
            unit, last = f"{unit}/{per.unit}", per.last
            end = tokens[last].end
    elif kind == "quantity" and unit == "ft":
        value, end, last = _feet_inches(tokens, value, end, last)
    approx = bool(_APPROX_BEFORE.search(text, max(0, start - 24), start)) or bool(
        _APPROX_AFTER.match(text[end : end + 10])
    )
    return Amount(kind, start, end, value, unit, num.first, last, approx, None, num.words)


def _currency_before(text: str, num: Number, floor: int = 0) -> tuple[str | None, int]:
    start = num.start
    window = text[max(0, floor, start - 12) : start]
    m = _PREFIX.search(window)
    if m:
        sym = m.group("sym")
        code = cur.symbol(sym) or "USD"
        pfx = m.group("pfx") or m.group("glued")
        begin = m.start()
        if pfx:
            group = "pfx" if m.group("pfx") else "glued"
            prefixed = cur.prefixed_symbol(pfx, sym, spaced=m.end(group) < m.start("sym"))
            if prefixed is None:
                begin = m.start("sym")  # "at $5": the letters are a word, not part of the symbol
            else:
                code = prefixed
        return code, start - len(window) + begin
    m2 = _CODE_BEFORE.search(window)
    if m2:
        word = m2.group("code")
        found = cur.symbol(word) if word.startswith("Rs") else cur.code(word)
        if found:
            return found, start - len(window) + m2.start()
    return None, start


def _currency_after(text: str, tokens: list[Token], k: int) -> tuple[str | None, int]:
    """A currency written after the number: 'yen', 'U.S. dollars', 'USD', '$', 'MUSD', '元'."""
    n = len(tokens)
    if k >= n or tokens[k].start - tokens[k - 1].end > 1:
        return None, k
    t = tokens[k]
    if _opens_next(tokens, k):
        return None, k  # "1 $10 bill", "3 USD50 cards": the sign belongs to the number after it
    if t.kind == "sym":
        sym = text[t.start : t.start + 2]
        for cand in (sym, t.text):
            code = cur.symbol(cand)
            if code:
                return code, k + (1 if len(cand) == 2 and k + 1 < n and tokens[k + 1].end == t.start + 2 else 0)
        return None, k
    if t.kind != "word":
        return None, k
    if t.text == "p" and t.start == tokens[k - 1].end and tokens[k - 1].kind == "num":
        return "penny", k  # "20p", "50p coin"
    code = cur.code(t.text)
    if code:
        return code, k
    scaled = cur.scaled_code(t.text)
    if scaled:  # handled by the caller as a plain code; the scale is applied here
        return None, k
    # names of up to four words, longest first: "U.S. dollars", "Hong Kong dollars", "yen"
    words: list[tuple[str, int, int]] = []  # (word, its token, its token with a trailing dot)
    j = k
    while j < n and len(words) < cur.MAX_NAME_WORDS:
        tok = tokens[j]
        if tok.kind == "word":
            words.append((tok.text, j, j))
        elif tok.text == "." and words and tok.start == tokens[j - 1].end:
            words[-1] = (words[-1][0] + ".", words[-1][1], j)
        else:
            break
        if j + 1 < n and tokens[j + 1].start - tok.end > 1:
            break
        j += 1
    for size in range(len(words), 0, -1):
        chosen = [w for w, _, _ in words[:size]]
        code = cur.name_code(chosen)
        if code:
            return code, words[size - 1][2]
        if chosen[-1].endswith("."):
            code = cur.name_code([*chosen[:-1], chosen[-1].rstrip(".")])
            if code:
                return code, words[size - 1][1]
    return None, k


def _hyphen_money(text: str, tokens: list[Token], j: int) -> tuple[str, str, int] | None:
    """A currency name joined to the number by a hyphen: 'a 12-cent dividend', 'its one-yen bid'.
    'A 300-pound man' and 'a twenty-pound bag' weigh: hyphenated pounds are a weight."""
    k = j + 1
    n = len(tokens)
    if not (k + 1 < n and tokens[k].text in ("-", "–") and tokens[k].start == tokens[j].end):
        return None
    word = tokens[k + 1]
    if word.kind != "word" or word.start != tokens[k].end or word.text.isupper():
        return None
    if word.low in ("pound", "pounds"):
        return "quantity", "lb", k + 1
    code, after = _currency_after(text, tokens, k + 1)
    return ("money", code, after) if code is not None else None


def _per_unit(tokens: list[Token], j: int) -> UnitMatch | None:
    """A unit after '/' or 'per' following a price; 'per share' or 'per cent' are no units of measure."""
    k = j + 1
    n = len(tokens)
    if k + 1 >= n or tokens[k].start - tokens[j].end > 1:
        return None
    if not ((tokens[k].text == "/" and tokens[k].start == tokens[j].end) or tokens[k].low == "per"):
        return None
    found = match_unit(tokens, k + 1)
    if found is None or found.unit in PERCENT_UNITS or "/" in found.unit:
        return None
    return found


def _opens_next(tokens: list[Token], k: int) -> bool:
    """The currency sign or code at k is glued to the digits after it."""
    return k + 1 < len(tokens) and tokens[k + 1].kind == "num" and tokens[k + 1].start == tokens[k].end


def scaled_currency(tokens: list[Token], k: int) -> tuple[str, float] | None:
    if k < len(tokens) and tokens[k].kind == "word" and tokens[k].start - tokens[k - 1].end <= 1:
        return cur.scaled_code(tokens[k].text)
    return None


def _is_mass(text: str, start: int, end: int) -> bool:
    """'pounds' is weight after 'weigh', 'lost' ... or before 'of' + a thing."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 20]
    if _OF_A_THING.match(after) and "sterling" not in text[start:end].lower():
        return True
    return bool(_MASS_CONTEXT.search(before)) and "£" not in text[start:end]


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
    if found is None:
        return None
    return found.unit, found.last


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


def _cents(tokens: list[Token], value: float, end: int, last: int) -> tuple[float, int, int]:
    """'15 dollars 50', 'thirteen dollars forty-five cents', '10 $ 30 cent', '15 dollars and 50'."""
    n = len(tokens)
    k = last + 1
    if k < n and tokens[k].low == "and" and tokens[k].start - tokens[k - 1].end <= 1:
        k += 1
    # is_integer() is also False for an infinite value ("$" and 400 nines), which int() cannot take
    if k >= n or tokens[k].start - tokens[k - 1].end > 1 or not float(value).is_integer():
        return value, end, last
    sub = next(iter(find_numbers(tokens[k : k + 6])), None)
    if sub is None or sub.first != 0 or not (0 < sub.value < 100) or not float(sub.value).is_integer():
        return value, end, last
    j = k + sub.last
    nxt = tokens[j + 1] if j + 1 < n else None
    if nxt is not None and nxt.low in ("cent", "cents", "penny", "pence", "p"):
        return value + sub.value / 100, nxt.end, j + 1
    if nxt is not None and nxt.kind == "word" and nxt.start - tokens[j].end <= 1:
        return value, end, last  # "15 dollars 50 people" is not a price
    if nxt is not None and nxt.text in _SYMBOL_CHARS:
        return value, end, last
    return value + sub.value / 100, tokens[j].end, j


def _feet_inches(tokens: list[Token], value: float, end: int, last: int) -> tuple[float, int, int]:
    """'12 ft 2 in' -> 12.1667 ft."""
    n = len(tokens)
    k = last + 1
    if k + 1 < n and tokens[k].kind == "num" and tokens[k + 1].low in ("in", "inch", "inches") \
            and tokens[k].start - tokens[k - 1].end <= 1:  # fmt: skip
        return value + (tokens[k].value or 0) / 12, tokens[k + 1].end, k + 1
    return value, end, last


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
