"""Boilerplate removal for already-scraped text: real-looking pages, contains / not-contains.

The pages here and in samples/ are written for these tests in the shape scrapers leave:
one block of the page per line, menus and footers around the article.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.extract.text import CleanedText, clean_text
from newscli.extract.text.features import measure

MENU = ["Home", "News", "World", "Business", "Sport", "Opinion", "Video", "Subscribe", "Sign in"]
FOOTER = [
    "Related stories",
    "Ferry operator adds winter sailings",
    "School bus routes change in January",
    "About us | Contact | Privacy Policy | Terms of Use",
    "© 2023 Example Media Group. All rights reserved.",
]
PARAGRAPHS = [
    "The regional council voted on Thursday to close the old quarry road to heavy lorries from next spring, "
    "after residents complained for years about noise and cracked walls.",
    "Lorries will instead use a new bypass that is due to open in April and cost about 12 million euros, "
    "most of it paid by the national roads agency.",
    "Hauliers said the detour would add around 15 minutes to each trip, but most of them accepted the plan "
    "after the council agreed to widen two junctions on the bypass.",
]


def page(*blocks: str | list[str]) -> str:
    """A scraped page: every block on its own line, as a naive scraper leaves it."""
    lines: list[str] = []
    for block in blocks:
        lines.extend([block] if isinstance(block, str) else block)
    return "\n".join(lines) + "\n"


def paragraphs(result: CleanedText) -> list[str]:
    return result.text.split("\n\n") if result.text else []


# --- the sample pages -------------------------------------------------------------------


@pytest.fixture
def seed_shaped(samples: Path) -> CleanedText:
    return clean_text((samples / "seed-shaped-article.txt").read_text(encoding="utf-8"))


def test_seed_shaped_keeps_every_paragraph_in_order(samples: Path, seed_shaped: CleanedText) -> None:
    source = (samples / "seed-shaped-article.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(source) if line.startswith("Norwegian Fisheries Minister"))
    end = next(i for i, line in enumerate(source) if line.startswith("Officials said"))
    expected = [line for line in source[start : end + 1] if line]
    assert paragraphs(seed_shaped) == expected


@pytest.mark.parametrize(
    "junk",
    ["Nordic Wire", "Editor:", "App Download", "Related news", "Most popular", "MoreTop news", "Travel Guides",
     "Back to top", "About Us", "Copyright", "reproduced", "Norway and Iceland agree on joint mackerel survey"],
)  # fmt: skip
def test_seed_shaped_drops_header_and_footer(seed_shaped: CleanedText, junk: str) -> None:
    assert junk not in seed_shaped.text


def test_seed_shaped_metadata_from_the_glued_dateline(seed_shaped: CleanedText) -> None:
    assert seed_shaped.title == "Norway and Iceland agree on joint mackerel survey ahead of fisheries summit"
    assert seed_shaped.published == "2021-09-14T08:32"
    assert seed_shaped.publisher == "Nordic Wire"
    assert seed_shaped.authors == ["Sofia Berg"]


def test_blog_keeps_subheads_and_the_list_it_introduces(samples: Path) -> None:
    result = clean_text((samples / "blog-with-comments.txt").read_text(encoding="utf-8"))
    kept = paragraphs(result)
    short_lines = ["What we changed", "We started with the cheapest fixes first.",
                   "Sealed 22 draughty windows with new gaskets", "Moved the book drop so the front door stays closed",
                   "The results"]  # fmt: skip
    for line in short_lines:
        assert line in kept
    assert kept[0].startswith("When the Riverside library board")
    assert kept[-1] == "The board has now asked the same volunteers to look at the town hall next door."


@pytest.mark.parametrize(
    "junk",
    ["Skip to content", "Tweet", "Tags:", "Related stories", "Town hall roof repairs", "set aside 90,000 dollars",
     "3 comments", "says:", "school gym", "permit for the window", "Leave a Reply", "Riverside Notes"],
)  # fmt: skip
def test_blog_drops_teasers_comments_and_footer(samples: Path, junk: str) -> None:
    result = clean_text((samples / "blog-with-comments.txt").read_text(encoding="utf-8"))
    assert junk not in result.text


def test_blog_byline_with_date(samples: Path) -> None:
    result = clean_text((samples / "blog-with-comments.txt").read_text(encoding="utf-8"))
    assert result.title == "How we cut our town library's energy bill by a third"
    assert result.authors == ["Daniel Okafor"]
    assert result.published == "2022-03-03"
    assert result.publisher == "Riverside Notes"


def test_german_page(samples: Path) -> None:
    result = clean_text((samples / "german-article.txt").read_text(encoding="utf-8"))
    kept = paragraphs(result)
    assert kept[0].startswith("Der Stadtrat hat am Montagabend")
    assert "Kritik der Händler" in kept  # a subhead between paragraphs
    assert kept[-1] == "Die Bauarbeiten sollen im Frühjahr 2024 beginnen und etwa drei Jahre dauern."
    for junk in ("Startseite", "Mehr zum Thema", "Parkhaus am Markt", "Das könnte Sie", "Impressum", "Alle Rechte"):
        assert junk not in result.text
    assert (result.title, result.authors, result.published) == (
        "Stadtrat beschließt neue Straßenbahnlinie durch die Altstadt",
        ["Anna Schmidt"],
        "2022-03-14T09:15",
    )
    assert result.publisher == "Mittelland Zeitung"


# --- datelines and bylines --------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "published", "authors", "publisher"),
    [
        ("2019-06-02 17:45Harbour Press Editor: Tom Miller HPX App Download",
         "2019-06-02T17:45", ["Tom Miller"], "Harbour Press"),
        ("By Jane Roe and John Poe | June 2, 2019 at 5:45 p.m.", "2019-06-02T17:45", ["Jane Roe", "John Poe"], None),
        ("Source: Harbour Press Author: Li Wen 2019-06-02", "2019-06-02", ["Li Wen"], "Harbour Press"),
        ("Published: 02.06.2019, 17:45", "2019-06-02T17:45", [], None),
    ],
)  # fmt: skip
def test_dateline_and_byline_forms(header: str, published: str, authors: list[str], publisher: str | None) -> None:
    result = clean_text(page("Quarry road closed to lorries", MENU, "Quarry road closed to lorries", header,
                             PARAGRAPHS, FOOTER))  # fmt: skip
    assert result.published == published
    assert result.authors == authors
    assert result.publisher == publisher
    assert paragraphs(result) == PARAGRAPHS


def test_byline_split_over_two_lines() -> None:
    result = clean_text(page(MENU, "Quarry road closed to lorries", "By", "Maria Keller", "May 5, 2020",
                             PARAGRAPHS, FOOTER))  # fmt: skip
    assert result.authors == ["Maria Keller"]
    assert result.published == "2020-05-05"
    assert result.title == "Quarry road closed to lorries"
    assert "Maria Keller" not in result.text


@pytest.mark.parametrize(
    ("byline", "authors", "published"),
    [
        ("By Rosa May", ["Rosa May"], None),
        ("By April Dunne", ["April Dunne"], None),
        ("By Jan de Wit", ["Jan de Wit"], None),
        ("By August Reyes and June Okafor", ["August Reyes", "June Okafor"], None),
        ("By Rosa May May 4, 2021", ["Rosa May"], "2021-05-04"),
        ("By Rosa May Nov. 4", ["Rosa May"], None),  # a month before a day ends the name
        ("By Rosa May Friday", ["Rosa May"], None),
    ],
)
def test_month_names_in_a_byline_are_names_unless_a_day_follows(
    byline: str, authors: list[str], published: str | None
) -> None:
    result = clean_text(page(MENU, "Quarry road closed to lorries", byline, PARAGRAPHS, FOOTER))
    assert result.authors == authors
    assert result.published == published
    assert paragraphs(result) == PARAGRAPHS


@pytest.mark.parametrize(
    "byline",
    [["Door", "Pieter Smeets"], ["Av", "Pieter Smeets"], ["By:", "Pieter Smeets"], ["By: Pieter Smeets"],
     ["Reported by Pieter Smeets"], ["Door Pieter Smeets", "3 mei 2021"]],
)  # fmt: skip
def test_every_byline_word_gives_the_author_and_the_headline(byline: list[str]) -> None:
    result = clean_text(page(MENU, "Quarry road closed to lorries", byline, PARAGRAPHS, FOOTER))
    assert result.authors == ["Pieter Smeets"]
    assert result.title == "Quarry road closed to lorries"
    assert paragraphs(result) == PARAGRAPHS


def test_a_name_glued_to_the_next_block_is_cut() -> None:
    result = clean_text(page(MENU, "Quarry road closed to lorries", "By Meg HartleyStaff Writer", PARAGRAPHS, FOOTER))
    assert result.authors == ["Meg Hartley"]


def test_document_title_with_site_suffix() -> None:
    result = clean_text(page("Quarry road closed to lorries - Valley Courier", MENU, "Quarry road closed to lorries",
                             PARAGRAPHS, FOOTER))  # fmt: skip
    assert result.title == "Quarry road closed to lorries"
    assert result.publisher == "Valley Courier"
    assert "Quarry road closed" not in result.text


@pytest.mark.parametrize("separator", [" » ", " | ", "|", " · "])
def test_document_title_with_any_site_separator(separator: str) -> None:
    result = clean_text(page(f"Quarry road closed to lorries{separator}Valley Courier", MENU,
                             "Quarry road closed to lorries", PARAGRAPHS, FOOTER))  # fmt: skip
    assert result.title == "Quarry road closed to lorries"
    assert result.publisher == "Valley Courier"


# --- what belongs to the article --------------------------------------------------------


def test_short_article_lines_are_kept() -> None:
    body = [PARAGRAPHS[0], "Why now?", PARAGRAPHS[1], "“It is about time,” one resident said.", PARAGRAPHS[2],
            "Nobody objected.", PARAGRAPHS[0].replace("Thursday", "Friday")]  # fmt: skip
    result = clean_text(page(MENU, "Quarry road closed", body, FOOTER))
    assert paragraphs(result) == body


def test_menus_and_link_lists_are_dropped() -> None:
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS, ["Most Popular", *MENU], FOOTER))
    assert paragraphs(result) == PARAGRAPHS


def test_rows_built_alike_are_kept_with_the_article() -> None:
    rows = ["Route 4 (quarry road): closed from April", "Route 7 (bypass): opens in April",
            "Route 9 (valley road): no change", "Route 12 (old bridge): weight limit 7.5 t",
            "Route 15 (ring road): new junction in May"]  # fmt: skip
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS, "What changes", rows, FOOTER))
    assert [line for line in rows if line in paragraphs(result)] == rows


def test_sidebar_archive_counts_are_not_a_list() -> None:
    archive = ["Archive", "November (12)", "October (17)", "September (9)", "August (14)", "July (11)", "June (8)"]
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS, archive, FOOTER))
    assert paragraphs(result) == PARAGRAPHS


def test_a_long_call_to_subscribe_is_not_article() -> None:
    prompt = "Subscribe to our weekly valley newsletter for the latest roadworks, council news, events and much more!"
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS, prompt, FOOTER))
    assert paragraphs(result) == PARAGRAPHS


def test_comment_thread_is_not_the_article() -> None:
    comments = []
    for n in range(8):
        comments += [f"reader{n} says:", f"June {n + 3}, 2019 at 9:1{n} am",
                     "I drive that road every morning and I can tell you the lorries have been a menace for years, "
                     "so this is welcome news for everyone who lives along the valley."]  # fmt: skip
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS[:1], "8 comments", comments, FOOTER))
    assert paragraphs(result) == PARAGRAPHS[:1]


def test_inline_related_box_does_not_split_the_article() -> None:
    box = ["Related articles", "Bypass opening delayed again", "Council election results"]
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS[0], box, PARAGRAPHS[1:], FOOTER))
    assert paragraphs(result) == PARAGRAPHS


def test_links_under_a_more_from_heading_inside_the_article_are_dropped() -> None:
    box = ["More from the valley", "Mayor opens the new library wing on the riverside next month",
           "Two schools will merge next autumn after a long public consultation ends",
           "Flood defences along the river are to be raised by one metre before winter",
           "Bus company to add a night service on Fridays and Saturdays from December",
           "Local brewery wins a national award for its dark winter ale this year",
           "Farmers' market will move to the old cattle market site in the spring"]  # fmt: skip
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS[:2], box, PARAGRAPHS[2:],
                             PARAGRAPHS[0].replace("Thursday", "Friday"), FOOTER))  # fmt: skip
    assert paragraphs(result) == [*PARAGRAPHS, PARAGRAPHS[0].replace("Thursday", "Friday")]


def test_captions_and_credits_are_dropped() -> None:
    caption = "Lorries queue at the quarry gate on Monday morning. (Photo: Jane Roe/Valley Courier)"
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS[0], caption, PARAGRAPHS[1:], FOOTER))
    assert paragraphs(result) == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    ["(Reporting by Ana Silva; Editing by Tom Brown)", "Hanna Ruiz contributed to this report.",
     "Write to Ana Silva at ana.silva@valleycourier.example", "Advert", "Listen to this article"],
)  # fmt: skip
def test_staff_credits_and_furniture_the_html_cleaner_knows_are_dropped(line: str) -> None:
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS[:2], line, PARAGRAPHS[2:], FOOTER))
    assert paragraphs(result) == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "section"),
    [("More great Valley stories", True), ("Latest headlines", True), ("Related stories", True),
     ("Up next", False),  # an AP subhead over the teams' next games
     ("More residents told the council their stories.", False)],
)  # fmt: skip
def test_labels_of_story_lists_are_section_headings(line: str, section: bool) -> None:
    assert measure(line).section is section


def test_prose_that_only_sounds_like_a_notice_stays() -> None:
    line = "The names of the drivers may not be published until their families have been told, police said."
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS[:2], line, PARAGRAPHS[2:], FOOTER))
    assert paragraphs(result) == [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]


def test_a_caption_before_the_last_paragraph_does_not_end_the_article() -> None:
    caption = "The bypass under construction near the river. Photo: Valley Courier"
    last = "The council meets again in March."
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS, caption, last, FOOTER))
    assert paragraphs(result) == [*PARAGRAPHS, last]


def test_newsletter_box_inside_the_article_is_dropped_not_the_rest() -> None:
    box = ["Get the Valley Morning Brief",
           "Sign up for our newsletter and get the day's top stories delivered to your inbox.", "Sign up"]  # fmt: skip
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS, box, PARAGRAPHS[0].replace("Thursday", "Monday"),
                             PARAGRAPHS[1].replace("April", "May"), FOOTER))  # fmt: skip
    assert paragraphs(result)[-1] == PARAGRAPHS[1].replace("April", "May")
    assert "newsletter" not in result.text


def test_a_repeated_copy_of_the_article_is_dropped() -> None:
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS, "Share", PARAGRAPHS, FOOTER))
    assert paragraphs(result) == PARAGRAPHS


def test_embedded_tweet_is_kept_and_does_not_end_the_article() -> None:
    tweet = ["The road will finally be quiet again. Thank you to everyone who signed the petition!",
             "— Valley Residents (@valleyresidents) June 2, 2019"]  # fmt: skip
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS, tweet, PARAGRAPHS[0].replace("Thursday", "Friday"),
                             FOOTER))  # fmt: skip
    assert paragraphs(result) == [*PARAGRAPHS, *tweet, PARAGRAPHS[0].replace("Thursday", "Friday")]


def test_hard_wrapped_sentences_are_rejoined() -> None:
    wrapped = ["The regional council voted on Thursday to close the old quarry road to",
               "heavy lorries from next spring, after residents complained for years",
               "about noise and cracked walls."]  # fmt: skip
    result = clean_text(page(MENU, "Quarry road closed", wrapped, PARAGRAPHS[1:], FOOTER))
    assert paragraphs(result) == [" ".join(wrapped), *PARAGRAPHS[1:]]


def test_blank_lines_separate_paragraphs_that_are_not_rejoined() -> None:
    result = clean_text("Quarry road closed\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n" + "\n".join(FOOTER))
    assert paragraphs(result) == PARAGRAPHS


# --- other languages and scripts --------------------------------------------------------


def test_spanish_page() -> None:
    body = [
        "El ayuntamiento aprobó el jueves el cierre de la antigua carretera de la cantera a los camiones pesados "
        "a partir de la próxima primavera, tras años de quejas de los vecinos.",
        "Los camiones usarán una nueva variante que costará unos 12 millones de euros y que abrirá en abril.",
        "«Por fin tendremos un poco de paz», dijo una vecina que vive junto a la carretera desde hace treinta años.",
    ]
    footer = ["Noticias relacionadas", "Nuevo horario de autobuses", "Aviso legal | Política de cookies",
              "© 2019 Diario del Valle. Todos los derechos reservados."]  # fmt: skip
    result = clean_text(page(["Inicio", "Noticias", "Deportes", "Opinión"], "Cierran la carretera de la cantera",
                             "Por Lucía Fernández", "14/06/2019 17:45", body, footer))  # fmt: skip
    assert paragraphs(result) == body
    assert result.title == "Cierran la carretera de la cantera"
    assert result.authors == ["Lucía Fernández"]
    assert result.published == "2019-06-14T17:45"  # day first: there is no 14th month


def test_japanese_page() -> None:
    body = [
        "市議会は木曜日、来年の春から旧採石場道路への大型トラックの通行を禁止することを決めた。",
        "住民は長年、騒音や家の壁のひび割れについて苦情を訴えていた。",
        "トラックは四月に開通する新しいバイパスを使うことになり、その費用は約十二億円と見込まれている。",
    ]
    result = clean_text(page(["ホーム", "ニュース", "スポーツ", "天気"], "採石場道路、大型車を禁止へ", body,
                             ["関連記事", "バスの時刻表が変わります", "© 2019 谷新聞社"]))  # fmt: skip
    assert paragraphs(result) == body


def test_thai_page_without_full_stops() -> None:
    body = [
        "สภาเมืองลงมติเมื่อวันพฤหัสบดีให้ปิดถนนสายเหมืองหินเก่าสำหรับรถบรรทุกขนาดใหญ่ตั้งแต่ฤดูใบไม้ผลิปีหน้า "
        "หลังจากชาวบ้านร้องเรียนเรื่องเสียงดังมานานหลายปี",
        "รถบรรทุกจะต้องใช้ถนนเลี่ยงเมืองสายใหม่ซึ่งมีกำหนดเปิดใช้ในเดือนเมษายน และมีค่าก่อสร้างประมาณสี่ร้อยล้านบาท",
    ]
    result = clean_text(page(["หน้าแรก", "ข่าว", "กีฬา"], "ปิดถนนเหมืองหินสำหรับรถบรรทุก", body, ["ข่าวที่เกี่ยวข้อง", "© 2019"]))
    assert paragraphs(result) == body


def test_hindi_danda_ends_sentences() -> None:
    body = [
        "नगर परिषद ने गुरुवार को पुरानी खदान सड़क को अगले वसंत से भारी ट्रकों के लिए बंद करने का फैसला किया। "
        "निवासी वर्षों से शोर और दीवारों में दरारों की शिकायत कर रहे थे।",
        "ट्रक अब एक नए बाईपास का इस्तेमाल करेंगे जो अप्रैल में खुलेगा और जिस पर लगभग बारह करोड़ रुपये खर्च होंगे।",
    ]
    result = clean_text(page(["होम", "समाचार", "खेल"], "खदान सड़क ट्रकों के लिए बंद", body, FOOTER))
    assert paragraphs(result) == body


# --- edge cases -------------------------------------------------------------------------


def test_empty_and_blank_input() -> None:
    assert clean_text("") == CleanedText(text="")
    assert clean_text("\n \n\t\n").text == ""


def test_menu_only_page_gives_no_article() -> None:
    assert clean_text(page(MENU, FOOTER)).text == ""


def test_a_clean_article_is_kept_whole() -> None:
    text = "Quarry road closed to lorries\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    result = clean_text(text)
    assert paragraphs(result) == PARAGRAPHS
    assert result.title == "Quarry road closed to lorries"


def test_windows_line_ends() -> None:
    result = clean_text(page(MENU, "Quarry road closed", PARAGRAPHS, FOOTER).replace("\n", "\r\n"))
    assert paragraphs(result) == PARAGRAPHS


# --- properties -------------------------------------------------------------------------

_SENTENCES = st.sampled_from([*PARAGRAPHS, "Nobody objected.", "Why now?", "“It is about time,” one resident said."])
_JUNK = st.sampled_from([*MENU, *FOOTER, "Share", "Read more", "May 5, 2020", "By Maria Keller"])
_SCRAPED = st.lists(st.one_of(_SENTENCES, _JUNK), min_size=1, max_size=30).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(_SCRAPED)
def test_cleaning_is_idempotent(content: str) -> None:
    once = clean_text(content).text
    assert clean_text(once).text == once


@settings(max_examples=200, deadline=None)
@given(_SCRAPED)
def test_kept_lines_come_from_the_page_in_order(content: str) -> None:
    source = content.splitlines()
    position = 0
    for kept in paragraphs(clean_text(content)):
        position = source.index(kept, position) + 1  # ValueError if invented or out of order


def test_a_one_paragraph_post_beats_teasers_and_a_legal_footer() -> None:
    # A short post under its headline, then the site's teasers and a footer of legal paragraphs
    # that, in a run, outweigh one lone paragraph.
    post = (
        "The ferry company has painted its oldest boat in the colours it wore in 1962, and the harbour "
        "museum is lending it the original brass bell for the summer season, which starts on Saturday with "
        "a free crossing for everyone who brings a photograph of the boat."
    )
    teasers = []
    for n in range(1, 5):
        teasers += [
            f"Another story number {n} from the harbour",
            f"A short summary of story {n} that the site shows under its linked headline, cut off [...]",
            "READ THE REST",
        ]
    legal = [
        "Read the rules you agree to when you use this website in our Terms of Service.",
        "We take part in several affiliate programmes and may earn a fee when you buy through our links.",
        "This site uses cookies and analytics trackers, and is paid for by advertising and affiliate links.",
        "Our discussion rules for readers are set out at length in the community guidelines of the forum.",
        "Harbour Notes is published under a free licence except where it is otherwise noted on the page.",
    ]
    text = clean_text(
        page(
            "Old ferry gets its 1962 colours back / Harbour Notes",
            ["Harbour Notes", "Jo Bell /", "9:15 am Sat"],
            "Old ferry gets its 1962 colours back",
            ["Follow Us", "Twitter / Facebook / RSS"],
            post,
            ["SHARE /", "TWEET /", "12 COMMENTS", "Boats / History", "GET THE NEWSLETTER"],
            teasers,
            legal,
            ["About Us", "Contact Us", "Advertise"],
        )
    ).text
    assert text == post


def test_every_short_line_above_a_clean_article_is_header() -> None:
    # Two headline-like lines above the first paragraph: the title and a kicker both go, so
    # that cleaning the output again changes nothing.
    content = "Ferry operator adds winter sailings\nSchool bus routes change in January\n" + PARAGRAPHS[0]
    result = clean_text(content)
    assert result.text == PARAGRAPHS[0]
    assert clean_text(result.text).text == result.text


def test_a_standfirst_repeated_in_the_body_keeps_the_body_copy() -> None:
    standfirst = "The veteran engineer had led the harbour authority's works department for a decade."
    body = [PARAGRAPHS[0], PARAGRAPHS[1], standfirst, PARAGRAPHS[2]]
    result = clean_text(page(MENU, "Quarry road closed", [standfirst], ["Ines Obi", "Local reporter"], body, FOOTER))
    assert paragraphs(result) == body


def test_a_refusal_to_comment_is_the_reporters_sentence_not_a_prompt() -> None:
    body = [PARAGRAPHS[0], "Harbour Freight declined to comment.", PARAGRAPHS[1], PARAGRAPHS[2]]
    result = clean_text(page(MENU, "Quarry road closed", body, ["Leave a comment"], FOOTER))
    assert paragraphs(result) == body


def test_labelled_teasers_are_dropped_from_inside_the_article() -> None:
    teasers = ["SEE MORE: Ferry strike spreads to two more ports", "Related: The ten busiest harbours in Europe"]
    lines = [PARAGRAPHS[0], teasers[0], PARAGRAPHS[1], teasers[1], PARAGRAPHS[2]]
    result = clean_text(page(MENU, "Quarry road closed", lines, FOOTER))
    assert paragraphs(result) == PARAGRAPHS


def test_picture_credits_in_scraped_text_are_dropped() -> None:
    caption = "Ferries wait at the quarry pier after the road closed on Thursday [File: Valley Post]"
    lines = [caption, "Getty Images", *PARAGRAPHS]
    result = clean_text(page(MENU, "Quarry road closed", lines, FOOTER))
    assert paragraphs(result) == PARAGRAPHS
