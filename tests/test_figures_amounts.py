"""Amounts around a number, model-free: currency prefixes, units and their edges."""

from __future__ import annotations

import pytest

from newscli.nlp.figures_amounts import build
from newscli.nlp.numbers import find_numbers, lex


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
