"""Near-duplicate clusters: who copies whom, the canonical member, stable ids."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Sequence
from dataclasses import replace
from itertools import permutations
from pathlib import Path

import pytest

from compare.near_duplicates import cluster_id, cluster_near_duplicates, fingerprint
from compare.pipeline import compare_documents, compare_paths
from compare.provenance import who_copied_whom
from compare.records import (
    ClusterMember,
    DateSetAside,
    DirectionBasis,
    Document,
    PairComparison,
    Relation,
    Verdict,
)
from compare.segment import segment
from compare.settings import Settings
from tests.helpers import aligned_pair, document, ferry_strike_copies, landslide_feed

SHORT = "Dockworkers walked off the job on Monday."
LONG = SHORT + "\nThe union said 4,000 members joined the strike."
FLOOD = (
    "Floodwaters forced about 3,200 residents from their homes in the Grand River valley on "
    "Monday after two days of heavy rain pushed the river over its banks.\n"
    "Mayor Kevin Davis said the city had opened three emergency shelters and asked people in "
    "low-lying neighbourhoods to leave before nightfall.\n"
    "The provincial environment ministry said the river reached 6.4 metres at the Brant Park "
    "gauge, its highest level since 1974."
)
FLOOD_REWRITE = FLOOD.replace("Davis said", "Davis claimed").replace("3,200", "4,000")
ROBBERY = (
    "A 34-year-old man was arrested on Tuesday after a jewellery store on Dundas Street was "
    "robbed at knifepoint, police said.\n"
    "Officers recovered several watches and a gold necklace.\n"
    "The store owner said the suspect wore a blue hoodie."
)
ROBBERY_UPDATED = ROBBERY + (
    "\nAnyone with information is asked to contact police or Crime Stoppers anonymously."
)
BAKERY = (
    "The Lindqvist family bakery on Colborne Street marked its 50th anniversary on Tuesday "
    "with free cinnamon buns for the first 200 customers.\n"
    "Owner Ingrid Lindqvist said her parents opened the shop in 1975 with a single oven."
)


EARLY, LATE = "2025-03-10T08:30:00Z", "2025-03-10T17:05:00Z"


def clusters(
    docs: Sequence[Document], pairs: Sequence[PairComparison] = ()
) -> tuple[ClusterMember, ...]:
    return cluster_near_duplicates(docs, {d.id: segment(d) for d in docs}, pairs, frozenset())


def copy(a: str, b: str, contained: tuple[float, float] = (1.0, 1.0)) -> PairComparison:
    return aligned_pair(a, b, verdict=Verdict.COPY, contained=contained)


def test_an_article_joins_no_canonical_it_shares_only_a_third_articles_text_with() -> None:
    """A paper rewrites a university's release and joins its cluster; a blog and a weekly each
    copy the paper the next day, the weekly crediting it. The run says the blog and the weekly
    took what they share from the paper (``common_origin``), so the weekly is no rewrite of the
    blog, though the blog, the longer, goes first of that day: it is canonical of its own."""
    release = document(
        "Teenagers who use phones after midnight may be more likely to report anxiety, a study "
        "by Carrow University found.\nThe study surveyed 2,400 students at 30 schools.",
        "release",
        published=EARLY,
    )
    paper = document(
        "Teenagers who use phones after midnight are more likely to suffer anxiety, a Carrow "
        "University study has found.\nThe researchers surveyed 2,400 students at 30 schools.",
        "paper",
        published=LATE,
    )
    blog = document(
        "Is your teenager glued to their phone after midnight?\nTeenagers who use phones after "
        "midnight suffer anxiety, experts claim.\nThe researchers surveyed 2,400 students at "
        "30 schools.\nOur advice: phones sleep downstairs.",
        "blog",
        published="2025-03-11T19:00:00Z",
    )
    weekly = document(
        "Teenagers who use phones after midnight are more likely to suffer anxiety, a Carrow "
        "University study has found, the paper reported.\nThe researchers surveyed 2,400 "
        "students at 30 schools.",
        "weekly",
        published="2025-03-11",
    )
    pairs = [
        aligned_pair("release", "paper", verdict=Verdict.DERIVED, contained=(0.4, 0.4)),
        aligned_pair("paper", "blog", verdict=Verdict.DERIVED, contained=(0.5, 0.5)),
        aligned_pair("paper", "weekly", verdict=Verdict.DERIVED, contained=(0.9, 0.8)),
        replace(
            aligned_pair("blog", "weekly", verdict=Verdict.DERIVED, contained=(0.4, 0.5)),
            common_origin="paper",
        ),
    ]
    found = {m.doc: m.canonical for m in clusters([release, paper, blog, weekly], pairs)}
    assert found == {"release": "release", "paper": "release", "blog": "blog", "weekly": "weekly"}


@pytest.mark.parametrize(
    ("docs", "canonical"),
    [
        pytest.param(
            [
                document(LONG, "a", published="2025-03-11"),
                document(SHORT, "b", published="2025-03-10"),
            ],
            "b",
            id="earliest_date",
        ),
        pytest.param(
            [document(LONG, "a"), document(SHORT, "b", published="2025-03-12")],
            "b",
            id="dated_before_undated",
        ),
        pytest.param(
            [
                replace(document(LONG, "a", published="2025-03-10"), published_time=LATE),
                replace(document(SHORT, "b", published="2025-03-10"), published_time=EARLY),
            ],
            "b",
            id="same_day_earliest_time",
        ),
        pytest.param(
            [
                document(LONG, "a", published="2025-03-10"),
                replace(document(SHORT, "b", published="2025-03-10"), published_time=LATE),
            ],
            "a",
            id="same_day_timed_or_untimed_most_complete",
        ),
        pytest.param([document(SHORT, "a"), document(LONG, "b")], "b", id="undated_most_complete"),
        pytest.param([document(SHORT, "a"), document(SHORT, "b")], "a", id="tie_smallest_id"),
    ],
)
def test_the_canonical_member_is_earliest_then_most_complete(
    docs: list[Document], canonical: str
) -> None:
    """Earliest publication wins (of one day, by time, where both give one); undated documents
    come last; then, of those that tie on it (one day, one timed and one not), the longer text;
    then the smallest id."""
    found = clusters(docs, [copy("a", "b")])
    assert {m.canonical for m in found} == {canonical}
    assert len({m.cluster for m in found}) == 1


def test_of_one_day_the_earlier_time_is_canonical_beside_an_untimed_article() -> None:
    """A wire's story at 08:30 and a paper's longer edit of it at 17:05, their pair without a
    direction, do not tie on their day because another article of the run gives no time: the
    wire's is canonical, not the longer edit."""
    docs = [
        replace(document(SHORT, "wire", published="2025-03-10"), published_time=EARLY),
        replace(document(LONG, "paper", published="2025-03-10"), published_time=LATE),
        document("Ferry services resumed on Tuesday.", "other", published="2025-03-11"),
    ]
    found = {m.doc: m.canonical for m in clusters(docs, [copy("wire", "paper")])}
    assert (found["wire"], found["paper"]) == ("wire", "wire")


def test_of_one_day_the_origin_the_pair_names_is_canonical() -> None:
    """A paper that ran the wire's story with a paragraph of its own the same day holds more
    words, but the pair names the wire the origin: the wire is canonical."""
    docs = [
        document(SHORT, "wire", published="2025-03-10"),
        document(LONG, "daily", published="2025-03-10"),
    ]
    pair = replace(copy("daily", "wire"), direction="b->a")
    assert {m.canonical for m in clusters(docs, [pair])} == {"wire"}


# A wire story on a rail strike as three papers of one day print it: one under the agency's
# dateline but cut to its first two paragraphs, two in full without the dateline.
RAIL_LEDE = (
    "A nationwide rail strike set for midnight was averted on Friday when four shop unions and "
    "the railways agreed to a pay settlement."
)
RAIL_FULL = "\n".join(
    [
        RAIL_LEDE,
        "The deal gives about 90,000 shop workers raises of 5 per cent over two years, the "
        "labour secretary said.",
        "A union spokesman called the pact the best the members could get without a fight.",
        "The railways had warned that a strike would halt most of the country's freight.",
    ]
)
RAIL_CUT = "CARLOW (Harbor Wire) \u2014 " + "\n".join(RAIL_FULL.splitlines()[:2])


def test_of_one_day_the_most_complete_copy_is_canonical_whatever_dateline_it_kept() -> None:
    """Of three papers of one day that print a wire story, the one that kept the agency's
    dateline but cut the story is named the origin of the others by that dateline alone; they
    all copied the wire, and the full text, not the cut one, is canonical (of the two full
    ones, the smallest id)."""
    docs = [
        document(RAIL_CUT, "courier", published="1968-04-05"),
        document(RAIL_FULL, "herald", published="1968-04-05"),
        document(RAIL_FULL + "\nTalks had gone on for 20 hours.", "ledger", published="1968-04-05"),
    ]
    by_dateline = [
        replace(
            copy("courier", other, (1.0, 0.5)),
            verdict=Verdict.DERIVED,
            direction="a->b",
            direction_basis=DirectionBasis.AGENCY_DATELINE,
        )
        for other in ("herald", "ledger")
    ]
    pairs = [*by_dateline, copy("herald", "ledger", (1.0, 0.9))]
    assert {m.canonical for m in clusters(docs, pairs)} == {"ledger"}


@pytest.mark.parametrize(
    ("common_wire", "canonical"),
    [
        pytest.param("UP", "herald", id="both_ran_the_wires_copy"),
        pytest.param(None, "courier", id="the_later_may_have_copied_the_first"),
    ],
)
def test_of_papers_that_ran_one_wires_copy_the_complete_one_is_canonical_though_a_day_later(
    common_wire: str | None, canonical: str
) -> None:
    """A paper that cut the United Press's rail strike story to two paragraphs ran it a day
    before one that ran it whole: both took it from the wire (their pair's ``common_wire``),
    so the complete copy is the text to keep. Without a wire both ran, the first published stays
    canonical."""
    docs = [
        document("\n".join(RAIL_FULL.splitlines()[:2]), "courier", published="1968-04-05"),
        document(RAIL_FULL, "herald", published="1968-04-06"),
    ]
    pair = replace(copy("courier", "herald", (1.0, 0.5)), common_wire=common_wire)
    assert {m.canonical for m in clusters(docs, [pair])} == {canonical}


def test_a_wires_complete_copy_is_canonical_over_a_longer_cut_by_a_paper_that_ran_no_wire() -> None:
    """Of one day's papers, one that ran the United Press's rail story whole is canonical over
    a digest that printed three of its four paragraphs without the wire, though the digest
    has more words than the cut copy of the wire's second paper holds: the wire's copies weigh
    against the digest by their own words, not by how much of each other's they hold."""
    lines = RAIL_FULL.splitlines()
    docs = [
        document("\n".join(lines[:2]), "courier", published="1968-04-05"),
        document(RAIL_FULL, "herald", published="1968-04-05"),
        document("\n".join(lines[:3]), "digest", published="1968-04-05"),
    ]
    pairs = [
        replace(copy("courier", "herald", (1.0, 0.5)), common_wire="UP"),
        copy("digest", "herald", (1.0, 0.75)),
        copy("courier", "digest", (1.0, 0.67)),
    ]
    assert {m.canonical for m in clusters(docs, pairs)} == {"herald"}


def test_a_re_scan_of_a_page_relates_to_the_canonical_as_its_page_does() -> None:
    """A paper's page and its microfilm re-scan (one outlet, one day, one text but for the
    scanner's misreads) are one printed item: the re-scan joins the cluster as the page did, a
    copy of the first paper's, not a rewrite because its misreads kept one sentence from
    aligning with that paper's as verbatim."""
    rescan = RAIL_FULL.replace("the railways", "tbe railways").replace("shop", "sbop")
    docs = [
        document(RAIL_FULL, "courier", published="1968-04-05"),
        document(RAIL_FULL, "herald", "Herald", published="1968-04-06"),
        document(rescan, "herald-mf", "Herald", published="1968-04-06"),
    ]
    pairs = [
        copy("courier", "herald"),
        replace(copy("courier", "herald-mf", (0.9, 0.9)), verdict=Verdict.DERIVED),
        replace(
            copy("herald", "herald-mf"),
            same_source=True,
            a_verbatim_in_b=1.0,
            b_verbatim_in_a=1.0,
        ),
    ]
    found = {m.doc: (m.canonical, m.relation.value) for m in clusters(docs, pairs)}
    assert found["herald-mf"] == found["herald"] == ("courier", "copy")


def test_of_one_day_the_origin_the_run_names_is_canonical_over_a_timed_copy() -> None:
    """A paper that gives only its day, itself a rewrite of the day before's wire, and a blog
    post of that day at 19:00 that rewrote the paper: the run names the paper the origin, and
    the paper is canonical over the blog, though the blog is timed and the next day's sites
    copied it."""
    wire = document(SHORT, "wire", published="2025-03-09")
    paper = document(FLOOD, "paper", published="2025-03-10")
    blog = replace(document(FLOOD_REWRITE, "blog", published="2025-03-10"), published_time=LATE)
    sites = [
        document(FLOOD_REWRITE, site, published="2025-03-11") for site in ("site_one", "site_two")
    ]
    pairs = [
        replace(
            aligned_pair("wire", "paper", verdict=Verdict.PARTIAL),
            direction="a->b",
            direction_basis=DirectionBasis.PUBLISHED_DATE,
        ),
        replace(
            copy("paper", "blog", (0.9, 0.9)),
            verdict=Verdict.DERIVED,
            direction="a->b",
            direction_basis=DirectionBasis.CONTAINMENT,
        ),
        *(
            replace(
                copy("blog", site.id),
                direction="a->b",
                direction_basis=DirectionBasis.PUBLISHED_DATE,
            )
            for site in sites
        ),
    ]
    found = {m.doc: m.canonical for m in clusters([wire, paper, blog, *sites], pairs)}
    assert (found["paper"], found["blog"]) == ("paper", "paper")


@pytest.mark.parametrize(
    ("record", "pair"),
    [
        pytest.param(
            document(LONG, "record"),
            replace(copy("record", "daily"), direction="a->b"),
            id="undated_named_the_origin",
        ),
        pytest.param(
            document(LONG, "record", published="2025-03-09"),
            replace(
                copy("record", "daily"),
                direction="b->a",
                date_set_aside=DateSetAside("record", "Monday"),
            ),
            id="its_date_set_aside",
        ),
    ],
)
def test_an_undated_record_is_never_canonical_over_a_dated_one(
    record: Document, pair: PairComparison
) -> None:
    """A feed's undated record, or one whose text contradicts its date, is never the canonical
    member over a dated one, whatever the pair directions place it before: it is not known to
    have been published first."""
    docs = [record, document(SHORT, "daily", published="2025-03-10")]
    assert {m.canonical for m in clusters(docs, [pair])} == {"daily"}


@pytest.mark.parametrize(
    ("basis", "canonical"),
    [
        pytest.param(DirectionBasis.NEWS_AGENCY, "wire", id="a_news_agencys_text"),
        pytest.param(DirectionBasis.CREDIT, "wire", id="credited_by_its_copy"),
        pytest.param(DirectionBasis.PRESS_RELEASE, "wire", id="a_press_release"),
        pytest.param(DirectionBasis.AGENCY_DATELINE, "daily", id="only_an_agencys_dateline"),
        pytest.param(DirectionBasis.CONTAINMENT, "daily", id="only_what_each_holds"),
    ],
)
def test_an_undated_origin_by_kind_or_credit_is_canonical_as_who_copied_whom_has_it(
    basis: DirectionBasis, canonical: str
) -> None:
    """A wire's copy whose dateline gives no year ("PORT ELLAND, March 12 (AP)") is undated, but
    the pair names it the origin because it is a news agency's (or credited, or a press
    release), as compare run's who copied whom says: it is canonical over the dated paper. A
    direction told by a dateline the copy may keep, or by shares alone, leaves it last."""
    docs = [document(LONG, "wire"), document(SHORT, "daily", published="2025-03-12")]
    pair = replace(copy("wire", "daily"), direction="a->b", direction_basis=basis)
    assert {m.canonical for m in clusters(docs, [pair])} == {canonical}


@pytest.mark.parametrize(
    "order",
    list(permutations(["wire_copy", "wire", "daily"])),
    ids=lambda order: "-".join(order),
)
def test_of_one_text_saved_twice_the_smallest_id_is_canonical(order: tuple[str, ...]) -> None:
    """The wire saved twice and a paper's reprint of it, a day later, given in any order: the
    reprint is taken from the smallest id of the two copies, and that copy is canonical. Nothing
    tells which copy was saved first, so neither took from the other."""
    docs = {
        "wire_copy": document(FLOOD, "wire_copy", source="wire", published="2025-03-10"),
        "wire": document(FLOOD, "wire", source="wire", published="2025-03-10"),
        "daily": document(FLOOD_REWRITE, "daily", published="2025-03-11"),
    }
    result = compare_documents([docs[d] for d in order])
    assert {m.canonical for m in result.clusters} == {"wire"}
    taken = {(t.copy, t.origin) for found in who_copied_whom(result).values() for t in found}
    assert taken == {("daily", "wire")}


MATCH_REPORT = (
    "Leeds Athletic beat Harbour City 2-1 on Saturday. Moreno scored in the 71st minute in "
    "front of 18,204 fans. Leeds Athletic are second in the table with 51 points."
)
MATCH_BRIEFS = {
    "match": document(MATCH_REPORT, "match", source="MatchWire", published="2025-03-08"),
    "match_credited": document(
        MATCH_REPORT + " Reporting by MatchWire.",
        "match_credited",
        source="MatchWire",
        published="2025-03-08",
    ),
    # The same template filled for another game, days later.
    "brief": document(
        "Carlisle Athletic beat Harbour City 2-1 on Tuesday. Ndiaye scored in the 12th minute "
        "in front of 9,870 fans. Carlisle Athletic are second in the table with 38 points.",
        "brief",
        source="MatchWire",
        published="2025-03-11",
    ),
    "bakery": document(BAKERY, "bakery", source="Courier", published="2025-03-11"),
}


@pytest.mark.parametrize(
    "order", list(permutations(MATCH_BRIEFS)), ids=lambda order: "-".join(order)
)
def test_one_text_with_and_without_a_credit_line_clusters_alike_in_any_order(
    order: tuple[str, ...],
) -> None:
    """A match report filed twice at one time, once with a credit line, and a brief of another
    game filled in from its template three days later, naming its own day ("on Tuesday") as the
    report named its own ("on Saturday"): whichever is given first, the smallest id of the two
    copies is canonical of both, and the brief, another day's report, of its own cluster: the
    sentences it shares with the report are the template's, taken from neither copy."""
    result = compare_documents([MATCH_BRIEFS[d] for d in order])
    assert sorted((m.doc, m.canonical, m.cluster) for m in result.clusters) == [
        ("bakery", "bakery", cluster_id(fingerprint(result.sentences["bakery"]))),
        ("brief", "brief", cluster_id(fingerprint(result.sentences["brief"]))),
        *(
            (doc, "match", cluster_id(fingerprint(result.sentences["match"])))
            for doc in ("match", "match_credited")
        ),
    ]
    taken = {(t.copy, t.origin) for found in who_copied_whom(result).values() for t in found}
    assert taken == set()


# A Mexican paper's report, and its copies under the datelines Mexican papers open with.
CULIACAN = (
    "La Fiscal\u00eda de Sinaloa inform\u00f3 que no hay detenidos por el asesinato del periodista "
    "Juli\u00e1n Casta\u00f1eda y que el caso fue atra\u00eddo por la unidad especializada.\n"
    "El fiscal regional, Arturo Beltr\u00e1n, dijo que la investigaci\u00f3n avanza y que hay dos "
    "sospechosos identificados."
)


def test_a_copy_under_a_mexican_dateline_is_a_copy() -> None:
    """A text under "CIUDAD DE M\u00c9XICO.-" or "Ciudad de M\u00e9xico, 5 de marzo de 2025.-" is
    the same text as without it: the dateline is no sentence of the text, and the three are
    one cluster, the earliest canonical and the others copies of it, all of its words."""
    result = compare_documents(
        [
            document(CULIACAN, "site", published="2025-03-05"),
            document(f"CIUDAD DE M\u00c9XICO.- {CULIACAN}", "print", published="2025-03-06"),
            document(
                f"Ciudad de M\u00e9xico, 5 de marzo de 2025.- {CULIACAN}",
                "dated",
                published="2025-03-06",
            ),
        ]
    )
    found = sorted((m.doc, m.canonical, m.relation.value, m.containment) for m in result.clusters)
    assert found == [
        ("dated", "site", "copy", 1.0),
        ("print", "site", "copy", 1.0),
        ("site", "site", "canonical", 1.0),
    ]


def test_every_member_is_a_near_duplicate_of_its_canonical() -> None:
    """A copies B and B is derived from C, but A and C are independent: C is not pulled into
    A's cluster through B."""
    texts = {"a": LONG, "b": SHORT, "c": "Cargo stopped moving at the port this week."}
    docs = [document(t, d, published=f"2025-03-1{n}") for n, (d, t) in enumerate(texts.items())]
    pairs = [
        copy("a", "b", (0.9, 1.0)),
        aligned_pair("b", "c", verdict=Verdict.DERIVED, contained=(0.6, 0.7)),
        aligned_pair("a", "c"),
    ]
    found = clusters(docs, pairs)
    assert [(m.doc, m.canonical, m.containment) for m in found] == [
        ("a", "a", 1.0),
        ("b", "a", 1.0),
        ("c", "c", 1.0),
    ]


def test_a_document_joins_no_cluster_that_holds_none_of_its_words() -> None:
    """A pair made derived by its phrasing alone, neither side holding a word of the other in
    sentences copied or edited (a containment of 0 both ways), joins no cluster: two outlets'
    live pages in the same stock phrases stay apart, and dedup keeps both (acceptance round 22,
    finding 4). A copy of the first page, which holds its words, joins it."""
    paper = (
        "The fire service says a freight train has derailed near Holloway Junction.\n"
        "Network Rail says the line will stay closed until at least Friday."
    )
    radio = "A freight train has derailed near Holloway Junction, the fire service says."
    docs = [
        document(paper, "riverside", published="2025-03-10"),
        document(radio, "valley", published="2025-03-11"),
        document(paper, "reprint", published="2025-03-12"),
    ]
    pairs = [
        aligned_pair("riverside", "valley", verdict=Verdict.DERIVED),
        aligned_pair("riverside", "reprint", verdict=Verdict.COPY, contained=(1.0, 1.0)),
        aligned_pair("valley", "reprint", verdict=Verdict.DERIVED),
    ]
    assert [(m.doc, m.canonical) for m in clusters(docs, pairs)] == [
        ("riverside", "riverside"),
        ("valley", "valley"),
        ("reprint", "riverside"),
    ]


def test_exact_duplicates_cluster_even_when_never_compared() -> None:
    """Two documents with the same sentences share a cluster though no pair links them."""
    found = clusters([document(LONG, "a"), document("Other news.", "b"), document(LONG, "c")])
    assert [m.canonical for m in found] == ["a", "b", "a"]
    assert found[2].containment == 1.0


def test_identical_documents_cluster_in_memory_that_grows_with_their_number() -> None:
    """A crawl's copies of one paywall notice are one cluster, found in memory that grows with
    the copies, not with their pairs: four times the copies take about four times the memory
    (sixteen when every pair of them was linked)."""
    notice = "Subscribe to keep reading the Harbour Ledger. Already a member? Log in here."

    def peak_memory(copies: int) -> int:
        docs = [document(notice, f"stub{n}") for n in range(copies)]
        sentences = {d.id: segment(d) for d in docs}
        tracemalloc.start()
        try:
            found = cluster_near_duplicates(docs, sentences, [], frozenset())
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert {m.canonical for m in found} == {"stub0"}
        return peak

    assert peak_memory(1200) < 8 * peak_memory(300)


def test_cluster_ids_do_not_depend_on_input_order_or_other_documents() -> None:
    """Reversing the input or adding an unrelated document keeps every cluster id."""
    docs = [document(LONG, "a"), document(SHORT, "b"), document(LONG, "c")]
    ids = {m.doc: m.cluster for m in clusters(docs)}
    more = [document("Unrelated story.", "z"), *reversed(docs)]
    assert {m.doc: m.cluster for m in clusters(more) if m.doc != "z"} == ids
    assert ids["a"] == cluster_id(fingerprint(segment(docs[0])))


def write_wire_and_rewrite(root: Path) -> list[Path]:
    """A wire story and a newspaper's light rewrite of it a day later, each in a folder of its
    own and both named ``wire.md``; the folders, as they would be given on the command line."""
    written = {
        root / "a": ("Global Wire", "2025-03-10", FLOOD),
        root / "b": ("Brantford Daily", "2025-03-11", FLOOD_REWRITE),
    }
    for folder, (source, date, text) in written.items():
        folder.mkdir()
        front_matter = f"---\nsource: {source}\ndate: {date}\n---\n"
        (folder / "wire.md").write_text(front_matter + text, encoding="utf-8")
    return list(written)


def clusters_by_path(paths: Sequence[Path]) -> dict[str, str]:
    result = compare_paths([str(path) for path in paths])
    return {result.by_id[m.doc].path: m.cluster for m in result.clusters}


def test_files_given_in_reverse_order_keep_their_cluster_id(tmp_path: Path) -> None:
    """Two files named alike, a wire story and its rewrite, share one cluster id whichever
    folder is given first."""
    folders = write_wire_and_rewrite(tmp_path)
    found = clusters_by_path(folders)
    assert len(set(found.values())) == 1
    assert clusters_by_path(folders[::-1]) == found


def test_an_unrelated_article_changes_no_cluster_id(tmp_path: Path) -> None:
    """A bakery story from a feed whose record is also called "wire", read before the flood
    story, gets a cluster of its own and leaves the flood story's cluster id as it was."""
    folders = write_wire_and_rewrite(tmp_path)
    before = clusters_by_path(folders)
    bakery = tmp_path / "a" / "bakery.json"
    bakery.write_text(json.dumps({"id": "wire", "text": BAKERY}), encoding="utf-8")
    after = clusters_by_path(folders)
    assert after.pop(bakery.as_posix()) not in before.values()
    assert after == before


def test_unrelated_stories_whose_canonical_files_share_a_name_get_different_ids() -> None:
    """A flood story one day and a robbery the next, each a file ``story2`` with a shorter
    copy in ``story1``, are two clusters with two ids."""
    flood_updated = FLOOD + "\nSchools across the valley will stay closed on Tuesday."
    flood = [document(FLOOD, "story1"), document(flood_updated, "story2")]
    robbery = [document(ROBBERY, "story1"), document(ROBBERY_UPDATED, "story2")]
    found = [{m.cluster for m in compare_documents(day).clusters} for day in (flood, robbery)]
    assert [len(ids) for ids in found] == [1, 1]
    assert found[0] != found[1]


def test_shared_quotations_do_not_make_near_duplicates() -> None:
    """Two reports quoting the same speech in their own words stay in clusters of their own."""
    quote = '"We have waited two years for a fair offer, and we will not wait any longer,"'
    a = document(
        f"{quote} union leader Maria Olsen told reporters on Monday.\n"
        "Dockworkers at the Port of Calder walked off the job, halting cargo traffic.",
        "a",
    )
    b = document(
        f"{quote} Olsen said at a rally outside the main gate.\n"
        "The operator, Calder Maritime, called the strike unnecessary and costly.",
        "b",
    )
    result = compare_documents([a, b], single_story=True)
    assert [m.kind.value for m in result.pairs[0].matches] == ["shared_quote"]
    assert [m.canonical for m in result.clusters] == ["a", "b"]


def test_a_story_carried_by_more_outlets_than_a_bucket_holds_is_one_cluster() -> None:
    """A wire story and 30 copies, with LSH buckets of 10 sentences at most: still one story,
    every pair compared, and one cluster."""
    carried = ferry_strike_copies(30)
    result = compare_documents(carried, Settings(max_bucket_size=10))
    assert [len(story.documents) for story in result.stories] == [31]
    assert {p.verdict for p in result.pairs} <= {Verdict.COPY, Verdict.DERIVED}
    assert len(result.pairs) == 31 * 30 // 2
    assert len({m.cluster for m in result.clusters}) == 1
    assert result.sampled_sentences > 0


FIRE_TEMPLATE = (
    "A fire broke out at {place} on {day}, the fire service said.\n"
    "Firefighters needed {hours} hours to bring the blaze under control.\n"
    "{treated} people were treated for smoke inhalation.\n"
    "The cause of the fire is under investigation, the fire service said.\n"
    "Residents of {street} were told to keep their windows closed."
)


def test_a_verbatim_copy_joins_the_article_it_copies_not_an_earlier_similar_one() -> None:
    """A regional site fills one template for every fire: last week's paint factory fire and
    this week's care home fire are two stories, though a paper's copy of the care home report,
    its last line cut, shares the factory report's stock lines; it joins the report it copies."""
    factory = FIRE_TEMPLATE.format(
        place="a paint factory in Harlow",
        day="Tuesday",
        hours=9,
        treated="Forty",
        street="Mill Lane",
    )
    care_home = FIRE_TEMPLATE.format(
        place="a care home in Stortford",
        day="Monday",
        hours=3,
        treated="Twelve",
        street="Bridge Street",
    )
    docs = [
        document(factory, "factory", published="2025-05-26"),
        document(care_home, "care_home", published="2025-06-02"),
        document(care_home.rsplit("\n", 1)[0], "care_home_copy", published="2025-06-03"),
    ]
    result = compare_documents(docs)
    assert [story.documents for story in result.stories] == [
        ("factory",),
        ("care_home", "care_home_copy"),
    ]
    assert [(m.doc, m.canonical, m.containment) for m in result.clusters] == [
        ("factory", "factory", 1.0),
        ("care_home", "care_home", 1.0),
        ("care_home_copy", "care_home", 1.0),
    ]


# A county paper's report of a lorry crash, as it first ran and as it was corrected that
# afternoon at the same address, and a regional site's copy of the correction.
CRASH = (
    "Three people were killed when a lorry overturned on the A614 near Ollerby on Friday "
    "morning, police said.\n"
    "The lorry hit two cars on a bend shortly after 7 a.m. and blocked both lanes for six hours.\n"
    "Police appealed for dashcam footage from drivers who were on the road at the time."
)
CRASH_CORRECTED = CRASH.replace("Three people were", "Four people were") + (
    "\nA fourth victim, a passenger in one of the cars, died in hospital in the afternoon."
)
CRASH_URL = "https://ollerbyherald.example/news/a614-crash"


def crash_versions(url: str | None = CRASH_URL, modified: str | None = "2025-05-09T14:40:00Z"):
    """The paper's first report, its correction (modified at ``modified``), and a site's copy of
    the correction; the two versions at ``url``, and the site at an address of its own."""
    day, time = "2025-05-09", "2025-05-09T08:10:00Z"
    return [
        Document("herald-1", "Ollerby Herald", CRASH, url=url, published=day, published_time=time),
        Document(
            "herald-2",
            "Ollerby Herald",
            CRASH_CORRECTED,
            url=url,
            modified_time=modified,
            published=day,
            published_time=time,
        ),
        Document(
            "site",
            "Wolds Today",
            CRASH_CORRECTED,
            url="https://woldstoday.example/a614",
            published="2025-05-09",
            published_time="2025-05-09T15:05:00Z",
        ),
    ]


@pytest.mark.parametrize("order", list(permutations(range(3))), ids=lambda o: "".join(map(str, o)))
def test_a_cluster_shows_the_latest_version_of_its_canonical_article(
    order: tuple[int, ...],
) -> None:
    """A corrected report supersedes its first version: the first stays canonical and names
    the cluster, but every member names the correction the cluster's current member, in any
    input order; each says how it relates to the first version."""
    versions = crash_versions()
    result = compare_documents([versions[n] for n in order])
    found = {m.doc: m for m in result.clusters}
    assert {(m.canonical, m.current, m.cluster) for m in found.values()} == {
        ("herald-1", "herald-2", cluster_id(fingerprint(result.sentences["herald-1"])))
    }
    assert {doc: m.relation.value for doc, m in found.items()} == {
        "herald-1": "canonical",
        "herald-2": "version",
        "site": "rewrite",
    }


@pytest.mark.parametrize(
    "versions",
    [
        pytest.param(crash_versions(modified=None), id="version_not_known_later"),
        pytest.param(crash_versions()[::2], id="only_another_outlets_copy"),
    ],
)
def test_a_cluster_without_a_later_version_shows_its_canonical_member(
    versions: list[Document],
) -> None:
    """Without a time that makes one version later, or with only another outlet's later copy,
    nothing supersedes the canonical member (of two versions published at
    one time, the more complete): it is the current one."""
    result = compare_documents(versions)
    assert len({m.cluster for m in result.clusters}) == 1
    assert all(m.current == m.canonical for m in result.clusters)


def test_versions_without_an_address_are_found_by_their_text() -> None:
    """Versions that give no address, published at one minute and modified at different times,
    sharing most of their text, are one article: the correction is the cluster's current member."""
    result = compare_documents(crash_versions(url=None))
    assert {(m.canonical, m.current) for m in result.clusters} == {("herald-1", "herald-2")}


@pytest.mark.parametrize(
    ("verdict", "text", "relation"),
    [
        pytest.param(Verdict.COPY, LONG, "copy", id="copy"),
        pytest.param(Verdict.DERIVED, LONG, "rewrite", id="derived"),
        pytest.param(None, SHORT, "copy", id="same_text_never_compared"),
    ],
)
def test_each_member_says_how_it_relates_to_the_canonical_one(
    verdict: Verdict | None, text: str, relation: str
) -> None:
    """A member's relation is its pair's verdict with the canonical member, a copy or a
    rewrite; one with the canonical member's text, which no pair links, is a copy."""
    docs = [document(SHORT, "wire", published="2025-03-10"), document(text, "daily")]
    pairs = (
        [aligned_pair("wire", "daily", verdict=verdict, contained=(1.0, 0.5))] if verdict else []
    )
    assert [m.relation.value for m in clusters(docs, pairs)] == ["canonical", relation]


# A coach crash as the Trent Post's content system exports it, newest first: re-slugged when the
# headline changed, or exported without an address; one id, one moment of publication.
COACH = (
    "A Redline Coaches bus overturned on the A38 near Burton on Sunday, police said.\n\n"
    "The operator's licence was suspended on Monday pending an inquiry.\n\n"
    "The company said it would cooperate fully with investigators."
)
COACH_UPDATED = COACH.replace("overturned", "overturned, injuring 23 people,")


@pytest.mark.parametrize(
    "addresses",
    [
        pytest.param(
            [
                "https://trentpost.example/23-hurt-redline-coach-crash-licence-suspended",
                "https://trentpost.example/redline-coaches-licence-suspended",
            ],
            id="reslugged",
        ),
        pytest.param([None, None], id="no_address"),
    ],
)
def test_versions_under_one_id_make_the_first_canonical_and_the_latest_current(
    tmp_path: Path, addresses: list[str | None]
) -> None:
    """Records of one outlet that give one id and one moment of publication are versions of one
    article, whatever their address: the first modified is canonical, the latest current, and
    dedup keeps the corrected text (finding 3 of acceptance round 21: the update was canonical,
    or the uncorrected text current)."""
    feed = tmp_path / "cms.jsonl"
    records = [
        {"id": "tp-4471", "source": "Trent Post", "url": url, "text": text,
         "published": "2025-03-02T11:00:00Z", "modified": modified}
        for url, text, modified in zip(
            addresses, [COACH_UPDATED, COACH], ["2025-03-02T15:40:00Z", "2025-03-02T11:00:00Z"],
            strict=True,
        )
    ]  # fmt: skip
    feed.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    result = compare_paths([str(feed)])
    # The export lists the update first: the first modified keeps the id all the same, and the
    # update gets a key of its content (see read._distinct_ids).
    first = "tp-4471"
    (updated,) = (d.id for d in result.documents if d.id != first)
    assert updated.startswith(f"{first}@")
    assert [(m.doc, m.canonical, m.current, m.relation.value) for m in result.clusters] == [
        (updated, first, updated, "version"),
        (first, first, updated, "canonical"),
    ]
    (pair,) = result.pairs
    assert (pair.same_article, pair.origin) == (True, first)


def test_an_update_is_the_later_version_though_its_first_versions_date_was_set_aside() -> None:
    """A paper's update of its copy of a wire story is the later version, and its first copy a
    copy of the wire, though a pair set the first copy's date aside: the paper's own times order
    its versions (retest 32d, R2: the update read 'copy' and the first version 'version')."""
    address = "https://daily.example/dl-77"
    wire, first, update = (
        replace(
            document(text, doc, source, url=address, published="2025-03-10"),
            published_time=f"2025-03-10T{time}:00Z",
            article_id=None if source == "Wire" else "dl-77",
        )
        for text, doc, source, time in [
            (ROBBERY, "wire", "Wire", "12:40"),
            (ROBBERY, "daily", "Daily", "13:13"),
            (ROBBERY_UPDATED, "daily@2", "Daily", "15:06"),
        ]
    )
    pairs = [
        replace(copy("wire", "daily"), date_set_aside=DateSetAside("daily", "Tuesday")),
        replace(copy("wire", "daily@2", (1.0, 0.8)), direction="a->b"),
        replace(copy("daily", "daily@2", (1.0, 0.8)), direction="a->b"),
    ]
    relations = {m.doc: (m.canonical, m.relation) for m in clusters([update, first, wire], pairs)}
    assert relations == {
        "wire": ("wire", Relation.CANONICAL),
        "daily": ("wire", Relation.COPY),
        "daily@2": ("wire", Relation.VERSION),
    }


# A bus depot fire: an agency's wire, a city paper's report built on it as it ran at 09:00 and
# as updated twice (the last re-slugged, linked to the others by the paper's id for it), and a
# rival's abridged copy of the paper's first version, which keeps only the wire's lede.
DEPOT_LEDE = (
    "A fire tore through the Castlegate bus depot in Harwick early on Tuesday, destroying 14 "
    "buses and forcing the closure of the ring road."
)
DEPOT_WIRE = (
    f"{DEPOT_LEDE}\n"
    "Harwick Fire and Rescue said 60 firefighters fought the blaze for more than five hours "
    "before bringing it under control.\n"
    "The cause of the fire is not yet known and an investigation has begun, a fire service "
    "spokesperson said.\n"
    "Bus services across the city were expected to be disrupted for the rest of the week, the "
    "operator said."
)
DEPOT_OWN = (
    "Two depot workers were taken to Harwick General Hospital with smoke inhalation, and one of "
    "them remains in a serious condition.\n"
    "Neighbour Maureen Aldous, 67, said she was woken by a series of loud bangs shortly after "
    "3 a.m. and saw flames above the roof.\n"
    "Councillor Imran Sheikh told the Gazette that residents had complained for months about "
    "diesel stored in the yard."
)
DEPOT_FIRST = "\n".join([*DEPOT_WIRE.split("\n")[:3], DEPOT_OWN])
DEPOT_UPDATED = DEPOT_FIRST.replace("Two depot workers", "Three depot workers") + (
    "\nCastlegate Transport said it would run replacement services from its Millfield garage "
    "from Wednesday morning."
)
DEPOT_LATEST = DEPOT_UPDATED + "\nPolice said the fire was not being treated as suspicious."


def depot_fire() -> list[Document]:
    """The wire, the paper's three versions and the rival's copy of its first version."""
    day, gazette = "2025-03-11", "https://tollbridgegazette.example/news/castlegate-depot-fire"
    published = f"{day}T09:00:00Z"
    return [
        Document(
            "wire", "Northgate Press", DEPOT_WIRE, published=day, published_time=f"{day}T08:30:00Z"
        ),
        Document(
            "gazette-0900", "Tollbridge Gazette", DEPOT_FIRST, url=gazette, published=day,
            published_time=published,
        ),
        Document(
            "gazette-1000", "Tollbridge Gazette", DEPOT_UPDATED, url=gazette, published=day,
            published_time=published, modified_time=f"{day}T10:00:00Z", article_id="tg-5521",
        ),
        Document(
            "gazette-1400", "Tollbridge Gazette", DEPOT_LATEST,
            url="https://tollbridgegazette.example/news/three-hurt-in-castlegate-depot-fire",
            published=day, published_time=published, modified_time=f"{day}T14:00:00Z",
            article_id="tg-5521",
        ),
        Document(
            "echo", "Fenmoor Echo", "\n".join([DEPOT_LEDE, DEPOT_OWN]), published=day,
            published_time=f"{day}T09:40:00Z",
        ),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("docs", "expected"),
    [
        pytest.param(
            depot_fire(),
            {
                "wire": ("wire", "wire", "canonical"),
                "gazette-0900": ("wire", "wire", "rewrite"),
                "gazette-1000": ("wire", "wire", "version"),
                "gazette-1400": ("wire", "wire", "version"),
                "echo": ("echo", "echo", "canonical"),
            },
            id="paper_rewrites_the_wire",
        ),
        pytest.param(
            depot_fire()[1:],
            {
                "gazette-0900": ("gazette-0900", "gazette-1400", "canonical"),
                "gazette-1000": ("gazette-0900", "gazette-1400", "version"),
                "gazette-1400": ("gazette-0900", "gazette-1400", "version"),
                "echo": ("gazette-0900", "gazette-1400", "copy"),
            },
            id="no_wire",
        ),
    ],
)
@pytest.mark.parametrize("reverse", [False, True], ids=["given_order", "reversed"])
def test_versions_of_an_article_share_the_cluster_its_first_version_joins(
    docs: list[Document], expected: dict[str, tuple[str, str, str]], reverse: bool
) -> None:
    """An article's later versions go where its first version goes, as versions: with the wire
    the paper rewrote, which stays canonical and current, not with a rival that copied the
    paper's first version and holds more of a later version's words than the wire (finding 2 of
    acceptance round 26: the updates joined the rival's cluster, which named the rival's copy
    its current article). Without the wire, the paper's first version is canonical and its
    latest current, for the rival's copy too: one row a cluster to keep."""
    result = compare_documents(docs[::-1] if reverse else docs, framing=False)
    assert {m.doc: (m.canonical, m.current, m.relation.value) for m in result.clusters} == (
        expected
    )


@pytest.mark.parametrize("reverse", [False, True], ids=["given_order", "reversed"])
def test_each_member_names_the_latest_version_of_its_own_article(
    tmp_path: Path, reverse: bool
) -> None:
    """A paper's rewrite of a wire story, corrected and later updated, shares the wire's
    cluster, whose current member stays the wire; each of the paper's versions names its own
    article's latest one, the 18:00 update, and the wire and a rival's copy of it, with no
    later version, name themselves, in any input order."""
    records = landslide_feed()
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(records[::-1] if reverse else records), encoding="utf-8")
    result = compare_paths([str(feed)])
    assert len({m.cluster for m in result.clusters}) == 1
    assert {m.doc: (m.current, m.latest_version) for m in result.clusters} == {
        "wire": ("wire", "wire"),
        "herald-0900": ("wire", "herald-1800"),
        "herald-1400": ("wire", "herald-1800"),
        "herald-1800": ("wire", "herald-1800"),
        "courier": ("wire", "courier"),
    }


MILL_FIRE = (
    "Fire crews in Marlow fought a blaze at the Eastgate flour mill on Tuesday morning, the county "
    "fire service said. Station chief Rhea Okafor said 40 firefighters were called at 6:10 a.m. "
    "and no one was hurt. The mill's owner, Tamsin Hale, said production would stop for at least "
    "a week."
)


def test_an_earlier_timed_article_stays_canonical_whatever_untimed_article_joins_its_day() -> None:
    """Of two articles that give their times, the earlier is canonical though the later is a
    wire's longer text under its dateline, and stays so when an article of that day that gives
    no time is compared beside them: the cluster's id does not flip with the documents a call
    compares (acceptance round 32, d1: an 08:53 article became a "rewrite" of one of 11:31)."""
    brief = Document(
        "post-1", "Marlow Post", MILL_FIRE,
        published="2026-03-10", published_time="2026-03-10T08:53:12Z",
    )  # fmt: skip
    longer = (
        f"MARLOW, March 10 (CPA) - {MILL_FIRE} Neighbours on Quarry Lane were told to keep their "
        "windows shut. The cause of the fire is not yet known."
    )
    wire = Document(
        "cpa-84", "Coast Press Agency", longer,
        published="2026-03-10", published_time="2026-03-10T11:31:05Z",
    )  # fmt: skip
    untimed = Document(
        "gazette-3", "Marlow Gazette", f"Residents said: {MILL_FIRE}", published="2026-03-10"
    )
    alone, beside = (
        {m.doc: (m.cluster, m.canonical) for m in compare_documents(docs, framing=False).clusters}
        for docs in ([brief, wire], [brief, wire, untimed])
    )
    assert alone["cpa-84"] == beside["cpa-84"] == beside["post-1"] == alone["post-1"]
    assert beside["post-1"][1] == "post-1"


# A county paper's report of a school water test, and a network site's spin of it: "said" for
# "stated", "district" for "school system", "parents" for "families".
LEAD_TEST = (
    "Water from two drinking fountains at Alder Creek Elementary tested above the federal "
    "action level for lead, the school system said on Wednesday.\n"
    "Superintendent Dana Whitlock said both fountains were shut off and bottled water was "
    "brought in for the 410 students.\n"
    "Families will get letters explaining the results by Friday."
)
LEAD_TEST_SPUN = (
    LEAD_TEST.replace("school system said", "district stated")
    .replace("Whitlock said", "Whitlock mentioned")
    .replace("Families", "Parents")
)


def timed(id: str, text: str, time: str) -> Document:
    """An article of ``text`` published on 2026-11-19 at ``time`` (UTC)."""
    return replace(
        document(text, id, published="2026-11-19"), published_time=f"2026-11-19T{time}:00Z"
    )


def test_an_untimed_copy_stays_after_the_timed_origin_the_pair_names() -> None:
    """A paper's report at 19:45 UTC and a network site's spin of it that gives its day and no
    zone: their pair names the paper the origin, so the paper is canonical, though an
    unrelated article of that day at 06:00 takes the day's first place among timed ones (acceptance
    round 33, c5: the site's spin was canonical, the paper its rewrite, and one original's 41
    copies made 13 clusters)."""
    docs = [
        timed("bakery", BAKERY, "06:00"),
        timed("paper", LEAD_TEST, "19:45"),
        document(LEAD_TEST_SPUN + "\nStay tuned for updates.", "site", published="2026-11-19"),
    ]
    pair = replace(
        aligned_pair("paper", "site", verdict=Verdict.DERIVED, contained=(1.0, 0.9)),
        direction="a->b",
        direction_basis=DirectionBasis.CONTAINMENT,
    )
    found = {m.doc: m.canonical for m in clusters(docs, [pair])}
    assert found == {"bakery": "bakery", "paper": "paper", "site": "paper"}


GALE = (
    "Gales brought down power lines across the Harlow coast overnight, leaving 9,000 homes "
    "without electricity.\nThe grid operator said crews would work through Wednesday."
)


def test_copies_of_an_absent_origin_share_its_cluster_with_the_earliest_canonical() -> None:
    """The wire's own text is not in the run. A paper's copy at 01:20 and another's at 02:30,
    which dropped the dateline, both took it from a third paper's copy of 03:05, the run says
    (``common_origin``); that third copy joins the earliest, so the 02:30 copy does too, though
    it comes before its origin (acceptance round 34, c2: 66 copies made 20 clusters)."""
    docs = [
        timed("first", "Readers in Ravensworth may be affected.\n" + GALE, "01:20"),
        timed("second", GALE.split("\n")[0], "02:30"),
        timed("origin", GALE, "03:05"),
    ]
    pairs = [
        copy("first", "origin", (0.8, 1.0)),
        copy("second", "origin", (1.0, 0.6)),
        replace(copy("first", "second", (0.4, 1.0)), common_origin="origin"),
    ]
    found = {m.doc: m.canonical for m in clusters(docs, pairs)}
    assert found == {"first": "first", "second": "first", "origin": "first"}


def test_an_undated_copy_of_a_wire_is_not_canonical_before_dated_ones() -> None:
    """Three papers ran the wire's copy, crediting it (``common_wire``); the one the feed gives
    no date it can read ("03/11/2025") printed it whole, the dated two each cut its last
    line. The dated first one is canonical, not the undated longer one."""
    docs = [
        timed("morning", GALE.split("\n")[0], "06:10"),
        timed("evening", GALE.split("\n")[0], "18:40"),
        document(GALE, "undated"),
    ]
    pairs = [
        replace(copy(a, b, contained), common_wire="Harlow Wire")
        for a, b, contained in (
            ("morning", "evening", (1.0, 1.0)),
            ("morning", "undated", (1.0, 0.6)),
            ("evening", "undated", (1.0, 0.6)),
        )
    ]
    found = {m.doc: m.canonical for m in clusters(docs, pairs)}
    assert found == {"morning": "morning", "evening": "morning", "undated": "morning"}


LIVE_ENTRIES = (
    "A yellow weather warning for fog is in place for the Brackenby area from Friday. "
    "Gritters will be out from 6pm.",
    "The Marlow Street bridge will close for repairs for three weeks from Monday. "
    "Buses will divert along Quarry Lane.",
    "Harlow Rovers drew 2-2 at home to Kettering Town on Saturday. Their next game is away.",
    "A bakery on Fenwick Road has raised £3,200 for the children's hospice. "
    "Staff ran a sponsored walk.",
    "Councillors have approved 40 new homes off Dunstan Avenue. Building work starts in spring.",
    "Police are appealing for witnesses after a car was set alight on Tenby Close overnight. "
    "Nobody was hurt.",
    "The Albion cinema reopens next month after a two-year refit. Tickets go on sale on Thursday.",
    "A yellow weather warning for ice is in place for the Kestrel Vale area from Tuesday. "
    "The warning runs until 9am the following day.",
    "Pupils at Northgate Primary have planted 300 trees on the school field. "
    "The saplings were donated by a local nursery.",
    "Water supplies in Oxley have been restored after a burst main. "
    "Customers were offered bottled water.",
)


@pytest.mark.parametrize(
    ("brief", "joins"),
    [
        pytest.param(
            "A yellow weather warning for ice is in place for the Brackenby area from Friday.\n"
            "Drivers are urged to slow down on untreated roads.\n"
            "Schools expect to open as normal.\n"
            "The warning runs until 9am the following day.",
            False,
            id="stock_lines_in_entries_hours_apart",
        ),
        pytest.param(
            "The Marlow Street bridge will close for repairs for three weeks from Monday.\n"
            "Buses will divert along Quarry Lane.\n"
            "The council apologised for the disruption.",
            True,
            id="one_entry_taken_whole",
        ),
    ],
)
def test_a_short_article_joins_a_very_long_one_only_by_one_passage_of_it(
    brief: str, joins: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A live blog longer than any news article (records.VERY_LONG_WORDS, lowered here to keep
    the blog small) holds, in entries hours apart, a brief's stock weather-warning lines: the
    brief took no passage of it and is a cluster of its own, not a rewrite of the blog; a brief
    that runs one of the blog's entries is its rewrite still."""
    monkeypatch.setattr("compare.records.VERY_LONG_WORDS", 100)
    entries = [f"{hour:02d}:15 {entry}" for hour, entry in enumerate(LIVE_ENTRIES, start=8)]
    live = document("\n\n".join(entries), "live", "Vale Courier", published="2025-11-03T20:00:00Z")
    short = document(brief, "brief", "Pinewood Times", published="2025-11-03")
    members = {m.doc: m for m in compare_documents([live, short], framing=False).clusters}
    assert (members["brief"].canonical == "live") is joins


def test_an_agencys_story_is_canonical_over_copies_stamped_before_it() -> None:
    """A news agency files its story at 04:00 UTC under its dateline; two sites whose clocks
    run in the wrong zone stamp their copies 03:30, one keeping the dateline (its credit), one
    not. compare run names the agency the origin of the credited copy by that credit, whatever
    the times, so dedup keeps the agency's story canonical, not a copy stamped before it
    (acceptance round 40, d6: an uncredited site's copy was canonical, the agency its copy)."""
    story = (
        "The port of Varlen was closed to cargo ships on Thursday after a fire broke out in a "
        "fuel depot beside the container terminal, the harbour authority said.\n"
        "About 40 firefighters fought the blaze for six hours, and two workers were treated "
        "for smoke inhalation, the authority said in a statement.\n"
        "Shipping agents said at least 12 vessels were waiting at anchor outside the harbour."
    )
    dateline = "VARLEN, Dec 3 (AFP) - "

    def at(id: str, source: str, text: str, time: str) -> Document:
        return replace(
            document(text, id, source, published="2026-12-03"),
            published_time=f"2026-12-03T{time}:00Z",
        )

    docs = [
        at("agency", "AFP", dateline + story, "04:00"),
        at("credited", "Harbourside Online", dateline + story, "03:30"),
        at("uncredited", "Daily Quayside", story, "03:30"),
    ]
    members = {m.doc: m for m in compare_documents(docs, framing=False).clusters}
    assert {doc: m.canonical for doc, m in members.items()} == dict.fromkeys(members, "agency")
    assert members["agency"].relation is Relation.CANONICAL


def test_a_correction_is_the_later_version_though_the_first_ones_date_was_set_aside() -> None:
    """A paper's copy of a wire story, then corrected at its address, modified two hours after
    it was published: the correction is the later version and the first copy a copy of the wire,
    though a pair set the first copy's date aside (acceptance round 41, b10: the first version
    read 'version' and its correction 'copy')."""
    address = "https://daily.example/dl-78"
    wire = replace(
        document(ROBBERY, "wire", "Wire", published="2025-03-10"),
        published_time="2025-03-10T12:40:00Z",
    )
    first, correction = (
        replace(
            document(text, doc, "Daily", url=address, published="2025-03-10"),
            published_time="2025-03-10T13:13:00Z",
            modified_time=modified,
        )
        for text, doc, modified in [
            (ROBBERY, "daily", None),
            (ROBBERY_UPDATED, "daily@2", "2025-03-10T15:06:00Z"),
        ]
    )
    pairs = [
        replace(copy("wire", "daily"), date_set_aside=DateSetAside("daily", "Tuesday")),
        replace(copy("wire", "daily@2", (1.0, 0.8)), direction="a->b"),
        replace(copy("daily", "daily@2", (1.0, 0.8)), direction="a->b"),
    ]
    relations = {
        m.doc: (m.relation, m.latest_version) for m in clusters([correction, first, wire], pairs)
    }
    assert relations == {
        "wire": (Relation.CANONICAL, "wire"),
        "daily": (Relation.COPY, "daily@2"),
        "daily@2": (Relation.VERSION, "daily@2"),
    }
