"""English month and weekday names, and date validity: one table for every module.

A leaf module (standard library only) so that both the extractors and the NLP layer can
import it without breaking the dependency rule of guide/style.md.
"""

from __future__ import annotations

import calendar

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# Full names and the usual abbreviations ("sept" included), lower case, to the month number.
MONTHS: dict[str, int] = {
    **{name: number for number, name in enumerate(MONTH_NAMES, start=1)},
    **{name[:3]: number for number, name in enumerate(MONTH_NAMES, start=1)},
    "sept": 9,
}
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Full names and three-letter abbreviations to Python's weekday number (Monday = 0).
WEEKDAYS: dict[str, int] = {
    **{name: number for number, name in enumerate(WEEKDAY_NAMES)},
    **{name[:3]: number for number, name in enumerate(WEEKDAY_NAMES)},
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
}
# A regular-expression alternation of the month names and abbreviations, longest first.
MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_ALTERNATION = "|".join(sorted(WEEKDAYS, key=len, reverse=True))


def valid_date(year: int, month: int, day: int) -> bool:
    """Whether the day exists: 2018-02-30 and 2019-02-29 do not."""
    return 1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
