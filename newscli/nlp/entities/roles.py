"""A person's role as the article writes it, read from the words around the name.

Five patterns cover most news prose, all read without a parser:

* premodifier:  "Japanese Foreign Minister Taro Kono", "legal scholar Ann Roe", "Sen. Ann Roe",
                "Morton County sheriff Ann Roe" (an institution or place that qualifies the title)
* apposition:   "Lavrov, Russia's foreign minister, said", "Ann Roe, a senior fellow at the X Institute,"
                (appositions.py)
* reversed:     "the Russian foreign minister, Sergey Lavrov,", "Acme's chief economist, Ann Roe,",
                "her husband, Jared Roe,", "One witness, Ann Roe,"
* predicate:    "Ann Roe is the head of the X Group", "Ann Roe, who heads the council," (appositions.py)
* counterpart:  "his Russian counterpart Sergey Lavrov" takes the other person's role.

A role phrase ends in a role head: a title ("minister", "chief executive"), an occupation
("economist", "stylist", "videographer") or a word built like one, or a relation ("daughter");
it may keep its modifiers ("senior", "freelance", "Transnet pipelines") and an "of"/"for"
complement ("head of hotels"). Nationality words, determiners and a person's possessive before
it are left out ("Japanese Foreign Minister" -> "Foreign Minister").
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities import rolewords as rw
from newscli.nlp.entities.appositions import COUNTERPART, apposition, predicate
from newscli.nlp.entities.descriptions import plural_before, stated_role, title_compounds
from newscli.nlp.entities.rolewords import is_office, is_role_head, role_word, strength
from newscli.nlp.entities.text import SIGNATURE, TITLE_ABBREVIATIONS, Candidate, TextIndex, is_capitalized

_LINKS = {"of", "for", "and", ","}
_DETERMINERS = {"the", "a", "an", "'s", "’s", "its", "his", "her", "their", "our", "my", "your", "one", "another"}
_POSSESSIVE = {"'s", "’s"}
_MAX_WORDS = 8
_MAX_PHRASE = 16  # tokens a role phrase with its complement may span


def role_of(index: TextIndex, mentions: list[Candidate], known: list[tuple[int, str]]) -> str | None:
    """The first role the text gives any of a person's mentions; a relation only when there is no other.

    "her husband, Jared Roe" gives Roe a role only if the article says nothing else of him.
    `known` holds (offset, role) of people already resolved, for "counterpart".
    """
    found: list[tuple[int, int, str]] = []
    for mention in mentions:
        role = _role_at(index, mention)
        if role and role.lower() == COUNTERPART:
            near = [r for at, r in known if 0 < mention.start - at < 400 and r.lower() != COUNTERPART]
            role = near[-1] if near else None
        if role:
            found.append((-min(strength(role), 1), mention.start, role))
    role = min(found)[2] if found else None
    return role.split(" ", 1)[1] if role and " " in role and role.split()[0] in ("The", "A", "An") else role


def _role_at(index: TextIndex, mention: Candidate) -> str | None:
    start = index.token_at(mention.start)
    end = index.token_at(mention.end - 1) + 1
    before = _premodifier(index, start)
    after = apposition(index, end)
    if before and after and (strength(after) > strength(before) or _abbreviated_office(before)):
        return after  # "Booking insider Ann Roe, head of sales at Acme,": the title wins
    if after and not before:
        after = _signed(index.text, mention, after)
    found = before or after or _reversed(index, start) or _listed(index, start) or _bracketed(index, start, end)
    found = found or plural_before(index.doc, start)
    if found and strength(found) == 0:  # "Roe's mother, Ann Roe, is a part-time driver": the job says more
        doc = index.doc
        comma = end < len(doc) and doc[end].text == ","
        said = predicate(index, end) or (predicate(index, end + 1) if comma else None) or stated_role(index, mention)
        return said if said and strength(said) > 0 else found
    return found or predicate(index, end) or stated_role(index, mention)


def _signed(text: str, mention: Candidate, role: str) -> str:
    """ "Ann Roe, president and CEO, Acme Holdings" on a line of its own: the role takes the rest of the line."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    rest = text[mention.end : line_end if line_end >= 0 else len(text)].strip().removeprefix(",").strip()
    signed = line_start == mention.start and SIGNATURE.match(line) is not None and len(line.split()) <= 14
    signed = signed and not _SPOKE.search(rest)  # "Ann Roe, spokeswoman for X told reporters ...": a sentence
    return rest if signed and rest.startswith(role) and rest != role else role


_SPOKE = re.compile(r"\b(?:said|says|told|tells|added)\b")


def _abbreviated_office(role: str) -> bool:
    """ "Rep." says less than "the top Democrat on the committee" after the name."""
    return " " not in role and role.endswith(".")


def _bracketed(index: TextIndex, start: int, end: int) -> str | None:
    """ "Ann Roe (captain)", "a young starting pitcher (Ann Roe)", "a former correspondent named Ann Roe"."""
    doc = index.doc
    if end + 2 < len(doc) and doc[end].text == "(":
        close = next((k for k in range(end + 1, min(end + 6, len(doc))) if doc[k].text == ")"), None)
        return _valid_phrase(doc, end + 1, close) if close is not None else None
    bracket = start > 1 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")"
    if bracket or (start > 1 and doc[start - 1].lower_ == "named"):
        role = _bounded_left(index, start - 1, named=doc[start - 1].lower_ == "named")
        return role if role and not role[:1].isupper() else None  # "... Street (Ann Roe)": a sentence's start
    return None


def _listed(index: TextIndex, start: int) -> str | None:
    """ "Acme's sporting directors, Ann Roe and Bo Lin": the second name of a list takes the role too."""
    doc = index.doc
    if start < 3 or doc[start - 1].lower_ not in ("and", ","):
        return None
    j = start - 2
    while j >= 0 and start - j <= 5 and is_capitalized(doc[j].text) and doc[j].is_alpha:
        j -= 1
    if j < 1 or j == start - 2 or doc[j].text != ",":
        return None
    comma = j
    role = _phrase_left(index, comma, need_determiner=True) or _bounded_left(index, comma)
    return _singular(role) if role and _singular(role) != role else None  # a plural: "directors, A and B"


def has_role(index: TextIndex, mention: Candidate) -> bool:
    """Does a role phrase stand right before or in apposition to this mention?"""
    start = index.token_at(mention.start)
    end = index.token_at(mention.end - 1) + 1
    return bool(_premodifier(index, start) or apposition(index, end))


def roles_in_text(index: TextIndex, mentions: list[Candidate]) -> list[tuple[int, str]]:
    """(offset, role) for each mention that has one, for resolving 'counterpart'."""
    out: list[tuple[int, str]] = []
    for mention in mentions:
        start = index.token_at(mention.start)
        role = _premodifier(index, start) or apposition(index, index.token_at(mention.end - 1) + 1)
        if role and role.lower() != COUNTERPART:
            out.append((mention.start, role))
    return out


def _premodifier(index: TextIndex, start: int) -> str | None:
    doc = index.doc
    titles = start
    while start > 0:
        before = doc[start - 1]
        if lex.is_a(before.text, "honorific") and not lex.is_a(before.text, "role"):
            start -= 1  # a title between the role and the name: "archbishop Monsignor Jorge Scheinig"
        elif before.text == "." and start > 1 and lex.is_a(doc[start - 2].text + ".", "honorific"):
            start -= 2  # "Lt" + "."
        else:
            break
    first = _phrase_start(index, start)
    qualified = _text(doc, _typed_qualifier(index, first), start) if first is not None else None
    found = _role_with_place(index, start) or qualified or _head_of_left(index, start)
    if found:
        return found
    office = doc[titles - 2 : titles].text if titles > 1 and doc[titles - 1].text == "." else ""
    if titles > 0 and (is_office(doc[titles - 1]) or office.lower() in rw.OFFICES):
        first = titles - 2 if office else titles - 1
        return _text(doc, _qualifier(doc, first), titles)  # "Sen. Chris Murphy", "Texas Gov. Ann Roe"
    return None


_QUALIFIERS = {"ORG", "GPE", "FAC", "LOC"}


def _qualifier(doc: Doc, first: int) -> int:
    """Where "Morton County sheriff", "U.S. Attorney", "Acme Corp. senior economist" start.

    An institution or place named right before a title qualifies it; a person's name
    ("Harris campaign chair") or a nationality ("Brazilian Finance Minister") does not.
    """
    k = first - 1
    if k < 0:
        return first
    if doc[first].ent_iob_ == "I" and doc[first].ent_type_ in _QUALIFIERS:
        while k > 0 and doc[k].ent_iob_ == "I":
            k -= 1  # the role phrase starts inside the name: "Google | Search lead"
        listed = any(t.lower_ in ("and", ",") for t in doc[k:first])  # "Prince Archie and | Princess"
        return k if doc[k].ent_iob_ == "B" and not listed else first
    if doc[k].ent_type_ in _QUALIFIERS:
        while k > 0 and doc[k].ent_iob_ == "I":
            k -= 1
        return _of_an_institution(doc, k + 1 if doc[k].lower_ == "the" else k)
    place = k
    while place > 0 and first - place < 4 and doc[place].text[:1].isupper() and doc[place].is_alpha and \
            not doc[place].ent_type_:  # fmt: skip
        place -= 1  # an untagged place after "of": "Democratic Party of Japan" leader
    if place < k and doc[place].lower_ in ("of", "for"):
        extended = _of_an_institution(doc, place + 1)
        if extended <= place:
            return extended
    start = first  # an untagged name: "Democratic Party for the People" leader
    while k >= 0 and doc[first - 1].lower_ in ("the", "of", "for") and first - k < 8:
        token = doc[k]
        if token.text[:1].isupper() and token.is_alpha and token.ent_type_ not in ("PERSON", "NORP", "DATE"):
            start = k
        elif token.lower_ not in ("the", "of", "for", "and"):
            break
        k -= 1
    return start


def _typed_qualifier(index: TextIndex, first: int) -> int:
    """ "Acme Blizzard CEO Ann Roe": an organisation the tagger took for a person still qualifies the title."""
    doc = index.doc
    found = _qualifier(doc, first)
    if found < first or first < 1 or doc[first - 1].ent_type_ != "PERSON":
        return found
    end = doc[first - 1].idx + len(doc[first - 1].text)
    start = index.organizations.get(end)
    if start is None or index.starts[index.token_at(start)] != start:
        return found
    name = index.text[start:end]
    # one plain word ("Harris campaign chair") may be a person's surname the article never explains
    plain = " " not in name and name[1:].islower()
    return found if plain else index.token_at(start)


def _of_an_institution(doc: Doc, start: int) -> int:
    """ "Federal Reserve Bank of | Kansas City President": the institution a place after "of" belongs to."""
    if start < 2 or doc[start - 1].lower_ not in ("of", "for"):
        return start
    k = start - 2
    if doc[k].ent_type_ != "ORG" or not doc[k].text[:1].isupper():
        return start
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k + 1 if doc[k].lower_ == "the" else k


def _head_of_left(index: TextIndex, start: int) -> str | None:
    """ "minister of mines and energy Tom Alweendo": a head, "of" and lower-case words before the name."""
    doc = index.doc
    i = start - 1
    while i > 0 and start - i <= 6 and (doc[i].is_lower and doc[i].is_alpha and doc[i].lower_ != "of"):
        i -= 1
    if i < 1 or i == start - 1 or doc[i].lower_ != "of" or not lex.is_a(doc[i - 1].text, "role"):
        return None
    if any(doc[k].lower_ in STOP_WORDS and doc[k].lower_ != "and" for k in range(i + 1, start)):
        return None
    return _phrase_left(index, i) and _text(doc, i - 1, start)


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
    """ "the finance minister, Klaus Weber": a role phrase, a comma, then the name."""
    doc = index.doc
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].text == ",":
        return None
    role = _phrase_left(index, start - 1, need_determiner=True) or _bounded_left(index, start - 1)
    return _singular(role) if role else None


def _singular(role: str) -> str:
    """ "sporting directors, Ann Roe and Bo Lin": each of them is a sporting director ("two daughters": a daughter)."""
    words = role.split()
    last = words[-1]
    if last.endswith("s") and (lex.is_a(last[:-1], "role") or lex.is_a(last[:-1], "personnoun")):
        counted = len(words) > 1 and (words[0].isdigit() or words[0].lower() in _NUMBERS)
        return " ".join(words[1:] if counted else words)[:-1]
    return role


_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"}


def _bounded_left(index: TextIndex, comma: int, named: bool = False) -> str | None:
    """A longer role phrase between a boundary and the comma before the name.

    "South Africa's minister of electricity, X", "The head of Acme's research unit, X",
    "MEC for Local Affairs, X": the nearest boundary (a possessive, a determiner, a comma, the
    start of the sentence) whose phrase has a role head and ends in it or its complement.
    """
    doc = index.doc
    i = comma - 1
    while i >= 0 and comma - i <= _MAX_PHRASE:
        token = doc[i]
        boundary = token.text in _POSSESSIVE or token.lower_ in _DETERMINERS or token.text in (",", ":", "(", ";")
        if index.initial[i] and not boundary:
            phrase = _valid_phrase(doc, i, comma)
            return phrase
        if boundary:
            article = token.lower_ in ("the", "a", "an", "one", "another")
            if article and i > 0 and doc[i - 1].lower_ in rw.PREPOSITIONS and not named:
                return None  # "told the minister, Ann Roe" ("wrote to a reporter named Ann Roe" is Roe)
            if token.lower_ in _ARTICLES and i > 0 and doc[i - 1].lower_ in _CLAUSE_PREPOSITIONS:
                return None  # "During their first encounter, Ann Roe said"
            phrase = _valid_phrase(doc, i + 1, comma)
            if phrase or token.text in (",", ":", "(", ";"):
                return phrase
        elif (token.is_punct and token.text not in ("-", "–")) or token.is_space:
            return None
        i -= 1
    return None


def _valid_phrase(doc: Doc, first: int, end: int) -> str | None:
    """The role phrase doc[first:end] when it has a role head and nothing but a complement after it."""
    while first < end and (gazetteer.is_demonym(doc[first].text) or doc[first].lower_ in ("and", "of", "for")):
        first += 1
    if first >= end:
        return None
    heads = [i for i in range(first, end) if is_role_head(doc[i], plural=True) and not rw.in_name(doc, i)]
    if not heads:
        return None
    tail = heads[-1] + 1
    if tail < end and doc[tail].lower_ not in rw.COMPLEMENT:
        return None
    for i in range(first, end):
        token = doc[i]
        lower = token.lower_
        then = lower == "then" and i + 1 < end and doc[i + 1].text in ("-", "–")  # "then-PR chief": former
        counted = token.like_num and i == first and i + 2 == end  # "their two daughters, A and B"
        if lower in STOP_WORDS and lower not in rw.PHRASE_STOPS | _POSSESSIVE | {"former"} and not then | counted:
            return None  # a clause, not a title: "the man who said, X"
    return doc[first:end].text


def _phrase_left(index: TextIndex, end: int, need_determiner: bool = False) -> str | None:
    """The role phrase ending right before token `end`, if there is one."""
    first = _phrase_start(index, end, need_determiner)
    return None if first is None else _text(index.doc, first, end)


def _phrase_start(index: TextIndex, end: int, need_determiner: bool = False) -> int | None:
    """Where the role phrase ending right before token `end` starts, if there is one."""
    doc = index.doc
    i = end - 1
    lower_mods: list[int] = []
    capital = False
    suffix = end >= 3 and doc[end - 1].is_lower and doc[end - 1].is_alpha and doc[end - 2].text == "-"
    if suffix and rw.modifier(doc, end - 2) and lex.is_a(doc[end - 3].text, "role"):
        return _phrase_start(index, end - 2, need_determiner)  # "President-elect", "Chair-designate"
    while i >= 0 and end - i <= _MAX_WORDS:
        if i == end - 1 and not role_word(doc, i) and is_role_head(doc[i]):
            pass  # "videographer", "stylist": an occupation right before the name
        elif doc[i].text in (",", "and") and (i == 0 or not rw.joins_roles(doc[i - 1]) or
                                              (end - i < 3 and not _paired(doc, i))):  # fmt: skip
            break  # "However, Acme executive Ann Roe", "the Federal Reserve and Fed chair Jerome Powell"
        elif role_word(doc, i):
            capital = capital or doc[i].text[:1].isupper()
        elif doc[i].text == "-" and rw.modifier(doc, i):
            pass  # "Secretary-Treasurer"
        elif doc[i].text == "." and i > 0 and doc[i - 1].lower_ in TITLE_ABBREVIATIONS:
            pass  # "Asst" + "." Chief
        elif (
            not capital
            and i < end - 1
            and rw.modifier(doc, i)
            and len(lower_mods) < 2
            and not _verb(doc[i])
            and doc[i].tag_ not in _FINITE
        ):  # "the cuts worry Olympian Ann Roe": a verb modifies no role
            lower_mods.append(i)
        else:
            break
        if index.initial[i]:
            i -= 1
            break
        i -= 1
    first = i + 1
    while first < end and doc[first].lower_ in _LINKS:
        first += 1
    if lower_mods and not _boundary(index, first - 1) and not doc[first].text[:1].isupper():
        first = lower_mods[0] + 1  # "met junior doctors Ann Roe": no verb in the role
        if doc[first].text == "-" and not doc[first - 1].whitespace_:
            first -= 1  # "says study co-author Ann Roe": "co-author", not "-author"
    first = title_compounds(doc, first, end)
    if first >= end or not _has_head(doc, first, end):
        return None
    if need_determiner and not (first > 0 and (doc[first - 1].lower_ in _DETERMINERS or
                                               gazetteer.is_demonym(doc[first - 1].text))):  # fmt: skip
        return None
    article = first > 1 and doc[first - 1].lower_ in ("the", "a", "an", "one", "another")
    opener = first > 1 and doc[first - 1].lower_ in _ARTICLES and doc[first - 2].lower_ in _CLAUSE_PREPOSITIONS
    if need_determiner and (opener or (article and doc[first - 2].lower_ in rw.PREPOSITIONS)):
        return None  # "after a call with the minister, Ann Roe left": Roe is not the minister
    return first


_ARTICLES = {"the", "a", "an", "one", "another", "their", "his", "her", "our", "my", "your", "its"}
# "During their first encounter, Ann Roe said": a phrase after these opens the sentence, not a role
_CLAUSE_PREPOSITIONS = {"during", "after", "before", "since", "until", "despite", "like", "unlike", "under", "over"}


# words after which an "-ed" word is a verb: auxiliaries, subject pronouns, adverbs ("they also signed")
_AUXILIARIES = {"has", "have", "had", "was", "were", "is", "are", "been", "be", "also", "then", "later", "recently",
                "he", "she", "we", "they", "i", "you", "it", "who", "which"}  # fmt: skip


_FINITE = {"VBP", "VBZ", "VBD", "MD"}


def _verb(token: Token) -> bool:
    """ "has promoted", "Acme named": a verb whose object the role phrase is, not a modifier ("the retired")."""
    if not token.lower_.endswith("ed") or token.i == 0:
        return False
    before = token.nbor(-1)
    subject = before.is_title and before.is_alpha and not gazetteer.is_demonym(before.text)  # "Acme named"
    return before.lower_ in _AUXILIARIES or (subject and before.ent_type_ != "NORP")


def _boundary(index: TextIndex, i: int) -> bool:
    """Can a role phrase start right after token i? After punctuation, a function word, a possessive or a name."""
    if i < 0 or index.initial[i + 1]:
        return True
    token = index.doc[i]
    edge = token.is_punct or token.lower_ in STOP_WORDS or token.text in _POSSESSIVE
    return edge or token.text[:1].isupper() or _verb(token)


def _paired(doc: Doc, i: int) -> bool:
    """ "Founder and Chairman Ann Roe": two titles joined by "and" right before the name."""
    return doc[i].text == "and" and i > 0 and lex.is_a(doc[i - 1].text, "role") and lex.is_a(doc[i + 1].text, "role")


def _has_head(doc: Doc, first: int, end: int) -> bool:
    """The phrase must end in a role head, or in 'head of Capitalised' ("Secretary of State")."""
    if is_role_head(doc[end - 1]):
        return True
    return end - first >= 3 and doc[end - 2].lower_ == "of" and lex.is_a(doc[end - 3].text, "role")


def _text(doc: Doc, first: int, end: int) -> str:
    return doc[first:end].text  # a Span's text: no whole-Doc join
