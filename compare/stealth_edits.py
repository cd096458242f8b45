"""Stealth edits: a later version of an article that changes its text without a note saying so,
or whose correction note leaves changes out or corrects nothing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from compare.numerals import numbers_in
from compare.records import (
    ArticleNote,
    Document,
    FramingKind,
    MatchKind,
    NoteKind,
    PairComparison,
    version_times,
)

# The notes that say a version puts right an earlier one's text. An update's note tells of news
# added: a running story's figures change with it, and it need not name them.
CORRECTING = frozenset({NoteKind.CORRECTION, NoteKind.CLARIFICATION, NoteKind.EDITORS_NOTE})


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
    a_first = _a_first(pair, by_id)
    if a_first is None:
        return None
    earlier, later = (pair.a, pair.b) if a_first else (pair.b, pair.a)
    removed, edited = _changed(pair, a_first)
    if not (removed or edited) or notes_added(earlier, later, notes):
        return None
    return StealthEdit(earlier, later, removed, edited)


@dataclass(frozen=True, slots=True)
class NoteCheck:
    """A correction note that a later version of an article adds (a correction, clarification
    or editor's note the earlier lacks), held against what the version changed.

    Attributes:
        earlier, later: the two versions' ids.
        notes: the correction notes the later version adds.
        mentioned: the figures the later version changed (numbers and dates, as framing's
            ``number_changed`` notes give them: the earlier's, the later's, as written) that the
            notes name, either side of the change.
        unmentioned: the figures it changed that the notes name neither side of.
        unchanged: whether its text is otherwise the earlier's: no sentence removed, edited or
            added, the notes aside.
    """

    earlier: str
    later: str
    notes: tuple[ArticleNote, ...]
    mentioned: tuple[tuple[str, str], ...]
    unmentioned: tuple[tuple[str, str], ...]
    unchanged: bool

    @property
    def telling(self) -> bool:
        """Whether the note leaves a changed figure out, or the version changes nothing else."""
        return bool(self.unmentioned) or self.unchanged


def note_check(
    pair: PairComparison,
    by_id: Mapping[str, Document],
    notes: Mapping[str, Sequence[ArticleNote]],
) -> NoteCheck | None:
    """The correction notes that the later of a pair of versions of one article adds, held
    against the figures it changed and whether it changed anything else; ``None`` for any other
    pair: of two articles, of versions whose times do not say which is later, of a later
    version that adds no correction note (an update's note need not name a figure a running
    story changes).

    >>> from compare import Document, compare_documents
    >>> url = "https://courier.example/fire"
    >>> note = "Correction: An earlier version of this article said three people died."
    >>> v1, v2 = (Document(f"v{n}", "Courier", text, url=url, modified_time=time)
    ...     for n, text, time in [(1, "Three people died and 12 were hurt in the fire on Friday.", "2025-06-12T09:00:00Z"),
    ...                           (2, f"Two people died and 14 were hurt in the fire on Friday.\\n\\n{note}", "2025-06-12T11:00:00Z")])
    >>> result = compare_documents([v1, v2])
    >>> check = note_check(result.pairs[0], result.by_id, result.notes)
    >>> check.mentioned, check.unmentioned, check.unchanged
    ((('Three', 'Two'),), (('12', '14'),), False)
    """
    a_first = _a_first(pair, by_id)
    if a_first is None:
        return None
    earlier, later = (pair.a, pair.b) if a_first else (pair.b, pair.a)
    added = tuple(n for n in notes_added(earlier, later, notes) if n.kind in CORRECTING)
    if not added:
        return None
    removed, edited = _changed(pair, a_first)
    figures = dict.fromkeys(
        (note.a, note.b) if a_first else (note.b, note.a)
        for match in pair.matches
        for note in match.framing
        if note.kind is FramingKind.NUMBER_CHANGED
    )
    named = _named_values(added)
    mentioned = tuple(f for f in figures if _names_a_side(named, f))
    return NoteCheck(
        earlier,
        later,
        added,
        mentioned,
        tuple(f for f in figures if f not in mentioned),
        not (removed or edited or (pair.only_b if a_first else pair.only_a)),
    )


def correction_covers(
    earlier: str, later: str, notes: Mapping[str, Sequence[ArticleNote]], words: Sequence[str]
) -> bool:
    """Whether a correction's note that the later of two versions adds (one the earlier lacks)
    covers a change of ``words`` (the earlier's, the later's): one that names either side's
    figure by its value ("four workers" covers "Four" → "Three"), or, for a change of words
    that hold no figure, any such note, which tells what it corrects in words of its own
    ("Corrects name of ferry operator"). An update's note covers none: a running story's
    figures change with it.

    >>> note = ArticleNote(NoteKind.CORRECTION, "Correction: We said four workers died.", (9,))
    >>> notes = {"v2": (note,)}
    >>> [correction_covers("v1", "v2", notes, words) for words in [("Four", "Three"), ("12", "14"),
    ...     ("Bay Lines", "Harbour Ferries")]]
    [True, False, True]
    """
    added = [n for n in notes_added(earlier, later, notes) if n.kind is NoteKind.CORRECTION]
    if not any(_values(side) for side in words):
        return bool(added)
    return _names_a_side(_named_values(added), words)


def _named_values(notes: Sequence[ArticleNote]) -> set[object]:
    """The values of the figures ``notes`` name."""
    return set().union(*(_values(note.text) for note in notes))


def _names_a_side(named: set[object], words: Sequence[str]) -> bool:
    """Whether one of ``named`` values is a figure of either side of a change (``words``)."""
    return any(_values(side) & named for side in words)


def _values(figure: str) -> set[object]:
    """The values a figure as written may stand for ("Four": 4)."""
    return {value for _, values, _ in numbers_in(figure).mentions for value in values}


def _a_first(pair: PairComparison, by_id: Mapping[str, Document]) -> bool | None:
    """Whether A is the earlier of a pair of versions of one article; ``None`` for a pair of
    two articles, of the same text, or of versions whose times do not say which is later."""
    # Versions of one article are one outlet's: most pairs are told apart here, cheaply.
    if not pair.same_source or pair.identical:
        return None
    times = version_times(by_id[pair.a], by_id[pair.b])
    if times is None or times[0] == times[1]:
        return None
    return times[0] < times[1]


def _changed(pair: PairComparison, a_first: bool) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The earlier version's sentences, by number, that the later removes, and those it edits."""
    removed = pair.only_a if a_first else pair.only_b
    edited = sorted(
        {
            index
            for match in pair.matches
            if match.kind is not MatchKind.VERBATIM
            for index in (match.a if a_first else match.b).sentences
        }
    )
    return tuple(removed), tuple(edited)


def notes_added(
    earlier: str, later: str, notes: Mapping[str, Sequence[ArticleNote]]
) -> tuple[ArticleNote, ...]:
    """The notes on the article the later version carries and the earlier does not."""
    kept = {note.said for note in notes.get(earlier, ())}
    return tuple(note for note in notes.get(later, ()) if note.said not in kept)
