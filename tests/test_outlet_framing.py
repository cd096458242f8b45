"""Tests of the framing counted by outlet (report.json's ``sources[]``, the index's table)."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import replace

from compare.pipeline import compare_documents
from compare.records import Document, FramingKind, Result, SentenceGroup, Version
from compare.report.framing_table import render_framing
from compare.report.outlet_framing import OutletFraming, outlet_framing
from tests.helpers import document, link_road_reports

HARBOUR_WIRE = (
    "Dockworkers walked out at the port of Selvik on Monday, the harbour authority said.\n"
    "About 300 workers joined the strike over pay, union leaders said.\n"
    "Ferries to the islands were cancelled for the day.\n"
    "Talks are due to resume on Thursday."
)
HARBOUR_TABLOID = HARBOUR_WIRE.replace(
    "the harbour authority said", "the harbour authority claimed"
).replace("About 300 workers", "Militant agitators and 300 workers")


def _rows_by_name(documents: list[Document]) -> dict[str, OutletFraming]:
    """The run's framing by outlet, each row by its name."""
    return {row.name: row for row in outlet_framing(compare_documents(documents))}


def test_an_outlet_made_the_changes_its_own_rewrite_made_and_none_of_those_it_copied() -> None:
    """The tabloid that rewrote the wire made its changes; the aggregator that pasted the
    tabloid's rewrite carries them but made none, and the wire, the first version of every
    sentence, has none set against another's."""
    rows = _rows_by_name(
        [
            document(HARBOUR_WIRE, "wire", "Baltic Wire", published="2025-05-05"),
            document(HARBOUR_TABLOID, "blaze", "Evening Blaze", published="2025-05-06"),
            document(HARBOUR_TABLOID, "hub", "PortHub", published="2025-05-07"),
        ]
    )
    made = {name: dict(row.made_by_kind) for name, row in rows.items()}
    assert made["Evening Blaze"][FramingKind.ATTRIBUTION_VERB] == 1
    assert made["PortHub"] == {}
    assert dict(rows["PortHub"].by_kind)[FramingKind.ATTRIBUTION_VERB] == 1
    assert rows["Baltic Wire"].compared_versions == 0


def test_a_digest_that_drops_a_papers_dateline_made_none_of_the_papers_changes() -> None:
    """A digest that runs a paper's rewrite of the wire without the paper's "Millbridge - "
    dateline carries the paper's "rioters" but made no change of its own."""
    wire = (
        "Police used water cannon on protesters outside the Millbridge town hall on Saturday.\n"
        "Eleven people were treated for minor injuries, the ambulance service said.\n"
        "Police said protesters threw eggs at the town hall doors.\n"
        "The council said it would meet campaign leaders on Tuesday."
    )
    paper = "Millbridge - " + wire.replace("protesters", "rioters").replace(
        "doors.\n", "doors.\nTraders on the high street said they closed early.\n"
    )
    rows = _rows_by_name(
        [
            document(wire, "wire", "Meridian Wire", published="2025-03-01"),
            document(paper, "paper", "Daily Sentinel", published="2025-03-02"),
            document(
                paper.removeprefix("Millbridge - "),
                "digest",
                "Metro Digest",
                published="2025-03-03",
            ),
        ]
    )
    assert dict(rows["Daily Sentinel"].made_by_kind) == {FramingKind.LOADED_TERM: 2}
    assert dict(rows["Metro Digest"].made_by_kind) == {}


def test_an_articles_versions_are_one_article_in_the_outlet_counts() -> None:
    """A wire story and its update three hours later (one address, a raised injury count) are
    two documents but one article: the per-article denominator counts it once."""
    first = (
        "Police cleared a sit-in outside the Larkfield council offices on Monday.\n"
        "Twelve people were injured, the ambulance service said.\n"
        "Organisers said they would return on Friday."
    )
    url = "https://wire.example/larkfield-sit-in"
    wire = replace(document(first, "wire-1", "Meridian Wire", published="2025-06-02"), url=url)
    update = replace(
        document(first.replace("Twelve", "Twenty"), "wire-2", "Meridian Wire"),
        url=url,
        published="2025-06-02",
        modified_time="2025-06-02T15:00:00Z",
    )
    paper = document(first, "paper", "Larkfield Echo", published="2025-06-03")
    rows = _rows_by_name([wire, update, paper])
    assert (rows["Meridian Wire"].documents, rows["Meridian Wire"].articles) == (2, 1)


def test_each_of_two_reports_of_one_event_made_its_own_framing() -> None:
    """Two papers' own reports of one council vote took nothing from each other, and neither is
    directed: the rival's "claimed" for "said" and its "controversial" road are still its own
    framing, counted as made by it."""
    rows = {row.name: row for row in outlet_framing(compare_documents(link_road_reports()))}
    made = dict(rows["Calder Valley Echo"].made_by_kind)
    assert made[FramingKind.ATTRIBUTION_VERB] == 1
    assert made[FramingKind.LOADED_TERM_ADDED] == 1


TESSEL_WIRE = (
    "Flood barriers along the Tessel river held overnight, the county engineer said on Tuesday.\n"
    "The water appeared to be receding and would likely fall below the danger mark by Thursday, "
    "officials said.\n"
    "About 400 homes in Lower Brampton were evacuated as a precaution.\n"
    "Schools in the valley will stay closed until Friday."
)
TESSEL_HERALD = TESSEL_WIRE.replace(
    "appeared to be receding and would likely fall", "is receding and will fall"
).replace("the county engineer said", "the county engineer claimed")


def _tessel_reports() -> Result:
    """The wire's flood report, a paper's rewrite that drops its hedges and turns "said" into
    "claimed", and an aggregator's verbatim copy of the rewrite."""
    return compare_documents(
        [
            document(TESSEL_WIRE, "wire", "Tessel Wire", published="2025-04-01"),
            document(TESSEL_HERALD, "herald", "Valley Herald", published="2025-04-02"),
            document(TESSEL_HERALD, "feed", "River Feed", published="2025-04-03"),
        ]
    )


def _led_by(group: SentenceGroup, doc: str) -> SentenceGroup:
    """``group`` with ``doc``'s version as its representative, as the clustering picks it when
    a third article's paraphrase links to that version alone: each other version's framing
    read against it."""
    leader = next((v for v in group.versions if v.doc == doc), None)
    if leader is None or leader.kind is None:
        return group
    shown = group.representative.doc
    versions = tuple(
        Version(doc, leader.sentences, None)
        if v.doc == doc
        else Version(v.doc, v.sentences, leader.kind, tuple(k.mirrored for k in leader.framing))
        if v.doc == shown
        else v
        for v in group.versions
    )
    return replace(
        group, representative=versions[[v.doc for v in versions].index(doc)], versions=versions
    )


def test_an_outlets_changes_made_do_not_depend_on_which_version_represents_a_group() -> None:
    """The paper that dropped the wire's "appeared to" and "likely" made that change whichever
    version a sentence group shows: with its own rewrite as the representative (as when a third
    outlet's paraphrase links to it alone), its hedge removal is still counted, and the wire,
    the first version, is still charged with nothing (acceptance round 40, c1 and c2)."""
    result = _tessel_reports()
    regrouped = replace(result, groups=tuple(_led_by(g, "herald") for g in result.groups))
    assert any(g.representative.doc == "herald" for g in regrouped.groups)
    for run in (result, regrouped):
        rows = {row.name: row for row in outlet_framing(run)}
        assert dict(rows["Valley Herald"].made_by_kind) == {
            FramingKind.ATTRIBUTION_VERB: 1,
            FramingKind.HEDGE_REMOVED: 1,
        }
        assert dict(rows["Tessel Wire"].by_kind) == {}
        assert rows["Tessel Wire"].compared_versions == 0


def test_changes_made_are_framing_csvs_directed_rows_by_copy_outlet() -> None:
    """The two documented ways to count an outlet's own changes agree: ``framing.csv``'s
    directed rows by ``copy_outlet``, each kind once a sentence, and ``made_by_kind``; the
    aggregator's verbatim copy carries the paper's changes in ``by_kind`` but made none. So
    whichever version represents a sentence group (acceptance round 40, c1)."""
    result = _tessel_reports()
    result = replace(result, groups=tuple(_led_by(g, "herald") for g in result.groups))
    from_csv: dict[str, Counter[str]] = {}
    seen = set()
    for row in csv.DictReader(io.StringIO(render_framing(result))):
        key = (row["copy"], row["copy_sentences"], row["kind"])
        if row["directed"] == "true" and row["found_in"] != "headline" and key not in seen:
            seen.add(key)
            from_csv.setdefault(row["copy_outlet"], Counter())[row["kind"]] += 1
    rows = outlet_framing(result)
    assert {row.outlet: Counter({k.value: n for k, n in row.made_by_kind}) for row in rows} == {
        row.outlet: from_csv.get(row.outlet, Counter()) for row in rows
    }
    by_name = {row.name: row for row in rows}
    assert dict(by_name["River Feed"].by_kind) == dict(by_name["Valley Herald"].made_by_kind)
    assert dict(by_name["River Feed"].made_by_kind) == {}


def test_an_agencys_updates_of_its_own_story_are_no_framing_it_made() -> None:
    """An agency that raised its death toll and dropped a hedge between two versions of one
    story at one address updated its own text: "Framing by outlet" charges it with none of
    that, as it charges the paper that rewrote the first version with its "claimed"
    (acceptance round 42, f10: AFP's own updates read as 7 changes made)."""
    first = (
        "Three people were killed when a bus overturned on the coastal highway near Tumbes on "
        "Friday, police said.\n"
        "The driver may have fallen asleep at the wheel, according to the transport ministry.\n"
        "Rescue crews took 22 injured passengers to the regional hospital."
    )
    url = "https://agency.example/tumbes-bus"
    agency = replace(
        document(first, "agency-1", "Andes Press", published="2026-12-04"),
        url=url,
        published_time="2026-12-04T14:05:00Z",
    )
    update = replace(
        document(
            first.replace("Three people", "Seven people").replace(
                "may have fallen asleep", "fell asleep"
            ),
            "agency-2",
            "Andes Press",
        ),
        url=url,
        published="2026-12-04",
        published_time="2026-12-04T14:05:00Z",
        modified_time="2026-12-04T21:20:00Z",
    )
    paper = document(
        first.replace("police said", "police claimed"),
        "paper",
        "Diario del Norte",
        published="2026-12-05",
    )
    rows = _rows_by_name([agency, update, paper])
    assert dict(rows["Andes Press"].made_by_kind) == {}
    assert rows["Andes Press"].compared_versions == 0
    assert dict(rows["Diario del Norte"].made_by_kind) == {FramingKind.ATTRIBUTION_VERB: 1}
