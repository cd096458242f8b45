"""Reading files and records into documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compare.read import InputError, find_credits, parse_date, read_paths

STORY = "Kremlin spokesman Dmitry Peskov has accused NATO of being a direct participant."


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_folders_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    """Files under a folder are read depth-first in sorted order, hidden ones left out."""
    write(tmp_path / "b" / "2.txt", STORY)
    write(tmp_path / "a.txt", STORY)
    write(tmp_path / "b" / "1.txt", STORY)
    write(tmp_path / ".hidden.txt", STORY)
    result = read_paths([str(tmp_path)])
    assert [Path(d.path).relative_to(tmp_path).as_posix() for d in result.documents] == [
        "a.txt",
        "b/1.txt",
        "b/2.txt",
    ]
    assert [d.id for d in result.documents] == ["a", "1", "2"]


def test_relative_paths_stay_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A path given relative to the working folder is reported relative, for reproducible reports."""
    write(tmp_path / "in" / "story.txt", STORY)
    monkeypatch.chdir(tmp_path)
    (doc,) = read_paths(["in"]).documents
    assert doc.path == "in/story.txt"


def test_markdown_front_matter_gives_metadata(tmp_path: Path) -> None:
    """Front matter supplies title, source, date and url; the text starts after it."""
    text = (
        "---\ntitle: Kremlin accuses NATO\nsource: Daily Herald\n"
        "date: January 14, 2025\nurl: https://example.org/a\n---\n" + STORY
    )
    (doc,) = read_paths([str(write(tmp_path / "a.md", text))]).documents
    assert (doc.title, doc.source, doc.published, doc.url) == (
        "Kremlin accuses NATO",
        "Daily Herald",
        "2025-01-14",
        "https://example.org/a",
    )
    assert doc.text == STORY


def test_source_defaults_to_the_file_name(tmp_path: Path) -> None:
    """Without metadata the source label is the file name."""
    (doc,) = read_paths([str(write(tmp_path / "wire_story.txt", STORY))]).documents
    assert doc.source == "wire_story"


def test_json_records_take_text_body_or_content(tmp_path: Path) -> None:
    """A JSON list holds one document a record, whichever text field it uses."""
    records = [
        {"id": "r1", "text": STORY, "outlet": "Daily", "published": "2025-01-14T08:00:00Z"},
        {"id": "r2", "body": ["First paragraph.", ["One sentence.", "Two."]], "source": "Wire"},
        {"id": "r3", "content": STORY, "title": "T"},
    ]
    result = read_paths([str(write(tmp_path / "feed.json", json.dumps(records)))])
    assert [(d.id, d.source, d.published) for d in result.documents] == [
        ("r1", "Daily", "2025-01-14"),
        ("r2", "Wire", None),
        ("r3", "r3", None),
    ]
    assert result.documents[1].text == "First paragraph.\nOne sentence. Two."


def test_broken_jsonl_lines_are_skipped_with_their_number(tmp_path: Path) -> None:
    """A broken JSON Lines record is skipped and named by line; the others are read."""
    lines = [json.dumps({"text": STORY}), "{not json", json.dumps({"title": "no text"})]
    result = read_paths([str(write(tmp_path / "feed.jsonl", "\n".join(lines)))])
    assert [d.id for d in result.documents] == ["feed-1"]
    assert [s.path.rsplit(":", 1)[1] for s in result.skipped] == ["2", "3"]
    assert result.skipped[0].reason.startswith("broken JSON line")
    assert "no text" in result.skipped[1].reason


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        pytest.param("a.pdf", b"%PDF-1.4", "unsupported file type .pdf", id="unsupported"),
        pytest.param("a.txt", b"", "empty file", id="empty"),
        pytest.param("a.txt", b" \n\t\n", "empty file", id="whitespace_only"),
        pytest.param("a.txt", b"\x00\x01\x02binary", "binary file, not text", id="binary"),
    ],
)
def test_unusable_files_are_skipped_with_a_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    """A file that holds no article becomes a skipped input naming the reason, not a document."""
    write(tmp_path / "good.txt", STORY)
    bad = write(tmp_path / name, content)
    result = read_paths([str(tmp_path)])
    assert [d.id for d in result.documents] == ["good"]
    assert [(s.path, s.reason) for s in result.skipped] == [(bad.as_posix(), reason)]


def test_unreadable_files_are_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the system refuses to read is skipped with the system's reason, not fatal."""
    locked = write(tmp_path / "locked.txt", STORY)
    write(tmp_path / "open.txt", STORY)

    def refuse(path: Path) -> bytes:
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return original(path)

    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = read_paths([str(tmp_path)])
    assert [d.id for d in result.documents] == ["open"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        (locked.as_posix(), "cannot read: Permission denied")
    ]


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    """A path that does not exist stops the run with a message naming it."""
    with pytest.raises(InputError, match=r"no such file or folder: .*nowhere"):
        read_paths([str(tmp_path / "nowhere")])


def test_a_path_given_twice_is_read_once(tmp_path: Path) -> None:
    """The same file named twice, directly and through its folder, is one document."""
    file = write(tmp_path / "a.txt", STORY)
    assert len(read_paths([str(file), str(tmp_path)]).documents) == 1


def test_excluded_folders_are_not_read(tmp_path: Path) -> None:
    """The report folder inside an input folder is never read back as input."""
    write(tmp_path / "a.txt", STORY)
    write(tmp_path / "reports" / "index.md", "# compare report")
    result = read_paths([str(tmp_path)], exclude=[tmp_path / "reports"])
    assert [d.id for d in result.documents] == ["a"]


def test_ids_are_unique_and_stable(tmp_path: Path) -> None:
    """Two files with one name in different folders get distinct ids, in input order."""
    write(tmp_path / "x" / "story.txt", STORY)
    write(tmp_path / "y" / "story.txt", STORY)
    assert [d.id for d in read_paths([str(tmp_path)]).documents] == ["story", "story-2"]


def test_windows_1252_text_and_crlf_are_decoded(tmp_path: Path) -> None:
    """Non-UTF-8 text is decoded as Windows-1252 and line endings become newlines."""
    raw = "Peskov\u2019s remarks \u2014 \u201cundeniable\u201d.\r\nSecond line.".encode("cp1252")
    (doc,) = read_paths([str(write(tmp_path / "a.txt", raw))]).documents
    assert doc.text == "Peskov\u2019s remarks \u2014 \u201cundeniable\u201d.\nSecond line."


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        pytest.param("Reuters contributed to this report.", ("Reuters",), id="contributed"),
        pytest.param("WASHINGTON (AP) \u2014 The Senate voted.", ("AP",), id="ap_dateline"),
        pytest.param("LONDON (Reuters) - Shares fell.", ("Reuters",), id="reuters_dateline"),
        pytest.param("Reporting by Jane Doe; Editing by AFP staff", ("AFP",), id="reporting_by"),
        pytest.param(
            "\u0627\u0633\u0644\u0627\u0645 \u0622\u0628\u0627\u062f (\u0627\u06d2 \u067e\u06cc \u067e\u06cc) \u0648\u0632\u06cc\u0631",
            ("APP",),
            id="urdu_app",
        ),
        pytest.param("Reuters reported that prices rose.", (), id="mention_is_not_credit"),
    ],
)
def test_wire_credits_are_recognised(text: str, credits: tuple[str, ...]) -> None:
    """Credit lines and datelines name the wire services an article credits."""
    assert find_credits(text) == credits


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-14", "2025-01-14"),
        ("2025-01-14T08:00:00+02:00", "2025-01-14"),
        ("14 January 2025", "2025-01-14"),
        ("03.08.14", "2014-08-03"),
        ("last week", None),
        ("", None),
    ],
)
def test_dates_become_iso(value: str, expected: str | None) -> None:
    """Common date spellings become ISO dates; anything else is unknown, not a guess."""
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("name", "content", "where", "reason"),
    [
        pytest.param(
            "deep.json", "[" * 100_000, "deep.json", "broken JSON: nested too deeply", id="nested"
        ),
        pytest.param(
            "empty.json", "[]", "empty.json", "no records: the JSON list is empty", id="empty_list"
        ),
        pytest.param(
            "n.json", "42", "n.json", "a record must be a JSON object, not int", id="number"
        ),
        pytest.param(
            "feed.jsonl",
            '["a list"]',
            "feed.jsonl:1",
            "a record must be a JSON object, not list",
            id="list_record",
        ),
    ],
)
def test_json_that_holds_no_record_is_skipped_with_a_reason(
    tmp_path: Path, name: str, content: str, where: str, reason: str
) -> None:
    """JSON that parses to no usable record, or does not parse at all, is named and skipped."""
    result = read_paths([str(write(tmp_path / name, content))])
    assert result.documents == ()
    assert [(s.path, s.reason) for s in result.skipped] == [((tmp_path / where).as_posix(), reason)]


def test_jsonl_strings_may_hold_unicode_line_separators(tmp_path: Path) -> None:
    """U+2028 inside a JSON string does not split a JSON Lines record."""
    records = [{"text": STORY + "\u2028Second line."}, {"text": STORY}]
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    result = read_paths([str(write(tmp_path / "feed.jsonl", text))])
    assert [d.id for d in result.documents] == ["feed-1", "feed-2"]
    assert result.skipped == ()


def test_folders_of_earlier_reports_are_not_read(tmp_path: Path) -> None:
    """A folder holding compare's report marker is left out, whatever its name."""
    write(tmp_path / "a.txt", STORY)
    write(tmp_path / "old-run" / "index.md", "# compare report")
    write(tmp_path / "old-run" / ".compare-files", "index.md\n")
    assert [d.id for d in read_paths([str(tmp_path)]).documents] == ["a"]


def test_the_default_source_is_the_path_below_the_given_folder(tmp_path: Path) -> None:
    """A folder per outlet gives distinct source labels to files of the same name."""
    write(tmp_path / "fox" / "story.txt", STORY)
    write(tmp_path / "nyt" / "story.txt", STORY)
    assert [d.source for d in read_paths([str(tmp_path)]).documents] == ["fox/story", "nyt/story"]
