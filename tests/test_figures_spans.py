"""The claimed-stretches set: its bisection answer is the linear scan's, overlaps included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.nlp.figures_spans import Spans

stretch = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=200, deadline=None)
@given(st.lists(stretch, max_size=10), st.lists(stretch, max_size=10), st.lists(stretch, min_size=1, max_size=10))
def test_hits_is_any_overlap(first: list[tuple[int, int]], added: list[tuple[int, int]],
                             queries: list[tuple[int, int]]) -> None:  # fmt: skip
    spans = Spans(first)
    for start, end in added:
        spans.add(start, end)
    for start, end in queries:
        assert spans.hits(start, end) == any(start < b and a < end for a, b in first + added)


def test_a_long_stretch_hides_behind_a_later_short_one() -> None:
    spans = Spans([(0, 100), (5, 6)])  # sorted by start, the short one comes last
    assert spans.hits(50, 51)
    assert not spans.hits(100, 120)
    spans.add(110, 115)
    assert spans.hits(100, 111) and not spans.hits(115, 130)
