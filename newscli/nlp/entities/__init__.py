"""The entity table: one row per real-world person, organisation, place or other name.

Steps, each in its own module:

1. truecase  - capitals-only headlines are truecased and tagged again;
2. repair    - the NER's spans get clean edges (no "the", "'s", titles, lists);
3. recall    - acronyms defined in parentheses and repeated names are added;
4. merge     - mentions of one entity are grouped (Kono -> Taro Kono, U.S. -> United States);
5. types     - one type per entity, by weighing every mention's label and evidence;
6. roles     - people's roles from the words around their names, then (descriptions) from a
               later "the actress ..." or a predicate the parse links to them.

Rows are ranked by salience: how often and how early the article names them.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from newscli.models import Entity, EntityType, Mention
from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities.datelines import conventions, datelines, state_abbreviations
from newscli.nlp.entities.descriptions import described_roles
from newscli.nlp.entities.lists import list_votes
from newscli.nlp.entities.merge import cluster, title_before
from newscli.nlp.entities.recall import acronym_definitions, capitalised_runs, defined_terms, repeats
from newscli.nlp.entities.repair import repair_ents
from newscli.nlp.entities.roles import role_of, roles_in_text
from newscli.nlp.entities.rolewords import strength
from newscli.nlp.entities.shortforms import join_short_forms
from newscli.nlp.entities.text import Candidate, TextIndex, is_acronym
from newscli.nlp.entities.truecase import headline_candidates
from newscli.nlp.entities.types import UNTYPED, best_type, evidence
from newscli.nlp.given_names import given_name
from newscli.nlp.lexicon import head_type
from newscli.nlp.spans import Spans


def extract_entities(doc: Doc) -> list[Entity]:
    """Entities of a parsed article, most salient first, each with all its mentions."""
    index = TextIndex(doc)
    found = mentions(index)
    terms = defined_terms(index.text)
    groups = [
        group
        for group in cluster(found, index.text)
        if not _common_word(index, group)
        and not _common_phrase(index, group)
        and not all(m.text in terms for m in group)
        and not all(index.in_aside(m.start) and m.source != "dateline" for m in group)  # headings, teasers: no rows
        and not all(lex.is_a(m.text, "abbreviation") for m in group)  # "VAT", "AI", "MPs"
        and not all(_photo_credit(index.text, m) for m in group)  # "(Ann Roe/Getty Images)"
        and not all(_DEGREES_BEFORE.search(index.text, max(0, m.start - 12), m.start) for m in group)  # "Fahrenheit"
        and not all(m.ambiguous for m in group)  # "the younger Reyes" beside two brothers Reyes
    ]
    typed: list[tuple[list[Candidate], str]] = []
    scores: list[dict[EntityType, float]] = []
    for group in groups:
        name = canonical_name(group)
        score = evidence(index, group, name)
        if all(m.source == "pattern" for m in group) and max(score.values(), default=0.0) <= UNTYPED:
            continue  # an untagged capitalised run with nothing to say what it is
        typed.append((group, name))
        scores.append(score)
    kinds = [_unsure_person(best_type(s), s, group, name) for s, (group, name) in zip(scores, typed, strict=True)]
    listed = list_votes(index.text, [group for group, _ in typed], scores, kinds)
    for n, (score, votes) in enumerate(zip(scores, listed, strict=True)):
        if votes:
            kinds[n] = best_type({t: score.get(t, 0.0) + votes.get(t, 0.0) for t in set(score) | set(votes)})
    kinds = _family_plurals(typed, kinds)
    joined = join_short_forms([(g, name, kind) for (g, name), kind in zip(typed, kinds, strict=True)], index.text)
    typed = [(group, _fullest(group, name)) for group, name, _ in joined]
    kinds = [kind for _, _, kind in joined]
    people = [m for (group, _), kind in zip(typed, kinds, strict=True) if kind == "person" for m in group]
    index.organizations = {
        m.end: m.start for (group, _), kind in zip(typed, kinds, strict=True) if kind == "organization" for m in group
    }
    known = roles_in_text(index, people)
    described = iter(described_roles(index, [group for (group, _), kind in zip(typed, kinds, strict=True)
                                             if kind == "person"]))  # fmt: skip
    rows: list[tuple[float, int, Entity]] = []
    for (group, name), kind in zip(typed, kinds, strict=True):
        role = role_of(index, group, known) if kind == "person" else None
        if kind == "person":
            later = next(described)  # "... Ann Roe. The actress died": only when nothing else is said
            role = later if later and (role is None or strength(role) == 0) else role
        title = title_before(index.text, group[0].start) if kind == "person" and " " not in name else None
        entity = Entity(
            name=f"{title} {name}" if title else name,  # "Lady Starmer": the title tells who is meant
            type=kind,
            aliases=aliases(group, name),
            role=role,
            count=len(group),
            mentions=tuple(Mention(m.start, m.end, m.text) for m in group),
        )
        rows.append((-salience(group, len(index.text)), group[0].start, entity))
    rows.sort(key=lambda row: (row[0], row[1]))
    return [entity for _, _, entity in rows]


def mentions(index: TextIndex) -> list[Candidate]:
    """Every repaired mention in text order, without overlaps."""
    head, lines = headline_candidates(index)
    body = [e for e in index.doc.ents if not (lines and index.in_headline(e.start_char))]
    found = _without_overlaps(datelines(index) + repair_ents(index, body) + head)  # a dateline wins ties
    found = _without_titles(index.text, state_abbreviations(index.text, found))
    found = _without_overlaps(found + acronym_definitions(index, found))
    found = _without_overlaps(found + capitalised_runs(index, found))
    return sorted(conventions(index.text, _split_glued(repeats(index, found))), key=lambda c: c.start)


# Types the small model hands out to capitalised words; its organisations are far more often right.
_UNSURE: tuple[str, ...] = ("person", "location")


def _unsure_person(kind: EntityType, score: dict[EntityType, float], group: list[Candidate], name: str) -> EntityType:
    """A one-word name seen once, a person or place only by the tagger's word, is left untyped (misc).

    "A blend of Cinsault, Grenache and Syrah", "Bottom line: B+", "lost to Tuberculosis": the
    small model calls many capitalised words people or places. A common given name, a title, a
    role, a speech verb, the gazetteer or a preposition of place keeps the type.
    """
    lone = kind in _UNSURE and len(group) == 1 and " " not in name and score.get(kind, 0.0) <= 1.0
    return "misc" if lone and given_name(name) is None else kind


_CREDIT_BEFORE = re.compile(r"(?:^|\n|\()\s*$")
_CREDIT_AFTER = re.compile(r"\s?/\s?[A-Z]")
_AGENCY_BEFORE = re.compile(r"(?:^|\n|\()[^\n()/]{3,40}\s?/\s?$")
_AGENCY_AFTER = re.compile(r"\s*(?:\)|\n|$)")


# a temperature scale: "55 degrees Fahrenheit", "20° Celsius" are units, not names
_DEGREES_BEFORE = re.compile(r"(?:\bdegrees?|\d\s?°)\s*$")


def _photo_credit(text: str, mention: Candidate) -> bool:
    """ "(Ann Roe/Getty Images)" on a line or in brackets of its own: a photographer and an agency, not the story."""
    before = text[max(0, mention.start - 60) : mention.start]
    if _CREDIT_BEFORE.search(before) and _CREDIT_AFTER.match(text, mention.end):
        return True  # the photographer
    return bool(_AGENCY_BEFORE.search(before) and _AGENCY_AFTER.match(text, mention.end))  # the agency


def _family_plurals(typed: list[tuple[list[Candidate], str]], kinds: list[EntityType]) -> list[EntityType]:
    """ "the Fischers", "the Soroses": a person's surname in the plural names a family (misc)."""
    surnames = {
        name.split()[-1] for (_, name), kind in zip(typed, kinds, strict=True) if kind == "person" and " " in name
    }
    plural = {s + "s" for s in surnames} | {s + "es" for s in surnames}
    return [
        "misc" if " " not in name and name in plural else kind for (_, name), kind in zip(typed, kinds, strict=True)
    ]


def _without_titles(text: str, found: list[Candidate]) -> list[Candidate]:
    """Drop titles tagged as names: "Rear Admiral" (Daniel Hagari), "the Lindi Municipal Director, (Jo Satura)".

    A span made of title words only, or ending in a capitalised role word right before a
    person's name, is that person's role (roles.py reads it), not a row of its own.
    """
    kept: list[Candidate] = []
    for n, cand in enumerate(found):
        words = cand.text.split()
        if all(lex.is_a(w, "honorific") or lex.is_a(w, "role") for w in words):
            continue
        after = found[n + 1] if n + 1 < len(found) else None
        titled = lex.is_a(words[-1], "role") and words[-1][:1].isupper()
        if titled and after is not None and after.label == "person" and text[cand.end : after.start] in (" ", ", "):
            continue
        kept.append(cand)
    return kept


def _split_glued(found: list[Candidate]) -> list[Candidate]:
    """Split a one-off span made of two names found elsewhere: "MSDF Aegis" -> "MSDF" + "Aegis".

    The NER sometimes runs an acronym into the product it modifies; "U.S. Navy" stays whole
    because "Navy" alone is not a name in the article.
    """
    counts = Counter(c.text for c in found)
    out: list[Candidate] = []
    for cand in found:
        words = cand.text.split(" ")
        cut = next((k for k in range(1, len(words)) if _glued_at(words, k, counts)), None)
        if counts[cand.text] > 1 or cut is None:
            out.append(cand)
            continue
        left = " ".join(words[:cut])
        right_start = cand.start + len(left) + 1
        out.append(Candidate(cand.start, cand.start + len(left), left, None, "repeat"))
        out.append(Candidate(right_start, cand.end, cand.text[len(left) + 1 :], None, "repeat"))
    return out


def _without_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longer of two overlapping candidates (the earlier on a tie)."""
    taken = Spans()
    kept: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if not taken.overlaps(cand.start, cand.end):
            taken.add(cand.start, cand.end)
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


_COMMON_SUFFIXES = ("ly", "ing", "ed", "ment", "tion", "ness", "ship")


def _common_word(index: TextIndex, group: list[Candidate]) -> bool:
    """A capitalised word only because it starts sentences: "Discontinued", "Nationally".

    Kept when it also appears capitalised mid-sentence ("the Reading tracks"); dropped when
    the article also writes it in lower case, or when it has an English word ending.
    """
    words = {m.text for m in group}
    if len(words) != 1 or " " in next(iter(words)):
        return False
    if not all(index.initial[index.token_at(m.start)] or index.in_headline(m.start) for m in group):
        return False
    word = next(iter(words))
    lower = word.lower()
    return word[1:].islower() and (lower in index.lower_words or lower.endswith(_COMMON_SUFFIXES))


def _common_phrase(index: TextIndex, group: list[Candidate]) -> bool:
    """Capitalised common words: 'Special Events', 'Racing Bicycles', 'Current News'.

    Title-cased headings and promotional writing capitalise ordinary nouns; when the article
    also writes every word of such a phrase in lower case, and nothing marks it as a name
    (no head word such as "Court" or "Railroad", no place, no title before it), it is not one.
    """
    words = {w for m in group for w in m.text.split()}
    if len({m.text for m in group}) != 1:
        return False
    if any(m.label == "location" or m.honorific or m.part for m in group) or gazetteer.lookup(group[0].text):
        return False
    if any(head_type(w) or not w[1:].islower() or not w[:1].isupper() for w in words):
        return False
    return all(_written_lower(index, w.lower()) for w in words)


def _written_lower(index: TextIndex, word: str) -> bool:
    forms = {word, word[:-1] if word.endswith("s") else word + "s"}
    return any(form in index.lower_words for form in forms)


def _glued_at(words: list[str], k: int, counts: Counter[str]) -> bool:
    """An acronym found alone, then a name found alone that has no head word of its own."""
    left, right = " ".join(words[:k]), " ".join(words[k:])
    return is_acronym(left) and counts[left] > 0 and counts[right] > 0 and head_type(words[-1]) is None


def _fullest(group: list[Candidate], name: str) -> str:
    """A row keeps its name after short forms joined it, unless they bring a longer one."""
    full = canonical_name(group)
    return full if len(full.split()) > len(name.split()) else name


def canonical_name(group: list[Candidate]) -> str:
    """The fullest form the article uses: most words, then most frequent, then first."""
    counts = Counter(m.text for m in group)
    forms = [t for t in counts if not is_acronym(t)] or list(counts)
    order = {m.text: -m.start for m in reversed(group)}
    return max(forms, key=lambda t: (len(t.split()), counts[t], len(t), order[t]))


def aliases(group: list[Candidate], name: str) -> tuple[str, ...]:
    """The other spellings used, in order of first use.

    "U.S" is "U.S." whose full stop also ended the sentence: one spelling, shown with it.
    """

    def form(text: str) -> str:
        return text[:-1] if text.endswith(".") and "." in text[:-1] else text

    spelled: dict[str, str] = {}
    for mention in group:
        key = form(mention.text)
        if key != form(name) and (key not in spelled or len(mention.text) > len(spelled[key])):
            spelled[key] = mention.text
    return tuple(spelled.values())


def salience(group: list[Candidate], length: int) -> float:
    """Mentions count most; being named early (headline, lead) adds a little."""
    first = group[0].start / max(length, 1)
    return len(group) + (1.5 if first < 0.1 else 0.5 if first < 0.3 else 0.0)
