"""Shared fixtures: the seed articles, and the switch that refreshes golden files."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import settings

from compare.lexicon import use_terms
from tests.helpers import SEEDS


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden report files from the current output instead of comparing",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def package_terms_after() -> Iterator[None]:
    """Name framing with the package's word lists alone again after a test that adds its own
    (``compare --terms``, ``use_terms``): the lists are the process's."""
    yield
    use_terms()


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


# Property tests draw the same examples on every run, so CI never flakes on a new draw; explore
# with more, fresh examples by running `pytest --hypothesis-profile explore`. No example has a
# deadline: the first one of a test run alone loads the word lists (0.6 s on a loaded machine),
# and speed is measured by the benchmarks, not by tests.
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", max_examples=1000, deadline=None)
settings.load_profile("repeatable")
