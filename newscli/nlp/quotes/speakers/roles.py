"""Roles: what the article says a person is, and who holds the role a description names.

"Italian Finance Minister Marco Rinaldi", "Lucia Moreno, Spain's economy minister", "the
director of the Lisbon Film Festival, Rui Costa": the words set next to a
name are its descriptors, and their head nouns its roles. "the Spanish finance minister"
then names the one person whose roles include "minister" and whose descriptors cover the
most of "Spanish" and "finance", with a nationality the person is known by never
contradicted. "his Spanish counterpart Lucia Moreno" holds the office of the person he is
set against. A title or a gendered noun ("Mrs", "chairwoman") also gives a gender.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newscli.nlp.gazetteer import fold_name
from newscli.nlp.quotes.names import Referent, is_person_noun, org_words, titles

_MALE = frozenset({
    "mr", "sir", "lord", "king", "prince", "duke", "chairman", "spokesman", "businessman", "congressman", "actor",
    "father", "son", "brother", "husband", "man", "boy", "uncle", "nephew", "grandfather", "monsieur", "dad"
})  # fmt: skip
_FEMALE = frozenset({
    "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "duchess", "chairwoman", "spokeswoman",
    "businesswoman", "congresswoman", "actress", "mother", "daughter", "sister", "wife", "woman", "girl", "aunt",
    "niece", "grandmother", "madame", "mom", "mum"
})  # fmt: skip
_SKIP_DESCRIPTORS = frozenset({"the", "a", "an", "of", "and", "'s", "’s", "his", "her", "its", "their", "for",
                               "at", "in", "who", "former", "then", "-", "–", "—"})  # fmt: skip
_NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")


def describe(ref: Referent, root: Token, named: dict[int, Referent]) -> None:
    """Collect the words around a person's mention that say what the person is.

    named maps character offsets to the referents named there (other names end a description).
    """
    words: list[Token] = []
    # left: "Italian Finance Minister Marco Rinaldi", "EU trade and industry commissioner Hanna Berg"
    start = name_start(root)
    i = start - 1
    while i >= 0 and len(words) < 8:
        tok = root.doc[i]
        if tok.is_space:
            break  # a paragraph break: the words before belong to another paragraph (often a heading)
        if (tok.is_punct and tok.text not in ("-", "'s", "’s")) or tok.pos_ in ("VERB", "AUX", "SCONJ") \
                or (tok.pos_ == "ADP" and tok.lower_ != "of"):  # fmt: skip
            break
        if tok.pos_ == "CCONJ" and i > 0 and named.get(root.doc[i - 1].idx) is not None:
            break
        if tok.ent_type_ == "PERSON" and named.get(tok.idx) not in (None, ref):
            break
        words.append(tok)
        if tok.pos_ in ("DET", "PRON"):
            break  # "the", "his": the description starts here
        i -= 1
    # appositions either way: "Moreno, Spain's economy minister" / "the director ..., Rui Costa"
    for child in root.children:
        if child.dep_ == "appos":
            words.append(child)
            for left in child.lefts:
                words.extend(t for t in left.subtree if named.get(t.idx) is None)
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and named.get(root.head.idx) is None:
        head = root.head  # "the director of the festival, Rui Costa": the description before the name
        words.extend(t for t in root.doc[max(head.left_edge.i, root.i - 12) : root.i] if not t.is_punct)
    for tok in words:
        lemma = tok.lemma_.lower()
        if not lemma or lemma in _SKIP_DESCRIPTORS or tok.is_punct or tok.is_digit or tok.is_space:
            continue
        nationality = tok.ent_type_ in ("NORP", "GPE")
        ref.descriptors[lemma] = ref.descriptors.get(lemma, False) or nationality
        # the role is the head noun ("the Lord President of the court" is a president, not a court)
        if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in _NAME_TYPES and not _in_noun_pp(tok):
            ref.roles.add(lemma)
    # title words inside the name itself: "Pope Leo", "King Harald"
    for tok in root.doc[start : root.i]:
        if tok.lower_ in titles():
            ref.roles.add(tok.lower_)
            ref.descriptors.setdefault(tok.lower_, False)


def borrow_counterparts(referents: list[Referent], mentions: list[tuple[int, Referent]]) -> None:
    """ "his Spanish counterpart Lucia Moreno": the office of the other person in the sentence."""
    for ref in referents:
        if "counterpart" not in ref.descriptors:
            continue
        sents = {sent for sent, r in mentions if r is ref}
        for other in {id(r): r for sent, r in mentions if sent in sents}.values():
            if other is ref or not other.is_person:
                continue
            for lemma, nationality in other.descriptors.items():
                if not nationality:
                    ref.descriptors.setdefault(lemma, False)
            ref.roles |= other.roles


def holder(referents: list[Referent], head: Token, mention: Span) -> Referent | None:
    """The person (or organisation) whose descriptors cover a description like "the Spanish finance minister"."""
    lemma = head.lemma_.lower()
    mods = {t.lemma_.lower(): t.ent_type_ in ("NORP", "GPE") for t in mention
            if t.i != head.i and t.pos_ in ("ADJ", "NOUN", "PROPN") and not t.is_stop}  # fmt: skip
    # nouns that name the office ("defense director", "the city's director"): another office is someone else
    offices = {t.lemma_.lower() for t in mention if t.i != head.i and t.pos_ in ("NOUN", "PROPN")
               and t.dep_ in ("compound", "poss") and t.head.i == head.i and not t.is_stop}  # fmt: skip
    best: tuple[int, int] | None = None
    chosen: Referent | None = None
    for ref in referents:
        if not ref.is_person or not has_role(ref, lemma) or head.tag_ in ("NNS", "NNPS"):
            continue  # "the authors" are not the one author the article named
        score = 1 + sum(1 for m in mods if m in ref.descriptors)
        if score == 1 and offices:
            continue  # "the city's civil defense director" is not "deputy director of a research centre"
        nations = {d for d, n in ref.descriptors.items() if n}
        score -= sum(1 for m, n in mods.items() if n and nations and m not in ref.descriptors)
        recency = max((s for s, _ in ref.spans if s < head.idx), default=-1)
        if score > 0 and (best is None or (score, recency) > best):
            best, chosen = (score, recency), ref
    if chosen is not None:
        return chosen
    # "the party", "the court": an organisation whose name has that generic noun ("The 56-year-old" is no club)
    if lemma not in org_words():
        return None
    orgs = [r for r in referents if r.type == "organization" and lemma in r.tokens and not r.person_like
            and names_it(r, mention, head)]  # fmt: skip
    # "the court": the court the article is about (named most so far), not the last one in passing
    return max(orgs, key=lambda r: (sum(1 for s, _ in r.spans if s < head.idx), _last_before(r, head.idx)),
               default=None)  # fmt: skip


def names_it(ref: Referent, mention: Span, head: Token) -> bool:
    """The organisation's name has every name word of the description: "the Dallas police department" is
    not the New York Police Department, whatever nouns they share."""
    words = {fold_name(t.text).replace(".", "") for t in mention if t.pos_ == "PROPN" and t.i < head.i}
    return all(w in ref.tokens or any(w in key.split() for key in ref.keys) for w in words)


def has_role(ref: Referent, lemma: str) -> bool:
    """The person is described as lemma: "governor" for "Gov. Eric Holcomb" (a title's abbreviation counts)."""
    if lemma in ref.roles:
        return True
    titled = ref.roles | {d.rstrip(".") for d in ref.descriptors if d.rstrip(".") in titles()}
    return any(len(r) <= 4 and len(lemma) > len(r) and lemma.startswith(r.rstrip(".")) for r in titled)


def _last_before(ref: Referent, pos: int) -> int:
    return max((s for s, _ in ref.spans if s < pos), default=-1)


def name_start(root: Token) -> int:
    start = root.i
    for child in root.lefts:
        if child.dep_ in ("compound", "flat") and child.pos_ == "PROPN" and child.ent_type_ in _NAME_TYPES:
            start = min(start, child.i)
    doc = root.doc
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start


def _in_noun_pp(token: Token) -> bool:
    """ "the Lord President of the court": "court" qualifies the role, it is not the role."""
    node = token.head if token.dep_ in ("compound", "amod") else token
    return node.dep_ == "pobj" and node.head.head.pos_ in ("NOUN", "PROPN")


def described_as_person(root: Token) -> bool:
    """ "a ... spokesperson, Dana Ruiz": an appositive or title noun says the name is a person's."""
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and is_person_noun(root.head.lemma_, strict=True):
        return True
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and is_person_noun(c.lemma_, strict=True) for c in root.children):
        return True
    # "filmmaker Rui Costa": a person noun used as a title right before the name
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == root.i - 1 - _name_length(root)
               and is_person_noun(c.lemma_) for c in root.lefts)  # fmt: skip


def _name_length(root: Token) -> int:
    return sum(1 for c in root.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN")


def gender_of(descriptors: dict[str, bool]) -> str | None:
    male, female = bool(_MALE & descriptors.keys()), bool(_FEMALE & descriptors.keys())
    return "m" if male and not female else "f" if female and not male else None
