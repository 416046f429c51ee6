"""Quotes found the way the pipeline finds them, with the invariants every quote keeps.

Shared by the quote test files: each article is parsed, its entity rows come from the real
entity stage, and every quote is checked for exact offsets and for `attribution` being
"none" exactly when no speaker is named.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newscli.models import Quote
from newscli.nlp.entities import extract_entities
from newscli.nlp.quotes import extract_quotes

Parse = Callable[[str], Doc]


def quotes(parse: Parse, text: str) -> list[Quote]:
    """The quotes of `text`, after the checks every quote must pass."""
    doc = parse(text)
    found = extract_quotes(doc, extract_entities(doc))
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
        assert (quote.speaker is None) == (quote.attribution == "none")  # "none" exactly when nobody is named
    return found


def said(found: list[Quote], start: str) -> Quote:
    """The quote that starts with `start`."""
    return next(q for q in found if q.text.startswith(start))


def speaker(found: list[Quote], start: str) -> str | None:
    """The speaker of the quote that starts with `start`."""
    return said(found, start).speaker
