"""The word lists of ``framing_terms.toml``, loaded once and compiled into whole-word patterns."""

from __future__ import annotations

import json
import re
import sys
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from decimal import Decimal
from difflib import get_close_matches
from functools import cache
from importlib import resources
from itertools import chain, pairwise, product
from os import PathLike
from pathlib import Path
from typing import Any, TypeVar

from compare.arabic import (
    COUNT_PROCLITICS,
    VERB_PROCLITICS,
    in_one_spelling,
    is_arabic,
    letter_spellings,
    spelt_any_way,
    with_proclitics,
    with_proclitics_on,
)
from compare.chinese import in_simplified, is_chinese, words_of
from compare.dates import (
    DATELINE_DATE,
    TIME_OF_DAY,
    WEEKDAY,
    WRITTEN_DATE,
    ZONE_HOURS,
    ZONE_REGIONS,
    hour_of_day,
    is_date_text,
)
from compare.records import TERM_LISTS, UNNAMED_WIRES, AddedTerms

# Where Unicode puts combining marks: the Basic Multilingual Plane from its first mark (U+0300),
# the Supplementary Multilingual Plane and the variation selectors' block of plane 14. Looking
# through these alone, not all 1.1 million code points, takes 14 ms at import instead of 100; a
# test checks that no mark lies beyond them.
MARK_PLANES = (range(0x300, 0x20000), range(0xE0000, 0xE1000))
BASIC_PLANE_END = 0x10000


def combining_marks() -> tuple[str, str]:
    """Every combining mark (Unicode's categories Mn, Mc and Me: vowel signs, viramas, accents
    written apart) as two character class bodies, the marks of the Basic Multilingual Plane and
    those beyond it, a run of consecutive marks as one range.

    >>> basic_plane, higher_planes = combining_marks()
    >>> [bool(re.fullmatch(f"[{basic_plane}]", c)) for c in "\u09be\u0e34\u0301a"]
    [True, True, True, False]
    >>> bool(re.fullmatch(f"[{higher_planes}]", "\U00011127"))
    True
    """
    marks = (
        code for plane in MARK_PLANES for code in plane if unicodedata.category(chr(code))[0] == "M"
    )
    runs: list[tuple[int, int]] = []
    for code in marks:
        if runs and runs[-1][1] == code - 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    ranges = [f"{chr(first)}-{chr(last)}" for first, last in runs]
    # No run goes on past the plane's end: U+FFFF is no character.
    in_basic_plane = sum(last < BASIC_PLANE_END for _, last in runs)
    return "".join(ranges[:in_basic_plane]), "".join(ranges[in_basic_plane:])


BASIC_PLANE_MARKS, HIGHER_PLANE_MARKS = combining_marks()
# A combining mark, of any script. Every space and stop after a word is tried against it, so
# the look-aheads cut the trial short: no mark comes before U+0300, and only a character beyond
# the Basic Multilingual Plane tries the ranges there (about 110: Brahmi, Chakma, Adlam...), which
# a character class tries one by one. A phrase pattern, which tries it beside each phrase it
# finds, took twice as long over English news with one class of all marks, 7% longer without
# the first look-ahead.
COMBINING_MARK = (
    rf"(?=[^\x00-\u02ff])"
    rf"(?:[{BASIC_PLANE_MARKS}]|(?=[\U00010000-\U0010ffff])[{HIGHER_PLANE_MARKS}])"
)
# Letters and digits of any script, with their marks.
WORD_CHARS = rf"[^\W_]|{COMBINING_MARK}"
# Any word character but a decimal digit or "_" is a letter ("½" and "²" too).
LETTER = r"[^\W\d_]"
# A word's letters carry their combining marks, in every script: the vowel signs, viramas and
# tone marks of Devanagari, Bengali, Tamil or Thai, Arabic's vowels, accents written apart.
LETTER_OR_MARK = rf"{LETTER}|{COMBINING_MARK}"
# A word of letters, which opens with a letter: marks alone, such as the variation selector
# after an emoji or the keycap drawn around a digit, are none.
LETTERS = rf"{LETTER}(?:{LETTER_OR_MARK})*"
# A word of a place's name in a paper's own dateline, two characters at least ("गोंडा", "NY").
PLACE_WORD = rf"{LETTER}(?:{LETTER_OR_MARK})+"
# An article's opening dateline: a place (its words, then perhaps a region or a date after a
# comma) and a wire's name in brackets before a dash (EFE's after a full stop, perhaps a space
# between: "Valencia, 14 may (EFE).-", "Bogotá, 14 may (EFE). -") or colon, or between slashes.
# A press release of two companies gives both their places before the day it is issued, longer
# than an agency's ("SOUTH SAN FRANCISCO, Calif. and CAMBRIDGE, Mass., May 14, 2024 /PRNewswire/
# --"): only a release's dateline is taken so long (Lexicon.dateline), and the day and year that
# must close it, after a comma, keep out a sentence that holds a bracket or two slashes. A story
# filed from two places gives both, a slash between ("गोरखपुर/लखनऊ, 14 अगस्त (रासस)।"). Hindi and
# Urdu papers close a wire's dateline with their full stop, the danda or "۔", which is its own
# and no sentence of its own.
DANDA = "\u0964"
PLACE = rf"{LETTERS}(?:(?:[ .'-]+|/){LETTERS})*"
# The day a press release is issued, in full: "May 14, 2024", "14 May 2024".
RELEASE_DAY = rf"{DATELINE_DATE},?\s+\d{{4}}"
WIRE_DATELINE = re.compile(
    rf"\s*(?P<place>{PLACE})(?P<filed>\s*[,\u060c\u06d4]"
    rf"(?:[^()/\n]{{1,30}}|(?P<release_places>[^()/\n]{{1,60}}?,)\s*{RELEASE_DAY}\s*))?"
    r"(?P<undated_dash>\s*(?:--|[\u2013\u2014]))?\s*"
    r"(?:\((?P<bracketed>[^()\n]{1,30}(?:\n[^()\n]{1,30})?)\)"
    r"(?P<dash>\s*(?:\.?\s*(?:--|[-\u2013\u2014])|:|(?P<full_stop>\.)(?=\s|$)))?"
    rf"(?P<closed>\s*[{DANDA}\u06d4])?"
    r"|/(?P<slashed>[^/\n]{1,20})/)"
)

# Chinese agencies date their copy "<agency><place><month>月<day>日电" ("新华社北京3月10日电": Xinhua,
# Beijing, March 10, by wire; "電" in Traditional script), often with the reporters in brackets
# after it. The form is an agency's ("社") whoever it is, listed or not.
CHINESE_DATELINE = re.compile(
    "\\s*(?P<agency>[\u4e00-\u9fff]{1,6}\u793e)[\u4e00-\u9fff]{1,8}?"
    "\\d{1,2}\u6708\\d{1,2}\u65e5[\u7535\u96fb]"
    "(?:[(\uff08][^()\uff08\uff09\\n]{1,20}[)\uff09])?"
)
# A Chinese paper credits an agency's copy "according to <agency>'s report" ("据新华社报道",
# Traditional "據新華社報導"), in its lede or in full-width brackets closing the text, or
# "according to <agency>'s news" ("据新华社消息").
CHINESE_CREDIT = (
    "[\u636e\u64da](?P<agency>[\u4e00-\u9fff]{1,6}?\u793e)"
    "(?:[\u62a5\u5831][\u9053\u5bfc\u5c0e]|\u6d88\u606f)"
)
CHINESE_CREDITS = re.compile(CHINESE_CREDIT)
# What parts the words of a wire's service's name: "PTI-Bhasha", "Reuters Hindi".
SERVICE_NAME_JOINS = re.compile(r"[\s-]+")
CHINESE_CREDIT_LINE = re.compile(f"\\s*[(\uff08]\\s*{CHINESE_CREDIT}\\s*[)\uff09][\u3002.]?\\s*")

# Japanese agencies date theirs "【<place><agency>】" ("【ワシントン共同】": Kyodo, Washington), the
# reporter's name perhaps after an equals sign; see [japanese_dateline_agencies].
JAPANESE_DATELINE = (
    "\\s*\u3010(?P<place>[^\\W\\d_]{{1,12}}?)(?P<agency>{agencies})"
    "(?:[=\uff1d][^\u3010\u3011\\n]{{1,20}})?\u3011"
)
# A paper that prints their copy credits it at the end of the text or of a paragraph, in round
# brackets, half- or full-width ("(共同)").
JAPANESE_CREDIT = "[(\uff08](?P<agency>{agencies})[)\uff09]\u3002?\\s*$"


# A dateline without a bracket: a place (perhaps a region or date after a comma) and a dash, as
# papers write their own, in capitals or as the place is written ("SPRINGFIELD, Ill. --", "São
# Paulo --"); or a source's name in brackets with no place ("(CNN) -").
# Spaces around the dash, and a sentence begun after it: compounds joined by a long dash ("US",
# en dash, "China talks"), "NATO - the alliance said - will" and a Russian copula's dash are none.
WORDS_AFTER = r"(?=\s+[\"'\u201c\u2018]?[^\W\d_]|\s*$)"
STAFF_DATELINE = re.compile(
    rf"\s*(?P<place>{PLACE_WORD}(?:[ .'-]+{LETTERS})*)(?:,[^()/\n\u2013\u2014]{{1,30}})?"
    r"\s+(?:--|[\u2013\u2014])" + WORDS_AFTER
)
# A dash that closes an aside before the sentence ends: the first dash opened it.
ASIDE_CLOSED = re.compile(r"[^.!?\n\u2013\u2014]*?\s(?:--|[\u2013\u2014])\s")
# A paper's dateline with its date may close with a hyphen, as wire copy typed without long dashes
# does ("GENEVA, March 10 - Talks resumed."): the date tells it from an aside ("NATO - the
# alliance said - will").
DATED_STAFF_DATELINE = re.compile(
    rf"\s*(?P<place>{PLACE_WORD}(?:[ .'-]+{LETTERS})*),(?:[^()/\n,]{{1,30}},)?\s*"
    rf"{DATELINE_DATE}(?:,\s*\d{{4}})?\s+-" + WORDS_AFTER
)
# Brazilian papers close their own undated dateline with a hyphen ("SÃO PAULO - O Banco Central
# ...", "RIO DE JANEIRO -"), as English copy typed without long dashes does ("WASHINGTON - The
# Senate ..."). With no date to tell it, a hyphen is a dateline's only after a place in capitals
# of three letters or more ("US - China talks" joins two names) and before a sentence that goes on
# to its full stop on the same line with no hyphen closing an aside ("NATO - which turned 75 -
# met"); a headline's label stops at the line's end ("EXCLUSIVE - Banks plan cuts").
HYPHENED_STAFF_DATELINE = re.compile(
    rf"\s*(?P<place>{PLACE_WORD}(?: {PLACE_WORD}){{0,4}})\s+-"
    r"(?=\s*$|\s+[\"'\u201c\u2018]?[^\W\d_](?:(?!\s-\s)[^\n.!?])*[.!?])"
)
# Mexican papers close their own dateline with a full stop and a hyphen: "CIUDAD DE MÉXICO.- La
# Fiscalía ...", "Culiacán, Sin., 5 de marzo de 2025.- ...". Words of letters alone, a space
# apart, make the place ("Washington D.C.- based" is none), and a space or the line's end follows
# the dash ("Acme Inc.-Backed" is a compound), or, ``glued`` to it, the sentence's first letter
# after a place in capitals or its region or date ("CIUDAD DE MÉXICO.-La policía ...").
FULL_STOP_DATELINE = re.compile(
    rf"\s*(?P<place>{PLACE_WORD}(?:['-]{LETTERS})*(?: {LETTERS}(?:['-]{LETTERS})*)*)"
    r"(?:,[^()/\n\u2013\u2014]{1,40}?)?\.[-\u2013\u2014](?=\s|$|(?P<glued>[^\W\d_]))"
)
# A press release's dateline puts its distributor between slashes before a dash: "TARROW, Ohio,
# May 14, 2024 /PRNewswire/ --", "/BUSINESS WIRE/ --", "/Globe Newswire/ --"; or in brackets, as
# GlobeNewswire does ("(GLOBE NEWSWIRE) --"), where only its name tells it from a wire's
# (Lexicon.release_distributor).
RELEASE_DASH = re.compile(r"\s*(?:--|[\u2013\u2014])" + WORDS_AFTER)
# Business Wire sets its name in brackets between double hyphens after the place, and the day it
# issues the release before another: "BOSTON--(BUSINESS WIRE)--May 14, 2024--", or no day:
# "SAN JOSE, Calif.--(BUSINESS WIRE)--". Typography may make the hyphens a long dash. No agency
# dates its copy so, but only the name tells whose release it is.
JOINED_RELEASE_DATELINE = re.compile(
    rf"\s*{PLACE}(?:,[^()/\n]{{1,30}})?(?:--|\u2014)\((?P<distributor>[^()\n]{{1,30}})\)"
    rf"(?:--|\u2014)(?:{RELEASE_DAY}(?:--|\u2014))?"
)
# A label's number, as a form numbers its parts: "Assignment 3", "Question 2".
LABEL_NUMBER = re.compile(r"\s+\d{1,3}[a-z]?$")
# A source in brackets before a dash, perhaps then a place and date before another, as ANSA
# writes it: "(ANSA) - ROMA, 14 MAG -".
BRACKET_DATELINE = re.compile(
    r"\s*\((?P<bracketed>[^()\n]{1,30})\)\s*(?:--|[-\u2013\u2014])"
    rf"(?:\s*{PLACE},\s*{DATELINE_DATE}\s*(?:--|[-\u2013\u2014]))?" + WORDS_AFTER
)
# RIA Novosti names itself after the dash and its date, with a full stop, perhaps then its
# reporter (in Latin letters: "MOSKVA, 22 fev - RIA Novosti.", "MOSKVA, 22 fev - RIA Novosti,
# Anna Petrova."). Its month is cut short as no other wire cuts it ("fev"), and only a wire's
# name there makes this a dateline, not a sentence's aside (Lexicon.dateline).
AGENCY_AFTER_DASH_DATELINE = re.compile(
    rf"\s*(?P<place>{PLACE_WORD}(?:[ .'-]+{LETTERS})*),\s*\d{{1,2}}\s+[^\W\d_]{{3,10}}\.?"
    r"\s+(?:--|[-\u2013\u2014])\s+(?P<agency>[^\W\d_][^.,\n]{1,28}?)(?:,[^.,\n]{1,40})?"
    r"(?=\.(?:\s|$))"
)
# A paper's own dateline in a script without capitals, its place and the day and month (perhaps
# the year) closed by a danda, as Hindi and Bengali papers date their own copy and a wire's copy
# once they have dropped its credit: "लखनऊ, 14 अगस्त। ..." (Lucknow, 14 August). Only a day and a
# word beside it may follow the comma: a sentence that lists places ("बहराइच, गोंडा और ...") goes on.
DANDA_DATELINE = re.compile(
    rf"\s*(?P<place>{PLACE}),\s*(?:\d{{1,2}}\s+{LETTERS}|{LETTERS}\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
    rf"\s*{DANDA}(?=\s|$)"
)
# An Arabic dateline: its place, a dash and who filed it, perhaps in brackets, before a dash or a
# colon, as Arabic agencies and papers date copy: "عمّان - مشرق -", "معان - (مشرق) -", "دبي -
# وكالات:", a paper's own "القاهرة - مصر اليوم 24:"; a place and a source are a few words each. A
# desk that credits the wires in general may leave the place out ("متابعات -"). A wire dates its
# copy as English wires do, its source in brackets after the place and the day and month (and
# year), with no dash between: "عمان 7 كانون الأول (بترا) -", "القاهرة، 7 ديسمبر (أ ف ب) -"; the
# date tells it from a sentence's aside ("أكد رئيس الوزراء (بشر الخصاونة) - خلال").
ARABIC_WORD = "[\u0621-\u063a\u0640-\u065f\u0670-\u06d3\u06fa-\u06ff]+"
ARABIC_NAME = rf"{ARABIC_WORD}(?: (?:{ARABIC_WORD}|\d+)){{0,3}}"
# The months as the Levant and as Egypt and the Gulf name them.
ARABIC_MONTHS = (
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
    "تشرين الأول", "تشرين الثاني", "كانون الأول", "يناير", "فبراير", "مارس", "أبريل", "مايو",
    "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip
ARABIC_DAY = (
    r"\d{1,2} (?:"
    + "|".join(spelt_any_way(in_one_spelling(month)) for month in ARABIC_MONTHS)
    + r")(?: \d{4})?"
)
ARABIC_DATELINE = re.compile(
    rf"\s*(?:(?P<place>{ARABIC_WORD}(?: {ARABIC_WORD}){{0,2}})"
    rf"(?:\s+[-\u2013\u2014]\s+|[\u060c,]?\s+{ARABIC_DAY}\s+(?=\())"
    rf")?(?P<bracket>\()?(?P<source>{ARABIC_NAME})(?(bracket)\))\s*[-\u2013\u2014:]"
)
# The Gulf's state agencies date copy with their name between slashes after the place and the day
# and month, the text straight after: "أبوظبي في 6 ديسمبر / وام /", "الدوحة في 6 ديسمبر /قنا/".
ARABIC_SLASHED_DATELINE = re.compile(
    rf"\s*(?P<place>{ARABIC_WORD}(?: {ARABIC_WORD}){{0,2}})[\u060c,]?\s+{ARABIC_DAY}"
    rf"\s*/\s*(?P<source>{ARABIC_NAME})\s*/"
)
# SANA sets its dateline on a line of its own, its place and its name joined by a hyphen with no
# space ("حمص-سانا"): spaced, a line so made is as often a headline ("عاجل - انفجار").
ARABIC_JOINED_DATELINE = re.compile(
    rf"\s*(?P<place>{ARABIC_WORD}(?: {ARABIC_WORD}){{0,2}})[-\u2013\u2014]"
    rf"(?P<source>{ARABIC_WORD})[^\S\n]*(?=\n|$)"
)
# A paper's dateline that names the paper and then the wires it took from: "لندن - الشرق الجامع
# - متابعات:".
ARABIC_PAPER_DATELINE = re.compile(
    rf"\s*(?P<place>{ARABIC_WORD}(?: {ARABIC_WORD}){{0,2}})\s+[-\u2013\u2014]\s+{ARABIC_NAME}"
    rf"\s+[-\u2013\u2014]\s+(?P<source>{ARABIC_NAME})\s*[-\u2013\u2014:]"
)
# A dateline's date, or its day alone, as Europa Press gives it: "MADRID, 14 (EUROPA PRESS)".
DATELINE_DAY = re.compile(rf"\d{{1,2}}|{DATELINE_DATE}")
# What a wire's credit in brackets may open with before its name: "(By The Associated Press)".
CREDIT_LEAD = re.compile(r"(?i:by\s+)?(?i:the\s+)?")
# "By" in French, Spanish, Portuguese, German, Italian, Dutch and the Scandinavian languages
# too ("Par Élodie Marchand", "Von Anna Schmidt").
BYLINE_OPENERS = ("by", "par", "por", "von", "di", "door", "av", "af")
# What a byline that signs a text off may open with before its agency's name, in any case: "By
# The", French's "Par l'" and the word for an agency before the name ("Por Agencia EFE").
SIGN_OFF_BYLINE = r"(?i:(?:{openers})\s+(?:the\s+|l['\u2019]\s*)?(?:(?:{agency_words})\s+)?)?"
# A word a column's line end breaks with a hyphen, its second part in lower case.
WRAPPED_HYPHEN = re.compile(r"-[ \t]*\n[ \t]*(?=[a-z])")
# A wire's regional service after its name and a slash, in lower case, as dpa's and epd's sign
# their copy: "Berlin (dpa/lbn) -" (Berlin and Brandenburg), "(dpa/lni)", "Berlin (epd/ost)".
# The copy is the wire's, and credits it as "(dpa)" does.
WIRE_DESK = r"/[a-z]{2,4}"
# A part of a slash-joined credit written as such a service is ("lni", "sda"), compiled once:
# every bracket is read.
WIRE_DESK_PART = re.compile(WIRE_DESK[1:])
# Initials written with full stops, as papers of the 1920s wrote a wire's: "A.P.", "U.P.".
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,5}")
# Every dateline holds a bracket, a slash, a dash, "电" (wired) or a lenticular bracket within its
# first characters; nearly every sentence holds none there, and no pattern is tried. The marks of
# one character are a class, which the regex engine scans for fast; the dashes of ASCII, which an
# alternation would slow, are looked for as strings.
DATELINE_MARK = re.compile("[(/\u2013\u2014\u7535\u96fb\u3010]")
DATELINE_REACH = 120
# A name that signs a dateline after its dash: a few capitalised words and a full stop.
SIGNATURE = re.compile(r"(?:[^\W\d_][\w'-]*\s){0,3}[^\W\d_][\w'-]*\.")
# A site's domain, as a credit line may name it: "ledgerline.org", "news.com.au".
SITE_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
# A place written in lower case is one before a wire's name ("Washington (AFP) -") when it is a
# name of a few words, not a sentence's subject ("The Palestinian Authority (PA) -").
MAX_PLACE_WORDS = 3
# A place before a wire's bracket and a full stop ("Bad Homburg (epd).") is a word or two.
MAX_FULL_STOP_PLACE_WORDS = 2


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline a text opens with: who filed it, as the dateline names them (``None`` for a
    paper's own), where in the text the dateline ends, whether who filed it is a news agency, and
    whether it is a press release's distributor (see :meth:`Lexicon.dateline`); and the other
    wire services a slash-joined credit names beside its source ("Bern (sda/dpa) -")."""

    source: str | None
    end: int
    by_agency: bool = False
    released: bool = False
    # Left out of the repr: nearly every dateline names one source, and its repr reads as before.
    joint: tuple[str, ...] = field(default=(), repr=False)


# A live blog's entry opens with the time it was posted (a time of day, its zone in capitals),
# perhaps after "Updated" or "UPDATE" and before the day's date, then a dash or a colon, or nothing
# more on its line: "9:45 a.m. \u2014", "14:05 BST -", "Updated 10:32", "UPDATE 08:40",
# "UPDATE 09:50 - The coastguard says", "Updated 10:32 GMT: Crews arrived", "Updated 4:10 p.m.
# EDT, May 14, 2024". After "Updated" the entry may follow with no mark.
STAMP_TIME = re.compile(rf"\s*(?P<updated>(?i:updated?):?\s+)?(?:{TIME_OF_DAY})")
STAMP_DATE = re.compile(rf",\s*(?:{WRITTEN_DATE.pattern})", re.IGNORECASE)
STAMP_MARK = re.compile(r"\s*(?:--|[-\u2013\u2014:]|$)")
# What follows a stamp: the entry, after a space, or the line's end ("10:32 GMTs" is no stamp).
STAMP_EDGE = re.compile(r"\s|$")
MINUTES_PER_HOUR = 60


def entry_stamp(line: str) -> int:
    """Where the time stamp a line opens with as a live blog's entry ends; 0 if it opens with none.

    >>> entry_stamp("9:45 a.m. \u2014 A bridge collapsed."), entry_stamp("Updated 10:32 Crews arrived.")
    (11, 13)
    >>> entry_stamp("UPDATE 09:50 - The coastguard says"), entry_stamp("UPDATE 2-Ferry toll rises")
    (14, 0)
    >>> entry_stamp("9:45 a.m. was when it fell."), entry_stamp("2024 - a year of floods")
    (0, 0)
    """
    found = _stamp(line)
    return found[0] if found else 0


def is_live_blog(lines: Sequence[str]) -> bool:
    """Whether the times that open a text's entries are a live blog's times of posting, not a
    chronology's times of events ("8:46 a.m. \u2014 Flight 11 crashes ..."): a stamp says
    "Updated", or the entries run newest first.

    >>> is_live_blog(["10:05 a.m. \u2014 Divers arrived.", "9:45 a.m. \u2014 A bridge fell."])
    True
    >>> is_live_blog(["9:45 a.m. \u2014 A bridge fell.", "10:05 a.m. \u2014 Divers arrived."])
    False
    """
    stamps = [found[1] for found in map(_stamp, lines) if found]
    if any(time["updated"] for time in stamps):
        return True
    minutes = [_minute_of_day(time) for time in stamps]
    steps = [later - earlier for earlier, later in pairwise(minutes)]
    return sum(step < 0 for step in steps) > sum(step > 0 for step in steps)


def _stamp(line: str) -> tuple[int, re.Match[str]] | None:
    """Where the entry stamp a line opens with ends, and its time; ``None`` if it has none."""
    time = STAMP_TIME.match(line)
    if not time:
        return None
    end = time.end()
    if date := STAMP_DATE.match(line, end):
        end = date.end()
    if mark := STAMP_MARK.match(line, end):
        end = mark.end()
    elif not time["updated"]:
        return None
    return (end, time) if STAMP_EDGE.match(line, end) else None


def _minute_of_day(time: re.Match[str]) -> int:
    # An hour no clock shows ("13 p.m.") counts as midnight's: it only orders the entries.
    return (hour_of_day(time) or 0) * MINUTES_PER_HOUR + int(time["minute"] or 0)


# A copyright line names its holder or year after the word, news about copyright goes on in lower
# case: "Copyright 2025 AP", "Copyright (c) The Times", "Copyright: AFP", "Copyright Thomson
# Reuters"; not "Copyright claims failed".
COPYRIGHT = re.compile(r"\s*(?i:copyright)\b\s*(?:©|\((?i:c)\)|:)?\s*(?:\d{4}|[A-Z]|$)")
# PR Newswire's line naming whose release it carried, at its end: "SOURCE Acme Robotics Inc.";
# the word in capitals, as "Source code leaked" is news. A news story's graphic credits its data
# so ("SOURCE: National Weather Service"): only a release's layout tells the line names an
# issuer (boilerplate.press_release).
RELEASE_SOURCE = re.compile(r"\s*SOURCE:?\s+(?P<name>[A-Z0-9][^\n]{0,80}?)[\s.]*")
# What stands between the sources such a line names: "company filings, AP research".
SOURCE_SEPARATORS = re.compile(r"[,;/&]")
# An "About" heading names a company in a few words ("About Acme Robotics", "About The Tarrow
# Ledger Company").
MAX_COMPANY_WORDS = 6
# A picture's credit or caption as a web page's text carries it: "Image copyright Getty Images",
# "Image source, Reuters", "Image caption The span fell at 07:15". As for a copyright line, what
# follows is no word in lower case: "Image copyright lawyers say ..." is news.
IMAGE_LABEL = re.compile(
    r"\s*(?i:image|picture|photo)\s+(?i:copyright|source|credit|caption)\b[\s:,]*"
)
# A picture's credit as a page's text carries it: "Photo: Jane Lee/AP", "Pictures: Reuters".
PICTURE_CREDIT = re.compile(
    r"\s*(?i:photo|photos|photograph|picture|pictures|image)\s*:"
    # A photographer's credit, their name and their agency's: "Credit: Jane Lee/Reuters".
    r"|\s*(?i:credit)\s*:[^/\n]{1,60}\w\s*/\s*\w"
)
# An author's note: a person's names (or several people's), "is a" or "are", a role of a few
# words in any case, "for", "at" or "with", and an outlet's name; which words are names is told
# word by word (Lexicon.is_author_note).
AUTHOR_NOTE = re.compile(
    r"(?P<names>[^\W\d_][\w.,&'\u2019 -]*?) (?:is (?:an?|the)|are) (?:[\w&'\u2019-]+ ){0,5}?"
    r"(?P<role>[^\W\d_]+) (?:for|at|with) (?P<outlet>[^\W\d_][\w.&'\u2019 -]*?)[.!]?"
)
# Between the people a note names: "Jane Doe, Ann Lee and John Roe".
PEOPLE_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")
# A person's names are two to four words ("Ursula von der Leyen"), those below in lower case.
MIN_PERSON_WORDS, MAX_PERSON_WORDS = 2, 4
# Words this short are function words ("of", "a"), which no list holds.
MIN_TELLING_LETTERS = 3
# A word of a name in a credit line, and where someone reported from ("Columbus, Ohio"): a
# name's words are no "in" or "and", so that the pattern reads a long line in one way, and fast.
NAME_WORD = r"(?!(?:in|and)\b)[^\W\d_][\w.'\u2019-]*"
STAFF_PLACE = rf"{NAME_WORD}(?: {NAME_WORD}){{0,3}}(?:, {NAME_WORD}(?: {NAME_WORD}){{0,2}})?"
# A line crediting who contributed to the text (Lexicon._is_contributors_credit): a few words that
# name people and outlets, each perhaps with where they reported from, then "contributed to this
# report" (story, article, post), "contributed reporting" or "contributed research", perhaps from
# where, and perhaps others from elsewhere ("Associated Press Writer Sara Kugler contributed to
# this report from New York City.", "Jane Doe contributed reporting from Kyiv, Ukraine, and John
# Roe from Moscow."); or "contributed" alone, when the names hold a wire's or a role ("The
# Associated Press contributed.", "Bloomberg's Jane Doe contributed."), as "Everyone contributed."
# is news. The words are told one by one, so that "Officials said the foundation contributed to
# this report." is news; a sentence going on after it is news too ("... contributed to this
# report on housing").
OTHER_CONTRIBUTOR = (
    rf"(?:,? and|,) {NAME_WORD}(?: {NAME_WORD}){{{MIN_PERSON_WORDS - 1},{MAX_PERSON_WORDS - 1}}}"
    rf" from {STAFF_PLACE}"
)
CONTRIBUTORS_CREDIT = re.compile(
    r"(?P<names>[^\W\d_][^\n]*?),? contributed"
    r"(?P<what> (?:to this (?:report|story|article|post)|reporting|research))?"
    rf"(?P<places>(?: from {STAFF_PLACE}(?:{OTHER_CONTRIBUTOR})*)?)[.!]?"
)
# How many words may stand before a role in a credit line and say which it is, in any case:
# "Associated Press legal affairs writer", "video journalist".
MAX_ROLE_WORDS = 3
# A credit line names a few people and outlets: "Associated Press Writers Michelle Morgante in San
# Diego and Ken Ritter in Las Vegas" is 14 words.
MAX_CONTRIBUTOR_WORDS = 20
# What stands between the names and places of a staff credit: "Jane Doe and John Roe in Columbus,
# Ohio", "John Roe from Moscow".
STAFF_JOINS = re.compile(r",? (?:and|&) |, | in | from ")
# An outlet's name is a few words, these in lower case: "the Associated Press", "The Times of
# India".
MAX_OUTLET_WORDS = 6
# How far before a 24-hour clock's time, in its clause, a score's word may stand.
SCORE_REACH = 30
# A dateline's bracket, or a credit line "via" leads, names an agency or outlet in a few words
# ("Coastal Press Agency").
MAX_SOURCE_WORDS = 4
# A paper's own name, or its newsroom's, as it signs a wire's copy it edited: a few words, the
# first capitalised. Before a double slash that sets the wire's name apart ("ZAP // Lusa",
# "Notícias ao Minuto // Agência Lusa"), or, perhaps after a comma, a lead that shares the credit
# ("Redação, com Lusa", "SIC Notícias com Lusa": see [boilerplate] wire_credit_after_paper).
PAPER_WORD = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019&.-]*"
PAPER_NAME = rf"{PAPER_WORD}(?:\s+[\w'\u2019&.-]+){{0,3}}"
PAPER_BEFORE_SLASHES = rf"{PAPER_NAME}\s*//\s*"
# A short particle between a masthead's capitalised words ("Jornal do Porto", "Par la Rédaction"):
# a word in lower case of up to three letters.
MASTHEAD_PARTICLE = r"[^\W\d_A-Z\u00c0-\u00de]{1,3}"
# An agency's initials in capitals, as its datelines give them ("NPA", "KUNA"); a longer word in
# capitals there is a tag ("UPDATED").
AGENCY_INITIALS = re.compile(r"[^\W\d_]{2,5}")
# An agency's initials alone on its copy's last line, perhaps in brackets or after a dash, as an
# agency no list names signs off ("RNA", "(RNA)", "-- RNA", "ANSA/DPA"): three such words at most,
# in capitals; a longer line in capitals is a heading, a longer word a tag ("UPDATED").
CLOSING_INITIALS = re.compile(
    r"\s*(?:(?:--|[-\u2013\u2014])\s*)?\(?"
    r"(?P<wire>[A-Z]{2,5}(?:\s*[/&]\s*[A-Z]{2,5}|\s+[A-Z]{2,5}){0,2})\)?[\s.]*"
)
# A name ending with a masthead's word names an outlet, but for these, which end an office's name
# as often ("National Weather Service", "the Environment Agency"); a news service's or agency's
# name says it is one ("Coastal Press Agency").
NOT_MASTHEAD_ENDS = frozenset({"service", "agency"})
# What sets apart the items of a row of a page's controls and labels ("Lower Valley Dispatch \u00b7
# Saturday briefing \u00b7 5 min read"), each a few words.
ROW_MARKS = re.compile(r"\s+[|\u00b7\u2022]\s+")
MAX_ROW_ITEM_WORDS = 4
# Words that lead a credit line's name capitalised, as the line opens ("Copyright Riverside
# Gazette"), beside function words ("Via", "This"); "The" is the name's own.
NAME_LEADS = frozenset({"copyright"})
# A North American broadcaster's call sign, as its station dates its copy: "NASHVILLE, Tenn.
# (WKRN) -", "(KTLA) -". A station gives no date there; an agency whose initials look alike
# (KCNA, CNA, WAFA, KPL) dates its copy: "PYONGYANG, March 18 (KCNA) -".
CALL_SIGN = re.compile(r"[KWC][A-Z]{2,3}")
# A US station's call sign alone after a questioner's name in a transcript ("MARCUS BELL,
# WMFR"): four letters, as three in capitals are as often an office ("CEO", "WHO").
STATION_CALL_SIGN = re.compile(r"[KW][A-Z]{3}")


def credit_name(inside: str) -> str:
    """The name a credit in brackets gives, on one line, without the "By" and "The" it may
    open with.

    >>> credit_name("By The Assoc-\\niated Pre\u017f\u017f")
    'Associated Press'
    """
    # Type of the period may set a long s (U+017F), which OCR keeps: "Associated Press" with
    # three of them is AP.
    # A narrow column may break the name at its line's end: "(By The Assoc-\niated Press)".
    joined = WRAPPED_HYPHEN.sub("", inside.replace("\u017f", "s"))
    return CREDIT_LEAD.sub("", " ".join(joined.split()))


def phrase_pattern(
    phrases: list[str], flags: int = re.IGNORECASE, any_spelling: bool = False
) -> re.Pattern[str]:
    """A pattern finding any of ``phrases`` as whole words, longest first; with
    ``any_spelling``, Arabic script's letters in any of their spellings (:mod:`compare.arabic`),
    as a sentence's words are read: "وفقاً" is "وفقا", "أفادت" re-typed "افادت".

    >>> bool(phrase_pattern(["said"]).search("He said so"))
    True
    >>> bool(phrase_pattern(["said"]).search("unsaid"))
    False
    >>> bool(phrase_pattern(["وفقا"], any_spelling=True).search("وفقاً لوكالة"))
    True
    """
    written = spelt_any_way if any_spelling else re.escape
    alternatives = "|".join(written(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    # The look-ahead at the phrases' first letters lets the regex engine skip to candidate
    # positions instead of testing the look-behind at every character (2-4 times as fast).
    spellings = letter_spellings if any_spelling else str
    firsts = "".join(sorted({c for p in phrases if p for c in spellings(p[0])}))
    ahead = f"(?=[{re.escape(firsts)}])" if firsts else ""
    return re.compile(rf"{ahead}(?<!{WORD_CHARS})(?:{alternatives})(?!{WORD_CHARS})", flags)


def after_elision(word: str, elided_words: AbstractSet[str]) -> str:
    """The word after one of ``elided_words`` cut short before it and joined to it by a straight
    or a curly apostrophe, as written: "Iran" of "l'Iran"; nothing of any other word
    ("O'Brien", "Putin's").

    >>> after_elision("l\u2019Iran", {"l", "d"}), after_elision("O'Brien", {"l", "d"})
    ('Iran', '')
    """
    head, apostrophe, rest = word.replace("\u2019", "'").partition("'")
    return rest if apostrophe and head.casefold() in elided_words else ""


@dataclass(frozen=True, slots=True)
class Phrases:
    """Phrases to find among a sentence's words (case-folded tokens), whole words only.

    Looking phrases up by their first word is several times faster than one regular expression
    with an alternative per phrase, which tries every alternative at every word.

    >>> Phrases.of(["regime", "kyiv regime"]).find(("the", "kyiv", "regime", "fell"))
    {'kyiv regime'}
    """

    by_first: dict[str, tuple[tuple[str, ...], ...]]
    # Whether a compound's parts are words to find phrases among: a loaded term is loaded in
    # "regime-run", but "euro-zone" names no currency.
    in_compounds: bool = False
    # How the compounds open that are kept whole, their parts no words to find phrases among:
    # "non-" denies the loaded term after it ("a non-aggression pact").
    kept_whole: tuple[str, ...] = ()
    # Phrases that hold one of the phrases in a plain sense: they take their words as a phrase
    # does, but are never found ("tax regime" holds no loaded "regime", "according to reports"
    # cites no one).
    plain: frozenset[tuple[str, ...]] = frozenset()
    # The first words of the phrases that are found: a sentence holding none holds no phrase,
    # as each plain phrase holds one ("more likely" holds "likely", "more" opens none).
    finding: frozenset[str] = frozenset()
    # The words cut short before a vowel and joined to the next by an apostrophe (see
    # ``elided_words``), whose next word may open a phrase: "l'hystérie", "d'extrême gauche".
    elisions: frozenset[str] = frozenset()
    # The phrases as written where an elision was cut from their words to look them up as a
    # sentence's words are ("prise d'otages" is found as "prise otages"), so that a note names
    # the phrase as its list does.
    written: dict[tuple[str, ...], str] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        phrases: list[str],
        in_compounds: bool = False,
        kept_whole: tuple[str, ...] = (),
        plain: list[str] | None = None,
        elisions: frozenset[str] = frozenset(),
    ) -> Phrases:
        def looked_up(phrase: str) -> tuple[str, ...]:
            if is_chinese(phrase):
                # Cut as a sentence is, in Simplified: "分裂分子" is found as "分裂", "分子",
                # and "民進黨當局" in a text written either way.
                return tuple(w for part in phrase.split() for w in words_of(part) if w.isalnum())
            # In one spelling of Arabic script's letters, as a sentence's words are.
            return tuple(
                in_one_spelling(after_elision(w, elisions) or w) for w in phrase.casefold().split()
            )

        plain_phrases = {looked_up(form) for p in plain or () for form in with_proclitics_on(p)}
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(
            {looked_up(form) for p in phrases for form in with_proclitics_on(p)} | plain_phrases,
            key=lambda p: -len(p),
        ):
            by_first.setdefault(phrase[0], []).append(phrase)
        # A Chinese phrase is named as it is found, in Simplified; any other as its list writes
        # it, whatever proclitic the sentence writes onto it.
        written = {
            looked_up(form): " ".join(p.casefold().split())
            for p in phrases
            if not is_chinese(p)
            for form in with_proclitics_on(p)
        }
        return cls(
            {first: tuple(found) for first, found in by_first.items()},
            in_compounds,
            kept_whole,
            frozenset(plain_phrases),
            frozenset(looked_up(form)[0] for p in phrases for form in with_proclitics_on(p)),
            elisions,
            {words: phrase for words, phrase in written.items() if " ".join(words) != phrase},
        )

    def find(self, tokens: Sequence[str]) -> set[str]:
        """The phrases that occur in ``tokens``, as space-joined words, a possessive's "'s" aside
        ("the regime's forces"), and, ``in_compounds``, in a compound's parts too ("regime-run",
        "narco-terrorists", not "so-called", nor one that opens as one of ``kept_whole`` does:
        "non-aggression"); scanning left to right, the longest phrase at a word wins and the
        words it covers start no other phrase; a ``plain`` phrase that wins is not found.

        >>> loaded = Phrases.of(["regime", "so-called", "aggression"], True, ("non-",))
        >>> sorted(loaded.find(("a", "regime-run", "so-called", "non-aggression", "poll")))
        ['regime', 'so-called']
        >>> Phrases.of(["regime"], plain=["tax regime"]).find(("the", "tax", "regime", "ended"))
        set()
        >>> Phrases.of(["euro"]).find(("the", "euro-zone", "economy"))
        set()
        >>> sorted(Phrases.of(["extrême gauche"], elisions=frozenset("ld")).find(("l'extrême", "gauche")))
        ['extrême gauche']
        >>> Phrases.of(["prise d'otages"], elisions=frozenset("ld")).find(("une", "prise", "d'otages"))
        {"prise d'otages"}
        """
        # Not through uses: a Counter costs more to make than the look at most sentences.
        return set(self._each_use(tokens))

    def uses(self, tokens: Sequence[str]) -> Counter[str]:
        """The phrases that occur in ``tokens``, each as often as it does (see :meth:`find`).

        >>> Phrases.of(["accused of"]).uses(("accused", "of", "theft", "and", "accused", "of"))
        Counter({'accused of': 2})
        """
        return Counter(self._each_use(tokens))

    def _each_use(self, tokens: Sequence[str]) -> Iterator[str]:
        """Each phrase of ``tokens`` (see :meth:`find`), as space-joined words, each time used."""
        # Most sentences hold no phrase's first word, possessive, compound or not: a set
        # operation and a look at the words joined tell, in C.
        joined = " ".join(tokens)
        if self.elisions and "'" in joined:
            tokens = [after_elision(token, self.elisions) or token for token in tokens]
        marked = "'s" in joined or (self.in_compounds and "-" in joined)
        if not marked and self.finding.isdisjoint(tokens):
            return
        if marked:
            tokens = [part for t in tokens for part in self._parts(t.removesuffix("'s"))]
        covered_until = 0
        for position in [n for n, token in enumerate(tokens) if token in self.by_first]:
            if position < covered_until:
                continue
            for phrase in self.by_first[tokens[position]]:
                if tuple(tokens[position : position + len(phrase)]) == phrase:
                    if phrase not in self.plain:
                        yield self.written.get(phrase) or " ".join(phrase)
                    covered_until = position + len(phrase)
                    break

    def _parts(self, token: str) -> list[str]:
        """A compound's parts ("regime-run", "narco-terrorists"), unless the compound is a
        phrase's first word itself ("so-called") or opens as one of ``kept_whole`` does
        ("non-aggression")."""
        if (
            not self.in_compounds
            or token in self.by_first
            or "-" not in token
            or token.startswith(self.kept_whole)
        ):
            return [token]
        return token.split("-")


@dataclass(frozen=True, slots=True)
class UnitSize:
    """What a unit of measure measures and how large it is, in a base unit of that
    (``[numbers.unit_sizes]``): ``sizes`` holds each size news writes the unit for ("tons" are
    tonnes, short or long tons); a temperature's degree in degrees Celsius, with ``zero``, where
    the scale's zero stands on Celsius's."""

    measures: str
    sizes: tuple[Decimal, ...]
    zero: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled word lists; see ``framing_terms.toml`` for what each list is for."""

    # Every attribution verb, and apart those that lend the speaker as much credence as "said",
    # German separable ones among them as their finite part and particle ("teilte mit").
    attribution_verbs: frozenset[str]
    neutral_attribution_verbs: frozenset[str]
    # The forms of attribution verbs that are more often nouns, none of attribution_verbs: "claims".
    noun_like_attribution_verbs: frozenset[str]
    # Hindi and Urdu nouns of attribution_verbs that attribute only before a light verb, perhaps
    # after one of light_verb_particles ("दावा किया"; "बड़ा खुलासा:" attributes nothing).
    light_verb_nouns: frozenset[str]
    light_verbs: frozenset[str]
    light_verb_particles: frozenset[str]
    plurals_without_s: frozenset[str]
    prepositions: frozenset[str]
    # Each language's letters beyond ASCII, in both cases, to tell a code page's reading that no
    # one language writes (read.decode).
    alphabets: tuple[frozenset[str], ...]
    # The languages beside English each framing kind a report tells the languages of has words
    # listed in, as segment.language names them (see FRAMING_LANGUAGES, _framing_languages).
    framing_languages: Mapping[str, frozenset[str]]
    # Irregular forms of those verbs and the form a stem would give: "said" is "say"; and a
    # German separable verb's finite part and particle, the verb written whole ("räumte ein" is
    # "einräumte").
    verb_forms: Mapping[str, str]
    # Those finite parts and particles, as "räumte ein" (see separable_verbs).
    separable_verbs: frozenset[str]
    verbs_before_a_clause: frozenset[str]
    relative_subjects: frozenset[str]
    reported_clause_openers: frozenset[str]
    clause_participles: frozenset[str]
    clause_asides: frozenset[str]
    # British words and their American spelling, where no rule of spelling tells it.
    spellings: Mapping[str, str]
    # The verbs of saying of a narrator's incise after speech ("a dit", "dijo"), in lower case.
    dialogue_tag_verbs: frozenset[str]
    object_verbs: frozenset[str]
    # Each verb of saying with the objects that make it a phrase of its own ("claimed victory").
    phrase_objects: Mapping[str, tuple[str, ...]]
    # And the subjects that make it another verb ("patients admitted" to hospital).
    phrase_subjects: Mapping[str, tuple[str, ...]]
    object_starts: frozenset[str]
    determiners: frozenset[str]
    object_ends: frozenset[str]
    # The words that open a clause a copy may cut a sentence before (with the object_ends).
    cut_clause_openers: frozenset[str]
    concessive_openers: frozenset[str]
    reported_rebuttals: frozenset[str]
    passive_marks: frozenset[str]
    passive_marks_after: frozenset[str]
    perfect_participles: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    participles_after_auxiliaries: frozenset[str]
    possibility_modals: frozenset[str]
    certainty_modals: frozenset[str]
    other_modals: frozenset[str]
    quantifiers: frozenset[str]
    # The words that go between a modal and its verb ("may be", "could also"); the adverbs
    # among them stand between a subject and its verb too ("he now faces").
    after_modals: frozenset[str]
    adverbs_before_verbs: frozenset[str]
    not_after_modals: frozenset[str]
    doubting_adverbs: frozenset[str]
    be_as_fact: frozenset[str]
    comparative_degrees: frozenset[str]
    forecasts: frozenset[str]
    condition_leads: tuple[tuple[str, ...], ...]
    forecasting_verbs: frozenset[str]
    not_forecasting_after: frozenset[str]
    not_forecasting_alone: frozenset[str]
    forecast_objects: frozenset[str]
    before_modal_nouns: frozenset[str]
    # What opens a clause of purpose or of degree, whose modal is no hedge (see
    # ``framing_terms.toml``).
    purpose_openers: tuple[tuple[str, ...], ...]
    degree_after_so: frozenset[str]
    degrees_before_subjects: frozenset[str]
    paired_degrees: frozenset[str]
    subjects_after_degrees: frozenset[str]
    # Each pair of a tentative way of telling a claim and the established one that drops its
    # hedge: a finding suggested and proved, a link and a cause (see tentative_findings); a
    # picture's or a count's "shows" is no proof.
    certainty_steps: tuple[tuple[Phrases, Phrases], ...]
    # The links of a claim alone ("associated with"), which a verb in their place states.
    associations: Phrases
    hedges: Phrases
    # The hedges and the caveats told in a sentence of their own ("cannot show", "limitations"),
    # one list: "the results are preliminary" holds one caveat, not "are preliminary" and
    # "preliminary".
    caveats: Phrases
    # The French conditional and the German modal that tell a claim as hearsay, and the words
    # that tell where they do (see hearsay_conditionals); the conditional after "n'" too
    # ("n'aurait").
    hearsay_conditionals: frozenset[str]
    hearsay_adverbs: frozenset[str]
    conditional_endings: tuple[str, ...]
    conditional_forms: frozenset[str]
    wishing_conditionals: frozenset[str]
    future_of_a_past_after: frozenset[str]
    main_clause_coordinators: frozenset[str]
    temporal_conjunctions: frozenset[str]
    not_temporal_after: frozenset[str]
    if_clause_openers: frozenset[str]
    if_conjunctions: frozenset[str]
    not_if_after: frozenset[str]
    if_clause_subjects: frozenset[str]
    modal_auxiliaries: frozenset[str]
    modal_participles: frozenset[str]
    past_participle_endings: tuple[str, ...]
    past_participles: frozenset[str]
    hearsay_modals: frozenset[str]
    # Each German perfect's auxiliary, with the endings of the participles it makes one of.
    hearsay_perfects: Mapping[str, tuple[str, ...]]
    # German's subjunctive of reported speech and its "it was said" (see
    # reported_speech_subjunctives).
    reported_speech_subjunctives: frozenset[str]
    impersonal_hearsay: frozenset[str]
    attributing_phrases: Phrases
    # Those of them that cite whoever owns the figures they name, before them ("Ministry figures
    # show").
    data_cues: frozenset[str]
    conforming_nouns: frozenset[str]
    conforming_articles: frozenset[str]
    # Attributing phrases that are ordinals after one of ordinal_articles ("o segundo turno").
    ordinal_cues: frozenset[str]
    ordinal_articles: frozenset[str]
    cue_relatives: frozenset[str]
    source_qualifiers: frozenset[str]
    commitment_verbs: frozenset[str]
    vague_source_nouns: frozenset[str]
    unnamed_source_nouns: frozenset[str]
    anonymous_source_nouns: frozenset[str]
    unnamed_report_credits: Phrases
    unnamed_outlets: Phrases
    bystander_nouns: frozenset[str]
    counted_doers: frozenset[str]
    first_name_titles: frozenset[str]
    personal_pronouns: frozenset[str]
    shifted_persons: frozenset[str]
    reported_speech_openers: frozenset[str]
    # Each present form and the form reported speech moves it back to: "will" is "would".
    backshifted: Mapping[str, str]
    charges: Phrases
    charge_hedges: frozenset[str]
    # The words after "charged" that a crime follows ("with", "over"), each split into words.
    charge_wordings: tuple[tuple[str, ...], ...]
    arrest_verbs: frozenset[str]
    # The words after "arrested" or "detained" that a crime follows ("over", "following").
    arrest_wordings: tuple[tuple[str, ...], ...]
    police_formula_words: frozenset[str]
    charged_crimes: frozenset[str]
    charge_grades: frozenset[str]
    duty_nouns: frozenset[str]
    cleared_wrongs: frozenset[str]
    first_person_words: frozenset[str]
    # Each hedge that says what another says, and that other: "not likely" is "unlikely".
    same_hedges: Mapping[str, str]
    negations: frozenset[str]
    # A language's own negations and the listed ones that are other words there, by its code
    # (see negates_in): Portuguese "não"; its "no" is "in the".
    language_negations: Mapping[str, frozenset[str]]
    negation_lookalikes: Mapping[str, frozenset[str]]
    clause_negations: frozenset[str]
    short_verbs: frozenset[str]
    emphatic_after_not: frozenset[str]
    emphatic_not_ends: frozenset[str]
    negative_concord: frozenset[str]
    # Each negation that says what another says, and that other: "nobody" is "no".
    same_negations: Mapping[str, str]
    denying_words: frozenset[str]
    denying_phrases: Phrases
    # Words that deny only where they stand in a negation's place (see negative_words).
    negative_words: frozenset[str]
    # Each denying word named as a negation against the words whose opposite it says.
    denied_opposites: Mapping[str, frozenset[str]]
    # Each word of a direction and the words of the opposite one, both ways: "rose" and "fell".
    opposite_directions: Mapping[str, frozenset[str]]
    # Each word of an outcome and the words of the opposite one, both ways: "approved" and
    # "rejected", "won" and "lost".
    opposite_outcomes: Mapping[str, frozenset[str]]
    # The phrases that tell a result between two names, each with what it tells of the one
    # named first: "beat" ("won"), "were beaten by" ("lost"), "drew with" ("drew").
    results_told: Mapping[tuple[str, ...], str]
    # Each word of a small size and the words of a large one, both ways: "small" and "large".
    opposite_sizes: Mapping[str, frozenset[str]]
    # Each word that tells how firmly an allegation is made, with its ladder and its level on it,
    # the firmest first: "charged" (0, 0), "arrested" (0, 1) (see allegation_ladders).
    allegation_levels: Mapping[str, tuple[int, int]]
    # Each phrase of allegation_phrase_ladders, its words ("*" for up to two words), with its
    # ladder and its level on it, the firmest first.
    allegation_phrase_levels: tuple[tuple[tuple[str, ...], int, int], ...]
    suspicion_phrase: tuple[str, ...]
    # A verdict of guilt and the words of an allegation still unproved (see guilt_words).
    guilt_words: frozenset[str]
    pending_allegation_words: frozenset[str]
    # Nouns that name one found guilty, which a headline over a charge hardens it with.
    guilt_nouns: frozenset[str]
    # The groups of words that count one thing in a headline and its text, and the words beside
    # a count that tell nothing of what it counts (see [headline_counts]).
    headline_counts_alike: tuple[tuple[str, ...], ...]
    headline_counts_untelling: frozenset[str]
    # The words by which a headline keeps a claim hedged (see [headline_hedges]).
    headline_hedged_words: frozenset[str]
    # Headline grammar for who acted left out (see [headline_agents]).
    headline_presents: Mapping[str, str]
    headline_results: frozenset[str]
    headline_harms: frozenset[str]
    headline_harm_words: frozenset[str]
    headline_deaths: frozenset[str]
    headline_outcomes: frozenset[str]
    asserted_arrest_wordings: tuple[tuple[str, ...], ...]
    unnamed_person_nouns: frozenset[str]
    denials_of_a_charge: Phrases
    # "Only" before a count of volunteers or patients, a caveat of a small sample.
    sample_minimisers: frozenset[str]
    sample_nouns: frozenset[str]
    injury_minimisers: frozenset[str]
    injury_words: frozenset[str]
    # A speaker's refusal to vouch for a claim: "I am not going to ... tell you".
    refusing_subjects: frozenset[str]
    refusing_auxiliaries: frozenset[str]
    refusing_negations: frozenset[str]
    vouching_verbs: frozenset[str]
    directions_before_a_number: frozenset[str]
    motion_verbs: frozenset[str]
    # The words after which "over" says what something is about: "jailed over £410,000 fraud".
    over_of_cause_words: frozenset[str]
    permission_words: frozenset[str]
    verdict_grounds: frozenset[str]
    negating_prefixes: tuple[str, ...]
    negatable: tuple[str, ...]
    # Days and months by name, the days of the week and days named from the day of writing
    # among them ("today").
    date_words: frozenset[str]
    # Days of other languages, which tell no story but are not read as dates; and months'
    # names that name other things too.
    other_weekdays: frozenset[str]
    # German's among them, which German capitalises: "Sonntag".
    german_weekdays: frozenset[str]
    # The parts of a day German glues to a weekday: "abend" of "Samstagabend".
    weekday_parts: frozenset[str]
    months_named_too: frozenset[str]
    capitalised_months: frozenset[str]
    weekdays: frozenset[str]
    relative_days: frozenset[str]
    # The words a relative day takes once written as the day it names: "today" is "on Thursday".
    day_prepositions: frozenset[str]
    # The words before a weekday that name one day as one another: "este martes", "el martes".
    day_determiners: frozenset[str]
    # What opens an adverbial of time or place between a subject and its verb ("Police on
    # Saturday arrested", "Troops in Gaza late Friday killed"), and the words of a time that may
    # fill one besides days, numbers and names ("on Saturday night", "last week").
    # Participles that doubt what they stand before as adjectives: "one person's alleged actions".
    hedging_adjectives: frozenset[str]
    # Verbs that give the rest of their clause as what someone called a thing: "called it a stunt".
    naming_verbs: frozenset[str]
    adverbial_openers: frozenset[str]
    adverbial_times: frozenset[str]
    # What tells a sentence reports the past: its verbs, and the words of what is to come.
    past_tense_verbs: frozenset[str]
    future_words: frozenset[str]
    # "this morning" is today's, "last night" yesterday's.
    relative_day_parts: Mapping[str, str]
    # The caveats of a test short of people ("in mice"), each with the words naming its subjects.
    test_subjects: Mapping[str, frozenset[str]]
    # "last year", "this week": dates of their own.
    relative_periods: frozenset[str]
    number_words: dict[str, float]
    # Number words that count times ("twice"), as "two times" does.
    times_in_one_word: frozenset[str]
    # Number words that may match a number but whose absence changes none: pronouns, ordinals.
    held_numbers: frozenset[str]
    # Those held for another language's word or a name, by the language they count in
    # ("cinco" in Spanish, where "Cinco personas murieron" states five).
    held_but_in_their_language: Mapping[str, frozenset[str]]
    # Nouns that count after "a" ("a pair of", "a fortnight"), with the numbers they stand for;
    # those that count only before "of" ("pair", "couple").
    counting_nouns: Mapping[str, frozenset[Decimal]]
    counting_before_of: frozenset[str]
    # Those that count roughly ("une vingtaine", about 20): after their article, a qualifier of
    # the number they are (see number_qualifiers).
    round_counts: frozenset[str]
    # Held numbers that are as often English words ("seize", "cent"): none is a replaced count.
    homograph_numbers: frozenset[str]
    # What joins the words of one number ("treinta y cinco"); a share's words ("per cent"),
    # whose hundred is no number.
    number_joins: frozenset[str]
    joins_after_tens: frozenset[str]
    # The joins between a unit and its tens after it ("ستة وثمانين"), written onto the tens, and
    # the ten of a teen after its unit ("ثلاثة عشر"): Arabic's, in one spelling.
    joins_before_tens: frozenset[str]
    teen_tens: frozenset[str]
    multipliers_not_in_english: frozenset[str]
    # Multipliers that are words too, read only after a number ("₹12 अरब", not "सऊदी अरब").
    multipliers_after_numbers: frozenset[str]
    # Multipliers whose number Mexican copy ends in digits after them ("mil 200" is 1,200).
    multipliers_before_digits: frozenset[str]
    # Units a number is converted into in brackets: "(122 Fahrenheit)", "(1,600 hectares)".
    conversion_units: frozenset[str]
    # Each way a unit of measure is written after its number, in lower case, with the unit it
    # writes: "km" and "kilometres" write "kilometre".
    units: Mapping[str, str]
    # The units that news converts into one another, by name, with what each measures and its size.
    unit_sizes: Mapping[str, UnitSize]
    # Each way the period a figure is counted per is written after it, in lower case, with the
    # period it names: "a year" and "annually" name "year".
    periods: Mapping[str, str]
    # Each way the period a change is measured over is written, in lower case, with the period
    # it names: "year on year" and "in the year to" name "year".
    change_periods: Mapping[str, str]
    # ISO 4217's codes and letters that stand for a currency glued before an amount: "ZAR500",
    # the rand's "R500"; and the words beside an amount that say it is money ("a fine of R500").
    currency_codes: frozenset[str]
    currency_letters: frozenset[str]
    money_words: frozenset[str]
    price_words_after: frozenset[str]
    per_articles: frozenset[str]
    price_units: frozenset[str]
    phone_words: frozenset[str]
    per_hundred: frozenset[str]
    share_words: frozenset[str]
    # Number words that in capitals name something else, as written: "UN"; and those that are
    # an English prefix before a hyphen: "un-American".
    number_acronyms: frozenset[str]
    number_prefixes: frozenset[str]
    # English's number words, and the words that make a name of a number after them ("Group of").
    english_numbers: frozenset[str]
    names_before_numbers: tuple[str, ...]
    # Capitalised words after which a capitalised number word numbers something ("Category").
    numbering_words: frozenset[str]
    # Words whose number after them names a step ("phase" of "a phase 3 trial").
    step_words: frozenset[str]
    # What joins German's units to its tens inside one word ("fünfundzwanzig"), and the words a
    # number takes only there, with the number word each stands for ("ein" of "einundzwanzig").
    glued_and: str
    glued_inside: Mapping[str, str]
    # French "cent" and "cents", and the French counts they multiply ("deux cents").
    french_hundreds: frozenset[str]
    french_counts: frozenset[str]
    # A currency's hundredths after a count ("25 cents" is 0.25).
    hundredths: frozenset[str]
    # The signs of those hundredths glued to digits ("45p", "19¢"), with the word each stands for.
    glued_hundredths: Mapping[str, str]
    # A share's hundredths after a count ("50 basis points" is 0.5 of a point).
    share_hundredths: frozenset[str]
    # How speech says a decimal, an amount's hundredths and a time of day ("one point four",
    # "two dollars forty", "half past six"; see ``[numbers.spoken]``).
    decimal_points: frozenset[str]
    # The hesitations a transcript keeps inside a number said aloud ("six uh million").
    spoken_fillers: frozenset[str]
    spoken_digits: Mapping[str, int]
    currencies_with_hundredths: frozenset[str]
    spoken_meridiem: Mapping[str, str]
    on_the_hour: frozenset[str]
    past_the_hour: frozenset[str]
    to_the_hour: frozenset[str]
    spoken_pair_joins: frozenset[str]
    parts_of_the_hour: Mapping[str, int]
    # Number words that are a month cut short too ("sept"), with their numbers.
    also_months: Mapping[str, int]
    # Dates named by their digits alone ("9/11"), with their month and day.
    named_dates: Mapping[str, tuple[int, int]]
    # Each word that says how exact a number is, and what it says ("over": "at_least").
    number_qualifiers: Mapping[str, str]
    # Those written after the number and what it counts too ("12 شخصا على الأقل").
    qualifiers_after: frozenset[str]
    # A number of these is a span of time ("2 days").
    time_units: frozenset[str]
    # Qualifiers that before a span of time may say when: "Over 2 days, 40 people fled".
    span_qualifiers: frozenset[str]
    # Words after which a number may be a time of day ("at 10"), and time zones after which one
    # with its minutes is ("0900 GMT").
    before_clock: frozenset[str]
    before_margin: frozenset[str]
    time_zones: frozenset[str]
    # The parts of the day that put a Chinese time of day before or after noon ("下午3点").
    han_before_noon: frozenset[str]
    han_after_noon: frozenset[str]
    iberian_hour_articles: frozenset[str]
    iberian_before_noon: frozenset[str]
    iberian_after_noon: frozenset[str]
    iberian_halves: frozenset[str]
    iberian_midnight: frozenset[str]
    iberian_hour_words: Mapping[str, int]
    # What a 24-hour clock's "3:43" may follow as a time taken, and a score's words before it in
    # its clause ("beat Denmark 23:21").
    before_time_taken: tuple[str, ...]
    before_score: re.Pattern[str]
    # Abbreviations before a name or number, as written ("Ms", "Gov"): no sentence ends at them.
    before_names: frozenset[str]
    # Those of them that stand before a street's name, in Spanish and French ("av", "Avda").
    before_street_names: frozenset[str]
    # Abbreviations before a number, where they end no sentence ("env", "vol", "Nr"), and the
    # endings of German streets' names cut short ("str" of "Arnulfstr"), which stand before one.
    before_numbers: frozenset[str]
    street_name_endings: tuple[str, ...]
    # All abbreviations whose full stop is no sentence's end by itself: those before a name and
    # those after one ("Jr", "Inc").
    abbreviations: frozenset[str]
    # Words that go on from a time by the clock ("6 p.m. EDT", "2 a.m. Tuesday"), and words that
    # with "time" after it say which time, not where ("Next time", unlike "Arizona time").
    after_clock: frozenset[str]
    not_places: frozenset[str]
    # Abbreviations that end a sentence only before a capital, as written: "тыс", "млн", "EE.UU".
    end_before_capitals: frozenset[str]
    # Words that sentencex reads as abbreviations but that end sentences: "voted no.", "fell ill.".
    words_taken_for_abbreviations: frozenset[str]
    # Months after a day written as an ordinal ("3. Oktober", "3. Jan."), case-folded.
    ordinal_day_months: frozenset[str]
    ordinals: frozenset[str]
    # Counts in words that give only their order: "dozens", "hundreds"; and the words that make
    # a multiplier after them one ("several hundred").
    orders: frozenset[str]
    # Orders read only before a word ("miles" before "de"), as elsewhere another word's.
    orders_only_before: Mapping[str, str]
    # Each stem of a verb of how many times a number grew, and the one form its tenses are.
    factor_verbs: Mapping[str, str]
    # The share each of factor_verbs' forms grew a number by ("doubled": 100%).
    factor_rises: Mapping[str, int]
    vague_counts: frozenset[str]
    # Vague counts of no order that may stand in place of a count ("several", "a number of").
    counts_in_place: frozenset[str]
    calibre_words: tuple[str, ...]
    multipliers: dict[str, int]
    unit_multipliers: dict[str, int]
    # Fractions in words ("half"), and the words that join one to its number: "and" ("four and
    # a half"), "a" ("half a million"), "of" ("a quarter of a million"), or "and" with no "a"
    # ("un millón y medio").
    fractions: dict[str, float]
    fraction_and: frozenset[str]
    fraction_and_alone: frozenset[str]
    halves_after_and: frozenset[str]
    halves_before_multipliers: frozenset[str]
    fraction_one: frozenset[str]
    fraction_of: frozenset[str]
    # Ranks that are a share between "a" and "of" ("a third of"), with the share.
    shares_of: dict[str, float]
    # Each Chinese numeral character's value, and a number so written before its measure word.
    han_numerals: Mapping[str, int]
    han_number: re.Pattern[str]
    function_words: frozenset[str]
    # Each language's own words that tell no story, by ISO 639-1 code (see stories.story_terms).
    function_words_by_language: Mapping[str, frozenset[str]]
    # French and Italian words cut short before the next: "l" of "l'Iran".
    elided_words: frozenset[str]
    title_nouns: frozenset[str]
    # Each word for a currency, and each sign, with the currency's sign.
    currency_words: Mapping[str, str]
    # The same words as phrases to find: "canadian dollars" is C$, not "$".
    currency_names: Phrases
    currency_compound_ends: frozenset[str]
    currency_signs: Mapping[str, str]
    currency_sign: re.Pattern[str]
    # The currencies a sign of more than one may stand for: "¥" -> {"JPY", "CNY"}.
    currency_readings: Mapping[str, frozenset[str]]
    # The currency a sign stands for in a language, where not the one it stands for in English.
    signs_by_language: Mapping[str, Mapping[str, str]]
    # How a note writes a currency in a language, where its sign there stands for another, and
    # the words that tell a sentence is in that language: "es" -> ({"$": "US$"}, {"dólares"}).
    currencies_shown_by_language: Mapping[str, tuple[Mapping[str, str], frozenset[str]]]
    loaded_terms: Phrases
    # The languages of FRAMING_LANGUAGES the package lists loaded terms in (English aside): in
    # another one's text only the terms a user added are loaded ("militants" is French's plain
    # word), as found (space-joined, case-folded).
    own_loaded_term_languages: frozenset[str]
    added_loaded_terms: frozenset[str]
    # Loaded terms loaded only where they mean a plot: "a scheme to defraud", "a Ponzi scheme",
    # not "the Erasmus scheme".
    plot_terms: frozenset[str]
    # The frauds that make a plot of one of plot_terms after them: "ponzi", "pyramid".
    fraud_words: frozenset[str]
    # The verbs after "to" that make one of plot_terms a programme: "a scheme to help".
    benign_purposes: frozenset[str]
    # Loaded terms noted only in place of another: "protesters" for "rioters".
    plain_counterparts: frozenset[str]
    # Loaded terms noted only in place of one of plain_counterparts: "secuestró" for "detuvo".
    loaded_in_place_of_plain: frozenset[str]
    source_cues: re.Pattern[str]
    unnamed_source_cues: frozenset[str]
    capitalised_source_cues: frozenset[str]
    # The words in lower case that join whom those cues cite: "einem Sprecher der Stadtwerke".
    capitalised_source_joiners: frozenset[str]
    spoken_to_cues: frozenset[str]
    sentence_openers: frozenset[str]
    unnamed_source_ends: frozenset[str]
    organisation_suffixes: frozenset[str]
    organisation_heads: frozenset[str]
    surname_like_bodies: frozenset[str]
    building_like_bodies: frozenset[str]
    source_nouns: frozenset[str]
    capitalised_title_words: frozenset[str]
    spokesperson_nouns: frozenset[str]
    member_nouns: frozenset[str]
    past_role_words: frozenset[str]
    wire_staff_words: frozenset[str]
    staff_clause_ends: frozenset[str]
    seeing_verbs: frozenset[str]
    actor_nouns: frozenset[str]
    # Words before one of those that say which kind: "fighter" of "fighter jets".
    actor_kinds: frozenset[str]
    # A country's adjective or other name, casefolded -> the country's, casefolded.
    countries: Mapping[str, str]
    symmetric_verbs: frozenset[str]
    aimed_at_words: frozenset[str]
    clause_conjunctions: frozenset[str]
    auxiliaries: frozenset[str]
    irregular_pasts: frozenset[str]
    # Each of those past forms whose participle is another word -> that participle.
    irregular_participles: Mapping[str, str]
    past_passive_marks: frozenset[str]
    issued_source_nouns: frozenset[str]
    issuing_participles: frozenset[str]
    issued_work_nouns: frozenset[str]
    work_nouns: frozenset[str]
    office_source_nouns: frozenset[str]
    body_source_nouns: frozenset[str]
    # "the", "la", "le": a speaker told with one is a body or its office ("la Fiscalía").
    definite_articles: frozenset[str]
    articles_after_of: frozenset[str]
    # Each name a wire service is credited by, casefolded, and the service's canonical name.
    wire_aliases: Mapping[str, str]
    # What ends a wire's full name after one of those ("Bloomberg News"), casefolded.
    wire_name_end: re.Pattern[str]
    # What opens a wire's full name before one of those, its owner ("Thomson Reuters"), casefolded.
    wire_name_owner: re.Pattern[str]
    # A name, casefolded, that is a wire's ("core") between words naming the wire's language
    # services or the names its own datelines sign with ("Reuters Hindi", "PTI भाषा"); and the
    # wire each of those dateline names is, by the name casefolded.
    wire_service_name: re.Pattern[str]
    wire_signatures: Mapping[str, str]
    # A Japanese agency's dateline, and the wire service each short name there is.
    japanese_dateline: re.Pattern[str]
    japanese_dateline_agencies: Mapping[str, str]
    japanese_credit: re.Pattern[str]
    # Initials that credit a wire service only in a dateline ("UP") or a credit line ("Mit
    # Material von KNA"), and the service's name; and a pattern of the initials.
    dateline_wire_initials: Mapping[str, str]
    wire_initials: re.Pattern[str]
    # Each name a press release distributor's dateline gives it, casefolded, and the
    # distributor's canonical name.
    release_distributors: Mapping[str, str]
    wire_names: re.Pattern[str]
    agency_words: re.Pattern[str]
    # The words of those: a news agency's short name goes on with them ("Meridian News").
    agency_name_words: frozenset[str]
    not_agencies: re.Pattern[str]
    # What a public body's name says after its word for an agency, and what a news agency's
    # says however else it reads: see names_a_public_body.
    public_remit_words: frozenset[str]
    news_name_words: re.Pattern[str]
    # A word of information as an agency's product, matched just after its word for an agency.
    information_after_agency: re.Pattern[str]
    # One capitalised word glued to an agency's word ("Sportwire"): see is_agency_brand.
    agency_brand: re.Pattern[str]
    # One word, case-folded, glued from a brand or a word of the news and an agency's word
    # ("newswire", "presseagentur"): see unglued.
    agency_compound: re.Pattern[str]
    newspaper_words: frozenset[str]
    # Outlets that date their own copy with their initials ("(CNN)"): no agency files it.
    dateline_broadcasters: frozenset[str]
    section_words: frozenset[str]
    generic_folders: frozenset[str]
    site_domain_endings: frozenset[str]
    site_country_endings: frozenset[str]
    file_kind_endings: frozenset[str]
    compass_points: frozenset[str]
    # See [names]: the words of names written in lower case, and pages' kinds.
    name_particles: frozenset[str]
    noun_capitalising_words: frozenset[str]
    demonym_endings: frozenset[str]
    name_joiners: frozenset[str]
    name_inner_words: frozenset[str]
    outlet_particles: frozenset[str]
    outlet_words: frozenset[str]
    place_words: frozenset[str]
    masthead_words: frozenset[str]
    # See [names]: what makes a capitalised German word a common noun.
    german_noun_endings: tuple[str, ...]
    german_determiners: frozenset[str]
    german_adjective_endings: tuple[str, ...]
    person_titles: frozenset[str]
    # A person's titles as abbreviated before their names ("Gov"), and the US states' abbreviations
    # before those ("Calif"), as written, without their full stop.
    title_abbreviations: frozenset[str]
    state_abbreviations: frozenset[str]
    # What an outlet does, said right after its name (" reported"), the spaces before it too.
    outlet_verbs: re.Pattern[str]
    # What credits an outlet with a story before its name ("as first reported last week by the
    # nonprofit site "), up to where the name stands: see disclosure.credit_phrase_naming.
    credit_phrase: str
    # Sites where many outlets post, each under its own address (t.me, x.com): see
    # disclosure._links_to.
    shared_hosts: frozenset[str]
    page_kinds: frozenset[str]
    boilerplate_starts: tuple[str, ...]
    promo_starts: tuple[str, ...]
    # The promotions that say an article is cut short by a paywall (see is_paywall_notice).
    paywall_starts: tuple[str, ...]
    paywall_line: re.Pattern[str]
    article_note_starts: tuple[str, ...]
    staff_credit_starts: tuple[str, ...]
    # Each kind of note on the article but a correction, and the words of a label or opening
    # words that tell it (see article_note_kind).
    article_note_kinds: tuple[tuple[str, frozenset[str]], ...]
    # A wire's tag on a write-through, case-folded, whose first words (``does``) tell the kind of
    # note it is by ``write_through_tag_kinds`` (see write_through_tag_kind).
    write_through_tag: re.Pattern[str]
    write_through_tag_kinds: Mapping[str, str]
    # The kind of note each word of a headline's slugs tells, case-folded (see headline_slug).
    headline_slug_kinds: Mapping[str, str]
    sponsored_labels: tuple[str, ...]
    boilerplate_ends: tuple[str, ...]
    boilerplate_lines: frozenset[str]
    release_end_marks: frozenset[str]
    # A line of one of [boilerplate] source_credit_leads and the names it credits, or of the
    # names and one of source_credit_tails, perhaps in brackets (see _is_source_credit).
    source_credit: re.Pattern[str]
    # Those leads alone, as whole words in any case: before an account's handle they credit it
    # wherever they stand ("(h/t @ledgerline)": see disclosure._credit_pattern).
    source_credit_lead: re.Pattern[str]
    source_credit_words: frozenset[str]
    name_credit_leads: frozenset[str]
    # A line of one of [boilerplate] outlet_credit_leads and the name it credits (``name``):
    # see outlet_credited.
    outlet_credit: re.Pattern[str]
    boilerplate_line: re.Pattern[str]
    # A printed paper's jump line ("(Continued on Page 7)"), one of the boilerplate lines.
    jump_line: re.Pattern[str]
    promo_line: re.Pattern[str]
    newsletter_footer_line: re.Pattern[str]
    newsletter_sign_off: re.Pattern[str]
    newsletter_address_leads: tuple[str, ...]
    newsletter_address_line: re.Pattern[str]
    newsletter_street_line: re.Pattern[str]
    # A line opening with a note's label and its colon or dash (see is_notice).
    notice: re.Pattern[str]
    author_roles: frozenset[str]
    # The words a job title puts before its role in a byline: "chief", "local democracy".
    role_qualifiers: frozenset[str]
    # The words in lower case a line crediting who contributed may name them with, beside names'
    # particles, roles and outlets' and news agencies' words: "in", "staff".
    contributor_words: frozenset[str]
    desk_words: frozenset[str]
    # Kickers written as bylines ("by the numbers"), in lower case.
    kicker_bylines: frozenset[str]
    # News agencies in general: "wire services", "staff and wire reports".
    unnamed_wires: re.Pattern[str]
    # The longest word of each of those names, one of which a line that names one holds.
    unnamed_wire_keys: frozenset[str]
    unnamed_wire_words: frozenset[str]
    # A line of a credit's word and wire services' names alone: "Avec AFP", "Com Lusa".
    wire_credit_line: re.Pattern[str]
    # A wire service's name alone before the copy's end mark, in any case: "LUSA/FIM"; and
    # perhaps without the mark, as a text's last line may sign off: "LUSA".
    sign_off: re.Pattern[str]
    closing_sign_off: re.Pattern[str]
    # An e-mail address or a telephone number, in case-folded text.
    contact_detail: re.Pattern[str]
    # A press release's closing blocks' headings, as _folded_line gives them, without a colon,
    # and how its safe-harbour paragraph opens (see boilerplate.release_furniture).
    release_contact_headings: frozenset[str]
    release_statement_headings: frozenset[str]
    release_statement_opening: re.Pattern[str]
    # The labels and contact lines that say a text is a press release, and what a name of a
    # release ends with (see boilerplate.press_release).
    release_labels: frozenset[str]
    release_names: tuple[str, ...]
    release_contact_labels: frozenset[str]
    release_notes_headings: frozenset[str]
    copy_end_marks: frozenset[str]
    # How a copy says its words are a release's or a statement's, and who it says spoke for
    # the issuer (see disclosure).
    release_attribution: re.Pattern[str]
    # A journal's name, and how a text names what it publishes (see disclosure).
    journal_words: re.Pattern[str]
    journal_namings: re.Pattern[str]
    issuer_words: frozenset[str]
    issuer_verbs: frozenset[str]
    # What a story cites as the issuer's work: "according to research from" the issuer.
    cited_works: frozenset[str]
    # The words of a kind of body, each with the words of an issuer's name that tell it (see
    # kinds_of_issuer).
    issuer_kinds: Mapping[str, frozenset[str]]
    company_suffixes: frozenset[str]
    # What a web page shows around its article, as a copy of its text carries it, folded as
    # _folded_line folds a line (see page_furniture).
    story_list_headings: frozenset[str]
    link_leads: tuple[str, ...]
    ad_marks: frozenset[str]
    form_fields: frozenset[str]
    site_links: frozenset[str]
    # A cookie banner's notice and buttons (see is_cookie_consent).
    cookie_consent: re.Pattern[str]
    # The heading over a page's reader comments (see is_comment_heading).
    comment_heading: re.Pattern[str]
    # The words of a short line that credits an outlet beside its name (see novelty).
    credit_line_words: frozenset[str]
    # The labels over a newsroom's own copy, those of its author, what it calls itself and the
    # words that close its newsroom's name there (see opening).
    copy_labels: frozenset[str]
    copy_author_labels: frozenset[str]
    copy_kinds: frozenset[str]
    newsroom_name_ends: tuple[str, ...]

    def is_boilerplate(self, line: str) -> bool:
        """Whether a line or sentence starts or ends like a credit, copyright or promo line, or
        is a page's label, a picture's credit or an author's note.

        >>> lexicon().is_boilerplate("Reuters contributed to this report.")
        True
        >>> lexicon().is_boilerplate("The copyright lawsuit was filed in March.")
        False
        >>> lexicon().is_boilerplate("Copyright Thomson Reuters")
        True
        >>> lexicon().is_boilerplate("Copyright claims failed.")
        False
        """
        folded = _folded_line(line)
        if (
            self._is_control(folded)
            or folded in self.ad_marks
            or self._is_dateline_alone(line)
            or entry_stamp(line) == len(line)
            or COPYRIGHT.match(line)
            or _is_image_label(line)
            or self.is_author_note(line)
            or self._is_contributors_credit(line)
            or self.wire_credit_line.fullmatch(line)
            or RELEASE_SOURCE.fullmatch(line)
            or self._is_source_credit(line)
            or CHINESE_CREDIT_LINE.fullmatch(line)
        ):
            return True
        unbracketed = _unbracketed(folded).rstrip(" .!")
        return any(
            text.startswith(self.boilerplate_starts) or text.endswith(self.boilerplate_ends)
            for text in (folded, unbracketed)
        )

    def about_heading(self, line: str) -> str | None:
        """The company a press release's "About" heading names: on a line of its own ("About
        Acme Robotics", a university's or a council's after "the": "About the University of
        Carrow"), or run on into the paragraph under it, as a web page's text may give it, the
        name said twice ("About Acme Robotics Acme Robotics, Inc. is a leading ..."); ``None``
        for any other line.

        >>> lexicon().about_heading("About Acme Robotics"), lexicon().about_heading("About 200 people came.")
        ('Acme Robotics', None)
        >>> lexicon().about_heading("About Acme Robotics Acme Robotics, Inc. (NASDAQ: ACME) is a leading maker.")
        'Acme Robotics'
        >>> lexicon().about_heading("About the University of Carrow"), lexicon().about_heading("About the author")
        ('University of Carrow', None)
        """
        # Nearly every sentence fails here, before its words are split.
        if not line.startswith(("About ", "ABOUT ")):
            return None
        words = line.split(maxsplit=2 * MAX_COMPANY_WORDS + 1)
        if len(words) > 2 and words[1] == "the":
            del words[1]
        if len(words) < 2:
            return None
        # A heading may close with a colon ("About Acme Robotics:").
        name = [*words[1:-1], words[-1].rstrip(":")]
        if len(name) <= MAX_COMPANY_WORDS and self._written_as_company(name):
            return " ".join(name)
        for size in range(1, min(MAX_COMPANY_WORDS, len(name) // 2) + 1):
            said = [*name[: size - 1], name[size - 1].rstrip(":")]
            again = [word.rstrip(",") for word in name[size : 2 * size]]
            if said == again and self._written_as_company(said):
                return " ".join(said)
        return None

    def _written_as_company(self, name: Sequence[str]) -> bool:
        """Whether words are a company's name as a heading writes it: capitalised, but for an
        outlet's particles ("The Times of India"), the first a letter; no possessive, and no
        sentence's end but an abbreviation's ("Acme Robotics Inc."), nor a colon ("About Face:
        Governor Reverses Course" is a headline)."""
        last = name[-1]
        return (
            name[0][:1].isupper()
            and all(
                word[:1].isupper() or word[:1].isdigit() or word in self.outlet_particles
                for word in name
            )
            and not any(word.endswith(("'s", "\u2019s")) or ":" in word for word in name)
            and not last.endswith(("?", "!"))
            and (not last.endswith(".") or last.rstrip(".") in self.abbreviations)
        )

    def release_source(self, line: str) -> str | None:
        """The name a PR Newswire "SOURCE" line gives, without its closing stop; whether it is a
        release's issuer only the text's layout tells (see ``RELEASE_SOURCE``).

        >>> lexicon().release_source("SOURCE Acme Robotics Inc."), lexicon().release_source("Source code leaked.")
        ('Acme Robotics Inc', None)
        """
        source = RELEASE_SOURCE.fullmatch(line)
        return source["name"] if source else None

    def is_release_end(self, line: str) -> bool:
        """Whether a line is the mark a press release's text ends with: "###", "# # #"."""
        return _folded_line(line) in self.release_end_marks

    def ends_copy(self, line: str) -> bool:
        """Whether a line is a mark that ends a release's text or a wire's copy: "###", "-30-",
        "ENDS"."""
        folded = _folded_line(line)
        return folded in self.release_end_marks or folded in self.copy_end_marks

    def is_release_label(self, line: str) -> bool:
        """Whether a line labels a text as a press release: "FOR IMMEDIATE RELEASE", "PRESS
        RELEASE", "For immediate release: 14 May 2025".

        >>> lexicon().is_release_label("NEWS RELEASE"), lexicon().is_release_label("Press release issued")
        (True, False)
        """
        folded = _folded_line(line)
        return folded.rstrip(": ") in self.release_labels or any(
            folded.startswith(f"{label}:") for label in self.release_labels
        )

    def release_named(self, name: str) -> str | None:
        """The issuer a name of a press release, or of the office that issues them, gives
        before those words ("" when it gives none); ``None`` for a name that is no release's.

        >>> lexicon().release_named("Halvorsen Biotech press release"), lexicon().release_named("Press Release")
        ('Halvorsen Biotech', '')
        >>> lexicon().release_named("Northfield Police Press Office"), lexicon().release_named("The Daily Press")
        ('Northfield Police', None)
        """
        written = " ".join(name.replace("_", " ").split())
        folded = written.casefold()
        for ending in self.release_names:
            if folded == ending or folded.endswith(f" {ending}"):
                issuer = written[: len(written) - len(ending)].rstrip(" -|:,")
                return issuer.removesuffix("'s").removesuffix("\u2019s")
        return None

    def is_release_contact_line(self, line: str) -> bool:
        """Whether a line gives a press release's contacts under their label, or is the label
        alone: "Media contact: Jenna Price, ...", "Media enquiries"; not "Contact:", which may
        head anything.

        >>> lexicon().is_release_contact_line("Media enquiries: DRT press office, 020 7946 0800")
        True
        """
        folded = _folded_line(line)
        return folded.rstrip(": ") in self.release_contact_labels or any(
            folded.startswith(f"{label}:") for label in self.release_contact_labels
        )

    def leads_release_contacts(self, line: str) -> bool:
        """Whether a line opens with the words of a heading over a release's contacts, run on
        into the contacts: "For further information contact ...", "Press office: ...".

        >>> lexicon().leads_release_contacts("Press office: Jo Pike, 01632 960 411")
        True
        >>> lexicon().leads_release_contacts("Pressure grew on Monday.")
        False
        """
        folded = _folded_line(line)
        return any(
            folded.startswith(heading) and folded[len(heading) : len(heading) + 1] in {" ", ":"}
            for heading in self.release_contact_headings
        )

    def closes_release(self, line: str) -> bool:
        """Whether a line is a release's contact line or opens its notes to editors (see
        :meth:`is_release_contact_line`, :meth:`is_release_notes`)."""
        return self.is_release_contact_line(line) or self.is_release_notes(line)

    def is_release_notes(self, line: str) -> bool:
        """Whether a line heads a release's notes to editors, or opens a note under their label:
        "Notes to editors", "Notes to editors: Images are available on request."."""
        folded = _folded_line(line)
        return folded.rstrip(": ") in self.release_notes_headings or any(
            folded.startswith(f"{heading}:") for heading in self.release_notes_headings
        )

    def _is_source_credit(self, line: str) -> bool:
        """Whether a line names where a text, its figures or its tip come from, and nothing more
        (one of ``source_credit_leads`` and names): each word written as a name is, a name's or
        an outlet's particle, or one of ``source_credit_words``. A lead that opens names too
        (``name_credit_leads``: "Via Rail") leads a credit only in a few words that close with a
        full stop or a bracket, or name a wire service ("Via The Associated Press").

        >>> lexicon()._is_source_credit("Sources: company filings, National Weather Service")
        True
        >>> lexicon()._is_source_credit("Sources: Cowboys agree to deal with Dak Prescott")
        False
        >>> lexicon()._is_source_credit("(via The Truth Wire)"), lexicon()._is_source_credit("Via its lawyers, the firm denied it.")
        (True, False)
        >>> lexicon()._is_source_credit("Via The Truth Wire."), lexicon()._is_source_credit("Via Christi Hospital Names New CEO")
        (True, False)
        >>> lexicon()._is_source_credit("(h/t @fairhavenmom)"), lexicon()._is_source_credit("via @FairhavenMom.")
        (True, True)
        >>> lexicon()._is_source_credit("Source: ledgerline.org"), lexicon()._is_source_credit("Source: the ledger.")
        (True, False)
        >>> lexicon()._is_source_credit("(साभार: देश दर्पण)"), lexicon()._is_source_credit("देश दर्पण से साभार")
        (True, True)
        """
        found = self.source_credit.fullmatch(line)
        if found is None:
            return False
        named = found["names"] or found["after"]
        names = SOURCE_SEPARATORS.sub(" ", named).split()
        if (found["lead"] or "").casefold() in self.name_credit_leads and (
            len(names) > MAX_SOURCE_WORDS
            or not (line.rstrip().endswith((".", ")")) or self.wire_names.search(named))
        ):
            return False
        return all(
            word[:1].isupper()
            or word[:1].isdigit()
            # A social network's handle names its poster: "h/t @fairhavenmom".
            or (word[:1] == "@" and word[1:2].isalnum())
            # A site by its domain: "Source: ledgerline.org".
            or SITE_DOMAIN.fullmatch(word) is not None
            or word in self.source_credit_words
            # A masthead whose first word alone is capitalised: "Вильнюсский курьер".
            or (word in self.masthead_words and names[0][:1].isupper())
            # A script without capitals writes a name as any word, so only a few words are
            # one: "साभार: देश दर्पण", not "स्रोत: पुलिस ने बताया कि ...".
            or (written_caseless(word) and len(names) <= MAX_SOURCE_WORDS)
            or word in self.name_particles
            or word in self.outlet_particles
            for word in names
        )

    def kinds_of_issuer(self, issuer: str) -> frozenset[str]:
        """The words for a kind of body (``issuer_kinds``) that speak for an issuer, as the words
        of its name tell: none when they tell no kind.

        >>> sorted(lexicon().kinds_of_issuer("Eastbay Water")), lexicon().kinds_of_issuer("Acme Robotics")
        (['company', 'firm', 'utility'], frozenset())
        >>> sorted(lexicon().kinds_of_issuer("Crestline Energy Partners"))
        ['company', 'firm', 'partnership', 'utility']
        """
        words = set(issuer.casefold().split())
        return frozenset(kind for kind, telling in self.issuer_kinds.items() if words & telling)

    def company_name(self, name: str) -> str:
        """A company's name as a story gives it, without the words of its legal form.

        >>> lexicon().company_name("Acme Robotics, Inc."), lexicon().company_name("Inc Magazine")
        ('Acme Robotics', 'Inc Magazine')
        """
        words = name.split()
        while len(words) > 1 and words[-1].casefold().strip(".,") in self.company_suffixes:
            words.pop()
        return " ".join(words).rstrip(",")

    def is_release_contact_heading(self, line: str) -> bool:
        """Whether a line is a heading over a press release's contacts: "Media contact:"."""
        return _folded_line(line).rstrip(": ") in self.release_contact_headings

    def is_release_statement_heading(self, line: str) -> bool:
        """Whether a line is a heading over a press release's closing statement: "Forward-Looking
        Statements"."""
        return _folded_line(line).rstrip(": ") in self.release_statement_headings

    def opens_release_statement(self, sentence: str) -> bool:
        """Whether a sentence opens a press release's safe-harbour paragraph: "This press
        release contains forward-looking statements within the meaning of ..."."""
        return self.release_statement_opening.match(sentence) is not None

    def names_wires_in_general(self, line: str) -> bool:
        """Whether a line names news agencies in general ("wire services", "staff and wire
        reports"); most lines hold none of their words, which a look for them tells at once."""
        folded = line.casefold()
        return any(key in folded for key in self.unnamed_wire_keys) and (
            self.unnamed_wires.search(line) is not None
        )

    def credits_wires_in_general(self, line: str) -> bool:
        """Whether a line credits news agencies in general: a wire credit line or a line of who
        contributed that names them ("With wire services", "Wire services contributed to this
        report."); a data credit holding their words credits none.

        >>> lexicon().credits_wires_in_general("From wire reports")
        True
        >>> lexicon().credits_wires_in_general("Source: state agencies")
        False
        """
        return self.names_wires_in_general(line) and (
            self.wire_credit_line.fullmatch(line) is not None or self._is_contributors_credit(line)
        )

    def signs_off(self, line: str) -> str | None:
        """The wire service's name, as written, of a line that is the name alone before the
        copy's end mark, in any case: the mark tells a sign-off from a heading ("LUSA"); ``None``
        for any other line (but see :meth:`signs_off_text`).

        >>> lexicon().signs_off("LUSA/FIM"), lexicon().signs_off("Lusa / Fim."), lexicon().signs_off("LUSA")
        ('LUSA', 'Lusa', None)
        """
        found = self.sign_off.fullmatch(line)
        return found["wire"] if found else None

    def signs_off_text(self, text: str) -> re.Match[str] | None:
        """The line of a text that is a wire service's name alone (``wire``), or news agencies'
        in general ("Agencias"), in any case, or an agency's initials in capitals that no list
        names ("RNA", "(RNA)", see ``CLOSING_INITIALS``), under the text's news and over nothing
        but a page's controls, the copy's end mark or its editors' initials ("EFE" over
        "abc/xyz"): a heading heads something, so there the name signs the copy off without an
        end mark ("LUSA"), and so it does after the byline others open with ("Por EFE", "Von
        dpa", "Par l'AFP"); ``None`` for any other text. The match points into ``text``.

        >>> lexicon().signs_off_text("A greve acabou.\\nLUSA\\n")["wire"], lexicon().signs_off_text("LUSA\\nA greve acabou.")
        ('LUSA', None)
        >>> lexicon().signs_off_text("The ward shut.\\n-- RNA")["wire"], lexicon().signs_off_text("The ward shut.\\nENDS")
        ('RNA', None)
        >>> lexicon().signs_off_text("La huelga acabó.\\nAgencias")["wire"]
        'Agencias'
        >>> lexicon().signs_off_text("Huelga en Valencia.\\nEFE\\nabc/xyz").span()
        (20, 23)
        >>> lexicon().signs_off_text("A greve acabou.\\nA Lusa soube-o ontem.")
        >>> lexicon().signs_off_text("La huelga acabó.\\nPor Agencia EFE")["wire"]
        'EFE'
        """
        end = len(text.rstrip())
        while (start := text.rfind("\n", 0, end) + 1) and self._is_control(
            _folded_line(text[start:end])
        ):
            end = len(text[:start].rstrip())
        found = self.closing_sign_off.fullmatch(text, start, end) or (
            None
            if self.ends_copy(text[start:end])
            else CLOSING_INITIALS.fullmatch(text, start, end)
        )
        return found if found and text[:start].strip() else None

    def staff_sign_off(self, text: str) -> str | None:
        """The lines a text closes with, over nothing but a page's controls, that credit its
        staff alone, as a wire signs its copy off ("Reporting by Jane Doe; Editing by John Roe",
        Reuters' in brackets too), as written, joined by " / "; ``None`` for a text that closes
        otherwise, or is nothing but such lines.

        >>> lexicon().staff_sign_off("The port shut.\\n\\n(Reporting by Jane Doe; Editing by John Roe)\\n")
        '(Reporting by Jane Doe; Editing by John Roe)'
        >>> lexicon().staff_sign_off("The port shut.\\nReporting by Jane Doe\\nEditing by John Roe\\nShare")
        'Reporting by Jane Doe / Editing by John Roe'
        >>> lexicon().staff_sign_off("Reporting by Jane Doe\\nThe port shut.")
        """
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        while lines and self._is_control(_folded_line(lines[-1])):
            lines.pop()
        signed: list[str] = []
        while len(lines) > 1 and self._credits_staff(lines[-1]):
            signed.insert(0, lines.pop())
        return " / ".join(signed) or None

    def _credits_staff(self, line: str) -> bool:
        """Whether a line is a credit to the staff who wrote or edited the text: "Reporting by
        Jane Doe", "(Editing by John Roe)"."""
        return _unbracketed(_folded_line(line)).startswith(self.staff_credit_starts)

    def gives_contact(self, text: str) -> bool:
        """Whether a text gives an e-mail address or a telephone number."""
        return self.contact_detail.search(text.casefold()) is not None

    def outlets_named(self, line: str) -> list[str]:
        """The outlets a line names, as written (a wire service by its canonical name): the runs
        of capitalised words (:func:`capitalised_run`) that are a wire's name, a news agency's
        (:meth:`is_agency`), initials in capitals ("APA"), or a masthead's ("Riverside
        Gazette"); no person's ("Jane Doe"), and no office's whose name ends as a news service's
        does ("National Weather Service").

        >>> lexicon().outlets_named("Jane Doe and Coastal Press Agency contributed to this report.")
        ['Coastal Press Agency']
        >>> lexicon().outlets_named("Copyright 2026 The Valley Courier. All rights reserved.")
        ['The Valley Courier']
        >>> lexicon().outlets_named("Source: APA"), lexicon().outlets_named("Source: National Weather Service")
        (['APA'], [])
        >>> lexicon().outlets_named("Published: June 12, 2025 9:00 a.m. EDT")
        []
        """
        named = []
        leads = (self.function_words - {"the"}) | NAME_LEADS
        for found in capitalised_run().finditer(line):
            words = found.group().split()
            # A credit line's lead is capitalised as the line opens: "Via", "Copyright".
            while len(words) > 1 and words[0].casefold() in leads:
                words.pop(0)
            name = " ".join(words)
            if wire := self.wire_service_named(name):
                named.append(wire)
            elif self._names_an_outlet(words):
                named.append(name)
        return named

    def outlets_credited(self, line: str) -> list[str]:
        """The outlets a credit line credits: the one it names after a lead that says the text
        is that outlet's (:meth:`outlet_credited`), else those it names (:meth:`outlets_named`).

        >>> lexicon().outlets_credited("Source: Voice of Rossland"), lexicon().outlets_credited("Source: Jane Doe")
        (['Voice of Rossland'], [])
        """
        credited = self.outlet_credited(line)
        return [credited] if credited else self.outlets_named(line)

    def outlet_credited(self, line: str) -> str | None:
        """The outlet a credit line names after a lead that says the text is that outlet's
        (``[boilerplate] outlet_credit_leads``), whatever its name's words: "Source: Voice of
        Rossland", "Source: Sputnik", "Republished from Radio Free Europe.", "This article was
        originally published by Voice of Rossland."; ``None`` for any other line, and for a name
        that is no outlet's: two capitalised words alone, as often a person's ("Source: Jane
        Doe", unless :meth:`outlets_named` finds a masthead's, "Rossland Today"), a kind of
        newsroom ("Source: News Agency"), an office named as a news service is ("Source:
        National Weather Service"), or words that are no name ("Source: local sources").

        >>> [lexicon().outlet_credited(line) for line in ("Republished from The Ledger.", "Credit: Sputnik")]
        ['The Ledger', 'Sputnik']
        >>> [lexicon().outlet_credited(line) for line in ("Source: News Agency", "Source: local sources in Dorvansk")]
        [None, None]
        """
        found = self.outlet_credit.fullmatch(line)
        if found is None or not capitalised_run().fullmatch(name := found["name"].strip()):
            return None
        words = name.split()
        if not self._named(name) or (
            words[-1].casefold() in NOT_MASTHEAD_ENDS and not self.is_agency(name)
        ):
            return None
        particles = self.outlet_particles
        if len(words) == 2 and not particles.intersection(map(str.casefold, words)):
            return name if self._names_an_outlet(words) else None
        return name

    def _names_an_outlet(self, words: Sequence[str]) -> bool:
        """Whether a name's words are an outlet's: initials in capitals ("APA"), or a few words
        a news agency's name ends with or a masthead's ("Coastal Press Agency", "Riverside
        Gazette"); one such word alone ("Wire", "Gazette") names none."""
        if len(words) == 1:
            initials = words[0]
            return (
                AGENCY_INITIALS.fullmatch(initials) is not None
                and initials.isupper()
                and initials.casefold() not in self.time_zones
            )
        name = " ".join(words)
        return self._named(name) and (
            self.is_agency(name) or words[-1].casefold() in self.masthead_words - NOT_MASTHEAD_ENDS
        )

    def is_picture_label(self, line: str) -> bool:
        """Whether a line is a picture's credit or caption ("Image copyright Reuters", "Photo:
        Jane Lee/AP"): it credits the picture, not the text."""
        return _is_image_label(line) or PICTURE_CREDIT.match(line) is not None

    def is_sponsored(self, paragraph: str) -> bool:
        """Whether a paragraph is paid for: it opens with a sponsor's label ("Sponsored:").

        >>> lexicon().is_sponsored("Sponsored: Book now and save 30%."), lexicon().is_sponsored("Read more: Fares rise")
        (True, False)
        """
        return _folded_line(paragraph).startswith(self.sponsored_labels)

    def is_promo(self, line: str) -> bool:
        """Whether a line is an outlet's promotion of itself: "Sign up for The Daily Brief",
        "Have you been affected?"."""
        folded = _folded_line(line)
        return folded.startswith(self.promo_starts) or bool(self.promo_line.fullmatch(folded))

    def is_paywall_notice(self, line: str) -> bool:
        """Whether a line or sentence is a paywall's notice, where a page cuts its article short:
        "This article is for subscribers only.", "Subscribe now for just \u00a31 a week to
        continue reading."; not news of one ("Subscribe to continue reading, the paper told
        readers in 2019.").

        >>> lexicon().is_paywall_notice("Already a subscriber?"), lexicon().is_paywall_notice("Subscribe now")
        (True, False)
        """
        folded = _folded_line(line)
        return folded.startswith(self.paywall_starts) or bool(self.paywall_line.fullmatch(folded))

    def is_newsletter_footer(self, line: str) -> bool:
        """Whether a line is one that a newsletter's footer holds in every issue: "You are
        receiving this email because you subscribed to The Brief.", "Unsubscribe | Manage
        preferences".

        >>> lexicon().is_newsletter_footer("Update your preferences"), lexicon().is_newsletter_footer("Update your app.")
        (True, False)
        """
        return self.newsletter_footer_line.fullmatch(_folded_line(line)) is not None

    def signs_off_newsletter(self, line: str) -> bool:
        """Whether a line is a newsletter's sign-off, a footer's only at an issue's end: "That's
        all for this week.", "Reply to this email to tell us what you think.".

        >>> lexicon().signs_off_newsletter("That's all for this week.")
        True
        >>> lexicon().signs_off_newsletter("Reply to this email by Friday to claim a refund.")
        False
        """
        return self.newsletter_sign_off.fullmatch(_folded_line(line)) is not None

    def leads_newsletter_address(self, line: str) -> bool:
        """Whether a line is the one a newsletter's footer gives its postal address under, on
        its own line or the lines below: "Our mailing address is:".

        >>> lexicon().leads_newsletter_address("Our mailing address is: Tarrow Weekly, 12 High Street")
        True
        """
        return _folded_line(line).startswith(self.newsletter_address_leads)

    def is_postal_address(self, line: str) -> bool:
        """Whether a line is a postal address alone, as a newsletter's footer gives its own under
        its lines without a lead: a house number and a street, a postcode closing a part.

        >>> lexicon().is_postal_address("548 Market Street PMB 72296, San Francisco, CA 94104")
        True
        >>> lexicon().is_postal_address("The shelter at 12 Quay Road, Harbour HB2 7QT, is full.")
        False
        """
        return self.newsletter_address_line.fullmatch(_folded_line(line)) is not None

    def is_street_address(self, line: str) -> bool:
        """Whether a line is a house number and a street alone, the parts after it perhaps
        without a postcode, as a newsletter's footer gives its address between its lines.

        >>> lexicon().is_street_address("Coastal Herald Media, 12 Harbour Road, Portsmouth")
        True
        >>> lexicon().is_street_address("Crews shut 12 Harbour Road on Monday, police said.")
        False
        """
        return self.newsletter_street_line.fullmatch(_folded_line(line)) is not None

    def is_notice(self, line: str) -> bool:
        """Whether a line is a note on the article, by its label: "Editor's note: An earlier
        version ...", "Update \u2014 The road has reopened.".

        >>> lexicon().is_notice("Editor\u2019s note: Names have been changed."), lexicon().is_notice("Update the app.")
        (True, False)
        """
        return self.notice.match(line.casefold().replace("\u2019", "'").lstrip()) is not None

    def article_note_kind(self, line: str) -> str | None:
        """The kind of editor's note on the article a line opens, by its label (:meth:`is_notice`)
        or its opening words, set in emphasis or not ("*Editor's note: ...*"): ``"correction"``,
        ``"clarification"``, ``"update"`` or ``"editors_note"``; ``None`` when it opens none.

        >>> lexicon().article_note_kind("An earlier version of this article misspelled his name.")
        'correction'
        >>> lexicon().article_note_kind("Update, 12:30 p.m.: Two more bodies were found.")
        'update'
        >>> lexicon().article_note_kind("_Editor's note: Names have been changed._")
        'editors_note'
        >>> lexicon().article_note_kind("Update the app."), lexicon().article_note_kind("Updated: June 12, 2025")
        (None, None)
        """
        # Labels and opening words are short: a sentence's head is folded alone (the whole of a
        # long one took 4 of the 5 microseconds every sentence of a run is asked).
        folded = _folded_line(line.lstrip("*_ \t")[:NOTE_OPENING_CHARACTERS]).replace("\u2019", "'")
        if labelled := self.notice.match(folded):
            folded = _folded_line(line.lstrip("*_ \t")).replace("\u2019", "'")
            # A page's time stamp ("Updated: June 12, 2025 10:04 a.m.") says nothing of the article.
            said = folded[labelled.end() :].strip(" *_")
            if said and (is_date_text(said) or re.fullmatch(TIME_OF_DAY, said, re.IGNORECASE)):
                return None
            opening = labelled.group()
        elif folded.startswith(self.article_note_starts):
            opening = next(start for start in self.article_note_starts if folded.startswith(start))
        else:
            return self.write_through_tag_kind(line)
        words = set(re.findall(r"[\w']+", opening))
        return next(
            (kind for kind, telling in self.article_note_kinds if words & telling), "correction"
        )

    def write_through_tag_kind(self, line: str) -> str | None:
        """The kind of note a wire's tag on a write-through is, by what it says the version does
        (``"correction"``, ``"clarification"`` or ``"update"``): a line in brackets, with no
        stop, that opens with it; ``None`` for any other line, a bracketed sentence of the story
        too.

        >>> lexicon().write_through_tag_kind("(Corrects name of ferry operator in paragraphs 4 and 9)")
        'correction'
        >>> lexicon().write_through_tag_kind("(ADDS quotes from survivors, paragraphs 6-8)")
        'update'
        >>> lexicon().write_through_tag_kind("(Updates on the search are posted hourly.)")
        """
        if not line.lstrip().startswith("("):
            return None
        found = self.write_through_tag.fullmatch(" ".join(line.casefold().split()))
        return self.write_through_tag_kinds[found["does"]] if found else None

    def headline_slug(self, headline: str) -> tuple[str, str] | None:
        """The kind of note (``"kill"``, ``"correction"`` or ``"update"``, the first told) the
        slugs a wire's headline opens with make it, and those slugs as written: each in capitals
        and numbers, before a hyphen with the headline's next word right after it or in
        brackets, any of them a kill's, a correction's or an update's (``headline_slugs``);
        ``None`` when they are none.

        >>> lexicon().headline_slug("CORRECTED-UPDATE 3-Port Kellen ferry death toll rises to 34")
        ('correction', 'CORRECTED-UPDATE 3')
        >>> lexicon().headline_slug("(2nd LD) Ferry death toll rises to 27")
        ('update', '(2nd LD)')
        >>> lexicon().headline_slug("URGENT-Ferry capsizes off Port Kellen"), lexicon().headline_slug("Port Kellen-based ferry firm sued")
        (None, None)
        >>> lexicon().headline_slug("KILL-Port Kellen ferry operator fined")
        ('kill', 'KILL')
        """
        kinds: set[str] = set()
        start, end = 0, 0
        while found := HEADLINE_SLUG.match(headline, start):
            slug = found["bracketed"] or found["hyphened"]
            if not all(SLUG_WORD.fullmatch(word) for word in slug.split()):
                break
            start = found.end()
            words = re.findall(r"[a-z]+", slug.casefold())
            if told := {
                self.headline_slug_kinds[w] for w in words if w in self.headline_slug_kinds
            }:
                kinds |= told
                end = start
        if not kinds:
            return None
        kind = next(k for k in ("kill", "correction", "update") if k in kinds)
        return kind, headline[:end].strip().rstrip("-")

    def is_author_note(self, line: str) -> bool:
        """Whether a line is an author's note, and nothing more: people's names, a newsroom role
        and an outlet's name, all written as names are.

        >>> lexicon().is_author_note("Jane Doe is a politics reporter for The Ledger.")
        True
        >>> lexicon().is_author_note("Smith is a reporter for the local paper who saw the crash.")
        False
        """
        spaced = " ".join(line.split())
        # Most sentences have no "is" or "are" between spaces, and need no pattern tried.
        if " is " not in spaced and " are " not in spaced:
            return False
        found = AUTHOR_NOTE.fullmatch(spaced)
        return (
            found is not None
            and self.is_role(found["role"])
            and all(_is_person(name) for name in PEOPLE_SEPARATOR.split(found["names"]))
            and _is_outlet(found["outlet"])
        )

    def _is_contributors_credit(self, line: str) -> bool:
        """Whether a line credits who contributed to the text, and does nothing more (see
        ``CONTRIBUTORS_CREDIT``): its names are a few words, each of which may name a contributor
        (:meth:`_may_name_a_contributor`) or, but for a verb of saying, stands a few words before
        a role and says which it is ("video journalist"); and where from is written as a name.

        >>> lexicon()._is_contributors_credit("The Associated Press contributed to this story.")
        True
        >>> lexicon()._is_contributors_credit("Wire services contributed to this report.")
        True
        >>> lexicon()._is_contributors_credit("AP video journalist Jo Roe also contributed to this report.")
        True
        >>> lexicon()._is_contributors_credit("Officials said the foundation contributed to this report.")
        False
        >>> lexicon()._is_contributors_credit("Reuters contributed."), lexicon()._is_contributors_credit("Everyone contributed.")
        (True, False)
        """
        spaced = _unbracketed(" ".join(line.split()))
        # Most sentences do not end so, and need no pattern tried.
        if "contributed" not in spaced:
            return False
        found = CONTRIBUTORS_CREDIT.fullmatch(spaced)
        if found is None:
            return False
        names = found["names"].replace(",", " ").split()
        roles = [k for k, word in enumerate(names) if self.is_role(word)]
        return (
            len(names) <= MAX_CONTRIBUTOR_WORDS
            and bool(
                found["what"]
                or roles
                or self.wire_names.search(found["names"])
                or self.names_wires_in_general(found["names"])
            )
            and all(
                self._may_name_a_contributor(word)
                or (
                    any(0 < role - k <= MAX_ROLE_WORDS for role in roles)
                    and word.casefold() not in self.attribution_verbs
                )
                for k, word in enumerate(names)
            )
            and all(
                _capitalised_but_for_particles(place)
                for place in STAFF_JOINS.split(found["places"])
            )
        )

    def _may_name_a_contributor(self, word: str) -> bool:
        """Whether a word may stand anywhere in a credit line's names: written as a name is
        ("Reuters", "CNN's", "D.C."), a wire service's name as it writes it ("dpa"), a role
        ("writers"), a word of news agencies in general ("wire") or of an outlet's name
        ("newspaper"), a name's or an outlet's particle ("von", "of"), one of
        ``contributor_words`` ("in", "also"), or a broadcaster's channel number ("KTVX 4 News").
        Other words say which role a person has, just before it ("video journalist", "legal
        affairs writer")."""
        folded = word.casefold()
        return (
            word[:1].isupper()
            or word.isdigit()
            or self.wire_names.fullmatch(word.removesuffix("'s")) is not None
            or folded in self.contributor_words
            or folded in self.name_particles
            or folded in self.outlet_particles
            or folded in self.outlet_words
            or folded in self.unnamed_wire_words
            or self.is_role(word)
        )

    def is_role(self, word: str) -> bool:
        """Whether a word is a newsroom role, perhaps plural: "writer", "Correspondents"."""
        return word.casefold().removesuffix("s") in self.author_roles

    def is_job_title(self, part: str) -> bool:
        """Whether a byline's part is its writer's job title alone: a role after the words a
        title puts before one ("Chief Reporter", "Local Democracy Reporter"), not an outlet
        whose name ends with a role's word ("Hollywood Reporter").

        >>> lexicon().is_job_title("Chief Reporter"), lexicon().is_job_title("Hollywood Reporter")
        (True, False)
        """
        *qualifiers, role = part.casefold().split() or [""]
        return self.is_role(role) and set(qualifiers) <= self.role_qualifiers

    def _is_dateline_alone(self, line: str) -> bool:
        """A wire's dateline as a sentence of its own: TASS's "MOSCOW, December 15. /TASS/.", a
        feed's "WASHINGTON (AP) \u2014" on a line of its own, or one with who signs it ("Buenos
        Aires, 13 de marzo de 2026 \u2014 Red Verifica.")."""
        found = self.dateline(line)
        if found is None:
            return False
        rest = line[found.end :].strip(" :-\u2013\u2014")
        return not rest.strip(".") or signs_dateline(rest)

    def is_page_control(self, line: str) -> bool:
        """Whether a whole line is one of a web page's controls or labels, copied with its
        text: "Skip to main content", "Share", "5 min read", "Comments (3)".

        >>> lexicon().is_page_control("Skip to main content"), lexicon().is_page_control("Share it")
        (True, False)
        """
        return self._is_control(_folded_line(line))

    def is_jump_line(self, line: str) -> bool:
        """Whether a line is a printed paper's jump line, which sends a story on to another page
        or brings it from one: "(Continued on Page 6)", "Continued from Page One".

        >>> lexicon().is_jump_line("(Continued from Page 1)"), lexicon().is_jump_line("See page 6.")
        (True, False)
        """
        return bool(self.jump_line.fullmatch(_folded_line(line)))

    def _is_control(self, folded: str) -> bool:
        return self._is_one_control(folded) or self._is_control_row(folded)

    def _is_one_control(self, folded: str) -> bool:
        return folded in self.boilerplate_lines or bool(self.boilerplate_line.fullmatch(folded))

    def _is_control_row(self, folded: str) -> bool:
        """Whether a line is a row of a page's items, apart by dots or bars, one of them a
        control and the others short names or labels, none a sentence nor a figure: "Lower
        Valley Dispatch \u00b7 Saturday briefing \u00b7 5 min read"; not news beside a label
        ("Analysis \u00b7 The port reopened on Monday after talks."), nor a table's row
        ("Greens | 12 | +4").

        >>> lexicon()._is_control_row("lower valley dispatch \u00b7 saturday briefing \u00b7 5 min read")
        True
        >>> lexicon()._is_control_row("analysis \u00b7 the port reopened on monday after talks")
        False
        """
        if not ROW_MARKS.search(folded):
            return False
        items = [item.strip() for item in ROW_MARKS.split(folded)]
        return (
            len(items) > 1
            and all(
                0 < len(item.split()) <= MAX_ROW_ITEM_WORDS
                and item[-1] not in ".!?;:,"
                and any(character.isalpha() for character in item)
                for item in items
            )
            and any(self._is_one_control(item) for item in items)
        )

    def is_story_list_heading(self, line: str) -> bool:
        """Whether a line heads a page's list of its other stories: "Most Read", "Related
        Stories:".

        >>> lexicon().is_story_list_heading("Related Stories"), lexicon().is_story_list_heading("Related news")
        (True, False)
        """
        return _folded_line(line).rstrip(":") in self.story_list_headings

    def links_a_story(self, line: str) -> bool:
        """Whether a line links another of the page's stories by its headline, after a lead:
        "Read more: Council to vote on permits"; not a sentence that ends ("See also: the
        council's report, published on Friday.").

        >>> lexicon().links_a_story("Read more: Riverton council to vote on plant permits next month")
        True
        >>> lexicon().links_a_story("See also: the council's report, published on Friday.")
        False
        """
        # Each lead ends in a colon: most lines have none before their last word.
        if ":" not in line:
            return False
        folded = " ".join(line.casefold().split())
        lead = next((lead for lead in self.link_leads if folded.startswith(lead)), None)
        headline = folded[len(lead) :].strip() if lead else ""
        return bool(headline) and not headline.endswith(".")

    def is_ad_mark(self, line: str) -> bool:
        """Whether a line marks where an advertisement stands: "ADVERTISEMENT", "Story continues
        below advertisement"."""
        return _folded_line(line) in self.ad_marks

    def is_comment_heading(self, line: str) -> bool:
        """Whether a line heads a page's reader comments: "Comments (2)", "12 Comments".

        >>> lexicon().is_comment_heading("Comments (2)"), lexicon().is_comment_heading("Comments")
        (True, False)
        """
        return self.comment_heading.fullmatch(_folded_line(line).rstrip(":")) is not None

    def is_form_field(self, line: str) -> bool:
        """Whether a line is a field of a page's sign-up form: "Enter your email"."""
        return _folded_line(line).rstrip(":") in self.form_fields

    def is_cookie_consent(self, line: str) -> bool:
        """Whether a line or sentence is a site's cookie notice or one of its banner's buttons:
        "We use cookies to give you the best experience.", "Accept all cookies", "Manage cookie
        settings"; not a story's sentence about cookies ("We use cookies to track shoppers, the
        company admitted.").

        >>> lexicon().is_cookie_consent("Reject all"), lexicon().is_cookie_consent("Reject all claims")
        (True, False)
        """
        return bool(self.cookie_consent.fullmatch(_folded_line(line)))

    def is_site_link(self, item: str) -> bool:
        """Whether words are a link of a site's footer: "Privacy Policy", "Contact us"."""
        return _folded_line(item) in self.site_links

    def copy_label(self, line: str) -> tuple[str, str] | None:
        """A newsroom's label over its copy and what it gives, as ``("label", ...)`` or, for a
        label of its author, ``("author", names)``: "SLUG: RIVERTON FIRE / web", "Reporter: Sam
        Delgado"; ``None`` for any other line, and for a sentence after a label ("Status: The
        port is closed.").

        >>> lexicon().copy_label("Word count: 322"), lexicon().copy_label("Reporter: Sam Delgado")
        (('label', '322'), ('author', 'Sam Delgado'))
        >>> lexicon().copy_label("Assignment 3: Press conference story")
        ('label', 'Press conference story')
        >>> lexicon().copy_label("Status: The port is closed.") is None
        True
        """
        label, colon, value = line.partition(":")
        folded = LABEL_NUMBER.sub("", " ".join(label.casefold().split()))
        if not colon or not value.strip() or value.rstrip()[-1] in ".!?":
            return None
        if folded in self.copy_author_labels:
            return "author", value.strip()
        return ("label", value.strip()) if folded in self.copy_labels else None

    def is_copy_kind(self, part: str) -> bool:
        """Whether words are what a newsroom's copy calls itself: "Web Copy", "Radio script"."""
        return _folded_line(part) in self.copy_kinds

    def newsroom_outlet(self, name: str) -> str | None:
        """The outlet a newsroom's name names, without the word that says it is a newsroom:
        "LVPR" of "LVPR Newsroom"; ``None`` for a name without such a word.

        >>> lexicon().newsroom_outlet("LVPR Newsroom"), lexicon().newsroom_outlet("LVPR")
        ('LVPR', None)
        """
        folded = name.casefold()
        end = next((e for e in self.newsroom_name_ends if folded.endswith(f" {e}")), None)
        return name[: len(name) - len(end)].strip() if end else None

    def is_negation(self, word: str) -> bool:
        """Whether a word negates: a listed negation, or any word ending in "n't".

        >>> lexicon().is_negation("didn't"), lexicon().is_negation("nothing"), lexicon().is_negation("note")
        (True, True, False)
        """
        return word in self.negations or word.endswith("n't")

    def negates_in(self, word: str, language: str | None) -> bool:
        """Whether a word negates in a sentence of ``language``: one of that language's own
        negations (``language_negations``), or a negation of :meth:`is_negation` that is no
        other word there (``negation_lookalikes``).

        >>> lexicon().negates_in("no", "pt"), lexicon().negates_in("não", "pt"), lexicon().negates_in("no", "es")
        (False, True, True)
        >>> lexicon().negates_in("nie", "pt"), lexicon().negates_in("não", "es")
        (True, False)
        """
        code = language or ""
        if word in self.language_negations.get(code, ()):
            return True
        return self.is_negation(word) and word not in self.negation_lookalikes.get(code, ())

    def wire_service(self, alias: str) -> str:
        """The canonical name of a wire service alias (case-insensitive), its Arabic script's
        letters in any spelling."""
        return self.wire_aliases[in_one_spelling(alias.casefold())]

    def elided(self, word: str) -> str:
        """The word after a French or Italian article, preposition or pronoun cut short before
        it (``elided_words``), as written, by a straight or a curly apostrophe: "Iran" of
        "l'Iran", "italia" of "dell'italia", "av" of "l\u2019av"; nothing of any other word
        ("O'Brien", "Putin's").

        >>> lexicon().elided("l'Iran"), lexicon().elided("l\u2019av"), lexicon().elided("O'Brien")
        ('Iran', 'av', '')
        """
        return after_elision(word, self.elided_words)

    def wire_service_named(self, source: str) -> str | None:
        """The wire service a source is, by any of its names, in any case, with or without
        "The", or by one of its full names (``wire_name_ends``, ``wire_name_owners``): "The
        Associated Press", "REUTERS", "Bloomberg News", "Thomson Reuters" are AP, Reuters,
        Bloomberg, Reuters; ``None`` for any other source.

        >>> lexicon().wire_service_named("Xinhua News Agency"), lexicon().wire_service_named("Fox News")
        ('Xinhua', None)
        >>> lexicon().wire_service_named("Thomson Reuters"), lexicon().wire_service_named("Thomson")
        ('Reuters', None)
        """
        name = source.strip().casefold().removeprefix("the ")
        short = self.wire_name_owner.sub("", self.wire_name_end.sub("", name), count=1)
        return self.wire_aliases.get(name) or self.wire_aliases.get(short) or self._service_of(name)

    def wire_of_outlet(self, source: str) -> str | None:
        """The wire service an outlet's whole name is (:meth:`wire_service_named`), or by the
        name its own datelines sign with alone ("भाषा", PTI's Hindi service), which names no
        wire in a sentence or a bracket ("Lucknow (UP)"), only as a source's name.

        >>> lexicon().wire_of_outlet("भाषा"), lexicon().wire_service_named("भाषा")
        ('PTI', None)
        """
        return self.wire_service_named(source) or self.wire_signatures.get(
            source.strip().casefold()
        )

    def _service_of(self, name: str) -> str | None:
        """The wire service a casefolded outlet's name is as one of its services: one of the
        wire's names beside words naming its language (``wire_language_services``) or names its
        own datelines sign with (``dateline_wire_initials``): "Reuters Hindi", "AFP Français",
        "PTI भाषा" and "PTI-Bhasha" are Reuters, AFP, PTI, PTI; ``None`` for a name with any other
        word ("Xinhua Daily"), or with another wire's dateline name ("IANS भाषा").

        >>> lexicon()._service_of("pti भाषा"), lexicon()._service_of("reuters hindi")
        ('PTI', 'Reuters')
        >>> lexicon()._service_of("xinhua daily"), lexicon()._service_of("ians भाषा")
        (None, None)
        """
        found = self.wire_service_name.fullmatch(name)
        if found is None or (wire := self.wire_aliases.get(found["core"])) is None:
            return None
        beside = f"{name[: found.start('core')]} {name[found.end('core') :]}"
        signed = {self.wire_signatures.get(word, wire) for word in SERVICE_NAME_JOINS.split(beside)}
        return wire if signed == {wire} else None

    def bracket_credit(self, inside: str, *, in_dateline: bool = False) -> str | None:
        """The wire service a credit in brackets names first (:meth:`bracket_credits`), as
        papers of every period print it: by a name or initials ("AP", "Reuters"), after "By"
        and "The" ("By The Associated Press", perhaps wrapped over two lines), in initials with
        full stops ("A.P."), in capitals ("BY UNITED PRESS"), with a long s; by initials that are
        a word or another body's name elsewhere ("UP", "INS": ``dateline_wire_initials``) only
        ``in_dateline``. ``None`` for any other words.

        >>> lexicon().bracket_credit("By The Associated\\nPress"), lexicon().bracket_credit("A.P.")
        ('AP', 'AP')
        >>> lexicon().bracket_credit("U.P."), lexicon().bracket_credit("U.P.", in_dateline=True)
        (None, 'UP')
        >>> lexicon().bracket_credit("By The Assoc-\\niated Press")
        'AP'

        A wire's regional service after a slash is the wire's (``WIRE_DESK``):

        >>> lexicon().bracket_credit("dpa/lbn"), lexicon().bracket_credit("epd/ost")
        ('dpa', 'epd')
        """
        return next(iter(self.bracket_credits(inside, in_dateline=in_dateline)), None)

    def bracket_credits(self, inside: str, *, in_dateline: bool = False) -> tuple[str, ...]:
        """The wire services a credit in brackets names (:meth:`bracket_credit`), in its order:
        every one of a slash-joined credit, as Swiss and Austrian papers credit an agency's copy
        that another agency passed on ("sda/dpa", "apa/dpa", "dpa/AFP"), a part in lower case
        that names no known wire aside, as a regional service's is ("dpa/lni"); none when any
        other part names no wire ("AP/NORC" is a poll's).

        >>> lexicon().bracket_credits("dpa/AFP"), lexicon().bracket_credits("xyz/dpa")
        (('dpa', 'AFP'), ('dpa',))
        >>> lexicon().bracket_credits("AP/NORC"), lexicon().bracket_credits("dpa/lni")
        ((), ('dpa',))
        """
        parts = [part.strip() for part in credit_name(inside).split("/")]
        wires = [self._bracket_wire(part, in_dateline=in_dateline) for part in parts]
        if any(
            wire is None and not WIRE_DESK_PART.fullmatch(part)
            for part, wire in zip(parts, wires, strict=True)
        ):
            return ()
        return tuple(dict.fromkeys(wire for wire in wires if wire))

    def _bracket_wire(self, name: str, *, in_dateline: bool) -> str | None:
        """The wire service one name of a credit in brackets is (:meth:`bracket_credit`)."""
        if DOTTED_INITIALS.fullmatch(name):
            name = name.replace(".", "")
        if self.wire_names.fullmatch(name):
            return self.wire_service(name)
        if name.isupper() and (wire := self.wire_service_named(name)):
            return wire
        return self.dateline_wire_initials.get(name) if in_dateline else None

    def initials_credited(self, line: str) -> list[str]:
        """The wire services a credit line (``wire_credit_line``) names by initials that say
        other things elsewhere (``dateline_wire_initials``), by their canonical names; none for
        any other line.

        >>> lexicon().initials_credited("Mit Material von dpa und KNA")
        ['KNA']
        >>> lexicon().initials_credited("Die KNA meldete den Streik.")
        []
        """
        # Most boilerplate lines hold no such initials: they need no test for a credit line.
        initials = [found.group() for found in self.wire_initials.finditer(line)]
        if not initials or not self.wire_credit_line.fullmatch(line):
            return []
        return [self.dateline_wire_initials[found] for found in initials]

    def release_distributor(self, name: str) -> str | None:
        """The press release distributor a dateline's name is, by its canonical name ("GLOBE
        NEWSWIRE", "Globe Newswire": GlobeNewswire); ``None`` for any other name."""
        return self.release_distributors.get(name.strip().casefold())

    def is_agency(self, source: str) -> bool:
        """Whether a source is a news agency: a wire service by any of its names ("AP"), or one
        its name says is one ("Brennick Wire", "Coastal Press Agency", "coastline_wire/story").

        >>> lexicon().is_agency("Reuters"), lexicon().is_agency("Coastal Press Agency")
        (True, True)
        >>> lexicon().is_agency("coastline_wire/story"), lexicon().is_agency("Daily Courier")
        (True, False)
        >>> lexicon().is_agency("The Daily Wire"), lexicon().is_agency("The Wire")
        (False, False)
        >>> lexicon().is_agency("Agencia Meridiana"), lexicon().is_agency("Agentur für Arbeit")
        (True, False)
        """
        if self.wire_service_named(source) is not None:
            return True
        spaced = " ".join(source.replace("_", " ").replace("/", " ").replace("-", " ").split())
        return (
            bool(self.agency_words.search(spaced))
            and not self.not_agencies.search(spaced)
            and not self.names_a_public_body(spaced)
        )

    def names_a_public_body(self, name: str) -> bool:
        """Whether a name holding a word for an agency (``agency_words``) says what public
        remit its body serves, after that word: a level of government or a remit
        (``public_remit_words``: "Agencia Tributaria", "Agencia Estatal de Meteorología"), or,
        where the word is capitalised as a name's, a word in lower case ("Agentur für Arbeit",
        "Agence régionale de santé", "Agenzia delle Entrate"); unless its name holds a word of
        news work, in any case (``news_name_words``: "Agencia Continental de Prensa", "Agenzia
        Nazionale Stampa Associata"), or a word of information straight after its word for an
        agency or the one word naming its nation ("Agence Mauritanienne d'Information"), where
        a remit's information ("systèmes d'information") or "informatique" is no news work. A
        news agency's name is a brand: "Agence France-Presse", "Agencia EFE".

        >>> [lexicon().names_a_public_body(name) for name in ("Agencia Tributaria", "Agencia EFE")]
        [True, False]
        >>> lexicon().names_a_public_body("Agenzia Nazionale Stampa Associata")
        False
        >>> lexicon().names_a_public_body("Agencia de Información Paraguaya")
        False
        >>> lexicon().names_a_public_body(
        ...     "Agence nationale de la sécurité des systèmes d'information"
        ... )
        True
        """
        if self.news_name_words.search(name) or any(
            self.information_after_agency.match(name, found.end())
            for found in self.agency_words.finditer(name)
        ):
            return False
        for found in self.agency_words.finditer(name):
            after = name[found.end() :].split()
            if any(word.casefold() in self.public_remit_words for word in after):
                return True
            if found.group()[0].isupper() and any(word[0].islower() for word in after):
                return True
        return False

    def agency_name_key(self, name: str) -> str:
        """A name case-folded, spaces collapsed, in Simplified Chinese (:func:`in_simplified`),
        the word for an agency it opens with read in any language's form as one
        (``agency_words``): a Portuguese or Catalan credit writes a Spanish agency's name in its
        own language ("Agência Meridiana", "l'Agència Meridiana" for "Agencia Meridiana"), and a
        Hong Kong paper's dateline a mainland agency's in Traditional ("華夏社" for "华夏社").

        >>> lexicon().agency_name_key("Agência Meridiana") == lexicon().agency_name_key("Agencia  Meridiana")
        True
        >>> lexicon().agency_name_key("Agence"), lexicon().agency_name_key("El Heraldo")
        ('agence', 'el heraldo')
        >>> lexicon().agency_name_key("華夏社") == lexicon().agency_name_key("华夏社")
        True
        """
        folded = in_simplified(" ".join(name.casefold().split()))
        found = self.agency_words.match(folded)
        if found is None or found.end() == len(folded):
            return folded
        return f"agency{folded[found.end() :]}"

    def is_agency_brand(self, name: str) -> bool:
        """Whether a name is one capitalised word glued to an agency's word, as a wire's brand
        may be (``glued_agency_words``): an agency's where it signs copy, in a dateline or a
        staff byline, as elsewhere such a word may be a common one ("haywire").

        >>> lexicon().is_agency_brand("Sportwire"), lexicon().is_agency_brand("Livewire")
        (True, False)
        """
        return bool(self.agency_brand.fullmatch(name)) and not self.not_agencies.search(name)

    def unglued(self, word: str) -> tuple[str, str] | None:
        """The brand or word of the news and the agency's word that a word is known to be glued
        from (``compound_agency_words``), in any case, each case-folded: each has its initial in
        the agency's ("CNW" of Continental Newswire). ``None`` for any other word.

        >>> lexicon().unglued("newswire"), lexicon().unglued("wire"), lexicon().unglued("livewire")
        (('news', 'wire'), None, None)
        >>> lexicon().unglued("Nachrichtenagentur")
        ('nachrichten', 'agentur')
        """
        folded = word.casefold()
        glued = self.agency_compound.fullmatch(folded)
        if glued is None or self.not_agencies.search(folded):
            return None
        return glued["brand"], glued["word"]

    def initials_given(self, word: str) -> frozenset[str]:
        """The initials a capitalised word of a name may give to the name's in capitals,
        case-folded: its first letter, or one for each word it is glued from, where a capital
        starts each ("France-Presse", "NewsWire") or, in lower case, where it is known to be
        glued (:meth:`unglued`: "Newswire"); never any other letter of its own ("Reuters"
        gives "r" alone, so "RT" is no initials of it).

        >>> sorted(lexicon().initials_given("Newswire")), sorted(lexicon().initials_given("Reuters"))
        (['n', 'nw'], ['r'])
        >>> sorted(lexicon().initials_given("France-Presse"))
        ['f', 'fp']
        """
        capitals = "".join(
            letter
            for before, letter in zip(f"-{word}", word, strict=False)
            if letter.isupper() and (before.islower() or before == "-")
        )
        glued = "".join(part[:1] for part in self.unglued(word) or ())
        return frozenset(
            initials.casefold() for initials in (word[:1], capitals, glued) if initials
        )

    def abbreviates(self, initials: str, words: Sequence[str]) -> bool:
        """Whether ``initials`` stand for the name ``words`` make: each word gives in turn one
        of its initials (:meth:`initials_given`: "CNW" of "Continental Newswire"), a function
        word or a particle of fewer than ``MIN_TELLING_LETTERS`` letters perhaps none ("PTI" of
        "Press Trust of India", "AP" of "The Associated Press");
        never other letters of a word's own ("RT" is no initials of "Reuters", "TAP" none of
        "Tarrow Press").

        >>> lexicon().abbreviates("PTI", ["press", "trust", "of", "india"])
        True
        >>> lexicon().abbreviates("CNW", ["Continental", "Newswire"]), lexicon().abbreviates("TAP", ["Tarrow", "Press"])
        (True, False)
        """
        letters = initials.casefold()
        if not words:
            return not letters
        first, rest = words[0], words[1:]
        particle = len(first) < MIN_TELLING_LETTERS or first.casefold() in self.function_words
        if particle and self.abbreviates(letters, rest):
            return True
        return any(
            letters.startswith(given) and self.abbreviates(letters[len(given) :], rest)
            for given in self.initials_given(first)
        )

    def _signs_as_agency(self, source: str) -> bool:
        """Whether a dateline's or a staff byline's source is a news agency: one by
        :meth:`is_agency`, or by its brand (:meth:`is_agency_brand`)."""
        return self.is_agency(source) or self.is_agency_brand(source)

    def agency_of_byline(self, author: str) -> str | None:
        """The news agency whose staff a byline names, as articles credit it: a wire service by
        its canonical name, another as the byline names it; ``None`` for anyone else.

        >>> lexicon().agency_of_byline("Sportwire staff"), lexicon().agency_of_byline("AFP Staff")
        ('Sportwire', 'AFP')
        >>> lexicon().agency_of_byline("Herald staff"), lexicon().agency_of_byline("Sportwire")
        (None, None)
        >>> lexicon().agency_of_byline("Wire staff"), lexicon().agency_of_byline("News Agency staff")
        (None, None)
        """
        name, _, staff = author.strip().rpartition(" ")
        if staff.casefold() != "staff" or not self._signs_as_agency(name):
            return None
        return self.wire_service_named(name) or (name if self._named(name) else None)

    def _named(self, name: str) -> bool:
        """Whether an outlet's name holds a word of its own: "Wire", "The News Agency" or "Wire
        staff" name a kind of newsroom, and no outlet of that name exists.

        >>> lexicon()._named("Coastal Wire"), lexicon()._named("News Agency")
        (True, False)
        """
        generic = self.agency_name_words | self.desk_words | self.unnamed_wire_words
        return any(word not in generic for word in name.casefold().removeprefix("the ").split())

    def _own_dateline(self, staff: re.Match[str]) -> bool:
        """Whether the words before a paper's own dateline's dash are a place's name: in
        capitals ("SPRINGFIELD"), or each word capitalised as a place is written, but for a
        name's particles ("Rio de Janeiro"); a place may open with a function word ("The
        Hague", "São Paulo"), but a function word alone is a sentence's subject ("He"). A place
        so written whose dash opens an aside another closes is the sentence's subject: "São
        Paulo — Brazil's largest city — recorded ..."; with its state or country after a comma
        ("Springfield, Ill. —") it is a dateline whatever follows."""
        place = staff["place"]
        if place.isupper():
            return True
        regional = "," in staff.string[staff.end("place") : staff.end()]
        if staff.groupdict().get("glued") and not regional:
            return False
        first, *rest = place.split()
        # A name's particles are no words of its own: "San Juan del Río", "Santa Cruz de la Sierra".
        return (
            len([word for word in rest if word not in self.name_particles]) < MAX_PLACE_WORDS
            and first[:1].isupper()
            and all(word[:1].isupper() or word in self.name_particles for word in rest)
            and bool(rest or first.casefold() not in self.function_words)
            and (regional or not ASIDE_CLOSED.match(staff.string, staff.end()))
        )

    def chinese_credits(self, line: str) -> Iterator[str]:
        """The news agencies a Chinese line credits "according to <agency>'s report"
        (``CHINESE_CREDIT``): a wire service by its canonical name, another as the line names it.

        >>> list(lexicon().chinese_credits("\u64da\u65b0\u83ef\u793e\u5831\u5c0e\uff0c\u6f14\u7fd2\u7d50\u675f\u3002"))
        ['Xinhua']
        """
        for found in CHINESE_CREDITS.finditer(line):
            yield self.wire_service_named(found["agency"]) or found["agency"]

    def agencies_of_dateline(self, text: str) -> tuple[str, ...]:
        """The news agencies whose dateline ``text`` opens with, as articles credit them: a wire
        service by its canonical name, another as its dateline names it; every wire service of
        a slash-joined credit, as a Swiss paper credits dpa's copy that Keystone-SDA passed on.

        >>> lexicon().agencies_of_dateline("WASHINGTON (AP) \u2014 The Senate voted.")
        ('AP',)
        >>> lexicon().agencies_of_dateline("TARROW, May 14 (NPA) - A bridge collapsed.")
        ('NPA',)
        >>> lexicon().agencies_of_dateline("Berlin (dpa/AFP) - Der Streik begann.")
        ('dpa', 'AFP')
        >>> lexicon().agencies_of_dateline("An official told the Associated Press (AP) on Monday.")
        ()
        >>> lexicon().agencies_of_dateline("KYIV (AP) said on Monday that the talks failed.")
        ()
        """
        found = self.dateline(text)
        if found is None or found.source is None or not found.by_agency:
            return ()
        return (self.wire_service_named(found.source) or found.source, *found.joint)

    def dateline(self, text: str) -> Dateline | None:
        """The dateline ``text`` opens with: a place in capitals, then its source in brackets and
        a dash ("WASHINGTON (AP) -", "LONDON, March 10 (Coastline Wire) -"; a source not known
        as a wire service in a few capitalised words), or no source (a paper's own:
        "SPRINGFIELD -", "São Paulo -", after a long dash, or a hyphen after its date: "GENEVA, March 10 -"
        or after a place in capitals before a sentence: "SÃO PAULO - O Banco Central ..."), or
        no place ("(CNN) -"); or, when the source is a wire service, with a short place in any
        case ("Washington (AFP) -"), as TASS writes it, between slashes ("MOSCOW, December 15.
        /TASS/."), as RIA Novosti does, after the dash (Russian "MOSKVA, 22 fev - RIA Novosti."), without the dash in a script without capitals (Urdu's "Karachi, 2 August
        (APP) ..."), or as Chinese and Japanese agencies write it ("新华社北京3月10日电",
        "【ワシントン共同】": a Japanese agency by its wire service's name, as its short name
        is none elsewhere); or as a press release gives its distributor, between slashes before
        a dash ("TARROW, Ohio, May 14, 2024 /PRNewswire/ --", perhaps after two companies'
        places: "SOUTH SAN FRANCISCO, Calif. and CAMBRIDGE, Mass., May 14, 2024"), or by a
        distributor's name in brackets (:meth:`release_distributor`: "HOUSTON, Texas, May 14,
        2024 (GLOBE NEWSWIRE) --", Business Wire's "BOSTON--(BUSINESS WIRE)--May 14, 2024--"),
        who filed it but wrote nothing of it: no news agency.

        Who filed it is a news agency when :meth:`is_agency` says so, or its brand does
        (:meth:`is_agency_brand`: "Sportwire"), or when the dateline gives them by their initials
        after a place ("TARROW, May 14 (NPA) -"), as agencies date their copy: initials that
        name a party or a company as well ("PA", "ANP") are no wire service's name elsewhere, but
        no paper dates its text with them.

        >>> lexicon().dateline("LONDON (Coastline Wire) \u2014 Dockers walked out.")
        Dateline(source='Coastline Wire', end=25, by_agency=True, released=False)
        >>> lexicon().dateline("LONDON (Meridian) \u2014 Dockers walked out.")
        Dateline(source='Meridian', end=19, by_agency=False, released=False)
        >>> lexicon().dateline("HARROW (Sportwire) \u2014 Harrow went top.").by_agency
        True
        >>> lexicon().dateline("KYIV (Coastline Wire) said the talks failed.")
        >>> lexicon().dateline("PRESIDENT BIDEN (to reporters): We will respond.")
        >>> lexicon().dateline("SPRINGFIELD, Ill. \u2014 The mayor resigned.")
        Dateline(source=None, end=19, by_agency=False, released=False)
        >>> lexicon().dateline("GENEVA, March 10 - Talks resumed."), lexicon().dateline("NATO - The alliance")
        (Dateline(source=None, end=18, by_agency=False, released=False), None)
        >>> lexicon().dateline("SÃO PAULO - O Banco Central subiu a Selic.")
        Dateline(source=None, end=11, by_agency=False, released=False)
        >>> lexicon().dateline("TARROW, Ohio, May 14, 2024 /PRNewswire/ -- Acme Robotics said.")
        Dateline(source='PRNewswire', end=42, by_agency=False, released=True)
        >>> lexicon().dateline("HOUSTON, Texas, May 14, 2024 (GLOBE NEWSWIRE) -- Acme Corp said.")
        Dateline(source='GlobeNewswire', end=48, by_agency=False, released=True)
        >>> lexicon().dateline("BOSTON--(BUSINESS WIRE)--May 14, 2024--Acme Corp said.")
        Dateline(source='Business Wire', end=39, by_agency=False, released=True)
        >>> lexicon().dateline("MADRID, 5 (IBERPRESS) \u2013 Los maquinistas pararon.").by_agency
        True
        >>> lexicon().dateline("TARROW, March 14. /Kestrel Wire/. The bridge closed.")
        Dateline(source='Kestrel Wire', end=32, by_agency=True, released=False)
        >>> lexicon().dateline("【ワシントン共同】米政府は声明を出した。")
        Dateline(source='Kyodo', end=9, by_agency=True, released=False)

        A wire's tag on a write-through set above it ("(Corrects size of shortfall in paragraph
        1)": :meth:`write_through_tag_kind`) is no part of the text's opening: the dateline
        under it is read, its ``end`` an offset into the whole text.

        >>> lexicon().dateline("(Corrects figure in paragraph 1)\\n\\nLONDON (Coastline Wire) - Dockers walked out.")
        Dateline(source='Coastline Wire', end=59, by_agency=True, released=False)
        """
        under_tags = self._under_write_through_tags(text)
        found = self._opening_dateline(text[under_tags:] if under_tags else text)
        return replace(found, end=found.end + under_tags) if found and under_tags else found

    def _arabic_dateline(self, text: str) -> Dateline | None:
        """The Arabic dateline ``text`` opens with (``ARABIC_DATELINE``), its source a news
        agency when it says it is one, or the wires in general (``UNNAMED_WIRES``) when it names
        them ("وكالات"); a paper's that
        names itself and the wires, by the wires (``ARABIC_PAPER_DATELINE``); a source alone
        with no place only when it names the wires ("متابعات -").

        >>> lexicon()._arabic_dateline("لندن - الشرق الجامع - متابعات: توصلت الحكومة إلى اتفاق.")
        Dateline(source='wire services', end=30, by_agency=True, released=False)
        >>> lexicon()._arabic_dateline("عمّان - مشرق - ارتفعت الأسعار - وهو ما توقعه التجار.")
        Dateline(source='مشرق', end=14, by_agency=False, released=False)
        >>> lexicon()._arabic_dateline("عمان 7 كانون الأول (مشرق) - ارتفعت الأسعار.")
        Dateline(source='مشرق', end=27, by_agency=False, released=False)
        >>> lexicon()._arabic_dateline("الدوحة في 6 ديسمبر /قنا/ أعلنت دولة قطر.")
        Dateline(source='قنا', end=24, by_agency=True, released=False)
        >>> lexicon()._arabic_dateline("حمص-سانا\\n\\nشب حريق.").source, lexicon()._arabic_dateline("عاجل - انفجار\\nدوى انفجار.")
        ('سانا', None)
        """
        paper = ARABIC_PAPER_DATELINE.match(text)
        found = paper if paper and self.names_wires_in_general(paper["source"]) else None
        found = (
            found
            # Before the dashed form, which reads "حمص-" of "حمص-سانا" as a source with no place.
            or ARABIC_JOINED_DATELINE.match(text)
            or ARABIC_DATELINE.match(text)
            or ARABIC_SLASHED_DATELINE.match(text)
        )
        if found is None:
            return None
        source = found["source"]
        in_general = self.names_wires_in_general(source)
        if not (found["place"] or in_general):
            return None
        if in_general:
            return Dateline(UNNAMED_WIRES, found.end(), by_agency=True)
        return Dateline(source, found.end(), by_agency=self._signs_as_agency(source))

    def _under_write_through_tags(self, text: str) -> int:
        """Where a text goes on under the wire's tags on a write-through on its first lines
        (:meth:`write_through_tag_kind`); 0 when it opens with none."""
        start = 0
        # Most texts open with no bracket: no line of theirs is read as a tag.
        while text[start : start + DATELINE_REACH].lstrip().startswith("("):
            line_end = text.find("\n", start)
            line = text[start:] if line_end < 0 else text[start:line_end]
            if line_end < 0 or not self.write_through_tag_kind(line):
                return start
            start = line_end + 1
            while text.startswith(("\n", " ", "\t", "\r"), start):
                start += 1
        return start

    def _opening_dateline(self, text: str) -> Dateline | None:
        """The dateline ``text`` opens with, as :meth:`dateline` reads it."""
        if text.find(DANDA, 0, DATELINE_REACH) >= 0 and (own := _danda_dateline(text)):
            return own
        if not (
            DATELINE_MARK.search(text, 0, DATELINE_REACH)
            or text.find("--", 0, DATELINE_REACH) >= 0
            or text.find(" - ", 0, DATELINE_REACH) >= 0
            # A dated dateline set apart as a sentence of its own ends with its hyphen.
            or text[:DATELINE_REACH].rstrip().endswith(" -")
            # An Arabic one of its own line joins its place and name by a hyphen ("حمص-سانا").
            or ARABIC_JOINED_DATELINE.match(text) is not None
            or text.find(".-", 0, DATELINE_REACH) >= 0
        ):
            return None
        if chinese := CHINESE_DATELINE.match(text):
            return Dateline(chinese["agency"], chinese.end(), by_agency=True)
        if arabic := self._arabic_dateline(text):
            return arabic
        if japanese := self.japanese_dateline.match(text):
            agency = self.japanese_dateline_agencies[japanese["agency"]]
            return Dateline(agency, japanese.end(), by_agency=True)
        bracket = BRACKET_DATELINE.match(text)
        if bracket and _is_source_name(bracket["bracketed"]):
            source = bracket["bracketed"]
            return Dateline(source, bracket.end(), by_agency=self._signs_as_agency(source))
        joined = JOINED_RELEASE_DATELINE.match(text)
        if joined and (distributor := self.release_distributor(joined["distributor"])):
            return Dateline(distributor, joined.end(), released=True)
        after_dash = AGENCY_AFTER_DASH_DATELINE.match(text)
        # RIA Novosti's form names an agency whoever it is, in a few capitalised words after
        # the dated place's dash, as RIA Vesti signs "MOSKVA, 14 mar - RIA Vesti." in Cyrillic
        # (a sentence goes on in lower case: "GENEVA, 10 March - Talks resumed.").
        if (
            after_dash
            and after_dash["place"].isupper()
            and (
                (wire := self.wire_service_named(after_dash["agency"]))
                or _is_source_name(wire := after_dash["agency"])
            )
        ):
            return Dateline(wire, after_dash.end(), by_agency=True)
        found = WIRE_DATELINE.match(text)
        if not found:
            staff = (
                STAFF_DATELINE.match(text)
                or DATED_STAFF_DATELINE.match(text)
                or FULL_STOP_DATELINE.match(text)
                or _hyphened_dateline(text)
            )
            if staff and self._own_dateline(staff) and _begins_sentence_after(text, staff.end()):
                return Dateline(None, staff.end())
            return None
        written = found["bracketed"] or found["slashed"]
        place = found["place"]
        # Who filed it, as disclosure compares it: "(By The Associated Press)" and "(A.P.)" are
        # both AP's. A place in capitals, or in a script without them, tells a dateline, and so
        # does the full stop of a script without them that closes the bracket.
        credits = self.bracket_credits(
            written, in_dateline=place.isupper() or written_caseless(place) or bool(found["closed"])
        )
        credited = credits[0] if credits else None
        source = credited or written
        # Papers of the 1930s-60s set a wire's credit between two dashes after a place with no
        # date ("WASHINGTON\u2014(By The Associated Press)\u2014"); a dash before any other
        # bracket is a sentence's aside.
        if found["undated_dash"] and not (credited and place.isupper() and found["dash"]):
            return None
        named_wire = credited is not None or self.wire_service_named(written) is not None
        place_words = place.split()
        # A place may open with a function word ("Los Angeles", "São Paulo", "Las Vegas"), and
        # so may a sentence's subject ("The Palestinian Authority (AP) \u2014 which governs"),
        # which goes on after the dash where a dateline begins a sentence.
        titled = (
            named_wire
            and (found["dash"] or found["closed"])
            and len(place_words) <= MAX_PLACE_WORDS
            # A place's name ends in a capitalised word: "A spokesman (Reuters) -" is none.
            and place_words[-1][:1].isupper()
            and (
                place_words[0].casefold() not in self.function_words
                or (
                    all(word[:1].isupper() for word in place_words)
                    and _begins_sentence_after(text, found.end())
                )
            )
        )
        if place != place.upper() and not titled:
            return None
        # A release's distributor did not write it, and is no one to credit for its text.
        distributor = self.release_distributor(source)
        if distributor and found["bracketed"] and found["dash"]:
            return Dateline(distributor, found.end(), released=True)
        # Without the dash only a wire's name tells a dateline from a sentence that names its
        # source; TASS's slashes follow the full stop of its date ("A CNN/AP/NORC poll" is none).
        dashed = (
            found["bracketed"]
            and found["dash"]
            and (named_wire or _names_a_source(found))
            and (not found["full_stop"] or _stops_after_place(found, text, named_wire))
        )
        bare = found["bracketed"] and _bare_dateline(found) and named_wire
        # A Hindi or Urdu copy closes a wire's dateline with its full stop as others do with a
        # dash, whatever script it writes the place in ("Gonda, 14 अगस्त (रासस)।").
        stopped = found["closed"] and titled
        slashed = (
            found["slashed"]
            and text[: found.start("slashed") - 1].rstrip().endswith(".")
            and (named_wire or _tass_form(found, text))
        )
        # Places as long as a release's two are no agency's.
        if found["release_places"] or not (dashed or bare or stopped or slashed):
            released = found["slashed"] and RELEASE_DASH.match(text, found.end())
            if not released:
                return None
            return Dateline(distributor or source, released.end(), released=True)
        by_agency = (
            credited is not None
            or bool(slashed)
            or self._signs_as_agency(source)
            or (
                source.isupper()
                and source not in self.dateline_broadcasters
                and (
                    (
                        AGENCY_INITIALS.fullmatch(source) is not None
                        and not CALL_SIGN.fullmatch(source)
                    )
                    # A name in capitals after the place and the day is an agency's, as
                    # Europa Press dates its copy: "MADRID, 5 (IBERPRESS) -".
                    or _dated(found)
                )
            )
        )
        return Dateline(source, found.end(), by_agency, joint=credits[1:])


def _danda_dateline(text: str) -> Dateline | None:
    """A paper's own dateline closed by a danda (``DANDA_DATELINE``), its place of a few words
    in a script without capitals; ``None`` for any other text.

    >>> _danda_dateline("प्रयागराज, 14 अगस्त। उच्च न्यायालय ने रोक लगा दी।")
    Dateline(source=None, end=20, by_agency=False, released=False)
    >>> _danda_dateline("Lucknow, 14 अगस्त। उच्च न्यायालय ने रोक लगा दी।")
    """
    found = DANDA_DATELINE.match(text)
    if found is None:
        return None
    place = found["place"]
    if not written_caseless(place) or len(place.split()) > MAX_PLACE_WORDS:
        return None
    return Dateline(None, found.end())


def written_caseless(words: str) -> bool:
    """Whether ``words`` are written in a script without capitals (Devanagari, Arabic, Thai)."""
    return words.upper() == words.lower()


def _hyphened_dateline(text: str) -> re.Match[str] | None:
    """A paper's own undated dateline closed by a hyphen (``HYPHENED_STAFF_DATELINE``), its
    place in capitals and of three letters or more; ``None`` for any other text.

    >>> _hyphened_dateline("SÃO PAULO - O Banco Central subiu a Selic.")["place"]
    'SÃO PAULO'
    >>> _hyphened_dateline("US - China talks resumed."), _hyphened_dateline("São Paulo - O BC agiu.")
    (None, None)
    """
    found = HYPHENED_STAFF_DATELINE.match(text)
    if found is None or not found["place"].isupper() or len(found["place"]) < 3:
        return None
    return found


def _begins_sentence_after(text: str, end: int) -> bool:
    """Whether a sentence begins after a dateline's dash at ``end``: a capital or a digit,
    perhaps after a quotation mark, or nothing."""
    rest = text[end:].lstrip(" \"'\u201c\u2018")
    return not rest.strip() or rest[:1].isupper() or rest[:1].isdigit()


def _names_a_source(found: re.Match[str]) -> bool:
    """Whether a bracket before a dash, after a place in capitals, names who filed the text, as
    a dateline's does: a name of a few capitalised words ("Coastline Wire") after a dash, not a
    colon ("PRESIDENT BIDEN (to reporters):", "NATO (the alliance) -"). In a script without
    capitals only a wire service's name tells."""
    place = found["place"]
    if place == place.lower() or found["dash"].strip() == ":":
        return False
    return _is_source_name(found["bracketed"])


def _is_source_name(text: str) -> bool:
    """A few capitalised words: "Coastline Wire", "CNN"."""
    names = text.split()
    return 0 < len(names) <= MAX_SOURCE_WORDS and all(name[:1].isupper() for name in names)


def _is_image_label(line: str) -> bool:
    """A picture's credit or caption: its label, and no word in lower case after it."""
    found = IMAGE_LABEL.match(line)
    return found is not None and not line[found.end() : found.end() + 1].islower()


def _is_person(name: str) -> bool:
    """Two to four words written as a person's names: "Brooke Singman", "Ursula von der Leyen";
    not "Smith", "Her husband" or "The Ledger"."""
    words = name.split()
    return (
        MIN_PERSON_WORDS <= len(words) <= MAX_PERSON_WORDS
        and words[0].casefold() != "the"
        and _capitalised_but_for_particles(name)
    )


def _capitalised_but_for_particles(name: str) -> bool:
    """Whether each word of a name is capitalised or a particle of a name ("von", "der"):
    "Columbus", "Ursula von der Leyen"; not "said donors"."""
    return all(word[:1].isupper() or word in lexicon().name_particles for word in name.split())


def _is_outlet(name: str) -> bool:
    """A few words written as an outlet's name: "Fox News", "the Associated Press"; not "the
    local paper"."""
    words = name.split()
    return (
        len(words) <= MAX_OUTLET_WORDS
        and all(word[:1].isupper() or word in lexicon().outlet_particles for word in words)
        and any(word[:1].isupper() for word in words)
    )


def _source_credit(leads: list[str], tails: list[str]) -> re.Pattern[str]:
    """A line of one of ``leads`` (in any case) and the names it credits, a few words up to a
    sentence's or a clause's end (``names``), or of the names and one of ``tails``, perhaps in
    brackets: "Source: Acme Robotics press release", "(via The Ledger)", "देश दर्पण से साभार".

    >>> line = _source_credit(["source:", "via"], ["से साभार"])
    >>> line.fullmatch("(Via The Ledger).")["names"], line.fullmatch("SOURCE:Acme")["names"]
    ('The Ledger', 'Acme')
    >>> line.fullmatch("Viaduct closed"), line.fullmatch("Source code: leaked")
    (None, None)
    >>> line.fullmatch("देश दर्पण से साभार।")["after"]
    'देश दर्पण'
    """
    alternatives = "|".join(re.escape(lead) for lead in sorted(leads, key=len, reverse=True))
    closing = "|".join(re.escape(tail) for tail in sorted(tails, key=len, reverse=True))
    names = r"(?:[^.:!?\u0964\n]|\.(?=[^\W\d_])){1,80}?"
    # A lead that ends in a colon may touch the names ("Source:Acme"); a word, not ("Viaduct").
    # A site's name is its domain ("Source: ledgerline.org"): its dots end nothing.
    return re.compile(
        rf"\s*\(?(?:(?P<lead>(?i:{alternatives}))(?:(?<=:) ?|\s+)(?P<names>{names})"
        rf"|(?P<after>{names})\s+(?:{closing}))\)?[\s.\u0964]*"
    )


def _outlet_credit(leads: list[str], subjects: list[str]) -> re.Pattern[str]:
    """A line of one of ``leads`` (in any case, perhaps after one of ``subjects`` and "was" or
    "has been") and the one name it credits (``name``, after the "the" a sentence writes in
    lower case), perhaps closed by a full stop or in brackets: "Source: Voice of Rossland",
    "(Republished from Sputnik.)", "This article was originally published by the Voice of
    Rossland.".

    >>> line = _outlet_credit(["source:", "originally published by"], ["this article"])
    >>> line.fullmatch("Source:Sputnik")["name"], line.fullmatch("This article was originally published by the Voice of Rossland.")["name"]
    ('Sputnik', 'Voice of Rossland')
    >>> line.fullmatch("Source: officials, who asked not to be named.")["name"]
    'officials, who asked not to be named'
    """
    alternatives = "|".join(re.escape(lead) for lead in sorted(leads, key=len, reverse=True))
    opened = "|".join(map(re.escape, subjects))
    return re.compile(
        rf"\s*\(?(?i:(?:(?:{opened}) (?:was|has been) )?(?:{alternatives}))(?:(?<=:) ?|\s+)"
        r"(?:the\s+)?(?P<name>[^.!?\n]{1,80}?)\)?[\s.]*"
    )


def _sign_off(
    end_marks: list[str], wire_names: re.Pattern[str], *, marked: bool = True, lead: str = ""
) -> re.Pattern[str]:
    """A line of a wire service's name (``wire``) alone, perhaps after ``lead``, closed by one
    of ``end_marks`` after a slash, both in any case: "Lusa/Fim", "LUSA/FIM"; the mark perhaps
    left out, unless ``marked``.

    >>> line = _sign_off(["fin"], phrase_pattern(["AFP"], 0))
    >>> line.fullmatch("afp / Fin.")["wire"], line.fullmatch("AFP")
    ('afp', None)
    >>> _sign_off(["fin"], phrase_pattern(["AFP"], 0), marked=False).fullmatch("AFP")["wire"]
    'AFP'
    """
    mark = _end_mark(end_marks) if marked else f"(?:{_end_mark(end_marks)})?"
    return re.compile(rf"\s*{lead}(?P<wire>(?i:{wire_names.pattern})){mark}[\s.]*")


def _end_mark(end_marks: list[str]) -> str:
    """One of ``end_marks`` after a slash, in any case: "/ Fim"."""
    return rf"\s*/\s*(?i:{'|'.join(map(re.escape, end_marks))})"


def _wire_credit_line(
    leads: list[str],
    leads_after_paper: list[str],
    joins: list[str],
    articles: list[str],
    tails: list[str],
    end_marks: list[str],
    newsroom_words: list[str],
    wire_names: re.Pattern[str],
    unnamed_wires: re.Pattern[str],
    agency_names: re.Pattern[str],
    agency_words: re.Pattern[str],
    sentence_cased_masthead: str,
    wire_initials: re.Pattern[str],
) -> re.Pattern[str]:
    """A line of one of ``leads`` (in any case) or a dash, and wire services' names alone or
    news agencies in general (``unnamed_wires``: "wire services"), joined by ``joins``, perhaps
    each after one of ``articles`` and one of ``agency_words`` ("la agencia EFE") and all before
    one of ``tails``, in brackets or after a dash or not; or the names alone in brackets, as
    Europa Press's copy closes ("(Europa Press)"); or one of ``agency_names`` alone, a wire's
    name that says it is an agency, as Lusa signs off ("Agência Lusa"), or a wire's name after
    one of ``agency_words`` ("Agencia EFE"), where a short name alone may be a heading; any of
    them perhaps closed by one of ``end_marks`` after a slash ("Agência Lusa / Fim"), which a
    short name alone before one, in any case, is too (:func:`_sign_off`: "Lusa/Fim",
    "LUSA/FIM"); or the names after a paper's own name and a double slash ("ZAP // Lusa"), or a
    masthead's and a single one ("Redacción / EFE"), or after a paper's or newsroom's name and a
    comma, or a masthead's, and one of ``leads_after_paper`` as written, in lower case ("La
    Rédaction, avec AFP", "Le Figaro avec AFP"; not "Il a parlé avec AFP"), perhaps under a
    label ("Por: Redacción con información de EFE"). After one of ``leads``, a wire's
    ``wire_initials`` that say other things elsewhere name it too ("Mit Material von KNA"),
    where a dash or brackets alone may hold any body's ("(UP)"). A masthead's words are capitalised or
    ``newsroom_words``, perhaps with a short particle between two ("Jornal do Porto", "Par la
    rédaction"), or its first words alone are (``sentence_cased_masthead``: "Le Bien public"):
    a sentence's verb, in lower case, tells it from one. A lead may follow an asterisk, as a
    footnote's ("*Avec AFP").

    >>> line = _wire_credit_line(
    ...     ["avec"], ["avec"], ["et"], ["l'"], ["reports"], ["fin"], ["rédaction"],
    ...     phrase_pattern(["AFP", "Reuters"], 0),
    ...     phrase_pattern(["agences"]),
    ...     phrase_pattern(["Agence France-Presse"], 0),
    ...     phrase_pattern(["agence"]),
    ...     _sentence_cased_masthead(["du"], ["avec"], ["le", "il"]),
    ...     phrase_pattern(["UP"], 0),
    ... )
    >>> bool(line.fullmatch("Avec l'AFP et Reuters.")), bool(line.fullmatch("Avec AFP, il part."))
    (True, False)
    >>> bool(line.fullmatch("Avec UP et AFP")), bool(line.fullmatch("(UP)"))
    (True, False)
    >>> bool(line.fullmatch("\u2014 AFP et Reuters")), bool(line.fullmatch("AFP et Reuters"))
    (True, False)
    >>> bool(line.fullmatch("Avec AFP et agences")), bool(line.fullmatch("Avec agences, il part."))
    (True, False)
    >>> bool(line.fullmatch("(AFP)")), bool(line.fullmatch("(AFP) Il part."))
    (True, False)
    >>> bool(line.fullmatch("Agence France-Presse")), bool(line.fullmatch("AFP"))
    (True, False)
    >>> bool(line.fullmatch("Agence France-Presse / Fin")), bool(line.fullmatch("AFP/fin"))
    (True, True)
    >>> bool(line.fullmatch("Le Point // AFP")), bool(line.fullmatch("Paris // Lyon"))
    (True, False)
    >>> bool(line.fullmatch("La Rédaction, avec AFP")), bool(line.fullmatch("Il Part Avec AFP"))
    (True, False)
    >>> bool(line.fullmatch("Le Républicain Lorrain avec AFP")), bool(line.fullmatch("Il a parlé avec AFP"))
    (True, False)
    >>> bool(line.fullmatch("Par la rédaction avec AFP")), bool(line.fullmatch("La guerre / AFP"))
    (True, False)
    >>> bool(line.fullmatch("*Avec AFP")), bool(line.fullmatch("*AFP"))
    (True, False)
    >>> bool(line.fullmatch("Avec l'agence AFP")), bool(line.fullmatch("Agence AFP"))
    (True, True)
    >>> bool(line.fullmatch("Par : La Rédaction avec AFP")), bool(line.fullmatch("Agence Reuters part"))
    (True, False)
    >>> bool(line.fullmatch("La Rédaction avec l'Agence Meridiana.")), bool(line.fullmatch("Avec l'agence de voyage."))
    (True, False)
    >>> bool(line.fullmatch("Le Bien public avec AFP")), bool(line.fullmatch("Il parle avec AFP"))
    (True, False)
    """
    lead = "|".join(map(re.escape, sorted(leads, key=len, reverse=True)))
    lead_after_paper = "|".join(map(re.escape, sorted(leads_after_paper, key=len, reverse=True)))
    tail = "|".join(map(re.escape, sorted(tails, key=len, reverse=True)))
    article = "|".join(map(re.escape, articles))
    # A word joins names between spaces ("AFP et Reuters"), a mark with or without ("AFP/dpa").
    join = "|".join(
        rf"\s+{re.escape(j)}\s+" if j.isalpha() else rf"\s*{re.escape(j)}\s*" for j in joins
    )
    newsroom = rf"(?i:{'|'.join(map(re.escape, newsroom_words))})"
    masthead_word = rf"(?:{PAPER_WORD}|{newsroom})"
    masthead = rf"{masthead_word}(?:\s+(?:{MASTHEAD_PARTICLE}\s+)?{masthead_word}){{0,3}}"
    agency_word = rf"(?i:{agency_words.pattern})\s+"
    name = (
        rf"(?:(?i:{article})\s*)?"
        rf"(?:(?:{agency_word})?(?:{wire_names.pattern})(?:{WIRE_DESK})?|(?i:{unnamed_wires.pattern})"
        rf"|{_agency_named(agency_word)})"
    )
    led = rf"[\s(\[\u2014\u2013*-]*(?i:{lead})\s+"
    opening = r"[\s(\[]*(?:--|[\u2014\u2013-])\s*|\s*[(\[]\s*"
    joined = rf"{name}(?:(?i:{join}){name})*"
    initialled = rf"(?:{name}|{wire_initials.pattern})"
    joined_after_lead = rf"{initialled}(?:(?i:{join}){initialled})*"
    listed = rf"(?:{led}{joined_after_lead}|(?:{opening}){joined})(?:\s+(?i:{tail}))?[\s.)\]]*"
    after_paper = (
        rf"{PAPER_BEFORE_SLASHES}"
        # A newsroom's line ("Redacción / EFE"), not a picture's credit ("Jane Doe / AP").
        rf"|{newsroom}\s*/\s*"
        rf"|(?:{PAPER_WORD}\s*:\s*)?(?:{PAPER_NAME},|{masthead}|{sentence_cased_masthead})"
        rf"\s+(?:{lead_after_paper})\s+"
    )
    # The names after a paper's are written once for its three forms: each copy of the names
    # is some 20,000 characters, and compiling the pattern took half a second with three.
    return re.compile(
        rf"(?:{listed}|\s*(?:{agency_names.pattern}|{agency_word}(?:{wire_names.pattern})))"
        rf"(?:{_end_mark(end_marks)})?[\s.]*"
        rf"|{_sign_off(end_marks, wire_names).pattern}"
        rf"|\s*(?:{after_paper}){joined}[\s.]*"
    )


def _sentence_cased_masthead(
    inner_words: Sequence[str], plain_words: Sequence[str], sentence_openers: Sequence[str]
) -> str:
    """A masthead as French, Spanish, Italian and Portuguese write one, its first words alone
    capitalised ("Midi libre", "Le Bien public", "Le Journal du dimanche"): a capitalised word,
    then up to three more, each capitalised (perhaps after a short particle) or in lower case,
    of four letters or more and none of ``plain_words`` (perhaps after one of ``inner_words``).
    A sentence opens with a word in lower case after one of ``sentence_openers``, an article or
    a subject pronoun ("Le ministre", "Il parle"), and writes its verb's short or function words
    ("a parlé", "est"), a pronoun cut short before it ("s'entretient") or a verb ``plain_words``
    lists ("Sánchez habló": a name and a verb alone, a paragraph of its own).

    >>> masthead = re.compile(_sentence_cased_masthead(["du"], ["est", "habló"], ["le", "il"]))
    >>> [bool(masthead.fullmatch(name)) for name in ("Midi libre", "Le Journal du dimanche")]
    [True, True]
    >>> [bool(masthead.fullmatch(name)) for name in ("Le ministre", "Il parle", "Jean a parlé", "Jean s'entretient")]
    [False, False, False, False]
    >>> bool(masthead.fullmatch("Sánchez habló"))
    False
    """
    lower = r"[^\W\d_A-Z\u00c0-\u00de]"
    inner = "|".join(map(re.escape, sorted(inner_words, key=len, reverse=True)))
    plain = "|".join(map(re.escape, sorted(plain_words, key=len, reverse=True)))
    opener = "|".join(map(re.escape, sorted(sentence_openers, key=len, reverse=True)))
    lower_word = rf"(?!(?:{plain})(?![\w'\u2019-])){lower}[\w-]{{3,}}(?!['\u2019])"
    later_word = rf"\s+(?:{MASTHEAD_PARTICLE}\s+)?{PAPER_WORD}|\s+(?:(?:{inner})\s+)?{lower_word}"
    return rf"(?!(?i:{opener})\s+{lower}){PAPER_WORD}(?:{later_word}){{0,3}}"


def _agency_named(agency_word: str) -> str:
    """A news agency no list names, as a credit line names it in its language: a capitalised
    ``agency_word`` ("Agencia", "Agência", "Agència", "Agence", "Agentur") and its capitalised
    name, perhaps with particles ("Agencia Continental de Prensa")."""
    return (
        rf"(?=[A-Z\u00c0-\u00d6\u00d8-\u00de]){agency_word}"
        rf"{PAPER_WORD}(?:\s+(?:{MASTHEAD_PARTICLE}\s+)?{PAPER_WORD}){{0,3}}"
    )


def _unbracketed(line: str) -> str:
    """A line out of the brackets or after the dash a credit may stand in: Reuters puts its
    credits in brackets ("(Reporting by Ann Lee; Editing by Tom Ray)"), The Canadian Press after a
    dash ("\u2014 With files from The Canadian Press")."""
    return line.lstrip("([\u2014\u2013- ").rstrip(")]")


# The longest a note's label and its date, or its opening words, run to: "Clarification,
# September 12, 2025:", "A previous version of this article".
NOTE_OPENING_CHARACTERS = 80


# A time zone a note's time may give, in letters as compare.dates reads them ("BST", "ET") or
# as hours from UTC ("GMT+1"); the label is read case-folded.
NOTE_ZONE = r"(?:(?:gmt|utc)\s?[+-]\d{{1,2}}(?::?\d{{2}})?|(?:{}))(?![^\W\d_])".format(
    "|".join(sorted({zone.casefold() for zone in (*ZONE_HOURS, *ZONE_REGIONS) if len(zone) > 1}))
)
# A time of day a note's label may give, perhaps with its zone, in brackets or not: "12:00
# p.m.", "9.15am", "09:15 BST", "9:15 a.m. (ET)".
NOTE_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m(?![^\W\d_])\.?|\d{1,2}[:.]\d{2})"
    rf"(?:\s*(?:{NOTE_ZONE}|\(\s*{NOTE_ZONE}\s*\)))?"
)
# A day a note's label may give, perhaps with its weekday: "June 12", "12 June 2025", "Saturday
# 14th of June", "2025-06-14", "14/06/2025", "Saturday".
NOTE_DAY = (
    rf"(?:(?:{WEEKDAY}\.?,?\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)"
    r"(?:,?\s*\d{4})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{WEEKDAY}(?![^\W\d_]))"
)
# The day or time a note's label may give (see Lexicon.article_note_kind), or both, either first,
# as newsrooms stamp them: "June 12, 2025", "09:15 BST", "14 June, 11:40 BST", "11:40 a.m. ET,
# June 14", "Saturday 14 June 2025 at 11:40".
NOTE_MOMENT = (
    rf"(?:{NOTE_DAY}(?:(?:,\s*|\s+)(?:at\s+)?{NOTE_CLOCK})?"
    rf"|{NOTE_CLOCK}(?:(?:,\s*|\s+)(?:on\s+)?{NOTE_DAY})?)"
)


# A slug a wire's headline opens with (see Lexicon.headline_slug): in brackets, "(2nd LD) ", or
# before a hyphen with the next word right after it, "UPDATE 3-"; and each of its words.
HEADLINE_SLUG = re.compile(
    r"\s*(?:\((?P<bracketed>[^()]{1,40})\)\s*|(?P<hyphened>[^-()\s][^-()]{0,39}?)-(?=\S))"
)
SLUG_WORD = re.compile(r"[A-Z0-9][A-Z0-9-]*|\d+(?:st|nd|rd|th)")


def _reporting_credit_starts(languages: Mapping[str, Mapping[str, list[str]]]) -> list[str]:
    """The starts of a line saying whose reporting a text uses (``[boilerplate]
    reporting_credits``): of each language, each of its texts, verbs and what they use in turn.

    >>> _reporting_credit_starts({"en": {"texts": ["this article"], "verbs": ["uses", "used"],
    ...     "used": ["reporting"]}})
    ['this article uses reporting', 'this article used reporting']
    """
    return [
        " ".join(start)
        for words in languages.values()
        for start in product(words["texts"], words["verbs"], words["used"])
    ]


def _folded_line(line: str) -> str:
    """A line as the boilerplate lists write it: case-folded, spaces collapsed, no closing stop."""
    return " ".join(line.casefold().split()).rstrip(" .!")


def _dated(found: re.Match[str]) -> bool:
    """Whether a dateline found by ``WIRE_DATELINE`` gives its day after the place, as agencies
    date their copy ("VELMAR, March 18 (CNA) -") and a station its call sign's never ("NASHVILLE,
    Tenn. (WKRN) -")."""
    filed = found["filed"]
    return filed is not None and DATELINE_DAY.search(filed) is not None


def _tass_form(found: re.Match[str], text: str) -> bool:
    """Whether a dateline found by ``WIRE_DATELINE`` is in TASS's form, which names an agency
    whoever it is: a place in capitals, its date and a full stop, then a name of a few
    capitalised words between slashes and a full stop ("TARROW, March 14. /Kestrel Wire/.", an
    agency in Cyrillic as "/TASS-Express/."); a release's distributor is followed by a dash
    ("/PRNewswire/ --")."""
    return (
        found["place"].isupper()
        and _dated(found)
        and text.startswith(".", found.end())
        and _is_source_name(found["slashed"])
    )


def _stops_after_place(found: re.Match[str], text: str, named_wire: bool) -> bool:
    """Whether a wire's name in brackets closed by a full stop is a dateline, as epd and KNA
    close theirs ("Hannover (epd). Die Tafeln ..."): after a place of a word or two, each
    capitalised, a sentence begins; a headline that credits a wire ("Kremlin accuses NATO
    (Reuters).") names more than a place."""
    place_words = found["place"].split()
    return (
        named_wire
        and len(place_words) <= MAX_FULL_STOP_PLACE_WORDS
        and all(word[:1].isupper() for word in place_words)
        and _begins_sentence_after(text, found.end())
    )


def signs_dateline(text: str) -> bool:
    """Whether ``text`` is who signs a dateline after its dash: a few capitalised words and a
    full stop ("Red Verifica.").

    >>> signs_dateline("Red Verifica."), signs_dateline("Se fue.")
    (True, False)
    """
    return SIGNATURE.fullmatch(text) is not None and all(word[0].isupper() for word in text.split())


def _bare_dateline(found: re.Match[str]) -> bool:
    """Whether a dateline without a dash is one: in a script without capitals, a place of a
    word or two, or a place and a date ("Karachi (APP)", "Cape Town. 1 December (APP)"); a place
    in capitals and a date, as Europa Press dates its copy ("MADRID, 14 (EUROPA PRESS)"), perhaps
    after its state, as American papers printed wire copy ("SCRANTON, Pa., March 3 (By United
    Press)"); not a sentence that names the wire ("The minister told the news agency (APP) that
    ...")."""
    place = found["place"]
    filed = found["filed"]
    if place.isupper():
        day = filed.strip(" ,").rpartition(",")[2] if filed else ""
        return bool(DATELINE_DAY.fullmatch(day.strip()))
    return place == place.lower() and (filed is not None or len(place.split()) <= 2)


def _in_words(name: str) -> bool:
    """Whether a currency's name is written in words ("canadian dollars"), not as a sign ("C$")."""
    return name.replace(" ", "").isalpha()


def _han_number(numerals: Mapping[str, int], measures: list[str]) -> re.Pattern[str]:
    """A number in Chinese characters (or digits with a group after them: "1.2万") before a
    measure word; not an ordinal ("第三"), a vague count ("数百": hundreds, "几千", "上万"), nor
    the end of a longer run of numerals."""
    characters = "".join(numerals)
    multipliers = "".join(c for c, value in numerals.items() if value >= 10)
    measure = "|".join(sorted(map(re.escape, measures), key=len, reverse=True))
    return re.compile(
        rf"(?<![\u7b2c\u6570\u51e0\u4e0a{characters}\d.])(?P<numeral>\d+(?:\.\d+)?[{multipliers}]+|[{characters}]+)"
        rf"(?=[\u591a\u4f59]?(?:{measure}))"
    )


def _plain_senses(senses: list[dict[str, list[str]]]) -> list[str]:
    """The phrases in which loaded terms are meant plainly, as ``[[plain_senses]]`` gives them:
    each term after each of its words ``before`` and before each of its words ``after``.

    >>> _plain_senses([{"terms": ["slams", "slammed"], "before": ["storm"], "after": ["into"]}])
    ['storm slams', 'slams into', 'storm slammed', 'slammed into']
    """
    return [
        phrase
        for sense in senses
        for term in sense["terms"]
        for phrase in chain(
            (f"{before} {term}" for before in sense.get("before", [])),
            (f"{term} {after}" for after in sense.get("after", [])),
        )
    ]


def _unit_sizes(
    sizes: Mapping[str, Mapping[str, float | list[float]]],
    scales: Mapping[str, Mapping[str, float]],
) -> dict[str, UnitSize]:
    """Each unit's size by its name, what it measures with it; a scale of temperature's degree
    and zero from where water freezes and boils on it.

    >>> sizes = _unit_sizes(
    ...     {"mass": {"ton": [1000, 907.18474]}}, {"fahrenheit": {"freezes": 32, "boils": 212}}
    ... )
    >>> fahrenheit = sizes["fahrenheit"]
    >>> sizes["ton"].sizes, round(68 * fahrenheit.sizes[0] + fahrenheit.zero, 3)
    ((Decimal('1000'), Decimal('907.18474')), Decimal('20.000'))
    """
    listed = (
        (measures, unit, size if isinstance(size, list) else [size])
        for measures, units in sizes.items()
        for unit, size in units.items()
    )
    found = {
        unit: UnitSize(measures, tuple(Decimal(str(s)) for s in each))
        for measures, unit, each in listed
    }
    for unit, scale in scales.items():
        freezes, boils = Decimal(str(scale["freezes"])), Decimal(str(scale["boils"]))
        degree = Decimal(100) / (boils - freezes)
        found[unit] = UnitSize("temperature", (degree,), -freezes * degree)
    return found


# A number as a list gives it: a count's value, or a multiplier's.
Count = TypeVar("Count", int, float)


def _case_folded(words: Mapping[str, Count]) -> dict[str, Count]:
    """Words as segment's tokens are written, case-folded: German "ß" is "ss" there, so a key
    left as written would never match; Arabic in one spelling, with the proclitics a count
    takes (``COUNT_PROCLITICS``: "وستة").

    >>> _case_folded({"dreißig": 30, "zwanzig": 20})
    {'dreissig': 30, 'zwanzig': 20}
    >>> _case_folded({"ستة": 6})[in_one_spelling("وستة")]
    6
    """
    return {
        in_one_spelling(form): number
        for word, number in words.items()
        for form in with_proclitics(word.casefold(), COUNT_PROCLITICS)
    }


def _with_noun_proclitics(words: Iterable[str]) -> list[str]:
    """``words`` as a sentence's words read them, an Arabic one in one spelling and with each
    proclitic Arabic writes onto a noun ("ومقتل", "القتلى"), in their order.

    >>> _with_noun_proclitics(["killed", "مقتل"])[:3] == ["killed", "مقتل", "ومقتل"]
    True
    """
    return [in_one_spelling(form) for word in words for form in with_proclitics(word)]


def _framing_languages(data: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """The languages of :data:`FRAMING_LANGUAGES` each kind of :data:`FRAMING_KIND_LISTS` has
    words listed in: those ``framing_languages`` names, and those a word of its lists tells by
    its letters (see :func:`_written_in`), a term the user adds among them ("vándalos").

    >>> sorted(_framing_languages({"loaded_terms": ["regime", "хунта", "régimen", "vándalos"],
    ...     "alphabets": {"spanish": "áéíñóúü"}, "framing_languages": {}})["loaded terms"])
    ['es', 'ru']
    """
    alphabets = data["alphabets"]
    letters = {
        code: frozenset(alphabets[name.casefold()])
        for code, name in FRAMING_LANGUAGES.items()
        if name.casefold() in alphabets and code not in TOLD_BY_NAME_ONLY
    }
    return {
        kind: frozenset(data["framing_languages"].get(kind, ())).union(
            *(
                _written_in(word, letters)
                for name in lists
                for entry in data.get(name, ())
                for word in _listed_words(entry)
            )
        )
        for kind, lists in FRAMING_KIND_LISTS.items()
    }


def _listed_words(entry: str | list[Any]) -> Iterator[str]:
    """The words of a list's entry: a word, a pair of words or a ladder of levels of words.

    >>> list(_listed_words([["charged"], ["questioned", "interviewed"]]))
    ['charged', 'questioned', 'interviewed']
    """
    if isinstance(entry, str):
        yield entry
    else:
        for part in entry:
            yield from _listed_words(part)


def _written_in(word: str, alphabets: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The language a word's letters tell among :data:`FRAMING_LANGUAGES`: Russian for a
    Cyrillic word (:data:`LISTED_SCRIPTS`), its script's for a Chinese one, or the one Latin alphabet of ``alphabets`` that holds its letters beyond
    ASCII, one of them no other's ("vándalos" Spanish, "régimen" French's as much); none for a
    word of ASCII letters ("presuntamente").

    >>> spanish, french = frozenset("áéíñóúü"), frozenset("àâçéèêëîïôœùûüÿ")
    >>> [set(_written_in(w, {"es": spanish, "fr": french})) for w in ("vándalos", "régimen", "dijo", "据称")]
    [{'es'}, set(), set(), {'CJK'}]
    >>> set(_written_in("ميليشيات", {})), set(_written_in("شرپسند", {}))
    ({'ar'}, set())
    """
    beyond = {letter for letter in word.casefold() if letter.isalpha() and not letter.isascii()}
    scripts = {unicodedata.name(letter, "").partition(" ")[0] for letter in beyond}
    # A word of Arabic script without a letter of Urdu's or Persian's own is Arabic's.
    if scripts == {"ARABIC"} and is_arabic(word):
        return frozenset({"ar"})
    if scripts - {"LATIN"}:
        return frozenset({LISTED_SCRIPTS.get(s, s) for s in scripts} & FRAMING_LANGUAGES.keys())
    return frozenset(
        code
        for code, own in alphabets.items()
        if beyond <= own
        and any(
            all(letter not in other for c, other in alphabets.items() if c != code)
            for letter in beyond
        )
    )


def _both_cases(letters: str) -> frozenset[str]:
    """Letters beyond ASCII and their capitals beyond ASCII: "ß" capitalised is "SS" and
    Turkish "\u0131" is "I", so the lists write "ẞ" and "İ" themselves.

    >>> sorted(_both_cases("äß\u0131"))
    ['Ä', 'ß', 'ä', '\u0131']
    """
    capitals = map(str.upper, letters)
    return frozenset(letters).union(
        capital for capital in capitals if len(capital) == 1 and not capital.isascii()
    )


def _both_ways(pairs: list[list[str]]) -> dict[str, frozenset[str]]:
    """Each word of the ``pairs`` with every word paired with it, read both ways: "cut" is the
    opposite of "raised" and of "raise".

    >>> _both_ways([["raise", "cut"], ["raised", "cut"]])["cut"] == {"raise", "raised"}
    True
    """
    opposites: dict[str, set[str]] = {}
    for pair in pairs:
        for word, opposite in (pair, pair[::-1]):
            opposites.setdefault(word, set()).add(opposite)
    return {word: frozenset(words) for word, words in opposites.items()}


def _opened_by(phrases: list[str], openers: list[str]) -> list[str]:
    """The phrases that open with one of ``openers``, a word or more: the hedges an attributing
    phrase opens, which cite no one ("according to reports"), so the two lists never disagree.

    >>> _opened_by(["reportedly", "according to reports"], ["according to", "citing"])
    ['according to reports']
    """
    return [phrase for phrase in phrases if phrase.startswith(tuple(f"{o} " for o in openers))]


@cache
def capitalised_run() -> re.Pattern[str]:
    """A run of capitalised words on one line, perhaps with an outlet's particles between
    ("Times of India"), but not "and": "The New York Times and Reuters" are two names."""
    terms = lexicon()
    particles = "|".join(map(re.escape, sorted(terms.outlet_particles - terms.name_joiners)))
    word = r"[A-Z][\w'\u2019-]*"
    # The first capital, then what stands before it: a pattern that starts by looking behind is
    # tried at every character.
    first = r"[A-Z](?<![\w-][A-Z])[\w'\u2019-]*"
    return re.compile(rf"{first}(?:[^\S\n]+(?:(?:{particles})[^\S\n]+)*{word})*")


class TermsError(ValueError):
    """A terms file that cannot be used; the message is one line for the user."""


# The terms a user added (use_terms), which lexicon() builds with.
_added = AddedTerms()
# The languages framing lists words of beside English, as segment.language names them, each by
# its name in English (its alphabet's in framing_terms.toml, in lower case).
FRAMING_LANGUAGES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "ru": "Russian",
    "CJK": "Chinese",
    "ur": "Urdu",
    "hi": "Hindi",
    "ar": "Arabic",
}
# Languages of FRAMING_LANGUAGES whose words the lists hold of the kinds framing_languages
# names alone, never told by their letters: Portuguese writes Spanish's and French's letters
# beyond ASCII ("á", "ó", "ê", "ç"), and "vándalos" and "régimen" would tell no language.
TOLD_BY_NAME_ONLY = frozenset({"pt"})
# The language of FRAMING_LANGUAGES a listed word of a script other than Latin is in: the
# lists' Cyrillic words are Russian, not Ukrainian or Belarusian (segment.cyrillic_language).
LISTED_SCRIPTS = {"CYRILLIC": "ru"}
# The framing kinds named from word lists, as a report names them, each with the lists of
# framing_terms.toml that hold its words: a report tells which of them it read in an article's
# language (framing.kinds_checked_in).
FRAMING_KIND_LISTS = {
    "attribution verbs": ("attribution_verbs", "neutral_attribution_verbs"),
    "hedges": ("hedges",),
    "loaded terms": ("loaded_terms",),
    "direction": (
        "opposite_directions",
        "past_rises",
        "past_falls",
        "rises_before_a_number",
        "falls_before_a_number",
    ),
    "outcome": ("opposite_outcomes",),
    "size": ("small_sizes", "large_sizes"),
    "allegations": ("allegation_ladders", "guilt_words", "pending_allegation_words"),
}


def read_terms(path: str | PathLike[str]) -> AddedTerms:
    """The terms a user's TOML file adds to the package's lists: ``loaded_terms``, ``hedges``,
    ``loaded_terms_except`` (phrases in which a loaded term is meant plainly, never named: "режим
    чрезвычайной ситуации" beside "режим") and ``not_agencies`` (outlets a word of whose name makes no news agency), each a list of
    words or phrases (``loaded_terms = ["globalists", "deep state"]``); ``attribution_verbs``,
    verbs that lend the speaker more or less credence than "said", each one word as a sentence
    writes it (a swap of "said" for one, or of one for another, is named); ``negations``, words
    that deny, one word each, and ``attributing_phrases``, phrases that cite a source ("के
    अनुसार", according to), where the package lists none of a language's; and
    ``wire_services``, a table of news agencies, each its name and the names, short names and
    initials articles credit it by (``"Kestrel" = ["Kestrel", "Kestrel News Agency", "KNA"]``),
    as the package's own are; any may be left out.

    Raises:
        TermsError: the file cannot be read, is no TOML, names another list, gives a list of
            anything but words, an attribution verb or negation of more than one word, or adds
            no term.
    """
    lists = ", ".join(TERM_LISTS)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise TermsError(f"cannot read the terms file {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise TermsError(f"the terms file {path} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise TermsError(f"the terms file {path} is not valid TOML: {error}") from None
    if unknown := sorted(data.keys() - set(TERM_LISTS)):
        # Words under a name like no list's are an agency's, written above its table or
        # without one: the user was shown the table's line alone, or missed it.
        agency = _are_words(data[unknown[0]]) and not get_close_matches(unknown[0], TERM_LISTS)
        raise TermsError(
            f"the terms file {path} gives {unknown[0]!r}, no list it can add to: give {lists}"
            + (
                "; an agency goes on a line of its own below a line [wire_services]"
                if agency
                else ""
            )
        )
    wires = data.pop("wire_services", {})
    if not (
        isinstance(wires, dict)
        and all(wire.split() and _are_words(names) for wire, names in wires.items())
    ):
        raise TermsError(
            f"the terms file {path}: wire_services must be a table of each news agency's name "
            'and the names articles credit it by, as [wire_services] "Kestrel" = ["Kestrel", '
            '"Kestrel News Agency", "KNA"]'
        )
    for name, terms in data.items():
        if not _are_words(terms):
            raise TermsError(
                f"the terms file {path}: {name} must be a list of words or phrases in quotes, "
                f'as {name} = ["..."]'
            )
    # A sentence's words are looked up one by one among attribution verbs and negations: a phrase
    # would never be found, and the user would read its silence as no change.
    if phrases := [verb for verb in data.get("attribution_verbs", ()) if _word_count(verb) > 1]:
        raise TermsError(
            f"the terms file {path}: attribution_verbs must be single words, as a sentence "
            f"writes the verb ({phrases[0]!r} is not): of a verb written with a helper, give "
            'the word that tells it, as "دعویٰ" of "دعویٰ کیا"'
        )
    if phrases := [word for word in data.get("negations", ()) if _word_count(word) > 1]:
        raise TermsError(
            f"the terms file {path}: negations must be single words ({phrases[0]!r} is not), "
            'as negations = ["नहीं"]'
        )
    if not (any(data.values()) or any(wires.values())):
        raise TermsError(f"the terms file {path} adds no term: give {lists}")
    return AddedTerms(
        **{name: tuple(terms) for name, terms in data.items()},
        file=str(path),
        wire_services=tuple((wire, tuple(names)) for wire, names in wires.items()),
    )


def _word_count(term: str) -> int:
    """How many words a term is, as a sentence's are cut: Chinese ones by its cut ("放话" is
    "放", "话"), which puts no spaces between them.

    >>> _word_count("claimed"), _word_count("دعویٰ کیا"), _word_count("聲稱"), _word_count("放话")
    (1, 2, 1, 2)
    """
    if is_chinese(term):
        return sum(word.isalnum() for word in words_of(term))
    return len(term.split())


def _are_words(terms: object) -> bool:
    """Whether a terms file's value is a list of words or phrases."""
    return isinstance(terms, list) and all(isinstance(t, str) and t.split() for t in terms)


def use_terms(added: AddedTerms | None = None) -> None:
    """Name framing, from now on in this process, with the package's word lists and ``added``
    (``None``: the package's alone). Every cache of compare's functions is emptied, the
    lexicon's among them: each keeps what it read with the lists before, a sentence's hedges
    or a pattern built from a list.

    >>> use_terms(AddedTerms(loaded_terms=("globalists",)))
    >>> "globalists" in lexicon().loaded_terms.find(("the", "globalists", "won"))
    True
    >>> use_terms()
    >>> lexicon().loaded_terms.find(("the", "globalists", "won"))
    set()
    """
    global _added
    _added = added or AddedTerms()
    for name, module in list(sys.modules.items()):
        if name == "compare" or name.startswith("compare."):
            for value in list(vars(module).values()):
                if getattr(value, "__module__", None) == name and hasattr(value, "cache_clear"):
                    value.cache_clear()


def added_terms() -> AddedTerms:
    """The terms a user added (:func:`use_terms`), which a run records beside its findings."""
    return _added


# How many words may stand between a credit's phrase and its preposition ("reported last week
# by"), and between the preposition and the outlet's name ("by the nonprofit site").
CREDIT_REACH = 4


def _credit_phrase(phrases: list[str], prepositions: list[str]) -> str:
    """A pattern, to go before an outlet's name, of a credit's phrase, a few words, one of
    ``prepositions`` and a description in lower case, read in any case but the description's.

    >>> credited = re.compile(_credit_phrase(["reported"], ["by"]) + "Ledger Line", re.IGNORECASE)
    >>> bool(credited.search("first reported last week by the nonprofit site Ledger Line"))
    True
    >>> bool(credited.search("reported by Monday's Ledger Line"))
    False
    """
    # A word may hold an apostrophe, typed or typographic ("week's").
    between = rf"(?:\s+[\w'\u2019-]+){{0,{CREDIT_REACH}}}?"
    described = rf"(?:(?-i:[a-z][\w'\u2019-]*)\s+){{0,{CREDIT_REACH}}}?"
    return (
        rf"{phrase_pattern(phrases).pattern}{between}\s+"
        rf"(?:{'|'.join(map(re.escape, prepositions))})\s+{described}"
    )


def package_terms_toml() -> str:
    """The package's own loaded terms and hedges (``loaded_terms``, and ``hedges`` with
    ``claim_hedges``, of ``framing_terms.toml``), each list sorted, as TOML that ``--terms``
    reads: what framing names loaded or hedging before a user adds anything. Not the loaded
    terms named only where they are written so (``plain_counterparts``, "activists" in place of
    "rioters"; ``plot_terms``, "a scheme to defraud"), which a user's file names wherever written.

    >>> text = package_terms_toml()
    >>> '"illegal aliens"' in text and tomllib.loads(text).keys() == {"loaded_terms", "hedges"}
    True
    """
    text = resources.files("compare").joinpath("framing_terms.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    lists = {
        "loaded_terms": set(data["loaded_terms"])
        - set(data["plain_counterparts"] + data["loaded_in_place_of_plain"] + data["plot_terms"]),
        "hedges": set(data["hedges"] + data["claim_hedges"]),
    }
    return "".join(
        f"{name} = [\n"
        + "".join(f"  {json.dumps(term, ensure_ascii=False)},\n" for term in sorted(terms))
        + "]\n"
        for name, terms in lists.items()
    )


@cache
def lexicon() -> Lexicon:
    """The lexicon shipped with the package, with the terms a user added (:func:`use_terms`)."""
    text = resources.files("compare").joinpath("framing_terms.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    # The package's own loaded terms are of the languages their words tell; a user's of theirs.
    own_loaded_term_languages = _framing_languages(data)["loaded terms"]
    data["loaded_terms"] += _added.loaded_terms
    data["hedges"] += [*data["claim_hedges"], *_added.hedges]
    # A sentence's Chinese words are read in Simplified (see compare.chinese), and Arabic
    # script's in one spelling (compare.arabic): so are a user's, with the proclitics Arabic
    # writes onto a verb or a particle ("وزعم", "ولم").
    data["attribution_verbs"] += [in_simplified(v.casefold()) for v in _added.attribution_verbs]
    data["negations"] += [in_simplified(word.casefold()) for word in _added.negations]
    for name in ("attribution_verbs", "neutral_attribution_verbs", "negations"):
        data[name] = [
            in_one_spelling(form)
            for word in data[name]
            for form in with_proclitics(word, VERB_PROCLITICS)
        ]
    data["attributing_phrases"] += _added.attributing_phrases
    data["not_agencies"] += _added.not_agencies
    wires: dict[str, list[str]] = data["wire_services"]
    for wire, names in _added.wire_services:
        wires[wire] = [*wires.get(wire, ()), *names]
    currencies: dict[str, list[str]] = data["currencies"]
    # Each alias also in one spelling of Arabic script's letters, as wire_names finds it
    # ("ايرنا" for "ایرنا").
    aliases = {
        key: name
        for name, names in wires.items()
        for alias in names
        for key in (alias.casefold(), in_one_spelling(alias.casefold()))
    }
    # Wire names are matched case-sensitively: "AP" is a credit, "ap" is not.
    wire_names = phrase_pattern([a for names in wires.values() for a in names], flags=0)
    unnamed_wires = phrase_pattern(data["boilerplate"]["unnamed_wires"])
    agency_words = phrase_pattern(data["agency_words"])
    wire_initials = phrase_pattern(list(data["dateline_wire_initials"]), flags=0)
    japanese_agencies = "|".join(map(re.escape, data["japanese_dateline_agencies"]))
    # A newsletter's postal address is a line of its footer, whatever follows its lead.
    newsletter_footer_patterns = data["boilerplate"]["newsletter_footer_patterns"] + [
        f"{re.escape(lead)}.*" for lead in data["boilerplate"]["newsletter_address_leads"]
    ]
    street_address = data["boilerplate"]["newsletter_street_address"]
    # A paywall's notice and a newsletter's footer lines promote the outlet as the other
    # promotional lines do.
    paywall_starts = data["boilerplate"]["paywall_starts"]
    paywall_line_patterns = data["boilerplate"]["paywall_line_patterns"]
    promo_starts = data["boilerplate"]["promo_starts"] + paywall_starts
    promo_line_patterns = (
        data["boilerplate"]["promo_line_patterns"]
        + paywall_line_patterns
        + newsletter_footer_patterns
    )
    cookie_notices = data["page_furniture"]["cookie_notices"]
    cookie_controls = data["page_furniture"]["cookie_controls"]
    wire_name_ends = "|".join(map(re.escape, data["wire_name_ends"]))
    wire_name_owners = "|".join(map(re.escape, data["wire_name_owners"]))
    wire_signatures = {
        name.casefold(): wire for name, wire in data["dateline_wire_initials"].items()
    }
    service_words = "|".join(
        map(
            re.escape,
            sorted({*data["wire_language_services"], *wire_signatures}, key=len, reverse=True),
        )
    )
    before_names = (
        data["sentences"]["title_abbreviations"]
        + data["sentences"]["before_names"]
        + data["sentences"]["before_street_names"]
    )
    times_in_one_word = data["numbers"]["times_in_one_word"]
    counting = data["numbers"]["counting_nouns"]
    spoken = data["numbers"]["spoken"]
    counting_nouns = {
        noun: frozenset(map(Decimal, numbers))
        for noun, numbers in (counting["of"] | counting["alone"] | counting["about"]).items()
    }
    ordinals = _case_folded(
        data["numbers"]["ordinals"]
        | {
            word: int(number)
            for number, declined in data["numbers"]["declined_ordinals"].items()
            for word in declined
        }
    )
    # Longest first, as the pattern tries them: "writes through" before any shorter tag.
    write_through_tags = {
        tag: kind
        for kind, tags in data["boilerplate"]["write_through_tags"].items()
        for tag in sorted(tags, key=len, reverse=True)
    }
    return Lexicon(
        attribution_verbs=frozenset(data["attribution_verbs"] + data["neutral_attribution_verbs"]),
        neutral_attribution_verbs=frozenset(
            data["neutral_attribution_verbs"]
            + data["noun_like_neutral_attribution_verbs"]
            + [
                parts
                for parts, whole in data["separable_verbs"].items()
                if whole in data["neutral_attribution_verbs"]
            ]
        ),
        noun_like_attribution_verbs=frozenset(
            data["noun_like_attribution_verbs"] + data["noun_like_neutral_attribution_verbs"]
        ),
        light_verb_nouns=frozenset(data["light_verb_nouns"]),
        light_verbs=frozenset(data["light_verbs"]),
        light_verb_particles=frozenset(data["light_verb_particles"]),
        plurals_without_s=frozenset(data["plurals_without_s"]),
        prepositions=frozenset(data["prepositions"]),
        alphabets=tuple(map(_both_cases, data["alphabets"].values())),
        framing_languages=_framing_languages(data),
        verb_forms=data["verb_forms"] | data["separable_verbs"],
        separable_verbs=frozenset(data["separable_verbs"]),
        verbs_before_a_clause=frozenset(data["verbs_before_a_clause"]),
        relative_subjects=frozenset(data["relative_subjects"]),
        reported_clause_openers=frozenset(data["reported_clause_openers"]),
        clause_participles=frozenset(data["clause_participles"]),
        clause_asides=frozenset(data["clause_asides"]),
        spellings=data["spellings"],
        dialogue_tag_verbs=frozenset(data["dialogue_tag_verbs"]),
        object_verbs=frozenset(data["object_verbs"]),
        phrase_objects={verb: tuple(objects) for verb, objects in data["phrase_objects"].items()},
        phrase_subjects={
            verb: tuple(subjects) for verb, subjects in data["phrase_subjects"].items()
        },
        object_starts=frozenset(data["object_starts"]),
        determiners=frozenset(data["determiners"]),
        object_ends=frozenset(data["subordinators"] + data["object_ends"]),
        cut_clause_openers=frozenset(
            data["subordinators"] + data["object_ends"] + data["cut_clause_openers"]
        ),
        concessive_openers=frozenset(data["concessive_openers"]),
        reported_rebuttals=frozenset(data["reported_rebuttals"]),
        passive_marks=frozenset(data["passive_marks"]),
        passive_marks_after=frozenset(data["passive_marks_after"]),
        perfect_participles=frozenset(data["perfect_participles"]),
        perfect_auxiliaries=frozenset(data["perfect_auxiliaries"]),
        participles_after_auxiliaries=frozenset(data["participles_after_auxiliaries"]),
        possibility_modals=frozenset(data["possibility_modals"]),
        certainty_modals=frozenset(data["certainty_modals"]),
        other_modals=frozenset(data["other_modals"]),
        quantifiers=frozenset(data["quantifiers"]),
        after_modals=frozenset(data["after_modals"] + data["adverbs_before_verbs"]),
        adverbs_before_verbs=frozenset(data["adverbs_before_verbs"]),
        not_after_modals=frozenset(data["not_after_modals"]),
        doubting_adverbs=frozenset(data["doubting_adverbs"]),
        be_as_fact=frozenset(data["be_as_fact"]),
        comparative_degrees=frozenset(data["comparative_degrees"]),
        forecasts=frozenset(data["forecasts"]),
        condition_leads=tuple(tuple(lead.split()) for lead in data["condition_leads"]),
        forecasting_verbs=frozenset(data["forecasting_verbs"]),
        not_forecasting_after=frozenset(data["not_forecasting_after"]),
        not_forecasting_alone=frozenset(data["not_forecasting_alone"]),
        forecast_objects=frozenset(data["forecast_objects"]),
        before_modal_nouns=frozenset(data["before_modal_nouns"]),
        purpose_openers=tuple(
            sorted(
                (tuple(opener.split()) for opener in data["purpose_openers"]), key=len, reverse=True
            )
        ),
        degree_after_so=frozenset(data["degree_after_so"]),
        degrees_before_subjects=frozenset(data["degrees_before_subjects"]),
        paired_degrees=frozenset(data["paired_degrees"]),
        subjects_after_degrees=frozenset(data["subjects_after_degrees"]),
        certainty_steps=(
            (
                Phrases.of(data["tentative_findings"]),
                Phrases.of(
                    data["established_findings"],
                    plain=[
                        f"{noun} {verb}"
                        for noun in data["showing_nouns"]
                        for verb in data["established_findings"]
                        if verb.startswith("show")
                    ],
                ),
            ),
            (Phrases.of(data["associations"]), Phrases.of(data["causes"])),
        ),
        associations=Phrases.of(data["associations"]),
        hedges=Phrases.of(
            data["hedges"],
            plain=(
                no_hedges := data["compared_likelihoods"]
                + data["modals_of_ability"]
                + data["german_plain_wohl"]
            ),
        ),
        caveats=Phrases.of(data["hedges"] + data["caveats"], plain=no_hedges),
        hearsay_conditionals=frozenset(
            data["hearsay_conditionals"] + [f"n'{mood}" for mood in data["hearsay_conditionals"]]
        ),
        hearsay_adverbs=frozenset(data["hearsay_adverbs"]),
        conditional_endings=tuple(data["conditional_endings"]),
        conditional_forms=frozenset(data["conditional_forms"]),
        wishing_conditionals=frozenset(data["wishing_conditionals"]),
        future_of_a_past_after=frozenset(data["future_of_a_past_after"]),
        main_clause_coordinators=frozenset(data["main_clause_coordinators"]),
        temporal_conjunctions=frozenset(data["temporal_conjunctions"]),
        not_temporal_after=frozenset(data["not_temporal_after"]),
        if_clause_openers=frozenset(data["if_clause_openers"]),
        if_conjunctions=frozenset(data["if_conjunctions"]),
        not_if_after=frozenset(data["not_if_after"]),
        if_clause_subjects=frozenset(data["if_clause_subjects"]),
        modal_auxiliaries=frozenset(data["modal_auxiliaries"]),
        modal_participles=frozenset(data["modal_participles"]),
        past_participle_endings=tuple(data["past_participle_endings"]),
        past_participles=frozenset(data["past_participles"]),
        hearsay_modals=frozenset(data["hearsay_modals"]),
        hearsay_perfects={
            auxiliary: tuple(endings) for auxiliary, endings in data["hearsay_perfects"].items()
        },
        reported_speech_subjunctives=frozenset(data["reported_speech_subjunctives"]),
        impersonal_hearsay=frozenset(data["impersonal_hearsay"]),
        attributing_phrases=Phrases.of(
            data["attributing_phrases"] + data["data_cues"] + data["court_cues"],
            plain=_opened_by(data["hedges"], data["attributing_phrases"]),
        ),
        data_cues=frozenset(data["data_cues"] + data["court_cues"]),
        conforming_nouns=frozenset(data["conforming_nouns"]),
        conforming_articles=frozenset(data["conforming_articles"]),
        ordinal_cues=frozenset(data["ordinal_cues"]),
        ordinal_articles=frozenset(data["ordinal_articles"]),
        cue_relatives=frozenset(data["cue_relatives"]),
        source_qualifiers=frozenset(data["source_qualifiers"]),
        commitment_verbs=frozenset(data["commitment_verbs"]),
        vague_source_nouns=frozenset(data["vague_source_nouns"]),
        unnamed_source_nouns=frozenset(data["unnamed_source_nouns"]),
        anonymous_source_nouns=frozenset(data["anonymous_source_nouns"]),
        unnamed_report_credits=Phrases.of(data["unnamed_report_credits"]),
        unnamed_outlets=Phrases.of(data["unnamed_outlets"]),
        bystander_nouns=frozenset(data["bystander_nouns"]),
        counted_doers=frozenset(data["counted_doers"]),
        first_name_titles=frozenset(data["first_name_titles"]),
        personal_pronouns=frozenset(data["personal_pronouns"]),
        shifted_persons=frozenset(data["shifted_persons"]),
        reported_speech_openers=frozenset(data["reported_speech_openers"]),
        backshifted=data["backshifted"],
        charges=Phrases.of(data["charges"]),
        charge_hedges=frozenset(data["charge_hedges"]),
        charge_wordings=tuple(tuple(wording.split()) for wording in data["charge_wordings"]),
        arrest_verbs=frozenset(data["arrest_verbs"]),
        arrest_wordings=tuple(tuple(wording.split()) for wording in data["arrest_wordings"]),
        police_formula_words=frozenset(data["police_formula_words"]),
        charged_crimes=frozenset(data["charged_crimes"]),
        charge_grades=frozenset(data["charge_grades"]),
        duty_nouns=frozenset(data["duty_nouns"]),
        cleared_wrongs=frozenset(data["cleared_wrongs"]),
        first_person_words=frozenset(data["first_person_words"]),
        same_hedges=data["same_hedges"],
        negations=frozenset(data["negations"] + data["negations_without_apostrophe"]),
        language_negations={
            code: frozenset(own).union(word.casefold() for word in _added.negations)
            for code, own in data["language_negations"].items()
        },
        negation_lookalikes={
            code: frozenset(words) for code, words in data["negation_lookalikes"].items()
        },
        clause_negations=frozenset(data["clause_negations"] + data["negations_without_apostrophe"]),
        short_verbs=frozenset(data["short_verbs"]),
        emphatic_after_not=frozenset(data["emphatic_after_not"]),
        emphatic_not_ends=frozenset(data["emphatic_not_ends"]),
        negative_concord=frozenset(data["negative_concord"]),
        same_negations=data["same_negations"]
        | dict.fromkeys(data["negations_without_apostrophe"], "not"),
        denying_words=frozenset(data["denying_words"]),
        denying_phrases=Phrases.of(data["denying_phrases"]),
        negative_words=frozenset(data["negative_words"]),
        denied_opposites={
            word: frozenset(opposites) for word, opposites in data["denied_opposites"].items()
        },
        opposite_directions=_both_ways(
            data["opposite_directions"]
            + [
                [rise, fall]
                for rise in data["past_rises"] + data["rises_before_a_number"]
                for fall in data["past_falls"] + data["falls_before_a_number"]
            ]
        ),
        opposite_outcomes=_both_ways(data["opposite_outcomes"]),
        results_told={
            tuple(phrase.split()): told
            for told, phrases in (
                ("won", data["winning_results"]),
                ("lost", data["losing_results"]),
                ("drew", data["drawn_results"]),
            )
            for phrase in phrases
        },
        opposite_sizes=_both_ways(
            [[small, large] for small in data["small_sizes"] for large in data["large_sizes"]]
        ),
        allegation_levels={
            word: (ladder, level)
            for ladder, levels in enumerate(data["allegation_ladders"])
            for level, alike in enumerate(levels)
            for word in alike
        },
        allegation_phrase_levels=tuple(
            (tuple(phrase.split()), ladder, level)
            for ladder, levels in enumerate(data["allegation_phrase_ladders"])
            for level, alike in enumerate(levels)
            for phrase in alike
        ),
        suspicion_phrase=tuple(data["suspicion_phrase"].split()),
        guilt_words=frozenset(data["guilt_words"]),
        pending_allegation_words=frozenset(data["pending_allegation_words"]),
        guilt_nouns=frozenset(data["guilt_nouns"]),
        headline_counts_alike=tuple(
            tuple(_with_noun_proclitics(group)) for group in data["headline_counts"]["alike"]
        ),
        headline_counts_untelling=frozenset(
            _with_noun_proclitics(data["headline_counts"]["untelling"])
        ),
        headline_hedged_words=frozenset(data["headline_hedges"]["words"]),
        headline_presents=dict(data["headline_agents"]["presents"]),
        headline_results=frozenset(data["headline_agents"]["results"]),
        headline_harms=frozenset(data["headline_agents"]["harms"]),
        headline_harm_words=frozenset(data["headline_agents"]["harm_words"]),
        headline_deaths=frozenset(data["headline_agents"]["deaths"]),
        headline_outcomes=frozenset(data["headline_agents"]["outcomes"]),
        unnamed_person_nouns=frozenset(data["unnamed_person_nouns"]),
        denials_of_a_charge=Phrases.of(data["denials_of_a_charge"]),
        asserted_arrest_wordings=tuple(
            tuple(wording.split()) for wording in data["asserted_arrest_wordings"]
        ),
        sample_minimisers=frozenset(data["sample_minimisers"]),
        sample_nouns=frozenset(data["sample_nouns"]),
        injury_minimisers=frozenset(data["injury_minimisers"]),
        injury_words=frozenset(data["injury_words"]),
        refusing_subjects=frozenset(data["refusing_subjects"]),
        refusing_auxiliaries=frozenset(data["refusing_auxiliaries"]),
        refusing_negations=frozenset(data["refusing_negations"]),
        vouching_verbs=frozenset(data["vouching_verbs"]),
        directions_before_a_number=frozenset(data["directions_before_a_number"]),
        motion_verbs=frozenset(data["motion_verbs"]),
        over_of_cause_words=frozenset(data["over_of_cause_words"]),
        permission_words=frozenset(data["permission_words"]),
        verdict_grounds=frozenset(data["verdict_grounds"]),
        negating_prefixes=tuple(data["negating_prefixes"]),
        negatable=tuple(data["negatable"]),
        date_words=frozenset(data["date_words"] + data["weekdays"] + data["relative_days"]),
        other_weekdays=frozenset(data["other_weekdays"] + data["german_weekdays"]),
        german_weekdays=frozenset(data["german_weekdays"]),
        weekday_parts=frozenset(data["weekday_parts"]),
        months_named_too=frozenset(data["months_named_too"]),
        capitalised_months=frozenset(data["capitalised_months"]),
        weekdays=frozenset(data["weekdays"]),
        past_tense_verbs=frozenset(data["past_tense_verbs"]),
        future_words=frozenset(data["future_words"]),
        relative_days=frozenset(data["relative_days"]),
        day_prepositions=frozenset(data["day_prepositions"]),
        day_determiners=frozenset(data["day_determiners"]),
        hedging_adjectives=frozenset(data["hedging_adjectives"]),
        naming_verbs=frozenset(data["naming_verbs"]),
        adverbial_openers=frozenset(data["adverbial_openers"]),
        adverbial_times=frozenset(data["adverbial_times"]),
        relative_day_parts=data["relative_day_parts"],
        test_subjects={
            hedge: frozenset(subjects) for hedge, subjects in data["test_subjects"].items()
        },
        relative_periods=frozenset(data["relative_periods"]),
        number_words=_case_folded(data["numbers"]["words"] | times_in_one_word) | ordinals,
        times_in_one_word=frozenset(times_in_one_word),
        held_numbers=frozenset(data["numbers"]["pronouns"] + data["numbers"]["homographs"])
        | ordinals.keys()
        | data["numbers"]["fractions"].keys()
        | counting_nouns.keys(),
        held_but_in_their_language={
            code: frozenset(words)
            for code, words in data["numbers"]["held_but_in_their_language"].items()
        },
        counting_nouns=counting_nouns,
        counting_before_of=frozenset(data["numbers"]["counting_nouns"]["of"]),
        round_counts=frozenset(counting["about"]),
        homograph_numbers=frozenset(data["numbers"]["homographs"]),
        number_joins=frozenset(data["numbers"]["joins"] + data["numbers"]["joins_before_tens"]),
        joins_after_tens=frozenset(data["numbers"]["joins_after_tens"]),
        joins_before_tens=frozenset(data["numbers"]["joins_before_tens"]),
        teen_tens=frozenset(map(in_one_spelling, data["numbers"]["teen_tens"])),
        multipliers_not_in_english=frozenset(data["numbers"]["multipliers_not_in_english"]),
        multipliers_after_numbers=frozenset(data["numbers"]["multipliers_after_numbers"]),
        multipliers_before_digits=frozenset(data["numbers"]["multipliers_before_digits"]),
        conversion_units=frozenset(data["numbers"]["conversion_units"]),
        units={
            written: unit for unit, forms in data["numbers"]["units"].items() for written in forms
        },
        unit_sizes=_unit_sizes(
            data["numbers"]["unit_sizes"], data["numbers"]["temperature_scales"]
        ),
        periods={
            written: period
            for period, forms in data["numbers"]["periods"].items()
            for written in forms
        },
        change_periods={
            written: period
            for period, forms in data["numbers"]["change_periods"].items()
            for written in forms
        },
        currency_codes=frozenset(data["numbers"]["currency_codes"]),
        currency_letters=frozenset(data["numbers"]["currency_letters"]),
        money_words=frozenset(data["numbers"]["money_words"]),
        price_words_after=frozenset(data["numbers"]["price_words_after"]),
        per_articles=frozenset(data["numbers"]["per_articles"]),
        price_units=frozenset(data["numbers"]["price_units"]),
        phone_words=frozenset(data["numbers"]["phone_words"]),
        per_hundred=frozenset(data["numbers"]["per_hundred"]),
        share_words=frozenset(data["numbers"]["share_words"]),
        number_acronyms=frozenset(data["numbers"]["acronyms"]),
        number_prefixes=frozenset(data["numbers"]["prefixes"]),
        english_numbers=frozenset(data["numbers"]["english"]),
        names_before_numbers=tuple(data["numbers"]["names_before"]),
        numbering_words=frozenset(data["numbers"]["numbering_words"]),
        step_words=frozenset(data["numbers"]["step_words"]),
        glued_and=data["numbers"]["glued"]["and"],
        glued_inside=data["numbers"]["glued"]["inside"],
        french_hundreds=frozenset(data["numbers"]["french_hundreds"]["words"]),
        french_counts=frozenset(data["numbers"]["french_hundreds"]["counts"]),
        hundredths=frozenset(data["numbers"]["hundredths"]["words"]),
        glued_hundredths=data["numbers"]["hundredths"]["glued"],
        share_hundredths=frozenset(data["numbers"]["hundredths"]["shares"]),
        decimal_points=frozenset(spoken["decimal_points"]),
        spoken_fillers=frozenset(spoken["fillers"]),
        spoken_digits=spoken["digits"],
        currencies_with_hundredths=frozenset(spoken["currencies_with_hundredths"]),
        spoken_meridiem=spoken["meridiem"],
        on_the_hour=frozenset(spoken["on_the_hour"]),
        past_the_hour=frozenset(spoken["past_the_hour"]),
        to_the_hour=frozenset(spoken["to_the_hour"]),
        spoken_pair_joins=frozenset(spoken["pair_joins"]),
        parts_of_the_hour=spoken["parts_of_the_hour"],
        also_months=data["numbers"]["also_months"],
        named_dates={name: tuple(date) for name, date in data["numbers"]["named_dates"].items()},
        number_qualifiers={
            in_one_spelling(word): meaning
            for table in ("number_qualifiers", "number_qualifiers_after")
            for meaning, words in data[table].items()
            for word in words
        }
        | {
            f"{article} {noun}": "about"
            for noun in counting["about"]
            for article in data["numbers"]["fraction_joins"]["one"]
        },
        qualifiers_after=frozenset(
            in_one_spelling(word)
            for words in data["number_qualifiers_after"].values()
            for word in words
        ),
        time_units=frozenset(data["time"]["units"]),
        span_qualifiers=frozenset(data["time"]["span_qualifiers"]),
        before_clock=frozenset(data["time"]["before_clock"]),
        before_margin=frozenset(data["time"]["before_margin"]),
        time_zones=frozenset(data["time"]["zones"]),
        han_before_noon=frozenset(data["time"]["han_before_noon"]),
        han_after_noon=frozenset(data["time"]["han_after_noon"]),
        iberian_hour_articles=frozenset(data["time"]["iberian_hour_articles"]),
        iberian_before_noon=frozenset(data["time"]["iberian_before_noon"]),
        iberian_after_noon=frozenset(data["time"]["iberian_after_noon"]),
        iberian_halves=frozenset(data["time"]["iberian_halves"]),
        iberian_midnight=frozenset(data["time"]["iberian_midnight"]),
        iberian_hour_words=data["time"]["iberian_hour_words"],
        before_time_taken=tuple(f" {words} " for words in data["time"]["before_time_taken"]),
        before_score=re.compile(
            rf"\b(?:{'|'.join(data['time']['score_words'])})\b[^.;:]{{0,{SCORE_REACH}}}\Z",
            re.IGNORECASE,
        ),
        before_names=frozenset(before_names),
        before_street_names=frozenset(data["sentences"]["before_street_names"]),
        before_numbers=frozenset(data["sentences"]["before_numbers"]),
        street_name_endings=tuple(data["sentences"]["street_name_endings"]),
        abbreviations=frozenset(before_names + data["sentences"]["after_names"]),
        after_clock=frozenset(data["sentences"]["after_clock"] + data["time"]["zones"]),
        not_places=frozenset(data["sentences"]["not_places"]),
        end_before_capitals=frozenset(data["sentences"]["end_before_capitals"]),
        words_taken_for_abbreviations=frozenset(data["sentences"]["words_taken_for_abbreviations"]),
        ordinal_day_months=frozenset(data["sentences"]["ordinal_day_months"]),
        ordinals=frozenset(ordinals),
        orders=frozenset(map(in_one_spelling, data["numbers"]["orders"]["words"])),
        factor_verbs=data["numbers"]["factor_verbs"],
        factor_rises=data["numbers"]["factor_rises"],
        vague_counts=frozenset(data["numbers"]["orders"]["vague"]),
        orders_only_before=data["numbers"]["orders"]["only_before"],
        counts_in_place=frozenset(data["numbers"]["orders"]["in_place_of_counts"]),
        calibre_words=tuple(data["numbers"]["calibre_words"]),
        multipliers=_case_folded(data["numbers"]["multipliers"]),
        unit_multipliers=data["numbers"]["unit_multipliers"],
        fractions=data["numbers"]["fractions"],
        fraction_and=frozenset(data["numbers"]["fraction_joins"]["and"]),
        fraction_and_alone=frozenset(data["numbers"]["fraction_joins"]["and_alone"]),
        halves_after_and=frozenset(data["numbers"]["fraction_joins"]["halves_after_and"]),
        halves_before_multipliers=frozenset(
            data["numbers"]["fraction_joins"]["halves_before_multipliers"]
        ),
        fraction_one=frozenset(data["numbers"]["fraction_joins"]["one"]),
        fraction_of=frozenset(data["numbers"]["fraction_joins"]["of"]),
        shares_of=data["numbers"]["shares_of"],
        han_numerals=data["numbers"]["han"],
        han_number=_han_number(data["numbers"]["han"], data["numbers"]["han_measures"]["words"]),
        function_words=frozenset(data["function_words"]),
        function_words_by_language={
            code: frozenset(found) for code, found in data["function_words_by_language"].items()
        },
        elided_words=frozenset(data["elided_words"]),
        title_nouns=frozenset(data["title_nouns"]),
        currency_words=(
            words := {n: s for s, ns in currencies.items() for n in ns if _in_words(n)}
        ),
        currency_names=Phrases.of(list(words)),
        currency_compound_ends=frozenset(data["currency_compounds"]["ends"]),
        currency_signs=(
            signs := {n: s for s, ns in currencies.items() for n in ns if not _in_words(n)}
        ),
        # The longest sign first, and none after a letter: "C$" is no "$", "ABC$" none.
        currency_sign=re.compile(
            "(?<![A-Za-z])(?:"
            + "|".join(map(re.escape, sorted(signs, key=len, reverse=True)))
            + ")"
        ),
        currency_readings={
            sign: frozenset(readings) for sign, readings in data["currency_readings"].items()
        },
        signs_by_language=data["signs_by_language"],
        currencies_shown_by_language={
            code: (shown["shown"], frozenset(shown["words"]))
            for code, shown in data["currencies_shown_by_language"].items()
        },
        loaded_terms=Phrases.of(
            data["loaded_terms"] + data["plain_counterparts"] + data["loaded_in_place_of_plain"],
            in_compounds=True,
            kept_whole=tuple(data["not_loaded_compounds"]),
            plain=_plain_senses(data["plain_senses"]) + list(_added.loaded_terms_except),
            elisions=frozenset(data["elided_words"]),
        ),
        own_loaded_term_languages=own_loaded_term_languages,
        added_loaded_terms=frozenset(
            " ".join(term.casefold().split()) for term in _added.loaded_terms
        ),
        plot_terms=frozenset(data["plot_terms"]),
        fraud_words=frozenset(data["fraud_words"]),
        benign_purposes=frozenset(data["benign_purposes"]),
        # A term the user adds is loaded for them wherever it is written, though the package
        # holds it a plain word noted only in place of another ("activists").
        plain_counterparts=frozenset(data["plain_counterparts"]).difference(
            term.casefold() for term in _added.loaded_terms
        ),
        loaded_in_place_of_plain=frozenset(data["loaded_in_place_of_plain"]).difference(
            term.casefold() for term in _added.loaded_terms
        ),
        # Arabic's verbs and "according to" that cite with "و" or "ف" before them ("وذكرت").
        source_cues=phrase_pattern(
            [
                form
                for cue in data["source_cues"] + data["unnamed_source_cues"]
                for form in with_proclitics_on(cue, VERB_PROCLITICS)
            ],
            any_spelling=True,
        ),
        unnamed_source_cues=frozenset(data["unnamed_source_cues"]),
        capitalised_source_cues=frozenset(data["capitalised_source_cues"]),
        capitalised_source_joiners=frozenset(data["capitalised_source_joiners"]),
        spoken_to_cues=frozenset(data["spoken_to_cues"]),
        sentence_openers=frozenset(data["sentence_openers"]),
        unnamed_source_ends=frozenset(data["subordinators"] + data["unnamed_source_ends"]),
        organisation_suffixes=frozenset(data["organisation_suffixes"]),
        organisation_heads=frozenset(data["organisation_heads"]),
        surname_like_bodies=frozenset(data["surname_like_bodies"]),
        building_like_bodies=frozenset(data["building_like_bodies"]),
        source_nouns=frozenset(data["source_nouns"]),
        capitalised_title_words=frozenset(data["capitalised_title_words"]),
        spokesperson_nouns=frozenset(data["spokesperson_nouns"]),
        member_nouns=frozenset(data["member_nouns"]),
        past_role_words=frozenset(data["past_role_words"]),
        wire_staff_words=frozenset(data["wire_staff_words"]),
        staff_clause_ends=frozenset(data["subordinators"]),
        seeing_verbs=frozenset(data["seeing_verbs"]),
        actor_nouns=frozenset(data["actor_nouns"]),
        actor_kinds=frozenset(data["actor_kinds"]),
        countries={
            name.casefold(): country.casefold()
            for country, names in data["country_adjectives"].items()
            for name in names
        },
        symmetric_verbs=frozenset(data["symmetric_verbs"]),
        aimed_at_words=frozenset(data["aimed_at_words"]),
        clause_conjunctions=frozenset(data["subordinators"] + data["clause_conjunctions"]),
        auxiliaries=frozenset(data["auxiliaries"]),
        irregular_pasts=frozenset(data["irregular_pasts"]),
        irregular_participles=dict(data["irregular_participles"]),
        past_passive_marks=frozenset(data["past_passive_marks"]),
        issued_source_nouns=frozenset(data["issued_source_nouns"]),
        issuing_participles=frozenset(data["issuing_participles"]),
        issued_work_nouns=frozenset(data["issued_work_nouns"]),
        work_nouns=frozenset(data["work_nouns"]),
        office_source_nouns=frozenset(data["office_source_nouns"]),
        body_source_nouns=frozenset(data["body_source_nouns"]),
        definite_articles=frozenset(data["definite_articles"]),
        articles_after_of=frozenset(data["articles_after_of"]),
        wire_aliases=aliases,
        wire_name_end=re.compile(rf"\s+(?:{wire_name_ends})$"),
        wire_name_owner=re.compile(rf"^(?:{wire_name_owners})\s+"),
        wire_service_name=re.compile(
            rf"(?:(?:{service_words})[\s-]+)*(?P<core>.+?)(?:[\s-]+(?:{service_words}))*"
        ),
        wire_signatures=wire_signatures,
        japanese_dateline=re.compile(JAPANESE_DATELINE.format(agencies=japanese_agencies)),
        japanese_dateline_agencies=data["japanese_dateline_agencies"],
        japanese_credit=re.compile(JAPANESE_CREDIT.format(agencies=japanese_agencies)),
        dateline_wire_initials=data["dateline_wire_initials"],
        wire_initials=wire_initials,
        release_distributors={
            name.casefold(): distributor
            for distributor, names in data["release_distributors"].items()
            for name in names
        },
        wire_names=wire_names,
        agency_words=agency_words,
        agency_name_words=frozenset(
            word for words in data["agency_words"] for word in words.split()
        ),
        not_agencies=phrase_pattern(data["not_agencies"]),
        public_remit_words=frozenset(data["public_remit_words"]),
        news_name_words=re.compile(rf"\b(?:{'|'.join(data['news_name_words'])})\b", re.IGNORECASE),
        information_after_agency=re.compile(
            rf"\s+(?:[^\W\d_]+\s+)?(?:(?:de|di|da|do)\s+|d['\u2019])?"
            rf"(?:{'|'.join(data['information_words'])})\b",
            re.IGNORECASE,
        ),
        agency_brand=re.compile(
            rf"(?P<brand>[A-Z][a-z]{{2,}})"
            rf"(?P<word>{'|'.join(map(re.escape, data['glued_agency_words']))})"
        ),
        agency_compound=re.compile(
            rf"(?P<brand>[^\W\d_]{{3,}}?)"
            rf"(?P<word>{'|'.join(map(re.escape, data['compound_agency_words']))})"
        ),
        newspaper_words=frozenset(data["newspaper_words"]),
        dateline_broadcasters=frozenset(data["dateline_broadcasters"]),
        section_words=frozenset(data["section_words"]),
        generic_folders=frozenset(data["generic_folders"]),
        site_domain_endings=frozenset(data["site_domain_endings"]),
        site_country_endings=frozenset(data["site_country_endings"]),
        file_kind_endings=frozenset(data["file_kind_endings"]),
        compass_points=frozenset(data["compass_points"]),
        name_particles=frozenset(data["names"]["particles"]),
        noun_capitalising_words=frozenset(data["names"]["noun_capitalising_words"]),
        demonym_endings=frozenset(data["names"]["demonym_endings"]),
        name_joiners=frozenset(data["names"]["joiners"]),
        name_inner_words=frozenset(data["names"]["inner_words"]),
        outlet_particles=frozenset(data["names"]["outlet_particles"]),
        outlet_words=frozenset(data["names"]["outlet_words"]),
        place_words=frozenset(data["names"]["place_words"]),
        masthead_words=frozenset(data["names"]["masthead_words"]),
        german_noun_endings=tuple(data["names"]["german_noun_endings"]),
        german_determiners=frozenset(data["names"]["german_determiners"]),
        german_adjective_endings=tuple(data["names"]["german_adjective_endings"]),
        person_titles=frozenset(
            data["names"]["titles"]
            + [title.casefold() for title in data["sentences"]["title_abbreviations"]]
        ),
        title_abbreviations=frozenset(data["sentences"]["title_abbreviations"]),
        state_abbreviations=frozenset(data["names"]["state_abbreviations"]),
        outlet_verbs=re.compile(
            rf"\s*(?:{phrase_pattern(data['names']['outlet_verbs']).pattern})", re.IGNORECASE
        ),
        credit_phrase=_credit_phrase(
            data["names"]["credit_phrases"], data["names"]["credit_prepositions"]
        ),
        shared_hosts=frozenset(data["names"]["shared_hosts"]),
        page_kinds=frozenset(data["names"]["page_kinds"]),
        boilerplate_starts=tuple(
            data["boilerplate"]["staff_credit_starts"]
            + data["boilerplate"]["starts"]
            + _reporting_credit_starts(data["boilerplate"]["reporting_credits"])
            + data["boilerplate"]["article_note_starts"]
            + [f"{label}:" for label in data["boilerplate"]["release_contact_labels"]]
            + [f"{heading}:" for heading in data["boilerplate"]["release_notes_headings"]]
            + promo_starts
            + data["boilerplate"]["sponsored_labels"]
        ),
        promo_starts=tuple(promo_starts + data["boilerplate"]["sponsored_labels"]),
        paywall_starts=tuple(paywall_starts),
        paywall_line=re.compile("|".join(paywall_line_patterns)),
        article_note_starts=tuple(data["boilerplate"]["article_note_starts"]),
        staff_credit_starts=tuple(data["boilerplate"]["staff_credit_starts"]),
        article_note_kinds=tuple(
            (kind, frozenset(words))
            for kind, words in data["boilerplate"]["article_note_kinds"].items()
        ),
        write_through_tag=re.compile(
            rf"\(\s*(?P<does>{'|'.join(map(re.escape, write_through_tags))})\b"
            # The rest of the tag, with no stop: a story's sentence in brackets has one.
            r"[^()]*[^()\s.!?]\s*\)"
        ),
        write_through_tag_kinds=write_through_tags,
        headline_slug_kinds={
            word: kind
            for kind, words in data["boilerplate"]["headline_slugs"].items()
            for word in words
        },
        sponsored_labels=tuple(data["boilerplate"]["sponsored_labels"]),
        boilerplate_ends=tuple(data["boilerplate"]["ends"]),
        boilerplate_lines=frozenset(
            data["boilerplate"]["lines"]
            + data["boilerplate"]["release_end_marks"]
            + cookie_controls
        ),
        release_end_marks=frozenset(data["boilerplate"]["release_end_marks"]),
        source_credit=_source_credit(
            data["boilerplate"]["source_credit_leads"], data["boilerplate"]["source_credit_tails"]
        ),
        source_credit_lead=phrase_pattern(data["boilerplate"]["source_credit_leads"]),
        source_credit_words=frozenset(data["boilerplate"]["source_credit_words"]),
        name_credit_leads=frozenset(data["boilerplate"]["name_credit_leads"]),
        outlet_credit=_outlet_credit(
            data["boilerplate"]["outlet_credit_leads"],
            data["boilerplate"]["outlet_credit_subjects"],
        ),
        boilerplate_line=re.compile(
            "|".join(
                data["boilerplate"]["line_patterns"]
                + data["boilerplate"]["jump_line_patterns"]
                + cookie_notices
                + promo_line_patterns
                + data["boilerplate"]["contact_details"]
            )
        ),
        jump_line=re.compile("|".join(data["boilerplate"]["jump_line_patterns"])),
        promo_line=re.compile("|".join(promo_line_patterns)),
        newsletter_footer_line=re.compile("|".join(newsletter_footer_patterns)),
        newsletter_sign_off=re.compile("|".join(data["boilerplate"]["newsletter_sign_offs"])),
        newsletter_address_leads=tuple(data["boilerplate"]["newsletter_address_leads"]),
        newsletter_address_line=re.compile(
            street_address + data["boilerplate"]["newsletter_postcode"]
        ),
        newsletter_street_line=re.compile(street_address),
        notice=re.compile(
            rf"(?:{'|'.join(map(re.escape, data['boilerplate']['notice_labels']))})"
            # Perhaps with its date or time, after a comma, "at" or "on", or in brackets:
            # "Correction, June 12:", "Update, 09:15 BST:", "Update at 9.15am:", "Correction (14
            # June, 11:40 BST):"; not a live blog's news after a comma ("Update, 5 killed --
            # police say").
            rf"(?:(?:,\s*|\s+(?:at|on)\s+){NOTE_MOMENT}|\s*\(\s*{NOTE_MOMENT}\s*\))?"
            r"\s*(?::|[\u2013\u2014]|--?)"
        ),
        author_roles=frozenset(data["boilerplate"]["author_roles"]),
        role_qualifiers=frozenset(data["boilerplate"]["role_qualifiers"]),
        contributor_words=frozenset(data["boilerplate"]["contributor_words"]),
        desk_words=frozenset(data["boilerplate"]["desk_words"]),
        kicker_bylines=frozenset(data["boilerplate"]["kicker_bylines"]),
        unnamed_wires=unnamed_wires,
        unnamed_wire_keys=frozenset(
            max(phrase.split(), key=len) for phrase in data["boilerplate"]["unnamed_wires"]
        ),
        unnamed_wire_words=frozenset(
            word for phrase in data["boilerplate"]["unnamed_wires"] for word in phrase.split()
        ),
        wire_credit_line=_wire_credit_line(
            data["boilerplate"]["wire_credit_leads"],
            data["boilerplate"]["wire_credit_after_paper"],
            data["boilerplate"]["wire_credit_joins"],
            data["boilerplate"]["wire_credit_articles"],
            data["boilerplate"]["wire_credit_tails"],
            data["boilerplate"]["wire_credit_end_marks"],
            data["boilerplate"]["newsroom_words"],
            wire_names,
            unnamed_wires,
            phrase_pattern(
                [name for names in wires.values() for name in names if agency_words.search(name)],
                flags=0,
            ),
            agency_words,
            _sentence_cased_masthead(
                data["names"]["inner_words"],
                data["function_words"]
                + data["attribution_verbs"]
                + data["neutral_attribution_verbs"]
                + data["boilerplate"]["talked_with_verbs"],
                data["boilerplate"]["sentence_openers"],
            ),
            wire_initials,
        ),
        sign_off=_sign_off(data["boilerplate"]["wire_credit_end_marks"], wire_names),
        # Spanish papers sign agencies' copy off so: "Agencias"; and a paper may sign it off
        # with the byline others open it with: "Por EFE", "Von dpa", "Par l'AFP", "By Reuters".
        closing_sign_off=_sign_off(
            data["boilerplate"]["wire_credit_end_marks"],
            re.compile(f"{wire_names.pattern}|{unnamed_wires.pattern}"),
            marked=False,
            lead=SIGN_OFF_BYLINE.format(
                openers="|".join(BYLINE_OPENERS), agency_words=agency_words.pattern
            ),
        ),
        contact_detail=re.compile("|".join(data["boilerplate"]["contact_details"])),
        release_contact_headings=frozenset(
            data["boilerplate"]["release_contact_labels"]
            + data["boilerplate"]["release_contact_headings"]
        ),
        release_statement_headings=frozenset(data["boilerplate"]["release_statement_headings"]),
        release_labels=frozenset(data["boilerplate"]["release_labels"]),
        # The longest first: "press releases" before "press release".
        release_names=tuple(sorted(data["boilerplate"]["release_names"], key=len, reverse=True)),
        release_contact_labels=frozenset(data["boilerplate"]["release_contact_labels"]),
        release_notes_headings=frozenset(data["boilerplate"]["release_notes_headings"]),
        copy_end_marks=frozenset(data["boilerplate"]["copy_end_marks"]),
        release_attribution=re.compile(
            "|".join(data["release_attributions"]["phrases"]), re.IGNORECASE
        ),
        journal_words=phrase_pattern(data["journal_citations"]["journal_words"]),
        journal_namings=re.compile("|".join(data["journal_citations"]["namings"]), re.IGNORECASE),
        issuer_words=frozenset(data["release_attributions"]["issuer_words"]),
        issuer_verbs=frozenset(data["release_attributions"]["verbs"]),
        cited_works=frozenset(data["release_attributions"]["cited_works"]),
        issuer_kinds={
            kind: frozenset(words)
            for kind, words in data["release_attributions"]["issuer_kinds"].items()
        },
        release_statement_opening=re.compile(
            "|".join(data["boilerplate"]["release_statement_openings"]), re.IGNORECASE
        ),
        company_suffixes=frozenset(data["names"]["company_suffixes"]),
        story_list_headings=frozenset(data["page_furniture"]["story_list_headings"]),
        link_leads=tuple(data["page_furniture"]["link_leads"]),
        ad_marks=frozenset(data["page_furniture"]["ad_marks"]),
        form_fields=frozenset(data["page_furniture"]["form_fields"]),
        site_links=frozenset(data["page_furniture"]["site_links"]),
        cookie_consent=re.compile(
            "|".join(cookie_notices + [re.escape(control) for control in cookie_controls])
        ),
        comment_heading=re.compile("|".join(data["page_furniture"]["comment_headings"])),
        credit_line_words=frozenset(data["names"]["credit_line_words"]),
        copy_labels=frozenset(data["page_furniture"]["copy_labels"]),
        copy_author_labels=frozenset(data["page_furniture"]["copy_author_labels"]),
        copy_kinds=frozenset(data["page_furniture"]["copy_kinds"]),
        newsroom_name_ends=tuple(data["page_furniture"]["newsroom_name_ends"]),
    )
