"""Money around a number: the currency sign, code, letters or name that say whose money it is.

"$5", "US$ 600 million", "USD34.6", "RM6.1 million" (a local symbol from the CLDR table,
symbols.py), "R4bn" in a South African story, "5.19 trillion yen", "74.27 U.S. cents",
"4m/-" (shillings), "15 dollars 50", "$15.4/hour". Pure text work on the lexer's tokens.
"""

from __future__ import annotations

import re

from newscli.nlp.figures import currency as cur
from newscli.nlp.figures import symbols
from newscli.nlp.figures.numbers import Number, find_numbers
from newscli.nlp.figures.numbers.lex import Token, one_line
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
# Letters before the number that may be a currency: an ISO code ("USD 5", "EUR34.6"), "Rs." or a
# local symbol from the CLDR table ("RM6.1 million", "Rp 5,000", "TSh 500", South Africa's "R4bn").
_LETTERS_BEFORE = one_line(r"(?<![A-Za-z])(?P<code>[A-Za-z]{1,4})(?P<dot>\.)?(?P<gap>\s?)$")
# Words before "pounds" that make it a weight, and conversions from another unit of mass
# ("a metric ton is equal to 2,204.62 pounds").
_OF_A_THING = re.compile(r"\s+of\s+(?!the\s)(?![A-Z])[a-z]")  # "5 pounds of flour"
_OUNCES_AFTER = re.compile(r",?\s*(?:and\s+)?\d+(?:\.\d+)?\s*(?:ounces?|oz)\b", re.IGNORECASE)
_MONEY_CONTEXT = re.compile(
    r"\b(?:costs?|costing|paid|pay|pays|paying|price[sd]?|worth|fined?|spen[dt]|spending|salary|wages?|earn(?:s|ed)?|"
    r"budget|fund(?:s|ing|ed)?|raised?|sold|sell|bought|buy|owe[sd]?|debts?|loans?|bills?|fees?|tax(?:es)?|bonus|"
    r"donat\w*|invest\w*|revenue|profits?|compensation|award(?:ed)?|prize|bet|wager|charged?)\b",
    re.IGNORECASE,
)
_MASS_CONTEXT = re.compile(r"\b(?:weigh|weighs|weighed|weighing|weight|lose|lost|losing|drop|dropped|gain|"
                           r"gained|heavy|heavier|lighter)\b|\b(?:tons?|tonnes?|kilo(?:gram)?s?|kg|grams?|ounces?|"
                           r"stones?)\s+(?:is\s+|are\s+)?(?:equal|equals|equivalent)\b", re.IGNORECASE)  # fmt: skip


def currency_before(text: str, num: Number, floor: int = 0, country: str | None = None) -> tuple[str | None, int]:
    """The currency written before the number and where it starts: '$', 'HK$', 'USD', 'RM', 'Rs.'."""
    start = num.start
    window = text[max(0, floor, start - 12) : start]
    m = _PREFIX.search(window)
    if m:
        sym = m.group("sym")
        code = symbols.local_code(sym, country) or cur.symbol(sym) or "USD"
        pfx = m.group("pfx") or m.group("glued")
        begin = m.start()
        if pfx:
            group = "pfx" if m.group("pfx") else "glued"
            prefixed = cur.prefixed_symbol(pfx, sym, spaced=m.end(group) < m.start("sym"))
            prefixed = prefixed or symbols.local_code(pfx + sym, country) or symbols.international_code(pfx + sym)
            if prefixed is None:
                begin = m.start("sym")  # "at $5": the letters are a word, not part of the symbol
            else:
                code = prefixed
        return code, start - len(window) + begin
    m2 = _LETTERS_BEFORE.search(window)
    if m2:
        found = letters_currency(text, m2.group("code"), m2.group("dot") or "", m2.group("gap"), num, country)
        if found:
            return found, start - len(window) + m2.start()
    return None, start


def letters_currency(text: str, word: str, dot: str, gap: str, num: Number, country: str | None) -> str | None:
    """The currency letters before a number stand for, or None: 'USD 5m', 'RM6.1 million', 'Rs. 500',
    'R4bn' in a South African story, 'PS2,000' (a pound sign that scraping turned into 'PS').

    A code that is also an acronym needs an amount that looks like money: 'SDG 11' (a UN goal)
    and 'COP30' (a summit) are names, 'USD 7' alone is too thin to be a price.
    """
    moneylike = _moneylike(text, num)
    if len(word) == 3 and word.isupper() and not dot:
        iso = cur.code(word)
        if iso is None:
            return None
        if cur.common_code(word):
            return iso if moneylike or not gap or num.value >= 10 else None
        return iso if moneylike or num.value >= 100 else None
    if word == "Rs":
        return cur.symbol("Rs")
    if dot:
        return None
    if word == "PS" and not gap and (moneylike or num.value >= 10) and "£" not in text:
        return "GBP"  # "£" written as "PS" by a scraper's ASCII transliteration
    if len(word) == 1 and (
        gap or _ROUTE.search(text, max(0, num.start - 6), num.start) or _ROAD_AFTER.match(text, num.end)
    ):
        return None  # "a 5", "R 5", "the R21 towards Pretoria", "R300 road": a letter must be glued to money
    return symbols.letter_code(word, country, moneylike)


_ROUTE = re.compile(r"\bthe\s+[A-Z]$", re.IGNORECASE)
_ROAD_AFTER = re.compile(r"\s+(?:road|highway|route|motorway|freeway|expressway|interchange|off-ramp)\b", re.IGNORECASE)


def _moneylike(text: str, num: Number) -> bool:
    """Digits written as an amount of money: separators, decimals, a scale ('6.162 million', '900,000', '4bn')."""
    digits = text[num.start : num.end]
    return num.scaled or num.glued_m or any(c in digits for c in ",.") or num.value >= 1000


def slash_dash(tokens: list[Token], num: Number, country: str | None) -> tuple[str, float, int] | None:
    """'4m/-', '10,000/-': the East African and South Asian way of writing an amount in shillings or
    rupees, read as the money of the article's country (and left alone when the country is unknown)."""
    k = num.last + 1
    scale = 1.0
    if num.glued_m and k < len(tokens) and tokens[k].text == "m":
        scale, k = 1e6, k + 1
    if k + 1 >= len(tokens) or tokens[k].text != "/" or tokens[k + 1].text not in ("-", "–"):
        return None
    if tokens[k].start != tokens[k - 1].end or tokens[k + 1].start != tokens[k].end:
        return None
    code = symbols.country_currency(country)
    return (code, scale, k + 1) if code else None


def bare_dollars(tokens: list[Token], k: int, after: int) -> bool:
    """The currency words from k to after are just 'dollar(s)', with no country before them."""
    return after == k and tokens[k].low in ("dollar", "dollars")


def currency_after(text: str, tokens: list[Token], k: int) -> tuple[str | None, int]:
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


def hyphen_money(text: str, tokens: list[Token], j: int) -> tuple[str, str, int] | None:
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
    code, after = currency_after(text, tokens, k + 1)
    return ("money", code, after) if code is not None else None


def per_unit(tokens: list[Token], j: int) -> UnitMatch | None:
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


def pounds_weigh(text: str, tokens: list[Token], start: int, last: int, country: str | None) -> bool:
    """'pounds' after a number is a weight unless the words, the story or the clause make it money.

    Weight: 'weighs 2 pounds', '5 pounds of flour', '2 pounds, 3 ounces'. Money: 'pounds sterling',
    a story set in Britain or writing '£' elsewhere, or a clause about costs ('paid 40 pounds').
    """
    end = tokens[last].end
    words = text[start:end].lower()
    if "sterling" in words or "£" in words:
        return False
    before = text[max(0, start - 40) : start]
    after = text[end : end + 24]
    if _OF_A_THING.match(after) or _MASS_CONTEXT.search(before) or _OUNCES_AFTER.match(after):
        return True
    if country == "GB" or "£" in text:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - 60) : end + 30]
    return not _MONEY_CONTEXT.search(window)


def cents(tokens: list[Token], value: float, end: int, last: int) -> tuple[float, int, int]:
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
