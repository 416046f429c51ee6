"""Namesakes: which of several people with one surname a bare surname ("Hale", "Mr. Okafor") is.

News style introduces a person by full name (or title and surname: "President Hale") and
then writes the surname alone; a second person of that surname gets a first name or an
honorific that tells them apart ("his daughter Ivana Hale", "Ms. Hale"). So a bare
surname is, in order of evidence:

1. the one whose gender an honorific on it gives ("Ms. Hale" is not the "Mr." one), or a pronoun its own
   clause binds to it ("Hale sees her parents' deaths as ...": the woman); a namesake's gender is what a
   title or kin noun before their name says ("his daughter Ivana Hale"), else their given name's usual one;
2. the one called by first name in the sentences just before ("Lena and Daniel attended
   ... "...," Okafor said");
3. the principal person of that surname, whom the article introduces first (the lede's). A
   surname used on its own twice before any namesake is introduced in full is a person of
   its own (names.build_referents keeps it apart), and the first introduced. But when the article
   calls every namesake by a one-word name of their own ("Jerry" and "Stephen") more often than
   it writes the bare surname at all, it tells them apart by those: a stray surname is nobody's.

Namesakes introduced in the same sentence ("Mphutlane and Matsosane Tsosane") are truly
ambiguous: the mention then belongs to nobody, and a quote it sources stays without a speaker.
Measured against "the one mentioned most": counting the mentions that are not bare surnames
favours a parent or sibling the article calls by first name, so the lede decides.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc

from newscli.nlp.quotes.names import Referent, clean_name, first_mention, name_tokens, usual_gender
from newscli.nlp.quotes.speakers.roles import gender_of
from newscli.nlp.quotes.text import doc_text

Span = tuple[int, int]


def settle_surnames(referents: list[Referent], doc: Doc, text: str, starts: list[int],
                    in_quote: Callable[[int], bool]) -> set[int]:  # fmt: skip
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
        by_own_names = own is None and all(_own_name_uses(r, text, surname) > len(spans) for r in candidates)
        for ref in candidates:
            ref.spans = [sp for sp in ref.spans if not (bare(sp) or ref is own)]
        for sp in spans:
            said = _honorific_gender(text, sp[0]) or _bound_gender(doc, sp, in_quote)
            chosen = _choose(sp, said, candidates, text, recent, intro, genders, by_own_names)
            if chosen is None:
                unsettled.add(sp[0])
            else:
                chosen.spans.append(sp)
    return unsettled


def untagged_surname(candidates: list[Referent], sp: Span, doc: Doc, starts: list[int],
                     in_quote: Callable[[int], bool]) -> Referent | None:  # fmt: skip
    """Which namesake a bare surname the rows missed ("..., says Jones") is, by the same evidence."""
    text = doc_text(doc)
    surname = candidates[0].tokens[-1]

    def sentence(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    def recent(pos: int) -> int:
        return starts[max(0, sentence(pos) - 2)] if starts else 0

    def bare(span: Span) -> bool:
        return name_tokens(clean_name(text[span[0] : span[1]])) == [surname]

    intro = {id(r): sentence(first_mention(r)) for r in candidates}
    genders = {id(r): _gender(r, text, bare, False) for r in candidates}
    bare_uses = sum(1 for r in candidates for span in r.spans if bare(span)) + 1
    by_own_names = all(_own_name_uses(r, text, surname) > bare_uses for r in candidates)
    said = _honorific_gender(text, sp[0]) or _bound_gender(doc, sp, in_quote)
    return _choose(sp, said, candidates, text, recent, intro, genders, by_own_names)


def _choose(sp: Span, said: str | None, candidates: list[Referent], text: str, recent: Callable[[int], int],
            intro: dict[int, int], genders: dict[int, str | None], by_own_names: bool) -> Referent | None:  # fmt: skip
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
    if by_own_names:
        return None  # "Jerry" and "Stephen" throughout: a stray "Jones" could be either
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
    gendered noun ("his daughter Ivana Hale"); for a surname-only person, its titles. None when mixed.
    Without one, the usual gender of the given name ("Margaret Hale")."""
    found = {_honorific_gender(text, sp[0]) for sp in ref.spans if own or not bare(sp)} - {None}
    if found:
        return found.pop() if len(found) == 1 else None
    return None if own else usual_gender(ref)


_BOUND = {"he": "m", "his": "m", "she": "f", "her": "f"}


def _bound_gender(doc: Doc, sp: Span, in_quote: Callable[[int], bool]) -> str | None:
    """ "Hale sees her parents' deaths as ...", "Hale says his father ...": a surname that is a subject binds
    the first he/she/his/her after it in its own clause, when no other person comes between. An object of the same
    verb is someone else ("Hale hugged her")."""
    span = doc.char_span(sp[0], sp[1], alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = span.root.head
    sent = span.root.sent
    if any(t.ent_type_ == "PERSON" and not t.is_sent_start for t in doc[sent.start : span.start]):
        return None  # "When Carlson complained, Hale replied that she ...": she may be the one named first
    # "For years, Hale says, she and her siblings ...": a parenthetical cue's source is its host clause's subject
    inside = {t.i for t in (verb.head if verb.dep_ == "parataxis" else verb).subtree}
    for token in doc[span.end : min(len(doc), span.end + 25)]:
        if token.i not in inside or token.is_sent_start or in_quote(token.idx) or token.text in ("(", "["):
            break  # "Hale offered to pay (she declined)": an aside has a subject of its own
        if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.text[:1].isupper()):
            return None  # "Hale told Ortiz her plan": either could be meant
        gender = _BOUND.get(token.lower_)
        if gender is not None:
            same_verb_object = token.head.i == verb.i and token.dep_ in ("dobj", "dative", "iobj")
            return None if same_verb_object else gender
    return None


def _own_name_uses(ref: Referent, text: str, surname: str) -> int:
    """How often the article calls this namesake by a single name of their own ("Stephen", "Doc")."""
    return sum(1 for a, b in ref.spans if len(t := name_tokens(clean_name(text[a:b]))) == 1 and t[0] != surname)
