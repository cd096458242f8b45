"""Whether one article's headline is another's, word for word or edited."""

from __future__ import annotations

import pytest

from compare.headlines import headline_reuse
from compare.records import HeadlineReuse
from compare.settings import Settings

# The names two articles write inside their sentences (templates.names_inside), one set each.
NAMED_IN = (frozenset({"carrow", "jane", "okafor"}), frozenset({"carrow", "okafor", "mill"}))


@pytest.mark.parametrize(
    ("a_title", "b_title", "expected"),
    [
        pytest.param(
            "Carrow council to rebuild flood-hit footbridge by spring",
            "Carrow council to rebuild flood-hit footbridge by spring",
            HeadlineReuse.SAME,
            id="word_for_word",
        ),
        pytest.param(
            "Council\u2019s plan to rebuild the \u201cflood-hit\u201d footbridge",
            'COUNCIL\'S PLAN TO  REBUILD THE "FLOOD-HIT" FOOTBRIDGE',
            HeadlineReuse.SAME,
            id="case_quotes_and_spacing_aside",
        ),
        pytest.param(
            "Carrow council to rebuild flood-hit footbridge by spring",
            "Council to rebuild flood-hit footbridge by spring",
            HeadlineReuse.EDITED,
            id="a_word_cut",
        ),
        pytest.param(
            "Broccoli compound may help protect against bowel cancer, Harrowgate study suggests",
            "Broccoli compound may help protect against bowel cancer",
            HeadlineReuse.EDITED,
            id="a_clause_cut",
        ),
        pytest.param(
            "Fire at Carrow mill",
            "Firefighters tackle blaze at old Carrow flour mill overnight",
            None,
            id="own_headlines",
        ),
        pytest.param(
            "Fire at Carrow mill",
            "Fire at Ely mill",
            None,
            id="another_place",
        ),
        pytest.param("Jane Okafor", "Jane Okafor", None, id="a_name_alone"),
        pytest.param("Carrow Mill", "Carrow Mill", None, id="a_place_alone"),
        pytest.param("Fire at Carrow mill", None, None, id="no_headline"),
        pytest.param("—", "—", None, id="no_word"),
    ],
)
def test_two_headlines_are_one_when_the_aligner_would_take_them_for_one_sentence(
    a_title: str, b_title: str | None, expected: HeadlineReuse | None
) -> None:
    """Headlines are the same when their words are, edited when one is the other edited as an
    aligned sentence is, and not compared when one names only who or where."""
    assert headline_reuse(a_title, b_title, NAMED_IN, Settings()) is expected


def test_a_headline_is_edited_only_as_alike_as_min_similarity_asks() -> None:
    """A stricter ``min_similarity`` takes fewer headlines for edits of each other, as it takes
    fewer sentences."""
    a, b = "Council approves new budget for Carrow", "Council approves a new budget in Carrow"
    assert headline_reuse(a, b, NAMED_IN, Settings()) is HeadlineReuse.EDITED
    assert headline_reuse(a, b, NAMED_IN, Settings(min_similarity=95)) is None


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Live updates", id="live_updates"),
        pytest.param("Breaking News", id="breaking_news"),
        pytest.param("In brief", id="in_brief"),
        pytest.param("Letters to the editor", id="letters_to_the_editor"),
        pytest.param("Opinion: The Latest", id="section_words"),
    ],
)
def test_a_headline_that_names_a_page_or_section_is_not_compared(title: str) -> None:
    """Two live blogs or two briefs that share a page's or a section's title, of fewer than three
    telling words, did not take it from each other."""
    assert headline_reuse(title, title, NAMED_IN, Settings()) is None


def test_a_short_headline_of_three_telling_words_is_still_compared() -> None:
    """A headline of three telling words beside function words is a story's, taken word for
    word when two articles print it."""
    title = "Fire at the old Carrow mill"
    assert headline_reuse(title, title, NAMED_IN, Settings()) is HeadlineReuse.SAME
