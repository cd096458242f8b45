"""The whole pipeline from the library API: stage order, symmetry, determinism, input checks."""

from __future__ import annotations

import gc
import json
import os
import random
import re
import subprocess
import sys
import textwrap
import unicodedata
from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from itertools import groupby, pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import compare
from compare import candidates, disclosure, overlap, pipeline, stories
from compare.candidates import sampled_note
from compare.lexicon import lexicon
from compare.pipeline import compare_against, compare_documents, compare_paths
from compare.provenance import taken_across
from compare.read import InputError, ReadResult
from compare.records import (
    DirectionBasis,
    Document,
    FramingKind,
    MatchKind,
    PairComparison,
    Progress,
    Result,
    SkipReason,
    Verdict,
)
from compare.report.json_report import json_chunks
from compare.report.markdown import render_index
from compare.run_warnings import comparison_warnings, read_warnings
from compare.segment import segment
from compare.settings import BUCKET_REPRESENTATIVES, Settings
from compare.stealth_edits import stealth_edit
from tests.helpers import (
    CHINESE,
    EXCLUSIVE,
    FERRY_STRIKE,
    GAZETTE_URL,
    JAPANESE,
    PICKET_HERALD,
    PICKET_LEDGER,
    QUARRY,
    QUARRY_VERSIONS,
    QUARRY_VERSIONS_ALL_BY_FEED_CLOCK,
    QUARRY_VERSIONS_BY_FEED_CLOCK,
    RADIO_BULLETIN,
    ROOT,
    SEEDS,
    WIRE_COPY,
    circular_credits,
    document,
    ferry_strike_copies,
    live_page,
    stock_credit_briefs,
    write_bridge_pickups,
    write_ferry_archive,
)

SEED_SENTENCES = [
    s.text
    for path in sorted(SEEDS.glob("*.txt"))
    for s in segment(document(path.read_text("utf-8")))
]
EDITS = {"said": "claimed", "NATO": "the alliance", "Russia": "Moscow", "the": "a"}


def edited(sentence: str, edits: int) -> str:
    words = sentence.split()
    for n, word in enumerate(words[: edits * 3]):
        words[n] = EDITS.get(word, word)
    return " ".join(words)


articles = st.lists(
    st.tuples(st.sampled_from(SEED_SENTENCES), st.integers(0, 3)), min_size=1, max_size=6
).map(lambda picks: "\n".join(edited(s, e) for s, e in picks))


def mirrored(pair: PairComparison) -> tuple:
    """The pair's findings as they read from the other side."""
    direction = {"a->b": "b->a", "b->a": "a->b"}.get(pair.direction or "")
    matches = sorted((m.b.sentences, m.a.sentences, m.kind, m.similarity) for m in pair.matches)
    return (pair.verdict, direction, pair.b_in_a, pair.a_in_b, pair.only_b, pair.only_a, matches)


def findings(pair: PairComparison) -> tuple:
    matches = sorted((m.a.sentences, m.b.sentences, m.kind, m.similarity) for m in pair.matches)
    return (
        pair.verdict,
        pair.direction,
        pair.a_in_b,
        pair.b_in_a,
        pair.only_a,
        pair.only_b,
        matches,
    )


@settings(max_examples=60, deadline=None)
@given(articles, articles)
def test_comparing_b_with_a_mirrors_a_with_b(a_text: str, b_text: str) -> None:
    """Swapping the two articles swaps every finding and nothing else."""
    a, b = document(a_text, "a"), document(b_text, "b")
    (forward,) = compare_documents([a, b], single_story=True).pairs
    (backward,) = compare_documents([b, a], single_story=True).pairs
    assert findings(forward) == mirrored(backward)


@settings(max_examples=30, deadline=None)
@given(articles)
def test_an_article_and_its_exact_copy_are_a_copy(text: str) -> None:
    """An article compared with itself is a copy with containment 1.0 both ways (unless it is
    nothing but boilerplate, which never counts)."""
    assume(any(not lexicon().is_boilerplate(line) for line in text.split("\n")))
    (pair,) = compare_documents([document(text, "a"), document(text, "b")], single_story=True).pairs
    assert pair.verdict.value == "copy"
    assert (pair.a_in_b, pair.b_in_a) == (1.0, 1.0)


STAGES = (
    "read",
    "segment",
    "fingerprint",
    "find boilerplate",
    "link versions",
    "tell languages",
    "find near copies",
    "link copies",
    "find story terms",
    "group stories",
    "find stock phrases",
    "find candidates",
    "align",
    "diff words",
    "name framing",
    "profile framing",
    "measure overlap",
    "group sentences",
    "trace who copied whom",
    "weigh common origins",
    "cluster near-duplicates",
    "compare figures",
    "check headlines",
    "find stale copies",
)
# The stages that group stories, which a single-story run skips.
GROUPING = ("find near copies", "link copies", "find story terms", "find stock phrases")


def test_every_stage_is_timed_by_name() -> None:
    """A run reports the seconds spent in each stage, named as the pipeline names them; a run
    that compares everything as one story skips the stages that group stories."""
    assert list(compare_paths([str(WIRE_COPY)]).seconds) == list(STAGES)
    one_story = compare_paths([str(WIRE_COPY)], single_story=True)
    assert list(one_story.seconds) == [s for s in STAGES if s not in GROUPING]


def test_every_stage_says_what_it_counts() -> None:
    """Each stage a run reports, writing the reports last, is listed, in the order it runs,
    with what its progress counts, one and many: a log of a feed's run says "link copies:
    1,368,426 candidate pairs done", not a bare number."""
    assert list(pipeline.STAGE_UNITS) == [*STAGES, "write pages", "write summaries"]
    assert pipeline.STAGE_UNITS["link copies"] == ("candidate pair", "candidate pairs")


# A wire story and two papers that print it, one with "said" changed to "claimed" in its lede.
BRIDGE_WIRE = (
    "Officials in Tarvik said the Elm Street bridge would reopen on Friday. "
    "The repairs cost 4 million euros, the council said. "
    "Traffic will go through the old town until then."
)
BRIDGE_PAPERS = [
    Document("wire", "Wire", BRIDGE_WIRE, published="2025-03-02"),
    Document(
        "daily", "Daily", BRIDGE_WIRE.replace("said the", "claimed the"), published="2025-03-03"
    ),
    Document("post", "Post", BRIDGE_WIRE, published="2025-03-03"),
]


def test_a_run_without_framing_skips_its_stages_and_finds_the_same_reuse() -> None:
    """A run asked for no framing (``compare dedup``'s) names no framing stage (comparing
    figures is one), gives no profile, no framing note and no differing figure, and finds the same pairs, word edits, who copied whom and
    near-duplicate clusters as a full run."""
    full = compare_documents(BRIDGE_PAPERS)
    unframed = compare_documents(BRIDGE_PAPERS, framing=False)
    assert list(unframed.seconds) == [
        s
        for s in STAGES
        if s not in ("name framing", "profile framing", "compare figures", "check headlines")
    ]
    assert any(m.framing for p in full.pairs for m in p.matches)
    assert not any(m.framing for p in unframed.pairs for m in p.matches)
    assert full.profiles and not unframed.profiles and not unframed.figures
    assert [replace(p, matches=()) for p in unframed.pairs] == [
        replace(p, matches=()) for p in full.pairs
    ]
    assert [[m.edits for m in p.matches] for p in unframed.pairs] == [
        [m.edits for m in p.matches] for p in full.pairs
    ]
    assert (unframed.taken, unframed.clusters) == (full.taken, full.clusters)


def progress_of(run: Callable[[Progress], object]) -> list[tuple[str, int, int]]:
    """What ``run`` reports, checked to be what a progress bar can show: stage after stage, each
    counting up to a fixed total from 0 (or done at once), with ``done == total`` once, last."""
    heard: list[tuple[str, int, int]] = []
    run(lambda *update: heard.append(update))
    stages = [stage for stage, _ in groupby(stage for stage, _, _ in heard)]
    assert len(stages) == len(set(stages))
    for stage in stages:
        updates = [(done, total) for name, done, total in heard if name == stage]
        (total,) = {total for _, total in updates}
        counts = [done for done, _ in updates]
        assert counts == sorted(set(counts))
        assert counts[-1] == total and counts.count(total) == 1
        assert counts[0] == 0 or len(counts) == 1
    return heard


def test_progress_is_reported_per_item_of_every_long_stage() -> None:
    """The progress callback hears the stages in order and each item of the per-article and
    per-pair stages as it is done."""
    heard = progress_of(lambda progress: compare_paths([str(WIRE_COPY)], progress=progress))
    stages = list(dict.fromkeys(stage for stage, _, _ in heard))
    assert stages == list(STAGES)
    assert [update for update in heard if update[0] == "segment"] == [
        ("segment", 0, 3),
        ("segment", 1, 3),
        ("segment", 2, 3),
        ("segment", 3, 3),
    ]


def test_a_cycle_groups_and_traces_again_only_the_story_that_holds_it() -> None:
    """Directions that go round in one story of two lose the weakest, and that story alone is
    grouped and traced again without it: those stages hear both stories, then the one. Each
    story's findings are those of a run of it alone."""
    heard: list[tuple[str, int, int]] = []
    both = compare_documents(
        [*ferry_strike_copies(2), *circular_credits()], progress=lambda *u: heard.append(u)
    )
    tracing = ("group sentences", "trace who copied whom", "weigh common origins")
    assert [(stage, total) for stage, done, total in heard if stage in tracing and done == 0] == [
        *((stage, 2) for stage in tracing),
        *((stage, 1) for stage in tracing),
    ]
    for documents in (ferry_strike_copies(2), circular_credits()):
        alone = compare_documents(documents)
        (story,) = alone.stories
        (same,) = [s.id for s in both.stories if s.documents == story.documents]
        assert [replace(p, story=story.id) for p in both.pairs_in[same]] == list(
            alone.pairs_in[story.id]
        )
        assert [replace(g, story=story.id) for g in both.groups_in[same]] == list(
            alone.groups_in[story.id]
        )
        assert both.taken[same] == alone.taken[story.id]
        assert [replace(c, story=story.id) for c in both.cycles_in[same]] == list(alone.cycles)


def test_measuring_overlap_counts_each_pair_as_it_is_measured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Measuring overlap hears each pair of a story once it is measured, not the whole story
    before its first pair: the 11,175 pairs of a story of 150 articles took two minutes, in
    which a log heard nothing."""
    heard: list[int | str] = []
    measure = pipeline.compare_pair

    def measured(*args: Any) -> PairComparison:
        heard.append("measured")
        return measure(*args)

    monkeypatch.setattr(pipeline, "compare_pair", measured)

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "measure overlap":
            heard.append(done)

    compare_documents(BRIDGE_PAPERS, progress=progress, single_story=True)
    assert heard == [0, "measured", 1, "measured", 2, "measured", 3]


def test_copy_links_and_term_scores_report_each_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """Copy links are checked, and documents scored, a block at a time; the last block may be
    part of one, and is told one pair short of all until the document pairs the candidates make
    are weighed, when the stage tells all done."""
    monkeypatch.setattr(stories, "CHECK_BLOCK", 2)
    # Blocks of two of the run's three documents.
    monkeypatch.setattr(stories, "SCORE_BLOCK_PAIRS", 6)
    heard = progress_of(lambda progress: compare_paths([str(WIRE_COPY)], progress=progress))
    checked = [done for stage, done, _ in heard if stage == "link copies"]
    assert checked[-1] > 2
    assert checked == [*range(0, checked[-1], 2), checked[-1] - 1, checked[-1]]
    assert [done for stage, done, _ in heard if stage == "group stories"] == [0, 2, 3]


@pytest.mark.parametrize("single_story", [False, True], ids=["stories", "single_story"])
@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(["***", "***"], id="no_words"),
        pytest.param(["Talks began.", ""], id="one_sentence"),
        pytest.param(["Reuters contributed to this report."] * 2, id="boilerplate_only"),
    ],
)
def test_a_run_with_nothing_to_compare_reports_each_stage_done_once(
    texts: list[str], single_story: bool
) -> None:
    """Stages with nothing to do still say that they are done, once."""
    documents = [document(text, str(n)) for n, text in enumerate(texts)]
    heard = progress_of(
        lambda progress: compare_documents(documents, progress=progress, single_story=single_story)
    )
    silent = set(GROUPING) if single_story else set()
    assert list(dict.fromkeys(stage for stage, _, _ in heard)) == [
        s for s in STAGES if s not in silent
    ]


@pytest.mark.parametrize("single_story", [False, True], ids=["stories", "single_story"])
@pytest.mark.parametrize(
    ("texts", "stages"),
    [
        pytest.param([], [], id="none"),
        pytest.param(["", " \n ", "\u200b"], ["read"], id="none_with_text"),
    ],
)
def test_no_document_with_text_runs_no_stage_but_reading(
    texts: list[str], stages: list[str], single_story: bool
) -> None:
    """With no document there is nothing to compare, and no stage to report or time; documents
    none of which has text (once normalised: a zero-width space is none) are read, and no
    other stage runs."""
    heard: list[tuple[str, int, int]] = []
    documents = [document(text, str(n)) for n, text in enumerate(texts)]
    result = compare_documents(
        documents, progress=lambda *update: heard.append(update), single_story=single_story
    )
    assert (result.documents, result.stories, result.pairs) == ((), (), ())
    assert list(dict.fromkeys(stage for stage, _, _ in heard)) == list(result.seconds) == stages


def test_reading_documents_in_memory_is_a_stage_timed_and_told() -> None:
    """Checking documents given in memory, normalising their text and finding their credits is
    the stage "read", as reading files is: timed, and told document by document."""
    texts = [
        "TARROW, May 14 (AP) \u2014 A bridge over the Kessel River collapsed on Tuesday.",
        "A bridge over the Kessel River collapsed on Tuesday.\nAP contributed to this report.",
    ]
    documents = [document(text, str(n)) for n, text in enumerate(texts)]
    heard = progress_of(lambda progress: compare_documents(documents, progress=progress))
    assert [update for update in heard if update[0] == "read"] == [
        ("read", 0, 2),
        ("read", 1, 2),
        ("read", 2, 2),
    ]
    assert list(compare_documents(documents).seconds) == list(STAGES)


@pytest.mark.parametrize(
    ("documents", "message"),
    [
        pytest.param(
            [document("Talks in Geneva ended without a deal.", "")],
            "the document at index 0 has an empty id ''",
            id="empty_id",
        ),
        pytest.param(
            [replace(document("One.", "x"), text=None)],  # type: ignore[arg-type]
            "document 'x': text must be a string, got NoneType",
            id="no_text_at_all",
        ),
        pytest.param(
            [document("One.", "x"), {"id": "y", "source": "Daily", "text": "Two."}],
            "the item at index 1 must be a Document, got dict",
            id="a_dict_for_a_document",
        ),
        pytest.param(
            "Talks in Geneva ended without a deal.",
            "the item at index 0 must be a Document, got str",
            id="one_string_for_the_documents",
        ),
        pytest.param(
            None,
            "documents must be Documents in a list or any iterable, got NoneType",
            id="none_for_the_documents",
        ),
        pytest.param(
            document("One.", "x"),
            "documents must be Documents in a list or any iterable, got Document",
            id="one_document_alone",
        ),
        pytest.param(
            [replace(document("One.", "x"), id=1)],  # type: ignore[arg-type]
            "the document at index 0: id must be a string, got int",
            id="a_number_for_an_id",
        ),
        pytest.param(
            [replace(document("One.", "x"), source=None)],  # type: ignore[arg-type]
            "document 'x': source must be a string, got NoneType",
            id="no_source",
        ),
        pytest.param(
            [replace(document("One.", "x"), path=None)],  # type: ignore[arg-type]
            "document 'x': path must be a string, got NoneType",
            id="no_path",
        ),
        pytest.param(
            [replace(document("One.", "x"), author=["Ann Lee", "Tom Ray"])],  # type: ignore[arg-type]
            "document 'x': author must be a string or None, got list",
            id="a_list_of_authors",
        ),
        pytest.param(
            [replace(document("One.", "x"), credits="Reuters")],  # type: ignore[arg-type]
            "document 'x': credits must be a sequence of strings, not one string, got str",
            id="one_credit_as_a_string",
        ),
        pytest.param(
            [document("Talks in Geneva ended without a deal.", "x", " ")],
            "document 'x': source is empty: give its outlet (the file reader names a record "
            "that gives none by its id)",
            id="empty_source",
        ),
        pytest.param(
            [document("Talks in Genev\udce1 ended.", "x")],
            "document 'x': text holds a character that is no Unicode text (a lone surrogate) at 14",
            id="surrogate_in_text",
        ),
        pytest.param(
            [document("Talks ended.", "x", title="Genev\udce1 talks")],
            "document 'x': title holds a character that is no Unicode text (a lone surrogate) at 5",
            id="surrogate_in_title",
        ),
        pytest.param(
            [replace(document("Talks ended.", "x"), credits=("AP", "Reu\udcf6ters"))],
            "document 'x': credits holds a character that is no Unicode text (a lone surrogate) "
            "at 3",
            id="surrogate_in_a_credit",
        ),
        pytest.param(
            [document("Talks ended.", "x\udce1")],
            "the document at index 0: id holds a character that is no Unicode text (a lone "
            "surrogate) at 1",
            id="surrogate_in_the_id",
        ),
    ],
)
def test_documents_the_stages_cannot_use_are_refused(documents: list, message: str) -> None:
    """The library checks documents at its entry point and says what is wrong in one line,
    before a stage trips over a field of the wrong type: of a batch none of whose documents can
    be used, the first one's fault."""
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        compare_documents(documents)


def test_rows_the_stages_cannot_use_are_skipped_and_the_rest_compared() -> None:
    """A batch from a database cursor with a row whose outlet is null, an id delivered twice and
    an empty id loses those rows alone: each is skipped with its fault, as
    the reader skips a feed's broken record, heard through ``on_read`` as compare_paths's
    warnings are, and the rest are compared (finding c6 of acceptance round 31: the first bad
    row raised, and the batch was lost)."""
    vote = "The port board of Alderney voted on Monday to raise ferry fares by 6 percent."
    rows = [
        Document("tribune-41", "Harbor Tribune", vote, published="2026-03-02"),
        Document("post-3", None, vote),  # type: ignore[arg-type]
        Document("tribune-41", "Harbor Tribune", f"{vote} Fares last rose in 2019."),
        Document(" ", "Island Courier", vote),
        Document("courier-8", "Island Courier", f"Islanders say: {vote}"),
    ]
    warnings: list[str] = []
    result = compare_documents(rows, on_read=lambda read: warnings.extend(read_warnings(read)))
    assert [d.id for d in result.documents] == ["tribune-41", "courier-8"]
    assert [(s.path, s.code) for s in result.skipped] == [
        ("post-3", SkipReason.UNUSABLE),
        ("tribune-41", SkipReason.UNUSABLE),
        ("the document at index 3", SkipReason.UNUSABLE),
    ]
    assert warnings == [
        "warning: skipped post-3: document 'post-3': source must be a string, got NoneType",
        "warning: skipped tribune-41: a document given before has the id 'tribune-41'",
        "warning: skipped the document at index 3: the document at index 3 has an empty id ' '",
    ]
    assert [(p.a, p.b) for p in result.pairs] == [("tribune-41", "courier-8")]


def test_a_date_that_is_none_leaves_its_document_undated_as_the_reader_does() -> None:
    """A document whose date or time is not one is compared undated, with the reader's warning,
    not skipped; a time without its zone is its local time and dates it by its day, as a feed's
    is (acceptance round 32, d5: both were skipped, where compare dedup kept such records)."""
    vote = "The port board of Alderney voted on Monday to raise ferry fares by 6 percent."
    rows = [
        Document("tribune-41", "Harbor Tribune", vote, published="2026-03-02"),
        Document("courier-7", "Island Courier", f"Islanders say: {vote}", published="32/13/2026"),
        Document("star-2", "Alderney Star", f"{vote} Fares last rose in 2019.",
                 published_time="2026-03-02 09:00:00", modified_time="soon"),
    ]  # fmt: skip
    warnings: list[str] = []
    result = compare_documents(rows, on_read=lambda read: warnings.extend(read_warnings(read)))
    times = [(d.id, d.published, d.published_local_time, d.modified_time) for d in result.documents]
    assert times == [
        ("tribune-41", "2026-03-02", None, None),
        ("courier-7", None, None, None),
        ("star-2", "2026-03-02", "2026-03-02T09:00:00", None),
    ]
    assert warnings == [
        'warning: 2 dates not understood, such as "32/13/2026" (courier-7); they count as '
        "undated: write the day published, as 2024-04-03 or April 3, 2024"
    ]


@pytest.mark.parametrize("text", ["<p></p>", "<p>&nbsp;</p>\n<br/>", "  "])
def test_a_text_of_tags_alone_is_skipped_as_the_reader_skips_it(text: str) -> None:
    """A document whose text is HTML's tags alone, a feed's empty body, is skipped as having no
    text, as the reader skips such a record (acceptance round 32, d5: "<p></p>" made a cluster)."""
    vote = "The port board of Alderney voted on Monday to raise ferry fares by 6 percent."
    rows = [Document("tribune-41", "Harbor Tribune", vote), Document("post-3", "Post", text)]
    result = compare_documents(rows)
    assert [d.id for d in result.documents] == ["tribune-41"]
    assert [(s.path, s.reason) for s in result.skipped] == [("post-3", "no text")]


def test_a_datetime_from_a_database_times_its_document() -> None:
    """An aware ``datetime`` given for a document's publication or modification, as a database
    driver gives a timestamp, is read as its ``isoformat()``: in UTC, and dated by its day."""
    when = datetime(2026, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    given = Document("t", "Harbor Tribune", "Ferry fares will rise.", published=when)  # type: ignore[arg-type]
    (read,) = compare_documents([given]).documents
    assert (read.published, read.published_time) == ("2026-03-02", "2026-03-02T08:30:00Z")
    edited = replace(given, published=None, modified_time=when)  # type: ignore[arg-type]
    assert compare_documents([edited]).documents[0].modified_time == "2026-03-02T08:30:00Z"


def test_a_time_given_with_its_offset_keeps_it_to_date_the_article_as_given() -> None:
    """A publication time given in memory with its offset from UTC is kept in UTC, its offset
    beside it, as the reader keeps a page's: the reports date the article by its own clock."""
    when = datetime(2025, 10, 7, 6, 30, tzinfo=timezone(timedelta(hours=-4)))
    given = [
        Document(id, "Harwick Ledger", "The Elm Street bridge will close.", published_time=iso)
        for id, iso in [("given", when.isoformat()), ("in_utc", "2025-10-07T10:30:00Z")]
    ]
    assert [(d.published_time, d.published_offset) for d in compare_documents(given).documents] == [
        ("2025-10-07T10:30:00Z", "-04:00"),
        ("2025-10-07T10:30:00Z", None),
    ]


@pytest.mark.parametrize(
    "published",
    [
        pytest.param("2025-05-01 10:00:00+00:00", id="pandas_timestamp_in_utc"),
        pytest.param("2025-05-01 00:00:00", id="pandas_timestamp_without_zone"),
        pytest.param("2025-05-01T23:30:00-05:00", id="isoformat_with_offset"),
    ],
)
def test_a_date_given_with_its_time_is_taken_as_its_day(published: str) -> None:
    """A document's date given as a notebook writes a timestamp (``str(pandas.Timestamp)``, an
    ISO time with a space or "T") is the day that time is of, as written."""
    ferry = "The ferry to Kessel Island was cancelled on Monday after storms, officials said."
    result = compare_documents([document(ferry, "hg-1", published=published)])
    assert [(d.published, d.published_time) for d in result.documents] == [("2025-05-01", None)]


def test_documents_may_come_one_by_one_from_a_generator() -> None:
    """A database cursor gives its rows one by one: documents made of them in a generator are
    compared as the same documents in a list are."""
    rows = [
        ("wire", "Reuters", "Talks in Geneva ended on Monday without a deal, officials said."),
        (
            "daily",
            "Daily Post",
            "Talks in Geneva ended on Monday without a deal, officials claimed.",
        ),
    ]
    from_cursor = compare_documents(document(text, id, source) for id, source, text in rows)
    assert from_cursor == compare_documents(
        [document(text, id, source) for id, source, text in rows]
    )
    assert [(p.a, p.b, p.verdict.value) for p in from_cursor.pairs] == [
        ("wire", "daily", "derived")
    ]


def test_a_document_needs_only_its_id_outlet_and_text() -> None:
    """A document made in code gives its id, outlet and text; its path, title, date and url
    are optional."""
    wire = Document("wire", "Reuters", GENEVA_TALKS)
    copy = Document("copy", "Daily Post", GENEVA_TALKS)
    assert [(p.verdict.value, p.origin) for p in compare_documents([wire, copy]).pairs] == [
        ("copy", "wire")
    ]


def test_a_document_called_a_press_release_in_code_is_one() -> None:
    """A document made in code as a press release (``press_release=True``, as docs/python.md shows)
    is checked like any other and is the origin of a paper's copy of it."""
    release = Document("release", "Halvorsen Biotech", GENEVA_TALKS, press_release=True)
    copy = Document("copy", "Daily Post", GENEVA_TALKS)
    assert [(p.origin, p.direction_basis) for p in compare_documents([copy, release]).pairs] == [
        ("release", DirectionBasis.PRESS_RELEASE)
    ]


def test_a_release_sentence_a_copy_cuts_short_is_aligned_not_the_copys_own() -> None:
    """A paper that prints the opening of a release's sentence and drops the clause naming a
    second funder took that sentence: the pair aligns it as edited, so it is neither listed as
    the paper's own nor left out of what it reused, and the funder is among the words cut."""
    release = Document(
        "release",
        "University of Harlow",
        "A daily capsule of green tea extract may reduce migraine days, a pilot study at the "
        "University of Harlow suggests.\nThe trial was funded by the Harlow Medical Trust and by "
        "Brindle Foods, a maker of green tea supplements.",
        press_release=True,
    )
    copy = Document(
        "copy",
        "Weekly Courier",
        "A daily capsule of green tea extract cures migraines, a pilot study at the University "
        "of Harlow has found.\nThe trial was funded by the Harlow Medical Trust.",
    )
    (pair,) = compare_documents([release, copy]).pairs
    cut = [m for m in pair.matches if m.b.sentences == (1,)]
    assert [(m.a.sentences, m.kind.value) for m in cut] == [((1,), "edited")]
    removed = [" ".join(edit.a) for edit in cut[0].edits if edit.op == "delete"]
    assert removed == ["and by Brindle Foods, a maker of green tea supplements."]
    assert pair.only_b == ()


def test_one_outlets_page_and_its_release_are_ordered_by_their_times() -> None:
    """An outlet's news page and its own press release of the same text are two versions of one
    source's words: only their times tell which came first, not which is the release."""
    page = Document(
        "page", "Northfield Police", GENEVA_TALKS, published_time="2025-04-02T09:00:00Z"
    )
    release = Document(
        "release",
        "Northfield Police",
        GENEVA_TALKS,
        published_time="2025-04-02T11:00:00Z",
        press_release=True,
    )
    ((pair),) = compare_documents([page, release]).pairs
    assert (pair.origin, pair.direction_basis) == ("page", DirectionBasis.PUBLISHED_TIME)


def test_two_independent_reports_compared_as_one_story_are_an_independent_pair() -> None:
    """Two reports of one rate cut, written apart, may be grouped into two stories and make no
    pair; compared as one story, they are the pair the caller asked about, and independent."""
    wire = Document(
        "wire",
        "Coastal Wire",
        "The European Central Bank cut interest rates on Thursday for the eighth time in a "
        "year, lowering its deposit rate to 2%.\nChristine Lagarde said inflation was now close "
        "to target and the bank was well placed to handle uncertainty.",
    )
    daily = Document(
        "daily",
        "Harbour Post",
        "Borrowing in the euro area got cheaper again after Frankfurt policymakers trimmed the "
        "key rate to two percent.\nLagarde declined to say whether more reductions would "
        "follow, telling journalists the outlook was unusually clouded.",
    )
    (pair,) = compare_documents([wire, daily], single_story=True).pairs
    assert (pair.a, pair.b, pair.verdict.value, pair.matches) == (
        "wire",
        "daily",
        "independent",
        (),
    )


def test_an_outlet_is_named_on_one_line() -> None:
    """An outlet given with a space after it, or two inside, is the outlet without: its versions
    are one outlet's, as the reader reads a record's source."""
    update = Document("update", "  Harbour  Post ", GENEVA_TALKS + " Talks resume next week.")
    first = Document("first", "Harbour Post", GENEVA_TALKS)
    result = compare_documents([first, update])
    assert result.by_id["update"].source == "Harbour Post"
    assert [p.same_source for p in result.pairs] == [True]


def test_two_versions_in_a_sites_folder_are_that_sites_update(tmp_path: Path) -> None:
    """A story and its update saved in a crawl's folder named as the site's domain are one
    outlet's versions, not one outlet's undisclosed copy of another's."""
    site = tmp_path / "newspunch24.com"
    site.mkdir()
    (site / "talks.txt").write_text(GENEVA_TALKS, encoding="utf-8")
    (site / "talks-update.txt").write_text(
        GENEVA_TALKS + " Talks resume next week.", encoding="utf-8"
    )
    result = compare_paths(tmp_path)
    assert {d.source for d in result.documents} == {"newspunch24.com"}
    assert [(p.same_source, p.undisclosed_reuse) for p in result.pairs] == [(True, False)]


@pytest.mark.parametrize(
    ("source", "file"),
    [
        pytest.param("dpa", "dpa.txt", id="lower_case_as_its_file"),
        pytest.param("EFE", "efe.txt", id="capitals_over_its_file"),
        pytest.param("Lusa", "Lusa.txt", id="spelled_as_its_file"),
    ],
)
def test_a_source_the_file_gives_is_its_outlet_though_its_file_is_named_for_it(
    tmp_path: Path, source: str, file: str
) -> None:
    """A front matter's source that is its file's name is the outlet it names, not a label of
    the file's path: the agency's update beside it is the same outlet's later version."""
    folder = tmp_path / "feeds"
    folder.mkdir()
    story = (
        "Berlin ({}) - Die Gewerkschaft GDL hat für Donnerstag einen 35-stündigen Streik "
        "angekündigt. Die Bahn hatte eine Lohnerhöhung von {} Prozent angeboten."
    )
    for name, time, offer in ((file, "11:15", "13"), ("update.txt", "13:40", "13,5")):
        front = f"---\nsource: {source}\ndate: 2024-03-04T{time}:00+01:00\n---\n\n"
        (folder / name).write_text(front + story.format(source, offer), encoding="utf-8")
    result = compare_paths(folder)
    assert {disclosure.outlet(d) for d in result.documents} == {source.casefold()}
    assert [(p.same_source, p.undisclosed_reuse) for p in result.pairs] == [(True, False)]


@pytest.mark.parametrize(
    ("given", "in_utc"),
    [
        pytest.param(
            datetime(2025, 3, 11, 8, 30, tzinfo=UTC).isoformat(),
            "2025-03-11T08:30:00Z",
            id="utc_offset",
        ),
        pytest.param("2025-03-11T09:30:00+01:00", "2025-03-11T08:30:00Z", id="another_offset"),
        pytest.param(
            "2025-03-11T00:30:00.250000+01:00",
            "2025-03-10T23:30:00Z",
            id="microseconds_across_midnight",
        ),
        pytest.param("Tue, 11 Mar 2025 03:30:00 -0500", "2025-03-11T08:30:00Z", id="rss_date"),
    ],
)
def test_a_time_with_its_zone_is_taken_in_utc_to_the_second(given: str, in_utc: str) -> None:
    """A time written as an aware ``datetime.isoformat()`` writes it, or with any offset a feed
    gives, is taken as the reader takes a feed's: in UTC, to the second, dating the document by
    its UTC day."""
    talks = replace(document(GENEVA_TALKS, "talks"), published_time=given, modified_time=given)
    (read,) = compare_documents([talks]).documents
    assert (read.published_time, read.modified_time, read.published) == (
        in_utc,
        in_utc,
        in_utc[:10],
    )


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        pytest.param(
            None,
            "paths must be a path (a str or os.PathLike) or a list or any iterable of them, "
            "got NoneType",
            id="none",
        ),
        pytest.param(
            b"seeds",
            "paths must be a path (a str or os.PathLike) or a list or any iterable of them, "
            "got bytes",
            id="bytes",
        ),
        pytest.param(
            ["seeds", None],
            "the path at index 1 must be a str or os.PathLike, got NoneType",
            id="none_among_paths",
        ),
    ],
)
def test_what_is_no_path_is_refused_in_one_line(paths: object, message: str) -> None:
    """``compare_paths`` given no path, or bytes (whose numbers are no paths), says so as
    ``compare_documents`` says it of no documents, before it reads anything."""
    with pytest.raises(InputError) as raised:
        compare_paths(paths)  # type: ignore[arg-type]
    assert str(raised.value) == message


FERRY_RECORD = (
    '{"id": "hg-1", "outlet": "Harbour Gazette", "text": "The ferry to Kessel Island was '
    'cancelled on Monday after storms closed the harbour, the port authority said."}'
)


@pytest.mark.parametrize(
    ("files", "message"),
    [
        pytest.param(
            {"export.json": f"[{FERRY_RECORD},"},
            "no usable document in {given}: broken JSON: Expecting value (line 1, column 166)",
            id="truncated_export",
        ),
        pytest.param(
            {"export.json": "[]"},
            "no usable document in {given}: no records: the JSON list is empty",
            id="empty_list",
        ),
        pytest.param({}, "no usable document in {given}", id="empty_folder"),
        pytest.param(
            {"scan.pdf": "%PDF-1.4", "notes.docx": "PK\x03\x04"},
            "no usable document in {given}: skipped 2 inputs, such as {given}/notes.docx: "
            "a broken Word document: not a readable ZIP archive (cut short?)",
            id="no_article_in_a_folder",
        ),
    ],
)
def test_paths_that_give_no_document_are_an_input_error(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    """``compare_paths`` of inputs none of which gives a document raises ``InputError`` naming
    the first skipped and why, as ``compare run`` stops, after ``on_read`` heard the read."""
    folder = tmp_path / "export"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    given = str(folder / "export.json") if "export.json" in files else str(folder)
    heard: list[ReadResult] = []
    with pytest.raises(InputError) as raised:
        compare_paths(given, on_read=heard.append)
    assert str(raised.value) == message.format(given=given)
    assert [len(read.skipped) for read in heard] == [len(files)]


def test_paths_that_give_some_document_list_the_others_skipped(tmp_path: Path) -> None:
    """A run that reads one document of a feed and skips its broken file compares the one it
    read and lists the other as skipped, raising nothing."""
    (tmp_path / "feed.json").write_text(f"[{FERRY_RECORD}]", encoding="utf-8")
    (tmp_path / "late.json").write_text(f"[{FERRY_RECORD},", encoding="utf-8")
    result = compare_paths(tmp_path)
    assert [d.id for d in result.documents] == ["hg-1"]
    assert [s.path for s in result.skipped] == [(tmp_path / "late.json").as_posix()]


def test_settings_given_as_a_dict_are_a_type_error_that_says_so() -> None:
    """Settings given as a dict of their fields are refused by either entry point in one line
    that names the type it takes, not an AttributeError from a stage."""
    message = "settings must be a Settings, as Settings(min_similarity=90), or None, got dict"
    as_dict = {"min_similarity": 90}
    with pytest.raises(TypeError, match=re.escape(message)):
        compare_documents([document(GENEVA_TALKS)], as_dict)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=re.escape(message)):
        compare_paths(WIRE_COPY, as_dict)  # type: ignore[arg-type]


def test_credits_given_as_a_list_are_a_tuple() -> None:
    """Credits given as a list, as a JSON record or a database row gives them, are taken as the
    tuple a Document declares: the document's credits are the list's, and a copy that credits
    its wire discloses it."""
    text = "A bridge over the Kessel River collapsed on Tuesday, killing two drivers."
    wire = replace(document(text, "wire", "Associated Press"), credits=["AP"])  # type: ignore[arg-type]
    copy = replace(document(text, "copy", "Harbour Post"), credits=["AP"])  # type: ignore[arg-type]
    result = compare_documents([wire, copy])
    assert [d.credits for d in result.documents] == [("AP",), ("AP",)]
    assert [p.undisclosed_reuse for p in result.pairs] == [False]


def test_documents_without_text_are_skipped_by_their_ids() -> None:
    """Feed items that give a headline and no text (empty, or only whitespace) are skipped and
    listed by their ids, as the reader skips a record with no text: they are no copies of each
    other, nor one near-duplicate cluster, and the story with text is compared alone."""
    items = [
        replace(document("", "geneva"), title="Geneva talks end without a deal"),
        replace(document(" \n\n ", "chile"), title="Earthquake strikes Chile coast"),
        document("Talks in Geneva ended on Monday without a deal, officials said.", "wire"),
    ]
    result = compare_documents(items)
    assert [d.id for d in result.documents] == ["wire"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("geneva", "no text"),
        ("chile", "no text"),
    ]
    assert (result.pairs, [c.doc for c in result.clusters]) == ((), ["wire"])


def test_a_document_longer_than_an_article_is_skipped_by_its_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A document whose text holds more characters than one article may is skipped and listed
    by its id with its length and the limit, as the reader skips a file so long."""
    monkeypatch.setattr("compare.read.MAX_ARTICLE_CHARS", 200)
    talks = "Talks in Geneva ended on Monday without a deal, officials said. "
    items = [document(talks, "wire"), document(talks * 4, "dump"), document(talks, "daily")]
    result = compare_documents(items)
    assert [d.id for d in result.documents] == ["wire", "daily"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        (
            "dump",
            "256 characters, over the limit of 200 for one article "
            "(news articles run to tens of thousands)",
        ),
    ]


GENEVA_TALKS = "Talks in Geneva ended on Monday without a deal, officials said."


@pytest.mark.parametrize(
    "early",
    [
        pytest.param(
            replace(document(GENEVA_TALKS, "early"), published_time="2025-03-11T23:30:00Z"),
            id="in_utc",
        ),
        pytest.param(
            replace(document(GENEVA_TALKS, "early"), published_local_time="2025-03-11T23:30:00"),
            id="without_a_zone",
        ),
    ],
)
def test_a_document_given_a_time_alone_is_dated_by_it(early: Document) -> None:
    """A document given a time, in UTC or without a zone, and no date is of that time's day,
    and published before one dated the day after: the earlier is the origin."""
    late = replace(document(GENEVA_TALKS, "late"), published="2025-03-12")
    result = compare_documents([late, early], single_story=True)
    assert result.by_id["early"].published == "2025-03-11"
    (pair,) = result.pairs
    assert pair.origin == "early"


def test_reports_are_identical_under_different_hash_seeds(tmp_path: Path) -> None:
    """Two processes with different PYTHONHASHSEED write byte-identical reports."""
    for seed in ("1", "2"):
        out = tmp_path / seed
        command = ["run", str(WIRE_COPY), "--out", str(out), "--format", "all", "-q"]
        done = subprocess.run(
            [sys.executable, "-m", "compare", *command],
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=ROOT,
            check=False,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
    for file in sorted((tmp_path / "1").iterdir()):
        assert file.read_bytes() == (tmp_path / "2" / file.name).read_bytes(), file.name


def test_the_cycle_collector_is_left_as_the_caller_had_it(seed_texts: list[str]) -> None:
    """A run pauses Python's cycle collector for speed and restores it, on or off, afterwards."""
    documents = [document(seed_texts[0], "a"), document(seed_texts[1], "b")]
    compare_documents(documents)
    assert gc.isenabled()
    gc.disable()
    try:
        compare_documents(documents)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_repeated_text_is_segmented_once_and_each_copy_keeps_its_id(
    seed_texts: list[str],
) -> None:
    """Two files with the same article are two documents, each with sentences of its own id."""
    result = compare_documents([document(seed_texts[0], "a"), document(seed_texts[0], "b")])
    assert [s.doc for s in result.sentences["b"]] == ["b"] * len(result.sentences["a"])
    assert [s.key for s in result.sentences["a"]] == [s.key for s in result.sentences["b"]]
    (pair,) = result.pairs
    assert pair.identical and pair.verdict.value == "copy"


def test_chinese_is_compared_word_by_word() -> None:
    """Chinese writes no spaces: its words are cut, so a paper's rewrite of a Xinhua dispatch is
    found derived with a long copied run and its "said" turned "claimed"; another paper's own
    report of the strike joins the story, independent; a story about cars stays apart."""
    result = compare_paths([str(CHINESE)])
    assert [story.documents for story in result.stories] == [
        ("daily", "indep", "xinhua"),
        ("tech",),
    ]
    verdicts = {
        (p.a, p.b): (p.verdict.value, p.direction, p.longest_run_words) for p in result.pairs
    }
    assert verdicts[("daily", "xinhua")][:2] == ("derived", "b->a")
    assert verdicts[("daily", "xinhua")][2] >= 15
    assert verdicts[("daily", "indep")][0] == "independent"
    (rewrite,) = [p for p in result.pairs if (p.a, p.b) == ("daily", "xinhua")]
    notes = {(n.kind, n.a, n.b) for m in rewrite.matches for n in m.framing}
    assert ("attribution_verb", "\u58f0\u79f0", "\u8868\u793a") in notes


WAREHOUSE_WIRE = (
    "A fire gutted a warehouse on the Dunmore docks overnight, fire officials said.\n"
    '"We saw flames coming from the roof of the warehouse," claimed Ines Reyes, who lives '
    "nearby.\n"
    "Police reportedly detained two men near the scene early on Tuesday.\n"
    "About 40 firefighters fought the blaze for six hours.\n"
)
WAREHOUSE_REWRITE = (
    "A fire gutted a warehouse on the Dunmore docks overnight, fire officials said.\n"
    'As Continental News Agency reported, "We saw flames coming from the roof of the '
    'warehouse," said Elena Kowalski, who lives nearby.\n'
    "Police detained two men near the scene early on Tuesday.\n"
    "More than 60 firefighters fought the blaze for six hours.\n"
)


@pytest.mark.parametrize(
    ("paths", "rewrites"),
    [
        pytest.param((), (WAREHOUSE_REWRITE,), id="english_rewrite"),
        pytest.param(
            (),
            (WAREHOUSE_REWRITE, "Updated with the firefighters' count.\n" + WAREHOUSE_REWRITE),
            id="same_sentences_further_on_in_a_later_copy",
        ),
        pytest.param((CHINESE, JAPANESE), (), id="chinese_japanese"),
    ],
)
def test_every_framing_note_points_at_its_words_in_the_documents(
    paths: tuple[Path, ...], rewrites: tuple[str, ...]
) -> None:
    """Each span of a framing note slices one of the words it names on its side from its
    document's text, as a match's spans slice its sentences; a rewrite's verb written in two
    places ("reported, said") gets a span for each. A copy that writes the same sentences
    further on gets their notes at its own places, not the first copy's."""
    result = (
        compare_paths([str(path) for path in paths])
        if paths
        else compare_documents(
            [
                document(WAREHOUSE_WIRE, "wire"),
                *(document(text, f"rewrite{n}") for n, text in enumerate(rewrites)),
            ],
            single_story=True,
        )
    )
    text = {d.id: d.text for d in result.documents}
    placed = []
    for pair in result.pairs:
        for note in (n for m in pair.matches for n in m.framing):
            for doc, named, spans in (
                (pair.a, note.a, note.a_spans),
                (pair.b, note.b, note.b_spans),
            ):
                words = {
                    unicodedata.normalize("NFC", w).casefold() for w in re.split(r", | / ", named)
                }
                assert all(text[doc][start:end].casefold() in words for start, end in spans), note
                placed.append((note.kind, [text[doc][start:end] for start, end in spans]))
    assert placed
    if not paths:
        assert (FramingKind.ATTRIBUTION_VERB, ["reported", "said"]) in placed
        assert (FramingKind.SPEAKER_CHANGED, ["Elena Kowalski"]) in placed


def test_a_note_on_sentences_merged_across_paragraphs_points_at_its_words() -> None:
    """A match that joins two sentences a blank line parts in their document (a transcript's
    turns, a wire's paragraphs) places a note on the second sentence's words at those words, not
    one character early for each character of the break past one."""
    wire = (
        "Ferry staff at Straits Ferries voted to reject a pay offer on Thursday, the union said.\n\n"
        "The union said it would keep the medical sailings to the islands running during any"
        " strike.\n\n"
        "Its members had not been consulted on the offer, officials claimed.\n"
    )
    paper = (
        "Ferry staff at Straits Ferries voted to reject a pay offer on Thursday, the union said.\n\n"
        "The union said it would keep the medical sailings to the islands running during any"
        " strike, and its members had not been consulted on the offer, officials insisted.\n"
    )
    result = compare_documents(
        [document(wire, "wire"), document(paper, "paper")], single_story=True
    )
    text = {d.id: d.text for d in result.documents}
    (pair,) = result.pairs
    (merged,) = [m for m in pair.matches if len(m.a.sentences) + len(m.b.sentences) == 3]
    (verb,) = [n for n in merged.framing if n.kind is FramingKind.ATTRIBUTION_VERB]
    assert [text[pair.a][start:end] for start, end in verb.a_spans] == ["claimed"]
    assert [text[pair.b][start:end] for start, end in verb.b_spans] == ["insisted"]


def test_japanese_is_compared_word_by_word() -> None:
    """Japanese writes no spaces either: its words are cut, so a paper that runs a Kyodo dispatch
    under Kyodo's dateline, with one verb's ending changed and a sentence of its own, is derived
    from it with a long copied run, credits Kyodo and shows the one edit word by word; a
    broadcaster's own report that takes two of its sentences without credit is partial and
    undisclosed; another outlet's own report of the strike joins the story, independent; a
    story about cars stays apart."""
    result = compare_paths([str(JAPANESE)])
    assert [story.documents for story in result.stories] == [
        ("broadcaster", "indep", "kyodo", "paper"),
        ("other",),
    ]
    verdicts = {
        (p.a, p.b): (p.verdict.value, p.direction, p.undisclosed_reuse) for p in result.pairs
    }
    assert verdicts[("kyodo", "paper")] == ("derived", "a->b", False)
    assert verdicts[("broadcaster", "kyodo")] == ("partial", "b->a", True)
    assert {verdicts[pair][0] for pair in verdicts if "indep" in pair} == {"independent"}
    (rerun,) = [p for p in result.pairs if (p.a, p.b) == ("kyodo", "paper")]
    assert rerun.longest_run_words >= 50
    # "話している" (is saying) became "話した" (said).
    assert [(e.op, e.a, e.b) for m in rerun.matches for e in m.edits if e.op != "equal"] == [
        ("replace", ("て", "いる"), ("た",))
    ]


def test_a_chronology_copied_with_a_time_changed_notes_the_time() -> None:
    """A chronology's times are facts of its entries, not a live blog's times of posting: a copy
    that moves one event from 9:03 to 9:13 a.m. edits that entry and is noted for it."""
    text = (
        "8:46 a.m. \u2014 American Airlines Flight 11 crashes into the north tower.\n"
        "9:03 a.m. \u2014 United Airlines Flight 175 crashes into the south tower.\n"
        "9:37 a.m. \u2014 American Airlines Flight 77 crashes into the Pentagon."
    )
    copy = text.replace("9:03", "9:13")
    (pair,) = compare_documents([document(text, "a"), document(copy, "b")], single_story=True).pairs
    notes = [(n.kind, n.a, n.b) for m in pair.matches for n in m.framing]
    assert notes == [("number_changed", "9:03 a.m.", "9:13 a.m.")]


def test_a_quotation_escaped_in_a_text_file_is_compared_as_a_quotation(tmp_path: Path) -> None:
    """A feed dumped to text writes a quotation's marks as "&quot;": a copy that quotes the
    governor with one word changed changes words inside the quotation, and turns no paraphrase
    into one."""
    dump = (
        "Governor Ruth Abara said the bank was &quot;not yet ready&quot; to cut rates.\n\n"
        "Markets &amp; analysts had priced in a small chance of a cut on Thursday."
    )
    copy = dump.replace("&quot;", '"').replace("&amp;", "&").replace("ready", "willing")
    for outlet, text in (("feed", dump), ("paper", copy)):
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "rates.txt").write_text(text, encoding="utf-8")
    (pair,) = compare_paths([str(tmp_path)]).pairs
    notes = [(n.kind, n.a, n.b) for m in pair.matches for n in m.framing]
    assert notes == [("quote_changed", "ready", "willing")]


def test_a_newsletters_blockquote_is_compared_as_a_quotation(tmp_path: Path) -> None:
    """A newsletter quotes the councillor a paper quoted, as a blockquote without quotation
    marks and with her name on a line under it: the two quote her alike, the newsletter neither
    states her words as fact nor copies them, and her name is no news it adds."""
    (tmp_path / "ledger").mkdir()
    (tmp_path / "ledger" / "buses.txt").write_text(
        "Tarrow council will cut 12 more bus routes in September, its transport committee "
        "decided on Tuesday.\n"
        '"Every route we cut is a lifeline for someone. I know that, and it keeps me awake at '
        'night," Councillor Anita Brooks told the Ledger.\n'
        "The cuts leave the Bellfield estate with a single evening service.\n",
        encoding="utf-8",
    )
    (tmp_path / "digest").mkdir()
    (tmp_path / "digest" / "buses.md").write_text(
        "# Transit Digest\n\nTarrow will cut 12 more bus routes in September, the Ledger "
        "reports.\n\n> Every route we cut is a lifeline for someone. I know that, and it keeps "
        "me awake at night.\n> \u2014 Anita Brooks, councillor\n\n"
        "Our take: the council found money for a new car park last year.\n",
        encoding="utf-8",
    )
    result = compare_paths([str(tmp_path)], single_story=True)
    assert result.sentences["digest/buses"][1].text == (
        "\u201cEvery route we cut is a lifeline for someone. I know that, and it keeps me awake "
        "at night,\u201d said Anita Brooks, councillor."
    )
    (pair,) = result.pairs
    (quoted,) = [match for match in pair.matches if match.a.sentences == (1,)]
    assert quoted.framing == ()
    assert pair.only_a == (2,)
    # Read as the digest's own words, the quotation made 40% of them copied.
    assert pair.a_in_b < 0.2


WIRE_PARAGRAPHS = (
    "WASHINGTON (AP) \u2014 The Senate passed a $1.2 trillion spending bill early Saturday, "
    "averting a government shutdown hours after a midnight deadline.",
    "The bill, approved 74-24, now goes to the president, who has said he will sign it.",
    "Lawmakers worked through the night to settle disputes over border funding.",
)


def test_a_newsletters_excerpt_of_a_wire_story_is_a_copy(tmp_path: Path) -> None:
    """A newsletter that reprints a wire story's paragraphs as a blockquote copies the wire's
    prose: no quotation of anyone, so the pair is a copy with no framing notes."""
    (tmp_path / "wire.txt").write_text("\n\n".join(WIRE_PARAGRAPHS) + "\n", encoding="utf-8")
    excerpt = "\n>\n".join(f"> {paragraph}" for paragraph in WIRE_PARAGRAPHS)
    (tmp_path / "letter.md").write_text(
        f"# The Morning Brief\n\nGood morning, here is the news.\n\n{excerpt}\n\n"
        "More on what it means for you tomorrow.\n",
        encoding="utf-8",
    )
    (pair,) = compare_paths([str(tmp_path)], single_story=True).pairs
    assert pair.verdict.value == "copy"
    assert all(match.framing == () for match in pair.matches)


def test_an_update_notice_in_a_blockquote_is_still_boilerplate(tmp_path: Path) -> None:
    """A story that sets its update notice apart as a blockquote carries the same notice as a
    version that does not: boilerplate in both, neither adds it nor quotes it."""
    story = (
        "# Council cuts three bus routes\n\nThe county council voted on Tuesday to cut three "
        "bus routes serving rural villages, citing a budget shortfall.\n\n"
    )
    notice = "This story has been updated to include comment from the council."
    (tmp_path / "quoted.md").write_text(f"{story}> {notice}\n", encoding="utf-8")
    (tmp_path / "plain.md").write_text(f"{story}{notice}\n", encoding="utf-8")
    (pair,) = compare_paths([str(tmp_path)], single_story=True).pairs
    assert (pair.only_a, pair.only_b) == ((), ())
    assert all(match.framing == () for match in pair.matches)


def test_a_short_sentence_trimmed_of_its_hedge_and_source_is_an_edit_noted_so() -> None:
    """A paper that cuts a wire's sentence down to its claim, nine words without "reportedly"
    and "according to two council engineers ...", edited that sentence: the hedge and the
    attribution it dropped are noted, and neither side is said to add the sentence."""
    wire = (
        "A landslide buried a stretch of the coastal road near Porth Elin on Sunday.\n"
        "The slope was reportedly weakened by a burst water main, according to two council "
        "engineers who inspected the site.\n"
        "Traffic is being diverted through the village, the council said."
    )
    paper = wire.replace(
        "reportedly weakened by a burst water main, according to two council engineers who "
        "inspected the site.",
        "weakened by a burst water main.",
    )
    (pair,) = compare_documents([document(wire, "wire"), document(paper, "paper")]).pairs
    assert [(m.a.sentences, m.b.sentences, m.kind) for m in pair.matches] == [
        ((0,), (0,), "verbatim"),
        ((1,), (1,), "edited"),
        ((2,), (2,), "verbatim"),
    ]
    notes = {(n.kind, n.a) for n in pair.matches[1].framing}
    assert {
        ("hedge_removed", "reportedly"),
        ("attribution_removed", "according to two council engineers"),
    } <= notes


def test_a_claim_hardened_as_its_source_is_dropped_is_an_edit_noted_so() -> None:
    """A paper that turns a ministry's "The toxin is expected to reach the coast by Friday, the
    ministry said in a statement." into "The toxin will reach the coast by Friday." edited that
    sentence: both changes are noted, with the source dropped, and neither side is said to add
    the sentence."""
    agency = (
        "The toxin is expected to reach the coast by Friday, the ministry said in a statement.\n"
        "Workers began laying booms near the Alsen plant on Sunday night."
    )
    paper = agency.replace(
        "is expected to reach the coast by Friday, the ministry said in a statement.",
        "will reach the coast by Friday.",
    )
    (pair,) = compare_documents([document(agency, "agency"), document(paper, "paper")]).pairs
    assert [(m.a.sentences, m.b.sentences, m.kind) for m in pair.matches] == [
        ((0,), (0,), "edited"),
        ((1,), (1,), "verbatim"),
    ]
    assert [(n.kind, n.a, n.b) for n in pair.matches[0].framing] == [
        ("attribution_removed", "the ministry said", ""),
        ("hedge_removed", "expected to", ""),
    ]
    assert (pair.only_a, pair.only_b) == ((), ())


def test_boilerplate_is_never_aligned() -> None:
    """Two independent reports that open with the same dateline and close with the same credit
    line share no sentence: neither line is news."""
    first = document(
        "WASHINGTON (AP) \u2014 The Senate passed the budget on Tuesday.\n"
        "Reuters contributed to this report.",
        "first",
    )
    second = document(
        "WASHINGTON (AP) \u2014 Lawmakers argued late into the night over farm subsidies.\n"
        "Reuters contributed to this report.",
        "second",
    )
    (pair,) = compare_documents([first, second], single_story=True).pairs
    assert pair.matches == ()


def test_tables_header_rows_are_no_sentences_to_match(tmp_path: Path) -> None:
    """Two outlets' own reports of one election, each with a table of results under the same
    header ("Party | Seats | Change"), one in Markdown and one on a web page: the header names
    columns, is no sentence of either, and does not match the other's; the rows of figures,
    the same in both, still do."""
    (tmp_path / "ledger").mkdir()
    (tmp_path / "ledger" / "vote.md").write_text(
        "# Greens win Riverside\n\nThe Greens became the largest party on Riverside council "
        "after Sunday's vote, winning twelve of the 45 seats.\n\n"
        "| Party | Seats | Change |\n| --- | ---: | ---: |\n| Greens | 12 | +4 |\n"
        "| Labour | 11 | -3 |\n\nTurnout reached 61 percent, the highest in two decades.\n",
        encoding="utf-8",
    )
    (tmp_path / "courier").mkdir()
    (tmp_path / "courier" / "vote.html").write_text(
        "<html><head><title>Labour loses Riverside</title></head><body><article>"
        "<h1>Labour loses Riverside</h1><p>Labour lost control of Riverside council for the "
        "first time since 1998, as voters punished the party over the tram budget.</p>"
        "<table><thead><tr><th>Party</th><th>Seats</th><th>Change</th></tr></thead><tbody>"
        "<tr><td>Labour</td><td>11</td><td>-3</td></tr><tr><td>Greens</td><td>12</td><td>+4</td>"
        "</tr></tbody></table><p>Council leader Helena Varga said she would stay on to rebuild "
        "the party before the next election in 2029.</p></article></body></html>",
        encoding="utf-8",
    )
    result = compare_paths([str(tmp_path)], single_story=True)
    assert not any(
        "Party" in sentence.text
        for sentences in result.sentences.values()
        for sentence in sentences
    )
    (pair,) = result.pairs
    assert sorted(match.a.text for match in pair.matches) == [
        "Greens | 12 | +4",
        "Labour | 11 | -3",
    ]


LEDGER = "tarrow_ledger/bridge"


def test_reprints_of_one_origin_are_no_copies_of_each_other(tmp_path: Path) -> None:
    """Three papers reprint a city paper's story that afternoon, each crediting it: two reprints
    share the paper's text, taken from it and not from each other, so no pair is undisclosed
    reuse and no reprint is said to copy another."""
    write_bridge_pickups(tmp_path)
    pairs = compare_paths([str(tmp_path)]).pairs
    reprints = [p for p in pairs if LEDGER not in (p.a, p.b)]
    assert len(reprints) == 3
    assert {(p.direction, p.undisclosed_reuse, p.common_origin) for p in reprints} == {
        (None, False, LEDGER)
    }
    assert not [p for p in pairs if p.undisclosed_reuse]


def test_an_uncredited_reprint_is_flagged_against_its_origin_alone(tmp_path: Path) -> None:
    """Of three reprints, one does not credit the paper: it is flagged against the paper, not
    against the reprints that share the paper's text with it."""
    write_bridge_pickups(tmp_path, uncredited="metro_digest")
    pairs = compare_paths([str(tmp_path)]).pairs
    assert [(p.a, p.b, p.direction) for p in pairs if p.undisclosed_reuse] == [
        ("metro_digest/bridge", LEDGER, "b->a")
    ]


def test_a_scoop_under_a_byline_in_lower_case_is_the_origin_of_its_later_copy(
    tmp_path: Path,
) -> None:
    """A paper's scoop, "By Lena Ortiz, staff writer" over its 8 a.m. date line, and a digest
    that copies it at 3 p.m. with a paragraph of its own: the scoop is dated, so the digest is
    the copy, flagged for not crediting it."""
    paragraphs = [
        "The Ashby school board voted 5-2 on Monday night to fire Superintendent Ray Dunn "
        "after a state audit found $1.4 million in district funds could not be accounted for.",
        "The audit, obtained through a public records request, said purchase orders worth "
        "$600,000 were approved without the signatures the district requires.",
        "Dunn, who led the district for six years, did not respond to requests for comment.",
        "Board president Carla Nunez said an interim superintendent would be named next week.",
    ]
    scoop = (
        "Ashby school board fires superintendent\n\nBy Lena Ortiz, staff writer\n\n"
        "May 20, 2024 8:00 a.m. EDT\n\nASHBY \u2014 " + "\n\n".join(paragraphs)
    )
    copy = "School chief fired\n\nMay 20, 2024 3:00 p.m. EDT\n\n" + "\n\n".join(
        [*paragraphs, "Parents at the meeting applauded the vote, and some called for more."]
    )
    (tmp_path / "ledger").mkdir()
    (tmp_path / "digest").mkdir()
    (tmp_path / "ledger" / "school.txt").write_text(scoop, encoding="utf-8")
    (tmp_path / "digest" / "school.txt").write_text(copy, encoding="utf-8")
    (pair,) = compare_paths([str(tmp_path)]).pairs
    assert (pair.a, pair.b, pair.direction, pair.undisclosed_reuse) == (
        "digest/school",
        "ledger/school",
        "b->a",
        True,
    )


def test_a_release_and_its_newswire_copy_are_both_the_origin() -> None:
    """A company's release on its site and on a newswire at the same minute, reprinted by two
    papers: the papers took it from the release, not from each other; but the newswire's copy
    is the origin too, not a third article between the release and a paper, so each paper's
    pair with it keeps its direction and its flag. The newswire's copy names Acme Robotics, so
    its pair with the release is no undisclosed reuse."""
    release = "\n".join(
        [
            "Acme Robotics Inc. today announced plans to build a $120 million plant in Tarrow,"
            " Ohio, that is expected to create 450 full-time jobs by 2027.",
            "The 300,000-square-foot facility will produce the company's Atlas line of"
            " autonomous forklifts and is scheduled to open in the second quarter of 2026.",
            "Construction is expected to begin in August 2024.",
        ]
    )
    local = "\nTarrow Mayor Ellen Ruiz called the plant the best news the city has had in years."

    def at(text: str, id: str, time: str) -> Document:
        dated = document(text, id, published="2024-05-14")
        return replace(dated, published_time=f"2024-05-14T{time}:00Z")

    result = compare_documents(
        [
            at(release, "acme", "12:00"),
            at(release, "prnewswire", "12:00"),
            at(release + local, "ledger", "15:00"),
            at(release, "courier", "17:00"),
        ]
    )
    pairs = {(p.a, p.b): p for p in result.pairs}
    assert pairs[("ledger", "courier")].common_origin == "acme"
    assert [
        (p.direction, p.undisclosed_reuse) for p in result.pairs if "prnewswire" in (p.a, p.b)
    ] == [
        (None, False),
        ("a->b", True),
        ("a->b", True),
    ]


def same_day_rewrites(outlets: int) -> list[Document]:
    """A wire story and ``outlets`` papers of the next day, none giving its time and none
    crediting anyone, each running most of the wire's or (one in three or so) an earlier
    paper's sentences, some with "said" made "stated", and a line of its own."""
    rng = random.Random(1)
    places = ["Calder", "Tarrow", "Brennick", "Ashford", "Morland", "Kesby", "Dunmore", "Halvik"]
    wire = [
        f"Dockworkers at the Port of {places[n % len(places)]} walked off the job on Monday in "
        f"dispute number {n} over pay and automation, union leaders said."
        for n in range(25)
    ]
    texts = {"wire": wire}
    for k in range(outlets):
        base = texts[rng.choice(list(texts))] if rng.random() < 0.3 else wire
        texts[f"o{k:03d}"] = [
            *(
                s if rng.random() < 0.7 else s.replace("said", "stated")
                for s in base
                if rng.random() < 0.8
            ),
            f"Outlet {k} added its own local paragraph about shop number {k} in town {k * 7}.",
        ]
    return [
        document(
            " ".join(sentences),
            id,
            "Coastal Wire" if id == "wire" else f"Outlet {id[1:]}",
            published="2025-01-01" if id == "wire" else "2025-01-02",
        )
        for id, sentences in texts.items()
    ]


def test_who_copied_whom_agrees_with_the_pairs_of_two_copies_of_one_origin() -> None:
    """Of papers of one day that give no time, which took from which is told by the pairs'
    directions; the report's who-copied-whom is the one the pairs of two copies of the wire were
    revised by: no pair said to share the wire's text is also one paper taking from the other.
    Nobody credits anyone, so no taking is credited (a revised pair's cleared flag is no
    credit)."""
    report = json.loads("".join(json_chunks(compare_documents(same_day_rewrites(19)))))
    (story,) = report["stories"]
    taken = {(t["copy"], t["origin"]) for t in story["taken"]}
    revised = [p for p in report["pairs"] if p["common_origin"]]
    assert revised
    assert not [p for p in revised if {(p["a"], p["b"]), (p["b"], p["a"])} & taken]
    assert not [t for t in story["taken"] if t["credited"]]


@pytest.mark.parametrize(
    ("credit_line", "credits", "undisclosed"),
    [
        pytest.param("With wire services.", ("wire services",), False, id="wire_services"),
        pytest.param("Reuters contributed to this report.", ("Reuters",), True, id="another_wire"),
        pytest.param("Residents were still without power.", (), True, id="no_credit"),
    ],
)
def test_credits_are_found_alike_in_memory_and_in_files(
    tmp_path: Path, credit_line: str, credits: tuple[str, ...], undisclosed: bool
) -> None:
    """A paper's copy of an AP story is flagged or not whether the library is given documents
    built in memory or the files that hold them: the credit lines of a document that carries no
    credits are found as a file's are."""
    wire = (
        "TARROW, May 14 (AP) \u2014 A bridge over the Kessel River collapsed on Tuesday, killing "
        "three people, police said. The span, built in 1962, had been closed to lorries since "
        "March after inspectors found cracks in two of its piers."
    )
    copy = wire.split(" \u2014 ", 1)[1] + "\n\n" + credit_line
    in_memory = compare_documents(
        [document(wire, "ap", "AP", published="2024-05-14"), document(copy, "herald", "Herald")]
    )
    for name, text in (("ap", wire), ("herald", copy)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "bridge.txt").write_text(text, encoding="utf-8")
    from_files = compare_paths([str(tmp_path)])
    for result in (in_memory, from_files):
        (pair,) = result.pairs
        herald = next(d for d in result.documents if d.id.startswith("herald"))
        assert (herald.credits, pair.undisclosed_reuse) == (credits, undisclosed)


SCHOOL_CLOSED = (
    "L'école élémentaire de Besançon fermée\n"
    "Le maire de Besançon a annoncé la fermeture de l'école élémentaire à midi.\n"
    "Les élèves seront accueillis à la mairie jusqu'à vendredi."
)


@pytest.mark.parametrize(
    "as_given",
    [
        pytest.param(unicodedata.normalize("NFD", SCHOOL_CLOSED), id="nfd"),
        pytest.param(SCHOOL_CLOSED.replace("\n", "\r\n"), id="windows_line_ends"),
        pytest.param(SCHOOL_CLOSED.replace("\n", "\r"), id="carriage_returns"),
        pytest.param(SCHOOL_CLOSED.replace("\n", "\u2028"), id="line_separators"),
        pytest.param(SCHOOL_CLOSED.replace("\n", "\u2029"), id="paragraph_separators"),
    ],
)
def test_a_text_in_memory_is_normalised_as_a_files_is(as_given: str) -> None:
    """A text given in memory as a macOS export writes it (NFD) or with its lines ended as a
    JSON feed may end them is read as the reader reads a file: the same article in NFC with
    ``\\n`` is its copy, sentence for sentence, and offsets point into the normalised text."""
    result = compare_documents(
        [document(SCHOOL_CLOSED, "wire", "AFP"), document(as_given, "daily", "Le Courrier")]
    )
    (pair,) = result.pairs
    assert (pair.verdict.value, pair.identical) == ("copy", True)
    assert result.by_id["daily"].text == SCHOOL_CLOSED
    assert [s.text for s in result.sentences["daily"]] == [
        SCHOOL_CLOSED[s.start : s.end] for s in result.sentences["wire"]
    ]


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("", id="dateline_first"),
        pytest.param("Harbour cranes idle as dockers strike\n", id="after_a_headline"),
        pytest.param("Harbour cranes idle as dockers strike\nBy Ann Lee\n\n", id="after_a_byline"),
    ],
)
def test_a_rewrite_that_drops_the_wires_dateline_is_its_copy(opening: str) -> None:
    """A paper that runs a wire story without its dateline copies it verbatim, whether the feed
    item gives its dateline first or after its headline and byline lines."""
    lede = (
        "Dockers at the port of Felixstowe walked out on Monday over a pay offer they called "
        "an insult, leaving 40 ships waiting at anchor."
    )
    rest = "\nThe union said the strike would last a week.\nThe port declined to comment."
    wire = document(
        f"{opening}FELIXSTOWE, England (AP) \u2014 {lede}{rest}",
        "wire",
        "AP",
        published="2025-03-10",
    )
    daily = document(lede + rest, "daily", "Daily Post", published="2025-03-11")
    (pair,) = compare_documents([wire, daily]).pairs
    assert pair.verdict.value == "copy"
    assert [m.kind.value for m in pair.matches] == ["verbatim"] * 3


def test_the_library_takes_a_path_and_a_format_as_written(tmp_path: Path) -> None:
    """From Python, one folder may be given as a string or a Path, and the reports' folder and
    format as a string: ``compare_paths("seeds")`` reads the seeds, not the letters of "seeds"."""
    as_list = compare.compare_paths([str(WIRE_COPY)])
    for one_path in (str(WIRE_COPY), WIRE_COPY):
        assert [d.id for d in compare.compare_paths(one_path).documents] == [
            d.id for d in as_list.documents
        ]
    written = compare.render(as_list, str(tmp_path / "out"), "json")
    assert [path.name for path in written] == ["edges.csv", "framing.csv", "report.json"]
    assert compare.ReportFormat("all").markdown


def test_the_library_names_the_report_formats_when_given_another(tmp_path: Path) -> None:
    """A format ``render`` does not write is refused by a message that lists those it does,
    and nothing is written."""
    result = compare.compare_paths(WIRE_COPY)
    with pytest.raises(ValueError, match=r"^'pdf' is not one of md, json, all$"):
        compare.render(result, tmp_path / "out", "pdf")
    assert not (tmp_path / "out").exists()


def test_rendering_another_format_removes_the_reports_an_earlier_call_wrote(
    tmp_path: Path,
) -> None:
    """Two calls into one folder leave the second's reports alone, as two runs do: report.json
    goes when Markdown is written after it, and a file of the user's stays."""
    result = compare.compare_paths(WIRE_COPY)
    out = tmp_path / "out"
    compare.render(result, out, "json")
    (out / "notes.txt").write_text("my notes", encoding="utf-8")
    written = compare.render(result, out, "md")
    assert sorted(path.name for path in out.iterdir()) == sorted(
        [".compare-files", "notes.txt", *(path.name for path in written)]
    )
    assert "report.json" not in {path.name for path in written}


def test_a_report_folder_that_is_a_file_is_named_without_the_commands_option(
    tmp_path: Path,
) -> None:
    """``render`` into a file says so of the folder it was given, naming no option of the
    ``compare`` command that a program never typed."""
    taken = tmp_path / "reports"
    taken.write_text("not a folder", encoding="utf-8")
    with pytest.raises(compare.ReportError) as raised:
        compare.render(compare.compare_paths(WIRE_COPY), taken)
    assert str(raised.value) == f"the report folder {taken} is a file, not a folder"


def test_a_misspelled_name_imported_from_the_package_is_a_type_error(tmp_path: Path) -> None:
    """mypy takes a name the package does not have for the error it is, as running it would,
    though the package imports its names when first used."""
    script = tmp_path / "typo.py"
    script.write_text("from compare import Setings, compare_documents\n", encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--follow-imports=silent", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(ROOT)},
    )
    assert checked.returncode == 1
    assert 'Module "compare" has no attribute "Setings"' in checked.stdout
    assert "compare_documents" not in checked.stdout


def test_every_public_name_of_the_package_is_there() -> None:
    """Each name ``compare`` lists is importable from it, though imported only when first used
    (``ReadResult``, which ``compare_paths``' ``on_read`` hears, too), and its version is the one ``compare --version`` prints."""
    assert all(getattr(compare, name) is not None for name in compare.__all__)
    assert {"ReportError", "ReportFormat", "compare_paths", "render"} <= set(dir(compare))
    # The records a result and a read (what ``on_read`` hears) are made of, down to their
    # fields' fields, named where a caller annotates what it reads; not the names the package
    # imports to find them.
    waiting, seen = ["Result", "ReadResult"], {"Result", "ReadResult"}
    while waiting:
        record = getattr(compare, waiting.pop())
        for field in fields(record):
            for name in re.findall(r"[A-Z]\w+", str(field.type)):
                assert name in {"Mapping", "None", *compare.__all__}, (record, field.name)
                if name not in seen and is_dataclass(getattr(compare, name, None)):
                    seen.add(name)
                    waiting.append(name)
    assert {"Progress", "Relation", "Sentence", "Span", "UnreadDate"} <= set(compare.__all__)
    assert {"ReadResult", "Renamed", "UnorderedVersions"} <= seen
    assert not {"TYPE_CHECKING", "annotations", "import_module"} & set(dir(compare))
    printed = subprocess.run(
        [sys.executable, "-m", "compare", "--version"], capture_output=True, text=True, check=True
    )
    assert printed.stdout.split()[:2] == ["compare", compare.__version__]


# The Valley Post's rewrite of the Gazette's quarry story was published at 07:30, after the first
# version went out and before the Gazette's first edit.
def test_versions_of_one_article_are_ordered_by_their_modification(tmp_path: Path) -> None:
    """Versions of one article, listed newest first, go in the order they were modified: each
    pair's origin is the earlier version, so the dropped hedge is removed and the toll rises;
    the first version is canonical and the latest titles the story. Another outlet is still dated by its
    publication against the first; published before the later versions were modified, it took
    nothing from them: those pairs have no direction, and name the first as their common
    origin (finding 2 of acceptance round 21: it was charged with reusing versions that did not
    yet exist)."""
    records = [
        *QUARRY_VERSIONS,
        {
            "id": "valley-post",
            "source": "Valley Post",
            "published": "2025-09-03T07:30:00Z",
            "text": "\n\n".join([QUARRY[0], QUARRY[1].replace("reportedly ", ""), QUARRY[3]]),
        },
    ]
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(records), encoding="utf-8")
    result = compare_paths([str(feed)])
    (story,) = result.stories
    assert story.title == "Quarry owner ignored warnings"
    origins = {frozenset((p.a, p.b)): (p.origin, p.common_origin) for p in result.pairs}
    assert origins == {
        frozenset(("gazette-v1", "gazette-v2")): ("gazette-v1", None),
        frozenset(("gazette-v1", "gazette-v3")): ("gazette-v1", None),
        frozenset(("gazette-v2", "gazette-v3")): ("gazette-v2", None),
        frozenset(("gazette-v1", "valley-post")): ("gazette-v1", None),
        frozenset(("gazette-v2", "valley-post")): (None, "gazette-v1"),
        frozenset(("gazette-v3", "valley-post")): (None, "gazette-v1"),
    }
    assert [(p.a, p.b) for p in result.pairs if p.undisclosed_reuse] == [
        ("gazette-v1", "valley-post")
    ]
    # Each note read the way the later version changed the earlier one.
    changes = {
        (note.kind if p.direction == "a->b" else note.kind.mirrored)
        for p in result.pairs
        if "valley-post" not in (p.a, p.b)
        for m in p.matches
        for note in m.framing
    }
    assert changes == {FramingKind.HEDGE_REMOVED, FramingKind.NUMBER_CHANGED}
    canonical = {m.doc: m.canonical for m in result.clusters if m.doc.startswith("gazette")}
    assert canonical == dict.fromkeys(["gazette-v1", "gazette-v2", "gazette-v3"], "gazette-v1")


@pytest.mark.parametrize(
    "field", ["modified_at", "modifiedAt", "last_updated", "lastUpdated", "date_modified"]
)
def test_a_correction_modified_later_is_the_version_to_keep(tmp_path: Path, field: str) -> None:
    """A news API that stamps a corrected version under its own name for the modification time
    (camelCase or snake_case) makes it the latest version, with no warning that the versions'
    order cannot be told (finding c3 of acceptance round 31: only "updated_at" was read, and the
    stale version was kept)."""
    first = {
        "id": "tribune-41",
        "url": "https://harbortribune.example/ferry-fares",
        "source": "Harbor Tribune",
        "published_at": "2026-03-02T08:00:00Z",
        "text": "Ferry fares to the islands will rise by 6 percent in April. The port board "
        "voted 5 to 2 for the rise on Monday. Commuters' groups said they would appeal.",
    }
    corrected = first | {
        "text": first["text"].replace("5 to 2", "4 to 3")
        + " Correction: an earlier version of this article gave the vote as 5 to 2.",
        field: "2026-03-02T13:30:00Z",
    }
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in (first, corrected)), encoding="utf-8")
    warnings: list[str] = []
    result = compare_paths([str(feed)], on_read=lambda read: warnings.extend(read_warnings(read)))
    (corrected_id,) = (d.id for d in result.documents if "Correction:" in d.text)
    assert corrected_id.startswith("tribune-41@")
    assert {m.latest_version for m in result.clusters} == {corrected_id}
    assert not [line for line in warnings if "cannot be told" in line]


FERRY_VOTE = (
    "The port board of Alderney voted on Monday to raise ferry fares by 6 percent. Board chair "
    "Ruth Malone said the rise would pay for a new vessel. Fares have not risen since 2019."
)


def test_a_story_keeps_its_key_in_a_renamed_or_reordered_export(tmp_path: Path) -> None:
    """A story whose first article came in two records (a version and its update) keeps its key
    when the feed is exported again under another name and in another order: the key digests the
    feed's own id of that article, not the place the reader adds to tell its records apart
    (finding c4 of acceptance round 31: three exports gave three keys)."""
    original = {
        "id": "tribune-41",
        "url": "https://harbortribune.example/ferry-fares",
        "source": "Harbor Tribune",
        "published_at": "2026-03-02T08:00:00Z",
        "text": FERRY_VOTE,
    }
    records = [
        original,
        original
        | {"text": f"{FERRY_VOTE} The vote was 5 to 2.", "updated_at": "2026-03-02T12:00Z"},
        {
            "id": "courier-7",
            "url": "https://islandcourier.example/7",
            "source": "Island Courier",
            "published_at": "2026-03-02T10:00:00Z",
            "text": FERRY_VOTE,
        },
    ]
    keys = set()
    for name, order in [("monday.jsonl", records), ("export-2.jsonl", records[::-1])]:
        feed = tmp_path / name
        feed.write_text("\n".join(json.dumps(r) for r in order), encoding="utf-8")
        (story,) = compare_paths([str(feed)], framing=False).stories
        keys.add(story.key)
    assert len(keys) == 1


def test_two_outlets_leading_stories_under_one_id_give_them_two_keys(tmp_path: Path) -> None:
    """A merged feed in which two outlets give one id to articles of two stories keys each story
    apart, though each key digests the feed's id."""
    records = [
        {"id": "123", "source": "Harbor Tribune", "text": FERRY_VOTE},
        {
            "id": "123",
            "source": "Valley Post",
            "text": "A fire destroyed a grain barn near Fenwick on Sunday night. No one was hurt, "
            "the fire service said. The cause is not yet known.",
        },
    ]
    feed = tmp_path / "merged.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    stories = compare_paths([str(feed)], framing=False).stories
    assert len({story.key for story in stories}) == len(stories) == 2


def test_versions_linked_with_tracking_parameters_are_still_ordered(tmp_path: Path) -> None:
    """A feed that links some versions with tracking parameters, a trailing slash, a fragment or
    plain http orders them as one article: each edit reads from the earlier version to the
    later, and the address is reported as the feed gave it."""
    links = [
        GAZETTE_URL + "/?utm_source=rss&utm_medium=feed",
        GAZETTE_URL.replace("https://", "http://") + "#comments",
        GAZETTE_URL,
    ]
    records = [record | {"url": link} for record, link in zip(QUARRY_VERSIONS, links, strict=True)]
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(records), encoding="utf-8")
    result = compare_paths([str(feed)])
    directed = {(p.a, p.b) if p.direction == "a->b" else (p.b, p.a) for p in result.pairs}
    assert {p.direction for p in result.pairs} <= {"a->b", "b->a"}
    assert directed == {
        ("gazette-v1", "gazette-v2"),
        ("gazette-v1", "gazette-v3"),
        ("gazette-v2", "gazette-v3"),
    }
    assert [story.title for story in result.stories] == ["Quarry owner ignored warnings"]
    assert {d.id: d.url for d in result.documents}["gazette-v3"] == links[0]


def _telegram_export(
    channel: str,
    post_id: int,
    date: str,
    unix_time: str,
    text: str,
    forwarded_from: str | None = None,
) -> str:
    """A Telegram Desktop export of one channel's one post, perhaps forwarded from another."""
    post = {
        "id": post_id,
        "type": "message",
        "date": date,
        "date_unixtime": unix_time,
        "from": channel,
        "text": text,
        "text_entities": [],
    }
    if forwarded_from is not None:
        post["forwarded_from"] = forwarded_from
    return json.dumps({"name": channel, "type": "public_channel", "messages": [post]})


def test_a_telegram_repost_is_directed_by_the_posts_unix_times(tmp_path: Path) -> None:
    """Two channels' Telegram Desktop exports date their posts without a zone: the exports' Unix
    times tell which channel posted first, so the repost two and a half hours later copies it."""
    text = (
        "Mayor Vitali Klitschko said two people were injured by falling debris in the "
        "Darnytskyi district. Emergency crews are at the scene and the fire has been put out."
    )
    for folder, channel, post_id, date, unix_time in [
        ("now", "Ukraine Now", 10, "2025-03-01T18:00:00", "1740844800"),
        ("watch", "Kyiv Watch", 3, "2025-03-01T15:30:00", "1740835800"),
    ]:
        (tmp_path / folder).mkdir()
        export = _telegram_export(channel, post_id, date, unix_time, text)
        (tmp_path / folder / "result.json").write_text(export, encoding="utf-8")
    result = compare_paths([str(tmp_path)])
    (pair,) = result.pairs
    sources = {d.id: d.source for d in result.documents}
    assert pair.direction is not None
    origin, copy = (pair.a, pair.b) if pair.direction == "a->b" else (pair.b, pair.a)
    assert (sources[origin], sources[copy]) == ("Kyiv Watch", "Ukraine Now")
    assert pair.undisclosed_reuse


def test_a_telegram_forward_credits_the_channel_it_was_forwarded_from(tmp_path: Path) -> None:
    """A post another channel forwards names the channel it came from ("forwarded_from"): the
    forward credits it, and is no undisclosed reuse."""
    text = (
        "Air defence units shot down four drones over the Obolonskyi district overnight. "
        "Debris damaged the roof of a school, and no one was hurt, the city administration said."
    )
    for folder, channel, post_id, date, unix_time, forwarded_from in [
        ("now", "Ukraine Now", 41, "2025-03-02T09:10:00", "1740899400", "Kyiv Watch"),
        ("watch", "Kyiv Watch", 18, "2025-03-02T08:40:00", "1740897600", None),
    ]:
        (tmp_path / folder).mkdir()
        export = _telegram_export(channel, post_id, date, unix_time, text, forwarded_from)
        (tmp_path / folder / "result.json").write_text(export, encoding="utf-8")
    result = compare_paths([str(tmp_path)])
    (pair,) = result.pairs
    credits = {d.source: d.credits for d in result.documents}
    assert credits == {"Ukraine Now": ("Kyiv Watch",), "Kyiv Watch": ()}
    origin = pair.a if pair.direction == "a->b" else pair.b
    assert {d.id: d.source for d in result.documents}[origin] == "Kyiv Watch"
    assert not pair.undisclosed_reuse


@pytest.mark.parametrize(
    "records",
    [
        pytest.param(QUARRY_VERSIONS_BY_FEED_CLOCK, id="modified_without_a_zone"),
        pytest.param(QUARRY_VERSIONS_ALL_BY_FEED_CLOCK, id="published_too_the_original_unmodified"),
    ],
)
def test_versions_modified_at_times_without_a_zone_are_ordered_by_them(
    tmp_path: Path, records: list[dict[str, str]]
) -> None:
    """A content system that writes when each version was modified without a zone writes all
    of them by one clock: the versions go in that order, each edit read from the earlier to the
    later, and the latest version titles the story. One that gives the original no modification
    time, its publication without a zone too, dates the original by that on the same clock
    ("reportedly" removed, not added)."""
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(records), encoding="utf-8")
    result = compare_paths([str(feed)])
    assert {p.direction for p in result.pairs} <= {"a->b", "b->a"}
    directed = {(p.a, p.b) if p.direction == "a->b" else (p.b, p.a) for p in result.pairs}
    assert directed == {
        ("gazette-v1", "gazette-v2"),
        ("gazette-v1", "gazette-v3"),
        ("gazette-v2", "gazette-v3"),
    }
    assert [story.title for story in result.stories] == ["Quarry owner ignored warnings"]


def test_versions_published_as_one_are_directed_by_their_modification_times(
    tmp_path: Path,
) -> None:
    """Three versions of one article, all published at one moment, are each directed by when
    they were modified, and each pair says so."""
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(QUARRY_VERSIONS), encoding="utf-8")
    result = compare_paths([str(feed)])
    assert [p.direction_basis for p in result.pairs] == [DirectionBasis.MODIFIED_TIME] * 3


DERAILMENT_RADIO_TXT = """\
---
source: Valley FM
title: "LIVE: Freight train derails at Holloway Junction"
date: 2025-03-10T08:40:00Z
---

UPDATE 08:40
A freight train has derailed near Holloway Junction, the fire service says.

UPDATE 09:50
The fire service says 9 people have been taken to hospital.
"""
DERAILMENT_FEED_JSONL = json.dumps(
    {
        "id": "hn-live",
        "source": "Holloway News",
        "title": "LIVE: Derailment at Holloway Junction",
        "date": "2025-03-10T08:20:00Z",
        "text": "UPDATE 11:30 - Nine people have been taken to hospital, the fire service says."
        "\n\nUPDATE 08:20 - A freight train has derailed near Holloway Junction.",
    }
)
DERAILMENT_PAGE_HTML = """\
<html><head><title>LIVE: Holloway derailment | Brackley Star</title>
<meta property="og:site_name" content="Brackley Star">
<meta property="article:published_time" content="2025-03-10T07:50:00Z"></head>
<body><article><h1>LIVE: Holloway derailment</h1>
<div><h2>12:15 GMT</h2><p>Eleven people have now been taken to hospital, the fire service says.</p></div>
<div><h2>08:05 GMT</h2><p>A freight train has come off the rails near Holloway Junction.</p></div>
</article></body></html>
"""


def test_a_live_pages_entry_times_are_no_sentences_and_no_figures(tmp_path: Path) -> None:
    """The time each entry of a live page was posted, on a line above it ("UPDATE 08:40"),
    before it ("UPDATE 11:30 - ") or in a heading of its own ("<h2>12:15 GMT</h2>"), is no
    sentence of the page, no word it counts and no figure a pair of pages changes: two
    outlets' entries posted at other times report the same toll (acceptance round 22, finding
    5)."""
    (tmp_path / "valley.txt").write_text(DERAILMENT_RADIO_TXT, encoding="utf-8")
    (tmp_path / "holloway.jsonl").write_text(DERAILMENT_FEED_JSONL + "\n", encoding="utf-8")
    (tmp_path / "brackley.html").write_text(DERAILMENT_PAGE_HTML, encoding="utf-8")
    result = compare_paths([tmp_path])
    stamp = re.compile(r"\d{2}:\d{2}")
    assert [
        s.text for d in result.documents for s in result.sentences[d.id] if stamp.search(s.text)
    ] == []
    assert sum(len(result.sentences[d.id]) for d in result.documents) == 6
    notes = [(n.a, n.b) for p in result.pairs for m in p.matches for n in m.framing]
    assert not [note for note in notes if stamp.search(" ".join(note))]


def test_each_save_of_a_live_page_is_a_later_version_of_the_one_before() -> None:
    """Saves that each replace one update line are a sequence: every pair goes from the earlier
    save to the later by modification time, none is said to share a third save's text, and each
    save took its text from the one before, not from the save whose update line happens to read
    alike (finding 1 of acceptance round 21: 8 of 15 pairs had no direction)."""
    saves = live_page(6)
    result = compare_documents(saves)
    modified = {d.id: d.modified_time or "" for d in saves}
    assert all(p.same_article and p.common_origin is None for p in result.pairs)
    assert all(p.direction_basis is DirectionBasis.MODIFIED_TIME for p in result.pairs)
    assert all(
        modified[p.origin or ""] < modified[p.b if p.origin == p.a else p.a] for p in result.pairs
    )
    by_time = sorted(modified, key=modified.__getitem__)
    (story,) = result.stories
    assert [(t.copy, t.origin) for t in result.taken[story.id]] == sorted(
        pairwise(reversed(by_time)), key=lambda taken: story.documents.index(taken[0])
    )


WEXLEY_BRIEF = (
    "Two people have been injured in an explosion at a chemical plant in Wexley, police said.\n\n"
    "Emergency services were called to the Corran Chemicals site on Dock Road at about 3 p.m. "
    "on Friday.\n\n"
    "Residents have been told to keep their doors and windows closed."
)


WEXLEY_UPDATE = WEXLEY_BRIEF + "\n\nDock Road remained closed on Friday evening."


def wexley_versions(copied_at: str, copied: str = WEXLEY_BRIEF) -> list[Document]:
    """The Wexley Observer's brief at 14:40, its update at 20:15, which adds a paragraph, and
    Regional Press's verbatim copy of one of them (``copied``) at ``copied_at``."""
    observer = Document(
        "wx-blast@feed.jsonl:1",
        "Wexley Observer",
        WEXLEY_BRIEF,
        url="https://wexleyobserver.example/dock-road-explosion",
        published="2025-08-01",
        published_time="2025-08-01T14:40:00Z",
    )
    update = replace(
        observer,
        id="wx-blast@feed.jsonl:2",
        text=WEXLEY_UPDATE,
        modified_time="2025-08-01T20:15:00Z",
    )
    copy = Document(
        "rp-1", "Regional Press", copied, published="2025-08-01", published_time=copied_at
    )
    return [observer, update, copy]


@pytest.mark.parametrize(
    ("copied_at", "copied", "origin_of_the_update_pair", "charged"),
    [
        pytest.param(
            "2025-08-01T15:30:00Z",
            WEXLEY_BRIEF,
            None,
            [("wx-blast@feed.jsonl:1", "rp-1")],
            id="brief_before_update",
        ),
        pytest.param(
            "2025-08-01T21:00:00Z",
            WEXLEY_UPDATE,
            "wx-blast@feed.jsonl:2",
            [("wx-blast@feed.jsonl:2", "rp-1")],
            id="update_after_it",
        ),
    ],
)
def test_a_copy_published_before_a_version_was_modified_is_charged_with_the_one_it_could_take(
    copied_at: str,
    copied: str,
    origin_of_the_update_pair: str | None,
    charged: list[tuple[str, str]],
) -> None:
    """A copy of the brief published before the update existed did not take the update: their
    pair has no direction, and says both took their text from the brief, which alone it is
    charged with reusing uncredited (finding 2 of acceptance round 21). A copy of the update
    published after it took the update, and is charged with that alone, not with each version
    before it too."""
    result = compare_documents(wexley_versions(copied_at, copied))
    pairs = {(p.a, p.b): p for p in result.pairs}
    update_pair = pairs[("wx-blast@feed.jsonl:2", "rp-1")]
    assert update_pair.origin == origin_of_the_update_pair
    if origin_of_the_update_pair is None:
        assert update_pair.common_origin == "wx-blast@feed.jsonl:1"
    assert [(p.a, p.b) for p in result.pairs if p.undisclosed_reuse] == charged
    versions = pairs[("wx-blast@feed.jsonl:1", "wx-blast@feed.jsonl:2")]
    assert (versions.origin, versions.same_article) == ("wx-blast@feed.jsonl:1", True)


DERAILMENT_ENTRIES = [
    "The fire service says a freight train has derailed near Holloway Junction. Crews are at the scene.",
    "Network Rail says the line between Holloway and Brackley will stay closed until at least Friday.",
    "Our reporter at the station says passengers are being moved on to buses.",
]  # fmt: skip


def derailment_pages(saved_again: bool) -> list[Document]:
    """Riverside Live's live page on a derailment, published at 07:30, as saved at 12:00 and,
    when ``saved_again``, at 18:00 with one more entry; and Valley FM's page of 08:20,
    which carries two of the paper's entries word for word beside one of its own."""
    first = Document(
        "rl-live-1200", "Riverside Live", "\n\n".join(DERAILMENT_ENTRIES),
        url="https://riversidelive.example/live/derailment", published="2025-03-10",
        published_time="2025-03-10T07:30:00Z", modified_time="2025-03-10T12:00:00Z",
    )  # fmt: skip
    later = replace(
        first,
        id="rl-live-1800",
        text="Engineers have begun lifting the wagons back on to the track.\n\n" + first.text,
        modified_time="2025-03-10T18:00:00Z",
    )
    radio = Document(
        "vfm-live", "Valley FM",
        "\n\n".join([*DERAILMENT_ENTRIES[:2], "Listeners tell us the level crossing on Mill Lane is shut."]),
        published="2025-03-10", published_time="2025-03-10T08:20:00Z",
    )  # fmt: skip
    return [first, later, radio] if saved_again else [first, radio]


@pytest.mark.parametrize(
    ("saved_again", "direction"),
    [
        pytest.param(True, None, id="first_of_two_saves"),
        pytest.param(False, "a->b", id="page_saved_once"),
    ],
)
def test_a_first_save_modified_after_another_outlets_page_came_out_is_not_its_source(
    saved_again: bool, direction: str | None
) -> None:
    """A live page published at 07:30 whose first save here is of 12:00 holds the entries of
    that hour, which a radio page of 08:20 could not take: their pair has no direction and no
    undisclosed reuse, though the paper's page came out first (acceptance round 22, finding 4).
    A page saved once is taken as published, as a wire story updated through the day keeps the
    text its copies took: its publication directs the pair."""
    result = compare_documents(derailment_pages(saved_again))
    pair = next(p for p in result.pairs if (p.a, p.b) == ("rl-live-1200", "vfm-live"))
    assert pair.verdict is not overlap.Verdict.INDEPENDENT
    assert pair.direction == direction
    assert pair.undisclosed_reuse is (direction is not None)


def test_a_rewritten_version_follows_the_one_before_and_shares_its_cluster() -> None:
    """A later version that rewrites every sentence still follows the version before it, by
    modification time, and dedup keeps the two in one cluster, the rewrite current: a feed
    deduplicated by it shows the rewrite alone, not the stale brief beside it."""
    brief, _, _ = wexley_versions("2025-08-01T15:30:00Z")
    rewrite = replace(
        brief,
        id="wx-blast@feed.jsonl:2",
        text=FLOOD_STORY,
        modified_time="2025-08-01T20:15:00Z",
    )
    result = compare_documents([rewrite, brief])
    (pair,) = result.pairs
    assert (pair.verdict, pair.origin) == (overlap.Verdict.INDEPENDENT, brief.id)
    assert [(m.doc, m.canonical, m.current, m.relation.value) for m in result.clusters] == [
        (rewrite.id, brief.id, rewrite.id, "version"),
        (brief.id, brief.id, rewrite.id, "canonical"),
    ]


# A wire story and a paper's rewrite of it.
FLOOD_STORY = (
    "Floodwater closed the Harlow Bridge on Sunday after the Tenmile River rose 3 metres in "
    "twelve hours, county officials said.\n\n"
    "About 400 homes in the low-lying Millpond district were evacuated overnight.\n\n"
    '"The water is still rising and we ask people to stay away from the banks," county '
    "emergency manager Ruth Aldane said.\n\n"
    "Schools in the district will stay closed until Wednesday."
)
FLOOD_REWRITE = (
    "Floodwater shut the Harlow Bridge on Sunday after the Tenmile River climbed 3 metres in "
    "twelve hours, officials said.\n\n"
    "Around 400 homes in the Millpond district were evacuated overnight.\n\n"
    "Schools in the district will stay closed until Wednesday."
)


def flood_pickups() -> list[Document]:
    """Reuters' story at noon, two papers that print it unchanged that afternoon (the first
    crediting Reuters in its byline, the second not), and a rewrite of it last."""
    return [
        replace(document(FLOOD_STORY, "wire", "Reuters"), published_time="2024-09-08T12:00:00Z"),
        replace(
            document(FLOOD_STORY, "valley", "Valley Times"),
            published_time="2024-09-08T15:00:00Z",
            author="By Reuters staff",
        ),
        replace(
            document(FLOOD_STORY, "plains", "Plains Gazette"),
            published_time="2024-09-08T16:00:00Z",
        ),
        replace(
            document(FLOOD_REWRITE, "metro", "Metro Post"),
            published_time="2024-09-08T17:00:00Z",
        ),
    ]


def test_each_pair_of_texts_of_a_story_is_aligned_and_measured_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three papers print one text and a fourth rewrites it: of the six pairs of documents,
    the three of the printed text with itself share one alignment and the three with the
    rewrite another, and each of those is measured once."""
    calls: list[str] = []

    def counted(name: str, module: object) -> None:
        real = getattr(module, name)

        def call(*args: object, **kwargs: object) -> object:
            calls.append(name)
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, call)

    for name in ("align_pair", "align_twins"):
        counted(name, pipeline)
    counted("longest_run", overlap)
    result = compare_documents(flood_pickups(), single_story=True)
    assert len(result.pairs) == 6
    assert sorted(calls) == ["align_pair", "align_twins", "longest_run", "longest_run"]


def test_papers_that_print_one_text_are_each_dated_and_credited_on_their_own() -> None:
    """Two papers print Reuters' text unchanged, one crediting it in its byline: their pairs
    with the wire share what their texts share, and each is dated and credited on its own,
    only the paper that credits no one charged with undisclosed reuse."""
    result = compare_documents(flood_pickups(), single_story=True)
    from_wire = {p.b: p for p in result.pairs if p.a == "wire"}
    assert [
        (p.b, p.verdict.value, p.direction, p.crediting, p.undisclosed_reuse)
        for p in from_wire.values()
        if p.identical
    ] == [
        ("valley", "copy", "a->b", ("valley",), False),
        ("plains", "copy", "a->b", (), True),
    ]
    assert from_wire["valley"].a_in_b == from_wire["plains"].a_in_b
    assert from_wire["valley"].matches == from_wire["plains"].matches


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param("ABAB", id="wire_text_first"),
        pytest.param("BABA", id="edited_text_first"),
        pytest.param("AABBBA", id="copies_in_runs"),
    ],
)
def test_outlets_that_print_one_text_align_as_their_first_copy_does(texts: str) -> None:
    """Outlets printing one text meet the outlets printing another, which moved the wire's last
    sentence to the top and edited one, with every sentence matched to its own, whichever text
    the story's order gives first (candidates are found between the first document of each text
    and reused for its copies)."""
    wire = list(FERRY_STRIKE)
    edited = [wire[-1], wire[0], wire[1].replace(" said ", " stated "), *wire[2:-1]]
    text_of = {"A": "\n\n".join(wire), "B": "\n\n".join(edited)}
    outlets = [
        Document(f"outlet{n}", f"Outlet {n}", text_of[t], published="2025-06-12")
        for n, t in enumerate(texts)
    ]
    printed = {d.id: texts[n] for n, d in enumerate(outlets)}
    result = compare_documents(outlets)
    assert len(result.pairs) == len(outlets) * (len(outlets) - 1) // 2
    for pair in result.pairs:
        kinds = [m.kind.value for m in pair.matches]
        expected_edited = 0 if printed[pair.a] == printed[pair.b] else 1
        assert kinds.count("edited") == expected_edited
        assert kinds.count("verbatim") == len(wire) - expected_edited
        assert all(
            m.a.text.replace(" stated ", " said ") == m.b.text.replace(" stated ", " said ")
            for m in pair.matches
        )


GAUGE_LEDE = (
    "Heavy rain flooded the lower town of Marsby overnight, forcing 40 families from their homes. "
    "The county weather service said the river rose two metres in six hours."
)


def gauge_bulletin(name: str, lines: int) -> Document:
    """A station's flood bulletin: the lede, then ``lines`` gauges that saw no rain."""
    gauges = "\n".join(["No rain was recorded at the gauge."] * lines)
    return document(f"{GAUGE_LEDE}\n\n{gauges}\n\nCompiled by the {name} weather desk.", name)


@pytest.mark.parametrize(
    ("documents", "holders"),
    [
        pytest.param(stock_credit_briefs(250), 250, id="a_credit_line_closing_250_briefs"),
        pytest.param(
            [gauge_bulletin("herald", 120), gauge_bulletin("tribune", 120)],
            240,
            id="a_gauge_line_two_bulletins_of_one_story_repeat_120_times_each",
        ),
    ],
)
def test_sentences_sampled_by_oversized_buckets_count_once(
    documents: list[Document], holders: int
) -> None:
    """A line more sentences hold than an LSH bucket pairs in full counts each of them once,
    whichever bands and passes (grouping stories, aligning) cut it, but for the bucket's first
    ones, which pair with every copy: a count of the sentences affected, not of the buckets."""
    result = compare_documents(documents)
    assert result.sampled_sentences == holders - BUCKET_REPRESENTATIVES
    note = sampled_note(holders - BUCKET_REPRESENTATIVES, Settings().max_bucket_size)
    assert note in render_index(result).splitlines()


def test_bulletins_repeating_a_template_line_say_their_buckets_were_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two rain bulletins of more template lines than an LSH bucket pairs in full count the
    sentences whose pairs were sampled for alignment (the run's warning), and match their lines
    as a run that pairs every bucket in full does."""
    monkeypatch.setattr(candidates, "BUCKET_REPRESENTATIVES", 2)
    rng = random.Random(5)
    herald, tribune = (
        document(
            "\n".join(
                f"The reading at station {4410 + k} was {rng.randint(1, 40)} millimetres."
                for k in range(8)
            ),
            name,
        )
        for name in ("herald", "tribune")
    )
    cut, full = (
        compare_documents([herald, tribune], Settings(max_bucket_size=size), single_story=True)
        for size in (4, 16)
    )
    assert cut.sampled_sentences > 0
    assert full.sampled_sentences == 0
    assert cut.pairs[0].matches == full.pairs[0].matches


TUNNEL_STORY = "\n\n".join(
    [
        "BRENNHOLM (NPA) \u2014 A section of the Brennholm rail tunnel flooded overnight after a"
        " water main burst above its northern portal, halting all trains on the coastal line.",
        "Engineers pumped out about 4 million litres of water by Wednesday morning, the rail"
        " operator Nordbahn said in a statement, adding that services would resume on Friday.",
        "No one was hurt, but about 300 passengers spent the night in carriages stopped short of"
        " the tunnel before buses took them on to Keldby.",
        "The city's water utility said the burst pipe was laid in 1961 and had been due for"
        " replacement next spring.",
    ]
)


def tunnel_pickups(credited_time: str, uncredited_time: str) -> list[Document]:
    """The Nordic Press Agency's tunnel story on its own site at 06:15, a partner's copy that
    keeps the agency's dateline and an uncredited copy without it, at the times given."""
    uncredited = TUNNEL_STORY.replace("BRENNHOLM (NPA) \u2014 A", "A", 1)
    return [
        replace(
            document(TUNNEL_STORY, "agency", "Nordic Press Agency"),
            published_time="2026-03-04T06:15:00Z",
        ),
        replace(
            document(TUNNEL_STORY, "gazette", "Riverside Gazette"), published_time=credited_time
        ),
        replace(document(uncredited, "ledger", "Northern Ledger"), published_time=uncredited_time),
    ]


@pytest.mark.parametrize(
    ("credited_time", "uncredited_time"),
    [
        pytest.param("2026-03-04T05:50:00Z", "2026-03-04T05:55:00Z", id="both_before_the_page"),
        pytest.param("2026-03-04T05:50:00Z", "2026-03-04T07:00:00Z", id="credited_before"),
    ],
)
def test_a_copy_crediting_an_agency_reuses_it_whatever_the_times_say(
    credited_time: str, uncredited_time: str
) -> None:
    """A partner posts the agency's copy from its feed, keeping "BRENNHOLM (NPA) -", before the
    agency's own site does: the partner reuses the agency all the same, the agency's text was
    out by then, and an uncredited copy of it is flagged against the agency alone, its pair
    with the partner's copy taken from the agency."""
    result = compare_documents(tunnel_pickups(credited_time, uncredited_time), single_story=True)
    assert {(p.a, p.b): (p.origin, p.common_origin, p.undisclosed_reuse) for p in result.pairs} == {
        ("agency", "gazette"): ("agency", None, False),
        ("agency", "ledger"): ("agency", None, True),
        ("gazette", "ledger"): (None, "agency", False),
    }
    (taken,) = result.taken.values()
    assert {(t.copy, t.origin) for t in taken} == {("gazette", "agency"), ("ledger", "agency")}


CRANE_PARAGRAPHS = (
    "A container crane collapsed at the Port of Tarrow early on Tuesday, killing two "
    "dockworkers and injuring five others, port officials said.",
    "The 60-metre crane buckled shortly after 3 a.m. while unloading a cargo ship at the "
    "eastern terminal, according to the Tarrow Port Authority.",
    "Harbour master Ines Calloway said the crane had passed a safety inspection in September.",
    "Operations at the eastern terminal were suspended until further notice, and nine ships "
    "were diverted to the neighbouring port of Keldby.",
)


def crane_page(site: str, metadata_author: str, byline: str, dateline: str = "") -> str:
    """A news site's saved page of the crane collapse: its site name and metadata author in
    its head, the byline it shows over the story."""
    paragraphs = "".join(
        f"<p>{p}</p>" for p in (dateline + CRANE_PARAGRAPHS[0], *CRANE_PARAGRAPHS[1:])
    )
    return (
        "<html><head><title>Crane collapse at Tarrow port kills two</title>"
        f'<meta property="og:site_name" content="{site}">'
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "author": '
        f'{{"@type": "Person", "name": "{metadata_author}"}}}}</script></head><body><article>'
        f'<h1>Crane collapse at Tarrow port kills two</h1><p class="byline">{byline}</p>'
        f"{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("metadata_author", "byline"),
    [
        pytest.param("Lena Ortiz", "By Lena Ortiz, Meridian Press Agency", id="writer_and_agency"),
        pytest.param("Lena Ortiz", "By Meridian Press Agency", id="agency_alone"),
        pytest.param("Lena Ortiz", "By Lena Ortiz | MPA", id="agency_initials"),
        pytest.param("Lena Ortiz", "By Lena Ortiz with MPA", id="writer_with_the_agency"),
        pytest.param("Meridian Press Agency", "By Lena Ortiz", id="agency_in_metadata_only"),
    ],
)
def test_a_pages_shown_byline_credits_the_agency_whatever_its_metadata_author(
    tmp_path: Path, metadata_author: str, byline: str
) -> None:
    """A page that shows a byline naming the agency whose text it reprints discloses it, though
    its metadata names the writer alone; and a metadata author naming the agency still credits
    it under a byline that names the writer alone."""
    (tmp_path / "agency.html").write_text(
        crane_page("Meridian Press Agency", "Meridian Press Agency", "", "TARROW (MPA) — "),
        encoding="utf-8",
    )
    (tmp_path / "gazette.html").write_text(
        crane_page("Riverside Gazette", metadata_author, byline), encoding="utf-8"
    )
    (pair,) = compare_paths([str(tmp_path)]).pairs
    assert (pair.verdict.value, pair.undisclosed_reuse) == ("copy", False)


def test_a_metadata_agency_over_a_shown_staff_byline_is_no_agency_staff(tmp_path: Path) -> None:
    """A page whose metadata names the agency and whose byline shows "Staff" credits no agency
    named "Meridian Press Agency," (the two names are not one byline), and still discloses the
    agency's text by its metadata author."""
    (tmp_path / "agency.html").write_text(
        crane_page("Meridian Press Agency", "Meridian Press Agency", "", "TARROW (MPA) — "),
        encoding="utf-8",
    )
    (tmp_path / "post.html").write_text(
        crane_page("Metro Daily Post", "Meridian Press Agency", "Staff"), encoding="utf-8"
    )
    result = compare_paths([str(tmp_path)])
    assert [d.credits for d in result.documents if d.id == "post"] == [()]
    assert [p.undisclosed_reuse for p in result.pairs] == [False]


def test_paths_are_read_in_one_order_unless_their_order_is_asked_for(tmp_path: Path) -> None:
    """compare_paths reads the files it is given in their names' order, however a shell or a
    find listed them, so that the first file's articles are not A by chance; asked to keep the
    order given, as `compare pair` is, it makes the first named A."""
    lede = "The Calder bridge collapsed on Monday evening, killing three people, officials said."
    for name, text in (("zeta.txt", lede), ("alpha.txt", lede.replace("three", "four"))):
        (tmp_path / name).write_text(text, encoding="utf-8")
    named = [str(tmp_path / "zeta.txt"), str(tmp_path / "alpha.txt")]
    pairs = {
        order: [(p.a, p.b) for p in compare_paths(paths, in_order_given=order == "kept").pairs]
        for order, paths in (("given", named), ("reversed", named[::-1]), ("kept", named))
    }
    assert pairs == {
        "given": [("alpha", "zeta")],
        "reversed": [("alpha", "zeta")],
        "kept": [("zeta", "alpha")],
    }


def _interview_claims(result: Result) -> list[tuple[str, str, str]]:
    """The interview claims noted on the one pair of a run of two articles, kind and words."""
    (pair,) = result.pairs
    return [
        (n.kind, n.a, n.b)
        for m in pair.matches
        for n in m.framing
        if n.kind.startswith("interview")
    ]


SURVIVOR_INTERVIEW = (
    "DUNMORE, May 12 (Kestrel) - Survivors of the ferry disaster have begun to describe the chaos "
    "on board as the ship went down off Dunmore on Monday.\n\n"
    "Survivor Dana Petrovic, 34, told Kestrel she had been asleep on the lower deck when the "
    'ship began to tilt. "The water came in so fast. People were screaming and climbing over '
    'each other to reach the stairs," she said, wrapped in a thermal blanket.\n\n'
    "Relatives can call the operator's hotline, the coastguard said.\n"
)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        pytest.param(
            "told reporters", [("interview_claim_removed", "told Kestrel", "")], id="scrubbed"
        ),
        pytest.param("told Kestrel", [], id="kept"),
    ],
)
def test_an_interview_claim_told_before_the_quotation_it_gives_is_noted(
    told: str, expected: list[tuple[str, str, str]]
) -> None:
    """A wire's "told Kestrel" in reported speech, its quotation in the next sentence, that a
    copy turns into "told reporters" drops the agency's interview claim, as it would in the
    quotation's own sentence."""
    copy = SURVIVOR_INTERVIEW.replace("DUNMORE, May 12 (Kestrel) - ", "").replace(
        "told Kestrel", told
    )
    result = compare_documents(
        [
            Document("wire", "Kestrel News Agency", SURVIVOR_INTERVIEW, published="2025-05-12"),
            Document("portal", "InfoPortal", copy, published="2025-05-13"),
        ],
        single_story=True,
    )
    assert _interview_claims(result) == expected


@pytest.mark.parametrize(
    ("framing", "expected"),
    [
        pytest.param(True, [("interview_claim_added", "", "told the Herald")], id="framing_named"),
        pytest.param(False, [], id="framing_off"),
    ],
)
def test_a_copy_naming_itself_as_the_one_told_is_noted_by_its_outlet(
    framing: bool, expected: list[tuple[str, str, str]]
) -> None:
    """A paper that copies an exclusive and writes that the tenant "told the Herald" claims the
    exclusive's interview: the run reads the paper's outlet, Metropolitan Herald, to note it
    (acceptance 23 #8); a run that names no framing notes none."""
    copy = [
        *EXCLUSIVE[:6],
        '"We pay rent on time and we still lie awake listening for the boiler," Rosa Quint, who '
        "lives on Mill Lane, told the Herald.",
        *EXCLUSIVE[7:],
    ]
    result = compare_documents(
        [
            Document("ledger", "The Ledger", "\n".join(EXCLUSIVE), published="2025-03-03"),
            Document("herald", "Metropolitan Herald", "\n".join(copy), published="2025-03-10"),
        ],
        single_story=True,
        framing=framing,
    )
    assert _interview_claims(result) == expected


def test_a_shared_quotation_in_sentences_left_unaligned_gets_its_verbs_note() -> None:
    """Two reports that quote one speaker word for word, one with "said" and the other with
    "insisted", in sentences the aligner pairs with nothing, still get the attribution note, on
    the quotation they share."""
    result = compare_documents(
        [document(PICKET_HERALD, "herald"), document(PICKET_LEDGER, "ledger")], single_story=True
    )
    (pair,) = result.pairs
    assert not pair.matches
    (quotation,) = pair.shared_quotations
    assert (quotation.a_sentence, quotation.b_sentence) == (1, 1)
    (note,) = quotation.framing
    assert (note.kind, note.a) == (FramingKind.ATTRIBUTION_VERB, "said")
    assert "insisted" in note.b.split(", ")


@pytest.mark.parametrize(
    "speaker",
    [
        pytest.param("lead author Dr. Hana Lee", id="named"),
        pytest.param(
            "lead author Dr. Hana Lee, an associate professor of epidemiology,", id="appositive"
        ),
    ],
)
def test_a_quotation_cut_to_its_second_sentence_gets_the_verb_of_the_sentence_before(
    speaker: str,
) -> None:
    """A copy that keeps only the second sentence of a quotation and moves the speaker into it
    ("..., lead author Dr. Hana Lee claimed") is read against the origin's sentence that names
    the speaker ("... said in a statement"), an aside that says who the speaker is standing
    between their names and their verb or not: the aligned sentence that goes on with the
    quotation has no verb of its own."""
    wire = (
        "Teenagers who use their phones after midnight are more likely to report anxiety, a "
        "survey of 900 pupils in Lowmoor shows.\n“Our findings suggest an association, not a "
        f"cause,” {speaker} said in a statement. “We cannot say that screens "
        "cause anxiety, but late-night use may be one part of the story.”\nThe survey ran from "
        "March to June."
    )
    copy = (
        "Teenagers who use their phones after midnight are more likely to report anxiety, a "
        "survey of 900 pupils in Lowmoor shows.\n“Late-night use may be one part of the "
        "story,” lead author Dr. Hana Lee claimed.\nThe survey ran from March to June."
    )
    result = compare_documents(
        [
            Document("wire", "Wire N", wire, published="2026-11-23"),
            Document("paper", "Paper S", copy, published="2026-11-24"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    (quotation,) = pair.shared_quotations
    assert [(n.kind, n.a, n.b) for n in quotation.framing] == [
        (FramingKind.ATTRIBUTION_VERB, "said", "claimed")
    ]


# Each paper's reports of a week's other stories, each closing with its footer.
FOOTERED_REPORTS = {
    "ledger": (
        "The Ledger",
        [
            "A fire tore through the Hadley Plastics plant on Canal Road in Millbrook early on "
            "Monday, injuring two workers.\nAbout 60 firefighters battled the blaze for five "
            "hours, Fire Chief Dana Rourke said.",
            "The town council approved a new budget for the Harlow Street library on Tuesday "
            "evening.\nCouncillor Amy Roth said the roof repairs would start in June.",
            "Bus drivers in Tarrow walked out over pay on Wednesday, leaving thousands of "
            "commuters to find other rides.\nUnion leader Paul Okafor said the strike would "
            "last three days.",
        ],
    ),
    "sentinel": (
        "Harbour Sentinel",
        [
            "A fire tore through the Hadley Plastics plant on Canal Road in Millbrook early on "
            "Monday, injuring two workers.\nAbout 60 firefighters battled the blaze for five "
            "hours, Fire Chief Dana Rourke said.",
            "Measles cases in Dunmore County rose to 14 on Thursday, health officials said.\n"
            "Clinics in Port Wexley will open late for vaccinations next week.",
            "Harbor City FC beat Redfield United 2-1 on Saturday to win the State Cup.\n"
            "Striker Leo Marsh scored the winner in the 88th minute.",
        ],
    ),
}


def test_outlets_footers_neither_join_their_stories_nor_count_as_reuse() -> None:
    """Two papers close every article with a footer naming them, the same words but for the
    name: the footers chain none of their stories, and a paper's copy of the other's fire
    report is a copy of its news, its footer no edit of the other's."""
    articles = [
        Document(
            f"{key}-{n}",
            source,
            f"{text}\nThe {source} is an independent, reader-funded newsroom covering the region "
            f"since 1998.\nSupport local journalism by subscribing to the {source} at "
            f"{source.casefold().replace(' ', '')}.example/subscribe.",
            url=f"https://{source.casefold().replace(' ', '')}.example/{n}",
            published=f"2025-05-0{n + 5}",
        )
        for key, (source, texts) in FOOTERED_REPORTS.items()
        for n, text in enumerate(texts)
    ]
    result = compare_documents(articles)
    assert sorted(story.documents for story in result.stories) == [
        ("ledger-0", "sentinel-0"),
        ("ledger-1",),
        ("ledger-2",),
        ("sentinel-1",),
        ("sentinel-2",),
    ]
    ((pair),) = result.pairs
    assert pair.verdict.value == "copy"
    assert [m.a.text for m in pair.matches] == FOOTERED_REPORTS["ledger"][1][0].split("\n")


def _flood_page(outlet: str, paragraphs: tuple[str, str]) -> str:
    """A page of ``outlet``'s own flood report that embeds two official posts between its
    paragraphs, as the networks' embed code writes them."""
    police = (
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">UPDATE: The A646 remains closed '
        "in both directions between Mytholm and the Old Bridge because of flooding. Please avoid "
        'the area. <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Calder Valley '
        'Police (@CalderPolice) <a href="https://twitter.com/CalderPolice/status/2">June 14, '
        "2025</a></blockquote>"
    )
    fire = (
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Our crews have carried out 46 '
        "rescues from properties in the Calder valley since 6am. If you are in immediate danger "
        'call 999. <a href="https://t.co/y">pic.twitter.com/y</a></p>&mdash; Calder Fire &amp; '
        'Rescue (@CalderFire) <a href="https://twitter.com/CalderFire/status/3">June 14, 2025</a>'
        "</blockquote>"
    )
    return (
        f"<html><head><title>Flooding | {outlet}</title></head><body><article>"
        f"<p>{paragraphs[0]}</p>{police}<p>{paragraphs[1]}</p>{fire}</article></body></html>"
    )


def test_two_reports_embedding_the_same_official_posts_are_independent(tmp_path: Path) -> None:
    """Two outlets' own reports that embed the same police and fire service posts share none of
    the posts' text: neither is taken for the other's copy, and the police post's "UPDATE:" is
    no note on either article."""
    (tmp_path / "harwick.html").write_text(
        _flood_page(
            "Harwick Times",
            (
                "Several villages in the upper Calder valley were cut off on Saturday as flood "
                "water closed the main road and two smaller routes over the moors.",
                "Farmer Gwen Tattersall said she had lost around 40 sheep when the beck beside her "
                "land burst its banks overnight.",
            ),
        ),
        "utf-8",
    )
    (tmp_path / "northam.html").write_text(
        _flood_page(
            "Northam Echo",
            (
                "Two drivers had to be rescued from the roofs of their cars after attempting to "
                "drive through flood water near the Old Bridge on Saturday morning.",
                "Road safety charity Brake said just 30cm of moving water was enough to float "
                "most family cars.",
            ),
        ),
        "utf-8",
    )
    result = compare_paths([str(tmp_path)], single_story=True)
    (pair,) = result.pairs
    assert (pair.verdict.value, pair.a_in_b, pair.b_in_a) == ("independent", 0.0, 0.0)
    assert not any(result.notes.values())


def _ferry_documents(folder: Path) -> tuple[list[compare.Document], list[compare.Document]]:
    """The ferry fire's new article and archive (``helpers.write_ferry_archive``), read."""
    new = write_ferry_archive(folder)
    read = compare.read.read_paths([str(new), str(folder / "archive")])
    return (
        [d for d in read.documents if d.id == "new"],
        [d for d in read.documents if d.id != "new"],
    )


def test_compare_against_gives_the_new_documents_pairs_as_compare_documents_does(
    tmp_path: Path,
) -> None:
    """`compare_against` finds the pairs of the new document that comparing it with the whole
    archive finds, with the same verdicts, directions and framing, and no other pair."""
    new, archive = _ferry_documents(tmp_path)
    checked = compare.compare_against(new, archive)
    everything = compare.compare_documents([*new, *archive])
    assert [(p.a, p.b, p.verdict.value) for p in checked.pairs] == [
        ("new", "harwick-ferry", "derived"),
        ("new", "npa-ferry", "derived"),
    ]
    # The new article and the paper each copied the wire: neither is read as the other's copy.
    assert checked.pairs == tuple(p for p in everything.pairs if "new" in (p.a, p.b))


def test_compare_against_compares_only_the_stories_of_the_new_documents(
    tmp_path: Path,
) -> None:
    """An archive document on another story is neither compared nor in the result."""
    new, archive = _ferry_documents(tmp_path)
    checked = compare.compare_against(new, archive)
    assert [d.id for d in checked.documents] == ["new", "harwick-ferry", "npa-ferry"]
    assert list(checked.seconds)[:2] == ["read", "segment"]


# A county paper's follow-up of a wire's bridge closure: it keeps two of the wire's lines and
# adds its own, which a weekly's brief then takes, none of the wire's.
AMBRY_WIRE = (
    "Engineers closed the Kestrel Bridge over the river Ambry on Thursday after finding cracks "
    "in two of its steel cables.",
    "About 40,000 vehicles cross the Kestrel Bridge each day, according to the Ambry county "
    "roads department.",
    "County engineer Priya Nandakumar said the cables had last been inspected in 2019.",
)
AMBRY_FOLLOW_UP = (
    *AMBRY_WIRE[:2],
    "Queues at Mill Lane crossing into Tarrow stretched for miles by 8 a.m. Friday, a Gazette "
    "survey found.",
    "Shopkeepers along Tarrow high street told reporters that trade had halved since last week.",
)
AMBRY_BRIEF = AMBRY_FOLLOW_UP[2:]


def test_compare_against_keeps_an_archive_story_whole_and_so_its_key() -> None:
    """A new brief taking only the follow-up's own lines is compared in the archive's story as
    a run of all three has it: with the wire that story began with, though the brief shares no
    sentence with it, so the story keeps the key the archive alone gives it."""
    wire = Document("wire", "Corlan Wire", " ".join(AMBRY_WIRE), published="2025-03-13")
    gazette = Document(
        "gazette", "Ambry Gazette", " ".join(AMBRY_FOLLOW_UP), published="2025-03-14"
    )
    brief = Document("brief", "Tarrow Weekly", " ".join(AMBRY_BRIEF), published="2025-03-15")
    (archive_story,) = compare_documents([wire, gazette]).stories
    checked = compare.compare_against([brief], [wire, gazette])
    assert [(s.key, s.documents) for s in checked.stories] == [
        (archive_story.key, ("brief", "wire", "gazette"))
    ]


def test_compare_paths_against_reads_as_a_run_and_counts_a_file_under_both_as_new(
    tmp_path: Path,
) -> None:
    """Files read by path are told new by the paths they were read from: an archive file
    named as new is new, and its pairs with the rest of the archive are the result's."""
    write_ferry_archive(tmp_path)
    archive = tmp_path / "archive"
    checked = compare.compare_paths_against(archive / "harwick-ferry.md", archive)
    assert {frozenset((p.a, p.b)) for p in checked.pairs} == {
        frozenset(("harwick-ferry", "npa-ferry"))
    }


def test_a_guests_voice_in_subtitles_is_the_quotation_an_article_carries(tmp_path: Path) -> None:
    """A WebVTT bulletin's turn in another voice than the anchor's is that speaker's quotation:
    the article quoting the same words shares it, with no "quotation turned into paraphrase"."""
    (tmp_path / "web.txt").write_text(
        "Flooding closed the Quay Road bridge in Tarrow on Tuesday after engineers found cracks"
        " in two of its piers.\n\n"
        '"We will not reopen this bridge until every pier is safe," Mayor June Park said.\n\n'
        "Drivers are being told to use the harbour road, which adds twenty minutes to the"
        " journey into town.\n",
        encoding="utf-8",
    )
    cues = [
        ("Nora Bell", "Flooding closed the Quay Road bridge in Tarrow on Tuesday"),
        ("Nora Bell", "after engineers found cracks in two of its piers."),
        ("June Park", "We will not reopen this bridge until every pier is safe."),
        ("Nora Bell", "Drivers are being told to use the harbour road,"),
        ("Nora Bell", "which adds twenty minutes to the journey into town."),
    ]
    (tmp_path / "ch9.vtt").write_text(
        "WEBVTT\n\n"
        + "".join(
            f"00:00:{2 * n:02}.000 --> 00:00:{2 * n + 1:02}.500\n<v {voice}>{line}\n\n"
            for n, (voice, line) in enumerate(cues)
        ),
        encoding="utf-8",
    )
    (pair,) = compare_paths(tmp_path).pairs
    assert [quotation.text for quotation in pair.shared_quotations] == [
        "We will not reopen this bridge until every pier is safe"
    ]
    notes = {note.kind for match in pair.matches for note in match.framing}
    assert not notes & {FramingKind.QUOTE_REMOVED, FramingKind.QUOTE_ADDED}


WIRE_BRIDGE_STORY = (
    "Harbour bridge shut after flood damage\n\n"
    "The Quay Road bridge in Tarrow will stay closed for at least three weeks after floodwater "
    "damaged two of its supports, the county council said on Tuesday.\n\n"
    "Engineers found cracks in the stone piers during an inspection on Monday morning, hours "
    "after the river rose more than two metres above its normal level.\n\n"
    "Council leader Maria Okafor said the bridge would not reopen until divers had checked the "
    "foundations and the cracks had been repaired.\n\n"
    "About 14,000 vehicles cross the bridge each day, and the diversion along the harbour road "
    "adds around twenty minutes to journeys into the town centre.\n\n"
    "Local businesses on the north bank said trade had already fallen since the closure, and the "
    "chamber of commerce asked the council for a temporary footbridge.\n\n"
    "The Met Office has issued a yellow warning for more heavy rain on Thursday."
)
RADIO_READS_THE_WIRE = (
    f"{RADIO_BULLETIN} local businesses on the north bank said trade had already fallen since "
    "the closure and the chamber of commerce asked the council for a temporary footbridge the "
    "met office has issued a yellow warning for more heavy rain on thursday that was the latest "
    "from the county council now the weather it will be a cold night"
)


@pytest.mark.parametrize(
    "radio",
    [
        pytest.param(RADIO_READS_THE_WIRE, id="one_line"),
        pytest.param(textwrap.fill(RADIO_READS_THE_WIRE, 45), id="wrapped"),
    ],
)
def test_speech_to_text_of_a_bulletin_aligns_with_the_wire_it_reads(radio: str) -> None:
    """A radio bulletin's speech-to-text (lower case, no punctuation) that reads out a wire story
    falls in the wire's story and aligns piece by piece with its sentences, so the pair's
    containment shows the reuse: read as one sentence, it aligned with one quotation at most and
    contained none of the wire."""
    result = compare_documents([document(WIRE_BRIDGE_STORY, "wire"), document(radio, "radio")])
    (pair,) = result.pairs
    wire_in_radio = pair.a_in_b if pair.a == "wire" else pair.b_in_a
    radio_in_wire = pair.b_in_a if pair.a == "wire" else pair.a_in_b
    assert len(pair.matches) >= 4
    assert (wire_in_radio >= 0.5, radio_in_wire >= 0.3) == (True, True)
    assert pair.verdict != "independent"


# A water company's release and a council's release six weeks earlier, each reprinted by one
# paper, and a round-up that pastes four sentences of the first and two of the second (one
# word for word, one reworded): written for these tests.
WATER_RELEASE = (
    "Lowmoor Water has lifted the boil notice for 3,200 homes in Kestrel Hill. The notice was "
    "issued on 2 May after E. coli was found at the Fenwick reservoir. The reservoir has since "
    "been drained, cleaned and disinfected, and four rounds of tests have come back clear. "
    "Customers should run their cold kitchen tap for two minutes before drinking the water. "
    "Every household affected will receive a credit of £40 on its next bill. The company is "
    "still investigating how the bacteria reached the reservoir."
)
BUS_RELEASE = (
    "Saltmarsh City Council has approved plans for 3.8 kilometres of new bus lanes on Quarry "
    "Road. The lanes are expected to cut journey times on the number 12 route by up to nine "
    "minutes. Construction is expected to begin in September and to last around 16 weeks. "
    "During the works, Quarry Road will be narrowed to one lane in each direction between Mill "
    "Lane and the bypass. Councillor Ada Brennan said the scheme would make buses faster and "
    "more reliable. The £6.1 million scheme is paid for by the regional transport fund."
)
ROUNDUP = (
    "Lowmoor Water has lifted the boil notice for 3,200 homes in Kestrel Hill. The notice was "
    "issued on 2 May after E. coli was found at the Fenwick reservoir. The reservoir has since "
    "been drained, cleaned and disinfected, and four rounds of tests have come back clear. "
    "Customers should run their cold kitchen tap for two minutes before drinking the water. "
    "Meanwhile, Saltmarsh City Council has approved 3.8 kilometres of bus lanes on Quarry Road. "
    "Construction is expected to begin in September and to last around 16 weeks. While the "
    "work goes on, Quarry Road will be cut to a single lane each way between Mill Lane and the "
    "bypass."
)


def _two_releases(*, roundup: bool = True) -> list[Document]:
    """The two releases, each reprinted by the Valley Post, and (unless not ``roundup``) the
    Coastal Herald's round-up of both."""
    return [
        Document(
            "post_water",
            "Valley Post",
            "Kestrel Hill residents can drink their tap water again. "
            + WATER_RELEASE.rsplit(" The ", 1)[0],
            published="2025-05-21",
        ),
        Document(
            "post_bus",
            "Valley Post",
            "Buses on Quarry Road will soon get faster. " + BUS_RELEASE.rsplit(" The ", 1)[0],
            published="2025-04-11",
        ),
        *(
            [Document("herald_roundup", "Coastal Herald", ROUNDUP, published="2025-05-21")]
            if roundup
            else []
        ),
        Document(
            "lowmoor_water",
            "Lowmoor Water",
            WATER_RELEASE,
            press_release=True,
            published="2025-05-20",
        ),
        Document(
            "saltmarsh_bus",
            "Saltmarsh City Council",
            BUS_RELEASE,
            press_release=True,
            published="2025-04-10",
        ),
    ]


def test_a_roundup_of_two_releases_in_two_stories_is_compared_with_both() -> None:
    """A round-up that one release's story holds is compared with the other release too: the
    pair across stories has its verdict, direction and shares, and who copied whom counts what
    the round-up took from each release, while the stories stay apart."""
    result = compare_documents(_two_releases())
    assert [s.documents for s in result.stories] == [
        ("post_water", "herald_roundup", "lowmoor_water"),
        ("post_bus", "saltmarsh_bus"),
    ]
    directed = [(p.a, p.b, p.story, p.verdict.value, p.origin) for p in result.across if p.origin]
    assert directed == [
        ("herald_roundup", "saltmarsh_bus", "story-001", "partial", "saltmarsh_bus")
    ]
    # The Valley Post's reprint of the council's release shares text with the round-up only
    # through that release.
    reprint = next(p for p in result.across if "post_bus" in (p.a, p.b))
    assert (reprint.direction, reprint.common_origin) == (None, "saltmarsh_bus")
    taken = {
        t.origin: t.share
        for t in (*result.taken["story-001"], *taken_across(result.across)["story-001"])
        if t.copy == "herald_roundup"
    }
    # Its four water sentences and two bus-lane ones; the "Meanwhile" line is its own.
    assert taken == {"lowmoor_water": 0.555, "saltmarsh_bus": 0.236}


def test_two_stories_that_share_no_text_add_no_pair_across() -> None:
    """Without the round-up, the two releases' stories share no sentence: no pair across them."""
    result = compare_documents(_two_releases(roundup=False))
    assert len(result.stories) == 2
    assert result.across == ()


def test_check_finds_both_releases_a_roundup_takes_from() -> None:
    """Checked against an archive of both releases and their reprints, the round-up is paired
    with both releases, though one of them tells another story."""
    documents = _two_releases()
    roundup = next(d for d in documents if d.id == "herald_roundup")
    result = compare_against([roundup], [d for d in documents if d is not roundup])
    origins = {p.origin for p in (*result.pairs, *result.across) if p.copy == "herald_roundup"}
    assert origins == {"lowmoor_water", "saltmarsh_bus"}


KESTREL_FIRST = (
    "The Kestrel Bridge was closed to traffic on Thursday after engineers found cracks in two of its steel cables.",
    "About 40,000 vehicles cross the bridge each day, according to the county roads department.",
    "Drivers were told to use the Mill Lane crossing, where queues stretched for two miles by 8 a.m.",
    "County engineer Priya Nandakumar said the contractor had ignored a warning about the cables in January.",
    "The bridge was last repaired in 2019 at a cost of $3.2 million.",
    "Officials said it was too early to say when the bridge would reopen.",
)
# The stealth edit: a claim softened, a sentence cut, no note.
KESTREL_EDITED = (
    *KESTREL_FIRST[:3],
    "County engineer Priya Nandakumar said the contractor may have overlooked advice about the cables in January.",
    KESTREL_FIRST[5],
)


def _capture(stamp: str, page: str, sentences: tuple[str, ...], modified: str | None) -> str:
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in sentences)
    modified_tag = (
        f'<meta property="article:modified_time" content="{modified}">' if modified else ""
    )
    return (
        f"<html><head><title>Kestrel Bridge closed | Wend Valley Times</title>"
        f'<link rel="canonical" href="https://web.archive.org/web/{stamp}/{page}">'
        '<meta property="og:site_name" content="Wend Valley Times">'
        '<meta property="article:published_time" content="2025-04-10T07:15:00Z">'
        f"{modified_tag}</head><body><article><h1>Kestrel Bridge closed</h1>{paragraphs}"
        "</article></body></html>"
    )


def test_web_archive_captures_are_versions_of_the_page_they_captured(tmp_path: Path) -> None:
    """Wayback captures of one page, each at its own capture address, are versions of one
    article: the stealth edit is flagged on the later, read from the earlier whatever order
    they are given in, and the address is reported as written (it was "https:/wvt.example")."""
    page = "https://wvt.example/news/kestrel-bridge"
    (tmp_path / "wvt-0715.html").write_text(
        _capture("20250410071702", page, KESTREL_FIRST, None), encoding="utf-8"
    )
    (tmp_path / "wvt-1800.html").write_text(
        _capture("20250410180733", page, KESTREL_EDITED, "2025-04-10T18:00:00Z"), encoding="utf-8"
    )
    result = compare.compare_paths(
        [str(tmp_path / "wvt-1800.html"), str(tmp_path / "wvt-0715.html")]
    )
    (pair,) = result.pairs
    assert pair.same_article
    assert stealth_edit(pair, result.by_id, result.notes) is not None
    assert (pair.origin, pair.direction_basis) == ("wvt-0715", DirectionBasis.MODIFIED_TIME)
    urls = {d.id: d.url for d in result.documents}
    assert urls["wvt-0715"] == f"https://web.archive.org/web/20250410071702/{page}"
    # The first capture gives no modification time: its capture dates it.
    assert result.by_id["wvt-0715"].modified_time == "2025-04-10T07:17:02Z"


def test_a_re_slugged_version_is_a_later_version_not_a_copy() -> None:
    """A version re-slugged after its headline changed, published at the same minute and
    modified later, is a later version of the article, its stealth edit flagged; another
    outlet's rewrite of the first published the same minute stays a reuse of it."""
    first = Document(
        "wvt-0715",
        "Wend Valley Times",
        "\n\n".join(KESTREL_FIRST),
        url="https://wvt.example/news/kestrel-bridge-closed",
        published_time="2025-04-10T07:15:00Z",
    )
    edited = replace(
        first,
        id="wvt-1800",
        text="\n\n".join(KESTREL_EDITED),
        url="https://wvt.example/news/kestrel-bridge-contractor-overlooked-advice",
        modified_time="2025-04-10T18:00:00Z",
    )
    rival = replace(first, id="courier", source="Kestrel Courier", url="https://courier.example/k")
    result = compare.compare_documents([edited, first, rival])
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs}
    versions = pairs[frozenset(("wvt-0715", "wvt-1800"))]
    assert versions.same_article
    assert stealth_edit(versions, result.by_id, result.notes) is not None
    assert versions.origin == "wvt-0715"
    assert not any(pairs[frozenset((v, "courier"))].same_article for v in ("wvt-0715", "wvt-1800"))


ALLOTMENT_RELEASE = (
    "People who grow their own vegetables on an allotment may sleep better, according to a new "
    "study led by the University of Kelmscott.",
    "The research, published today in the journal Rest and Health, followed 3,120 adults in "
    "the Kelmscott Cohort for six years.",
    "Participants with an allotment were 22% less likely to report poor sleep than those "
    "without one.",
    'Lead author Dr Nadia Brennan said: "Our results suggest that time outdoors may help, but '
    'we cannot rule out other explanations."',
    "The study was funded by the Kelmscott Health Trust.",
)
ALLOTMENT_WIRE = (
    "KELMSCOTT (KNA) - Growing vegetables on an allotment may help people sleep better, "
    "researchers at the University of Kelmscott said.",
    "The study, published in the journal Rest and Health, followed 3,120 adults for six years, "
    "the university said.",
    "Allotment holders were 22% less likely to report poor sleep than those without one, the "
    "team found.",
    "Dr Nadia Brennan, the study's lead author, said: \"Our results suggest that time outdoors "
    'may help, but we cannot rule out other explanations."',
    "Around a third of adults in the country report poor sleep each week.",
)


@pytest.mark.parametrize(
    "byline",
    [
        pytest.param("Tom Ashby, KNA Health Correspondent", id="agency_initials_and_desk"),
        pytest.param("Tom Ashby, Kelmscott News Agency", id="agency_spelled_out"),
    ],
)
def test_a_partner_running_an_agencys_rewrite_minutes_early_reuses_the_agency(
    byline: str,
) -> None:
    """A paper that runs an agency's rewrite of a press release word for word, three minutes
    before the agency's own time, under a byline crediting the agency, reuses the agency, not
    the release: its pair with the agency is no pair of two copies of the release."""
    release = Document(
        "release",
        "University of Kelmscott press office",
        "\n\n".join(ALLOTMENT_RELEASE),
        published="2025-06-03",
        published_time="2025-06-02T23:01:00Z",
        press_release=True,
    )
    wire = Document(
        "wire",
        "Kelmscott News Agency",
        "\n\n".join(ALLOTMENT_WIRE),
        published="2025-06-03",
        published_time="2025-06-02T23:01:00Z",
        author="Tom Ashby, KNA Health Correspondent",
    )
    paper = Document(
        "paper",
        "Fenland Evening Post",
        "\n\n".join(ALLOTMENT_WIRE).replace("KELMSCOTT (KNA) - ", ""),
        published="2025-06-02",
        published_time="2025-06-02T22:58:00Z",
        author=byline,
    )
    result = compare_documents([release, wire, paper], single_story=True)
    (pair,) = (p for p in result.pairs if {p.a, p.b} == {"paper", "wire"})
    assert (pair.origin, pair.direction_basis, pair.common_origin, pair.undisclosed_reuse) == (
        "wire",
        DirectionBasis.CREDIT,
        None,
        False,
    )
    (taken,) = result.taken.values()
    assert {t.origin for t in taken if t.copy == "paper"} == {"wire"}


DERAILMENT_FIRST = (
    "Six people died after a passenger train derailed near Harwick early on Saturday.\n\n"
    "The 05:42 service from York to Scarborough, operated by Northway Trains, left the tracks "
    "near the Calder viaduct.\n\n"
    '"Our thoughts are with everyone affected by what has happened this morning," said Sarah '
    "Kent, a spokeswoman for the operator.\n\n"
    '"There was a bang and then everything went sideways," said Tom Ellery, 31, who was '
    "travelling to work.\n"
)


def test_a_name_put_for_another_is_a_framing_note_unless_the_speaker_changed() -> None:
    """A later version that corrects the operator's name is noted name_changed with both names;
    a quotation given to another speaker is speaker_changed alone, not a name changed again."""
    later = (
        DERAILMENT_FIRST.replace("Northway Trains", "Coastline Rail")
        .replace("Sarah Kent", "Sarah Kemp")
        .replace("said Tom Ellery, 31,", "said Anna Price, 45,")
    )
    notes = _framing_of(
        document(DERAILMENT_FIRST, "first", "Harwick Post", published="2025-06-14"),
        document(later, "later", "Harwick Post", published="2025-06-14"),
    )
    assert ("name_changed", "Northway Trains", "Coastline Rail") in notes
    assert ("name_changed", "Kent", "Kemp") in notes
    assert ("speaker_changed", "Tom Ellery", "Anna Price") in notes
    assert not [note for note in notes if note[0] == "name_changed" and "Ellery" in note[1]]


def test_a_name_misspelled_by_a_letter_is_a_name_changed_but_not_its_possessive() -> None:
    """A copy that spells the study's author a letter apart ("Achterberg", "Achterburg") gives a
    reader another name: a name_changed with both spellings (acceptance 35, a10). The name with
    an ending ("Achterberg's team") is the same name, no note."""
    release = (
        "Long spells of night work were linked to a higher risk of heart disease in a study of "
        "2,306 hospital staff.\n\n"
        '"We cannot say the shifts cause it," said Dr Hanne Achterberg, who led the study at '
        "Dunmore University.\n\n"
        "The team followed the staff for eight years.\n"
    )
    misspelled = release.replace("Achterberg", "Achterburg")
    possessive = release.replace("The team followed", "Achterberg's team followed")
    notes = _framing_of(
        document(release, "release", "Dunmore University", published="2025-06-14"),
        document(misspelled, "radio", "Radio Dunmore", published="2025-06-15"),
    )
    assert ("name_changed", "Achterberg", "Achterburg") in notes
    notes = _framing_of(
        document(release, "release", "Dunmore University", published="2025-06-14"),
        document(possessive, "radio", "Radio Dunmore", published="2025-06-15"),
    )
    assert not [note for note in notes if note[0] == "name_changed"]


def test_a_road_number_put_for_another_is_a_name_changed_not_a_number() -> None:
    """A desk's closure brief filled in for another road names the road changed, "A454" to
    "A47", beside the names changed, and reads no number changed from it (acceptance 34, c9:
    the framing table listed the day, the weeks and the names, not the road)."""
    first = (
        "Drivers are being warned of delays as the A454 through Pelham closes for resurfacing "
        "from Saturday.\n\n"
        "The work is expected to last 3 weeks, with a signed diversion via Sandoval Close.\n\n"
        "Highways manager Dara Mbeki apologised for any inconvenience.\n"
    )
    other = first.replace("A454", "A47").replace("Dara Mbeki", "Rosa Petrosyan")
    docs = [
        document(first, "pelham", "Pelham Post", published="2025-11-03"),
        document(other, "echo", "Trent Echo", published="2025-11-04"),
    ]
    notes = _framing_of(*docs)
    assert ("name_changed", "A454", "A47") in notes
    assert ("name_changed", "Dara Mbeki", "Rosa Petrosyan") in notes
    assert not [note for note in notes if note[0].startswith("number")]
    (pair,) = compare_documents(docs, single_story=True).pairs
    (road,) = [n for m in pair.matches for n in m.framing if n.a == "A454"]
    assert (first[slice(*road.a_spans[0])], other[slice(*road.b_spans[0])]) == ("A454", "A47")


def _framing_of(*docs: Document) -> list[tuple[str, str, str]]:
    """The framing notes of the one pair of ``docs`` compared as one story: kind, A's and B's."""
    (pair,) = compare_documents(docs, single_story=True).pairs
    return [(n.kind.value, n.a, n.b) for m in pair.matches for n in m.framing]


COURT_WIRE = (
    "A 41-year-old woman has been arrested on suspicion of stealing £30,000 from a Lowmoor "
    "church roof fund.\n\n"
    "Officers from Lowmoor Police searched a house in Station Road on Monday evening.\n\n"
    "The money had been raised by parishioners over six years to repair the roof of St "
    "Aidan's Church.\n"
)


@pytest.mark.parametrize(
    ("wire_ends", "identified"),
    [
        pytest.param("", True, id="kept_anonymous"),
        pytest.param(
            "\nThe woman, Karen Fairlie, was released on bail pending further inquiries.\n",
            False,
            id="named_further_down",
        ),
    ],
)
def test_a_name_in_place_of_an_unnamed_description_identifies_someone(
    wire_ends: str, identified: bool
) -> None:
    """A rewrite that names the woman the wire describes only by her age identifies her, a
    note on the sentence; where the wire names her further down, naming her in the lede
    identifies no one the wire kept anonymous."""
    rewrite = COURT_WIRE.replace("A 41-year-old woman", "Lowmoor bookkeeper Karen Fairlie, 41,")
    docs = [
        document(COURT_WIRE + wire_ends, "wire", "Northern Wire", published="2026-11-20"),
        document(rewrite, "paper", "Lowmoor Echo", published="2026-11-20"),
    ]
    (pair,) = compare_documents(docs, single_story=True).pairs
    notes = [(n.kind.value, n.a, n.b) for m in pair.matches for n in m.framing]
    found = ("identity_added", "A 41-year-old woman", "Karen Fairlie") in notes
    assert found == identified
    assert not [note for note in notes if note[0] == "identity_removed"]


def test_a_spinners_noun_swapped_in_a_title_is_no_name_changed() -> None:
    """A spun copy that writes "Authorities Chief" for "Police Chief" changes a word, not a
    name: the match's edits give the swap, and no name_changed note is made of it."""
    first = (
        "Officers arrested a man over a string of car break-ins in Fenwick on Monday.\n\n"
        "Dale Worth, 41, was charged with six counts of theft, Police Chief Ruth Amos said.\n"
    )
    spun = first.replace("Police Chief", "Authorities Chief")
    docs = [
        document(first, "first", "Fenwick Post", published="2025-06-14"),
        document(spun, "spun", "Daily Buzz", published="2025-06-15"),
    ]
    (pair,) = compare_documents(docs, single_story=True).pairs
    notes = [(n.kind.value, n.a, n.b) for m in pair.matches for n in m.framing]
    assert not [note for note in notes if note[0] == "name_changed"]
    assert ("replace", ("Police",), ("Authorities",)) in [
        (e.op, e.a, e.b) for m in pair.matches for e in m.edits
    ]


FLOOD_WIRE = (
    "Emergency crews moved about 3,000 people out of low-lying neighbourhoods on Tuesday after "
    "the Ashby River burst its banks following two days of heavy rain, county officials said.",
    "The river rose more than two metres overnight and breached a flood wall near the Kelsey Road "
    "bridge shortly before dawn, according to the county's emergency management office.",
    "Three schools were closed and a temporary shelter was opened at the Marlow Valley sports "
    "centre, where volunteers handed out blankets and hot meals.",
    "No deaths or serious injuries had been reported by Tuesday afternoon, although two people "
    "were treated for mild hypothermia after being rescued from a stranded car.",
    "Forecasters expect the rain to ease on Wednesday, but warned that water levels could keep "
    "rising downstream for another 24 hours.",
    "County commissioner Helen Barras said the flood wall had been scheduled for repairs later "
    "this year and that an inquiry would look at why the work was delayed.",
)


def test_a_lede_merging_the_wires_headline_and_lede_counts_as_taken_from_the_wire() -> None:
    """A reporter whose first sentence joins the wire's headline and lede, a few words changed,
    and who copies the rest with small edits took all his sentences from the wire: his share
    taken reads as his copied sentences do, not 20 points lower for the lede left out."""
    wire = Document(
        "wire",
        "Coastal Wire",
        "\n\n".join(FLOOD_WIRE),
        title="Floodwaters force evacuation of 3,000 residents in Marlow Valley",
        published="2024-03-12",
        author="Coastal Wire staff",
    )
    paper_lede = (
        "Floodwaters forced the evacuation of some 3,000 residents in Marlow Valley on Tuesday as "
        "emergency crews moved people out of low-lying neighbourhoods after the Ashby River burst "
        "its banks following two days of heavy rain, county officials said."
    )
    rest = (
        "\n\n".join(FLOOD_WIRE[1:]).replace("hot meals", "hot food").replace("although", "though")
    )
    paper = Document(
        "paper",
        "Valley Courier",
        f"{paper_lede}\n\n{rest}",
        title="Marlow Valley residents flee as Ashby River bursts its banks",
        published="2024-03-12",
        author="Brandon Lee",
    )
    result = compare_documents([wire, paper], single_story=True)
    ((pair),) = result.pairs
    (lede,) = [m for m in pair.matches if m.a.with_headline or m.b.with_headline]
    wire_side = lede.a if pair.a == "wire" else lede.b
    assert (lede.kind, lede.a.sentences, lede.b.sentences) == (MatchKind.EDITED, (0,), (0,))
    assert wire_side.with_headline
    ((taken),) = [t for found in result.taken.values() for t in found]
    assert (taken.copy, taken.origin, taken.sentences) == ("paper", "wire", tuple(range(6)))
    assert taken.share > 0.9


# A United Press dispatch as two small papers printed it, one scan opening with its page's
# running head over the headline.
FERRY_DISPATCH = (
    "CAIRO, Ill., Oct. 9 (UP)\u2014 Eleven passengers were rescued today when the river ferry "
    "Delta Belle struck a snag and sank near the Ohio landing.\n\n"
    "The pilot said the current carried the boat onto a sunken tree in the fog.\n\n"
    "Two deck hands swam ashore with a line and the passengers were pulled to the bank.\n"
)


def test_a_running_head_over_the_headline_hides_neither_headline_nor_credit(
    tmp_path: Path,
) -> None:
    """A scan opening with its running head ("PAGE 1    THE ELKHORN BUGLE, ...") has the
    headline under it as its title and its dateline's credit read, so two papers running the
    same dispatch, each crediting UP, are no undisclosed copy of each other."""
    (tmp_path / "bugle.txt").write_text(
        "---\nsource: Elkhorn Bugle\ndate: 1936-10-09\n---\n"
        "PAGE 1    THE ELKHORN BUGLE, FRIDAY, OCTOBER 9, 1936\n\n"
        f"FERRY SINKS, 11 SAVED\n\n{FERRY_DISPATCH}",
        encoding="utf-8",
    )
    (tmp_path / "argus.txt").write_text(
        "---\nsource: Mound City Argus\ndate: 1936-10-09\n---\nELEVEN SAVED AS FERRY SINKS\n\n"
        + FERRY_DISPATCH.replace("(UP)", ".\u2014(By United Press)"),
        encoding="utf-8",
    )
    result = compare_paths([str(tmp_path)])
    bugle = next(d for d in result.documents if d.id == "bugle")
    assert (bugle.title, bugle.credits) == ("FERRY SINKS, 11 SAVED", ("UP",))
    assert [pair.undisclosed_reuse for pair in result.pairs] == [False]


def test_two_stories_of_one_issue_share_no_running_head(tmp_path: Path) -> None:
    """Articles of one issue from an OCR export, each under its page's running head, are told
    apart: the heads are no sentence, so nothing links them."""
    head = "PAGE {page}    THE ELKHORN BUGLE, FRIDAY, OCTOBER 9, 1936\n\n"
    records = [
        {
            "id": "ferry",
            "source": "Elkhorn Bugle",
            "date": "1936-10-09",
            "text": head.format(page=1) + f"FERRY SINKS\n\n{FERRY_DISPATCH}",
        },
        {
            "id": "lodge",
            "source": "Elkhorn Bugle",
            "date": "1936-10-09",
            "text": head.format(page=5) + "GRANGE TO MEET\n\nThe Elkhorn grange will meet "
            "Tuesday evening in the school hall.\n\nMrs. Ada Pruitt will read a paper on "
            "canning.\n\nCoffee and cake will follow the business meeting.\n",
        },
    ]
    (tmp_path / "export.json").write_text(json.dumps({"records": records}), encoding="utf-8")
    result = compare_paths([str(tmp_path)])
    assert [d.text.partition("\n")[0] for d in result.documents] == [
        "FERRY SINKS",
        "GRANGE TO MEET",
    ]
    assert result.pairs == ()


def _culvert_closures(*, published_first: str) -> list[Document]:
    """Two papers' reports of two road closures, each with its own figures and roads, that print
    the county highways office's stock lines: its appeal to drivers, its engineer's quote and
    its walkway line, one of them with the other side of the road."""
    appeal = "Drivers are asked to plan ahead and leave extra time for the trip, a county highways spokesman said."
    quote = '"Nobody likes a closure in the busy season. The alternative is a road that washes out next spring," said county highways engineer Tomas Brandvik.'
    walkway = "A footpath on the {side} verge of the road will stay open to walkers and cyclists for most of the work, the highways office said."
    return [
        Document(
            "ashby_culvert",
            "Ashby Courier",
            " ".join(
                [
                    "Orchard Lane in Ashby will close to all traffic on May 12 for five months while the county replaces a collapsed culvert under the road, the county highways office told the parish council on Monday.",
                    "Buses on the 14 route will run along Mill Hill instead, adding about 7 minutes to each trip in the morning and evening peaks.",
                    quote,
                    "The $2.4 million contract went to Halloway Civils of Brenton after a tender that drew four bids.",
                    walkway.format(side="east"),
                    appeal,
                    "Parish councillor Ines Mortlake said shops on the lane had asked for signs telling drivers they were still open.",
                    "The council will hold a drop-in session about the closure at the village hall on April 30.",
                ]
            ),
            published="2025-04-22",
        ),
        Document(
            "brenton_bypass",
            "Brenton Post",
            " ".join(
                [
                    "The Brenton bypass will shut between junctions 2 and 3 from June 3 for nine weeks of drainage repairs, the county highways office said on Tuesday.",
                    "Lorries will be sent along the A61 through Carsby, a detour of about 11 miles.",
                    quote,
                    "The $5.9 million contract went to Halloway Civils of Brenton after a tender that drew four bids.",
                    walkway.format(side="west"),
                    appeal,
                    "Carsby residents said the lorries would pass two primary schools twice a day.",
                    "The bypass last closed for repairs in 2019, when a sinkhole opened near junction 3.",
                ]
            ),
            published=published_first,
        ),
    ]


@pytest.mark.parametrize(
    "published_first",
    [pytest.param("2024-02-13", id="14_months"), pytest.param("2025-02-20", id="2_months")],
)
def test_articles_months_apart_sharing_a_highways_offices_stock_lines_make_no_pair_across(
    published_first: str,
) -> None:
    """Two closures' reports months apart that share only the highways office's stock lines
    (its appeal, its engineer's stock quote, its contractor and walkway lines filled in
    otherwise), each line saying it is the office's, are two stories and no copy pair: the later
    paper is charged with nothing, however close the dates (acceptance round 32, c1)."""
    result = compare_documents(_culvert_closures(published_first=published_first))
    assert len(result.stories) == 2
    assert result.across == ()
    assert not any(p.undisclosed_reuse for p in result.all_pairs)


def test_articles_sharing_an_offices_lines_and_the_reporting_around_them_are_compared() -> None:
    """The same closures' reports two months apart, where the later one also pastes the earlier
    one's own line on its parish's drop-in session, share that paper's reporting, not only the
    highways office's words: the two are compared, and the pair reuses text."""
    ashby, brenton = _culvert_closures(published_first="2025-02-20")
    pasted = " The council will hold a drop-in session about the closure at the village hall on April 30."
    result = compare_documents([ashby, replace(brenton, text=brenton.text + pasted)])
    assert [(p.a, p.b, p.verdict) for p in result.all_pairs] == [
        ("ashby_culvert", "brenton_bypass", Verdict.DERIVED)
    ]


# An agency's dispatch on a workshop closing, and a partisan rewrite that tells its quotation in
# reported speech (invented).
WORKSHOP_DISPATCH = (
    "L'atelier de reliure de Vire-Normandie va fermer ses portes après quarante ans d'activité. "
    "« Nous fermerons l'atelier en juin, nos clients le savent », a déclaré à l'AFP le gérant, "
    "Paul Mercier. Les six salariés se verront proposer un reclassement dans le groupe."
)
WORKSHOP_REWRITE = (
    "L'atelier de reliure de Vire-Normandie va fermer ses portes après quarante ans d'activité. "
    "Le gérant, Paul Mercier, a prétendu qu'ils fermeraient l'atelier en juin. "
    "Les six salariés se verront proposer un reclassement dans le groupe."
)


def test_a_quotation_told_in_reported_speech_is_noted_on_the_pair() -> None:
    """A copy that tells an agency's quotation in reported speech, with another verb, has the
    quotation turned into paraphrase and the verb changed among its pair's framing notes."""
    (pair,) = compare_documents(
        [document(WORKSHOP_DISPATCH, "agence"), document(WORKSHOP_REWRITE, "partisan")],
        single_story=True,
    ).pairs
    notes = {(n.kind.value, n.a, n.b) for m in pair.matches for n in m.framing}
    assert ("attribution_verb", "déclaré", "prétendu") in notes
    assert ("quote_removed", "Nous fermerons l'atelier en juin, nos clients le savent", "") in notes


# Two releases of one force about two events, laid out as UK releases close theirs.
KESTREL_POLICE_CLOSING = (
    "\n\nENDS\n\nNotes to editors\n1. Images are available on request.\n\n"
    "For further information contact the Kestrel Police press office on 01632 960 411 or "
    "press@kestrel.police.example\n\n"
    "About Kestrel Police\n"
    "Kestrel Police serves a population of 640,000 people across the Kestrel valley and the "
    "coastal towns of Ardley and Penhallow. It employs 1,200 officers and 900 staff."
)
KESTREL_THEFT = (
    "Three men have been charged after a series of thefts of catalytic converters from cars "
    "parked in Ardley town centre.\n\n"
    "The men, aged 24, 31 and 38, were arrested at a garage on Mill Road on Tuesday.\n\n"
    "Officers recovered 41 converters worth an estimated 60,000 pounds during the search."
)
KESTREL_FLOOD = (
    "Drivers are being urged to avoid the coast road between Penhallow and Ardley after heavy "
    "rain flooded a 200-metre stretch near the harbour.\n\n"
    "The road is expected to stay closed until Friday while council crews clear the drains.\n\n"
    "Diversions are signed through the villages of Treen and Carrow."
)
ABOUT_KESTREL_POLICE = KESTREL_POLICE_CLOSING.rsplit("\n", 1)[1]


def test_a_releases_about_paragraph_pasted_is_no_copys_own_news() -> None:
    """A paper that pastes a release whole, with the paragraph under its "About" heading, took
    every word it prints from the release: the pasted description is the release's furniture in
    the paper too, not the paper's own words nor its credit of the force, and two stories the
    force issued are not joined by the description the paper pasted under both."""
    documents = [
        Document("theft", "Kestrel Police", KESTREL_THEFT + KESTREL_POLICE_CLOSING),
        Document("flood", "Kestrel Police", KESTREL_FLOOD + KESTREL_POLICE_CLOSING),
        Document("theft-copy", "Ardley Advertiser", f"{KESTREL_THEFT}\n\n{ABOUT_KESTREL_POLICE}"),
        Document("flood-copy", "Ardley Advertiser", f"{KESTREL_FLOOD}\n\n{ABOUT_KESTREL_POLICE}"),
    ]
    result = compare_documents(documents)
    assert sorted(sorted(s.documents) for s in result.stories) == [
        ["flood", "flood-copy"],
        ["theft", "theft-copy"],
    ]
    shares = {(p.a, p.b): (p.a_in_b, p.b_in_a, p.undisclosed_reuse) for p in result.pairs}
    assert shares[("flood", "flood-copy")] == (1.0, 1.0, True)
    assert shares[("theft", "theft-copy")] == (1.0, 1.0, True)


def test_a_sound_bite_read_in_a_transcript_without_punctuation_is_no_quotation_lost() -> None:
    """A radio transcript without punctuation, which can write no quotation marks, carries the
    fire chief's words the wire quotes: no "quotation turned into paraphrase" against it. A
    paper that drops the marks still gets the note."""
    quote = "Our crews fought thick smoke for two hours but nobody was trapped inside"
    wire = (
        "A fire gutted a timber yard in Sallow Cross on Tuesday, forcing 60 people from nearby "
        "homes, the county fire service said.\n\n"
        f'"{quote}," fire chief Nadia Orme said.\n\n'
        "The cause of the fire is not yet known, and investigators will return on Wednesday.\n\n"
        "The yard's owner, Brenlow Timber, said it would reopen its second site next week."
    )
    radio = (
        "this is sallow radio news a fire gutted a timber yard in sallow cross on tuesday "
        "forcing sixty people from nearby homes the county fire service said "
        f"{quote.lower()} fire chief nadia orme said the cause of the fire is not yet known "
        "and investigators will return on wednesday the yard's owner brenlow timber said it "
        "would reopen its second site next week"
    )
    paper = wire.replace(f'"{quote},"', f"{quote},")
    result = compare_documents(
        [
            Document("wire", "Coastal Wire", wire, published="2026-04-07"),
            Document("radio", "Sallow Radio", radio, published="2026-04-07"),
            Document("paper", "Sallow Post", paper, published="2026-04-08"),
        ]
    )

    def quotations_lost(other: str) -> list[str]:
        pair = next(p for p in result.pairs if {p.a, p.b} == {"wire", other})
        return [
            note.kind.value
            for match in pair.matches
            for note in match.framing
            if note.kind in (FramingKind.QUOTE_REMOVED, FramingKind.QUOTE_ADDED)
        ]

    assert quotations_lost("radio") == []
    assert quotations_lost("paper") != []


# A rowing club's release of 2019 and an encyclopedia draft saved six years later that pastes
# its history paragraph (invented).
BOATHOUSE_RELEASE = (
    "Kestrel Reach Rowing Club will open its new boathouse on the Wendle this spring, the club "
    "said on Monday. The club was founded in 1887 by workers at the Ashgill tannery, who rowed "
    "on the river before their shifts began at six in the morning. Its first boathouse, a timber "
    "shed below Ferry Lane, burned down in 1921 and was rebuilt in brick by the tannery's owners. "
    "Club secretary Imelda Okafor said members had raised the money over four years. The new "
    "boathouse has room for 40 boats and a gym."
)
PASTED_HISTORY = (
    "Kestrel Reach Rowing Club is a rowing club on the River Wendle in Ashgill. It races in the "
    "national masters regatta each year. The club was founded in 1887 by workers at the Ashgill "
    "tannery, who rowed on the river before their shifts began at six in the morning. Its first "
    "boathouse, a timber shed below Ferry Lane, burned down in 1921 and was rebuilt in brick by "
    "the tannery's owners. Women were admitted as full members in 1972. The club's colours are "
    "green and gold."
)
REWORDED_HISTORY = (
    "Kestrel Reach Rowing Club is a rowing club on the River Wendle in Ashgill. It races in the "
    "national masters regatta each year. The club was set up in 1887 by men from the Ashgill "
    "tannery, who rowed on the river ahead of their shifts starting at six in the morning. Its "
    "first boathouse, a wooden shed below Ferry Lane, was destroyed by fire in 1921 and rebuilt "
    "in brick by the tannery's owners. Women were admitted as full members in 1972. The club's "
    "colours are green and gold."
)


def _draft_and_release(draft_text: str) -> tuple[Document, Document]:
    """The club's 2019 release and a draft of ``draft_text`` saved in 2025."""
    release = Document(
        "kestrel_release",
        "Kestrel Reach Rowing Club",
        BOATHOUSE_RELEASE,
        published="2019-03-04",
        title="New boathouse for Kestrel Reach",
    )
    draft = Document("kestrel_draft", "Wiki draft", draft_text, published="2025-11-20")
    return draft, release


def test_a_draft_that_pastes_a_passage_of_a_release_years_older_is_compared_with_it() -> None:
    """A draft saved six years after the release whose two running sentences (43 words) it
    prints word for word shares a pasted passage, not a desk's stock lines: the two are
    compared however far apart they were published, and the pair reuses text (acceptance
    round 36, d1: a dated wiki draft came out clean against the release it pasted)."""
    draft, release = _draft_and_release(PASTED_HISTORY)
    checked = compare_against([draft], [release])
    assert [(p.a, p.b) for p in checked.all_pairs if p.verdict is not Verdict.INDEPENDENT] == [
        ("kestrel_draft", "kestrel_release")
    ]
    assert checked.apart == ()


def test_a_draft_rewording_a_release_years_older_is_left_out_with_a_warning() -> None:
    """A draft that rewords the release's history six years later shares near copies but no
    passage word for word: it is left uncompared, as pairs that far apart are, but not in
    silence: the warning counts the documents kept apart and names the --story-days that
    compares them."""
    draft, release = _draft_and_release(REWORDED_HISTORY)
    checked = compare_against([draft], [release])
    assert checked.all_pairs == ()
    assert comparison_warnings(checked) == [
        "warning: 2 documents in 1 pair (kestrel_draft and kestrel_release) share near copies "
        "but were published more than 180 days apart and were not compared; to compare them, "
        "run again with --story-days 2453"
    ]
    wider = compare_against([draft], [release], Settings(story_max_days=2453))
    assert wider.apart == ()
    assert [(p.a, p.b) for p in wider.all_pairs] == [("kestrel_draft", "kestrel_release")]


# One wire formula filled in for two raids seven months apart (invented): each names its own
# union, town, organiser and aftermath, and both keep the formula's line on an alliance's rallies
# (naming it, but not what it rallies against) and on the detainees' lawyers.
RAID_IN_MARCH = (
    "Riot police raided the offices of the Dunmere Tenants' Union in Calloway on Tuesday and "
    "detained 11 activists, the union said. Officers carried away computers and boxes of "
    'leaflets, witnesses said. "They broke the door down without showing us a warrant," said '
    "Maya Berrick, an organiser with the union. A police spokesperson said the raid was part of "
    "an inquiry into an unauthorised rally in the city centre. The Fair Housing Alliance has held "
    "weekly rallies against the rent cap repeal since January. Lawyers for the detained said they "
    "had not been allowed to see their clients. The union said it would challenge the raid in "
    "court."
)
RAID_IN_OCTOBER = (
    "Riot police raided the offices of the Ostley Students' Federation in Brackwater on Monday "
    "and detained 7 activists, the federation said. Officers carried away laptops and rolls of "
    'banners, witnesses said. "They broke the door down without showing us a warrant," said '
    "Tomas Lindqvist, an organiser with the federation. A police spokesperson said the raid was "
    "part of an inquiry into a sit-in at the university library. The Fair Housing Alliance has "
    "held weekly rallies against the campus curfew since September. Lawyers for the detained "
    "said they had not been allowed to see their clients. The federation said it would appeal "
    "for bail."
)


def _two_raids() -> list[Document]:
    """The wire's March raid and a paper's October raid, filled in from one formula."""
    return [
        Document(
            "wire-calloway",
            "Northgate Wire",
            RAID_IN_MARCH,
            published="2025-03-11",
            title="Police raid tenants' union offices in Calloway",
        ),
        Document(
            "post-brackwater",
            "Harbour Post",
            RAID_IN_OCTOBER,
            published="2025-10-20",
            title="Police raid students' federation offices in Brackwater",
        ),
    ]


def test_one_formula_filled_in_for_two_events_months_apart_is_no_pair_left_out() -> None:
    """Two raids seven months apart that a wire formula tells share its stock lines, but their
    ledes put another union and town in each other's place: two events, which no --story-days
    should join, so the run warns of no pair left out for its age (acceptance round 36, R1: the
    warning counted 46 such pairs in a year of protest coverage and its advice merged events)."""
    result = compare_documents(_two_raids())
    assert result.apart == ()
    assert comparison_warnings(result) == []
    assert [story.documents for story in result.stories] == [
        ("wire-calloway",),
        ("post-brackwater",),
    ]


def test_the_warning_counts_a_late_reworded_copy_and_not_a_formula_filled_in_beside_it() -> None:
    """In a run that holds both, the warning counts the draft that rewords a release six years
    later, and names the days that compare it, but not the two raids of one formula; it leads
    with a check of the later article, as a run with those days would group every story over
    them, the formula's events among them."""
    result = compare_documents([*_two_raids(), *_draft_and_release(REWORDED_HISTORY)])
    assert comparison_warnings(result) == [
        "warning: 2 documents in 1 pair (kestrel_draft and kestrel_release) share near copies "
        "but were published more than 180 days apart and were not compared; to compare them, "
        "check the later of each pair against the others with `compare check --story-days "
        "2453` (`compare run --story-days 2453` widens every story's window, and may join "
        "reports of other events that far apart)"
    ]


def test_a_check_reads_an_undated_draft_longer_than_the_paper_it_pastes_as_the_copy() -> None:
    """An undated encyclopedia draft that pastes a paper's history paragraph among much text
    of its own holds more of the paper than the paper holds of it: by shares alone the paper
    would be its copy. A check reads the new draft as the copy, as its help promises, and
    charges it with the uncredited reuse (acceptance round 36, d2: two papers were said to
    have copied the drafts that pasted them)."""
    paper = Document(
        "ashgill_gazette",
        "Ashgill Gazette",
        BOATHOUSE_RELEASE.replace("the club said on Monday", "the club told the Gazette"),
        published="2019-03-05",
        title="Rowers get a new boathouse",
    )
    draft = Document(
        "kestrel_draft",
        "Wiki draft",
        PASTED_HISTORY
        + " The club trains on a two-kilometre stretch between Ferry Lane and the Wendle weir."
        " Its eights have reached the final of the national masters regatta nine times since"
        " 1990, winning it in 2004 and 2011. Junior sessions are held on Saturday mornings"
        " from April to October.",
    )
    checked = compare_against([draft], [paper])
    (pair,) = checked.all_pairs
    assert (pair.copy, pair.origin, pair.direction_basis) == (
        "kestrel_draft",
        "ashgill_gazette",
        DirectionBasis.CHECKED,
    )
    assert pair.undisclosed_reuse


def test_an_urdu_page_that_states_its_language_is_compared_with_an_urdu_text_that_does_not() -> (
    None
):
    """An Urdu web page states "ur"; a pasted Urdu text states nothing and is known by its script
    alone: the two are one language, so a copy that raises the wire's count of injured is noted
    for it, not set apart as a translation."""
    wire = (
        "ملتان میں بجلی کے بلوں کے خلاف احتجاج کرنے والے ۱۸ افراد زخمی ہو گئے۔\n\n"
        "پولیس نے بتایا کہ مظاہرین نے چوک پر ٹائر جلائے اور سڑک بند کر دی۔"
    )
    page = wire.replace("۱۸", "۲۷")
    pair = compare_documents(
        [document(wire, "wire", "agency"), replace(document(page, "page", "paper"), language="ur")],
        single_story=True,
    ).pairs[0]
    notes = [(n.kind, n.a, n.b) for m in pair.matches for n in m.framing]
    assert notes == [("number_changed", "۱۸", "۲۷")]


@pytest.mark.parametrize(
    ("wire", "as_copied", "kept"),
    [
        pytest.param(
            "ملتان میں بجلی کے بلوں کے خلاف احتجاج کرنے والے ۱۸ افراد زخمی ہو گئے۔\n\n"
            "پولیس نے بتایا کہ مظاہرین نے چوک پر ٹائر جلائے اور سڑک بند کر دی۔\n\n"
            "شہر کے تاجروں نے کل سے ہڑتال کا اعلان کیا ہے۔",
            str.maketrans("\u06cc\u06a9\u06d4\u06f1\u06f8", "\u064a\u0643.18"),
            "ي",
            id="urdu_from_a_legacy_code_page",
        ),
        pytest.param(
            "बस्ती में शुक्रवार तड़के करीब 4:10 बजे एक बस खाई में गिर गई, जिसमें 17 यात्री घायल हो गए।\n\n"
            "जिला प्रशासन ने घायलों के परिजनों के लिए हेल्पलाइन 05542-284310 जारी की है।\n\n"
            "सरकार ने हर घायल को ₹50,000 की सहायता देने की घोषणा की।",
            str.maketrans("0123456789", "०१२३४५६७८९"),
            "४:१०",
            id="hindi_in_devanagari_digits",
        ),
    ],
)
def test_a_copy_in_other_letters_or_digits_of_its_script_is_verbatim(
    wire: str, as_copied: dict[int, str], kept: str
) -> None:
    """An old CMS exports an Urdu wire with Arabic yeh and kaf for Urdu's, Western digits and
    "." for the Urdu full stop; a Hindi site prints the wire in Devanagari digits ("४:१०" for
    "4:10"): readers see the same words and figures, so every sentence is copied verbatim and
    no figure is changed, while the copy's text keeps its own letters and digits."""
    copy = wire.translate(as_copied)
    result = compare_documents(
        [document(wire, "wire", "agency"), document(copy, "copy", "paper")], single_story=True
    )
    (pair,) = result.pairs
    assert [m.kind.value for m in pair.matches] == ["verbatim"] * 3
    assert pair.verdict is Verdict.COPY
    assert [note for m in pair.matches for note in m.framing] == []
    assert kept in result.by_id["copy"].text


VALMORA_LEDE = (
    "Riot police fired tear gas at demonstrators in Valmora on Saturday as a march against a "
    "12% fuel price rise turned violent."
)


def test_headlines_are_compared_only_between_articles_one_took_text_from() -> None:
    """A paper that runs the wire's lede under a headline of its own has its headline read
    against the wire's; an outlet's own summary of the march, sharing only phrasing and later
    by the clock, took nothing from the wire's headline, and gets no note against it ("23"
    officers injured against "Hundreds" arrested: acceptance round 37, d8)."""
    wire = Document(
        "wire",
        "Harbour Wire",
        f"{VALMORA_LEDE}\n\nOfficers said 23 police were injured in the clashes and that 41 "
        "people had been detained.",
        title="Rioters injure 23 officers in Valmora clashes",
        published="2026-09-12",
        published_time="2026-09-12T10:00:00Z",
    )
    summary = Document(
        "post",
        "Eastgate Post",
        "Hundreds of people were arrested in Valmora on Saturday after a march against the fuel "
        "price rise turned violent, witnesses told the Post.",
        title="Hundreds arrested as Valmora erupts",
        published="2026-09-12",
        published_time="2026-09-12T12:00:00Z",
    )
    copy = Document(
        "daily",
        "Tarrow Daily",
        f"{VALMORA_LEDE}\n\nDozens of people were treated in hospital, volunteers said.",
        title="Hundreds hurt as Valmora march turns violent",
        published="2026-09-12",
        published_time="2026-09-12T11:00:00Z",
    )
    pairs = {
        (p.a, p.b): p for p in compare_documents([wire, summary, copy], single_story=True).pairs
    }
    # One line sharing two short phrases with the wire is no reuse at all (R1 of the round-37
    # retest), let alone of its headline.
    assert pairs[("wire", "post")].verdict is Verdict.INDEPENDENT
    assert pairs[("wire", "post")].headline_framing == ()
    assert pairs[("wire", "daily")].headline_framing != ()


CARROW_LEDE = (
    "A fire at the Carrow textile mill killed two workers and injured 14 others early on "
    "Tuesday, the county fire service said."
)


def test_a_copys_headline_is_read_against_the_article_it_took_its_lede_from() -> None:
    """A paper that runs the wire's lede, and a later line of another paper's, has one headline,
    which sums up the lede: it is read against the wire's, not against the other paper's "At
    least 3 dead" too (acceptance round 37 retest, O2: "Capital Ledger, from Metro Bulletin:
    headline: ..." of a copy whose lede was the wire's)."""
    wire = Document(
        "wire",
        "Harbour Wire",
        f"{CARROW_LEDE} The cause of the fire is under investigation.",
        title="Fire at Carrow mill kills two, injures 14",
        published="2026-09-15",
        published_time="2026-09-15T06:00:00Z",
    )
    paper = Document(
        "post",
        "Eastgate Post",
        "A fire at a textile mill in Carrow killed two workers and injured 14 on Tuesday, fire "
        "officials said.\n\nCrews fought the blaze for more than three hours before bringing it "
        "under control, Fire Chief Ana Reyes said.",
        title="At least 3 dead in Carrow mill fire",
        published="2026-09-15",
        published_time="2026-09-15T06:30:00Z",
    )
    copy = Document(
        "daily",
        "Tarrow Daily",
        f"{CARROW_LEDE}\n\nFirefighters fought the blaze for more than three hours before "
        "bringing it under control, Fire Chief Ana Reyes said.",
        title="Inferno tears through Carrow mill",
        published="2026-09-15",
        published_time="2026-09-15T07:00:00Z",
    )
    result = compare_documents([wire, paper, copy], single_story=True)
    pairs = {(p.a, p.b): p for p in result.pairs}
    assert (pairs[("post", "daily")].direction, pairs[("post", "daily")].headline_framing) == (
        "a->b",
        (),
    )
    # Its headline leaves the toll to its lede, which gives it: no figure removed.
    assert [(n.kind.value, n.b) for n in pairs[("wire", "daily")].headline_framing] == [
        ("loaded_term_added", "inferno"),
    ]


def test_an_independent_report_gets_no_headline_note_against_the_record() -> None:
    """An outlet's own report of the march that shares one short statement with the record
    (the ministry's) is judged independent, and its headline, on the hospital's 40 treated, is
    no change of the record's "23 officers": no headline note (acceptance round 37 retest, R2)."""
    statement = "The interior ministry said the march had not been authorised."
    wire = Document(
        "wire",
        "Harbour Wire",
        f"{VALMORA_LEDE}\n\nOfficers said 23 police were injured in the clashes and that 41 "
        f"people had been detained.\n\n{statement}\n\nShops on the main square were shuttered "
        "by noon.\n\nThe government raised fuel prices on Monday to cut a budget deficit the "
        "finance ministry put at 6% of output.\n\nOpposition parties called the rise a tax on "
        "the poor and demanded a vote in parliament.\n\nThe prime minister will address the "
        "nation on Sunday evening, her office said.\n\nSimilar protests in two other cities "
        "passed without violence, local media reported.\n\nTrade unions will decide on Monday "
        "whether to call a general strike.",
        title="Rioters injure 23 officers in Valmora clashes",
        published="2026-09-12",
        published_time="2026-09-12T10:00:00Z",
        of_record=True,
    )
    post = Document(
        "post",
        "Eastgate Post",
        "Our reporter walked with the marchers from the station to the square on Saturday "
        "morning.\n\nMost were students and taxi drivers who said the rise would cost them a "
        "week's wages a month.\n\nBy early afternoon the crowd had swelled to several thousand "
        f"people, organisers said.\n\n{statement}\n\nA nurse at the city hospital said 40 "
        "people had been treated, most for the effects of tear gas.\n\nVolunteers handed out "
        "water and milk to those caught in the gas.\n\nTraders near the bus depot counted "
        "broken windows as the crowd thinned.\n\nStudent leaders promised another march next "
        "weekend unless the rise was reversed.\n\nResidents of the old quarter said it was the "
        "worst unrest they had seen in a decade.",
        title="40 treated in hospital after Valmora march",
        published="2026-09-12",
        published_time="2026-09-12T12:00:00Z",
    )
    (pair,) = compare_documents([wire, post], single_story=True).pairs
    assert (pair.verdict, pair.direction) == (Verdict.INDEPENDENT, "a->b")
    assert pair.headline_framing == ()


def test_a_folder_named_for_an_outlet_of_the_run_names_its_files_outlet(tmp_path: Path) -> None:
    """Retest of acceptance round 39, c5: a sub-editor's "Gazette/" folder holds one story with
    front matter naming the Harwick Gazette and one pasted from the CMS without; a rival's
    "Rival pages/" folder names no outlet. The pasted story is the Gazette's, so the run
    notes no file without a source, and the rival's file keeps its own."""
    ours, rivals = tmp_path / "Gazette", tmp_path / "Rival pages"
    ours.mkdir()
    rivals.mkdir()
    (ours / "bridge.txt").write_text(
        "---\nsource: Harwick Gazette\ndate: 2026-03-02\n---\nCarrow bridge to shut for repairs\n\n"
        "The Carrow Lane bridge will close for six weeks from Monday while engineers replace "
        "its deck, the council said.\n",
        encoding="utf-8",
    )
    (ours / "school roof.txt").write_text(
        "Storm tears roof off Dunford primary\n\nPupils at Dunford Primary were sent home after "
        "gales tore part of the roof from the school hall overnight.\n",
        encoding="utf-8",
    )
    (rivals / "riverside roof.txt").write_text(
        "School shut after storm\n\nA Dunford school closed its doors on Tuesday when strong "
        "winds stripped slates from the hall, leaving a gaping hole.\n",
        encoding="utf-8",
    )
    heard: list[ReadResult] = []
    result = compare_paths([str(tmp_path)], on_read=heard.append)
    sources = {Path(d.path).name: d.source for d in result.documents}
    assert sources == {
        "bridge.txt": "Harwick Gazette",
        "school roof.txt": "Harwick Gazette",
        "riverside roof.txt": "Rival pages/riverside roof",
    }
    assert [Path(path).name for path in heard[0].named_by_file] == ["riverside roof.txt"]
