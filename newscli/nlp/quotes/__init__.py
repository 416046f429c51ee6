"""Who said what: quotations, their cues and their speakers as canonical names.

The steps, one module each:

1. marks  — pair quote marks into spans (raw text; odd marks never raise);
2. attribution — the cue of each span in its sentence;
3. kinds — drop titles, names and scare quotes; tell utterances from fragments;
4. speakers — the cue's subject to a canonical name (pronouns, roles, surnames);
5. indirect — "X said that ..." when indirect speech is asked for.

A quotation without a cue of its own continues the previous speech event: the earlier
quotation of the same paragraph (the second sentence of a quote, a split quote, a
paragraph-long quote that goes on in the next), or the last attributed statement just
before it. Its speaker is kept, its speaker_mention and cue stay None — the text has none.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newscli.models import Entity, Quote
from newscli.nlp.quotes.attribution import Attribution, attribute, excluded_tokens, frame, quote_tokens
from newscli.nlp.quotes.cues import cue_text, is_cue, mention_span, source_of
from newscli.nlp.quotes.indirect import indirect_quotes
from newscli.nlp.quotes.kinds import has_clause, is_quotation, kind_of
from newscli.nlp.quotes.marks import QuotedSpan, find_quoted_spans, paragraphs
from newscli.nlp.quotes.names import Referent
from newscli.nlp.quotes.speakers import SpeakerIndex
from newscli.nlp.quotes.text import doc_text, sentence


@dataclass(eq=False)
class _Candidate:
    span: QuotedSpan
    tokens: list[Token]
    para: int
    window: Span
    attribution: Attribution
    split_partner: int | None = None


@dataclass(frozen=True)
class _Said:
    """A speech event already attributed: later cue-less quotations may continue it."""

    pos: int
    para: int
    speaker: str | None
    referent: Referent | None


def extract_quotes(doc: Doc, entities: list[Entity], indirect: bool = False) -> list[Quote]:
    """Quotations in doc with speakers resolved against the entity rows; offsets into doc.text."""
    text = doc_text(doc)
    spans = find_quoted_spans(text)
    quoted = [(s.start, s.end) for s in spans]
    paras = paragraphs(text)
    excluded = excluded_tokens(doc, quoted)
    index = SpeakerIndex(doc, entities, quoted)
    candidates = _candidates(doc, spans, paras, excluded)
    attributor = _Attributor(doc, excluded, index, paras)
    quotes: list[Quote] = []
    for group in _groups(candidates):
        for cand, said in zip(group, attributor.group(group), strict=True):
            partner = candidates[cand.split_partner] if cand.split_partner is not None else None
            kind = kind_of(cand.tokens, text[cand.span.start : cand.span.end],
                           has_clause(partner.tokens) if partner is not None else None)  # fmt: skip
            quotes.append(Quote(text=text[cand.span.start : cand.span.end], start=cand.span.start, end=cand.span.end,
                                speaker=said.speaker, speaker_mention=said.mention, cue=said.cue, kind=kind,
                                sentence=cand.window.text.strip()))  # fmt: skip
    if indirect:
        quotes.extend(indirect_quotes(doc, quoted, excluded, index))
        quotes.sort(key=lambda q: q.start)
    return quotes


def _groups(candidates: list[_Candidate]) -> list[list[_Candidate]]:
    """One group per quotation: the paragraphs of a multi-paragraph quote together, others alone."""
    groups: list[list[_Candidate]] = []
    for cand in candidates:
        if cand.span.continues and groups and groups[-1][-1].span.continued:
            groups[-1].append(cand)
        else:
            groups.append([cand])
    return groups


def _candidates(doc: Doc, spans: list[QuotedSpan], paras: list[tuple[int, int]],
                excluded: set[int]) -> list[_Candidate]:  # fmt: skip
    found: list[_Candidate] = []
    starts = [s for s, _ in paras]
    for span in spans:
        tokens = quote_tokens(doc, span.start, span.end)
        if not tokens:
            continue
        para = max(0, bisect.bisect_right(starts, span.start) - 1)
        window = frame(doc, tokens, paras[para])
        found.append(_Candidate(span, tokens, para, window, attribute(tokens, window, excluded)))
    splits = [n + 1 < len(found) and _splits(doc, cand, found[n + 1], excluded) for n, cand in enumerate(found)]
    kept: list[_Candidate] = []
    for n, cand in enumerate(found):
        if is_quotation(doc_text(doc)[cand.span.start : cand.span.end], cand.tokens, cand.attribution,
                        cand.span.continues, splits[n]):  # fmt: skip
            if n and splits[n - 1] and kept and kept[-1] is found[n - 1]:
                kept[-1].split_partner, cand.split_partner = len(kept), len(kept) - 1
            kept.append(cand)
    return kept


def _splits(doc: Doc, first: _Candidate, second: _Candidate, excluded: set[int]) -> bool:
    """ "Frankly," she told the Herald, "the plan ...": an attribution between two parts of one sentence."""
    if first.para != second.para:
        return False
    text = doc_text(doc)
    gap = text[first.span.end : second.span.start]
    if len(gap) > 100 or any(ch in gap for ch in ".!?;:"):
        return False
    first_text = text[first.span.start : first.span.end]
    rest = text[second.span.start : second.span.end]
    if not (first_text.endswith((",", "—", "–")) or gap.lstrip("\"”’' ").startswith(",") or rest[:1].islower()):
        return False
    span = doc.char_span(first.span.end, second.span.start, alignment_mode="contract")
    if span is None:
        return False
    # the attribution sits between the halves: its cue and the cue's source are both in the gap
    for token in span:
        if token.i not in excluded and is_cue(token):
            source = source_of(token, excluded)
            if source is not None and span.start <= source.i < span.end:
                return True
    return False


@dataclass(frozen=True)
class _Attribution:
    speaker: str | None
    referent: Referent | None
    mention: str | None = None
    cue: str | None = None


class _Attributor:
    """Attributes quotations in text order, remembering who spoke for cue-less follow-ons."""

    def __init__(self, doc: Doc, excluded: set[int], index: SpeakerIndex, paras: list[tuple[int, int]]) -> None:
        self.doc, self.excluded, self.index, self.paras = doc, excluded, index, paras
        self.history: list[_Said] = []

    def group(self, group: list[_Candidate]) -> list[_Attribution]:
        """A multi-paragraph quotation takes its speaker from whichever paragraph names one."""
        found = [self._own(cand) for cand in group]
        anchor = next((a for a in found if a is not None), None)
        if anchor is None:
            speaker, referent = self._follow_on(group[0])
            anchor = _Attribution(speaker, referent)
        results = [a if a is not None else _Attribution(anchor.speaker, anchor.referent) for a in found]
        for cand, result in zip(group, results, strict=True):
            self.history.append(_Said(cand.span.start, cand.para, result.speaker, result.referent))
        return results

    def _own(self, cand: _Candidate) -> _Attribution | None:
        """The attribution in the quotation's own sentence, if it has one."""
        cue = cand.attribution.cue
        if cue is None:
            return None
        source = source_of(cue, self.excluded)
        if source is None:
            return None
        words = mention_span(source, self.excluded)
        speaker, referent = self.index.resolve(source, words)
        self.index.note_speaker(cue, speaker, referent, source)
        return _Attribution(speaker, referent, words.text, cue_text(cue))

    def _follow_on(self, cand: _Candidate) -> tuple[str | None, Referent | None]:
        return _follow_on(cand, self.history, self.index, self.doc, self.excluded, self.paras)


def _follow_on(cand: _Candidate, history: list[_Said], index: SpeakerIndex, doc: Doc, excluded: set[int],
               paras: list[tuple[int, int]]) -> tuple[str | None, Referent | None]:  # fmt: skip
    """The speaker of the speech event this cue-less quotation continues, if it plainly continues one."""
    previous = history[-1] if history else None
    starts_para = doc_text(doc)[paras[cand.para][0] : cand.span.start].strip() in ("", '"', "“", "«", "'", "‘", "„")
    reach = cand.para - (1 if starts_para or cand.span.continues else 0)
    statement = _last_statement(doc, cand, excluded, index, paras, reach)
    if previous is not None and previous.para >= reach and (statement is None or statement[0] < previous.pos):
        return previous.speaker, previous.referent
    if statement is not None:
        return statement[1], statement[2]
    # '... leaving Marsh unimpressed. "One call was plainly wrong."': the one person just named
    lone = _lone_person_before(doc, cand, index, paras[max(reach, 0)][0])
    if lone is not None:
        return lone.name, lone
    return None, None


def _lone_person_before(doc: Doc, cand: _Candidate, index: SpeakerIndex, lower: int) -> Referent | None:
    """The only person named in the sentence just before the quotation, if there is exactly one."""
    i = cand.window.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_punct):
        i -= 1
    if i < 0 or doc[i].idx < lower:
        return None
    people = {id(r): r for t in sentence(doc[i]) if (r := index.referent_at(t)) is not None and r.is_person
              and not index.in_quote(t.idx)}  # fmt: skip
    return next(iter(people.values())) if len(people) == 1 else None


_Statement = tuple[int, str | None, Referent | None]  # (position, speaker, referent)


def _last_statement(doc: Doc, cand: _Candidate, excluded: set[int], index: SpeakerIndex,
                    paras: list[tuple[int, int]], reach: int) -> _Statement | None:  # fmt: skip
    """The last reporting verb with a resolvable source between paragraph `reach` and the quotation."""
    lower = paras[max(reach, 0)][0]
    start = cand.tokens[0].i
    for i in range(start - 1, -1, -1):
        token = doc[i]
        if token.idx < lower:
            break
        if i in excluded or not is_cue(token):
            continue
        source = source_of(token, excluded)
        if source is None:
            continue
        name, ref = index.resolve(source, mention_span(source, excluded))
        if name is not None:
            return token.idx, name, ref
    return None
