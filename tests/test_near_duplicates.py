"""Near-duplicate clusters: who copies whom, the canonical member, stable ids."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from compare.near_duplicates import cluster_id, cluster_near_duplicates
from compare.pipeline import compare_documents
from compare.records import ClusterMember, Document, PairComparison, Verdict
from compare.segment import segment
from tests.helpers import aligned_pair, document

SHORT = "Dockworkers walked off the job on Monday."
LONG = SHORT + "\nThe union said 4,000 members joined the strike."


def clusters(
    docs: Sequence[Document], pairs: Sequence[PairComparison] = ()
) -> tuple[ClusterMember, ...]:
    return cluster_near_duplicates(docs, {d.id: segment(d) for d in docs}, pairs, frozenset())


def copy(a: str, b: str, contained: tuple[float, float] = (1.0, 1.0)) -> PairComparison:
    return aligned_pair(a, b, verdict=Verdict.COPY, contained=contained)


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
        pytest.param([document(SHORT, "a"), document(LONG, "b")], "b", id="undated_most_complete"),
        pytest.param([document(SHORT, "a"), document(SHORT, "b")], "a", id="tie_smallest_id"),
    ],
)
def test_the_canonical_member_is_earliest_then_most_complete(
    docs: list[Document], canonical: str
) -> None:
    """Earliest publication wins; undated documents come last; then the longer text; then
    the smallest id."""
    found = clusters(docs, [copy("a", "b")])
    assert {m.canonical for m in found} == {canonical}
    assert len({m.cluster for m in found}) == 1


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


def test_exact_duplicates_cluster_even_when_never_compared() -> None:
    """Two documents with the same sentences share a cluster though no pair links them."""
    found = clusters([document(LONG, "a"), document("Other news.", "b"), document(LONG, "c")])
    assert [m.canonical for m in found] == ["a", "b", "a"]
    assert found[2].containment == 1.0


def test_cluster_ids_do_not_depend_on_input_order_or_other_documents() -> None:
    """Reversing the input or adding an unrelated document keeps every cluster id."""
    docs = [document(LONG, "a"), document(SHORT, "b"), document(LONG, "c")]
    ids = {m.doc: m.cluster for m in clusters(docs)}
    more = [document("Unrelated story.", "z"), *reversed(docs)]
    assert {m.doc: m.cluster for m in clusters(more) if m.doc != "z"} == ids
    assert ids["a"] == cluster_id("a")


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
