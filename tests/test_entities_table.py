"""The entities table: ranked rows, every mention exact, readable at 80 and 120 columns."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from newscli.models import Entity, Mention
from newscli.nlp.entities import extract_entities
from newscli.output.tables import entities_table

ARTICLE = """Dock workers strike over pay

Port Authority chief Helen Marsh said on Tuesday that the strike at the Port of Rotterdam would cost millions. \
Marsh, the authority's chief executive, met union leaders from the Dutch Transport Union (DTU) in Amsterdam.

The DTU said its members would stay out until Friday. Dutch Prime Minister Karel Visser called for talks, \
and Visser's office said the Netherlands would not intervene.
"""


@pytest.mark.model
def test_article_rows_are_exact_and_ranked(parse) -> None:  # type: ignore[no-untyped-def]
    rows = extract_entities(parse(ARTICLE))
    for row in rows:
        assert row.count == len(row.mentions) > 0
        for m in row.mentions:
            assert ARTICLE[m.start : m.end] == m.text
    by_name = {row.name: row for row in rows}
    assert by_name["Helen Marsh"].type == "person"
    assert by_name["Helen Marsh"].aliases == ("Marsh",)
    assert by_name["Karel Visser"].role == "Prime Minister"
    assert by_name["Dutch Transport Union"].type == "organization"
    assert "DTU" in by_name["Dutch Transport Union"].aliases
    assert by_name["Amsterdam"].type == "location"
    names = [row.name for row in rows]
    assert names.index("Helen Marsh") < names.index("Amsterdam")


def _render(width: int, show_all: bool = False) -> str:
    rows = [
        Entity("Maritime Self-Defense Force", "organization", ("MSDF",), None, 3, (Mention(0, 4, "MSDF"),)),
        Entity("Taro Kono", "person", ("Kono",), "Foreign Minister", 2, ()),
        Entity("Japanese", "misc", (), None, 5, ()),
    ]
    out = io.StringIO()
    Console(file=out, width=width, color_system=None).print(entities_table(rows, show_all=show_all))
    return out.getvalue()


@pytest.mark.parametrize("width", [80, 120])
def test_table_keeps_type_whole(width: int) -> None:
    text = _render(width)
    assert "organization" in text
    assert "Mentions" in text
    assert "Japanese" not in text  # misc only with --all
    assert max(len(line) for line in text.splitlines()) <= width


def test_table_all_shows_misc() -> None:
    assert "Japanese" in _render(80, show_all=True)


def test_photo_credits_make_no_rows(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The shelter sits under the old bank on Pine Street.\n\n"
        "The basement of the bank today. (Tomas Reyna/Getty Images)\n\n"
        "Walter Pensby, who runs the building, said few people visit. Brindle Bank sold it to Getty Images in 2019."
    )
    names = {e.name for e in extract_entities(parse(text))}
    assert "Tomas Reyna" not in names
    assert {"Walter Pensby", "Getty Images"} <= names  # named in the story too
