"""Pronouns: the person "he"/"she" continues, the organisation or group "they"/"it" stand for, and the
noun a relative "who"/"which" hangs on (see SpeakerIndex, which adds names and descriptions)."""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from newscli.nlp.quotes.names import Referent, is_person_noun, usual_gender
from newscli.nlp.quotes.speakers.clauses import DEFINITE, is_main, noun_phrase
from newscli.nlp.quotes.speakers.documents import thing_subject
from newscli.nlp.quotes.speakers.mentions import GENDERED, Event, MentionIndex
from newscli.nlp.quotes.speakers.roles import gender_of

PLURAL_PRONOUNS = frozenset({"they", "them"})
RELATIVE = frozenset({"who", "whom", "which", "that"})
_INDEFINITE = frozenset({"a", "an", "another"})


class PronounIndex(MentionIndex):
    """Pronoun resolution over the mention history; names and descriptions come from the subclass."""

    def resolve(self, head: Token, mention: Span) -> tuple[str | None, Referent | None]:
        raise NotImplementedError

    def _description(self, head: Token, mention: Span) -> tuple[str | None, Referent | None]:
        raise NotImplementedError

    def _pronoun(self, head: Token) -> tuple[str | None, Referent | None]:
        lower = head.lower_
        if lower in RELATIVE:
            target = head.head.head if head.head.dep_ == "relcl" else None
            if lower == "which" and target is not None:
                target = _institution(head, self) or target
            if target is not None and target.pos_ in ("PROPN", "NOUN"):
                return self.resolve(target, noun_phrase(target))
            return None, None
        if lower in GENDERED:
            ref = self._antecedent(head, GENDERED[lower])
            return (ref.name, ref) if ref else (None, None)
        if lower in PLURAL_PRONOUNS or lower in ("it", "its", "their"):
            return self._group(head)
        return None, None

    def _antecedent(self, head: Token, gender: str | None, depth: int = 0) -> Referent | None:
        """The person "he"/"she" (or "the woman") continues.

        1. centering: the subject of this or the previous sentence, outside reported speech, the
           main clause's first ("Al Saud is aware of the effect Sinwar may have. "...," he said");
           a person there the article only describes ("The judge said ... she told him") blocks;
           failing that, the person an earlier "she" as a subject there stands for ("The lines, she
           told delegates, must cut emissions. Quoting Carson and Gore, she called for ...");
        2. the running speaker, while the text still mentions them ("The spark that ignited
           Tšosane's passion ... "...," he explains");
        3. the nearest mention, sentence by sentence backwards, of a person known to be "he"/"she" (by the
           article, else by the usual gender of their given name), or of the only person named there; a
           person only described there first ("The woman, then 25, ...") blocks as in 1.
        """

        def fits(ref: Referent | None) -> bool:
            return ref is not None and ref.is_person and (gender is None or _gender(ref) in (None, gender))

        def known(ref: Referent | None) -> bool:
            # proximity alone names nobody: far from the pronoun, the person must be known to be "he"/"she"
            return ref is not None and fits(ref) and (gender is None or _gender(ref) == gender)

        if self.aside(head.idx):
            return None  # a heading's "she" has nothing in the heading to go back to
        sent = self._sent_of[head.i]
        earlier = self._events_before(head, 8)
        subjects = [e for e in earlier if e.subject and not e.reported and sent - e.sent <= 1
                    and (e.described or (e.referent is not None and e.referent.is_person))]  # fmt: skip
        for event in sorted(subjects, key=lambda e: (e.sent, e.main, e.speaker, e.pos), reverse=True):
            if event.described is not None:
                if gender is None or gender_of({event.described: False}) in (None, gender):
                    # "The judge said ... she told him": someone the article does not name; but "a spokeswoman
                    # for the union said ... "...," she said" is the union
                    return self._described(event.pos, gender)
            elif fits(event.referent):
                if not event.main and depth < 3 and (main := self._main_pronoun(head, event.sent, gender)) is not None:
                    # "He moved back to the city where he and Dorsey grew up": the main clause's "he" is the
                    # sentence's centre, not a name inside one of its clauses
                    return self._antecedent(main, gender, depth + 1)
                return event.referent
        previous = self._subject_pronoun_before(head, gender) if depth < 3 else None
        if previous is not None and (ref := self._antecedent(previous, gender, depth + 1)) is not None:
            return ref
        running = next((s for s in reversed(self._spoken) if s[0] < head.idx and fits(s[4])), None)
        if running is not None and sent - running[1] <= 10:
            ref = running[4]
            if any(e.referent is ref for e in earlier if sent - e.sent <= 2) or not any(
                    fits(e.referent) and e.referent is not ref for e in earlier if e.pos > running[0]):  # fmt: skip
                return ref
        window = [e for e in earlier if sent - e.sent < 5]
        people = {id(e.referent) for e in window if fits(e.referent)}
        for s in range(sent, sent - 5, -1):
            for event in sorted((e for e in window if e.sent == s), key=lambda e: e.rank):
                if event.described is not None and event.subject and not event.reported \
                        and gender is not None and gender_of({event.described: False}) == gender:  # fmt: skip
                    # "The woman, then 25, told Ailes ... She declined": the person only described is nearer
                    return self._described(event.pos, gender)
                if known(event.referent) or (fits(event.referent) and len(people) == 1):
                    return event.referent  # known to be "he"/"she", or the only person named lately
        return None

    def displaced(self, head: Token, ref: Referent) -> bool:
        """Whether the role's holder was last named long before head while other people were named in the
        sentences just before it: the description may be one of them, whose role the article never gave."""
        recent = self._events_before(head, 2)
        if any(e.referent is ref for e in recent):
            return False
        return any(e.referent is not None and e.referent.is_person and e.referent is not ref for e in recent)

    def people_near(self, head: Token, sentences: int = 2) -> int:
        """How many different people the article names in head's sentence and the ones just before."""
        return len({id(e.referent) for e in self._events_before(head, sentences)
                    if e.referent is not None and e.referent.is_person})  # fmt: skip

    def newly_described(self, head: Token, gender: str | None) -> bool:
        """ "I spoke with another assistant who said Laterza invited her. The woman, then 25, ...": a definite
        "the woman" right after "a/another <person>" takes up that person, whom the article does not name
        (unless it names them on the spot: "a woman, Ana Reyes,")."""
        sent = self._sent_of[head.i]
        for token in reversed(head.doc[max(0, head.i - 80) : head.i]):
            if self._sent_of[token.i] < sent - 1:
                break
            if token.tag_ != "NN" or self.in_quote(token.idx) or self.aside(token.idx):
                continue
            if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children):
                continue
            lemma = token.lemma_.lower()
            who = any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children)
                      for c in token.children)  # fmt: skip
            if not (is_person_noun(lemma, strict=True) or gender_of({lemma: False}) or who):
                continue  # a person noun, or a noun "who" takes up ("another assistant who said ...")
            if gender is not None and gender_of({lemma: False}) not in (None, gender):
                continue
            if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
                continue
            return True
        return False

    def _main_pronoun(self, head: Token, sent: int, gender: str | None) -> Token | None:
        """The "he"/"she" of that gender, before head, that is the subject of sentence sent's main clause."""
        if gender is None:
            return None
        for token in reversed(head.doc[max(0, head.i - 150) : head.i]):
            if self._sent_of[token.i] < sent:
                break
            if self._sent_of[token.i] == sent and GENDERED.get(token.lower_) == gender \
                    and token.dep_ in ("nsubj", "nsubjpass") and is_main(token) and not self.in_quote(token.idx) \
                    and not self.aside(token.idx):  # fmt: skip
                return token
        return None

    def _subject_pronoun_before(self, head: Token, gender: str | None) -> Token | None:
        """The nearest "he"/"she" of that gender before head that is a subject in the reporter's words of
        this or the previous sentence."""
        sent = self._sent_of[head.i]
        for token in reversed(head.doc[max(0, head.i - 80) : head.i]):
            if self._sent_of[token.i] < sent - 1:
                break
            if gender is not None and GENDERED.get(token.lower_) == gender and token.dep_ in ("nsubj", "nsubjpass") \
                    and not self.in_quote(token.idx) and not self.aside(token.idx):  # fmt: skip
                return token
        return None

    def _described(self, pos: int, gender: str | None) -> Referent | None:
        """Who the description at pos stands for, when it resolves to a named person or organisation."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None:
            return None
        ref = self._description(span[0], noun_phrase(span[0]))[1]
        if ref is None or (ref.is_person and gender is not None and ref.gender not in (None, gender)):
            return None
        return ref

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
        """ "they"/"it": the organisation (or, for "it", country) or plural group that is the subject of
        this or the two sentences before; "its" also the nearest one mentioned at all."""
        sent = self._sent_of[head.i]
        plural = head.lower_ in PLURAL_PRONOUNS or head.lower_ == "their"
        subject = thing_subject(head) if head.lower_ == "it" else None
        if subject is not None:
            # "The paper said ..., which it claims": "it" is the thing its sentence is about, whatever that is
            name, ref = self._description(subject, noun_phrase(subject))
            return (name, ref) if ref is not None else (None, None)
        kinds = ("organization",) if plural else ("organization", "location")
        earlier = self._events_before(head, 2)
        for s in range(sent, sent - 3, -1):
            for event in sorted((e for e in earlier if e.sent == s), key=lambda e: e.rank):
                if event.reported or not (event.subject or head.dep_ == "poss"):
                    continue
                if plural and event.main and event.referent is not None and event.referent.is_person:
                    return None, None  # "Kessler and her colleagues asked ... "...," they wrote": people, unnamed
                if event.referent is not None and event.referent.type in kinds and not event.referent.person_like:
                    return event.referent.name, event.referent
                if plural and event.group is not None:
                    definite = event.group.split()[0].lower() in DEFINITE or "'s" in event.group or "’s" in event.group
                    return (_strip_words(event.group) if definite else None), None  # "workers": nobody named
        return None, None


# ---- helpers ---------------------------------------------------------------------------------


def _gender(ref: Referent) -> str | None:
    """What the article shows of a person's gender, else their given name's usual one ("Sean Hannity")."""
    return ref.gender or usual_gender(ref)


def _strip_words(phrase: str) -> str:
    words = phrase.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in DEFINITE else phrase


def _institution(relative: Token, index: PronounIndex) -> Token | None:
    """ "the head of the Palestinian Dialogue Group in Turkey, which says": "which" is the organisation
    the phrase before it names, not the place it is in nor the person it is headed by."""
    i = relative.i - 1
    while i > 0 and relative.doc[i].is_punct:
        i -= 1
    node: Token | None = relative.doc[i] if i >= 0 else None
    for _ in range(5):
        if node is None:
            break
        ref = index.referent_at(node)
        if ref is not None and ref.type == "organization":
            return node
        node = node.head if node.dep_ in ("pobj", "prep", "compound", "appos") and node.head.i != node.i else None
    return None
