"""Publication dates and times as articles and feeds write them, read into ISO dates and UTC times.

A date is kept as the article gives it (``2024-04-01``): the day its readers saw on it. A time is
kept only with its time zone, in UTC (``2024-04-01T08:30:00Z``), so that two outlets' times can be
compared; as text, UTC times sort in the order they happened. A feed's time without a zone is kept
apart (``2024-04-01T09:30:00``), comparable only with that feed's other times.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC_TIME = "%Y-%m-%dT%H:%M:%SZ"
LOCAL_TIME = "%Y-%m-%dT%H:%M:%S"
# A publication time without a zone at midnight ("2025-06-12T00:00:00"): content systems write a
# day alone so, and no feed's clock orders anything by it.
MIDNIGHT = "T00:00:00"
# A number as a date is a Unix time, in milliseconds when it is this large.
MILLISECOND_TIMES = 10**11
# A Unix time before 1971 (1971-01-01T00:00:00Z) is a content system's "no date" near Unix time 0,
# or a date written in another way and read as seconds: 20250314, the day in eight digits, is
# 1970-08-23. No feed dates an article it still carries so early.
FIRST_UNIX_TIME = 31_536_000
# A day written as eight digits (YYYYMMDD), as a number as GDELT's exports give it.
DAY_NUMBERS = range(10**7, 10**8)
# Day-first dates with a four-digit year, and perhaps a time, are DOTTED_DATE's.
NUMERIC_DATE_FORMATS = ("%d.%m.%y",)
# The months' names in English (first), French, Spanish, Portuguese, Italian, German, Russian (in
# the genitive, as a date writes them: "15 декабря"; with "e" for "yo", as normalised text has it)
# and Hindi (in its common spellings, with the nukta or without it, a nasal as a dot or a letter:
# "फ़रवरी", "फरवरी"; "सितंबर", "सितम्बर").
MONTHS = (
    ("january", "janvier", "enero", "janeiro", "gennaio", "januar", "jänner", "января", "जनवरी"),
    ("february", "février", "febrero", "fevereiro", "febbraio", "februar", "февраля", "फ़रवरी", "फरवरी"),
    ("march", "mars", "marzo", "março", "märz", "марта", "मार्च"),
    ("april", "avril", "abril", "aprile", "апреля", "अप्रैल", "अप्रेल"),
    ("may", "mai", "mayo", "maio", "maggio", "мая", "मई"),
    ("june", "juin", "junio", "junho", "giugno", "juni", "июня", "जून"),
    ("july", "juillet", "julio", "julho", "luglio", "juli", "июля", "जुलाई"),
    ("august", "août", "agosto", "августа", "अगस्त"),
    ("september", "septembre", "septiembre", "setiembre", "setembro", "settembre", "сентября", "सितंबर", "सितम्बर"),
    ("october", "octobre", "octubre", "outubro", "ottobre", "oktober", "октября", "अक्टूबर", "अक्तूबर"),
    ("november", "novembre", "noviembre", "novembro", "ноября", "नवंबर", "नवम्बर"),
    ("december", "décembre", "diciembre", "dezembro", "dicembre", "dezember", "декабря", "दिसंबर", "दिसम्बर"),
)  # fmt: skip
# A month's name is cut short to three letters at the least ("Sep", not "Se").
MONTH_LETTERS = 3
# The months' names cut short, as wires date their copy: in English ("Sept."), and in Spanish and
# Italian where English cuts them otherwise ("14 may (EFE)", "ROMA, 14 MAG -").
MONTH_SHORT_FORMS = (
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "ene", "abr", "ago", "dic", "gen", "mag", "giu", "lug", "set", "ott",
)  # fmt: skip
# A month's name in full in a language of MONTHS, or cut short, perhaps with a full stop; a
# whole word ("mayor" is none).
MONTH_NAME = "(?:{})\\.?(?![^\\W\\d_])".format(
    "|".join(sorted({*MONTH_SHORT_FORMS, *(name for names in MONTHS for name in names)}))
)
# A wire dateline's date: a day and a month's name either way round, in any case ("14 may",
# "14 MAG", "May 14").
DATELINE_DATE = rf"(?i:\d{{1,2}}\s+{MONTH_NAME}|{MONTH_NAME}\s+\d{{1,2}}(?!\d))"
# A time of day after a date, and its time zone: "9:30", "09:30:00 GMT", "9 a.m. EDT",
# "9.30pm", "09:30 +0100", "10h30", "10:30 Uhr", "10 Uhr", "10:30 h". Nothing else may follow:
# "April 1, 2024, at 10:15 a.m., police said the port had reopened." is a sentence, not a date.
TIME_OF_DAY = (
    r"(?P<hour>[01]?\d|2[0-3])"
    r"(?:(?:[:.]|\s?h\s?)(?P<minute>[0-5]\d)(?:[:.](?P<second>[0-5]\d)(?:[.,]\d+)?)?"
    r"(?:\s*(?P<meridiem>[ap])\.?m\.?|\s*uhr|\s?h\b)?"
    r"|\s*(?P<meridiem_alone>[ap])\.?m\.?|\s?h\b|\s*uhr\b)"
    r"(?:\s*(?:\((?P<zone_in_brackets>[A-Z]{2,5})\)|(?P<zone>Z|[+-]\d{2}:?[0-5]\d|[A-Z]{2,5})))?"
)
# The word that may come between a date and its time: "at", "à", "a las", "alle", "às", "um",
# "ore" ("14 maggio 2024 ore 09:30").
AT = r"(?:(?:at|à|a\s+las|a\s+la|alle(?:\s+ore)?|ore|às|um)\s+)?"
# What stands between a date and its time: a comma or a space, or a web page's middle dot, bullet
# or bar ("March 3, 2025 \u00b7 9:40 p.m."), or a dash before a clock's time, then perhaps AT.
# What a web page sets between the fields of a line: "By Ann Lee | April 1, 2024 \u00b7 9:40 p.m.".
FIELD_MARKS = "|\u00b7\u2022"
# Spanish pages set a dash before a clock's time: "05 dic 2026 - 10:15".
BEFORE_TIME = rf"(?:,?\s+|\s+[{FIELD_MARKS}]\s+|\s+[-\u2013]\s+(?=\d{{1,2}}:\d{{2}})){AT}"
# A time of day before its date, as AP and CNN write it: "9:40 a.m. EDT, May 14, 2024", "9.40am
# BST 14 May 2024". The date starts with a word, or a day and a word: a zone is no month.
TIME_FIRST = re.compile(
    rf"(?P<time>{TIME_OF_DAY})(?:,\s*|\s+)(?P<date>(?:\d{{1,2}}\S*\s+)?[^\W\d_].*)", re.IGNORECASE
)
# Hours of a morning or an afternoon: "12 a.m." is midnight.
MERIDIEM_HOURS = 12
# The time zones news copy names by letters, as hours from UTC: the world's UTC, the United
# States' and Europe's (in English and German), Moscow's and East Asia's ("CST" is the United
# States' Central time). Other letters ("IST", India's or Ireland's) give the date without its
# time.
ZONE_HOURS = {
    "Z": 0, "UTC": 0, "GMT": 0, "UT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
    "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "BST": 1, "CET": 1, "CEST": 2, "EET": 2,
    "EEST": 3, "MEZ": 1, "MESZ": 2, "MSK": 3, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
}  # fmt: skip
# The United States' zones named without the season ("6:10 p.m. ET", as AP writes it): standard
# or daylight time by the date, as the system's time zone database has it.
ZONE_REGIONS = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}  # fmt: skip
# What JavaScript's Date.toString() adds to a date after the offset: the zone's name in brackets
# ("Tue May 14 2024 20:05:00 GMT-0400 (Eastern Daylight Time)").
SCRIPT_ZONE_NAME = re.compile(r"\s*\([A-Za-z ]+ Time\)\Z")
# A zone written as hours, perhaps with minutes, from GMT or UTC: "GMT+1", "UTC-5", "GMT+01:00",
# "UTC+05:30", JavaScript's "GMT-0400".
OFFSET_FROM_UTC = re.compile(
    r"\b(?:GMT|UTC)\s?(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>[0-5]\d))?\b", re.IGNORECASE
)
# Weekdays in English, and written in full in French, Spanish, Italian and German.
WEEKDAY = (
    r"(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday"
    r"|sat|saturday|sun|sunday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
)
WEEKDAY_ALONE = re.compile(rf"{WEEKDAY}\.?,?", re.IGNORECASE)
# What stands between a day and its month's name after it: an ordinal's ending or a full stop, and
# a word for "of" ("1st of April", "1er mars", "12. März", "12 de marzo").
DAY_BEFORE_MONTH = r"(?:st|nd|rd|th|er|º|°|\.)?\s+(?:(?:of|de)\s+)?"
# A date as articles and feeds write it: an ISO date, or a month's name (or its abbreviation, with
# or without a full stop) with a day and a year, after any weekday and before any time of day:
# "Mon, 01 Apr 2024 09:30:00 GMT" (RSS), "Sept. 3, 2024, 9:30 a.m. EDT" (AP), "1st April 2024".
ISO_DATE = re.compile(
    rf"(?P<date>\d{{4}}-\d{{2}}-\d{{2}})(?:(?:T|{BEFORE_TIME}){TIME_OF_DAY})?", re.IGNORECASE
)
WRITTEN_DATE = re.compile(
    rf"(?:{WEEKDAY}\.?,?\s+)?"
    r"(?:(?P<month>[^\W\d_]{3,10})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    rf"|(?P<day_first>\d{{1,2}}){DAY_BEFORE_MONTH}"
    r"(?P<month_second>[^\W\d_]{3,10})\.?)"
    # Russian writes "g." or "goda" (year), in Cyrillic letters, after the year.
    rf",?\s+(?:de\s+)?(?P<year>\d{{4}})(?:\s+(?:\u0433\.|\u0433\u043e\u0434\u0430))?"
    rf"(?:{BEFORE_TIME}{TIME_OF_DAY})?",
    re.IGNORECASE,
)
# A day, month and year between dots, as German and Russian write them, perhaps with a time:
# "12.03.2024, 10:15 Uhr".
DOTTED_DATE = re.compile(
    rf"(?P<day>\d{{1,2}})\.(?P<month_number>\d{{1,2}})\.(?P<year>\d{{4}})"
    rf"(?:{BEFORE_TIME}{TIME_OF_DAY})?",
    re.IGNORECASE,
)
# A year, month and day marked by their characters, as Chinese and Japanese (年 月 日) and Korean
# write them, perhaps with a time: "2025年6月18日 14:30".
EAST_ASIAN_DATE = re.compile(
    r"(?P<year>\d{4})\s*[\u5e74\ub144]\s*(?P<month_number>\d{1,2})\s*[\u6708\uc6d4]"
    rf"\s*(?P<day>\d{{1,2}})\s*[\u65e5\uc77c](?:\s*{TIME_OF_DAY})?",
    re.IGNORECASE,
)
# A time after such a date in hours and minutes marked by their characters, as Japanese and
# Chinese write it: "2024年5月14日 9時30分", "9时"; read as "9:30".
EAST_ASIAN_CLOCK = re.compile(
    r"(?<=[\u65e5\s])\s*(?P<hour>\d{1,2})\s*[\u6642\u65f6]\s*(?:(?P<minute>\d{1,2})\s*\u5206)?"
)
# A year, month and day between slashes, as Chinese and Japanese sites write them, perhaps with a
# time: "2024/04/01 09:30".
YEAR_FIRST_DATE = re.compile(
    rf"(?P<year>\d{{4}})/(?P<month_number>\d{{1,2}})/(?P<day>\d{{1,2}})"
    rf"(?:{BEFORE_TIME}{TIME_OF_DAY})?",
    re.IGNORECASE,
)
# Dates whose month is a number between the year and the day.
NUMBERED_MONTH_DATES = (DOTTED_DATE, EAST_ASIAN_DATE, YEAR_FIRST_DATE)
# A day and month, in either order, and a year between slashes or hyphens: "14/05/2024" is
# day-first and "05/14/2024" month-first; "03/04/2024" may be either, and is no date.
SLASHED_DATE = re.compile(
    rf"(?P<leading>\d{{1,2}})(?P<mark>[/-])(?P<middle>\d{{1,2}})(?P=mark)(?P<year>\d{{4}})"
    rf"(?:{BEFORE_TIME}{TIME_OF_DAY})?",
    re.IGNORECASE,
)
# The highest month number: a higher number in a slashed date is its day.
MONTHS_IN_A_YEAR = 12
# A time after a date written as continental Europe writes it, which puts the day before the
# month: "05/12/2026 10:15 h", "05/12/2026 à 10h15", "05-12-2026, 10:15 Uhr", "05/12/2026 a las
# 10:15" are the 5th of December ("at 10:15" and "10:15 a.m." say nothing of the order).
EUROPEAN_CLOCK = re.compile(
    r"\d\s?h(?:\s?\d|\b)|\buhr\b|(?<!\S)(?:à|a\s+las?|alle|ore|às|um)\s", re.IGNORECASE
)
# The years an article may be published in: from the first printed newspaper (1605) to well
# past any archive's dates, but not a content system's "no date" (9999-12-31, 0001-01-01).
PUBLISHED_YEARS = range(1605, 2200)
# A month without its day, as archives date a weekly's issue or a clipping: ISO 8601's "1931-06",
# or a month's name and a year, "June 1944", "Feb. 1968"; or a year alone, "1931".
MONTH_OF_A_YEAR = re.compile(
    rf"(?P<year>\d{{4}})-(?P<month_number>\d{{2}})|(?P<month>{MONTH_NAME}),?\s+(?P<year_after>\d{{4}})",
    re.IGNORECASE,
)
YEAR_ALONE = re.compile(r"\d{4}")
# A month or a year alone, as a sort key, after every day it holds ("1931-06-~" after "1931-06-30").
AFTER_ITS_DAYS = "-~"
# Unix time 0, the "no date" a content system writes most: no article of a feed is of that day.
UNIX_EPOCH = "1970-01-01"
# A Unix time written as text, in seconds or milliseconds: "1711965600".
UNIX_TIME_TEXT = re.compile(r"\d{10}|\d{13}")


def parse_date(value: object, *, day_first: bool = False) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from the ways articles and feeds write one, else ``None``.
    A slashed date either order reads ("03/04/2024") is read ``day_first`` when its text's
    language writes the day first, as every language but English does ("05/03/2025" is 5 March
    in Spanish).

    >>> parse_date("2024-04-01T09:30:00Z"), parse_date("Mon, 01 Apr 2024 09:30:00 GMT")
    ('2024-04-01', '2024-04-01')
    >>> parse_date("Sept. 3, 2024, 9:30 a.m. EDT"), parse_date("soon"), parse_date("03/04/2024")
    ('2024-09-03', None, None)
    >>> parse_date("14/05/2024"), parse_date("05/14/2024 9:30"), parse_date("05-05-2024")
    ('2024-05-14', '2024-05-14', '2024-05-05')
    >>> parse_date("05/12/2026 10:15 h"), parse_date("05/12/2026 à 10h15"), parse_date("05/12/2026 10:15")
    ('2026-12-05', '2026-12-05', None)
    >>> parse_date("5 de diciembre de 2026, 10:15 h"), parse_date("05.12.2026, 10:15 Uhr")
    ('2026-12-05', '2026-12-05')
    >>> parse_date("15 de marzo de 2024"), parse_date("12. März 2024"), parse_date("1 мая 2024 года")
    ('2024-03-15', '2024-03-12', '2024-05-01')
    >>> parse_date("mardi 1er mars 2022"), parse_date("Dienstag, 12. März 2024")
    ('2022-03-01', '2024-03-12')
    >>> parse_date("March 3, 2025 \u00b7 9:40 p.m."), parse_date("2025\u5e746\u670818\u65e5 14:30")
    ('2025-03-03', '2025-06-18')
    >>> parse_date("2024/04/01 09:30"), parse_date("2024/4/1")
    ('2024-04-01', '2024-04-01')
    >>> parse_date("5 dic. 2026"), parse_date("05 dez 2026 às 10:15"), parse_date("05 dic 2026 - 10:15")
    ('2026-12-05', '2026-12-05', '2026-12-05')
    >>> parse_date("05/03/2025 10:15", day_first=True), parse_date("03/13/2025", day_first=True)
    ('2025-03-05', '2025-03-13')
    """
    if not isinstance(value, str) or not value.strip():
        return None
    text = _plain(value)
    if day := iso_day(text):
        return day
    parts = _date_parts(text, day_first=day_first)
    try:
        return date(*parts).isoformat() if parts else None
    except ValueError:  # a day the month does not have
        return None


def iso_day(text: str) -> str | None:
    """The day (``YYYY-MM-DD``) of an ISO date, or of an ISO time with a "T" or a space before
    its time of day and any zone, as ``datetime.isoformat()`` and ``str(pandas.Timestamp)`` write
    them; else ``None``.

    >>> iso_day("2025-05-01"), iso_day("2025-05-01 10:00:00+00:00"), iso_day("2025-05-01T23:30-05:00")
    ('2025-05-01', '2025-05-01', '2025-05-01')
    >>> iso_day("May 1, 2025"), iso_day("NaT")
    (None, None)
    """
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        return None


def is_date_text(text: str) -> bool:
    """Whether a text is a date, or a weekday's name alone.

    >>> is_date_text("Tuesday"), is_date_text("Tuesday 14 May 2024 18:10 AEST"), is_date_text("Ann Lee")
    (True, True, False)
    """
    return bool(WEEKDAY_ALONE.fullmatch(text.strip())) or parse_date(text) is not None


def date_field(value: object) -> str | None:
    """A date field's ISO date: text as :func:`parse_date` reads it, else a month or a year
    alone (:func:`_month_or_year`), a number of eight digits
    that reads as a day (``20250314``) as that day, as its text is, another number (or ten or
    thirteen digits) as a Unix time; none of a year no newspaper was printed in, nor of a Unix
    time before 1971, near the Unix time 0 content systems write for "no date".

    >>> date_field("2024-04-01"), date_field(1711965600), date_field("9999-12-31"), date_field("0001-01-01")
    ('2024-04-01', '2024-04-01', None, None)
    >>> date_field(0), date_field(-5), date_field("1970-01-01T00:00:00Z")
    (None, None, None)
    >>> date_field(20250314), date_field(20251399), date_field("June 1944"), date_field("1931")
    ('2025-03-14', None, '1944-06', '1931')
    """
    value = _unix_time_or_day(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        moment = _unix_time(value)
        found = moment.date().isoformat() if moment else None
    else:
        found = parse_date(value) or _month_or_year(value)
    return found if found is not None and _a_real_day(found) else None


def _month_or_year(value: object) -> str | None:
    """A month without its day as ISO 8601 writes it ("1931-06"), or a year alone ("1931"),
    from a date field that gives no day: "1931-06", "June 1944", "Feb. 1968", "1931".

    >>> _month_or_year("June 1944"), _month_or_year("Feb. 1968"), _month_or_year("1931-06")
    ('1944-06', '1968-02', '1931-06')
    >>> _month_or_year("1931"), _month_or_year("1931-13"), _month_or_year("last June")
    ('1931', None, None)
    """
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if YEAR_ALONE.fullmatch(text):
        return text
    written = MONTH_OF_A_YEAR.fullmatch(text)
    if written is None:
        return None
    if written["month_number"]:
        month: int | None = int(written["month_number"])
        year = written["year"]
    else:
        month, year = _month_in_a_date(written["month"].rstrip(".")), written["year_after"]
    return f"{year}-{month:02d}" if month and 1 <= month <= MONTHS_IN_A_YEAR else None


def is_day(published: str) -> bool:
    """Whether a date is of a day, not of a month or a year alone (``1931-06``, ``1931``).

    >>> is_day("1931-06-12"), is_day("1931-06"), is_day("1931")
    (True, False, False)
    """
    return len(published) == len("YYYY-MM-DD")


def at_one_precision(a: str, b: str) -> tuple[str, str]:
    """Two dates cut to the coarser's precision, to be compared: a month alone is neither before
    nor after a day of that month, as a day alone is neither before nor after a time of that day.

    >>> at_one_precision("1931-06", "1931-06-12"), at_one_precision("1931-05-30", "1931")
    (('1931-06', '1931-06'), ('1931', '1931'))
    """
    shared = min(len(a), len(b))
    return a[:shared], b[:shared]


def in_date_order(published: str) -> str:
    """A date as a sort key: a month or a year alone goes after the days it holds, as a day alone
    goes after the times of that day, and before the next month's or year's.

    >>> sorted(["1931-07-01", "1931-06", "1931-06-30", "1931"], key=in_date_order)
    ['1931-06-30', '1931-06', '1931-07-01', '1931']
    """
    return published if is_day(published) else published + AFTER_ITS_DAYS


def time_field(value: object) -> str | None:
    """A date field's moment in UTC (``2025-03-11T08:30:00Z``) when it gives a time and its time
    zone: an ISO time with an offset or "UTC", an RSS date, a written date with a zone's letters
    ("April 1, 2024 9:30 a.m. EDT") or an offset from GMT or UTC ("11 March 2025 09:30 GMT+1"),
    a Unix time. A time without a zone cannot be compared with another outlet's, so it gives
    none.

    >>> time_field("2025-03-11T09:30:00+01:00"), time_field("Tue, 11 Mar 2025 03:30:00 -0500")
    ('2025-03-11T08:30:00Z', '2025-03-11T08:30:00Z')
    >>> time_field("11 March 2025 09:30 GMT+1"), time_field("March 11, 2025 3:30 a.m. UTC-5")
    ('2025-03-11T08:30:00Z', '2025-03-11T08:30:00Z')
    >>> time_field("2025-03-11T08:30:00 UTC"), time_field("2025-03-11T08:30:00"), time_field(0)
    ('2025-03-11T08:30:00Z', None, None)
    >>> time_field(20250314), time_field(1741944600)
    (None, '2025-03-14T09:30:00Z')
    """
    moment = _zoned_moment(value)
    return None if moment is None else moment.astimezone(UTC).strftime(UTC_TIME)


# An offset from UTC as a user names the zone of the times given without one: "+08:00", "-0530",
# "UTC+8", "GMT-3".
GIVEN_OFFSET = re.compile(
    r"(?i:utc|gmt)?\s*(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>[0-5]\d))?"
)


def time_zone(name: str) -> tzinfo:
    """The time zone a user names for the times inputs give without one (``compare run
    --timezone``): an offset from UTC, perhaps after "UTC" or "GMT" ("+08:00", "-0530",
    "UTC+8"), or a zone's name in the time zone database ("Asia/Taipei", "Europe/Riga"), whose
    offset follows summer time.

    >>> time_zone("+08:00"), time_zone("UTC-5")
    (datetime.timezone(datetime.timedelta(seconds=28800)), datetime.timezone(datetime.timedelta(days=-1, seconds=68400)))
    >>> time_zone("Asia/Taipei")
    zoneinfo.ZoneInfo(key='Asia/Taipei')

    Raises:
        ValueError: a name none of these reads, or an offset of a day or more.
    """
    text = name.strip()
    if offset := GIVEN_OFFSET.fullmatch(text):
        delta = timedelta(hours=int(offset["hours"]), minutes=int(offset["minutes"] or 0))
        if delta < timedelta(days=1):
            return timezone(-delta if offset["sign"] == "-" else delta)
    elif text:
        try:
            return ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError):  # not in the database, or no zone's name
            pass
    raise ValueError(
        f"no time zone {name!r}: give an offset from UTC, such as +08:00 or UTC-5, or a zone's "
        "name, such as Asia/Taipei"
    )


def in_zone(local: str, zone: tzinfo) -> tuple[str | None, str | None]:
    """A wall clock's ISO time given without its zone (``2026-03-14T12:00:00``) read in
    ``zone``: its moment in UTC and the zone's offset then, as :func:`time_field` and
    :func:`time_offset` give them.

    >>> in_zone("2026-03-14T12:00:00", time_zone("Asia/Taipei"))
    ('2026-03-14T04:00:00Z', '+08:00')
    """
    written = datetime.fromisoformat(local).replace(tzinfo=zone).isoformat()
    return time_field(written), time_offset(written)


def time_offset(value: object) -> str | None:
    """The offset from UTC of the zone a date field gives its time in (``-04:00``), when
    :func:`time_field` reads a moment of it: with it, a report shows the time as the page or
    feed gave it, beside UTC.

    >>> time_offset("2025-10-07T06:30:00-04:00"), time_offset("April 1, 2024 9:30 a.m. EDT")
    ('-04:00', '-04:00')
    >>> time_offset("2025-03-11T08:30:00Z"), time_offset("2025-03-11T08:30:00"), time_offset(0)
    ('+00:00', None, None)
    """
    moment = _zoned_moment(value)
    offset = None if moment is None else moment.utcoffset()
    if offset is None:
        return None
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _zoned_moment(value: object) -> datetime | None:
    """A date field's moment in the zone it names (:func:`time_field`), of a real day."""
    value = _unix_time_or_day(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        moment = _unix_time(value)
    elif isinstance(value, str):
        text = _plain(value)
        moment = _zoned_time(text) or _written_time(text)
        # The e-mail parser reads some years its own way ("0001" as 2001): the time must be of
        # the day the date is.
        if moment is not None and moment.date().isoformat() != parse_date(text):
            return None
    else:
        return None
    if moment is None or moment.tzinfo is None:
        return None
    try:
        in_utc = moment.astimezone(UTC)
    except (OverflowError, ValueError):  # a time zone away from the last day of year 9999
        return None
    # A "no date" (9999-12-31, Unix time 0) has no time either.
    return moment if _a_real_day(in_utc.date().isoformat()) else None


def local_time_field(value: object) -> str | None:
    """A date field's ISO time when it gives no zone (``2025-06-12T19:30:00``), as many content
    systems write when an article was modified: of a zone nobody names, comparable only with the
    times one feed writes so. ``None`` for a time with its zone (:func:`time_field`) or a day
    alone.

    >>> local_time_field("2025-06-12T19:30:00"), local_time_field("2025-06-12 19:30")
    ('2025-06-12T19:30:00', '2025-06-12T19:30:00')
    >>> local_time_field("2025-06-12T19:30:00Z"), local_time_field("2025-06-12"), local_time_field(0)
    (None, None, None)
    """
    if not isinstance(value, str) or len(text := value.strip()) <= len("YYYY-MM-DD"):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is not None or not _a_real_day(moment.date().isoformat()):
        return None
    return moment.strftime(LOCAL_TIME)


def unzoned_clock(value: object) -> str | None:
    """The time of day, as ``HH:MM``, that a date field gives without its zone ("14:30, 12
    March 2026", "2026-03-12T14:30:00"): a wall clock's time in a zone nobody names, which
    :func:`time_field` sets aside; ``None`` for a time with its zone, a day alone, or midnight,
    which a content system writes for a day alone.

    >>> unzoned_clock("14:30, 12 March 2026"), unzoned_clock("2026-03-12T14:30:00")
    ('14:30', '14:30')
    >>> unzoned_clock("12 March 2026 14:30 GMT"), unzoned_clock("12 March 2026"), unzoned_clock("2026-03-12T00:00:00")
    (None, None, None)
    """
    if not isinstance(value, str) or time_field(value) is not None:
        return None
    text = _plain(value)
    if local := local_time_field(text):
        return None if local.endswith(MIDNIGHT) else local[11:16]
    patterns = (ISO_DATE, WRITTEN_DATE, *NUMBERED_MONTH_DATES, SLASHED_DATE)
    written = next(filter(None, (pattern.fullmatch(text) for pattern in patterns)), None)
    if written is None or not written["hour"]:
        return None
    hour = hour_of_day(written)
    minute = int(written["minute"] or 0)
    return None if hour is None or (hour, minute) == (0, 0) else f"{hour:02d}:{minute:02d}"


def _a_real_day(iso_date: str) -> bool:
    """Whether an ISO date may be a day of publication, not a content system's "no date"."""
    return int(iso_date[:4]) in PUBLISHED_YEARS and iso_date != UNIX_EPOCH


def _written_time(text: str) -> datetime | None:
    """An ISO time with an offset ("2025-03-11T09:30:00.123+01:00") or an e-mail's date."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None


def _unix_time_or_day(value: object) -> object:
    """Ten or thirteen digits as text are a Unix time, as a number is; a number of eight digits
    that reads as a day is that day written as text ("20250314"), which gives no time."""
    if isinstance(value, str) and UNIX_TIME_TEXT.fullmatch(value.strip()):
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value in DAY_NUMBERS:
        day = str(value)
        return day if parse_date(day) else value
    return value


def _plain(text: str) -> str:
    """A date as written, its spaces single, JavaScript's zone name gone, an offset from GMT or
    UTC as the offset alone ("+0100"), a time written before its date after it ("May 14, 2024
    9:40 a.m. EDT"), and one in Japanese or Chinese characters by the clock.

    >>> _plain("9:40 a.m. EDT, May 14, 2024"), _plain("9:40 AM EDT Tuesday, May 14, 2024")
    ('May 14, 2024 9:40 a.m. EDT', 'Tuesday, May 14, 2024 9:40 AM EDT')
    >>> _plain("14 May 2024 09:00 GMT+1"), _plain("14 May 2024 09:00 UTC-05:30")
    ('14 May 2024 09:00 +0100', '14 May 2024 09:00 -0530')
    >>> _plain("2024\u5e745\u670814\u65e5 9\u66425\u5206")
    '2024\u5e745\u670814\u65e5 9:05'
    """
    clocked = EAST_ASIAN_CLOCK.sub(
        lambda clock: f" {clock['hour']}:{int(clock['minute'] or 0):02d}", text
    )
    plain = OFFSET_FROM_UTC.sub(
        lambda offset: f"{offset['sign']}{int(offset['hours']):02d}{offset['minutes'] or '00'}",
        SCRIPT_ZONE_NAME.sub("", " ".join(clocked.split())),
    )
    if time_first := TIME_FIRST.fullmatch(plain):
        return f"{time_first['date']} {time_first['time']}"
    return plain


def _zoned_time(text: str) -> datetime | None:
    """A written date's time of day in its named zone: "April 1, 2024 9:30 a.m. EDT"."""
    written = next(
        filter(None, (p.fullmatch(text) for p in (ISO_DATE, WRITTEN_DATE, *NUMBERED_MONTH_DATES))),
        None,
    )
    parts = _date_parts(text)
    zone = written and (written["zone"] or written["zone_in_brackets"] or "").upper()
    if not (written and parts and written["hour"] and zone):
        return None
    zone_info: tzinfo
    if zone in ZONE_HOURS:
        zone_info = timezone(timedelta(hours=ZONE_HOURS[zone]))
    elif zone in ZONE_REGIONS:
        try:
            zone_info = ZoneInfo(ZONE_REGIONS[zone])
        except ZoneInfoNotFoundError:  # a system without the time zone database
            return None
    elif zone[0] in "+-":  # "+0100", "-05:00"
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        if offset >= timedelta(days=1):  # "+2500": no zone is a day or more from UTC
            return None
        zone_info = timezone(-offset if zone[0] == "-" else offset)
    else:
        return None
    hour = hour_of_day(written)
    if hour is None:
        return None
    try:
        return datetime(
            *parts, hour, int(written["minute"] or 0), int(written["second"] or 0),
            tzinfo=zone_info,
        )  # fmt: skip
    except ValueError:  # a day the month does not have
        return None


def hour_of_day(written: re.Match[str]) -> int | None:
    """The hour by a 24-hour clock of a time matched by :data:`TIME_OF_DAY` ("9 p.m." is 21);
    ``None`` for an hour that no clock of a morning or afternoon shows ("13 p.m.", "0:30 p.m.").

    >>> hour_of_day(re.fullmatch(TIME_OF_DAY, "9:40 p.m.")), hour_of_day(re.fullmatch(TIME_OF_DAY, "12 a.m."))
    (21, 0)
    """
    hour = int(written["hour"])
    meridiem = written["meridiem"] or written["meridiem_alone"]
    if not meridiem:
        return hour
    if not 1 <= hour <= MERIDIEM_HOURS:
        return None
    return hour % MERIDIEM_HOURS + (MERIDIEM_HOURS if meridiem.casefold() == "p" else 0)


def _unix_time(value: float) -> datetime | None:
    """A Unix time, in seconds or, when this large, milliseconds; ``None`` before 1971."""
    try:
        seconds = value / 1000 if abs(value) >= MILLISECOND_TIMES else value
        return None if seconds < FIRST_UNIX_TIME else datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _date_parts(text: str, *, day_first: bool = False) -> tuple[int, int, int] | None:
    """The year, month and day a date is written with, not yet checked to exist; a slashed date
    either order reads, ``day_first`` or as its time says (:data:`EUROPEAN_CLOCK`)."""
    if iso := ISO_DATE.fullmatch(text):
        year, month, day = iso["date"].split("-")
        return int(year), int(month), int(day)
    if written := WRITTEN_DATE.fullmatch(text):
        month = _month_in_a_date(written["month"] or written["month_second"])
        day = written["day"] or written["day_first"]
        return (int(written["year"]), month, int(day)) if month else None
    for pattern in NUMBERED_MONTH_DATES:
        if numbered := pattern.fullmatch(text):
            return int(numbered["year"]), int(numbered["month_number"]), int(numbered["day"])
    if slashed := SLASHED_DATE.fullmatch(text):
        first, second = int(slashed["leading"]), int(slashed["middle"])
        day_first = day_first or EUROPEAN_CLOCK.search(text, slashed.end("year")) is not None
        return _slashed_parts(int(slashed["year"]), first, second, day_first=day_first)
    for form in NUMERIC_DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, form)
        except ValueError:
            continue
        return parsed.year, parsed.month, parsed.day
    return None


def _slashed_parts(
    year: int, first: int, second: int, *, day_first: bool = False
) -> tuple[int, int, int] | None:
    """The year, month and day of a slashed date whose day and month cannot be mistaken for
    each other: one is over 12, or both are the same; or, ``day_first`` (its time written as
    continental Europe writes it: :data:`EUROPEAN_CLOCK`), day and month in that order."""
    if first == second or (first > MONTHS_IN_A_YEAR) != (second > MONTHS_IN_A_YEAR):
        month, day = sorted((first, second))
        return year, month, day
    return (year, second, first) if day_first else None


def _month_in_a_date(name: str) -> int | None:
    """The number of a month that a day and a year stand beside ("05 dic 2026"): named as
    :func:`month_number` reads it, or cut short in another language of :data:`MONTHS` to a start
    of one month's names alone ("dic", "dez", "déc", "janv", "okt"; not "jui", June's and
    July's), which outside a date may be a word ("mar", "set", "out").

    >>> _month_in_a_date("dic"), _month_in_a_date("dez"), _month_in_a_date("mar"), _month_in_a_date("jui")
    (12, 12, 3, None)
    """
    if found := month_number(name):
        return found
    folded = name.casefold()
    if len(folded) < MONTH_LETTERS:
        return None
    starting = {
        number
        for number, (_, *others) in enumerate(MONTHS, 1)
        if any(other.startswith(folded) for other in others)
    }
    return starting.pop() if len(starting) == 1 else None


def month_number(name: str) -> int | None:
    """The number of a month named in full or, in English, cut short ("Sept", "Apr"), in any
    case; in the other languages of :data:`MONTHS` named in full, since their short forms are
    English words ("Set", "Out", "Ago").

    >>> month_number("Sept"), month_number("may"), month_number("Ma"), month_number("Monday")
    (9, 5, None, None)
    >>> month_number("März"), month_number("décembre"), month_number("декабря"), month_number("Out")
    (3, 12, 12, None)
    """
    folded = name.casefold().replace("\u0451", "\u0435")  # "yo" written as "e"
    if len(folded) < MONTH_LETTERS:
        return None
    return next(
        (
            number
            for number, (english, *others) in enumerate(MONTHS, 1)
            if english.startswith(folded) or folded in others
        ),
        None,
    )
