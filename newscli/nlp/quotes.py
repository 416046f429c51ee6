"""Quotes (first version: double-quoted spans, no attribution)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newscli.models import Entity, Quote

_QUOTED = re.compile(r"[\"“]([^\"“”\n]{10,})[\"”]")


def extract_quotes(doc: Doc, entities: list[Entity], indirect: bool = False) -> list[Quote]:
    return [
        Quote(text=m.group(1), start=m.start(1), end=m.end(1), speaker=None, speaker_mention=None, cue=None)
        for m in _QUOTED.finditer(doc.text)
    ]
