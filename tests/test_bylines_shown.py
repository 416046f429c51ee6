"""Authors from the byline shown under the headline, and names that are not the writer's.

Each test is a class of page seen in the wild: a byline with no class at all, an author tag
that names only an agency, a sidebar of other stories with their own bylines, a picture's
credit or a pull quote marked up as an author, a company's address in the author tag.
"""

from __future__ import annotations

from newscli.extract.bylines import clean_authors
from newscli.extract.html import parse_html
from newscli.extract.metadata import PageMetadata, extract_metadata

STORY = (
    "<p>The harbour authority approved the new ferry timetable on a narrow vote after two hours of debate in the"
    " council chamber, with several members asking for more evening sailings to the outer islands.</p>"
    "<p>Residents of the outer islands had campaigned for the change for three years, saying the last boat"
    " left too early for anyone working a late shift on the mainland.</p>"
)


def meta_of(header: str, *, head: str = "", before: str = "", story: str = STORY) -> PageMetadata:
    """A page: an optional block before the article, the headline, what stands under it, the story."""
    return extract_metadata(
        parse_html(
            f"<html><head><title>Ferry timetable approved</title>{head}</head><body>{before}"
            f"<div id='main'><h1>Ferry timetable approved</h1>{header}<div>{story}</div></div></body></html>"
        )
    )


def test_a_byline_with_no_class_under_the_headline() -> None:
    meta = meta_of('<div><cite><img src="m.jpg" alt="">By Marta Kowal<br>Harbour Times<br>Archive</cite></div>')
    assert meta.authors == ["Marta Kowal"]


def test_a_lower_case_byline_in_the_text_after_the_standfirst_gives_the_name_and_the_date() -> None:
    header = (
        "<div class='post-info'><h3>Islanders win a later boat after three years of asking for one, and the"
        " council promises to look at the winter timetable next</h3> by Marta Kowal / March 3, 2016 /"
        " <a href='#respond'>Leave a comment</a></div>"
    )
    meta = meta_of(header)
    assert meta.authors == ["Marta Kowal"]
    assert meta.published == "2016-03-03"


def test_the_shown_byline_wins_over_an_author_tag_that_names_only_an_agency() -> None:
    header = "<p><span class='bold'>By MARTA KOWAL</span> <span>&nbsp;</span> 3/ 4/16 09:19 PM ET</p>"
    meta = meta_of(header, head='<meta name="author" content="AP">')
    assert meta.authors == ["Marta Kowal"]


def test_a_named_person_in_structured_data_still_wins() -> None:
    meta = meta_of("<p>By Marta Kowal</p>", head='<meta name="author" content="Tomas Berg">')
    assert meta.authors == ["Tomas Berg"]


def test_other_stories_bylines_in_a_sidebar_are_not_the_pages() -> None:
    sidebar = (
        "<section><h3>Most popular</h3><ol>"
        "<li><h2><a href='/2016/03/lighthouse-keeper-retires'>Last lighthouse keeper retires after forty years</a>"
        "</h2><span class='byline'>By <a class='byline' href='/author/ola-berg'>Ola Berg</a></span></li>"
        "<li><h2><a href='/2016/03/new-pier'>The new pier opens to the public on Sunday morning</a></h2>"
        "<span class='byline'>By <a class='byline' href='/author/ida-lund'>Ida Lund</a></span></li>"
        "</ol></section>"
    )
    header = (
        "<div class='story-info'><span class='item'>By <a href='/author/marta-kowal'>Marta Kowal</a></span>"
        "<span class='item'>Published in <a href='/section/news'>News</a></span>"
        "<span class='item'>March 3, 2016</span></div>"
    )
    meta = meta_of(header, before=sidebar)
    assert meta.authors == ["Marta Kowal"]
    assert meta.published == "2016-03-03"
    # the sidebar alone names no author of this page
    assert meta_of("", before=sidebar).authors == []


def test_a_byline_in_a_teaser_under_the_headline_is_skipped() -> None:
    teaser = (
        "<div class='teaser'><a href='/2016/03/new-pier'>The new pier opens to the public on Sunday</a>"
        " <span>By Ida Lund</span></div>"
    )
    assert meta_of(teaser).authors == []


def test_a_pictures_credit_and_a_pull_quotes_author_are_not_the_writer() -> None:
    header = (
        "<figure><img src='f.jpg'><figcaption>The ferry at dawn. <small itemprop='author'"
        " class='media-credit'>Photograph by Jo Marsh, Harbour Photo Agency</small></figcaption></figure>"
    )
    quote = "<div class='pull-quote'><p>We waited three years.</p><div class='pull-quote__author'>Ana Lima</div></div>"
    assert meta_of(header).authors == []
    assert meta_of("", story=STORY + quote).authors == []
    assert clean_authors(["Photograph by Jo Marsh, Harbour Photo Agency"], visible=True) == []


def test_the_first_byline_under_the_headline_decides() -> None:
    # the page's byline names a wire service; a "By" line opening the wire copy is not the page's
    header = "<div class='article-byline'><span>By:</span> City Wire Service</div>"
    story = "<div>By Leigh Ortega</div>" + STORY
    assert meta_of(header, story=story).authors == []


def test_several_writers_each_in_an_author_box() -> None:
    header = (
        "<ul class='authors'><li><div class='author'><span>By</span> Marta Kowal</div></li>"
        "<li><div class='author'><span>By</span> Tomas Berg</div></li></ul>"
    )
    assert meta_of(header).authors == ["Marta Kowal", "Tomas Berg"]


def test_a_writer_known_by_one_name_in_the_bylines_author_element() -> None:
    header = (
        "<div class='post-byline'><div class='post-author'>Marta</div><div class='post-date'>March 3, 2016</div>"
        "<div class='post-category'>Islands</div></div>"
    )
    assert meta_of(header).authors == ["Marta"]
    # a lone word elsewhere in the byline (a section, a city) is not taken
    assert meta_of("<div class='post-byline'>Islands | March 3, 2016</div>").authors == []


def test_names_and_what_the_writers_are_set_apart_by_a_dash() -> None:
    raw = "By MARTA KOWAL and TOMAS BERG - AP Science Writers"
    assert clean_authors([raw], visible=True) == ["Marta Kowal", "Tomas Berg"]
    assert clean_authors(["Harbour - Fraktion Nord"]) == ["Harbour - Fraktion Nord"]  # a name with a dash stays


def test_a_companys_seat_in_the_author_tag_names_no_one() -> None:
    assert clean_authors(["Harbour Verlag GmbH, Hamburg, Germany"], publisher="Harbour Verlag") == []
    assert clean_authors(["Reuters"]) == ["Reuters"]  # an agency alone still stands


def test_a_bylines_lead_in_another_language_is_not_a_name() -> None:
    assert clean_authors(["Ein Kommentar von\nMarta Kowal"], visible=True) == ["Marta Kowal"]
    assert clean_authors(["Ludwig van der Berg"]) == ["Ludwig van der Berg"]


def test_names_before_the_bylines_date_not_the_buttons_after_it() -> None:
    header = "<div class='byline'>Marta Kowal / HARBOUR TIMES / Mar 3, 2016, 17:07 | Share | Text Size | Small</div>"
    assert meta_of(header).authors == ["Marta Kowal"]


def test_a_byline_inline_in_the_headlines_column_of_links_with_initials_written_without_spaces() -> None:
    # an old table-layout page: headline, byline and story are inline spans in one column that also holds
    # the links to the section's other stories; "K.J.Ambrose" is a name, not a lone dateline word
    links = "".join(f'<a href="/news/{n}.html">Another story about the island council number {n}</a><br>'
                    for n in range(6))  # fmt: skip
    page = (
        "<html><head><title>Ferry timetable approved</title></head><body>"
        '<div id="column"><span class="headline">Ferry timetable approved</span><br>'
        "<span class=small>By K.J.Ambrose and  Lena P. Ortiz (Staff reporters)<br><br>4 March 2009</span>"
        f"<br><span>{STORY}</span>{links}</div></body></html>"
    )
    assert extract_metadata(parse_html(page)).authors == ["K.J.Ambrose", "Lena P. Ortiz"]
