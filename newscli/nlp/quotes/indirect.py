"""Indirect speech: "X said (that) ..." reported without quote marks.

Only clause-taking reporting verbs count (say, tell, warn, claim ...; not "call" or
"describe", whose objects are not statements), the reported clause must have a subject
and a verb of its own, and it must not overlap a direct quotation — those are reported
as direct or partial quotes already.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newscli.models import Attribution as How
from newscli.models import Quote
from newscli.nlp.quotes.cues import cue_text, mention_span, source_of
from newscli.nlp.quotes.speakers import SpeakerIndex
from newscli.nlp.quotes.text import doc_text, sentence
from newscli.nlp.spans import Spans

_CLAUSE_CUES = frozenset({
    "say", "tell", "add", "warn", "argue", "claim", "state", "announce", "explain", "note", "insist", "reiterate",
    "suggest", "report", "reveal", "admit", "acknowledge", "confirm", "deny", "write", "allege", "assert",
    "contend", "maintain", "predict", "promise", "stress", "emphasise", "emphasize", "indicate", "inform", "remark",
    "comment", "conclude", "agree", "concede", "testify", "tweet", "post"
})  # fmt: skip
_MIN_TOKENS = 3


def indirect_quotes(doc: Doc, quoted: list[tuple[int, int]], excluded: set[int],
                    index: SpeakerIndex) -> list[Quote]:  # fmt: skip
    """Reported clauses of speech verbs as quotes of kind "indirect"."""
    found: list[Quote] = []
    text = doc_text(doc)
    quotations = Spans(quoted, disjoint=True)
    for token in doc:
        if token.i in excluded or token.lemma_.lower() not in _CLAUSE_CUES or token.pos_ != "VERB":
            continue
        # "X said (that) ..." or, at the end of a sentence, "..., officials said"
        clause = next((c for c in token.children if c.dep_ == "ccomp" and (c.i > token.i or _trailing(token))), None)
        if clause is None or not _is_statement(clause):
            continue
        words = [
            t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i and t.i == clause.left_edge.i)
        ]
        while words and (words[-1].is_punct or words[-1].is_space):
            words.pop()
        if len(words) < _MIN_TOKENS:
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        if quotations.overlaps(start, end) or any(t.i in excluded for t in words):
            continue
        source = source_of(token, excluded)
        speaker = mention = None
        how: How = "none"
        if source is not None:
            span = mention_span(source, excluded)
            mention = span.text
            speaker, referent = index.resolve(source, span)
            how = index.how(source, span, speaker, referent)
        found.append(Quote(text=text[start:end], start=start, end=end, speaker=speaker, speaker_mention=mention,
                           cue=cue_text(token), kind="indirect", sentence=sentence(token).text.strip(),
                           attribution=how))  # fmt: skip
    return found


def _trailing(cue: Token) -> bool:
    """The cue closes its sentence ("..., ministry officials said."): the clause before it is what was said."""
    rest = [t for t in cue.doc[cue.i + 1 : sentence(cue).end] if not (t.is_punct or t.is_space)]
    return len(rest) <= 4


def _is_statement(clause: Token) -> bool:
    return clause.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
