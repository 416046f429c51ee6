"""Marks nest into the article text as well-formed HTML, whatever way they overlap."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.output.report.marks import Mark, marked_html, paragraphs

VOID = {"br"}


class Reading(HTMLParser):
    """Reads marked HTML back: the text of each paragraph and, per character, the marks over it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.covering: list[frozenset[str]] = []
        self.ids: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if tag not in VOID:
            self.stack.append((tag, found))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        classes = {c for _, a in self.stack for c in str(a.get("class") or "").split()}
        if not self.stack or classes & {"tip", "label", "tip-line"}:
            return  # between paragraphs, or a mark's own label or tip
        marks = frozenset(str(a["data-n"]) for tag, a in self.stack if tag == "mark")
        for ch in data.replace("\n", ""):
            self.text.append(ch)
            self.covering.append(marks)


def read(html: str) -> Reading:
    reading = Reading()
    reading.feed(html)
    reading.close()
    return reading


def mark(n: int, start: int, end: int, kind: str = "entity", **extra: object) -> Mark:
    return Mark(start, end, kind, f"m{n}", "m", (("n", str(n)),), order=n, **extra)  # type: ignore[arg-type]


def expected(text: str, marks: list[Mark]) -> tuple[str, list[frozenset[str]]]:
    """The characters the reader sees (paragraph text, line breaks dropped) and the marks over each."""
    chars: list[str] = []
    covering: list[frozenset[str]] = []
    for start, end in paragraphs(text):
        for i in range(start, end):
            if text[i] in "\r\n":
                continue
            chars.append(text[i])
            covering.append(frozenset(str(m.data[0][1]) for m in marks if m.start <= i < m.end))
    return "".join(chars), covering


def test_a_mark_crossing_the_end_of_another_is_split_not_crossed() -> None:
    text = "The minister said it would cost 40 million kroner next year."
    quote = mark(1, 14, 42, "quote", label=(("who", "Kari Nordmann"),))  # "said it would cost 40 million"
    figure = mark(2, 32, 49, "figure")  # "40 million kroner" runs past the quote's end
    html = marked_html(text, [figure, quote])
    reading = read(html)
    assert not reading.errors
    assert "".join(reading.text) == text
    assert reading.covering[text.index("40")] == {"1", "2"}
    assert reading.covering[text.index("kroner")] == {"2"}
    # the quote opens first, the figure inside it; the figure goes on after the quote closes
    assert html.index('data-n="1"') < html.index('data-n="2"')
    assert html.count('data-n="2"') == 2 and html.count('id="m2"') == 1
    assert html.count("Kari Nordmann") == 1  # the label only on the first piece


def test_a_quote_over_two_paragraphs_is_one_piece_per_paragraph() -> None:
    text = 'He said: "We will build it.\n\nAnd we will pay for it," he added.'
    quote = mark(1, 10, text.index('," he'), "quote")
    html = marked_html(text, [quote])
    assert html.count("<p>") == 2 and html.count('data-n="1"') == 2
    assert not read(html).errors


def test_marks_over_the_same_words_nest_quote_outside_entity_outside_figure() -> None:
    text = "They named it Route 66 on Monday."
    at, end = text.index("Route 66"), text.index(" on")
    html = marked_html(text, [mark(3, at, end, "figure"), mark(1, at, end, "quote"), mark(2, at, end, "entity")])
    assert html.index('data-n="1"') < html.index('data-n="2"') < html.index('data-n="3"')
    assert not read(html).errors


def test_text_and_attributes_are_escaped() -> None:
    text = 'Post <script>alert(1)</script> & <img src=x onerror="alert(2)">'
    evil = Mark(5, 13, "entity", "e1", "m", (("entity", '"><script>alert(3)</script>'),), tip=("<b>x</b>",))
    html = marked_html(text, [evil])
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&quot;&gt;&lt;script&gt;" in html


def test_marks_outside_the_text_or_empty_are_left_out() -> None:
    text = "Short text."
    html = marked_html(text, [mark(1, 3, 3), mark(2, 5, 99), mark(3, -1, 4), mark(4, 0, 5)])
    assert 'data-n="4"' in html
    assert not any(f'data-n="{n}"' in html for n in (1, 2, 3))


def test_paragraphs_split_on_blank_lines_and_keep_single_line_breaks() -> None:
    text = "  First line\nsecond line\n \n\nNext paragraph.\n\n\n"
    assert [text[a:b] for a, b in paragraphs(text)] == ["First line\nsecond line", "Next paragraph."]
    assert marked_html(text, []) == "<p>First line<br>\nsecond line</p>\n<p>Next paragraph.</p>\n"


@st.composite
def marked_texts(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(st.text(alphabet="ab \n<&\"'", min_size=1, max_size=60))
    count = draw(st.integers(0, 8))
    marks = []
    for n in range(count):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        kind = draw(st.sampled_from(["quote", "entity", "figure"]))
        marks.append(mark(n, start, end, kind, label=(("who", "<x>"),) if kind == "quote" else ()))
    return text, marks


@settings(max_examples=300, deadline=None)
@given(marked_texts())
def test_any_marks_give_well_formed_html_with_the_text_and_every_mark_in_place(case: tuple[str, list[Mark]]) -> None:
    text, marks = case
    reading = read(marked_html(text, marks))
    assert not reading.errors and not reading.stack
    chars, covering = expected(text, [m for m in marks if m.start < m.end])
    assert "".join(reading.text) == chars
    assert reading.covering == covering
    shown = {m.id for m in marks if any(m.start <= i < m.end for a, b in paragraphs(text) for i in range(a, b))}
    assert sorted(i for i in reading.ids if not i.endswith("-tip")) == sorted(shown)
