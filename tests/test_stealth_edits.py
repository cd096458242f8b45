"""Stealth edits: a later version of an article that changes its text without a note."""

from __future__ import annotations

from dataclasses import replace

import pytest

from compare.pipeline import compare_documents
from compare.records import Document
from compare.stealth_edits import NoteCheck, StealthEdit, note_check, stealth_edit

URL = "https://carrick-courier.example/news/ferry-aground"
FIRST = [
    "A ferry ran aground off Carrick Point on Sunday, and 40 passengers were taken ashore by "
    "lifeboat, the coastguard said.",
    "The harbour master, Ewan Lachlan, said the vessel had lost steering in heavy swell.",
    "Passengers said the crew had ignored a warning from the coastguard an hour earlier.",
    "The operator, Westsea Ferries, said sailings would resume on Tuesday.",
]
NOTE = "Correction: An earlier version of this article gave the wrong number of passengers."
ALLEGATION = (
    "Investigators are also examining claims that the master had been drinking before the "
    "crossing, a source close to the inquiry said."
)


def version(
    id: str, paragraphs: list[str], modified: str, source: str = "Carrick Courier"
) -> Document:
    return Document(
        id,
        source,
        "\n\n".join(paragraphs),
        url=URL,
        published_time="2025-10-05T08:00:00Z",
        modified_time=modified,
    )


def edit_of(earlier: Document, later: Document) -> StealthEdit | None:
    result = compare_documents([earlier, later])
    return stealth_edit(result.pairs[0], result.by_id, result.notes)


ORIGINAL = version("v1", FIRST, "2025-10-05T08:00:00Z")
FEWER = [FIRST[0].replace("40 passengers", "38 passengers"), *FIRST[1:]]


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        pytest.param(
            [*FIRST[:2], FIRST[3]], StealthEdit("v1", "v2", (2,), ()), id="paragraph_removed"
        ),
        pytest.param(FEWER, StealthEdit("v1", "v2", (), (0,)), id="number_changed"),
        pytest.param([*FEWER, NOTE], None, id="number_changed_with_a_correction"),
        pytest.param(FIRST, None, id="time_stamp_only"),
        pytest.param(
            [*FIRST, ALLEGATION],
            StealthEdit("v1", "v2", (), (), (4,)),
            id="allegation_added",
        ),
        pytest.param(
            [*FIRST, ALLEGATION, "Update: This article was updated with the claims."],
            None,
            id="sentence_added_with_an_update",
        ),
        pytest.param(
            [*FIRST[:2], FIRST[3], ALLEGATION],
            StealthEdit("v1", "v2", (2,), (), (3,)),
            id="paragraph_swapped",
        ),
    ],
)
def test_a_later_version_that_changes_text_without_a_note_is_a_stealth_edit(
    later: list[str], expected: StealthEdit | None
) -> None:
    """A later version that removes, rewords or adds sentences, and carries no note the earlier
    lacks, is a stealth edit; one that says so in a correction or an update, and one re-saved
    with the same text, are not."""
    assert edit_of(ORIGINAL, version("v2", later, "2025-10-05T11:30:00Z")) == expected


def test_a_version_that_only_adds_sentences_is_told_apart_from_a_rewrite() -> None:
    """A silently added allegation is flagged apart from a rewrite, as a running story grows
    so too: its article's line labels it "a sentence added without a note"."""
    added = edit_of(ORIGINAL, version("v2", [*FIRST, ALLEGATION], "2025-10-05T11:30:00Z"))
    rewritten = edit_of(ORIGINAL, version("v2", FEWER, "2025-10-05T11:30:00Z"))
    assert added is not None and added.only_adds
    assert rewritten is not None and not rewritten.only_adds


def test_the_later_version_is_told_by_its_time_not_its_place_in_the_feed() -> None:
    """A content system's export lists the newest version first: the earlier one is still the
    one modified first, and its sentences are the ones removed."""
    later = version("v2", [*FIRST[:2], FIRST[3]], "2025-10-05T11:30:00Z")
    assert edit_of(later, ORIGINAL) == StealthEdit("v1", "v2", (2,), ())


def test_a_note_both_versions_carry_does_not_cover_a_new_change() -> None:
    """The correction the earlier version already carried says nothing of a later change: the
    later version that keeps it and drops a paragraph is a stealth edit."""
    corrected = version("v2", [*FEWER, NOTE], "2025-10-05T11:30:00Z")
    trimmed = version("v3", [*FEWER[:2], FEWER[3], NOTE], "2025-10-05T15:00:00Z")
    assert edit_of(corrected, trimmed) == StealthEdit("v2", "v3", (2,), ())


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(
            version("other", FEWER, "2025-10-05T11:30:00Z", source="Oban Times"), id="outlet"
        ),
        pytest.param(version("v2", FEWER, "2025-10-05T08:00:00Z"), id="same_time"),
    ],
)
def test_no_stealth_edit_without_two_versions_in_order(other: Document) -> None:
    """Another outlet's copy and a version modified at the same time are no later version of
    the article: nothing says which changed the other."""
    assert edit_of(ORIGINAL, other) is None


def test_a_later_version_at_no_address_is_found_by_its_text() -> None:
    """A later version that gives no address, published with the original and sharing its
    text, is still its later version: its unannounced change of a figure is a stealth edit."""
    later = replace(version("v2", FEWER, "2025-10-05T11:30:00Z"), url=None)
    assert edit_of(ORIGINAL, later) == StealthEdit("v1", "v2", (), (0,))


def headlined(id: str, paragraphs: list[str], modified: str, headline: str) -> Document:
    return replace(version(id, paragraphs, modified, source="Meridian Wire"), title=headline)


@pytest.mark.parametrize(
    ("earlier", "later", "expected"),
    [
        pytest.param(
            ("UPDATE 1-Ferry aground off Carrick Point", FIRST),
            ("UPDATE 2-Ferry aground off Carrick Point", FEWER),
            None,
            id="next_write_through",
        ),
        pytest.param(
            ("URGENT-Ferry aground off Carrick Point", FIRST),
            ("UPDATE 1-Ferry aground off Carrick Point", FEWER),
            None,
            id="first_write_through_of_a_flash",
        ),
        pytest.param(
            ("UPDATE 2-Ferry aground off Carrick Point", FIRST),
            ("CORRECTED-UPDATE 2-Ferry aground off Carrick Point", FEWER),
            None,
            id="corrected_slug",
        ),
        pytest.param(
            ("Ferry aground off Carrick Point", FIRST),
            (
                "Ferry aground off Carrick Point",
                [*FEWER, "(Corrects number of passengers in paragraph 1)"],
            ),
            None,
            id="correction_tag",
        ),
        pytest.param(
            ("Ferry aground off Carrick Point", FIRST),
            ("Ferry aground off Carrick Point", ["(Updates with passenger count)", *FEWER]),
            None,
            id="update_tag",
        ),
        pytest.param(
            ("UPDATE 2-Ferry aground off Carrick Point", FIRST),
            ("UPDATE 2-Ferry aground off Carrick Point", FEWER),
            StealthEdit("v1", "v2", (), (0,)),
            id="same_write_through_changed",
        ),
        pytest.param(
            ("URGENT-Ferry aground off Carrick Point", FIRST),
            ("URGENT-Ferry aground off Carrick Point", FEWER),
            StealthEdit("v1", "v2", (), (0,)),
            id="flash_changed",
        ),
    ],
)
def test_a_wires_write_through_is_changed_with_a_note(
    earlier: tuple[str, list[str]], later: tuple[str, list[str]], expected: StealthEdit | None
) -> None:
    """A wire's write-through says what it does by its headline's slugs ("UPDATE 2-",
    "CORRECTED-") or a tag in brackets ("(Corrects ...)", "(Updates with ...)"): a later version
    with a slug or tag the earlier lacks changed it with a note, as a wire's write-throughs do.
    One that keeps the earlier's slugs ("UPDATE 2-" again, a flash's "URGENT-") and changes
    its text says nothing of the change."""
    first = headlined("v1", earlier[1], "2025-10-05T08:00:00Z", earlier[0])
    second = headlined("v2", later[1], "2025-10-05T11:30:00Z", later[0])
    assert edit_of(first, second) == expected


@pytest.mark.parametrize(
    "note",
    [
        pytest.param(
            "A correction was made on October 5, 2025: An earlier version of this article gave "
            "the wrong number of passengers. It was 38, not 40.",
            id="correction_was_made_on",
        ),
        pytest.param(
            "This article has been amended to correct the number of passengers.", id="amended"
        ),
        pytest.param(
            "This article has been corrected to give the number of passengers.", id="corrected"
        ),
        pytest.param("This article has been updated with the number of passengers.", id="updated"),
        pytest.param(
            "Correction (October 5, 2025): The lifeboat took 38 passengers ashore, not 40.",
            id="dated_correction",
        ),
        pytest.param(
            "Editor's note: The number of passengers has been changed to 38.", id="editors_note"
        ),
        pytest.param(
            "Clarification: The coastguard, not the operator, gave the number of passengers.",
            id="clarification",
        ),
    ],
)
def test_a_note_in_any_common_wording_covers_the_change(note: str) -> None:
    """A later version that changes a figure and says so in a note, however the outlet words
    it, is no stealth edit, and its note is the article's note, none of its news."""
    later = version("v2", [*FEWER, note], "2025-10-05T11:30:00Z")
    result = compare_documents([ORIGINAL, later])
    assert stealth_edit(result.pairs[0], result.by_id, result.notes) is None
    (found,) = result.notes["v2"]
    assert found.text == note
    assert {("v2", index) for index in found.sentences} <= result.boilerplate


def check_of(earlier: Document, later: Document) -> NoteCheck | None:
    result = compare_documents([earlier, later])
    return note_check(result.pairs[0], result.by_id, result.notes, result.versions_of)


RECOUNTED = [
    FIRST[0].replace("40 passengers", "38 passengers"),
    FIRST[1],
    FIRST[2],
    FIRST[3].replace("on Tuesday", "on Thursday"),
]


@pytest.mark.parametrize(
    ("later", "mentioned", "unmentioned", "unchanged"),
    [
        pytest.param(
            [*RECOUNTED, NOTE.replace("the wrong number", "40, not 38, as the number")],
            (("40", "38"),),
            (("Tuesday", "Thursday"),),
            False,
            id="one_figure_left_out",
        ),
        pytest.param(
            [*RECOUNTED, NOTE], (), (("40", "38"), ("Tuesday", "Thursday")), False, id="none_named"
        ),
        pytest.param(
            [*FEWER, "Correction: The lifeboat took 38 passengers ashore, not forty."],
            (("40", "38"),),
            (),
            False,
            id="named_in_words",
        ),
        pytest.param(
            [*FIRST, "Correction: An earlier version misspelled the harbour master's name."],
            (),
            (),
            True,
            id="nothing_corrected",
        ),
    ],
)
def test_a_correction_note_is_held_against_the_figures_its_version_changed(
    later: list[str],
    mentioned: tuple[tuple[str, str], ...],
    unmentioned: tuple[tuple[str, str], ...],
    unchanged: bool,
) -> None:
    """The correction note a later version adds is held against what the version changed: the
    changed figures it names either side of (in figures or words), those it does not, and
    whether the version changed nothing else."""
    check = check_of(ORIGINAL, version("v2", later, "2025-10-05T11:30:00Z"))
    assert check is not None
    assert (check.later, check.mentioned, check.unmentioned, check.unchanged) == (
        "v2",
        mentioned,
        unmentioned,
        unchanged,
    )
    assert check.telling == bool(unmentioned or unchanged)


@pytest.mark.parametrize(
    "later",
    [
        pytest.param([*RECOUNTED, "Update: Sailings resume on Thursday."], id="update_note"),
        pytest.param(RECOUNTED, id="no_note"),
    ],
)
def test_only_a_correction_note_is_held_against_the_changes(later: list[str]) -> None:
    """An update's note need not name the figures a running story changes, and a version with no
    new note is a stealth edit's to tell."""
    assert check_of(ORIGINAL, version("v2", later, "2025-10-05T11:30:00Z")) is None


def test_the_note_check_reads_from_the_earlier_version_whichever_comes_first() -> None:
    """A feed that lists the corrected version first gives the same check: figures read from the
    earlier version to the later."""
    corrected = version("v2", [*RECOUNTED, NOTE], "2025-10-05T11:30:00Z")
    assert check_of(corrected, ORIGINAL) == check_of(ORIGINAL, corrected)


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        pytest.param(FIRST[0].replace("40 passengers", "forty passengers"), None, id="in_words"),
        pytest.param(
            FIRST[0].replace("40 passengers", "40 passengers, six of them children,"),
            StealthEdit("v1", "v2", (), (0,)),
            id="words_added_beside_it",
        ),
    ],
)
def test_a_number_written_another_way_is_no_stealth_edit(
    lede: str, expected: StealthEdit | None
) -> None:
    """A sub-editor who writes "40" as "forty" changes no fact and owes no note; the same
    sentence with words added beside the number is still an edit."""
    later = version("v2", [lede, *FIRST[1:]], "2025-10-05T11:30:00Z")
    assert edit_of(ORIGINAL, later) == expected


def test_a_note_is_held_only_against_the_version_that_added_it() -> None:
    """The 13:05 version adds an editor's note; the 15:30 version changes a figure without one.
    Held against the 10:40 version, the 15:30 version's note is the 13:05 version's, which
    could not name the figure: only the pair of the 13:05 version and the one before it is
    checked."""
    note = "Editor's note: An earlier version of this article named the wrong harbour master."
    renamed = [FIRST[0], FIRST[1].replace("Ewan Lachlan", "Ewan MacLachlan"), *FIRST[2:]]
    versions = [
        ORIGINAL,
        version("v2", [*renamed, note], "2025-10-05T13:05:00Z"),
        version("v3", [FEWER[0], *renamed[1:], note], "2025-10-05T15:30:00Z"),
    ]
    result = compare_documents(versions)
    checks = {
        frozenset((pair.a, pair.b)): note_check(
            pair, result.by_id, result.notes, result.versions_of
        )
        for pair in result.pairs
    }
    assert checks[frozenset(("v1", "v3"))] is None
    assert checks[frozenset(("v2", "v3"))] is None
    checked = checks[frozenset(("v1", "v2"))]
    assert checked is not None
    assert (checked.later, checked.unmentioned, checked.telling) == ("v2", (), False)


QUOTED = FIRST[1].replace(
    "said the vessel had lost steering", 'said: "We lost steering in a terrible swell."'
)


@pytest.mark.parametrize(
    ("note", "unmentioned"),
    [
        pytest.param(
            "Correction: An earlier version of this article misspelled the name of the operator.",
            (("terrible", "heavy"),),
            id="note_of_names_only",
        ),
        pytest.param(
            "Correction: An earlier version of this article misquoted the harbour master.",
            (),
            id="note_of_a_misquote",
        ),
        pytest.param(
            "Correction: The harbour master spoke of a heavy swell, not a terrible one.",
            (),
            id="note_names_the_words",
        ),
    ],
)
def test_a_correction_note_is_held_against_the_quotations_its_version_changed(
    note: str, unmentioned: tuple[tuple[str, str], ...]
) -> None:
    """A quotation whose words a corrected version changes is held against its note as a
    figure is: a note that names only an operator's name leaves the misquote unsaid, one that
    speaks of a misquote, or names the words, does not."""
    earlier = version("v1", [FIRST[0], QUOTED, *FIRST[2:]], "2025-10-05T08:00:00Z")
    operator = FIRST[3].replace("Westsea", "Westsee")
    requoted = QUOTED.replace("terrible", "heavy")
    later = version("v2", [FIRST[0], requoted, FIRST[2], operator, note], "2025-10-05T11:30:00Z")
    check = check_of(earlier, later)
    assert check is not None
    assert (check.quotes_unmentioned, check.telling) == (unmentioned, bool(unmentioned))


def test_a_version_timed_by_another_clock_is_not_held_modified_between_two() -> None:
    """A feed's version timed in its local clock ("14:30", no zone) is not read as modified
    between two versions timed in UTC (06:00Z and 15:00Z): no clock orders it against the
    later, so the correction the later adds is still checked against its changes."""
    url = "https://courier.example/warehouse-fire"
    lede = (
        "Three people died and 12 were hurt in the warehouse fire in Dunmore on Friday, "
        "the fire service said."
    )
    note = "Correction: An earlier version of this article said three people died."
    published = "2025-06-12T06:00:00Z"
    first = Document("v1", "Courier", lede, path="feed.jsonl", url=url, published_time=published)
    local = replace(first, id="v2", modified_local_time="2025-06-12T14:30:00")
    corrected = Document(
        "v3",
        "Courier",
        lede.replace("Three", "Two").replace("12", "14") + "\n\n" + note,
        path="site.json",
        url=url,
        published_time=published,
        modified_time="2025-06-12T15:00:00Z",
    )
    result = compare_documents([first, local, corrected])
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"v1", "v3"}]
    check = note_check(pair, result.by_id, result.notes, result.versions_of)
    assert check is not None
    assert (check.mentioned, check.unmentioned) == ((("Three", "Two"),), (("12", "14"),))
