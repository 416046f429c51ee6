"""Text evidence of boilerplate: the lines readability leaves inside an article.

The DOM pass (html_boilerplate) removes what sites label; what is left unlabelled is
told by its words and its place: "Read more: ..." teasers, "Photo: AP" credits,
"Reporting by ...; Editing by ..." tails, "Sign up for our newsletter" prompts, a
headline or byline repeated above the text, link-only lines of related stories.

Rules look at one block at a time plus its position; quoted blocks (<blockquote>) are
never judged, since a quote may say anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newscli.calendar_words import WEEKDAY_ALTERNATION
from newscli.extract.dates import find_date
from newscli.extract.html_render import Block
from newscli.extract.text_lexicon import BY_ALTERNATION


def _phrases(text: str) -> frozenset[str]:
    return frozenset(phrase.strip() for phrase in text.split("|"))


_MAX_FURNITURE_WORDS = 40  # a prompt or credit is short; longer blocks are prose whatever they start with

# Whole blocks that are page furniture (compared lower-case, without trailing punctuation).
_FURNITURE = _phrases(
    "advertisement|advertisements|advert|ad|ads|sponsored|sponsored content|anzeige|werbung|publicidad|"
    "publicité|pubblicità|реклама|comments|comment|no comments|leave a comment|post a comment|"
    "share|share this|share this article|share this story|share on facebook|share on twitter|"
    "share this on whatsapp|tweet|email|e-mail|print|tags|tag|topics|related|related articles|"
    "related stories|related posts|related content|related news|related coverage|read more|read next|"
    "more|see more|see also|show more|load more|view more|continue reading|you may also like|"
    "you might also like|we recommend|recommended|recommended for you|most popular|most read|trending|"
    "don't miss|dont miss|also read|like this|like loading|loading|back to top|next article|"
    "previous article|next|previous|close|follow us|sign up|subscribe|learn more|click here|"
    "voltar|leia também|leia mais|veja também|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|"
    "leggi anche|lee también|ver también|читайте также|citation|photos|gallery|replay|more videos|"
    "watch|watch now|play video|video|text size|font size|listen to this article|audio"
)
# "More Stories", "More great Lantern stories", "Latest news", "Top videos"
_SECTION_LABEL = re.compile(
    r"^(?:more|other|latest|top|popular|related|recommended|trending|editor'?s picks?)\b.{0,30}"
    r"\b(?:stories|news|articles|posts|videos|reads|headlines|coverage)$",
    re.I,
)
_LABEL = (
    r"read more|read next|more|related|related coverage|related content|see more|see also|also|also read|"
    r"read also|recommended|don'?t miss|watch|listen|more on this|more from [\w .]+|also on [\w.]+|"
    r"tags?|filed under|posted in|categories|topics|leggi anche(?: su)?|lesen sie auch|leia também|"
    r"leia mais|veja também|lire aussi|lee también|ver también|читайте также"
)
# "Read more: Alibaba poised to ..." / "[Related: ...]" / "(Leggi anche su: ...)" / "Tags: a, b"
_LABELLED_LINK = re.compile(rf"^[\[(]?\s*(?:{_LABEL})\s*(?::|\||-|–|—|»|>)", re.I)
# "Also on example.com <linked headline>": the same without punctuation, told by its links
_LEADING_LABEL = re.compile(rf"^[\[(]?\s*(?:{_LABEL})\s", re.I)
_CREDIT = re.compile(
    r"^\(?(?:photo(?:graph)?s?|image|picture|pic|foto|video|illustration|graphic|source|credit|"
    r"image credit|photo credit)\s*(?:by)?\s*:|^\(?(?:photo|image|picture|illustration)s? by\b|"
    r"\b(?:getty images|shutterstock|istock(?:photo)?)\)?\.?$|^image \d+ of \d+$|^©",
    re.I,
)
_STAFF_CREDIT = re.compile(
    r"^\(?(?:reporting by|additional reporting|editing by|written by|compiled by|with reporting by)\b|"
    r"\bcontributed (?:reporting|to this (?:report|story|article))\b|"
    r"^(?:write to|email|e-mail|contact|reach)\b.{0,60}(?:@|\bat \S+\.\w|\bon (?:twitter|facebook|x)\b)|"
    r"^follow (?:\S+ ){0,3}on (?:twitter|facebook|instagram)\b|^have a tip\b",
    re.I,
)
_PROMPT = re.compile(
    r"^(?:sign up|subscribe|click here|get (?:the|our) [\w ]{0,30}(?:app|newsletter)|download (?:the|our)|"
    r"follow us|join us|like this story|if you (?:enjoyed|liked) this|share this|want more|don'?t miss|"
    r"tell us what you think|let us know (?:what you think|in the comments))|"
    r"^follow\b.{0,80}(?:https?://|\bon (?:twitter|facebook|instagram)\b)|"
    r"\bclick(?:ing)? here\b|\bnewsletter\b.*\b(?:inbox|sign up|subscribe)\b|\bdelivered to your inbox\b",
    re.I,
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|\bsubject to copyright\b|"
    r"\bmay not be (?:re)?(?:produced|published|distributed|broadcast|rewritten)",
    re.I,
)
_BYLINE = re.compile(rf"^(?:{BY_ALTERNATION})\s+\S", re.I)
_DATE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last updated|modified|am|pm|a\.m\.|p\.m\.|gmt|utc|[ecmp][sd]t|on|at|"
    rf"{WEEKDAY_ALTERNATION})\b",
    re.I,
)
_WORD = re.compile(r"\w+")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net)\b", re.I)


def filter_blocks(blocks: Sequence[Block], *, title: str | None = None) -> list[Block]:
    """The blocks that are article text, in order."""
    kept = _drop_excerpt_tail(_drop_teaser_runs(blocks))
    kept = [block for block in kept if block.in_quote or not _is_noise(block)]
    kept = _trim_head(kept, title)
    return kept


def _is_noise(block: Block) -> bool:
    return any(rule(block) for rule in _BLOCK_RULES)


def _is_furniture(block: Block) -> bool:
    """'Advertisement', 'Comments', 'Share this', 'Read more' and their kin, alone on a line."""
    key = block.text.lower().strip(" .:…|-–—»>[]()!").strip()
    if key in _FURNITURE or _SECTION_LABEL.match(key):
        return True
    return re.fullmatch(r"\d+ comments?", key) is not None


def _is_labelled_link(block: Block) -> bool:
    """'Read more: <headline>', 'Related: <headline>', 'Tags: a, b' teasers and tag lists."""
    if block.words > _MAX_FURNITURE_WORDS:
        return False
    if _LABELLED_LINK.match(block.text):
        return True
    return block.link_density >= 0.5 and _LEADING_LABEL.match(block.text) is not None


def _is_credit(block: Block) -> bool:
    """Image credits and captions' credit lines: 'Photo: AP', '(Image: Getty)', 'Image 2 of 5'."""
    return block.words <= 12 and _CREDIT.search(block.text) is not None


def _is_staff_credit(block: Block) -> bool:
    """'Reporting by ...; Editing by ...', 'X contributed to this report', 'Write to X at ...'."""
    return block.words <= _MAX_FURNITURE_WORDS and _STAFF_CREDIT.search(block.text) is not None


def _is_prompt(block: Block) -> bool:
    """Calls to action: newsletter sign-ups, app downloads, 'click here', 'share this'."""
    return block.words <= _MAX_FURNITURE_WORDS and _PROMPT.search(block.text) is not None


def _is_copyright(block: Block) -> bool:
    """Copyright and reuse notices: '© 2024 ...', 'This document is subject to copyright.'"""
    return block.words <= 60 and _COPYRIGHT.search(block.text) is not None


_BLOCK_RULES: tuple[Callable[[Block], bool], ...] = (
    _is_furniture,
    _is_labelled_link,
    _is_credit,
    _is_staff_credit,
    _is_prompt,
    _is_copyright,
)


def _is_teaser(block: Block) -> bool:
    """A headline-sized block that is all link: the title of another story."""
    return (
        not block.in_quote and block.link_density >= 0.8 and 4 <= block.words <= 25 and _URL.search(block.text) is None
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
    if cut >= 2 and 2 * cut >= len(tail) and all(block.words <= _MAX_EXCERPT_WORDS for block in tail):
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
    if title and _same_text(block.text, title):
        return True
    if block.tag == "h1":
        return True
    if block.words <= 8 and _BYLINE.match(block.text):
        return True
    return _is_dateline(block)


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


def _same_text(text: str, title: str) -> bool:
    """The block repeats the page title (titles often carry ' | Site Name' after the headline)."""
    words = _WORD.findall(text.lower())
    title_words = _WORD.findall(title.lower())
    if not words or not title_words:
        return False
    return words == title_words[: len(words)] and len(words) >= min(len(title_words), 4)
