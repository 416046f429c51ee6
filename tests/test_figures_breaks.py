"""A figure never runs across a line or paragraph break (issue #11, item 5)."""

from __future__ import annotations

import pytest

from newscli.nlp.figures import extract_figures
from newscli.nlp.figures.numbers import find_numbers
from newscli.nlp.figures.numbers.lex import lex


def numbers(text: str) -> list[tuple[str, float]]:
    return [(text[n.start : n.end], n.value) for n in find_numbers(lex(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hall seats 12 thousand\n\n300 people were turned away.", [("12 thousand", 12e3), ("300", 300.0)]),
        ("Budget: $1.50 million\n2002: a new roof", [("1.50 million", 1.5e6), ("2002", 2002.0)]),
        ("They counted two hundred\nfifty more on the second day.", [("two hundred", 200.0), ("fifty", 50.0)]),
        ("We expect 3\n1/2 of them to stay.", [("3", 3.0), ("1/2", 0.5)]),
    ],
)
def test_the_grammar_stops_at_a_break(text: str, expected: list[tuple[str, float]]) -> None:
    assert numbers(text) == expected


def test_a_blank_line_is_still_one_break() -> None:
    kinds = [t.kind for t in lex("5\n\n\n6")]
    assert kinds == ["num", "brk", "num"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The stadium holds 12 thousand\n\n300 people were turned away at the gate.", {12e3, 300.0}),
        ("Roof repairs cost $1.50 million\n2002 was the year the hall opened.", {1.5e6}),
        ("Prices rose 4%\n\n-2% was the change in wages.", {4.0, -2.0}),
        ("Tickets cost $5\n50 people bought tickets.", {5.0, 50.0}),
    ],
)
def test_figures_do_not_join_across_paragraphs(parse, text: str, values: set[float]) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in extract_figures(parse(text)) if f.kind != "date"]
    assert {f.value for f in found} == values
    assert all("\n" not in f.text for f in found)
