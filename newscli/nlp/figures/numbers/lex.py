"""The number lexer: digit groups, number words and symbols, with their offsets.

Works on the raw text with one compiled regex, not on spaCy tokens: spaCy splits
"USD34.6" or "10kph" in ways that vary between models, while the grammar (numbers/__init__.py)
needs to see "1,234.5", "½", "3.5x10^4" or "2.5tln" as single atoms. Pure Python, so it
is cheap per number and testable without a model.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from newscli.nlp.figures.numbers.words import GLUED_SCALES, VULGAR, VULGAR_CLASS

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
    |(?P<brk>\n)
    |(?P<sym>\S)
    """,
    re.VERBOSE,
)

_GROUP_SPACES = re.compile(r"[ \u00a0\u202f]")  # "1 234 567", with plain, no-break or thin spaces
_CONTINENTAL = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")  # "1.111,11"


@dataclass(frozen=True)
class Token:
    kind: str  # "num" | "word" | "sym" | "brk" (a line break: nothing joins across it)
    text: str
    start: int
    end: int
    value: float | None = None  # for "num": the number, glued scale included
    glued: str = ""  # the glued scale suffix, "" when none
    low: str = ""  # text.lower(), computed once: the grammar compares it many times

    def __post_init__(self) -> None:
        object.__setattr__(self, "low", self.text.lower())


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
        elif m.group("brk"):
            if not out or out[-1].kind != "brk":  # a blank line is one break
                out.append(Token("brk", "\n", m.start(), m.end()))
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


# Blanks inside a line: a figure never runs on across a line break ("12 thousand" at the end of one
# paragraph and "300 people" at the start of the next are two numbers, not 12,300).
HSPACE = r"[^\S\n]"


def one_line(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A regex whose blanks (\\s) do not match a line break: for what joins two parts of a figure."""
    return re.compile(pattern.replace(r"\s", HSPACE), flags)


def joined(tokens: list[Token], a: int, b: int) -> bool:
    """Tokens a and b are separated by at most a space or a hyphen between spaces, on one line."""
    return tokens[b].start - tokens[a].end <= 3 and tokens[b].kind != "brk" and tokens[a].kind != "brk"
