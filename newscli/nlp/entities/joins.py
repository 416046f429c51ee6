"""The NER's cuts joined again: one name the small model tagged as two or three spans.

"the U.S. Agency for | International Development" (a span ending in for/of), "Centre | for |
EU-Asia Connectivity" (a head word, a link word, a name), "Observatório | do | Clima" (a Romance
particle), "Robert C. Byrd | National Aerospace Center" (a person's name starting an
institution's), 'William | "Buck" | Owens' (a nickname in quotes) and "65 | Fighter Wing".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newscli.models import EntityType
from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities.text import NER_TYPES, is_namey

_UNIT_NUMBER = re.compile(r"\d{1,3}(?:st|nd|rd|th)?")


def rejoined(spans: Sequence[Span]) -> list[tuple[int, int, EntityType]]:
    """Token spans with typed labels, with three kinds of NER cuts joined again.

    "the U.S. Agency for | International Development" (a span ending in for/of), "Robert
    C. Byrd | National Aerospace Center" (a person's name starting an institution's), and
    'William | "Buck" | Owens' (a nickname in quotes inside a person's name).
    """
    out: list[tuple[int, int, EntityType]] = []
    for ent in spans:
        label = NER_TYPES.get(ent.label_)
        if label is None:
            continue
        doc = ent.doc
        if out and out[-1][1] + 1 == ent.start and _linked(doc, out[-1], ent, label):
            last = out[-1]
            out[-1] = (last[0], ent.end, lex.head_type(doc[last[1] - 1].text) or last[2])
            continue
        if out and out[-1][1] + 1 == ent.start and _listed_parts(doc, out[-1], ent, label):
            out[-1] = (out[-1][0], ent.end, "organization")  # "Academy of Allergy | , | Asthma and Immunology"
            continue
        if out and out[-1][1] == ent.start:
            last = out[-1]
            place_of = last[2] == "organization" and label == "location"  # "Indian Movement of | Colorado"
            if doc[ent.start - 1].lower_ in ("for", "of") and (last[2] == label or place_of):
                out[-1] = (last[0], ent.end, last[2])
                continue
            before_and = (last[0], last[1] - 1, last[2])  # "Mines and | Energy Ministry"
            if doc[ent.start - 1].lower_ in ("and", "&") and _one_head(doc, before_and, ent, label):
                out[-1] = (last[0], ent.end, label)
                continue
            # "Robert C. Byrd | National ... Center", "Spanish | Air Force": one organisation's name
            # "The Public Service Co-ordinating | Council": a head word the tagger split off
            head_only = ent.end - ent.start == 1 and lex.head_type(doc[ent.start].text) == label == last[2]
            named_after = head_only or (
                last[2] in ("person", "location", "misc") and label in ("organization", "location")
            )
            if named_after and lex.head_type(doc[ent.end - 1].text):
                out[-1] = (last[0], ent.end, label)
                continue
            # "Agnieszka | Lipska Baranowska": a first name the NER took for a place, then a person
            first = doc[last[0]]
            place = gazetteer.lookup(first.text)
            if (
                label == "person"
                and last[1] - last[0] == 1
                and first.text[1:].islower()
                and first.is_alpha
                and (place is None or place.kind == "city")  # "Florence", but never "Ohio"
            ):
                out[-1] = (last[0], ent.end, label)
                continue
        start = ent.start
        unit = lex.head_type(doc[ent.end - 1].text) == "organization"
        if label == "organization" and start > 0 and unit_number(doc[start - 1].text) and unit:
            start -= 1  # "65 | Fighter Wing", "3 | Air Division": numbered units
        out.append((start, _of_country(doc, ent.end) if label == "organization" else ent.end, label))
    return [_with_nickname(spans[0].doc, *span) if spans else span for span in out]


ROMANCE = {"do", "dos", "da", "das", "de", "du", "del", "des", "di", "della"}


def _linked(doc: Doc, last: tuple[int, int, EntityType], ent: Span, label: EntityType) -> bool:
    """One name cut at its link word: "Centre | for | EU-Asia Connectivity", "Union | of | Indiana",
    "Observatório | do | Clima", "São José | dos | Campos", "World Travel | and | Tourism Council"."""
    start = ent.start
    link = doc[start - 1].lower_
    if link in ("and", "&"):
        return _one_head(doc, last, ent, label)
    if link in ROMANCE:
        return doc[start - 1].is_lower and last[2] != "person"
    if link not in ("of", "for") or doc[start].lower_ == "the" or label == "person":  # "Group of | Suharto's"
        return False  # "the Specialist Group of | the British Computer Society": two names
    head = lex.head_type(doc[last[1] - 1].text)
    place = gazetteer.lookup(doc[start : ent.end].text) if label == "location" else None
    return head in ("organization", "location") or (last[2] == "organization" and place is not None)


def _one_head(doc: Doc, last: tuple[int, int, EntityType], ent: Span, label: EntityType) -> bool:
    """ "World Travel | and | Tourism Council": two halves of one institution's name, the head at the end.

    The first half has no head of its own, is two words or an ordinary word the article also
    writes in lower case ("Mines and Energy Ministry"), and appears nowhere else in the article
    ("Google and Acme Inc." are two firms).
    """
    if not (last[2] == label == "organization"):
        return False
    if lex.head_type(doc[ent.end - 1].text) != "organization" or lex.head_type(doc[last[1] - 1].text):
        return False
    words = [t for t in doc[last[0] : last[1]] if t.lower_ != "the"]
    half, whole = " ".join(t.text for t in words), doc[last[0] : ent.end].text
    if not words or doc.text.count(half) != doc.text.count(whole.removeprefix("the ").removeprefix("The ")):
        return False  # the first half is a name of its own elsewhere
    # one word only when it is an ordinary word of the article: "Mines and Energy Ministry"
    return len(words) >= 2 or f" {words[0].lower_} " in doc.text


def listed_name(doc: Doc, lo: int, hi: int) -> bool:
    """Is doc[lo:hi] one name with a list inside: "Ministry of Environment, Forestry and Tourism",
    "Housing, Infrastructure and Communities Canada", "Academy of Allergy, Asthma and Immunology"?

    The listed words are single capitalised words joined by commas and a final "and"; the first
    item may be a head with its "of", the last may carry the country that names the department.
    A list of names ("Google, Apple and Acme Inc.") has names of their own: a tagged place or person,
    or items of several words.
    """
    items: list[list[Token]] = [[]]
    seen_and = False
    for token in doc[lo:hi]:
        if token.text == "," or token.lower_ == "and":
            if not items[-1] or seen_and:
                return False
            seen_and = token.lower_ == "and"
            items.append([])
        elif token.lower_ != "the" or items[-1]:
            items[-1].append(token)
    named = [t for t in doc[lo : hi - 1] if t.ent_type_ in ("PERSON", "GPE", "NORP")]
    if len(items) < 3 or not seen_and or named:
        return False
    first, *middle, last = items
    single = all(len(item) == 1 and item[0].is_title and item[0].is_alpha for item in middle)
    headed = len(first) == 1 or (len(first) >= 3 and first[-2].lower_ == "of" and lex.head_type(first[-3].text))
    country = len(last) == 2 and gazetteer.lookup(last[1].text) is not None
    return single and bool(headed) and (len(last) == 1 or country) and last[0].is_title


def _listed_parts(doc: Doc, last: tuple[int, int, EntityType], ent: Span, label: EntityType) -> bool:
    """ "American Academy of Allergy | , | Asthma and Immunology": a listed name the tagger cut at a comma."""
    return doc[ent.start - 1].text == "," and last[2] == label == "organization" and listed_name(doc, last[0], ent.end)


def _of_country(doc: Doc, end: int) -> int:
    """ "Constitutional Democratic Party" + "of Japan": an untagged country that ends an organisation's name."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end + 1].ent_type_:
        return end
    place = gazetteer.lookup(doc[end + 1].text)
    follows = doc[end + 2] if end + 2 < len(doc) else None
    if place is None or place.kind != "country" or (follows is not None and follows.text[:1].isupper()):
        return end
    return end + 2


def unit_number(text: str) -> bool:
    """'65', '65th', '3rd' number a unit ("65th Fighter Wing"); a year such as 1971 does not."""
    return bool(_UNIT_NUMBER.fullmatch(text))


def _with_nickname(doc: Doc, start: int, end: int, label: EntityType) -> tuple[int, int, EntityType]:
    """Extend a person's first name over '"Nick" Surname' that follows it."""
    quotes = [i for i in range(start, end) if doc[i].text in ('"', "“", "”")]
    if label == "person" and len(quotes) == 1 and quotes[0] > start:
        end = quotes[0]  # the NER stopped inside the nickname: 'William Herbert " Buckshot'
    if label != "person" or end + 3 >= len(doc) or doc[end].text not in ('"', "“"):
        return start, end, label
    close = end + 1
    while close < len(doc) and close - end <= 4 and doc[close].text not in ('"', "”"):
        close += 1
    quoted = close + 1 < len(doc) and doc[close].text in ('"', "”")
    if quoted and all(is_namey(doc[i]) for i in range(end + 1, close)) and is_namey(doc[close + 1]):
        stop = close + 2
        while stop < len(doc) and is_namey(doc[stop]) and doc[stop].ent_iob_ != "B":
            stop += 1
        if doc[close + 1].ent_iob_ == "B" and doc[close + 1].ent_type_ == "PERSON":
            end_of_name = close + 2
            while end_of_name < len(doc) and doc[end_of_name].ent_iob_ == "I":
                end_of_name += 1
            stop = max(stop, end_of_name)
        return start, stop, label
    return start, end, label
