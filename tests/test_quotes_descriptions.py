"""Descriptions as sources: "the president-elect said", "the city's civil defense director said", "the woman said".

Each test is one class of wrong speaker seen on real news, on a short article of our own.
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
