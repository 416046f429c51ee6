"""The foot of an article: the writer's note and contact, the site's lines after them, a lead-in left last."""

from __future__ import annotations

from newscli.extract import extract_article

STORY = [
    "The county will reopen the old quarry road in June after two years of repairs, the highways board said.",
    "Lorries heading for the cement works will have to use the bypass until the bridge over the Aske is rebuilt.",
    "Farmers along the road had complained that the detour added half an hour to every trip into the market town.",
    "The board said the bridge work would start in the autumn and should be finished before the spring lambing.",
]


def text_of(tail: str) -> str:
    story = "".join(f"<p>{sentence}</p>" for sentence in STORY)
    page = (
        "<html><head><title>Quarry road to reopen | Dale Courier</title></head><body>"
        f"<article><h1>Quarry road to reopen</h1>{story}{tail}</article></body></html>"
    )
    return extract_article(page, "html").text


def test_the_writers_contact_goes_with_the_sites_label_after_it() -> None:
    text = text_of("<p>Ana Frey can be reached at afrey@dalecourier.example.</p><p>Courier Conversations</p>")
    assert "can be reached" not in text and "Conversations" not in text
    assert text.endswith(STORY[-1])


def test_the_writers_note_and_the_sites_mail_line_go() -> None:
    note = (
        "<p>Ana Frey is the farming correspondent for the Dale Courier. You can send her an e-mail, follow her"
        " on Twitter or get alerts when she writes a new story. She can be reached at 01234 567 890.</p>"
        "<p>Get Courier Farming on your phone! Know something we don't? E-mail us at farm@dalecourier.example</p>"
    )
    text = text_of(note)
    assert "correspondent for the" not in text and "E-mail us" not in text
    assert text.endswith(STORY[-1])


def test_a_note_on_someone_in_the_story_and_a_closing_sentence_stay() -> None:
    # a person in the story described in the last paragraph, with more said about them: prose
    ending = (
        "<p>The board's chief engineer said the new bridge would carry lorries of up to forty tonnes.</p>"
        "<p>Tom Hale is a retired teacher who lives at the top of the road. He said he would believe it when he"
        " saw it.</p>"
    )
    text = text_of(ending)
    assert text.endswith("when he saw it.")
    assert "forty tonnes" in text


def test_an_obituarys_last_paragraph_on_the_dead_writers_career_stays() -> None:
    # a writer's bio is in the present tense; "was a reporter" closing a story is about someone in it
    text = text_of("<p>Mary Lund was a reporter for the Dale Courier for thirty years before she retired.</p>")
    assert text.endswith("before she retired.")


def test_a_lead_in_left_last_goes_but_one_with_its_list_stays() -> None:
    assert not text_of("<p><strong>See photos from this story:</strong></p>").endswith(":")
    closures = "<p>The board listed three closures:</p><ul><li>Aske Lane in May</li><li>Mill Hill in July</li></ul>"
    text = text_of(closures)
    assert "three closures:" in text and "Mill Hill in July" in text


def test_a_long_affiliate_disclosure_goes_but_a_story_about_commissions_stays() -> None:
    disclosure = (
        "<p>Just so you know, some of the links on the Dale Courier are affiliate links. This means that if you"
        " click on one and buy something, we may earn a small commission at no extra cost to you. It helps us keep"
        " the site running and pay for the stories you read here. Thank you for your support!</p>"
    )
    assert "affiliate links" not in text_of(disclosure)
    prose = (
        "<p>The quarry's owners may earn a commission on every tonne sold through the new depot, the board said,"
        " and the parish council wants part of it spent on the road.</p>"
    )
    assert "may earn a commission" in text_of(prose)


def test_a_disclosure_naming_the_site_goes() -> None:
    text = text_of("<p>Disclosure: Dale Courier may earn a commission from products featured on this page.</p>")
    assert "Disclosure" not in text


def test_the_writers_holdings_a_series_note_and_a_follow_line_close_no_story() -> None:
    closing = (
        "<p>Ana Frey owns shares of Dale Quarries. The Courier has a disclosure policy.</p>"
        "<p>This story is part of a series on rural roads. For more, visit Country Roads.</p>"
        "<p>On Twitter: Follow Ana Frey and get more farming coverage at CourierFarm.</p>"
    )
    text = text_of(closing)
    assert "owns shares" not in text and "part of a series" not in text and "Follow Ana" not in text
    assert text.endswith(STORY[-1])
    # a story that ends on someone's holdings, with no note after it, keeps its last line
    assert text_of("<p>The quarry's owner holds shares in the cement works across the valley.</p>").endswith("valley.")


def test_the_sites_appeal_for_donations_goes_with_the_writers_note_above_it() -> None:
    closing = (
        "<p>Ana Frey is the Courier's farming editor. Write to her at afrey@dalecourier.example.</p>"
        "<p>The Courier's local reporting depends on donations from readers like you.</p>"
    )
    text = text_of(closing)
    assert "donations" not in text and "farming editor" not in text
    assert text.endswith(STORY[-1])
    # a story ending on a charity's funding, told by the story and not the site, keeps its last line
    ending = "<p>The rescue team said its work depends on donations from walkers and local firms.</p>"
    assert text_of(ending).endswith("local firms.")


def test_the_sites_call_for_contributors_goes_with_the_writers_note_after_it() -> None:
    closing = (
        "<p>Would you like to be part of the Courier team? Join our reader panel and share your views!</p>"
        "<p>Ana Frey is a farming correspondent at the Courier.</p>"
    )
    text = text_of(closing)
    assert "Courier team" not in text and "farming correspondent" not in text
    assert text.endswith(STORY[-1])
