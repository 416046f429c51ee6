"""Names listed together are usually of one kind: the type vote of coordinated mentions.

"Howard Sattler, Jenny Seaton and Gary Carvolth", "Telemundo, Univision and MTV",
"Senlis, Oise, Picardie": a list or a "Town, Region" pair joins names of one type far
more often than not. The small NER labels each name on its own and, for a name it has
never seen, often guesses a type its list-mates contradict. Here every entity gets a
vote from the entities it is listed with, each voting for the type it was given on its
own evidence, and only when that type was clearly ahead.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from newscli.models import EntityType
from newscli.nlp.entities.text import Candidate

# What may stand between two listed names: a comma, a slash, "and", "or", "&" (not a line break).
_LIST_GAP = re.compile(r"[ \t]*(?:,|;|/|&|and|or|,[ \t]*(?:and|or|&))[ \t]*")
_LIST_WEIGHT = 1.5  # what a clear majority of a list adds to each member's type
_SURE = 0.75  # a member votes only when its own best type led by this much


def list_votes(
    text: str, groups: list[list[Candidate]], scores: list[dict[EntityType, float]], kinds: list[EntityType]
) -> list[dict[EntityType, float]]:
    """For each group, the weight its lists add to each type.

    A list votes as a whole: its sure members are counted by type, and only a type with
    more sure members than any other is passed on, so two names that contradict each
    other ("Ann Lee and Acme") change nothing.
    """
    owner = sorted((m.start, m.end, g) for g, group in enumerate(groups) for m in group)
    votes: list[dict[EntityType, float]] = [defaultdict(float) for _ in groups]
    for members in _lists(text, owner):
        tally: dict[EntityType, int] = defaultdict(int)
        for g in members:
            if _margin(scores[g]) >= _SURE:
                tally[kinds[g]] += 1
        ranked = [*sorted(tally.items(), key=lambda kv: -kv[1]), ("misc", 0), ("misc", 0)]
        (kind, top), (_, second) = ranked[0], ranked[1]
        if top > second:
            for g in members:
                votes[g][kind] = max(votes[g][kind], _LIST_WEIGHT)
    return [dict(vote) for vote in votes]


def _lists(text: str, owner: list[tuple[int, int, int]]) -> list[set[int]]:
    """Groups of entities whose mentions follow each other with only list punctuation between.

    Two names joined by a bare comma are not taken for a list: "after the League, Gaudin
    took the mound" is a clause boundary, "Hollywood, California" a place and its region.
    A list has a conjunction ("X and Y", "X, Y & Z") or at least three names.
    """
    lists: list[set[int]] = []
    current: set[int] = set()
    joined = False
    for (_, end, left), (start, _, right) in pairwise(owner):
        gap = text[end:start]
        if left != right and _LIST_GAP.fullmatch(gap):
            current |= {left, right}
            joined = joined or gap.strip(" \t,") != ""
            continue
        if len(current) > 2 or (len(current) == 2 and joined):
            lists.append(current)
        current, joined = set(), False
    if len(current) > 2 or (len(current) == 2 and joined):
        lists.append(current)
    return lists


def _margin(score: dict[EntityType, float]) -> float:
    ranked = [*sorted(score.values(), reverse=True), 0.0, 0.0]
    return ranked[0] - ranked[1]
