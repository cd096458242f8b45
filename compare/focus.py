"""The articles a run is asked to be read from (``compare run --focus``): one named by its id, as
the reports print it, or by its outlet, when the outlet has one article in the run, its latest
version when it has several versions of one; else all the entries of a live page named by its
file (``live-20260914T2015Z``, what its entries' ids open with), from every save of it, or all the
articles of an outlet."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from difflib import get_close_matches
from pathlib import PurePath

from compare.outlet_names import outlet_key
from compare.records import Document, articles, version_ranks

# How many close names an unknown focus lists.
CLOSE_MATCHES = 5
# What a focus page's file name keeps of a name: letters, their marks and digits, in any script
# (Unicode's general categories), and these.
FILE_NAME_CATEGORIES = frozenset("LMN")
FILE_NAME_MARKS = frozenset("._-")


class FocusError(ValueError):
    """A focus that names no article of the run, or several: one line for the user."""


def focus_articles(documents: Sequence[Document], given: str) -> tuple[Document, ...]:
    """The articles ``given`` names: the one with that id; else the entries of the live page
    read from the file of that name (without its folder and ending), with those of its other
    saves, one outlet's at one address (:func:`_page_of`); else the one article of the outlet
    of that name (case, spacing and a leading "The" aside), the latest of its versions (:func:`latest_version_of`) when the
    outlet's documents are all versions of one article, else all its articles.

    Raises:
        FocusError: no article has that id, file or outlet.

    >>> docs = [Document("01_courier", "Dunmere Courier", ""), Document("02_wire", "RNA", "")]
    >>> [d.id for d in focus_articles(docs, "dunmere courier")]
    ['01_courier']
    >>> [d.id for d in focus_articles(docs, "The Dunmere Courier")]
    ['01_courier']
    >>> focus_articles(docs, "01_curier")
    Traceback (most recent call last):
    compare.focus.FocusError: --focus: no article has the id, file or outlet "01_curier"; did you mean 01_courier?
    """
    for document in documents:
        if document.id == given:
            return (document,)
    if page := _page_of(documents, given):
        return page
    folded = given.casefold()
    of_outlet = _of_outlet(documents, given)
    if latest := latest_version_of(of_outlet):
        return (latest,)
    if of_outlet:
        return tuple(of_outlet)
    names = sorted({d.id for d in documents} | {d.source for d in documents})
    close = (
        get_close_matches(given, names, n=CLOSE_MATCHES, cutoff=0.6)
        or [name for name in names if folded in name.casefold()][:CLOSE_MATCHES]
    )
    hint = f"; did you mean {', '.join(close)}?" if close else "; the index lists every id"
    raise FocusError(f'--focus: no article has the id, file or outlet "{given}"{hint}')


def _page_of(documents: Sequence[Document], given: str) -> tuple[Document, ...]:
    """The documents read from the file named ``given`` (``live-20260914T2015Z`` of
    ``saves/live-20260914T2015Z.html``) and, of a live page's entries, those its other saves
    gave first, at the page's address by the page's outlet: an entry is read from the first
    save that holds it.

    >>> entry = Document("live-1400-post-0900", "Echo", "", path="live-1400.html",
    ...     url="https://echo.example/live#post-0900")
    >>> later = Document("live-2015-post-1300", "Echo", "", path="live-2015.html",
    ...     url="https://echo.example/live#post-1300")
    >>> [d.id for d in _page_of([entry, later], "live-2015")]
    ['live-1400-post-0900', 'live-2015-post-1300']
    """
    read = [d for d in documents if d.path and PurePath(d.path).stem == given]
    pages = {(d.source, d.url.partition("#")[0]) for d in read if d.url and "#" in d.url}
    # By id: a list's ``in`` compared each document field by field with each one read.
    read_ids = {d.id for d in read}
    return tuple(
        d
        for d in documents
        if d.id in read_ids or (d.url and (d.source, d.url.partition("#")[0]) in pages)
    )


def latest_version_of(documents: Sequence[Document]) -> Document | None:
    """The last modified of ``documents`` when they are all versions of one article
    (:func:`records.articles`), the first given of those modified last; else ``None``.

    >>> url = "https://abnnews.example/news/harwick-derailment"
    >>> v1, v2 = (Document(f"v{n}", "ABN News", "", url=url, published_time="2025-06-14T06:30:00Z",
    ...     modified_time=m) for n, m in [(1, "2025-06-14T15:30:00Z"), (2, "2025-06-14T08:15:00Z")])
    >>> latest_version_of([v2, v1]).id
    'v1'
    >>> latest_version_of([v1, Document("w", "ABN News", "")]) is None
    True
    """
    found = articles(documents)
    if len(found) != 1 or len(found[0]) != len(documents):
        return None
    ranks = version_ranks(documents)
    return max(documents, key=lambda d: ranks[d.id])


def focus_note(documents: Sequence[Document], given: str) -> str | None:
    """What a run says of a focus given as an outlet with several versions of one article: which
    version it reads from; ``None`` for any other focus."""
    try:
        chosen = focus_articles(documents, given)
    except FocusError:
        return None
    of_outlet = _of_outlet(documents, given)
    if len(chosen) > 1 or chosen[0].id == given or len(of_outlet) < 2:
        return None
    chosen_id = chosen[0].id
    return (
        f'--focus "{given}": its {len(of_outlet)} documents are versions of one article; read '
        f"from the latest, {chosen_id}"
    )


def _of_outlet(documents: Sequence[Document], given: str) -> list[Document]:
    """The documents of the outlet ``given`` names, case, spacing and a leading "The" aside
    (:func:`~compare.outlet_names.outlet_key`): "Dunmore Courier" is The Dunmore Courier."""
    key = outlet_key(given)
    return [d for d in documents if outlet_key(d.source) == key]


def focus_file_name(name: str) -> str:
    """The name of the focus page of the article of that id, or of the page or outlet of that
    name: ``focus-<name>.md``, each run of its characters other than letters of any script (with
    their vowel signs and accents), digits, stops, hyphens and underscores made one hyphen, so
    that two outlets named in Devanagari get two pages.

    >>> focus_file_name("loose/07 harwick"), focus_file_name("देश दर्पण")
    ('focus-loose-07-harwick.md', 'focus-देश-दर्पण.md')
    """
    kept = "".join(
        c if c in FILE_NAME_MARKS or unicodedata.category(c)[0] in FILE_NAME_CATEGORIES else "/"
        for c in name
    )
    return f"focus-{re.sub('/+', '-', kept)}.md"


def is_focus_file_name(file_name: str) -> bool:
    """Whether a file's name is one :func:`focus_file_name` gives.

    >>> is_focus_file_name("focus-देश-दर्पण.md"), is_focus_file_name("focus-a b.md")
    (True, False)
    """
    name = file_name.removeprefix("focus-").removesuffix(".md")
    return bool(name) and focus_file_name(name) == file_name


def focus_page_name(focused: Sequence[Document], given: str) -> str:
    """The focus page's file name for the articles ``given`` names (:func:`focus_articles`):
    one article's by its id, a page's or an outlet's several by the name given, so the index
    links to the page the run writes.

    >>> docs = (Document("hd-1030", "Harbour Daily", ""), Document("hd-1100", "Harbour Daily", ""))
    >>> focus_page_name(docs[:1], "Harbour Daily"), focus_page_name(docs, "Harbour Daily")
    ('focus-hd-1030.md', 'focus-Harbour-Daily.md')
    """
    return focus_file_name(focused[0].id if len(focused) == 1 else given)
