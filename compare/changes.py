"""What one article of a pair changed of the other's framing, as a yes/no gate reads it
(``compare check draft.txt --against agency.txt --fail-on hedge_removed``): every framing note
of the pair, its headlines' too, named as the copy changed the origin.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from compare.figures import aligned_texts, compatible_changes
from compare.overlap import dated_order
from compare.records import FramingKind, PairComparison, Result, Sentence
from compare.segment import RIGHT_TO_LEFT

# Not a change of what a reader is told: the same quantity in another unit, or rounded.
SAME_FIGURE = frozenset({FramingKind.NUMBER_CONVERTED, FramingKind.NUMBER_ROUNDED})
# Every outlet writes its own headline, a few words of the story: one that gives fewer of the
# record headline's figures tells nothing false, so a headline's figure left out is no change of
# the record, whether its own text gives it or not (one it adds that the record's text gives,
# "jury told of row over £12,000" against the record's "money", is no headline note at all:
# headlines.headline_framing). What a headline asserts (a hedge or an attribution
# dropped, a charge told as guilt, a loaded word, a figure changed or one the record gives
# nowhere) is as risky as a body line's, a legal desk's worst complaints starting there.
LEFT_TO_THE_BODY = frozenset({FramingKind.NUMBER_REMOVED})


# Isolates of the Unicode bidirectional algorithm (UAX #9): the text between one and the pop
# is laid out apart from what is around it, left to right or as its first letter goes.
LEFT_TO_RIGHT_ISOLATE = "\u2066"
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def arrowed(sides: Sequence[str]) -> str:
    """Words as shown (“quoted”, or "-" for none) joined by arrows, earlier first: "“12” →
    “27”". A renderer sets a line's direction by its first letter (GitHub's ``dir="auto"``):
    a line of Urdu, Arabic or Hebrew runs right to left, and would set "A → B" so too, the
    arrow, which none mirrors, pointing from B back to A. Where a side is written right to
    left, the arrows are laid out left to right and each side as its own letters go.

    >>> arrowed(["“12”", "“27”"])
    '“12” → “27”'
    >>> arrowed(["“۲۳”", "“۳۵”"]) == "\u2066\u2068“۲۳”\u2069 → \u2068“۳۵”\u2069\u2069"
    True
    """
    joined = " → ".join(sides)
    if not RIGHT_TO_LEFT.search(joined):
        return joined
    isolated = " → ".join(
        f"{FIRST_STRONG_ISOLATE}{side}{POP_DIRECTIONAL_ISOLATE}" for side in sides
    )
    return f"{LEFT_TO_RIGHT_ISOLATE}{isolated}{POP_DIRECTIONAL_ISOLATE}"


@dataclass(frozen=True, slots=True)
class FramingChange:
    """A framing note of a pair named as its copy changed its origin (report.json's
    ``kind_as_changed``), or, of a pair whose direction is not known, as B changed A.

    Attributes:
        kind: the change, read from the origin's version (or A's) to the copy's (or B's).
        before: the origin's words (A's), empty where it has none.
        after: the copy's words (B's), empty where it has none.
        headline: whether the two headlines, not two aligned sentences, differ so.
    """

    kind: FramingKind
    before: str
    after: str
    headline: bool = False

    @property
    def words(self) -> str:
        """The words before and after, each in quotation marks or "-" for none.

        >>> FramingChange(FramingKind.HEDGE_REMOVED, "accused of", "").words
        '“accused of” → -'
        """
        return arrowed([f"“{words}”" if words else "-" for words in (self.before, self.after)])


def read_order(result: Result, pair: PairComparison) -> tuple[str, str]:
    """The order ``pair``'s framing notes read in, every report alike (the story page,
    framing.csv, ``--fail-on``), with why when the pair has no direction: its direction; else the
    earlier first by their dates (:func:`~compare.overlap.dated_order`), else the press release
    first where one of the two is one, else A first. What the files are called decides only the
    last: a paper that turned a statement's quotation into "she told the Chronicle" claimed an
    interview, and a report of the evening that leaves out the morning's "may" removed a hedge,
    whichever file sorts first.

    Returns:
        ``"a->b"`` (B's version changes A's) or ``"b->a"``, and ``""`` for a directed pair, else
        "by their dates", "by kind, the press release first" or "by the order of the two".

    >>> from compare import Document, compare_documents
    >>> statement = Document("statement", "Lib Dems", '"Residents deserve answers," said Cllr Ann Okonjo.',
    ...     published="2026-11-25")
    >>> paper = Document("paper", "Chronicle", '"Residents deserve answers," Cllr Ann Okonjo told the Chronicle.',
    ...     published="2026-11-26")
    >>> result = compare_documents([paper, statement], single_story=True)
    >>> [read_order(result, p) == ("a->b" if p.a == "statement" else "b->a", "by their dates")
    ...     for p in result.all_pairs]
    [True]
    """
    if pair.direction:
        return pair.direction, ""
    if dated := dated_order(result.by_id[pair.a], result.by_id[pair.b]):
        return dated, "by their dates"
    releases = result.releases.keys() & {pair.a, pair.b}
    if len(releases) == 1:
        return ("b->a" if releases == {pair.b} else "a->b"), "by kind, the press release first"
    return "a->b", "by the order of the two"


def framing_changes(
    result: Result, pair: PairComparison, *, versions: bool = False
) -> tuple[FramingChange, ...]:
    """The framing changes of ``pair``, in the order its report lists them: headline first,
    then its aligned sentences', then its quotations', read as :func:`read_order` reads them;
    none of versions of one article, but with ``versions`` those of versions in order, as the
    later changed the earlier (a stealth edit's "allegedly" dropped). A number changed to one
    its qualifiers allow to be the same ("about 22,000" and "more than 20,000",
    ``figures.compatible_changes``) is no change, nor is a quantity converted or rounded.

    >>> from compare import Document, compare_documents
    >>> wire = Document("wire", "Wire", "Police said 12 people were hurt in the blast on Monday.",
    ...     published="2025-01-02")
    >>> daily = Document("daily", "Daily", "Police claimed 12 people were hurt in the blast on Monday.",
    ...     published="2025-01-03")
    >>> result = compare_documents([daily, wire])
    >>> framing_changes(result, result.pairs[0])
    (FramingChange(kind=<FramingKind.ATTRIBUTION_VERB: 'attribution_verb'>, before='said', after='claimed', headline=False),)
    """
    if pair.same_article and not (versions and pair.direction):
        return ()
    b_changed_a = read_order(result, pair)[0] == "a->b"
    changes = (
        FramingChange(
            kind=kind if b_changed_a else kind.mirrored,
            before=a if b_changed_a else b,
            after=b if b_changed_a else a,
            headline=headline,
        )
        for kind, a, b, headline in _notes(result.sentences, pair)
        if kind not in SAME_FIGURE
    )
    return tuple(change for change in changes if not _left_to_the_body(change))


def _left_to_the_body(change: FramingChange) -> bool:
    """Whether ``change``, a headline's, is no change of the record: a figure its headline
    leaves out (see LEFT_TO_THE_BODY). One it adds that the record's text gives is no note of
    the headlines at all (:func:`~compare.headlines.headline_framing`).

    >>> _left_to_the_body(FramingChange(FramingKind.NUMBER_REMOVED, "£12,000", "", headline=True))
    True
    """
    return change.headline and change.kind in LEFT_TO_THE_BODY


def _notes(
    sentences: Mapping[str, Sequence[Sentence]], pair: PairComparison
) -> Iterator[tuple[FramingKind, str, str, bool]]:
    """Every framing note of ``pair``, read from A to B, each with whether it is the
    headlines'."""
    for note in pair.headline_framing:
        yield note.kind, note.a, note.b, True
    for match in pair.matches:
        compatible = (
            compatible_changes(match.framing, *aligned_texts(sentences, pair, match))
            if any(note.kind is FramingKind.NUMBER_CHANGED for note in match.framing)
            else {}
        )
        for note in match.framing:
            if note not in compatible:
                yield note.kind, note.a, note.b, False
    for notes in (q.framing for q in pair.shared_quotations):
        yield from ((note.kind, note.a, note.b, False) for note in notes)
    for notes in (q.framing for q in pair.altered_quotations):
        yield from ((note.kind, note.a, note.b, False) for note in notes)
