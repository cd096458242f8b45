"""The lines a plain-text article opens with before its first paragraph: headline, byline, date.

They are no sentences of the article, and each outlet writes its own: left in the text, they would
all be reported as what the outlet adds. Losing a sentence is worse than keeping a headline, so a
line is taken only when it cannot be prose: a headline ends no sentence (but may ask or exclaim
right above a byline or date line) and stands apart (a blank line, a byline, a date line or a
label under it, so never the first line of a wrapped paragraph; two words only right above a
byline or date line), a byline is "By" (or "Par", "Von", ...) and names, a date line is a date
(after a label such as "Published:"). Labels among them (a section name, "FOR IMMEDIATE RELEASE",
a wire slug or note to editors, an e-mail's header lines, a wire service's name, the company a
release's page says provided it) go with them. Nothing goes unless a field is found, or a line
repeats the title already known, and a paragraph of prose follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compare.dates import AT, DATELINE_DATE, FIELD_MARKS, MONTH_NAME, parse_date
from compare.lexicon import BYLINE_OPENERS, lexicon
from compare.plain_text import ends_a_sentence
from compare.segment import (
    CLOSING_MARKS,
    CLOSING_QUOTES,
    FULL_STOPS,
    HAN,
    SENTENCE_FINAL,
    UNMARKED_SCRIPT,
    ends_with_abbreviation,
    find_words,
    in_english,
)

# A headline is short but has a few words: a lone place name or section label ("WORLD") is none.
MAX_OPENING_WORDS = 20
MIN_TITLE_WORDS = 3
# A headline in capitals that a newspaper's narrow column wraps runs to a few lines ("FORTY-TWO
# MEN" / "TRAPPED IN MINE").
MAX_HEADLINE_LINES = 3
# What a line that ends a sentence or runs on ends with, closing quotes and brackets aside.
PROSE_ENDS = SENTENCE_FINAL + ",;:-\u2013\u2014"
# A headline may ask or exclaim ("Will the port reopen?"): right above a byline or date line, a
# line that does is no prose.
ASKING_ENDS = "?!"
# The marks a quotation opens with: each double one segment pairs, in any language's way („Wir,
# »Wir, ”Vi), and a single one.
OPENING_QUOTES = "".join(CLOSING_QUOTES) + "'\u2018"
# One line may hold several fields: "By Jane Doe | April 1, 2024"; a date's time is the date's
# ("March 3, 2025 \u00b7 9:40 p.m.").
FIELD_SEPARATOR = re.compile(rf"\s+[{FIELD_MARKS}]\s+(?!\d{{1,2}}(?:[:.h]\d{{2}}|\s*[ap]\.?m\b))")
# A section's name in a page's path of sections is a word or three: "World | Europe".
MAX_SECTION_WORDS = 3
# A person's names are two to four words: "Priya Nair", "Ursula von der Leyen".
MAX_PERSON_WORDS = 4
# A writer's name alone under a headline, no "By", is a given name and a surname or two: more
# capitalised words make a deck in title case ("Police Say Driver Fled").
MAX_BARE_NAME_WORDS = 3
# A word of such a name: capitalised letters, perhaps hyphened or with an apostrophe ("O'Neill",
# "Smith-Jones").
NAME_WORD = re.compile(r"(?:[A-Z]['\u2019])?[A-Z][a-z]+(?:-[A-Z][a-z]+)*")
# Between the people a byline names: "Jane Doe and John Smith", "Ann Lee, Reuters".
NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:and|&)\s+", re.IGNORECASE)
# A reporter's role beside the names of a byline without "By" is a role's word after a few
# others: "Priya Nair | Reporter", "Chief Political Correspondent".
MAX_ROLE_WORDS = 4
BYLINE = re.compile(r"(?:(?:posted|written)\s+)?by\s+(?P<names>.+)", re.IGNORECASE)
# "By" in other languages too (lexicon.BYLINE_OPENERS), in a text that is not in English, whose
# headlines may start with these words ("Di Maio Resigns", "Door Knock Campaign Begins").
ANY_BYLINE = re.compile(
    rf"(?:(?:posted|written)\s+)?(?:{'|'.join(BYLINE_OPENERS)})\s+(?P<names>.+)", re.IGNORECASE
)
MAX_NAME_WORDS = 10
# A byline that credits a desk, not a person: "By our transport desk", "By staff reporters",
# and a blog's or a newsroom's team or staff: "By the WellnessDaily team", "By the Herald staff".
# German papers sign so too, perhaps with the correspondent's name after: "Von unserer
# Redaktion", "Von unserem Korrespondenten Jens Hartwig".
DESK = re.compile(
    r"(?:our|staff|the)(?:\s+[\w'&.-]+){0,3}"
    r"\s+(?:desk|team|correspondents?|reporters?|staff|writers?)|staff"
    r"|unser(?:em|er|en)\s+(?:[\w-]+\s+)?(?:korrespondent(?:en|in)?|redaktion|redakteur(?:in)?"
    r"|mitarbeiter(?:in)?|reporter(?:in)?)(?:\s+[\w.-]+){0,3}",
    re.IGNORECASE,
)
# The words of such a German byline before the correspondent it names: the byline's author is
# the person, "Jens Hartwig" of "Von unserem Korrespondenten Jens Hartwig".
OUR_CORRESPONDENT = re.compile(
    r"unser(?:em|er|en)\s+(?:[\w-]+\s+)?"
    r"(?:korrespondent(?:en|in)?|redakteur(?:in)?|mitarbeiter(?:in)?|reporter(?:in)?)\s+(?=\S)",
    re.IGNORECASE,
)
# A newsroom's staff, named as a role is: "Globe staff", "Times Staff".
STAFF = "staff"
# The articles, which the lexicon's function words leave out with every word of one or two
# letters: "Maria Lopez, a reporter" describes a person, and signs nothing.
ARTICLES = frozenset({"a", "an"})
# "Published", "Updated" and the like in the languages of the bylines, and in Russian; The
# Guardian's "First published on". A page may give both: the update's date is the published one's
# only when no other is given.
DATE_LABEL = re.compile(
    r"(?:(?P<updated>(?:last\s+)?(?:updated|modified)|mis\s+à\s+jour|actualizado|aktualisiert"
    r"|stand|aggiornato|обновлено)"
    r"|(?:first\s+)?published|posted|date|sent|publié|publicado|veröffentlicht|pubblicato"
    r"|gepubliceerd|опубликовано)(?:\s+(?P<on>on|at|le|el|em|a|am|il|op))?\s*:?\s+",
    re.IGNORECASE,
)
# How long a labelled date may be that cannot be read: "Updated: 03/04/2024 9:30 a.m. EST".
MAX_DATE_WORDS = 6
# A time of day and its zone as a date that cannot be read may write it: "9:30 a.m. EST".
CLOCK = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[a-z]{1,5}\)?)?"
# A time of day that says it is one: by the minute or with "a.m." ("4:10 PM", "9 a.m.").
TIMED = r"(?=\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m))"
# A date that cannot be read but is written as one: "03/04/2024", "April 3", "31 Feb 2024" (a
# day and a month's name either way round, as a wire's dateline gives them, the day perhaps an
# ordinal: "Feb 31st", "31st of Feb"), each perhaps with a time after it or, by the minute or
# with "a.m.", before it ("9:40 a.m. EDT, 05/14/2024"); not "Arsenal 2-1 Chelsea", "2.5 million
# without power" or "3/4 of workers back".
DATE_LIKE = re.compile(
    rf"(?P<time_first>{TIMED}{CLOCK},?\s+)?"
    r"(?:(?P<numeric>\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})"
    rf"|(?:{DATELINE_DATE}|\d{{1,2}}(?:st|nd|rd|th)\s+(?:of\s+)?{MONTH_NAME})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<year>\d{4}))?)"
    rf"(?:,?\s+{AT}(?:(?P<time_after>{TIMED}{CLOCK})|{CLOCK}))?",
    re.IGNORECASE,
)
# A brand's one word holds a capital after a small letter ("WellNow"); a surname does only after
# one of these ("McKay", "MacLeod", "DeSantis", "LeBlanc", "VanDyke").
BRAND_CAPITAL = re.compile(r"[a-z](?=[A-Z])")
SURNAME_PREFIXES = frozenset({"Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "St"})
# An embargo's label heads a wire's copy as often as a release: it goes, and says nothing of which
# it is (a release's own labels are the lexicon's: ``[boilerplate] release_labels``). Alone, or
# with when it lifts after "until" or a colon, in a few words that hold a digit: "EMBARGOED UNTIL
# 00:01 BST WEDNESDAY 14 MAY 2025", "Under embargo: 14 May 2025"; not "Embargoed goods seized".
EMBARGO_LABEL = re.compile(
    r"(?:strictly\s+)?(?:embargoed|under\s+embargo)"
    r"(?:(?:\s+(?:until|till|for)\b|\s*:)\s*[^.!?]*\d[^.!?]*?)?\s*[.:]?",
    re.IGNORECASE,
)
MAX_EMBARGO_WORDS = 10
# A release's page names the company that issued it above the date line, on the same line or the
# next: "News provided by" / "Norvia Health, Inc." (PR Newswire).
PROVIDED_BY = re.compile(r"(?:news\s+)?provided\s+by(?P<provider>\s+\S.*)?", re.IGNORECASE)
# A wire's slug line: "BC-US--Port Strike,0412".
SLUG_LINE = re.compile(r"[A-Z]{2}-[A-Z]{2,}--\S.*")
# The header lines of e-mailed copy, which end no sentence ("To: all staff. The port reopens."
# is a paragraph), and a wire's note to editors, which may ("Eds: Updates with quote.").
HEADER_LINE = re.compile(
    r"(?:from|to|cc|bcc|sent|subject|attachments|importance):\s.*[^.!?]", re.IGNORECASE
)
EDITORS_NOTE = re.compile(r"eds?:\s.*", re.IGNORECASE)
# A newsroom signing as itself, no writer named, on a line of its own: Portuguese "Da Redação"
# ("from the newsroom"), "Redacción", "De la rédaction", "Dalla redazione", "Die Redaktion";
# perhaps with its paper's name after it, as a Spanish-language desk signs ("Redacción La Voz
# Capital").
NEWSROOM_SIGNATURE = re.compile(
    r"(?:(?:da|de\s+la|dalla|della|la|die)\s+)?(?:reda[çc][ãa]o|redacci[óo]n|r[ée]daction|redazione"
    r"|redaktion)",
    re.IGNORECASE,
)
# The parts of a newsroom's copy's heading: "LVPR Newsroom \u2013 Web Copy".
COPY_HEADING_PARTS = re.compile(rf"\s+[{FIELD_MARKS}\u2013\u2014-]\s+")
# Initials a newsroom goes by are a few letters ("LVPR", "WKRN"); a longer word is a name's.
MAX_INITIALS = 5
# A news agency's name is a few words: "Coastal Press Agency", "Inter Press Service".
MAX_AGENCY_WORDS = 5


@dataclass(frozen=True, slots=True)
class Opening:
    """What an article's opening lines say (the date as written), and the text after them."""

    title: str | None
    author: str | None
    date: str | None
    body: str
    # When an "Updated:" line stands beside a "Published:" one, the date it gives, as written.
    updated: str | None = None
    # Whether a label that went says the text is a press release ("FOR IMMEDIATE RELEASE", PR
    # Newswire's "News provided by").
    released: bool = False
    # The outlet the opening names as the text's: the newsroom its copy's heading names ("LVPR
    # Newsroom \u2013 Web Copy"), else the one its reporter writes for ("By Ann Lee, Reuters").
    outlet: str | None = None


def opening(text: str, title: str | None = None, *, headline_alone: bool = True) -> Opening:
    """The headline, byline and date line ``text`` opens with, and the text after them. With a
    ``title`` already known (a Markdown heading, front matter), no line is taken as the headline,
    but one that repeats the title goes. Without ``headline_alone`` (Markdown, which marks its
    headings), a headline goes only with a byline or date line after it.

    >>> head = opening("NATO says talks failed\\nBy Ann Lee\\nApril 1, 2024\\n\\nTalks failed on Monday.")
    >>> head.title, head.author, head.date, head.body
    ('NATO says talks failed', 'Ann Lee', 'April 1, 2024', 'Talks failed on Monday.')
    >>> opening("The mayor called it a disaster.\\n\\nCrews worked all night.").title is None
    True
    """
    found: dict[str, str] = {}
    byline = BYLINE if in_english(text) else ANY_BYLINE
    known = " ".join(title.split()).casefold() if title is not None else None
    repeated = False  # whether a line repeats the known title: it goes, whatever else is found
    labelled = False  # whether a line labels the article: it goes too
    lines = text.split("\n")
    top = next((number for number, line in enumerate(lines) if line.strip()), 0)
    lines = _with_headline_unwrapped(lines, top, byline)
    body_starts = 0
    short_title = None
    provider_follows = False  # whether the line above was "News provided by" alone
    released = False  # whether a label says the text is a press release
    newsroom = None  # the newsroom a copy's heading names
    signed = False  # whether the line above was a byline
    headline_above = False  # whether the line above, blank lines aside, was the headline
    for number, line in enumerate(lines):
        words = line.split()
        if not words:
            signed = False
            continue
        if _word_count(line) > MAX_OPENING_WORDS:
            break
        shown = " ".join(words)
        next_text = _next_line(lines, number + 1)
        names_the_provider, provider_follows = provider_follows, False
        under_byline, signed = signed, False
        # The line above, blank lines aside, was the headline, and no byline has been read.
        under_headline = headline_above and not found.keys() - {"title"}
        headline_above = False
        if names_the_provider and _is_a_name_line(shown):
            labelled = True
        elif provided_by := PROVIDED_BY.fullmatch(shown):
            labelled = released = True
            provider_follows = not provided_by["provider"]
        elif under_byline and _is_role(shown):
            # A paper sets the reporter's role on the line under the byline ("By Carla Mendes"
            # / "Herald Staff Writer"), as others set it after a comma.
            labelled = True
        elif (fields := _fields(shown, byline)) and not (
            number == top and _heads_the_text(fields, shown, known, next_text, byline)
        ):
            for name, value in fields:
                found.setdefault(name, value)
            signed = any(name == "author" for name, _ in fields)
        elif shown.casefold() == known:
            repeated = True
        elif under_headline and _is_bare_name(shown, _line_at(lines, number + 1)):
            found.setdefault("author", shown)
        elif (heading := _copy_heading(shown)) is not None:
            labelled = True
            newsroom = newsroom or heading or None
        elif _is_label(shown):
            labelled = True
            released = released or lexicon().is_release_label(shown)
        elif (
            title is None
            and "title" not in found
            and _is_headline(shown, _line_under(lines, number), next_text, byline)
        ):
            found["title"] = shown
            headline_above = True
        elif _is_short_label(shown, _line_at(lines, number + 1)):
            # It goes only with a field after it, or over a dateline ("LEEDS FIRE" / "LEEDS
            # (Reuters) - ..."): "No deal" may be a short first line. A short headline is the
            # title unless a longer one follows.
            if _is_short_headline(shown, next_text, byline):
                short_title = short_title or shown
            if not lexicon().dateline(next_text):
                continue
            labelled = True
        else:
            break
        body_starts = number + 1
    body = lines[body_starts:]
    if title is None and short_title and found:
        found.setdefault("title", short_title)
    alone = found.keys() == {"title"} and not headline_alone
    prose = any(map(ends_a_sentence, body)) or bool(UNMARKED_SCRIPT.search("\n".join(body)))
    if not (found or repeated or labelled) or alone or not prose:
        return Opening(None, None, None, text)
    return Opening(
        found.get("title"),
        found.get("author"),
        found.get("date", found.get("updated")),
        "\n".join(body).lstrip("\n"),
        found.get("updated") if "date" in found else None,
        released,
        newsroom or _byline_outlet(found.get("author")),
    )


def without_title(text: str, title: str | None) -> str:
    """``text`` without a first line that repeats its ``title``, as feeds export a record's
    headline both in its title field and over its text: the same words in any case, whatever
    final mark either ends with, on a line that ends no sentence with a full stop (a title that
    is the lede's first sentence stays in the text) and has a line of text after it.

    >>> without_title("Bridge reopens after repairs\\n\\nThe bridge reopened.", "Bridge reopens after repairs.")
    'The bridge reopened.'
    >>> without_title("The bridge reopened.\\n\\nTraffic resumed.", "The bridge reopened.")
    'The bridge reopened.\\n\\nTraffic resumed.'
    """
    first, _, rest = text.lstrip().partition("\n")
    if title is None or not rest.strip() or first.rstrip().rstrip(CLOSING_MARKS)[-1:] in FULL_STOPS:
        return text
    if _headline_words(first) != _headline_words(title):
        return text
    return rest.lstrip("\n")


def without_byline(text: str) -> str:
    """``text`` without a first line that :func:`opening` reads as a byline and nothing else,
    as feeds export a record's byline over its text: a byline, no sentence the article adds.

    >>> without_byline("Von unserem Korrespondenten Jens Hartwig\\n\\nBerlin. Der Bund zahlt.")
    'Berlin. Der Bund zahlt.'
    >>> without_byline("By the time crews arrived, the barn had burned down.\\n\\nNo one was hurt.")
    'By the time crews arrived, the barn had burned down.\\n\\nNo one was hurt.'
    """
    _, _, rest = text.lstrip().partition("\n")
    head = opening(text, headline_alone=False)
    if head.author is None or head.title is not None or head.body.strip() != rest.strip():
        return text
    return head.body


def _headline_words(line: str) -> str:
    """A headline's words in one case, single-spaced, without the mark it ends with."""
    return " ".join(line.split()).rstrip(PROSE_ENDS + CLOSING_MARKS).casefold()


def _with_headline_unwrapped(lines: list[str], top: int, byline: re.Pattern[str]) -> list[str]:
    """``lines`` with a headline in capitals that a narrow column wraps over the text's first
    lines ("FORTY-TWO MEN" / "TRAPPED IN MINE") on one line: two lines or a few in capitals, of a
    few words together, none a byline, date line or dateline nor ending a sentence, that stand
    apart (see :func:`_stands_apart`). Read a line at a time, the headline's last line was the
    title and its first went as a label.

    >>> _with_headline_unwrapped(["FORTY-TWO MEN", "TRAPPED IN MINE", "", "Men were trapped."], 0, BYLINE)
    ['FORTY-TWO MEN TRAPPED IN MINE', '', 'Men were trapped.']
    """
    end = top
    while (
        end < len(lines)
        and end - top < MAX_HEADLINE_LINES
        and _is_headline_in_capitals(lines[end], byline)
    ):
        end += 1
    headline = " ".join(" ".join(line.split()) for line in lines[top:end])
    if (
        end - top < 2
        or _word_count(headline) > MAX_OPENING_WORDS
        or not _stands_apart(_line_at(lines, end), byline)
    ):
        return lines
    return [*lines[:top], headline, *lines[end:]]


def _is_headline_in_capitals(line: str, byline: re.Pattern[str]) -> bool:
    shown = " ".join(line.split())
    return (
        shown.isupper()
        and not ends_a_sentence(shown)
        and not _fields(shown, byline)
        and lexicon().dateline(shown) is None
    )


def _byline_outlet(author: str | None) -> str | None:
    """The outlet a byline names beside its reporter, whom they write for: "Reuters" of "Ann
    Lee, Reuters", "State Press Service" of "Alicia Moreno, State Press Service"; not a role
    ("Jane Doe, staff writer"), a job title ending as a masthead does ("Chief Reporter") nor
    another person.

    >>> _byline_outlet("Alicia Moreno, State Press Service"), _byline_outlet("Jane Doe, Ann Lee")
    ('State Press Service', None)
    >>> _byline_outlet("Priya Sandhu, Chief Reporter"), _byline_outlet("Jo Roe, Hollywood Reporter")
    (None, 'Hollywood Reporter')
    """
    if author is None:
        return None
    _, *others = NAME_SEPARATOR.split(author)
    return next(
        (
            other
            for other in reversed(others)
            if not lexicon().is_job_title(other)
            and (
                _names_an_outlet(other)
                or lexicon().outlets_named(other) == [other]
                or _is_brand(other)
            )
        ),
        None,
    )


def _is_brand(name: str) -> bool:
    """Whether a name is one word with a capital inside it, as a brand is written and no
    person's name is but for a prefix ("WellNow", "HuffPost"; not "McKay", "MacLeod",
    "DeSantis").

    >>> _is_brand("WellNow"), _is_brand("McKay"), _is_brand("Reporter")
    (True, False, False)
    """
    inside = BRAND_CAPITAL.search(name)
    return (
        name.isalpha() and inside is not None and name[: inside.start() + 1] not in SURNAME_PREFIXES
    )


def _copy_heading(line: str) -> str | None:
    """The outlet a newsroom's copy names on its heading line, beside what the copy is ("LVPR
    Newsroom \u2013 Web Copy": "LVPR", a masthead over a print export: "ODERLAND-KURIER \u2013
    Printausgabe"), "" for a heading that names none ("Web Copy"); ``None``
    for any other line.

    >>> _copy_heading("LVPR Newsroom \u2013 Web Copy"), _copy_heading("Web copy"), _copy_heading("Copy that")
    ('LVPR', '', None)
    """
    parts = COPY_HEADING_PARTS.split(line)
    kinds = [part for part in parts if lexicon().is_copy_kind(part)]
    names = [part for part in parts if part not in kinds]
    if not kinds or len(names) > 1 or not all(map(_are_names, names)):
        return None
    return next((_masthead(lexicon().newsroom_outlet(name) or name) for name in names), "")


def _masthead(name: str) -> str:
    """An outlet's name as its masthead is spelled in mixed case: a print export sets it in
    capitals ("ODERLAND-KURIER"), where initials ("LVPR") are as written.

    >>> _masthead("ODERLAND-KURIER"), _masthead("LVPR"), _masthead("Riverside Chronicle")
    ('Oderland-Kurier', 'LVPR', 'Riverside Chronicle')
    """
    spelled_out = any(len(word) > MAX_INITIALS for word in re.split(r"[\s-]+", name))
    return name.title() if name.isupper() and spelled_out else name


def _line_under(lines: list[str], number: int) -> str:
    """The line under a line, or none ("") when it is indented under one that is not, as a
    paragraph's first line is in a manuscript or a word processor's text ("\tRIVERTON — A
    fire ..."): it opens a paragraph, as a line after a blank one does.

    >>> _line_under(["Plant fire injures two", "\tRIVERTON — A fire tore through"], 0)
    ''
    """
    under = _line_at(lines, number + 1)
    line = lines[number]
    indented = under[:1].isspace() and line[:1] and not line[:1].isspace()
    return "" if indented else under


def _fields(line: str, byline: re.Pattern[str]) -> list[tuple[str, str]]:
    """The byline (as ``byline`` reads one) and date fields a line is made of ("By Jane Doe |
    April 1, 2024"), a reporter's role and a section's name among them going as labels; none
    unless every other part is a name. A name beside a byline is the outlet its reporter writes
    for ("By Jane Doe | The Times"). Without "By", a person's names beside a date, a role or
    their outlet's name are a byline ("Priya Nair | Reporter"), not beside a section's alone
    ("Business | Financial Times"); other names beside a date are a section's, and leave the
    date ("World News | May 14, 2024").

    >>> _fields("Priya Nair | Reporter", BYLINE), _fields("World News | May 14, 2024", BYLINE)
    ([('author', 'Priya Nair')], [('date', 'May 14, 2024')])
    >>> _fields("By Jane Doe | Chief Reporter | The Times", BYLINE)
    [('author', 'Jane Doe, The Times')]
    """
    parts = FIELD_SEPARATOR.split(line)
    fields = [_field(part, byline) for part in parts]
    read = [field for field in fields if field]
    if len(parts) == 1 or len(read) == len(parts):
        return read
    names = [
        part
        for part, field in zip(parts, fields, strict=True)
        if not (field or _is_role(part) or _names_a_section(part))
    ]
    if not all(map(_are_names, names)):
        return []
    if any(name == "author" for name, _ in read):
        # The reporter is the author, and the outlet beside them what they write for, as a
        # byline credits it ("By Jane Doe, AP").
        return [
            (name, ", ".join([value, *names]) if name == "author" else value)
            for name, value in read
        ]
    beside = read or names[1:] or any(map(_is_role, parts))
    if names and beside and _names_people(names[0]) and all(map(_names_an_outlet, names[1:])):
        return [("author", ", ".join(names)), *read]
    if read and not any(map(_names_people, names)):
        return read
    # A person's names beside others that are no outlet's ("Jane Doe | Ann Lee"): which of
    # them wrote the article, if any, is not said.
    return []


def _names_people(names: str) -> bool:
    """Whether capitalised words read as people's names, perhaps with their outlet's ("Priya
    Nair", "Jane Doe and John Smith", "Ann Lee, Reuters"), not a section's ("World News", "East
    Anglia") or an outlet's ("The Guardian")."""
    first, *others = NAME_SEPARATOR.split(names)
    return _names_a_person(first) and all(
        _names_a_person(name) or _names_an_outlet(name) for name in others
    )


def _names_a_person(name: str) -> bool:
    """Whether words read as one person's names: a few, none a section's, the first no compass
    point ("James East", not "North West"), and not an outlet's ("The Times")."""
    words = [word.casefold() for word in name.split()]
    return (
        2 <= len(words) <= MAX_PERSON_WORDS
        and words[0] not in lexicon().compass_points
        and lexicon().section_words.isdisjoint(words)
        and not _names_an_outlet(name)
    )


def _names_a_section(part: str) -> bool:
    """Whether a part is a section's name, every word of it a section's: "World News",
    "Middle East"."""
    words = {word.casefold() for word in part.split()}
    return words <= lexicon().section_words | lexicon().compass_points


def _names_an_outlet(name: str) -> bool:
    """Whether a name is a news outlet's: an agency's ("AP", "Coastal Press Agency"), or one
    that starts with "The", as no person's does ("The Guardian")."""
    return lexicon().is_agency(name) or name.casefold().startswith("the ")


def _field(part: str, byline: re.Pattern[str]) -> tuple[str, str] | None:
    """A byline's names (after "By", or before their role) or a date line's date, as written."""
    if (names := byline.fullmatch(part)) and _are_names(names["names"]):
        author = names["names"].rstrip(",")
        desk = OUR_CORRESPONDENT.match(author)
        return "author", author[desk.end() :] if desk else author
    if _signed_with_a_role(part):
        return "author", part
    copy = lexicon().copy_label(part)
    if copy and copy[0] == "author" and _are_names(copy[1]):
        return "author", copy[1]
    label = DATE_LABEL.match(part)
    written = part[label.end() :] if label else part
    name = "updated" if label and label["updated"] else "date"
    # A text not in English, read with ANY_BYLINE, writes its day first: "Por Ana Gómez |
    # 05/03/2025 10:15" gives the 5th of March.
    if parse_date(written, day_first=byline is ANY_BYLINE):
        return name, written
    # After "Published:", "Updated on", "Mis à jour le" and the like, before a time ("Updated
    # 9:40 a.m. EDT, 05/14/2024") or after any label when a month's name and a year say it is a
    # date ("Updated 31 Feb 2024"), a few words written the way dates are are the date even if
    # they cannot be read (the reader warns of them); but "Published in 1998, the report found
    # flaws." and "Updated: 10 dead, dozens hurt" are news.
    # Unlabelled, a date in figures and the time of day beside it are a page's date line as
    # plainly ("05/12/2025 4:10 PM", which an English text reads in neither order): left in,
    # the line was a sentence the text adds and its date went unwarned.
    like = DATE_LIKE.fullmatch(written)
    if (
        like
        and (
            (label and (":" in label.group() or label["on"] or like["time_first"] or like["year"]))
            or (like["numeric"] and (like["time_first"] or like["time_after"]))
        )
        and len(written.split()) <= MAX_DATE_WORDS
        and not ends_a_sentence(written.rstrip(".") if written[-2:-1].isdigit() else written)
    ):
        return name, written
    return None


def is_date_like(text: str) -> bool:
    """Whether ``text`` is written as a date is, read or not: "March 3", "March 3, 2025",
    "03/04/2024"; no name ("May Lee").

    >>> is_date_like("March 3"), is_date_like("May Lee")
    (True, False)
    """
    return DATE_LIKE.fullmatch(text.strip()) is not None


def _are_names(text: str) -> bool:
    """Whether ``text`` reads as people's or an outlet's names: "Ann Lee, Reuters", not
    "Monday evening the port was empty"; or as a desk's ("our transport desk", "staff", "Herald
    staff"), or news agencies' in general ("Staff and wire reports").

    >>> _are_names("Ann Lee, Reuters"), _are_names("our transport desk"), _are_names("our count")
    (True, True, False)
    >>> _are_names("the WellnessDaily team"), _are_names("the editorial team")
    (True, True)
    """
    words = [word.strip(",;()") for word in text.split()]
    return (
        len(words) <= MAX_NAME_WORDS
        and (not text.endswith(".") or _ends_with_a_names_abbreviation(text))
        and (
            all(_is_name_word(word) for word in words if word)
            or _names_beside_roles(text)
            or _names_a_desk(text)
        )
    )


def _sign_no_one(fields: list[tuple[str, str]]) -> bool:
    """Whether a line's fields are a byline alone whose names do not say who wrote the article.
    Opening the text, such a line may be a headline in title case ("By The Numbers"); under one,
    it is a byline ("By The Editorial Board")."""
    return [name for name, _ in fields] == ["author"] and not _signs(fields[0][1])


def _heads_the_text(
    fields: list[tuple[str, str]],
    line: str,
    known: str | None,
    next_text: str,
    byline: re.Pattern[str],
) -> bool:
    """Whether a byline that signs no one, opening the text, is its headline in title case ("By
    The Numbers"), or a kicker over a text whose title is known: when it repeats the title known,
    or when no date line follows it and, with a title known (HTML, a record, front matter), it is
    one of the kickers of ``framing_terms.toml`` ([boilerplate] kicker_bylines). Over a date line
    ("By The Guardian" / "April 1, 2024"), or any other under a title known ("By The Atlantic"),
    it is an outlet's byline; a byline under it ("By Ann Lee") makes it a headline, as no byline
    has another under it.

    >>> byline = [("author", "The Numbers")]
    >>> _heads_the_text(byline, "By The Numbers", None, "By Ann Lee", BYLINE)
    True
    >>> _heads_the_text(byline, "By The Numbers", None, "April 1, 2024", BYLINE)
    False
    >>> _heads_the_text(byline, "By The Numbers", "port reopens", "The port reopened.", BYLINE)
    True
    >>> atlantic = [("author", "The Atlantic")]
    >>> _heads_the_text(atlantic, "By The Atlantic", "port reopens", "The port reopened.", BYLINE)
    False
    """
    if not _sign_no_one(fields):
        return False
    if known is not None and line.casefold() == known:
        return True
    under = _fields(" ".join(next_text.split()), byline)
    dated = bool(under) and not any(name == "author" for name, _ in under)
    kicker = " ".join(line.casefold().split()) in lexicon().kicker_bylines
    return not dated and (known is None or kicker)


def _signs(names: str) -> bool:
    """Whether a byline's names say who wrote the article: a person's first, no outlet's and of
    one word only alone ("Ann Lee, Reuters", "Klaus Wendt und Anna Berg", "Sukarno"), a news
    agency's ("AP", "The Associated Press"), a desk's or a newsroom's staff; not an outlet's
    alone ("The Numbers") or single words joined ("Land And Sea").

    >>> _signs("Ann Lee, Reuters"), _signs("Bloomberg News"), _signs("Herald staff")
    (True, True, True)
    >>> _signs("The Numbers"), _signs("Land And Sea")
    (False, False)
    """
    first, *others = NAME_SEPARATOR.split(names)
    return (
        lexicon().is_agency(first)
        or (not _names_an_outlet(first) and (len(first.split()) > 1 or not others))
        or _names_a_desk(names)
    )


def _names_a_desk(text: str) -> bool:
    """Whether ``text`` names a desk ("our transport desk", "staff"), an outlet's or a wire
    service's staff ("Herald staff", "AFP staff") or news agencies in general ("Staff and wire
    reports")."""
    return (
        bool(DESK.fullmatch(text))
        or bool(lexicon().unnamed_wires.fullmatch(text))
        or _names_staff(text)
    )


def _names_staff(text: str) -> bool:
    """Whether ``text`` names an outlet's or a wire service's staff, newsroom or one of its
    newsroom's roles: "Harbor Times staff", "Coastal Radio 88 newsroom", "AFP staff", "PA Reporters", "Herald photographer", "dpa".

    >>> _names_staff("Daily Herald staff"), _names_staff("dpa"), _names_staff("Monday staff cuts")
    (True, True, False)
    >>> _names_staff("Herald photographer"), _names_staff("Herald photographers")
    (True, True)
    >>> _names_staff("Coastal Radio 88 newsroom"), _names_staff("the newsroom")
    (True, False)
    """
    outlet, _, last = text.rpartition(" ")
    if newsroom := lexicon().newsroom_outlet(text):
        outlet = newsroom
    elif not (last.casefold() == STAFF or lexicon().is_role(last)):
        outlet = text
    if lexicon().wire_service_named(outlet) is not None:
        return True
    first, *others = outlet.split() or [""]
    # A station's name may hold its frequency: "Coastal Radio 88".
    return (
        outlet != text
        and _is_name_word(first)
        and all(_is_name_word(word) or word.isdigit() for word in others)
    )


def _ends_with_a_names_abbreviation(text: str) -> bool:
    """Whether the full stop a byline's names end with is an abbreviation's that ends a name,
    after its other words ("By Robert E. Lee Jr."), no sentence's; not a title's that goes before
    a name ("By St.").

    >>> _ends_with_a_names_abbreviation("Robert E. Lee Jr."), _ends_with_a_names_abbreviation("St.")
    (True, False)
    """
    *others, last = text.split()
    return (
        bool(others)
        and ends_with_abbreviation(text)
        and last.rstrip(".") not in lexicon().before_names
    )


def _names_beside_roles(text: str) -> bool:
    """Whether ``text`` is a person's names, then, after commas, names or newsroom roles in any
    case: "Jane Doe, staff writer", "Lena Ortiz, Times staff".

    >>> _names_beside_roles("Jane Doe, Globe staff"), _names_beside_roles("Monday, the port")
    (True, False)
    """
    first, *others = NAME_SEPARATOR.split(text)
    return (
        bool(others)
        and _names_a_person(first)
        and all(_is_role(other) or all(map(_is_name_word, other.split())) for other in others)
    )


def _signed_with_a_role(text: str) -> bool:
    """Whether ``text`` is a byline without "By": a person's names and their role after a comma
    ("Lena Ortiz, Courier staff writer"), not names alone ("Tom Reed Jr., Ann Lee").

    >>> _signed_with_a_role("Lena Ortiz, staff writer"), _signed_with_a_role("Tom Reed, Ann Lee")
    (True, False)
    """
    return _names_beside_roles(text) and any(map(_is_role, NAME_SEPARATOR.split(text)[1:]))


def _is_role(part: str) -> bool:
    """Whether a part of a byline's line names a newsroom role, in any case ("Chief Reporter",
    "Staff Photographers", "staff writer"; the roles in ``framing_terms.toml``), or an outlet's
    staff ("Globe staff"); not with a function word or an article ("the writer", "a reporter":
    a person described, not signed).

    >>> _is_role("Chief Political Correspondent"), _is_role("Times staff"), _is_role("The Guardian")
    (True, True, False)
    >>> _is_role("a reporter")
    False
    """
    words = [word.casefold() for word in part.split()]
    return (
        0 < len(words) <= MAX_ROLE_WORDS
        and all(word.isalpha() for word in words)
        and lexicon().function_words.isdisjoint(words)
        and ARTICLES.isdisjoint(words)
        and (lexicon().is_role(words[-1]) or words[-1] == STAFF)
    )


def _is_name_word(word: str) -> bool:
    """A word of a byline's names: capitalised, a particle or "and" between names, or a wire
    service's name however it writes it ("dpa")."""
    return (
        word[:1].isupper()
        or word.casefold() in lexicon().name_joiners
        or word.casefold() in lexicon().name_particles
        or lexicon().wire_service_named(word) is not None
    )


def _is_label(line: str) -> bool:
    """A line that labels the article and is never prose: "FOR IMMEDIATE RELEASE", a wire's
    slug line or note to editors, an e-mail's header line, a wire service's name alone, a web
    page's control copied with its text ("Skip to main content", "Share"), a section's path
    ("News | Kent | Ashford"), a newsroom signing as itself ("Da Redação").

    >>> _is_label("Da Redação"), _is_label("Redacción"), _is_label("Da Silva")
    (True, True, False)
    """
    return (
        lexicon().is_release_label(line)
        or _is_embargo_label(line)
        or lexicon().is_page_control(line)
        or lexicon().wire_service_named(line) is not None
        or _names_an_agency(line)
        or (lexicon().copy_label(line) or ("",))[0] == "label"
        or any(p.fullmatch(line) for p in (SLUG_LINE, HEADER_LINE, EDITORS_NOTE))
        or _signed_by_a_newsroom(line)
        or _is_section_path(line)
    )


def _signed_by_a_newsroom(line: str) -> bool:
    """Whether a line is a newsroom's signature (``NEWSROOM_SIGNATURE``), alone or before its
    paper's name; not a sentence that opens with a paper's name ("Redacción Médica informó").

    >>> _signed_by_a_newsroom("Redacción La Voz Capital"), _signed_by_a_newsroom("Redacción Médica informó ayer")
    (True, False)
    """
    found = NEWSROOM_SIGNATURE.match(line)
    if not found:
        return False
    name = line[found.end() :]
    return not name or (name[0].isspace() and all(map(_is_name_word, name.split())))


def _is_embargo_label(line: str) -> bool:
    """Whether a line is an embargo's label, perhaps with when it lifts (``EMBARGO_LABEL``).

    >>> _is_embargo_label("EMBARGOED UNTIL 00:01 BST WEDNESDAY 14 MAY 2025"), _is_embargo_label("Embargoed")
    (True, True)
    >>> _is_embargo_label("Embargoed goods seized at Dover"), _is_embargo_label("Embargoed until the talks end")
    (False, False)
    """
    # Counted first: on a long line the label's pattern backtracks at every digit.
    return (
        len(line.split()) <= MAX_EMBARGO_WORDS and EMBARGO_LABEL.fullmatch(line.strip()) is not None
    )


def _names_an_agency(line: str) -> bool:
    """Whether a line is a news agency's name alone, as a reprint gives its wire over the text:
    "State Press Service", "Coastal Press Agency"."""
    words = line.split()
    return (
        len(words) <= MAX_AGENCY_WORDS
        and lexicon().is_agency(line)
        and all(map(_is_name_word, words))
        and not ends_a_sentence(line)
    )


def _is_bare_name(line: str, under: str) -> bool:
    """Whether a line under a headline is its writer's name alone, no "By", as a student's or
    a freelancer's copy signs it ("Liam Abbott"), standing apart from the text: two or three
    capitalised words (:data:`NAME_WORD`), none a function word, a preposition ("In Brief") or a
    section's ("World News"), that read as a person's (:func:`_names_a_person`), a blank line
    under it.

    >>> _is_bare_name("Liam Abbott", ""), _is_bare_name("Sean O'Neill", "")
    (True, True)
    >>> _is_bare_name("Police Say Driver Fled", ""), _is_bare_name("Liam Abbott", "said on Monday.")
    (False, False)
    >>> _is_bare_name("Breaking News", ""), _is_bare_name("In Brief", "")
    (False, False)
    """
    words, terms = line.split(), lexicon()
    return (
        not under.strip()
        and 2 <= len(words) <= MAX_BARE_NAME_WORDS
        and all(NAME_WORD.fullmatch(word) for word in words)
        and not {word.casefold() for word in words} & (terms.function_words | terms.prepositions)
        and _names_a_person(line)
    )


def _is_a_name_line(line: str) -> bool:
    """Whether a line is a name, as a company's is written: it ends no sentence but perhaps with
    an abbreviation ("Norvia Health, Inc.")."""
    return not ends_a_sentence(line) or ends_with_abbreviation(line)


def _is_section_path(line: str) -> bool:
    """A web page's path of sections, copied with its text: names of a few words each, between
    bars or the like, none ending a sentence ("News | Kent | Ashford")."""
    parts = FIELD_SEPARATOR.split(line)
    return len(parts) > 1 and all(
        len(part.split()) <= MAX_SECTION_WORDS and _are_names(part) and not ends_a_sentence(part)
        for part in parts
    )


def _is_short_label(line: str, under: str) -> bool:
    """A line of a word or two (a section name, "WASHINGTON -") that ends no sentence and does
    not go on in the line ``under`` it."""
    return (
        _word_count(line) < MIN_TITLE_WORDS
        and not ends_a_sentence(line)
        and not under[:1].islower()
    )


def _is_short_headline(line: str, next_text: str, byline: re.Pattern[str]) -> bool:
    """Two words right above a byline or date line ("Port strike" / "By Ann Lee"), not set as a
    section's name is ("WORLD NEWS", "Breaking News")."""
    return (
        _word_count(line) == 2
        and not (line.isupper() or line.istitle())
        and _is_above_fields(next_text, byline)
    )


def _is_above_fields(next_text: str, byline: re.Pattern[str]) -> bool:
    """Whether ``next_text``, the next line with text, is a byline or date line."""
    return bool(_fields(" ".join(next_text.split()), byline))


def _line_at(lines: list[str], number: int) -> str:
    """The line of that number, or none ("") after the last."""
    return lines[number] if number < len(lines) else ""


def _next_line(lines: list[str], start: int) -> str:
    """The first line with text from ``start`` on, its spaces as written. It is looked for in
    place: copying the lines after each opening line made a text of thousands of short lines (a
    table of results) take seconds."""
    return next((lines[n] for n in range(start, len(lines)) if lines[n].strip()), "")


def _is_headline(line: str, under: str, next_text: str, byline: re.Pattern[str]) -> bool:
    """A line of a few words that ends no sentence, is not a quotation ("We will not back down"
    opens a story as often as it heads one), and stands apart: a blank line, a byline or date
    line, or a label follows it. A line followed by more text may be the first line of a
    wrapped paragraph, however it ends ("... on Monday, union leader" / "Maria Costa said").
    A line in title case may end with an abbreviation's full stop ("... New Jersey G.O.P.") above
    a byline or date line: above a paragraph, it is a caption or a list of names ("Tom Reed Jr.,
    Ann Lee and Sam Roe Sr."), in title case as names are. So may a question or an exclamation
    ("Will the port reopen?"), which over a paragraph is its lede."""
    last = line.rstrip(CLOSING_MARKS)[-1:]
    return (
        _word_count(line) >= MIN_TITLE_WORDS
        and (
            last not in PROSE_ENDS
            or (
                (last in ASKING_ENDS or (ends_with_abbreviation(line) and is_title_cased(line)))
                and _is_above_fields(next_text, byline)
            )
        )
        and not _is_quotation(line)
        and _stands_apart(under, byline)
        # "By Monday evening the port was empty": no names, so a sentence, not a byline; in
        # title case, words that sign no one are a headline ("By The Numbers").
        and (is_title_cased(line) or not byline.fullmatch(line))
    )


def _is_quotation(line: str) -> bool:
    """Whether a line is a quotation: it opens with a quotation mark and ends with a closing
    mark or bracket, or with a mark its opening one closes with in its language (German books
    close "\u00bb" with "\u00ab").

    >>> _is_quotation("\u201eWir bleiben\u201c"), _is_quotation("\u00bbWir bleiben\u00ab")
    (True, True)
    """
    closing = CLOSING_MARKS + CLOSING_QUOTES.get(line[:1], "")
    return line[:1] in OPENING_QUOTES and line[-1:] in closing


def _stands_apart(under: str, byline: re.Pattern[str]) -> bool:
    """Whether the line ``under`` a headline is blank, a byline or date line, a label, or a
    dateline, as a newspaper's page sets one right under its headline ("GRAIN ELEVATOR BURNS" /
    "TOPEKA, Kan., April 21 (AP) -- A grain elevator ...")."""
    following = under.strip()
    # "... signed" / "by Maria Costa and Tom Ray." goes on in lower case: a wrapped sentence.
    return not following or (
        not following[:1].islower()
        and (
            bool(_fields(following, byline))
            or _is_label(following)
            or lexicon().dateline(following) is not None
        )
    )


def is_title_cased(line: str) -> bool:
    """Whether a line capitalises each word that says what it is about, as a headline in title
    case does ("Storm Batters Coast of Washington, D.C.") and a sentence does not ("He met
    Sen. Joe Biden in D.C."); words of one or two letters and function words aside.

    >>> is_title_cased("Senate Passes Bill on Trade With the U.S."), is_title_cased("Aid went to the U.S.")
    (True, False)
    """
    words = (word.strip(PROSE_ENDS + CLOSING_MARKS + OPENING_QUOTES) for word in line.split())
    return all(
        word[:1].isupper() or not word[:1].isalpha()
        for word in words
        if len(word) > 2 and word.casefold() not in lexicon().function_words
    )


def _word_count(line: str) -> int:
    """The words of a line: between spaces, or, in Chinese, which has none, as cut."""
    return len(find_words(line)) if HAN.search(line) else len(line.split())
