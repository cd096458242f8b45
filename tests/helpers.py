"""Helpers shared by the tests: documents and sentences built in memory from real text."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from compare.records import (
    Document,
    FramingNote,
    Match,
    MatchKind,
    PairComparison,
    Sentence,
    Span,
    Verdict,
)
from compare.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WIRE_COPY = FIXTURES / "wire_copy"
PORT_STRIKE = FIXTURES / "port_strike"
# A Xinhua dispatch, a paper's rewrite of it, another paper's own report, an unrelated story.
CHINESE = FIXTURES / "chinese"
# A Kyodo dispatch, a paper that runs it under Kyodo's dateline, a broadcaster's own report that
# takes two of its sentences, another outlet's own report, an unrelated story.
JAPANESE = FIXTURES / "japanese"


def document(text: str, id: str = "d", source: str | None = None, **meta: str) -> Document:
    """A document built in memory, as the reader would build it from a plain file."""
    return Document(
        id=id,
        path=f"{id}.txt",
        source=source or id,
        title=meta.get("title"),
        published=meta.get("published"),
        url=meta.get("url"),
        text=text,
    )


def sentence(text: str, id: str = "d") -> Sentence:
    """The single sentence of ``text``."""
    (only,) = segment(document(text, id))
    return only


def refuse_to_read(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make reading any file called ``name`` fail as a file without read permission does.

    (chmod cannot do it when the tests run as root.)
    """
    original = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.name == name:
            raise PermissionError(13, "Permission denied")
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)


def refuse_to_list(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make any folder called ``name`` fail to be listed or searched, as a folder without read
    and search permission does (chmod cannot do it when the tests run as root)."""
    scandir, stat = os.scandir, Path.stat

    def refuse_listing(path: Any = ".") -> Any:
        if Path(path).name == name:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    def refuse_search(path: Path, **options: Any) -> os.stat_result:
        if path.parent.name == name:
            raise PermissionError(13, "Permission denied", str(path))
        return stat(path, **options)

    monkeypatch.setattr(os, "scandir", refuse_listing)
    monkeypatch.setattr(Path, "stat", refuse_search)


def aligned_pair(
    a: str,
    b: str,
    links: Sequence[tuple[int, int, MatchKind]] = (),
    verdict: Verdict = Verdict.INDEPENDENT,
    contained: tuple[float, float] = (0.0, 0.0),
    framing: Sequence[str] = (),
    story: str = "story-001",
) -> PairComparison:
    """A compared pair built by hand: which sentences align, how, and the verdict."""
    matches = tuple(
        Match(
            Span((i,), 0, 0, ""),
            Span((j,), 0, 0, ""),
            100.0,
            kind,
            framing=tuple(FramingNote(note, "", "") for note in framing),
        )
        for i, j, kind in links
    )
    return PairComparison(
        a, b, story, verdict, None, *contained, 0.0, 0.0, 0.0, 0.0, 0, matches, (), (), 0.0
    )
