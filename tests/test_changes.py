"""What one article of a pair changed of the other's framing, as --fail-on reads it."""

from __future__ import annotations

import pytest

from compare import Document, compare_documents
from compare.changes import FramingChange, framing_changes, read_order
from compare.records import FramingKind

RECORD = (
    "A Dunmore councillor has been charged with fraud over claims he inflated his expenses. "
    "Councillor Alan Brice, 58, is accused of claiming £14,000 for journeys he never made."
)
DRAFT = RECORD.replace("is accused of claiming", "claimed")


@pytest.mark.parametrize(
    ("record_day", "draft_day"),
    [
        pytest.param("2025-03-10", "2025-03-11", id="record_is_a"),
        pytest.param("2025-03-11", "2025-03-10", id="record_is_b_but_later"),
    ],
)
def test_a_change_reads_from_the_origin_to_the_copy_whichever_is_a(
    record_day: str, draft_day: str
) -> None:
    """The copy that drops the origin's hedge removed it, whether the copy is the pair's A or
    B; of two articles nothing directs, B is read as changing A."""
    record = Document("a-record", "Vale Gazette", RECORD, published=record_day)
    draft = Document("b-draft", "Moor Herald", DRAFT, published=draft_day)
    result = compare_documents([record, draft])
    [pair] = result.pairs
    expected = (
        (FramingChange(FramingKind.HEDGE_REMOVED, "accused of", ""),)
        if pair.copy == "b-draft"
        else (FramingChange(FramingKind.HEDGE_ADDED, "", "accused of"),)
    )
    assert framing_changes(result, pair) == expected


def test_a_number_converted_is_no_change() -> None:
    """The same quantity in another unit tells the reader nothing new: no change."""
    record = Document(
        "record",
        "Vale Gazette",
        "The scaffold was about 12 metres high when it fell.",
        published="2025-03-10",
    )
    draft = Document(
        "draft",
        "Moor Herald",
        "The scaffold was about 40ft high when it fell.",
        published="2025-03-11",
    )
    result = compare_documents([record, draft])
    [pair] = result.pairs
    assert any(n.kind is FramingKind.NUMBER_CONVERTED for m in pair.matches for n in m.framing)
    assert framing_changes(result, pair) == ()


BRICE_RECORD = (
    "A Dunmore councillor has been charged with fraud over claims he claimed £14,000 in "
    "expenses for journeys he never made. Councillor Alan Brice, 58, is accused of inflating "
    "his mileage claims over three years. He will appear at Dunmore Magistrates' Court on 2 April."
)

# The record as its paper published it, headline and all, that each test's draft is read against.
BRICE_RECORD_DOCUMENT = Document(
    "record",
    "Vale Gazette",
    BRICE_RECORD,
    published="2025-03-10",
    title="Councillor charged with fraud over £14,000 expenses claims",
)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        pytest.param("Councillor Brice charged over expenses", (), id="a_figure_left_out"),
        pytest.param(
            "Councillor, 58, charged over £14,000 expenses claims", (), id="a_figure_of_the_text"
        ),
        pytest.param(
            "Councillor charged over £40,000 expenses claims",
            (FramingChange(FramingKind.NUMBER_CHANGED, "£14,000", "£40,000", headline=True),),
            id="a_figure_changed",
        ),
        pytest.param(
            "Councillor Brice fiddled his expenses",
            (FramingChange(FramingKind.HEDGE_REMOVED, "charged with", "", headline=True),),
            id="a_charge_told_as_fact",
        ),
    ],
)
def test_a_headline_changes_the_record_by_what_it_asserts(
    headline: str, expected: tuple[FramingChange, ...]
) -> None:
    """Every outlet writes its own headline: one that leaves out the record headline's figure,
    or gives one of the record's text, changes nothing of the record; one that changes the
    figure, or drops the charge's hedge, does, as a body line would."""
    record = BRICE_RECORD_DOCUMENT
    draft = Document("draft", "Moor Herald", BRICE_RECORD, published="2025-03-11", title=headline)
    result = compare_documents([record, draft])
    [pair] = result.pairs
    assert pair.headline_changed, "the headlines differ"
    assert framing_changes(result, pair) == expected


def test_a_change_between_right_to_left_words_keeps_its_arrow_pointing_forward() -> None:
    """A summary line of Urdu runs right to left where a renderer sets its direction by its first
    letter, and would show "۲۳ → ۳۵" as if 35 became 23: the arrows are set left to right in
    isolates, each side in its own direction; an English change is written plainly."""
    urdu = FramingChange(FramingKind.NUMBER_CHANGED, "۲۳", "۳۵").words
    assert urdu == "\u2066\u2068“۲۳”\u2069 → \u2068“۳۵”\u2069\u2069"
    assert FramingChange(FramingKind.NUMBER_CHANGED, "23", "35").words == "“23” → “35”"


def test_a_headlines_figure_left_out_is_no_change_though_its_text_leaves_it_out_too() -> None:
    """A copy's headline that leaves out the record headline's figure, its text cutting the
    sentence that gave it, is noted between the headlines but is no change of the record: the
    copy's headline asserts nothing false."""
    record = BRICE_RECORD_DOCUMENT
    cut = BRICE_RECORD.replace("over claims he claimed £14,000 in expenses ", "")
    draft = Document(
        "draft",
        "Moor Herald",
        cut,
        published="2025-03-11",
        title="Councillor charged over expenses",
    )
    result = compare_documents([record, draft])
    [pair] = result.pairs
    assert FramingKind.NUMBER_REMOVED in {note.kind for note in pair.headline_framing}
    assert not [change for change in framing_changes(result, pair) if change.headline]


LIVER_STUDY = (
    "People who drink two cups of coffee a day may have a lower risk of liver disease than those "
    "who drink none, according to a new study led by researchers at Dunmore University. "
    "The team followed 3,000 adults for ten years and found that coffee drinkers had fewer liver "
    "scans showing damage. The study was funded by the Liver Trust."
)
LIVER_INTERVIEW = (
    "A Dunmore study linking coffee to a lower risk of liver disease has been welcomed by liver "
    "specialists, who nonetheless warn that two cups a day are no substitute for treatment. "
    "Dr Ruth Okafor of Ashby General Hospital, who was not involved in the research, said the "
    "size of the effect was modest. She said patients should keep taking their medication."
)


@pytest.mark.parametrize("study_first", [True, False], ids=["study_is_a", "interview_is_a"])
def test_a_pair_without_a_direction_reads_from_the_earlier_whichever_is_a(
    study_first: bool,
) -> None:
    """Of two independent reports, the morning's study and the evening's interview, the later is
    read as changing the earlier, whichever the pair takes for A: the input's order (a file's
    name) does not turn a hedge removed into one added."""
    study = Document("study", "Dunmore University", LIVER_STUDY, published="2026-11-20")
    interview = Document("interview", "Evening Chronicle", LIVER_INTERVIEW, published="2026-11-21")
    result = compare_documents(
        [study, interview] if study_first else [interview, study], single_story=True
    )
    [pair] = result.pairs
    assert pair.direction is None
    assert pair.a == ("study" if study_first else "interview")
    assert read_order(result, pair) == ("a->b" if study_first else "b->a", "by their dates")
    assert FramingChange(FramingKind.HEDGE_REMOVED, "may have", "") in framing_changes(result, pair)
