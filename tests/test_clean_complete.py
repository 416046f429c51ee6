"""clean never loses the article silently: pages we write in the shapes that lose it.

Paywall markup around text that is there, text hidden behind a click, structured data
saying the article is longer than the page, lists and their lead-ins, deep nesting,
pages of links, several articles on one page, and the text's canonical form.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from offsets import offset_problems
from typer.testing import CliRunner

import newscli
from newscli import cli
from newscli.errors import NoContentError
from newscli.extract import extract_article

SENTENCES = [
    "Snow came early to Harrow Hill this year, and by the second week of November the sheep were down from the "
    "upper fields.",
    "The school bus stopped running past the quarry road, so children from the top farms walked two miles to the "
    "crossroads each morning.",
    "At the village shop, Edna Parr began to ration bread to two loaves a family, the first time she had done so "
    "in thirty years.",
    "The parish council met in the church hall on Thursday and agreed to hire a second tractor with a snow plough.",
    "Farmers said the cold had already cost them more feed than the whole of last winter, and prices were rising.",
    "By Sunday the drifts on the moor road were taller than a car, and the county closed it until further notice.",
]


def article_page(body: str, head: str = "", title: str = "The long winter on Harrow Hill") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title} | Dale Gazette</title>{head}"
        f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>{body}"
        "<footer><p>Dale Gazette, 4 Market Street. All rights reserved.</p></footer></body></html>"
    )


def json_ld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The long winter on Harrow Hill"}
    data.update(fields)
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def clean(page: str) -> newscli.Article:
    return extract_article(page, "html")


# --- paywalls, hidden text, structured data --------------------------------------------------


def test_paragraphs_in_paywall_blocks_come_back_whole() -> None:
    rest = "".join(f'<p class="paywall">{sentence}</p>' for sentence in SENTENCES[1:])
    page = article_page(
        f"<article><h1>The long winter on Harrow Hill</h1><p>{SENTENCES[0]}</p>"
        f'<div class="paywall">{rest}</div></article>'
    )
    article = clean(page)
    for sentence in SENTENCES:
        assert sentence in article.text
    assert article.warnings == ()


def test_text_hidden_behind_a_read_more_button_is_kept() -> None:
    hidden = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES[2:])
    page = article_page(
        f"<article><h1>The long winter on Harrow Hill</h1><p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p>"
        f'<button>Read more</button><div class="more" style="display: none">{hidden}</div></article>'
    )
    text = clean(page).text
    assert SENTENCES[5] in text and "Read more" not in text


def test_a_hidden_full_text_that_repeats_the_shown_opening_gives_it_once() -> None:
    full = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES)
    page = article_page(
        f"<article><h1>The long winter on Harrow Hill</h1><p>{SENTENCES[0]}</p>"
        f'<a href="#more">Read the full story</a><div id="full" hidden>{full}</div></article>'
    )
    text = clean(page).text
    assert text.count(SENTENCES[0]) == 1 and SENTENCES[5] in text


def test_a_hidden_menu_stays_out() -> None:
    menu = '<ul style="display:none"><li><a href="/a">Weather</a></li><li><a href="/b">Farming</a></li></ul>'
    page = article_page(f"<article><h1>The long winter</h1>{menu}" + "".join(f"<p>{s}</p>" for s in SENTENCES))
    assert "Farming" not in clean(page).text


def test_truly_absent_text_gives_a_warning_and_a_record_entry(tmp_path: Path) -> None:
    page = article_page(
        f"<article><h1>The long winter on Harrow Hill</h1><p>{SENTENCES[0]}</p>"
        '<div class="paywall-prompt"><p>Subscribe to keep reading.</p></div></article>',
        head=json_ld(wordCount=4715, isAccessibleForFree=False),
    )
    article = clean(page)
    assert SENTENCES[0] in article.text
    assert article.warnings == ("kept 23 of ~4,700 words: the rest looks paywalled",)

    path = tmp_path / "winter.html"
    path.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["clean", str(path), "-f", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["warnings"] == ["kept 23 of ~4,700 words: the rest looks paywalled"]
    lines = result.stderr.splitlines()
    assert lines == ["newscli: warning: " + str(path) + ": kept 23 of ~4,700 words: the rest looks paywalled"]


def test_a_short_article_on_a_page_that_gives_no_count_is_not_warned_about() -> None:
    page = article_page(f"<article><h1>Road closed</h1><p>{SENTENCES[5]}</p></article>", title="Road closed")
    assert clean(page).warnings == ()


def test_a_short_text_on_a_page_that_says_it_is_paywalled_is_warned_about() -> None:
    page = article_page(
        f"<article><h1>The long winter on Harrow Hill</h1><p>{SENTENCES[0]}</p>"
        "<div class='gate'><p>Subscribe to continue reading this story.</p></div></article>"
    )
    assert clean(page).warnings == ("kept 23 words: the rest looks paywalled",)


def test_the_article_body_in_structured_data_is_found_again_in_the_page() -> None:
    # The story's lead sits in the main column; the rest of it sits in a box the page calls a sidebar.
    body = " ".join(SENTENCES)
    page = article_page(
        f"<main><h1>The long winter on Harrow Hill</h1><p>{SENTENCES[0]}</p></main>"
        '<div class="sidebar">' + "".join(f"<p>{s}</p>" for s in SENTENCES[1:]) + "</div>",
        head=json_ld(articleBody=body),
    )
    article = clean(page)
    for sentence in SENTENCES:
        assert sentence in article.text
    assert article.warnings == ()


def test_a_page_that_loads_its_text_with_a_script_gives_the_structured_article_body() -> None:
    page = article_page("<div id='app'></div>", head=json_ld(articleBody="\n".join(SENTENCES)))
    assert clean(page).text == "\n\n".join(SENTENCES)


# --- the page's own article ----------------------------------------------------------------


def test_the_post_named_by_the_title_wins_over_the_longer_next_post_below_it() -> None:
    other = [s.replace("Harrow Hill", "Copse End") for s in SENTENCES] * 3
    page = article_page(
        f"<main><article><h1>The long winter on Harrow Hill</h1>{''.join(f'<p>{s}</p>' for s in SENTENCES[:4])}"
        f"<div class='next-post'><h1>Floods at Copse End</h1>{''.join(f'<p>{s}</p>' for s in other)}</div>"
        "</article></main>"
    )
    text = clean(page).text
    assert SENTENCES[3] in text and "Copse End" not in text


# --- structure inside the article ------------------------------------------------------------


def test_a_list_is_kept_with_its_lead_in() -> None:
    items = "".join(f"<li>{item}</li>" for item in ("two loaves a family", "one bag of flour", "no fresh milk"))
    page = article_page(
        f"<article><h1>The long winter on Harrow Hill</h1><p>{SENTENCES[0]}</p><p>{SENTENCES[2]}</p>"
        f"<p>The shop's rules for the week:</p><ul>{items}</ul><p>{SENTENCES[3]}</p><p>{SENTENCES[4]}</p></article>"
    )
    lines = clean(page).text.split("\n\n")
    start = lines.index("The shop's rules for the week:")
    assert lines[start + 1 : start + 4] == ["two loaves a family", "one bag of flour", "no fresh milk"]


def test_a_list_of_links_goes_with_its_lead_in() -> None:
    links = "".join(
        f"<li><a href='/s{n}'>Council votes on new plan for the moor road number {n}</a></li>" for n in range(4)
    )
    page = article_page(
        "<article><h1>The long winter on Harrow Hill</h1>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
        + f"<p>Read more about it:</p><ul>{links}</ul>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES[3:])
        + "</article>"
    )
    text = clean(page).text
    assert SENTENCES[5] in text
    assert "Read more about it" not in text and "moor road number" not in text


def test_definition_lists_and_simple_tables_come_out_as_lines() -> None:
    page = article_page(
        "<article><h1>The long winter on Harrow Hill</h1>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
        + "<h2>Questions and answers</h2><dl><dt>Is the moor road open?</dt><dd>No, not until the thaw.</dd></dl>"
        + "<table><tr><th>Day</th><th>Snow (cm)</th></tr><tr><td>Monday</td><td>14</td></tr></table>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES[3:])
        + "</article>"
    )
    lines = clean(page).text.split("\n\n")
    for line in ("Is the moor road open?", "No, not until the thaw.", "Day | Snow (cm)", "Monday | 14"):
        assert line in lines


# --- the text's canonical form -----------------------------------------------------------------


def test_text_is_normalised_and_offsets_into_it_stay_exact() -> None:
    decomposed = unicodedata.normalize("NFD", "Jürgen Müller")
    paragraph = (
        f"The mayor, {decomposed}, said the Wehr\u00adanlage\u200b would reopen on 3\u00a0March after repairs "
        "costing 2.4 million euros, and that the town had paid for them from its reserves."
    )
    page = article_page(f"<article><h1>Weir to reopen</h1><p>{paragraph}</p><p>{SENTENCES[3]}</p></article>")
    text = clean(page).text
    assert "Jürgen Müller" in text and unicodedata.is_normalized("NFC", text)
    assert "Wehranlage would reopen on 3 March" in text
    assert not any(char in text for char in "\u00ad\u200b\u00a0")

    report = newscli.analyze(page)
    assert report.article.text == text
    assert offset_problems(report) == []


def test_raw_text_passes_through_unchanged() -> None:
    text = "Wehr\u00adanlage\u00a0news"
    assert extract_article(text, "text", raw=True).text == text


# --- metadata ------------------------------------------------------------------------------------


def test_authors_come_from_rel_author_when_nothing_structured_names_them() -> None:
    page = article_page(
        "<article><h1>The long winter on Harrow Hill</h1>"
        "<p class='meta'>By <a rel='author' href='/people/ruth-amsel'>Ruth Amsel</a></p>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES)
        + "</article>"
    )
    assert clean(page).authors == ("Ruth Amsel",)


def test_bracketed_asides_are_trimmed_from_author_names() -> None:
    page = article_page(
        "<article><h1>The long winter</h1>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</article>",
        head='<meta name="author" content="By Tomas Reyes (www.dalegazette.example)">',
    )
    assert clean(page).authors == ("Tomas Reyes",)


def test_a_bare_bold_byline_opening_the_body_is_the_author() -> None:
    page = article_page(
        "<article><h1>The long winter on Harrow Hill</h1><p><strong>Ruth Amsel</strong></p>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES)
        + "</article>"
    )
    article = clean(page)
    assert article.authors == ("Ruth Amsel",)
    assert "Ruth Amsel" not in article.text


def test_the_shown_headline_wins_over_a_cut_one_in_structured_data_and_the_url_is_the_canonical_one() -> None:
    shown = "The long winter on Harrow Hill: how a village kept going through six weeks of snow"
    page = article_page(
        f"<article><h1>{shown}</h1>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</article>",
        head=json_ld(headline="The long winter on Harrow Hill: how a village kept going...")
        + '<link rel="canonical" href="https://dalegazette.example/2024/winter">'
        + '<meta property="og:url" content="https://dalegazette.example/og/winter">',
    )
    article = clean(page)
    assert article.title == shown
    assert article.url == "https://dalegazette.example/2024/winter"


# --- pages that are not one article ----------------------------------------------------------


@pytest.mark.parametrize("depth", [300, 3000])
def test_text_nested_deeper_than_the_parser_limit_is_kept(depth: int) -> None:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES)
    page = article_page("<div>" * depth + f"<article><h1>Deep</h1>{story}</article>" + "</div>" * depth)
    text = clean(page).text
    assert text.split("\n\n") == SENTENCES


def test_a_page_of_links_is_no_article() -> None:
    links = "".join(
        f"<div class='item'><h3><a href='/s{n}'>Snow closes the moor road again, day {n} of the winter</a></h3>"
        f"<span>{n} January</span></div>"
        for n in range(1, 60)
    )
    with pytest.raises(NoContentError, match="only links") as caught:
        clean(article_page(f"<main><h1>Archive</h1>{links}</main>", title="Archive"))
    assert "--raw" not in str(caught.value)


def test_the_no_text_advice_fits_the_input() -> None:
    with pytest.raises(NoContentError, match="pass --raw"):
        extract_article("Home\nMenu\nLog in\n", "text")
    with pytest.raises(NoContentError) as caught:
        extract_article("<html><body><script>app()</script></body></html>", "html", raw=True)
    assert "--raw" not in str(caught.value)
