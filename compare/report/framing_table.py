"""``framing.csv``: the run's framing notes as a flat table, one row a note, for coding in a
spreadsheet without reading report.json's pairs.

Each row reads as the story page and ``--fail-on`` read its pair (``changes.read_order``): from
the origin to the copy where the note's pair has a direction (its kind as the copy changed the
origin, report.json's ``kind_as_changed``, its words swapped when the pair's A is the copy), else
from the earlier to the later where their dates tell (or the press release first, where one of
the two is one and dates tell nothing), else from the pair's A to its B, as report.json's
``kind`` reads. A row quotes both sentences: a coder reads the change without the
articles beside it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from compare.changes import read_order
from compare.disclosure import outlet
from compare.figures import compatible_notes
from compare.records import (
    FRAMING_COLUMNS,
    FramingKind,
    FramingNote,
    HeadlineClaim,
    PairComparison,
    Result,
    Sentence,
    Span,
)
from compare.report.dedup import inert
from compare.report.json_report import matches_listed
from compare.report.network import csv_flag


@dataclass(frozen=True, slots=True)
class _Side:
    """One document's side of a note: its sentences (numbered from 0), where they are in its
    text and what they say."""

    doc: str
    sentences: tuple[int, ...]
    start: int
    end: int
    text: str


def render_framing(result: Result, *, every_match: bool = False) -> str:
    """``framing.csv``: a header row (``FRAMING_COLUMNS``), then one row a framing note of the
    pairs report.json lists with their matches (``every_match`` as it takes it): of an aligned
    sentence (``found_in`` ``sentence``, with its match's kind), of a quotation both carry
    (``quotation``) or of the two headlines (``headline``, its text for a sentence's, no number
    or offset); and, after a story's pairs' rows, each headline's claim beyond its own text
    (``headline_vs_text``: the text's sentence as the origin, the headline as the copy).
    Sentences numbered from 1, as the story pages number them; offsets index report.json's
    ``documents[].text``. Rows in story order, then by origin and copy id, then by the origin's
    sentence; text a spreadsheet would run as a formula made inert.

    >>> from compare import Document, compare_documents
    >>> wire = Document("wire", "Wire", "Police said 12 people were hurt in the blast on Monday.",
    ...     published="2025-01-02")
    >>> daily = Document("daily", "Daily", "Police claimed 12 people were hurt in the blast on Monday.",
    ...     published="2025-01-03")
    >>> print(render_framing(compare_documents([daily, wire])), end="")  # doctest: +ELLIPSIS
    story,origin,...,copy_text,template,across_stories,compatible,changed_by
    story-001,wire,Wire,wire,daily,Daily,daily,true,false,attribution_verb,said,claimed,sentence,edited,1,0,55,...
    """
    position = {story.id: n for n, story in enumerate(result.stories)}
    # Stable: a pair's notes of one sentence keep the order the pair gives them.
    keyed = sorted(
        _rows(result, every_match=every_match),
        key=lambda keyed_row: (position.get(keyed_row[0][0], len(position)), *keyed_row[0][1:]),
    )
    rows = [row for _, row in keyed]
    changes = _changes_made(rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FRAMING_COLUMNS)
    writer.writerows(
        [
            inert(cell) if isinstance(cell, str) else cell
            for cell in (*row, _changed_by(row, changes))
        ]
        for row in rows
    )
    return out.getvalue()


_COLUMN = {name: n for n, name in enumerate(FRAMING_COLUMNS)}
# A change as its document made it: the document, its sentences, the kind as made and the words
# before and after; of any story, as a roundup's pair across stories reads a change made in another.
_Change = tuple[str | int, ...]


def _change(row: Sequence[str | int], side: str, *, mirrored: bool = False) -> _Change:
    """The change a row tells, as made by its ``side`` (``origin`` or ``copy``): read backwards
    for the origin, whose version the row sets before the copy's."""
    kind, before, after = (
        row[_COLUMN["kind"]],
        row[_COLUMN["origin_words"]],
        row[_COLUMN["copy_words"]],
    )
    if mirrored:
        kind, before, after = FramingKind(str(kind)).mirrored.value, after, before
    return (
        row[_COLUMN[side]],
        row[_COLUMN[f"{side}_sentences"]],
        kind,
        before,
        after,
    )


def _changes_made(rows: Sequence[Sequence[str | int]]) -> frozenset[_Change]:
    """The changes the ``directed`` rows tell, each as its copy made it from the article it took
    from."""
    directed = csv_flag(True)
    return frozenset(_change(row, "copy") for row in rows if row[_COLUMN["directed"]] == directed)


def _changed_by(row: Sequence[str | int], changes: frozenset[_Change]) -> str:
    """The document that made the row's change: a directed row's copy (a headline's own claim is
    its document's); of an undirected row, the side a directed row of the story shows making
    that change from the first version (in any story), while the other kept it (two rewrites of one wire, one
    of which changed "said" to "claimed"); empty when neither is known to have made it."""
    if row[_COLUMN["directed"]] == csv_flag(True) or row[_COLUMN["found_in"]] == "headline_vs_text":
        return str(row[_COLUMN["copy"]])
    if _change(row, "copy") in changes:
        return str(row[_COLUMN["copy"]])
    if _change(row, "origin", mirrored=True) in changes:
        return str(row[_COLUMN["origin"]])
    return ""


def _rows(
    result: Result, *, every_match: bool
) -> Iterator[tuple[tuple[str, str, str, int], tuple[str | int, ...]]]:
    """The rows of every listed pair's notes, in the order the pair gives them, each after its
    sort key: its story, origin, copy and the origin's first sentence."""
    listed = matches_listed(result, every_match=every_match)
    across = {(p.a, p.b) for p in result.across}
    for pair in result.all_pairs:
        if not listed(pair):
            continue
        of_pair = (
            pair.template.filled_for.value if pair.template else "",
            csv_flag((pair.a, pair.b) in across),
        )
        a_title, b_title = result.by_id[pair.a].title or "", result.by_id[pair.b].title or ""
        for note in pair.headline_framing:
            yield _row(
                result,
                pair,
                note,
                "headline",
                "",
                _Side(pair.a, (), 0, 0, a_title),
                _Side(pair.b, (), 0, 0, b_title),
                of_pair,
            )
        for match in pair.matches:
            compatible = compatible_notes(result.sentences, pair, match)
            for note in match.framing:
                yield _row(
                    result,
                    pair,
                    note,
                    "sentence",
                    match.kind.value,
                    _side(pair.a, match.a),
                    _side(pair.b, match.b),
                    of_pair,
                    compatible=note in compatible,
                )
        for quotation in pair.shared_quotations:
            a = _sentence_side(pair.a, result.sentences[pair.a][quotation.a_sentence])
            b = _sentence_side(pair.b, result.sentences[pair.b][quotation.b_sentence])
            for note in quotation.framing:
                yield _row(result, pair, note, "quotation", "", a, b, of_pair)
    for claim in result.headline_claims:
        yield _claim_row(result, claim)


def _claim_row(
    result: Result, claim: HeadlineClaim
) -> tuple[tuple[str, str, str, int], tuple[str | int, ...]]:
    """A headline's claim beyond its own text as a row and its sort key: the text's sentence
    as the origin, the headline as the copy, both of one document, ``found_in``
    ``headline_vs_text``; after the document's pairs' rows."""
    doc = result.by_id[claim.doc]
    story = result.story_of[claim.doc]
    text = _sentence_side(claim.doc, result.sentences[claim.doc][claim.sentence])
    headline = _Side(claim.doc, (), 0, 0, doc.title or "")
    # After every pair's rows of the story: no pair's origin id sorts after a run of "~".
    key = (story, "~", claim.doc, claim.sentence)
    no = csv_flag(False)
    return key, (
        story,
        claim.doc,
        doc.source,
        outlet(doc),
        claim.doc,
        doc.source,
        outlet(doc),
        no,
        no,
        claim.note.kind.value,
        claim.note.a,
        claim.note.b,
        "headline_vs_text",
        "",
        *_cells(text),
        *_cells(headline),
        "",
        no,
        no,
    )


def _row(
    result: Result,
    pair: PairComparison,
    note: FramingNote,
    found_in: str,
    match_kind: str,
    a: _Side,
    b: _Side,
    of_pair: tuple[str, str],
    *,
    compatible: bool = False,
) -> tuple[tuple[str, str, str, int], tuple[str | int, ...]]:
    """A note's row and its sort key; ``of_pair``, the pair's ``template`` and
    ``across_stories`` cells, which every row of the pair repeats; ``compatible``, whether the
    note is part of a number changed to one it may be (:func:`~compare.figures.compatible_notes`)."""
    kind, origin_words, copy_words, origin, copy = note.kind, note.a, note.b, a, b
    if read_order(result, pair)[0] == "b->a":
        kind, origin_words, copy_words, origin, copy = kind.mirrored, note.b, note.a, b, a
    origin_doc, copy_doc = result.by_id[origin.doc], result.by_id[copy.doc]
    # A headline's notes sort first, as the headline comes first.
    key = (pair.story, origin.doc, copy.doc, origin.sentences[0] if origin.sentences else -1)
    return key, (
        pair.story,
        origin.doc,
        origin_doc.source,
        outlet(origin_doc),
        copy.doc,
        copy_doc.source,
        outlet(copy_doc),
        csv_flag(pair.direction is not None),
        csv_flag(pair.same_source or copy.doc in pair.crediting),
        kind.value,
        origin_words,
        copy_words,
        found_in,
        match_kind,
        *_cells(origin),
        *_cells(copy),
        *of_pair,
        csv_flag(compatible),
    )


def _side(doc: str, span: Span) -> _Side:
    return _Side(doc, span.sentences, span.start, span.end, span.text)


def _sentence_side(doc: str, sentence: Sentence) -> _Side:
    return _Side(doc, (sentence.index,), sentence.start, sentence.end, sentence.text)


def _cells(side: _Side) -> tuple[str | int, ...]:
    """A side's sentences as the story pages number them ("4" or "4+5" of a split), its offsets
    and its text; a headline's, which no sentence or offset places, its text alone."""
    if not side.sentences:
        return ("", "", "", side.text)
    return ("+".join(str(n + 1) for n in side.sentences), side.start, side.end, side.text)
