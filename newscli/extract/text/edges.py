"""The article's first and last lines: notes the site sets above and below the story.

The region (text/region) finds where the article is; its edges still carry what the site
writes around every story: an affiliate disclosure or an update note above the first
paragraph, and below the last the writer's note and contact line, a disclosure of the
writer's holdings, a series or print note, an update note, a call to follow the site. The
HTML cleaner drops the same lines (html/filter); both read the patterns from extract/lexicon.

Only the edges are judged, line by line from the outside in, and the walk stops at the
first line that is none of these, so a sentence inside the article is never dropped
("she may be reached at ..." quoted in the middle of a story stays).
"""

from __future__ import annotations

from newscli.extract.lexicon import (
    AUTHOR_CONTACT,
    CLOSING_NOTE,
    HTML_DISCLOSURE,
    HTML_FURNITURE_LINES,
    HTML_PROMPT,
    SECTION_HEADINGS,
    SITE_SPEAKS,
    TEXT_FOOT_PROMPT,
    UPDATE_NOTE,
    WRITER_BIO,
)

_MAX_HEAD_LINES = 3  # head matter above the first paragraph
_MAX_FOOT_LINES = 6  # the writer's note, contact, the site's notes and prompts below the last
_MAX_SITE_LINES = 3  # short site lines below the writer's note ("Example Conversations")
_MAX_NOTE_WORDS = 80  # a writer's note or an affiliate disclosure may run to a paragraph
_MAX_PROMPT_WORDS = 40
_MAX_LABEL_WORDS = 6
_MAX_LEAD_WORDS = 15
_SENTENCE_END = (".", "!", "?")
_FURNITURE = HTML_FURNITURE_LINES | SECTION_HEADINGS


def trim_edges(paragraphs: list[str]) -> list[str]:
    """The article's paragraphs without the site's notes above the first and below the last.

    At least one paragraph is always left: a page that is nothing but such a note is not
    judged here.
    """
    start = 0
    while start < min(_MAX_HEAD_LINES, len(paragraphs) - 1) and _is_head_note(paragraphs[start]):
        start += 1
    return paragraphs[start : max(_foot(paragraphs, start), start + 1)]


def _foot(paragraphs: list[str], start: int) -> int:
    """Where the article ends: before the closing notes and the site's lines after them."""
    end = len(paragraphs)
    cut = end
    for index in range(end - 1, max(start, end - _MAX_FOOT_LINES) - 1, -1):
        text = paragraphs[index]
        if index > start and paragraphs[index - 1].rstrip().endswith(":"):
            break  # introduced by the story ("Write to the council at:"), not the site's
        if _is_foot_note(text):
            cut = index
        elif not (_is_site_line(text) and end - index <= _MAX_SITE_LINES):
            break
    while cut > start + 1 and (_is_lead_in(paragraphs[cut - 1]) or (cut < end and _is_site_line(paragraphs[cut - 1]))):
        cut -= 1  # "See the photos:" or the box's label ("Get daily news") left last: what followed is gone
    return cut


def _is_foot_note(text: str) -> bool:
    """The writer's note or contact, a closing or update note, a disclosure, a prompt, a label."""
    words = len(text.split())
    if words > _MAX_NOTE_WORDS:
        return False
    if words <= _MAX_PROMPT_WORDS and (
        ("@" in text and AUTHOR_CONTACT.search(text) is not None)
        or UPDATE_NOTE.match(text) is not None
        or HTML_PROMPT.search(text) is not None
        or TEXT_FOOT_PROMPT.match(text) is not None
        or _key(text) in _FURNITURE
    ):
        return True
    return WRITER_BIO.match(text) is not None or CLOSING_NOTE.search(text) is not None or _is_disclosure(text)


def _is_head_note(text: str) -> bool:
    """An affiliate disclosure or an update note above the first paragraph.

    (Bylines, datelines and labels above it are the header, which text/meta reads and drops.)
    """
    words = len(text.split())
    return (words <= _MAX_PROMPT_WORDS and UPDATE_NOTE.match(text) is not None) or (
        words <= _MAX_NOTE_WORDS and _is_disclosure(text)
    )


def _is_disclosure(text: str) -> bool:
    """'We may earn a commission when you buy through links on this page': the site, not the story."""
    low = text.lower()
    return (
        ("commission" in low or "links" in low)
        and HTML_DISCLOSURE.search(text) is not None
        and SITE_SPEAKS.search(low) is not None
    )


def _is_site_line(text: str) -> bool:
    """A short label, or a line of marks, below the writer's note ('Example Conversations', '* * *')."""
    return len(text.split()) <= _MAX_LABEL_WORDS and not text.rstrip(" \"'”’)").endswith(_SENTENCE_END)


def _is_lead_in(text: str) -> bool:
    return len(text.split()) <= _MAX_LEAD_WORDS and text.rstrip().endswith(":")


def _key(text: str) -> str:
    return text.lower().strip(" .:…|-–—»>[]()!").strip()
