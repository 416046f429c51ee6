"""Extractive summary (first version: the lead sentences)."""

from __future__ import annotations

from spacy.tokens import Doc


def summarize(doc: Doc, n: int = 3) -> list[str]:
    return [s.text.strip() for s in doc.sents if len(s) > 4][:n]
