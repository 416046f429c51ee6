"""Per-line features for the plain-text cleaner.

A naive scraper leaves one block of the page per line, so a line is the unit we judge.
Every feature here is cheap (the cleaner must handle hundreds of pages a second: costly
patterns run only behind a set or substring test) and works without knowing the page's
language: word counts treat Chinese and Japanese characters as half a word each, sentence
ends are those of many scripts, and word lists (labels, headings, function words) merge
several languages.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from newscli.calendar_words import MONTHS, WEEKDAYS
from newscli.extract.lexicon import (
    ANY_LABEL,
    BY,
    BY_WORDS,
    CJK_FUNCTION_CHARS,
    COMMENT_COUNTER,
    FUNCTION_WORDS,
    FURNITURE_LINES,
    INLINE_LABELS,
    READ_ALSO,
    SECTION_HEADINGS,
    SECTION_LABEL,
    STAFF_CREDIT,
    STAFF_CREDIT_OPENERS,
    TEXT_AGENCY_CREDIT,
    TEXT_CREDIT,
    TEXT_CREDIT_HINTS,
    TEXT_CREDIT_TRIGGERS,
    TEXT_LABEL_TRIGGERS,
    TEXT_NOTICE,
    TEXT_NOTICE_HINTS,
    TEXT_NOTICE_MARKS,
    TEXT_NOTICE_TRIGGERS,
    TEXT_PROMPT,
    TEXT_PROMPT_TRIGGERS,
    TEXT_WEAK_PROMPT,
)
from newscli.extract.text.dates import FOREIGN_MONTH_NAMES

# Scripts written without spaces: a run of them is many words, not one.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_DIGIT = re.compile(r"\d")
_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»„‚‹›—–…·•|¿¡。、，：；！？（）「」『』【】・"
# Closing quotes and brackets do not hide how a sentence ends: 'he said.”' ends with '.'.
_CLOSERS = "\"'”’»)]】」』› "
# Sentence ends in the scripts news is written in: Latin, CJK, Devanagari (danda), Arabic and
# Urdu, Armenian, Ethiopic, Myanmar, Tibetan.
_TERMINALS = frozenset(".!?。！？।॥؟۔։።။།")
_CAPTION_MAX_WORDS = 60
_INLINE_LABEL_WORDS = 8
_CREDIT_TAIL = -60  # characters: a credit in capitals ending a caption ("(Jane Doe/Example Press)")
_SECTION_FIRST_WORDS = frozenset(heading.partition(" ")[0] for heading in SECTION_HEADINGS)
_SECTION = re.compile("(?:" + "|".join(re.escape(h) for h in sorted(SECTION_HEADINGS, key=len, reverse=True)) + r")\b")
# SECTION_LABEL's last words: a cheap test before the pattern.
_SECTION_LABEL_ENDS = ("stories", "news", "articles", "posts", "videos", "reads", "headlines", "coverage")
# A date or time, in the forms page furniture uses (numeric, month names, "3 hours ago").
# Month names of every language the cleaner reads dates in ("mei", "März", "Sept.").
_MONTH = "(?:" + "|".join(sorted(set(MONTHS) | FOREIGN_MONTH_NAMES, key=len, reverse=True)) + r")\b\.?"
_DATE = re.compile(
    r"\b(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:of\s+|de\s+)?{_MONTH}(?:,?\s+(?:de\s+)?\d{{4}})?|"
    r"\d+\s*(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\s+ago|yesterday|today)\b"
)
# A comment's header: "jdoe says:" (WordPress), or a name, a date and "said:"/"wrote:" (but not
# an article's "The minister said:" before a quote, hence the date).
_SAYS = re.compile(r"^(?:\S+ ){1,5}says:$")
_SAID = re.compile(
    r"\b(?:said|wrote|writes|replied|commented|disse|escreveu|dice|dijo|escribió|schreibt|schrieb|"
    r"a écrit|ha scritto|написал|написала)\s*:$"
)

# "About <author or company>" opens the bio or the press-release boilerplate after an article.
_ABOUT = frozenset(("about", "über", "sobre", "acerca", "об"))
_ABOUT_WORDS = 3
# Words that go with a date in a dateline: "Published Monday, Nov. 18, 2019 at 4:07 PM EST".
_DATE_WORDS = frozenset(
    ("published", "updated", "posted", "last", "modified", "created", "on", "at", "am", "pm", "a", "p", "m",
     "et", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "hst",
     "ist", "jst", "kst", "aest", *WEEKDAYS, "de", "às", "le", "à", "um", "uhr", "h", "hrs",
     "publicado", "actualizado", "atualizado", "publié", "veröffentlicht", "aktualisiert", "pubblicato",
     "segunda", "terça", "quarta", "quinta", "sexta", "feira", "sábado", "domingo", "lunes", "martes",
     "miércoles", "jueves", "viernes", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
     "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lunedì", "martedì",
     "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "as", "a", "las", "alle", "om", "um")
) | FOREIGN_MONTH_NAMES  # fmt: skip
# Every word that may start one of the costly checks (lexicon's TEXT_ patterns and the
# byline and label checks): one set test spares most lines (menu items, plain prose) all of them.
_TRIGGERS = TEXT_NOTICE_TRIGGERS | TEXT_PROMPT_TRIGGERS | TEXT_CREDIT_TRIGGERS | TEXT_LABEL_TRIGGERS | BY_WORDS

_PLAIN_WORD = re.compile(r"[^\W\d_]+")
_BYLINE_MAX_WORDS = 20
# An embedded tweet ends with its author, handle and date; the tweet is the article's.
_TWEET = re.compile(r"^[—–-]\s.{1,80}\(@\w{1,30}\)\s.{0,30}\d{4}$")
# Field separators of list items and table rows: "Path A: Iceland", "June 9 – Tampa, FL".
# "Politics (42)" is a sidebar category with its count, not a row.
_SEPARATOR = re.compile(r":\s|\s[–—-]+\s|\s@\s|\s\((?!\d+\)$)")
_WIDE_MARKS = ("：", "版权", "無断", "来源", "出典")
_SEPARATOR_CHARS = frozenset(":(@–—-")
_DATE_WITHOUT_DIGITS = frozenset(("ago", "today", "yesterday"))
_PROMPT_SENTENCE_WORDS = 5
_LONG_PROMPT_WORDS = 30
_PROMPT_OPENING = 30  # characters
_CALLS = frozenset(("subscribe", "sign", "click", "follow", "download", "register", "join", "get", "like", "share"))
_SHORT_WORDS = 15  # longer lines are judged as prose or not: labels and prompts are shorter
_JOINED_WORDS = 12  # lines up to this long are compared with label and heading lists
# Marks standing alone between words are no words: "Home | News", "Sport — Results".
_LONE_MARKS = (" - ", " – ", " — ", " | ", " • ", " / ", " · ")


@dataclass(slots=True)
class Line:
    """One non-empty line of the page and what we measure about it."""

    text: str
    words: float  # word count; a Chinese/Japanese/Thai character counts half a word
    terminal: bool  # ends like a sentence ('.', '!', '?', also inside closing quotes), not cut off with '...'
    colon: bool  # ends with ':' (an article's lead-in to a list, or a label)
    notice: bool  # copyright, reproduction, cookie or policy notice
    prompt: bool  # a call to share, subscribe, download the app, comment or sign in
    furniture: bool  # the whole line is a known furniture label ("Share", "Related news")
    section: bool  # a heading that opens a non-article section: related links, comments, popular
    dateline: bool  # a short line that is mostly a date or time (bylines, comment and teaser stamps)
    comment: bool  # a comment's header line ("jdoe says:")
    caption: bool  # an image caption or credit
    separator: str  # the first field separator (": ", " – ", " @ ", "(") in a short line, else ""
    tweet: bool  # the signature of an embedded tweet: "— Jane Doe (@jdoe) May 2, 2019"
    byline: bool  # "By Jane Doe", "Editor: Gu Liping", "Source: Xinhua": header labels, not text
    teaser: bool = False  # "SEE MORE: <headline>": another story's link under a label, set inside the text
    inline: bool = False  # a label set between paragraphs: "View Images", "Story continues below advertisement"

    @property
    def function(self) -> float:
        """Share of the words that are function words (0..1): high in prose, low in headlines.

        Computed on demand: only a few lines per page are ever asked.
        """
        text = self.text
        raw = text.lower().split()
        count = float(sum(map(FUNCTION_WORDS.__contains__, (w.strip(_PUNCTUATION) for w in raw))))
        if not text.isascii() and _UNSPACED.search(text):
            count += _unspaced_function_words(text, len(_UNSPACED.findall(text)))
        return min(1.0, count / self.words) if self.words else 0.0


def measure(text: str) -> Line:
    """Compute the features of one line (already stripped and whitespace-collapsed)."""
    lower = text.lower()
    raw = lower.split()
    unspaced = 0 if text.isascii() or not _UNSPACED.search(text) else len(_UNSPACED.findall(text))
    # Counting on the raw split is several times faster than tokenising, and speed matters
    # here; only dashes and bars standing alone are no words, and a run of Chinese or
    # Japanese counts by its characters. Short lines, which are compared with word lists,
    # are tokenised properly below.
    words = (len(raw) if not unspaced else sum(1 for t in raw if not _UNSPACED.search(t))) + unspaced / 2
    ending = text.rstrip(_CLOSERS)
    last = ending[-1:]
    terminal = last in _TERMINALS and not (last == "…" or ending.endswith("..."))
    if words >= _SHORT_WORDS + 2:  # surely long, whatever lone marks there are
        return _long_line(text, lower, raw[0] if raw else "", words - _lone_marks(text), terminal, last)
    # Most lines are menu items made of letters and spaces only: they need no punctuation
    # handling, and the checks for marks below can be skipped for them.
    plain = text.replace(" ", "").isalnum()
    if not plain:
        words -= _lone_marks(text)
        if words >= _SHORT_WORDS:
            return _long_line(text, lower, raw[0] if raw else "", words, terminal, last)
    vocabulary = raw if plain else [t for t in (w.strip(_PUNCTUATION) for w in raw) if t]
    joined = " ".join(vocabulary) if words <= _JOINED_WORDS else ""
    # One set test tells whether any of the costly pattern checks below can match at all.
    triggered = not _TRIGGERS.isdisjoint(vocabulary) or (not plain and _marked(text))
    return Line(
        text=text,
        words=words,
        terminal=terminal,
        colon=last in ":：",
        notice=triggered and _has(lower, vocabulary, TEXT_NOTICE, TEXT_NOTICE_TRIGGERS, TEXT_NOTICE_MARKS),
        prompt=triggered and _is_prompt(lower, vocabulary, words, terminal),
        furniture=words <= 5 and joined in FURNITURE_LINES,
        section=not terminal and _is_section(joined, words),
        dateline=words <= 10 and _maybe_date(text, vocabulary) and _is_dateline(lower, words),
        comment=last == ":" and _is_comment_head(lower),
        caption=(triggered and _is_credit(text, lower)) or _is_staff_credit(lower, raw[0] if raw else ""),
        separator="" if plain or _SEPARATOR_CHARS.isdisjoint(text) else _separator(text),
        tweet=not plain and text[0] in "—–-" and "(@" in text and _TWEET.match(text) is not None,
        byline=triggered and _is_byline(text, lower, vocabulary, words, terminal),
        teaser=":" in text and _TEASER_LABEL.match(lower) is not None,
        inline=words <= _INLINE_LABEL_WORDS and joined in INLINE_LABELS,
    )


# "SEE MORE: <headline>", "Related: <headline>": a teaser under a label (the HTML cleaner's rule too)
_TEASER_LABEL = re.compile(
    r"^\W*(?:" + "|".join(re.escape(phrase) for phrase in sorted(READ_ALSO, key=len, reverse=True)) + r")\s*[:：|>»]"
)


def _long_line(text: str, lower: str, first: str, words: float, terminal: bool, last: str) -> Line:
    """The features of a line of more than a dozen words: prose, a teaser, a notice or a caption.

    Labels, headings, datelines and list rows are shorter, so only the checks that can hit
    a long line run, each behind a substring test that spares most prose the regex.
    """
    byline = words <= _BYLINE_MAX_WORDS and first in BY_WORDS and _is_byline(text, lower, (first,), words, terminal)
    return Line(
        text=text,
        words=words,
        terminal=terminal,
        colon=last in ":：",
        notice=_contains_any(lower, TEXT_NOTICE_HINTS) and TEXT_NOTICE.search(lower) is not None,
        prompt=words < _LONG_PROMPT_WORDS and _long_prompt(lower, first),
        furniture=False,
        section=False,
        dateline=False,
        comment=False,
        caption=words < _CAPTION_MAX_WORDS
        and (
            (_contains_any(lower, TEXT_CREDIT_HINTS) and _is_credit(text, lower))
            or ("/" in text[_CREDIT_TAIL:] and TEXT_AGENCY_CREDIT.search(text) is not None)  # "(Jane Doe/Example)"
            or _is_staff_credit(lower, first)
        ),
        separator="",
        tweet=text[0] in "—–-" and "(@" in text and _TWEET.match(text) is not None,
        byline=byline,
    )


def _is_credit(text: str, lower: str) -> bool:
    """Whether a line is (or ends with) an image caption's credit; callers test the triggers."""
    return ("/" in text and TEXT_AGENCY_CREDIT.search(text) is not None) or TEXT_CREDIT.search(lower) is not None


def _is_staff_credit(lower: str, first: str) -> bool:
    """Whether a line is the newsroom's credit: "(Reporting by ...)", "... contributed to this report"."""
    return (first in STAFF_CREDIT_OPENERS or "contributed" in lower) and STAFF_CREDIT.search(lower) is not None


def _lone_marks(text: str) -> int:
    """How many marks stand alone between words ("Home | News"): they are no words."""
    return sum(map(text.count, _LONE_MARKS))


def _contains_any(text: str, marks: tuple[str, ...]) -> bool:
    """Whether text contains any of marks (a plain loop: faster than any() or a regex here)."""
    for mark in marks:  # noqa: SIM110 - any() over a generator is measurably slower here
        if mark in text:
            return True
    return False


def _marked(text: str) -> bool:
    """Whether a line has a mark some pattern check starts from: ©, a slash, CJK labels."""
    return "/" in text or "©" in text or (not text.isascii() and any(mark in text for mark in _WIDE_MARKS))


def _maybe_date(text: str, vocabulary: Collection[str]) -> bool:
    """A cheap test that a line may hold a date: a digit, or "ago", "today", "yesterday"."""
    return _DIGIT.search(text) is not None or not _DATE_WITHOUT_DIGITS.isdisjoint(vocabulary)


def _is_prompt(lower: str, vocabulary: Collection[str], words: float, terminal: bool) -> bool:
    """Whether a short line asks the reader to share, subscribe, comment or sign in."""
    if TEXT_PROMPT_TRIGGERS.isdisjoint(vocabulary):
        return False
    if terminal and _REPORTED.search(lower):
        return False  # "Apple declined to comment.": the reporter's sentence, not a call to the reader
    if words >= _SHORT_WORDS:
        return words < _LONG_PROMPT_WORDS and _long_prompt(lower, lower.partition(" ")[0])
    if TEXT_PROMPT.search(lower):
        return True
    return (not terminal or words <= _PROMPT_SENTENCE_WORDS) and TEXT_WEAK_PROMPT.search(lower) is not None


# Third-person reporting of a refusal or silence: prompts speak to the reader, these do not.
_REPORTED = re.compile(
    r"\b(?:declined|declines|refused|refuses|did not|didn't|does not|doesn't|could not|couldn't|was not|wasn't|"
    r"has not|hasn't|have not|haven't|would not|wouldn't)\b.*\bcomment|\bfor comment\b|\bno comment\b"
)


def _separator(text: str) -> str:
    """The first separator between the fields of a list item ("Spain (Group F): 11th")."""
    match = _SEPARATOR.search(text)
    return match.group(0).strip()[:1] if match else ""


def _long_prompt(lower: str, first: str) -> bool:
    """A longer line is a prompt when the call opens it: "Need more space? Subscribe to our..."."""
    match = TEXT_PROMPT.search(lower)
    return match is not None and (match.start() < _PROMPT_OPENING or first.strip(_PUNCTUATION) in _CALLS)


def _is_section(joined: str, words: float) -> bool:
    """Whether a short line is a heading that opens related links, comments or the like."""
    if not joined:
        return False
    first = joined.partition(" ")[0]
    if words <= 6 and first in _SECTION_FIRST_WORDS and _SECTION.match(joined):
        return True
    if joined.endswith(_SECTION_LABEL_ENDS) and SECTION_LABEL.match(joined):
        return True  # "More great Lantern stories"
    if words <= _ABOUT_WORDS and first in _ABOUT:
        return True  # "About the author", "About Ascom", "Über Anna Schmidt": a bio or boilerplate follows
    return words <= 12 and first[:1].isdigit() and COMMENT_COUNTER.match(joined) is not None


def _is_comment_head(lower: str) -> bool:
    """Whether a line ending in ':' heads a reader comment."""
    if _SAYS.match(lower):
        return True
    return _SAID.search(lower) is not None and _DATE.search(lower) is not None


def _is_dateline(lower: str, words: float) -> bool:
    """Whether a short line is mostly a date or time: little is left once they are cut out."""
    rest, found = _DATE.subn(" ", lower)
    if not found:
        return False
    left = [w for w in _PLAIN_WORD.findall(rest) if w not in _DATE_WORDS]
    return len(left) <= max(2, words / 4)


def _is_byline(text: str, lower: str, vocabulary: Collection[str], words: float, terminal: bool) -> bool:
    """Whether a line is a byline or a header label ("By Jane Doe | May 2", "Editor: Gu Liping")."""
    if lower.rstrip(" :") in BY_WORDS:
        return True  # "By" alone: the name follows on the next line
    if BY.match(text):
        # A sentence may start with "By" too; a byline has a date or a separator ("| 5:45 p.m.").
        dated = "|" in text or _DATE.search(lower) is not None
        return dated or (words <= 12 and not terminal)
    labelled = _has(lower, vocabulary, ANY_LABEL, TEXT_LABEL_TRIGGERS, ("：",))
    return words <= 12 and not terminal and ":" in text and labelled


def _unspaced_function_words(text: str, unspaced: int) -> float:
    """Function-word count, in words, of the Chinese/Japanese/Thai part of a line.

    Kana is mostly grammar in Japanese prose; Chinese grammar characters are rarer, so each
    counts three times. Like the characters themselves, two make one word.
    """
    kana = len(_HIRAGANA.findall(text))
    han = sum(1 for ch in text if ch in CJK_FUNCTION_CHARS)
    return min(unspaced, kana + 3 * han) / 2


def _has(
    lower: str, vocabulary: Collection[str], pattern: re.Pattern[str], triggers: frozenset[str], marks: tuple[str, ...]
) -> bool:
    """Whether pattern matches, running it only when a trigger word or mark is present."""
    if triggers.isdisjoint(vocabulary) and not any(mark in lower for mark in marks):
        return False
    return pattern.search(lower) is not None
