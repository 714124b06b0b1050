"""Date expressions of the genre, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.dates import DAYS_AFTER, NEXT_DAY, SAME_DAY, find_dates, year_period

PUBLISHED = date(2022, 6, 10)  # a Friday


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("talks on July 3-6, 2017 in Baku", date(2017, 7, 3), date(2017, 7, 6)),
        ("on 21\u201323 March 2020", date(2020, 3, 21), date(2020, 3, 23)),
        ("from 2 to 5 December 2019", date(2019, 12, 2), date(2019, 12, 5)),
        ("from April 4 to April 7", date(2022, 4, 4), date(2022, 4, 7)),
        ("from March 1, 2014, to February 28, 2015", date(2014, 3, 1), date(2015, 2, 28)),
        ("Between 14 and 16 September, experts", date(2022, 9, 14), date(2022, 9, 16)),
        ("between November 8 and 9, 2018 in Riga", date(2018, 11, 8), date(2018, 11, 9)),
        ("from May 23 to 25", date(2022, 5, 23), date(2022, 5, 25)),
        ("between 2 April and 5 May 2021", date(2021, 4, 2), date(2021, 5, 5)),
        ("On August 30 in Yerevan", date(2022, 8, 30), None),
        ("on November 30 \u2013 December 1, 2021 in Minsk", date(2021, 11, 30), date(2021, 12, 1)),
        ("from 30 May - 2 June the experts", date(2022, 5, 30), date(2022, 6, 2)),
        ("December 30, 2020 - January 2, 2021", date(2020, 12, 30), date(2021, 1, 2)),
        ("On the 21st of May, on the sidelines", date(2022, 5, 21), None),
        ("On May 12 and 13, talks were held", date(2022, 5, 12), date(2022, 5, 13)),
        ("on 12 and 13 May 2021", date(2021, 5, 12), date(2021, 5, 13)),
        ("On April 5 through 7 the seminar", date(2022, 4, 5), date(2022, 4, 7)),
        ("On the 11th and 12th of July, talks", date(2022, 7, 11), date(2022, 7, 12)),
        ("From the 7th to the 9th of December, experts", date(2022, 12, 7), date(2022, 12, 9)),
        ("on 14th March 2019", date(2019, 3, 14), None),
        ("on 9 May 2021", date(2021, 5, 9), None),
        ("today", PUBLISHED, None),
        ("The day before, experts met", date(2022, 6, 9), None),
        ("on Tuesday", date(2022, 6, 7), None),
        ("On Tuesday and Wednesday, the heads of the police met", date(2022, 6, 7), date(2022, 6, 8)),
        ("on Thursday and Friday", date(2022, 6, 9), date(2022, 6, 10)),
        ("On 12.03.2021, in Moscow, the Ministers met", date(2021, 3, 12), None),
        ("talks held on 05.10.2019 in Baku", date(2019, 10, 5), None),
        ("On the 3rd, the delegation met", date(2022, 6, 3), None),  # of the release's month
        ("The next day, the 11th, the guests", date(2022, 6, 11), None),
        ("the conference held in Kazan on the 3rd-5th of June", date(2022, 6, 3), date(2022, 6, 5)),
        ("on the 21st\u201323rd of May 2018", date(2018, 5, 21), date(2018, 5, 23)),
        # months abbreviated as news agencies write them
        ("On Sept. 9-10, 2016, in Astana", date(2016, 9, 9), date(2016, 9, 10)),
        ("from Oct. 3 to Oct. 5 the experts", date(2022, 10, 3), date(2022, 10, 5)),
        ("signed on 5 Dec. 2019 in Minsk", date(2019, 12, 5), None),
        ("Feb. 14, 2013, Rome", date(2013, 2, 14), None),
    ],
)
def test_precise_dates(text: str, start: date, end: date | None) -> None:
    found = [d for d in find_dates(text, PUBLISHED) if d.is_precise]
    assert found, text
    assert (found[0].start, found[0].end) == (start, end)


@pytest.mark.parametrize("text", ["in February 2023", "in the autumn", "spring 2016", "in 2024"])
def test_vague_dates_invent_no_day(text: str) -> None:
    assert not [d for d in find_dates(text, PUBLISHED) if d.is_precise]


def test_between_two_numbers_that_are_not_days_is_no_range() -> None:
    found = find_dates("between 20 and 30 officers arrived on 3 June", PUBLISHED)
    assert [(d.kind, d.start, d.end) for d in found] == [("day", date(2022, 6, 3), None)]


def test_day_without_year_and_no_publication_date_stays_unknown() -> None:
    assert not [d for d in find_dates("On August 30 in Yerevan", None) if d.is_precise]


@pytest.mark.parametrize(("text", "start"), [
    ("On October 23, the delegation held a meeting", date(2012, 10, 23)),
    ("On January 3, the talks resumed", date(2013, 1, 3)),  # the occurrence nearest the anchor, across new year
    ("On Tuesday, the talks resumed", None),  # a weekday needs the release's own date
    ("Today, the talks resumed", None),
])
def test_without_a_publication_date_a_day_without_a_year_is_the_one_nearest_the_anchor(text: str,
                                                                                      start: date | None) -> None:
    found = find_dates(text, None, year_anchor=date(2012, 12, 22))
    assert [d.start for d in found] == [start]


def test_year_period_is_the_calendar_year() -> None:
    assert year_period(2022) == (date(2022, 1, 1), date(2022, 12, 31))


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        ("On December 30, the ministers met in Minsk", date(2017, 1, 2), date(2016, 12, 30), None),
        ("On 29\u201331 December, Sochi hosted the session", date(2024, 1, 1), date(2023, 12, 29),
         date(2023, 12, 31)),
        ("the next meeting will be held on January 15", date(2016, 12, 20), date(2017, 1, 15), None),
        ("On June 30 the delegation arrived", date(2017, 1, 2), date(2017, 6, 30), None),  # within six months
        ("On February 29 the talks ended", date(2021, 1, 3), None, None),  # no such day in 2021 or 2020's pick
    ],
)
def test_a_day_without_a_year_is_the_occurrence_nearest_the_release(
    text: str, published: date, start: date | None, end: date | None
) -> None:
    found = [d for d in find_dates(text, published) if d.kind in ("day", "range")]
    assert found
    assert (found[0].start, found[0].end) == (start, end)


def test_next_weekday_is_the_first_one_after_the_release() -> None:
    [tuesday] = find_dates("They will meet next Tuesday.", date(2026, 3, 18))  # a Wednesday
    assert tuesday.start == date(2026, 3, 24)
    [friday] = find_dates("next Friday", date(2026, 3, 20))  # a Friday: the one a week on
    assert friday.start == date(2026, 3, 27)


def test_last_weekday_is_the_one_before_the_release() -> None:
    [friday] = find_dates("The dates were agreed last Friday.", date(2021, 2, 24))  # a Wednesday
    assert friday.start == date(2021, 2, 19)
    [monday] = find_dates("They spoke last Monday.", date(2021, 2, 22))  # a Monday: the one a week before
    assert monday.start == date(2021, 2, 15)
    assert not [d for d in find_dates("on the last Friday of March", date(2021, 2, 22)) if d.kind == "weekday"]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("The visit will last from Tuesday, February 27, to Friday, March 1.", date(2024, 2, 27), date(2024, 3, 1)),
    ("It will run from Monday, 9 October, to Wednesday, 11 October 2017.", date(2017, 10, 9), date(2017, 10, 11)),
])
def test_a_range_whose_days_follow_their_weekdays_is_one_range(text: str, start: date, end: date) -> None:
    found = find_dates(text, date(2024, 2, 21))
    assert [(d.kind, d.start, d.end) for d in found] == [("range", start, end)]


def test_a_weekday_an_event_is_scheduled_for_is_that_day() -> None:
    [tuesday] = find_dates("The talks are scheduled for Tuesday at the Ministry.", date(2021, 9, 3))  # a Friday
    assert tuesday.start == date(2021, 8, 31)  # (the extractor moves a planned one to the Tuesday to come)
    assert not find_dates("a plan for Tuesday", date(2021, 9, 3))


def test_a_weekday_named_as_the_subject_of_a_day_s_programme() -> None:
    found = [d.start for d in find_dates("Thursday was devoted to the University.", date(2018, 10, 12))]
    assert found == [date(2018, 10, 11)]
    assert not [d for d in find_dates("Thursday's talks were long.", date(2018, 10, 12)) if d.start]


def test_next_tuesday_and_wednesday_are_the_two_days_to_come() -> None:
    found = find_dates("Next Tuesday and Wednesday, Lima will host the meeting.", date(2024, 3, 14))
    assert [(d.start, d.end) for d in found] == [(date(2024, 3, 19), date(2024, 3, 20))]


@pytest.mark.parametrize("words", [*SAME_DAY, *NEXT_DAY])
def test_the_day_of_the_event_told_before_is_no_date_of_its_own(words: str) -> None:
    # the extractor dates such an event from the one told before; the release's date would be wrong
    found = find_dates(f"{words.capitalize()}, the delegation visited the Academy.", PUBLISHED)
    assert [(m.relative, m.start) for m in found] == [(words, None)]


@pytest.mark.parametrize(("text", "day"), [
    ("A visit on August 2nd. On the 4th, the last day of the visit, they met", date(2022, 8, 4)),
    ("From the 14th to the 25th of November 2021 a course ran. The ceremony on the 25th closed it",
     date(2021, 11, 25)),
    ("They met on 28.02.2020; on the 29th the experts met", date(2020, 2, 29)),
])
def test_an_ordinal_day_alone_is_in_the_month_the_text_told_last(text: str, day: date) -> None:
    assert [d.start for d in find_dates(text, PUBLISHED) if d.is_precise][-1] == day


def test_an_ordinal_day_alone_takes_the_month_told_before_the_text() -> None:
    found = find_dates("On the 16th, a meeting is planned", PUBLISHED, month_told=date(2024, 5, 17))
    assert [d.start for d in found] == [date(2024, 5, 16)]


@pytest.mark.parametrize("text", ["the 1st Deputy Minister of Internal Affairs", "on the 25th anniversary of",
                                  "at the 12th International Police Conference", "for the 5th time",
                                  "on 31.02.2021", "on the 3rd-4th of"])
def test_ordinals_and_figures_that_name_no_day(text: str) -> None:
    assert not [d for d in find_dates(text, PUBLISHED) if d.is_precise]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("on 1 December last year", date(2021, 12, 1), None),  # (the nearest 1 December is this year's)
    ("on the 2nd of June of last year", date(2021, 6, 2), None),
    ("on 1-3 December last year", date(2021, 12, 1), date(2021, 12, 3)),
    ("on 5 January next year", date(2023, 1, 5), None),
    ("on December 15 this year", date(2022, 12, 15), None),  # (the nearest is last year's)
])
def test_a_day_said_to_be_of_last_or_next_year_is_in_that_year(text: str, start: date, end: date | None) -> None:
    assert [(d.start, d.end) for d in find_dates(text, PUBLISHED)] == [(start, end)]


@pytest.mark.parametrize(("words", "days"), [("two days later", 2), ("a day later", 1), ("the next day", 1)])
def test_days_after_the_event_told_before(words: str, days: int) -> None:
    assert DAYS_AFTER[words] == days
    assert [(m.relative, m.start) for m in find_dates(f"{words.capitalize()}, they met.", PUBLISHED)] == [(words, None)]


def test_a_weekday_of_last_year_is_not_moved_by_a_year() -> None:
    assert [d.start for d in find_dates("on Tuesday last year", PUBLISHED)] == [date(2022, 6, 7)]


def test_since_a_day_without_its_year_is_the_one_before_the_release() -> None:
    since, after = find_dates("Belarus has chaired it since 1 March, and the next meeting is on 1 March.",
                              date(2024, 11, 20))
    assert (since.start, after.start) == (date(2024, 3, 1), date(2025, 3, 1))


@pytest.mark.parametrize("text", ["On Monday, December 26, they met.", "On Monday, 26 December, they met.",
                                  "On Monday, the 26 December, they met."])
def test_a_weekday_with_its_date_is_the_day_the_date_says(text: str) -> None:
    found = find_dates(text, date(2017, 1, 12))
    assert [(d.start, d.begin) for d in found] == [(date(2016, 12, 26), 0)]
