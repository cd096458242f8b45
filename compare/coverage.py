"""Sentence groups across a story: each fact as every document that carries it words it.

The aligned pairs of a story link sentences of different documents. Groups are stars, not
connected components: the sentence linked to the most other documents becomes a representative
and takes every still-free sentence it is linked to directly, then the next one does. A chain of
loose matches (A like B, B like C, A unlike C) therefore cannot pull unrelated sentences into one
group: every version in a group matches the representative itself.

A group's origin (the document that most likely carried the sentence first) then becomes its
representative when every other version is linked to the origin's sentence too: the text shown
is the original, and each version says how it changed it.

A sentence aligned with nothing in the story is a group of its own (what only its document
reports). A sentence whose every partner went to other groups before it could lead one is left
out: it is neither shared by a group nor reported by its document alone.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from compare.novelty import Novelty
from compare.records import (
    Document,
    FramingKind,
    Match,
    MatchKind,
    PairComparison,
    Sentence,
    SentenceGroup,
    Story,
    Version,
    dated_as_trusted,
    origins_and_copies,
)
from compare.stories import in_lead_order

Node = tuple[str, int]
"""A sentence of the story: its document id and index."""


@dataclass(frozen=True, slots=True)
class _Link:
    kind: MatchKind
    framing: tuple[FramingKind, ...]


def group_sentences(
    story: Story,
    documents: Mapping[str, Document],
    sentences: Mapping[str, Sequence[Sentence]],
    pairs: Sequence[PairComparison],
    boilerplate: frozenset[Node],
    origin: Callable[[SentenceGroup], str | None],
) -> tuple[SentenceGroup, ...]:
    """The sentence groups of one story, most widely carried first, then in reading order.

    Ties between would-be representatives go to the document that leads the story
    (``stories.in_lead_order``: the earliest published, undated ones where the pair directions
    place them, and of those no date or time orders, a date alone and a time on that day among
    them, the one whose title stands for the story better, then the lower id), then to the
    earlier sentence: a paper that gives its date alone is not shown in a rival's words because
    the rival gave its time. A group then takes its origin's sentence as its representative,
    when every other version is linked to it.

    Args:
        pairs: the compared pairs of this story.
        boilerplate: sentences that never make a group (credit lines and the like).
        origin: the document a group most likely comes from (``provenance.Precedence.origin``).

    >>> from compare.pipeline import compare_documents
    >>> from compare.records import Document
    >>> texts = {"a": "Talks ended on Monday without a deal.", "b": "Talks ended on Monday without a deal."}
    >>> docs = [Document(d, d, text) for d, text in texts.items()]
    >>> result = compare_documents(docs)
    >>> [(g.documents, g.representative.doc) for g in result.groups]
    [(('a', 'b'), 'a')]
    """
    position = {doc: n for n, doc in enumerate(story.documents)}

    members = dated_as_trusted((documents[doc] for doc in story.documents), pairs)
    lead = {
        d.id: n for n, d in enumerate(in_lead_order(members, sentences, origins_and_copies(pairs)))
    }

    def rank(node: Node) -> tuple[int, int]:
        return lead[node[0]], node[1]

    links = _links(pairs, boilerplate)
    free = {
        (doc, s.index)
        for doc in story.documents
        for s in sentences[doc]
        if (doc, s.index) not in boilerplate
    }

    def reach(node: Node) -> int:
        """How many other documents the node still links to through free sentences."""
        return len({other[0] for other in links[node] if other in free})

    queue = [(-reach(node), rank(node), node) for node in free]
    heapq.heapify(queue)
    groups = []
    while queue:
        negative, _, node = heapq.heappop(queue)
        if node not in free:
            continue
        # Reach only shrinks as sentences are taken, so a stale entry overstates it: requeue.
        if reach(node) != -negative:
            heapq.heappush(queue, (-reach(node), rank(node), node))
            continue
        if not negative and links[node]:
            free.discard(node)
            continue
        taken = sorted(other for other in links[node] if other in free)
        free.difference_update([node, *taken])
        group = _group(story.id, node, taken, links, position)
        groups.append(_rooted(group, origin, links, position))
    return tuple(
        sorted(
            groups,
            key=lambda g: (
                -len(g.versions),
                min((position[v.doc], v.sentences[0]) for v in g.versions),
            ),
        )
    )


def carried(groups: Sequence[SentenceGroup]) -> list[SentenceGroup]:
    """The groups that two or more documents carry.

    >>> one = Version("a", (0,), None)
    >>> carried([SentenceGroup("s", one, (one,))])
    []
    """
    return [g for g in groups if len(g.versions) > 1]


def only_in(groups: Sequence[SentenceGroup], doc: str) -> list[SentenceGroup]:
    """The groups only ``doc`` carries: its sentences aligned with nothing else in the story.

    >>> one = Version("a", (0,), None)
    >>> [g.representative.sentences for g in only_in([SentenceGroup("s", one, (one,))], "a")]
    [(0,)]
    """
    return [g for g in groups if len(g.versions) == 1 and g.versions[0].doc == doc]


def exclusive(
    groups: Sequence[SentenceGroup], doc: str, documents: Sequence[str], novelty: Novelty
) -> list[SentenceGroup]:
    """The groups only ``doc`` carries (:func:`only_in`) that no other of ``documents``
    restates in other words (``novelty.restated_by_any``): its exclusives.

    >>> from compare.segment import segment
    >>> texts = {"a": "The petition has gathered 12,400 signatures.",
    ...     "b": "More than 12,000 signatures were gathered by a petition. Police were called."}
    >>> docs = [Document(d, d, text) for d, text in texts.items()]
    >>> novelty = Novelty(docs, {d.id: segment(d) for d in docs})
    >>> groups = [SentenceGroup("s", v, (v,)) for v in (Version("a", (0,), None),
    ...     Version("b", (0,), None), Version("b", (1,), None))]
    >>> [(g.representative.doc, g.representative.sentences) for d in "ab"
    ...     for g in exclusive(groups, d, list(texts), novelty)]
    [('b', (1,))]
    """
    others = [other for other in documents if other != doc]
    return [
        g
        for g in only_in(groups, doc)
        if not all(novelty.restated_by_any(doc, i, others) for i in g.representative.sentences)
    ]


def omitted_by(
    groups: Sequence[SentenceGroup],
    doc: str,
    documents: int,
    cut_short: AbstractSet[str] = frozenset(),
) -> list[SentenceGroup]:
    """The groups most of the other ``documents - 1`` documents carry but ``doc`` does not;
    of a ``doc`` among ``cut_short`` (a page that ends at a paywall), none past the cut
    (:func:`past_the_cut`).

    >>> versions = tuple(Version(d, (0,), None) for d in "ab")
    >>> group = SentenceGroup("s", versions[0], versions)
    >>> len(omitted_by([group], "d", 4)), len(omitted_by([group], "e", 5))
    (1, 0)
    """
    past = past_the_cut(groups, doc) if doc in cut_short else set()
    return [
        g
        for g in carried(groups)
        if doc not in g.documents and 2 * len(g.versions) > documents - 1 and id(g) not in past
    ]


def past_the_cut(groups: Sequence[SentenceGroup], doc: str) -> set[int]:
    """The groups (by ``id``) ``doc`` does not carry that no article tells before the last of
    its sentences that ``doc`` carries: of a page that ends at a paywall, what its article goes
    on to say, which the saved page never held, and so did not leave out (docs/inputs.md).

    >>> wire = [Version("wire", (i,), None) for i in range(3)]
    >>> groups = [SentenceGroup("s", wire[0], (wire[0], Version("teaser", (0,), None))),
    ...     SentenceGroup("s", wire[1], (wire[1], Version("daily", (0,), None))),
    ...     SentenceGroup("s", wire[2], (wire[2], Version("daily", (1,), None)))]
    >>> [groups.index(g) for g in groups if id(g) in past_the_cut(groups, "teaser")]
    [1, 2]
    """
    last: dict[str, int] = {}
    for g in groups:
        if doc in g.documents:
            for v in g.versions:
                last[v.doc] = max(last.get(v.doc, -1), *v.sentences)
    return {
        id(g)
        for g in groups
        if doc not in g.documents
        and not any(min(v.sentences) < last.get(v.doc, -1) for v in g.versions)
    }


def coverage_of(
    groups: Sequence[SentenceGroup],
    documents: Sequence[str],
    cut_short: AbstractSet[str] = frozenset(),
) -> dict[str, tuple[list[SentenceGroup], list[SentenceGroup]]]:
    """Each of a story's ``documents``' groups only it carries (:func:`only_in`) and groups
    most others carry but it leaves out (:func:`omitted_by`), in the order of ``groups``; of
    one among ``cut_short`` (a page that ends at a paywall), none past the cut
    (:func:`past_the_cut`).

    Found in one pass over the groups, each group's documents as a set: asked a document at a
    time, each group's documents were built again for each article, which grows with the square
    of a story's articles (a wire story that 300 outlets carry).

    >>> versions = tuple(Version(d, (0,), None) for d in "ab")
    >>> alone = Version("c", (1,), None)
    >>> groups = [SentenceGroup("s", versions[0], versions), SentenceGroup("t", alone, (alone,))]
    >>> {doc: (len(only), len(omits)) for doc, (only, omits) in coverage_of(groups, "abc").items()}
    {'a': (0, 0), 'b': (0, 0), 'c': (1, 1)}
    """
    only: dict[str, list[SentenceGroup]] = {doc: [] for doc in documents}
    for g in groups:
        if len(g.versions) == 1 and (doc := g.versions[0].doc) in only:
            only[doc].append(g)
    widely = [
        (g, set(g.documents)) for g in carried(groups) if 2 * len(g.versions) > len(documents) - 1
    ]
    past = {doc: past_the_cut(groups, doc) for doc in cut_short}
    return {
        doc: (
            only[doc],
            [g for g, held in widely if doc not in held and id(g) not in past.get(doc, ())],
        )
        for doc in documents
    }


def _links(
    pairs: Sequence[PairComparison], boilerplate: frozenset[Node]
) -> defaultdict[Node, dict[Node, _Link]]:
    """Every aligned sentence's partners; a split or merge links each sentence of its span."""
    links: defaultdict[Node, dict[Node, _Link]] = defaultdict(dict)
    # The pairs of documents that print the same two texts share one tuple of matches (the
    # pipeline measures each pair of texts once): a wire story that 300 outlets print in a few
    # versions has 44,850 pairs and some 700 such tuples, each read once here.
    read: dict[int, list[tuple[int, int, _Link, _Link]]] = {}
    for pair in pairs:
        if id(pair.matches) not in read:
            read[id(pair.matches)] = _sentence_links(pair.matches)
        for i, j, forward, backward in read[id(pair.matches)]:
            a, b = (pair.a, i), (pair.b, j)
            if a not in boilerplate and b not in boilerplate:
                links[a][b], links[b][a] = forward, backward
    return links


def _sentence_links(matches: Sequence[Match]) -> list[tuple[int, int, _Link, _Link]]:
    """Each pair of sentences ``matches`` align, by their indexes, with the link from the first
    to the second and back."""
    found = []
    for match in matches:
        kinds = {note.kind for note in match.framing}
        # Read from either side: B's version changes A's as A's changes B's, the other way.
        forward = _Link(match.kind, tuple(sorted(kinds)))
        backward = _Link(match.kind, tuple(sorted(kind.mirrored for kind in kinds)))
        found += [(i, j, forward, backward) for i in match.a.sentences for j in match.b.sentences]
    return found


def _rooted(
    group: SentenceGroup,
    origin: Callable[[SentenceGroup], str | None],
    links: Mapping[Node, Mapping[Node, _Link]],
    position: Mapping[str, int],
) -> SentenceGroup:
    """``group`` with its origin named and, when every other version's sentences are linked to
    the origin's one sentence, that sentence as its representative. The versions then say how
    they relate to the origin's sentence, and a paraphrase of the old representative may be an
    edit of it, which can change the origin: it is asked again, so that the origin named is the
    one of the group returned, as every report reads it."""
    first = origin(group)
    # Each rooting moves to a document the origin ranks earlier (the ranking does not depend on
    # which sentence is shown), so this ends within as many rootings as there are versions.
    for _ in group.versions:
        if first is None or first == group.representative.doc:
            break
        rooted = _rooted_at(group, first, links, position)
        if rooted is None:
            break
        group, first = rooted, origin(rooted)
    return replace(group, origin=first)


def _rooted_at(
    group: SentenceGroup,
    first: str,
    links: Mapping[Node, Mapping[Node, _Link]],
    position: Mapping[str, int],
) -> SentenceGroup | None:
    """``group`` around ``first``'s sentence, if every other version is linked to it."""
    (version,) = (v for v in group.versions if v.doc == first)
    root = (first, version.sentences[0])
    others = [(v.doc, i) for v in group.versions if v.doc != first for i in v.sentences]
    if len(version.sentences) > 1 or any(node not in links[root] for node in others):
        return None
    return _group(group.story, root, others, links, position)


def _group(
    story: str,
    representative: Node,
    taken: Sequence[Node],
    links: Mapping[Node, Mapping[Node, _Link]],
    position: Mapping[str, int],
) -> SentenceGroup:
    by_doc: defaultdict[str, list[int]] = defaultdict(list)
    for doc, index in taken:
        by_doc[doc].append(index)
    leader = Version(representative[0], (representative[1],), None)
    versions = [leader]
    for doc, indexes in by_doc.items():
        link = links[representative][(doc, indexes[0])]
        versions.append(Version(doc, tuple(indexes), link.kind, link.framing))
    return SentenceGroup(story, leader, tuple(sorted(versions, key=lambda v: position[v.doc])))
