"""The run's reuse as a network: edges.csv's one row per reuse, and the index's outlet table."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from compare import Document, compare_against, compare_documents, compare_paths
from compare.records import EDGE_COLUMNS, PairComparison, Result, Taken, Verdict
from compare.report import ReportFormat, network
from compare.report.files import render_reports
from compare.report.json_report import json_chunks
from compare.report.markdown import render_index
from compare.report.network import edges, outlet_reuse, render_edges
from tests.helpers import COURT_BRIEF, RIVAL_COURT_BRIEF, break_in_briefs, write_agency_feed

HOSPITAL = (
    "DORVANSK, March 14 (VRN) - Kessar regime forces shelled the children's hospital in "
    "Dorvansk overnight, killing 14 people, the regional emergency ministry said.\n"
    "Rescuers pulled 23 wounded from the rubble of the east wing before dawn.\n"
    "The ministry said the strike used rockets supplied by Western governments.\n"
    "Local officials declared three days of mourning across the region."
)
HOSPITAL_SOFTENED = (
    "Kessar government forces shelled the children's hospital in Dorvansk overnight, killing "
    "14 people, the regional emergency ministry said.\n"
    "Rescuers pulled 23 wounded from the rubble of the east wing before dawn.\n"
    "The ministry said the strike used rockets supplied by Western governments.\n"
    "Local officials declared three days of mourning across the region."
)
BIOLABS = (
    "Leaked documents show the Pentagon funded 12 laboratories in Tarvia over the past "
    "decade, Meridian Today has learned.\n"
    "The papers list pathogen research at sites near the Rossland border.\n"
    "Tarvia's health ministry has denied that any military research takes place there.\n"
    "The documents were handed over by a former contractor, according to the report."
)


STUDY_RELEASE = (
    "A daily walk of 30 minutes cut the risk of a second heart attack by a quarter, a study "
    "by the University of Carrow has found.\n"
    "Researchers followed 4,200 patients in six hospitals for five years after their first "
    "attack.\n"
    "Patients who walked every day were also readmitted to hospital less often.\n"
    "Professor Ines Marlow, who led the study, said the benefit held for patients of every age.\n"
    "The study was funded by the Carrow Heart Foundation."
)
WATER_RELEASE = (
    "Eastbay Water will replace 40 kilometres of lead pipes in the Brambleton district by the "
    "end of next year.\n"
    "The work will cost 62 million pounds and start in the north of the district in April.\n"
    "Households will be told a week before work begins on their street.\n"
    "Chief executive Tom Arden said the programme was the largest in the company's history."
)


def _article(id: str, source: str, text: str, published: str) -> Document:
    return Document(id, source, text, path=f"{id}.md", published=published)


def _network() -> list[Document]:
    """A state broadcaster's story, a site that copies it silently, a blog that copies that
    site, and a site that copies a second state outlet's story with a credit line."""
    return [
        _article("vrn_hospital", "Voice of Rossland", HOSPITAL, "2025-03-14"),
        _article("sentinel_hospital", "Heartland Sentinel", HOSPITAL_SOFTENED, "2025-03-15"),
        _article("blog_hospital", "Truthwave", HOSPITAL_SOFTENED, "2025-03-16"),
        _article("meridian_biolabs", "Meridian Today", BIOLABS, "2025-03-16"),
        _article(
            "sentinel_biolabs",
            "Heartland Sentinel",
            BIOLABS + "\nSource: Meridian Today",
            "2025-03-17",
        ),
    ]


def _releases() -> list[Document]:
    """Two press releases and three outlets that take from them: a site that reprints both
    whole, a paper that keeps half of one beside its own reporting, and one that takes a line
    of the other and reports the rest itself, beside a story of its own."""
    return [
        Document(
            "carrow_walking",
            "University of Carrow",
            STUDY_RELEASE,
            published="2025-04-01",
            press_release=True,
        ),
        Document(
            "eastbay_pipes",
            "Eastbay Water",
            WATER_RELEASE,
            published="2025-04-02",
            press_release=True,
        ),
        _article("digest_walking", "Health Digest", STUDY_RELEASE, "2025-04-02"),
        _article("digest_pipes", "Health Digest", WATER_RELEASE, "2025-04-03"),
        _article(
            "courier_walking",
            "Valley Courier",
            "\n".join(STUDY_RELEASE.split("\n")[:2])
            + "\nA cardiologist at Brambleton General, Dr Amir Sato, said the trial did not "
            "say how fast the patients walked.\n"
            "He warned that patients who walk daily may be healthier to begin with.\n"
            "The Carrow team has not yet published how many patients dropped out of the study.",
            "2025-04-03",
        ),
        _article(
            "examiner_pipes",
            "The Examiner",
            WATER_RELEASE.split("\n")[0]
            + "\nResidents of Brambleton have complained about discoloured tap water since "
            "2019, and a council survey last year found lead in one home in nine.\n"
            "Local councillor Ruth Okafor said families had waited far too long for the work "
            "and asked why the north of the district had been chosen first.\n"
            "The regulator fined the company 3 million pounds in 2023 for missing its targets "
            "on leaks across the region.\n"
            "Parents at two primary schools have been given bottled water since January.",
            "2025-04-03",
        ),
        _article("examiner_biolabs", "The Examiner", BIOLABS, "2025-04-04"),
    ]


def test_an_edge_points_at_the_article_a_copy_took_not_at_the_one_behind_it() -> None:
    """Each copy has an edge to the article it took its text from (a copy of a copy to that
    copy), with its pair's verdict, what told the direction, the share taken, and whether it
    credits its source; edges are sorted by story, then origin, then copy."""
    found = [
        (e.origin.id, e.copy.id, e.verdict, e.share, e.direction_basis, e.credited, e.undisclosed)
        for e in edges(compare_documents(_network()))
    ]
    assert sorted(found) == sorted(
        [
            ("vrn_hospital", "sentinel_hospital", "derived", 1.0, "published_date", False, True),
            ("sentinel_hospital", "blog_hospital", "copy", 1.0, "published_date", False, True),
            ("meridian_biolabs", "sentinel_biolabs", "copy", 1.0, "credit", True, False),
        ]
    )
    by_story = [(e.story, e.origin.id, e.copy.id) for e in edges(compare_documents(_network()))]
    assert by_story == sorted(by_story)


def test_an_edge_gives_its_pair_s_verdict_and_direction_basis_as_the_pair_s_enums() -> None:
    """An edge's verdict and direction basis are the enums its pair gives (each a string of
    its value, as the edge gave before), so code reading ``.value`` of a pair reads an edge so."""
    result = compare_documents(_network())
    pair_of = {frozenset((p.a, p.b)): p for p in result.all_pairs}
    for edge in edges(result):
        pair = pair_of[frozenset((edge.origin.id, edge.copy.id))]
        assert edge.verdict is pair.verdict
        assert edge.direction_basis is pair.direction_basis
        assert edge.verdict == edge.verdict.value


def test_edges_csv_names_each_article_by_id_and_outlet() -> None:
    """edges.csv has a header row and a row an edge, each article by its id, its source and
    its outlet (as report.json's documents give it), the flags as true and false, readable
    back by any CSV reader."""
    rows = list(csv.reader(io.StringIO(render_edges(edges(compare_documents(_network()))))))
    assert tuple(rows[0]) == EDGE_COLUMNS
    credited = next(row for row in rows[1:] if row[4] == "sentinel_biolabs")
    assert credited[1:] == [
        "meridian_biolabs",
        "Meridian Today",
        "meridian today",
        "sentinel_biolabs",
        "Heartland Sentinel",
        "heartland sentinel",
        "copy",
        "1.0",
        "credit",
        "true",
        "false",
        "false",
        "false",
        "true",
        "false",
        "",
        "2025-03-16",
        "",
        "2025-03-17",
        "sentences",
        "meridian_biolabs",
        "sentinel_biolabs",
        "named",
        "54",
        "",
        "",
    ]


def test_edges_csv_ends_each_row_with_the_articles_addresses_and_times_as_they_give_them() -> None:
    """Columns of edges.csv give each article's address and its publication as the
    article gives it, at its own offset from UTC: evidence a reader can check on the page; a
    time given in UTC is written as dedup's rows and report.json write one, "Z", not "+00:00"."""
    story = (
        "The county will close the Elm Street bridge for six months starting Nov. 3, a "
        "transportation official said on Tuesday.\n"
        "Detours will send drivers along Route 12 and Carver Road while crews replace the deck."
    )
    ledger = Document(
        "ledger-bridge", "Harwick Ledger", story, published="2025-10-07",
        published_time="2025-10-07T10:30:00Z", published_offset="-04:00",
        url="https://ledger.example/2025/10/07/elm-bridge",
    )  # fmt: skip
    farm = Document(
        "farm-bridge", "Buzz Daily", story, published="2025-10-07",
        published_time="2025-10-07T15:45:00Z", published_offset="+00:00",
        url="https://buzz.example/elm-bridge?a=1,b",
    )  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(render_edges(edges(compare_documents([farm, ledger]))))))
    assert [
        (r["origin_url"], r["origin_published"], r["copy_url"], r["copy_published"]) for r in rows
    ] == [
        (
            "https://ledger.example/2025/10/07/elm-bridge",
            "2025-10-07T06:30:00-04:00",
            "https://buzz.example/elm-bridge?a=1,b",
            "2025-10-07T15:45:00Z",
        )
    ]


def test_copies_whose_order_is_not_known_are_undirected_edges() -> None:
    """Two sites that ran one op-ed on the same day, dated by the day alone, share text with no
    order: edges.csv has their pair as an edge marked not directed, in the order of their ids,
    with no direction basis; the outlet table, which counts who took from whom, leaves it out,
    while a third site's later copy keeps its directed edge."""
    documents = [
        _article("tarvik_biolabs", "Tarvik Times", BIOLABS, "2025-03-16"),
        _article("carrow_biolabs", "Carrow Ledger", BIOLABS, "2025-03-16"),
        Document("vale_biolabs", "Vale Post", BIOLABS, published_time="2025-03-18T09:00:00Z"),
    ]
    result = compare_documents(documents)
    rows = list(csv.DictReader(io.StringIO(render_edges(edges(result)))))
    found = [
        (r["origin"], r["copy"], r["verdict"], r["share"], r["direction_basis"], r["directed"])
        for r in rows
    ]
    assert ("carrow_biolabs", "tarvik_biolabs", "copy", "1.0", "", "false") in found
    assert [r["directed"] for r in rows if r["copy"] == "vale_biolabs"] == ["true"]
    outlets = [
        (row.name, row.reusing, row.reused_by) for row in outlet_reuse(result, edges(result))
    ]
    assert outlets == [("Vale Post", 1, 0), ("Carrow Ledger", 0, 1)]


# A police department's monthly brief, which a network of local sites fills in for each town.
BURGLARY_BRIEF = (
    "{town} police responded to {count} reported burglaries in October, compared with {before} "
    "in the same month last year, according to department records.\n"
    "Police Chief {chief} said officers had increased patrols in residential neighborhoods.\n"
    "Residents can view a map of recent incidents in {town} on the department's website.\n"
    "Crime figures are compiled monthly from publicly available police data."
)
CARROW_BRIEF = BURGLARY_BRIEF.format(town="Carrow", count=37, before=18, chief="Dana Holloway")
DUNMORE_BRIEF = BURGLARY_BRIEF.format(town="Dunmore", count=12, before=9, chief="Dana Pruitt")


@pytest.mark.parametrize(
    ("days", "times"),
    [
        pytest.param(("2025-11-03", "2025-11-04"), (None, None), id="on_two_days"),
        pytest.param(
            (None, None), ("2025-11-03T08:00:00Z", "2025-11-03T09:30:00Z"), id="hours_apart"
        ),
    ],
)
def test_one_template_filled_in_for_two_towns_is_no_edge(
    days: tuple[str | None, str | None], times: tuple[str | None, str | None]
) -> None:
    """Two towns' burglary briefs of one template, in one story, the second published after
    the first: neither took what the two share from the other, so who copied whom, edges.csv
    and the outlet table leave their pair out; a hub's copy of the second town's brief took it
    from that brief, not from the first town's."""
    documents = [
        Document(
            "carrow", "Carrow Ledger", CARROW_BRIEF, published=days[0], published_time=times[0]
        ),
        Document(
            "dunmore", "Dunmore Ledger", DUNMORE_BRIEF, published=days[1], published_time=times[1]
        ),
        Document("hub", "Alden Hub", DUNMORE_BRIEF, published_time="2025-11-05T11:00:00Z"),
    ]
    result = compare_documents(documents, single_story=True)
    (template_pair,) = [
        p for p in result.pairs if p.template is not None and "hub" not in (p.a, p.b)
    ]
    assert template_pair.verdict is Verdict.PARTIAL
    assert [(t.copy, t.origin) for t in result.taken["story-001"]] == [("hub", "dunmore")]
    assert [(e.origin.id, e.copy.id, e.directed) for e in edges(result)] == [
        ("dunmore", "hub", True)
    ]
    outlets = [
        (row.name, row.reusing, row.reused_by) for row in outlet_reuse(result, edges(result))
    ]
    assert outlets == [("Alden Hub", 1, 0), ("Dunmore Ledger", 0, 1)]


def test_briefs_of_one_template_are_undisclosed_reuse_nowhere() -> None:
    """Towns' burglary briefs whose bodies fill one template in below ledes of their own, beside
    a site's uncredited copy of one: report.json, the index and edges.csv each flag the copy
    alone as undisclosed reuse."""
    reports = render_reports(compare_documents(break_in_briefs()), ReportFormat.ALL)
    pairs = json.loads(reports["report.json"])["pairs"]
    rows = csv.DictReader(io.StringIO(reports["edges.csv"]))
    assert [(p["a"], p["b"]) for p in pairs if p["undisclosed_reuse"]] == [("carrow", "patch")]
    assert [(r["origin"], r["copy"]) for r in rows if r["undisclosed"] == "true"] == [
        ("carrow", "patch")
    ]
    assert "1 pair reuses text without crediting its source" in reports["index.md"]


def test_edges_csv_keeps_a_source_named_as_a_formula_inert() -> None:
    """A source that a spreadsheet would run as a formula is written as text."""
    wire = _article("wire", '=HYPERLINK("http://evil.example")', HOSPITAL, "2025-03-14")
    copy = _article("copy", "Copy Desk", HOSPITAL, "2025-03-15")
    result = compare_documents([wire, copy])
    (row,) = list(csv.DictReader(io.StringIO(render_edges(edges(result)))))
    assert row["origin_source"] == '\'=HYPERLINK("http://evil.example")'
    assert row["origin_outlet"] == '\'=hyperlink("http://evil.example")'


def test_edges_csv_of_a_run_without_reuse_is_its_header() -> None:
    """Independent reports make no edge: the file is its header row alone."""
    result = compare_documents(
        [
            _article("vrn", "Voice of Rossland", HOSPITAL, "2025-03-14"),
            _article("meridian", "Meridian Today", BIOLABS, "2025-03-16"),
        ]
    )
    assert render_edges(edges(result)) == ",".join(EDGE_COLUMNS) + "\n"


def test_an_outlets_reuse_adds_up_across_stories() -> None:
    """Per outlet, across stories: its articles, those that reuse another outlet's text and, of
    those, the ones that do not credit it, how many other outlets' articles took from it, and
    whom it took from; the outlets most involved first."""
    result = compare_documents(_network())
    ranked = outlet_reuse(result, edges(result))
    rows = {row.name: row for row in ranked}
    sentinel = rows["Heartland Sentinel"]
    assert (sentinel.articles, sentinel.reusing, sentinel.uncredited, sentinel.reused_by) == (
        2,
        2,
        1,
        1,
    )
    assert sentinel.sources == (("Meridian Today", 1), ("Voice of Rossland", 1))
    assert (rows["Voice of Rossland"].reusing, rows["Voice of Rossland"].reused_by) == (0, 1)
    assert ranked[0].name == "Heartland Sentinel"


def test_an_outlets_own_update_is_no_reuse_of_another() -> None:
    """An outlet's later version of its own article takes nothing from another outlet: no row."""
    first = _article("vrn_early", "Voice of Rossland", HOSPITAL, "2025-03-14")
    update = _article(
        "vrn_late",
        "Voice of Rossland",
        HOSPITAL + "\nThe death toll rose to 16 on Saturday.",
        "2025-03-15",
    )
    result = compare_documents([first, update])
    assert outlet_reuse(result, edges(result)) == []


def test_the_index_lists_every_outlet() -> None:
    """The index's outlet table has a row for each outlet that reuses or is reused, however many
    there are, none hidden; the wire every site copies whole is the last."""
    wire = _article("wire", "Voice of Rossland", HOSPITAL, "2025-03-14")
    copies = [_article(f"site{n:02}", f"Site {n:02}", HOSPITAL, "2025-03-15") for n in range(23)]
    index = render_index(compare_documents([wire, *copies]))
    section = index.split("## Outlets")[1].split("## Pairs")[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")][1:]
    assert len(rows) == 24
    assert rows[0].split("|")[1].strip() == "Site 00"
    assert rows[-1].split("|")[1].strip() == "Voice of Rossland"
    assert "more outlet" not in section


LIBRARY_RELEASE = (
    "The Mill Lane library in Ardley will close for eight weeks from Monday while its leaking "
    "roof is repaired.\n\nBooks can be returned to the town hall on Market Street during the "
    "closure, and the mobile library will visit the square every Tuesday."
)


def test_undisclosed_release_copy_is_counted_per_article_and_per_outlet() -> None:
    """A paper that pastes a council's release without saying so took all its words from a
    release undisclosed: its article's figure in report.json, and its outlet's in the index's
    outlet table, are 100%; the release itself takes nothing."""
    release = Document(
        "release", "Kestrel Council", LIBRARY_RELEASE, published="2025-03-14", press_release=True
    )
    paste = _article("paste", "Ardley Post", LIBRARY_RELEASE, "2025-03-15")
    result = compare_documents([release, paste])
    rows = {row.name: row for row in outlet_reuse(result, edges(result))}
    assert rows["Ardley Post"].undisclosed_from_releases == 1.0
    assert rows["Kestrel Council"].undisclosed_from_releases == 0.0
    report = json.loads("".join(json_chunks(result)))
    shares = {d["id"]: d["undisclosed_release_share"] for d in report["documents"]}
    assert shares == {"paste": 1.0, "release": 0.0}
    index = render_index(result, run_edges=edges(result))
    assert "undisclosed from press releases" in index
    outlets = index.split("## Outlets")[1].split("\n## ")[0]
    (row,) = [line for line in outlets.splitlines() if line.startswith("| Ardley Post ")]
    assert [cell.strip() for cell in row.split("|")[2:6]] == ["1", "100%", "100%", "100%"]


def test_a_credited_copy_of_a_papers_pasted_release_is_still_undisclosed_release_copy() -> None:
    """An aggregator that runs a paper's paste of a council's release, crediting the paper, took
    the release's words all the same and never says so: the text is traced to the release
    through the paper, and its article's figure and its outlet's are 100%, though its one
    directed edge is to the paper it credits."""
    release = Document(
        "release", "Kestrel Council", LIBRARY_RELEASE, published="2025-03-14", press_release=True
    )
    paste = _article("paste", "Ardley Post", LIBRARY_RELEASE, "2025-03-15")
    relay = _article(
        "relay",
        "Newsfeed Now",
        f"{LIBRARY_RELEASE}\n\nThis article first appeared in the Ardley Post.",
        "2025-03-16",
    )
    result = compare_documents([release, paste, relay])
    run_edges = edges(result)
    assert [(e.origin.id, e.credited) for e in run_edges if e.copy.id == "relay"] == [
        ("paste", True)
    ]
    rows = {row.name: row for row in outlet_reuse(result, run_edges)}
    assert rows["Newsfeed Now"].from_releases == 1.0
    assert rows["Newsfeed Now"].undisclosed_from_releases == 1.0
    report = json.loads("".join(json_chunks(result)))
    shares = {d["id"]: d["undisclosed_release_share"] for d in report["documents"]}
    assert shares == {"paste": 1.0, "relay": 1.0, "release": 0.0}


def test_a_copy_of_a_papers_pasted_release_that_names_the_release_discloses_it() -> None:
    """Whether release copy taken through a paper is disclosed is the copy's own doing: an
    aggregator that runs a paper's paste of a council's release, with the paper's own line, and
    says the closure was announced in the council's release discloses it, though the paper it
    took the words from did not."""
    release = Document(
        "release", "Kestrel Council", LIBRARY_RELEASE, published="2025-03-14", press_release=True
    )
    complaint = (
        "Residents have complained about buckets in the reading room since the autumn storms."
    )
    paste = _article("paste", "Ardley Post", f"{LIBRARY_RELEASE}\n\n{complaint}", "2025-03-15")
    relay = _article(
        "relay",
        "Newsfeed Now",
        f"{LIBRARY_RELEASE}\n\n{complaint}\n\nThe closure was announced in a Kestrel Council "
        "press release. This article first appeared in the Ardley Post.",
        "2025-03-16",
    )
    result = compare_documents([release, paste, relay])
    run_edges = edges(result)
    assert [e.origin.id for e in run_edges if e.copy.id == "relay"] == ["paste"]
    rows = {row.name: row for row in outlet_reuse(result, run_edges)}
    assert rows["Newsfeed Now"].from_releases > 0.5
    assert rows["Newsfeed Now"].undisclosed_from_releases == 0.0
    assert rows["Ardley Post"].undisclosed_from_releases > 0.5


def test_the_index_has_no_outlet_table_without_reuse() -> None:
    """A run of independent reports has no outlet table."""
    result = compare_documents(
        [
            _article("vrn", "Voice of Rossland", HOSPITAL, "2025-03-14"),
            _article("meridian", "Meridian Today", BIOLABS, "2025-03-16"),
        ]
    )
    assert "## Outlets" not in render_index(result)


def test_a_runs_edges_are_built_once_for_the_index_and_edges_csv(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The index's outlet table and edges.csv, both written by a run, read one list of the
    run's edges: each edge is made once (it was made for each of them)."""
    result = compare_documents(_network())
    made: list[str] = []
    make_edge = network._edge

    def counted(result: Result, pair: PairComparison, taken: Taken) -> network.Edge:
        edge = make_edge(result, pair, taken)
        made.append(edge.copy.id)
        return edge

    monkeypatch.setattr(network, "_edge", counted)
    reports = render_reports(result, ReportFormat.ALL)
    assert "## Outlets" in reports["index.md"]
    assert len(reports["edges.csv"].splitlines()) == 4
    assert sorted(made) == ["blog_hospital", "sentinel_biolabs", "sentinel_hospital"]


def test_edges_csv_marks_a_later_version_of_one_article() -> None:
    """An outlet's later version of its own article is an edge flagged same_article, so a
    network drawn from the file can leave it out; another outlet's copy is not flagged."""
    url = "https://vrn.example/hospital"
    first = Document(
        "vrn_v1", "Voice of Rossland", HOSPITAL, url=url, published_time="2025-03-14T08:00:00Z"
    )
    later = Document(
        "vrn_v2",
        "Voice of Rossland",
        HOSPITAL + " The hospital said it would reopen the ward on Monday.",
        url=url,
        published_time="2025-03-14T08:00:00Z",
        modified_time="2025-03-14T12:00:00Z",
    )
    copy = _article("sentinel", "Heartland Sentinel", HOSPITAL, "2025-03-15")
    rows = csv.DictReader(io.StringIO(render_edges(edges(compare_documents([first, later, copy])))))
    flags = {(row["origin"], row["copy"]): row["same_article"] for row in rows}
    assert flags[("vrn_v1", "vrn_v2")] == "true"
    assert "false" in flags.values()


def test_edges_csv_names_the_article_two_saves_of_a_copy_are() -> None:
    """A crawler's two saves of one paper's copy of the agency's story, one at an address with
    a campaign tag, are a row each, and both name one article: counting the rows by
    ``copy_article`` counts the paper's reuse once."""
    url = "https://sentinel.example/news/dorvansk-hospital"
    saves = [
        Document(id, "Heartland Sentinel", HOSPITAL, url=address, published="2025-03-15")
        for id, address in (("sentinel", url), ("sentinel-utm", url + "?utm_source=feed"))
    ]
    wire = _article("vrn", "Voice of Rossland", HOSPITAL, "2025-03-14")
    result = compare_documents([wire, *saves])
    latest = {member.doc: member.latest_version for member in result.clusters}
    rows = list(csv.DictReader(io.StringIO(render_edges(edges(result), latest))))
    from_wire = [row for row in rows if row["origin"] == "vrn"]
    assert sorted(row["copy"] for row in from_wire) == ["sentinel", "sentinel-utm"]
    assert len({row["copy_article"] for row in from_wire}) == 1
    assert {row["origin_article"] for row in from_wire} == {"vrn"}


def test_edges_csv_tells_an_origin_that_is_a_press_release() -> None:
    """Each edge says whether the article taken from is a press release: true for the news
    that took from the releases, false for an outlet's copy of another outlet's article."""
    with_releases = compare_documents(_releases())
    rows = list(csv.DictReader(io.StringIO(render_edges(edges(with_releases)))))
    assert rows
    assert {row["origin"]: row["origin_press_release"] for row in rows} == {
        "carrow_walking": "true",
        "eastbay_pipes": "true",
    }
    news = list(csv.DictReader(io.StringIO(render_edges(edges(compare_documents(_network()))))))
    assert {row["origin_press_release"] for row in news} == {"false"}


def test_outlets_rank_by_the_share_of_their_words_taken_and_releases_come_last() -> None:
    """Each outlet's share taken is the mean over its articles of the share of words each took
    from other outlets (an article of its own counts as none taken), and here all of it is
    from press releases; the outlets that rely most on others come first, and the releases,
    taken from and taking nothing, after them."""
    result = compare_documents(_releases())
    ranked = outlet_reuse(result, edges(result))
    shares = [(row.name, row.share_taken, row.from_releases, row.press_release) for row in ranked]
    assert [name for name, *_ in shares] == [
        "Health Digest",
        "Valley Courier",
        "The Examiner",
        "Eastbay Water",
        "University of Carrow",
    ]
    taken = {edge.copy.id: edge.share for edge in edges(result)}
    digest, courier, examiner, *releases = shares
    assert digest[1:] == (1.0, 1.0, False)
    assert courier[1] == courier[2] == taken["courier_walking"]
    # One line of the water release, in one of its two articles.
    assert 0.0 < examiner[1] == examiner[2] == round(taken["examiner_pipes"] / 2, 3)
    assert [(r[1], r[3]) for r in releases] == [(0.0, True), (0.0, True)]
    assert {row.name: row.reused_by for row in ranked[3:]} == {
        "Eastbay Water": 2,
        "University of Carrow": 2,
    }


def test_the_index_gives_each_outlets_share_taken_and_from_press_releases() -> None:
    """The index's outlet table gives each outlet's share taken and, in a run with press
    releases, the share from them; a release's row is marked and gives no share; a run without
    releases has no column for them."""
    index = render_index(compare_documents(_releases()))
    section = index.split("## Outlets")[1].split("## Pairs")[0]
    rows = [
        [cell.strip() for cell in line.split("|")[1:-1]]
        for line in section.splitlines()
        if line.startswith("| ")
    ]
    assert rows[0][:4] == ["outlet", "articles", "share taken", "from press releases"]
    assert rows[1][:4] == ["Health Digest", "2", "100%", "100%"]
    assert rows[-1][:4] == ["University of Carrow (press release)", "1", "-", "-"]
    plain = render_index(compare_documents(_network())).split("## Outlets")[1]
    header = next(line for line in plain.splitlines() if line.startswith("| "))
    assert "share taken" in header
    assert "press release" not in header


def test_a_checks_report_gives_the_new_articles_undisclosed_release_copy() -> None:
    """A check of a new paste against an archive that holds the release and an older paste
    reports the new article's undisclosed release copy, though the archive's own pair is not
    among the check's pairs."""
    release = Document(
        "release", "Kestrel Council", LIBRARY_RELEASE, published="2025-03-14", press_release=True
    )
    older = _article("older", "Ardley Post", LIBRARY_RELEASE, "2025-03-15")
    new = _article("new", "Valley Times", LIBRARY_RELEASE, "2025-03-16")
    checked = compare_against([new], [release, older])
    report = json.loads("".join(json_chunks(checked)))
    shares = {d["id"]: d["undisclosed_release_share"] for d in report["documents"]}
    assert shares["new"] == 1.0


FIRE = [
    "A three-alarm fire gutted a vacant warehouse on Pier Road early Tuesday, officials said.",
    "Crews from four stations fought the blaze for more than two hours before controlling it.",
    "No one was inside the building, which had been empty since the shipping firm left in 2019.",
    "Fire Chief Marta Keane said investigators had not yet found the cause of the fire.",
    "Pier Road stayed closed between Dock Street and the ferry terminal until mid-morning.",
    "The city had planned to sell the warehouse to a developer later this year.",
]
SPUN_FIRE = [
    "A three-alarm blaze destroyed an empty warehouse on Pier Road early Tuesday, officials stated.",
    "Crews from four stations battled the flames for over two hours before getting it controlled.",
    "Nobody was inside the structure, which had sat empty since the shipping company left in 2019.",
    "Fire Chief Marta Keane stated investigators had not yet determined the cause of the fire.",
    "Pier Road remained shut between Dock Street and the ferry terminal until mid-morning.",
    FIRE[5],
]


def test_a_copy_of_two_unordered_rewrites_is_a_directed_edge_of_the_one_it_took_most_from() -> None:
    """A paper's fire report and a site's spin of it, of one day and no time, have no order; a
    blog of the next day runs the spin's first four sentences and the paper's last two. Each of
    the two holds what the blog shares with the other, but the blog took through one of them,
    not through each the other: its edge from the spin is directed, and the pair with the
    paper, taken through the spin and with no direction, is no directed edge."""
    docs = [
        Document("paper", "Northgate Dispatch", "\n\n".join(FIRE), published="2026-11-18"),
        Document("site", "Pine Ridge Star", "\n\n".join(SPUN_FIRE), published="2026-11-18"),
        Document(
            "blog",
            "Eastfield Insider",
            "\n\n".join([*SPUN_FIRE[:4], *FIRE[4:]]),
            published="2026-11-19",
        ),
    ]
    result = compare_documents(docs, single_story=True)
    direction = {frozenset((p.a, p.b)): p.direction for p in result.pairs}
    assert direction[frozenset(("site", "blog"))] == "a->b"
    assert direction[frozenset(("paper", "blog"))] is None
    assert [(e.origin.id, e.copy.id, e.directed) for e in edges(result)] == [
        ("paper", "site", False),
        ("site", "blog", True),
    ]


def test_a_copy_ordered_only_by_the_storys_order_is_an_undirected_edge() -> None:
    """Two copies of one day, one with a time: neither their pair nor who copied whom can tell
    which came first (a date alone may be of a moment before that time), so their edge, in the
    order of their ids, is not directed and gives no basis (acceptance round 33, c6; round 39,
    c2)."""
    text = "Talks in Geneva ended on Monday without a deal.\nThe port stays shut until Friday."
    untimed = Document("a", "Alpha", text, published="2025-03-10")
    timed = Document(
        "b", "Beta", text, published="2025-03-10", published_time="2025-03-10T09:00:00Z"
    )
    result = compare_documents([untimed, timed])
    assert [p.direction for p in result.pairs] == [None]
    assert [(e.origin.id, e.copy.id, e.direction_basis, e.directed) for e in edges(result)] == [
        ("a", "b", None, False)
    ]


def test_edges_csv_lists_a_lift_reworded_in_shared_phrases_as_found_by_its_phrasing() -> None:
    """A live post that rewords Harbour Daily's, crediting it, shares no sentence copied or
    edited but most of its phrases: who copied whom lists it as derived, and edges.csv gives it
    a row too, its share the copy's words in shared phrases, found by ``phrasing``."""
    harbour = Document(
        "hd", "Harbour Daily",
        "The roof of Marina Hall in Port Calloway has been ripped away by the wind, and debris "
        "is scattered across the car park.\n"
        "The mayor said nobody was inside the building when the roof came off.",
        published="2026-09-14", published_time="2026-09-14T13:44:00Z",
    )  # fmt: skip
    post = Document(
        "cp", "Coastline Post",
        "Wind has ripped away the roof of Marina Hall in Port Calloway overnight, leaving debris "
        "scattered across the car park, as reported by Harbour Daily.\n"
        "Nobody was inside the building when the roof came off, the mayor said.",
        published="2026-09-14", published_time="2026-09-14T13:59:00Z",
    )  # fmt: skip
    reports = render_reports(compare_documents([harbour, post]), ReportFormat.ALL)
    rows = list(csv.DictReader(io.StringIO(reports["edges.csv"])))
    assert [
        (r["origin"], r["copy"], r["verdict"], r["share"], r["credited"], r["found_by"])
        for r in rows
    ] == [("hd", "cp", "derived", "0.579", "true", "phrasing")]
    assert (
        "- Coastline Post reuses Harbour Daily: derived, no sentence copied or edited"
        in reports["index.md"]
    )


LIBRARY_ROOF = (
    "Rainwater dripped into the Harbour Road library for a third winter before the council "
    "agreed to fix its roof. The library will shut in May for eight months, and readers will be "
    "sent to the Quayside branch two miles away. Ruth Amos, who runs the homework club, said "
    "forty children would lose their quiet place to study. Council leader Tom Baird said the "
    "repairs could not wait any longer."
)


def test_students_sharing_text_no_source_holds_are_ranked_among_the_outlets() -> None:
    """Two undated students hand in one story that no other article holds, neither crediting
    the other: no direction makes either a copy, but the index's Outlets ranking, which is about
    copying, lists both with their article sharing text uncredited."""
    reworded = (
        LIBRARY_ROOF.replace("a third winter", "three winters")
        .replace("two miles away", "across town")
        .replace("quiet place", "only quiet space")
    )
    result = compare_documents(
        [
            Document("ana", "Ana Price", LIBRARY_ROOF, title="Library roof to be fixed"),
            Document("ben", "Ben Cole", reworded, title="Harbour Road library to shut"),
        ]
    )
    assert [pair.shared_uncredited for pair in result.pairs] == [True]
    assert [
        (row.name, row.reusing, row.shared_uncredited)
        for row in outlet_reuse(result, edges(result))
    ] == [("Ana Price", 0, 1), ("Ben Cole", 0, 1)]
    table = render_index(result).split("## Outlets")[1].split("\n## ")[0].splitlines()
    header = [cell.strip() for cell in table[4].split("|")]
    rows = {
        cells[1]: cells[header.index("shared uncredited")]
        for row in table[6:8]
        if (cells := [cell.strip() for cell in row.split("|")])
    }
    assert rows == {"Ana Price": "1", "Ben Cole": "1"}


def test_two_reports_of_one_hearing_are_no_edge() -> None:
    """A rival's own report of a court hearing, published hours after ours, shares only the
    court's formula: edges.csv draws no edge between the two, directed or not."""
    documents = [
        Document(
            "courier",
            "Dunmore Courier",
            COURT_BRIEF,
            published="2026-12-08",
            published_time="2026-12-08T05:00:00Z",
        ),
        Document(
            "post",
            "Vale Post",
            RIVAL_COURT_BRIEF,
            published="2026-12-08",
            published_time="2026-12-08T08:00:00Z",
        ),
    ]
    assert network.edges(compare_documents(documents)) == []


def test_edges_say_how_each_copy_credits_and_its_longest_run(tmp_path: Path) -> None:
    """An agency's rights desk invoices from edges.csv alone: the Island Courier's "Agencies"
    line is `credited` but names no one (`generic`), the Gazette's kept dateline names the
    agency, the Courier's copy of the fees story credits nothing; and each row gives the
    pair's longest copied run, the Brae Herald's cut short by its paywall."""
    result = compare_paths([tmp_path], record=[write_agency_feed(tmp_path)])
    rows = list(csv.DictReader(io.StringIO(render_edges(edges(result)))))
    assert list(EDGE_COLUMNS[-4:-2]) == ["credit", "longest_run_words"]
    assert {
        row["copy"]: (row["credited"], row["credit"], row["longest_run_words"]) for row in rows
    } == {
        "courier-ferry": ("true", "generic", "99"),
        "gazette-ferry": ("true", "named", "99"),
        "herald-ferry": ("true", "named", "46"),
        "courier-fees": ("false", "none", "60"),
    }


def test_edges_csv_gives_each_publication_in_utc_too_so_the_rows_sort_by_time() -> None:
    """A Gulf paper's page dated at +04:00 took a wire's story filed at 07:30 UTC: its
    `copy_published`, as it gives it, sorts after the wire's by text though it came half an
    hour after it, so the last two columns give both moments in UTC, as dedup's rows do."""
    story = (
        "ABU DHABI, Dec 6 (Gulf Wire) - A convoy of 40 trucks carrying food and medicine left "
        "the port of Khalifa on Saturday for the flooded districts, officials said.\n"
        "The shipment holds 600 tonnes of supplies, the aid agency's director told reporters."
    )
    wire = Document(
        "wire-aid", "Gulf Wire", story, published="2026-12-06",
        published_time="2026-12-06T07:30:00Z", published_offset="+00:00",
    )  # fmt: skip
    paper = Document(
        "bayan-aid", "Al Bayan Daily", story, published="2026-12-06",
        published_time="2026-12-06T08:00:00Z", published_offset="+04:00",
    )  # fmt: skip
    (row,) = csv.DictReader(io.StringIO(render_edges(edges(compare_documents([paper, wire])))))
    assert (row["origin_published"], row["copy_published"]) == (
        "2026-12-06T07:30:00Z",
        "2026-12-06T12:00:00+04:00",
    )
    assert (row["origin_published_time"], row["copy_published_time"]) == (
        "2026-12-06T07:30:00Z",
        "2026-12-06T08:00:00Z",
    )
