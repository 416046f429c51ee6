"""Is one written name another's variant: a nickname ("Becca" for Rebecca) or a sound-alike spelling.

Nicknames come from the `nicknames` package (Carlton Northern and Nick Crews, Apache-2.0), a
hand-curated table of English given names and their usual short forms. Sound-alike spellings
("Janzen" / "Jensen") are the slips reporters make with a surname they heard: same length, the
same American Soundex code, at most two letters apart.
"""

from __future__ import annotations

from functools import lru_cache

_SOUNDEX = {c: d for d, letters in enumerate(("bfpv", "cgjkqsxz", "dt", "l", "mn", "r"), 1) for c in letters}


@lru_cache(maxsize=1)
def _canonicals() -> dict[str, frozenset[str]]:
    from nicknames import NickNamer  # imported on first use: only entity merging needs it

    return {nick: frozenset(names) for nick, names in NickNamer().canonical_lookup.items()}


def nickname_of(short: str, given: str) -> bool:
    """Is `short` a usual nickname of the given name `given` ("Becca", "Rebecca")? Case is ignored."""
    short, given = short.casefold(), given.casefold()
    return short != given and given in _canonicals().get(short, frozenset())


def is_nickname(word: str) -> bool:
    """Is word a usual short form of some given name ("Walt", "Becca")?"""
    return word.casefold() in _canonicals()


def soundex(word: str) -> str:
    """American Soundex: 'Jensen' -> 'J525', 'Janzen' -> 'J525', 'Murray' -> 'M600'."""
    letters = [c for c in word.casefold() if c.isalpha()]
    if not letters:
        return ""
    code, last = [letters[0].upper()], _SOUNDEX.get(letters[0], 0)
    for c in letters[1:]:
        digit = _SOUNDEX.get(c, 0)
        if digit and digit != last:
            code.append(str(digit))
        if c not in "hw":  # h and w do not separate two letters of one code
            last = digit
    return "".join([*code, "0", "0", "0"])[:4]


def sounds_alike(a: str, b: str) -> bool:
    """Two spellings of one long surname: same length (6+), same Soundex, two letters apart at most."""
    a, b = a.casefold(), b.casefold()
    if a == b or len(a) != len(b) or len(a) < 6 or a[0] != b[0]:
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) <= 2 and soundex(a) == soundex(b)
