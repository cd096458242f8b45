"""Tests for compare.cache: what each input file gives, kept on disk by its bytes, so that a
nightly check does not parse its archive again."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from compare import cache as cache_module
from compare import read as read_module
from compare.cache import DiskCache
from compare.cli import app

WIRE = {
    "id": "nwire-tram",
    "source": "Northgate Wire",
    "date": "2026-03-02",
    "text": "The Harrowby city council approved a 41 million pound tram extension on Monday "
    "after a four-hour debate. Councillors voted 9 to 4 for the plan, which adds six stops "
    "between the station and the hospital. Work is due to start in the autumn.",
}
REWRITE = {
    "id": "dispatch-tram",
    "source": "Harrowby Dispatch",
    "date": "2026-03-03",
    "text": "Harrowby's council approved a 41 million pound tram extension on Monday after a "
    "heated four-hour debate. Councillors voted 9 to 4 for the plan, which adds six stops "
    "between the station and the hospital. Shopkeepers on Mill Road said they feared a year "
    "of roadworks.",
}
FERRY_PAGE = """<html><head><title>Ferry fares rise</title>
<meta name="author" content="Ada Brenn"><meta property="article:published_time"
content="2026-03-01"></head><body><article><h1>Ferry fares rise</h1>
<p>Island Ferries will raise fares by 6 percent from April, the operator said on Sunday.</p>
<p>A return ticket to Marlow Isle will cost 14 pounds.</p></article></body></html>"""
NEW = (
    "Tram plan approved\n\nHarrowby's council approved a 41 million pound tram extension on "
    "Monday after a four-hour debate. Councillors voted 9 to 4 for the plan, which adds six "
    "stops between the station and the hospital. Residents will be consulted in May.\n"
)

runner = CliRunner()


@pytest.fixture
def night(tmp_path: Path) -> Path:
    """A new article and an archive of a feed and a saved page; the folder holding both."""
    archive = tmp_path / "archive"
    archive.mkdir()
    lines = (json.dumps(record) for record in (WIRE, REWRITE))
    (archive / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (archive / "ferry.html").write_text(FERRY_PAGE, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    return tmp_path


def check(night: Path, *extra: str) -> Result:
    return runner.invoke(
        app,
        [
            "check",
            str(night / "new.txt"),
            "--against",
            str(night / "archive"),
            "--format",
            "json",
            "-q",
            *extra,
        ],
    )


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files parsed from here on (not taken from a cache), as shown."""
    seen: list[str] = []
    parse = read_module._read_file

    def counted(shown: str, *args: object) -> Iterator[object]:
        seen.append(Path(shown).name)
        return parse(shown, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(read_module, "_read_file", counted)
    return seen


def test_a_check_with_a_cache_prints_what_it_prints_without(
    night: Path, tmp_path: Path, parsed: list[str]
) -> None:
    """A check run twice with a cache prints byte for byte what it prints without one, and the
    second run parses no file: each file's documents come from the cache."""
    store = str(tmp_path / "store")
    uncached = check(night)
    assert uncached.exit_code == 0, uncached.stderr
    parsed.clear()
    cold = check(night, "--cache", store)
    assert sorted(parsed) == ["feed.jsonl", "ferry.html", "new.txt"]
    parsed.clear()
    warm = check(night, "--cache", store)
    assert parsed == []
    assert cold.stdout == warm.stdout == uncached.stdout
    assert json.loads(warm.stdout)["pairs"], "the new article rewrites the archive's"
    assert not warm.stderr


def test_a_changed_file_is_read_again(night: Path, tmp_path: Path, parsed: list[str]) -> None:
    """A feed whose record was corrected since the last night is parsed again, and the check
    reads the corrected text, not the one kept."""
    store = str(tmp_path / "store")
    check(night, "--cache", store)
    corrected = {**REWRITE, "text": REWRITE["text"].replace("9 to 4", "8 to 5")}
    lines = (json.dumps(record) for record in (WIRE, corrected))
    (night / "archive" / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    parsed.clear()
    warm = check(night, "--cache", store)
    assert parsed == ["feed.jsonl"]
    texts = {d["id"]: d["text"] for d in json.loads(warm.stdout)["documents"]}
    assert "voted 8 to 5" in texts["dispatch-tram"]
    assert warm.stdout == check(night).stdout


def test_another_version_of_compare_reads_every_file_again(
    night: Path, tmp_path: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry made by another version of compare (or of a library it reads with) is never
    taken: its key names what made it."""
    store = str(tmp_path / "store")
    check(night, "--cache", store)
    monkeypatch.setattr(cache_module, "software", lambda: {"code": "another version"})
    parsed.clear()
    check(night, "--cache", store)
    assert sorted(parsed) == ["feed.jsonl", "ferry.html", "new.txt"]


def test_damaged_entries_are_read_again_with_one_warning(night: Path, tmp_path: Path) -> None:
    """Entries cut short (a disk that filled) are ignored: the files are parsed again, the
    output is the same, one warning says so, and the entries written again are taken next time."""
    store = tmp_path / "store"
    cold = check(night, "--cache", str(store))
    entries = sorted(store.rglob("*.pickle"))
    assert len(entries) == 3
    for entry in entries:
        entry.write_bytes(entry.read_bytes()[:20])
    damaged = check(night, "--cache", str(store))
    assert damaged.exit_code == 0
    assert damaged.stdout == cold.stdout
    warnings = damaged.stderr.splitlines()
    assert len(warnings) == 1
    assert warnings[0].startswith(
        f"warning: ignored 3 entries of the cache {store} that could not be loaded"
    )
    assert not check(night, "--cache", str(store)).stderr


def test_a_cache_inside_the_archive_is_written_there_and_not_read(night: Path) -> None:
    """A cache kept inside the archive folder is said to be, and its entries are never read as
    articles (nor warned of as files of an unsupported type), by a run without the cache too:
    the folder is tagged a cache (CACHEDIR.TAG, which backup tools skip by too)."""
    store = night / "archive" / "cache"
    first = check(night, "--cache", str(store))
    second = check(night, "--cache", str(store))
    assert first.stdout == second.stdout == check(night).stdout
    assert second.stderr.splitlines() == [
        f"note: --cache {store} is inside the input {night / 'archive'}: its entries are "
        "written there, and are not read as articles"
    ]


def test_a_cache_that_holds_an_input_is_refused(night: Path) -> None:
    """A cache folder that holds the archive would leave it out: one line, exit 2."""
    result = check(night, "--cache", str(night))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: --cache {night} holds the input {night / 'new.txt'}: keep the cache in a "
        "folder of its own, such as --cache ~/.cache/compare"
    ]


def test_an_entry_is_renamed_into_place_whole(tmp_path: Path) -> None:
    """Saving leaves the entry and no temporary file beside it: two runs sharing the folder
    each see a whole entry or none, and the second save of a key replaces the first."""
    store = DiskCache(tmp_path)
    key = store.key("read", b"Fares rise 6 percent.")
    store.save(key, ("first",))
    store.save(key, ("second",))
    assert {p.name for p in tmp_path.rglob("*") if p.is_file()} == {
        "CACHEDIR.TAG",
        f"{key}.pickle",
    }
    assert store.load(key) == ("second",)
    assert store.unreadable == []


def test_keys_tell_their_parts_apart(tmp_path: Path) -> None:
    """Parts are keyed with their lengths: a file shown as "ab" with label "c" is not one shown
    as "a" with label "bc"."""
    store = DiskCache(tmp_path)
    assert store.key("ab", "c") != store.key("a", "bc")
