"""The text inside files that are not plain text: e-mails, saved pages, Word, ODT, RTF and PDF.

What lands in a reporter's inbox is mostly packed: a press release as an ``.eml``, a statement as
a ``.docx``, ``.odt``, ``.rtf`` or ``.pdf``, a page saved as one ``.mhtml`` file. Each is opened
with the standard library where it can be (``email``, ``zipfile``; the XML parsed without entities,
a DTD or the network) and PDF with pypdf, and gives its text, or a page's HTML, for the reading
stage to read as it reads a ``.txt`` or ``.html`` file, with what the file itself says of its
title, source, date and address. Kinds are told by content, whatever a file's name says
(:func:`packed_kind`). A file that cannot be opened raises :class:`UnpackError` with one line.
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime
from io import BytesIO

from lxml import etree

from compare.rtf import RTF_MARK, RtfError, rtf_text

EMAIL = ".eml"
SAVED_PAGE = ".mhtml"
WORD = ".docx"
OPEN_DOCUMENT = ".odt"
RICH_TEXT = ".rtf"
PDF = ".pdf"
ZIP = ".zip"
# The suffixes of the kinds read here, each by the suffix its kind is told by.
PACKED_SUFFIXES = {
    EMAIL: EMAIL,
    SAVED_PAGE: SAVED_PAGE,
    ".mht": SAVED_PAGE,
    WORD: WORD,
    OPEN_DOCUMENT: OPEN_DOCUMENT,
    RICH_TEXT: RICH_TEXT,
    PDF: PDF,
}
# What each kind is, as a warning names it.
KIND_NAMES = {
    EMAIL: "an e-mail message",
    SAVED_PAGE: "a web page saved as one file (MHTML)",
    WORD: "a Word document",
    OPEN_DOCUMENT: "an OpenDocument text",
    RICH_TEXT: "an RTF document",
    PDF: "a PDF document",
    ZIP: "a ZIP archive",
}
PDF_MARK = b"%PDF-"
ZIP_MARK = b"PK\x03\x04"
# An OpenDocument file's first member, stored uncompressed, names its kind.
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
WORD_PART = "word/document.xml"
WORD_PROPERTIES = "docProps/core.xml"
ODT_PART = "content.xml"
ODT_PROPERTIES = "meta.xml"
# A member of an office document larger than this is not read: a document's text part runs to
# a few megabytes at most, and a ZIP bomb's member expands to gigabytes.
MAX_PART_BYTES = 64_000_000
# A MIME message opens with header lines, one of which says it is MIME.
HEADER_BLOCK = re.compile(
    rb"\A(?:[!-9;-~]+:[^\r\n]*(?:\r?\n|\Z)(?:[ \t][^\r\n]*\r?\n)*)+", re.ASCII
)
MIME_HEADER = re.compile(rb"^(?:mime-version|content-type):", re.IGNORECASE | re.MULTILINE)
# How far into a file its header lines are looked for.
HEADER_REACH = 16_384
# What a subject line puts before its subject: a reply's or forward's mark, a release's label.
SUBJECT_PREFIX = re.compile(
    r"^(?:(?:re|fw|fwd|aw|wg|tr|sv|vs)\s*:\s*"
    r"|(?:press|news|media) release\s*:\s*|for immediate release\s*:\s*)+",
    re.IGNORECASE,
)
# A header line of an e-mail a mail client saved as text (Outlook's "Save as", a printout).
SAVED_HEADER = re.compile(
    r"(?P<label>from|sent|date|to|cc|bcc|subject|attachments|importance):[ \t]*(?P<value>.*)",
    re.IGNORECASE,
)
# The XML parser of an office document's parts: no entity is expanded (a "billion laughs" file
# would fill the memory), no DTD loaded and nothing fetched.
SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
DC_CREATED = "{http://purl.org/dc/terms/}created"
DC_MODIFIED = "{http://purl.org/dc/terms/}modified"
NO_TEXT_LAYER = "a PDF with no text layer (a scan?): OCR it first"
# pypdf logs what it repairs in a damaged file: the reading stage says in one line what it
# could not read, and prints nothing else.
logging.getLogger("pypdf").addHandler(logging.NullHandler())
logging.getLogger("pypdf").propagate = False


class UnpackError(ValueError):
    """A file that cannot be opened as what it is; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class Unpacked:
    """The text taken out of a file (a page's HTML when ``html``), with what the file says of
    its title, source, date (ISO 8601) and address, and ``attachments``: the names of the files
    an e-mail carries, which are not read with it; ``modified``, when a Word document says it
    was last saved (ISO 8601)."""

    text: str
    html: bool = False
    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    attachments: tuple[str, ...] = ()
    modified: str | None = None


def packed_kind(raw: bytes, named: str | None = None) -> str | None:
    """The kind a file's bytes are in (``PACKED_SUFFIXES``' values, or ``.zip`` for another
    ZIP archive), by their content whatever the file's name; ``None`` for any other bytes. A
    message ``named`` an e-mail or saved page by its name may be one without MIME's headers.

    >>> packed_kind(b"{\\\\rtf1\\\\ansi Hello}"), packed_kind(b"%PDF-1.7\\n"), packed_kind(b"Talks ended.")
    ('.rtf', '.pdf', None)
    >>> packed_kind(b"From: Press Office <p@x.example>\\nMIME-Version: 1.0\\nContent-Type: text/plain\\n\\nHi")
    '.eml'
    >>> packed_kind(b"From: Ann Lee\\nSubject: Port reopens\\n\\nThe port reopened.") is None
    True
    """
    # Only the opening is looked at: a file may run to megabytes.
    if raw[:HEADER_REACH].lstrip().startswith(RTF_MARK):
        return RICH_TEXT
    if raw.startswith(PDF_MARK):
        return PDF
    if raw.startswith(ZIP_MARK):
        # A broken Word or ODT document is still one, to be said broken, not a ZIP to unpack.
        zipped = _zip_kind(raw)
        return named if zipped == ZIP and named in (WORD, OPEN_DOCUMENT) else zipped
    head = raw.removeprefix(b"\xef\xbb\xbf")[:HEADER_REACH]
    block = HEADER_BLOCK.match(head)
    if block and (named in (EMAIL, SAVED_PAGE) or MIME_HEADER.search(block.group())):
        return SAVED_PAGE if _is_saved_page(raw) else EMAIL
    return None


def unpack(raw: bytes, kind: str) -> Unpacked:
    """The text of a file of ``kind`` (see :func:`packed_kind`).

    Raises:
        UnpackError: the file is broken or holds no text, in one line.
    """
    readers = {
        EMAIL: _email,
        SAVED_PAGE: _saved_page,
        WORD: _word,
        OPEN_DOCUMENT: _open_document,
        RICH_TEXT: _rich_text,
        PDF: _pdf,
    }
    return readers[kind](raw)


def _zip_kind(raw: bytes) -> str:
    try:
        with zipfile.ZipFile(BytesIO(raw)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and _member(archive, "mimetype").strip() == ODT_MIMETYPE:
                return OPEN_DOCUMENT
    except (zipfile.BadZipFile, UnpackError, OSError, EOFError):
        # A ZIP cut short still names its first members in its local headers.
        names = {WORD_PART} if WORD_PART.encode() in raw else set()
        if raw[30:38] == b"mimetype" and ODT_MIMETYPE in raw[:100]:
            return OPEN_DOCUMENT
    return WORD if WORD_PART in names else ZIP


def _is_saved_page(raw: bytes) -> bool:
    """Whether a MIME message is a web page saved as one file: a browser saves it as
    ``multipart/related``, the page and its parts, or as the page alone with its address. Its
    headers say so: its body, which :func:`unpack` parses, is not parsed here too."""
    message = _message(raw, headers_only=True)
    return message.get_content_type() == "multipart/related" or (
        message.get_content_type() == "text/html" and "Snapshot-Content-Location" in message
    )


def _message(raw: bytes, *, headers_only: bool = False) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(raw, headersonly=headers_only)
    assert isinstance(message, EmailMessage)  # what policy.default makes
    return message


def _email(raw: bytes) -> Unpacked:
    """An e-mail's body, its plain-text part else its HTML part, titled by its subject, its
    source the sender's name, dated when it was sent."""
    message = _message(raw)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise UnpackError("an e-mail with no text part (only attachments?)")
    text = _part_text(body)
    return Unpacked(
        text,
        html=body.get_content_type() == "text/html",
        title=_subject(message),
        source=_sender(message),
        date=_sent(message),
        attachments=tuple(_attachments(message, body)),
    )


def _saved_page(raw: bytes) -> Unpacked:
    """The page of a saved MHTML file, its address where the browser saved it from."""
    message = _message(raw)
    page = message.get_body(preferencelist=("html",))
    if page is None:
        raise UnpackError("a saved page (MHTML) with no HTML part")
    url = page.get("Content-Location") or message.get("Snapshot-Content-Location")
    return Unpacked(_part_text(page), html=True, url=str(url) if url else None)


def _part_text(part: MIMEPart) -> str:
    """A text part's text, in the charset it declares; a part that declares none, as a browser
    writes a saved page's, in UTF-8, else Windows-1252 (not ASCII, which would read each "£" as
    two replacement characters)."""
    if part.get_param("charset") is None:
        raw = part.get_payload(decode=True)
        data = raw if isinstance(raw, bytes) else b""
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")
    try:
        content = part.get_content()
    except (LookupError, ValueError) as error:
        raise UnpackError(f"an e-mail part that cannot be decoded: {error}") from None
    return content if isinstance(content, str) else content.decode("utf-8", errors="replace")


def _subject(message: EmailMessage) -> str | None:
    """The subject, without a reply's or forward's mark or a release's label before it.

    >>> _subject(_message(b"Subject: PRESS RELEASE: Council sells yard\\n\\nText"))
    'Council sells yard'
    """
    subject = " ".join(str(message.get("Subject", "")).split())
    return SUBJECT_PREFIX.sub("", subject) or None


def saved_mail_fields(text: str) -> dict[str, str]:
    """The title and source of an e-mail saved as text, whose header lines (at least ``From:``
    and ``Subject:``) open it: its subject, as :func:`_subject` gives it, and its sender's name.
    Empty for any other text.

    >>> saved_mail_fields("From: Harwick Council Press Office <press@harwick.example>\\nSent: 24 November 2026 11:05\\nSubject: FW: Yard sold\\nAttachments: release.pdf\\n\\nThe yard was sold.")
    {'title': 'Yard sold', 'source': 'Harwick Council Press Office'}
    >>> saved_mail_fields("Subject: the yard\\n\\nThe yard was sold.")
    {}
    """
    headers: dict[str, str] = {}
    for line in text.lstrip().split("\n"):
        if not (header := SAVED_HEADER.fullmatch(line.strip())):
            break
        headers.setdefault(header["label"].casefold(), header["value"].strip())
    if "from" not in headers or "subject" not in headers:
        return {}
    name, _ = parseaddr(headers["from"])
    # Outlook writes a sender of the same organisation by name alone: "From: Ann Lee".
    sender = name if name or "@" in headers["from"] else headers["from"]
    fields = {
        "title": SUBJECT_PREFIX.sub("", " ".join(headers["subject"].split())),
        "source": sender,
    }
    return {key: value for key, value in fields.items() if value}


def _sender(message: EmailMessage) -> str | None:
    """The sender's display name ("Harwick Council Press Office"), not its address."""
    try:
        sender = message["From"]
        addresses = sender.addresses if sender is not None else ()
    except (AttributeError, IndexError, ValueError):
        return None
    name = addresses[0].display_name.strip() if addresses else ""
    return name or None


def _sent(message: EmailMessage) -> str | None:
    if not (written := message.get("Date")):
        return None
    try:
        return parsedate_to_datetime(str(written)).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _attachments(message: EmailMessage, body: MIMEPart) -> Iterator[str]:
    """The names of an e-mail's attached files, other than its body."""
    for part in message.iter_attachments():
        if part is not body and (name := part.get_filename()):
            yield name


def _word(raw: bytes) -> Unpacked:
    """A Word document's paragraphs, a line each, titled by its properties' title and dated
    by when they say it was created and last saved (``dcterms:created``, ``dcterms:modified``):
    a student's draft and its resubmission are told apart by the second."""
    with _archive(raw, "Word document") as archive:
        body = _xml(archive, WORD_PART)
        title, created, modified = _property_texts(
            archive, WORD_PROPERTIES, DC_TITLE, DC_CREATED, DC_MODIFIED
        )
    return Unpacked("\n".join(_word_paragraphs(body)), title=title, date=created, modified=modified)


def _word_paragraphs(body: etree._Element) -> Iterator[str]:
    """Each paragraph's text: its runs' text, tabs and line breaks (not deleted text, field
    codes or the paragraphs of a nested table's cell twice)."""
    for paragraph in body.iter(f"{W}p"):
        if any(True for _ in paragraph.iterancestors(f"{W}p")):
            continue
        pieces = []
        for element in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"):
            if element.tag == f"{W}t":
                pieces.append(element.text or "")
            else:
                pieces.append("\t" if element.tag == f"{W}tab" else "\n")
        yield "".join(pieces)


def _open_document(raw: bytes) -> Unpacked:
    """An OpenDocument text's headings and paragraphs, a line each, titled by its metadata."""
    with _archive(raw, "OpenDocument text") as archive:
        content = _xml(archive, ODT_PART)
        (title,) = _property_texts(archive, ODT_PROPERTIES, DC_TITLE)
    blocks = (f"{TEXT}p", f"{TEXT}h")
    paragraphs = [
        _odt_text(block)
        for block in content.iter(*blocks)
        if not any(True for _ in block.iterancestors(*blocks))
    ]
    return Unpacked("\n".join(paragraphs), title=title)


def _odt_text(element: etree._Element) -> str:
    """An OpenDocument paragraph's text: its spaces (``text:s``), tabs and line breaks, without
    its notes, which stand apart from the paragraph."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag == f"{TEXT}s":
            pieces.append(" " * int(child.get(f"{TEXT}c", "1") or 1))
        elif child.tag == f"{TEXT}tab":
            pieces.append("\t")
        elif child.tag == f"{TEXT}line-break":
            pieces.append("\n")
        elif child.tag != f"{TEXT}note":
            pieces.append(_odt_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


@contextmanager
def _archive(raw: bytes, kind: str) -> Iterator[zipfile.ZipFile]:
    """An office document's ZIP archive, open; a broken one raises :class:`UnpackError`."""
    try:
        archive = zipfile.ZipFile(BytesIO(raw))
    except (zipfile.BadZipFile, OSError, EOFError):
        raise UnpackError(f"a broken {kind}: not a readable ZIP archive (cut short?)") from None
    with archive:
        yield archive


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    """A member's bytes, or :class:`UnpackError` when it is missing, broken or too large."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise UnpackError(f"a broken document: it holds no {name}") from None
    if info.file_size > MAX_PART_BYTES:
        raise UnpackError(f"{name} expands to {info.file_size:,} bytes, far more than a document")
    try:
        with archive.open(info) as member:
            return member.read(MAX_PART_BYTES + 1)[:MAX_PART_BYTES]
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, zlib.error):
        raise UnpackError(f"a broken document: its {name} cannot be unpacked") from None


def _xml(archive: zipfile.ZipFile, name: str) -> etree._Element:
    try:
        return etree.fromstring(_member(archive, name), parser=SAFE_XML)
    except etree.XMLSyntaxError:
        raise UnpackError(f"a broken document: its {name} is not valid XML") from None


def _property_texts(archive: zipfile.ZipFile, name: str, *tags: str) -> tuple[str | None, ...]:
    """What a document's properties give as each of ``tags`` (its title, a date), each if any
    (a missing or broken part gives none), the part read once for all of them."""
    try:
        properties = _xml(archive, name)
    except UnpackError:
        return (None,) * len(tags)
    given = (" ".join((properties.findtext(f".//{tag}") or "").split()) for tag in tags)
    return tuple(text or None for text in given)


def _rich_text(raw: bytes) -> Unpacked:
    try:
        return Unpacked(rtf_text(raw))
    except RtfError as error:
        raise UnpackError(str(error)) from None


def _pdf(raw: bytes) -> Unpacked:
    """A PDF's text, page after page; one with none, a scan, says to OCR it first."""
    from pypdf import PdfReader

    # pypdf raises many kinds of error on a damaged file (its own, ValueError, KeyError,
    # struct.error, ...): any of them means the file cannot be read, said in one line.
    try:
        reader = PdfReader(BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnpackError("an encrypted PDF: save a copy without a password to compare it")
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnpackError:
        raise
    except Exception:
        raise UnpackError("a broken PDF that cannot be read (cut short or damaged)") from None
    text = "\n".join(page.strip("\n") for page in pages)
    if not text.strip():
        raise UnpackError(NO_TEXT_LAYER)
    return Unpacked(text)
