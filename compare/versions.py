"""Linking versions of one article that no address or id links, by their texts.

A content system re-slugs an article's address when its headline changes, and a saved page may
give no address at all: its versions then share neither a url nor an id (``records.article_keys``).
One outlet's pages published at one minute and modified at different times that share most of
their text are still versions of one article: an update or a correction, not two articles.
Files of one folder and one source whose names differ only by a version mark
(``story.docx``, ``story_v2.docx``) are versions of one article too: a student's draft and its
resubmission, not two students.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from itertools import combinations
from pathlib import PurePath

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
# The mark that ends the name of a file's later version, its number apart: "story_v2",
# "story-v3", "story v2", "story_rev2", "story_version 2", "story_draft2"; not "story2" nor
# "budget_2025", which may name other articles.
VERSION_MARK = re.compile(
    r"[ _-]+(?:v|ver|version|rev|revision|draft)[ _-]?(?P<number>\d{1,3})$", re.IGNORECASE
)


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


def link_named_versions(documents: Sequence[Document]) -> tuple[Document, ...]:
    """``documents``, those that are versions of one file by their names given the id of the
    first of them as ``version_of`` and the number of each as ``version_label`` (a name without
    a mark is version 1): files of one folder and one source whose names differ only by a
    version mark (:data:`VERSION_MARK`), ``Surname_Firstname_story.docx`` and
    ``Surname_Firstname_story_v2.docx``. A source the reader made of the file's path is the
    path without its mark, so that the two are one outlet's. Not a feed's records, whose file
    names no article, nor versions that other keys already make one article.

    >>> v1, v2 = (Document(f"s/{n}", f"s/{n}", "Text.", path=f"s/{n}.docx", source_from_path=True)
    ...     for n in ("Lee_Ann_story", "Lee_Ann_story_v2"))
    >>> [(d.source, d.version_of, d.version_label) for d in link_named_versions([v1, v2])]
    [('s/Lee_Ann_story', 's/Lee_Ann_story', '1'), ('s/Lee_Ann_story', 's/Lee_Ann_story', '2')]
    """
    named: defaultdict[tuple[str, str, str], list[tuple[int, Document]]] = defaultdict(list)
    for document in documents:
        if document.record is not None or not document.path or document.version_of:
            continue
        path = PurePath(document.path)
        mark = VERSION_MARK.search(path.stem)
        source = document.source
        if mark and document.source_from_path and source.endswith(mark.group()):
            source = source.removesuffix(mark.group())
        stem = path.stem.removesuffix(mark.group()) if mark else path.stem
        number = int(mark["number"]) if mark else 1
        named[(path.parent.as_posix(), stem, source)].append((number, document))
    found: dict[str, Document] = {}
    for (_, _, source), versions in named.items():
        numbers = [number for number, _ in versions]
        if len(versions) < 2 or len(set(numbers)) < len(numbers):
            continue
        versions.sort(key=lambda version: version[0])
        first = versions[0][1].id
        for number, document in versions:
            found[document.id] = replace(
                document, source=source, version_of=first, version_label=str(number)
            )
    return tuple(found.get(d.id, d) for d in documents)


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
