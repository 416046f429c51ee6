"""Page metadata from JSON-LD, OpenGraph, <meta>, <time> and bylines; None rather than a guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscli.extract import extract_article
from newscli.extract.bylines import clean_authors
from newscli.extract.html import parse_html
from newscli.extract.metadata import PageMetadata, extract_metadata

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def meta_of(head: str, body: str = "", html_attributes: str = "") -> PageMetadata:
    return extract_metadata(parse_html(f"<html {html_attributes}><head>{head}</head><body>{body}</body></html>"))


# --- the sample pages ------------------------------------------------------------------------


def test_news_page_metadata_from_opengraph_and_meta() -> None:
    article = extract_article((SAMPLES / "news-page.html").read_text(encoding="utf-8"), "html")
    assert article.title == "Night trains return to the valley line after 12 years"
    assert article.published == "2024-09-03T06:45:00+02:00"
    assert article.authors == ("Ines Okafor", "Pavel Lindqvist")
    assert article.publisher == "The Lowland Courier"
    assert article.language == "en"


def test_jsonld_graph_with_people_and_a_trailing_comma() -> None:
    meta = extract_metadata(parse_html((SAMPLES / "jsonld-blog-post.html").read_text(encoding="utf-8")))
    assert meta.title == "What a year of rooftop beekeeping taught us"
    assert meta.published == "2024-06-21T08:30:00+00:00"
    assert meta.authors == ["Amara Nwosu", "Tobias Grün"]
    assert meta.publisher == "Field Notes"
    assert meta.language == "en"


def test_windows_1252_page_title_loses_the_site_name_by_its_h1() -> None:
    raw = (SAMPLES / "windows-1252-page.html").read_bytes().decode("cp1252")
    meta = extract_metadata(parse_html(raw))
    assert meta.title == "La fête du cidre attire un public record"
    assert meta.published == "2024-10-13"
    assert meta.authors == ["Claire Lefèvre"]
    assert meta.publisher is None  # the page never names itself outside the title
    assert meta.language == "fr"


# --- sources ---------------------------------------------------------------------------------


def test_jsonld_beats_meta_tags() -> None:
    meta = meta_of(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "From JSON-LD",'
        ' "datePublished": "2023-02-01T09:00:00Z", "author": {"@type": "Person", "name": "Rui Costa"},'
        ' "publisher": {"@type": "Organization", "name": "Daily Lantern"}}</script>'
        '<meta property="og:title" content="From OpenGraph">'
        '<meta property="article:published_time" content="2020-01-01">'
        '<meta name="author" content="Someone Else">'
    )
    assert (meta.title, meta.published, meta.authors) == ("From JSON-LD", "2023-02-01T09:00:00Z", ["Rui Costa"])
    assert meta.publisher == "Daily Lantern"


def test_jsonld_of_another_content_type_still_gives_a_date() -> None:
    meta = meta_of(
        '<script type="application/ld+json">[{"@type": "Organization", "name": "Check Desk"},'
        ' {"@type": "ClaimReview", "datePublished": "2022-07-04", "author": {"@type": "Organization",'
        ' "name": "Check Desk"}}]</script><meta property="og:site_name" content="Check Desk">'
    )
    assert meta.published == "2022-07-04"
    assert meta.authors == []  # the site itself is not an author


def test_broken_jsonld_is_ignored() -> None:
    meta = meta_of(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><title>Plain</title>'
    )
    assert meta.title == "Plain"


def test_time_element_and_itemprop_dates() -> None:
    assert meta_of("", '<time datetime="2021-03-04T05:06">4 March</time>').published == "2021-03-04T05:06"
    assert meta_of("", '<span itemprop="datePublished" content="2019-12-31">Dec 31</span>').published == "2019-12-31"
    assert meta_of('<meta name="date" content="Nov. 18, 2019, 4:06 p.m.">').published == "2019-11-18T16:06"


def test_visible_byline_when_nothing_structured_names_anyone() -> None:
    meta = meta_of("", '<div class="byline">By <a rel="author">Ana Lima</a><br>Published 10:42 AM, May 2, 2024</div>')
    assert meta.authors == ["Ana Lima"]


def test_html_entities_in_meta_tags_are_decoded() -> None:
    meta = meta_of('<meta property="og:title" content="Bread &amp;#8211; and roses &amp; more">')
    assert meta.title == "Bread – and roses & more"


def test_site_name_suffix_is_removed_from_the_title() -> None:
    site = '<meta property="og:site_name" content="The Harbour Times">'
    meta = meta_of("<title>Ferry fares rise again | The Harbour Times</title>" + site)
    assert meta.title == "Ferry fares rise again"
    meta = meta_of("<title>Opinion | Why the ferry matters</title>")
    assert meta.title == "Opinion | Why the ferry matters"  # a section prefix is part of the headline


@pytest.mark.parametrize(
    "title",
    ["Ferry fares: what changes in May :: The Harbour Times", "Ferry fares: what changes in May » The Harbour Times",
     "Ferry fares: what changes in May|The Harbour Times"],
)  # fmt: skip
def test_every_title_separator_sets_the_site_name_apart(title: str) -> None:
    site = '<meta property="og:site_name" content="The Harbour Times">'
    assert meta_of(f"<title>{title}</title>{site}").title == "Ferry fares: what changes in May"


def test_language_from_html_lang_or_og_locale() -> None:
    assert meta_of("", "", 'lang="pt-BR"').language == "pt"
    assert meta_of('<meta property="og:locale" content="de_DE">').language == "de"
    assert meta_of("", "", 'lang="x-klingon-variant"').language is None


# --- None rather than a guess ------------------------------------------------------------------


def test_a_page_without_metadata_gives_nothing() -> None:
    meta = meta_of("", "<p>Just text.</p>")
    assert meta == PageMetadata()


@pytest.mark.parametrize(
    ("head", "field", "expected"),
    [
        ('<meta name="author" content="admin">', "authors", []),
        ('<meta name="author" content="https://example.org/staff/ana">', "authors", []),
        ('<meta name="twitter:site" content="@harbourtimes">', "publisher", None),
        ('<meta name="application-name" content="WordPress">', "publisher", None),
        ('<meta property="article:published_time" content="0001-01-01T00:00:00Z">', "published", None),
        ('<meta name="date" content="sometime soon">', "published", None),
        ('<meta property="article:published_time" content="2021-02-30T09:00:00Z">', "published", None),
        ('<meta name="date" content="32019110305">', "published", None),  # an id, not 1911-03-05
    ],
)
def test_no_guessing(head: str, field: str, expected: object) -> None:
    assert getattr(meta_of(head), field) == expected


def test_publisher_given_as_a_url_becomes_its_host() -> None:
    assert meta_of('<meta property="og:site_name" content="https://www.islandnews.example">').publisher == (
        "islandnews.example"
    )


# --- byline cleaning -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("By LISA MASCARO and ERIC TUCKER", ["Lisa Mascaro", "Eric Tucker"]),
        ("Analysis by Chris Hollis, Harbour Times Editor-at-large", ["Chris Hollis"]),
        ("Bryan Dale @BryanDale Nov 18", ["Bryan Dale"]),
        ("Jeff MorrowMonday, November 18, 2019", ["Jeff Morrow"]),
        ("DANA KIRK and JILL LAWSONAssociated Press", ["Dana Kirk", "Jill Lawson"]),
        ("Sarah E. Needham", ["Sarah E. Needham"]),
        ("Ilana Marsh, MS, RDN", ["Ilana Marsh"]),
        ("Tom Reyes, AP Auto Writer", ["Tom Reyes"]),
        ("Finn Carroll. Island Radio International", ["Finn Carroll"]),
        ("kevin-r", []),
        ("rmb8090", []),
        ("Staff Reports", []),
        ("The Northern and Southern defense ministries", []),
        ("Ludwig van der Berg", ["Ludwig van der Berg"]),
        ("Reuters", ["Reuters"]),  # an agency byline stands when no person is named
        ("Dejan Kovac and Amara Kumar", ["Dejan Kovac", "Amara Kumar"]),  # "jan", "mar" inside names
        ("Amara KumarNov. 18, 2019", ["Amara Kumar"]),
        ("By Rosa May", ["Rosa May"]),
        ("By Rosa May May 4, 2021", ["Rosa May"]),
        ("Door Pieter Smeets", ["Pieter Smeets"]),
        ("Af Lars Holm", ["Lars Holm"]),
    ],
)
def test_clean_authors(raw: str, names: list[str]) -> None:
    assert clean_authors([raw]) == names


def test_the_publisher_is_not_an_author() -> None:
    assert clean_authors(["Harbour Times"], publisher="The Harbour Times") == []
    assert clean_authors(["Ana Lima", "Harbour Times"], publisher="harbourtimes") == ["Ana Lima"]


def test_visible_bylines_need_two_words() -> None:
    assert clean_authors(["Washington"], visible=True) == []
    assert clean_authors(["Washington"]) == ["Washington"]


def test_one_author_tag_per_writer_gives_every_writer_but_not_a_pictures_credit() -> None:
    meta = meta_of(
        '<meta name="author" content="Ines Okafor"><meta name="author" content="Pavel Lindqvist">'
        '<meta itemprop="author" content="Jo Marsh | Harbour Photo Agency | Getty Images">'
    )
    assert meta.authors == ["Ines Okafor", "Pavel Lindqvist"]
