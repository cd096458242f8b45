"""The warnings a read gives, as lines a script gets and the command prints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from compare import (
    Document,
    Settings,
    compare_against,
    compare_documents,
    compare_paths,
    comparison_warnings,
    read_warnings,
)
from compare.cli import app
from compare.read import ReadResult, read_paths
from compare.records import Result, SkipReason
from tests.helpers import circular_credits, ferry_strike_copies

FLOOD = "Flood water closed the Harwick ring road on Tuesday, the county council said."
BUDGET = "The Harwick council approved a budget that raises bus fares by 5 percent from June."
SOURCES = (
    "no source, outlet, publication, newspaper, newspaper_title, paper, publisher, station, channel, "
    "channel_name, site_name, sitename, site, source_name or from field"
)


def write_feed(folder: Path, *records: dict[str, Any] | str) -> Path:
    """A JSON Lines feed of ``records``, a string written as the line it is (a broken one)."""
    feed = folder / "feed.jsonl"
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return feed


@pytest.mark.parametrize(
    ("records", "said"),
    [
        pytest.param(
            [
                {"id": "123", "source": "Harwick Post", "text": FLOOD},
                {"id": "123", "source": "Vale Radio", "text": BUDGET},
            ],
            "warning: 1 id is given by more than one record (2 records); each such record's id "
            'but the earliest\'s gets a key of its content added in every output, as "123@3b83a946"',
            id="id_given_twice",
        ),
        pytest.param(
            [
                {"id": "hp-1", "source": "Harwick Post", "text": FLOOD},
                {"id": "radio-7", "text": BUDGET},
            ],
            "warning: 1 record in {feed} names no source ({sources}): it is labelled by its id as "
            'its outlet, "radio-7"; records of one id in several files are one outlet',
            id="no_source",
        ),
        pytest.param(
            [
                {"id": "hp-1", "source": "Harwick Post", "text": FLOOD},
                {"id": "vr-7", "url": "https://www.valeradio.example/budget", "text": BUDGET},
            ],
            "warning: 1 record in {feed} names no source ({sources}): it is labelled by its web "
            'address\'s site as its outlet, "valeradio.example"',
            id="no_source_but_a_web_address",
        ),
        pytest.param(
            [
                {"id": "hp-1", "source": "Harwick Post", "text": FLOOD, "date": "last Tuesday"},
            ],
            'warning: 1 date not understood, such as "last Tuesday" ({feed}:1); it counts as '
            "undated: write the day published, as 2024-04-03 or April 3, 2024",
            id="date_not_understood",
        ),
        pytest.param(
            [
                {"id": "hp-1", "source": "Harwick Post", "text": FLOOD},
                '{"id": "hp-2", "source": "Harwick Post" "text": "cut"}',
            ],
            "warning: skipped {feed}:2: broken JSON line: Expecting ',' delimiter (column 41)",
            id="broken_line",
        ),
    ],
)
def test_a_feeds_trouble_is_one_line(
    tmp_path: Path, records: list[dict[str, Any] | str], said: str
) -> None:
    """Each thing a read could not use, or used otherwise than given, is said in one line, as
    ``compare run`` prints it."""
    feed = write_feed(tmp_path, *records)
    expected = said.format(feed=feed.as_posix(), sources=SOURCES)
    assert read_warnings(read_paths([str(feed)])) == [expected]


def test_publication_times_without_a_zone_are_counted_in_one_line(tmp_path: Path) -> None:
    """Two papers' times of day that name no zone, one in a date line and one in a record, are
    counted in one warning saying that only their days tell who published first."""
    lede = (
        "A fire at the Dunmore ferry terminal closed the harbour on Thursday, the coastguard said."
    )
    (tmp_path / "herald.txt").write_text(
        f"Harbour fire closes ferry terminal\n\nPublished 14:30, 12 March 2026\n\n{lede}\n",
        encoding="utf-8",
    )
    record = {"source": "Harbour Times", "published": "2026-03-12T16:05:00", "text": lede}
    (tmp_path / "times.json").write_text(json.dumps(record), encoding="utf-8")
    read = read_paths([str(tmp_path)])
    assert [d.published for d in read.documents] == ["2026-03-12", "2026-03-12"]
    assert read_warnings(read) == [
        'warning: 2 publication times give no time zone, such as "14:30, 12 March 2026" '
        f"({(tmp_path / 'herald.txt').as_posix()}): a time in a zone nobody names cannot be "
        "compared with another outlet's, so only their days tell who published first; give the "
        'zone, as "14:30 GMT" or 2026-03-12T14:30:00Z, or name the zone of every such time with '
        "--timezone (+08:00, Asia/Taipei)"
    ]


def test_a_clean_feed_gives_no_warning(tmp_path: Path) -> None:
    """A feed whose every record gives its id, source and text is read without a word."""
    feed = write_feed(
        tmp_path,
        {"id": "hp-1", "source": "Harwick Post", "text": FLOOD, "date": "2025-03-11"},
        {"id": "vr-1", "source": "Vale Radio", "text": BUDGET, "date": "2025-03-12"},
    )
    assert read_warnings(read_paths([str(feed)])) == []


def test_tied_versions_name_a_repeated_text_as_the_same_text(tmp_path: Path) -> None:
    """Of three versions of one article last modified at one time, a line repeated word for
    word (a scraper's duplicate, from another node) is named as the same text, not as a version of its own: two
    texts, not three, leave which is current unknown."""
    save = {
        "id": "hp-44",
        "source": "Harwick Post",
        "url": "https://harwickpost.example/flood",
        "modified": "2025-03-11T09:40:00Z",
    }
    feed = write_feed(
        tmp_path,
        save | {"text": FLOOD},
        save | {"text": f"{FLOOD} Buses were diverted through Elm Street."},
        save | {"text": FLOOD, "scraper": "node-2"},
    )
    (said,) = read_warnings(read_paths([str(feed)]))
    assert said == (
        "warning: 3 versions of Harwick Post's article https://harwickpost.example/flood were "
        "last modified at one time, 2025-03-11T09:40:00Z, with 2 different texts "
        "(hp-44, hp-44@d22efe23, hp-44@a42ade96; hp-44 and "
        "hp-44@a42ade96 are the same text): which is current cannot be told"
    )


def test_tied_versions_that_give_no_modification_time_say_so(tmp_path: Path) -> None:
    """Two texts of one article, neither stamped with a modification time compare reads, are
    said to be published at one time, with none saying when it was modified: not "last modified
    at one time", which hid that the feed's own field was not read (finding c3 of acceptance
    round 31)."""
    save = {
        "id": "hp-45",
        "source": "Harwick Post",
        "url": "https://harwickpost.example/flood",
        "published": "2025-03-11T08:00:00Z",
    }
    feed = write_feed(
        tmp_path,
        save | {"text": FLOOD},
        save | {"text": f"{FLOOD} Buses were diverted through Elm Street.", "edited": "10:00"},
    )
    (said,) = read_warnings(read_paths([str(feed)]))
    assert said == (
        "warning: 2 versions of Harwick Post's article https://harwickpost.example/flood were "
        "published at one time, 2025-03-11T08:00:00Z, with different texts (hp-45, "
        "hp-45@688b994f), and none gives when it was modified: which is current cannot be "
        "told"
    )


def test_a_feed_items_teaser_of_a_page_read_whole_is_the_page_not_a_version(
    tmp_path: Path,
) -> None:
    """A feed's item that gives only the opening of the page saved from its address, at the
    time the page gives, is that article: left out, said in one note, not warned of as a
    version whose order cannot be told (acceptance round 37, d10); the page is read."""
    page = {
        "source": "Harwick Post",
        "url": "https://harwickpost.example/flood",
        "date": "2025-03-11T08:00:00Z",
        "title": "Flood closes ring road",
    }
    feed = write_feed(tmp_path, page | {"text": FLOOD})
    saved = tmp_path / "page.json"
    saved.write_text(
        json.dumps(page | {"text": f"{FLOOD}\n\nBuses were diverted through Elm Street."}),
        encoding="utf-8",
    )
    read = read_paths([str(feed), str(saved)])
    assert [d.path for d in read.documents] == [str(saved)]
    assert [(s.path, s.code) for s in read.skipped] == [(f"{feed}:1", SkipReason.TEASER)]
    assert read.unordered_versions == ()
    assert read_warnings(read) == [
        "note: left out 1 feed item that only opens an article read whole from another input "
        f"at one address and time, such as {feed}:1: the page is the article"
    ]


def test_records_named_by_their_sites_outlet_say_so(tmp_path: Path) -> None:
    """Records that name no source, labelled with the outlet the feed's other records at their
    site name, are counted in one line that says where the name came from."""
    feed = write_feed(
        tmp_path,
        {"id": "hp-1", "source": "Harwick Post", "url": "https://harwickpost.example/1"}
        | {"text": FLOOD},
        {"id": "hp-2", "source": None, "url": "https://harwickpost.example/2", "text": BUDGET},
    )
    (said,) = read_warnings(read_paths([str(feed)]))
    assert said.startswith("warning: 1 record in ")
    assert said.endswith(
        "it is labelled by the outlet the file's other records at its web address's site name "
        'as its outlet, "Harwick Post"'
    )


def test_a_script_hears_the_warnings_through_on_read(tmp_path: Path) -> None:
    """``compare_paths``'s ``on_read`` hears the read, whose warnings a script keeps as the
    command prints them: the id given twice, rewritten in every document."""
    feed = write_feed(
        tmp_path,
        {"id": "123", "source": "Harwick Post", "text": FLOOD},
        {"id": "123", "source": "Vale Radio", "text": BUDGET},
    )
    said: list[str] = []
    result = compare_paths(feed, on_read=lambda read: said.extend(read_warnings(read)))
    assert [line.split(";")[0] for line in said] == [
        "warning: 1 id is given by more than one record (2 records)"
    ]
    assert [(d.id, d.article_id) for d in result.documents] == [
        ("123", "123"),
        ("123@3b83a946", "123"),
    ]


@pytest.mark.parametrize(
    ("documents", "max_bucket_size", "said"),
    [
        pytest.param(
            circular_credits(),
            200,
            "warning: pair directions went round in 1 cycle (story-001), which no order of "
            "publication fits: the weakest direction of each was taken away; see that story's "
            "report",
            id="directions_in_a_cycle",
        ),
        pytest.param(
            ferry_strike_copies(20),
            10,
            'warning: 22 sentences in 1 story (story-001, "Ferry crews on the Kessling Strait '
            'walked out at dawn on Thursday, stranding…") had their candidate pairs sampled, in '
            "LSH buckets of more than 10 sentences",
            id="sentences_sampled",
        ),
    ],
)
def test_a_script_gets_the_warnings_the_command_gives_after_comparing(
    tmp_path: Path, documents: list[Document], max_bucket_size: int, said: str
) -> None:
    """What ``compare run`` warns of on stderr once the comparison is done, a script gets from
    the result, line for line: directions that went round, sentences whose pairs were sampled."""
    feed = write_feed(
        tmp_path,
        *(
            {"id": d.id, "source": d.source, "text": d.text, "published": d.published}
            for d in documents
        ),
    )
    result = compare_paths(feed, Settings(max_bucket_size=max_bucket_size))
    (line,) = comparison_warnings(result)
    assert line.startswith(said)
    size = str(max_bucket_size)
    out = str(tmp_path / "out")
    printed = CliRunner().invoke(
        app, ["run", str(feed), "--max-bucket-size", size, "--out", out, "-q"]
    )
    assert printed.exit_code == 0
    assert printed.stderr.splitlines() == [line]


def test_a_clean_comparison_gives_no_warning(tmp_path: Path) -> None:
    """A feed read and compared without trouble gives a script no warning after comparing."""
    feed = write_feed(
        tmp_path,
        {"id": "hp-1", "source": "Harwick Post", "text": FLOOD},
        {"id": "vr-1", "source": "Vale Radio", "text": f"{FLOOD} {BUDGET}"},
    )
    assert comparison_warnings(compare_paths(feed)) == []


def test_the_functions_are_not_hidden_by_their_module() -> None:
    """``compare.read_warnings`` and ``compare.comparison_warnings`` are the functions, though the
    module that holds them has been imported (as the command imports it): a module of one of
    their names would take its place in the package."""
    import compare
    import compare.run_warnings

    assert callable(compare.read_warnings)
    assert callable(compare.comparison_warnings)


def test_pages_of_several_articles_are_counted_in_one_note() -> None:
    """The text files read as several articles each are counted in one line, naming the first
    file's articles as the reports do: an archive holds thousands of such pages."""
    read = ReadResult((), (), pages_of_articles=("pages/star_p3.txt", "pages/star_p4.txt"))
    assert read_warnings(read) == [
        "note: 2 text files hold several articles, each a headline in capitals over a dateline or "
        "a paragraph, as a newspaper's page does: each article is read apart, pages/star_p3.txt#1, "
        "pages/star_p3.txt#2 and so on"
    ]


@pytest.mark.parametrize(
    ("files", "listed_in", "said"),
    [
        pytest.param(
            ("IMG_2041.jpg", "Thumbs.db", "server.log", "screenshot.png"),
            "index.md",
            [
                "warning: skipped 4 files of types compare does not read (.db, .jpg, .log, .png), "
                "such as {folder}/IMG_2041.jpg; index.md lists every one"
            ],
            id="types_share_one_line",
        ),
        pytest.param(
            ("a.jpg", "b.jpg"),
            "",
            [
                "warning: skipped 2 files of a type compare does not read (.jpg), such as {folder}/a.jpg"
            ],
            id="one_type_no_reports",
        ),
        pytest.param(
            ("photo.jpg",),
            "index.md",
            ["warning: skipped {folder}/photo.jpg: unsupported file type .jpg"],
            id="one_file_keeps_its_line",
        ),
        pytest.param(
            ("notes.doc", "tip.msg", "photos.zip", "empty.txt", "Thumbs.db"),
            "index.md",
            [
                "warning: skipped {folder}/empty.txt: empty file",
                "warning: skipped {folder}/notes.doc: unsupported file type .doc: save it as "
                "plain text (.txt) to compare it",
                "warning: skipped {folder}/photos.zip: unsupported file type .zip: unpack it and "
                "run compare on the folder to compare the files it holds",
                "warning: skipped 2 files of types compare does not read (.db, .msg), such as "
                "{folder}/Thumbs.db; index.md lists every one",
            ],
            id="files_that_may_be_articles_keep_their_lines",
        ),
    ],
)
def test_files_skipped_for_their_type_share_one_line(
    tmp_path: Path, files: tuple[str, ...], listed_in: str, said: list[str]
) -> None:
    """A messy folder's pictures, logs and mail share one warning line, however many there are,
    naming their types and the first; a file that may be an article (empty, an old Word document
    to save as text, an archive to unpack) keeps a line of its own, as does a lone file of a type
    not read."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.txt").write_text(FLOOD, encoding="utf-8")
    for name in files:
        (folder / name).write_bytes(b"" if name.endswith(".txt") else b"PK\x03\x04 not text")
    read = read_paths([str(folder)])
    assert read_warnings(read, listed_in=listed_in) == [
        line.format(folder=folder.as_posix()) for line in said
    ]
    assert len(read.skipped) == len(files)


def test_one_id_at_one_address_under_two_outlet_names_is_warned_of(tmp_path: Path) -> None:
    """Two suppliers' records of one article, one id at one address, naming its outlet by its site
    and by its name, get a warning that they are taken for two outlets' articles."""
    url = "https://kingsbury-gazette.example/news/library-opens"
    text = "Kingsbury's new library will open on Saturday after two years of building work."
    records = {
        "b.jsonl": {"id": "kg-206", "link": url, "text": text, "site": "kingsbury-gazette.example"},
        "a.jsonl": {
            "id": "kg-206",
            "url": url + "?utm_source=rss",
            "body": text + " The mayor will cut the ribbon.",
            "source": "Kingsbury Gazette",
        },
    }
    for name, record in records.items():
        (tmp_path / name).write_text(json.dumps(record) + "\n", encoding="utf-8")
    said = read_warnings(read_paths([str(tmp_path)]))
    assert [line for line in said if "name its outlet otherwise" in line] == [
        "warning: 1 id is given at one address by records that name its outlet otherwise, such "
        'as "kg-206" ("Kingsbury Gazette" and "kingsbury-gazette.example"): they are taken for '
        "different outlets' articles, not versions of one, so an update may be listed as a copy; "
        "name the outlet alike in each record"
    ]


def write_messy_night(folder: Path) -> None:
    """A night's crawl folder: two outlets' reports of one flood and the junk a crawler saves
    beside them (empty pages, a picture saved as a page, a feed line cut short)."""
    folder.mkdir()
    (folder / "post.txt").write_text(f"{FLOOD} {BUDGET}\n", encoding="utf-8")
    (folder / "radio.txt").write_text(f"{FLOOD}\n", encoding="utf-8")
    for name in ("empty.html", "blank.txt", "stub.txt"):
        (folder / name).write_text(" \n" if name == "blank.txt" else "", encoding="utf-8")
    (folder / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    write_feed(folder, {"id": "hp-9", "source": "Harwick Post", "text": FLOOD}, '{"id": "hp-')


@pytest.mark.parametrize(
    ("listed_in", "listed"),
    [
        pytest.param("report.json", "report.json lists every one", id="in_the_report"),
        pytest.param("", "without -q each is named", id="no_report_lists_them"),
    ],
)
def test_quiet_counts_the_inputs_skipped_in_one_line(
    tmp_path: Path, listed_in: str, listed: str
) -> None:
    """With ``quiet`` the inputs skipped are counted in one line by reason, naming none, which
    says where each is named; without it each file keeps its line."""
    write_messy_night(tmp_path / "night")
    read = read_paths([str(tmp_path / "night")])
    assert read_warnings(read, listed_in=listed_in, quiet=True) == [
        "warning: skipped 5 files and records: 3 empty file; 1 broken JSON line; "
        f"1 binary file, not text ({listed})"
    ]
    assert len(read_warnings(read, listed_in=listed_in)) == 5


def test_a_quiet_run_says_the_inputs_it_skipped_in_one_line(tmp_path: Path) -> None:
    """``compare run -q`` of a night's crawl writes one warning line for all its junk inputs on
    stderr, report.json naming each of them, and ``--strict`` still fails it."""
    write_messy_night(tmp_path / "night")
    out = tmp_path / "out"
    args = ["run", str(tmp_path / "night"), "--out", str(out), "--format", "json", "-q"]
    printed = CliRunner().invoke(app, args)
    assert printed.exit_code == 0, printed.stderr
    assert printed.stdout == ""
    assert printed.stderr.splitlines() == [
        "warning: skipped 5 files and records: 3 empty file; 1 broken JSON line; "
        "1 binary file, not text (report.json lists every one)"
    ]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(report["skipped"]) == 5
    assert CliRunner().invoke(app, [*args, "--strict"]).exit_code == 1


def test_sampled_sentences_are_warned_of_in_a_short_line_and_counted_in_report_json(
    tmp_path: Path,
) -> None:
    """The warning for sentences whose candidate pairs were sampled is one short line; the
    index gives the whole account and report.json the count, for a job that reads no stderr."""
    feed = write_feed(
        tmp_path,
        *({"id": d.id, "source": d.source, "text": d.text} for d in ferry_strike_copies(20)),
    )
    out = tmp_path / "out"
    printed = CliRunner().invoke(
        app,
        ["run", str(feed), "--max-bucket-size", "10", "--out", str(out), "--format", "all", "-q"],
    )
    assert printed.exit_code == 0, printed.stderr
    (line,) = printed.stderr.splitlines()
    assert line == (
        'warning: 22 sentences in 1 story (story-001, "Ferry crews on the Kessling Strait walked '
        'out at dawn on Thursday, stranding…") had their candidate pairs sampled, in LSH buckets '
        "of more than 10 sentences, so those stories may miss a member, a cluster or an aligned "
        "match; to pair them all, with more memory, and see whether any changes, run again with "
        "--max-bucket-size 21"
    )
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["sampled_sentences"] == 22
    assert "22 sentences had their candidate pairs sampled" in (out / "index.md").read_text(
        encoding="utf-8"
    )


def test_the_sampling_warning_names_a_limit_that_pairs_every_sentence() -> None:
    """The warning of sampled sentences counts the stories that hold them and names the
    ``--max-bucket-size`` to run again with: with it, no sentence is sampled (acceptance round
    32, d6: "1,222 sentences had their candidate pairs sampled" told neither which nor how far
    to raise the limit)."""
    copies = ferry_strike_copies(20)
    # The wire is an agency by its name and staff byline alone, which a note says apart.
    (said,) = _warnings(compare_documents(copies, Settings(max_bucket_size=10)))
    raised = int(said.rsplit(" ", 1)[1])
    assert " in 1 story (story-001, " in said
    again = compare_documents(copies, Settings(max_bucket_size=raised))
    assert (again.sampled_sentences, _warnings(again)) == (0, [])


def _warnings(result: Result) -> list[str]:
    """The lines of :func:`comparison_warnings` that warn, not those that note."""
    return [line for line in comparison_warnings(result) if line.startswith("warning:")]


def test_the_sampling_warning_of_a_check_against_an_archive_names_its_story() -> None:
    """Checked against an archive whose unrelated articles come first, the sentences sampled
    are counted among the stories compared and named by theirs, not by their place among all
    the archive's sentences (an hourly call raised IndexError)."""
    copies = ferry_strike_copies(20)
    unrelated = [
        Document(f"brief-{n}", f"Outlet {n}", f"The Alder Street library in Ward {n} reopened on "
                 f"Monday after {n + 2} weeks of repairs, the council said.")
        for n in range(40)
    ]  # fmt: skip
    result = compare_against(copies[:1], [*unrelated, *copies[1:]], Settings(max_bucket_size=10))
    (said,) = _warnings(result)
    assert " in 1 story (story-" in said
    assert set(result.sampled_documents) <= {d.id for d in copies}


def test_a_record_longer_than_any_news_article_is_named(tmp_path: Path) -> None:
    """A live blog of more than 20,000 words in a feed of briefs gets one warning line naming it
    and its length, and saying what the run does with it and what to do; the brief beside it
    gets none."""
    entries = " ".join(
        f"{hour:02d}:{minute:02d} Volunteers cleared {hour * 60 + minute} metres of the canal "
        "towpath at Ashby Wharf before the rain came in."
        for hour in range(24)
        for minute in range(60)
    )
    feed = write_feed(
        tmp_path,
        {"id": "hp-1", "source": "Harwick Post", "text": FLOOD, "date": "2025-03-11"},
        {"id": "live-1", "source": "Vale Courier", "text": entries, "date": "2025-03-11"},
    )
    words = f"{len(entries.split()):,}"
    assert read_warnings(read_paths([str(feed)])) == [
        "warning: 1 record holds more than 20,000 words, far more than a news article, such as "
        f"{feed.as_posix()}:2 ({words} words): the run compares it whole, as one text (a live "
        "blog, transcript or book), which adds roughly 10 seconds for each 100,000 words, more "
        "on a busy machine, and a short article counts as copied from it only where the "
        "sentences it shares lie in one passage of it; to compare its entries as articles, give "
        "each its own record, or leave it out"
    ]


def test_a_run_without_the_wire_its_outlets_credit_warns_that_it_is_missing() -> None:
    """Two papers run one wire story, one of them crediting the wire, and the wire's own story is
    not among the inputs: the run warns that the credited wire is missing, as the papers would
    otherwise seem to copy each other; with the wire's story read, it says nothing."""
    story = (
        "Police cleared a sit-in outside the Larkfield council offices on Monday.\n"
        "Twelve people were injured, the ambulance service said."
    )
    wire = Document("wire", "Reuters", story, published="2025-06-02")
    credited = Document("post", "Harbor Post", story, published="2025-06-03", credits=("Reuters",))
    other = Document("ledger", "The Ledger", story, published="2025-06-04")
    assert comparison_warnings(compare_documents([credited, other])) == [
        "warning: 1 article (Harbor Post) credits Reuters, which is not among the inputs: outlets "
        "that each ran its copy share its text and may be said to copy one another; add its "
        "stories to the run to trace their text to it"
    ]
    assert comparison_warnings(compare_documents([wire, credited, other])) == []


def test_an_outlet_taken_for_an_agency_by_its_name_alone_is_noted() -> None:
    """An outlet no list of wire services knows, whose name and staff byline made it the
    origin of a pair by its kind, is named in a note that says how to declare it no agency;
    a wire service the lists know is not."""
    story = "\n".join(
        (
            "Crews from four states arrived in Port Calloway on Monday to restore power.",
            "The Calloway Electric Cooperative said 103,500 homes were still dark at noon.",
            "Schools in the county will stay closed on Tuesday, the district said.",
        )
    )
    for wire, noted in (("Metro Wire Today", True), ("Reuters", False)):
        documents = [
            Document("wire", wire, story, author=f"{wire} staff"),
            Document("paper", "Harbour Daily", f"{story}\nReaders can find shelters online."),
        ]
        said = [
            line
            for line in comparison_warnings(compare_documents(documents))
            if "not_agencies" in line
        ]
        assert said == (
            [
                f"note: {wire} is taken for a news agency by its name alone, which orders 1 pair "
                "as its copies; if it is not one, list it under `not_agencies` in a --terms file "
                "(docs/inputs.md)"
            ]
            if noted
            else []
        )


def test_a_feeds_repeated_lines_leave_the_named_lines_to_inputs_lost(tmp_path: Path) -> None:
    """A supplier that writes 25 of its lines twice loses nothing; a broken line of another file
    loses one: that one is named among the first lines, not counted at the end behind the
    repeats, and with -q the repeats count as one kind of reason, not one kind each."""
    feed = tmp_path / "a_supplier.jsonl"
    records = [
        {"id": f"cg-{n}", "source": "Calder Gazette", "text": f"Ferry sailing {n} was cancelled."}
        for n in range(25)
    ]
    feed.write_text("".join(2 * (json.dumps(r) + "\n") for r in records), encoding="utf-8")
    broken = tmp_path / "z_supplier.jsonl"
    broken.write_text('{"id": "zs-1", "text": "Ferry\n', encoding="utf-8")
    read = read_paths([str(tmp_path)])
    assert [s.code for s in read.skipped].count(SkipReason.IDENTICAL_RECORD) == 25
    lines = read_warnings(read)
    assert lines[0].startswith(f"warning: skipped {broken}:1: broken JSON line")
    assert lines[-1].startswith("warning: and 6 more skipped records: 6 identical to an input")
    (quiet,) = read_warnings(read, quiet=True)
    assert "25 identical to an input read already; 1 broken JSON line" in quiet
