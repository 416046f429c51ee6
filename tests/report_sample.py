"""Hand-built reports for the page tests: a short article written for them, with its marks.

Built without spaCy so the renderer can be tested on its own; offsets come from the text
itself, so the sample stays right when its wording changes.
"""

from __future__ import annotations

from newscli.models import Article, Conversion, Entity, Figure, Mention, Quote, Report

TEXT = (
    "Harbour authority chief Lena Marsh said on Tuesday that the new ferry terminal in Kestrel Bay "
    "would cost 48 million pounds ($61 million), about 15% more than planned.\n\n"
    '"We will open the terminal in spring 2026, not a day later," Marsh said. '
    '"The cranes alone cost 9 million pounds."\n\n'
    "Critics were not convinced. Tom Reyes, who leads the Kestrel Residents Association, said the "
    "extra traffic would add about 2,400 lorries a week to the coast road.\n\n"
    '"Nobody asked the people who live here," he said.\n\n'
    '"A port that size needs a rail link," a spokesperson for Northline Rail said.'
)


def at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def mentions(text: str, *words: str | tuple[str, int]) -> tuple[Mention, ...]:
    """Mentions of the given words; (words, n) is their n-th occurrence (from 0) in the text."""
    found = []
    for item in words:
        w, nth = item if isinstance(item, tuple) else (item, 0)
        start, end = at(text, w, nth)
        found.append(Mention(start, end, w))
    return tuple(found)


def figure(text: str, words: str, kind: str, value: float, unit: str, **extra: object) -> Figure:
    start, end = at(text, words)
    return Figure(kind, words, start, end, value, unit, **extra)  # type: ignore[arg-type]


def quote(text: str, words: str, speaker: str | None, mention: str | None, attribution: str, **extra: object) -> Quote:
    start, end = at(text, words)
    return Quote(words, start, end, speaker, mention, "said", attribution=attribution, **extra)  # type: ignore[arg-type]


def sample_report(**article: object) -> Report:
    """A report of TEXT; keyword arguments replace the article's metadata."""
    text = TEXT
    conversion_at = at(text, "$61 million")
    fields: dict[str, object] = {
        "title": "Ferry terminal to cost £48m, harbour chief says",
        "published": "2024-03-12T09:15:00+00:00",
        "authors": ("Priya Dale", "Owen Hart"),
        "publisher": "The Coastal Echo",
        "language": "en",
        "url": "https://news.example.org/ferry-terminal",
    }
    fields.update(article)
    return Report(
        id="stories/ferry.html",
        source="stories/ferry.html",
        encoding="utf-8",
        article=Article(text, **fields),  # type: ignore[arg-type]
        figures=(
            figure(
                text,
                "48 million pounds",
                "money",
                48e6,
                "GBP",
                measures="cost of the ferry terminal",
                converted=Conversion("$61 million", 61e6, "USD", *conversion_at),
            ),
            figure(text, "15%", "percent", 15.0, "%", approximate=True, measures="cost overrun"),
            figure(text, "2,400", "count", 2400.0, "", approximate=True, measures="lorries a week"),
            figure(text, "9 million pounds", "money", 9e6, "GBP", measures="cranes"),
            figure(text, "spring 2026", "date", 2026.0, "year"),
            figure(text, "Tuesday", "date", 20240312.0, "day"),
        ),
        entities=(
            Entity(
                "Lena Marsh",
                "person",
                ("Marsh",),
                "Harbour authority chief",
                2,
                mentions(text, "Lena Marsh", ("Marsh", 1)),
            ),
            Entity("Tom Reyes", "person", (), None, 1, mentions(text, "Tom Reyes")),
            Entity(
                "Kestrel Residents Association",
                "organization",
                (),
                None,
                1,
                mentions(text, "Kestrel Residents Association"),
            ),
            Entity("Northline Rail", "organization", (), None, 1, mentions(text, "Northline Rail")),
            Entity("Kestrel Bay", "location", (), None, 1, mentions(text, "Kestrel Bay")),
        ),
        quotes=(
            quote(text, "We will open the terminal in spring 2026, not a day later,", "Lena Marsh", "Marsh", "cue"),
            quote(text, "The cranes alone cost 9 million pounds.", "Lena Marsh", None, "running"),
            quote(text, "Nobody asked the people who live here,", "Tom Reyes", "he", "pronoun"),
            quote(text, "A port that size needs a rail link,", None, "a spokesperson for Northline Rail", "none"),
        ),
    )


EVIL = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'


def evil_report() -> Report:
    """Markup and script in every field a page shows: it must all come out as text."""
    text = f'The minister {EVIL} spoke of 5 dollars.\n\n"{EVIL}" she said.'
    start = text.index('\n\n"') + 3
    end = text.rindex('" she')
    evil_quote = Quote(text[start:end], start, end, EVIL, EVIL, "said", attribution="cue")
    first = text.index(EVIL)
    evil_entity = Entity(EVIL, "person", (EVIL,), EVIL, 1, (Mention(first, first + len(EVIL), EVIL),))
    money = at(text, "5 dollars")
    evil_figure = Figure("money", "5 dollars", *money, 5.0, EVIL, measures=EVIL, sentence=EVIL)
    article = Article(text, title=EVIL, published=EVIL, authors=(EVIL,), publisher=EVIL, url="javascript:alert(1)",
                      warnings=(EVIL,))  # fmt: skip
    return Report(EVIL, EVIL, None, article, figures=(evil_figure,), entities=(evil_entity,), quotes=(evil_quote,))
