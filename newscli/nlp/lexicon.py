"""The closed word classes entity and speaker rules rely on: titles, role words, name heads, suffixes.

Loaded from newscli/data/entities_lexicon.tsv once per process. Every list there is one
a maintained package does not ship (places come from gazetteer.py instead).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from importlib.resources import files
from typing import Literal

Category = Literal[
    "honorific", "role", "rolemod", "legal", "org", "location", "misc", "product", "det", "time",
    "orgnoun", "placenoun", "worknoun", "personnoun", "locfirst", "speakernoun", "orgword",
    "particle", "abbreviation",
]  # fmt: skip


# The prepositions that join a role to its place or department: "Ambassador to | Germany",
# "Secretary of | State", "Senator from | Vermont".
ROLE_OBJECT_LINKS = frozenset({"of", "to", "from", "for"})


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = defaultdict(set)
    text = files("newscli").joinpath("data/entities_lexicon.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, word = line.split("\t", 1)
        words[category].add(word.strip())
    return {category: frozenset(found) for category, found in words.items()}


def words(category: Category) -> frozenset[str]:
    """All lower-case words of one category."""
    return _table().get(category, frozenset())


@lru_cache(maxsize=65536)
def is_a(word: str, category: Category) -> bool:
    """Whether the word (any case; a trailing '.' tried both ways) belongs to the category."""
    table = words(category)
    lower = word.lower()
    return lower in table or (lower.endswith(".") and lower[:-1] in table) or (lower + "." in table)


@lru_cache(maxsize=65536)
def head_type(word: str) -> Literal["organization", "location", "misc"] | None:
    """The entity type a name's head word implies: 'Ministry' -> organization."""
    if is_a(word, "legal") or is_a(word, "org"):
        return "organization"
    if is_a(word, "location"):
        return "location"
    if is_a(word, "misc"):
        return "misc"
    lower = word.lower()
    if len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss"):
        return head_type(word[:-1])  # "Laws", "Cups", "Games" type like their singular
    if len(lower) > 5 and lower.endswith("ism"):
        return "misc"  # "Judaism", "Catholicism": beliefs and movements
    return None
