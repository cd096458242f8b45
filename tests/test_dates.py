"""Dates and times as metadata fields give them, read as ISO dates and moments in UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compare.dates import (
    at_one_precision,
    date_field,
    in_date_order,
    in_zone,
    parse_date,
    time_field,
    time_zone,
    unzoned_clock,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-14", "2025-01-14"),
        ("2025-01-14T08:00:00+02:00", "2025-01-14"),
        ("14 January 2025", "2025-01-14"),
        ("03.08.14", "2014-08-03"),
        pytest.param("Tue, 14 Jan 2025 08:00:00 GMT", "2025-01-14", id="rss_pub_date"),
        pytest.param("Jan. 14, 2025, 8:00 a.m. EST", "2025-01-14", id="ap_style"),
        pytest.param("Sept. 3, 2024", "2024-09-03", id="ap_september"),
        pytest.param("Tuesday, January 14 2025 at 08:00", "2025-01-14", id="weekday_no_comma"),
        pytest.param("14th of January 2025", "2025-01-14", id="ordinal_day"),
        pytest.param("2025-01-14 at 08:00", "2025-01-14", id="iso_at_time"),
        pytest.param("14 janvier 2025 à 8h", "2025-01-14", id="french_hour"),
        pytest.param("14 janvier 2025, 8 h 30", "2025-01-14", id="french_time"),
        pytest.param("14. Januar 2025, 08:00 Uhr", "2025-01-14", id="german_time"),
        pytest.param("14. Januar 2025 um 8 Uhr", "2025-01-14", id="german_hour"),
        pytest.param("14.01.2025, 10:15 Uhr", "2025-01-14", id="dotted_with_a_time"),
        pytest.param("31.02.2025, 10:15 Uhr", None, id="dotted_no_such_day"),
        pytest.param("14 de enero de 2025 a las 8:00", "2025-01-14", id="spanish_time"),
        pytest.param("14 gennaio 2025 alle 8:00", "2025-01-14", id="italian_time"),
        pytest.param("14 gennaio 2025 ore 8:00", "2025-01-14", id="italian_ore"),
        pytest.param("5 dic. 2026", "2026-12-05", id="spanish_month_cut_short"),
        pytest.param("05 dic 2026 - 10:15", "2026-12-05", id="spanish_dash_before_the_time"),
        pytest.param("05 dez 2026 às 10:15", "2026-12-05", id="portuguese_month_cut_short"),
        pytest.param("5 déc. 2026", "2026-12-05", id="french_month_cut_short"),
        pytest.param("5. Okt. 2026", "2026-10-05", id="german_month_cut_short"),
        pytest.param("5 jui 2026", None, id="june_or_july_cut_too_short"),
        pytest.param("05 dic 2026 - 10 vecinos", None, id="prose_after_a_dash"),
        pytest.param("2025\u5e741\u670814\u65e5 8\u664230\u5206", "2025-01-14", id="japanese_time"),
        pytest.param("2025\u5e741\u670814\u65e5 8\u65f6", "2025-01-14", id="chinese_hour"),
        pytest.param("2025/01/14 08:00", "2025-01-14", id="year_first_slashed_with_a_time"),
        pytest.param("2025/1/14", "2025-01-14", id="year_first_slashed"),
        pytest.param("2025/02/30 08:00", None, id="year_first_slashed_no_such_day"),
        pytest.param("January 14, 2025 8 hours later", None, id="prose_after_an_hour"),
        pytest.param("Feb 30, 2024", None, id="no_such_day"),
        pytest.param("Mayday 1, 2024", None, id="no_such_month"),
        pytest.param("03/04/2024", None, id="day_or_month_first"),
        pytest.param("03/04/2024 9:30 a.m.", None, id="day_or_month_first_at_an_english_time"),
        pytest.param("05/12/2026 10:15 h", "2026-12-05", id="slashed_day_first_at_10_15_h"),
        pytest.param("05/12/2026 à 10h15", "2026-12-05", id="slashed_day_first_a_10h15"),
        pytest.param("05-12-2026, 10:15 Uhr", "2026-12-05", id="hyphened_day_first_10_15_uhr"),
        pytest.param("05/12/2026 a las 10:15", "2026-12-05", id="slashed_day_first_a_las"),
        pytest.param("05/14/2026 10:15 h", "2026-05-14", id="slashed_month_first_whatever_h"),
        pytest.param("5 de diciembre de 2026, 10:15 h", "2026-12-05", id="spanish_10_15_h"),
        pytest.param("5 décembre 2026 à 10h15", "2026-12-05", id="french_a_10h15"),
        pytest.param("January 14, 2025 and later", None, id="prose_after"),
        pytest.param("April 1, 2024, at 10:15 a.m., police said.", None, id="prose_after_a_time"),
        pytest.param("Sunshine 3 Mar 2024", None, id="no_weekday"),
        pytest.param("March 5, 2024 25:99", None, id="no_such_time"),
        ("last week", None),
        ("", None),
    ],
)
def test_dates_become_iso(value: str, expected: str | None) -> None:
    """Common date spellings become ISO dates; anything else is unknown, not a guess."""
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("05/03/2025 10:15", "2025-03-05", id="day_first"),
        pytest.param("05-03-2025", "2025-03-05", id="hyphened_day_first"),
        pytest.param("03/13/2025", "2025-03-13", id="a_day_over_12_stays_the_day"),
        pytest.param("5 de marzo de 2025", "2025-03-05", id="a_months_name"),
        pytest.param("2025/03/05", "2025-03-05", id="year_first"),
    ],
)
def test_a_text_that_writes_the_day_first_reads_slashed_dates_so(value: str, expected: str) -> None:
    """In a text whose language writes the day before the month (any but English) a slashed
    date either order reads is read day first: "05/03/2025" is 5 March in a Spanish paper. A
    number over 12 is the day whatever the order, and other spellings say their order."""
    assert parse_date(value, day_first=True) == expected


@given(
    moment=st.datetimes(min_value=datetime(1980, 1, 1), max_value=datetime(2100, 12, 31)),
    offset=st.integers(min_value=-14 * 4, max_value=14 * 4),
)
def test_a_zoned_iso_time_gives_its_own_day_and_its_moment_in_utc(
    moment: datetime, offset: int
) -> None:
    """An ISO time with an offset is dated by the day it gives, and timed by the same moment in
    UTC, which is another day when the offset crosses midnight."""
    zoned = moment.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=15 * offset)))
    written = zoned.isoformat()
    assert date_field(written) == zoned.date().isoformat()
    assert time_field(written) == zoned.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("14:30, 12 March 2026", "14:30", id="a_date_line_time_first"),
        pytest.param("March 12, 2026 2:30 p.m.", "14:30", id="a_written_date_and_time"),
        pytest.param("2026-03-12T07:15:00", "07:15", id="an_iso_time"),
        pytest.param("12.03.2026, 14:30 Uhr", "14:30", id="a_german_date_and_time"),
        pytest.param("12 March 2026 14:30 GMT", None, id="a_time_with_its_zone"),
        pytest.param("2026-03-12T14:30:00Z", None, id="an_iso_time_in_utc"),
        pytest.param("12 March 2026", None, id="a_day_alone"),
        pytest.param("2026-03-12T00:00:00", None, id="a_day_written_as_midnight"),
    ],
)
def test_a_time_without_its_zone_is_told_apart(value: str, expected: str | None) -> None:
    """A publication time of day that names no zone is told apart from a day alone and from a
    time with its zone, and read as the clock showed it, so a run can say it was set aside and
    a report can show it."""
    assert unzoned_clock(value) == expected


@pytest.mark.parametrize(
    ("a", "b", "ordered"),
    [
        pytest.param("1931-06", "1931-06-12", None, id="month_and_its_day"),
        pytest.param("1931-05", "1931-06-01", "a", id="month_before"),
        pytest.param("1931-07", "1931-06-30", "b", id="month_after"),
        pytest.param("1931", "1931-12-31", None, id="year_and_its_day"),
        pytest.param("1930", "1931-01", "a", id="year_before"),
    ],
)
def test_a_month_alone_is_neither_before_nor_after_its_own_days(
    a: str, b: str, ordered: str | None
) -> None:
    """Two dates compare at the coarser one's precision: a weekly's June issue may have run a
    story before or after a daily's June 12 edition, but came after May's and before July's."""
    first, second = at_one_precision(a, b)
    found = None if first == second else ("a" if first < second else "b")
    assert found == ordered


def test_a_month_alone_sorts_after_its_days_and_before_the_next_month() -> None:
    """In a story's order, a date of a month alone goes after that month's days, as a day
    alone goes after that day's times, and before the next month's."""
    dates = ["1931-07-01", "1931-06", "1931-06-30", "1931-05-31", "1930"]
    assert sorted(dates, key=in_date_order) == [
        "1930",
        "1931-05-31",
        "1931-06-30",
        "1931-06",
        "1931-07-01",
    ]


@pytest.mark.parametrize(
    ("name", "local", "expected"),
    [
        pytest.param(
            "+08:00", "2026-03-14T12:00:00", ("2026-03-14T04:00:00Z", "+08:00"), id="offset"
        ),
        pytest.param(
            "UTC+8", "2026-03-14T12:00:00", ("2026-03-14T04:00:00Z", "+08:00"), id="utc_plus"
        ),
        pytest.param(
            "-0530", "2026-03-14T12:00:00", ("2026-03-14T17:30:00Z", "-05:30"), id="no_colon"
        ),
        pytest.param(
            "Asia/Taipei", "2026-03-14T12:00:00", ("2026-03-14T04:00:00Z", "+08:00"), id="zone_name"
        ),
        pytest.param(
            "Europe/Riga",
            "2026-07-14T12:00:00",
            ("2026-07-14T09:00:00Z", "+03:00"),
            id="summer_time",
        ),
    ],
)
def test_a_named_zone_reads_a_time_given_without_one(
    name: str, local: str, expected: tuple[str, str]
) -> None:
    """A zone a user names for a crawler's times, as an offset or by its name in the time zone
    database, reads a wall clock's time given without a zone as a moment in UTC and the
    offset then, summer time by the date."""
    assert in_zone(local, time_zone(name)) == expected


@pytest.mark.parametrize("name", ["Mars/Olympus", "+25:00", "", "eight"])
def test_a_zone_no_one_can_read_is_refused_with_what_is_accepted(name: str) -> None:
    """A zone's name the database lacks, an offset of a day or more, or no name, is refused
    with a message that says what may be given."""
    with pytest.raises(ValueError, match=r"give an offset from UTC, such as \+08:00"):
        time_zone(name)
