"""A picture and its caption in a box the page names as a picture, inside the article's text."""

from __future__ import annotations

from newscli.extract import extract_article

STORY = [
    "The county will reopen the old quarry road in June after two years of repairs, the highways board said.",
    "Lorries heading for the cement works will have to use the bypass until the bridge over the Aske is rebuilt.",
    "Farmers along the road had complained that the detour added half an hour to every trip into the market town.",
    "The board said the bridge work would start in the autumn and should be finished before the spring lambing.",
]


def text_of(picture: str) -> str:
    first, *rest = (f"<p>{sentence}</p>" for sentence in STORY)
    page = (
        "<html><head><title>Quarry road to reopen | Dale Courier</title></head><body>"
        f"<article><h1>Quarry road to reopen</h1>{first}{picture}{''.join(rest)}</article></body></html>"
    )
    return extract_article(page, "html").text


def test_a_pictures_caption_in_an_image_box_goes() -> None:
    box = (
        "<p><span class='enclosure'><div class='image-right'><img src='/quarry.jpg' width='360'><br>"
        "<i>The quarry road in 1962, before the bypass was built. (Ana Frey/Dale Courier)</i></div></span></p>"
    )
    text = text_of(box)
    assert "before the bypass was built" not in text
    assert all(sentence in text for sentence in STORY)


def test_a_paragraph_after_the_box_in_the_same_paragraph_stays() -> None:
    box = (
        "<p><span class='mt-image'><div class='image-left'><img src='/bridge.jpg'><br><i>The Aske bridge.</i></div>"
        "</span>The bridge was built in 1908 and has carried the road for more than a century, engineers said.</p>"
    )
    text = text_of(box)
    assert "The Aske bridge." not in text
    assert "The bridge was built in 1908" in text


def test_a_block_named_as_a_picture_with_a_paragraph_of_text_stays() -> None:
    # a photo essay's section: a picture and a paragraph of prose, in a <p>
    box = (
        "<div class='photo-essay'><img src='/lambing.jpg'><p>At the top farm, lambing starts in March, and the"
        " family says the closed road has meant a longer drive for the vet on every night call.</p></div>"
    )
    assert "lambing starts in March" in text_of(box)


def test_a_video_box_with_another_storys_title_goes() -> None:
    box = (
        "<div class='story-video'><div class='c-video__inner'><img alt='Click to play video' src='/v.jpg'>"
        "<time>2:34</time><span class='c-video__title'>Council votes to close the Aske ferry for good</span>"
        "</div></div>"
        "<div class='article-video-wrapper'><h3>Popular Video</h3><span>This little device can save your life:</span>"
        "<div class='player'></div></div>"
    )
    text = text_of(box)
    assert "Council votes" not in text and "Popular Video" not in text and "save your life" not in text
    assert all(sentence in text for sentence in STORY)


def test_a_credit_line_in_square_brackets_goes() -> None:
    text = text_of("<p>[Featured Image by Ana Frey/Getty Images]</p>")
    assert "Featured Image" not in text
    assert all(sentence in text for sentence in STORY)
    # a sentence about a picture stays
    sentence = "The featured image by the river drew crowds to the library's show of old quarry photographs."
    assert sentence in text_of(f"<p>{sentence}</p>")
