"""Telling a word an OCR'd page misread from a word a copy desk changed."""

from __future__ import annotations

import pytest

from compare.framing import framing_notes
from compare.misreads import (
    misread_as,
    misread_as_in_scan,
    misread_only,
    misreads_undone,
    reads_as_scanned,
)
from compare.pipeline import compare_documents
from compare.records import Document


@pytest.mark.parametrize(
    ("word", "other", "misread"),
    [
        pytest.param("Elmer", "Elrner", True, id="rn_for_m"),
        pytest.param("clean", "clean", False, id="the_same_word"),
        pytest.param("dam", "clam", True, id="cl_for_d"),
        pytest.param("shaft", "sliaft", True, id="li_for_h"),
        pytest.param("wagon", "vvagon", True, id="vv_for_w"),
        pytest.param("nightfall", "nightfa11", True, id="ones_for_ells"),
        pytest.param("Ohio", "0hio", True, id="zero_for_o"),
        pytest.param("save", "savc", True, id="c_for_e"),
        pytest.param("the", "tbe", True, id="b_for_h"),
        pytest.param("today", "to-day", True, id="an_old_spelling_hyphenated"),
        pytest.param("tomorrow", "to morrow", True, id="an_old_spelling_spaced"),
        pytest.param("Smith", "Smyth", False, id="y_for_i_is_a_correction"),
        pytest.param("43", "48", False, id="a_digit_changed"),
        pytest.param("Department", "Departrnental", False, id="more_than_two_characters"),
        pytest.param("said", "declared", False, id="another_verb"),
        pytest.param("believed", "bclieved", True, id="cl_for_el"),
        pytest.param("the", "tho", True, id="o_for_the_e_of_the"),
        pytest.param("net", "not", False, id="o_for_e_elsewhere_is_a_word_changed"),
        pytest.param("held", "hold", False, id="o_for_e_changes_the_tense"),
        pytest.param("though", "tho", False, id="tho_is_short_for_though"),
    ],
)
def test_only_the_letters_a_scanner_confuses_are_misread(
    word: str, other: str, misread: bool
) -> None:
    """Words that differ only by the letters a scanner reads for one another, two characters at
    most, or by the hyphen or space of an old spelling are one word; another letter or digit is
    an edit."""
    assert misread_as(word, other) is misread
    assert misread_as(other, word) is misread


def test_a_misread_word_is_spelled_as_the_other_scan_spells_it() -> None:
    """B's misread words are written as A spells them, B's punctuation kept, and each is listed
    as each scan spells it."""
    assert misreads_undone(
        'Frank Harmon said: "The mine is safe."', 'Frank Harrnon said: "Tbe rnine is safe."'
    ) == (
        'Frank Harmon said: "The mine is safe."',
        (("Harmon", "Harrnon"), ("The", "Tbe"), ("mine", "rnine")),
    )


def test_two_scans_of_one_printed_sentence_are_one_text_but_a_copy_desks_edit_is_not() -> None:
    """Two scans that differ only by misreads print one text; a verb changed beside a misread is
    an edit."""
    first = "The Grange hall was filled to-day when Mayor Elmer Voss spoke."
    assert misread_only(first, "Tbe Grange hall was fi11ed today when Mayor Elrner Voss spoke.")
    assert not misread_only(first, "Tbe Grange hall was packed today when Mayor Elrner Voss spoke.")
    assert not misread_only(first, first)


@pytest.mark.parametrize(
    ("word", "other", "misread"),
    [
        pytest.param("cight", "eight", True, id="a_number_written_out"),
        pytest.param("cleven", "eleven", True, id="a_long_number_written_out"),
        pytest.param("cverything", "everything", True, id="a_long_words_e"),
        pytest.param("cast", "east", False, id="a_short_word_that_is_no_number"),
        pytest.param("bearing", "hearing", False, id="a_long_words_h"),
    ],
)
def test_a_first_letter_misread_is_read_only_of_a_number_or_a_long_words_e(
    word: str, other: str, misread: bool
) -> None:
    """A scan's first letter read otherwise is another word ("cast", "east"; "bearing",
    "hearing"), but of a number written out it is the number misread, as no copy desk puts a
    word that is none for a count, and an "e" read as "c" opening a long word makes no other
    word."""
    assert misread_as_in_scan(word, other) is misread
    assert misread_as_in_scan(other, word) is misread


@pytest.mark.parametrize(
    ("scan", "other"),
    [
        pytest.param(
            '"We will bring tho rest of them out," the foreman said.',
            '"We will bring the rest of them out," the foreman said.',
            id="tho_in_a_quotation",
        ),
        pytest.param(
            "Thirty men were bclieved to be alive behind the fall.",
            "Thirty men were believed to be alive behind the fall.",
            id="bclieved_hedge",
        ),
        pytest.param(
            "Crews had worked cleven hours in the smoke-filled gangways.",
            "Crews had worked eleven hours in the smoke-filled gangways.",
            id="cleven_count",
        ),
    ],
)
def test_a_scans_misread_common_word_hedge_or_count_makes_no_note_but_born_digital(
    scan: str, other: str
) -> None:
    """Two scans of one printed sentence, one reading "tho", "bclieved" or "cleven", change no
    quotation, hedge or count; the same two sentences born digital are noted, as a writer may
    have typed either."""
    assert framing_notes(scan, other, scanned=True) == ()
    assert framing_notes(other, scan, scanned=True) == ()
    assert framing_notes(scan, other) != ()


def test_tho_alone_tells_no_scan() -> None:
    """ "tho" is a word of verse and dialect: a born-digital text that prints it reads as
    written."""
    assert not reads_as_scanned("Tho the night was long, the men sang on.")


def test_born_digital_quotation_change_is_noted() -> None:
    notes = framing_notes(
        '"We will bold talks," the minister said.', '"We will hold talks," the minister said.'
    )
    assert [(n.kind.value, n.a, n.b) for n in notes] == [("quote_changed", "bold", "hold")]


def test_born_digital_name_change_is_no_misread_copy() -> None:
    assert not reads_as_scanned("Bill Clay told reporters he would run. It was a bad day.")
    assert reads_as_scanned("Tbe bank closed to-day, Harrnon said.")


def test_born_digital_version_number_change_is_noted() -> None:
    notes = framing_notes(
        "Support for win10 ends in October.", "Support for win11 ends in October."
    )
    assert ("number_changed", "10", "11") in [(n.kind.value, n.a, n.b) for n in notes]


FERRY_REPORT = (
    "The ferry to Carrow Island will stop running on Friday after the council cut its grant.\n"
    "The operator said the service had lost money for three winters in a row.\n"
    '"We will hold talks with the council next week," said Simon Pryor, its chairman.\n'
    "Bill Clay, who runs the island shop, said he would stand for the council in May.\n"
    "Islanders plan a meeting at the village hall on Thursday evening.\n"
)
# The same report as a scanner reads a printed page: its misreads of function words ("tbe",
# "frorn") stand in other sentences than the quotation and the name it also misreads.
FERRY_SCANNED = (
    FERRY_REPORT.replace("The ferry", "Tbe ferry")
    .replace("after the council", "after tbe council")
    .replace("said the service", "said tlie service")
    .replace("Simon", "Sirnon")
    .replace("hold", "ho1d")
    .replace("Bill Clay", "Bi1l Clay")
)
# A born-digital rewrite that names another man, in letters a scanner confuses ("Clay" and
# "Day" keep their first letter as a scan reads "cl" for "d").
FERRY_EDITED = FERRY_REPORT.replace("Bill Clay", "Bill Day")


def _notes_and_verbatim(a_text: str, b_text: str) -> tuple[set[tuple[str, str, str]], float]:
    result = compare_documents(
        [
            Document("wire", "Wire", a_text, published="2025-03-02"),
            Document("paper", "Paper", b_text, published="2025-03-03"),
        ]
    )
    (pair,) = result.pairs
    notes = {(n.kind.value, n.a, n.b) for m in pair.matches for n in m.framing}
    return notes, max(pair.a_verbatim_in_b, pair.b_verbatim_in_a)


def test_a_scanned_documents_misreads_are_undone_in_sentences_that_show_no_sign() -> None:
    """The quotation and the name misread ("Sirnon", "Bi1l") stand in sentences without a
    misread function word: the document reads as scanned, so they are the same words, and the
    scan is a copy word for word."""
    assert not reads_as_scanned(
        '"We will ho1d talks with the council next week," said Sirnon Pryor.'
    )
    notes, verbatim = _notes_and_verbatim(FERRY_REPORT, FERRY_SCANNED)
    assert not {kind for kind, _, _ in notes} & {"quote_changed", "name_changed", "speaker_changed"}
    assert verbatim == 1.0


def test_a_born_digital_rewrite_that_names_another_man_is_no_verbatim_copy() -> None:
    _, verbatim = _notes_and_verbatim(FERRY_REPORT, FERRY_EDITED)
    assert verbatim < 1.0


def test_a_born_digital_quotation_is_changed_by_letters_a_scan_confuses() -> None:
    """ "clear" and "dear" are a misread in a scan, two words in a born-digital text."""
    quoted = (
        '"The way ahead is clear," the mayor said.',
        '"The way ahead is dear," the mayor said.',
    )
    notes = [(n.kind.value, n.a, n.b) for n in framing_notes(*quoted)]
    assert notes == [("quote_changed", "clear", "dear")]
    assert framing_notes(*quoted, scanned=True) == ()
