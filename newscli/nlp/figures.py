"""Key figures (first version: spaCy's numeric entities, unnormalised)."""

from __future__ import annotations

from spacy.tokens import Doc

from newscli.models import Figure, FigureKind

_KINDS: dict[str, FigureKind] = {
    "MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity", "CARDINAL": "count", "DATE": "date",
}  # fmt: skip


def extract_figures(doc: Doc, published: str | None = None) -> list[Figure]:
    return [
        Figure(kind=_KINDS[ent.label_], text=ent.text, start=ent.start_char, end=ent.end_char,
               value=None, unit=None, sentence=ent.sent.text.strip() if doc.has_annotation("SENT_START") else None)
        for ent in doc.ents
        if ent.label_ in _KINDS
    ]
