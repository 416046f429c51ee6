"""Who a speaker mention refers to: the canonical name behind "he", "Moreno" or "the Spanish finance minister".

Built on three smaller modules: quotes/names (the article's people and organisations
from the entity rows, whichever kind of rows they are), speakers_roles (descriptors and
roles: who "the Spanish finance minister" is) and speakers/mentions (where each is
mentioned, as what, and their gender where the article shows it). Here:

* a name is its referent's canonical name; a fuller name the rows lack wins over a
  clash ("Leila Khan" is not the article's other Khan);
* "he"/"she" continue the latest subject, outside reported speech, of this or the previous
  sentence (centering), else the nearest compatible mention sentence by sentence
  backwards; "they"/"it" the nearest organisation or plural subject; "who" its noun;
* a definite description goes to the person holding that role, the organisation whose
  name has that noun ("the court"), the last source described the same way ("the
  spokesperson added"), or the person just quoted ("The Leeds professor added");
* a spokesperson, account or statement speaks for its owner ("a Northwind Airlines
  spokesperson", "the mayor's Twitter account", "the letter signed by the bishop").

Anything that cannot be tied to a name comes back as None (an unresolved "he", "the
minister" with no minister in the article), except unnamed sources the article itself
only describes ("a government official", "the researchers"), which come back as that
description: never a guess presented as a name.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Span, Token

from newscli.nlp.gazetteer import fold_name
from newscli.nlp.quotes.cues import CARRIER_LEMMAS, SPEECH_NOUNS
from newscli.nlp.quotes.names import Referent, is_person_noun, name_tokens, titles
from newscli.nlp.quotes.speakers.mentions import (
    GENDERED,
    Event,
    MentionIndex,
    is_definite,
    name_chain,
    noun_phrase,
)
from newscli.nlp.quotes.speakers.roles import holder

_PLURAL_PRONOUNS = frozenset({"they", "them"})

_RELATIVE = frozenset({"who", "whom", "which", "that"})

_MOUTHPIECES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "office",
                          "campaign", "account", "feed", "handle", "website", "press"})  # fmt: skip

_QUANTIFIERS = frozenset({"number", "group", "majority", "dozens", "hundreds", "some", "many", "several", "most",
                          "few", "all", "both", "one", "two", "three", "members"})  # fmt: skip


class SpeakerIndex(MentionIndex):
    """Resolves speaker mentions ("he", "the Spanish finance minister", "Moreno") to canonical names."""

    def resolve(self, head: Token, mention: Span) -> tuple[str | None, Referent | None]:
        """(canonical speaker, referent when it is a named one) for the mention headed by head."""
        lower = head.lower_
        if head.pos_ == "PRON" or lower in GENDERED or lower in _PLURAL_PRONOUNS:
            return self._pronoun(head)
        ref = self._by_char.get(head.idx) or self.name_lookup(head)
        chain = name_chain(head)
        if head.pos_ == "PROPN" and len(chain) > 1:
            tokens = name_tokens(" ".join(t.text for t in chain))
            if ref is not None and len(ref.tokens) >= 2 and tokens[-len(ref.tokens) :] == list(ref.tokens):
                # the rows know where the name starts: "First Minister of Scotland | Nicola Sturgeon"
                return ref.name, ref
            if ref is None or not all(t in ref.tokens for t in tokens):
                # "Leila Khan" is not the article's other Khan: a fuller name than any row wins
                named = next((r for r in self.referents if " ".join(tokens) in r.keys), None)
                if named is not None:
                    return named.name, named
                if ref is None or ref.type == "person" or head.ent_type_ == "PERSON":
                    return self._fullest(chain), None
        if ref is not None and (ref.type != "location" or head.ent_type_ in ("GPE", "LOC", "")):
            return ref.name, ref
        if head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON") and head.lower_ not in titles() \
                and not is_person_noun(head.lower_, strict=True):  # fmt: skip
            return self._fullest(chain), None
        return self._description(head, mention)

    def _fullest(self, chain: list[Token]) -> str:
        """A name no row knows, in the fullest form the article writes it ("Amara" -> "Amara Osei")."""
        tokens = [fold_name(t.text) for t in chain]
        longer = {text for key, text in self._chains if len(key) > len(tokens) and _sub(tokens, key)}
        if len(longer) == 1:
            return longer.pop()
        return chain[0].doc[chain[0].i : chain[-1].i + 1].text

    def _pronoun(self, head: Token) -> tuple[str | None, Referent | None]:
        lower = head.lower_
        if lower in _RELATIVE:
            target = head.head.head if head.head.dep_ == "relcl" else None
            if target is not None and target.pos_ in ("PROPN", "NOUN"):
                return self.resolve(target, noun_phrase(target))
            return None, None
        if lower in GENDERED:
            gender = GENDERED[lower]
            ref = self._antecedent(head, lambda r: r.is_person and r.gender in (None, gender))
            return (ref.name, ref) if ref else (None, None)
        if lower in _PLURAL_PRONOUNS or lower in ("it", "its", "their"):
            return self._group(head)
        return None, None

    def _antecedent(self, head: Token, ok: Callable[[Referent], bool]) -> Referent | None:
        """The subject a pronoun continues (centering): the latest subject, outside reported speech, of
        this or the previous sentence; failing that, any mention, sentence by sentence backwards."""
        sent = self._sent_of[head.i]
        earlier = [e for e in self._events_before(head, 8) if e.referent is not None and ok(e.referent)]
        subjects = [e for e in earlier if e.subject and not e.reported and sent - e.sent <= 1]
        if subjects:
            best = max(subjects, key=lambda e: (e.sent, e.speaker, e.pos))
            return best.referent
        for s in range(sent, sent - 5, -1):
            for event in sorted((e for e in earlier if e.sent == s), key=lambda e: e.rank):
                return event.referent
        return None

    def _events_before(self, head: Token, sentences: int) -> list[Event]:
        """The mentions before head in its sentence and the given number of sentences before, in text order.

        Events are sorted by position, and sentence numbers grow with it, so they are the run
        that ends where head starts.
        """
        sent = self._sent_of[head.i]
        first = stop = bisect.bisect_left(self._events, head.idx, key=lambda e: e.pos)
        while first > 0 and sent - self._events[first - 1].sent <= sentences:
            first -= 1
        return self._events[first:stop]

    def _group(self, head: Token) -> tuple[str | None, Referent | None]:
        """ "they"/"it": the nearest organisation (or, for "it", country) or plural subject before it."""
        sent = self._sent_of[head.i]
        plural = head.lower_ in _PLURAL_PRONOUNS or head.lower_ == "their"
        kinds = ("organization",) if plural else ("organization", "location")
        earlier = self._events_before(head, 3)
        for s in range(sent, sent - 4, -1):
            for event in sorted((e for e in earlier if e.sent == s), key=lambda e: e.rank):
                if event.referent is not None and event.referent.type in kinds and not event.referent.person_like:
                    return event.referent.name, event.referent
                if plural and event.group is not None:
                    return event.group, None
        return None, None

    def _description(self, head: Token, mention: Span) -> tuple[str | None, Referent | None]:
        lemma = head.lemma_.lower()
        if lemma in _QUANTIFIERS:
            obj = _pobj(head, ("of",))
            if obj is not None:
                return self.resolve(obj, noun_phrase(obj))
        owner = _owner(head) if lemma in _MOUTHPIECES or lemma in SPEECH_NOUNS or is_person_noun(lemma) else None
        owner_name: str | None = None
        if owner is not None:
            owner_name, owner_ref = self.resolve(owner, noun_phrase(owner))
            if owner_name is not None and (lemma in _MOUTHPIECES or lemma in SPEECH_NOUNS):
                return owner_name, owner_ref
        ref = holder(self.referents, head, mention)
        if ref is not None:
            return ref.name, ref
        if is_definite(head) and head.tag_ not in ("NNS", "NNPS"):
            earlier = self._recent_speaker(head)
            if earlier is not None:
                return earlier
        if owner_name is not None:
            return f"{owner_name}'s {head.text}", None  # "the Herald's source"
        if head.tag_ in ("NNS", "NNPS") or not is_definite(head) or lemma in SPEECH_NOUNS:
            # an unnamed source the article only describes: its description is all there is
            # the description itself, without its clauses ("the authors of the research published in ...")
            return _strip_article(noun_phrase(head) if head.tag_ in ("NNS", "NNPS") else mention), None
        return None, None

    def _recent_speaker(self, head: Token) -> tuple[str, Referent | None] | None:
        """ "The spokesperson added": the last source described the same way; "The Leeds professor
        added", right after a quote by a person: that person, as a pronoun would be."""
        lemma = head.lemma_.lower()
        before = [s for s in self._spoken if s[0] < head.idx]
        same = [s for s in before if s[2] == lemma]
        if same:
            return same[-1][3], same[-1][4]
        if before and is_person_noun(lemma) and self._sent_of[head.i] - before[-1][1] <= 2:
            last = before[-1]
            if last[4] is not None and last[4].is_person:
                return last[3], last[4]
        return None


# ---- helpers ---------------------------------------------------------------------------------


def _sub(short: list[str], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(list(long[i : i + n]) == short for i in range(len(long) - n + 1))


def _pobj(head: Token, preps: tuple[str, ...]) -> Token | None:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _owner(head: Token) -> Token | None:
    """Whose words a statement or spokesperson carries: "the mayor's account", "a spokesman for X", "signed by X"."""
    for child in head.children:
        if child.dep_ == "poss":
            return child
    for child in head.children:
        if child.dep_ == "compound" and child.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
            return child
    obj = _pobj(head, ("for", "from", "by", "of"))
    if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ or obj.lemma_.lower() in _MOUTHPIECES):
        return obj
    for child in head.children:
        if child.dep_ == "acl":  # "a tweet sent from the mayor's account", "the letter signed by the bishop"
            for grand in child.children:
                if grand.dep_ in ("agent", "prep") and grand.lower_ in ("by", "from"):
                    obj = next((c for c in grand.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    if head.dep_ == "dobj" and head.head.lemma_.lower() in CARRIER_LEMMAS:
        # "They released a statement which said": the statement's issuer
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return None


def _strip_article(mention: Span) -> str:
    words = list(mention)
    while words and words[0].lower_ in ("a", "an", "the", "some", "one"):
        words = words[1:]
    if not words:
        return mention.text
    return mention.doc[words[0].i : words[-1].i + 1].text
