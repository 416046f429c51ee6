"""The block rules of the HTML cleaner, each on a page of our own: what goes and what stays."""

from __future__ import annotations

import ast
from pathlib import Path

from newscli.extract import extract_article, html

STORY = [
    "The ferry between Port Linney and the islands will run twice a day from May, the operator said on Monday.",
    "A second boat, bought second-hand from a Norwegian company, arrives next month after a refit in Aberdeen.",
    "Islanders have asked for a later sailing for years, since the last boat now leaves before the schools close.",
    "The council will pay a third of the running costs for the first two years and review the service after that.",
    "Fares stay the same for residents, while visitors will pay a pound more for a return ticket in the summer.",
]


def text_of(middle: str, *, before: int = 3) -> str:
    story = "".join(f"<p>{sentence}</p>" for sentence in STORY)
    head, tail = story[: _cut(story, before)], story[_cut(story, before) :]
    page = (
        "<html><head><title>Ferry to run twice a day | Linney Herald</title></head><body>"
        f"<article><h1>Ferry to run twice a day</h1>{head}{middle}{tail}</article></body></html>"
    )
    return extract_article(page, "html").text


def _cut(story: str, paragraphs: int) -> int:
    position = 0
    for _ in range(paragraphs):
        position = story.index("</p>", position) + len("</p>")
    return position


def test_a_linked_headline_in_capitals_is_a_teaser_but_a_linked_sentence_is_not() -> None:
    text = text_of(
        "<p><strong><a href='/x'>WHY THE ISLAND SCHOOLS ARE CLOSING EARLY</a></strong></p>"
        "<p>The operator published <a href='/timetable'>the new timetable</a> on its website.</p>"
    )
    assert "WHY THE ISLAND" not in text
    assert "the new timetable" in text


def test_a_bulleted_linked_headline_is_a_teaser_but_a_bulleted_point_of_the_story_is_not() -> None:
    text = text_of(
        "<p>• <strong><a href='/x'>Island pupils get a new school bus for the winter term</a></strong></p>"
        "<p>• Residents with a card pay <a href='/fares'>the old fare</a> on every sailing, all year round.</p>"
        "<p><a href='/report'>The operator's report on the new service</a></p>"
    )
    assert "new school bus" not in text
    assert "Residents with a card pay the old fare" in text
    assert "The operator's report" in text  # one linked line, no bullet: perhaps the story's own reference


def test_disclosures_player_fallbacks_tip_lines_and_reading_times_go() -> None:
    text = text_of(
        "<p>We may earn a commission if you buy something through links on this page.</p>"
        "<p>Sorry, this video has failed to load. Try again later.</p>"
        "<p>Got a story? Email news@linneyherald.example</p>"
        "<p>Read more · 4 min read</p>"
    )
    for gone in ("commission", "failed to load", "Got a story", "min read"):
        assert gone not in text
    assert STORY[4] in text


def test_a_blogs_row_of_counters_goes() -> None:
    text = text_of("<table><tr><td>Views: 312 | Added by: ferryfan | Tags: boats, islands</td></tr></table>")
    assert "Views:" not in text and STORY[3] in text


def test_a_heading_that_links_to_itself_stays() -> None:
    text = text_of("<h2 id='fares'><a href='#fares'>Fares</a></h2>")
    assert "Fares" in text.split("\n\n")


def test_a_bold_kicker_that_is_no_name_is_not_a_byline() -> None:
    page = (
        "<html><head><title>Ferry to run twice a day</title></head><body><article><h1>Ferry to run twice a day</h1>"
        "<p><strong>Breaking News</strong></p>" + "".join(f"<p>{s}</p>" for s in STORY) + "</article></body></html>"
    )
    assert extract_article(page, "html").authors == ()


def test_a_linked_label_goes_but_a_linked_address_stays() -> None:
    text = text_of(
        "<p><a href='/series'>Island Lives</a></p><p>Questions to the operator:</p>"
        "<p><a href='mailto:ferries@linney.example'>ferries@linney.example</a></p>"
    )
    assert "Island Lives" not in text
    assert "ferries@linney.example" in text


def test_an_ad_slot_goes_but_a_section_with_an_ad_in_it_stays() -> None:
    section = (
        "<section class='story-section story-section--ads'>"
        "<p>The harbour master said the new pier can take both boats at once, which ends the queues that "
        "built up on summer weekends last year.</p><p>Work on the waiting room starts in the autumn and should "
        "be finished before the winter timetable begins in October.</p><div class='ad-slot'>Advertisement</div>"
        "</section>"
    )
    text = text_of(section)
    assert "harbour master" in text and "waiting room" in text
    assert "Advertisement" not in text


def test_a_heading_keeps_its_place_whatever_its_id_says() -> None:
    text = text_of("<h2 id='nav-what-changes-in-may'>What changes in May</h2><h3 id='menu'>Winter sailings</h3>")
    assert "What changes in May" in text and "Winter sailings" in text


def test_an_id_made_from_the_blocks_own_words_names_nothing() -> None:
    text = text_of(
        "<div id='a-second-boat-will-share-the-route'><p>A second boat will share the route on busy days, "
        "the operator said, so that no passenger is turned away at the quay.</p></div>"
    )
    assert "no passenger is turned away" in text


def test_a_box_of_similar_stories_goes() -> None:
    text = text_of(
        "<ul class='similarLinks'><li><a href='/a'>How the island buses were saved last winter</a></li></ul>"
    )
    assert "island buses" not in text


def test_html_stages_import_only_the_shared_helpers() -> None:
    """The pipeline in html/__init__ calls the stages; no stage reaches into another."""
    folder = Path(html.__file__).parent
    for module in folder.glob("*.py"):
        if module.name in ("__init__.py", "common.py"):
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        stages = {name for name in imported if name.startswith("newscli.extract.html")}
        assert stages <= {"newscli.extract.html.common"}, module.name


def test_the_writers_contact_lines_closing_the_story_go_but_an_address_in_its_course_stays() -> None:
    text = text_of(
        "<p>Bookings open on Monday. The operator set up an address for complaints:</p>"
        "<p>ferry.complaints@linneyherald.example</p>",
        before=5,
    )
    assert "ferry.complaints@" in text  # the story gives it
    closing = (
        "<p>Mara Quist may be reached at mquist@linneyherald.example. Follow her on Twitter @maraquist.</p>"
        "<p>tom.reed@linneyherald.example</p><p>Twitter: @tomreed</p>"
    )
    text = text_of(closing, before=5)
    for gone in ("may be reached", "tom.reed@", "@tomreed"):
        assert gone not in text
    assert text.endswith(STORY[4])


def test_update_notes_bracketed_read_links_and_download_prompts_go() -> None:
    text = text_of(
        "<p>[Read: <a href='/islands'>Why the island schools close early in winter</a>]</p>"
        "<p>Get the latest on the crossing: Download Linney Live</p>"
        "<p>This story has been updated with the operator's timetable.</p>"
    )
    for gone in ("[Read:", "Download Linney", "has been updated"):
        assert gone not in text
    assert STORY[2] in text and STORY[3] in text


def test_the_sites_newsletter_promotion_and_bookmark_messages_go_but_a_story_about_newsletters_stays() -> None:
    text = text_of(
        "<p>Read more of our island stories by signing up to our free weekly travel newsletter</p>"
        "<p>You can find this story in My Bookmarks. Or by navigating to the user icon in the top right.</p>"
        "<p>The operator said it would stop signing passengers up to its newsletter without asking them first.</p>"
    )
    assert "signing up to our" not in text and "My Bookmarks" not in text
    assert "stop signing passengers up" in text
