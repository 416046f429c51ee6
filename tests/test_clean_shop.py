"""Linked products and promotions set between an article's paragraphs, and a gallery's button."""

from __future__ import annotations

from newscli.extract import extract_article

STORY = [
    "The county will reopen the old quarry road in June after two years of repairs, the highways board said.",
    "Lorries heading for the cement works will have to use the bypass until the bridge over the Aske is rebuilt.",
    "Farmers along the road had complained that the detour added half an hour to every trip into the market town.",
    "The board said the bridge work would start in the autumn and should be finished before the spring lambing.",
]


def text_of(middle: str) -> str:
    first, second, *rest = (f"<p>{sentence}</p>" for sentence in STORY)
    page = (
        "<html><head><title>Quarry road to reopen | Dale Courier</title></head><body>"
        f"<article><h1>Quarry road to reopen</h1>{first}{second}{middle}{''.join(rest)}</article></body></html>"
    )
    return extract_article(page, "html").text


def test_a_linked_product_under_a_label_in_capitals_goes() -> None:
    middle = (
        "<p><strong>ADD TO CART:</strong> <a href='https://shop.example/boots'>Hill walking boots, size 42</a></p>"
        "<p>MAKE SOMEONE'S DAY: <a href='https://shop.example/card'>A gift card for the county shop</a></p>"
        "<p><a href='https://shop.example/jacket'>$129 at Example Outdoors (Medium)</a></p>"
    )
    text = text_of(middle)
    for gone in ("ADD TO CART", "gift card", "$129"):
        assert gone not in text
    assert all(sentence in text for sentence in STORY)


def test_a_label_before_plain_words_or_a_sentence_with_a_price_stays() -> None:
    middle = (
        "<p>UPDATE: The board said on Tuesday that the road would open a week later than planned.</p>"
        "<p>$2 million at stake: <a href='/budget'>the county's budget</a> sets aside that much for the bridge.</p>"
    )
    text = text_of(middle)
    assert "UPDATE: The board said" in text and "$2 million at stake" in text


def test_a_galleries_button_goes() -> None:
    text = text_of("<p><a href='#gallery'>View Images</a></p><p>View Images</p>")
    assert "View Images" not in text
