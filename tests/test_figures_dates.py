"""Dates, model-free: absolute forms, relative forms against a published date, impossible days."""

from __future__ import annotations

from datetime import date

import pytest

from newscli.nlp.figures.dates import NO_SUCH_DAY, find_dates

PUBLISHED = date(2019, 3, 10)


def dates(text: str) -> list[tuple[str, float, str]]:
    return [(text[d.start : d.end], d.value, d.unit) for d in find_dates(text, PUBLISHED, lambda _: None)]


@pytest.mark.parametrize(
    "text",
    [
        "The council met on 2018-02-30 to vote.",
        "The council met on 2019-02-29 to vote.",  # 2019 is no leap year
        "The council met on 31 April 2018 to vote.",
        "The council met on June 31, 2017 to vote.",
        "The council met on 11/31/2016 to vote.",
        "The council met on the 30th of February, 2018 to vote.",
        "The council will meet on February 30 to vote.",
    ],
)
def test_a_day_that_does_not_exist_is_no_date(text: str) -> None:
    found = dates(text)
    assert len(found) == 1 and found[0][2] == NO_SUCH_DAY, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council met on 2020-02-29 to vote.", 20200229.0),
        ("The council met on 29 February 2000 to vote.", 20000229.0),
        ("The council met on April 30, 2018 to vote.", 20180430.0),
        ("The council met on 12/31/2016 to vote.", 20161231.0),
    ],
)
def test_the_last_day_of_a_month_is_a_date(text: str, value: float) -> None:
    assert [(v, u) for _, v, u in dates(text)] == [(value, "day")]
