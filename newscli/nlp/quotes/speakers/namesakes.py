"""Namesakes: which of several people with one surname a bare surname ("Hale", "Mr. Okafor") is.

News style introduces a person by full name (or title and surname: "President Hale") and
then writes the surname alone; a second person of that surname gets a first name or an
honorific that tells them apart ("his daughter Ivana Hale", "Ms. Hale"). So a bare
surname is, in order of evidence:

1. the one whose gender an honorific on it gives ("Ms. Hale" is not the "Mr." one);
2. the one called by first name in the sentences just before ("Lena and Daniel attended
   ... "...," Okafor said");
3. the principal person of that surname, whom the article introduces first (the lede's). A
   surname used on its own twice before any namesake is introduced in full is a person of
   its own (names.build_referents keeps it apart), and the first introduced.

Namesakes introduced in the same sentence ("Mphutlane and Matsosane Tsosane") are truly
ambiguous: the mention then belongs to nobody, and a quote it sources stays without a speaker.
Measured against "the one mentioned most": counting the mentions that are not bare surnames
favours a parent or sibling the article calls by first name, so the lede decides.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from newscli.nlp.quotes.names import Referent, clean_name, first_mention, name_tokens
from newscli.nlp.quotes.speakers.roles import gender_of

Span = tuple[int, int]


def settle_surnames(referents: list[Referent], text: str, starts: list[int]) -> set[int]:
    """Give each bare-surname mention of namesakes to one of them; return the starts of those left to nobody.

    starts are where the text's sentences begin.
    """

    def sentence(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    def recent(pos: int) -> int:
        return starts[max(0, sentence(pos) - 2)] if starts else 0

    by_surname: dict[str, list[Referent]] = {}
    for ref in referents:
        if ref.type == "person" and len(ref.tokens) > 1:
            by_surname.setdefault(ref.tokens[-1], []).append(ref)
    alone = {ref.tokens[0]: ref for ref in referents if ref.type == "person" and len(ref.tokens) == 1}
    unsettled: set[int] = set()
    for surname, group in by_surname.items():
        own = alone.get(surname)
        if len(group) < 2 and own is None:
            continue

        def bare(sp: Span, surname: str = surname) -> bool:
            return name_tokens(clean_name(text[sp[0] : sp[1]])) == [surname]

        candidates = [*group, *([own] if own is not None else [])]
        spans = sorted({sp for r in candidates for sp in r.spans if bare(sp) or r is own})
        intro = {id(r): sentence(first_mention(r)) for r in candidates}
        genders = {id(r): _gender(r, text, bare, r is own) for r in candidates}
        for ref in candidates:
            ref.spans = [sp for sp in ref.spans if not (bare(sp) or ref is own)]
        for sp in spans:
            chosen = _choose(sp, candidates, text, recent, intro, genders)
            if chosen is None:
                unsettled.add(sp[0])
            else:
                chosen.spans.append(sp)
    return unsettled


def _choose(sp: Span, candidates: list[Referent], text: str, recent: Callable[[int], int],
            intro: dict[int, int], genders: dict[int, str | None]) -> Referent | None:  # fmt: skip
    said = _honorific_gender(text, sp[0])
    if said is not None:
        fitting = [r for r in candidates if genders[id(r)] in (None, said)]
        known = [r for r in fitting if genders[id(r)] == said]
        candidates = known if len(known) == 1 else fitting
    if len(candidates) == 1:
        return candidates[0]
    local = [r for r in candidates if len(r.tokens) > 1 and any(recent(sp[0]) <= a < sp[0]
             and name_tokens(clean_name(text[a:b])) == r.tokens[:1] for a, b in r.spans)]  # fmt: skip
    if len(local) == 1:
        return local[0]
    ranked = sorted(candidates, key=lambda r: intro[id(r)])
    if len(ranked) > 1 and intro[id(ranked[0])] == intro[id(ranked[1])]:
        return None  # "Mphutlane and Matsosane Tsosane" introduced together: either could be meant
    return ranked[0]


def _honorific_gender(text: str, start: int) -> str | None:
    """ "Ms. Hale": the gender the title right before a mention gives."""
    words = text[max(0, start - 12) : start].split()
    return gender_of({words[-1].lower().rstrip("."): False}) if words else None


def _gender(ref: Referent, text: str, bare: Callable[[Span], bool], own: bool) -> str | None:
    """A namesake's gender from the word right before their own mentions: a title ("Mr.") or a kin or
    gendered noun ("his daughter Ivana Hale"); for a surname-only person, its titles. None when mixed."""
    found = {_honorific_gender(text, sp[0]) for sp in ref.spans if own or not bare(sp)} - {None}
    return found.pop() if len(found) == 1 else None
