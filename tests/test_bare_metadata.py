"""Title, date and authors of pages with no structured metadata: read from what the page shows."""

from __future__ import annotations

import pytest

from newscli.extract.bylines import clean_authors
from newscli.extract.html import parse_html
from newscli.extract.metadata import PageMetadata, extract_metadata
from newscli.extract.shown_dates import short_date
from newscli.extract.url_dates import url_date

STORY = (
    "<p>The county's last covered bridge will close for repairs next spring, the highway board said on"
    " Tuesday, after inspectors found rot in two of the oak beams that carry the deck over the creek"
    " and warned that heavy trucks could no longer cross it safely.</p>"
    "<p>Residents have asked for a footpath to stay open during the work.</p>"
)


def bare(body: str, title: str = "Bridge to close for repairs | Valley Ledger", url: str = "") -> PageMetadata:
    link = f'<link rel="canonical" href="{url}">' if url else ""
    return extract_metadata(parse_html(f"<html><head><title>{title}</title>{link}</head><body>{body}</body></html>"))


# --- the headline printed on the page ---------------------------------------------------------


def test_the_printed_headline_wins_over_a_shorter_title_element() -> None:
    meta = bare(
        '<div class="masthead"><a href="/">Valley Ledger</a></div>'
        "<h1>Old covered bridge to close for repairs after inspectors find rot</h1>" + STORY,
        title="Covered bridge to close for repairs | Valley Ledger",
    )
    assert meta.title == "Old covered bridge to close for repairs after inspectors find rot"


def test_the_only_h1_is_the_headline_when_the_title_element_says_something_else() -> None:
    meta = bare("<h1>Rotten beams shut the Mill Creek crossing</h1>" + STORY, title="Bridge news - Valley Ledger")
    assert meta.title == "Rotten beams shut the Mill Creek crossing"


def test_a_logo_or_section_in_the_only_h1_is_no_headline() -> None:
    logo = bare('<h1><a href="/">The Valley Ledger Online</a></h1>' + STORY, title="Bridge shut - Valley Ledger")
    assert logo.title == "Bridge shut - Valley Ledger"
    section = bare(
        "<h1>Town Hall: news from the council</h1>" + STORY, title="Bridge shut for the winter - Town Hall - Ledger"
    )
    assert section.title != "Town Hall: news from the council"


def test_the_heading_above_the_story_when_the_page_has_many_h1s() -> None:
    meta = bare(
        "<h1>Local news</h1><h1>Weather</h1><h2>Why the Mill Creek bridge is closing for a year</h2>" + STORY,
        title="Mill Creek bridge to close | Valley Ledger",
    )
    assert meta.title == "Why the Mill Creek bridge is closing for a year"


def test_structured_headline_still_wins() -> None:
    meta = extract_metadata(
        parse_html(
            '<html><head><meta property="og:title" content="Bridge closes"><title>x</title></head>'
            "<body><h1>Rotten beams shut the Mill Creek crossing</h1>" + STORY + "</body></html>"
        )
    )
    assert meta.title == "Bridge closes"


# --- the date shown by the headline ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ('<span class="entry-date">3/21/09 4:10pm</span>', "2009-03-21"),  # only month first is a date
        ('<div class="byline">Posted: 1/14/08</div>', "2008-01-14"),
        ('<span class="posted">21/03/09</span>', "2009-03-21"),  # only day first is a date
        ('<span class="posted">03/04/09</span>', None),  # either: the page does not say which
    ],
)
def test_short_numeric_dates_in_a_date_element(line: str, iso: str | None) -> None:
    assert bare("<h1>Bridge to close for repairs</h1>" + line + STORY).published == iso


def test_a_two_way_short_date_is_read_by_a_date_the_page_writes_out() -> None:
    body = (
        '<h1>Bridge to close for repairs</h1><span class="posted">03/04/09</span>' + STORY + '<div class="comments">'
        "<p>Comment posted March 4, 2009 by a reader</p></div>"
    )
    assert bare(body).published == "2009-03-04"


def test_a_two_way_short_date_is_read_by_the_address_month() -> None:
    body = '<h1>Bridge to close for repairs</h1><span class="posted">03/04/09</span>' + STORY
    assert bare(body, url="https://ledger.example/2009/04/bridge-to-close/").published == "2009-04-03"


def test_a_short_date_after_an_update_label_is_not_the_publication() -> None:
    assert short_date("12/16/16", set, None) == "2016-12-16"
    body = '<h1>Bridge to close for repairs</h1><p class="byline">By Ann Roe | Updated 3/21/09</p>' + STORY
    assert bare(body).published is None


def test_a_plain_date_line_under_the_headline() -> None:
    body = (
        "<h1>Bridge to close for repairs</h1><div><div>Ann Roe</div><div>Tue Jan 8, 2008 4:10pm EST</div></div>" + STORY
    )
    assert bare(body).published == "2008-01-08T16:10"


def test_a_date_line_in_a_list_of_other_stories_or_after_the_story_is_not_read() -> None:
    teaser = (
        '<h1>Bridge to close for repairs</h1><div class="more"><a href="/other-story">Ferry fares go up again'
        " this winter</a><div>January 2, 2008</div></div>" + STORY
    )
    assert bare(teaser).published is None
    after = "<h1>Bridge to close for repairs</h1>" + STORY + "<div>January 2, 2008</div>"
    assert bare(after).published is None


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://ledger.example/news/2008/jan/15/bridge-closes/", "2008-01-15"),
        ("https://ledger.example/local/bridge-closes-20080115-story.html", "2008-01-15"),
        ("https://ledger.example/energy/2008/01/080115-bridge-closes/", "2008-01-15"),
        ("https://ledger.example/story/20080115/", None),  # eight digits as a directory: maybe an id
        ("https://ledger.example/local/bridge-closes-20081315-story.html", None),  # no 13th month
        ("https://ledger.example/energy/2008/01/080215-bridge-closes/", None),  # the months disagree
    ],
)
def test_dates_in_the_address(url: str, iso: str | None) -> None:
    assert url_date(url) == iso


# --- the byline ------------------------------------------------------------------------------


def test_writers_linked_to_their_pages_under_the_headline() -> None:
    body = (
        "<h1>Bridge to close for repairs</h1>"
        '<div><a href="/staff/ann-roe">Ann Roe</a> and <a href="/staff/tom-lee">Tom Lee</a></div>' + STORY
    )
    assert bare(body).authors == ["Ann Roe", "Tom Lee"]


def test_a_person_linked_to_a_topic_page_is_no_writer() -> None:
    body = '<h1>Bridge to close for repairs</h1><div><a href="/topic/ann-roe">Ann Roe</a></div>' + STORY
    assert bare(body).authors == []


def test_who_the_writer_wrote_for_is_not_part_of_the_name() -> None:
    assert clean_authors(["By Ann Roe for Example.com"], visible=True) == ["Ann Roe"]
    assert clean_authors(["Ann Roe For The Valley Ledger"], visible=True) == ["Ann Roe"]


def test_a_numeric_date_with_its_full_year_in_a_date_element() -> None:
    body = '<h1>Bridge to close for repairs</h1><h5 class="posted-date">1/15/2008 7:11 AM BY STAFF</h5>' + STORY
    assert bare(body).published == "2008-01-15"
    body = "<h1>Bridge to close for repairs</h1><time>Published on 15/01/2008 - 16:38</time>" + STORY
    assert bare(body).published == "2008-01-15"


def test_the_site_name_in_a_heading_is_no_headline() -> None:
    site = bare("<h1>Valley Ledger</h1>" + STORY, title="Bridge repairs | Valley Ledger")
    assert site.title == "Bridge repairs | Valley Ledger"
    arrow = bare(
        "<h1>Mill Creek Historical Society</h1><h2>Bridge Day</h2>" + STORY,
        title="Bridge Day › Mill Creek Historical Society",
    )
    assert arrow.title == "Bridge Day"
    near = bare("<h2>Ear Muffs!</h2><h1>Ear muffs again</h1>" + STORY, title="Ear Muffs! | Knitwear")
    assert near.title == "Ear Muffs!"  # the heading whose words are all in the <title>


def test_a_list_of_writers_laid_out_with_indentation_is_read_whole() -> None:
    items = "".join(
        f'\n{" " * 24}<li class="author-list__item">\n{" " * 28}<a href="/x/{slug}">{name}</a>,\n{" " * 24}</li>'
        for slug, name in (("ann-roe", "Ann Roe"), ("tom-lee", "Tom Lee"), ("ida-berg", "Ida Berg"))
    )
    body = f'<h1>Bridge to close for repairs</h1><ul class="author-list">{items}\n        </ul>' + STORY
    assert bare(body).authors == ["Ann Roe", "Tom Lee", "Ida Berg"]


# --- table layouts: the title element names only the site -------------------------------------


def test_an_element_named_headline_when_the_title_element_is_the_sites_name() -> None:
    meta = bare(
        '<table><tr><td><div class="headline2">Rot found in the Mill Creek covered bridge</div>'
        f"{STORY}</td></tr></table>",
        title="Valley Ledger Online",
    )
    assert meta.title == "Rot found in the Mill Creek covered bridge"


def test_a_list_of_headlines_is_no_headline_and_a_real_title_element_stands() -> None:
    meta = bare(
        '<ul class="headlines"><li>Council race heats up in the east ward</li></ul>'
        '<div class="photo-headline">Crowds gather at the county fair grounds</div>' + STORY,
        title="Covered bridge to close for repairs after rot is found",
    )
    assert meta.title == "Covered bridge to close for repairs after rot is found"


def test_a_page_without_a_title_element_takes_its_printed_headline() -> None:
    page = f"<html><head></head><body><h1>Rot shuts the Mill Creek covered bridge</h1>{STORY}</body></html>"
    assert extract_metadata(parse_html(page)).title == "Rot shuts the Mill Creek covered bridge"


def test_a_date_line_just_above_the_headline_in_its_block() -> None:
    meta = bare(
        '<div id="main"><div id="section"><h1>Local News</h1></div><div id="story"><h2>Thursday, March 13th, 2008'
        f"</h2><h1>Rot shuts the Mill Creek covered bridge</h1>{STORY}</div></div>",
        title="Valley Ledger Online",
    )
    assert meta.title == "Rot shuts the Mill Creek covered bridge"
    assert (meta.published or "").startswith("2008-03-13")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Valley Ledger Online - Covered bridge to close for repairs", "Covered bridge to close for repairs"),
        ("The Ledger : Local News : Covered bridge to close for repairs", "Covered bridge to close for repairs"),
        ("Covered bridge to close for repairs - Valley Ledger", "Covered bridge to close for repairs"),
        # a headline in title case, or two sentence-like parts: the <title> stays whole
        ("Valley Ledger - Covered Bridge To Close", "Valley Ledger - Covered Bridge To Close"),
        ("Bridge closes - and the town is cut off", "Bridge closes - and the town is cut off"),
    ],
)
def test_the_site_and_section_names_around_a_sentence_case_title_are_dropped(title: str, expected: str) -> None:
    assert bare("<div class='story'>" + STORY + "</div>", title=title).title == expected
