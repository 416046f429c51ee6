"""Who said what: quotations, their cues and their speakers as canonical names.

The steps, one module each:

1. marks  — pair quote marks into spans (raw text; odd marks never raise);
2. attribution — the cue of each span in its sentence;
3. kinds — drop titles, names and scare quotes; tell utterances from fragments;
4. speakers — the cue's subject to a canonical name (pronouns, roles, surnames);
5. running — a quotation without a cue of its own continues the running speaker;
6. indirect — "X said that ..." when indirect speech is asked for.

Every quotation says how its speaker was found (Quote.attribution): "cue", "pronoun",
"description", "running" or "none" (no speaker).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from newscli.models import Entity, Quote
from newscli.nlp.quotes.attribution import attribute, excluded_tokens, frame, quote_tokens
from newscli.nlp.quotes.cues import is_cue, source_of
from newscli.nlp.quotes.indirect import indirect_quotes
from newscli.nlp.quotes.kinds import has_clause, is_quotation, kind_of
from newscli.nlp.quotes.marks import QuotedSpan, find_quoted_spans, paragraphs
from newscli.nlp.quotes.running import Attributor, Candidate
from newscli.nlp.quotes.speakers import SpeakerIndex
from newscli.nlp.quotes.text import doc_text


def extract_quotes(doc: Doc, entities: list[Entity], indirect: bool = False) -> list[Quote]:
    """Quotations in doc with speakers resolved against the entity rows; offsets into doc.text."""
    text = doc_text(doc)
    spans = find_quoted_spans(text)
    quoted = [(s.start, s.end) for s in spans]
    paras = paragraphs(text)
    excluded = excluded_tokens(doc, quoted)
    index = SpeakerIndex(doc, entities, quoted)
    candidates = _candidates(doc, spans, paras, excluded)
    attributor = Attributor(doc, excluded, index, paras)
    quotes: list[Quote] = []
    for group in _groups(candidates):
        for cand, said in zip(group, attributor.group(group), strict=True):
            partner = candidates[cand.split_partner] if cand.split_partner is not None else None
            kind = kind_of(cand.tokens, text[cand.span.start : cand.span.end],
                           has_clause(partner.tokens) if partner is not None else None)  # fmt: skip
            quotes.append(Quote(text=text[cand.span.start : cand.span.end], start=cand.span.start, end=cand.span.end,
                                speaker=said.speaker, speaker_mention=said.mention, cue=said.cue, kind=kind,
                                sentence=cand.window.text.strip(), attribution=said.how))  # fmt: skip
    if indirect:
        quotes.extend(indirect_quotes(doc, quoted, excluded, index))
        quotes.sort(key=lambda q: q.start)
    return quotes


def _groups(candidates: list[Candidate]) -> list[list[Candidate]]:
    """One group per quotation: the paragraphs of a multi-paragraph quote together, others alone."""
    groups: list[list[Candidate]] = []
    for cand in candidates:
        if cand.span.continues and groups and groups[-1][-1].span.continued:
            groups[-1].append(cand)
        else:
            groups.append([cand])
    return groups


def _candidates(doc: Doc, spans: list[QuotedSpan], paras: list[tuple[int, int]],
                excluded: set[int]) -> list[Candidate]:  # fmt: skip
    found: list[Candidate] = []
    starts = [s for s, _ in paras]
    for span in spans:
        tokens = quote_tokens(doc, span.start, span.end)
        if not tokens:
            continue
        para = max(0, bisect.bisect_right(starts, span.start) - 1)
        window = frame(doc, tokens, paras[para])
        found.append(Candidate(span, tokens, para, window, attribute(tokens, window, excluded)))
    splits = [n + 1 < len(found) and _splits(doc, cand, found[n + 1], excluded) for n, cand in enumerate(found)]
    kept: list[Candidate] = []
    for n, cand in enumerate(found):
        if is_quotation(doc_text(doc)[cand.span.start : cand.span.end], cand.tokens, cand.attribution,
                        cand.span.continues, splits[n]):  # fmt: skip
            if n and splits[n - 1] and kept and kept[-1] is found[n - 1]:
                kept[-1].split_partner, cand.split_partner = len(kept), len(kept) - 1
            kept.append(cand)
    return kept


def _splits(doc: Doc, first: Candidate, second: Candidate, excluded: set[int]) -> bool:
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
