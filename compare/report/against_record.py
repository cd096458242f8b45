"""Each article read against the record (``compare run --record``), one row an article: what it
took from each record, whether it credits it, its longest copied run, and the text it shares
with other articles that no record holds.

A lecturer gives the assignment's sources as records and grades each student's story from its
row; an editor does the same with a release and the wire. Text two articles share that no record
holds is the one thing the sources cannot explain: one took it from the other, or both from a
source not given.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from compare.records import UNNAMED_WIRES, Document, MatchKind, PairComparison, Result, Verdict

# A sentence aligned with a record's by one of these kinds comes from the record: copied,
# edited, or quoting what its speaker said there. A paraphrase is the article's own words.
_FROM_RECORD = frozenset({MatchKind.VERBATIM, MatchKind.EDITED, MatchKind.SHARED_QUOTE})
# How a copy's credit reads when it credits news agencies in general and no one by name.
AGENCY_NOT_NAMED = "credits an agency, not named"


class CreditGiven(StrEnum):
    """How a copy credits the article it took from: by a name (the origin's, its outlet's or that
    of a wire whose text it is), by news agencies in general alone ("Agencies", "With wire
    services"), which names no source and so credits none, or not at all (``edges.csv``'s
    ``credit``)."""

    NAMED = "named"
    GENERIC = "generic"
    NONE = "none"


def credit_given(
    pair: PairComparison, copy: Document, origin: Document, credited: bool
) -> CreditGiven:
    """How ``copy`` credits ``origin``, the other of ``pair``, where ``credited`` says whether it
    credits it at all (the pair's ``crediting``, or who copied whom's ``Taken.credited``): a
    credit of news agencies in general credits the origin by no name unless the pair finds
    one where ``copy`` credits it (``credited_at``), as the pair's line under "Who copied whom"
    says "credits an agency, not named".

    >>> wire = Document("w", "Coastline Wire", "")
    >>> daily = Document("d", "Daily", "", credits=(UNNAMED_WIRES,))
    >>> pair = PairComparison("w", "d", "s", Verdict.COPY, "a->b", 1.0, 1.0, 1.0, 1.0, 1.0,
    ...     1.0, 12, None, (), (), (), 0.0, crediting=("d",))
    >>> [credit_given(pair, daily, wire, credited).value for credited in (True, False)]
    ['generic', 'none']
    """
    if not credited:
        return CreditGiven.NONE
    if any(credit.doc == copy.id for credit in pair.credited_at) or not credits_agencies_alone(
        copy, origin
    ):
        return CreditGiven.NAMED
    return CreditGiven.GENERIC


@dataclass(frozen=True, slots=True)
class TakenFromRecord:
    """What one article took from one record: the pair's verdict, the share of the article's
    words copied or edited from it, its longest copied run, and whether it credits it, and
    whether only by crediting news agencies in general (``agencies_alone``: "وكالات",
    "Agencias"), which names no record."""

    record: str
    verdict: Verdict
    share: float
    longest_run_words: int
    credited: bool
    agencies_alone: bool
    undisclosed: bool
    interview_quoted: str | None


@dataclass(frozen=True, slots=True)
class SharedBeyondRecord:
    """Text an article shares with another that no record holds: the other article, and the
    words of the article's sentences copied or edited from it that no record's sentence aligns
    with."""

    other: str
    words: int


@dataclass(frozen=True, slots=True)
class AgainstRecord:
    """One article that is no record, read against every record of its story."""

    doc: str
    taken: tuple[TakenFromRecord, ...]
    shared_beyond_record: tuple[SharedBeyondRecord, ...]


def against_record(result: Result) -> tuple[AgainstRecord, ...]:
    """A row for each article of ``result`` that is no record, in the run's order, with what it
    took from each record of its story (those it shares nothing with left out) and the articles
    it shares text with that no record holds, most words first; none without a record.

    >>> from compare.pipeline import compare_documents
    >>> from compare.records import Document
    >>> release = Document("release", "Council", "The pool will close on 1 April for repairs "
    ...     "costing £4 million.", of_record=True)
    >>> paste = Document("paste", "Ana Ruiz", "The pool will close on 1 April for repairs "
    ...     "costing £4 million.")
    >>> (row,) = against_record(compare_documents([release, paste]))
    >>> row.doc, [(t.record, t.verdict.value, t.credited) for t in row.taken]
    ('paste', [('release', 'copy', False)])
    """
    records = {d.id for d in result.documents if d.of_record}
    if not records:
        return ()
    pairs = result.all_pairs
    by_id = {d.id: d for d in result.documents}
    from_record = _sentences_from_record(pairs, records)
    taken: defaultdict[str, list[TakenFromRecord]] = defaultdict(list)
    beyond: defaultdict[str, list[SharedBeyondRecord]] = defaultdict(list)
    for pair in pairs:
        if pair.verdict is Verdict.INDEPENDENT:
            continue
        a_record, b_record = pair.a in records, pair.b in records
        if a_record != b_record:
            doc = pair.b if a_record else pair.a
            taken[doc].append(_taken(pair, doc, by_id))
        elif not a_record:
            for doc, other in ((pair.a, pair.b), (pair.b, pair.a)):
                if words := _words_beyond_record(result, pair, doc, from_record):
                    beyond[doc].append(SharedBeyondRecord(other, words))
    return tuple(
        AgainstRecord(
            d.id,
            tuple(sorted(taken[d.id], key=lambda t: t.record)),
            tuple(sorted(beyond[d.id], key=lambda s: (-s.words, s.other))),
        )
        for d in result.documents
        if d.id not in records
    )


def _sentences_from_record(
    pairs: Iterable[PairComparison], records: frozenset[str] | set[str]
) -> set[tuple[str, int]]:
    """Each (article, sentence) that a record's sentence aligns with, copied, edited or quoted."""
    found: set[tuple[str, int]] = set()
    for pair in pairs:
        if (pair.a in records) == (pair.b in records):
            continue
        doc, side = (pair.b, "b") if pair.a in records else (pair.a, "a")
        for match in pair.matches:
            if match.kind in _FROM_RECORD:
                found.update((doc, n) for n in getattr(match, side).sentences)
    return found


def _taken(pair: PairComparison, doc: str, by_id: dict[str, Document]) -> TakenFromRecord:
    """What ``doc`` took from the record of ``pair``, the other of the two."""
    record, share = (pair.a, pair.b_in_a) if pair.b == doc else (pair.b, pair.a_in_b)
    credited_by_name = any(credit.doc == doc for credit in pair.credited_at)
    credited = not pair.undisclosed_reuse and (doc in pair.crediting or credited_by_name)
    return TakenFromRecord(
        record,
        pair.verdict,
        share,
        pair.longest_run_words,
        credited,
        # As the pair's line under "Who copied whom" says it.
        credit_given(pair, by_id[doc], by_id[record], credited) is CreditGiven.GENERIC,
        pair.undisclosed_reuse,
        pair.interview_quoted,
    )


def _words_beyond_record(
    result: Result, pair: PairComparison, doc: str, from_record: set[tuple[str, int]]
) -> int:
    """The words of ``doc``'s sentences copied or edited from the other of ``pair`` where
    neither side's sentence is aligned with a record's; none unless the pair is a copy or a
    rewrite, or one such sentence is copied word for word: two students' own lines on one
    speaker ("Janet Pryce, chair of the Marlins, said ...") align as edited, and a `partial`
    pair of them is no text one took from the other."""
    other = pair.b if pair.a == doc else pair.a
    sentences = result.sentences[doc]
    beyond = [
        match
        for match in pair.matches
        if match.kind.is_reuse
        and not any(
            (doc, n) in from_record for n in (match.a if pair.a == doc else match.b).sentences
        )
        and not any(
            (other, n) in from_record for n in (match.b if pair.a == doc else match.a).sentences
        )
    ]
    if pair.verdict is Verdict.PARTIAL and all(m.kind is not MatchKind.VERBATIM for m in beyond):
        return 0
    return sum(
        len(sentences[n].tokens)
        for match in beyond
        for n in (match.a if pair.a == doc else match.b).sentences
    )


def credits_agencies_alone(copy: Document, origin: Document) -> bool:
    """Whether a copy credits news agencies in general and no one by name ("With wire
    services", "(इनपुट: एजेंसी)", an "Agencias" byline): which agency it took from it does not
    say, so it cannot be said to credit a wire both it and ``origin`` carry; unless ``origin``
    credits them so too, two papers' reprints of one agency's copy.

    >>> wire = Document("w", "Coastline Wire", "")
    >>> credits_agencies_alone(Document("d", "Daily", "", credits=(UNNAMED_WIRES,)), wire)
    True
    >>> credits_agencies_alone(Document("d", "Daily", "", credits=(UNNAMED_WIRES, "AP")), wire)
    False
    """
    return copy.credits == (UNNAMED_WIRES,) and UNNAMED_WIRES not in origin.credits
