"""Helpers shared by the tests: documents and sentences built in memory from real text."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.records import Document, Sentence
from compare.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WIRE_COPY = FIXTURES / "wire_copy"


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
