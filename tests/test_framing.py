"""Framing notes for aligned sentences and framing profiles of whole articles."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compare.framing import cited_sources, framing_notes, framing_profile
from compare.lexicon import WORD_CHARS, phrase_pattern
from compare.segment import segment
from tests.helpers import document


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Speaking on Monday, Peskov said Western support placed NATO in confrontation.",
            "Speaking on Monday, Peskov claimed Western support placed NATO in confrontation.",
            [("attribution_verb", "said", "claimed")],
            id="attribution_verb",
        ),
        pytest.param(
            "Putin suggested that NATO had troops on the ground in Ukraine.",
            "Putin suggested, without evidence, that NATO had troops on the ground in Ukraine.",
            [("hedge_added", "", "without evidence")],
            id="hedge_added",
        ),
        pytest.param(
            "NATO instructors are reportedly training saboteurs for operations against Russia.",
            "NATO instructors are training saboteurs for operations against Russia.",
            [("hedge_removed", "reportedly", "")],
            id="hedge_removed",
        ),
        pytest.param(
            "These claims could not be independently verified by The Epoch Times.",
            "These claims were verified by The Epoch Times.",
            [
                ("hedge_removed", "could not be independently verified", ""),
                ("negation_removed", "not", ""),
            ],
            id="verification_caveat_removed",
        ),
        pytest.param(
            "At least 41 nations have contributed to Ukraine's military efforts since February 2022.",
            "At least 40 nations have contributed to Ukraine's military efforts since March 2022.",
            [("number_changed", "41, february", "40, march")],
            id="number_and_date_changed",
        ),
        pytest.param(
            "\u201cNATO is at war with Russia. This is undeniable,\u201d he declared.",
            "He declared that NATO was at war with Russia and that this was undeniable.",
            [("quote_removed", "NATO is at war with Russia. This is undeniable,", "")],
            id="quote_turned_into_paraphrase",
        ),
        pytest.param(
            "The alliance provides both explicit and implicit assistance to the Kyiv government.",
            "The alliance provides both explicit and implicit assistance to the Kyiv regime.",
            [("loaded_term", "", "kyiv regime")],
            id="loaded_term_swapped",
        ),
        pytest.param(
            "Moscow has consistently opposed any foreign military presence in Ukraine.",
            "Moscow has never opposed a foreign military presence in Ukraine.",
            [("negation_added", "", "never")],
            id="negation_added",
        ),
        pytest.param(
            "Sikorski highlighted the reluctance of Western nations to risk clashes.",
            "Sikorski highlighted the reluctance of Western nations to risk clashes.",
            [],
            id="identical",
        ),
    ],
)
def test_framing_differences_are_named(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    """Each kind of framing change between two versions of a fact gets its note."""
    assert [(n.kind, n.a, n.b) for n in framing_notes(a, b)] == expected


def test_profiles_of_the_seed_articles(seed_texts: list[str]) -> None:
    """One seed hedges with a verification caveat; the other quotes Peskov; both cite sources."""
    first, second = (
        framing_profile(doc, segment(doc))
        for doc in (document(seed_texts[0], "a"), document(seed_texts[1], "b"))
    )
    assert "could not be independently verified" in first.hedges
    assert "Reuters" in first.cited_sources
    assert "The Epoch Times" in first.cited_sources
    assert "NATO is at war with Russia. This is undeniable," in second.quotes
    assert "Germany's Kiel Institute" in second.cited_sources
    assert second.hedges == ()
    assert ("declared", 1) in second.attribution_verbs
    assert {"41", "2022", "32", "29"} <= set(second.numbers)


def test_cited_sources_follow_cue_words() -> None:
    """A capitalised name after "according to" or "told" is a cited source; a lower-case one is not."""
    text = "According to the Ministry of Defence, 12 drones fell. Officials told Reuters. According to officials, it rained."
    assert cited_sources(text) == ("Ministry of Defence", "Reuters")


@given(
    st.lists(
        st.sampled_from(["AP", "ap", "said", "-x", "]b", "Reuters", "U.S.", "\u0627\u064b"]),
        min_size=1,
        max_size=4,
    ),
    st.lists(
        st.sampled_from(["AP", "Ap", "said", "SAID", "-x", "]b", "Reuters", "U.S.", "\u0627\u064b"])
        | st.sampled_from([" ", "x", "(", ")", "."]),
        max_size=12,
    ).map("".join),
    st.sampled_from([0, re.IGNORECASE]),
)
def test_phrase_patterns_find_what_a_plain_alternation_does(
    phrases: list[str], text: str, flags: int
) -> None:
    """The look-ahead at first letters only speeds the search up: the same phrases are found at
    the same places as by the look-behind and alternation alone, in either case mode."""
    alternatives = "|".join(re.escape(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    plain = re.compile(rf"(?<!{WORD_CHARS})(?:{alternatives})(?!{WORD_CHARS})", flags)
    found = [m.span() for m in phrase_pattern(phrases, flags).finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
