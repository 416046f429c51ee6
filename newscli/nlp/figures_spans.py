"""Stretches of text already claimed (by a mask, a date, a figure), with a fast overlap test.

The figure layer asks "does [start, end) overlap anything claimed?" once per number and once
per date-pattern match, so the answer is two bisections, not a scan of every stretch.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Spans:
    """Half-open stretches [start, end) in any order, overlapping or not."""

    __slots__ = ("_ends", "_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._ends = [b for _, b in ordered]
        # _reach[i]: the furthest end among the first i + 1 stretches (by start)
        self._reach = list(accumulate(self._ends, max))

    def hits(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps one of the stretches."""
        i = bisect_left(self._starts, end)  # the stretches that begin before `end`
        return i > 0 and self._reach[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self._reach.insert(i, max(self._reach[i - 1], end) if i else end)
        for j in range(i + 1, len(self._reach)):
            reach = max(self._reach[j - 1], self._ends[j])
            if reach == self._reach[j]:
                break
            self._reach[j] = reach
