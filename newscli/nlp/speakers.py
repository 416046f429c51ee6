"""Who a speaker mention refers to: the canonical name behind "he", "Kono" or "the Russian foreign minister".

The entity rows passed in are the first source of names (one row per real-world entity
when entity resolution has run, raw spaCy entities otherwise). This module adds just what
quote attribution needs on top, and works the same with either kind of row:

* a short name that is the tail of exactly one longer person name is that person
  ("Lavrov" -> "Sergey Lavrov"), compared without accents ("Erdogan" -> "Erdoğan");
* every person collects descriptor words from the article ("Japanese Foreign Minister
  Taro Kono", "Hiroshige Seko, Japan's economy minister", the row's role), and "his
  Russian counterpart Sergey Lavrov" borrows the office of the person it is set against,
  so "the Russian foreign minister" finds the one person whose words cover it;
* pronouns go to the most recent compatible antecedent outside quotations, subjects first,
  sentence by sentence backwards (a small Hobbs-style search, no coreference model).

Anything that cannot be tied to a name comes back as None (an unresolved "he", "the
minister" with no minister in the article), except unnamed sources the article itself
only describes ("a government official"), which come back as that description.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newscli.models import Entity, EntityType
from newscli.nlp.quotes_cues import SPEECH_NOUNS

_GENDERED = {"he": "m", "him": "m", "she": "f", "her": "f"}
_PLURAL_PRONOUNS = frozenset({"they", "them"})
_RELATIVE = frozenset({"who", "whom", "which", "that"})
_MALE = frozenset("mr sir lord king prince duke chairman spokesman businessman congressman actor father son brother "
                  "husband man boy uncle nephew grandfather monsieur".split())  # fmt: skip
_FEMALE = frozenset("mrs ms miss dame lady queen princess duchess chairwoman spokeswoman businesswoman "
                    "congresswoman actress mother daughter sister wife woman girl aunt niece grandmother "
                    "madame".split())  # fmt: skip
# People who speak for someone else: their words are their principal's.
_MOUTHPIECES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "representative",
                          "office", "campaign", "account", "feed", "handle", "website", "press"})  # fmt: skip
_QUANTIFIERS = frozenset({"number", "group", "majority", "dozens", "hundreds", "some", "many", "several", "most",
                          "few", "all", "both", "one", "two", "three", "members"})  # fmt: skip
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_SKIP_DESCRIPTORS = frozenset({"the", "a", "an", "of", "and", "'s", "’s", "his", "her", "its", "their", "for",
                               "at", "in", "who", "former", "then", "-", "–", "—"})  # fmt: skip
_NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")


def fold(text: str) -> str:
    """Casefolded, accents removed, possessive dropped: the key names are compared by."""
    text = text.replace("’", "'")
    if text.endswith("'s"):
        text = text[:-2]
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


@dataclass
class Referent:
    """One person or organisation the article names, as quote attribution sees it."""

    name: str
    type: EntityType
    spans: list[tuple[int, int]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # folded names that identify it
    descriptors: dict[str, bool] = field(default_factory=dict)  # lemma -> is a nationality/place word
    gender: str | None = None

    @property
    def tokens(self) -> list[str]:
        return fold(self.name).split()


@dataclass(frozen=True)
class _Event:
    """A referent mentioned at a position (for pronoun and description search)."""

    pos: int
    sent: int
    referent: Referent | None
    subject: bool
    group: str | None = None  # a plural noun phrase ("the researchers") that "they" may take


class SpeakerIndex:
    """Names, roles and mention history of one document, for resolving speaker mentions."""

    def __init__(self, doc: Doc, entities: Iterable[Entity], quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self._quoted = sorted(quoted)
        self._sent_of = _sentence_numbers(doc)
        self.referents = _merge_rows(entities)
        self._by_char: dict[int, Referent] = {}
        for ref in self.referents:
            for start, end in ref.spans:
                for pos in range(start, end):
                    self._by_char.setdefault(pos, ref)
        self._events: list[_Event] = []
        self._collect(doc)

    # ---- building -------------------------------------------------------------------------

    def _collect(self, doc: Doc) -> None:
        seen: set[tuple[int, int]] = set()
        for token in doc:
            ref = self._by_char.get(token.idx)
            if ref is not None and not self.in_quote(token.idx):
                root = _span_root(doc, token, ref)
                key = (id(ref), root.i)
                if key in seen:
                    continue
                seen.add(key)
                self._events.append(_Event(token.idx, self._sent_of[token.i], ref, _is_subject(root)))
                if ref.type == "person":
                    self._describe(ref, root)
            elif (token.tag_ in ("NNS", "NNPS") and token.dep_ in ("nsubj", "nsubjpass")
                  and not self.in_quote(token.idx) and ref is None):  # fmt: skip
                span = _noun_phrase(token)
                self._events.append(_Event(token.idx, self._sent_of[token.i], None, True, span.text))
        self._events.sort(key=lambda e: e.pos)
        for ref in self.referents:
            ref.gender = ref.gender or _gender(ref.descriptors)
        self._borrow_counterparts(doc)

    def _describe(self, ref: Referent, root: Token) -> None:
        """Collect the words around a person's mention that say what the person is."""
        words: list[Token] = []
        # left: "Japanese Foreign Minister Taro Kono", "AU trade and industry commissioner Albert Muchanga"
        i = _name_start(root) - 1
        while i >= 0 and len(words) < 8:
            tok = self.doc[i]
            if tok.is_punct and tok.text not in ("-", "'s", "’s") or tok.pos_ in ("VERB", "AUX", "PRON", "SCONJ"):
                break
            if tok.pos_ == "CCONJ" and i > 0 and self._by_char.get(self.doc[i - 1].idx) is not None:
                break
            if self._by_char.get(tok.idx) not in (None, ref) and tok.ent_type_ == "PERSON":
                break
            words.append(tok)
            i -= 1
        # appositions either way: "Seko, Japan's economy minister" / "the director ..., Mariela Belski"
        for child in root.children:
            if child.dep_ == "appos":
                words.extend(t for t in child.subtree if self._by_char.get(t.idx) is None)
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            words.extend(t for t in root.head.subtree if t.i < root.i and not t.is_punct)
        for tok in words:
            lemma = tok.lemma_.lower()
            if lemma and lemma not in _SKIP_DESCRIPTORS and not tok.is_punct and not tok.is_digit:
                nationality = tok.ent_type_ in ("NORP", "GPE")
                ref.descriptors[lemma] = ref.descriptors.get(lemma, False) or nationality

    def _borrow_counterparts(self, doc: Doc) -> None:
        """ "his Russian counterpart Sergey Lavrov": the office of the other person in the sentence."""
        for ref in self.referents:
            if "counterpart" not in ref.descriptors:
                continue
            sents = {self._sent_of[doc.char_span(s, e, alignment_mode="expand")[0].i] for s, e in ref.spans
                     if doc.char_span(s, e, alignment_mode="expand")}  # fmt: skip
            for other in self.referents:
                if other is ref or other.type != "person":
                    continue
                if any(e.referent is other and e.sent in sents for e in self._events):
                    for lemma, nationality in other.descriptors.items():
                        if not nationality:
                            ref.descriptors.setdefault(lemma, False)

    # ---- queries --------------------------------------------------------------------------

    def in_quote(self, pos: int) -> bool:
        return any(start <= pos < end for start, end in self._quoted)

    def referent_at(self, token: Token) -> Referent | None:
        return self._by_char.get(token.idx)

    def note_speaker(self, pos: int, referent: Referent | None) -> None:
        """A resolved quote speaker counts as a mention for later pronouns."""
        if referent is not None:
            token = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
            sent = self._sent_of[token[0].i] if token else 0
            self._events.append(_Event(pos, sent, referent, True))
            self._events.sort(key=lambda e: e.pos)

    def resolve(self, head: Token, mention: Span) -> tuple[str | None, Referent | None]:
        """(canonical speaker, referent when it is a named one) for the mention headed by head."""
        lower = head.lower_
        if head.pos_ == "PRON" or lower in _GENDERED or lower in _PLURAL_PRONOUNS:
            return self._pronoun(head)
        ref = self.referent_at(head) or self._name_lookup(mention, head)
        if ref is not None:
            return ref.name, ref
        return self._description(head, mention)

    def _pronoun(self, head: Token) -> tuple[str | None, Referent | None]:
        lower = head.lower_
        if lower in _RELATIVE and head.head is not head:
            target = head.head.head if head.head.dep_ == "relcl" else None
            if target is not None and target.pos_ in ("PROPN", "NOUN"):
                return self.resolve(target, _noun_phrase(target))
            return None, None
        if lower in _GENDERED:
            ref = self._antecedent(head.idx, self._sent_of[head.i], lambda r: r.type == "person"
                                   and r.gender in (None, _GENDERED[lower]))  # fmt: skip
            return (ref.name, ref) if ref else (None, None)
        if lower in _PLURAL_PRONOUNS or lower == "it":
            return self._group(head)
        return None, None

    def _antecedent(self, pos: int, sent: int, ok: object) -> Referent | None:
        check = ok if callable(ok) else (lambda r: True)
        earlier = [e for e in self._events if e.pos < pos and e.referent is not None and sent - e.sent <= 4]
        for s in range(sent, sent - 5, -1):
            in_sent = [e for e in earlier if e.sent == s]
            for event in sorted(in_sent, key=lambda e: (not e.subject, -e.pos)):
                if event.referent is not None and check(event.referent):
                    return event.referent
        return None

    def _group(self, head: Token) -> tuple[str | None, Referent | None]:
        """ "they"/"it": the nearest organisation or plural subject before it."""
        sent = self._sent_of[head.i]
        plural = head.lower_ in _PLURAL_PRONOUNS
        earlier = [e for e in self._events if e.pos < head.idx and sent - e.sent <= 3]
        for s in range(sent, sent - 4, -1):
            for event in sorted((e for e in earlier if e.sent == s), key=lambda e: (not e.subject, -e.pos)):
                if event.referent is not None and event.referent.type == "organization":
                    return event.referent.name, event.referent
                if plural and event.group is not None:
                    return event.group, None
        return None, None

    def _name_lookup(self, mention: Span, head: Token) -> Referent | None:
        """A name spaCy did not tag, or tagged apart from its fuller form: match it by key or surname."""
        if head.pos_ != "PROPN":
            return None
        parts = [t for t in mention if t.pos_ == "PROPN" and (t.i >= head.i - 3)]
        text = fold(" ".join(t.text for t in parts)) if parts else fold(head.text)
        candidates = [r for r in self.referents if text in r.keys]
        if not candidates:
            last = fold(head.text)
            candidates = [r for r in self.referents if r.type == "person" and r.tokens and r.tokens[-1] == last]
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            return self._latest(candidates, head.idx)
        return None

    def _latest(self, candidates: list[Referent], pos: int) -> Referent:
        def last_before(ref: Referent) -> int:
            starts = [s for s, _ in ref.spans if s < pos]
            return max(starts) if starts else -1

        return max(candidates, key=lambda r: (last_before(r), len(r.spans)))

    def _description(self, head: Token, mention: Span) -> tuple[str | None, Referent | None]:
        lemma = head.lemma_.lower()
        if lemma in _QUANTIFIERS:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is not None:
                return self.resolve(obj, _noun_phrase(obj))
        if lemma in _MOUTHPIECES or lemma in SPEECH_NOUNS:
            owner = _owner(head)
            if owner is not None:
                name, ref = self.resolve(owner, _noun_phrase(owner))
                if name is not None:
                    return name, ref
        definite = _is_definite(head)
        ref = self._holder(head, mention)
        if ref is not None:
            return ref.name, ref
        if head.tag_ in ("NNS", "NNPS") or not definite or lemma in SPEECH_NOUNS:
            # an unnamed source the article only describes: its description is all there is
            return _strip_article(mention), None
        return None, None

    def _holder(self, head: Token, mention: Span) -> Referent | None:
        """The person (or organisation) whose descriptors cover a description like "the Russian foreign minister"."""
        lemma = head.lemma_.lower()
        mods = {t.lemma_.lower(): t.ent_type_ in ("NORP", "GPE") for t in mention
                if t is not head and t.pos_ in ("ADJ", "NOUN", "PROPN") and not t.is_stop}  # fmt: skip
        best: tuple[int, int] | None = None
        chosen: Referent | None = None
        for ref in self.referents:
            if ref.type != "person" or lemma not in ref.descriptors:
                continue
            score = 1 + sum(1 for m in mods if m in ref.descriptors)
            ref_nations = {d for d, n in ref.descriptors.items() if n}
            score -= sum(1 for m, n in mods.items() if n and ref_nations and m not in ref.descriptors)
            recency = max((s for s, _ in ref.spans if s < head.idx), default=-1)
            if score > 0 and (best is None or (score, recency) > best):
                best, chosen = (score, recency), ref
        if chosen is not None:
            return chosen
        orgs = [r for r in self.referents if r.type == "organization" and lemma in r.tokens]
        return self._latest(orgs, head.idx) if orgs else None


# ---- helpers ---------------------------------------------------------------------------------


def _merge_rows(entities: Iterable[Entity]) -> list[Referent]:
    """One referent per person/organisation; a bare surname joins the one full name it ends."""
    rows = sorted((e for e in entities if e.type in ("person", "organization", "location", "misc")),
                  key=lambda e: (-len(fold(e.name).split()), -e.count))  # fmt: skip
    referents: list[Referent] = []
    for row in rows:
        name = _clean_name(row.name)
        if not name:
            continue
        key = fold(name)
        tokens = key.split()
        spans = [(m.start, m.end) for m in row.mentions]
        target = next((r for r in referents if key in r.keys and _compatible(r.type, row.type)), None)
        if target is None and row.type == "person":
            longer = [r for r in referents if r.type == "person" and len(r.tokens) > len(tokens)
                      and _is_tail(tokens, r.tokens)]  # fmt: skip
            target = max(longer, key=lambda r: len(r.spans)) if longer else None
        if target is None and row.type == "organization" and name.isupper() and len(name) > 1:
            target = next((r for r in referents if r.type == "organization" and _initials(r.name) == key), None)
        if target is None:
            target = Referent(name=name, type=row.type)
            referents.append(target)
            if row.role:
                for word in row.role.split():
                    target.descriptors[fold(word)] = False
        target.keys.add(key)
        target.keys.update(fold(a) for a in row.aliases)
        target.spans.extend(spans)
    return referents


def _clean_name(name: str) -> str:
    name = name.strip()
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.lower().startswith("the "):
        name = name[4:]
    return name.strip()


def _compatible(a: EntityType, b: EntityType) -> bool:
    return a == b or "misc" in (a, b)


def _is_tail(short: list[str], long: list[str]) -> bool:
    """ "lavrov" ends "sergey lavrov"; "al-assad" ends "bashar al-assad"."""
    n = len(short)
    return long[-n:] == short or (n == 1 and short[0] in long[1:])


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper()).casefold()


def _sentence_numbers(doc: Doc) -> list[int]:
    numbers = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            numbers[i] = n
    return numbers


def _span_root(doc: Doc, token: Token, ref: Referent) -> Token:
    """The syntactic head of the mention that starts at token."""
    end = next((e for s, e in ref.spans if s == token.idx), token.idx + len(token.text))
    span = doc.char_span(token.idx, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else token


def _name_start(root: Token) -> int:
    start = root.i
    for child in root.lefts:
        if child.dep_ in ("compound", "flat") and child.pos_ == "PROPN" and child.ent_type_ in _NAME_TYPES:
            start = min(start, child.i)
    while start > 0 and root.doc[start - 1].ent_iob_ == "I":
        start -= 1
    if root.doc[start].ent_iob_ == "I":
        while start > 0 and root.doc[start].ent_iob_ != "B":
            start -= 1
    return start


def _is_subject(root: Token) -> bool:
    token = root
    for _ in range(3):
        if token.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return True
        if token.dep_ not in ("appos", "compound", "conj", "poss", "pobj", "prep") or token.head is token:
            return False
        token = token.head
    return False


def _gender(descriptors: dict[str, bool]) -> str | None:
    male, female = bool(_MALE & descriptors.keys()), bool(_FEMALE & descriptors.keys())
    return "m" if male and not female else "f" if female and not male else None


def _noun_phrase(token: Token) -> Span:
    doc = token.doc
    start = min([token.i] + [c.left_edge.i for c in token.lefts if c.dep_ in ("det", "amod", "compound", "poss")])
    return doc[start : token.i + 1]


def _owner(head: Token) -> Token | None:
    """Whose words a statement or spokesperson carries: "Biden's account", "a spokesman for X", "signed by X"."""
    for child in head.children:
        if child.dep_ == "poss":
            return child
    for child in head.children:
        if child.dep_ == "compound" and child.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
            return child
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "from", "by"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_):
                return obj
        if child.dep_ == "acl":
            for grand in child.children:
                if grand.dep_ == "agent":
                    obj = next((c for c in grand.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    return None


def _is_definite(head: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in head.children)


def _strip_article(mention: Span) -> str:
    words = list(mention)
    while words and words[0].lower_ in ("a", "an", "the", "some", "one"):
        words = words[1:]
    if not words:
        return mention.text
    return mention.doc.text[words[0].idx : words[-1].idx + len(words[-1].text)]
