"""People the entity rows miss or name short: proper-noun runs the text shows to be people ("Mayor Ana
Ruiz opened ...", "... said Tomas Vlk"), and the one fuller name a surname-only row takes."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newscli.nlp.gazetteer import fold_name
from newscli.nlp.quotes.cues import is_cue
from newscli.nlp.quotes.names import (
    Referent,
    absorb_short_names,
    clean_name,
    is_person_noun,
    looks_like_person_name,
    name_tokens,
    titles,
)
from newscli.nlp.quotes.speakers.documents import common_words


def add_untagged_people(referents: list[Referent], runs: list[list[Token]], in_quote: Callable[[int], bool]) -> None:
    """Names the tagger missed, when the text itself says they are people.

    "Mayor Ana Ruiz opened ...", "... said Tomas Vlk": a person-shaped run of proper
    nouns after a title, or as the subject of a reporting verb, is a person.
    """
    for run in runs:
        if in_quote(run[0].idx):
            continue
        before = run[0].doc[run[0].i - 1] if run[0].i > 1 else None
        if before is not None and before.text in ("-", "‐") and not run[0].doc[before.i - 1].whitespace_:
            continue  # "David-Alexandre Brassard": part of a hyphenated name the rows know
        after = run[-1].doc[run[-1].i + 1] if run[-1].i + 1 < len(run[-1].doc) else None
        if after is not None and after.text in ("-", "‐") and not run[-1].whitespace_ and not after.whitespace_:
            continue  # "Anita Rowe-Patel": so is a run that goes on after a hyphen
        tagged = [t for t in run if t.ent_type_ == "PERSON"]
        if tagged:  # the tagger's own boundaries: "Crooked Hillary Clinton" is Hillary Clinton
            first = run.index(tagged[0])
            if len(tagged) == 1 and first == 1:
                first = 0  # but a lone tagged surname takes the name before it: "Imran Khan"
            run, titled = run[first : run.index(tagged[-1]) + 1], True
        else:
            titled = len(run) > 2 and is_person_noun(run[0].lower_, strict=True)  # "Nurse Tomas Brenner"
            run = run[1:] if titled else run
        text = run_text(run)
        before = run[0].doc[run[0].i - 1] if run[0].i > 0 else None
        titled = titled or (
            before is not None and (before.lower_.rstrip(".") in titles() or is_person_noun(before.lemma_, strict=True))
        )
        speaks = run[-1].dep_ in ("nsubj", "nsubjpass") and is_cue(run[-1].head)
        if not looks_like_person_name(text) or not (titled or speaks):
            continue
        tokens = name_tokens(text)
        key = " ".join(tokens)
        # a row that ends the run knows where the name starts: "Striker Lena Okafor" is Lena Okafor
        ref = next((r for r in referents if key in r.keys), None) or next(
            (r for r in referents if r.is_person and 1 < len(r.tokens) < len(tokens)
             and tokens[-len(r.tokens) :] == r.tokens), None)  # fmt: skip
        if ref is None:
            ref = Referent(name=text, type="person", keys={key})
            referents.append(ref)
        elif tagged and ref.type == "person" and len(ref.name.split()) == 1 and len(text.split()) == 2:
            ref.name = text  # the tagger's "Dean Walsh" over a row's "Walsh" ("dean" is also a title)
        span = (run[0].idx, run[-1].idx + len(run[-1].text))
        if span not in ref.spans:
            ref.spans.append(span)
    absorb_short_names(referents)


def full_names(referents: list[Referent], runs: list[list[Token]]) -> None:
    """A person the rows know by surname alone takes the one fuller name the article writes for them
    ("Paula Greco, an economist at Westbridge" for a row "Greco"), unless that name is
    someone else's."""
    taken = {key for ref in referents for key in ref.keys if " " in key}
    for ref in referents:
        if not ref.is_person or len(ref.tokens) != 1:
            continue
        fuller = {run_text(run) for run in runs if fold_name(run[-1].text) == ref.tokens[0]}
        fuller = {t for t in fuller if looks_like_person_name(t) and " ".join(name_tokens(t)) not in taken}
        if len(fuller) == 1:
            ref.name = fuller.pop()


def proper_runs(doc: Doc) -> list[list[Token]]:
    """Every run of two or more proper nouns not tagged as something other than a person (titles dropped)."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON"):
            if run or token.lower_.rstrip(".") not in titles() or token.ent_type_ == "PERSON":
                run.append(token)  # "Dean Walsh" tagged as one name is no dean
            continue
        if len(run) >= 2:
            runs.append(run)
        run = []
    return runs


def run_text(run: list[Token]) -> str:
    return clean_name(run[0].doc[run[0].i : run[-1].i + 1].text)


# Heads of a state's departments: a name made of common words ending in one ("Defense Ministry") is the
# same in every country, so the article's owner is part of it. A party or a court has a name of its own.
_STATE_BODIES = frozenset({"ministry", "department", "office", "agency", "directorate", "service", "command"})


def owned_names(referents: list[Referent], doc: Doc) -> None:
    """A state's department named only by common words ("Defense Ministry", "Health Service") is named
    as the article names it, with the one place it belongs to: "Sarnavia's Defense Ministry", not a
    ministry of nowhere. Names of their own ("Lumora Office") and bodies the article never places stay."""
    common = common_words(doc)
    if not common:
        return
    for ref in referents:
        words = [w.lower() for w in ref.name.split()]
        if ref.type != "organization" or len(words) < 2 or words[-1] not in _STATE_BODIES \
                or not all(w in common for w in words):  # fmt: skip
            continue
        owned: dict[str, str] = {}
        for start, end in ref.spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or span.start < 2 or doc[span.start - 1].tag_ != "POS":
                continue
            owner = doc[span.start - 2]
            place = next((e for e in doc.ents if e.start <= owner.i < e.end and e.label_ in ("GPE", "LOC")), None)
            if place is not None and place.end == owner.i + 1:
                owned.setdefault(fold_name(place.text), doc.text[place.start_char : span.end_char])
        if len(owned) == 1:
            ref.name = next(iter(owned.values()))


_NAME_LINKS = frozenset({"on", "for", "of"})
_INNER_WORDS = frozenset({"the", "and", "of", "on", "for", "&"})
# words a name never runs on into: "the Harbour Board on Monday"
_NOT_IN_NAMES = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def extended_names(referents: list[Referent], doc: Doc) -> None:
    """An organisation row cut before its own "on ..."/"for ..." ("Senate Committee" for "Senate Committee
    on Foreign Relations") takes the one full form the article writes: the phrase the parser hangs on
    the name, every word of it capitalised but "the", "and" and the links themselves."""
    for ref in referents:
        if ref.type != "organization":
            continue
        fuller: set[str] = set()
        for start, end in ref.spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or span.end >= len(doc):
                continue
            link = doc[span.end]
            if link.lower_ not in _NAME_LINKS or link.head.i != span.end - 1:
                continue
            phrase = list(link.subtree)
            words = [t for t in phrase[1:] if not t.is_punct]
            if phrase[-1].i - link.i + 1 != len(phrase) or not words or not phrase[-1].text[:1].isupper() \
                    or not all(t.text[:1].isupper() or t.lower_ in _INNER_WORDS for t in words) \
                    or any(t.ent_type_ in _NOT_IN_NAMES for t in words):  # fmt: skip
                continue
            fuller.add(doc.text[span.start_char : phrase[-1].idx + len(phrase[-1].text)])
        if len(fuller) == 1:
            ref.name = clean_name(fuller.pop(), person=False)
