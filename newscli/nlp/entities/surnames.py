"""Whose is a bare surname: the evidence that sends "Reyes" to one of the people who carry it.

A surname alone joins the person named in full only when nothing in the article says it is
someone else, and, when two people carry it, only when the article says which one is meant.

* One carrier ("Laura Bannon"): the bare mentions join her unless the pronouns that follow
  them in their clauses say otherwise, twice at least and more often than they agree
  ("Governor Bannon's budget did what he promised"): then they are someone else and stay a
  row of their own (`apart`).
* Two carriers ("Ana Reyes", "Tom Reyes"), per mention: a title one of them is written with
  ("Sergeant Reyes" is "Police Sergeant Tom Reyes"; "Adv" is "Advocate"), a title's gender
  ("Mrs."), the pronoun that follows in the clause ("Reyes and his partner"), else the
  pronouns of the sentences around it when all agree. A mention with no such evidence goes
  to the carrier named in full just before it in its paragraph, else where the evidenced
  mentions of that surname go when (nearly) all agree; otherwise it is ambiguous and makes
  no row ("the younger Reyes" beside two brothers Reyes): distance alone is no evidence.

Pronouns that usually point elsewhere are not read: objects ("told her"), and a pronoun
introducing speech ("the vote is a month away, she said").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from newscli.nlp import lexicon as lex
from newscli.nlp.entities.text import Candidate
from newscli.nlp.given_names import given_name

_PRONOUN = re.compile(
    r"\b(he|his|himself|she|hers|herself)\b(?!\s+(?:said|says|told|tells|added|asked|wrote|explained|noted))",
    re.IGNORECASE,
)
_MALE_PRONOUNS = {"he", "his", "himself"}
# a clause's window ends at a sentence end, a quotation mark or a line break (quoted words are someone's speech)
_WINDOW_END = re.compile(r"[.!?;](?=\s)|[\"“”\n]")
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”’])|\n")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_WORD_BEFORE = re.compile(r"([A-Z][A-Za-z]*\.?)\s+$")
_CLAUSE = 200  # characters: the rest of a clause
_SENTENCE = 400  # characters: at most a sentence

Gender = str  # "M" or "F"
OTHER = "<other>"  # the evidence says the mention is someone other than the people who carry the name
AMBIGUOUS = "<ambiguous>"  # two people carry it and nothing tells which is meant

# family words that introduce a relative of someone the article is about: "his son Paul Reyes"
RELATIONS = {"mother", "father", "mom", "dad", "son", "daughter", "wife", "husband", "brother", "sister",
             "uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter", "grandmother",
             "grandfather", "stepson", "stepdaughter", "stepfather", "stepmother", "widow", "widower"}  # fmt: skip
FEMALE_TITLES = {"lady", "mrs", "mrs.", "ms", "ms.", "miss", "dame", "madame", "mme", "queen", "princess",
                 "duchess", "baroness", "countess", "empress", "frau", "sister", "datin"}  # fmt: skip
MALE_TITLES = {"mr", "mr.", "sir", "lord", "king", "prince", "duke", "baron", "earl", "count", "emperor", "herr",
               "monsieur", "father", "brother"}  # fmt: skip


def title_gender(title: str | None) -> Gender | None:
    """ "M" for "Mr."/"Sir", "F" for "Ms."/"Lady", else None."""
    lower = title.lower() if title else ""
    return "F" if lower in FEMALE_TITLES else "M" if lower in MALE_TITLES else None


def given_gender(full_name: str) -> Gender | None:
    gender = given_name(full_name.split()[0])
    return gender if gender in ("M", "F") else None


def _gender_of(word: str) -> Gender:
    return "M" if word.lower() in _MALE_PRONOUNS else "F"


def pronoun_after(text: str, end: int, stop: int) -> Gender | None:
    """The gender of the first he/she pronoun in the rest of the clause, before the next person's name."""
    window = text[end : min(stop, end + _CLAUSE)]
    cut = _WINDOW_END.search(window)
    match = _PRONOUN.search(window, 0, cut.start() if cut else len(window))
    return _gender_of(match.group(1)) if match else None


def pronouns_around(text: str, start: int, end: int, stop: int) -> Gender | None:
    """The one gender of the pronouns in the sentence before, of, and after a mention, quotes aside.

    The window stops at the next person's name: "Reyes's mother, Ana Reyes, ... she".
    """
    begin = start
    for _ in range(2):  # back to the start of the sentence before
        begin -= len(text[max(0, begin - _SENTENCE) : begin]) - len(text[max(0, begin - _SENTENCE) : begin].rstrip())
        ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, begin - _SENTENCE), max(0, begin - 1))]
        begin = ends[-1] if ends else max(0, begin - _SENTENCE)
    finish = end
    for _ in range(2):  # on to the end of the sentence after
        finish += len(text[finish : finish + _SENTENCE]) - len(text[finish : finish + _SENTENCE].lstrip())
        match = _SENTENCE_END.search(text, finish + 1, finish + _SENTENCE)
        finish = match.end() if match else min(len(text), finish + _SENTENCE)
    window = _QUOTED.sub(" ", text[begin : min(finish, stop)])
    genders = {_gender_of(m.group(1)) for m in _PRONOUN.finditer(window)}
    return genders.pop() if len(genders) == 1 else None


def title_word(text: str, cand: Candidate) -> str | None:
    """The title standing before (or starting) a mention: "sergeant" in "Sergeant Reyes", "adv" in "Adv Molefe"."""
    first = cand.text.split()[0]
    if " " in cand.text and _titled(first):
        return first.rstrip(".").lower()
    match = _WORD_BEFORE.search(text[max(0, cand.start - 20) : cand.start])
    word = match.group(1) if match else ""
    return word.rstrip(".").lower() if word and _titled(word) else None


def _titled(word: str) -> bool:
    return lex.is_a(word, "honorific") or lex.is_a(word, "role")


def same_title(short: str, full: str) -> bool:
    """ "adv" is "advocate", "sen" "senator": a title and its abbreviation."""
    return short == full or (len(short) >= 3 and (full.startswith(short) or short.startswith(full)))


class Resolver:
    """Evidence about which of the people carrying a name its bare mentions stand for."""

    def __init__(
        self, cands: list[Candidate], text: str, people: dict[str, list[int]], gender: Callable[[str], Gender | None]
    ) -> None:
        self.cands = cands
        self.text = text
        self.people = people
        self.gender = gender
        self._titles: dict[str, set[str]] = {}
        self.relatives: set[str] = set()  # people introduced as someone's relative ("his son X")

    def titles(self, key: str) -> set[str]:
        """The titles written before a person's full-name mentions."""
        if key not in self._titles:
            found = {title_word(self.text, self.cands[j]) for j in self.people[key]}
            self._titles[key] = {t for t in found if t}
        return self._titles[key]

    def just_named(self, i: int, targets: list[str]) -> str | None:
        """The carrier named in full last before a mention in its paragraph, unless named as a relative:
        "Tom Keller won the first race. Keller was delighted." """
        start = self.cands[i].start
        before = [(self.cands[j].start, k) for k in targets for j in self.people[k] if self.cands[j].start < start]
        if not before:
            return None
        at, key = max(before)
        return key if "\n" not in self.text[at:start] and key not in self.relatives else None

    def pronoun(self, i: int, stop: int) -> Gender | None:
        cand = self.cands[i]
        return title_gender(title_word(self.text, cand)) or pronoun_after(self.text, cand.end, stop)

    def allowed(self, i: int, targets: list[str], stop: int) -> tuple[list[str], bool]:
        """The targets a mention's own evidence leaves, and whether it had any (two carriers or more)."""
        cand = self.cands[i]
        title = title_word(self.text, cand)
        if title:
            titled = [k for k in targets if any(same_title(title, t) for t in self.titles(k))]
            if len(titled) == 1:
                return titled, True  # "Sergeant Reyes" is the one named "Police Sergeant Tom Reyes"
        own = self.pronoun(i, stop) or pronouns_around(self.text, cand.start, cand.end, stop)
        if own is None:
            return targets, False
        return [k for k in targets if self.gender(k) in (own, None)], True


def resolve(pending: dict[int, list[str]], resolver: Resolver, stops: dict[int, int]) -> dict[int, str]:
    """Each bare mention's person (a full name's key), OTHER or AMBIGUOUS."""
    out: dict[int, str] = {}
    by_name: dict[tuple[str, ...], list[int]] = {}
    for i, targets in pending.items():
        by_name.setdefault(tuple(_one_per_person(targets)), []).append(i)
    for names, members in by_name.items():
        if len(names) == 1:
            out.update(_one_carrier(names[0], members, resolver, stops))
        else:
            out.update(_carriers(list(names), members, resolver, stops))
    return out


def same_person(key: str, other: str) -> bool:
    """ "thomas r hale" and "thomas hale", "benjamin hale" and "ben hale": one man written two ways."""
    words, others = key.split(), other.split()
    first, other_first = sorted((words[0], others[0]), key=len)
    return words[-1] == others[-1] and (first == other_first or (len(first) >= 3 and other_first.startswith(first)))


def _one_per_person(targets: list[str]) -> list[str]:
    kept: list[str] = []
    for key in targets:
        if not any(same_person(key, k) for k in kept):
            kept.append(key)
    return kept


def _one_carrier(key: str, members: list[int], resolver: Resolver, stops: dict[int, int]) -> dict[int, str]:
    """All bare mentions join the one carrier, unless their pronouns mostly say someone else; a mention
    with a title of one gender ("Ms. Dalton") goes by its title."""
    gender = resolver.gender(key)
    votes = Counter(g for i in members if (g := resolver.pronoun(i, stops[i])) is not None)
    contra = sum(n for g, n in votes.items() if gender is not None and g != gender)
    choice = OTHER if contra >= 2 and contra > sum(votes.values()) - contra else key
    out: dict[int, str] = {}
    for i in members:
        titled = title_gender(title_word(resolver.text, resolver.cands[i]))
        out[i] = choice if titled is None or gender is None else key if titled == gender else OTHER
    return out


def _carriers(targets: list[str], members: list[int], resolver: Resolver, stops: dict[int, int]) -> dict[int, str]:
    """Two people or more carry the name: each mention's own evidence, else the full name just before it in
    its paragraph, else where the evidenced mentions (nearly) all go, else the one carrier who is not
    introduced as someone's relative; failing all, AMBIGUOUS."""
    decided: dict[int, str] = {}
    for i in members:
        allowed, spoke = resolver.allowed(i, targets, stops[i])
        if spoke and len(allowed) <= 1:
            decided[i] = allowed[0] if allowed else OTHER
    votes = Counter(decided.values())
    if votes:
        choice, count = votes.most_common(1)[0]
        rest = choice if count * 3 >= sum(votes.values()) * 2 else AMBIGUOUS  # "Kessler ... his": mostly him
    else:
        # a relative introduced as such ("Kessler's sister, Ines Kessler") is named in full or by first
        # name afterwards; the surname stays with the person the article is about
        others = [k for k in targets if k not in resolver.relatives]
        rest = others[0] if len(others) == 1 else AMBIGUOUS
    return {i: decided.get(i) or resolver.just_named(i, targets) or rest for i in members}
