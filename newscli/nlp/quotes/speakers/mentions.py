"""Who the article names, where, and as what: the mention history quote speakers are resolved against.

Built once per document from the entity rows (see quotes/names) and the parse: every
mention of a person or organisation outside quotations, in order, marked as subject or
not, as the subject of a reporting verb or not, and inside reported speech or not;
each person's descriptor words and role nouns ("Italian Finance Minister Marco Rinaldi",
"Lucia Moreno, Spain's economy minister", "his Spanish counterpart Lucia Moreno"
borrowing his counterpart's office); and a gender where the article itself shows one
(a title, a gendered noun, or "he"/"she" taking up the only person just named). A given
name's usual gender is weighed only where the article shows none (speakers/namesakes between two
namesakes, speakers/pronouns before taking a person named a few sentences back); no coreference
model: otherwise only what this article says.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newscli.models import Entity
from newscli.nlp import lexicon as lex
from newscli.nlp.gazetteer import fold_name
from newscli.nlp.quotes.names import (
    Referent,
    build_referents,
    first_mention,
    is_person_noun,
    looks_like_person_name,
    name_tokens,
    titles,
)
from newscli.nlp.quotes.speakers.clauses import (
    is_definite,
    is_main,
    is_reported,
    is_subject,
    noun_phrase,
    speaks,
)
from newscli.nlp.quotes.speakers.namesakes import settle_surnames, untagged_surname
from newscli.nlp.quotes.speakers.people import (
    add_untagged_people,
    extended_names,
    full_names,
    owned_names,
    proper_runs,
    run_text,
)
from newscli.nlp.quotes.speakers.roles import (
    borrow_counterparts,
    describe,
    described_as_person,
    gender_of,
    has_role,
    holder,
)
from newscli.nlp.quotes.text import doc_text

GENDERED = {"he": "m", "him": "m", "she": "f", "her": "f"}


@dataclass(frozen=True)
class Event:
    """A referent mentioned at a position (for pronoun and description search)."""

    pos: int
    sent: int
    referent: Referent | None
    subject: bool
    reported: bool = False  # inside what someone is reported to have said: a weaker antecedent
    group: str | None = None  # a plural noun phrase ("the researchers") that "they" may take
    speaker: bool = False  # the subject of a reporting verb: the likeliest "he said" antecedent
    main: bool = False  # the subject of the sentence's main clause, not of a clause inside it
    described: str | None = None  # a person only described ("the judge"): the noun; blocks pronouns

    @property
    def rank(self) -> tuple[bool, bool, bool, int]:
        return (self.reported, not self.subject, not self.speaker, -self.pos)


class MentionIndex:
    """Names, roles and mention history of one document."""

    def __init__(self, doc: Doc, entities: Iterable[Entity], quoted: list[tuple[int, int]],
                 aside: Iterable[tuple[int, int]] = ()) -> None:  # fmt: skip
        self.doc = doc
        self._inside = bytearray(len(doc_text(doc)) + 1)  # 1 for characters inside a quotation
        for start, end in quoted:
            self._inside[start:end] = b"\x01" * (end - start)
        self._aside = bytearray(len(doc_text(doc)) + 1)  # 1 for headings, embedded posts, captions (see layout)
        for start, end in aside:
            self._aside[start:end] = b"\x01" * (end - start)
        self._sent_of = _sentence_numbers(doc, self._inside)
        self.referents = build_referents(entities)
        self._unsettled: set[int] = set()
        runs = proper_runs(doc)
        add_untagged_people(self.referents, runs, self.in_quote)
        starts = self._starts = [sent.start_char for sent in doc.sents]
        # namesakes left to nobody
        self._unsettled = settle_surnames(self.referents, doc, doc_text(doc), starts, self.in_quote)
        full_names(self.referents, runs)
        owned_names(self.referents, doc)
        extended_names(self.referents, doc)
        self._by_char: dict[int, Referent] = {}
        for ref in self.referents:
            for start, end in ref.spans:
                for pos in range(start, end):
                    self._by_char.setdefault(pos, ref)
        self._events: list[Event] = []
        self._spoken: list[tuple[int, int, str, str, Referent | None]] = []  # (pos, sent, head lemma, name, ref)
        self._chains = [(tuple(fold_name(t.text) for t in run), run_text(run)) for run in runs]
        self._collect(doc)

    # ---- building -------------------------------------------------------------------------

    def _collect(self, doc: Doc) -> None:
        starts = {start: ref for ref in self.referents for start, _ in ref.spans}
        ends: dict[tuple[int, int], int] = {}  # (referent id, mention start) -> end of its first mention there
        for referent in self.referents:
            for start, end in referent.spans:
                ends.setdefault((id(referent), start), end)
        for token in doc:
            if self.in_quote(token.idx) or self.aside(token.idx):
                continue
            ref = starts.get(token.idx)
            if ref is not None:
                root = _span_root(doc, token, ends[(id(ref), token.idx)])
                self._add_event(token, ref, is_subject(root), root)
                if ref.type != "person" and (described_as_person(root) or (looks_like_person_name(ref.name)
                                             and ref.type == "organization" and (root.ent_type_ == "PERSON"
                                             or (is_subject(root) and speaks(root))))):  # fmt: skip
                    ref.person_like = True  # typed otherwise, but the tagger or the text says a person
                if ref.is_person:
                    describe(ref, root, self._by_char)
            elif self._by_char.get(token.idx) is None and token.dep_ in ("nsubj", "nsubjpass") and _capitalised(token):
                # a surname the tagger missed ("Okafor conceded ...") still moves the story on
                named = self.name_lookup(token)
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
            ref.gender = ref.gender or gender_of(ref.descriptors) or votes.get(id(ref))
        borrow_counterparts(self.referents, [(e.sent, e.referent) for e in self._events if e.referent is not None])

    def _described_subjects(self, doc: Doc) -> None:
        """ "the actress wasn't itching ...": a definite description of a known person is a mention too;
        a person the article only describes ("The judge said", "A union leader said") is an unnamed one."""
        for token in doc:
            if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ not in ("nsubj", "nsubjpass") \
                    or not is_person_noun(token.lemma_) or self.in_quote(token.idx) \
                    or self.aside(token.idx):  # fmt: skip
                continue
            ref = holder(self.referents, token, noun_phrase(token)) if is_definite(token) else None
            if ref is not None and ref.is_person:
                self._add_event(token, ref, True, token)
            elif ref is None and not any((r := self._by_char.get(t.idx)) is not None and r.is_person
                                         for t in token.subtree if t.dep_ != "poss"):  # fmt: skip
                # "a spokeswoman for the union" is described too: the union it speaks for resolves it
                self._events.append(
                    Event(
                        token.idx,
                        self._sent_of[token.i],
                        None,
                        True,
                        is_reported(token),
                        speaker=speaks(token),
                        main=is_main(token),
                        described=token.lemma_.lower(),
                    )
                )

    def _add_group(self, token: Token) -> None:
        self._events.append(Event(token.idx, self._sent_of[token.i], None, True, is_reported(token),
                                   noun_phrase(token).text, speaks(token)))  # fmt: skip

    def _pronoun_votes(self, doc: Doc) -> dict[int, str]:
        """Gender from the article itself: "he"/"she" as a subject right after the only person named.

        "Novak remembered ...; he said" or "Novak ... . She added" — when a sentence names
        one person, a subject pronoun later in it or opening the next sentence is that person's.
        """
        by_sent: dict[int, set[int]] = {}
        named_at: dict[int, int] = {}  # sentence -> where its person is first named
        for event in self._events:
            if event.referent is not None and event.referent.is_person:
                # only a subject votes: in "Moreno's son ... he said" the pronoun is the son's
                people = by_sent.setdefault(event.sent, set())
                people.add(id(event.referent) if event.subject else -1)
                named_at.setdefault(event.sent, event.pos)
        tally: dict[int, list[str]] = {}
        # numbered as the events are (a quotation's sentences count as one), not as doc.sents
        sents: list[list[Token]] = []
        for token in doc:
            number = self._sent_of[token.i]
            while len(sents) <= number:
                sents.append([])
            sents[number].append(token)
        for n, sent in enumerate(sents):
            people = by_sent.get(n, set())
            if len(people) != 1 or -1 in people:
                continue
            person = next(iter(people))
            # after the name: in "In fact she borrowed it from a paper Samuel Dube wrote" she is someone else
            follow = [t for t in sent if t.idx > named_at[n]]
            follow += list(sents[n + 1][:3]) if n + 1 < len(sents) and not by_sent.get(n + 1) else []
            for token in follow:
                if (
                    token.lower_ in ("he", "she")
                    and token.dep_ in ("nsubj", "nsubjpass")
                    and not self.in_quote(token.idx)
                ):
                    tally.setdefault(person, []).append(GENDERED[token.lower_])
        return {ref: gender for ref, genders in tally.items() if (gender := _clear_majority(genders))}

    def _add_event(self, token: Token, ref: Referent, subject: bool, root: Token) -> None:
        speaker = subject and speaks(root)
        self._events.append(Event(token.idx, self._sent_of[token.i], ref, subject, is_reported(root), None, speaker,
                                  subject and is_main(root)))  # fmt: skip

    # ---- queries --------------------------------------------------------------------------

    def interrupted(self, start: int, end: int, speaker: str) -> bool:
        """Someone else is the subject of the reporter's own words between start and end: a different
        person or organisation, named or only described ("The judge said ...")."""
        first = bisect.bisect_left(self._events, start, key=lambda e: e.pos)
        for event in self._events[first:]:
            if event.pos >= end:
                break
            if not event.subject or event.reported or self.in_quote(event.pos):
                continue
            if event.referent is not None and event.referent.name != speaker and event.referent.type != "location":
                return True
            if event.referent is None and (event.described or (event.group is not None and event.speaker)):
                return True
        return False

    def introduced_next(self, head: Token) -> Referent | None:
        """The person a news lede's "an expert" or "a local official" turns out to be: the one person
        the very next sentence introduces (named there for the first time) as its subject or as a source."""
        sent = self._sent_of[head.i]
        first = bisect.bisect_right(self._events, head.idx, key=lambda e: e.pos)
        people: dict[int, Referent] = {}
        for event in self._events[first:]:
            if event.sent > sent + 1:
                break
            ref = event.referent
            if event.sent == sent + 1 and ref is not None and ref.type == "person" and not event.reported \
                    and ((event.subject and event.main) or event.speaker):  # fmt: skip
                people[id(ref)] = ref
        if len(people) != 1:
            return None
        ref = next(iter(people.values()))
        if first_mention(ref) < self._sentence_start(sent + 1, head):
            return None  # someone the article had already introduced
        # "A witness said ... | Police Chief Ana Ruiz said": an office of their own is someone else, unless the
        # description names it or shares its words ("a leader of the nurses union" | "Dana Kessler, executive
        # director of the state teachers association")
        offices = {r for r in ref.roles if lex.is_a(r, "role")}
        if offices and not has_role(ref, head.lemma_.lower()):
            words = {t.lemma_.lower() for t in head.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.i != head.i}
            start = self._sentence_start(sent + 1, head)
            there = {t.lemma_.lower() for t in head.doc[head.i :] if start <= t.idx and self._sent_of[t.i] == sent + 1}
            if not words & there:
                return None
        return ref

    def _sentence_start(self, number: int, after: Token) -> int:
        """Where the reporter's sentence of that number begins (searched from after onwards)."""
        for token in after.doc[after.i :]:
            if self._sent_of[token.i] == number:
                return token.idx
        return len(after.doc.text)

    def referent_at(self, token: Token) -> Referent | None:
        return self._by_char.get(token.idx)

    def in_quote(self, pos: int) -> bool:
        return 0 <= pos < len(self._inside) and bool(self._inside[pos])

    def aside(self, pos: int) -> bool:
        """Inside a heading, an embedded post, a teaser or a caption: never a speaker's mention."""
        return 0 <= pos < len(self._aside) and bool(self._aside[pos])

    def note_speaker(self, token: Token, name: str | None, referent: Referent | None, head: Token | None) -> None:
        """Record an attribution: the speaker counts as a mention for later pronouns and descriptions."""
        sent = self._sent_of[token.i]
        if self.aside(token.idx):
            return
        if referent is not None:
            event = Event(token.idx, sent, referent, True, speaker=True, main=True)
            bisect.insort(self._events, event, key=lambda e: e.pos)
        if name is not None:
            self._spoken.append((token.idx, sent, head.lemma_.lower() if head is not None else "", name, referent))

    def name_lookup(self, head: Token) -> Referent | None:
        """A name spaCy did not tag, or tagged apart from its fuller form: match it by key or surname."""
        if (head.pos_ != "PROPN" and not _capitalised(head)) or head.idx in self._unsettled:
            return None
        chain = name_chain(head)
        key = " ".join(name_tokens(" ".join(t.text for t in chain)))
        candidates = [r for r in self.referents if key in r.keys]
        if candidates and " " not in key and all(r.is_person and r.tokens[-1] == key for r in candidates):
            candidates = []  # a bare surname: every person of that name may be meant, not only the row that had it
        if not candidates:
            last = fold_name(head.text)
            candidates = [r for r in self.referents if r.is_person and r.tokens and r.tokens[-1] == last]
        if len(candidates) > 1 and all(r.is_person and len(r.tokens) > 1 for r in candidates) \
                and len({r.tokens[-1] for r in candidates}) == 1:  # fmt: skip
            # namesakes: as speakers/namesakes settles the ones the rows have
            chosen = untagged_surname(candidates, (head.idx, head.idx + len(head.text)), self.doc, self._starts,
                                      self.in_quote)  # fmt: skip
            if chosen is None:
                self._unsettled.add(head.idx)  # nobody's: not a new name either
            return chosen
        if len(candidates) > 1 and all(r.is_person for r in candidates):
            return min(candidates, key=first_mention)  # namesakes: the one introduced first (names.settle_surnames)
        return max(candidates, key=lambda r: (_last_before(r, head.idx), len(r.spans))) if candidates else None


def _last_before(ref: Referent, pos: int) -> int:
    return max((s for s, _ in ref.spans if s < pos), default=-1)


# ---- helpers ---------------------------------------------------------------------------------


def _clear_majority(genders: list[str]) -> str | None:
    """The gender most votes give, when it has at least three times the votes of the other: a long feature
    writes "Ailes invited her. She declined" as often as anything, and one stray vote must not unsex a
    person the article calls "he" twenty times."""
    male, female = genders.count("m"), genders.count("f")
    if male >= 3 * female and male:
        return "m"
    if female >= 3 * male and female:
        return "f"
    return None


def _sentence_numbers(doc: Doc, inside: bytearray) -> list[int]:
    """Sentence number of every token, counting only the reporter's sentences.

    A line break always starts a new sentence (spaCy may run on across paragraphs), and
    sentences wholly inside a quotation do not count: after a five-sentence quote, "he said"
    is still one sentence away from the sentence that introduced the speaker.
    """
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


def _span_root(doc: Doc, token: Token, end: int) -> Token:
    """The syntactic head of the mention that starts at token and ends at end."""
    span = doc.char_span(token.idx, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else token


def name_chain(head: Token) -> list[Token]:
    """The proper nouns that make up the name ending at head, without titles or place names."""
    chain = [head]
    i = head.i - 1
    while i >= 0:
        tok = head.doc[i]
        if not tok.whitespace_ and (tok.text == "-" or chain[0].text == "-"):
            chain.insert(0, tok)  # "Ka-wai", "Eva-Marie": a hyphenated name is one name
            i -= 1
            continue
        same_name = tok.ent_type_ == "PERSON" and head.ent_type_ == "PERSON" and head.ent_iob_ == "I"
        if tok.pos_ != "PROPN" or (not same_name and (tok.lower_.rstrip(".") in titles()
                                                      or is_person_noun(tok.lower_, strict=True))):  # fmt: skip
            break
        if tok.ent_type_ in ("GPE", "ORG", "NORP", "LOC") and tok.ent_type_ != head.ent_type_:
            break
        chain.insert(0, tok)
        i -= 1
    return chain


def _capitalised(token: Token) -> bool:
    """A capitalised word the tagger may have taken for a common noun ("Okafor conceded")."""
    return token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper() and not token.text.isupper()
