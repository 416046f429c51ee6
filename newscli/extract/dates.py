"""Parse the date and time formats pages use for publication dates into ISO 8601 strings.

Precision is kept: "2018-03-22 10:56" stays to the minute, "March 22, 2018" to the day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newscli.calendar_words import MONTH_ALTERNATION, MONTHS, valid_date

_MONTH = rf"\b(?P<month>{MONTH_ALTERNATION})\.?"
_TIME = (
    r"(?:[T ,]+(?:at\s+)?(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\.\d+)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
# Numbers are read whole: without the guards, "12019-12-05" would give 2019-12-05 and a
# meta "date" of "12019120512" (an id) would give 1912-05-12. A year may be glued to the
# time that follows it, as scrapers leave it: "Nov 20 20194:29 AM".
YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d{2}))"
_YEAR = r"(?P<year>(?:19|20)\d{2})" + YEAR_END
_DAY = r"(?P<day>\d{1,2})(?!\d)"
_PATTERNS = [
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})-(?P<mon>\d{1,2})-" + _DAY + _TIME, re.I),
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})/(?P<mon>\d{1,2})/" + _DAY + _TIME, re.I),
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\.(?P<mon>\d{1,2})\." + _DAY + _TIME, re.I),
    re.compile(_MONTH + r"\s+" + _DAY + r"(?:st|nd|rd|th)?,?\s+" + _YEAR + _TIME, re.I),
    re.compile(r"(?<!\d)" + _DAY + r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + _TIME, re.I),
    # the C library's and Java's default: "Sat Oct 21 08:05:44 EST 2017"
    re.compile(
        _MONTH + r"\s+" + _DAY + r"\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s+"
        r"(?-i:[A-Z]{2,5}\s+)?" + _YEAR,
        re.I,
    ),
    re.compile(r"(?<!\d)(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\." + _YEAR + _TIME, re.I),
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<mon>[01]\d)(?P<day>[0-3]\d)(?:T(?P<hour>\d{2})(?P<minute>\d{2}))?\b"
    ),
]


# Month and day as numbers: "11/18/2011" (US) or "18/11/2011". Read only when one order is a
# date (a number over 12 is the day); "05/06/2011" is either and is not read.
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")


def parse_numeric_date(value: str | None) -> str | None:
    """ISO day of the first numeric day/month date in value that only one order makes real; None otherwise."""
    for match in _NUMERIC.finditer(value or ""):
        first, second, year = (int(part) for part in match.groups())
        readings = {(month, day) for month, day in ((first, second), (second, first)) if valid_date(year, month, day)}
        if len(readings) == 1:
            month, day = readings.pop()
            return f"{year:04d}-{month:02d}-{day:02d}"
        return None
    return None


def parse_date(value: str | None) -> str | None:
    """ISO 8601 date or date-time for the first date in value; None when there is none."""
    if not value:
        return None
    for pattern in _PATTERNS:
        for match in pattern.finditer(value):
            iso = _iso(match)
            if iso:
                return iso
    return None


def find_date(value: str) -> tuple[str, int, int] | None:
    """The first date in value as (iso, start, end) so callers can cut it out of a line."""
    best: tuple[str, int, int] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(value):
            if best is not None and match.start() >= best[1]:
                break
            iso = _iso(match)
            if iso:
                best = (iso, match.start(), match.end())
                break
    return best


def _iso(match: re.Match[str]) -> str | None:
    """The match as an ISO string; None for a day that does not exist (2018-02-30)."""
    parts = match.groupdict()
    year = int(parts["year"])
    month = MONTHS.get((parts.get("month") or "").lower()) or int(parts.get("mon") or 0)
    day = int(parts["day"])
    if not valid_date(year, month, day):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if parts.get("hour") is None:
        return iso
    hour, minute = int(parts["hour"]), int(parts["minute"])
    ampm = (parts.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return iso
    iso += f"T{hour:02d}:{minute:02d}"
    if parts.get("second"):
        iso += f":{parts['second']}"
    tz = parts.get("tz")
    if tz:
        iso += tz if tz == "Z" or ":" in tz else f"{tz[:3]}:{tz[3:]}"
    return iso


def days_in(text: str) -> set[str]:
    """Every day (ISO) written in text with its month's name ("October 9, 2010", "9 Oct 2010"): no order to guess."""
    days: set[str] = set()
    for pattern in _PATTERNS:
        if "(?P<month>" not in pattern.pattern:
            continue
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso:
                days.add(iso[:10])
    return days


def dates_with_labels(text: str) -> Iterator[tuple[str, str]]:
    """Each date in text with the words between it and the date before it (its label)."""
    position = 0
    while position < len(text):
        found = find_date(text[position:])
        if found is None:
            return
        iso, start, end = found
        yield iso, text[position : position + start]
        position += end
