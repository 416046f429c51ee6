"""Dates in datelines that dates.find_date leaves alone: other languages, day-first numbers.

Scraped pages in Portuguese, Spanish, French, German, Italian or Dutch write their datelines
with their own month names ("22 de outubro de 2010 às 20:13", "14. März 2022, 09:15 Uhr"),
and much of the world writes numeric dates day first. A numeric date is read day first only
when it cannot be read month first (02/06/2019 could be either, 14/06/2019 cannot): we return
nothing rather than a guess.
"""

from __future__ import annotations

import re

from newscli.calendar_words import valid_date
from newscli.extract.dates import YEAR_END, find_date

_MONTH_NAMES = {
    1: "janeiro enero janvier januar jänner gennaio januari",
    2: "fevereiro febrero février februar febbraio februari",
    3: "março marzo mars märz maart",
    4: "abril avril aprile",
    5: "maio mayo mai maggio mei",
    6: "junho junio juin juni giugno",
    7: "julho julio juillet juli luglio",
    8: "agosto août augustus",
    9: "setembro septiembre septembre settembre",
    10: "outubro octubre octobre oktober ottobre",
    11: "novembro noviembre novembre",
    12: "dezembro diciembre décembre dezember dicembre",
}
# English names are calendar_words'; these are the other languages' only.
FOREIGN_MONTH_NAMES: frozenset[str] = frozenset(" ".join(_MONTH_NAMES.values()).split())
_MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
_TIME = r"(?:[\s,]+(?:às|as|a las|à|um|alle|om|at)?\s*(?P<hour>\d{1,2})[:h.](?P<minute>\d{2}))?"
_NAMED = re.compile(
    r"\b(?P<day>\d{1,2})\.?\s+(?:de\s+)?(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
    r"\.?\s+(?:de\s+)?(?P<year>(?:19|20)\d{2})" + YEAR_END + _TIME,
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>(?:19|20)\d{2})" + YEAR_END + _TIME)


def find_any_date(text: str) -> tuple[str, int, int] | None:
    """The first date in text as (iso, start, end): English and ISO forms first, then the rest."""
    found = [match for match in (find_date(text), _find_named(text), _find_numeric(text)) if match]
    return min(found, key=lambda match: match[1]) if found else None


def _find_named(text: str) -> tuple[str, int, int] | None:
    match = _NAMED.search(text)
    if not match:
        return None
    iso = _iso(int(match.group("year")), _MONTHS[match.group("month").lower()], int(match.group("day")), match)
    return (iso, match.start(), match.end()) if iso else None


def _find_numeric(text: str) -> tuple[str, int, int] | None:
    match = _NUMERIC.search(text)
    if not match:
        return None
    a, b = int(match.group("a")), int(match.group("b"))
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    else:
        return None  # 02/06/2019: June 2 or February 6, the page does not say
    iso = _iso(int(match.group("year")), month, day, match)
    return (iso, match.start(), match.end()) if iso else None


def _iso(year: int, month: int, day: int, match: re.Match[str]) -> str | None:
    if not valid_date(year, month, day):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    hour, minute = match.group("hour"), match.group("minute")
    if hour is not None and minute is not None and int(hour) < 24 and int(minute) < 60:
        iso += f"T{int(hour):02d}:{minute}"
    return iso
