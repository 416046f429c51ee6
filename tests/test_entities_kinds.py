"""Types of this round's classes: facilities are places, media by what they publish, ..."""

from __future__ import annotations

import pytest

from newscli.nlp.entities import extract_entities

pytestmark = pytest.mark.model


def _types(parse, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.name: e.type for e in extract_entities(parse(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Baggage handlers walked out at Kellmore International Airport on Tuesday.", "Kellmore International Airport"),
        ("Gunmen stormed the Varo National Museum, where tourists were queuing.", "Varo National Museum"),
        ("Protesters gathered outside the Danish Embassy in Rabat.", "Danish Embassy"),
        ("The loan for the Harlan Hotel & Tower was repaid last week, the firm said.", "Harlan Hotel & Tower"),
    ],
)
def test_facilities_are_places(parse, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(parse, text)[name] == "location"
