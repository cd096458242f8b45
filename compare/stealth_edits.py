"""Stealth edits: a later version of an article that changes its text without a note saying so,
or whose correction note leaves changes out or corrects nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from compare.numerals import numbers_in
from compare.records import (
    ArticleNote,
    CarriedChange,
    Document,
    FramingKind,
    Match,
    MatchKind,
    NoteKind,
    PairComparison,
    WordEdit,
    version_times,
)
from compare.word_diff import gives_words

# The notes that say a version puts right an earlier one's text. An update's note tells of news
# added: a running story's figures change with it, and it need not name them.
CORRECTING = frozenset({NoteKind.CORRECTION, NoteKind.CLARIFICATION, NoteKind.EDITORS_NOTE})
# The changes of a quotation's own words, which a correction's note owes its readers as it does a
# changed figure: a misquote put right unsaid is a quotation altered.
QUOTE_EDITS = frozenset(
    {
        FramingKind.QUOTE_CHANGED,
        FramingKind.QUOTE_WORDS_ADDED,
        FramingKind.QUOTE_WORDS_REMOVED,
        FramingKind.QUOTE_WORDS_CUT_INSIDE,
        FramingKind.QUOTE_WORDS_ELIDED,
    }
)
# A note that speaks of a quotation ("misquoted", "a quote from") covers its changed words in
# words of its own.
SPEAKS_OF_A_QUOTATION = re.compile(r"(?<!\w)(?:mis)?quot", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StealthEdit:
    """What a later version of an article changed of an earlier one's text, with no note on the
    article (a correction, clarification, update or editor's note) that the earlier lacks.

    Attributes:
        earlier, later: the two versions' ids.
        removed: the earlier version's sentences, by number, that the later has nowhere.
        edited: the earlier version's sentences, by number, that the later words otherwise
            (a number changed, a word softened): aligned, but not verbatim.
        added: the later version's sentences, by number, that the earlier has nowhere (a new
            allegation, a running story's new paragraph).
    """

    earlier: str
    later: str
    removed: tuple[int, ...]
    edited: tuple[int, ...]
    added: tuple[int, ...] = ()

    @property
    def only_adds(self) -> bool:
        """Whether the later version keeps every sentence of the earlier as it was and adds
        sentences: what a running story that grows does too, told apart from a rewrite."""
        return not (self.removed or self.edited)


def stealth_edit(
    pair: PairComparison,
    by_id: Mapping[str, Document],
    notes: Mapping[str, Sequence[ArticleNote]],
) -> StealthEdit | None:
    """The stealth edit of a pair of versions of one article (:func:`records.version_times`),
    whose later version removes, edits or adds sentences (boilerplate aside, the notes among it)
    and carries no note the earlier lacks; ``None`` for any other pair: of two articles, of
    versions whose times do not say which is later, of a later version whose text is the same
    (a re-save). A later version that only adds sentences is one too, told apart by
    :attr:`StealthEdit.only_adds`: a new allegation added unsaid is an edit a reader is owed a
    note of, though a running story grows so too.

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
    StealthEdit(earlier='v1', later='v2', removed=(), edited=(0,), added=())
    """
    a_first = _a_first(pair, by_id)
    if a_first is None:
        return None
    earlier, later = (pair.a, pair.b) if a_first else (pair.b, pair.a)
    removed, edited = _changed(pair, a_first)
    added = tuple(pair.only_b if a_first else pair.only_a)
    if not (removed or edited or added) or notes_added(earlier, later, notes):
        return None
    return StealthEdit(earlier, later, removed, edited, added)


@dataclass(frozen=True, slots=True)
class NoteCheck:
    """A correction note that a later version of an article adds (a correction, clarification
    or editor's note the version before lacks), held against what the version changed.

    Attributes:
        earlier, later: the two versions' ids.
        notes: the correction notes the later version adds.
        mentioned: the figures the later version changed (numbers and dates, as framing's
            ``number_changed`` notes give them: the earlier's, the later's, as written) that the
            notes name, either side of the change.
        unmentioned: the figures it changed that the notes name neither side of.
        unchanged: whether its text is otherwise the earlier's: no sentence removed, edited or
            added, the notes aside.
        quotes_unmentioned: the words it changed inside a quotation (as framing's
            ``quote_changed``, ``quote_words_added`` and ``quote_words_removed`` notes give them,
            the earlier's, the later's) that the notes name neither side of, where they speak of
            no quotation ("misquoted").
    """

    earlier: str
    later: str
    notes: tuple[ArticleNote, ...]
    mentioned: tuple[tuple[str, str], ...]
    unmentioned: tuple[tuple[str, str], ...]
    unchanged: bool
    quotes_unmentioned: tuple[tuple[str, str], ...] = ()

    @property
    def telling(self) -> bool:
        """Whether the note leaves a changed figure or quotation out, or the version changes
        nothing else."""
        return bool(self.unmentioned or self.quotes_unmentioned) or self.unchanged


def note_check(
    pair: PairComparison,
    by_id: Mapping[str, Document],
    notes: Mapping[str, Sequence[ArticleNote]],
    versions_of: Mapping[str, Sequence[Document]],
) -> NoteCheck | None:
    """The correction notes that the later of a pair of versions of one article adds, held
    against the figures and quotations it changed and whether it changed anything else;
    ``None`` for any other pair: of two articles, of versions whose times do not say which is
    later, of versions that another version of their article was modified between
    (``versions_of``: a document's id to its article's versions, as :class:`records.Result`
    holds them), of a later version that adds no correction note (an update's note need not
    name a figure a running story changes). A note is held against the changes of the version that added it
    alone: of 10:40 and 15:30 versions, the 13:05 version's editor's note tells nothing of the
    15:30 version's unnoted edit.

    >>> from compare import Document, compare_documents
    >>> url = "https://courier.example/fire"
    >>> note = "Correction: An earlier version of this article said three people died."
    >>> v1, v2 = (Document(f"v{n}", "Courier", text, url=url, modified_time=time)
    ...     for n, text, time in [(1, "Three people died and 12 were hurt in the fire on Friday.", "2025-06-12T09:00:00Z"),
    ...                           (2, f"Two people died and 14 were hurt in the fire on Friday.\\n\\n{note}", "2025-06-12T11:00:00Z")])
    >>> result = compare_documents([v1, v2])
    >>> check = note_check(result.pairs[0], result.by_id, result.notes, result.versions_of)
    >>> check.mentioned, check.unmentioned, check.unchanged
    ((('Three', 'Two'),), (('12', '14'),), False)
    """
    a_first = _a_first(pair, by_id)
    if a_first is None:
        return None
    earlier, later = (pair.a, pair.b) if a_first else (pair.b, pair.a)
    added = tuple(n for n in notes_added(earlier, later, notes) if n.kind in CORRECTING)
    if not added or _modified_between(by_id[earlier], by_id[later], versions_of.get(earlier, ())):
        return None
    removed, edited = _changed(pair, a_first)
    figures = _framed(pair, a_first, {FramingKind.NUMBER_CHANGED})
    named = _named_values(added)
    mentioned = tuple(f for f in figures if _names_a_side(named, f))
    said = " ".join(note.text for note in added)
    return NoteCheck(
        earlier,
        later,
        added,
        mentioned,
        tuple(f for f in figures if f not in mentioned),
        not (removed or edited or (pair.only_b if a_first else pair.only_a)),
        tuple(
            words
            for words in _framed(pair, a_first, QUOTE_EDITS)
            if not _tells_of_quotation(said, words)
        ),
    )


def _framed(
    pair: PairComparison, a_first: bool, kinds: AbstractSet[FramingKind]
) -> tuple[tuple[str, str], ...]:
    """The words of the framing notes of ``kinds`` of a pair of versions, the earlier's then the
    later's, each once."""
    return tuple(
        dict.fromkeys(
            (note.a, note.b) if a_first else (note.b, note.a)
            for match in pair.matches
            for note in match.framing
            if note.kind in kinds
        )
    )


def next_versions(
    pair: PairComparison,
    by_id: Mapping[str, Document],
    versions_of: Mapping[str, Sequence[Document]],
) -> bool:
    """Whether ``pair`` is of two versions of one article whose times say which is later, no
    other version of it modified between them (``versions_of``, as :class:`records.Result`
    holds it): a gate reads each edit once, not again in every later version's pair."""
    a_first = _a_first(pair, by_id)
    if a_first is None:
        return False
    earlier, later = (pair.a, pair.b) if a_first else (pair.b, pair.a)
    return not _modified_between(by_id[earlier], by_id[later], versions_of.get(earlier, ()))


def _modified_between(earlier: Document, later: Document, versions: Iterable[Document]) -> bool:
    """Whether another of ``versions`` of the article of ``earlier`` and ``later`` was modified
    after the one and before the other: each pair of times by its own clock
    (:func:`records.version_times`), never a time in UTC against one a feed gives without a
    zone."""
    return any(
        _modified_before(earlier, other) and _modified_before(other, later)
        for other in versions
        if other.id not in (earlier.id, later.id)
    )


def _modified_before(first: Document, then: Document) -> bool:
    """Whether a version was last modified before another, by the one clock they share."""
    times = version_times(first, then)
    return times is not None and times[0] < times[1]


def correction_covers(
    earlier: str, later: str, notes: Mapping[str, Sequence[ArticleNote]], change: CarriedChange
) -> bool:
    """Whether a correction's, clarification's or editor's note that the later of two versions
    adds (one the earlier lacks) covers a ``change`` of the earlier's words to the later's: one
    that names either side's figure by its value ("four workers" covers "Four" → "Three"); of
    the words of a quotation, one that names either side's words or speaks of a quotation
    ("misquoted"); of other words that hold no figure, any such note, which tells what it
    corrects in words of its own ("Corrects name of ferry operator", "An earlier version of
    this story said ... that the driver had been arrested"). An update's note covers none: a
    running story's figures change with it.

    >>> note = ArticleNote(NoteKind.CORRECTION, "Correction: We said four workers died.", (9,))
    >>> retraction = ArticleNote(NoteKind.EDITORS_NOTE, "Editor's note: The claim has been removed.", (9,))
    >>> notes = {"v2": (note,), "v3": (retraction,)}
    >>> [correction_covers("v1", "v2", notes, CarriedChange(kind, *words)) for kind, words in [
    ...     ("number_changed", ("Four", "Three")), ("number_changed", ("12", "14")),
    ...     ("name_changed", ("Bay Lines", "Harbour Ferries")), ("quote_changed", ("sad", "angry"))]]
    [True, False, True, False]
    >>> correction_covers("v1", "v3", notes, CarriedChange("allegation_softened", "on suspicion of theft", ""))
    True
    """
    added = [n for n in notes_added(earlier, later, notes) if n.kind in CORRECTING]
    words = (change.copy, change.newer)
    if change.kind in QUOTE_EDITS:
        return any(_tells_of_quotation(note.text, words) for note in added)
    if not any(_values(side) for side in words):
        return bool(added)
    return _names_a_side(_named_values(added), words)


def _tells_of_quotation(said: str, words: Sequence[str]) -> bool:
    """Whether a note's text tells of a change of a quotation's ``words`` (the earlier's, the
    later's): it names either side's, or speaks of a quotation."""
    return SPEAKS_OF_A_QUOTATION.search(said) is not None or any(
        side and gives_words(said, side, ignore_case=True) for side in words
    )


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
            if match.kind is not MatchKind.VERBATIM and not _numbers_restyled(match)
            for index in (match.a if a_first else match.b).sentences
        }
    )
    return tuple(removed), tuple(edited)


def _numbers_restyled(match: Match) -> bool:
    """Whether an edited match only writes numbers another way ("Six" as "6", "41" as
    "forty-one"): a sub-editor's style, which says nothing new and owes no note.

    >>> from compare.records import Span
    >>> def edited(*edits):
    ...     return Match(Span((0,), 0, 0, ""), Span((0,), 0, 0, ""), 96.0, MatchKind.EDITED, edits=edits)
    >>> _numbers_restyled(edited(WordEdit("replace", ("Six",), ("6",)), WordEdit("equal", ("people",), ("people",))))
    True
    >>> _numbers_restyled(edited(WordEdit("replace", ("41",), ("forty-one",)))), _numbers_restyled(edited(WordEdit("replace", ("41",), ("44",))))
    (True, False)
    """
    return bool(match.edits) and all(
        edit.op == "equal" or _number_restyled(edit) for edit in match.edits
    )


def _number_restyled(edit: WordEdit) -> bool:
    """Whether a word edit puts numbers for numbers of the same values, in the same order, and
    changes no other word."""
    if edit.op != "replace":
        return False
    said = [" ".join(side).casefold() for side in (edit.a, edit.b)]
    mentions = [numbers_in(side).mentions for side in said]
    if not mentions[0] or [v for _, v, _ in mentions[0]] != [v for _, v, _ in mentions[1]]:
        return False
    rest = []
    for side, found in zip(said, mentions, strict=True):
        for written, _, _ in found:
            side = side.replace(written, " ", 1)
        rest.append(side.split())
    return rest[0] == rest[1]


def notes_added(
    earlier: str, later: str, notes: Mapping[str, Sequence[ArticleNote]]
) -> tuple[ArticleNote, ...]:
    """The notes on the article the later version carries and the earlier does not."""
    kept = {note.said for note in notes.get(earlier, ())}
    return tuple(note for note in notes.get(later, ()) if note.said not in kept)


def figures_put_right(note: ArticleNote, earlier: Document) -> tuple[tuple[str, str], ...]:
    """The figures a correction note puts right in an earlier text of its outlet, each as the
    note writes what was said and what is right: a figure the note names that ``earlier``
    states is what it said, and the next the note names of the same kind (an amount, a time)
    that ``earlier`` does not state is the right one. A correction aired in a later bulletin is
    a text of its own, not a version of the script it corrects: no changed sentence tells its
    figures, only its note does.

    >>> note = ArticleNote(NoteKind.CORRECTION, "Correction: At noon we said 40 homes were lost. The correct figure is 14.", (0,))
    >>> figures_put_right(note, Document("noon", "Valley Radio", "Forty homes were lost in the fire on Friday."))
    (('40', '14'),)
    """
    stated = numbers_in(earlier.text).stated_values()
    put_right = []
    said: tuple[str, frozenset[object]] | None = None
    for written, values, _ in numbers_in(note.text).mentions:
        if values & stated:
            said = (written, frozenset(type(value) for value in values))
        elif said and said[1] == {type(value) for value in values}:
            put_right.append((said[0], written))
            said = None
    return tuple(put_right)
