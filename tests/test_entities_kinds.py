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


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a model or index number after the name: a product or an index
        ("Britain's FTSE 100 slipped 0.1 per cent while the Nikkei 225 rose.", "FTSE", "misc"),
        ("The months after the Falcon 9 explosion brought many questions.", "Falcon", "misc"),
        # a title, not a person: a newspaper with a Romance article
        ("Shares rose after Il Messaggero reported that the bank would be rescued.", "Il Messaggero", "organization"),
        # an ordinary word in capitals is a brand
        (
            '"We have to act," Hansen said in reply to a question from FORTUNE. It will cost a fortune.',
            "FORTUNE",
            "organization",
        ),
        # a name ending in one capital
        ("Investors said SpaceX would delay its first crewed flight to next year.", "SpaceX", "organization"),
        # the noun a name modifies
        ("The city lies on the Kastrovouni hill above the plain.", "Kastrovouni", "location"),
        ("She was named to the list published by Fortune magazine last year.", "Fortune", "organization"),
    ],
)
def test_the_words_after_a_name_and_its_shape(parse, text: str, name: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(parse, text)[name] == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("A Boston firm bought the site in 2019.", "Boston", "location"),
        ("Ann Roe joined the company in 2019 and Roe 2 was filed later.", "Ann Roe", "person"),
    ],
)
def test_places_and_people_keep_their_type(parse, text: str, name: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(parse, text)[name] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Given the volatility in the Labour Force Survey, it is hard to be sure.", "Labour Force Survey"),
        ("The United States left the Global Compact for Migration last year.", "Global Compact for Migration"),
        (
            "He wants to revise the Japan-Korea Status of Forces Agreement soon.",
            "Japan-Korea Status of Forces Agreement",
        ),
        ("The hall holds one of the finest collections of Roman mosaics.", "Roman"),
    ],
)
def test_documents_agreements_and_adjectives_are_misc(parse, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(parse, text).get(name, "misc") == "misc"


def test_a_person_of_an_institution_is_two_rows(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The defendant stood still, reported Joanna Fell of Maine Public Radio, who was in the courtroom."
    types = _types(parse, text)
    assert types["Joanna Fell"] == "person"
    assert types["Maine Public Radio"] == "organization"


def test_an_acronym_with_the_is_an_institution_and_an_institution_owns(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bond yields fell after purchases by the ECB slowed in March. Groups such as the RSPCA were exempt, "
        "as Parliament's Joint Committee on Intelligence noted. The shell has a PFC-free coating."
    )
    types = _types(parse, text)
    assert types["ECB"] == types["RSPCA"] == types["Parliament"] == "organization"
    assert "PFC" not in types or types["PFC"] != "organization"


def test_a_sentence_that_opens_with_a_name_and_an_age(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Harwood, 21, was taken to hospital on 12 April. Doctors said Harwood had taken eight tablets."
    assert _types(parse, text)["Lena Harwood"] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Divers searched the quarry on Sunday.\n\nNyra Osei, 41, was pulled from the water by a passer-by.",
        "A van left the road.\n\nLaurel Brandt, 29, was taken to hospital.",  # a small town's name too
    ],
)
def test_a_rarer_given_name_introduced_with_an_age(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    name = text.split("\n\n")[1].split(",")[0]
    assert _types(parse, text).get(name) == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fans praised her new album The Quiet Archive Department on Friday.", "The Quiet Archive Department"),
        ("They say two tracks, “Glass Harbour” and “Fern Hill School,” are about him.", "Fern Hill School"),
    ],
)
def test_titles_of_works_are_misc_despite_a_head(parse, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(parse, text).get(name, "misc") == "misc"
