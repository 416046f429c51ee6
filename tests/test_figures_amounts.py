"""Amounts around a number, model-free: currency prefixes, units and their edges."""

from __future__ import annotations

import math

import pytest

from newscli.nlp.figures.amounts import build
from newscli.nlp.figures.numbers import find_numbers
from newscli.nlp.figures.numbers.lex import lex


def amount(text: str, nth: int = 0) -> tuple[str, str, float, str]:
    """(surface, kind, value, unit) of the nth number's amount in the text."""
    tokens = lex(text)
    num = list(find_numbers(tokens))[nth]
    a = build(text, tokens, num)
    return text[a.start : a.end], a.kind, round(a.value, 6), a.unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The mall was sold for NZ$ 40 million.", "NZ$ 40 million", "NZD"),
        ("bids rose to hk $ 3.2 billion .", "hk $ 3.2 billion", "HKD"),
        ("The ticket costs cad$ 25 at the door.", "cad$ 25", "CAD"),
        ("Profit reached Mex$ 800 million.", "Mex$ 800 million", "MXN"),
        ("It sold for A$2.5 million.", "A$2.5 million", "AUD"),
        ("He paid at $5 a head.", "$5", "USD"),  # a word before the symbol is not a prefix
        ("She found a $20 bill.", "$20", "USD"),  # nor is the article "a"
    ],
)
def test_letters_before_the_dollar_sign(text: str, surface: str, unit: str) -> None:
    found = amount(text)
    assert (found[0], found[1], found[3]) == (surface, "money", unit)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The collider ran at 6.8 TeV per beam.", "6.8 TeV", 6.8, "teraelectronvolt"),
        ("The band gap is 1.1 eV in silicon.", "1.1 eV", 1.1, "electronvolt"),
        ("The panel yields 350 Wh a day.", "350 Wh", 350.0, "watt hour"),
        ("Patients received 14 mGy from the scan.", "14 mGy", 14.0, "milligray"),
        ("The archive holds 12 exabytes of video.", "12 exabytes", 12.0, "exabyte"),
        ("A 40 deg celsius heatwave hit the region.", "40 deg celsius", 40.0, "degC"),
        ("The drill bit is 2 1/2 in thick.", "2 1/2 in", 2.5, "in"),
        ("The lake holds 4 km cubed of water.", "4 km cubed", 4.0, "cubic kilometre"),
        ("The plot measures 24703m2 in all.", "24703m2", 24703.0, "m2"),
        ("The sample held 37.8 micrograms.", "37.8 micrograms", 37.8, "ug"),
        ("The beam turned through 0.8rad.", "0.8rad", 0.8, "rad"),
    ],
)
def test_units_of_science_news(text: str, surface: str, value: float, unit: str) -> None:
    assert amount(text) == (surface, "quantity", value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Part 24703 L-202 was recalled.",  # a letter and digits after a number are a code
        "Order 24703 m212 shipped late.",
        "The air force bought 5 F-35s.",
    ],
)
def test_letters_run_into_a_code_are_no_unit(text: str) -> None:
    assert amount(text)[1] == "count"


def test_unit_after_an_uncertainty() -> None:
    assert amount("The part weighs 2,000.45±0.01 pounds.") == ("2,000.45±0.01 pounds", "quantity", 2000.45, "lb")
    assert amount("It is 9.5 +/- 0.2 km long.") == ("9.5 +/- 0.2 km", "quantity", 9.5, "km")


def test_pounds_after_a_conversion_from_another_unit_of_mass_are_weight() -> None:
    assert amount("A metric ton is equal to 2,204.62 pounds.")[1:] == ("quantity", 2204.62, "lb")
    assert amount("The 10 ton truck sold for 5,000 pounds.", 1)[1:] == ("money", 5000.0, "GBP")


def test_a_sign_glued_to_the_next_number_is_not_this_numbers_currency() -> None:
    assert amount("He found 1 $10 bill.")[:2] == ("1", "count")
    assert amount("We gave away 3 USD50 cards.")[:2] == ("3", "count")
    assert amount("We gave away 3 USD50 cards.", 1)[:2] == ("USD50", "money")


@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit"),
    [
        ("The board approved a 12-cent dividend.", "12-cent", "money", "cent"),
        ("They won with a one-yen bid.", "one-yen", "money", "JPY"),
        ("Collectors want the 2-euro coin.", "2-euro", "money", "EUR"),
        ("He carried a twenty-pound bag of rice.", "twenty-pound", "quantity", "lb"),
    ],
)
def test_currency_joined_by_a_hyphen(text: str, surface: str, kind: str, unit: str) -> None:
    found = amount(text)
    assert (found[0], found[1], found[3]) == (surface, kind, unit)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Cleaners earn $15.4/hour there.", "$15.4/hour", "USD"),  # the rate is in the words, the unit is money
        ("Diesel costs €1.80 per litre.", "€1.80 per litre", "EUR"),
        ("The dividend is $5 per share.", "$5", "USD"),  # a share is no unit of measure
    ],
)
def test_prices_per_unit(text: str, surface: str, unit: str) -> None:
    found = amount(text)
    assert (found[0], found[1], found[3]) == (surface, "money", unit)


def test_pm_and_am_after_a_length_are_units() -> None:
    assert amount("The grid spacing is 2.1 pm.") == ("2.1 pm", "quantity", 2.1, "pm")


def test_an_amount_too_large_for_a_float_is_infinite_money() -> None:
    nines = "9" * 400
    assert amount(f"The hoard was valued at ${nines} in the game.") == (f"${nines}", "money", math.inf, "USD")
    assert amount(f"It lists {nines} dollars and 50 cents.")[1:] == ("money", math.inf, "USD")
