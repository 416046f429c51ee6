"""Entity table (first version: spaCy's entities grouped by surface)."""

from __future__ import annotations

from spacy.tokens import Doc

from newscli.models import Entity, EntityType, Mention

_TYPES: dict[str, EntityType] = {
    "PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location", "FAC": "location",
    "NORP": "misc", "EVENT": "misc", "PRODUCT": "misc", "LAW": "misc", "WORK_OF_ART": "misc", "LANGUAGE": "misc",
}  # fmt: skip


def extract_entities(doc: Doc) -> list[Entity]:
    groups: dict[tuple[str, EntityType], list[Mention]] = {}
    for ent in doc.ents:
        kind = _TYPES.get(ent.label_)
        if kind:
            groups.setdefault((ent.text, kind), []).append(Mention(ent.start_char, ent.end_char, ent.text))
    rows = [Entity(name=name, type=kind, count=len(ms), mentions=tuple(ms)) for (name, kind), ms in groups.items()]
    return sorted(rows, key=lambda e: -e.count)
