"""The cleaned text in one canonical form, so the same words always compare equal.

Pages carry invisible characters that break words for every later step: soft hyphens
("Wehr\u00adanlage") and zero-width spaces inside words, byte-order marks, non-breaking
spaces, and letters written as a base plus a combining mark ("u" + U+0308 for "ü").
The text is normalised once, before any offset is taken, so offsets into it stay exact.
Zero-width joiners and non-joiners stay: they shape emoji and several scripts.
"""

from __future__ import annotations

import re
import unicodedata

_TABLE = {
    **dict.fromkeys(
        map(ord, "\u00ad\u200b\u2060\ufeff\u180e"), None
    ),  # soft hyphen, zero-width space, word joiner, BOM
    **dict.fromkeys(map(ord, "\u00a0\u2007\u202f"), " "),  # no-break, figure and narrow no-break spaces
}


_ODD = re.compile("[\u00ad\u200b\u2060\ufeff\u180e\u00a0\u2007\u202f]")


def normalise_text(text: str) -> str:
    """NFC, without soft hyphens and zero-width spaces, with non-breaking spaces as spaces."""
    if _ODD.search(text):
        text = text.translate(_TABLE)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def normalise_name(value: str | None) -> str | None:
    """The same for a title or a name: None stays None, and a value that normalises to nothing becomes None."""
    if value is None:
        return None
    return " ".join(normalise_text(value).split()) or None
