"""Find the article's region among the classified lines, then the lines to keep in it.

The article is one stretch of the page, so we look for the run of lines with the most prose
in it: a maximum-sum run (Kadane) where a paragraph counts for its length, more when other
paragraphs surround it, and furniture counts against it. That drops prose-like blocks far
from the article: teasers in a sidebar, comments, a footer's "about us". The edges are then
widened over paragraphs the sum could not see (no full stop), and inside the region short
lines are kept when prose surrounds them (subheads, one-line quotes).
"""

from __future__ import annotations

from newscli.extract.text.classify import Kind
from newscli.extract.text.features import Line

# List items are article text, but too short to prove it: they count a little, so that the
# region reaches over them to a paragraph after the list, or ends with the list.
_ITEM_WEIGHT = 0.5
# Menus and link lists are made of short lines; each counts a little against the region.
_SHORT_WEIGHT = -1.0

# A heading such as "Related stories" or "Comments" ends the article far more often than it
# interrupts it, so the region may only cross one when a lot of prose lies beyond it.
_SECTION_WEIGHT = -25.0


# A date standing alone stamps an item of a list: a comment, a teaser, a related story.
_DATELINE_WEIGHT = -8.0


_CAPTION_WEIGHT = -2.0
# Other furniture counts against the region by its length, up to a newsletter box's worth:
# such boxes sit inside articles too.
_MAX_FURNITURE_WEIGHT = 8.0


def weights(lines: list[Line], kinds: list[Kind], headline: int | None = None) -> list[float]:
    """What each line adds to the article region: prose by its length, furniture against it.

    headline is the line that repeats the document title, if the page has one: the first
    paragraph under it opens the article, however short the article is, so a "Related" or
    "Comments" heading after that paragraph ends the article as it does after a long one.
    """
    boxes = _inline_boxes(lines, kinds)
    lead = _lead_paragraph(lines, kinds, headline)
    alone = lead >= 0 and _alone(lines, kinds, lead)
    # Paragraphs on both sides of an inline box or an image caption are neighbours: the box
    # and the picture interrupt the article, they do not end it.
    hidden = boxes | {i for i, line in enumerate(lines) if line.caption}
    prose = [kind is Kind.GOOD and i not in hidden for i, kind in enumerate(kinds)]
    before, after = _neighbours(len(kinds), hidden)
    out = []
    prose_seen = 0.0  # words of paragraphs in runs so far: has the article been read yet?
    after_end = False
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind is Kind.GOOD:
            prose_neighbours = (before[i] >= 0 and prose[before[i]]) + (after[i] >= 0 and prose[after[i]])
            if prose_neighbours:
                prose_seen += line.words
            factor = _NEIGHBOUR_FACTOR[prose_neighbours] if prose_neighbours else _lone_factor(line.words)
            if i == lead and alone:
                factor = max(factor, _NEIGHBOUR_FACTOR[1])  # a one-paragraph article
            out.append(line.words * factor * (_AFTER_END_FACTOR if after_end else 1.0))
        elif i in boxes and line.section:
            out.append(_INLINE_BOX_WEIGHT)
        else:
            read = prose_seen >= _ARTICLE_READ
            after_end |= kind is Kind.BAD and ((read and line.dateline) or ((read or 0 <= lead < i) and line.section))
            out.append(_weight(line, kind))
    return out


def _lead_paragraph(lines: list[Line], kinds: list[Kind], headline: int | None) -> int:
    """The first paragraph after the headline, unless a section heading or a standfirst comes first.

    -1 when there is none.
    """
    if headline is None:
        return -1
    for i in range(headline + 1, min(len(lines), headline + 1 + _LEAD_LINES)):
        if lines[i].section or lines[i].comment:
            return -1
        if kinds[i] is Kind.GOOD:
            return i if lines[i].words >= _LEAD_WORDS else -1
    return -1


# A short article is often a single paragraph between the headline and a page of teasers or
# a footer's legal paragraphs, which in a run outweigh a lone paragraph: after it, a section
# heading ends the article, and when no other paragraph comes before that heading it counts
# as a paragraph with prose on one side. Bylines, dates, share buttons and a picture sit
# between the headline and it. A standfirst is shorter, and share bars ("Comments",
# "Print") and bylines follow it, so a paragraph counts here only at paragraph length; a
# date alone does not end it either.
_LEAD_LINES = 15
_LEAD_WORDS = 30


def _alone(lines: list[Line], kinds: list[Kind], lead: int) -> bool:
    """Whether no other paragraph follows the lead before a section heading: a one-paragraph post.

    A standfirst under the headline is followed by the article's paragraphs; a short post
    by its share bar, its comments link and other stories.
    """
    for i in range(lead + 1, len(lines)):
        if lines[i].section or lines[i].comment:
            return True
        if kinds[i] is Kind.GOOD:
            return False
    return True


def _neighbours(count: int, hidden: set[int]) -> tuple[list[int], list[int]]:
    """For each line, the index of the line before and after it that is not hidden (-1: none)."""
    before = list(range(-1, count - 1))
    after = [*range(1, count), -1]
    for i in sorted(hidden):
        # Lines next to a hidden one see through it to the line on its other side.
        if after[i] >= 0:
            before[after[i]] = before[i]
        if before[i] >= 0:
            after[before[i]] = after[i]
    return before, after


def _inline_boxes(lines: list[Line], kinds: list[Kind]) -> set[int]:
    """The lines of link boxes inside the article: a heading and a few headlines.

    "Related articles" followed by two or three headlines and then by paragraphs of prose
    sits in the middle of the article; after the article such headings lead to more
    headlines, teasers and menus.
    """
    boxes: set[int] = set()
    for i, line in enumerate(lines):
        if not line.section:
            continue
        for j in range(i + 1, min(i + 1 + _INLINE_BOX_LINES, len(kinds) - 1)):
            if kinds[j] is Kind.BAD:
                break
            if kinds[j] is Kind.GOOD:
                if kinds[j + 1] is Kind.GOOD:
                    boxes.update(range(i, j))
                break
    return boxes


# An inline box holds a handful of links; its heading then counts like any other furniture line.
_INLINE_BOX_LINES = 8
_INLINE_BOX_WEIGHT = -3.0


# Past a "Related"/"More from"/"Comments" heading, or a date standing alone, that follows the
# article's prose, what prose there is are teasers and comments far more often than more of
# the article. A standfirst before the byline is shorter than what counts as read.
_AFTER_END_FACTOR = 0.25
_ARTICLE_READ = 80


# Article paragraphs come in runs; a lone paragraph between headlines, bylines or dates is
# as likely a teaser or a comment as article text (on the dev pages: 97% of prose words are
# article when both neighbours are prose, 85% with one, under half with none).
_NEIGHBOUR_FACTOR = (0.1, 0.7, 1.0)


def _lone_factor(words: float) -> float:
    """How much a paragraph without prose neighbours counts, by its length.

    Teasers and comments are a sentence or two; a long lone paragraph is usually the
    article between an image and a "Related" box (dev pages: 13% of lone lines under 30
    words are article, about half of those up to 70, most above).
    """
    if words < 30:
        return 0.1
    return 0.25 if words < 70 else 0.6


def _weight(line: Line, kind: Kind) -> float:
    """The weight of a line that is not prose."""
    if kind is Kind.NEAR:
        return 0.0
    if kind is Kind.ITEM:
        return _ITEM_WEIGHT
    if kind is Kind.SHORT:
        return _SHORT_WEIGHT
    if line.section or line.notice or line.comment:
        return _SECTION_WEIGHT
    if line.dateline:
        return _DATELINE_WEIGHT
    if line.caption:
        return _CAPTION_WEIGHT  # captions sit inside articles: they must not split one
    return -min(max(3.0, line.words), _MAX_FURNITURE_WEIGHT)


# Reader comments are prose too, and a long thread outweighs a short article; past the
# first of several comment headers ("jdoe says:") prose counts for nothing.
_COMMENT_DISCOUNT = 0.0


def discount_comments(lines: list[Line], weights: list[float]) -> None:
    """Scale down the weight of prose in the comment thread, found by its repeated headers."""
    heads = [i for i, line in enumerate(lines) if line.comment]
    if len(heads) < 2:
        return
    for i in range(heads[0], len(weights)):
        if weights[i] > 0:
            weights[i] *= _COMMENT_DISCOUNT


def best_region(weights: list[float]) -> tuple[int, int]:
    """The run of lines [start, end) with the largest total weight (Kadane's algorithm)."""
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end


def widen(lines: list[Line], kinds: list[Kind], start: int, end: int) -> tuple[int, int]:
    """Grow the region over adjacent paragraphs the sum left out.

    Lines without end punctuation count nothing in the sum, so a first or last paragraph
    that lacks its full stop sits just outside the region though nothing separates it.
    Headlines lack it too, so a line without it must be long to count as a paragraph. An
    image caption between two paragraphs does not stop the growth.
    """

    def paragraph(i: int) -> bool:
        return (
            kinds[i] is Kind.GOOD
            or kinds[i] is Kind.ITEM
            or (kinds[i] is Kind.NEAR and (lines[i].terminal or _unpunctuated_paragraph(lines[i])))
        )

    while True:
        if start > 0 and paragraph(start - 1):
            start -= 1
        elif start > 1 and lines[start - 1].caption and kinds[start - 2] is Kind.GOOD:
            start -= 2  # over the picture to the paragraph above it
        else:
            break
    while True:
        if end < len(kinds) and paragraph(end):
            end += 1
        elif end + 1 < len(kinds) and lines[end].caption and _sentences(lines[end + 1], kinds[end + 1]):
            end += 2
        else:
            break
    return start, end


def _sentences(line: Line, kind: Kind) -> bool:
    """A paragraph of whole sentences, the only kind trusted beyond a caption.

    A caption often comes in two lines, the description and the credit; the description
    looks like a paragraph that lost its full stop.
    """
    return kind is Kind.GOOD or (kind is Kind.NEAR and line.terminal)


def _unpunctuated_paragraph(line: Line) -> bool:
    """A paragraph that lost its full stop: long, or written with a sentence's function words.

    Headlines seldom run to 16 words, and they drop articles and prepositions that prose keeps.
    """
    return line.words >= _UNPUNCTUATED_PARAGRAPH or (
        line.words >= _UNPUNCTUATED_PROSE and line.function >= _PROSE_FUNCTION_SHARE
    )


_UNPUNCTUATED_PARAGRAPH = 16
_UNPUNCTUATED_PROSE = 10
_PROSE_FUNCTION_SHARE = 0.4


def select(lines: list[Line], kinds: list[Kind], start: int, end: int) -> list[bool]:
    """Which lines of the region are article: prose, plus short lines that sit in prose.

    The headlines under a "Related"/"More from" heading inside the region are the box's
    links, up to the next paragraph.
    """
    keep = [False] * len(lines)
    in_box = False
    for i in range(start, end):
        kind = kinds[i]
        in_box = (in_box or lines[i].section) and kind is not Kind.GOOD
        if in_box or lines[i].teaser or lines[i].inline:
            continue
        if kind >= Kind.ITEM:
            keep[i] = True
        elif kind is Kind.SHORT:
            keep[i] = _short_in_prose(lines, kinds, i, start, end)
    return keep


def _short_in_prose(lines: list[Line], kinds: list[Kind], i: int, start: int, end: int) -> bool:
    """A short line stays when the nearest judged lines on both sides are prose.

    Pictures and their captions are looked through: a subhead often follows one.
    """
    before = next((kinds[j] for j in range(i - 1, start - 1, -1) if _judged(lines[j], kinds[j])), None)
    after = next((kinds[j] for j in range(i + 1, end) if _judged(lines[j], kinds[j])), None)
    return before is not None and after is not None and before >= Kind.ITEM and after >= Kind.ITEM


def _judged(line: Line, kind: Kind) -> bool:
    return kind is not Kind.SHORT and not line.caption and not line.teaser and not line.inline
