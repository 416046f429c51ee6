"""One row per person or club however the article writes it, and types read from what a name is.

Nicknames ("Becca"), sound-alike misspellings ("Kowalcyzk"), a nickname in quotes inside the full
name, a club's plural name after its town ("the Cowboys"), a county without its head word; and
types: a bare classifier noun ("newspaper X"), occupied or held land, schools named "X State" or
"X High", a season record after a team's name, temperature scales and i-prefixed products.
"""

from __future__ import annotations

import pytest

from newscli.nlp.entities import extract_entities
from newscli.nlp.name_variants import nickname_of, soundex, sounds_alike

pytestmark = pytest.mark.model


def _rows(parse, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    return {e.name: (e.type, e.aliases) for e in extract_entities(parse(text))}


def _row_of(rows: dict[str, tuple[str, tuple[str, ...]]], written: str) -> str | None:
    return next((name for name, (_, aliases) in rows.items() if written == name or written in aliases), None)


def test_soundex_and_sound_alike_surnames() -> None:
    assert soundex("Jensen") == soundex("Janzen") == "J525"
    assert soundex("Murray") != soundex("Murphy")
    assert sounds_alike("Kowalczyk", "Kowalcyzk")
    assert not sounds_alike("Murray", "Murphy")  # two people, not one misspelt
    assert not sounds_alike("Brown", "Braun")  # too short to tell


def test_nicknames_come_from_the_package_table() -> None:
    assert nickname_of("Becca", "Rebecca")
    assert nickname_of("jim", "JAMES")
    assert not nickname_of("James", "James")
    assert not nickname_of("Becca", "Thomas")


def test_a_nickname_joins_the_one_person_with_that_given_name(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(
        parse,
        "Rebecca Marsh opened the bakery on Quay Street in 2019. Becca, as her regulars call her, said the "
        "rent had doubled. James Whitfield, the mayor, spoke first. Jim has led the town since 2015.",
    )
    assert _row_of(rows, "Becca") == "Rebecca Marsh"
    assert _row_of(rows, "Jim") == "James Whitfield"


def test_a_relative_named_by_a_nickname_stays_apart(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "James Corrigan said the strike was over. His father, Jim, had led the union in the 1970s.")
    assert _row_of(rows, "Jim") != "James Corrigan"


def test_a_misspelt_surname_joins_the_full_name(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "Analyst Nathan Kowalczyk said rates would fall. Kowalcyzk added that inflation was easing.")
    assert _row_of(rows, "Kowalcyzk") == "Nathan Kowalczyk"


def test_a_quoted_nickname_inside_the_name_joins_it(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(
        parse, 'Harold "Doc" Pennington, a retired vet, said the herd was healthy. Doc has treated cattle for 40 years.'
    )
    assert _row_of(rows, "Doc") == 'Harold "Doc" Pennington'


def test_a_club_and_a_county_without_their_first_or_last_word(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(
        parse,
        "The Dallas Cowboys beat the visitors 27-13 on Sunday. The Cowboys play again next week. "
        "Westchester County officials said the budget would pass. Most voters in Westchester agreed.",
    )
    assert _row_of(rows, "Cowboys") == "Dallas Cowboys"
    assert _row_of(rows, "Westchester") == "Westchester County"


def test_a_big_city_is_not_its_county(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "Los Angeles County deputies arrested two men in Los Angeles on Friday.")
    assert _row_of(rows, "Los Angeles") == "Los Angeles"


def test_types_from_what_the_name_is(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(
        parse,
        "The findings were first reported by newspaper Vastra Kuriren on Monday. Vastra Kuriren said the police "
        "had been warned. Residents of Russian-occupied Melitopol said power had been cut. "
        "Michigan State beat the visitors, and Boise State (10-2) will face Ridgewood (8-4) in the bowl game. "
        "Lagos State officials closed the roads. Quarterback Dan Ruiz once played at Lakeview High. "
        "Buses leave from the Kigoma Bus Stand every hour.",
    )
    assert rows["Vastra Kuriren"][0] == "organization"
    assert rows["Melitopol"][0] == "location"
    assert rows["Michigan State"][0] == "organization"
    assert rows["Boise State"][0] == "organization"
    assert rows["Ridgewood"][0] == "organization"
    assert rows["Lagos State"][0] != "person"
    assert rows["Kigoma Bus Stand"][0] == "location"


def test_temperature_scales_are_units_and_i_products_are_things(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "It was 55 degrees Fahrenheit at noon. Halvorsen Audio said iPad sales slipped in the quarter.")
    assert "Fahrenheit" not in rows
    assert rows.get("iPad", ("misc",))[0] == "misc"


def test_one_stop_under_two_heads_and_two_schools_kept_apart(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(
        parse,
        "Buses leave Grand Central Station hourly. Commuters at Grand Central Terminal complained about delays. "
        "Victoria Coach Station was closed, but Victoria Station stayed open. Students at George Washington "
        "University protested, as did students at Washington University in St. Louis.",
    )
    assert _row_of(rows, "Grand Central Terminal") == "Grand Central Station"
    assert _row_of(rows, "Victoria Station") != _row_of(rows, "Victoria Coach Station")
    assert _row_of(rows, "Washington University") != _row_of(rows, "George Washington University")


def test_a_party_or_an_athlete_before_the_name_is_not_part_of_it(parse) -> None:  # type: ignore[no-untyped-def]
    people = {
        e.name: e.role
        for e in extract_entities(
            parse(
                "Democrat Marta Quill said the vote would be close. Quill added that she was confident. "
                "The cuts worry Olympian Dev Ashcombe, who won gold in 1996. The Republican National "
                "Committee did not comment."
            )
        )
        if e.type == "person"
    }
    assert people.get("Marta Quill", "missing") is None  # a party is no role
    assert people.get("Dev Ashcombe") == "Olympian"


def test_a_speech_verb_before_its_speaker_is_not_part_of_the_name(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(
        parse,
        'Stephen Harlow spoke first. Replied Stephen, with some care, "We are not there yet." '
        "Said Ali Khan, a minister, said the talks would resume.",
    )
    assert "Replied Stephen" not in rows
    assert _row_of(rows, "Stephen") == "Stephen Harlow"
    assert "Said Ali Khan" in rows  # "Said" is also a given name


def test_a_full_name_opening_a_paragraph_with_a_title_in_apposition(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(
        parse,
        "The talks stalled again.\n\nNadia Farouk Bensalem, Director-General of the Gulf Policy Institute, spoke "
        "on Monday. Bensalem called for calm.",
    )
    assert _row_of(rows, "Bensalem") == "Nadia Farouk Bensalem"


def test_an_untagged_name_opening_a_sentence_is_recalled_by_its_title(parse) -> None:  # type: ignore[no-untyped-def]
    """The tagger may miss a name at a sentence start; a given name, more name words and a title in
    apposition make it a person (as an age does: "Maren Holt, 34,")."""
    doc = parse(
        "The talks stalled again.\n\nNadia Farouk Bensalem, Director-General of the Gulf Policy Institute, spoke "
        "on Monday. Later that week the Gulf Policy Institute published a report."
    )
    doc.ents = []  # as if the tagger had seen nothing
    names = {e.name for e in extract_entities(doc) if e.type == "person"}
    assert "Nadia Farouk Bensalem" in names


def test_a_clause_word_never_stands_inside_a_name(parse) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = parse("The woman told the Harbour Gazette that Okafor said the deal was dead. Okafor denied it.")
    doc.ents = [Span(doc, 3, 8, label="ORG")]  # the tagger's span runs over "that"
    names = {e.name for e in extract_entities(doc)}
    assert "Harbour Gazette" in names
    assert not any("that" in name.split() for name in names)


def test_what_is_climbed_or_hiked_is_a_place(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "He trained for months before climbing Denvira, the tallest peak in the range.")
    assert rows["Denvira"][0] == "location"
    rows = _rows(parse, "They spent July thru-hiking the PCT.")
    assert rows["PCT"][0] == "location"
