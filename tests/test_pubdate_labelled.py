"""Dates on old table-layout pages: a labelled "Published:" line far from any headline, and a date set
inline right after the headline in a column full of other links."""

from __future__ import annotations

from newscli.extract.html import parse_html
from newscli.extract.metadata import extract_metadata

STORY = (
    "<p>The harbour authority approved the new ferry timetable on a narrow vote after two hours of debate"
    " in the council chamber, with several members asking for more evening sailings.</p>"
    "<p>Residents of the outer islands had campaigned for the change for three years, saying the last boat"
    " left too early for anyone working a late shift on the mainland.</p>"
)
OTHER_STORIES = (
    '<div class="related"><a href="/news/bridge.html">Bridge repairs to close the coast road all summer</a>'
    " <span>Posted: Feb. 2, 2009</span><br>"
    '<a href="/news/school.html">School board votes to keep the island campus open</a>'
    " <span>Posted: Jan. 28, 2009</span></div>"
)


def published(html: str) -> str | None:
    return extract_metadata(parse_html(html)).published


def table_page(label: str, *, sidebar: str = OTHER_STORIES) -> str:
    # the story's headline is a bold cell, not a heading; the date line sits in a cell of its own
    return (
        "<html><head><title>Ferry timetable approved - Island Gazette</title></head><body><table>"
        f'<tr><td width="160">{sidebar}</td><td><table><tr><td class="toolbar">Print story | Email</td></tr>'
        f"<tr><td><font size=1>{label}</font></td></tr><tr><td><b>FERRY TIMETABLE</b></td></tr>"
        f"<tr><td>{STORY}</td></tr></table></td></tr></table></body></html>"
    )


def test_a_labelled_publication_line_anywhere_in_the_page_gives_the_date() -> None:
    assert published(table_page("Published: Mar. 4, 2009 at 7:15 PM")) == "2009-03-04T19:15"


def test_other_stories_labelled_dates_and_an_update_line_are_not_the_articles() -> None:
    assert published(table_page("Updated: Mar. 5, 2009")) is None  # only the related stories say "Posted"
    # two labelled lines of the page's own that disagree: no guess
    assert published(table_page("Published: Mar. 4, 2009", sidebar="<p>Posted: Mar. 9, 2009</p>")) is None


def test_a_date_inline_after_the_headline_in_a_column_of_links() -> None:
    links = "".join(f'<a href="/news/{n}.html">Another story about the island number {n} this week</a><br>'
                    for n in range(6))  # fmt: skip
    html = (
        "<html><head><title>Ferry timetable approved</title></head><body>"
        f'<div id="column"><p><a href="#">Print this article</a></p><h2>Ferry timetable approved</h2>'
        '<div class="photo"><img src="f.jpg"><p class="caption"></p></div>'
        f'<span class="story">4 March 2009 &#150; </span><span class="story">{STORY}</span>{links}</div>'
        "</body></html>"
    )
    assert published(html) == "2009-03-04"
