"""The quotes table: Speaker | Quote | Cue, readable at 80 and 120 columns, no markup from article text."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from newscli.models import Quote
from newscli.output.tables import QUOTE_CELL_CHARS, quotes_table

QUOTES = [
    Quote("could collapse within weeks without new [bold]guarantees[/bold].", 10, 70, "Lucia Moreno",
          "The Spanish finance minister", "according to", "partial"),
    Quote("This is a betrayal of every worker,", 80, 115, "Martin Okafor", "Okafor", "said"),
    Quote("We will never accept this,", 120, 146, None, "he", "said"),
    Quote("the strike would continue until Friday", 150, 188, "Martin Okafor", "he", "said", "indirect"),
    Quote("word " * 200, 200, 1200, None, None, None),
]  # fmt: skip


def render(width: int) -> str:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None).print(quotes_table(QUOTES))
    return out.getvalue()


@pytest.mark.parametrize("width", [80, 120])
def test_table_fits_the_width_and_keeps_cues_whole(width: int) -> None:
    text = render(width)
    assert max(len(line) for line in text.splitlines()) <= width
    assert "according to" in text  # the longest cue is never folded mid-word
    assert "[bold]guarantees[/bold]" in text  # article text is never read as markup


def test_speaker_cell_shows_the_name_and_the_words_the_article_used() -> None:
    speaker_cells = [line.split("│")[1].strip() for line in render(120).splitlines() if line.startswith("│")]
    assert speaker_cells[:3] == ["Lucia Moreno", "The Spanish finance", "minister"]
    assert "Okafor" not in speaker_cells  # the mention is part of the name: not repeated
    assert "(he)" in speaker_cells and "unknown" in speaker_cells  # unresolved: the article's words, never a guess


def test_direct_quotes_are_marked_indirect_ones_are_not_and_long_ones_are_cut() -> None:
    text = " ".join(render(120).split())
    assert "“This is a betrayal of every worker,”" in text
    assert "“the strike" not in text and "the strike would continue until Friday" in text
    assert "…" in text and text.count("word") < QUOTE_CELL_CHARS // 5 + 1
