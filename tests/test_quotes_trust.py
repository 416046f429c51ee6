"""Trust: a wrong speaker stated as a fact costs more than an empty one.

Each test is one class of wrong speaker seen on real news, on a short article of our own: a
description standing in for a speaker the article names elsewhere (or not at all).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newscli.models import Quote
from newscli.nlp.entities import extract_entities
from newscli.nlp.quotes import extract_quotes

pytestmark = pytest.mark.model

Parse = Callable[[str], Doc]


def quotes(parse: Parse, text: str) -> list[Quote]:
    doc = parse(text)
    found = extract_quotes(doc, extract_entities(doc))
    for quote in found:
        assert (quote.speaker is None) == (quote.attribution == "none")
    return found


def speaker(found: list[Quote], start: str) -> str | None:
    return next(q for q in found if q.text.startswith(start)).speaker


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
