"""Already-scraped text: the site's notes above the article's first paragraph and below its last, picture buttons.

The same lines the HTML cleaner drops at an article's head and foot (test_clean_tail,
test_clean_head), here in a page as a naive scraper leaves it: one block per line, the
site's menu above and its footer below.
"""

from __future__ import annotations

from newscli.extract.text import clean_text

MENU = ["Home", "News", "Farming", "Sport", "Opinion", "Subscribe", "Sign in"]
HEADLINE = "Quarry road to reopen in June after two years of repairs"
STORY = [
    "The county will reopen the old quarry road in June after two years of repairs, the highways board said on "
    "Tuesday.",
    "Lorries heading for the cement works will have to use the bypass until the bridge over the Aske is rebuilt "
    "next year.",
    "Farmers along the road had complained that the detour added half an hour to every trip into the market town.",
    "The board said the bridge work would start in the autumn and should be finished before the spring lambing.",
]
FOOTER = ["Related stories", "Ferry adds winter sailings", "About us | Contact | Privacy Policy", "© 2026 Dale Courier"]


def cleaned(head: list[str], tail: list[str], story: list[str] = STORY) -> list[str]:
    lines = [*MENU, HEADLINE, "By Ana Frey", *head, *story, *tail, *FOOTER]
    return clean_text("\n".join(lines) + "\n").text.split("\n\n")


def test_the_writers_note_and_contact_below_the_story_go() -> None:
    tail = [
        "Ana Frey is the farming correspondent for the Dale Courier and has covered the county for ten years.",
        "Ana Frey can be reached at afrey@dalecourier.example.",
    ]
    assert cleaned([], tail) == STORY


def test_the_writers_holdings_a_series_note_and_the_print_note_go() -> None:
    tail = [
        "Ana Frey owns shares of Example Cement. The Dale Courier has a disclosure policy.",
        "This story is part of a series on the county's roads. For more, visit our roads page.",
        "Reporting was contributed by Tom Reed and Mia Lund.",
        "A version of this article appears in print on page 4 of the Sunday edition.",
    ]
    assert cleaned([], tail) == STORY


def test_an_update_note_below_the_story_goes() -> None:
    assert cleaned([], ["This story has been updated with comments from the highways board."]) == STORY


def test_the_sites_calls_below_the_story_go_with_their_label() -> None:
    tail = [
        "Get daily Courier news",
        "Get the latest county news from dalecourier.example delivered to your inbox every morning.",
        "Add the Dale Courier to your Google News feed.",
    ]
    assert cleaned([], tail) == STORY


def test_an_affiliate_disclosure_above_the_story_goes() -> None:
    head = ["We may earn a commission when you buy through links on this page. Our picks are our own."]
    assert cleaned(head, []) == STORY


def test_an_update_note_above_the_story_goes() -> None:
    assert cleaned(["This story has been updated to correct the date of the board meeting."], []) == STORY


def test_sentences_of_the_story_at_its_edges_stay() -> None:
    story = [
        "The quarry's owners may earn a commission on every tonne the works buy, the county's report said on Tuesday.",
        *STORY[1:],
        "Tom Hale is a retired teacher who lives at the top of the road. He said he would believe it when he saw it.",
    ]
    assert cleaned([], [], story) == story


def test_an_address_the_story_gives_stays() -> None:
    story = [*STORY, "Residents who want to object can write to the highways board at:", "roads@county.example"]
    assert cleaned([], [], story)[-2:] == story[-2:]


def test_a_contact_line_inside_the_story_stays() -> None:
    story = [STORY[0], "Ana Frey can be reached at afrey@dalecourier.example.", *STORY[1:]]
    assert "Ana Frey can be reached at afrey@dalecourier.example." in cleaned([], [], story)


def test_an_article_without_page_furniture_loses_its_writers_note() -> None:
    text = "\n\n".join([*STORY, "Ana Frey is a staff writer for the Dale Courier."])
    assert clean_text(text).text.split("\n\n") == STORY


def test_a_picture_boxs_button_between_paragraphs_goes() -> None:
    story = [STORY[0], "View Images", STORY[1], "[+] Enlarge", *STORY[2:]]
    assert cleaned([], [], story) == STORY


def test_an_advertisements_break_between_paragraphs_goes() -> None:
    story = [STORY[0], "Story continues below advertisement", *STORY[1:3], "Advertisement - story continues below"]
    story.append(STORY[3])
    assert cleaned([], [], story) == STORY


def test_a_picture_caption_ending_in_its_credit_goes() -> None:
    story = [
        STORY[0],
        "Lorries queue at the old bridge over the Aske on a wet morning in March. (Tom Reed/Dale Courier)",
        *STORY[1:3],
        "The quarry road as it looked when it opened in 1952. (Courtesy of the Dale Museum)",
        STORY[3],
    ]
    assert cleaned([], [], story) == STORY


def test_a_sentence_with_a_slash_in_brackets_stays() -> None:
    sentence = "Its share of the county's freight (Aske/Dale route) fell by a third in ten years."
    story = [*STORY[:2], sentence, *STORY[2:]]
    assert cleaned([], [], story) == story


def test_a_screenshot_credit_and_a_caption_ending_in_an_agency_in_capitals_go() -> None:
    story = [
        STORY[0],
        "Screenshot by Tom Reed/Dale Courier",
        *STORY[1:3],
        "The quarry road seen from the air before the bridge was closed. DALE/COURIER/PRESS",
        STORY[3],
    ]
    assert cleaned([], [], story) == STORY


def test_a_sentence_about_a_screenshot_stays() -> None:
    sentence = "A screenshot of the board's letter was shared hundreds of times before the council took it down."
    story = [*STORY[:2], sentence, *STORY[2:]]
    assert cleaned([], [], story) == story
