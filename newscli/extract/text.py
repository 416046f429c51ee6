"""Boilerplate removal for already-scraped plain text (first version: structure only)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPACE = re.compile(r"[ \t\u00a0]+")


@dataclass
class CleanedText:
    text: str
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None


def clean_text(content: str) -> CleanedText:
    lines = [_SPACE.sub(" ", line).strip() for line in content.splitlines()]
    kept = [line for line in lines if len(line.split()) >= 8]
    return CleanedText(text="\n\n".join(kept))
