"""One row per real-world entity: short forms, titles, generations, datelines, designations."""

from __future__ import annotations

import pytest

from newscli.nlp.entities import extract_entities

pytestmark = pytest.mark.model


def _rows(parse, text: str):  # type: ignore[no-untyped-def]
    return {e.name: e for e in extract_entities(parse(text))}


def test_a_title_of_the_other_gender_keeps_a_surname_apart(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Keir Starmer visited the hospital in Leeds on Monday. Lady Starmer, who works for the NHS, "
        "joined him later. Starmer said Labour would fund more nurses."
    )
    rows = _rows(parse, text)
    assert rows["Keir Starmer"].count == 2
    assert "Lady Starmer" in rows


def test_short_and_long_forms_of_a_party_join(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Labour won the seat. The Labour Party had held it since 1945, and Labour will keep it."
    rows = _rows(parse, text)
    assert "Labour" not in rows
    assert rows["Labour Party"].aliases == ("Labour",)


def test_a_generation_suffix_is_not_a_surname(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Kelly Oubre Jr. scored 20 points on Friday. Oubre said the team had played well."
    rows = _rows(parse, text)
    assert rows["Kelly Oubre Jr."].aliases == ("Oubre",)


def test_a_later_part_of_a_long_name_joins_it(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We need peace," Abu Anas Al Saud told reporters in Gaza on Sunday. But Al Saud is aware of the risks, '
        "and Al Saud said talks would be slow."
    )
    rows = _rows(parse, text)
    assert "Al Saud" not in rows
    assert rows["Abu Anas Al Saud"].count == 3


def test_an_adjective_before_an_organisation_names_the_same_one(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Chinese Communist Party opened its congress in Beijing. Delegates said the Communist Party "
        "would keep its leader."
    )
    rows = _rows(parse, text)
    assert "Communist Party" not in rows and "Chinese Communist Party" in rows


def test_dateline_and_district_make_one_place_each(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LA CROSSE, Wis. (AP) — The mayor of La Crosse said on Monday that the bridge would reopen.\n\n"
        "Money came from Washington, D.C., and Sen. Chris Murphy (D., Conn.) backed the plan."
    )
    rows = _rows(parse, text)
    assert rows["La Crosse"].type == "location" and rows["La Crosse"].count == 2
    assert rows["AP"].type == "organization"
    assert "Washington, D.C." in rows and "D.C." not in rows and "Washington" not in rows
    assert not {"LA", "CROSSE", "Wis.", "Conn.", "D."} & set(rows)


def test_regions_administrations_and_addresses_as_written(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Drones struck Kyiv overnight, and homes were damaged across the Kyiv region, officials said. "
        "The Trump administration said it would respond. The agency left its offices at 300 Slater Street "
        "in Ottawa."
    )
    rows = _rows(parse, text)
    assert rows["Kyiv"].type == rows["Kyiv region"].type == "location"
    assert rows["Trump administration"].type == "organization"
    assert rows["300 Slater Street"].type == "location"


def test_a_possessive_separates_an_owner_from_its_part(parse) -> None:  # type: ignore[no-untyped-def]
    text = "She trained lawyers with the University of Pretoria's Centre for Human Rights in 2019."
    rows = _rows(parse, text)
    assert "University of Pretoria" in rows and "Centre for Human Rights" in rows


def test_a_name_cut_at_its_link_word_is_joined(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Dana Wu, who studies China at the Centre for EU-Asia Connectivity in Bochum, lives in São José dos Campos."
    rows = _rows(parse, text)
    assert "Centre for EU-Asia Connectivity" in rows and "São José dos Campos" in rows


def test_hyphenated_given_names_and_joined_party_names_stay_whole(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "Kim Jong-un met Son Heung-min in Seoul on Monday.")
    assert "Kim Jong-un" in rows and "Son Heung-min" in rows


def test_a_region_named_after_its_city_keeps_the_word_region(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Drones hit Kyiv and the Kyiv region overnight. A pipeline will run from Namibia's Kunene region."
    rows = _rows(parse, text)
    assert "Kyiv" in rows and "Kyiv region" in rows
    assert "Kunene" in rows and "Kunene region" not in rows


def test_people_of_a_place_are_not_a_place(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "Police arrested two New Yorkers who ran the office in Manhattan.")
    assert rows["New Yorkers"].type == "misc"


def test_a_dateline_agency_is_not_the_abbreviation_of_the_place(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour board backs expansion\n\n"
        "PORT ALDER, Maine (AP) — The harbour board voted on Tuesday to expand the terminal. Gov. Janet Mills "
        "welcomed the vote. Mills, a Democrat, said the state would pay."
    )
    rows = _rows(parse, text)
    assert rows["Maine"].aliases == ()
    assert rows["AP"].type == "organization"
    assert rows["Janet Mills"].aliases == ("Mills",) and "Mills" not in rows


def test_a_wire_dateline_line_names_its_place_and_a_wrapped_line_is_prose(parse) -> None:  # type: ignore[no-untyped-def]
    text = "ROME 1996-12-06\nItaly recalled Marcello Cuttitta\non Friday for their match against Scotland ."
    rows = _rows(parse, text)
    assert rows["Rome"].type == "location" if "Rome" in rows else rows["ROME"].type == "location"
    assert "Marcello Cuttitta" in rows


def test_a_place_short_form_after_its_town_joins(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vendors sell maize outside the Lindi Bus Stand every night. Passengers leave the Bus Stand late, "
        "and the Bus Stand has no lights. Mexico City and Mexico both sent officials."
    )
    rows = _rows(parse, text)
    assert "Bus Stand" not in rows
    assert "Mexico" in rows and "Mexico City" in rows


def test_a_publication_and_its_magazine_name_are_one(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "Forbes said the firm grew by 9%, Forbes Magazine reported on Friday.")
    assert rows["Forbes Magazine"].aliases == ("Forbes",)


def test_a_landform_named_without_its_head_is_the_same_place(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Fighting spread across the Gaza Strip on Monday, and residents of Gaza fled south toward Rafah."
    rows = _rows(parse, text)
    assert "Gaza" not in rows and rows["Gaza Strip"].aliases == ("Gaza",)


def test_short_forms_of_a_department_and_a_national_body(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "WASHINGTON (Reuters) - The U.S. Senate on Thursday funded the Department of Homeland Security. "
        "Homeland Security Secretary Jeh Johnson welcomed the vote, and the Senate adjourned."
    )
    rows = _rows(parse, text)
    assert "The U.S. Senate" not in rows and rows["U.S. Senate"].aliases == ("Senate",)
    assert rows["Department of Homeland Security"].aliases == ("Homeland Security",)


def test_relatives_sharing_a_surname_stay_apart_and_the_family_is_no_firm(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tanner Fischer and his sister, Adrianne Fischer, opened the bakery in 2019. Tanner Fischer bakes the "
        "bread. 'We never expected this,' Adrianne Fischer said. The mayor said the Fischers were an example."
    )
    rows = _rows(parse, text)
    assert rows["Tanner Fischer"].count == 2 and rows["Adrianne Fischer"].count == 2
    assert rows.get("Fischers") is None or rows["Fischers"].type == "misc"
