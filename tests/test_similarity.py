"""Sentence similarity signals and the paraphrase model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compare import similarity
from compare.segment import as_sentence
from compare.similarity import (
    FEATURES,
    features,
    paraphrase_model,
    same_root,
    same_spanish_root,
    stem,
)

MODEL = Path(__file__).resolve().parent.parent / "compare" / "paraphrase_model.json"


def test_the_shipped_model_weighs_every_feature() -> None:
    """The model file names exactly the features the code computes."""
    weights = json.loads(MODEL.read_text(encoding="utf-8"))["weights"]
    assert set(weights) == set(FEATURES)
    assert len(paraphrase_model().weights) == len(FEATURES)


@given(st.text(max_size=120), st.text(max_size=120))
def test_features_are_fractions(a: str, b: str) -> None:
    """Every signal lies in [0, 1] for any two texts, words or none."""
    values = features(as_sentence(a, "a"), as_sentence(b, "b"))
    assert len(values) == len(FEATURES)
    assert all(0.0 <= v <= 1.0 for v in values)


@pytest.mark.parametrize(
    ("a", "b", "paraphrase"),
    [
        pytest.param(
            "Polish Foreign Minister Radoslaw Sikorski called Western troops in Ukraine an open secret.",
            "The presence of Western troops in Ukraine is an open secret, Poland's foreign minister said.",
            True,
            id="reworded_fact",
        ),
        pytest.param(
            "Moscow has rejected these claims as baseless.",
            "The claims were rejected by Moscow as baseless.",
            True,
            id="passive_voice",
        ),
        pytest.param(
            "Of the alliance's 32 countries, 29 have funneled funds and supplied weaponry.",
            "Currently, NATO has expanded to 32 members, including Finland and Sweden.",
            False,
            id="same_story_other_fact",
        ),
        pytest.param(
            "The city council approved a budget for a new tram line.",
            "Peskov dismissed these hesitations as warfare.",
            False,
            id="unrelated",
        ),
    ],
)
def test_the_model_separates_paraphrases_from_related_sentences(
    a: str, b: str, paraphrase: bool
) -> None:
    """Reworded facts score above the default cutoff (40); other facts of the story below it."""
    score = 100 * paraphrase_model().probability(features(as_sentence(a, "a"), as_sentence(b, "b")))
    assert (score >= 40) is paraphrase


@pytest.mark.parametrize(
    ("a", "b", "one_root"),
    [
        pytest.param("terrorism", "terrorists", True, id="an_ism_and_its_ist"),
        pytest.param("terror", "terrorist", True, id="a_stem_that_begins_another"),
        pytest.param("occupation", "occupiers", True, id="the_act_and_those_who_do_it"),
        pytest.param("regime", "rebels", False, id="two_words"),
        pytest.param("war", "warned", False, id="a_stem_too_short_to_tell"),
        pytest.param("demonised", "demonized", True, id="british_and_american_spelling"),
    ],
)
def test_words_of_one_root(a: str, b: str, one_root: bool) -> None:
    """Words whose stems one begins the other are of one root, which Snowball does not tell
    ("terrorism" to "terror", "terrorist" left whole); a short stem ("war" of "warned") begins
    too many others to tell."""
    assert same_root(a, b) is one_root
    assert same_root(b, a) is one_root


@pytest.mark.parametrize(
    ("a", "b", "one_root"),
    [
        pytest.param("secuestró", "secuestraron", True, id="a_verbs_tenses"),
        pytest.param("encarcelados", "encarceló", True, id="a_participle_and_its_verb"),
        pytest.param("régimen", "regímenes", True, id="a_nouns_plural"),
        pytest.param("detuvo", "detenidos", False, id="an_irregular_stem_apart"),
        pytest.param("vándalos", "manifestantes", False, id="two_words"),
    ],
)
def test_spanish_forms_of_one_root_are_one(a: str, b: str, one_root: bool) -> None:
    """Spanish words whose Snowball stems begin one another are one root, either way round."""
    assert same_spanish_root(a, b) is one_root
    assert same_spanish_root(b, a) is one_root


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        pytest.param("pensión", "pensiones", "es", id="spanish_accented_singular"),
        pytest.param("manifestación", "manifestaciones", "es", id="spanish_plural_of_ion"),
        pytest.param("manifestação", "manifestações", "pt", id="portuguese_plural"),
        pytest.param("grève", "grèves", "fr", id="french_plural"),
        pytest.param("Festnahmen", "Festnahme", "de", id="german_plural"),
        pytest.param("pensione", "pensioni", "it", id="italian_plural"),
    ],
)
def test_words_stem_in_their_articles_language(a: str, b: str, language: str) -> None:
    """A word's forms stem alike in its own language, which the English stem keeps apart."""
    assert stem(a.casefold(), language) == stem(b.casefold(), language)
    assert stem(a.casefold()) != stem(b.casefold())


def test_sentence_profiles_kept_are_bounded() -> None:
    """However many sentences a large run aligns, the profiles kept for their pairs stay a
    story's worth (about 11 KB each, 350 MB once 32,768 were kept), and a profile dropped is
    made again alike."""
    similarity._profile.cache_clear()
    tram = as_sentence("The council approved 12 new tram stops on the east side on Monday.")
    first = features(tram, tram)
    for number in range(5_000):
        stop = as_sentence(f"Riverside council approved stop {number} of the tram line on Monday.")
        features(stop, tram)
    assert similarity._profile.cache_info().currsize <= 4_096
    assert features(tram, tram) == first
