"""The README's Python examples run as printed, against a copy of the seeds."""

import re
import shutil
from pathlib import Path

import pytest

from compare.report.markdown import FRAMING_LABELS
from tests.helpers import ROOT, SEEDS

EXAMPLES = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)


def _run(example: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(SEEDS, folder / "seeds")
    monkeypatch.chdir(folder)
    exec(compile(example, "README.md", "exec"), {})


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"example_{n}" for n in range(len(EXAMPLES))])
def test_the_readme_examples_run(
    example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    _run(example, tmp_path, monkeypatch)
    assert capsys.readouterr().out


@pytest.mark.parametrize(
    ("opening", "printed"),
    [
        pytest.param("(pair,) = compare_documents", "copy w1\n", id="pair"),
        pytest.param("framing=False", "['w1', 'p1']\n", id="dedup"),
    ],
)
def test_the_readme_documents_examples_print_what_they_say(
    opening: str,
    printed: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    """The examples that compare documents in memory print what their comments say."""
    (example,) = [e for e in EXAMPLES if opening in e]
    _run(example, tmp_path, monkeypatch)
    assert capsys.readouterr().out == printed


def test_the_readme_names_every_framing_note() -> None:
    """The README's table of framing notes has a row for each kind the reports name, by the
    label a report shows and the kind report.json gives."""
    readme = (ROOT / "README.md").read_text()
    rows = [line for line in readme.splitlines() if line.startswith("| ") and "`" in line]
    for kind, label in FRAMING_LABELS.items():
        shown = label.removesuffix(" added").removesuffix(" removed").removesuffix(" changed")
        assert any(shown in row and f"`{kind.value}`" in row for row in rows), label
