"""Hyphens and glued characters at a name's edges.

"Saxony-Anhalt", "Tehreek-e-Insaaf", "Kim Jong-un" and "al-Qaeda" keep their hyphens; "Corp.-developed",
"10:45Reuters", "Force's" and "U.S.-made" lose what is glued to the name; "Co-ordinating" is one word.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newscli.models import EntityType
from newscli.nlp import gazetteer
from newscli.nlp.entities.text import TextIndex, is_namey

# a time or a year glued to a name ("10:45Reuters", "2018Xinhua"); "6PR", "3M" are names
# a lower-case word glued before it ("pro-Kremlin"), but not an Arabic article ("al-Qaeda", "el-Sisi")
_GLUED_LEAD = re.compile(
    r"^(?:\d*[:.,][\d:.,]*(?=[A-Z])|\d{4,}(?=[A-Z][a-z])|(?!(?:al|el|ad|ar|as|ash|at|az|an|ul|ibn|bin|bint)-)[a-z]+-(?=[A-Z]))"
)
# a word, possessive or punctuation glued to a name's end ("Corp.-developed", "Force's")
_PREFIXED_WORD = re.compile(r"(?:^|\s)(?:Co|Re|Pre|Non|Anti|Multi|Inter|Post|Sub)-[a-z]{5,}$")
_SYLLABLE_TAIL = re.compile(r"[A-Z][a-z]+-[a-z]{1,3}$")
_GLUED_TAIL = re.compile(r"(?:-[a-z][a-z-]*|['’‘]s?|[\s,;:!?\"”)\]]+)$")


_IZAFE = {"e", "i", "ul", "al", "ud", "ur", "ut", "us", "el"}


def linked_syllables(doc: Doc, i: int) -> int:
    """Where a name joined by hyphens to lower-case parts ends: "Tehreek-e-Insaaf", "Heung-min", "Jong-un".

    Returns i when doc[i] does not start such a part.
    """

    def attached(k: int) -> bool:
        return k < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_

    if not attached(i) or i + 1 >= len(doc) or not doc[i + 1].is_lower or not doc[i + 1].is_alpha:
        return i
    if doc[i + 1].lower_ in _IZAFE and attached(i + 2) and i + 3 < len(doc) and is_namey(doc[i + 3]):
        return i + 4  # "Pakistan Tehreek" + "-e-Insaaf"
    if len(doc[i + 1].text) <= 3 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha:
        return i + 2  # a given name of two syllables: "Son Heung" + "-min"
    return i


def hyphen_part(index: TextIndex, i: int) -> bool:
    """'-Anhalt' after 'Saxony': an infix hyphen joining two capitalised words of one name.

    Not when both halves are names on their own ("Russia-Ukraine talks").
    """
    doc = index.doc
    if i + 1 >= len(doc) or doc[i].text != "-" or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return False
    right = doc[i + 1]
    if not is_namey(right) or right.ent_iob_ == "B":
        return False
    left, whole = doc[i - 1].text, doc[i - 1].text + "-" + right.text
    known = gazetteer.lookup(left) or gazetteer.is_demonym(left)
    return bool(gazetteer.lookup(whole)) or not (
        known and (gazetteer.lookup(right.text) or gazetteer.is_demonym(right.text))
    )


def trim_chars(text: str, start: int, end: int, label: EntityType | None = None) -> tuple[int, int]:
    """Character-level edges inside tokens: '10:56Xinhua', 'Corp.-developed', "Force's".

    A person's name keeps a short syllable after a hyphen: "Kim Jong-un", "Son Heung-min".
    """
    chunk = text[start:end]
    lead = _GLUED_LEAD.match(chunk)
    if lead:
        start += lead.end()
    chunk = text[start:end]
    tail = _GLUED_TAIL.search(chunk)
    if tail and ((label == "person" and _SYLLABLE_TAIL.search(chunk)) or _PREFIXED_WORD.search(chunk)):
        tail = None  # "Kim Jong-un"; "Co-ordinating", "Re-elected" are one word
    while tail and tail.start() > 0:
        end = start + tail.start()
        chunk = text[start:end]
        tail = _GLUED_TAIL.search(chunk)
    return start, end
