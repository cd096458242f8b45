"""The frozen records every stage speaks.

Stages pass these forward and never mutate them; a later stage that adds detail (word edits,
framing notes) makes a new record.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import KW_ONLY, dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from itertools import groupby, pairwise
from typing import TYPE_CHECKING, Protocol, TypeVar
from urllib.parse import urlsplit

from compare.dates import in_date_order
from compare.settings import Settings

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)`` while a stage works: first with 0 done (unless the
stage is done at once), then with ever larger counts of one fixed total, ``done == total``
exactly once and last. A stage's calls all come before the next stage's."""
T = TypeVar("T")
H = TypeVar("H", bound=Hashable)
Advance = Callable[[int, int], None]
"""One stage's :data:`Progress`: called as ``advance(done, total)``."""
# The first line of every Markdown report compare writes, so that a report copied without its
# folder's list is still known for one (an HTML comment: a Markdown viewer shows nothing). Here,
# not in a stage, because the reader (which skips such pages) and the reports both use it.
REPORT_PAGE_MARK = "<!-- written by compare: a report, not an article -->"
# The header row of ``edges.csv`` (``report.network``), by which the reader knows that file for
# a report too.
# The first columns of both CSV reports: a row's story, and the origin and the copy by id, source
# and outlet.
ORIGIN_AND_COPY_COLUMNS = (
    "story",
    "origin",
    "origin_source",
    "origin_outlet",
    "copy",
    "copy_source",
    "copy_outlet",
)
EDGE_COLUMNS = (
    *ORIGIN_AND_COPY_COLUMNS,
    "verdict",
    "share",
    "direction_basis",
    "credited",
    "undisclosed",
    "same_article",
    "origin_press_release",
    "directed",
    "same_source",
    "origin_url",
    "origin_published",
    "copy_url",
    "copy_published",
    "found_by",
    "origin_article",
    "copy_article",
    "credit",
    "longest_run_words",
    "origin_published_time",
    "copy_published_time",
)
# The header row of ``framing.csv`` (``report.framing_table``), by which the reader knows that
# file for a report too.
FRAMING_COLUMNS = (
    *ORIGIN_AND_COPY_COLUMNS,
    "directed",
    "credited",
    "kind",
    "origin_words",
    "copy_words",
    "found_in",
    "match_kind",
    "origin_sentences",
    "origin_start",
    "origin_end",
    "origin_text",
    "copy_sentences",
    "copy_start",
    "copy_end",
    "copy_text",
    "template",
    "across_stories",
    "compatible",
    "changed_by",
)
# The columns of the first framing.csv compare wrote, through "copy_text".
FIRST_FRAMING_COLUMNS = 22


def unwatched(done: int, total: int) -> None:
    """The :data:`Advance` of a stage that nobody watches."""


def tracked(items: Sequence[T], advance: Advance) -> Iterator[T]:
    """``items`` one by one: ``advance`` hears that none is done yet, then each as it is done."""
    advance(0, len(items))
    for done, item in enumerate(items, start=1):
        yield item
        advance(done, len(items))


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read: its text and what its file or record says about it.

    ``id``, ``source`` (the outlet) and ``text`` are required; every other field is optional
    and given by name: ``Document("w1", "Reuters", text, published="2025-03-11")``.
    ``published`` is the date as the article gives it (``2025-03-11``); ``published_time`` the
    moment in UTC (``2025-03-11T08:30:00Z``) when it also gives a time and its time zone;
    ``published_offset`` that zone's offset from UTC (``-04:00``), as the article gives it, so
    that a report can show the time as the page showed it (:func:`published_as_given`).
    ``modified_time`` is the moment in UTC this version of the article was last modified, when
    its feed or page gives one: it orders versions of one article (:func:`same_article`), never
    articles of other outlets or addresses, which their publication dates order.
    ``captured`` says that ``modified_time`` is when a web archive or one's own archiver captured
    this version (by its address, a field such as ``fetched_at``, or its file's name), as its
    page gives no modification time: it orders the versions as a modification would, and a
    report says it was captured then, not modified.
    ``version_label`` is the version of its article the record says it holds, as its
    ``version`` or ``revision`` field gives it (``3``): a report names the version by it.
    ``modified_local_time`` is that moment when the feed gives it without a zone
    (``2025-06-12T19:30:00``): it orders versions of one article that one feed (one ``path``)
    dates so, as their zone is the feed's own, and after a version it gives no modification
    time, as published (:func:`version_times`). ``published_local_time`` is the moment of
    publication when the feed gives it without a zone, and no ``published_time``: a version
    never modified is by the feed's clock as it was published, among those it dates so.
    ``published_unzoned_time`` is the time of day (``07:15``) a page or file gives for its
    publication without a zone, and no other time: a clock nobody names, compared with no
    other's, which a report shows beside ``published`` as the page gave it, said to give no zone.
    ``encoding`` is how the file's bytes were decoded (``None`` for text built in memory).
    ``path`` is the file it was read from; ``record`` where in it, when the file is a JSON or
    JSON Lines feed of several records (``feed.jsonl:3``, its line; ``feed.json#2``, its place
    in the list): versions of one article in one feed share their ``path``.
    ``language`` is the language the file or record states for the article, as an ISO 639 code
    (``es`` of ``lang="es-MX"``): it is taken for the one its words would tell
    (:func:`compare.segment.language_of`).
    ``article_id`` is the article's key in its outlet's system, as a feed's record gives it
    (its ``id``, before the reader adds the record's place to make ``id`` distinct:
    ``hd-fire`` of ``hd-fire@feed.jsonl:3``): one outlet's records of one ``article_id`` and one
    moment of publication are versions of one article, whatever their ``url``
    (:func:`article_keys`).
    ``version_of`` is the id of the first of the versions of its article that the pipeline
    found by their texts (:func:`compare.versions.link_versions`: one outlet's, published at one
    minute, modified at different times, most of their text shared), when no address or id
    links them: every one of them gives it, and so they are one article (:func:`article_keys`).
    ``press_release`` says that the file or record calls the text a press release: a ``type``,
    ``kind`` or ``genre`` field of "press release" (or "news release", "media release"), or a
    label the reader took off its opening lines ("FOR IMMEDIATE RELEASE"). A release is also
    known by its text and its source's name (``boilerplate.press_release``).
    ``of_record`` says that the user named the text the record the others are read against (a
    transcript, a release, an agency's copy: ``compare run --record``): it is the origin of each
    of its pairs with another, whose framing notes tell what the other changed of it.
    ``links`` are the web addresses a web page's paragraphs link to, in order: a link to
    another outlet's site credits it.
    ``source_from_path`` says that the reader made ``source`` of the file's path, as it labels a
    file that names no outlet (``strike/fox`` of ``strike/fox.txt``; ``dpa`` of a ``dpa.txt``
    given alone): a source the file or record gives is an outlet's name, even its file's name.
    ``text`` is the article's plain text: markup in it (a feed's ``<p>`` tags) is compared as
    words, while the reader takes a web page's or Markdown file's article out of its markup. It
    is normalised as the reader normalises every text (NFC, ``\\n`` ending each line):
    :func:`compare.compare_documents` normalises a text given in memory alike, and the offsets
    of its sentences point into the result's document's text, not into the one given.

    A date or time may be given as a ``date`` or ``datetime``, as a database driver gives a
    timestamp, and ``credits`` and ``links`` as a list or any other sequence of strings: the
    document holds them as text (``isoformat()``) and as tuples from the start, so that it is
    hashable and equal to the one the result holds. A field of another type (a database's null
    outlet) is kept as given, and :func:`compare.compare_documents` skips the document with
    its fault, comparing the rest of the batch.

    >>> Document("w1", "Wire", "Talks ended.", published=date(2025, 3, 11), credits=["AP"])
    ... # doctest: +ELLIPSIS
    Document(id='w1', source='Wire', text='Talks ended.', path='', title=None, published='2025-03-11', url=None, credits=('AP',), ...)
    """

    id: str
    source: str
    text: str
    _: KW_ONLY
    path: str = ""
    title: str | None = None
    published: str | None = None
    url: str | None = None
    credits: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    author: str | None = None
    encoding: str | None = None
    published_time: str | None = None
    published_offset: str | None = None
    modified_time: str | None = None
    captured: bool = False
    version_label: str | None = None
    modified_local_time: str | None = None
    published_local_time: str | None = None
    published_unzoned_time: str | None = None
    record: str | None = None
    press_release: bool = False
    article_id: str | None = None
    language: str | None = None
    version_of: str | None = None
    source_from_path: bool = False
    of_record: bool = False
    # How many reference marks ("[1]") its text carried that point to no note of it, which the
    # reader drops with the rest (plain_text.stray_reference_marks): a copy of a wiki article's
    # paragraphs keeps them, its reference list left behind.
    stray_marks: int = 0

    if TYPE_CHECKING:
        # What the constructor accepts, beside what a document holds (the fields above), which
        # __post_init__ makes of it: a type checker reads this signature, the dataclass's own
        # __init__ runs.
        def __init__(
            self,
            id: str,
            source: str,
            text: str,
            *,
            path: str = "",
            title: str | None = None,
            published: str | date | None = None,
            url: str | None = None,
            credits: Sequence[str] = (),
            links: Sequence[str] = (),
            author: str | None = None,
            encoding: str | None = None,
            published_time: str | date | None = None,
            published_offset: str | None = None,
            modified_time: str | date | None = None,
            captured: bool = False,
            version_label: str | None = None,
            modified_local_time: str | date | None = None,
            published_local_time: str | date | None = None,
            published_unzoned_time: str | None = None,
            record: str | None = None,
            press_release: bool = False,
            article_id: str | None = None,
            language: str | None = None,
            version_of: str | None = None,
            source_from_path: bool = False,
            of_record: bool = False,
            stray_marks: int = 0,
        ) -> None: ...

    def __post_init__(self) -> None:
        """Hold a date or time given as a ``date`` or ``datetime`` as its ``isoformat()``, and
        ``credits`` and ``links`` given as another sequence as tuples. An aware ``datetime``
        given for ``published`` times the document too, as its ``published_time``, a naive one
        as its ``published_local_time``, where no such time is given."""
        for name in ("credits", "links"):
            value = getattr(self, name)
            if isinstance(value, Sequence) and not isinstance(value, str | bytes | tuple):
                object.__setattr__(self, name, tuple(value))
        published: object = self.published
        for name in TIME_FIELDS:
            if isinstance(value := getattr(self, name), date):
                object.__setattr__(self, name, _as_text(value))
        if isinstance(published, datetime):
            object.__setattr__(self, "published", published.date().isoformat())
            timed = "published_local_time" if published.tzinfo is None else "published_time"
            if getattr(self, timed) is None:
                object.__setattr__(self, timed, _as_text(published))


# The fields of a Document that give a date or a time, which a database driver may give as a
# datetime.
TIME_FIELDS = (
    "published",
    "published_time",
    "published_local_time",
    "modified_time",
    "modified_local_time",
)


def _as_text(moment: date) -> str:
    """A date or time as a feed writes it: a time to the second, as times without a zone are
    checked."""
    return (
        moment.isoformat(timespec="seconds") if isinstance(moment, datetime) else moment.isoformat()
    )


# The offset of a time given in UTC ("Z", "+00:00"): such a time is written in UTC, "...Z".
UTC_OFFSET = "+00:00"

# Query parameters that say how a reader came to an article, not which article it is: Google
# Analytics' campaign tags ("utm_source=rss"), the click ids Facebook, Google Ads, Microsoft Ads,
# Mailchimp and Instagram add to links shared through them, and the share tags news sites add
# themselves (the Guardian's "CMP", the New York Times' "smid" and "smtyp", MSN's "ocid", a
# feed's "ref=rss"). Feeds and scrapers keep them in the url; their names are read in any case.
TRACKING_PARAMETER_PREFIX = "utm_"
TRACKING_PARAMETERS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid"}
    | {"cmp", "smid", "smtyp", "ocid", "ref"}
)


# Asked of both documents of every pair, many times over (181,109 times of a 600-record feed's
# 605 addresses).
@lru_cache(maxsize=1 << 14)
def site_host(url: str | None) -> str | None:
    """The host of an address, in lower case, without a leading "www."; ``None`` for no address
    or a broken one.

    >>> site_host("https://www.LedgerLine.org/2025/03/03/lead"), site_host("ledgerline.org/x")
    ('ledgerline.org', 'ledgerline.org')
    >>> site_host("http://[::1")
    """
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url.strip()}").hostname
    except ValueError:  # a feed's broken address ("http://[::1"), which names no site
        return None
    return host.removeprefix("www.") if host else None


# A web archive's capture of a page: the Wayback Machine's "web.archive.org/web/<timestamp>/<page>"
# (its timestamp perhaps cut short, perhaps followed by a mode: "20250305140512id_"), and
# archive.today's "archive.ph/<timestamp>/<page>" under any of its domains, its timestamp
# written "20250305140512" or "2025.03.05-140512". Its short form ("archive.ph/AbC12") names no page.
ARCHIVE_CAPTURE = re.compile(
    r"(?:https?:)?(?://)?(?:web\.)?archive\.org/web/(?P<wayback>\d{1,14})(?:[a-z]{2}_)?/"
    r"|(?:https?:)?(?://)?(?:www\.)?archive\.(?:today|ph|is|li|vn|fo|md)/"
    r"(?P<today>\d{14}|\d{4}\.\d\d\.\d\d-\d{6})/",
    re.IGNORECASE,
)
# A scheme whose slashes a link rewriter folded to one ("https:/northfieldherald.example").
FOLDED_SCHEME = re.compile(r"^(https?:)/+", re.IGNORECASE)


def archived_page(url: str) -> str | None:
    """The address of the page a web archive's capture address (:data:`ARCHIVE_CAPTURE`) is a
    capture of; ``None`` for any other address.

    >>> archived_page("https://web.archive.org/web/20250305140512/https://herald.example/fire")
    'https://herald.example/fire'
    >>> archived_page("https://archive.ph/2025.03.05-140512/https:/herald.example/fire")
    'https://herald.example/fire'
    >>> archived_page("https://herald.example/fire")
    """
    capture = ARCHIVE_CAPTURE.match(url.strip())
    if capture is None or not (page := url.strip()[capture.end() :]):
        return None
    return FOLDED_SCHEME.sub(r"\1//", page)


def capture_time(url: str | None) -> str | None:
    """When a web archive captured the page at ``url``, in UTC (``YYYY-MM-DDTHH:MM:SSZ``), when
    ``url`` is a capture's address (:func:`archived_page`) with its full timestamp: both
    archives write it in UTC. ``None`` otherwise.

    >>> capture_time("https://web.archive.org/web/20250305140512id_/https://herald.example/fire")
    '2025-03-05T14:05:12Z'
    >>> capture_time("https://web.archive.org/web/2025/https://herald.example/fire")
    """
    capture = ARCHIVE_CAPTURE.match(url.strip()) if url else None
    if capture is None or archived_page(url or "") is None:
        return None
    digits = re.sub(r"\D", "", capture["wayback"] or capture["today"])
    return _utc_moment(digits) if len(digits) == 14 else None


def _utc_moment(digits: str) -> str | None:
    """A moment written in 14 digits (``YYYYMMDDHHMMSS``, UTC) as ``YYYY-MM-DDTHH:MM:SSZ``;
    ``None`` when they name no moment ("20251399...")."""
    try:
        moment = datetime.strptime(digits, "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


# An archiver's name for a saved page: the moment it was captured, in UTC, as the Wayback
# Machine writes one (14 digits, "20261103132200") or in ISO 8601's basic form with its zone
# ("20261103T1322Z", "20261103T132200Z"), alone or among other words of the name.
NAMED_CAPTURE = re.compile(r"(?<![0-9])(\d{14}|\d{8}T\d{4}(?:\d\d)?Z)(?![0-9])", re.IGNORECASE)


def named_capture_time(name: str) -> str | None:
    """When an archiver captured the page it saved as ``name`` (a file's name without its
    extension), in UTC (``YYYY-MM-DDTHH:MM:SSZ``), when the name gives it (:data:`NAMED_CAPTURE`);
    ``None`` otherwise.

    >>> named_capture_time("20261103T1322Z"), named_capture_time("fire-20261103132200")
    ('2026-11-03T13:22:00Z', '2026-11-03T13:22:00Z')
    >>> named_capture_time("fire-2026"), named_capture_time("20261399999999")
    (None, None)
    """
    found = NAMED_CAPTURE.search(name)
    if found is None:
        return None
    return _utc_moment(re.sub(r"\D", "", found[1]).ljust(14, "0"))


def article_address(url: str) -> str:
    """``url`` as it names an article: without its scheme (``http`` and ``https`` serve one
    page), its fragment (a place in the page), tracking parameters (:data:`TRACKING_PARAMETERS`)
    or a trailing slash, its host in lower case; other parameters stay, as they may name the page.

    >>> article_address("http://Courier.example/fire/?utm_source=rss&page=2#comments")
    'courier.example/fire?page=2'
    >>> article_address("https://courier.example/fire") == article_address("courier.example/fire/")
    True

    A web archive's capture stands for the page it captured (:func:`archived_page`):

    >>> article_address("https://web.archive.org/web/20250305140512/https://courier.example/fire")
    'courier.example/fire'
    """
    parts = urlsplit(archived_page(url) or url.strip())
    kept = [
        parameter
        for parameter in parts.query.split("&")
        if parameter and not _tracking(parameter.partition("=")[0].casefold())
    ]
    query = "?" + "&".join(kept) if kept else ""
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}{query}"


def _tracking(name: str) -> bool:
    name = name.casefold()
    return name.startswith(TRACKING_PARAMETER_PREFIX) or name in TRACKING_PARAMETERS


def article_keys(document: Document) -> list[tuple[str, ...]]:
    """What makes versions one article: its outlet and its address (:func:`article_address`: a
    feed may link a version with tracking parameters or a trailing slash, another without), or
    its outlet, its key in the outlet's system (``Document.article_id``) and the moment it was
    published (in UTC, else as its feed writes it without a zone), which a content system that
    re-slugs an article's address when its headline changes, or exports it without one, keeps
    for every version. Not an id without that moment: a merged feed may give one id to
    different articles of an outlet, and a day's export number its articles from 1 again. Or
    its outlet and the first version its text was found a version of (``Document.version_of``).
    None without any, as a feed's empty "url": "" names no page. An address with a fragment
    links only versions published at one moment: the fragment may name one entry of a live page
    ("#post-0947"), and the entries of another time are other articles.

    >>> article_keys(Document("tp-1", "Trent Post", "", url="https://trentpost.example/crash/"))
    [('url', 'Trent Post', 'trentpost.example/crash'), ('url', 'Trent Post', 'trentpost.example/crash', '')]
    >>> live = "https://trentpost.example/live"
    >>> a, b = (Document(f"e{n}", "Trent Post", "", url=f"{live}#post-{n}", published_time=t)
    ...     for n, t in [(947, "2026-09-14T14:47:00Z"), (955, "2026-09-14T14:55:00Z")])
    >>> same_article(a, b), same_article(a, replace(a, id="e947-saved-later"))
    (False, True)
    >>> article_keys(Document("tp-1@feed.jsonl:2", "Trent Post", "", article_id="tp-1",
    ...     published_time="2025-03-02T11:00:00Z"))
    [('id', 'Trent Post', 'tp-1', '2025-03-02T11:00:00Z')]
    """
    keys: list[tuple[str, ...]] = []
    published = document.published_time or document.published_local_time
    if document.url:
        address = article_address(document.url)
        # A fragment may name an entry of a live page ("#post-0947"): entries posted at other
        # times are other articles, the same entry in two saves of the page one.
        if not urlsplit(document.url.strip()).fragment:
            keys.append(("url", document.source, address))
        keys.append(("url", document.source, address, published or ""))
    if document.article_id and published:
        keys.append(("id", document.source, document.article_id, published))
    if document.version_of:
        keys.append(("version", document.source, document.version_of))
    return keys


def same_article(a: Document, b: Document) -> bool:
    """Whether ``a`` and ``b`` are versions of one article: they share a key of
    :func:`article_keys`."""
    return not set(article_keys(a)).isdisjoint(article_keys(b))


def articles(documents: Iterable[Document]) -> list[list[Document]]:
    """The versions of each article among ``documents`` that has more than one, in the order
    given: those linked by a key of :func:`article_keys`, directly or through another version
    (a version re-slugged under its id, then linked again by the new address).

    >>> url, published = "https://trentpost.example/crash", "2025-03-02T11:00:00Z"
    >>> v1, v2, v3 = (Document(f"v{n}", "Trent Post", "", url=url + s, article_id=i,
    ...     published_time=published) for n, s, i in [(1, "", "tp-1"), (2, "-23-hurt", "tp-1"),
    ...     (3, "-23-hurt", None)])
    >>> [[d.id for d in found] for found in articles([v3, v1, Document("w", "Wire", "", url=url), v2])]
    [['v3', 'v1', 'v2']]
    """
    documents = list(documents)
    # A key joins the first document that gave it, by their places in the list.
    first: dict[tuple[str, ...], int] = {}
    keyed = [
        (first.setdefault(key, n), n)
        for n, document in enumerate(documents)
        for key in article_keys(document)
    ]
    return [
        [documents[n] for n in group]
        for group in linked_groups(range(len(documents)), keyed)
        if len(group) > 1
    ]


def article_count(documents: Iterable[Document]) -> int:
    """How many articles ``documents`` are, each article's versions (:func:`articles`) once: an
    outlet's per-article counts divide by it, not by an update's extra document.

    >>> url = "https://trentpost.example/crash"
    >>> article_count([Document("v1", "Trent Post", "", url=url),
    ...     Document("v2", "Trent Post", "", url=url), Document("w", "Wire", "")])
    2
    """
    documents = list(documents)
    return len(documents) - sum(len(versions) - 1 for versions in articles(documents))


def linked_groups(items: Iterable[H], links: Iterable[tuple[H, H]]) -> list[list[H]]:
    """``items`` grouped by ``links``, directly or through others (union-find): each group in
    the order of ``items``, the groups in the order of their first item, an item no link joins
    a group alone. Every item a link names is one of ``items``.

    >>> linked_groups("abcde", [("d", "b"), ("b", "a")])
    [['a', 'b', 'd'], ['c'], ['e']]
    """
    place = {item: n for n, item in enumerate(dict.fromkeys(items))}
    parent = list(range(len(place)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for one, other in links:
        joined, own = sorted((root(place[one]), root(place[other])))
        parent[own] = joined
    groups: dict[int, list[H]] = {}
    for item, n in place.items():
        groups.setdefault(root(n), []).append(item)
    return list(groups.values())


def last_modified(document: Document) -> str | None:
    """When this version of the article was last modified, in UTC: a version that gives no time
    of its own is as it was published; one modified at a time without a zone, at no time in UTC.
    """
    if document.modified_time or document.modified_local_time:
        return document.modified_time
    return document.published_time


def published_as_given(document: Document) -> str | None:
    """When the article was published, as it gives it: its moment at its own offset from UTC
    (``2025-10-07T06:30:00-04:00``), in UTC where it gives no offset or gives UTC's, written
    ``Z`` as every output writes a moment in UTC, by its feed's clock where it gives no zone,
    else its day; ``None`` when undated.

    >>> published_as_given(Document("l", "Ledger", "", published="2025-10-07",
    ...     published_time="2025-10-07T10:30:00Z", published_offset="-04:00"))
    '2025-10-07T06:30:00-04:00'
    >>> published_as_given(Document("b", "Buzz", "", published="2025-10-07",
    ...     published_time="2025-10-07T15:45:00Z", published_offset="+00:00"))
    '2025-10-07T15:45:00Z'
    >>> published_as_given(Document("w", "Wire", "", published="2025-10-07"))
    '2025-10-07'
    """
    if document.published_time and document.published_offset not in (None, UTC_OFFSET):
        zone = datetime.fromisoformat(f"2000-01-01T00:00{document.published_offset}").tzinfo
        return datetime.fromisoformat(document.published_time).astimezone(zone).isoformat()
    return document.published_time or document.published_local_time or document.published


def modified_by_clock(document: Document) -> tuple[str | None, str] | None:
    """The clock a version of an article was last modified by (``None`` for UTC, else the feed
    that gives its time without a zone) and its time by that clock; ``None`` when it gives none.
    A version never modified is as it was published, by the clock its publication is dated by.

    >>> modified_by_clock(Document("v", "Courier", "", published_time="2025-06-12T06:10:00Z"))
    (None, '2025-06-12T06:10:00Z')
    >>> modified_by_clock(Document("v", "Courier", "", path="feed.jsonl",
    ...     published_time="2025-06-12T06:10:00Z", modified_local_time="2025-06-12T09:45:00"))
    ('feed.jsonl', '2025-06-12T09:45:00')
    """
    if document.modified_local_time and not document.modified_time:
        return document.path, document.modified_local_time
    if edited := last_modified(document):
        return None, edited
    if document.published_local_time:
        return document.path, document.published_local_time
    return None


def version_times(a: Document, b: Document) -> tuple[str, str] | None:
    """When ``a`` and ``b``, versions of one article (:func:`same_article`), were last modified
    by one clock: in UTC (:func:`last_modified`), or as the one feed that gives both without a
    zone writes them, where a version it gives no such time is as it was published
    (:data:`AS_PUBLISHED`, :func:`_published_before`); ``None`` for other articles and for times
    no clock compares.

    >>> url = "https://courier.example/fire"
    >>> v1, v2 = (Document(f"v{n}", "Courier", "", path="feed.json", url=url, modified_local_time=m)
    ...     for n, m in [(1, "2025-06-12T06:10:00"), (2, "2025-06-12T09:45:00")])
    >>> version_times(v2, v1)
    ('2025-06-12T09:45:00', '2025-06-12T06:10:00')
    """
    if not same_article(a, b):
        return None
    return _times_by_one_clock(a, b)


# Sorts before every time: where a feed gives its versions' modification times without a zone, a
# version it gives none is as it was published, before any of them was modified.
AS_PUBLISHED = ""


def _times_by_one_clock(a: Document, b: Document) -> tuple[str, str] | None:
    """:func:`version_times` of two versions known to be of one article."""
    edited, edited_too = modified_by_clock(a), modified_by_clock(b)
    if edited is None or edited_too is None:
        return None
    if edited[0] == edited_too[0]:
        return edited[1], edited_too[1]
    if _published_before(a, b):
        return AS_PUBLISHED, edited_too[1]
    if _published_before(b, a):
        return edited[1], AS_PUBLISHED
    return None


def _published_before(original: Document, edited: Document) -> bool:
    """Whether ``original``, a version never modified, is known to be older than ``edited``,
    modified at a time without a zone: one feed gives both (it would date ``original``'s
    modification too, had there been one), and ``original`` was published, in UTC, no later
    than ``edited``, which was modified after it was published."""
    published = _original_publication(original)
    return (
        original.path == edited.path
        and published is not None
        and not edited.modified_time
        and edited.published_time is not None
        and published <= edited.published_time
    )


def _original_publication(version: Document) -> str | None:
    """When ``version`` was published, in UTC, if it was never modified by any clock: an
    original :func:`_published_before` may set before its feed's edits; else ``None``."""
    if version.modified_time or version.modified_local_time:
        return None
    return version.published_time


def version_ranks(documents: Iterable[Document]) -> dict[str, int]:
    """Per document, how many versions of its article (:func:`same_article`) among
    ``documents`` were last modified before it (:func:`version_times`); 0 for an article's first
    version, and for any document without a time or other versions.

    >>> url = "https://courier.example/fire"
    >>> v1, v2, v3 = (Document(f"v{n}", "Courier", "", url=url,
    ...     published_time="2025-06-12T06:10:00Z", modified_time=m)
    ...     for n, m in [(1, None), (2, "2025-06-12T09:45:00Z"), (3, "2025-06-12T12:20:00Z")])
    >>> version_ranks([v3, v1, v2])
    {'v3': 2, 'v1': 0, 'v2': 1}
    """
    documents = list(documents)
    ranks = dict.fromkeys((d.id for d in documents), 0)
    for versions in articles(documents):
        ranks.update(_ranks_among(versions))
    return ranks


def superseded(documents: Iterable[Document]) -> frozenset[str]:
    """The ids of the versions among ``documents`` that a later version of their article
    replaced: all of an article's versions but the one its times make the last modified
    (:func:`version_ranks`); none of an article whose versions' times name no one last, whose
    current version cannot be told.

    >>> url = "https://courier.example/fire"
    >>> v1, v2, v3 = (Document(f"v{n}", "Courier", "", url=url,
    ...     published_time="2025-06-12T06:10:00Z", modified_time=m)
    ...     for n, m in [(1, None), (2, "2025-06-12T09:45:00Z"), (3, "2025-06-12T12:20:00Z")])
    >>> sorted(superseded([v3, v1, v2])), sorted(superseded([v1, replace(v2, modified_time=None)]))
    (['v1', 'v2'], [])
    """
    return frozenset(latest_versions(documents))


def latest_versions(documents: Iterable[Document]) -> dict[str, Document]:
    """Per id of a version among ``documents`` that a later version of its article replaced
    (:func:`superseded`), the version that replaced it last: its article's current one.

    >>> url = "https://courier.example/fire"
    >>> v1, v2 = (Document(f"v{n}", "Courier", "", url=url, published_time="2025-06-12T06:10:00Z",
    ...     modified_time=m) for n, m in [(1, None), (2, "2025-06-12T09:45:00Z")])
    >>> {doc: latest.id for doc, latest in latest_versions([v2, v1]).items()}
    {'v1': 'v2'}
    """
    documents = list(documents)
    ranks = version_ranks(documents)
    latest: dict[str, Document] = {}
    for versions in articles(documents):
        last = max(ranks[v.id] for v in versions)
        current = [v for v in versions if ranks[v.id] == last]
        if len(current) == 1:
            latest |= {v.id: current[0] for v in versions if v is not current[0]}
    return latest


def _ranks_among(versions: Sequence[Document]) -> dict[str, int]:
    """:func:`version_ranks` of the versions of one article, counted in sorted times rather than
    by comparing every pair (:func:`_times_by_one_clock`): a feed that gives one address to all
    its items makes thousands of versions of one article."""
    times: defaultdict[str | None, list[str]] = defaultdict(list)
    # Per feed, the publication times of its versions never modified (:func:`_published_before`).
    originals: defaultdict[str, list[str]] = defaultdict(list)
    for version in versions:
        if (edited := modified_by_clock(version)) is not None:
            times[edited[0]].append(edited[1])
        if (published := _original_publication(version)) is not None:
            originals[version.path].append(published)
    for sequence in (*times.values(), *originals.values()):
        sequence.sort()
    ranks = {}
    for version in versions:
        edited = modified_by_clock(version)
        if edited is None:
            ranks[version.id] = 0
            continue
        clock, time = edited
        # Equal times by one clock put neither version first, so bisect_left counts the earlier
        # ones alone; an original published when this version was is older all the same, as this
        # one was modified after it was published (:func:`_published_before`'s <=): bisect_right.
        earlier = bisect_left(times[clock], time)
        if clock is not None and version.published_time is not None:
            earlier += bisect_right(originals[version.path], version.published_time)
        ranks[version.id] = earlier
    return ranks


def in_version_order(document: Document, ranks: Mapping[str, int]) -> tuple[int, int, str]:
    """How a version sorts among its article's: by ``ranks`` (:func:`version_ranks`), then, of
    those no time sets apart, by the number its record or file name gives it
    (``version_label``: ``story_v2`` after ``story``, ``story_v10`` after ``story_v2``, where
    ids sort the other way), then by id.

    >>> v2, v10 = (Document(f"s_v{n}", "Post", "", version_label=str(n)) for n in (2, 10))
    >>> [d.id for d in sorted([v10, v2], key=lambda d: in_version_order(d, {}))]
    ['s_v2', 's_v10']
    """
    label = document.version_label
    number = int(label) if label and label.isdigit() else 0
    return ranks.get(document.id, 0), number, document.id


def consecutive_versions(documents: Iterable[Document]) -> frozenset[frozenset[str]]:
    """Each two versions of one article among ``documents`` that follow each other in the
    order they were modified (:func:`version_ranks`; of those modified at one time, by
    :func:`in_version_order`).

    >>> url = "https://courier.example/fire"
    >>> v1, v2, v3 = (Document(f"v{n}", "Courier", "", url=url, modified_time=m)
    ...     for n, m in [(1, "2025-06-12T06:10:00Z"), (2, "2025-06-12T09:45:00Z"), (3, "2025-06-12T12:20:00Z")])
    >>> sorted(sorted(pair) for pair in consecutive_versions([v3, v1, v2]))
    [['v1', 'v2'], ['v2', 'v3']]
    """
    documents = list(documents)
    ranks = version_ranks(documents)
    return frozenset(
        frozenset((earlier.id, later.id))
        for versions in articles(documents)
        for earlier, later in pairwise(sorted(versions, key=lambda d: in_version_order(d, ranks)))
    )


@dataclass(frozen=True, slots=True)
class UnorderedVersions:
    """Versions of one article (its ``source`` and ``article``, the address or id they share)
    whose order no time tells, by id, for a warning: last modified at one ``time``, by one
    clock, with different texts, so which is current cannot be told (``same_text``, the ids of
    each text that more than one of them gives: a feed's line repeated is a duplicate, not a
    version); or, without a ``time``, modified at times without a zone in different ``files``,
    whose clocks may differ. ``unstamped`` when none of them gives a modification time: ``time``
    is then their publication, and a feed that names its field otherwise gives no order."""

    source: str
    article: str
    ids: tuple[str, ...]
    time: str | None = None
    files: tuple[str, ...] = ()
    same_text: tuple[tuple[str, ...], ...] = ()
    unstamped: bool = False


def text_as_compared(text: str) -> str:
    """A document's text as two captures of one article are compared: its words and marks, the
    whitespace between them aside. A social-listening export that separates paragraphs with
    blank lines and the page saved from the same address, one line a paragraph, give one text;
    so do two saves one of which ends with a line end.

    >>> text_as_compared("Talks ended.\\n\\nNo deal.\\n") == text_as_compared("Talks ended.\\nNo deal.")
    True
    >>> text_as_compared("Talks ended.") == text_as_compared("Talks ended!")
    False
    """
    return " ".join(text.split())


def unordered_versions(documents: Iterable[Document]) -> tuple[UnorderedVersions, ...]:
    """The versions of each article among ``documents`` whose order no time tells
    (:class:`UnorderedVersions`), in the order given.

    >>> url = "https://chronicle.example/activists-freed"
    >>> v1, v2 = (Document(f"v{n}", "Chronicle", text, url=url, modified_time="2025-05-05T18:00:00Z")
    ...     for n, text in [(1, "Bail was set at £250,000."), (2, "Bail was set at £25,000.")])
    >>> unordered_versions([v1, v2])
    (UnorderedVersions(source='Chronicle', article='https://chronicle.example/activists-freed', ids=('v1', 'v2'), time='2025-05-05T18:00:00Z', files=(), same_text=(), unstamped=False),)
    """
    found = []
    for versions in articles(documents):
        # Linked by a key of article_keys, each version gives an address or an id.
        article = next(v.url or v.article_id or v.version_of or "" for v in versions)
        at_one_time: defaultdict[tuple[str | None, str], list[Document]] = defaultdict(list)
        for version in versions:
            if (clock := modified_by_clock(version)) is not None:
                at_one_time[clock].append(version)
        for (_, time), tied in at_one_time.items():
            by_text: defaultdict[str, list[str]] = defaultdict(list)
            for version in tied:
                by_text[text_as_compared(version.text)].append(version.id)
            if len(by_text) > 1:
                same_text = tuple(tuple(ids) for ids in by_text.values() if len(ids) > 1)
                found.append(
                    UnorderedVersions(
                        versions[0].source,
                        article,
                        tuple(v.id for v in tied),
                        time,
                        same_text=same_text,
                        unstamped=not any(v.modified_time or v.modified_local_time for v in tied),
                    )
                )
        if files := _clocks_apart(versions):
            found.append(
                UnorderedVersions(
                    versions[0].source, article, tuple(v.id for v in versions), files=files
                )
            )
    return tuple(found)


def teasers(documents: Iterable[Document]) -> dict[str, str]:
    """Per id of a teaser among ``documents``, the id of the version of its article it teases:
    a version whose text is only the opening of another's, word for word, white space aside,
    at the time that one gives, read from another file, as a feed's item gives the opening of
    the page saved from its address. The page is the article; the teaser is no version of it
    whose order a time could tell, nor a second headline of its outlet's. Two records of one
    feed at one time, one going on from the other, are still two versions: an update whose
    time the feed did not change.

    >>> url, at = "https://ledger.example/fire", "2026-11-02T23:30:00Z"
    >>> lede = "A fire destroyed a barn in Alder on Monday."
    >>> item, page = (Document(n, "Ledger", t, url=url, published_time=at, path=f"{n}.json")
    ...     for n, t in [("item", lede), ("page", f"{lede}\\n\\nNo one was hurt, police said.")])
    >>> teasers([page, item])
    {'item': 'page'}
    """
    found: dict[str, str] = {}
    for versions in articles(documents):
        at_one_time: defaultdict[tuple[str | None, str], list[Document]] = defaultdict(list)
        for version in versions:
            if (clock := modified_by_clock(version)) is not None:
                at_one_time[clock].append(version)
        for tied in at_one_time.values():
            giving: defaultdict[str, list[str]] = defaultdict(list)
            for version in tied:
                giving[" ".join(version.text.split())].append(version.id)
            # Sorted, a text that goes on from another comes right after it (a space sorts
            # before every other character): each the next one's opening, of the last in turn.
            page: dict[str, str] = {}
            for text, longer in reversed(list(pairwise(sorted(giving)))):
                if longer.startswith(f"{text} "):
                    page[text] = page.get(longer, giving[longer][0])
            path = {version.id: version.path for version in tied}
            found |= {
                id: whole
                for text, whole in page.items()
                for id in giving[text]
                if path[id] != path[whole]
            }
    return found


def _clocks_apart(versions: Sequence[Document]) -> tuple[str, ...]:
    """The files of versions of one article, when one of them writes its modification without
    a zone and another is of another file's clock, or modified in UTC: such times are set
    against none of its (:func:`_times_by_one_clock`; only the file's own original, published
    in UTC and never modified, goes before them); else none."""
    clocks = [(v, clock) for v in versions if (clock := modified_by_clock(v)) is not None]
    local = {feed for _, (feed, _) in clocks if feed is not None}
    apart = len(local) > 1 or (
        bool(local)
        and any(
            feed is None and (v.modified_time is not None or v.path not in local)
            for v, (feed, _) in clocks
        )
    )
    return tuple(sorted({v.path for v in versions})) if apart else ()


# What a document's credits hold for news agencies in general, as "With wire services" credits
# them: the copy of any agency, and no newspaper's.
UNNAMED_WIRES = "wire services"

# Sorts after every UTC time ("2025-...Z"): of one day, a document without a time comes last.
UNTIMED = "~"
PublicationKey = tuple[bool, str, bool, int, str, int, int]
"""A :func:`first_published` key, its document's :func:`version_ranks` and where it goes beside
others of that key: an undated document goes a step before or after the article the pair
directions place it by (:func:`first_published_keys`)."""


def first_published(
    document: Document,
    named_origin: int = 0,
    *,
    all_timed: bool = False,
    day: str | None = None,
    released: bool = False,
) -> tuple[bool, str, bool, int, str]:
    """A sort key that puts the likeliest first publisher first, as every stage asks it.

    Among documents that all give a time (``all_timed``), the earliest time, in UTC: outlets in
    other time zones go in the order they published. Otherwise the earliest ``day``, the date
    as the document gives it unless :func:`days_in_time_order` moves it on (undated last;
    :func:`first_published_keys` places them by the pair directions), then a press release
    (``released``) that gives no time, then the most pair directions naming it the origin (they
    compare times where both sides give one, and credits), then the earliest time (untimed
    last): an article of April 1 without a time and a wire's of 8 p.m. that day in New York
    (April 2 in UTC) are of one day. A release is written for its day's news, never from it,
    and one without a time is no later than any of that day's articles: a wire that rewords a
    city's release of the same day, in words too much its own for their pair to be directed,
    still comes after it. A release that gives its time goes by it.

    >>> release, wire = (Document(d, d, "", published="2025-06-03") for d in ("release", "wire"))
    >>> first_published(release, released=True) < first_published(wire, named_origin=3)
    True
    """
    if all_timed and document.published_time:
        return (False, document.published_time, True, -named_origin, "")
    return (
        document.published is None,
        in_date_order(day or document.published or ""),
        not (released and document.published_time is None),
        -named_origin,
        document.published_time or UNTIMED,
    )


def days_in_time_order(documents: Iterable[Document]) -> dict[str, str]:
    """The day each dated document goes on among ``documents`` where some give no time: the
    date it gives (the day its outlet printed), but for one that gives its time, the latest date
    given by any published, in UTC, no later than it. Two articles that give their times go in
    the order they were published whatever days their outlets printed, and one that gives a
    date alone goes by the days printed: New York's article of December 4 at 23:30 (04:30 UTC
    on the 5th) goes on December 5, after London's of the 5th at 03:00 UTC, and before a paper
    of the 5th that gives no time, but after one of the 4th.

    >>> new_york, london, paper = (Document(d, d, "", published=p, published_time=t) for d, p, t in
    ...     [("ny", "2026-12-04", "2026-12-05T04:30:00Z"), ("london", "2026-12-05", "2026-12-05T03:00:00Z"),
    ...      ("paper", "2026-12-05", None)])
    >>> days_in_time_order([new_york, london, paper])
    {'ny': '2026-12-05', 'london': '2026-12-05', 'paper': '2026-12-05'}
    """
    documents = list(documents)
    days = {d.id: d.published for d in documents if d.published is not None}
    timed = sorted((d for d in documents if d.published_time and d.published), key=_utc_time)
    latest = ""
    # Published at one moment, articles of two printed days go on the later: neither was first.
    # Dates compare as text across precisions here: a day of a month the other gives is neither
    # later nor earlier (see dates.at_one_precision), and the day, the finer, is kept.
    for _, together in groupby(timed, key=_utc_time):
        at_once = list(together)
        latest = max(latest, *(d.published or "" for d in at_once))
        days.update(dict.fromkeys((d.id for d in at_once), latest))
    return days


def _utc_time(document: Document) -> str:
    return document.published_time or ""


def all_timed(documents: Iterable[Document]) -> bool:
    """Whether every one of ``documents`` gives its publication time."""
    return all(document.published_time for document in documents)


def boilerplate_indexes(
    ids: Iterable[str],
    sentences: Mapping[str, Sequence[Sentence]],
    boilerplate: AbstractSet[tuple[str, int]],
) -> dict[str, frozenset[int]]:
    """Each document's boilerplate sentences (see ``Result.boilerplate``) by their numbers, by
    the document's id."""
    return {
        doc: frozenset(s.index for s in sentences[doc] if (doc, s.index) in boilerplate)
        for doc in ids
    }


def text_numbers(
    documents: Iterable[Document], in_boilerplate: Mapping[str, frozenset[int]]
) -> dict[str, int]:
    """A number for each document's text and the sentences of it that are boilerplate, the
    same for documents that print one text: their sentences are one text's, and what aligns
    and measures two documents reads of them no more (who published them, when, and whom they
    credit are each pair's own), so the pipeline aligns each pair of texts a story holds once.

    >>> texts = {"wire": "Talks ended.", "daily": "Talks ended.", "post": "Talks ended."}
    >>> docs = [Document(d, d, text) for d, text in texts.items()]
    >>> text_numbers(docs, {"wire": frozenset(), "daily": frozenset(), "post": frozenset({0})})
    {'wire': 0, 'daily': 0, 'post': 1}
    """
    numbers: dict[tuple[str, frozenset[int]], int] = {}
    return {
        d.id: numbers.setdefault((d.text, in_boilerplate[d.id]), len(numbers)) for d in documents
    }


# A long-read runs to some 10,000 words; a text of twice that is no news article but a live blog, a
# transcript or a book, whose many entries hold sentences like some of any short report's.
VERY_LONG_WORDS = 20_000


def very_long(text: str) -> bool:
    """Whether ``text`` holds more than :data:`VERY_LONG_WORDS` words, split at whitespace.

    >>> very_long("Talks ended. " * 5_000), very_long("Talks ended. " * 15_000)
    (False, True)
    """
    return len(text.split()) > VERY_LONG_WORDS


def text_out(version: Document) -> Document:
    """``version``, a later version of its article (:func:`version_ranks`), dated as published
    when it was modified in UTC: its text did not exist before, and another outlet's article
    published in between took nothing from it. As it was, when not modified after it was
    published.

    >>> v2 = Document("v2", "Observer", "", published="2025-08-01",
    ...     published_time="2025-08-01T14:40:00Z", modified_time="2025-08-02T08:15:00Z")
    >>> text_out(v2).published, text_out(v2).published_time
    ('2025-08-02', '2025-08-02T08:15:00Z')
    """
    edited = version.modified_time
    if edited is None or version.published is None or edited <= (version.published_time or ""):
        return version
    return replace(version, published=max(version.published, edited[:10]), published_time=edited)


def out_when_modified(documents: Iterable[Document]) -> frozenset[str]:
    """The documents among ``documents`` whose text came out when they were modified, not when
    their article was published (:func:`text_out`): each later version of an article
    (:func:`version_ranks`), and its first version here too when that was modified after it was
    published. An article saved several times is seen to change between saves, and its first
    save holds its text as of that save (a live page's first save, the entries of the morning);
    a page saved once is taken as published, as a wire story updated through the day keeps the
    text its copies took.

    >>> url = "https://riversidelive.example/live/derailment"
    >>> v1, v2 = (Document(f"v{n}", "Riverside Live", "", url=url, published="2025-03-10",
    ...     published_time="2025-03-10T07:30:00Z", modified_time=m)
    ...     for n, m in [(1, "2025-03-10T12:00:00Z"), (2, "2025-03-10T18:00:00Z")])
    >>> sorted(out_when_modified([v1, v2])), sorted(out_when_modified([v1]))
    (['v1', 'v2'], [])
    """
    documents = list(documents)
    ranks = version_ranks(documents)
    return frozenset(
        version.id
        for versions in articles(documents)
        for version in versions
        if ranks[version.id] or text_out(version) is not version
    )


def first_published_keys(
    documents: Iterable[Document],
    directions: Sequence[tuple[str, str]],
    *,
    all_timed: bool = False,
    releases: AbstractSet[str] = frozenset(),
) -> dict[str, PublicationKey]:
    """Each document's :func:`first_published` key, by the pair ``directions`` among
    ``documents`` (each an origin and its copy) and the press ``releases`` among them, by id:
    the times they name it the origin, whether it is a release, which version of its article it
    is (versions published as one go in the order they were modified; a later one dated as when
    it was, as its text came out then: :func:`text_out`), and an undated document's place. That is right before the first of the dated articles they
    name its copies (an undated wire that two papers reuse comes before them, not after every dated
    article), unless one they name its origin comes as late: then right after the last of
    those, as a reprint that carries a paper's edits took them from that paper, even when a
    brief that shares only their lede seems to have taken it from the reprint, which holds all
    of it. An undated article placed so places the undated ones the directions link to it in
    turn: an undated wire goes before its undated reprint, which goes before a dated paper.
    Last when they link it to no article placed.

    >>> wire, reprint, daily, post = (Document(d, d, "", published=p) for d, p in
    ...     [("wire", None), ("reprint", None), ("daily", "2024-05-14"), ("post", "2024-05-14")])
    >>> keys = first_published_keys([daily, post, wire], [("wire", "daily"), ("wire", "post")])
    >>> sorted(keys, key=keys.__getitem__)
    ['wire', 'daily', 'post']
    >>> keys = first_published_keys([daily, reprint, wire], [("wire", "reprint"), ("reprint", "daily")])
    >>> sorted(keys, key=keys.__getitem__)
    ['wire', 'reprint', 'daily']
    """
    documents = list(documents)
    named = Counter(origin for origin, _ in directions)
    ranks = version_ranks(documents)
    # A later version is placed by when its text came out, its days as well as its time.
    shown = [text_out(d) if ranks[d.id] else d for d in documents]
    days = {} if all_timed else days_in_time_order(shown)
    keys = {
        d.id: (
            *first_published(
                d,
                named[d.id],
                all_timed=all_timed,
                day=days.get(d.id),
                released=d.id in releases,
            ),
            ranks[d.id],
            0,
        )
        for d in shown
    }
    undated = {d.id for d in documents if d.published is None}
    copies: defaultdict[str, list[str]] = defaultdict(list)
    origins: defaultdict[str, list[str]] = defaultdict(list)
    for origin, copy in directions:
        copies[origin].append(copy)
        origins[copy].append(origin)
    # Only the undated articles linked to those placed last can be placed next: asking every
    # one each round, through every direction, made a chain of 800 undated reprints take 0.4 s,
    # growing with its square.
    done = keys.keys() - undated
    last: Iterable[str] = done
    while placed := _placed(
        {
            linked
            for doc in last
            for linked in (*copies[doc], *origins[doc])
            if linked in undated and linked not in done
        },
        copies,
        origins,
        done,
        keys,
    ):
        keys |= placed
        done |= placed.keys()
        last = placed.keys()
    # An undated origin placed by a dated copy of a later day still goes before its undated
    # copies: a wire before its reprint, which goes before the paper of the day before; and an
    # agency's page goes before the copy that credits it and was posted first (see
    # overlap.out_by_credit), the one direction that goes against the times.
    copied = {copy for _, copy in directions}
    for _ in range(len(keys)):
        moved = False
        for origin, copy in directions:
            if origin not in copied and copy in keys:
                before = (*keys[copy][:-1], keys[copy][-1] - 1)
                if before < keys[origin]:
                    keys[origin], moved = before, True
        if not moved:
            break
    return keys


def untimed_on_one_day(key: PublicationKey, key_too: PublicationKey) -> bool:
    """Whether of two documents' :func:`first_published_keys` one gives a date alone, the day
    the other gives with its time: it may have come out before or after that time. ``UNTIMED``
    sorts it last to rank the day's articles, not because it was published later (a paper's
    "date: 2026-12-03" and a rival's page of 06:00 that day).

    >>> docs = [Document(d, d, "", published="2026-12-03", published_time=t) for d, t in
    ...     [("paper", None), ("rival", "2026-12-03T06:00:00Z")]]
    >>> keys = first_published_keys(docs, [])
    >>> untimed_on_one_day(keys["rival"], keys["paper"])
    True
    """
    _, published, news, _, time, *_ = key
    _, published_too, news_too, _, time_too, *_ = key_too
    return (published, news) == (published_too, news_too) and (time == UNTIMED) != (
        time_too == UNTIMED
    )


def in_known_order(
    ids: Sequence[str],
    keys: Mapping[str, PublicationKey],
    preferred: Callable[[str], tuple[float, str]],
) -> list[str]:
    """``ids``, sorted by their :func:`first_published_keys` (``keys``), but that nothing
    tells which of two came first where their keys are one, nor where one gives a date alone
    and the other a time on that day (:func:`untimed_on_one_day`): of two such, the one
    ``preferred`` ranks lower goes first, never the one whose time is the more precise, after
    the articles the pair directions name the origin more often, as the keys rank them. The
    times order the timed articles of a day among themselves, and a date alone goes among
    them where ``preferred`` puts it, not after them all.

    >>> docs = [Document(d, d, "", published="2026-12-03", published_time=t) for d, t in
    ...     [("paper", None), ("rival", "2026-12-03T07:30:00Z"), ("late", "2026-12-03T09:00:00Z")]]
    >>> keys = first_published_keys(docs, [])
    >>> in_known_order(["rival", "late", "paper"], keys, lambda d: (d != "paper", d))
    ['paper', 'rival', 'late']
    >>> in_known_order(["rival", "late", "paper"], keys, lambda d: (d == "paper", d))
    ['rival', 'late', 'paper']
    """
    ordered = sorted(ids, key=lambda d: (keys[d], preferred(d)))
    merged: list[str] = []
    # A day's articles, timed or not, share the key's first three places; the untimed ones
    # follow the timed, and only they, which nothing orders against the times, are merged in.
    for _, of_one_day in groupby(ordered, key=lambda d: keys[d][:3]):
        day = list(of_one_day)
        timed = deque(d for d in day if keys[d][4] != UNTIMED)
        untimed = deque(d for d in day if keys[d][4] == UNTIMED)
        while timed and untimed:
            rank_timed, rank_untimed = ((keys[d][3], *preferred(d)) for d in (timed[0], untimed[0]))
            merged.append((timed if rank_timed <= rank_untimed else untimed).popleft())
        merged += [*timed, *untimed]
    return merged


def _placed(
    linked: set[str],
    copies: Mapping[str, list[str]],
    origins: Mapping[str, list[str]],
    done: set[str],
    keys: Mapping[str, PublicationKey],
) -> dict[str, PublicationKey]:
    """The keys of the ``linked`` documents, by those of their ``copies`` and ``origins`` that
    are ``done`` (see :func:`first_published_keys`)."""
    placed = {}
    for doc in linked:
        first_copy = min((keys[c] for c in copies[doc] if c in done), default=None)
        last_origin = max((keys[o] for o in origins[doc] if o in done), default=None)
        if first_copy is not None and (last_origin is None or last_origin < first_copy):
            placed[doc] = (*first_copy[:-1], first_copy[-1] - 1)
        elif last_origin is not None:
            placed[doc] = (*last_origin[:-1], last_origin[-1] + 1)
    return placed


def credited_once(names: AbstractSet[str]) -> tuple[str, ...]:
    """The outlets ``names`` credits, sorted, each once, whether a credit writes it with its
    "The" or without ("Harwick Valley Gazette" and "The Harwick Valley Gazette" are one), in
    capitals or not, with a language's accents or not ("Agência Meridiana" of a Portuguese
    credit line and "Agencia Meridiana"), or by its initials in capitals beside its name
    (:func:`_initials_of`), as a dateline's "(AM)" credits the Agencia Meridiana its credit line
    names, and "(CNW)" the Continental Newswire.

    >>> credited_once({"The Harwick Valley Gazette", "Harwick Valley Gazette", "AP"})
    ('AP', 'Harwick Valley Gazette')
    >>> credited_once({"AM", "Agencia Meridiana", "Agência Meridiana", "IBERPRESS", "Iberpress"})
    ('Agencia Meridiana', 'Iberpress')
    >>> credited_once({"CNW", "Continental Newswire", "CN"})
    ('Continental Newswire',)
    """
    written = [name.split() for name in names if not name.isupper()]
    forms: dict[str, list[str]] = defaultdict(list)
    for name in names:
        if not (name.isupper() and any(_initials_of(name, words) for words in written)):
            forms[_name_key(name)].append(name)
    # Of one name's forms, the one written as a name is (not in capitals), without "The".
    return tuple(
        sorted(
            min(written, key=lambda n: (n.isupper(), n.startswith("The "), n))
            for written in forms.values()
        )
    )


def credited_alike(
    credited: Mapping[str, AbstractSet[str]], sources: AbstractSet[str]
) -> dict[str, tuple[str, ...]]:
    """What each document credits (:func:`credited_once`), by its id, each name written one way
    in every document's (:func:`credit_spellings`). A Portuguese paper's credit line writes
    "Agência Meridiana", a Spanish one's "Agencia Meridiana": one agency, whose own articles
    give its name.

    >>> credited_alike({"pt": {"Agência Meridiana"}, "es": {"Agencia Meridiana"}}, {"Agencia Meridiana"})
    {'pt': ('Agencia Meridiana',), 'es': ('Agencia Meridiana',)}
    """
    once = {doc: credited_once(names) for doc, names in credited.items()}
    spelled = credit_spellings(once.values(), sources)
    return {doc: tuple(sorted({spelled[name] for name in names})) for doc, names in once.items()}


def credit_spellings(
    credited: Iterable[Iterable[str]], sources: AbstractSet[str]
) -> dict[str, str]:
    """The one way each name of ``credited`` (the names each document credits) and each of
    ``sources`` is written in a report, by the name as given and by its key (:func:`_name_key`),
    so that a name written another way elsewhere (a cited source's "AP") is looked up by its
    key: as a name (not in capitals), without "The", as an article's source writes it if one
    does, else as most documents' credits do.

    >>> spelled = credit_spellings([{"AP"}, {"AP"}], {"Associated Press", "Valley Herald"})
    >>> spelled["AP"], spelled[_name_key("The Associated Press")]
    ('Associated Press', 'Associated Press')
    """
    counts = Counter(name for names in credited for name in names)
    key_of = {name: _name_key(name) for name in counts.keys() | sources}
    forms: dict[str, list[str]] = defaultdict(list)
    for name, key in key_of.items():
        forms[key].append(name)
    spelling = {
        key: min(
            written,
            key=lambda n: (n.isupper(), n.startswith("The "), n not in sources, -counts[n], n),
        )
        for key, written in forms.items()
    }
    return spelling | {name: spelling[key] for name, key in key_of.items()}


def spelled_as_credited(names: Iterable[str], spellings: Mapping[str, str]) -> tuple[str, ...]:
    """``names`` (an article's cited sources) each written as a report's credits write it
    (:func:`credit_spellings`), in order, each once; a name no credit or source writes, as
    given.

    >>> spelled_as_credited(["AP", "Reuters"], credit_spellings([], {"Associated Press"}))
    ('Associated Press', 'Reuters')
    """
    return tuple(
        dict.fromkeys(
            spellings.get(name) or spellings.get(_name_key(name)) or name for name in names
        )
    )


def _name_key(name: str) -> str:
    """A name case-folded without its "The" and its letters' accents: one key for its forms;
    a wire service's, by any of its names, its canonical name's
    (:meth:`~compare.lexicon.Lexicon.wire_service_named`: "The Associated Press" and "AP",
    "Thomson Reuters" and "Reuters", "PA Media" and "PA").

    >>> _name_key("The Associated Press") == _name_key("AP"), _name_key("Agência Meridiana")
    (True, 'agencia meridiana')
    """
    # The lexicon reads its term lists' names from this module, so it is read once both are.
    from compare.lexicon import lexicon

    wire = lexicon().wire_service_named(name)
    bare = unicodedata.normalize("NFKD", (wire or name.removeprefix("The ")).casefold())
    return "".join(c for c in bare if not unicodedata.combining(c))


def _initials_of(initials: str, words: Sequence[str]) -> bool:
    """Whether ``initials`` stand for a name of ``words``: each of its capitalised words gives
    its first letter in turn, or one for each word it is glued from
    (:meth:`~compare.lexicon.Lexicon.abbreviates`: "CNW" of "Continental Newswire"; "ACP" of
    "Agencia Continental de Prensa", its particle giving none), never other letters of its own
    ("RT" is not Reuters).

    >>> _initials_of("CNW", ["Continental", "Newswire"]), _initials_of("CNN", ["Continental", "Newswire"])
    (True, False)
    """
    # The lexicon reads its term lists' names from this module, so it is read once both are.
    from compare.lexicon import lexicon

    capitalised = [word for word in words if word[:1].isupper()]
    return bool(capitalised) and lexicon().abbreviates(initials, capitalised)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document, with character offsets into ``Document.text``.

    ``key`` is the matching form (typography normalised, case folded, spaces collapsed) and
    ``tokens`` its words; both are computed once, at segmentation.
    """

    doc: str
    index: int
    start: int
    end: int
    text: str
    key: str
    tokens: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PressRelease:
    """A text taken for a press release (``boilerplate.press_release``), and the body that issued
    it (a company, a university, a police force), when the release or its source names it."""

    issuer: str | None


class SkipReason(StrEnum):
    """Why an input is not a document, as a code a program can rely on across releases where
    the words of ``Skipped.reason`` may change; docs/output.md says what each means."""

    HIDDEN = "hidden"
    UNREADABLE_FOLDER = "unreadable_folder"
    LINK_LOOP = "link_loop"
    LINK_ABOVE_INPUT = "link_above_input"
    BROKEN_LINK = "broken_link"
    UNSUPPORTED_TYPE = "unsupported_type"
    NOT_REGULAR_FILE = "not_regular_file"
    UNREADABLE_FILE = "unreadable_file"
    BINARY_FILE = "binary_file"
    UNKNOWN_ENCODING = "unknown_encoding"
    EMPTY_FILE = "empty_file"
    IDENTICAL_FILE = "identical_file"
    SAME_ARTICLE_TEXT = "same_article_text"
    IDENTICAL_RECORD = "identical_record"
    TOO_LONG = "too_long"
    NO_ARTICLE_TEXT = "no_article_text"
    ERROR_PAGE = "error_page"
    CONSENT_PAGE = "consent_page"
    HEADLINE_LIST = "headline_list"
    HEADLINE_ALONE = "headline_alone"
    LABELS_ALONE = "labels_alone"
    PAGE_FURNITURE_ALONE = "page_furniture_alone"
    NO_TEXT = "no_text"
    NO_WORDS = "no_words"
    NOT_SUBTITLES = "not_subtitles"
    BROKEN_JSON = "broken_json"
    BROKEN_JSON_LINE = "broken_json_line"
    EMPTY_JSON_LIST = "empty_json_list"
    BROKEN_FEED = "broken_feed"
    EMPTY_FEED = "empty_feed"
    RECORD_NOT_OBJECT = "record_not_object"
    RECORD_WITHOUT_TEXT = "record_without_text"
    TAKEN_DOWN = "taken_down"
    TEXT_CUT_SHORT = "text_cut_short"
    TEASER = "teaser"
    UNUSABLE = "unusable"


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that is not a document: why, in words (``reason``), and as a stable code
    (``code``)."""

    path: str
    reason: str
    code: SkipReason


# The skips of an input whose article was read all the same, from another file or line: nothing
# of the run is lost, so ``--strict`` does not count them (a feed that writes a line twice daily).
READ_ONCE = frozenset(
    {SkipReason.IDENTICAL_FILE, SkipReason.SAME_ARTICLE_TEXT, SkipReason.IDENTICAL_RECORD}
)


def lost(skipped: Iterable[Skipped]) -> list[Skipped]:
    """The inputs of ``skipped`` whose text the run does not hold: not a repeat read once."""
    return [skip for skip in skipped if skip.code not in READ_ONCE]


@dataclass(frozen=True, slots=True)
class UnreadDate:
    """A date an input gives that is not understood (``03/04/2024``: March or April?), as written,
    where it was read (a file, or a record of one: ``feed.jsonl:3``) and the ``id`` of its
    document, which counts as undated."""

    path: str
    value: str
    id: str


@dataclass(frozen=True, slots=True)
class KeptApart:
    """Two documents that share near copies but were left uncompared only because they were
    published ``days`` apart, more than a pair across stories may be
    (``settings.MAX_ACROSS_DAYS``, or the story's days where more)."""

    a: str
    b: str
    days: int


class NoteKind(StrEnum):
    """What an editor's note on an article is, by its label or opening words: a correction
    ("Correction:", "An earlier version of this story ...", "This article was amended ..."), a
    clarification, an update ("Update, 12:30 p.m.:", "This story has been updated"), another
    editor's note ("Editor's note:", "Eds:", "Note to readers:"), or a wire's kill of a story it
    withdraws ("KILL-" before the withdrawn story's headline)."""

    CORRECTION = "correction"
    CLARIFICATION = "clarification"
    UPDATE = "update"
    EDITORS_NOTE = "editors_note"
    KILL = "kill"


@dataclass(frozen=True, slots=True)
class ArticleNote:
    """An editor's note on an article, not on its story: the whole paragraph its label opens,
    every sentence of which is boilerplate (``sentences``, by number), and its text as written;
    or the slugs a wire's headline opens with ("CORRECTED-UPDATE 3"), of no sentence."""

    kind: NoteKind
    text: str
    sentences: tuple[int, ...]

    @property
    def in_headline(self) -> bool:
        """Whether it is the slugs a wire's headline opens with, not a note in the text."""
        return not self.sentences

    @property
    def said(self) -> str:
        """Its words, spaced alike: two versions of an article that keep a note say the same."""
        return " ".join(self.text.split())


class MatchKind(StrEnum):
    """How two aligned sentences relate; only the first two count as reuse."""

    VERBATIM = "verbatim"
    EDITED = "edited"
    PARAPHRASE = "paraphrase"
    SHARED_QUOTE = "shared_quote"

    @property
    def is_reuse(self) -> bool:
        return self in _REUSE_KINDS


# A set, not a tuple built at each call: a story that 250 outlets carry asks it millions of times,
# and a StrEnum member is found in a tuple by comparing strings.
_REUSE_KINDS = frozenset({MatchKind.VERBATIM, MatchKind.EDITED})


@dataclass(frozen=True, slots=True)
class Span:
    """One side of a match: one sentence, or two consecutive ones for a split or merge.

    ``with_headline`` is true when the other side's sentence carries this side's headline
    (``Document.title``) joined with this one, its first: a lede that merges a wire's headline
    and lede. The headline is no sentence of the text, so ``sentences`` and the offsets hold the
    first sentence alone.
    """

    sentences: tuple[int, ...]
    start: int
    end: int
    text: str
    with_headline: bool = False
    # Where each sentence after the first starts, in ``text`` and in the document: ``text``
    # joins them with one space, whatever parts them there ("\n\n" between two paragraphs).
    joins: tuple[tuple[int, int], ...] = ()

    def in_document(self, start: int, end: int) -> tuple[int, int]:
        """Where the characters ``start`` to ``end`` of ``text`` are in the document.

        >>> span = Span((3, 4), 100, 131, "Talks ended. Nobody won.", joins=((13, 120),))
        >>> span.in_document(0, 5), span.in_document(13, 24)
        ((100, 105), (120, 131))
        """
        return self._in_document(start), self._in_document(end - 1) + 1

    def _in_document(self, offset: int) -> int:
        in_text, in_document = 0, self.start
        for joined_at, starts_at in self.joins:
            if joined_at <= offset:
                in_text, in_document = joined_at, starts_at
        return in_document + offset - in_text


class CreditKind(StrEnum):
    """How a text credits the other of its pair in the sentence that does: a credit line
    ("Materials provided by University of Carrow.", "Source: Eastbay Water."), a credit's phrase
    ("as first reported by The Ledger Line"), the other's source named as cited ("according to
    Meridian"), or by its short name, the one outlet of its story so called ("The Gazette first
    reported"), the other's dateline named, a link to the other's site, its byline alone ("Por
    Agencia Meridiana", which the reader takes out of the text); or, of a press release,
    the statement or release named ("said in a statement", "adapted from a news release"), the
    issuer cited as the speaker ("police said", "the utility said", "Halvorsen announced"), or
    the issuer only named ("Acme Robotics will create 450 jobs")."""

    CREDIT_LINE = "credit_line"
    CREDIT_PHRASE = "credit_phrase"
    SOURCE_NAMED = "source_named"
    SHORT_NAME = "short_name"
    DATELINE = "dateline"
    LINK = "link"
    BYLINE = "byline"
    RELEASE_NAMED = "release_named"
    ISSUER_SPEAKS = "issuer_speaks"
    ISSUER_NAMED = "issuer_named"


@dataclass(frozen=True, slots=True)
class Credit:
    """Where one of a pair credits the other (``disclosure.where_credited``): ``doc`` is the
    crediting document's id; ``sentence`` its first sentence that credits the other (a credit
    line, "as first reported by The Ledger Line"), ``None`` when only its byline, metadata or a
    link does; ``link`` the address on the other's site its text links to, if any;
    ``names_outlet`` whether it credits the other's outlet itself (``disclosure.names_outlet``:
    its byline too, "By Harborline staff"), not only a wire service both carry; ``kind`` how
    ``sentence`` credits it, or, without one, how its ``byline`` or a ``link`` does; ``None``
    without any; ``byline`` the byline that credits it, as the document gives its author, when
    nothing in its text does."""

    doc: str
    sentence: Span | None = None
    link: str | None = None
    names_outlet: bool = False
    kind: CreditKind | None = None
    byline: str | None = None

    @property
    def of_the_other(self) -> bool:
        """Whether it credits the other article itself: in its text, by a link, or by naming
        its outlet; not only a wire service or a dateline both carry (two papers' copies of one
        wire story, each "(CNW)", credit the wire and not each other)."""
        return self.sentence is not None or self.link is not None or self.names_outlet


@dataclass(frozen=True, slots=True)
class WordEdit:
    """One step turning a run of A's words into B's: equal, replace, insert or delete.

    Words are split at white space, so none of them holds any.
    """

    op: str
    a: tuple[str, ...]
    b: tuple[str, ...]


class FramingKind(StrEnum):
    """What a framing note names: a change of B's version against A's."""

    ATTRIBUTION_VERB = "attribution_verb"
    ATTRIBUTION_ADDED = "attribution_added"
    ATTRIBUTION_REMOVED = "attribution_removed"
    HEDGE_ADDED = "hedge_added"
    HEDGE_REMOVED = "hedge_removed"
    NEGATION_ADDED = "negation_added"
    NEGATION_REMOVED = "negation_removed"
    NUMBER_CHANGED = "number_changed"
    NUMBER_ADDED = "number_added"
    NUMBER_REMOVED = "number_removed"
    NUMBER_CONVERTED = "number_converted"
    NUMBER_ROUNDED = "number_rounded"
    CURRENCY_CHANGED = "currency_changed"
    ESTIMATE_CHANGED = "estimate_changed"
    LOADED_TERM = "loaded_term"
    LOADED_TERM_ADDED = "loaded_term_added"
    LOADED_TERM_REMOVED = "loaded_term_removed"
    QUOTE_ADDED = "quote_added"
    QUOTE_REMOVED = "quote_removed"
    QUOTE_CHANGED = "quote_changed"
    QUOTE_WORDS_ADDED = "quote_words_added"
    QUOTE_WORDS_REMOVED = "quote_words_removed"
    QUOTE_WORDS_CUT_INSIDE = "quote_words_cut_inside"
    QUOTE_WORDS_ELIDED = "quote_words_elided"
    QUOTE_STITCHED = "quote_stitched"
    QUOTE_REPLACED = "quote_replaced"
    QUOTE_REWORDED = "quote_reworded"
    ROLES_SWAPPED = "roles_swapped"
    SPEAKER_CHANGED = "speaker_changed"
    ATTRIBUTION_SOURCE_CHANGED = "attribution_source_changed"
    DIRECTION_REVERSED = "direction_reversed"
    OUTCOME_REVERSED = "outcome_reversed"
    SIZE_REVERSED = "size_reversed"
    ALLEGATION_SOFTENED = "allegation_softened"
    ALLEGATION_HARDENED = "allegation_hardened"
    AGENT_ADDED = "agent_added"
    AGENT_REMOVED = "agent_removed"
    INTERVIEW_CLAIM_ADDED = "interview_claim_added"
    INTERVIEW_CLAIM_REMOVED = "interview_claim_removed"
    NAME_CHANGED = "name_changed"
    IDENTITY_ADDED = "identity_added"
    IDENTITY_REMOVED = "identity_removed"

    @property
    def mirrored(self) -> FramingKind:
        """The kind read the other way round, A's version against B's: an addition is a removal.

        >>> FramingKind.HEDGE_ADDED.mirrored, FramingKind.NUMBER_CHANGED.mirrored
        (<FramingKind.HEDGE_REMOVED: 'hedge_removed'>, <FramingKind.NUMBER_CHANGED: 'number_changed'>)
        >>> FramingKind.ALLEGATION_SOFTENED.mirrored
        <FramingKind.ALLEGATION_HARDENED: 'allegation_hardened'>
        """
        for one, other in (
            ("_added", "_removed"),
            ("_removed", "_added"),
            ("_softened", "_hardened"),
            ("_hardened", "_softened"),
        ):
            if self.endswith(one):
                return FramingKind(self.removesuffix(one) + other)
        return self


@dataclass(frozen=True, slots=True)
class FramingNote:
    """A named framing difference between two aligned sentences, e.g. ``said`` -> ``claimed``.

    It reads from A's sentence to B's, as report.json's ``kind`` gives it, whichever document is
    the origin: ``hedge_added`` says B has a hedge A lacks, with ``a`` and ``b`` the words on each
    side. The Markdown reports name it the way the copy changed the origin instead, as
    report.json's ``kind_as_changed`` does: of a pair whose ``direction`` is ``"b->a"`` (A reuses
    B), ``kind.mirrored`` is what a story page shows (``hedge_removed``: A, the copy, dropped B's
    hedge).

    ``a_spans`` and ``b_spans`` say where each side's words are: ``(start, end)`` offsets into
    the document's ``text``, as a match's spans give them, one a place, in the order ``a`` and
    ``b`` name them. A note that names words from two places ("reported, said" of 'As the agency
    reported, "...," said Kowalski') has a span for each; a word the sentence does not write as
    the note gives it (a currency told by its code, "JPY" for "yen") has none. Empty for a note
    read from two texts alone (:func:`~compare.framing.framing_notes`), which no document places.
    """

    kind: FramingKind
    a: str
    b: str
    _: KW_ONLY
    a_spans: tuple[tuple[int, int], ...] = ()
    b_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class HeadlineClaim:
    """A headline that claims more than its own article's text (``headline_text``): a figure,
    an allegation or a finding the text tells otherwise.

    Attributes:
        doc: the document's id.
        sentence: the number (from 0) of the first sentence of its text that tells it otherwise.
        note: the difference, read from the text's words (``a``, placed in the document's text
            by ``a_spans``) to the headline's (``b``): ``number_changed`` "two" -> "at least 3".
    """

    doc: str
    sentence: int
    note: FramingNote


@dataclass(frozen=True, slots=True)
class Match:
    """Two aligned spans, how similar they are (0-100) and how they relate.

    The pipeline rebuilds each match field by field once its edits and framing are known: a new
    field must be passed on there too.
    """

    a: Span
    b: Span
    similarity: float
    kind: MatchKind
    moved: bool = False
    edits: tuple[WordEdit, ...] = ()
    framing: tuple[FramingNote, ...] = ()

    @property
    def synonyms_swapped(self) -> bool:
        """Whether a paraphrase is the other sentence with words swapped in place: every edit
        replaces a word or two of letters with a word or two (none added, cut or moved, no
        figure changed), at least ``MIN_SWAPS`` of them word for word, one for one or two for
        two, and as many words kept as swapped. A paraphrasing tool's output reads so ("The
        choice closes two years of doubt over the centre's destiny."); honest rewording
        reorders, adds and cuts, and a short line said another way ("It is expected to reopen"
        for "The centre is due to open again") swaps a word for two.

        >>> def edit(op, a, b): return WordEdit(op, tuple(a.split()), tuple(b.split()))
        >>> span = Span((0,), 0, 1, "")
        >>> Match(span, span, 70.2, MatchKind.PARAPHRASE, edits=(edit("equal", "The", ""),
        ...     edit("replace", "decision ends", "choice closes"), edit("equal", "two years of", ""),
        ...     edit("replace", "uncertainty", "doubt"), edit("equal", "over the centre's", ""),
        ...     edit("replace", "future.", "destiny."))).synonyms_swapped
        True
        """
        if self.kind is not MatchKind.PARAPHRASE:
            return False
        swaps = swapped = kept = 0
        for edit in self.edits:
            if edit.op == "equal":
                kept += len(edit.a)
            elif edit.op != "replace" or not (_swappable(edit.a) and _swappable(edit.b)):
                return False
            else:
                swapped += len(edit.a)
                swaps += len(edit.a) == len(edit.b)
        return swaps >= MIN_SWAPS and kept >= swapped


# The swaps of as many words a paraphrasing tool makes in a sentence at least, for its output to
# be told from a sentence that happens to share most of another's words: two honest rewordings
# of one wire line may change a verb and a noun alike.
MIN_SWAPS = 3
# The words one swap replaces: a word ("uncertainty" for "doubt") or a phrasal one ("open
# again" for "reopen").
MAX_SWAP_WORDS = 2


def _swappable(words: tuple[str, ...]) -> bool:
    """Whether words one swap of :attr:`Match.synonyms_swapped` may replace: one or two, each of
    letters (its punctuation aside), no figure."""
    return 0 < len(words) <= MAX_SWAP_WORDS and all(
        any(c.isalpha() for c in word) and not any(c.isdigit() for c in word) for word in words
    )


class Verdict(StrEnum):
    """How much of one document of a pair is reused from the other."""

    COPY = "copy"
    DERIVED = "derived"
    PARTIAL = "partial"
    INDEPENDENT = "independent"


class HeadlineReuse(StrEnum):
    """How one document's headline (``Document.title``) stands to the other's of its pair: the
    same words, case, quotation marks and spacing aside, or one edited from the other as an
    aligned sentence is (``align.edited_alike``)."""

    SAME = "same"
    EDITED = "edited"


class FilledFor(StrEnum):
    """What a template two articles share is filled in for, in place of the other's."""

    ANOTHER_EVENT = "another_event"
    ANOTHER_DAY = "another_day"
    OTHER_FIGURES = "other_figures"
    OTHER_FACTS = "other_facts"


class DirectionBasis(StrEnum):
    """What told a pair's direction (``overlap.compare_pair``): one that rests on shares alone
    (``containment``, ``phrasing``) is weaker than one a time or credit tells, and the reports
    say which it is. ``record`` is the user's word: one of the two is the record
    (``Document.of_record``) the other is read against, whether or not it took from it.
    ``checked`` is a check's assumption, the weakest of all: of a new article and an archive's
    that nothing else directs, the new one is read as changing the archive's
    (``pipeline.compare_paths_against``). ``modified_time`` and ``capture_time`` are the times
    of versions (``Document.modified_time``): of two versions of one article, or of another
    outlet's article and a later version of one that took its text then, not when its article
    was published (``overlap.compare_pair``); ``capture_time`` where the later of the two is
    dated by an archiver's capture (``Document.captured``): it was seen then, not edited then.
    ``interview``: a quotation both carry that one says its speaker told its own outlet ("...,
    told Harbour Daily"), where the other does not, was that outlet's, where no time tells
    (``overlap.interview_quoted``)."""

    RECORD = "record"
    CREDIT = "credit"
    MODIFIED_TIME = "modified_time"
    CAPTURE_TIME = "capture_time"
    PUBLISHED_TIME = "published_time"
    PUBLISHED_DATE = "published_date"
    PRESS_RELEASE = "press_release"
    NEWS_AGENCY = "news_agency"
    AGENCY_DATELINE = "agency_dateline"
    SHARED_DATELINE = "shared_dateline"
    CREDITED_BY_OTHERS = "credited_by_others"
    INTERVIEW = "interview"
    STRAY_MARKS = "stray_marks"
    CONTAINMENT = "containment"
    PHRASING = "phrasing"
    CHECKED = "checked"

    @property
    def by_shares(self) -> bool:
        """Whether only the shares each holds of the other told the direction."""
        return self in (DirectionBasis.CONTAINMENT, DirectionBasis.PHRASING)

    @property
    def by_version_time(self) -> bool:
        """Whether the times versions were modified or captured told the direction."""
        return self in (DirectionBasis.MODIFIED_TIME, DirectionBasis.CAPTURE_TIME)

    @property
    def by_publication(self) -> bool:
        """Whether the two's publication times or dates alone told the direction."""
        return self in (DirectionBasis.PUBLISHED_TIME, DirectionBasis.PUBLISHED_DATE)


@dataclass(frozen=True, slots=True)
class FilledTemplate:
    """Two articles that fill one template in, each for its own event or day
    (``overlap.text_overlap``): ``filled_for`` says which, and ``a`` and ``b`` hold what A and B
    fill in where they differ, as written: names (``("Shazorbu",)``, ``("Vinselian",)``), or
    days (``("Monday",)``, ``("Tuesday",)``)."""

    filled_for: FilledFor
    a: tuple[str, ...]
    b: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TakenThrough:
    """The article ``source`` that ``copy``, one of a pair, took what the pair shares from
    (``provenance.through_common_origins``): a third article with no direction with the other."""

    copy: str
    source: str


@dataclass(frozen=True, slots=True)
class DateSetAside:
    """The article ``doc`` of a pair whose date its own text contradicts (``overlap.compare_pair``):
    in the past tense, in a sentence the other has too, it reports something on ``day`` (as
    written: "Friday", "March 14"), a weekday or a day of a month after the day it is dated and
    by the other's date; or, with no ``day``, the earlier of the two by date, an article of an
    outlet whose own text contradicts the dates of its articles ``backdated`` (two or more in
    the run, and a quarter of those its dates put first: ``overlap.backdating_outlets``), which
    is not trusted to have published first by its date, unless both give a time on one day; or
    one whose date put it first where the story's other directions go round the other way
    (``closed_a_cycle``: ``provenance.direction_cycles``); or one whose text names the other's
    outlet as a source, copied too ("..., the Gazette reported at the time."), where the
    other's does not name its (``names_the_other``): a copy that keeps its origin's mention of
    itself under a wrong, earlier time; or one that only its time put before ``worded_as``, whose
    wording, where the two differ, the story's ``witnesses`` carry
    (``provenance.dates_against_wording``): the origin would have had to change back every word
    it changed ("mentioned" to "said"). Its date tells no direction, and no order of who
    published first (:func:`dated_as_trusted`)."""

    doc: str
    day: str | None
    backdated: tuple[str, ...] = ()
    closed_a_cycle: bool = False
    names_the_other: bool = False
    worded_as: str | None = None
    witnesses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DirectionCycle:
    """Pair directions of a story that go round in a cycle (A reuses B, B reuses C, C reuses A),
    which no order of publication fits (``provenance.direction_cycles``): ``links``, each an origin,
    its copy and what told that direction, in the cycle's order, the copy of each the origin of
    the next and the last's copy the first's origin; ``dropped``, the links whose directions,
    the weakest of the cycle's, were taken away."""

    story: str
    links: tuple[tuple[str, str, DirectionBasis], ...]
    dropped: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class RunPlace:
    """Where a pair's longest copied run lies: the first and last sentences, by number, of A
    and of B that hold it (one sentence each, or several where it runs on across them)."""

    a: tuple[int, int]
    b: tuple[int, int]


@dataclass(frozen=True, slots=True)
class SharedQuotation:
    """A quotation of ``overlap.MIN_QUOTATION_WORDS`` words or more that both articles of a pair
    carry word for word (``overlap.shared_quotations``): ``text``, as the article that carries
    the shorter version writes it; the sentences of A and of B that hold it; its ``words``;
    ``carriers``, the run's articles that carry it, in the run's order (one tuple for every pair
    that shares it: a quotation that hundreds carry is listed once, not once a pair), of which
    :meth:`PairComparison.elsewhere` gives those beside the pair; and ``framing``, read from A to
    B, the verb its one speaker says it with in each where they differ ("said" against
    "insisted"), of sentences no match aligns together, or of the sentence before one that goes
    on with its quotation (``framing.with_quotation_verbs``), as an
    aligned pair's match notes it. A quotation only the two carry, one of them the earlier, is
    one the other may have taken from its interview; one that many carry was said in public."""

    text: str
    a_sentence: int
    b_sentence: int
    words: int
    carriers: tuple[str, ...] = ()
    framing: tuple[FramingNote, ...] = ()


@dataclass(frozen=True, slots=True)
class AlteredQuotation:
    """A quotation of one article of a pair that alters one of the other's quotations, held
    against every quotation of the other, not only those of its aligned sentences
    (``framing.with_quotations_altered``): ``a_sentences`` and ``b_sentences``, the sentences
    of A and of B that hold the two sides; ``framing``, read from A to B, the words changed
    inside it as an aligned pair's notes name them, or a ``quote_stitched``: one quotation
    joined from two of the other's, the words between them left out."""

    a_sentences: tuple[int, ...]
    b_sentences: tuple[int, ...]
    framing: tuple[FramingNote, ...]


@dataclass(frozen=True, slots=True)
class Retold:
    """How article ``doc`` of a pair retells the other (``overlap.retold``): ``share``, the share
    of its words outside quotations in sentences aligned with the other's, copied, edited or
    reworded; ``of_the_other``, the same share of the other's words; and ``quotations``, how
    many quotations of the other it carries, all there are. A rewrite sentence by sentence that
    keeps every quotation is made from the other, however little of its wording it keeps."""

    doc: str
    share: float
    of_the_other: float
    quotations: int


@dataclass(frozen=True, slots=True)
class PairComparison:
    """Everything `compare` says about two documents of one story.

    Shares are fractions from 0 to 1, similarities 0 to 100; sentences are numbered from 0 in
    their document (``Sentence.index``, as in ``Result.sentences[id]``). Where report.json names
    a field otherwise, its key is given in brackets (docs/output.md, "report.json, field by field").

    Attributes:
        a, b: the two documents' ids, in their story's order (``Story.documents``), which says
            nothing of which reused which.
        story: their story's id.
        verdict: how much of one is reused from the other.
        direction: ``"a->b"`` when B reuses A, ``"b->a"`` when A reuses B, ``None`` when nothing
            tells or neither reuses the other (independent reports, texts from a common origin);
            :attr:`origin` names the document it points from. Of two versions of one article
            (``same_article``), ``"a->b"`` when B is the later, whatever their verdict.
        direction_basis: what told the direction: the copy's credit of the origin, the times
            (of modification or capture, of versions; of publication), the origin's
            being a press release, a news agency or an agency's dateline where the copy is not,
            or else containment or shared phrasing alone; ``None`` without a direction.
        a_in_b, b_in_a: containment (``containment.a_in_b``, ``b_in_a``): the share of A's (B's)
            words outside quotations, boilerplate aside, in sentences aligned with the other's as
            ``verbatim`` or ``edited``.
        a_phrases_in_b, b_phrases_in_a: shared phrasing (``shared_phrasing.a_in_b``,
            ``b_in_a``): the share of A's (B's) words outside quotations in 3-word phrases the
            other also has.
        a_phrases_in_b_spread, b_phrases_in_a_spread: (``shared_phrasing.a_in_b_spread``,
            ``b_in_a_spread``) the share of A's (B's) words in sentences that hold such a phrase.
        longest_run_words: the most consecutive words copied unchanged.
        longest_run_at: the sentences that hold them; ``None`` when no word is copied.
        longest_run_text: those words as A's text writes them, in its script, each stretch of
            white space one space ("" when none is copied): the passage a reader quotes as
            evidence of the copy.
        longest_run_quoted: (``longest_run_words_with_quotations``) the most consecutive words
            copied unchanged, quoted words counted whatever the words around them: a sentence
            that quotes an interview and its tag word for word, which ``longest_run_words``
            counts only outside the quotation.
        shared_quotations: the quotations both carry word for word (:class:`SharedQuotation`),
            in A's order; never counted as reuse, as reporters quote the same speeches.
        altered_quotations: the quotations of one that alter one of the other's, or join two
            of them, in sentences no match aligns together (:class:`AlteredQuotation`).
        shared_phrases: when shared phrasing alone makes the verdict (no sentence copied or
            edited enough for it), the runs of words the reusing article shares with the other in
            3-word phrases, overlapping phrases joined, each once, in its order (the later
            article's, else the one more of whose words they hold): what a reader checks the
            verdict by. Empty otherwise.
        quoting_crediting: of a pair that shares quotations, the ids of those of the two that
            credit the other (as ``crediting``), asked whatever the verdict. Not in report.json.
        cited_at: of a pair that reuses no text, where each of the two that names the other's
            outlet in its own text as the source of its story credits it ("..., the Dunmore
            Courier reported.", "told the Courier"): a rewrite that credits the paper whose
            story it retells. Not in report.json, but in each document's ``credits``.
        matches: the aligned sentences, each A's span and B's; their framing notes read from A
            to B whatever the direction (:class:`FramingNote`: of a ``"b->a"`` pair,
            ``note.kind.mirrored`` is how A, the copy, changed B).
        only_a, only_b: A's (B's) sentences, by number, aligned with none of the other's;
            boilerplate is left out.
        closest_similarity: the best ``fuzz.ratio`` of the sentence pairs verified (proposed by
            LSH), matched or not; 0 when none was proposed.
        a_verbatim_in_b, b_verbatim_in_a: (``containment.a_in_b_verbatim``, ``b_in_a_verbatim``)
            the share of A's (B's) words, quotations included, boilerplate aside, in sentences
            aligned with the other's as ``verbatim``: the larger makes the pair a ``copy``.
        same_source: both are one outlet's (``Document.source``), whose reuse needs no credit.
        same_article: both are versions of one article (:func:`same_article`: one outlet's, at
            one address or under one id): the later edits the earlier, which is never a third
            article both took from (``common_origin``).
        undisclosed_reuse: the document that reuses the other (by ``direction``) is not among
            ``crediting``; never without a direction.
        release_named_only_as_copied: of an undisclosed reuse of a press release, the reusing
            document names the release's issuer, or attributes its words to it, only in the
            sentences it took from the release (``disclosure.names_release``: "the Ministry ...
            said", kept from a release that names its issuer in the third person), not in words
            of its own.
        credited_passages: of an undisclosed reuse whose copy credits the other only in
            sentences it took from it ("..., as reported by Harbour Daily."), each for the
            passage it stands in (``disclosure.passage_credits``), how many of the passages it
            took (runs of its sentences aligned with the other's) hold those credits, and how
            many it took; ``None`` for any other pair.
        interview_quoted: of a pair with a direction, the words with which its origin says
            the speaker of a quotation both carry told its outlet ("told Harbour Daily"), which
            the copy does not say (``overlap.interview_quoted``): the copy took the quotation
            from that outlet's interview, and a pair that shares nothing else is ``partial``;
            else ``None``.
        identical: the two texts are the same.
        crediting: the ids of those of the two (``a`` first) that credit the other
            (``disclosure.discloses``: a credit line, a wire service, the other's dateline or
            outlet named); asked only of a pair that reuses text, between two outlets. Not in
            report.json, whose ``undisclosed_reuse`` it decides.
        credited_at: where each of ``crediting`` credits the other itself
            (:attr:`Credit.of_the_other`), in its order: one that credits only a wire service or
            a dateline both carry discloses where its text came from, and credits no other copy.
        common_origin: the third article of the story that both took their shared text from,
            when neither took any from the other (``provenance.through_common_origins``): the
            pair then has no direction and is no undisclosed reuse of each other.
        common_wire: the wire service, or the syndicated writer by the byline both carry,
            whose copy each of the two ran crediting it, when its own text is not in the story
            (``disclosure.wire_both_ran``): each took it from the wire, neither from the other,
            and the pair has no direction and is no undisclosed reuse.
        template: the template the two fill in for other events or days, when that keeps a
            pair that shares text (``verdict`` not ``independent``) from being a copy or
            rewrite: its verdict is ``partial`` at most, and the pair has no direction and is
            no undisclosed reuse, wherever in the two the template was found.
        taken_through: the third article the copy of the pair took what the two share from,
            when that took away the pair's direction and undisclosed reuse
            (``provenance.through_common_origins``).
        taken_through_unknown: the copy of the pair, when it took the phrases the two share
            through articles it took from, none of which holds most of them, which took away
            the pair's direction and undisclosed reuse as ``taken_through`` does: the route is
            not known (``provenance.through_common_origins``).
        date_set_aside: the one of the two whose text contradicts its date, which then told no
            direction (:class:`DateSetAside`).
        headline: whether the two headlines are one, the same or edited
            (``headlines.headline_reuse``): a churnalism tell, never part of the verdict, as two
            independent reports may share a short headline ("Fire at Carrow mill"). ``None``
            when they differ, one of the two has none, or one names only who or where.
        headline_changed: both give a headline and their words differ
            (``headlines.headlines_differ``): of two versions of one article, a new headline,
            often the most visible correction, even where the text is unchanged.
        retold: the one of the two, that may have taken from the other, which retells it
            sentence by sentence with all its quotations (:class:`Retold`), else ``None``.
        headline_framing: of a pair with a direction whose headlines differ, whose copy took
            its lede (the first of its sentences it took) or its headline from the origin, or
            text from an origin that is the record (or two versions of one article), the notes
            of the copy's headline against the origin's, read from A's to B's as a match's are
            (``headlines.headline_framing``); no document's text holds a headline, so they
            have no spans.
        lifts_no_passage: the pair is ``partial`` on what any two reports of one public event
            share, no passage (``overlap.lifts_no_passage``), as its comparison measured it:
            who copied whom and the report read it here
            (``overlap.reports_one_event_alone``), not measuring it again. Not in report.json.
    """

    a: str
    b: str
    story: str
    verdict: Verdict
    direction: str | None
    a_in_b: float
    b_in_a: float
    a_phrases_in_b: float
    b_phrases_in_a: float
    a_phrases_in_b_spread: float
    b_phrases_in_a_spread: float
    longest_run_words: int
    longest_run_at: RunPlace | None
    matches: tuple[Match, ...]
    only_a: tuple[int, ...]
    only_b: tuple[int, ...]
    closest_similarity: float
    a_verbatim_in_b: float = 0.0
    b_verbatim_in_a: float = 0.0
    same_source: bool = False
    undisclosed_reuse: bool = False
    release_named_only_as_copied: bool = False
    credited_passages: tuple[int, int] | None = None
    interview_quoted: str | None = None
    identical: bool = False
    crediting: tuple[str, ...] = ()
    credited_at: tuple[Credit, ...] = ()
    common_origin: str | None = None
    common_wire: str | None = None
    template: FilledTemplate | None = None
    taken_through: TakenThrough | None = None
    taken_through_unknown: str | None = None
    direction_basis: DirectionBasis | None = None
    same_article: bool = False
    date_set_aside: DateSetAside | None = None
    longest_run_quoted: int = 0
    longest_run_text: str = ""
    shared_quotations: tuple[SharedQuotation, ...] = ()
    altered_quotations: tuple[AlteredQuotation, ...] = ()
    shared_phrases: tuple[str, ...] = ()
    quoting_crediting: tuple[str, ...] = ()
    cited_at: tuple[Credit, ...] = ()
    headline: HeadlineReuse | None = None
    headline_changed: bool = False
    retold: Retold | None = None
    headline_framing: tuple[FramingNote, ...] = ()
    lifts_no_passage: bool = False

    @property
    def one_report(self) -> bool:
        """Whether the pair is one outlet's report and a later version or update of it: at one
        address or id (``same_article``), or the later keeping its text (a copy or a rewrite,
        as a wire's write-through in a file of its own). An outlet's follow-up days later on a
        new development (two officers held after the arrest it reported) shares phrasing and
        names, not its text, and is no version whose changes are its updates; nor is its next
        day's follow-up that recaps the days before in the last one's lines, another day's
        report (``template``, see :func:`overlap.compare_pair`)."""
        return self.same_source and (
            self.same_article or self.verdict in (Verdict.COPY, Verdict.DERIVED)
        )

    @property
    def shared_uncredited(self) -> bool:
        """Whether one of the two is, for the most part, the other's text (a ``copy`` or
        ``derived``), taken from no third article of the run (no ``common_origin``,
        ``common_wire``, ``taken_through`` or ``taken_through_unknown``), nothing tells which
        came first (no ``direction``), and neither credits the other: two students who hand in
        one story that no source holds, which ``undisclosed_reuse``, needing a copy to charge,
        never flags. Not one text saved twice (``identical``), one outlet's own articles, nor
        two that fill one template in."""
        return (
            self.verdict in (Verdict.COPY, Verdict.DERIVED)
            and self.direction is None
            and not (self.identical or self.same_source or self.same_article or self.crediting)
            and self.template is None
            and self.common_origin is None
            and self.common_wire is None
            and self.taken_through is None
            and self.taken_through_unknown is None
        )

    @property
    def follow_up(self) -> bool:
        """Whether the pair is one outlet's two articles of which neither took a word of the
        other, copied or edited: a follow-up sharing a story's names and phrasing, neither a
        version of one report (:attr:`one_report`) nor a text it repeats."""
        return self.same_source and not self.one_report and not (self.a_in_b or self.b_in_a)

    @property
    def origin(self) -> str | None:
        """The document the pair's direction names the origin; ``None`` without a direction."""
        if self.direction is None:
            return None
        return self.a if self.direction == "a->b" else self.b

    @property
    def copy(self) -> str | None:
        """The document the pair's direction names the copy, which reuses the other's text;
        ``None`` without a direction."""
        if self.direction is None:
            return None
        return self.b if self.direction == "a->b" else self.a

    def elsewhere(self, quotation: SharedQuotation) -> tuple[str, ...]:
        """The run's articles other than the pair's two that carry ``quotation``, one of its
        ``shared_quotations``, in the run's order; none when only these two do."""
        return tuple(doc for doc in quotation.carriers if doc != self.a and doc != self.b)


def minutes_before_origin(pair: PairComparison, by_id: Mapping[str, Document]) -> int | None:
    """How many minutes before its origin's zoned time of publication the copy of a directed
    ``pair`` gives as its own; ``None`` without a direction, without both zoned times, or with
    the copy not the earlier. A credit or dateline tells the direction against the times, but a
    copy out before the text it reuses is an embargo broken or a clock given wrong.

    >>> wire = Document("wire", "Wire", "", published_time="2025-03-13T14:00:00Z")
    >>> feed = Document("feed", "Feed", "", published_time="2025-03-13T13:10:00Z")
    >>> pair = PairComparison("wire", "feed", "s", Verdict.COPY, "a->b", 1.0, 1.0, 1.0, 1.0,
    ...     1.0, 1.0, 9, None, (), (), (), 1.0)
    >>> minutes_before_origin(pair, {"wire": wire, "feed": feed})
    50
    >>> minutes_before_origin(replace(pair, direction="b->a"), {"wire": wire, "feed": feed})
    """
    if pair.origin is None or pair.copy is None:
        return None
    sent_at, copied_at = by_id[pair.origin].published_time, by_id[pair.copy].published_time
    if sent_at is None or copied_at is None:
        return None
    ahead = datetime.fromisoformat(sent_at) - datetime.fromisoformat(copied_at)
    minutes = int(ahead.total_seconds()) // 60
    return minutes if minutes > 0 else None


def dated_as_trusted(
    documents: Iterable[Document], pairs: Iterable[PairComparison]
) -> list[Document]:
    """``documents``, each undated whose own text a pair found contradicting its date
    (``PairComparison.date_set_aside``): a copy backdated to before the event it reports goes
    where the pair directions place it, as an undated one does, not first
    (:func:`first_published_keys`).

    >>> copy = Document("copy", "Sentinel", "", published="2025-03-13")
    >>> pair = PairComparison("copy", "wire", "s", Verdict.COPY, "b->a", 1.0, 1.0, 1.0, 1.0,
    ...     1.0, 1.0, 9, None, (), (), (), 1.0, date_set_aside=DateSetAside("copy", "Friday"))
    >>> [d.published for d in dated_as_trusted([copy], [pair])]
    [None]
    """
    set_aside = {pair.date_set_aside.doc for pair in pairs if pair.date_set_aside}
    return [
        replace(
            document,
            published=None,
            published_time=None,
            published_local_time=None,
        )
        if document.id in set_aside
        else document
        for document in documents
    ]


def origins_and_copies(pairs: Iterable[PairComparison]) -> list[tuple[str, str]]:
    """The origin and the copy of each pair with a direction (``records.first_published_keys``'s
    directions)."""
    return [
        (pair.origin, pair.b if pair.origin == pair.a else pair.a)
        for pair in pairs
        if pair.origin is not None
    ]


class JoinedBy(StrEnum):
    """What links a document to another of its story (``stories.group_stories``): another
    ``same_article`` version of its article or a ``near_copy`` (sentences the two share nearly
    word for word), which put the two in one group of copies whatever else they say, or
    ``shared_terms``: the tf-idf cosine of their names, numbers and lede words, by which groups
    of copies merge while their average reaches ``Settings.story_threshold``; or ``kills``, a
    wire's kill advisory and the story it withdraws (``kills.killed_by``), which share only a
    headline."""

    SAME_ARTICLE = "same_article"
    NEAR_COPY = "near_copy"
    SHARED_TERMS = "shared_terms"
    KILLS = "kills"


@dataclass(frozen=True, slots=True)
class StoryLink:
    """Why a document is in its story: a rule (:class:`JoinedBy`) that links it to ``linked``,
    of the documents that rule links it to the one whose story terms are most alike (of equal
    scores, the smallest id). ``score`` is the tf-idf cosine of the two's story terms; None
    where it was not counted (below ``stories.MIN_TERM_SCORE``, published further apart than
    ``Settings.story_max_days``, sharing fewer than ``stories.MIN_SHARED_DETAILS`` details, or
    one template filled in for two events)."""

    doc: str
    joined_by: JoinedBy
    linked: str
    score: float | None


@dataclass(frozen=True, slots=True)
class Story:
    """Documents about one event, compared pair by pair.

    Attributes:
        key: the story's key across runs (``stories.story_key``); its ``id`` is its place in
            this run.
        links: why each of its documents is in it, in its documents' order: a document's link
            in its group of copies, the stronger rule first (``same_article``, else
            ``near_copy``), if it has one, and its ``shared_terms`` link outside that group, if
            it has one; none for a story of one document, or of documents compared as one
            story on request.
    """

    id: str
    title: str
    documents: tuple[str, ...]
    key: str = ""
    links: tuple[StoryLink, ...] = ()


@dataclass(frozen=True, slots=True)
class FramingProfile:
    """How one article frames its story as a whole, whether or not anything aligned."""

    doc: str
    attribution_verbs: tuple[tuple[str, int], ...]
    hedges: tuple[str, ...]
    loaded_terms: tuple[str, ...]
    quotes: tuple[str, ...]
    cited_sources: tuple[str, ...]
    numbers: tuple[str, ...]
    # Each of ``quotes`` with its speaker as the sentence that holds it names them ("police
    # spokesperson Rafael Castell"; "" when it names none): who gets quoted, counted per outlet.
    quoted_by: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Version:
    """One document's sentences in a sentence group, and how they relate to the representative.

    ``kind`` is ``None`` for the representative itself; ``framing`` names the framing notes
    between this version and the representative.
    """

    doc: str
    sentences: tuple[int, ...]
    kind: MatchKind | None
    framing: tuple[FramingKind, ...] = ()


@dataclass(frozen=True, slots=True)
class SentenceGroup:
    """One fact of a story as each document that carries it words it.

    Every version matches the representative's sentence directly, so a chain of loose matches
    (A like B, B like C, A unlike C) cannot pull unrelated sentences into one group. The
    representative is the origin whenever every other version matches the origin's sentence too:
    the text shown is then the original, and each version says how it changed it.
    """

    story: str
    representative: Version
    versions: tuple[Version, ...]
    # The document that most likely carried it first, among its copied or edited versions.
    origin: str | None = None

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(v.doc for v in self.versions)


@dataclass(frozen=True, slots=True)
class FigureGiven:
    """One document's value of a counted thing (see :class:`DifferingFigure`): the sentence that
    gives it (numbered from 0) and the figure as written there, with its qualifier ("around
    140")."""

    doc: str
    sentence: int
    written: str


@dataclass(frozen=True, slots=True)
class DifferingFigure:
    """A counted thing a story's outlets give different values for, in sentences not aligned with
    each other (``figures.differing_figures``): what it counts ("staff", "vote", "save"), each
    document's value in story order, whether they are one number rounded ("around 140" and
    137) rather than numbers that disagree, and whether, rounded or not, each two may be one
    quantity as their qualifiers allow ("about 22,000" and "more than 20,000": compatible)."""

    story: str
    counted: str
    values: tuple[FigureGiven, ...]
    rounded: bool
    compatible: bool = False


@dataclass(frozen=True, slots=True)
class Taken:
    """The share of ``copy``'s words (boilerplate aside, and outside quotations, as a pair's
    containment counts them: ``overlap.own_words``) that it took, in sentences copied or edited,
    from ``origin`` (``overlap.kept_share``), whether ``copy`` credits it: credits a wire
    service or ``origin``'s source, or is of ``origin``'s own outlet (which needs no credit),
    and the numbers of ``copy``'s sentences it took from ``origin``; see
    ``provenance.taken_from``."""

    copy: str
    origin: str
    share: float
    credited: bool
    sentences: tuple[int, ...] = ()


class Staleness(StrEnum):
    """How a copy is out of date against its source (``staleness.stale_copies``): it took a
    version when a newer one was already out, or its source changed after it was published and
    it was not updated, or it took a newer version but still words some sentences as an older
    one did, which a later version changed; or its source was killed."""

    STALE_WHEN_PUBLISHED = "stale_when_published"
    NOT_UPDATED = "not_updated"
    PARTLY_UPDATED = "partly_updated"
    # Its source was killed (``kills.killed_by``): the copy was printed after the kill, or was
    # never taken down; or it printed the kill advisory itself, meant for editors, not readers.
    KILLED_WHEN_PUBLISHED = "killed_when_published"
    KILLED_NOT_REMOVED = "killed_not_removed"
    PRINTS_KILL_ADVISORY = "prints_kill_advisory"


@dataclass(frozen=True, slots=True)
class CarriedChange:
    """A difference between a copy and a newer version of its source that the copy still
    carries from the version it took: ``kind``, a framing note's kind read from the copy's words
    to the newer version's (``number_changed``, ``name_changed``); ``copy`` and
    ``newer``, the words of each, as written. Of a stale copy's change, ``made_by``, the first
    of the source's versions that words it so, and ``made_time``, when (by the stale copy's
    clock), and ``correction``, whether a correction's, clarification's or editor's note that
    version adds covers it (``stealth_edits.correction_covers``), else ``update``, whether that
    version adds an update's note, a running story's news told as such: else it was changed
    without a note. ``reworded``, the source's words that the copy gives rounded or converted
    ("41" as "more than 40"), where it does not give them as the source does: the figure a
    newer version corrected, told otherwise."""

    kind: str
    copy: str
    newer: str
    made_by: str | None = None
    made_time: str | None = None
    correction: bool = False
    update: bool = False
    reworded: str = ""


@dataclass(frozen=True, slots=True)
class StaleCopy:
    """A copy out of date against the source it took (``staleness.stale_copies``): the version
    it ``took`` and its time, a ``newer`` version of that source and its time (in UTC, or by the
    clock of the one feed that gives the copy's, its source's and the newer version's without a
    zone when ``feed_time``), and the ``changes`` the copy still carries, each with the version
    that first made it; ``kind`` says whether the newer version was out when the copy was
    published; ``correction`` whether the newer version carries a correction's, clarification's
    or editor's note (``boilerplate.find_notes``), which a copy left uncorrected owes its readers, where a routine
    update is news it merely lacks: each change says whether such a note covers it."""

    story: str
    copy: str
    took: str
    took_time: str
    newer: str
    newer_time: str
    changes: tuple[CarriedChange, ...]
    kind: Staleness
    correction: bool = False
    feed_time: bool = False
    # Of a copy that took a later version but kept sentences of the killed one it ``took``
    # (a substitute with the killed story's last paragraph): those sentences, by number.
    killed_sentences: tuple[int, ...] = ()


class Relation(StrEnum):
    """How a member of a near-duplicate cluster relates to the cluster's canonical document:
    it is that document, a ``copy`` of it (their pair's verdict ``copy``), a ``rewrite`` of it
    (``derived``), or a later ``version`` of an article in the cluster (:func:`articles`: one
    outlet's, at one address or under one id), whatever their verdict: of the canonical
    document's, or of a member's that copies or rewrites it, as a paper's update of its rewrite
    of a wire."""

    CANONICAL = "canonical"
    COPY = "copy"
    REWRITE = "rewrite"
    VERSION = "version"


@dataclass(frozen=True, slots=True)
class ClusterMember:
    """A document's near-duplicate cluster, the cluster's canonical document, and how much of
    the document's text (share of words) sits in sentences copied or edited from the canonical.

    Attributes:
        current: the member a reader should be shown, the same for every member of the
            cluster: the latest version of the canonical document's article among the members
            (:func:`version_ranks`; of versions modified at one time, the first in the order
            the canonical document is chosen by), the canonical document itself when no member
            is a later one. The cluster's id stays its canonical document's.
        relation: how the document relates to the canonical one.
        latest_version: the latest version of the document's own article (ordered as
            ``current``), the document itself when its article has no later one: a paper's
            correction of its rewrite of a wire story, which ``current`` (the wire) leaves out.
        latest_version_known: whether the times of the article's versions name one of them
            last (:func:`version_ranks`); ``False`` when two or more were modified at one time
            or give none, and ``latest_version`` is the first of them in cluster order, a
            guess: which is current cannot be told (a run warns so).
    """

    doc: str
    cluster: str
    canonical: str
    containment: float
    current: str
    relation: Relation
    latest_version: str
    latest_version_known: bool = True


# The lists a user's terms file may add to (``compare run --terms``), in the order errors name
# them: word lists, then the table of news agencies.
TERM_LISTS = (
    "loaded_terms",
    "loaded_terms_except",
    "hedges",
    "attribution_verbs",
    "negations",
    "attributing_phrases",
    "not_agencies",
    "wire_services",
)


@dataclass(frozen=True, slots=True)
class AddedTerms:
    """Loaded terms and hedges a user names beside the package's own (``compare run --terms``),
    as ``framing_terms.toml`` writes them: words or phrases, in any case; the file they were
    read from, as given (``None`` for terms given in Python); and news agencies, each its name
    and the names, short names and initials articles credit it by, as written (``("Kestrel",
    ("Kestrel", "Kestrel News Agency", "KNA"))``), as ``[wire_services]`` gives them; and
    outlets that are no news agencies though a word of their names says so (``not_agencies``:
    "Cascade County Wire 365", a site that took the word for the authority it lends); and
    verbs that attribute a statement with more or less credence than "said" does
    (``attribution_verbs``: a language's the package lists none of, "دعویٰ"); and words that
    deny (``negations``: "नहीं") and phrases that cite a source (``attributing_phrases``: "के
    अनुसार", according to) in such a language; and phrases in which a loaded term is meant
    plainly (``loaded_terms_except``: "режим чрезвычайной ситуации" beside a loaded "режим")."""

    loaded_terms: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    file: str | None = None
    wire_services: tuple[tuple[str, tuple[str, ...]], ...] = ()
    not_agencies: tuple[str, ...] = ()
    attribution_verbs: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    attributing_phrases: tuple[str, ...] = ()
    loaded_terms_except: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Result:
    """Everything a run found; the reports are pure functions of it.

    Its mappings are dicts typed ``Mapping``: mypy refuses a write to one, Python does not, and
    no stage writes to one once the result is built; change a copy, as the reports read them
    (``by_id`` above all). They are not wrapped read-only (``types.MappingProxyType``): that
    costs no time to measure (writing every report of 10,000 articles took 18-36 s either way,
    on a loaded machine), but a wrapped result can no longer be pickled (sent to another process,
    cached), copied by ``copy.deepcopy`` or made into dicts by ``dataclasses.asdict``.

    Attributes:
        documents: the documents compared, in the order read (``compare_paths``: by path), as
            read: text normalised, credits found.
        sentences: each document's sentences, by its id, boilerplate included; a sentence's
            number (``Sentence.index``) is its place there, from 0.
        skipped: the inputs not compared, and why (a file not read, a document without text).
        stories: the stories found, each with its documents' ids.
        pairs: every pair of documents of a story, story by story.
        profiles: each document's framing profile, by its id (none when the run was asked
            for no framing, as ``compare dedup`` asks: then its matches carry no framing notes).
        boilerplate: the sentences taken for credit lines and stock text, as (document id,
            sentence number): they count toward no share.
        notes: each document's editor's notes on the article (corrections, clarifications,
            updates), by its id, in text order; their sentences are boilerplate.
        sampled_sentences: how many distinct sentences had their candidate pairs sampled by
            an LSH bucket of more than ``settings.max_bucket_size`` sentences: paired with its
            first few only to group stories, or (template lines a story's documents repeat)
            with the first few of each document in it to align; counted once however many
            bands and passes cut them, and never the first few themselves, which pair in full.
        settings: the settings of the run.
        terms: the loaded terms and hedges the run named beside the package's own, and the
            terms file they came from (``compare run --terms``).
        groups: each story's sentence groups, one fact each, as every document words it.
        clusters: each document's near-duplicate cluster and that cluster's canonical document.
        taken: who copied whom, by story id: what each copy took from each source, in story
            order (``provenance.who_copied_whom``); the pairs' ``common_origin`` is decided on it.
        across: the pairs of documents of two stories that share copied text (a round-up of two
            press releases, each release its own story), measured as a story's pairs are; each
            pair's ``story`` is that of the document that reuses the other (of ``a`` when no
            direction tells). They are no story's ``pairs``, and the sentence groups and who
            copied whom of a story leave them out; ``provenance.taken_across`` gives what each
            copy took.
        unread_dates: the dates inputs give that were not understood.
        releases: the documents taken for press releases, by id: by what their file or record
            calls them or by their text (``boilerplate.press_release``), as the pairs'
            directions and disclosure read them.
        figures: the counted things each story's outlets give different values for, story by
            story (``figures.differing_figures``); none where framing was not named.
        headline_claims: what each document's headline claims beyond its own text, in document
            order (``headline_text.headline_claims``); none where framing was not named.
        cycles: the pair directions that went round in a cycle, story by story, and the weakest
            of each, taken away (``provenance.direction_cycles``).
        stale: the copies out of date against the source they took, by story id
            (``staleness.stale_copies``).
        single_story: whether every document was compared with every other as one story
            (``compare run --single-story``), instead of stories being grouped.
        sampled_documents: the documents that hold a sentence of ``sampled_sentences``, in
            their order: the stories that hold them may have missed a member, a cluster or an
            aligned match.
        largest_sampled_bucket: the size of the largest LSH bucket cut (0 when none was): a
            ``max_bucket_size`` of it pairs every sentence in full.
        seconds: how long each stage took, by its name; two runs that found the same are equal.
        by_id, pairs_in, across_in, groups_in, cycles_in, figures_in: the documents by id, and
            the pairs, pairs across stories (by the story of each one's ``story``), sentence
            groups, cycles of pair directions and differing figures by story id (each story
            listed).
        story_of: each document's story id, by the document's id.
        credits_of: what each document credits, by its id: its own ``credits``, the sources
            of the articles of its pairs it credits (``PairComparison.credited_at``: "as first
            reported by The Ledger Line") and reuses (the pair's ``direction``), and those its
            own words name as its story's source where it reuses none of their text
            (``PairComparison.cited_at``), sorted; not
            those of a pair without a direction, which stay in its ``credited_at`` (a journal
            named where a study appeared is no credit of text taken).
        cited_of: the sources each document's framing profile cites, by its id, each written as
            the credits write it ("Associated Press" where they do, not "AP").
    """

    documents: tuple[Document, ...]
    sentences: Mapping[str, tuple[Sentence, ...]]
    skipped: tuple[Skipped, ...]
    stories: tuple[Story, ...]
    pairs: tuple[PairComparison, ...]
    profiles: Mapping[str, FramingProfile]
    boilerplate: frozenset[tuple[str, int]]
    sampled_sentences: int
    settings: Settings
    groups: tuple[SentenceGroup, ...] = ()
    clusters: tuple[ClusterMember, ...] = ()
    taken: Mapping[str, tuple[Taken, ...]] = field(default_factory=dict)
    across: tuple[PairComparison, ...] = ()
    unread_dates: tuple[UnreadDate, ...] = ()
    releases: Mapping[str, PressRelease] = field(default_factory=dict)
    notes: Mapping[str, tuple[ArticleNote, ...]] = field(default_factory=dict)
    terms: AddedTerms = AddedTerms()
    cycles: tuple[DirectionCycle, ...] = ()
    stale: Mapping[str, tuple[StaleCopy, ...]] = field(default_factory=dict)
    figures: tuple[DifferingFigure, ...] = ()
    headline_claims: tuple[HeadlineClaim, ...] = ()
    single_story: bool = False
    sampled_documents: tuple[str, ...] = ()
    largest_sampled_bucket: int = 0
    # The ids of the documents that read as scanned pages (see misreads.reads_as_scanned): a pair
    # with one among them is read with misreads undone.
    scanned: frozenset[str] = frozenset()
    # The pairs of documents that share near copies but were left uncompared only because they
    # were published too far apart (``stories.CopyLinks.apart``), sorted; a run warns of them.
    apart: tuple[KeptApart, ...] = ()
    # The ids of the documents a check against an archive was given as new (see
    # pipeline.compare_against); none in a run, which has no archive.
    new: frozenset[str] = frozenset()
    seconds: Mapping[str, float] = field(default_factory=dict, compare=False)
    # Reports look these up for every story and pair: indexed once, so that writing the
    # reports of thousands of stories does not rescan every document and pair each time.
    by_id: Mapping[str, Document] = field(init=False, repr=False, compare=False)
    pairs_in: Mapping[str, tuple[PairComparison, ...]] = field(
        init=False, repr=False, compare=False
    )
    across_in: Mapping[str, tuple[PairComparison, ...]] = field(
        init=False, repr=False, compare=False
    )
    groups_in: Mapping[str, tuple[SentenceGroup, ...]] = field(
        init=False, repr=False, compare=False
    )
    cycles_in: Mapping[str, tuple[DirectionCycle, ...]] = field(
        init=False, repr=False, compare=False
    )
    figures_in: Mapping[str, tuple[DifferingFigure, ...]] = field(
        init=False, repr=False, compare=False
    )
    story_of: Mapping[str, str] = field(init=False, repr=False, compare=False)
    credits_of: Mapping[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    cited_of: Mapping[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    # The versions of each document's article (see articles), by the document's id: only
    # versions of an article have any.
    versions_of: Mapping[str, tuple[Document, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {d.id: d for d in self.documents})
        object.__setattr__(
            self,
            "versions_of",
            {d.id: tuple(found) for found in articles(self.documents) for d in found},
        )
        credited: dict[str, set[str]] = {d.id: set(d.credits) for d in self.documents}
        for pair in self.all_pairs:
            for credit in pair.credited_at:
                # Of the pair, only the copy's credit is of what it took: the same text read in
                # one story or in another ("--single-story") credits the same outlets.
                reusing = "b->a" if credit.doc == pair.a else "a->b"
                if pair.direction == reusing:
                    other = pair.b if credit.doc == pair.a else pair.a
                    credited[credit.doc].add(self.by_id[other].source)
            for credit in pair.cited_at:
                other = pair.b if credit.doc == pair.a else pair.a
                credited[credit.doc].add(self.by_id[other].source)
        sources = {d.source for d in self.documents}
        object.__setattr__(self, "credits_of", credited_alike(credited, sources))
        # A cited source is named as the credits name it: one agency, one name in a report.
        spellings = credit_spellings(self.credits_of.values(), sources)
        object.__setattr__(
            self,
            "cited_of",
            {
                doc: spelled_as_credited(profile.cited_sources, spellings)
                for doc, profile in self.profiles.items()
            },
        )
        story_of = {doc: story.id for story in self.stories for doc in story.documents}
        object.__setattr__(self, "story_of", story_of)
        object.__setattr__(self, "pairs_in", by_story(self.pairs, self.stories))
        object.__setattr__(self, "across_in", by_story(self.across, self.stories))
        object.__setattr__(self, "groups_in", by_story(self.groups, self.stories))
        object.__setattr__(self, "cycles_in", by_story(self.cycles, self.stories))
        object.__setattr__(self, "figures_in", by_story(self.figures, self.stories))

    @property
    def all_pairs(self) -> tuple[PairComparison, ...]:
        """Every pair compared, as report.json's ``pairs[]`` lists them: the stories' pairs,
        then those across stories."""
        return (*self.pairs, *self.across)


class _InAStory(Protocol):
    @property
    def story(self) -> str: ...


Item = TypeVar("Item", bound=_InAStory)


def by_story(items: Iterable[Item], stories: Iterable[Story]) -> dict[str, tuple[Item, ...]]:
    """Items (pairs, sentence groups) by the id of their story, in order; every story listed."""
    found: dict[str, list[Item]] = {story.id: [] for story in stories}
    for item in items:
        found.setdefault(item.story, []).append(item)
    return {story: tuple(members) for story, members in found.items()}
