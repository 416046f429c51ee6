"""Numbers that are not figures: scores and records, names and labels, years, ages, ratings, addresses."""

from __future__ import annotations

import pytest

from newscli.models import Figure
from newscli.nlp.figures import extract_figures

pytestmark = pytest.mark.model


def figs(parse, text: str) -> list[Figure]:  # type: ignore[no-untyped-def]
    return sorted(extract_figures(parse(text), "2024-06-07T10:00"), key=lambda f: f.start)  # type: ignore[arg-type]


def reported(parse, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The surfaces of everything but dates and durations: what a reader would take for a figure."""
    return [f.text for f in figs(parse, text) if f.kind != "date" and f.unit not in ("yr", "d", "h", "min")]


@pytest.mark.parametrize(
    "text",
    [
        "The Knicks beat the Celtics 106-103 on Tuesday and improved to 23-12 on the season.",
        "Sinner won 6-2, 7-5, 6-3 in Sunday's final.",
        "Brunson went 0-for-9 from deep as the Rangers lost 3-2 in overtime.",
        "United took home three points and opened a three-point gap over Leeds.",
        "The court struck down Sections 21, 24, and 26 of the act and Section 14(1).",
        "Members of Teamsters Local 90 rallied outside the depot on Friday.",
        "Phase six includes a pipeline to the border.",
        "The Zenbivy Bed 25 (9/10, Recommended) is the comfiest bag we tried.",
        "The city is working towards SDGs 7 and 11, according to the mayor.",
        "Delegates gathered at COP30 in Belem.",
        "The shop opens 6-9 p.m. for the 19+ tasting event.",
        "The fort dates to 500 BC.",
        "The village is thought to date back to 3,200 BCE.",  # an era after a number with a comma
        "The months after the Orion 7 launch failure were quiet.",  # a name's number counts no singular
        "The trio could finish 1-2-3 in the final standings.",  # placings
        "The coach switched to a 4-4-2 formation at half-time.",
        "The clinic is staffed 24/7 and marked the 9/11 anniversary with a 50/50 raffle.",  # slashes, no shares
        "The flaw affects releases up to 2.4.1, and the router at 10.0.0.1 was exposed.",  # versions, addresses
        "The board voted 7 to 2 to keep rates on hold.",  # a tally runs downwards
        "Banks ran leverage of 30 to 1, and the lender's 40-to-1 ratio alarmed the regulator.",  # ratios
        "Deputies were called to the 4500 block of Maple Avenue overnight.",  # a block of a street
        "The 12-member panel sent a 6-word reply and a five-page memo.",  # a number hyphened to a noun
    ],
)
def test_results_labels_and_names_are_not_figures(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    assert reported(parse, text) == []


def test_a_label_names_its_digits_across_the_article(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Drivers classed as 22.4s earn less. The union wants a cap on 22.4 drivers, not more 22.4 positions."
    assert reported(parse, text) == []


def test_an_address_named_again_without_its_street_word(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The agency left 300 Slater Street in May. Later, 300 Slater was handed to the army."
    assert reported(parse, text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Fans relived the 2024 wildfire that closed the park.", "2024"),
        ("Book your 2026 Orlando holiday early.", "2026"),
        ("Emissions will fall 42 per cent on 2005 levels.", "2005"),
        ("The lodge kept its original 1922 stone fireplace.", "1922"),
        # before a plural too, when the article writes a count that size "2,025" or it is no round number
        ("Analysts expect $3 billion in 2025 sales, up from 1,200 outlets.", "2025"),
        ("Turnout fell before the 2018 elections.", "2018"),
    ],
)
def test_year_shaped_numbers_before_a_thing_are_years(parse, text: str, surface: str) -> None:  # type: ignore[no-untyped-def]
    found = {f.text: f for f in figs(parse, text)}
    assert (found[surface].kind, found[surface].unit) == ("date", "year")


def test_ages_are_years_of_age_not_counts(parse) -> None:  # type: ignore[no-untyped-def]
    found = {f.text: f for f in figs(parse, "Doria, 67, cares for the children. The camp takes kids ages 5 to 12.")}
    assert (found["67"].kind, found["67"].unit) == ("quantity", "yr")
    assert (found["5 to 12"].unit, found["5 to 12"].range) == ("yr", (5.0, 12.0))
    found = {f.text: f for f in figs(parse, "Ana Ruiz and Tom Berg, both 41, were charged on Monday.")}
    assert (found["41"].kind, found["41"].unit) == ("quantity", "yr")


def test_a_day_without_a_year_is_no_count_when_the_article_has_no_date(parse) -> None:  # type: ignore[no-untyped-def]
    found = extract_figures(parse("The minister visited the plant on 14 March and met workers."), None)
    assert [f.text for f in found] == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The park drew 2.4 million visitors and 330 guest rooms were rebuilt.", "330", 330.0),
        ("About 2000 delegates attended the congress.", "2000", 2000.0),  # a year-shaped count of a plural
        ("Crowds of 5-7 people gathered at each stop.", "5", 5.0),  # a range of a counted thing is no score
        ("Police said 1,000+ people joined the march.", "1,000", 1000.0),
        ("A 2,000-strong crowd marched to the square.", "2,000", 2000.0),  # hyphened to no noun
        ("The club named a 23-man squad for the final.", "23", 23.0),  # hyphened to people: a head count
        ("A 12-person jury heard the case in March.", "12", 12.0),
        ("Roughly 3/4 of the members voted yes.", "3/4", 0.75),  # a slash that is a share
        ("Staff fell from 18 to 12 after the merger.", "18", 18.0),  # a change downwards, no tally
        ("Staff fell from 18 to 12 after the merger.", "12", 12.0),
    ],
)
def test_counts_survive(parse, text: str, surface: str, value: float) -> None:  # type: ignore[no-untyped-def]
    found = {f.text: f for f in figs(parse, text) if f.kind == "count"}
    assert surface in found and found[surface].value == value


def test_the_year_of_a_named_day_is_not_reported_alone(parse) -> None:  # type: ignore[no-untyped-def]
    found = [f.text for f in figs(parse, "Volunteers planted trees on Earth Day 2010 along the river.")]
    assert "2010" not in found


def test_a_code_list_names_only_its_own_digits(parse) -> None:  # type: ignore[no-untyped-def]
    """The codes after a zero-padded code ("00, 01, 10, 11") are labels there, not everywhere: a later
    "10 people" is a count."""
    text = "The sensor logs one of four states, coded (00, 01, 10, 11). On Tuesday 10 people were evacuated."
    found = reported(parse, text)
    assert "10" in found
    assert found.count("10") == 1  # the code itself is no figure
