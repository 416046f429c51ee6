"""clean keeps a story whole when broken markup closes its article body early.

Pages put promos and ads into a story with markup that does not nest (a stray "</div>"
after an inline box, a "<div>" inside a "<p>"): the parser closes the element marked
itemprop="articleBody" there, and the rest of the story lands after it, a level or
several up. Pages written here in that shape, with and without JSON-LD articleBody,
and well-formed pages whose blocks after the article body must stay out.
"""

from __future__ import annotations

import json

import lxml.html
import pytest

from newscli.extract import extract_article
from newscli.extract.html.parse import strip_noise
from newscli.extract.html.rejoin import rejoin

STORY = [
    "The ferry from Gull Point to the island ran its last crossing of the season on Saturday, two weeks earlier "
    "than planned.",
    "Its owners said a cracked propeller shaft, found during a routine check in September, could not be mended "
    "before the spring.",
    "Islanders who work on the mainland now face a ninety-minute drive around the estuary, or a small water taxi "
    "that carries eight people.",
    "Mara Voss, who runs the island's only bakery, said she had already cancelled two wholesale orders because her "
    "flour could not reach her in time.",
    "The county harbour board met on Tuesday evening and agreed to look for a second vessel to lease for the "
    "winter months.",
    "Board members said the cost of a lease would be shared between the county and the ferry company, though no "
    "figure was agreed.",
    "A retired skipper, Alun Brack, told the meeting that the old landing-craft moored at Tarn Quay could be made "
    "seaworthy within a month.",
    "Others doubted that, pointing out that the craft had failed its last two safety inspections and had no "
    "licence for passengers.",
    "The school on the island has moved its start to ten o'clock so that teachers who live on the mainland can "
    "take the first water taxi.",
    "Parents said the change had unsettled younger pupils, and asked the board to publish a timetable for the "
    "rest of the term.",
    "The ferry company said the repaired shaft should arrive from the foundry in March, and crossings would "
    "resume at Easter.",
    "Until then, the harbour master will post daily notices on the quay about the water taxi's times and the weather.",
]
OVERLAY = (
    "<div class='overlay-component login-overlay'><p>Already a member? Log in to save articles and follow the "
    "writers you like.</p><p>Not a member yet? Sign up now and get our morning briefing in your inbox every day."
    "</p></div>"
)


def _paras(sentences: list[str]) -> str:
    return "".join(f"<p>{sentence}</p>" for sentence in sentences)


def split_page(head: str = "", cuts: tuple[int, int, int] = (3, 6, 8)) -> str:
    """A story whose articleBody box the markup closes after cuts[0] paragraphs, its column
    after cuts[1], its layout block after cuts[2]: the stray </div>s a site's inline promos leave."""
    box, column, layout = cuts
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Island ferry stops early | Estuary Post</title>"
        f"{head}</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<div class='page-grid with-sidebar-right'><div class='article-column'><main class='content'>"
        "<h1>Island ferry stops early</h1><div class='meta'>By Jo Keel</div>"
        f"<div class='article content body' itemprop='articleBody'><p></p>{_paras(STORY[:box])}"
        "<div class='inline-promo'><a href='/other'>Harbour festival returns with tall ships</a></div>"
        "<p></p></div>"  # the stray end tag: it closes the articleBody box
        f"{_paras(STORY[box:column])}<div class='ad ad-slot'> </div><p></p></main></div>"  # and the column
        f"{_paras(STORY[column:layout])}</div>"  # and the layout block
        f"<h2>New timetable</h2>{_paras(STORY[layout:])}"
        "<aside class='tags'><a href='/t/ferries'>ferries</a> <a href='/t/island'>island</a></aside>"
        "<footer><p>Estuary Post, 2 Quay Lane. All rights reserved.</p></footer>"
        f"{OVERLAY}</body></html>"
    )


def json_ld(body: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Island ferry stops early"}
    data["articleBody"] = body
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_the_split_markup_reproduces_the_loss() -> None:
    """The page's own markup, as parsed: the marked box holds only the opening."""
    body = lxml.html.document_fromstring(split_page()).find("body")
    assert body is not None
    box = body.find(".//*[@itemprop='articleBody']")
    assert box is not None
    assert STORY[3] not in box.text_content() and STORY[11] in body.text_content()


@pytest.mark.parametrize("box", ["marked", "headline", "opening"])
@pytest.mark.parametrize("cuts", [(3, 6, 8), (2, 3, 4), (1, 2, 3), (6, 8, 10)])
def test_a_story_split_by_stray_end_tags_comes_back_whole_and_in_order(cuts: tuple[int, int, int], box: str) -> None:
    """Whichever part holds the most text, neither the opening nor the rest is lost; the
    box is the one marked articleBody, or the <main> holding the headline, or the block
    holding the first paragraph after the headline."""
    page = split_page(cuts=cuts)
    if box == "headline":
        page = page.replace(" itemprop='articleBody'", "")
    elif box == "opening":
        page = unmarked(page)
    text = extract_article(page, "html").text
    positions = [text.find(sentence) for sentence in STORY]
    assert -1 not in positions, [sentence[:30] for sentence, at in zip(STORY, positions, strict=True) if at < 0]
    assert positions == sorted(positions)
    assert text.startswith(STORY[0])
    assert "New timetable" in text  # the subheading between the parts
    assert "Log in" not in text and "Sign up" not in text and "All rights reserved" not in text


def test_with_json_ld_the_story_also_comes_back_whole() -> None:
    page = split_page(json_ld("\n".join(STORY)))
    text = extract_article(page, "html").text
    assert all(sentence in text for sentence in STORY)
    assert text.startswith(STORY[0])


def test_json_ld_keeps_out_bare_paragraphs_that_are_not_its_story() -> None:
    """Bare paragraphs after the marked body that articleBody does not hold stay out of it."""
    page = (
        "<html><head><title>Island ferry stops early</title>"
        f"{json_ld(' '.join(STORY[:6]))}</head><body><div class='wrap'>"
        f"<div itemprop='articleBody'>{_paras(STORY[:6])}</div>"
        "<p>Readers' letters are edited for length and must include a full name and a town to be printed.</p>"
        "<p>Letters to the editor can be sent by post to the newsroom or left at the front desk on weekdays.</p>"
        "</div></body></html>"
    )
    tree = strip_noise(lxml.html.document_fromstring(page))
    body = tree.find("body")
    assert body is not None
    assert not rejoin(body, " ".join(STORY[:6]))
    assert rejoin(body)  # without articleBody's text the bare paragraphs would read as the story's rest


def test_a_well_formed_page_is_left_as_it_is() -> None:
    """Blocks after a whole article body: an author box and comments hold paragraphs of their own."""
    page = (
        "<html><head><title>Island ferry stops early</title></head><body><main>"
        f"<div itemprop='articleBody'>{_paras(STORY)}</div>"
        "<div class='about-writer'><p>Jo Keel covers the coast and its islands for the paper and has done so "
        "since the spring.</p></div>"
        "<section class='comments'><p>What a shame for the bakery, I hope the board finds a boat soon.</p>"
        "<p>The water taxi was full both mornings this week, something has to be done.</p></section>"
        "</main></body></html>"
    )
    tree = strip_noise(lxml.html.document_fromstring(page))
    body = tree.find("body")
    assert body is not None
    assert not rejoin(body)
    text = extract_article(page, "html").text
    assert text.startswith(STORY[0]) and STORY[11] in text and "I hope the board" not in text


def test_the_next_article_after_the_one_holding_the_headline_stays_out() -> None:
    """A page of several articles: the headline's <article> is followed by others, which end the walk."""
    page = (
        "<html><head><title>Island ferry stops early | Estuary Post</title></head><body><div class='stream'>"
        f"<article><h1>Island ferry stops early</h1>{_paras(STORY[:6])}</article>"
        f"<article><h1>Harbour festival returns</h1>{_paras(STORY[6:])}</article>"
        "</div></body></html>"
    )
    body = strip_noise(lxml.html.document_fromstring(page)).find("body")
    assert body is not None
    assert not rejoin(body, title="Island ferry stops early | Estuary Post")


def test_an_intro_box_beside_the_story_is_not_taken_for_a_body_closed_early() -> None:
    """A standfirst in a box of its own and the story's paragraphs after it, on one level."""
    page = (
        "<html><head><title>Island ferry stops early</title></head><body><div class='story'>"
        f"<h1>Island ferry stops early</h1><div class='intro'><p>{STORY[0]}</p></div>{_paras(STORY[1:])}"
        "</div></body></html>"
    )
    body = strip_noise(lxml.html.document_fromstring(page)).find("body")
    assert body is not None
    assert not rejoin(body, title="Island ferry stops early")


def test_one_note_after_the_body_is_not_taken_for_the_story() -> None:
    page = (
        "<html><head><title>Island ferry stops early</title></head><body><main>"
        f"<div itemprop='articleBody'>{_paras(STORY)}</div>"
        "<p>This article was amended on Monday to correct the name of the quay where the old craft is moored.</p>"
        "</main></body></html>"
    )
    body = strip_noise(lxml.html.document_fromstring(page)).find("body")
    assert body is not None
    assert not rejoin(body)


def unmarked(page: str) -> str:
    """The page with no articleBody mark and no <main>: nothing says which block is the story."""
    return page.replace(" itemprop='articleBody'", "").replace("<main class", "<div class").replace("</main>", "</div>")


@pytest.mark.parametrize("cuts", [(1, 2, 3), (8, 9, 10)])
def test_json_ld_brings_back_the_part_of_an_unmarked_split_story_a_longer_text_hides(
    cuts: tuple[int, int, int],
) -> None:
    """A quarter of the story lost, the sign-up box's paragraphs kept in its place: the word
    count looks whole, the runs of words shared with articleBody do not."""
    page = unmarked(split_page(json_ld("\n".join(STORY)), cuts=cuts))
    article = extract_article(page, "html")
    positions = [article.text.find(sentence) for sentence in STORY]
    assert -1 not in positions and positions == sorted(positions)
    assert article.warnings == ()


def test_json_ld_holding_more_than_the_page_changes_nothing_there_is_to_find() -> None:
    """articleBody with paragraphs the page does not show (a quarter of it): nothing to recover,
    the text stays as it was."""
    page = (
        "<html><head><title>Island ferry stops early</title>"
        f"{json_ld(chr(10).join(STORY))}</head><body><main>"
        f"<h1>Island ferry stops early</h1><div class='story'>{_paras(STORY[:9])}</div></main></body></html>"
    )
    article = extract_article(page, "html")
    assert article.text == "\n\n".join(STORY[:9])


def test_a_meta_tag_marked_article_body_takes_no_paragraphs() -> None:
    """Some pages give articleBody as a <meta>'s content in the body: it holds no blocks."""
    page = (
        "<html><head><title>Island ferry stops early</title></head><body><div class='wrap'>"
        f"<meta itemprop='articleBody' content='{STORY[0]}'>{_paras(STORY)}</div></body></html>"
    )
    body = strip_noise(lxml.html.document_fromstring(page)).find("body")
    assert body is not None
    assert not rejoin(body)
    assert extract_article(page, "html").text == "\n\n".join(STORY)
