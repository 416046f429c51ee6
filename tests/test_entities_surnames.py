"""Whose is a bare surname: titles, title gender, pronouns in the clause, relatives, and no row when unsure."""

from __future__ import annotations

import pytest

from newscli.nlp.entities import extract_entities
from newscli.nlp.entities.surnames import pronoun_after, same_person, same_title

pytestmark = pytest.mark.model


def _rows(parse, text: str):  # type: ignore[no-untyped-def]
    return {e.name: e for e in extract_entities(parse(text))}


def _starts(row) -> list[int]:  # type: ignore[no-untyped-def]
    return [m.start for m in row.mentions]


def test_a_pronoun_in_the_clause_says_which_carrier_is_meant(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sergeant Tom Reyes died on Monday, leaving her to raise their son alone, his widow said. "
        "Elena Reyes has thanked the town for its help.\n\n"
        "Elena Reyes posted a photograph of the memorial plans.\n\n"
        "Reyes and his partner were answering a call when the gunman opened fire."
    )
    rows = _rows(parse, text)
    assert text.rindex("Reyes and his") in _starts(rows["Tom Reyes"])
    assert rows["Elena Reyes"].count == 2  # the nearer full name is not evidence enough


def test_a_relative_named_in_full_does_not_take_the_surname(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tina Kessler has led the union since 2021. Managers tried to stop the rally, Kessler said.\n\n"
        "Kessler's sister, Ines Kessler, works at the same depot. Kessler said the company would not listen."
    )
    rows = _rows(parse, text)
    assert text.rindex("Kessler said") in _starts(rows["Tina Kessler"])
    assert rows["Ines Kessler"].count == 1


def test_two_carriers_and_no_evidence_make_no_row(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Paul Reyes and Mark Reyes founded the bakery in 1990 and sold it in 2015.\n\nThe elder Reyes still bakes."
    rows = _rows(parse, text)
    assert rows["Paul Reyes"].count == rows["Mark Reyes"].count == 1
    assert "Reyes" not in rows


def test_pronouns_of_the_other_gender_make_a_surname_someone_else(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Laura Bannon, the former first lady, opened the new library on Monday.\n\n"
        "She said President Bannon's government had done what he promised. In her speech she recalled "
        "how President Bannon had kept his word on schools."
    )
    rows = _rows(parse, text)
    assert rows["Laura Bannon"].count == 1
    assert rows["Laura Bannon"].role != "President"
    others = [e for e in rows.values() if e.name.endswith("Bannon") and e.name != "Laura Bannon"]
    assert len(others) == 1 and others[0].count == 2


def test_one_man_written_two_ways_keeps_his_surname(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thomas R. Hale, president of the regional bank, spoke on Monday. Hale said rates should rise.\n\n"
        "Later, Thomas Hale told reporters the bank was sound. Hale added that lending had grown."
    )
    rows = _rows(parse, text)
    hale = [start for e in rows.values() if "Hale" in e.name for start in _starts(e)]
    assert text.index("Hale said") in hale and text.index("Hale added") in hale
    assert "Hale" not in rows


def test_a_title_says_which_carrier_a_titled_surname_is(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Advocate Thabo Molefe grew up in Maseru with his brother Sipho Molefe. The two boys walked to school.\n\n"
        'Adv Molefe says the new law goes too far. "We must be careful," Adv Molefe argues.'
    )
    rows = _rows(parse, text)
    assert rows["Thabo Molefe"].count == 3
    assert rows["Sipho Molefe"].count == 1


def test_a_title_before_a_full_name_does_not_make_it_a_surname(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "Senator Joan Pratt and her husband, Dr. Alan Pratt, arrived together.")
    assert "Alan Pratt" in rows and "Alan Pratt" not in rows["Joan Pratt"].aliases


def test_pronoun_after_reads_the_clause_and_skips_speech_tags() -> None:
    text = "Reyes and his partner left. It was late, she said."
    assert pronoun_after(text, 5, len(text)) == "M"
    assert pronoun_after(text, text.index("It"), len(text)) is None  # "she said" introduces speech
    assert pronoun_after(text, 5, 9) is None  # the next person's name stops the window


def test_titles_and_spellings() -> None:
    assert same_title("adv", "advocate") and same_title("sen", "senator")
    assert not same_title("dr", "driver")
    assert same_person("thomas r hale", "thomas hale") and same_person("ben hale", "benjamin hale")
    assert not same_person("tom hale", "thomas hale") and not same_person("al hale", "alan hale")
    assert same_person("al hale", "al hale") and same_person("jo b hale", "jo hale")
