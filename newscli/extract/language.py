"""A small, dependency-free language guess: script first, then stop-word votes.

It only has to tell English from the rest reliably and name the common languages a
news scraper meets; short or mixed texts get None rather than a guess.
"""

from __future__ import annotations

import re
from collections import Counter

from newscli.extract.lexicon import FREQUENT_FUNCTION_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_MIN_WORDS = 12
# Each of a language's most frequent function words votes for it (and for any other language
# that shares it).
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in FREQUENT_FUNCTION_WORDS.items():
    for _word in _words:
        _LANGS_OF[_word] = (*_LANGS_OF.get(_word, ()), _lang)

_SCRIPTS = (
    (re.compile(r"[\u3040-\u30ff]"), "ja"),  # kana before Han: Japanese mixes both
    (re.compile(r"[\uac00-\ud7af]"), "ko"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
    (re.compile(r"[\u0400-\u04ff]"), "ru"),
    (re.compile(r"[\u0600-\u06ff]"), "ar"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0900-\u097f]"), "hi"),
    (re.compile(r"[\u0e00-\u0e7f]"), "th"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
)
LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "sv": "Swedish",
    "da": "Danish",
    "pl": "Polish",
    "tr": "Turkish",
    "id": "Indonesian",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Chinese",
    "ru": "Russian",
    "ar": "Arabic",
    "he": "Hebrew",
    "hi": "Hindi",
    "th": "Thai",
    "el": "Greek",
}


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little to tell."""
    sample = text[:4000]  # a few paragraphs tell the language as well as the whole page
    found = _WORD.findall(sample.lower())  # lower-casing never changes the letters counted
    letters = sum(map(len, found))
    if letters < 40:
        return None
    if not sample.isascii():  # scripts other than Latin need non-ASCII characters
        for pattern, lang in _SCRIPTS:
            if len(pattern.findall(sample)) > letters * 0.3:
                return lang
    if len(found) < _MIN_WORDS:
        return None
    votes: Counter[str] = Counter()
    for word, count in Counter(found).items():
        for lang in _LANGS_OF.get(word, ()):
            votes[lang] += count
    if not votes:
        return None
    ranked = [*votes.most_common(2), ("", 0)]
    (best, top), runner_up = ranked[0], ranked[1][1]
    # Require the winner to be clear and frequent enough to mean something.
    if top < 3 or top < len(found) * 0.05 or top < runner_up * 1.3:
        return "en" if best == "en" and top >= 3 else None
    if best != "en" and votes["en"] * 2 >= top:
        return None  # English is a close second: too mixed to turn an English reader away
    return best


def language_name(code: str | None) -> str:
    return LANGUAGE_NAMES.get(code or "", code or "an unknown language")
