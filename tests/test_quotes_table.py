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


def test_inferred_speakers_are_marked_for_checking_and_named_ones_are_not() -> None:
    rows = [
        Quote("The wall is cracked,", 0, 20, "Lena Vogt", "Vogt", "said", attribution="cue"),
        Quote("Nobody goes near it.", 22, 42, "Lena Vogt", None, None, attribution="running"),
        Quote("It could take all summer.", 44, 69, "Lena Vogt", "she", "added", attribution="pronoun"),
    ]
    out = io.StringIO()
    Console(file=out, width=100, color_system=None).print(quotes_table(rows))
    cells = [line.split("│")[1].strip() for line in out.getvalue().splitlines() if line.startswith("│")]
    assert cells[:5] == ["Lena Vogt", "Lena Vogt *", "(carried over)", "Lena Vogt *", "she"]
    assert "* speaker inferred" in out.getvalue()
    named_only = io.StringIO()
    Console(file=named_only, width=100, color_system=None).print(quotes_table(rows[:1]))
    assert "*" not in named_only.getvalue()  # no caption when nothing needs checking


def test_csv_and_tsv_carry_the_attribution() -> None:
    from newscli.models import Article, Report
    from newscli.output import Writer

    quote = Quote("Nobody goes near it.", 0, 20, "Lena Vogt", None, None, attribution="running")
    report = Report(id="p1", source="p1.txt", encoding="utf-8", article=Article(text="x"), quotes=(quote,))
    out = io.StringIO()
    writer = Writer(fmt="tsv", out=out, sections=("quotes",))
    writer.write(report)
    writer.close()
    header, row = (line.split("\t") for line in out.getvalue().splitlines())
    assert dict(zip(header, row, strict=True))["attribution"] == "running"


def test_an_unnamed_source_is_shown_as_the_article_describes_it_not_as_a_name() -> None:
    quote = Quote("We were told to keep quiet.", 0, 27, "former evening producer", "a former evening producer", "said",
                  attribution="unnamed")  # fmt: skip
    who = Quote("It was never true.", 30, 48, None, "who", "said")
    out = io.StringIO()
    Console(file=out, width=100, color_system=None).print(quotes_table([quote, who]))
    cells = [line.split("│")[1].strip() for line in out.getvalue().splitlines() if line.startswith("│")]
    assert "(a former evening" in cells[0]  # in brackets, in the article's words: nobody's name
    assert "*" not in cells[0]
    assert "unknown" in cells  # a bare "who" tells nothing
