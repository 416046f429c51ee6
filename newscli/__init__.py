"""newscli: clean scraped news pages and find their key figures, people and quotes.

The library API is newscli.clean() and newscli.analyze(); both return plain dataclasses
from newscli.models. Heavy modules (spaCy, readability) load only when first needed.
"""

from __future__ import annotations

from importlib import metadata as _metadata
from typing import TYPE_CHECKING, Any

try:
    __version__ = _metadata.version("newscli")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

if TYPE_CHECKING:
    from newscli.api import analyze, clean, summarize
    from newscli.errors import NewscliError
    from newscli.models import Article, Entity, Figure, Quote, Report

__all__ = ["Article", "Entity", "Figure", "NewscliError", "Quote", "Report", "analyze", "clean", "summarize"]


def __getattr__(name: str) -> Any:
    # Lazy re-exports keep `import newscli` (and so `newscli clean`) light.
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
