"""--db FILE: reports into SQLite, as related tables with full-text search.

One row per article in `articles`, keyed by the input's id; its figures, entities (with
their mentions) and quotes in tables of their own that point back to it, and a quote to
its speaker's entity row where the speaker's name is an entity of the same article. FTS5
indexes `articles_fts` (title, text) and `quotes_fts` (text, speaker) follow their tables
through triggers; they are external-content tables linked by content=[...], which is how
Datasette finds them and offers a search box.

Re-running updates in place: an article is upserted by id, and each section a command
computed (figures, entities, quotes, summary) replaces that article's old rows; a section
it did not compute is kept, unless the article's text changed and its offsets went stale.
Articles are written inside a savepoint each and committed in batches, so a run stopped
at any moment - Ctrl-C, a kill, a full disk - leaves whole articles only. The schema's
version is PRAGMA user_version.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from newscli.errors import NewscliError, UsageError
from newscli.models import Entity, Figure, Quote, Report

if TYPE_CHECKING:
    from newscli.corpus import SourceRow

SCHEMA_VERSION = 1
COMMIT_EVERY = 50  # articles per transaction
COMMIT_SECONDS = 2.0  # and at least this often, so a slow analysis run keeps what it has done
TABLES = ("articles", "figures", "entities", "mentions", "quotes", "articles_fts", "quotes_fts")
_TOKENIZE = "tokenize='porter unicode61 remove_diacritics 2'"  # 'tariffs' finds 'tariff', 'Muñoz' 'Munoz'

SCHEMA = f"""
CREATE TABLE articles (
    id TEXT PRIMARY KEY,        -- the input's id: a JSON Lines record's id, a WARC-Record-ID, a URL or a path
    url TEXT,                   -- where the page was fetched from, when known
    source TEXT NOT NULL,       -- the file, archive or URL it was read from
    title TEXT,
    published TEXT,             -- ISO 8601, as precise as the page says
    authors TEXT NOT NULL,      -- JSON array
    publisher TEXT,
    language TEXT,              -- ISO 639-1
    encoding TEXT,              -- how the bytes were decoded
    text TEXT NOT NULL,         -- the cleaned article text; offsets in other tables count characters of it
    warnings TEXT NOT NULL,     -- JSON array
    summary TEXT,               -- JSON array of sentences; NULL until summarize or analyze runs
    extra TEXT,                 -- JSON object: the input record's other keys, NULL when none
    updated_at TEXT NOT NULL    -- when newscli last wrote this row (UTC)
);
CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    rank INTEGER NOT NULL,      -- 1 = the article's key figure
    kind TEXT NOT NULL,         -- money, percent, quantity, count, date
    text TEXT NOT NULL,
    value REAL,
    unit TEXT,
    approximate INTEGER NOT NULL,
    range_low REAL,
    range_high REAL,
    converted_text TEXT,
    converted_value REAL,
    converted_unit TEXT,
    measures TEXT,              -- what the number is about
    sentence TEXT,
    mentions INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL
);
CREATE INDEX figures_article_id ON figures(article_id);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    rank INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,         -- person, organization, location, misc
    role TEXT,
    aliases TEXT NOT NULL,      -- JSON array
    mention_count INTEGER NOT NULL
);
CREATE INDEX entities_article_id ON entities(article_id);
CREATE INDEX entities_name ON entities(name);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL
);
CREATE INDEX mentions_entity_id ON mentions(entity_id);
CREATE INDEX mentions_article_id ON mentions(article_id);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,         -- the quotation without its quote marks
    speaker TEXT,
    speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    speaker_mention TEXT,       -- the words the text used: 'he', 'the minister'
    cue TEXT,                   -- 'said', 'according to'
    kind TEXT NOT NULL,         -- direct, partial, indirect
    attribution TEXT NOT NULL,  -- how the speaker was found: cue, pronoun, running, description, unnamed, none
    sentence TEXT,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL
);
CREATE INDEX quotes_article_id ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE INDEX quotes_speaker_entity_id ON quotes(speaker_entity_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content=[articles], {_TOKENIZE});
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content=[quotes], content_rowid=id, {_TOKENIZE});
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
"""

_ARTICLE_COLUMNS = ("id", "url", "source", "title", "published", "authors", "publisher", "language", "encoding",
                    "text", "warnings", "summary", "extra", "updated_at")  # fmt: skip
_UPSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))}) "
    "ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(
        f"{c} = COALESCE(excluded.{c}, articles.{c})" if c == "summary" else f"{c} = excluded.{c}"
        for c in _ARTICLE_COLUMNS[1:]
    )
)
_FIGURE_COLUMNS = ("article_id", "rank", "kind", "text", "value", "unit", "approximate", "range_low", "range_high",
                   "converted_text", "converted_value", "converted_unit", "measures", "sentence", "mentions",
                   "start_char", "end_char")  # fmt: skip
_QUOTE_COLUMNS = ("article_id", "text", "speaker", "speaker_mention", "cue", "kind", "attribution", "sentence",
                  "start_char", "end_char")  # fmt: skip


class DatabaseError(NewscliError):
    """The database cannot be written (locked, disk full, read-only): the run stops."""


class Database:
    """An open --db file; add() each report, close() at the end (or use it as a context manager)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.written = 0
        self._pending = 0
        self._since = time.monotonic()
        try:
            self._conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise UsageError(f"cannot open --db {self.path} ({exc}); check the path") from None
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._prepare()
        except sqlite3.Error as exc:
            self._conn.close()
            raise UsageError(f"cannot use --db {self.path} for newscli's tables ({exc}); choose another file") from None

    def _prepare(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise UsageError(
                f"--db {self.path} was made by a newer newscli (schema {version}, this one writes {SCHEMA_VERSION}); "
                "upgrade newscli or choose another file"
            )
        if version == SCHEMA_VERSION:
            return
        clash = [row[0] for row in self._conn.execute("SELECT name FROM sqlite_master") if row[0] in TABLES]
        if clash:
            raise UsageError(
                f"--db {self.path} already has tables newscli did not make ({', '.join(clash)}); choose another file"
            )
        self._conn.executescript(f"BEGIN; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")

    def add(self, report: Report) -> None:
        """Write one report: all its rows, or (if anything fails) none of them."""
        conn = self._conn
        try:
            if not conn.in_transaction:
                conn.execute("BEGIN")
            conn.execute("SAVEPOINT article")
            try:
                _write(conn, report)
            except BaseException:
                conn.execute("ROLLBACK TO article")
                raise
            finally:
                conn.execute("RELEASE article")
            self.written += 1
            self._pending += 1
            if self._pending >= COMMIT_EVERY or time.monotonic() - self._since >= COMMIT_SECONDS:
                self.commit()
        except sqlite3.Error as exc:
            raise DatabaseError(f"cannot write to --db {self.path} ({exc}); the articles before this one are saved",
                                report.id) from None  # fmt: skip

    def commit(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("COMMIT")
        self._pending = 0
        self._since = time.monotonic()

    def close(self) -> None:
        """Commit what was written and close; whole articles only, whatever stopped the run."""
        try:
            self.commit()
        except sqlite3.Error as exc:
            raise DatabaseError(f"cannot save --db {self.path} ({exc})") from None
        finally:
            self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


SOURCES_SCHEMA = """
DROP TABLE IF EXISTS sources;
CREATE TABLE sources (          -- newscli sources: one row per person or organisation across the corpus
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    breakdown TEXT,             -- the publisher, month or week with --by, else NULL
    quotes INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    roles TEXT NOT NULL,        -- JSON array, most frequent first
    aliases TEXT NOT NULL,      -- JSON array
    first_seen TEXT,
    last_seen TEXT,
    publishers TEXT NOT NULL,   -- JSON object: publisher -> articles
    wikidata TEXT
);
CREATE INDEX sources_name ON sources(name);
"""


def write_sources(path: Path | str, rows: Iterable[SourceRow]) -> None:
    """Replace the database's sources table with this run's rows (the aggregate of the last run)."""
    database = Database(path)
    try:
        conn = database._conn
        conn.executescript("BEGIN;" + SOURCES_SCHEMA)
        conn.executemany(
            "INSERT INTO sources (name, type, breakdown, quotes, articles, mentions, roles, aliases, first_seen, "
            "last_seen, publishers, wikidata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(r.name, r.type, r.group, r.quotes, r.articles, r.mentions, _json(list(r.roles)), _json(list(r.aliases)),
              r.first_seen, r.last_seen, _json(dict(r.publishers)), r.wikidata) for r in rows],
        )  # fmt: skip
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot write the sources table to --db {path} ({exc})") from None
    finally:
        database.close()


def _write(conn: sqlite3.Connection, report: Report) -> None:
    article = report.article
    old = conn.execute("SELECT text FROM articles WHERE id = ?", (report.id,)).fetchone()
    stale = old is not None and old[0] != article.text  # offsets into the old text mean nothing now
    extra = {k: v for k, v in report.extra.items() if k not in _ARTICLE_COLUMNS}
    conn.execute(
        _UPSERT_ARTICLE,
        (report.id, article.url, report.source, article.title, article.published, _json(list(article.authors)),
         article.publisher, article.language, report.encoding, article.text, _json(list(article.warnings)),
         None if report.summary is None else _json(list(report.summary)), _json(extra) if extra else None,
         datetime.now(timezone.utc).isoformat(timespec="seconds")),
    )  # fmt: skip
    if stale and report.summary is None:
        conn.execute("UPDATE articles SET summary = NULL WHERE id = ?", (report.id,))
    if report.figures is not None or stale:
        conn.execute("DELETE FROM figures WHERE article_id = ?", (report.id,))
        _insert_figures(conn, report.id, report.figures or ())
    if report.entities is not None or stale:
        conn.execute("DELETE FROM entities WHERE article_id = ?", (report.id,))
        _insert_entities(conn, report.id, report.entities or ())
    if report.quotes is not None or stale:
        conn.execute("DELETE FROM quotes WHERE article_id = ?", (report.id,))
        _insert_quotes(conn, report.id, report.quotes or ())
    if report.entities is not None or report.quotes is not None:
        link_speakers(conn, report.id)


def _insert_figures(conn: sqlite3.Connection, article_id: str, figures: tuple[Figure, ...]) -> None:
    rows = []
    for rank, f in enumerate(figures, 1):
        low, high = f.range if f.range else (None, None)
        c = f.converted
        rows.append((article_id, rank, f.kind, f.text, f.value, f.unit, int(f.approximate), low, high,
                     c.text if c else None, c.value if c else None, c.unit if c else None, f.measures, f.sentence,
                     f.mentions, f.start, f.end))  # fmt: skip
    conn.executemany(
        f"INSERT INTO figures ({', '.join(_FIGURE_COLUMNS)}) VALUES ({', '.join('?' * len(_FIGURE_COLUMNS))})", rows
    )


def _insert_entities(conn: sqlite3.Connection, article_id: str, entities: tuple[Entity, ...]) -> None:
    for rank, e in enumerate(entities, 1):
        cursor = conn.execute(
            "INSERT INTO entities (article_id, rank, name, type, role, aliases, mention_count) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (article_id, rank, e.name, e.type, e.role, _json(list(e.aliases)), e.count),
        )
        conn.executemany(
            "INSERT INTO mentions (entity_id, article_id, text, start_char, end_char) VALUES (?, ?, ?, ?, ?)",
            [(cursor.lastrowid, article_id, m.text, m.start, m.end) for m in e.mentions],
        )


def _insert_quotes(conn: sqlite3.Connection, article_id: str, quotes: tuple[Quote, ...]) -> None:
    rows = [(article_id, q.text, q.speaker, q.speaker_mention, q.cue, q.kind, q.attribution, q.sentence, q.start,
             q.end) for q in quotes]  # fmt: skip
    conn.executemany(
        f"INSERT INTO quotes ({', '.join(_QUOTE_COLUMNS)}) VALUES ({', '.join('?' * len(_QUOTE_COLUMNS))})", rows
    )


def link_speakers(conn: sqlite3.Connection, article_id: str) -> None:
    """Point each quote at its speaker's entity row: the same name, else the one entity with it as an alias.

    A speaker two entities share as an alias ('Smith' for two Smiths) stays unlinked.
    """
    names: dict[str, list[int]] = {}
    aliases: dict[str, list[int]] = {}
    for entity_id, name, alias_json in conn.execute(
        "SELECT id, name, aliases FROM entities WHERE article_id = ? ORDER BY rank", (article_id,)
    ):
        names.setdefault(name.casefold(), []).append(entity_id)
        for alias in json.loads(alias_json):
            aliases.setdefault(str(alias).casefold(), []).append(entity_id)
    updates = []
    for quote_id, speaker, linked in conn.execute(
        "SELECT id, speaker, speaker_entity_id FROM quotes WHERE article_id = ?", (article_id,)
    ):
        key = (speaker or "").casefold()
        found = names.get(key) or aliases.get(key) or []
        entity_id = found[0] if len(set(found)) == 1 else None
        if entity_id != linked:
            updates.append((entity_id, quote_id))
    conn.executemany("UPDATE quotes SET speaker_entity_id = ? WHERE id = ?", updates)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
