"""Page layouts that split, box or pad the article, each on a page of our own: the article comes back whole."""

from __future__ import annotations

from newscli.extract import extract_article

PARAGRAPHS = [
    "The town library will close for eighteen months from March while its roof and heating are replaced.",
    "A temporary branch in the old post office will lend books and keep the computers for job seekers.",
    "The works cost four million pounds, most of it from a fund for buildings put up before the war.",
    "Staff will move to the temporary branch, and the mobile library will visit the outer villages twice a week.",
    "Readers asked the council to keep the local history room open, and it will open one day a month.",
    "The architect said the reading room's painted ceiling will be cleaned and its lamps put back.",
    "Children's story hours move to the community hall on Saturday mornings until the library reopens.",
]


def test_an_article_body_marked_in_parts_comes_back_whole() -> None:
    # itemprop="articleBody" on each group of paragraphs between the subheadings
    groups = [PARAGRAPHS[:2], PARAGRAPHS[2:4], PARAGRAPHS[4:6], PARAGRAPHS[6:]]
    parts = "".join(
        (f"<h4 class='crosshead'>Part {n}</h4>" if n else "")
        + "<div class='chunk' itemprop='articleBody'>"
        + "".join(f"<p>{p}</p>" for p in group)
        + "</div>"
        for n, group in enumerate(groups)
    )
    page = (
        "<html><head><title>Library to close for repairs</title></head><body>"
        "<article><h1>Library to close for repairs</h1><div id='body-text'>"
        f"{parts}</div></article>"
        "<aside><h3>Most read</h3><ul><li><a href='/a'>Bridge repairs start</a></li>"
        "<li><a href='/b'>School wins award</a></li></ul></aside></body></html>"
    )
    text = extract_article(page, "html").text
    for paragraph in PARAGRAPHS:
        assert paragraph in text
    assert "Part 1" in text and "Most read" not in text


def test_the_opening_stays_when_the_rest_sits_behind_an_indented_read_more_toggle() -> None:
    intro = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])
    rest = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[3:]) * 2
    page = (
        "<html><head><title>Library to close for repairs</title></head><body><div id='main'>"
        "<h1>Library to close for repairs</h1><div class='article-text'>"
        f"<div class='lede'>{intro[: intro.index('</p>') + 4]}</div>{intro[intro.index('</p>') + 4 :]}"
        "<div class='slot'></div><div id='more-box'>\n"
        "    <div id='more-toggle'>\n        <a href=''>Read more</a>\n    </div>\n"
        f"    <div id='more-text'>{rest}</div></div></div></div></body></html>"
    )
    text = extract_article(page, "html").text
    assert text.startswith(PARAGRAPHS[0])
    assert PARAGRAPHS[2] in text and PARAGRAPHS[5] in text
    assert "Read more" not in text
