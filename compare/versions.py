"""Linking versions of one article that no address or id links, by their texts.

A content system re-slugs an article's address when its headline changes, and a saved page may
give no address at all: its versions then share neither a url nor an id (``records.article_keys``).
One outlet's pages published at one minute and modified at different times that share most of
their text are still versions of one article: an update or a correction, not two articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from itertools import combinations

from rapidfuzz import fuzz, process

from compare.records import (
    Document,
    Sentence,
    linked_groups,
    modified_by_clock,
    same_article,
)
from compare.settings import Settings

# The share of each page's words, both ways, in sentences the other carries copied or edited
# (rapidfuzz ratio at least Settings.min_similarity) that makes two pages versions: an update
# that adds a paragraph and a correction that rewrites a figure keep far more (69-100% in a
# day's four versions of one article, whose stealth edit cut two sentences and softened two);
# two articles of one outlet published at one minute (a story and its explainer, which share a
# background paragraph or two) keep far less.
MIN_SHARED = 0.6
# The share of each page's words, both ways, in sentences the other carries word for word: a
# template filled in for another event (results of two matches, published at once) edits every
# sentence, while a version keeps many as they were (40% and more where its text changed most).
MIN_VERBATIM = 1 / 3
# Publication times alike to the minute: a content system writes seconds that a page rounds.
MINUTE = len("2025-03-05T09:00")


def link_versions(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    boilerplate: AbstractSet[tuple[str, int]],
    settings: Settings,
) -> tuple[Document, ...]:
    """``documents``, those found versions of one article by their texts given the id of the
    first of them as ``version_of``: one outlet's (``source``), published at one minute, last
    modified at different times (``records.modified_by_clock``), each with most of its words
    in sentences the other carries (:data:`MIN_SHARED`, :data:`MIN_VERBATIM`), boilerplate
    aside. Two that other keys already make one article, or whose records give other ids
    (their system says they are two articles), are not asked.

    >>> lede = "Fire crews fought a blaze at the Alder Chemicals plant in Northfield overnight."
    >>> more = "Three workers were killed and 14 were injured, the fire service said on Wednesday."
    >>> v1, v2 = (Document(f"v{n}", "Herald", text, published_time="2025-03-05T09:00:00Z",
    ...     modified_time=m) for n, text, m in [(1, f"{lede} {more}", None),
    ...     (2, f"{lede} {more.replace('14', '16')}", "2025-03-05T14:00:00Z")])
    >>> from compare.segment import segment
    >>> [d.version_of for d in link_versions([v1, v2], {d.id: segment(d) for d in (v1, v2)},
    ...     frozenset(), Settings(min_similarity=80))]
    ['v1', 'v1']
    """
    order = {d.id: n for n, d in enumerate(documents)}
    news = {
        d.id: [s for s in sentences[d.id] if (d.id, s.index) not in boilerplate] for d in documents
    }
    links = [
        (a.id, b.id)
        for together in _published_together(documents)
        for a, b in _sharing_a_sentence(together, news)
        if _may_be_versions(a, b) and _share_their_text(news[a.id], news[b.id], settings)
    ]
    first_of = {
        member: group[0]
        for group in linked_groups(order, links)
        if len(group) > 1
        for member in group
    }
    return tuple(
        replace(d, version_of=first_of[d.id]) if d.id in first_of else d for d in documents
    )


def _published_together(documents: Iterable[Document]) -> list[list[Document]]:
    """The documents of one outlet published at one minute, in UTC or as one feed writes it
    without a zone, where more than one was."""
    together: defaultdict[tuple[str, str | None, str], list[Document]] = defaultdict(list)
    for document in documents:
        if document.published_time:
            together[document.source, None, document.published_time[:MINUTE]].append(document)
        elif document.published_local_time:
            key = (document.source, document.path, document.published_local_time[:MINUTE])
            together[key].append(document)
    return [found for found in together.values() if len(found) > 1]


def _sharing_a_sentence(
    documents: Sequence[Document], news: Mapping[str, Sequence[Sentence]]
) -> list[tuple[Document, Document]]:
    """The pairs of ``documents`` whose news share a sentence word for word, as every two
    versions do (:data:`MIN_VERBATIM`), in the order given: a feed that dates all its items
    at one minute is not compared pair by pair."""
    holding: defaultdict[str, list[int]] = defaultdict(list)
    for n, document in enumerate(documents):
        for key in {s.key for s in news[document.id]}:
            holding[key].append(n)
    pairs = {pair for held in holding.values() for pair in combinations(held, 2)}
    return [(documents[a], documents[b]) for a, b in sorted(pairs)]


def _may_be_versions(a: Document, b: Document) -> bool:
    """Whether ``a`` and ``b`` are not yet one article, were modified at different times, and
    give no two ids of their system."""
    edited, edited_too = modified_by_clock(a), modified_by_clock(b)
    return (
        not same_article(a, b)
        and edited is not None
        and edited_too is not None
        and edited != edited_too
        and not (a.article_id and b.article_id and a.article_id != b.article_id)
    )


def _share_their_text(a: Sequence[Sentence], b: Sequence[Sentence], settings: Settings) -> bool:
    """Whether each of ``a`` and ``b`` carries most of the other's words (:data:`MIN_SHARED`,
    :data:`MIN_VERBATIM`)."""
    return all(
        shared >= MIN_SHARED and verbatim >= MIN_VERBATIM
        for shared, verbatim in (_carried(a, b, settings), _carried(b, a, settings))
    )


def _carried(
    of: Sequence[Sentence], by: Sequence[Sentence], settings: Settings
) -> tuple[float, float]:
    """The shares of the words of ``of`` in sentences that ``by`` carries copied or edited, and
    word for word."""
    keys = [s.key for s in by]
    verbatim = set(keys)
    words = sum(len(s.tokens) for s in of)
    if not words:
        return 0.0, 0.0
    shared = sum(
        len(s.tokens)
        for s in of
        if s.key in verbatim
        or process.extractOne(s.key, keys, scorer=fuzz.ratio, score_cutoff=settings.min_similarity)
    )
    word_for_word = sum(len(s.tokens) for s in of if s.key in verbatim)
    return shared / words, word_for_word / words
