"""HTML article extraction on pages we write ourselves: must-contain / must-not-contain."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from newscli.extract import extract_article, html
from newscli.extract.html.boilerplate import prune
from newscli.extract.html.choose import choose
from newscli.extract.html.common import Block, Candidate
from newscli.extract.html.filter import filter_blocks
from newscli.extract.html.render import render_blocks

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

PROSE = (
    "The regional water board confirmed on Thursday that the reservoir above Millbrook had fallen to "
    "its lowest level since records began, and asked households to cut their use by a fifth."
)


def text_of(page: str) -> str:
    return html.extract_text(html.parse_html(page))


def page(body: str, head: str = "<title>Reservoir hits record low | Valley Post</title>") -> str:
    return f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def body_of(markup: str) -> lxml.html.HtmlElement:
    body = lxml.html.document_fromstring(f"<html><body>{markup}</body></html>").find("body")
    assert body is not None
    return body


def paragraphs(count: int, start: int = 1) -> str:
    return "".join(
        f"<p>Paragraph {n} of the story. {PROSE} Officials said more measures, including bans, could follow.</p>"
        for n in range(start, start + count)
    )


# --- the sample pages -------------------------------------------------------------------


def test_news_page_keeps_the_article_and_drops_the_furniture() -> None:
    article = extract_article((SAMPLES / "news-page.html").read_text(encoding="utf-8"), "html")
    text = article.text
    for kept in (
        "The first overnight service in more than a decade left Aldmoor at 22:10",
        "Tickets start at 39 euros for a seat",
        "Why now",  # subheading
        "a leasing deal for twelve refurbished sleeper carriages,",  # list item
        "Slept like a log, woke up to the sea.",  # embedded post
        "The service runs four nights a week until December and daily from the spring.",
    ):
        assert kept in text
    for dropped in (
        "cookies",
        "Share on Facebook",
        "Photo: Ruth Ambler",
        "refurbished sleeper carriage waits at Aldmoor depot",  # caption
        "Advertisement",
        "Read more",
        "Ferry timetable cut",
        "Sign up for our newsletter",
        "Morning Brief",
        "Additional reporting",
        "Tags:",
        "48 comments",
        "Related stories",
        "Bus lanes for the ring road",
        "Great news, I used to take",  # reader comment
        "All rights reserved",
        "Operators bet that travellers",  # standfirst
        "Night trains return",  # headline
        "Published 3 September",
        "By Ines Okafor",
        "Log in",
    ):
        assert dropped not in text, dropped


def test_paragraphs_are_separated_by_one_blank_line_and_source_newlines_are_spaces() -> None:
    text = extract_article((SAMPLES / "news-page.html").read_text(encoding="utf-8"), "html").text
    assert "\n\n\n" not in text
    assert "morning. Tickets start at 39 euros" in text  # a newline in the markup is a space
    first, second = text.split("\n\n")[:2]
    assert first.startswith("The first overnight") and second.startswith("The train, run by")


def test_windows_1252_page_decoded_by_the_cli_layer_is_cleaned() -> None:
    raw = (SAMPLES / "windows-1252-page.html").read_bytes()
    text = text_of(raw.decode("cp1252"))
    assert "Plus de 9\u00a0000 visiteurs" in text or "Plus de 9 000 visiteurs" in text
    assert "à 5 € pièce" in text.replace("\u00a0", " ")
    assert "deux fois plus de verres." in text
    for dropped in ("Accueil", "Partager", "tous droits réservés", "Publié le"):
        assert dropped not in text


def test_post_followed_by_teaser_posts_gives_the_post_only() -> None:
    text = text_of((SAMPLES / "jsonld-blog-post.html").read_text(encoding="utf-8"))
    assert text.startswith("Last spring we carried two hives")
    assert text.endswith("see them through a mild winter.")
    assert "Compost" not in text and "seed swap" not in text and "allotment neighbours" not in text


# --- DOM evidence ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attributes", "expected"),
    [
        ('class="share-bar"', "hard"),
        ('class="relatedLinks"', "hard"),
        ('id="newsletter-signup"', "hard"),
        ('class="wp-caption-text"', "hard"),
        ('class="ad-slot"', "hard"),
        ('class="l-sidebar"', "hard"),
        ('class="l-sidebar l-article-body"', None),  # a content word overrules a layout word
        ('class="byline__date"', "hard"),
        ('class="timestamp"', "soft"),
        ('class="commentary-body"', None),  # opinion columns are not comment threads
        ('class="story-body"', None),
        ("", None),
    ],
)
def test_class_vocabulary(attributes: str, expected: str | None) -> None:
    """Hard words remove a block whatever it holds, soft words a short one without prose."""
    short = "<div {}>Updated 5 min ago</div>"
    prose = "<div {}><p>Paragraph 0 of the story, set apart. " + PROSE + "</p></div>"
    removed = []
    for probe in (short, prose):
        tree = lxml.html.fromstring(f"<div>{paragraphs(6)}{probe.format(attributes)}</div>")
        prune(tree)
        removed.append("Updated 5 min ago" not in tree.text_content() and "Paragraph 0" not in tree.text_content())
    assert removed == {"hard": [True, True], "soft": [True, False], None: [False, False]}[expected]


def test_prune_keeps_a_misnamed_article_wrapper() -> None:
    tree = lxml.html.fromstring(
        f"<div><div class='post-share-wrapper'>{paragraphs(6)}</div><div class='share-tools'>Share</div></div>"
    )
    prune(tree)
    text = tree.text_content()
    assert "Paragraph 6 of the story" in text and "Share" not in text.replace("share", "")


def test_soft_words_only_remove_short_blocks() -> None:
    tree = lxml.html.fromstring(
        f"<div><div class='date'>May 3, 2024</div><div class='meta'>{paragraphs(3)}</div>{paragraphs(3, 4)}</div>"
    )
    prune(tree)
    assert "May 3, 2024" not in tree.text_content()
    assert "Paragraph 1 of the story" in tree.text_content()


def test_hidden_elements_scripts_and_styles_never_reach_the_text() -> None:
    text = text_of(
        page(
            "<article>"
            + paragraphs(3)
            + "<div style='display:none'>Hidden promo</div><p hidden>Also hidden</p>"
            + "<div aria-hidden='true'>Screen furniture</div><script>var x = 'script text';</script>"
            + "<style>.a{}</style><noscript>Enable JavaScript</noscript></article>"
        )
    )
    assert "Paragraph 3" in text
    for dropped in ("Hidden promo", "Also hidden", "Screen furniture", "script text", "Enable JavaScript"):
        assert dropped not in text


def test_a_form_wrapping_the_whole_page_is_not_removed() -> None:
    text = text_of(page("<form id='aspnetForm'><div class='main'>" + paragraphs(4) + "</div></form>"))
    assert "Paragraph 4 of the story" in text


def test_embedded_tweet_is_kept_as_a_quote() -> None:
    body = (
        "<article>"
        + paragraphs(3)
        + "<div class='embed-twitter social-media-embed'><blockquote class='twitter-tweet'><p>The reservoir "
        "is so low you can see the old church spire again.</p>&mdash; Local Walker (@walker) "
        "<a href='https://t.example/1'>May 2, 2024</a></blockquote></div>" + paragraphs(2, 4) + "</article>"
    )
    text = text_of(page(body))
    assert "you can see the old church spire again" in text
    assert "Paragraph 5" in text


# --- text evidence ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Council to vote on hosepipe ban",
        "RELATED: Ten ways to save water at home",
        "[Related: The dry summer in pictures]",
        "(Reporting by Ana Silva; Editing by Tom Brown)",
        "Additional reporting by Hanna Ruiz",
        "Jane Doe contributed to this report.",
        "Sign up for our newsletter to get the best stories in your inbox.",
        "Click here to download our app.",
        "Photo: Getty Images",
        "(Image: Reuters)",
        "Image 2 of 5",
        "Advertisement",
        "Share this article",
        "12 comments",
        "Tags: drought, water, Millbrook",
        "You may also like",
    ],
)
def test_furniture_lines_are_dropped(line: str) -> None:
    blocks = [Block("p", PROSE), Block("p", line), Block("p", PROSE + " Again.")]
    assert [b.text for b in filter_blocks(blocks)] == [PROSE, PROSE + " Again."]


@pytest.mark.parametrize(
    "line",
    ["Most viewed", "Top stories", "Mais lidas", "Skip to main content", "Photos © Lena Park, 2021",
     "Todos los derechos reservados.", "Mehr zum Thema: Dürre im Tal"],
)  # fmt: skip
def test_furniture_and_notices_the_text_cleaner_knows_are_dropped(line: str) -> None:
    blocks = [Block("p", PROSE), Block("p", line), Block("p", PROSE + " Again.")]
    assert [b.text for b in filter_blocks(blocks)] == [PROSE, PROSE + " Again."]


@pytest.mark.parametrize(
    "line",
    ["UP NEXT", "The names of the drivers may not be published until their families have been told."],
)
def test_subheads_and_prose_that_only_sound_like_furniture_stay(line: str) -> None:
    blocks = [Block("p", PROSE), Block("p", line), Block("p", PROSE + " Again.")]
    assert [b.text for b in filter_blocks(blocks)] == [PROSE, line, PROSE + " Again."]


def test_prose_that_starts_like_a_credit_line_stays() -> None:
    line = "Contact tracing teams at the hospital worked through the night to reach every visitor."
    blocks = [Block("p", PROSE), Block("p", line)]
    assert [b.text for b in filter_blocks(blocks)] == [PROSE, line]
    blocks = [Block("p", PROSE), Block("p", "Write to Ana Lima at ana.lima@example.org")]
    assert [b.text for b in filter_blocks(blocks)] == [PROSE]


def test_a_quoted_block_is_never_judged_as_furniture() -> None:
    blocks = [Block("p", PROSE), Block("blockquote", "Sign up for our newsletter!", in_quote=True)]
    assert len(filter_blocks(blocks)) == 2


@pytest.mark.parametrize("byline", ["By Sam Field", "Door Sam Field", "Af Sam Field", "Written by Sam Field"])
def test_bylines_above_the_text_in_every_language_are_dropped(byline: str) -> None:
    blocks = [Block("p", byline), Block("p", "Sat, May 4, 2024"), Block("p", PROSE)]
    assert [b.text for b in filter_blocks(blocks)] == [PROSE]


def test_headline_byline_and_dateline_above_the_text_are_dropped() -> None:
    blocks = [
        Block("h1", "Reservoir hits record low"),
        Block("p", "By Sam Field"),
        Block("p", "Updated 10:42 am, Thursday, May 2, 2024"),
        Block("p", PROSE),
    ]
    kept = filter_blocks(blocks, title="Reservoir hits record low | Valley Post")
    assert [b.text for b in kept] == [PROSE]


def test_a_run_of_linked_headlines_is_dropped_but_a_single_link_line_stays() -> None:
    teaser = "Farmers count the cost of the dry spring"
    blocks = [
        Block("p", PROSE),
        Block("p", "Full report on the water board website", link_chars=38),
        Block("p", PROSE + " More."),
        Block("li", teaser, link_chars=len(teaser)),
        Block("li", "Hosepipe ban: what you can and cannot do", link_chars=40),
    ]
    texts = [b.text for b in filter_blocks(blocks)]
    assert "Full report on the water board website" in texts
    assert teaser not in texts


def test_headings_and_list_items_render_as_their_own_paragraphs() -> None:
    element = lxml.html.fromstring(
        "<div><h2>What happens next</h2><p>First <b>bold</b> part,\nsame paragraph.</p>"
        "<ul><li>one</li><li>two <a href='#'>linked</a></li></ul><pre>line 1\nline 2</pre>"
        "<table><tr><td>Team</td><td>Points</td></tr></table></div>"
    )
    blocks = render_blocks(element)
    assert [(b.tag, b.text) for b in blocks] == [
        ("h2", "What happens next"),
        ("p", "First bold part, same paragraph."),
        ("li", "one"),
        ("li", "two linked"),
        ("pre", "line 1"),
        ("pre", "line 2"),
        ("tr", "Team | Points"),
    ]
    assert blocks[3].link_chars == len("linked")


# --- choosing the article ------------------------------------------------------------------


def test_marked_article_replaces_a_pick_made_elsewhere() -> None:
    body = body_of(
        "<article><h1>Reservoir hits record low</h1>" + paragraphs(3) + "</article>"
        "<div class='list'>" + paragraphs(5, 10) + "</div>"
    )
    marked = body.find("article")
    picked = lxml.html.fromstring("<div>" + paragraphs(5, 10) + "</div>")
    assert choose(picked, [Candidate(marked, anchored=True)], body) is marked


def test_pick_inside_the_marked_article_is_kept() -> None:
    body = body_of("<article><h1>T</h1>" + paragraphs(3) + paragraphs(9, 20) + "</article>")
    picked = lxml.html.fromstring("<div>" + paragraphs(3) + "</div>")
    assert choose(picked, [Candidate(body.find("article"), anchored=True)], body) is picked


def test_a_pick_with_almost_no_text_gives_way_to_the_densest_block() -> None:
    body = body_of("<div class='x'><p>Short caption.</p></div><div id='t'>" + paragraphs(4) + "</div>")
    picked = lxml.html.fromstring("<div><p>Short caption.</p></div>")
    chosen = choose(picked, [], body)
    assert chosen is not None and chosen.get("id") == "t"


def test_no_article_found_falls_back_to_the_page_text() -> None:
    text = text_of(page("<div>Opening hours: 9 to 5</div><div>Closed on Sundays</div>"))
    assert "Opening hours" in text


# --- broken input never raises ---------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        "",
        "   ",
        "<<<>>>",
        "<html>",
        "<!-- only a comment -->",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>xml declared</p></body></html>",
        "<p>unclosed <b>tags <i>everywhere",
        "<div>" * 600 + "deep" + "</div>" * 600,
        "\x00\x01\x02 binary \ufffd junk \x00",
        "<table><tr><td><p>cell</td></tr>",
        "plain text without any markup at all",
        "<html><body><article></article></body></html>",
        "<script>only a script</script>",
        "<frameset><frame src='a.html'></frameset>",
    ],
)
def test_broken_html_never_raises(markup: str) -> None:
    root = html.parse_html(markup)
    assert isinstance(html.extract_text(root), str)
    assert isinstance(html.page_text(html.strip_noise(root)), str)


def test_an_intro_set_apart_before_the_picked_container_is_the_article_lead() -> None:
    # The standfirst sits above the body <div>, the first paragraphs before a "read more" box
    # that holds the rest: readability's pick starts inside that box.
    intro = "A dry spring left the valley's main reservoir at a fifth of its usual level, the water board said."
    early = "".join(f"<p>Early paragraph {n}. {PROSE}</p>" for n in (1, 2))
    later = "Later paragraph {}, with more detail. " + PROSE + " Farmers may face limits."
    rest = "".join(f"<p>{later.format(n)}</p>" for n in range(1, 9))
    text = text_of(
        page(
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            "<h1>Reservoir hits record low</h1><div class='story'>"
            f"<figure><img src='r.jpg'><figcaption>The dam at dawn.</figcaption></figure>"
            f"<div class='intro'><p><strong>{intro}</strong></p></div>{early}"
            "<div class='more'><div class='toggle'><a href='#'>Read more</a></div><div class='ad'></div>"
            f"<div class='more-content'>{rest}</div></div></div>"
            "<footer><p>© 2024 Valley Post. All rights reserved.</p></footer>"
        )
    )
    assert text.startswith(intro)
    assert "Early paragraph 1." in text and "Early paragraph 2." in text
    assert "Later paragraph 8" in text
    assert "Read more" not in text and "Reservoir hits record low" not in text and "dam at dawn" not in text


def test_a_heading_before_the_picked_container_ends_the_walk_back() -> None:
    blocks = (
        "<div class='promo'><p>Subscribers read every story of the Valley Post on any device for a small fee.</p>"
        "<h3>Top stories</h3></div>"
    )
    rest = "".join(f"<p>Body paragraph {n}. {PROSE}</p>" for n in range(1, 7))
    text = text_of(page(f"<div class='wrap'>{blocks}<div class='body'>{rest}</div></div>"))
    assert "Body paragraph 1." in text
    assert "Subscribers read" not in text


def test_a_tail_of_cut_off_excerpts_after_the_post_is_dropped() -> None:
    excerpts = "".join(
        f"<div class='next'><h2><a href='/p{n}'>Another post number {n} about the town</a></h2>"
        f"<p>The town's library opens a new reading room this week, with long hours and a cafe that [&hellip;]</p>"
        f"<h3><a href='/p{n}'>READ THE REST</a></h3></div>"
        for n in range(1, 5)
    )
    text = text_of(page(f"<div id='story'><p>{PROSE}</p><p>{PROSE} It was the second warning.</p>{excerpts}</div>"))
    assert "second warning" in text
    assert "reading room" not in text


def test_one_cut_off_line_in_a_post_is_kept() -> None:
    blocks = [Block("p", PROSE), Block("p", "He began to read the letter aloud: 'Dear neighbours, we regret [...]'")]
    assert len(filter_blocks([*blocks, Block("p", PROSE + " Later.")])) == 3


def test_hover_card_inside_a_sentence_is_dropped_but_the_linked_name_stays() -> None:
    card = (
        '<span class="person-rollover"><a class="person-rollover-link" href="/people/ana-lind">Ana Lind</a>'
        '<span class="person-rollover-card"><img src="/lind.jpg" alt="">'
        '<a href="/a1">Lind backs new dam plan | Council split</a> <a href="/a2">Water bills to rise</a>'
        ' <a class="more" href="/people/ana-lind">MORE</a></span></span>'
    )
    body = (
        f"<article><p>{PROSE}</p><p>The plan was drawn up by board chair {card} (Valley Party), "
        f"who said the cuts would last until the autumn rains.</p><p>{PROSE}</p></article>"
    )
    text = text_of(page(body))
    assert "board chair Ana Lind (Valley Party), who said" in text
    assert "Water bills to rise" not in text and "MORE" not in text


def test_linked_paragraph_between_kept_paragraphs_is_put_back() -> None:
    second = (
        "Engineers at the board said the dam's spillway had not been used since 1989, and that the "
        "inspection found no cracks in the concrete face or the foundations."
    )
    linked = 'The findings were published on Monday in the <a href="/report">board\'s annual safety report</a>.'
    cards = "".join(f'<div class="card"><div class="card-text"><p>{p}</p></div></div>' for p in (PROSE, linked, second))
    aside = '<div class="more"><p><a href="/x">Other news: floods in the north</a></p></div>'
    text = text_of(page(f"<main>{cards}</main>{aside}"))
    assert text.index("reservoir") < text.index("annual safety report") < text.index("spillway")
    assert "Other news" not in text
