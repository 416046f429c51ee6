"""Author names out of the strings pages put in author fields and bylines.

Author fields hold more than names: "By LISA MASCARO and ERIC TUCKER", "Analysis by
Chris Cillizza, CNN Editor-at-large", "Bryan DeArdo @BryanDeArdo Nov 18", "Jeff Foust
Monday, November 18, 2019" glued into "Jeff FoustMonday", CMS user names ("admin",
"kevin-r"). This module keeps the people: titles, handles, dates, credentials and
user names are dropped; an organisation is kept only when no person is named.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from newscli.calendar_words import MONTH_ALTERNATION, MONTHS, WEEKDAY_NAMES
from newscli.extract.lexicon import BY_ALTERNATION, NAME_PARTICLES

_MONTHS = MONTH_ALTERNATION
# Full weekday names only: "Sun" and "Mon" are also names ("Sun Yang").
_WEEKDAYS = "|".join(WEEKDAY_NAMES)
_LEAD = re.compile(
    r"^\s*(?:(?:analysis|opinion|commentary|story|text|words|written|posted|published|reported|"
    rf"reviewed|interview|report|column)\s+)?(?:{BY_ALTERNATION})\s*:?\s+",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|\||/|•|·|\band\b|\bund\b|\bet\b|&|\bwith\b|\n)\s*", re.I)
_DASH = re.compile(r"\s+[-–—]\s+")  # "Rachel Metz - AP Technology Writer": a name, then what the writer is
# "Photograph by Jane Doe, Example Agency": a picture's credit, up to the next separator
_PICTURE_CREDIT = re.compile(
    r"(?:^|(?<=[|\n•·]))\s*(?:photo(?:graph)?s?|pictures?|images?|illustrations?|videos?|graphics?)\s*(?:by\b|:)[^|\n•·]*",
    re.I,
)
# "TUCKERAssociated Press", "FoustMonday": words glued by a missing space in the markup
_GLUED_CAPS = re.compile(r"(?<=[A-Z]{2})(?=[A-Z][a-z])")
# "FoustMonday", "FoustNov. 18": a capitalised weekday, or a month before a day, glued to a
# lower-case letter. Case matters here: "Dejan" holds "jan", "Ramay" holds "may".
_GLUED_DATE = re.compile(
    r"(?<=[a-z])(?=(?:"
    + "|".join(name.capitalize() for name in WEEKDAY_NAMES)
    + r")\b|(?:"
    + "|".join(sorted((name.capitalize() for name in MONTHS), key=len, reverse=True))
    + r")\.?\s+\d)"
)
_CUT_AT = re.compile(
    rf"\s@\w|\b(?:{_MONTHS})\.?\s+\d|\b(?:{_WEEKDAYS})\b|\S*\d|\b(?:published|updated|posted|last)\b", re.I
)
_FOR = re.compile(r"\s+for\s+", re.I)
_CALENDAR_WORD = re.compile(rf"(?:{_WEEKDAYS}|{_MONTHS}|\d+)", re.I)
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")
_ROLE_WORDS = re.compile(
    r"\b(?:writer|editor|editors|correspondent|reporter|reporters|columnist|contributor|contributors|"
    r"staff|desk|bureau|team|editorial|redaktion|redacción|redazione|rédaction|producer|photographer|"
    r"analyst|director|chief|senior|associate|intern|newsroom|wires?|reports|services?)\b|-at-large",
    re.I,
)
_ORG_WORDS = re.compile(
    r"\b(?:press|news|media|times|post|herald|tribune|network|agency|inc|ltd|llc|group|gazette|journal|"
    r"daily|weekly|magazine|radio|tv|television|international|online|digital|institute|university|gmbh|plc|"
    r"foundation|association|council|company|corporation|corp|publishing|publications|partners|"
    r"reuters|afp|ap|pti|ians|upi|xinhua|bbc|cnn)\b|\.(?:com|org|net)\b",
    re.I,
)
_GENERIC = frozenset(
    {
        "admin",
        "administrator",
        "guest",
        "гость",
        "user",
        "webmaster",
        "editor",
        "staff",
        "author",
        "unknown",
        "anonymous",
    }
)
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,4}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?)$")
_USERNAME = re.compile(r"^[a-z0-9_.-]+$|\d")


def clean_authors(values: Iterable[str], *, publisher: str | None = None, visible: bool = False) -> list[str]:
    """The people named in raw author strings, in order, without duplicates.

    Args:
        values: author fields as the page gives them.
        publisher: the site's name, which is not an author.
        visible: the strings come from on-page bylines, where a lone word is more
            likely a dateline city or a category than a name.
    """
    names: list[str] = []
    for value in values:
        found = _names_in(value)
        if any(_is_organisation(name, publisher) for name in found):
            # "Example GmbH, Munich, Germany": the company's seat, not people named Munich and Germany
            found = [name for name in found if len(name.split()) > 1 or _is_organisation(name, publisher)]
        # one word is no byline's name, but "M.A.Qudoos" (initials written without spaces) is three
        names.extend(name for name in found if not visible or len(name.split()) > 1 or _INITIALS.match(name))
    people = [name for name in names if not _is_organisation(name, publisher)]
    chosen = people or [name for name in names if not _same(name, publisher)]
    return _unique([_tidy_case(name) for name in chosen])


_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z][a-z]{2,}$")
# "(www.dw.com)", "[Reuters]", "(AP": asides in brackets, closed or cut off, are never the name
_BRACKETED = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\]|[(\[][^()\[\]]*$)")


def is_person_name(text: str) -> bool:
    """Whether text reads as one person's name: name-shaped, no organisation, role or calendar word."""
    return _looks_like_a_name(text) and not _is_organisation(text, None)


def _names_in(value: str) -> list[str]:
    text = html.unescape(value).replace("\u00a0", " ").strip()
    text = _BRACKETED.sub("", _PICTURE_CREDIT.sub("", text))
    text = _GLUED_DATE.sub(", ", _GLUED_CAPS.sub(", ", text))
    text = _SENTENCE_BREAK.sub(", ", text)
    found: list[str] = []
    for part in _SPLIT.split(_LEAD.sub("", text)):
        part = _LEAD.sub("", part)
        cut = _CUT_AT.search(part)
        if cut:
            part = part[: cut.start()]
        part = part.strip(" .:-–—()[]\"'")
        writing_for = _FOR.search(part)
        if (
            writing_for
            and len(part[: writing_for.start()].split()) > 1
            and _looks_like_a_name(part[: writing_for.start()])
        ):
            part = part[: writing_for.start()]  # "Jane Doe for Example.com": who she wrote for
        if part and not _looks_like_a_name(part):
            part = _DASH.split(part)[0]  # not "CDU - Fraktion Erfurt", a name itself
        if part and _looks_like_a_name(part):
            found.append(" ".join(part.split()))
    return found


def _looks_like_a_name(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 5 or part.lower() in _GENERIC:
        return False
    if len(words) == 1 and (_USERNAME.search(part) or _CREDENTIAL.match(part)):
        return False  # CMS user names ("kevin-r", "rmb8090") and credentials ("MS", "PhD")
    if _CREDENTIAL.match(part) or _ROLE_WORDS.search(part):
        return False
    if all(_CALENDAR_WORD.fullmatch(word.strip(".,")) for word in words):
        return False  # "Monday", "Nov 18": the date that followed the name
    if words[0].casefold() in ("the", "a", "an") or not all(_capitalised(word) for word in words):
        return False  # "The Russian and Syrian defense ministries": a phrase, not a name
    if len(words) > 1 and words[-1].casefold() in NAME_PARTICLES:
        return False  # "Eine Analyse von": the lead of a byline, the name follows
    return not part.startswith(("http", "www."))


def _capitalised(word: str) -> bool:
    """Name words start upper-case, except particles (de, van, bin) and scripts without case."""
    first = word[0]
    return not first.isalpha() or first.isupper() or not first.islower() or word.casefold() in NAME_PARTICLES


def _is_organisation(name: str, publisher: str | None) -> bool:
    return _same(name, publisher) or _ORG_WORDS.search(name) is not None


def _same(name: str, other: str | None) -> bool:
    """'Al-Bawaba' is 'Al Bawaba', 'Snopes' is 'Snopes.com', 'Sky' is 'Sky News'."""
    if not other:
        return False
    a, b = _org_key(name), _org_key(other)
    if not (a and b):
        return False
    return a.replace(" ", "") == b.replace(" ", "") or a.startswith(b + " ") or b.startswith(a + " ")


def _org_key(name: str) -> str:
    name = re.sub(r"\.(?:com|org|net|co\.uk|in)\b", "", name.casefold())
    name = re.sub(r"^the\s+", "", name)
    return " ".join(re.findall(r"\w+", name))


def _tidy_case(name: str) -> str:
    """'LISA MASCARO' -> 'Lisa Mascaro'; names already in mixed case are left as written."""
    if name.isupper() and len(name) > 3:
        return " ".join(word.capitalize() if len(word) > 1 else word for word in name.split())
    return name


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
