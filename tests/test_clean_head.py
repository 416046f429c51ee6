"""Lines above an article's first paragraph: a reviewer's byline, a dateline alone on its line."""

from __future__ import annotations

from newscli.extract import extract_article

STORY = [
    "The county will reopen the old quarry road in June after two years of repairs, the highways board said.",
    "Lorries heading for the cement works will have to use the bypass until the bridge over the Aske is rebuilt.",
    "Farmers along the road had complained that the detour added half an hour to every trip into the market town.",
]


def text_of(head: str) -> str:
    story = "".join(f"<p>{sentence}</p>" for sentence in STORY)
    page = (
        "<html><head><title>Quarry road to reopen | Dale Courier</title></head><body>"
        f"<article><h1>Quarry road to reopen</h1>{head}{story}</article></body></html>"
    )
    return extract_article(page, "html").text


def test_a_reviewers_byline_and_a_dateline_alone_go() -> None:
    assert text_of("<p>Reviewed by Ana Frey, MD</p>").startswith(STORY[0])
    assert text_of("<div><span>Dale Bridge</span> <span>Courier</span> —</div>").startswith(STORY[0])


def test_a_short_opening_line_that_is_no_dateline_stays() -> None:
    assert text_of("<p>GIRLS BASKETBALL</p>").startswith("GIRLS BASKETBALL")
    assert text_of("<p>Reviewed the plans? The board wants to hear from you.</p>").startswith("Reviewed the plans")
