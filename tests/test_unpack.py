"""Taking the text out of e-mails, saved pages, Word, ODT, RTF and PDF files."""

from __future__ import annotations

import zipfile
from io import BytesIO

import pytest

from compare.unpack import (
    MAX_PART_BYTES,
    NO_TEXT_LAYER,
    UnpackError,
    packed_kind,
    saved_mail_fields,
    unpack,
)
from tests.helpers import (
    FERRY_HEADLINE,
    FERRY_PARAGRAPHS,
    email_message,
    open_document,
    pdf_document,
    word_document,
)

SAVED_PAGE = (
    b"From: <Saved by Blink>\r\n"
    b"Snapshot-Content-Location: https://islaytimes.example/ferry\r\n"
    b"Subject: Ferry route to close | Islay Times\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/related; type="text/html"; boundary="----part"\r\n\r\n'
    b"------part\r\n"
    b"Content-Type: text/html\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n"
    b"Content-Location: https://islaytimes.example/ferry\r\n\r\n"
    b"<html><body><p>Fares rise to =C2=A312.40 each w=\r\nay.</p></body></html>\r\n"
    b"------part--\r\n"
)


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        pytest.param(
            email_message("Fares rise.", subject="Fares", sender="a@b.example"), ".eml", id="email"
        ),
        pytest.param(SAVED_PAGE, ".mhtml", id="saved_page"),
        pytest.param(word_document(FERRY_PARAGRAPHS), ".docx", id="word"),
        pytest.param(open_document(FERRY_PARAGRAPHS), ".odt", id="open_document"),
        pytest.param(b"{\\rtf1\\ansi Fares rise.\\par}", ".rtf", id="rtf"),
        pytest.param(pdf_document(FERRY_PARAGRAPHS), ".pdf", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00harbour/strike.txt", ".zip", id="other_zip"),
        pytest.param(
            b"From: Islay Times <news@islaytimes.example>\nSent: 24 February 2026\n"
            b"Subject: Ferry\n\nThe ferry stops.",
            None,
            id="mail_saved_as_text_is_text",
        ),
        pytest.param(b"<!doctype html><p>Fares rise.</p>", None, id="web_page_is_not_packed"),
    ],
)
def test_packed_kind_is_told_by_content(raw: bytes, kind: str | None) -> None:
    """Each kind is told by its bytes, whatever the file is called; an e-mail saved as text by
    a mail client, which has no MIME headers, is text."""
    assert packed_kind(raw) == kind


def test_an_email_gives_its_plain_text_body_subject_sender_date_and_attachments() -> None:
    """An e-mail's plain-text part is its text (quoted-printable decoded), not its HTML
    alternative; the subject without "FW:" titles it, the sender's name is its source, and the
    files it carries are named."""
    raw = email_message(
        "\n\n".join(FERRY_PARAGRAPHS),
        subject=f"FW: PRESS RELEASE: {FERRY_HEADLINE}",
        sender="Caledonian Isles Ferries Press Office <press@cif.example>",
        html_body="<p>The Port Askaig ferry will stop sailing.</p>",
        attachment="linkspan statement.pdf",
    )
    unpacked = unpack(raw, ".eml")
    assert not unpacked.html
    assert unpacked.text.split("\n\n")[1] == FERRY_PARAGRAPHS[1]
    assert (unpacked.title, unpacked.source, unpacked.date, unpacked.attachments) == (
        FERRY_HEADLINE,
        "Caledonian Isles Ferries Press Office",
        "2026-02-24T09:15:00+00:00",
        ("linkspan statement.pdf",),
    )


def test_an_email_with_only_html_gives_its_html() -> None:
    """An e-mail without a plain-text part gives its HTML part, to be read as a page."""
    message = email_message("unused", subject="Ferry", sender="a@b.example")
    html_only = message.replace(b"Content-Type: text/plain", b"Content-Type: text/html")
    unpacked = unpack(html_only, ".eml")
    assert unpacked.html


def test_a_saved_page_gives_its_html_and_the_address_it_was_saved_from() -> None:
    """An MHTML file gives its page's HTML, decoded (no "=C2=A3" left, no soft line break), and
    the address its page part was saved from."""
    unpacked = unpack(SAVED_PAGE, ".mhtml")
    assert unpacked.html
    assert "Fares rise to \u00a312.40 each way." in unpacked.text
    assert unpacked.url == "https://islaytimes.example/ferry"


def test_office_documents_give_their_paragraphs_a_line_each() -> None:
    """A Word document's and an ODT's paragraphs are lines, a run of spaces kept; a Word
    document's title is its properties'."""
    word = unpack(word_document([FERRY_HEADLINE, *FERRY_PARAGRAPHS], title="Statement"), ".docx")
    assert word.text.split("\n") == [FERRY_HEADLINE, *FERRY_PARAGRAPHS]
    assert word.title == "Statement"
    odt = unpack(open_document([FERRY_HEADLINE, "Fares  rise."]), ".odt")
    assert odt.text.split("\n") == [FERRY_HEADLINE, "Fares  rise."]


def test_a_word_document_is_dated_by_its_properties() -> None:
    """A Word document says when it was created and last saved (``dcterms:created``,
    ``dcterms:modified``): its date and its modification time, which tell a resubmitted draft
    from the first."""
    word = unpack(
        word_document(
            ["Harbour Road will close for resurfacing from Monday."],
            created="2026-03-05T21:14:00Z",
            modified="2026-03-09T08:02:00Z",
        ),
        ".docx",
    )
    assert (word.date, word.modified) == ("2026-03-05T21:14:00Z", "2026-03-09T08:02:00Z")


def test_a_pdf_gives_its_text_layer() -> None:
    """A PDF's text is its pages' lines, code-page characters read right."""
    unpacked = unpack(pdf_document([FERRY_HEADLINE, *FERRY_PARAGRAPHS]), ".pdf")
    assert unpacked.text.split("\n") == [FERRY_HEADLINE, *FERRY_PARAGRAPHS]


def _bomb() -> bytes:
    """A Word document whose text part expands past what any document holds."""
    archive = BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as parts:
        parts.writestr("word/document.xml", b"\x00" * (MAX_PART_BYTES + 1))
    return archive.getvalue()


@pytest.mark.parametrize(
    ("raw", "kind", "reason"),
    [
        pytest.param(
            word_document(FERRY_PARAGRAPHS)[:300],
            ".docx",
            "a broken Word document: not a readable ZIP archive (cut short?)",
            id="word_cut_short",
        ),
        pytest.param(
            _bomb(),
            ".docx",
            f"word/document.xml expands to {MAX_PART_BYTES + 1:,} bytes, far more than a document",
            id="zip_bomb",
        ),
        pytest.param(
            open_document(FERRY_PARAGRAPHS).replace(b"content.xml", b"content.xmX"),
            ".odt",
            "a broken document: it holds no content.xml",
            id="odt_without_content",
        ),
        pytest.param(
            pdf_document(FERRY_PARAGRAPHS)[:200],
            ".pdf",
            "a broken PDF that cannot be read (cut short or damaged)",
            id="pdf_cut_short",
        ),
        pytest.param(pdf_document([]), ".pdf", NO_TEXT_LAYER, id="pdf_without_text_layer"),
        pytest.param(
            b"From: a@b.example\nMIME-Version: 1.0\nContent-Type: image/png\n\n\x89PNG",
            ".eml",
            "an e-mail with no text part (only attachments?)",
            id="email_without_text",
        ),
    ],
)
def test_a_broken_file_says_why_in_one_line(raw: bytes, kind: str, reason: str) -> None:
    """A file cut short, a ZIP bomb, a PDF with no text layer (a scan) or an e-mail with no text
    raise one line saying which."""
    with pytest.raises(UnpackError) as raised:
        unpack(raw, kind)
    assert str(raised.value) == reason


def test_a_mail_saved_as_text_is_titled_by_its_subject_and_named_by_its_sender() -> None:
    """Outlook's "Save as" text opens with From, Sent, To, Subject and Attachments lines: the
    subject is its title, the sender's name its source."""
    saved = (
        "From: Caledonian Isles Ferries <press@cif.example>\nSent: 24 February 2026 09:15\n"
        f"To: newsdesk@islaytimes.example\nSubject: RE: {FERRY_HEADLINE}\n"
        "Attachments: linkspan.pdf\n\n" + FERRY_PARAGRAPHS[0]
    )
    assert saved_mail_fields(saved) == {
        "title": FERRY_HEADLINE,
        "source": "Caledonian Isles Ferries",
    }
    assert saved_mail_fields(FERRY_PARAGRAPHS[0]) == {}
