"""The software a report names as having made it: fingerprints of the code and data files, and
the libraries' versions."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest

from compare.report.software import code_fingerprint, data_fingerprints, library_versions


def package(folder: Path, **written: bytes) -> Path:
    """A package folder holding ``written`` files, by their paths with "/" as "__"."""
    for name, content in written.items():
        path = folder / name.replace("__", "/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return folder


STAGE = b'"""A stage."""\n\nCUTOFF = 80\n'
TERMS = b'hedges = ["reportedly"]\n'


@pytest.mark.parametrize(
    ("changed", "same"),
    [
        pytest.param({"stage.py": STAGE.replace(b"80", b"85")}, False, id="a_module_edited"),
        pytest.param({"report__table.py": STAGE}, False, id="a_module_added_in_a_subpackage"),
        pytest.param({"stage.py": STAGE.replace(b"\n", b"\r\n")}, True, id="crlf_checkout"),
        pytest.param({"__pycache__/stage.cpython-312.pyc": b"\x00\x01"}, True, id="compiled_cache"),
        pytest.param({"terms.toml": TERMS + b'loaded_terms = ["regime"]\n'}, True, id="data_only"),
    ],
)
def test_the_code_fingerprint_changes_with_the_modules_alone(
    tmp_path: Path, changed: dict[str, bytes], same: bool
) -> None:
    """Two installs of one commit share the code's fingerprint, whatever line ends git checked
    out and whatever Python compiled; an edit to any module changes it; the data files have
    fingerprints of their own."""
    before = code_fingerprint(package(tmp_path / "a", **{"stage.py": STAGE, "terms.toml": TERMS}))
    after = package(tmp_path / "b", **{"stage.py": STAGE, "terms.toml": TERMS, **changed})
    assert (code_fingerprint(after) == before) is same


def test_each_data_file_has_its_own_fingerprint(tmp_path: Path) -> None:
    """A report names which word lists and model it was made with, each apart, so that a
    reader sees which of them changed: not the modules, nor the marker that the package is
    typed."""
    folder = package(
        tmp_path,
        **{"stage.py": STAGE, "py.typed": b"", "terms.toml": TERMS, "model.json": b"{}"},
    )
    first = data_fingerprints(folder)
    package(folder, **{"terms.toml": TERMS + b'loaded_terms = ["regime"]\n'})
    second = data_fingerprints(folder)
    assert sorted(first) == ["model.json", "terms.toml"]
    assert first["model.json"] == second["model.json"]
    assert first["terms.toml"] != second["terms.toml"]


def test_the_libraries_are_those_required_and_theirs_not_an_extras() -> None:
    """The libraries named are compare's requirements and what they require, as installed (a
    constraints file for a reviewer's pip), by pip's spelling of their names; none its tests
    alone need."""
    found = library_versions("compare")
    assert found is not None
    assert found["charset-normalizer"] == version("charset-normalizer")
    assert found["lxml-html-clean"] == version("lxml_html_clean")
    assert found["justext"] == version("justext")
    assert not {"pytest", "hypothesis", "mypy", "ruff"} & found.keys()
    assert list(found) == sorted(found)


def test_a_distribution_not_installed_names_no_libraries() -> None:
    """Run from a source tree it was not installed from, compare cannot tell what it requires:
    ``None``, as its version is."""
    assert library_versions("compare-not-installed-here") is None
