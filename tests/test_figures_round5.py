"""Round 5: number words joined by hyphens, a scale written once for a range of hundreds (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from newscli.nlp.figures import extract_figures

pytestmark = pytest.mark.model


def figures(parse, text: str) -> dict[str, tuple[str, float, str, tuple[float, float] | None]]:  # type: ignore[no-untyped-def]
    found = extract_figures(parse(text), "2024-06-07")  # type: ignore[arg-type]
    return {f.text: (f.kind, f.value, f.unit, f.range) for f in found if f.kind != "date"}


def test_a_number_word_hyphened_to_its_hundreds_is_one_number(parse) -> None:  # type: ignore[no-untyped-def]
    got = figures(parse, "Crews finished a twelve-hundred-mile pipeline across the plains.")
    assert got["twelve-hundred-mile"] == ("quantity", 1200.0, "mi", None)


def test_a_scale_written_once_serves_a_range_of_hundreds(parse) -> None:  # type: ignore[no-untyped-def]
    got = figures(parse, "The repairs could cost three hundred to five hundred billion dollars.")
    kind, value, unit, span = got["three hundred to five hundred billion dollars"]
    assert (kind, value, unit, span) == ("money", 3e11, "USD", (3e11, 5e11))


def test_hundreds_with_no_scale_after_them_stay_hundreds(parse) -> None:  # type: ignore[no-untyped-def]
    got = figures(parse, "Some three hundred to 400 people waited outside.")
    assert got["three hundred to 400"][1] == 300.0


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value"),
    [
        ("The village is a 9-square-mile patch of farmland.", "9-square-mile", "mi2", 9.0),
        ("The team moved into a 40,000-square-foot practice facility.", "40,000-square-foot", "ft2", 40000.0),
        ("The lab ordered a 25-cubic-foot freezer.", "25-cubic-foot", "ft3", 25.0),
        ("Their 2,400 square-foot house went up for sale.", "2,400 square-foot", "ft2", 2400.0),
    ],
)
def test_a_hyphened_square_or_cubic_unit_is_an_area_or_volume(
    parse, text: str, surface: str, unit: str, value: float
) -> None:  # type: ignore[no-untyped-def]
    kind, got_value, got_unit, _ = figures(parse, text)[surface]
    assert (kind, got_value, got_unit) == ("quantity", value, unit)


def test_a_rate_written_without_its_leading_zero_is_no_count(parse) -> None:  # type: ignore[no-untyped-def]
    got = figures(parse, "The shortstop batted .287 with a .350 on-base mark over 140 games.")
    assert ".287" not in got and ".350" not in got
    assert got["140"][:2] == ("count", 140.0)


def test_zero_padded_codes_and_the_list_they_open_are_no_counts(parse) -> None:  # type: ignore[no-untyped-def]
    got = figures(parse, "Three switches give eight settings (000, 001, 010, 011 and so on) in all.")
    assert not {"000", "001", "010", "011"} & got.keys()
    assert got["eight"][:2] == ("count", 8.0)


def test_a_decimal_with_its_zero_or_a_unit_is_still_a_figure(parse) -> None:  # type: ignore[no-untyped-def]
    got = figures(parse, "The ratio fell to 0.25 from .08 and rates rose .5 percent.")
    assert got["0.25"][:2] == ("count", 0.25)
    assert got[".08"][:2] == ("count", 0.08)  # not three places: no sport rate
    assert got[".5 percent"][:3] == ("percent", 0.5, "%")


def test_feet_and_inches_in_curly_marks_are_a_height(parse) -> None:  # type: ignore[no-untyped-def]
    got = figures(parse, "Police are looking for a 5’9” man in a grey coat.")
    kind, value, unit, _ = got["5’9”"]
    assert (kind, unit) == ("quantity", "ft") and value == pytest.approx(5.75)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Garcia was 47, with no record of illness, when she collapsed.", "47"),
        ("She was 29 when she opened the bakery.", "29"),
    ],
)
def test_a_number_a_person_is_is_an_age(parse, text: str, surface: str) -> None:  # type: ignore[no-untyped-def]
    assert figures(parse, text)[surface][:3] == ("quantity", float(surface), "yr")


def test_a_number_a_thing_is_stays_a_count(parse) -> None:  # type: ignore[no-untyped-def]
    assert figures(parse, "The final tally was 51, a club record.")["51"][:2] == ("count", 51.0)
