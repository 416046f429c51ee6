"""Roles from a description that takes a name up again: "... said Ann Roe. The actress died in May."

News prose names a person once and then refers back to them by what they are: "the former
president has made ...", "the singer's representatives said", "what the actor is most excited
about". The dependency parse finds such a description: a subject (or the owner of a subject)
made of "the", modifiers and a role head, with nothing after the head that would make it a new
person ("the officer who arrested him", "the head of the agency"). It takes the person named
just before it, but only when that is unambiguous:

* exactly one person is named between the start of the previous sentence and the description
  (a name that modifies a noun, "the Trump team", "Trump advocate", counts for nobody);
* a gendered word agrees with the person's given name ("the actress", "she");
* the description's own clause does not name that person, before or after it ("The judge sent
  Roe home", "Citing Ann Roe, the minister said");
* the description is not inside a quotation (a speaker talks about someone else);
* no name stands beside it ("the actress Ann Roe", "the actress, Ann Roe,": premodifier and
  reversed apposition, read in roles.py).

It is the weakest evidence of a role: a row keeps it only when nothing else gives one.

The parse also reads a predicate whose verb does not follow the name ("Ann Roe also served as
the head of X", "Ann Roe, whose son ..., became a medical commentator"), and one whose subject
is "he" or "she" right after the only person named ("... says Ann Roe. She's the director of X").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newscli.nlp import lexicon as lex
from newscli.nlp.entities.appositions import head_at, phrase_right, skip_owner
from newscli.nlp.entities.rolewords import NOT_ROLES, is_role_head
from newscli.nlp.entities.text import Candidate, TextIndex
from newscli.nlp.given_names import given_name

_HANDLE_AFTER = re.compile(r"\s*\(@\w+\)")
_SUBJECTS = {"nsubj", "nsubjpass"}
_NEW_REFERENT = {"acl", "relcl", "appos", "prep", "nummod", "compound"}  # "the officer who ...", "the head of"
_STARS = {"star", "legend", "icon", "veteran"}  # "the country star" (a person noun of praise)
_OPEN = {"“": 1, "”": -1}
_BE = {"be", "become", "remain"}  # "is/became/remains the head of X"
_AS = {"serve", "work", "continue", "act"}  # "served as the head of X"
_PRONOUNS = {"he", "she"}


def described_roles(index: TextIndex, groups: list[list[Candidate]]) -> list[str | None]:
    """For each person (a group of mentions), the first description that takes them up, if any."""
    doc = index.doc
    found: list[str | None] = [None] * len(groups)
    if not groups or not doc.has_annotation("DEP"):
        return found
    every = sorted((m.start, m.end, g) for g, group in enumerate(groups) for m in group)
    # an account's display name in an embedded post's signature ("posted by xoxo, Joanne (@ladygaga)") is
    # no one the story has just named
    named = [(start, end, g) for start, end, g in every
             if not _modifier(doc[index.token_at(end - 1)]) and not _HANDLE_AFTER.match(index.text, end)]  # fmt: skip
    sentences = list(doc.sents)
    for k, sentence in enumerate(sentences):
        for token in sentence:
            role = _description(doc, token) or (_predicate(doc, token) if token.lower_ in _PRONOUNS else None)
            if role is None:
                continue
            at = token.left_edge.idx
            since = sentences[k - 1].start_char if k > 0 else sentence.start_char
            before = {g for start, end, g in named if since <= start and end <= at}
            if len(before) != 1 or _quoted(index.text, at):
                continue
            person = before.pop()
            if not _agrees(token, groups[person]):
                continue
            verb = token.head if token.dep_ != "poss" else token.head.head
            clause = (doc[verb.left_edge.i].idx, verb.right_edge.idx)  # "Citing Ann Roe, the minister said"
            again = any(g == person and (at < start < sentence.end_char or clause[0] <= start <= clause[1])
                        for start, _, g in every)  # fmt: skip
            if not again and found[person] is None:
                found[person] = role
    return found


def _description(doc: Doc, token: Token) -> str | None:
    """ "the former president" as the subject (or the subject's owner) of its clause -> "former president"."""
    subject = token.dep_ in _SUBJECTS or (token.dep_ == "poss" and token.head.dep_ in _SUBJECTS)
    if not subject or token.pos_ not in ("NOUN", "PROPN") or token.ent_type_:
        return None
    head = token
    if token.lower_ in ("elect", "designate") and token.i > 1 and doc[token.i - 1].text == "-":
        head = doc[token.i - 2]  # "the President-elect"
    if head.lower_ in NOT_ROLES or not (is_role_head(head, loose=False) or head.lower_ in _STARS):
        return None
    first = token.left_edge
    if first.lower_ != "the" or first.i == token.i:
        return None
    if any(child.dep_ in _NEW_REFERENT and child.i > token.i and child.lower_ != "with" for child in token.children):
        return None  # "the officer who arrested him", "the head of the agency"; "the actress with the long lashes"
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and (after.ent_type_ == "PERSON" or (after.text == "," and _name_follows(doc, token.i + 2))):
        return None
    words = doc[first.i + 1 : token.i + 1]
    return _modifiers(words)


def _modifier(last: Token) -> bool:
    """ "the Trump team", "Trump advocate Ann Roe": a name that modifies a noun refers to nobody here."""
    return last.dep_ == "compound" and last.head.i > last.i and last.head.ent_type_ != "PERSON"


def _name_follows(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].ent_type_ == "PERSON"


def _modifiers(words: Span) -> str | None:
    """The description without a quoted title or an age before the head: "the “Bad Romance” singer" -> "singer"."""
    start = 0
    for n, word in enumerate(words):
        if (word.is_punct and word.text not in ("-", "–")) or word.like_num:
            start = n + 1
    kept = words[start:]
    return kept.text if len(kept) else None


def _quoted(text: str, at: int) -> bool:
    """Is the offset inside a quotation opened in its paragraph?"""
    paragraph = text.rfind("\n", 0, at) + 1
    before = text[paragraph:at]
    curly = sum(_OPEN.get(c, 0) for c in before)
    return curly > 0 or before.count('"') % 2 == 1


def stated_role(index: TextIndex, mention: Candidate) -> str | None:
    """ "Ann Roe also served as the head of X": the role a predicate gives the mention as its subject."""
    doc = index.doc
    if not doc.has_annotation("DEP"):
        return None
    return _predicate(doc, doc[index.token_at(mention.end - 1)])


def _predicate(doc: Doc, subject: Token) -> str | None:
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.i == subject.i or any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lemma_ in _BE:
        heads = [c for c in verb.children if c.dep_ == "attr" and c.i > verb.i]
    elif verb.lemma_ in _AS:
        heads = [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"
        ]
    else:
        return None
    if len(heads) != 1 or not head_at(doc, heads[0].i) or not _person_noun(heads[0]):
        return None
    j = heads[0].left_edge.i
    if doc[j].lower_ in ("the", "a", "an", "its", "their"):
        j += 1
    owners = [c.right_edge.i + 1 for c in heads[0].children if c.dep_ == "poss"]
    j = max([j, *owners])  # past "the team's", "Bush's": the owner is not part of the role
    span = phrase_right(doc, skip_owner(doc, j), simple_end=False)
    return doc[span[0] : span[1]].text if span else None


def _person_noun(token: Token) -> bool:
    """A title or occupation; a word merely built like one must not end in "-er" ("his entire career")."""
    if is_role_head(token, loose=False) or token.lower_ in _STARS | {"member"}:
        return True
    return token.pos_ == "NOUN" and not token.lower_.endswith("er")


_FEMALE = ("ess", "woman", "lady")
_MALE = ("man",)


def _agrees(word: Token, group: list[Candidate]) -> bool:
    """ "she", "the actress": not a person whose given name is a man's (and the other way round)."""
    lower = word.lower_
    wanted = "F" if lower == "she" or lower.endswith(_FEMALE) else "M" if lower == "he" or lower.endswith(_MALE) else ""
    if not wanted:
        return True
    names = [m.text.split()[0] for m in group if " " in m.text]
    sexes = {given_name(name) for name in names} - {None, "-"}
    return not sexes or sexes == {wanted}


def title_compounds(doc: Doc, first: int, end: int) -> int:
    """ "school board President Ann Roe": nouns the parse joins to a capitalised title belong to it."""
    k = first
    while k > 0 and first - k < 2 and first < end and doc[first].text[:1].isupper():
        word = doc[k - 1]
        if not (
            word.is_lower and word.is_alpha and word.pos_ == "NOUN" and word.dep_ == "compound" and word.head.i >= k
        ):
            break
        k -= 1
    return k


def plural_before(doc: Doc, start: int) -> str | None:
    """ "linebackers Ann Roe or Bo Lin": a plural occupation right before a list of names gives each of them one."""
    i = start - 1
    while i > 0 and start - i < 12 and (doc[i].is_title or doc[i].lower_ in ("and", "or", ",")):
        i -= 1  # back over the names listed before this one
    head = doc[i]
    single = head.lower_[:-1]
    if not head.is_lower or not head.lower_.endswith("s") or head.lower_.endswith("ss"):
        return None
    if single in NOT_ROLES or not (lex.is_a(single, "role") or lex.is_a(single, "personnoun")):
        return None
    if not doc[i + 1].is_title or head.pos_ != "NOUN":
        return None  # a noun right before the first name ("to other ministers, Ann Roe said": not hers)
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound") and c.is_lower and c.is_alpha]
    return " ".join([*(c.text for c in mods), head.text[:-1]])
