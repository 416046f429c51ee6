"""Names listed together vote for one type; contradicting pairs change nothing."""

from __future__ import annotations

import pytest

from newscli.nlp.entities.lists import list_votes
from newscli.nlp.entities.text import Candidate


def _groups(text: str, names: list[str]) -> list[list[Candidate]]:
    groups = []
    for name in names:
        start = text.index(name)
        groups.append([Candidate(start, start + len(name), name, None)])
    return groups


def test_a_clear_majority_votes_for_every_member() -> None:
    text = "Guests included Ann Morrow, Lee Tan, Castor Vey and Iris Kell."
    groups = _groups(text, ["Ann Morrow", "Lee Tan", "Castor Vey", "Iris Kell"])
    scores = [{"person": 2.0}, {"person": 2.0}, {"organization": 1.0}, {"person": 2.0}]
    votes = list_votes(text, groups, scores, ["person", "person", "organization", "person"])  # type: ignore[arg-type]
    assert votes[2] == {"person": 1.5}


def test_two_names_that_contradict_each_other_change_nothing() -> None:
    text = "Ann Morrow and Acme Bolts signed."
    groups = _groups(text, ["Ann Morrow", "Acme Bolts"])
    votes = list_votes(text, groups, [{"person": 2.0}, {"organization": 2.0}], ["person", "organization"])
    assert votes == [{}, {}]


@pytest.mark.parametrize("text", ["After the Harbor League, Castor Vey took over.", "Ann Morrow\nCastor Vey"])
def test_a_bare_comma_or_a_line_break_is_not_a_list(text: str) -> None:
    first = "Harbor League" if "League" in text else "Ann Morrow"
    groups = _groups(text, [first, "Castor Vey"])
    votes = list_votes(text, groups, [{"organization": 2.0}, {"person": 0.5}], ["organization", "person"])
    assert votes == [{}, {}]


@pytest.mark.model
def test_listed_people_share_a_type(parse) -> None:  # type: ignore[no-untyped-def]
    from newscli.nlp.entities import extract_entities

    text = "The festival line-up named Maren Holt, Jonas Fielding, Kira Vance and Dorel Stask as hosts."
    types = {e.name: e.type for e in extract_entities(parse(text))}
    assert types.get("Dorel Stask") == "person"
