"""Phrase look-up among a sentence's words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compare.lexicon import Phrases

HEDGES = Phrases.of(["reportedly", "could not be verified", "not be", "it should be noted"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("the claim could not be verified", {"could not be verified"}, id="long"),
        pytest.param("it could not be said", {"not be"}, id="shorter_after_a_miss"),
        pytest.param(
            "reportedly it should be noted reportedly",
            {"reportedly", "it should be noted"},
            id="several",
        ),
        pytest.param("nothing to see", set(), id="none"),
    ],
)
def test_phrases_are_found_as_whole_words(sentence: str, expected: set[str]) -> None:
    """Each phrase is found where its words follow one another; a phrase inside a longer one
    that matched is not found again."""
    assert HEDGES.find(sentence.split()) == expected


@given(st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=12))
def test_the_longest_phrase_at_a_word_wins_and_covers_its_words(tokens: list[str]) -> None:
    """Scanning left to right, the longest phrase starting at a word is taken, and the words it
    covers start no other phrase: the same as trying every position in turn."""
    phrases = Phrases.of(["a b c", "a b", "b c", "c", "d a"])
    expected, position = set(), 0
    while position < len(tokens):
        match = next(
            (
                p
                for p in ("a b c", "a b", "b c", "c", "d a")
                if tokens[position:][: len(p.split())] == p.split()
            ),
            None,
        )
        if match:
            expected.add(match)
        position += len(match.split()) if match else 1
    assert phrases.find(tokens) == expected
