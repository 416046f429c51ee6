"""Dates in news text, absolute and relative, as (value, unit): 2018 'year', 201805 'month', 20180321 'day'.

Absolute forms ("22 March 2018", "2018-03-22", "fiscal 2023") need no context. Relative
forms ("Wednesday", "in May", "April 19", "a month earlier", "last year") are resolved
against the article's published date; the sentence's tense decides whether "Wednesday"
is the last one or the next one (news reports the past unless it says "will").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from newscli.calendar_words import MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS, valid_date
from newscli.nlp.figures.numbers.words import ORDINALS, SMALL
from newscli.nlp.spans import Spans


def _prefix_factored(words: Iterable[str]) -> str:
    """A regex alternation of the words grouped by their first three letters ('sep(?:tember|t)?').

    It matches the same strings as a flat alternation, longest first, but the engine tries 12
    heads instead of 24 words at every position of the text, which the date scan feels.
    """
    endings: dict[str, set[str]] = {}
    for word in words:
        endings.setdefault(word[:3], set()).add(word[3:])
    parts = []
    for head, rest in endings.items():
        longer = "|".join(sorted(rest - {""}, key=len, reverse=True))
        parts.append(head + (f"(?:{longer})" if longer else "") + ("?" if longer and "" in rest else ""))
    return "|".join(parts)


# Abbreviations keep a full stop after them ("Dec."); a full name before a full stop ends the sentence.
_ABBREVIATED = frozenset(MONTHS) - frozenset(MONTH_NAMES)
_ORDINAL_DAYS = {word: int(number) for word, number in ORDINALS.items() if number <= 31}  # first ... thirtieth

_MON = r"(?P<mon>" + _prefix_factored(MONTHS) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_ORD = (
    r"(?P<oday>(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))
    + ")"
)
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_B = r"(?<![\w$€£¥])"  # not glued to a word or a currency
_E = r"(?![\w%])"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?"
_BOUND = r"(?P<bound>(?:no\s+)?(?:later|earlier|greater|sooner)\s+than|after|before|<\s*=?|>\s*=?|=)\s*"

# (pattern, handler name); tried in order, longer forms first; all case-insensitive
_PATTERNS: list[tuple[str, str]] = [
    (_YEAR + r"[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)" + _TIME + _E, "ymd"),
    (_YEAR + r" (?P<m>[01]?\d) (?P<d>[0-3]?\d)" + _E, "ymd"),
    (r"(?P<a>[0-3]?\d)[/.-](?P<b>[0-3]?\d)[/.-]" + _YEAR + _E, "dmy_numeric"),
    (r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<yy>\d{2})(?![\w%/])", "dmyy_numeric"),  # "12/15/15"
    (_YEAR + r"[-/]" + _MON + r"[-/]" + _DAY + _E, "ymond"),
    (_MON + r"[-/ ]" + _YEAR + r"[-/ ]" + _DAY + _E, "ymond"),
    (_DAY + r"[- /]" + _MON + r"[- /,]*" + _YEAR + _E, "dmony"),
    (r"(?:the\s+)?(?:" + _DAY + "|" + _ORD + r")\s+of\s+" + _MON + r"(?:,?\s+(?:of\s+)?" + _YEAR + ")?" + _E, "dmony"),
    (_MON + r"\s*(?:" + _DAY + "|" + _ORD + r")(?:\s*,\s*|\s+(?:of\s+)?|,)" + _YEAR + _TIME + _E, "mondy"),
    (_MON + r"(?:\s+of|,)?[\s/-]*" + _YEAR + _E, "mony"),
    (_MON + r"\s+(?:" + _DAY + "|" + _ORD + r")" + _E, "mond"),
    (_DAY + r"\s+" + _MON + _E, "dmon"),
    (_YEAR + r"[-/–](?P<y2>\d{2})" + _E, "split_year"),
    (r"(?P<m>[01]?\d)-" + _YEAR + _E, "my_numeric"),
    (_YEAR + r"-(?P<m>[01]?\d)" + _E, "ym_numeric"),
    (r"(?P<q>the\s+(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
     r"\s+month\s+of\s+)" + _YEAR + _E, "nth_month"),
    (r"(?:(?:fiscal|financial|calendar|school|tax)\s+(?:year\s+)?|(?:the\s+)?year\s+)?" + _YEAR + r"(?!-\d)" + _E,
     "year"),
    (r"(?:the\s+)?(?P<decade>1[5-9]\d0|20\d0)'?s\b", "decade"),
    (r"(?:fy|FY)\s?'?(?P<yy>\d{2}|\d{4})" + _E, "fiscal_short"),
    (r"(?P<wd>" + "|".join(WEEKDAY_NAMES) + ")" + _E, "weekday"),  # full names: "Sun" is a paper
    (r"(?P<rel>yesterday|today|tomorrow|tonight)" + _E, "relday"),
    (r"(?P<which>last|next|this|past|coming)\s+(?P<span>year|month|week)" + _E, "relspan"),
    (r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
     r"(?P<span>day|week|month|year)s?\s+(?P<dir>ago|earlier|later|before|after|previously|from now)" + _E,
     "offset"),
    (_MON + _E, "month_only"),
]  # fmt: skip
_COMPILED = [(re.compile(_B + r"(?:" + _BOUND + r")?" + p, re.IGNORECASE), h) for p, h in _PATTERNS]
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_COMMA_GAP = re.compile(r",?\s*")
# Words before a bare four-digit number that make it a year ("in 2016", "the 1990 census", "mid-2019")
_YEAR_CUE = re.compile(r"(?:\b(?:in|since|of|from|until|till|by|during|through|to|between|and|or|early|the|"
                       r"late|mid|spring|summer|autumn|fall|winter|season|census|before|after)|[-–(])\s*$")  # fmt: skip
# Words before "May" or "March" that make it the month ("in May", "mid-March")
_MONTH_CUE = re.compile(r"\b(?:in|since|until|by|early|late|mid|last|next|of|from|through)\s*-?$")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_OR_LATER = re.compile(r"\s+(?:or|and)\s+(?:later|after|earlier|before)\b", re.IGNORECASE)
_RELATIVE_OF = re.compile(
    r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<span>day|week|month|year)s?"
    r"\s+(?P<dir>before|after)\s+$", re.IGNORECASE)  # fmt: skip


NO_SUCH_DAY = "none"  # the unit of a date-shaped stretch naming a day that does not exist
UNPLACED = "unplaced"  # a day or month without a year in a text with no date to place it: "on 12 April"


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: float
    unit: str  # "year" | "month" | "day" | NO_SUCH_DAY | UNPLACED
    approximate: bool = False  # a bound: "after 2016", "before 2018"
    relative: bool = False  # resolved against the published date
    yearless: bool = False  # a month or a day written without its year ("in May", "Nov. 2")


# future(start) -> True (the sentence speaks of the future), False (past) or None (unknown)
Tense = Callable[[int], "bool | None"]


def parse_published(published: str | None) -> date | None:
    """The article's date from an ISO 8601 string ('2018-03-22T10:56')."""
    if not published:
        return None
    m = _ISO_DATE.match(published)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def find_dates(text: str, published: date | None, future: Tense, start: int = 0, end: int | None = None,
               strict_case: bool = True) -> list[DateMatch]:  # fmt: skip
    """All dates in text[start:end], longest first, not overlapping."""
    end = len(text) if end is None else end
    found: list[DateMatch] = []
    taken = Spans()
    for rx, handler in _COMPILED:
        for m in rx.finditer(text, start, end):
            if taken.overlaps(m.start(), m.end()) or "\n" in m.group():
                continue  # a date never runs across a line break ("in June" / "12 people ...")
            match = _handle(handler, m, text, published, future, strict_case)
            if match is None:
                continue
            taken.add(match.start, match.end)
            found.append(match)
    found.sort(key=lambda d: d.start)
    return _join_weekdays(text, found)


def _join_weekdays(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """'Friday 2018-7-6', 'Wednesday, March 21, 2018': the weekday belongs to the date after it."""
    out: list[DateMatch] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and prev.unit == "day" and prev.relative and not d.relative and d.unit == "day" \
                and _COMMA_GAP.fullmatch(text[prev.end : d.start]) and text[prev.start].isalpha():  # fmt: skip
            out[-1] = DateMatch(prev.start, d.end, d.value, d.unit, d.approximate)
            continue
        out.append(d)
    return out


def _handle(handler: str, m: re.Match[str], text: str, published: date | None, future: Tense,
            strict_case: bool) -> DateMatch | None:  # fmt: skip
    g = m.groupdict()
    bound = bool(g.get("bound"))
    s, e = (m.start("bound") if bound else m.start()), m.end()
    if text[e - 1] == "." and g.get("mon") and m.end("mon") == e - 1 and g["mon"].lower() not in _ABBREVIATED:
        e -= 1  # "in May." ends the sentence; only "Dec." keeps its dot
    if bound:
        s = m.end("bound") if not g["bound"].strip().startswith(("<", ">", "=")) else m.start()
        while s < e and text[s].isspace():
            s += 1
    tail = _OR_LATER.match(text, e)
    approximate = bool(g.get("bound")) or bool(tail)
    y = int(g["year"]) if g.get("year") else None
    if handler in ("ymd",):
        return _day(s, e, y, int(g["m"]), int(g["d"]), approximate)
    if handler in ("dmy_numeric", "dmyy_numeric"):
        a, b = int(g["a"]), int(g["b"])
        mo, d = (a, b) if a <= 12 else (b, a)  # US order unless impossible
        if y is None:  # two digits: the century that puts it no later than next year
            last = published.year + 1 if published else 2049
            y = last - (last - int(g["yy"])) % 100
        return _day(s, e, y, mo, d, approximate)
    if handler in ("ymond", "dmony", "mondy", "mond", "dmon"):
        day = int(g["day"]) if g.get("day") else _ordinal_day(g.get("oday"))
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        if y is None:
            return _resolve_month_day(s, e, mon, day, published, future, approximate, strict_case, m)
        return _day(s, e, y, mon, day, approximate)
    if handler == "mony":
        if not _month_ok(m, strict_case):
            return None
        return DateMatch(s, e, float(y or 0) * 100 + MONTHS[g["mon"].lower().rstrip(".")], "month", approximate)
    if handler in ("my_numeric", "ym_numeric"):
        mo = int(g["m"])
        if not 1 <= mo <= 12:
            return None
        return DateMatch(s, e, float(y or 0) * 100 + mo, "month", approximate)
    if handler == "split_year":  # "2013-14": a fiscal or season year, named by its first year
        if (int(g["y2"]) - (y or 0) - 1) % 100 != 0:
            return None
        return DateMatch(s, e, float(y or 0), "year", approximate)
    if handler == "nth_month":
        return DateMatch(s, e, float(y or 0) * 100 + _ORDINAL_DAYS[g["nth"].lower()], "month", approximate)
    if handler == "year":
        if not _year_context(text, m, bound):
            return None
        return DateMatch(s, e, float(y or 0), "year", approximate)
    if handler == "decade":  # "the 1990s": a stretch of years, reported by its first, approximate
        return DateMatch(s, e, float(g["decade"]), "year", True)
    if handler == "fiscal_short":
        yy = int(g["yy"])
        return DateMatch(s, e, float(yy if yy > 999 else 2000 + yy), "year", approximate)
    if published is None:
        return None
    return _relative(handler, m, s, e, text, published, future, strict_case, approximate)


def _count(word: str) -> int:
    """'3', 'three', 'a' -> the number of days, weeks, months or years in an offset."""
    return int(word) if word.isdigit() else SMALL.get(word, 1)  # "a", "an": one


def _ordinal_day(word: str | None) -> int:
    if not word:
        return 0
    w = word.lower().replace("-", " ")
    if " " in w or w.startswith(("twenty", "thirty")):
        tens = 20 if w.startswith("twenty") else 30
        rest = w[6:].strip()
        return tens + _ORDINAL_DAYS.get(rest, 0)
    return _ORDINAL_DAYS.get(w, 0)


def _day(s: int, e: int, y: int | None, mo: int, d: int, approximate: bool) -> DateMatch | None:
    if y is None or not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    if not valid_date(y, mo, d):
        return _no_such_day(s, e)
    return DateMatch(s, e, float(y * 10000 + mo * 100 + d), "day", approximate)


def _no_such_day(s: int, e: int) -> DateMatch:
    """'2018-02-30', 'February 30': a date in shape, so its digits are no counts and no shorter
    date ('2018-02'), but no day either."""
    return DateMatch(s, e, 0.0, NO_SUCH_DAY)


def _month_ok(m: re.Match[str], strict_case: bool) -> bool:
    """'may' and 'march' are also verbs: in cased text, take them only capitalised."""
    word = m.group("mon")
    if not strict_case:
        return True
    return word[0].isupper() or word.lower() not in ("may", "march", "mar", "jan")


def _year_context(text: str, m: re.Match[str], bound: bool) -> bool:
    """A bare four-digit number is a year when something says so ('in 2016', 'fiscal 2023')."""
    whole = m.group(0).lower()
    if bound or not whole[:1].isdigit() or any(w in whole for w in ("fiscal", "year", "financial")):
        return True
    before = text[max(0, m.start() - 16) : m.start()].lower()
    return bool(_YEAR_CUE.search(before)) or m.start() == 0


def _resolve_month_day(s: int, e: int, mon: int, day: int, published: date | None, future: Tense,
                       approximate: bool, strict_case: bool, m: re.Match[str]) -> DateMatch | None:  # fmt: skip
    if not 1 <= day <= 31 or not _month_ok(m, strict_case):
        return None
    if published is None:  # a date all the same: its digits count nothing
        return DateMatch(s, e, 0.0, UNPLACED)
    year = _pick_year(published, mon, day, future(s))
    if not valid_date(year, mon, day):  # "February 30", or "February 29" of a common year
        return _no_such_day(s, e)
    return DateMatch(s, e, float(year * 10000 + mon * 100 + day), "day", approximate, True, True)


_AHEAD_MONTHS = 3
# "on a Tuesday, Wednesday or Sunday": any such day, the list's later names too
_ANY_DAY = re.compile(
    r"\b(?:a|an|every|each|any|one)\s+(?:(?:" + "|".join(WEEKDAY_NAMES) + r"),?\s+(?:or\s+|and\s+)?)*$", re.IGNORECASE
)
# A capitalised word right before a weekday names a day: "Black Friday", "Super Tuesday".
_NAMED_DAY = re.compile(
    r"\b(?!(?:On|Last|Next|This|Every|Since|By|Until|From|Before|After|Early|Late|Each|Through|Till|And|Or|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+\s+$"
)


def _pick_year(published: date, mon: int, day: int, future: bool | None) -> int:
    """The year that puts month/day nearest the published date, on the side the tense says."""
    pub_key = published.month * 100 + published.day
    key = mon * 100 + day
    if day == 0:  # a month: the one the article is published in is this year's, either way
        pub_key, key = published.month, mon
    if future is True:
        return published.year + (1 if key < pub_key - (3 if day else 0) else 0)
    if future is False:
        return published.year - (1 if key > pub_key + (3 if day else 0) else 0)
    # tense unknown: news reports the past, so the month is a past one unless it is at most
    # three months ahead ("as of March 20" in a November story is the March before)
    delta = (mon - published.month) % 12
    if 0 < delta <= _AHEAD_MONTHS:
        return published.year + (1 if mon < published.month else 0)
    return published.year - (1 if mon > published.month else 0)


def _relative(handler: str, m: re.Match[str], s: int, e: int, text: str, published: date, future: Tense,
              strict_case: bool, approximate: bool) -> DateMatch | None:  # fmt: skip
    g = m.groupdict()
    if handler == "weekday":
        word = g["wd"]
        if strict_case and not word[0].isupper():
            return None
        if _NAMED_DAY.search(text, max(0, s - 20), s):
            return None  # "Black Friday", "Super Tuesday", "Easter Sunday": a named day, not this week's
        if _ANY_DAY.search(text, max(0, s - 64), s):
            return None  # "on a Tuesday", "every Sunday": any such day, not one on the calendar
        target = WEEKDAYS[word.lower()]
        ahead = future(s) is True
        delta = (target - published.weekday()) % 7
        back = (published.weekday() - target) % 7
        when = published + timedelta(days=delta) if ahead else published - timedelta(days=back)
        return _day_of(s, e, when, approximate)
    if handler == "relday":
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["rel"].lower()]
        return _day_of(s, e, published + timedelta(days=shift), approximate)
    if handler == "relspan":
        step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[g["which"].lower()]
        span = g["span"].lower()
        if span == "year":
            return DateMatch(s, e, float(published.year + step), "year", approximate, True)
        if span == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 + step, 12)
            return DateMatch(s, e, float(y * 100 + mo + 1), "month", approximate, True)
        return None  # "last week" is a stretch of days, not one
    if handler == "offset":
        n_text = g["n"].lower()
        n = _count(n_text)
        direction = g["dir"].lower()
        if direction in ("before", "after") and not _CLAUSE_END.match(text, e):
            return None  # "two weeks before the states meet": counted from an event, not from today
        sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
        return _shifted(s, e, published, n * sign, g["span"].lower(), approximate)
    if handler == "month_only":
        word = g["mon"]
        doubtful = len(word) < 3 or (strict_case and not word[0].isupper()) or word.lower() in ("may", "march", "mar")
        if doubtful and not (word in ("May", "March") and _month_context(text, m.start())):
            return None
        mon = MONTHS[word.lower().rstrip(".")]
        year = _pick_year(published, mon, 0, future(s))  # day 0: the month as a whole
        return DateMatch(s, e, float(year * 100 + mon), "month", approximate, True, True)
    return None


def _month_context(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].lower()
    return bool(_MONTH_CUE.search(before))


def _day_of(s: int, e: int, when: date, approximate: bool) -> DateMatch:
    return DateMatch(s, e, float(when.year * 10000 + when.month * 100 + when.day), "day", approximate, True)


def _shifted(s: int, e: int, anchor: date, n: int, span: str, approximate: bool) -> DateMatch:
    if span == "day":
        return _day_of(s, e, anchor + timedelta(days=n), approximate)
    if span == "week":
        return _day_of(s, e, anchor + timedelta(weeks=n), approximate)
    if span == "month":
        y, mo = divmod(anchor.year * 12 + anchor.month - 1 + n, 12)
        return DateMatch(s, e, float(y * 100 + mo + 1), "month", approximate, True)
    return DateMatch(s, e, float(anchor.year + n), "year", approximate, True)


def offset_before(text: str, match: DateMatch) -> DateMatch | None:
    """'2 weeks before May 13 1999' -> the shifted day, spanning the whole phrase."""
    m = _RELATIVE_OF.search(text, max(0, match.start - 24), match.start)
    if m is None or match.unit != "day":
        return None
    v = str(int(match.value))
    try:
        anchor = date(int(v[:4]), int(v[4:6]), int(v[6:]))
    except ValueError:
        return None
    n_text = m.group("n").lower()
    n = _count(n_text)
    sign = -1 if m.group("dir").lower() == "before" else 1
    shifted = _shifted(m.start(), match.end, anchor, n * sign, m.group("span").lower(), match.approximate)
    return shifted


def dateline(text: str, window: int = 300) -> date | None:
    """The first full date near the top of the text (a dateline), for when the page gave none."""
    if "\n" not in text.strip():
        return None
    for match in find_dates(text, None, lambda _: None, 0, min(len(text), window)):
        line_start = text.rfind("\n", 0, match.start) + 1
        line_end = text.find("\n", match.end)
        if match.unit == "day" and (line_end if line_end >= 0 else len(text)) - line_start <= 80:
            v = str(int(match.value))
            try:
                return date(int(v[:4]), int(v[4:6]), int(v[6:]))
            except ValueError:
                return None
    return None
