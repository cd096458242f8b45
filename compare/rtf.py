"""The text of a Rich Text Format document: its paragraphs, without its fonts, styles and pictures.

A small reader of RTF's text runs, enough for what word processors and WordPad write: control
words that stand for characters (``\\par``, ``\\tab``, ``\\ldblquote``), ``\\'hh`` bytes in the code
page the document declares (``\\ansicpg1252``), ``\\uN`` characters with their fallbacks left out
(``\\ucN``), and the groups that hold no text of the document skipped (the font and colour tables,
the style sheet, the document's information, pictures, and every ``{\\*\\...}`` destination).
A font's own character set (``\\fcharset``) is not followed: the declared code page reads every
``\\'hh``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

# An RTF file opens so; "{\rtf1" in practice.
RTF_MARK = b"{\\rtf"
# One token: a control word and its number, a byte in hex, a control symbol, a brace, a line
# break of the file (not of the text) or a run of text.
TOKEN = re.compile(
    r"\\(?P<word>[a-zA-Z]{1,32})(?P<number>-?\d{1,10})? ?"
    r"|\\'(?P<byte>[0-9a-fA-F]{2})"
    r"|\\(?P<symbol>[^a-zA-Z'])"
    r"|(?P<brace>[{}])"
    r"|[\r\n]+"
    r"|(?P<text>[^\\{}\r\n]+)"
)
# Groups whose content is no text of the document.
SKIPPED_GROUPS = frozenset(
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl",
        "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "listtable",
        "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl", "fldinst",
        "themedata", "colorschememapping", "datastore", "latentstyles", "filetbl", "pgdsctbl",
    }
)  # fmt: skip
# Control words that stand for characters.
CHARACTERS = {
    "par": "\n",
    "sect": "\n",
    "page": "\n",
    "line": "\n",
    "row": "\n",
    "cell": "\t",
    "tab": "\t",
    "emdash": "\u2014",
    "endash": "\u2013",
    "emspace": "\u2003",
    "enspace": "\u2002",
    "bullet": "\u2022",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
}
SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": "\u00a0", "_": "\u2011", "-": "", "\n": "\n"}
DEFAULT_CODE_PAGE = "cp1252"
# How many characters stand in for each \uN character, unless \ucN says otherwise.
DEFAULT_FALLBACK = 1


class RtfError(ValueError):
    """The bytes are not an RTF document that can be read; the message says why, in one line."""


@dataclass(slots=True)
class _Group:
    """What a group of the document is read with: whether its text is skipped, and how many
    characters each ``\\uN`` character's fallback takes."""

    skipped: bool = False
    fallback: int = DEFAULT_FALLBACK


@dataclass(slots=True)
class _Reader:
    """The state of one document's reading: its groups, its text and its pending bytes."""

    code_page: str = DEFAULT_CODE_PAGE
    groups: list[_Group] = field(default_factory=lambda: [_Group()])
    pieces: list[str] = field(default_factory=list)
    pending: bytearray = field(default_factory=bytearray)
    # Characters of a \uN character's fallback still to leave out.
    to_skip: int = 0
    # Whether the group just opened: a destination's control word comes first in it.
    group_opened: bool = False

    @property
    def group(self) -> _Group:
        return self.groups[-1]

    def add(self, text: str) -> None:
        if not self.group.skipped:
            self.flush()
            self.pieces.append(text)

    def flush(self) -> None:
        if self.pending:
            self.pieces.append(bytes(self.pending).decode(self.code_page, errors="replace"))
            self.pending.clear()


def rtf_text(raw: bytes) -> str:
    """The text of an RTF document, a paragraph a line.

    Raises:
        RtfError: the bytes do not open as RTF, or its groups do not close.

    >>> rtf_text(rb"{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Calibri;}}\\f0 Sold for \\'a31.2m.\\par \\ldblquote No,\\rdblquote  she said.\\par}")
    'Sold for £1.2m.\\n“No,” she said.\\n'
    >>> rtf_text(rb"{\\rtf1\\uc1 Caf\\u233?\\par}")
    'Café\\n'
    """
    if not raw.lstrip().startswith(RTF_MARK):
        raise RtfError("not an RTF document: it does not open with {\\rtf")
    reader = _Reader()
    # Latin-1 maps each byte to one character: \'hh and text runs keep their bytes.
    source = raw.decode("latin-1")
    for token in TOKEN.finditer(source):
        opened, reader.group_opened = reader.group_opened, False
        if brace := token["brace"]:
            _brace(reader, brace)
        elif byte := token["byte"]:
            if reader.to_skip:
                reader.to_skip -= 1
            elif not reader.group.skipped:
                reader.pending.append(int(byte, 16))
        elif word := token["word"]:
            _control_word(reader, word, token["number"], opened=opened)
        elif symbol := token["symbol"]:
            if symbol == "*":
                # An ignorable destination: a reader that does not know it skips the group.
                reader.group.skipped = reader.group.skipped or opened
            elif reader.to_skip:
                reader.to_skip -= 1
            elif symbol in SYMBOLS:
                reader.add(SYMBOLS[symbol])
        elif text := token["text"]:
            skipped, reader.to_skip = (
                min(reader.to_skip, len(text)),
                max(0, reader.to_skip - len(text)),
            )
            if text[skipped:]:
                reader.add(
                    text[skipped:].encode("latin-1").decode(reader.code_page, errors="replace")
                )
    if len(reader.groups) > 1:
        raise RtfError("a broken RTF document: a group is not closed (the file is cut short?)")
    reader.flush()
    # A character beyond the Basic Multilingual Plane is written as two \\uN, its surrogates.
    return (
        "".join(reader.pieces).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    )


def _brace(reader: _Reader, brace: str) -> None:
    reader.to_skip = 0
    if brace == "{":
        reader.groups.append(_Group(reader.group.skipped, reader.group.fallback))
        reader.group_opened = True
    elif len(reader.groups) > 1:
        reader.flush()
        reader.groups.pop()


def _control_word(reader: _Reader, word: str, number: str | None, *, opened: bool) -> None:
    if word == "ansicpg" and number:
        code_page = f"cp{number}"
        try:
            codecs.lookup(code_page)
        except LookupError:
            raise RtfError(f"an RTF document in code page {number}, which is not known") from None
        reader.code_page = code_page
    elif word == "uc" and number:
        reader.group.fallback = max(0, int(number))
    elif word == "u" and number:
        reader.add(chr(int(number) % 0x10000))
        reader.to_skip = reader.group.fallback
    elif word in SKIPPED_GROUPS and opened:
        reader.group.skipped = True
    elif reader.to_skip:
        reader.to_skip -= 1
    elif word in CHARACTERS:
        reader.add(CHARACTERS[word])
