"""A report's quotes, entity mentions and figures as marks, with the ids the panels link to.

A mark is made only where the text at its offsets is what the item says it is: a stale or
shifted offset leaves the item unmarked (it is still listed) rather than marking other words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newscli.models import Conversion, Entity, Figure, Quote, Report
from newscli.output import _number
from newscli.output.report.marks import Mark
from newscli.output.tables import KEY_FIGURES_SHOWN, format_value, is_key_figure

ENTITY_WORDS = {"person": "Person", "organization": "Organisation", "location": "Place", "misc": "Other name"}
FIGURE_WORDS = {"money": "Money", "percent": "Percentage", "quantity": "Quantity", "count": "Count", "date": "Date"}
_OPENING = "\"'“‘„‚«‹「『"
_CLOSING = "\"'”’“‘»›」』"


@dataclass
class Marked:
    """The marks of one report and, for each item, the id of its first mark (None: not marked)."""

    marks: list[Mark] = field(default_factory=list)
    quote_ids: list[str | None] = field(default_factory=list)
    entity_ids: list[str | None] = field(default_factory=list)
    figure_ids: list[str | None] = field(default_factory=list)
    key_figures: list[int] = field(default_factory=list)  # indexes of the key figures, as the panel lists them


def speaker_words(quote: Quote) -> str:
    """Who said it, as the page shows it: the name, the article's own words, or that nobody is named."""
    mention = (quote.speaker_mention or "").strip()
    if quote.speaker and quote.attribution == "unnamed":
        return f"({mention or quote.speaker})"  # described, never named: not shown as a name
    if quote.speaker:
        return quote.speaker
    return f"({mention})" if mention else "Unknown speaker"


def how_found(quote: Quote) -> str:
    """How sure the speaker is, in a reader's words; empty when nothing is said about it."""
    mention = " ".join((quote.speaker_mention or "").split())
    if quote.attribution == "cue":
        return "named"
    if quote.attribution in ("pronoun", "description"):
        return f"from “{mention}”" if mention else f"from a {quote.attribution}"
    if quote.attribution == "running":
        return "continued"
    if quote.attribution == "unnamed":
        return "not named in the article"
    return ""


def figure_value(figure: Figure) -> str:
    """'~40 million NOK', '5% to 7%', '2021-09-13'."""
    if figure.range:
        low, high = (format_value(v, figure.unit, figure.kind) for v in figure.range)
        return f"{low} to {high}"
    return ("~" if figure.approximate else "") + format_value(figure.value, figure.unit, figure.kind)


def build_marks(report: Report) -> Marked:
    text = report.article.text
    marked = Marked()
    order = 0
    for i, quote in enumerate(report.quotes or ()):
        mark = _quote_mark(text, quote, f"q{i + 1}", order)
        order += 1
        marked.quote_ids.append(mark.id if mark else None)
        if mark:
            marked.marks.append(mark)
    for i, entity in enumerate(report.entities or ()):
        first: str | None = None
        for j, mention in enumerate(entity.mentions):
            if not _fits(text, mention.start, mention.end, mention.text):
                continue
            mark = _entity_mark(entity, mention.start, mention.end, f"e{i + 1}-{j + 1}", order)
            order += 1
            marked.marks.append(mark)
            first = first or mark.id
        marked.entity_ids.append(first)
    figures = report.figures or ()
    marked.key_figures = [i for i, f in enumerate(figures) if is_key_figure(f)][:KEY_FIGURES_SHOWN]
    key = set(marked.key_figures)
    for i, figure in enumerate(figures):
        if not _fits(text, figure.start, figure.end, figure.text):
            marked.figure_ids.append(None)
            continue
        marked.marks.append(_figure_mark(figure, f"f{i + 1}", order, i in key))
        marked.figure_ids.append(f"f{i + 1}")
        conv = figure.converted
        if conv and conv.start is not None and conv.end is not None and _fits(text, conv.start, conv.end, conv.text):
            marked.marks.append(_conversion_mark(figure, conv, conv.start, conv.end, f"f{i + 1}-conv", order))
        order += 1
    return marked


def _fits(text: str, start: int, end: int, expected: str) -> bool:
    return 0 <= start < end <= len(text) and text[start:end] == expected


def _quote_mark(text: str, quote: Quote, mark_id: str, order: int) -> Mark | None:
    if not _fits(text, quote.start, quote.end, quote.text):
        return None
    start, end = quote.start, quote.end
    if quote.kind != "indirect":  # take in the quotation marks around the words
        if start > 0 and text[start - 1] in _OPENING:
            start -= 1
        if end < len(text) and text[end] in _CLOSING:
            end += 1
    how = how_found(quote)
    label = [("who", speaker_words(quote))]
    if how:
        label.append(("how", how))
    known = quote.attribution if quote.speaker else "unknown"
    classes = f"m q q-{known}" + (" q-indirect" if quote.kind == "indirect" else "")
    data = (("speaker", quote.speaker or ""), ("attribution", quote.attribution), ("kind", quote.kind))
    return Mark(start, end, "quote", mark_id, classes, data, tuple(label), order=order)


def _entity_mark(entity: Entity, start: int, end: int, mark_id: str, order: int) -> Mark:
    kind = ENTITY_WORDS.get(entity.type, "Name")
    tip = [entity.name, f"{kind} · {entity.role}" if entity.role else kind]
    if entity.count > 1:
        tip.append(f"{entity.count} mentions")
    data = [("entity-type", entity.type), ("entity", entity.name)]
    if entity.role:
        data.append(("role", entity.role))
    return Mark(start, end, "entity", mark_id, f"m ent ent-{entity.type}", tuple(data), tip=tuple(tip), order=order)


def _figure_data(value: float | None, unit: str | None, kind: str) -> tuple[tuple[str, str], ...]:
    number = _number(value)
    return (("value", "" if number is None else str(number)), ("unit", unit or ""), ("kind", kind))


def _figure_mark(figure: Figure, mark_id: str, order: int, key: bool) -> Mark:
    kind = FIGURE_WORDS.get(figure.kind, "Figure")
    tip = [figure_value(figure)]
    if figure.measures or figure.kind != "date":
        tip.append(f"measures: {figure.measures}" if figure.measures else "measures: not found")
    tip.append(kind)
    if figure.converted:
        tip.insert(1, "= " + format_value(figure.converted.value, figure.converted.unit, figure.kind))
    data = _figure_data(figure.value, figure.unit, figure.kind)
    if figure.measures:
        data += (("measures", figure.measures),)
    classes = f"m fig fig-{figure.kind}" + (" fig-key" if key else "")
    return Mark(figure.start, figure.end, "figure", mark_id, classes, data, tip=tuple(tip), order=order)


def _conversion_mark(figure: Figure, converted: Conversion, start: int, end: int, mark_id: str, order: int) -> Mark:
    tip = ("= " + format_value(converted.value, converted.unit, figure.kind), f"the same as {figure.text}")
    data = _figure_data(converted.value, converted.unit, figure.kind)
    return Mark(start, end, "figure", mark_id, f"m fig fig-{figure.kind} fig-conv", data,
                tip=tip, order=order)  # fmt: skip
