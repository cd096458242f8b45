"""framing.csv: one row a framing note, read from the origin to the copy, with both sentences."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

from compare import Document, compare_documents
from compare.read import is_own_report
from compare.records import FRAMING_COLUMNS
from compare.report import ReportFormat
from compare.report.files import FRAMING, render_reports
from compare.report.framing_table import render_framing
from compare.report.json_report import report_json
from compare.report.markdown import render_story

WIRE = (
    "MERSK, June 2 (NPA) - Two fishermen were killed when a patrol boat fired on their trawler "
    "off the Mersk coast, the coast guard said.\n"
    'Harbour officials said the trawler had "strayed, at most, a few hundred metres" into the '
    "closed zone.\n"
    "The fishing union called for an independent inquiry into the shooting."
)
# The state channel's copy: one more dead, the coast guard's account stated as fact, a loaded term.
CHANNEL = (
    "Three poachers were killed when a patrol boat fired on their trawler off the Mersk coast.\n"
    'Harbour officials claimed the trawler had "strayed, at most, a few hundred metres" into the '
    "closed zone.\n"
    "The fishing union called for an independent inquiry into the shooting."
)


def _rows(documents: list[Document]) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(render_framing(compare_documents(documents)))))


def _wire_and_channel(*, channel_first: bool) -> list[Document]:
    wire = Document("npa-trawler", "Nordic Press Agency", WIRE, published="2025-06-02")
    channel = Document("chan-trawler", "Channel Nine", CHANNEL, published="2025-06-03")
    return [channel, wire] if channel_first else [wire, channel]


def test_each_note_is_a_row_from_the_origin_to_the_copy_with_both_sentences() -> None:
    """A copy's changes are rows read from the wire to the copy, whichever of the two the pair
    names first: its kind as the copy changed the wire, the wire's words then the copy's, both
    sentences quoted in full and numbered as the story pages number them."""
    for channel_first in (False, True):
        rows = _rows(_wire_and_channel(channel_first=channel_first))
        assert {(r["origin"], r["copy"], r["directed"]) for r in rows} == {
            ("npa-trawler", "chan-trawler", "true")
        }
        assert {(r["kind"], r["origin_words"], r["copy_words"]) for r in rows} >= {
            ("number_changed", "Two", "Three"),
            ("attribution_verb", "said", "claimed"),
            ("attribution_removed", "the coast guard said", ""),
        }
        verb = next(r for r in rows if r["kind"] == "attribution_verb")
        assert verb["origin_text"] == WIRE.splitlines()[1]
        assert verb["copy_text"] == CHANNEL.splitlines()[1]
        assert (verb["origin_sentences"], verb["copy_sentences"]) == ("3", "2")
        assert WIRE[int(verb["origin_start"]) : int(verb["origin_end"])] == verb["origin_text"]
        assert verb["origin_outlet"] == "nordic press agency"
        assert verb["copy_source"] == "Channel Nine"
        assert verb["credited"] == "false"


def test_rows_are_in_a_stable_order_and_the_header_is_known_as_a_report(tmp_path: Path) -> None:
    """The same articles in either order give the same file, its header row the columns, and
    a folder holding it knows it for compare's report."""
    texts = [
        render_framing(compare_documents(_wire_and_channel(channel_first=first)))
        for first in (False, True)
    ]
    assert texts[0] == texts[1]
    assert tuple(next(csv.reader(io.StringIO(texts[0])))) == FRAMING_COLUMNS
    saved = tmp_path / FRAMING
    saved.write_text(texts[0], encoding="utf-8")
    assert is_own_report(saved)


def test_framing_csv_is_written_with_the_json_reports_only() -> None:
    """``--format all`` and ``json`` write framing.csv beside edges.csv; ``md`` does not."""
    result = compare_documents(_wire_and_channel(channel_first=False))
    assert FRAMING in render_reports(result, ReportFormat.ALL)
    assert FRAMING in render_reports(result, ReportFormat.JSON)
    assert FRAMING not in render_reports(result, ReportFormat.MD)


def test_a_headlines_notes_lead_their_pairs_rows_and_its_framing_table() -> None:
    """A copy that retitles the wire with another figure gets a headline row first, both
    headlines quoted and no sentence number; the pair's table on the story page leads with it
    too."""
    wire, channel = _wire_and_channel(channel_first=False)
    wire = replace(wire, title="Two fishermen killed as patrol boat fires on trawler")
    channel = replace(channel, title="Three poachers killed off Mersk coast")
    result = compare_documents([wire, channel])
    rows = list(csv.DictReader(io.StringIO(render_framing(result))))
    assert (rows[0]["found_in"], rows[0]["kind"]) == ("headline", "number_changed")
    assert (rows[0]["origin_words"], rows[0]["copy_words"]) == ("Two", "Three")
    assert rows[0]["origin_text"] == wire.title
    assert rows[0]["copy_text"] == channel.title
    assert rows[0]["origin_sentences"] == rows[0]["origin_start"] == ""
    page = render_story(result, result.stories[0])
    table = page[page.index("### Framing differences") :]
    first_row = next(line for line in table.splitlines() if line.startswith("| headline"))
    assert "| Two" in first_row


def _protest_brief(town: str, day: str, injured: int, organiser: str) -> str:
    """A wire's protest brief from its formula, filled in for one town's march."""
    return "\n".join(
        [
            f"Police fired tear gas at marchers in central {town} on {day} as thousands "
            "protested against the fuel tax.",
            f"{injured} people were injured, the {town} ambulance service said.",
            f'"We came here peacefully," said {organiser}, an organiser with the Fair Fuel '
            "Campaign.",
            "The interior ministry said it would review the police response.",
            f"The campaign said it would hold another rally in {town} next week.",
        ]
    )


def test_a_template_pairs_notes_are_marked_so_a_count_can_leave_them_out() -> None:
    """Two marches' briefs from one wire formula differ in town, figures and organiser: every
    note of their pair says the template was filled in for another event, and that the pair is
    within one story."""
    rows = list(
        csv.DictReader(
            io.StringIO(
                render_framing(
                    compare_documents(
                        [
                            Document(
                                "brackley",
                                "Valley Post",
                                _protest_brief("Brackley", "Friday", 40, "Anna Holt"),
                                published="2025-02-07",
                            ),
                            Document(
                                "ormsby",
                                "Coast Herald",
                                _protest_brief("Ormsby", "Sunday", 23, "Piotr Lane"),
                                published="2025-03-09",
                            ),
                        ],
                        single_story=True,
                    )
                )
            )
        )
    )
    assert rows
    assert {(row["template"], row["across_stories"]) for row in rows} == {
        ("another_event", "false")
    }


def test_an_undirected_pairs_rows_read_from_the_earlier_to_the_later() -> None:
    """An opposition statement of 25 November and a paper's own report of the 26th that quotes
    it as "she told the Ledger": they share no text beyond the quotation, so the pair has no
    direction, but the row reads from the statement to the paper, an interview claimed (added),
    not removed, whichever id sorts first (acceptance round 37, c7)."""
    quote = (
        "Residents deserve to know why a depot valued at £2 million went for a third of that, "
        "and who sat in the room when the deal was struck"
    )
    statement = Document(
        "z-statement",
        "Tarnside Greens",
        "The Greens have tabled a motion calling for an independent review of the Brook Street "
        f"sale.\n\nCllr Ada Moss said: “{quote}.”\n\nThe motion will be debated on 9 December.",
        published="2026-11-25",
    )
    paper = Document(
        "a-paper",
        "Tarnside Ledger",
        "The council sold the Brook Street depot to a developer at a closed meeting last month."
        f"\n\nOpposition leader Ada Moss has demanded answers. “{quote},” she told the Ledger."
        "\n\nA developer plans 90 flats on the site, which has stood empty since 2011.",
        published="2026-11-26",
    )
    result = compare_documents([paper, statement], single_story=True)
    (pair,) = result.all_pairs
    assert pair.direction is None
    rows = list(csv.DictReader(io.StringIO(render_framing(result))))
    claims = [r for r in rows if r["kind"].startswith("interview_claim")]
    assert [(r["origin"], r["copy"], r["directed"], r["kind"]) for r in claims] == [
        ("z-statement", "a-paper", "false", "interview_claim_added")
    ]


def test_a_number_rounded_within_its_qualifiers_is_flagged_compatible() -> None:
    """Rounding the border agency's "about 9,800" to "nearly 10,000" may be the same number, where
    "12,000" inflates it: `compatible` flags the first change and its qualifiers' note, as the
    story pages fold them into "number changed, compatible", so that a count of changed numbers
    by outlet can leave roundings out."""
    wire = (
        "Border agents recorded about 9,800 crossings in the sector last week, the agency said.\n"
        "The agency said staffing at the ports of entry would rise in January."
    )
    rounding = wire.replace("about 9,800", "nearly 10,000")
    inflating = wire.replace("about 9,800", "about 12,000")
    documents = [
        Document("ap", "Associated Press", wire, published="2026-12-01"),
        Document("ledger", "Capitol Ledger", rounding, published="2026-12-02"),
        Document("sentinel", "Heartland Sentinel", inflating, published="2026-12-02"),
    ]
    rows = _rows(documents)
    flagged = {(r["copy"], r["kind"], r["compatible"]) for r in rows if r["origin"] == "ap"}
    assert flagged == {
        ("ledger", "number_changed", "true"),
        ("ledger", "estimate_changed", "true"),
        ("sentinel", "number_changed", "false"),
    }
    pairs = report_json(compare_documents(documents))["pairs"]
    in_json = {
        (pair["b"] if pair["a"] == "ap" else pair["a"], note["kind"], note["compatible"])
        for pair in pairs
        if "ap" in (pair["a"], pair["b"])
        for match in pair["matches"]
        for note in match["framing"]
    }
    assert in_json == {(copy, kind, flag == "true") for copy, kind, flag in flagged}


def test_a_change_between_two_copies_names_the_copy_that_made_it() -> None:
    """Two outlets print the wire's story the next day, one word for word, one changing it: the
    undirected row between the two tells the channel's changes, and `changed_by` names the
    channel, which made them from the wire (its directed rows), not the verbatim copy, whichever
    of the two the row reads from."""
    wire = Document("npa-trawler", "Nordic Press Agency", WIRE, published="2025-06-02")
    portal = Document("portal-trawler", "Coast Portal", WIRE, published="2025-06-03")
    channel = Document("chan-trawler", "Channel Nine", CHANNEL, published="2025-06-03")
    rows = _rows([wire, portal, channel])
    between_copies = [r for r in rows if {r["origin"], r["copy"]} == {portal.id, channel.id}]
    assert {r["directed"] for r in between_copies} == {"false"}
    assert {(r["kind"], r["changed_by"]) for r in between_copies} >= {
        ("attribution_verb", "chan-trawler"),
        ("number_changed", "chan-trawler"),
    }
    from_wire = [r for r in rows if r["origin"] == wire.id]
    assert from_wire and all(r["changed_by"] == r["copy"] for r in from_wire)


def test_a_change_nobody_is_known_to_have_made_names_nobody() -> None:
    """Two papers print one wire story the same day and the wire is not in the run: one words
    it otherwise, but no directed row shows which of the two changed the wire, so `changed_by`
    is empty."""
    undated_wire = WIRE.replace("MERSK, June 2 (NPA) - ", "")
    first = Document("post-trawler", "Mersk Post", undated_wire, published="2025-06-03")
    later = Document("chan-trawler", "Channel Nine", CHANNEL, published="2025-06-03")
    rows = _rows([first, later])
    assert {r["directed"] for r in rows} == {"false"}
    assert ("attribution_verb", "") in {(r["kind"], r["changed_by"]) for r in rows}
