"""Transcript turns: "WALLACE: Senator, will you support the bill?" is a quotation of Wallace.

Interview transcripts, hearings and broadcast excerpts print each turn as a paragraph that
opens with the speaker's name and a colon, and use no quote marks. A paragraph is a turn
when its label is a name in capitals ("WALLACE:", "SEN. OSTROWSKI:") or a name the article
knows ("Ostrowski:"), and the article has at least two such turns (one "Note: ..." is not a
transcript). The label's name resolves like any speaker's; a label nobody in the article
carries is kept as written. "Q:" and "A:" name nobody. A turn is speech, so it ends like a
sentence: "BUY NOW: Deluxe Team Jersey" and "SEE DEALS: Collector Figure" are shop
buttons over a product name, not turns.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newscli.models import Quote

_LABEL = re.compile(r"([A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}):\s+(?=\S)")
_MIN_TURNS = 2
_SENTENCE_END = (".", "!", "?", "…", "—", "–", '"', "”", "’", "'", ")")


def transcript_turns(text: str, paras: list[tuple[int, int]],
                     lookup: Callable[[str], str | None]) -> list[Quote]:  # fmt: skip
    """The turns of a transcript in text, with speakers from lookup(label) (None: not a known name)."""
    turns: list[tuple[int, str, str | None]] = []
    for start, end in paras:
        match = _LABEL.match(text, start, end)
        if match is None:
            continue
        label = match.group(1)
        letters = [c for c in label if c.isalpha()]
        if len(letters) < 2:
            continue  # "Q:", "A:"
        if not text[start:end].rstrip().endswith(_SENTENCE_END):
            continue  # a product or a heading after a button label, not something said
        known = lookup(label)
        if known is None and not label.isupper():
            continue  # "Note: ...", "Update: ...": a heading word, not a speaker
        turns.append((match.end(), label, known))
    if len(turns) < _MIN_TURNS:
        return []
    found: list[Quote] = []
    for quote_start, label, known in turns:
        end = next(e for s, e in paras if s <= quote_start <= e)
        quote_end = end
        while quote_end > quote_start and text[quote_end - 1].isspace():
            quote_end -= 1
        speaker = known or label.title()
        found.append(Quote(text=text[quote_start:quote_end], start=quote_start, end=quote_end, speaker=speaker,
                           speaker_mention=label, cue=None, kind="direct", sentence=text[quote_start:quote_end],
                           attribution="cue"))  # fmt: skip
    return found
