"""The one place where the order of the stages is written, one verb a line."""

from __future__ import annotations

import gc
import os
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import datetime, tzinfo
from functools import partial
from itertools import combinations, groupby
from operator import itemgetter
from os import PathLike
from pathlib import Path
from typing import Any, Generic, TypeVar

import numpy as np

from compare.align import Alignment, Judgement, PrintedApart, align_pair, align_twins
from compare.boilerplate import find_boilerplate, find_notes
from compare.cache import DiskCache
from compare.candidates import Candidates, find_candidates, signatures
from compare.coverage import group_sentences
from compare.dates import UTC_TIME, date_field, iso_day, local_time_field, time_field, time_offset
from compare.disclosure import agencies_with_own_copy, namesakes
from compare.figures import differing_figures
from compare.framing import (
    framing_notes,
    framing_profile,
    placed_in_texts,
    shifted,
    with_outlet_notes,
    with_quotation_verbs,
    with_quotations_altered,
    without_figures_told_beside,
)
from compare.headline_text import headline_claims
from compare.headlines import headline_framing
from compare.lexicon import added_terms
from compare.misreads import reads_as_scanned
from compare.near_duplicates import cluster_near_duplicates
from compare.outlet_names import outlets_named_alike
from compare.overlap import (
    EarlierSources,
    LongSides,
    OutletsTaken,
    Side,
    TextOverlap,
    backdating_outlets,
    compare_pair,
    credited_by_others,
    credits_an_outlet_of_several,
    directed_instead,
    names_corrected,
    names_of_stories,
    out_by_credit,
    out_by_origins,
    quotation_carriers,
    stock_phrases,
    taken_from_outlets,
    text_overlap,
    weekdays_witnessed,
)
from compare.pieces import cut_as_read, spoken
from compare.provenance import (
    Precedence,
    across_common_origins,
    dates_against_wording,
    direction_cycles,
    lede_origins,
    taken_directly,
    through_common_origins,
    who_copied_whom,
    without_links,
)
from compare.read import (
    InputError,
    ReadResult,
    article_text,
    check_usable,
    find_credits,
    in_path_order,
    in_time_zone,
    language_code,
    read_paths,
    too_long,
    with_written_links,
)
from compare.records import (
    Advance,
    DifferingFigure,
    DirectionBasis,
    DirectionCycle,
    Document,
    FramingKind,
    FramingNote,
    HeadlineClaim,
    KeptApart,
    Match,
    PairComparison,
    PressRelease,
    Progress,
    Result,
    Sentence,
    SentenceGroup,
    Skipped,
    SkipReason,
    Story,
    Taken,
    UnreadDate,
    Verdict,
    WordEdit,
    boilerplate_indexes,
    by_story,
    out_when_modified,
    superseded,
    text_numbers,
    tracked,
)
from compare.report import ReportFormat
from compare.report.files import render_reports
from compare.report.write import write_reports
from compare.segment import as_sentence, language_of, languages_differ, segment, unpunctuated
from compare.settings import Settings
from compare.staleness import stale_copies
from compare.stories import (
    COPY_JACCARD,
    caseless,
    copy_links,
    group_stories,
    one_story,
    retitled,
    run_names,
    story_terms,
)
from compare.templates import (
    identifiers_put_for_others,
    name_misspelled,
    names_put_for_others,
    person_identified,
)
from compare.versions import link_named_versions, link_versions
from compare.word_diff import word_edits

T = TypeVar("T")
# The framing notes that name whom each of two sentences credits, which a name put for another
# there tells again.
CREDITED_KINDS = frozenset(
    {
        FramingKind.SPEAKER_CHANGED,
        FramingKind.ATTRIBUTION_SOURCE_CHANGED,
        FramingKind.ROLES_SWAPPED,
    }
)
# What each stage counts as it reports its progress, one and many, in the order the stages run:
# a log's "link copies: 1,368,426 done" left a reader to guess. "read" counts records, as
# compare_paths reads them (read.records_in: a JSON Lines file's lines, any other file as one;
# compare_documents counts the documents given).
STAGE_UNITS: dict[str, tuple[str, str]] = {
    "read": ("record", "records"),
    "segment": ("document", "documents"),
    "fingerprint": ("sentence", "sentences"),
    "find boilerplate": ("sentence", "sentences"),
    "link versions": ("document", "documents"),
    "tell languages": ("document", "documents"),
    "find near copies": ("sentence", "sentences"),
    "link copies": ("candidate pair", "candidate pairs"),
    "find story terms": ("document", "documents"),
    "group stories": ("document", "documents"),
    "find stock phrases": ("story", "stories"),
    "find candidates": ("sentence", "sentences"),
    "align": ("document pair", "document pairs"),
    "diff words": ("text pair", "text pairs"),
    "name framing": ("text pair", "text pairs"),
    "profile framing": ("document", "documents"),
    "measure overlap": ("document pair", "document pairs"),
    "group sentences": ("story", "stories"),
    "trace who copied whom": ("story", "stories"),
    "weigh common origins": ("story", "stories"),
    "cluster near-duplicates": ("document", "documents"),
    "compare figures": ("story", "stories"),
    "check headlines": ("document", "documents"),
    "find stale copies": ("story", "stories"),
    "write pages": ("page", "pages"),
    "write summaries": ("file", "files"),
}
# A text of HTML's tags alone, a feed's empty body ("<p></p>", "<p>&nbsp;</p>"): no text, as the
# reader finds in such a record.
MARKUP_ONLY = re.compile(r"(?:\s|&nbsp;|<[^<>]*>)*")
# Two documents' texts in a story, by their numbers (see records.text_numbers), the candidate
# sentence pairs between them and, of two texts that differ, their headlines: all that aligning
# the two documents reads of them (a lede may merge the other's headline into its first line).
_TextPair = tuple[int, int, frozenset[tuple[int, int]], tuple[str | None, str | None]]

# The test of each type a Document's fields are declared with, and its name in an error. A
# tuple may be given as any sequence, a list from JSON or a database row (the Document holds it
# as one), but not as one string, whose letters would be searched one by one.
FIELD_TYPES: dict[str, tuple[Callable[[object], bool], str]] = {
    "str": (lambda value: isinstance(value, str), "a string"),
    "str | None": (lambda value: value is None or isinstance(value, str), "a string or None"),
    "bool": (lambda value: isinstance(value, bool), "True or False"),
    "int": (
        lambda value: isinstance(value, int) and not isinstance(value, bool) and value >= 0,
        "a whole number, 0 or more",
    ),
    "tuple[str, ...]": (
        lambda value: (
            isinstance(value, Sequence)
            and not isinstance(value, str)
            and all(isinstance(v, str) for v in value)
        ),
        "a sequence of strings, not one string",
    ),
}


def _field_tests(record: type) -> tuple[tuple[str, Callable[[object], bool], str], ...]:
    """Each field of the dataclass ``record``, in order, with its type's test and name
    (``FIELD_TYPES``). A field declared with a type that has none fails where the module is
    imported, naming the field and the table to give its test in, not as a bare KeyError.

    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class Scored:
    ...     score: float
    >>> _field_tests(Scored)
    Traceback (most recent call last):
    ...
    TypeError: Scored.score is declared 'float', a type FIELD_TYPES has no test for
    """
    tests = []
    for field in fields(record):
        declared = str(field.type)
        if declared not in FIELD_TYPES:
            raise TypeError(
                f"{record.__name__}.{field.name} is declared {declared!r}, "
                "a type FIELD_TYPES has no test for"
            )
        tests.append((field.name, *FIELD_TYPES[declared]))
    return tuple(tests)


# Each field of a Document, in order, with its type's test and name.
DOCUMENT_FIELDS = _field_tests(Document)


def compare_paths(
    paths: str | PathLike[str] | Sequence[str | PathLike[str]],
    settings: Settings | None = None,
    progress: Progress | None = None,
    exclude: Sequence[Path] = (),
    single_story: bool = False,
    on_read: Callable[[ReadResult], None] | None = None,
    *,
    framing: bool = True,
    in_order_given: bool = False,
    record: Sequence[str | PathLike[str]] = (),
    cache: DiskCache | None = None,
    time_zone: tzinfo | None = None,
) -> Result:
    """Read every supported file under ``paths`` (one path, or several) and compare the
    documents.

    The paths are a set: they are read in the order a walk of their folder reads them
    (:func:`compare.read.in_path_order`, by their names' code points), whatever order they are
    given in. That order would otherwise number the stories and pick each pair's ``a``, and a
    shell's glob lists ``corpus/*`` in the order of the locale's collation.

    Args:
        exclude: folders never read (the report folder, when it sits inside an input).
        single_story: compare every pair, as one story, instead of grouping stories first.
        on_read: hears what was read, and skipped, before the comparison starts: a long run's
            user learns of a file that could not be read at once, not at the end.
        framing: name the framing of every match and profile every document's, as the reports
            show them; without, the matches carry no framing notes and ``profiles`` is empty
            (near-duplicate clusters read neither, and a feed's run spends a sixth of its time
            on them).
        in_order_given: read the paths in the order given, the first one's documents first
            (``compare pair`` compares A with B so).
        record: files or folders among ``paths`` whose documents are the record the others
            are read against (``Document.of_record``).
        cache: where what each file gives is kept by its bytes (:class:`compare.cache.DiskCache`),
            so that a file read by an earlier run is not parsed again; the result is the same
            with and without. The files it could not load are its ``unreadable``.
        time_zone: the zone of the publication times the inputs give without one (a
            crawler's local times, :func:`compare.read.in_time_zone`); without it, only their
            days date their documents.

    While the stages run, Python's cycle collector is paused (``gc.disable()``, for the whole
    process: other threads run without it meanwhile) and then left as the caller had it: its
    passes would scan the millions of small records a run builds again and again (about 14% of
    a 10,000-article comparison). Objects freed by reference counting are freed as ever.

    Raises:
        compare.read.InputError: a path does not exist, ``paths`` is no path nor paths
            (``None``, ``bytes``), or no document could be read under them (a truncated or
            empty JSON export, a folder of no article: "no usable document in export.json:
            broken JSON: ...", after ``on_read`` has heard the read); some documents read, the
            inputs skipped are the result's ``skipped``; a ``record`` path holds no document
            read.
        TypeError: ``settings`` is no :class:`Settings`.
    """
    _check_settings(settings)
    started = time.perf_counter()
    given = _as_paths(paths)
    read = _zoned(
        read_paths(
            given if in_order_given else in_path_order(given), exclude, progress, cache=cache
        ),
        time_zone,
    )
    seconds = {"read": time.perf_counter() - started}
    # Before the run hears what was read: a file of a folder named for its outlet has a source.
    read = outlets_named_alike(read)
    if on_read:
        on_read(read)
    check_usable(read, given)
    read = _with_record(read, record)
    return _compare(read, settings, progress, single_story, seconds, framing)


def _zoned(read: ReadResult, time_zone: tzinfo | None) -> ReadResult:
    """``read`` with its times given without a zone read in ``time_zone``, when one is given."""
    return read if time_zone is None else in_time_zone(read, time_zone)


def _with_record(read: ReadResult, record: Sequence[str | PathLike[str]]) -> ReadResult:
    """``read`` with the documents read from each ``record`` file, or from under each
    ``record`` folder, marked as the record (``Document.of_record``).

    Raises:
        compare.read.InputError: a ``record`` path holds no document read.
    """
    if not record:
        return read
    wanted = {Path(path).resolve(): str(path) for path in record}
    found: set[Path] = set()

    def of_record(document: Document) -> bool:
        file = Path(document.path).resolve()
        named = wanted.keys() & {file, *file.parents}
        found.update(named)
        return bool(named)

    documents = tuple(
        replace(document, of_record=True) if of_record(document) else document
        for document in read.documents
    )
    if missing := [shown for path, shown in wanted.items() if path not in found]:
        raise InputError(
            f"--record {missing[0]}: no article was read from it; name a file or folder of the "
            "inputs"
        )
    return replace(read, documents=documents)


def compare_documents(
    documents: Iterable[Document],
    settings: Settings | None = None,
    progress: Progress | None = None,
    single_story: bool = False,
    *,
    framing: bool = True,
    on_read: Callable[[ReadResult], None] | None = None,
) -> Result:
    """Compare documents already in memory (the library entry point behind ``compare_paths``):
    a list, or any iterable of them, as a database cursor's generator of rows made documents.

    A document's text is normalised as the reader normalises a file's (NFC, ``\\n`` ending each
    line), and its sentences' offsets point into the result's document's text. A document that
    carries no ``credits`` gets those its text and ``author`` give, as a file's
    would: its datelines, credit lines ("Reuters contributed to this report.", "With wire
    services") and byline; one that gives a ``published_time`` and no ``published`` date is
    dated by that time's (UTC) day, one that gives only a ``published_local_time`` by its day.
    Its ``source`` is taken on one line (``"Reuters "`` is Reuters), and its ``published_time``
    and ``modified_time``, given with any zone as the reader reads a feed's (an aware
    ``datetime``'s ``isoformat()``, ``"2025-03-11T09:30:00.5+01:00"``), in UTC to the second
    (``"2025-03-11T08:30:00Z"``). A document whose text is empty or only whitespace is skipped, as the reader skips a file or
    record with no text, and listed by its id in the result's ``skipped``; so is one whose text
    holds more than ``compare.read.MAX_ARTICLE_CHARS`` characters, as the reader skips a file
    so long, with its length and the limit as the reason. So is one the stages cannot work
    with, as the reader skips a feed's broken record and reads on (code ``unusable``, the reason naming its
    fault): a field of another type than :class:`Document` declares (a database's null outlet
    or text), an id that is empty or that a document given before has, an empty source, a lone
    surrogate, a date that is no ISO date, a time without its zone. A ``datetime`` or ``date``
    given for a time or date is taken as its ``isoformat()``. ``on_read`` hears what was read
    and skipped, as :func:`compare_paths`'s does, so that
    :func:`compare.run_warnings.read_warnings` says it. Checking and
    normalising the documents and finding their credits is the stage "read", as reading files is
    for :func:`compare_paths`. With no document no stage runs:
    the result is empty, and ``seconds`` names no stage; with no document that has text, only
    "read" does.

    A document's ``text`` is its plain text: HTML in it is compared as words (a feed's
    ``<p>`` tags too), where :func:`compare_paths` takes a web page's article out of its markup.

    The order given is the run's: stories are numbered, and each pair's ``a`` is the document
    given first, as :func:`compare_paths` gives files by path. The same documents in the same
    order give the same result; sort them (by id, say) when they arrive in no fixed order.
    With ``single_story``, every two documents are a pair, as one story: two independent reports
    of one event, which share few words, are then judged ``independent``, where grouping may put
    them in two stories and make no pair of them (``compare pair`` compares two files so).
    ``framing`` is :func:`compare_paths`'s; so is the pause of the cycle collector.

    Raises:
        compare.read.InputError: an item is no :class:`Document` (a dict of its fields, say),
            or no document given can be used, by the first one's fault: a field is of another
            type than :class:`Document` declares (``credits`` may be a list or any sequence of
            strings but one string), its id or source is empty, a field holds a lone surrogate
            (text decoded with ``errors="surrogateescape"``), a date is not an ISO date, or a
            time is not one with its zone.
        TypeError: ``settings`` is no :class:`Settings`.

    >>> a = Document("a", "Wire", "Peskov said NATO is at war with Russia.")
    >>> b = Document("b", "Daily", "Peskov claimed NATO is at war with Russia.")
    >>> result = compare_documents([a, b])
    >>> [(p.verdict.value, m.kind.value) for p in result.pairs for m in p.matches]
    [('derived', 'edited')]
    """
    _check_settings(settings)
    timer = _Timer(progress or _silent)
    read = _read_in_memory(_as_tuple(documents), timer)
    if on_read:
        on_read(read)
    return _compare(read, settings, progress, single_story, dict(timer.seconds), framing)


def compare_against(
    new: Iterable[Document],
    archive: Iterable[Document],
    settings: Settings | None = None,
    progress: Progress | None = None,
    *,
    framing: bool = True,
    on_read: Callable[[ReadResult], None] | None = None,
) -> Result:
    """Compare each ``new`` document with the ``archive``'s documents of its story, as a
    content system checks an article before it is published: the result's ``pairs`` are those
    that hold a new document, as :func:`compare_documents` would find them among all the
    documents, but only the stories that hold a new one (or an archive document sharing a near
    copy with one) are compared, each whole, not every two of the archive.

    The documents are read as :func:`compare_documents` reads them, the new ones first; the
    result's ``documents`` are the new ones and the archive's compared, in that order, and its
    stories, clusters and groups are theirs. A new document's id may be no archive document's:
    an archive document that gives one is skipped. ``on_read`` is :func:`compare_documents`'s.
    Of a new document and an archive's whose direction nothing tells (no record, date, credit
    or kind), the new one is read as the copy (``DirectionBasis.CHECKED``): its framing notes
    name what it changed of the archive's.

    Raises:
        compare.read.InputError: as :func:`compare_documents`, of either list.
        TypeError: ``settings`` is no :class:`Settings`.

    >>> wire = Document("wire", "Wire", "Peskov said NATO is at war with Russia.")
    >>> other = Document("other", "Daily", "Rain fell on Geneva all day on Monday.")
    >>> new = Document("new", "Post", "Peskov claimed NATO is at war with Russia.")
    >>> result = compare_against([new], [wire, other])
    >>> [(p.a, p.b, p.verdict.value) for p in result.pairs]
    [('new', 'wire', 'derived')]
    """
    _check_settings(settings)
    new = _as_tuple(new)
    timer = _Timer(progress or _silent)
    read = _read_in_memory((*new, *_as_tuple(archive)), timer)
    if on_read:
        on_read(read)
    return _compare_against(
        read, {d.id for d in new}, settings, progress, dict(timer.seconds), framing
    )


def compare_paths_against(
    new: str | PathLike[str] | Sequence[str | PathLike[str]],
    archive: str | PathLike[str] | Sequence[str | PathLike[str]],
    settings: Settings | None = None,
    progress: Progress | None = None,
    on_read: Callable[[ReadResult], None] | None = None,
    *,
    framing: bool = True,
    record: Sequence[str | PathLike[str]] = (),
    cache: DiskCache | None = None,
    time_zone: tzinfo | None = None,
) -> Result:
    """:func:`compare_against` of the files under ``new`` and those under ``archive``, read as
    :func:`compare_paths` reads them all (in path order, ids made distinct among them all): a
    file under both is new. ``on_read`` hears what was read, ``record`` names the record and
    ``time_zone`` the zone of times given without one, as :func:`compare_paths`'s do, and
    ``cache`` keeps what each file gives as there: a nightly
    check against a growing archive parses only the files it has not read before. Of a new
    article and an archive's whose direction nothing tells (no ``record``, date, credit or
    kind), the new one is read as the copy (``DirectionBasis.CHECKED``).

    Raises:
        compare.read.InputError: a path does not exist, either is no path nor paths, or no
            document could be read under them all; a ``record`` path holds no document read.
        TypeError: ``settings`` is no :class:`Settings`.
    """
    _check_settings(settings)
    started = time.perf_counter()
    new_paths, archive_paths = _as_paths(new), _as_paths(archive)
    # An archive's byte-for-byte copy of a new article is what a check looks for: each is read.
    read = _zoned(
        read_paths(
            in_path_order([*new_paths, *archive_paths]), (), progress, read_once=False, cache=cache
        ),
        time_zone,
    )
    seconds = {"read": time.perf_counter() - started}
    if on_read:
        on_read(read)
    check_usable(read, [*new_paths, *archive_paths])
    read = _with_record(read, record)
    new_ids = {d.id for d in read.documents if read_from(d, new_paths)}
    return _compare_against(read, new_ids, settings, progress, seconds, framing)


def read_from(document: Document, paths: Sequence[str]) -> bool:
    """Whether ``document`` was read from one of ``paths``: its file or record, or a folder
    holding its file."""
    if document.record in paths:
        return True
    file = Path(os.path.normpath(document.path))
    return any(file.is_relative_to(os.path.normpath(path)) for path in paths)


def _read_in_memory(documents: tuple[Document, ...], timer: _Timer) -> ReadResult:
    """Documents in memory read as the reader reads files: checked, their text normalised and
    searched for credits (about 7% of a run), a stage timed and told as reading is."""
    if not documents:
        return ReadResult((), ())
    with timer("read") as advance:
        usable = _usable(documents)
        fitting = _too_long_skipped(usable.documents)
        given = tuple(map(_as_files_give, tracked(fitting.documents, advance)))
        skipped = (*usable.skipped, *fitting.skipped)
        read = replace(fitting, documents=given, skipped=skipped, unread_dates=usable.unread_dates)
        return outlets_named_alike(_textless_skipped(read))


def _compare_against(
    read: ReadResult,
    new_ids: AbstractSet[str],
    settings: Settings | None,
    progress: Progress | None,
    seconds: dict[str, float],
    framing: bool,
) -> Result:
    """The run behind both ``against`` entry points: the documents of ``read`` grouped into
    stories as a run of them all groups them, and only the stories that hold one of
    ``new_ids`` (or an archive document sharing a near copy with one) compared; the pairs that
    hold a new one kept.

    The archive's stories are whole, as a run of them all has them: a story keeps its
    first-published article, and so its ``key``, though that article shares no sentence with
    the new ones, and an archive article that shares only stock lines or a template's
    sentences filled in for another event with a new one is left out, as the stories leave it
    out of theirs."""
    result = _compare(read, settings, progress, False, seconds, framing, reported=new_ids)
    checked = partial(_new_as_copy, new_ids, result.by_id, result.sentences, framing=framing)
    return replace(
        result,
        pairs=tuple(checked(p) for p in result.pairs if new_ids & {p.a, p.b}),
        across=tuple(checked(p) for p in result.across if new_ids & {p.a, p.b}),
        new=frozenset(new_ids),
    )


def _new_as_copy(
    new_ids: AbstractSet[str],
    by_id: Mapping[str, Document],
    sentences: Mapping[str, Sequence[Sentence]],
    pair: PairComparison,
    *,
    framing: bool,
) -> PairComparison:
    """``pair`` of a new article and an archive's, directed from the archive's to the new one
    (``DirectionBasis.CHECKED``), its headlines' framing named so, when nothing told its
    direction, or only the shares each holds of the other, read as the archive's copying the
    new one: a draft checked against the agency's copy would otherwise read by its ids'
    order, the agency's words as the draft's changes; and an encyclopedia draft, longer than
    any of the papers whose passages it pastes, holds more of each than each holds of it, so
    that shares alone would charge every paper with copying it. The reuse the shares found
    is then charged to the new one as a copy is charged (:func:`overlap.directed_instead`),
    where it does not credit the archive's. Not a pair that
    something keeps undirected: two versions of one article, two fillings of one template, two
    runs of one wire's copy, two copies of a third article (each changed it, not the other),
    or a copy taken through a third article."""
    new_a, new_b = pair.a in new_ids, pair.b in new_ids
    new_id = pair.a if new_a else pair.b
    new_copied = (
        pair.direction_basis is not None
        and pair.direction_basis.by_shares
        and pair.origin == new_id
    )
    if (
        (pair.direction is not None and not new_copied)
        or new_a == new_b
        or pair.same_article
        or pair.template is not None
        or pair.common_wire is not None
        or pair.common_origin is not None
        or pair.taken_through is not None
        or pair.taken_through_unknown is not None
    ):
        return pair
    directed = directed_instead(pair, "b->a" if new_a else "a->b", DirectionBasis.CHECKED)
    a, b = by_id[pair.a], by_id[pair.b]
    if not framing or languages_differ(language_of(a), language_of(b)):
        return directed
    return replace(
        directed,
        headline_framing=_headline_notes(
            directed,
            a.title,
            b.title,
            (sentences[pair.a], sentences[pair.b]),
            language_of(a) or language_of(b),
        ),
    )


def _headline_notes(
    pair: PairComparison,
    a_title: str | None,
    b_title: str | None,
    bodies: tuple[Sequence[Sentence], Sequence[Sentence]],
    language: str | None,
    lede_from: Mapping[str, str] | None = None,
) -> tuple[FramingNote, ...]:
    """The framing notes of ``pair``'s headlines (:func:`headlines.headline_framing`), read in
    their articles' ``language``, where one
    of the two took text from the other: a sentence, verbatim or edited, or its headline; or
    where they are versions of one article. Two outlets' own summaries of one event share
    phrasing at most, and their direction, told by time alone, says who wrote later, not whose
    headline the other changed: "Hundreds arrested as Valmora erupts" is no change of "Rioters
    injure 23 officers", which its outlet never read (acceptance round 37, d8). Nor where the
    two are judged independent: a short sentence both took from one statement, or a short
    headline both happen to write, makes no headline of one a change of the other's, as the
    verdict says (a village's own report of an exam protest was "headline: number removed
    ('नौ')" against the agency's arrests; acceptance round 37 retest, R2).

    Given ``lede_from`` (:func:`provenance.lede_origins`), a copy's headline is read against
    the article it took its lede from, which its headline sums up, not against each article it
    took a later sentence from, nor one that shares sentences it took from a third (the
    acceptance round 37 retest's O2: "Dozens injured as inferno tears through Brennick factory",
    its lede the wire's, was read against a paper's "At least 3 dead" too); a record (the pair's
    direction told by ``--record``) is read against each article that took text from it. Each
    article's sentences (``bodies``) tell the figures its headline leaves to its text."""
    took_text = pair.a_in_b > 0 or pair.b_in_a > 0
    if lede_from is not None and pair.direction_basis is not DirectionBasis.RECORD:
        took_text = pair.copy is not None and lede_from.get(pair.copy) == pair.origin
    shared = pair.verdict is not Verdict.INDEPENDENT and (took_text or pair.headline is not None)
    if not (shared or pair.same_article):
        return ()
    return headline_framing(pair, a_title, b_title, language, bodies=bodies)


def _as_files_give(document: Document) -> Document:
    """A document in memory with what the reader gives a file's: its text normalised as the
    reader's (an NFD copy of an article is a copy), its source on one line, its credits found
    in its text where it gives none, its links with the addresses its text writes out, its times in UTC as ``YYYY-MM-DDTHH:MM:SSZ`` (the offset its publication was given at kept as
    its ``published_offset``), a
    date beside its time, and its language as its ISO 639 code (``es`` of ``es-MX``)."""
    if (text := article_text(document.text)) != document.text:
        document = replace(document, text=text)
    # A field is one line, as the reader reads a record's: "Reuters " is Reuters' outlet.
    if (source := " ".join(document.source.split())) != document.source:
        document = replace(document, source=source)
    times = (document.published_time, document.modified_time)
    in_utc = tuple(moment and _in_utc(moment) for moment in times)
    if in_utc != times:
        # The offset a time was given at dates the article as it showed itself, beside UTC.
        offset = document.published_offset or (
            document.published_time and time_offset(document.published_time)
        )
        document = replace(
            document,
            published_time=in_utc[0],
            modified_time=in_utc[1],
            published_offset=offset if in_utc[0] else None,
        )
    if not document.credits:
        credits = find_credits(document.text, document.author, outlet=document.source)
        document = replace(document, credits=credits)
    if (links := with_written_links(document.links, document.text)) != document.links:
        document = replace(document, links=links)
    if document.published is None and (
        moment := document.published_time or document.published_local_time
    ):
        document = replace(document, published=moment[:10])
    # A notebook's str(pandas.Timestamp) for the date: its day is the date.
    if document.published and (day := iso_day(document.published)) not in (
        None,
        document.published,
    ):
        document = replace(document, published=day)
    if (language := language_code(document.language)) != document.language:
        document = replace(document, language=language)
    return document


def _compare(
    read: ReadResult,
    settings: Settings | None,
    progress: Progress | None,
    single_story: bool,
    seconds: dict[str, float],
    framing: bool,
    reported: AbstractSet[str] | None = None,
) -> Result:
    """The run behind both entry points; what reading skipped and ``seconds`` come with the
    documents, so that the result (and its indexes of millions of records) is built once.
    With ``reported``, only the stories that hold one of those documents are compared, and
    framing is named only in their pairs (see :func:`_run_stages`)."""
    documents = read.documents
    settings = settings or Settings()
    if not documents:
        # No stage has anything to do: a log should not show each of them doing nothing.
        return Result(
            documents=(),
            sentences={},
            skipped=read.skipped,
            unread_dates=read.unread_dates,
            stories=(),
            pairs=(),
            profiles={},
            boilerplate=frozenset(),
            sampled_sentences=0,
            settings=settings,
            terms=added_terms(),
            single_story=single_story,
            seconds=seconds,
        )
    with _collector_paused():
        return _run_stages(read, settings, progress, single_story, seconds, framing, reported)


def _run_stages(
    read: ReadResult,
    settings: Settings,
    progress: Progress | None,
    single_story: bool,
    read_seconds: dict[str, float],
    framing: bool,
    reported: AbstractSet[str] | None = None,
) -> Result:
    """The stages, in order. ``reported`` (the new documents of a check against an archive)
    leaves out the stories that hold none of them, and names framing only in the pairs that
    hold one: the other pairs of their stories are measured all the same, as their verdicts and
    directions tell whether a reported pair's shared text came from a third article."""
    documents = read.documents
    timer = _Timer(progress or _silent)
    with timer("segment") as advance:
        sentences = cut_as_read(documents, _segment_each_text_once(tracked(documents, advance)))
        pooled = [s for d in documents for s in sentences[d.id]]
    with timer("fingerprint") as advance:
        signature_rows = signatures(pooled, settings, advance)
    with timer("find boilerplate") as advance:
        # One pattern search a sentence: too quick to count as it goes, but shown as a stage.
        editors_notes = find_notes(documents, sentences)
        boilerplate = find_boilerplate(documents, sentences, editors_notes)
        advance(len(pooled), len(pooled))
    with timer("link versions") as advance:
        documents = link_versions(link_named_versions(documents), sentences, boilerplate, settings)
        advance(len(documents), len(documents))
    with timer("tell languages") as advance:
        # Asked once an article: by the grouping, which judges a join on pairs in one language,
        # and by the pairs' framing below.
        languages = {d.id: language_of(d) for d in tracked(documents, advance)}
    if single_story:
        with timer("group stories") as advance:
            stories = one_story(documents, sentences)
            sampled = np.zeros(0, dtype=np.int64)
            largest_cut = 0
            sharing: AbstractSet[tuple[str, str]] = frozenset()
            apart: Sequence[KeptApart] = ()
            advance(len(documents), len(documents))
        # One story holds no phrasing stock across stories.
        stock: frozenset[tuple[str, ...]] = frozenset()
    else:
        # The near copies (millions of pairs in a large run) and the terms (a Counter an
        # article) go as soon as their stage is done.
        with timer("find near copies") as advance:
            near_copies = find_candidates(
                pooled, signature_rows, settings, COPY_JACCARD, advance=advance
            )
            sampled, largest_cut = near_copies.sampled, near_copies.largest_cut
        with timer("link copies") as advance:
            published = {d.id: d.published for d in documents}
            links = copy_links(
                pooled,
                near_copies.pairs,
                boilerplate,
                published,
                {d.id: d.title for d in documents},
                settings.story_max_days,
                advance,
            )
            del near_copies
            sharing, apart = links.sharing, links.apart
        with timer("find story terms") as advance:
            untelling = boilerplate | links.stock
            terms = {
                d.id: story_terms(d, sentences[d.id], untelling)
                for d in tracked(documents, advance)
            }
            names = run_names(documents, sentences, terms)
            if names:
                terms.update(
                    (d.id, story_terms(d, sentences[d.id], untelling, names))
                    for d in documents
                    if caseless(sentences[d.id])
                )
        with timer("group stories") as advance:
            stories = group_stories(
                documents,
                sentences,
                terms,
                links.pairs,
                settings,
                advance,
                links.other_days,
                languages,
                names,
            )
            del terms
        # Counted over every story read, before a check against an archive keeps those it
        # reports: a phrase is as stock in a run of today's articles alone as against the archive.
        with timer("find stock phrases") as advance:
            stock = stock_phrases(stories, sentences, boilerplate)
            advance(len(stories), len(stories))
    across = _across_stories(sharing, stories, documents)
    if reported is not None:
        # A reported document's partners in other stories are measured with their stories, as
        # a reported document's are with its own.
        across = [pair for pair in across if not reported.isdisjoint(pair)]
        apart = [pair for pair in apart if not reported.isdisjoint((pair.a, pair.b))]
        wanted = reported | {d for pair in across for d in pair}
        stories = tuple(s for s in stories if not wanted.isdisjoint(s.documents))
        kept = {d for story in stories for d in story.documents}
        documents = tuple(d for d in documents if d.id in kept)
        rows_kept = np.array([n for n, s in enumerate(pooled) if s.doc in kept], dtype=np.int64)
        # The sentences sampled so far, numbered among those kept, as the next passes number them.
        sampled = np.flatnonzero(np.isin(rows_kept, sampled))
        pooled = [pooled[n] for n in rows_kept]
        signature_rows = signature_rows[rows_kept]
        sentences = {d: found for d, found in sentences.items() if d in kept}
        editors_notes = {d: found for d, found in editors_notes.items() if d in kept}
        boilerplate = frozenset(line for line in boilerplate if line[0] in kept)
    by_id = {d.id: d for d in documents}
    in_boilerplate = boilerplate_indexes(by_id, sentences, boilerplate)
    text_of = text_numbers(documents, in_boilerplate)
    with timer("find candidates") as advance:
        story_of = {d: n for n, story in enumerate(stories) for d in story.documents}
        told = _telling_documents(stories, text_of)
        # Documents of one story that print one text propose the sentence pairs of its first
        # one: only those are banded, so that the copies of a wire story hundreds of outlets
        # print make a pair of texts each, not a pair of sentences for every two outlets.
        rows = np.array([n for n, s in enumerate(pooled) if told[s.doc] == s.doc], dtype=np.int64)
        telling = [pooled[n] for n in rows]
        in_story = np.array([story_of[s.doc] for s in telling], dtype=np.int64)
        candidates = find_candidates(
            telling, signature_rows[rows], settings, groups=in_story, advance=advance
        )
        # Numbered among the whole run's sentences, a sentence both passes cut counts once.
        sampled = np.union1d(sampled, rows[candidates.sampled])
        in_stories = _proposals_by_pair(
            telling, _between_news(candidates.pairs, telling, boilerplate).tolist()
        )
        across_proposed, across_candidates = _proposals_across(
            pooled, signature_rows, {(told[a], told[b]) for a, b in across}, boilerplate, settings
        )
        sampled = np.union1d(sampled, across_candidates.sampled)
        largest_cut = max(largest_cut, candidates.largest_cut, across_candidates.largest_cut)
    proposals = _Proposals(in_stories | across_proposed, told)
    # Every match of every pair is held from here on: what only the stages above needed goes
    # now (at 10,000 articles the signatures alone are 160 MB).
    del signature_rows, candidates, telling, rows
    # Each pair across stories is aligned and measured as a story of its own two documents,
    # then told apart from the stories' pairs by that story (see _across_story).
    between = [_across_story(story_of, stories, a, b) for a, b in across]
    work = [
        (story, a, b) for story in (*stories, *between) for a, b in combinations(story.documents, 2)
    ]
    with timer("align") as advance:
        judged = _StoryMemo[Judgement]()
        # One alignment for each pair of texts (with the candidates between them) a story holds,
        # and for each pair of documents the number of its texts' alignment: a story of
        # hundreds of outlets that print one wire copy holds few pairs of texts.
        alignments: list[Alignment] = []
        aligned_in: list[Story] = []
        alignment_of: list[int] = []
        for story, its_pairs in groupby(tracked(work, advance), key=itemgetter(0)):
            # A story's pairs of documents come together, and its pairs of texts repeat within it
            # alone: numbered story by story, as _StoryMemo keeps its finds, they take memory
            # bounded by a story, not by the run.
            numbered: dict[_TextPair, int] = {}
            printed = PrintedApart.of(
                sentences[doc] for doc in dict.fromkeys(told[d] for d in story.documents)
            )
            for _, a, b in its_pairs:
                proposed = proposals.between(a, b)
                twins = by_id[a].text == by_id[b].text
                titles = (None, None) if twins else (by_id[a].title, by_id[b].title)
                number = numbered.setdefault(
                    (text_of[a], text_of[b], proposed, titles), len(alignments)
                )
                if number == len(alignments):
                    alignments.append(
                        align_twins(sentences[a], sentences[b])
                        if twins
                        else align_pair(
                            sentences[a],
                            sentences[b],
                            proposed,
                            settings,
                            judged.of(story),
                            printed,
                            (_headline_of(titles[0], a), _headline_of(titles[1], b)),
                        )
                    )
                    aligned_in.append(story)
                alignment_of.append(number)
    del proposals, judged
    with timer("diff words") as advance:
        diffs = _StoryMemo[tuple[WordEdit, ...]]()
        edits = [
            [diffs.get(story, word_edits, m.a.text, m.b.text) for m in found.matches]
            for story, found in zip(aligned_in, tracked(alignments, advance), strict=True)
        ]
    # A pair in two languages is no rewrite of one text: "informó" against "informou" removes
    # no attribution, and a quotation translated is no other quotation. Its framing goes
    # unnamed, numbers too, as a translation writes "nesta segunda-feira (3)" for "3 de marzo".
    one_language = {
        n
        for (_, a, b), n in zip(work, alignment_of, strict=True)
        if not languages_differ(languages[a], languages[b])
    }
    # The names each story's texts in mixed case spell, which its sentences set in capitals are
    # read with: asked by the profiles and by every measure of a story's sides.
    names_in = names_of_stories((*stories, *between), sentences)
    # A pair of documents is read with misreads undone where either reads as scanned, and as
    # written where neither does; a sentence of a scan need not show the signs its document does
    # ("the rnine," said Sirnon). Told once a document, for framing, overlap and the reports.
    scanned = frozenset(d.id for d in documents if reads_as_scanned(d.text))
    if framing:
        # A transcript without punctuation (speech-to-text's, a caption dump's) writes no
        # quotation marks: a sound bite it carries is no quotation turned into paraphrase.
        unmarked = frozenset(d.id for d in documents if unpunctuated(d.text))
        with timer("name framing") as advance:
            # One memo for each reading: as scanned or not, in each language.
            notes: defaultdict[tuple[bool, str | None], _StoryMemo[tuple[FramingNote, ...]]]
            notes = defaultdict(_StoryMemo)
            matches = _detailed(
                aligned_in,
                tracked(alignments, advance),
                edits,
                lambda story, scan, language, a_text, b_text: notes[scan, language].get(
                    story,
                    partial(_placed_framing_and_names, scanned=scan, language=language),
                    a_text,
                    b_text,
                ),
                {
                    n
                    for (_, a, b), n in zip(work, alignment_of, strict=True)
                    if a in scanned or b in scanned
                },
                {
                    n: languages[a] or languages[b]
                    for (_, a, b), n in zip(work, alignment_of, strict=True)
                },
                one_language
                if reported is None
                else {
                    n
                    for (_, a, b), n in zip(work, alignment_of, strict=True)
                    if {a, b} & reported and n in one_language
                },
                {
                    n: (a in unmarked, b in unmarked)
                    for (_, a, b), n in zip(work, alignment_of, strict=True)
                    if a in unmarked or b in unmarked
                },
            )
            matches = _identities_named_elsewhere_dropped(
                matches,
                {
                    n: (by_id[a].text, by_id[b].text)
                    for (_, a, b), n in zip(work, alignment_of, strict=True)
                },
            )
        with timer("profile framing") as advance:
            profiles = {
                d.id: framing_profile(
                    d, sentences[d.id], boilerplate, names_in[stories[story_of[d.id]].id]
                )
                for d in tracked(documents, advance)
            }
    else:
        # Too quick to count as a stage: a record a match.
        matches = _detailed(aligned_in, alignments, edits, _unframed, set(), {})
        profiles = {}
    closest = [alignment.closest_similarity for alignment in alignments]
    del alignments, aligned_in, edits
    with timer("measure overlap") as advance:
        measure = partial(
            _measured_stories,
            by_id=by_id,
            sentences=sentences,
            in_boilerplate=in_boilerplate,
            matches=matches,
            closest=closest,
            settings=settings,
            # What each pair of texts shares is read from their texts alone: measured once,
            # and not again for the stories measured a second time below (those of a backdating
            # outlet's articles: most of a feed where one outlet is caught).
            shared={},
            names_in=names_in,
            stock=stock,
            scanned=scanned,
            # A pair across stories is measured as a story of its own two documents: whose own
            # copy is in the run is asked of the run.
            own_copies=agencies_with_own_copy(documents),
        )
        measured, releases = measure(zip(tracked(work, advance), alignment_of, strict=True), {}, {})
        # A weekday that an article dated before it carries too, in any story, is the week
        # before's: the stories where it set a date aside are measured again.
        witnessed = weekdays_witnessed((p for found in measured.values() for p in found), by_id)
        measured |= _measured_again(
            measure,
            work,
            alignment_of,
            {
                story
                for story, found in measured.items()
                if any(p.date_set_aside and p.date_set_aside.doc in witnessed for p in found)
            },
            {},
            witnessed,
        )
        # An outlet that its own text caught backdating in some stories is not trusted to have
        # published first by its dates in any: the stories of its articles are measured again.
        backdating = backdating_outlets(
            documents, (p for found in measured.values() for p in found)
        )
        measured |= _measured_again(
            measure,
            work,
            alignment_of,
            {
                story.id
                for story in (*stories, *between)
                if not backdating.keys().isdisjoint(story.documents)
            },
            backdating,
            witnessed,
        )
        pairs = tuple(p for story in (*stories, *between) for p in measured.get(story.id, ()))
        # A quotation two articles share is told apart by whether any other of the run carries
        # it: an article of another story may.
        pairs = quotation_carriers(pairs, sentences)
        if framing:
            # Whom a quotation was told to is read by outlet, which a pair's texts alone, and
            # so the notes named above, do not know.
            pairs = tuple(
                p
                if languages_differ(languages[p.a], languages[p.b])
                else with_quotations_altered(
                    # A quotation both carry in sentences the aligner did not pair, framed by
                    # its verb; one that alters or joins another's, held against them all.
                    with_quotation_verbs(
                        without_figures_told_beside(
                            with_outlet_notes(p, by_id[p.a].source, by_id[p.b].source),
                            sentences[p.a],
                            sentences[p.b],
                        ),
                        sentences[p.a],
                        sentences[p.b],
                    ),
                    sentences[p.a],
                    sentences[p.b],
                )
                for p in pairs
            )
    del matches, alignment_of, measure
    of_stories = len(pairs) - len(between)
    pairs, across_pairs = pairs[:of_stories], _shared_across(pairs[of_stories:], story_of, stories)
    run = Result(
        documents=documents,
        sentences=sentences,
        skipped=read.skipped,
        unread_dates=read.unread_dates,
        stories=(),
        pairs=(),
        profiles=profiles,
        boilerplate=boilerplate,
        sampled_sentences=len(sampled),
        sampled_documents=tuple(dict.fromkeys(pooled[n].doc for n in sampled)),
        largest_sampled_bucket=largest_cut,
        settings=settings,
        releases=releases,
        notes=editors_notes,
        terms=added_terms(),
        single_story=single_story,
        scanned=scanned,
        apart=tuple(apart),
    )
    pairs_of = {
        story: dates_against_wording(story_pairs)
        for story, story_pairs in by_story(pairs, stories).items()
    }
    groups_of: dict[str, tuple[SentenceGroup, ...]] = {}
    taken: dict[str, tuple[Taken, ...]] = {}
    revised_of: dict[str, tuple[PairComparison, ...]] = {}
    cycles: tuple[DirectionCycle, ...] = ()
    # Directions that still go round (A reuses B, B reuses C, C reuses A) once those of two
    # copies of a common origin are revised lose the weakest of each cycle, and the sentences of
    # those stories are grouped and who copied whom traced again without them, so that every
    # report reads one order. Few runs hold one, and few of their stories: the other stories'
    # pairs, and so their groups and trace, are as they were, and are not made again.
    tracing = stories
    while tracing:
        with timer("group sentences") as advance:
            groups_of |= {
                story.id: tuple(
                    group_sentences(
                        story,
                        by_id,
                        sentences,
                        pairs_of[story.id],
                        boilerplate,
                        Precedence.of(by_id, pairs_of[story.id], story, run.releases.keys()).origin,
                    )
                )
                for story in tracked(tracing, advance)
            }
        # The pairs as measured, with the stories' groups, tell who took from whom: what the
        # pairs of two copies of one origin are revised by, and what every report says of it.
        as_measured = replace(
            run,
            stories=tracing,
            pairs=tuple(p for story in tracing for p in pairs_of[story.id]),
            groups=tuple(g for story in tracing for g in groups_of[story.id]),
        )
        with timer("trace who copied whom") as advance:
            taken |= who_copied_whom(as_measured, advance)
        with timer("weigh common origins") as advance:
            revised = through_common_origins(as_measured, taken, advance)
        revised_of |= by_story(revised, tracing)
        found = direction_cycles(revised, tracing)
        cycles += found
        again = {cycle.story for cycle in found}
        tracing = tuple(story for story in tracing if story.id in again)
        pairs_of |= {story.id: without_links(pairs_of[story.id], found) for story in tracing}
    pairs = tuple(p for story in stories for p in revised_of[story.id])
    # Two copies of one release in two stories share its text, not each other's.
    across_pairs = across_common_origins(
        across_pairs, taken, {d: story.id for story in stories for d in story.documents}, run
    )
    with timer("cluster near-duplicates") as advance:
        clusters = cluster_near_duplicates(documents, sentences, pairs, boilerplate)
        advance(len(documents), len(documents))
    figures: tuple[DifferingFigure, ...] = ()
    claims: tuple[HeadlineClaim, ...] = ()
    directly = taken_directly(taken, pairs)
    if framing:
        with timer("compare figures") as advance:
            pairs_of = by_story(pairs, stories)
            figures = tuple(
                figure
                for story in tracked(stories, advance)
                for figure in differing_figures(
                    story,
                    sentences,
                    pairs_of[story.id],
                    boilerplate,
                    superseded(by_id[d] for d in story.documents),
                    {d: by_id[d].source for d in story.documents},
                    {d for d in story.documents if by_id[d].of_record},
                )
            )
        with timer("check headlines") as advance:
            # The word lists read English: a headline in another language is not checked.
            claims = tuple(
                claim
                for d in tracked(documents, advance)
                if languages[d.id] == "en" and not spoken(d)
                for claim in headline_claims(
                    d.id,
                    d.title,
                    [s for s in sentences[d.id] if (d.id, s.index) not in boilerplate],
                )
            )
        # Named once the directions are final: a headline's notes read as its copy changed it.
        # A broadcast's title names its programme ("KVRN News at Six"), no headline of its story.
        headlines = {d: None if spoken(by_id[d]) else by_id[d].title for d in by_id}
        lede_from = lede_origins(directly)
        pairs = tuple(
            replace(p, headline_framing=headline_notes)
            if not languages_differ(languages[p.a], languages[p.b])
            and (
                headline_notes := _headline_notes(
                    p,
                    headlines[p.a],
                    headlines[p.b],
                    (sentences[p.a], sentences[p.b]),
                    languages[p.a] or languages[p.b],
                    lede_from,
                )
            )
            else p
            for p in pairs
        )
    traced = replace(
        run,
        stories=retitled(stories, by_id, sentences, pairs),
        pairs=pairs,
        groups=tuple(g for story in stories for g in groups_of[story.id]),
        taken=directly,
        across=across_pairs,
        clusters=clusters,
        cycles=cycles,
        figures=figures,
        headline_claims=claims,
    )
    with timer("find stale copies") as advance:
        stale = stale_copies(traced, advance)
    return replace(traced, stale=stale, seconds={**read_seconds, **timer.seconds})


def _measured_again(
    measure: Callable[..., tuple[dict[str, list[PairComparison]], dict[str, PressRelease]]],
    work: Sequence[tuple[Story, str, str]],
    alignment_of: Sequence[int],
    again: AbstractSet[str],
    backdating: Mapping[str, tuple[str, ...]],
    witnessed: Mapping[str, frozenset[int]],
) -> dict[str, list[PairComparison]]:
    """The pairs of the stories ``again`` names, by id, measured anew (``measure``: see
    :func:`_measured_stories`) with the outlets caught ``backdating`` and the weekdays
    ``witnessed``; none when it names none."""
    if not again:
        return {}
    remeasured, _ = measure(
        (item for item in zip(work, alignment_of, strict=True) if item[0][0].id in again),
        backdating,
        witnessed,
    )
    return remeasured


def _measured_stories(
    to_measure: Iterable[tuple[tuple[Story, str, str], int]],
    backdating: Mapping[str, tuple[str, ...]],
    witnessed: Mapping[str, frozenset[int]],
    *,
    by_id: Mapping[str, Document],
    sentences: Mapping[str, Sequence[Sentence]],
    in_boilerplate: Mapping[str, frozenset[int]],
    matches: Sequence[Sequence[Match]],
    closest: Sequence[float],
    settings: Settings,
    shared: dict[int, TextOverlap],
    names_in: Mapping[str, tuple[str, ...]],
    stock: AbstractSet[tuple[str, ...]],
    scanned: AbstractSet[str],
    own_copies: AbstractSet[str],
) -> tuple[dict[str, list[PairComparison]], dict[str, PressRelease]]:
    """The pairs of each story whose work (a pair of its documents and the number of their
    texts' alignment) ``to_measure`` holds, by the story's id (see :func:`_measured_story`), and
    the press releases among their documents, each story's sides read with the names its texts
    in mixed case spell (``names_in``), the run's ``stock`` phrases counting in none (see
    :func:`overlap.stock_phrases`) and the ``scanned`` documents told (see
    :func:`misreads.reads_as_scanned`), knowing the news agencies whose own copy the run holds
    (``own_copies``: see :func:`disclosure.agencies_with_own_copy`); ``shared`` keeps what each
    pair of texts shares, by the number of their alignment, from one call to the next."""
    measured: dict[str, list[PairComparison]] = {}
    releases: dict[str, PressRelease] = {}
    long_sides = LongSides()
    for story, its_work in groupby(to_measure, key=lambda item: item[0][0]):
        # "The Gazette" cites the one outlet of the story so called, and none where several
        # are: a Gazette of another story is no reader's thought, and `compare pair` sees none.
        shared_short_names = namesakes(by_id[d].source for d in story.documents)
        # A story's documents' sides replace the last story's, so that only one story's phrases
        # are held at a time (all of them took 590 MB at 10,000 articles); only a very long
        # document's is kept, as it is asked again in each of its pairs across stories.
        vocabulary: dict[tuple[str, ...], int] = {}
        sides = {
            d: long_sides.of(
                by_id[d],
                sentences[d],
                in_boilerplate[d],
                vocabulary,
                names_in[story.id],
                shared_short_names,
                stock,
                scanned=d in scanned,
            )
            for d in story.documents
        }
        # Whether a document is a press release is told once, by its side; the reports name the
        # releases.
        releases |= {d: PressRelease(side.issuer) for d, side in sides.items() if side.released}
        # The story's pairs are taken one by one as they are measured, so that progress tells
        # them measured: the 11,175 pairs of a story of 150 articles take minutes.
        measured[story.id] = _measured_story(
            story,
            ((a, b, n) for (_, a, b), n in its_work),
            sides,
            EarlierSources(sides, vocabulary),
            matches,
            closest,
            settings,
            backdating,
            witnessed,
            shared,
            own_copies,
        )
    return measured, releases


def _measured_story(
    story: Story,
    numbered: Iterable[tuple[str, str, int]],
    sides: Mapping[str, Side],
    earlier: EarlierSources,
    matches: Sequence[Sequence[Match]],
    closest: Sequence[float],
    settings: Settings,
    backdating: Mapping[str, tuple[str, ...]],
    witnessed: Mapping[str, frozenset[int]],
    shared: dict[int, TextOverlap],
    own_copies: AbstractSet[str],
) -> list[PairComparison]:
    """The pairs of one story's documents, each ``a``, ``b`` and the number of their texts'
    alignment (whose ``matches`` and ``closest`` similarity are listed by it), taken from
    ``numbered`` one at a time as each is measured, each without the phrases it shares with
    the other that a record another outlet published before both quotes (see
    ``overlap.EarlierSources``). An agency's text
    that a copy crediting it was published before was out by then (``overlap.out_by_credit``):
    its pairs are measured again with it dated so; and those of a text that the story's other
    articles credit (``overlap.credited_by_others``), which may tell the direction where no date
    does. A pair that shares only phrasing with a copy of a third article, in the sentences the
    copy took from it, is measured again with the copy dated as that article
    (``overlap.out_by_origins``). A later version of an article was not out before it was modified
    (``overlap.compare_pair``'s ``modified_texts``); an article of an outlet caught backdating
    (``overlap.backdating_outlets``) is not first by its date. A pair whose template is a name
    one outlet corrected (``overlap.names_corrected``) is measured again as one report; and one
    whose side credits the other, of an outlet with several texts in the story, against what it
    took from all of them (``overlap.taken_from_outlets``): a self-reference pasted from one is
    no credit of any. A client's reprint is no origin by its kept dateline of an agency among
    ``own_copies`` (see ``overlap.compare_pair``). What each pair of texts shares is taken from
    ``shared``, by the number of their alignment, where an earlier measure put it, and put
    there otherwise."""
    modified_texts = out_when_modified(side.document for side in sides.values())
    agencies = {side.document.source for side in sides.values() if side.agency}

    def measure(
        a: str,
        b: str,
        number: int,
        out_by: Mapping[str, Document],
        credited_by: Mapping[str, frozenset[str]],
        corrected: AbstractSet[frozenset[str]] = frozenset(),
        outlets_taken: OutletsTaken | None = None,
    ) -> PairComparison:
        side_a, side_b = earlier.set_aside(a, b)
        if number not in shared:
            shared[number] = text_overlap(side_a, side_b, matches[number], settings)
        return compare_pair(
            side_a,
            side_b,
            shared[number],
            story.id,
            closest[number],
            settings,
            out_by,
            modified_texts,
            credited_by,
            backdating,
            frozenset((a, b)) in corrected,
            outlets_taken,
            agencies,
            witnessed,
            own_copies,
        )

    pairs: list[tuple[str, str, int]] = []
    first = []
    for a, b, number in numbered:
        pairs.append((a, b, number))
        first.append(measure(a, b, number, {}, {}))
    outlets_taken = taken_from_outlets(first, sides)
    out_by = out_by_credit(first, {doc: side.document for doc, side in sides.items()})
    credited_by = credited_by_others(first, sides, outlets_taken)
    corrected = names_corrected(first, sides)
    by_origins = out_by_origins(first, sides, out_by)
    again = out_by.keys() | credited_by.keys()
    return [
        measure(
            a,
            b,
            number,
            {**out_by, **by_origins.get(frozenset((a, b)), {})},
            credited_by,
            corrected,
            outlets_taken,
        )
        if again & {a, b}
        or frozenset((a, b)) in corrected
        or frozenset((a, b)) in by_origins
        or credits_an_outlet_of_several(found, sides, outlets_taken)
        else found
        for (a, b, number), found in zip(pairs, first, strict=True)
    ]


def render(
    result: Result,
    out: str | PathLike[str],
    format: ReportFormat | str = ReportFormat.MD,
    progress: Progress | None = None,
    *,
    every_match: bool = False,
    focus: str | None = None,
    csv_bom: bool = False,
) -> list[Path]:
    """The last stage: write the reports of ``result`` into ``out``, in ``format`` ("md",
    "json" or "all"); the paths written. With ``every_match``, report.json lists the matches
    of every pair, a wide story's pairs that share only a third article's text too. With
    ``focus``, the id of one of its documents (``compare.focus.focus_article`` finds it by id
    or outlet), the Markdown reports add that article's focus page, ``focus-<id>.md``: its
    story read from its side. With ``csv_bom``, the CSV files open with a UTF-8 byte-order
    mark, for Excel.

    As ``compare run --out`` does, it removes the reports an earlier call (or run) wrote into
    ``out`` that this one does not write: a story page of a story gone, or ``report.json``,
    ``edges.csv`` and ``framing.csv`` when this call writes "md". Write each format into a folder of its own to keep both, or write
    "all". Files compare did not write are never touched: ``ReportError`` names any in the way.
    The cycle collector is paused while it writes, as :func:`compare_paths` pauses it (20-30% of
    writing a large run's reports, else).

    Raises:
        compare.report.write.ReportError: the reports cannot be written.
        ValueError: ``format`` is none of those.
    """
    with _collector_paused():
        return write_reports(
            render_reports(
                result, ReportFormat(format), every_match=every_match, focus=focus, csv_bom=csv_bom
            ),
            Path(out),
            progress,
        )


def _check_settings(settings: object) -> None:
    """Refuse settings given as anything but :class:`Settings` (a dict of its fields, say),
    which a stage would trip over with an AttributeError."""
    if settings is not None and not isinstance(settings, Settings):
        raise TypeError(
            f"settings must be a Settings, as Settings(min_similarity=90), or None, "
            f"got {type(settings).__name__}"
        )


def _as_paths(paths: object) -> list[str]:
    """The paths given to :func:`compare_paths`, one or several, as strings; a value that is
    none, ``None`` or ``bytes`` (whose numbers would be taken for paths), is refused as
    :func:`_as_tuple` refuses what holds no documents."""
    given = [paths] if isinstance(paths, str | PathLike) else paths
    if isinstance(given, bytes | bytearray) or not isinstance(given, Iterable):
        raise InputError(
            "paths must be a path (a str or os.PathLike) or a list or any iterable of them, "
            f"got {type(paths).__name__}"
        )
    named = []
    for index, path in enumerate(given):
        name = os.fspath(path) if isinstance(path, str | PathLike) else None
        if not isinstance(name, str):
            raise InputError(
                f"the path at index {index} must be a str or os.PathLike, got {type(path).__name__}"
            )
        named.append(name)
    return named


def _as_tuple(documents: Iterable[Document]) -> tuple[Document, ...]:
    """The documents given, read once (a cursor's generator is read as it comes); a value that
    holds none, ``None``, a number or one document given in their place, is refused as
    :func:`_check_documents` refuses a wrong item."""
    try:
        return tuple(documents)
    except TypeError:
        raise InputError(
            f"documents must be Documents in a list or any iterable, got {type(documents).__name__}"
        ) from None


def _usable(documents: Sequence[Document]) -> ReadResult:
    """The documents the stages can work with, and the others skipped by their ids (or places)
    with the reason, as the reader skips a feed's broken record and reads on: a database row
    with a null outlet or text, an id given before, a time that is not one. An item that is no
    :class:`Document` is refused, and so is a batch none of whose documents can be used, by the
    first one's fault, as :func:`compare_paths` refuses a run that read no document."""
    seen: set[str] = set()
    usable: list[Document] = []
    skipped: list[Skipped] = []
    unread: list[UnreadDate] = []
    for index, document in enumerate(documents):
        if not isinstance(document, Document):
            raise InputError(
                f"the item at index {index} must be a Document, got {type(document).__name__}"
            )
        try:
            _check_types(document, index)
            document, not_dates = _undated_where_unread(document)
            _check_document(document, index, seen)
        except InputError as fault:
            skipped.append(Skipped(_place(document, index), str(fault), SkipReason.UNUSABLE))
        else:
            seen.add(document.id)
            usable.append(document)
            unread += (UnreadDate(document.id, value, document.id) for value in not_dates)
    if skipped and not usable:
        raise InputError(skipped[0].reason)
    return ReadResult(tuple(usable), tuple(skipped), tuple(unread))


def _undated_where_unread(document: Document) -> tuple[Document, tuple[str, ...]]:
    """``document`` with each date or time it gives that is none counted as not given, as the
    reader counts a record's ("32/13/2026": one bad field never costs the article), and those
    values; a time without its zone given for one with its zone is its local time, as a feed's
    is read, and a date written otherwise than ISO's is read as a feed's is ("March 10, 2026").

    >>> undated = _undated_where_unread(Document("e", "Post", "Talks ended.", published="32/13/2026",
    ...     published_time="2026-03-10 09:00:00"))
    >>> undated[0].published, undated[0].published_time, undated[0].published_local_time, undated[1]
    (None, None, '2026-03-10T09:00:00', ('32/13/2026',))
    >>> _undated_where_unread(Document("e", "Post", "Talks ended.", published_time="2026-03-10 "
    ...     "09:00:00", published_local_time="2026-03-10T10:00:00"))[0].published_local_time
    '2026-03-10T10:00:00'
    >>> _undated_where_unread(Document("e", "Post", "Talks ended.", published_time="2026-03-10 "
    ...     "09:00:00", published_local_time="2026-03-10T10:00:00"))[1]
    ()
    """
    fields: dict[str, Any] = {}
    unread: list[str] = []
    for zoned, local in [
        ("published_time", "published_local_time"),
        ("modified_time", "modified_local_time"),
    ]:
        given = getattr(document, local)
        if given is not None and (as_read := local_time_field(given)) != given:
            fields[local] = as_read
            if as_read is None:
                unread.append(given)
            given = as_read
        moment = getattr(document, zoned)
        if moment is None or _in_utc(moment) is not None:
            continue
        fields[zoned] = None
        # A time without its zone that reads is a local time, which one given as such outranks.
        as_local = local_time_field(moment)
        if as_local is None:
            unread.append(moment)
        elif given is None:
            fields[local] = as_local
    day = document.published
    if day is not None and iso_day(day) is None and date_field(day) != day:
        fields["published"] = date_field(day)
        if fields["published"] is None:
            unread.append(day)
    return (replace(document, **fields) if fields else document), tuple(unread)


def _place(document: Document, index: int) -> str:
    """What names a document skipped: its id, or its place in the input when its id cannot
    (empty, no string, or no text a report can write)."""
    named = isinstance(document.id, str) and document.id.strip() and document.id.isprintable()
    return document.id if named else f"the document at index {index}"


def _check_document(document: Document, index: int, seen: AbstractSet[str]) -> None:
    """Reject what the stages cannot work with, of a document whose fields are of the types
    :class:`Document` declares and whose dates are read (:func:`_undated_where_unread`): an
    empty id or one ``seen`` before, an empty source, a lone surrogate."""
    # An empty id names nothing a report's tables or the result's indexes can show.
    if not document.id.strip():
        raise InputError(f"the document at index {index} has an empty id {document.id!r}")
    if document.id in seen:
        raise InputError(f"a document given before has the id {document.id!r}")
    # An empty outlet would make every document that lacks one a version of one outlet's,
    # whose reuse of another is never undisclosed.
    if not document.source.strip():
        raise InputError(
            f"document {document.id!r}: source is empty: give its outlet (the file reader "
            "names a record that gives none by its id)"
        )
    _check_encodable(document, index)


def _check_encodable(document: Document, index: int) -> None:
    """Reject a lone surrogate in any text of ``document`` (half of a UTF-16 pair, or a byte
    that decoding with ``errors="surrogateescape"`` kept): no report can write it as UTF-8, and
    the sentence splitter cannot read it."""
    for name, _, _ in DOCUMENT_FIELDS:
        value = getattr(document, name)
        texts = (
            [value] if isinstance(value, str) else value if isinstance(value, tuple | list) else ()
        )
        for text in texts:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as error:
                named = (
                    f"the document at index {index}"
                    if name == "id"
                    else f"document {document.id!r}"
                )
                raise InputError(
                    f"{named}: {name} holds a character that is no Unicode text (a lone "
                    f"surrogate) at {error.start}"
                ) from None


def _check_types(document: Document, index: int) -> None:
    """Reject a field of another type than :class:`Document` declares, which a stage would trip
    over with a traceback: a database's missing body or outlet (None), a number for an id, a
    ``datetime`` for a time, a list of authors, or one credit as a string (its letters, each
    searched for a wire)."""
    for name, fits, expected in DOCUMENT_FIELDS:
        value = getattr(document, name)
        if not fits(value):
            # The id, checked first, names the document once it is a string.
            named = (
                f"the document at index {index}" if name == "id" else f"document {document.id!r}"
            )
            raise InputError(f"{named}: {name} must be {expected}, got {type(value).__name__}")


def _too_long_skipped(documents: Sequence[Document]) -> ReadResult:
    """The documents, with those whose text is longer than an article can be among the inputs
    skipped, by their ids, before their text is normalised: 60 MB took over 10 minutes in one
    stage, and a reader's file so long is skipped too."""
    reasons = {document.id: reason for document in documents if (reason := too_long(document.text))}
    return ReadResult(
        tuple(document for document in documents if document.id not in reasons),
        tuple(Skipped(name, reason, SkipReason.TOO_LONG) for name, reason in reasons.items()),
    )


def _textless_skipped(read: ReadResult) -> ReadResult:
    """``read`` with its documents whose text is empty, only whitespace or only HTML's tags
    (``<p></p>``, as a feed's empty body is written) among the inputs it skipped, by their ids:
    the reader skips such a record, and any two such would be copies of each other, one
    near-duplicate cluster of the empty text."""
    textless = [d for d in read.documents if MARKUP_ONLY.fullmatch(d.text)]
    if not textless:
        return read
    return replace(
        read,
        documents=tuple(d for d in read.documents if not MARKUP_ONLY.fullmatch(d.text)),
        skipped=(*read.skipped, *(Skipped(d.id, "no text", SkipReason.NO_TEXT) for d in textless)),
    )


def _in_utc(moment: str) -> str | None:
    """A document's time in UTC as the reports give it (``2025-03-11T08:30:00Z``): one written
    so as it is, another as the reader reads a feed's (:func:`compare.dates.time_field`): an
    aware ``datetime``'s ``isoformat()``, any offset, without its fraction of a second. ``None``
    for a time without its zone, a date alone or no time."""
    try:
        return datetime.strptime(moment, UTC_TIME).strftime(UTC_TIME)
    except ValueError:
        return time_field(moment)


def _segment_each_text_once(documents: Iterable[Document]) -> dict[str, tuple[Sentence, ...]]:
    """Each document's sentences; a document whose text an earlier one has takes its sentences
    (feeds repeat articles verbatim, and segmenting is the costliest per-text stage).
    """
    first_with: dict[str, tuple[Sentence, ...]] = {}
    sentences = {}
    for document in documents:
        twin = first_with.get(document.text)
        if twin is None:
            sentences[document.id] = first_with[document.text] = segment(document)
        else:
            sentences[document.id] = tuple(replace(s, doc=document.id) for s in twin)
    return sentences


def _detailed(
    aligned_in: Sequence[Story],
    alignments: Iterable[Alignment],
    edits: Sequence[Sequence[tuple[WordEdit, ...]]],
    framing_of: Callable[[Story, bool, str | None, str, str], tuple[FramingNote, ...]],
    scanned: AbstractSet[int],
    read_in: Mapping[int, str | None],
    framed: AbstractSet[int] | None = None,
    spoken: Mapping[int, tuple[bool, bool]] | None = None,
) -> list[tuple[Match, ...]]:
    """The matches of each alignment with their word ``edits`` and the framing notes
    ``framing_of`` finds for a story's two sentence texts, placed in the texts and here moved to
    the match's place in its documents, told whether the alignment's number
    is among the ``scanned`` (a document of it reads as scanned) and the language its documents
    are ``read_in`` (a sentence's words may be too few to tell it); with ``framed``, only those
    of the alignments of those numbers get notes; by alignment number, whether each side is
    ``spoken`` (a transcript without punctuation: see :func:`_quotations_as_spoken`)."""
    # One new record per match for both details: a run makes hundreds of thousands, and the
    # constructor is several times faster than dataclasses.replace.
    detailed = []
    for number, (story, found, each) in enumerate(zip(aligned_in, alignments, edits, strict=True)):
        frame = framing_of if framed is None or number in framed else _unframed
        if sides := (spoken or {}).get(number):
            frame = partial(_quotations_as_spoken, frame, *sides)
        scan, language = number in scanned, read_in.get(number)
        detailed.append(
            tuple(
                Match(
                    a=m.a,
                    b=m.b,
                    similarity=m.similarity,
                    kind=m.kind,
                    moved=m.moved,
                    edits=steps,
                    framing=shifted(frame(story, scan, language, m.a.text, m.b.text), m.a, m.b),
                )
                for m, steps in zip(found.matches, each, strict=True)
            )
        )
    return detailed


def _quotations_as_spoken(
    framing_of: Callable[[Story, bool, str | None, str, str], tuple[FramingNote, ...]],
    a_spoken: bool,
    b_spoken: bool,
    story: Story,
    scanned: bool,
    language: str | None,
    a_text: str,
    b_text: str,
) -> tuple[FramingNote, ...]:
    """The notes ``framing_of`` finds, but a quotation turned into paraphrase by a side that is
    spoken (a transcript without punctuation, which writes no quotation marks), or one made of
    a spoken side's words: a radio read of the fire chief's "Our crews faced intense heat" says
    it as the wire quotes it."""
    return tuple(
        note
        for note in framing_of(story, scanned, language, a_text, b_text)
        if not (note.kind is FramingKind.QUOTE_REMOVED and b_spoken)
        and not (note.kind is FramingKind.QUOTE_ADDED and a_spoken)
    )


def _headline_of(title: str | None, doc: str) -> Sentence | None:
    """A document's headline read as a sentence of it, for the aligner; ``None`` without one."""
    return None if title is None else as_sentence(title, doc)


def _framing_and_names(
    a_text: str, b_text: str, scanned: bool, language: str | None = None
) -> tuple[FramingNote, ...]:
    """Two aligned sentences' framing notes (:func:`framing.framing_notes`) and, where none
    names whom each credits already, the names one puts in the place of the other's
    (:func:`templates.names_put_for_others`: "operated by Northway Trains" and "operated by
    Coastline Rail"), or spells a letter apart (:func:`templates.name_misspelled`: "Achterberg"
    and "Achterburg"), a ``name_changed``, as is an identifier put for another's
    (:func:`templates.identifiers_put_for_others`: "the A454" and "the A47"), and a person one
    names where the other describes them (:func:`_identities`); the names module reads the
    framing module's speakers, so the two are joined here. ``scanned``: either sentence's
    document reads as scanned; ``language``: their documents' (see :func:`framing.framing_notes`)."""
    notes = (*framing_notes(a_text, b_text, scanned, language), *_identities(a_text, b_text))
    if CREDITED_KINDS.isdisjoint(note.kind for note in notes) and (
        names := names_put_for_others(a_text, b_text, scanned=scanned, language=language)
        or name_misspelled(a_text, b_text, scanned=scanned)
    ):
        notes = (*notes, FramingNote(FramingKind.NAME_CHANGED, *names))
    # A road's, a flight's or a model's number put for another names another thing, whoever
    # is credited: the A47 closed, not the A454 (acceptance 34, c9).
    if identifiers := identifiers_put_for_others(a_text, b_text):
        notes = (*notes, FramingNote(FramingKind.NAME_CHANGED, *identifiers))
    return notes


def _identities(a_text: str, b_text: str) -> tuple[FramingNote, ...]:
    """A person one aligned sentence names where the other describes them without a name
    (:func:`templates.person_identified`): ``identity_added`` where B names them, and
    ``identity_removed`` where A does."""
    if added := person_identified(a_text, b_text):
        return (FramingNote(FramingKind.IDENTITY_ADDED, *added),)
    if removed := person_identified(b_text, a_text):
        return (FramingNote(FramingKind.IDENTITY_REMOVED, *reversed(removed)),)
    return ()


def _identities_named_elsewhere_dropped(
    matches: Sequence[tuple[Match, ...]], texts: Mapping[int, tuple[str, str]]
) -> list[tuple[Match, ...]]:
    """The matches of each alignment without the notes of a person identified whom the
    describing side's article names elsewhere (a lede that names the man the wire's second
    paragraph names identifies no one), given the two articles' ``texts`` by alignment number."""
    return [
        tuple(_without_identities_named(m, *texts[number]) for m in found)
        for number, found in enumerate(matches)
    ]


def _without_identities_named(m: Match, a_text: str, b_text: str) -> Match:
    """A match without its notes of a person identified whom the describing side's article
    (``a_text`` for ``identity_added``, ``b_text`` for ``identity_removed``) names by the
    name's last word."""
    told_in = {FramingKind.IDENTITY_ADDED: (1, a_text), FramingKind.IDENTITY_REMOVED: (0, b_text)}
    kept = tuple(
        note
        for note in m.framing
        if note.kind not in told_in
        or not re.search(
            rf"\b{re.escape((note.a, note.b)[told_in[note.kind][0]].split()[-1])}\b",
            told_in[note.kind][1],
        )
    )
    return m if len(kept) == len(m.framing) else replace(m, framing=kept)


def _placed_framing_and_names(
    a_text: str, b_text: str, scanned: bool, language: str | None = None
) -> tuple[FramingNote, ...]:
    """:func:`_framing_and_names` placed in the two texts (:func:`framing.placed_in_texts`):
    found and placed once a story's sentence pair, shifted to each match's place."""
    return placed_in_texts(_framing_and_names(a_text, b_text, scanned, language), a_text, b_text)


def _unframed(
    story: Story, scanned: bool, language: str | None, a_text: str, b_text: str
) -> tuple[FramingNote, ...]:
    """No framing notes, for a run that names none."""
    return ()


def _between_news(
    pairs: np.ndarray, pooled: Sequence[Sentence], boilerplate: frozenset[tuple[str, int]]
) -> np.ndarray:
    """The candidate pairs of which neither sentence is boilerplate: two independent reports'
    "WASHINGTON (AP) -" share nothing."""
    news = np.fromiter(
        ((s.doc, s.index) not in boilerplate for s in pooled), dtype=bool, count=len(pooled)
    )
    return pairs[news[pairs[:, 0]] & news[pairs[:, 1]]]


def _across_stories(
    sharing: AbstractSet[tuple[str, str]], stories: Sequence[Story], documents: Sequence[Document]
) -> list[tuple[str, str]]:
    """The pairs of ``sharing`` (documents that share a near copy: ``CopyLinks.sharing``) whose
    documents are of two stories, each in input order, in that order: a round-up that takes a
    few sentences from each of two press releases tells one of their stories, and its pair with
    the other's release is compared all the same."""
    story_of = {d: story.id for story in stories for d in story.documents}
    order = {d.id: n for n, d in enumerate(documents)}
    found = {
        (a, b) if order[a] < order[b] else (b, a) for a, b in sharing if story_of[a] != story_of[b]
    }
    return sorted(found, key=lambda pair: (order[pair[0]], order[pair[1]]))


def _proposals_across(
    pooled: Sequence[Sentence],
    signature_rows: np.ndarray,
    pairs: AbstractSet[tuple[str, str]],
    boilerplate: frozenset[tuple[str, int]],
    settings: Settings,
) -> tuple[dict[tuple[str, str], frozenset[tuple[int, int]]], Candidates]:
    """The candidate sentence pairs between the two documents of each of ``pairs`` (of two
    stories, which the pass grouped by story never pairs), as :func:`_proposals_by_pair` keys
    them, by one more LSH pass over those documents' sentences alone; and that pass's
    candidates, their sentences numbered in ``pooled`` (``sampled``: those whose pairs an
    oversized bucket of it cut)."""
    if not pairs:
        return {}, Candidates(pairs=np.zeros((0, 2), dtype=np.int64), sampled=np.zeros(0, np.int64))
    involved = {d for pair in pairs for d in pair}
    rows = np.array([n for n, s in enumerate(pooled) if s.doc in involved], dtype=np.int64)
    theirs = [pooled[n] for n in rows]
    candidates = find_candidates(theirs, signature_rows[rows], settings)
    proposed = _proposals_by_pair(
        theirs, _between_news(candidates.pairs, theirs, boilerplate).tolist()
    )
    wanted = pairs | {(b, a) for a, b in pairs}
    return (
        {pair: found for pair, found in proposed.items() if pair in wanted},
        replace(candidates, pairs=rows[candidates.pairs], sampled=rows[candidates.sampled]),
    )


def _across_story(story_of: Mapping[str, int], stories: Sequence[Story], a: str, b: str) -> Story:
    """The story of ``a`` and ``b`` alone, documents of two stories whose pair is aligned and
    measured in it as a story's are: its id, which joins their stories' ids and their own,
    is no story's."""
    return Story(f"{stories[story_of[a]].id}+{stories[story_of[b]].id}:{a}+{b}", "", (a, b))


def _shared_across(
    measured: Iterable[PairComparison], story_of: Mapping[str, int], stories: Sequence[Story]
) -> tuple[PairComparison, ...]:
    """Of the pairs across stories as measured, those that reuse text (any verdict but
    independent: they share a near copy, which the aligner may not take for one), each given
    the story of the document that reuses the other (of ``a`` when no direction tells). Not
    an outlet's two texts but its later version or update of one report (``one_report``): its
    follow-up on another story that repeats its own background line reuses no one's text."""
    return tuple(
        replace(p, story=stories[story_of[p.copy or p.a]].id)
        for p in measured
        if p.verdict is not Verdict.INDEPENDENT and (p.one_report or not p.same_source)
    )


def _proposals_by_pair(
    pooled: Sequence[Sentence], pairs: list[list[int]]
) -> dict[tuple[str, str], frozenset[tuple[int, int]]]:
    """Candidate pairs keyed by document pair in input order, as local sentence indexes: a set
    each, made once, as aligning keys the pairs of texts it has aligned by them."""
    first_seen: dict[str, int] = {}
    for s in pooled:
        first_seen.setdefault(s.doc, len(first_seen))
    grouped: defaultdict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for i, j in pairs:
        x, y = pooled[i], pooled[j]
        if first_seen[x.doc] > first_seen[y.doc]:
            x, y = y, x
        grouped[(x.doc, y.doc)].append((x.index, y.index))
    return {pair: frozenset(found) for pair, found in grouped.items()}


def _telling_documents(stories: Iterable[Story], text_of: dict[str, int]) -> dict[str, str]:
    """For each document, the first document of its story (in the story's order) that prints
    its text with the same boilerplate (see :func:`~compare.records.text_numbers`): that one's sentences are
    its own but for their document's id, so it shares the same sentence pairs with any other.
    """
    told: dict[str, str] = {}
    for story in stories:
        first: dict[int, str] = {}
        for d in story.documents:
            told[d] = first.setdefault(text_of[d], d)
    return told


class _Proposals:
    """The candidate sentence pairs of two documents, looked up by the documents that tell
    them (see :func:`_telling_documents`), either way round."""

    def __init__(
        self, by_pair: dict[tuple[str, str], frozenset[tuple[int, int]]], told: dict[str, str]
    ) -> None:
        self._by_pair = by_pair
        self._told = told
        self._turned: dict[tuple[str, str], frozenset[tuple[int, int]]] = {}

    def between(self, a: str, b: str) -> frozenset[tuple[int, int]]:
        """The pairs ``(index in a, index in b)`` proposed between ``a`` and ``b``."""
        a, b = self._told[a], self._told[b]
        if (found := self._by_pair.get((a, b))) is not None:
            return found
        if (a, b) not in self._turned:
            turned = self._by_pair.get((b, a), frozenset())
            self._turned[(a, b)] = frozenset((i, j) for j, i in turned)
        return self._turned[(a, b)]


class _StoryMemo(Generic[T]):
    """What a stage found for a pair of sentence texts, kept while one story's pairs of documents
    go by. Outlets that carry one wire story share its sentences, so each pair of outlets meets
    the same sentence pairs again: 1,915 distinct among 78,449 in a story of 50 outlets. A new
    story starts an empty memo, so memory is bounded by a story, not by the run; the work comes
    story by story.
    """

    def __init__(self) -> None:
        self._story: str | None = None
        self._found: dict[tuple[str, str], T] = {}

    def of(self, story: Story) -> dict[tuple[str, str], T]:
        """The memo of ``story``, by the two texts: empty when the story is new."""
        if story.id != self._story:
            self._story, self._found = story.id, {}
        return self._found

    def get(self, story: Story, find: Callable[[str, str], T], a_text: str, b_text: str) -> T:
        """``find(a_text, b_text)``, found once a story."""
        found = self.of(story)
        texts = (a_text, b_text)
        if texts not in found:
            found[texts] = find(a_text, b_text)
        return found[texts]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the stages build millions of small acyclic records,
    and the reports millions of strings: its full passes would scan them all again and again
    (about 14% of a 10,000-article comparison, and 20-30% of writing its reports).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _silent(stage: str, done: int, total: int) -> None:
    """Progress that goes nowhere."""


class _Timer:
    """Seconds spent per stage name; each stage gets its :data:`Advance` to report progress."""

    def __init__(self, report: Progress) -> None:
        self.report = report
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def __call__(self, stage: str) -> Iterator[Advance]:
        started = time.perf_counter()
        try:
            yield partial(self.report, stage)
        finally:
            self.seconds[stage] += time.perf_counter() - started
