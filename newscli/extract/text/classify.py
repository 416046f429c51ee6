"""Classify each line of a scraped page on its own features, then by its neighbours in lists.

This is the first of the cleaner's two steps (text/region is the second). jusText's idea,
adapted to text: a line of ten words or more that ends like a sentence is prose (GOOD), one
that does not is NEAR (teasers, captions, summaries and headlines mostly), labels, notices,
bylines, datelines, prompts and captions are BAD, and lines too short to judge alone are
SHORT. Sentence punctuation proved a far stronger signal on real pages than function-word
density, which is kept for the cases punctuation cannot decide. Lists are then recognised
from their context: the rows after an article's "...as follows:", rows laid out alike, and
embedded tweets become ITEMs.
"""

from __future__ import annotations

from enum import IntEnum

from newscli.extract.text.features import Line


class Kind(IntEnum):
    """How a line looks on its own, before context is taken into account."""

    BAD = 0
    SHORT = 1
    ITEM = 2  # a row of a list or table in the article, or an embedded tweet
    NEAR = 3
    GOOD = 4


def classify(line: Line, repeats: int) -> Kind:
    """The class of a line from its own features and how often it occurs in the page."""
    if line.tweet:
        return Kind.ITEM  # quoted in the article, though it looks like a dateline
    if line.teaser or line.inline:
        return Kind.SHORT  # dropped, but like a picture it neither ends the article nor starts one
    if line.notice or line.furniture or line.section or line.comment or line.dateline or line.byline or line.caption:
        return Kind.BAD
    words = line.words
    if line.prompt:
        return Kind.BAD
    if words >= 10:
        # Article paragraphs end like sentences; teasers, captions and summaries often do not.
        return Kind.GOOD if line.terminal or line.colon else Kind.NEAR
    if repeats > 1:
        return Kind.SHORT  # a short sentence repeated on the page is a label ("Read more.")
    if words >= 5 and line.terminal:
        return Kind.NEAR
    return Kind.SHORT


def drop_copies(lines: list[Line], kinds: list[Kind]) -> None:
    """Make later copies of a paragraph furniture: pages often carry the article twice.

    AMP, print and JSON versions repeat the text after the article; the first copy is the
    article, and the later ones must neither be kept nor pull the region towards them.
    A standfirst is the exception: the page's first paragraph, repeated a few paragraphs into
    the body, is the lead shown twice, and it is the body's copy that is kept (the header
    above the article goes, and the body must not lose a sentence with it).
    """
    first_at: dict[str, int] = {}
    good = [i for i, kind in enumerate(kinds) if kind >= Kind.NEAR]
    for position, i in enumerate(good):
        text = lines[i].text
        if text not in first_at:
            first_at[text] = position
            continue
        earlier_position = first_at[text]
        earlier = good[earlier_position]
        between = position - earlier_position - 1
        after_first = lines[good[1]].text if len(good) > 1 else None
        after_copy = lines[good[position + 1]].text if position + 1 < len(good) else None
        lone = after_first != after_copy  # a whole repeated article repeats what follows too
        if earlier_position == 0 and between <= _STANDFIRST_GAP and lone and kinds[earlier] != Kind.BAD:
            kinds[earlier] = Kind.BAD  # the standfirst above the byline: keep the body's copy
            first_at[text] = position
        else:
            kinds[i] = Kind.BAD


_STANDFIRST_GAP = 3  # paragraphs between a standfirst and its copy in the body


def promote_unpunctuated(lines: list[Line], kinds: list[Kind]) -> None:
    """On a page with no sentence punctuation at all, long lines are the prose.

    Thai needs no full stop, and some scrapers drop punctuation; without this, such a page
    would have no paragraphs to find.
    """
    if any(kind is Kind.GOOD for kind in kinds):
        return
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind is Kind.NEAR and line.words >= _PROMOTED_WORDS:
            kinds[i] = Kind.GOOD


# Longer than headlines run: the paragraphs of a page that has no sentence punctuation.
_PROMOTED_WORDS = 20


def mark_lists(lines: list[Line], kinds: list[Kind]) -> None:
    """Turn the short lines after an article's "...tour dates:" into list items.

    A line of prose that ends with a colon announces what follows, so the short lines after
    it (dates, names, figures) belong to the article, up to the first furniture line or
    the next paragraph of prose.
    """
    in_list = False
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind is Kind.BAD or kind is Kind.GOOD:
            in_list = False
        elif in_list:
            kinds[i] = Kind.ITEM
        if line.colon and kind is not Kind.BAD and line.words >= _LEAD_IN_WORDS:
            in_list = True

    _mark_structured_runs(lines, kinds)


def _mark_structured_runs(lines: list[Line], kinds: list[Kind]) -> None:
    """Turn runs of short lines built alike ("Spain (Group F): 11th appearance") into items.

    Menus are single labels; the rows of a list or table in an article repeat one layout of
    fields, which shows in the separator that comes first in each of them.
    """
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and lines[i].separator and lines[i].separator == lines[start].separator and _short(kinds[i]):
            continue
        if i - start >= _MIN_RUN and lines[start].separator and _short(kinds[start]):
            for j in range(start, i):
                kinds[j] = Kind.ITEM
        start = i


def _short(kind: Kind) -> bool:
    return kind is Kind.SHORT or kind is Kind.NEAR or kind is Kind.ITEM


# Rows built alike: fewer than this many are as likely a few menu entries with colons.
_MIN_RUN = 5

# "Tags:" alone may be a label; a lead-in to a list has a few words ("See the tweets:").
_LEAD_IN_WORDS = 2
