"""The published date from every place a page keeps it, and none rather than a wrong one."""

from __future__ import annotations

import pytest

from newscli.extract import extract_article
from newscli.extract.html import parse_html
from newscli.extract.metadata import extract_metadata
from newscli.extract.pubdate import dateline_date

STORY = (
    "<p>The harbour authority approved the new ferry timetable on a narrow vote after two hours of debate"
    " in the council chamber, with several members asking for more evening sailings.</p>"
    "<p>Residents of the outer islands had campaigned for the change for three years, saying the last boat"
    " left too early for anyone working a late shift on the mainland.</p>"
)


def published(head: str = "", body: str = "") -> str | None:
    return extract_metadata(parse_html(f"<html><head>{head}</head><body>{body}</body></html>")).published


def page(header: str, *, head: str = "", before: str = "") -> str:
    """A page with a site header, the article's headline block and two paragraphs."""
    return (
        f"<html><head><title>Ferry timetable approved</title>{head}</head><body>{before}"
        f"<article><header><h1>Ferry timetable approved</h1>{header}</header>{STORY}</article></body></html>"
    )


# --- structured data ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ('<meta name="article_date_original" content="Thursday, June 8, 2017,  2:37 PM">', "2017-06-08T14:37"),
        ('<meta name="article:publicationdate" content="Sat Oct 21 08:05:44 EST 2017">', "2017-10-21T08:05:44"),
        ('<meta name="citation_publication_date" content="2019/05/02">', "2019-05-02"),
        ('<meta property="og:published_time" content="2021-06-01T08:00:00Z">', "2021-06-01T08:00:00Z"),
        ('<meta name="dcterms.issued" content="2018-11-30">', "2018-11-30"),
    ],
)
def test_less_common_publication_meta_tags(head: str, iso: str) -> None:
    assert published(head) == iso


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:updated_time" content="2021-06-03T10:00:00Z">',
        '<meta property="article:modified_time" content="2021-06-03T10:00:00Z">',
        '<meta name="last-modified" content="2021-06-03">',
        '<meta name="copyright" content="Copyright 2021 The Harbour Times">',
    ],
)
def test_a_modified_time_or_a_copyright_year_is_no_publication_date(head: str) -> None:
    assert published(head) is None


def test_an_embedded_videos_upload_day_loses_to_the_articles_meta_date() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "VideoObject", "name": "Harbour at dawn",'
        ' "uploadDate": "2021-04-10T07:00:00Z"}</script>'
        '<meta name="pubdate" content="2021-06-01T08:00:00Z">'
    )
    assert published(head) == "2021-06-01T08:00:00Z"


def test_a_records_creation_day_loses_to_the_timestamp_by_the_headline() -> None:
    # a CMS migration stamped dateCreated years after the story ran
    head = '<meta itemprop="dateCreated" content="2020-02-11T10:00:00+01:00">'
    html = page('<div class="article-date">03.09.2014, 08:40</div>', head=head)
    assert extract_metadata(parse_html(html)).published == "2014-09-03T08:40"
    assert published(head) == "2020-02-11T10:00:00+01:00"  # when nothing better says, it is the date


# --- the address -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://news.example.org/world/ferry-timetable/2016/05/12/a1b2c3_story.html", "2016-05-12"),
        ("https://news.example.org/2016/5/2/ferry-timetable", "2016-05-02"),
        ("https://news.example.org/local/2016-05-12-ferry-timetable", "2016-05-12"),
        ("https://news.example.org/2016/05/ferry-timetable.html", None),  # year and month only
        ("https://news.example.org/news/20160512/ferry-timetable", None),  # eight digits may be an id
        ("https://news.example.org/ferry?date=2016/05/12", None),  # not the page's path
        ("https://news.example.org/2016/02/30/ferry-timetable", None),  # no such day
    ],
)
def test_a_full_date_in_the_canonical_url(url: str, iso: str | None) -> None:
    assert published(f'<link rel="canonical" href="{url}">') == iso


def test_the_day_from_the_url_takes_the_time_shown_for_that_day() -> None:
    head = '<link rel="canonical" href="https://news.example.org/2016/05/12/ferry-timetable">'
    html = page('<span class="timestamp">Posted May 12, 2016 at 4:08 pm</span>', head=head)
    assert extract_metadata(parse_html(html)).published == "2016-05-12T16:08"


# --- the timestamp by the headline ------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "iso"),
    [
        ('<span class="post-dates">posted on May 9, 2018, at 10:14 a.m.</span>', "2018-05-09T10:14"),
        ('<ul><li class="date-and-time" title="2017-09-02T18:30:00+10:00">September 2, 2017 6:30PM</li></ul>',
         "2017-09-02T18:30:00+10:00"),
        ('<div class="byline">By Ana Lima<br>on January 17, 2018 at 3:12 PM</div>', "2018-01-17T15:12"),
        ('<p class="meta">Published: 19:40, 3 Feb 2022 | Updated: 08:15, 5 Feb 2022</p>', "2022-02-03"),
        ('<div class="meta">By Ana Lima, City DeskUpdated 0712 GMT April 4, 2018</div>', None),
        ('<time class="updated" datetime="2018-04-05T07:12:00Z">Apr 5</time>', None),
        # WordPress wraps the post's own time in its permalink
        ('<a href="https://news.example.org/ferry-timetable/" rel="bookmark">'
         '<time class="entry-date published" datetime="2018-04-09T07:21:00+00:00">April 9, 2018</time></a>',
         "2018-04-09T07:21:00+00:00"),
    ],
)  # fmt: skip
def test_the_publication_time_shown_by_the_headline(header: str, iso: str | None) -> None:
    head = '<link rel="canonical" href="https://news.example.org/ferry-timetable/">'
    assert extract_metadata(parse_html(page(header, head=head))).published == iso


@pytest.mark.parametrize(
    "before",
    [
        '<div class="site-header"><span class="site-header__date">Monday, 4 June 2018</span></div>',
        '<div class="top"><time datetime="2018-06-04">Today: 4 Jun 2018</time></div>',
    ],
)
def test_the_sites_date_of_today_is_not_the_articles(before: str) -> None:
    assert extract_metadata(parse_html(page("", before=before))).published is None


def test_dates_of_other_stories_captions_and_comments_are_not_the_articles() -> None:
    header = (
        '<figure><img src="dawn.jpg"><figcaption class="caption-time">The ferry leaves the harbour'
        " at dawn on the first morning of the trial timetable, June 2, 2013</figcaption></figure>"
        '<ul class="more"><li><a href="/other-story"><span class="date">May 3, 2016</span> Bridge opens</a></li></ul>'
        '<div class="comments"><div class="comment-meta">Ravi says: April 10, 2018 at 9:02 am</div></div>'
    )
    assert extract_metadata(parse_html(page(header))).published is None


def test_a_lone_time_element_gives_its_day_and_disagreeing_ones_give_none() -> None:
    assert published(body='<p>Story</p><time datetime="2021-03-04T05:06">4 March</time>') == "2021-03-04T05:06"
    two = '<time datetime="2021-03-04">4 March</time><time datetime="2021-02-11">11 February</time>'
    assert published(body=two) is None


# --- a dateline opening the article ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Nov. 14, 2016 -- The harbour authority approved the timetable.", "2016-11-14"),
        ("WASHINGTON, March 3, 2016 — The senate voted on the bill.", "2016-03-03"),
        ("Reviewed by the desk\n\nJune 9, 2020 -- Ferry fares rise again.", "2020-06-09"),
        ("LONDON (Reuters) - Monday, 4 May 2020: Shares rose.", "2020-05-04"),
        ("On March 3, 2016 — a Thursday — the senate voted on the bill.", None),  # a sentence
        ("The council met. March 3, 2016 - the vote.", None),  # not at the opening
        ("March 3, 2016 was the day the senate voted.", None),  # no dash after the date
    ],
)
def test_dateline_dates(text: str, iso: str | None) -> None:
    assert dateline_date(text) == iso


def test_a_pages_dateline_gives_the_date_when_the_markup_has_none() -> None:
    html = (
        "<html><head><title>Fares to rise</title></head><body><div class='article'><h1>Fares to rise</h1>"
        "<p>Nov. 14, 2016 -- Ferry fares will rise by a tenth next spring, the operator told the island"
        " council, blaming the cost of fuel and of a second crew.</p>" + STORY + "</div></body></html>"
    )
    assert extract_article(html, "html").published == "2016-11-14"


def test_a_publication_key_in_script_data_when_it_names_one_day() -> None:
    one = '<script>var page = {section: "Local", published: "2018-03-07 16:02:11", kind: "story"};</script>'
    assert published(one) == "2018-03-07T16:02:11"
    listing = (
        '<script>window.state = {"stories": [{"publishedAt": "2019-11-18T10:00:00Z"},'
        ' {"publishedAt": "2019-11-12T08:00:00Z"}]};</script>'
    )
    assert published(listing) is None  # the dates of the stories a page lists, not its own


def test_a_german_as_of_stamp_is_an_update_and_the_publication_beside_it_is_taken() -> None:
    header = '<p class="meta">Stand: 14.03.2016 18:02 Uhr | Veröffentlicht: 12.03.2016 09:15 Uhr</p>'
    assert extract_metadata(parse_html(page(header))).published == "2016-03-12T09:15"


# --- hAtom markup (class hentry): `published`, or `updated` when the entry marks nothing else ------


def hatom_page(header: str, entry_class: str = "post hentry") -> str:
    return (
        "<html><head><title>Ferry timetable approved</title></head><body>"
        f'<article class="{entry_class}"><header><h1>Ferry timetable approved</h1>{header}</header>'
        f"{STORY}</article></body></html>"
    )


def test_an_hatom_entry_whose_only_time_is_marked_updated_gives_its_date() -> None:
    header = '<time class="meta__time updated" datetime="2016-03-09T11:20:00-05:00">Today 11:20am</time>'
    assert published(body=hatom_page(header)) == "2016-03-09T11:20:00-05:00"
    # outside an hAtom entry, a time named "updated" is still a modified time
    assert published(body=hatom_page(header, entry_class="post")) is None


def test_an_hatom_entry_with_a_published_time_ignores_its_updated_one() -> None:
    header = (
        '<time class="updated" datetime="2016-03-12T08:00:00">March 12</time>'
        '<time class="entry-date published" datetime="2016-03-09T11:20:00">March 9</time>'
    )
    assert published(body=hatom_page(header)) == "2016-03-09T11:20:00"


@pytest.mark.parametrize(
    ("shown", "iso"),
    [
        ('<span class="published" title="3/24/2012 6:05:12 AM"> 3/24/2012 1:05 AM</span>', "2012-03-24"),
        ('<span class="published" title="24/03/2012 06:05">24/03/2012</span>', "2012-03-24"),
        ('<span class="published" title="5/6/2012 6:05:12 AM">5/6/2012</span>', None),  # May 6 or 5 June
    ],
)
def test_an_hatom_published_time_in_numbers_is_read_when_only_one_order_is_a_date(shown: str, iso: str | None) -> None:
    assert published(body=hatom_page(f'<span class="articleDate">Published: {shown}</span>')) == iso
