"""Units read in the light of the whole article or the words around them.

- A bare "20 degrees" or "a 0-degree bag" is a temperature in the scale the article uses where it
  says so ("°F", "Fahrenheit"), unless the words speak of an angle ("a 45-degree slope").
- "Points" are percentage points next to a rate or a percentage ("a 0.3-point drop in the
  unemployment rate"), index points next to an index or a market, and otherwise a score or a
  standing ("took home three points", "a three-point gap"), which is not a figure.
- "100 percent" before a predicate adjective is an intensifier ("that's 100 percent true"), not a share.
- A bare number after a change and "to" is the new level, in the change's unit ("added 256.81 points
  to 19,508.59"); after a percent change of an index, in index points ("the S&P 500 Index rose 0.9
  percent to 2,232.05").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Token

from newscli.models import Figure
from newscli.nlp.figures.measures_words import CHANGE_NOUNS

_ANGLE = re.compile(
    r"\b(?:angles?|angled|turns?|turned|turning|rotat\w*|spin|tilt\w*|slopes?|sloped|inclines?|gradient|"
    r"latitude|longitude|north|south|east|west|arc|view|panoram\w*|pivot\w*|compass|bearing|pitch|camera)\b",
    re.IGNORECASE,
)
_RATE = re.compile(
    r"%|\b(?:rates?|per\s?cent|percent(?:age)?|polls?|polling|approval|yields?|surveys?|unemployment|inflation|"
    r"jobless|margin|share)\b",
    re.IGNORECASE,
)
_INDEX = re.compile(
    r"\b(?:index|indices|indexes|dow|nasdaq|s&p|ftse|nikkei|dax|cac|hang\s+seng|sensex|stoxx|tsx|stocks?|"
    r"shares|markets?|benchmark|futures|gauge|points?\s+(?:higher|lower))\b",
    re.IGNORECASE,
)
_WINDOW = 60
# verbs of change: after them "X to Y" is a change and a new level, not a range
CHANGE_VERBS = frozenset(CHANGE_NOUNS) | {"go", "move", "swing", "sink", "lose", "close", "end", "finish"}
# an index by name: the subject whose bare level is in index points
_INDEX_NAME = re.compile(
    r"\b(?:index|indices|indexes|average|dow|nasdaq|s&p|ftse|nikkei|dax|cac|hang\s+seng|sensex|stoxx|tsx|kospi|"
    r"asx|composite|benchmark|gauge)\b",
    re.IGNORECASE,
)
_TO = re.compile(r"\s+to\s+")


def changes(tok: Token) -> bool:
    """The verb above tok is a verb of change ('rose', 'added')."""
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return anc.lemma_.lower() in CHANGE_VERBS
    return False


def read_levels(doc: Doc, text: str, figures: list[Figure]) -> list[Figure]:
    """'added 256.81 points to 19,508.59', 'rose 0.9 percent to 2,232.05': the bare level after a change."""
    out = list(figures)
    for i in range(1, len(out)):
        f, g = out[i - 1], out[i]
        if g.kind != "count" or f.kind not in ("quantity", "percent") or not _TO.fullmatch(text[f.end : g.start]):
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or not changes(span.root):
            continue
        if f.kind == "quantity":
            out[i] = replace(g, kind="quantity", unit=f.unit)
        elif f.unit == "%" and _INDEX_NAME.search(_subject_text(span.root)):
            out[i] = replace(g, kind="quantity", unit="point")
    return out


def _subject_text(tok: Token) -> str:
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return "" if subj is None else " ".join(t.text for t in subj.subtree)
    return ""


def read_units(doc: Doc, text: str, figures: list[Figure]) -> list[Figure]:
    scale = _temperature_scale(figures)
    out: list[Figure] = []
    for f in figures:
        if f.kind == "quantity" and f.unit == "deg" and scale and not _ANGLE.search(_around(doc, f)):
            f = replace(f, unit=scale)
        if f.kind == "quantity" and f.unit == "point":
            unit = _point_unit(doc, f)
            if unit is None:
                continue  # a score or a standing: "took home three points"
            f = replace(f, unit=unit, kind="percent" if unit == "pp" else "quantity")
        if f.kind == "percent" and f.value == 100 and f.unit == "%" and _intensifier(doc, f):
            continue
        out.append(f)
    return out


def _temperature_scale(figures: list[Figure]) -> str | None:
    """The scale the article writes its temperatures in, when it writes one at all."""
    seen = Counter(f.unit for f in figures if f.kind == "quantity" and f.unit in ("degF", "degC"))
    seen.update(f.converted.unit for f in figures if f.converted is not None and f.converted.unit in ("degF", "degC"))
    if not seen:
        return None
    (first, n), *rest = seen.most_common()
    return first if not rest or n > rest[0][1] else None


def _point_unit(doc: Doc, f: Figure) -> str | None:
    around = _around(doc, f)
    if _INDEX.search(around):
        return "point"
    if _RATE.search(around):
        return "pp"
    return None


def _around(doc: Doc, f: Figure) -> str:
    """The figure's sentence, or at most _WINDOW characters of it on either side."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return f.text
    sent = span.sent
    text = doc.text
    return text[max(sent.start_char, f.start - _WINDOW) : min(sent.end_char, f.end + _WINDOW)]


def _intensifier(doc: Doc, f: Figure) -> bool:
    """'100 percent true', 'I'm 100% sure': the percent modifies a predicate adjective."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    return head.i not in range(span.start, span.end) and head.pos_ == "ADJ" and head.dep_ in ("acomp", "ROOT", "conj")
