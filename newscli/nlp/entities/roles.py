"""A person's role as the article writes it, read from the words around the name.

Five patterns cover most news prose, all read without a parser:

* premodifier:  "Japanese Foreign Minister Taro Kono", "legal scholar Ann Roe", "Sen. Ann Roe"
* apposition:   "Lavrov, Russia's foreign minister, said", "Ann Roe, a senior fellow at the X Institute,"
* reversed:     "the Russian foreign minister, Sergey Lavrov,", "Acme's chief economist, Ann Roe,"
* predicate:    "Ann Roe is the head of the X Group", "Ann Roe, who heads the council,"
* counterpart:  "his Russian counterpart Sergey Lavrov" takes the other person's role.

A role phrase ends in a role head: a title ("minister", "chief executive"), an occupation
("economist", "stylist", "videographer") or a word built like one; it may keep its modifiers
("senior", "freelance", "Transnet pipelines") and an "of"/"for" complement ("head of hotels").
Nationality words, place names, determiners and possessives before it are left out ("Japan's
economy, trade and industry minister" -> "economy, trade and industry minister").
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities import rolewords as rw
from newscli.nlp.entities.rolewords import is_office, is_role_head
from newscli.nlp.entities.text import Candidate, TextIndex, is_capitalized

_LINKS = {"of", "for", "and", ","}
_DETERMINERS = {"the", "a", "an", "'s", "’s", "its", "his", "her", "their", "our", "my", "your"}
_POSSESSIVE = {"'s", "’s"}
_STOP_ENTS = {"GPE", "PERSON", "LOC", "DATE", "CARDINAL"}
COUNTERPART = "counterpart"
_MAX_WORDS = 8
_MAX_PHRASE = 16  # tokens a role phrase with its complement may span


def role_of(index: TextIndex, mentions: list[Candidate], known: list[tuple[int, str]]) -> str | None:
    """The first role the text gives any of a person's mentions.

    `known` holds (offset, role) of people already resolved, for "counterpart".
    """
    found: list[tuple[int, str]] = []
    for mention in mentions:
        role = _role_at(index, mention)
        if role:
            found.append((mention.start, role))
    for offset, role in sorted(found):
        if role.lower() != COUNTERPART:
            return role
        earlier = [r for at, r in known if at < offset and offset - at < 400 and r.lower() != COUNTERPART]
        if earlier:
            return earlier[-1]
    return None


def _role_at(index: TextIndex, mention: Candidate) -> str | None:
    start = index.token_at(mention.start)
    end = index.token_at(mention.end - 1) + 1
    before = _premodifier(index, start)
    after = _apposition(index, end)
    if before and after and _strength(after) > _strength(before):
        return after  # "Booking insider Ann Roe, head of sales at Acme,": the title wins
    return before or after or _reversed(index, start) or _listed(index, start) or _predicate(index, end)


def _strength(role: str) -> int:
    """A title ("director") says more than an occupation ("insider")."""
    words = role.split()
    return 2 if any(lex.is_a(w, "role") for w in words) else 1 if any(lex.is_a(w, "personnoun") for w in words) else 0


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
    titles = start
    while start > 0:
        before = doc[start - 1]
        if lex.is_a(before.text, "honorific") and not lex.is_a(before.text, "role"):
            start -= 1  # a title between the role and the name: "archbishop Monsignor Jorge Scheinig"
        elif before.text == "." and start > 1 and lex.is_a(doc[start - 2].text + ".", "honorific"):
            start -= 2  # "Lt" + "."
        else:
            break
    found = _role_with_place(index, start) or _phrase_left(index, start) or _head_of_left(index, start)
    if found:
        return found
    if titles > 0 and is_office(doc[titles - 1]):
        return doc[titles - 1].text  # "Sen. Chris Murphy"
    return None


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
    """ "sporting directors, Ann Roe and Bo Lin": each of them is a sporting director."""
    last = role.split()[-1]
    if last.endswith("s") and (lex.is_a(last[:-1], "role") or lex.is_a(last[:-1], "personnoun")):
        return role[:-1]
    return role


def _bounded_left(index: TextIndex, comma: int) -> str | None:
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
            if token.lower_ in ("the", "a", "an") and i > 0 and doc[i - 1].lower_ in rw.PREPOSITIONS:
                return None  # "told the minister, Ann Roe": Roe is not the minister
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
        if lower in STOP_WORDS and lower not in rw.PHRASE_STOPS and lower not in _POSSESSIVE:
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
        if i == end - 1 and not _role_word(doc, i) and is_role_head(doc[i]):
            pass  # "videographer", "stylist": an occupation right before the name
        elif doc[i].text in (",", "and") and (i == 0 or not rw.joins_roles(doc[i - 1]) or end - i < 3):
            break  # "However, Acme executive Ann Roe", "the Federal Reserve and Fed chair Jerome Powell"
        elif _role_word(doc, i):
            capital = capital or doc[i].text[:1].isupper()
        elif doc[i].text == "-" and rw.modifier(doc, i):
            pass  # "Secretary-Treasurer"
        elif not capital and i < end - 1 and rw.modifier(doc, i) and len(lower_mods) < 2:
            lower_mods.append(i)
        else:
            break
        if index.initial[i]:
            i -= 1
            break
        i -= 1
    first = i + 1
    if lower_mods and not _boundary(index, i) and not doc[first].text[:1].isupper():
        first = lower_mods[0] + 1  # "met junior doctors Ann Roe": no verb in the role
    while first < end and doc[first].lower_ in _LINKS:
        first += 1
    if first >= end or not _has_head(doc, first, end):
        return None
    if need_determiner and not (first > 0 and (doc[first - 1].lower_ in _DETERMINERS or
                                               gazetteer.is_demonym(doc[first - 1].text))):  # fmt: skip
        return None
    article = first > 1 and doc[first - 1].lower_ in ("the", "a", "an")
    if need_determiner and article and doc[first - 2].lower_ in rw.PREPOSITIONS:
        return None  # "after a call with the minister, Ann Roe left": Roe is not the minister
    return first


def _boundary(index: TextIndex, i: int) -> bool:
    """Can a role phrase start right after token i? After punctuation, a function word, a possessive or a name."""
    if i < 0 or index.initial[i + 1]:
        return True
    token = index.doc[i]
    return token.is_punct or token.lower_ in STOP_WORDS or token.text in _POSSESSIVE or token.text[:1].isupper()


def _apposition(index: TextIndex, end: int) -> str | None:
    """'NAME, [the|a|X's|Russian] ROLE [of ...],' -> ROLE."""
    doc = index.doc
    if end + 1 < len(doc) and doc[end].text == "." and doc[end + 1].text == ",":
        end += 1  # "Dean Angelo Sr., president of ..."
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        end += 2  # "Ann Roe, 45, a teacher from Leeds,": the age comes first
    end = rw.past_designation(doc, end)  # "Ann Roe, R-Ohio, chairman of the committee,"
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    i = _skip_owner(doc, i)
    while i < len(doc) and gazetteer.is_demonym(doc[i].text):
        i += 1
    bare = i == end + 1 and i < len(doc) and rw.modifier(doc, i) and not lex.is_a(doc[i].text, "rolemod")
    if bare and not is_role_head(doc[i]) and not (i + 1 < len(doc) and doc[i + 1].text == "-"):
        return None  # "Ann Roe, told reporters": a verb, not a role
    return _phrase_right(doc, i, simple_end=True)


def _skip_owner(doc: Doc, i: int) -> int:
    """Past "Russia's", "the European Union's", "its": the owner of the role."""
    if i < len(doc) and doc[i].lower_ in ("its", "his", "her", "their"):
        return i + 1
    j = i
    while j < len(doc) and j - i < 5 and (doc[j].text[:1].isupper() or doc[j].lower_ in ("of", "for", "&")):
        j += 1
    if j > i and j < len(doc) and (doc[j].text in _POSSESSIVE or doc[j].text in ("'", "’")):
        return j + 1  # "Russia's", "the Patriots'"
    return i


def _phrase_right(doc: Doc, start: int, simple_end: bool) -> str | None:
    """A role phrase starting at `start`: modifiers, a head, complements, "and" another role."""
    i = start
    head = -1
    finish = -1
    while i < len(doc) and i - start < _MAX_PHRASE:
        token = doc[i]
        if is_role_head(token) and not rw.in_name(doc, i):
            if token.lower_ == COUNTERPART:
                return None
            head = i
        elif token.lower_ in rw.COMPLEMENT and head == i - 1 and i + 1 < len(doc):
            finish = _complement_end(doc, i + 1)
            break
        elif token.lower_ == "and" and head == i - 1 and i + 1 < len(doc) and _role_follows(doc, i + 1):
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
    after = doc[finish] if finish < len(doc) else None
    ends = after is None or after.text in (",", ".", ";", ")", ":", "—", "–") or after.lower_ in rw.PHRASE_END
    if simple_end and not ends and after is not None and after.lower_ not in ("said", "says", "told", "and", "added"):
        return None
    first = start
    while first < head and (doc[first].like_num or doc[first].text in ("-", "–") or
                            doc[first].lower_ in ("year", "old", "years")):  # fmt: skip
        first += 1  # "the 26-year-old president" -> "president"
    return _text(doc, first, finish)


def _inside_phrase(doc: Doc, i: int, head: int) -> bool:
    """May token i stand in a role phrase read rightwards (head: the last role head so far, or -1)?"""
    token = doc[i]
    if (token.is_punct and token.text != "-") or (token.lower_ in _LINKS and head < 0):
        return False
    return _role_word(doc, i) or rw.modifier(doc, i) or token.like_num or rw.place_word(doc, i)


def _role_follows(doc: Doc, i: int) -> bool:
    for j in range(i, min(i + 4, len(doc))):
        if is_role_head(doc[j]):
            return True
        if not (rw.modifier(doc, j) or _role_word(doc, j)):
            return False
    return False


def _complement_end(doc: Doc, i: int) -> int:
    """The end of "of the X Group", "for Canadian rates": up to a comma, a clause or a place."""
    start = i
    while i < len(doc) and i - start < 10:
        token = doc[i]
        if token.is_punct and token.text not in ("-", "'s", "’s", "&", "’", "'"):
            break
        if token.lower_ in rw.PHRASE_END or token.is_space or token.lower_ in ("said", "says", "told", "is", "was"):
            break
        if lex.is_a(token.text, "time") or token.lower_ in ("last", "this", "next", "today", "yesterday"):
            break  # "leader of the bureau on Tuesday"
        more = i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or _role_follows(doc, i + 1))
        if token.lower_ == "and" and not more:
            break
        i += 1
    return i


def _predicate(index: TextIndex, end: int) -> str | None:
    """'Ann Roe is the head of X', 'Ann Roe, who heads the council,', 'continue as manager'."""
    doc = index.doc
    i = end
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "who":
        i += 2
    if i >= len(doc):
        return None
    verb = doc[i].lower_
    if verb in rw.HEADS_VERBS and i + 1 < len(doc):
        stop = _complement_end(doc, i + 1)
        if stop > i + 1 and stop - i <= 8:
            return f"{rw.HEADS_VERBS[verb]} {_text(doc, i + 1, stop)}"
        return None
    if verb not in rw.COPULA_STARTS:
        return None
    for words in rw.COPULAS_LONGEST_FIRST:
        if tuple(doc[k].lower_ for k in range(i, min(i + len(words), len(doc)))) == words:
            j = i + len(words)
            if j < len(doc) and doc[j].lower_ in ("the", "a", "an", "its", "their"):
                j += 1
            j = _skip_owner(doc, j)
            return _phrase_right(doc, j, simple_end=False)
    return None


def _role_word(doc: Doc, i: int) -> bool:
    token = doc[i]
    text = token.text
    if token.is_space or gazetteer.is_demonym(text):
        return False
    if token.lower_ == "former":
        return True  # "former President Ann Roe": stripped from names, kept in roles
    if text in _POSSESSIVE or lex.is_a(text, "det") or (lex.is_a(text, "honorific") and not lex.is_a(text, "role")):
        return False
    if lex.is_a(text, "role") or lex.is_a(text, "rolemod") or token.lower_ in _LINKS:
        return True  # even inside an NER span: "Russian First" | Deputy Foreign Minister
    if token.ent_type_ in _STOP_ENTS:
        return False
    return is_capitalized(text) and text.isalpha() and gazetteer.lookup(text) is None


def _has_head(doc: Doc, first: int, end: int) -> bool:
    """The phrase must end in a role head, or in 'head of Capitalised' ("Secretary of State")."""
    if is_role_head(doc[end - 1]):
        return True
    return end - first >= 3 and doc[end - 2].lower_ == "of" and lex.is_a(doc[end - 3].text, "role")


def _text(doc: Doc, first: int, end: int) -> str:
    return doc[first:end].text  # a Span's text: no whole-Doc join
