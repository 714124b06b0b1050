"""Date expressions of the genre, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.dates import find_dates, year_period

PUBLISHED = date(2022, 6, 10)  # a Friday


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("talks on July 3-6, 2017 in Baku", date(2017, 7, 3), date(2017, 7, 6)),
        ("on 21\u201323 March 2020", date(2020, 3, 21), date(2020, 3, 23)),
        ("from 2 to 5 December 2019", date(2019, 12, 2), date(2019, 12, 5)),
        ("from April 4 to April 7", date(2022, 4, 4), date(2022, 4, 7)),
        ("from March 1, 2014, to February 28, 2015", date(2014, 3, 1), date(2015, 2, 28)),
        ("On August 30 in Yerevan", date(2022, 8, 30), None),
        ("on 9 May 2021", date(2021, 5, 9), None),
        ("today", PUBLISHED, None),
        ("The day before, experts met", date(2022, 6, 9), None),
        ("on Tuesday", date(2022, 6, 7), None),
    ],
)
def test_precise_dates(text: str, start: date, end: date | None) -> None:
    found = [d for d in find_dates(text, PUBLISHED) if d.is_precise]
    assert found, text
    assert (found[0].start, found[0].end) == (start, end)


@pytest.mark.parametrize("text", ["in February 2023", "in the autumn", "spring 2016", "in 2024"])
def test_vague_dates_invent_no_day(text: str) -> None:
    assert not [d for d in find_dates(text, PUBLISHED) if d.is_precise]


def test_day_without_year_and_no_publication_date_stays_unknown() -> None:
    assert not [d for d in find_dates("On August 30 in Yerevan", None) if d.is_precise]


def test_year_period_is_the_calendar_year() -> None:
    assert year_period(2022) == (date(2022, 1, 1), date(2022, 12, 31))
