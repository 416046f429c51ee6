"""One row per real-world entity: surnames, acronyms, country short forms, spelling variants."""

from __future__ import annotations

import pytest

from newscli.nlp.entities import extract_entities
from newscli.nlp.entities.merge import initials, name_key
from newscli.nlp.gazetteer import fold_name

pytestmark = pytest.mark.model


def _rows(parse, text: str):  # type: ignore[no-untyped-def]
    doc = parse(text)
    rows = extract_entities(doc)
    for row in rows:
        assert row.count == len(row.mentions)
        for m in row.mentions:
            assert text[m.start : m.end] == m.text
    return {row.name: row for row in rows}


def test_name_key_ignores_case_dots_hyphens_and_the() -> None:
    assert name_key("the U.S.") == "us"
    assert name_key("Self-Defense Force's") == "self defense force"
    assert name_key("Hokkaidō") == "hokkaido"


def test_fold_name_is_the_one_folding_of_names() -> None:
    assert fold_name("Morenó’s") == "moreno"
    assert fold_name("REUTERS'") == "reuters"
    assert fold_name("  Lucia\nMoreno ") == "lucia moreno"
    assert name_key("Morenó’s") == fold_name("Morenó’s")


def test_initials_split_hyphens_and_skip_function_words() -> None:
    assert initials("Maritime Self-Defense Force") == "MSDF"
    assert initials("United States of America") == "USA"


def test_surname_joins_the_full_name(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "Paris Mayor Anne Hidalgo opened the bridge. Hidalgo said it cost too much.")
    assert rows["Anne Hidalgo"].aliases == ("Hidalgo",)
    assert rows["Anne Hidalgo"].count == 2
    assert "Hidalgo" not in rows


def test_shared_surname_goes_to_the_nearest_full_name(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("Tom Keller won the first race. Keller was delighted. "
            "Later Maria Keller won the second race, and Keller thanked her coach.")  # fmt: skip
    rows = _rows(parse, text)
    tom = [m.start for m in rows["Tom Keller"].mentions]
    maria = [m.start for m in rows["Maria Keller"].mentions]
    assert text.index("Keller was") in tom
    assert text.rindex("Keller thanked") in maria


def test_acronym_defined_in_parentheses(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The World Health Organization (WHO) warned of new cases. WHO officials met in Nairobi."
    rows = _rows(parse, text)
    who = rows["World Health Organization"]
    assert who.type == "organization"
    assert who.aliases == ("WHO",)
    assert who.count == 3


def test_country_short_form_joins_the_full_name(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "The United States sent aid. Critics said U.S. aid came too late.")
    assert rows["United States"].aliases == ("U.S.",)
    assert rows["United States"].type == "location"


def test_nationality_is_not_merged_into_its_country(parse) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(parse, "Australia won the match, and Australian fans celebrated in Sydney.")
    assert rows["Australia"].aliases == ()
    assert rows["Australian"].type == "misc"


def test_a_full_stop_that_ends_the_sentence_is_not_another_spelling(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United States sent an envoy to Oslo on Monday. Talks with the U.S. began at once. "
        "Norway's trade has long depended on the U.S."
    )
    rows = {e.name: e for e in extract_entities(parse(text))}
    assert rows["United States"].aliases == ("U.S.",)


def test_mr_surname_is_no_short_form_of_a_firm(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Harwell Brothers Ltd. cut 200 jobs on Monday. Mr. Harwell, the chairman, said sales had fallen."
    rows = {e.name: e for e in extract_entities(parse(text))}
    assert rows["Harwell Brothers Ltd."].type == "organization"
    assert rows["Harwell Brothers Ltd."].role is None
    assert any(e.type == "person" and "Harwell" in e.name for e in rows.values())
