"""Numbers that are not figures: designators, phone numbers, list numbering, times, ordinals, URLs.

"PAC-3", "SPY-1", "Mark-41", "Standard Missile-3s", "F-35", "COVID-19", "G7" and "5G"
name things; the digits in them measure nothing. The rule is about shape, not a list
of names: digits glued to letters, or joined to a capitalised word by a hyphen, unless the
letters are a unit ("10km"), a scale ("5bn"), a currency ("USD34.6") or an ordinal suffix.
"""

from __future__ import annotations

import re

from newscli.calendar_words import MONTHS
from newscli.nlp.figures import currency as cur
from newscli.nlp.figures.numbers import Number
from newscli.nlp.figures.numbers.lex import Token
from newscli.nlp.figures.units import match_unit
from newscli.nlp.spans import Spans

# Phone numbers never continue a digit group: "1 414 021 100" is a population.
_MASKS = re.compile(
    r"""
    (?:https?://|www\.)\S+                                  # URLs
    |[\w.+-]+@[\w-]+\.[\w.]+                                # e-mail addresses
    |(?<![\w.,])(?<!\d\s)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?|\d{2,5}[\s.-])\d{3,4}[\s.-]\d{3,5}
      (?![\w.,]?\d)                                          # phones
    |(?<![\w.])\d{1,2}(?:[.:]\d{2})?\s?(?:-|–|to)\s?\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?(?![a-z])  # 6-9 p.m.
    |(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?![\d:])   # clock times
    |(?<![\w.])\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?(?![a-z])            # 6pm, 2.13 am
    |(?m:^[ \t]*(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)])(?=[ \t]))          # list numbering at line start
    |(?<![\w)])\(\d{1,2}\)(?=\s+[A-Za-z])                               # "(2) the second point"
    |©\s*\d{4}(?:\s*[-–]\s*\d{4})?                                     # copyright years
    |\b\d{5}(?:-\d{4})?(?=\s*$)                                         # trailing ZIP codes
    |(?<![\d:])\d{1,2}:\d{1,2}(?![\d:])                                    # ratios: 16:9, 4:3
    |(?<!\w)\d{1,4}:\s\d+(?:[-–]\d+)?                                     # citations: 28: 685-690
    |\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]                                      # footnote marks: [1], [2, 3]
    |(?<=\d)\(\d{1,2}\)(?:\([a-z]\))?                                    # subsections: 14(1), 3(2)(a)
    |(?<![\w.])\d{1,3}(?:\.\d{1,3}){2,}(?!\w|\.\d)                          # versions, addresses: 1.8.3, 10.0.2.1
    |(?<![\w.,])\d{2,6}(?=\s+block\s+of\s+[A-Z0-9])                         # "the 2400 block of Oak Lane"
    """,
    re.VERBOSE | re.IGNORECASE,
)  # fmt: skip
# lower-case prefixes that join a number with a hyphen without making a name: "mid-2019", "over-65s"
_HYPHEN_PREFIXES = {"mid", "pre", "post", "early", "late", "over", "under", "top", "sub", "non", "anti", "ex",
                    "near", "low", "high", "up", "about", "around", "some", "nearly", "almost", "by", "a", "the",
                    "from", "to", "and", "or", "than", "of", "in", "at", "for"}  # fmt: skip
_ORDINAL_SUFFIX = {"st", "nd", "rd", "th", "s"}
_RANK_BEFORE = re.compile(r"(?:\bno\s?\.|\bnos?\s?\.|\bnrs?\s?\.|#|\bnumbers?|\bexits?|\broutes?|\bchapters?|"
                          r"\bsections?|\barticles?|\bpages?|\bp\.|\bpp\.|\bvol\.|\bversion|\bv\.|\bseasons?|"
                          r"\bepisodes?|\bpsalms?|\bverses?|\bgates?|\bpiers?|\bplatforms?|\brooms?|\bflights?|\bbus|"
                          r"\bhighways?|\binterstate|\bbox|\bclauses?|\bparagraphs?|\bamendments?|(?-i:\bNo))\s*$",
                          re.IGNORECASE)  # fmt: skip


def masked_spans(text: str) -> Spans:
    """Stretches where no figure may start: URLs, e-mail and phone numbers, times, list numbering,
    and addresses, also where a later mention drops the street word ('300 Slater Street', '300 Slater')."""
    spans = Spans((m.start(), m.end()) for m in _MASKS.finditer(text))
    for place in {m.group(1) for m in _ADDRESS.finditer(text)}:
        for m in re.finditer(r"(?<![\w,.])" + re.escape(place) + r"\b", text):
            spans.add(m.start(), m.end())
    return spans


# "300 Slater Street", "10 Downing St": a house number and the street's name
_ADDRESS = re.compile(
    r"(?<![\w,.$€£])(\d{1,5}(?:\s[A-Z][a-z]+){1,3})\s(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|"
    r"Lane|Drive|Dr\.?|Way|Place|Court|Square|Parkway|Terrace|Highway)\b"
)


def is_designator(text: str, tokens: list[Token], num: Number) -> bool:
    """Digits that name something (PAC-3, F-35, G7, 5G, LGA1156), an ordinal (4th), or a rank (No. 1)."""
    i, j = num.first, num.last
    first, last = tokens[i], tokens[j]
    if first.kind != "num" and last.kind != "num":
        return False  # spelled out ("two"): the rules below read the shape of digits
    n = len(tokens)
    prev = tokens[i - 1] if i > 0 else None
    # letters glued before: "G7", "LGA1156", "i7", "COP30" (the caller has already taken money: "USD34.6", "RM6.1")
    if prev is not None and prev.end == first.start and prev.kind == "word" and first.kind == "num":
        return True
    # joined by a hyphen to a word: "PAC-3", "Mark-41", "COVID-19", "Missile-3s", "scp2-173"
    if prev is not None and prev.text in "-–−" and prev.end == first.start and i >= 2 and first.kind == "num":
        word = tokens[i - 2]
        if word.end == prev.start and word.kind == "word" and word.low not in _HYPHEN_PREFIXES:
            return True
        if word.end == prev.start and word.kind == "num" and i >= 3 and tokens[i - 3].end == word.start \
                and tokens[i - 3].kind == "word":  # fmt: skip
            return True
    # letters glued after that are not a unit, scale, currency or ordinal: "5G", "777F", "3D"
    if j + 1 < n and last.kind == "num":
        nxt = tokens[j + 1]
        if nxt.start == last.end and nxt.kind == "word":
            if nxt.low in _ORDINAL_SUFFIX:
                return nxt.low != "s" or not _decade(last)
            unit = match_unit(tokens, j + 1)
            if not (unit or cur.code(nxt.text) or cur.name_code([nxt.text])
                    or cur.scaled_code(nxt.text) or nxt.text in ("m", "p") or nxt.low == "in"):  # fmt: skip
                return True
            if unit is not None and unit.unit in ("degF", "degC") and len(nxt.text) == 1 and i > 0 \
                    and prev is not None and prev.kind == "word" and prev.text[:1].isupper():  # fmt: skip
                return True  # "Boeing 777F": a model letter after a name, not a temperature
            after = tokens[unit.last + 1] if unit and unit.last + 1 < n else None
            if unit is not None and after is not None and after.start == tokens[unit.last].end \
                    and after.kind == "num" and not unit.unit[-1:].isdigit():  # fmt: skip
                return True  # "24703L202": a part number, not litres
        # "777-Series", "3-D": a hyphen then a capitalised word that is not a unit
        if nxt.text in "-–" and nxt.start == last.end and j + 2 < n:
            word = tokens[j + 2]
            if word.start == nxt.end and word.kind == "word" and word.text[:1].isupper() \
                    and not match_unit(tokens, j + 2):  # fmt: skip
                return True
    if _inside_name(text, tokens, i, j) or _after_acronym(text, tokens, i) or _street_number(tokens, j):
        return True
    glued_next = j + 1 < n and last.kind == "num" and tokens[j + 1].start == last.end
    if glued_next and tokens[j + 1].low in ("p", "i") and last.value in _VIDEO_LINES:
        return True  # "1080p", "720p": video resolutions, not pence
    bare = prev is None or prev.end != first.start or not (cur.symbol(prev.text) or cur.code(prev.text))
    if bare and last.kind == "num" and last.glued in ("B", "M", "K", "T"):
        if last.glued == "K" and len(last.text) == 2:
            return True  # "4K", "8K": display resolutions
        if j + 1 < n and tokens[j + 1].kind == "word" and tokens[j + 1].text[:1].isupper():
            return True  # "2B Mindset", "3M Company": a scale letter inside a name
    return bool(_RANK_BEFORE.search(text, max(0, first.start - 12), first.start))


_VIDEO_LINES = {144, 240, 360, 480, 540, 576, 720, 1080, 1440, 2160, 4320}
_STREET_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
                 "dr", "way", "place", "pl", "court", "ct", "square", "sq", "parkway", "pkwy", "terrace",
                 "highway"}  # fmt: skip
_NOT_ACRONYMS = {"TO", "IN", "OF", "BY", "AT", "ON", "FOR", "AND", "THE", "UP", "TOP", "OVER", "ALL", "AS", "IS",
                 "ARE", "WAS", "NO", "A", "AN", "OR", "NOW", "PER", "NEW", "NEARLY", "ABOUT"}  # fmt: skip


def _after_acronym(text: str, tokens: list[Token], i: int) -> bool:
    """'RTX 2060', 'GTX 1060', 'CA 94107': an upper-case code and a number make one name.

    Not in upper-case headlines ("DEATHS RISE TO 500"), where every word looks like a code.
    """
    if i < 1 or tokens[i].kind != "num" or "." in tokens[i].text or "," in tokens[i].text:
        return False
    prev = tokens[i - 1]
    stem = prev.text[:-1] if prev.text.endswith("s") else prev.text  # "SDGs 7 and 11"
    if prev.kind != "word" or not (2 <= len(stem) <= 5) or not stem.isupper() or not stem.isalpha():
        return False
    if prev.text in _NOT_ACRONYMS or match_unit(tokens, i - 1):  # money ("USD 5m") was taken before
        return False
    window = text[max(0, prev.start - 40) : tokens[i].end + 40]
    letters = [c for c in window if c.isalpha()]
    return sum(c.isupper() for c in letters) < 0.5 * len(letters)


def _street_number(tokens: list[Token], j: int) -> bool:
    """'520 Third Street', '10 Downing St': a house number."""
    for k in range(j + 1, min(j + 5, len(tokens))):
        word = tokens[k]
        if word.kind != "word" or not word.text[:1].isupper():
            return False
        if word.low.rstrip(".") in _STREET_WORDS and k > j + 1:
            return True
    return False


def _inside_name(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """'Boeing 737 MAX', 'Windows 11 Pro': digits between two capitalised words name a thing.
    The word before must not open a sentence or be a month ('In March 2020 Apple ...')."""
    if i < 2 or j + 1 >= len(tokens) or tokens[i].kind != "num" or tokens[i].glued:
        return False
    prev, nxt = tokens[i - 1], tokens[j + 1]
    if prev.kind != "word" or nxt.kind != "word" or not prev.text[:1].isupper() or not nxt.text[:1].isupper():
        return False
    if prev.low[:3] in MONTHS or cur.code(prev.text) or cur.code(nxt.text) or nxt.text in ("AM", "PM") \
            or "." in tokens[i].text or match_unit(tokens, j + 1):  # fmt: skip
        return False
    before = tokens[i - 2]
    opens_sentence = before.text in (".", "!", "?", "\n") or "\n" in text[before.end : prev.start]
    return not opens_sentence and prev.text not in ("I", "The", "A", "In", "On", "At", "By")


def _decade(tok: Token) -> bool:
    return tok.value is not None and len(tok.text) == 4 and tok.text.endswith("0")
