"""Who speaks each quotation: the source of its own cue, else the running speaker it continues.

A quotation with a cue in its own sentence is the cue's source ("cue", "pronoun" or
"description", by the words that name it). A quotation without one continues a speech
event ("running"): the earlier quotation of its paragraph (the second sentence of a
quote, a split quote), the quotation just before a paragraph that opens with a quote (or
the paragraphs of one multi-paragraph quotation), or the statement the reporter attributed
just before it ("He said the cost was covered. | "The delegation paid its own way."), or the
one person the sentence just before brings in, as its subject or right before a quotation
that stands alone (not when the quotation speaks of a "he"/"she" who could be that person).
Something that changes the subject ends the run: a different person or organisation as the
subject of a sentence in between, named or only described ("The judge said ..."). What is
left has no speaker: a name merely near a quotation is not evidence of who said it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newscli.models import Attribution as How
from newscli.nlp.quotes.attribution import Attribution
from newscli.nlp.quotes.cues import SPEECH_NOUNS, claimant, cue_text, is_cue, mention_span, source_of
from newscli.nlp.quotes.marks import QuotedSpan
from newscli.nlp.quotes.names import Referent
from newscli.nlp.quotes.speakers import SpeakerIndex
from newscli.nlp.quotes.speakers.clauses import is_main, is_subject
from newscli.nlp.quotes.speakers.documents import owner_of
from newscli.nlp.quotes.text import doc_text, sentence

_OPENERS = ("", '"', "“", "«", "'", "‘", "„", "''", "``")


@dataclass(eq=False)
class Candidate:
    """A quoted span that may be a quotation, with where it sits and the cue found for it."""

    span: QuotedSpan
    tokens: list[Token]
    para: int
    window: Span
    attribution: Attribution
    split_partner: int | None = None


@dataclass(frozen=True)
class Said:
    """Who said a quotation, the words that say so, and how the speaker was found."""

    speaker: str | None
    referent: Referent | None
    mention: str | None = None
    cue: str | None = None
    how: How = "none"


_NOBODY = Said(None, None)


@dataclass(frozen=True)
class _Event:
    """A quotation already attributed: later cue-less quotations may continue it."""

    pos: int
    para: int
    said: Said
    after: int  # the end of its sentence: what follows may change the subject
    end: int  # the end of the quotation itself


class Attributor:
    """Attributes quotations in text order, remembering who spoke for cue-less follow-ons."""

    def __init__(self, doc: Doc, excluded: set[int], index: SpeakerIndex, paras: list[tuple[int, int]],
                 aside: set[int]) -> None:  # fmt: skip
        self.doc, self.excluded, self.index, self.paras, self.aside = doc, excluded, index, paras, aside
        self.history: list[_Event] = []

    def _running_how(self, speaker: str | None, referent: Referent | None) -> How:
        """ "running", or "unnamed" when the speaker carried over is a source the article only described."""
        unnamed = referent is None and any(e.said.how == "unnamed" and e.said.speaker == speaker for e in self.history)
        return "unnamed" if unnamed else "running"

    def group(self, group: list[Candidate]) -> list[Said]:
        """A multi-paragraph quotation takes its speaker from whichever paragraph names one."""
        found = [self._own(cand) for cand in group]
        if group[0].para in self.aside:
            return [s or _NOBODY for s in found]  # a heading, a post, a caption: its own cue or nobody
        anchor = next((s for s in found if s is not None), None) or self._follow_on(group[0])
        carried = _carry(anchor)
        results = [s if s is not None else carried for s in found]
        for cand, result in zip(group, results, strict=True):
            self.history.append(_Event(cand.span.start, cand.para, result, max(cand.span.end, cand.window.end_char),
                                       cand.span.end))  # fmt: skip
        return results

    def _own(self, cand: Candidate) -> Said | None:
        """The attribution in the quotation's own sentence, if it has one."""
        cue = cand.attribution.cue
        if cue is None:
            return None
        source = claimant(cue, self.excluded) if cue.pos_ == "NOUN" else source_of(cue, self.excluded)
        if source is not None and source.pos_ not in ("PROPN", "PRON") and cue.i > cand.tokens[-1].i:
            source = _named_after(cand, cue) or source
        if source is None:
            return None
        words = mention_span(source, self.excluded)
        speaker, referent = self.index.resolve(source, words)
        self.index.note_speaker(cue, speaker, referent, source)
        return Said(speaker, referent, words.text, cue_text(cue), self.index.how(source, words, speaker, referent))

    def _follow_on(self, cand: Candidate) -> Said:
        """The speech event this cue-less quotation continues, if it plainly continues one."""
        text = doc_text(self.doc)
        previous = self.history[-1] if self.history else None
        starts_para = text[self.paras[cand.para][0] : cand.span.start].strip() in _OPENERS
        reach = cand.para
        if starts_para or cand.span.continues:  # the paragraph before, over any heading or post between
            reach -= 1
            while reach > 0 and reach in self.aside:
                reach -= 1
        statement = _last_statement(self.doc, cand, self.excluded, self.index, self.paras[max(reach, 0)][0])
        if previous is not None and previous.para >= reach and (statement is None or statement[0] < previous.pos):
            said = previous.said
            # in the same sentence, from the end of that quotation: "X said ..., and one engineer put it to "...""
            since = previous.after if previous.after <= cand.span.start else previous.end
            if said.speaker is None or self.index.interrupted(since, cand.span.start, said.speaker):
                return _NOBODY
            return _carry(said)
        if statement is not None and not self.index.interrupted(statement[3], cand.span.start, statement[1]):
            return Said(statement[1], statement[2], how=self._running_how(statement[1], statement[2]))
        if previous is None or previous.para < reach:
            # a quotation right after a sentence whose subject is the one person in it: "Mvoko, the
            # finance member, wants the corridor to reach Angola. | "Bringing in Angola is important ..."
            introduced = _introduced(self.doc, cand, self.index, self.paras[max(reach, 0)][0])
            if introduced is not None:
                return Said(introduced.name, introduced, how="running")
            sender = _message_from(self.doc, cand, self.index, self.paras[max(reach, 0)][0])
            if sender is not None:
                return Said(sender[0], sender[1], how="running")
        return _NOBODY


def _introduced(doc: Doc, cand: Candidate, index: SpeakerIndex, lower: int) -> Referent | None:
    """The one person named in the sentence just before the quotation, when the text makes them its speaker.

    Either that person is the sentence's main subject ("Mvoko, the finance member, wants the corridor
    to reach Angola. | "Bringing in Angola is important ..."), or the quotation stands alone, without a
    word of the reporter's, right after the sentence that brings that person in ("... leaving coach
    Ingram unimpressed. "One of them was questionable.""). A name the quotation's own sentence merely
    sits near ("references her relationship with Travis. Swift sings, "..."") is not evidence.
    """
    i = cand.window.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_punct):
        i -= 1
    if i < 0 or doc[i].idx < lower or index.aside(doc[i].idx):
        return None
    sent = sentence(doc[i])
    people = {id(r): r for t in sent if (r := index.referent_at(t)) is not None and r.is_person
              and not index.in_quote(t.idx)}  # fmt: skip
    if len(people) != 1:
        return None
    ref = next(iter(people.values()))
    if _about(cand, ref):
        return None  # "Parcells would sigh. | "I'd walk into his office, and he'd go ..."": words about him
    if any(index.referent_at(t) is ref and is_subject(t) and is_main(t) for t in sent):
        return ref
    alone = not any(not (t.is_punct or t.is_space) and not index.in_quote(t.idx) for t in cand.window)
    return ref if alone and ref.type == "person" else None


_THIRD = {"m": frozenset({"he", "him", "his", "himself"}), "f": frozenset({"she", "her", "hers", "herself"})}


def _about(cand: Candidate, ref: Referent) -> bool:
    """The quotation speaks of someone as "he"/"she" who could be the person just named: by itself, the
    sentence before is then no evidence that this person said it."""
    words = {t.lower_ for t in cand.tokens}
    genders = [ref.gender] if ref.gender in _THIRD else list(_THIRD)
    return any(words & _THIRD[g] for g in genders)


def _message_from(doc: Doc, cand: Candidate, index: SpeakerIndex, lower: int) -> tuple[str, Referent] | None:
    """ "We then received a written reply from a Lumora representative. | "The new fees ..."": a quotation
    standing alone right after the sentence that brings in a message is the words of whoever the text says
    sent it, when that is exactly one sender."""
    if any(not (t.is_punct or t.is_space) and not index.in_quote(t.idx) for t in cand.window):
        return None  # the quotation has words of the reporter's around it
    i = cand.window.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_punct):
        i -= 1
    if i < 0 or doc[i].idx < lower or index.aside(doc[i].idx):
        return None
    senders: dict[int, tuple[str, Referent]] = {}
    for token in sentence(doc[i]):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in SPEECH_NOUNS or index.in_quote(token.idx):
            continue
        owner = owner_of(token)
        if owner is None or owner.pos_ == "PRON":
            continue
        name, ref = index.resolve(owner, mention_span(owner, set()))
        if name is not None and ref is not None:
            senders[id(ref)] = (name, ref)
    return next(iter(senders.values())) if len(senders) == 1 else None


def _named_after(cand: Candidate, cue: Token) -> Token | None:
    """ "'...,' Chad Hawk, vice president of PMG, a grading company, told Fox": the person named right
    after the closing mark is the source, however the parser hung the apposition."""
    doc = cue.doc
    i = cand.tokens[-1].i + 1
    while i < cue.i and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i >= cue.i or doc[i].ent_type_ != "PERSON" or doc[i].ent_iob_ != "B":
        return None
    while i + 1 < cue.i and doc[i + 1].ent_iob_ == "I":
        i += 1
    return doc[i]


def _carry(said: Said) -> Said:
    """The same speaker for a quotation that continues said's speech event (no words of its own)."""
    how: How = "none" if said.speaker is None else "unnamed" if said.how == "unnamed" else "running"
    return Said(said.speaker, said.referent, how=how)  # an unnamed source stays unnamed when carried over


_Statement = tuple[int, str, Referent | None, int]  # (position, speaker, referent, end of its sentence)


def _last_statement(doc: Doc, cand: Candidate, excluded: set[int], index: SpeakerIndex,
                    lower: int) -> _Statement | None:  # fmt: skip
    """The last reporting verb with a resolvable source between lower and the quotation."""
    for i in range(cand.tokens[0].i - 1, -1, -1):
        token = doc[i]
        if token.idx < lower:
            break
        if i in excluded or index.aside(token.idx) or not is_cue(token):
            continue
        if token.lower_ == "according" and is_cue(token.head) and source_of(token.head, excluded) is not None:
            continue  # "X said ..., according to the Herald": the outlet reports X's statement, X made it
        source = source_of(token, excluded)
        if source is None:
            continue
        name, ref = index.resolve(source, mention_span(source, excluded))
        if name is not None:
            return token.idx, name, ref, min(sentence(token).end_char, cand.span.start)
    return None
