"""Number words: the tables and the accumulator that reads "four thousand three hundred and six".

Kept apart from the lexer (numbers/lex.py) and the grammar (numbers/__init__.py) so each stays
small; nothing here knows about text offsets.
"""

from __future__ import annotations

SMALL = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5,
           "crore": 1e7, "crores": 1e7, "thousands": 1e3}  # fmt: skip
# Abbreviated scales as separate words after digits ("5.2 bn", "2.33 k"); "m" is left to
# the figure layer because "5 m" is usually metres.
ABBREV_SCALES = {"bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "mil": 1e6, "tn": 1e12, "trn": 1e12, "tln": 1e12,
                  "k": 1e3,
                  "M": 1e6, "MM": 1e6, "B": 1e9, "K": 1e3}  # fmt: skip
# Glued to the digits ("100k", "$2.174T", "1.2b", "10M"); lower-case "m" is ambiguous (metres).
GLUED_SCALES = {"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
                 "bn": 1e9, "bln": 1e9, "b": 1e9, "B": 1e9, "T": 1e12, "tn": 1e12, "trn": 1e12,
                 "tln": 1e12}  # fmt: skip
# Ordinal words to their numbers: days of a month ('the twentieth') and denominators ('fifths').
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}  # fmt: skip
# Ordinals as fraction denominators ("three fifths") and the words for 2 and 4; not "second",
# since "one second" is a time. Other plurals are read by denominator().
ORDINAL_DENOMS = {
    **{word: value for word, value in ORDINALS.items() if word != "second"},
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4, "thirds": 3, "fourths": 4,
}  # fmt: skip
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
           "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}  # fmt: skip
VULGAR_CLASS = "".join(VULGAR)


def denominator(word: str) -> float | None:
    """'fifths' -> 5, 'hundredths' -> 100, 'half' -> 2; None for other words."""
    if word in ORDINAL_DENOMS:
        return float(ORDINAL_DENOMS[word])
    if word.endswith("s") and word[:-1] in ORDINAL_DENOMS:
        return float(ORDINAL_DENOMS[word[:-1]])
    return None


class Cardinal:
    """Accumulates a spelled-out or mixed cardinal the usual way (groups times scales)."""

    def __init__(self) -> None:
        self.total = 0.0
        self.current = 0.0
        self.last_kind = ""  # "small" | "tens" | "hundred" | "scale" | "num"
        self.last_scale = 1.0
        self.any = False

    @property
    def value(self) -> float:
        return self.total + self.current

    def feed(self, word: str, value: float | None = None) -> bool:
        """Take one atom; False when it cannot continue this number."""
        if value is not None:  # digits ("3 hundred and 21")
            if self.last_kind in ("small", "tens", "num") or (self.current and self.last_kind != "hundred") \
                    or (self.last_kind == "hundred" and value >= 100):  # fmt: skip
                return False
            self.current += value
            self.last_kind = "num"
        elif word in SMALL:
            v = SMALL[word]
            if self.last_kind == "small" or self.last_kind == "num" or (self.last_kind == "tens" and v >= 10):
                return False
            self.current += v
            self.last_kind = "small"
        elif word in TENS:
            if self.last_kind in ("small", "tens", "num"):
                return False
            self.current += TENS[word]
            self.last_kind = "tens"
        elif word in ("dozen", "dozens", "dzs", "dz", "doz", "dozs"):
            if self.last_kind not in ("small", "tens", "num"):
                return False
            self.current *= 12
            self.last_kind = "scale"
        elif word in ("hundred", "hundreds"):
            if self.last_kind == "hundred" or self.current >= 100:
                return False
            self.current = (self.current or 1) * 100
            self.last_kind = "hundred"
        elif word in SCALES:
            scale = SCALES[word]
            if self.last_kind == "scale" and scale >= self.last_scale:
                self.total = (self.total + self.current) * scale  # "hundred thousand", "million billion"
            else:
                if self.total and scale >= self.last_scale:
                    return False
                self.total += (self.current or 1) * scale
            self.current = 0
            self.last_kind = "scale"
            self.last_scale = scale
        else:
            return False
        self.any = True
        return True


def copy_cardinal(card: Cardinal) -> Cardinal:
    other = Cardinal()
    other.total, other.current, other.last_kind = card.total, card.current, card.last_kind
    other.last_scale, other.any = card.last_scale, card.any
    return other
