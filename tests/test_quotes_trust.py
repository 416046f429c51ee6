"""Trust: a wrong speaker stated as a fact costs more than an empty one.

Each test is one class of wrong speaker seen on real news, on a short article of our own: a
description standing in for a speaker the article names elsewhere (or not at all).
"""

from __future__ import annotations

import re

import pytest
from quote_checks import Parse, quotes, speaker

from newscli.models import Entity, EntityType, Mention
from newscli.nlp.quotes import extract_quotes

pytestmark = pytest.mark.model


def test_a_definite_group_is_no_speaker(parse: Parse) -> None:
    text = (
        "The Senate Transport Committee wrote to the rail regulator on Tuesday about late trains in the north.\n\n"
        'The lawmakers said the delays were "a daily insult to commuters."\n\n'
        '"We expect a full answer within a month," the senators wrote.'
    )
    found = quotes(parse, text)
    assert speaker(found, "a daily insult") is None  # not "lawmakers"
    assert speaker(found, "We expect") is None  # not "senators"


def test_an_unnamed_spokesperson_is_no_speaker(parse: Parse) -> None:
    text = (
        "Police closed the coast road near Kettlewick after a landslide on Sunday.\n\n"
        'A harbourmaster\'s spokeswoman said officers were "turning drivers back at the bridge."'
    )
    assert speaker(quotes(parse, text), "turning drivers") is None  # not "harbourmaster's spokeswoman"


def test_an_unnamed_single_source_keeps_its_description(parse: Parse) -> None:
    text = (
        "The ministry plans to close four rural clinics next year.\n\n"
        '"Nobody has asked the nurses," a senior health official told reporters.'
    )
    assert speaker(quotes(parse, text), "Nobody has asked") == "senior health official"


def _row(text: str, name: str, kind: EntityType, surface: str) -> Entity:
    """An entity row with a mention at every whole-word occurrence of surface that is not part of a longer name."""
    spans = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(surface)}\b(?! [A-Z])", text)]
    return Entity(name, kind, count=len(spans), mentions=tuple(Mention(a, b, text[a:b]) for a, b in spans))


def test_a_company_is_not_the_service_it_named_after_itself(parse: Parse) -> None:
    # the rows keep the company and its product apart; the product's name adds a word the
    # article never attaches to the company's own mentions
    text = (
        "Harlow said on Monday that its video service, Harlow Stream, would carry adverts from June.\n\n"
        "Harlow Stream has lost subscribers for two years.\n\n"
        '"Nobody will pay more than they do today," a Harlow spokesperson said.'
    )
    doc = parse(text)
    rows = [
        _row(text, "Harlow", "organization", "Harlow"),
        _row(text, "Harlow Stream", "organization", "Harlow Stream"),
    ]
    found = extract_quotes(doc, rows)
    assert speaker(found, "Nobody will pay") == "Harlow"


def test_a_surname_typed_as_an_organisation_still_joins_its_full_name(parse: Parse) -> None:
    text = (
        'Tomas Vlk, an urban planner, has studied the riverside plan.\n\n"The towers will block the light," Vlk said.'
    )
    doc = parse(text)
    rows = [_row(text, "Tomas Vlk", "organization", "Tomas Vlk"), _row(text, "Vlk", "organization", "Vlk")]
    assert speaker(extract_quotes(doc, rows), "The towers") == "Tomas Vlk"


def test_a_state_department_keeps_the_country_the_article_gives_it(parse: Parse) -> None:
    text = (
        "Drones struck two fuel depots near the border overnight, officials in both countries said.\n\n"
        "Sarnavia's Defense Ministry said its forces had destroyed 40 drones over three regions. The ministry "
        'said the attacks targeted "civilian homes and a hospital."\n\n'
        '"Every one of them was shot down," the Defense Ministry said in a statement.'
    )
    found = quotes(parse, text)
    assert speaker(found, "civilian homes") == "Sarnavia's Defense Ministry"
    assert speaker(found, "Every one") == "Sarnavia's Defense Ministry"


def test_a_party_keeps_its_own_name(parse: Parse) -> None:
    text = (
        "Sarnavia's Liberal Party will choose a new leader in March.\n\n"
        '"We have eight weeks to find the right person," the Liberal Party said in a statement.'
    )
    assert speaker(quotes(parse, text), "We have eight") == "Liberal Party"


def test_a_row_cut_before_its_own_on_phrase_takes_the_full_name(parse: Parse) -> None:
    text = (
        "The Senate Committee on Coastal Defence and Shipping wrote to the port authority on Tuesday.\n\n"
        '"The dredging plan is years behind schedule," the committee said.'
    )
    doc = parse(text)
    rows = [_row(text, "Senate Committee", "organization", "Senate Committee")]
    found = extract_quotes(doc, rows)
    assert speaker(found, "The dredging") == "Senate Committee on Coastal Defence and Shipping"


def test_a_day_after_a_name_is_not_part_of_it(parse: Parse) -> None:
    text = '"We will not pay twice," the Harbour Board on Monday told the court.'
    doc = parse(text)
    rows = [_row(text, "Harbour Board", "organization", "Harbour Board")]
    assert speaker(extract_quotes(doc, rows), "We will not") == "Harbour Board"


def test_a_group_the_article_made_members_of_a_body_speaks_for_it(parse: Parse) -> None:
    text = (
        "Lawmakers on the Senate Harbour Committee wrote to the port authority on Tuesday about the dredging "
        "contract.\n\n"
        'The lawmakers said the plan was "years behind schedule and badly over budget."'
    )
    assert speaker(quotes(parse, text), "years behind") == "Senate Harbour Committee"


def test_a_group_working_at_a_body_is_not_its_voice(parse: Parse) -> None:
    text = (
        "Researchers at Calder University published a study of the harbour in May.\n\n"
        '"The silt is moving faster than anyone expected," the researchers said.'
    )
    assert speaker(quotes(parse, text), "The silt") is None
