"""The report page, built from hand-made reports: marks, panels, header, index and safety."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser

import pytest
from report_sample import evil_report, sample_report

from newscli.models import Entity, Mention
from newscli.output.report import index_entry, render_index, render_page
from newscli.output.report.page import date_words, safe_url

VOID = {"br", "meta", "input"}


class Page(HTMLParser):
    """The elements of a page: tag, attributes and the text inside, plus nesting errors."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.texts: dict[int, list[str]] = {}
        self.stack: list[int] = []
        self.errors: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        if tag not in VOID:
            self.stack.append(len(self.elements) - 1)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.elements[self.stack[-1]][0] != tag:
            self.errors.append(f"</{tag}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for i in self.stack:
            self.texts.setdefault(i, []).append(data)

    def find(self, tag: str | None = None, **attrs: str) -> list[tuple[int, dict[str, str]]]:
        return [
            (i, a)
            for i, (t, a) in enumerate(self.elements)
            if (tag is None or t == tag) and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def text(self, i: int) -> str:
        return "".join(self.texts.get(i, []))

    def by_id(self, element_id: str) -> tuple[int, dict[str, str]]:
        (found,) = self.find(id=element_id)
        return found


@pytest.fixture(scope="module")
def page() -> Page:
    return Page(render_page(sample_report()))


def test_the_page_is_well_formed_and_self_contained(page: Page) -> None:
    assert not page.errors and not page.stack
    tags = {t for t, _ in page.elements}
    assert not tags & {"script", "img", "iframe", "link", "object", "embed", "form", "base"}
    csp = [a["content"] for _, a in page.find("meta", http_equiv="Content-Security-Policy")]
    assert csp and "default-src 'none'" in csp[0] and "script-src" not in csp[0]
    sources = [a.get("src") or a.get("href") or "" for _, a in page.elements]
    external = [s for s in sources if ":" in s]
    assert external == ["https://news.example.org/ferry-terminal"]  # the article's own address, a plain link


def test_quotes_are_marked_with_speaker_and_how_sure(page: Page) -> None:
    quotes = page.find("mark", data_kind="direct")
    first = [a for _, a in quotes if a.get("id")]
    assert [a["data-speaker"] for a in first] == ["Lena Marsh", "Lena Marsh", "Tom Reyes", ""]
    assert [a["data-attribution"] for a in first] == ["cue", "running", "pronoun", "none"]
    i, _ = page.by_id("q3")
    assert page.text(i).startswith('Tom Reyes from “he”"Nobody asked')  # label, then the words with their marks
    i, _ = page.by_id("q4")
    assert page.text(i).startswith("(a spokesperson for Northline Rail)")


def test_entities_and_figures_carry_their_data_and_a_described_tip(page: Page) -> None:
    marsh = [a for _, a in page.find("mark", data_entity="Lena Marsh")]
    assert len(marsh) == 2 and {a["data-entity-type"] for a in marsh} == {"person"}
    i, first = page.by_id("e1-1")
    assert first["tabindex"] == "0" and first["data-role"] == "Harbour authority chief"
    tip, _ = page.by_id(first["aria-describedby"])
    assert page.text(tip) == "Lena MarshPerson · Harbour authority chief2 mentions"
    i, money = page.by_id("f1")
    assert (money["data-value"], money["data-unit"]) == ("48000000", "GBP")
    assert "fig-key" in money["class"] and "= 61 million USD" in page.text(i)
    _, conversion = page.by_id("f1-conv")
    assert (conversion["data-value"], conversion["data-unit"]) == ("61000000", "USD")


def test_a_figure_inside_a_quote_nests_inside_it(page: Page) -> None:
    i, _ = page.by_id("q2")
    j, _ = page.by_id("f4")  # "9 million pounds", in Marsh's second quote
    assert j > i and page.text(j).endswith("9 million pounds")
    assert "9 million pounds" in page.text(i)


def test_every_panel_link_leads_to_a_mark(page: Page) -> None:
    links = [a["href"][1:] for _, a in page.find("a") if a.get("href", "").startswith("#")]
    marks = {a["id"] for _, a in page.find("mark") if a.get("id")}
    assert {"q1", "q4", "e1-1", "e4-1", "f1", "f3"} <= set(links)
    assert {link for link in links if link not in ("article", "quotes", "people", "figures")} <= marks


def test_panels_list_quotes_by_speaker_people_and_key_figures(page: Page) -> None:
    (quotes, _), (people, _), (figures, _) = page.find("section")
    assert "Lena Marsh · 2 quotes" in page.text(quotes) and "Speaker not found · 1 quote" in page.text(quotes)
    assert page.text(quotes).index("Tom Reyes") < page.text(quotes).index("Speaker not found")
    assert "Lena Marsh, Harbour authority chief · 2 mentions" in page.text(people)
    assert "Kestrel Residents Association" in page.text(people) and "Places (1)" in page.text(people)
    key = page.text(figures).split("Other numbers")[0]
    assert "48 million GBP cost of the ferry terminal" in key and "~2,400 lorries a week" in key
    assert "spring 2026" not in key  # dates are not key figures; they are listed below, folded


def test_header_has_title_byline_source_and_url(page: Page) -> None:
    ((h1, _),) = page.find("h1")
    assert page.text(h1) == "Ferry terminal to cost £48m, harbour chief says"
    ((byline, _),) = page.find("p", **{"class": "byline"})
    assert page.text(byline) == "By Priya Dale and Owen Hart·12 March 2024, 09:15 (UTC)·The Coastal Echo"
    ((origin, _),) = page.find("p", **{"class": "origin"})
    assert "Source: stories/ferry.html" in page.text(origin)


def test_an_item_whose_offsets_do_not_fit_the_text_is_listed_but_not_marked() -> None:
    report = sample_report()
    shifted = Entity("Tom Reyes", "person", (), None, 1, (Mention(3, 12, "Tom Reyes"),))
    assert report.entities is not None
    page = Page(render_page(replace(report, entities=(*report.entities[:1], shifted))))
    assert not page.find("mark", data_entity="Tom Reyes")
    ((people, _),) = page.find("section", id="people")
    assert "Tom Reyes · 1 mention" in page.text(people)
    assert not [a for _, a in page.find("a") if a.get("href") == "#e2-1"]


def test_nothing_from_the_input_can_run_or_load() -> None:
    html = render_page(evil_report())
    page = Page(html)
    assert not page.errors
    assert not {t for t, _ in page.elements} & {"script", "img"}
    assert not [k for _, a in page.elements for k in a if k.startswith("on")]
    assert "javascript:" not in "".join(a.get("href", "") for _, a in page.elements)
    assert html.count("&lt;script&gt;") >= 8  # text, quote, title, author, publisher, speaker, entity, source
    index = render_index([index_entry(evil_report(), "a.html")])  # type: ignore[arg-type]
    assert "<script" not in index and "<img" not in index


def test_a_report_that_was_not_analysed_says_so() -> None:
    report = replace(sample_report(), figures=(), entities=(), quotes=(), not_analysed="the text is in German")
    page = Page(render_page(report))
    assert not page.find("mark") and not page.find("section") and not page.find("nav")  # no "0 quotes found"
    assert any(page.text(i) == "Not analysed: the text is in German." for i, _ in page.find("p"))


def test_the_index_lists_title_date_publisher_and_counts() -> None:
    entry = index_entry(sample_report(), "ferry.html")
    assert (entry.quotes, entry.people, entry.organisations, entry.figures) == (4, 2, 2, 4)
    page = Page(render_index([entry, replace(entry, href="b%20c.html", title="Second story")]))
    rows = page.find("tr")
    assert len(rows) == 3 and not page.errors
    assert [a["href"] for _, a in page.find("a")] == ["ferry.html", "b%20c.html"]
    assert "12 March 2024, 09:15 (UTC)" in page.text(rows[1][0]) and "The Coastal Echo" in page.text(rows[1][0])
    german = Page(render_index([replace(entry, not_analysed="the text is in German")]))
    assert [german.text(i) for i, _ in german.find("td", **{"class": "n"})] == ["–"] * 4


@pytest.mark.parametrize(
    ("published", "words"),
    [
        ("2024-09-03T06:45:00+02:00", "3 September 2024, 06:45 (UTC+02:00)"),
        ("2021-09-14", "14 September 2021"),
        ("2021-09", "September 2021"),
        ("2021", "2021"),
        ("last Tuesday", None),
    ],
)
def test_dates_in_words(published: str, words: str | None) -> None:
    assert date_words(published) == words


def test_only_plain_web_addresses_are_linked() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for url in ("javascript:alert(1)", "data:text/html,x", 'https://x.org/"onmouseover=1', " https://x.org"):
        assert safe_url(url) is None
