"""Short forms: which fuller row a surname, head word or clipped name stands for, and when none."""

from __future__ import annotations

import pytest

from newscli.models import EntityType
from newscli.nlp.entities import extract_entities
from newscli.nlp.entities.shortforms import join_short_forms
from newscli.nlp.entities.text import Candidate

pytestmark = pytest.mark.model


def _rows(parse, text: str):  # type: ignore[no-untyped-def]
    return {e.name: e for e in extract_entities(parse(text))}


def _row(text: str, name: str, kind: EntityType, at: int) -> tuple[list[Candidate], str, EntityType]:
    start = text.index(name, at)
    return [Candidate(start, start + len(name), name, kind)], name, kind


def test_a_surname_with_titles_of_both_genders_is_two_people(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Dalton named a new envoy on Tuesday. Mr. Dalton said the choice was easy. "
        "Earlier he said his daughter Maya Dalton would be a fine pick. Mr. Dalton later praised "
        "Ms. Dalton and her husband. Mr. Dalton left for Ohio."
    )
    rows = _rows(parse, text)
    assert rows["Maya Dalton"].count == 2  # "Maya Dalton", "Ms. Dalton"
    others = [e for e in rows.values() if e.name.endswith("Dalton") and e.name != "Maya Dalton"]
    assert len(others) == 1 and others[0].count == 4


def test_a_short_form_typed_as_a_place_joins_a_person_with_a_given_name() -> None:
    text = "Yoan Moncada hit two doubles. The decision to trade Moncada was hard."
    rows = [_row(text, "Yoan Moncada", "person", 0), _row(text, "Moncada", "location", 20)]
    assert len(join_short_forms(rows, text)) == 1


@pytest.mark.parametrize(
    ("full", "short", "kind"),
    [
        ("Brixton Market", "Brixton", "location"),  # not a given name: a place and what is named after it
        ("Michael Jordan", "Jordan", "location"),  # a country
    ],
)
def test_a_place_does_not_join_a_person_named_after_it(full: str, short: str, kind: EntityType) -> None:
    text = f"{full} was busy. Later {short} was quiet."
    rows = [_row(text, full, "person", 0), _row(text, short, kind, len(full))]
    assert len(join_short_forms(rows, text)) == 2


def test_a_misspelt_surname_joins_the_one_person_it_is_near(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "James Hansen warned Congress in 1988. Hansen said the models were right. "
        "Critics of the paper say Hanson and his collaborators overstate the risk."
    )
    rows = _rows(parse, text)
    assert "Hanson" in rows["James Hansen"].aliases
    assert "Hanson" not in rows


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "The Energy Department asked for names. Department of Energy staff refused, and Energy officials "
            "said the Department would not comply.",
            "Energy Department",
            "Energy",
        ),
        (
            "The Los Angeles Times reported the threat first. The Times later said schools would reopen.",
            "Los Angeles Times",
            "Times",
        ),
        (
            "North Korea fired two missiles on Friday. The North has tested weapons all summer.",
            "North Korea",
            "North",
        ),
    ],
)
def test_a_head_or_part_stands_for_the_one_fuller_name(parse, text: str, full: str, short: str) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, text)
    assert short not in rows
    assert any(full == e.name or full in e.aliases for e in rows.values())


def test_a_misspelt_surname_two_people_carry_stays_apart(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "James Hansen and Ruth Hansen spoke first. Hansen said the models were right. "
        "Critics of the paper say Hanson and his collaborators overstate the risk."
    )
    rows = _rows(parse, text)
    assert not any("Hanson" in e.aliases for e in rows.values())


def test_a_head_two_rows_share_stays_apart(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of Energy and the Department of Veterans Affairs were asked. "
        "A spokesman said the Department had received the letter."
    )
    rows = _rows(parse, text)
    assert "Department of Energy" in rows and "Department of Veterans Affairs" in rows
    assert rows["Department of Energy"].count == 1


def test_a_given_name_the_tagger_left_out(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "Police blamed ousted PM Imran Khan's party for the unrest in Lahore.")
    assert rows["Imran Khan"].type == "person"
    assert "Khan" not in rows


def test_a_basin_is_no_long_form_of_the_state_it_is_named_after(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "Drilling in the Illinois Basin has slowed. Output in Illinois fell by a fifth last year.")
    assert "Illinois" in rows and "Illinois" not in rows["Illinois Basin"].aliases


def test_the_south_is_no_short_form_of_a_state(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Voters in South Carolina head to the polls on Saturday. Candidates have spent heavily across the South."
    rows = _rows(parse, text)
    assert "South" not in rows["South Carolina"].aliases


def test_a_place_named_after_a_person_is_one_row_without_the_first_name() -> None:
    text = "Walt Disney World raised ticket prices. Visitors to Disney World paid $10 more."
    rows = join_short_forms(
        [_row(text, "Walt Disney World", "location", 0), _row(text, "Disney World", "organization", 30)], text
    )
    assert len(rows) == 1 and rows[0][1] == "Walt Disney World"
    assert [m.text for m in rows[0][0]] == ["Walt Disney World", "Disney World"]


def test_a_name_after_a_first_name_that_begins_with_a_place_is_another_body() -> None:
    # "Washington University" (a school in St. Louis) is not "George Washington University"
    text = "George Washington University and Washington University both protested."
    rows = join_short_forms(
        [
            _row(text, "George Washington University", "organization", 0),
            _row(text, "Washington University", "organization", 30),
        ],
        text,
    )
    assert len(rows) == 2
