"""Who copied whom: sentence origins and per-outlet shares, directed by dates."""

from __future__ import annotations

from dataclasses import replace

import pytest

from compare.pipeline import compare_paths
from compare.provenance import group_origin, taken_from
from compare.records import MatchKind, Result, SentenceGroup, Version
from tests.helpers import PORT_STRIKE, aligned_pair, document


@pytest.fixture(scope="module")
def port_strike() -> Result:
    return compare_paths([str(PORT_STRIKE)])


def story_groups(result: Result, n: int) -> list[SentenceGroup]:
    return [g for g in result.groups if g.story == result.stories[n].id]


def test_every_outlet_takes_from_an_earlier_one(port_strike: Result) -> None:
    """In the port-strike story reuse points at the wire, published first, or at an earlier
    copy of it, never at a later article."""
    documents = {d.id: d for d in port_strike.documents}
    taken = taken_from(port_strike, port_strike.stories[0], story_groups(port_strike, 0))
    assert {t.origin for t in taken} == {"coastal_wire", "northern_post"}
    for t in taken:
        copied, origin = documents[t.copy].published, documents[t.origin].published
        assert copied is None or (origin is not None and origin <= copied)


def test_a_copy_of_a_copy_points_at_the_copy_it_took(port_strike: Result) -> None:
    """Valley News carries Northern Post's edits of two wire sentences word for word: those
    come from Northern Post; the sentences all three carry unchanged, from the wire."""
    taken = taken_from(port_strike, port_strike.stories[0], story_groups(port_strike, 0))
    valley = {t.origin: t.share for t in taken if t.copy == "valley_news"}
    assert set(valley) == {"coastal_wire", "northern_post"}
    assert sum(valley.values()) == pytest.approx(1.0, abs=0.002)


def test_uncredited_reuse_is_flagged(port_strike: Result) -> None:
    """Harbor Times names Coastal Wire in a credit line; Bay Gazette reuses it silently."""
    taken = {
        t.copy: t
        for t in taken_from(port_strike, port_strike.stories[0], story_groups(port_strike, 0))
    }
    assert taken["harbor_times"].credited
    assert not taken["bay_gazette"].credited
    assert taken["bay_gazette"].share == 1.0


def test_a_single_outlet_story_takes_nothing(port_strike: Result) -> None:
    """The story only Dock Review tells has no origin and no copy."""
    assert taken_from(port_strike, port_strike.stories[1], story_groups(port_strike, 1)) == []


@pytest.mark.parametrize(
    ("dates", "direction", "origin"),
    [
        pytest.param({"a": "2025-03-11", "b": "2025-03-10"}, None, "b", id="earliest_date"),
        pytest.param({}, "b->a", "b", id="undated_by_pair_direction"),
        pytest.param({}, None, "a", id="undated_no_direction_first_listed"),
    ],
)
def test_origin_is_earliest_then_named_by_directions(
    dates: dict[str, str], direction: str | None, origin: str
) -> None:
    """Dates decide first; without them the pair direction; without that, story order."""
    docs = {
        d: document("x", d, published=dates[d]) if d in dates else document("x", d) for d in "ab"
    }
    pair = replace(aligned_pair("a", "b"), direction=direction)
    a, b = Version("a", (0,), None), Version("b", (0,), MatchKind.EDITED)
    assert group_origin(SentenceGroup("s", a, (a, b)), docs, [pair], ["a", "b"]) == origin


def test_paraphrases_have_no_origin() -> None:
    """A fact two outlets word independently was not copied from either."""
    a, b = Version("a", (0,), None), Version("b", (0,), MatchKind.PARAPHRASE)
    docs = {d: document("x", d) for d in "ab"}
    assert group_origin(SentenceGroup("s", a, (a, b)), docs, [], ["a", "b"]) is None
