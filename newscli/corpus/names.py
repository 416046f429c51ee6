"""One key per real-world name across a corpus: spellings, honorifics and transliterations fold.

Inside one article the entity step has already joined "Kono" to "Taro Kono". Across articles
only the names are left, so two names are the same person when their keys are equal:
accents, case, honorifics ("Mr", "Sir"), possessives and the usual transliteration endings
("Zelensky", "Zelenskiy", "Zelenskyy") fold away, while first names stay, so Keir and
Victoria Starmer keep two keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newscli.nlp.lexicon import is_a

# Endings organisation names drop in passing: "Labour Party" is "Labour", "Acme Inc." is "Acme".
_ORG_TAILS = frozenset({"party", "inc", "ltd", "plc", "llc", "corp", "corporation", "co", "company", "group", "ag",
                        "sa", "gmbh", "nv", "limited"})  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents or punctuation: 'Zelenskyy’s' -> 'zelenskyy’s'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _transliterated(word: str) -> str:
    """One spelling for the variants transliteration gives: y/i, doubled letters, -iy/-yy endings."""
    word = re.sub(r"(.)\1+", r"\1", word)  # Zelenskyy -> Zelensky, Muammar -> Muamar
    word = word.replace("y", "i")  # Volodymyr / Volodimir, Zelensky / Zelenski
    return re.sub(r"(?:ii|ij)$", "i", word)  # Zelenskii, Zelenskij


def words(name: str) -> list[str]:
    """The name's words, folded, possessive and honorifics dropped: 'Sir Keir Starmer's' -> [keir, starmer]."""
    found = list(_WORD.findall(fold(name)))
    if found and found[-1].endswith(("'s", "’s")):
        found[-1] = found[-1][:-2]
    while len(found) > 1 and is_a(found[0], "honorific"):
        found.pop(0)
    return [w.replace("’", "'") for w in found if w]


def name_key(name: str, entity_type: str) -> str:
    """The key two names of one real-world entity share."""
    parts = words(name)
    if entity_type == "organization":
        if parts and parts[0] == "the" and len(parts) > 1:
            parts = parts[1:]
        while len(parts) > 1 and parts[-1] in _ORG_TAILS:
            parts.pop()
        return " ".join(parts)
    if entity_type == "person":
        return " ".join(_transliterated(w) for w in parts)
    return " ".join(parts)


def surname_of(key: str) -> str:
    """The last word of a person's key: where a bare surname would join it."""
    return key.rsplit(" ", 1)[-1]
