"""Who is in the news and who gets quoted, across a whole corpus.

Each article contributes its entity rows and its quotes (`ArticleFacts`, from a fresh
analysis or from newscli's own analysed records); `Corpus` folds them into one row per
real-world person or organisation. Memory grows with the number of distinct entities,
never with the number of articles: an article is counted and forgotten.

Merging, as a journalist can trust it:
- the same full name, honorifics and transliteration aside, is one row (names.name_key);
- a bare surname counts for the person it was resolved to inside its own article; a row
  that is only a surname joins nobody: it is dropped when some full name in the corpus
  ends in it (it is ambiguous) and kept as its own row otherwise (a mononym: "Zendaya");
- the user's alias file merges what the corpus cannot know.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newscli.corpus.aliases import Aliases
from newscli.corpus.names import name_key, surname_of
from newscli.models import Report

Grouping = str  # "publisher" | "month" | "week"
DEFAULT_TYPES = frozenset({"person", "organization"})
_ALIASES_KEPT = 12


@dataclass(frozen=True)
class EntityFacts:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    mentions: int = 1


@dataclass(frozen=True)
class QuoteFacts:
    speaker: str
    text: str


@dataclass(frozen=True)
class ArticleFacts:
    """What one article says about who is in it and who spoke."""

    id: str
    publisher: str | None
    published: str | None
    entities: tuple[EntityFacts, ...]
    quotes: tuple[QuoteFacts, ...]
    title: str | None = None


def facts_from_report(report: Report) -> ArticleFacts:
    article = report.article
    return ArticleFacts(
        id=report.id,
        publisher=article.publisher,
        published=article.published,
        title=article.title,
        entities=tuple(
            EntityFacts(e.name, e.type, e.aliases, e.role, e.count or len(e.mentions) or 1)
            for e in report.entities or ()
        ),
        quotes=tuple(
            QuoteFacts(q.speaker, q.text) for q in report.quotes or () if q.speaker and q.attribution != "unnamed"
        ),
    )


def is_analysed_record(record: dict[str, Any]) -> bool:
    """A record newscli's analyze (or entities/quotes) wrote: read it, don't analyse again."""
    return str(record.get("schema", "")).startswith("newscli/") and ("entities" in record or "quotes" in record)


def facts_from_record(record: dict[str, Any], record_id: str) -> ArticleFacts:
    """The facts of an analysed JSON record; malformed items are skipped, not fatal."""
    entities = []
    for e in record.get("entities") or ():
        if isinstance(e, dict) and isinstance(e.get("name"), str) and isinstance(e.get("type"), str):
            aliases = tuple(a for a in e.get("aliases") or () if isinstance(a, str))
            role = e.get("role") if isinstance(e.get("role"), str) else None
            count = e["count"] if isinstance(e.get("count"), int) else len(e.get("mentions") or ()) or 1
            entities.append(EntityFacts(e["name"], e["type"], aliases, role, count))
    quotes = [
        QuoteFacts(q["speaker"], str(q.get("text", "")))
        for q in record.get("quotes") or ()
        if isinstance(q, dict)
        and isinstance(q.get("speaker"), str)
        and q["speaker"]
        and q.get("attribution") != "unnamed"  # a described source is no one to count
    ]
    return ArticleFacts(str(record.get("id", record_id)), _text(record, "publisher"), _text(record, "published"),
                        tuple(entities), tuple(quotes), _text(record, "title"))  # fmt: skip


def _text(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) else None


@dataclass
class _Tally:
    articles: int = 0
    mentions: int = 0
    quotes: int = 0


@dataclass
class _Entry:
    """Everything counted for one key."""

    names: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    roles: Counter[str] = field(default_factory=Counter)
    publishers: Counter[str] = field(default_factory=Counter)
    tally: _Tally = field(default_factory=_Tally)
    groups: dict[str, _Tally] = field(default_factory=dict)
    first_seen: str | None = None
    last_seen: str | None = None


@dataclass(frozen=True)
class SourceRow:
    """One real-world person or organisation across the corpus (one group of it with --by)."""

    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    articles: int
    mentions: int
    quotes: int
    first_seen: str | None
    last_seen: str | None
    publishers: tuple[tuple[str, int], ...]
    wikidata: str | None = None
    group: str | None = None


@dataclass(frozen=True)
class QuoteRow:
    speaker: str
    text: str
    published: str | None
    publisher: str | None
    article: str
    title: str | None


class Corpus:
    """Folds ArticleFacts into one row per entity; add articles in any order."""

    def __init__(self, *, types: frozenset[str] = DEFAULT_TYPES, aliases: Aliases | None = None,
                 by: Grouping | None = None, quotes_of: str | None = None) -> None:  # fmt: skip
        self.types = types
        self.aliases = aliases or Aliases()
        self.by = by
        self.articles = 0
        self._entries: dict[tuple[str, str], _Entry] = {}
        self._quotes_of = quotes_of
        self._quoted: list[tuple[tuple[str, str], QuoteRow]] = []

    def add(self, facts: ArticleFacts) -> None:
        self.articles += 1
        group = _group_of(facts, self.by) if self.by else None
        keys: dict[str, tuple[str, str]] = {}  # each name the article uses -> the row it counts for
        seen: dict[tuple[str, str], EntityFacts] = {}
        for entity in facts.entities:
            if entity.type not in self.types:
                continue
            key = self._key(entity.name, entity.type)
            if not key[0]:
                continue
            for name in (entity.name, *entity.aliases):
                keys.setdefault(name, key)
            entry = self._entries.setdefault(key, _Entry())
            entry.names[self.aliases.resolve(entity.name)] += 1
            entry.types[entity.type] += 1
            if len(entry.aliases) < _ALIASES_KEPT:
                entry.aliases.update(a for a in entity.aliases if a != entity.name)
            if entity.role:
                entry.roles[entity.role] += 1
            entry.tally.mentions += entity.mentions
            if group is not None:
                entry.groups.setdefault(group, _Tally()).mentions += entity.mentions
            seen[key] = entity
        for quote in facts.quotes:
            key = keys.get(quote.speaker) or self._key(quote.speaker, "person")
            if not key[0] or key[1] not in self.types:
                continue
            entry = self._entries.setdefault(key, _Entry())
            if key not in seen:  # a speaker the entity rows missed still counts, once, by name
                entry.names[self.aliases.resolve(quote.speaker)] += 1
                entry.types["person"] += 1
                seen[key] = EntityFacts(quote.speaker, "person")
            entry.tally.quotes += 1
            if group is not None:
                entry.groups.setdefault(group, _Tally()).quotes += 1
            if self._quotes_of is not None and self._wanted(key):
                self._quoted.append((key, QuoteRow(quote.speaker, quote.text, facts.published, facts.publisher,
                                                   facts.id, facts.title)))  # fmt: skip
        day = (facts.published or "")[:10] or None
        for key in seen:
            entry = self._entries[key]
            entry.tally.articles += 1
            if group is not None:
                entry.groups.setdefault(group, _Tally()).articles += 1
            if facts.publisher:
                entry.publishers[facts.publisher] += 1
            if day:
                entry.first_seen = min(entry.first_seen or day, day)
                entry.last_seen = max(entry.last_seen or day, day)

    def add_all(self, items: Iterable[ArticleFacts]) -> Corpus:
        for facts in items:
            self.add(facts)
        return self

    def rows(self) -> list[SourceRow]:
        """Rows sorted by quotes, then articles, then mentions; one per group with --by."""
        dropped = self._ambiguous_surnames()
        found: list[SourceRow] = []
        for key, entry in self._entries.items():
            if key in dropped:
                continue
            name = max(entry.names.items(), key=lambda item: (item[1], len(item[0])))[0] if entry.names else key[0]
            base = SourceRow(
                name=name,
                type=entry.types.most_common(1)[0][0] if entry.types else key[1],
                aliases=tuple(sorted(({*entry.aliases, *entry.names} - {name}), key=str.casefold)),
                roles=_roles(entry.roles),
                articles=entry.tally.articles,
                mentions=entry.tally.mentions,
                quotes=entry.tally.quotes,
                first_seen=entry.first_seen,
                last_seen=entry.last_seen,
                publishers=tuple(entry.publishers.most_common(5)),
                wikidata=self.aliases.wikidata.get(name.casefold()),
            )
            if self.by is None:
                found.append(base)
                continue
            for group, tally in sorted(entry.groups.items()):
                found.append(_with_tally(base, tally, group))
        return sorted(found, key=lambda r: (-r.quotes, -r.articles, -r.mentions, r.name.casefold(), r.group or ""))

    def quotes(self) -> list[QuoteRow]:
        """The quotes of the speaker asked for with quotes_of, by date."""
        dropped = self._ambiguous_surnames()
        kept = [row for key, row in self._quoted if key not in dropped]
        return sorted(kept, key=lambda r: (r.published or "", r.article))

    def _key(self, name: str, entity_type: str) -> tuple[str, str]:
        kind = "organization" if entity_type == "organization" else entity_type
        return name_key(self.aliases.resolve(name), kind), kind

    def _wanted(self, key: tuple[str, str]) -> bool:
        asked = name_key(self.aliases.resolve(self._quotes_of or ""), "person")
        return key[0] == asked or (" " not in asked and surname_of(key[0]) == asked)

    def _ambiguous_surnames(self) -> set[tuple[str, str]]:
        """Person rows that are a bare surname some full name in the corpus ends in."""
        surnames = {surname_of(k) for k, t in self._entries if t == "person" and " " in k}
        return {(k, t) for k, t in self._entries if t == "person" and " " not in k and k in surnames}


def _roles(roles: Counter[str]) -> tuple[str, ...]:
    """Roles by how often the articles give them, case variants as one ("President", "president")."""
    folded: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for role, n in roles.most_common():
        key = role.casefold()
        folded[key] += n
        spelling.setdefault(key, role)  # the most frequent spelling of each
    return tuple(spelling[key] for key, _ in folded.most_common())


def _with_tally(row: SourceRow, tally: _Tally, group: str) -> SourceRow:
    from dataclasses import replace

    return replace(row, articles=tally.articles, mentions=tally.mentions, quotes=tally.quotes, group=group)


def _group_of(facts: ArticleFacts, by: Grouping) -> str:
    if by == "publisher":
        return facts.publisher or "(unknown)"
    day = (facts.published or "")[:10]
    if len(day) < 7:
        return "(undated)"
    if by == "month":
        return day[:7]
    if len(day) < 10:
        return "(undated)"
    from datetime import date

    try:
        year, week, _ = date.fromisoformat(day).isocalendar()
    except ValueError:
        return "(undated)"
    return f"{year}-W{week:02d}"


def iter_facts(items: Iterable[Report]) -> Iterator[ArticleFacts]:
    for report in items:
        yield facts_from_report(report)
