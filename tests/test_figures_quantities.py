"""Quantities as real news writes them: compound weights and heights, pounds that weigh, temperatures
in the article's own scale, points that are rates, index moves or scores."""

from __future__ import annotations

import pytest

from newscli.models import Figure
from newscli.nlp.figures import extract_figures
from newscli.nlp.figures.amounts import build
from newscli.nlp.figures.filters import is_designator
from newscli.nlp.figures.numbers import find_numbers
from newscli.nlp.figures.numbers.lex import lex


def amount(text: str, nth: int = 0) -> tuple[str, str, float, str]:
    tokens = lex(text)
    num = list(find_numbers(tokens))[nth]
    a = build(text, tokens, num)
    return text[a.start : a.end], a.kind, round(a.value, 4), a.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tent weighs 2 pounds, 3 ounces packed.", ("2 pounds, 3 ounces", "quantity", 35.0, "oz")),
        ("The quilt is 1 pound 9.7 ounces.", ("1 pound 9.7 ounces", "quantity", 25.7, "oz")),
        ("A bag of 3 lb and 6 oz", ("3 lb and 6 oz", "quantity", 54.0, "oz")),
        ("Porzingis, the 7-foot-3 center, scored.", ("7-foot-3", "quantity", 7.25, "ft")),
        ("At 5'10\" I fit inside.", ("5'10\"", "quantity", 5.8333, "ft")),
        ("The truck makes 275 pound-feet of torque.", ("275 pound-feet", "quantity", 275.0, "lbf.ft")),
        ("The quilt stays under 2 pounds.", ("2 pounds", "quantity", 2.0, "lb")),  # no money in sight: a weight
        ("He paid 40 pounds for the ticket.", ("40 pounds", "money", 40.0, "GBP")),
        ("Overnight it fell to 25F.", ("25F", "quantity", 25.0, "degF")),
        ("Rated to 20 degrees Fahrenheit (-7° Celsius).", ("20 degrees Fahrenheit", "quantity", 20.0, "degF")),
        ("The upload needs 27 megs of memory.", ("27 megs", "quantity", 27.0, "MB")),  # everyday names of units
        ("A device of 15 kilotons or less.", ("15 kilotons", "quantity", 15.0, "kiloton")),
        ("The 1.2-megaton test shook the atoll.", ("1.2-megaton", "quantity", 1.2, "megaton")),
    ],
)
def test_compound_and_local_forms(text: str, expected: tuple[str, str, float, str]) -> None:
    assert amount(text) == expected


def test_a_minus_after_a_bracket_is_a_sign() -> None:
    text = "rated to 20 degrees Fahrenheit (-7° Celsius)"
    assert amount(text, nth=1)[2] == -7.0


@pytest.mark.parametrize("text", ["Ford sells 800,000 F-Series pickups a year.", "FedEx chartered a Boeing 777F."])
def test_a_letter_of_a_name_is_no_temperature(text: str) -> None:
    tokens = lex(text)
    num = next(iter(find_numbers(tokens)))
    assert is_designator(text, tokens, num) or amount(text)[3] != "degF"


def figs(parse, text: str) -> list[Figure]:  # type: ignore[no-untyped-def]
    return sorted(extract_figures(parse(text)), key=lambda f: f.start)  # type: ignore[arg-type]


@pytest.mark.model
def test_bare_degrees_take_the_articles_scale(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Alpine bag is rated to 15°F, and the lighter model to 30°F.\n\n"
        "I used the 20-degree version on a ridge where the trail climbs at a 45-degree angle."
    )
    units = {f.text: f.unit for f in figs(parse, text)}
    assert units["20-degree"] == "degF" and units["45-degree"] == "deg"


@pytest.mark.model
def test_degrees_stay_bare_when_the_article_names_no_scale(parse) -> None:  # type: ignore[no-untyped-def]
    units = {f.text: f.unit for f in figs(parse, "The 20-degree bag kept me warm all night.")}
    assert units["20-degree"] == "deg"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jobless rate saw a 0.3-point drop in May.", ("0.3-point", "percent", "pp")),
        ("The Dow fell 300 points on Friday.", ("300 points", "quantity", "point")),
        ("United took home three points after a late goal.", None),
        ("Leeds closed the three-point gap on Saturday.", None),
    ],
)
def test_points_are_rates_index_moves_or_scores(parse, text: str, expected: tuple[str, str, str] | None) -> None:  # type: ignore[no-untyped-def]
    found = [(f.text, f.kind, f.unit) for f in figs(parse, text) if "point" in f.text]
    assert found == ([expected] if expected else [])


@pytest.mark.model
def test_a_hundred_percent_as_an_intensifier(parse) -> None:  # type: ignore[no-untyped-def]
    text = "That is 100 percent true, and the jacket uses 100 percent recycled fibers."
    found = [f for f in figs(parse, text) if f.kind == "percent"]
    assert [f.start for f in found] == [text.index("100 percent recycled")]


@pytest.mark.model
def test_a_conversion_is_not_what_the_figure_measures(parse) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in figs(parse, "Temperatures hit 40C (104F) in parts of the province.") if f.kind == "quantity"]
    assert len(found) == 1 and found[0].converted is not None and found[0].converted.unit == "degF"
    assert found[0].measures == "temperatures"


@pytest.mark.model
def test_a_dash_aside_is_no_range(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The provinces face cuts of nearly a third — 31% — to their grants."
    found = [f for f in figs(parse, text) if f.kind == "percent"]
    assert [(f.text, f.value, f.range, f.measures) for f in found] == [("31%", 31.0, None, "cuts")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparative between the number and its unit
        ("The grid will add 12 more gigawatts of solar by 2030.", [("12 more gigawatts", 12.0, "GW")]),
        # a bare level after a change and "to": in the change's unit, or in index points after a percent
        (
            "The Hang Seng index added 150.2 points to 9,870.55 on Friday.",
            [("150.2 points", 150.2, "point"), ("9,870.55", 9870.55, "point")],
        ),
        (
            "The Nikkei index rose 1.2 percent to 38,500.10.",
            [("1.2 percent", 1.2, "%"), ("38,500.10", 38500.1, "point")],
        ),
        ("Shares of Acme rose 5% to 42.10.", [("5%", 5.0, "%")]),  # a price in no currency stays unread
    ],
)
def test_levels_and_comparatives(parse, text: str, expected: list[tuple[str, float, str]]) -> None:  # type: ignore[no-untyped-def]
    found = [(f.text, f.value, f.unit) for f in figs(parse, text) if f.kind in ("quantity", "percent", "money")]
    assert found == expected


@pytest.mark.model
def test_a_slash_between_two_scales_is_one_reading(parse) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in figs(parse, "Comfort rating: 23°F / -5°C") if f.kind == "quantity"]
    assert len(found) == 1 and found[0].unit == "degF" and found[0].converted is not None
    assert found[0].converted.unit == "degC" and found[0].measures == "comfort rating"
