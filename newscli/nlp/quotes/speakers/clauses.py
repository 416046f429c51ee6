"""Where a mention sits in its sentence: subject or not, of the main clause or of a report, definite or not."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newscli.nlp.quotes.cues import displaced_subject, is_cue
from newscli.nlp.quotes.names import is_person_noun

DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def is_subject(root: Token) -> bool:
    """Subject of its clause, or the source of "according to" (which stands in for one)."""
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    token = root
    for _ in range(3):
        if token.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return not displaced_subject(token)
        if token.dep_ not in ("appos", "compound", "conj") or token.head.i == token.i:
            return False
        if token.dep_ == "compound" and token.head.pos_ == "NOUN":
            return False  # "a Google spokesperson", "Travis Kelce‘s mom": the noun is the subject
        token = token.head
    return False


def is_main(root: Token) -> bool:
    """The mention is the subject of a clause of the sentence's own, not of one inside a noun or a report."""
    node = root
    for _ in range(4):
        if node.dep_ in ("nsubj", "nsubjpass"):
            if displaced_subject(node):
                return False
            verb = node.head
            for _ in range(4):  # "A said ... while B wrote ...": clauses side by side, not one inside a noun
                if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas")
                                                for c in verb.children):  # fmt: skip
                    return True  # a contrast stands beside the sentence however the parser hung it
                if verb.dep_ not in ("conj", "advcl") or verb.head.i == verb.i:
                    break
                verb = verb.head
            return verb.dep_ == "ROOT"
        if node.dep_ not in ("appos", "compound", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def is_reported(token: Token) -> bool:
    """The subject of a clause a reporting verb reports ("said Rinaldi is ..."): not the story's main actor."""
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.dep_ == "ccomp" and is_cue(verb.head)


def speaks(root: Token) -> bool:
    """The mention is (in) the subject of a reporting verb, or the source of "according to"."""
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    node = root
    for _ in range(4):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return is_cue(node.head) and not displaced_subject(node)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def noun_phrase(token: Token) -> Span:
    doc = token.doc
    start = min([token.i] + [c.left_edge.i for c in token.lefts if c.dep_ in ("det", "amod", "compound", "poss")])
    return doc[start : token.i + 1]


def is_definite(head: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) or glued_possessive(c)
               for c in head.children)  # fmt: skip


def glued_possessive(token: Token) -> bool:
    """ "Kelce‘s" written with the wrong apostrophe stays one token, which the parser takes for a compound."""
    return token.dep_ == "compound" and token.text[-2:] in ("‘s", "`s", "´s")


def hyphen_role(head: Token) -> Token | None:
    """ "the president-elect", "the attorney-general": one hyphenated word the parser splits (and may tag
    as a name); its person noun is the role."""
    doc = head.doc
    if not head.text.islower() or head.i < 2:
        return None
    hyphen, first = doc[head.i - 1], doc[head.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or first.head.i != head.i:
        return None
    return first if is_person_noun(first.lemma_.lower(), strict=True) else None
