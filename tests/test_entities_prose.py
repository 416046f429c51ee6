"""Rows come from the article's prose: credits, contact lines and degrees make none."""

from __future__ import annotations

import pytest

from newscli.nlp.entities import extract_entities

pytestmark = pytest.mark.model

_BODY = (
    "The council in Dunmore voted on Tuesday to close the old bridge, Mayor Ada Quinn said. "
    "Repairs would cost more than a new crossing, she added.\n\n"
)


@pytest.mark.parametrize(
    "credit",
    [
        "Reporting was contributed by Julia Marsh, Tom Okafor and Lena Brandt.",
        "(Reporting by Julia Marsh; Editing by Tom Okafor)",
        "Julia Marsh may be reached at jmarsh@example.com. Follow her on Twitter @jmarsh.",
        "Tom Okafor contributed reporting.",
    ],
)
def test_credit_and_contact_lines_make_no_rows(parse, credit: str) -> None:  # type: ignore[no-untyped-def]
    names = {e.name for e in extract_entities(parse(_BODY + credit))}
    assert "Ada Quinn" in names
    assert not names & {"Julia Marsh", "Tom Okafor", "Lena Brandt", "Twitter"}


def test_a_credit_confirms_nothing_the_body_does_not_name(parse) -> None:  # type: ignore[no-untyped-def]
    text = _BODY + "Lena Brandt, a council engineer, said the bridge was unsafe.\n\nLena Brandt contributed reporting."
    rows = {e.name: e for e in extract_entities(parse(text))}
    assert rows["Lena Brandt"].type == "person"


def test_degrees_after_a_name_are_not_places(parse) -> None:  # type: ignore[no-untyped-def]
    text = '"The results are striking," says Hana Berger, MD, PhD, who led the trial in Boston.'
    names = {e.name for e in extract_entities(parse(text))}
    assert "Hana Berger" in names
    assert not names & {"MD", "PhD"}
