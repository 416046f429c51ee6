"""Publication dates as pages write them, read into ISO 8601; nothing rather than a wrong day."""

from __future__ import annotations

import pytest

from newscli.extract.dates import find_date, parse_date
from newscli.extract.text.dates import find_any_date


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2021-07-14T08:05:09+02:00", "2021-07-14T08:05:09+02:00"),
        ("Sept. 9, 2021 at 3:15 p.m.", "2021-09-09T15:15"),
        ("the 4th of March 2020", "2020-03-04"),
        ("14.07.2021", "2021-07-14"),
        ("20210714T0805", "2021-07-14T08:05"),
        ("Feb 29, 2024", "2024-02-29"),  # a leap year
        ("Nov 3 20217:45 AM", "2021-11-03"),  # a year glued to the time by the scraper
    ],
)
def test_dates_pages_write(value: str, iso: str) -> None:
    assert parse_date(value) == iso


@pytest.mark.parametrize(
    "value",
    [
        "2021-02-30",  # February has no 30th
        "Feb 29, 2023",  # nor a 29th in a common year
        "2021-04-31T10:00",
        "31.06.2021",
        "32019110305",  # an id in a "date" field: no date hides inside a longer number
        "12021-07-14",
        "July 14, 20215",
    ],
)
def test_impossible_days_and_longer_numbers_are_no_dates(value: str) -> None:
    assert parse_date(value) is None
    assert find_date(value) is None
    assert find_any_date(value) is None


def test_an_impossible_day_does_not_hide_the_real_date_after_it() -> None:
    assert parse_date("was 2021-02-30, now 2021-03-02") == "2021-03-02"
    assert find_date("was 2021-02-30, now 2021-03-02") == ("2021-03-02", 20, 30)


@pytest.mark.parametrize(
    "value",
    ["30 de fevereiro de 2021", "31/04/2021", "29. Februar 2023", "14/06/20215"],
)
def test_other_languages_and_day_first_numbers_check_the_day_too(value: str) -> None:
    assert find_any_date(value) is None


def test_other_languages_and_day_first_numbers() -> None:
    assert find_any_date("Atualizado em 28 de fevereiro de 2021 às 9h30") == ("2021-02-28T09:30", 14, 45)
    assert find_any_date("14/06/2021") == ("2021-06-14", 0, 10)
