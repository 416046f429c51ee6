"""A person's role as the article writes it, read from the words around the name.

Three patterns cover most news prose, all read without a parser:

* premodifier:  "Japanese Foreign Minister Taro Kono"  -> "Foreign Minister"
* apposition:   "Lavrov, Russia's foreign minister, said" -> "foreign minister"
* reversed:     "the Russian foreign minister, Sergey Lavrov," -> "foreign minister"

A role phrase is a run of role words ("minister", "chief executive"), their modifiers
and capitalised words, ending in a role head; nationality words, place names,
determiners and possessives before it are left out ("Japan's economy, trade and
industry minister" -> "economy, trade and industry minister"). "his Russian
counterpart Sergey Lavrov" takes the role of the person he is the counterpart of.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities.text import Candidate, TextIndex, is_capitalized

_LINKS = {"of", "for", "and", ","}
_DETERMINERS = {"the", "a", "an", "'s", "’s", "its", "his", "her", "their", "our"}
_STOP_ENTS = {"GPE", "NORP", "PERSON", "LOC", "DATE", "CARDINAL"}
COUNTERPART = "counterpart"
_MAX_WORDS = 8


def role_of(index: TextIndex, mentions: list[Candidate], known: list[tuple[int, str]]) -> str | None:
    """The first role the text gives any of a person's mentions.

    `known` holds (offset, role) of people already resolved, for "counterpart".
    """
    found: list[tuple[int, str]] = []
    for mention in mentions:
        start = index.token_at(mention.start)
        end = index.token_at(mention.end - 1) + 1
        for role in (_premodifier(index, start), _apposition(index, end), _reversed(index, start)):
            if role:
                found.append((mention.start, role))
                break
    for offset, role in sorted(found):
        if role.lower() != COUNTERPART:
            return role
        earlier = [r for at, r in known if at < offset and offset - at < 400 and r.lower() != COUNTERPART]
        if earlier:
            return earlier[-1]
    return None


def has_role(index: TextIndex, mention: Candidate) -> bool:
    """Does a role phrase stand right before or in apposition to this mention?"""
    start = index.token_at(mention.start)
    end = index.token_at(mention.end - 1) + 1
    return bool(_premodifier(index, start) or _apposition(index, end))


def roles_in_text(index: TextIndex, mentions: list[Candidate]) -> list[tuple[int, str]]:
    """(offset, role) for each mention that has one, for resolving 'counterpart'."""
    out: list[tuple[int, str]] = []
    for mention in mentions:
        start = index.token_at(mention.start)
        role = _premodifier(index, start) or _apposition(index, index.token_at(mention.end - 1) + 1)
        if role and role.lower() != COUNTERPART:
            out.append((mention.start, role))
    return out


def _premodifier(index: TextIndex, start: int) -> str | None:
    doc = index.doc
    while start > 0 and lex.is_a(doc[start - 1].text, "honorific") and not lex.is_a(doc[start - 1].text, "role"):
        start -= 1  # a title between the role and the name: "archbishop Monsignor Jorge Scheinig"
    return _role_with_place(index, start) or _phrase_left(index, start)


def _role_with_place(index: TextIndex, start: int) -> str | None:
    """'Ambassador to Germany Richard Grenell', 'Senator from Vermont Bernie Sanders': the place is part of the role."""
    doc = index.doc
    for size in (1, 2, 3):
        link = start - size - 1
        if (
            link < 1
            or doc[link].lower_ not in lex.ROLE_OBJECT_LINKS
            or gazetteer.lookup(doc[link + 1 : start].text) is None
        ):
            continue
        if not lex.is_a(doc[link - 1].text, "role"):
            return None
        role = _phrase_left(index, link)
        return f"{role} {doc[link:start].text}" if role else None
    return None


def _reversed(index: TextIndex, start: int) -> str | None:
    doc = index.doc
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].text != ",":
        return _phrase_left(index, start - 1, need_determiner=True)
    return None


def _phrase_left(index: TextIndex, end: int, need_determiner: bool = False) -> str | None:
    """The role phrase ending right before token `end`, if there is one."""
    doc = index.doc
    i = end - 1
    while i >= 0 and end - i <= _MAX_WORDS:
        if not _role_word(doc, i):
            break
        if index.initial[i]:
            i -= 1
            break
        i -= 1
    first = i + 1
    while first < end and doc[first].lower_ in _LINKS:
        first += 1
    if first >= end or not _has_head(doc, first, end):
        return None
    if need_determiner and not (first > 0 and (doc[first - 1].lower_ in _DETERMINERS or
                                               gazetteer.is_demonym(doc[first - 1].text))):  # fmt: skip
        return None
    return _text(doc, first, end)


def _apposition(index: TextIndex, end: int) -> str | None:
    """'NAME, [the|a|X's|Russian] ROLE,' -> ROLE."""
    doc = index.doc
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    elif i + 1 < len(doc) and doc[i + 1].text in ("'s", "’s"):
        i += 2  # "Russia's"
    while i < len(doc) and gazetteer.is_demonym(doc[i].text):
        i += 1
    start = i
    head = -1
    while i < len(doc) and i - start < _MAX_WORDS and _role_word(doc, i):
        if lex.is_a(doc[i].text, "role"):
            head = i
        i += 1
    if head < 0 or doc[head].lower_ == COUNTERPART:
        return None
    finish = head + 1
    if finish + 1 < len(doc) and doc[finish].lower_ == "of" and is_capitalized(doc[finish + 1].text):
        finish += 2  # "secretary of State"
    after = doc[finish].text if finish < len(doc) else "."
    if after not in (",", ".", ";", ")") and doc[finish].lower_ not in ("said", "says", "told", "and"):
        return None
    return _text(doc, start, finish)


def _role_word(doc: Doc, i: int) -> bool:
    token = doc[i]
    text = token.text
    if token.is_space or gazetteer.is_demonym(text):
        return False
    if text in ("'s", "’s") or lex.is_a(text, "det") or (lex.is_a(text, "honorific") and not lex.is_a(text, "role")):
        return False
    if lex.is_a(text, "role") or lex.is_a(text, "rolemod") or token.lower_ in _LINKS:
        return True  # even inside an NER span: "Russian First" | Deputy Foreign Minister
    if token.ent_type_ in _STOP_ENTS:
        return False
    return is_capitalized(text) and text.isalpha() and gazetteer.lookup(text) is None


def _has_head(doc: Doc, first: int, end: int) -> bool:
    """The phrase must end in a role head, or in 'head of Capitalised' ("Secretary of State")."""
    if lex.is_a(doc[end - 1].text, "role"):
        return True
    return end - first >= 3 and doc[end - 2].lower_ == "of" and lex.is_a(doc[end - 3].text, "role")


def _text(doc: Doc, first: int, end: int) -> str:
    return doc[first:end].text  # a Span's text: no whole-Doc join
