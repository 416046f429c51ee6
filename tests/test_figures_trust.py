"""measures is left empty rather than filled from proximity: the subject of a verb that does something,
a temperature nothing names, a part word, a clause that is no definition (round-4 audit)."""

from __future__ import annotations

import pytest

from newscli.nlp.figures import extract_figures

pytestmark = pytest.mark.model


def measured(parse, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    found = extract_figures(parse(text), "2024-06-07")  # type: ignore[arg-type]
    return {f.text: f.measures for f in found if f.kind != "date"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The pole vaulter cleared 6.1 metres to set a new record.", "6.1 metres"),  # a doer, not a height
        ("The rover drove 1.2 kilometres across the crater floor.", "1.2 kilometres"),
    ],
)
def test_the_doer_of_an_amount_is_not_what_it_measures(parse, text: str, surface: str) -> None:  # type: ignore[no-untyped-def]
    assert measured(parse, text)[surface] is None


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Shares of the retailer fell 8% on Tuesday.", "8%", "shares of retailer"),  # a change: its subject
        ("The package weighs about 5 pounds.", "5 pounds", "weight of package"),
        ("The bag's rating was bumped down 3 degrees this year.", "3 degrees", "bag's rating"),  # passive subject
    ],
)
def test_subjects_of_state_and_change_still_measure(parse, text: str, surface: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (measured(parse, text)[surface] or "").lower() == expected


def test_by_after_a_perfect_is_the_size_of_the_change(parse) -> None:  # type: ignore[no-untyped-def]
    found = measured(parse, "Rents have risen faster than wages, by 18% against 9% over five years.")
    assert found["18%"] is None or "who" not in found["18%"], found  # no "share who risen"


def test_by_after_a_passive_still_names_the_share_who_did(parse) -> None:  # type: ignore[no-untyped-def]
    found = measured(parse, "The plan was opposed by 41 percent of the members.")
    assert found["41 percent"] is not None and "opposed" in found["41 percent"], found


def test_a_second_passive_shares_the_first(parse) -> None:  # type: ignore[no-untyped-def]
    found = measured(parse, "A poll found the plan was backed by 52 percent of members and opposed by 31 percent.")
    assert found["31 percent"] is not None and "opposed" in found["31 percent"], found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("If the nights are colder, pick a bag rated another 10 degrees lower.", "10 degrees"),  # a gap
        ("Leaders vowed to hold warming well below 2°C by the end of the century.", "2°C"),  # a limit
    ],
)
def test_degrees_nothing_names_are_left_empty(parse, text: str, surface: str) -> None:  # type: ignore[no-untyped-def]
    assert measured(parse, text).get(surface) != "temperature"


def test_a_weight_nothing_names_is_still_a_weight(parse) -> None:  # type: ignore[no-untyped-def]
    assert measured(parse, "It comes in at nearly 3 pounds.")["3 pounds"] == "weight"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Almost half of the $6 billion went to defense contractors.", "$6 billion"),  # a part word
        ("Each pump was using an average of 4,000 litres, the engineer said.", "4,000 litres"),  # a tally alone
    ],
)
def test_a_part_or_a_tally_alone_is_not_what_an_amount_measures(parse, text: str, surface: str) -> None:  # type: ignore[no-untyped-def]
    assert measured(parse, text)[surface] is None


def test_a_tally_the_clause_explains_still_measures(parse) -> None:  # type: ignore[no-untyped-def]
    found = measured(parse, "Home prices in the town dropped to an average of $410,000.")
    assert (found["$410,000"] or "").startswith("home prices"), found


def test_an_infinitive_after_an_amount_is_no_definition(parse) -> None:  # type: ignore[no-untyped-def]
    found = measured(parse, "The bridge, which stretches 2.5 miles across the bay, cost $900 million to build.")
    assert found["$900 million"] is None or "build" not in found["$900 million"].split()[:2], found


@pytest.mark.parametrize(
    ("text", "surface", "word"),
    [
        ("The $8 million that the county borrowed must be repaid by 2030.", "$8 million", "borrowed"),
        ("Lenders must hold $1 for every $25 they lend.", "$25", "lend"),
    ],
)
def test_a_relative_clause_with_its_subject_defines_the_amount(parse, text: str, surface: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word in (measured(parse, text)[surface] or ""), measured(parse, text)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The offer values the software maker at $2 billion.", "$2 billion", "value of software maker"),
        ("The bank priced the new shares at $14 each.", "$14", "price of new shares"),
        ("Each ticket costs $45 at the door.", "$45", "cost of each ticket"),  # no object: the subject
    ],
)
def test_what_is_valued_is_the_object(parse, text: str, surface: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (measured(parse, text)[surface] or "").lower() == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Household debt rose to 96 percent of income.", "96 percent", "household debt as share of income"),
        ("The deficit is now 6% of output.", "6%", "deficit as share of output"),
        ("Nearly 40% of the town's homes were flooded.", "40%", "town's homes"),  # the share itself acts: its group
    ],
)
def test_a_percent_of_a_base_measures_what_reaches_it(parse, text: str, surface: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (measured(parse, text)[surface] or "").lower() == expected


def test_a_percent_of_a_base_a_change_reaches_measures_its_object(parse) -> None:  # type: ignore[no-untyped-def]
    found = measured(parse, "The province raised its spending on schools to 31 percent of the budget.")
    assert (found["31 percent"] or "").startswith("spending"), found


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Bail was set at $250,000 on Friday.", "$250,000", "bail"),  # a level, not money "set aside"
        ("The damage is estimated at $3 billion.", "$3 billion", "damage"),
        ("The loss was put at about $40 million.", "$40 million", "loss"),
    ],
)
def test_a_passive_level_at_an_amount_measures_its_subject(parse, text: str, surface: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (measured(parse, text)[surface] or "").lower() == expected


def test_money_set_aside_is_still_an_allocation(parse) -> None:  # type: ignore[no-untyped-def]
    found = measured(parse, "The county has set aside $2 million this year.")
    assert (found["$2 million"] or "").startswith("amount set aside"), found


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Witnesses saw a 180-pound man leave the store.", "180-pound", "weight of man"),
        ("A 3-kilogram meteorite landed in the field.", "3-kilogram", "weight of meteorite"),
    ],
)
def test_a_weight_before_its_noun_is_the_nouns_weight(parse, text: str, surface: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (measured(parse, text)[surface] or "").lower() == expected


def test_a_weight_noun_is_not_weighed_twice(parse) -> None:  # type: ignore[no-untyped-def]
    assert (measured(parse, "He trained in a 10-pound weight vest.")["10-pound"] or "").lower() == "weight vest"
