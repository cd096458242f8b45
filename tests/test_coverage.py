"""Sentence groups across a story: stars around a representative, chains, ties, lone outlets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.coverage import carried, coverage_of, group_sentences, omitted_by, only_in
from compare.pipeline import compare_documents, compare_paths
from compare.provenance import Precedence
from compare.records import Document, MatchKind, PairComparison, SentenceGroup, Story
from compare.segment import segment
from tests.helpers import (
    PORT_STRIKE,
    aligned_pair,
    document,
    link_road_reports,
    write_agency_feed,
)

EDITED = MatchKind.EDITED
LINES = "\n".join(f"Sentence number {n} of the article about the harbour." for n in range(4))


def groups_of(
    docs: Sequence[Document],
    pairs: Sequence[PairComparison],
    boilerplate: frozenset[tuple[str, int]] = frozenset(),
) -> tuple[SentenceGroup, ...]:
    story = Story("story-001", "t", tuple(d.id for d in docs))
    by_id = {d.id: d for d in docs}
    origin = Precedence.of(by_id, pairs, story).origin
    return group_sentences(
        story, by_id, {d.id: segment(d) for d in docs}, pairs, boilerplate, origin
    )


def shape(groups: Sequence[SentenceGroup]) -> list[tuple[str, list[tuple[str, int]]]]:
    """Each group as its representative's document and its versions' first sentences."""
    return [
        (g.representative.doc, [(v.doc, v.sentences[0]) for v in g.versions])
        for g in carried(groups)
    ]


def outlets(*ids: str, **dates: str) -> list[Document]:
    return [
        document(LINES, i, published=dates[i]) if i in dates else document(LINES, i) for i in ids
    ]


def test_a_chain_groups_around_the_sentence_linked_to_most() -> None:
    """A~B and B~C but A unlike C: B is the representative and all three share its group."""
    groups = groups_of(
        outlets("a", "b", "c"),
        [aligned_pair("a", "b", [(0, 0, EDITED)]), aligned_pair("b", "c", [(0, 0, EDITED)])],
    )
    assert shape(groups) == [("b", [("a", 0), ("b", 0), ("c", 0)])]


def test_a_long_chain_never_joins_sentences_that_do_not_match_the_representative() -> None:
    """A~B~C~D: the group around B takes A and C; D, whose only partner C is taken, is in no
    group, and in particular not among what only D reports."""
    groups = groups_of(
        outlets("a", "b", "c", "d"),
        [
            aligned_pair("a", "b", [(0, 0, EDITED)]),
            aligned_pair("b", "c", [(0, 0, EDITED)]),
            aligned_pair("c", "d", [(0, 0, EDITED)]),
        ],
    )
    assert shape(groups) == [("b", [("a", 0), ("b", 0), ("c", 0)])]
    assert all((g.representative.doc, g.representative.sentences) != ("d", (0,)) for g in groups)
    assert [g.representative.sentences for g in only_in(groups, "d")] == [(1,), (2,), (3,)]


@pytest.mark.parametrize(
    ("dates", "representative"),
    [
        pytest.param({}, "a", id="undated_first_listed"),
        pytest.param({"b": "2025-03-10"}, "b", id="dated_before_undated"),
        pytest.param({"a": "2025-03-11", "b": "2025-03-10"}, "b", id="earliest"),
    ],
)
def test_ties_go_to_the_earliest_then_first_listed_document(
    dates: dict[str, str], representative: str
) -> None:
    """Two sentences linked only to each other: the earlier publication leads the group."""
    groups = groups_of(outlets("a", "b", **dates), [aligned_pair("a", "b", [(2, 1, EDITED)])])
    assert shape(groups)[0][0] == representative


def test_versions_say_how_they_relate_to_the_representative() -> None:
    """Each version carries its match kind and framing notes; the representative has none."""
    groups = groups_of(
        outlets("a", "b", "c"),
        [
            aligned_pair("a", "b", [(0, 0, MatchKind.VERBATIM)]),
            aligned_pair("a", "c", [(0, 3, EDITED)], framing=["hedge_added"]),
        ],
    )
    (group,) = carried(groups)
    assert [(v.doc, v.kind, v.framing) for v in group.versions] == [
        ("a", None, ()),
        ("b", MatchKind.VERBATIM, ()),
        ("c", EDITED, ("hedge_added",)),
    ]


def test_the_origin_leads_its_group_and_each_copy_says_how_it_changed_it() -> None:
    """Undated, the wire comes second in the story but the pair directions name it the origin:
    its sentence is shown, and the framing flags sit on the copies that changed it."""
    daily_wire = replace(
        aligned_pair("daily", "wire", [(0, 0, EDITED)], framing=["attribution_verb"]),
        direction="b->a",
    )
    daily_post = aligned_pair("daily", "post", [(0, 0, MatchKind.VERBATIM)])
    wire_post = replace(
        aligned_pair("wire", "post", [(0, 0, EDITED)], framing=["attribution_verb"]),
        direction="a->b",
    )
    groups = groups_of(outlets("daily", "wire", "post"), [daily_wire, daily_post, wire_post])
    (group,) = carried(groups)
    assert (group.origin, group.representative.doc) == ("wire", "wire")
    assert [(v.doc, v.kind, v.framing) for v in group.versions] == [
        ("daily", EDITED, ("attribution_verb",)),
        ("wire", None, ()),
        ("post", EDITED, ("attribution_verb",)),
    ]


def test_an_origin_not_linked_to_every_version_leaves_the_group_as_it_is() -> None:
    """A copy that matches the copier's sentence but not the origin's keeps the copier's
    sentence as the one shown; the origin is still named."""
    daily_wire = replace(aligned_pair("daily", "wire", [(0, 0, EDITED)]), direction="b->a")
    daily_post = aligned_pair("daily", "post", [(0, 0, EDITED)])
    groups = groups_of(outlets("daily", "wire", "post"), [daily_wire, daily_post])
    (group,) = carried(groups)
    assert (group.origin, group.representative.doc) == ("wire", "daily")


def test_a_version_says_how_it_changed_the_origin_whichever_side_of_the_pair_it_is() -> None:
    """A pair's notes read from A to B. With B the origin, A's version is read from B's side: where
    B has no hedge but a quotation, A added the hedge and dropped the quotation."""
    pair = replace(
        aligned_pair("a", "b", [(0, 0, EDITED)], framing=["hedge_removed", "quote_added"]),
        direction="b->a",
    )
    (group,) = carried(groups_of(outlets("a", "b"), [pair]))
    assert (group.origin, group.representative.doc) == ("b", "b")
    assert [(v.doc, v.framing) for v in group.versions] == [
        ("a", ("hedge_added", "quote_removed")),
        ("b", ()),
    ]


def test_the_origin_named_is_that_of_the_group_as_shown() -> None:
    """Rooted at its origin O, the group reads X's version as an edit of O's sentence, not a
    paraphrase of R's, and X (which the pair directions put first) becomes the origin: the origin
    named is the one the provenance table computes from the group as shown."""
    paraphrase = MatchKind.PARAPHRASE
    pairs = [
        replace(aligned_pair("r", "o", [(0, 0, EDITED)]), direction="b->a"),
        replace(aligned_pair("r", "x", [(0, 0, paraphrase)]), direction="b->a"),
        replace(aligned_pair("r", "q", [(0, 0, MatchKind.VERBATIM)]), direction="a->b"),
        replace(aligned_pair("o", "x", [(0, 0, EDITED)]), direction="b->a"),
        replace(aligned_pair("o", "q", [(0, 0, EDITED)]), direction="a->b"),
        replace(aligned_pair("x", "q"), direction="a->b"),
    ]
    docs = outlets("r", "o", "x", "q")
    (group,) = carried(groups_of(docs, pairs))
    by_id = {d.id: d for d in docs}
    story = Story("story-001", "t", ("r", "o", "x", "q"))
    assert group.origin == Precedence.of(by_id, pairs, story).origin(group) == "x"


def test_rooting_settles_on_the_origin() -> None:
    """x is edited by y, w1 and w2 and paraphrased by v1 and v2; y is edited by v1 and v2 and
    paraphrased by w1 and w2; y went first to the w's and x to the v's. Counted only among the
    versions that reuse the sentence shown, the directions named y when x was shown and x when y
    was: the rooting went back and forth. The group settles with its origin shown."""
    edited, paraphrase = EDITED, MatchKind.PARAPHRASE
    ids = ["x", "y", "w1", "w2", "v1", "v2"]
    edits = {("x", "y"), ("x", "w1"), ("x", "w2"), ("y", "v1"), ("y", "v2")}
    first = {("y", "w1"), ("y", "w2"), ("x", "v1"), ("x", "v2")}
    pairs = [
        replace(
            aligned_pair(a, b, [(0, 0, edited if (a, b) in edits else paraphrase)]),
            direction="a->b" if (a, b) in first else None,
        )
        for n, a in enumerate(ids)
        for b in ids[n + 1 :]
    ]
    (group,) = carried(groups_of(outlets(*ids), pairs))
    assert group.origin == group.representative.doc == "x"


def test_a_single_outlet_story_is_all_its_own() -> None:
    """With one document, every sentence is reported by it alone and nothing is left out."""
    groups = groups_of(outlets("a"), [])
    assert carried(groups) == []
    assert len(only_in(groups, "a")) == 4
    assert omitted_by(groups, "a", 1) == []


def test_boilerplate_makes_no_group() -> None:
    """A credit line copied everywhere is neither a shared fact nor one outlet's own."""
    groups = groups_of(
        outlets("a", "b"),
        [aligned_pair("a", "b", [(3, 3, MatchKind.VERBATIM)])],
        boilerplate=frozenset({("a", 3), ("b", 3)}),
    )
    assert carried(groups) == []
    assert all(g.representative.sentences != (3,) for g in groups)


def test_eleven_outlets_give_a_matrix_ordered_by_reach() -> None:
    """In the port-strike story (the wire, its copies and rewrites, and Dock Review's own
    report: eleven outlets) the wire's lede, carried by nine outlets, comes first; rows never
    gain outlets further down. Radio Coast's two-sentence brief leaves out the rows that more
    than half of the ten others carry."""
    result = compare_paths([str(PORT_STRIKE)])
    (story,) = result.stories
    assert len(story.documents) == 11
    rows = [g for g in carried(result.groups) if g.story == story.id]
    reach = [len(g.versions) for g in rows]
    assert reach == sorted(reach, reverse=True)
    assert rows[0].representative.doc == "coastal_wire"
    assert len(rows[0].versions) == 9
    groups = [g for g in result.groups if g.story == story.id]
    omits = omitted_by(groups, "radio_coast", len(story.documents))
    assert [rows.index(g) + 1 for g in omits] == [2, 3, 4, 5]


def test_a_story_s_coverage_found_in_one_pass_is_each_outlet_s_asked_one_by_one() -> None:
    """Each of the port-strike story's eleven outlets has, in one pass over the groups, the
    groups only it carries and those it leaves out, as asked outlet by outlet: Radio Coast's
    brief still leaves out rows 2 to 5."""
    result = compare_paths([str(PORT_STRIKE)])
    (story,) = result.stories
    groups = [g for g in result.groups if g.story == story.id]
    found = coverage_of(groups, story.documents)
    assert found == {
        doc: (only_in(groups, doc), omitted_by(groups, doc, len(story.documents)))
        for doc in story.documents
    }
    rows = carried(groups)
    assert [rows.index(g) + 1 for g in found["radio_coast"][1]] == [2, 3, 4, 5]


def test_every_version_matches_its_representative_end_to_end() -> None:
    """From real alignment: every version of every group is aligned with the representative."""
    texts = [
        "Dockworkers at the port walked off the job on Monday, halting all cargo traffic.",
        "Dockworkers at the port walked off the job on Monday, halting most cargo traffic.",
        "Dockworkers at the harbour walked off the job on Monday, halting most cargo.",
    ]
    docs = [document(t, f"d{n}") for n, t in enumerate(texts)]
    result = compare_documents(docs, single_story=True)
    for group in carried(result.groups):
        leader = group.representative
        for version in group.versions:
            if version is leader:
                continue
            assert any(
                {(p.a, m.a.sentences), (p.b, m.b.sentences)}
                == {(leader.doc, leader.sentences), (version.doc, version.sentences)}
                for p in result.pairs
                for m in p.matches
            )


links = st.lists(
    st.tuples(
        st.sampled_from(["ab", "ac", "ad", "bc", "bd", "cd"]), st.integers(0, 3), st.integers(0, 3)
    ),
    max_size=20,
)


@settings(max_examples=80, deadline=None)
@given(links)
def test_groups_are_stars_that_never_share_a_sentence(drawn: list[tuple[str, int, int]]) -> None:
    """Whatever the links: every version is linked to its group's representative, no sentence
    is in two groups, and a group of one is a sentence linked to nothing."""
    pairs = [
        aligned_pair(x, y, [(i, j, EDITED) for pair, i, j in drawn if pair == x + y])
        for x, y in ("ab", "ac", "ad", "bc", "bd", "cd")
    ]
    linked = {((pair[0], i), (pair[1], j)) for pair, i, j in drawn}
    linked |= {(b, a) for a, b in linked}
    groups = groups_of(outlets("a", "b", "c", "d"), pairs)
    seen = [(v.doc, i) for g in groups for v in g.versions for i in v.sentences]
    assert len(seen) == len(set(seen))
    for group in groups:
        leader = (group.representative.doc, group.representative.sentences[0])
        members = [(v.doc, i) for v in group.versions for i in v.sentences]
        assert all((leader, m) in linked for m in members if m != leader)
        if len(members) == 1:
            assert not any(leader == a for a, _ in linked)


@pytest.mark.parametrize(
    ("ours_time", "shown"),
    [
        pytest.param(None, "gazette", id="ours_dated_alone"),
        pytest.param("2026-12-03T08:00:00Z", "echo", id="rival_known_first"),
    ],
)
def test_a_date_alone_beside_a_same_day_time_is_not_shown_in_the_rivals_words(
    ours_time: str | None, shown: str
) -> None:
    """Two papers' own reports of one council vote, ours dated alone, the rival's timed that
    morning: no time orders them, so a sentence both carry is shown as the paper whose headline
    stands for the story words it, not as the rival words it for its more precise time; a time
    of ours after the rival's shows the rival's."""
    rival, ours = link_road_reports()
    result = compare_documents([rival, replace(ours, published_time=ours_time)])
    assert {g.representative.doc for g in carried(result.groups)} == {shown}


def test_a_page_cut_by_its_paywall_leaves_out_nothing_past_its_cut(tmp_path: Path) -> None:
    """The Brae Herald's page holds the agency's first two paragraphs, then its paywall: what
    the agency's story goes on to say is past the cut, which the saved page never held, and so
    not left out; read as a whole article, it leaves those rows out (web archivist acceptance
    i4)."""
    write_agency_feed(tmp_path)
    result = compare_paths([str(tmp_path)])
    story = next(s for s in result.stories if "herald-ferry" in s.documents)
    groups = [g for g in result.groups if g.story == story.id]
    assert omitted_by(groups, "herald-ferry", len(story.documents))
    assert not omitted_by(groups, "herald-ferry", len(story.documents), {"herald-ferry"})
    found = coverage_of(groups, story.documents, {"herald-ferry"})
    assert found["herald-ferry"][1] == []
