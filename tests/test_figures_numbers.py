"""The number grammar, model-free: digits, scales, number words, fractions, signs."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.nlp.figures.amounts import build
from newscli.nlp.figures.numbers import find_numbers
from newscli.nlp.figures.numbers.lex import lex


def numbers(text: str) -> list[tuple[str, float]]:
    return [(text[n.start : n.end], round(n.value, 6)) for n in find_numbers(lex(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the fund holds 1,234,567.5 shares", [("1,234,567.5", 1234567.5)]),
        ("a 10 000 seat arena", [("10 000", 10000.0)]),
        ("loans of 12,34,567 rupees", [("12,34,567", 1234567.0)]),
        ("rates near 1.111,25 points", [("1.111,25", 1111.25)]),
        ("a margin of .08", [(".08", 0.08)]),
        ("about 1e6 cells", [("1e6", 1e6)]),
        ("output of 3.5x10^4 units", [("3.5x10^4", 35000.0)]),
    ],
)
def test_digits_with_separators_and_exponents(text: str, expected: list[tuple[str, float]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4.2 billion", 4.2e9),
        ("3bn", 3e9),
        ("250k", 250_000.0),
        ("7.5 mln", 7.5e6),
        ("12M", 12e6),
        ("2 lakh", 200_000.0),
        ("1.1 trillion", 1.1e12),
    ],
)
def test_scale_words_and_suffixes(text: str, value: float) -> None:
    assert numbers(text) == [(text, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seventy-three", 73.0),
        ("two hundred and six", 206.0),
        ("a dozen", 12.0),
        ("half a million", 500_000.0),
        ("a quarter million", 250_000.0),
        ("three dozen", 36.0),
        ("four thousand five hundred", 4500.0),
        ("two and a half", 2.5),
        ("negative eleven", -11.0),
        ("six point two five", 6.25),
    ],
)
def test_number_words(text: str, value: float) -> None:
    assert numbers(text) == [(text, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("3/4", 0.75), ("5 1/2", 5.5), ("¾", 0.75), ("7½", 7.5), ("two thirds", 2 / 3), ("one out of five", 0.2)],
)
def test_fractions(text: str, value: float) -> None:
    assert numbers(text) == [(text, round(value, 6))]


def test_dates_are_not_fractions() -> None:
    assert all(v >= 1 for _, v in numbers("on 4/11/2019 they met"))


def test_sign_only_when_not_a_hyphen() -> None:
    assert numbers("lows of -12 overnight") == [("-12", -12.0)]
    assert numbers("the 2013-14 season")[1] == ("14", 14.0)


def test_separate_number_words_stay_separate() -> None:
    assert numbers("three four") == [("three", 3.0), ("four", 4.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a factor of 2.48×10−5 in all", [("2.48×10−5", 2.48e-5)]),
        ("density of 5.5x10-3 units", [("5.5x10-3", 0.0055)]),
        ("either 10 bln or 2.5tln", [("10 bln", 1e10), ("2.5tln", 2.5e12)]),
    ],
)
def test_exponents_with_minus_signs_and_newswire_scales(text: str, expected: list[tuple[str, float]]) -> None:
    found = [(text[n.start : n.end], n.value) for n in find_numbers(lex(text))]
    assert found == [(s, pytest.approx(v)) for s, v in expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three and a fifth", 3.2),
        ("one and one fourth", 1.25),
        ("seven and two thirds", 7 + 2 / 3),
        ("two and fifty-four hundredths", 2.54),
        ("thirty and two and three fifths", 32.6),  # the fraction goes with the last whole number
        ("four and a half million", 4.5e6),
        ("two and a quarter billion", 2.25e9),
        ("6 million and a half", 6.5e6),
    ],
)
def test_mixed_numbers_with_any_fraction(text: str, value: float) -> None:
    found = [(text[n.start : n.end], n.value) for n in find_numbers(lex(text))]
    assert found == [(text, pytest.approx(value))]


def test_and_one_second_is_no_fraction() -> None:
    assert numbers("it took three and one second") == [("three", 3.0), ("one", 1.0)]


def test_space_grouped_digits_with_decimals() -> None:
    assert numbers("a total of 1 234 567.89 tonnes") == [("1 234 567.89", 1234567.89)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one billion and a half million", [("one billion and a half million", 1_000_500_000.0)]),
        ("1 in 5 adults", [("1 in 5", 0.2)]),
        ("one in twenty-one", [("one in twenty-one", round(1 / 21, 6))]),
        ("two out of five hundred homes", [("two out of five hundred", 0.004)]),
        ("scored 3 in 10 minutes", [("3", 3.0), ("10", 10.0)]),  # a rate, not a proportion
        ("born 5 in 2019", [("5", 5.0), ("2019", 2019.0)]),
        ("the two millionth visitor", [("two", 2.0)]),  # an ordinal: fractions above one are plural
        ("five dozs", [("five dozs", 60.0)]),
    ],
)
def test_proportions_ordinals_and_scales_after_fractions(text: str, expected: list[tuple[str, float]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The probe counted 1e999 particles.", "1e999"),
        ("A swarm of 4 x10^999 midges rose.", "4 x10^999"),
        ("Estimates ran to 10^999 grains.", "10^999"),  # not 10: the power is too big, not absent
        ("The model gave 0^-2 as its answer.", "0^-2"),
        ("The ledger showed " + "7" * 400 + " coins.", "7" * 400),
        ("The tally hit 1e308 trillion.", "1e308 trillion"),
    ],
)
def test_numbers_beyond_a_float_are_infinite(text: str, surface: str) -> None:
    found = [(text[n.start : n.end], n.value) for n in find_numbers(lex(text))]
    assert found == [(surface, math.inf)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("A rate of 0e999 was logged.", 0.0), ("A dose of 0 x10^999 was logged.", 0.0), ("Odds of 5e-999 remain.", 0.0)],
)
def test_tiny_and_zero_exponents(text: str, value: float) -> None:
    assert [n.value for n in find_numbers(lex(text))] == [value]


def test_spoken_decimals_after_an_infinite_whole_part() -> None:
    text = "nine" + " trillion" * 30 + " point five"
    assert [n.value for n in find_numbers(lex(text))] == [math.inf]


ODD_ATOMS = [
    "1e999", "1e308", "9" * 400, "1e" + "9" * 5000, "3 x10^999", "10^999", "0^-1", "2^-999", "0 x10^999",
    "trillion", "million", "thousand", "crore", "point", "five", "and", "a", "half", "$", "€", "USD", "dollars",
    "cents", "50", "1/0", "/", "one", "twenty", "-", "over", "out", "of", "in", "quarters", "½", "%", "km", "ft",
    "per", "bn", "k", "M", "minus", "±", ",", ".", "1.5", "1,000,000", "fifths", "dozen", "×", "^", "e",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ODD_ATOMS), st.sampled_from([" ", "", "-"])), min_size=1, max_size=14))
def test_number_grammar_never_raises(parts: list[tuple[str, str]]) -> None:
    text = "".join(atom + sep for atom, sep in parts)
    tokens = lex(text)
    for num in find_numbers(tokens):
        assert 0 <= num.start < num.end <= len(text)
        amount = build(text, tokens, num)
        assert amount.start <= num.start and amount.end >= num.end
