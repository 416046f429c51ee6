"""The day an article's address gives: /2016/05/12/, /2023/apr/28/, -20161213-story.html.

Forms read, in a URL's path: year, month and day as directories or joined by hyphens
(/2016/05/12/, /2016-05-12-); a month by its name (/2023/apr/28/); a year-month directory
followed by the same year and month as six digits (/2015/08/150803-headline); eight digits set
apart by hyphens in the slug (-20161213-story), when they are a real day. Not eight digits as
a directory (/20160512/: as often an id) nor a year and month alone (/2016/05/).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newscli.calendar_words import MONTH_ALTERNATION, MONTHS, valid_date

_URL_DATE = re.compile(r"(?:^|/)((?:19|20)\d{2})([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=[/._-]|$)")
_NAMED = re.compile(rf"/((?:19|20)\d{{2}})/({MONTH_ALTERNATION})/(\d{{1,2}})(?=[/._-]|$)", re.IGNORECASE)
_SIX = re.compile(r"/((?:19|20)(\d{2}))/(\d{2})/(\d{2})(\d{2})(\d{2})(?=[-_])")
_EIGHT = re.compile(r"(?<=[-_])((?:19|20)\d{2})(\d{2})(\d{2})(?=[-_.])")


def url_date(url: str | None) -> str | None:
    """ISO day in the URL's path in one of the forms above; None otherwise."""
    path = urlsplit(url or "").path
    if not path:
        return None
    match = _URL_DATE.search(path)
    if match:
        return _day(match.group(1), match.group(3), match.group(4))
    match = _NAMED.search(path)
    if match:
        return _day(match.group(1), str(MONTHS[match.group(2).lower()]), match.group(3))
    match = _SIX.search(path)
    if match and match.group(4) == match.group(2) and match.group(5) == match.group(3):
        return _day(match.group(1), match.group(3), match.group(6))
    slug = path.rstrip("/").rsplit("/", 1)[-1]
    match = _EIGHT.search(slug)
    return _day(*match.groups()) if match else None


def _day(year: str, month: str, day: str) -> str | None:
    y, m, d = int(year), int(month), int(day)
    return f"{y:04d}-{m:02d}-{d:02d}" if valid_date(y, m, d) else None
