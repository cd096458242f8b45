"""Reading the text of RTF documents."""

from __future__ import annotations

import re

import pytest

from compare.rtf import RtfError, rtf_text

WORDPAD = (
    rb"{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset0 Calibri;}}"
    rb"{\colortbl ;\red0\green0\blue255;}{\*\generator Riched20 10.0.19041}\viewkind4\uc1 "
    rb"\pard\sa200\sl276\slmult1\f0\fs22\lang2057 Ferry fares rise to \'a312.40\par "
    rb"Morag Currie said: \ldblquote We know this is hard.\rdblquote\par}"
)


@pytest.mark.parametrize(
    ("rtf", "text"),
    [
        pytest.param(
            WORDPAD,
            "Ferry fares rise to \u00a312.40\nMorag Currie said: \u201cWe know this is hard.\u201d\n",
            id="wordpad_tables_skipped_code_page_bytes_and_quotes_read",
        ),
        pytest.param(
            rb"{\rtf1\ansi\ansicpg1251 \'cf\'ee\'f0\'f2 \'e7\'e0\'ea\'f0\'fb\'f2.\par}",
            "\u041f\u043e\u0440\u0442 \u0437\u0430\u043a\u0440\u044b\u0442.\n",
            id="declared_code_page_cyrillic",
        ),
        pytest.param(
            rb"{\rtf1\uc1 Caf\u233?, \uc2 na\u239\'3f\'3fve\par}",
            "Caf\u00e9, na\u00efve\n",
            id="unicode_characters_without_their_fallbacks",
        ),
        pytest.param(
            rb"{\rtf1 Port{\*\bkmkstart x} reopens{\footer Page 2}\tab today\line at noon\par}",
            "Port reopens\ttoday\nat noon\n",
            id="ignorable_destinations_and_footers_skipped",
        ),
        pytest.param(
            rb"{\rtf1 {\field{\*\fldinst HYPERLINK \"https://x.example\"}{\fldrslt the report}}\par}",
            "the report\n",
            id="a_link_gives_its_text_not_its_address",
        ),
        pytest.param(
            rb"{\rtf1 A brace \{ and a backslash \\ stay\par}",
            "A brace { and a backslash \\ stay\n",
            id="escaped_symbols",
        ),
    ],
)
def test_rtf_text_reads_what_a_word_processor_shows(rtf: bytes, text: str) -> None:
    """The text is what a word processor shows: fonts, colours, styles and hidden destinations
    are left out, and characters written as control words, code-page bytes or Unicode numbers
    are read as themselves."""
    assert rtf_text(rtf) == text


@pytest.mark.parametrize(
    ("rtf", "reason"),
    [
        pytest.param(
            WORDPAD[:120],
            "a broken RTF document: a group is not closed (the file is cut short?)",
            id="cut_short",
        ),
        pytest.param(b"Ferry fares rise", "not an RTF document", id="not_rtf"),
    ],
)
def test_a_broken_rtf_document_says_why_in_one_line(rtf: bytes, reason: str) -> None:
    """A document cut short, or bytes that are no RTF, raise an error of one line."""
    with pytest.raises(RtfError, match=re.escape(reason)) as raised:
        rtf_text(rtf)
    assert "\n" not in str(raised.value)
