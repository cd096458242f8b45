"""Numbers and dates in a sentence, as written and with the values they may stand for.

Framing compares two sentences' numbers by value: "12", "twelve" and "douze" are one number,
"1,200" and "1 200" another, "2 p.m." and "14:00" one time, "May" a month only where a month
stands. Every word list lives in ``framing_terms.toml``.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from functools import cache, lru_cache
from itertools import pairwise
from math import prod
from typing import NamedTuple

from compare.arabic import spelt_any_way
from compare.chinese import in_simplified
from compare.dates import (
    DATELINE_DATE,
    DAY_BEFORE_MONTH,
    DOTTED_DATE,
    ISO_DATE,
    MERIDIEM_HOURS,
    MONTHS,
    MONTHS_IN_A_YEAR,
    SLASHED_DATE,
    YEAR_FIRST_DATE,
    ZONE_HOURS,
    ZONE_REGIONS,
    month_number,
)
from compare.lexicon import WORD_CHARS, UnitSize, lexicon
from compare.opening import is_title_cased
from compare.segment import (
    ASCII_DIGITS,
    HAN,
    OPENING_MARKS,
    WEB_ADDRESS,
    find_words,
    in_english,
    inside,
    is_number,
    normalise,
    words,
    words_language,
)
from compare.similarity import word_family

# A dateline's date, found inside the dateline :meth:`Lexicon.dateline` reads: a day and a month
# ("March 10", "14 may", "3月10日"), or the day alone, as Europa Press gives it ("MADRID, 14
# (EUROPA PRESS)"). A year after it says no more than the date.
FILED_DATE = re.compile(rf"{DATELINE_DATE}|\d{{1,2}}\u6708\d{{1,2}}\u65e5|\d{{1,2}}(?!\d)")
# Devanagari's nukta, the dot under a letter that Hindi papers write or leave off ("हज़ार", "हजार").
NUKTA = "\u093c"
# Thousands grouped by spaces ("20 000"; thin and no-break spaces are plain spaces by then),
# which would otherwise be read as two numbers. The look-behind comes after the first digit: the
# regex engine skips to digits, where a look-behind first is tried at every character (3x slower).
SPACED_THOUSANDS = re.compile(r"\d(?<![\d.,']\d)\d{0,2}(?: \d{3})+(?!\d)")
# Thousands grouped by a space after digits, as SPACED_THOUSANDS reads them: "000" of "R5 000".
THOUSANDS_AFTER_A_SPACE = re.compile(r" \d{3}(?!\d)")
# One dot before three digits is a decimal point ("4.125") or groups thousands ("20.000").
DOT_OR_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
DECIMAL = re.compile(r"\d+(?:\.\d+)?")
# A comma before one or two digits is a decimal comma ("4,5 million"): thousands take three.
DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
# Commas or apostrophes group digits when the last group has three ("1,200", "20'000", the Indian
# "1,20,000"); a decimal point may follow.
GROUPED = re.compile(r"\d+(?:[,']\d+)*[,']\d{3}(?:\.\d+)?")
# Dots group thousands when they repeat ("1.200.000") or a decimal comma follows ("1.200,5"); a
# lone dot is read both ways above.
DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
# Digits glued after one to three capitals, or joined by a hyphen to a word of up to five letters
# that opens with one, name a thing, a road, a flight, a summit, a gas, a jet, a disease ("the
# A412", "MH17", "the G7", "CO2", "F-35", "COVID-19" or "Covid-19" as others write it), and count
# nothing (see _numbered_name).
NUMBERED_NAME_PREFIX = r"(?:[A-Z]{1,3}|[A-Z][A-Za-z]{0,4}-)"
# Where such a prefix meets its digits, a capital or a hyphen before one: a sentence without it
# (or the words of ``[numbers] names_before``) holds no numbered name, and is spared a look for
# one with the whole pattern, ten times the cost of this one.
DIGIT_AFTER_A_PREFIX = re.compile(r"[A-Z-]\d")
# "Once" where it counts one time, in a case-folded text: after a count's qualifier ("at least
# once", "only once", "more than once"), or after a word ("at once" is "now") before the span it
# recurs in ("once a year", "once every decade"), before a preposition of when or what for
# ("cited once for", "once in 2019"; not "once in a while") or closing its clause ("was cited
# once."). Elsewhere it is "as soon as" ("Once the fire was out", "left once the fire was
# out"), or "formerly" ("the once-busy plant", "once again").
ONCE_COUNTED = re.compile(
    r"\b(?:least|only|just|than|exactly) once\b"
    r"|(?<=\w )(?<!\bat )once(?=\s*(?:[.,;:!?)]|$)"
    r"|\s+(?:a|an|per|every|each)\s+(?:day|week|fortnight|month|year|decade|season)\b"
    r"|\s+(?:for|before|since|during|last|this|by|over|in(?! a while\b))\b)"
)
# The word a rate names what it is counted per after: "parts per billion".
RATE_PER = "per"
# The word for one time, which counts only where ONCE_COUNTED finds it.
ONCE = "once"
# A telephone number, in the layouts news writes one in. After a country's "+", perhaps with the
# trunk "0" in brackets, an area's code and the rest in one group of six to eight digits or in
# groups of two to six ("+44 20 7946 0958", "+33 6 12 34 56 78", "+44 (0)20 7946 0958", "+49 30
# 46644664"); after a trunk "0" so too ("020 7946 0958", "0800 555111", "07700 900 123", "030
# 46644664"), but its groups after the area's code set apart alike, so that "07-12-2024 15
# people" is no number ending in a count (a date that a telephone number's digits may write, see
# _dialled); ten or eleven digits run together after a trunk "0" ("0612345678"); North
# America's three, three and four digits, the first three perhaps in brackets or after its "1"
# ("(212) 555-0199", "212-555-0199", "212.555.0199", "1-800-555-0199"); and nine digits as Spain
# groups them, which no count does ("91 123 45 67", "612 34 56 78"), or in threes or run together
# only after a word for a telephone (see _said_to_be_dialled). Regrouped ("0207 946 0958"), or
# with its country's code for its trunk "0" ("+44 20 7946 0958"), it is the same number (see
# _dialled), and its groups count nothing apart.
PHONE_NUMBER = re.compile(
    r"(?<![\w.,+])(?:\+\d{1,3}(?: ?\(0\) ?|[ -])\d{1,5}(?:[ -]\d{6,8}|(?:[ -]\d{2,6}){2,})"
    r"|0\d{1,4}[ -](?:\d{6,8}|\d{2,6}(?P<apart>[ -])\d{2,6}(?:(?P=apart)\d{2,6})*)"
    r"|0\d{9,10})(?!\d|[.,]\d)"
    r"|(?<![\w.,+(])(?:\+?1[ .-])?(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}(?!\d|[.,]\d)"
    r"|(?<![\w.,+])(?<!\d )(?:[1-9]\d(?:\d(?: \d\d){3}| \d{3}(?: \d\d){2})"
    r"|(?P<like_a_count>[1-9]\d\d(?: \d{3}){2}|[1-9]\d{8}))(?![ .,]?\d)"
)
# What every layout of PHONE_NUMBER holds: two digits with a space, a hyphen or a bracket
# between them, three digits and three more after a dot, or nine digits run together. A
# sentence without it holds no telephone number, and most are spared the whole pattern, which
# took ten times as long to find nothing (2.4 s against 0.2 s over 38,340 sentences).
DIGITS_AS_DIALLED = re.compile(r"\d(?:[ ()-]\d|\d\d\.\d{3}|\d{8})")
# How many words before nine digits in threes or run together may hold a word for a telephone:
# "call" of "call the hotline on 911 234 567".
PHONE_WORD_REACH = 4
# The trunk "0" a number may keep in brackets after its country's code, dialled only without the
# code: "+44 (0)20 7946 0958" is "+44 20 7946 0958" or "020 7946 0958".
TRUNK_IN_BRACKETS = "(0)"
# North America's country code, which is also its trunk prefix ("1-800-555-0199"): its numbers
# are dialled inside it without a "0".
NORTH_AMERICA = "1"
NOT_DIGITS = re.compile(r"\D")
# The digits a number's shape reads as any, the ones matched then held against the number's own;
# another script's digit ("٣") stays as written in the shape.
ASCII_DIGIT = re.compile(r"[0-9]")
# A decimal digit of another script than ASCII: Hindi "\u0967", Urdu "\u06f1", Bengali "\u09e7".
OTHER_DIGIT = re.compile(r"(?![0-9])\d")
IN_ASCII_DIGITS = str.maketrans(ASCII_DIGITS)
# A number's ASCII digits written alike, so that numbers of one shape ("12" and "47", "3.5" and
# "4.1") share a pattern (see _written_patterns).
ANY_DIGIT = str.maketrans("123456789", "000000000")
# What a number or date word stands for: a number's value, or a day or month's name.
Value = Decimal | str
# The month of May, as its word is written.
MAY: tuple[str, frozenset[Value]] = ("may", frozenset({"may"}))
# A vote or a score written with a hyphen, as framing reads their order: "7-2", "2-1".
PAIR_OF_COUNTS = re.compile(r"\d{1,4}-\d{1,4}")
# A number of a pair written with a hyphen: thousands grouped by commas ("2,000"), or up to four
# digits, perhaps with decimals after a point or a decimal comma ("6.1", "4,75"; see
# DECIMAL_COMMA).
PAIRED_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,4}(?:\.\d+|,\d{1,2})?)"
# Two numbers written with a hyphen: a vote or a score, or a range, of decimals and thousands
# too ("10-15", "6.1-6.3", "4,5-4,75", "1,000-2,000", "2024-25").
HYPHENED_PAIR = re.compile(rf"{PAIRED_NUMBER}-{PAIRED_NUMBER}")
# Numbers written as one with a hyphen, a colon or a plus between them: a score or a vote ("3-1",
# "3:1", "7-2"), a range ("10-15", "2024-25"), a minute of stoppage time ("45+2"). Each number of
# them is shown as they are written: "2" alone does not tell that a score of "3-2" changed.
JOINED_NUMBERS = re.compile(rf"(?<![\w.,]){PAIRED_NUMBER}(?:[-:+]{PAIRED_NUMBER})+(?!\w|[.,]\d)")
# A minute of stoppage time, added after a half or a period of extra time ends: "45+2" is the
# 47th minute, as other reports write it. Only after such an end, so that "2+2" stays two numbers.
STOPPAGE_TIME = re.compile(r"(?<![\w.,+])(?P<end>45|90|105|120)\+(?P<added>\d{1,2})(?![\d+])")
# A score in words of a draw, each side's count alike: "one-all" is "1-1".
LEVEL_SCORE = "-all"
# A fiscal year cut short, as "FY25" is read: "fy" before its two digits.
FISCAL_YEAR = "fy"
# The parts of a year a report names by number, each with the letter that numbers it and how many
# the year holds: "the third quarter", "third-quarter revenue" and "Q3" are one period, "q3"; "the
# first half" and "H1" are "h1".
YEAR_PARTS = {"quarter": ("q", 4), "half": ("h", 2)}
# A time of day: "2 p.m.", "9:30am", "2.30pm", Spanish "9 p. m." (as the RAE spells it), "10
# o'clock" (morning or evening), "noon"; or a 24-hour clock's "14:00", but where a score is
# written so ("beat Denmark 23:21").
CLOCK_TIME = re.compile(
    r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?\s?(?P<meridiem>[ap])"
    r"(?:\.m\.?|\.\sm\.|m\b)"
    r"|\b(?P<either>\d{1,2}) o'clock\b"
    r"|\b(?P<noon>noon|midday|midnight)\b",
    re.IGNORECASE,
)
CLOCK_24 = re.compile(r"\b(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)\b")
# The time zones a time of day may be given in, in capitals, as news copy writes them ("4:15 p.m.
# ET", "1400 GMT"): those of ``dates.ZONE_HOURS`` but a letter alone ("Z", "UT"), and the United
# States' zones named without the season (``dates.ZONE_REGIONS``), either offset of which they are.
ZONES_OF_TIMES = sorted(
    (zone for zone in [*ZONE_HOURS, *ZONE_REGIONS] if zone not in {"Z", "UT"}),
    key=len,
    reverse=True,
)
ZONE_AFTER = rf"\s(?-i:(?P<zone>{'|'.join(ZONES_OF_TIMES)}))\b"
# A time of day in a zone, as wire copy writes one on a 24-hour clock: "1400 GMT", "0930 ET".
WIRE_CLOCK = re.compile(rf"\b(?P<hour24>[01]\d|2[0-3])(?P<minute24>[0-5]\d){ZONE_AFTER}")
# A time by the clock, perhaps in a zone: "4:15 p.m. ET", "14:00 GMT".
ZONED_CLOCK_TIME = re.compile(rf"(?:{CLOCK_TIME.pattern})(?:{ZONE_AFTER})?", CLOCK_TIME.flags)
ZONED_CLOCK_24 = re.compile(rf"(?:{CLOCK_24.pattern})(?:{ZONE_AFTER})?")
# A time of day as French writes it: "9h00", "9 h 30", "21h", "9 heures". The look-behind comes
# after the first digit, as in SPACED_THOUSANDS.
FRENCH_CLOCK = re.compile(
    r"(?P<hour>\d(?<![\d.,:]\d)\d?)(?: ?h| heures?)(?: ?(?P<minute>[0-5]\d))?(?![\w:])"
)
# Marks a reading that only a value as written matches, never another such reading: such a time
# read by the clock, which only a time with a clock's marks matches; a day named from the day of
# writing ("today") read as a weekday, which only a weekday named matches; a telephone number's
# digits as dialled inside the country its code names, which only a number written without a
# code matches, never one with another country's code.
PLAIN_READING = "~"
# The words that tell a period named from the day of writing a week or a month ("last week", "la
# semana pasada"; "el mes pasado"), which a weekday or a month's name may be.
WEEK_WORDS = frozenset({"week", "semana"})
MONTH_WORDS = frozenset({"month", "mes"})
# A time of day without a clock's marks, which may still be a plain number: an hour after a word
# such as "at" ("at 10", "at 14.30", as British papers write it), or a time before a time zone
# ("0900 GMT", as wire copy writes it); see ``[time]`` in ``framing_terms.toml``.
PLAIN_TIME = re.compile(r"(?P<hour>[01]?\d|2[0-3])(?:\.?(?P<minute>[0-5]\d))?")
# A Chinese time of day: an hour in digits and "点" or "时" (traditional "點", "時"), perhaps its
# minutes ("9点30分") or half ("3点半"); not a decimal ("3点5"). See _han_clock.
HAN_HOUR = re.compile(
    r"(?<![\d.])(?P<hour>\d{1,2})[点时點時](?:(?P<minute>[0-5]?\d)分|(?P<half>半))?(?!\d)"
)
# Where a word opens, perhaps after a bracket or a quotation mark; a minus sign (or a hyphen, as
# typed) there: not the hyphen of "10-15", "U-2" or "2024-05-01".
WORD_OPENS = r"(?<![^\s(\[\"'])"
MINUS_OPENING_A_WORD = rf"{WORD_OPENS}-"
# A number below zero: that minus right before digits, or "minus": "-5C", "(-0.3%)", "minus 5C";
# not "10-15" nor "- 5".
BELOW_ZERO = re.compile(rf"(?:{MINUS_OPENING_A_WORD}|\bminus )(?P<digits>\d+(?:\.\d+)?)(?![\d-])")
# The digits a number written in digits opens with: "12" of "12 million".
LEADING_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# A quicker look first: few sentences hold a hyphen before digits.
MINUS_BEFORE_DIGITS = re.compile(r"-\d")
# A fraction in digits, perhaps after a whole number ("1/2", "5 1/2", "3 3/4"), or as one sign
# ("5\u00bd", "\u00be"): a half or quarters, as ``[numbers.fractions]`` writes them in words; not
# a date's digits ("1/2/2024"). A multiplier may follow it ("5\u00bd thousand").
DIGIT_FRACTION = (
    r"(?<![\d.,/])(?:(?:(?P<whole>\d+) )?(?P<numerator>[13])/(?P<denominator>[24])"
    r"|(?P<count>\d+)? ?(?P<sign>[\u00bc\u00bd\u00be]))(?![\d/])"
)
FRACTION_SIGNS = {"\u00bc": Decimal("0.25"), "\u00bd": Decimal("0.5"), "\u00be": Decimal("0.75")}
# What the halves of ``[numbers.fraction_joins] halves_after_and`` are.
HALF = Decimal("0.5")
# The largest whole a share such as "one in four" is told of: "one in 1,000" is one, but "5 in 2020"
# a count in a year.
ONE_IN_AT_MOST = 1000
# One, the value of a span of one unit of time written with "a" or "an" ("nearly an hour").
ONE: frozenset[Value] = frozenset({Decimal(1)})
# The unit of time that after "a" is as often an ordinal: "a second attack".
ORDINAL_UNIT = "second"
ARTICLES_OF_ONE = frozenset({"a", "an"})
# A year as news gives one.
YEAR = re.compile(r"(?:19|20)\d\d")
# What a month's name and its year may have between them: "março de 2025", "May of 2024".
YEAR_AFTER_MONTH = frozenset({" de ", " of "})
# Digits joined by a hyphen, a dot or a slash, as every date in digits writes its parts
# ("2024-03-12", "12.03.", "3/12", "9/11"): a sentence without them holds no such date, and most
# sentences are spared the patterns (a sentence's full stop alone made every one try them).
DIGITS_JOINED = re.compile(r"\d[-./]\d")
# A day, month and year in digits, in every order news writes them ("2024-12-07", "07.12.2024",
# "2024/12/07", "07-12-2024").
DATES_IN_DIGITS = (ISO_DATE, DOTTED_DATE, YEAR_FIRST_DATE, SLASHED_DATE)
# A day and month without their year: as German writes it between dots, inside a sentence ("am
# 12.03. im Rathaus"; a sentence's last "12.03." is as often a decimal and its full stop); and
# between slashes, either way round ("3/12", "12/3"), read as its two numbers too ("24/7"); not
# after a whole number, as a fraction of a bond's yield is ("3 5/8 percent").
DOTTED_DAY_AND_MONTH = re.compile(
    r"(?<![\d.,])(?P<day>\d{1,2})\.(?P<month_number>\d{1,2})\.(?=[,;]?\s+\S)"
)
SLASHED_DAY_AND_MONTH = re.compile(
    r"(?<![\d/.,])(?<!\d )(?P<leading>\d{1,2})/(?P<middle>\d{1,2})(?![\d/])"
)
# A season's two years written with a slash, the second cut short ("2023/24"), which the words
# part at the slash: read as with a hyphen ("2023-24"), a pair whose second is a year too.
SEASON_WITH_A_SLASH = re.compile(rf"(?<![\d/.,])(?P<year>{YEAR.pattern})/(?P<short>\d\d)(?![\d/])")
DIGIT = re.compile(r"\d")
# Digits inside a word of Latin letters, or letters inside a number: an OCR'd page's misreading
# of one ("Rei11y", "G1en" for "Glen", "3l0" for "310"), which states no number. Digits glued
# before or after letters are read ("Q3", "MH17", "3rd", "10am", "$5bn", "mp3", "win10", Urdu's
# "51رنز"), and so are a name's plural ("F16s"), dimensions ("4x100m"), a French clock ("9h30")
# and an ISO time ("2025-03-14T08:30"); a scanned page's "nightfa11" is read as its letters
# before it comes here (``misreads.digits_read_as_letters``).
MISREAD_WORD = re.compile(
    r"(?<![A-Za-z0-9])"
    r"(?=[A-Za-z0-9]*?(?:(?<!\d)[A-Za-z]\d+(?!s(?![A-Za-z0-9]))[A-Za-z]|\d(?![xXhHT]\d)[A-Za-z]+\d))"
    r"[A-Za-z0-9]+(?![A-Za-z0-9])"
)
MAY_BE_MISREAD = re.compile(r"[A-Za-z]\d+[A-Za-z]|\d[A-Za-z]+\d")
# An ordinal's ending after its digits: "75th".
ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
# A number written as a percentage: "50%", "25 percent", "3 per cent"; both of a range's
# ("4.5-4.75%").
PERCENTAGE = re.compile(r"(?:(\d+(?:[.,]\d+)?)-)?(\d+(?:[.,]\d+)?) ?(?:%|(?i:percent|per cent)\b)")
# A decade: "the 1970s" (or "1970's"), which is no year 1970; or by its last two digits, "the
# '90s", the 1990s or the 2090s for all the text says.
DECADE = re.compile(
    r"(?<![\w.,])(?P<century>1\d|20)(?P<decade>\d0)['\u2019]?s\b|(?<!\w)['\u2019](?P<short>\d0)s\b"
)
# "May" naming the month: after a word that comes before a month ("the end of May", "due by
# May", not "criticised by May" nor "a speech by May"), or beside a day or a year.
MONTH_MAY = re.compile(
    r"\b(?i:in|from|since|until|till|last|next|early|late|mid|this|each|every) May\b"
    r"|\b(?i:end|start|beginning|middle|rest|half|week) of May\b"
    r"|\b(?i:due|ready|expected|completed|finished|deadline|done|decided) by May\b"
    r"|\bMay \d{1,2}\b|\b\d{1,2} May\b|\bMay \d{4}\b"
    # After "its", "their" or "our" and before a noun ("its May inspection report"); not after
    # "the" or "a", which name Theresa May's own ("the May government", "a May ally").
    r"|\b(?i:its|their|our) May (?=[a-z])"
)
# "May" inside a sentence, after a word: the month or a name ("Theresa May", "by May"); the verb
# is written in lower case there.
MID_SENTENCE_MAY = re.compile(r"May\b(?<=[\w,] May)")
# How far a figure converted into another unit may stand from the figure the other version gives
# in it, as a share of the larger: "310 square kilometres" and "120 square miles" (119.7). The last
# digit each is written to leaves half its place besides: "10 km" and "6 miles" (6.2).
CONVERSION_SLACK = Decimal("0.03")
# How far a figure that "nearly", "about" or "more than" qualifies may stand from the exact figure
# it rounds, as a share of it: "nearly 1,000" for 987, not "about 45,000" for 4,480.
ROUNDING_SLACK = Decimal("0.05")
# How far an "about" figure, which may lie either side, may stand from the exact figure it rounds
# in one unit: "around 140" for 137; not "around 30,000" for 31,207, 4% off, an estimate the count
# replaced (a correction's), which a bound's side does not excuse. A figure converted before it is
# rounded has the conversion's slack besides: "about 60 miles" for 100 km.
ESTIMATE_SLACK = Decimal("0.03")
# The measures of ``[numbers.unit_sizes]`` whose whole numbers are counted, not measured to their
# last digit: "two hours" is no 90 minutes, though "10 km" may be 6.2 miles.
COUNTED_MEASURES = frozenset({"duration"})
# A share of something written in words, which is one figure: "two thirds of the staff", "a
# two-thirds majority", "a fifth of residents", "half the staff" (a whole without its part is only
# "half"; one of a part of one only before what it shares); not "the third of five", "a third
# time", "half an hour", "half a million".
SHARE_PARTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
SHARE_WHOLES = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "tenth": 10}
SHARE_IN_WORDS = re.compile(
    rf"\b(?:(?P<part>{'|'.join(SHARE_PARTS)})[ -])?(?P<whole>{'|'.join(SHARE_WHOLES)})"
    r"(?P<plural>s)?\b",
    re.IGNORECASE,
)
# A share written as a count of a larger whole: "four in 10", "one in five" (see ``_one_in``).
# Read ahead, so that "in" of "living in one in five homes" does not hide the share.
SHARE_OF_A_WHOLE = re.compile(r"\b(?=(?P<part>\w+) in (?P<whole>\w+)\b)", re.IGNORECASE)
SHARE_OF = re.compile(r" (?:of|the|their|its|his|her|our|all)\b", re.IGNORECASE)
# What follows a part of one thing, a quantity and no share: "half an hour", "half a million".
SHARE_OF_ONE = re.compile(r" an?\b", re.IGNORECASE)
# The place, in points of a hundred, that a share in words is given to: "a third" tells 31% as
# "nearly 1,000" tells 987, but no 40% as "almost half" does.
SHARE_IN_WORDS_PLACE = Decimal(5)
# How many words before a share its qualifier may have: "a little more than" a third.
SHARE_QUALIFIER_WORDS = 3
# An order in words ("thousands", at least two thousand) counts fewer than this many times its
# least: ten of its unit is the next order's ("tens of thousands").
ORDERS_NEXT = 5
# How far past its figure a bound reaches, as a share of it, where it may be one quantity with
# another figure (see :func:`compatible`): "more than 20,000" is 20,000 to 25,000, "nearly 1,000"
# 750 to 1,000; not "more than 20,000" for 35,000, which an outlet would call "more than 30,000".
BOUND_REACH = Decimal("0.25")
# What the qualifiers of ``[number_qualifiers]`` say of a figure: all that it is, or which side
# of it the exact figure lies ("nearly 1,000": at most 1,000; "more than 1,100": at least).
EXACTLY, ABOUT, AT_MOST, AT_LEAST = "exactly", "about", "at_most", "at_least"
# A figure changed by this factor or more is another order of magnitude, not a rounding or an
# update: "£340 million" told as "£340 billion", "11,200" as "112,000".
TENFOLD = 10


class Unmatched(NamedTuple):
    """A number of one sentence that the other does not hold: as written, whether the sentence
    states it, and its place among the sentence's mentions (the second "30" of "30 killed and
    30 hurt")."""

    written: str
    stated: bool
    mention: int


@dataclass(frozen=True, slots=True)
class Numbers:
    """The numbers and dates a sentence holds, each as written with the values it may stand for,
    and whether the sentence states it (a dateline's date and a lone "one" it holds but does not
    state: they may match a number of the other sentence, but leaving them out is no change)."""

    mentions: tuple[tuple[str, frozenset[Value], bool], ...]

    def unmatched_in(self, other: Numbers) -> list[Unmatched]:
        """The numbers this sentence holds that ``other`` does not, as written, and whether
        this sentence states them; each number of ``other`` matches one of them at most: "two
        died and two were hurt" holds two twos."""
        return list(_unmatched(self.mentions, other.mentions))

    @property
    def stated(self) -> bool:
        return any(stated for _, _, stated in self.mentions)

    def stated_values(self) -> frozenset[Value]:
        """The values of the numbers this sentence states, readings marked ``PLAIN_READING``
        aside: a value two sentences' sets share is a stated number of each that
        :meth:`unmatched_in` matches (its first pass matches stated numbers sharing a value)."""
        return frozenset(
            value
            for _, values, stated in self.mentions
            if stated
            for value in values - _plain_readings(values)
        )


# The aligner, templates and framing meet two sentences' numbers again for every pair of
# articles that carries them: of 221,332 meetings on a spun-copy crawl of 447 items, 160 were
# of numbers not met before.
@lru_cache(maxsize=1 << 14)
def _unmatched(
    mentions: tuple[tuple[str, frozenset[Value], bool], ...],
    others: tuple[tuple[str, frozenset[Value], bool], ...],
) -> tuple[Unmatched, ...]:
    """:meth:`Numbers.unmatched_in` of a sentence's ``mentions`` and another's ``others``."""
    # The mentions with the fewest readings pick first, so that "20.000" (20 or 20,000) does
    # not take the match that "20" needs; each first one stated as it is, so that a held "May"
    # (Theresa May) is not taken for the month the other adds; and each first one of the same
    # value, so that "today" meets the other's "today" and leaves its "Tuesday" to be noted,
    # not the other way round. Before all, each meets one written as it is: the "2" of a kept
    # "3-2" is not left to the other's crowd of 52,314 because the "twice" of a dropped clause
    # took it.
    free = list(others)
    unmatched = sorted(enumerate(mentions), key=lambda m: len(m[1][1]))
    for as_written in (True, False):
        for exact in (True, False):
            for alike in (True, False):
                unmatched = [
                    m for m in unmatched if not _take_match(m[1], free, alike, exact, as_written)
                ]
    # Back in the order of the sentence's mentions.
    return tuple(Unmatched(written, stated, n) for n, (written, _, stated) in sorted(unmatched))


NO_NUMBERS = Numbers(())


class Figure(NamedTuple):
    """A number as a sentence gives it: the values it may stand for, its unit (a unit's name of
    ``[numbers.units]``, a currency's sign, or none), what the qualifier before it says of it
    (:data:`ABOUT`, :data:`AT_MOST`, :data:`AT_LEAST`, :data:`EXACTLY`, or none) and the period
    it is counted per (a period of ``[numbers.periods]``: "year" of "£340 million a year", or
    none), without which it is another figure."""

    values: frozenset[Value]
    unit: str = ""
    qualified: str = ""
    period: str = ""


def converted(ours: Figure, theirs: Figure) -> bool:
    """Whether two figures are one quantity in two units of what they measure, counted per one
    period, as their written digits and qualifiers allow (``[numbers.unit_sizes]``): "4.2
    metres" and "13.8 feet", "20 degrees Celsius" and "68 degrees Fahrenheit", "10 km" and "6
    miles", "4.2 metres" and "nearly 14 feet" (see :func:`rounded`); not "4.2 metres" and "4.2
    feet", nor "$48 million" and "€44 million", which no rate at hand converts.

    >>> metres = Figure(frozenset({Decimal("4.2")}), "metre")
    >>> [converted(metres, Figure(frozenset({Decimal(feet)}), "foot", qualified))
    ...  for feet, qualified in (("13.8", ""), ("14", AT_MOST), ("14", AT_LEAST), ("4.2", ""))]
    [True, True, False, False]
    """
    sizes = lexicon().unit_sizes
    size, other_size = sizes.get(ours.unit), sizes.get(theirs.unit)
    if (
        not size
        or not other_size
        or ours.unit == theirs.unit
        or ours.period != theirs.period
        or size.measures != other_size.measures
    ):
        return False
    # A share of a temperature says nothing: 3% of 0C is none, of 32F two degrees.
    linear = not (size.zero or other_size.zero)
    return _agree(ours, theirs, size, other_size, CONVERSION_SLACK if linear else Decimal(0))


def rounded(ours: Figure, theirs: Figure) -> bool:
    """Whether one of two figures in one unit, counted per one period, rounds the other, its
    qualifier saying which way the exact figure lies, within :data:`ROUNDING_SLACK` of it (an
    "about" within :data:`ESTIMATE_SLACK`, or the exact one rounded to the about's own last
    digit: "about $1.3 billion" for $1.26 billion): "nearly 1,000" and "about 1,000" for 987,
    "more than 1,100" for 1,140; not "more than 1,000" for 987, "nearly 1,100" for 1,140, "about
    45,000" for 4,480, "around 30,000" for 31,207, nor 1,000 for 987, which says it is exact.

    >>> exact = Figure(frozenset({Decimal(987)}))
    >>> [rounded(exact, Figure(frozenset({Decimal(1000)}), "", qualified))
    ...  for qualified in (AT_MOST, ABOUT, AT_LEAST, "")]
    [True, True, False, False]
    """
    return (
        ours.unit == theirs.unit
        and ours.period == theirs.period
        and _qualified(ours) != _qualified(theirs)
        and (_agree(ours, theirs, None, None, Decimal(0)) or _about_its_digits(ours, theirs))
    )


def _about_its_digits(ours: Figure, theirs: Figure) -> bool:
    """Whether one of two figures is "about" the other, exact, rounded to the about's own last
    digit that keeps two digits at least (and within :data:`ROUNDING_SLACK`): "about $1.3
    billion" of $1.26 billion; not "about $1.2 billion", cut, nor "around 30,000" of 31,207,
    whose one digit says no more than "about" does.

    >>> about = Figure(frozenset({Decimal("1.3E9")}), "$", ABOUT)
    >>> [_about_its_digits(about, Figure(frozenset({Decimal(e)}), "$")) for e in ("1.26E9", "1.36E9")]
    [True, False]
    """
    return any(
        cut_to_its_digits(told, exact)
        and len(told.normalize().as_tuple().digits) > 1
        and told == _to_its_place(exact, told)
        for about, exact_figure in ((ours, theirs), (theirs, ours))
        if _qualified(about) == ABOUT and not _qualified(exact_figure)
        for told, exact in _numbers_of_each(about, exact_figure)
    )


def _to_its_place(exact: Decimal, told: Decimal) -> Decimal:
    """``exact`` rounded, half up, to the place of ``told``'s last digit that is no zero."""
    return exact.quantize(told.normalize(), ROUND_HALF_UP)


def written_to_fewer_digits(ours: Figure, theirs: Figure) -> bool:
    """Whether two figures in one unit, counted per one period, neither qualified, are one
    number that one of them writes to fewer digits, the other cut or rounded to its last one
    (:func:`cut_to_its_digits`), that keeps two digits at least: "$4.2bn" of "$4.21 billion",
    "36%" of 35.7%, "140" of 137; not "20" of 21, which may as well be a count changed, nor
    "$1.09" of "$1.19". With no qualifier to say which way the exact figure lies, a single
    digit dropped is rounded to the nearest, and only a longer figure may be cut to its
    leading digits, which are what a reader takes in ("$43 million" of $43,885,310): "1,200"
    of 1,250 is another count, not the same written rounder.

    >>> billions = Figure(frozenset({Decimal("4.21E9")}), "$")
    >>> [written_to_fewer_digits(billions, Figure(frozenset({Decimal(told)}), "$"))
    ...  for told in ("4.2E9", "4.3E9", "4E9")]
    [True, False, False]
    >>> written_to_fewer_digits(Figure(frozenset({Decimal(1250)})), Figure(frozenset({Decimal(1200)})))
    False
    """
    return (
        ours.unit == theirs.unit
        and ours.period == theirs.period
        and not ours.qualified
        and not theirs.qualified
        and any(
            cut_to_its_digits(told, exact)
            and len(told.normalize().as_tuple().digits) > 1
            and (told == _to_its_place(exact, told) or _digits_dropped(told, exact) > 1)
            for one, other in ((ours, theirs), (theirs, ours))
            for told, exact in _numbers_of_each(one, other)
        )
    )


def _digits_dropped(told: Decimal, exact: Decimal) -> int:
    """How many more significant places ``exact`` is written to than ``told``: 5 of "$43
    million" against $43,885,310, 1 of "1,200" against 1,250."""
    places, exact_places = (number.normalize().as_tuple().exponent for number in (told, exact))
    return int(places) - int(exact_places)


def rounded_and_unqualified(ours: Figure, theirs: Figure) -> bool:
    """Whether one of two figures in one unit, counted per one period, writes the other to fewer
    digits (:func:`cut_to_its_digits`) and drops the qualifier that made it an estimate, on the
    side that qualifier allows: "5 million" of "about 4.8 million" ("cerca de 4,8 millones"),
    an estimate rounded and stated as exact; not "5 million" of "nearly 4.8 million", above what
    it bounds, nor of "about 4.3 million".

    >>> about = Figure(frozenset({Decimal("4.8E6")}), "", ABOUT)
    >>> [rounded_and_unqualified(about, Figure(frozenset({Decimal(told)}))) for told in ("5E6", "4E6")]
    [True, False]
    """
    return (
        ours.unit == theirs.unit
        and ours.period == theirs.period
        and any(
            cut_to_its_digits(told, exact)
            and _on_the_side_it_says(exact, told, qualified.qualified)
            for qualified, plain in ((ours, theirs), (theirs, ours))
            if _qualified(qualified) and not _qualified(plain)
            for told, exact in _numbers_of_each(plain, qualified)
        )
    )


def _numbers_of_each(told: Figure, exact: Figure) -> Iterator[tuple[Decimal, Decimal]]:
    """Each number a figure may be ``told`` as beside each that another, the ``exact`` one, may
    be: the values of both that are numbers, not words."""
    return (
        (one, other)
        for one in told.values
        if isinstance(one, Decimal)
        for other in exact.values
        if isinstance(other, Decimal)
    )


def _on_the_side_it_says(bounded: Decimal, other: Decimal, qualifier: str) -> bool:
    """Whether ``other`` lies on the side of ``bounded`` that its ``qualifier`` allows: any side
    of an "about" figure, above a "more than" one, below a "nearly" one."""
    if qualifier == AT_MOST:
        return other <= bounded
    if qualifier == AT_LEAST:
        return other >= bounded
    return True


def cut_to_its_digits(told: Decimal, exact: Decimal) -> bool:
    """Whether a number written to fewer digits is another cut or rounded to its last one, and
    within :data:`ROUNDING_SLACK` of it: "$43 million" of $43,885,310, "140" of 137, "36%" of
    35.7%; not "250" of 300, 20% off, "3.6 million" of 3.8 million, nor "$13.60" of $13.62,
    written to as many places.

    >>> [cut_to_its_digits(Decimal(a), Decimal(b)) for a, b in (("43E6", "43885310"),
    ...  ("140", "137"), ("36", "35.7"), ("300", "250"), ("3.6E6", "3.8E6"), ("13.60", "13.62"))]
    [True, True, True, False, False, False]
    """
    written, exact_written = told.as_tuple().exponent, exact.as_tuple().exponent
    exponent = told.normalize().as_tuple().exponent
    exact_exponent = exact.normalize().as_tuple().exponent
    if not isinstance(exponent, int) or not isinstance(exact_exponent, int):
        return False
    # A decimal's last written place, its zeros too, says how exact it is.
    if (
        isinstance(written, int)
        and isinstance(exact_written, int)
        and exact_written >= written
        and written < 0
    ):
        return False
    if exponent <= exact_exponent or told == 0:
        return False
    if abs(told - exact) > ROUNDING_SLACK * abs(exact):
        return False
    place = Decimal(1).scaleb(exponent)
    cut = (exact / place).to_integral_value(ROUND_DOWN) * place
    near = (exact / place).to_integral_value(ROUND_HALF_UP) * place
    return told in (cut, near)


def rounds_a_percentage(share: Figure, percentage: Figure) -> bool:
    """Whether a share in words (see :func:`shares_in_words`) rounds a percentage: within the
    :data:`SHARE_IN_WORDS_PLACE` it is given to, on the side its qualifier says the exact figure
    lies, whatever qualifies the percentage.

    >>> third, almost_half = (shares_in_words(said)[0][2] for said in ("a third of", "almost half of"))
    >>> [rounds_a_percentage(share, Figure(frozenset({Decimal(percent)}), "%"))
    ...  for share, percent in ((third, 31), (almost_half, 48), (almost_half, 40), (almost_half, 51))]
    [True, True, False, False]
    """
    # The place a share in words is given to says how near it lies, not on which side: "fewer
    # than seven in 10" is no 71.1%.
    return any(
        _rounds(ratio * 100, exact, SHARE_IN_WORDS_PLACE, _qualified(share), Decimal(0))
        and _on_the_side_it_says(ratio * 100, exact, _qualified(share))
        for ratio in share.values
        if isinstance(ratio, Decimal)
        for exact in percentage.values
        if isinstance(exact, Decimal)
    )


def compatible(ours: Figure, theirs: Figure) -> bool:
    """Whether two figures in units alike may be one quantity, each read as the span its
    qualifier leaves it (:func:`_span`), overlapping by more than a point, though neither rounds
    the other: "about 22,000" and "more than 20,000", "nearly 1,000" and "more than 900"; not
    "about 19,000" and "more than 20,000", nor 137 and 147, nor "three days" and "four days",
    whose spans only touch, nor "£340 million a year" and "£340 million", counted per no period.

    >>> more = Figure(frozenset({Decimal(20000)}), "", AT_LEAST)
    >>> [compatible(Figure(frozenset({Decimal(value)}), "", ABOUT), more) for value in (22000, 19000)]
    [True, False]
    """
    return (
        ours.period == theirs.period
        and units_alike(ours.unit, theirs.unit)
        and any(
            low < other_high and other_low < high
            for low, high in _span(ours)
            for other_low, other_high in _span(theirs)
        )
    )


def _span(figure: Figure) -> list[tuple[Decimal, Decimal]]:
    """The least and the most each value of a figure may stand for: within half the place of
    its last digit, exact; within :data:`ROUNDING_SLACK` of it, about; up to :data:`BOUND_REACH`
    past it on the side its bound leaves open, at least or at most."""
    qualified = _qualified(figure)
    spans = []
    for value in figure.values:
        if not isinstance(value, Decimal):
            continue
        if qualified == AT_LEAST:
            spans.append((value, value + BOUND_REACH * abs(value)))
        elif qualified == AT_MOST:
            spans.append((value - BOUND_REACH * abs(value), value))
        else:
            spread = ROUNDING_SLACK * abs(value) if qualified == ABOUT else _half_place(value)
            spans.append((value - spread, value + spread))
    return spans


def _agree(
    ours: Figure, theirs: Figure, size: UnitSize | None, other_size: UnitSize | None, slack: Decimal
) -> bool:
    """Whether two figures, each in its unit of ``size`` (one unit alike when None), tell one
    quantity: qualified alike (or neither), as near as the places of their last written digits or
    ``slack`` of the larger allow; one qualified, the other exact, as :func:`_rounds` says."""
    qualified, other_qualified = _qualified(ours), _qualified(theirs)
    if qualified == other_qualified:
        return any(
            abs(value - other) <= max(half + other_half, slack * max(abs(value), abs(other)))
            for value, half in _in_base(ours, size)
            for other, other_half in _in_base(theirs, other_size)
        )
    if qualified and other_qualified:
        return False
    if other_qualified:
        return _agree(theirs, ours, other_size, size, slack)
    return any(
        _rounds(told, exact, exact_half, qualified, slack)
        for told, _ in _in_base(ours, size)
        for exact, exact_half in _in_base(theirs, other_size)
    )


def _qualified(figure: Figure) -> str:
    """What a figure's qualifier says of it, but "exactly", which says what no qualifier does."""
    return "" if figure.qualified == EXACTLY else figure.qualified


def _rounds(
    told: Decimal, exact: Decimal, place: Decimal, qualifier: str, conversion_slack: Decimal
) -> bool:
    """Whether a figure ``told`` with ``qualifier`` rounds the ``exact`` one, written to half a
    ``place`` of its last digit: on the side the qualifier says ("nearly 1,000" above 987), and
    within :data:`ROUNDING_SLACK` of it, or about it within :data:`ESTIMATE_SLACK` and the
    ``conversion_slack`` of a figure converted from another unit. The qualified figure's own
    digits say no more than its qualifier does: "more than 14 feet" is no 13.8 feet.

    >>> [_rounds(Decimal(told), Decimal(137), Decimal("0.5"), ABOUT, Decimal(0)) for told in (140, 145)]
    [True, False]
    """
    off = told - exact
    slack = ESTIMATE_SLACK + conversion_slack if qualifier == ABOUT else ROUNDING_SLACK
    near = abs(off) <= max(place, slack * abs(told))
    if qualifier == AT_MOST:
        return near and off >= -place
    if qualifier == AT_LEAST:
        return near and off <= place
    return near


def _in_base(figure: Figure, size: UnitSize | None) -> list[tuple[Decimal, Decimal]]:
    """Each value a figure may stand for in the base unit of its ``size`` (as itself when None),
    each size of its unit, with half the place of its last written digit there: 4.2 metres are
    4.2 give or take 0.05, 13.8 feet 4.206 give or take 0.015; a span of time none
    (:data:`COUNTED_MEASURES`)."""
    sizes, zero = (size.sizes, size.zero) if size else ((Decimal(1),), Decimal(0))
    counted = size is not None and size.measures in COUNTED_MEASURES
    return [
        (value * each + zero, Decimal(0) if counted else _half_place(value) * each)
        for value in figure.values
        if isinstance(value, Decimal)
        for each in sizes
    ]


def _half_place(value: Decimal) -> Decimal:
    """Half the place of the last digit a number is written to, a whole number's units: 0.05 of
    4.2, 0.5 of 1,000, which "1,000" gives no closer.

    >>> _half_place(Decimal("4.2")), _half_place(Decimal("1000"))
    (Decimal('0.05'), Decimal('0.5'))
    """
    exponent = value.as_tuple().exponent
    return Decimal(1).scaleb(min(exponent, 0)) / 2 if isinstance(exponent, int) else Decimal(0)


def shares_in_words(
    plain: str, of_something: bool = True
) -> list[tuple[tuple[int, int], str, Figure]]:
    """The shares a normalised sentence writes in words, each where it writes it (its qualifier
    in), as written and as one figure: the share, and the whole percentages it rounds and cuts
    to, which a percentage ("67%") and a share in digits ("one in three") match. A share is one
    of something ("a third of", "half the") unless ``of_something`` is false, where another
    sentence gives a percentage in its place: "a third less likely", "cut by almost half".

    >>> [(shown, sorted(map(str, figure.values)), figure.qualified) for _, shown, figure in
    ...  shares_in_words("About two-thirds of the staff, half the nurses and the second half of it")]
    [('About two-thirds', ['0.6666666666666666666666666667', '66%', '67%'], 'about'), ('half', ['0.5', '50%'], '')]
    """
    terms = lexicon()
    found = []
    for share in SHARE_IN_WORDS.finditer(plain):
        part = SHARE_PARTS.get((share["part"] or "").casefold())
        whole = SHARE_WHOLES[share["whole"].casefold()]
        before = words(plain[: share.start()].casefold())
        if part is None and (whole != 2 or (before[-1:] and before[-1] in terms.ordinals)):
            continue  # "the third of five", "the second half of the year"
        if SHARE_OF_ONE.match(plain, share.end()) or (
            of_something
            and not (share["plural"] and part and part > 1)
            and not SHARE_OF.match(plain, share.end())
        ):
            continue  # "a third time", "half an hour"
        if part and part >= whole:
            continue
        found.append(_share_figure(plain, share.start(), share.end(), Decimal(part or 1) / whole))
    return found


def shares_written(
    plain: str, of_something: bool = True
) -> list[tuple[tuple[int, int], str, Figure]]:
    """The shares a normalised sentence writes, in words (:func:`shares_in_words`, with
    ``of_something`` as there) and as a count of a whole (:func:`shares_of_a_whole`), in the
    order it writes them.

    >>> [shown for _, shown, _ in shares_written("One in five homes, nearly half the town, lost power.")]
    ['One in five', 'nearly half']
    """
    return sorted([*shares_in_words(plain, of_something), *shares_of_a_whole(plain)])


def shares_of_a_whole(plain: str) -> list[tuple[tuple[int, int], str, Figure]]:
    """The shares a normalised sentence writes as a count of a larger whole ("four in 10",
    "one in five"), each as :func:`shares_in_words` gives a share: where it writes it (its
    qualifier in), as written and as one figure, which a percentage it rounds matches.

    >>> [(shown, sorted(map(str, figure.values)), figure.qualified) for _, shown, figure in
    ...  shares_of_a_whole("More than four in 10 said so, one in 2020 did not, living in one in five homes.")]
    [('More than four in 10', ['0.4', '40%'], 'at_least'), ('one in five', ['0.2', '20%'], '')]
    """
    found = []
    for share in SHARE_OF_A_WHOLE.finditer(plain):
        part, whole = (_whole_number(share[side].casefold()) for side in ("part", "whole"))
        if part is not None and whole is not None and 0 < part < whole <= ONE_IN_AT_MOST:
            found.append(_share_figure(plain, share.start(), share.end("whole"), part / whole))
    return found


def _share_figure(
    plain: str, start: int, end: int, ratio: Decimal
) -> tuple[tuple[int, int], str, Figure]:
    """A share ``ratio`` that ``plain`` writes at ``start:end``, with the qualifier of up to
    :data:`SHARE_QUALIFIER_WORDS` words before it ("a little more than"): its span and words,
    qualifier in, and the figure of the share and the whole percentages it rounds and cuts to."""
    terms = lexicon()
    before = words(plain[:start].casefold())
    qualifier = ""
    for count in range(SHARE_QUALIFIER_WORDS, 0, -1):
        said = " ".join(before[-count:])
        if len(before) < count or said not in terms.number_qualifiers:
            continue
        if written := _ends_with_words(said).search(plain, 0, start):
            start, qualifier = written.start(), terms.number_qualifiers[said]
            break
    return (start, end), plain[start:end], Figure(_share(ratio), "", qualifier)


@lru_cache(maxsize=1 << 8)
def _ends_with_words(phrase: str) -> re.Pattern[str]:
    """A text's end that writes the words of ``phrase`` in any case, whatever spaces or marks
    stand between them and after them ("more  than", "More\\nthan "): found so in the text as
    written, where a case-folded copy's offsets may differ ("Straße" folds to "strasse").

    >>> _ends_with_words("more than").search("It cost more\\nthan ").start()
    8
    """
    words_of = r"\W+".join(map(re.escape, phrase.split()))
    return re.compile(rf"(?<!\w){words_of}\W*\Z", re.IGNORECASE)


def units_alike(unit: str, other: str) -> bool:
    """Whether the same number in two units is one quantity: one unit, or two that news writes
    for one size ("tons" for tonnes).

    >>> units_alike("ton", "tonne"), units_alike("foot", "metre"), units_alike("", "")
    (True, False, True)
    """
    sizes = lexicon().unit_sizes
    size, other_size = sizes.get(unit), sizes.get(other)
    return unit == other or bool(
        size
        and other_size
        and not size.zero
        and not other_size.zero
        and set(size.sizes) & set(other_size.sizes)
    )


def _take_match(
    mention: tuple[str, frozenset[Value], bool],
    free: list[tuple[str, frozenset[Value], bool]],
    alike: bool,
    exact: bool,
    as_written: bool,
) -> bool:
    """Whether a number of ``free`` meets ``mention`` (one stated or held as it is, if
    ``alike``; by a value both may be, not by a reading one of them only may stand for, if
    ``exact``: see :func:`_meet`; written as it is, if ``as_written``), which is then taken
    from ``free``."""
    written, values, stated = mention
    meet = _meet_exactly if exact else _meet
    for n, (their_written, theirs, their_stated) in enumerate(free):
        if (
            (their_stated == stated or not alike)
            and (their_written == written or not as_written)
            and meet(values, theirs)
        ):
            del free[n]
            return True
    return False


def _meet(ours: frozenset[Value], theirs: frozenset[Value]) -> bool:
    """Whether two numbers may be one: they share a value; or one is a time of day without a
    clock's marks ("at 8", whose readings are marked ``PLAIN_READING``: "~08:00", "~20:00")
    and the other a time by the clock it may be ("8pm"), or one "today" and the other a weekday.
    Two such meet by their own values alone: "around 8" and "around 20" are two, and so are
    "today" and "yesterday"."""
    plain_ours, plain_theirs = _plain_readings(ours), _plain_readings(theirs)
    if not plain_ours and not plain_theirs:
        return not ours.isdisjoint(theirs)
    ours, theirs = ours - plain_ours, theirs - plain_theirs
    return (
        not ours.isdisjoint(theirs)
        or any(reading[1:] in theirs for reading in plain_ours)
        or any(reading[1:] in ours for reading in plain_theirs)
    )


def _meet_exactly(ours: frozenset[Value], theirs: frozenset[Value]) -> bool:
    """Whether two numbers share a value, their readings marked ``PLAIN_READING`` aside."""
    return not (ours - _plain_readings(ours)).isdisjoint(theirs - _plain_readings(theirs))


def _plain_readings(values: frozenset[Value]) -> frozenset[str]:
    return frozenset(v for v in values if isinstance(v, str) and v.startswith(PLAIN_READING))


# One wire sentence is judged and compared against every outlet that carries it, by the aligner
# and by framing: its numbers are read once.
@lru_cache(maxsize=1 << 15)
def sentence_numbers(plain: str, tokens: tuple[str, ...]) -> Numbers:
    """The numbers and dates of a sentence, given in plain typography and as its words.

    A dateline's date ("LONDON, March 10 (Reuters) -", any dateline :meth:`Lexicon.dateline`
    reads) is held but not stated: it says when the wire filed the story, not when anything
    happened, so a version without it changes no date.
    Nor is a lone "one", as often a pronoun ("no one") as a number, an ordinal ("first"), nor a
    fraction in words alone ("half of them"), a share of something the sentence counts or not.

    >>> text = "LONDON, March 10 (Reuters) - No one saw the twelve 20 000 seat stands."
    >>> numbers = sentence_numbers(text, words(text))
    >>> [(written, stated) for written, _, stated in numbers.mentions]
    [('one', False), ('twelve', True), ('20000', True), ('march', False), ('10', False)]

    A number in another script's digits is read as in ASCII's and kept as written: Hindi
    "\u096a:\u0967\u0966" is the time "4:10", as the sentence writes it.

    >>> sentence_numbers("\u096a:\u0967\u0966 \u092c\u091c\u0947", ()).mentions
    (('\u096a:\u0967\u0966', frozenset({'04:10'}), True),)
    """
    if plain.isascii() or not (zeros := _zeros_of_other_digits(plain)):
        return _sentence_numbers(plain, tokens)
    # A digit is one character in any script, so the sentence's text keeps its offsets.
    numbers = _sentence_numbers(
        plain.translate(IN_ASCII_DIGITS),
        tuple(token.translate(IN_ASCII_DIGITS) for token in tokens),
    )
    if len(zeros) > 1 or ASCII_DIGIT.search(plain):
        return numbers
    # One script's digits alone: each number is given in them again, as the sentence writes it.
    (zero,) = zeros
    as_written = str.maketrans({str(digit): chr(zero + digit) for digit in range(10)})
    return Numbers(
        tuple(
            (written.translate(as_written), values, stated)
            for written, values, stated in numbers.mentions
        )
    )


def _zeros_of_other_digits(plain: str) -> set[int]:
    """The code points of the zeros of the scripts other than ASCII whose digits ``plain`` holds."""
    return {ord(digit) - unicodedata.decimal(digit) for digit in OTHER_DIGIT.findall(plain)}


def _dialled(phone: str) -> frozenset[Value] | None:
    """A telephone number's values: its digits as dialled, as a string, so that a number
    regrouped is itself, one with a digit changed another and a leading "0" one of its digits
    ("0612345678" is no "612345678"). After a country's code they are dialled with it, and also
    inside that country (a reading marked ``PLAIN_READING``), which only a number written without a
    code meets: "+44 20 7946 0958" is "020 7946 0958", but never "+33 20 7946 0958".
    None for digits that a date writes whole: "07-12-2024" is a day, a month and a year.

    >>> sorted(_dialled("+44 20 7946 0958")), _dialled("0207 946 0958")
    (['+442079460958', '~02079460958'], frozenset({'02079460958'}))
    >>> sorted(_dialled("1-212-555-0199")), _dialled("(212) 555-0199")
    (['+12125550199', '~2125550199'], frozenset({'2125550199'}))
    >>> _dialled("07-12-2024") is None, sorted(_dialled("+44 (0)20 7946 0958"))
    (True, ['+442079460958', '~02079460958'])
    """
    if any(date.fullmatch(phone) for date in DATES_IN_DIGITS):
        return None
    digits = NOT_DIGITS.sub("", phone.replace(TRUNK_IN_BRACKETS, ""))
    if phone.startswith("+"):
        code = NOT_DIGITS.split(phone[1:], maxsplit=1)[0]
    elif phone.startswith(NORTH_AMERICA):
        code = NORTH_AMERICA
    else:
        return frozenset({digits})
    national = digits[len(code) :]
    if code != NORTH_AMERICA and not national.startswith("0"):
        national = "0" + national
    return frozenset({"+" + digits, PLAIN_READING + national})


def _said_to_be_dialled(phone: re.Match[str]) -> bool:
    """Whether a telephone number's layout found by PHONE_NUMBER is one: nine digits in threes
    or run together are as often a count, and a telephone number only after one of
    ``phone_words`` among the few words before them.

    >>> [_said_to_be_dialled(p) for p in PHONE_NUMBER.finditer("Llame al 911 234 567.")]
    [True]
    >>> [_said_to_be_dialled(p) for p in PHONE_NUMBER.finditer("It cost 911 234 567 euros.")]
    [False]
    """
    return phone["like_a_count"] is None or not lexicon().phone_words.isdisjoint(
        words(phone.string[: phone.start()])[-PHONE_WORD_REACH:]
    )


def tenfold_apart(one: str, other: str) -> bool:
    """Whether two numbers as written, one each, are ten times apart or more however either
    reads: "£340 million" and "£340 billion", "11,200" and "112,000"; not "11,200" and
    "11,000", nor "4.1% to 6.3%" and "two years" (two numbers for one).

    >>> tenfold_apart("£340 million", "£340 billion"), tenfold_apart("11,200", "11,000")
    (True, False)
    """
    readings = []
    for written in (one, other):
        mentions = numbers_in(written).mentions
        if len(mentions) != 1:
            return False
        values = [v for v in mentions[0][1] if isinstance(v, Decimal) and v]
        if not values:
            return False
        readings.append(values)
    return all(
        max(abs(a), abs(b)) >= TENFOLD * min(abs(a), abs(b))
        for a in readings[0]
        for b in readings[1]
    )


# Templates ask it of a sentence once for every pair of articles that holds it: read into words
# and looked up once a text, not each time.
@lru_cache(maxsize=1 << 15)
def numbers_in(text: str) -> Numbers:
    """The numbers and dates of a sentence as written (see :func:`sentence_numbers`).

    >>> [written for written, _, _ in numbers_in("Twelve died on Monday.").mentions]
    ['twelve', 'monday']
    """
    plain = normalise(text)
    return sentence_numbers(plain, words(plain))


def _sentence_numbers(plain: str, tokens: Sequence[str]) -> Numbers:
    if _holds_no_numbers(plain, tokens):
        return NO_NUMBERS
    plain, tokens = without_hesitations(plain, tokens)
    if MAY_BE_MISREAD.search(plain):
        plain, misread = MISREAD_WORD.subn(" ", plain)
        tokens = words(plain) if misread else tokens
    hidden, plain = _numbers_apart_from_words(plain)
    if hidden or (_may_hold_a_numbered_name(plain) and _numbered_name().search(plain)):
        plain = _without_numbered_names(plain)
        tokens = words(plain)
    dateline = lexicon().dateline(plain)
    body = plain[dateline.end :] if dateline else plain
    seasons = 0
    if "/" in body:
        body, seasons = SEASON_WITH_A_SLASH.subn(r"\g<year>-\g<short>", body)
    # Most sentences have no dateline, thousands grouped by spaces nor a season with a slash:
    # their words serve.
    if dateline or seasons or SPACED_THOUSANDS.search(body):
        tokens = words(thousands_joined(body))
    written, folded = _unread_as_written()
    if not folded.isdisjoint(tokens):
        tokens = _without_words_written(tokens, _months_named_in_lower_case(body), written)
    if names := _names_in_other_languages(body, tokens):
        tokens = _without_words_written(tokens, body, names)
    if ONCE in body.casefold():
        tokens = _without_uncounted_once(tokens, body)
    in_names = _english_numbers_in_names(body, tokens) | _days_in_outlets_names(body, tokens)
    ones = _spans_of_one(body)
    not_english = lexicon().multipliers_not_in_english
    if not not_english.isdisjoint(tokens) and in_english(body):
        tokens = _without_lone_multipliers(tokens, not_english, _beside_a_number_word)
    if not (after_numbers := lexicon().multipliers_after_numbers).isdisjoint(tokens):
        tokens = _without_lone_multipliers(tokens, after_numbers, _after_a_number)
    if RATE_PER in tokens:
        tokens = _without_rate_denominators(tokens)
    if "-" in body:
        tokens = _spoken_pairs_apart(tokens)
    months, maybe_months = _month_may(body)
    as_months = _capitalised_months(body)
    in_words = _mentions(tokens, body.casefold(), as_months)
    if "-" in body:
        in_words = _with_amounts_below_zero(body, in_words)
    mentions = hidden + ones + in_words + [MAY] * months + _months_after_days(body, tokens)
    rises = _factor_rises(body)
    if not mentions and not maybe_months and not dateline and not rises:
        return NO_NUMBERS
    if "%" in body or "per" in body.casefold():  # "PERCENT" in captions
        percentages = {number for share in PERCENTAGE.findall(body) for number in share}
        # A number in words before its share's word is as much a percentage: "Nine per cent"
        # is "9%".
        percentages |= {
            written
            for written, _ in mentions
            if not written[0].isdigit()
            and re.search(rf"\b{re.escape(written)}{share_after().pattern}", body, re.IGNORECASE)
        }
        mentions = [
            (written, values | _as_percentage(values) if written in percentages else values)
            for written, values in mentions
        ]
    filed = _filed_date(plain[: dateline.end]) if dateline else []
    held = filed + [MAY] * maybe_months + rises
    counted = _counted_in_their_language([written for written, _ in mentions], body)
    return Numbers(
        tuple(
            (
                written,
                values,
                (written in counted or not _is_held(written)) and (written, seen) not in in_names,
            )
            for (written, values), seen in zip(mentions, _times_seen(mentions), strict=True)
        )
        + tuple((written, values, False) for written, values in held)
    )


def _counted_in_their_language(written: Sequence[str], body: str) -> frozenset[str]:
    """The held number words among ``written`` that count in the language ``body`` is written
    in (``[numbers] held_but_in_their_language``): Spanish "cinco", not the name's "Cinco de
    Mayo" in English.

    >>> sorted(_counted_in_their_language(["cinco", "32"], "Cinco personas murieron y 32 resultaron heridas."))
    ['cinco']
    >>> _counted_in_their_language(["cinco"], "Cinco de Mayo parades drew crowds on Sunday.")
    frozenset()
    """
    by_language = lexicon().held_but_in_their_language
    if not any(word in words for word in written for words in by_language.values()):
        return frozenset()
    return by_language.get(words_language(body) or "", frozenset()) & frozenset(written)


def _with_amounts_below_zero(
    body: str, mentions: list[tuple[str, frozenset[Value]]]
) -> list[tuple[str, frozenset[Value]]]:
    """``mentions``, the numbers read from the words of ``body``, with the amounts of money it
    writes below zero negated: its words drop the minus before a currency sign ("-$12 million")
    or after it ("$-12 million"), which the digits alone keep ("-12%", see ``BELOW_ZERO``).

    >>> _with_amounts_below_zero("An outflow of -$12 million", [("12 million", frozenset({Decimal(12000000)}))])
    [('12 million', frozenset({Decimal('-12000000')}))]
    """
    negated = list(mentions)
    for amount in _amount_below_zero().finditer(body):
        digits = amount["digits"]
        # Its mention is the one after as many of these digits as the text writes before it,
        # each whole: the "12" of "12.5" or "12,000" is another number's.
        before = body[: amount.start("digits")]
        earlier = len(re.findall(rf"(?<![\w.,]){re.escape(digits)}(?![\d]|[.,]\d)", before))
        alike = [
            n
            for n, (written, _) in enumerate(mentions)
            if (opening := LEADING_DIGITS.match(written)) and opening[0] == digits
        ]
        if earlier < len(alike):
            written, values = mentions[alike[earlier]]
            below = frozenset(-v if isinstance(v, Decimal) else v for v in values)
            negated[alike[earlier]] = (written, below)
    return negated


@cache
def _amount_below_zero() -> re.Pattern[str]:
    """An amount of money with a minus before its currency sign or after it, and its digits:
    "-$12 million", "(-\u20ac4.5bn)", "$-12 million"; not "$10-$12", a range."""
    sign = lexicon().currency_sign.pattern
    return re.compile(
        rf"(?:{MINUS_OPENING_A_WORD}(?:{sign}) ?|{WORD_OPENS}(?:{sign})-)(?P<digits>\d+(?:[.,]\d+)*)"
    )


def without_hesitations(plain: str, tokens: Sequence[str]) -> tuple[str, Sequence[str]]:
    """A sentence, given in plain typography and as its words, without the hesitations inside
    its numbers said aloud (:func:`_without_a_filler`), as its numbers and their qualifiers are
    read; its words are also without a hesitation that is another language's number word
    (Portuguese "um") unless the rest of the sentence reads as another language than English.

    >>> without_hesitations("TOOK MORE THAN UM FOUR HOURS", words("TOOK MORE THAN UM FOUR HOURS"))
    ('TOOK MORE THAN FOUR HOURS', ('took', 'more', 'than', 'four', 'hours'))
    >>> without_hesitations("It took, um, four hours", words("It took, um, four hours"))[1]
    ('it', 'took', 'four', 'hours')
    >>> without_hesitations("Um homem de 40 anos", words("Um homem de 40 anos"))[1]
    ('um', 'homem', 'de', '40', 'anos')
    """
    if lexicon().spoken_fillers.isdisjoint(tokens):
        return plain, tokens
    plain = _fillers_in_numbers().sub(_without_a_filler, plain)
    tokens = words(plain)
    numbers_elsewhere = _fillers_that_are_numbers()
    if numbers_elsewhere.isdisjoint(tokens):
        return plain, tokens
    # Which language a sentence is in is read without the word in doubt: "um" is among
    # Portuguese's commonest words, and would make "Um, we don't know yet" Portuguese.
    rest = tuple(token for token in tokens if token not in numbers_elsewhere)
    if words_language(" ".join(rest)) in (None, "en"):
        return plain, rest
    return plain, tokens


@cache
def _fillers_that_are_numbers() -> frozenset[str]:
    """The hesitations (``[numbers.spoken] fillers``) that are number words of another language:
    "um", one in Portuguese."""
    terms = lexicon()
    return terms.spoken_fillers & terms.number_words.keys()


@cache
def _fillers_in_numbers() -> re.Pattern[str]:
    """A hesitation (``[numbers.spoken] fillers``) between two words, with the commas a
    transcript sets around it: "six uh million", "two point, um, four"."""
    fillers = "|".join(sorted(lexicon().spoken_fillers))
    return re.compile(
        rf"(?P<before>\b[^\W\d_][\w-]*)(?P<filler>,?\s+(?:{fillers}),?\s+)"
        r"(?=(?P<after>[^\W\d_][\w-]*))",
        re.IGNORECASE,
    )


def _without_a_filler(found: re.Match[str]) -> str:
    """The two words of a :func:`_fillers_in_numbers` match, a space between them where both are
    words of a number said aloud ("six million", "two point four"), or the first ends a
    qualifier of the number ("more than four", ``[number_qualifiers]``); else the match as
    written.

    >>> _fillers_in_numbers().sub(_without_a_filler, "SIX UH MILLION, or two point, um, four")
    'SIX MILLION, or two point four'
    >>> _fillers_in_numbers().sub(_without_a_filler, "MORE THAN UM FOUR HOURS, said, um, four")
    'MORE THAN FOUR HOURS, said, um, four'
    """
    if _said_in_a_number(found["after"].casefold()) and (
        _said_in_a_number(found["before"].casefold())
        or _ends_a_qualifier().search(found.string, endpos=found.end("before"))
    ):
        return f"{found['before']} "
    return found[0]


@cache
def _ends_a_qualifier() -> re.Pattern[str]:
    """A qualifier of a number (``[number_qualifiers]``: "more than", "about") that ends where
    the search ends."""
    qualifiers = "|".join(
        sorted(map(re.escape, lexicon().number_qualifiers), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{qualifiers})$", re.IGNORECASE)


def _said_in_a_number(word: str) -> bool:
    """Whether a case-folded word may be a word of a number said aloud: a number word ("six",
    "twenty-three"), a multiplier ("million") or a decimal point ("point")."""
    terms = lexicon()
    return (
        word in terms.decimal_points or word in terms.multipliers or _spoken_count(word) is not None
    )


def _holds_no_numbers(plain: str, tokens: Sequence[str]) -> bool:
    """Whether a sentence, given in plain typography and as its words, is sure to hold no
    number nor date (most sentences of an article hold none), told far quicker than
    :func:`_sentence_numbers` reads them.

    Each check stands for what would find one in a sentence in ASCII without digits, whose
    words then stay its words or fewer of them: a numbered name's words before a number
    ("World War Two"), which takes the words it names out; a clock's words ("noon") or a Spanish
    or Portuguese time's part of the day ("las seis de la tarde"); "May"; a dateline, which
    cuts the words it opens with off; a word :func:`_mentions` visits; a month of another
    language, which :func:`_months_after_days` reads after its day.

    >>> _holds_no_numbers("They met in Paris.", ("they", "met", "in", "paris"))
    True
    >>> _holds_no_numbers("They met at noon.", ("they", "met", "at", "noon"))
    False
    """
    return (
        plain.isascii()
        and "May" not in plain
        and _span_of_one().search(plain) is None
        and DIGIT.search(plain) is None
        and _months_of_other_languages().isdisjoint(tokens)
        and not any(map(_may_open_a_mention, tokens))
        and not _may_hold_a_numbered_name(plain)
        and not any(part in plain for part in _iberian_day_parts())
        and CLOCK_TIME.search(plain) is None
        and lexicon().dateline(plain) is None
        # "Rents have doubled" is a rise of 100%, whatever else the sentence holds.
        and _factor().search(plain) is None
    )


def _without_rate_denominators(tokens: Sequence[str]) -> Sequence[str]:
    """``tokens`` without a multiplier a rate is counted per, alone after "per": "22 parts per
    billion" counts 22 parts, "billion" its unit and no figure of its own, which a version that
    writes "22 ppb", or "15" for "15 parts per billion", does not drop.

    >>> _without_rate_denominators(("22", "parts", "per", "billion", "of", "lead"))
    ('22', 'parts', 'per', 'of', 'lead')
    """
    multipliers = lexicon().multipliers
    return tuple(
        token
        for n, token in enumerate(tokens)
        if not (token in multipliers and n and tokens[n - 1] == RATE_PER)
    )


def _spoken_pairs_apart(tokens: Sequence[str]) -> Sequence[str]:
    """``tokens`` with each word of number words joined by hyphens that make no one number taken
    apart into its words, as a script writes what print gives in digits: "seven-thirty" is the
    time "seven thirty" ("7:30"), "three-to-one" the margin "three to one" ("3-1"), where
    "forty-five" stays one number.

    >>> _spoken_pairs_apart(["at", "seven-thirty", "by", "three-to-one", "forty-five"])
    ['at', 'seven', 'thirty', 'by', 'three', 'to', 'one', 'forty-five']
    """
    terms = lexicon()
    cardinals = terms.number_words.keys() - terms.ordinals
    apart: list[str] = []
    for token in tokens:
        parts = token.split("-")
        spoken_pair = (
            len(parts) > 1
            and all(part in cardinals or part in terms.spoken_pair_joins for part in parts)
            and _read(_Spelled(), _parts(token))[1] < len(_parts(token))
        )
        apart.extend(parts if spoken_pair else [token])
    return apart


def _without_lone_multipliers(
    tokens: Sequence[str],
    multipliers: AbstractSet[str],
    numbered: Callable[[Sequence[str], int], bool],
) -> Sequence[str]:
    """``tokens`` without those of ``multipliers`` that the number ``numbered`` asks for does not
    multiply: English slang's "mil" beside no number word ("$40 mil" is $40 million; beside
    one, a Spanish number is quoted, "mil doscientos"), Hindi "अरब" after no number (a thousand
    million in "₹12 अरब", Arab in "सऊदी अरब").

    >>> _without_lone_multipliers(("worth", "40", "mil", "or", "mil", "doscientos"), {"mil"}, _beside_a_number_word)
    ('worth', '40', 'or', 'mil', 'doscientos')
    >>> _without_lone_multipliers(("12", "अरब", "सऊदी", "अरब", "सात", "अरब"), {"अरब"}, _after_a_number)
    ('12', 'अरब', 'सऊदी', 'सात', 'अरब')
    """
    return tuple(
        token for n, token in enumerate(tokens) if token not in multipliers or numbered(tokens, n)
    )


def _beside_a_number_word(tokens: Sequence[str], at: int) -> bool:
    """Whether a number word stands right before or after the token at ``at``."""
    number_words = lexicon().number_words
    return any(
        word in number_words for word in (*tokens[max(at - 1, 0) : at], *tokens[at + 1 : at + 2])
    )


def _after_a_number(tokens: Sequence[str], at: int) -> bool:
    """Whether a number, in digits or in words, stands right before the token at ``at``."""
    return at > 0 and (is_number(tokens[at - 1]) or tokens[at - 1] in lexicon().number_words)


def _filed_date(dateline: str) -> list[tuple[str, frozenset[Value]]]:
    """The date a dateline gives, as written and with its values; none if it gives none. Its
    "may" is the month, whatever its case.

    >>> [written for written, _ in _filed_date("Valencia, 14 may (EFE). -")]
    ['14', 'may']
    """
    found = FILED_DATE.search(dateline)
    if not found:
        return []
    date = found.group().casefold()
    tokens = words(date)
    return _mentions(tokens, date) + [MAY] * tokens.count("may")


@cache
def _unread_as_written() -> tuple[frozenset[str], frozenset[str]]:
    """The words that are no numbers or dates as written (:func:`_without_words_written`), and
    the same case-folded."""
    terms = lexicon()
    written = terms.capitalised_months | terms.number_acronyms
    return written, frozenset(word.casefold() for word in written)


def _months_named_in_lower_case(body: str) -> str:
    """``body`` with a month whose name is a word too written in lower case, as speech-to-text
    writes every word, capitalised where its place names the month: after a word that comes
    before a month ("since march", "end of august") or beside a day's digits ("march 3"), where
    "a protest march" stays a word.

    >>> _months_named_in_lower_case("they march in march, not since march 3")
    'they march in March, not since March 3'
    """
    return _lower_case_month().sub(lambda found: found[0].capitalize(), body)


@cache
def _lower_case_month() -> re.Pattern[str]:
    """A month of ``capitalised_months`` in lower case where its place names it (see
    :func:`_months_named_in_lower_case`): after the words "May" is the month after
    (``MONTH_MAY``) but "this", "each" and "every" ("this august body"), or beside a day."""
    months = "|".join(sorted(lexicon().capitalised_months))
    after_words = (
        r"(?<=\bin )|(?<=\bfrom )|(?<=\bsince )|(?<=\buntil )|(?<=\btill )|(?<=\blast )"
        r"|(?<=\bnext )|(?<=\bearly )|(?<=\blate )|(?<=\bmid )|(?<=\bend of )"
        r"|(?<=\bstart of )|(?<=\bbeginning of )|(?<=\bmiddle of )|(?<=\d )"
    )
    return re.compile(rf"(?:{after_words})(?:{months})\b|\b(?:{months})(?= \d{{1,2}}\b)")


def _without_words_written(
    tokens: Sequence[str], body: str, written: AbstractSet[str]
) -> Sequence[str]:
    """``tokens`` without the words that ``body`` writes as one of ``written``, case and all,
    where they are words of another meaning: English month names in lower case ("I can march
    with all four"), number words in capitals ("the UN").

    >>> _without_words_written(("they", "march", "in", "march"), "They march in March.", {"march"})
    ('they', 'in', 'march')
    """
    unread = Counter(word.casefold() for word in find_words(body) if word in written)
    if not unread:
        return tokens
    kept = []
    for token in tokens:
        if unread[token]:
            unread[token] -= 1
        else:
            kept.append(token)
    return tuple(kept)


def _without_uncounted_once(tokens: Sequence[str], body: str) -> Sequence[str]:
    """``tokens`` without the "once" that ``body`` writes where it counts no time (see
    ``ONCE_COUNTED``), nor a word it opens before a hyphen ("once-busy"), and without every
    "once" of a Spanish text (eleven there, read only in a time of day).

    >>> text = "Once the once-busy plant shut, it was cited once."
    >>> _without_uncounted_once(words(text), text)
    ('the', 'plant', 'shut', 'it', 'was', 'cited', 'once')
    """
    folded = body.casefold()
    counted = 0 if words_language(body) == "es" else len(ONCE_COUNTED.findall(folded))
    uncounted = len(re.findall(rf"\b{ONCE}\b(?!-)", folded)) - counted
    kept = []
    for token in tokens:
        if token.startswith(f"{ONCE}-"):
            continue
        if token == ONCE and uncounted > 0:
            uncounted -= 1
        else:
            kept.append(token)
    return tuple(kept)


def _names_in_other_languages(body: str, tokens: Sequence[str]) -> frozenset[str]:
    """The words of an English ``body`` that are another language's number words written as a
    name's (see ``[numbers] english``): with a capital inside the sentence, or, opening it,
    hyphened to a capitalised word; as written.

    >>> sorted(_names_in_other_languages(
    ...     "Trois-Rivieres beat the Tres Hermanos side, tres veces.",
    ...     ("trois-rivieres", "beat", "the", "tres", "hermanos", "side", "tres", "veces")))
    ['Tres', 'Trois-Rivieres']
    """
    foreign = _numbers_in_other_languages()
    if not any(map(_opens_with_another_languages_number, tokens)) or not in_english(body):
        return frozenset()
    return frozenset(
        word
        for n, word in enumerate(find_words(body))
        if word[0].isupper()
        and word.casefold().partition("-")[0] in foreign
        and (n or word.partition("-")[2][:1].isupper())
    )


def _spans_of_one(body: str) -> list[tuple[str, frozenset[Value]]]:
    """The spans of one unit of time that ``body`` writes with "a" or "an" after a qualifier
    (:func:`_span_of_one`), each as written, in lower case, with its value, one: "nearly an
    hour" states one hour, as "nearly one hour" does. Not one without a qualifier, as often a
    rate ("$15 an hour", "R1,500 a month", "once a year") or no count ("an hour later").

    >>> _spans_of_one("It took nearly an hour, an hour more than planned.")
    [('an hour', frozenset({Decimal('1')}))]
    """
    return [(" ".join(one["one"].casefold().split()), ONE) for one in _span_of_one().finditer(body)]


@cache
def _one_qualifiers() -> frozenset[str]:
    """The qualifiers of ``[number_qualifiers]`` that say how exact a span of one unit of time
    written with "a" or "an" is ("nearly an hour"): the English ones, but those that may say
    when (``[time] span_qualifiers``: "Over a year, prices doubled")."""
    terms = lexicon()
    return frozenset(
        qualifier
        for qualifier in terms.number_qualifiers
        if qualifier.isascii()
        and qualifier[:1].isalpha()
        and qualifier not in terms.span_qualifiers
    )


@cache
def _units_of_one() -> frozenset[str]:
    """The units of time (``[time] units``) that "a" or "an" writes one of: not "a second", as
    often an ordinal ("a second attack")."""
    return frozenset(unit for unit in lexicon().time_units if not unit.startswith(ORDINAL_UNIT))


@cache
def _span_of_one() -> re.Pattern[str]:
    """One unit of time written with "a" or "an" (:func:`_units_of_one`), which it captures as
    ``one``, after a qualifier of :func:`_one_qualifiers`, as ``qualifier``: "nearly an hour",
    "more than a year"; not a compound ("nearly a year-long siege")."""
    qualifiers = sorted(
        (re.escape(q).replace(r"\ ", r"\s+") for q in _one_qualifiers()), key=len, reverse=True
    )
    units = sorted(_units_of_one(), key=len, reverse=True)
    return re.compile(
        rf"\b(?P<qualifier>{'|'.join(qualifiers)})\s+(?P<one>an?\s+(?:{'|'.join(units)}))(?![\w-])",
        re.IGNORECASE,
    )


def qualified_ones(tokens: Sequence[str]) -> dict[int, str]:
    """Where a sentence's words write "a" or "an" to open a span of one unit of time after a
    qualifier (:func:`_span_of_one`), each with that qualifier as the words write it: the
    article stands where "one" of "nearly one hour" would.

    >>> qualified_ones(("it", "took", "nearly", "an", "hour", "and", "a", "day"))
    {3: 'nearly'}
    """
    found = {}
    for position, (token, after) in enumerate(pairwise(tokens)):
        if token not in ARTICLES_OF_ONE or after not in _units_of_one():
            continue
        for length in (3, 2, 1):
            qualifier = " ".join(tokens[max(0, position - length) : position])
            if length <= position and qualifier in _one_qualifiers():
                found[position] = qualifier
                break
    return found


def unit_of_one(written: str) -> str | None:
    """The unit of time of a span of one as :func:`sentence_numbers` writes it ("hour" of "an
    hour"); None of another number.

    >>> unit_of_one("an hour"), unit_of_one("one hour")
    ('hour', None)
    """
    article, _, unit = written.partition(" ")
    return unit if article in ARTICLES_OF_ONE and unit in _units_of_one() else None


def _times_seen(mentions: Sequence[tuple[str, frozenset[Value]]]) -> list[int]:
    """How many mentions written alike come before each of ``mentions``.

    >>> _times_seen([("seven", frozenset()), ("2", frozenset()), ("seven", frozenset())])
    [0, 0, 1]
    """
    seen: Counter[str] = Counter()
    times = []
    for written, _ in mentions:
        times.append(seen[written])
        seen[written] += 1
    return times


def _english_numbers_in_names(body: str, tokens: Sequence[str]) -> frozenset[tuple[str, int]]:
    """The English number words that an English ``body`` writes as a name's, each case-folded
    and with how many of its words so written come before it: with a capital inside the
    sentence, before another capitalised word ("the Seven Sisters station") or after one that
    does not open it ("the Big Four banks") and is none of ``[numbers] numbering_words`` (not
    "a Category Five hurricane"); none in a headline in title case ("Police Say Five Dead"),
    which capitalises every count.

    Such a number is held but not stated (see :func:`sentence_numbers`): "the Ten Most Wanted
    list" is the "10 Most Wanted" list, but leaving the name out changes no number.

    >>> text = "Seven people died at the Seven Sisters station."
    >>> _english_numbers_in_names(text, words(text))
    frozenset({('seven', 1)})
    """
    if lexicon().english_numbers.isdisjoint(tokens):
        return frozenset()

    def opens_the_sentence(at: int) -> bool:
        return not body[:at].strip(OPENING_MARKS + " ")

    found = [
        name
        for name in _english_number_in_a_name().finditer(body)
        if not opens_the_sentence(name.start("number"))
        and (
            name["after"]
            or (
                name["before"]
                and not opens_the_sentence(name.start("before"))
                and name["before"] not in lexicon().numbering_words
            )
        )
    ]
    if not found or is_title_cased(body) or not in_english(body):
        return frozenset()
    names = set()
    for name in found:
        number = name["number"].casefold()
        before = find_words(body[: name.start("number")])
        names.add((number, sum(word.casefold() == number for word in before)))
    return frozenset(names)


def _days_in_outlets_names(body: str, tokens: Sequence[str]) -> frozenset[tuple[str, int]]:
    """The days named from the day of writing that an English ``body`` writes as the end of an
    outlet's name, "Russia Today", "USA Today", "Meridian Today": capitalised after a capitalised
    word that is no function word or date word, in a sentence not in title case ("Talks Resume
    Today"); each case-folded and with how many of its words so written come before it, as
    :func:`_english_numbers_in_names` gives them. Such a day is held but not stated: a copy that
    puts its own name for the outlet's ("obtained by the Sentinel") adds or drops no date.

    >>> text = "Files obtained by Meridian Today show it; today it denied."
    >>> sorted(_days_in_outlets_names(text, words(text)))
    [('today', 0)]
    >>> [_days_in_outlets_names(t, words(t)) for t in ("Today, Meridian said so.", "Talks Resume Today")]
    [frozenset(), frozenset()]
    """
    terms = lexicon()
    if terms.relative_days.isdisjoint(tokens):
        return frozenset()
    found = [
        name
        for name in _day_in_a_name().finditer(body)
        if name["before"].casefold() not in terms.function_words | terms.date_words
    ]
    if not found or is_title_cased(body):
        return frozenset()
    days = [(name["day"].casefold(), find_words(body[: name.start("day")])) for name in found]
    return frozenset((day, sum(word.casefold() == day for word in before)) for day, before in days)


@cache
def _day_in_a_name() -> re.Pattern[str]:
    """A day named from the day of writing, capitalised, after a capitalised word (see
    :func:`_days_in_outlets_names`)."""
    days = "|".join(sorted(day.capitalize() for day in lexicon().relative_days if day.isascii()))
    return re.compile(rf"\b(?P<before>[A-Z][\w'-]*) (?P<day>{days})\b")


@cache
def _english_number_in_a_name() -> re.Pattern[str]:
    """An English number word with a capital, the capitalised word before it, if one is, and
    the capital after it, if one follows (see :func:`_english_numbers_in_names`)."""
    numbers = "|".join(
        sorted((word.capitalize() for word in lexicon().english_numbers), key=lambda w: -len(w))
    )
    return re.compile(
        rf"(?:\b(?P<before>[A-Z][\w'-]*) )?\b(?P<number>{numbers})(?![\w-])(?P<after> [A-Z])?"
    )


@lru_cache(maxsize=1 << 16)
def _opens_with_another_languages_number(word: str) -> bool:
    """Whether a word, or its part before a hyphen, is another language's number word."""
    return word.partition("-")[0] in _numbers_in_other_languages()


@cache
def _numbers_in_other_languages() -> frozenset[str]:
    terms = lexicon()
    return frozenset(terms.number_words.keys() - terms.english_numbers)


def held_against(unmatched: Sequence[Unmatched], stated: Sequence[str]) -> list[Unmatched]:
    """The held numbers among ``unmatched`` that the other side's ``stated`` numbers may have
    replaced: "one" by "two", not by "Wednesday" or "last year"; never a word that is as often an English one
    ("seize" by "3"); a part of a year only by another ("third-quarter" by "Q4"), for it says
    when, not how much ("first-half" is no changed "£2.31 billion").

    >>> unread = [Unmatched("first-half", False, 0), Unmatched("one", False, 0)]
    >>> [number.written for number in held_against(unread, ["£2.31 billion"])]
    ['one']
    >>> [number.written for number in held_against(unread, ["H2"])]
    ['first-half', 'one']
    """
    if all(map(names_a_date, stated)):
        return []
    homographs = lexicon().homograph_numbers
    periods_stated = any(map(_names_any_year_part, stated))
    return [
        number
        for number in unmatched
        if _is_held(number.written)
        and (periods_stated or not _names_a_year_part(number.written))
        and number.written not in homographs
    ]


def year_parts(unmatched: Sequence[Unmatched]) -> list[Unmatched]:
    """The parts of a year in words among ``unmatched``: "third-quarter", "first half"."""
    return [number for number in unmatched if _names_a_year_part(number.written)]


def ranking_ordinals(unmatched: Sequence[Unmatched]) -> list[Unmatched]:
    """The ordinals among ``unmatched`` but "first", which rank something: "finished third"
    against "finished fourth" changes a number. "First" is as often no rank ("first reported",
    "at first")."""
    terms = lexicon()
    return [
        number
        for number in unmatched
        if (number.written in terms.ordinals and terms.number_words[number.written] != 1)
        or _names_a_year_part(number.written)
    ]


def order_spelled(order: str) -> str:
    """A pattern of an order of count (``[numbers.orders]``) as a text may spell it, whole: a
    Hindi order with or without the nukta a paper may leave off ("हज़ारों", "हजारों"), and
    ended where a word does, after a vowel sign too (which ``\\b`` does not see as a word's).

    >>> bool(re.search(order_spelled("हजारों"), "हज़ारों लोग")), bool(re.search(order_spelled("tens"), "tenses"))
    (True, False)
    """
    spelled = "".join(f"{re.escape(letter)}{NUKTA}?" for letter in order.replace(NUKTA, ""))
    return rf"(?:{spelled})(?!{WORD_CHARS})"


def least_of_order(order: str) -> Decimal | None:
    """The least count an order in words may be: two of its unit ("hundreds": 200); none of an
    order of no unit of its own ("tens"), nor of one whose singular is no multiplier of "two"
    ("مئات", hundreds, read as "two" alone).

    >>> least_of_order("thousands"), least_of_order("tens")
    (Decimal('2000'), None)
    """
    told = numbers_in(f"two {order.removesuffix('s')}").mentions
    if len(told) != 1 or told[0][0] == "two":
        return None
    values = [v for v in told[0][1] if isinstance(v, Decimal)]
    return values[0] if len(values) == 1 else None


def within_its_order(order: Figure, other: Figure) -> bool:
    """Whether a figure, exact, about or a bound, falls within what an order in words counts,
    ``order`` read as its least (:func:`least_of_order`), at least: from two of its unit to
    fewer than ten, where the next order begins ("tens of thousands"). A vaguer figure of the
    same count, as a rounding is: "thousands" of "around 6,000", not of 1,500 nor of 12,000.

    >>> thousands = Figure(frozenset({Decimal(2000)}), "", AT_LEAST)
    >>> [within_its_order(thousands, Figure(frozenset({Decimal(v)}), "", ABOUT)) for v in (6000, 1500, 12000)]
    [True, False, False]
    """
    return any(
        least <= value < least * ORDERS_NEXT
        for least in order.values
        if isinstance(least, Decimal)
        for value in other.values
        if isinstance(value, Decimal)
    ) and units_alike(order.unit, other.unit)


def count_orders(tokens: frozenset[str], plain: str) -> frozenset[str]:
    """The orders of counts in words a sentence gives (see ``[numbers.orders]``): "hundreds" of
    "hundreds of homes" and of "several hundred homes", not of "four hundred homes"; and how
    many times a number grew, as a verb says it: "doubled" of "rents have doubled" and of
    "doubling", not of "doubled down".

    >>> sorted(count_orders(frozenset(), "Rents doubling, as thousands doubled down, trebled."))
    ['doubled', 'tripled']
    >>> count_orders(frozenset({"miles", "de"}), "Miles de personas recorrieron 50 miles."), count_orders(frozenset({"miles"}), "It flew 50 miles.")
    (frozenset({'miles'}), frozenset())
    """
    terms = lexicon()
    # One order however a Hindi paper spells it, with or without the nukta.
    given = frozenset(
        order.replace(NUKTA, "")
        for order in tokens & terms.orders
        if order not in terms.orders_only_before
        or re.search(rf"\b{order} {terms.orders_only_before[order]}\b", plain, re.IGNORECASE)
    )
    if " hundred" in plain or " thousand" in plain:
        given |= {f"{found[1].casefold()}s" for found in _several().finditer(plain)}
    # "Tens of thousands" is one order, not "tens" and "thousands": against "thousands" it
    # changes the count, and adds none.
    if len(given) > 1 and "of" in tokens:
        for found in _order_of_order().finditer(plain.casefold()):
            given = given - {found[1], found[2]} | {found[0]}
    factors = terms.factor_verbs
    # Most sentences hold no such verb, which a look for its stem (but its first letter, which
    # may be a capital; or in capitals, as a wire's alert writes) tells.
    if not any(stem[1:] in plain or stem.upper() in plain for stem in factors):
        return given
    return given | {factors[found[1].casefold()] for found in _factor().finditer(plain)}


def _factor_rises(plain: str) -> list[tuple[str, frozenset[Value]]]:
    """The verbs of how many times a number grew that a sentence writes, each with the share it
    grew by: "doubled" is a rise of 100%, as "risen 100%" writes it (``[numbers.factor_rises]``).

    >>> _factor_rises("Rents have doubled, and fees are tripling.")
    [('doubled', frozenset({'100%'})), ('tripling', frozenset({'200%'}))]
    """
    terms = lexicon()
    rises = [
        (found[0].casefold(), terms.factor_rises.get(terms.factor_verbs[found[1].casefold()]))
        for found in _factor().finditer(plain)
    ]
    return [(verb, frozenset({f"{rise}%"})) for verb, rise in rises if rise]


def names_a_factor(word: str) -> bool:
    """Whether a word is a verb of how many times a number grew (see :func:`_factor`), which a
    qualifier may say how exact it is of, as of a number: "more than halved", "nearly doubled".

    >>> names_a_factor("halved"), names_a_factor("doubling"), names_a_factor("half")
    (True, True, False)
    """
    return bool(_factor().fullmatch(word))


@cache
def _factor() -> re.Pattern[str]:
    """A verb of how many times a number grew, in any tense ("doubled", "tripling", "halves"; see
    ``[numbers.factor_verbs]``); not "doubled down", which insists."""
    stems = "|".join(sorted(lexicon().factor_verbs))
    return re.compile(rf"\b(?i:({stems})(?:ed|es|ing))\b(?! down\b)")


def _is_held(written: str) -> bool:
    """Whether a number as written is held but not stated: a pronoun, an ordinal or a fraction
    alone ("one", "first", "half"), or a compound starting with one that names no larger number
    ("one-day", not "dix-sept", nor the draw "one-all"). A compound ordinal ("twenty-first",
    "двадцать первого") names its number."""
    held = lexicon().held_numbers
    head, hyphen, _ = written.partition("-")
    return (
        written in held
        or _names_a_year_part(written)
        or (
            bool(hyphen)
            and head in held
            and _values(written) == _values(head)
            and not written.endswith(LEVEL_SCORE)
        )
    )


# A wire sentence stands in every article that carries it: its numbers are found once.
@lru_cache(maxsize=1 << 14)
def numbers_as_written(text: str, tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The numbers and dates a sentence states (:func:`sentence_numbers`), as its text writes
    them and in its order, given its text and words: numbers in words, with their currency sign or per cent ("$12
    million", "3.5%"), a day with its month and year ("April 4, 1949"); none of a web address's
    ("?id=5"), nor a weekday or a day named from the day of writing ("Monday", "today"), which
    say when, not how many.

    >>> text = "On Monday, $12 million (3.5%) went to eight towns, www.x.org/?id=5 says, by April 4, 1949."
    >>> numbers_as_written(text, words(text))
    ('$12 million', '3.5%', 'eight', 'April 4, 1949')
    """
    plain = normalise(text)
    # Most sentences of an article hold no number, which a look for digits and number words
    # tells at less cost.
    if plain.isascii() and not DIGIT.search(plain) and not _names_numbers(tokens):
        return ()
    numbers = sentence_numbers(plain, tokens)
    found = []
    for (written, values, stated), at in zip(
        numbers.mentions, written_spans(plain, numbers), strict=True
    ):
        is_month = month_number(written) is not None
        counts = any(not isinstance(v, str) or not v.isalpha() for v in values)
        if stated and (is_month or counts) and at:
            found.append((*at, is_month))
    return tuple(plain[start:end] for start, end in written_as_one(plain, found))


def written_as_one(plain: str, found: Iterable[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Where a sentence writes numbers as one phrase, in its order, given where it writes each
    and whether each is a month: a day with its month and year ("April 4, 1949"), the numbers of
    one range ("$10-15" and "10-15 million"); each other number alone.

    >>> text = "By April 4, 1949, 12 towns"
    >>> [text[s:e] for s, e in written_as_one(text, [(3, 8, True), (9, 10, False), (12, 16, False), (18, 20, False)])]
    ['April 4, 1949', '12']
    """
    dates: list[_Date] = []
    for start, end, is_month in sorted(found):
        if dates and dates[-1].goes_on(plain, start, end, is_month):
            dates[-1] = _Date(dates[-1].start, end, month=True, numbered=True)
        elif not dates or start >= dates[-1].end:
            dates.append(_Date(start, end, month=is_month, numbered=False))
        elif end > dates[-1].end:
            # The numbers of one range shown as it is written: "$10-15" and "10-15 million".
            dates[-1] = dates[-1]._replace(end=end)
    return [(d.start, d.end) for d in dates]


# Framing asks it of one sentence for each of its checks and each pair of copies the sentence is
# in (6,787 asks of 424 sentences in a run of 34 reports), at 0.1 ms to 0.2 ms a sentence.
@lru_cache(maxsize=1 << 14)
def written_spans(plain: str, numbers: Numbers) -> tuple[tuple[int, int] | None, ...]:
    """Where a sentence in plain typography writes each of its numbers, in the order of
    ``numbers.mentions``, with the currency sign before it, the per cent after it and the numbers
    written as one with it (the score "3-1" of its "1", see ``JOINED_NUMBERS``); None for one it
    writes in no way found (a number in words of a language that joins them).

    >>> text = "In 2023 the fund gave $12 million, or 3.5 percent, to 2 towns."
    >>> numbers = sentence_numbers(text, words(text))
    >>> [(w, text[s[0] : s[1]]) for (w, _, _), s in zip(numbers.mentions, written_spans(text, numbers), strict=True)]
    [('2023', '2023'), ('12 million', '$12 million'), ('3.5', '3.5 percent'), ('2', '2')]
    """
    # A number said with a hesitation inside it ("two point, um, four") is read without it
    # (:func:`_without_a_filler`): it is looked for so, and its span is the one said.
    if any(" " in written for written, _, _ in numbers.mentions) and (
        hesitations := list(_fillers_in_numbers().finditer(plain))
    ):
        dropped = [h for h in hesitations if h[0] != _without_a_filler(h)]
        if dropped:
            said = _fillers_in_numbers().sub(_without_a_filler, plain)
            return tuple(
                span and (_as_said(span[0], dropped), _as_said(span[1], dropped))
                for span in written_spans(said, numbers)
            )
    # Taken spans are no one else's: the longest mentions ("2 p.m.") find theirs first, before
    # a shorter one ("2" of a "7-2" vote) takes the start of it.
    # They are kept in order, and no two overlap, so that a look at one tells whether a span is
    # free: a run-on "sentence" (a table, a list) may hold thousands of numbers.
    taken = [m.span() for m in WEB_ADDRESS.finditer(plain)] if "/" in plain else []
    folded = plain.lower()
    # Where the look for a number as written goes on: what it passed is taken or part of a word.
    looked_to: dict[str, int] = {}
    # Where each shape of number is written otherwise, as _free_written finds them.
    shaped: dict[re.Pattern[str], dict[str, list[tuple[int, int]]]] = {}
    spans: list[tuple[int, int] | None] = [None] * len(numbers.mentions)
    joined = [m.span() for m in JOINED_NUMBERS.finditer(plain)] if _may_join(plain) else []
    draws: dict[str, tuple[int, int]] = {}
    for n, (written, _, _) in sorted(enumerate(numbers.mentions), key=lambda m: -len(m[1][0])):
        if at := _free_written(plain, folded, written, taken, looked_to, shaped):
            insort(taken, at)
            start, end = at
            whole = next((span for span in joined if span[0] <= start < span[1]), at)
            spans[n] = _with_sign_and_share(plain, whole[0], max(end, whole[1]))
            if written.endswith(LEVEL_SCORE):
                draws[written] = at
        elif written in draws:
            # A draw in words writes both its counts in one word: "one-all".
            spans[n] = draws[written]
    return tuple(spans)


def _as_said(at: int, dropped: Sequence[re.Match[str]]) -> int:
    """Where a place of a sentence read without the hesitations ``dropped`` (each a match of
    :func:`_fillers_in_numbers`, in order, whose filler a space took the place of) is in the
    sentence as said."""
    cut = 0
    for hesitation in dropped:
        if at <= hesitation.start("filler") - cut:
            break
        cut += len(hesitation["filler"]) - 1
    return at + cut


def _may_join(plain: str) -> bool:
    """Whether a sentence may write numbers as one (``JOINED_NUMBERS``), far quicker told."""
    return "-" in plain or ":" in plain or "+" in plain


class _Date(NamedTuple):
    """Where a number, a month, or a date of a month and its day or year is written."""

    start: int
    end: int
    month: bool
    # Whether a month has its day or year.
    numbered: bool

    def goes_on(self, plain: str, start: int, end: int, is_month: bool) -> bool:
        """Whether a number or month at ``start:end`` goes on this date: "April 4", "4 April",
        "April 2024", "April 4, 1949", "4 April 2024", "Sept. 3", and with the words between
        a day, its month and its year that other languages write: "26 de março de 2025", "12.
        März"; not "May 5 300 people", "April 4, 12"."""
        gap = plain[self.end : start]
        if gap == ". " and self.month and not self.numbered:
            gap = " "  # a month cut short: "Sept. 3"
        year = YEAR.fullmatch(plain, start, end) is not None
        if gap == ", ":
            return self.month and self.numbered and year
        if self.month:
            return (gap == " " or (year and gap in YEAR_AFTER_MONTH)) and (
                not is_month and (not self.numbered or year)
            )
        return (
            is_month
            and re.fullmatch(DAY_BEFORE_MONTH, gap) is not None
            and self.end - self.start <= 2
            and plain[self.start : self.end].isdigit()
        )


def _names_numbers(tokens: Sequence[str]) -> bool:
    """Whether words name a number or a date: "eight", "March", "five-year"."""
    return not number_vocabulary().isdisjoint(tokens) or any(map(_names_a_number, tokens))


# A run's words are a vocabulary far smaller than its count of words: each is looked at once.
@lru_cache(maxsize=1 << 16)
def _names_a_number(word: str) -> bool:
    """Whether a word outside :func:`number_vocabulary` names a number: "five-year" or
    "fünfundzwanzig"."""
    return ("-" in word and word.partition("-")[0] in number_vocabulary()) or is_glued_number(word)


def _free_written(
    plain: str,
    folded: str,
    written: str,
    taken: list[tuple[int, int]],
    looked_to: dict[str, int],
    shaped: dict[re.Pattern[str], dict[str, list[tuple[int, int]]]],
) -> tuple[int, int] | None:
    """Where in a sentence (and in lower case, ``folded``) a number is written outside the
    ``taken`` spans, given as the sentence's words write it, looking on from where ``looked_to``
    says the last look for it stopped; most are written as the words give them, and found so
    without a pattern. The others are found by their shape's pattern (:func:`_written_patterns`),
    run once over the sentence for all numbers of that shape (``shaped``): a run-on "sentence" (a
    table, a list of codes) may hold thousands of numbers."""
    if len(folded) == len(plain):
        start = folded.find(written, looked_to.get(written, 0))
        while start >= 0:
            end = _end_standing_apart(folded, start, start + len(written))
            if end and not _overlaps(start, end, taken):
                looked_to[written] = start + 1
                return start, end
            start = folded.find(written, start + 1)
        looked_to[written] = len(folded)
    digits = _digits(written)
    for pattern in _written_patterns(written.translate(ANY_DIGIT)):
        if pattern not in shaped:
            shaped[pattern] = _shaped_spans(plain, pattern)
        # The spans a pattern of the number's own digits finds, one after another, none
        # overlapping the one before, as ``finditer`` gives them.
        looked_past = 0
        for start, end in shaped[pattern].get(digits, ()):
            if start >= looked_past:
                if not _overlaps(start, end, taken):
                    return start, end
                looked_past = end
    return None


def _shaped_spans(plain: str, pattern: re.Pattern[str]) -> dict[str, list[tuple[int, int]]]:
    """Where a shape's pattern (:func:`_written_patterns`) matches a sentence, tried from each
    place in turn, by the digits it matched. Only its digits are any, each one character of the
    match, so a number of that shape is found by a pattern of its own digits at just the spans
    listed under them, and nowhere else.

    >>> _shaped_spans("1 234 and 234", _written_patterns("000")[1])
    {'123': [(0, 4)], '234': [(2, 5), (10, 13)]}
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    at = 0
    while found := pattern.search(plain, at):
        spans.setdefault(_digits(found[0]), []).append(found.span())
        at = found.start() + 1
    return spans


def _digits(text: str) -> str:
    return "".join(ASCII_DIGIT.findall(text))


def _end_standing_apart(text: str, start: int, end: int) -> int | None:
    """Where a number found at ``start:end`` ends when it stands apart, an ordinal's ending
    ("75th") taken in; None when it is part of a word or a longer number."""
    if start and (text[start - 1].isalnum() or text[start - 1] in ".,"):
        return None
    if not text[end - 1].isdigit():
        return None if text[end : end + 1].isalnum() else end
    if text[end : end + 2] in ORDINAL_ENDINGS and not text[end + 2 : end + 3].isalnum():
        return end + 2
    after = text[end : end + 2]
    return None if after[:1].isdigit() or (after[:1] in ".," and after[1:].isdigit()) else end


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether ``start:end`` overlaps one of the ``taken`` spans, which are in order and apart:
    only the last that starts before its end may.

    >>> _overlaps(4, 6, [(0, 2), (5, 9)]), _overlaps(2, 5, [(0, 2), (5, 9)])
    (True, False)
    """
    before_end = bisect_left(taken, (end,))
    return bool(before_end) and taken[before_end - 1][1] > start


# Keyed by a number's shape, its digits any, not by the number: a table or a list of codes
# ("word1" to "word5000") names more numbers than any cache holds, and compiling a pattern for
# each took most of the time that reading their sentences took.
@lru_cache(maxsize=1 << 10)
def _written_patterns(shape: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """How a number of a shape (the number as the words give it, case-folded, its ASCII digits
    written "0" by ``ANY_DIGIT`` and read as any digit) may be written otherwise: its digits
    grouped by spaces ("20 000"), its words apart ("3bn"); standing apart, or else where the
    words' own cut bounds it, as Chinese sets no space between a number and its words ("有四千人");
    Arabic script's letters in any of their spellings, as the words read them in one
    (:func:`arabic.spelt_any_way`: "ثلاثة" of "ثلاثہ").

    >>> _written_patterns("00000")[0].search("a 20 000-seat arena")[0]
    '20 000'
    >>> _written_patterns("0000")[1].search("R5 000")[0]
    '5 000'
    """
    pattern = _as_written(
        "".join(
            r"[\s-]*"
            if char == " "
            else (ASCII_DIGIT.pattern if char == "0" else spelt_any_way(char))
            + (r"(?: (?=\d))?" if char.isdigit() else "")
            for char in shape
        )
    )
    # An ordinal's ending stays with its number ("75th"); a number in words is a whole word.
    after = (
        r"(?:(?:st|nd|rd|th)(?![^\W_]))?(?!\d|[.,]\d)" if shape[-1:].isdigit() else r"(?![^\W_])"
    )
    return (
        re.compile(rf"(?<![\w.,]){pattern}{after}", re.IGNORECASE),
        re.compile(pattern, re.IGNORECASE),
    )


def _as_written(pattern: str) -> str:
    """A pattern of case-folded words that finds them as a text writes them: case-folding writes
    German "ß" as "ss".

    >>> bool(re.fullmatch(_as_written("dreissig"), "drei\u00dfig"))
    True
    """
    return pattern.replace("ss", "(?:ss|\u00df)")


def _with_sign_and_share(plain: str, start: int, end: int) -> tuple[int, int]:
    """A number's span widened to what tells its meaning beside it: the currency sign, or the
    currency's code or letter glued to it, or a fiscal year's "FY" before it ("$12", "R500",
    "ZAR500", "FY25"), the per cent after it ("3.5%", "12 Prozent").
    """
    sign = _sign_before().search(plain, max(0, start - 4), start)
    share = share_after().match(plain, end)
    return (sign.start() if sign else start), (share.end() if share else end)


@cache
def _sign_before() -> re.Pattern[str]:
    terms = lexicon()
    glued = "|".join(sorted(terms.currency_codes | terms.currency_letters, key=lambda c: -len(c)))
    sign = terms.currency_sign.pattern
    # The minus of an amount below zero is shown with it (see _amount_below_zero).
    return re.compile(
        rf"(?:(?:{MINUS_OPENING_A_WORD})?(?:{sign})|\b(?i:{FISCAL_YEAR})) ?\Z"
        rf"|{WORD_OPENS}(?:{sign})-\Z"
        rf"|(?<![A-Za-z])(?:{glued})-?\Z"
    )


@cache
def share_after() -> re.Pattern[str]:
    """What says the number before it is a share: "3.5%", "40 percent", "40 per cent", "12
    Prozent", "40 por ciento" (``per_hundred``, ``share_words``)."""
    terms = lexicon()
    words = "|".join(sorted(map(re.escape, terms.per_hundred | terms.share_words)))
    return re.compile(rf" ?(?:%|(?i:{words})\b)")


def thousands_joined(plain: str) -> str:
    """``plain`` with digits grouped by spaces written as one number: "2 000" as "2000".

    >>> thousands_joined("Эвакуированы 12 500 человек, 2 300 спасателей и 300 волонтёров")
    'Эвакуированы 12500 человек, 2300 спасателей и 300 волонтёров'
    """
    return SPACED_THOUSANDS.sub(_joined_thousands, plain)


def _joined_thousands(found: re.Match[str]) -> str:
    """Digits grouped by spaces as one number ("20 000"), unless the first group is a day after a
    month's name ("May 5 300 people" is 300 people on May 5; "Since January 150 000 people" and
    "troops march 5 000 km" are 150,000 people and 5,000 km)."""
    before = found.string[: found.start()].split()[-1:]
    day = found.group().split(" ", 1)[0]
    month = before and before[0][:1].isupper() and month_number(before[0].rstrip("."))
    if month and int(day) <= 31:
        return found.group()
    return found.group().replace(" ", "")


def numeral_values(numeral: str) -> frozenset[Value]:
    """The values a number written in digits of any script may stand for: thousands separators
    do not change a number, and a dot may separate thousands or decimals.

    >>> numeral_values("1,200") == numeral_values("1200") == numeral_values("۱۲۰۰")
    True
    >>> sorted(numeral_values("20.000")), sorted(numeral_values("1-0")), numeral_values("4,5")
    ([Decimal('20.000'), Decimal('20000')], ['1-0'], frozenset({Decimal('4.5')}))
    """
    if DOT_OR_THOUSANDS.fullmatch(numeral):
        return frozenset({Decimal(numeral), Decimal(numeral.replace(".", ""))})
    if DECIMAL.fullmatch(numeral):
        return frozenset({Decimal(numeral)})
    if DECIMAL_COMMA.fullmatch(numeral):
        return frozenset({Decimal(numeral.replace(",", "."))})
    if GROUPED.fullmatch(numeral):
        return frozenset({Decimal(numeral.replace(",", "").replace("'", ""))})
    if DOT_GROUPED.fullmatch(numeral):
        return frozenset({Decimal(numeral.replace(".", "").replace(",", "."))})
    # Scores, ranges and the like ("1-0", "2-3") are compared as written.
    return frozenset({numeral})


def _mentions(
    tokens: Sequence[str], text: str, as_months: AbstractSet[str] = frozenset()
) -> list[tuple[str, frozenset[Value]]]:
    """The numbers and dates among the words of a case-folded text, each as written and with its
    values (but the words of ``as_months``, which the text writes as months); a number and the multipliers after it are one ("4.5 million", "two hundred
    thousand"), as are the words of one number with only spaces or a join between them
    ("twenty five", "treinta y cinco", not "twenty, five"; see :func:`_spelled_out`), and a
    number and its fraction in words ("four and a half", "half a million"; see
    ``[numbers.fractions]``), and a fraction alone ("half of them", which
    :func:`sentence_numbers` holds but does not state).

    >>> [(written, sorted(map(str, values))) for written, values in _mentions(
    ...     words("two and a half million, half a million and half of them"), "")]
    [('two and a half million', ['2500000.0']), ('half a million', ['500000.0']), ('half', ['0.5', '50%'])]
    """
    terms = lexicon()
    mentions: list[tuple[str, frozenset[Value]]] = []
    after_mention = -1
    # Few words are numbers or dates or open a part of a day ("this morning"), so only those
    # are visited one by one.
    for position in [n for n, t in enumerate(tokens) if _may_open_a_mention(t)]:
        if position < after_mention:
            continue  # a word of the number or fraction the number before it took in
        token = tokens[position]
        if token in terms.multipliers and position and _counts_vaguely(tokens[position - 1]):
            continue  # "several hundred", "десятки тысяч": an order of count (see orders)
        if position and f"{tokens[position - 1]} {token}" in terms.per_hundred:
            continue  # "per cent", "por ciento": a share's word
        end = position + 1
        if position == after_mention and (
            # A number in words took in the multipliers that go on it (_spelled_out): one
            # left is another number's ("treinta y cinco, mil quinientos"), but where its
            # decimals were said ("one point four million").
            (
                token in terms.multipliers
                and (
                    tokens[position - 1] not in terms.number_words
                    or not terms.decimal_points.isdisjoint(mentions[-1][0].split())
                )
            )
            or token in terms.unit_multipliers
        ):
            written, values = mentions.pop()
            mentions.append((f"{written} {token}", _multiplied(values, token)))
            if HYPHENED_PAIR.fullmatch(tokens[position - 1]):
                # "$10-15 million" is "$10 million to $15 million".
                first, values = mentions[-2]
                mentions[-2] = (first, _multiplied(values, token))
            elif len(mentions) > 1 and (
                summed := _summed_multiples(mentions[-2], mentions[-1], tokens, position, text)
            ):
                # "एक करोड़ 20 लाख", "1 crore 20 lakh": 12 million, as "1.2 करोड़" writes it
                mentions[-2:] = [summed]
        elif (
            position == after_mention
            and token in terms.hundredths
            and (
                is_number(tokens[position - 1])
                or tokens[position - 1] in terms.english_numbers | terms.fraction_one
            )
        ):
            # "25 cents" is 0.25 of the currency, as "$0.25" writes it, and "half a cent" 0.005
            written, values = mentions.pop()
            mentions.append((f"{written} {token}", _multiplied(values, token)))
        elif spoken := _spoken_time(tokens, position):
            # "six a.m." is "6 a.m.", "half past six" "6:30" (see ``[numbers.spoken]``)
            end, values = spoken
            mentions.append((" ".join(tokens[position:end]), values))
        elif share := _one_in(tokens, position):
            # "one in four residents" is "a quarter of residents", "25% of residents"
            end = position + 3
            mentions.append((" ".join(tokens[position:end]), share))
        elif share := _a_share_of(tokens, position):
            # "a third of the residents" is "one in three residents", "33% of residents"
            mentions.append((f"{tokens[position - 1]} {token}", share))
            after_mention = position + 1
            continue
        elif share := _one_share_of(tokens, position):
            # "one-third of those taking it" is "a third of those taking it"
            mentions.append((token, share))
            after_mention = position + 1
            continue
        elif spelled := _spelled_out(tokens, position, text):
            # "dos mil quinientos", "vingt et un", "twenty five" (as "twenty-five" is one word)
            end, value = spelled
            mentions.append((" ".join(tokens[position:end]), frozenset({value})))
        elif (
            token in terms.also_months
            and token not in as_months
            and not _month_written().search(text)
        ):
            mentions.append((token, frozenset({Decimal(terms.also_months[token])})))  # "sept"
        elif (
            token in terms.multipliers
            and position
            and tokens[position - 1] in terms.halves_before_multipliers
        ):
            # "eine halbe Million", "medio millón": half of it, as "half a million" is
            half = tokens[position - 1]
            mentions.append((f"{half} {token}", frozenset({HALF * terms.multipliers[token]})))
        elif HYPHENED_PAIR.fullmatch(token):
            # A vote or score ("7-2") is two counts, as "seven to two" writes it; a range
            # ("6.1-6.3") two numbers, as "6.1 to 6.3" writes it.
            first, _, second = token.partition("-")
            mentions += [
                (first, _values(first)),
                (second, _values(second) | _year_after(first, second)),
            ]
        elif token.endswith(LEVEL_SCORE) and (each := _values(token.removesuffix(LEVEL_SCORE))):
            # A draw in words ("one-all") is two counts alike, as "1-1" writes it.
            mentions += [(token, each)] * 2
        elif (
            position and tokens[position - 1] == FISCAL_YEAR and len(token) == 2 and token.isdigit()
        ):
            # "FY25" is fiscal 2025, or 1925 for all it says.
            mentions.append((token, _values(token) | _years_of_a_century(token, ("19", "20"))))
        elif token in terms.fractions:
            # A fraction alone states a number only before a multiplier: "half a million",
            # "three quarters of a million", not "half of the 40", which holds one half.
            multiplier = _multiplier_after(tokens, position + 1)
            if multiplier is None:
                if position == after_mention and _is_unit(mentions[-1][0]):
                    # "three quarters of the voters", "un quart des électeurs": a share of
                    # that many parts, no count
                    count, _ = mentions.pop()
                    parts = Decimal(terms.number_words[count])
                    mentions.append(
                        (f"{count} {token}", _share(parts * Decimal(str(terms.fractions[token]))))
                    )
                elif not (position and tokens[position - 1] in terms.ordinals):
                    # Not a part of a year or game: "the third quarter", "the second half".
                    # A share, as a percentage writes it too: "half of them" is "50% of them",
                    # not "50 of them".
                    mentions.append((token, _share(Decimal(str(terms.fractions[token])))))
                continue
            fraction = Decimal(str(terms.fractions[token]))
            start = position
            if position == after_mention and _is_unit(mentions[-1][0]):
                count, _ = mentions.pop()  # "three quarters": a count of them
                fraction *= Decimal(str(terms.number_words[count]))
                start -= 1
            elif position and tokens[position - 1] in terms.fraction_one:
                start -= 1
            mentions.append((" ".join(tokens[start:multiplier]), frozenset({fraction})))
            after_mention = multiplier
            continue
        elif (
            token in terms.counting_nouns
            and position
            and tokens[position - 1] in terms.fraction_one
            and (
                token not in terms.counting_before_of
                or (end < len(tokens) and tokens[end] == "of")
                or (tokens[end : end + 1] and tokens[end] in terms.time_units)
            )
        ):
            # "a pair of helicopters" is two, as "two helicopters" writes it, and so is "a
            # couple minutes", as American copy writes a span of time
            written = token
            if position == after_mention and mentions[-1][0] == tokens[position - 1]:
                # "une vingtaine": an article, which a number word is too, and no "one"
                written = f"{mentions.pop()[0]} {token}"
            mentions.append((written, terms.counting_nouns[token]))
        elif end < len(tokens) and (part := _year_part(token, tokens[end])):
            end += 1  # "the third quarter": a period, as "Q3" writes it
            mentions.append((f"{token} {tokens[position + 1]}", part))
        elif position and (part := _numbered_year_part(tokens[position - 1], token, text)):
            mentions.append((tokens[position - 1] + token, part))  # "q3", "h1"
        elif period := _relative_period(tokens, position):
            end = position + 2  # "last year" is a date of its own, as "yesterday" is
            mentions.append((period, _period_values(period)))
        elif day := terms.relative_day_parts.get(" ".join(tokens[position : position + 2])):
            end = position + 2  # "this morning" is today
            mentions.append((" ".join(tokens[position:end]), _values(day)))
        elif (
            position == after_mention
            and token.isdigit()
            and mentions[-1][0].rpartition(" ")[2] in terms.multipliers_before_digits
            and (
                summed := _summed_multiples(
                    mentions[-1], (token, _values(token)), tokens, position, text
                )
            )
        ):
            mentions[-1] = summed  # "mil 200", "2 mil 500": the rest of the number in digits
        elif values := _plain_time(tokens, position) or _values(token):
            # A date's possessive is the date: "Tuesday's meeting" is noted as "tuesday".
            mentions.append((token.removesuffix("'s") if _is_date_word(token) else token, values))
        else:
            continue
        after_mention = end
        if end < len(tokens) and tokens[end] in terms.decimal_points:
            # "one point four", before its multiplier ("million") is taken in
            after_mention = _with_spoken_decimals(tokens, end, mentions)
        if end < len(tokens) and tokens[end] in terms.currencies_with_hundredths:
            after_mention = _with_spoken_hundredths(
                tokens, end, text, mentions
            )  # "two dollars forty"
        if any(" ".join(tokens[end : end + size]) in terms.share_hundredths for size in (1, 2)):
            # "50 basis points" (or "50bps") is half a percentage point, and 50 points
            written, values = mentions.pop()
            hundredths = {v / 100 for v in values if isinstance(v, Decimal)}
            mentions.append((written, values | hundredths))
        if after_mention < len(tokens) and (
            tokens[after_mention] in terms.fraction_and
            or tokens[after_mention] in terms.fraction_and_alone
        ):
            after_mention = _with_fraction(tokens, after_mention, mentions)
        if tokens[after_mention - 1].rpartition("-")[2] in terms.fractions:
            # "two and three quarters of a million", "three-quarters of a million"
            multiplier = _multiplier_after(tokens, after_mention)
            if multiplier is not None:
                written, values = mentions.pop()
                mentions.append((" ".join([written, *tokens[after_mention:multiplier]]), values))
                after_mention = multiplier
            elif after_mention == position + 1 and not _names_a_year_part(token):
                # "three-quarters of the voters", "two-thirds of the staff": a share, as "three
                # quarters of the voters" is
                count, _, fraction_word = token.rpartition("-")
                mentions.pop()
                if count in terms.number_words:
                    ratio = Decimal(terms.number_words[count]) * Decimal(
                        str(terms.fractions[fraction_word])
                    )
                    mentions.append((token, _share(ratio)))
    return mentions


def _year_part(ordinal: str, part: str) -> frozenset[Value]:
    """The part of a year (``YEAR_PARTS``) an ordinal and the part's name give, as its letter
    and number write it; none of another ordinal or word.

    >>> _year_part("third", "quarter"), _year_part("second", "half"), _year_part("third", "half")
    (frozenset({'q3'}), frozenset({'h2'}), frozenset())
    """
    terms = lexicon()
    if part not in YEAR_PARTS or ordinal not in terms.ordinals:
        return frozenset()
    letter, parts = YEAR_PARTS[part]
    number = terms.number_words[ordinal]
    return frozenset({f"{letter}{number}"}) if 1 <= number <= parts else frozenset()


def _numbered_year_part(letter: str, digits: str, text: str) -> frozenset[Value]:
    """The part of a year a letter and a number written as one name ("Q3", "H1", which the
    words of a sentence split): the letter of ``YEAR_PARTS`` and a number of that many parts."""
    for letter_of_part, parts in YEAR_PARTS.values():
        if (
            letter == letter_of_part
            and digits.isdigit()
            and 1 <= int(digits) <= parts
            and re.search(rf"\b{letter}{digits}\b", text)
        ):
            return frozenset({letter + digits})
    return frozenset()


def _names_any_year_part(written: str) -> bool:
    """Whether a number as :func:`sentence_numbers` writes it is a part of a year, in words or
    as its letter and number ("third quarter", "Q3", "H1")."""
    letter, digits = written[:1].lower(), written[1:]
    return _names_a_year_part(written) or bool(_numbered_year_part(letter, digits, letter + digits))


def _names_a_year_part(written: str) -> bool:
    """Whether a number as :func:`sentence_numbers` writes it is a part of a year in words ("third
    quarter", "third-quarter", "first half"), held as an ordinal is but for a change of part."""
    ordinal, _, part = written.replace("-", " ").partition(" ")
    return bool(_year_part(ordinal, part))


def _year_after(first: str, second: str) -> frozenset[Value]:
    """The year a pair's second number of two digits is after a year ("1914-18", "1999-00"):
    of the first's century, or the next one's where it would come before the first.

    >>> sorted(_year_after("1914", "18") | _year_after("1999", "00")), _year_after("7", "24")
    ([Decimal('1918'), Decimal('2000')], frozenset())
    """
    if not (YEAR.fullmatch(first) and len(second) == 2 and second.isdigit()):
        return frozenset()
    century = int(first[:2])
    after = century if int(second) >= int(first[2:]) else century + 1
    return _years_of_a_century(second, (str(after),))


def _years_of_a_century(short: str, centuries: Sequence[str]) -> frozenset[Value]:
    """The years a year's two last digits name in each of ``centuries`` (its first two)."""
    return frozenset(Decimal(century + short) for century in centuries)


@cache
def _numbered_name() -> re.Pattern[str]:
    """A name numbered with digits after capitals (see ``NUMBERED_NAME_PREFIX``), or with a
    number after the words of ``[numbers] names_before`` ("the Group of Seven"); not a year
    ("FY2024", "FY24", a fiscal year), a quarter or half of one ("Q3", "H1"), nor an amount: an
    ISO code or a currency's letters before it ("USD500", "ZAR500", "RM3,200"; not a group's name,
    "P5+1"), a dollar sign ("$US3.95"), digits grouped ("R1,500") or a multiplier after it ("R5
    trillion", "R300-million"). A currency's one letter before digits is money only where its
    amount shows money otherwise too (see ``_without_numbered_names``).

    >>> [bool(_numbered_name().search(t)) for t in ("via the A412", "USD500", "R1,500", "FY24")]
    [True, False, False, False]
    >>> _numbered_name().sub("", "World War Two and the Group of 20")
    ' and the '
    """
    terms = lexicon()
    codes = terms.currency_codes | {c for c in terms.currency_letters if len(c) > 1}
    currency = "|".join(sorted(codes, key=lambda c: (-len(c), c)))
    multipliers = "|".join(sorted(terms.multipliers, key=lambda m: (-len(m), m)))
    names = "|".join(map(re.escape, terms.names_before_numbers))
    return re.compile(
        rf"\b(?:{names}) (?:\d+|[A-Z][a-z]+)\b"
        rf"|(?<!\$)\b(?!Q[1-4]\b|H[12]\b|FY\d|(?:{currency})\d[\d,.]*(?![\d+])){NUMBERED_NAME_PREFIX}"
        rf"(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?(?:\+\d+)?\b(?![,.']\d)"
        rf"(?![ -]?(?:m|k|{multipliers})\b)"
    )


def _may_hold_a_numbered_name(plain: str) -> bool:
    """Whether a sentence may hold a numbered name (:func:`_numbered_name`), far quicker told:
    digits right after a capital or a hyphen, or a word of ``[numbers] names_before``.

    >>> [_may_hold_a_numbered_name(t) for t in ("via the A412", "the Group of Seven", "In 2024, 12 died")]
    [True, True, False]
    """
    return DIGIT_AFTER_A_PREFIX.search(plain) is not None or any(
        name in plain for name in lexicon().names_before_numbers
    )


def _without_numbered_names(plain: str) -> str:
    """``plain`` with its numbered names made spaces, but the amounts after a currency's one
    letter where one of them shows money, by thousands grouped after a space ("R5 000"), a
    money word beside it, among the three words before or the one after, or a price's word after
    it ("per", or "a" before a unit): the rand's "a fine of R500", "a R500 fine", "the fare rose
    to R500 from R450", "R50 per car", "R50 a car"; not the road of "closed the R445".

    >>> _without_numbered_names("The fare rose to R500 from R450.")
    'The fare rose to R500 from R450.'
    >>> _without_numbered_names("A crash closed the R445 near Naas.")
    'A crash closed the   near Naas.'
    >>> _without_numbered_names("The tolls are R50 a car."), _without_numbered_names("On the R50 a year.")
    ('The tolls are R50 a car.', 'On the   a year.')
    """
    terms = lexicon()

    def letter(name: re.Match[str]) -> str:
        """The currency's one letter that opens ``name`` ("R" of "R500"), if one does."""
        written = name.group()
        return written[0] if written[0] in terms.currency_letters and written[1].isdigit() else ""

    def shows_money(name: re.Match[str]) -> bool:
        following = words(plain[name.end() :])[:2]
        after = following[:1]
        return bool(
            THOUSANDS_AFTER_A_SPACE.match(plain, name.end())
            or not terms.money_words.isdisjoint(words(plain[: name.start()])[-3:] + after)
            or not terms.price_words_after.isdisjoint(after)
            or (
                len(following) == 2
                and following[0] in terms.per_articles
                and following[1] in terms.price_units
            )
        )

    money = {
        letter(name)
        for name in _numbered_name().finditer(plain)
        if letter(name) and shows_money(name)
    }
    return _numbered_name().sub(lambda name: name.group() if letter(name) in money else " ", plain)


def _counts_vaguely(word: str) -> bool:
    """Whether a word before a multiplier makes it a count in words that gives only its order:
    a vague count ("several hundred") or an order itself, as Russian writes "tens of thousands"
    ("десятки тысяч", "сотни тысяч").

    >>> _counts_vaguely("several"), _counts_vaguely("десятки"), _counts_vaguely("две")
    (True, True, False)
    """
    terms = lexicon()
    return word in terms.vague_counts or word in terms.orders


def _one_in(tokens: Sequence[str], position: int) -> frozenset[Value] | None:
    """The share a count of a larger whole states at ``position``, as a fraction and as a
    percentage, and the whole: "one in four" is a quarter, 25%, of four; "3 in 10" is 30%. None
    of other numbers ("5 in 2020", "one in a million").

    >>> sorted(map(str, _one_in(("one", "in", "four", "residents"), 0)))
    ['0.25', '25%', '4']
    >>> _one_in(("5", "in", "2020"), 0) is None
    True
    """
    if len(tokens) < position + 3 or tokens[position + 1] != "in":
        return None
    part, whole = (_whole_number(tokens[position]), _whole_number(tokens[position + 2]))
    if part is None or whole is None or not 0 < part < whole <= ONE_IN_AT_MOST:
        return None
    # The whole too, which "one of six children" writes as a count; the share as the whole
    # percentages it rounds to, as "a third" reads: "one in three" is 33%.
    return frozenset({whole}) | _share(part / whole)


def _a_share_of(tokens: Sequence[str], position: int) -> frozenset[Value] | None:
    """The share a fraction or a rank at ``position`` states between "a" and "of": "a third of"
    is 33%, "a quarter of" 25%; None of "the third of five", "a quarter to nine" or "a quarter
    of a million" (a number).

    >>> sorted(map(str, _a_share_of(("a", "third", "of", "them"), 1)))
    ['0.3333333333333333', '33%']
    >>> _a_share_of(("the", "third", "of", "five"), 1) is None
    True
    """
    terms = lexicon()
    token = tokens[position]
    share = terms.fractions.get(token, terms.shares_of.get(token))
    if (
        share is None
        or not position
        or tokens[position - 1] not in terms.fraction_one
        or tokens[position + 1 : position + 2] != ("of",)
        or _multiplier_after(tokens, position + 1) is not None
    ):
        return None
    return _share(Decimal(str(share)))


def _one_share_of(tokens: Sequence[str], position: int) -> frozenset[Value] | None:
    """The share a rank hyphened to "one" at ``position`` states before "of", as
    :func:`_a_share_of` reads it after "a": "one-third of" is 33%; None of another word.

    >>> sorted(map(str, _one_share_of(("one-third", "of", "them"), 0)))
    ['0.3333333333333333', '33%']
    >>> _one_share_of(("twenty-third", "of", "may"), 0) is None
    True
    """
    count, _, rank = tokens[position].partition("-")
    share = lexicon().shares_of.get(rank)
    if share is None or _whole_number(count) != 1 or tokens[position + 1 : position + 2] != ("of",):
        return None
    return _share(Decimal(str(share)))


def _whole_number(word: str) -> Decimal | None:
    """The whole number a word alone is, in digits or in words ("4", "four"); None of another."""
    values = _values(word) if word.isdigit() or word in lexicon().number_words else frozenset()
    number = next(iter(values), None) if len(values) == 1 else None
    return number if isinstance(number, Decimal) and number == number.to_integral() else None


def _share(ratio: Decimal) -> frozenset[Value]:
    """A share in words as its ratio and the whole percentages it rounds and cuts to, which a
    percentage matches: a third is 33%, two thirds 66% or 67%.

    >>> sorted(map(str, _share(Decimal("0.25"))))
    ['0.25', '25%']
    """
    percent = ratio * 100
    return frozenset(
        {
            ratio,
            *(
                f"{percent.to_integral_value(way).normalize():f}%"
                for way in (ROUND_FLOOR, ROUND_HALF_UP)
            ),
        }
    )


def _as_percentage(values: AbstractSet[Value]) -> frozenset[Value]:
    """The readings of numbers as percentages, which only a percentage matches: "50%" of 50."""
    return frozenset(f"{value.normalize():f}%" for value in values if isinstance(value, Decimal))


def _with_fraction(
    tokens: Sequence[str], start: int, mentions: list[tuple[str, frozenset[Value]]]
) -> int:
    """Where the words after a number's fraction in words start, the fraction ("and a half",
    "and three quarters") being at ``start``, after the last of ``mentions``, which it is added
    to (after a multiplier, as a part of it: "a million and a half"); ``start`` if none is.

    >>> mentions = [("four", frozenset({Decimal(4)}))]
    >>> _with_fraction(("four", "and", "a", "half", "percent"), 1, mentions), mentions
    (4, [('four and a half', frozenset({Decimal('4.5')}))])
    >>> mentions = [("millón", frozenset({Decimal(1_000_000)}))]
    >>> _with_fraction(("millón", "y", "medio", "de"), 1, mentions), mentions
    (3, [('millón y medio', frozenset({Decimal('1500000.0')}))])
    """
    terms = lexicon()
    joined = tokens[start : start + 3]
    written, values = mentions[-1]
    if joined[0] in terms.fraction_and_alone:
        if not (joined[1:2] and joined[1] in terms.halves_after_and):
            return start
        if tokens[start - 1] not in terms.multipliers:
            return start  # "doce y media docena", "las tres y media"
        joined, part = joined[:2], HALF
    elif len(joined) < 3 or joined[2] not in terms.fractions:
        return start
    elif joined[1] in terms.fraction_one:
        part = Decimal(str(terms.fractions[joined[2]]))
    elif _is_unit(joined[1]):
        part = Decimal(str(terms.number_words[joined[1]] * terms.fractions[joined[2]]))
    else:
        return start
    numbers = [value for value in values if isinstance(value, Decimal)]
    if len(numbers) < len(values):
        return start  # a date or a time of day has no fraction in words
    part *= terms.multipliers.get(tokens[start - 1], 1)
    mentions[-1] = (" ".join([written, *joined]), frozenset(v + part for v in numbers))
    return start + len(joined)


def _multiplier_after(tokens: Sequence[str], start: int) -> int | None:
    """Where the multiplier stands that a fraction before ``start`` scales: at ``start`` ("a
    quarter million"), after "a" ("half a million") or after "of a" ("a quarter of a
    million"), a currency's hundredths too ("half a cent", "three-quarters of a cent");
    ``None`` if no multiplier follows."""
    terms = lexicon()
    at = start
    if tokens[at : at + 1] and tokens[at] in terms.fraction_of:
        at += 1
    if tokens[at : at + 1] and tokens[at] in terms.fraction_one:
        at += 1
    scales = tokens[at : at + 1] and (
        tokens[at] in terms.multipliers or tokens[at] in terms.hundredths
    )
    return at if scales else None


def _numbers_apart_from_words(plain: str) -> tuple[list[tuple[str, frozenset[Value]]], str]:
    """The telephone numbers ("020 7946 0958"), the times of day ("2 p.m.", "14:00"), the
    numbers below zero ("-5C"), minutes of stoppage time ("45+2"), decimals without their zero (".5"), fractions in digits ("5 1/2"), hundredths
    of a currency with their sign glued to them ("45p", "19¢") and the numbers in Chinese characters ("四千") of a sentence, each as written and with its value,
    which its words do not show; and the sentence without them, so that what is left ("00" of "14:00",
    "1.2" of "1.2万") is no number.

    >>> _numbers_apart_from_words("The vote is at 2 p.m., not 9:30am.")
    ([('2 p.m.', frozenset({'14:00'})), ('9:30am', frozenset({'09:30'}))], 'The vote is at  , not  .')
    """
    found: list[tuple[str, frozenset[Value]]] = []

    def take(written: str, values: frozenset[Value] | None) -> str:
        if values is None:
            return written
        found.append((written, values))
        return " "

    if DIGITS_AS_DIALLED.search(plain) and PHONE_NUMBER.search(plain):
        plain = PHONE_NUMBER.sub(
            lambda m: take(m.group(), _dialled(m.group())) if _said_to_be_dialled(m) else m.group(),
            plain,
        )
    if DIGITS_JOINED.search(plain):
        plain = _without_numeric_dates(plain, found)
    if CLOCK_TIME.search(plain):
        plain = ZONED_CLOCK_TIME.sub(lambda m: take(m.group(), _zoned_clock_values(m)), plain)
    if ":" in plain:
        plain = ZONED_CLOCK_24.sub(
            lambda m: take(m.group(), _zoned_clock_values(m)) if _is_clock(m) else m.group(),
            plain,
        )
    plain = WIRE_CLOCK.sub(lambda m: take(m.group(), _zoned_clock_values(m)), plain)
    if "h" in plain:
        plain = FRENCH_CLOCK.sub(lambda m: take(m.group(), _french_clock_values(m)), plain)
    if any(part in plain for part in _iberian_day_parts()):
        plain = _iberian_clock().sub(lambda m: take(m.group(), _iberian_clock_values(m)), plain)
    if "0s" in plain or "0's" in plain:
        plain = DECADE.sub(lambda m: take(m.group(), _decades(m)), plain)
    if "+" in plain:
        plain = STOPPAGE_TIME.sub(
            lambda m: take(m.group(), frozenset({Decimal(m["end"]) + Decimal(m["added"])})), plain
        )
    if "/" in plain or not plain.isascii():
        plain = _digit_fraction().sub(lambda m: take(m.group(), _fraction_value(m)), plain)
    plain = _glued_hundredths().sub(
        lambda m: take(
            m.group(),
            _multiplied(numeral_values(m["digits"]), lexicon().glued_hundredths[m["sign"]]),
        ),
        plain,
    )
    if "." in plain:
        plain = _leading_point().sub(lambda m: take(m.group(), _leading_point_values(m)), plain)
    if MINUS_BEFORE_DIGITS.search(plain) or "minus " in plain:
        plain = BELOW_ZERO.sub(lambda m: take(m.group(), frozenset({-Decimal(m["digits"])})), plain)
    if not plain.isascii() and HAN.search(plain):
        # Read in Simplified, as the lists write numerals and measure words: Traditional "42萬噸"
        # is "42万吨" (420,000 tonnes), not 42 and a word; the number is named so written.
        plain = in_simplified(plain)
        # "百分之六" is 6% as a share of a hundred: the number of the two is 6.
        plain = _han_percent().sub(lambda m: take(m.group(), _han_decimal(m["numeral"])), plain)
        if HAN_HOUR.search(plain):
            plain = _han_clock().sub(lambda m: take(m.group(), _han_clock_values(m)), plain)
        if lexicon().han_number.search(plain):
            plain = lexicon().han_number.sub(
                lambda m: take(m.group(), _han_value(m.group())), plain
            )
    return found, plain


def _without_numeric_dates(plain: str, found: list[tuple[str, frozenset[Value]]]) -> str:
    """``plain`` without its dates in digits ("2024-03-12", "12.03.2024", "2024/03/12",
    "12/03/2024", "am 12.03.", "3/12", and "9/11", a date named by its digits), whose day, month
    and year are added to ``found``, each as the date is written, so that they meet "March 12,
    2024" and "12 March 2024": a month as its name is, a day and a year as numbers. A slashed
    date whose day and month may be either is read both ways ("03/04/2024": March 4 or April 3),
    and one without its year as its numbers too. A time after the date is left to be read.

    >>> found = []
    >>> _without_numeric_dates("Polls open on 14/03/2024.", found)
    'Polls open on  .'
    >>> [(written, sorted(map(str, values))) for written, values in found]
    [('14/03/2024', ['mar']), ('14/03/2024', ['14']), ('14/03/2024', ['2024'])]
    """
    for pattern in (
        *DATES_IN_DIGITS,
        _named_date(),
        DOTTED_DAY_AND_MONTH,
        SLASHED_DAY_AND_MONTH,
    ):
        spans = []
        for date in pattern.finditer(plain):
            parts = _date_parts(date)
            if parts is None:
                continue
            end = _date_end(date)
            written = plain[date.start() : end]
            found += [(written, values) for values in parts]
            spans.append((date.start(), end))
        for start, end in reversed(spans):
            plain = f"{plain[:start]} {plain[end:]}"
    return plain


def _date_end(date: re.Match[str]) -> int:
    """Where a numeric date ends before the time a pattern of :mod:`compare.dates` may take in
    after it: after its year, or its day where the year opens it ("2024/03/12 09:30")."""
    if "year" not in date.re.groupindex:
        return date.end()
    return max(date.end(part) for part in ("year", "day") if part in date.re.groupindex)


def _date_parts(date: re.Match[str]) -> list[frozenset[Value]] | None:
    """The values of a numeric date's parts (see :func:`_without_numeric_dates`), or None for
    digits that are no date ("2024-13-45") and for a fraction ("1/2", read as one later)."""
    groups = date.groupdict()
    if groups.get("date"):  # ISO: year, month, day
        year, month, day = (int(part) for part in groups["date"].split("-"))
        first, second = month, day
        either = False
    elif groups.get("leading"):
        if "year" not in groups and re.fullmatch(DIGIT_FRACTION, date.group()):
            return None
        year = int(groups.get("year") or 0)
        leading, middle = int(groups["leading"]), int(groups["middle"])
        # Day first ("14/05/2024") unless the middle is no month ("05/14/2024").
        first, second = (leading, middle) if middle > MONTHS_IN_A_YEAR else (middle, leading)
        either = not year or (max(leading, middle) <= MONTHS_IN_A_YEAR and leading != middle)
    elif groups.get("day"):  # dotted or year first: day, month and perhaps year
        year, first, second = (
            int(groups.get("year") or 0),
            int(groups["month_number"]),
            int(groups["day"]),
        )
        either = False
    else:  # a date named by its digits: month, day
        year, (first, second) = 0, lexicon().named_dates[date.group()]
        either = False
    if not (1 <= first <= MONTHS_IN_A_YEAR and 1 <= second <= 31):
        return None
    parts = [_month_or_day(first, either), _month_or_day(second, either, month=False)]
    return [*parts, frozenset({Decimal(year)})] if year else parts


def _month_or_day(number: int, either: bool, *, month: bool = True) -> frozenset[Value]:
    """A numeric date's month (as its name is read) or day; both if the date may be read
    either way."""
    as_month = {_day_value(MONTHS[number - 1][0])} if number <= MONTHS_IN_A_YEAR else set()
    if either:
        return frozenset({Decimal(number), *as_month})
    return frozenset(as_month) if month else frozenset({Decimal(number)})


@cache
def _named_date() -> re.Pattern[str]:
    """A date named by its digits alone (``[numbers.named_dates]``: "9/11")."""
    names = "|".join(map(re.escape, lexicon().named_dates))
    return re.compile(rf"(?<![\d/])(?:{names})(?![\d/])")


def _french_clock_values(time: re.Match[str]) -> frozenset[Value] | None:
    """The time of day a :data:`FRENCH_CLOCK` gives, on a 24-hour clock; a whole hour is its
    number too, as "9 heures" may be a span of time ("9 heures de garde à vue"). None for
    no hour of a day ("48 h")."""
    hour = int(time["hour"])
    if hour > 23:
        return None
    if time["minute"]:
        return frozenset({f"{hour:02d}:{time['minute']}"})
    return frozenset({Decimal(hour), f"{hour:02d}:00"})


def _decades(decade: re.Match[str]) -> frozenset[Value]:
    """The decades a :data:`DECADE` may name: "1970s" of "1970s" and "1970's", "1990s" and
    "2090s" of "'90s"."""
    if decade["century"]:
        return frozenset({f"{decade['century']}{decade['decade']}s"})
    return frozenset(f"{century}{decade['short']}s" for century in ("19", "20"))


@cache
def _digit_fraction() -> re.Pattern[str]:
    """:data:`DIGIT_FRACTION` and the multiplier in letters that may follow it, or a currency's
    hundredths, perhaps after "of a": "3/4 of a cent" is "0.75 cent"."""
    terms = lexicon()
    multipliers = "|".join(sorted(m for m in terms.multipliers if m.isascii() and m.isalpha()))
    of, one, hundredths = (
        "|".join(sorted(w)) for w in (terms.fraction_of, terms.fraction_one, terms.hundredths)
    )
    return re.compile(
        rf"{DIGIT_FRACTION}(?: (?P<multiplier>(?i:{multipliers}))\b"
        rf"| (?:(?i:{of}) )?(?:(?i:{one}) )?(?P<hundredths>(?i:{hundredths}))\b)?"
    )


@cache
def _glued_hundredths() -> re.Pattern[str]:
    """An amount in a currency's hundredths with its sign glued to the digits: "45p", "1,250p",
    "12c", "19¢"; not "3pm" nor "4cm"."""
    signs = "|".join(map(re.escape, lexicon().glued_hundredths))
    return re.compile(
        rf"(?<![\w.,])(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?P<sign>{signs})(?!\w)"
    )


@cache
def _leading_point() -> re.Pattern[str]:
    """A decimal written without its zero, and a currency's hundredths after it: ".5%", "(.25)",
    ".85 cent"; not "v2.5" nor "1.5", nor a gun's calibre (``calibre_words``: ".45-caliber",
    ".22 rifle"), a name."""
    terms = lexicon()
    calibres = "|".join(map(re.escape, terms.calibre_words))
    hundredths = "|".join(map(re.escape, sorted(terms.hundredths, key=len, reverse=True)))
    return re.compile(
        rf"(?<![\w.,])\.(?P<digits>\d+)(?!\d|[- ]?(?i:{calibres})\b)"
        rf"(?: (?P<hundredths>{hundredths})(?!\w))?"
    )


def _leading_point_values(found: re.Match[str]) -> frozenset[Value]:
    """The value of a decimal written without its zero, in its currency's hundredths where they
    follow it (".85 cent" is 0.0085, as "0.85 cent" is).

    >>> sorted(map(str, _leading_point_values(_leading_point().search("rose .85 cent"))))
    ['0.0085']
    """
    value = frozenset({Decimal(f".{found['digits']}")})
    return _multiplied(value, found["hundredths"]) if found["hundredths"] else value


@cache
def _order_of_order() -> re.Pattern[str]:
    """An order of count of another ("tens of thousands", "hundreds of millions"), both of
    ``[numbers.orders]``.

    >>> _order_of_order().findall("tens of thousands fled")
    [('tens', 'thousands')]
    """
    orders = "|".join(sorted(lexicon().orders))
    return re.compile(rf"\b({orders}) of ({orders})\b")


@cache
def _several() -> re.Pattern[str]:
    """A multiplier after a word that makes it a count as vague as its plural ("several
    hundred"): a multiplier whose plural is an order of count (``[numbers.orders]``)."""
    terms = lexicon()
    vague = "|".join(sorted(terms.vague_counts))
    singular = "|".join(
        sorted(order[:-1] for order in terms.orders if order[:-1] in terms.multipliers)
    )
    return re.compile(rf"\b(?i:{vague}) ({singular})\b")


def _fraction_value(fraction: re.Match[str]) -> frozenset[Value] | None:
    """The value of a :func:`_digit_fraction`: 5.5 of "5 1/2" and of "5\u00bd", 5,500 of "5\u00bd
    thousand"; none of "3/2", which is no fraction of a whole."""
    if fraction["sign"]:
        value = Decimal(fraction["count"] or 0) + FRACTION_SIGNS[fraction["sign"]]
    else:
        numerator, denominator = int(fraction["numerator"]), int(fraction["denominator"])
        if numerator >= denominator:
            return None
        value = Decimal(fraction["whole"] or 0) + Decimal(numerator) / Decimal(denominator)
    if fraction["multiplier"]:
        value *= lexicon().multipliers[fraction["multiplier"].casefold()]
    if fraction["hundredths"]:
        value /= 100
    return frozenset({value})


def _is_clock(time: re.Match[str]) -> bool:
    """Whether "19:00" is a time of day: after a word such as "at" always ("the draw takes place
    at 19:00"), but for one a score's margin follows too ("won the final by 23:21"); else not
    after a score's words ("beat Denmark 23:21") or a time taken's ("ran the mile in 3:43")."""
    before = time.string[: time.start()]
    terms = lexicon()
    word = before.rstrip().rpartition(" ")[2].casefold()
    if word in terms.before_clock and word not in terms.before_margin:
        return True
    return not (terms.before_score.search(before) or before.endswith(terms.before_time_taken))


def _plain_time(tokens: Sequence[str], position: int) -> frozenset[Value] | None:
    """The values of a time of day written without a clock's marks at ``position``: "at 10" is
    the number 10, "10:00" or "22:00"; "0900 GMT" and "at 1430", on a 24-hour clock, are
    "09:00" and "14:30" (and the number, when it follows a word such as "at")."""
    written = tokens[position]
    time = PLAIN_TIME.fullmatch(written)
    if time is None:
        return None
    hour, minute = int(time["hour"]), time["minute"] or "00"
    hours = {hour}
    if hour <= MERIDIEM_HOURS and ("." in written or not time["minute"]):
        hours.add((hour + MERIDIEM_HOURS) % 24)
    times = {f"{h:02d}:{minute}" for h in hours}
    terms = lexicon()
    after = tokens[position + 1 : position + 3]
    if after[:1] and (after[0] in terms.time_zones or after == ["local", "time"]):
        return frozenset(times) if time["minute"] else None
    if position and tokens[position - 1] in terms.before_clock:
        return frozenset({Decimal(written), *(PLAIN_READING + t for t in times)})
    return None


def _one_whole(values: frozenset[Value]) -> Decimal | None:
    """The one value of ``values`` where it is a whole number, or none: what speech says whole
    before its decimals, its hundredths or as a count."""
    value = next(iter(values)) if len(values) == 1 else None
    if not isinstance(value, Decimal) or value != value.to_integral_value():
        return None
    return value


def _spoken_count(word: str) -> int | None:
    """The whole number a word says, as speech says one ("six", "forty-five"), or none."""
    value = _one_whole(_values(word) if not is_number(word) else frozenset())
    return None if value is None else int(value)


def _spoken_time(tokens: Sequence[str], position: int) -> tuple[int, frozenset[Value]] | None:
    """Where a time of day said by its hour from ``position`` ends, and its values as
    :func:`_clock_values` gives a clock's: "six a.m." is "06:00", "six thirty p.m." "18:30",
    "half past six" "06:30" or "18:30", "quarter to seven" "06:45" or "18:45".

    >>> [sorted(_spoken_time(words(t), 0)[1]) for t in ("six a.m.", "quarter to seven")]
    [['06:00'], ['06:45', '18:45']]
    """
    terms = lexicon()
    following = tokens[position + 1] if position + 1 < len(tokens) else ""
    minutes: int | None = None
    hour_at = position
    to_the_hour = following in terms.to_the_hour
    if following in terms.past_the_hour or to_the_hour:
        # "half past six", "twenty past six", "quarter to seven"; "six to seven" is a range
        minutes = terms.parts_of_the_hour.get(tokens[position])
        if minutes is None and not to_the_hour:
            minutes = _spoken_count(tokens[position])
        if minutes is None or not 0 < minutes < 60 or position + 2 >= len(tokens):
            return None
        hour_at = position + 2
    word = tokens[hour_at]
    hour = int(word) if hour_at > position and word.isdigit() else _spoken_count(word)
    if hour is None or not 1 <= hour <= MERIDIEM_HOURS:
        return None
    end = hour_at + 1
    if minutes is None and end < len(tokens) and (after := _spoken_minutes(tokens, end)):
        end, minutes = after  # "six thirty p.m.", "six oh five a.m."
    # "six a.m.", or "six a m" as speech-to-text writes it
    meridiem_words = next(
        (
            size
            for size in (2, 1)
            if end + size <= len(tokens)
            and " ".join(tokens[end : end + size]) in terms.spoken_meridiem
        ),
        0,
    )
    meridiem = terms.spoken_meridiem.get(" ".join(tokens[end : end + meridiem_words]))
    said_on_the_hour = (
        minutes is None and tokens[end : end + 1] and tokens[end] in terms.on_the_hour
    )
    if meridiem or said_on_the_hour:
        end += meridiem_words or 1
    elif hour_at == position and (minutes is None or not _after_a_clock_word(tokens, position)):
        return None  # "six thirty" alone is two numbers, or a count; "at six thirty" a time
    if to_the_hour and minutes is not None:
        hour, minutes = hour - 1 or MERIDIEM_HOURS, 60 - minutes
    time = {
        "hour": str(hour) if meridiem else None,
        "either": None if meridiem else str(hour),
        "minute": f"{minutes or 0:02d}",
        "meridiem": meridiem,
    }
    values = _clock_values(time)
    return (end, values) if values else None


def _after_a_clock_word(tokens: Sequence[str], position: int) -> bool:
    """Whether a word that goes before a time of day ("at", "before") comes before
    ``position``, perhaps with a qualifier of the number between ("at about")."""
    terms = lexicon()
    before = list(tokens[max(position - 2, 0) : position])
    if before and before[-1] in terms.number_qualifiers:
        before = before[:-1]
    return bool(before) and before[-1] in terms.before_clock


def _spoken_minutes(tokens: Sequence[str], position: int) -> tuple[int, int] | None:
    """Where the minutes said after an hour end, and how many: "thirty", "forty-five", or a
    zero and a digit ("oh five")."""
    terms = lexicon()
    word = tokens[position]
    if terms.spoken_digits.get(word) == 0 and position + 1 < len(tokens):
        digit = terms.spoken_digits.get(tokens[position + 1])
        return (position + 2, digit) if digit else None
    minutes = _spoken_count(word)
    return (position + 1, minutes) if minutes is not None and 10 <= minutes < 60 else None


def _with_spoken_decimals(
    tokens: Sequence[str], point: int, mentions: list[tuple[str, frozenset[Value]]]
) -> int:
    """Where the last of ``mentions``, a whole number, ends with the digits said after its
    decimal point at ``point`` ("one point four" is 1.4), which it then holds; ``point`` itself
    where no digit follows."""
    digits = list(itertools.takewhile(lambda t: t in lexicon().spoken_digits, tokens[point + 1 :]))
    written, values = mentions[-1]
    whole = _one_whole(values)
    if not digits or whole is None:
        return point
    fraction = "".join(str(lexicon().spoken_digits[digit]) for digit in digits)
    mentions[-1] = (
        " ".join([written, *tokens[point : point + 1 + len(digits)]]),
        frozenset({whole + Decimal(f"0.{fraction}")}),
    )
    return point + 1 + len(digits)


def _with_spoken_hundredths(
    tokens: Sequence[str], currency: int, text: str, mentions: list[tuple[str, frozenset[Value]]]
) -> int:
    """Where the last of ``mentions``, a whole amount, ends with the hundredths said after its
    currency's word at ``currency`` ("two dollars forty", "two dollars and forty cents" are
    2.40), which it then holds; ``currency`` itself where none are said."""
    terms = lexicon()
    at = currency + 1
    joined = tokens[at : at + 1] and tokens[at] in terms.number_joins
    at += bool(joined)
    hundredths = _spoken_count(tokens[at]) if at < len(tokens) else None
    end = at + 1
    named = end < len(tokens) and tokens[end] in terms.hundredths
    end += named
    written, values = mentions[-1]
    whole = _one_whole(values)
    if (
        hundredths is None
        or not 0 < hundredths < 100
        or (joined and not named)  # "two dollars and forty" may be two amounts
        or (end < len(tokens) and tokens[end] in terms.multipliers)
        or whole is None
        or not _apart_by_spaces(tuple(tokens[currency:end]))(text)
    ):
        return currency
    mentions[-1] = (
        " ".join([written, *tokens[currency:end]]),
        frozenset({whole + Decimal(hundredths) / 100}),
    )
    return end


@cache
def _han_clock() -> re.Pattern[str]:
    """A Chinese time of day (``HAN_HOUR``) after the part of the day it is in, if one is named."""
    terms = lexicon()
    parts = "|".join(sorted(terms.han_before_noon | terms.han_after_noon))
    return re.compile(rf"(?P<part>{parts})?{HAN_HOUR.pattern}")


def _han_clock_values(time: re.Match[str]) -> frozenset[Value] | None:
    """The times of day, on a 24-hour clock, that a Chinese one may be: "下午3点" is 15:00, "3点"
    03:00 or 15:00, "15时" 15:00; none for an hour past 24.

    >>> sorted(_han_clock_values(_han_clock().search("下午3点半"))), sorted(_han_clock_values(_han_clock().search("3点")))
    (['15:30'], ['03:00', '15:00'])
    """
    hour = int(time["hour"])
    if hour > 24:
        return None
    minute = "30" if time["half"] else f"{int(time['minute'] or 0):02d}"
    morning, evening = hour % MERIDIEM_HOURS, hour % MERIDIEM_HOURS + MERIDIEM_HOURS
    if hour > MERIDIEM_HOURS:
        hours = {hour % 24}
    elif time["part"] in lexicon().han_after_noon:
        hours = {evening}
    elif time["part"]:
        hours = {morning}
    else:
        hours = {morning, evening}
    return frozenset(f"{h:02d}:{minute}" for h in hours)


@cache
def _iberian_day_parts() -> tuple[str, ...]:
    """The nouns of the parts of the day a Spanish or Portuguese time of day is in ("tarde")."""
    terms = lexicon()
    return tuple(
        sorted(
            {
                part.rpartition(" ")[2]
                for part in terms.iberian_before_noon | terms.iberian_after_noon
            }
        )
    )


@cache
def _iberian_clock() -> re.Pattern[str]:
    """A Spanish or Portuguese time of day: an article, an hour, perhaps its half, and the part
    of the day it is in ("las seis de la tarde", "às 6 da tarde")."""
    terms = lexicon()

    def either(phrases: AbstractSet[str]) -> str:
        return "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))

    parts = terms.iberian_before_noon | terms.iberian_after_noon
    return re.compile(
        rf"\b(?:{either(terms.iberian_hour_articles)}) (?P<hour>\w+)"
        rf"(?P<half> (?:{either(terms.iberian_halves)}))? (?P<part>{either(parts)})\b",
        re.IGNORECASE,
    )


def _iberian_clock_values(time: re.Match[str]) -> frozenset[Value] | None:
    """The time of day, on a 24-hour clock, that a Spanish or Portuguese one is: "las seis de la
    tarde" is 18:00, "la una y media de la madrugada" 01:30, "las doce de la noche" midnight;
    none for no hour of a clock.

    >>> _iberian_clock_values(_iberian_clock().search("hasta las seis de la tarde del martes"))
    frozenset({'18:00'})
    >>> _iberian_clock_values(_iberian_clock().search("à uma e meia da manhã"))
    frozenset({'01:30'})
    >>> _iberian_clock_values(_iberian_clock().search("a las doce de la noche"))
    frozenset({'00:00'})
    """
    terms = lexicon()
    word, part = time["hour"].casefold(), time["part"].casefold()
    if word in terms.iberian_hour_words:
        hours = [terms.iberian_hour_words[word]]
    else:
        hours = [int(v) for v in _values(word) if isinstance(v, Decimal)]
    if len(hours) != 1 or not 1 <= hours[0] <= MERIDIEM_HOURS:
        return None
    hour = hours[0] % MERIDIEM_HOURS
    if part in terms.iberian_after_noon and (hour or part not in terms.iberian_midnight):
        hour += MERIDIEM_HOURS
    return frozenset({f"{hour:02d}:{'30' if time['half'] else '00'}"})


@cache
def _han_percent() -> re.Pattern[str]:
    """A share in Chinese, a number of a hundred: "百分之六" is 6%."""
    return re.compile(rf"百分之(?P<numeral>[{''.join(lexicon().han_numerals)}\d.点]+)")


def _han_decimal(numeral: str) -> frozenset[Value] | None:
    """A number in Chinese characters that may have decimals after "点": "五点二" is 5.2.

    >>> _han_decimal("五点二"), _han_decimal("六")
    (frozenset({Decimal('5.2')}), frozenset({Decimal('6')}))
    """
    whole, point, fraction = numeral.partition("点")
    values = lexicon().han_numerals
    if not point:
        return _han_value(whole)
    units = _han_value(whole)
    if units is None or not fraction or any(values.get(c, 10) > 9 for c in fraction):
        return None
    decimals = "".join(str(values[c]) for c in fraction)
    return frozenset(
        {unit + Decimal(f"0.{decimals}") for unit in units if isinstance(unit, Decimal)}
    )


def _zoned_clock_values(time: re.Match[str]) -> frozenset[Value] | None:
    """The times of day a clock time may be (:func:`_clock_values`); of one in a zone, the times
    in UTC it may be, and as its clock reads, marked ``PLAIN_READING``: "4:15 p.m. ET" is 20:15 or
    21:15 UTC (daylight or standard time), no "4:15 p.m. GMT", but a "4:15 p.m." in no zone.

    >>> sorted(_zoned_clock_values(ZONED_CLOCK_TIME.search("at 10 a.m. ET")))
    ['14:00 UTC', '15:00 UTC', '~10:00']
    """
    values = _clock_values(time.groupdict())
    if values is None or not time["zone"]:
        return values
    zone = time["zone"]
    # A United States zone named without its season is on standard or daylight time.
    offsets = (
        {ZONE_HOURS[zone]}
        if zone in ZONE_HOURS
        else {ZONE_HOURS[f"{zone[0]}{season}T"] for season in "SD"}
    )
    in_utc = set()
    for value in map(str, values):
        hour, minute = value.split(":")
        in_utc |= {f"{(int(hour) - offset) % 24:02d}:{minute} UTC" for offset in offsets}
    return frozenset(in_utc | {PLAIN_READING + str(value) for value in values})


def _clock_values(time: dict[str, str | None]) -> frozenset[Value] | None:
    """The times of day a clock time may be, as a 24-hour clock writes them: "2 p.m." and
    "14:00" are "14:00", "10 o'clock" is "10:00" or "22:00"."""
    if noon := time.get("noon"):
        return frozenset({"00:00" if noon.casefold() == "midnight" else "12:00"})
    if hour24 := time.get("hour24"):
        return frozenset({f"{int(hour24):02d}:{time['minute24']}"})
    hour = int(time["hour"] or time["either"] or 0)
    if not 1 <= hour <= MERIDIEM_HOURS:
        return None
    minute = time["minute"] or "00"
    morning = f"{hour % MERIDIEM_HOURS:02d}:{minute}"
    evening = f"{hour % MERIDIEM_HOURS + MERIDIEM_HOURS:02d}:{minute}"
    if time["either"]:
        return frozenset({morning, evening})
    return frozenset({evening if (time["meridiem"] or "").casefold() == "p" else morning})


def _months_after_days(text: str, tokens: Sequence[str]) -> list[tuple[str, frozenset[Value]]]:
    """The months named after their day, in digits or in words, in a language of
    ``dates.MONTHS`` other than English and Russian (whose names are date words, read wherever
    they stand): "12. März", "12 mars", "premier mars", "12 de marzo". Alone, such a name may be
    a name in English text ("Mai Tran", "Julio"), and one of ``months_named_too`` is one with a
    capital after a day too ("5 Mars rovers"). After a count in English text, in English words
    or in digits with a capital and a capitalised word after it (:func:`_counted`), such a name
    is a thing counted ("2 mayo packets", "two Mai Tais", "12 Mai Tais"): there it is a month
    only as its language writes a date, with its "de" or its "." ("12 de mayo", "12. Mai"), or
    with a year after it.

    >>> text = "El 1 de mayo, el dos de mayo, 5 Mars rovers y Julio."
    >>> [written for written, _ in _months_after_days(text, words(text))]
    ['mayo', 'mayo']
    >>> text = "She ordered two Mai Tais on 12. Mai and 3 Mai 2024."
    >>> [written for written, _ in _months_after_days(text, words(text))]
    ['mai', 'mai']
    >>> text = "Sie bestellte 12 Mai Tais am 12 Mai."
    >>> [written for written, _ in _months_after_days(text, words(text))]
    ['mai']
    """
    if _months_of_other_languages().isdisjoint(tokens):
        return []
    named_too = lexicon().months_named_too
    english = in_english(text)
    return [
        (month, frozenset({_day_value(month)}))
        for found in _month_after_a_day().finditer(text)
        if ((month := found[1].casefold()) not in named_too or found[1] == month)
        and (_written_as_a_date(text, found) or not (english or _counted(text, found)))
    ]


def _counted(text: str, found: re.Match[str]) -> bool:
    """Whether a day and a month's name found in ``text`` are a count and the thing counted
    whatever the language: after a number in English words ("two Mai Tais"), or capitalised
    straight after digits and before a capitalised word, the rest of the name it opens ("12 Mai
    Tais"). Without such a word after it, it is a date as German copy writes one without the
    day's "." ("am 12 Mai statt") and a French headline with a capital ("le 12 Mai"). The
    language a text is guessed to be in cannot tell, as a short sentence is too short to guess."""
    day = found[0][: found.start(1) - found.start()].rstrip()
    if found[0].split()[0].casefold() in lexicon().english_numbers:
        return True
    word_after = _WORD_AFTER.match(text, found.end())
    return (
        day.isdigit()
        and found[1][:1].isupper()
        and word_after is not None
        and word_after[1].isupper()
    )


# The word after a month's name, by its first letter: "T" of "12 Mai Tais".
_WORD_AFTER = re.compile(r" +([^\W\d_])")


def _written_as_a_date(text: str, found: re.Match[str]) -> bool:
    """Whether a day and a month's name found in ``text`` are written as only a date is: with
    the month's "de" or the day's "." between them, or a year after them."""
    between = found[0][: found.start(1) - found.start()].casefold()
    return "." in between or " de " in between or bool(_YEAR_AFTER.match(text, found.end()))


# A year straight after a date: "3 Mai 2024", "3 mai, 2024".
_YEAR_AFTER = re.compile(rf",? {YEAR.pattern}(?!\d)")


@cache
def _months_of_other_languages() -> frozenset[str]:
    """The months' names of ``dates.MONTHS`` that are no date words: French, Spanish, German..."""
    names = {name for _, *others in MONTHS for name in others}
    return frozenset(names - lexicon().date_words)


@cache
def _month_after_a_day() -> re.Pattern[str]:
    """A month's name of :func:`_months_of_other_languages` after its day: digits, or a number
    word of a day of a month ("premier", "dos", "ersten")."""
    months = "|".join(sorted(_months_of_other_languages()))
    days = "|".join(
        sorted(
            (
                _as_written(re.escape(word))
                for word, value in lexicon().number_words.items()
                if 1 <= value <= 31
            ),
            key=lambda word: (-len(word), word),
        )
    )
    return re.compile(
        rf"(?:(?<![\d.,])\d{{1,2}}|(?<![^\W\d_])(?:{days})){DAY_BEFORE_MONTH}({months})"
        r"(?![^\W\d_])",
        re.IGNORECASE,
    )


def _month_may(text: str) -> tuple[int, int]:
    """How many times "May" names the month ("in May", "May 5", "5 May", "May 2024"), and how
    many more it may name it inside a sentence ("Tuesday's May inspection report", or "Theresa
    May"): the word is more often the verb, which no list of date words can hold.

    >>> _month_may("Theresa May will publish the May report in May.")
    (1, 2)
    """
    if "May" not in text:
        return 0, 0
    months = [found.span() for found in MONTH_MAY.finditer(text)]
    maybe = sum(not inside(found.start(), months) for found in MID_SENTENCE_MAY.finditer(text))
    return len(months), maybe


def _han_value(numeral: str) -> frozenset[Value] | None:
    """The value of a number in Chinese characters, perhaps after digits; none for digits
    run together with no unit, too few to be a year ("五一": May Day). A last digit after a
    hundred or more counts the next lower unit, as speech shortens it ("三万五" is 35,000).

    >>> [str(_han_value(n)) for n in ("四千", "三万五", "两亿三千万", "一万亿", "1.2万", "二〇二五", "五一")]
    ["frozenset({Decimal('4000')})", "frozenset({Decimal('35000')})", "frozenset({Decimal('230000000')})", "frozenset({Decimal('1000000000000')})", "frozenset({Decimal('12000.0')})", "frozenset({Decimal('2025')})", 'None']
    """
    values = lexicon().han_numerals
    digits = re.match(r"\d+(?:\.\d+)?", numeral)
    rest = numeral[digits.end() :] if digits else numeral
    if not rest or any(c not in values for c in rest):
        return None
    if digits:
        return frozenset({Decimal(digits.group()) * prod(values[c] for c in rest)})
    if all(values[c] < 10 for c in numeral):
        if len(numeral) == 2:
            return None
        return frozenset({Decimal("".join(str(values[c]) for c in numeral))})
    total = below_group = digit = 0
    for character in numeral:
        value = values[character]
        if value < 10:
            digit = value
        elif value < 10_000:  # 十, 百, 千: "十二" is 12, its 1 left unwritten
            below_group += (digit or 1) * value
            digit = 0
        else:  # 万, 亿: a hundred million counts the ten thousands before it ("一万亿")
            grouped = below_group + digit or (0 if total else 1)
            total = (total + grouped) * value if value > total else total + grouped * value
            below_group = digit = 0
    unit = values[numeral[-2]] if len(numeral) > 1 else 0
    if digit and unit >= 100:  # "三万五", "一千二": the unit below the one before it
        digit *= unit // 10
    return frozenset({Decimal(total + below_group + digit)})


# A run's words are a vocabulary far smaller than its count of words: each is looked at once.
@lru_cache(maxsize=1 << 16)
def _may_open_a_mention(word: str) -> bool:
    """Whether :func:`_mentions` visits a word: a number in digits, a word of numbers and dates
    (:func:`_in`), or the first word of a part of a day ("this" of "this morning")."""
    return is_number(word) or _in(word, number_vocabulary()) or word in _day_part_openers()


def _in(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether a word is of ``vocabulary`` (numbers and dates), or starts with one ("twenty-five",
    "five-year") or a half of one ("demi-million"), or is a day's possessive ("tuesday's"), or
    is a number's words written as one ("fünfundzwanzig")."""
    return (
        word in vocabulary
        or ("-" in word and word.partition("-")[0] in vocabulary)
        or ("-" in word and word.partition("-")[0] in lexicon().halves_before_multipliers)
        or (word.endswith("'s") and _is_date_word(word))
        or is_glued_number(word)
    )


def names_a_date(written: str) -> bool:
    """Whether a number or date as :func:`sentence_numbers` writes it is a day or month's name:
    "may" is, where it is read as one, and so are "this morning" and "last year"."""
    terms = lexicon()
    return (
        written == MAY[0]
        or written in terms.relative_day_parts
        or written in terms.relative_periods
        or _is_date_word(written)
    )


def names_a_moment(written: str) -> bool:
    """Whether a number or date as written names a moment and no quantity: a day or a month
    (:func:`names_a_date`), a year, or a day's number beside its month's name ("March 14").

    >>> [names_a_moment(n) for n in ("today", "this year", "Tuesday", "12 June", "2023")]
    [True, True, True, True, True]
    >>> [names_a_moment(n) for n in ("11 years", "31%", "14", "4", "")]
    [False, False, False, False, False]
    """
    words = written.casefold().split()
    if names_a_date(" ".join(words)):
        return True
    # A day's number is a date only beside its month's name: "14" of "March 14".
    month = any(names_a_date(word) for word in words)
    return bool(words) and all(
        names_a_date(word) or YEAR.fullmatch(word) or (month and word.isdigit() and int(word) <= 31)
        for word in words
    )


def moments_alone(numbers: str) -> bool:
    """Whether each of the numbers a framing note gives, as framing joins them ("12 June,
    40%"), names a day, a month, a year or a period counted from the day of writing, and no
    quantity (:func:`names_a_moment`).

    >>> [moments_alone(n) for n in ("today", "this year", "Tuesday", "12 June, 2023")]
    [True, True, True, True]
    >>> [moments_alone(n) for n in ("11 years", "31%", "March 14, 14", "4")]
    [False, False, False, False]
    """
    return all(map(names_a_moment, numbers.split(", ")))


def may_name_a_date(plain: str) -> bool:
    """Whether a sentence in plain typography may name a day or month (see :func:`names_a_date`),
    told from its text alone, far quicker than :func:`sentence_numbers` reads its numbers.

    Never False where the numbers read name one, but for a period named from the day of writing
    ("this week", "last year"), which the aligner's measure of dates leaves aside (counting it
    there rejects an MSRP paraphrase): the words they are read from are the text's,
    case-folded, with spans blanked out, so a date word among them is in the folded text, and
    holds one of :func:`_date_word_cores`; "May" is read as the month only with its capital.
    True of many sentences that name none too ("the mayor", "a decision").

    >>> may_name_a_date("Talks resume on Tuesday."), may_name_a_date("Talks resume this week.")
    (True, False)
    """
    if "May" in plain:
        return True
    folded = plain.casefold()
    return any(core in folded for core in _date_word_cores(folded.isascii()))


@cache
def _date_word_cores(ascii_only: bool) -> tuple[str, ...]:
    """The date words, and the parts of a day that name one ("last night"), that hold no other
    ("mar", not "march"), one of which any of them holds; for a text in ASCII, those in ASCII
    alone."""
    terms = lexicon()
    words = terms.date_words | terms.relative_day_parts.keys()
    return tuple(
        sorted(
            word
            for word in words
            if not any(other in word for other in words - {word})
            and (word.isascii() or not ascii_only)
        )
    )


def may_state_a_share(plain: str) -> bool:
    """Whether a sentence in plain typography may state a share ("12%", "40 per cent"), told
    from its text alone: :func:`sentence_numbers` reads one only where the text holds "%", or
    "per" and a ``PERCENTAGE`` written in words, which holds "cent" in any case.

    >>> may_state_a_share("Sales rose 12 per cent."), may_state_a_share("Sales rose by a third.")
    (True, False)
    """
    return "%" in plain or ("per" in plain and "cent" in plain.casefold())


def _is_date_word(word: str) -> bool:
    """Whether a word names a day or month, or is a weekday's or a relative day's possessive:
    "Tuesday's morning rush hour" is Tuesday's; "Jan's brother" and "June's husband" are a
    person's."""
    terms = lexicon()
    if word in terms.date_words:
        return True
    day = word.removesuffix("'s")
    return day != word and (day in terms.weekdays or day in terms.relative_days)


class _Spelled(NamedTuple):
    """A number in words as far as it is read: the thousands or more its multipliers closed
    ("dos mil" of "dos mil quinientos millones"), the group of it since ("quinientos"), what a
    number added to that group must stay under (a unit after "treinta"), the last multiplier of a
    thousand or more, its last word, and whether a join ("y", "et", "and") waits for its
    number."""

    closed: Decimal = Decimal(0)
    group: Decimal | None = None
    below: Decimal = Decimal("Infinity")
    thousands: Decimal = Decimal("Infinity")
    last: str = ""
    joined: bool = False

    @property
    def value(self) -> Decimal:
        return self.closed + (self.group or 0)


def _spelled_out(tokens: Sequence[str], position: int, text: str) -> tuple[int, Decimal] | None:
    """Where a number in words of more than one word from ``position`` ends, and its value; none
    for one word, which :func:`_values` reads. Only spaces stand between its words in the
    case-folded ``text`` ("twenty, five" is two numbers).

    >>> [_spelled_out(words(t), 0, t) for t in ("mil quinientos millones", "vingt et un", "twenty, five")]
    [(3, Decimal('1500000000')), (3, Decimal('21')), None]
    """
    terms = lexicon()
    # Most numbers in words are one word, which the word after it tells.
    following = (tokens[position + 1] if position + 1 < len(tokens) else "").partition("-")[0]
    goes_on = following in _spelling() or len(_join_written_on(following)) > 1
    if not goes_on or is_number(tokens[position]):
        return None
    read = _Spelled()
    # Where each number read so far ends, and its value; and how many of them a join preceded.
    ends: list[tuple[int, Decimal]] = []
    before_join: int | None = None
    at = position
    while at < len(tokens):
        # A join is read with the number it waits for.
        step = tokens[at : at + 2] if tokens[at] in terms.number_joins else tokens[at : at + 1]
        parts = [part for word in step for part in _parts(word)]
        after, taken = _read(read, parts)
        if taken < len(parts):
            if before_join is not None and (
                parts[taken] in terms.multipliers or parts[taken] in terms.french_hundreds
            ):
                # The join was between two numbers: "two hundred and three hundred".
                del ends[before_join:]
            break
        if at > position and not _apart_by_spaces(tuple(tokens[at - 1 : at + len(step)]))(text):
            break
        if step[0] in terms.number_joins:
            before_join = len(ends)
        read, at = after, at + len(step)
        ends.append((at, read.value))
    if not ends or ends[-1][0] == position + 1:
        return None
    return ends[-1]


@cache
def _spelling() -> frozenset[str]:
    """The words that a number in words may go on with."""
    terms = lexicon()
    return frozenset().union(
        terms.number_words,
        terms.multipliers,
        terms.number_joins,
        terms.french_hundreds,
        terms.also_months,
        terms.teen_tens,
    )


@lru_cache(maxsize=1 << 10)
def _apart_by_spaces(words: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    """What finds ``words`` in a text with only spaces between them, Arabic ones in any
    spelling, as they are read in one (:func:`arabic.spelt_any_way`: "ثلاثة آلاف")."""
    spaced = r"\s+".join(map(spelt_any_way, words))
    return re.compile(rf"(?<!\w){spaced}(?!\w)").search


def _parts(word: str) -> list[str]:
    """A word's parts between hyphens, those that a number word joins taken as one, and the
    number words of each written as one (:func:`_glued_parts`).

    >>> _parts("quatre-vingt-dix-sept"), _parts("dreihundertzwanzig")
    (['quatre-vingt', 'dix-sept'], ['drei', 'hundert', 'zwanzig'])
    >>> _parts("وثمانین")
    ['و', 'ثمانین']
    """
    pieces = [
        part
        for piece in word.split("-")
        for joined in _join_written_on(piece)
        for part in _glued_parts(joined)
    ]
    parts = []
    start = 0
    while start < len(pieces):
        end = next(
            end
            for end in range(len(pieces), start, -1)
            if end == start + 1 or "-".join(pieces[start:end]) in lexicon().number_words
        )
        parts.append("-".join(pieces[start:end]))
        start = end
    return parts


def _join_written_on(word: str) -> tuple[str, ...]:
    """A number word with the join Arabic writes onto it (``joins_before_tens``) apart from
    it, as two words: "وثمانين" is "و" and "ثمانين"; any other word alone."""
    terms = lexicon()
    for join in terms.joins_before_tens:
        rest = word.removeprefix(join)
        if rest != word and (
            rest in terms.number_words or rest in terms.multipliers or is_glued_number(rest)
        ):
            return (join, rest)
    return (word,)


# Asked of every word of every sentence framing reads, of a vocabulary far smaller.
@lru_cache(maxsize=1 << 16)
def is_glued_number(word: str) -> bool:
    """Whether a word is the words of a number written as one, as German writes them.

    >>> is_glued_number("fünfundzwanzig"), is_glued_number("einheit")
    (True, False)
    """
    return len(_glued_parts(word)) > 1


@lru_cache(maxsize=1 << 16)
def _glued_parts(word: str) -> tuple[str, ...]:
    """The number words of a number written as one word, as German writes it, in the order
    :func:`_read` reads a number's words apart: its tens before its units ("fünfundzwanzig" is
    "zwanzig fünf"), and each written only inside such a word as the word it stands for
    (``[numbers.glued]``); the word alone for any other word: one of which only a part is
    number words ("Einheit", "Dreieck"), or whose number words make no number ("dreivier").

    >>> _glued_parts("zweitausendfünfhunderteinundzwanzig")
    ('zwei', 'tausend', 'fünf', 'hundert', 'zwanzig', 'eins')
    >>> _glued_parts("einheit"), _glued_parts("ein"), _glued_parts("dreivier")
    (('einheit',), ('ein',), ('dreivier',))
    """
    pieces: list[re.Match[str]] = []
    at = 0
    while at < len(word) and (found := _glued_piece().match(word, at)):
        pieces.append(found)
        at = found.end()
    if at < len(word):
        return (word,)
    inside = lexicon().glued_inside
    parts = tuple(
        inside.get(part, part)
        for found in pieces
        for part in ((found["tens"], found["unit"]) if found["tens"] else (found["word"],))
    )
    if len(parts) < 2 or _read(_Spelled(), parts)[1] < len(parts):
        return (word,)
    return parts


@cache
def _glued_piece() -> re.Pattern[str]:
    """A piece of a number's words written as one (case-folded): a number word, a multiplier
    below a million (as no language glues a million to its count, and its abbreviations end or
    start other words: "bn", "mio"), or a unit, "und" and tens ("fünfundzwanzig")."""
    terms = lexicon()
    numbers = {word for word in terms.number_words if word not in terms.ordinals}

    def either(words: AbstractSet[str]) -> str:
        return "|".join(sorted(map(re.escape, words), key=lambda word: (-len(word), word)))

    units = {word for word in numbers if _is_unit(word)} | {
        written for written, word in terms.glued_inside.items() if _is_unit(word)
    }
    tens = {word for word in numbers if _is_tens(word)}
    multipliers = {word for word, factor in terms.multipliers.items() if factor < 1_000_000}
    words = numbers | multipliers | terms.glued_inside.keys()
    return re.compile(
        rf"(?P<unit>{either(units)}){re.escape(terms.glued_and)}(?P<tens>{either(tens)})"
        rf"|(?P<word>{either(words)})"
    )


def _read(read: _Spelled, parts: Sequence[str]) -> tuple[_Spelled, int]:
    """The number ``read`` so far with the most of ``parts`` after it that go on it, but a join
    left waiting; and how many of them it takes."""
    taken, going = 0, read
    for n, part in enumerate(parts):
        after = _then(going, part)
        if after is None:
            break
        going = after
        if not going.joined:
            read, taken = going, n + 1
    return read, taken


def _then(read: _Spelled, word: str) -> _Spelled | None:
    """The number ``read`` so far with ``word`` after it; None if ``word`` goes on no such
    number: a number no smaller than its place ("veinte treinta", "cinco cuatro"), a hundred
    after a hundred, a multiplier no larger than the one before it but for all the number
    before it ("mil millones" is a thousand million), a join after a number below twenty, or
    English "and" after tens ("forty and five"). Arabic's "و" joins a unit to the tens after it
    ("ستة وثمانين", 86) and its teens write the unit first ("ثلاثة عشر", 13)."""
    terms = lexicon()
    if word in terms.joins_before_tens and not read.last:
        return read  # "وستة وثمانين": the "and" before the whole number
    if word in terms.number_joins:
        after_tens = word in terms.joins_after_tens and read.group is not None and read.group >= 20
        before_tens = word in terms.joins_before_tens and _is_unit(read.last)
        if read.joined or not (read.last in terms.multipliers or after_tens or before_tens):
            return None
        return read._replace(last=word, joined=True)
    if read.joined and read.last in terms.joins_before_tens and _is_tens(word):
        # Arabic's tens after their unit: "ستة وثمانين" is 86; only a multiplier may follow.
        tens = Decimal(terms.number_words[word])
        return read._replace(
            group=(read.group or Decimal(0)) + tens, below=Decimal(1), last=word, joined=False
        )
    if word in terms.teen_tens and _is_unit(read.last) and not read.joined:
        # Arabic's teens, their unit first: "ثلاثة عشر" is 13.
        ten = Decimal(10)
        return read._replace(group=(read.group or Decimal(0)) + ten, below=Decimal(1), last=word)
    # After a join comes a number, no multiplier.
    if word in terms.french_hundreds and not read.joined:
        if read.group is None:  # "cent cinquante", "mille cent"
            return read._replace(group=Decimal(100), below=Decimal(100), last=word)
        if read.last in terms.french_counts and read.group < 10:  # "deux cents"
            return read._replace(group=read.group * 100, below=Decimal(100), last=word)
        return None
    if word in terms.multipliers and not read.joined:
        return _multiplied_by(read, word)
    value = terms.number_words.get(word) if word not in terms.ordinals else None
    if value is None:
        value = terms.also_months.get(word)  # "dix-sept", "sept cents"
    if value is not None and (number := Decimal(str(value))) < read.below:
        return read._replace(
            group=(read.group or 0) + number, below=_place(number), last=word, joined=False
        )
    if word in terms.ordinals and not word.isascii() and read.group:
        # Russian writes a compound ordinal with a space ("двадцать первого"), French after a
        # join ("vingt et unième"); English with a hyphen, as one word ("twenty-first"), and
        # "twenty second" is a count of seconds.
        number = Decimal(terms.number_words[word])
        if number < read.below:
            return read._replace(
                group=read.group + number, below=Decimal(0), last=word, joined=False
            )
    return None


def _multiplied_by(read: _Spelled, multiplier: str) -> _Spelled | None:
    """The number ``read`` so far with a multiplier after it: a hundred or a dozen multiplies
    the group below a hundred before it ("doscientos" is one word, "deux cents" two); a
    thousand or more the group since the last such multiplier ("dos millones trescientos mil"),
    or all the number before it where it is the larger ("mil quinientos millones")."""
    terms = lexicon()
    factor = Decimal(terms.multipliers[multiplier])
    if factor < 1000:
        if read.group is not None and read.group >= 100:
            return None
        return read._replace(group=(read.group or 1) * factor, below=factor, last=multiplier)
    if not read.last and multiplier in terms.orders:
        return None  # "millions" alone: an order of count
    group = read.group if read.group is not None else Decimal(not read.closed)
    if factor > read.closed:
        closed = (read.closed + group) * factor
    elif factor < read.thousands and read.group is not None:
        closed = read.closed + group * factor
    else:
        return None
    return _Spelled(closed, None, factor, factor, multiplier)


def _place(number: Decimal) -> Decimal:
    """What a number added after ``number`` in words must stay under: a unit after tens
    ("treinta y cinco"), a teen too after French sixty and eighty ("soixante-quinze",
    "quatre-vingt-douze"), tens after a hundred ("doscientos cincuenta"); nothing after a unit
    or a teen."""
    if number in (60, 80):
        return Decimal(20)
    if 20 <= number < 100 and number % 10 == 0:
        return Decimal(10)
    if 100 <= number < 1000 and number % 100 == 0:
        return Decimal(100)
    return Decimal(1)


def _capitalised_months(body: str) -> frozenset[str]:
    """The number words that are a month cut short too that an English ``body`` writes with a
    capital, as it writes the month ("In Sept, the council"); French writes its seven so only to
    open a sentence, which is no English one ("Sept personnes ont été blessées").

    >>> _capitalised_months("In Sept, the council met."), _capitalised_months("Sept morts.")
    (frozenset({'sept'}), frozenset())
    """
    months = lexicon().also_months
    if not any(month.capitalize() in body for month in months) or not in_english(body):
        return frozenset()
    return frozenset(
        word.casefold()
        for word in find_words(body)
        if word[0].isupper() and word.casefold() in months
    )


@cache
def _month_written() -> re.Pattern[str]:
    """A number word that is a month cut short too written as the month, in case-folded text:
    "sept. 11", "sept 2024", "11 sept"."""
    months = "|".join(lexicon().also_months)
    return re.compile(rf"\b(?:{months})(?:\.|\s?\d)|\d\s?(?:{months})\b")


def _is_tens(word: str) -> bool:
    """Whether a word is a count of tens, which a unit may follow ("twenty"; not "twentieth")."""
    value = lexicon().number_words.get(word, 0)
    return word not in lexicon().ordinals and value >= 20 and value % 10 == 0


def _is_unit(word: str) -> bool:
    return word not in lexicon().ordinals and 1 <= lexicon().number_words.get(word, 0) <= 9


def _compound(tens: str, unit: str) -> frozenset[Value]:
    words = lexicon().number_words
    return frozenset({Decimal(words[tens] + words[unit])})


@cache
def number_vocabulary() -> frozenset[str]:
    terms = lexicon()
    return frozenset().union(
        terms.number_words,
        terms.multipliers,
        terms.unit_multipliers,
        terms.hundredths,
        terms.fractions,
        terms.counting_nouns,
        terms.date_words,
    )


def _summed_multiples(
    larger: tuple[str, frozenset[Value]],
    smaller: tuple[str, frozenset[Value]],
    tokens: Sequence[str],
    end: int,
    text: str,
) -> tuple[str, frozenset[Value]] | None:
    """One number of two counted in multipliers one after the other, the second in a smaller one
    and less than one of the first's, as the Indian system writes a number ("एक करोड़ 20 लाख",
    "1 crore 20 lakh" are 12 million); None where they are two (a comma between, "1 crore, 20
    lakh"; "20 lakh 1 crore"), ``end`` the position of the smaller's multiplier in ``tokens``.

    >>> _summed_multiples(("1 crore", frozenset({Decimal(10**7)})), ("20 lakh", frozenset({Decimal(2 * 10**6)})),
    ...     ("1", "crore", "20", "lakh"), 3, "1 crore 20 lakh")
    ('1 crore 20 lakh', frozenset({Decimal('12000000')}))
    """
    multipliers = lexicon().multipliers
    (written, values), (smaller_written, smaller_values) = larger, smaller
    words, smaller_words = written.split(), smaller_written.split()
    start = end + 1 - len(smaller_words)
    phrase = f"{written} {smaller_written}"
    unit = multipliers.get(words[-1])
    amounts = [v for v in values if isinstance(v, Decimal)]
    parts = [v for v in smaller_values if isinstance(v, Decimal)]
    if (
        unit is None
        or tuple(tokens[start - len(words) : start]) != tuple(words)
        or phrase not in text
        or len(amounts) != len(values)
        or len(parts) != len(smaller_values)
        or not all(part < unit for part in parts)
    ):
        return None
    return phrase, frozenset(amount + part for amount in amounts for part in parts)


def _multiplied(values: frozenset[Value], multiplier: str) -> frozenset[Value]:
    terms = lexicon()
    if multiplier in terms.multipliers:
        factor = terms.multipliers[multiplier]
        return frozenset(v * factor if isinstance(v, Decimal) else v for v in values)
    if multiplier in terms.hundredths:
        return frozenset(v / 100 if isinstance(v, Decimal) else v for v in values)
    # An abbreviation that also names a unit ("m"): the number may be multiplied or not.
    factor = terms.unit_multipliers[multiplier]
    return values | {v * factor for v in values if isinstance(v, Decimal)}


# A run's words are a vocabulary far smaller than its count of words: each is read once.
@lru_cache(maxsize=1 << 16)
def _values(word: str) -> frozenset[Value]:
    terms = lexicon()
    if is_number(word):
        return numeral_values(word)
    if word in terms.number_words:
        return frozenset({Decimal(terms.number_words[word])})
    if "-" in word or is_glued_number(word):
        return _hyphenated_values(word)
    # A multiplier with no number before it is the multiplier itself ("a million"), but for a
    # plural that is an order of count too ("millions").
    if word in terms.multipliers and word not in terms.orders:
        return frozenset({Decimal(terms.multipliers[word])})
    if _is_date_word(word):
        day = word.removesuffix("'s")
        if day in terms.relative_days:
            return frozenset({_day_value(day), *(PLAIN_READING + d for d in _weekday_values())})
        return frozenset({_day_value(day)})
    return frozenset()


def _hyphenated_values(word: str) -> frozenset[Value]:
    """The values of a word of parts joined by hyphens, or of number words written as one: a
    number in words ("dix-sept", "mille-deux-cents", "fünfundzwanzig"), a number before a noun
    ("twenty-five-year-old", "five-year"), a fraction ("three-quarters", "half-million"); none
    of other words ("million-dollar", "un-American")."""
    terms = lexicon()
    head, _, rest = word.partition("-")
    if head in terms.number_prefixes:
        return frozenset()
    if part := _year_part(head, rest):
        return part  # "third-quarter revenue", as "Q3 revenue"
    parts = _parts(word)
    read, taken = _read(_Spelled(), parts)
    if taken == len(parts):
        return frozenset({read.value})
    if head in terms.number_words and head not in terms.ordinals:
        after = rest.partition("-")[0]
        # "twenty-first", an ordinal
        if _is_tens(head) and after in terms.ordinals:
            return _compound(head, after)
        if after in terms.fractions or after in terms.shares_of:  # "three-quarters", "one-third"
            fraction = Decimal(str(terms.fractions.get(after, terms.shares_of.get(after))))
            return frozenset({Decimal(str(terms.number_words[head])) * fraction})
        # "twenty-five-year-old"; "five-year", "one-day"
        return frozenset({read.value}) if taken > 1 else _values(head)
    if rest in terms.multipliers:  # "half-million", "demi-million"
        if head in terms.fractions:
            return frozenset({Decimal(str(terms.fractions[head])) * terms.multipliers[rest]})
        if head in terms.halves_before_multipliers:
            return frozenset({HALF * terms.multipliers[rest]})
    return frozenset()


def _day_value(day: str) -> str:
    """A day or month, told by its first three letters, which its abbreviations keep ("Sept." is
    "September"); a month of another language by its English name's, in Russian by its stem
    ("März", "мая", "мае": "mar", "may", "may").

    >>> _day_value("sept"), _day_value("märz"), _day_value("мае"), _day_value("monday's")
    ('sep', 'mar', 'may', 'mon')
    """
    family = word_family(day)
    return _english_months().get(family, family)[:3]


@cache
def _english_months() -> dict[str, str]:
    """The English name of each month named in another language of ``dates.MONTHS``, by its
    stem (:func:`word_family`): "марта" and "марте" are of "март", March."""
    return {word_family(name): english for english, *others in MONTHS for name in others}


@cache
def _day_part_openers() -> frozenset[str]:
    """The first words of ``relative_day_parts`` and ``relative_periods``: "this", "last",
    "next"."""
    terms = lexicon()
    return frozenset(
        part.split()[0] for part in terms.relative_day_parts.keys() | terms.relative_periods
    )


def _relative_period(tokens: Sequence[str], position: int) -> str | None:
    """The period named from the day of writing at ``position`` ("last year", and "last year's",
    whose possessive is the period), but after "the" ("over the last year", a span); None if
    none is."""
    period = " ".join(tokens[position : position + 2]).removesuffix("'s")
    if period not in lexicon().relative_periods or (position and tokens[position - 1] == "the"):
        return None
    return period


@cache
def _period_values(period: str) -> frozenset[Value]:
    """The values of a period named from the day of writing: itself, and, as readings that only
    a day or month of the other version matches (``PLAIN_READING``), the days a week holds and
    the months a month may be: "last week" may be "Wednesday", "last month" "July", as "today"
    may be "Tuesday"; "last week" and "this week" are two, and "last year" is no month.

    >>> sorted(_period_values("last week"))[:3]
    ['last week', '~fri', '~mon']
    """
    named = set(period.split())
    parts = (
        _weekday_values()
        if not named.isdisjoint(WEEK_WORDS)
        else _month_values()
        if not named.isdisjoint(MONTH_WORDS)
        else ()
    )
    return frozenset({period, *(PLAIN_READING + part for part in parts)})


@cache
def _month_values() -> frozenset[str]:
    terms = lexicon()
    return frozenset(_day_value(w) for w in terms.date_words if month_number(w) is not None)


@cache
def _weekday_values() -> frozenset[str]:
    return frozenset(map(_day_value, lexicon().weekdays))
