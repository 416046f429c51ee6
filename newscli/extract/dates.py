"""Parse the date and time formats pages use for publication dates into ISO 8601 strings.

Precision is kept: "2018-03-22 10:56" stays to the minute, "March 22, 2018" to the day.
"""

from __future__ import annotations

import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_TIME = (
    r"(?:[T ,]+(?:at\s+)?(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\.\d+)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_PATTERNS = [
    re.compile(r"(?P<year>(?:19|20)\d{2})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})" + _TIME, re.I),
    re.compile(r"(?P<year>(?:19|20)\d{2})/(?P<mon>\d{1,2})/(?P<day>\d{1,2})" + _TIME, re.I),
    re.compile(r"(?P<year>(?:19|20)\d{2})\.(?P<mon>\d{1,2})\.(?P<day>\d{1,2})" + _TIME, re.I),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})" + _TIME, re.I),
    re.compile(
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})" + _TIME, re.I
    ),
    re.compile(r"(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d{2})" + _TIME, re.I),
    re.compile(r"(?P<year>(?:19|20)\d{2})(?P<mon>[01]\d)(?P<day>[0-3]\d)(?:T(?P<hour>\d{2})(?P<minute>\d{2}))?\b"),
]


def parse_date(value: str | None) -> str | None:
    """ISO 8601 date or date-time for the first date in value; None when there is none."""
    if not value:
        return None
    for pattern in _PATTERNS:
        match = pattern.search(value)
        if match:
            return _iso(match)
    return None


def find_date(value: str) -> tuple[str, int, int] | None:
    """The first date in value as (iso, start, end) so callers can cut it out of a line."""
    best: tuple[str, int, int] | None = None
    for pattern in _PATTERNS:
        match = pattern.search(value)
        if match and (best is None or match.start() < best[1]):
            iso = _iso(match)
            if iso:
                best = (iso, match.start(), match.end())
    return best


def _iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    year = int(parts["year"])
    month = _MONTHS.get((parts.get("month") or "").lower()) or int(parts.get("mon") or 0)
    day = int(parts["day"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
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
