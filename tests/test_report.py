"""Markdown and JSON reports: golden files, escaping, and the JSON shape."""

from __future__ import annotations

import hashlib
import json
import platform
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import partial
from importlib.metadata import version
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token
from typer.testing import CliRunner

from compare import render, report_json
from compare.cli import app
from compare.lexicon import use_terms
from compare.pipeline import compare_documents, compare_paths
from compare.read import document_from_html, find_credits
from compare.records import (
    REPORT_PAGE_MARK,
    AddedTerms,
    Credit,
    CreditKind,
    DirectionBasis,
    DirectionCycle,
    Document,
    FramingKind,
    FramingNote,
    MatchKind,
    PairComparison,
    PressRelease,
    Result,
    Span,
    Story,
    Taken,
    Verdict,
    consecutive_versions,
)
from compare.report import ReportFormat, json_report
from compare.report import markdown as markdown_report
from compare.report import write as report_write
from compare.report.dedup import dedup_rows
from compare.report.files import render_reports
from compare.report.json_report import SCHEMA_VERSION
from compare.report.markdown import (
    FRAMING_LABELS,
    WIDE_STORY,
    _carried_through,
    _opening,
    _percent,
    _who_copied,
    escape,
    render_diff,
    render_index,
    render_pair,
    render_story,
    story_file_name,
)
from compare.report.network import edges
from compare.report.write import RenderedOnRead, write_reports
from compare.settings import Settings
from compare.word_diff import word_edits
from tests.helpers import (
    BOND_REWRITE,
    BOND_SCOOP,
    CYCLING_RELEASE,
    CYCLING_WIRE,
    DOG_RELEASE,
    DOG_WIRE,
    FOOTBRIDGE_HEADLINE,
    MARKET_WRAP,
    MONDAYS_WRAP,
    MONDAYS_WRAP_REVISED,
    PICKET_HERALD,
    PICKET_LEDGER,
    PORT_STRIKE,
    QUARRY_VERSIONS,
    QUARRY_VERSIONS_ALL_BY_FEED_CLOCK,
    QUARRY_VERSIONS_BY_FEED_CLOCK,
    ROOT,
    ROUNDUP,
    SEEDS,
    SHAZORBU,
    TUESDAYS_WRAP,
    VINSELIAN,
    WIRE_COPY,
    backdating_run,
    circular_credits,
    document,
    exclusive_quoted,
    ferry_strike_copies,
    footbridge_pasted,
    forest_fire_lifted,
    grain_port_story,
    job_cut_briefs,
    library_closure,
    link_road_reports,
    live_page,
    phones_story,
    vacunas_with_record,
    warehouse_versions,
    write_agency_feed,
    write_library_assignment,
)

GOLDEN = Path(__file__).resolve().parent / "golden"
# The software the golden report.json files name as having made them: this machine's would change
# them with every commit, word list and library upgrade (report.json's own tests check the real).
GOLDEN_SOFTWARE = {
    "code": "c0de" * 4,
    "data": {"framing_terms.toml": "da7a" * 4, "paraphrase_model.json": "da7a" * 4},
    "libraries": {"datasketch": "2.0.0", "rapidfuzz": "3.9.0", "sentencex": "1.0.32"},
    "python": "CPython 3.11.0",
}
HOSTILE = (
    "Officials | said *nothing* about _it_ or `rm -rf` <script>alert(1)</script> "
    "[click](https://evil.example) ~~gone~~ &amp; \\*escaped\\* ![img](x.png) # not a heading."
)


def markdown() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def run_into(out: Path, *args: str) -> None:
    result = CliRunner().invoke(app, ["run", *args, "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.stderr


def assert_same_tree(expected: Path, actual: Path) -> None:
    expected_names = sorted(p.name for p in expected.iterdir())
    assert expected_names == sorted(p.name for p in actual.iterdir())
    for name in expected_names:
        assert (actual / name).read_text(encoding="utf-8") == (expected / name).read_text(
            encoding="utf-8"
        ), name


def test_committed_seed_report_is_what_the_command_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`compare run seeds/` reproduces the committed reports/ byte for byte."""
    monkeypatch.chdir(ROOT)
    run_into(tmp_path, "seeds/")
    assert_same_tree(ROOT / "reports", tmp_path)


@pytest.mark.parametrize(
    "fixture",
    [
        # A wire story and a newspaper's rewrite of it, beside an unrelated article.
        pytest.param(WIRE_COPY, id="wire_copy"),
        # One story from ten outlets (copies, edits, paraphrases, omissions: the coverage
        # matrix and who copied whom) and one story that a single outlet tells.
        pytest.param(PORT_STRIKE, id="port_strike"),
        # A round-up of two press releases that tell two stories: pairs across stories.
        pytest.param(ROUNDUP, id="roundup"),
    ],
)
def test_report_matches_its_golden_files(
    fixture: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    """A fixture's Markdown and JSON reports equal the reviewed golden files (refresh them
    with `pytest --update-golden` after a deliberate change)."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(json_report, "software", lambda: GOLDEN_SOFTWARE)
    golden = GOLDEN / fixture.name
    run_into(
        golden if update_golden else tmp_path,
        fixture.relative_to(ROOT).as_posix(),
        "--format",
        "all",
    )
    if not update_golden:
        assert_same_tree(golden, tmp_path)


DOCK_STRIKE = (
    "Dockworkers at the port of Tarrow ended a three-week strike on Tuesday after accepting a 4 "
    "percent pay rise, union leaders said.\n\nThe walkout had stranded more than 40 container "
    "ships in the harbour and delayed deliveries of grain to the region's mills."
)


def test_a_cited_wire_is_named_as_the_credits_name_it() -> None:
    """The agency's own story is the Associated Press's; a paper runs it under "(AP)" and
    another cites "The Associated Press": the framing profiles' cited sources name the agency
    as the credits do, in the story page and in report.json, not "AP" beside "Associated Press"."""
    wire = f"TARROW, May 14 (AP) \u2014 {DOCK_STRIKE}"
    herald = (
        "Union leaders at the port of Tarrow told The Associated Press on Tuesday that the strike "
        "was over.\n\nMayor Idris Calder said the deal came too late for the grain mills, "
        "according to Reuters."
    )
    result = compare_documents(
        [
            Document("ap", "Associated Press", wire),
            replace(Document("gazette", "Tarrow Gazette", wire), credits=find_credits(wire)),
            Document("herald", "Tarrow Herald", herald),
        ],
        single_story=True,
    )
    assert result.credits_of["gazette"] == ("Associated Press",)
    page = render_story(result, result.stories[0])
    cited = next(line for line in page.splitlines() if line.startswith("| cited sources"))
    assert [cell.strip() for cell in cited.split("|")[2:-1]] == [
        "-",
        "Associated Press",
        "Associated Press, Reuters",
    ]
    profiles = {p["doc"]: p["cited_sources"] for p in report_json(result)["profiles"]}
    assert profiles == {
        "ap": [],
        "gazette": ["Associated Press"],
        "herald": ["Associated Press", "Reuters"],
    }


def test_an_index_counts_pairs_across_stories_as_the_json_and_edges_do() -> None:
    """A round-up of two releases that tell two stories: the index counts its pair with the
    other story's release, and the reprint of that release, among the pairs compared, their
    verdicts and the undisclosed ones, as report.json's pairs and edges.csv do, and lists the
    reusing one under the round-up's story, flagged with the release's story."""
    result = compare_paths([str(ROUNDUP)])
    pairs = report_json(result)["pairs"]
    index = render_index(result)
    assert (len(pairs), len(result.across)) == (4, 2)
    assert "4 documents from 4 sources in 2 stories; 4 pairs compared (2 across stories)." in index
    undisclosed = sum(p["undisclosed_reuse"] for p in pairs)
    assert undisclosed == sum(e.undisclosed for e in edges(result)) == 3
    assert f"partial 2, independent 0; {undisclosed} pairs reuse text" in index
    story_row = next(line for line in index.splitlines() if line.startswith("| [story-001]"))
    assert story_row.split("|")[-3:-1] == [" 2               ", " 2             "]
    across_rows = [line for line in index.splitlines() if "across stories: " in line]
    assert [row.split("|")[1:4] for row in across_rows] == [
        [
            " story-001 ",
            " Dunmere Gazette (gazette\\_roundup) ",
            " Carrow County Council (library\\_release) ",
        ]
    ]
    assert "across stories: B of story-002 |" in across_rows[0]
    # The reprint took the release's text too: the round-up's pair with it is only counted, and
    # no story page gives it.
    assert (
        "Not listed: 1 pair whose shared text both took from a third article; each story's "
        "report gives its pairs, and the JSON report (`--format json`) every pair." in index
    )


def test_a_large_runs_index_links_to_its_long_listings_on_pages_of_their_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Of a run larger than the index holds on one page, index.md keeps the counts, the outlet
    tables and the largest stories, and links to four pages that hold, word for word, the
    who-copied-whom, documents, stories and pairs sections a small run's index holds."""
    result = compare_paths([str(ROUNDUP)])
    whole = render_reports(result, ReportFormat.MD)["index.md"]
    monkeypatch.setattr(markdown_report, "SPLIT_INDEX_DOCUMENTS", 3)
    files = render_reports(result, ReportFormat.MD)
    index = files["index.md"]
    pages = sorted(name for name in files if name.startswith("index-"))
    assert pages == ["index-copies.md", "index-documents.md", "index-pairs.md", "index-stories.md"]
    for page in pages:
        assert f"]({page}): " in index
        assert files[page].startswith(f"{REPORT_PAGE_MARK}\n# compare report: ")
    for heading in ("## Who copied whom", "## Documents", "## Stories", "## Pairs"):
        assert heading not in index
    for heading, page in (
        ("## Who copied whom", "index-copies.md"),
        ("## Documents", "index-documents.md"),
        ("## Stories", "index-stories.md"),
        ("## Pairs", "index-pairs.md"),
    ):
        section = heading + whole.split(heading, 1)[1].split("\n## ", 1)[0]
        assert section.strip() in files[page]
    assert "## Largest stories" in index
    assert "## Outlets" in index and "## Run" in index
    assert "(flagged `undisclosed` in [Pairs](index-pairs.md))." in index


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(HOSTILE, id="everything"),
        pytest.param("<b>bold</b> and <!-- comment -->", id="html"),
        pytest.param("[a](b) and <https://autolink.example>", id="links"),
        pytest.param("a *b* c **d** e _f_ g __h__", id="emphasis"),
        pytest.param("cell | cell || cell", id="pipes"),
        pytest.param("¡Compartan! ![foto](x.png) ![", id="exclamations"),
    ],
)
def test_escaped_text_renders_as_the_same_plain_characters(text: str) -> None:
    """Escaped article text renders to exactly its own characters: no tag, link or emphasis."""
    tokens = markdown().parseInline(escape(text))[0].children or []
    assert [t.type for t in tokens] == ["text"] * len(tokens)
    assert "".join(t.content for t in tokens) == " ".join(text.split())


def test_an_exclamation_mark_is_written_as_it_is() -> None:
    """ "!" makes no image without the "[" escaped after it: a post's "¡Compartan!" is printed
    as written, not as "¡Compartan\\!"."""
    assert escape("¡Compartí antes de que lo borren!") == "¡Compartí antes de que lo borren!"


def test_hostile_article_text_cannot_become_markup(tmp_path: Path) -> None:
    """A story report of articles full of Markdown and HTML, coverage matrix included, has no
    article-made markup: its one piece of HTML is the comment that marks it as compare's."""
    a = document(HOSTILE + "\nThe ministry said 41 nations sent aid.", "a", "Outlet | A")
    b = document(HOSTILE.replace("nothing", "little") + "\nNothing else.", "b", "<b>B</b>")
    c = document(HOSTILE + "\n*Only* [here](x).", "c", "_C_")
    result = compare_documents([a, b, c], single_story=True)
    files = render_reports(result, ReportFormat.MD)
    page = next(text for name, text in files.items() if name.startswith("story-"))
    mark, story = page.split("\n", 1)
    assert mark == REPORT_PAGE_MARK
    assert "## Coverage" in story
    tokens = list(_walk(markdown().parse(story)))
    types = {t.type for t in tokens}
    assert not types & {"html_inline", "html_block", "link_open", "image", "em_open", "code_inline"}
    assert any("<script>alert(1)</script>" in t.content for t in tokens)
    html = markdown().render(story)
    assert "<script>" not in html
    assert "<td>Outlet | A</td>" in html
    assert "<td>&lt;b&gt;B&lt;/b&gt;</td>" in html
    # The index's who copied whom names outlets and the story's title as text too; its one
    # kind of link is to the story's page.
    index = files["index.md"]
    section = index[index.index("## Who copied whom") : index.index("## Documents")]
    tokens = list(_walk(markdown().parse(section)))
    assert not {t.type for t in tokens} & {"html_inline", "html_block", "image", "em_open"}
    links = {t.attrs["href"] for t in tokens if t.type == "link_open"}
    assert links == {name for name in files if name.startswith("story-")}
    assert "<li>&lt;b&gt;B&lt;/b&gt; probably reuses Outlet | A: " in markdown().render(section)


def test_an_index_lists_twenty_dates_it_could_not_read(tmp_path: Path) -> None:
    """A feed whose date field holds no date gives each of its records an unread date: the
    index lists twenty and counts the rest, which the JSON report lists (the report.json beside
    it, when the run writes one)."""
    records = [
        {"id": f"r{n}", "date": "the other week", "text": f"Council meeting {n} was adjourned."}
        for n in range(25)
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = compare_paths([str(feed)])
    lines = render_index(result).splitlines()
    assert sum(line.endswith(": the other week") for line in lines) == 20
    assert "- and 5 more (the JSON report, `--format json`, lists them all)" in lines
    beside = render_index(result, json_beside=True).splitlines()
    assert "- and 5 more (`report.json` lists them all)" in beside


@pytest.mark.parametrize(
    ("settings", "said"),
    [
        pytest.param(Settings(), "the default settings", id="defaults"),
        pytest.param(
            Settings(min_similarity=85, max_bucket_size=50),
            "settings other than the defaults: max_bucket_size 50 and min_similarity 85",
            id="changed",
        ),
    ],
)
def test_the_index_ends_with_what_made_it(tmp_path: Path, settings: Settings, said: str) -> None:
    """index.md ends by naming the version of compare that wrote it, the settings that differ
    from the defaults and how many inputs were skipped: an index read alone can be traced to a
    configuration (acceptance round 22: a run at another --min-similarity said nothing of
    it)."""
    text = "Dockworkers at the Port of Calder walked off the job on Monday, halting cargo."
    (tmp_path / "wire.txt").write_text(text, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(text, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    index = render_index(compare_paths([str(tmp_path)], settings)).splitlines()
    assert index[-3:] == [
        "## Run",
        "",
        f"Written by compare {version('compare')} with {said}; 1 input skipped.",
    ]


def test_the_index_names_the_terms_a_run_added(tmp_path: Path) -> None:
    """A run with --terms names framing the package's word lists do not: its index says how
    many terms it added and from which file, as report.json's terms do, where it said only
    "the default settings"."""
    text = "Dockworkers at the Port of Calder walked off the job on Monday, halting cargo."
    (tmp_path / "wire.txt").write_text(text, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(text, encoding="utf-8")
    run = compare_paths([str(tmp_path)])
    added = replace(run, terms=AddedTerms(("globalists", "regime"), ("reportedly",), "loaded.toml"))
    assert render_index(added).splitlines()[-1] == (
        f"Written by compare {version('compare')} with the default settings, plus 2 loaded terms "
        "and 1 hedge from loaded.toml; no input skipped."
    )


def test_a_long_title_is_cut_in_the_index_tables(tmp_path: Path) -> None:
    """A headline of sixty words would make every row of the index's tables as wide: there it is
    cut at a word, with an ellipsis; the JSON report keeps it whole."""
    title = " ".join(["Council approves the long-awaited budget"] * 12)
    record = {"id": "r1", "title": title, "text": "The council approved the budget on Monday."}
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(record), encoding="utf-8")
    result = compare_paths([str(feed)])
    rows = [line for line in render_index(result).splitlines() if "Council approves" in line]
    assert len(rows) == 2
    assert all("budget Council approves the long-awaited…" in row for row in rows)
    assert all(title not in row for row in rows)
    assert result.documents[0].title == title


def test_diff_renders_removed_struck_and_added_bold() -> None:
    """In a rendered diff, A's words are struck through and B's in bold."""
    html = markdown().render(render_diff(word_edits("Peskov said *it*", "Peskov claimed *it*")))
    assert html.strip() == "<p>Peskov <s>said</s> <strong>claimed</strong> *it*</p>"


@pytest.mark.parametrize(
    ("a", "b", "written", "rendered"),
    [
        pytest.param(
            "\u5de5\u4f1a\u8868\u793a\u62d2\u7edd\u3002",
            "\u5de5\u4f1a\u8868\u793a\u201c\u62d2\u7edd\u201d\u3002",
            "\u5de5\u4f1a\u8868\u793a **\u201c** \u62d2\u7edd **\u201d**\u3002",
            "\u5de5\u4f1a\u8868\u793a <strong>\u201c</strong> \u62d2\u7edd <strong>\u201d</strong>\u3002",
            id="quote_marks_added_around_a_chinese_word",
        ),
        pytest.param(
            "\u5de5\u4f1a\u8868\u793a\u62d2\u7edd\u52a0\u85aa\u3002",
            "\u5de5\u4f1a\u8868\u793a\uff08\u518d\u6b21\uff09\u62d2\u7edd\u52a0\u85aa\u3002",
            "\u5de5\u4f1a\u8868\u793a **\uff08\u518d\u6b21\uff09** \u62d2\u7edd\u52a0\u85aa\u3002",
            "\u5de5\u4f1a\u8868\u793a <strong>\uff08\u518d\u6b21\uff09</strong> \u62d2\u7edd\u52a0\u85aa\u3002",
            id="bracketed_chinese_words_added",
        ),
        pytest.param(
            "\u7d44\u5408\u306f\u300c\u62d2\u5426\u300d\u3057\u305f\u3002",
            "\u7d44\u5408\u306f\u62d2\u5426\u3057\u305f\u3002",
            "\u7d44\u5408\u306f ~~\u300c~~ \u62d2\u5426 ~~\u300d~~ \u3057\u305f\u3002",
            "\u7d44\u5408\u306f <s>\u300c</s> \u62d2\u5426 <s>\u300d</s> \u3057\u305f\u3002",
            id="japanese_corner_quotes_removed",
        ),
        pytest.param(
            "+ 12% is what the union wants, a spokesman said.",
            "+ 12% is what the union wants, a spokeswoman said.",
            "\\+ 12% is what the union wants, a ~~spokesman~~ **spokeswoman** said.",
            "+ 12% is what the union wants, a <s>spokesman</s> <strong>spokeswoman</strong> said.",
            id="plus_sign_opens_the_sentence",
        ),
        pytest.param(
            "- A raise of 12% over two years, the union said.",
            "- A raise of 12% over two years, the union claimed.",
            "\\- A raise of 12% over two years, the union ~~said.~~ **claimed.**",
            "- A raise of 12% over two years, the union <s>said.</s> <strong>claimed.</strong>",
            id="bullet_dash_opens_the_sentence",
        ),
        pytest.param(
            "2024. The year the port stood still.",
            "2024. The year the harbour stood still.",
            "2024\\. The year the ~~port~~ **harbour** stood still.",
            "2024. The year the <s>port</s> <strong>harbour</strong> stood still.",
            id="year_and_full_stop_open_the_sentence",
        ),
        pytest.param(
            "= 12 ships waited offshore.",
            "= 40 ships waited offshore.",
            "\\= ~~12~~ **40** ships waited offshore.",
            "= <s>12</s> <strong>40</strong> ships waited offshore.",
            id="equals_sign_opens_the_sentence",
        ),
        pytest.param(
            "3.5% is what the union wants.",
            "3.5% is what the workers want.",
            "3.5% is what the ~~union wants.~~ **workers want.**",
            "3.5% is what the <s>union wants.</s> <strong>workers want.</strong>",
            id="a_decimal_opening_the_sentence_is_no_list",
        ),
        pytest.param(
            "The attendance at Harbour Road was 18,402, a record for the ground.",
            "The attendance at Harbour Road was 18,402.",
            "The attendance at Harbour Road was 18,402 ~~, a record for the ground~~.",
            "The attendance at Harbour Road was 18,402 <s>, a record for the ground</s>.",
            id="clause_struck_with_its_comma",
        ),
    ],
)
def test_a_diff_line_renders_its_changes_and_its_first_character(
    a: str, b: str, written: str, rendered: str
) -> None:
    """A diff line in its blockquote renders as written: a changed run that starts or ends with
    punctuation touching a word (a clause struck with its comma, a piece of Chinese or Japanese
    in quotation marks) is parted from it by a space, since "~~" or "**" there would not open
    or close, and a sentence that opens like a list item ("+ ", "- ", "2024. ") stays text."""
    line = render_diff(word_edits(a, b))
    assert line == written
    html = markdown().render(f"  > {line}")
    assert html == f"<blockquote>\n<p>{rendered}</p>\n</blockquote>\n"


def test_a_sentence_that_opens_like_a_list_item_keeps_its_sign_in_a_story() -> None:
    """A plain-text bulletin whose lines start with "+ " and "- " gives diffs that start so: in
    the story report each stays a quoted sentence with its sign, not a list that drops it."""
    wire = document(
        "Dockers at the port of Tarrow walked out on Tuesday in a dispute over pay.\n"
        "+ 12% is what the union wants for all of its 4,000 members, a spokesman said.\n"
        "- A raise of 12% over two years was refused by the port, the union said.",
        "wire",
    )
    herald = document(
        "Dockers at the port of Tarrow walked out on Tuesday in a dispute over pay.\n"
        "+ 12% is what the union wants for all of its 4,000 members, a spokeswoman said.\n"
        "- A raise of 12% over two years was refused by the port, the union claimed.",
        "herald",
    )
    result = compare_documents([wire, herald], single_story=True)
    page = next(
        text
        for name, text in render_reports(result, ReportFormat.MD).items()
        if name.startswith("story-")
    )
    html = markdown().render(page)
    assert "<blockquote>\n<ul>" not in html
    assert "<blockquote>\n<p>+ 12% is what" in html
    assert "<blockquote>\n<p>- A raise of 12%" in html


def test_a_skipped_file_named_like_a_list_item_is_listed_by_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index lists skipped inputs one a list item: a file named "+ draft.pdf" or
    "2024. notes.pdf" is one item that shows its name, not a list nested in it."""
    monkeypatch.chdir(tmp_path)
    Path("budget.txt").write_text("The council approved the budget on Monday.", encoding="utf-8")
    for name in ("+ draft.pdf", "2024. notes.pdf"):
        Path(name).write_bytes(b"%PDF-1.4")
    html = markdown().render(render_index(compare_paths(["."])))
    assert "<li>+ draft.pdf: a broken PDF that cannot be read (cut short or damaged)</li>" in html
    assert (
        "<li>2024. notes.pdf: a broken PDF that cannot be read (cut short or damaged)</li>" in html
    )


def test_json_report_has_the_documented_shape(tmp_path: Path) -> None:
    """report.json lists documents, stories and pairs with containment, matches and diffs."""
    run_into(tmp_path, str(WIRE_COPY), "--format", "json")
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in report["documents"]] == ["council", "daily", "wire"]
    assert {"id", "path", "source", "title", "published", "sentences", "words"} <= set(
        report["documents"][0]
    )
    story = report["stories"][1]
    assert {k: story[k] for k in ("id", "title", "documents")} == {
        "id": "story-002",
        "title": "Kremlin says NATO is in open confrontation with Russia",
        "documents": ["daily", "wire"],
    }
    group = story["sentence_groups"][0]
    assert group["representative"] in group["versions"]
    assert {v["doc"] for v in group["versions"]} == {"daily", "wire"}
    assert set(story["coverage"]) == {"daily", "wire"}
    assert [c["doc"] for c in report["clusters"]] == ["council", "daily", "wire"]
    (pair,) = report["pairs"]
    assert (pair["a"], pair["b"], pair["verdict"], pair["direction"]) == (
        "daily",
        "wire",
        "derived",
        "b->a",
    )
    assert set(pair["containment"]) == {"a_in_b", "b_in_a", "a_in_b_verbatim", "b_in_a_verbatim"}
    match = pair["matches"][1]
    assert set(match) >= {"a", "b", "similarity", "kind", "diff", "framing"}
    assert set(match["a"]) == {"sentence", "sentences", "start", "end", "with_headline"}
    assert match["framing"] == [
        {
            "kind": "attribution_verb",
            "a": "claimed",
            "b": "stated",
            "a_spans": [[245, 252]],
            "b_spans": [[221, 227]],
            "changed_by": "daily",
            "kind_as_changed": "attribution_verb",
            "compatible": False,
        }
    ]
    documents = {d["id"]: d for d in report["documents"]}
    assert documents["daily"]["text"][245:252] == "claimed"
    assert documents["wire"]["text"][221:227] == "stated"
    text = (WIRE_COPY / "daily.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    assert text[match["a"]["start"] : match["a"]["end"]].startswith(
        "Speaking on Monday, Peskov claimed that Western support"
    )
    assert documents["daily"]["path"].endswith("wire_copy/daily.md")


# A wire story and a paper's reprint, saved as a Windows editor saves it (a byte order mark, CRLF
# line ends, the accents decomposed), under a headline and a byline the reader takes off the text.
QUAYSIDE_WIRE = (
    "\ufeffDockers walk out at Calder\r\nBy Ana Ruiz\r\n\r\n"
    "Dockworkers at the Port of Calder walked out on Monday over pay.\r\n"
    "The union said the cafe\u0301 owners at the quay backed the strike.\r\n"
    "Shipping lines diverted four vessels to Tarrow, the port authority said.\r\n"
)
QUAYSIDE_DAILY = (
    "Calder port strike\n\n"
    "Dockworkers at the Port of Calder walked out on Monday over pay.\n"
    "The union said the caf\u00e9 owners at the quay backed the strike.\n"
    "Two ferries ran late as pickets gathered at the gates.\n"
)


def test_every_offset_and_sentence_number_points_into_the_reports_own_text(
    tmp_path: Path,
) -> None:
    """report.json alone maps every match's offsets, and every sentence number a pair, a
    document or a story gives, to the text: each document carries the text its offsets index
    (headline and byline off, line ends and accents normalised, the byte order mark dropped)
    and the [start, end] of each of its sentences; a match's diff holds each side's words."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "wire.txt").write_bytes(QUAYSIDE_WIRE.encode("utf-8"))
    (tmp_path / "in" / "daily.txt").write_text(QUAYSIDE_DAILY, encoding="utf-8")
    run_into(tmp_path / "out", str(tmp_path / "in"), "--format", "json")
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    documents = {d["id"]: d for d in report["documents"]}
    sentences = {
        doc: [d["text"][start:end] for start, end in d["sentence_spans"]]
        for doc, d in documents.items()
    }
    assert (
        sentences["wire"][1] == "The union said the caf\u00e9 owners at the quay backed the strike."
    )
    assert all(len(sentences[doc]) == d["sentences"] for doc, d in documents.items())
    (pair,) = report["pairs"]
    assert pair["matches"]
    for match in pair["matches"]:
        for side in ("a", "b"):
            span, text = match[side], documents[pair[side]]["text"]
            spanned = text[span["start"] : span["end"]]
            assert [sentences[pair[side]][n] for n in span["sentences"]] == [spanned]
            assert diff_words(match["diff"], side) == spanned.split()
    assert [sentences[pair["a"]][n] for n in pair["only_a"]] == [
        "Two ferries ran late as pickets gathered at the gates."
    ]


def without_spans(note: dict[str, object]) -> dict[str, object]:
    """A report.json framing note without the places of its words (``a_spans``, ``b_spans``)."""
    return {key: value for key, value in note.items() if not key.endswith("_spans")}


def diff_words(diff: list[dict[str, str | None]], side: str) -> list[str]:
    """One side's words in a report.json diff: an ``equal`` op's ``b`` is null when B spells its
    words as A does."""
    written = (edit["a"] if edit[side] is None else edit[side] for edit in diff)
    return [word for words in written for word in (words or "").split()]


def test_the_json_report_and_a_pairs_json_give_their_layouts_number(tmp_path: Path) -> None:
    """report.json and `compare pair --format json` give the layout they are written in as an
    integer, schema_version, for a program that reads files of several checkouts."""
    run_into(tmp_path, str(WIRE_COPY), "--format", "json")
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    printed = CliRunner().invoke(
        app, ["pair", str(WIRE_COPY / "wire.md"), str(WIRE_COPY / "daily.md"), "--format", "json"]
    )
    pair = json.loads(printed.stdout)
    assert isinstance(SCHEMA_VERSION, int)
    assert report["schema_version"] == pair["schema_version"] == SCHEMA_VERSION


# The layout SCHEMA_VERSION names, as a digest of the key paths the golden report.json files hold
# ("pairs[].matches[].framing[].kind", "stories[].coverage.*.only"): a key added, removed or
# renamed fails the test below until SCHEMA_VERSION is raised, docs/output.md's changelog says what
# changed, and the new number and digest are written here.
SCHEMA_KEYS = (3, "062b6cbe44b4eb55")
# Objects keyed by data, not by the layout: a story's coverage by document id, a source's
# framing by kind, the software's data files and libraries by name, a story's quotations by text,
# the news agencies a terms file declared by name.
KEYED_BY_DATA = frozenset(
    {
        "coverage",
        "framing_by_kind",
        "framing_made_by_kind",
        "data",
        "libraries",
        "quotations",
        "wire_services",
    }
)


def key_paths(value: object, at: str = "") -> set[str]:
    """The paths of the keys of a JSON value, a list's elements as ``[]`` and the keys of an
    object keyed by data as ``*``."""
    if isinstance(value, list):
        return set().union(*(key_paths(item, f"{at}[]") for item in value))
    if not isinstance(value, dict):
        return set()
    found = set()
    for key, inner in value.items():
        path = f"{at}.{key}" if at else key
        found.add(path)
        if key in KEYED_BY_DATA and isinstance(inner, dict):
            found |= set().union(*(key_paths(item, f"{path}.*") for item in inner.values()))
        else:
            found |= key_paths(inner, path)
    return found


def test_a_change_of_report_jsons_keys_raises_its_schema_version() -> None:
    """A program reading report.json tells its layout by schema_version alone: the keys the
    golden reports hold are those recorded for the current schema_version."""
    paths = sorted(
        set().union(
            *(
                key_paths(json.loads((GOLDEN / name / "report.json").read_text(encoding="utf-8")))
                for name in ("port_strike", "wire_copy")
            )
        )
    )
    digest = hashlib.sha256("\n".join(paths).encode()).hexdigest()[:16]
    assert (SCHEMA_VERSION, digest) == SCHEMA_KEYS, (
        f"report.json's keys are now {paths}: if they changed, raise SCHEMA_VERSION, say what "
        f"changed in docs/output.md's changelog, and record the new number with {digest!r}"
    )


@pytest.mark.usefixtures("package_terms_after")
def test_report_json_records_the_terms_file_a_run_named(tmp_path: Path) -> None:
    """A run given ``--terms`` says in report.json which file it read and the terms it added
    from it; a run given none says it added none (``file`` null, empty lists)."""
    terms = tmp_path / "my_terms.toml"
    terms.write_text(
        'loaded_terms = ["globalists"]\nhedges = ["sources claim"]\n', encoding="utf-8"
    )
    run_into(tmp_path / "without", str(WIRE_COPY), "--format", "json")
    run_into(tmp_path / "with", str(WIRE_COPY), "--format", "json", "--terms", str(terms))
    recorded = [
        json.loads((tmp_path / run / "report.json").read_text(encoding="utf-8"))["terms"]
        for run in ("without", "with")
    ]
    assert recorded == [
        {
            "file": None,
            "loaded_terms": [],
            "hedges": [],
            "attribution_verbs": [],
            "negations": [],
            "attributing_phrases": [],
            "not_agencies": [],
            "wire_services": {},
            "loaded_terms_except": [],
        },
        {
            "file": str(terms),
            "loaded_terms": ["globalists"],
            "hedges": ["sources claim"],
            "attribution_verbs": [],
            "negations": [],
            "attributing_phrases": [],
            "not_agencies": [],
            "wire_services": {},
            "loaded_terms_except": [],
        },
    ]


def test_a_versions_framing_in_report_json_names_who_made_it() -> None:
    """A sentence group's version gives ``changed_by`` as its pair's framing notes do: of the
    version and the group's representative, their pair's copy, the paper that dropped the
    wire's hedge; the representative itself gives null."""
    wire = document(
        "Moscow has reportedly rejected the claims as baseless, officials said.\n"
        "Talks on a ceasefire are due to resume in Geneva on Friday.",
        "wire",
        "Wire",
        published="2025-03-10",
    )
    paper = document(
        "Moscow has rejected the claims as baseless, officials said.\n"
        "Talks on a ceasefire are due to resume in Geneva on Friday.",
        "paper",
        "Paper",
        published="2025-03-11",
    )
    (story,) = report_json(compare_documents([paper, wire], single_story=True))["stories"]
    assert [
        (
            g["representative"]["changed_by"],
            [(v["doc"], v["framing"], v["changed_by"]) for v in g["versions"]],
        )
        for g in story["sentence_groups"]
    ] == [
        (None, [("paper", ["hedge_removed"], "paper"), ("wire", [], None)]),
        (None, [("paper", [], "paper"), ("wire", [], None)]),
    ]


def test_report_json_says_which_script_a_chinese_document_is_written_in() -> None:
    """Each document of report.json gives the script of its Chinese text, which its language
    (``zh`` of a page that declares ``zh-Hant``) does not; none for a text in English."""
    documents = [
        document("港务局发言人李明辉表示，港区暂停装卸作业。", "wire", "海港通讯社"),
        document("港務局發言人李明輝表示，港區暫停裝卸作業。", "copy", "香港晨報", language="zh"),
        document("Dockers in Harbourton stopped work on Monday.", "paper", "Harbour Post"),
    ]
    listed = report_json(compare_documents(documents))["documents"]
    assert sorted((d["id"], d["script"]) for d in listed) == [
        ("copy", "Traditional"),
        ("paper", None),
        ("wire", "Simplified"),
    ]


def test_the_json_report_names_the_version_that_wrote_it(tmp_path: Path) -> None:
    """report.json's top-level version and code fingerprint are the ones `compare --version`
    prints, for a script to tell which fields to expect and which code wrote them."""
    run_into(tmp_path, str(WIRE_COPY), "--format", "json")
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    printed = CliRunner().invoke(app, ["--version"]).stdout
    assert printed.startswith(f"compare {report['version']} (code {report['software']['code']};")


def test_the_json_report_names_the_software_that_made_it(tmp_path: Path) -> None:
    """report.json tells apart two runs of one version that may find otherwise: by a
    fingerprint of compare's code and of each word list and model it ships, and by the versions
    of Python and of the libraries it ran on (acceptance round 22: "0.1.0" named 1,360
    commits)."""
    run_into(tmp_path, str(WIRE_COPY), "--format", "json")
    made_by = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["software"]
    package = ROOT / "compare"
    assert made_by["data"] == {
        name: hashlib.sha256((package / name).read_bytes()).hexdigest()[:16]
        for name in ("framing_terms.toml", "paraphrase_model.json")
    }
    assert re.fullmatch("[0-9a-f]{16}", made_by["code"])
    assert made_by["python"] == f"{platform.python_implementation()} {platform.python_version()}"
    assert {
        name: made_by["libraries"][name] for name in ("datasketch", "rapidfuzz", "sentencex")
    } == {name: version(name) for name in ("datasketch", "rapidfuzz", "sentencex")}
    # What the libraries require decides too: trafilatura reads a page through jusText.
    assert made_by["libraries"]["justext"] == version("justext")
    assert "pytest" not in made_by["libraries"]


def test_a_pair_that_lists_its_matches_leaves_none_out(tmp_path: Path) -> None:
    """Every pair gives matches_left_out, 0 when its matches are listed, as docs/output.md says
    every key is always present."""
    run_into(tmp_path, str(WIRE_COPY), "--format", "json")
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [p["matches_left_out"] for p in report["pairs"]] == [0]


# A wire's report of a protest, and the reports of outlets that took it (published a day later).
PROTEST_WIRE = (
    "Police arrested 11 protesters outside the parliament in Tarrow on Tuesday, a spokesman "
    "said.\n\n"
    "The marchers were demanding lower fuel prices after a rise of 18 percent in January.\n\n"
    "Organisers said the march had stayed peaceful until late in the evening."
)
PROTEST_HEDGED = PROTEST_WIRE.replace("Police arrested", "Police reportedly arrested").replace(
    "a spokesman said", "a spokesman claimed"
)


def test_a_copied_sentence_is_written_once_a_document_and_once_in_its_diff() -> None:
    """report.json gives a copied sentence's words in each document's text and once in the
    match's diff, where it gave them in each side's span and twice in the diff too: a span
    gives offsets into its document's text, and an equal run B spells as A does gives no ``b``."""
    wire = document(PROTEST_WIRE, "wire", "Coastal Wire", published="2025-03-11")
    copy = document(PROTEST_WIRE, "copy", "Daily Post", published="2025-03-12")
    report = report_json(compare_documents([wire, copy]))
    sentence = (
        "The marchers were demanding lower fuel prices after a rise of 18 percent in January."
    )
    assert compact(report).count(sentence) == 3
    (pair,) = report["pairs"]
    assert pair["matches"][1]["diff"] == [{"op": "equal", "a": sentence, "b": None}]


@pytest.mark.parametrize(
    ("b_text", "diff"),
    [
        pytest.param(
            "Talks in Geneva ended on Monday without a deal.",
            [{"op": "equal", "a": "Talks in Geneva ended on Monday without a deal.", "b": None}],
            id="spelt_alike",
        ),
        pytest.param(
            "TALKS IN GENEVA ended on Monday without a deal.",
            [
                {
                    "op": "equal",
                    "a": "Talks in Geneva ended on Monday without a deal.",
                    "b": "TALKS IN GENEVA ended on Monday without a deal.",
                }
            ],
            id="capitals",
        ),
        pytest.param(
            "Talks in Geneva ended on Monday without any deal.",
            [
                {"op": "equal", "a": "Talks in Geneva ended on Monday without", "b": None},
                {"op": "replace", "a": "a", "b": "any"},
                {"op": "equal", "a": "deal.", "b": None},
            ],
            id="word_replaced",
        ),
        pytest.param(
            "Talks in Geneva ended on Monday without a deal",
            [
                {
                    "op": "equal",
                    "a": "Talks in Geneva ended on Monday without a deal.",
                    "b": "Talks in Geneva ended on Monday without a deal",
                }
            ],
            id="full_stop_left_out",
        ),
    ],
)
def test_an_equal_run_gives_bs_words_only_when_b_spells_them_otherwise(
    b_text: str, diff: list[dict[str, str | None]]
) -> None:
    """In report.json's diff, an equal run gives ``b`` only when B writes its words otherwise
    (its capitals, its quotation marks); else ``b`` is null and the words are ``a``'s."""
    wire = document("Talks in Geneva ended on Monday without a deal.", "wire", "Reuters")
    daily = document(b_text, "daily", "Bergen Daily")
    (pair,) = report_json(compare_documents([wire, daily], single_story=True))["pairs"]
    (match,) = pair["matches"]
    assert match["diff"] == diff
    assert diff_words(match["diff"], "b") == b_text.split()


def test_a_verdict_of_shared_phrasing_alone_lists_its_phrases() -> None:
    """A pair that shares no sentence but the phrases one lifted from the other lists them, in
    its section and in report.json, so that a reader can check the accusation; the section
    shows the first few, report.json all."""
    result = compare_documents(list(forest_fire_lifted()), single_story=True)
    (pair,) = report_json(result)["pairs"]
    assert pair["verdict"] == "partial"
    assert pair["shared_phrases"][:2] == [
        "las llamas avanzaron durante la madrugada",
        "alcanzaron las primeras viviendas del",
    ]
    section = "\n".join(markdown_report.render_pair_report(result))
    assert (
        "The verdict rests on shared phrasing alone: “las llamas avanzaron durante la "
        "madrugada”, “alcanzaron las primeras viviendas del”, “los bomberos trabajan sin "
        "descanso”, “pidió a los vecinos no regresar a sus casas”, “por la quema de rastrojos "
        "en”." in section
    )


def test_ids_given_as_numbers_are_strings_and_words_a_side_lacks_are_empty(
    tmp_path: Path,
) -> None:
    """A feed's ids given as numbers are strings wherever report.json names a document, and the
    side of a diff op or a framing note that has no words is an empty string, not null: the
    hedge a paper adds to the wire's sentence has no words on the wire's side."""
    records = [
        {"id": 9001, "source": "Coastal Wire", "date": "2025-03-11", "text": PROTEST_WIRE},
        {"id": 9002, "source": "Daily Post", "date": "2025-03-12", "text": PROTEST_HEDGED},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = report_json(compare_paths([str(feed)]))
    assert [d["id"] for d in report["documents"]] == ["9001", "9002"]
    (pair,) = report["pairs"]
    assert (pair["a"], pair["b"], pair["direction"]) == ("9001", "9002", "a->b")
    assert [c["doc"] for c in report["clusters"]] == ["9001", "9002"]
    edits = [e for m in pair["matches"] for e in m["diff"] if e["op"] == "insert"]
    assert [(e["a"], e["b"]) for e in edits] == [("", "reportedly")]
    notes = [n for m in pair["matches"] for n in m["framing"] if n["kind"] == "hedge_added"]
    assert [(n["a"], n["b"], n["changed_by"]) for n in notes] == [("", "reportedly", "9002")]


# A council's press release, and a paper's story that runs its words.
BUS_LANE = (
    "The Kestrel Valley Council today opened a six-week consultation on plans for a bus lane "
    "along Mill Road.\n\n"
    "The lane would run for 1.8 kilometres between the station and Abbey Square."
)
BUS_LANE_ABOUT = (
    "About the Kestrel Valley Council\n\n"
    "The Kestrel Valley Council serves 140,000 residents.\n\n"
    "Press contact: press@kestrel.example"
)


@pytest.mark.parametrize(
    ("release", "taken_for"),
    [
        pytest.param(
            replace(document(BUS_LANE, "release", "Kestrel Valley Council"), press_release=True),
            [True, "Kestrel Valley Council"],
            id="called_one_by_its_record",
        ),
        pytest.param(
            document(f"{BUS_LANE}\n\n{BUS_LANE_ABOUT}", "release", "kestrel.example"),
            [True, "Kestrel Valley Council"],
            id="known_by_its_about_heading",
        ),
        pytest.param(
            document(f"{BUS_LANE}\n\n###\n\nMedia enquiries: Jo Pike, 01632 960 114", "release"),
            [True, None],
            id="issuer_unnamed",
        ),
        pytest.param(
            document(BUS_LANE, "release", "Kestrel Valley Courier"),
            [False, None],
            id="a_news_story",
        ),
    ],
)
def test_each_document_says_whether_it_was_taken_for_a_press_release(
    release: Document, taken_for: list[object]
) -> None:
    """report.json names the documents taken for press releases, by what their file or record
    says or by their text, and the body that issued each when it is named: what makes a
    release the origin of a paper's copy of it."""
    paper = document(
        f"{BUS_LANE}\n\nResidents have until June to respond.", "paper", "Valley Courier"
    )
    report = report_json(compare_documents([release, paper]))
    assert [[d["press_release"], d["release_issuer"]] for d in report["documents"]] == [
        taken_for,
        [False, None],
    ]


def test_each_source_counts_its_documents_framing_notes_and_profiled_words() -> None:
    """report.json's sources table gives each outlet its sources, its documents, the framing
    notes of its versions of the wire's sentences by kind, and the hedges and loaded terms its
    profiles list: a table of framing by outlet, one row an outlet, sorted by name."""
    wire = document(PROTEST_WIRE, "wire", "Coastal Wire", published="2025-03-11")
    hedged = document(PROTEST_HEDGED, "hedged", "Daily Post", published="2025-03-12")
    copy = document(PROTEST_WIRE, "copy", "Evening Ledger", published="2025-03-12")
    other = document(
        "The council approved a budget of 4 million dollars for school repairs on Monday.",
        "budget",
        "Daily Post",
        published="2025-03-12",
    )
    report = report_json(compare_documents([wire, hedged, copy, other]))
    assert report["sources"] == [
        {
            "outlet": "coastal wire",
            "sources": ["Coastal Wire"],
            "documents": 1,
            "articles": 1,
            "compared_versions": 0,
            "framing_by_kind": {},
            "framing_made_by_kind": {},
            "headline_framing_made_by_kind": {},
            "headline_vs_text": 0,
            "profile_hedges": 0,
            "profile_loaded_terms": 0,
        },
        {
            "outlet": "daily post",
            "sources": ["Daily Post"],
            "documents": 2,
            "articles": 2,
            "compared_versions": 3,
            "framing_by_kind": {"attribution_verb": 1, "hedge_added": 1},
            "framing_made_by_kind": {"attribution_verb": 1, "hedge_added": 1},
            "headline_framing_made_by_kind": {},
            "headline_vs_text": 0,
            "profile_hedges": 1,
            "profile_loaded_terms": 0,
        },
        {
            "outlet": "evening ledger",
            "sources": ["Evening Ledger"],
            "documents": 1,
            "articles": 1,
            "compared_versions": 3,
            "framing_by_kind": {},
            "framing_made_by_kind": {},
            "headline_framing_made_by_kind": {},
            "headline_vs_text": 0,
            "profile_hedges": 0,
            "profile_loaded_terms": 0,
        },
    ]


TEA_STUDY = (
    "People who drank green tea every day had a lower rate of dementia in a study of 40,000 "
    "adults in Harrowgate, researchers said on Monday. The authors said the study could not "
    "show that tea caused the difference. The work was paid for by the Harrowgate health board."
)


def test_a_copys_headline_changes_are_in_the_summary_and_counted_by_outlet() -> None:
    """A copy that keeps the text but drops its headline's hedge has the headline's changes on
    its line of "What each copy changed" and in the index's "Framing by outlet", where none of
    its sentences changed anything (acceptance round 37, d5)."""
    result = compare_documents(
        [
            document(
                TEA_STUDY,
                "wire",
                "Fenwick Wire",
                published="2025-05-05",
                title="Green tea drinkers may have lower dementia risk, study suggests",
            ),
            document(
                TEA_STUDY,
                "daily",
                "Daily Siren",
                published="2025-05-06",
                title="Green tea prevents dementia, study proves",
            ),
        ]
    )
    page = markdown_report.render_story(result, result.stories[0])
    assert (
        "- Daily Siren, from Fenwick Wire: headline: hedge or caveat removed (“may have”); "
        "hedge or caveat removed (“suggests” → “proves”)"
    ) in page.splitlines()
    index = render_index(result)
    section = index[index.index("## Framing by outlet") : index.index("## Pairs")]
    rows = [line.split("|")[1:-1] for line in section.splitlines() if line.startswith("| ")]
    assert [[cell.strip() for cell in row] for row in rows][1] == [
        "Daily Siren",
        "1",
        "3",
        "0",
        "-",
        "`hedge_removed` 1",
        "1",
    ]


def test_a_sources_framing_counts_do_not_grow_with_the_outlets_that_carry_a_story() -> None:
    """An outlet's framing notes are counted against each sentence's first version, not against
    every other outlet's: of a wire story 14 outlets reprint, the one that hedges it has one
    hedge added, not one for each of the other 14 articles."""
    wire = document(PROTEST_WIRE, "wire", "Coastal Wire", published="2025-03-11")
    reprints = [
        document(PROTEST_WIRE, f"outlet{n:02d}", f"Outlet {n:02d}", published="2025-03-12")
        for n in range(13)
    ]
    hedged = document(PROTEST_HEDGED, "hedged", "Daily Post", published="2025-03-12")
    sources = report_json(compare_documents([wire, *reprints, hedged]))["sources"]
    framing = {s["outlet"]: s["framing_by_kind"] for s in sources}
    assert framing["daily post"] == {"attribution_verb": 1, "hedge_added": 1}
    assert not any(framing[name] for name in framing if name != "daily post")


VARNO_WIRE = (
    "Police fired tear gas at about 2,000 protesters outside parliament in Varno on Sunday, the "
    "interior ministry said.\n"
    "Organisers said the march was peaceful until officers moved in.\n"
    "Eleven people were detained, according to a rights group.\n"
    "The government has not commented on the arrests."
)
VARNO_STATE_REWRITE = VARNO_WIRE.replace("Organisers said", "Organisers claimed")


def test_an_outlets_own_framing_leaves_out_a_verbatim_copy_of_anothers_rewrite() -> None:
    """An aggregator that reprints a state channel's rewrite of the wire word for word carries
    the channel's changes (``framing_by_kind``) but made none of them
    (``framing_made_by_kind``); the channel made its own."""
    articles = [
        document(VARNO_WIRE, "wire", "Nordic Press Agency", published="2025-04-06"),
        document(VARNO_STATE_REWRITE, "state", "State TV", published="2025-04-07"),
        document(VARNO_STATE_REWRITE, "hub", "NewsHub", published="2025-04-08"),
    ]
    sources = {s["outlet"]: s for s in report_json(compare_documents(articles))["sources"]}
    assert sources["newshub"]["framing_by_kind"] == {"attribution_verb": 1}
    assert sources["newshub"]["framing_made_by_kind"] == {}
    assert sources["state tv"]["framing_made_by_kind"] == {"attribution_verb": 1}


PIER_WIRE = (
    "Ferry services to Holm island were suspended on Friday after a crane collapsed on the pier, "
    "the port operator said.\n"
    "Two workers were injured, police said.\n"
    "About 400 passengers were stranded overnight in the terminal.\n"
    "Engineers will inspect the pier on Saturday."
)
PIER_TABLOID = (
    PIER_WIRE.replace("the port operator said", "the port operator claimed")
    .replace("Two workers were injured", "Two workers were reportedly injured")
    .replace("About 400 passengers", "A mob of 400 passengers")
)


def test_the_index_tells_the_framing_changes_each_outlet_made_by_kind() -> None:
    """The index's table "Framing by outlet" gives each outlet set against another's version
    its changes, its commonest kinds with their counts and how many of others, those that made
    the most first: the tabloid made four kinds, the aggregator pasting its rewrite none, and
    the wire, every sentence's first version, has no row (acceptance round 34, a4)."""
    index = render_index(
        compare_documents(
            [
                document(PIER_WIRE, "wire", "Holm Press", published="2025-06-06"),
                document(PIER_TABLOID, "tabloid", "The Daily Siren", published="2025-06-07"),
                document(PIER_TABLOID, "hub", "FeedHub", published="2025-06-08"),
            ]
        )
    )
    section = index[index.index("## Framing by outlet") : index.index("## Pairs")]
    rows = [line.split("|")[1:-1] for line in section.splitlines() if line.startswith("| ")]
    assert [[cell.strip() for cell in row] for row in rows] == [
        [
            "outlet",
            "articles",
            "sentences compared",
            "changes made",
            "most made",
            "headline changes",
            "headlines beyond their text",
        ],
        [
            "The Daily Siren",
            "1",
            "4",
            "4",
            "`hedge_added` 1, `loaded_term_added` 1, `attribution_verb` 1; 1 more of 1 other kind",
            "-",
            "0",
        ],
        ["FeedHub", "1", "4", "0", "-", "-", "0"],
    ]


@pytest.mark.parametrize(
    ("folder", "outlets"),
    [
        pytest.param("harbor_wire", ["harbor wire", "harbor wire"], id="a_wires_folder"),
        pytest.param("fire", ["fire/port_fire", "fire/port_fire_update"], id="a_storys_folder"),
    ],
)
def test_each_document_names_the_outlet_same_source_compares(
    tmp_path: Path, folder: str, outlets: list[str]
) -> None:
    """A wire's story and its update, saved in a folder named for the wire with no source of
    their own, are labelled each by its path (``source``) but are one outlet's (``outlet``), as
    their pair's ``same_source`` says, and one row of the sources table; in a story's folder
    each file is an outlet of its own."""
    story = (
        "A fire broke out in a warehouse at the port of Tarrow on Monday night, officials said.\n\n"
        "Firefighters brought the blaze under control after four hours, the fire service said.\n"
    )
    update = story + "\nTwo workers were treated for smoke inhalation, a hospital spokesman said.\n"
    (tmp_path / "in" / folder).mkdir(parents=True)
    (tmp_path / "in" / folder / "port_fire.txt").write_text(story, encoding="utf-8")
    (tmp_path / "in" / folder / "port_fire_update.txt").write_text(update, encoding="utf-8")
    report = report_json(compare_paths([str(tmp_path / "in")]))
    documents = report["documents"]
    assert [d["source"] for d in documents] == [f"{folder}/port_fire", f"{folder}/port_fire_update"]
    assert [d["outlet"] for d in documents] == outlets
    (pair,) = report["pairs"]
    assert pair["same_source"] is (outlets[0] == outlets[1])
    assert [(s["outlet"], s["sources"], s["documents"]) for s in report["sources"]] == [
        (name, [d["source"] for d in documents if d["outlet"] == name], outlets.count(name))
        for name in sorted(set(outlets))
    ]


def test_a_feeds_records_and_their_unread_dates_name_their_place_and_document(
    tmp_path: Path,
) -> None:
    """A JSON Lines record's document gives its file as path and its line as record, and a date
    it gives that is not understood names that line and the document's id, to join them."""
    records = [
        {"id": "cal-1", "source": "Calder Post", "date": "2025-03-10", "text": QUAYSIDE_DAILY},
        {"id": "cal-2", "source": "Quay News", "date": "03/04/2025", "text": QUAYSIDE_WIRE},
    ]
    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    run_into(tmp_path / "out", str(feed.parent), "--format", "json")
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    shown = feed.as_posix()
    assert [(d["id"], d["path"], d["record"]) for d in report["documents"]] == [
        ("cal-1", shown, f"{shown}:1"),
        ("cal-2", shown, f"{shown}:2"),
    ]
    assert report["unread_dates"] == [{"id": "cal-2", "path": f"{shown}:2", "value": "03/04/2025"}]


def test_reports_name_each_documents_encoding(tmp_path: Path) -> None:
    """A file read as Windows-1252 says so in the documents table and in report.json."""
    text = "Le maire a annonc\u00e9 mercredi la fermeture de l\u2019\u00e9cole \u00e0 midi."
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "brief.txt").write_bytes(text.encode("cp1252"))
    run_into(tmp_path / "out", str(tmp_path / "in"), "--format", "all")
    index = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    assert "| encoding" in index
    assert "| cp1252" in index
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [d["encoding"] for d in report["documents"]] == ["cp1252"]


def _dates_column(page: str) -> dict[str, str]:
    """The date of each document of a page's documents table, by its id: the table's header
    opens with "source", then its rule, then its rows, each ending with the id."""
    table = "| source " + page.split("\n| source ", 1)[1].split("\n\n", 1)[0]
    header, _, *rows = table.splitlines()
    date = [cell.strip() for cell in header.split("|")].index("date")
    return {row.split("|")[-2].strip(): row.split("|")[date].strip() for row in rows}


def test_each_version_of_an_article_is_dated_by_its_modification(tmp_path: Path) -> None:
    """Versions of one article share their publication: the documents tables (the index's and
    the story's) give each the moment it was modified when that is another, and report.json
    gives it as modified_time."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.json").write_text(json.dumps(QUARRY_VERSIONS), encoding="utf-8")
    run_into(tmp_path / "out", str(tmp_path / "in"), "--format", "all")
    for page in ("index.md", "story-001-quarry-owner-ignored-warnings.md"):
        text = (tmp_path / "out" / page).read_text(encoding="utf-8")
        assert _dates_column(text) == {
            "gazette-v3": "2025-09-03 06:00 UTC, modified 14:20 UTC",
            "gazette-v2": "2025-09-03 06:00 UTC, modified 09:45 UTC",
            "gazette-v1": "2025-09-03 06:00 UTC",
        }, page
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {d["id"]: d["modified_time"] for d in report["documents"]} == {
        "gazette-v3": "2025-09-03T14:20:00Z",
        "gazette-v2": "2025-09-03T09:45:00Z",
        "gazette-v1": "2025-09-03T06:00:00Z",
    }


def test_a_modification_without_a_zone_is_shown_by_the_feeds_clock(tmp_path: Path) -> None:
    """A feed that dates its versions' edits without a zone orders them by its own clock: the
    documents table gives each such time as the feed's, not as UTC, and report.json gives it as
    modified_local_time, with no modified_time."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.json").write_text(
        json.dumps(QUARRY_VERSIONS_BY_FEED_CLOCK), encoding="utf-8"
    )
    run_into(tmp_path / "out", str(tmp_path / "in"), "--format", "all")
    index = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    assert "| 2025-09-03 06:00 UTC, modified 09:45 feed time |" in index
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {
        d["id"]: (d["modified_time"], d["modified_local_time"]) for d in report["documents"]
    } == {
        "gazette-v3": (None, "2025-09-03T14:20:00"),
        "gazette-v2": (None, "2025-09-03T09:45:00"),
        "gazette-v1": (None, "2025-09-03T06:00:00"),
    }


def test_a_publication_without_a_zone_is_shown_by_the_feeds_clock(tmp_path: Path) -> None:
    """A feed that writes every time without a zone gives the original, never modified, only
    its publication's time: the documents table gives that time by the feed's clock, as the
    edits' times, and report.json gives it as published_local_time, with no published_time."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.json").write_text(
        json.dumps(QUARRY_VERSIONS_ALL_BY_FEED_CLOCK), encoding="utf-8"
    )
    run_into(tmp_path / "out", str(tmp_path / "in"), "--format", "all")
    index = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    assert _dates_column(index) == {
        "gazette-v3": "2025-09-03 06:00 feed time, modified 14:20 feed time",
        "gazette-v2": "2025-09-03 06:00 feed time, modified 09:45 feed time",
        "gazette-v1": "2025-09-03 06:00 feed time",
    }
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {
        d["id"]: (d["published_time"], d["published_local_time"]) for d in report["documents"]
    } == dict.fromkeys(("gazette-v3", "gazette-v2", "gazette-v1"), (None, "2025-09-03T06:00:00"))


def _walk(tokens: Iterable[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        yield from _walk(token.children or [])


def test_only_stories_of_three_or_more_documents_get_a_coverage_matrix() -> None:
    """Two documents: the pair section says it all; three: a matrix, and who copied whom."""
    texts = [
        "Dockworkers at the Port of Calder walked off the job on Monday.",
        "Dockworkers at the Port of Calder walked off the job on Monday.",
        "Dockworkers at the Port of Calder walked off the job late on Monday.",
    ]
    docs = [document(t, f"d{n}", published=f"2025-03-1{n}") for n, t in enumerate(texts)]
    for count, expected in ((2, False), (3, True)):
        result = compare_documents(docs[:count], single_story=True)
        files = render_reports(result, ReportFormat.MD)
        story = next(text for name, text in files.items() if name.startswith("story-"))
        assert ("## Coverage" in story) is expected
        assert ("## Who copied whom" in story) is expected
    assert "| 1     | Dockworkers at the Port of Calder walked off the job on Monday. | d0" in story


FERRY_WIRE = [
    "Fire broke out on the passenger ferry Northern Star early on Tuesday as it neared Tarrow.",
    "All 212 passengers and 31 crew were taken off safely, the coast guard said.",
    "Officials said the fire started in the engine room and was put out within two hours.",
    "Three crew members were treated for smoke inhalation, according to the operator, Bay Lines.",
    "The ferry was towed into Tarrow harbour on Tuesday afternoon.",
    "Bay Lines said it would cancel crossings for the rest of the week.",
]

# What a paper adds of its own: each line is news in one paper only.
FERRY_LOCAL = [
    "Our reporter saw smoke from the harbour wall at dawn.",
    "Schools in Tarrow stayed open as usual.",
    "The mayor thanked volunteers who brought blankets to the quay.",
    "A fishing boat helped guide lifeboats through the fog.",
    "Hotels near the terminal offered free rooms to stranded travellers.",
    "Insurers have sent assessors to inspect the damaged hull.",
    "The Northern Star was built in Finland in 2004.",
    "Union officials asked for an inquiry into engine maintenance.",
    "Train operators added extra services to the mainland.",
    "Local divers checked the seabed for fuel leaks.",
]


def ferry_story(outlets: int) -> list[Document]:
    """A wire story about a ferry fire and ``outlets - 1`` papers that run it the next day, a
    third with "claimed" for the coast guard's "said", a third without its last sentence, every
    fourth with a line of its own."""
    wire = document("\n".join(FERRY_WIRE), "wire", "Tarrow Wire", published="2025-03-10")
    # Its own desk's byline signs it as an agency's: the name alone would not.
    documents = [replace(wire, author="Tarrow Wire staff")]
    for n in range(1, outlets):
        text = list(FERRY_WIRE)
        if n % 3 == 1:
            text[1] = text[1].replace("said", "claimed")
        if n % 3 == 2:
            text.pop()
        if n % 4 == 0:
            text.append(FERRY_LOCAL[n // 4 - 1])
        documents.append(document("\n".join(text), f"paper{n:02}", published="2025-03-11"))
    return documents


def widest_table(page: str) -> int:
    """The most columns any table of a Markdown page has."""
    tokens = markdown().parse(page)
    widths = [0]
    for token in tokens:
        if token.type == "table_open":
            widths.append(0)
        elif token.type == "th_open":
            widths[-1] += 1
    return max(widths)


@pytest.mark.parametrize(
    ("outlets", "column_per_outlet"),
    [
        pytest.param(WIDE_STORY, True, id="at_the_limit"),
        pytest.param(WIDE_STORY + 1, False, id="past_the_limit"),
        pytest.param(40, False, id="forty"),
    ],
)
def test_a_wide_story_has_a_row_not_a_column_per_outlet(
    outlets: int, column_per_outlet: bool
) -> None:
    """Up to WIDE_STORY outlets, the coverage matrix and the framing profiles have a column per
    outlet; past it, every table has a row per outlet, and no table grows wider with them."""
    result = compare_documents(ferry_story(outlets), single_story=True)
    page = render_story(result, result.stories[0])
    if column_per_outlet:
        assert widest_table(page) > outlets
    else:
        assert widest_table(page) <= 10
        flat = [" ".join(line.split()) for line in page.splitlines()]
        # The coast guard's "said" made "claimed": edited, with a framing difference.
        assert "| paper01 | 2 edited ⚑ | - | - |" in flat
        assert "| paper02 | Tarrow Wire | 100% | no | - |" in flat
        assert (
            "| paper01 | said (2), claimed (1) | - | - | - | - | 212, 31, two hours, Three |"
            in flat
        )


def test_a_wide_story_writes_out_only_pairs_that_reuse_each_others_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Of a wide story's pairs, only those in which one article reuses the other's get a
    section, each paper with its closest source first, at most MAX_PAIR_SECTIONS; the page
    counts the rest, and the JSON report gives every pair."""
    outlets = WIDE_STORY + 3
    result = compare_documents(ferry_story(outlets), single_story=True)
    story = result.stories[0]
    assert len(result.pairs) == outlets * (outlets - 1) // 2
    page = render_story(result, story)
    sections = [line for line in page.splitlines() if " vs " in line and line.startswith("## ")]
    # The papers that have the coast guard "claim" copied paper04, the first of them (by the
    # pair directions: they are of one day), their closest source; the wire comes after it.
    claimed = (1, 7, 10, 13)
    assert sections == [
        *(f"## Tarrow Wire vs paper{n:02}" for n in range(1, outlets) if n not in claimed),
        *(f"## paper{a:02} vs paper{b:02}" for a, b in ((1, 4), (4, 7), (4, 10), (4, 13))),
        *(f"## Tarrow Wire vs paper{n:02}" for n in claimed),
    ]
    assert (
        "This story's 105 pairs are too many to write out. Below are the 18 pairs in which one "
        "article reuses the other's text, each outlet with its closest source first. Not "
        "written out: 87 pairs whose shared text both took from a third article. The JSON "
        "report (`--format json`) gives every pair; of a pair whose shared text both took from "
        "a third article, its figures, and its aligned sentences with `--every-match`."
    ) in page
    monkeypatch.setattr(markdown_report, "MAX_PAIR_SECTIONS", 5)
    page = render_story(result, story)
    assert sum(" vs " in line for line in page.splitlines() if line.startswith("## ")) == 5
    assert "Below are the first 5 of the 18 pairs" in page
    assert "Not written out: 13 more pairs that reuse text and 87 pairs whose" in page
    report = json.loads(render_reports(result, ReportFormat.JSON)["report.json"])
    assert len(report["pairs"]) == len(result.pairs)
    assert (
        "Not listed: 87 pairs whose shared text both took from a third article; each story's "
        "report gives its pairs, and the JSON report (`--format json`) every pair."
    ) in render_index(result)


@pytest.mark.parametrize(
    ("format", "named"),
    [
        pytest.param(ReportFormat.MD, "the JSON report (`--format json`)", id="md"),
        pytest.param(ReportFormat.ALL, "`report.json`", id="all_beside_report_json"),
    ],
)
def test_the_pages_of_a_run_that_writes_report_json_name_it_for_every_pair(
    format: ReportFormat, named: str
) -> None:
    """A wide story's page and the index name where every pair is: the report.json beside them
    when the run writes one, else the option that would; a --format all run's index said "use
    --format json" beside its own report.json."""
    result = compare_documents(ferry_story(WIDE_STORY + 3), single_story=True)
    reports = render_reports(result, format)
    page = reports[story_file_name(result.stories[0])]
    assert f" {named[0].upper()}{named[1:]} gives every pair; of a pair whose" in page
    assert f"each story's report gives its pairs, and {named} every pair." in reports["index.md"]


@pytest.mark.parametrize(
    ("outlets", "every_match", "pairs_without_matches"),
    [
        pytest.param(WIDE_STORY, False, 0, id="at_the_limit"),
        pytest.param(WIDE_STORY + 3, False, 87, id="wide"),
        pytest.param(WIDE_STORY + 3, True, 0, id="wide_every_match"),
    ],
)
def test_a_wide_storys_json_leaves_out_matches_only_of_pairs_through_a_third(
    outlets: int, every_match: bool, pairs_without_matches: int
) -> None:
    """In a wide story, report.json gives every pair's figures, but the aligned sentences only
    of pairs in which one article reuses the other: a pair whose shared text both took from a
    third article (the wire, or the paper whose "claimed" they copy) counts its matches
    instead, unless every match is asked for."""
    result = compare_documents(ferry_story(outlets), single_story=True)
    written = {(p.a, p.b): p for p in result.pairs}
    report = report_json(result, every_match=every_match)
    without = [p for p in report["pairs"] if p["matches_left_out"]]
    assert len(report["pairs"]) == len(result.pairs)
    assert len(without) == pairs_without_matches
    for pair in without:
        full = written[(pair["a"], pair["b"])]
        assert full.common_origin not in (None, full.a, full.b)
        assert (pair["matches"], pair["matches_left_out"]) == ([], len(full.matches))
        assert pair["containment"] == {
            "a_in_b": full.a_in_b,
            "b_in_a": full.b_in_a,
            "a_in_b_verbatim": full.a_verbatim_in_b,
            "b_in_a_verbatim": full.b_verbatim_in_a,
        }
    listed_matches = sum(len(p["matches"]) for p in report["pairs"])
    assert listed_matches + sum(p["matches_left_out"] for p in without) == sum(
        len(p.matches) for p in result.pairs
    )


def test_every_match_option_writes_a_wide_storys_matches(tmp_path: Path) -> None:
    """``compare run --every-match`` writes the aligned sentences of every pair into
    report.json, and its settings say so; without it, a wide story's pairs through the wire
    count theirs."""
    for n, doc in enumerate(ferry_story(WIDE_STORY + 1)):
        (tmp_path / "in" / f"{n:02}.txt").parent.mkdir(exist_ok=True)
        (tmp_path / "in" / f"{n:02}.txt").write_text(doc.text, encoding="utf-8")
    reports = {}
    for option in ((), ("--every-match",)):
        out = tmp_path / f"out{len(option)}"
        run_into(out, str(tmp_path / "in"), "--format", "json", *option)
        reports[option] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert any(p["matches_left_out"] for p in reports[()]["pairs"])
    assert not any(p["matches_left_out"] for p in reports[("--every-match",)]["pairs"])
    assert all(p["matches"] for p in reports[("--every-match",)]["pairs"])
    assert {option: r["settings"]["every_match"] for option, r in reports.items()} == {
        (): False,
        ("--every-match",): True,
    }


# The wire's finding as every paper of the story below carries it, and as one paper turns it round.
FIRE_DENIED = "Officials said the fire did not start in the engine room"
FIRE_STARTED = "Officials said the fire started in the engine room"
REVERSALS_BLOCK = (
    "**Reversals, attributions removed and figures changed tenfold in pairs not written out below**"
)


def ferry_story_turned_round() -> list[Document]:
    """The ferry story of :func:`ferry_story`, wire and 13 papers, in which the officials say the
    fire did not start in the engine room; paper12 says it did and has 2,120 passengers for
    212, and Harbour Digest runs paper12's text the day after, with a line of its own and Bay
    Lines saying it would not cancel crossings."""
    documents = [
        replace(d, text=d.text.replace(FIRE_STARTED, FIRE_DENIED))
        for d in ferry_story(WIDE_STORY + 1)
    ]
    turned = documents[12].text.replace(FIRE_DENIED, FIRE_STARTED).replace("212", "2,120")
    documents[12] = replace(documents[12], text=turned)
    digest = turned.replace("it would cancel", "it would not cancel")
    digest += "\nOur ferry desk will follow the inquiry."
    return [*documents, document(digest, "digest", "Harbour Digest", published="2025-03-12")]


def test_a_likely_origin_counts_the_copies_of_its_copies_apart() -> None:
    """Papers that copied another paper's copy of the wire are judged against that copy, so
    the wire's direct reusers are fewer than the articles its text reached: the summary gives
    both, and the second is every other article of this story (each took the wire's text,
    directly or through another)."""
    result = compare_documents(ferry_story_turned_round(), single_story=True)
    (story,) = result.stories
    summary = render_story(result, story).split("## Summary")[1]
    taken_through = {p.taken_through.copy for p in result.pairs if p.taken_through}
    direct = len(story.documents) - 1 - len(taken_through)
    assert taken_through
    assert (
        f"**Likely origin:** Tarrow Wire (2025-03-10), reused by {direct} articles "
        f"({len(story.documents) - 1} with the copies of its copies)."
    ) in summary


def test_a_wide_storys_summary_names_reversals_only_pairs_left_out_show(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A paper that turns the wire's "did not start" round and tells 212 passengers as 2,120,
    and the digest that runs its text and adds a "not", are named in the summary against the
    wire, a line a change, when the page does not write out their pairs with the wire; not
    when it does (the pair's table shows them), nor when a pair written out shows the change
    (the digest's, in its pair with the paper); the digest is not named for the paper's
    changes (it made neither), but is for its own when the paper's pair with the wire is
    written out (a "not" the wire had where the paper had none is no change the wire made);
    past MAX_LISTED_COPIES lines, the rest are counted."""
    result = compare_documents(ferry_story_turned_round(), single_story=True)
    story = result.stories[0]
    page = render_story(result, story)
    assert "## Tarrow Wire vs Harbour Digest" in page
    assert REVERSALS_BLOCK not in page
    monkeypatch.setattr(markdown_report, "MAX_PAIR_SECTIONS", 16)
    page = render_story(result, story)
    assert "## Tarrow Wire vs paper12" in page
    assert "## paper12 vs Harbour Digest" in page
    assert "## Tarrow Wire vs Harbour Digest" not in page
    assert REVERSALS_BLOCK not in page
    monkeypatch.setattr(markdown_report, "MAX_PAIR_SECTIONS", 9)
    page = render_story(result, story)
    assert "## Tarrow Wire vs paper12" in page
    assert "## paper12 vs Harbour Digest" not in page
    assert page[page.index(REVERSALS_BLOCK) :].split("\n\n")[1].splitlines() == [
        "- Harbour Digest, sentence 6: negation added (\u201cnot\u201d), against Tarrow Wire"
    ]
    monkeypatch.setattr(markdown_report, "MAX_PAIR_SECTIONS", 3)
    page = render_story(result, story)
    assert "## Tarrow Wire vs paper12" not in page
    assert "## paper12 vs Harbour Digest" not in page
    listed = page[page.index(REVERSALS_BLOCK) :].split("\n\n")[1].splitlines()
    assert listed == [
        "- paper12, sentence 2: number or date changed (\u201c212\u201d \u2192 \u201c2,120\u201d), "
        "against Tarrow Wire",
        "- paper12, sentence 3: negation removed (\u201cnot\u201d), against Tarrow Wire",
        "- Harbour Digest, sentence 6: negation added (\u201cnot\u201d), against Tarrow Wire",
    ]
    monkeypatch.setattr(markdown_report, "MAX_LISTED_COPIES", 1)
    page = render_story(result, story)
    assert page[page.index(REVERSALS_BLOCK) :].split("\n\n")[1].splitlines() == [
        listed[0],
        "- 2 more",
    ]


def test_a_wide_storys_summary_names_no_change_between_independent_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A paper's own report that tells the wire's "Officials said the fire started ..." as fact,
    in its own words, shares no text with the wire: the pair is independent and changed nothing
    of the other's, so the summary names no attribution removed against the wire."""
    wire = document("\n".join(FERRY_WIRE), "wire", "Tarrow Wire", published="2025-03-10")
    copy = document(
        "\n".join(FERRY_WIRE).replace("coast guard said", "coast guard claimed"),
        "paper01",
        published="2025-03-11",
    )
    own = document(
        "Harbour staff in Tarrow watched lifeboats shuttle between the quay and the stricken "
        "ship.\nThe fire began in the engine room and was extinguished inside two hours.\n"
        "Passengers praised the crew for keeping calm as smoke filled the lower deck.\n"
        "Several families waited on the quay with blankets and flasks of tea.",
        "gazette",
        "Tarrow Gazette",
        published="2025-03-12",
    )
    result = compare_documents([wire, copy, own], single_story=True)
    independent = [p for p in result.pairs if "gazette" in (p.a, p.b)]
    assert {p.verdict for p in independent} == {Verdict.INDEPENDENT}
    assert any(
        note.kind is FramingKind.ATTRIBUTION_REMOVED
        for p in independent
        for match in p.matches
        for note in match.framing
    )
    monkeypatch.setattr(markdown_report, "WIDE_STORY", 2)
    monkeypatch.setattr(markdown_report, "MAX_PAIR_SECTIONS", 1)
    assert REVERSALS_BLOCK not in render_story(result, result.stories[0])


def test_a_wide_story_of_separate_reports_writes_out_no_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A wide story whose outlets each report it themselves has no pair section: the page
    says so and counts the independent pairs."""
    docs = [
        document("Fire broke out on the passenger ferry Northern Star early on Tuesday.", "herald"),
        document("The coast guard took 212 passengers off a burning ferry near Tarrow.", "post"),
        document("Smoke rose over Tarrow harbour as lifeboats reached the Northern Star.", "star"),
    ]
    result = compare_documents(docs, single_story=True)
    monkeypatch.setattr(markdown_report, "WIDE_STORY", 2)
    page = render_story(result, result.stories[0])
    assert " vs " not in page
    assert (
        "This story's 3 pairs are too many to write out. No article reuses another's text "
        "directly, so no pair is written out below. Not written out: 3 independent pairs."
    ) in page


@pytest.mark.parametrize(
    ("credit", "explained"),
    [
        pytest.param(
            "Agence France-Presse contributed to this report.",
            "Undisclosed reuse: the reusing article credits AFP; the text is AP's.",
            id="another_wire",
        ),
        pytest.param(
            "",
            "Undisclosed reuse: Metro Daily does not credit AP, the news agency whose text it is.",
            id="no_credit",
        ),
        pytest.param(
            "Reporting by Jane Doe; Editing by John Roe",
            "Undisclosed reuse: the reusing article credits no outlet, only people, in a wire's "
            "sign-off (\u201cReporting by Jane Doe; Editing by John Roe\u201d); the text is AP's.",
            id="a_wire_sign_off",
        ),
        pytest.param(
            "(Reporting by Jane Doe)\n(Editing by John Roe)",
            "in a wire's sign-off (\u201c(Reporting by Jane Doe) / (Editing by John Roe)\u201d)",
            id="a_wire_sign_off_in_brackets_on_two_lines",
        ),
    ],
)
def test_an_undisclosed_copy_crediting_another_wire_is_told_so(credit: str, explained: str) -> None:
    """A paper that runs AP's text and credits AFP is flagged, and the verdict line says whom it
    credits and whose text it is: what the wire's editor writes to the paper. A wire's sign-off
    kept at its end credits people, no outlet, and is named as such."""
    wire = (
        "CALDER, Maine (AP) \u2014 Dockworkers at the Port of Calder walked off the job on Monday."
    )
    paper = "\n".join(filter(None, [wire.split("\u2014 ")[1], credit]))
    docs = [
        replace(document(text, name, source, published=day), credits=find_credits(text))
        for text, name, source, day in [
            (wire, "wire", "AP", "2025-03-10"),
            (paper, "metro", "Metro Daily", "2025-03-11"),
        ]
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    assert pair.undisclosed_reuse
    (section,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    assert explained in section


def test_an_undisclosed_copy_of_a_public_body_called_an_agency_names_no_news_agency() -> None:
    """A paper that reprints the Cologne employment agency's labour figures ("Agentur für
    Arbeit Köln", a public body) without crediting it is flagged, but the line does not call
    the body "the news agency whose text it is"."""
    release = (
        "Die Zahl der Arbeitslosen in Köln ist im Februar um 800 auf 52.300 gestiegen.\n\n"
        "Besonders betroffen seien junge Menschen unter 25 Jahren, sagte Leiterin Petra Lindner."
    )
    docs = [
        document(release, "release", "Agentur für Arbeit Köln", published="2026-03-02"),
        document(release, "abendblatt", "Kölner Abendblatt", published="2026-03-03"),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    assert pair.undisclosed_reuse
    (section,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    assert "Kölner Abendblatt does not credit Agentur für Arbeit Köln." in section


@pytest.mark.parametrize(
    ("dateline", "origin", "explained"),
    [
        pytest.param(
            "",
            "Harwick Valley Gazette",
            "Undisclosed reuse: LocalNewsNow24 does not credit Harwick Valley Gazette.",
            id="a_papers_own_story",
        ),
        pytest.param(
            "HARWICK (AP) \u2014 ",
            "Harwick Valley Gazette",
            "Undisclosed reuse: LocalNewsNow24 credits neither Harwick Valley Gazette nor AP, "
            "whose text it is.",
            id="a_papers_run_of_a_wire_story",
        ),
        pytest.param(
            "MILLBROOK (Harwick Wire) - ",
            "Harwick Wire",
            "Undisclosed reuse: LocalNewsNow24 does not credit Harwick Wire, the news agency "
            "whose text it is.",
            id="a_wires_story_whose_dateline_credits_it",
        ),
    ],
)
def test_an_undisclosed_copy_of_a_paper_names_the_two_and_a_wire_only_if_involved(
    dateline: str, origin: str, explained: str
) -> None:
    """A site that copies a local paper's story and credits no one is told so by name, a wire
    service named only where the paper's text is the wire's, and a wire whose own dateline
    credits it named once, not "neither Harwick Wire nor Harwick Wire" (acceptance round 37,
    d10)."""
    story = (
        "A former treasurer of the Millbrook parent-teacher group was sentenced on Monday to 18 "
        "months in prison for stealing $214,380 from the group over five years."
    )
    paper = f"{dateline}{story}"
    docs = [
        replace(
            document(paper, "gazette", origin, published="2025-05-12"),
            credits=find_credits(paper),
        ),
        document(story, "copy", "LocalNewsNow24", published="2025-05-13"),
    ]
    result = compare_documents(docs, single_story=True)
    (section,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    assert explained in section


def test_a_copy_that_credits_its_origin_is_told_where() -> None:
    """A copy that credits its origin in its text lists the origin's outlet among its credits,
    in report.json and the documents' table, and its pair gives the crediting sentence: in
    report.json by number (from 0), offsets and text, in the pair's verdict line by number
    (from 1) and text."""
    story = (
        "The county water authority knew for more than a year that tap water in 412 Eastmoor "
        "homes exceeded the federal lead limit, according to records obtained by The Ledger "
        "Line.\nThe records show samples averaging 22 parts per billion of lead, above the "
        "federal action level of 15 parts per billion.\nA former lab technician said she was "
        "told to rerun the samples until they came back clean."
    )
    lede = story.split("\n", 1)[0].replace("according to records obtained", "as first reported")
    copy = "\n".join([lede, *story.split("\n")[1:]])
    docs = [
        document(story, "ledger", "The Ledger Line", published="2025-03-03"),
        document(copy, "khrl", "KHRL News 7", published="2025-03-05"),
    ]
    result = compare_documents(docs, single_story=True)
    report = report_json(result)
    assert [d["credits"] for d in report["documents"]] == [[], ["The Ledger Line"]]
    (pair,) = report["pairs"]
    assert pair["undisclosed_reuse"] is False
    start = copy.index(lede)
    assert pair["credited_at"] == [
        {
            "doc": "khrl",
            "sentence": 0,
            "start": start,
            "end": start + len(lede),
            "text": lede,
            "link": None,
            "how": "credit_phrase",
        }
    ]
    (section,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    assert f"Credit (a credit's phrase): B 1 \u201c{lede}\u201d" in section
    assert "| The Ledger Line |" in render_index(result)


def test_a_copy_of_a_press_release_is_told_where_and_how_it_discloses_it() -> None:
    """A copy that says in words of its own that its text is the issuer's gives, in report.json,
    the sentence that says so and how it does, and in its pair's verdict line the sentence by
    number (from 1) and how."""
    release = (
        "The boil water notice for 6,000 homes in Millbrook has been lifted.\n\n"
        "Tests at the Ashby reservoir have come back clear three times since Friday.\n\n"
        "Customers should run their cold tap for two minutes before drinking the water.\n\n"
        "Notes to editors: Millbrook Water supplies 80,000 homes."
    )
    said = "The notice was lifted after three clean tests, the utility said on Wednesday."
    copy = "\n\n".join([*release.split("\n\n")[1:3], said])
    docs = [
        document(release, "release", "Millbrook Water", published="2025-03-03"),
        document(copy, "courier", "Weekly Courier", published="2025-03-04"),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = report_json(result)["pairs"]
    assert pair["undisclosed_reuse"] is False
    assert [(c["doc"], c["sentence"], c["text"], c["how"]) for c in pair["credited_at"]] == [
        ("courier", 2, said, "issuer_speaks")
    ]
    (section,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    assert f"Credit (the issuer cited as the speaker): B 3 \u201c{said}\u201d" in section


@pytest.mark.parametrize(
    ("attribution", "explained"),
    [
        pytest.param(
            ", the Ministry of Emergency Situations said on Monday",
            "Undisclosed reuse: the reusing article names the issuer only in the press "
            "release's own sentences, not in words of its own",
            id="the_release_s_own_attribution_kept",
        ),
        pytest.param(
            "",
            "Undisclosed reuse: the reusing article does not say, in its own words, that its "
            "text is the press release's",
            id="no_attribution",
        ),
    ],
)
def test_an_undisclosed_copy_of_a_press_release_is_told_whether_it_names_the_issuer(
    attribution: str, explained: str
) -> None:
    """A ministry's statement names the ministry in the third person; a wire that pastes it
    keeps that name, which is no credit of the wire's own: the verdict line says the issuer is
    named only in the release's sentences, not that it is not named. A copy that names it
    nowhere is told that it does not say so in its own words. report.json says which, as
    ``release_named_only_as_copied``."""
    statement = (
        f"At least 12 people have died in floods in Halvard province{attribution}.\n"
        "Rescue teams have moved 4,500 residents to shelters in Orsk and Lavel.\n"
        "Heavy rain may continue until Thursday."
    )
    release = replace(
        document(statement, "ministry", "Ministry of Emergency Situations", published="2025-04-14"),
        press_release=True,
    )
    wire = document(statement, "wire", "Meridian Press Agency", published="2025-04-15")
    result = compare_documents([release, wire], single_story=True)
    (pair,) = result.pairs
    assert pair.undisclosed_reuse
    (section,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    assert explained in section
    (in_json,) = report_json(result)["pairs"]
    assert in_json["release_named_only_as_copied"] is bool(attribution)


def _pair_in_two_languages(story: str, heading: str) -> str:
    """The section of a story page under a pair's ``heading``, whose verdict line it checks
    says the two articles are in different languages and were not compared word for word."""
    section = story[story.index(heading) :].split("\n## ")[0]
    assert section.split("\n\n")[1].startswith(
        "**Verdict: independent** (in different languages: not compared word for word)."
    )
    return section


def test_a_pair_in_two_languages_is_not_called_separate_reporting() -> None:
    """An English wire story and a Portuguese paper's report of the same event share no words
    that could be matched: the verdict says they were not compared word for word, not that the
    paper reported separately, and an English report of its own still is separate reporting;
    the story's summary says so too, the Portuguese report apart."""
    docs = [
        document(
            "A passenger ferry capsized off the coast of Portugal on Saturday, killing 14 "
            "people, the maritime authority said.\nRescue crews pulled 93 people from the water.",
            "wire",
            "AP",
        ),
        document(
            "Um ferry de passageiros virou-se ao largo da costa de Portugal no sábado, matando "
            "14 pessoas, disse a autoridade marítima.\nAs equipas de resgate retiraram 93 "
            "pessoas da água, e o navio não resistiu ao mar.",
            "jornal",
            "Jornal do Porto",
        ),
        document(
            "Storms closed three schools in the valley on Monday, and the council said that "
            "buses would run late.",
            "valley",
            "Valley Times",
        ),
    ]
    result = compare_documents(docs, single_story=True)
    (story,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    translated = _pair_in_two_languages(story, "## AP vs Jornal do Porto")
    assert "The two articles are in different languages" in translated
    assert "### What each adds\n\nNot compared across languages" in translated
    assert "### What AP adds" not in translated
    own = story[story.index("## AP vs Valley Times") :]
    assert "(no meaningful copied text: separate reporting)" in own.split("\n\n")[1]
    summary = story[: story.index("\n## Coverage")]
    assert "**Reported independently** (no meaningful copied text shared with another " in summary
    assert ": AP and Valley Times." in summary
    assert (
        "**In a language no other article here is in** (not compared word for word: nothing is "
        "translated): Jornal do Porto."
    ) in summary


# A Russian wire's brief, and a Ukrainian paper's translation of it.
FERRY_RU = (
    "В Калининграде закрыли паромную переправу, сообщили в областном МЧС.\n"
    "По словам спасателей, шторм выбросил на берег две баржи, пострадавших нет.\n"
    "Движение паромов возобновят не раньше пятницы."
)
FERRY_UK = (
    "Поромну переправу в Калінінграді закрито, повідомили в обласному управлінні МНС.\n"
    "За словами рятувальників, шторм викинув на берег дві баржі, постраждалих немає.\n"
    "Рух поромів відновлять не раніше п'ятниці."
)


def test_a_ukrainian_translation_of_a_russian_wire_is_in_another_language() -> None:
    """Russian and Ukrainian are both written in Cyrillic, but are two languages: a Ukrainian
    paper's translation of a Russian wire is not compared word for word with it nor said to drop
    its attribution, the page names each language (Russian framing words read, Ukrainian ones
    not) and report.json gives each article's (acceptance round 38, b10)."""
    docs = [
        document(FERRY_RU, "wire", "Балтийская служба новостей"),
        document(FERRY_RU, "copy", "Вечерний Калининград"),
        document(FERRY_UK, "translation", "Чорноморський вісник"),
    ]
    result = compare_documents(docs, single_story=True)
    (story,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    translated = _pair_in_two_languages(
        story, "## Балтийская служба новостей vs Чорноморський вісник"
    )
    assert "Not compared across languages" in translated
    assert (
        "**In a language no other article here is in** (not compared word for word: nothing is "
        "translated): Чорноморський вісник."
    ) in story
    assert "In Russian, attribution verbs, hedges, loaded terms" in story
    assert "In Ukrainian, numbers and quotations are checked; attribution verbs" in story
    assert "Cyrillic script" not in story
    languages = {d["id"]: d["language"] for d in report_json(result)["documents"]}
    assert languages == {"wire": "ru", "copy": "ru", "translation": "uk"}


def test_a_translation_naming_things_in_its_language_is_no_other_event() -> None:
    """A Ukrainian translation that keeps a Russian lede's words but names the ministry by its
    own acronym ("МНС" for "МЧС") is the same event told in another language, not one template
    filled in for another event."""
    close = FERRY_UK.replace(
        "Поромну переправу в Калінінграді закрито, повідомили в обласному управлінні МНС.",
        "У Калінінграді закрили поромну переправу, повідомили в обласному МНС.",
    )
    result = compare_documents(
        [document(FERRY_RU, "wire"), document(close, "paper")], single_story=True
    )
    (pair,) = result.pairs
    assert any(m.kind is MatchKind.EDITED for m in pair.matches)
    assert pair.template is None


def test_the_index_names_the_stories_one_article_alone_tells() -> None:
    """A run of a wire story, its copy and an unrelated council report has two stories for what
    may be two events or one that failed to join: the index names the story one article alone
    tells and says the run cannot tell which; a run whose stories all join several says nothing."""
    wire = (
        "Dockworkers at the Port of Calder walked off the job on Monday over a pay offer the "
        "union called an insult. The strike halted loading at four of the port's six berths."
    )
    council = (
        "The town council of Dunmore approved a new library budget of £2.1 million on Tuesday."
    )
    joined = [document(wire, "wire", "Harbour Wire"), document(wire, "post", "Calder Post")]
    index = markdown_report.render_index(compare_documents([*joined, document(council, "town")]))
    (alone,) = [line for line in index.splitlines() if line.startswith("Told by one article")]
    assert alone.startswith("Told by one article alone: story-002. Each is an event no other ")
    assert alone.endswith("the run cannot tell which.")
    assert "Told by one article" not in markdown_report.render_index(compare_documents(joined))


def test_identical_undated_copies_are_not_flagged_undisclosed() -> None:
    """Two identical undated copies credit nothing, and nothing tells who reused whom: there is
    no reusing article to charge, and the report flags no undisclosed reuse."""
    text = "Dockworkers at the Port of Calder walked off the job on Monday."
    docs = [document(text, "harbor"), document(text, "metro")]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    assert (pair.direction, pair.undisclosed_reuse) == (None, False)
    (section,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    assert "The two texts are identical." in section
    assert "Undisclosed reuse" not in section


@pytest.mark.parametrize("wire_first", [True, False])
def test_framing_is_named_as_the_copy_changed_the_origin_whichever_is_a(wire_first: bool) -> None:
    """An outlet that rewrites the wire adds a hedge, however the files sort: the label follows
    the direction, not which article is A, while the note itself reads from A to B, as
    report.json gives it, and its kind mirrored is the label of a pair directed from B."""
    wire = [
        "Dockworkers at the Port of Calder walked off the job on Monday.",
        "The union said about 4,000 members joined the strike.",
        "Port operator Calder Maritime offered a 6 percent raise over three years.",
    ]
    rewrite = [*wire[:2], "Calder Maritime reportedly offered a 6 percent raise over three years."]
    # Undated: the wire service is the origin.
    docs = [document("\n".join(wire), "wire", "AP"), document("\n".join(rewrite), "daily")]
    result = compare_documents(docs if wire_first else docs[::-1], single_story=True)
    (pair,) = result.pairs
    assert (pair.a, pair.direction) == (("wire", "a->b") if wire_first else ("daily", "b->a"))
    (section,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    assert "| hedge or caveat added | " in " ".join(section.split())
    assert "hedge or caveat removed" not in section
    (note,) = [note for match in pair.matches for note in match.framing]
    assert note.kind is (FramingKind.HEDGE_ADDED if wire_first else FramingKind.HEDGE_REMOVED)
    as_changed = note.kind if pair.direction == "a->b" else note.kind.mirrored
    assert FRAMING_LABELS[as_changed] == "hedge or caveat added"


@pytest.mark.parametrize(
    "copy_first", [pytest.param(True, id="copy_is_a"), pytest.param(False, id="origin_is_a")]
)
def test_a_diff_strikes_the_origins_words_and_bolds_the_copys_whichever_is_a(
    copy_first: bool,
) -> None:
    """A paper that turned the wire's "three" into "five" shows "~~three~~ **five**", as track
    changes would, whether it is A or B: the legend says which article is the origin, and the
    framing table gives the origin's columns first (findings 4 and 7 of acceptance round 21: a
    copy sorted first read as if the wire had corrected it)."""
    wire = [
        "A fire tore through a warehouse in Port Lorne early on Thursday, killing three people, "
        "fire officials said.",
        "The blaze broke out shortly after 2 a.m. at a storage facility on Canal Street.",
        "Fire chief Maria Okafor said 60 firefighters battled the flames for four hours.",
    ]
    daily = [wire[0].replace("three", "five"), *wire[1:]]
    # Undated: the wire service is the origin.
    docs = [document("\n".join(wire), "wire", "AP"), document("\n".join(daily), "daily")]
    result = compare_documents(docs[::-1] if copy_first else docs, single_story=True)
    (pair,) = result.pairs
    origin, copy = ("B", "A") if copy_first else ("A", "B")
    assert pair.direction == ("b->a" if copy_first else "a->b")
    section = " ".join(" ".join(render_pair(result, pair)).split())
    assert (
        f"In each diff, ~~struck~~ words are only {origin}'s (the likely origin) and **bold** "
        f"words only {copy}'s (the copy): the edits {copy} made to {origin}'s text, {origin}'s "
        "sentence named first."
    ) in section
    assert "killing ~~three~~ **five** people" in section
    assert f"- {origin} 1 → {copy} 1 · edited · similarity" in section
    assert f"- {origin} 2 → {copy} 2 · verbatim: The blaze broke out shortly after" in section
    assert f"| {origin} sentence | {copy} sentence | difference | {origin} | {copy} | " in section
    assert "| 1 | 1 | number or date changed | three | five |" in section


LIBRARY_WIRE = [
    "MARLOW, Ohio (AP) \u2014 The Marlow city council voted 7-2 on Tuesday to approve a "
    "$48 million budget for a new central library.",
    "Council member Ines Ford said the library would open in the spring of 2027.",
    "Opponents said the money should have gone to road repairs after a hard winter.",
    "The new building will replace a branch that closed after flooding in 2021.",
]


def library_story() -> Result:
    """AP's library budget story; a paper that copies it without credit and has Ford "claim"
    the opening date; one that runs it under AP's dateline; a radio station's own report."""
    lede = LIBRARY_WIRE[0].split("\u2014 ")[1]
    texts = [
        ("\n".join(LIBRARY_WIRE), "wire", "AP", "2025-03-10"),
        (
            "\n".join([lede, LIBRARY_WIRE[1].replace("said", "claimed"), *LIBRARY_WIRE[2:]]),
            "daily",
            "Lakeview Daily",
            "2025-03-11",
        ),
        ("\n".join(LIBRARY_WIRE), "herald", "Herald", "2025-03-11"),
        (
            "Listeners called in on Wednesday to share memories of the old Marlow library.\n"
            "Librarian Tomas Reyes recalled the flood that closed its reading room.\n"
            "Reyes told KMLR the children's corner had been his favourite place to work.",
            "kmlr",
            "KMLR",
            "2025-03-12",
        ),
    ]
    docs = [
        replace(document(text, name, source, published=day), credits=find_credits(text))
        for text, name, source, day in texts
    ]
    return compare_documents(docs, single_story=True)


def test_the_index_says_who_copied_whom_before_its_tables() -> None:
    """The index answers its question first: for each story, each article that reuses another,
    its origin, the verdict, the share of its words taken, whether it credits the origin and
    what told which came first (acceptance round 21: a reporter had to open the story page to
    learn who copied whom)."""
    index = render_index(library_story())
    section = index[index.index("## Who copied whom") : index.index("## Documents")]
    assert section.splitlines()[2:] == [
        "[story-001](story-001-the-marlow-city-council-voted-7-2-on.md): The Marlow city "
        "council voted 7-2 on Tuesday to approve a $48 million budget\u2026",
        "",
        "- Lakeview Daily reuses AP: derived, 100% of its words copied or edited, uncredited; "
        "order told by kind: AP is a news agency.",
        "- Herald reuses AP: copy, 100% of its words copied or edited, credits it; order told by "
        "credit: AP is credited.",
        "",
    ]


MINE_LEDE = (
    "SCRANTON, Pa., March 3 (AP) \u2014 Forty-two miners were entombed today when an explosion "
    "of gas wrecked the lower workings of the Glen Alden Coal Company's Pine Ridge colliery.\n"
    "Rescue crews working in relays had brought out eleven bodies by nightfall.\n"
    "The blast occurred at 7:40 o'clock this morning, shortly after the day shift of 310 men "
    "had descended the shaft.\n"
    "Mine officials said the explosion was caused by a pocket of gas ignited by an open lamp."
)


def test_a_reprint_that_credits_only_the_wire_both_carry_does_not_credit_the_other_paper() -> None:
    """Two papers' reprints of one AP story each keep the AP dateline: each credits the wire,
    not the other paper, and took its text from the wire, not from the other (acceptance round
    27: "credits it" read as crediting the other paper; round 31: "Kokomo Tribune reuses
    Bismarck Tribune" of two papers that both credit AP)."""
    texts = [
        (MINE_LEDE, "bismarck", "Bismarck Tribune", "1924-03-03"),
        (MINE_LEDE + "\nThe colliery employs 900 men.", "kokomo", "Kokomo Tribune", "1924-03-06"),
    ]
    docs = [
        replace(document(text, name, source, published=day), credits=find_credits(text))
        for text, name, source, day in texts
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    assert (pair.direction, pair.undisclosed_reuse, pair.credited_at, pair.common_wire) == (
        None,
        False,
        (),
        "AP",
    )
    assert "Kokomo Tribune reuses" not in render_index(result)


def _derived_pair(
    origin: str,
    copy: str,
    direction_basis: DirectionBasis,
    credited_at: tuple[Credit, ...] = (),
) -> PairComparison:
    """A pair of one story in which ``copy`` is derived from ``origin``, as ``direction_basis``
    tells, credited where ``credited_at`` says."""
    return PairComparison(
        origin,
        copy,
        "s",
        Verdict.DERIVED,
        "a->b",
        0.9,
        0.9,
        0.6,
        0.9,
        0.9,
        0.9,
        40,
        None,
        (),
        (),
        (),
        0.0,
        direction_basis=direction_basis,
        credited_at=credited_at,
    )


def test_a_copy_that_took_none_of_the_shared_text_from_its_origin_says_whose_it_is() -> None:
    """A copy whose sentences shared with its origin all came from other articles shares them
    with it, taken from those, rather than "0% ... copied or edited from it" beside a verdict
    of reuse (acceptance round 27)."""
    pair = _derived_pair("bismarck", "kokomo", DirectionBasis.PUBLISHED_DATE)
    names = {"bismarck": "Bismarck Tribune", "kokomo": "Kokomo Tribune", "times": "Kingsport Times"}
    sources = {
        "kokomo": [Taken("kokomo", "times", 0.9, True), Taken("kokomo", "bismarck", 0.0, True)]
    }
    line = markdown_report._copy_line(pair, names, Settings(), {}, sources)
    assert line.startswith(
        "- Kokomo Tribune shares text with Bismarck Tribune: derived, 90% of its words, in "
        "sentences taken from Kingsport Times, none from it;"
    )


def test_a_copy_that_took_none_of_the_text_it_shares_is_not_called_uncredited() -> None:
    """A wrap article that shares a rival live page's sentences, all of them taken from its
    own outlet's live page, shares text with the rival: it neither "reuses" it nor leaves it
    "uncredited" (acceptance round 37, b4: "reuses Gulf Courier: ..., none from it,
    uncredited")."""
    pair = replace(
        _derived_pair("courier", "wrap", DirectionBasis.PUBLISHED_TIME), undisclosed_reuse=True
    )
    names = {"courier": "Gulf Courier", "wrap": "Harbour Daily (wrap)", "live": "Harbour Daily"}
    sources = {"wrap": [Taken("wrap", "live", 0.9, True), Taken("wrap", "courier", 0.0, True)]}
    by_id = {d: Document(d, names[d], "", published="2026-09-14") for d in ("courier", "wrap")}
    line = markdown_report._copy_line(pair, names, Settings(), by_id, sources)
    assert line.startswith("- Harbour Daily (wrap) shares text with Gulf Courier: derived, ")
    assert "none from it" in line
    assert "uncredited" not in line


def test_an_order_told_by_what_each_holds_alone_is_hedged_in_the_summaries() -> None:
    """Two papers of one day without times, one an edited copy of the other with a closing
    sentence added: only what each holds of the other orders them, which an added sentence can
    turn round (acceptance round 27: the edited copy was called the origin, and the original
    blamed for its edits). The index and the story's summary say "probably" and that the order
    was guessed; report.json's direction and basis stay as they are."""
    council = [
        "Riverside council approved the Harbour Road bus lane by 7-4 on Friday night.",
        "Traders said the lane would cut passing trade along the whole road.",
        "Councillor Ann Bright said the lane would make buses faster and more reliable.",
        "Work on the lane is due to start in May and last about six weeks.",
    ]
    edited = [
        council[0].replace("7-4", "7-5"),
        "Angry traders said the lane would cut passing trade along the whole road.",
        council[2].replace("said", "insisted"),
        council[3],
        "Traders plan a protest outside the town hall next Wednesday.",
    ]
    result = compare_documents(
        [
            document(" ".join(council), "times", "Riverside Times", published="2025-03-14"),
            document(" ".join(edited), "news", "Evening News", published="2025-03-14"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert pair.direction_basis is DirectionBasis.CONTAINMENT
    origin, copy = ("Riverside Times", "Evening News")[:: 1 if pair.origin == "times" else -1]
    index = render_index(result)
    (line,) = [line for line in index.splitlines() if line.startswith(f"- {copy} ")]
    assert line.startswith(f"- {copy} probably reuses {origin}: ")
    assert line.endswith("; order guessed from what each holds of the other.")
    summary = render_story(result, result.stories[0])
    assert (
        f"**Likely origin:** {origin} (2025-03-14), probably reused by 1 article; order guessed "
        "from what each holds of the other."
    ) in summary
    (json_pair,) = report_json(result)["pairs"]
    assert (json_pair["direction"], json_pair["direction_basis"]) == (pair.direction, "containment")


def test_a_template_filled_in_for_another_event_is_no_reuse_in_the_index() -> None:
    """Two job-cut briefs from one template, compared as one story, share a stock line word for
    word: the page says they fill one template in for two companies, but the index's who copied
    whom lists no pair, and the stories table counts no reusing pair (acceptance round 24: such
    pairs read as reuse whose order was not known)."""
    result = compare_documents(job_cut_briefs(), single_story=True)
    (pair,) = result.pairs
    assert pair.template is not None
    index = render_index(result)
    section = index[index.index("## Who copied whom") : index.index("## Documents")]
    assert section.splitlines()[2:] == ["No article reuses another's text.", ""]
    stories = index[index.index("## Stories") :].split("\n## ")[0].splitlines()
    (row,) = [line for line in stories if line.startswith("| [story-001](")]
    assert [cell.strip() for cell in row.split("|")][8:10] == ["0", "0"]
    assert "Not a copy or rewrite: one template filled in for another event" in render_story(
        result, result.stories[0]
    )


def test_the_index_lists_ten_copies_of_a_story_and_counts_the_rest() -> None:
    """Of a wire story that 14 papers copy, the index's who copied whom names ten pairs, the
    copies that credit nothing first, and says how many more the story's page gives; a paper
    that took none of its words from the wire (0%: it copied another paper's copy) is named
    with the paper it copied, not the wire, and its pair with the wire, which it took through
    that paper, is no copy to count."""
    result = compare_documents(ferry_story(WIDE_STORY + 3), single_story=True)
    index = render_index(result)
    section = index[index.index("## Who copied whom") : index.index("## Documents")]
    copies = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(copies) == 11
    assert all(
        line.endswith(", uncredited; order told by kind: Tarrow Wire is a news agency.")
        for line in copies[:6]
    )
    assert all(
        line.startswith("- paper") and " reuses paper04: copy, 100%" in line
        for line in copies[6:10]
    )
    assert not [line for line in copies if " 0% of its words" in line]
    assert copies[-1] == (
        "- \u2026 4 more on [its page](story-001-fire-broke-out-on-the-passenger-ferry.md)."
    )


def test_a_story_page_opens_with_what_a_reporter_needs() -> None:
    """A story page opens with its summary: the likely origin, who copied whom, who reported
    independently and what each copy changed in the text it took; the pairs that reuse each
    other's text come before the others, and headings name outlets, not their long ids."""
    result = library_story()
    page = render_story(result, result.stories[0])
    summary = page[page.index("## Summary") : page.index("Sentences are numbered")]
    assert "**Likely origin:** AP (2025-03-10), reused by 2 articles." in summary
    assert (
        "**Reported independently** (no meaningful copied text shared with another article "
        "here): KMLR."
    ) in summary
    assert (
        "- Lakeview Daily, from AP: sentence 2: attribution verb changed "
        "(\u201csaid\u201d \u2192 \u201cclaimed\u201d)"
    ) in summary
    assert page.index("## Summary") < page.index("| id ")
    sections = [line for line in page.splitlines() if line.startswith("## ") and " vs " in line]
    assert sections[:2] == ["## AP vs Lakeview Daily", "## AP vs Herald"]
    assert set(sections[2:]) == {
        "## Lakeview Daily vs Herald",
        "## Lakeview Daily vs KMLR",
        "## Herald vs KMLR",
        "## AP vs KMLR",
    }


def test_a_summary_names_at_most_five_changes_of_a_copy() -> None:
    """A copy that changed the wire in more than five places has five named in the summary and
    the others counted: its pair section gives them all."""
    changes = [
        ("said", "claimed"),
        ("7-2", "8-1"),
        ("48", "52"),
        ("2027", "2028"),
        ("2021", "2020"),
    ]
    rewrite = "\n".join(LIBRARY_WIRE)
    for was, now in changes:
        rewrite = rewrite.replace(was, now, 1)
    rewrite = rewrite.replace("Opponents said", "Opponents reportedly said")
    docs = [
        document("\n".join(LIBRARY_WIRE), "wire", "AP", published="2025-03-10"),
        document(rewrite, "daily", "Lakeview Daily", published="2025-03-11"),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    notes = sum(len(m.framing) for m in pair.matches)
    assert notes > 5
    page = render_story(result, result.stories[0])
    summary = page[page.index("## Summary") : page.index("Sentences are numbered")]
    (line,) = [line for line in summary.splitlines() if line.startswith("- Lakeview Daily, ")]
    listed = line.removeprefix("- Lakeview Daily, from AP: ").split("; ")
    assert [change.startswith("sentence ") for change in listed] == [True] * 5 + [False]
    assert listed[-1] == f"\u2026 {notes - 5} more in the pair's section below"


# A university's release and a health blog's uncredited rewrite of it, published the next day:
# the blog drops the release's days and years, a figure, the caveat of the lead author's quote
# and the body it credits a claim to.
BROCCOLI_RELEASE = [
    "The University of Harrowgate published a study today on broccoli and bowel cancer.",
    "The findings were presented on Tuesday at a nutrition conference in Leeds.",
    "Researchers followed 48,000 adults in northern England from 2011 until this year.",
    "People who ate broccoli most days had a 31% lower risk of the disease, the team found.",
    "Participants filled in food diaries, and the team checked them against hospital records.",
    '"This is an observational study, so we cannot say that broccoli causes the lower risk, but '
    'the link held up in every group we looked at," said lead author Miriam Okonjo.',
    "According to the World Health Organization, bowel cancer is the third most common cancer "
    "in the world and the second deadliest.",
    "The study was funded by the Harrowgate Cancer Trust.",
]
BROCCOLI_BLOG = [
    "The University of Harrowgate published a study on broccoli and bowel cancer.",
    "The findings were presented at a nutrition conference in Leeds.",
    "Researchers followed 48,000 adults in northern England.",
    "People who ate broccoli most days had a lower risk of the disease, the team found.",
    "Participants filled in food diaries, and the team checked them against hospital records.",
    '"The link held up in every group we looked at," said lead author Miriam Okonjo.',
    "Bowel cancer is the third most common cancer in the world and the second deadliest.",
    "The study was funded by the Harrowgate Cancer Trust.",
]


def _broccoli_blogs_changes() -> list[str]:
    """The story page's list of what the blog changed of the release it rewrote."""
    docs = [
        document(
            "\n".join(BROCCOLI_RELEASE),
            "release",
            "University of Harrowgate",
            published="2025-06-10",
        ),
        document("\n".join(BROCCOLI_BLOG), "blog", "NutraFocus Insider", published="2025-06-11"),
    ]
    result = compare_documents(docs, single_story=True)
    page = render_story(result, result.stories[0])
    changed = page[page.index("**What each copy changed**") : page.index("Sentences are numbered")]
    (line,) = [line for line in changed.splitlines() if line.startswith("- ")]
    return line.removeprefix("- NutraFocus Insider, from University of Harrowgate: ").split("; ")


def test_a_quotation_trimmed_at_its_edge_is_no_unmarked_cut() -> None:
    """A fair quotation of the end of what the speaker said is words cut from a quotation, as
    quotations are shortened, not the unmarked cut that puts together words the speaker did not
    say."""
    source = (
        'Bypass late again.\n\n"Frankly, councillors were misled and the date has slipped every '
        'time," said Cllr Ada Moss at the Fenwick meeting on Tuesday.\n\nThe road is due in 2027.'
    )
    paper = (
        'Bypass late again.\n\nThe bypass date has "slipped every time", Cllr Ada Moss said at '
        "the Fenwick meeting on Tuesday.\n\nThe road is due in 2027."
    )
    section = _source_and_paper_section(source, paper)
    assert re.search(r"^\| 2 +\| 2 +\| words cut from a quotation +\|", section, re.M), section
    assert "unmarked" not in section


def test_a_summary_names_a_copys_most_serious_changes_first() -> None:
    """A blog that drops a release's "today", "Tuesday" and years in its first sentences, and
    later the caveat of a quote and who a claim is credited to, has the claim stated as fact
    and the cut quote named first, with its caveat ("we cannot say"), a figure removed next, and
    the dates last, past the five."""
    assert _broccoli_blogs_changes() == [
        "sentence 7: attribution removed: stated as fact (“According to the World Health "
        "Organization”)",
        "sentence 6: words cut from a quotation (“this is an observational study so we "
        "cannot say that broccoli causes the lower risk”)",
        "sentence 6: hedge or caveat removed (“cannot say”)",
        "sentence 4: number or date removed (“31%”)",
        "sentence 1: number or date removed (“today”)",
        "… 2 more in the pair's section below",
    ]


def test_the_summary_ranks_every_kind_of_framing_change_once() -> None:
    """The summary's order of framing changes names each kind of change exactly once."""
    ranked = markdown_report.MOST_SERIOUS_FIRST
    assert sorted(ranked) == sorted(FramingKind)


def test_a_kind_of_framing_change_not_yet_ranked_is_summarised_after_those_ranked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A kind of change left out of the summary's order, as a kind added later may be, comes after
    the first change of each kind ranked (the attribution removed after the figure removed, before
    a second figure removed), and the page renders."""
    unranked = FramingKind.ATTRIBUTION_REMOVED
    ranked = tuple(kind for kind in markdown_report.MOST_SERIOUS_FIRST if kind is not unranked)
    monkeypatch.setattr(markdown_report, "MOST_SERIOUS_FIRST", ranked)
    assert _broccoli_blogs_changes() == [
        "sentence 6: words cut from a quotation (“this is an observational study so we "
        "cannot say that broccoli causes the lower risk”)",
        "sentence 6: hedge or caveat removed (“cannot say”)",
        "sentence 4: number or date removed (“31%”)",
        "sentence 7: attribution removed: stated as fact (“According to the World Health "
        "Organization”)",
        "sentence 1: number or date removed (“today”)",
        "… 2 more in the pair's section below",
    ]


def test_a_conversion_and_a_rounding_are_named_as_one_quantity_with_units_shown() -> None:
    """A paper that converts the wire's metres into feet and rounds its count with "nearly" is
    shown each number with its unit and qualifier, named as the same quantity, in Markdown and
    in report.json; a figure garbled ten times over stays a changed number."""
    wire = [
        "The river rose 4.2 metres above its normal level in 24 hours, the ministry said.",
        "Rescuers have found 987 damaged homes along the river since Sunday, officials said.",
        "Engineers measured a flow of 4,480 cubic metres a second at the gauge, officials said.",
    ]
    paper = [
        "The river rose 13.8 feet above its normal level in 24 hours, the ministry said.",
        "Rescuers have found nearly 1,000 damaged homes along the river since Sunday, officials "
        "said.",
        "Engineers measured a flow of 45,000 cubic metres a second at the gauge, officials said.",
    ]
    docs = [document("\n".join(wire), "wire", "AP"), document("\n".join(paper), "daily")]
    result = compare_documents(docs, single_story=True)
    (section,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    rows = [" ".join(line.split()) for line in section.splitlines() if line.startswith("| ")]
    assert "| 1 | 1 | same quantity in another unit | 4.2 metres | 13.8 feet |" in rows
    assert "| 2 | 2 | same number, rounded | 987 | nearly 1,000 |" in rows
    assert "| 3 | 3 | number or date changed | 4,480 | 45,000 |" in rows
    (pair,) = report_json(result)["pairs"]
    assert [without_spans(note) for match in pair["matches"] for note in match["framing"]] == [
        {
            "kind": kind,
            "a": a,
            "b": b,
            "changed_by": "daily",
            "kind_as_changed": kind,
            "compatible": False,
        }
        for kind, a, b in [
            ("number_converted", "4.2 metres", "13.8 feet"),
            ("number_rounded", "987", "nearly 1,000"),
            ("number_changed", "4,480", "45,000"),
        ]
    ]


@pytest.mark.parametrize(
    ("wire_first", "a_and_b"),
    [
        pytest.param(True, ("", "reportedly"), id="wire_is_a"),
        pytest.param(False, ("reportedly", ""), id="copy_is_a"),
    ],
)
def test_a_json_framing_note_says_who_changed_it_and_how_whichever_is_a(
    wire_first: bool, a_and_b: tuple[str, str]
) -> None:
    """A paper that adds "reportedly" to the wire's sentence added a hedge, however the files
    sort: report.json's note reads from A to B (``kind``, ``a``, ``b``), and names the paper
    (``changed_by``) and the kind as the paper changed the wire (``kind_as_changed``), as a
    story page does."""
    docs = [
        document(PROTEST_WIRE, "wire", "Coastal Wire", published="2025-03-11"),
        document(PROTEST_HEDGED, "paper", "Daily Post", published="2025-03-12"),
    ]
    report = report_json(compare_documents(docs if wire_first else docs[::-1]))
    (pair,) = report["pairs"]
    hedges = [
        without_spans(n) for m in pair["matches"] for n in m["framing"] if "hedge" in n["kind"]
    ]
    assert hedges == [
        {
            "kind": "hedge_added" if wire_first else "hedge_removed",
            "a": a_and_b[0],
            "b": a_and_b[1],
            "changed_by": "paper",
            "kind_as_changed": "hedge_added",
            "compatible": False,
        }
    ]


def test_a_json_framing_note_of_a_pair_without_a_direction_names_no_change() -> None:
    """Two undated versions of one outlet's story have no direction: their note reads from A to
    B, and says neither who changed the text nor how, rather than guess."""
    docs = [
        document(PROTEST_WIRE, "first", "Daily Post"),
        document(PROTEST_HEDGED, "second", "Daily Post"),
    ]
    (pair,) = report_json(compare_documents(docs))["pairs"]
    assert pair["direction"] is None
    notes = [n for m in pair["matches"] for n in m["framing"]]
    assert {n["kind"] for n in notes} == {"hedge_added", "attribution_verb"}
    assert {(n["changed_by"], n["kind_as_changed"]) for n in notes} == {(None, None)}


def test_a_caveat_dropped_with_its_sentence_is_named_in_the_pair_section() -> None:
    """The wire's stand-alone "could not be independently verified" has no counterpart to be
    aligned with; the pair section still says that only the wire has it, and that the daily,
    its copy, left it out."""
    wire = [
        "Rebels said they shot down a military helicopter near the border on Monday.",
        "The claim could not be independently verified.",
        "The army has not commented on the report.",
    ]
    daily = [wire[0], wire[2]]
    docs = [document("\n".join(wire), "wire", "AP"), document("\n".join(daily), "daily")]
    result = compare_documents(docs, single_story=True)
    (section,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    assert (
        "A only, left out by daily: sentence 2 (\u201ccould not be independently verified\u201d)."
        in section
    )


@pytest.mark.parametrize("dateline", ["", "CALDER, Maine (AP) \u2014 "], ids=["plain", "dateline"])
def test_two_rewrites_of_one_wire_story_are_said_to_reuse_it_not_each_other(dateline: str) -> None:
    """Each of two papers rewrites the wire, the later one more lightly: their pair section
    names the wire as what both reuse, not the earlier paper as the later one's source, also
    when the papers drop the dateline the wire's lede opens with."""
    wire = [
        dateline + "Dockworkers at the Port of Calder walked off the job on Monday.",
        "The union said about 4,000 members joined the strike after talks collapsed.",
        "Port operator Calder Maritime offered a 6 percent raise over three years.",
        "Dozens of container ships were anchored offshore by Monday afternoon.",
    ]
    lede = wire[0].removeprefix(dateline)
    first = [lede, wire[1].replace("said", "claimed"), wire[2], "Local shops were closed."]
    second = [lede, *wire[1:3], "Ferries ran as usual."]
    docs = [
        document("\n".join(wire), "wire", "AP", published="2025-03-10"),
        document("\n".join(first), "first", published="2025-03-11"),
        document("\n".join(second), "second", published="2025-03-12"),
    ]
    result = compare_documents(docs, single_story=True)
    (story,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    verdict = story[story.index("## first vs second") :].split("\n\n")[1]
    assert "Both reuse AP: what they share comes from it" in verdict
    assert "Likely direction" not in verdict
    # With no direction, neither is the other's origin: the diffs read A to B.
    legend = "In each diff, ~~struck~~ words are A's only and **bold** words are B's only."
    assert legend in story[story.index("## first vs second") :]
    assert "- A 1 ↔ B 1 · verbatim: Dockworkers at the Port of Calder" in story
    assert "Likely direction: first reuses AP (by publication date)." in story


@pytest.mark.parametrize("folder", [PORT_STRIKE, WIRE_COPY], ids=["port_strike", "wire_copy"])
def test_json_written_in_pieces_is_a_record_a_line(folder: Path) -> None:
    """report.json is made element by element, each element of a list compact on a line of its
    own, keys sorted, empty lists (nothing skipped) included."""
    files = render_reports(compare_paths([str(folder)]), ReportFormat.JSON)
    pieces = list(files.pieces("report.json"))
    text = "".join(pieces)
    report = json.loads(text)
    assert report["skipped"] == [] and report["pairs"]
    assert len(pieces) > len(report["documents"]) + len(report["pairs"])
    lines = [
        f' "{key}": '
        + (
            "[" + ",".join(f"\n  {compact(item)}" for item in value) + ("\n ]" if value else "]")
            if isinstance(value, list)
            else compact(value)
        )
        for key, value in sorted(report.items())
    ]
    assert text == "{\n" + ",\n".join(lines) + "\n}\n"


def compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def test_the_json_report_in_memory_is_what_the_file_holds(tmp_path: Path) -> None:
    """A program gets report.json's content without writing it: what ``json.load`` reads from
    the file, its records' tuples as lists and its kinds as strings, under the file's names."""
    wire = document(
        "OSLO (Reuters) - Norway's central bank held its key rate at 4.5% on Thursday. "
        "Governor Ida Wolden Bache said inflation was still too high.",
        "wire",
        "Reuters",
        published="2025-03-20",
    )
    daily = document(
        "Norway's central bank held its key rate at 4.5% on Thursday. "
        "Governor Ida Wolden Bache claimed inflation was still too high.",
        "daily",
        "Bergen Daily",
        published="2025-03-21",
    )
    result = compare_documents([wire, daily])
    render(result, tmp_path, "json")
    report = report_json(result)
    assert report == json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    (pair,) = report["pairs"]
    assert (pair["a"], pair["b"], pair["direction"]) == ("wire", "daily", "a->b")
    assert pair["containment"]["a_in_b"] == result.pairs[0].a_in_b
    said, claimed = wire.text.index("said"), daily.text.index("claimed")
    assert [n for m in pair["matches"] for n in m["framing"]] == [
        {
            "kind": "attribution_verb",
            "a": "said",
            "b": "claimed",
            "a_spans": [[said, said + len("said")]],
            "b_spans": [[claimed, claimed + len("claimed")]],
            "changed_by": "daily",
            "kind_as_changed": "attribution_verb",
            "compatible": False,
        }
    ]


# Russian text: its letters that look Latin are meant.
@pytest.mark.parametrize(
    ("title", "name"),
    [
        pytest.param(
            "Песков: НАТО ведёт войну с Россией",
            "story-003-peskov-nato-vedet-voynu-s-rossiey.md",
            id="russian",
        ),
        pytest.param(
            unicodedata.normalize("NFD", "Майдан"), "story-003-maydan.md", id="decomposed"
        ),
        pytest.param(
            "Łódź and Ærø sign the Œresund pact",
            "story-003-lodz-and-aero-sign-the-oeresund-pact.md",
        ),
        pytest.param(
            "Calder dockworkers strike over automation plans",
            "story-003-calder-dockworkers-strike-over.md",
            id="cut_at_a_word_end",
        ),
        pytest.param(
            "Зеленський заявив про щоденні атаки",
            "story-003-zelenskiy-zayaviv-pro-shchodenni-ataki.md",
            id="ukrainian",
        ),
        pytest.param(
            "İzmir'de sarsıntı: okullar kapalı",
            "story-003-izmir-de-sarsinti-okullar-kapali.md",
            id="turkish_dotless_i",
        ),
        pytest.param("温州滑坡致12人失联", "story-003.md", id="chinese"),
        pytest.param("كراچی میں 5 افراد", "story-003.md", id="urdu"),
    ],
)  # fmt: skip
def test_a_title_names_its_story_file_in_latin_letters(title: str, name: str) -> None:
    """A Russian or Ukrainian story's file is named by its title, in Latin letters (Ukrainian's
    "и" as Russian's), not left a bare story-003.md, however its letters are composed; Latin
    letters without a base letter are spelled out; a long title is cut at a word's end. A
    title in a script with no Latin spelling here names no file, not by its digits alone."""
    assert story_file_name(Story("story-003", title, ("a",))) == name


def test_table_columns_line_up_with_chinese_text() -> None:
    """A Chinese character takes two columns of a terminal: the tables are padded by columns,
    in their headers too (an outlet's name heads a column of the coverage matrix), so their
    bars line up under each other."""
    titles = ["\u5317\u4eac\u6e2f\u53e3\u5de5\u4eba\u7f62\u5de5", "Port strike"]
    sources = ["\u65b0\u534e\u793e", "Reuters"]
    text = "\u6570\u5343\u540d\u6e2f\u53e3\u5de5\u4eba\u5468\u4e00\u4e3e\u884c\u7f62\u5de5\u3002"
    docs = [
        replace(document(text, f"d{n}"), title=title, source=source)
        for n, (title, source) in enumerate(zip(titles, sources, strict=True))
    ]
    files = render_reports(compare_documents(docs, single_story=True), ReportFormat.MD)
    story = next(text for name, text in files.items() if name.startswith("story-"))
    tables = [table for table in story.split("\n\n") if table.startswith("|")]
    # The documents table and the framing profiles, headed by the outlets' names.
    assert len(tables) == 2
    assert "\u65b0\u534e\u793e" in tables[1].split("\n")[0]
    for table in tables:
        assert len({tuple(_bar_columns(line)) for line in table.strip().split("\n")}) == 1, table


def _bar_columns(line: str) -> Iterator[int]:
    """The terminal columns at which a table line's bars stand."""
    column = 0
    for character in line:
        if character == "|":
            yield column
        column += 2 if unicodedata.east_asian_width(character) in "WF" else 1


# A council brief of five sentences, as a wire files it.
LIBRARY_BRIEF = [
    "The Eastgate library will close for six weeks from March 3 for roof repairs.",
    "Water leaking through the roof damaged about 1,200 books during the winter storms.",
    "The county board approved $380,000 for the work at its meeting on Thursday.",
    "Borrowers can return books at the Millbrook branch while the library is shut.",
    "The reading room is expected to reopen in mid-April.",
]


@pytest.mark.parametrize(
    ("reprint", "verdict", "shares"),
    [
        pytest.param(
            LIBRARY_BRIEF,
            "copy",
            "100% of A's words sit in sentences identical to B's, 100% of B's in A's",
            id="identical",
        ),
        pytest.param(
            [
                *LIBRARY_BRIEF[:2],
                LIBRARY_BRIEF[2].replace("Thursday", "Wednesday"),
                *LIBRARY_BRIEF[3:],
            ],
            "derived",
            "79% of A's words sit in sentences identical to B's, 79% of B's in A's",
            id="one_sentence_edited",
        ),
    ],
)
def test_a_pair_section_gives_the_share_of_identical_sentences_that_makes_a_copy(
    reprint: list[str], verdict: str, shares: str
) -> None:
    """A brief whose every sentence is copied or edited is a copy only when 80% of its words sit
    in sentences identical to the other's: the pair section and report.json give that share, so
    a reader sees why one word edited in one sentence of five makes the reprint derived."""
    docs = [document("\n".join(LIBRARY_BRIEF), "wire"), document("\n".join(reprint), "daily")]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    line = "\n".join(render_pair(result, pair)).split("\n\n")[1]
    assert f"**Verdict: {verdict}**" in line
    assert f"{shares} (a copy needs 80%)." in line
    containment = report_json(result)["pairs"][0]["containment"]
    figures = (containment["a_in_b_verbatim"], containment["b_in_a_verbatim"])
    assert figures == (pair.a_verbatim_in_b, pair.b_verbatim_in_a)


# A broadcaster's Friday story with its dateline, and a copy dated Thursday without it.
MOURNING = [
    "DORVANSK, March 14 (VRN) \u2014 Shelling destroyed the Dorvansk Children's Hospital "
    "overnight, killing 14 civilians, the regional ministry said on Friday.",
    "Rescue workers pulled 31 wounded people from the rubble, among them nine children.",
    "The hospital treated more than 40,000 children from across the region every year.",
]


def test_a_pair_section_says_whose_date_it_set_aside() -> None:
    """A copy dated the day before the event it reports in the past tense ("said on Friday" in
    an article of Thursday) tells no direction by its date: the verdict line says what told the
    direction instead, whose date it set aside and why, and report.json names that article and
    the day."""
    docs = [
        replace(document("\n".join(MOURNING), "vrn", "Voice of Rossland"), published="2025-03-14"),
        replace(
            document("\n".join([MOURNING[0].split("\u2014 ", 1)[1], *MOURNING[1:]]), "copy"),
            source="Heartland Sentinel",
            published="2025-03-13",
        ),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    line = "\n".join(render_pair(result, pair)).split("\n\n")[1]
    assert (
        "Likely direction: Heartland Sentinel (copy) reuses Voice of Rossland (vrn) (by dateline: "
        "Voice of Rossland (vrn) opens with a news agency's dateline; the date of Heartland "
        "Sentinel (copy), 2025-03-13, is set aside: its text reports, in the past tense, what "
        "happened on Friday, after that day and by the other's date)."
    ) in line
    (written,) = report_json(result)["pairs"]
    assert written["date_set_aside"] == {
        "doc": "copy",
        "day": "Friday",
        "backdated": [],
        "closed_a_cycle": False,
        "names_the_other": False,
        "worded_as": None,
        "witnesses": [],
    }


TRANSFER_FILED = [
    "HOLTBY, May 2 (Kestrel Wire) - Holtby Athletic have agreed a £32m fee with Carrow City for "
    "midfielder Owen Pike, with the move to go through in July.",
    "The fee could rise by a further £4m in add-ons, a club record for Holtby.",
    "Pike, 22, has made 31 league appearances this season and will sign a four-year contract.",
]


def test_a_pair_section_says_a_copy_was_published_before_the_article_it_reuses() -> None:
    """A partner's copy time-stamped 50 minutes before the wire filed the story it reuses, the
    direction told by the wire's dateline, is an embargo broken or a clock wrong: the verdict
    line says so, and report.json gives the minutes (acceptance round 34, d11)."""
    docs = [
        replace(
            document("\n\n".join(TRANSFER_FILED), "wire", "Kestrel Wire"),
            published="2025-05-02",
            published_time="2025-05-02T14:00:00Z",
        ),
        replace(
            document(
                "\n\n".join([TRANSFER_FILED[0].split(" - ", 1)[1], *TRANSFER_FILED[1:]]), "feed"
            ),
            source="Odds Desk",
            published="2025-05-02",
            published_time="2025-05-02T13:10:00Z",
        ),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    line = "\n".join(render_pair(result, pair)).split("\n\n")[1]
    assert "Likely direction: Odds Desk (feed) reuses Kestrel Wire (wire)" in line
    assert (
        "By their times, Odds Desk (feed) was published 50 minutes before the article it reuses: "
        "an embargo broken, or a time given wrong."
    ) in line
    (written,) = report_json(result)["pairs"]
    assert written["published_before_origin_minutes"] == 50


def test_a_pair_section_says_a_date_set_aside_left_no_direction() -> None:
    """Where nothing but the dates would tell, a date its own text contradicts leaves the pair
    without a direction, and the verdict line says why."""
    text = "\n".join([MOURNING[0].split("\u2014 ", 1)[1], *MOURNING[1:]])
    docs = [
        replace(document(text, "vrn", "Voice of Rossland"), published="2025-03-14"),
        replace(document(text, "copy", "Heartland Sentinel"), published="2025-03-13"),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    line = "\n".join(render_pair(result, pair)).split("\n\n")[1]
    assert pair.direction is None
    assert "No direction by date: the date of Heartland Sentinel (copy), 2025-03-13" in line


def test_a_pair_section_says_an_earlier_copy_names_the_later_as_its_source() -> None:
    """A copy stamped before the paper's story whose text keeps the paper's "the Gazette
    reported" is no origin by its date: the verdict line says its date is set aside because it
    names the paper as a source."""
    text = (
        "A former PTO treasurer was sentenced on Monday to 18 months in prison for stealing "
        "$214,380 from the group.\nThe theft came to light in February 2024, when a volunteer "
        "noticed that the bank balance did not match, the Gazette reported at the time."
    )
    docs = [
        replace(document(text, "gazette", "Harwick Valley Gazette"), published="2025-05-13"),
        replace(document(text, "copy", "LocalNewsNow24"), published="2025-05-12"),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    line = "\n".join(render_pair(result, pair)).split("\n\n")[1]
    assert (
        "the date of LocalNewsNow24 (copy), 2025-05-12, is set aside: its text names Harwick "
        "Valley Gazette (gazette) as a source and the text of Harwick Valley Gazette (gazette) "
        "does not name it, so its date is not trusted to place it first"
    ) in line


@pytest.mark.parametrize(
    ("copy_date", "copy_path", "credit", "said"),
    [
        pytest.param(
            None,
            "copy.txt",
            "",
            "Which came first is not known: Heartland Sentinel (copy) has no date; give it a "
            "“date:” line in front matter.",
            id="an_undated_text_file",
        ),
        pytest.param(
            None,
            "copy.html",
            "",
            "Which came first is not known: Heartland Sentinel (copy) has no date.",
            id="an_undated_web_page",
        ),
        pytest.param(None, "copy.txt", "\n\nSource: Voice of Rossland", None, id="credited"),
        pytest.param("2025-03-15", "copy.txt", "", None, id="dated"),
    ],
)
def test_a_pair_section_says_a_missing_date_left_no_direction(
    copy_date: str | None, copy_path: str, credit: str, said: str | None
) -> None:
    """Of two articles that share text, an undated one leaves the pair without a direction where
    nothing but the dates would tell: the verdict line says which has no date and, of a text
    file, how to give it one; not when a credit told the direction, or both are dated."""
    text = "\n\n".join(MOURNING[1:])
    docs = [
        replace(document(text, "vrn", "Voice of Rossland"), published="2025-03-14"),
        replace(
            document(text + credit, "copy", "Heartland Sentinel"),
            path=copy_path,
            published=copy_date,
            credits=("Voice of Rossland",) if credit else (),
        ),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    line = "\n".join(render_pair(result, pair)).split("\n\n")[1]
    assert (pair.direction is None) == (said is not None)
    assert ("Which came first is not known" in line) == (said is not None)
    assert said is None or said in line


def test_a_pair_section_says_other_articles_credits_told_the_direction() -> None:
    """An aggregator's undated record of a story that a third copy credits ("Source: Meridian
    Today") reuses that story, and the verdict line says it is the credits of the story's other
    articles that told it, no date."""
    text = "\n\n".join(MOURNING[1:])
    docs = [
        replace(document(text, "mt", "Meridian Today"), published="2025-03-14"),
        document(text, "grm", "Global Research Monitor"),
        replace(
            document(f"{text}\n\nSource: Meridian Today", "pnn", "Patriot News Now"),
            published="2025-03-14",
            credits=("Meridian Today",),
        ),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"mt", "grm"}]
    line = "\n".join(render_pair(result, pair)).split("\n\n")[1]
    assert (
        "Likely direction: Global Research Monitor (grm) reuses Meridian Today (mt) (by others' "
        "credits: other articles of the story credit Meridian Today (mt), none the other, and no "
        "date tells)." in line
    )


def test_a_pair_section_names_the_articles_that_caught_an_outlet_backdating() -> None:
    """A copy of an outlet whose own text contradicts the dates of two of its other articles is
    not first by its date, and the verdict line names those articles."""
    result = compare_documents(backdating_run("2025-03-17"))
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"meridian", "hs-labs"}]
    line = "\n".join(render_pair(result, pair)).split("\n\n")[1]
    assert (
        "the date of Heartland Sentinel (hs-labs), 2025-03-15, is set aside: its outlet's own text "
        "contradicts the dates of 2 of its articles (hs-riots, hs-shelling), so its dates are not "
        "trusted to place it first" in line
    )
    written = next(
        p for p in report_json(result)["pairs"] if {p["a"], p["b"]} == {"meridian", "hs-labs"}
    )
    assert written["date_set_aside"] == {
        "doc": "hs-labs",
        "day": None,
        "backdated": ["hs-riots", "hs-shelling"],
        "closed_a_cycle": False,
        "names_the_other": False,
        "worded_as": None,
        "witnesses": [],
    }


def test_directions_that_go_round_are_noted_in_the_index_and_shown_in_the_story() -> None:
    """Three sites that credit each other round, against one's date: the index says a cycle was
    found and where, the story lists its directions and the one taken away, each site called as
    the rest of its page calls it, and that pair's line says why it has no direction."""
    result = compare_documents(circular_credits(), single_story=True)
    assert (
        "Pair directions went round in 1 cycle (story-001), which no order of publication fits: "
        "the weakest direction of each was taken away; see that story's report."
    ) in render_index(result).splitlines()
    page = render_story(result, result.stories[0])
    assert (
        "- Liberty Beacon reuses Patriot News Now (`published_date`); Freedom Truth Daily reuses "
        "Liberty Beacon (`credit`); Patriot News Now reuses Freedom Truth Daily (`credit`). Taken "
        "away: Liberty Beacon reuses Patriot News Now."
    ) in page.splitlines()
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"pnn", "lb"}]
    assert (
        "No direction by date: the date of Patriot News Now (pnn), 2025-03-14, is set aside: it "
        "put Patriot News Now (pnn) first, where the story's other directions go round the "
        "other way (see “Directions that go round”)."
    ) in "\n".join(render_pair(result, pair))


def test_report_json_lists_each_storys_direction_cycles_with_what_told_them() -> None:
    """Three sites that credit each other round, against one's date, beside a wire story whose
    directions go round in nothing: report.json lists the cycle under its story, its documents
    in the cycle's order, what told each direction and the one taken away, which its pair no
    longer gives; the wire's story lists none."""
    report = report_json(compare_documents([*ferry_strike_copies(2), *circular_credits()]))
    assert {story["id"]: story["direction_cycles"] for story in report["stories"]} == {
        "story-001": [],
        "story-002": [
            {
                "documents": ["pnn", "lb", "ftd"],
                "links": [
                    {"origin": "pnn", "copy": "lb", "direction_basis": "published_date"},
                    {"origin": "lb", "copy": "ftd", "direction_basis": "credit"},
                    {"origin": "ftd", "copy": "pnn", "direction_basis": "credit"},
                ],
                "dropped": [["pnn", "lb"]],
            }
        ],
    }
    (dropped,) = [p for p in report["pairs"] if {p["a"], p["b"]} == {"pnn", "lb"}]
    assert (dropped["direction"], dropped["direction_basis"]) == (None, None)


def test_a_pair_whose_direction_closed_a_cycle_says_what_told_it() -> None:
    """A pair whose direction, told by what each holds of the other, was the weakest of a cycle
    says so, and where the cycle is listed."""
    result = compare_documents(circular_credits(), single_story=True)
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"pnn", "lb"}]
    told = (("pnn", "lb", DirectionBasis.CONTAINMENT),)
    undated = replace(pair, date_set_aside=None)
    shown = replace(
        result,
        pairs=tuple(undated if p is pair else p for p in result.pairs),
        cycles=(DirectionCycle("story-001", told, (("pnn", "lb"),)),),
    )
    assert (
        "No direction: its direction, told by `containment`, closed a cycle of the story's "
        "directions, and was the weakest of it; see “Directions that go round”."
    ) in "\n".join(render_pair(shown, undated))


# A wire's brief on a ferry strike, and a paper's copy that adds a local sentence.
FERRY_BRIEF = [
    "Ferry crews in Tarrow walked out on Friday after pay talks with the operator broke down.",
    "The operator, Northline Ferries, said about 40 crossings would be cancelled over the weekend.",
    "Union leaders said the strike would last until a new offer was made.",
]
TERMINAL_SHOPS = "Shops near the Tarrow terminal said trade had already fallen."


@pytest.mark.parametrize(
    ("wire_source", "dates", "direction"),
    [
        pytest.param(
            "Coastal Courier",
            # A Friday and a Saturday: the wire's "walked out on Friday" reports its own day.
            ("2025-06-06", "2025-06-07"),
            "Tarrow Herald (daily) reuses Coastal Courier (wire) (by publication date).",
            id="published_date",
        ),
        pytest.param(
            "Coastal Wire",
            (None, None),
            "Tarrow Herald (daily) reuses Coastal Wire (wire) "
            "(by kind: Coastal Wire (wire) is a news agency).",
            id="news_agency",
        ),
        pytest.param(
            "Coastal Courier",
            (None, None),
            "Coastal Courier (wire) reuses Tarrow Herald (daily) (by what each holds of the "
            "other: 100% of A's words are in B, 81% of B's in A; no date or credit tells).",
            id="containment",
        ),
    ],
)
def test_a_pair_section_says_what_told_its_direction(
    wire_source: str, dates: tuple[str | None, str | None], direction: str
) -> None:
    """The verdict line says what the direction rests on, and report.json names it beside the
    direction: a reader can tell a date or an agency's name from shares alone, which here name
    the wire the copy of the paper that adds a sentence to it."""
    wire_date, daily_date = dates
    docs = [
        replace(
            document("\n".join(FERRY_BRIEF), "wire", wire_source),
            published=wire_date,
            author=f"{wire_source} staff",
        ),
        replace(
            document("\n".join([*FERRY_BRIEF, TERMINAL_SHOPS]), "daily", "Tarrow Herald"),
            published=daily_date,
        ),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    line = "\n".join(render_pair(result, pair)).split("\n\n")[1]
    assert f"Likely direction: {direction}" in line
    (written,) = report_json(result)["pairs"]
    assert (written["direction"], written["direction_basis"]) == (
        pair.direction,
        pair.direction_basis,
    )


# A wire's flood report of 404 words, and a reprint that changes one word in four sentences of
# 81 words: 323 words, 79.95%, sit in sentences identical to the other's, short of a copy's 80%.
FLOOD_WIRE = [
    "Floodwater from the swollen Arden River forced about 3,000 residents of Millbrook and Pine Hollow to leave their homes on Tuesday night.",
    "Emergency crews used boats to reach families trapped on the upper floors of houses along Canal Street and Weaver Lane.",
    "The river rose almost two metres in six hours after three days of heavy rain across the northern hills.",
    "County officials opened shelters at the Millbrook high school and the Pine Hollow community centre, where volunteers handed out blankets and hot meals.",
    "Power was cut to around 8,500 homes as a precaution, and the regional utility said it could not yet say when supply would return.",
    "Two bridges on the main road between the towns were closed after engineers found debris piling up against their supports.",
    "Schools in both towns will stay shut for the rest of the week, the county education office said in a statement.",
    "Forecasters expect the rain to ease on Wednesday, but warned that the river may not peak until Thursday morning as water drains from the hills.",
    "Farmers in the valley said fields of winter wheat had been under water since Monday and that some livestock could not be moved in time.",
    "The county has asked the national government for emergency funds to cover the cost of the rescue and the repairs that will follow.",
    "It was the worst flooding in the valley since 1998, when the river burst its banks and damaged more than 600 homes.",
    "Residents who have left are being urged not to return until the county declares their streets safe.",
    "A hotline for people looking for missing relatives has been set up at the county offices in Millbrook.",
    "Insurance companies said they were sending assessors to the area as soon as the water falls.",
    "The Red Cross said it had sent forty volunteers and two trucks of supplies from the coast.",
    "Police closed the riverside footpath and asked drivers to keep away from low roads across the valley.",
    "Local churches offered their halls to families who could not find a place in the shelters.",
    "Officials will update residents at a news conference at the county offices at noon on Wednesday.",
    "Volunteers from the rowing club at Pine Hollow helped the fire service check empty houses along the water.",
    "The county said it would publish a list of roads that remain closed on its website each morning until the water has gone back down.",
]  # fmt: skip
FLOOD_REPRINT = [
    line.replace("hot meals", "warm meals")
    .replace("Thursday morning", "Thursday afternoon")
    .replace("were sending", "were dispatching")
    .replace("two trucks", "two lorries")
    for line in FLOOD_WIRE
]
# A fare rise of 101 words a side, 50 of them in three sentences both carry: 49.5% of each is
# contained in the other, short of the 50% that makes a pair derived.
FARES_SHARED = [
    "Bus fares in Eastgate will rise by 20 cents from April 1, the regional transport authority said on Monday.",
    "The authority blamed higher fuel prices and the cost of new electric buses for the increase.",
    "Monthly passes for adults will go up by $6, to $84, on the same day.",
]  # fmt: skip
FARES_WIRE = [
    *FARES_SHARED,
    "A single adult ticket will cost $2.70, while passes for students and pensioners stay at their current price.",
    "The last rise, in 2021, was followed by a fall in passenger numbers that took two years to recover.",
    "Councillor Maya Brandt, who chairs the transport committee, will meet union officials next week.",
]  # fmt: skip
FARES_DAILY = [
    FARES_SHARED[0],
    "Commuters waiting at the central station on Monday were unhappy about the news.",
    "Nurse Tomas Ferreira, who rides the number 14 line to the hospital every morning, called the decision unfair to shift workers.",
    "A petition against the change had gathered more than 900 signatures by the end of the day.",
    *FARES_SHARED[1:],
]  # fmt: skip
# Two reports of a mall's power cut, in their own sentences: 10 of the later one's 68 words,
# 14.7%, sit in phrases the first has, short of the 15% that makes a pair partial however
# little the sentences holding them carry (54%, short of 55%).
OUTAGE_WIRE = [
    "Hundreds of shoppers were led out of the Riverside Mall on Saturday after a power cut left the building in darkness.",
    "The outage began shortly after 2 p.m. and lasted nearly three hours, the mall's owner said.",
    "Engineers traced the fault to a damaged cable under the car park.",
    "No one was hurt, although two people were briefly trapped in a lift.",
    "Most shops stayed closed for the rest of the afternoon.",
]  # fmt: skip
OUTAGE_DAILY = [
    "Saturday afternoon at Riverside Mall ended early for families when every light went out at once.",
    "Staff with torches guided customers toward the exits, and a fire crew freed a couple stuck in a lift between floors.",
    "Managers blamed a damaged cable under the car park and expect full power back by Monday.",
    "Traders said they had lost a day's takings in the busiest month of the year.",
]  # fmt: skip


def _wire_and_daily(wire: list[str], daily: list[str]) -> list[Document]:
    """A wire's article and a paper's of the next day."""
    return [
        document("\n".join(wire), "wire", "Valley Wire", published="2025-03-03"),
        document("\n".join(daily), "daily", "Millbrook Daily", published="2025-03-04"),
    ]


@pytest.mark.parametrize(
    ("wire", "daily", "verdict", "written", "shown"),
    [
        pytest.param(
            FLOOD_WIRE,
            FLOOD_REPRINT,
            "derived",
            ("containment", "a_in_b_verbatim", 0.799),
            "79.9% of A's words sit in sentences identical to B's",
            id="just_short_of_a_copy",
        ),
        pytest.param(
            FARES_WIRE,
            FARES_DAILY,
            "partial",
            ("containment", "a_in_b", 0.495),
            "49.5% of A's words recur in sentences of B",
            id="just_short_of_derived",
        ),
        pytest.param(
            OUTAGE_WIRE,
            OUTAGE_DAILY,
            "independent",
            ("shared_phrasing", "b_in_a", 0.147),
            "14.7% of B's in A's (54%)",
            id="just_short_of_partial_phrasing",
        ),
    ],
)
def test_a_share_just_short_of_a_cut_is_shown_short_of_it(
    wire: list[str],
    daily: list[str],
    verdict: str,
    written: tuple[str, str, float],
    shown: str,
) -> None:
    """A share that falls just short of the cut its verdict is judged at is written to
    report.json, and printed in the pair section, short of that cut too, never rounded onto it:
    a derived pair is not shown with the 80% a copy needs."""
    result = compare_documents(_wire_and_daily(wire, daily), single_story=True)
    (pair,) = result.pairs
    group, key, share = written
    (written_pair,) = report_json(result)["pairs"]
    assert (written_pair["verdict"], written_pair[group][key]) == (verdict, share)
    line = "\n".join(render_pair(result, pair)).split("\n\n")[1]
    assert f"**Verdict: {verdict}**" in line
    assert shown in line


@given(st.integers(0, 1000).map(lambda thousandths: thousandths / 1000))
def test_a_percentage_is_printed_on_its_shares_side_of_every_cut(share: float) -> None:
    """A share kept to three places is printed as a percentage on its side of every cut a
    verdict is judged at: whole where that is so, to a tenth where a whole one would reach a cut
    the share falls short of."""
    settings = Settings()
    cuts = (
        *settings.verbatim_cuts,
        *settings.containment_cuts,
        *settings.phrasing_cuts,
        *settings.spread_cuts,
    )
    shown = float(_percent(share, cuts).removesuffix("%")) / 100
    assert [shown >= cut for cut in cuts] == [share >= cut for cut in cuts]


def test_the_index_shows_a_containment_just_short_of_derived_short_of_it() -> None:
    """The index's table of pairs prints a partial pair's containment of 49.5% as that, not as
    the 50% that would make it derived."""
    result = compare_documents(_wire_and_daily(FARES_WIRE, FARES_DAILY), single_story=True)
    rows = [[cell.strip() for cell in line.split("|")] for line in render_index(result).split("\n")]
    (row,) = [cells for cells in rows if "partial" in cells]
    assert row[6:8] == ["49.5%", "49.5%"]


@pytest.mark.parametrize(
    ("second_town", "said"),
    [
        pytest.param("Tarvik", "an update or correction, not syndication", id="an_update"),
        pytest.param("Dunmore", "two of its reports, not syndication", id="another_event"),
    ],
)
def test_one_sources_two_texts_are_an_update_only_when_one_is_made_from_the_other(
    second_town: str, said: str
) -> None:
    """Two texts of one source are an update or correction when one is a copy or rewrite of the
    other; its template filled in for another town is another of its reports."""
    text = (
        "The national weather service has issued an amber wind warning for {town} from 6 p.m. "
        "on {day}. Gusts of up to 90 km/h are expected, and travel disruption is likely."
    )
    first = document(text.format(town="Tarvik", day="Monday"), "w0", "WeatherBot")
    second = document(text.format(town=second_town, day="Tuesday"), "w1", "WeatherBot")
    result = compare_documents([first, second], single_story=True)
    page = "\n".join(render_pair(result, result.pairs[0]))
    assert f"Both come from the same source: {said}." in page


# A live page's paragraphs without its update line.
LIVE_TEXT = "\n\n".join(live_page(1)[0].text.split("\n\n")[:5])


def test_a_version_dated_by_its_capture_is_said_to_be_captured_then(tmp_path: Path) -> None:
    """An archiver's capture time dates a version whose page gives no modification time: the
    documents tables say the version was captured then, not modified, and the version is named
    by its capture, as an editor tracking silent edits must not read a fetch as an edit."""
    captures = [
        {("fetched_at" if key == "dateModified" else key): value for key, value in v.items()}
        for v in QUARRY_VERSIONS
    ]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.json").write_text(json.dumps(captures), encoding="utf-8")
    run_into(tmp_path / "out", str(tmp_path / "in"))
    story = (tmp_path / "out" / "story-001-quarry-owner-ignored-warnings.md").read_text(
        encoding="utf-8"
    )
    assert _dates_column(story) == {
        "gazette-v3": "2025-09-03 06:00 UTC, captured 14:20 UTC",
        "gazette-v2": "2025-09-03 06:00 UTC, captured 09:45 UTC",
        "gazette-v1": "2025-09-03 06:00 UTC",
    }
    assert "version captured 09:45 UTC" in story
    assert "modified" not in story.split("\n| source ", 1)[1].split("\n\n", 1)[0]


def test_an_archivers_versions_are_named_by_the_numbers_and_times_their_records_give(
    tmp_path: Path,
) -> None:
    """An archiver's export that numbers each version of an article ("version": 2) and gives
    when it fetched it names each by that number and its capture time, "version 2 (captured
    09:45 UTC)", not by the export's file and line, and report.json gives the number as each
    document's version_label (acceptance round 36, a1's retest)."""
    export = [
        {
            **{key: value for key, value in v.items() if key not in {"id", "dateModified"}},
            "fetched_at": v["dateModified"],
            "version": int(v["id"].removeprefix("gazette-v")),
        }
        for v in QUARRY_VERSIONS
    ]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "archive-export.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in export), encoding="utf-8"
    )
    run_into(tmp_path / "out", str(tmp_path / "in"), "--format", "all")
    (page,) = (tmp_path / "out").glob("story-001-*.md")
    story = page.read_text(encoding="utf-8")
    assert (
        "- Marlow Gazette, version 3 (captured 14:20 UTC), from Marlow Gazette, version 2 "
        "(captured 09:45 UTC) (changed without a note)"
    ) in story
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert all(f"{d['id']} vs" not in story for d in report["documents"])
    assert sorted((d["version_label"], d["captured"]) for d in report["documents"]) == [
        ("1", True),
        ("2", True),
        ("3", True),
    ]


MILL_FIRE_COURIER = (
    "Fire crews fought a blaze at the Harlow Street flour mill in Ferrybridge overnight.",
    "Two workers were treated for smoke inhalation, the fire service said.",
    "The mill's owner said production would stop for at least a week.",
)
MILL_FIRE_POST = (
    "A flour mill on Harlow Street was badly damaged by fire on Tuesday night.",
    "Residents nearby were told to keep their windows shut as smoke drifted over the town.",
    "Roads around the site stayed closed into the morning.",
)
# What the Courier added at 11:10, and the Post's 13:22 capture carries word for word.
MILL_FIRE_CAUSE = (
    "Investigators found that a faulty conveyor motor had overheated shortly before midnight."
)


def mill_fire_captures() -> list[Document]:
    """Two versions each of two outlets' reports of a mill fire: the Courier's, published at
    06:10 and modified at 11:10 to add the fire's cause; the Post's, published at 07:05, its
    page giving no modification time, captured by an archiver at 07:22 and at 13:22, the later
    capture carrying the Courier's new sentence."""

    courier = Document(
        "courier-1",
        "Ferrybridge Courier",
        "\n\n".join(MILL_FIRE_COURIER),
        url="https://ferrybridge-courier.example/news/mill-fire",
        title="Fire at Harlow Street mill",
        published="2026-03-10",
        published_time="2026-03-10T06:10:00Z",
    )
    post = Document(
        "post-1",
        "Eastfold Post",
        "\n\n".join(MILL_FIRE_POST),
        url="https://eastfold-post.example/news/mill-fire",
        title="Flour mill badly damaged in night blaze",
        published="2026-03-10",
        published_time="2026-03-10T07:05:00Z",
        modified_time="2026-03-10T07:22:00Z",
        captured=True,
    )
    return [
        courier,
        replace(
            courier,
            id="courier-2",
            text=f"{courier.text}\n\n{MILL_FIRE_CAUSE}",
            modified_time="2026-03-10T11:10:00Z",
        ),
        post,
        replace(
            post,
            id="post-2",
            text=f"{post.text}\n\n{MILL_FIRE_CAUSE}",
            modified_time="2026-03-10T13:22:00Z",
        ),
    ]


def test_captures_of_an_unchanged_article_are_no_versions_of_it() -> None:
    """A crawler that captured a wire's story twice, its text never changed, saw one article,
    not two versions: the index names the wire by its id, not "version captured 08:10 UTC",
    which would suggest a history of edits that is not there (acceptance round 38, d9)."""
    courier = mill_fire_captures()[0]
    captures = [
        replace(
            courier, id=f"courier-{n}", modified_time=f"2026-03-10T{hour}:10:00Z", captured=True
        )
        for n, hour in ((1, "08"), (2, "09"))
    ]
    paper = Document(
        "post",
        "Eastfold Post",
        courier.text,
        title="Fire at Harlow Street mill",
        published="2026-03-10",
        published_time="2026-03-10T12:05:00Z",
    )
    index = render_index(compare_documents([*captures, paper], single_story=True))
    assert "version captured" not in index
    assert "Eastfold Post reuses Ferrybridge Courier (courier-1)" in index


def test_a_first_version_seen_by_a_capture_alone_is_named_by_its_publication() -> None:
    """A wire's story published at 06:10 and captured at 08:10, then updated at 10:10, is named
    by its publication, "06:10 UTC version": the crawler saw it as published, and a capture time
    would suggest an edit that never happened (acceptance round 38, d9)."""
    courier = mill_fire_captures()[0]
    first = replace(courier, modified_time="2026-03-10T08:10:00Z", captured=True)
    update = replace(
        courier,
        id="courier-2",
        text=f"{courier.text}\n\n{MILL_FIRE_CAUSE}",
        modified_time="2026-03-10T10:10:00Z",
    )
    paper = replace(
        courier, id="post", source="Eastfold Post", published_time="2026-03-10T09:05:00Z", url=None
    )
    index = render_index(compare_documents([first, update, paper], single_story=True))
    assert "version captured" not in index
    assert "Eastfold Post reuses Ferrybridge Courier, 06:10 UTC version" in index


def test_an_order_told_by_a_capture_says_so_in_markdown_and_json_alike() -> None:
    """What told a direction is computed once and both reports give it: two captures of one
    article are ordered by capture time, not modification time, and a copy published before its
    rival's update that took the update's sentence in a later capture is ordered by that
    capture, not by publication; report.json says which documents are dated by their capture
    (acceptance round 36, a9 and its retest)."""
    result = compare_documents(mill_fire_captures(), single_story=True)
    told = {frozenset((p.a, p.b)): (p.origin, p.direction_basis) for p in result.pairs}
    assert told[frozenset(("post-1", "post-2"))] == ("post-1", DirectionBasis.CAPTURE_TIME)
    assert told[frozenset(("courier-2", "post-2"))] == ("courier-2", DirectionBasis.CAPTURE_TIME)
    assert told[frozenset(("courier-1", "courier-2"))] == (
        "courier-1",
        DirectionBasis.MODIFIED_TIME,
    )
    index = render_index(result)
    assert (
        "- Eastfold Post, version captured 13:22 UTC reuses Ferrybridge Courier, 11:10 UTC "
        "version: partial, 24% of its words copied or edited, uncredited; order told by capture "
        "time."
    ) in index
    captures = next(p for p in result.pairs if {p.a, p.b} == {"post-1", "post-2"})
    assert "(by capture time)." in "\n".join(render_pair(result, captures))
    written = report_json(result)
    assert {
        frozenset((p["a"], p["b"])): p["direction_basis"]
        for p in written["pairs"]
        if p["direction"]
    } == {
        frozenset(("post-1", "post-2")): "capture_time",
        frozenset(("courier-2", "post-2")): "capture_time",
        frozenset(("courier-1", "courier-2")): "modified_time",
    }
    assert {d["id"]: d["captured"] for d in written["documents"]} == {
        "courier-1": False,
        "courier-2": False,
        "post-1": True,
        "post-2": True,
    }


@pytest.mark.parametrize(
    ("later_text", "change"),
    [
        pytest.param(LIVE_TEXT, "no text change", id="timestamp_only"),
        pytest.param(LIVE_TEXT.replace("60 homes", "85 homes"), "an update or correction",
                     id="corrected"),
        pytest.param("\n\n".join(FERRY_WIRE), "a rewrite", id="rewritten"),
    ],
)  # fmt: skip
def test_a_pair_of_versions_says_the_later_is_a_version_of_the_earlier(
    later_text: str, change: str
) -> None:
    """A pair of versions of one article says what the later save did: nothing but its time, a
    correction, or a rewrite; that it is a later version, not that it reuses the earlier; and
    is flagged `same article`, in Markdown and JSON (finding 10 of acceptance round 21); each
    named by its time, not by its feed's line (acceptance round 28, n10)."""
    (first,) = live_page(1)
    first = replace(first, id="tg-live@live.jsonl:2", text=LIVE_TEXT)
    later = replace(
        first, id="tg-live@live.jsonl:1", text=later_text, modified_time="2025-11-04T09:00:00Z"
    )
    result = compare_documents([later, first], single_story=True)
    (pair,) = result.pairs
    page = "\n".join(render_pair(result, pair))
    assert f"Both are versions of one article: {change}, not syndication." in page
    assert (
        "Likely direction: Tarn Gazette, 09:00 UTC version is a later version of "
        "Tarn Gazette, 06:00 UTC version (by modification time)."
    ) in page
    assert "same source, same article" in render_index(result).split("## Pairs")[1]
    (written,) = report_json(result)["pairs"]
    assert (written["same_article"], written["direction"]) == (True, "b->a")


def test_a_version_under_a_new_headline_says_its_headline_changed() -> None:
    """A later version whose text is unchanged but whose headline was rewritten is a new
    headline, not "no text change": the pair says how the headline changed, earlier to later,
    the JSON flags it, and the article's line of versions names it (acceptance round 30, v5)."""
    first, *_ = warehouse_versions()
    later = replace(
        first,
        id="gazette-0930",
        title="Arson not ruled out in Millbrook warehouse fire, sheriff says",
        modified_time="2025-04-02T09:30:00Z",
    )
    result = compare_documents([first, later], single_story=True)
    (pair,) = result.pairs
    page = "\n".join(render_pair(result, pair))
    assert "Both are versions of one article: a new headline, no text change" in page
    assert (
        "Headline changed: “Fire sweeps Millbrook warehouse” → “Arson not ruled out in Millbrook "
        "warehouse fire, sheriff says”."
    ) in page
    (written,) = report_json(result)["pairs"]
    assert (written["identical"], written["headline"], written["headline_changed"]) == (
        True,
        None,
        True,
    )
    assert "07:00 UTC → 09:30 (headline changed)." in render_index(result)


@pytest.mark.parametrize(
    ("modified", "names"),
    [
        pytest.param(("2025-11-04T09:00:00Z", "2025-11-04T10:30:00Z"),
                     ("Tarn Gazette, 09:00 UTC version", "Tarn Gazette, 10:30 UTC version"),
                     id="one_day"),
        pytest.param(("2025-11-04T23:50:00Z", "2025-11-05T00:20:00Z"),
                     ("Tarn Gazette, 2025-11-04 23:50 UTC version",
                      "Tarn Gazette, 2025-11-05 00:20 UTC version"),
                     id="days_apart"),
        pytest.param(("2025-11-04T09:00:00Z", "2025-11-04T09:00:00Z"),
                     ("Tarn Gazette (tg-live@live.jsonl:1)", "Tarn Gazette (tg-live@live.jsonl:2)"),
                     id="one_time_keeps_ids"),
    ],
)  # fmt: skip
def test_versions_of_one_article_are_named_by_their_times(
    modified: tuple[str, str], names: tuple[str, str]
) -> None:
    """Two saves of one page are named by when each was modified, with the day when they span
    two, and by their ids when one time names both (acceptance round 28, n10)."""
    first, later = (
        replace(save, text=text, modified_time=time)
        for save, text, time in zip(
            live_page(2),
            (LIVE_TEXT, LIVE_TEXT.replace("60 homes", "85 homes")),
            modified,
            strict=True,
        )
    )
    result = compare_documents([first, later], single_story=True)
    (pair,) = result.pairs
    heading = render_pair(result, pair)[0]
    assert heading == f"## {names[0]} vs {names[1]}"
    assert {d["id"] for d in report_json(result)["documents"]} == {first.id, later.id}


def test_the_index_counts_pairs_of_versions_apart_from_the_verdicts() -> None:
    """Three saves of one live page and a paper's copy of the first: the verdicts count the
    paper's pairs, and the saves' three pairs are counted apart, as no outlet's reuse of another
    (acceptance round 21: ten pairs of one article's versions were counted as reuse)."""
    saves = live_page(3)
    paper = replace(saves[-1], id="paper", source="Valley Post", url=None, modified_time=None)
    result = compare_documents([*saves, paper], single_story=True)
    assert sum(p.same_article for p in result.pairs) == 3
    index = render_index(result)
    assert "(besides 3 pairs of versions of one article)" in index
    stories = index.split("## Stories")[1].split("## Pairs")[0]
    (row,) = [line for line in stories.splitlines() if "story-001" in line]
    reusing = [p for p in result.pairs if not p.same_article and p.verdict != Verdict.INDEPENDENT]
    assert row.split("|")[8].strip() == str(len(reusing))


def test_the_index_gives_each_storys_dates_size_and_key() -> None:
    """A reader picks a story by when it ran and how widely: its first and last dates, its
    documents and outlets (two saves of one page are one outlet's), and its key across runs;
    its documents' ids are left to its page and the documents table."""
    saves = live_page(2)
    wire = replace(
        saves[0],
        id="wire",
        source="Harbour Wire",
        url=None,
        published="2025-11-03",
        published_time=None,
        modified_time=None,
    )
    result = compare_documents([wire, *saves], single_story=True)
    (story,) = result.stories
    stories = render_index(result).split("## Stories")[1].split("## Outlets")[0]
    (row,) = [line for line in stories.splitlines() if "story-001" in line]
    cells = [cell.strip() for cell in row.split("|")[1:-1]]
    assert cells[:2] == [f"[story-001]({story_file_name(story)})", story.key]
    assert cells[3:7] == ["2025-11-03", "2025-11-04", "3", "2"]
    assert not any(save.id in row for save in saves)


def test_the_index_lists_each_version_with_the_one_after_it_first() -> None:
    """A page saved fifteen times makes 105 pairs of versions: the index lists each save with
    the one after it, in the order they were saved, before any pair of saves further apart
    (finding 1 of acceptance round 21: none of them was listed)."""
    saves = live_page(15)
    result = compare_documents(saves)
    rows = [
        [cell.strip() for cell in line.split("|")[2:4]]
        for line in render_index(result).split("## Pairs")[1].splitlines()
        if line.startswith("| story-001 ")
    ]
    named = markdown_report._full_names(result)
    in_order = [named[d.id] for d in reversed(saves)]
    assert len(rows) == markdown_report.MAX_INDEX_PAIRS
    assert [sorted(row) for row in rows[:14]] == [sorted(pair) for pair in pairwise(in_order)][::-1]


def test_a_wide_story_writes_each_version_with_the_one_after_it_first() -> None:
    """A wide story of a live page and two copies of its first save writes out each save with
    the one after it first, in the order of the story, then each copy with its source."""
    saves = live_page(13)
    copies = [
        replace(saves[-1], id=name, source=name.title(), url=None, modified_time=None,
                published_time="2025-11-04T06:05:00Z")
        for name in ("dale herald", "moor times")
    ]  # fmt: skip
    result = compare_documents([*saves, *copies])
    (story,) = result.stories
    assert len(story.documents) > WIDE_STORY
    page = render_story(result, story)
    sections = [line for line in page.splitlines() if line.startswith("## ") and " vs " in line]
    steps = consecutive_versions(saves)
    ids = {name: doc for doc, name in markdown_report._full_names(result).items()}
    assert [frozenset(ids[name] for name in s[3:].split(" vs ")) for s in sections[:12]] == [
        frozenset((f"tg-live@live.jsonl:{n}", f"tg-live@live.jsonl:{n + 1}")) for n in range(1, 13)
    ]
    assert len(steps) == 12
    assert "each version of an article with the one after it first" in page


def test_a_report_in_a_language_without_framing_words_says_what_it_did_not_read() -> None:
    """Attribution verbs and hedges are listed in English, Russian, Chinese, German, French and
    Spanish: an Italian rewrite that turns "ha assicurato" into "ha detto" is not called free of
    framing differences, and its profile says which rows it leaves empty."""
    wire = document(
        "Il sindaco ha assicurato martedì che l'incendio è sotto controllo a Paterna.", "ansa"
    )
    rewrite = document(
        "Il sindaco ha detto martedì che l'incendio è sotto controllo a Paterna.", "gazzetta"
    )
    result = compare_documents([wire, rewrite], single_story=True)
    page = render_story(result, result.stories[0])
    assert "No framing difference" not in page
    assert "No difference of numbers or quotations in the aligned sentences." in page
    assert (
        "In Italian, numbers and quotations are checked; attribution verbs, hedges, loaded terms, "
        "direction, outcome, size, allegations, roles, passive voice and interview claims are "
        "not.\n"
    ) in page
    assert (
        "The rows of ansa and gazzetta, in another language or too short to tell, hold their "
        "quotations, sources and numbers only."
    ) in page


def test_a_portuguese_pair_says_its_language_not_that_it_may_be_too_short_to_tell() -> None:
    """A Portuguese pair whose language is known gets the line of its language, "In Portuguese,
    attribution verbs, hedges, numbers and quotations are checked; ...", beside its number note,
    not the line of an article too short to tell its language by."""
    wire = document(
        "Segundo a Proteção Civil, já arderam cerca de 3.200 hectares no concelho de Odemira, "
        "e o fogo mobiliza ainda 400 operacionais.",
        "lusa",
    )
    rewrite = document(
        "Segundo a Proteção Civil, já arderam cerca de 5.000 hectares no concelho de Odemira, "
        "e o fogo mobiliza ainda 400 operacionais.",
        "jornal",
    )
    section = _pair_section(replace(wire, language="pt"), replace(rewrite, language="pt"))
    assert "number or date changed" in section
    assert (
        "In Portuguese, attribution verbs, hedges, numbers and quotations are checked; loaded "
        "terms, direction, outcome, size, allegations, roles, passive voice and interview claims "
        "are not (--terms adds loaded terms).\n"
    ) in section
    assert "too short to tell its language" not in section


@pytest.mark.parametrize(
    ("wire", "rewrite", "difference"),
    [
        pytest.param(
            "Police detain 31 protesters in Lagos, spokesman says.",
            "Police detain 31 protesters in Lagos, spokesman admits.",
            "| attribution verb changed | says | admits |",
            id="a_difference_named",
        ),
        pytest.param(
            "Police detain 31 protesters in Lagos, spokesman says.",
            "31 protesters detained in Lagos, spokesman says.",
            "No difference of numbers, quotations or listed framing words in the aligned "
            "sentences.",
            id="none_named",
        ),
    ],
)
def test_a_news_alert_too_short_to_tell_its_language_is_said_to_be_read_with_every_list(
    wire: str, rewrite: str, difference: str
) -> None:
    """An English alert of one sentence is too short to tell its language by, and its framing
    words are read all the same: the page says so, neither that they were left unread in a
    language without lists nor that only numbers and quotations were compared."""
    result = compare_documents([document(wire, "wire"), document(rewrite, "paper")])
    page = " ".join(" ".join(render_pair(result, result.pairs[0])).split())
    assert " ".join(difference.split()) in page
    assert "an article too short to tell its language by is read with them all" in page
    assert "text only" not in page
    assert "No difference of numbers or quotations" not in page


def test_a_spanish_rewrite_gets_its_attribution_verb_named() -> None:
    """Spanish attribution verbs are listed: a rewrite of an EFE story that turns "aseguró" into
    "dijo" gets that change named, and no note that its framing words went unread."""
    wire = document(
        "El alcalde aseguró el martes que el fuego ya está controlado en Paterna.", "efe"
    )
    rewrite = document(
        "El alcalde dijo el martes que el fuego ya está controlado en Paterna.", "sur"
    )
    result = compare_documents([wire, rewrite], single_story=True)
    page = render_story(result, result.stories[0])
    assert "| attribution verb changed | aseguró | dijo |" in page
    assert "hold their quotations, sources and numbers only" not in page


def test_an_index_counts_the_outlets_of_files_in_their_folders(tmp_path: Path) -> None:
    """Files of a wire's folder, under a day's folder, are counted as the one source they are,
    not one source a path: three files of two wires' folders are two sources."""
    ferry = "The ferry between Tarvik and Dunmore was cancelled on Monday, the operator said.\n"
    update = f"{ferry}It runs again on Wednesday.\n"  # byte for byte the first, it is read once
    for path, text in (
        ("2025-03-10/afp/ferry", ferry),
        ("2025-03-11/afp/ferry-update", update),
        ("2025-03-10/ap/ferry", ferry),
    ):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / f"{path}.txt").write_text(text, encoding="utf-8")
    index = render_index(compare_paths([str(tmp_path)]))
    assert "3 documents from 2 sources" in index


def test_an_index_writes_counts_of_thousands_with_separators() -> None:
    """Every count of four digits or more in the index, in its summary lines and its tables,
    is written with thousands separators ("1,035 pairs", "copy 1,035", "1,050" words), as
    the counts beside them are; dates keep their years as written."""
    quay = "\n".join(
        f"Crews cleared {n} tonnes of storm debris from quay {n} of the harbour by noon."
        for n in range(1, 71)
    )
    papers = [
        document(quay, f"paper{n:02}", f"Paper {n}", published="2025-03-11") for n in range(45)
    ]
    wire = document(quay, "wire", "Tarrow Wire", published="2025-03-10")
    index = render_index(compare_documents([wire, *papers], single_story=True))
    assert (
        "46 documents from 46 sources in 1 story (asked for as one: `--single-story`); "
        "1,035 pairs compared." in index
    )
    assert "Verdicts: copy 1,035, derived 0, partial 0, independent 0" in index
    assert re.findall(r"(?<![\d,.-])\d{4,}(?![\d-])", index) == []
    assert "| 1,050 " in index


ELECTIONS = [
    document(VINSELIAN, "vinselian", "Evening Post", published="2025-06-07"),
    document(SHAZORBU, "shazorbu", "Capital Journal", published="2025-06-09"),
]
WRAPS = [
    document(MARKET_WRAP.format(**MONDAYS_WRAP), "monday", "Market Desk", published="2025-03-10"),
    document(
        MARKET_WRAP.format(**TUESDAYS_WRAP), "tuesday", "Finance Daily", published="2025-03-11"
    ),
]
REVISED_WRAPS = [
    WRAPS[0],
    document(MARKET_WRAP.format(**MONDAYS_WRAP_REVISED), "revised", "Finance Daily"),
]


@pytest.mark.parametrize(
    ("documents", "reason", "template"),
    [
        pytest.param(
            ELECTIONS,
            "Not a copy or rewrite: one template filled in for another event, the names differ "
            "(Shafa Fakamer, Vinselian / Risdin Sellozor, Shazorbu).",
            {
                "filled_for": "another_event",
                "a": ["Shafa Fakamer", "Vinselian"],
                "b": ["Risdin Sellozor", "Shazorbu"],
            },
            id="another_towns_election",
        ),
        pytest.param(
            WRAPS,
            "Not a copy or rewrite: one template filled in with another day's figures "
            "(Monday / Tuesday).",
            {"filled_for": "another_day", "a": ["Monday"], "b": ["Tuesday"]},
            id="next_days_market_wrap",
        ),
        pytest.param(REVISED_WRAPS, None, None, id="market_wrap_revised_the_same_day"),
    ],
)
def test_a_pair_of_one_template_says_why_it_is_only_partial(
    documents: list[Document], reason: str | None, template: dict[str, object] | None
) -> None:
    """A pair whose shared lines are one template filled in for another event or day says so
    beside its figures, and report.json names what each fills in; a wrap revised the same day,
    derived from the first, says nothing of a template."""
    result = compare_documents(documents, single_story=True)
    (pair,) = result.pairs
    section = "\n".join(render_pair(result, pair))
    assert section.count("Not a copy or rewrite") == (1 if reason else 0)
    assert reason is None or reason in section
    assert report_json(result)["pairs"][0]["template"] == template


def test_names_a_template_is_filled_in_with_are_escaped() -> None:
    """Names filled into a template are article text: escaped, they render as written."""
    result = compare_documents(ELECTIONS, single_story=True)
    (pair,) = result.pairs
    assert pair.template is not None
    hostile = replace(pair, template=replace(pair.template, a=("*Kell_Bay*",), b=("<b>",)))
    section = "\n".join(render_pair(result, hostile))
    html = markdown().render(section)
    assert "the names differ (*Kell_Bay* / &lt;b&gt;)." in html


@pytest.mark.parametrize(
    ("agency_line", "through"),
    [
        pytest.param([], True, id="the_wires_words_alone"),
        pytest.param(
            ["Local officials claimed that four people were killed, but the figures could not "
             "be verified."],
            False,
            id="with_a_line_only_the_agency_has",
        ),
    ],
)  # fmt: skip
def test_a_pair_undirected_through_the_copys_own_source_says_why(
    agency_line: list[str], through: bool
) -> None:
    """A paper that took the wire's words shares them with TASS's story through the wire: that
    pair's section says why it has no direction, and report.json names the wire; the paper's
    pairs with the wire and TASS's with the wire say nothing of it, nor does the pair with TASS
    once the paper takes a line only TASS has."""
    result = compare_documents(grain_port_story(agency_line=agency_line))
    said = {
        frozenset((p.a, p.b)): [part for part in _verdict_paragraph(result, p).split(". ")
                                if "No direction" in part]
        for p in result.pairs
    }  # fmt: skip
    paper_and_agency = frozenset(("herald", "tass"))
    assert said.pop(paper_and_agency) == (
        ["No direction: Coastal Herald (herald) took what it shares with TASS (tass) "
         "from reuters\\_wire (wire); see who copied whom."]
        if through
        else []
    )  # fmt: skip
    assert list(said.values()) == [[], []]
    taken_through = {
        frozenset((p["a"], p["b"])): p["taken_through"] for p in report_json(result)["pairs"]
    }
    assert taken_through.pop(paper_and_agency) == (
        {"copy": "herald", "source": "wire"} if through else None
    )
    assert list(taken_through.values()) == [None, None]


def _verdict_paragraph(result: Result, pair: PairComparison) -> str:
    """The paragraph of a pair's section that gives its verdict and the figures behind it."""
    return render_pair(result, pair)[2]


def test_the_seed_pairs_are_neither_templated_nor_taken_through_a_third_article() -> None:
    """The seeds' pair is an ordinary rewrite: its section gives no template and no reason for a
    missing direction."""
    result = compare_paths([str(SEEDS)])
    assert result.pairs
    for pair in result.pairs:
        assert (pair.template, pair.taken_through) == (None, None)
        section = "\n".join(render_pair(result, pair))
        assert "Not a copy or rewrite" not in section
        assert "No direction" not in section


@pytest.mark.parametrize(
    ("outlets", "more"),
    [
        pytest.param(
            30,
            "- story-001: 20 more pairs; its page, [{page}]({page}), gives them all.",
            id="page_writes_out_every_pair",
        ),
        pytest.param(
            55,
            "- story-001: 54 more pairs; its page, [{page}]({page}), writes out 50 of its 74, "
            "and the JSON report (`--format json`) gives them all.",
            id="page_writes_out_fifty",
        ),
    ],
)
def test_an_index_lists_twenty_pairs_of_a_story_and_says_where_the_rest_are(
    outlets: int, more: str
) -> None:
    """A wire story that dozens of outlets copy without credit lists its 20 most telling pairs in
    the index, undisclosed copies first, and one line counts the rest and names the page, or the
    JSON report, that gives them all: an archive's index listed 52,700 pairs in 11 MB."""
    result = compare_documents(ferry_strike_copies(outlets), single_story=True)
    index = render_index(result).splitlines()
    rows = [line for line in index[index.index("## Pairs") :] if line.startswith("| story-001 ")]
    assert len(rows) == 20
    assert all(" copy " in row and row.rstrip(" |").endswith("undisclosed") for row in rows)
    page = story_file_name(result.stories[0])
    assert more.format(page=page) in index


# A local paper's live page on a mill fire, saved again with each entry.
MILL_FIRE_LIVE = [
    "06:15 Our reporter at the scene sees thick black smoke over the town.",
    "07:00 Buses on routes 4 and 9 are being diverted via Station Road.",
    "07:40 Readers tell us they can smell burning as far away as Kelby.",
    "08:20 A rest centre has opened at St Anne's church hall.",
    "09:05 Dunmore Primary School will open as normal, the head teacher says.",
    "10:10 Ambulance crews have left the scene, an onlooker tells us.",
    "11:30 A councillor describes the mill as the heart of the town.",
    "12:15 We will keep this page updated through the afternoon.",
    "12:50 Hallam Textiles says it will pay staff while the mill is shut.",
    "13:30 The ring road has reopened in both directions.",
    "14:10 Firefighters will stay on site overnight, the fire service says.",
]
MILL_FIRE_WIRE = [
    "DUNMORE (Harbour Wire) - A fire destroyed the main shed of a textile mill in Dunmore on "
    "Wednesday, sending two workers to hospital, the fire service said.",
    "About 40 firefighters fought the blaze at the Hallam Textiles mill for six hours.",
    "The company said its night shift of 25 workers had been evacuated safely.",
    "Police closed roads around the site and told residents to keep their windows shut.",
    "The cause of the fire is being investigated.",
]
# Another paper's rewrite of the wire's story, which credits no one.
MILL_FIRE_REWRITE = [
    "A fire destroyed the main shed of a Dunmore textile mill on Wednesday and sent two workers "
    "to hospital, according to the fire service.",
    "Around 40 firefighters battled the blaze at the Hallam Textiles mill for six hours.",
    "The company said its night shift of 25 staff had been safely evacuated.",
    "Police shut roads around the site and told residents to keep windows closed.",
    "Investigators are looking into the cause of the fire.",
]


def mill_fire(saves: int, *papers: tuple[str, str, list[str], str]) -> Result:
    """The live page's first ``saves`` saves, each an entry longer, the wire's story at 13:00, and
    ``papers`` (id, outlet, paragraphs, time), as one story."""
    pages = [
        Document(
            f"live-{n:02}",
            "Dunmore Echo",
            "\n\n".join(MILL_FIRE_LIVE[:n]),
            url="https://dunmore-echo.example/live/mill-fire",
            published_time="2025-04-02T06:30:00Z",
            modified_time=f"2025-04-02T{6 + n:02}:45:00Z",
        )
        for n in range(1, saves + 1)
    ]
    articles = [
        Document(id, source, "\n\n".join(text), published_time=f"2025-04-02T{time}:00Z")
        for id, source, text, time in [("wire", "Harbour Wire", MILL_FIRE_WIRE, "13:00"), *papers]
    ]
    return compare_documents([*pages, *articles], single_story=True)


REWRITE_AT_THREE = ("post", "Dunmore Post", MILL_FIRE_REWRITE, "15:00")


def test_an_outlets_saves_some_saves_apart_come_after_reuse_between_outlets_in_the_index() -> None:
    """A live page saved eight times makes 28 pairs of its own saves, 21 of them a save and
    one some saves later, each a copy of the earlier: they follow the reuse between outlets
    in the index, and a paper's uncredited rewrite of the wire keeps its row. Each save with the
    one after it is listed as before."""
    result = mill_fire(8, REWRITE_AT_THREE)
    index = render_index(result).splitlines()
    rows = [line for line in index[index.index("## Pairs") :] if line.startswith("| story-001 ")]
    assert len(rows) == 20
    ids = {name: doc for doc, name in markdown_report._full_names(result).items()}
    listed = [(ids[a.strip()], ids[b.strip()]) for a, b in (row.split("|")[2:4] for row in rows)]
    consecutive = [(f"live-{n:02}", f"live-{n + 1:02}") for n in range(1, 8)]
    assert listed[:8] == [*consecutive, ("wire", "post")]
    assert rows[7].rstrip(" |").endswith("undisclosed")


def test_a_wide_storys_page_writes_out_reuse_between_outlets_before_an_outlets_saves() -> None:
    """A live page saved eleven times, the wire's story, a paper's rewrite of it and another
    paper's reprint of the rewrite: of the 58 pairs that reuse text, the page writes out 50, and
    the reprint's pair with the wire is among them, before any pair of saves some saves apart."""
    result = mill_fire(
        11, REWRITE_AT_THREE, ("gazette", "Kelby Gazette", MILL_FIRE_REWRITE, "17:00")
    )
    page = render_story(result, result.stories[0])
    assert (
        "Below are the first 50 of the 58 pairs in which one article reuses the other's text, "
        "each version of an article with the one after it first, then each outlet with its "
        "closest source, the other pairs of one outlet's articles last."
    ) in page
    headings = [
        line.removeprefix("## ")
        for line in page.splitlines()
        if line.startswith("## ") and " vs " in line
    ]
    assert len(headings) == 50
    between_outlets = [n for n, heading in enumerate(headings) if "Dunmore Echo" not in heading]
    assert "Harbour Wire vs Kelby Gazette" in headings
    assert between_outlets == [10, 11, 12]


def test_a_story_page_lists_each_articles_corrections_apart() -> None:
    """A correction notice counts toward no share and aligns with nothing, yet a corrections
    log must see it: the story page lists each article's notes (corrections, clarifications,
    updates, dated or not), with the article that carries it, and none when there are none."""
    body = (
        "An explosion at the Kellerton chemical plant killed five workers on Tuesday, the fire "
        "service said.\nPlant manager Tomas Reyna said the cause was not yet known."
    )
    notes = [
        "Correction: An earlier version of this story misspelled the name of the plant manager.",
        "Clarification, June 12: The plant is owned by Kellerton Chemicals, not the county.",
    ]
    first = Document("v1", "Meridian Wire", body, url="https://meridian.example/blast")
    corrected = replace(first, id="v2", text="\n".join([body, *notes]))
    result = compare_documents([first, corrected])
    page = render_story(result, result.stories[0])
    listed = page.split("## Notes on the articles\n\n")[1].split("\n\n")[0].splitlines()
    assert listed == [f"- Meridian Wire (v2): {note}" for note in notes]
    result = compare_documents([first, replace(first, id="v2", text=body + "\nThe plant is shut.")])
    assert "## Notes on the articles" not in render_story(result, result.stories[0])


def page_of_wire_and_copy(wire: Document) -> str:
    """The story page of a wire's text and a paper's copy of it."""
    result = compare_documents([wire, replace(wire, id="paper", source="Daily")])
    return render_story(result, result.stories[0])


def test_a_correction_told_three_ways_is_one_note() -> None:
    """A wire's correction told by its headline's slug, its tag and its paragraph is listed
    once, as its paragraph says it, naming the slug and the tag that told it too."""
    body = (
        "ARLSBERG, May 7 (Meridian Wire) - The government faces a budget shortfall of 2.4 billion "
        "crowns this year, the finance minister said on Thursday.\n\nThe central bank is due "
        "to publish its own forecast next Tuesday."
    )
    correction = (
        "CORRECTION: An earlier version of this story misstated the size of the shortfall. It "
        "is 2.4 billion crowns, not 4.2 billion crowns."
    )
    corrected = Document(
        "v2",
        "Meridian Wire",
        f"(Corrects size of shortfall in paragraph 1)\n\n{body}\n\n{correction}",
        title="CORRECTED-Government faces 2.4 bln crown shortfall",
    )
    notes = page_of_wire_and_copy(corrected).split("## Notes on the articles\n\n")[1]
    notes = notes.split("\n\n## ")[0]
    assert notes.splitlines() == [
        f"- Meridian Wire: {correction} (a correction, told also by its headline's slugs "
        "“CORRECTED” and its tag “(Corrects size of shortfall in paragraph 1)”)",
        f"- Daily: {correction} (a correction, told also by its headline's slugs "
        "“CORRECTED” and its tag “(Corrects size of shortfall in paragraph 1)”)",
    ]


CANNERY = [
    "A fire at the Selby Quay cannery injured three workers on Friday, the fire service said.",
    "Police have arrested a 31-year-old man, Dean Harrow, on suspicion of arson.",
    "Neighbours said the site's alarms had been switched off for weeks.",
    "The cannery's owner, Selby Foods, said it was helping investigators.",
]
CANNERY_CORRECTION = (
    "Correction: An earlier version of this article misspelled the name of the man arrested. "
    "He is Dean Harrow, not Dean Harlow."
)


def _cannery_versions() -> list[Document]:
    """Four versions of one article, newest first as content systems export them: v2 adds a
    correction, v3 quietly drops a paragraph and softens "arrested", v4 is re-saved unchanged."""
    first = [CANNERY[0], CANNERY[1].replace("Harrow", "Harlow"), *CANNERY[2:]]
    trimmed = [
        CANNERY[0],
        "Police have detained a 31-year-old man, Dean Harrow, in connection with the fire.",
        CANNERY[3],
        CANNERY_CORRECTION,
    ]
    texts = [first, [*CANNERY, CANNERY_CORRECTION], trimmed, trimmed]
    return [_cannery_version(n, text) for n, text in reversed(list(enumerate(texts, start=1)))]


def _cannery_version(n: int, text: Sequence[str]) -> Document:
    """Version ``n`` of the cannery article, saved two hours after the one before it."""
    return Document(
        f"v{n}",
        "Selby Echo",
        "\n\n".join(text),
        url="https://selby-echo.example/cannery-fire",
        published_time="2025-05-09T07:00:00Z",
        modified_time=f"2025-05-09T{7 + 2 * n:02}:00:00Z",
    )


def test_a_correction_is_listed_once_whole_and_kept_out_of_the_compared_text() -> None:
    """A correction's paragraph is one note: the story page lists it whole, once, under the first
    version that carries it, and none of its sentences ("He is Dean Harrow, not Dean Harlow.")
    is a coverage row or news a version adds."""
    result = compare_documents(_cannery_versions())
    page = render_story(result, result.stories[0])
    notes = page.split("## Notes on the articles\n\n")[1].split("\n\n## ")[0]
    assert notes.splitlines() == [
        "Each note is listed under the first version of its article that carries it.",
        "",
        f"- Selby Echo, 11:00 UTC version: {CANNERY_CORRECTION}",
    ]
    rows_and_additions = [line for line in page.splitlines() if line.startswith(("| ", "- ("))]
    assert not any("Dean Harlow." in line for line in rows_and_additions)
    report = report_json(result)
    assert [d["notes"] for d in report["documents"]] == [
        [{"kind": "correction", "sentences": [3, 4], "text": CANNERY_CORRECTION}],
        [{"kind": "correction", "sentences": [3, 4], "text": CANNERY_CORRECTION}],
        [{"kind": "correction", "sentences": [4, 5], "text": CANNERY_CORRECTION}],
        [],
    ]


def test_a_note_a_later_version_drops_is_marked_so() -> None:
    """A note that a later version of the article no longer carries is listed with the
    versions that drop it."""
    v1, v2 = (
        Document(
            id,
            "Selby Echo",
            "\n\n".join([*CANNERY, *note]),
            url="https://selby-echo.example/cannery-fire",
            modified_time=time,
        )
        for id, note, time in [
            ("v1", [CANNERY_CORRECTION], "2025-05-09T09:00:00Z"),
            ("v2", [], "2025-05-09T11:00:00Z"),
        ]
    )
    page = render_story(compare_documents([v1, v2]), compare_documents([v1, v2]).stories[0])
    assert (
        f"- Selby Echo, 09:00 UTC version: {CANNERY_CORRECTION} "
        "(dropped by the later Selby Echo, 11:00 UTC version)"
    ) in page


def test_a_wires_write_throughs_list_their_slugs_and_tags_as_notes() -> None:
    """A wire's write-throughs of one story, as versions of one article: the story page lists the
    slugs each headline opens with ("UPDATE 1", "CORRECTED-UPDATE 1") and the correction's tag
    as notes, the correction's slugs and tag one line, a slug with no later version said to drop
    it, as the next write-through puts its own. The tag is no news the corrected version adds, its numbers no figures it gives, and
    no write-through is flagged as changed without a note."""
    tag = "(Corrects name of ferry operator in paragraph 3)"
    lede = "A ferry capsized off Port Kellen on Saturday, killing at least 12 people, police said."
    operator = "The ferry, operated by Kellen Bay Lines, was crossing to Tamsin Island."
    texts = [
        ("URGENT-Ferry capsizes off Port Kellen", [lede]),
        ("UPDATE 1-Ferry capsizes off Port Kellen", [lede.replace("12", "18"), operator]),
        (
            "CORRECTED-UPDATE 1-Ferry capsizes off Port Kellen",
            [lede.replace("12", "18"), operator.replace("Bay Lines", "Harbour Ferries"), tag],
        ),
    ]
    result = compare_documents(
        [
            Document(
                f"v{n}",
                "Meridian Wire",
                "\n\n".join(paragraphs),
                title=headline,
                url="https://meridian.example/port-kellen-ferry",
                modified_time=f"2025-06-14T{8 + n:02}:00:00Z",
            )
            for n, (headline, paragraphs) in enumerate(texts, start=1)
        ]
    )
    page = render_story(result, result.stories[0])
    notes = page.split("## Notes on the articles\n\n")[1].split("\n\n## ")[0]
    assert notes.splitlines() == [
        "- Meridian Wire, 10:00 UTC version: UPDATE 1 (its headline's slugs)",
        f"- Meridian Wire, 11:00 UTC version: {tag} (a correction, told also by its headline's slugs "
        "“CORRECTED-UPDATE 1”)",
    ]
    assert "Changed without" not in page
    assert not any(p["changed_without_note"] for p in report_json(result)["pairs"])
    additions = [line for line in page.splitlines() if line.startswith("- (")]
    assert not any("Corrects" in line for line in additions)
    assert result.profiles["v3"].numbers == ("at least 18",)


def test_a_version_changed_without_a_note_is_flagged() -> None:
    """A later version that drops a paragraph and softens a sentence with no note the earlier
    lacks is flagged in its pair's section and report.json; the version that added the
    correction, and the unchanged re-save, are not."""
    result = compare_documents(_cannery_versions())
    flagged = {
        (pair["a"], pair["b"])
        for pair in report_json(result)["pairs"]
        if pair["changed_without_note"]
    }
    assert flagged == {("v4", "v2"), ("v3", "v2")}
    by_pair = {(p.a, p.b): p for p in result.pairs}
    section = "\n".join(render_pair(result, by_pair[("v3", "v2")]))
    assert (
        "**Changed without a correction or update note:** A, the later version, removes B's "
        "sentence 3 and edits B's sentence 2, and carries no note on the article that B lacks."
    ) in section
    assert "Changed without" not in "\n".join(render_pair(result, by_pair[("v4", "v3")]))
    assert "Changed without" not in "\n".join(render_pair(result, by_pair[("v2", "v1")]))


def _cannery_pair(later: list[str]) -> tuple[Result, PairComparison, str]:
    """The first of the cannery's versions and a later one, their pair, and which of A and B
    is the later."""
    result = compare_documents([_cannery_version(1, CANNERY), _cannery_version(2, later)])
    (pair,) = result.pairs
    return result, pair, "B" if pair.b == "v2" else "A"


def test_a_correction_note_that_leaves_a_changed_figure_out_is_said_so() -> None:
    """Where a later version's correction note names one changed figure and not another, its
    pair's section and report.json say which it leaves out, where a stealth edit is said."""
    note = "Correction: An earlier version of this article said three workers were injured."
    later = [CANNERY[0].replace("three", "five").replace("Friday", "Saturday"), *CANNERY[1:]]
    result, pair, letter = _cannery_pair([*later, note])
    section = "\n".join(render_pair(result, pair))
    assert (
        f"**Correction note against what changed:** {letter}'s correction note mentions "
        "“three” → “five” but not “Friday” → “Saturday”."
    ) in section
    assert "Changed without" not in section
    (reported,) = report_json(result)["pairs"]
    assert reported["correction_note"] == {
        "doc": "v2",
        "notes": [note],
        "figures_mentioned": [{"earlier": "three", "later": "five"}],
        "figures_not_mentioned": [{"earlier": "Friday", "later": "Saturday"}],
        "quotations_not_mentioned": [],
        "text_unchanged": False,
    }


def test_two_notes_that_leave_a_figure_and_a_quotation_out_are_said_so() -> None:
    """A later version that adds a correction and an editor's note, and changes a figure and a
    neighbour's quoted words neither names, is told so in one line, "mention" agreeing with
    the two notes; report.json lists the quotation's words."""
    quoted = 'A neighbour, Jan Pike, said: "The alarms had been off for weeks."'
    requoted = quoted.replace("for weeks", "for months")
    notes = [
        CANNERY_CORRECTION,
        "Editor's note: This article has been amended to remove a claim about the owner.",
    ]
    earlier = _cannery_version(1, [*CANNERY[:2], quoted, CANNERY[3]])
    changed = CANNERY[0].replace("Friday", "Saturday")
    later = _cannery_version(2, [changed, CANNERY[1], requoted, CANNERY[3], *notes])
    result = compare_documents([earlier, later])
    (pair,) = result.pairs
    letter = "B" if pair.b == "v2" else "A"
    assert (
        f"**Correction note against what changed:** {letter}'s correction note and editor's note "
        f"mention none of the figures {letter} changed: not “Friday” → “Saturday”; nor the words "
        f"{letter} changed inside a quotation: “weeks” → “months”."
    ) in render_pair(result, pair)
    (reported,) = report_json(result)["pairs"]
    assert reported["correction_note"]["quotations_not_mentioned"] == [
        {"earlier": "weeks", "later": "months"}
    ]


def test_a_correction_note_added_to_an_unchanged_text_is_said_so() -> None:
    """A later version that adds a correction note and changes nothing else is said to; one
    whose note names every figure it changed has no such line."""
    result, pair, letter = _cannery_pair([*CANNERY, CANNERY_CORRECTION])
    other = "A" if letter == "B" else "B"
    assert (
        f"**Correction note against what changed:** {letter}, the later version, adds a "
        f"correction note but no other change to {other}'s text."
    ) in render_pair(result, pair)
    assert report_json(result)["pairs"][0]["correction_note"]["text_unchanged"] is True
    note = "Correction: An earlier version of this article said three workers were injured."
    later = [CANNERY[0].replace("three", "five"), *CANNERY[1:], note]
    result, pair, _ = _cannery_pair(later)
    assert not any(line.startswith("**Correction note") for line in render_pair(result, pair))


@pytest.mark.parametrize(
    "box",
    [
        pytest.param(
            '<aside class="correction-notice"><strong>Correction</strong><p>{note}</p></aside>',
            id="aside_label_apart",
        ),
        pytest.param(
            '<aside class="correction-notice"><p><strong>Correction:</strong> {note}</p></aside>',
            id="aside",
        ),
        pytest.param("<p>A correction was made on May 9, 2025: {note}</p>", id="made_on"),
        pytest.param(
            "<p>This article has been amended to correct the number of workers injured, which "
            "was given as three in an earlier version.</p>",
            id="amended",
        ),
        pytest.param("<p>Correction (May 9, 2025): {note}</p>", id="dated"),
    ],
)
def test_a_version_of_a_page_that_notes_its_correction_is_not_flagged(box: str) -> None:
    """A page's later version whose correction stands in a box of the article or opens with a
    common wording is no stealth edit, and its note is none of the news it adds."""
    note = "An earlier version of this article said three workers were injured."

    def page(paragraphs: list[str], foot: str, modified: str) -> Document:
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        html = f"<html><body><article><h1>Cannery fire</h1>{body}{foot}</article></body></html>"
        return replace(
            document_from_html(html, f"v{modified[11:13]}", source="Selby Echo"),
            url="https://selby-echo.example/cannery-fire",
            published_time="2025-05-09T07:00:00Z",
            modified_time=modified,
        )

    later = [CANNERY[0].replace("three", "five"), *CANNERY[1:]]
    result = compare_documents(
        [
            page(CANNERY, "", "2025-05-09T09:00:00Z"),
            page(later, box.format(note=note), "2025-05-09T11:00:00Z"),
        ]
    )
    section = render_pair(result, result.pairs[0])
    assert not any("Changed without" in line for line in section)
    added = [line for line in section if line.startswith("- (")]
    assert not any("earlier version" in line or "correction" in line for line in added)
    assert result.notes["v11"]


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        pytest.param(
            '"The council will not raise taxes this year," Mayor Jane Cole said.',
            "Mayor Jane Cole said the council would not raise taxes this year.",
            '**Mayor Jane Cole said** ~~"The~~ **the** council ~~will~~ **would** not raise taxes '
            'this year ~~," Mayor Jane Cole said~~.',
            id="a_quotation_turned_into_paraphrase",
        ),
        pytest.param(
            'She called the plan "reckless" and left.',
            "She called the plan reckless and left.",
            'She called the plan ~~"reckless"~~ **reckless** and left.',
            id="scare_quotes_taken_off",
        ),
        pytest.param(
            "He said \u201cno\u201d and left.", 'He said "no" and left.', 'He said "no" and left.',
            id="curly_quotes_for_straight_ones",
        ),
    ],
)  # fmt: skip
def test_the_word_diff_shows_quotation_marks_only_one_side_writes(
    a: str, b: str, shown: str
) -> None:
    """Words both write are shown as B writes them, but where A's quotation marks differ from
    B's: a quotation turned into paraphrase keeps A's marks struck; curly for straight marks is
    no change."""
    assert render_diff(word_edits(a, b)) == shown


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        pytest.param(
            "Two firefighters are in stable condition, the fire service said.",
            "Two firefighters are in stable condition.",
            "Two firefighters are in stable condition ~~, the fire service said~~.",
            id="attribution_cut_with_its_comma",
        ),
        pytest.param(
            '"We did everything we could to stop it spreading," Morrow said.',
            '"We did everything we could," Morrow said.',
            '"We did everything we could ~~to stop it spreading~~," Morrow said.',
            id="quotation_cut_short",
        ),
        pytest.param(
            "The road reopened at noon.",
            "The road reopened at noon on Friday.",
            "The road reopened at noon **on Friday**.",
            id="words_added_before_the_full_stop",
        ),
        pytest.param(
            "Nobody was hurt, officials said.",
            "Nobody was hurt, officials claimed.",
            "Nobody was hurt, officials ~~said.~~ **claimed.**",
            id="last_word_changed",
        ),
    ],
)  # fmt: skip
def test_the_word_diff_shows_words_cut_or_added_with_the_marks_they_moved(
    a: str, b: str, shown: str
) -> None:
    """Where one text cuts or adds words after a word both write, the marks both close with (a
    full stop; a comma and quote) are shown once, after those words, not as a change of the word
    both write; a comma only the longer text writes before them is cut or added with them; a
    changed last word is still a change."""
    assert render_diff(word_edits(a, b)) == shown


def test_a_report_from_a_source_tree_compare_was_not_installed_from_gives_no_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A checkout used without installing it has no package metadata: report.json still
    writes, its `version` null."""
    from importlib.metadata import PackageNotFoundError

    from compare.report import software

    def not_installed(name: str) -> str:
        raise PackageNotFoundError(name)

    monkeypatch.setattr(software, "version", not_installed)
    text = "Talks in Geneva ended on Monday without a deal."
    result = compare_documents([Document("wire", "Wire", text), Document("daily", "Daily", text)])
    assert report_json(result)["version"] is None


def test_an_earlier_runs_summaries_go_before_a_rerun_writes_its_first_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index, report.json and the CSV files describe the whole run: a re-run removes the earlier run's
    before it writes its first story page, and writes its own last, so a run cut short never
    leaves a finished-looking summary beside pages it does not describe."""
    result = compare_paths([str(WIRE_COPY)])
    files = render_reports(result, ReportFormat.ALL)
    assert files.summaries == {"index.md", "report.json", "edges.csv", "framing.csv"}
    write_reports(files, tmp_path)
    original = report_write._write_atomically
    present_at_each_write: list[tuple[str, bool, bool]] = []

    def noting(target: Path, pieces: Iterable[str]) -> str:
        if target.name != ".compare-files":
            index, json_report = (tmp_path / "index.md", tmp_path / "report.json")
            present_at_each_write.append((target.name, index.exists(), json_report.exists()))
        return original(target, pieces)

    monkeypatch.setattr(report_write, "_write_atomically", noting)
    # Given summaries first, the writer still writes them last.
    summaries_first: dict[str, Callable[[], Iterable[str]]] = {
        name: partial(files.pieces, name) for name in reversed(list(files))
    }
    write_reports(RenderedOnRead(summaries_first, files.summaries), tmp_path)
    names = [name for name, _, _ in present_at_each_write]
    assert names[-4:] == ["framing.csv", "edges.csv", "report.json", "index.md"]
    assert all(name.startswith("story-") for name in names[:-4])
    assert present_at_each_write[0][1:] == (False, False)


def test_a_copy_that_keeps_the_wire_whole_and_adds_its_own_says_so() -> None:
    """A paper that runs the wire's story whole and adds paragraphs of its own is a copy by the
    wire's side (nearly all of the wire's words are in it), but a reader of "copy" alone would
    think it added nothing: its line says how much of the wire it keeps and that it added words
    of its own (acceptance round 38, d7)."""
    wire_text = (
        "Engineers closed the River Tain bridge in Marrick on Tuesday after inspectors found "
        "cracks in two of its piers.\n\nAbout 3,400 vehicles a day use the crossing, which was "
        "built in 1974.\n\nDrivers face a diversion of 12 kilometres via Upwell until repairs "
        "are done.\n\nThe survey will take about six weeks, at a cost of $2.4 million."
    )
    own = (
        "Shopkeepers on Bridge Street said trade had already fallen since the lane closures "
        "began last month.\n\nThe parish council will hold an open meeting at the guildhall on "
        "Thursday evening to hear from residents.\n\nBus operator Tainline said its number 7 "
        "service would run every 20 minutes on the diversion route."
    )
    wire = document(wire_text, "nns-1", "Northline News Service", published="2026-10-06")
    paper = document(f"{wire_text}\n\n{own}", "lh-30", "Lakeshore Herald", published="2026-10-07")
    result = compare_documents([wire, paper], single_story=True)
    (pair,) = result.pairs
    assert (pair.verdict, pair.origin) == (Verdict.COPY, "nns-1")
    lines = render_index(result).splitlines()
    (line,) = [row for row in lines if row.startswith("- Lakeshore Herald")]
    assert "keeping 100% of its source's words, with words of its own added" in line


def test_check_names_an_independent_pair_without_saying_one_takes_from_the_other() -> None:
    """`compare check` names a flagged pair's other article with which took from which; of an
    independent pair neither took anything, whatever their order in time, so the other is named
    alone, not "which it takes from (independent, ...)" (acceptance round 38, d6)."""
    courier = mill_fire_captures()[0]
    paper = replace(
        courier, id="post", source="Eastfold Post", published_time="2026-03-10T12:05:00Z"
    )
    result = compare_documents([courier, paper], single_story=True)
    (pair,) = result.pairs
    names = {"courier-1": "Ferrybridge Courier", "post": "Eastfold Post"}
    assert _who_copied(pair, "post", names) == "Ferrybridge Courier, which it takes from"
    independent = replace(pair, verdict=Verdict.INDEPENDENT)
    assert _who_copied(independent, "post", names) == "Ferrybridge Courier"


def test_who_copied_whom_gives_one_share_on_the_index_the_page_and_in_json() -> None:
    """A paper that runs the wire and lifts a rival's own sentence, the rival having run the wire
    too: the index's and the summary's line, the page's table, report.json and edges.csv give
    one share taken from the rival, and the line gives the pair's larger shared share beside it,
    named apart, with whose the rest is."""
    result = compare_documents(library_closure("wire", "courier", "gazette"))
    taken = {
        (t["copy"], t["origin"]): t["share"] for t in report_json(result)["stories"][0]["taken"]
    }
    shares = {(e.copy.id, e.origin.id): e.share for e in edges(result)}
    (pair,) = [p for p in result.pairs if {p.a, p.b} == {"courier", "gazette"}]
    from_rival, from_wire = taken[("gazette", "courier")], taken[("gazette", "wire")]
    assert shares == taken
    line = (
        f"- Valley Gazette reuses Harlow Courier: derived, {from_rival:.0%} of its words copied or "
        f"edited from it ({pair.b_in_a:.0%} in sentences the two share, the rest of them taken "
        "from Meridian Wire), "
    )
    page = render_story(result, result.stories[0])
    for report in (render_index(result), page):
        assert [row for row in report.splitlines() if row.startswith(line)]
    table = page[page.index("## Who copied whom") :].split("\n\n## ")[0]
    (row,) = [row for row in table.splitlines() if row.startswith("| Valley Gazette ")]
    assert [cell.strip() for cell in row.split("|")[2:4]] == [
        f"{from_wire:.0%}",
        f"{from_rival:.0%}",
    ]


def test_what_each_copy_changed_is_charged_to_the_article_it_took_the_sentence_from() -> None:
    """A paper runs the wire's sentence on the library as the wire wrote it, where a rival that
    ran the wire added the cost of a roof repair: the summary charges the rival with adding the
    figure to the wire's sentence, and not the paper with cutting it from the rival's."""
    result = compare_documents(library_closure("wire", "courier", "gazette"))
    page = render_story(result, result.stories[0])
    changed = page[page.index("**What each copy changed**") : page.index("Below: the articles")]
    copies = [line for line in changed.splitlines() if line.startswith("- ")]
    (courier,) = [line for line in copies if line.startswith("- Harlow Courier, from Meridian")]
    assert "sentence 3: number or date added (“$400,000”)" in courier.split(": ", 1)[1].split("; ")
    assert not [line for line in copies if "Valley Gazette" in line and "$400,000" in line]


def test_what_each_copy_changed_says_two_changes_that_read_alike_once() -> None:
    """A copy that moves "more than" from the wire's count of people to its count of houses
    makes two changes of how exact a number is, which read alike: the summary says it once."""
    wire = (
        "More than 200 people fled their homes and 30 houses burned in the Carrick Hills fire "
        "on Sunday, firefighters said. Crews from four counties fought the blaze through the "
        "night. The cause of the fire is under investigation, the county fire service said."
    )
    copy = wire.replace("More than 200", "200").replace("and 30", "and more than 30")
    result = compare_documents(
        [
            document(wire, "wire", "Meridian Wire", published="2026-03-01"),
            document(copy, "courier", "Harlow Courier", published="2026-03-02"),
        ]
    )
    page = render_story(result, result.stories[0])
    changed = page[page.index("**What each copy changed**") : page.index("Sentences are numbered")]
    assert changed.count("how exact a number is changed (“more than”)") == 1


def test_report_json_says_its_sentences_are_numbered_from_0() -> None:
    """report.json numbers sentences as Python indexes them and says so at the top, where the
    Markdown pages count from 1: a match the page calls "B 2 → A 3" is sentence 1 and 2 in JSON."""
    result = compare_paths([str(WIRE_COPY)])
    report = report_json(result)
    assert report["sentence_numbers_from"] == 0
    (pair,) = [p for p in report["pairs"] if p["matches"]]
    first = pair["matches"][0]
    page = render_story(result, result.stories[1])
    number = report["sentence_numbers_from"]
    b, a = first["b"]["sentence"] + 1 - number, first["a"]["sentence"] + 1 - number
    assert f"- B {b} → A {a} · " in page or f"- A {a} ↔ B {b} · " in page


def test_an_independent_pair_that_shares_quotations_says_what_it_shares() -> None:
    """The verdict line of a rewrite that keeps an exclusive's interview quotes and a sentence
    word for word no longer says "no meaningful copied text": it says what the two share, which
    the verdict does not count, and gives the longest run with the quoted words and the longest
    quotation beside the run outside quotations (acceptance 23 #1)."""
    result = compare_documents(exclusive_quoted(), single_story=True)
    pair = next(p for p in result.pairs if {p.a, p.b} == {"ledger", "herald"})
    line = "\n".join(render_pair(result, pair)).split("\n\n")[1]
    assert line.startswith(
        "**Verdict: independent** (separate reporting by its own words, but the two share 4 "
        "quotations (53 words) and 1 sentence word for word, which the verdict counts only "
        "outside quotations: see “Shared quotations”)."
    )
    assert (
        "the longest copied run outside quotations is 8 words (A 7, B 5), 22 counting the quoted "
        'words in it: “"We pay rent on time and we still lie awake listening for the boiler," '
        "said Rosa Quint, who lives on Mill Lane.”; the longest shared quotation is 20 words "
        "(A 3, B 3)."
    ) in line


BRIDGE = (
    "The county will close the Elm Street bridge (Bridge #4471) for six months starting Nov. 3, "
    "a transportation official said on Tuesday.\n"
    "Detours will send drivers along Route 12 and Carver Road while crews replace the deck and "
    "repair the steel beams underneath.\n"
    "The $3.2 million contract was awarded to Stanwick Construction of Millbrook, the official "
    "said, and work is expected to run through the spring.\n"
)
BRIDGE_FOLLOWUP = (
    "Residents of the east side asked the county on Thursday to add a shuttle bus while the Elm "
    "Street bridge is closed.\n"
    "A county spokesman said the request would be considered at next month's meeting.\n"
)


def _bridge_story() -> Result:
    """A local paper's scoop and its follow-up, each filed as ``ledger`` in a folder of its own,
    and a site's copy of the scoop, each dated by its own clock."""
    ledger, day = "Harwick Ledger", "2025-10-07"
    return compare_documents(
        [
            Document(
                "s1/ledger",
                ledger,
                BRIDGE,
                title="Elm Street bridge to close for six months",
                url="https://ledger.example/2025/10/07/elm-bridge",
                published=day,
                published_time="2025-10-07T10:30:00Z",
                published_offset="-04:00",
            ),
            Document(
                "s2/ledger",
                ledger,
                BRIDGE_FOLLOWUP,
                title="East side asks for shuttle bus",
                url="https://ledger.example/2025/10/09/shuttle",
                published=day,
            ),
            Document(
                "buzz",
                "Buzz Daily",
                BRIDGE,
                url="https://buzz.example/elm-bridge",
                published=day,
                published_time="2025-10-07T15:45:00Z",
            ),
        ],
        single_story=True,
    )


def test_a_story_page_gives_each_articles_address_and_time_as_it_was_published() -> None:
    """A story page dates each article by its own clock with UTC beside it and lists the
    addresses, and tells one outlet's articles filed under one file name apart by their
    titles: what a reader needs to cite the articles as evidence."""
    result = _bridge_story()
    page = render_story(result, result.stories[0])
    assert "| 2025-10-07 06:30 UTC-04:00 (10:30 UTC) |" in page
    assert "| 2025-10-07 15:45 UTC " in page
    assert (
        "Where each was published:\n\n"
        "- Harwick Ledger, “Elm Street bridge to close for …”: "
        "<https://ledger.example/2025/10/07/elm-bridge>\n"
        "- Harwick Ledger, “East side asks for shuttle bus”: "
        "<https://ledger.example/2025/10/09/shuttle>\n"
        "- Buzz Daily: <https://buzz.example/elm-bridge>\n"
    ) in page
    assert "(s1/ledger)" not in page.split("## Summary", 1)[1].split("| id ")[0]


def test_a_pairs_longest_copied_run_is_quoted_escaped_and_cut() -> None:
    """The verdict quotes the longest copied run, its markup escaped, cut after 40 words, its
    count of words before it: the passage a reader checks the claim by."""
    result = _bridge_story()
    pair = next(p for p in result.pairs if {p.a, p.b} == {"s1/ledger", "buzz"})
    verdict = "\n".join(render_pair(result, pair)).split("\n\n")[1]
    assert (
        "the longest copied run is 66 words (A 1-3, B 1-3): “The county will close the Elm "
        "Street bridge (Bridge \\#4471) for six months starting Nov. 3, a transportation "
        "official said on Tuesday. Detours will send drivers along Route 12 and Carver Road "
        "while crews replace the deck and repair the …”"
    ) in verdict


def test_an_independent_pair_that_shares_nothing_is_separate_reporting() -> None:
    """Two reports that share no quotation keep the plain meaning of the verdict."""
    result = compare_documents(exclusive_quoted(), single_story=True)
    pair = next(p for p in result.pairs if {p.a, p.b} == {"herald", "courier"})
    line = "\n".join(render_pair(result, replace(pair, shared_quotations=()))).split("\n\n")[1]
    assert line.startswith(
        "**Verdict: independent** (no meaningful copied text: separate reporting)."
    )
    assert "the longest copied run is 0 words." in line


def test_a_pair_section_lists_its_shared_quotations_and_who_else_carries_them() -> None:
    """Each quotation both carry is listed with its sentences, its length and whether another
    article of the run carries it: the briefing's line is also in the Courier."""
    result = compare_documents(exclusive_quoted(), single_story=True)
    pair = next(p for p in result.pairs if {p.a, p.b} == {"ledger", "herald"})
    section = "\n".join(render_pair(result, pair)).split("### Shared quotations\n\n")[1]
    listed = section.split("\n\n")[1].splitlines()
    assert listed == [
        "- A 3, B 3 · 20 words · only these two: “I signed off on flats I had never been inside, "
        "because my manager said the numbers had to look right”",
        "- A 4, B 4 · 10 words · only these two: “Nobody wanted to be the one to write that down”",
        "- A 6, B 6 · 9 words · also in Harlow Courier (courier): “Every home we manage is safe "
        "to live in”",
        "- A 7, B 5 · 14 words · only these two: “We pay rent on time and we still lie awake "
        "listening for the boiler”",
    ]


# Housing officers in other towns, each quoted with the agency chief's stock line.
STOCK_LINE_TOWNS = ("Ashby", "Brill", "Colne", "Dunmore", "Elstow", "Frome", "Garth")


def test_a_quotation_many_articles_carry_names_a_few_and_counts_the_rest() -> None:
    """A stock line that the Courier and articles of seven towns carry names five of them and
    counts the rest: naming each of hundreds under every pair made a page of megabytes."""
    towns = [
        document(
            f"Tenants in {town} met housing officers on Friday to complain about damp flats.\n\n"
            f'"Every home we manage is safe to live in," a spokesman for {town} Homes said.',
            f"gazette-{town.lower()}",
            f"{town} Gazette",
            published="2025-03-05",
        )
        for town in STOCK_LINE_TOWNS
    ]
    result = compare_documents([*exclusive_quoted(), *towns], single_story=True)
    pair = next(p for p in result.pairs if {p.a, p.b} == {"ledger", "herald"})
    section = "\n".join(render_pair(result, pair)).split("### Shared quotations\n\n")[1]
    line = next(line for line in section.splitlines() if "safe to live in" in line)
    assert line == (
        "- A 6, B 6 · 9 words · also in 8 other articles: Harlow Courier (courier), Ashby Gazette "
        "(gazette-ashby), Brill Gazette (gazette-brill), Colne Gazette (gazette-colne), Dunmore "
        "Gazette (gazette-dunmore) and 3 more (the JSON report's story `quotations` lists them "
        "all): “Every home we manage is safe to live in”"
    )


def test_a_story_summary_names_the_quotations_only_two_articles_carry() -> None:
    """The summary gives a line for the later article that shares quotations only the earlier
    carries, and whether it credits it; the chief's line, which three carry, makes none."""
    result = compare_documents(exclusive_quoted(), single_story=True)
    page = render_story(result, result.stories[0])
    summary = page.split("## Summary")[1].split("\n\nBelow:")[0]
    assert (
        "- Metropolitan Herald shares 3 quotations (44 words) only The Ledger carries, uncredited."
    ) in summary
    assert "Harlow Courier shares" not in summary
    assert "no meaningful copied text outside quotations" in summary


def test_report_json_gives_a_pairs_shared_quotations() -> None:
    """report.json gives each quotation a pair shares, its sentences from 0, its words and the
    longest run with its quoted words; its story lists once the run's articles that carry each
    of its pairs' quotations, the pair's two among them."""
    report = report_json(compare_documents(exclusive_quoted(), single_story=True))
    pair = next(p for p in report["pairs"] if {p["a"], p["b"]} == {"ledger", "courier"})
    assert pair["shared_quotations"] == [
        {
            "text": "Every home we manage is safe to live in",
            "a_sentence": 5,
            "b_sentence": 1,
            "words": 9,
            "framing": [],
        }
    ]
    assert pair["longest_run_words_with_quotations"] == 0
    (story,) = report["stories"]
    assert sorted(story["quotations"]["Every home we manage is safe to live in"]) == [
        "courier",
        "herald",
        "ledger",
    ]
    assert story["quotations"]["Nobody wanted to be the one to write that down"] in (
        ["ledger", "herald"],
        ["herald", "ledger"],
    )


# A council story told by a paper and by a rival that rewords some of its facts (acceptance
# round 23, finding 3: the "adds" lists repeated whole articles).
LEISURE_PAPER = [
    "Brindle council voted by six votes to three on Monday to close Kelso Street leisure centre.",
    "A petition to keep the centre open has gathered 4,800 signatures.",
    "The council says the closure will save £610,000 a year.",
    "Manager Tessa Rowe said the pool had been losing money since 2019.",
]
LEISURE_RIVAL = [
    "Kelso Street leisure centre will shut after a council vote in Brindle on Monday.",
    "More than 4,700 residents have signed a petition to keep the centre open.",
    "Swimming coach Dev Arora said the club would have to train in Carrow.",
    '"We have nowhere else to go," he said.',
]


def test_what_an_article_adds_leaves_out_what_only_restates_the_other() -> None:
    """A pair section lists the sentences that bring something new, each with the names,
    quotations and figures new in it, and counts on one line those that restate the other's."""
    docs = [
        document(" ".join(LEISURE_PAPER), "paper", "Brindle Post"),
        document(" ".join(LEISURE_RIVAL), "rival", "Brindle Echo"),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    section = "\n".join(render_pair(result, pair))
    rival_adds = section.split("### What Brindle Echo (rival) adds")[1]
    assert "- (3) Swimming coach Dev Arora said" in rival_adds
    assert "— new: Dev Arora; Carrow" in rival_adds
    assert "— new: “We have nowhere else to go”" in rival_adds
    assert "More than 4,700" not in rival_adds
    assert (
        "It also restates Brindle Post (paper) in its own words in 1 of its sentences: (2) restating (2)."
        in (rival_adds)
    )
    paper_adds = section.split("### What Brindle Post (paper) adds")[1].split("###")[0]
    assert "— new: Tessa Rowe; 2019" in paper_adds
    assert "— new: £610,000" in paper_adds


# An investigation of 22 sentences in three sections: the night shifts, the money, the families.
CARE_INVESTIGATION = [
    "At 3:40 a.m. on a Sunday in January, Delia Marsh found her father on the floor of his room.",
    "He had been lying there for close to four hours, a coroner later estimated.",
    "The home, Oakmere House, had told the regulator that two assistants worked that night.",
    "Payroll records seen by the Ledger show that only one was paid for the shift.",
    "Eleven former night staff at five homes described the same routine to the Ledger.",
    "Ruth Bellamy, a deputy manager at Cedar Heights until 2023, said rotas were filled in later.",
    "She kept copies of the rotas she was asked to sign, and showed them to reporters.",
    "Owen Pennington, an agency nurse at Orchard Rise, said he often covered two floors alone.",
    "He said the call bells on the upper floor could ring for twenty minutes unanswered.",
    "Harrow Care Group is owned by Castellan Partners, which bought it in 2018 for £410 million.",
    "Most of the purchase price was borrowed and placed on Harrow's own balance sheet.",
    "In its last three years of accounts the group paid £38 million in interest.",
    "That is more than it spent on agency staff over the same period, the filings show.",
    "Castellan also charged Harrow a monitoring fee of £2.6 million in 2021.",
    "The fee was disclosed only in a note on related parties at the back of the accounts.",
    "Council contracts made up 60 percent of the group's income in 2022.",
    "Several councils raised their rates after the company warned it might withdraw.",
    "Lucia Ogunleye found bruises on her wife's arms that the incident log did not record.",
    "Hannah Prescott was called at 2 a.m. to be told her mother had broken a hip.",
    "Both families said they had never been told how many staff worked at night.",
    "Harrow said it disputed the Ledger's reading of its records but gave no figures.",
    "The regulator said it would review the staffing returns of all 23 Harrow homes.",
]
CARE_CREDIT = "This investigation was first published by The Meridian Ledger."


def care_pair(copy: list[str]) -> tuple[Result, PairComparison]:
    """The investigation and a copy of it that credits it, published two days later."""
    docs = [
        document(
            " ".join(CARE_INVESTIGATION), "ledger", "The Meridian Ledger", published="2025-03-02"
        ),
        replace(
            document(
                " ".join([CARE_CREDIT, *copy]),
                "courier",
                "Northern Courier",
                published="2025-03-04",
            ),
            credits=find_credits(CARE_CREDIT),
        ),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    return result, pair


def test_a_long_cut_is_listed_as_the_passages_the_copy_leaves_out() -> None:
    """A copy that leaves out more than a dozen of its origin's sentences is shown as what it
    leaves out: how many sentences, what share of the words, in passages each opened by its first
    words, not as a bullet for each sentence the origin "adds"."""
    kept = CARE_INVESTIGATION[:5] + CARE_INVESTIGATION[8:9] + CARE_INVESTIGATION[20:]
    result, pair = care_pair(kept)
    assert pair.direction == "a->b"
    section = "\n".join(render_pair(result, pair))
    assert "### What The Meridian Ledger (ledger) adds" not in section
    left_out = section.split("### What Northern Courier (courier) leaves out")[1].split("###")[0]
    assert (
        "Northern Courier (courier) leaves out 14 of A's 22 sentences (63% of A's words), in 2 "
        "passages:"
    ) in left_out
    assert "- A 6-8: Ruth Bellamy, a deputy manager at Cedar Heights until 2023, …" in left_out
    assert "- A 10-20: Harrow Care Group is owned by Castellan Partners, which bought …" in (
        left_out
    )
    assert "### What Northern Courier (courier) adds" in section


def test_a_short_cut_is_listed_sentence_by_sentence_as_what_the_origin_adds() -> None:
    """A copy that leaves out a dozen sentences or fewer keeps the list of what each one adds."""
    result, pair = care_pair(CARE_INVESTIGATION[:10] + CARE_INVESTIGATION[12:])
    section = "\n".join(render_pair(result, pair))
    assert "leaves out" not in section
    adds = section.split("### What The Meridian Ledger (ledger) adds")[1].split("###")[0]
    assert "- (11) Most of the purchase price was borrowed" in adds


@pytest.mark.parametrize(
    ("copy", "summed_up", "marked"),
    [
        pytest.param(
            CARE_INVESTIGATION[17:20] + CARE_INVESTIGATION[:17] + CARE_INVESTIGATION[20:],
            "3 aligned pairs are moved (the two articles place them differently), all of them "
            "in 1 block:\n\n- A 18-20 is placed at B 2-4\n",
            3,
            id="section_moved_whole",
        ),
        pytest.param(
            CARE_INVESTIGATION[17:18] + CARE_INVESTIGATION[:17] + CARE_INVESTIGATION[18:],
            None,
            1,
            id="one_sentence_moved",
        ),
    ],
)
def test_moved_sections_are_summed_up_as_blocks_above_the_aligned_pairs(
    copy: list[str], summed_up: str | None, marked: int
) -> None:
    """A copy that moves a section whole says where it placed it, a line for the block, above
    the pairs each marked moved; a sentence moved alone is marked in the list only."""
    result, pair = care_pair(copy)
    section = "\n".join(render_pair(result, pair))
    aligned = section.split("### Aligned sentences")[1].split("\n- A 1 ")[0]
    if summed_up is None:
        assert "is placed at" not in aligned
    else:
        assert summed_up in aligned
    assert section.count("moved (the two articles place it differently)") == marked


def test_coverage_lists_no_restated_sentence_as_an_exclusive_and_shows_rows_left_out() -> None:
    """A sentence another outlet restates in other words is no outlet's alone; the rows an
    outlet leaves out are given with their text, not bare numbers."""
    wire = " ".join(LEISURE_PAPER[:3])
    docs = [
        document(" ".join(LEISURE_PAPER), "paper", "Brindle Post"),
        document(wire, "wire", "Press Agency"),
        document(wire, "radio", "Brindle FM"),
        document(" ".join(LEISURE_RIVAL[1:]) + " " + LEISURE_PAPER[0], "rival", "Brindle Echo"),
    ]
    result = compare_documents(docs, single_story=True)
    page = render_story(result, result.stories[0])
    outlets = page.split("| outlet ")[1].split("\n\n")[0]
    (rival,) = [line for line in outlets.splitlines() if line.startswith("| Brindle Echo")]
    assert "Swimming coach Dev Arora" in rival
    assert "More than 4,700" not in rival
    assert "The council says the closure will save £610,000 a year." in rival


KESTREL_WIRE = [
    "Kestrel Ferries will end its Orran to Mull Point crossing on March 31, the company said on "
    "Tuesday.",
    "The route has carried about 180,000 passengers a year since it opened in 1998.",
    "The company blamed rising fuel costs and a fall in summer bookings.",
]
KESTREL_EXCLUSIVE = [
    "A letter seen by the Orran Chronicle shows the council was offered a share of the route in "
    "January and turned it down.",
    "Harbour master Ewan Brodie said he learned of the closure from a passenger.",
]


def test_a_focus_page_reads_the_story_from_one_articles_side() -> None:
    """Per other article, in order of publication: a rival that ran the wire took none of the
    focus's text (the wire explains it), one that lifted its scoop took it without credit, and
    what each adds; then the focus's exclusives, without the scoop another article carries."""

    def dated(id: str, source: str, time: str, lines: list[str]) -> Document:
        return Document(
            id,
            source,
            "\n\n".join(lines),
            path=f"{id}.md",
            published=time[:10],
            published_time=time,
        )

    docs = [
        dated(
            "chronicle", "Orran Chronicle", "2026-02-03T12:00:00Z", KESTREL_WIRE + KESTREL_EXCLUSIVE
        ),
        dated("wire", "Coast Wire", "2026-02-03T09:00:00Z", KESTREL_WIRE),
        dated(
            "echo",
            "Mull Echo",
            "2026-02-03T18:00:00Z",
            [
                *KESTREL_WIRE,
                KESTREL_EXCLUSIVE[0].replace(" seen by the Orran Chronicle", ""),
                "Skipper Alan Moffat, 61, said the last sailing would be an emotional day.",
            ],
        ),
        dated(
            "radio",
            "Mull FM",
            "2026-02-03T15:00:00Z",
            [
                "The crossing from Orran to Mull Point will shut at the end of March.",
                "Kestrel Ferries said fuel costs had risen by 40% in two years.",
            ],
        ),
    ]
    result = compare_documents(docs, single_story=True)
    page = markdown_report.render_focus(result, "chronicle")
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == ["## Coast Wire", "## Mull FM", "## Mull Echo", "## Your exclusives"]
    echo = page.split("## Mull Echo")[1].split("## Your exclusives")[0]
    assert "**without crediting you**" in echo
    assert "— new: Alan Moffat; 61" in echo
    radio = page.split("## Mull FM")[1].split("## Mull Echo")[0]
    assert "— new: 40%; two years" in radio
    exclusives = page.split("## Your exclusives")[1]
    assert "Harbour master Ewan Brodie" in exclusives
    assert "A letter seen by" not in exclusives


WALKING_RELEASE = [
    "Walking for 20 minutes a day lowered blood pressure in older adults, a study by Larchmont "
    "University has found.",
    "The 412 volunteers who walked daily saw their systolic pressure fall by 6 points over six "
    "months.",
    "The study cannot show that walking alone caused the fall, as walkers also slept longer.",
    "Side effects were rare, though two walkers reported knee pain.",
    "Longer studies are needed to confirm the benefit lasts.",
    "The researchers caution that most volunteers were already fairly active.",
    "Professor Nadia Ormsby, who led the work, said the findings were encouraging.",
]


def test_a_focus_page_says_what_of_yours_each_article_left_out_caveats_first() -> None:
    """A university's release, a paper that runs all of it and one that keeps only its lede and
    quotation: on the release's focus page the second is told the caveats it left out, at most
    three by their first words and the rest counted, then the figures; the first, none."""
    docs = [
        Document("release", "Larchmont University", "\n\n".join(WALKING_RELEASE), published="2026-05-04"),
        Document(
            "gazette", "Tarn Gazette",
            "\n\n".join([*WALKING_RELEASE, "Walking groups meet on Saturdays at Tarn Park."]),
            published="2026-05-05",
        ),
        Document(
            "daily", "Metro Daily",
            "\n\n".join([WALKING_RELEASE[0], WALKING_RELEASE[-1], "Readers can join a free club."]),
            published="2026-05-05",
        ),
    ]  # fmt: skip
    page = markdown_report.render_focus(compare_documents(docs, single_story=True), "release")
    gazette = page.split("## Tarn Gazette")[1].split("## ")[0]
    assert "Left out" not in gazette
    daily = page.split("## Metro Daily")[1].split("## ")[0]
    assert (
        "- Left out 4 caveats of yours: sentence 3 “The study cannot show that walking alone "
        "caused the fall, …” (“cannot show”), sentence 4 “Side effects were rare, though two "
        "walkers reported knee pain.” (“side effects”), sentence 5 “Longer studies are needed to "
        "confirm the benefit lasts.” (“longer studies are needed”) and 1 more; left out figures of "
        "yours: sentence 2 “The 412 volunteers who walked daily saw their systolic pressure …” "
        "(412, 6 points, six months).\n" in daily
    )


def test_a_focus_page_says_what_a_copy_took_through_another_not_that_the_order_is_unknown() -> None:
    """A university's release, the wire's story written from it and a paper's copy of the
    wire the next day: on the release's focus page, the paper shares the release's words
    through the wire (the pair has no direction, as the paper took them from the wire), and the
    page says so rather than that which took them from the other is not known: a release takes
    nothing from a paper of the next day."""
    docs = [
        Document("release", "Kelby University News", "\n\n".join(CYCLING_RELEASE), published="2026-03-02"),
        Document(
            "wire", "Harbor Wire", "\n\n".join(CYCLING_WIRE), published="2026-03-03",
            published_time="2026-03-03T11:40:00Z",
        ),
        Document(
            "gazette", "Valley Gazette",
            "\n\n".join([*CYCLING_WIRE, "Harbor Wire contributed to this report."]),
            published="2026-03-04",
        ),
    ]  # fmt: skip
    page = markdown_report.render_focus(compare_documents(docs), "release")
    gazette = page.split("## Valley Gazette")[1].split("## ")[0]
    assert "verdict of the pair: derived." in gazette
    assert "copied or edited: it took them through Harbor Wire, crediting you." in gazette
    assert "not known" not in page


def test_a_focus_page_says_the_route_is_not_known_when_no_article_holds_the_phrases() -> None:
    """A viral post that copies a parenting blog's rewrite of a university's release shares
    three phrases with the release, only one of which the blog has: the release's focus page
    names no article the post took them through, says the route is not known, and charges
    nothing."""
    page = markdown_report.render_focus(compare_documents(phones_story()), "release")
    post = page.split("## viralhub")[1].split("## ")[0]
    assert (
        "none in sentences copied or edited: it took them through other articles, by a route "
        "not known, as no article it took from holds most of them." in post
    )
    assert "ParentsCorner" not in post
    assert "without crediting you" not in post


def test_a_focus_page_never_says_an_article_yours_reuses_did_not_credit_you() -> None:
    """A site's spun copy of a county paper's story, read from the copy: the paper is the origin,
    so its section says that yours took its words without crediting it, never that the paper
    took yours without crediting you."""
    ledger = [
        "The Ashford county board voted 4-1 on Monday to close the Elm Street library branch.",
        "Board chair Dana Ruiz said the branch had lost half its visitors since 2019.",
        "Residents at the meeting asked the board to keep the branch open on weekends.",
        "The county will move the branch's 12,000 books to the main library on Harbor Road.",
    ]
    spun = [
        ledger[0],
        ledger[1].replace("said", "claimed"),
        ledger[2].replace("asked", "reportedly asked"),
        ledger[3],
        "Library staff will be offered posts at other branches, a union official said.",
    ]
    docs = [
        Document("ledger", "Ashford Ledger", "\n\n".join(ledger), published="2026-05-04"),
        Document("pinehub", "Pine Hub", "\n\n".join(spun), published="2026-05-05"),
    ]
    page = markdown_report.render_focus(compare_documents(docs, single_story=True), "pinehub")
    ledger_section = page.split("## Ashford Ledger")[1].split("## ")[0]
    assert "(yours reuses it)" in ledger_section
    assert "crediting you" not in ledger_section
    assert "yours took 81% of its words from it, **without crediting it**." in ledger_section


def test_a_focus_page_marks_a_figure_its_rival_qualifies_compatibly() -> None:
    """A figure the rival changes with its qualifier so that the two may be one number ("about
    22,000" and "more than 20,000") is listed once, with both qualifiers, as compatible; one
    it changes outright ("three days" and "four days") is not."""
    docs = [
        Document(
            "courier",
            "Dunmere Courier",
            "About 22,000 patients used the maternity ward last year.\n\n"
            "Talks between the union and the health board lasted three days.",
        ),
        Document(
            "herald",
            "Harwick Herald",
            "More than 20,000 patients used the maternity ward last year.\n\n"
            "Talks between the union and the health board lasted four days.",
        ),
    ]
    page = markdown_report.render_focus(compare_documents(docs, single_story=True), "courier")
    figures = next(line for line in page.splitlines() if line.startswith("- Figures it gives"))
    assert figures == (
        "- Figures it gives otherwise: yours 1 / its 1: about 22,000 → more than 20,000 "
        "(compatible); yours 2 / its 2: three days → four days."
    )


# A think tank's release, a blog's copy that makes its £120 million £120 billion, and a tabloid
# that takes the blog's sentences and makes 9,400 cars 94,000.
POTHOLE_RELEASE = [
    "A new survey by the Roads Trust suggests that pothole damage may be costing drivers in "
    "Yorkshire up to £120 million a year, according to early estimates published today.",
    "The survey of repair records from 26 garages found that an estimated 9,400 cars were "
    "damaged by potholes on council roads in 2024, up from 6,100 in 2022.",
    "The trust is calling on councils to publish their repair backlogs every quarter.",
]
POTHOLE_BLOG = [
    "A new survey proves that the council's neglected roads are costing drivers £120 billion, "
    "according to the Department for Transport.",
    "Repair records from 26 garages found that 9,400 cars were damaged by potholes on council "
    "roads in 2024, up from 6,100 in 2022.",
    "This is what happens when town halls waste money on cycle lanes.",
]
POTHOLE_TABLOID = [
    "POTHOLES are wrecking Yorkshire's cars, with the crumbling roads now costing drivers £120 "
    "billion, a survey has proved.",
    "A shocking 94,000 cars were damaged by potholes on council roads in 2024, up from 6,100 in "
    "2022.",
    "This is what happens when town halls waste money on cycle lanes.",
    "Taxi driver Gary Holt, 52, said he had replaced four tyres since Christmas.",
]


def _last_section_on_first_page(*articles: tuple[str, str, list[str], str]) -> str:
    """The last article's section on the first's focus page, of articles of one story given as
    (id, outlet, sentences, published)."""
    docs = [
        document(" ".join(sentences), doc_id, outlet, published=published)
        for doc_id, outlet, sentences, published in articles
    ]
    page = markdown_report.render_focus(compare_documents(docs, single_story=True), articles[0][0])
    return page.split(f"## {articles[-1][1]}")[1].split("## Your exclusives")[0]


def test_a_focus_page_lists_a_figure_a_copy_of_a_copy_changed_as_changed_not_new() -> None:
    """A tabloid's sentence that its pair with the focus leaves unaligned, but the blog it
    copies aligns with the focus's, gives the focus's 9,400 as 94,000: a figure changed, named
    with the blog it was aligned through, not a new figure the tabloid adds (acceptance 25
    #11: the Daily Beacon's "£340 billion" and "112,000" were listed as new)."""
    tabloid = _last_section_on_first_page(
        ("trust", "Roads Trust", POTHOLE_RELEASE, "2025-03-03"),
        ("blog", "Tarrow Post", POTHOLE_BLOG, "2025-03-04"),
        ("tabloid", "Daily Klaxon", POTHOLE_TABLOID, "2025-03-05"),
    )
    assert (
        "- Figures it gives otherwise: yours 1 / its 1: £120 million a year → £120 billion; yours 2 / "
        "its 2: 9,400 → 94,000 (through Tarrow Post); yours 2 / its 2: an estimated → - "
        "(through Tarrow Post)."
    ) in tabloid
    assert "94,000" not in tabloid.split("### What Daily Klaxon adds")[1].split("It also")[0]
    assert "It also restates yours in its own words in 1 of its sentences: (2) restating (2)." in (
        tabloid
    )
    assert "— new: Gary Holt; Christmas; 52; four" in tabloid


# A wire's lede with two figures of two things, a blog that keeps only the revenue, and a digest
# that adds last year's revenue to the blog's sentence.
SNACKS_WIRE = [
    "Kestrel Foods Inc. said Tuesday that third-quarter revenue rose 8.2% to $3.41 billion, "
    "lifted by a 15% jump in snack sales to $1.12 billion.",
    "Net income was $402 million, or 96 cents a share, compared with $371 million a year earlier.",
    "The company raised its full-year sales forecast.",
]
SNACKS_BLOG = [
    "Kestrel Foods smashed it on Tuesday.",
    "Third-quarter revenue soared 8.2% to $3.41 billion.",
    "Net income was $402 million, or 96 cents a share.",
]
SNACKS_DIGEST = [
    "Here are the numbers from Kestrel's third quarter.",
    "Revenue for the third quarter was $3.41 billion, an increase of 8.2% from $3.15 billion in "
    "the third quarter of fiscal 2024.",
    "Kestrel remains on our buy list.",
]


def test_a_focus_page_sets_no_figure_against_another_things_through_a_third_article() -> None:
    """Through the blog's revenue sentence, the digest's "$3.15 billion" a year earlier is no
    changed figure of the wire's snack sales ("15%, $1.12 billion"), which the blog left out:
    figures aligned through a third article are set against each other only where that article
    gives one side's (retest of acceptance 32, R2)."""
    digest = _last_section_on_first_page(
        ("wire", "Ledger Wire", SNACKS_WIRE, "2025-10-28"),
        ("blog", "Street Blog", SNACKS_BLOG, "2025-10-29"),
        ("digest", "Market Digest", SNACKS_DIGEST, "2025-10-30"),
    )
    assert "Figures it gives otherwise" not in digest
    assert "— new: $3.15 billion; 2024" in digest


@pytest.mark.parametrize(
    ("exact", "qualified", "row"),
    [
        pytest.param(
            "La ONG Espacio Público contabilizó 1.200 violaciones a la libertad de expresión en "
            "2024, un 35 % más que el año anterior.",
            "La ONG Espacio Público contabilizó más de mil violaciones a la libertad de expresión "
            "en 2024, un 3,5 % más que el año anterior.",
            "| 1 | 1 | number changed, compatible | 1.200 | más de mil |",
            id="spanish_mas_de_mil_beside_another_change",
        ),
        pytest.param(
            "The monitoring group documented 1,200 violations of press freedom in 2024.",
            "The monitoring group documented more than 1,000 violations of press freedom in 2024.",
            "| 1 | 1 | number changed, compatible | 1,200 | more than 1,000 |",
            id="english_more_than_1000",
        ),
    ],
)
def test_a_pair_table_shows_a_number_its_rival_qualifies_compatibly_in_one_row(
    exact: str, qualified: str, row: str
) -> None:
    """A number the other version gives with a qualifier that lets the two be one number
    ("1.200" and "más de mil", as "1,200" and "more than 1,000") is one row of the pair's
    framing table, each with its qualifier, named compatible; the qualifier's change is no row
    of its own (acceptance 24 #12); and the story's summary of what the copy changed tells it so
    too, making no charge the table drops."""
    docs = [
        Document("uno", "Diario Uno", exact, published="2025-03-03"),
        Document("dos", "Diario Dos", qualified, published="2025-03-04"),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    section = " ".join(" ".join(render_pair(result, pair)).split())
    assert row in section
    assert "how exact a number is changed" not in section
    summary = render_story(result, result.stories[0]).split("## ")[1]
    exact_number, qualified_number = [cell.strip() for cell in row.strip("|").split("|")][3:]
    assert f"number changed, compatible (“{exact_number}” → “{qualified_number}”)" in summary
    assert "how exact a number is changed" not in summary


@pytest.mark.parametrize(
    ("lede", "shown"),
    [
        pytest.param(
            "At least 12 people died when the ferry capsized off Port Kellen on Tuesday, the "
            "coastguard said after a night of searching the water.",
            "At least 12 people died when the ferry capsized off Port Kellen on Tuesday,…",
            id="cut_title_keeps_its_ellipsis",
        ),
        pytest.param(
            "海岸警卫队说渡轮周二在凯伦港外倾覆。",
            "海岸警卫队说渡轮周二在凯伦港外倾覆。",
            id="chinese_full_stop",
        ),
    ],
)
def test_a_focus_page_names_its_story_as_a_sentence(lede: str, shown: str) -> None:
    """The focus page names its story by its title, closed once: no stop after a title's own
    (a Chinese full stop) nor after the ellipsis of a title cut short, which it dropped for a
    stop ("Tuesday,.")."""
    docs = [Document("courier", "Kellen Courier", lede), Document("herald", "Marra Herald", lede)]
    result = compare_documents(docs, single_story=True)
    page = markdown_report.render_focus(result, "courier")
    assert f"): {shown}\n" in page


def test_a_shared_quotations_verb_note_is_reported_with_its_sentences() -> None:
    """The attribution note of a quotation both carry in sentences left unaligned is a row of
    the pair's framing differences, by the quotation's sentences, and the quotation's
    ``framing`` in report.json."""
    result = compare_documents(
        [document(PICKET_HERALD, "herald"), document(PICKET_LEDGER, "ledger")], single_story=True
    )
    (pair,) = result.pairs
    section = "\n".join(render_pair(result, pair))
    assert re.search(
        r"^\| 2 +\| 2 +\| attribution verb changed \| said +\| .*insisted", section, re.M
    )
    (reported,) = report_json(result)["pairs"]
    (quotation,) = reported["shared_quotations"]
    assert [(n["kind"], n["a"]) for n in quotation["framing"]] == [("attribution_verb", "said")]


def _source_and_paper(source: str, paper: str) -> tuple[Result, PairComparison]:
    """A run over two texts, a source and the paper that quotes it, and their pair."""
    result = compare_documents(
        [document(source, "source"), document(paper, "paper")], single_story=True
    )
    (pair,) = result.pairs
    return result, pair


def _source_and_paper_section(source: str, paper: str) -> str:
    """The pair section of a run over a source and the paper that quotes it."""
    return "\n".join(render_pair(*_source_and_paper(source, paper)))


def test_a_shared_quotation_given_to_another_speaker_says_so_where_it_is_listed() -> None:
    """A quotation both carry word for word but give to two speakers is listed under "Shared
    quotations" as told as another's, not as if quoted faithfully, and is a row of the pair's
    framing differences."""
    release = (
        "Wharf Street flats reopen.\n\nDeputy Mayor Alys Penhallow, cabinet member for housing, "
        'said: "The Wharf Street flats will be ready for their tenants by the autumn."\n\n'
        "The works cost £3 million."
    )
    paper = (
        'Tenants return to Wharf Street.\n\nCouncil leader Tomas Greer said: "The Wharf Street '
        'flats will be ready for their tenants by the autumn."\n\nThe works cost £3 million.'
    )
    result, pair = _source_and_paper(release, paper)
    section = "\n".join(render_pair(result, pair))
    listed = section.split("### Shared quotations\n\n")[1].split("\n\n")[1]
    assert listed == (
        "- A 2, B 2 · 13 words · told as another's: Deputy Mayor Alys Penhallow in A, Council "
        "leader Tomas Greer in B: “The Wharf Street flats will be ready for their tenants by the "
        "autumn.”"
    )
    assert re.search(r"^\| 2 +\| 2 +\| speaker changed", section, re.M)


def test_a_speaker_changed_over_two_sentences_is_one_row() -> None:
    """A quotation the other gives to another speaker over two sentences of its own, the speaker
    named in the second, is one "speaker changed" row of the aligned sentences, not again for
    the second sentence alone."""
    release = (
        'Pool to close.\n\nCouncil leader Tomas Greer said: "Shutting the Quarry Lane pool was '
        "the hardest choice we have made. We looked at every option, including a trust, and none "
        'of them balanced the books."\n\nThe pool shuts in June.'
    )
    paper = (
        'Pool to close.\n\n"Shutting the Quarry Lane pool was the hardest choice we have made." '
        '"We looked at every option, including a trust, and none of them balanced the books," '
        "said deputy council leader Alys Penhallow.\n\nThe pool shuts in June."
    )
    section = _source_and_paper_section(release, paper)
    rows = re.findall(r"^\|[^|\n]*\|[^|\n]*\| speaker changed.*$", section, re.M)
    assert len(rows) == 1, section
    assert "deputy council leader Alys Penhallow |" in rows[0]


def test_a_quotation_joined_from_two_of_the_sources_is_named_so() -> None:
    """A paper's quotation that joins the words of two answers of its source, the words between
    them left out, is a quotation joined from two places of the other, with both sentences, and
    no longer the one answer worded differently."""
    source = (
        "Hospital waits discussed on air.\n\n"
        '"Our theatre lists are far too long, and I will not pretend otherwise," said Dr Mira '
        "Quayle.\n\n"
        '"The new unit at Elmbrook opens in June," she said.\n\n'
        '"Some of our porters are close to exhaustion after this winter," she said.'
    )
    paper = (
        "Health chief speaks out.\n\n"
        '"Our theatre lists are far too long and some of our porters are close to exhaustion," '
        "said Dr Mira Quayle."
    )
    result, pair = _source_and_paper(source, paper)
    assert [
        (q.a_sentences, q.b_sentences, [n.kind for n in q.framing]) for q in pair.altered_quotations
    ] == [((1, 3), (1,), ["quote_stitched"])]
    (note,) = pair.altered_quotations[0].framing
    assert (
        note.a
        == "our theatre lists are far too long and ... some of our porters are close to exhaustion"
    )
    assert all(n.kind != "quote_reworded" for m in pair.matches for n in m.framing)
    section = "\n".join(render_pair(result, pair))
    assert re.search(
        r"^\| 2\+4 +\| 2 +\| quotation joined from two places of the other", section, re.M
    )
    (reported,) = report_json(result)["pairs"]
    assert reported["altered_quotations"][0]["a_sentences"] == [1, 3]


def test_a_statement_quoted_in_two_sentences_and_in_one_piece_is_no_quotation_joined() -> None:
    """A paper that quotes in one piece what its source quotes in two sentences, one after the
    other, leaves nothing out between them: no quotation joined from two places."""
    source = (
        "Baths to close.\n\n"
        '"Shutting the Quayside baths was the toughest call this council has made," said '
        'Councillor Ines Harrow. "We weighed every offer from the swimming clubs and none of them '
        'added up."'
    )
    paper = (
        "Quayside baths shut.\n\n"
        'Councillor Ines Harrow said: "Shutting the Quayside baths was the toughest call this '
        "cabinet has made. We weighed every offer from the swimming clubs and none of them added "
        'up."'
    )
    _, pair = _source_and_paper(source, paper)
    kinds = [n.kind for q in pair.altered_quotations for n in q.framing]
    assert "quote_stitched" not in kinds


LIBRARY_SOURCE = (
    "Library service faces cuts.\n\n"
    "The county's libraries could lose up to 12 branches if a lottery grant is not renewed, "
    "the chief librarian warned on Monday.\n\n"
    "Chief librarian Petra Vossley told councillors that the grant paid for 12 of the "
    "county's 30 branches.\n\n"
    '"If the lottery grant is not renewed in June, we could lose up to 12 branches," Vossley '
    "said."
)
LIBRARY_PAPER = (
    "Twelve libraries to shut.\n\n"
    "Twelve branch libraries will shut when a lottery grant ends in June.\n\n"
    'Chief librarian Petra Vossley told councillors on Monday that the county "will lose 12 '
    "branches\". The grant paid for 12 of the county's 30 branches."
)


def test_a_quotation_altered_against_the_sources_own_quotation_names_the_words_changed() -> None:
    """A paper's quoted fragment aligned with the source's paraphrase is held against the
    source's own quotation of it, in another sentence: its words changed there, the condition
    and the hedge dropped, not a paraphrase turned into a quotation."""
    _, pair = _source_and_paper(LIBRARY_SOURCE, LIBRARY_PAPER)
    (altered,) = pair.altered_quotations
    assert (altered.a_sentences, altered.b_sentences) == ((3,), (2,))
    assert ("quote_changed", "could lose up to", "will lose") in [
        (n.kind, n.a[-len("could lose up to") :], n.b) for n in altered.framing
    ]
    assert ("hedge_removed", "could") in [(n.kind, n.a) for n in altered.framing]
    assert all(n.kind != "quote_added" for m in pair.matches for n in m.framing)


def test_a_quotation_altered_by_the_first_article_is_one_change_named_in_the_summary() -> None:
    """With the paper first of the pair (A), its altered quotation is still one change: no
    "quotation turned into paraphrase" of the same fragment beside it, and the story's summary
    names the words changed."""
    result = compare_documents(
        [
            document(LIBRARY_PAPER, "a_paper", date="2025-03-02"),
            document(LIBRARY_SOURCE, "b_source", date="2025-03-01"),
        ],
        single_story=True,
    )
    (pair,) = result.pairs
    assert pair.a == "a_paper"
    assert [q.a_sentences for q in pair.altered_quotations] == [(2,)]
    assert all(n.kind != "quote_removed" for m in pair.matches for n in m.framing)
    summary = render_story(result, result.stories[0]).split("## Documents")[0]
    assert "words changed inside a quotation" in summary, summary


SPANISH_WIRE = (
    "La policía detuvo a 38 personas durante la marcha de jubilados frente al Congreso, informó "
    "el Ministerio de Seguridad en un comunicado. El Gobierno dijo que los agentes actuaron "
    "según la ley y que no hubo heridos graves entre los manifestantes. Los jubilados marchan "
    "cada miércoles para pedir un aumento de sus pensiones, que según el sindicato no alcanzan."
)


def _pair_section(first: Document, second: Document) -> str:
    result = compare_documents([first, second], single_story=True)
    return "\n".join(markdown_report.render_pair_report(result))


def test_a_spanish_pair_section_says_which_framing_kinds_it_checked_in_spanish() -> None:
    """ "No framing difference" in Spanish is no clean bill: the section says once which kinds
    were read in Spanish, roles and the passive among those that were not; an English pair's
    says nothing of languages."""
    rewrite = SPANISH_WIRE.replace(
        "La policía detuvo a 38 personas", "38 personas fueron detenidas"
    )
    section = _pair_section(
        document(SPANISH_WIRE, "wire", "Agencia Sur"), document(rewrite, "copy", "El Diario")
    )
    (line,) = [line for line in section.splitlines() if line.startswith("In Spanish, ")]
    assert line == (
        "In Spanish, attribution verbs, hedges, loaded terms, direction, outcome, size, numbers "
        "and quotations are checked; allegations, roles, passive voice and interview claims "
        "are not."
    )
    english = "Police detained 38 people at a pensioners' march, the ministry said in a statement."
    plain = _pair_section(document(english, "a"), document(english + " Nobody was hurt.", "b"))
    assert "In Spanish" not in plain and "checked" not in plain


def test_a_pair_in_two_languages_gets_no_framing_notes() -> None:
    """A Portuguese translation of a Spanish wire attributes as the wire does ("informou"), and
    translates its date and quotation: no note says an attribution was removed or a quotation
    replaced, and the section says the two were not compared."""
    portuguese = (
        "A polícia deteve 38 pessoas durante a marcha de aposentados em frente ao Congresso, "
        "informou o Ministério da Segurança em um comunicado. O governo disse que os agentes "
        "agiram dentro da lei e que não houve feridos graves entre os manifestantes. Os "
        "aposentados marcham todas as quartas-feiras para pedir um aumento das suas pensões."
    )
    wire, paper = document(SPANISH_WIRE, "wire", "Agencia Sur"), document(portuguese, "pt")
    result = compare_documents([wire, paper], single_story=True)
    (pair,) = result.pairs
    assert [n for m in pair.matches for n in m.framing] == []
    section = "\n".join(markdown_report.render_pair_report(result))
    assert "Not compared across languages" in section
    assert "In Spanish" not in section


# A Mexican paper's own report of a vigil, thick with names, figures and dialogue, and an agency's.
VIGIL = (
    "CULIACÁN, Sin. — Decenas de colegas encendieron velas la noche del martes frente a la casa "
    "de Julián Castañeda, de 43 años, en la colonia Centro.\n"
    "—Le dijimos que se fuera de Culiacán —relató su hermana, Lucía Castañeda—. No quiso.\n"
    "Según vecinos, dos hombres en motocicleta dispararon desde la calle Río Humaya.\n"
    "La Fiscalía de Sinaloa informó que abrió una carpeta de investigación y afirmó que no "
    "descarta ninguna línea."
)
AGENCY = (
    "Julián Castañeda, de 43 años, fundador del portal Voz de Sinaloa, fue asesinado el martes "
    "en Culiacán, informó la Fiscalía de Sinaloa.\n"
    "Según la Fiscalía, dos hombres en motocicleta dispararon contra el periodista frente a su "
    "casa, y hasta ahora no hay detenidos."
)


@pytest.mark.parametrize(
    "stated",
    [pytest.param(None, id="told_by_its_words"), pytest.param("es", id="stated")],
)
def test_a_spanish_local_report_is_profiled_in_spanish(stated: str | None) -> None:
    """A Spanish report of names and dialogue reads as Spanish, or says it is: its profile names
    its attribution verbs and the page does not call it in another language; report.json gives
    each article's language."""
    vigil = replace(document(VIGIL, "noroeste", "Noroeste Hoy"), language=stated)
    result = compare_documents(
        [document(AGENCY, "agencia", "Europa Press"), vigil], single_story=True
    )
    page = " ".join(render_story(result, result.stories[0]).split())
    assert "in another language or too short to tell" not in page
    verbs = {verb for verb, _ in result.profiles["noroeste"].attribution_verbs}
    assert {"afirmó", "informó", "relató"} <= verbs
    languages = {d["id"]: d["language"] for d in report_json(result)["documents"]}
    assert languages == {"agencia": "es", "noroeste": "es"}


# A university's press release on a small study, its caveats in sentences 4 and 5 of their own.
WALKING_STUDY = [
    "A daily walk of 30 minutes may ease lower back pain, according to a study by researchers at "
    "Harwick University.",
    "The study, published today in the Journal of Spinal Health, followed 120 office workers for "
    "six months.",
    "Those who walked every day reported 40% less pain than those who kept their usual routine.",
    "The researchers caution that the study was small and that the difference was not "
    "statistically significant for workers over 60.",
    "Most participants worked in offices, so the findings may not apply to people in manual jobs.",
    "The study was funded by the Harwick Health Trust.",
]
WALKING_REPORTER = "Physiotherapist Anna Reyes said walking was a cheap habit to start."


@pytest.mark.parametrize(
    ("kept", "left_out"),
    [
        pytest.param(
            [0, 1, 2, 5],
            "- Courier, from Harwick University: left out 2 caveats of the release: sentence 4 “The researchers caution that the "
            "study was small and that …” (“caution”, “not statistically significant”) and "
            "sentence 5 “Most participants worked in offices, so the findings may not …” (“may "
            "not apply”)",
            id="drops_two_caveat_sentences",
        ),
        pytest.param([0, 1, 2, 3, 4, 5], None, id="keeps_them"),
    ],
)
def test_a_copy_that_leaves_out_its_origins_caveat_sentences_is_said_to(
    kept: list[int], left_out: str | None
) -> None:
    """A paper runs a press release on a small study but leaves out the sentences that say it
    was small, not significant and may not apply to manual workers: the story page's summary
    names them under the paper's changes, and its pair section says the paper left them out.
    A paper that keeps them gets neither line."""
    release = replace(
        document("\n\n".join(WALKING_STUDY), "release", "Harwick University"), press_release=True
    )
    copy = document(
        "\n\n".join([*(WALKING_STUDY[i] for i in kept), WALKING_REPORTER]), "courier", "Courier"
    )
    result = compare_documents([release, copy])
    page = render_story(result, result.stories[0])
    summary = page[page.index("## Summary") : page.index("Sentences are numbered")]
    caveat_lines = [line for line in summary.splitlines() if "caveat" in line]
    hedges_line = [line for line in page.splitlines() if line.startswith("Hedges and caveats")]
    if left_out is None:
        assert (caveat_lines, hedges_line) == ([], [])
        return
    assert caveat_lines == [
        "**What each copy changed** in the text it took (framing differences, the origin's words "
        "first), and the origin's sentences with a hedge or caveat it left out:",
        left_out,
    ]
    assert hedges_line == [
        "Hedges and caveats that one article alone has, in sentences the other lacks. "
        f"{'A' if result.pairs[0].a == 'release' else 'B'} only, left out by Courier: "
        "sentence 4 (“caution”, “not statistically significant”), sentence 5 (“may not apply”)."
    ]


# A medical school's release on a drug trial: its findings, then its harms, the weight regained
# after stopping, a call for longer trials, its funder and its lead's fees from the maker.
TRIAL_RELEASE = [
    "Adults with obesity who took a daily tablet of the experimental drug lorafenex lost an "
    "average of 11.3% of their body weight over 52 weeks, according to a trial led by Ormsby "
    "Medical School.",
    "The trial, published today in the Northern Journal of Medicine, enrolled 842 adults at 41 "
    "clinics in six countries.",
    "Diarrhoea was the most common side effect, reported by 29% of those taking lorafenex.",
    "In a follow-up of 210 participants, those who stopped the tablet regained about half of "
    "the weight they had lost within nine months.",
    "Longer trials are needed to show whether the weight loss lowers the risk of heart disease.",
    "The trial was funded by Pellow Therapeutics, which makes lorafenex.",
    "Professor Ian Castell, who led the trial, has received consulting fees from Pellow.",
]


def test_a_copy_of_a_trials_release_that_drops_its_harms_and_funding_is_said_to() -> None:
    """A health site runs a trial's release but leaves out its side effects, the call for
    longer trials, the funder and the lead's fees, and the weight regained after stopping: the
    story page's summary names them, the harms, limits and disclosures as caveats left out and
    the regain as figures left out."""
    release = replace(
        document("\n\n".join(TRIAL_RELEASE), "release", "Ormsby Medical School"),
        press_release=True,
    )
    site = document(
        "\n\n".join(
            [*TRIAL_RELEASE[:2], "Lorafenex could soon bring new hope to millions of people."]
        ),
        "slimwell",
        "SlimWell Today",
    )
    result = compare_documents([release, site])
    page = render_story(result, result.stories[0])
    summary = page[page.index("## Summary") : page.index("Sentences are numbered")]
    assert [line for line in summary.splitlines() if line.startswith("- SlimWell Today, from")] == [
        "- SlimWell Today, from Ormsby Medical School: left out 4 caveats of the release: "
        "sentence 3 “Diarrhoea was the most common side effect, reported by 29% …” (“side "
        "effect”), sentence 5 “Longer trials are needed to show whether the weight loss …” "
        "(“longer trials are needed”), sentence 6 “The trial was funded by Pellow "
        "Therapeutics, which makes lorafenex.” (“trial was funded by”) and 1 more; left out "
        "figures of the release: sentence 4 “In a follow-up of 210 participants, those who "
        "stopped the …” (210, about half, nine months)"
    ]


def test_a_site_that_gives_the_agencys_expert_quote_to_the_lead_author_is_said_to() -> None:
    """A health site rewrites an agency's story, nearer in its lede a paper that ran the agency
    than the agency itself, and gives the outside expert's words to the study's lead author:
    the summary names the speaker changed against the agency, whose text it took."""
    paper = document(
        "\n\n".join(
            [
                "Owning a dog for five years or more was linked to a 12% lower risk of high blood "
                "pressure, researchers at Harrowgate University reported in the Journal of "
                "Community Medicine.",
                *DOG_WIRE[2:7],
            ]
        ),
        "paper",
        "The Northgate Courier",
    )
    site = document(
        "\n\n".join(
            [
                "Owning a dog for five years or more lowers the risk of high blood pressure by 12%, "
                "researchers at Harrowgate University reported in the Journal of Community "
                "Medicine.",
                DOG_RELEASE[2],
                "\u201cIt is a modest difference, and nobody should buy a puppy for their blood "
                "pressure alone,\u201d said Dr Ruth Ellery.",
            ]
        ),
        "site",
        "PawHealth",
    )
    result = compare_documents(
        [
            replace(
                document("\n\n".join(DOG_RELEASE), "release", "Harrowgate University"),
                press_release=True,
                published_time="2026-05-06T00:01:00Z",
            ),
            replace(
                document("\n\n".join(DOG_WIRE), "wire", "Harbor Wire"),
                published_time="2026-05-06T00:10:00Z",
            ),
            replace(paper, published_time="2026-05-06T07:45:00Z"),
            replace(site, published_time="2026-05-06T11:00:00Z"),
        ]
    )
    page = render_story(result, result.stories[0])
    summary = page[page.index("## Summary") : page.index("Sentences are numbered")]
    lines = [line for line in summary.splitlines() if line.startswith("- PawHealth, from")]
    by_origin = {line.split(":")[0]: line for line in lines}
    assert sorted(by_origin) == [
        "- PawHealth, from Harbor Wire",
        "- PawHealth, from Harrowgate University",
    ]
    assert (
        "sentence 3: speaker changed: the same words told as another's (“Professor Alan Marsh” "
        "→ “Dr Ruth Ellery”)" in by_origin["- PawHealth, from Harbor Wire"]
    )


# A council story whose last sentences say its revenue figure could be lower.
PARKING_STORY = [
    "The Harwick City Council voted 5-2 on Tuesday night to raise downtown parking meter rates "
    "from $1.50 to $2.25 an hour.",
    "The new rates take effect July 1 and will apply on Main Street and Depot Square.",
    "Council President Ray Dunleavy said the increase would raise about $380,000 a year.",
    "Councilors Nadia Ferris and Tom Keough voted against the measure.",
    "City Manager Paula Greer said the estimate of $380,000 assumes meter use stays at current "
    "levels and could be lower if drivers shift to the free lots.",
    "The council also agreed to extend free parking on Saturdays.",
]


def summary_of_a_cut_copy(
    sentences: list[str], kept: tuple[int, ...], origin: str, copy: str
) -> str:
    """The story page's summary of an article of ``sentences`` by the outlet ``origin`` and a
    copy by ``copy``, a day later, that keeps only the sentences numbered ``kept`` (from 0)."""
    first = document("\n\n".join(sentences), "origin", origin, published="2025-05-13")
    later = document("\n\n".join(sentences[i] for i in kept), "copy", copy, published="2025-05-14")
    result = compare_documents([first, later])
    page = render_story(result, result.stories[0])
    return page[page.index("## Summary") : page.index("Sentences are numbered")]


def test_a_copy_that_keeps_a_figure_but_leaves_out_its_could_leaves_out_a_caveat() -> None:
    """A copy keeps the Gazette's $380,000 but leaves out the sentence that says the estimate
    could be lower: the story page's summary names that sentence as a caveat left out."""
    summary = summary_of_a_cut_copy(
        PARKING_STORY, (0, 1, 2, 3, 5), "Gazette", "Harwick Times Daily"
    )
    assert (
        "- Harwick Times Daily, from Gazette: left out 1 caveat of the origin: sentence 5 “City Manager Paula Greer said the "
        "estimate of $380,000 assumes …” (“could”)"
    ) in summary.splitlines()


# A wire's court report whose fourth sentence is the defendant's denial.
DENIAL_WIRE = [
    "A delivery driver deliberately drove at a cyclist on the Kelsey ring road after a row at "
    "traffic lights, a jury at Harbury Crown Court has heard.",
    "Marcus Hale, 29, of Quarry Lane, Harbury, is charged with causing grievous bodily harm "
    "with intent.",
    "The cyclist, a 44-year-old teacher, suffered a broken pelvis and spent six weeks in hospital.",
    "Mr Hale denies the charge.",
    "The trial, expected to last five days, continues.",
]


def test_a_copy_that_leaves_out_a_defendants_denial_is_named_in_the_summary() -> None:
    """A paper runs the wire's court report without the sentence in which the defendant denies
    the charge: the story page's summary names the denial left out, and the wire's denial is
    no restatement of the paper, which writes none."""
    summary = summary_of_a_cut_copy(DENIAL_WIRE, (0, 1, 2, 4), "Northern Wire", "Harbury Echo")
    assert (
        "- Harbury Echo, from Northern Wire: left out 1 denial of the origin: sentence 4 “Mr Hale "
        "denies the charge.” (“denies”)"
    ) in summary.splitlines()
    assert "or a denial, it left out:" in summary


def test_a_hedge_in_a_sentence_the_other_lacks_is_named_though_it_hedges_elsewhere() -> None:
    """Two rewrites of one report: one keeps a sentence saying the figures may have been
    understated, which the other leaves out though it writes "may have" elsewhere; the pair
    section still names the hedge of the whole sentence one of them lacks."""
    fire = (
        "Firefighters were called to a blaze at a timber yard on Quay Lane on Sunday night.\n\n"
        "Crews from three stations fought the fire for more than five hours."
    )
    kept = document(
        f"{fire}\n\nThe owners said losses may have been understated in early reports.",
        "post",
        "Post",
    )
    other = document(
        f"A spark from a grinder may have started it, a witness said.\n\n{fire}", "echo", "Echo"
    )
    result = compare_documents([kept, other])
    (pair,) = result.pairs
    a_only = "A" if pair.a == "post" else "B"
    assert f"{a_only} only: sentence 3 (“may have”)." in "\n".join(render_pair(result, pair))


@pytest.fixture(scope="module")
def saved_four_times() -> Result:
    return compare_documents(warehouse_versions())


def test_an_articles_versions_are_one_line_of_who_copied_whom(saved_four_times: Result) -> None:
    """The Gazette's four saves are one line on the index and the story page, in the order they
    were modified, each later one named by the note it adds or as changed without one; no pair
    of versions is told as one reusing the other, "0% of its words copied" from it."""
    chain = (
        "- Harbour Gazette's article: 4 versions, 2025-04-02 07:00 UTC → 08:30 (an update) → "
        "12:00 (a correction) → 16:00 (changed without a note)."
    )
    index = render_index(saved_four_times)
    page = render_story(saved_four_times, saved_four_times.stories[0])
    for text in (index, page):
        section = re.split(r"\n(?:## |\*\*)", text.split("Who copied whom", 1)[1], maxsplit=1)[0]
        who = [line for line in section.splitlines() if line.startswith("- ")]
        assert who[0] == chain
        assert not [line for line in who if "is a later version of" in line or " 0% of" in line]
        assert [line.split(" reuses ")[0] for line in who[1:]] == [
            "- Valley Record",
            "- Lakeside Courier",
        ]


def test_the_likely_origin_of_an_article_saved_several_times_is_its_first_version(
    saved_four_times: Result,
) -> None:
    """A rival copied the Gazette's first version and another its 08:30 update: the story's
    likely origin is the Gazette's article as first published, reused by both, not each version
    apart nor the update with the first version's time."""
    page = render_story(saved_four_times, saved_four_times.stories[0])
    assert (
        "**Likely origin:** Harbour Gazette, 07:00 UTC version (2025-04-02 07:00 UTC), reused by 2 "
        "articles."
    ) in page


@pytest.mark.parametrize(
    ("blog_title", "section_line", "copy_fact", "field"),
    [
        pytest.param(
            FOOTBRIDGE_HEADLINE,
            f"Headline: taken word for word from A: “{FOOTBRIDGE_HEADLINE}”.",
            "uncredited (names the issuer only in the release's own sentences), headline taken word "
            "for word;",
            "same",
            id="release_headline_kept",
        ),
        pytest.param(
            "Council to rebuild flood-hit footbridge by spring",
            f"Headline: edited from A's: “{FOOTBRIDGE_HEADLINE}” → “Council to rebuild flood-hit "
            "footbridge by spring”.",
            "uncredited (names the issuer only in the release's own sentences), headline taken and "
            "edited;",
            "edited",
            id="release_headline_edited",
        ),
    ],
)
def test_a_copy_that_took_the_releases_headline_is_told_so(
    blog_title: str, section_line: str, copy_fact: str, field: str
) -> None:
    """A blog that pastes a council's release under its headline, kept or edited, is told so in
    the pair's section, in who copied whom and in report.json's pair."""
    result = compare_documents(footbridge_pasted(blog_title), single_story=True)
    page = render_story(result, result.stories[0]).splitlines()
    assert section_line in page
    (copy_line,) = [line for line in page if line.startswith("- Wend Valley Walkers reuses")]
    assert copy_fact in copy_line
    (pair,) = report_json(result)["pairs"]
    assert pair["headline"] == field


def test_a_pair_with_its_own_headlines_says_nothing_of_them() -> None:
    """A blog that pastes a release under a headline of its own gets no headline line, and
    report.json's pair gives null."""
    result = compare_documents(
        footbridge_pasted("Our footbridge is coming back at last"), single_story=True
    )
    assert "Headline:" not in render_story(result, result.stories[0])
    (pair,) = report_json(result)["pairs"]
    assert pair["headline"] is None


def _buyback_story_page() -> str:
    """The story page of a wire and a rewrite that puts the company's name for "The company" and
    drops the wire's hedge and attribution: the rewrite restates that sentence, aligned with none."""
    wire = document(
        "Kaneshiro Motors raised its full-year operating profit forecast on Tuesday, citing a "
        "weaker yen and strong demand for hybrid cars in North America.\n"
        "The company may also increase its share buyback, according to people familiar with the "
        "matter.",
        "wire",
        "Reuters",
        published="2025-11-04",
    )
    rewrite = document(
        "Kaneshiro Motors raised its full-year operating profit forecast on Tuesday, citing a "
        "weaker yen and strong demand for hybrid cars in North America.\n"
        "Kaneshiro will also increase its share buyback.",
        "rewrite",
        "Asia Business Review",
        published="2025-11-05",
    )
    result = compare_documents([wire, rewrite], single_story=True)
    (story,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    return story


def test_a_restatement_that_states_a_claim_as_fact_says_so() -> None:
    """A rewrite that puts the company's name for "The company" restates the wire's sentence
    in other words, so the two are not aligned; its section still says that the rewrite drops
    the wire's attribution and hedge."""
    story = _buyback_story_page()
    adds = story[story.index("### What Asia Business Review adds") :]
    assert (
        "- (2) restating (2): attribution removed: stated as fact (“according to people familiar "
        "with the matter”); hedge or caveat removed (“may”)"
    ) in adds


def test_a_restatement_that_tells_a_finding_as_a_claim_says_so() -> None:
    """A blog that tells the study's finding as what "experts claim" restates the paper's
    sentence in other words, so the two are not aligned; its section still says the finding
    is credited with a verb of less credence."""
    paper = document(
        "Cyclists who commute through the winter take fewer sick days, a study by doctors at "
        "Lowmoor Hospital has found.\n"
        "The study followed 1,200 office workers for two years.",
        "paper",
        "Lowmoor Echo",
        published="2025-02-10",
    )
    blog = document(
        "Winter cycling to work may mean fewer sick days, experts claim.\n"
        "The study followed 1,200 office workers for two years.",
        "blog",
        "Pedal Life",
        published="2025-02-12",
    )
    result = compare_documents([paper, blog], single_story=True)
    (story,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    adds = story[story.index("### What Pedal Life adds") :]
    assert "restating (1): attribution verb changed (“found” → “claim”)" in adds


def test_an_undisclosed_copy_of_a_paper_that_thanks_another_paper_names_no_wire() -> None:
    """The Gazette's story ends "Valley Courier contributed to this report.": a copy of it
    that credits no one is told that it does not credit the Gazette, not that the Courier's
    is the text it runs, as a wire's would be."""
    story = (
        "The Harwick council voted 7-2 on Tuesday to close the Elm Street library.\n"
        "Councillor Dana Reyes said the building needed $3 million in repairs.\n"
        "The branch will shut at the end of June, officials said."
    )
    thanked = f"{story}\nValley Courier contributed to this report."
    gazette = replace(
        document(thanked, "gazette", "Harwick Valley Gazette", published="2025-05-13"),
        credits=find_credits(thanked),
    )
    copy = document(story, "copy", "LocalNewsNow24", published="2025-05-14")
    result = compare_documents([gazette, copy])
    (pair,) = result.pairs
    section = "\n".join(render_pair(result, pair))
    assert (
        "Undisclosed reuse: LocalNewsNow24 (copy) does not credit Harwick Valley Gazette (gazette)."
    ) in section


def test_index_ranks_an_undirected_rewrite_above_partial_pairs_charged_on_phrasing() -> None:
    """Two undated students' shared story, with no direction, ranks above partial pairs flagged undisclosed."""
    rewrite = PairComparison(
        "jordan",
        "kim",
        "s",
        Verdict.DERIVED,
        None,
        0.915,
        0.893,
        0.84,
        0.8,
        1.0,
        0.94,
        32,
        None,
        (),
        (),
        (),
        0.0,
    )
    partials = [
        replace(
            rewrite,
            a=f"student{n}",
            verdict=Verdict.PARTIAL,
            direction="a->b",
            a_in_b=0.0,
            b_in_a=0.0,
            longest_run_words=0,
            undisclosed_reuse=True,
        )
        for n in range(25)
    ]
    ranked = markdown_report._most_telling([*partials, rewrite], frozenset())
    assert ranked[0] is rewrite


def warehouse_with_a_trimmed_copy() -> Result:
    """The Harbour Gazette's four versions beside a Valley Record copy of its first that cut
    the firefighters to 45 hours before the Gazette's own 16:00 edit did the same."""
    *gazette, record, _ = warehouse_versions()
    trimmed = record.text.replace("60 firefighters", "45 firefighters")
    return compare_documents([*gazette, replace(record, text=trimmed)], single_story=True)


def test_an_outlets_own_later_version_is_no_copy_in_the_summary_or_focus_page() -> None:
    """A rival's change that the outlet's own later version also made is the rival's alone, not
    "the first of 2 copies"; the versions' changes get a heading of their own; and the focus
    page calls the outlet's later version a later version, kept, not a copy crediting it
    (acceptance round 30, v10)."""
    result = warehouse_with_a_trimmed_copy()
    page = render_story(result, result.stories[0])
    copies, versions = page.split("**What each copy changed**")[1].split(
        "**What each later version changed**"
    )
    assert "- Valley Record, from Harbour Gazette, 07:00 UTC version:" in copies
    assert "Harbour Gazette, 16:00 UTC version, from" not in copies
    assert "the first of 2 copies" not in page
    assert (
        "- Harbour Gazette, 16:00 UTC version, from Harbour Gazette, 12:00 UTC version "
        "(changed without a note):"
    ) in versions
    focus = markdown_report.render_focus(result, "gazette-0700")
    (later,) = [row for row in focus.splitlines() if "verdict of the pair" in row][1:2]
    assert "(a later version of yours: not reuse)" in later
    assert (
        "crediting you"
        not in focus.split("## Harbour Gazette, 08:30 UTC version")[1].split("###")[0]
    )


def test_an_agencys_write_through_is_its_update_not_reuse_of_its_first_lead() -> None:
    """An agency's write-through in a file of its own, no address shared with its first lead,
    is listed as its update of it, not its reuse, and edges.csv flags the row same_source
    (acceptance round 30, w7)."""
    first, second, *_ = warehouse_versions()
    lead, write_through = (
        replace(d, id=name, url=None, published_time=d.modified_time, modified_time=None)
        for d, name in ((first, "lead"), (second, "write-through"))
    )
    result = compare_documents([lead, write_through])
    assert (
        "- Harbour Gazette (write-through) is its own outlet's update of Harbour Gazette (lead):"
    ) in render_index(result)
    (row,) = edges(result)
    assert (row.copy.id, row.same_source, row.same_article) == ("write-through", True, False)


def test_a_copy_of_a_version_not_in_the_folder_is_not_charged_with_its_changes() -> None:
    """With the Gazette's 12:00 correction missing, a paper that took it is not charged with
    the corrected figures its 16:00 version also gives: the summary says it likely took a
    version between the two that is not here (acceptance round 30, v6)."""
    first, _, noon, late, *_ = warehouse_versions()
    ledger = Document(
        "tarn-ledger",
        "Tarn Ledger",
        "\n\n".join(noon.text.split("\n\n")[:5]),
        title="Three dead in Millbrook warehouse fire",
        published="2025-04-02",
        published_time="2025-04-02T13:00:00Z",
    )
    result = compare_documents([first, late, ledger], single_story=True)
    page = render_story(result, result.stories[0])
    (ledger_changes,) = [
        part.split("\n\n")[0]
        for part in page.split("- Tarn Ledger, from Harbour Gazette, 07:00 UTC version:")[1:]
    ]
    assert ledger_changes.strip() == (
        "likely took a version not here, between Harbour Gazette, 07:00 UTC version and "
        "Harbour Gazette, 16:00 UTC version, which words as it does what it changed: number or "
        "date changed (“Two” → “Three”), number or date changed (“9” → “11”) and number or date "
        "changed (“$3.1 million” → “$1.3 million”)"
    )


def test_a_quotation_the_update_still_quotes_is_charged_to_the_copy_that_unquoted_it() -> None:
    """A copy that turns two of the wire's quotations into its own words, where the wire's
    update still quotes both, made that change itself: the summary charges it, and says
    nothing of a version not here (acceptance round 32, b4)."""
    wire_lines = [
        "Le gouvernement a engagé mercredi sa responsabilité sur le budget de la santé.",
        "La présidente du groupe écologiste, Inès Carvalho, a dénoncé « un passage en force "
        "inacceptable » et affirmé que « le Parlement a été méprisé ».",
        "Les oppositions ont annoncé le dépôt d'une motion de censure dans la soirée.",
        "Le texte prévoit une hausse de 4 % des dépenses hospitalières l'an prochain.",
    ]
    wire, update, copy = (
        Document(
            name,
            source,
            " ".join(lines),
            title="Budget de la santé : le gouvernement engage sa responsabilité",
            published="2026-03-18",
            published_time=time,
        )
        for name, source, lines, time in (
            ("depeche", "AFP", wire_lines, "2026-03-18T15:05:00Z"),
            (
                "depeche-maj",
                "AFP",
                [*wire_lines, "Le vote sur la motion aura lieu vendredi."],
                "2026-03-18T22:10:00Z",
            ),
            (
                "riviere",
                "Rivière Info",
                [
                    wire_lines[0],
                    "La présidente du groupe écologiste, Inès Carvalho, a dénoncé un passage en "
                    "force inacceptable et affirmé que le Parlement avait été méprisé.",
                    *wire_lines[2:],
                ],
                "2026-03-18T17:00:00Z",
            ),
        )
    )
    result = compare_documents([wire, update, copy], single_story=True)
    page = render_story(result, result.stories[0])
    (changes,) = [
        part.split("\n\n")[0] for part in page.split("- Rivière Info, from AFP (depeche):")[1:]
    ]
    assert "version not here" not in changes
    assert "quotation turned into paraphrase" in changes


def test_a_rewrite_that_retells_a_scoop_says_so_in_who_copied_whom() -> None:
    """The copy's line of a rewrite made derived by retelling its origin with all its quotations
    gives how much of it retells the origin, not only its small shares of wording (acceptance
    round 32, c3)."""
    result = compare_documents(
        [
            document(" ".join(BOND_SCOOP), "sentinel", published="2025-05-06"),
            document(" ".join(BOND_REWRITE), "courier", published="2025-05-07"),
        ],
        single_story=True,
    )
    index = render_index(result)
    assert (
        "derived, 12% of its words copied or edited, 28% in shared phrases, 88% of its words"
        in (index)
    )
    assert "in sentences that retell it, with all 3 of its quotations" in index


def test_dedup_rows_give_what_report_json_gives_for_each_document(tmp_path: Path) -> None:
    """A row of ``compare dedup`` gives each field it shares with report.json's documents as
    report.json does, ``None`` (JSON's null) where the input gives nothing, a title among them."""
    fire = (
        "Ein Brand in einer Lagerhalle in Zürich hat am Freitag zwölf Arbeiter verletzt, "
        "teilte die Feuerwehr mit. Die Ursache ist noch unklar."
    )
    (tmp_path / "blatt.txt").write_text(
        f"---\nsource: Neue Zürcher Blatt\ndate: 2026-12-05\n---\n{fire}\n", encoding="utf-8"
    )
    record = {
        "id": "nzb-88",
        "source": "Neue Zürcher Blatt",
        "title": "Brand in Lagerhalle",
        "url": "https://blatt.example/brand",
        "text": fire,
    }
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = compare_paths(tmp_path)
    documents = {d["id"]: d for d in report_json(result)["documents"]}
    shared = ("path", "record", "article_id", "source", "title", "url", "published", "story")
    for row in dedup_rows(result):
        assert {key: row[key] for key in shared} == {
            key: documents[str(row["id"])][key] for key in shared
        }
    assert [row["title"] for row in dedup_rows(result)] == [None, "Brand in Lagerhalle"]


ARREST_FIRST = " ".join(
    [
        "A 16-year-old boy was seriously injured on Sunday night during an arrest in Westfield, setting off a night of unrest in two of the town's estates, the Harlow prosecutor's office said on Monday.",
        "The boy, who was riding a scooter without a helmet, fell during a chase with a police patrol, according to a police source.",
        "His family disputes that account and says a police car struck him, the family's lawyer, Dana Whitcombe, said.",
        "Overnight, groups of youths set fire to 14 cars and bins, and nine people were arrested, according to the county police.",
    ]
)
ARREST_FOLLOW_UP = " ".join(
    [
        "Two police officers were taken into custody on Thursday in the inquiry into the 16-year-old boy seriously injured on Sunday during an arrest in Westfield, the Harlow prosecutor's office said.",
        "An examination of the police car found marks consistent with contact with the scooter, the prosecutor said.",
        '"It is a first step towards the truth," the family\'s lawyer, Dana Whitcombe, said.',
        "A police union condemned what it called a rush to judge officers who had only done their job.",
        "On Wednesday, a silent march in front of the town hall drew about 1,500 people.",
    ]
)


def test_an_outlets_follow_up_days_later_is_no_later_version_and_no_copying_line() -> None:
    """A paper's report of an arrest and its follow-up three days later (two officers held)
    share the story's names and phrasing but not a sentence: the follow-up is no later version
    whose changes ("Monday" -> "Thursday") are its updates, who copied whom gives it no
    line of its own outlet's text repeated, 0% copied, and the stories table counts it as no
    reusing pair (acceptance round 32, b5, c7, b11; its retest)."""
    documents = [
        Document(
            "gazette_sunday", "Harlow Gazette", ARREST_FIRST, published_time="2026-03-23T09:00:00Z"
        ),
        Document(
            "gazette_thursday",
            "Harlow Gazette",
            ARREST_FOLLOW_UP,
            published_time="2026-03-26T15:00:00Z",
        ),
    ]
    result = compare_documents(documents, single_story=True)
    (pair,) = result.pairs
    # Its stock runs of names ("Harlow Gazette", "on Sunday") are no reuse since round 40's c3.
    assert (pair.verdict, pair.a_in_b, pair.b_in_a) == (Verdict.INDEPENDENT, 0.0, 0.0)
    assert pair.follow_up and not pair.one_report
    page = render_story(result, result.stories[0])
    assert "What each later version changed" not in page
    assert "No article here reuses another's text." in page
    index = render_index(result)
    assert "repeats text of its own outlet's" not in index.split("## Documents")[0]
    assert _stories_reuse(index) == [["0", "0"]]


def test_documents_tables_lead_with_outlet_and_title_and_pairs_name_headline_ids_by_title() -> None:
    """A saved page whose id is its headline made a file name leads no documents table: each
    row opens with the outlet, title and date and ends with the id ``--focus`` takes, and a
    pair's verdict line names the page by its outlet and its title's first words, not the id
    (retest of acceptance round 32, c4)."""
    long_id = "2026-03-04_harwood-ledger_bridge-closure-scoop-final-v2"
    ledger = document(
        "The Mill Street bridge will close for six months from Nov. 3, the city engineer said.\n"
        "Drivers from Eastside face a nine-mile detour along Route 9.",
        long_id,
        "Harwood Ledger",
        title="Mill Street bridge to close for six months",
        published="2026-03-04",
    )
    copy = document(
        "The Mill Street bridge will close for six months from Nov. 3, the city engineer said.\n"
        "Drivers from Eastside face a nine-mile detour along Route 9.",
        "buzz",
        "Local Buzz",
        title="Bridge closing",
        published="2026-03-05",
    )
    result = compare_documents([ledger, copy])
    index = render_index(result)
    header = next(line for line in index.splitlines() if line.startswith("| source "))
    assert [cell.strip() for cell in header.split("|")][1:4] == ["source", "title", "date"]
    assert header.rstrip(" |").endswith("| id")
    row = next(line for line in index.splitlines() if line.startswith("| Harwood Ledger "))
    assert row.rstrip(" |").endswith(long_id.replace("_", "\\_"))
    pair = "\n".join(markdown_report.render_pair_report(result))
    assert "Local Buzz (buzz) reuses Harwood Ledger, “Mill Street bridge to close for …”" in pair
    assert long_id.replace("_", "\\_") not in pair


def test_a_page_time_without_a_zone_is_shown_as_given_and_said_to_give_none(
    tmp_path: Path,
) -> None:
    """A saved page that dates itself "2025-10-14T07:15:00", no zone, and a text file's date
    line "Published 14:30, 12 March 2026" are dated in the report by their day and that time,
    said to give no zone, not by a bare day with the warning on stderr alone; report.json
    gives the time apart (retest of acceptance round 32, c4)."""
    page = (
        "<html><head><title>Council members took $38,500 from developer</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council '
        'members took $38,500 from developer", "datePublished": "2025-10-14T07:15:00"}'
        "</script></head><body><article><h1>Council members took $38,500 from developer</h1>"
        "<p>Three Brockton council members took $38,500 in campaign money from the developer "
        "of the Elm Park towers, filings show.</p><p>The council votes on the towers next "
        "week.</p></article></body></html>"
    )
    (tmp_path / "buzz.html").write_text(page, encoding="utf-8")
    (tmp_path / "herald.txt").write_text(
        "Harbour fire closes ferry terminal\n\nPublished 14:30, 12 March 2026\n\nA fire at the "
        "Dunmore ferry terminal closed the harbour on Thursday, the coastguard said.\n",
        encoding="utf-8",
    )
    result = compare_paths([str(tmp_path)])
    index = render_index(result)
    assert "| 2025-10-14 07:15 (no zone given) |" in re.sub(r" +\|", " |", index)
    assert "| 2026-03-12 14:30 (no zone given) |" in re.sub(r" +\|", " |", index)
    documents = {d["id"]: d for d in report_json(result)["documents"]}
    assert (documents["buzz"]["published_unzoned_time"], documents["buzz"]["published_time"]) == (
        "07:15",
        None,
    )


# A county paper's lawsuit report and its library story two weeks later, which repeats the
# lawsuit's background line word for word (invented).
PAVING_BACKGROUND = (
    "The county paid $4.2 million to Dunmore Paving in 2023 for repairs to Old Mill Road and "
    "Ferris Lane that inspectors later found were never finished."
)
PAVING_LAWSUIT = "\n".join(
    [
        "County commissioners voted 4-1 on Tuesday to sue Dunmore Paving over unfinished road repairs.",
        PAVING_BACKGROUND,
        "Commissioner Ruth Alvey cast the lone vote against the lawsuit, saying the county should first finish its own audit.",
        "The suit will be filed in Marlow Circuit Court next week, county attorney Glen Price said.",
    ]
)
LIBRARY_DIRECTOR = "\n".join(
    [
        "The Marlow County library board named Teresa Okafor its new director on Monday, ending a six-month search.",
        "Okafor, who ran the Fenwick branch for nine years, starts Nov. 3 at a salary of $98,000.",
        PAVING_BACKGROUND,
        "The board's chair said Okafor's first task will be reopening the east branch, closed since a roof leak in March.",
    ]
)


def test_an_outlets_own_background_line_in_another_story_is_no_reuse_to_list() -> None:
    """A paper's story on another subject that repeats its own earlier article's background line
    word for word reuses no one's text: the two stories add no pair across them, so who copied
    whom lists no "repeats text" line and the stories table counts no reusing pair (retest of
    acceptance round 32, c7)."""
    documents = [
        document(PAVING_LAWSUIT, "post_paving", "Marlow Post", published="2025-10-07"),
        document(LIBRARY_DIRECTOR, "post_library", "Marlow Post", published="2025-10-21"),
    ]
    result = compare_documents(documents)
    assert [s.documents for s in result.stories] == [("post_paving",), ("post_library",)]
    assert result.across == ()
    index = render_index(result)
    assert "## Who copied whom" not in index
    assert "repeats text" not in index
    assert _stories_reuse(index) == [["0", "0"]] * 2


def _stories_reuse(index: str) -> list[list[str]]:
    """The last two cells of each row of an index's stories table: its reusing pairs and its
    undisclosed ones."""
    rows = [line for line in index.splitlines() if line.startswith("| [story-")]
    return [[cell.strip() for cell in row.split("|")[-3:-1]] for row in rows]


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        pytest.param(
            CreditKind.ISSUER_NAMED,
            "names the issuer only, no credit of the release",
            id="issuer_named_only",
        ),
        pytest.param(CreditKind.RELEASE_NAMED, "credits it", id="release_named"),
    ],
)
def test_a_paste_that_only_names_the_company_does_not_credit_the_release(
    kind: CreditKind, said: str
) -> None:
    """A near-verbatim copy of a release whose only credit is the company named as its news
    ("Quarry Labs reported ...") is told apart from one that credits the release, in its verdict
    line and its credit line (acceptance round 32, a11: "credits it" made a paste look
    disclosed)."""
    credit = Credit("blog", Span((0,), 0, 40, "Quarry Labs reported revenue of $412 million."))
    pair = _derived_pair(
        "release",
        "blog",
        DirectionBasis.PRESS_RELEASE,
        (replace(credit, kind=kind),),
    )
    names = {"release": "Quarry Labs press release", "blog": "Market Blog"}
    line = markdown_report._copy_line(pair, names, Settings(), {})
    assert f", {said}; order told" in line
    credit_line = markdown_report._copy_credit(pair)
    assert credit_line is not None
    assert credit_line.startswith(
        "Names the issuer only: B 1" if kind is CreditKind.ISSUER_NAMED else "Credit ("
    )


@pytest.mark.parametrize(
    ("named_as_copied", "said"),
    [
        pytest.param(
            True,
            "uncredited (names the issuer only in the release's own sentences)",
            id="issuer_named_in_the_releases_sentences",
        ),
        pytest.param(False, "uncredited", id="issuer_named_nowhere"),
    ],
)
def test_who_copied_whom_tells_a_paste_that_kept_the_issuers_name_from_one_naming_no_one(
    named_as_copied: bool, said: str
) -> None:
    """An uncredited copy of a university's release that keeps the release's "according to a
    study by scientists at the Ashgrove Institute" is told, in its who copied whom line, apart
    from one that names no one (acceptance 35, a6: a study checker counting who passed the
    release off as their own needs the two apart)."""
    pair = replace(
        _derived_pair("release", "wire", DirectionBasis.PRESS_RELEASE),
        undisclosed_reuse=True,
        release_named_only_as_copied=named_as_copied,
    )
    names = {"release": "Ashgrove Institute for Neuroscience", "wire": "Continental News Service"}
    line = markdown_report._copy_line(pair, names, Settings(), {})
    assert f", {said}; order told" in line


def test_releases_a_newswire_carried_are_named_and_counted_by_their_issuers() -> None:
    """Two companies' releases carried by one newswire are each named by its issuer, the wire
    beside it, and are two outlets of the outlet table, not one "Business Wire" (acceptance
    round 32, a10)."""
    releases = [
        (
            "quarry-q2",
            "Quarry Labs Inc. reported second-quarter revenue of $412 million, up 6%, and "
            "raised its full-year outlook.",
            "About Quarry Labs\nQuarry Labs Inc. designs lidar sensors for farm machinery.",
        ),
        (
            "tessel-q2",
            "Tessel Foods Inc. reported second-quarter sales of $96 million, down 2%, as "
            "cereal volumes fell.",
            "About Tessel Foods\nTessel Foods Inc. makes breakfast cereals in Ohio.",
        ),
    ]
    documents = []
    for id, news, about in releases:
        release = document(f"{news}\n\n{about}\n", id, "Business Wire", published="2025-08-05")
        documents.append(replace(release, press_release=True))
        documents.append(document(news, f"blog-{id}", "Ticker Blog", published="2025-08-06"))
    result = compare_documents(documents)
    index = render_index(result)
    for issuer in ("Quarry Labs", "Tessel Foods"):
        assert re.search(rf"\| {issuer} press release \(Business Wire\) +\| 1 ", index)
        assert f"Ticker Blog reuses {issuer} press release (Business Wire): copy" in index
    assert "Business Wire (press release)" not in index


def test_a_caveat_the_copy_restates_without_its_hedge_is_not_left_out() -> None:
    """A blog that restates, in words of its own, the release's hedged "may ease" as "will
    ease" has its hedge removed, not the sentence left out: the summary does not say it "left
    out 1 caveat of the release" beside the section's "(3) restating (3)" (retest of acceptance
    32, R4)."""
    release = document(
        "Acme Robotics Inc. reported third-quarter revenue of $108 million, up 9% from a year "
        "earlier.\n\nChief executive Dana Holt said demand for warehouse robots remained strong "
        "in Europe.\n\nThe company anticipates that shortages of imported servo motors may ease "
        "in the first half of fiscal 2026, but cautioned that orders from parcel carriers could "
        "remain soft.\n\nAbout Acme Robotics\nAcme Robotics Inc. makes warehouse robots in Ohio.\n",
        "acme-q3",
        "Acme Robotics",
        published="2025-10-28T12:00:00Z",
    )
    blog = document(
        "Acme Robotics Inc. reported third-quarter revenue of $108 million, up 9% from a year "
        "earlier.\n\nChief executive Dana Holt said demand for warehouse robots remained strong "
        "in Europe.\n\nShortages of imported servo motors will ease in the first half of fiscal "
        "2026.\n\nWe think the shares are cheap.\n",
        "blog-acme",
        "Ticker Blog",
        published="2025-10-28T16:00:00Z",
    )
    result = compare_documents([replace(release, press_release=True), blog])
    page = render_story(result, result.stories[0])
    assert "- (3) restating (3): hedge or caveat removed (“anticipates, could, may”)" in page
    assert "left out" not in page


def test_a_copys_hedge_removal_is_told_against_the_release_it_reuses() -> None:
    """A blog that reuses a company's release and turns its "expects" into "will" is told so
    against the release in the story's summary, though who copied whom traces that sentence to
    a paper's rewrite that kept the hedge (acceptance round 32, a6: told only "from" the paper,
    the release's own words were never shown changed)."""
    release = document(
        "Acme Robotics Inc. reported third-quarter revenue of $108 million, up 9% from a year "
        "earlier.\n\nThe company expects full-year revenue to be in the range of $410 million to "
        "$430 million.\n\nChief executive Dana Holt said demand for warehouse robots remained "
        "strong in Europe.\n\nAbout Acme Robotics\nAcme Robotics Inc. makes warehouse robots in "
        "Ohio.\n",
        "acme-q3",
        "Acme Robotics",
        published="2025-10-28T12:00:00Z",
    )
    ledger = document(
        "Acme Robotics reported third-quarter revenue of $108 million on Tuesday, up 9% from a "
        "year earlier.\n\nAcme expects full-year revenue of $410 million to $430 million, the "
        "warehouse robot maker said.\n\nChief executive Dana Holt said demand for its robots "
        "remained strong in Europe.\n",
        "ledger-acme",
        "Daily Ledger",
        published="2025-10-28T14:00:00Z",
    )
    blog = document(
        "Acme Robotics Inc. reported third-quarter revenue of $108 million, up 9% from a year "
        "earlier.\n\nAcme will deliver full-year revenue of $410 million to $430 million, the "
        "warehouse robot maker said.\n\nWe think the shares are cheap.\n",
        "blog-acme",
        "Ticker Blog",
        published="2025-10-28T16:00:00Z",
    )
    result = compare_documents([replace(release, press_release=True), ledger, blog])
    page = render_story(result, result.stories[0])
    changed = page[page.index("**What each copy changed**") : page.index("Below:")]
    from_release = changed[changed.index("- Ticker Blog, from Acme Robotics:") :]
    assert "sentence 2: hedge or caveat removed (“expects”)" in from_release
    assert "Ticker Blog, from Daily Ledger" not in changed


@pytest.mark.parametrize(
    ("bridge", "carried"),
    [
        pytest.param("Shares in the hospital's owner rose 15% on Monday.", False, id="share"),
        pytest.param("Paramedics treated 15 patients at the scene.", True, id="count"),
    ],
)
def test_a_figure_is_carried_through_a_third_article_only_as_the_same_measure(
    bridge: str, carried: bool
) -> None:
    """A bridge that gives 15% of shares carries no "15 patients" told as "20 patients": the
    figures it gives must count what the note's count (review 32d, 3)."""
    note = FramingNote(FramingKind.NUMBER_CHANGED, "15 patients", "20 patients")
    assert _carried_through(note, bridge) is carried


# A water utility's boil notice as a wire ran it, for :func:`boil_notice_story`.
BOIL_WIRE = [
    "HARLOW BAY (Coastline Press) \u2014 Residents of six districts in Harlow Bay were told on "
    "Friday to boil their tap water after a main burst near the treatment works.",
    "About 18,000 homes are affected, the utility said.",
    "Engineers expect to finish repairs by Sunday evening, a spokeswoman said.",
    "Bottled water will be handed out at the town hall and the sports centre.",
]


def boil_notice_story(papers: int, framed: Mapping[str, tuple[str, str]]) -> Result:
    """The boil notice and ``papers`` papers that run it the next day under the wire's
    dateline, crediting it, but for those of ``framed``, which drop the dateline (crediting
    nothing) and change one phrase of it, each its own."""
    lede = BOIL_WIRE[0].split("\u2014 ")[1]
    docs = [document("\n".join(BOIL_WIRE), "wire", "Coastline Press", published="2025-08-01")]
    for n in range(1, papers + 1):
        name = f"paper{n:02}"
        text = "\n".join(BOIL_WIRE)
        if name in framed:
            text = "\n".join([lede, *BOIL_WIRE[1:]]).replace(*framed[name])
        docs.append(document(text, name, published="2025-08-02"))
    docs = [replace(d, credits=find_credits(d.text)) for d in docs]
    return compare_documents(docs, single_story=True)


def test_a_summary_names_the_framing_of_every_copy_not_only_those_listed() -> None:
    """Of a wire story twelve papers run, who copied whom names ten; the two papers that turned
    the utility's "said" into "claimed" and the engineers' "expect" into "will" credit nothing
    and are named first, and what each copy changed names both, a line each, however many
    copies who copied whom leaves out."""
    framed = {
        "paper11": ("the utility said", "the utility claimed"),
        "paper12": ("Engineers expect to finish", "Engineers will finish"),
    }
    result = boil_notice_story(12, framed)
    page = render_story(result, result.stories[0])
    who = page[page.index("**Who copied whom:**") : page.index("**What each copy changed**")]
    copies = [line for line in who.splitlines() if line.startswith("- ")]
    assert copies[-1].startswith("- \u2026 2 more")
    assert [line.split(" reuses ")[0] for line in copies[:2]] == ["- paper11", "- paper12"]
    changed = page[page.index("**What each copy changed**") : page.index("Below:")]
    assert [line for line in changed.splitlines() if line.startswith("- ")] == [
        "- paper12, from Coastline Press: sentence 3: hedge or caveat removed (\u201cexpect\u201d)",
        "- paper11, from Coastline Press: sentence 2: attribution verb changed "
        "(\u201csaid\u201d \u2192 \u201cclaimed\u201d)",
    ]
    assert "No copy changes the framing" not in page


def test_a_summary_counts_the_framed_copies_past_its_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past MAX_FRAMED_COPIES copies that change the framing, the summary counts the others and
    says where they are, never that no copy changed the framing."""
    monkeypatch.setattr(markdown_report, "MAX_FRAMED_COPIES", 1)
    framed = {
        "paper01": ("the utility said", "the utility claimed"),
        "paper02": ("Engineers expect to finish", "Engineers will finish"),
        "paper03": ("a spokeswoman said", "a spokeswoman insisted"),
    }
    result = boil_notice_story(3, framed)
    page = render_story(result, result.stories[0])
    changed = page[page.index("**What each copy changed**") : page.index("Below:")]
    lines = [line for line in changed.splitlines() if line.startswith("- ")]
    assert lines[1:] == ["- \u2026 and 2 more copies change framing: see the pair sections below."]
    assert lines[0].startswith(
        "- paper02, from Coastline Press: sentence 3: hedge or caveat removed"
    )


FRENCH_WIRE = (
    "Des manifestants ont bloqué le dépôt de bus de Villeneuve mardi matin, a indiqué la "
    "préfecture dans un communiqué. Selon la police, 40 personnes ont été interpellées."
)


@pytest.mark.usefixtures("package_terms_after")
def test_a_pair_section_counts_the_loaded_terms_added_as_checked() -> None:
    """A loaded term the user adds with --terms is read in French text, where the package lists
    none: the section says the added ones were checked, not that loaded terms were not (and that
    --terms would add them), which contradicts the note it names."""
    use_terms(AddedTerms(loaded_terms=("casseurs",)))
    copy = FRENCH_WIRE.replace("Des manifestants", "Des casseurs")
    section = _pair_section(
        document(FRENCH_WIRE, "wire", "Agence Ouest"), document(copy, "copy", "Le Courrier")
    )
    (line,) = [line for line in section.splitlines() if line.startswith("In French, ")]
    assert "the loaded terms --terms adds" in line.split("; ")[0]
    assert "loaded terms, " not in line.split("; ")[1] and "--terms adds loaded" not in line
    assert "casseurs" in section


def test_an_update_told_by_its_slugs_too_is_an_update() -> None:
    """A write-through's tag told again by its headline's "UPDATE 1" slug is listed as an
    update, with the article an update takes."""
    body = (
        "KESSEL, May 7 (Meridian Wire) - Floodwater closed 14 roads around Kessel on Thursday, "
        "the county council said.\n\nThe river was expected to peak overnight."
    )
    update = Document(
        "v2",
        "Meridian Wire",
        f"(Updates with road closures in paragraph 1)\n\n{body}",
        title="UPDATE 1-Floodwater closes 14 roads around Kessel",
    )
    page = page_of_wire_and_copy(update)
    assert "(an update, told also by its headline's slugs “UPDATE 1”)" in page
    assert "(a update" not in page


def test_a_pair_framing_table_shows_a_notes_words_as_printed() -> None:
    """A quotation's cut words are shown in the framing table as the article prints them, with
    their capitals and commas ("I won't say, at this point, that"), so an investigator can quote
    them; report.json keeps the note's own reading beside their exact spans."""
    docs = [
        document(
            "The depot on Quay Street will stay open until the autumn, the council said.\n"
            '"I won\'t say, at this point, that the depot is safe for ever," said Cllr Ada Moyle.',
            "gazette",
            published="2025-05-02",
        ),
        document(
            "The depot on Quay Street will stay open until the autumn, the council said.\n"
            '"The depot is safe for ever," said Cllr Ada Moyle.',
            "courier",
            published="2025-05-03",
        ),
    ]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    table = "\n".join(render_pair(result, pair))
    assert "| I won't say, at this point, that |" in table
    assert "i won't say at this point that" not in table


COURT_RECORD = (
    "---\nsource: Vale Gazette\ndate: 2025-03-10\n---\n"
    "A Dunmore councillor has been charged with fraud over claims he inflated his expenses.\n\n"
    "Councillor Alan Brice, 58, is accused of claiming £14,000 for journeys he never made.\n\n"
    "He appeared at Dunmore Magistrates' Court on Monday and was granted bail.\n"
)


def test_index_lists_what_each_article_changed_of_the_record(tmp_path: Path) -> None:
    """With a record, the index lists, an article a line, the framing changes each made of it
    (a hedge dropped, an age changed), and names those that changed none: a legal desk reads
    the run's changes in one place, not story by story."""
    (tmp_path / "record.txt").write_text(COURT_RECORD, encoding="utf-8")
    (tmp_path / "herald.txt").write_text(
        COURT_RECORD.replace("Vale Gazette", "Moor Herald")
        .replace("is accused of claiming", "claimed")
        .replace("58", "85"),
        encoding="utf-8",
    )
    (tmp_path / "post.txt").write_text(
        COURT_RECORD.replace("Vale Gazette", "Tarrow Post"), encoding="utf-8"
    )
    result = compare_paths([tmp_path], record=[tmp_path / "record.txt"])
    index = markdown_report.render_index(result).splitlines()
    at = index.index("## What each article changed of the record")
    assert index.index("## Who copied whom") > at
    story = f"[story-001]({markdown_report.story_file_name(result.stories[0])})"
    assert index[at + 4 : at + 6] == [
        f"- Moor Herald (herald), against Vale Gazette (record) ({story}): `hedge_removed` "
        "“accused of” → -; `number_changed` “58” → “85”",
        "- No framing change of the record: Tarrow Post (post).",
    ]
    assert "## What each article changed of the record" not in markdown_report.render_index(
        compare_paths([tmp_path])
    )


def test_a_copy_of_a_copy_beside_the_record_is_not_said_to_change_nothing(tmp_path: Path) -> None:
    """With a record, the Moor Herald changes it and the Tarrow Post, a day later, runs the
    Herald's text crediting it: the story lists what both changed of the record, and of the
    Post's copy of the Herald, which changes nothing of what it took, says only that, not that
    no copy changes the framing of the text it took."""
    (tmp_path / "record.txt").write_text(COURT_RECORD, encoding="utf-8")
    herald = (
        COURT_RECORD.replace("Vale Gazette", "Moor Herald")
        .replace("is accused of claiming", "claimed")
        .replace("2025-03-10", "2025-03-11")
    )
    (tmp_path / "herald.txt").write_text(herald, encoding="utf-8")
    (tmp_path / "post.txt").write_text(
        herald.replace("Moor Herald", "Tarrow Post").replace("2025-03-11", "2025-03-12")
        + "\nSource: Moor Herald\n",
        encoding="utf-8",
    )
    result = compare_paths([tmp_path], record=[tmp_path / "record.txt"])
    page = markdown_report.render_story(result, result.stories[0])
    assert "**What each article changed of the record**" in page
    assert "No copy changes the framing of the text it took." not in page
    assert (
        "No copy changes the framing of what it took from an article other than the record." in page
    )


@pytest.fixture(scope="module")
def library_assignment(tmp_path_factory: pytest.TempPathFactory) -> Result:
    """A lecturer's run: the library assignment with its release, wire and interview notes
    each given as a record (--record three times)."""
    folder = tmp_path_factory.mktemp("assignment")
    records = write_library_assignment(folder)
    return compare_paths([folder], single_story=True, record=records)


def test_the_sources_are_named_apart_from_the_likely_origins(library_assignment: Result) -> None:
    """The three records are the story's record, each with how many students reused it, never
    "likely origins" beside the student whose story another student's copies; the documents
    table lists them first, marked, and report.json says which documents are records."""
    result = library_assignment
    page = render_story(result, result.stories[0]).splitlines()
    assert [line for line in page if line.startswith(("**Likely origin", "**The record"))] == [
        "**Likely origin:** submissions/Dowd\\_Sean\\_story, probably reused by 1 article; "
        "order guessed from what each holds of the other.",
        "**The record:** JOUR 110 interview notes (2026-04-14), reused by 2 articles, Dunmore "
        "Borough Council (2026-04-14), reused by 1 article and Kestrel News Agency (2026-04-14), "
        "reused by 2 articles (`--record`): every other article is read against it, its framing "
        "differences what it changed of the record.",
    ]
    index = render_index(result).splitlines()
    table = index[index.index("## Documents") + 4 :]
    assert [row.split("|")[1].strip() for row in table[:4]] == [
        "JOUR 110 interview notes (`--record`)",
        "Dunmore Borough Council (`--record`)",
        "Kestrel News Agency (`--record`)",
        "submissions/Adams\\_Ruth\\_story",
    ]
    documents = report_json(result)["documents"]
    assert {d["id"] for d in documents if d["of_record"]} == {"notes", "release", "wire"}


def test_the_assignment_is_titled_by_a_headline_not_the_interview_notes(
    library_assignment: Result,
) -> None:
    """The interview notes come first among the sources, but "Interview notes: ..." labels the
    class's material: the story and its page take the council's headline."""
    (story,) = library_assignment.stories
    assert story.title == "Harbour Road library to close for eight months of repairs"
    assert story_file_name(story) == "story-001-harbour-road-library-to-close-for-eight.md"


def test_quotations_left_out_of_the_record_are_counted_and_each_student_named_once(
    library_assignment: Result,
) -> None:
    """A student who quotes the interview notes in part changed none of their words: the index
    names them once under the notes instead of quoting every line left out, and names each
    student who changed nothing once per source, not once per pair."""
    index = render_index(library_assignment)
    section = index.split("## What each article changed of the record")[1].split("## ")[0]
    lines = [line for line in section.splitlines() if line.startswith("- ")]
    assert not [line for line in lines if "`quote_words_removed`" in line]
    assert lines[-4:] == [
        "- Only quotations of JOUR 110 interview notes (notes) left out: submissions/Dowd\\_Sean"
        "\\_story (Dowd\\_Sean\\_story).",
        "- No framing change of JOUR 110 interview notes (notes): submissions/Adams\\_Ruth\\_story"
        " (Adams\\_Ruth\\_story), submissions/Cole\\_Maya\\_story (Cole\\_Maya\\_story),"
        " submissions/Evans\\_Lia\\_story (Evans\\_Lia\\_story).",
        "- No framing change of Dunmore Borough Council (release): submissions/Adams\\_Ruth"
        "\\_story (Adams\\_Ruth\\_story), submissions/Bello\\_Kofi\\_story (Bello\\_Kofi"
        "\\_story), submissions/Cole\\_Maya\\_story (Cole\\_Maya\\_story), submissions/Dowd"
        "\\_Sean\\_story (Dowd\\_Sean\\_story), submissions/Evans\\_Lia\\_story (Evans"
        "\\_Lia\\_story).",
        "- No framing change of Kestrel News Agency (wire): submissions/Adams\\_Ruth\\_story"
        " (Adams\\_Ruth\\_story), submissions/Cole\\_Maya\\_story (Cole\\_Maya\\_story),"
        " submissions/Dowd\\_Sean\\_story (Dowd\\_Sean\\_story).",
    ]
    assert len(lines) == len(set(lines))


def test_the_index_gives_each_student_against_each_source(library_assignment: Result) -> None:
    """A lecturer grades from one table: each student's share, longest run and credit for each
    source, the interview quotation taken from the wire named, and the classmate whose text,
    in no source, a student shares."""
    index = render_index(library_assignment).splitlines()
    at = index.index("## Each article against the record")
    assert index.index("## What each article changed of the record") > at
    cells = {
        row.split("|")[1].strip(): [cell.strip() for cell in row.split("|")[2:-1]]
        for row in index[at + 6 : at + 11]
    }
    assert cells == {
        "submissions/Adams\\_Ruth\\_story (Adams\\_Ruth\\_story)": [
            "derived, 24%, longest run 5 words, uncredited",
            "derived, 76%, longest run 60 words, uncredited",
            "-",
            "-",
        ],
        "submissions/Bello\\_Kofi\\_story (Bello\\_Kofi\\_story)": [
            "partial, 17%, longest run 6 words, uncredited",
            "-",
            "derived, 75%, longest run 43 words, credits it",
            "-",
        ],
        "submissions/Cole\\_Maya\\_story (Cole\\_Maya\\_story)": [
            "-",
            "-",
            "-",
            "submissions/Dowd\\_Sean\\_story (Dowd\\_Sean\\_story): 84 words",
        ],
        "submissions/Dowd\\_Sean\\_story (Dowd\\_Sean\\_story)": [
            "-",
            "-",
            "-",
            "submissions/Cole\\_Maya\\_story (Cole\\_Maya\\_story): 84 words",
        ],
        "submissions/Evans\\_Lia\\_story (Evans\\_Lia\\_story)": [
            "-",
            "-",
            "partial, no sentence copied, quotes its interview (“told Kestrel”) without saying "
            "so, uncredited",
            "-",
        ],
    }


def test_a_students_focus_page_says_what_it_credited(library_assignment: Result) -> None:
    """--focus of one student opens with what the story took from each source and whether it
    credits it."""
    page = markdown_report.render_focus(library_assignment, "Bello_Kofi_story").splitlines()
    at = page.index("## Against the record")
    assert page[at + 2 : at + 6] == [
        "- JOUR 110 interview notes (notes): partial, 17%, longest run 6 words, uncredited.",
        "- Dunmore Borough Council (release): nothing taken.",
        "- Kestrel News Agency (wire): derived, 75%, longest run 43 words, credits it.",
        "- Shares no text with another article that no record holds.",
    ]


def test_a_flag_for_an_interview_quotation_alone_says_why(library_assignment: Result) -> None:
    """Lia Evans copied no sentence of the wire, only a quotation it says Maureen Tait "told
    Kestrel": her pair's verdict line says that, not that the text is the agency's."""
    result = library_assignment
    page = render_story(result, result.stories[0]).splitlines()
    heading = page.index("## Kestrel News Agency vs submissions/Evans\\_Lia\\_story")
    verdict = page[heading + 2]
    assert verdict.endswith(
        "Undisclosed reuse: submissions/Evans\\_Lia\\_story carries a quotation given to "
        "Kestrel News Agency (“told Kestrel”) without saying so; it copies none of Kestrel News "
        "Agency's own sentences."
    )
    assert "whose text it is" not in verdict


def test_quoting_the_class_interview_notes_is_no_quotation_only_two_carry(
    library_assignment: Result,
) -> None:
    """Lia Evans quotes the librarian as the class's interview notes, a record, give her: every
    student may, and the summary does not call it a quotation only two articles carry,
    uncredited; the quotation the wire says Maureen Tait "told Kestrel" it still lists."""
    page = render_story(library_assignment, library_assignment.stories[0]).splitlines()
    at = page.index(next(line for line in page if line.startswith("**Quotations only two")))
    assert page[at + 2 : at + 4] == [
        "- submissions/Evans\\_Lia\\_story shares 1 quotation (13 words) only Kestrel News "
        "Agency carries, uncredited.",
        "",
    ]


PIER_URL = "https://tarrow-echo.example/news/pier-collapse"
PIER = [
    "Part of Tarrow pier collapsed into the sea on Saturday night, the coastguard said.",
    "Nobody was on the pier at the time, and the council closed the promenade as a precaution.",
    "Engineers will inspect the remaining structure on Monday, a council spokesperson said.",
]
PIER_CLAIM = (
    "Inspectors had warned the council about corroded supports two years ago, a source close "
    "to the inquiry said."
)


def pier_versions() -> Result:
    """The Tarrow Echo's three versions of one article: the second adds a claim and sharpens
    its headline with no note, the third removes the claim again, unsaid."""
    texts = [
        ("Tarrow pier partly collapses", PIER, "2026-03-07T22:00:00Z"),
        (
            "Tarrow pier collapse followed ignored warnings",
            [*PIER, PIER_CLAIM],
            "2026-03-07T23:00:00Z",
        ),
        ("Tarrow pier partly collapses", PIER, "2026-03-08T01:00:00Z"),
    ]
    return compare_documents(
        [
            Document(
                f"echo-v{n}",
                "Tarrow Echo",
                "\n\n".join(paragraphs),
                title=headline,
                url=PIER_URL,
                published_time="2026-03-07T22:00:00Z",
                modified_time=modified,
            )
            for n, (headline, paragraphs, modified) in enumerate(texts, start=1)
        ]
    )


def test_the_summary_lists_what_each_later_version_removed_and_added() -> None:
    """A story's summary says what each later version changed beyond its framing: its headline,
    the sentences it added and removed, quoted, and what told it (a sentence added without a
    note, changed without a note); a version pair's section heads the earlier's sentences the
    later lacks as what the later removed (acceptance round 36, a4 and a5)."""
    result = pier_versions()
    page = render_story(result, result.stories[0])
    versions = page.split("**What each later version changed**")[1].split("\n\n")[1]
    assert versions.splitlines() == [
        "- Tarrow Echo, 2026-03-07 23:00 UTC version, from Tarrow Echo, 2026-03-07 22:00 UTC "
        "version (a sentence added without a note): headline changed (“Tarrow pier partly "
        "collapses” → “Tarrow pier collapse followed ignored warnings”); added sentence 4 "
        f"“{PIER_CLAIM}”",
        "- Tarrow Echo, 2026-03-08 01:00 UTC version, from Tarrow Echo, 2026-03-07 23:00 UTC "
        "version (changed without a note): headline changed (“Tarrow pier collapse followed "
        "ignored warnings” → “Tarrow pier partly collapses”); removed the earlier's sentence 4 "
        f"“{PIER_CLAIM}”",
    ]
    assert "(a sentence added without a note; headline changed)" in page
    by_pair = {frozenset((p.a, p.b)): p for p in result.pairs}
    section = "\n".join(render_pair(result, by_pair[frozenset(("echo-v2", "echo-v3"))]))
    assert "### What Tarrow Echo, 2026-03-08 01:00 UTC version removed" in section
    assert " adds\n" not in section
    flags = {
        (pair["a"], pair["b"]): (pair["changed_without_note"], pair["added_without_note"])
        for pair in report_json(result)["pairs"]
    }
    assert flags[("echo-v1", "echo-v2")] == (False, True)
    assert flags[("echo-v2", "echo-v3")] == (True, False)


def test_a_version_pairs_verdict_is_headed_as_versions_not_a_copy() -> None:
    """Two versions of one article reuse nothing: their section heads them as versions, the
    verdict by their texts alone after it, never "Verdict: copy" over an update (acceptance
    round 36, a9)."""
    result = pier_versions()
    by_pair = {frozenset((p.a, p.b)): p for p in result.pairs}
    section = render_pair(result, by_pair[frozenset(("echo-v1", "echo-v2"))])
    verdict = next(line for line in section if line.startswith("**"))
    assert verdict.startswith("**Versions of one article** (by their texts alone: ")
    assert "**Verdict:" not in "\n".join(section)


def test_versions_whose_times_tell_no_order_are_listed_not_chained() -> None:
    """Versions none of which gives a modification or capture time are listed as versions whose
    order cannot be told, not drawn as a chain of one time repeated (acceptance round 36, a9)."""
    result = compare_documents([replace(d, modified_time=None) for d in pier_versions().documents])
    page = render_story(result, result.stories[0])
    assert (
        "- Tarrow Echo's article: 3 versions whose order cannot be told (no modification or "
        "capture time sets each apart): echo-v1, echo-v2, echo-v3."
    ) in page
    assert "→" not in page.split("## Who copied whom")[0]


def test_undated_drafts_are_listed_by_their_version_numbers_not_their_names(
    tmp_path: Path,
) -> None:
    """A student's undated draft and two resubmissions, ``_v2`` and ``_v10``: no time orders
    them, so they are listed, not chained, by the numbers their file names give them, where
    their ids would put ``_v10`` before ``_v2``."""
    folder = tmp_path / "submissions"
    folder.mkdir()
    draft = (
        "Rainwater dripped into the Harbour Road library for a third winter before the council "
        "agreed to fix its roof.\n\nThe library will shut in May for eight months, and readers "
        "will be sent to the Quayside branch two miles away.\n\nRuth Amos, who runs the "
        "homework club, said forty children would lose their quiet place to study.\n"
    )
    (folder / "Price_Ana_story.txt").write_text(draft, encoding="utf-8")
    (folder / "Price_Ana_story_v2.txt").write_text(
        draft.replace("a third winter", "three winters"), encoding="utf-8"
    )
    (folder / "Price_Ana_story_v10.txt").write_text(
        draft.replace("two miles away", "across town"), encoding="utf-8"
    )
    result = compare_paths([tmp_path])
    page = render_story(result, result.stories[0])
    assert (
        "3 versions whose order cannot be told (no modification or capture time sets each "
        "apart): Price\\_Ana\\_story, Price\\_Ana\\_story\\_v2, Price\\_Ana\\_story\\_v10."
    ) in page


WALKING_OWN_REPORT = [
    "Members of the Tarn Striders club have walked 40,000 miles between them this year.",
    "Club secretary Joan Pell said the Saturday walks now draw 80 people.",
    "The club is asking the council to light the towpath through Tarn Park.",
]


@pytest.mark.parametrize(
    ("paper", "published"),
    [
        pytest.param(WALKING_OWN_REPORT, "2026-05-05", id="took_nothing_of_it"),
        pytest.param(WALKING_RELEASE[:2], "2026-05-03", id="published_before_it"),
    ],
)
def test_what_an_article_left_out_of_a_record_it_did_not_draw_on_is_not_listed(
    paper: list[str], published: str
) -> None:
    """A paper that took nothing of the university's release, or was out before it, left none of
    its caveats or figures out: neither the focus page nor the story's summary against the
    record (`--record`) says so (acceptance round 37, c8)."""
    docs = [
        Document(
            "release",
            "Larchmont University",
            "\n\n".join(WALKING_RELEASE),
            published="2026-05-04",
            of_record=True,
        ),
        Document("paper", "Tarn Gazette", "\n\n".join(paper), published=published),
    ]
    result = compare_documents(docs, single_story=True)
    assert "Left out" not in markdown_report.render_focus(result, "release")
    assert "left out" not in markdown_report.render_story(result, result.stories[0])


@pytest.mark.parametrize(
    ("unordered", "rest"),
    [
        pytest.param(
            frozenset({frozenset(("star", "ledger"))}),
            "the rest of them shared with Tarnside Ledger, which came first not known",
            id="order_with_the_other_not_known",
        ),
        pytest.param(frozenset(), "the rest of them taken from Tarnside Ledger", id="taken"),
    ],
)
def test_a_copy_line_says_text_shared_with_an_article_of_unknown_order_is_not_taken(
    unordered: frozenset[frozenset[str]], rest: str
) -> None:
    """A paper that took a campaign's statement and shares the rest of those sentences with
    another paper of the same day, whose own line says which came first is not known, shares
    them with it: the line above must not say it took them (acceptance round 37, c12)."""
    pair = PairComparison(
        "release", "star", "s", Verdict.PARTIAL, "a->b", 0.3, 0.3, 0.2, 0.2, 0.2, 0.2, 16,
        None, (), (), (), 0.0, direction_basis=DirectionBasis.PRESS_RELEASE,
    )  # fmt: skip
    sources = {
        "star": [Taken("star", "release", 0.15, False), Taken("star", "ledger", 0.15, False)]
    }
    names = {
        "release": "Friends of Brook Meadow",
        "star": "Evening Star",
        "ledger": "Tarnside Ledger",
    }
    line = markdown_report._copy_line(pair, names, Settings(), {}, sources, unordered)
    assert f"(30% in sentences the two share, {rest})" in line


def test_two_students_sharing_a_story_no_source_holds_are_listed_and_flagged_in_check() -> None:
    """A wire and two undated students, one of whom hands in the other's story of a bakery with
    a word changed, text the wire lacks: who copied whom names the two as sharing text
    uncredited, which came first not known, and `compare check` flags the pair."""
    wire = document(
        "Flour prices rose 18% in the year to March, the millers' federation said on Monday.",
        "wire",
        "Kestrel Wire",
        published="2026-04-06",
    )
    story = [
        "The Crumb and Kettle bakery on Mill Lane will close on Friday after 41 years, its owner "
        "Doreen Pike said.",
        "Mrs Pike, 72, said rising flour and energy bills had made the early starts hard.",
        "Regulars queued past the chemist on Tuesday morning for a last loaf of her sourdough.",
        "The shop's ovens will be sold to a cookery school in Hexley, she added.",
    ]
    first = document("\n\n".join(story), "lee_ann", "Ann Lee")
    second = document(
        "\n\n".join([story[0].replace("close", "shut"), *story[1:]]), "ray_tom", "Tom Ray"
    )
    result = compare_documents([wire, first, second], single_story=True)
    page = render_story(result, result.stories[0])
    assert "**Shared uncredited** (which came first is not known" in page
    assert "Ann Lee and Tom Ray (derived" in page
    check = "\n".join(markdown_report.render_check_report(result, {"ray_tom"}, 2, 5))
    assert (
        "Ann Lee (lee\\_ann), direction unknown (derived, shared, neither credits the other)"
        in check
    )


PELLOW_WIRE = (
    "The harbour road at Pellow will close on May 4 and is not expected to reopen until "
    "October, leaving about 300 residents to drive around the bay.",
    "The decision ends two years of argument over the sea wall's future.",
    "The county council said it had considered a temporary bridge but ruled it out on cost.",
)


def pellow_wire_and_spin() -> tuple[Document, Document]:
    """A wire story, and a student's run of two of its sentences through a paraphrasing tool,
    words swapped in place ("shut" for "close", "destiny" for "future"), the third reworded
    honestly."""
    wire = document("\n\n".join(PELLOW_WIRE), "wire", "Kestrel Wire", published="2026-04-06")
    spun = document(
        "The coastal route at Pellow will shut on May 4 and is not anticipated to open again "
        "until October, leaving roughly 300 inhabitants to travel round the inlet.\n\n"
        "The choice closes two years of dispute over the sea wall's destiny.\n\n"
        "A temporary bridge was looked at by the county, which decided it would cost too much.",
        "student",
        "Hana Obi",
        published="2026-04-07",
    )
    return wire, spun


def test_a_paraphrasing_tools_synonym_swaps_are_reported_apart_from_the_verdict() -> None:
    """A student runs two of the wire's sentences through a paraphrasing tool and rewords a
    third honestly: the pair's section, the story's summary and `compare check` name the two
    swapped sentences, not the honest one."""
    result = compare_documents(pellow_wire_and_spin())
    (pair,) = result.pairs
    assert [m.synonyms_swapped for m in pair.matches] == [True, True, False]
    section = "\n".join(markdown_report.render_pair(result, pair))
    assert "Synonyms swapped: A 1 / B 1, A 2 / B 2 read as one sentence" in section
    assert "synonyms swapped" in markdown_report.check_flags(pair, result)
    summary = render_story(result, result.stories[0])
    assert "Kestrel Wire and Hana Obi (2 sentences)" in summary


def test_a_classmate_who_lifted_the_wire_is_not_marked_against_the_student_who_spun_it() -> None:
    """A classmate lifts the two wire sentences the student spun, word for word: the spin is
    the student's against the wire, not against the classmate, so neither `compare check`, the
    pair's section nor the story's summary marks the classmate (retest of round 38, R5: eight
    wire lifters flagged "synonyms swapped" against the one who spun the wire)."""
    wire, spun = pellow_wire_and_spin()
    lifted = document(
        "\n\n".join(["Pellow's drivers face a long summer.", *PELLOW_WIRE[:2]]),
        "classmate",
        "Sam Dace",
        published="2026-04-07",
    )
    result = compare_documents([wire, spun, lifted], single_story=True)
    marked = {
        (p.a, p.b): "synonyms swapped" in markdown_report.check_flags(p, result)
        for p in result.pairs
    }
    assert marked == {
        ("wire", "student"): True,
        ("wire", "classmate"): False,
        ("student", "classmate"): False,
    }
    page = render_story(result, result.stories[0])
    assert "Kestrel Wire and Hana Obi (2 sentences)" in page
    assert "Hana Obi and Sam Dace" not in page


# A port's notice as a mainland agency sends it, and a Hong Kong paper's copy converted to
# Traditional, its quotations in corner brackets.
PORT_NOTICE_WIRE = (
    "海州港务局3日表示，受强降雨影响，港区暂停集装箱装卸作业。\n"
    "据统计，本周港区已积压货物约42万吨，另有1200个集装箱待运。\n"
    "港务局发言人李明辉说：“‘海鸥号’货轮将优先靠泊，请货主耐心等待。”\n"
    "气象部门预计，降雨将持续到5日，部分航线已经停航。\n"
    "港务局表示，港区将在天气好转后24小时内恢复作业。\n"
)
PORT_NOTICE_TRADITIONAL = (
    "海州港務局3日表示，受強降雨影響，港區暫停集裝箱裝卸作業。\n"
    "據統計，本週港區已積壓貨物約42萬噸，另有1200個集裝箱待運。\n"
    "港務局發言人李明輝說：「『海鷗號』貨輪將優先靠泊，請貨主耐心等待。」\n"
    "氣象部門預計，降雨將持續到5日，部分航線已經停航。\n"
    "港務局表示，港區將在天氣好轉後24小時內恢復作業。\n"
)


def test_a_traditional_copy_of_a_simplified_wire_is_a_copy_told_across_scripts() -> None:
    """A Hong Kong paper's copy of a mainland wire converted to Traditional is a copy of it,
    taken after it, with no framing change; its line and the pair's verdict say the two were
    compared across scripts, and the story names the paper that writes Traditional."""
    result = compare_documents(
        [
            Document("wire", "Haizhou News Agency", PORT_NOTICE_WIRE, published="2026-03-14"),
            Document("hk", "Heung Kong Daily", PORT_NOTICE_TRADITIONAL, published="2026-03-15"),
        ]
    )
    (pair,) = result.pairs
    assert (pair.verdict, pair.direction) == (Verdict.COPY, "a->b")
    assert not [note for match in pair.matches for note in match.framing]
    page = render_story(result, result.stories[0]).splitlines()
    assert (
        "- Heung Kong Daily reuses Haizhou News Agency: copy, 100% of its words copied or "
        "edited, uncredited, compared across scripts (Traditional against Simplified); order "
        "told by publication date."
    ) in page
    assert any(
        line.startswith("**In two Chinese scripts:** Heung Kong Daily writes Traditional")
        for line in page
    )
    assert "A is written in Simplified, B in Traditional: " in "\n".join(page)


# A dockers' union's statement as a mainland agency sends it, and a Taiwan paper's copy in
# Traditional that has the union "claim" (宣稱) what it "said" (表示).
DOCKERS_WIRE = (
    "海州码头工会3日表示，工人将在天气好转后恢复装卸作业。\n"
    "工会主席王建平说，港区已积压约1200个集装箱。\n"
)
DOCKERS_TRADITIONAL_COPY = (
    "海州碼頭工會3日宣稱，工人將在天氣好轉後恢復裝卸作業。\n"
    "工會主席王建平說，港區已積壓約1200個集裝箱。\n"
)


def _dockers_compared(wire_first: bool) -> Result:
    """The dockers' wire and its Traditional copy, published a day later, compared: the wire
    as A when ``wire_first``, else the copy."""
    documents = [
        Document("wire", "Haizhou News Agency", DOCKERS_WIRE, published="2026-03-14"),
        Document("tw", "Formosa Daily", DOCKERS_TRADITIONAL_COPY, published="2026-03-15"),
    ]
    return compare_documents(documents if wire_first else documents[::-1])


@pytest.mark.parametrize(
    "wire_first", [pytest.param(True, id="wire_a"), pytest.param(False, id="copy_a")]
)
def test_a_diff_across_chinese_scripts_shows_each_sides_words_as_written(wire_first: bool) -> None:
    """A Traditional copy's aligned-sentence diff against a Simplified wire strikes the wire's
    "表示" and marks the copy's "宣稱" as the copy writes it, not as "宣称", the Simplified form
    the two are compared in, whichever article is A; its words both write are the copy's."""
    result = _dockers_compared(wire_first)
    page = render_story(result, result.stories[0]).splitlines()
    assert "  > 海州碼頭工會3日~~表示~~**宣稱**，工人將在天氣好轉後恢復裝卸作業。" in page


@pytest.mark.parametrize(
    ("wire_first", "run"),
    [
        pytest.param(
            True, "“，工人将在天气好转后恢复装卸作业。 工会主席王建平说", id="simplified_a"
        ),
        pytest.param(
            False, "“，工人將在天氣好轉後恢復裝卸作業。 工會主席王建平說", id="traditional_a"
        ),
    ],
)
def test_the_longest_copied_run_of_chinese_is_quoted_as_a_writes_it(
    wire_first: bool, run: str
) -> None:
    """The pair's verdict line quotes its longest copied run as A's text writes it: Chinese
    without spaces between its words, in A's own script, Simplified or Traditional."""
    result = _dockers_compared(wire_first)
    (verdict,) = [
        line
        for line in render_story(result, result.stories[0]).splitlines()
        if "the longest copied run is" in line
    ]
    assert run in verdict


def test_the_runs_names_are_made_once_for_all_its_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """A round-up's pages and index name the other story's articles by the run's names, which
    walk every document of the run: made once, not once a page (of 1,852 articles, 342 times,
    98 of the 114 s the story pages took)."""
    result = compare_paths([str(ROUNDUP)])
    walked: list[int] = []
    told_apart = markdown_report._told_apart

    def counting(documents: Sequence[Document], releases: Mapping[str, PressRelease]) -> object:
        if len(documents) == len(result.documents):
            walked.append(len(documents))
        return told_apart(documents, releases)

    monkeypatch.setattr(markdown_report, "_told_apart", counting)
    files = render_reports(result, ReportFormat.MD)
    assert all(files[name] for name in files)
    assert walked == [4]


def test_writing_counts_the_pages_and_the_summaries_as_two_stages(tmp_path: Path) -> None:
    """The story pages and the files that describe the whole run are counted apart: a month's
    report.json took minutes after its 2,213 pages, and an estimate by the pages' rate said
    "about 5 s left" all that time."""
    files = render_reports(compare_paths([str(WIRE_COPY)]), ReportFormat.ALL)
    heard: list[tuple[str, int, int]] = []
    write_reports(files, tmp_path, lambda stage, done, total: heard.append((stage, done, total)))
    pages = len(files) - len(files.summaries)
    assert heard == [
        *(("write pages", done, pages) for done in range(pages + 1)),
        *(("write summaries", done, 4) for done in range(5)),
    ]


@pytest.mark.usefixtures("package_terms_after")
def test_an_arabic_pair_says_once_what_it_checked_in_arabic_with_the_terms_added() -> None:
    """An Arabic page that states its language and one that does not are both Arabic, told by
    its commonest words: the pair section says once what it checked in Arabic, and counts the
    hedges and loaded terms --terms adds and the verbs of saying it lists as checked, beside the
    notes of those kinds."""
    use_terms(AddedTerms(loaded_terms=("ميليشيات",), hedges=("يرجح",), attribution_verbs=("زعم",)))
    wire = (
        "عمّان - قال المتحدث باسم الجبهة إن قوات الجبهة انسحبت من البلدة الحدودية مساء الأحد "
        "بعد اتفاق على وقف إطلاق النار، ويرجح أن تبدأ عودة النازحين خلال الأسبوع المقبل."
    )
    copy = (
        "القاهرة - زعم المتحدث باسم الجبهة أن ميليشيات الجبهة انسحبت من البلدة الحدودية مساء "
        "الأحد بعد اتفاق على وقف إطلاق النار، ومن المؤكد أن تبدأ عودة النازحين خلال الأسبوع المقبل."
    )
    section = _pair_section(
        replace(document(wire, "wire", "وكالة الأنباء"), language="ar"),
        document(copy, "copy", "بوابة النيل"),
    )
    assert "attribution verb changed" in section and "loaded term added" in section
    assert [line for line in section.splitlines() if " are checked; " in line] == [
        "In Arabic, attribution verbs, hedges, loaded terms, numbers and quotations are checked; "
        "direction, outcome, size, allegations, roles, passive voice and interview claims are "
        "not."
    ]


def test_an_agencys_focus_page_names_its_second_hand_copies_and_counts_no_zero() -> None:
    """`--focus` of an agency lists, beside the paper that rewrote its story, the portal that
    reprinted that rewrite: it carries the agency's text second-hand, through the paper, without
    crediting the agency; and where every one of the agency's articles was taken from, the page
    does not end "took from the other 0 articles" (retest of acceptance round 39, b13)."""
    wire_lines = [
        "Miles de estudiantes marcharon el martes por el centro de Bogotá contra la reforma.",
        "La movilización partió de la Universidad Nacional y llegó a la Plaza de Bolívar.",
        "La Policía dijo que 12 personas fueron detenidas tras enfrentamientos aislados.",
        "Los rectores pidieron al Congreso abrir una mesa de diálogo con los estudiantes.",
    ]
    rewrite = [
        "Miles de vándalos marcharon el martes por el centro de Bogotá contra la reforma.",
        wire_lines[1],
        "La Policía denunció que 20 personas fueron detenidas tras graves disturbios.",
        wire_lines[3],
        "Los comerciantes del centro calculan pérdidas por 300 millones de pesos.",
    ]
    wire = Document("sur", "Agencia Sur", " ".join(wire_lines), published="2026-03-09")
    paper = Document("orden", "Diario La Orden", " ".join(rewrite), published="2026-03-10")
    portal = Document("portal", "Portal Capital", " ".join(rewrite), published="2026-03-11")
    page = markdown_report.render_focus_group(
        compare_documents([wire, paper, portal]), "Agencia Sur", ["sur"]
    )
    assert (
        "- Portal Capital (portal), 2026-03-11: derived. Shares 65% of its words with yours, in "
        "sentences the two share, copied or edited: it took them through Diario La Orden "
        "(orden), **without crediting you**." in page
    )
    assert "0 articles" not in page
    assert page.rstrip().endswith("Another outlet's article took from each of these.")


def test_a_focus_page_names_the_records_figure_as_given_otherwise_not_new() -> None:
    """The blog's focus page, with the ministry's report as the record, sets the record's 3,2 %
    against its own 32 % ("Figures it gives otherwise") and no longer lists the record's
    figure as new (retest of acceptance round 39, b3)."""
    page = markdown_report.render_focus(compare_documents(vacunas_with_record()), "blog")
    record = page.split("## Ministerio de Salud")[1].split("\n## ")[0]
    assert (
        "- Figures it gives otherwise: yours 1 / its 2: 32 % → 3,2 % (unaligned: see Figures "
        "that differ)." in record
    )
    assert "new: 3,2 %" not in record


# A town paper's exclusive, and a rival's rewrite in its own words that credits it three ways:
# by its full name, by its short name after it, and as the one its owner talked to.
CHIP_SHOP_FIRE = (
    "Fifteen people were led out of their flats when fire broke out at a chip shop on Carrow "
    "Lane early yesterday.\n\nCrews from Harwick and Dunford were called to the Golden Fry at "
    "3.40am after a passing taxi driver saw flames behind the counter.\n\nFour fire engines "
    "attended and the street was closed for five hours.\n\nOwner Mina Patel said she was "
    '"devastated" but would rebuild.\n\n"We will be frying again by Easter, even if I have to '
    'start from a van," she told the Gazette.'
)
CHIP_SHOP_REWRITE = (
    "A Harwick chip shop owner has promised to be back in business by Easter after a blaze "
    "destroyed her kitchen, the Harwick Gazette reported.\n\nThe fire at the Golden Fry on "
    "Carrow Lane forced residents of the flats above to leave in the small hours, according to "
    "the Gazette.\n\nOwner Mina Patel told the Gazette she would reopen.\n\nRegulars have "
    "started an online fundraiser, which had raised more than two thousand pounds by lunchtime."
)


def test_a_rewrite_that_credits_a_paper_in_its_own_words_credits_it() -> None:
    """Retest of acceptance round 39, c3: a rival's rewrite that takes no sentence but says
    "the Harwick Gazette reported", "according to the Gazette" and "told the Gazette" is
    independent, and credits the Gazette: in its credits, its story page, the pair and the
    Gazette's focus page."""
    gazette = Document("gazette", "Harwick Gazette", CHIP_SHOP_FIRE)
    live = Document("live", "Riverside Live", CHIP_SHOP_REWRITE)
    result = compare_documents([gazette, live], single_story=True)
    pair = result.pairs[0]
    assert pair.verdict is Verdict.INDEPENDENT
    assert result.credits_of == {"gazette": (), "live": ("Harwick Gazette",)}
    page = render_story(result, result.stories[0])
    assert "Riverside Live (credits Harwick Gazette)." in page
    assert "Credit (the source cited): B 1 “A Harwick chip shop owner" in "\n".join(
        render_pair(result, pair)
    )
    focus = markdown_report.render_focus_group(result, "Harwick Gazette", ["gazette"])
    assert "undated: independent. Took none of your text, but credits your story" in focus


# A paper's report of a rescue, and a rival's that lifts three of its sentences and credits the
# climber's words to the paper by its full name, where the paper wrote its short name.
HILL_RESCUE = (
    "A hillwalker missing overnight on Carn Mor was found safe at first light yesterday.\n\n"
    "The 58-year-old had set out from the Glen Ardle car park on Sunday morning and failed to "
    "return by nightfall.\n\nA helicopter from Prestwick joined 22 volunteers from the Ardle "
    "Mountain Rescue Team in the search.\n\nHe was found sheltering behind a boulder about 300 "
    "metres below the summit.\n\n"
    '"He had done everything right, stayed put and kept warm," team leader Ross Kerr told the '
    "Gazette.\n\nHe was taken to hospital as a precaution."
)
HILL_RESCUE_LIFT = (
    "Rescuers have praised a walker who spent a freezing night on a hillside before he was "
    "found.\n\nThe 58-year-old had set out from the Glen Ardle car park on Sunday morning and "
    "failed to return by nightfall.\n\nA helicopter from Prestwick joined 22 volunteers from the "
    "Ardle Mountain Rescue Team in the search.\n\nHe was found sheltering behind a boulder about "
    "300 metres below the summit.\n\n"
    '"He had done everything right, stayed put and kept warm," team leader Ross Kerr told the '
    "Harwick Gazette.\n\nVolunteers said the weather on the hill had turned quickly, with snow "
    "showers by mid-afternoon.\n\nThe team is appealing for walkers to carry a torch and a spare "
    "layer this winter."
)


def test_a_copy_that_credits_the_interview_by_the_papers_full_name_does_not_hide_it() -> None:
    """Retest of acceptance round 39, c7: the paper's quotation "told the Gazette" is carried
    with "told the Harwick Gazette": the copy says whose interview it is, so its line credits
    the paper and never says it carries the quotation "without saying so"."""
    result = compare_documents(
        [
            Document("gazette", "Harwick Gazette", HILL_RESCUE, published="2026-03-02"),
            Document("live", "Riverside Live", HILL_RESCUE_LIFT, published="2026-03-03"),
        ],
        single_story=True,
    )
    pair = result.pairs[0]
    assert pair.interview_quoted is None
    index = render_index(result)
    line = next(line for line in index.splitlines() if line.startswith("- Riverside Live reuses"))
    assert "credits it" in line
    assert "without saying so" not in line


def test_a_print_page_named_with_the_is_the_papers_own_outlet() -> None:
    """Retest of acceptance round 39, c4: the paper's print page names it "The Harwick Gazette"
    by its running head, its CMS file "Harwick Gazette": one outlet, so the story has one likely
    origin, the rival's credited copy reuses the Gazette, and the Gazette's focus page lists it."""
    rival = CHIP_SHOP_FIRE.replace("she told the Gazette.", "she said.") + (
        "\n\nThe Harwick Gazette first reported the fire."
    )
    result = compare_documents(
        [
            Document("cms", "Harwick Gazette", CHIP_SHOP_FIRE, published="2026-03-02"),
            Document("print", "The Harwick Gazette", CHIP_SHOP_FIRE, published="2026-03-02"),
            Document("star", "Dunford Star", rival, published="2026-03-03"),
        ],
        single_story=True,
    )
    assert {d.source for d in result.documents} == {"Harwick Gazette", "Dunford Star"}
    page = render_story(result, result.stories[0])
    assert len([line for line in page.splitlines() if line.startswith("**Likely origin:**")]) == 1
    assert "one outlet's texts, which need no credit" in page
    assert "Dunford Star reuses Harwick Gazette" in page
    focus = markdown_report.render_focus_group(result, "Harwick Gazette", ["cms", "print"])
    assert "Took from yours: 90% of its words, copied or edited, crediting you." in focus


def test_a_copy_that_scrubs_the_papers_name_says_so_in_its_summary() -> None:
    """Retest of acceptance round 39, c8: a rival's copy turns "a colouring competition run by
    the Gazette" into "run by a local newspaper": what the copy changed names it, beside the
    word diff, as it names a dropped credit."""
    lights = (
        "Around 4,000 people packed Carrow Square for the Christmas lights switch-on on Sunday "
        "evening.\n\nThe lights were switched on by seven-year-old Isla Dunn, who won a "
        "colouring competition run by the Gazette.\n\nA brass band from Dunford played carols "
        "until 8pm.\n\nThe market stays open every weekend until Christmas Eve."
    )
    copy = lights.replace("run by the Gazette.", "run by a local newspaper.")
    result = compare_documents(
        [
            Document("gazette", "Harwick Gazette", lights, published="2026-12-07"),
            Document("live", "Riverside Live", copy, published="2026-12-08"),
        ],
        single_story=True,
    )
    page = render_story(result, result.stories[0])
    changed = next(line for line in page.splitlines() if line.startswith("- Riverside Live, from"))
    assert "(“the Gazette” → “a local newspaper”)" in changed


def test_a_dateline_signed_by_its_outlet_is_nothing_an_article_adds() -> None:
    """A fact-check's dateline with who signs it on its own line ("Rosario, 4 de mayo de 2026
    — Red Chequeo.") is boilerplate, as a wire's is: no sentence the draft adds, nor its place
    and date new facts (retest 39b, R1)."""
    wire = (
        "El concejo de Rosario aprobó el martes un aumento del 18 % en el boleto de colectivo. "
        "La medida regirá desde el 1 de junio, según informó la secretaría de Movilidad. "
        "Los gremios de choferes anunciaron que pedirán una reunión con el intendente."
    )
    draft = (
        "Rosario, 4 de mayo de 2026 — Red Chequeo.\n"
        "El concejo de Rosario aprobó el martes un aumento del 18 % en el boleto de colectivo.\n"
        "Varias cuentas difundieron que el aumento sería del 40 %, algo que ningún documento "
        "oficial respalda.\nCalificación: FALSO."
    )
    docs = [document(wire, "wire", "Agencia Litoral"), document(draft, "draft", "Red Chequeo")]
    result = compare_documents(docs, single_story=True)
    (pair,) = result.pairs
    section = "\n".join(render_pair(result, pair))
    draft_adds = section.split("### What Red Chequeo (draft) adds")[1].split("###")[0]
    assert "40 %" in draft_adds
    assert "Rosario, 4 de mayo" not in draft_adds
    assert "4 de mayo de 2026" not in draft_adds


def test_the_record_table_says_a_credit_to_the_wires_names_no_record() -> None:
    """A copy of the record that credits news agencies in general ("عمّان - وكالات -") credits
    no record by name: its row says so as its line under "Who copied whom" does, not "credits
    it" (retest 39a, R2)."""
    lines = (
        "أعلنت وزارة المياه الثلاثاء أن ضخ المياه إلى أحياء شرق عمّان سيتوقف يومين بسبب أعمال "
        "صيانة في محطة الزارة. وقال المتحدث باسم الوزارة عمر سلامة إن الأعمال تشمل استبدال "
        "مضختين رئيسيتين. وأضاف أن الصهاريج ستوزع المياه على المستشفيات والمدارس خلال التوقف."
    )
    docs = [
        Document("wire", "وكالة الأنباء المشرقية", f"عمّان - مشرق - {lines}", of_record=True),
        Document("copy", "الخليج الآن", f"عمّان - وكالات - {lines}"),
    ]
    index = render_index(compare_documents(docs, single_story=True))
    table = index[index.index("## Each article against the record") :].split("\n\n")[2]
    assert "copy, 100%" in table
    assert "credits an agency, not named" in table
    assert "credits it" not in table


def test_a_summary_tells_how_two_reports_of_one_event_frame_it() -> None:
    """Two papers' own reports of one council vote share only its names, figures and formulas,
    and neither is charged with taking from the other; the summary still tells the rival's
    framing against our paper: its "claimed" for "said" and its "controversial" road."""
    result = compare_documents(link_road_reports())
    page = render_story(result, result.stories[0])
    summary = page[: page.index("Sentences are numbered")]
    (line,) = [line for line in summary.splitlines() if line.startswith("- Calder Valley Echo, ")]
    assert line.startswith("- Calder Valley Echo, against Hollins Gazette: ")
    assert "loaded term added (“controversial”)" in line
    assert "attribution verb changed (“said” → “claimed”)" in line


def test_a_chinese_sentence_opens_a_passage_by_its_first_words_as_a_copied_run_does() -> None:
    """A Chinese sentence, written without spaces, is shown by its first ten words where a
    passage left out opens with it, counted as a copied run's words are, not whole."""
    sentence = (
        "码头工会周一表示，工人将在周三恢复装卸作业，港口运营商称积压的集装箱需要两周才能清理完毕。"
    )
    assert _opening(sentence) == "码头工会周一表示，工人将在周三恢复 …"


def test_a_pair_partial_by_its_phrases_alone_says_it_took_no_sentence() -> None:
    """The City Observer's own strike report shares phrases with the wire's and no sentence:
    its line under "Who copied whom" says no sentence was copied or edited, not "partial, 0% of
    its words copied or edited", which read as a contradiction (acceptance round 39, a11)."""
    index = render_index(compare_paths([str(PORT_STRIKE)]))
    line = next(line for line in index.splitlines() if line.startswith("- City Observer reuses"))
    assert line.startswith(
        "- City Observer reuses Coastal Wire: partial, no sentence copied or edited, 24% in "
        "shared phrases"
    )


@pytest.fixture(scope="module")
def agency_feed(tmp_path_factory: pytest.TempPathFactory) -> Result:
    """Kestrel News Agency's own feed, its records naming no source, given as the record, and
    the pages that took its two stories (:func:`tests.helpers.write_agency_feed`)."""
    folder = tmp_path_factory.mktemp("agency")
    return compare_paths([folder], record=[write_agency_feed(folder)])


def test_an_agencys_focus_page_lists_takers_in_order_of_publication(agency_feed: Result) -> None:
    """The agency's desk reads its story's takers as they came out, not by their ids: the
    Gazette at 07:15, the Courier at 08:30, the Herald at 09:00; and the Courier, whose only
    credit is an "Agencies" line, is not said to credit it."""
    page = markdown_report.render_focus_group(
        agency_feed, "kestrelnews.example", ["kna-ferry", "kna-fees"]
    )
    takers = re.findall(r"^- (\w[\w ]+) \((\w+-ferry)\)", page, re.MULTILINE)
    assert [doc for _, doc in takers] == ["gazette-ferry", "courier-ferry", "herald-ferry"]
    assert (
        "- Island Courier (courier-ferry), 2026-11-02 08:30 UTC: copy. Took from yours: 100% of "
        "its words, copied or edited, **crediting news agencies in general, not you**." in page
    )
    assert (
        "- Ellis Gazette (gazette-ferry), 2026-11-02 07:15 UTC: copy. Took from yours: 100% of "
        "its words, copied or edited, crediting you." in page
    )


def test_check_flags_a_copy_whose_only_credit_is_agencies_in_general(agency_feed: Result) -> None:
    """`compare check` agrees with the index's line: a copy that credits only "Agencies" is
    flagged as crediting an agency it does not name, one that kept the dateline is not."""
    pairs = {frozenset((p.a, p.b)): p for p in agency_feed.all_pairs}
    flags = {
        copy: markdown_report.check_flags(pairs[frozenset(("kna-ferry", copy))], agency_feed)
        for copy in ("courier-ferry", "gazette-ferry")
    }
    assert flags == {"courier-ferry": ["credits an agency, not named"], "gazette-ferry": []}


def test_an_agencys_feed_as_the_record_names_each_column_by_its_record(agency_feed: Result) -> None:
    """Given an agency's feed as --record, one outlet's many stories, the table "Each article
    against the record" names each column by the record's id, not the outlet's name twice."""
    index = render_index(agency_feed)
    header = next(line for line in index.splitlines() if line.startswith("| article "))
    assert [cell.strip() for cell in header.strip("|").split("|")] == [
        "article",
        "kna-ferry",
        "kna-fees",
        "shares text no record holds",
    ]


def test_a_page_cut_by_its_paywall_left_out_nothing_past_its_cut(agency_feed: Result) -> None:
    """The Brae Herald's page ends at its paywall after two paragraphs: the agency's caveat in
    its last paragraph ("likely", "could") is past the cut, not left out."""
    story = next(s for s in agency_feed.stories if "kna-ferry" in s.documents)
    page = render_story(agency_feed, story)
    assert not re.search(r"Brae Herald[^\n]*left out \d+ caveat", page)
    assert "left out by Brae Herald" not in page


def test_a_day_dropped_from_the_record_is_said_to_be_a_date(agency_feed: Result) -> None:
    """The Courier's copy of the fees story drops "on Monday": the index says the number it
    removed is a date, no quantity, as the moments rule reads it."""
    assert "`number_removed` (a date, no quantity) “Monday” → -" in render_index(agency_feed)


def test_an_agencys_site_labelled_feed_is_one_outlet_with_its_dateline_name(
    agency_feed: Result,
) -> None:
    """Kestrel's records are labelled by their site, kestrelnews.example, and signed "(Kestrel
    News Agency)": the Courier's uncredited copy is charged with not crediting one outlet, not
    "neither kestrelnews.example nor Kestrel News Agency"."""
    story = next(s for s in agency_feed.stories if "kna-fees" in s.documents)
    page = render_story(agency_feed, story)
    assert "credits neither" not in page
    assert (
        "Undisclosed reuse: Island Courier does not credit kestrelnews.example, the news agency "
        "whose text it is." in page
    )


def test_the_summary_names_what_a_copy_changed_in_sentences_it_restates() -> None:
    """A rewrite that restates the wire's sentence in other words and drops its attribution
    and hedge is no copy that changed nothing: the story's summary names the changes under
    what the copy changed (acceptance round 41, a2), not "No copy changes the framing"."""
    story = _buyback_story_page()
    summary = story[: story.index("## Reuters vs Asia Business Review")]
    assert "No copy changes the framing" not in summary
    assert (
        "- Asia Business Review, from Reuters: sentence 2: attribution removed: stated as fact "
        "(“according to people familiar with the matter”); sentence 2: hedge or caveat removed "
        "(“may”)"
    ) in summary


def test_a_summary_names_each_kind_of_change_before_a_second_of_one_kind() -> None:
    """A copy drops five attributions, inflates the count of tractors and turns "said" into
    "claimed": the summary's five changes name the count and the verb beside the first
    attributions dropped, not five attributions first and the count among those "more in the
    pair's section" (acceptance round 41, a8)."""
    wire = document(
        "About 1,200 tractors blocked the Rennes ring road on Monday, police said.\n"
        "Traffic was at a standstill for six hours on the northern section, the prefecture said.\n"
        "Farmers burned tyres outside the prefecture building, local officials said.\n"
        "Two gendarmes were slightly hurt by flares, the interior ministry said.\n"
        "Supermarket deliveries to the city were cancelled, a retail group said.\n"
        '"We will not give up until the state receives us," said union leader Marc Le Goff.\n'
        "The union wants a freeze on new pesticide rules and faster aid payments.",
        "wire",
        "Agence France-Presse",
        published="2026-12-07",
    )
    copy = document(
        "About 1,500 tractors blocked the Rennes ring road on Monday.\n"
        "Traffic was at a standstill for six hours on the northern section.\n"
        "Farmers burned tyres outside the prefecture building.\n"
        "Two gendarmes were slightly hurt by flares.\n"
        "Supermarket deliveries to the city were cancelled.\n"
        '"We will not give up until the state receives us," claimed union leader Marc Le Goff.\n'
        "The union wants a freeze on new pesticide rules and faster aid payments.",
        "copy",
        "Ouest Regional",
        published="2026-12-08",
    )
    result = compare_documents([wire, copy], single_story=True)
    (story,) = [text for name, text in render_reports(result).items() if name != "index.md"]
    (line,) = [s for s in story.splitlines() if s.startswith("- Ouest Regional, from")]
    shown = line.split("; … ")[0]
    assert "number or date changed (“1,200” → “1,500”)" in shown
    assert "attribution verb changed (“said” → “claimed”)" in shown
    assert shown.count("attribution removed") >= 1


def test_check_names_the_origin_two_copies_took_from_not_an_unknown_direction() -> None:
    """Of two articles that each took what they share from a third (a wire's update against a
    paper that took the wire's first version), neither took from the other: `compare check`
    names the article both took from, as the pair's section does, not "direction unknown"
    (French wire desk acceptance a10)."""
    courier = mill_fire_captures()[0]
    paper = replace(
        courier, id="post", source="Eastfold Post", published_time="2026-03-10T12:05:00Z"
    )
    result = compare_documents([courier, paper], single_story=True)
    (pair,) = result.pairs
    names = {"courier-1": "Ferrybridge Courier", "post": "Eastfold Post", "nns-1": "Northline"}
    through_origin = replace(pair, direction=None, common_origin="nns-1")
    assert _who_copied(through_origin, "post", names) == (
        "Ferrybridge Courier, both taking from Northline"
    )
    through_wire = replace(pair, direction=None, common_wire="AFP")
    assert _who_copied(through_wire, "post", names) == "Ferrybridge Courier, both running AFP"
    assert _who_copied(replace(pair, direction=None), "post", names) == (
        "Ferrybridge Courier, direction unknown"
    )


def test_a_page_cut_by_its_paywall_is_named_in_the_reports(agency_feed: Result) -> None:
    """The Brae Herald's page ends at its paywall: the index names it among the inputs cut
    short, report.json flags the document with the notice, and the story's coverage table lists
    no row past the cut as left out by it; a nightly run with -q keeps the fact that its copy
    is a teaser (web archivist acceptance i4, i5)."""
    index = render_index(agency_feed)
    assert "Cut short at a paywall" in index
    assert "(herald-ferry): “This article is for subscribers only.”" in index
    documents = {d["id"]: d for d in report_json(agency_feed)["documents"]}
    assert documents["herald-ferry"]["paywall"] == "This article is for subscribers only."
    assert documents["gazette-ferry"]["paywall"] is None
    story = next(s for s in agency_feed.stories if "kna-ferry" in s.documents)
    page = render_story(agency_feed, story)
    coverage = page.split("## Coverage")[1].split("\n## ")[0]
    *_, herald_row = (line for line in coverage.splitlines() if line.startswith("| Brae Herald "))
    assert herald_row.rstrip("| ").endswith("-")


def test_the_version_line_names_which_article_of_an_outlet_with_several() -> None:
    """The Tarrow Echo has another article in the pier story beside the one saved in three
    versions (a live page's entries are so): the version line names the article by its first
    version's id, not as "Tarrow Echo's article", which does not say which (web archivist
    acceptance i11)."""
    follow_up = Document(
        "echo-promenade",
        "Tarrow Echo",
        "The council reopened the promenade on Monday after engineers inspected the remaining "
        "structure of Tarrow pier.",
        title="Promenade reopens after pier collapse",
        url="https://tarrowecho.example/promenade-reopens",
        published_time="2026-03-09T09:00:00Z",
    )
    result = compare_documents([*pier_versions().documents, follow_up], single_story=True)
    page = render_story(result, result.stories[0])
    assert "- Tarrow Echo's article (echo-v1): 3 versions, 2026-03-07 22:00 UTC → " in page


def test_an_outlets_focus_page_says_what_its_articles_took_from_the_wires() -> None:
    """A desk checking its own copy with `--focus` reads what its articles took from other
    outlets and whether each credits it, not only that no one took from it (acceptance round
    42, f10: "No other outlet's article took from any of these." and nothing more)."""
    wire = (
        "Heavy rain forced the closure of the Arden Valley road on Thursday after a landslide "
        "buried two lanes near Millford, the highways agency said.\n"
        "Crews expect to clear the debris by Saturday, weather permitting.\n"
        "Drivers were told to use the coast road, adding about 40 minutes to the journey."
    )
    result = compare_documents(
        [
            Document("wire", "Harbour Wire", wire, published="2026-12-03"),
            Document("valley", "Valley Daily", wire, published="2026-12-04"),
        ],
        single_story=True,
    )
    focus = markdown_report.render_focus_group(result, "Valley Daily", ["valley"])
    assert focus.rstrip().endswith(
        "## What these took from other outlets\n\n"
        "- Valley Daily (valley) took 100% of its words from Harbour Wire (wire), **uncredited**."
    )


def test_a_story_page_names_the_figure_a_later_bulletin_puts_right() -> None:
    """A correction aired in a later bulletin is no version of the script it corrects, so no
    pair's changes name its figure: the note's line says what the earlier script said and what
    is right, as the note names them, and of which script."""
    script = Document(
        "tv-1800",
        "Valley Tonight",
        "Harford council has approved 41 million pounds of cuts to bus services.\n"
        "Councillors backed the budget after a three-hour debate.",
        published_time="2026-11-04T18:00:00Z",
    )
    correction = Document(
        "tv-2230",
        "Valley Tonight",
        "Correction: At six we said the cuts were 41 million pounds. The correct figure is "
        "14 million pounds.\n"
        "Harford council has approved 14 million pounds of cuts to bus services.",
        published_time="2026-11-04T22:30:00Z",
    )
    result = compare_documents([script, correction], single_story=True)
    page = render_story(result, result.stories[0])
    notes = page.split("## Notes on the articles\n\n")[1].split("\n\n")[0]
    assert notes.endswith("(puts right “41 million” → “14 million” of Valley Tonight (tv-1800))")
