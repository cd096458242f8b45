"""The accuracy harness reads any copy of the corpora and ends with its one summary line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.accuracy import main
from tests.helpers import SEEDS

WIRE = "Kremlin spokesman Dmitry Peskov has accused NATO of being a direct participant in the Ukraine conflict."
EDITED = "Kremlin spokesman Dmitry Peskov accused NATO of being a direct participant in the conflict in Ukraine."
OTHER = (
    "The Riverside city council on Tuesday approved a 48 million euro budget for a new tram line."
)
FINAL_LINE = {
    "msrp": r"accuracy: msrp n=\d+ precision=\d\.\d{3} recall=\d\.\d{3} f1=\d\.\d{3} lsh_recall=\d\.\d{3}",
    "pan": r"accuracy: pan n=\d+ precision=\d\.\d{3} recall=\d\.\d{3} f1=\d\.\d{3} lsh_recall=\d\.\d{3}",
    "counter": r"accuracy: counter n=\d+ precision=\d\.\d{3} recall=\d\.\d{3} f1=\d\.\d{3} macro_f1=\d\.\d{3}",
    "basil": r"accuracy: basil n=\d+ precision=\d\.\d{3} recall=\d\.\d{3} f1=\d\.\d{3} false_copies=\d+",
}


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def make_msrp(root: Path) -> None:
    rows = [
        "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String",
        f"1\t1\t2\t{WIRE}\t{EDITED}",
        f"0\t3\t4\t{WIRE}\t{OTHER}",
    ]
    write(root / "msr-paraphrase-corpus" / "msr_paraphrase_test.txt", "\n".join(rows) + "\n")


def make_pan(root: Path) -> None:
    write(root / "pan-test_s1.txt", f"{WIRE}\n{WIRE}\n")
    write(root / "pan-test_s2.txt", f"{EDITED}\n{OTHER}")
    write(root / "pan-test.labels", "1\n0\n")


def make_counter(root: Path) -> None:
    def xml(label: str, body: str) -> str:
        return (
            f'<?xml version="1.0" encoding="UTF-8"?><COUNTER_document classification="{label}" '
            f'newspaper="daily"><headline>T &amp; H</headline><body>{body}</body></COUNTER_document>'
        )

    seed = (SEEDS / "001_76f1b8fd61e199a7.txt").read_text(encoding="utf-8")
    write(root / "COUNTER" / "0001.xml", xml("", seed))
    write(root / "COUNTER" / "0001P.xml", xml("WD", seed))
    write(root / "COUNTER" / "0002.xml", xml("", seed))
    write(root / "COUNTER" / "0002p.xml", xml("ND", OTHER))


def make_basil(root: Path) -> None:
    seeds = [p.read_text(encoding="utf-8").split("\n") for p in sorted(SEEDS.glob("*.txt"))]
    for n, (event, body) in enumerate([("e1", seeds[0]), ("e1", seeds[1]), ("e2", [OTHER])]):
        article = {
            "source": ["fox", "nyt"][n % 2],
            "title": f"Title {n}",
            "date": "2019-03-25",
            "url": "",
            "triplet-uuid": event,
            "body-paragraphs": [[paragraph] for paragraph in body],
        }
        write(root / "articles" / "2019" / f"{event}_{n}.json", json.dumps(article))
        spans = [
            {"bias": "lex", "id": "p0", "start": 0, "end": 7},
            {"bias": "lex", "id": "p9", "start": 0, "end": 3},
        ]
        write(
            root / "annotations" / "2019" / f"{event}_{n}_ann.json",
            json.dumps({"phrase-level-annotations": spans}),
        )


@pytest.mark.parametrize(
    ("corpus", "make", "expected"),
    [
        pytest.param("msrp", make_msrp, "n=2 precision=1.000 recall=1.000 f1=1.000", id="msrp"),
        pytest.param("pan", make_pan, "n=2 precision=1.000 recall=1.000 f1=1.000", id="pan"),
        pytest.param(
            "counter", make_counter, "n=2 precision=1.000 recall=1.000 f1=1.000", id="counter"
        ),
        pytest.param(
            "basil",
            make_basil,
            "n=3 precision=1.000 recall=1.000 f1=1.000 false_copies=0",
            id="basil",
        ),
    ],
)
def test_each_corpus_ends_with_its_summary_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    corpus: str,
    make,
    expected: str,  # type: ignore[no-untyped-def]
) -> None:
    """A small copy of each corpus in its layout (test file names, an upper-case P, a missing
    final newline, an annotation on a sentence the article lacks) is scored without error."""
    make(tmp_path)
    assert main([corpus, str(tmp_path)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(FINAL_LINE[corpus], last)
    assert expected in last


def test_a_folder_without_the_corpus_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder that does not hold the corpus gets a clear error and exit code 2."""
    assert main(["msrp", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith("error: expected one msr_paraphrase_*.txt pair file")
