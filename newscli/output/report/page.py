"""One report as a self-contained HTML page, and the index page of a batch.

Pure functions of the models: no file, clock or network is touched, so a page can be tested
without spaCy. Every piece of page text is escaped where it is written; the page holds no
script and its Content-Security-Policy allows none, nor any request, so nothing from the
input can run or call out even if an escape were missed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape

from newscli.models import Entity, Figure, Quote, Report
from newscli.output.report.marks import attrs, marked_html
from newscli.output.report.marks_from_report import (
    ENTITY_WORDS,
    Marked,
    build_marks,
    figure_value,
    how_found,
    speaker_words,
)
from newscli.output.report.style import CSS
from newscli.output.tables import KEY_FIGURES_SHOWN, _context_window, is_key_figure

CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
QUOTE_EXCERPT_CHARS = 180
FIGURE_CONTEXT_CHARS = 64
NUMERIC = ' class="n"'
_LEGEND = (  # (checkbox id, swatch classes, words, which marks it needs)
    ("show-quotes", "q", "Quote", "q"),
    ("show-person", "ent ent-person", "Person", "ent-person"),
    ("show-organization", "ent ent-organization", "Organisation", "ent-organization"),
    ("show-location", "ent ent-location", "Place", "ent-location"),
    ("show-misc", "ent ent-misc", "Other name", "ent-misc"),
    ("show-figures", "fig fig-key", "Figure", "fig"),
)


def _e(text: str) -> str:
    return escape(text, quote=True)


def _page(title: str, language: str | None, body: str) -> str:
    lang = language if language and re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", language) else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n<meta name="generator" content="newscli">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )


def page_title(report: Report) -> str:
    title = " ".join((report.article.title or "").split())
    return title or report.id.rsplit("/", 1)[-1] or "Untitled article"


def date_words(published: str | None) -> str | None:
    """'2024-09-03T06:45:00+02:00' -> '3 September 2024, 06:45 (UTC+02:00)'; None when it is not ISO 8601."""
    if not published:
        return None
    for pattern, shape in ((r"\d{4}", "%Y"), (r"\d{4}-\d{2}", "%B %Y")):
        if re.fullmatch(pattern, published):
            return datetime.strptime(published, "%Y" if shape == "%Y" else "%Y-%m").strftime(shape)
    try:
        when = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return None
    words = f"{when.day} {when:%B %Y}"
    if "T" in published or " " in published:
        words += f", {when:%H:%M}"
        offset = when.strftime("%z")
        if offset:
            words += f" (UTC{offset[:3]}:{offset[3:]})" if offset != "+0000" else " (UTC)"
    return words


def safe_url(url: str | None) -> str | None:
    """The url when it is a plain http(s) address, the only kind the page links to."""
    if url and re.fullmatch(r"https?://[^\s\x00-\x1f\x7f<>\"'`]+", url, flags=re.IGNORECASE):
        return url
    return None


def _names(people: Sequence[str]) -> str:
    names = [" ".join(p.split()) for p in people if p.strip()]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


# ---- the article page --------------------------------------------------------------------------


def render_page(report: Report) -> str:
    """The whole page for one report: header, marked article text and the panels."""
    marked = build_marks(report)
    text = report.article.text
    article = marked_html(text, marked.marks) if text.strip() else '<p class="empty">(No article text.)</p>'
    body = (
        '<a class="skip" href="#article">Skip to the article</a>\n'
        + _header(report, marked)
        + '<div class="layout">\n'
        + f'<main id="article" class="article" aria-label="Article text">\n{article}</main>\n'
        + _panels(report, marked)
        + "</div>\n"
        + '<footer class="page-foot"><p>Made by newscli. Quotes, names and figures are found automatically: '
        "check them against the text.</p></footer>\n"
    )
    return _page(page_title(report) + " · newscli report", report.article.language, body)


def _header(report: Report, marked: Marked) -> str:
    article = report.article
    out = ['<header class="page-head">\n<p class="kicker">newscli report</p>\n', f"<h1>{_e(page_title(report))}</h1>\n"]
    byline: list[str] = []
    if article.authors:
        byline.append(f"By {_e(_names(article.authors))}")
    if article.published:
        words = date_words(article.published) or article.published
        byline.append(f'<time datetime="{_e(article.published)}">{_e(words)}</time>')
    if article.publisher:
        byline.append(_e(article.publisher))
    if byline:
        out.append('<p class="byline">' + '<span class="sep">·</span>'.join(byline) + "</p>\n")
    origin = [f"<span>Source: {_e(report.source)}</span>"]
    if report.id != report.source:
        origin.append(f"<span>Record: {_e(report.id)}</span>")
    url = safe_url(article.url)
    if url:
        origin.append(f'<span><a href="{_e(url)}" rel="noreferrer noopener external">{_e(url)}</a></span>')
    elif article.url:
        origin.append(f"<span>{_e(article.url)}</span>")
    out.append('<p class="origin">' + "".join(origin) + "</p>\n")
    notes = [*article.warnings]
    if report.not_analysed:
        notes.append(f"Not analysed: {report.not_analysed}.")
    out.extend(f'<p class="note">{_e(note)}</p>\n' for note in notes)
    out.append(_counts(report, marked.key_figures))
    out.append(_legend({c for m in marked.marks for c in m.classes.split()}))
    out.append("</header>\n")
    return "".join(out)


def _counts(report: Report, key_figures: Sequence[int]) -> str:
    links: list[str] = []
    if report.not_analysed:
        return ""
    if report.quotes is not None:
        links.append(f'<a href="#quotes">{_plural(len(report.quotes), "quote")}</a>')
    if report.entities is not None:
        named = sum(1 for e in report.entities if e.type in ("person", "organization"))
        links.append(f'<a href="#people">{_plural(named, "person or organisation", "people and organisations")}</a>')
    if report.figures is not None:
        key = len(key_figures)
        links.append(f'<a href="#figures">{_plural(key, "key figure")}</a>')
    if not links:
        return ""
    return '<nav class="counts" aria-label="Panels">' + '<span class="sep">·</span>'.join(links) + "</nav>\n"


def _legend(classes: set[str]) -> str:
    boxes = [
        f'<label><input type="checkbox" id="{box}" checked> <span class="sw {swatch}">{words}</span></label>'
        for box, swatch, words, needs in _LEGEND
        if needs in classes
    ]
    if not boxes:
        return ""
    return (
        '<fieldset class="legend"><legend>Show</legend>\n' + "\n".join(boxes) + "\n</fieldset>\n"
        '<details class="help"><summary>How to read the marks</summary>\n'
        "<p>Quotes are tinted and labelled with their speaker and how the speaker was found: "
        "<b>named</b> in the sentence (solid border); <b>from “he”</b>, through a pronoun or a description "
        "(dashed); <b>continued</b> from an earlier quote (dotted); a grey label when no speaker was found.</p>\n"
        "<p>People are underlined, organisations double-underlined, places dotted, other names dashed; "
        "key figures are boxed, other numbers and dates have a dashed box. Hover over a mark, or reach it "
        "with the Tab key, to see the full name and role, or the value and what it measures.</p>\n</details>\n"
    )


# ---- the panels --------------------------------------------------------------------------------


def _link(target: str | None, inner: str) -> str:
    return f'<a href="#{target}">{inner}</a>' if target else inner


def _panels(report: Report, marked: Marked) -> str:
    out = ['<aside class="panels" aria-label="What newscli found">\n']
    if report.not_analysed:  # nothing was looked for: say so instead of "none found"
        out.append(f'<p class="empty">Not analysed: {_e(report.not_analysed)}.</p>\n</aside>\n')
        return "".join(out)
    if report.quotes is not None:
        out.append(_quotes_panel(report.quotes, marked.quote_ids, report.entities or ()))
    if report.entities is not None:
        out.append(_entities_panel(report.entities, marked.entity_ids))
    if report.figures is not None:
        out.append(_figures_panel(report.figures, marked.figure_ids, marked.key_figures))
    out.append("</aside>\n")
    return "".join(out)


def _excerpt(text: str) -> str:
    words = " ".join(text.split())
    if len(words) <= QUOTE_EXCERPT_CHARS:
        return words
    return words[: QUOTE_EXCERPT_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _quotes_panel(quotes: Sequence[Quote], ids: Sequence[str | None], entities: Sequence[Entity]) -> str:
    out = ['<section id="quotes" aria-labelledby="quotes-h"><h2 id="quotes-h">Quotes by speaker</h2>\n']
    if not quotes:
        out.append('<p class="empty">No quotes found.</p>\n')
    groups: dict[str | None, list[tuple[Quote, str | None]]] = {}
    for quote, mark_id in zip(quotes, ids, strict=True):
        groups.setdefault(quote.speaker or None, []).append((quote, mark_id))
    roles = {e.name: e.role for e in entities if e.role}
    for speaker in sorted(groups, key=lambda s: (s is None, 0)):  # named speakers in order, the unknown last
        items = groups[speaker]
        name = _e(speaker) if speaker else "Speaker not found"
        out.append(f'<h3>{name} <span class="count">· {_plural(len(items), "quote")}</span></h3>\n')
        if speaker in roles:
            out.append(f'<p class="role-line">{_e(roles[speaker])}</p>\n')
        out.append("<ol>\n")
        for quote, mark_id in items:
            words = _excerpt(quote.text)
            shown = f"<i>{_e(words)}</i>" if quote.kind == "indirect" else f"“{_e(words)}”"
            how = how_found(quote) if speaker else speaker_words(quote)
            extra = f' <span class="how-text">{_e(how)}</span>' if how and how != "Unknown speaker" else ""
            out.append(f'<li class="quote-item">{_link(mark_id, shown)}{extra}</li>\n')
        out.append("</ol>\n")
    out.append("</section>\n")
    return "".join(out)


def _entity_item(entity: Entity, mark_id: str | None) -> str:
    role = f'<span class="role">, {_e(entity.role)}</span>' if entity.role else ""
    count = f' <span class="count">· {_plural(entity.count, "mention")}</span>' if entity.count else ""
    return f"<li>{_link(mark_id, _e(entity.name))}{role}{count}</li>\n"


def _entities_panel(entities: Sequence[Entity], ids: Sequence[str | None]) -> str:
    out = ['<section id="people" aria-labelledby="people-h"><h2 id="people-h">People and organisations</h2>\n']
    pairs = list(zip(entities, ids, strict=True))
    for kind, heading in (("person", "People"), ("organization", "Organisations")):
        chosen = [_entity_item(e, i) for e, i in pairs if e.type == kind]
        if chosen:
            out.append(f"<h3>{heading}</h3>\n<ul>\n{''.join(chosen)}</ul>\n")
    if not any(e.type in ("person", "organization") for e in entities):
        out.append('<p class="empty">No people or organisations found.</p>\n')
    others = [(e, i) for e, i in pairs if e.type not in ("person", "organization")]
    if others:
        kinds = sorted({ENTITY_WORDS.get(e.type, "Name").lower() + "s" for e, _ in others}, key=len)
        out.append(f"<details><summary>{_e(' and '.join(kinds)).capitalize()} ({len(others)})</summary>")
        out.append(f"\n<ul>\n{''.join(_entity_item(e, i) for e, i in others)}</ul>\n</details>\n")
    out.append("</section>\n")
    return "".join(out)


def _figure_item(figure: Figure, mark_id: str | None) -> str:
    if figure.measures:
        what = _e(figure.measures)
    else:  # what it measures is not known: a few words around it say it instead
        before, words, after = _context_window(figure, FIGURE_CONTEXT_CHARS)
        what = f"{_e(before)}<b>{_e(words)}</b>{_e(after)}" if words else _e(before) or f"“{_e(figure.text)}”"
    value = f'<span class="val">{_e(figure_value(figure))}</span>'
    return f'<li>{_link(mark_id, value)} <span class="what">{what}</span></li>\n'


def _figures_panel(figures: Sequence[Figure], ids: Sequence[str | None], key_figures: Sequence[int]) -> str:
    out = ['<section id="figures" aria-labelledby="figures-h"><h2 id="figures-h">Key figures</h2>\n']
    if key_figures:
        out.append(f"<ol>\n{''.join(_figure_item(figures[k], ids[k]) for k in key_figures)}</ol>\n")
    else:
        out.append('<p class="empty">No key figures found.</p>\n')
    chosen = set(key_figures)
    rest = [(f, i) for k, (f, i) in enumerate(zip(figures, ids, strict=True)) if k not in chosen]
    if rest:
        out.append(f"<details><summary>Other numbers and dates ({len(rest)})</summary>\n<ul>\n")
        out.append("".join(_figure_item(f, i) for f, i in rest) + "</ul>\n</details>\n")
    out.append("</section>\n")
    return "".join(out)


# ---- the index of a batch ----------------------------------------------------------------------


@dataclass(frozen=True)
class IndexEntry:
    """One row of index.html: kept instead of the report, so a long batch holds little in memory."""

    href: str  # the page's file name, relative to the index
    title: str
    published: str | None
    publisher: str | None
    source: str
    quotes: int
    people: int
    organisations: int
    figures: int  # key figures, as the page's panel lists them
    not_analysed: str | None = None  # why there are no counts (the language)


def index_entry(report: Report, href: str) -> IndexEntry:
    entities = report.entities or ()
    return IndexEntry(
        href=href,
        title=page_title(report),
        published=report.article.published,
        publisher=report.article.publisher,
        source=report.source if report.id == report.source else report.id,
        quotes=len(report.quotes or ()),
        people=sum(1 for e in entities if e.type == "person"),
        organisations=sum(1 for e in entities if e.type == "organization"),
        figures=min(KEY_FIGURES_SHOWN, sum(1 for f in report.figures or () if is_key_figure(f))),
        not_analysed=report.not_analysed,
    )


def render_index(entries: Sequence[IndexEntry]) -> str:
    """index.html: every page of the batch with its title, date, publisher and counts."""
    rows = []
    for entry in entries:
        date = date_words(entry.published) or entry.published or ""
        note = f'<span class="src">{_e(entry.source)}</span>'
        if entry.not_analysed:
            note += f'<span class="src">Not analysed: {_e(entry.not_analysed)}</span>'
        cells = [
            f'<td><a href="{_e(entry.href)}">{_e(entry.title)}</a>{note}</td>',
            f"<td>{_e(date)}</td>",
            f"<td>{_e(entry.publisher or '')}</td>",
            *(
                f'<td class="n"{attrs([("data-label", label)])}>{"–" if entry.not_analysed else count}</td>'
                for label, count in (
                    ("Quotes", entry.quotes),
                    ("People", entry.people),
                    ("Organisations", entry.organisations),
                    ("Key figures", entry.figures),
                )
            ),
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>\n")
    head = "".join(
        f'<th scope="col"{NUMERIC if n else ""}>{h}</th>'
        for h, n in (("Article", 0), ("Date", 0), ("Publisher", 0), ("Quotes", 1), ("People", 1),
                     ("Organisations", 1), ("Key figures", 1))
    )  # fmt: skip
    body = (
        '<main class="index">\n<p class="kicker">newscli report</p>\n'
        f"<h1>{_plural(len(entries), 'article')}</h1>\n"
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{''.join(rows)}</tbody>\n</table>\n</main>\n"
    )
    return _page("newscli report: " + _plural(len(entries), "article"), None, body)
