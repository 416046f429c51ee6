"""Quote-mark pairing on raw text: no model needed, so these run in milliseconds."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.nlp.quotes.marks import find_quoted_spans, paragraphs


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The chief said "the line reopens on Monday" after the vote.', ["the line reopens on Monday"]),
        ("“We are ready,” she said. “The crews are in place.”", ["We are ready,", "The crews are in place."]),
        ("The envoy told reporters « nous restons ici » on Friday.", ["nous restons ici"]),
        ("»Wir bleiben hier«, sagte der Sprecher.", ["Wir bleiben hier"]),
        ("„Wir bleiben hier“, sagte der Sprecher.", ["Wir bleiben hier"]),
        ("”Typed the wrong way round,” he said.", ["Typed the wrong way round,"]),
        ('"Mixed marks" and “curly ones" both pair.', ["Mixed marks", "curly ones"]),
    ],
)
def test_double_marks_of_every_shape_pair(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_inch_marks_and_stray_closers_do_not_open_a_quotation() -> None:
    text = 'The 24" screen cracked. The engineer said "it was a faulty batch" on Monday.'
    assert spans(text) == ["it was a faulty batch"]


def test_single_quotes_carry_quotations_only_in_single_quote_copy() -> None:
    british = "The minister said 'we will not back down' today, and critics called it 'a farce'."
    assert spans(british) == ["we will not back down", "a farce"]
    american = "\"He told me 'no way' twice,\" she said. Critics called it 'a farce'."
    assert spans(american) == ["He told me 'no way' twice,"]


def test_apostrophes_and_elisions_are_not_quote_marks() -> None:
    text = "In the '90s the workers' union said 'it isn ’t over' for rock'n'roll."
    assert spans(text) == ["it isn ’t over"]


def test_a_quotation_over_several_paragraphs_has_one_piece_per_paragraph() -> None:
    text = (
        "“The first paragraph of the statement.\n\n"
        "“The second paragraph goes on.\n\n"
        "“The third one ends it,” the council said.\n\nOther news."
    )
    found = find_quoted_spans(text)
    assert [text[s.start : s.end] for s in found] == [
        "The first paragraph of the statement.",
        "The second paragraph goes on.",
        "The third one ends it,",
    ]
    assert [(s.continues, s.continued) for s in found] == [(False, True), (True, True), (True, False)]
    assert [s.closed for s in found] == [False, False, True]


def test_an_unclosed_mark_ends_at_its_paragraph_and_spares_the_next() -> None:
    text = 'He said "this never closes\n\nLater she said "this one does" and left.'
    assert spans(text) == ["this never closes", "this one does"]


def test_an_opener_inside_an_open_quotation_starts_a_new_one() -> None:
    text = 'One said "we lost the vote and another said "we won it" loudly.'
    assert spans(text)[-1] == "we won it"


@pytest.mark.parametrize("text", ["", '"', '""', "“ ”", "«", "'", '\n\n"\n\n', 'a"b"c"d'])
def test_degenerate_input_never_raises(text: str) -> None:
    for span in find_quoted_spans(text):
        assert 0 <= span.start < span.end <= len(text)


def test_paragraphs_split_on_blank_lines_else_on_lines() -> None:
    assert paragraphs("one\n\ntwo\n  \nthree") == [(0, 3), (5, 8), (12, 17)]
    assert paragraphs("one\ntwo\nthree") == [(0, 3), (4, 7), (8, 13)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab ,.'\"“”‘’«»„", "\n\n", "word"]), max_size=40).map("".join))
def test_any_text_gives_ordered_spans_inside_the_text(text: str) -> None:
    found = find_quoted_spans(text)
    for span in found:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == text[span.start : span.end].strip()
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_doubled_apostrophes_and_backticks_are_double_marks() -> None:
    text = "The trust called the rota ''impossible to sustain''. ``We are hiring,'' a manager said."
    assert spans(text) == ["impossible to sustain", "We are hiring,"]


def test_single_quotes_count_in_paragraphs_without_double_marks() -> None:
    text = (
        '"The wall is cracked," the harbour master said.\n\n'
        "'Massive risks'\n\n"
        "The union agreed. 'Our members are exhausted,' said organiser Kwame Asante."
    )
    assert spans(text) == ["The wall is cracked,", "Massive risks", "Our members are exhausted,"]


def test_a_single_mark_nobody_closes_is_an_apostrophe() -> None:
    text = "He was raised by his parents Mphutlane and ‘Matšosane Tšosane in Roma."
    assert spans(text) == []


def test_british_nesting_keeps_the_outer_single_quotation() -> None:
    text = "She said: 'He told me \"no\" twice, and then he left.'"
    assert spans(text) == ['He told me "no" twice, and then he left.']
