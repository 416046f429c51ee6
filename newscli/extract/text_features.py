"""Per-line features for the plain-text cleaner.

A naive scraper leaves one block of the page per line, so a line is the unit we judge.
Every feature here is cheap (a few regex passes per line: the cleaner must handle hundreds
of pages a second) and works without knowing the page's language: word counts treat
Chinese and Japanese characters as half a word each, and function words come from a merged
multilingual list plus kana and Chinese grammar characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscli.extract.text_lexicon import (
    ANY_LABEL,
    BY,
    CJK_FUNCTION_CHARS,
    FUNCTION_WORDS,
    FURNITURE_LINES,
    SECTION_HEADINGS,
)

# Scripts written without spaces: a run of them is many words, not one.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_COMMAS = (",", ";", "，", "、", "；")
_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»„‚‹›—–…·•|¿¡。、，：；！？（）「」『』【】・"
# Closing quotes and brackets do not hide how a sentence ends: 'he said.”' ends with '.'.
_CLOSERS = "\"'”’»)]】」』› "
_TERMINALS = frozenset(".!?。！？")
# Text no article paragraph contains, whatever its length: rights notices, cookie banners.
# The regexes are costly, so they only run when one of their trigger words is in the line.
_NOTICE = re.compile(
    r"©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|all rights reserved|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados|direitos reservados|tutti i diritti riservati|"
    r"все права защищены|版权所有|無断転載|without (?:the )?(?:express )?(?:prior )?(?:written )?permission|"
    r"\bcookies?\b.{0,60}\b(?:accept|consent|use|policy|settings)|privacy policy|terms of (?:use|service)"
)
_NOTICE_TRIGGERS = frozenset(
    ("copyright", "rights", "reserved", "vorbehalten", "réservés", "reservados", "riservati", "права",
     "permission", "cookie", "cookies", "privacy", "terms", "c")
)  # fmt: skip
_NOTICE_CHARS = ("©", "版权", "無断")
# Calls to action and credits: furniture when short, but an article may mention a newsletter.
_PROMPT = re.compile(
    r"\b(?:click here|sign up|subscribe|newsletter|download (?:the|our) app|app download|follow us|"
    r"share (?:this|on)|read more|more stories|comments?\b|log ?in|sign in|register|"
    r"photo(?:graph)?s?:|image:|credit:|getty images|associated press|reuters|afp)\b|"
    r"\b(?:foto|bild|imagem|imagen):"
)
_PROMPT_TRIGGERS = frozenset(
    ("click", "sign", "subscribe", "newsletter", "download", "app", "follow", "share", "read", "more",
     "comment", "comments", "log", "login", "register", "photo", "photos", "photograph", "photographs",
     "image", "credit", "getty", "associated", "reuters", "afp", "foto", "bild", "imagem", "imagen")
)  # fmt: skip
_SECTION = re.compile("(?:" + "|".join(re.escape(h) for h in sorted(SECTION_HEADINGS, key=len, reverse=True)) + r")\b")
# A date or time, in the forms page furniture uses (numeric, month names, "3 hours ago").
_DATE = re.compile(
    r"\b(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|"
    r"\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?|"
    r"\d+\s*(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\s+ago|yesterday|today)\b"
)
# A comment's header: "jdoe says:" (WordPress), or a name, a date and "said:"/"wrote:" (but not
# an article's "The minister said:" before a quote, hence the date).
_SAYS = re.compile(r"^(?:\S+ ){1,5}says:$")
_SAID = re.compile(
    r"\b(?:said|wrote|writes|replied|commented|disse|escreveu|dice|dijo|escribió|schreibt|schrieb|"
    r"a écrit|ha scritto|написал|написала)\s*:$"
)

# "12 comments", "34 responses to ...": the counter that opens a comment section.
_COUNTER = re.compile(
    r"\d+ (?:comments?|responses?|replies|reactions|kommentare?|comentários?|comentarios?|commentaires?|"
    r"commenti|комментари\w*)\b"
)
_SHORT_WORDS = 15  # longer lines are judged as prose: prompts and capitals do not matter there


@dataclass(slots=True)
class Line:
    """One non-empty line of the page and what we measure about it."""

    text: str
    words: float  # word count; a Chinese/Japanese/Thai character counts half a word
    function: float  # share of words that are function words (0..1)
    commas: int  # commas and semicolons: prose has them, link lists do not
    terminal: bool  # ends like a sentence ('.', '!', '?', also inside closing quotes)
    truncated: bool  # ends with '...' or '…': mostly a teaser cut to length, seldom prose
    colon: bool  # ends with ':' (an article's lead-in to a list, or a label)
    capitalised: float  # share of cased words that start upper-case (title-case menus); short lines only
    notice: bool  # copyright, reproduction, cookie or policy notice
    prompt: bool  # share/subscribe/app/comment prompt or photo credit in a short line
    furniture: bool  # the whole line is a known furniture label ("Share", "Related news")
    section: bool  # a heading that opens a non-article section: related links, comments, popular
    dateline: bool  # a short line that is mostly a date or time (bylines, comment and teaser stamps)
    comment: bool  # a comment's header line ("jdoe says:")
    byline: bool  # "By Jane Doe", "Editor: Gu Liping", "Source: Xinhua": header labels, not text
    key: str  # lower-case letters only: equal keys are the same block repeated


def measure(text: str) -> Line:
    """Compute the features of one line (already stripped and whitespace-collapsed)."""
    lower = text.lower()
    # str.split and strip are several times faster than a word regex, and speed matters here.
    tokens = [t for t in (w.strip(_PUNCTUATION) for w in lower.split()) if t]
    unspaced = 0 if text.isascii() or not _UNSPACED.search(text) else len(_UNSPACED.findall(text))
    if unspaced:
        spaced = [t for t in tokens if not _UNSPACED.search(t)]
        function = _unspaced_function_words(text, unspaced)
    else:
        spaced, function = tokens, 0.0
    words = len(spaced) + unspaced / 2
    function += sum(1 for t in spaced if t in FUNCTION_WORDS)
    vocabulary = set(spaced)
    ending = text.rstrip(_CLOSERS)
    last = ending[-1:]
    truncated = last == "…" or ending.endswith("...")
    terminal = last in _TERMINALS and not truncated
    short = words < _SHORT_WORDS
    return Line(
        text=text,
        words=words,
        function=min(1.0, function / words) if words else 0.0,
        commas=sum(text.count(mark) for mark in _COMMAS),
        terminal=terminal,
        truncated=truncated,
        colon=last in ":：",
        capitalised=_capitalised(text) if short and spaced else 0.0,
        notice=_has(lower, vocabulary, _NOTICE, _NOTICE_TRIGGERS, _NOTICE_CHARS),
        prompt=short and _has(lower, vocabulary, _PROMPT, _PROMPT_TRIGGERS, ()),
        furniture=words <= 5 and " ".join(tokens) in FURNITURE_LINES,
        section=not terminal and _is_section(" ".join(tokens), words),
        dateline=short and words <= 10 and _is_dateline(lower, words),
        comment=short and lower.endswith(":") and _is_comment_head(lower, words),
        byline=words <= 12 and not terminal and (BY.match(text) is not None or ANY_LABEL.search(text) is not None),
        key="".join(tokens),
    )


def _is_section(joined: str, words: float) -> bool:
    """Whether a short line is a heading that opens related links, comments or the like."""
    if words <= 6 and _SECTION.match(joined):
        return True
    return words <= 12 and _COUNTER.match(joined) is not None


def _is_comment_head(lower: str, words: float) -> bool:
    """Whether a line ending in ':' heads a reader comment."""
    if _SAYS.match(lower):
        return True
    return _SAID.search(lower) is not None and _DATE.search(lower) is not None


def _is_dateline(lower: str, words: float) -> bool:
    """Whether a short line is mostly a date or time: little is left once they are cut out."""
    if not any(ch.isdigit() for ch in lower) and "ago" not in lower and "day" not in lower:
        return False
    rest, found = _DATE.subn(" ", lower)
    return found > 0 and len(rest.split()) <= max(2, words / 3)


def _unspaced_function_words(text: str, unspaced: int) -> float:
    """Function-word count, in words, of the Chinese/Japanese/Thai part of a line.

    Kana is mostly grammar in Japanese prose; Chinese grammar characters are rarer, so each
    counts three times. Like the characters themselves, two make one word.
    """
    kana = len(_HIRAGANA.findall(text))
    han = sum(1 for ch in text if ch in CJK_FUNCTION_CHARS)
    return min(unspaced, kana + 3 * han) / 2


def _capitalised(text: str) -> float:
    """Share of the cased words that start with a capital letter."""
    initials = [w.lstrip(_PUNCTUATION)[:1] for w in text.split()]
    cased = [c for c in initials if c.lower() != c.upper()]
    if not cased:
        return 0.0
    return sum(1 for c in cased if c.isupper()) / len(cased)


def _has(
    lower: str, vocabulary: set[str], pattern: re.Pattern[str], triggers: frozenset[str], marks: tuple[str, ...]
) -> bool:
    """Whether pattern matches, running it only when a trigger word or mark is present."""
    if vocabulary.isdisjoint(triggers) and not any(mark in lower for mark in marks):
        return False
    return pattern.search(lower) is not None
