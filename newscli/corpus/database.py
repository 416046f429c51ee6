"""Read a newscli --db file back as ArticleFacts, so `sources` need not analyse again."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from newscli.corpus import ArticleFacts, EntityFacts, QuoteFacts
from newscli.errors import InputError

_MAGIC = b"SQLite format 3\x00"


def is_database(path: str) -> bool:
    """Whether the file is an SQLite database (by its first bytes, whatever its name)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_MAGIC)) == _MAGIC
    except OSError:
        return False


def read_database(path: str) -> Iterator[ArticleFacts]:
    """Every article of a database newscli wrote, with its entity rows and attributed quotes, in order."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise InputError(f"cannot open the database ({exc})", path) from None
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"articles", "entities", "quotes"} <= tables:
            raise InputError("is an SQLite database but not one newscli wrote (no articles, entities, quotes "
                             "tables); give the file --db wrote", path)  # fmt: skip
        articles = conn.execute("SELECT id, publisher, published, title FROM articles ORDER BY rowid")
        for article_id, publisher, published, title in articles:
            entities = tuple(
                EntityFacts(name, kind, tuple(_list(aliases)), role, count or 1)
                for name, kind, aliases, role, count in conn.execute(
                    "SELECT name, type, aliases, role, mention_count FROM entities WHERE article_id = ? ORDER BY rank",
                    (article_id,),
                )
            )
            quotes = tuple(
                QuoteFacts(speaker, text)
                for speaker, text in conn.execute(
                    "SELECT speaker, text FROM quotes WHERE article_id = ? AND speaker IS NOT NULL AND speaker != '' "
                    "AND attribution != 'unnamed' "
                    "ORDER BY start_char",
                    (article_id,),
                )
            )
            yield ArticleFacts(article_id, publisher, published, entities, quotes, title)
    except sqlite3.Error as exc:
        raise InputError(f"cannot read the database ({exc})", path) from None
    finally:
        conn.close()


def _list(value: str | None) -> list[str]:
    try:
        found = json.loads(value or "[]")
    except ValueError:
        return []
    return [item for item in found if isinstance(item, str)] if isinstance(found, list) else []
