"""One row per real-world entity: group mentions that name the same thing.

Links, from most to least certain: the same name (ignoring case, accents, dots, hyphens,
a leading "the"); an acronym defined in parentheses; a surname or first name of a person
named in full (the nearest preceding full name wins when two people share it); an
acronym whose letters are another name's initials ("U.S." / "United States"); two names
of one country in the gazetteer ("Russia" / "Russian Federation"); a company name
with and without its legal suffix ("Lockheed Martin" / "Lockheed Martin Corp."); and
one-letter spelling variants of long names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities.surnames import (
    AMBIGUOUS,
    FEMALE_TITLES,
    MALE_TITLES,
    OTHER,
    RELATIONS,
    Resolver,
    given_gender,
    resolve,
    same_person,
)
from newscli.nlp.entities.text import Candidate, is_acronym
from newscli.nlp.given_names import given_name

_FUNCTION = {"of", "the", "and", "for", "de", "in", "on", "at", "&", "to", "du", "des", "la", "le", "del"}
_LEADING_THE = re.compile(r"^the\s+")
_WORD_BREAK = re.compile(r"[\s\-]+")
_NOT_LETTER = re.compile(r"[^A-Za-z]")


def name_key(text: str) -> str:
    """The comparison form of a name: 'the U.S.' -> 'us', "Self-Defense Force's" -> 'self defense force'."""
    key = _LEADING_THE.sub("", gazetteer.fold_name(text))
    key = key.replace(".", "").replace("&", " and ").replace("-", " ")
    return " ".join(key.split())


class _Groups:
    """Union-find over candidate indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster(cands: list[Candidate], text: str = "") -> list[list[Candidate]]:
    """Group candidates (sorted by position) into entities, each list in text order."""
    cands = sorted(cands, key=lambda c: c.start)
    groups = _Groups(len(cands))
    keys = [name_key(c.text) for c in cands]
    assigned = _assign_name_parts(cands, keys, groups, text)
    first_of_key: dict[str, int] = {}
    for i, key in enumerate(keys):
        if i in assigned:
            continue
        if key in first_of_key:
            groups.union(first_of_key[key], i)
        else:
            first_of_key[key] = i
    by_start = {c.start: i for i, c in enumerate(cands)}
    for i, cand in enumerate(cands):
        if cand.link is not None and cand.link in by_start:
            groups.union(i, by_start[cand.link])
    _link_acronyms(cands, groups, assigned)
    titled = {keys[i] for i, cand in enumerate(cands) if title_before(text, cand.start)}  # "Mr. Harwell"
    _link_variants(keys, groups, assigned, titled)
    rows: dict[int, list[Candidate]] = {}
    for i, cand in enumerate(cands):
        rows.setdefault(groups.find(i), []).append(cand)
    return list(rows.values())


def _person_like(cands: list[Candidate], members: list[int]) -> bool:
    labels = Counter(cands[i].label for i in members if cands[i].label)
    votes = sum(cands[i].votes.get("person", 0.0) for i in members)
    text = cands[members[0]].text
    if any(lex.head_type(w) for w in text.split()) or gazetteer.lookup(text):
        return False
    return labels["person"] * 2 >= sum(labels.values()) > 0 or votes > 0 or any(cands[i].honorific for i in members)


def _assign_name_parts(cands: list[Candidate], keys: list[str], groups: _Groups, text: str) -> set[int]:
    """Link 'Kono' to the nearest 'Taro Kono' (before it if any, else after)."""
    full: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if len(key.split()) >= 2:
            full.setdefault(key, []).append(i)
    people = {key: members for key, members in full.items() if _person_like(cands, members)}
    if not people:
        return set()
    # the people whose names end (start) with one or two given words: "kono" -> ["taro kono"]
    ending: dict[tuple[str, ...], list[str]] = {}
    starting: dict[tuple[str, ...], list[str]] = {}
    for key in people:
        names = tuple(key.split())
        for n in range(1, min(len(names), 3)):
            ending.setdefault(names[-n:], []).append(key)
            starting.setdefault(names[:n], []).append(key)
    surnames = {key.split()[-1] for key in people}
    for key, members in full.items():
        words = cands[members[0]].text.split()
        # the NER saw a person's name there, or any name that starts with a given name: "Paul Reyes" is
        # a relative of "Ana Reyes", "Lagos State" none of "Boise State"
        tagged = any(cands[i].label == "person" for i in members) or (
            any(cands[i].label for i in members) and given_name(words[0]) is not None
        )
        if key not in people and tagged and key.split()[-1] in surnames and not any(lex.head_type(w) for w in words):
            for i in members:
                cands[i].votes["person"] = cands[i].votes.get("person", 0.0) + 1.5  # a relative's name
    titles: dict[str, list[str]] = {}  # the titles each bare name is written with: "trump" -> ["mr.", "ms.", ...]
    for i, key in enumerate(keys):
        title = title_before(text, cands[i].start)
        if title and key not in people:
            titles.setdefault(key, []).append(title.lower())
    assigned: set[int] = set()
    pending: dict[int, list[str]] = {}  # a bare name -> the people whose names hold it
    for i, key in enumerate(keys):
        words = key.split()
        if key in people or not words or len(words) >= 3:
            continue
        cand = cands[i]
        if cand.source == "pattern" or (cand.label == "location" and gazetteer.lookup(cand.text)):
            continue  # "Jordan" the country is not Michael Jordan
        suffix = ending.get(tuple(words), [])
        prefix = starting.get(tuple(words), [])
        place = gazetteer.lookup(cand.text)
        named = cand.label == "person" and place is not None and place.kind == "city"  # "Yao" (Zhe), not "Gauteng"
        if not suffix and _well_known_place(cand.text) and not named:
            continue  # "Perth" is the city, not short for "Perth Glory"
        targets = suffix or (prefix if len(prefix) == 1 else [])
        if not targets:
            continue
        pending[i] = targets
    if not pending:
        return assigned
    resolver = Resolver(cands, text, people, lambda key: _gender(cands, people[key], text))
    resolver.relatives = {key for key in people if _relative(cands, keys, people[key], key, text)}
    for i, choice in resolve(pending, resolver, _stops(cands, pending, people, keys)).items():
        cand = cands[i]
        if choice in (OTHER, AMBIGUOUS):
            cand.apart, cand.ambiguous = True, choice == AMBIGUOUS
            continue
        mentions = [j for k in pending[i] if same_person(k, choice) for j in people[k]] or people[choice]
        before = [j for j in mentions if cands[j].start < cand.start]
        target = max(before, key=lambda j: cands[j].start) if before else min(mentions, key=lambda j: cands[j].start)
        starts = [cands[j].start for j in mentions]
        title = title_before(text, cand.start)
        if not same_gender(title, cands[target].text, text, starts):
            continue  # "Lady Starmer" is someone other than "Keir Starmer"
        if title is None and _outnumbered(titles.get(keys[i], []), cands[target].text, text, starts):
            continue  # "Ivanka Trump" once, "Mr. Trump" twenty times: an untitled "Trump" is Mr. Trump
        groups.union(target, i)
        assigned.add(i)
        cand.part = True
    return assigned


def _gender(cands: list[Candidate], members: list[int], text: str) -> str | None:
    """A person's gender: from the given name, else from the pronouns after the full name when they agree.

    The given name goes first: the first pronoun after "Officer Tom Reyes" may be his widow's "she". Names
    borne by both ("Andrea", "Jean") leave it to the pronouns.
    """
    return given_gender(cands[members[0]].text) or _pronoun_gender(text, [cands[j].start for j in members])


RELATION_BEFORE = re.compile(r"\b(" + "|".join(sorted(RELATIONS)) + r")s?\s*,?\s+$")


def _relative(cands: list[Candidate], keys: list[str], members: list[int], key: str, text: str) -> bool:
    """Is a person introduced as someone's relative: "his son Paul Reyes", "Reyes's mother, Ana"?"""
    first = key.split()[0]
    named = [j for j, k in enumerate(keys) if k == first] + members  # "her mother, Fiona," is Fiona Roe too
    return any(RELATION_BEFORE.search(text, max(0, cands[j].start - 25), cands[j].start) for j in named)


def _stops(cands: list[Candidate], pending: dict[int, list[str]], people: dict[str, list[int]],
           keys: list[str]) -> dict[int, int]:  # fmt: skip
    """Where each bare name's clause stops being about it: the next person's name."""
    stops: dict[int, int] = {}
    next_start = len(cands) and max(c.end for c in cands) + 1_000_000
    for i in range(len(cands) - 1, -1, -1):
        if i in pending:
            stops[i] = next_start
        if cands[i].label == "person" or i in pending or keys[i] in people:
            next_start = cands[i].start
    return stops


def _outnumbered(titles: list[str], full_name: str, text: str, starts: list[int]) -> bool:
    """Do a surname's mentions with a title of the other gender outnumber the full name's own?"""
    other = sum(1 for t in titles if not same_gender(t, full_name, text, starts))
    return other > len(starts) + len(titles) - other


def _well_known_place(text: str) -> bool:
    """A country, region or city of 100,000 people: a name that rarely starts a person's name."""
    place = gazetteer.lookup(text)
    return place is not None and (place.kind != "city" or place.population >= 100_000)


def initials(text: str, keep_function_words: bool = False) -> str:
    """'Maritime Self-Defense Force' -> 'MSDF'; 'United States of America' -> 'USA'."""
    letters = []
    for word in _WORD_BREAK.split(text):
        if not word:
            continue
        if word.lower() in _FUNCTION and not keep_function_words:
            continue
        letters.append(word[0])
    return "".join(letters).upper()


def _link_acronyms(cands: list[Candidate], groups: _Groups, assigned: set[int]) -> None:
    long_forms: dict[str, list[int]] = {}
    for i, cand in enumerate(cands):
        if i in assigned or is_acronym(cand.text) or (len(cand.text.split()) < 2 and "-" not in cand.text):
            continue
        for form in {initials(cand.text), initials(cand.text, keep_function_words=True)}:
            if len(form) >= 2:
                long_forms.setdefault(form, []).append(i)
    countries: dict[str, int] = {}
    for i, cand in enumerate(cands):
        place = gazetteer.lookup(cand.text)
        if place is not None and place.kind == "country" and i not in assigned:
            if place.key in countries:
                groups.union(countries[place.key], i)
            else:
                countries[place.key] = i
        if not is_acronym(cand.text) or " " in cand.text:
            continue
        letters = _NOT_LETTER.sub("", cand.text).upper()
        matches = long_forms.get(letters, [])
        roots = {groups.find(j) for j in matches}
        if len(roots) == 1:
            groups.union(matches[0], i)


# heads written before or after what they govern: "Department of Energy", "Energy Department"
_REORDERED = {"department", "ministry", "office", "bureau", "agency"}


def _link_variants(keys: list[str], groups: _Groups, assigned: set[int], titled: set[str]) -> None:
    """Reordered, legal-suffix and one-letter spelling variants, and company short forms.

    A name written with a person's title ("Mr. Harwell") is no short form of a company
    ("Harwell Brothers Ltd."): it is the family the firm is named after.
    """
    firsts: dict[str, int] = {}
    for i, key in enumerate(keys):
        if i not in assigned and key not in firsts:
            firsts[key] = i
    for key, i in firsts.items():
        words = key.split()
        if 3 <= len(words) <= 5 and words[1] == "of" and words[0] in _REORDERED and "of" not in words[2:]:
            reordered = firsts.get(" ".join([*words[2:], words[0]]))
            if reordered is not None:
                groups.union(i, reordered)  # "Department of Energy" is the "Energy Department"
    bare: dict[str, int] = {}
    for key, i in firsts.items():
        words = key.split()
        if len(words) >= 2 and lex.is_a(words[-1], "legal"):
            stem = " ".join(words[:-1])
            bare.setdefault(stem, i)
            if stem in firsts:
                groups.union(i, firsts[stem])
    for key, i in firsts.items():
        words = key.split()
        if key in bare or key in titled or gazetteer.lookup(key) or gazetteer.is_demonym(key):
            continue
        longer = [j for stem, j in bare.items() if stem.split()[: len(words)] == words and stem != key]
        if len(longer) == 1:
            groups.union(i, longer[0])  # "Lockheed" -> "Lockheed Martin Corp."
    # One-letter variants share their first letter and differ in length by one at most, so
    # only keys of the same first letter and of equal or next length are compared.
    by_shape: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for key, i in firsts.items():
        if len(key) >= 6:
            by_shape.setdefault((key[0], len(key)), []).append((key, i))
    for (first, length), items in by_shape.items():
        for n, (key, i) in enumerate(items):
            for other, j in items[n + 1 :] + by_shape.get((first, length + 1), []):
                if one_edit(key, other) and not _known_word(key) and not _known_word(other):
                    groups.union(i, j)


def _known_word(key: str) -> bool:
    """A place or nationality word: "Austria" and "Australia" are not spelling variants."""
    return gazetteer.lookup(key) is not None or gazetteer.is_demonym(key)


def one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one insertion, deletion or substitution."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


_WORD_BEFORE = re.compile(r"([A-Za-z]+\.?)\s+$")


def title_before(text: str, start: int) -> str | None:
    """ "Lady" in "Lady Starmer": the honorific right before a mention, as written."""
    match = _WORD_BEFORE.search(text[max(0, start - 15) : start])
    title = match.group(1) if match else ""
    return title if title[:1].isupper() and honorific(title) else None  # not "his brother Jason"


def honorific(word: str) -> str | None:
    return word.lower() if lex.is_a(word, "honorific") else None


_PRONOUN = re.compile(r"\b(he|his|him|she|her|hers)\b", re.IGNORECASE)


def same_gender(title: str | None, full_name: str, text: str = "", starts: Iterable[int] = ()) -> bool:
    """ "Lady Starmer" is not "Keir Starmer"; "Mr Starmer" is.

    The full name's gender comes from its given name, else from the first pronoun after it.
    """
    if title is None:
        return True
    title = title.lower()
    gender: str | None = given_name(full_name.split()[0])
    if gender in (None, "-"):
        gender = _pronoun_gender(text, starts)
    return not ((title in FEMALE_TITLES and gender == "M") or (title in MALE_TITLES and gender == "F"))


def _pronoun_gender(text: str, starts: Iterable[int]) -> str | None:
    votes: Counter[str] = Counter()
    for start in starts:
        match = _PRONOUN.search(text, start, start + 150)
        if match:
            votes["M" if match.group(1).lower() in ("he", "his", "him") else "F"] += 1
    return votes.most_common(1)[0][0] if votes and len(votes) == 1 else None
