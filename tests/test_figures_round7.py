"""Round 7: what a figure measures when the parse tears or misplaces it, and numbers that name rather than
count (sentences written for these tests)."""

from __future__ import annotations

import pytest

from newscli.nlp.figures import extract_figures

pytestmark = pytest.mark.model


def figures(parse, text: str) -> dict[str, tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    found = extract_figures(parse(text), "2024-06-07")  # type: ignore[arg-type]
    return {f.text: (f.kind, f.unit, f.measures) for f in found if f.kind != "date"}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # the figure hangs on the first noun of a compound: the whole compound is what it measures
        ("The novelist accepted a $2 million book advance from the publisher.", "$2 million", "book advance"),
        # "Rs." torn from its amount by the parse: the phrase it was written in still holds it
        (
            "The bank posted revenue of Rs. 9,100 crore, with a net profit of Rs. 1,250 crore.",
            "Rs. 1,250 crore",
            "net profit",
        ),
        # ... or split into two sentences after "Rs."
        (
            "The state has an annual outlay of Rs. 3,200 crore for its irrigation network.",
            "Rs. 3,200 crore",
            "annual outlay",
        ),
        # a subject that controls the verb of the amount ("stands to lose") is who loses it
        (
            "Growers warned that the small orchard stands to lose up to $40,000 this season.",
            "$40,000",
            "small orchard's loss",
        ),
        # "worth" describing a noun: the amount is that noun's value
        ("Thieves took paintings worth nearly $3 million from the gallery.", "$3 million", "value of paintings"),
        # a participle right after the subject says which of it is meant
        ("The money raised by the volunteers was $12,000.", "$12,000", "money raised by volunteers"),
        # a label the NER took into a person's name is still the label
        ("Tom’s Guess: $12,500,000", "$12,500,000", "Tom’s Guess"),
    ],
)
def test_what_a_figure_measures(parse, text: str, surface: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert figures(parse, text)[surface][2] == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the distance walked is not the walker's, and never "whose sister"
        ("A teacher from Leeds whose sister had to abandon her bike and walk 4 miles home spoke to us.", "4 miles"),
        # "at $4 billion" is a level of "it"; "in the league" is no purpose the money went to
        (
            "It is telling that the value of his club—Forbes recently pegged it at $4 billion, No. 1 in the "
            "league—rose even as the team lost.",
            "$4 billion",
        ),
    ],
)
def test_empty_rather_than_wrong(parse, text: str, surface: str) -> None:  # type: ignore[no-untyped-def]
    assert figures(parse, text)[surface][2] is None


def test_ages_after_a_noun_and_of_you_are_ages(parse) -> None:  # type: ignore[no-untyped-def]
    got = figures(parse, "The singer, 27, posted a photo of the drummer, 41, on Sunday.")
    assert got["27"][:2] == ("quantity", "yr")
    assert got["41"][:2] == ("quantity", "yr")
    got = figures(parse, "I still keep the kite you built when you were 9.")
    assert got["9"][:2] == ("quantity", "yr")


def test_a_number_apart_from_a_noun_it_does_not_describe_stays_a_count(parse) -> None:  # type: ignore[no-untyped-def]
    got = figures(parse, "The company, 30, said. Of the patients, 30, were sent home.")
    assert all(kind == "count" for kind, _, _ in got.values())


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The side will play a Twenty20 game against Kenya on Friday.", set()),  # a number word glued to digits
        ("The gala was held at 45 Rockwell hall downtown.", set()),  # many of one named thing: an address
        ("They beat Denver 31–17 in a Week 9 game.", set()),  # a score before a numbered week
        ("She framed three 5-by-7 prints for the show.", {"three"}),  # a size with no unit counts nothing
    ],
)
def test_names_and_sizes_are_not_counts(parse, text: str, kept: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert set(figures(parse, text)) == kept


def test_counts_before_names_still_count(parse) -> None:  # type: ignore[no-untyped-def]
    got = figures(parse, "We met 40 Google engineers and two Ferrari drivers. The cell is 6-by-8 feet.")
    assert got["40"][0] == "count"
    assert got["two"][0] == "count"
    assert any(unit == "ft" for _, unit, _ in got.values())
