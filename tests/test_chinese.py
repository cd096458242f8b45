"""Chinese in one script: Traditional text read as Simplified, character for character."""

from __future__ import annotations

import pytest

from compare.chinese import in_simplified, script, words_of

# A port's notice as a mainland wire writes it, and as a Hong Kong paper runs it converted.
SIMPLIFIED = "海州港务局3日声称，受强降雨影响，港区暂停集装箱装卸作业。"
TRADITIONAL = "海州港務局3日聲稱，受強降雨影響，港區暫停集裝箱裝卸作業。"


def test_traditional_text_is_read_in_simplified_one_character_for_one() -> None:
    """A Traditional text reads as its Simplified twin, as long as written, so that an offset
    into the one is an offset into the other."""
    folded = in_simplified(TRADITIONAL)
    assert folded == SIMPLIFIED
    assert len(folded) == len(TRADITIONAL)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(SIMPLIFIED, id="simplified"),
        pytest.param("乾隆年间的著名学者", id="characters_traditional_in_a_simplified_phrase"),
        pytest.param("The port closed on Monday.", id="no_han"),
    ],
)
def test_a_text_in_simplified_or_without_han_is_left_as_it_is(text: str) -> None:
    """Simplified text is not changed, nor its characters that are Traditional ones too
    ("乾隆", an emperor, is no "干隆"); nor text in other letters."""
    assert in_simplified(text) == text


def test_traditional_words_are_cut_as_their_simplified_twins() -> None:
    """jieba's dictionary is Simplified: Traditional text cut as it is came out one character
    a word ("聲", "稱"); read in Simplified, it is cut into the same words."""
    assert words_of(TRADITIONAL) == words_of(SIMPLIFIED)
    assert "声称" in words_of(TRADITIONAL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(TRADITIONAL, "Traditional", id="traditional"),
        pytest.param(SIMPLIFIED, "Simplified", id="simplified"),
        pytest.param("Port chief Li Minghui (李明輝) said so.", None, id="a_name_in_english"),
        pytest.param("台風が港を直撃した。", None, id="japanese"),
    ],
)
def test_the_script_of_a_chinese_text_is_told(text: str, expected: str | None) -> None:
    """A Chinese text is in Traditional or Simplified; an English report that gives a name in
    Chinese, and Japanese, are in neither."""
    assert script(text) == expected
