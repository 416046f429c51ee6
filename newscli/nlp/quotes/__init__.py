"""Who said what: quotations, their cues and their speakers as canonical names.

The steps, one module each:

1. marks  — pair quote marks into spans (raw text; odd marks never raise);
2. attribution — the cue of each span in its sentence;
3. kinds — drop titles, names and scare quotes; tell utterances from fragments;
4. speakers — the cue's subject to a canonical name (pronouns, roles, surnames);
5. running — a quotation without a cue of its own continues the running speaker;
6. layout, turns — headings and embedded posts never speak; "WALLACE: ..." transcript turns;
7. indirect — "X said that ..." when indirect speech is asked for.

Every quotation says how its speaker was found (Quote.attribution): "cue", "pronoun",
"description", "running" or "none" (no speaker).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.tokens import Doc

from newscli.models import Entity, Quote
from newscli.nlp.quotes.attribution import attribute, excluded_tokens, frame, quote_tokens
from newscli.nlp.quotes.cues import is_cue, mention_span, source_of
from newscli.nlp.quotes.indirect import indirect_quotes
from newscli.nlp.quotes.kinds import has_clause, is_quotation, kind_of
from newscli.nlp.quotes.layout import echoes, restates, section_end, side_paragraphs
from newscli.nlp.quotes.marks import QuotedSpan, find_quoted_spans, paragraphs
from newscli.nlp.quotes.running import Attributor, Candidate
from newscli.nlp.quotes.speakers import SpeakerIndex
from newscli.nlp.quotes.text import doc_text
from newscli.nlp.quotes.turns import transcript_turns


def extract_quotes(doc: Doc, entities: list[Entity], indirect: bool = False) -> list[Quote]:
    """Quotations in doc with speakers resolved against the entity rows; offsets into doc.text."""
    text = doc_text(doc)
    spans = find_quoted_spans(text)
    quoted = [(s.start, s.end) for s in spans]
    paras = paragraphs(text)
    aside = side_paragraphs(text, paras)
    excluded = excluded_tokens(doc, quoted)
    index = SpeakerIndex(doc, entities, quoted, [paras[n] for n in aside])
    turns = transcript_turns(text, paras, index.label_speaker)
    spans = [s for s in spans if not any(t.start <= s.start <= t.end for t in turns)]  # quoted inside a turn
    candidates = _candidates(doc, spans, paras, excluded, aside)
    attributor = Attributor(doc, excluded, index, paras, aside)
    quotes: list[Quote] = []
    for group in _groups(candidates):
        for cand, said in zip(group, attributor.group(group), strict=True):
            partner = candidates[cand.split_partner] if cand.split_partner is not None else None
            kind = kind_of(cand.tokens, text[cand.span.start : cand.span.end],
                           has_clause(partner.tokens) if partner is not None else None)  # fmt: skip
            quotes.append(Quote(text=text[cand.span.start : cand.span.end], start=cand.span.start, end=cand.span.end,
                                speaker=said.speaker, speaker_mention=said.mention, cue=said.cue, kind=kind,
                                sentence=cand.window.text.strip(), attribution=said.how))  # fmt: skip
    headings = {c.span.start for c in candidates if c.para in aside}
    if headings:
        furniture = [paras[n] for n in sorted(aside)]
        quotes = [_repeated_speaker(doc, q, quotes, excluded, index, furniture) if q.start in headings else q
                  for q in quotes]  # fmt: skip
    if turns:
        quotes = sorted([*quotes, *turns], key=lambda q: q.start)
    if indirect:
        quotes.extend(indirect_quotes(doc, quoted, excluded, index))
        quotes.sort(key=lambda q: q.start)
    return quotes


def _repeated_speaker(doc: Doc, heading: Quote, quotes: list[Quote], excluded: set[int], index: SpeakerIndex,
                      furniture: list[tuple[int, int]]) -> Quote:  # fmt: skip
    """A heading or pull-quote without a speaker of its own takes the speaker of what it repeats: a later
    quotation with its words, else the first attributed sentence of its section that has all of them."""
    if heading.speaker is not None:
        return heading
    source = next((q.speaker for q in quotes if q.start > heading.end and q.speaker is not None
                   and echoes(heading.text, q.text)), None)  # fmt: skip
    end = section_end(heading.end, furniture)
    for sent in doc.sents:
        if source is not None:
            break
        if sent.start_char <= heading.end or sent.start_char >= end or not restates(heading.text, sent.text):
            continue
        inner = [q for q in quotes if sent.start_char <= q.start < sent.end_char]
        if inner:
            source = inner[0].speaker  # the quotation in that sentence: "her claims that she had a "rotten time""
            break
        for token in sent:
            cue = token.i not in excluded and is_cue(token)
            head = source_of(token, excluded) if cue else None
            if head is not None:
                source = index.resolve(head, mention_span(head, excluded))[0]
                if source is not None:
                    break
    if source is None:
        source = _labelled(doc, heading, excluded, index, end)
    return replace(heading, speaker=source, attribution="running") if source is not None else heading


def _labelled(doc: Doc, heading: Quote, excluded: set[int], index: SpeakerIndex, end: int) -> str | None:
    """ "'Rates to stay on hold': Westbridge Research" over "Westbridge Research economist Carla Ortiz said
    ...": a pull-quote labelled with its source is the person the section's first paragraph has speak for
    that source (the label's words, or its initials: "NPB" for "Northern Pacific Bank")."""
    text = doc_text(doc)
    line_end = text.find("\n", heading.end)
    tail = text[heading.end : line_end if line_end >= 0 else len(text)]
    label = re.match(r"^[\"'’”]?\s*[:|]\s*(\S.{0,60})$", tail)
    if label is None:
        return None
    start = len(text) - len(text[line_end:].lstrip()) if line_end >= 0 else len(text)
    stop = text.find("\n", start)
    first = doc.char_span(start, min(stop if stop >= 0 else len(text), end), alignment_mode="contract")
    if first is None or not len(first):
        return None  # the section's first paragraph
    said = {w.casefold() for w in re.findall(r"\w+", first.text)}
    initials = {"".join(w[0] for w in run.split() if w[0].isupper()).casefold()
                for run in re.findall(r"[A-Z]\w*(?:\s+(?:of|and|for|the|[A-Z]\w*))+", first.text)}  # fmt: skip
    words = [w.casefold() for w in re.findall(r"\w+", label.group(1)) if len(w) > 1]
    if not words or not any(w in said or w in initials for w in words):
        return None
    people = set()
    for token in first:
        head = source_of(token, excluded) if token.i not in excluded and is_cue(token) else None
        if head is not None:
            name, ref = index.resolve(head, mention_span(head, excluded))
            if name is not None and ref is not None and ref.is_person:
                people.add(name)
    return people.pop() if len(people) == 1 else None


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
                excluded: set[int], aside: set[int]) -> list[Candidate]:  # fmt: skip
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
    text = doc_text(doc)
    kept: list[Candidate] = []
    for n, cand in enumerate(found):
        quoted = text[cand.span.start : cand.span.end]
        echo = cand.para in aside and _repeated(doc, cand, found[n + 1 :], [paras[k] for k in sorted(aside)])
        if echo or is_quotation(quoted, cand.tokens, cand.attribution, cand.span.continues, splits[n]):
            if n and splits[n - 1] and kept and kept[-1] is found[n - 1]:
                kept[-1].split_partner, cand.split_partner = len(kept), len(kept) - 1
            kept.append(cand)
    return kept


def _repeated(doc: Doc, heading: Candidate, later: list[Candidate], furniture: list[tuple[int, int]]) -> bool:
    """A heading that repeats words quoted below, or restates a sentence of its section, is a quotation
    however short ("'MASSIVE RISKS'", "'Ends recession debate': CPA Canada")."""
    text = doc_text(doc)
    quoted = text[heading.span.start : heading.span.end]
    if any(echoes(quoted, text[c.span.start : c.span.end]) for c in later):
        return True
    end = section_end(heading.span.end, furniture)
    return any(restates(quoted, sent.text) for sent in doc.sents if heading.span.end < sent.start_char < end)


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
