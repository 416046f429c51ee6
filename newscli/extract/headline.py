"""The headline a page shows, for pages whose only title data is the <title> element.

Older pages and small publishers give no og:title, no JSON-LD headline: the <title> is then
what search engines were shown ("Coal's US stronghold is losing steam | Example News"),
often shorter or worded otherwise than the headline printed on the page. The printed one
is the article's title:

- a heading (<h1>, else <h2>) that reads as the <title>: most of their words shared;
- else the page's only <h1>, when it reads as a headline: a few words, no link to another
  page (a logo), not the site's or a section's name (a part of the <title> after its
  headline: "Why X? - The Column - Example.com" and the <h1> "The Column: Pop culture");
- else the heading nearest above the story's first paragraph, when it shares a word with
  the <title> (a section's name in an <h1>, the headline in an <h2> below it).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newscli.extract.lexicon import TITLE_SEPARATOR

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_SHARED = 0.6  # share of the longer one's words a heading and the <title> must have in common
_MIN_WORDS = 3  # "Sections", "Menu", a logo's name: no headline
_MAX_WORDS = 40  # a standfirst set in a heading, not a headline
_MAX_HEADINGS = 50
_PROSE = 30  # words of a paragraph's own text: the story has begun
_CONTENT_LETTERS = 4  # a word this long is no "the" or "of"
_ASIDE = frozenset(("nav", "aside", "footer", "a"))


def shown_headline(root: HtmlElement, title: str | None) -> str | None:
    """The headline printed on the page, by the <title> (see the module's rules); None when none reads as it."""
    body = root.find("body")
    if body is None:
        return None
    firsts = [_text(node) for node in body.iter("h1")][:_MAX_HEADINGS]
    seconds = [_text(node) for node in body.iter("h2")][:_MAX_HEADINGS]
    key = set(_WORD.findall((title or "").lower()))
    for heading in (*firsts, *seconds):
        words = set(_WORD.findall(heading.lower()))
        if key and _MIN_WORDS <= len(words) <= _MAX_WORDS and len(key & words) >= _SHARED * max(len(key), len(words)):
            return heading
    lone = [node for node in body.iter("h1") if _text(node)]
    if len(lone) == 1 and _reads_as_headline(lone[0], title or ""):
        return _text(lone[0])
    return _above_the_story(body, key, title or "")


def _above_the_story(body: HtmlElement, key: set[str], title: str) -> str | None:
    """The nearest <h1>/<h2> above the story's first paragraph, when it shares a word with the <title>."""
    start = next((node for node in body.iter("p") if len(" ".join(node.xpath("text()")).split()) >= _PROSE), None)
    if start is None:
        return None
    content = {word for word in key if len(word) >= _CONTENT_LETTERS}
    for heading in reversed(start.xpath("preceding::h1 | preceding::h2")[-_MAX_HEADINGS:]):
        words = set(_WORD.findall(_text(heading).lower()))
        if any(ancestor.tag in _ASIDE for ancestor in heading.iterancestors()):
            continue
        if _MIN_WORDS <= len(words) <= _MAX_WORDS and words & content and _reads_as_headline(heading, title):
            return _text(heading)
    return None


def _reads_as_headline(node: HtmlElement, title: str) -> bool:
    text = _text(node)
    if not _MIN_WORDS <= len(_WORD.findall(text)) <= _MAX_WORDS:
        return False
    if any(ancestor.tag == "a" for ancestor in node.iterancestors()) or node.find(".//a[@href]") is not None:
        links = " ".join(_text(link) for link in node.iter("a"))
        if len(links) >= 0.5 * len(text):
            return False  # the site's logo, a link to a section
    affixes = [part.strip().casefold() for part in TITLE_SEPARATOR.split(title)[1:] if part.strip()]
    folded = text.casefold()
    return not any(folded.startswith(affix) or affix.startswith(folded) for affix in affixes)


def _text(node: HtmlElement) -> str:
    return _SPACE.sub(" ", node.text_content()).strip()
