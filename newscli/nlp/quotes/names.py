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
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from newscli.models import Entity, EntityType
from newscli.nlp import lexicon as lex
from newscli.nlp.gazetteer import fold_name
from newscli.nlp.given_names import given_name

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
    written: dict[tuple[int, int], str] = {}
    for row in rows:
        name = clean_name(row.name, person=row.type == "person")
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
        written.update(((m.start, m.end), m.text) for m in row.mentions)
    for ref in [r for r in referents if r.type == "person" and len(r.tokens) > 1]:
        _split_surname(ref, referents, written)
        _usual_name(ref, written)
    return referents


def _usual_name(ref: Referent, written: dict[tuple[int, int], str]) -> None:
    """The person is named by the full form the article calls them by, if it writes one more than the row's:
    "Marta Lindqvist" written four times over a signature's "Marta Q. Lindqvist", and "Peter Halvorsen" over
    "Erik Peter Halvorsen" when the article calls him Peter. A form counts its own mentions and those of its
    given name alone; it must end in the row's surname, drop only words of the row's name, and begin with the
    row's given name or one the article writes alone (not "Van Buren" for "Clara Van Buren"). A form in
    capitals is a transcript's label, not a name form."""
    texts = [clean_name(written.get(sp, "")) for sp in ref.spans]
    written_tokens = [name_tokens(text) for text in texts]
    alone = {tokens[0] for tokens in written_tokens if len(tokens) == 1}
    forms = set()
    for text, tokens in zip(texts, written_tokens, strict=True):
        if len(tokens) > 1 and tokens[-1] == ref.tokens[-1] and _within(tokens, ref.tokens) and not text.isupper() \
                and (tokens[0] == ref.tokens[0] or tokens[0] in alone):  # fmt: skip
            forms.add(text)

    def uses(form: str) -> int:
        tokens = name_tokens(form)
        return sum(1 for written_form in written_tokens if written_form in (tokens, tokens[:1]))

    best = max(sorted(forms, key=len, reverse=True), key=uses, default=None)
    if best is not None and uses(best) > uses(ref.name):
        ref.name = best


def _split_surname(ref: Referent, referents: list[Referent], written: dict[tuple[int, int], str]) -> None:
    """A surname the rows gave this person but written alone twice before their full name is someone else's:
    "President Hale ... Mr. Hale said ... his daughter Ivana Hale" (speakers/namesakes settles which)."""
    bare = [sp for sp in ref.spans if name_tokens(clean_name(written.get(sp, ""))) == ref.tokens[-1:]]
    full = [sp[0] for sp in ref.spans if len(name_tokens(clean_name(written.get(sp, "")))) > 1]
    if full and _stands_alone(bare, min(full)):
        referents.append(Referent(name=ref.name.split()[-1], type="person", spans=bare, keys={ref.tokens[-1]}))
        ref.spans = [sp for sp in ref.spans if sp not in bare]


def absorb_short_names(referents: list[Referent]) -> None:
    """A one-word person ("Watt") joins the fuller person found later in the text ("David Watt")."""
    for short in [r for r in referents if r.type == "person" and len(r.tokens) == 1]:
        target = _fuller([r for r in referents if r is not short], short.tokens)
        if target is not None and not _stands_alone(short.spans, first_mention(target)):
            target.spans.extend(sp for sp in short.spans if sp not in target.spans)
            target.keys |= short.keys
            referents.remove(short)


def usual_gender(ref: Referent) -> str | None:
    """ "m"/"f" from the usual gender of a full name's given name ("Margaret Hale"); None for one word."""
    usual = given_name(ref.tokens[0]) if len(ref.tokens) > 1 else None
    return {"M": "m", "F": "f"}.get(usual or "")


def first_mention(ref: Referent) -> int:
    return min((s for s, _ in ref.spans), default=1 << 62)


def _stands_alone(spans: list[tuple[int, int]], introduced: int) -> bool:
    """A surname written alone twice before anyone of that name is introduced in full is a person of its
    own: "President Hale ... Mr. Hale ... his daughter Ivana Hale" (see speakers/namesakes)."""
    return sum(1 for start, _ in spans if start < introduced) >= 2


def _fuller(referents: list[Referent], tokens: list[str], tail_only: bool = False) -> Referent | None:
    """The one person whose name contains these tokens in order; the surname reading wins ties.

    A name typed as an organisation but shaped like a person's ("Tomás Vlček" tagged ORG)
    counts as a person here, joined only by its surname: "Harlow" is not "Harlow Stream", a
    service the company named itself; a lone place name joins a person only as a surname.
    """
    longer = [r for r in referents if (r.type == "person" or (r.type != "location" and looks_like_person_name(r.name)
                                                              and r.tokens[-len(tokens) :] == tokens))
              and len(r.tokens) > len(tokens) and _within(tokens, r.tokens)
              and (not tail_only or r.tokens[-len(tokens):] == tokens)]  # fmt: skip
    if len(longer) > 1:
        tails = [r for r in longer if r.tokens[-len(tokens) :] == tokens]
        longer = tails or longer
    # several namesakes: the one the article introduced first (speakers/namesakes settles bare mentions)
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


def clean_name(name: str, person: bool = True) -> str:
    """The name without a possessive, a leading "the", a headline verb or (a person's) a trailing lowercase
    word: "Teresa Nielsen Hayden explained" is Teresa Nielsen Hayden, "Hale administration" stays whole."""
    name = name.strip()
    words = name.split()
    while len(words) > 1 and ((person and words[-1][:1].islower()) or words[-1].lower() in _HEADLINE_VERBS):
        words.pop()  # "Teresa Nielsen Hayden explained", "Obama Says"
    name = _POSSESSIVE.sub("", " ".join(words)) if len(words) > 1 or len(name) > 3 else name
    if name.lower().startswith("the "):
        name = name[4:]
    words = name.split()
    while person and len(words) > 1 and words[0].lower().rstrip(".") in _COURTESY:
        words = words[1:]  # "Ms. Brandt" is Brandt (titles of office stay: "Prince Harry")
    if person:
        words = words[_after_initialism(words) :]
    return " ".join(words).strip()


def _after_initialism(words: list[str]) -> int:
    """ "Ravens GM Ozzie Newsome", "Leeds CEO Ana Ruiz": an initialism set before a given name and a surname is
    a title (the tagger kept it in the name); the name starts after it. Not before a single word ("DJ Shadow",
    "GM Korea") nor before words in capitals."""
    for i in range(len(words) - 2):
        word = words[i].replace(".", "")
        rest = words[i + 1 :]
        if 2 <= len(word) <= 4 and word.isalpha() and word.isupper() and len(rest) <= 3 \
                and all(w[:1].isupper() and not w.isupper() for w in rest):  # fmt: skip
            return i + 1
    return 0


_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx", "mme", "madame", "monsieur", "herr", "frau", "dr", "prof"})


def _compatible(a: EntityType, b: EntityType) -> bool:
    return a == b or "misc" in (a, b)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper()).casefold()
