"""Roles written after a person's name: appositions and predicates.

* apposition: "Lavrov, Russia's foreign minister, said", "Ann Roe, a senior fellow at the X
  Institute,", "Ann Roe, interest rate strategist at Acme Capital." (no article), "Ann Roe, a
  member of the X Nation who ...", "Ann Roe, 45, a teacher", "Rep. Ann Roe, Md., the top
  Democrat on the committee";
* predicate: "Ann Roe is the head of the X Group", "Ann Roe, who heads the council,".

A role phrase is modifiers, a head ("minister", "economist", "member of"), an "of"/"for"/"to"
complement ("ambassador to Germany"), the employer after "at"/"with" ("climate scientist at
Princeton University", "a lawyer with the attorney general's office") and a second role after
"and" ("CEO and a founding member of Acme"). A possessive owner that is not a person stays in
front ("the State Department's inspector general"); "the 41-year-old" does not.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities import rolewords as rw
from newscli.nlp.entities.rolewords import is_role_head, role_word
from newscli.nlp.entities.text import TextIndex

COUNTERPART = "counterpart"
_LINKS = {"of", "for", "and", ","}
_MAX_PHRASE = 16  # tokens a role phrase with its complement may span
_POSSESSIVE = {"'s", "’s", "'", "’"}
_ENDS = {",", ".", ";", ")", "(", ":", "—", "–"}
_SPEECH = {"said", "says", "told", "and", "added"}
_MEMBER = {"member", "members"}
_PRESENT = {"now", "currently", "still"}  # adverbs before an apposition that keep it a present role
_PAST = {"formerly", "previously", "once"}  # "Ann Roe, formerly a booker for X," -> "former booker for X"
_INNER = {"of", "for", "and", "&", "on", "in", "the"}  # small words inside an institution's name


def apposition(index: TextIndex, end: int) -> str | None:
    """'NAME, [the|a|X's|Russian] ROLE [of ...],' -> ROLE."""
    doc = index.doc
    if end + 1 < len(doc) and doc[end].text in (".", ")") and doc[end + 1].text == ",":
        end += 1  # "Dean Angelo Sr., president of ...", "Faiz (Prof Mohd Faiz), director of ..."
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        end += 2  # "Ann Roe, 45, a teacher from Leeds,": the age comes first
    end = rw.past_designation(doc, end)  # "Ann Roe, R-Ohio, chairman of the committee,"
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    past = i + 1 < len(doc) and doc[i].lower_ in _PAST and doc[i + 1].lower_ in ("the", "a", "an")
    if i + 1 < len(doc) and (doc[i].lower_ in _PRESENT or past) and doc[i + 1].lower_ in ("the", "a", "an"):
        i += 1  # "Ann Roe, now a heart surgeon,": the role she holds today; "formerly a booker": a former one
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    owner = i
    i = skip_owner(doc, i)
    owned = i
    while i < len(doc) and gazetteer.is_demonym(doc[i].text):
        i += 1
    span = phrase_right(doc, i, simple_end=True)
    if span is None:
        return None
    first, finish = span
    bare = owner == end + 1 and doc[owner].lower_ not in ("the", "a", "an")
    if finish < len(doc) and doc[finish].lower_ in _SPEECH - {"and"} and not (bare and _opens_clause(doc, end)):
        return None  # "Citing Ann Roe, the minister said ...": the minister is someone else, speaking
    if first == i == owned and _org_owner(doc, owner, owned):
        first = owner  # "the State Department's inspector general"
    return ("former " if past else "") + doc[first:finish].text


def _opens_clause(doc: Doc, end: int) -> bool:
    """Does the name ending before token `end` open its clause ("Later, Ann Roe, Director of X told ...")?

    Then a bare title after it, with no closing comma before the speech verb, is still her role.
    """
    k = end - 1
    while k > 0 and end - k <= 5 and doc[k].text[:1].isupper() and doc[k].ent_type_ == "PERSON":
        k -= 1
    name_start = k + 1 if not (doc[k].text[:1].isupper() and doc[k].ent_type_ == "PERSON") else k
    return name_start < end and (doc[name_start].is_sent_start or doc[name_start - 1].text in (",", ";", ":"))


def skip_owner(doc: Doc, i: int) -> int:
    """Past "Russia's", "the European Union's", "its": the owner of the role."""
    if i < len(doc) and doc[i].lower_ in ("its", "his", "her", "their"):
        return i + 1
    j = i
    while j < len(doc) and j - i < 5 and (doc[j].text[:1].isupper() or doc[j].lower_ in ("of", "for", "&")):
        j += 1
    if j > i and j < len(doc) and doc[j].text in _POSSESSIVE:
        return j + 1  # "Russia's", "the Patriots'"
    j = i
    while j < len(doc) and j - i < 2 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in STOP_WORDS:
        j += 1
    if j > i and j + 1 < len(doc) and doc[j].text in _POSSESSIVE and doc[j + 1].text[:1].isalpha():
        return j + 1  # "the agency's chief economist", "the project's lead investigator"
    return i


def _org_owner(doc: Doc, owner: int, i: int) -> bool:
    """Is doc[owner:i] an institution's possessive ("the State Department's"), not a person's?"""
    if i - owner < 2 or doc[i - 1].text not in _POSSESSIVE:
        return False
    words = doc[owner : i - 1]
    if all(t.is_lower for t in words):
        return False  # "the team's chief economist" -> "chief economist"
    if any(t.ent_type_ in ("PERSON", "NORP") or lex.is_a(t.text, "honorific") for t in words):
        return False
    return any(t.ent_type_ in ("ORG", "FAC") or lex.head_type(t.text) == "organization" for t in words)


def head_at(doc: Doc, i: int) -> bool:
    """A role head, or "member" with its group after it ("a member of the council")."""
    if is_role_head(doc[i]):
        return True
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    party = doc[i].text in rw.PARTY_MEMBERS and i > 0 and doc[i - 1].is_lower  # "the top Democrat on"
    return (doc[i].lower_ in _MEMBER and after in ("of", "on")) or (party and after in ("on", "in", "of"))


def phrase_right(doc: Doc, start: int, simple_end: bool, second: bool = True) -> tuple[int, int] | None:
    """A role phrase starting at `start`: modifiers, a head, complements, "and" another role."""
    i = start
    head = -1
    finish = -1
    while i < len(doc) and i - start < _MAX_PHRASE:
        token = doc[i]
        if head_at(doc, i) and not rw.in_name(doc, i):
            if token.lower_ == COUNTERPART:
                return None
            head = i
        elif token.lower_ in rw.COMPLEMENT and head == i - 1 and i + 1 < len(doc):
            finish = complement_end(doc, i + 1)
            break
        elif token.lower_ == "and" and head == i - 1 and i + 1 < len(doc) and role_follows(doc, i + 1):
            pass  # "senior vice president and head of hotels"
        elif not _inside_phrase(doc, i, head):
            break
        i += 1
    if head < 0:
        return None
    if finish < 0:
        finish = head + 1
    while finish > head + 1 and (doc[finish - 1].is_punct or doc[finish - 1].lower_ in _LINKS | {"the", "on"}):
        finish -= 1
    longer = _employer_end(doc, finish)
    if second:
        longer = _second_role_end(doc, longer)
    if _ends(doc, longer):
        finish = longer
    elif simple_end and not _ends(doc, finish):
        return None
    first = start
    while first < head and (any(c.isdigit() for c in doc[first].text) or doc[first].text in ("-", "–") or
                            doc[first].lower_ in ("year", "old", "years")):  # fmt: skip
        first += 1  # "the 26-year-old president" -> "president"
    return first, finish


def _ends(doc: Doc, finish: int) -> bool:
    """Does a role phrase end here: at punctuation, a clause, a place or a speech verb?"""
    after = doc[finish] if finish < len(doc) else None
    return after is None or after.text in _ENDS or after.lower_ in rw.PHRASE_END or after.lower_ in _SPEECH


def _employer_end(doc: Doc, i: int) -> int:
    """Past "at Princeton University", "with the attorney general's office": where the role is held."""
    if i + 1 >= len(doc) or doc[i].lower_ not in ("at", "with"):
        return i
    j = i + 1
    if doc[j].lower_ == "the" and j + 1 < len(doc):
        j += 1
    if doc[j].text[:1].isupper() and doc[j].ent_type_ not in ("PERSON", "GPE", "LOC", "DATE", "NORP"):
        k = j
        while k < len(doc) and k - j < 10 and _name_word(doc, k):
            k += 1
        return k if k > j else i
    if doc[i].lower_ != "with":
        return i
    for k in range(j, min(j + 5, len(doc))):  # "with the attorney general's office"
        word = doc[k]
        if not (word.is_lower or word.text in _POSSESSIVE):
            return i
        if lex.head_type(word.text) == "organization" or lex.is_a(word.text, "orgnoun"):
            return k + 1
    return i


def _name_word(doc: Doc, k: int) -> bool:
    """A word of a capitalised name, with its inner "of", "for", "and", "&" and possessive."""
    token = doc[k]
    if token.text[:1].isupper() and (token.is_alpha or token.text.endswith(".") or "-" in token.text):
        return token.ent_type_ not in ("DATE", "PERSON") or token.ent_iob_ == "I"
    if token.text in ("-", "–") and 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not token.whitespace_:
        return doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper()  # "University of Maine-Orono"
    inner = token.lower_ in _INNER or token.text in _POSSESSIVE
    after = doc[k + 1] if k + 1 < len(doc) else None
    if after is not None and after.lower_ == "the" and token.lower_ != "the":
        after = doc[k + 2] if k + 2 < len(doc) else None  # "Institute for Research in the Amazon"
    return inner and after is not None and after.text[:1].isupper() and after.ent_type_ != "GPE"


def _second_role_end(doc: Doc, i: int) -> int:
    """Past "and a founding member of Acme", "and an activist": a second role of the same person."""
    if i + 1 >= len(doc) or doc[i].lower_ != "and":
        return i
    j = i + 1
    if doc[j].lower_ in ("a", "an", "the"):
        j += 1
    span = phrase_right(doc, j, simple_end=False, second=False)
    return span[1] if span is not None else i


def _inside_phrase(doc: Doc, i: int, head: int) -> bool:
    """May token i stand in a role phrase read rightwards (head: the last role head so far, or -1)?"""
    token = doc[i]
    if (token.is_punct and token.text != "-") or (token.lower_ in _LINKS and head < 0):
        return False
    return role_word(doc, i) or rw.modifier(doc, i) or token.like_num or rw.place_word(doc, i)


def role_follows(doc: Doc, i: int) -> bool:
    for j in range(i, min(i + 4, len(doc))):
        if is_role_head(doc[j]):
            return True
        if not (rw.modifier(doc, j) or role_word(doc, j)):
            return False
    return False


def complement_end(doc: Doc, i: int) -> int:
    """The end of "of the X Group", "for Canadian rates": up to a comma, a clause or a place."""
    start = i
    while i < len(doc) and i - start < 10:
        token = doc[i]
        if token.is_punct and token.text not in ("-", "'s", "’s", "&", "’", "'"):
            break
        hyphened = token.lower_ == "based" and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
        if (token.lower_ in rw.PHRASE_END and not hyphened) or token.is_space or \
                token.lower_ in ("said", "says", "told", "is", "was"):  # fmt: skip
            break  # ("of the Dubai-based X Centre": "-based" is part of the name's phrase)
        if lex.is_a(token.text, "time") or token.lower_ in ("last", "this", "next", "today", "yesterday"):
            break  # "leader of the bureau on Tuesday"
        more = i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or rw.modifier(doc, i + 1))
        if token.lower_ == "and" and not more:
            break
        i += 1
    return i


def predicate(index: TextIndex, end: int) -> str | None:
    """'Ann Roe is the head of X', 'Ann Roe, who heads the council,', 'continue as manager'."""
    doc = index.doc
    i = end + 1 if end < len(doc) and doc[end].text == ")" else end  # "Faiz (Prof Mohd Faiz), who heads X"
    relative = i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "who"
    if relative:
        i += 2
    if i >= len(doc):
        return None
    verb = doc[i].lower_
    if relative and verb in ("'s", "’s"):
        verb = "is"  # "Ann Roe, who's an engineer": after "who" the clitic is "is", never a possessive
    if verb in rw.HEADS_VERBS and i + 1 < len(doc):
        stop = complement_end(doc, i + 1)
        if stop > i + 1 and stop - i <= 8 and _body(doc, i + 1, stop, named=verb == "led"):
            return f"{rw.HEADS_VERBS[verb]} {doc[i + 1 : stop].text}"
        return None
    if verb not in rw.COPULA_STARTS:
        return None
    for words in rw.COPULAS_LONGEST_FIRST:
        if (verb, *(doc[k].lower_ for k in range(i + 1, min(i + len(words), len(doc))))) == words:
            j = i + len(words)
            if j < len(doc) and doc[j].lower_ in ("the", "a", "an", "its", "their"):
                j += 1
            j = skip_owner(doc, j)
            span = phrase_right(doc, j, simple_end=False)
            return doc[span[0] : span[1]].text if span else None
    return None


def _body(doc: Doc, start: int, stop: int, named: bool) -> bool:
    """Does "heads/led/owns ..." govern an institution: a name, or (not after "led") a word like "council"?

    "led the charge", "led the league in rushing", "owns a home": an action, not a post.
    """
    words = doc[start:stop]
    if any(t.text[:1].isupper() and t.is_alpha and t.lower_ != "the" for t in words):
        return True
    return not named and any(lex.is_a(t.lower_, "orgnoun") or lex.head_type(t.text) == "organization" for t in words)
