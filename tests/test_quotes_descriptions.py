"""Descriptions as sources: "the president-elect said", "the city's civil defense director said", "the woman said".

Each test is one class of wrong speaker seen on real news, on a short article of our own.
"""

from __future__ import annotations

import pytest
from quote_checks import Parse, quotes, speaker

pytestmark = pytest.mark.model


def test_a_hyphenated_role_is_its_holder_not_a_name(parse: Parse) -> None:
    # the parser splits "president-elect" and may tag "elect" as a proper noun
    text = (
        "President-elect Daniel Ferro's transition team announced on Monday that banker Paul Weller will serve "
        "as his trade adviser when he takes office in March.\n\n"
        '"Paul was with me from the beginning, and that was something I truly appreciated," the president-elect '
        'said in a statement released by his transition office. "He is a brilliant negotiator."'
    )
    found = quotes(parse, text)
    first = next(q for q in found if q.text.startswith("Paul was"))
    assert (first.speaker, first.attribution) == ("Daniel Ferro", "description")
    assert speaker(found, "He is a brilliant") == "Daniel Ferro"


def test_a_hyphenated_surname_is_one_name(parse: Parse) -> None:
    # the run of proper nouns stops at the hyphen: "Anita Rowe" must not become a person of its own
    text = (
        "Regulators in Ottawa argue that a slow switch to the new standard would keep costs down.\n\n"
        "Dr Anita Rowe-Patel, who heads audit policy at the Chartered Institute, disagrees. She warned a gradual "
        'switch could end in "a costly muddle", adding that a clean break would be "simpler for all".'
    )
    found = quotes(parse, text)
    assert speaker(found, "a costly muddle") == "Anita Rowe-Patel"
    assert speaker(found, "simpler for all") == "Anita Rowe-Patel"


def test_a_description_naming_another_office_is_someone_else(parse: Parse) -> None:
    # the only "director" the article names heads something else: the county's director is unnamed
    text = (
        "The shelters were meant to hold half the city, according to Mara Velde, deputy director of the "
        "Institute for Civic Resilience at Harlow University.\n\n"
        '"Most of them were never stocked," Velde said.\n\n'
        "By 1971, the county's emergency management director found that few of the shelters had any supplies "
        'left. "Frankly, I doubt stocking basements is a serious answer for a county this size," he said.'
    )
    found = quotes(parse, text)
    assert speaker(found, "Most of them") == "Mara Velde"
    assert speaker(found, "Frankly") is None


def test_a_description_naming_the_same_office_is_its_holder(parse: Parse) -> None:
    text = (
        "Finance Minister Ana Ruiz presented the budget on Tuesday, alongside Deputy Mayor Tomas Brandt.\n\n"
        '"This is a budget for growth," the finance minister said.'
    )
    assert speaker(quotes(parse, text), "This is a budget") == "Ana Ruiz"


def test_the_woman_nobody_named_is_no_speaker(parse: Parse) -> None:
    # "the woman" goes back to an unnamed resident: the noun is no name ("a government official" stays,
    # as an unnamed source the article only describes)
    text = (
        "At the trailer park on Route 9, most driveways were full at noon on Wednesday. A resident who asked not "
        "to be named for fear of the police said families are staying indoors.\n\n"
        '"Nobody goes to the fields any more. They are scared of being picked up," the woman said.\n\n'
        '"We have had no complaints," a county official said.'
    )
    found = quotes(parse, text)
    assert speaker(found, "Nobody goes") is None
    assert speaker(found, "We have had") == "county official"
