"""Tests for compare.report.against_record: each article read against the record, a row each."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.pipeline import compare_paths
from compare.records import Result, Verdict
from compare.report.against_record import (
    AgainstRecord,
    CreditGiven,
    SharedBeyondRecord,
    TakenFromRecord,
    against_record,
    credit_given,
)
from tests.helpers import write_agency_feed, write_library_assignment


@pytest.fixture(scope="module")
def assignment(tmp_path_factory: pytest.TempPathFactory) -> Result:
    """The library assignment compared with its three sources as records."""
    folder = tmp_path_factory.mktemp("assignment")
    records = write_library_assignment(folder)
    return compare_paths([folder], single_story=True, record=records)


def rows(result: Result) -> dict[str, AgainstRecord]:
    return {row.doc: row for row in against_record(result)}


def test_a_row_for_each_student_and_none_for_a_source(assignment: Result) -> None:
    """Every student's story has a row, in the run's order; the release, the wire and the
    interview notes, the records, have none."""
    assert [row.doc for row in against_record(assignment)] == [
        "Adams_Ruth_story",
        "Bello_Kofi_story",
        "Cole_Maya_story",
        "Dowd_Sean_story",
        "Evans_Lia_story",
    ]


def test_a_paste_of_the_release_is_its_share_and_run_uncredited(assignment: Result) -> None:
    """Ruth Adams pasted three paragraphs of the council's release without naming it: most of
    her words and a long run, uncredited and flagged."""
    (taken,) = [t for t in rows(assignment)["Adams_Ruth_story"].taken if t.record == "release"]
    assert (taken.verdict, taken.credited, taken.undisclosed) == (Verdict.DERIVED, False, True)
    assert taken.share > 0.7
    assert taken.longest_run_words >= 50


def test_wire_paragraphs_lifted_with_credit_are_credited(assignment: Result) -> None:
    """Kofi Bello's lede says "according to Kestrel News Agency": what he took of the wire is
    credited, not flagged."""
    (taken,) = [t for t in rows(assignment)["Bello_Kofi_story"].taken if t.record == "wire"]
    assert (taken.verdict, taken.credited, taken.undisclosed) == (Verdict.DERIVED, True, False)


def test_two_students_sharing_text_no_source_holds_are_named_to_each_other(
    assignment: Result,
) -> None:
    """Maya Cole's story is Sean Dowd's but for his last line, which only the interview notes
    explain: each names the other with the words of its own sentences no source holds, and
    neither took anything from a source."""
    found = rows(assignment)
    assert found["Cole_Maya_story"].taken == found["Dowd_Sean_story"].taken == ()
    assert found["Cole_Maya_story"].shared_beyond_record == (
        SharedBeyondRecord("Dowd_Sean_story", 84),
    )
    assert found["Dowd_Sean_story"].shared_beyond_record == (
        SharedBeyondRecord("Cole_Maya_story", 84),
    )
    assert found["Adams_Ruth_story"].shared_beyond_record == ()


def test_a_quotation_from_the_wires_interview_is_named(assignment: Result) -> None:
    """Lia Evans quotes what Maureen Tait "told Kestrel" as if said to her: no sentence of the
    wire copied, but the interview's quotation, uncredited."""
    (taken,) = rows(assignment)["Evans_Lia_story"].taken
    assert taken == TakenFromRecord(
        "wire", Verdict.PARTIAL, 0.0, 0, False, False, True, "told Kestrel"
    )


def test_no_rows_without_a_record(tmp_path: Path) -> None:
    """Without --record no article is read against a source: no rows."""
    write_library_assignment(tmp_path)
    assert against_record(compare_paths([tmp_path], single_story=True)) == ()


def test_an_agencies_line_credits_the_agency_by_no_name(tmp_path: Path) -> None:
    """Kestrel's ferry story, copied by the Ellis Gazette with its dateline and by the Island
    Courier under an "Agencies" line alone: the Gazette names the agency, the Courier credits
    news agencies in general, which names none, and the Courier's uncredited copy of the fees
    story credits nothing."""
    result = compare_paths([tmp_path], record=[write_agency_feed(tmp_path)])
    given = {
        copy: credit_given(pair, result.by_id[copy], result.by_id[origin], copy in pair.crediting)
        for pair in result.all_pairs
        if (origin := pair.origin) is not None
        and (copy := pair.copy) is not None
        and result.by_id[origin].of_record
    }
    assert given == {
        "courier-ferry": CreditGiven.GENERIC,
        "gazette-ferry": CreditGiven.NAMED,
        "herald-ferry": CreditGiven.NAMED,
        "courier-fees": CreditGiven.NONE,
    }
