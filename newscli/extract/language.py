"""A small, dependency-free language guess: script first, then stop-word votes.

It only has to tell English from the rest reliably and name the common languages a
news scraper meets; short or mixed texts get None rather than a guess.
"""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_MIN_WORDS = 12
# The most frequent function words of each language; chosen to overlap little.
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the a of and to in is that for it with as was on be by at this are from have has had not but "
        "which they their his her an or were been would will said who its after also more than about "
        "there when what can we you he she them these those into could should over",
        "de": "der die und das den nicht ist von mit sich des auf für dem ein eine im zu auch es als "
        "wird sind wurde werden bei nach aus einer oder wie noch hat nur vor zum zur über dass",
        "fr": "le la les des et est un une du en que qui dans pour pas sur au avec ce il elle sont "
        "par plus ne se aux ont été cette mais nous vous leur ses comme",
        "es": "el la los las de que y en un una por con para del se al lo como más pero sus su es "
        "fue ha son está este esta entre cuando muy sin sobre también",
        "it": "il di che e la per un una non sono del della dei delle nel alla gli le ha con si "
        "anche come più ma questo questa essere stato dalla",
        "pt": "de que e o a do da em um uma para com não os as dos das no na por mais se ao foi "
        "pelo pela são como mas também está sua seu",
        "nl": "de het een en van in is dat op te zijn met voor niet aan er ook als bij door maar "
        "om dan nog wordt werd zijn naar hun",
        "sv": "och att det som en på är av för med till den har de inte om ett var sig men",
        "da": "og at det som en på er af for med til den har de ikke om et var sig men",
        "pl": "i w na z że do nie się jest to jak po o przez od za dla tak oraz",
        "tr": "ve bir bu da de için ile olarak çok daha gibi olan en ama ne",
        "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena",
    }.items()
}
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
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
    found = _WORD.findall(sample)
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
    for word, count in Counter(w.lower() for w in found).items():
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
