"""The headline a page shows, for pages whose only title data is the <title> element.

Older pages and small publishers give no og:title, no JSON-LD headline: the <title> is then
what search engines were shown ("Coal's US stronghold is losing steam | Example News"),
often shorter or worded otherwise than the headline printed on the page. The printed one
is the article's title:

- a heading (<h1> or <h2>) that reads as the <title>: most of their words shared; the
  closest, then one whose words are all in the <title>, then an <h1>; not the site's name
  ("Opening hours | Example Club" and the <h1> "Example Club");
- else the page's only <h1>, when it reads as a headline: a few words, no link to another
  page (a logo), not the site's or a section's name (a part of the <title> after its
  headline: "Why X? - The Column - Example.com" and the <h1> "The Column: Pop culture");
- else the heading nearest above the story's first paragraph, when it shares a word with
  the <title> outside its last part (a section's name in an <h1>, the headline in an <h2>
  below it).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newscli.extract.dates import find_date
from newscli.extract.layout import HEADLINE_NAMED_XPATH
from newscli.extract.lexicon import TITLE_SEPARATOR

_WORD = re.compile(r"\w+")
_SEPARATOR = re.compile(TITLE_SEPARATOR.pattern + r"|\s+[›‹]\s+")  # and "Event › Example Club"
_SPACE = re.compile(r"\s+")
_SHARED = 0.6  # share of the longer one's words a heading and the <title> must have in common
_MIN_WORDS = 3  # "Sections", "Menu", a logo's name: no headline
_MAX_WORDS = 40  # a standfirst set in a heading, not a headline
_MAX_HEADINGS = 50
_PROSE = 30  # words of a paragraph's own text: the story has begun
_CONTENT_LETTERS = 4  # a word this long is no "the" or "of"
_DATE_LINE_REST = 12  # characters beside a date in a date line: a weekday, punctuation
_ASIDE = frozenset(("nav", "aside", "footer", "a"))


def shown_headline(root: HtmlElement, title: str | None) -> str | None:
    """The headline printed on the page, by the <title> (see the module's rules); None when none reads as it."""
    body = root.find("body")
    if body is None:
        return None
    firsts = [_text(node) for node in body.iter("h1")][:_MAX_HEADINGS]
    seconds = [_text(node) for node in body.iter("h2")][:_MAX_HEADINGS]
    key = set(_WORD.findall((title or "").lower()))
    best: tuple[float, bool, bool] | None = None
    found = None
    for level, headings in ((True, firsts), (False, seconds)):
        for heading in headings:
            words = set(_WORD.findall(heading.lower()))
            if not key or not 2 <= len(words) <= _MAX_WORDS or _is_affix(heading, title or "", whole=True):
                continue
            shared = len(key & words) / max(len(key), len(words))
            rank = (shared, words <= key, level)  # the closest; one all in the <title>; an <h1>
            if shared >= _SHARED and (best is None or rank > best):
                best, found = rank, heading
    if found:
        return found
    lone = [node for node in body.iter("h1") if _text(node)]
    if len(lone) == 1 and _reads_as_headline(lone[0], title or ""):
        return _text(lone[0])
    parts = _SEPARATOR.split(title or "")
    site = set(_WORD.findall(parts[-1].lower())) if len(parts) > 1 else set()
    return _above_the_story(body, key - site, title or "") or _named_headline(body, title or "")


def _named_headline(body: HtmlElement, title: str) -> str | None:
    """An element the page names as the headline (class or id "headline", "headline2", "story-hed"),
    the first that reads as one; table layouts set it in a <div> or <span>, not a heading."""
    for node in body.xpath(HEADLINE_NAMED_XPATH)[:_MAX_HEADINGS]:
        marks = f"{node.get('class', '')} {node.get('id', '')}".lower()
        if "headlines" in marks or any(a.tag in _ASIDE for a in node.iterancestors()):
            continue  # a list of other stories' headlines
        text = _text(node)
        if not _reads_as_headline(node, title) or _date_only(text):
            continue
        if _site_name_only(title) or _content(text) & _content(_SEPARATOR.split(title)[0]):
            return text  # the <title> names only the site, or the two share a word
    return None


def _site_name_only(title: str) -> bool:
    """A <title> that is the site's name alone ("Morris Daily Herald", "Cortez Journal Online - Cortez
    Colorado"): its first part a short name in capitals."""
    return is_short_name(_SEPARATOR.split(title)[0])


def is_short_name(part: str) -> bool:
    """A few capitalised words, no sentence: a site's or a section's name in a <title> ("Valley Ledger Online")."""
    words = part.split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _content(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) >= _CONTENT_LETTERS}


def _date_only(text: str) -> bool:
    """A heading that is a date and little else ("Thursday, January 17th, 2008"), read by the shared date reader."""
    found = find_date(text)
    return found is not None and len(text) - (found[2] - found[1]) <= _DATE_LINE_REST


def _above_the_story(body: HtmlElement, key: set[str], title: str) -> str | None:
    """The nearest <h1>/<h2> above the story's first paragraph, when it shares a word with the <title>'s key.

    key: the <title>'s words, those of its last part (the site's name, as a rule) left out.
    """
    start = next((node for node in body.iter("p") if len(" ".join(node.xpath("text()")).split()) >= _PROSE), None)
    if start is None:
        return None
    content = {word for word in key if len(word) >= _CONTENT_LETTERS}
    for heading in reversed(start.xpath("preceding::h1 | preceding::h2")[-_MAX_HEADINGS:]):
        words = set(_WORD.findall(_text(heading).lower()))
        if any(ancestor.tag in _ASIDE for ancestor in heading.iterancestors()):
            continue
        if (words & content or _site_name_only(title)) and _reads_as_headline(heading, title, least=2) \
                and not _date_only(_text(heading)):  # fmt: skip
            return _text(heading)
    return None


def _reads_as_headline(node: HtmlElement, title: str, least: int = _MIN_WORDS) -> bool:
    text = _text(node)
    if not least <= len(_WORD.findall(text)) <= _MAX_WORDS:
        return False
    if any(ancestor.tag == "a" for ancestor in node.iterancestors()) or node.find(".//a[@href]") is not None:
        links = " ".join(_text(link) for link in node.iter("a"))
        if len(links) >= 0.5 * len(text):
            return False  # the site's logo, a link to a section
    return not _is_affix(text, title)


def _is_affix(text: str, title: str, *, whole: bool = False) -> bool:
    """Whether text is the site's or a section's name: a part of the <title> after its first one.

    whole: the part itself only; else also the part with more words after it ("The Column: pop culture").
    """
    affixes = [part.strip().casefold() for part in _SEPARATOR.split(title)[1:] if part.strip()]
    folded = text.casefold()
    if whole:
        return folded in affixes
    return any(folded.startswith(affix) or affix.startswith(folded) for affix in affixes)


def _text(node: HtmlElement) -> str:
    return _SPACE.sub(" ", node.text_content()).strip()
