"""Disjoint character spans kept sorted, so overlap tests cost a bisection, not a scan.

Mentions, quotations and headline lines never overlap one another, which is what makes
this cheap: sorted by start, disjoint half-open spans are sorted by end too, so the spans
that overlap a query form one run found by two bisections. A long article has thousands
of mentions; testing each new one against every span kept so far made the entity step
quadratic in the article's length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class SpanSet:
    """Disjoint half-open spans (start, end), sorted; overlap queries in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if self.overlapping(start, end):
                raise ValueError(f"span ({start}, {end}) overlaps another one")
            self._starts.append(start)
            self._ends.append(end)

    def __len__(self) -> int:
        return len(self._starts)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans sharing a character with [start, end), in text order."""
        first, stop = bisect_right(self._ends, start), bisect_left(self._starts, end)
        return list(zip(self._starts[first:stop], self._ends[first:stop], strict=True))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span shares a character with [start, end)."""
        stop = bisect_left(self._starts, end)
        return stop > 0 and self._ends[stop - 1] > start

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none of the others."""
        at = bisect_left(self._starts, start)
        while at < len(self._starts) and (self._starts[at], self._ends[at]) < (start, end):
            at += 1  # equal starts happen only with empty spans; keep (start, end) order
        self._starts.insert(at, start)
        self._ends.insert(at, end)

    def remove(self, start: int, end: int) -> None:
        """Remove one span, which must be present."""
        at = bisect_left(self._starts, start)
        while (self._starts[at], self._ends[at]) != (start, end):
            at += 1
        del self._starts[at]
        del self._ends[at]
