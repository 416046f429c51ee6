"""Rows come from the article's prose: credits, contact lines and degrees make none."""

from __future__ import annotations

import pytest

from newscli.nlp.entities import extract_entities

pytestmark = pytest.mark.model

_BODY = (
    "The council in Dunmore voted on Tuesday to close the old bridge, Mayor Ada Quinn said. "
    "Repairs would cost more than a new crossing, she added.\n\n"
)


@pytest.mark.parametrize(
    "credit",
    [
        "Reporting was contributed by Julia Marsh, Tom Okafor and Lena Brandt.",
        "(Reporting by Julia Marsh; Editing by Tom Okafor)",
        "Julia Marsh may be reached at jmarsh@example.com. Follow her on Twitter @jmarsh.",
        "Tom Okafor contributed reporting.",
    ],
)
def test_credit_and_contact_lines_make_no_rows(parse, credit: str) -> None:  # type: ignore[no-untyped-def]
    names = {e.name for e in extract_entities(parse(_BODY + credit))}
    assert "Ada Quinn" in names
    assert not names & {"Julia Marsh", "Tom Okafor", "Lena Brandt", "Twitter"}


def test_a_credit_confirms_nothing_the_body_does_not_name(parse) -> None:  # type: ignore[no-untyped-def]
    text = _BODY + "Lena Brandt, a council engineer, said the bridge was unsafe.\n\nLena Brandt contributed reporting."
    rows = {e.name: e for e in extract_entities(parse(text))}
    assert rows["Lena Brandt"].type == "person"


def test_degrees_after_a_name_are_not_places(parse) -> None:  # type: ignore[no-untyped-def]
    text = '"The results are striking," says Hana Berger, MD, PhD, who led the trial in Boston.'
    names = {e.name for e in extract_entities(parse(text))}
    assert "Hana Berger" in names
    assert not names & {"MD", "PhD"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The plan contradicts the strategy of the Ministry of Fisheries, Forestry and Tourism.",
            "Ministry of Fisheries, Forestry and Tourism",
        ),
        (
            "The building is assigned to Transport, Housing and Communities Canada while the other is empty.",
            "Transport, Housing and Communities Canada",
        ),
        (
            "It was presented at a meeting of the European Academy of Allergy, Asthma and Immunology in Madrid.",
            "European Academy of Allergy, Asthma and Immunology",
        ),
        (
            "Tourism made up 9 percent of output, according to the Global Travel and Tourism Council.",
            "Global Travel and Tourism Council",
        ),
        (
            '"It is a disgrace," said Dana Lee, spokeswoman for the Native Rights Movement of Colorado.',
            "Native Rights Movement of Colorado",
        ),
        ("The attack was claimed by an al-Qaeda-linked group.", "al-Qaeda"),
        ("She works at the Hartley Children's Research Institute in Perth.", "Hartley Children's Research Institute"),
        ("Leaders of the Progressive Labour Party of Malta met on Monday.", "Progressive Labour Party of Malta"),
    ],
)
def test_names_with_a_list_an_and_or_a_place_inside_stay_whole(parse, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert {e.name: e.type for e in extract_entities(parse(text))}[name] == "organization"


def test_a_list_of_firms_is_still_a_list(parse) -> None:  # type: ignore[no-untyped-def]
    rows = {e.name for e in extract_entities(parse("Shares of Google, Apple and Microsoft rose on Monday."))}
    assert {"Google", "Apple", "Microsoft"} <= rows


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The pills were seized in a raid, Thames Valley police said.", "Thames Valley police", "organization"),
        ("The Oglala Lakota tribe says it holds treaty rights to the land.", "Oglala Lakota tribe", "organization"),
        ("Activists camped on the banks of the Cannonball river all winter.", "Cannonball river", "location"),
        (
            "The Burleigh County sheriff's department refused to comment.",
            "Burleigh County sheriff's department",
            "organization",
        ),
    ],
)
def test_a_lower_case_head_after_a_name_is_part_of_it(parse, text: str, name: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert {e.name: e.type for e in extract_entities(parse(text))}[name] == kind


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Italian police arrested the suspect in Milan on Friday.", "Italian police"),
        ("Ferguson police officer Dan Wilks fired twice, the report said.", "Ferguson police"),
    ],
)
def test_no_name_from_a_nationality_or_a_role_compound(parse, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert absent not in {e.name for e in extract_entities(parse(text))}


def test_a_label_line_makes_no_row(parse) -> None:  # type: ignore[no-untyped-def]
    text = _BODY + "Specs:\n\nWeight: 2 pounds\n\nSpecs:\n\nFill: down\n"
    assert "Specs" not in {e.name for e in extract_entities(parse(text))}


def test_an_ordinary_word_and_a_headed_name_are_one_name(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Talks were held with Mines and Energy Ministry Secretary-General Umar Said. Gold mines are deep."
    rows = {e.name: e for e in extract_entities(parse(text))}
    assert rows["Mines and Energy Ministry"].type == "organization"
    assert "Mines" not in rows
