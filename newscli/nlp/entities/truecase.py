"""Headlines in capitals (or Title Case) are truecased and tagged again.

In "JAPAN, RUSSIA CLASH OVER MISSILE PLANS" capitals carry no information and the NER
tags nearly every word. Each such line is rewritten with the casing its words have in
the article body (a word never seen there is lower-cased unless the gazetteer knows
it), the NER runs on the rewritten line, and its entities replace the original ones.
The rewrite keeps every character's offset, so mentions still point into doc.text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, cast

from spacy.lang.en.stop_words import STOP_WORDS

from newscli.nlp import gazetteer
from newscli.nlp.entities.repair import repair_ents
from newscli.nlp.entities.text import Candidate, TextIndex
from newscli.nlp.model import pipeline_for

if TYPE_CHECKING:
    from spacy.pipeline import TrainablePipe


def truecase(line: str, casing: dict[str, str], all_caps: bool) -> str:
    """The line with each word in its usual casing; same length as the input."""
    out: list[str] = []
    for word in _words(line):
        if not word[0].isalpha():
            out.append(word)
            continue
        lower = word.lower()
        if lower in casing:
            new = casing[lower]
        elif lower in STOP_WORDS:
            new = lower
        elif gazetteer.lookup(word) is not None or not all_caps:
            new = word if not all_caps else word[0] + word[1:].lower()
        else:
            new = lower
        out.append(new if len(new) == len(word) else word)
    return "".join(out)


def _words(line: str) -> list[str]:
    """Alternating runs of word and non-word characters, joined back to the line."""
    runs: list[str] = []
    current = ""
    for char in line:
        if current and (char.isalnum() or char in "'’") != (current[-1].isalnum() or current[-1] in "'’"):
            runs.append(current)
            current = ""
        current += char
    if current:
        runs.append(current)
    return runs


def body_casing(index: TextIndex) -> dict[str, str]:
    """The usual spelling of each word in running text (not at a sentence start)."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for i, token in enumerate(index.doc):
        if token.is_alpha and not index.initial[i] and not index.in_headline(token.idx):
            forms[token.lower_][token.text] += 1
    return {lower: counts.most_common(1)[0][0] for lower, counts in forms.items()}


def headline_candidates(index: TextIndex) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Candidates from re-tagged headline lines, and the line spans they replace."""
    nlp = pipeline_for(index.doc)
    if nlp is None or not index.headline:
        return [], []
    casing = body_casing(index)
    fixed_lines = []
    for start, end in index.headline:
        line = index.text[start:end]
        all_caps = sum(c.isupper() for c in line) > sum(c.islower() for c in line)
        fixed_lines.append(truecase(line, casing, all_caps))
    # Only the entity recogniser is needed on the re-cased lines (it has its own tok2vec in
    # the small English models): running the whole pipeline here cost 5% of analyze.
    if "ner" in nlp.pipe_names:
        ner = cast("TrainablePipe", nlp.get_pipe("ner"))
        subs = list(ner.pipe(nlp.make_doc(line) for line in fixed_lines))
    else:
        subs = list(nlp.pipe(fixed_lines))
    found: list[Candidate] = []
    for (start, _), sub in zip(index.headline, subs, strict=True):
        for cand in repair_ents(TextIndex(sub), sub.ents):
            begin, finish = start + cand.start, start + cand.end
            cand.start, cand.end, cand.text, cand.source = begin, finish, index.text[begin:finish], "truecase"
            found.append(cand)
    return found, index.headline
