"""Stretches of text already claimed (a mask, a date, a figure, a mention, a quotation).

Every analysis asks "does [start, end) overlap anything claimed?" once per candidate, so
the answer must cost two bisections, not a scan: a long article has thousands of numbers
and mentions, and testing each against every stretch kept so far made whole steps
quadratic in the article's length.

Stretches are kept sorted by start, with a running maximum of their ends ("reach"), which
makes overlap queries exact whether the stretches overlap one another or not.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate, pairwise


class Spans:
    """Half-open stretches [start, end), sorted; overlap queries in O(log n).

    With ``disjoint=True`` the stretches given at construction must not overlap one another
    (mentions and quotations never do); a caller adding later checks ``overlaps`` first.
    """

    __slots__ = ("_ends", "_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = (), *, disjoint: bool = False) -> None:
        ordered = sorted(spans)
        if disjoint:
            for (_, end), (start, _) in pairwise(ordered):
                if start < end:
                    raise ValueError(f"span ({start}, ...) overlaps another one")
        self._starts = [a for a, _ in ordered]
        self._ends = [b for _, b in ordered]
        # _reach[i]: the furthest end among the first i + 1 stretches (by start)
        self._reach = list(accumulate(self._ends, max))

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with one of the stretches."""
        i = bisect_left(self._starts, end)  # the stretches that begin before `end`
        return i > 0 and self._reach[i - 1] > start

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The stretches sharing a character with [start, end), in text order."""
        first, stop = bisect_right(self._reach, start), bisect_left(self._starts, end)
        return [(a, b) for a, b in zip(self._starts[first:stop], self._ends[first:stop], strict=True) if b > start]

    def add(self, start: int, end: int) -> None:
        at = bisect_right(self._starts, start)
        while at > 0 and self._starts[at - 1] == start and self._ends[at - 1] > end:
            at -= 1  # equal starts keep (start, end) order
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        self._reach.insert(at, 0)
        self._update_reach(at)

    def remove(self, start: int, end: int) -> None:
        """Remove one stretch, which must be present."""
        at = bisect_left(self._starts, start)
        while (self._starts[at], self._ends[at]) != (start, end):
            at += 1
        del self._starts[at], self._ends[at], self._reach[at]
        self._update_reach(at)

    def _update_reach(self, at: int) -> None:
        for j in range(at, len(self._reach)):
            reach = max(self._reach[j - 1], self._ends[j]) if j else self._ends[j]
            if j > at and reach == self._reach[j]:
                break
            self._reach[j] = reach
