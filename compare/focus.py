"""The article a run is asked to be read from (``compare run --focus``): named by its id, as the
reports print it, or by its outlet, when the outlet has one article in the run, its latest version
when it has several."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import get_close_matches

from compare.records import Document, articles, version_ranks

# How many close names an unknown focus lists.
CLOSE_MATCHES = 5


class FocusError(ValueError):
    """A focus that names no article of the run, or several: one line for the user."""


def focus_article(documents: Sequence[Document], given: str) -> Document:
    """The article ``given`` names: the one with that id, else the one article of the outlet
    of that name (case aside), the latest of its versions (:func:`latest_version_of`) when the
    outlet's documents are all versions of one article.

    Raises:
        FocusError: no article has that id or outlet, or the outlet has several articles.

    >>> docs = [Document("01_courier", "Dunmere Courier", ""), Document("02_wire", "RNA", "")]
    >>> focus_article(docs, "dunmere courier").id
    '01_courier'
    >>> focus_article(docs, "01_curier")
    Traceback (most recent call last):
    compare.focus.FocusError: --focus: no article has the id or outlet "01_curier"; did you mean 01_courier?
    """
    for document in documents:
        if document.id == given:
            return document
    folded = given.casefold()
    of_outlet = _of_outlet(documents, given)
    if len(of_outlet) == 1:
        return of_outlet[0]
    if latest := latest_version_of(of_outlet):
        return latest
    if of_outlet:
        raise FocusError(
            f'--focus: the outlet "{given}" has {len(of_outlet)} articles in this run; give '
            f"the id of one: {', '.join(d.id for d in of_outlet)}"
        )
    names = sorted({d.id for d in documents} | {d.source for d in documents})
    close = (
        get_close_matches(given, names, n=CLOSE_MATCHES, cutoff=0.6)
        or [name for name in names if folded in name.casefold()][:CLOSE_MATCHES]
    )
    hint = f"; did you mean {', '.join(close)}?" if close else "; the index lists every id"
    raise FocusError(f'--focus: no article has the id or outlet "{given}"{hint}')


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
        chosen = focus_article(documents, given)
    except FocusError:
        return None
    of_outlet = _of_outlet(documents, given)
    if chosen.id == given or len(of_outlet) < 2:
        return None
    return (
        f'--focus "{given}": its {len(of_outlet)} documents are versions of one article; read '
        f"from the latest, {chosen.id}"
    )


def _of_outlet(documents: Sequence[Document], given: str) -> list[Document]:
    """The documents of the outlet ``given`` names, case aside."""
    folded = given.casefold()
    return [d for d in documents if d.source.casefold() == folded]


def focus_file_name(document: Document) -> str:
    """The name of the focus page of ``document``: ``focus-<id>.md``, the id's characters other
    than letters, digits, stops, hyphens and underscores made hyphens.

    >>> focus_file_name(Document("loose/07 harwick", "Harwick Live", ""))
    'focus-loose-07-harwick.md'
    """
    return f"focus-{re.sub(r'[^A-Za-z0-9._-]+', '-', document.id)}.md"
