"""Settings are checked once, when they are made."""

from __future__ import annotations

import pytest

from compare.candidates import can_band
from compare.settings import Settings, SettingsError


@pytest.mark.parametrize(
    ("values", "message"),
    [
        pytest.param(
            {"threshold": 1.5},
            "threshold must be in [0.05, 1], got 1.5 (a fraction, not a percentage: did you "
            "mean 0.015?)",
            id="threshold",
        ),
        pytest.param(
            {"min_similarity": 0.8},
            "min_similarity takes a score out of 100 (above 1), not a fraction: got 0.8; did you "
            "mean 80?",
            id="similarity_as_a_fraction",
        ),
        pytest.param(
            {"paraphrase_cutoff": 0.39},
            "paraphrase_cutoff takes a score out of 100 (above 1), not a fraction: got 0.39; did "
            "you mean 39?",
            id="paraphrase_cutoff_as_a_fraction",
        ),
        pytest.param(
            {"min_similarity": 0},
            "min_similarity takes a score out of 100 (above 1), not a fraction: got 0",
            id="similarity_of_none",
        ),
        pytest.param(
            {"min_similarity": -5}, "min_similarity must be in [0, 100], got -5", id="negative"
        ),
        pytest.param(
            {"copy_containment": 80},
            "copy_containment must be in [0, 1], got 80 (a fraction, not a percentage: did you "
            "mean 0.8?)",
            id="fraction_as_a_percentage",
        ),
        pytest.param(
            {"num_perm": 2000}, "num_perm must be in [16, 1024], got 2000", id="no_fraction"
        ),
        pytest.param({"num_perm": 0}, "num_perm must be in [16, 1024], got 0", id="num_perm"),
        pytest.param(
            {"num_perm": 100.9}, "num_perm must be a whole number, got 100.9", id="num_perm_float"
        ),
        pytest.param({"seed": -1}, "seed must be in [0, 4294967295], got -1", id="seed"),
        pytest.param(
            {"min_similarity": "80"}, "min_similarity must be a number, got '80'", id="string"
        ),
        pytest.param(
            {"copy_containment": 0.4},
            "containment thresholds must rise: partial <= derived <= copy",
            id="thresholds_order",
        ),
        pytest.param(
            {"partial_phrasing": 0.6},
            "phrasing thresholds must rise: partial <= derived",
            id="phrasing_order",
        ),
        pytest.param(
            {"partial_phrasing_alone": 0.05},
            "phrasing thresholds must rise: partial_phrasing <= partial_phrasing_alone",
            id="partial_phrasing_order",
        ),
    ],
)
def test_values_out_of_range_are_refused_with_the_valid_range(values: dict, message: str) -> None:
    """A bad value names the setting and what it may be."""
    with pytest.raises(SettingsError) as raised:
        Settings(**values)
    assert str(raised.value) == message


def test_defaults_are_valid_and_integers_count_as_numbers() -> None:
    """The defaults pass their own checks, and a whole number is a valid similarity."""
    assert Settings().num_perm == 192
    assert Settings(min_similarity=90).min_similarity == 90


@pytest.mark.parametrize(
    ("values", "message"),
    [
        pytest.param(
            {"threshold": 0.99},
            "threshold must be at most 0.98 with num_perm 192, got 0.99",
            id="default_num_perm",
        ),
        pytest.param(
            {"threshold": 1.0},
            "threshold must be at most 0.98 with num_perm 192, got 1",
            id="threshold_one",
        ),
        pytest.param(
            {"threshold": 0.9, "num_perm": 16},
            "threshold must be at most 0.86 with num_perm 16, got 0.9",
            id="fewest_permutations",
        ),
    ],
)
def test_a_threshold_the_lsh_cannot_band_is_refused(values: dict, message: str) -> None:
    """A threshold so high that datasketch would band its permutations in one band (which it
    refuses, mid-run) is refused when the settings are made, with the highest that works."""
    with pytest.raises(SettingsError) as raised:
        Settings(**values)
    assert str(raised.value).startswith(message + " (datasketch's LSH needs two bands or more")


@pytest.mark.parametrize(
    "values",
    [
        pytest.param({"threshold": 0.98}, id="highest_for_192"),
        pytest.param({"threshold": 0.86, "num_perm": 16}, id="always_banded"),
        pytest.param({"threshold": 0.99, "num_perm": 1024}, id="more_permutations"),
    ],
)
def test_the_highest_thresholds_that_band_are_accepted(values: dict) -> None:
    """The threshold a refusal names as the highest, and the one every num_perm bands, run."""
    settings = Settings(**values)
    assert can_band(settings.threshold, settings.num_perm)


def test_settings_are_given_by_name_only() -> None:
    """``Settings(90)`` is refused, not taken for the first field (``num_perm``) when a reader
    meant the similarity."""
    with pytest.raises(TypeError, match="positional"):
        Settings(90)  # type: ignore[misc]
