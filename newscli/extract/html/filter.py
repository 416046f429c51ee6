"""Stage 6, filter: text evidence of boilerplate, the lines readability leaves inside an article.

The DOM pass (html/boilerplate) removes what sites label; what is left unlabelled is
told by its words and its place: "Read more: ..." teasers, "Photo: AP" credits,
"Reporting by ...; Editing by ..." tails, "Sign up for our newsletter" prompts, a
headline or byline repeated above the text, link-only lines of related stories.

Rules look at one block at a time plus its position; quoted blocks (<blockquote>) are
never judged, since a quote may say anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from newscli.calendar_words import WEEKDAY_ALTERNATION
from newscli.extract.dates import find_date
from newscli.extract.html.common import Block, repeats_title
from newscli.extract.lexicon import (
    AUTHOR_CONTACT,
    BY_ALTERNATION,
    CLOSING_NOTE,
    COMMENT_COUNTER,
    HTML_CREDIT,
    HTML_DISCLOSURE,
    HTML_FURNITURE_LINES,
    HTML_META_LABEL,
    HTML_NOTICE,
    HTML_PLAYER,
    HTML_PROMPT,
    READ_ALSO,
    SECTION_HEADINGS,
    SECTION_LABEL,
    SITE_SPEAKS,
    STAFF_CREDIT,
    UPDATE_NOTE,
    WRITER_BIO,
)

_MAX_FURNITURE_WORDS = 40  # a prompt or credit is short; longer blocks are prose whatever they start with

# Whole blocks that are page furniture or a section's heading (compared lower-case, without
# trailing punctuation).
_FURNITURE = HTML_FURNITURE_LINES | SECTION_HEADINGS
_LABEL = "|".join(
    [
        *(re.escape(phrase) for phrase in sorted(READ_ALSO, key=len, reverse=True)),
        r"more|related|related coverage|related content|see more|also|recommended|don'?t miss|watch|listen|read",
        r"more on this|more from [\w .]+|also on [\w.]+|tags?|filed under|published under|posted in|categories|"
        r"category|topics|leggi anche su",
    ]
)
# "Read more: Alibaba poised to ..." / "[Related: ...]" / "(Leggi anche su: ...)" / "Tags: a, b"
_LABELLED_LINK = re.compile(rf"^[\[(]?\s*(?:{_LABEL})\s*(?::|\||-|–|—|»|>)", re.I)
# "Also on example.com <linked headline>": the same without punctuation, told by its links
_LEADING_LABEL = re.compile(rf"^[\[(]?\s*(?:{_LABEL})\s", re.I)
_BYLINE = re.compile(rf"^(?:{BY_ALTERNATION})\s+\S", re.I)
_DATE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last updated|modified|am|pm|a\.m\.|p\.m\.|gmt|utc|[ecmp][sd]t|on|at|"
    rf"{WEEKDAY_ALTERNATION})\b",
    re.I,
)
_WORD = re.compile(r"\w+")
_ADDRESS = re.compile(r"@|://|www\.|\w\.[a-z]{2,}\b", re.I)  # a linked address is a reference, not a label
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net)\b", re.I)


def filter_blocks(blocks: Sequence[Block], *, title: str | None = None) -> list[Block]:
    """The blocks that are article text, in order."""
    kept = _drop_excerpt_tail(_drop_teaser_runs(blocks))
    kept = [block for block in kept if not (_is_disclosure(block) if block.in_quote else _is_noise(block))]
    kept = _without_orphan_leads(blocks, kept)
    kept = _trim_head(kept, title)
    return _trim_contacts(kept)


_LIST_ITEMS = frozenset({"li", "dd", "dt"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MAX_LEAD_WORDS = 15


def _without_orphan_leads(blocks: Sequence[Block], kept: list[Block]) -> list[Block]:
    """Drop a lead-in ("Read more about:", "Our picks:") whose list was dropped.

    A line ending in a colon that introduces a list belongs with it: kept with it, and
    gone when the list is gone (a list of links to other stories under "Related:").
    """
    staying = {id(block) for block in kept}
    orphans: set[int] = set()
    for lead, follower in pairwise(blocks):
        if (
            id(lead) in staying
            and follower.tag in _LIST_ITEMS
            and id(follower) not in staying
            and lead.words <= _MAX_LEAD_WORDS
            and lead.text.rstrip().endswith(":")
        ):
            orphans.add(id(lead))
    return [block for block in kept if id(block) not in orphans] if orphans else kept


_PAGE_MAX_LINK_SHARE = 0.5


def filter_page(blocks: Sequence[Block]) -> list[Block]:
    """The blocks of a whole page that could be text: no links-only lines, no furniture.

    The fallback when no article can be told apart. A page that is only a list of links
    (a section front, a sitemap) keeps nothing, and so comes back as no article text.
    """
    return [
        block
        for block in blocks
        if block.link_density < _PAGE_MAX_LINK_SHARE and (block.in_quote or not _is_noise(block))
    ]


_LIST_LINK_SHARE = 0.5
_SENTENCE_WORDS = 12  # words outside links: a block this long is prose, not a list entry


def is_link_list(blocks: Sequence[Block]) -> bool:
    """Whether blocks are a list of links rather than an article.

    Most of the text sits in links, and no block has a sentence's worth of words outside
    them: headlines with dates, a sitemap, a tag page.
    """
    total = sum(len(block.text) for block in blocks)
    linked = sum(block.link_chars for block in blocks)
    if not total or linked < _LIST_LINK_SHARE * total:
        return False
    return not any(block.words * (1 - block.link_density) >= _SENTENCE_WORDS for block in blocks)


def _is_noise(block: Block) -> bool:
    return any(rule(block) for rule in _BLOCK_RULES)


def _is_furniture(block: Block) -> bool:
    """'Advertisement', 'Comments', 'Share this', 'Read more' and their kin, alone on a line."""
    key = block.text.lower().strip(" .:…|-–—»>[]()!").strip()
    if key in _FURNITURE or SECTION_LABEL.match(key):
        return True
    if block.words <= 6 and _READING_TIME.search(key):  # "Read more · 5 min", "4 min read"
        rest = _READING_TIME.sub(" ", key).strip(" .:…|-–—»>[]()!·•")
        return not rest or rest in _FURNITURE
    return COMMENT_COUNTER.fullmatch(key) is not None


_READING_TIME = re.compile(r"\b\d+\s*(?:min(?:ute[ns]?)?|mins)\.?(?:\s+(?:read|reading time|lesezeit|lesedauer))?\b")


def _is_labelled_link(block: Block) -> bool:
    """'Read more: <headline>', 'Related: <headline>', 'Tags: a, b' teasers and tag lists."""
    if block.words > _MAX_FURNITURE_WORDS:
        return False
    if _LABELLED_LINK.match(block.text):
        return True
    return block.link_density >= 0.5 and _LEADING_LABEL.match(block.text) is not None


def _is_credit(block: Block) -> bool:
    """Image credits and captions' credit lines: 'Photo: AP', '(Image: Getty)', 'Image 2 of 5'."""
    return block.words <= 12 and HTML_CREDIT.search(block.text) is not None


def _is_staff_credit(block: Block) -> bool:
    """'Reporting by ...; Editing by ...', 'X contributed to this report', 'Write to X at ...'."""
    return block.words <= _MAX_FURNITURE_WORDS and STAFF_CREDIT.search(block.text) is not None


def _trim_contacts(blocks: list[Block]) -> list[Block]:
    """Drop the writer's contact lines and note closing the article, and what follows them.

    'jane.doe@example.com', 'Twitter: @janedoe', 'Jane Doe may be reached at jdoe@example.com.',
    'Jane Doe is a staff writer for Example News. Follow her ...', then the site's short lines
    ('Example Conversations', 'E-mail us at tips@example.com'). An address the story gives in
    its course, or introduces ("... set up an address for complaints:"), stays. Then a lead-in
    left last ("See photos from this story:"): what it introduced is gone.
    """
    end = len(blocks)
    cut = end
    for index in range(end - 1, -1, -1):
        block = blocks[index]
        if block.in_quote or (index and blocks[index - 1].text.rstrip().endswith(":")):
            break
        if _is_contact(block) or _is_writer_note(block):
            cut = index
        elif not (_is_site_line(block) and end - index <= _MAX_TAIL_LINES):
            break
    while cut and _is_lead_in(blocks[cut - 1]):
        cut -= 1
    return blocks[:cut]


_MAX_TAIL_LINES = 3  # the contact line and the site's lines after it
_MAX_NOTE_WORDS = 80
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _is_contact(block: Block) -> bool:
    return (
        not block.in_quote
        and block.words <= _MAX_FURNITURE_WORDS
        and "@" in block.text
        and AUTHOR_CONTACT.search(block.text) is not None
    )


def _is_writer_note(block: Block) -> bool:
    """'Jane Doe is the business reporter for Example News. You can send her an e-mail ...', her holdings."""
    if block.words > _MAX_NOTE_WORDS:
        return False
    return WRITER_BIO.match(block.text) is not None or CLOSING_NOTE.search(block.text) is not None


def _is_site_line(block: Block) -> bool:
    """A short label ('Example Conversations') or a line with the site's address, after the writer's."""
    if block.words <= _MAX_LABEL_WORDS and not block.text.rstrip(" \"'”’)").endswith((".", "!", "?")):
        return True
    return block.words <= _MAX_FURNITURE_WORDS and _EMAIL.search(block.text) is not None


_MAX_LABEL_WORDS = 6


def _is_lead_in(block: Block) -> bool:
    return not block.in_quote and block.words <= _MAX_LEAD_WORDS and block.text.rstrip().endswith(":")


def _is_update_note(block: Block) -> bool:
    """'This story has been updated with additional developments.': a note on the page, not the story."""
    return block.words <= 25 and UPDATE_NOTE.match(block.text) is not None


def _is_prompt(block: Block) -> bool:
    """Calls to action: newsletter sign-ups, app downloads, 'click here', 'share this'."""
    return block.words <= _MAX_FURNITURE_WORDS and HTML_PROMPT.search(block.text) is not None


def _is_copyright(block: Block) -> bool:
    """Copyright and reuse notices: '© 2024 ...', 'This document is subject to copyright.'"""
    if block.words > 60:
        return False
    low = block.text.lower()
    return any(hint in low for hint in _NOTICE_HINTS) and HTML_NOTICE.search(block.text) is not None


# One of these is in every text HTML_NOTICE finds: a cheap test first.
_NOTICE_HINTS = ("©", "(c)", "copyright", "rights", "reserv", "réserv", "riserv", "vorbehalten", "права", "版权",
                 "無断", "may not be")  # fmt: skip


def _is_link_label(block: Block) -> bool:
    """A linked label of three words or fewer alone on a line: 'CBC Investigates', 'Order now'."""
    return (
        block.words <= 3
        and block.link_density >= 0.9
        and block.tag not in _HEADINGS  # headings are often links to themselves (section anchors)
        and not _ADDRESS.search(block.text)
    )


def _is_disclosure(block: Block) -> bool:
    """Affiliate disclosures, a video player's fallback text, tip lines."""
    low = block.text.lower()
    if block.words > (_MAX_NOTE_WORDS if "affiliate" in low else _MAX_FURNITURE_WORDS):
        return False  # an affiliate disclosure may run to a paragraph of excuses
    if ("commission" in low or "links" in low) and HTML_DISCLOSURE.search(block.text):
        return SITE_SPEAKS.search(low) is not None  # not "the quarry's owners may earn a commission"
    if block.words > _MAX_FURNITURE_WORDS:
        return False
    return any(word in low for word in _PLAYER_WORDS) and HTML_PLAYER.search(block.text) is not None


_PLAYER_WORDS = ("video", "player", "browser", "refresh", "tap here", "story", "tip")  # HTML_PLAYER needs one


def _is_meta_row(block: Block) -> bool:
    """'Views: 1120 | Added by: Posh | Tags: ...': a blog's row of counters and labels."""
    return block.words <= _MAX_FURNITURE_WORDS and len(HTML_META_LABEL.findall(block.text)) >= 2


def _is_shop_link(block: Block) -> bool:
    """'ADD TO CART: <product>', 'WATCH: <video>', '$429 at Example Store': a linked product or promotion.

    A label in capitals before a link, or a price at a shop, on a short line that is mostly link.
    """
    if block.words > _MAX_SHOP_WORDS or block.link_density < _SHOP_LINK_SHARE:
        return False
    return _CAPS_LABEL.match(block.text) is not None or _PRICE_AT.match(block.text) is not None


_MAX_SHOP_WORDS = 20
_SHOP_LINK_SHARE = 0.5
_CAPS_LABEL = re.compile(r"^(?:[A-Z][A-Z'’&-]*\s){0,3}[A-Z][A-Z'’&-]+\s?:\s*\S")  # "MAKE SOMEONE'S DAY: ..."
_PRICE_AT = re.compile(r"^(?:US|CA|AU)?[$£€]\s?\d[\d,.]*\s+(?:at|from|on)\s+\S")


def _is_shouted_teaser(block: Block) -> bool:
    """'WHAT ARE THE NEW RULES?': a linked headline in capitals, the site's promotion of another story."""
    if block.link_density < 0.8 or block.words < 3 or not block.text.isupper():
        return False
    letters = [char for char in block.text if char.isalpha()]
    return len(letters) >= 12 and sum(char.isupper() for char in letters) >= 0.9 * len(letters)


def _is_bulleted_teaser(block: Block) -> bool:
    """'• <another story's headline>': a linked headline set as a bullet line between the paragraphs.

    One linked line alone may be the article's own reference, so a lone teaser stays (see
    _drop_teaser_runs); the bullet mark before it is the site's promotion format.
    """
    return (
        _BULLET.match(block.text) is not None
        and block.link_density >= _TEASER_LINK_SHARE
        and block.words <= _MAX_TEASER_WORDS
        and _URL.search(block.text) is None
    )


_BULLET = re.compile(r"^[•▶►▸■●▪◆➤➔→»]\s*\S")
_TEASER_LINK_SHARE = 0.8
_MAX_TEASER_WORDS = 25


_BLOCK_RULES: tuple[Callable[[Block], bool], ...] = (
    _is_furniture,
    _is_labelled_link,
    _is_credit,
    _is_staff_credit,
    _is_update_note,
    _is_prompt,
    _is_copyright,
    _is_disclosure,
    _is_link_label,
    _is_meta_row,
    _is_shouted_teaser,
    _is_shop_link,
    _is_bulleted_teaser,
)


def _is_teaser(block: Block) -> bool:
    """A headline-sized block that is all link: the title of another story."""
    return (
        not block.in_quote
        and block.link_density >= _TEASER_LINK_SHARE
        and 4 <= block.words <= _MAX_TEASER_WORDS
        and _URL.search(block.text) is None
    )


def _drop_teaser_runs(blocks: Sequence[Block]) -> list[Block]:
    """Drop runs of two or more teasers: a related-stories list left inside the article.

    A single linked line may be the article's own reference or call to action, so
    one alone is kept.
    """
    kept: list[Block] = []
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and _is_teaser(block):
            run.append(block)
            continue
        if len(run) == 1:
            kept.extend(run)
        run = []
        if block is not None:
            kept.append(block)
    return kept


def _drop_excerpt_tail(blocks: list[Block]) -> list[Block]:
    """Drop a tail of excerpts: other posts' opening lines listed after the article.

    Blogs list their next posts as a few lines each, cut off with a bracketed ellipsis
    ("[…]", WordPress's mark for an excerpt); readability keeps those paragraphs with the
    post and drops their linked headlines. From the first cut-off paragraph on, when every
    block is excerpt-sized and at least half of them are cut off, the rest is the list.
    """
    first = next((i for i, block in enumerate(blocks) if _is_excerpt(block)), None)
    if first is None:
        return blocks
    tail = blocks[first:]
    cut = sum(1 for block in tail if _is_excerpt(block))
    told = [block for block in tail if block.link_density < 0.8]  # their linked headlines and "Read on" links aside
    if cut >= 2 and 2 * cut >= len(told) and all(block.words <= _MAX_EXCERPT_WORDS for block in tail):
        return blocks[:first]
    return blocks


def _is_excerpt(block: Block) -> bool:
    return not block.in_quote and _EXCERPT_END.search(block.text) is not None


_MAX_EXCERPT_WORDS = 80
_EXCERPT_END = re.compile(r"\[(?:…|\.\.\.)\]\s*$")


def _trim_head(blocks: list[Block], title: str | None) -> list[Block]:
    """Drop the headline, byline and dateline readability keeps above the first paragraph."""
    start = 0
    while start < len(blocks) and start < 6 and _is_head_matter(blocks[start], title):
        start += 1
    return blocks[start:]


def _is_head_matter(block: Block, title: str | None) -> bool:
    if block.in_quote:
        return False
    if title and repeats_title(block.text, title):
        return True
    if block.tag == "h1":
        return True
    if block.words <= 8 and (_BYLINE.match(block.text) or _REVIEWED_BY.match(block.text)):
        return True
    if block.words <= _MAX_DATELINE_WORDS and _DATELINE_ALONE.match(block.text):
        return True
    return _is_dateline(block)


_REVIEWED_BY = re.compile(r"^(?:medically |fact[- ])?(?:reviewed|checked|fact-checked|edited) by\s+\S", re.I)
_MAX_DATELINE_WORDS = 6
# "New York CNN —": the dateline alone on its line, the text after it in the next block
_DATELINE_ALONE = re.compile(r"^[A-Z][\w.'’ ,()-]{1,40}\s(?:—|–|--)$")


def _is_dateline(block: Block) -> bool:
    """A short block that is a date plus words like 'Published', 'Updated', a weekday or a time."""
    if block.words > 14:
        return False
    found = find_date(block.text)
    if found is None:
        return False
    rest = block.text[: found[1]] + " " + block.text[found[2] :]
    rest = _DATE_WORDS.sub(" ", rest)
    return len(_WORD.findall(rest)) <= 3
