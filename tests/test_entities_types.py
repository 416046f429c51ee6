"""Types decided per entity from head words, gazetteers, nationality words and context."""

from __future__ import annotations

import pytest

from newscli.nlp import gazetteer
from newscli.nlp.entities import extract_entities
from newscli.nlp.lexicon import head_type

pytestmark = pytest.mark.model


def _types(parse, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.name: e.type for e in extract_entities(parse(text))}


def test_head_words() -> None:
    assert head_type("Corp.") == "organization"
    assert head_type("Ministry") == "organization"
    assert head_type("River") == "location"
    assert head_type("Treaty") == "misc"
    assert head_type("Laws") == "misc"


def test_gazetteer_and_demonyms() -> None:
    assert gazetteer.lookup("Hokkaido") is not None
    assert gazetteer.lookup("Russian Federation") == gazetteer.lookup("Russia")
    assert gazetteer.is_demonym("Japanese")
    assert gazetteer.is_demonym("Americans")
    assert gazetteer.is_demonym("Queenslander")
    assert not gazetteer.is_demonym("Burns")


def test_company_suffix_makes_an_organisation(parse) -> None:  # type: ignore[no-untyped-def]
    types = _types(parse, "The jets were built by Hallbrook Dynamics Corp. in Ohio.")
    assert types["Hallbrook Dynamics Corp."] == "organization"


def test_region_from_the_gazetteer_beats_the_ner(parse) -> None:  # type: ignore[no-untyped-def]
    types = _types(parse, "Fishermen in Hokkaido protested. Hokkaido's governor backed them.")
    assert types["Hokkaido"] == "location"


def test_product_code_is_misc(parse) -> None:  # type: ignore[no-untyped-def]
    types = _types(parse, "The navy tested the SPY-7 radar near Okinawa.")
    assert types["SPY-7"] == "misc"


def test_surname_votes_follow_the_full_name(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Striker Dewi Kartika scored twice. Kartika now has nine goals, and Kartika leads the league."
    types = _types(parse, text)
    assert types["Dewi Kartika"] == "person"


def test_place_context_town_of(parse) -> None:  # type: ignore[no-untyped-def]
    types = _types(parse, "Flood water reached the town of Bramwick late on Sunday.")
    assert types.get("Bramwick") == "location"


def test_place_name_starting_with_port_or_mount(parse) -> None:  # type: ignore[no-untyped-def]
    types = _types(parse, "Port Halden's city council voted on Tuesday to rebuild the pier.")
    assert types.get("Port Halden") == "location"


def test_who_after_a_name_marks_a_person(parse) -> None:  # type: ignore[no-untyped-def]
    text = '"It came late," said Magnus Eide, who chairs a trawler association in Bergen.'
    assert _types(parse, text).get("Magnus Eide") == "person"


def test_the_before_a_plural_name_is_not_a_person(parse) -> None:  # type: ignore[no-untyped-def]
    text = "He pitched for the Harbor Hawks last season before the Harbor Hawks released him."
    assert _types(parse, text).get("Harbor Hawks") != "person"


def test_untagged_runs_are_kept_only_with_evidence(nlp) -> None:  # type: ignore[no-untyped-def]
    # make_doc: no NER at all, so every name must come from the capitalised-run search
    text = "The crowd sang Walking Home Slowly before the Kettering Glider Works Company closed."
    types = {e.name: e.type for e in extract_entities(nlp.make_doc(text))}
    assert types == {"Kettering Glider Works Company": "organization"}


def _cand(text: str, name: str):  # type: ignore[no-untyped-def]
    from newscli.nlp.entities.text import Candidate

    start = text.index(name)
    return Candidate(start, start + len(name), name, None)


def test_description_after_the_name_classifies_it() -> None:
    from newscli.nlp.entities.types import _classifier_nouns

    text = "Kelvaro is a small fishing village in the north of the island."
    assert [kind for kind, _ in _classifier_nouns(text, _cand(text, "Kelvaro"))] == ["location"]
    text = "Dunmore Tillage , a family seed company based in Ohio , was sold."
    assert [kind for kind, _ in _classifier_nouns(text, _cand(text, "Dunmore Tillage"))] == ["organization"]
    text = "The Ridgeback Five are a publicity street team for the club."
    assert [kind for kind, _ in _classifier_nouns(text, _cand(text, "Ridgeback Five"))] == [
        "organization"
    ]  # the head, not "street"
    text = "Hal Vantry was a member of the board."
    assert [kind for kind, _ in _classifier_nouns(text, _cand(text, "Hal Vantry"))] == []  # "of" ends the description


def test_role_word_before_a_name_unless_it_is_a_verb() -> None:
    from newscli.nlp.entities.types import _classifier_nouns

    text = "The expedition was led by the captains Arno Velt and Jules Marre."
    assert [kind for kind, _ in _classifier_nouns(text, _cand(text, "Arno Velt"))] == ["person"]
    text = "He volunteered to head Tarrasan forces in the north."
    assert [kind for kind, _ in _classifier_nouns(text, _cand(text, "Tarrasan"))] == []


def test_born_marks_a_person(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Mirela Dastor ( born 12 May 1971 ) is a writer. Dastor lives in Leeds."
    assert _types(parse, text).get("Mirela Dastor") == "person"


def test_region_after_a_comma_is_taken_whole() -> None:
    from newscli.nlp.entities.types import _is_region

    assert _is_region("Vermont")
    assert not _is_region("Paris Hilton")  # "Jamie Foxx, Paris Hilton": a person, though Paris is a region


def test_possessive_and_comma_cues_work_on_tokenised_text(parse) -> None:  # type: ignore[no-untyped-def]
    types = _types(parse, "Residents said Brekford 's mayor would resign .")
    assert types.get("Brekford") == "location"


def test_a_city_is_not_the_first_name_of_a_club(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Leeds Harriers won the cup on Sunday. Thousands of fans in Leeds celebrated the win."
    types = _types(parse, text)
    assert types.get("Leeds") == "location"


def test_capitalised_common_nouns_are_not_names(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Cycles now sells Racing Bicycles in Leeds. Its racing bicycles are light, "
        "and its staff plan special events. Tickets for Special Events sold out."
    )
    names = {e.name for e in extract_entities(parse(text))}
    assert "Racing Bicycles" not in names and "Special Events" not in names
    assert "Leeds" in names


def test_gazetteer_knows_other_names_and_one_word_spellings() -> None:
    assert gazetteer.lookup("Den Haag") == gazetteer.lookup("The Hague")
    assert gazetteer.lookup("Calcutta") == gazetteer.lookup("Kolkata")
    assert gazetteer.lookup("Tamilnadu") == gazetteer.lookup("Tamil Nadu")
    assert gazetteer.lookup("Hilton") is None


def test_place_heads_parish_courthouse_station() -> None:
    for word in ("Parish", "Courthouse", "Ave", "Penitentiary", "Station", "Highway"):
        assert head_type(word) == "location", word


def test_radio_station_before_a_name_is_not_a_place() -> None:
    from newscli.nlp.entities.types import _classifier_nouns

    text = "The talk station 4KQZ hired him."
    assert "location" not in [kind for kind, _ in _classifier_nouns(text, _cand(text, "4KQZ"))]


def test_directional_first_word_leans_to_a_place_but_not_for_nationalities(parse) -> None:  # type: ignore[no-untyped-def]
    from newscli.nlp.entities.text import TextIndex
    from newscli.nlp.entities.types import evidence

    text = "Ferries run to North Kelvara and to the South Korean coast."
    index = TextIndex(parse(text))
    assert evidence(index, [_cand(text, "North Kelvara")], "North Kelvara")["location"] >= 1.5
    assert evidence(index, [_cand(text, "South Korean")], "South Korean").get("location", 0.0) < 1.5


def test_acronym_of_a_lower_case_phrase_is_no_entity(parse) -> None:  # type: ignore[no-untyped-def]
    from newscli.nlp.entities.recall import defined_terms

    text = "The ship carries a vertical launch system (VLS). The VLS holds 64 missiles, Orbex Corp. said."
    assert defined_terms(text) == {"VLS"}
    assert "VLS" not in {e.name for e in extract_entities(parse(text))}
    assert defined_terms("He joined the Maritime Self-Defense Force (MSDF).") == set()


def test_company_and_event_heads() -> None:
    for word in ("Publishing", "Recordings", "Media", "Entertainment", "Productions"):
        assert head_type(word) == "organization", word
    for word in ("Finals", "Convention", "Expo", "Bowl"):
        assert head_type(word) == "misc", word


def test_head_comes_before_a_trailing_number() -> None:
    from newscli.nlp.entities.types import _head

    assert _head(["Kelvara", "League", "Division", "II"]) == "Division"
    assert _head(["State", "Highway", "61"]) == "Highway"
    assert _head(["Route", "9"]) == "Route"
    assert _head(["Apollo"]) == "Apollo"


@pytest.mark.parametrize(
    "text",
    [
        "The minister took to Twitter on Monday to defend the plan, and Twitter users were not convinced.",
        "She posted on Instagram that the tour was over. Instagram later removed the video.",
        "Her Facebook account was suspended last week, a Facebook spokesperson said.",
    ],
)
def test_a_platform_is_never_a_person(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(parse, text)
    platform = next(name for name in ("Twitter", "Instagram", "Facebook") if name in text)
    assert types.get(platform, "organization") != "person"


def test_football_club_heads_type_an_organisation(parse) -> None:  # type: ignore[no-untyped-def]
    assert head_type("United") == "organization" and head_type("Rovers") == "organization"
    types = _types(parse, "The coach had been out of work since being sacked by Harbour United in December.")
    assert types.get("Harbour United") == "organization"


def test_buildings_are_places(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A fire broke out on Sunday at Grace Harbor Church in the east of the city, police said. "
        "Two firefighters were taken to St. Brendan's Hospital with minor burns, and staff at "
        "Westfield General Hospital were put on alert."
    )
    types = _types(parse, text)
    assert types.get("Grace Harbor Church") == "location"
    assert types.get("St. Brendan's Hospital") == "location"
    assert types.get("Westfield General Hospital") == "location"


def test_a_denomination_stays_an_organisation(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The Methodist Church said on Friday that the Church of England had agreed to share the costs."
    types = _types(parse, text)
    assert types.get("Methodist Church") == "organization"
    assert types.get("Church of England") == "organization"


def test_a_wife_makes_a_person(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Yorvik Castellanes signed a five-year extension with the club on Tuesday. The deal makes "
        "Yorvik Castellanes the highest-paid center in the league.\n\n"
        "Yorvik Castellanes's wife, Dana, posted a photo of the signing."
    )
    assert _types(parse, text).get("Yorvik Castellanes") == "person"


def test_a_courtesy_title_elsewhere_makes_a_person(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Yorvik Castellanes signed a five-year extension with the club on Tuesday. "
        "The club said Mr. Castellanes would earn more than any other player."
    )
    assert _types(parse, text).get("Yorvik Castellanes") == "person"


def test_a_title_of_a_place_is_a_person(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The singer is still less popular than the Princess of Wales in her own country, a new survey "
        "found. The Duke of Sussex came third."
    )
    types = _types(parse, text)
    assert types.get("Princess of Wales") == "person"
    assert types.get("Duke of Sussex") == "person"


def test_a_lone_head_word_types_the_name(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor spoke at the Statehouse on Monday, and the Pentagon said it would send help."
    types = _types(parse, text)
    assert types.get("Statehouse") == "location"
    assert types.get("Pentagon") == "organization"
