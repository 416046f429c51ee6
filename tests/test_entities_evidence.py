"""Types from the whole article's evidence: given names, employers, teams; rows only from prose."""

from __future__ import annotations

import pytest

from newscli.nlp.entities import extract_entities
from newscli.nlp.entities.cues import cue_evidence
from newscli.nlp.entities.text import Candidate, TextIndex
from newscli.nlp.given_names import given_name

pytestmark = pytest.mark.model


def _rows(parse, text: str):  # type: ignore[no-untyped-def]
    return {e.name: e for e in extract_entities(parse(text))}


def test_given_names_with_gender() -> None:
    assert given_name("Samson") == "M"
    assert given_name("alexandra") == "F"
    assert given_name("Tottenham") is None


def test_a_common_given_name_makes_a_person(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The dam was designed in 1931. Engineers praised Harold Quimbly for the work, and the council "
        "later named a road after Samson Mbeki."
    )
    rows = _rows(parse, text)
    assert rows["Harold Quimbly"].type == "person"
    assert rows["Samson Mbeki"].type == "person"


def test_towns_faced_in_a_game_are_their_clubs(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Stockport won 2-0 on Saturday to move up the league. The striker scored twice in the first half and "
        "the manager praised the defence after the match.\n\n"
        "Next weekend they face Bristol, Derby and Wigan as the season reaches its final month, and three "
        "points would lift them into the promotion places."
    )
    rows = _rows(parse, text)
    assert [rows[n].type for n in ("Bristol", "Derby", "Wigan")] == ["organization"] * 3


def test_a_playing_position_names_a_club(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "She is engaged to Leeds United midfielder Tom Ashby, who is 24.")
    assert rows["Leeds United"].type == "organization"
    assert rows["Tom Ashby"].type == "person"


def test_a_town_in_a_story_without_games_stays_a_place(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Flood water reached Wigan and Bristol on Monday, and residents of Derby were told to leave their homes."
    rows = _rows(parse, text)
    assert [rows[n].type for n in ("Bristol", "Derby", "Wigan")] == ["location"] * 3


def test_a_name_with_officers_is_an_organisation(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Prices rose, said Kestrel chief executive Mara Lind. Ben Oduya, an analyst at Kestrel, agreed."
    assert _rows(parse, text)["Kestrel"].type == "organization"


def test_headings_and_teasers_make_no_rows(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour plan approved\n\n"
        "The council in Port Alder approved the new harbour plan on Tuesday after a long debate.\n\n"
        "Read more: Why Delmont Shipping left the Corvane coast\n\n"
        "3:12 Mayor Ines Okafor speaks on the plan\n\n"
        "Port Alder's mayor, Ines Okafor, said work would start in May."
    )
    rows = _rows(parse, text)
    assert "Port Alder" in rows and "Ines Okafor" in rows  # named in the body too
    assert "Delmont Shipping" not in rows and "Corvane" not in rows


def test_a_name_that_modifies_a_thing_is_not_an_organisation(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russia fired the Vostrel ballistic missile at the port. Kyiv relies on Halberd air defense systems, "
        "said the minister on his Harbor Talk podcast."
    )
    rows = _rows(parse, text)
    assert all(rows[n].type == "misc" for n in ("Vostrel", "Halberd", "Harbor Talk") if n in rows)


def test_abbreviations_of_common_nouns_make_no_rows(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The MPs voted to cut VAT on energy. Firms using AI and SMS alerts welcomed it, said Ofgem."
    rows = _rows(parse, text)
    assert not {"MPs", "VAT", "AI", "SMS"} & set(rows)


def test_titles_tagged_as_names_are_roles(parse) -> None:  # type: ignore[no-untyped-def]
    text = "On Tuesday the navy's chief spokesperson, Rear Admiral Daniel Hagari, said the ship was safe."
    rows = _rows(parse, text)
    assert "Rear Admiral" not in rows and "Daniel Hagari" in rows


def test_an_acronym_spells_out_a_name_split_by_commas(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In May, Immigration, Refugees and Citizenship Canada (IRCC) gave up two floors. IRCC said the move "
        "saved money, and Isis (Institute of Strategic and International Studies) agreed."
    )
    rows = _rows(parse, text)
    assert rows["Immigration, Refugees and Citizenship Canada"].aliases == ("IRCC",)
    assert rows["Institute of Strategic and International Studies"].aliases == ("Isis",)
    assert "Immigration" not in rows and "Isis" not in rows


def test_brands_and_named_after_places(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "We met in the bar of a Marriott in downtown Denver. The Washington Free Beacon reported the deal, "
        "and firms such as Petronas, Proton and others paid for the trip."
    )
    rows = _rows(parse, text)
    assert rows["Washington Free Beacon"].type == "organization"
    assert rows["Proton"].type == "organization"


def test_a_verb_that_starts_the_sentence_is_not_part_of_the_name(parse) -> None:  # type: ignore[no-untyped-def]
    text = "She posed in Paris while wearing Alaïa. Wearing Alaïa again, she posed for photographers in Milan."
    rows = _rows(parse, text)
    assert "Wearing Alaïa" not in rows


def test_a_newspaper_titled_the_demonym_and_a_designer_label(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The minister told The Namibian last month that the pipeline would be built. At the gala, the actor "
        "wore a white Valentino gown."
    )
    rows = _rows(parse, text)
    assert rows["The Namibian"].type == "organization"
    assert rows["Valentino"].type != "person"


def test_a_lone_word_the_tagger_alone_calls_a_person_is_left_untyped(parse) -> None:  # type: ignore[no-untyped-def]
    text = "A blend of Cinsault, Grenache and Syrah, it is aromatic. Maria Gonzalez said she liked it."
    rows = _rows(parse, text)
    assert all(rows[n].type != "person" for n in ("Cinsault", "Grenache", "Syrah") if n in rows)
    assert rows["Maria Gonzalez"].type == "person"


def test_a_name_with_shares_and_earnings_is_a_company(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Halvorsen Brandt shares fell 3% on Tuesday after the bank cut its forecast."
    assert _rows(parse, text)["Halvorsen Brandt"].type == "organization"


def test_a_lone_word_the_tagger_alone_calls_a_place_is_left_untyped(parse) -> None:  # type: ignore[no-untyped-def]
    text = "His parents died of Tuberculosis in 1999, and he moved to Maseru, where he studied law."
    rows = _rows(parse, text)
    assert rows.get("Tuberculosis") is None or rows["Tuberculosis"].type == "misc"
    assert rows["Maseru"].type == "location"


def test_initials_make_a_person_and_a_destination_in_a_country_a_place(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The estimate comes from an analysis led by J. Hartwell et al. at a university in Ohio. The pipeline "
        "will run from the coast to Kwambaai in South Africa, and J. Hartwell said it was costly."
    )
    rows = _rows(parse, text)
    assert rows["J. Hartwell"].type == "person"
    assert rows["Kwambaai"].type == "location"


def test_fashion_houses_are_organisations_and_a_circuit_designer_a_person(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The actor wore a sequin gown, designed by Rick Owens, to the premiere. Later she was seen wearing "
        "Vivienne Westwood in Paris. The racing circuit was designed by John Hugo Tamsen in 1948."
    )
    rows = _rows(parse, text)
    assert rows["Rick Owens"].type == "organization"
    assert rows["Vivienne Westwood"].type == "organization"
    assert rows["John Hugo Tamsen"].type == "person"


def test_a_name_with_a_run_of_inner_capitals_is_nobody(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "Google vs. OpenAI: the rivals met again. OpenAI said its tools were safe.")
    assert rows["OpenAI"].type != "person"


def test_the_firm_of_a_named_analyst_and_the_town_of_a_named_senator(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Mark Mahaney of Evercore ISI said the fine was small. Senator Greg Taylor of Indianapolis disagreed."
    rows = _rows(parse, text)
    assert rows["Evercore ISI"].type == "organization"
    assert rows["Indianapolis"].type == "location"


def _cues(parse, text: str, name: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    index = TextIndex(parse(text))
    start = text.index(name)
    return dict(cue_evidence(index, [Candidate(start, start + len(name), name, "organization")], name, False))


def test_an_age_makes_a_person(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Police said Maurine Okafor-Lindqvist, 41, was arrested at her home on Tuesday."
    assert _rows(parse, text)["Maurine Okafor-Lindqvist"].type == "person"
    assert _cues(parse, "Bank fees rose. Brightwave, 2019, was a bad year.", "Brightwave").get("person", 0.0) <= 0


def test_a_stock_ticker_makes_a_listed_company(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Shares of Tessa Marlow (NASDAQ:TSMW) and Corvel Lune (NYSE: CVL) rose on Tuesday."
    for name in ("Tessa Marlow", "Corvel Lune"):
        cues = _cues(parse, text, name)
        assert cues.get("organization", 0.0) > cues.get("person", 0.0)


def test_a_plural_organisation_noun_types_the_whole_list(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The rescue was funded by the regional lenders Nellie Grant and Benny Hart, which both lost money."
    assert _cues(parse, text, "Benny Hart").get("organization", 0.0) >= 1.5
    assert "organization" not in _cues(parse, "Her sisters Nellie Grant and Benny Hart came.", "Benny Hart")


def test_gaming_and_esports_name_teams(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "Fans packed the arena to watch Kestrel Gaming beat Orbit Esports 3-1 in the final.")
    assert rows["Kestrel Gaming"].type == rows["Orbit Esports"].type == "organization"


def test_a_towns_police_officer_leaves_the_town_a_place(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Tempe police officer Dana Voss, who fired the shots, was placed on leave on Friday."
    assert _rows(parse, text)["Tempe"].type == "location"
    assert _rows(parse, "Sales fell, said Kestrel chief executive Mara Lind.")["Kestrel"].type == "organization"
