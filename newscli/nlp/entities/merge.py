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

from newscli.models import EntityType
from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
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
    _link_variants(keys, groups, assigned)
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
        tagged = any(cands[i].label for i in members)  # the NER saw a name there
        if key not in people and tagged and key.split()[-1] in surnames and not any(lex.head_type(w) for w in words):
            for i in members:
                cands[i].votes["person"] = cands[i].votes.get("person", 0.0) + 1.5  # a relative's name
    assigned: set[int] = set()
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
        mentions = [j for k in targets for j in people[k]]
        before = [j for j in mentions if cands[j].start < cand.start]
        target = max(before, key=lambda j: cands[j].start) if before else min(mentions, key=lambda j: cands[j].start)
        starts = [cands[j].start for j in mentions]
        if not _same_gender(title_before(text, cand.start), cands[target].text, text, starts):
            continue  # "Lady Starmer" is someone other than "Keir Starmer"
        groups.union(target, i)
        assigned.add(i)
        cand.part = True
    return assigned


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


def _link_variants(keys: list[str], groups: _Groups, assigned: set[int]) -> None:
    """Legal-suffix variants, company short forms and one-letter spelling variants."""
    firsts: dict[str, int] = {}
    for i, key in enumerate(keys):
        if i not in assigned and key not in firsts:
            firsts[key] = i
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
        if key in bare or gazetteer.lookup(key) or gazetteer.is_demonym(key):
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
                if _one_edit(key, other) and not _known_word(key) and not _known_word(other):
                    groups.union(i, j)


def _known_word(key: str) -> bool:
    """A place or nationality word: "Austria" and "Australia" are not spelling variants."""
    return gazetteer.lookup(key) is not None or gazetteer.is_demonym(key)


def _one_edit(a: str, b: str) -> bool:
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


# the head of a landform's name, which the article may drop: "the Gaza Strip" ... "Gaza"
_LANDFORMS = [[w] for w in ("strip", "peninsula", "basin", "delta", "desert", "plateau", "archipelago")]
_FEMALE = {"lady", "mrs", "mrs.", "ms", "ms.", "miss", "dame", "madame", "mme", "queen", "princess", "duchess",
           "baroness", "countess", "empress", "frau", "sister", "datin"}  # fmt: skip
_MALE = {"mr", "mr.", "sir", "lord", "king", "prince", "duke", "baron", "earl", "count", "emperor", "herr",
         "monsieur", "father", "brother"}  # fmt: skip


Row = tuple[list[Candidate], str, EntityType]


def join_short_forms(rows: list[Row], text: str) -> list[Row]:
    """Join a row that is a shorter form of exactly one fuller row of the article.

    After typing, when every row knows what it is: "Al Saud" and "Chalobah" join the one person
    whose name holds them ("Abu Anas Al Saud", "Trevoh Chalobah"), unless a title says the
    short form is someone else ("Lady Starmer" is not "Keir Starmer"); "Communist Party" joins
    "Chinese Communist Party", "National Bank" "National Bank of Canada", "Labour" "Labour Party".
    A short form two fuller rows could stand for stays on its own.
    """
    keyed = [(name_key(name).split(), kind) for _, name, kind in rows]
    into: dict[int, int] = {}
    for n in sorted(range(len(rows)), key=lambda k: len(keyed[k][0])):
        words, kind = keyed[n]
        if not words or kind not in ("person", "organization", "location", "misc"):
            continue
        honorific = _title_of(rows[n][0], text)
        bare = words[1:] if honorific and len(words) > 1 else words
        targets = [
            m for m, (other, other_kind) in enumerate(keyed)
            if m != n and m not in into and len(other) > len(bare) and _fuller(bare, other, other_kind, kind)
        ]  # fmt: skip
        full = rows[targets[0]] if len(targets) == 1 else None
        if full is None or not _same_gender(honorific, full[1], text, [m.start for m in full[0]]):
            continue
        into[n] = targets[0]
    out: list[Row] = []
    joined: dict[int, list[Candidate]] = {m: list(rows[m][0]) for m in range(len(rows)) if m not in into}
    for n, target in into.items():
        while target in into:
            target = into[target]
        for mention in rows[n][0]:
            mention.part = mention.part or rows[target][2] == "person"
        joined[target].extend(rows[n][0])
    for m, group in joined.items():
        out.append((sorted(group, key=lambda c: c.start), rows[m][1], rows[m][2]))
    return out


def _fuller(short: list[str], full: list[str], full_kind: EntityType, kind: EntityType) -> bool:
    """Is `short` a short form of the name `full`?"""
    size = len(short)
    if full_kind == "person":
        if kind == "location" or (kind != "person" and (size > 1 or gazetteer.is_demonym(short[0]))):
            return False  # a lone surname typed otherwise ("Chalobah", "Mills") still joins
        return any(full[k : k + size] == short for k in range(len(full) - size + 1)) and len(short[-1]) > 2
    if kind == "location" or full_kind == "location":
        # "Bus Stand" is "Lindi Bus Stand", "Gaza" the "Gaza Strip"; but "Mexico" is not "Mexico City"
        places = kind in ("location", "organization") and full_kind in ("location", "organization")
        landform = kind == full_kind == "location" and full[:size] == short and full[size:] in _LANDFORMS
        return places and (landform or (size >= 2 and full[-size:] == short and _place_words(full[:-size])))
    if kind != "organization" or full_kind != "organization":
        return False
    if full[:size] == short:  # "Labour" + "Party", "National Bank" + "of Canada"
        rest = full[size:]
        head = len(rest) == 1 and (lex.head_type(rest[0]) == "organization" or lex.is_a(rest[0], "orgnoun"))
        return (size == 1 and head) or rest[0] == "of"  # "Forbes" + "Magazine"
    if full[-size:] != short or (size < 2 and not _country_word(full[:-size])):
        return False  # "Senate" is the "U.S. Senate", "Army" the "Pakistan Army"
    if len(full) == size + 2 and full[1] == "of" and lex.head_type(full[0]) == "organization":
        return True  # "Homeland Security" is the "Department of Homeland Security"
    return _place_words(full[:-size])  # "Chinese" + "Communist Party"; not "Royal" + "Bank of Canada"


def _country_word(words: list[str]) -> bool:
    place = gazetteer.lookup(words[0]) if len(words) == 1 else None
    return (place is not None and place.kind == "country") or (len(words) == 1 and gazetteer.is_demonym(words[0]))


def _place_words(words: list[str]) -> bool:
    """ "Chinese", "Lindi", "Ukraine's": the words of a place or nationality before a name."""
    return all(gazetteer.is_demonym(w) or gazetteer.lookup(w) or w.endswith("'s") for w in words)


def _title_of(group: list[Candidate], text: str) -> str | None:
    """The title before (or starting) a row's first mention ("lady" in "Lady Starmer"), if any."""
    first = min(group, key=lambda c: c.start)
    title = title_before(text, first.start)
    return title.lower() if title else _honorific(first.text.split()[0])


_WORD_BEFORE = re.compile(r"([A-Za-z]+\.?)\s+$")


def title_before(text: str, start: int) -> str | None:
    """ "Lady" in "Lady Starmer": the honorific right before a mention, as written."""
    match = _WORD_BEFORE.search(text[max(0, start - 15) : start])
    title = match.group(1) if match else ""
    return title if title[:1].isupper() and _honorific(title) else None  # not "his brother Jason"


def _honorific(word: str) -> str | None:
    return word.lower() if lex.is_a(word, "honorific") else None


_PRONOUN = re.compile(r"\b(he|his|him|she|her|hers)\b", re.IGNORECASE)


def _same_gender(title: str | None, full_name: str, text: str = "", starts: Iterable[int] = ()) -> bool:
    """ "Lady Starmer" is not "Keir Starmer"; "Mr Starmer" is.

    The full name's gender comes from its given name, else from the first pronoun after it.
    """
    if title is None:
        return True
    title = title.lower()
    gender: str | None = given_name(full_name.split()[0])
    if gender in (None, "-"):
        gender = _pronoun_gender(text, starts)
    return not ((title in _FEMALE and gender == "M") or (title in _MALE and gender == "F"))


def _pronoun_gender(text: str, starts: Iterable[int]) -> str | None:
    votes: Counter[str] = Counter()
    for start in starts:
        match = _PRONOUN.search(text, start, start + 150)
        if match:
            votes["M" if match.group(1).lower() in ("he", "his", "him") else "F"] += 1
    return votes.most_common(1)[0][0] if votes and len(votes) == 1 else None
