"""Stealth edits: a later version of an article that changes its text without a note saying so."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from compare.records import ArticleNote, Document, MatchKind, PairComparison, version_times


@dataclass(frozen=True, slots=True)
class StealthEdit:
    """What a later version of an article changed of an earlier one's text, with no note on the
    article (a correction, clarification, update or editor's note) that the earlier lacks.

    Attributes:
        earlier, later: the two versions' ids.
        removed: the earlier version's sentences, by number, that the later has nowhere.
        edited: the earlier version's sentences, by number, that the later words otherwise
            (a number changed, a word softened): aligned, but not verbatim.
    """

    earlier: str
    later: str
    removed: tuple[int, ...]
    edited: tuple[int, ...]


def stealth_edit(
    pair: PairComparison,
    by_id: Mapping[str, Document],
    notes: Mapping[str, Sequence[ArticleNote]],
) -> StealthEdit | None:
    """The stealth edit of a pair of versions of one article (:func:`records.version_times`),
    whose later version removes or edits sentences of the earlier one's (boilerplate aside, the
    notes among it) and carries no note the earlier lacks; ``None`` for any other pair: of two
    articles, of versions whose times do not say which is later, of a later version that only
    adds sentences (a running story grows) or whose text is the same (a re-save).

    Args:
        by_id: the documents, by id.
        notes: each document's notes on the article, by id (``Result.notes``).

    >>> from compare import Document, compare_documents
    >>> url = "https://courier.example/fire"
    >>> v1, v2 = (Document(f"v{n}", "Courier", text, url=url, modified_time=time)
    ...     for n, text, time in [(1, "Three people died in the fire on Friday, police said.", "2025-06-12T09:00:00Z"),
    ...                           (2, "Two people died in the fire on Friday, police said.", "2025-06-12T11:00:00Z")])
    >>> result = compare_documents([v1, v2])
    >>> stealth_edit(result.pairs[0], result.by_id, result.notes)
    StealthEdit(earlier='v1', later='v2', removed=(), edited=(0,))
    """
    # Versions of one article are one outlet's: most pairs are told apart here, cheaply.
    if not pair.same_source or pair.identical:
        return None
    times = version_times(by_id[pair.a], by_id[pair.b])
    if times is None or times[0] == times[1]:
        return None
    a_first = times[0] < times[1]
    earlier, later = (pair.a, pair.b) if a_first else (pair.b, pair.a)
    removed = pair.only_a if a_first else pair.only_b
    edited = sorted(
        {
            index
            for match in pair.matches
            if match.kind is not MatchKind.VERBATIM
            for index in (match.a if a_first else match.b).sentences
        }
    )
    if not (removed or edited):
        return None
    kept = {note.said for note in notes.get(earlier, ())}
    if any(note.said not in kept for note in notes.get(later, ())):
        return None
    return StealthEdit(earlier, later, tuple(removed), tuple(edited))
