"""Extractive summary: the article's most central sentences, verbatim, in article order.

Centrality is the usual TextRank-style score without the iteration: each sentence is a
bag of content lemmas weighted by inverse sentence frequency, and scores its cosine
similarity to the document as a whole. News puts the gist first, so a lead bonus decays
with position; fragments (datelines, bylines, captions without a verb) never qualify.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import pairwise

from spacy.tokens import Doc, Span

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
# A closing quote mark the sentence splitter put at the head of the next sentence:
# '... network."' is split as '... network.' + '"\n\nNext sentence'.
_STRAY_CLOSE = re.compile(r"[\"”’']+(?=\s|$)")
MIN_TOKENS = 6
MAX_TOKENS = 80
LEAD_WEIGHT = 0.35


def summarize(doc: Doc, n: int = 3) -> list[str]:
    """Up to n sentences of the document, verbatim, chosen for centrality and lead position."""
    if n <= 0 or not doc.has_annotation("SENT_START"):
        return []
    sents = [(s, t) for s, t in _sentence_texts(doc) if _is_sentence(s, t)]
    if not sents:
        return []
    bags = [_bag(s) for s, _ in sents]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    total = len(bags)
    idf = {w: math.log(1 + total / c) for w, c in df.items()}
    vectors = [{w: tf * idf[w] for w, tf in bag.items()} for bag in bags]
    centroid: dict[str, float] = {}
    for vec in vectors:
        for w, x in vec.items():
            centroid[w] = centroid.get(w, 0.0) + x
    scores: list[tuple[float, int]] = []
    for i, vec in enumerate(vectors):
        central = _cosine(vec, centroid)
        lead = LEAD_WEIGHT / (1 + i * 0.5)
        scores.append((central + lead, i))
    chosen: list[int] = []
    for _, i in sorted(scores, reverse=True):
        if all(_cosine(vectors[i], vectors[j]) < 0.6 for j in chosen):  # no near-repeats
            chosen.append(i)
        if len(chosen) == n:
            break
    return [sents[i][1] for i in sorted(chosen)]


def _sentence_texts(doc: Doc) -> list[tuple[Span, str]]:
    """Each sentence with its verbatim text, closing quote marks given back to the sentence they close."""
    text = doc.text
    spans = [[s.start_char, s.end_char] for s in doc.sents]
    for prev, cur in pairwise(spans):
        m = _STRAY_CLOSE.match(text, cur[0])
        if m and text[prev[0] : prev[1]].rstrip()[-1:] in ".!?,;:" and _closes(text[prev[0] : prev[1]], m.group()):
            prev[1] = m.end()
            cur[0] = m.end()
    return [(s, text[a:b].strip()) for s, (a, b) in zip(doc.sents, spans, strict=True)]


def _closes(sentence: str, marks: str) -> bool:
    """The marks close a quotation that the sentence opened (or that runs on from a paragraph before)."""
    mark = marks[0]
    if mark == '"':
        return sentence.count('"') % 2 == 1
    if mark == "'":
        return "'" in sentence or "‘" in sentence
    return True  # ” and ’ only ever close


def _is_sentence(sent: Span, text: str) -> bool:
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not MIN_TOKENS <= len(words) <= MAX_TOKENS:
        return False
    if "\n" in text:  # a heading glued to a paragraph, or a dateline block
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    return text[-1:] in ".!?\"'”’)"


def _bag(sent: Span) -> Counter[str]:
    return Counter(t.lemma_.lower() for t in sent if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha)


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0
