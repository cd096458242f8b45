"""What a web page shows around its article, left out of a copy of the page's text.

A page selected and copied into a text file (select all, copy, paste) carries its menus, its
cookie banner, the marks where its advertisements stood, its lists of other stories, its sign-up
form and its footer's links, a line each; a page printed to PDF and saved as text carries the
browser's header and footer on every page (when it was printed and the page's title, its address
and the page's number), and a sentence that ran on from one page to the next is cut in two by
them. None of it is the article's: left in, each line would be a sentence the outlet adds, and a
headline over a menu would not be read as the headline. A saved page loses the same in its
extraction; a text file loses it here, cautiously, by the lines' shape and the page's stock words
(``[page_furniture]`` in ``framing_terms.toml``): one-word lines of a menu and a cookie banner's
lines only above the article's first sentence or under its last, and a printed page's lines only
in a text that gives a page's number.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import pairwise

from compare.dates import MONTH_NAME, WRITTEN_DATE, parse_date
from compare.lexicon import lexicon
from compare.plain_text import OPEN_ENDS, SHORT_LINE, WIDTH_QUANTILE, ends_a_sentence
from compare.segment import sentence_spans

# What a browser prints at the head and foot of each page: the page's number ("1/2", "Page 1 of
# 2"), when it was printed ("4/11/25, 3:52 PM") and the page's address.
PAGE_NUMBER = re.compile(r"(?:page\s+)?(?P<page>\d{1,3})\s*(?:/|of)\s*(?P<pages>\d{1,3})", re.I)
PRINTED_AT = r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
PAGE_ADDRESS = r"(?:https?://|www\.)\S+"
PRINT_MARK = rf"{PRINTED_AT}|{PAGE_ADDRESS}|{PAGE_NUMBER.pattern}"
LEADING_PRINT_MARK = re.compile(rf"(?:{PRINT_MARK})(?:\s+|$)", re.IGNORECASE)
TRAILING_PRINT_MARK = re.compile(rf"(?:^|\s+)(?:{PRINT_MARK})$", re.IGNORECASE)
PRINT_MARK_OPENINGS = frozenset({"http", "www.", "page"})
# A header's or footer's line is short: a longer one is the article's, whatever it opens with.
MAX_PRINT_LINE_CHARS = 300
# The items of a line a page sets side by side (a menu, its footer's links): apart by bars or
# dots, tabs, or two spaces or more, as a copy or a print keeps the gaps between them.
ITEM_SEPARATOR = re.compile(r"[ \t]*[|\u00b7\u2022][ \t]*|[ ]*\t[ \t]*|[ ]{2,}")
ITEM_GAPS = ("|", "\u00b7", "\u2022", "\t", "  ")
# A menu's items are a word or two each, capitalised ("News", "Real Estate", "Arts & Culture"),
# three of them at least, on a line or a line each.
MAX_MENU_ITEM_WORDS = 2
MIN_MENU_ITEMS = 3
# An advertisement's mark and a form's field are a few words ("Story continues below
# advertisement", "Enter your email address").
MAX_MARK_WORDS = 6
# A printed paper's or e-edition's running heads and feet, as a PDF's text gives them on each
# page: the outlet, the date, the page's folio ("A4", "12", "Page 3", "Page 3 of 8"), at a line's
# start or end, which changes from page to page while the rest of the line stays.
FOLIO = r"(?i:page\s+)?\d{1,3}(?:\s*(?:/|(?i:of))\s*\d{1,3})?|[A-Z]{1,2}-?\d{1,3}"
LEADING_FOLIO = re.compile(rf"(?P<folio>{FOLIO})(?:[ \t]*[|\u00b7\u2022][ \t]*|\s+|$)")
TRAILING_FOLIO = re.compile(rf"(?:^|[ \t]*[|\u00b7\u2022][ \t]*|\s+)(?P<folio>{FOLIO})$")
# A running line is short; one of the first or last lines of the text is the first page's head
# or the last page's foot.
MAX_RUNNING_LINE_CHARS = 120
EDGE_LINES = 2
# An old paper's running head, set in capitals, names its page in words as often as in figures
# ("PAGE THREE"), and a weekly's or a monthly's gives its edition's month alone ("APRIL, 1956").
LEADING_PAGE_IN_WORDS = re.compile(r"PAGE\s+(?P<number>[A-Z]{3,9})\s+")
TRAILING_PAGE_IN_WORDS = re.compile(r"\s+PAGE\s+(?P<number>[A-Z]{3,9})$")
EDITION_MONTH = re.compile(rf"(?i:{MONTH_NAME}),?\s+\d{{4}}(?!\d)")
# The jump head over the rest of a story another page continues ("POLIO VACCINE—" over
# "(Continued from Page 1)") is a word or a few of its headline.
MAX_JUMP_HEAD_WORDS = 6
# A footer's links are two or more ("Privacy Policy | Terms of Service").
MIN_SITE_LINKS = 2
# The letters a word of an outlet's name in capitals has unless it is initials ("BBC", "WKRN").
VOWELS = frozenset("aeiouy")
# An embedded social media post as a copy of its page keeps it: its signature line, the poster's
# name and handle in brackets, after a dash and before the day it was posted ("— Calder Fire &
# Rescue (@CalderFire) June 14, 2025", X's) or after Instagram's "A post shared by", and the link
# to its picture that closes its text ("pic.twitter.com/abc"). Only these go: a copy keeps no
# sign of where the post's own words begin, and a line naming a speaker's handle without its day
# may close a quotation.
POSTED_ON = rf"(?i:{MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_NAME}\s+\d{{4}})"
POST_SIGNATURE = re.compile(
    rf"(?:[\u2013\u2014\u2015]|--?)\s*[^\W\d_][^()\n]{{0,80}}\(@\w{{1,30}}\)\s+{POSTED_ON}"
    rf"|(?i:a post shared by)\s+[^\W\d_][^()\n]{{0,80}}\(@[\w.]{{1,30}}\)(?:\s+{POSTED_ON})?"
)
POST_PICTURE_LINK = re.compile(r"\s*(?<![\w/.])pic\.twitter\.com/\w+")
# A list of headlines runs to a blank line or a line of prose, its headlines of a few words.
MAX_LISTED_HEADLINE_WORDS = 20
LIST_NUMBER = re.compile(r"\d{1,2}[.)]?")
# What a listed headline does not end with: a sentence's full stop, a clause's comma.
SENTENCE_ENDS = ".,;:\u3002"
# A footer's copyright line and whom it names: "\u00a9 2025 LocalNewsNow24. All rights reserved.",
# "Copyright (c) 2024-2025 Lakeside Ledger".
COPYRIGHT_HOLDER = re.compile(
    r"(?:\u00a9|\(c\)|copyright)(?:\s*(?:\u00a9|\(c\)))?\s*(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?,?\s*)?"
    r"(?P<holder>[^\W\d_][^.,|]{0,60}?)\s*(?:[.,|]|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PageCopy:
    """A text without its page's furniture; the page's title, as a print's header gives it
    ("Fire at Riverton plant injures two | Lakeside Ledger"), and the site's name, as its menu
    gives it ("Tri-County Herald"), when they were found; and whether the text was printed, so
    hyphenated by its typesetter as a browser hyphenates a page's words to print it; and the
    outlet and the day, as written, that a printed paper's first running head gives ("THE
    HERALD   MONDAY, MARCH 10, 2025   A4")."""

    text: str
    page_title: str | None = None
    masthead: str | None = None
    printed: bool = False
    edition_outlet: str | None = None
    edition_date: str | None = None


def page_copy(text: str) -> PageCopy:
    """``text`` without what a web page shows around its article, when it is a copy of one.

    Out go: a print's header and footer lines, in a text that gives a page's number beside the
    page's address or the time it was printed ("https://ledger.example/fire 1/2", "Page 1 of
    2"), and a sentence a page break cut in two is one paragraph again; the marks of
    advertisements ("ADVERTISEMENT"); lines that link another story ("Read more: Council to
    vote"); a list of headlines under its heading ("Most Read", "Related Stories"); a sign-up
    form's fields ("Enter your email"); a row of a footer's links ("Privacy Policy | Terms of
    Service | Contact", also at the end of a copyright line); the readers' comments under their
    heading (see :func:`_comment_sections`); above the article's first sentence or under its
    last, a cookie banner's lines (see :func:`_cookie_banners`) and a menu: three items or
    more, a line each or side by side, each a page's control ("Skip to main content", "Sign
    in") or a word or two, capitalised, half of them at least a word alone or a control. The
    site's name is a menu's item that reads as an outlet's, or that the footer's copyright line
    names ("LocalNewsNow24"), else the outlet that line names.

    >>> copy = page_copy("Skip to main content\\nTri-County Herald\\nNews\\nSports\\nPort reopens\\n\\n"
    ...                  "The port reopened on Monday.\\nADVERTISEMENT\\nTrade resumed.\\nPrivacy | Terms")
    >>> copy.text, copy.masthead
    ('Port reopens\\n\\nThe port reopened on Monday.\\nTrade resumed.', 'Tri-County Herald')
    """
    lines = [POST_PICTURE_LINK.sub("", _without_site_links(line)) for line in text.split("\n")]
    printed, page_title = _printed_page(lines)
    running, running_head = _running_lines(lines)
    if not running:
        running, running_head = _lone_running_head(lines)
    printed |= running
    gone = printed | _printed_page_furniture(lines)
    gone |= {n for n, line in enumerate(lines) if _is_furniture(line)}
    gone |= _story_lists(lines)
    gone |= _comment_sections(lines, gone)
    gone |= _cookie_banners(lines, gone)
    menus, masthead = _menus(lines, gone)
    gone |= menus
    if not gone and lines == text.split("\n"):
        return PageCopy(text)
    outlet, day = _outlet_and_day(running_head) if running_head else (None, None)
    return PageCopy(
        _joined(lines, gone),
        page_title,
        masthead,
        printed=bool(printed),
        edition_outlet=outlet,
        edition_date=day,
    )


def without_printed_furniture(text: str) -> str:
    """``text`` without a printed page's running heads and jump lines (see
    :func:`_printed_page_furniture`), as an OCR system's export gives an article's text: the two
    halves of a story another page continues are one text again.

    >>> without_printed_furniture("The vote was set.\\n\\n(Continued on Page 6)\\n\\n"
    ...     "PAGE 6    THE HOPE STAR, TUESDAY, APRIL 22, 1927\\n\\nVOTE\u2014\\n\\n"
    ...     "(Continued from Page 1)\\n\\nIt passed.")
    'The vote was set.\\n\\nIt passed.'
    """
    lines = text.split("\n")
    gone = _printed_page_furniture(lines)
    return _joined(lines, gone) if gone else text


def _printed_page_furniture(lines: Sequence[str]) -> set[int]:
    """The numbers of a printed page's lines that are no story's, wherever they stand in a text
    read from it: its running heads in capitals (see :func:`_is_printed_running_head`), as a story
    continued on another page carries that page's head into its text, and the jump lines that
    send a story on and bring it back ("(Continued on Page 8)", "(Continued from Page 1)": see
    :meth:`~compare.lexicon.Lexicon.is_jump_line`) with the jump head over one ("POLIO
    VACCINE\u2014"): a line of a few words in capitals right above it, blank lines aside. Left
    in, two stories of one issue shared their running heads as a sentence copied."""
    terms = lexicon()
    heads = {n for n, line in enumerate(lines) if _is_printed_running_head(line)}
    jumps = {
        n for n, line in enumerate(lines) if "page" in line.casefold() and terms.is_jump_line(line)
    }
    jump_heads = set()
    for jump in jumps:
        above = jump - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        if above >= 0 and _is_jump_head(lines[above]):
            jump_heads.add(above)
    return heads | jumps | jump_heads


def _is_printed_running_head(line: str) -> bool:
    """Whether a line is a printed paper's running head set in capitals: a folio, the paper's
    name and its edition's day or month ("PAGE 8    CEDAR BEND GAZETTE, TUESDAY, NOVEMBER 10,
    1953", "PAGE 3    THE ASHBY WEEKLY TIMES    APRIL, 1956", "THE MILLBROOK COURIER, WEDNESDAY,
    FEBRUARY 11, 1931  PAGE THREE"). A folio in figures alone stands apart from the head's words
    by a wide gap, as a headline's figures do not ("50 DIE IN FLOOD, MARCH 3, 1931").

    >>> _is_printed_running_head("PAGE 3    THE ASHBY WEEKLY TIMES    APRIL, 1956")
    True
    >>> _is_printed_running_head("50 DIE IN FLOOD, MARCH 3, 1931")
    False
    """
    head = line.strip()
    if len(head) > MAX_RUNNING_LINE_CHARS or not head.isupper() or ends_a_sentence(head):
        return False
    folio, rest = _printed_folio(head)
    day = WRITTEN_DATE.search(rest)
    edition = day if day and parse_date(day.group()) else EDITION_MONTH.search(rest)
    if not folio or edition is None:
        return False
    return any(character.isalpha() for character in rest[: edition.start()] + rest[edition.end() :])


def _printed_folio(head: str) -> tuple[str, str]:
    """A running head's folio and the rest of it: a page named in words or figures ("PAGE
    THREE", "PAGE 3"), or a folio set apart from the rest ("A4    THE HERALD"); no folio ("")
    for a head that gives none.

    >>> _printed_folio("THE COURIER, MAY 2, 1931  PAGE THREE"), _printed_folio("5 DIE, MAY 2, 1931")
    (('PAGE THREE', 'THE COURIER, MAY 2, 1931'), ('', '5 DIE, MAY 2, 1931'))
    """
    for found in (LEADING_PAGE_IN_WORDS.match(head), TRAILING_PAGE_IN_WORDS.search(head)):
        if found and found["number"].casefold() in lexicon().number_words:
            return found.group().strip(), (head[: found.start()] + head[found.end() :]).strip()
    folio, rest = _without_folio(head)
    if folio[:4].casefold() == "page" or len(_items(head)) > 1:
        return folio, rest
    return "", head


def _is_jump_head(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= MAX_JUMP_HEAD_WORDS and line.isupper() and not ends_a_sentence(line)


def _is_furniture(line: str) -> bool:
    """Whether a line is an advertisement's mark, a link to another story, a form's field, a
    row of a footer's links or an embedded post's signature (``POST_SIGNATURE``), wherever it
    stands: each a few words, as a headline is.

    >>> _is_furniture("— Calder Fire & Rescue (@CalderFire) June 14, 2025")
    True
    >>> _is_furniture("— Anna Kowalczyk, fire chief (@CalderFire)")
    False
    """
    terms = lexicon()
    words = len(line.split())
    return (
        POST_SIGNATURE.fullmatch(line.strip()) is not None
        or (0 < words <= MAX_MARK_WORDS and (terms.is_ad_mark(line) or terms.is_form_field(line)))
        or (
            0 < words <= MAX_LISTED_HEADLINE_WORDS
            and (terms.links_a_story(line) or _is_site_links_row(line))
        )
    )


def _items(line: str) -> list[tuple[int, int]]:
    """Where the items of a line set side by side are (see ``ITEM_SEPARATOR``). Most lines are
    prose, with no mark nor gap between items, and are one item without a pattern tried."""
    if not any(gap in line for gap in ITEM_GAPS):
        return [(0, len(line))] if line.strip() else []
    spans, start = [], 0
    for separator in ITEM_SEPARATOR.finditer(line):
        spans.append((start, separator.start()))
        start = separator.end()
    spans.append((start, len(line)))
    return [(a, b) for a, b in spans if line[a:b].strip()]


def _is_site_links_row(line: str) -> bool:
    """Whether a line is a row of a site's footer links: "Privacy Policy | Terms of Service |
    Contact".

    >>> _is_site_links_row("Privacy   Terms   Contact us"), _is_site_links_row("Contact")
    (True, False)
    """
    items = _items(line)
    return len(items) >= MIN_SITE_LINKS and all(lexicon().is_site_link(line[a:b]) for a, b in items)


def _without_site_links(line: str) -> str:
    """A line without the footer's links set after its text: "\u00a9 2025 Lakeside Ledger.
    All rights reserved.   Privacy   Terms" keeps its copyright.

    >>> _without_site_links("\u00a9 2025 Ledger. All rights reserved.   Privacy   Terms   Contact us")
    '\u00a9 2025 Ledger. All rights reserved.'
    """
    items = _items(line)
    kept = len(items)
    while kept and lexicon().is_site_link(line[slice(*items[kept - 1])]):
        kept -= 1
    if kept == 0 or len(items) - kept < MIN_SITE_LINKS:
        return line
    return line[: items[kept - 1][1]]


def _printed_page(lines: Sequence[str]) -> tuple[set[int], str | None]:
    """The numbers of a print's header and footer lines, and the page's title its header gives,
    in a text printed from a browser: one whose footer gives a page's number beside the page's
    address or the time it was printed, or as "Page 1 of 2". Its lines are those that give a
    page's number, and those that give the time or the address beside a title or repeat on each
    page; an address or a time alone on its line may be the article's."""
    marked = [_print_marks(line) for line in lines]
    if not any(_is_page_footer(marks, rest) for marks, rest in marked):
        return set(), None
    repeated = Counter(line.strip() for line in lines)
    printed = {
        n
        for n, (marks, rest) in enumerate(marked)
        if marks
        and (
            any(PAGE_NUMBER.fullmatch(mark) for mark in marks)
            or rest
            or repeated[lines[n].strip()] > 1
        )
    }
    titles = (rest for n, (marks, rest) in enumerate(marked) if n in printed and rest)
    return printed, next((" ".join(title.split()) for title in titles), None)


def _running_lines(lines: Sequence[str]) -> tuple[set[int], str | None]:
    """The numbers of a printed paper's running heads and feet and of its folios alone, as a
    PDF's text repeats them on each page, and the first head's words without its folio: lines
    alike but for a folio that changes ("THE HERALD   MONDAY, MARCH 10, 2025   A4", then "...
    A5"; "A4 | THE HERALD | metroherald.com"; "Page 1 of 2"), or alike and set as items side by
    side ("The Herald  |  Monday, March 10, 2025"), twice or more, one of them among the first
    or last lines of the text, where the first page's head and the last page's foot stand. A
    line that repeats elsewhere only (a quotation, a subhead) is the article's.

    >>> text = ["THE HERALD   MONDAY, MARCH 10, 2025   A4", "", "Parents met.", "A4 | THE HERALD",
    ...         "THE HERALD   MONDAY, MARCH 10, 2025   A5", "Officials left.", "A5 | THE HERALD"]
    >>> _running_lines(text)
    ({0, 3, 4, 6}, 'THE HERALD   MONDAY, MARCH 10, 2025')
    """
    texts = [n for n, line in enumerate(lines) if line.strip()]
    edges = {*texts[:EDGE_LINES], *texts[-EDGE_LINES:]}
    alike: dict[str, list[tuple[int, str, str, bool]]] = {}
    for number in texts:
        line = lines[number].strip()
        if len(line) > MAX_RUNNING_LINE_CHARS:
            continue
        folio, rest = _without_folio(line)
        set_apart = len(_items(line)) > 1
        if (rest and ends_a_sentence(rest)) or not (folio or set_apart):
            continue
        key = " ".join(ITEM_SEPARATOR.sub(" ", rest).casefold().split())
        alike.setdefault(key, []).append((number, folio, rest, set_apart))
    running = [
        found
        for found in alike.values()
        if len(found) > 1
        and not edges.isdisjoint(number for number, *_ in found)
        and (len({folio for _, folio, *_ in found}) > 1 or all(apart for *_, apart in found))
    ]
    numbers = {number for found in running for number, *_ in found}
    heads = sorted((number, rest) for found in running for number, _, rest, _ in found if rest)
    return numbers, heads[0][1] if heads else None


def _lone_running_head(lines: Sequence[str]) -> tuple[set[int], str | None]:
    """The number of a printed page's running head that a text of one page gives once, as its
    first line, and its words without its folio: a folio, an outlet and a day, each read ("PAGE 3
    THE HOPE STAR, TUESDAY, APRIL 22, 1927", "THE HOPE STAR, TUESDAY, APRIL 22, 1927   PAGE
    3"), as a head repeated on each page need not give them to be told (see
    :func:`_running_lines`).

    >>> _lone_running_head(["PAGE 3    THE HOPE STAR, TUESDAY, APRIL 22, 1927", "", "FLOOD"])
    ({0}, 'THE HOPE STAR, TUESDAY, APRIL 22, 1927')
    >>> _lone_running_head(["The Herald, Monday, March 10, 2025", "", "Parents met."])
    (set(), None)
    """
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or len(lines[first].strip()) > MAX_RUNNING_LINE_CHARS:
        return set(), None
    folio, rest = _without_folio(lines[first].strip())
    if not folio or not rest or ends_a_sentence(rest) or None in _outlet_and_day(rest):
        return set(), None
    return {first}, rest


def _outlet_and_day(head: str) -> tuple[str | None, str | None]:
    """The outlet a running head names and the day it gives, as written, when it does; a comma
    may part them, as an old paper's head sets them ("THE HOPE STAR, TUESDAY, APRIL 22, 1927").

    >>> _outlet_and_day("THE HERALD   MONDAY, MARCH 10, 2025"), _outlet_and_day("Monday, March 10, 2025")
    (('THE HERALD', 'MONDAY, MARCH 10, 2025'), (None, 'Monday, March 10, 2025'))
    >>> _outlet_and_day("THE HOPE STAR, TUESDAY, APRIL 22, 1927")
    ('THE HOPE STAR', 'TUESDAY, APRIL 22, 1927')
    """
    day = WRITTEN_DATE.search(head)
    dated = day is not None and parse_date(day.group()) is not None
    rest = head[: day.start()] + "  " + head[day.end() :] if day and dated else head
    items = (rest[a:b].strip().rstrip(",") for a, b in _items(rest))
    return next(filter(_names_a_site, items), None), day.group() if day and dated else None


def readable_outlet(name: str) -> str:
    """An outlet's name that a running head writes in capitals as its readers write it: each word
    capitalised, an outlet's particle inside it ("of", "and": ``outlet_particles``) in lower case,
    and initials kept in capitals: a word of letters without a vowel ("BBC", "WKRN"), or a
    broadcaster's, a wire service's or a country's short name the lexicon knows ("ABC", "AP",
    "USA"). A name not all in capitals is as written.

    >>> readable_outlet("THE METROPOLITAN HERALD"), readable_outlet("THE TIMES OF INDIA")
    ('The Metropolitan Herald', 'The Times of India')
    >>> readable_outlet("USA TODAY"), readable_outlet("ST. LOUIS POST-DISPATCH"), readable_outlet("iNews")
    ('USA Today', 'St. Louis Post-Dispatch', 'iNews')
    """
    if not name.isupper():
        return name
    terms = lexicon()
    initials = terms.dateline_broadcasters | set(terms.wire_aliases.values())
    readable = []
    for n, word in enumerate(name.split()):
        folded = word.casefold()
        if (
            word in initials
            or (len(word) <= len("USA") and folded in terms.countries)
            or (word.isascii() and word.isalpha() and VOWELS.isdisjoint(folded))
        ):
            readable.append(word)
        elif n and folded in terms.outlet_particles:
            readable.append(folded)
        else:
            readable.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(readable)


def _without_folio(line: str) -> tuple[str, str]:
    """A line's folio, at its start or end ("A4 | THE HERALD", "THE HERALD   A4"), and the rest
    of it; no folio ("") for a line that gives none.

    >>> _without_folio("A4  |  THE HERALD  |  herald.example"), _without_folio("Page 2 of 3")
    (('A4', 'THE HERALD  |  herald.example'), ('Page 2 of 3', ''))
    """
    if found := TRAILING_FOLIO.search(line):
        return found["folio"], line[: found.start()].strip()
    if found := LEADING_FOLIO.match(line):
        return found["folio"], line[found.end() :].strip()
    return "", line


def _print_marks(line: str) -> tuple[list[str], str]:
    """What a line of a print's header or footer gives at its start and end (a page's number, the
    time it was printed, the page's address) and what it gives between (the page's title); no
    marks for a line too long to be one."""
    rest = line.strip()
    marks: list[str] = []
    # Each mark opens with a digit, an address or "Page", and closes with a digit or an
    # address: most lines, prose, need no pattern tried.
    last = rest.rsplit(maxsplit=1)[-1].casefold() if rest else ""
    if len(rest) > MAX_PRINT_LINE_CHARS or not (
        rest[:1].isdigit()
        or rest[:4].casefold() in PRINT_MARK_OPENINGS
        or rest[-1:].isdigit()
        or last[:4] in PRINT_MARK_OPENINGS
    ):
        return marks, rest
    while rest and (leading := LEADING_PRINT_MARK.match(rest)):
        marks.append(leading.group().strip())
        rest = rest[leading.end() :]
    while rest and (trailing := TRAILING_PRINT_MARK.search(rest)):
        marks.append(trailing.group().strip())
        rest = rest[: trailing.start()]
    return marks, rest.strip()


def _is_page_footer(marks: Sequence[str], rest: str) -> bool:
    """Whether a line is a print's footer: a page's number of the pages printed, beside the
    page's address or the time it was printed ("https://ledger.example/fire 1/2"), or written as
    one ("Page 1 of 2"), and nothing else.

    >>> _is_page_footer(*_print_marks("https://ledger.example/fire   1/2")), _is_page_footer(*_print_marks("1/2"))
    (True, False)
    """
    numbers = [found for mark in marks if (found := PAGE_NUMBER.fullmatch(mark))]
    return (
        not rest
        and any(int(found["page"]) <= int(found["pages"]) for found in numbers)
        and (len(marks) > 1 or any(mark[:1].isalpha() for mark in marks))
    )


def _story_lists(lines: Sequence[str]) -> set[int]:
    """The numbers of the lines of a page's lists of its other stories: a heading ("Most Read",
    "Related Stories") and the headlines under it, up to a blank line or a line of prose."""
    terms = lexicon()
    headings = [n for n, line in enumerate(lines) if terms.is_story_list_heading(line)]
    listed = set(headings)
    # A list ends at the next heading, which opens a list of its own (and reads on over a blank
    # line under it): read from each heading, the lists of a page repeating its headings
    # thousands of times were each read to the page's end.
    for heading, stop in pairwise([*headings, len(lines)]):
        listed.update(_listed_headlines(lines, heading + 1, stop))
    return listed


def _listed_headlines(lines: Sequence[str], start: int, stop: int) -> Iterator[int]:
    """The numbers of the lines of headlines from ``start``, before ``stop``: a blank line may
    stand under the heading, and one after a headline ends the list."""
    listing = False
    for number in range(start, stop):
        line = lines[number].strip()
        if not line:
            if listing:
                return
            continue
        if not _is_listed_headline(line):
            return
        listing = True
        yield number


def _is_listed_headline(line: str) -> bool:
    """Whether a line may be an item of a list of headlines: a few words that end no sentence
    (a headline may ask: "Will the port reopen?"), or an item's number alone ("1.")."""
    return bool(LIST_NUMBER.fullmatch(line)) or (
        len(line.split()) <= MAX_LISTED_HEADLINE_WORDS and line[-1] not in SENTENCE_ENDS
    )


def _menus(lines: Sequence[str], gone: AbstractSet[int]) -> tuple[set[int], str | None]:
    """The numbers of the lines of a page's menus above the article's first sentence and under
    its last, and the site's name an item gives ("Tri-County Herald"): a row of three items or
    more on a line, or a run of three lines or more, each an item (see :func:`_is_menu_item`)."""
    text_lines = [n for n, line in enumerate(lines) if n not in gone and line.strip()]
    prose = [n for n in text_lines if ends_a_sentence(lines[n])]
    if not prose:
        return set(), None
    outside = [n for n in text_lines if n < prose[0] or n > prose[-1]]
    menus: set[int] = set()
    items: list[str] = []
    for number in outside:
        row = [lines[number][a:b].strip() for a, b in _items(lines[number])]
        if all(map(_is_menu_item, row)) and _is_menu(row):
            menus.add(number)
            items += row
    for run in _runs(lines, outside, gone):
        if _is_menu(listed := [lines[n].strip() for n in run]):
            menus.update(run)
            items += listed
    return menus, _site_named(items, _copyright_holder(lines))


def _site_named(items: Sequence[str], holder: str | None) -> str | None:
    """The site's name a page's menu and footer give: an item that reads as an outlet's name
    (see :func:`_names_a_site`), else one the copyright line names, as a brand of one word
    ("LocalNewsNow24") reads as no outlet's alone, else the outlet the copyright line names.

    >>> _site_named(["LocalNewsNow24", "Home", "News"], "LocalNewsNow24")
    'LocalNewsNow24'
    >>> _site_named(["Home", "News", "Crime"], "Valley Courier"), _site_named(["Home"], "Gannett Co")
    ('Valley Courier', None)
    """
    folded = holder.casefold() if holder else None
    return next(
        filter(_names_a_site, items),
        next((item for item in items if item.casefold() == folded), None)
        or (holder if holder and _names_a_site(holder) else None),
    )


def _comment_sections(lines: Sequence[str], gone: AbstractSet[int]) -> set[int]:
    """The numbers of the lines of a page's reader comments: their heading ("Comments (2)", "12
    Comments": ``[page_furniture] comment_headings``) under a sentence of the article, and what
    follows it up to the page's footer (its copyright line, a row of its links) or the text's
    end. Left in, the readers' names and words were sentences the outlet adds, and a copy of
    the whole article read as 87% copied.

    >>> lines = ["The port reopened.", "Comments (1)", "Sam", "Shame.", "\u00a9 2025 Ledger."]
    >>> sorted(_comment_sections(lines, set()))
    [1, 2, 3]
    """
    terms = lexicon()
    prose = [n for n, line in enumerate(lines) if n not in gone and ends_a_sentence(line)]
    if not prose:
        return set()
    headings = (n for n in range(prose[0] + 1, len(lines)) if terms.is_comment_heading(lines[n]))
    if (heading := next(headings, None)) is None:
        return set()
    footer = next(
        (
            n
            for n in range(heading + 1, len(lines))
            if COPYRIGHT_HOLDER.match(lines[n].strip()) or _is_site_links_row(lines[n])
        ),
        len(lines),
    )
    # A count of comments by the byline ("Leave a comment" under the standfirst) heads the
    # article, not its readers' words: the article's sentences come before the comments, and
    # are more of them than the comments below.
    before = sum(n < heading for n in prose)
    if before < sum(heading < n < footer for n in prose):
        return set()
    return set(range(heading, footer))


def _copyright_holder(lines: Sequence[str]) -> str | None:
    """Whom the page's last copyright line names ("\u00a9 2025 LocalNewsNow24. All rights
    reserved.": "LocalNewsNow24"), when a line gives one.

    >>> _copyright_holder(["The port reopened.", "\u00a9 2025 Lakeside Ledger. All rights reserved."])
    'Lakeside Ledger'
    """
    holders = (COPYRIGHT_HOLDER.match(line.strip()) for line in reversed(lines))
    return next((found["holder"] for found in holders if found), None)


def _cookie_banners(lines: Sequence[str], gone: AbstractSet[int]) -> set[int]:
    """The numbers of the lines of a cookie banner above the article's first sentence and under
    its last: lines whose every sentence is a site's cookie notice or a button of its banner
    ("We use cookies to give you the best experience. By continuing to browse you agree to our
    use of cookies. Accept all cookies", "Manage cookie settings"). Left in, the notice's
    sentences run past the words an opening line may have, and a button reads as a headline:
    the article's own headline, byline and date were lost. Among the article's sentences such
    words are its own, as a story about cookies may quote them.

    >>> lines = ["We use cookies. Accept all", "Port reopens", "", "The port reopened.", "Cookie settings"]
    >>> sorted(_cookie_banners(lines, set()))
    [0, 4]
    """
    text_lines = [n for n, line in enumerate(lines) if n not in gone and line.strip()]
    banners = {n for n in text_lines if _is_cookie_banner(lines[n])}
    prose = [n for n in text_lines if n not in banners and ends_a_sentence(lines[n])]
    if not prose:
        return banners
    return {n for n in banners if n < prose[0] or n > prose[-1]}


def _is_cookie_banner(line: str) -> bool:
    """Whether each sentence of a line, and each of its items set side by side (a banner's
    buttons: "Accept cookies   Reject all"), is a cookie notice or a banner's button (see
    :meth:`~compare.lexicon.Lexicon.is_cookie_consent`). Most lines say nothing of cookies and
    are not split."""
    terms = lexicon()
    if "cookie" not in line.casefold() and not terms.is_cookie_consent(line):
        return False
    return all(
        terms.is_cookie_consent(item[start:end])
        for item in (line[a:b] for a, b in _items(line))
        for start, end in sentence_spans(item)
    )


def _names_a_site(item: str) -> bool:
    """Whether a menu's item is the site's name ("Harbor Times", "THE HARBOR TIMES"), not a
    section's that reads as an outlet's ("NEWS", "US", "Local News", "World News"): two pages
    of two sites whose menus both said "NEWS" were taken for one outlet's, and a copy between
    them for no reuse.

    >>> [_names_a_site(i) for i in ("Harbor Times", "NEWS", "Local News", "Daily Mail")]
    [True, False, False, True]
    """
    terms = lexicon()
    section = all(word in terms.section_words for word in item.casefold().split())
    return not section and terms.outlets_named(item) == [item]


def _is_menu(items: Sequence[str]) -> bool:
    """Whether a menu's items, three or more, are one: half of them at least a word alone or a
    page's control, as a list of people's names ("Jane Doe", "Ann Lee", "Tom Reed") is not."""
    single = sum(len(item.split()) == 1 or _is_control(item) for item in items)
    return len(items) >= MIN_MENU_ITEMS and 2 * single >= len(items)


def _runs(
    lines: Sequence[str], numbers: Sequence[int], gone: AbstractSet[int]
) -> Iterator[list[int]]:
    """Runs of lines that are each a menu's item, among ``numbers``, one right under another
    (lines gone already between them aside)."""
    run: list[int] = []
    for number in numbers:
        joined = run and all(n in gone for n in range(run[-1] + 1, number))
        if not _is_menu_item(lines[number].strip()):
            yield run
            run = []
        elif joined:
            run.append(number)
        else:
            yield run
            run = [number]
    yield run


def _is_menu_item(item: str) -> bool:
    """Whether words may be a menu's item: one of a page's controls ("Sign in", "Skip to main
    content"), or a word or two, each capitalised, beside an outlet's particles ("Arts &
    Culture"), ending no sentence and signing no one ("By Ann").

    >>> [_is_menu_item(item) for item in ("Sign in", "Obituaries", "Real Estate", "Port Strike Ends")]
    [True, True, True, False]
    """
    terms = lexicon()
    if not item:
        return False
    if _is_control(item):
        return True
    words = [word for word in item.split() if word.casefold() not in terms.outlet_particles]
    return (
        0 < len(words) <= MAX_MENU_ITEM_WORDS
        and all(word[:1].isupper() for word in words)
        and words[0].casefold() != "by"
        and not ends_a_sentence(item)
    )


def _is_control(item: str) -> bool:
    """Whether words are one of a page's controls ("Sign in", "Skip to main content"), not a
    mark that ends a copy ("END", "-30-")."""
    terms = lexicon()
    return " ".join(item.casefold().split()) in terms.boilerplate_lines and not terms.ends_copy(
        item
    )


def _joined(lines: Sequence[str], gone: AbstractSet[int]) -> str:
    """The lines but those ``gone``; where lines went between the lines of a paragraph that runs
    on (a page's footer and the next one's header between "keep their windows closed until"
    and "Saturday morning."), the blank lines around them go too, and elsewhere one stays."""
    lengths = sorted(len(line.rstrip()) for n, line in enumerate(lines) if n not in gone)
    width = lengths[int(WIDTH_QUANTILE * (len(lengths) - 1))] if lengths else 0
    kept: list[str] = []
    blanks: list[str] = []
    removed = False
    last = ""
    for number, line in enumerate(lines):
        if number in gone:
            removed = True
        elif not line.strip():
            blanks.append(line)
        else:
            if not (removed and _runs_on(last, width)):
                kept += blanks[:1] if removed else blanks
            blanks, removed, last = [], False, line
            kept.append(line)
    return "\n".join([*kept, *blanks[:1]]).strip("\n")


def _runs_on(line: str, width: int) -> bool:
    """Whether a line ends inside a sentence and was filled to the text's width, as a wrapped
    paragraph's lines are, so that the paragraph goes on after it."""
    stripped = line.rstrip()
    return (
        bool(stripped)
        and (stripped[-1].isalnum() or stripped[-1] in OPEN_ENDS)
        and len(stripped) >= SHORT_LINE * width
    )
