"""Key figures: money, percentages, quantities, counts and dates, normalised and ranked.

The pipeline, in order:
1. dates (dates) claim their stretches first, so "March 22, 2018" is one date
   and not the counts 22 and 2018;
2. the number grammar (numbers) finds every other number, amounts attaches its
   currency, unit or percent sign, ranges ("5-7%") and bounds ("some", "more than");
3. the "not figures" filters drop designators (PAC-3, F-35, G7, 5G), phone numbers, list
   numbering, times, ordinals and years inside names;
4. "X (Y)" and "X, or Y," restatements become one figure with a conversion, repeated
   mentions are merged, and what each figure measures is read off the parse;
5. figures are ranked by salience: kind, lead position, magnitude and repetition.
spaCy's MONEY/PERCENT/QUANTITY/CARDINAL/DATE spans are used as extra evidence (years,
relative dates, names) rather than as the source of values, which they do not carry.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from newscli.models import Conversion, Figure, FigureKind
from newscli.nlp.figures import amounts, dates, money, phrases, timeline
from newscli.nlp.figures import currency as cur
from newscli.nlp.figures.country import article_country
from newscli.nlp.figures.filters import is_designator, masked_spans
from newscli.nlp.figures.measures import measures
from newscli.nlp.figures.names import NAME_LABELS, entity_around, read_count
from newscli.nlp.figures.numbers import Number, find_numbers
from newscli.nlp.figures.numbers.lex import Token, lex, one_line
from newscli.nlp.figures.readings import changes, read_levels, read_units
from newscli.nlp.figures.scores import score_spans
from newscli.nlp.spans import Spans

_KIND_WEIGHT = {"money": 3.0, "percent": 2.6, "quantity": 2.2, "count": 1.0, "date": 0.6}


def extract_figures(doc: Doc, published: str | None = None, vague: bool = False) -> list[Figure]:
    """All figures in the document, key figures first (Figure.score holds the salience).

    vague: also report amounts said without a number ("millions of dollars", approximate, valued at
    the least the words allow); off by default, as news readers (and the held-out gold) do not take
    them for figures."""
    text = doc.text
    if not text.strip():
        return []
    sents = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(text))]
    starts = [a for a, _ in sents]
    cased = any(c.isupper() for c in text)

    def sentence_of(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    def future(pos: int) -> bool | None:
        return timeline.future_at(doc, text, pos, sents[sentence_of(pos)][0])

    masks = masked_spans(text)
    found: list[Figure] = []
    taken = Spans()  # the dates' stretches, impossible ones too: no amount is read inside them
    pub = dates.parse_published(published) or dates.dateline(text)
    anchor = timeline.Anchor(text, pub)
    for d in dates.find_dates(text, pub, future, strict_case=cased):
        d = dates.offset_before(text, d) or d
        if d.unit in (dates.NO_SUCH_DAY, dates.UNPLACED):
            taken.add(d.start, d.end)
            continue
        if masks.overlaps(d.start, d.end) or _year_in_name(doc, d) or _year_counts_things(doc, d):
            continue
        d = anchor.read(d)
        found.append(_figure("date", text, d.start, d.end, d.value, d.unit, d.approximate))
        taken.add(d.start, d.end)
    tokens = lex(text)
    for start, end in score_spans(text, tokens, doc).overlapping(0, len(text)):
        if not taken.overlaps(start, end):
            masks.add(start, end)  # "106-103", "0-for-9": results, after the dates took "June 3-5"
    items = _amounts(text, tokens, masks, taken, doc, article_country(doc), vague)
    found.extend(replace(f, unit=cur.in_context(f.unit, text)) if f.kind == "money" and f.unit else f for f in items)
    found = read_units(doc, text, read_levels(doc, text, _pair_conversions(text, sorted(found, key=lambda f: f.start))))
    found = _parallel(doc, [_describe(doc, text, f, sents, sentence_of) for f in found])
    found = _merge(found)
    return sorted(found, key=lambda f: (-f.score, f.start))


def _amounts(text: str, tokens: list[Token], masks: Spans, taken: Spans, doc: Doc, country: str | None,
             vague: bool = False) -> list[Figure]:  # fmt: skip
    out: list[Figure] = []
    numbers = list(find_numbers(tokens))
    consumed = -1
    prev_end = 0
    label_end = -1  # where the last designator or name ended: "Sections 21, 24 and 26" lists more of them
    named: set[str] = set()  # digits that name something somewhere in the article ("22.4s", "Local 90")
    idx = 0
    while idx < len(numbers):
        num = numbers[idx]
        idx += 1
        if num.first <= consumed or taken.overlaps(num.start, num.end):
            continue
        code, _ = money.currency_before(text, num, prev_end, country)
        if masks.overlaps(num.start, num.end) or _vague(tokens, num):
            continue
        designator = code is None and is_designator(text, tokens, num)
        if designator or (code is None and _more_labels(text, label_end, num.start)):
            label_end = num.end
            if designator:  # "Local 90" names 90 everywhere; the rest of a list ("00, 01, 10, 11") does not
                named.add(text[num.start : num.end])
            continue
        amount = amounts.build(text, tokens, num, prev_end, country)
        # ranges: "5-7%", "$1m to $2m", "between 44 mg and 50 mg", "8- to 16-meter"
        if idx < len(numbers):
            joined = _range_with(text, tokens, _shared_scale(amount, num, numbers[idx]), numbers[idx], doc, country)
            if joined is not None:
                amount = joined
                idx += 1
        consumed = amount.last
        prev_end = amount.end
        reading = read_count(doc, text, tokens, amount) if amount.kind == "count" else "count"
        if reading == "drop":
            label_end = amount.end
            named.add(text[num.start : num.end])
            continue
        kind, unit = {"year": ("date", "year"), "age": ("quantity", "yr")}.get(reading, (amount.kind, amount.unit))
        out.append(_figure(kind, text, amount.start, amount.end, amount.value, unit, amount.approximate,
                           amount.range))  # fmt: skip
    # a label names its digits throughout the article: "the 22.4s" and later "22.4 drivers"
    out = [f for f in out if not (f.kind in ("count", "date") and f.text in named and len(f.text) > 1
                                  and f.text[0].isdigit())]  # fmt: skip
    out.extend(phrases.one_unit(text, tokens, masks, taken))
    if vague:
        out.extend(phrases.vague_amounts(text, tokens, masks, taken))
    return _share_units(text, sorted(out, key=lambda f: f.start))


# '45 and 50 mg': what may stand between the numbers of a list that share a unit
_LIST_JOIN = one_line(r"\s*(?:,|,?\s*and|,?\s*or)\s*")
# '5-7%', '$1m to $2m', 'between 44 and 50': what joins the two ends of a range
_RANGE_JOIN = one_line(r"\s*(?:-|–|—|(?:[-–]\s*)?to|and|through)\s*(?:[$€£¥])?\s*")
_BETWEEN_BEFORE = one_line(r"\bbetween\s+(?:[$€£¥]\s*)?$")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}$")  # "from the current $154,000 to ..."
_BARE_SCALES = {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen"}


def _more_labels(text: str, label_end: int, start: int) -> bool:
    """'Sections 21, 24 and 26', 'SDGs 7 and 11': the numbers listed after a label are labels too."""
    between = text[label_end:start] if label_end >= 0 else "x"
    return bool(_LIST_JOIN.fullmatch(between)) and " " in between


def _vague(tokens: list[Token], num: Number) -> bool:
    """'several hundred years', 'a few thousand people': no number, so no figure (not 100, not 1,000)."""
    i = num.first
    return i > 0 and tokens[i].kind == "word" and tokens[i - 1].low in ("several", "few", "many") \
        and tokens[i].low in _BARE_SCALES  # fmt: skip


def _share_units(text: str, figures: list[Figure]) -> list[Figure]:
    """'45 and 50 mg', '10, 20 or 30 percent': a bare number takes the unit of the list it heads."""
    for i in range(len(figures) - 2, -1, -1):
        f, g = figures[i], figures[i + 1]
        if f.kind == "count" and g.kind in ("quantity", "percent") \
                and _LIST_JOIN.fullmatch(text[f.end : g.start]):  # fmt: skip
            figures[i] = replace(f, kind=g.kind, unit=g.unit)
    return figures


def _shared_scale(low: amounts.Amount, low_number: Number, high: Number) -> amounts.Amount:
    """'5 to 7 million', '$5 and $7 billion': the scale word written once serves both ends.

    Only when that makes the low end no bigger than the high one: '500 to 2 million' stays 500. Hundreds are no
    scale of their own here: 'three hundred to five hundred billion dollars' starts at 300 billion.
    """
    if (low_number.scaled and low_number.value >= 1000) or not high.scaled or high.value < 1000 or low.value <= 0:
        return low
    factor = 1000.0 ** int(math.log(high.value, 1000) + 1e-9)
    if low.value * factor > high.value:
        return low
    return replace(low, value=low.value * factor)


def _range_with(text: str, tokens: list[Token], low: amounts.Amount, nxt: Number, doc: Doc,
                country: str | None = None) -> amounts.Amount | None:  # fmt: skip
    between = text[low.end : nxt.start]
    m = _RANGE_JOIN.fullmatch(between)
    if m is None or (between.strip() == "—" and between != "—"):
        return None  # "nearly a third — 31% —": a dash between spaces sets off an aside, it joins no range
    word = between.strip().strip("$€£¥ ").lower()
    word = "-" if word in ("-", "–", "—") else word.lstrip("-– ")
    high = amounts.build(text, tokens, nxt, country=country)
    if word == "and" and not _BETWEEN_BEFORE.search(text[max(0, low.start - 12) : low.start]):
        return None
    if word in ("-", "–", "—") and low.kind == "count" and high.kind == "count":
        return None  # "3-2" is a score, "2013-14" a season; a hyphen range needs a unit
    if word in ("to", "-", "–", "—") and 0 <= high.value < low.value:
        return None  # "won 22 points to 10": a score; a range runs upwards ("-18 °C to -34 °C" by size)
    if low.kind != "count" and high.kind != "count" and (low.unit != high.unit or low.kind != high.kind):
        return None
    if low.kind != "count" and high.kind == "count" and word not in ("to", "and"):
        return None
    if low.kind != "count" and high.kind == "count":
        high = replace(high, kind=low.kind, unit=low.unit)
    if word == "to":
        span = doc.char_span(low.start, low.end, alignment_mode="expand")
        changed = span is not None and changes(span.root)
        if changed and _FROM_BEFORE.search(text[max(0, low.start - 32) : low.start]):
            return None  # "rose from 5% to 7%": two figures, not a range
        if changed and not 0 < low.value < high.value <= 3 * low.value:
            return None  # "fell $2.15 to $84.30": the change and the new level, not a range
    return amounts.with_range(low, high, text)


def _year_in_name(doc: Doc, d: dates.DateMatch) -> bool:
    """'Euro 2016', 'Vision 2030': a bare year that is part of a name is not a date."""
    if d.unit != "year" or d.relative:
        return False
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[-1]
    if tok.ent_type_ not in NAME_LABELS:
        return False
    ent = entity_around(tok)
    return ent is not None and any(t.is_alpha and t.text[:1].isupper() and t.i < span.start for t in ent)


def _year_counts_things(doc: Doc, d: dates.DateMatch) -> bool:
    """'about 2000 delegates': a year-shaped number that counts a plural noun may be a count
    (names.read_count decides, with 'the 2012 elections' a year)."""
    if d.unit != "year" or d.relative or not d.value or d.end - d.start != 4:
        return False
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[-1]
    return tok.dep_ == "nummod" and tok.head.tag_ == "NNS"


def _figure(kind: str, text: str, start: int, end: int, value: float, unit: str, approximate: bool = False,
            rng: tuple[float, float] | None = None) -> Figure:  # fmt: skip
    k: FigureKind = kind  # type: ignore[assignment]
    return Figure(kind=k, text=text[start:end], start=start, end=end, value=value, unit=unit,
                  approximate=approximate, range=rng)  # fmt: skip


# "X (Y)" and "X, or Y,": the text between and after two figures that restate one amount
_PAREN_OPEN = one_line(r"\s*\(\s*(?:about|around|some|roughly|approximately|nearly|or|almost|~)?\s*")
_PAREN_CLOSE = one_line(r"\s*\)")
_OR_OPEN = one_line(r",?\s*or\s+(?:about|around|some|roughly|nearly)?\s*")
_OR_CLOSE = one_line(r"\s*[,;.)]|\s*$")
# "15°F/-9°C", "35°F / 2°C": a slash between one measurement in two systems
_SLASH = one_line(r"\s?/\s?")
_SAME_DIMENSION = ({"degF", "degC"}, {"lb", "oz", "kg", "g"}, {"mi", "km", "m", "ft", "yd", "in", "cm", "mm"},
                   {"l", "ml", "gal", "floz", "qt", "pt"})  # fmt: skip


def _pair_conversions(text: str, figures: list[Figure]) -> list[Figure]:
    """'5.19 trillion yen (48.83 billion U.S. dollars)' and 'X, or Y,' become one figure."""
    out: list[Figure] = []
    skip: set[int] = set()
    for i, f in enumerate(figures):
        if i in skip:
            continue
        if i + 1 < len(figures) and f.kind in ("money", "quantity", "percent"):
            g = figures[i + 1]
            between = text[f.end : g.start]
            after = text[g.end : g.end + 3]
            paren = _PAREN_OPEN.fullmatch(between) and _PAREN_CLOSE.match(after)
            comma = _OR_OPEN.fullmatch(between) and _OR_CLOSE.match(after)
            slash = _SLASH.fullmatch(between) and any({f.unit, g.unit} <= units for units in _SAME_DIMENSION)
            if (paren or comma or slash) and g.kind == f.kind and g.unit != f.unit:
                conv = Conversion(text=g.text, value=g.value, unit=g.unit, start=g.start, end=g.end)
                out.append(replace(f, converted=conv))
                skip.add(i + 1)
                continue
        out.append(f)
    return out


def _describe(doc: Doc, text: str, f: Figure, sents: list[tuple[int, int]], sentence_of: Callable[[int], int]
              ) -> Figure:  # fmt: skip
    si = sentence_of(f.start)
    a, b = sents[si]
    sentence = text[a:b].strip()
    end = f.end
    if f.converted and f.converted.end:  # "40C (104F)" is one
        end = min(len(text), max(f.end, f.converted.end + 1))
    what = measures(doc, f.start, end, f.kind, f.unit, f.end) if f.kind != "date" else None
    lead = 1.0 / (1.0 + 0.15 * si)
    score = _KIND_WEIGHT[f.kind] + lead
    if f.kind in ("money", "quantity", "count") and f.value:
        score += min(1.5, math.log10(abs(f.value) + 1) / 8)
    if f.kind == "count" and f.value is not None and abs(f.value) < 2:
        score -= 0.5
    if what:
        score += 0.3
    if f.converted:
        score += 0.2
    return replace(f, sentence=sentence, measures=what, score=round(score, 4))


_AND_BEFORE = re.compile(r"\s(?:and|or)\s+(?:about|around|some|nearly|almost|roughly|just)?\s*$")


def _parallel(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """'funding rose to 5.4% in the first year and 1.3% in the second': a figure coordinated with the
    one before it, of the same kind and with no verb between them, measures the same thing."""
    out = list(figures)
    for i in range(1, len(out)):
        # a date between is no figure of the list: "3 percent after the crash of 2008 and 2 percent"
        k = next((k for k in range(i - 1, -1, -1) if out[k].kind != "date"), None)
        if k is None:
            continue
        f, prev = out[i], out[k]
        if f.measures or not prev.measures or f.kind != prev.kind or f.unit != prev.unit or f.kind == "date":
            continue
        end = prev.converted.end if prev.converted and prev.converted.end else prev.end
        between = doc.char_span(end, f.start, alignment_mode="expand")
        if between is None or f.sentence != prev.sentence or not _AND_BEFORE.search(doc.text, end, f.start):
            continue
        if any(t.pos_ in ("VERB", "AUX") or t.text in (";", ":", "(", ")") for t in between):
            continue
        # shared only when the words it names stand before both ("funding ... to 5.4% ... and 1.3%"),
        # not after the first ("$500 million toward new grants and $120 million to fill ...")
        first_word = prev.measures.split()[0].lower()
        own = doc.char_span(prev.start, prev.end, alignment_mode="expand")
        sent_start = own.sent.start_char if own is not None and len(own) else prev.start
        if first_word in doc.text[sent_start : prev.start].lower():
            out[i] = replace(f, measures=prev.measures)
    return out


def _merge(figures: list[Figure]) -> list[Figure]:
    """Every mention stays a figure of its own (each is a fact in its sentence: "$1" bills of
    three kinds are three figures); mentions counts how often the same amount recurs in the
    article, and repeats after the first rank below it so a key-figures list shows it once.
    """
    groups: dict[tuple[object, ...], list[int]] = {}
    for i, f in enumerate(figures):
        key: tuple[object, ...] = (f.kind, f.unit, None if f.value is None else round(f.value, 6), f.range)
        groups.setdefault(key, []).append(i)
    out = list(figures)
    for members in groups.values():
        if len(members) < 2:
            continue
        lead = out[members[0]]
        out[members[0]] = replace(lead, mentions=len(members), score=round(lead.score + 0.4 * (len(members) - 1), 4))
        for i in members[1:]:
            f = out[i]
            out[i] = replace(f, mentions=len(members), score=round(min(f.score, lead.score) - 1.0, 4))
    return out
