"""Names for quote speakers: the referents an article names, built from its entity rows.

The rows may be resolved entities (one per person, with aliases) or raw spaCy entities
grouped by surface; the same merge serves both. A short name joins the one longer person
name it is part of ("Moreno" -> "Lucia Moreno", "Princess Amara" -> "Amara
Osei"), compared without accents and titles; a lone surname that spaCy typed as an
organisation or place still joins the person it names, since taggers often get the type
of a bare surname wrong but rarely its spelling.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from newscli.models import Entity, EntityType
from newscli.nlp import lexicon as lex
from newscli.nlp.gazetteer import fold_name

# The word lists below are the entity lexicon's (newscli/data/entities_lexicon.tsv), so that
# entity rows and quote speakers agree on what a title or a person noun is.


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Titles before a name ("mr", "dr", "president", "monsignor"): honorifics and role heads, without dots."""
    return _lexicon("honorific", "role")


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """What a description must be headed by to stand for a person: person nouns and role heads."""
    return _lexicon("personnoun", "speakernoun", "role")


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    """Words that make a capitalised name an institution's ("Northern Development Bank", "Federal Reserve")."""
    return _lexicon("org", "legal", "orgword")


def _lexicon(*categories: lex.Category) -> frozenset[str]:
    return frozenset(word.rstrip(".") for category in categories for word in lex.words(category))


_NOT_PEOPLE = frozenset({
    "power", "paper", "order", "number", "letter", "water", "border", "matter", "center", "centre", "chapter",
    "member-state", "quarter", "computer", "corner", "error", "door", "floor", "factor", "sector", "motor"
})  # fmt: skip


def is_person_noun(lemma: str, strict: bool = False) -> bool:
    """ "minister", "herpetologist", "spokeswoman": a noun that denotes a person (strict: listed ones only)."""
    lemma = lemma.lower()
    if lemma in _person_nouns():
        return True
    if strict:
        return False
    if lemma in _NOT_PEOPLE or len(lemma) < 5:
        return False
    return lemma.endswith(("ist", "ian", "man", "woman", "person", "er", "or"))


@dataclass
class Referent:
    """One person or organisation the article names, as quote attribution sees it."""

    name: str
    type: EntityType
    spans: list[tuple[int, int]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # folded names that identify it
    descriptors: dict[str, bool] = field(default_factory=dict)  # lemma -> is a nationality/place word
    roles: set[str] = field(default_factory=set)  # head nouns of its descriptions: "minister"
    gender: str | None = None
    person_like: bool = False  # typed otherwise, but described as a person ("spokesperson, Dana Ruiz")

    @property
    def tokens(self) -> list[str]:
        return name_tokens(self.name)

    @property
    def is_person(self) -> bool:
        return self.type == "person" or self.person_like


def looks_like_person_name(name: str) -> bool:
    """Two to four capitalised words with no organisation word: "Tomás Vlček", not "Defence Forces"."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words) \
        and not any(fold_name(w).strip(".,") in org_words() for w in words)  # fmt: skip


def name_tokens(name: str) -> list[str]:
    """Folded tokens of a name without leading titles: "President Ana Soto" -> ["ana", "soto"]."""
    return list(_name_tokens(name))


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[str, ...]:
    # cached: every referent's tokens are compared with every other's while rows are merged
    tokens = fold_name(_POSSESSIVE.sub("", name)).replace(".", "").replace(",", " ").split()
    while len(tokens) > 1 and tokens[0] in titles():
        tokens = tokens[1:]
    while len(tokens) > 2 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]  # "Robert Downey Jr." is Downey
    return tuple(tokens)


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def build_referents(entities: Iterable[Entity]) -> list[Referent]:
    """One referent per person/organisation; shorter forms join the one fuller name they are part of."""
    rows = sorted((e for e in entities if e.type in ("person", "organization", "location", "misc")),
                  key=lambda e: (-len(name_tokens(e.name)), -e.count))  # fmt: skip
    referents: list[Referent] = []
    for row in rows:
        name = clean_name(row.name)
        tokens = name_tokens(name)
        if not tokens or all(t in titles() for t in tokens):
            continue  # "Monsenor" alone is a title the tagger split off a name
        key = " ".join(tokens)
        target = next((r for r in referents if key in r.keys and _compatible(r.type, row.type)), None)
        if target is None and (row.type == "person" or len(tokens) == 1):
            target = _fuller(referents, tokens, tail_only=row.type == "location")
        if target is None and row.type == "organization" and name.isupper() and len(name) > 1:
            acronym = fold_name(name)
            target = next((r for r in referents if r.type == "organization" and _initials(r.name) == acronym), None)
        if target is None:
            target = Referent(name=name, type=row.type)
            referents.append(target)
            if row.role:
                for word in row.role.split():
                    target.descriptors[fold_name(word)] = False
                target.roles.add(fold_name(row.role.split()[-1]))
        target.keys.update({key, fold_name(name)})
        target.keys.update(" ".join(name_tokens(a)) for a in row.aliases)
        target.spans.extend((m.start, m.end) for m in row.mentions)
    return referents


def absorb_short_names(referents: list[Referent]) -> None:
    """A one-word person ("Watt") joins the fuller person found later in the text ("David Watt")."""
    for short in [r for r in referents if r.type == "person" and len(r.tokens) == 1]:
        target = _fuller([r for r in referents if r is not short], short.tokens)
        if target is not None:
            target.spans.extend(sp for sp in short.spans if sp not in target.spans)
            target.keys |= short.keys
            referents.remove(short)


def first_mention(ref: Referent) -> int:
    return min((s for s, _ in ref.spans), default=1 << 62)


def settle_surnames(referents: list[Referent], text: str, recent: Callable[[int], int]) -> None:
    """Which of two namesakes a bare surname is.

    The one called by first name in the last sentences before it ("Swift and Travis attended ...
    "...," Kelce shared"); failing that, the one introduced first: news copy gives later namesakes
    their full or first name ("His sister, Ilse Brenner"). recent(pos) is where the sentences just
    before pos begin.
    """
    by_surname: dict[str, list[Referent]] = {}
    for ref in referents:
        if ref.type == "person" and len(ref.tokens) > 1:
            by_surname.setdefault(ref.tokens[-1], []).append(ref)
    for surname, group in by_surname.items():
        if len(group) < 2:
            continue

        def bare(sp: tuple[int, int], surname: str = surname) -> bool:
            return name_tokens(clean_name(text[sp[0] : sp[1]])) == [surname]

        default = min(group, key=first_mention)
        spans = sorted({sp for r in group for sp in r.spans if bare(sp)})
        for ref in group:
            ref.spans = [sp for sp in ref.spans if not bare(sp)]
        for sp in spans:
            local = [r for r in group if any(recent(sp[0]) <= a < sp[0] and name_tokens(clean_name(text[a:b]))
                                             == r.tokens[:1] for a, b in r.spans)]  # fmt: skip
            (local[0] if len(local) == 1 else default).spans.append(sp)


def _fuller(referents: list[Referent], tokens: list[str], tail_only: bool = False) -> Referent | None:
    """The one person whose name contains these tokens in order; the surname reading wins ties.

    A name typed as an organisation but shaped like a person's ("Tomás Vlček" tagged ORG)
    counts as a person here; a lone place name joins a person only as a surname.
    """
    longer = [r for r in referents if (r.type == "person" or (r.type != "location" and looks_like_person_name(r.name)))
              and len(r.tokens) > len(tokens) and _within(tokens, r.tokens)
              and (not tail_only or r.tokens[-len(tokens):] == tokens)]  # fmt: skip
    if len(longer) > 1:
        tails = [r for r in longer if r.tokens[-len(tokens) :] == tokens]
        longer = tails or longer
    # several namesakes: the one the article introduced first (see settle_surnames)
    return min(longer, key=first_mention) if longer else None


def _within(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(token in it for token in short)


# Verbs that headlines glue to a name the tagger then takes for part of it ("Obama Says Bill ...").
_HEADLINE_VERBS = frozenset({
    "says", "said", "tells", "told", "warns", "warned", "slams", "blasts", "claims", "urges", "vows", "insists",
    "admits", "reveals", "denies", "asks", "hails", "praises", "accuses", "responds", "reacts", "speaks", "writes",
    "tweets", "announces", "confirms", "explains", "rejects", "defends", "backs", "thanks", "shares", "weighs"
})  # fmt: skip
_POSSESSIVE = re.compile(r"\s*['’‘ʼ`´]s?$")


def clean_name(name: str) -> str:
    """The name without a possessive, a leading "the", a headline verb or a trailing lowercase word."""
    name = name.strip()
    words = name.split()
    while len(words) > 1 and (words[-1][:1].islower() or words[-1].lower() in _HEADLINE_VERBS):
        words.pop()  # "Teresa Nielsen Hayden explained", "Obama Says"
    name = _POSSESSIVE.sub("", " ".join(words)) if len(words) > 1 or len(name) > 3 else name
    if name.lower().startswith("the "):
        name = name[4:]
    return name.strip()


def _compatible(a: EntityType, b: EntityType) -> bool:
    return a == b or "misc" in (a, b)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper()).casefold()
