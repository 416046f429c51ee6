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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forecast looks forward, and a weekday after a coming one in the same sentence comes too
        ("Forecasters expect heavy rain on Saturday, with winds easing by Sunday.", [20240608.0, 20240609.0]),
        ("The outlook for the weekend: showers Saturday and sunshine Sunday.", [20240608.0, 20240609.0]),
        ("The museum opens Sunday after a long refit.", [20240609.0]),
        ("Police say the man died Saturday.", [20240601.0]),  # a report of the past
        ("He has been in hospital since Monday.", [20240603.0]),
        ("Voters go to the polls on Nov. 2 in a tight race.", [20241102.0]),
        # an infinitive under a past verb does not look forward; under a present one it does
        ("The union had promised to walk out over the dispute Thursday.", [20240606.0]),
        ("The board was expected to vote on Monday.", [20240603.0]),
        ("The board is expected to vote on Monday.", [20240610.0]),
        # any such day is no day on the calendar; a month of the article's own is this year's
        ("Fares are cheaper if you book on a Tuesday, Wednesday or Sunday.", []),
        ("Prices rose 3% in June after falling in May.", [202406.0, 202405.0]),
        # a weekday with a numeric date that gives its year in two digits
        ("The email described what happened on Tuesday, 11/17/15, at the school.", [20151117.0]),
        # a passage anchored in a year keeps its months there; a new paragraph starts afresh
        (
            "In 2020 the virus spread fast. In May, wards filled up, and by July they were full.\n\nIn May, the new "
            "wing opened.",
            [2020.0, 202005.0, 202007.0, 202405.0],
        ),
    ],
)
def test_dates_follow_tense_and_the_articles_timeline(parse, text: str, expected: list[float]) -> None:  # type: ignore[no-untyped-def]
    from newscli.nlp.figures import extract_figures

    found = sorted(
        (f for f in extract_figures(parse(text), "2024-06-07T09:00") if f.kind == "date"), key=lambda f: f.start
    )
    assert [f.value for f in found] == expected
