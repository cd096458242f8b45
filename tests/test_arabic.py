"""Tests for compare.arabic: Arabic script's letters read in one spelling for matching."""

from __future__ import annotations

import re

import pytest

from compare.arabic import VERB_PROCLITICS, in_one_spelling, spelt_any_way, with_proclitics
from compare.pipeline import compare_documents
from compare.records import MatchKind
from compare.segment import matching_key, words
from tests.helpers import document

# A wire's sentence, and the same sentence as a diaspora site re-types it: a bare alef for the
# hamza's, heh for a final teh marbuta, yeh for alef maksura; and the wire with its vowels.
WIRE = "وأعربت نقابة المعلمين عن أسفها لقرار الوزارة، ودعت إلى إعادة النظر فيه خلال الأسبوع المقبل."
RETYPED = (
    "واعربت نقابه المعلمين عن اسفها لقرار الوزاره، ودعت الي اعاده النظر فيه خلال الاسبوع المقبل."
)
VOWELLED = (
    "وأعربت نقابةُ المعلمين عن أسفِها لقرار الوزارة، ودعت إلى إعادةِ النظر فيه خلال الأسبوع المقبل."
)


@pytest.mark.parametrize(
    "copy", [pytest.param(RETYPED, id="re_typed"), pytest.param(VOWELLED, id="tashkeel")]
)
def test_a_copy_spelt_otherwise_is_the_same_sentence(copy: str) -> None:
    """A verbatim copy re-typed with bare alefs, heh for teh marbuta and yeh for alef maksura,
    or written with its short vowels, has the wire's words and key: it is a copy, not an
    edit."""
    assert words(copy) == words(WIRE)
    assert matching_key(copy) == matching_key(WIRE)
    result = compare_documents(
        [document(WIRE, "wire", "وكالة الأنباء"), document(copy, "copy", "صوت المهجر")],
        single_story=True,
    )
    ((match,),) = [pair.matches for pair in result.pairs]
    assert match.kind is MatchKind.VERBATIM
    assert match.framing == ()


def test_urdu_letters_are_read_as_before() -> None:
    """Urdu's own yeh, keheh and heh goal are Arabic's yeh, kaf and heh, as they were: an Urdu
    text typed on an Arabic keyboard is the same text."""
    assert in_one_spelling("پولیس نے کہا") == in_one_spelling("پوليس نے كها")


def test_a_word_read_in_one_spelling_is_found_as_written() -> None:
    """The pattern of a word read in one spelling finds it as the article writes it, vowels and
    kashida included, and no other word."""
    pattern = re.compile(spelt_any_way(in_one_spelling("الإرهابيين")))
    assert pattern.fullmatch("الإرهابيين")
    assert pattern.fullmatch("الإرهـــابيِّين")
    assert not pattern.fullmatch("المقاتلين")


def test_arabic_words_take_their_proclitics_and_urdu_words_none() -> None:
    """An Arabic verb takes "و" and "ف", a noun the article and prepositions too ("لل" for "ل"
    with the article); an Urdu word takes none."""
    assert with_proclitics("زعم", VERB_PROCLITICS) == ["زعم", "وزعم", "فزعم"]
    assert {"وميليشيات", "بالميليشيات", "للميليشيات"} <= set(with_proclitics("ميليشيات"))
    assert "للمقاتلين" in with_proclitics("المقاتلين")
    assert with_proclitics("بتایا", VERB_PROCLITICS) == ["بتایا"]
