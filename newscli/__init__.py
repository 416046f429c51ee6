"""newscli: clean scraped news pages and find their key figures, people and quotes.

The library API is newscli.clean() and newscli.analyze(); both return plain dataclasses
from newscli.models. Heavy modules (spaCy, readability) load only when first needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newscli.api import analyze, clean, summarize
    from newscli.errors import NewscliError
    from newscli.models import Article, Entity, Figure, Quote, Report

__all__ = [  # noqa: RUF022 -- grouped: types, then functions
    "__version__",
    "Article",
    "Entity",
    "Figure",
    "NewscliError",
    "Quote",
    "Report",
    "analyze",
    "clean",
    "summarize",
]


def __getattr__(name: str) -> Any:
    # Lazy attributes keep `import newscli` (and so `newscli clean`) light: importlib.metadata
    # alone costs more than a third of clean's start-up budget.
    if name == "__version__":
        from importlib import metadata

        try:
            return metadata.version("newscli")
        except metadata.PackageNotFoundError:  # a source tree that is not installed
            return "0+unknown"
    if name in ("analyze", "clean", "summarize"):
        from newscli import api

        return getattr(api, name)
    if name in ("Article", "Entity", "Figure", "Quote", "Report"):
        from newscli import models

        return getattr(models, name)
    if name == "NewscliError":
        from newscli.errors import NewscliError

        return NewscliError
    raise AttributeError(f"module 'newscli' has no attribute {name!r}")
