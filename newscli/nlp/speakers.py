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

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newscli.models import Entity
from newscli.nlp.quotes_cues import SPEECH_NOUNS, is_cue
from newscli.nlp.speakers_names import (
    TITLES,
    Referent,
    build_referents,
    fold,
    is_person_noun,
    looks_like_person_name,
    name_tokens,
)

_GENDERED = {"he": "m", "him": "m", "she": "f", "her": "f"}
_PLURAL_PRONOUNS = frozenset({"they", "them"})
_RELATIVE = frozenset({"who", "whom", "which", "that"})
_MALE = frozenset({
    "mr", "sir", "lord", "king", "prince", "duke", "chairman", "spokesman", "businessman", "congressman", "actor",
    "father", "son", "brother", "husband", "man", "boy", "uncle", "nephew", "grandfather", "monsieur"
})  # fmt: skip
_FEMALE = frozenset({
    "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "duchess", "chairwoman", "spokeswoman",
    "businesswoman", "congresswoman", "actress", "mother", "daughter", "sister", "wife", "woman", "girl", "aunt",
    "niece", "grandmother", "madame"
})  # fmt: skip
# Who speaks for someone else: their words are their principal's ("an Interpol spokesperson").
_MOUTHPIECES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "office",
                          "campaign", "account", "feed", "handle", "website", "press"})  # fmt: skip
_QUANTIFIERS = frozenset({"number", "group", "majority", "dozens", "hundreds", "some", "many", "several", "most",
                          "few", "all", "both", "one", "two", "three", "members"})  # fmt: skip
_CARRIERS = frozenset({"issue", "release", "publish", "post", "send"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_SKIP_DESCRIPTORS = frozenset({"the", "a", "an", "of", "and", "'s", "’s", "his", "her", "its", "their", "for",
                               "at", "in", "who", "former", "then", "-", "–", "—"})  # fmt: skip
_NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")


@dataclass(frozen=True)
class _Event:
    """A referent mentioned at a position (for pronoun and description search)."""

    pos: int
    sent: int
    referent: Referent | None
    subject: bool
    reported: bool = False  # inside what someone is reported to have said: a weaker antecedent
    group: str | None = None  # a plural noun phrase ("the researchers") that "they" may take
    speaker: bool = False  # the subject of a reporting verb: the likeliest "he said" antecedent

    @property
    def rank(self) -> tuple[bool, bool, bool, int]:
        return (self.reported, not self.subject, not self.speaker, -self.pos)


class SpeakerIndex:
    """Names, roles and mention history of one document, for resolving speaker mentions."""

    def __init__(self, doc: Doc, entities: Iterable[Entity], quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self._quoted = sorted(quoted)
        self._sent_of = _sentence_numbers(doc, quoted)
        self.referents = build_referents(entities)
        self._add_untagged_people(_proper_runs(doc))
        self._by_char: dict[int, Referent] = {}
        for ref in self.referents:
            for start, end in ref.spans:
                for pos in range(start, end):
                    self._by_char.setdefault(pos, ref)
        self._events: list[_Event] = []
        self._spoken: list[tuple[int, int, str, str, Referent | None]] = []  # (pos, sent, head lemma, name, ref)
        runs = _proper_runs(doc)
        self._chains = [(tuple(fold(t.text) for t in run), _run_text(run)) for run in runs]
        self._collect(doc)

    # ---- building -------------------------------------------------------------------------

    def _add_untagged_people(self, runs: list[list[Token]]) -> None:
        """Names the tagger missed, when the text itself says they are people.

        "Mayor Ana Ruiz opened ...", "... said Tomas Vlk": a person-shaped run of proper
        nouns after a title, or as the subject of a reporting verb, is a person.
        """
        for run in runs:
            if any(t.ent_type_ for t in run) or self.in_quote(run[0].idx):
                continue
            text = _run_text(run)
            before = run[0].doc[run[0].i - 1] if run[0].i > 0 else None
            titled = before is not None and (
                before.lower_.rstrip(".") in TITLES or is_person_noun(before.lemma_, strict=True)
            )
            speaks = run[-1].dep_ in ("nsubj", "nsubjpass") and is_cue(run[-1].head)
            if not looks_like_person_name(text) or not (titled or speaks):
                continue
            key = " ".join(name_tokens(text))
            ref = next((r for r in self.referents if key in r.keys), None)
            if ref is None:
                ref = Referent(name=text, type="person", keys={key})
                self.referents.append(ref)
            ref.spans.append((run[0].idx, run[-1].idx + len(run[-1].text)))

    def _collect(self, doc: Doc) -> None:
        starts = {start: ref for ref in self.referents for start, _ in ref.spans}
        for token in doc:
            if self.in_quote(token.idx):
                continue
            ref = starts.get(token.idx)
            if ref is not None:
                root = _span_root(doc, token, ref)
                self._add_event(token, ref, _is_subject(root), root)
                if ref.type != "person" and (_described_as_person(root) or (looks_like_person_name(ref.name)
                                             and ref.type == "organization" and _is_subject(root)
                                             and _speaks(root))):  # fmt: skip
                    ref.person_like = True
                if ref.is_person:
                    self._describe(ref, root)
            elif self._by_char.get(token.idx) is None and token.dep_ in ("nsubj", "nsubjpass") and _capitalised(token):
                # a surname the tagger missed ("Radmall conceded ...") still moves the story on
                named = self._name_lookup(token)
                if named is not None:
                    self._add_event(token, named, True, token)
                elif token.tag_ in ("NNS", "NNPS"):
                    self._add_group(token)
            elif token.tag_ in ("NNS", "NNPS") and token.dep_ in ("nsubj", "nsubjpass"):
                self._add_group(token)
        self._described_subjects(doc)
        self._events.sort(key=lambda e: e.pos)
        votes = self._pronoun_votes(doc)
        for ref in self.referents:
            ref.gender = ref.gender or _gender(ref.descriptors) or votes.get(id(ref))
        self._borrow_counterparts()

    def _described_subjects(self, doc: Doc) -> None:
        """ "the actress wasn't itching ...": a definite description of a known person is a mention too."""
        for token in doc:
            described = token.pos_ == "NOUN" and token.tag_ == "NN" and _is_definite(token)
            if described and token.dep_ in ("nsubj", "nsubjpass") and is_person_noun(token.lemma_) \
                    and not self.in_quote(token.idx):  # fmt: skip
                ref = self._holder(token, _noun_phrase(token))
                if ref is not None and ref.is_person:
                    self._add_event(token, ref, True, token)

    def _add_group(self, token: Token) -> None:
        self._events.append(_Event(token.idx, self._sent_of[token.i], None, True, _reported(token),
                                   _noun_phrase(token).text, _speaks(token)))  # fmt: skip

    def _pronoun_votes(self, doc: Doc) -> dict[int, str]:
        """Gender from the article itself: "he"/"she" as a subject right after the only person named.

        "Harper remembered ...; he said" or "Harper ... . She added" — when a sentence names
        one person, a subject pronoun later in it or opening the next sentence is that person's.
        """
        by_sent: dict[int, set[int]] = {}
        for event in self._events:
            if event.referent is not None and event.referent.is_person:
                # only a subject votes: in "Steenburgen's son ... he said" the pronoun is the son's
                people = by_sent.setdefault(event.sent, set())
                people.add(id(event.referent) if event.subject else -1)
        tally: dict[int, set[str]] = {}
        sents = list(doc.sents)
        for n, sent in enumerate(sents):
            people = by_sent.get(n, set())
            if len(people) != 1 or -1 in people:
                continue
            person = next(iter(people))
            follow = list(sent) + (list(sents[n + 1][:3]) if n + 1 < len(sents) and not by_sent.get(n + 1) else [])
            for token in follow:
                if (
                    token.lower_ in ("he", "she")
                    and token.dep_ in ("nsubj", "nsubjpass")
                    and not self.in_quote(token.idx)
                ):
                    tally.setdefault(person, set()).add(_GENDERED[token.lower_])
        return {ref: genders.pop() for ref, genders in tally.items() if len(genders) == 1}

    def _add_event(self, token: Token, ref: Referent, subject: bool, root: Token) -> None:
        speaker = subject and _speaks(root)
        self._events.append(_Event(token.idx, self._sent_of[token.i], ref, subject, _reported(root), None, speaker))

    def _describe(self, ref: Referent, root: Token) -> None:
        """Collect the words around a person's mention that say what the person is."""
        words: list[Token] = []
        # left: "Japanese Foreign Minister Taro Kono", "AU trade and industry commissioner Albert Muchanga"
        start = _name_start(root)
        i = start - 1
        while i >= 0 and len(words) < 8:
            tok = self.doc[i]
            if (tok.is_punct and tok.text not in ("-", "'s", "’s")) or tok.pos_ in ("VERB", "AUX", "SCONJ") \
                    or (tok.pos_ == "ADP" and tok.lower_ != "of"):  # fmt: skip
                break
            if tok.pos_ == "CCONJ" and i > 0 and self._by_char.get(self.doc[i - 1].idx) is not None:
                break
            if tok.ent_type_ == "PERSON" and self._by_char.get(tok.idx) not in (None, ref):
                break
            words.append(tok)
            if tok.pos_ in ("DET", "PRON"):
                break  # "the", "his": the description starts here
            i -= 1
        # appositions either way: "Seko, Japan's economy minister" / "the director ..., Mariela Belski"
        for child in root.children:
            if child.dep_ == "appos":
                words.append(child)
                for left in child.lefts:
                    words.extend(t for t in left.subtree if self._by_char.get(t.idx) is None)
        if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and self._by_char.get(root.head.idx) is None:
            words.extend(t for t in root.head.subtree if t.i < root.i and not t.is_punct)
        for tok in words:
            lemma = tok.lemma_.lower()
            if not lemma or lemma in _SKIP_DESCRIPTORS or tok.is_punct or tok.is_digit or tok.is_space:
                continue
            nationality = tok.ent_type_ in ("NORP", "GPE")
            ref.descriptors[lemma] = ref.descriptors.get(lemma, False) or nationality
            # the role is the head noun ("the Lord President of the court" is a president, not a court)
            if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in _NAME_TYPES and not _in_noun_pp(tok):
                ref.roles.add(lemma)
        # title words inside the name itself: "Pope Francis", "King Maha Vajiralongkorn"
        for tok in self.doc[start : root.i]:
            if tok.lower_ in TITLES:
                ref.roles.add(tok.lower_)
                ref.descriptors.setdefault(tok.lower_, False)

    def _borrow_counterparts(self) -> None:
        """ "his Russian counterpart Sergey Lavrov": the office of the other person in the sentence."""
        for ref in self.referents:
            if "counterpart" not in ref.descriptors:
                continue
            sents = {e.sent for e in self._events if e.referent is ref}
            for other in {id(e.referent): e.referent for e in self._events if e.sent in sents}.values():
                if other is None or other is ref or not other.is_person:
                    continue
                for lemma, nationality in other.descriptors.items():
                    if not nationality:
                        ref.descriptors.setdefault(lemma, False)
                ref.roles |= other.roles

    # ---- queries --------------------------------------------------------------------------

    def referent_at(self, token: Token) -> Referent | None:
        return self._by_char.get(token.idx)

    def in_quote(self, pos: int) -> bool:
        return any(start <= pos < end for start, end in self._quoted)

    def note_speaker(self, token: Token, name: str | None, referent: Referent | None, head: Token | None) -> None:
        """Record an attribution: the speaker counts as a mention for later pronouns and descriptions."""
        sent = self._sent_of[token.i]
        if referent is not None:
            self._events.append(_Event(token.idx, sent, referent, True, speaker=True))
            self._events.sort(key=lambda e: e.pos)
        if name is not None:
            self._spoken.append((token.idx, sent, head.lemma_.lower() if head is not None else "", name, referent))

    def resolve(self, head: Token, mention: Span) -> tuple[str | None, Referent | None]:
        """(canonical speaker, referent when it is a named one) for the mention headed by head."""
        lower = head.lower_
        if head.pos_ == "PRON" or lower in _GENDERED or lower in _PLURAL_PRONOUNS:
            return self._pronoun(head)
        ref = self._by_char.get(head.idx) or self._name_lookup(head)
        chain = _name_chain(head)
        if head.pos_ == "PROPN" and len(chain) > 1:
            tokens = name_tokens(" ".join(t.text for t in chain))
            if ref is None or not all(t in ref.tokens for t in tokens):
                # "Sadiq Khan" is not the article's other Khan: a fuller name than any row wins
                named = next((r for r in self.referents if " ".join(tokens) in r.keys), None)
                if named is not None:
                    return named.name, named
                if ref is None or ref.type == "person" or head.ent_type_ == "PERSON":
                    return self._fullest(chain), None
        if ref is not None and (ref.type != "location" or head.ent_type_ in ("GPE", "LOC", "")):
            return ref.name, ref
        if head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON") and head.lower_ not in TITLES \
                and not is_person_noun(head.lower_, strict=True):  # fmt: skip
            return self._fullest(chain), None
        return self._description(head, mention)

    def _fullest(self, chain: list[Token]) -> str:
        """A name no row knows, in the fullest form the article writes it ("Ubolratana" -> "Ubolratana Mahidol")."""
        tokens = [fold(t.text) for t in chain]
        longer = {text for key, text in self._chains if len(key) > len(tokens) and _sub(tokens, key)}
        if len(longer) == 1:
            return longer.pop()
        return chain[0].doc.text[chain[0].idx : chain[-1].idx + len(chain[-1].text)]

    def _pronoun(self, head: Token) -> tuple[str | None, Referent | None]:
        lower = head.lower_
        if lower in _RELATIVE:
            target = head.head.head if head.head.dep_ == "relcl" else None
            if target is not None and target.pos_ in ("PROPN", "NOUN"):
                return self.resolve(target, _noun_phrase(target))
            return None, None
        if lower in _GENDERED:
            gender = _GENDERED[lower]
            ref = self._antecedent(head, lambda r: r.is_person and r.gender in (None, gender))
            return (ref.name, ref) if ref else (None, None)
        if lower in _PLURAL_PRONOUNS or lower in ("it", "its", "their"):
            return self._group(head)
        return None, None

    def _antecedent(self, head: Token, ok: Callable[[Referent], bool]) -> Referent | None:
        """The subject a pronoun continues (centering): the latest subject, outside reported speech, of
        this or the previous sentence; failing that, any mention, sentence by sentence backwards."""
        sent = self._sent_of[head.i]
        earlier = [e for e in self._events if e.pos < head.idx and e.referent is not None and ok(e.referent)
                   and 0 <= sent - e.sent <= 8]  # fmt: skip
        subjects = [e for e in earlier if e.subject and not e.reported and sent - e.sent <= 1]
        if subjects:
            best = max(subjects, key=lambda e: (e.sent, e.speaker, e.pos))
            return best.referent
        for s in range(sent, sent - 5, -1):
            for event in sorted((e for e in earlier if e.sent == s), key=lambda e: e.rank):
                return event.referent
        return None

    def _group(self, head: Token) -> tuple[str | None, Referent | None]:
        """ "they"/"it": the nearest organisation or plural subject before it."""
        sent = self._sent_of[head.i]
        plural = head.lower_ in _PLURAL_PRONOUNS or head.lower_ == "their"
        earlier = [e for e in self._events if e.pos < head.idx and 0 <= sent - e.sent <= 3]
        for s in range(sent, sent - 4, -1):
            for event in sorted((e for e in earlier if e.sent == s), key=lambda e: e.rank):
                if (
                    event.referent is not None
                    and event.referent.type == "organization"
                    and not event.referent.person_like
                ):
                    return event.referent.name, event.referent
                if plural and event.group is not None:
                    return event.group, None
        return None, None

    def _name_lookup(self, head: Token) -> Referent | None:
        """A name spaCy did not tag, or tagged apart from its fuller form: match it by key or surname."""
        if head.pos_ != "PROPN" and not _capitalised(head):
            return None
        chain = _name_chain(head)
        key = " ".join(name_tokens(" ".join(t.text for t in chain)))
        candidates = [r for r in self.referents if key in r.keys]
        if not candidates:
            last = fold(head.text)
            candidates = [r for r in self.referents if r.is_person and r.tokens and r.tokens[-1] == last]
        return self._latest(candidates, head.idx) if candidates else None

    def _latest(self, candidates: list[Referent], pos: int) -> Referent:
        return max(candidates, key=lambda r: (self._last_before(r, pos), len(r.spans)))

    @staticmethod
    def _last_before(ref: Referent, pos: int) -> int:
        return max((s for s, _ in ref.spans if s < pos), default=-1)

    def _description(self, head: Token, mention: Span) -> tuple[str | None, Referent | None]:
        lemma = head.lemma_.lower()
        if lemma in _QUANTIFIERS:
            obj = _pobj(head, ("of",))
            if obj is not None:
                return self.resolve(obj, _noun_phrase(obj))
        owner = _owner(head) if lemma in _MOUTHPIECES or lemma in SPEECH_NOUNS or is_person_noun(lemma) else None
        owner_name: str | None = None
        if owner is not None:
            owner_name, owner_ref = self.resolve(owner, _noun_phrase(owner))
            if owner_name is not None and (lemma in _MOUTHPIECES or lemma in SPEECH_NOUNS):
                return owner_name, owner_ref
        ref = self._holder(head, mention)
        if ref is not None:
            return ref.name, ref
        if _is_definite(head) and head.tag_ not in ("NNS", "NNPS"):
            earlier = self._recent_speaker(head)
            if earlier is not None:
                return earlier
        if owner_name is not None:
            return f"{owner_name}'s {head.text}", None  # "Znak.com's source"
        if head.tag_ in ("NNS", "NNPS") or not _is_definite(head) or lemma in SPEECH_NOUNS:
            # an unnamed source the article only describes: its description is all there is
            return _strip_article(mention), None
        return None, None

    def _recent_speaker(self, head: Token) -> tuple[str, Referent | None] | None:
        """ "The spokesperson added": the last source described the same way; "The Wooster professor
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

    def _holder(self, head: Token, mention: Span) -> Referent | None:
        """The person (or organisation) whose descriptors cover a description like "the Russian foreign minister"."""
        lemma = head.lemma_.lower()
        mods = {t.lemma_.lower(): t.ent_type_ in ("NORP", "GPE") for t in mention
                if t.i != head.i and t.pos_ in ("ADJ", "NOUN", "PROPN") and not t.is_stop}  # fmt: skip
        best: tuple[int, int] | None = None
        chosen: Referent | None = None
        for ref in self.referents:
            if not ref.is_person or lemma not in ref.roles:
                continue
            score = 1 + sum(1 for m in mods if m in ref.descriptors)
            nations = {d for d, n in ref.descriptors.items() if n}
            score -= sum(1 for m, n in mods.items() if n and nations and m not in ref.descriptors)
            recency = max((s for s, _ in ref.spans if s < head.idx), default=-1)
            if score > 0 and (best is None or (score, recency) > best):
                best, chosen = (score, recency), ref
        if chosen is not None:
            return chosen
        orgs = [r for r in self.referents if r.type == "organization" and lemma in r.tokens and not r.person_like]
        # "the court": the court the article is about (named most so far), not the last one in passing
        return max(orgs, key=lambda r: (sum(1 for s, _ in r.spans if s < head.idx), self._last_before(r, head.idx)),
                   default=None)  # fmt: skip


# ---- helpers ---------------------------------------------------------------------------------


def _sentence_numbers(doc: Doc, quoted: list[tuple[int, int]]) -> list[int]:
    """Sentence number of every token, counting only the reporter's sentences.

    A line break always starts a new sentence (spaCy may run on across paragraphs), and
    sentences wholly inside a quotation do not count: after a five-sentence quote, "he said"
    is still one sentence away from the sentence that introduced the speaker.
    """
    inside = bytearray(len(doc.text) + 1)
    for start, end in quoted:
        inside[start:end] = b"\x01" * (end - start)
    numbers = [0] * len(doc)
    n, own = 0, True
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            token = doc[i]
            if i == sent.start or (token.is_space and "\n" in token.text):
                if own:
                    n += 1
                own = False
            if not (token.is_punct or token.is_space or inside[token.idx]):
                own = True
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
    doc = root.doc
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start


def _name_chain(head: Token) -> list[Token]:
    """The proper nouns that make up the name ending at head, without titles or place names."""
    chain = [head]
    i = head.i - 1
    while i >= 0:
        tok = head.doc[i]
        if tok.pos_ != "PROPN" or tok.lower_.rstrip(".") in TITLES or is_person_noun(tok.lower_, strict=True):
            break
        if tok.ent_type_ in ("GPE", "ORG", "NORP", "LOC") and tok.ent_type_ != head.ent_type_:
            break
        chain.insert(0, tok)
        i -= 1
    return chain


def _capitalised(token: Token) -> bool:
    """A capitalised word the tagger may have taken for a common noun ("Radmall conceded")."""
    return token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper() and not token.text.isupper()


def _proper_runs(doc: Doc) -> list[list[Token]]:
    """Every run of two or more proper nouns not tagged as something other than a person (titles dropped)."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON"):
            if run or token.lower_.rstrip(".") not in TITLES:
                run.append(token)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = []
    return runs


def _run_text(run: list[Token]) -> str:
    return run[0].doc.text[run[0].idx : run[-1].idx + len(run[-1].text)]


def _sub(short: list[str], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(list(long[i : i + n]) == short for i in range(len(long) - n + 1))


def _is_subject(root: Token) -> bool:
    """Subject of its clause, or the source of "according to" (which stands in for one)."""
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    token = root
    for _ in range(3):
        if token.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return True
        if token.dep_ not in ("appos", "compound", "conj") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _reported(token: Token) -> bool:
    """The subject of a clause a reporting verb reports ("said Zelensky is ..."): not the story's main actor."""
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.dep_ == "ccomp" and is_cue(verb.head)


def _in_noun_pp(token: Token) -> bool:
    """ "the Lord President of the court": "court" qualifies the role, it is not the role."""
    node = token.head if token.dep_ in ("compound", "amod") else token
    return node.dep_ == "pobj" and node.head.head.pos_ in ("NOUN", "PROPN")


def _described_as_person(root: Token) -> bool:
    """ "a ... spokesperson, Morgan Ortagus": an appositive or title noun says the name is a person's."""
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and is_person_noun(root.head.lemma_, strict=True):
        return True
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and is_person_noun(c.lemma_, strict=True) for c in root.children):
        return True
    # "filmmaker Charlie McDowell": a person noun used as a title right before the name
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == root.i - 1 - _name_length(root)
               and is_person_noun(c.lemma_) for c in root.lefts)  # fmt: skip


def _name_length(root: Token) -> int:
    return sum(1 for c in root.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN")


def _speaks(root: Token) -> bool:
    """The mention is (in) the subject of a reporting verb, or the source of "according to"."""
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    node = root
    for _ in range(4):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return is_cue(node.head)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _gender(descriptors: dict[str, bool]) -> str | None:
    male, female = bool(_MALE & descriptors.keys()), bool(_FEMALE & descriptors.keys())
    return "m" if male and not female else "f" if female and not male else None


def _noun_phrase(token: Token) -> Span:
    doc = token.doc
    start = min([token.i] + [c.left_edge.i for c in token.lefts if c.dep_ in ("det", "amod", "compound", "poss")])
    return doc[start : token.i + 1]


def _pobj(head: Token, preps: tuple[str, ...]) -> Token | None:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _owner(head: Token) -> Token | None:
    """Whose words a statement or spokesperson carries: "Biden's account", "a spokesman for X", "signed by X"."""
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
        if child.dep_ == "acl":  # "a tweet sent from Biden's account", "the decree signed by the Pope"
            for grand in child.children:
                if grand.dep_ in ("agent", "prep") and grand.lower_ in ("by", "from"):
                    obj = next((c for c in grand.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    if head.dep_ == "dobj" and head.head.lemma_.lower() in _CARRIERS:
        # "They released a statement which said": the statement's issuer
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
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
