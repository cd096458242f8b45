"""The records every stage speaks: the order in which documents were likely first published."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise, permutations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compare import compare_documents
from compare.dates import UTC_TIME
from compare.records import (
    Document,
    UnorderedVersions,
    all_timed,
    archived_page,
    articles,
    capture_time,
    consecutive_versions,
    credited_once,
    first_published_keys,
    same_article,
    text_numbers,
    text_out,
    unordered_versions,
    version_ranks,
    version_times,
)

DAYS = ("2024-05-13", "2024-05-14", "2024-05-15")


def article(name: str, published: str | None = None) -> Document:
    return Document(name, name, f"Text of {name}.", path=f"{name}.txt", published=published)


def in_order(documents: list[Document], directions: list[tuple[str, str]]) -> list[str]:
    keys = first_published_keys(documents, directions)
    return sorted(keys, key=keys.__getitem__)


@pytest.mark.parametrize(
    ("documents", "directions", "order"),
    [
        pytest.param(
            [article("earlier", DAYS[0]), article("post", DAYS[2]), article("daily", DAYS[1])],
            [],
            ["earlier", "daily", "post"],
            id="dated_by_day",
        ),
        pytest.param(
            [article("post", DAYS[2]), article("daily", DAYS[1]), article("wire")],
            [("wire", "post"), ("wire", "daily")],
            ["wire", "daily", "post"],
            id="undated_wire_before_its_first_copy",
        ),
        pytest.param(
            [article("earlier", DAYS[0]), article("wire"), article("daily", DAYS[1])],
            [("wire", "daily")],
            ["earlier", "wire", "daily"],
            id="undated_wire_not_before_unrelated_days",
        ),
        pytest.param(
            [article("reprint"), article("daily", DAYS[0]), article("post", DAYS[2])],
            [("daily", "reprint")],
            ["daily", "reprint", "post"],
            id="undated_reprint_right_after_its_origin",
        ),
        pytest.param(
            [article("reprint"), article("daily", DAYS[2]), article("brief", DAYS[1])],
            [("daily", "reprint"), ("reprint", "brief")],
            ["brief", "daily", "reprint"],
            id="reprint_after_an_origin_as_late_as_its_copy",
        ),
        pytest.param(
            [article("reprint"), article("wire"), article("daily", DAYS[1])],
            [("wire", "reprint"), ("reprint", "daily")],
            ["wire", "reprint", "daily"],
            id="undated_wire_before_its_undated_reprint",
        ),
        pytest.param(
            [article("alone"), article("daily", DAYS[2]), article("wire")],
            [("wire", "daily")],
            ["wire", "daily", "alone"],
            id="undated_and_unlinked_last",
        ),
    ],
)
def test_first_published_order(
    documents: list[Document], directions: list[tuple[str, str]], order: list[str]
) -> None:
    """Dated articles go by their day; an undated one goes right before the first article the
    pair directions name its copy, or right after the last they name its origin when that comes
    as late, and in turn places the undated ones linked to it; one linked to none goes last."""
    assert in_order(documents, directions) == order


@given(
    names=st.lists(
        st.text("abcdefghij", min_size=1, max_size=4), min_size=1, max_size=40, unique=True
    )
)
def test_a_chain_of_undated_reprints_keeps_its_order(names: list[str]) -> None:
    """Undated reprints, each of the one before, over a dated paper's copy of the last, go in
    the order they copied one another, whatever their names."""
    documents = [article(name) for name in names] + [article("paper", DAYS[1])]
    chain = [*names, "paper"]
    assert in_order(documents, list(pairwise(chain))) == chain


@st.composite
def linked_articles(draw: st.DrawFn) -> tuple[list[Document], list[tuple[str, str]]]:
    """A few articles, some undated, and pair directions between them."""
    days = draw(st.lists(st.sampled_from((None, *DAYS)), min_size=2, max_size=8))
    documents = [article(f"d{number}", day) for number, day in enumerate(days)]
    pair = st.tuples(*[st.sampled_from([d.id for d in documents])] * 2).filter(
        lambda p: p[0] != p[1]
    )
    return documents, draw(st.lists(pair, max_size=12))


@given(linked=linked_articles(), data=st.data())
def test_the_order_does_not_depend_on_the_order_given(
    linked: tuple[list[Document], list[tuple[str, str]]], data: st.DataObject
) -> None:
    """The same articles and pair directions, given in any order, get the same keys."""
    documents, directions = linked
    keys = first_published_keys(documents, directions)
    shuffled = first_published_keys(
        data.draw(st.permutations(documents)), data.draw(st.permutations(directions))
    )
    assert shuffled == keys


# Articles published around one midnight in UTC, by clocks up to 12 hours either side of it.
AROUND_MIDNIGHT = datetime(2026, 12, 5, tzinfo=UTC)
MINUTES_AROUND = 36 * 60
HOURS_FROM_UTC = 12


@st.composite
def published_around_midnight(draw: st.DrawFn) -> list[Document]:
    """A few articles, each dated by the day its outlet's clock printed, some also timed in
    UTC: "2026-12-04" and "2026-12-05T04:30:00Z" of New York's 23:30 on the 4th."""
    documents = []
    for number in range(draw(st.integers(2, 6))):
        minutes = draw(st.integers(-MINUTES_AROUND, MINUTES_AROUND))
        moment = AROUND_MIDNIGHT + timedelta(minutes=minutes)
        printed = moment + timedelta(hours=draw(st.integers(-HOURS_FROM_UTC, HOURS_FROM_UTC)))
        timed = moment.strftime(UTC_TIME) if draw(st.booleans()) else None
        name = f"d{number}"
        documents.append(
            Document(name, name, "", published=printed.date().isoformat(), published_time=timed)
        )
    return documents


@given(documents=published_around_midnight())
def test_a_storys_order_keeps_what_times_and_printed_days_tell(documents: list[Document]) -> None:
    """Two articles that give their times go in the order they were published, in UTC, whatever
    days their outlets printed; one that gives a day alone goes before an article printed on a
    later day and after one printed on an earlier day, as the pair directions go."""
    keys = first_published_keys(documents, [], all_timed=all_timed(documents))
    for a, b in permutations(documents, 2):
        if a.published_time and b.published_time:
            earlier = a.published_time < b.published_time
        else:
            earlier = (a.published or "") < (b.published or "")
        if earlier:
            assert keys[a.id] < keys[b.id]


def dated(name: str, day: str, time: str | None = None) -> Document:
    return Document(name, name, f"Text of {name}.", published=day, published_time=time)


@pytest.mark.parametrize(
    ("documents", "directions", "order"),
    [
        pytest.param(
            [dated("wire", DAYS[1]), dated("release", DAYS[1]), dated("student", DAYS[1])],
            [("wire", "student")],
            ["release", "wire", "student"],
            id="release_before_the_news_of_its_untimed_day",
        ),
        pytest.param(
            [dated("release", DAYS[1]), dated("wire", DAYS[1], "2024-05-14T09:00:00Z")],
            [],
            ["release", "wire"],
            id="untimed_release_before_a_timed_article_of_its_day",
        ),
        pytest.param(
            [dated("release", DAYS[2]), dated("wire", DAYS[1])],
            [],
            ["wire", "release"],
            id="release_of_a_later_day_after_the_news",
        ),
        pytest.param(
            [
                dated("release", DAYS[1], "2024-05-14T14:00:00Z"),
                dated("wire", DAYS[1], "2024-05-14T09:00:00Z"),
                dated("student", DAYS[1]),
            ],
            [],
            ["wire", "release", "student"],
            id="timed_release_by_its_time",
        ),
        pytest.param(
            [
                dated("release", DAYS[1], "2024-05-14T14:00:00Z"),
                dated("wire", DAYS[1], "2024-05-14T09:00:00Z"),
            ],
            [],
            ["wire", "release"],
            id="all_timed_by_the_clock",
        ),
    ],
)
def test_a_press_release_goes_first_among_the_untimed_articles_of_its_day(
    documents: list[Document], directions: list[tuple[str, str]], order: list[str]
) -> None:
    """A press release that gives no time goes before the articles of its day, however many
    pair directions name one of them the origin: news draws on releases, never the other way;
    a release of a later day, or one that gives its time, goes by its day or time."""
    keys = first_published_keys(
        documents, directions, all_timed=all_timed(documents), releases={"release"}
    )
    assert sorted(keys, key=keys.__getitem__) == order


def test_two_news_articles_of_one_untimed_day_still_tie() -> None:
    """Two news articles of one day without times, with a release of that day beside them, get
    one key: only the release is known to be first."""
    documents = [dated("release", DAYS[1]), dated("daily", DAYS[1]), dated("post", DAYS[1])]
    keys = first_published_keys(documents, [], releases={"release"})
    assert keys["daily"] == keys["post"] != keys["release"]


FIRE_URL = "https://courier.example/news/2025/06/12/warehouse-fire"


def version(name: str, url: str, modified: str | None, source: str = "Kelso Courier") -> Document:
    return Document(
        name, source, f"Text of {name}.", path="feed.json", published="2025-06-12", url=url,
        published_time="2025-06-12T06:10:00Z", modified_time=modified,
    )  # fmt: skip


@pytest.mark.parametrize(
    "url",
    [
        pytest.param(FIRE_URL + "/", id="trailing_slash"),
        pytest.param(FIRE_URL + "?utm_source=rss&utm_medium=feed", id="utm_parameters"),
        pytest.param(FIRE_URL + "?fbclid=IwAR3xYz", id="facebook_click_id"),
        pytest.param(FIRE_URL + "?gclid=EAIaIQ", id="google_click_id"),
        pytest.param(FIRE_URL + "?CMP=share_btn_tw", id="a_sites_share_tag"),
        pytest.param(FIRE_URL + "?smid=tw-share&ref=rss", id="a_share_and_a_feeds_tag"),
        pytest.param(FIRE_URL + "#comments", id="fragment"),
        pytest.param(FIRE_URL.replace("https://", "http://"), id="http"),
        pytest.param(FIRE_URL.replace("courier.", "Courier.") + "/?utm_source=x#top", id="all"),
    ],
)
def test_versions_at_one_address_written_otherwise_are_one_article(url: str) -> None:
    """A feed's link to a version may differ from another's by its scheme, a trailing slash, a
    fragment or tracking parameters: it is still the article, and its versions go in the order
    they were modified."""
    first = version("v1", FIRE_URL, "2025-06-12T06:10:00Z")
    edited = version("v2", url, "2025-06-12T09:45:00Z")
    assert same_article(first, edited)
    assert version_ranks([edited, first]) == {"v2": 1, "v1": 0}


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(version("p2", FIRE_URL + "?page=2", "2025-06-12T09:45:00Z"), id="page"),
        pytest.param(version("fire", FIRE_URL + "-inquiry", "2025-06-12T09:45:00Z"), id="path"),
        pytest.param(
            version("herald", FIRE_URL, "2025-06-12T09:45:00Z", "Kelso Herald"), id="outlet"
        ),
    ],
)
def test_another_page_or_outlet_is_another_article(other: Document) -> None:
    """A parameter that names a page, another path or another outlet's copy is no version of
    the article: modification times order neither."""
    first = version("v1", FIRE_URL, "2025-06-12T06:10:00Z")
    assert not same_article(first, other)
    assert version_ranks([first, other]) == {"v1": 0, other.id: 0}


@pytest.mark.parametrize(
    ("other", "ordered"),
    [
        pytest.param(
            replace(version("v2", FIRE_URL, None), modified_local_time="2025-06-12T09:45:00"),
            True,
            id="same_feed",
        ),
        pytest.param(
            replace(
                version("v2", FIRE_URL, None),
                path="scrape.json",
                modified_local_time="2025-06-12T09:45:00",
            ),
            False,
            id="another_feed",
        ),
        pytest.param(version("v2", FIRE_URL, "2025-06-12T09:45:00Z"), False, id="in_utc"),
    ],
)
def test_times_without_a_zone_order_only_the_versions_of_one_feed(
    other: Document, ordered: bool
) -> None:
    """Times of modification without a zone are by the clock of the feed that writes them: they
    order its versions of an article, but not against another feed's, nor against a UTC time
    (nor does the publication time in UTC stand in for them)."""
    first = replace(version("v1", FIRE_URL, None), modified_local_time="2025-06-12T06:10:00")
    assert (version_times(first, other) is not None) is ordered
    assert version_ranks([other, first]) == {"v2": int(ordered), "v1": 0}


@pytest.mark.parametrize(
    ("original", "ordered"),
    [
        pytest.param(version("v1", FIRE_URL, None), True, id="same_feed"),
        pytest.param(
            replace(version("v1", FIRE_URL, None), path="scrape.json"), False, id="another_feed"
        ),
        pytest.param(
            replace(version("v1", FIRE_URL, None), published_time="2025-06-12T10:00:00Z"),
            False,
            id="published_later",
        ),
        pytest.param(
            replace(version("v1", FIRE_URL, None), published_time=None), False, id="untimed"
        ),
    ],
)
def test_a_version_never_modified_goes_before_its_feeds_versions_modified_without_a_zone(
    original: Document, ordered: bool
) -> None:
    """A feed that dates its versions' modifications without a zone and gives one version none
    says that version is as it was published: it goes before those published no earlier than
    it, all modified since; another feed's, or one published later or at no known time, is
    not set against them."""
    edited = [
        replace(version(f"v{n}", FIRE_URL, None), modified_local_time=modified)
        for n, modified in [(3, "2025-06-12T12:20:00"), (2, "2025-06-12T09:45:00")]
    ]
    expected = {"v3": 1 + ordered, "v2": int(ordered), "v1": 0}
    assert version_ranks([*edited, original]) == expected
    assert (version_times(edited[1], original) == ("2025-06-12T09:45:00", "")) is ordered


def published_by_feed_clock(name: str, path: str = "feed.json") -> Document:
    """A version as a feed that writes every time without a zone gives it, never modified."""
    return replace(
        version(name, FIRE_URL, None),
        path=path,
        published_time=None,
        published_local_time="2025-06-12T06:10:00",
    )


@pytest.mark.parametrize(
    ("original", "ranks"),
    [
        pytest.param(published_by_feed_clock("v1"), {"v1": 0, "v2": 1, "v3": 2}, id="same_feed"),
        pytest.param(
            replace(published_by_feed_clock("v1"), published_local_time="2025-06-12T10:00:00"),
            {"v1": 1, "v2": 0, "v3": 2},
            id="published_after_an_edit",
        ),
        pytest.param(
            published_by_feed_clock("v1", path="scrape.json"),
            {"v1": 0, "v2": 0, "v3": 1},
            id="another_feed",
        ),
    ],
)
def test_a_version_never_modified_is_dated_by_its_publication_by_the_feeds_clock(
    original: Document, ranks: dict[str, int]
) -> None:
    """A feed that writes every time without a zone, its publications too, dates a version it
    gives no modification time by its publication, on the clock of its versions' modifications:
    it goes among them by that time; another feed's zone-less times are still set against none
    of them."""
    edited = [
        replace(published_by_feed_clock(f"v{n}"), modified_local_time=modified)
        for n, modified in [(3, "2025-06-12T12:20:00"), (2, "2025-06-12T09:45:00")]
    ]
    assert version_ranks([*edited, original]) == ranks
    by_one_clock = original.path == edited[1].path
    assert (version_times(original, edited[1]) is not None) is by_one_clock


HOURS = st.sampled_from(["06:10:00", "09:45:00", "12:20:00"])


@st.composite
def versions_of_one_article(draw: st.DrawFn) -> list[Document]:
    """Versions at one address, each published and modified in UTC, without a zone or never (of
    unknown time), from two feeds."""
    drawn = []
    for n in range(draw(st.integers(1, 8))):
        published = draw(st.sampled_from(["never", "utc", "local"]))
        modified = draw(st.sampled_from(["never", "utc", "local"]))
        drawn.append(
            replace(
                version(f"v{n}", FIRE_URL, None),
                path=draw(st.sampled_from(["feed.json", "scrape.json"])),
                published_time=f"2025-06-12T{draw(HOURS)}Z" if published == "utc" else None,
                published_local_time=f"2025-06-12T{draw(HOURS)}" if published == "local" else None,
                modified_time=f"2025-06-12T{draw(HOURS)}Z" if modified == "utc" else None,
                modified_local_time=f"2025-06-12T{draw(HOURS)}" if modified == "local" else None,
            )
        )
    return drawn


@given(versions=versions_of_one_article())
def test_a_versions_rank_counts_the_versions_modified_before_it(versions: list[Document]) -> None:
    """However the feeds date them, a version's rank is the number of the article's versions
    that :func:`version_times` says were modified before it: counted from sorted times, as a
    feed that gives all its items one address makes thousands of versions of one article."""
    earlier = {
        v.id: sum(
            (times := version_times(other, v)) is not None and times[0] < times[1]
            for other in versions
        )
        for v in versions
    }
    assert version_ranks(versions) == earlier


# A coach operator's article as the Trent Post's content system exports it: the slug changed
# with the headline, one export gives no address at all, the id and publication stay.
TRENT_PUBLISHED = "2025-03-02T11:00:00Z"


def trent_post(name: str, url: str | None, modified: str, **fields: str | None) -> Document:
    values: dict[str, str | None] = {
        "article_id": "tp-4471",
        "published_time": TRENT_PUBLISHED,
        **fields,
    }
    return Document(
        f"tp-4471@cms.jsonl:{name}", "Trent Post", f"Coach crash text, as of {modified}.",
        path="cms.jsonl", published="2025-03-02", url=url, modified_time=modified,
        article_id=values["article_id"], published_time=values["published_time"],
    )  # fmt: skip


RESLUGGED = [
    trent_post(
        "2", "https://trentpost.example/23-hurt-redline-coach-crash", "2025-03-02T15:40:00Z"
    ),
    trent_post("1", "https://trentpost.example/redline-coaches-licence", "2025-03-02T11:00:00Z"),
]


@pytest.mark.parametrize(
    "later",
    [
        pytest.param(RESLUGGED[0], id="reslugged"),
        pytest.param(replace(RESLUGGED[0], url=None), id="no_address"),
    ],
)
def test_records_of_one_outlet_id_and_publication_are_versions_whatever_their_address(
    later: Document,
) -> None:
    """A content system re-slugs an article's address with its headline, or exports it without
    one: the id it keeps, with the moment of publication, makes its records versions of one
    article, ordered by when each was modified."""
    first = RESLUGGED[1]
    assert same_article(later, first)
    assert version_ranks([later, first]) == {later.id: 1, first.id: 0}
    assert version_times(later, first) == ("2025-03-02T15:40:00Z", "2025-03-02T11:00:00Z")


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(replace(RESLUGGED[0], source="Trent Herald"), id="another_outlet"),
        pytest.param(
            trent_post("3", None, "2025-03-05T09:00:00Z", published_time="2025-03-05T08:00:00Z"),
            id="published_another_time",
        ),
        pytest.param(
            trent_post("3", None, "2025-03-02T15:40:00Z", published_time=None),
            id="no_time_of_publication",
        ),
        pytest.param(trent_post("3", None, "2025-03-02T15:40:00Z", article_id="tp-4472"), id="id"),
    ],
)
def test_an_id_shared_by_another_outlet_or_publication_makes_no_version(other: Document) -> None:
    """An id names an article only with its outlet and its moment of publication: a merged
    feed may give one id to different articles, and a day's export number its articles from 1
    again."""
    assert not same_article(other, RESLUGGED[1])
    assert articles([other, RESLUGGED[1]]) == []


def test_versions_linked_through_another_version_are_one_article() -> None:
    """A version re-slugged under its id, then saved again at the new address without the id,
    is one article with the first: linked through the version between them."""
    first, moved = RESLUGGED[1], RESLUGGED[0]
    again = replace(moved, id="tp-4471@cms.jsonl:3", article_id=None, modified_time=None)
    assert not same_article(again, first)
    assert [[d.id for d in found] for found in articles([again, first, moved])] == [
        [again.id, first.id, moved.id]
    ]


def test_consecutive_versions_follow_the_order_they_were_modified() -> None:
    """Each version pairs with the next one modified, whatever the order the feed lists them
    in: the steps an editor asks about, not every pair of saves."""
    saves = [
        version(f"v{n}", FIRE_URL, f"2025-06-12T{hour}:00:00Z")
        for n, hour in [(3, "12"), (1, "06"), (4, "15"), (2, "09")]
    ]
    other = version("herald", FIRE_URL, "2025-06-12T07:00:00Z", "Kelso Herald")
    assert consecutive_versions([*saves, other]) == {
        frozenset(("v1", "v2")),
        frozenset(("v2", "v3")),
        frozenset(("v3", "v4")),
    }


def test_a_later_version_is_out_when_it_was_modified() -> None:
    """A later version's text did not exist before it was modified: its publication key is
    that moment, after another outlet's article published in between, which so comes first;
    the first version keeps its publication."""
    first = version("v1", FIRE_URL, None)
    later = version("v2", FIRE_URL, "2025-06-12T20:15:00Z")
    rival = Document(
        "herald", "Kelso Herald", "Text.", published="2025-06-12",
        published_time="2025-06-12T07:30:00Z",
    )  # fmt: skip
    assert text_out(later).published_time == "2025-06-12T20:15:00Z"
    assert text_out(first) == first
    keys = first_published_keys([later, rival, first], [], all_timed=True)
    assert sorted(keys, key=keys.__getitem__) == ["v1", "herald", "v2"]


@pytest.mark.parametrize(
    ("versions", "expected"),
    [
        pytest.param(
            [
                replace(version("v1", FIRE_URL, "2025-06-12T18:00:00Z"), text="Bail was £250,000."),
                replace(version("v2", FIRE_URL, "2025-06-12T18:00:00Z"), text="Bail was £25,000."),
            ],
            [UnorderedVersions("Kelso Courier", FIRE_URL, ("v1", "v2"), "2025-06-12T18:00:00Z")],
            id="one_time_two_texts",
        ),
        pytest.param(
            [version("v1", FIRE_URL, "2025-06-12T18:00:00Z"), version("v2", FIRE_URL, None)],
            [],
            id="ordered",
        ),
        pytest.param(
            [version(n, FIRE_URL, "2025-06-12T18:00:00Z") for n in ("v1", "v1")],
            [],
            id="one_time_one_text",
        ),
        pytest.param(
            [
                replace(
                    version(n, FIRE_URL, None),
                    path=f"export-{hour}00.jsonl",
                    published_time=None,
                    published_local_time="2025-06-12T08:00:00",
                    modified_local_time=f"2025-06-12T{hour}:30:00",
                )
                for n, hour in [("v1", "08"), ("v2", "10")]
            ],
            [
                UnorderedVersions(
                    "Kelso Courier",
                    FIRE_URL,
                    ("v1", "v2"),
                    files=("export-0800.jsonl", "export-1000.jsonl"),
                )
            ],
            id="files_without_zones",
        ),
        pytest.param(
            [
                replace(version(n, FIRE_URL, None), modified_local_time=f"2025-06-12T{hour}:30:00")
                for n, hour in [("v1", "08"), ("v2", "10")]
            ],
            [],
            id="one_file_without_zones",
        ),
    ],
)
def test_versions_whose_order_no_time_tells_are_found(
    versions: list[Document], expected: list[UnorderedVersions]
) -> None:
    """Two texts of one article last modified at one time (a silent edit the content system did
    not stamp), or modified at times without a zone in two exports whose clocks may differ:
    the run cannot tell which is current, and says so."""
    assert list(unordered_versions(versions)) == expected


WIRE_TEXT = "Storm winds toppled a crane at Harwich port on Tuesday.\n\nCopyright Apex Wire.\n"


@pytest.mark.parametrize(
    ("second", "second_boilerplate", "same"),
    [
        pytest.param(WIRE_TEXT, frozenset({1}), True, id="reprint_of_one_text"),
        pytest.param(WIRE_TEXT, frozenset(), False, id="one_text_other_boilerplate"),
        pytest.param(WIRE_TEXT + "Our reporter adds.\n", frozenset({1}), False, id="line_added"),
    ],
)
def test_documents_printing_one_text_with_its_boilerplate_share_a_text_number(
    second: str, second_boilerplate: frozenset[int], same: bool
) -> None:
    """Two outlets' documents have one text number only when they print one text and the same
    sentences of it are boilerplate: their matches with any other text are then the same."""
    wire = Document("wire", "Apex", WIRE_TEXT, path="wire.txt", published=DAYS[0])
    daily = Document("daily", "Daily", second, path="daily.txt", published=DAYS[1])
    numbers = text_numbers([wire, daily], {"wire": frozenset({1}), "daily": second_boilerplate})
    assert (numbers["wire"] == numbers["daily"]) is same


def test_a_later_version_goes_on_the_day_its_text_came_out() -> None:
    """An article of August 1 at 14:40 updated on August 2 at 08:15, and a paper of August 1
    without a time: the update's text came out on the 2nd, after the paper's day (the day the
    story's order gave it was its article's, the 1st, before the paper)."""
    url = "https://observer.example/fire"
    first = Document(
        "v1", "Observer", "", url=url, published="2025-08-01",
        published_time="2025-08-01T14:40:00Z", modified_time="2025-08-01T14:40:00Z",
    )  # fmt: skip
    later = replace(first, id="v2", modified_time="2025-08-02T08:15:00Z")
    paper = Document("paper", "Daily", "", published="2025-08-01")
    keys = first_published_keys([first, later, paper], [])
    assert sorted(keys, key=keys.__getitem__) == ["v1", "paper", "v2"]


@pytest.mark.parametrize(
    ("capture", "page"),
    [
        pytest.param(
            "https://web.archive.org/web/20250410140512/https://wvt.example/news/kestrel-bridge",
            "https://wvt.example/news/kestrel-bridge",
            id="wayback",
        ),
        pytest.param(
            "https://web.archive.org/web/20250410140512id_/http://wvt.example/news/kestrel-bridge",
            "http://wvt.example/news/kestrel-bridge",
            id="wayback_with_a_mode",
        ),
        pytest.param(
            "https://web.archive.org/web/20250410140512/https:/wvt.example/news/kestrel-bridge",
            "https://wvt.example/news/kestrel-bridge",
            id="wayback_folded_slashes",
        ),
        pytest.param(
            "https://archive.ph/2025.04.10-140512/https://wvt.example/news/kestrel-bridge",
            "https://wvt.example/news/kestrel-bridge",
            id="archive_today_dotted",
        ),
        pytest.param("https://archive.ph/Xk3Pq", None, id="archive_today_short_form"),
        pytest.param("https://wvt.example/web/2025/kestrel-bridge", None, id="not_an_archive"),
    ],
)
def test_a_web_archive_capture_names_the_page_it_captured(capture: str, page: str | None) -> None:
    """A capture's address gives the page it captured, as written but for a scheme's slashes a
    link rewriter folded; an archive's short link and any other address give none."""
    assert archived_page(capture) == page


def test_captures_of_one_page_are_versions_of_one_article() -> None:
    """Two captures of one page, and the page itself, are one article: their addresses name one
    page; the capture's timestamp is its time in UTC."""
    page = "https://wvt.example/news/kestrel-bridge"
    at_nine, at_two, itself = (
        Document(name, "Wend Valley Times", "", url=url)
        for name, url in [
            ("v1", f"https://web.archive.org/web/20250410090212/{page}"),
            ("v2", f"https://web.archive.org/web/20250410140512if_/{page}"),
            ("v3", page),
        ]
    )
    assert same_article(at_nine, at_two) and same_article(at_two, itself)
    assert capture_time(at_two.url) == "2025-04-10T14:05:12Z"
    assert capture_time(itself.url) is None


@pytest.mark.parametrize(
    ("names", "credited"),
    [
        pytest.param(
            {"AM", "Agencia Meridiana"}, ("Agencia Meridiana",), id="initials_of_its_words"
        ),
        pytest.param(
            {"ACP", "Agencia Continental de Prensa"},
            ("Agencia Continental de Prensa",),
            id="a_particle_gives_none",
        ),
        pytest.param(
            {"CNW", "Continental Newswire"}, ("Continental Newswire",), id="a_brand_glued_to_wire"
        ),
        pytest.param(
            {"KNW", "Kestrel NewsWire"}, ("Kestrel NewsWire",), id="a_glued_brands_inner_capital"
        ),
        pytest.param(
            {"DPA", "Deutsche Presse-Agentur"},
            ("Deutsche Presse-Agentur",),
            id="a_hyphened_word_gives_each_half",
        ),
        pytest.param(
            {"ONA", "Ostsee Nachrichtenagentur"},
            ("Ostsee Nachrichtenagentur",),
            id="a_word_of_the_news_glued_to_agentur",
        ),
        pytest.param({"RT", "Reuters"}, ("RT", "Reuters"), id="letters_inside_a_word"),
        pytest.param(
            {"CNN", "Continental Newswire"},
            ("CNN", "Continental Newswire"),
            id="letters_inside_a_word_before_a_glued_brand",
        ),
        pytest.param(
            {"CW", "Continental Newswire"},
            ("CW", "Continental Newswire"),
            id="a_glued_brands_second_half_alone",
        ),
        pytest.param({"AP", "Agerpres"}, ("AP", "Agerpres"), id="ap_beside_agerpres"),
        pytest.param(
            {"AP", "Agence France-Presse"},
            ("AP", "Agence France-Presse"),
            id="ap_beside_agence_france_presse",
        ),
    ],
)
def test_initials_are_a_credited_name_only_where_they_stand_for_it(
    names: set[str], credited: tuple[str, ...]
) -> None:
    """Initials in capitals beside a credited name are that name only where each is the first
    letter of one of its capitalised words, or of the words one is glued from (capitals inside
    it, or a known compound such as news and wire); other letters of a word never count."""
    assert credited_once(names) == credited


def test_a_document_holds_dates_as_text_and_credits_as_a_tuple_from_the_start() -> None:
    """A notebook's ``date`` and list of credits (as python.md documents them) are held as the
    result holds them: the document is hashable and equal to its copy in the result, and an
    aware ``datetime`` for ``published`` times it too (acceptance round 41, e6: a list kept as
    given made the document unhashable)."""
    text = "The Harlow council voted on Monday to close two branch libraries, officials said."
    given = Document(
        "hc-1", "Harlow Courier", text, published=date(2026, 5, 12), credits=["AP"], links=[]
    )
    assert (given.published, given.credits, given.links) == ("2026-05-12", ("AP",), ())
    assert hash(given) == hash(replace(given))
    assert compare_documents([given]).by_id["hc-1"] == given
    timed = Document("hc-2", "Harlow Courier", text, published=datetime(2026, 5, 12, 9, 30))
    assert (timed.published, timed.published_local_time) == ("2026-05-12", "2026-05-12T09:30:00")
