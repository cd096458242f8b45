"""A live page's entries, each told apart with the time it was posted.

A live blog is one page of many short entries, newest first, each posted at its own time. Read as
one article, a rival's entry lifted at 09:55 from ours of 09:47 is only "shared text" between two
pages, dated by when each page opened: which entry, when, and who posted first are lost. Each
entry is read as an article of its own, by the first of three signs that find three entries or
more (an ordinary article with one ``<time>`` or one stamped paragraph is untouched):

- the page's JSON-LD ``LiveBlogPosting``, whose ``liveBlogUpdate`` lists each entry's time,
  headline and text;
- repeated containers, side by side, each holding one ``<time datetime>``;
- a run of paragraphs or headings that open with a time of day ("09:14 —", ``<h3>9.58am</h3>``,
  ``<p class="lb-time">09:55</p>``) running newest first, on the day the page was published.

The entries' markup is handed back for the reader to extract as it extracts a page (embedded
posts, share links and promotions left out). Saves of one page repeat its entries: an entry saved
unchanged is kept once, as posted (:func:`as_first_saved`).
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from copy import deepcopy
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from itertools import pairwise
from typing import Any

from lxml.html import HtmlElement, tostring

from compare.dates import hour_of_day, time_field
from compare.lexicon import STAMP_TIME, entry_stamp
from compare.records import Document

# Fewer entries than this make an article with a time or two in it, not a live page.
MIN_ENTRIES = 3
HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# The elements a stamp of a run stands in: a paragraph or a heading.
STAMPED = ("p", *HEADINGS)
# A stamp gives a time of day, on the page's day; one that would fall more than this before the
# page opened was posted after midnight.
BEFORE_THE_PAGE = timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class LiveEntry:
    """One entry of a live page: the name it has in the page's address (its element's ``id``,
    else its time: ``entry-0955``), when it was posted (ISO 8601 with the page's offset), its own
    heading if it has one, and its markup without its time stamp and heading."""

    anchor: str
    posted: str
    heading: str | None
    markup: str


def live_entries(
    tree: HtmlElement,
    updates: Sequence[Mapping[str, Any]],
    published: str | None,
    dated_elsewhere: Callable[[HtmlElement], bool],
) -> list[LiveEntry]:
    """The entries of a live page, by the first sign that finds :data:`MIN_ENTRIES` or more of
    them: its JSON-LD ``updates`` (``liveBlogUpdate``), containers each holding a ``<time
    datetime>`` (not one that ``dated_elsewhere`` says dates a comment or another story), else
    time stamps opening its paragraphs, dated by the page's ``published`` day; none for any
    other page.

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring("<html><body><article><h1>Storm live</h1>" + "".join(
    ...     f'<div class="post" id="p{n}"><time datetime="2026-09-14T{t}:00-05:00">{t}</time>'
    ...     f"<p>Entry {n} says the wind rose.</p></div>"
    ...     for n, t in ((3, "09:50"), (2, "09:10"), (1, "08:30"))) + "</article></body></html>")
    >>> [(e.anchor, e.posted) for e in live_entries(page, [], None, lambda time: False)]
    [('p3', '2026-09-14T09:50:00-05:00'), ('p2', '2026-09-14T09:10:00-05:00'), ('p1', '2026-09-14T08:30:00-05:00')]
    """
    finders: tuple[Callable[[], list[LiveEntry]], ...] = (
        lambda: _updates_given(tree, updates, dated_elsewhere),
        lambda: _timed_containers(tree, dated_elsewhere),
        lambda: _stamped_runs(tree, published),
    )
    for find in finders:
        if len(entries := find()) >= MIN_ENTRIES:
            return entries
    return []


def as_first_saved(entries: Sequence[Document]) -> list[Document | None]:
    """Each of a run's live ``entries`` as it is kept: the first save of an entry (one outlet's,
    at one address, posted at one moment) as posted, without the time of its save, as its text
    stood from then; a later save of it that changed its text, dated by that save (an edit made
    by then); ``None`` for a later save that repeats the one before, as each save of a live page
    repeats its older entries.

    >>> url = "https://hd.example/live#post-0947"
    >>> saves = [Document(f"s{n}", "HD", text, url=url, published_time="2026-09-14T14:47:00Z",
    ...     modified_time=saved, captured=True) for n, text, saved in [
    ...     (1, "A man died.", "2026-09-14T17:00:00Z"), (2, "A man died.", "2026-09-14T20:15:00Z"),
    ...     (3, "A man, 74, died.", "2026-09-14T22:00:00Z")]]
    >>> [(d.id, d.modified_time) if d else None for d in as_first_saved(saves)]
    [('s1', None), None, ('s3', '2026-09-14T22:00:00Z')]
    """
    kept: list[Document | None] = list(entries)
    saves: defaultdict[tuple[str, str | None, str | None], list[int]] = defaultdict(list)
    for place, entry in enumerate(entries):
        saves[entry.source, entry.url, entry.published_time].append(place)
    for places in saves.values():
        places.sort(key=lambda place: entries[place].modified_time or "")
        first = entries[places[0]]
        kept[places[0]] = replace(first, modified_time=None, captured=False)
        text = first.text
        for place in places[1:]:
            if entries[place].text == text:
                kept[place] = None
            text = entries[place].text
    return kept


@dataclass(frozen=True, slots=True)
class RemovedEntry:
    """An entry of a live page that a later save of the page no longer holds: where it was read
    last (``live.html#post-0720``), when it was posted (UTC), and the save without it."""

    where: str
    posted: str | None
    save: str


def removed_entries(entries: Sequence[Document]) -> list[RemovedEntry]:
    """The entries among a run's live ``entries`` (each save's, as read) that the next save of
    their page (one outlet's, at one address), ordered by the time of each save, no longer holds:
    news taken down. An entry older than every entry the next save holds is left out: a live page
    moves its oldest entries to a page of their own as it grows.

    >>> page = "https://hd.example/live"
    >>> def save(path, saved, *posted):
    ...     return [Document(f"{path}-{t}", "HD", "A man died.", path=path, url=f"{page}#{t}",
    ...         published_time=f"2026-09-14T{t}:00Z", modified_time=saved) for t in posted]
    >>> first = save("a.html", "2026-09-14T17:00:00Z", "14:47", "14:30", "14:10")
    >>> later = save("b.html", "2026-09-14T20:15:00Z", "19:00", "14:47", "14:30")
    >>> removed_entries(first + later)
    []
    >>> removed_entries(first + save("c.html", "2026-09-14T20:15:00Z", "19:00", "14:47", "14:10"))
    [RemovedEntry(where='a.html', posted='2026-09-14T14:30:00Z', save='c.html')]
    """
    saves: defaultdict[tuple[str, str], defaultdict[str, list[Document]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for entry in entries:
        if entry.url:
            saves[entry.source, entry.url.partition("#")[0]][entry.path].append(entry)
    removed = []
    for page in saves.values():
        ordered = sorted(page.values(), key=lambda held: held[0].modified_time or "")
        for earlier, later in pairwise(ordered):
            if (earlier[0].modified_time or "") >= (later[0].modified_time or ""):
                continue
            kept = {(entry.url, entry.published_time) for entry in later}
            oldest = min(entry.published_time or "" for entry in later)
            removed += [
                RemovedEntry(entry.record or entry.path, entry.published_time, later[0].path)
                for entry in earlier
                if (entry.url, entry.published_time) not in kept
                and (entry.published_time or "") >= oldest
            ]
    return removed


def _updates_given(
    tree: HtmlElement,
    updates: Sequence[Mapping[str, Any]],
    dated_elsewhere: Callable[[HtmlElement], bool],
) -> list[LiveEntry]:
    """The entries a page's JSON-LD lists, each with its text (``articleBody``), time
    (``datePublished``) and ``headline``: its own heading unless its text opens with it, as a
    headline cut from the text's first words does. Each is named by the ``id`` of the container
    its time stands in on the page, if it has one."""
    # Most pages list none: their times' containers are looked for once, by _timed_containers.
    if not updates:
        return []
    named = {
        moment: anchor
        for time, container in _time_containers(tree, dated_elsewhere)
        if (moment := time_field(time.get("datetime"))) and (anchor := container.get("id"))
    }
    entries = []
    taken: set[str] = set()
    for update in updates:
        body, posted, headline = (
            update.get(key) for key in ("articleBody", "datePublished", "headline")
        )
        if not (
            isinstance(body, str) and isinstance(posted, str) and (moment := time_field(posted))
        ):
            continue
        heading = headline.strip() if isinstance(headline, str) and headline.strip() else None
        if heading and body.lstrip().startswith(heading.rstrip(".")):
            heading = None
        paragraphs = "".join(
            f"<p>{html.escape(line)}</p>" for line in body.splitlines() if line.strip()
        )
        anchor = _anchor(named.get(moment) or _time_anchor(posted), taken)
        entries.append(LiveEntry(anchor, posted.strip(), heading, f"<div>{paragraphs}</div>"))
    return entries


def _timed_containers(
    tree: HtmlElement, dated_elsewhere: Callable[[HtmlElement], bool]
) -> list[LiveEntry]:
    """The entries of a page set out as containers side by side, each holding one ``<time
    datetime>`` (``<div class="block">``, ``<section class="update">``): the most such under
    one parent, running newest first or on a page that calls itself live."""
    groups: defaultdict[HtmlElement | None, list[tuple[HtmlElement, HtmlElement]]] = defaultdict(
        list
    )
    for time, container in _time_containers(tree, dated_elsewhere):
        groups[container.getparent()].append((time, container))
    found = max(groups.values(), key=len, default=[])
    moments = [time_field(time.get("datetime")) or "" for time, _ in found]
    if len(found) < MIN_ENTRIES or not (_newest_first(moments) or _calls_itself_live(tree)):
        return []
    entries = []
    taken: set[str] = set()
    for time, container in found:
        posted = str(time.get("datetime")).strip()
        copy = _copy(container)
        for stamp in copy.iter("time"):
            if stamp.get("datetime") == time.get("datetime"):
                stamp.drop_tree()
                break
        heading = _take_heading(copy)
        anchor = _anchor(container.get("id") or _time_anchor(posted), taken)
        entries.append(LiveEntry(anchor, posted, heading, tostring(copy, encoding="unicode")))
    return entries


def _time_containers(
    tree: HtmlElement, dated_elsewhere: Callable[[HtmlElement], bool]
) -> Iterator[tuple[HtmlElement, HtmlElement]]:
    """Each ``<time datetime>`` of a page that gives a moment, but those ``dated_elsewhere``
    (a comment's, another story's), with the largest element around it that holds no other
    (its entry's container), when that holds a paragraph of text too."""
    times = [
        time
        for time in tree.iter("time")
        if time_field(time.get("datetime")) and not dated_elsewhere(time)
    ]
    around = Counter(ancestor for time in times for ancestor in time.iterancestors())
    for time in times:
        container = time
        while (parent := container.getparent()) is not None and around[parent] == 1:
            container = parent
        if container is not time and container.find(".//p") is not None:
            yield time, container


def _stamped_runs(tree: HtmlElement, published: str | None) -> list[LiveEntry]:
    """The entries of a page whose paragraphs or headings open with the time of posting: each
    stamp and what follows it beside it, up to the next stamp. A stamp alone on its line
    ("09:55", "9.58am") opens an entry, a heading right under it its own; a heading's words after it ("7.33am: Landfall") are the
    entry's heading; a paragraph's ("09:14 — Fire crews ...") its first line. The day is the
    page's, by its publication time; without one, no entry can be dated."""
    try:
        opened = datetime.fromisoformat(published.strip()) if published else None
    except ValueError:
        opened = None
    if opened is None or opened.tzinfo is None:
        return []
    stamps = [
        (element, text, end, time)
        for element in tree.iter(*STAMPED)
        if (end := entry_stamp(text := " ".join(element.text_content().split())))
        and (time := STAMP_TIME.match(text))
        and not time["updated"]
    ]
    posted = [_posted(time, opened) for _, _, _, time in stamps]
    # A chronology's times run oldest first: "8:46 a.m. \u2014 Flight 11 crashes ...".
    if len(stamps) < MIN_ENTRIES or not _newest_first([time_field(when) or "" for when in posted]):
        return []
    stamped = {element for element, _, _, _ in stamps}
    entries = []
    taken: set[str] = set()
    for (element, text, end, _), when in zip(stamps, posted, strict=True):
        rest = text[end:].strip()
        heading = rest if rest and element.tag in HEADINGS else None
        opening = f"<p>{html.escape(rest)}</p>" if rest and heading is None else ""
        following: list[str] = []
        for sibling in element.itersiblings():
            if sibling in stamped or any(inner in stamped for inner in sibling.iter()):
                break
            # A heading right under a stamp alone is the entry's own.
            if heading is None and not rest and not following and sibling.tag in HEADINGS:
                heading = " ".join(sibling.text_content().split()) or None
                continue
            following.append(tostring(sibling, encoding="unicode", with_tail=False))
        markup = f"<div>{opening}{''.join(following)}</div>"
        entries.append(LiveEntry(_anchor(_time_anchor(when), taken), when, heading, markup))
    return entries


def _posted(time: re.Match[str], opened: datetime) -> str:
    """When an entry stamped with ``time`` (a match of ``STAMP_TIME``) was posted on a page
    opened at ``opened``: that time of its day, or of the next day when it would come more than
    :data:`BEFORE_THE_PAGE` before the page opened."""
    posted = opened.replace(hour=hour_of_day(time) or 0, minute=int(time["minute"] or 0), second=0)
    if posted < opened - BEFORE_THE_PAGE:
        posted += timedelta(days=1)
    return posted.isoformat()


def _newest_first(moments: Sequence[str]) -> bool:
    """Whether ``moments`` run newest first, as a live page's entries do, more often than not.

    >>> _newest_first(["09:40", "08:55", "09:10", "07:20"]), _newest_first(["07:20", "08:55", "09:40"])
    (True, False)
    """
    steps = [later < earlier for earlier, later in pairwise(moments)]
    return sum(steps) * 2 > len(steps)


def _calls_itself_live(tree: HtmlElement) -> bool:
    """Whether a page's title says it is live ("Storm live", "LIVE: ...")."""
    title = tree.findtext(".//title") or ""
    return "live" in title.casefold().replace(":", " ").split()


def _time_anchor(posted: str) -> str:
    """An entry's name by the time of day it was posted: "entry-0955"."""
    return f"entry-{posted[11:13]}{posted[14:16]}"


def _anchor(name: str, taken: set[str]) -> str:
    """``name``, or with a number after it when another entry of the page has it."""
    anchor = name
    number = 1
    while anchor in taken:
        number += 1
        anchor = f"{name}-{number}"
    taken.add(anchor)
    return anchor


def _copy(element: HtmlElement) -> HtmlElement:
    """A copy of ``element`` to cut the stamp and heading from, without its tail."""
    copy = deepcopy(element)
    copy.tail = None
    return copy


def _take_heading(entry: HtmlElement) -> str | None:
    """The text of an entry's own heading, cut from it; ``None`` when it has none."""
    heading = next(entry.iter(*HEADINGS), None)
    if heading is None:
        return None
    text = " ".join(heading.text_content().split())
    heading.drop_tree()
    return text or None
