"""SpanSet: the sorted disjoint spans behind every overlap test of mentions and quotations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscli.nlp.entities_spans import SpanSet


def _shares_a_character(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def test_overlap_queries_find_the_spans_that_share_a_character() -> None:
    spans = SpanSet([(10, 14), (0, 5), (20, 30)])
    assert spans.overlaps(4, 6) and not spans.overlaps(5, 10) and not spans.overlaps(30, 40)
    assert spans.overlapping(3, 25) == [(0, 5), (10, 14), (20, 30)]
    assert spans.overlapping(14, 20) == []
    spans.remove(10, 14)
    spans.add(8, 16)
    assert spans.overlapping(12, 13) == [(8, 16)] and len(spans) == 3


def test_overlapping_spans_are_refused() -> None:
    with pytest.raises(ValueError, match="overlaps"):
        SpanSet([(0, 5), (4, 8)])


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8))), st.integers(0, 70), st.integers(0, 10))
def test_greedy_insertion_agrees_with_a_scan_of_every_span(
    proposals: list[tuple[int, int]], start: int, width: int
) -> None:
    kept: list[tuple[int, int]] = []
    spans = SpanSet()
    for begin, length in proposals:
        span = (begin, begin + length)
        free = not any(_shares_a_character(span, k) for k in kept)
        assert spans.overlaps(*span) == (not free)
        if free:
            kept.append(span)
            spans.add(*span)
    query = (start, start + width)
    assert spans.overlapping(*query) == sorted(k for k in kept if _shares_a_character(query, k))
