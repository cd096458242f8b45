"""Who copied whom within a story: the likely origin of each shared sentence and, per outlet,
the share of its text taken from each other outlet.

A sentence group's origin is, among its copied or edited versions (paraphrases and shared
quotations are independent reporting), the earliest published; when dates cannot tell, the one
the most pair directions name as the origin. An outlet's text is credited to the origin of each
group it carries a copied or edited version of, so one wire story republished by ten outlets
shows as ten rows pointing at the wire, not as a web of pairs between the republishers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from compare.records import Document, PairComparison, Result, SentenceGroup, Story


@dataclass(frozen=True, slots=True)
class Taken:
    """The share of ``copy``'s words (boilerplate aside) in sentences it carries copied or
    edited from ``origin``, and whether ``copy`` credits a wire service or ``origin``."""

    copy: str
    origin: str
    share: float
    credited: bool


def group_origin(
    group: SentenceGroup,
    documents: Mapping[str, Document],
    pairs: Sequence[PairComparison],
    story_order: Sequence[str],
) -> str | None:
    """The document a shared sentence most likely comes from; ``None`` when no two versions
    are copies or edits of one another.

    >>> from compare.records import MatchKind, Version
    >>> wire, daily = Version("wire", (0,), None), Version("daily", (0,), MatchKind.VERBATIM)
    >>> docs = {d: Document(d, d, d, None, p, None, "") for d, p in [("wire", "2025-01-02"), ("daily", None)]}
    >>> group_origin(SentenceGroup("s", wire, (daily, wire)), docs, [], ["daily", "wire"])
    'wire'
    """
    reused = [v.doc for v in group.versions if v.kind is None or v.kind.is_reuse]
    if len(reused) < 2:
        return None
    members = set(reused)
    origins: Counter[str] = Counter()
    for pair in pairs:
        if pair.direction and {pair.a, pair.b} <= members:
            origins[pair.a if pair.direction == "a->b" else pair.b] += 1
    position = {doc: n for n, doc in enumerate(story_order)}

    def rank(doc: str) -> tuple[bool, str, int, int]:
        published = documents[doc].published
        return (published is None, published or "", -origins[doc], position[doc])

    return min(reused, key=rank)


def taken_from(result: Result, story: Story, groups: Sequence[SentenceGroup]) -> list[Taken]:
    """Per outlet of ``story``, the share of its text taken from each origin; sorted by story
    order of the copy, then of the origin.

    Args:
        groups: the story's sentence groups (passed in so that a report of thousands of
            stories does not search every story's groups for each one).

    >>> from compare.pipeline import compare_documents
    >>> text = "Talks in Geneva ended on Monday without a deal."
    >>> wire = Document("wire", "w.txt", "Wire", None, "2025-01-02", None, text)
    >>> daily = Document("daily", "d.txt", "Daily", None, "2025-01-03", None, text)
    >>> result = compare_documents([daily, wire])
    >>> taken_from(result, result.stories[0], result.groups)
    [Taken(copy='daily', origin='wire', share=1.0, credited=False)]
    """
    documents = {d.id: d for d in result.documents}
    pairs = [p for p in result.pairs if p.story == story.id]
    words: defaultdict[tuple[str, str], int] = defaultdict(int)
    for group in groups:
        origin = group_origin(group, documents, pairs, story.documents)
        for version in group.versions:
            if origin and version.doc != origin and (version.kind and version.kind.is_reuse):
                sentences = result.sentences[version.doc]
                words[(version.doc, origin)] += sum(
                    len(sentences[i].tokens) for i in version.sentences
                )
    uncredited = {frozenset((p.a, p.b)) for p in pairs if p.undisclosed_reuse}
    position = {doc: n for n, doc in enumerate(story.documents)}
    return [
        Taken(
            copy,
            origin,
            round(count / _words(result, copy), 3),
            frozenset((copy, origin)) not in uncredited,
        )
        for (copy, origin), count in sorted(
            words.items(), key=lambda item: (position[item[0][0]], position[item[0][1]])
        )
    ]


def _words(result: Result, doc: str) -> int:
    """The document's words outside boilerplate."""
    return sum(
        len(s.tokens) for s in result.sentences[doc] if (doc, s.index) not in result.boilerplate
    )
