"""Title, dateline and byline of a scraped page: found around the article, parsed, removed.

A scraped page starts with the document title (often "Headline - Site"), then menus, then the
headline again, a dateline and a byline, sometimes glued into one line by the scraper:
"2018-03-22 10:56Xinhua Editor: Gu Liping ECNS App Download". We look for these in the lines
just before the article region, parse what we can, and tell the caller which lines they were
so they never reach the article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newscli.calendar_words import MONTHS, WEEKDAY_NAMES
from newscli.extract.lexicon import (
    ANY_LABEL,
    BY,
    BY_WORDS,
    NAME_PARTICLES,
    SITE_SEPARATOR,
    SOURCE_LABEL,
    TITLE_SEPARATOR,
)
from newscli.extract.text.dates import find_any_date
from newscli.extract.text.features import Line

# How far above the first article paragraph the headline and byline may stand.
_HEADER_LINES = 30
# Wire services, named as the publisher when a dateline credits one.
_AGENCIES = re.compile(
    r"\b(?:Xinhua|Reuters|AFP|Agence France-Presse|Associated Press|AP|Bloomberg|dpa|EFE|ANSA|Kyodo|Yonhap|"
    r"TASS|Interfax|PTI|IANS|UPI|CNA|Anadolu|ANI|Lusa|Europa Press|Agencia Brasil|Agência Brasil)\b"
)
# Words that end a name in a byline: what scrapers glue after it, roles, weekdays. A month
# ends it only before a day ("Jane Doe May 3"): "Theresa May", "April Ryan" and "Jan Smit"
# are names.
_NOT_NAME = frozenset(
    ("app", "download", "share", "follow", "email", "twitter", "facebook", "updated", "published", "posted",
     "comments", "comment", "photo", "photos", "video", "staff", "news", "more", "and", "the", "on", "at", "in",
     "for", *WEEKDAY_NAMES)
)  # fmt: skip
# A name glued to what followed it: "JamesStaff". Prefixes of one or two letters ("DeArdo",
# "McDonald", "LaJoie") and "Mac" are how names are spelt, not glue.
_GLUED = re.compile(r"^((?!Mac)[A-Z][a-z]{2,})[A-Z]")
_NAME_SPLIT = re.compile(r"\s+(?:and|&|und|y|e|et|i|и)\s+|\s*[;/]\s*", re.IGNORECASE)
_MAX_NAME_TOKENS = 4
_HEADLINE_WORDS = (3, 25)
_NOT_KEY = re.compile(r"[\W_]+")
_MIN_TITLE_KEY = 12  # letters: shorter titles match too many lines by chance


@dataclass
class Header:
    """What the lines around the article say about it, and which lines said it."""

    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    used: set[int] = field(default_factory=set)  # indices of title, dateline and byline lines


def read_header(lines: list[Line], start: int) -> Header:
    """Find title, date, authors and publisher for an article whose first line is start."""
    header = Header()
    top = max(0, start - _HEADER_LINES)
    title_at = _find_title(lines, top, start, header)
    first = title_at + 1 if title_at is not None else top
    for i in range(first, min(len(lines), start + 2)):
        if i < start or _is_meta_line(lines[i]):
            _read_meta_line(lines, i, header)
    if header.publisher is None:
        header.publisher = _site_name(lines[0].text) if lines else None
    return header


def _is_meta_line(line: Line) -> bool:
    """Whether a line at the top of the article region is a byline or dateline, not text."""
    return line.byline or (line.dateline and line.words <= 8)


def _find_title(lines: list[Line], top: int, start: int, header: Header) -> int | None:
    """The headline: the line nearest the article that the document title contains."""
    page_title = _key(lines[0].text) if lines else ""
    if len(page_title) < _MIN_TITLE_KEY:
        page_title = "\0"  # matches nothing: too short to recognise a headline by
    for i in range(start - 1, top - 1, -1):
        line = lines[i]
        if line.words < 2 or line.words > 40 or (line.terminal and line.words > 25):
            continue
        key = _key(line.text)
        if i > 0 and len(key) >= _MIN_TITLE_KEY and (key in page_title or page_title in key):
            header.title = line.text
            header.used.update(j for j, other in enumerate(lines) if other.text == line.text)
            header.used.add(0)  # the document title, "Headline - Site"
            return i
    above = _above_byline(lines, top, start)
    if above is not None:
        header.title = lines[above].text
        header.used.add(above)
        return above
    if start > 0 and 2 <= lines[0].words <= 40 and not lines[0].terminal:
        # The document title, above the article: never a line of the article itself.
        header.title = _headline_part(lines[0].text)
        header.used.add(0)
        return 0 if start <= _HEADER_LINES else None
    return None


def find_headline(lines: list[Line]) -> int | None:
    """The line after the document title that repeats its headline, if any.

    A scraped page starts with the <title> ("Headline - Site"); the article's own headline
    comes again above its text, after the menus.
    """
    page_title = _key(lines[0].text) if lines else ""
    if len(page_title) < _MIN_TITLE_KEY:
        return None
    best, best_length = None, 0
    for i in range(1, len(lines)):
        line = lines[i]
        if line.words < 2 or line.words > 40 or (line.terminal and line.words > 25):
            continue
        key = _key(line.text)
        # The longest match: the site's name, alone in the header, matches the title too.
        if len(key) >= max(_MIN_TITLE_KEY, best_length + 1) and (key in page_title or page_title in key):
            best, best_length = i, len(key)
    return best


def _key(text: str) -> str:
    """Text reduced to its lower-case letters and digits, to match a headline to the title."""
    return _NOT_KEY.sub("", text.lower())


def _above_byline(lines: list[Line], top: int, start: int) -> int | None:
    """The headline-like line right above the byline and dateline that precede the article."""
    i = start - 1
    while i >= top and (_is_meta_line(lines[i]) or lines[i].caption or _after_bare_by(lines, i)):
        i -= 1
    if i < top or i == start - 1:
        return None  # no byline or dateline between it and the article: nothing says it is the headline
    line = lines[i]
    furniture = line.furniture or line.section or line.notice or line.prompt or line.comment
    return i if _HEADLINE_WORDS[0] <= line.words <= _HEADLINE_WORDS[1] and not line.terminal and not furniture else None


def _after_bare_by(lines: list[Line], i: int) -> bool:
    """Whether line i is the name under a byline word that stands alone ("By" / "Maria Keller")."""
    return i > 0 and lines[i - 1].text.lower().rstrip(" :") in BY_WORDS


def _headline_part(title: str) -> str:
    """The headline in a document title: 'Headline - Site' gives 'Headline'."""
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    return max(parts, key=len)


def _site_name(title: str) -> str | None:
    """The site in a document title 'Headline | Site', when there is exactly one such suffix."""
    parts = [p for p in SITE_SEPARATOR.split(title) if p]
    if len(parts) != 2:
        return None
    site = parts[1].strip()
    return site if 1 <= len(site.split()) <= 5 and len(site) < len(parts[0]) else None


def _read_meta_line(lines: list[Line], i: int, header: Header) -> None:
    """Take the date, names and source out of one header line, if it has any."""
    line = lines[i]
    text = line.text
    found_something = False
    date = find_any_date(text) if any(ch.isdigit() for ch in text) else None
    if date and (line.dateline or line.words <= 12):
        iso, date_start, date_end = date
        if header.published is None:
            header.published = iso
        text = (text[:date_start] + " " + text[date_end:]).strip()
        found_something = True
    if BY.match(text):
        names = _names(BY.sub("", text, count=1))
        if names and not header.authors:
            header.authors = names
        found_something = True
    elif text.lower().rstrip(" :") in BY_WORDS and i + 1 < len(lines):
        names = _names(lines[i + 1].text)
        if names and not header.authors:
            header.authors = names
            header.used.add(i + 1)
        found_something = True
    else:
        found_something |= _read_labels(text, header)
    if found_something and line.words <= 15:
        header.used.add(i)


def _read_labels(text: str, header: Header) -> bool:
    """Names after 'Editor:'/'Author:', a source after 'Source:', an agency before a label."""
    labels = list(ANY_LABEL.finditer(text))
    if not labels:
        agency = _AGENCIES.search(text)
        if agency and len(text.replace(agency.group(0), " ").split()) <= 1:
            header.publisher = header.publisher or agency.group(0)
            return True
        return False
    lead = text[: labels[0].start()].strip(" |,;-")
    if lead and header.publisher is None and _looks_like_source(lead):
        header.publisher = lead
    for n, label in enumerate(labels):
        value = text[label.end() : labels[n + 1].start() if n + 1 < len(labels) else len(text)]
        if SOURCE_LABEL.fullmatch(label.group(0)):
            source = _name(value)
            if source and header.publisher is None:
                header.publisher = source
        elif not header.authors:
            header.authors = _names(value)
    return True


def _looks_like_source(text: str) -> bool:
    """A short run of capitalised words left next to a dateline: an agency or a paper."""
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _names(text: str) -> list[str]:
    """Person names in a byline: 'Jane Doe and John Roe, Staff Writers' gives both names."""
    text = text.split(",")[0]
    names = [name for name in map(_name, _NAME_SPLIT.split(text)) if name]
    full = [name for name in names if " " in name]
    # A one-word name is accepted only alone ("By Vortex"): in a list it is more likely a role.
    return full or names[:1] if len(names) == 1 else full


def _name(text: str) -> str | None:
    """The name at the start of text, up to the first token that cannot be part of a name."""
    tokens: list[str] = []
    words = text.split()
    for n, token in enumerate(words):
        bare = token.strip(",;:()[]|")
        glued = _GLUED.match(bare)
        if glued:  # "Meg JamesStaff Writer": the scraper glued the next block to the name
            bare = glued.group(1)
        word = bare.lower().rstrip(".")
        if not bare or word in _NOT_NAME or any(ch.isdigit() for ch in bare):
            break
        if word in MONTHS and words[n + 1 : n + 2] and words[n + 1][0].isdigit():
            break  # "Jane Doe May 3": the date that follows the name
        if tokens and bare.isupper() and len(bare) > 2 and not tokens[0].isupper():
            break  # "Gu Liping ECNS": an all-capitals word after a mixed-case name is not part of it
        if not (bare[:1].isupper() or (bare.lower() in NAME_PARTICLES and tokens)):
            break
        tokens.append(bare)
        if glued or len(tokens) == _MAX_NAME_TOKENS:
            break
    while tokens and tokens[-1].lower() in NAME_PARTICLES:
        tokens.pop()
    return " ".join(tokens) or None
