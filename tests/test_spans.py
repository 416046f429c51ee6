"""Spans: the claimed-stretches set behind every overlap test of figures, mentions and quotations.

Its bisection answers must be the linear scan's, whether the stretches overlap or not.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.nlp.spans import Spans

stretch = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=200, deadline=None)
@given(st.lists(stretch, max_size=10), st.lists(stretch, max_size=10), st.lists(stretch, min_size=1, max_size=10))
def test_hits_is_any_overlap(first: list[tuple[int, int]], added: list[tuple[int, int]],
                             queries: list[tuple[int, int]]) -> None:  # fmt: skip
    spans = Spans(first)
    for start, end in added:
        spans.add(start, end)
    for start, end in queries:
        assert spans.overlaps(start, end) == any(start < b and a < end for a, b in first + added)


def test_a_long_stretch_hides_behind_a_later_short_one() -> None:
    spans = Spans([(0, 100), (5, 6)])  # sorted by start, the short one comes last
    assert spans.overlaps(50, 51)
    assert not spans.overlaps(100, 120)
    spans.add(110, 115)
    assert spans.overlaps(100, 111) and not spans.overlaps(115, 130)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(stretch, max_size=12), st.lists(st.integers(0, 11), max_size=4), st.lists(stretch, min_size=1, max_size=8)
)
def test_overlapping_and_remove_agree_with_a_scan_when_stretches_overlap(
    stretches: list[tuple[int, int]], removals: list[int], queries: list[tuple[int, int]]
) -> None:
    spans = Spans(stretches)
    kept = list(stretches)
    for pick in removals:
        if kept:
            gone = kept.pop(pick % len(kept))
            spans.remove(*gone)
    for start, end in queries:
        expected = sorted(s for s in kept if start < s[1] and s[0] < end)
        assert spans.overlapping(start, end) == expected
        assert spans.overlaps(start, end) == bool(expected)


def _shares_a_character(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def test_overlap_queries_find_the_spans_that_share_a_character() -> None:
    spans = Spans([(10, 14), (0, 5), (20, 30)], disjoint=True)
    assert spans.overlaps(4, 6) and not spans.overlaps(5, 10) and not spans.overlaps(30, 40)
    assert spans.overlapping(3, 25) == [(0, 5), (10, 14), (20, 30)]
    assert spans.overlapping(14, 20) == []
    spans.remove(10, 14)
    spans.add(8, 16)
    assert spans.overlapping(12, 13) == [(8, 16)] and len(spans) == 3


def test_overlapping_spans_are_refused() -> None:
    with pytest.raises(ValueError, match="overlaps"):
        Spans([(0, 5), (4, 8)], disjoint=True)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8))), st.integers(0, 70), st.integers(0, 10))
def test_greedy_insertion_agrees_with_a_scan_of_every_span(
    proposals: list[tuple[int, int]], start: int, width: int
) -> None:
    kept: list[tuple[int, int]] = []
    spans = Spans()
    for begin, length in proposals:
        span = (begin, begin + length)
        free = not any(_shares_a_character(span, k) for k in kept)
        assert spans.overlaps(*span) == (not free)
        if free:
            kept.append(span)
            spans.add(*span)
    query = (start, start + width)
    assert spans.overlapping(*query) == sorted(k for k in kept if _shares_a_character(query, k))
