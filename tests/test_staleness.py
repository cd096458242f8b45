"""Stale copies: a copy printed when a newer version of its source was out, or never updated
after its source changed what it carries."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from compare.pipeline import compare_documents, compare_paths
from compare.records import Document, Result, StaleCopy, Staleness
from compare.report.json_report import report_json
from compare.report.markdown import render_story
from tests.helpers import results_briefs, warehouse_versions

DAY = "2025-06-14T"
LEDE = (
    "PORT ALDER, June 14 (Harbour Wire) - At least {toll} people died when a passenger ferry "
    "capsized off Port Alder early on Saturday, the coastguard said."
)
OPERATOR = (
    "The ferry, operated by {operator}, was carrying about 140 passengers on its morning "
    "crossing to Skerry Island."
)
RESCUED = (
    "Rescue boats had pulled {rescued} people from the water by {when}, coastguard spokeswoman "
    "Ines Varga said."
)
SURVIVORS = "Survivors said the vessel listed sharply in heavy swell before it turned over."
URGENT = [
    LEDE.format(toll=12),
    OPERATOR.format(operator="Alder Bay Lines"),
    RESCUED.format(rescued=60, when="mid-morning"),
]
FIRST_LEAD = [
    LEDE.format(toll=27),
    OPERATOR.format(operator="Alder Bay Lines"),
    RESCUED.format(rescued=85, when="late morning"),
    SURVIVORS,
]
CORRECTED = [
    *FIRST_LEAD[:1],
    OPERATOR.format(operator="Alder Harbour Ferries"),
    *FIRST_LEAD[2:],
    "(Corrects name of ferry operator in paragraph 2)",
]
OWN_REPORT = [
    "Relatives waited through the day outside Port Alder's ferry terminal for news of the "
    "passengers.",
    "Island Radio's reporter saw divers working beside the upturned hull until dark.",
    "A hospital spokesman said 25 bodies had been brought in by noon.",
]


def article(id: str, source: str, paragraphs: list[str], time: str | None) -> Document:
    return Document(
        id,
        source,
        "\n\n".join(paragraphs),
        published="2025-06-14",
        published_time=f"{DAY}{time}:00Z" if time else None,
    )


WIRE = [
    article("urgent", "Harbour Wire", URGENT, "09:30"),
    article("first-lead", "Harbour Wire", FIRST_LEAD, "11:20"),
    article("corrected", "Harbour Wire", CORRECTED, "15:30"),
]
EARLY = article("early-post", "Early Post", URGENT, "10:00")
COURIER = article("daily-courier", "Daily Courier", URGENT, "12:40")
METRO = article("metro-daily", "Metro Daily", FIRST_LEAD, "16:45")
RADIO = article("island-radio", "Island Radio", OWN_REPORT, "13:00")


def changed(stale: StaleCopy) -> list[tuple[str, str, str]]:
    """What a stale copy carries, each change as its kind and both sides' words."""
    return [(change.kind, change.copy, change.newer) for change in stale.changes]


def stale_of(documents: list[Document]) -> dict[tuple[str, Staleness], StaleCopy]:
    result = compare_documents(documents)
    return {(s.copy, s.kind): s for found in result.stale.values() for s in found}


@pytest.fixture(scope="module")
def live() -> Result:
    return compare_documents([*WIRE, EARLY, COURIER, METRO, RADIO])


def test_a_copy_of_the_urgent_printed_after_the_first_lead_is_stale_when_published(
    live: Result,
) -> None:
    """A paper that ran the URGENT's "12" at 12:40, when the 1st LEAD had said 27 since 11:20,
    is out of date when published: the report names the version it took and its time, the
    newest version out by then and its time, and the toll it still carries."""
    found = {(s.copy, s.kind): s for s in live.stale[live.stories[0].id]}
    courier = found[("daily-courier", Staleness.STALE_WHEN_PUBLISHED)]
    assert (courier.took, courier.took_time) == ("urgent", "2025-06-14T09:30:00Z")
    assert (courier.newer, courier.newer_time) == ("first-lead", "2025-06-14T11:20:00Z")
    assert ("number_changed", "12", "27") in changed(courier)


def test_a_copy_of_the_first_lead_after_the_correction_carries_the_wrong_name(
    live: Result,
) -> None:
    """A paper that ran the 1st LEAD at 16:45, 75 minutes after the wire corrected the ferry
    operator's name, is out of date when published with the name the wire corrected."""
    found = {(s.copy, s.kind): s for s in live.stale[live.stories[0].id]}
    metro = found[("metro-daily", Staleness.STALE_WHEN_PUBLISHED)]
    assert (metro.took, metro.newer) == ("first-lead", "corrected")
    assert changed(metro) == [("name_changed", "Bay Lines", "Harbour Ferries")]


def test_a_copy_published_before_the_newer_version_is_not_stale_but_not_updated(
    live: Result,
) -> None:
    """A paper that ran the URGENT at 10:00, before the 1st LEAD was out, was up to date when
    published; it is flagged once as not updated, against the newest version that changed what
    it carries."""
    found = {(s.copy, s.kind): s for s in live.stale[live.stories[0].id]}
    assert ("early-post", Staleness.STALE_WHEN_PUBLISHED) not in found
    early = found[("early-post", Staleness.NOT_UPDATED)]
    assert (early.took, early.newer) == ("urgent", "corrected")
    assert ("number_changed", "12", "27") in changed(early)
    assert [s.kind for s in found.values() if s.copy == "early-post"] == [Staleness.NOT_UPDATED]


def test_independent_reports_and_the_wires_own_versions_are_never_flagged(live: Result) -> None:
    """The radio's own reporting took nothing from the wire, and the wire's write-throughs are
    its versions, not copies: neither is out of date."""
    flagged = {s.copy for s in live.stale[live.stories[0].id]}
    assert flagged.isdisjoint({"island-radio", "urgent", "first-lead", "corrected"})


@pytest.mark.parametrize(
    "untimed",
    [
        pytest.param("daily-courier", id="copy_untimed"),
        pytest.param("urgent", id="source_untimed"),
    ],
)
def test_nothing_is_flagged_without_times(untimed: str) -> None:
    """Staleness is told by the times of the copy and of its source's versions in UTC alone:
    a copy or source that gives only its day is never flagged."""
    documents = [
        replace(d, published_time=None) if d.id == untimed else d for d in [*WIRE, COURIER]
    ]
    assert not any(copy == "daily-courier" for copy, _ in stale_of(documents))


def test_a_copy_of_one_results_brief_is_no_stale_copy_of_another_companys() -> None:
    """A wire's later results brief for another company, one template filled in for another
    event, is no newer version of the brief a site pasted: the site is not flagged as carrying
    the first company's name and figures where the second brief changed them."""
    assert not any(compare_documents(results_briefs(), single_story=True).stale.values())


def test_a_wires_follow_up_days_later_is_no_newer_version_of_its_first_dispatch() -> None:
    """A wire's follow-up three days on, whose lede retells the first dispatch's with the news
    ("Deux policiers" for "Un policier") and goes on to new facts, is a report of its own, not a
    newer version of the first: a site that ran the first dispatch is not flagged as never
    updated to "Deux"."""
    lede = (
        "{count} placé{s} en garde à vue {day} à Corbeil après la chute d'un livreur de 19 ans à "
        "scooter, a annoncé le parquet d'Évry."
    )
    first = [
        lede.format(count="Un policier a été", s="", day="lundi"),
        "Le livreur circulait sans casque lorsqu'il a percuté un plot en béton près de la gare.",
        "Il a été transporté à l'hôpital Sud-Francilien, où son pronostic vital reste engagé.",
        "Dans la soirée, une cinquantaine de riverains se sont rassemblés devant le commissariat.",
    ]
    follow_up = [
        lede.format(count="Deux policiers ont été", s="s", day="jeudi"),
        "Les deux agents de la brigade de nuit sont entendus par l'inspection générale.",
        "Une marche blanche doit partir samedi matin de la place de la mairie.",
        "Un syndicat de police a dénoncé une « mise en cause précipitée » des agents.",
    ]

    def dispatch(id: str, source: str, paragraphs: list[str], time: str) -> Document:
        text = "\n\n".join(paragraphs)
        return Document(id, source, text, published=time[:10], published_time=f"{time}Z")

    documents = [
        dispatch("depeche", "AFP", first, "2026-03-23T09:15:00"),
        dispatch("hebdo", "L'Hebdo de Corbeil", first, "2026-03-23T12:00:00"),
        dispatch("suite", "AFP", follow_up, "2026-03-26T13:40:00"),
    ]
    assert not any(compare_documents(documents, single_story=True).stale.values())


def test_a_copy_updated_later_is_judged_by_its_latest_version() -> None:
    """A page that ran the URGENT at 10:00 and was updated at 12:10 to the 1st LEAD took the
    change up: its first save is not flagged as never updated."""
    url = "https://early-post.example/ferry"
    first = replace(EARLY, url=url, modified_time=f"{DAY}10:00:00Z")
    updated = replace(
        article("early-post-2", "Early Post", FIRST_LEAD, "10:00"),
        url=url,
        modified_time=f"{DAY}12:10:00Z",
    )
    found = stale_of([*WIRE[:2], first, updated])
    assert ("early-post", Staleness.NOT_UPDATED) not in found


def test_the_story_page_and_report_json_name_each_stale_copy(live: Result) -> None:
    """The story page says, under its summary, which copies were out of date when published and
    which were not updated, naming outlets as the page does; report.json gives each story's
    ``stale_copies``."""
    story = live.stories[0]
    page = render_story(live, story)
    assert "**Out of date when published:**" in page
    assert (
        "- Metro Daily took Harbour Wire (first-lead), of 2025-06-14 11:20 UTC, when a newer "
        "version was out. Changed by Harbour Wire (corrected), of 15:30 UTC: name changed"
    ) in page
    assert "**Not updated after the source changed:**" in page
    assert "- Early Post still carries Harbour Wire (urgent), of 2025-06-14 09:30 UTC" in page
    assert page.index("Out of date when published") < page.index("| id")
    stale = next(s for s in report_json(live)["stories"] if s["id"] == story.id)["stale_copies"]
    courier = next(s for s in stale if s["copy"] == "daily-courier")
    assert courier == {
        "copy": "daily-courier",
        "took": "urgent",
        "took_time": "2025-06-14T09:30:00Z",
        "newer": "first-lead",
        "newer_time": "2025-06-14T11:20:00Z",
        "changes": courier["changes"],
        "kind": "stale_when_published",
        "killed_sentences": [],
        "correction": False,
        "feed_time": False,
    }
    assert {
        "kind": "number_changed",
        "copy": "12",
        "newer": "27",
        "made_by": "first-lead",
        "made_time": "2025-06-14T11:20:00Z",
        "correction": False,
        "update": False,
        "reworded": "",
    } in courier["changes"]


# The wire's own line, which its clients drop: "Harbour Wire has learned that".
SELF_REFERENCE = "Harbour Wire has learned that the ferry passed a safety inspection in April."
TRIMMED = "The ferry passed a safety inspection in April."


@pytest.mark.parametrize(
    "with_other_client",
    [pytest.param(False, id="alone_with_the_wire"), pytest.param(True, id="beside_another_client")],
)
def test_a_stale_copy_is_found_beside_another_client_that_made_the_same_trim(
    with_other_client: bool,
) -> None:
    """The Daily Courier runs the 1st LEAD ("27") at 16:45, after the 2nd LEAD ("31") at 14:00,
    without the wire's "Harbour Wire has learned that", as the Early Post did at 12:00: it took
    the 1st LEAD from the wire, not from the Early Post, and is out of date when published
    whether or not the Early Post's file is in the folder."""
    first_lead = [*FIRST_LEAD, SELF_REFERENCE]
    second_lead = [LEDE.format(toll=31), *FIRST_LEAD[1:], SELF_REFERENCE]
    early = article("early-post", "Early Post", [*FIRST_LEAD, TRIMMED], "12:00")
    documents = [
        article("urgent", "Harbour Wire", URGENT, "09:30"),
        article("first-lead", "Harbour Wire", first_lead, "11:20"),
        article("second-lead", "Harbour Wire", second_lead, "14:00"),
        *([early] if with_other_client else []),
        article("daily-courier", "Daily Courier", [*FIRST_LEAD, TRIMMED], "16:45"),
    ]
    courier = stale_of(documents)[("daily-courier", Staleness.STALE_WHEN_PUBLISHED)]
    assert (courier.took, courier.newer) == ("first-lead", "second-lead")
    assert ("number_changed", "27", "31") in changed(courier)


def test_a_copy_stale_against_a_correction_is_said_to_be(live: Result) -> None:
    """A copy left with what the wire's correction fixed is said to be out of date against a
    correction, which its readers are owed; one that only lacks a routine update is not."""
    found = {(s.copy, s.kind): s for s in live.stale[live.stories[0].id]}
    metro = found[("metro-daily", Staleness.STALE_WHEN_PUBLISHED)]
    courier = found[("daily-courier", Staleness.STALE_WHEN_PUBLISHED)]
    assert (metro.correction, courier.correction) == (True, False)
    page = render_story(live, live.stories[0])
    assert (
        "Changed by Harbour Wire (corrected), of 15:30 UTC: name changed (“Bay Lines” → “Harbour "
        "Ferries”), a correction."
    ) in page
    stale = report_json(live)["stories"][0]["stale_copies"]
    assert next(s for s in stale if s["copy"] == "metro-daily")["correction"] is True


def test_a_copy_stale_when_published_and_never_updated_gets_one_line(live: Result) -> None:
    """The Daily Courier ran the URGENT ("12") after the 1st LEAD ("27") was out, and never took
    up the correction of the operator's name either: report.json keeps both findings, the page
    gives one line that says both, each change once, and no second line under "Not updated"."""
    kinds = [s.kind for s in live.stale[live.stories[0].id] if s.copy == "daily-courier"]
    assert kinds == [Staleness.STALE_WHEN_PUBLISHED, Staleness.NOT_UPDATED]
    page = render_story(live, live.stories[0])
    courier = [line for line in page.splitlines() if line.startswith("- Daily Courier took")]
    assert "- Daily Courier still carries" not in page
    assert courier == [
        "- Daily Courier took Harbour Wire (urgent), of 2025-06-14 09:30 UTC, when a newer version "
        "was out, and was not updated since. Changed by Harbour Wire (first-lead), of 11:20 UTC: "
        "number or date changed (“12” → “27”), changed without a note; number or date changed "
        "(“60” → “85”), changed without a note. By Harbour Wire (corrected), of 15:30 UTC: name "
        "changed (“Bay Lines” → “Harbour Ferries”), a correction."
    ]


def test_one_line_takes_a_figure_changed_twice_on_to_the_latest_version() -> None:
    """A copy of the URGENT ("12") printed after the 1st LEAD ("27"), and never updated after the
    2nd LEAD ("31"), is told the figure's whole run in its one line: "12" → "27" by the 1st LEAD,
    "27" → "31" by the 2nd."""
    second_lead = [LEDE.format(toll=31), *FIRST_LEAD[1:]]
    documents = [
        *WIRE[:2],
        COURIER,
        article("second-lead", "Harbour Wire", second_lead, "14:00"),
    ]
    result = compare_documents(documents)
    page = render_story(result, result.stories[0])
    assert (
        "Changed by Harbour Wire (first-lead), of 11:20 UTC: number or date changed (“12” → “27”), "
        "changed without a note; number or date changed (“60” → “85”), changed without a note. "
        "By Harbour Wire (second-lead), of 14:00 UTC: number or date changed (“27” → “31”), "
        "changed without a note."
    ) in page
    assert "**Not updated after the source changed:**" not in page


def test_a_figure_changed_twice_after_the_copy_is_told_as_both_changes() -> None:
    """A copy of the URGENT ("12") printed before the 1st LEAD ("27") and never updated after
    the 2nd LEAD ("31") is told "12" → "27" by the 1st LEAD and "27" → "31" by the 2nd, not
    one "12" → "31" by the 2nd."""
    second_lead = [LEDE.format(toll=31), *FIRST_LEAD[1:]]
    documents = [
        *WIRE[:2],
        EARLY,
        article("second-lead", "Harbour Wire", second_lead, "14:00"),
    ]
    result = compare_documents(documents)
    (stale,) = result.stale[result.stories[0].id]
    steps = [(c.copy, c.newer, c.made_by) for c in stale.changes if c.copy in ("12", "27")]
    assert (stale.kind, steps) == (
        Staleness.NOT_UPDATED,
        [("12", "27", "first-lead"), ("27", "31", "second-lead")],
    )


def feed_record(id: str, source: str, paragraphs: list[str], published: str) -> str:
    return json.dumps(
        {"id": id, "source": source, "published": published, "text": "\n\n".join(paragraphs)}
    )


def write_feed(path: Path, *records: str) -> None:
    path.write_text("".join(f"{record}\n" for record in records), encoding="utf-8")


FEED_WIRE = [
    feed_record("urgent", "Harbour Wire", URGENT, f"{DAY}09:30:00"),
    feed_record("first-lead", "Harbour Wire", FIRST_LEAD, f"{DAY}11:20:00"),
]
FEED_COURIER = feed_record("daily-courier", "Daily Courier", URGENT, f"{DAY}12:40:00")


def test_a_feed_that_gives_its_times_without_a_zone_flags_its_stale_copy(tmp_path: Path) -> None:
    """A CMS export whose records give "2025-06-14T12:40:00", no zone, dates the wire's versions
    and the paper's copy by one clock, its own: the copy of the URGENT printed after the 1st
    LEAD is out of date when published, and its line says its times are the feed's."""
    write_feed(tmp_path / "export.jsonl", *FEED_WIRE, FEED_COURIER)
    result = compare_paths(tmp_path)
    (courier,) = result.stale[result.stories[0].id]
    assert (courier.copy, courier.kind, courier.feed_time) == (
        "daily-courier",
        Staleness.STALE_WHEN_PUBLISHED,
        True,
    )
    assert (courier.took_time, courier.newer_time) == (f"{DAY}09:30:00", f"{DAY}11:20:00")
    assert (
        "- Daily Courier took Harbour Wire (urgent), of 2025-06-14 09:30 feed time, when a newer "
        "version was out. Changed by Harbour Wire (first-lead), of 11:20 feed time:"
    ) in render_story(result, result.stories[0])
    stale = report_json(result)["stories"][0]["stale_copies"]
    assert (stale[0]["took_time"], stale[0]["feed_time"]) == (f"{DAY}09:30:00", True)


@pytest.mark.parametrize(
    "courier",
    [
        pytest.param(FEED_COURIER, id="copy_in_another_feed"),
        pytest.param(
            feed_record("daily-courier", "Daily Courier", URGENT, f"{DAY}12:40:00Z"),
            id="copy_in_utc",
        ),
    ],
)
def test_times_without_a_zone_compare_only_within_their_feed(tmp_path: Path, courier: str) -> None:
    """Another export's times without a zone may be by another clock, and a time in UTC is
    not comparable with a feed's own: a copy dated so is never set against the wire's."""
    write_feed(tmp_path / "wire.jsonl", *FEED_WIRE)
    write_feed(tmp_path / "courier.jsonl", courier)
    result = compare_paths(tmp_path)
    assert not any(result.stale.values())


@pytest.mark.parametrize(
    ("printed", "stale"),
    [
        pytest.param("2025-06-14T12:40:00+02:00", False, id="offset_east_before_the_lead"),
        pytest.param("2025-06-14T07:30:00-04:00", True, id="offset_west_after_the_lead"),
        pytest.param("2025-06-14T11:21:30.250+00:00", True, id="fraction_plus_zero_after"),
    ],
)
def test_times_with_any_offset_are_compared_as_moments(printed: str, stale: bool) -> None:
    """A time given with an offset or a fraction of a second is read into UTC before staleness
    compares it: a paper's 12:40 in Central Europe (10:40 UTC) came before the 1st LEAD of 11:20
    UTC and 07:30 in New York (11:30 UTC) after it, however their texts sort."""
    courier = replace(COURIER, published_time=printed)
    found = stale_of([*WIRE[:2], courier])
    assert (("daily-courier", Staleness.STALE_WHEN_PUBLISHED) in found) is stale


@pytest.fixture(scope="module")
def saved_four_times() -> Result:
    return compare_documents(warehouse_versions())


@pytest.mark.parametrize(
    ("words", "made_by", "correction"),
    [
        pytest.param(("Two", "Three"), "gazette-1200", True, id="toll_its_note_names"),
        pytest.param(("9", "11"), "gazette-1200", False, id="injured_its_note_leaves_out"),
        pytest.param(
            ("$3.1 million", "$1.3 million"), "gazette-1200", False, id="damage_not_in_its_note"
        ),
        pytest.param(("60", "45"), "gazette-1600", False, id="later_edit_without_a_note"),
    ],
)
def test_each_change_a_copy_carries_names_the_version_that_first_made_it(
    saved_four_times: Result, words: tuple[str, str], made_by: str, correction: bool
) -> None:
    """The Valley Record, never updated, carries what the Gazette changed at 12:00 and at
    16:00: each change is the first version's that made it, not the newest's that kept it, and
    a correction only where that version's correction note names the figure."""
    (record,) = (
        s
        for s in saved_four_times.stale[saved_four_times.stories[0].id]
        if s.copy == "valley-record"
    )
    assert (record.kind, record.newer) == (Staleness.NOT_UPDATED, "gazette-1600")
    change = next(c for c in record.changes if (c.copy, c.newer) == words)
    made_at = {"gazette-1200": "2025-04-02T12:00:00Z", "gazette-1600": "2025-04-02T16:00:00Z"}
    assert (change.made_by, change.made_time) == (made_by, made_at[made_by])
    assert change.correction is correction


def test_the_not_updated_line_tells_each_version_its_changes(saved_four_times: Result) -> None:
    """The story page groups what the copy carries by the version that made it, in time order,
    and calls only the change the correction note names a correction."""
    page = render_story(saved_four_times, saved_four_times.stories[0])
    (line,) = [row for row in page.splitlines() if row.startswith("- Valley Record still carries")]
    assert line == (
        "- Valley Record still carries Harbour Gazette, 07:00 UTC version, of 2025-04-02 07:00 UTC. "
        "Changed by Harbour Gazette, 12:00 UTC version, of 12:00 UTC: number or date changed "
        "(“Two” → “Three”), a correction; number or date changed (“9” → “11”), changed without a "
        "note; number or date changed (“$3.1 million” → “$1.3 million”), changed without a note. "
        "By Harbour Gazette, 16:00 UTC version, of 16:00 UTC: number or date changed (“60” → “45”), "
        "changed without a note."
    )


DERAILED = (
    "Six people have died and at least 41 were injured after a passenger train derailed near "
    "Harwick in North Yorkshire early on Saturday, emergency services said."
)
ARRESTED = (
    "North Yorkshire Police said the driver, a 54-year-old man, had been arrested on suspicion "
    "of endangering safety on the railway."
)
NOT_ARRESTED = (
    "North Yorkshire Police said the driver, a 54-year-old man, was being treated in hospital "
    "and had not been arrested."
)
CLOSED = "Network Rail said the line between York and Scarborough would remain closed until Monday."
RETRACTION = (
    "Editor's note: An earlier version of this story said, citing a police source, that the "
    "driver had been arrested. North Yorkshire Police have since said no arrest has been made, "
    "and the claim has been removed."
)


def railway_version(id: str, paragraphs: list[str], modified: str) -> Document:
    return Document(
        id,
        "ABN News",
        "\n\n".join(paragraphs),
        url="https://abnnews.example/news/harwick-derailment",
        published_time=f"{DAY}06:30:00Z",
        modified_time=f"{DAY}{modified}:00Z",
    )


def only_stale_copy(documents: list[Document]) -> tuple[StaleCopy, str]:
    """The one stale copy of the story ``documents`` tell, and its story page."""
    result = compare_documents(documents)
    (stale,) = result.stale[result.stories[0].id]
    return stale, render_story(result, result.stories[0])


def test_a_copy_of_a_claim_the_source_retracted_under_an_editors_note_is_told_so() -> None:
    """A paper that took ABN's "had been arrested" still carries it after ABN's 13:05 version
    retracted it under an editor's note: the change is a correction, not one made without a
    note, and the line says that the copy still makes the claim the version denies."""
    documents = [
        railway_version("abn-1040", [DERAILED, ARRESTED, CLOSED], "10:40"),
        railway_version("abn-1305", [DERAILED, NOT_ARRESTED, CLOSED, RETRACTION], "13:05"),
        article("metro-post", "Metro Post", [DERAILED, ARRESTED, CLOSED], "11:20"),
    ]
    stale, page = only_stale_copy(documents)
    assert (stale.copy, stale.newer, stale.correction) == ("metro-post", "abn-1305", True)
    assert {(change.kind, change.correction) for change in stale.changes} == {
        ("negation_added", True),
        ("allegation_softened", True),
    }
    assert (
        "negation added (“not”): the copy still makes the claim this version denies, a correction"
    ) in page
    assert "changed without a note" not in page


def test_a_change_its_version_tells_in_an_update_note_is_an_update() -> None:
    """ABN's 08:15 version raised the toll under "Update, 09:15 BST: ...": a paper still
    carrying the 06:30 toll is told the change came with an update, not without a note."""
    first = DERAILED.replace("Six people", "Four people").replace("41", "30")
    update = "Update, 09:15 BST: This article has been updated with a revised death toll."
    documents = [
        railway_version("abn-0630", [first, ARRESTED, CLOSED], "06:30"),
        railway_version("abn-0815", [DERAILED, ARRESTED, CLOSED, update], "08:15"),
        article("daily-courier", "Daily Courier", [first, ARRESTED, CLOSED], "07:10"),
    ]
    stale, page = only_stale_copy(documents)
    assert {(c.copy, c.newer, c.correction, c.update) for c in stale.changes} == {
        ("Four", "Six", False, True),
        ("30", "41", False, True),
    }
    assert "number or date changed (“Four” → “Six”), an update" in page
    assert "changed without a note" not in page


def courier_of_the_urgent(urgent: list[str], first_lead: list[str]) -> StaleCopy:
    """The Daily Courier's copy of the wire's 09:30 ``urgent``, printed at 12:40 after its
    11:20 ``first_lead``, out of date when published."""
    wire = [
        article("urgent", "Harbour Wire", urgent, "09:30"),
        article("first-lead", "Harbour Wire", first_lead, "11:20"),
    ]
    found = stale_of([*wire, article("daily-courier", "Daily Courier", urgent, "12:40")])
    return found["daily-courier", Staleness.STALE_WHEN_PUBLISHED]


def test_one_figure_changed_two_ways_in_two_sentences_is_two_changes() -> None:
    """A copy of the urgent whose toll and rescued count are both 12, stale against a first
    lead that puts 27 for the one and 85 for the other, carries both changes, each to its own
    figure, not the first's twice."""
    urgent = [
        LEDE.format(toll=12),
        OPERATOR.format(operator="Alder Bay Lines"),
        RESCUED.format(rescued=12, when="mid-morning"),
    ]
    stale = courier_of_the_urgent(urgent, FIRST_LEAD)
    assert changed(stale) == [("number_changed", "12", "27"), ("number_changed", "12", "85")]


KILLED_HEADLINE = "Kellen Foods recalls peanut butter over listeria"
KILLED = [
    "MARROW, June 14 (Harbour Wire) - Kellen Foods is recalling 12,000 jars of peanut butter "
    "after listeria was found at its plant in Marrow, the food standards office said.",
    "The recall covers 340-gram jars of its Smooth and Crunchy spreads sold since May.",
    "No illnesses have been reported, office spokesman Tomas Reyes said.",
    "Kellen Foods shares fell 4 percent in early trading.",
]
SUBSTITUTE = [
    "(Substitutes story killed at 1030 GMT, which wrongly named the company as Kellen Foods)",
    KILLED[0].replace("Kellen Foods", "Kellen Farms"),
    *KILLED[1:3],
    "Kellen Farms is owned by a family trust and is not listed.",
]
KILL_ADVISORY = [
    "KILL - KILL - KILL",
    f'Harbour Wire is withdrawing the story headlined "{KILLED_HEADLINE}", sent at 0900 GMT.',
    "The story wrongly named the company. Subscribers are asked to remove the story from all "
    "websites and archives.",
]


def titled(document: Document, title: str) -> Document:
    return replace(document, title=title)


# A wire's story, its kill and its substitute, and subscribers that ran each.
KILLED_STORY = [
    titled(article("story", "Harbour Wire", KILLED, "09:00"), KILLED_HEADLINE),
    titled(article("kill", "Harbour Wire", KILL_ADVISORY, "10:30"), f"KILL-{KILLED_HEADLINE}"),
    titled(
        article("substitute", "Harbour Wire", SUBSTITUTE, "11:00"),
        "SUBSTITUTE-Kellen Farms recalls peanut butter over listeria",
    ),
    article("early-post", "Early Post", KILLED, "09:40"),
    article("metro-daily", "Metro Daily", KILLED, "11:20"),
    article("sunday-pilot", "Sunday Pilot", KILL_ADVISORY, "10:45"),
    article("daily-courier", "Daily Courier", [*SUBSTITUTE[1:4], KILLED[3]], "11:40"),
    article("island-radio", "Island Radio", SUBSTITUTE[1:], "11:30"),
]


@pytest.fixture(scope="module")
def killed() -> Result:
    return compare_documents(KILLED_STORY)


def test_a_kill_advisory_is_in_the_story_it_withdraws(killed: Result) -> None:
    """The kill shares only the headline with the story it withdraws, and goes with it."""
    assert len(killed.stories) == 1


def test_copies_of_a_killed_story_are_told_apart_from_copies_not_updated(killed: Result) -> None:
    """A copy printed before the kill and left up, one printed after it, and a page that
    printed the advisory itself are each named so, against the kill and its time; a copy of the
    substitute is not flagged."""
    found = {s.copy: s for s in killed.stale[killed.stories[0].id]}
    assert {copy: s.kind for copy, s in found.items()} == {
        "early-post": Staleness.KILLED_NOT_REMOVED,
        "metro-daily": Staleness.KILLED_WHEN_PUBLISHED,
        "sunday-pilot": Staleness.PRINTS_KILL_ADVISORY,
        "daily-courier": Staleness.KILLED_WHEN_PUBLISHED,
    }
    assert (found["early-post"].newer, found["early-post"].newer_time) == (
        "kill",
        f"{DAY}10:30:00Z",
    )
    assert found["metro-daily"].changes[0].correction
    assert changed(found["metro-daily"]) == [("name_changed", "Foods", "Farms")]


def test_a_kill_advisory_a_subscriber_printed_is_no_likely_origin() -> None:
    """Sunday Pilot printed the kill advisory word for word: the advisory is listed with the
    stale copies, not named the story's likely origin, reused by one article (retest of
    acceptance round 33, R4)."""
    # Each sent under an id of its own, as a wire's archive exports them: no versions of one.
    documents = [
        replace(d, article_id=d.id) if d.source == "Harbour Wire" else d for d in KILLED_STORY
    ]
    result = compare_documents(documents)
    page = render_story(result, result.stories[0])
    (origin,) = [line for line in page.splitlines() if line.startswith("**Likely origin")]
    assert origin.startswith("**Likely origin:** Harbour Wire (story) ")


def test_a_copy_of_the_substitute_names_the_sentence_it_kept_of_the_killed_story(
    killed: Result,
) -> None:
    """A page that ran the substitute but kept the killed story's line on the shares took from
    the substitute, and still carries that line: it is named."""
    taken = {t.origin: t for t in killed.taken[killed.stories[0].id] if t.copy == "daily-courier"}
    assert max(taken.values(), key=lambda t: t.share).origin == "substitute"
    courier = next(s for s in killed.stale[killed.stories[0].id] if s.copy == "daily-courier")
    assert (courier.took, courier.killed_sentences) == ("story", (4,))
    page = render_story(killed, killed.stories[0])
    assert "**Killed story published after the kill:**" in page
    assert (
        "- Daily Courier took Harbour Wire (story), of 2025-06-14 09:00 UTC, after Harbour Wire "
        "(kill) killed it at 10:30 UTC (of which it keeps sentence 5: “Kellen Foods shares fell 4 "
        "percent in early trading.”)."
    ) in page
    assert (
        "- Sunday Pilot printed Harbour Wire (kill), of 2025-06-14 10:30 UTC, a kill advisory to "
        "editors, as its article."
    ) in page
    assert (
        "- Metro Daily took Harbour Wire (story), of 2025-06-14 09:00 UTC, after Harbour Wire "
        "(kill) killed it at 10:30 UTC. Changed by Harbour Wire (substitute), of 11:00 UTC: name "
        "changed (“Foods” → “Farms”), a correction."
    ) in page
    assert (
        "- Early Post still carries Harbour Wire (story), of 2025-06-14 09:00 UTC, though Harbour "
        "Wire (kill) killed it at 10:30 UTC."
    ) in page


QUOTE = (
    '"We will not bargain while the depots are shut," {speaker} told parliament{when}. "The '
    'door opens when the buses run again."'
)
WALKOUT = (
    "LISKOR, Oct 2 (Harbour Wire) - Bus drivers across Liskor walked out on Thursday over a pay "
    "offer of {offer} percent, leaving {routes} routes without a service."
)
UNION = "The drivers' union, which represents about 9,000 staff, asked for 8 percent."


def strike_send(
    id: str, time: str, routes: int, speaker: str, *rest: str, when: str = ""
) -> Document:
    """One of the wire's sends of the bus strike: its lede's routes, its quotation's speaker and
    when the quotation was said, then the ``rest`` of its paragraphs."""
    return article(
        id,
        "Harbour Wire",
        [WALKOUT.format(offer=3, routes=routes), QUOTE.format(speaker=speaker, when=when), *rest],
        time,
    )


RUSK = "Finance Minister Pavel Rusk"
STRIKE_WIRE = [
    strike_send("strike-1", "10:05", 140, "Health Minister Oona Ferrante", UNION),
    strike_send(
        "strike-2",
        "12:40",
        140,
        RUSK,
        UNION,
        f"(Corrects attribution of quote in paragraph 2 to {RUSK}, not Health Minister Oona "
        "Ferrante)",
    ),
    strike_send("strike-3", "17:20", 185, RUSK, UNION, when=" earlier on Thursday"),
]


def test_a_quotation_moved_to_another_speaker_is_a_correction_every_copy_still_owes() -> None:
    """The wire's 12:40 correction gave the minister's quotation to another minister; its
    17:20 write-through recast that sentence. A paper that ran the first version at 13:10,
    after the correction, is out of date when published with the speaker the correction
    changed, and its never-updated line names that correction besides the later figures."""
    copy = article("metro", "Tarsen Metro", STRIKE_WIRE[0].text.split("\n\n"), "13:10")
    found = stale_of([*STRIKE_WIRE, copy])
    speaker = (
        "speaker_changed",
        "Health Minister Oona Ferrante",
        "Finance Minister Pavel Rusk",
    )
    when_published = found["metro", Staleness.STALE_WHEN_PUBLISHED]
    assert (when_published.newer, changed(when_published)) == ("strike-2", [speaker])
    not_updated = found["metro", Staleness.NOT_UPDATED]
    assert not_updated.newer == "strike-3"
    first = not_updated.changes[0]
    assert (first.kind, first.copy, first.newer, first.made_by, first.correction) == (
        *speaker,
        "strike-2",
        True,
    )


def test_a_speaker_and_a_day_the_newer_version_gives_elsewhere_are_no_change_to_make() -> None:
    """The 1st LEAD put the rescued count's attribution in a sentence of its own and kept
    Saturday in its lede: a copy of the urgent is told of the count it changed, not of an
    attribution or a day "removed" that the version still gives."""
    rescued = (
        "Rescue boats had pulled {rescued} people from the water by Saturday noon, coastguard "
        "spokeswoman Ines Varga told reporters."
    )
    urgent = [URGENT[0], URGENT[1], rescued.format(rescued=60)]
    first_lead = [
        FIRST_LEAD[0],
        FIRST_LEAD[1],
        "Rescue boats had pulled 85 people from the water by noon in a heavy swell off the coast.",
        "Coastguard spokeswoman Ines Varga said divers would search the hull at first light.",
    ]
    stale = courier_of_the_urgent(urgent, first_lead)
    assert changed(stale) == [("number_changed", "12", "27"), ("number_changed", "60", "85")]


def test_a_page_that_took_the_new_lede_but_kept_an_old_figure_lower_down_is_partly_updated() -> (
    None
):
    """A paper that ran the 1st LEAD's lede ("27") at 12:00 but kept the URGENT's rescued
    count ("60") lower down still carries what the 1st LEAD changed: it is listed as updated
    in part, against the URGENT it still words that sentence as, and its story page says so."""
    paper = article(
        "island-voice",
        "Island Voice",
        [FIRST_LEAD[0], FIRST_LEAD[1], URGENT[2], SURVIVORS],
        "12:00",
    )
    result = compare_documents([*WIRE[:2], paper])
    (stale,) = result.stale[result.stories[0].id]
    assert (stale.copy, stale.kind, stale.took, stale.newer) == (
        "island-voice",
        Staleness.PARTLY_UPDATED,
        "urgent",
        "first-lead",
    )
    assert ("number_changed", "60", "85") in changed(stale)
    page = render_story(result, result.stories[0])
    assert "**Updated in part, still worded as an older version:**" in page
    assert "- Island Voice still words sentences as Harbour Wire (urgent)" in page


def test_a_copy_that_rounded_the_corrected_toll_still_carries_it() -> None:
    """A paper that ran the urgent's toll of 41 as "more than 40" carries the figure the wire's
    correction changed to 14: its line names the correction and says the copy rounds the
    urgent's figure."""
    wrong = [LEDE.format(toll=41), *URGENT[1:]]
    corrected = [
        LEDE.format(toll=14),
        *URGENT[1:],
        "(Corrects death toll in paragraph 1 to 14, not 41)",
    ]
    rounded = [wrong[0].replace("At least 41", "More than 40"), *wrong[1:]]
    documents = [
        article("urgent", "Harbour Wire", wrong, "09:30"),
        article("corrected", "Harbour Wire", corrected, "11:20"),
        article("valley-voice", "Valley Voice", rounded, "10:00"),
    ]
    stale, page = only_stale_copy(documents)
    (change,) = stale.changes
    assert (change.copy, change.newer, change.reworded, change.correction) == (
        "40",
        "14",
        "at least 41",
        True,
    )
    assert (
        "number or date changed (“40” → “14”, the copy rewording the source's “at least 41”), "
        "a correction"
    ) in page
