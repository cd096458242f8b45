"""The `compare` command as a user runs it."""

from __future__ import annotations

import ast
import csv
import errno
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from importlib.metadata import version
from pathlib import Path

import pytest
import typer
from typer.core import TyperOption
from typer.testing import CliRunner, Result

from compare import cli, compare_paths, report_json
from compare.cli import app
from compare.read import read_paths, text_key
from compare.records import REPORT_PAGE_MARK
from compare.report import write as report_write
from compare.report.markdown import render_check_report
from compare.report.software import software
from compare.run_warnings import read_warnings
from compare.settings import Settings
from tests.helpers import (
    FERRY_FIRE_NEW,
    FERRY_FIRE_WIRE,
    FIXTURES,
    FLOOD_ENTRIES,
    FOOTBRIDGE_HEADLINE,
    MERGED_FEED,
    MERGED_FEED_RUSSIAN_LINE,
    PORT_STRIKE,
    QUARRY_VERSIONS,
    QUARRY_VERSIONS_ALL_BY_FEED_CLOCK,
    QUARRY_VERSIONS_BY_FEED_CLOCK,
    ROUNDUP,
    SEEDS,
    WIRE_COPY,
    circular_credits,
    ferry_strike_copies,
    flood_live_page,
    footbridge_pasted,
    landslide_feed,
    merged_feed,
    refuse_to_read,
    write_agua_chain,
    write_bridge_pickups,
    write_ferry_archive,
    write_library_assignment,
)

runner = CliRunner()
# A log's progress line opens with the time since the run started: "[2:05] ".
ELAPSED = re.compile(r"\[\d+(?::\d\d)+\] ")
PROGRESS = re.compile(ELAPSED.pattern + r"[a-z -]+: [\d,]+ ([a-z ]+ done|of [\d,]+ [a-z ]+)")
NAMED_BY_FILE = re.compile(r"note: \d+ files? ha(s|ve) no source .*")


def run(*args: str) -> Result:
    return runner.invoke(app, list(args))


def messages(result: Result) -> list[str]:
    """The lines of stderr that are not progress (a stage finishing, "[0:03] align: 1 document
    pair done", or how far a long one is, "[0:30] align: 20,000 of 72,856 document pairs"), nor
    the note that ends a run of files that name no source, as the seeds do (its own test reads
    it: ``test_a_run_ends_with_one_note_on_the_files_that_name_no_source``)."""
    return [
        line
        for line in result.stderr.splitlines()
        if not PROGRESS.fullmatch(line) and not NAMED_BY_FILE.fullmatch(line)
    ]


def untimed(result: Result) -> list[str]:
    """The lines of stderr, progress without the time it opens with ("align: 1 document pair
    done"), which varies from run to run."""
    return [ELAPSED.sub("", line, count=1) for line in result.stderr.splitlines()]


@pytest.mark.parametrize(
    ("command", "says"),
    [
        pytest.param([], "compare dedup feed/ --format csv", id="main"),
        pytest.param(["run"], "compare run seeds/", id="run"),
        pytest.param(["pair"], "compare pair wire.txt daily.txt", id="pair"),
        pytest.param(["dedup"], "compare dedup feed/ --format csv", id="dedup"),
        pytest.param(["check"], "compare check draft.html --against archive/", id="check"),
        pytest.param(["terms"], "compare terms > terms.toml", id="terms"),
    ],
)
def test_every_command_has_help(command: list[str], says: str) -> None:
    """`--help` works for the program and each command, and each command shows an example."""
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert says in " ".join(result.stdout.split())


@pytest.mark.parametrize("command", ["run", "pair", "check"])
def test_terms_help_shows_agencies_under_their_table_line(command: str) -> None:
    """`--terms`'s help shows an agency on a line below a `[wire_services]` line, as the file
    must give it: the help's markup once dropped that line, leaving a top-level agency the
    program refuses."""
    shown = " ".join(run(command, "--help").stdout.replace("│", " ").split())
    assert "a line [wire_services], then one line an agency" in shown
    assert '"Kestrel" = ["Kestrel", "Kestrel News Agency", "KNA"]' in shown


def _loaded_after(invocations: list[list[str]], modules: list[str]) -> list[str]:
    """Which of ``modules`` a fresh interpreter has imported once the command has run each of
    ``invocations`` (a process of its own: this one has imported them all)."""
    runs = "".join(f"CliRunner().invoke(app, {arguments!r}); " for arguments in invocations)
    code = (
        f"import sys; from typer.testing import CliRunner; from compare.cli import app; {runs}"
        f"print([name for name in {modules!r} if name in sys.modules])"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return ast.literal_eval(loaded.stdout.strip())


def test_help_waits_for_no_library_of_the_pipeline() -> None:
    """``compare --help`` and a usage error import none of the pipeline's libraries (a second
    of trafilatura, SciPy and datasketch): the commands import the pipeline when they run it."""
    heavy = ["compare.pipeline", "compare.read", "datasketch", "scipy", "trafilatura"]
    assert _loaded_after([["run", "--help"], ["run", "--bad"]], heavy) == []


def test_version_loads_neither_word_lists_nor_framing() -> None:
    """``compare --version`` imports neither the word lists nor the framing and figures stages:
    loading them was most of the 7 s a nightly job's ``--version`` took on a loaded machine."""
    heavy = ["compare.lexicon", "compare.framing", "compare.figures", "compare.report.dedup"]
    assert _loaded_after([["--version"]], heavy) == []


# Runs the installed `compare` command as a user does, sending it a signal (Ctrl-C's SIGINT, or
# the SIGTERM of timeout, systemd or Kubernetes) as it imports a module.
SIGNAL_WHILE_IMPORTING = """
import os, signal, sys
from importlib.abc import MetaPathFinder
from importlib.metadata import entry_points

class Stop(MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == module:
            os.kill(os.getpid(), getattr(signal, signal_name))

signal_name, module, *arguments = sys.argv[1:]
sys.meta_path.insert(0, Stop())
sys.argv = ["compare", "run", *arguments]
(command,) = entry_points(group="console_scripts", name="compare")
command.load()()
"""
# Runs the installed `compare` command, sending it a signal when it calls a function of one of
# its modules for the nth time.
SIGNAL_AT_A_CALL = """
import os, signal, sys
from importlib import import_module
from importlib.metadata import entry_points

signal_name, module, function, nth, *arguments = sys.argv[1:]
owner = import_module(module)
called = getattr(owner, function)
calls = []

def stopping(*args, **kwargs):
    calls.append(args)
    if len(calls) == int(nth):
        os.kill(os.getpid(), getattr(signal, signal_name))
    return called(*args, **kwargs)

setattr(owner, function, stopping)
sys.argv = ["compare", "run", *arguments]
(command,) = entry_points(group="console_scripts", name="compare")
command.load()()
"""
# The exit code a shell gives a command each signal stopped.
STOPPED_BY = [
    pytest.param("SIGINT", 130, id="ctrl_c"),
    pytest.param("SIGTERM", 143, id="sigterm"),
]


@pytest.mark.parametrize(("signal_name", "code"), STOPPED_BY)
@pytest.mark.parametrize(
    "module",
    [
        pytest.param("compare.cli", id="while_the_command_loads"),
        pytest.param("compare.pipeline", id="while_the_pipeline_loads"),
    ],
)
def test_a_stop_at_once_after_enter_says_nothing_was_written(
    tmp_path: Path, module: str, signal_name: str, code: int
) -> None:
    """Ctrl-C or SIGTERM in the first tenths of a second, while the command or the pipeline's
    libraries load, is one line and the exit code a shell gives the signal (130, 143), as
    later: not a traceback, nor a silent exit."""
    out = tmp_path / "out"
    script = [SIGNAL_WHILE_IMPORTING, signal_name, module, str(SEEDS), "--out", str(out)]
    stopped = subprocess.run(
        [sys.executable, "-c", *script],
        capture_output=True,
        text=True,
    )
    assert (stopped.returncode, stopped.stderr) == (code, "interrupted: nothing was written\n")
    assert not out.exists()


# As SIGNAL_WHILE_IMPORTING, as a library does that catches every exception as it loads (an
# optional dependency looked for with ``except BaseException``): the stop is swallowed.
SIGNAL_SWALLOWED_WHILE_IMPORTING = SIGNAL_WHILE_IMPORTING.replace(
    "os.kill(os.getpid(), getattr(signal, signal_name))",
    "try:\n                os.kill(os.getpid(), getattr(signal, signal_name))\n"
    "                time.sleep(5)\n            except BaseException:\n                pass",
).replace("import os, signal, sys", "import os, signal, sys, time")


@pytest.mark.parametrize(("signal_name", "code"), STOPPED_BY)
@pytest.mark.parametrize(
    "module",
    [
        pytest.param("typer", id="while_the_command_loads"),
        pytest.param("compare.pipeline", id="while_the_pipeline_loads"),
    ],
)
def test_a_stop_a_library_swallows_as_it_loads_still_ends_the_command(
    tmp_path: Path, module: str, signal_name: str, code: int
) -> None:
    """A stop at start-up that a loading library catches and drops still ends the command with
    its exit code, before the run writes a report: after "nothing was written", a run went on,
    wrote every report and exited 0."""
    out = tmp_path / "out"
    script = [SIGNAL_SWALLOWED_WHILE_IMPORTING, signal_name, module, str(SEEDS), "--out", str(out)]
    stopped = subprocess.run(
        [sys.executable, "-c", *script],
        capture_output=True,
        text=True,
    )
    assert (stopped.returncode, stopped.stderr) == (code, "interrupted: nothing was written\n")
    assert not out.exists()


@pytest.mark.parametrize(("signal_name", "code"), STOPPED_BY)
def test_a_stop_while_comparing_says_nothing_was_written(
    tmp_path: Path, signal_name: str, code: int
) -> None:
    """SIGTERM, as a timeout or a scheduler sends it, in a stage of the comparison ends the run
    as Ctrl-C does: with one line saying nothing was written, after the log's last stage, and
    its exit code; a log that just stopped left its operator guessing."""
    out = tmp_path / "out"
    stop = [signal_name, "compare.pipeline", "cluster_near_duplicates", "1"]
    stopped = subprocess.run(
        [sys.executable, "-c", SIGNAL_AT_A_CALL, *stop, str(SEEDS), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert stopped.returncode == code
    *_, last_stage, said = stopped.stderr.splitlines()
    assert PROGRESS.fullmatch(last_stage)
    assert said == "interrupted: nothing was written"
    assert not out.exists()


# As SIGNAL_AT_A_CALL, holding two million records, as a large feed's run does, when the signal comes,
# and printing the time it was sent (time.time(), which the test's process reads too).
SIGNAL_AT_A_CALL_OF_A_LARGE_RUN = SIGNAL_AT_A_CALL.replace(
    "        os.kill(",
    "        held = [(str(n), (n, n + 1), {'n': n}) for n in range(2_000_000)]\n"
    "        print(f'signal sent at {time.time()}', file=sys.stderr, flush=True)\n"
    "        os.kill(",
).replace("import os, signal, sys", "import os, signal, sys, time")


@pytest.mark.parametrize(("signal_name", "code"), STOPPED_BY)
def test_a_stop_ends_a_large_run_within_a_second(
    tmp_path: Path, signal_name: str, code: int
) -> None:
    """A stop while a large run measures its pairs ends it within seconds, its lock gone: the
    cycle collector's pass over the run's records and the interpreter freeing them one by one
    took 3-6 s for two million records, and 25-40 s at a 5,000-record feed's dedup, past the 30 s
    Kubernetes waits before SIGKILL."""
    out = tmp_path / "out"
    stop = [signal_name, "compare.pipeline", "text_overlap", "1"]
    stopped = subprocess.run(
        [sys.executable, "-c", SIGNAL_AT_A_CALL_OF_A_LARGE_RUN, *stop, str(SEEDS), "-o", str(out)],
        capture_output=True,
        text=True,
    )
    ended = time.time()
    *_, sent, said = stopped.stderr.splitlines()
    assert (stopped.returncode, said) == (code, "interrupted: nothing was written")
    # 0.3-0.5 s on two cores loaded 8-10, most of it the kernel taking back the memory.
    assert ended - float(sent.removeprefix("signal sent at ")) < 2
    assert not out.exists()


# As SIGNAL_AT_A_CALL, as a library does that catches every exception (``except BaseException``):
# the stop is swallowed and the run goes on; at its end the interpreter's exit says so.
SIGNAL_SWALLOWED_AT_A_CALL = SIGNAL_AT_A_CALL.replace(
    "        os.kill(os.getpid(), getattr(signal, signal_name))",
    "        try:\n            os.kill(os.getpid(), getattr(signal, signal_name))\n"
    "            time.sleep(5)\n        except BaseException:\n            pass",
).replace(
    "import os, signal, sys",
    "import atexit, os, signal, sys, time\natexit.register(print, 'exited', file=sys.stderr)",
)


@pytest.mark.parametrize(
    "signal_name", [pytest.param("SIGINT", id="ctrl_c"), pytest.param("SIGTERM", id="sigterm")]
)
def test_a_stop_swallowed_while_comparing_lets_the_run_end_as_usual(
    tmp_path: Path, signal_name: str
) -> None:
    """A stop in a stage of the comparison that a library catches and drops leaves the run to
    write its reports and end with exit code 0, running the interpreter's exit (atexit,
    logging's handlers): it is not cut short as a stop said is."""
    out = tmp_path / "out"
    stop = [signal_name, "compare.pipeline", "cluster_near_duplicates", "1"]
    finished = subprocess.run(
        [sys.executable, "-c", SIGNAL_SWALLOWED_AT_A_CALL, *stop, str(SEEDS), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert (finished.returncode, finished.stderr.splitlines()[-1]) == (0, "exited")
    assert (out / "index.md").exists()


@pytest.mark.parametrize(("signal_name", "code"), STOPPED_BY)
def test_a_stop_while_writing_says_how_far_the_reports_got(
    tmp_path: Path, signal_name: str, code: int
) -> None:
    """SIGTERM while a re-run writes its reports ends it as Ctrl-C does: the report being written
    is left as it was, with no temporary file, the earlier run's index.md and report.json are
    gone (they would describe other pages), and one line says how many story pages were written
    and what is missing."""
    out = tmp_path / "out"
    assert run("run", str(PORT_STRIKE), "--out", str(out), "--format", "all", "-q").exit_code == 0
    # Its list of reports, the story page, then the index: stopped as the index is written.
    stop = [signal_name, "compare.report.write", "_write_atomically", "3"]
    rerun = [str(PORT_STRIKE), "--out", str(out), "--format", "all"]
    stopped = subprocess.run(
        [sys.executable, "-c", SIGNAL_AT_A_CALL, *stop, *rerun],
        capture_output=True,
        text=True,
    )
    assert stopped.returncode == code
    assert stopped.stderr.splitlines()[-1] == (
        f"interrupted: the reports in {out} are partly written: 1 of 1 story page, no edges.csv, "
        "framing.csv, index.md or report.json; run again to complete them"
    )
    assert [path.name for path in out.iterdir() if path.suffix not in (".md", "")] == []
    assert not (out / "index.md").exists()


def test_run_writes_reports_and_prints_a_summary(tmp_path: Path) -> None:
    """`compare run` on the seeds writes the index and one story file, summarises the run and
    says which report to open first."""
    result = run("run", str(SEEDS), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [
        ".compare-files",
        "index.md",
        "story-001-peskov-natos-actions-are-pushing-russia.md",
    ]
    assert "independent" in result.stdout
    assert result.stdout.splitlines()[-1] == (
        f"reports: 2 files in {tmp_path / 'out'}; start with {tmp_path / 'out' / 'index.md'}"
    )
    assert messages(result) == []


def test_a_summary_counts_the_pairs_that_reuse_without_credit(tmp_path: Path) -> None:
    """Ten outlets' versions of a port strike: the summary says how many pairs reuse text
    without crediting it, as the JSON report flags them."""
    result = run("run", str(PORT_STRIKE), "--out", str(tmp_path / "out"), "--format", "all")
    assert result.exit_code == 0, result.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    flagged = sum(pair["undisclosed_reuse"] for pair in report["pairs"])
    assert flagged > 0
    assert re.search(rf"^undisclosed reuse +{flagged}$", result.stdout, re.MULTILINE)


def test_a_summary_counts_pairs_across_stories(tmp_path: Path) -> None:
    """A round-up of two releases that tell two stories: the summary counts its pairs with the
    other story's release and reprint among the pairs compared, their verdicts and the
    undisclosed ones, as report.json lists its pairs."""
    result = run("run", str(ROUNDUP), "--out", str(tmp_path / "out"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    pairs = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["pairs"]
    counted = {
        label: int(count)
        for label, count in re.findall(r"^ *(\S.*?) {2,}(\d+)$", result.stdout, re.MULTILINE)
    }
    assert counted == {
        "documents": 4,
        "skipped inputs": 0,
        "stories": 2,
        "pairs compared": len(pairs),
        "copy": 0,
        "derived": 2,
        "partial": 2,
        "independent": 0,
        "of them across stories": 2,
        "undisclosed reuse": sum(p["undisclosed_reuse"] for p in pairs),
    }
    assert (counted["pairs compared"], counted["undisclosed reuse"]) == (4, 3)


def test_every_count_of_undisclosed_reuse_agrees(tmp_path: Path) -> None:
    """Three reprints of a city paper's story, one of them without credit: the summary, the
    index, the story page and the JSON report each flag one pair, that reprint's with the paper
    (two reprints took the paper's text, not each other's)."""
    write_bridge_pickups(tmp_path / "in", uncredited="metro_digest")
    out = tmp_path / "out"
    result = run("run", str(tmp_path / "in"), "--out", str(out), "--format", "all")
    assert result.exit_code == 0, result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [(p["a"], p["b"]) for p in report["pairs"] if p["undisclosed_reuse"]] == [
        ("metro_digest/bridge", "tarrow_ledger/bridge")
    ]
    assert re.search(r"^undisclosed reuse +1$", result.stdout, re.MULTILINE)
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "1 pair reuses text without crediting its source" in index
    pairs = index.split("## Pairs")[1]
    assert len(re.findall(r"\| undisclosed +\|$", pairs, re.MULTILINE)) == 1
    (page,) = out.glob("story-*.md")
    assert page.read_text(encoding="utf-8").count("Undisclosed reuse") == 1


def test_all_formats_write_json_too(tmp_path: Path) -> None:
    """`--format all` writes report.json beside the Markdown."""
    result = run("run", str(WIRE_COPY), "--out", str(tmp_path), "--format", "all", "--quiet")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert (tmp_path / "report.json").is_file()
    assert (tmp_path / "index.md").is_file()


def test_a_run_of_another_format_counts_the_stale_reports_it_removes(tmp_path: Path) -> None:
    """`--format json` into a folder an earlier `--format all` wrote removes the Markdown
    reports, as --format's help warns, and its summary counts them."""
    run("run", str(WIRE_COPY), "--out", str(tmp_path), "--format", "all", "--quiet")
    pages = sorted(p.name for p in tmp_path.glob("*.md"))
    result = run("run", str(WIRE_COPY), "--out", str(tmp_path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.glob("*.md")) == []
    assert result.stdout.splitlines()[-1] == (
        f"reports: 3 files in {tmp_path}; removed {len(pages)} stale reports an earlier run wrote"
    )
    # The options panel's border stands between the lines of an option's help.
    help_text = " ".join(run("run", "--help").stdout.replace("\u2502", " ").split())
    assert "Reports an earlier run wrote in --out that this format does not write are" in help_text


def test_story_days_sets_how_far_apart_one_story_runs(tmp_path: Path) -> None:
    """--story-days is the window within which two outlets' own reports of a fire are weighed
    as one story's: three days apart, they join at the default 7 and not at 2, and report.json
    gives the setting."""
    reports = [
        ("Ledger", "2025-03-03", "Fire guts Orlen Textiles mill in Tarvik",
         "A fire gutted the Orlen Textiles mill in Tarvik on Monday, injuring three workers. "
         "Plant manager Ida Moreau said the 210 workers would be paid while it was closed."),
        ("Courier", "2025-03-06", "Wiring fault started Tarvik mill fire",
         "Investigators said a wiring fault started the fire at the Orlen Textiles mill in "
         "Tarvik. Ida Moreau said repairs would take weeks."),
    ]  # fmt: skip
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": source.lower(), "source": source, "date": day, "title": title, "text": text}
        for source, day, title, text in reports
    ]
    feed.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    for days, stories in (("7", 1), ("2", 2)):
        out = tmp_path / days
        run("run", str(feed), "-o", str(out), "--format", "json", "--story-days", days, "-q")
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        assert report["settings"]["story_max_days"] == int(days)
        assert len(report["stories"]) == stories


def test_output_is_byte_identical_across_runs(tmp_path: Path) -> None:
    """The same input gives the same bytes, run after run."""
    for out in ("one", "two"):
        run("run", str(WIRE_COPY), "--out", str(tmp_path / out), "--format", "all", "-q")
    for file in sorted((tmp_path / "one").iterdir()):
        assert file.read_bytes() == (tmp_path / "two" / file.name).read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["run", "nowhere"], "error: no such file or folder: nowhere", id="missing"),
        pytest.param(
            ["run", "SEEDS", "--format", "pdf"],
            "Invalid value for '--format': 'pdf' is not one of md, json, all",
            id="format",
        ),
        pytest.param(
            ["dedup", "SEEDS", "--format", "xml"],
            "Invalid value for '--format': 'xml' is not one of table, csv, json, jsonl",
            id="dedup_format",
        ),
        pytest.param(
            ["run", "SEEDS", "--min-similarity", "150"],
            "error: --min-similarity must be in [0, 100], got 150",
            id="similarity_range",
        ),
        # Acceptance round 22: 0.8 was taken as a score of 0.8 out of 100, and matched sentences
        # of any likeness as edits.
        pytest.param(
            ["run", "SEEDS", "--min-similarity", "0.8"],
            "error: --min-similarity takes a score out of 100 (above 1), not a fraction: got "
            "0.8; did you mean 80?",
            id="similarity_as_a_fraction",
        ),
        pytest.param(
            ["dedup", "SEEDS", "--max-bucket-size", "1"],
            "error: --max-bucket-size must be in [2, 1000000], got 1",
            id="bucket_size_range",
        ),
        pytest.param(
            ["run", "SEEDS", "--story-days", "-1"],
            "error: --story-days must be in [0, 100000], got -1",
            id="story_days_range",
        ),
        pytest.param(["pair", "SEEDS"], "Missing argument", id="pair_needs_two"),
        pytest.param(
            ["pair", "WIRE", "WIRE"],
            f"error: pair compares two different articles; {WIRE_COPY / 'wire.md'} is given twice",
            id="pair_same_file",
        ),
        pytest.param(
            ["pair", "SEEDS", "WIRE"],
            f"error: pair compares two articles, but {SEEDS} and {WIRE_COPY / 'wire.md'} hold 3 "
            "between them; compare run compares any number",
            id="pair_of_a_folder",
        ),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str], message: str) -> None:
    """Bad usage is one clear line on stderr and exit code 2, never a traceback."""
    named = {"SEEDS": str(SEEDS), "WIRE": str(WIRE_COPY / "wire.md")}
    result = run(*[named.get(a, a) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_pair_of_a_file_and_a_link_to_it_names_the_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two outlets' folders, one linking to the other's story, name one file: the error says
    which path is the link, in either order, and which paths both link to it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "nyt").mkdir()
    (tmp_path / "fox").mkdir()
    shutil.copy(WIRE_COPY / "wire.md", tmp_path / "nyt" / "story.md")
    (tmp_path / "fox" / "story.md").symlink_to(Path("..", "nyt", "story.md"))
    (tmp_path / "fox" / "copy.md").symlink_to(Path("..", "nyt", "story.md"))
    link = "error: pair compares two different articles; fox/story.md is a link to nyt/story.md, the same file"
    for pair in (["nyt/story.md", "fox/story.md"], ["fox/story.md", "nyt/story.md"]):
        result = run("pair", *pair)
        assert (result.exit_code, messages(result)) == (2, [link])
    result = run("pair", "fox/story.md", "fox/copy.md")
    assert messages(result) == [
        "error: pair compares two different articles; fox/story.md and fox/copy.md are links "
        f"to the same file, {os.path.realpath('nyt/story.md')}"
    ]


def test_pair_of_a_folder_and_a_file_it_holds_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder of two articles given with one of them, in either order, or with a link to
    it, holds it: pair fails rather than compare the folder's other article with it."""
    monkeypatch.chdir(tmp_path)
    for folder in ("dam", "linked"):
        (tmp_path / folder).mkdir()
    for name, text in (
        ("dam/wire.txt", "The dam failed on Monday, officials said."),
        ("dam/paper.txt", "The dam failed on Monday, the council said."),
        ("linked/paper.txt", "The dam failed on Monday, the council said."),
        ("wire.txt", "The dam burst on Monday, officials said."),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "linked" / "wire.txt").symlink_to(tmp_path / "wire.txt")
    for pair, message in (
        (["dam", "dam/wire.txt"], "dam holds dam/wire.txt"),
        (["dam/wire.txt", "dam"], "dam holds dam/wire.txt"),
        (["linked", "wire.txt"], "linked holds wire.txt"),
    ):
        result = run("pair", *pair)
        assert (result.exit_code, messages(result)) == (
            2,
            [
                f"error: pair compares two different articles; {message}: give each article's own file"
            ],
        )


def test_no_usable_document_exits_2(tmp_path: Path) -> None:
    """A folder with nothing readable is an error after a warning per file, with no stage run
    on nothing before it."""
    (tmp_path / "notes.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    result = run("run", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert untimed(result) == [
        "read: 1 record done",
        f"warning: skipped {tmp_path / 'notes.doc'}: unsupported file type .doc: save it as plain text (.txt) to compare it",
        f"error: no usable document in {tmp_path}: skipped {tmp_path / 'notes.doc'}: "
        "unsupported file type .doc: save it as plain text (.txt) to compare it",
    ]
    assert not (tmp_path / "out").exists()


def test_progress_is_one_plain_line_per_stage_when_stderr_is_not_a_terminal(
    tmp_path: Path,
) -> None:
    """Logs and pipes get a line per stage as it finishes, in what the stage counts
    (files, articles, sentences, pairs, stories, report files); --quiet silences them."""
    result = run("run", str(SEEDS), "--out", str(tmp_path / "out"))
    *progress, seeds_unnamed = result.stderr.splitlines()
    assert all(map(PROGRESS.fullmatch, progress))
    assert NAMED_BY_FILE.fullmatch(seeds_unnamed)
    assert untimed(result)[:-1] == [
        "read: 2 records done",
        "segment: 2 documents done",
        "fingerprint: 33 sentences done",
        "find boilerplate: 33 sentences done",
        "link versions: 2 documents done",
        "tell languages: 2 documents done",
        "find near copies: 33 sentences done",
        "find story terms: 2 documents done",
        "group stories: 2 documents done",
        "find stock phrases: 1 story done",
        "find candidates: 33 sentences done",
        "align: 1 document pair done",
        "diff words: 1 text pair done",
        "name framing: 1 text pair done",
        "profile framing: 2 documents done",
        "measure overlap: 1 document pair done",
        "group sentences: 1 story done",
        "trace who copied whom: 1 story done",
        "weigh common origins: 1 story done",
        "cluster near-duplicates: 2 documents done",
        "compare figures: 1 story done",
        "check headlines: 2 documents done",
        "find stale copies: 1 story done",
        "write pages: 1 page done",
        "write summaries: 1 file done",
    ]
    quiet = run("run", str(SEEDS), "-o", str(tmp_path / "out"), "--quiet")
    assert quiet.stderr == ""
    assert quiet.exit_code == 0


@pytest.mark.parametrize(
    ("heard", "lines"),
    [
        pytest.param(
            [(1, "segment", 0, 2), (2, "segment", 1, 2), (3, "segment", 2, 2)],
            ["[0:03] segment: 2 documents done"],
            id="quick_stage_once_done",
        ),
        pytest.param(
            [
                (0, "align", 0, 90_000),
                (14, "align", 20_000, 90_000),
                (16, "align", 30_000, 90_000),
                (20, "align", 40_000, 90_000),
                (31, "align", 60_000, 90_000),
                (33, "align", 90_000, 90_000),
            ],
            [
                "[0:16] align: 30,000 of 90,000 document pairs (1,875/s, about 30 s left)",
                "[0:31] align: 60,000 of 90,000 document pairs (1,935/s, about 15 s left)",
                "[0:33] align: 90,000 document pairs done",
            ],
            id="long_stage_every_15_seconds_with_its_time_left",
        ),
        pytest.param(
            [
                (0, "read", 1, 1),
                (12, "align", 0, 900),
                (15, "align", 300, 900),
                (30, "align", 600, 900),
                (1230, "align", 601, 900),
            ],
            [
                "[0:00] read: 1 record done",
                "[0:15] align: 300 of 900 document pairs",
                "[0:30] align: 600 of 900 document pairs (20/s, about 15 s left)",
                "[20:30] align: 601 of 900 document pairs (0.1/min, about 99 h 40 min left)",
            ],
            id="time_left_once_the_stage_ran_5_seconds_at_its_slower_rate",
        ),
        pytest.param(
            [
                (0, "measure overlap", 0, 36_348),
                (15, "measure overlap", 30_000, 36_348),
                (30, "measure overlap", 34_893, 36_348),
                (45, "measure overlap", 35_109, 36_348),
            ],
            [
                "[0:15] measure overlap: 30,000 of 36,348 document pairs (2,000/s, about 5 s left)",
                "[0:30] measure overlap: 34,893 of 36,348 document pairs (326/s, about 5 s left)",
                "[0:45] measure overlap: 35,109 of 36,348 document pairs (14/s, about 1 min left)",
            ],
            id="slow_items_last_slow_the_estimate",
        ),
        pytest.param(
            [(0, "align", 0, 900), (15, "align", 300, 900), (30, "align", 300, 900)],
            [
                "[0:15] align: 300 of 900 document pairs (20/s, about 30 s left)",
                "[0:30] align: 300 of 900 document pairs (none done in the last 15 s)",
            ],
            id="a_stalled_stage_gives_no_time_left",
        ),
        pytest.param(
            [(10, "align", 1, 2), (20, "align", 2, 2), (30, "measure overlap", 1, 2)],
            ["[0:20] align: 2 document pairs done"],
            id="counted_from_the_last_line",
        ),
        pytest.param([(20, "read", 0, 0)], [], id="nothing_to_do_says_nothing"),
    ],
)
def test_a_log_hears_how_far_a_long_stage_is(
    heard: list[tuple[float, str, int, int]],
    lines: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """When stderr is not a terminal, a stage says how far it is once 15 seconds have passed
    since the last line, with its rate and time left once it has run 5 seconds (the slower of
    its rate so far and since its last line: a stage whose slow items come last said "about 5 s
    left" for minutes), and once when done, each line opening with the time since the run started: a log of a feed's minutes-long
    alignment is not silent, nor flooded, and tells early a run that will not end in time."""
    clock = [0.0]
    monkeypatch.setattr(cli, "monotonic", lambda: clock[-1])
    with cli._progress(quiet=False, started=0.0) as progress:
        assert progress is not None
        for seconds, stage, done, total in heard:
            clock.append(seconds)
            progress(stage, done, total)
    assert capsys.readouterr().err.splitlines() == lines


def test_a_log_hears_a_stage_whose_one_item_takes_long(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A stage that counts nothing for a while (one story of hundreds of articles to measure,
    a report.json of hundreds of megabytes to write) still says how far it is whenever 15
    seconds pass without a line, till it is done: a log was silent for two minutes, which a
    watchdog takes for a hung job. Between stages, nothing is said."""
    monkeypatch.setattr(cli, "LOG_SECONDS", 0.2)
    monkeypatch.setattr(cli, "BEAT_SECONDS", 0.01)
    with cli._progress(quiet=False, started=cli.monotonic()) as progress:
        assert progress is not None
        progress("write summaries", 0, 3)
        progress("write summaries", 2, 3)
        time.sleep(0.7)
        progress("write summaries", 3, 3)
        time.sleep(0.5)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) >= 2
    assert set(lines[:-1]) == {"[0:00] write summaries: 2 of 3 files"}
    assert lines[-1] == "[0:00] write summaries: 3 files done"


def test_dedup_names_no_framing_when_piped() -> None:
    """Dedup runs only the stages its list reads: its log names every stage of a run but
    framing, which the list does not show."""
    piped = run("dedup", str(SEEDS), "--format", "csv")
    stages = [line.rsplit(": ", 1)[0] for line in untimed(piped)]
    assert stages == [
        "read",
        "segment",
        "fingerprint",
        "find boilerplate",
        "link versions",
        "tell languages",
        "find near copies",
        "find story terms",
        "group stories",
        "find stock phrases",
        "find candidates",
        "align",
        "diff words",
        "measure overlap",
        "group sentences",
        "trace who copied whom",
        "weigh common origins",
        "cluster near-duplicates",
        "find stale copies",
    ]


def test_dedup_shows_its_progress_on_stderr_and_its_list_alone_on_stdout() -> None:
    """A long dedup of a feed shows how far it is on stderr, as run does; --quiet silences it;
    the list on stdout is the same either way."""
    shown, quiet = run("dedup", str(SEEDS)), run("dedup", str(SEEDS), "-q")
    assert untimed(shown)[:2] == ["read: 2 records done", "segment: 2 documents done"]
    assert "cluster near-duplicates: 2 documents done" in untimed(shown)
    assert quiet.stderr == ""
    assert shown.stdout == quiet.stdout
    assert shown.stdout.startswith("id ")


@pytest.mark.parametrize("command", [["dedup", "--format", "jsonl"], ["run", "--format", "json"]])
def test_oversized_buckets_get_one_warning_naming_the_option_to_raise(
    tmp_path: Path, command: list[str]
) -> None:
    """A feed in which more outlets carry one story than an LSH bucket pairs in full is still
    one cluster, and run and dedup say alike on stderr, in one short line, how many sentences had
    their pairs sampled, what that may cost, and which option pairs them all; raised, no
    warning."""
    feed = tmp_path / "feed.jsonl"
    carried = ferry_strike_copies(20)
    feed.write_text(
        "".join(
            json.dumps({"id": d.id, "source": d.source, "text": d.text}) + "\n" for d in carried
        )
    )
    name, *options = command
    out = ["--out", str(tmp_path / "out")] if name == "run" else []
    result = run(name, str(feed), *options, *out, "--max-bucket-size", "10", "-q")
    assert result.exit_code == 0
    (warning,) = result.stderr.splitlines()
    assert re.fullmatch(
        r"warning: \d+ sentences in 1 story \(story-001, .*\) had their candidate pairs "
        r"sampled, in LSH buckets of more than 10 sentences, so those stories may miss a member, "
        r"a cluster or an aligned match; to pair them all, with more memory, and see whether any changes, "
        r"run again with --max-bucket-size \d+",
        warning,
    )
    if name == "dedup":
        assert len({json.loads(line)["cluster"] for line in result.stdout.splitlines()}) == 1
    raised = run(name, str(feed), *options, *out, "--max-bucket-size", "100", "-q")
    assert raised.exit_code == 0
    assert raised.stderr == ""


def test_a_bad_file_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    """One unsupported file is warned about; the others are compared and the run exits 0."""
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    result = run("run", str(tmp_path), "--out", str(tmp_path / "reports"), "-q")
    assert result.exit_code == 0
    assert (
        result.stderr.strip()
        == f"warning: skipped {tmp_path / 'photo.jpg'}: unsupported file type .jpg"
    )


def test_a_skipped_file_is_warned_about_as_soon_as_reading_is_done(tmp_path: Path) -> None:
    """A long run's user learns of an unreadable file when reading ends, not after the run."""
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    lines = untimed(run("run", str(tmp_path), "--out", str(tmp_path / "reports")))
    assert lines[:3] == [
        "read: 3 records done",
        f"warning: skipped {tmp_path / 'photo.jpg'}: unsupported file type .jpg",
        "segment: 2 documents done",
    ]


@pytest.mark.parametrize(
    ("command", "listed"),
    [
        pytest.param(
            ["run", "--format", "all"], " (index.md and report.json list every one)", id="all"
        ),
        pytest.param(["run", "--format", "md"], " (index.md lists every one)", id="md"),
        pytest.param(["dedup"], "", id="dedup"),
    ],
)
def test_many_skipped_files_get_twenty_lines_and_one_counting_the_rest(
    tmp_path: Path, command: list[str], listed: str
) -> None:
    """An archive with 25 broken files gets a warning line for each of the first 20 and one
    counting the other 5 by reason, most first, not 25 lines burying its progress; the reports
    list all 25, the summary counts them and --strict fails for them."""
    articles = tmp_path / "archive"
    shutil.copytree(SEEDS, articles)
    broken = [(f"blank-{n:02}.txt", b"") for n in range(22)]
    broken += [(f"scan-{n:02}.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") for n in range(3)]
    for name, content in broken:
        (articles / name).write_bytes(content)
    out = tmp_path / "out"
    result = run(*command, str(articles), *(["--out", str(out)] if "run" in command else []))
    warned = [line for line in messages(result) if line.startswith("warning:")]
    assert warned == [
        *(f"warning: skipped {articles}/blank-{n:02}.txt: empty file" for n in range(20)),
        f"warning: and 5 more skipped files: 3 binary file, not text; 2 empty file{listed}",
    ]
    if "run" not in command:
        return
    assert re.search(r"^skipped inputs +25$", result.stdout, re.MULTILINE)
    index = (out / "index.md").read_text(encoding="utf-8")
    assert index.count(": empty file\n") == 22
    assert index.count(": binary file, not text (a PNG image)") == 3
    strict = run(*command, str(articles), "--out", str(out), "--strict", "-q")
    assert strict.exit_code == 1


def test_dates_not_understood_get_one_warning_and_are_listed_in_the_index(tmp_path: Path) -> None:
    """However many dates are not understood, the run warns once, naming the first, and goes on;
    the index lists them all."""
    for number, seed in enumerate(sorted(SEEDS.iterdir())):
        text = seed.read_text(encoding="utf-8")
        record = {"title": seed.stem, "date": f"0{number + 3}/0{2 * number + 4}/2024", "text": text}
        (tmp_path / f"{seed.stem}.json").write_text(json.dumps(record), encoding="utf-8")
    result = run("run", str(tmp_path), "--out", str(tmp_path / "reports"), "-q")
    assert result.exit_code == 0
    first = sorted(SEEDS.iterdir())[0].stem
    assert messages(result) == [
        f'warning: 2 dates not understood, such as "03/04/2024" ({tmp_path / first}.json); '
        "they count as undated: write the day published, as 2024-04-03 or April 3, 2024"
    ]
    index = (tmp_path / "reports" / "index.md").read_text(encoding="utf-8")
    assert f"- {tmp_path / first}.json: 03/04/2024\n" in index.replace("\\_", "_")


def test_a_date_not_understood_is_quoted_as_written(tmp_path: Path) -> None:
    """The warning quotes a date as the file writes it, backslashes and apostrophes as they
    are, not as Python writes a string."""
    for seed in sorted(SEEDS.iterdir()):
        text = seed.read_text(encoding="utf-8")
        record = {"title": seed.stem, "date": "Mar. '24 \\ week 10", "text": text}
        (tmp_path / f"{seed.stem}.json").write_text(json.dumps(record), encoding="utf-8")
    result = run("run", str(tmp_path), "--out", str(tmp_path / "reports"), "-q")
    first = sorted(SEEDS.iterdir())[0].stem
    assert messages(result)[0].startswith(
        f'warning: 2 dates not understood, such as "Mar. \'24 \\ week 10" ({tmp_path / first}.json);'
    )


# Every field that names a record's source, as the warning about records naming none lists them.
NO_SOURCE_FIELD = (
    "no source, outlet, publication, newspaper, newspaper_title, paper, publisher, station, channel,"
    " channel_name, site_name, sitename, site, source_name or from field"
)


def test_a_feed_whose_records_name_no_source_gets_one_warning(tmp_path: Path) -> None:
    """However many records of a file name no source, the file gets one warning line saying
    how many, and that each is labelled by its id as its outlet, which records of that id in
    another file share."""
    ledes = [seed.read_text(encoding="utf-8") for seed in sorted(SEEDS.iterdir())]
    # Each its own rank: records repeated field for field would be read once.
    records = [
        {"title": "Port strike", "rank": n, "text": ledes[n % len(ledes)]} for n in range(40)
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(map(json.dumps, records)), encoding="utf-8")
    result = run("dedup", str(feed), "-q")
    first = read_paths([str(feed)]).documents[0].id
    assert result.exit_code == 0
    assert messages(result) == [
        f"warning: 40 records in {feed} name no source ({NO_SOURCE_FIELD}): each is labelled by"
        f' its id as its outlet, such as "{first}"; records of one id in several files are one'
        " outlet"
    ]


def test_pair_of_an_article_and_a_feed_names_a_records_address(tmp_path: Path) -> None:
    """An article and a feed of two records are three articles: the error says how to name one
    record of the feed by its address."""
    ledes = [seed.read_text(encoding="utf-8") for seed in sorted(SEEDS.iterdir())]
    feed = tmp_path / "feed.jsonl"
    records = [
        {"source": source, "title": f"Story by {source}", "text": lede}
        for source, lede in zip(("Courier", "Ledger"), ledes[::-1], strict=True)
    ]
    feed.write_text("\n".join(map(json.dumps, records)), encoding="utf-8")
    article = sorted(SEEDS.iterdir())[0]
    result = run("pair", str(article), str(feed), "-q")
    assert result.exit_code == 2
    assert messages(result) == [
        f"error: pair compares two articles, but {article} and {feed} hold 3 between them; "
        f"compare run compares any number, and {feed}:1 picks one of {feed}'s records"
    ]


def test_a_feed_with_lines_that_are_not_utf8_gets_one_warning(tmp_path: Path) -> None:
    """A UTF-8 feed with a record pasted in from Windows-1252 is said on one line naming the file
    and how many of its lines were read as Windows-1252; its other records keep their accents."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(merged_feed())
    result = run("dedup", str(feed), "--format", "csv", "-q")
    assert result.exit_code == 0
    assert messages(result) == [
        f"warning: 1 line of {feed} is not UTF-8 (such as {feed}:4): it was read as "
        "Windows-1252, the rest of the file as UTF-8"
    ]
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {(row["source"], row["title"]) for row in rows} == {
        (record["source"], record["title"]) for record in MERGED_FEED
    }


def test_files_read_otherwise_than_named_get_one_warning_each(tmp_path: Path) -> None:
    """A web page saved as .txt, a text padded with zero bytes and JSON Lines saved as .json
    are read, each said on a line naming the file and how it was read; records of one file
    noted alike share a line that counts the rest."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    page = (FIXTURES / "web_page" / "tram-budget.html").read_text(encoding="utf-8")
    (inbox / "page.txt").write_text(page, encoding="utf-8")
    wire = sorted(WIRE_COPY.iterdir())[0]
    (inbox / "padded.txt").write_bytes(wire.read_bytes() + bytes(32))
    records = [
        {"id": {"n": n}, "source": "Bay Post", "text": seed.read_text(encoding="utf-8")}
        for n, seed in enumerate(sorted(SEEDS.iterdir()))
    ]
    (inbox / "feed.json").write_text("\n".join(map(json.dumps, records)), encoding="utf-8")
    result = run("dedup", str(inbox), "--format", "csv", "-q")
    assert result.exit_code == 0
    feed = inbox / "feed.json"
    assert messages(result) == [
        f"warning: {feed} holds JSON Lines: read as JSON Lines, a record a line",
        f"warning: {feed}:1 (and 1 more record of {feed}) gives an id that is an object, not a "
        "string or a number: the record is named by its text, as a record without an id is",
        f"warning: {inbox / 'padded.txt'} ends in 32 zero bytes, the padding of a file cut "
        "short: they were left out",
        f"warning: {inbox / 'page.txt'} holds HTML: read as a web page",
    ]
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    *records_named, padded, page = sorted(row["id"] for row in rows)
    assert (padded, page) == ("padded", "page")
    assert [name.split("-")[0] for name in records_named] == ["feed", "feed"]


def test_the_warning_of_lines_that_are_not_utf8_names_their_code_page(tmp_path: Path) -> None:
    """A record pasted in from Windows-1251 is said to be read as Windows-1251 (review 31 #8)."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(merged_feed(MERGED_FEED_RUSSIAN_LINE, "cp1251"))
    result = run("dedup", str(feed), "--format", "csv", "-q")
    assert messages(result) == [
        f"warning: 1 line of {feed} is not UTF-8 (such as {feed}:{MERGED_FEED_RUSSIAN_LINE}): it "
        "was read as Windows-1251, the rest of the file as UTF-8"
    ]


def test_records_naming_no_source_that_share_an_id_across_files_are_one_outlet(
    tmp_path: Path,
) -> None:
    """Two feeds whose records name no source and give the same ids make one outlet of each id,
    as the warning says: the pair of a story's two records is one source's."""
    lede = "A warehouse fire killed five people in Harbor City on Thursday, officials said."
    levy = "Voters in Springfield approved a new school levy on Tuesday by a wide margin."
    # Not byte for byte: each file is read.
    for name, indent in (("north", None), ("south", 1)):
        records = [{"id": "1", "text": lede}, {"id": "2", "text": levy}]
        (tmp_path / f"{name}.json").write_text(json.dumps(records, indent=indent), "utf-8")
    result = run("run", str(tmp_path), "--out", str(tmp_path / "out"), "--format", "json", "-q")
    assert messages(result) == [
        *(
            f"warning: 2 records in {tmp_path / name}.json name no source ({NO_SOURCE_FIELD}):"
            ' each is labelled by its id as its outlet, such as "1"; records of one id in'
            " several files are one outlet"
            for name in ("north", "south")
        ),
        "warning: 2 ids are given by more than one record (4 records); each such record's id but"
        ' the earliest\'s gets a key of its content added in every output, as "1@05ea9fca"',
    ]
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {pair["same_source"] for pair in report["pairs"]} == {True}


def test_a_named_object_holding_records_that_name_no_source_names_no_outlet(
    tmp_path: Path,
) -> None:
    """A scrape's "name" over its records is no outlet's: only Telegram's export names its
    channel so, over its "messages". Records that name no source under another object's
    "name" are each labelled by its id, and the file is warned about."""
    lede = "A warehouse fire killed five people in Harbor City on Thursday, officials said."
    levy = "Voters in Springfield approved a new school levy on Tuesday by a wide margin."
    scrape = {
        "name": "scrape-2025-06",
        "items": [{"id": "a", "text": lede}, {"id": "b", "text": levy}],
    }
    feed = tmp_path / "scrape.json"
    feed.write_text(json.dumps(scrape), encoding="utf-8")
    result = run("dedup", str(feed), "--format", "csv", "-q")
    assert [row["source"] for row in csv.DictReader(io.StringIO(result.stdout))] == ["a", "b"]
    assert messages(result) == [
        f"warning: 2 records in {feed} name no source ({NO_SOURCE_FIELD}): each is labelled by"
        ' its id as its outlet, such as "a"; records of one id in several files are one outlet'
    ]


def test_ids_given_by_more_than_one_record_get_one_warning(tmp_path: Path) -> None:
    """A merged feed whose records reuse ids: each such record's id but the earliest's gets a key
    of its content added, and
    one warning line counts the ids and records and shows the form, for a pipeline that joins
    the rows back to its feed by id."""
    records = [
        ("bw-101", "Dockworkers at the Port of Calder walked off the job on Monday."),
        ("bw-102", "A warehouse fire killed five people in Harbor City on Thursday."),
        ("bw-101", "Voters in Springfield approved a new school levy on Tuesday."),
        ("bw-103", "The Calder ferry service was cancelled for a second day."),
        ("bw-102", "Heavy rain flooded the Grand River valley overnight."),
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(json.dumps({"id": i, "source": "Bay Wire", "text": t}) for i, t in records),
        encoding="utf-8",
    )
    result = run("dedup", str(feed), "--format", "csv", "-q")
    assert result.exit_code == 0
    assert [row["id"] for row in csv.DictReader(io.StringIO(result.stdout))] == [
        "bw-101",
        "bw-102",
        "bw-101@067fc6ef",
        "bw-103",
        "bw-102@646ea8ea",
    ]
    assert messages(result) == [
        "warning: 2 ids are given by more than one record (4 records); each such record's id but"
        ' the earliest\'s gets a key of its content added in every output, as "bw-101@067fc6ef"'
    ]


def test_the_warnings_on_reading_are_the_lines_the_library_gives(tmp_path: Path) -> None:
    """What the command says of a feed once it is read is ``read_warnings``' lines, word for
    word, in their order: a script that reads the feed itself gets the same lines."""
    feed = tmp_path / "feed.jsonl"
    story = "Flood water closed the Harwick ring road on Tuesday, the county council said."
    records = [
        {"id": "123", "source": "Harwick Post", "text": story, "date": "last Tuesday"},
        {"id": "123", "source": "Vale Radio", "text": f"{story} Buses were diverted."},
        {"id": "hr-9", "text": "The Harwick council approved a budget that raises fares."},
    ]
    feed.write_text(
        "\n".join([*map(json.dumps, records), '{"id": "hp-2" "text": "cut"}']), encoding="utf-8"
    )
    result = run("dedup", str(feed), "--format", "csv", "-q")
    said = read_warnings(read_paths([str(feed)]))
    assert result.exit_code == 0
    assert len(said) == 4
    assert messages(result) == said


def chronicle_versions(**fields: str) -> list[dict[str, str]]:
    """Two saves of one Estuary Chronicle article, the second correcting the bail, each with
    ``fields`` besides."""
    lede = "A judge freed the Farrowdale activists on bail of {} on Monday, their lawyer said."
    return [
        {"id": "ec-88", "source": "Estuary Chronicle", "published": "2025-05-05T16:00:00Z",
         "url": "https://estuarychronicle.example/farrowdale-activists-released",
         "text": lede.format(bail) + "\n\nThe hearing lasted four hours.", **fields}
        for bail in ("£250,000", "£25,000")
    ]  # fmt: skip


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({"modified": "2025-05-05T18:00:00Z"}, id="one_time"),
        pytest.param({}, id="neither_modified"),
        pytest.param({"modified": ""}, id="empty_time"),
    ],
)
def test_versions_of_one_article_modified_at_one_time_with_two_texts_get_one_warning(
    tmp_path: Path, fields: dict[str, str]
) -> None:
    """Two texts of one article that claim one time of modification (a silent edit the content
    system did not stamp; or neither modified, as published): which is current cannot be told,
    and one line names the article; a version export's shared id is no mistake, and gets no
    warning of its own."""
    feed = tmp_path / "cms.jsonl"
    feed.write_text(
        "\n".join(json.dumps(record) for record in chronicle_versions(**fields)), encoding="utf-8"
    )
    result = run("dedup", str(feed), "--format", "csv", "-q")
    assert result.exit_code == 0
    # Versions that give no modification time say so: their feed's field may be one not read.
    when, unread = (
        ("were last modified at one time, 2025-05-05T18:00:00Z", "")
        if fields.get("modified")
        else (
            "were published at one time, 2025-05-05T16:00:00Z",
            ", and none gives when it was modified",
        )
    )
    # The earlier text keeps the id, the other gets a key of its content: each row's id.
    ids = ", ".join(row["id"] for row in csv.DictReader(io.StringIO(result.stdout)))
    assert ids.count("ec-88@") == 1
    assert messages(result) == [
        "warning: 2 versions of Estuary Chronicle's article "
        f"https://estuarychronicle.example/farrowdale-activists-released {when}, with different "
        f"texts ({ids}){unread}: which is current cannot be told"
    ]


def test_versions_in_exports_dated_without_a_zone_get_one_warning(tmp_path: Path) -> None:
    """Two daily exports that date an article's saves without a zone: their clocks may differ,
    the versions are not ordered, and one line says so, naming the article and the files."""
    for hour, record in zip(("0900", "1100"), chronicle_versions(), strict=True):
        moment = "2025-05-05T16:00:00" if hour == "0900" else "2025-05-05T18:30:00"
        dated = record | {"published": "2025-05-05T16:00:00", "modified": moment}
        (tmp_path / f"export-{hour}.jsonl").write_text(json.dumps(dated), encoding="utf-8")
    result = run("dedup", str(tmp_path), "--format", "csv", "-q")
    assert result.exit_code == 0
    files = [tmp_path / f"export-{hour}.jsonl" for hour in ("0900", "1100")]
    assert messages(result) == [
        "warning: the 2 versions of Estuary Chronicle's article "
        f"https://estuarychronicle.example/farrowdale-activists-released in {files[0]} and "
        f"{files[1]} are not ordered: a time without a zone is compared only with those its own "
        "file writes without one; give each time its zone (2025-06-12T09:45:00Z, or +01:00), or "
        "all the versions in one file"
    ]


def test_an_article_ordered_by_its_modifications_gets_no_warning(tmp_path: Path) -> None:
    """Saves of one article, one modified later, one id: a content system's version export,
    which the run orders without a word."""
    records = chronicle_versions()
    records[1] |= {"modified": "2025-05-05T19:00:00Z"}
    feed = tmp_path / "cms.jsonl"
    feed.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    result = run("dedup", str(feed), "--format", "csv", "-q")
    assert (result.exit_code, messages(result)) == (0, [])


def test_an_id_given_once_that_another_records_id_takes_is_warned_of_apart(
    tmp_path: Path,
) -> None:
    """A record whose own id, given once, is what another record's shared id becomes with its
    content's key added gets its place added: the warning counts it apart, and counts only the
    ids more than one record gives (review 31 #7)."""
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "bw-101", "text": "Dockworkers at the Port of Calder walked off the job on Monday."},
        {"id": "bw-101", "text": "A warehouse fire killed five people in Harbor City on Thursday."},
        {"id": "bw-101@b543c03b", "text": "Voters in Springfield approved a school levy."},
        {"text": "The Calder ferry service was cancelled for a second day."},
    ]
    feed.write_text(
        "\n".join(json.dumps({"source": "Bay Wire", **record}) for record in records),
        encoding="utf-8",
    )
    result = run("dedup", str(feed), "--format", "csv", "-q")
    assert [row["id"] for row in csv.DictReader(io.StringIO(result.stdout))] == [
        "bw-101@b543c03b",
        "bw-101",
        f"bw-101@b543c03b@{feed.name}:3",
        f"feed-{text_key(records[3]['text'])}",
    ]
    assert messages(result) == [
        "warning: 1 id is given by more than one record (2 records); each such record's id but the"
        ' earliest\'s gets a key of its content added in every output, as "bw-101@b543c03b"',
        'warning: 1 id given once is another record\'s id with a key or place added, "bw-101@b543c03b";'
        " its record's id gets its own place added in every output, as"
        f' "bw-101@b543c03b@{feed.name}:3"',
    ]


def test_records_of_a_file_skipped_for_one_reason_get_one_warning(tmp_path: Path) -> None:
    """A feed's records with no text (a headline alone) are told on one line for their file,
    counting them and naming the first; a record skipped for another reason has its own line."""
    ledes = [seed.read_text(encoding="utf-8") for seed in sorted(SEEDS.iterdir())]
    stories = [{"source": "Bay Wire", "title": "Port strike", "text": lede} for lede in ledes]
    headlines = [{"source": "Bay Wire", "title": f"Port strike: day {n}"} for n in range(1, 4)]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(map(json.dumps, [*stories, *headlines, None])), encoding="utf-8")
    result = run("dedup", str(feed), "--format", "csv")
    assert result.exit_code == 0
    first, last = len(stories) + 1, len(stories) + len(headlines) + 1
    assert messages(result) == [
        f"warning: skipped 3 records in {feed} (such as {feed}:{first}): no text in any of the "
        "fields text, body, content, article_body, articleBody, body_text, bodyText, content_text, "
        "full_text, body_html, content_html, html, description, summary",
        f"warning: skipped {feed}:{last}: a record must be a JSON object, not null",
    ]


def test_a_telegram_channels_photos_posted_without_text_are_no_warning(tmp_path: Path) -> None:
    """A channel posts photos and files with no caption all the time: they are no articles and
    no broken records, so an export of them gets no warning, and --strict still exits 0."""
    export = str(FIXTURES / "telegram" / "result.json")
    result = run("run", export, "--out", str(tmp_path), "-q", "--strict")
    assert (result.exit_code, messages(result)) == (0, [])


def test_broken_toml_front_matter_gets_a_warning_naming_its_file(tmp_path: Path) -> None:
    """Front matter that is not valid TOML is said on one line naming the file and why; the run
    goes on with what its lines give alone."""
    seeds = sorted(SEEDS.iterdir())
    for seed in seeds:
        front = f'+++\ntitle = "{seed.stem}"\ntags = ["courts"\n+++\n'
        page = (tmp_path / seed.name).with_suffix(".md")
        page.write_text(front + seed.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("dedup", str(tmp_path), "-q")
    assert result.exit_code == 0
    assert messages(result) == [
        f"warning: front matter of {tmp_path / seed.stem}.md is not valid TOML: Unclosed array "
        "(at end of document); only its lines valid alone were read"
        for seed in seeds
    ]


def test_broken_yaml_front_matter_gets_a_warning_naming_its_file(tmp_path: Path) -> None:
    """YAML front matter whose source opens a list it does not close ("[Herald") is said on one
    line naming the file and why, as broken TOML is."""
    seed = sorted(SEEDS.iterdir())[0]
    page = tmp_path / "herald.md"
    front = '---\ntitle: "Peskov accuses NATO"\nsource: [Herald\n---\n'
    page.write_text(front + seed.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("dedup", str(tmp_path), "--format", "csv", "-q")
    assert result.exit_code == 0
    assert messages(result) == [
        f"warning: front matter of {page} is not valid YAML: source opens a list that its line "
        "does not close (line 3); only its lines valid alone were read"
    ]
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert (row["source"], row["title"]) == ("herald", "Peskov accuses NATO")


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        pytest.param([], 0, id="skipped_input_is_fine_by_default"),
        pytest.param(["--strict"], 1, id="strict_makes_it_exit_1"),
    ],
)
def test_strict_exits_1_when_an_input_was_skipped(
    tmp_path: Path, extra: list[str], code: int
) -> None:
    """With --strict a skipped input makes the exit code 1; the reports are written either way."""
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path)
    (tmp_path / "notes.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    result = run("run", str(tmp_path), "--out", str(tmp_path / "reports"), "-q", *extra)
    assert result.exit_code == code
    assert messages(result) == [
        f"warning: skipped {tmp_path / 'notes.doc'}: unsupported file type .doc: save it as plain text (.txt) to compare it"
    ]
    assert (tmp_path / "reports" / "index.md").is_file()


@pytest.mark.parametrize(("extra", "code"), [([], 0), (["--strict"], 1)])
def test_dedup_strict_exits_1_when_an_input_was_skipped(
    tmp_path: Path, extra: list[str], code: int
) -> None:
    """A feed job can tell a run that skipped input: dedup takes --strict too, and still lists
    every article it read."""
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path)
    (tmp_path / "notes.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    result = run("dedup", str(tmp_path), "--format", "jsonl", *extra)
    assert result.exit_code == code
    assert len(result.stdout.splitlines()) == 2


@pytest.mark.parametrize(("extra", "code"), [([], 0), (["--strict"], 1)])
def test_check_strict_exits_1_when_an_input_was_skipped(
    tmp_path: Path, extra: list[str], code: int
) -> None:
    """A nightly job can tell a night that skipped input: check takes --strict as run and dedup
    do, for a broken line of the new batch as for the archive, and prints its pairs all the
    same."""
    new = write_ferry_archive(tmp_path)
    broken = tmp_path / "archive" / "late.jsonl"
    broken.write_text('{"id": "late-1", "source": "Harwick Times", "text": "Ferry\n', "utf-8")
    result = run("check", str(new), "--against", str(tmp_path / "archive"), "-q", *extra)
    assert result.exit_code == code
    assert messages(result)[0].startswith(f"warning: skipped {broken}:1: broken JSON line")
    assert "## Northern Press Agency (npa-ferry) vs Calder Evening Post (new)" in result.stdout


def test_a_feed_whose_records_give_no_date_gets_one_warning_naming_their_fields(
    tmp_path: Path,
) -> None:
    """A supplier that renamed its date field ("pubDate" to "pub_ts") dates none of its
    records: the file gets one warning naming the fields a date is read from and the field
    its records give days in instead; a feed whose records are dated gets none."""
    texts = [
        "Harbour workers in Calder walked out on Monday over pay, halting the ferry service.",
        "The council in Lowick approved a new library budget of 4 million pounds on Tuesday.",
    ]
    undated = tmp_path / "undated.jsonl"
    undated.write_text(
        "".join(
            json.dumps(
                {
                    "guid": f"cg-{n}",
                    "publisher": "Calder Gazette",
                    "pub_ts": "2026-11-24",
                    "body": text,
                }
            )
            + "\n"
            for n, text in enumerate(texts)
        ),
        encoding="utf-8",
    )
    result = run("dedup", str(undated), "-q")
    assert result.exit_code == 0
    assert messages(result) == [
        f"warning: 2 records in {undated}, every one it gives, give no date (no date, published, "
        "published_at, publishedAt, published_time, publish_date, publication_date, pubDate, "
        "pub_date, datePublished, date_published, aired_at or air_date field), though they give days in pub_ts, "
        "a field no date is read from: each is undated, and no date places them before another "
        "article"
    ]
    dated = tmp_path / "dated.jsonl"
    dated.write_text(undated.read_text("utf-8").replace("pub_ts", "pubDate"), "utf-8")
    assert messages(run("dedup", str(dated), "-q")) == []


def test_strict_does_not_count_a_record_written_twice(tmp_path: Path) -> None:
    """A supplier's export that writes one line twice loses nothing: the repeat is read once,
    with its warning, and --strict still exits 0; a line that cannot be read makes it 1."""
    record = {
        "id": "cg-ferry",
        "source": "Calder Gazette",
        "text": "Harbour workers in Calder walked out on Monday over pay, halting the ferry.",
    }
    feed = tmp_path / "feed.jsonl"
    feed.write_text(2 * (json.dumps(record) + "\n"), encoding="utf-8")
    repeated = run("dedup", str(feed), "-q", "--strict")
    assert repeated.exit_code == 0
    assert [line for line in messages(repeated) if "read once" in line]
    feed.write_text(json.dumps(record) + "\n" + '{"id": "cg-2", "text": "Ferry\n', "utf-8")
    assert run("dedup", str(feed), "-q", "--strict").exit_code == 1


def test_strict_with_every_input_usable_exits_0(tmp_path: Path) -> None:
    """--strict changes nothing when every input was read."""
    result = run("run", str(SEEDS), "--out", str(tmp_path), "-q", "--strict")
    assert result.exit_code == 0
    assert messages(result) == []


def test_run_help_documents_the_exit_codes() -> None:
    """`compare run --help` names what exit codes 0, 1 and 2 mean."""
    help_text = " ".join(run("run", "--help").stdout.split())
    for code in ("0 done", "1 done, but --strict and some input was skipped", "2 usage error"):
        assert code in help_text


@pytest.mark.parametrize(
    "command",
    [
        pytest.param([], id="main"),
        pytest.param(["run"], id="run"),
        pytest.param(["pair"], id="pair"),
        pytest.param(["dedup"], id="dedup"),
    ],
)
def test_flags_show_no_value_to_give(command: list[str]) -> None:
    """In --help, no on/off flag's line names a value ("--every-match <bool>" reads as if it
    took one, which it refuses), --help's own included, while every other option's does."""
    group = typer.main.get_group(app)
    declared = group.commands[command[0]].params if command else group.params
    options = {
        name: param.is_flag
        for param in declared
        if isinstance(param, TyperOption)
        for name in param.opts
        if name.startswith("--")
    }
    lines = run(*command, "--help").stdout.splitlines()
    for name, is_flag in {**options, "--help": True}.items():
        (line,) = [line for line in lines if line.startswith(f"│ {name} ")]
        assert ("<" not in line) == is_flag, line


@pytest.mark.parametrize(
    ("options", "code"),
    [pytest.param([], 0, id="default"), pytest.param(["--strict"], 1, id="strict")],
)
def test_an_article_longer_than_the_limit_is_skipped_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: list[str], code: int
) -> None:
    """A file of more text than one article may hold is skipped with one warning line naming
    it, its size and the limit, the run going on without it (exit 1 with --strict)."""
    monkeypatch.setattr("compare.read.MAX_ARTICLE_CHARS", 3_000)
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path / seed.name)
    dump = tmp_path / "council-minutes.txt"
    dump.write_text("Councillors voted to approve the harbour plan on Tuesday.\n" * 60)
    result = run("run", str(tmp_path), "--out", str(tmp_path / "out"), *options)
    assert result.exit_code == code, result.stderr
    assert messages(result) == [
        f"warning: skipped {dump}: 3,480 characters, over the limit of 3,000 for one article "
        "(news articles run to tens of thousands)"
    ]
    assert "skipped inputs     1" in result.stdout


def test_a_file_saved_twice_is_an_identical_copy(tmp_path: Path) -> None:
    """The same article in two files: two documents, their pair a copy flagged identical."""
    (seed,) = [p for p in SEEDS.iterdir() if p.name.startswith("000")]
    for name in ("saved.txt", "saved-again.txt"):
        shutil.copy(seed, tmp_path / name)
    out = tmp_path / "out"
    result = run("run", str(tmp_path), "--out", str(out), "--format", "all", "-q")
    assert result.exit_code == 0, result.stderr
    (pair,) = json.loads((out / "report.json").read_text(encoding="utf-8"))["pairs"]
    assert (pair["a"], pair["b"], pair["verdict"], pair["identical"]) == (
        "saved-again",
        "saved",
        "copy",
        True,
    )
    pairs = (out / "index.md").read_text(encoding="utf-8").split("## Pairs", 1)[1]
    pairs_row = next(line for line in pairs.splitlines() if line.startswith("| story-001 "))
    assert "| copy " in pairs_row
    assert pairs_row.rstrip(" |").endswith("identical")


APP_SHELL = "<html><body><div id='app'></div><script src='/app.js'></script></body></html>"


@pytest.mark.parametrize(
    ("name", "content", "where", "reason"),
    [
        pytest.param("empty.txt", b"", "empty.txt", "empty file", id="empty"),
        pytest.param("blank.md", b" \r\n\t\n", "blank.md", "empty file", id="whitespace_only"),
        pytest.param(
            "scan.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00",
            "scan.txt",
            "binary file, not text (a PNG image)",
            id="binary",
        ),
        pytest.param(
            "story.docx",
            b"PK\x03\x04",
            "story.docx",
            "a broken Word document: not a readable ZIP archive (cut short?)",
            id="broken_word_document",
        ),
        pytest.param(
            "story.mhtml",
            b"MIME-Version: 1.0",
            "story.mhtml",
            "an e-mail message with no text",
            id="mime_headers_alone",
        ),
        pytest.param(
            "feed.jsonl",
            b'{"text": "Talks in Geneva ended on Monday without a deal."}\n{"text": ',
            "feed.jsonl:2",
            "broken JSON line: Expecting value (column 10)",
            id="broken_json_line",
        ),
        pytest.param(
            "home.html",
            APP_SHELL.encode(),
            "home.html",
            "no article text found in the web page",
            id="page_without_article",
        ),
    ],
)
def test_each_bad_input_is_one_warning_line_and_the_run_goes_on(
    tmp_path: Path, name: str, content: bytes, where: str, reason: str
) -> None:
    """A bad input is named once on stderr with its reason; the good articles are compared."""
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path)
    (tmp_path / name).write_bytes(content)
    result = run("run", str(tmp_path), "--out", str(tmp_path / "reports"), "-q")
    assert result.exit_code == 0
    assert messages(result) == [f"warning: skipped {tmp_path / where}: {reason}"]
    assert "Traceback" not in result.stdout + result.stderr
    assert "| [story-001](" in (tmp_path / "reports" / "index.md").read_text(encoding="utf-8")


def test_an_unreadable_file_is_one_warning_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file the system will not let compare read (permission denied) is named with that reason."""
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path)
    (tmp_path / "locked.txt").write_text("Talks ended without a deal.", encoding="utf-8")
    refuse_to_read(monkeypatch, "locked.txt")
    result = run("run", str(tmp_path), "--out", str(tmp_path / "reports"), "-q")
    assert result.exit_code == 0
    assert messages(result) == [
        f"warning: skipped {tmp_path / 'locked.txt'}: cannot read: Permission denied"
    ]


def test_reports_inside_the_input_are_not_read_back(tmp_path: Path) -> None:
    """Running twice with --out inside the input folder reads the same two documents."""
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path)
    for _ in range(2):
        result = run("run", str(tmp_path), "--out", str(tmp_path / "reports"))
        assert result.exit_code == 0
        assert re.search(r"^documents +2$", result.stdout, re.MULTILINE)


def test_reports_copied_into_the_input_are_one_warning_and_not_read(tmp_path: Path) -> None:
    """An earlier run's reports copied into the input without their folder's list are left out,
    with one warning line that counts them and names their folder."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    assert (
        run("run", str(articles), "--out", str(tmp_path / "first"), "--format", "all").exit_code
        == 0
    )
    copied = articles / "last-week"
    shutil.copytree(tmp_path / "first", copied, ignore=shutil.ignore_patterns(".compare-files"))
    assert len(list(copied.iterdir())) == 5
    result = run("run", str(articles), "--out", str(tmp_path / "second"), "-q")
    assert result.exit_code == 0
    assert messages(result) == [
        f"warning: skipped 5 report files that compare wrote earlier, in {copied.as_posix()}: "
        "a report is not read as an article"
    ]
    assert (tmp_path / "first" / "index.md").read_text(encoding="utf-8") == (
        tmp_path / "second" / "index.md"
    ).read_text(encoding="utf-8")


def test_user_files_in_out_are_never_overwritten(tmp_path: Path) -> None:
    """An index.md that compare did not write stops the run and stays as it was."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.md").write_text("my notes", encoding="utf-8")
    result = run("run", str(SEEDS), "--out", str(out))
    assert result.exit_code == 2
    assert "was not written by compare" in result.stderr
    assert (out / "index.md").read_text(encoding="utf-8") == "my notes"


def test_files_in_the_way_name_a_free_folder_to_write_to_instead(tmp_path: Path) -> None:
    """The error of a report folder holding the user's own index.md ends with the command that
    writes the reports elsewhere, to a folder not there yet, quoted as a shell needs it: a
    first-time user did not know how to "choose another report folder"."""
    out = tmp_path / "My reports"
    out.mkdir()
    (out / "index.md").write_text("my notes", encoding="utf-8")
    (tmp_path / "My reports-2").mkdir()
    result = run("run", str(SEEDS), "--out", str(out))
    assert result.exit_code == 2
    assert messages(result)[0].endswith(
        f"move it or give another folder with --out, e.g. `compare run {SEEDS} --out "
        f"'{tmp_path}/My reports-3'`"
    )


def test_every_user_file_in_the_way_is_named_at_once(tmp_path: Path) -> None:
    """Several files of the user's where reports would go stop the run with one line naming
    them all, so that one run tells the user everything to move; each stays as it was."""
    out = tmp_path / "out"
    out.mkdir()
    for name in ("index.md", "report.json"):
        (out / name).write_text("my notes", encoding="utf-8")
    result = run("run", str(SEEDS), "--out", str(out), "--format", "all")
    assert result.exit_code == 2
    assert messages(result) == [
        f"error: {out}/index.md and {out}/report.json exist and were not written by compare; "
        "move them or give another folder with --out, e.g. "
        f"`compare run {SEEDS} --out {out}-2 --format all`"
    ]
    assert [(out / name).read_text(encoding="utf-8") for name in ("index.md", "report.json")] == [
        "my notes",
        "my notes",
    ]


def test_a_report_edited_since_it_was_written_is_never_overwritten(tmp_path: Path) -> None:
    """A user's notes in a report stop the next run, whether it would rewrite the file or
    remove it; the edited file stays as it was."""
    out = tmp_path / "out"
    run("run", str(WIRE_COPY), "--out", str(out), "-q")
    (story,) = sorted(out.glob("story-*.md"))[:1]
    annotated = story.read_text(encoding="utf-8") + "\nMY NOTE: check the quote with the desk.\n"
    story.write_text(annotated, encoding="utf-8")
    for again in (WIRE_COPY, SEEDS):
        result = run("run", str(again), "--out", str(out), "-q")
        assert result.exit_code == 2
        assert messages(result) == [
            f"error: {story} was changed since compare wrote it; move it or give another folder "
            f"with --out, e.g. `compare run {again} --out {out}-2`"
        ]
        assert story.read_text(encoding="utf-8") == annotated
    story.unlink()
    assert run("run", str(WIRE_COPY), "--out", str(out), "-q").exit_code == 0


def test_stale_story_files_are_removed_and_other_files_kept(tmp_path: Path) -> None:
    """A rerun removes story files of its earlier run that no longer exist, nothing else."""
    out = tmp_path / "out"
    run("run", str(WIRE_COPY), "--out", str(out), "-q")
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    assert len(list(out.glob("story-*.md"))) == 2
    run("run", str(SEEDS), "--out", str(out), "-q")
    assert sorted(p.name for p in out.glob("story-*.md")) == [
        "story-001-peskov-natos-actions-are-pushing-russia.md"
    ]
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("out", [".", "articles", "articles/../articles"])
def test_out_that_holds_an_input_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str
) -> None:
    """A report folder that is the input folder, or holds it, is refused before anything is
    read or written (no warning of a file skipped comes before the error): its reports would be
    read as articles next time."""
    import compare.pipeline

    def compare_paths(*args: object, **kwargs: object) -> None:
        raise AssertionError("articles were read before --out was checked")

    monkeypatch.setattr(compare.pipeline, "compare_paths", compare_paths)
    shutil.copytree(SEEDS, tmp_path / "articles")
    (tmp_path / "articles" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    monkeypatch.chdir(tmp_path)
    result = run("run", "articles/", "--out", out)
    assert result.exit_code == 2
    assert messages(result) == [
        f"error: --out {out} holds the input articles/: write the reports to a folder of their "
        "own, such as --out reports"
    ]
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted(
        ["articles", "photo.jpg", *(p.name for p in SEEDS.iterdir())]
    )


def test_out_inside_an_input_that_holds_articles_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A report folder inside the input that holds an article (an outlet's folder given as
    --out by mistake) is refused: the run would leave the article out, and every later run too
    once the folder held reports."""
    shutil.copytree(SEEDS, tmp_path / "articles")
    article = next((tmp_path / "articles").iterdir()).name
    (tmp_path / "articles" / "outlet").mkdir()
    shutil.move(tmp_path / "articles" / article, tmp_path / "articles" / "outlet" / article)
    monkeypatch.chdir(tmp_path)
    result = run("run", "articles", "--out", "articles/outlet")
    assert result.exit_code == 2
    assert messages(result) == [
        f"error: --out articles/outlet is inside the input articles and holds "
        f"articles/outlet/{article}, an article compare did not write and would leave out: move "
        "it, or write the reports to a folder outside the input"
    ]
    assert sorted(p.name for p in (tmp_path / "articles" / "outlet").iterdir()) == [article]


def test_out_inside_an_input_may_hold_files_compare_never_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dedup list saved beside the reports (clusters.csv) is no article: runs into that
    folder go on."""
    shutil.copytree(SEEDS, tmp_path / "articles")
    monkeypatch.chdir(tmp_path / "articles")
    assert run("run", ".", "--quiet").exit_code == 0
    (tmp_path / "articles" / "reports" / "clusters.csv").write_text("id\n", encoding="utf-8")
    result = run("run", ".", "--quiet")
    assert result.exit_code == 0, result.stderr


def interrupt_the_second_report(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make the writer raise KeyboardInterrupt, as Ctrl-C would, when it starts the second
    report file (its list of reports aside); the names it was asked to write, as it goes."""
    original = report_write._write_atomically
    started: list[str] = []

    def interrupt_on_the_second(target: Path, pieces: Iterable[str]) -> str:
        if target.name != ".compare-files":
            started.append(target.name)
            if len(started) == 2:
                raise KeyboardInterrupt
        return original(target, pieces)

    monkeypatch.setattr(report_write, "_write_atomically", interrupt_on_the_second)
    return started


def test_ctrl_c_says_what_it_left_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while writing the reports ends with one line saying so and the exit code a
    shell gives it; the story pages are written before the index that links them, so the
    story written before the interrupt has no index yet to point at a missing page."""
    calls = interrupt_the_second_report(monkeypatch)
    out = tmp_path / "out"
    result = run("run", str(PORT_STRIKE), "--out", str(out), "--quiet")
    assert result.exit_code == 130
    assert messages(result) == [
        f"interrupted: the reports in {out} are partly written: 1 of 1 story page, no "
        "index.md; run again to complete them"
    ]
    assert calls[0].startswith("story-001")
    assert not (out / "index.md").exists()


def test_a_rerun_cut_short_leaves_no_earlier_index_or_json_beside_new_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C during a re-run leaves no earlier run's index.md or report.json, which would
    describe other pages than the new ones beside them and look finished; a user's own file
    stays, and the next run completes the reports."""
    out = tmp_path / "out"
    assert run("run", str(PORT_STRIKE), "--out", str(out), "--format", "all", "-q").exit_code == 0
    (out / "notes.txt").write_text("my notes\n", encoding="utf-8")
    written = interrupt_the_second_report(monkeypatch)
    result = run("run", str(PORT_STRIKE), "--out", str(out), "--format", "all", "-q")
    assert result.exit_code == 130
    assert written[0].startswith("story-001")
    assert not (out / "index.md").exists()
    assert not (out / "report.json").exists()
    assert (out / "notes.txt").read_text(encoding="utf-8") == "my notes\n"
    monkeypatch.undo()
    assert run("run", str(PORT_STRIKE), "--out", str(out), "--format", "all", "-q").exit_code == 0
    assert (out / "index.md").is_file() and (out / "report.json").is_file()


def test_version_is_the_installed_one() -> None:
    """``compare --version`` prints the installed package's version, with the fingerprints of
    its code and data files that report.json's ``software`` gives, on one line, and exits."""
    result = run("--version")
    printed = re.fullmatch(
        r"compare (\S+) \(code ([0-9a-f]{16}); framing_terms\.toml ([0-9a-f]{16}), "
        r"paraphrase_model\.json ([0-9a-f]{16})\)\n",
        result.stdout,
    )
    assert result.exit_code == 0 and printed
    made_by = software()
    expected = version("compare"), made_by["code"], *made_by["data"].values()
    assert printed.groups() == expected


def test_out_that_is_a_file_is_an_error(tmp_path: Path) -> None:
    """--out naming an existing file is refused."""
    (tmp_path / "reports").write_text("x", encoding="utf-8")
    result = run("run", str(SEEDS), "--out", str(tmp_path / "reports"))
    assert result.exit_code == 2
    assert "is a file, not a folder" in result.stderr


def test_a_user_page_named_as_story_pages_are_stops_the_run_before_reading(
    tmp_path: Path,
) -> None:
    """A page of the user's named as compare names its story pages may be one the run would
    overwrite: the run says so before reading anything, not after the whole comparison, and
    leaves the page as it was; a page of another name, one compare never writes, is no
    concern."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "story-001-my-notes.md").write_text("my notes", encoding="utf-8")
    (out / "sources.md").write_text("my list", encoding="utf-8")
    (out / "story-9-draft.md").write_text("my draft", encoding="utf-8")
    result = run("run", str(SEEDS), "--out", str(out))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {out}/story-001-my-notes.md exists and was not written by compare; "
        f"move it or give another folder with --out, e.g. `compare run {SEEDS} --out {out}-2`"
    ]
    assert (out / "story-001-my-notes.md").read_text(encoding="utf-8") == "my notes"
    json_only = run("run", str(SEEDS), "--out", str(out), "--format", "json", "-q")
    assert json_only.exit_code == 0
    assert sorted(path.name for path in out.iterdir()) == [
        ".compare-files",
        "edges.csv",
        "framing.csv",
        "report.json",
        "sources.md",
        "story-001-my-notes.md",
        "story-9-draft.md",
    ]


@pytest.mark.parametrize(
    ("setting_up", "format", "error"),
    [
        ("a file", "md", "error: the report folder {out} is a file, not a folder"),
        (
            "a folder in a file",
            "md",
            "error: the report folder {out} lies inside {out.parent}, a file, not a folder",
        ),
        (
            "a user's index.md",
            "md",
            "error: {out}/index.md exists and was not written by compare; move it or give "
            "another folder with --out, e.g. `compare run {seeds} --out {out}-2`",
        ),
        (
            "a user's report.json",
            "all",
            "error: {out}/report.json exists and was not written by compare; move it or give "
            "another folder with --out, e.g. `compare run {seeds} --out {out}-2 --format all`",
        ),
        (
            "a folder that may not be written to",
            "md",
            "error: cannot write the reports to {out}: Permission denied; choose a report folder "
            "that can be written to (--out)",
        ),
        (
            "a broken link",
            "md",
            "error: the report folder {out} is a link to {out.parent}/gone, which does not exist",
        ),
        (
            "a folder on a read-only file system",
            "md",
            "error: cannot write the reports to {out}: Read-only file system; choose a report "
            "folder that can be written to (--out)",
        ),
        (
            "a folder the file system refuses",
            "md",
            "error: cannot write the reports: {out}: Read-only file system; choose a report "
            "folder that can be written to (--out)",
        ),
        (
            "a folder named as compare's list of its reports",
            "md",
            "error: cannot write the reports: {out}/.compare-files is no file: compare lists the "
            "reports it wrote there; move it or give another folder with --out, e.g. "
            "`compare run {seeds} --out {out}-2`",
        ),
    ],
)
def test_an_unusable_out_is_refused_before_any_article_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting_up: str, format: str, error: str
) -> None:
    """A mistyped --out costs a second, not the whole run: it is checked before the work."""
    import compare.pipeline

    out = tmp_path / "out"
    if setting_up == "a file":
        out.write_text("x", encoding="utf-8")
    elif setting_up == "a folder in a file":
        out.write_text("x", encoding="utf-8")
        out = out / "reports"
    elif setting_up == "a broken link":
        out.symlink_to(tmp_path / "gone")
    elif setting_up == "a folder the file system refuses":
        # As /proc does: permissions allow it, making it fails.
        def refuse(folder: Path, *args: object, **kwargs: object) -> None:
            raise OSError(errno.EROFS, "Read-only file system", str(folder))

        monkeypatch.setattr(Path, "mkdir", refuse)
    else:
        out.mkdir()
    if setting_up.startswith("a user's"):
        (out / setting_up.removeprefix("a user's ")).write_text("mine", encoding="utf-8")
    if setting_up == "a folder named as compare's list of its reports":
        (out / ".compare-files").mkdir()
    if setting_up in ("a folder that may not be written to", "a folder on a read-only file system"):
        # As root, a folder's mode never stops a write: the system is made to say no for it.
        access = os.access
        monkeypatch.setattr(
            os,
            "access",
            lambda path, mode: not (path == out and mode & os.W_OK) and access(path, mode),
        )
    if setting_up == "a folder on a read-only file system":
        # As a disk remounted read-only once full, or a container's image, is.
        statvfs = os.statvfs
        monkeypatch.setattr(
            os,
            "statvfs",
            lambda path: (
                os.statvfs_result((4096, 4096, 100, 0, 0, 100, 0, 0, os.ST_RDONLY, 255))
                if path == out
                else statvfs(path)
            ),
        )

    def compare_paths(*args: object, **kwargs: object) -> None:
        raise AssertionError("articles were read before --out was checked")

    monkeypatch.setattr(compare.pipeline, "compare_paths", compare_paths)
    result = run("run", str(SEEDS), "--out", str(out), "--format", format)
    assert result.exit_code == 2
    assert messages(result) == [error.format(out=out, seeds=SEEDS)]


def test_a_run_that_fails_leaves_no_out_folder_behind(tmp_path: Path) -> None:
    """--out is made to check that it can be, and goes again when the run writes nothing; the
    error is the only line, with no stage that had nothing to do reported before it."""
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("run", str(empty), "--out", str(tmp_path / "new" / "reports"))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"error: no usable document in {empty}"]
    assert not (tmp_path / "new").exists()


def test_a_single_document_still_gets_a_report(tmp_path: Path) -> None:
    """One document: a note that there is nothing to compare, and a report of it."""
    (seed,) = [p for p in SEEDS.iterdir() if p.name.startswith("000")]
    result = run("run", str(seed), "--out", str(tmp_path))
    assert result.exit_code == 0
    assert "only one document" in result.stderr
    story = next(tmp_path.glob("story-*.md")).read_text(encoding="utf-8")
    assert "Only one document tells this story" in story


def test_pair_prints_one_comparison() -> None:
    """`compare pair` prints the Markdown comparison of two articles to stdout."""
    result = run("pair", str(WIRE_COPY / "wire.md"), str(WIRE_COPY / "daily.md"))
    assert result.exit_code == 0
    assert result.stdout.startswith(
        f"{REPORT_PAGE_MARK}\n## Wire Service (wire) vs Daily Herald (daily)"
    )
    assert "**Verdict: derived**" in result.stdout
    assert "~~stated~~ **claimed**" in result.stdout


def test_pair_shows_its_stages_on_stderr_only_to_a_person_watching(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two long articles take seconds to compare: `compare pair` shows the stages run shows
    when a person watches stderr, and nothing to a script; its stdout is the same either way."""
    args = ("pair", str(WIRE_COPY / "wire.md"), str(WIRE_COPY / "daily.md"))
    unwatched = run(*args)
    assert unwatched.stderr == ""
    monkeypatch.setattr(cli, "_watched", lambda: True)
    watched = run(*args)
    assert watched.stdout == unwatched.stdout
    assert all(map(PROGRESS.fullmatch, watched.stderr.splitlines()))
    assert "align: 1 document pair done" in untimed(watched)


def test_pair_prints_the_report_json_of_the_two_articles() -> None:
    """`compare pair --format json` prints what a run's report.json gives of the two articles,
    for a script: their verdict, and each match's offsets into the texts it gives, where a
    copied sentence's words are."""
    result = run(
        "pair", str(WIRE_COPY / "wire.md"), str(WIRE_COPY / "daily.md"), "--format", "json"
    )
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    ((pair),) = report["pairs"]
    assert (pair["a"], pair["b"], pair["verdict"]) == ("wire", "daily", "derived")
    texts = {document["id"]: document["text"] for document in report["documents"]}
    match = pair["matches"][0]
    copied = texts["wire"][match["a"]["start"] : match["a"]["end"]]
    assert copied.startswith("Kremlin spokesman Dmitry Peskov has accused NATO")
    assert texts["daily"][match["b"]["start"] : match["b"]["end"]] == copied
    assert match["diff"] == [{"op": "equal", "a": copied, "b": None}]


def test_check_of_a_class_counts_the_other_submissions_beside_the_sources(
    tmp_path: Path,
) -> None:
    """A lecturer checks five students' stories against the three sources: each is compared
    with the other four too, and its line says so, not that 3 archive articles gave 7 pairs."""
    write_library_assignment(tmp_path)
    result = run(
        "check", str(tmp_path / "submissions"), "--against", str(tmp_path / "sources"), "-q"
    )
    assert result.exit_code == 0
    (cole,) = [line for line in result.stdout.splitlines() if line.startswith("**submissions/Cole")]
    assert cole.startswith(
        "**submissions/Cole\\_Maya\\_story (Cole\\_Maya\\_story)** against 3 archive articles "
        "and 4 other new articles: 7 pairs (1 copy, 6 independent); flagged: "
        "submissions/Dowd\\_Sean\\_story (Dowd\\_Sean\\_story), which it takes from (copy, "
        "uncredited)."
    )


def test_check_prints_the_new_articles_pairs_with_the_archive_best_first(
    tmp_path: Path,
) -> None:
    """`compare check` prints a pair section for each archive article that shares text with
    the new one, the closest copy first, and none for an archive article on another story."""
    new = write_ferry_archive(tmp_path)
    result = run("check", str(new), "--against", str(tmp_path / "archive"), "-q")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[1] == (
        "**Calder Evening Post (new)** against 3 archive articles: 2 pairs (2 derived); flagged: "
        "Northern Press Agency (npa-ferry), which it takes from (derived, uncredited)."
    )
    sections = [line for line in lines if line.startswith("## ")]
    assert sections == [
        "## Northern Press Agency (npa-ferry) vs Calder Evening Post (new)",
        "## Harwick Times (harwick-ferry) vs Calder Evening Post (new)",
    ]
    assert "libraries" not in result.stdout


def test_check_agrees_with_a_run_over_the_archive_and_the_new_article(tmp_path: Path) -> None:
    """`compare check --format json` gives the new article's pairs as a run of the archive with
    it does, and only those: no pair of two archive articles, no article of another story."""
    new = write_ferry_archive(tmp_path)
    archive = tmp_path / "archive"
    result = run("check", str(new), "--against", str(archive), "--format", "json", "-q")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    checked = {(p["a"], p["b"]): (p["verdict"], p["direction"]) for p in report["pairs"]}
    everything = compare_paths([archive, new])
    ran = {
        (p.a, p.b): (p.verdict.value, p.direction) for p in everything.pairs if "new" in (p.a, p.b)
    }
    assert checked == ran
    assert len(checked) == 2
    assert "lowick-libraries" not in {d["id"] for d in report["documents"]}


@pytest.mark.parametrize(
    ("extra", "archive_text"),
    [
        pytest.param([], True, id="archive_texts_given"),
        pytest.param(["--no-archive-text"], False, id="archive_texts_left_out"),
    ],
)
def test_check_json_marks_the_new_articles(
    tmp_path: Path, extra: list[str], archive_text: bool
) -> None:
    """A nightly loader tells new articles from the archive's by `new`, not by their paths;
    --no-archive-text leaves the archive articles' texts out (null), which the archive holds,
    and keeps the new article's, which its matches' offsets point into."""
    new = write_ferry_archive(tmp_path)
    archive = tmp_path / "archive"
    result = run("check", str(new), "--against", str(archive), "--format", "json", "-q", *extra)
    assert result.exit_code == 0, result.stderr
    documents = {d["id"]: d for d in json.loads(result.stdout)["documents"]}
    assert {doc for doc, d in documents.items() if d["new"]} == {"new"}
    assert isinstance(documents["new"]["text"], str) and documents["new"]["text"]
    assert all(
        (d["text"] is not None) is archive_text for doc, d in documents.items() if doc != "new"
    )


def test_check_fail_on_exits_1_when_the_new_article_reuses_the_archive(tmp_path: Path) -> None:
    """A publishing script's yes/no: `check --fail-on derived` exits 1 for a new article derived
    from the archive's wire story, and 0 for one on a story the archive lacks."""
    new = write_ferry_archive(tmp_path)
    archive = str(tmp_path / "archive")
    result = run("check", str(new), "--against", archive, "--fail-on", "derived")
    assert result.exit_code == 1, result.stderr
    assert messages(result)[-1] == (
        "--fail-on derived: found 2 pairs with such a verdict (Harwick Times (harwick-ferry) vs "
        "Calder Evening Post (new); Northern Press Agency (npa-ferry) vs Calder Evening Post "
        "(new)) (exit code 1)"
    )
    lone = tmp_path / "lone.txt"
    lone.write_text(
        "Gresford's marathon drew a record 4,300 runners on Sunday under clear skies.\n",
        encoding="utf-8",
    )
    assert run("check", str(lone), "--against", archive, "--fail-on", "derived").exit_code == 0


# A local-history wiki's article, written in 2017, and a news site's piece that pasted two of
# its sentences in 2024; and a draft that pastes a paper's report.
LIGHTHOUSE_WIKI = (
    "---\nsource: Fenmouth Local History Wiki\ndate: 2017-04-02\n---\n"
    "Gannet Head Lighthouse stands on the cliffs above Fenmouth harbour.\n\n"
    "It was built by the harbour trust in 1851 after three ships were lost on the reef in a "
    "single winter.\n\n"
    "The lamp was converted to electric power in 1936 and automated in 1989, when its last "
    "keeper, Walter Penrose, retired.\n"
)
LIGHTHOUSE_SITE = (
    "---\nsource: Coastline Weekly\ndate: 2024-06-20\n---\n"
    "Gannet Head Lighthouse will open to visitors this summer for the first time.\n\n"
    "It was built by the harbour trust in 1851 after three ships were lost on the reef in a "
    "single winter.\n\n"
    "The lamp was converted to electric power in 1936 and automated in 1989, when its last "
    "keeper, Walter Penrose, retired.\n\n"
    "Tickets go on sale on Monday.\n"
)


def test_check_fail_on_by_new_counts_only_what_the_new_article_took(tmp_path: Path) -> None:
    """A copyright patroller's gate: with by_new, a verdict counts only where the checked
    article took from the archive's, credited or not; a site that pasted the checked article
    (it is the copy, by date) no longer fails it, and the last line names the pairs as plain
    text, not Markdown (acceptance round 36, d5)."""
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "coastline-weekly.md").write_text(LIGHTHOUSE_SITE, encoding="utf-8")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    wiki = drafts / "Gannet_Head_Lighthouse.md"
    wiki.write_text(LIGHTHOUSE_WIKI, encoding="utf-8")
    gate = ("--against", str(archive), "--fail-on", "by_new,copy,derived,partial", "-q")
    without = run("check", str(wiki), *gate[:3], "copy,derived,partial", "-q")
    assert without.exit_code == 1, without.stderr
    assert "Coastline Weekly takes from" not in without.stderr
    assert f"{archive / 'coastline-weekly.md'} takes from {wiki}" in without.stderr
    assert run("check", str(wiki), *gate).exit_code == 0
    (archive / "coastline-weekly.md").unlink()
    (archive / "gannet-head.md").write_text(LIGHTHOUSE_WIKI, encoding="utf-8")
    draft = drafts / "Gannet_Head_open_day.md"
    draft.write_text(LIGHTHOUSE_SITE.replace("source: Coastline Weekly\n", ""), "utf-8")
    pasted = run("check", str(draft), *gate)
    assert pasted.exit_code == 1, pasted.stderr
    assert messages(pasted)[-1] == (
        "--fail-on by_new,copy,derived,partial: found 1 pair with such a verdict "
        "(Fenmouth Local History Wiki (gannet-head) vs drafts/Gannet_Head_open_day "
        "(Gannet_Head_open_day)) (exit code 1)"
    )


def test_check_fail_on_leaves_out_two_copies_of_one_post(tmp_path: Path) -> None:
    """A chain checked against the archive is not charged with dropping the hedges a paper added
    to the account both took from: their pair names the account as what both took, so its
    framing differences are each one's changes of the account, not the chain's of the paper's
    (retest of acceptance round 39, b2)."""
    write_agua_chain(tmp_path / "archive")
    chain = tmp_path / "archive" / "cadena.txt"
    new = tmp_path / "new" / "cadena.txt"
    new.parent.mkdir()
    chain.rename(new)
    gate = ("--against", str(tmp_path / "archive"), "-q", "--fail-on")
    checked = run("check", str(new), *gate, "hedge_added,hedge_removed,attribution_removed")
    assert checked.exit_code == 0, checked.stderr
    assert "Diario Ya" not in checked.stderr


def test_fail_on_by_new_is_refused_where_no_article_is_new(tmp_path: Path) -> None:
    """by_new asks which article is a check's new one: run and pair have none, and by_new
    alone counts nothing; each is refused with a line that says what to give."""
    (tmp_path / "wiki.md").write_text(LIGHTHOUSE_WIKI, encoding="utf-8")
    (tmp_path / "site.md").write_text(LIGHTHOUSE_SITE, encoding="utf-8")
    ran = run("run", str(tmp_path), "--out", str(tmp_path / "out"), "--fail-on", "by_new,copy")
    assert ran.exit_code == 2
    assert messages(ran) == [
        "error: --fail-on by_new counts the pairs a new article of compare check takes from its "
        "archive, and compare run has none: give the article to check and --against the "
        "archive to compare check"
    ]
    alone = run(
        "check",
        str(tmp_path / "site.md"),
        "--against",
        str(tmp_path / "wiki.md"),
        "--fail-on",
        "by_new",
    )
    assert alone.exit_code == 2
    assert "'by_new' narrows what the others count" in " ".join(
        alone.stderr.replace("│", " ").split()
    )


def test_check_fail_on_names_five_pairs_and_counts_the_rest(tmp_path: Path) -> None:
    """A nightly job's --fail-on line stays short however many pairs it finds: it names the
    first five and counts the rest, which stdout gives."""
    text = (
        "Dock workers at the port of Calder walked out on Monday in a dispute over pay.\n\n"
        "The union said 640 members joined the strike, halting ferries to the islands.\n\n"
        "Port managers said talks would resume once the union dropped its demands.\n"
    )
    archive = tmp_path / "archive"
    archive.mkdir()
    for n in range(7):
        (archive / f"paper{n}.md").write_text(f"---\nsource: Paper {n}\n---\n{text}", "utf-8")
    new = tmp_path / "new.md"
    new.write_text(f"---\nsource: Calder Evening Post\n---\n{text}", "utf-8")
    result = run("check", str(new), "--against", str(archive), "--fail-on", "copy")
    assert result.exit_code == 1, result.stderr
    line = messages(result)[-1]
    assert line.startswith("--fail-on copy: found 7 pairs with such a verdict (Paper 0 ")
    assert line.count(" vs ") == 5
    assert line.endswith("; and 2 more, stdout gives every one) (exit code 1)")
    assert result.stdout.count("Calder Evening Post (new)") >= 7


def test_check_flags_a_figure_given_differently(tmp_path: Path) -> None:
    """An agency checking a partner's copy: the new article's line names each pair that gives a
    figure differently or reuses without credit, with its flags."""
    new = write_ferry_archive(tmp_path)
    new.write_text(FERRY_FIRE_NEW.replace("212 passengers", "240 passengers"), encoding="utf-8")
    archive = str(tmp_path / "archive")
    result = run("check", str(new), "--against", archive, "-q")
    assert result.exit_code == 0
    assert (
        "; flagged: Northern Press Agency (npa-ferry), which it takes from (derived, uncredited, "
        "a figure given "
    ) in result.stdout


def test_check_says_an_archive_article_copied_the_new_one(tmp_path: Path) -> None:
    """An agency checking its own story against what others ran: the new article's line says
    the archive's later, uncredited copy takes from it, not that it takes from the copy."""
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "coastline.md").write_text(
        FERRY_FIRE_WIRE.replace("Northern Press Agency", "Coastline Today")
        .replace("2025-06-14", "2025-06-15")
        .replace("TARROW, June 14 (NPA) - ", ""),
        encoding="utf-8",
    )
    new = tmp_path / "npa.md"
    new.write_text(FERRY_FIRE_WIRE, encoding="utf-8")
    result = run("check", str(new), "--against", str(archive), "-q")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1] == (
        "**Northern Press Agency (npa)** against 1 archive article: 1 pair (1 copy); flagged: "
        "Coastline Today (coastline), which takes from it (copy, uncredited)."
    )


def test_check_shows_flagged_pairs_before_closer_copies(tmp_path: Path) -> None:
    """The pair sections of `compare check` come flagged first: a rewrite that reuses without
    credit comes before the wire's copy that credits it, though the copy shares more."""
    new = write_ferry_archive(tmp_path)
    result = compare_paths([tmp_path / "archive", new])
    credited = [
        replace(pair, undisclosed_reuse="harwick-ferry" in (pair.a, pair.b))
        for pair in result.pairs
        if "new" in (pair.a, pair.b)
    ]
    report = render_check_report(replace(result, pairs=tuple(credited)), {"new"}, 3, 10)
    assert [line for line in report if line.startswith("## ")] == [
        "## Harwick Times (harwick-ferry) vs Calder Evening Post (new)",
        "## Northern Press Agency (npa-ferry) vs Calder Evening Post (new)",
    ]


def test_check_names_the_pairs_past_max_pairs_in_one_line(tmp_path: Path) -> None:
    """`compare check --max-pairs 1` shows the best pair's section and names the rest."""
    new = write_ferry_archive(tmp_path)
    archive = str(tmp_path / "archive")
    result = run("check", str(new), "--against", archive, "--max-pairs", "1", "-q")
    assert result.exit_code == 0
    assert [line for line in result.stdout.splitlines() if line.startswith("## ")] == [
        "## Northern Press Agency (npa-ferry) vs Calder Evening Post (new)"
    ]
    assert "… 1 more: Harwick Times (harwick-ferry) (derived)" in result.stdout


def test_check_says_when_no_archive_article_shares_text(tmp_path: Path) -> None:
    """A new article on a story the archive lacks is checked all the same: a line says that no
    article shares its text, and the command exits 0."""
    write_ferry_archive(tmp_path)
    lone = tmp_path / "lone.txt"
    lone.write_text(
        "Gresford's marathon drew a record 4,300 runners on Sunday under clear skies.\n",
        encoding="utf-8",
    )
    result = run("check", str(lone), "--against", str(tmp_path / "archive"), "-q")
    assert result.exit_code == 0
    assert "against 3 archive articles: no article shares text with it." in result.stdout
    assert "## " not in result.stdout


def test_check_without_a_usable_new_article_exits_2(tmp_path: Path) -> None:
    """A new file that holds no article is one error line, not an empty check."""
    write_ferry_archive(tmp_path)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run("check", str(tmp_path / "empty.txt"), "--against", str(tmp_path / "archive"))
    assert result.exit_code == 2
    assert messages(result)[-1] == f"error: no usable article in {tmp_path / 'empty.txt'}"


def test_pair_compares_two_records_of_one_feed(tmp_path: Path) -> None:
    """`compare pair` takes records by the addresses report.json names them by (its documents'
    `record`): two lines of one JSON Lines feed, the other records left unread."""
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "wire-1", "source": "Wire Service", "text": "Talks in Geneva ended on Monday."},
        {"id": "other", "source": "Gazette", "text": "The council approved a tram line."},
        {"id": "daily-1", "source": "Daily", "text": "Talks in Geneva ended on Monday."},
    ]
    feed.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    result = run("pair", f"{feed}:1", f"{feed}:3")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(
        f"{REPORT_PAGE_MARK}\n## Wire Service (wire-1) vs Daily (daily-1)"
    )
    assert "**Verdict: copy**" in result.stdout
    missing = run("pair", f"{feed}:1", f"{feed}:4")
    assert missing.exit_code == 2
    assert missing.stderr.startswith(f"error: no record at {feed}:4: give a line")


# Two outlets' folders whose names a shell's glob orders one way under C and the other under
# de_DE.UTF-8, each with an undated rewrite of a bridge story and of a rate rise: which rewrite
# is a pair's A, and which story is story-001, followed the order the paths were given in.
GLOB_ORDERED = {
    "north_star/bridge.txt": (
        "The Calder bridge collapsed on Monday evening, killing three people, officials said.\n\n"
        "Rescue crews searched the river through the night, the fire service said.\n\n"
        "The mayor declared a day of mourning for Saturday."
    ),
    "northern_post/bridge.txt": (
        "The Calder bridge collapsed on Monday, killing at least three people, officials said.\n\n"
        "Rescue crews reportedly searched the river through the night.\n\n"
        "The mayor declared Saturday a day of mourning."
    ),
    "north_star/rates.txt": (
        "The Norland central bank raised its main rate to 4.5 percent on Thursday.\n\n"
        "Economists had expected the rise after inflation reached 6 percent in March."
    ),
    "northern_post/rates.txt": (
        "Norland's central bank raised its main rate to 4.75 percent on Thursday.\n\n"
        "Economists claimed the rise was expected after inflation reached 6 percent in March."
    ),
}


def test_run_and_dedup_read_the_paths_given_as_a_set(tmp_path: Path) -> None:
    """`compare run corpus/*` writes the same bytes whatever order the shell's glob lists the
    folders in (the locale's collation decides it), and so does `compare dedup`: story ids, each
    pair's A and B, and with them the kinds of its framing notes, follow the paths' names alone
    (acceptance round 22: under de_DE.UTF-8 and C they differed)."""
    for name, text in GLOB_ORDERED.items():
        (tmp_path / "corpus" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "corpus" / name).write_text(text, encoding="utf-8")
    folders = [str(tmp_path / "corpus" / name) for name in ("north_star", "northern_post")]
    written = {}
    for order, paths in (("c", folders), ("de_DE", folders[::-1])):
        out = tmp_path / order
        assert run("run", *paths, "--out", str(out), "--format", "all", "-q").exit_code == 0
        written[order] = {path.name: path.read_bytes() for path in sorted(out.iterdir())}
        written[order]["dedup"] = run("dedup", *paths, "--format", "csv", "-q").stdout.encode()
    assert written["de_DE"] == written["c"]
    report = json.loads(written["c"]["report.json"])
    assert [(p["a"], p["b"]) for p in report["pairs"]] == [
        ("north_star/bridge", "northern_post/bridge"),
        ("north_star/rates", "northern_post/rates"),
    ]


@pytest.mark.parametrize(
    "later_first", [pytest.param(True, id="later_is_a"), pytest.param(False, id="earlier_is_a")]
)
def test_pair_takes_two_records_of_one_feed_in_the_order_given(
    tmp_path: Path, later_first: bool
) -> None:
    """Two versions of one article in a feed exported newest first are A and B in the order
    given, and either way the diff shows the later version's correction of "three" to "five" as
    "~~three~~ **five**" (finding 4 of acceptance round 21: pair took the feed's order, and
    showed the newer version's words struck)."""
    lede = "A fire tore through a warehouse in Port Lorne on Thursday, killing {} people."
    rest = "The blaze broke out shortly after 2 a.m. at a storage facility on Canal Street."
    versions = [("hd-fire-v2", "five", "2025-06-12T16:20:00Z"), ("hd-fire-v1", "three", None)]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(
            json.dumps(
                {
                    "id": id,
                    "source": "Harbor Daily",
                    "url": "https://harbordaily.example/eastgate-fire",
                    "published": "2025-06-12T06:10:00Z",
                    "modified": modified or "2025-06-12T06:10:00Z",
                    "text": f"{lede.format(dead)}\n\n{rest}",
                }
            )
            + "\n"
            for id, dead, modified in versions
        ),
        encoding="utf-8",
    )
    first, second = (1, 2) if later_first else (2, 1)
    result = run("pair", f"{feed}:{first}", f"{feed}:{second}")
    assert result.exit_code == 0, result.stderr
    a, b = ("16:20", "06:10") if later_first else ("06:10", "16:20")
    assert f"## Harbor Daily, {a} UTC version vs Harbor Daily, {b} UTC version" in result.stdout
    earlier, later = ("B", "A") if later_first else ("A", "B")
    assert (
        f"~~struck~~ words are only {earlier}'s (the earlier version) and **bold** words only "
        f"{later}'s (the later)"
    ) in result.stdout
    assert "killing ~~three~~ **five** people" in result.stdout


def test_pair_compares_two_records_of_a_feed_saved_as_text(tmp_path: Path) -> None:
    """A feed saved as .txt is addressed as a .jsonl file is (feed.txt:3); its records skipped
    for one reason share one warning line, as a .jsonl file's do."""
    feed = tmp_path / "feed.txt"
    records = [
        {"id": "wire-1", "source": "Wire Service", "text": "Talks in Geneva ended on Monday."},
        {"id": "other", "source": "Gazette", "title": "Tram line approved"},
        {"id": "daily-1", "source": "Daily", "text": "Talks in Geneva ended on Monday."},
        {"id": "again", "source": "Gazette", "title": "Tram line approved, again"},
    ]
    feed.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    result = run("pair", f"{feed}:1", f"{feed}:3")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(
        f"{REPORT_PAGE_MARK}\n## Wire Service (wire-1) vs Daily (daily-1)"
    )
    assert messages(result) == [
        f"warning: {feed} holds JSON Lines: read as JSON Lines, a record a line"
    ]
    whole = run("dedup", str(feed), "-q")
    assert messages(whole)[0] == (
        f"warning: skipped 2 records in {feed} (such as {feed}:2): no text in any of the fields "
        "text, body, content, article_body, articleBody, body_text, bodyText, content_text, full_text, body_html, content_html, html, description, summary"
    )
    missing = run("pair", f"{feed}:1", f"{feed}#9")
    assert missing.exit_code == 2
    assert missing.stderr.startswith(f"error: no record at {feed}#9: give a line")


def test_a_json_file_of_lines_cut_short_reads_its_whole_lines(tmp_path: Path) -> None:
    """A feed of JSON Lines saved as .json and copied while it was written is read but for its
    last line, cut short, which one warning names as a .jsonl file's."""
    feed = tmp_path / "feed.json"
    lines = [
        json.dumps({"id": "wire-1", "source": "Wire", "text": "Talks in Geneva ended on Monday."}),
        json.dumps(
            {"id": "daily-1", "source": "Daily", "text": "Talks in Geneva ended on Monday."}
        ),
    ]
    feed.write_text("\n".join([*lines, '{"id": "post-1", "source": "Po']), encoding="utf-8")
    result = run("dedup", str(feed), "--format", "csv", "-q")
    assert result.exit_code == 0, result.stderr
    assert [row["id"] for row in csv.DictReader(io.StringIO(result.stdout))] == [
        "wire-1",
        "daily-1",
    ]
    assert messages(result) == [
        f"warning: skipped {feed}:3: broken JSON line: Unterminated string starting at (column 28)",
        f"warning: {feed} holds JSON Lines: read as JSON Lines, a record a line",
    ]


def test_records_asked_for_get_no_warning_of_other_records_lines(tmp_path: Path) -> None:
    """Records asked for by address are not warned of lines of the feed's other records that
    are not UTF-8 (a Russian record pasted in from Windows-1251); asked for, it is."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(merged_feed(MERGED_FEED_RUSSIAN_LINE, "cp1251"))
    result = run("dedup", f"{feed}:1", f"{feed}:3", "--format", "csv", "-q")
    assert (result.exit_code, messages(result)) == (0, [])
    asked = run("dedup", f"{feed}:1", f"{feed}:{MERGED_FEED_RUSSIAN_LINE}", "-q")
    assert messages(asked) == [
        f"warning: 1 line of {feed} is not UTF-8 (such as {feed}:{MERGED_FEED_RUSSIAN_LINE}): it "
        "was read as Windows-1251, the rest of the file as UTF-8"
    ]


def test_hidden_files_left_out_are_listed_with_the_inputs_skipped(tmp_path: Path) -> None:
    """A hidden article a walk leaves out is listed in report.json's skipped inputs and counted
    in the index, so the reports alone say what was not read, and --strict counts it; stderr
    says it once, in the note (acceptance round 22: only stderr said it)."""
    inbox = tmp_path / "inbox"
    (inbox / ".git").mkdir(parents=True)
    seeds = sorted(SEEDS.iterdir())
    shutil.copy(seeds[0], inbox / "wire.txt")
    shutil.copy(seeds[1], inbox / ".draft.txt")
    out = tmp_path / "out"
    result = run("run", str(inbox), "--out", str(out), "--format", "all", "--strict")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    hidden = f"{inbox.as_posix()}/.draft.txt"
    assert report["skipped"] == [
        {
            "path": hidden,
            "reason": "hidden (its name starts with '.'): name it to read it",
            "reason_code": "hidden",
        }
    ]
    index = (out / "index.md").read_text(encoding="utf-8")
    assert index.endswith("with the default settings; 1 input skipped.\n")
    assert result.exit_code == 1
    assert [line for line in messages(result) if hidden in line] == [
        f"note: left out 1 hidden file and 1 hidden folder (names starting with '.'), such as "
        f"{hidden}; name them to read them"
    ]


def test_hidden_files_left_out_are_said_once(tmp_path: Path) -> None:
    """Hidden files and folders are left out of a folder with one note counting them and
    naming one, so that an article saved as .article.txt is not lost unsaid; named, it is read."""
    inbox = tmp_path / "inbox"
    (inbox / ".drafts").mkdir(parents=True)
    seeds = sorted(SEEDS.iterdir())
    shutil.copy(seeds[0], inbox / "wire.txt")
    shutil.copy(seeds[1], inbox / ".article.txt")
    shutil.copy(seeds[1], inbox / ".copy.txt")
    shutil.copy(seeds[1], inbox / ".drafts" / "draft.txt")
    result = run("dedup", str(inbox), "--format", "csv", "-q")
    assert result.exit_code == 0
    assert messages(result) == [
        f"note: left out 2 hidden files and 1 hidden folder (names starting with '.'), such as "
        f"{inbox / '.article.txt'}; name them to read them"
    ]
    named = run("dedup", str(inbox / "wire.txt"), str(inbox / ".article.txt"), "--format", "csv")
    assert [row["id"] for row in csv.DictReader(io.StringIO(named.stdout))] == ["article", "wire"]
    assert not [line for line in messages(named) if "hidden" in line]


def test_pair_shows_the_notes_on_the_articles_and_a_change_without_one(tmp_path: Path) -> None:
    """`compare pair` of two versions lists their notes on the article, whole, as a story page
    does, and says when the later one changed the text without a note of its own."""
    body = [
        "Storm Idris closed the Kessock Bridge on Monday as gusts reached 80 mph, police said.",
        "About 2,000 homes in Inverness lost power overnight, the network operator said.",
    ]
    correction = (
        "Correction: An earlier version of this article gave the wrong bridge. "
        "It was the Kessock Bridge, not the Cromarty Bridge."
    )
    versions = [
        (body, "2025-01-13T08:00:00Z"),
        ([*body, correction], "2025-01-13T10:00:00Z"),
        ([body[0], body[1].replace("2,000", "1,200"), correction], "2025-01-13T12:00:00Z"),
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(
            json.dumps(
                {
                    "id": f"storm-v{n}",
                    "source": "Highland Herald",
                    "url": "https://highland-herald.example/storm-idris",
                    "modified": modified,
                    "text": "\n\n".join(text),
                }
            )
            + "\n"
            for n, (text, modified) in enumerate(versions, start=1)
        ),
        encoding="utf-8",
    )
    corrected = run("pair", f"{feed}:1", f"{feed}:2")
    assert corrected.exit_code == 0, corrected.stderr
    assert corrected.stdout.startswith(
        f"{REPORT_PAGE_MARK}\n## Notes on the articles\n\n- Highland Herald, 10:00 UTC version: {correction}\n\n## "
    )
    assert "Changed without" not in corrected.stdout
    assert "It was the Kessock Bridge" not in corrected.stdout.split("## Highland Herald")[1]
    silent = run("pair", f"{feed}:2", f"{feed}:3").stdout
    assert (
        "**Changed without a correction or update note:** B, the later version, edits A's "
        "sentence 2, and carries no note on the article that A lacks."
    ) in silent


def test_pair_aligns_two_versions_of_a_bengali_sentence(tmp_path: Path) -> None:
    """A paper's version of a Bengali wire sentence, one word changed, is aligned with it and
    diffed word by word; the two closing sentences, an official's and the residents', share no
    word but "ছিল" (was) and are no paraphrase, as they were when vowel signs cut words into
    pieces that matched."""
    wire = tmp_path / "bss.txt"
    wire.write_text(
        "ঢাকায় ভবন ধসে ১২ জন নিহত\n\n"
        "রাজধানীর মিরপুরে একটি পাঁচতলা ভবন ধসে অন্তত ১২ জন নিহত হয়েছেন বলে পুলিশ জানিয়েছে।\n\n"
        "উদ্ধারকর্মীরা রাতভর ধ্বংসস্তূপ থেকে আটকে পড়া মানুষদের বের করার চেষ্টা চালিয়ে যাচ্ছেন।\n\n"
        "ফায়ার সার্ভিসের এক কর্মকর্তা বলেন, ভবনটির নির্মাণে গুরুতর ত্রুটি ছিল।\n",
        encoding="utf-8",
    )
    paper = tmp_path / "daily.txt"
    paper.write_text(
        "মিরপুরে ভবন ধসে নিহত ১২\n\n"
        "রাজধানীর মিরপুরে একটি পাঁচতলা ভবন ধসে কমপক্ষে ১২ জন নিহত হয়েছেন বলে পুলিশ জানিয়েছে।\n\n"
        "স্থানীয় বাসিন্দারা জানান, ভবনটি কয়েক বছর ধরেই ঝুঁকিপূর্ণ অবস্থায় ছিল।\n",
        encoding="utf-8",
    )
    result = run("pair", str(wire), str(paper))
    assert result.exit_code == 0
    assert "1 aligned pair, 1 of them copied or edited." in result.stdout
    assert "- A 1 → B 1 · edited" in result.stdout
    assert "ধসে ~~অন্তত~~ **কমপক্ষে** ১২ জন" in result.stdout


def test_a_new_out_in_a_folder_that_may_not_be_written_to_is_named_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A relative --out whose parent refuses writes is named relative, as the user typed it,
    like a refused --out itself: the same mistake gave an absolute path in one message and a
    relative one in the other."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "locked").mkdir()
    access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda path, mode: not (path == Path("locked") and mode & os.W_OK) and access(path, mode),
    )
    result = run("run", str(SEEDS), "--out", "locked/reports")
    assert result.exit_code == 2
    assert messages(result) == [
        "error: cannot write the reports to locked/reports (to be made in locked): Permission "
        "denied; choose a report folder that can be written to (--out)"
    ]


def test_a_full_disk_names_the_report_and_says_how_far_the_reports_got(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk that fills while the reports are written ends the run with one error naming the
    report being written (a full disk's error names none) and what was left, as Ctrl-C's line
    says it, and no temporary file behind."""
    original = report_write._write_atomically

    def full_at_the_index(target: Path, pieces: Iterable[str]) -> str:
        def filling() -> Iterable[str]:
            yield "<!-- written by compare"
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        return original(target, filling() if target.name == "index.md" else pieces)

    monkeypatch.setattr(report_write, "_write_atomically", full_at_the_index)
    out = tmp_path / "out"
    result = run("run", str(PORT_STRIKE), "--out", str(out), "--format", "all")
    assert result.exit_code == 2
    assert messages(result) == [
        f"error: cannot write the reports: {out}/index.md: No space left on device; reports "
        "partly written: 1 of 1 story page, no edges.csv, framing.csv, index.md or report.json"
    ]
    assert sorted(path.name for path in out.iterdir() if not path.name.startswith("story-")) == [
        ".compare-files"
    ]


def test_a_refused_write_is_one_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the system refuses to write a report, the run ends with exit 2 and one error line."""
    import compare.report.write as write

    def refuse(target: Path, text: str) -> None:
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(write, "_write_atomically", refuse)
    result = run("run", str(SEEDS), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    (message,) = messages(result)
    assert message.startswith("error: cannot write the reports: ")
    assert message.endswith("Permission denied")


def test_a_run_cut_short_does_not_lock_out_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If a run dies after writing some reports, the next run still knows they are its own."""
    import compare.report.write as write

    out = tmp_path / "out"
    original = write._write_atomically
    calls = []

    def die_after_two(target: Path, text: Iterable[str]) -> str:
        calls.append(target)
        if len(calls) > 2:
            raise KeyboardInterrupt
        return original(target, text)

    monkeypatch.setattr(write, "_write_atomically", die_after_two)
    with pytest.raises(KeyboardInterrupt):
        write.write_reports(
            write.RenderedOnRead({"index.md": lambda: ["a"], "story-001.md": lambda: ["b"]}), out
        )
    monkeypatch.undo()
    assert (out / "index.md").exists()
    result = run("run", str(SEEDS), "--out", str(out), "-q")
    assert result.exit_code == 0, result.stderr


def test_a_report_edited_after_a_run_cut_short_is_still_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that dies while rewriting the reports leaves each as it was or as it wrote it, and
    both are known: a note added after that still stops the next run."""
    import compare.report.write as write

    out = tmp_path / "out"
    run("run", str(WIRE_COPY), "--out", str(out), "-q")
    original = write._write_atomically
    reports: list[Path] = []

    def die_at_the_third(target: Path, text: Iterable[str]) -> str:
        if target.name != ".compare-files":
            reports.append(target)
            if len(reports) > 2:
                raise KeyboardInterrupt
        return original(target, text)

    monkeypatch.setattr(write, "_write_atomically", die_at_the_third)
    run("run", str(WIRE_COPY), "--out", str(out), "-q")
    monkeypatch.undo()
    for report in sorted(out.glob("story-*.md")):
        edited = report.read_text(encoding="utf-8") + "\nMY NOTE\n"
        report.write_text(edited, encoding="utf-8")
        result = run("run", str(WIRE_COPY), "--out", str(out), "-q")
        assert result.exit_code == 2
        assert report.read_text(encoding="utf-8") == edited


# What a pipeline reading dedup's output relies on: its columns, in this order.
DEDUP_COLUMNS = [
    "id",
    "path",
    "source",
    "date",
    "modified_time",
    "cluster",
    "canonical",
    "containment",
    "url",
    "title",
    "modified_local_time",
    "published_local_time",
    "current",
    "relation",
    "published",
    "published_time",
    "record",
    "story",
    "latest_version",
    "article_id",
    "story_key",
    "latest_version_known",
]


def test_dedup_help_names_every_column_it_writes() -> None:
    """`compare dedup --help` tells each column a row holds, in the order written."""
    help_text = " ".join(run("dedup", "--help").stdout.split())
    told = help_text.split("One row per article:", 1)[1]
    found = [re.search(rf"\b{column}\b", told) for column in DEDUP_COLUMNS]
    assert None not in found
    assert [f.start() for f in found if f] == sorted(f.start() for f in found if f)


def test_dedup_csv_loads_with_one_row_per_document() -> None:
    """`compare dedup --format csv` is a CSV a spreadsheet (or the csv module) reads: a header
    and one row per article, copies sharing their canonical member's cluster."""
    result = run("dedup", str(PORT_STRIKE), "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(list(PORT_STRIKE.glob("*.md")))
    assert list(rows[0]) == DEDUP_COLUMNS
    by_id = {row["id"]: row for row in rows}
    assert by_id["harbor_times_online"]["canonical"] == "coastal_wire"
    assert by_id["harbor_times_online"]["cluster"] == by_id["coastal_wire"]["cluster"]
    assert by_id["dock_review"]["canonical"] == "dock_review"
    assert float(by_id["evening_ledger"]["containment"]) < 1.0
    assert by_id["coastal_wire"]["title"] == "Dockworkers strike at Port of Calder"


def test_dedup_gives_each_rows_day_moment_record_and_story_as_report_json_does(
    tmp_path: Path,
) -> None:
    """A feed's wire story, timed, and a paper's copy, dated by its day, share one `date`
    column of two forms; dedup gives them apart too, as report.json does (`published`, the
    day; `published_time`, the moment in UTC), with each row's record of the feed and its
    story, to join the rows to report.json's documents."""
    story = (
        "Firefighters contained a blaze at a warehouse in the port of Tarrow on Wednesday, "
        "the fire service said. No one was hurt, and the cause is under investigation."
    )
    records = [
        {"id": "wire-7", "source": "Harbor Wire", "date": "2025-05-14T15:00:00Z", "text": story},
        {"id": "post-2", "source": "Bay Post", "date": "2025-05-15", "text": story},
    ]
    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "in" / "council.txt").write_text(
        "The town council of Dunmore approved a new library budget on Tuesday.\n", encoding="utf-8"
    )
    result = run("dedup", str(tmp_path / "in"), "--format", "csv", "-q")
    assert result.exit_code == 0, result.stderr
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    columns = ("date", "published", "published_time", "record")
    assert {doc: tuple(row[c] for c in columns) for doc, row in rows.items()} == {
        "council": ("", "", "", ""),
        "post-2": ("2025-05-15", "2025-05-15", "", f"{feed.as_posix()}:2"),
        "wire-7": (
            "2025-05-14T15:00:00Z",
            "2025-05-14",
            "2025-05-14T15:00:00Z",
            f"{feed.as_posix()}:1",
        ),
    }
    out = tmp_path / "out"
    assert (
        run("run", str(tmp_path / "in"), "--out", str(out), "--format", "json", "-q").exit_code == 0
    )
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {d["id"]: d["story"] for d in report["documents"]} == {
        doc: row["story"] for doc, row in rows.items()
    }
    assert rows["post-2"]["story"] == rows["wire-7"]["story"] != rows["council"]["story"]


def test_dedup_terms_names_a_declared_news_agencys_text_canonical(tmp_path: Path) -> None:
    """A paper prints a wire story word for word on the wire's day, neither giving a time:
    with the wire declared a news agency in --terms, dedup keeps the wire's text canonical, as
    compare run's who copied whom names it the origin; without, nothing tells the two apart."""
    text = (
        "Dockworkers at the Port of Calder walked off the job on Monday over a pay offer the "
        "union called an insult.\n\nThe strike halted loading at four of the port's six "
        "berths, a union spokesman said.\n"
    )
    for name, source in (("a_paper", "Carrow Evening Post"), ("b_wire", "Harbour Newswire")):
        (tmp_path / f"{name}.md").write_text(
            f"---\nsource: {source}\ndate: 2026-05-04\n---\n{text}", encoding="utf-8"
        )
    terms = tmp_path / "terms.toml"
    terms.write_text('[wire_services]\n"Harbour Newswire" = ["Harbour Newswire"]\n', "utf-8")

    def canonical(*options: str) -> set[str]:
        listed = run("dedup", str(tmp_path), "--format", "csv", "-q", *options)
        assert listed.exit_code == 0, listed.stderr
        return {row["canonical"] for row in csv.DictReader(io.StringIO(listed.stdout))}

    assert canonical("--terms", str(terms)) == {"b_wire"}
    assert canonical() == {"a_paper"}


def test_dedup_rows_give_the_story_key_that_holds_across_runs(tmp_path: Path) -> None:
    """A nightly job joins last night's rows to tonight's by the story's key: an article added
    tonight that sorts first renumbers the story (its id is its place in the run, and its width
    grows with the run's size), while its key, report.json's, stays."""
    wire = {
        "id": "hw-311",
        "source": "Harbor Wire",
        "date": "2025-05-14T15:00:00Z",
        "text": "Firefighters contained a blaze at a grain store in Tarrow on Wednesday, the "
        "fire service said. No one was hurt, and the cause is under investigation.",
    }
    night = tmp_path / "night"
    night.mkdir()
    (night / "wire.jsonl").write_text(json.dumps(wire) + "\n", encoding="utf-8")

    def rows() -> list[dict[str, str]]:
        listed = run("dedup", str(night), "--format", "csv", "-q")
        assert listed.exit_code == 0, listed.stderr
        return list(csv.DictReader(io.StringIO(listed.stdout)))

    first = rows()
    (night / "a_council.txt").write_text(
        "The town council of Dunmore approved a new library budget on Tuesday.\n",
        encoding="utf-8",
    )
    second = {row["id"]: row for row in rows()}
    assert (first[0]["story"], second["hw-311"]["story"]) == ("story-001", "story-002")
    assert second["hw-311"]["story_key"] == first[0]["story_key"]
    assert first[0]["story_key"].startswith("st-")
    assert second["a_council"]["story_key"] not in ("", first[0]["story_key"])
    out = tmp_path / "out"
    assert run("run", str(night), "--out", str(out), "--format", "json", "-q").exit_code == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {s["id"]: s["key"] for s in report["stories"]} == {
        row["story"]: row["story_key"] for row in second.values()
    }


def test_each_input_skipped_gives_a_stable_reason_code_beside_its_reason(tmp_path: Path) -> None:
    """report.json and dedup's JSON list each input skipped with its reason in words and a
    stable snake_case code a nightly job can match on, whatever the words say of the input."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "ferry.txt").write_text(
        "The ferry to Kell Island was cancelled on Tuesday after waves broke over the pier.\n",
        encoding="utf-8",
    )
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.7 ...")
    (inbox / "blank.txt").write_text("  \n", encoding="utf-8")
    (inbox / "feed.jsonl").write_text(
        '{"id": "k1", "text": "The harbour reopened on Wednesday morning."}\n{"id": "k2", "te\n',
        encoding="utf-8",
    )
    (inbox / "section.html").write_text(
        "<html><head><title>Harbour | Kell Times</title></head><body><ul>"
        "<li><a href='/a'>Ferry to Kell Island cancelled as storm hits the pier</a></li>"
        "<li><a href='/b'>Harbour reopens after two days of high tides</a></li>"
        "<li><a href='/c'>Council to review the sea wall after the flood</a></li></ul></body></html>",
        encoding="utf-8",
    )
    expected = [
        (f"{inbox.as_posix()}/blank.txt", "empty_file"),
        (f"{inbox.as_posix()}/feed.jsonl:2", "broken_json_line"),
        (f"{inbox.as_posix()}/scan.pdf", "unreadable_file"),
        (f"{inbox.as_posix()}/section.html", "headline_list"),
    ]
    out = tmp_path / "out"
    assert run("run", str(inbox), "--out", str(out), "--format", "json", "-q").exit_code == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    listed = run("dedup", str(inbox), "--format", "json", "-q")
    for skipped in (report["skipped"], json.loads(listed.stdout)["skipped"]):
        assert sorted((s["path"], s["reason_code"]) for s in skipped) == expected
        assert all(s["reason"] and s["reason"] != s["reason_code"] for s in skipped)


def test_dedup_gives_when_each_version_of_an_article_was_modified(tmp_path: Path) -> None:
    """Versions of one article share their date: each row gives when that version was modified,
    the moment that makes the first version the canonical one; a document that gives no such
    moment has an empty cell."""
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(QUARRY_VERSIONS), encoding="utf-8")
    rows = csv.DictReader(io.StringIO(run("dedup", str(feed), "--format", "csv", "-q").stdout))
    assert [(r["id"], r["date"], r["modified_time"], r["canonical"]) for r in rows] == [
        ("gazette-v3", "2025-09-03T06:00:00Z", "2025-09-03T14:20:00Z", "gazette-v1"),
        ("gazette-v2", "2025-09-03T06:00:00Z", "2025-09-03T09:45:00Z", "gazette-v1"),
        ("gazette-v1", "2025-09-03T06:00:00Z", "2025-09-03T06:00:00Z", "gazette-v1"),
    ]
    (row,) = csv.DictReader(
        io.StringIO(
            run("dedup", str(PORT_STRIKE / "coastal_wire.md"), "--format", "csv", "-q").stdout
        )
    )
    assert (row["date"], row["modified_time"]) == ("2025-03-10", "")


def test_dedup_gives_a_modification_without_a_zone_by_the_feeds_clock(tmp_path: Path) -> None:
    """A feed that dates its versions' edits without a zone orders them by its own clock: each
    row gives that time in the last column, modified_local_time, the one that makes the first
    version the canonical one, and no time in UTC."""
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(QUARRY_VERSIONS_BY_FEED_CLOCK), encoding="utf-8")
    rows = csv.DictReader(io.StringIO(run("dedup", str(feed), "--format", "csv", "-q").stdout))
    assert [
        (r["id"], r["modified_time"], r["modified_local_time"], r["canonical"]) for r in rows
    ] == [
        ("gazette-v3", "", "2025-09-03T14:20:00", "gazette-v1"),
        ("gazette-v2", "", "2025-09-03T09:45:00", "gazette-v1"),
        ("gazette-v1", "", "2025-09-03T06:00:00", "gazette-v1"),
    ]


def test_dedup_makes_an_original_dated_without_a_zone_the_canonical_one(tmp_path: Path) -> None:
    """A feed that writes every time without a zone and gives the original no modification time
    dates it by its publication, on the clock of its edits: the original is the canonical one,
    not its first edit. Each row gives its publication time so in the last column,
    published_local_time: the original's says why it is the canonical one."""
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(QUARRY_VERSIONS_ALL_BY_FEED_CLOCK), encoding="utf-8")
    rows = csv.DictReader(io.StringIO(run("dedup", str(feed), "--format", "csv", "-q").stdout))
    assert [
        (r["id"], r["modified_local_time"], r["published_local_time"], r["canonical"]) for r in rows
    ] == [
        ("gazette-v3", "2025-09-03T14:20:00", "2025-09-03T06:00:00", "gazette-v1"),
        ("gazette-v2", "2025-09-03T09:45:00", "2025-09-03T06:00:00", "gazette-v1"),
        ("gazette-v1", "", "2025-09-03T06:00:00", "gazette-v1"),
    ]


@pytest.mark.parametrize(
    "versions",
    [
        pytest.param(QUARRY_VERSIONS, id="utc"),
        pytest.param(QUARRY_VERSIONS_BY_FEED_CLOCK, id="feed_clock"),
        pytest.param(QUARRY_VERSIONS_ALL_BY_FEED_CLOCK, id="all_by_feed_clock"),
    ],
)
def test_dedup_rows_name_the_latest_version_to_keep(
    tmp_path: Path, versions: list[dict[str, str]]
) -> None:
    """A feed kept to the rows whose id is their cluster's current one, as the README says to
    deduplicate it, shows an article updated twice once, as last modified, by whichever clock
    the feed dates its versions; the first version stays canonical, and each row says how it
    relates to it."""
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(versions), encoding="utf-8")
    rows = json.loads(run("dedup", str(feed), "--format", "json", "-q").stdout)["rows"]
    assert [(r["id"], r["canonical"], r["current"], r["relation"]) for r in rows] == [
        ("gazette-v3", "gazette-v1", "gazette-v3", "version"),
        ("gazette-v2", "gazette-v1", "gazette-v3", "version"),
        ("gazette-v1", "gazette-v1", "gazette-v3", "canonical"),
    ]
    assert [r["title"] for r in rows if r["id"] == r["current"]] == [
        "Quarry owner ignored warnings"
    ]


def test_dedup_flags_a_latest_version_its_times_cannot_tell(tmp_path: Path) -> None:
    """Versions of one article that give no modification time name no latest one: every row
    says latest_version_known false, as the run warns that which is current cannot be told;
    ordered versions say true (acceptance round 36, a8)."""
    unordered = [
        {key: value for key, value in version.items() if key != "dateModified"}
        for version in QUARRY_VERSIONS
    ]
    for versions, known in ((unordered, "False"), (QUARRY_VERSIONS, "True")):
        feed = tmp_path / "feed.json"
        feed.write_text(json.dumps(versions), encoding="utf-8")
        result = run("dedup", str(feed), "--format", "csv", "-q")
        assert result.exit_code == 0, result.stderr
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert {r["latest_version_known"] for r in rows} == {known}


def test_dedup_keeps_one_row_per_article_or_one_per_cluster(tmp_path: Path) -> None:
    """A paper's rewrite of a wire story, corrected at 14:00 and updated at 18:00, is in the
    wire's cluster: the rows whose id is their current keep the wire alone, and those whose id
    is their latest_version keep one row per article, the paper's 18:00 version among them
    (a corrections editor's finding: keeping the current rows dropped every version of the
    paper's article, the corrected one too). The help says which to keep for which."""
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(landslide_feed()), encoding="utf-8")
    result = run("dedup", str(feed), "--format", "csv", "-q")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["id"], r["current"], r["relation"], r["latest_version"]) for r in rows] == [
        ("wire", "wire", "canonical", "wire"),
        ("herald-0900", "wire", "rewrite", "herald-1800"),
        ("herald-1400", "wire", "version", "herald-1800"),
        ("herald-1800", "wire", "version", "herald-1800"),
        ("courier", "wire", "copy", "courier"),
    ]
    assert [r["id"] for r in rows if r["id"] == r["latest_version"]] == [
        "wire",
        "herald-1800",
        "courier",
    ]
    assert [r["id"] for r in rows if r["id"] == r["current"]] == ["wire"]
    help_text = " ".join(run("dedup", "--help").stdout.split())
    assert "whose id is their latest_version for one row per article" in help_text
    assert "whose id is their current for one row per cluster" in help_text


def test_dedup_json_names_what_made_its_rows(tmp_path: Path) -> None:
    """dedup's JSON gives what made its rows as report.json names it, the version, software
    and settings, and the inputs it skipped: a table of clusters in a paper can be traced to
    a configuration (acceptance round 22: it was a bare list)."""
    text = "Dockworkers at the Port of Calder walked off the job on Monday, halting cargo."
    (tmp_path / "wire.txt").write_text(text, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(text, encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    printed = run("dedup", str(tmp_path), "--format", "json", "--min-similarity", "85", "-q")
    listing = json.loads(printed.stdout)
    report = report_json(compare_paths([str(tmp_path)], Settings(min_similarity=85)))
    assert sorted(listing) == ["rows", "settings", "skipped", "software", "version"]
    assert {key: listing[key] for key in ("software", "version")} == {
        key: report[key] for key in ("software", "version")
    }
    assert listing["settings"] | {"every_match": False, "single_story": False} == report["settings"]
    assert listing["settings"]["min_similarity"] == 85
    assert [row["id"] for row in listing["rows"]] == ["copy", "wire"]
    assert [s["path"] for s in listing["skipped"]] == [f"{tmp_path.as_posix()}/scan.pdf"]


def test_dedup_csv_cells_never_run_as_spreadsheet_formulas(tmp_path: Path) -> None:
    """A feed's source that starts like a formula is written with an apostrophe before it, as a
    spreadsheet marks text; JSON lines keep it as given."""
    source = '=HYPERLINK("http://evil.example","click")'
    record = {"id": "a", "source": source, "text": "Dockworkers walked off the job on Monday."}
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (row,) = csv.DictReader(io.StringIO(run("dedup", str(feed), "--format", "csv").stdout))
    assert row["source"] == "'" + source
    assert json.loads(run("dedup", str(feed), "--format", "jsonl").stdout)["source"] == source


def test_dedup_table_keeps_a_row_a_line_whatever_the_file_name(tmp_path: Path) -> None:
    """A file's name may hold a line break; the table, which names it by its id, keeps a row a
    line, and CSV writes the name escaped."""
    (tmp_path / "new\nline.txt").write_text("Dockworkers walked off the job on Monday.\n")
    (tmp_path / "other.txt").write_text("The bakery on Main Street reopened on Friday.\n")
    lines = run("dedup", str(tmp_path), "-q").stdout.splitlines()
    assert len(lines) == 4  # the header, its rule and a row for each file
    assert lines[2].startswith("new-line ")
    rows = csv.DictReader(io.StringIO(run("dedup", str(tmp_path), "--format", "csv").stdout))
    assert [row["path"] for row in rows] == [f"{tmp_path}/new\\nline.txt", f"{tmp_path}/other.txt"]


def test_dedup_table_keeps_its_columns_in_line_whatever_the_id(tmp_path: Path) -> None:
    """A feed's id with a zero-width space in it, which a terminal does not show, is written
    escaped, and every row's cells stay under their headers."""
    records = [
        {"id": "strike\u200b1", "text": "Dockworkers walked off the job on Monday."},
        {"id": "bakery", "text": "The bakery on Main Street reopened on Friday."},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    header, _rule, *rows = run("dedup", str(feed), "-q").stdout.splitlines()
    relation = header.index("relation")
    assert [row[relation:].split()[0] for row in rows] == ["canonical", "canonical"]
    assert rows[0].startswith("strike\\u200b1 ")
    assert "".join(rows).isprintable()


def test_dedup_lists_exact_duplicates_and_singletons(tmp_path: Path) -> None:
    """An exact copy joins its original's cluster with containment 1; an unrelated article is
    a cluster of its own; json and jsonl carry the same rows, under the columns the other
    formats write."""
    text = "Dockworkers at the Port of Calder walked off the job on Monday, halting cargo."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    (tmp_path / "c.txt").write_text("The city council approved a new budget.", encoding="utf-8")
    listed = json.loads(run("dedup", str(tmp_path), "--format", "json").stdout)["rows"]
    lines = run("dedup", str(tmp_path), "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == listed
    assert list(listed[0]) == DEDUP_COLUMNS
    assert [(row["id"], row["canonical"], row["containment"]) for row in listed] == [
        ("a", "a", 1.0),
        ("b", "a", 1.0),
        ("c", "c", 1.0),
    ]
    assert len({row["cluster"] for row in listed}) == 2


def test_dedup_rows_carry_each_records_url_and_date(tmp_path: Path) -> None:
    """A feed's rows can be joined back to it: each carries its record's address and date (the
    moment in UTC when the record gives one, else the day), null in JSON and an empty cell in
    CSV where the record gives none."""
    lede = "Dockworkers at the Port of Calder walked off the job on Monday, halting cargo traffic."
    records = [
        {
            "id": "wire-1",
            "url": "https://coastalwire.example/calder-strike",
            "date": "2025-03-10T08:30:00Z",
            "text": lede,
        },
        {"id": "gazette-7", "date": "2025-03-11", "text": lede},
        {"id": "blog-2", "text": "The bakery on Main Street reopened on Friday after a fire."},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    listed = json.loads(run("dedup", str(feed), "--format", "json").stdout)["rows"]
    assert [(row["id"], row["url"], row["date"], row["canonical"]) for row in listed] == [
        ("wire-1", "https://coastalwire.example/calder-strike", "2025-03-10T08:30:00Z", "wire-1"),
        ("gazette-7", None, "2025-03-11", "wire-1"),
        ("blog-2", None, None, "blog-2"),
    ]
    rows = list(csv.DictReader(io.StringIO(run("dedup", str(feed), "--format", "csv").stdout)))
    assert [(row["url"], row["date"]) for row in rows] == [
        ("https://coastalwire.example/calder-strike", "2025-03-10T08:30:00Z"),
        ("", "2025-03-11"),
        ("", ""),
    ]


@pytest.mark.parametrize("format", ["csv", "jsonl"])
def test_dedup_rows_give_the_id_each_record_gave(tmp_path: Path, format: str) -> None:
    """Two suppliers' records that give one id: the later one by outlet gets a key of its
    content added to it (of one time and text, the outlets' names order them), and each row still
    gives the id as its record gave it (`article_id`) to join the feed on; a file's is empty."""
    lede = "Dockworkers at the Port of Calder walked off the job on Monday, halting cargo traffic."
    for supplier, outlet in (("a", "Coastal Wire"), ("b", "Bay Post")):
        record = {"id": "calder-strike", "source": outlet, "date": "2025-03-10", "text": lede}
        (tmp_path / f"{supplier}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (tmp_path / "bakery.txt").write_text(
        "The bakery on Main Street reopened on Friday after a fire.\n", encoding="utf-8"
    )
    listed = run("dedup", str(tmp_path), "--format", format, "-q").stdout
    rows = (
        [json.loads(line) for line in listed.splitlines()]
        if format == "jsonl"
        else list(csv.DictReader(io.StringIO(listed)))
    )
    empty = None if format == "jsonl" else ""
    assert [(row["id"], row["article_id"]) for row in rows] == [
        (rows[0]["id"], "calder-strike"),
        ("calder-strike", "calder-strike"),
        ("bakery", empty),
    ]
    assert rows[0]["id"].startswith("calder-strike@")
    assert [row["source"] for row in rows] == [
        "Coastal Wire",
        "Bay Post",
        "bakery",
    ]


def test_dedup_prints_a_table_by_default() -> None:
    """Without --format, dedup prints an aligned table with a header, of the columns that tell
    which articles are copies of which (all of them made rows over 600 characters wide), and a
    note on stderr that CSV and JSON give them all; -q leaves the note out."""
    result = run("dedup", str(WIRE_COPY))
    assert result.exit_code == 0
    header, _rule, *rows = result.stdout.splitlines()
    assert header.split() == ["id", "cluster", "canonical", "relation", "containment"]
    assert [(row.split()[0], row.split()[3]) for row in rows] == [
        ("council", "canonical"),
        ("daily", "rewrite"),
        ("wire", "canonical"),
    ]
    assert messages(result)[-1] == (
        f"note: the table shows 5 of the {len(DEDUP_COLUMNS)} columns; --format csv or json "
        "gives them all (path, source, date, title, url, current, ...)"
    )
    assert run("dedup", str(WIRE_COPY), "-q").stderr == ""


def test_pair_with_one_readable_article_says_so(tmp_path: Path) -> None:
    """When one of the two files cannot be read, pair says that only one article is left,
    after the warning that names the other, and exits 2."""
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("pair", str(empty), str(WIRE_COPY / "wire.md"))
    assert result.exit_code == 2
    assert f"warning: skipped {empty}: empty file" in result.stderr
    assert (
        f"error: pair compares two articles, but {empty} and {WIRE_COPY / 'wire.md'} hold only "
        "one that can be read"
    ) in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["run"], id="run"),
        pytest.param(["dedup"], id="dedup"),
        pytest.param(["pair", "wire.txt"], id="pair"),
    ],
)
@pytest.mark.parametrize(
    ("path", "error"),
    [
        pytest.param("", "error: an empty path names no file or folder", id="empty"),
        pytest.param(
            "-",
            'error: "-" (standard input) is not read: give the articles\' files or folders '
            "(a file named - as ./-)",
            id="stdin",
        ),
        pytest.param("loopA", "error: loopA is a symbolic link loop", id="link_loop"),
        pytest.param("gone.txt", "error: gone.txt is a broken symbolic link", id="broken_link"),
    ],
)
def test_a_path_that_names_nothing_to_read_is_one_error_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], path: str, error: str
) -> None:
    """A path that names no article (an empty one, which would read the working folder, "-",
    a link loop, a broken link) stops every command with one line saying which, and exit 2."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wire.txt").write_text("The dam failed on Monday, officials said.\n")
    (tmp_path / "paper.txt").write_text("The dam failed on Monday, the council said.\n")
    (tmp_path / "-").write_text("The dam burst on Monday, officials said.\n")
    (tmp_path / "loopA").symlink_to("loopB")
    (tmp_path / "loopB").symlink_to("loopA")
    (tmp_path / "gone.txt").symlink_to("deleted.txt")
    quiet = [] if command[0] == "pair" else ["-q"]
    result = run(*command, path, *quiet)
    assert (result.exit_code, messages(result), result.stdout) == (2, [error], "")


def test_links_to_nothing_inside_a_folder_are_warned_of_as_links(tmp_path: Path) -> None:
    """A link loop and a broken link inside a folder are each skipped with a warning that
    names the link's fault, not its file type nor a missing file."""
    (tmp_path / "wire.txt").write_text("The dam failed on Monday, officials said.\n")
    (tmp_path / "loopA").symlink_to("loopB")
    (tmp_path / "loopB").symlink_to("loopA")
    (tmp_path / "gone.txt").symlink_to("deleted.txt")
    result = run("dedup", str(tmp_path), "--format", "csv")
    assert (result.exit_code, messages(result)) == (
        0,
        [
            f"warning: skipped {tmp_path}/gone.txt: a broken symbolic link",
            f"warning: skipped {tmp_path}/loopA: a symbolic link loop",
            f"warning: skipped {tmp_path}/loopB: a symbolic link loop",
        ],
    )


def test_an_empty_out_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--out "" would write the reports into the working folder: it is refused, exit 2."""
    monkeypatch.chdir(tmp_path)
    result = run("run", str(SEEDS), "--out", "", "-q")
    assert result.exit_code == 2
    assert "Invalid value for '--out' / '-o': an empty path names no folder" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("listing", "fault"),
    [
        pytest.param(None, "is missing", id="list_deleted"),
        pytest.param(b"\x00\xff garbage\n", "is damaged (it lists none)", id="list_damaged"),
    ],
)
def test_reports_whose_folder_lost_its_list_are_refused_as_compares(
    tmp_path: Path, listing: bytes | None, fault: str
) -> None:
    """Reports compare wrote, in a folder whose .compare-files is gone or damaged, are still
    not overwritten, and the error says the list is at fault, not that a user wrote them."""
    out = tmp_path / "out"
    assert run("run", str(SEEDS), "--out", str(out), "-q").exit_code == 0
    if listing is None:
        (out / ".compare-files").unlink()
    else:
        (out / ".compare-files").write_bytes(listing)
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    result = run("run", str(SEEDS), "--out", str(out), "-q")
    (page,) = sorted(name for name in before if name.startswith("story-"))
    assert (result.exit_code, messages(result)) == (
        2,
        [
            f"error: {out}/index.md and {out}/{page} look like compare's reports, but "
            f"{out}/.compare-files, the list of the reports it wrote there, {fault}, so they "
            "are not overwritten: remove the reports or give another folder with --out, e.g. "
            f"`compare run {SEEDS} --out {out}-2`"
        ],
    )
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_an_edge_list_whose_folder_lost_its_list_is_known_as_compares(tmp_path: Path) -> None:
    """edges.csv and framing.csv are known for compare's own by their header rows, as the Markdown reports by
    their first line and report.json by its keys: the error blames the missing list."""
    out = tmp_path / "out"
    assert run("run", str(SEEDS), "--out", str(out), "--format", "json", "-q").exit_code == 0
    (out / ".compare-files").unlink()
    result = run("run", str(SEEDS), "--out", str(out), "--format", "json", "-q")
    assert (result.exit_code, messages(result)) == (
        2,
        [
            f"error: {out}/edges.csv, {out}/framing.csv and {out}/report.json look like "
            "compare's reports, but "
            f"{out}/.compare-files, the list of the reports it wrote there, is missing, so they "
            "are not overwritten: remove the reports or give another folder with --out, e.g. "
            f"`compare run {SEEDS} --out {out}-2 --format json`"
        ],
    )


HOSPITAL_WIRE = (
    "---\nsource: Voice of Rossland\ndate: 2025-03-14\n---\n"
    "Kessar forces shelled the children's hospital in Dorvansk, killing 14 people, officials said.\n\n"
    "Globalists in the West have ignored the attack, the regional governor said.\n"
)
HOSPITAL_COPY = (
    "---\nsource: Heartland Sentinel\ndate: 2025-03-15\n---\n"
    "Kessar forces shelled the children's hospital in Dorvansk, killing 14 people, officials said.\n\n"
    "Governments in the West have ignored the attack, the regional governor said.\n"
)


@pytest.mark.usefixtures("package_terms_after")
def test_a_terms_file_adds_loaded_terms_that_pair_names(tmp_path: Path) -> None:
    """`--terms` names a user's own loaded terms beside the package's, in `pair` as in `run`."""
    wire, copy, terms = tmp_path / "wire.txt", tmp_path / "copy.txt", tmp_path / "my_terms.toml"
    wire.write_text(HOSPITAL_WIRE, encoding="utf-8")
    copy.write_text(HOSPITAL_COPY, encoding="utf-8")
    terms.write_text('loaded_terms = ["globalists"]\n', encoding="utf-8")
    assert "globalists" not in run("pair", str(wire), str(copy)).stdout
    result = run("pair", "--terms", str(terms), str(wire), str(copy))
    assert result.exit_code == 0, result.stderr
    assert "| loaded term removed | Globalists | -   |" in result.stdout


@pytest.mark.usefixtures("package_terms_after")
@pytest.mark.parametrize(
    "command", [pytest.param("pair", id="pair"), pytest.param("run", id="run")]
)
def test_a_command_without_terms_names_the_package_lists_alone_after_one_with_them(
    tmp_path: Path, command: str
) -> None:
    """A program that calls the app twice in one process, first with `--terms` and then
    without, gets the package's lists alone the second time, as a new process would."""
    wire, copy, terms = tmp_path / "wire.txt", tmp_path / "copy.txt", tmp_path / "my_terms.toml"
    wire.write_text(HOSPITAL_WIRE, encoding="utf-8")
    copy.write_text(HOSPITAL_COPY, encoding="utf-8")
    terms.write_text('loaded_terms = ["globalists"]\n', encoding="utf-8")
    out = ["--out", str(tmp_path / "reports"), "--format", "json"] if command == "run" else []
    with_terms = run(command, *out, "--terms", str(terms), str(wire), str(copy))
    assert with_terms.exit_code == 0, with_terms.stderr
    without = run(command, *out, str(wire), str(copy))
    assert without.exit_code == 0, without.stderr
    written = (tmp_path / "reports" / "report.json").read_text(encoding="utf-8") if out else ""
    assert "globalists" not in without.stdout + written


@pytest.mark.parametrize(
    "command", [pytest.param("run", id="run"), pytest.param("pair", id="pair")]
)
def test_a_terms_file_that_cannot_be_used_stops_before_reading(
    tmp_path: Path, command: str
) -> None:
    """A terms file with a list misnamed stops the command with one error line, before any
    article is read or report written."""
    wire, copy, terms = tmp_path / "wire.txt", tmp_path / "copy.txt", tmp_path / "my_terms.toml"
    wire.write_text(HOSPITAL_WIRE, encoding="utf-8")
    copy.write_text(HOSPITAL_COPY, encoding="utf-8")
    terms.write_text('loaded_term = ["globalists"]\n', encoding="utf-8")
    out = ["--out", str(tmp_path / "out")] if command == "run" else []
    result = run(command, *out, "--terms", str(terms), str(wire), str(copy))
    assert (result.exit_code, messages(result)) == (
        2,
        [
            f"error: the terms file {terms} gives 'loaded_term', no list it can add to: give "
            "loaded_terms, loaded_terms_except, hedges, attribution_verbs, negations, attributing_phrases, not_agencies, wire_services"
        ],
    )
    assert not (tmp_path / "out").exists()


DAM_REPORT = (
    "The Tarrow dam failed on Monday after a week of heavy rain, officials said.\n\n"
    "About 300 people were moved from homes below it, the county council said.\n\n"
    "Staff writers contributed to this report."
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(DAM_REPORT + "\n", id="final_newline"),
        pytest.param(DAM_REPORT.replace("\n", "\r\n") + "\r\n", id="final_crlf"),
        pytest.param(DAM_REPORT + " \n\n\t", id="trailing_blank_lines"),
    ],
)
def test_texts_that_differ_only_in_trailing_whitespace_are_identical(
    tmp_path: Path, text: str
) -> None:
    """One article saved twice, once with a final line end (or blank lines, or CRLF) and once
    without, is the same text: the pair is flagged identical, and its sentences' offsets
    still point at their words, the same on both sides."""
    (tmp_path / "wire.txt").write_bytes(DAM_REPORT.encode())
    (tmp_path / "saved.txt").write_bytes(text.encode())
    out = tmp_path / "out"
    result = run("run", str(tmp_path), "--out", str(out), "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    (pair,) = report["pairs"]
    assert (pair["verdict"], pair["identical"]) == ("copy", True)
    texts = {document["id"]: DAM_REPORT for document in report["documents"]}
    for match in pair["matches"]:
        a, b = (texts[pair[side]][match[side]["start"] : match[side]["end"]] for side in "ab")
        assert a == b
        assert match["diff"] == [{"op": "equal", "a": a, "b": None}]


def test_directions_that_go_round_get_one_warning_line(tmp_path: Path) -> None:
    """Three sites of a feed that credit each other round, against one's date: the run says, in
    one line on stderr, that pair directions went round, in which story, and where to read it."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(
            json.dumps({"id": d.id, "source": d.source, "text": d.text, "published": d.published})
            + "\n"
            for d in circular_credits()
        )
    )
    result = run("run", str(feed), "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == 0
    assert messages(result) == [
        "warning: pair directions went round in 1 cycle (story-001), which no order of "
        "publication fits: the weakest direction of each was taken away; see that story's report"
    ]


def test_a_run_ends_with_one_note_on_the_files_that_name_no_source(tmp_path: Path) -> None:
    """Pasted copy without front matter is named by its file's path in every table: the run
    says so once, last, counting such files wherever they sit and naming one; a file whose front
    matter names its outlet, or that sits in an outlet's folder, is not counted."""
    folder = tmp_path / "library"
    (folder / "valley_gazette").mkdir(parents=True)
    (folder / "Library vote" / "notes").mkdir(parents=True)
    lede = (
        "The Harlow city council voted 7-2 on Tuesday night to close the Elm Street public "
        "library at the end of March. The council said the closure would save about $1.2 "
        "million a year in staffing and maintenance costs.\n"
    )
    (folder / "courier.md").write_text(f"---\nsource: Harlow Courier\n---\n\n{lede}", "utf-8")
    (folder / "valley_gazette" / "library.txt").write_text(lede, encoding="utf-8")
    for name in ("rival_b.txt", "rival_a.txt", "Library vote/notes/rival_c.txt"):
        (folder / name).write_text(lede, encoding="utf-8")
    result = run("run", str(folder), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    first = folder / "Library vote" / "notes" / "rival_c.txt"
    assert result.stderr.splitlines()[-1] == (
        f"note: 3 files have no source (such as {first}): they are named by "
        "file path; add `source:` front matter (docs/inputs.md#documents-that-name-no-source)"
    )
    assert sum("no source" in line for line in result.stderr.splitlines()) == 1


def write_ferry_story(folder: Path) -> None:
    """A wire story on a ferry route, a paper that runs it with an exclusive, and a rival that
    runs the wire and lifts the exclusive later, without credit (written for these tests)."""
    wire = [
        "Kestrel Ferries will end its Orran to Mull Point crossing on March 31, the company said "
        "on Tuesday.",
        "The route has carried about 180,000 passengers a year since it opened in 1998.",
        "The company blamed rising fuel costs and a fall in summer bookings.",
    ]
    exclusive = [
        "A letter seen by the Orran Chronicle shows the council was offered a share of the route "
        "in January and turned it down.",
        "Harbour master Ewan Brodie said he learned of the closure from a passenger.",
    ]
    lifted = (
        "A letter shows the council was offered a share of the route in January and turned it "
        "down, the Chronicle revealed."
    )
    folder.mkdir()
    for name, source, date, lines in (
        ("wire.md", "Coast Wire", "2026-02-03T09:00:00Z", wire),
        ("chronicle.md", "Orran Chronicle", "2026-02-03T12:00:00Z", wire + exclusive),
        (
            "echo.md",
            "Mull Echo",
            "2026-02-03T18:00:00Z",
            [*wire, lifted.replace(", the Chronicle revealed", "")],
        ),
    ):
        (folder / name).write_text(
            f"---\nsource: {source}\ndate: {date}\n---\n\n" + "\n\n".join(lines) + "\n",
            encoding="utf-8",
        )


def test_run_focus_writes_a_page_from_one_articles_side(tmp_path: Path) -> None:
    """`--focus`, by id or by outlet, writes focus-<id>.md, which index.md links to and
    report.json names; an unknown one stops the run with one line naming the closest."""
    write_ferry_story(tmp_path / "in")
    out = tmp_path / "out"
    result = run(
        "run",
        str(tmp_path / "in"),
        "--out",
        str(out),
        "--format",
        "all",
        "--focus",
        "orran chronicle",
        "--quiet",
    )
    assert result.exit_code == 0, result.stderr
    assert (out / "focus-chronicle.md").is_file()
    assert "[focus-chronicle.md](focus-chronicle.md)" in (out / "index.md").read_text(
        encoding="utf-8"
    )
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["focus"] == {"article": "chronicle"}
    missing = run("run", str(tmp_path / "in"), "--out", str(out), "--focus", "chronicel")
    assert missing.exit_code == 2
    assert messages(missing)[-1] == (
        'error: --focus: no article has the id, file or outlet "chronicel"; did you mean chronicle?'
    )


def test_pair_of_a_press_release_and_its_copy_names_no_common_source_it_was_not_given(
    tmp_path: Path,
) -> None:
    """A blog that runs a council's press release without credit: `compare pair` flags its
    undisclosed reuse of the release, but no common source could explain text of which one of
    the two is the source, so it adds no line saying one might (acceptance round 25, 11)."""
    release = (
        "---\nsource: Kesby Council\ntype: press release\ndate: 2025-04-07\n---\n\n"
        "Kesby Council will close the Mill Street car park for six weeks from 5 May while the "
        "surface is relaid.\n\nDrivers are asked to use the Harbour Road car park, where 120 "
        "extra spaces will be opened.\n"
    )
    blog = (
        "---\nsource: Kesby Chat\ndate: 2025-04-08\n---\n\n"
        "Mill Street car park will close for six weeks from 5 May while the surface is relaid.\n\n"
        "Drivers are asked to use the Harbour Road car park, where 120 extra spaces will be "
        "opened.\n"
    )
    (tmp_path / "release.md").write_text(release, encoding="utf-8")
    (tmp_path / "blog.md").write_text(blog, encoding="utf-8")
    pair = run("pair", str(tmp_path / "release.md"), str(tmp_path / "blog.md"))
    assert pair.exit_code == 0, pair.stderr
    assert "press release's" in pair.stdout
    assert "A common source not given to this command" not in pair.stdout


def test_run_stops_at_an_unknown_focus_before_comparing(tmp_path: Path) -> None:
    """A --focus no article of the folder has stops the run as soon as the articles are read,
    with one line that lists the close ids, before any stage after reading runs (and with
    nothing written)."""
    write_ferry_story(tmp_path / "in")
    out = tmp_path / "out"
    result = run("run", str(tmp_path / "in"), "--out", str(out), "--focus", "chronicl")
    assert result.exit_code == 2
    assert messages(result) == [
        'error: --focus: no article has the id, file or outlet "chronicl"; did you mean chronicle, '
        "Orran Chronicle?"
    ]
    assert "segment" not in result.stderr
    assert not list(out.glob("*"))


def test_run_help_explains_focus() -> None:
    """`compare run --help` says what --focus writes and how an article is named."""
    help_text = " ".join(run("run", "--help").stdout.split())
    assert "--focus" in help_text
    assert "focus-<id>.md" in help_text


def test_run_single_story_compares_every_two_articles_given(tmp_path: Path) -> None:
    """Two sites' reports of different events share no story, so a run makes no pair of them;
    `--single-story` compares the articles given as one story's, as the library's
    ``single_story`` does, records it in report.json's settings and the index, and its help
    says so."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "carrow.md").write_text(
        "---\nsource: Carrow Ledger\ndate: 2025-10-13\n---\n"
        "Gas prices in Carrow fell to $3.09 a gallon this week, down 4 cents from last week.\n\n"
        "Drivers paid the most at stations along Route 9, a motor club survey found.\n",
        encoding="utf-8",
    )
    (tmp_path / "in" / "dunmore.md").write_text(
        "---\nsource: Dunmore Times\ndate: 2025-10-13\n---\n"
        "The Dunmore school board voted 5-2 on Monday to adopt a new reading curriculum.\n\n"
        "Board member Alice Greer said the old textbooks were more than a decade old.\n",
        encoding="utf-8",
    )
    counts = []
    for option in ((), ("--single-story",)):
        out = tmp_path / f"out{len(option)}"
        result = run("run", str(tmp_path / "in"), "-o", str(out), "--format", "all", "-q", *option)
        assert result.exit_code == 0, result.stderr
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        verdicts = [pair["verdict"] for pair in report["pairs"]]
        asked = "(asked for as one: `--single-story`)" in (out / "index.md").read_text("utf-8")
        counts.append((len(report["stories"]), verdicts, report["settings"]["single_story"], asked))
    assert counts == [(2, [], False, False), (1, ["independent"], True, True)]
    help_text = " ".join(run("run", "--help").stdout.replace("│", " ").split())
    assert "--single-story Compare every two articles" in help_text


def test_pair_says_a_common_source_it_was_not_given_may_explain_undisclosed_reuse(
    tmp_path: Path,
) -> None:
    """Two papers that both ran one wire story: `compare pair` cannot see the wire, calls the
    later one's reuse undisclosed and says below the verdict that a common source it was not
    given could explain the shared text; `compare run` on all three finds the wire and says
    nothing of the kind; pair's help says it too (acceptance round 23 b, finding 1)."""
    write_ferry_story(tmp_path / "in")
    (tmp_path / "in" / "wire.md").rename(tmp_path / "wire.md")
    notice = "A common source not given to this command (a wire story or a press release"
    pair = run("pair", str(tmp_path / "in" / "chronicle.md"), str(tmp_path / "in" / "echo.md"))
    assert pair.exit_code == 0, pair.stderr
    verdict, caveat = pair.stdout.split("\n\n")[1:3]
    assert "Undisclosed reuse" in verdict
    assert caveat.startswith(notice)
    assert "`compare run` on the whole folder" in caveat
    help_text = " ".join(run("pair", "--help").stdout.split())
    assert "common source not given to it" in help_text
    assert "compare run on the whole folder" in help_text
    (tmp_path / "wire.md").rename(tmp_path / "in" / "wire.md")
    out = tmp_path / "out"
    assert run("run", str(tmp_path / "in"), "--out", str(out), "--quiet").exit_code == 0
    (page,) = out.glob("story-*.md")
    assert notice not in page.read_text(encoding="utf-8")


# A pipeline's calls (acceptance round 24 c): an agency's story, a paper's uncredited rewrite of
# it, and another paper's own report of a different event (written for these tests).
LANDSLIDE_WIRE = [
    "A landslide closed the A847 between Glenruther and Carrick Bay on Sunday morning, police said.",
    "About 400 tonnes of rock and earth came down onto the road after two days of heavy rain.",
    "No one was hurt, but three cars were trapped behind the slip for several hours.",
    "Highland Roads said the route would stay shut until engineers had checked the slope.",
]
LANDSLIDE_REWRITE = [
    "A landslide shut the A847 between Glenruther and Carrick Bay on Sunday morning, police said.",
    "About 400 tonnes of rock and earth came down onto the road after two days of heavy rain.",
    "No one was hurt, but three cars were stuck behind the slip for several hours.",
    "Highland Roads said the route would stay closed until engineers had checked the slope.",
]
LIBRARY_VOTE = [
    "Carrick Bay's library will open on Saturdays again from May, councillors decided on Thursday.",
    "The council's leisure committee voted seven to two to restore the weekend hours.",
    "Weekend opening was cut in 2023 to save about £40,000 a year.",
]


def write_landslide(folder: Path) -> Path:
    """``folder`` holding the wire's landslide story, a paper's uncredited rewrite of it (a
    derived copy) and another paper's unrelated report; the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, source, date, lines in (
        ("wire.md", "Northern Wire", "2026-03-01T09:00:00Z", LANDSLIDE_WIRE),
        ("daily.md", "Bay Daily", "2026-03-01T11:00:00Z", LANDSLIDE_REWRITE),
        ("library.md", "Carrick Courier", "2026-03-01T12:00:00Z", LIBRARY_VOTE),
    ):
        (folder / name).write_text(
            f"---\nsource: {source}\ndate: {date}\n---\n\n" + "\n\n".join(lines) + "\n",
            encoding="utf-8",
        )
    return folder


@pytest.mark.parametrize(
    ("second", "fail_on", "code"),
    [
        pytest.param("daily.md", None, 0, id="reuse_without_fail_on"),
        pytest.param("daily.md", "copy,derived", 1, id="derived_named"),
        pytest.param("daily.md", "undisclosed", 1, id="undisclosed_named"),
        pytest.param("daily.md", "copy", 0, id="derived_not_named"),
        pytest.param("daily.md", " partial , derived ", 1, id="spaces_around_names"),
        pytest.param("library.md", "copy,derived,partial,undisclosed", 0, id="independent"),
    ],
)
def test_pair_fail_on_gives_exit_code_1_for_a_verdict_it_names(
    tmp_path: Path, second: str, fail_on: str | None, code: int
) -> None:
    """A script's yes/no: `pair --fail-on` exits 1 when the pair has a verdict it names, 0
    otherwise, and prints the same comparison either way; a line names the pair, a last one
    counts it."""
    folder = write_landslide(tmp_path / "in")
    args = ["pair", str(folder / "wire.md"), str(folder / second)]
    plain = run(*args)
    result = run(*args, *(["--fail-on", fail_on] if fail_on else []))
    assert result.exit_code == code, result.stderr
    assert result.stdout == plain.stdout
    said = [line for line in result.stderr.splitlines() if line.startswith("--fail-on")]
    assert len(said) == 2 * code


BAKERY_STORY = [
    "The Crumb and Kettle bakery on Mill Lane will close on Friday after 41 years, its owner "
    "Doreen Pike said.",
    "Mrs Pike, 72, said rising flour and energy bills had made the early starts hard to justify.",
    "Regulars queued past the chemist on Tuesday morning for a last loaf of her sourdough.",
    "The shop's ovens will be sold to a cookery school in Hexley, she added.",
]


def test_run_fail_on_undisclosed_counts_two_students_who_hand_in_one_story(
    tmp_path: Path,
) -> None:
    """Two undated students' files, one the other's story with a word changed, text no source
    of the run holds: nothing tells who copied whom, so neither is charged `undisclosed`, but
    the pair is flagged `shared uncredited` in report.json, its verdict line and the pairs
    table, and `--fail-on undisclosed` exits 1, direction unknown."""
    folder = tmp_path / "in"
    folder.mkdir()
    copied = [BAKERY_STORY[0].replace("close", "shut"), *BAKERY_STORY[1:]]
    for name, lines in (("Lee_Ann_story.txt", BAKERY_STORY), ("Ray_Tom_story.txt", copied)):
        (folder / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "run", str(folder), "--out", str(out), "--format", "all", "--fail-on", "undisclosed"
    )
    assert result.exit_code == 1, result.stderr
    assert messages(result)[-2] == (
        f"--fail-on: {folder / 'Lee_Ann_story.txt'} and {folder / 'Ray_Tom_story.txt'}, "
        "direction unknown: undisclosed"
    )
    (pair,) = json.loads((out / "report.json").read_text(encoding="utf-8"))["pairs"]
    assert (pair["direction"], pair["undisclosed_reuse"], pair["shared_uncredited"]) == (
        None,
        False,
        True,
    )
    (page,) = out.glob("story-*.md")
    assert "Shared uncredited: neither credits the other" in page.read_text(encoding="utf-8")
    assert "| shared uncredited |" in (out / "index.md").read_text(encoding="utf-8")


def test_pair_quiet_keeps_the_exit_code_and_says_why(tmp_path: Path) -> None:
    """`pair -q`, as `run -q`, keeps the line `--fail-on` writes, which says why the exit code
    is 1, its exit code and the comparison."""
    folder = write_landslide(tmp_path / "in")
    args = ["pair", str(folder / "wire.md"), str(folder / "daily.md"), "--fail-on", "derived"]
    said, quiet = run(*args), run(*args, "-q")
    assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (1, said.stdout, said.stderr)
    assert messages(quiet) == [
        f"--fail-on: {folder / 'daily.md'} takes from {folder / 'wire.md'}: derived",
        "--fail-on derived: found 1 pair with such a verdict (exit code 1)",
    ]


def test_run_fail_on_writes_the_reports_and_exits_1(tmp_path: Path) -> None:
    """`run --fail-on derived` writes every report and exits 1, naming the pair it counts for
    its verdict alone (who took from whom, and why) and counting it on stderr, --quiet or not;
    the code stays 0 when no pair has such a verdict."""
    folder = write_landslide(tmp_path / "in")
    out = tmp_path / "out"
    result = run("run", str(folder), "--out", str(out), "--fail-on", "derived")
    assert result.exit_code == 1, result.stderr
    assert (out / "index.md").is_file()
    assert messages(result)[-2:] == [
        f"--fail-on: {folder / 'daily.md'} takes from {folder / 'wire.md'}: derived",
        "--fail-on derived: found 1 pair with such a verdict (exit code 1)",
    ]
    quiet = run("run", str(folder), "--out", str(out), "--fail-on", "derived", "--quiet")
    assert (quiet.exit_code, messages(quiet)) == (1, messages(result)[-2:])
    assert run("run", str(folder), "--out", str(out), "--fail-on", "copy", "-q").exit_code == 0


HOSPITAL_VOTE = {
    "courier": (
        "Harwick County Council's cabinet voted by seven votes to four on Wednesday night to "
        "close St Brigid's Community Hospital.\n\n"
        "The 42-bed hospital, which opened in 1931 and employs 137 staff, will shut its wards "
        "in stages over the winter.\n"
    ),
    "herald": (
        "St Brigid's Community Hospital is to be axed after councillors voted eight to three in "
        "favour of the controversial closure plan on Wednesday evening.\n\n"
        "Around 140 nurses, porters, cleaners and kitchen staff work at the 42-bed site.\n"
    ),
}


@pytest.mark.parametrize(
    ("change", "said"),
    [
        pytest.param(
            ("About 400 tonnes", "About 600 tonnes"),
            "--fail-on numbers: found 1 pair with a number given differently (exit code 1)",
            id="aligned_sentence_changes_a_number",
        ),
        pytest.param(("400 tonnes", "400 tonnes"), None, id="same_numbers"),
        pytest.param(
            ("About 400 tonnes", "More than 350 tonnes"),
            None,
            id="a_number_its_qualifiers_allow",
        ),
        pytest.param(
            ("on Sunday morning", "on Saturday morning"), None, id="a_day_named_otherwise"
        ),
    ],
)
def test_fail_on_numbers_exits_1_when_a_copy_changes_a_number(
    tmp_path: Path, change: tuple[str, str], said: str | None
) -> None:
    """A markets or compliance desk's yes/no: `pair --fail-on numbers` exits 1 when a sentence
    aligned with the wire's gives one of its numbers differently, naming the wire's figure and
    the copy's, each with its qualifier ("About 400 tonnes → About 600 tonnes": acceptance
    rounds 37, c13, and 41, c13), and 0 for a rewrite that changes words
    alone, though its verdict is `derived`, or a day, which is no figure."""
    folder = write_landslide(tmp_path / "in")
    daily = folder / "daily.md"
    daily.write_text(daily.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    result = run("pair", str(folder / "wire.md"), str(daily), "--fail-on", "numbers")
    assert result.exit_code == (1 if said else 0), result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("--fail-on")] == (
        [
            f"--fail-on: {daily} takes from {folder / 'wire.md'}: a number given differently "
            f"({change[0]} → {change[1]})",
            said,
        ]
        if said
        else []
    )


def write_dated(
    folder: Path, texts: Mapping[str, str], source: Callable[[str], str], day: str = "2025-06-12"
) -> Path:
    """``folder`` holding one Markdown file a text, named by its key, its front matter the
    ``source`` of that key and ``day``."""
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.md").write_text(
            f"---\nsource: {source(name)}\ndate: {day}\n---\n\n{text}", encoding="utf-8"
        )
    return folder


MATCH_REPORTS = {
    "tuesday": (
        "Danni Royce scored twice as Carrow Town beat Linford 2-0 at Mill Lane on Tuesday.\n"
        "Royce headed in after nine minutes and added a second from the penalty spot.\n"
        "The attendance was 6,214."
    ),
    "saturday": (
        "Linford ended a run of four defeats by beating Eastmoor 3-1 at Kiln Park on Saturday.\n"
        "Oren Vale, Sami Huq and Theo Marr scored for the hosts before Eastmoor's late reply.\n"
        "The attendance was 11,480."
    ),
}


def test_fail_on_numbers_passes_two_matches_stock_line(tmp_path: Path) -> None:
    """An agency's reports of two matches each close with "The attendance was N.": the line is
    their template filled in with each match's crowd, no figure changed, so `pair --fail-on
    numbers` exits 0 and the pair's notes name no number (acceptance round 34, d1)."""
    folder = write_dated(tmp_path / "in", MATCH_REPORTS, lambda _: "Northfield Sports Agency")
    result = run(
        "pair", str(folder / "tuesday.md"), str(folder / "saturday.md"), "--fail-on", "numbers"
    )
    assert result.exit_code == 0, result.stderr
    assert "The attendance was" in result.stdout
    assert "number or date changed" not in result.stdout


def test_fail_on_numbers_counts_a_figure_two_outlets_give_differently(tmp_path: Path) -> None:
    """Two papers' own reports of one council vote, no sentence aligned: the tally differs
    (seven votes to four, eight to three), so `run --fail-on numbers` exits 1 and says it
    found a figure; the staff count only rounds (137, around 140) and counts for nothing."""
    folder = write_dated(tmp_path / "in", HOSPITAL_VOTE, lambda name: f"Dunmere {name.title()}")
    result = run(
        "run", str(folder), "--out", str(tmp_path / "out"), "--single-story", "--fail-on", "numbers"
    )
    assert result.exit_code == 1, result.stderr
    assert messages(result)[-1] == (
        "--fail-on numbers: found 1 figure that a story's outlets give differently (exit code 1)"
    )


def test_fail_on_refuses_a_name_that_is_no_verdict(tmp_path: Path) -> None:
    """A mistyped verdict is a usage error naming the ones --fail-on takes."""
    folder = write_landslide(tmp_path / "in")
    result = run("pair", str(folder / "wire.md"), str(folder / "daily.md"), "--fail-on", "copies")
    assert result.exit_code == 2
    assert "'copies' is not one of copy, derived, partial, undisclosed, numbers" in " ".join(
        result.stderr.replace("│", "").split()
    )


def test_a_run_into_a_folder_another_run_holds_stops_at_once(tmp_path: Path) -> None:
    """Two runs into one --out would leave the reports of whichever ended last, both exiting 0:
    the second stops before reading any article, with one error line, and leaves the folder and
    the first run's lock as they were."""
    import socket

    folder = write_landslide(tmp_path / "in")
    out = tmp_path / "out"
    assert run("run", str(folder), "--out", str(out), "-q").exit_code == 0
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    lock = out / ".compare-lock"
    # This test's own process, which runs: as another run's would.
    lock.write_text(f"{os.getpid()} {socket.gethostname()}\n", encoding="utf-8")
    result = run("run", str(folder), "--out", str(out), "-q")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: the report folder {out} is in use by another compare run (process "
        f"{os.getpid()} on {socket.gethostname()}, named in {lock}): wait for it to finish, or "
        f"give each run its own report folder; if no run is writing there, remove {lock}"
    ]
    lock.unlink()
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_a_lock_left_by_a_process_that_ended_is_taken_over(tmp_path: Path) -> None:
    """A run killed with SIGKILL cannot remove its lock: the next run takes it over, writes its
    reports and removes the lock at its end."""
    import socket

    folder = write_landslide(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    (out / ".compare-lock").write_text(
        f"{ended.stdout.strip()} {socket.gethostname()}\n", encoding="utf-8"
    )
    result = run("run", str(folder), "--out", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    assert (out / "index.md").is_file()
    assert not (out / ".compare-lock").exists()


def test_a_run_stopped_by_sigterm_removes_its_lock(tmp_path: Path) -> None:
    """The lock goes when a scheduler stops the run: the next run is not told the folder is in
    use."""
    folder = write_landslide(tmp_path / "in")
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "compare", "run", str(folder), "--out", str(out), "-q"],
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not (out / ".compare-lock").exists() and process.poll() is None:
        assert time.monotonic() < deadline, "the run took no lock"
        time.sleep(0.01)
    process.terminate()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode in (0, 143), stderr
    assert not (out / ".compare-lock").exists()


def test_a_stop_while_the_lock_is_taken_leaves_no_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C or SIGTERM that comes the moment the lock file is made, before the run holds
    it, stops the run and takes the lock with it: a scheduler stopping a job as it starts left a
    lock that told every later run the folder was in use."""
    take_lock = report_write._take_lock

    def stopped_as_taken(lock: Path) -> None:
        take_lock(lock)
        os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(report_write, "_take_lock", stopped_as_taken)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt), report_write.report_folder_lock(tmp_path / "out"):
            pass
    finally:
        signal.signal(signal.SIGINT, previous)
    assert not (tmp_path / "out" / report_write.LOCK).exists()


def test_out_dash_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`-o -` is no way to get the reports on stdout: a usage error, and no folder named "-"."""
    folder = write_landslide(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    result = run("run", str(folder), "-o", "-", "--format", "json", "-q")
    assert result.exit_code == 2
    assert "'-' is no folder" in " ".join(result.stderr.replace("│", "").split())
    assert not (tmp_path / "-").exists()


def test_outputs_saved_among_the_articles_are_not_read_as_articles(tmp_path: Path) -> None:
    """`pair`'s Markdown and `dedup --format json` and `jsonl`, saved beside the articles as a
    script keeps a check's result, are known as compare's output on the next run: skipped with one
    line that --strict does not count, and no pair with the saved comparison."""
    folder = write_landslide(tmp_path / "in")
    pair = run("pair", str(folder / "wire.md"), str(folder / "daily.md"))
    assert pair.stdout.startswith("<!-- written by compare: a report, not an article -->\n## ")
    (folder / "comparison.md").write_text(pair.stdout, encoding="utf-8")
    listing = run("dedup", str(folder), "--format", "json", "-q")
    (folder / "clusters.json").write_text(listing.stdout, encoding="utf-8")
    rows = run("dedup", str(folder), "--format", "jsonl", "-q")
    (folder / "clusters.jsonl").write_text(rows.stdout, encoding="utf-8")
    out = tmp_path / "out"
    result = run("run", str(folder), "--out", str(out), "--format", "json", "--strict")
    assert result.exit_code == 0, result.stderr
    assert (
        f"warning: skipped 3 report files that compare wrote earlier, in {folder}: a report is "
        "not read as an article"
    ) in messages(result)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert sorted(document["id"] for document in report["documents"]) == [
        "daily",
        "library",
        "wire",
    ]


def test_a_read_only_working_folder_names_the_default_report_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run in a read-only archive without --out, the error names `reports`, the folder it would
    make, not ".", and says to give --out a folder that can be written to."""
    folder = write_landslide(tmp_path / "in")
    monkeypatch.chdir(folder)
    access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda path, mode: not (Path(path) == Path() and mode & os.W_OK) and access(path, mode),
    )
    result = run("run", ".", "-q")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: cannot write the reports to reports (to be made in .): Permission denied; "
        "choose a report folder that can be written to (--out)"
    ]


def test_a_path_that_is_no_utf8_is_written_so_that_its_file_can_be_found(tmp_path: Path) -> None:
    """A Latin-1 byte in a file's name is written as Python writes bytes ("caf\\xe9"), a
    backslash doubled: `codecs.escape_decode`, as docs/output.md says, gives the name back."""
    import codecs

    folder = write_landslide(tmp_path / "in")
    latin = folder / os.fsdecode(b"caf\xe9 report.md")
    (folder / "daily.md").rename(latin)
    backslash = folder / "back\\slash.md"
    (folder / "library.md").rename(backslash)
    result = run("dedup", str(folder), "--format", "csv", "-q")
    paths = [row["path"] for row in csv.DictReader(io.StringIO(result.stdout))]
    assert f"{folder}/caf\\xe9 report.md" in paths
    found = {Path(os.fsdecode(codecs.escape_decode(path.encode())[0])) for path in paths}
    assert found == {latin, backslash, folder / "wire.md"}


def test_subtitles_and_unpunctuated_transcripts_are_read_with_one_warning_each(
    tmp_path: Path,
) -> None:
    """A .vtt file is read and compared with the article it reads out; a .srt file that times no
    cue is skipped with advice, and a transcript of many words with no sentence punctuation is
    read with one warning that says it is compared in pieces."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    story = (
        "Flooding closed the Quay Road bridge in Tarrow on Tuesday, the council said. "
        "Engineers will inspect the bridge before it reopens on Friday. "
        "Drivers are being told to use the harbour road instead."
    )
    (inbox / "wire.txt").write_text(story + "\n", encoding="utf-8")
    cues = [
        "00:00:01.000 --> 00:00:04.000\n<v Nora Bell>Flooding closed the Quay Road bridge",
        "00:00:04.100 --> 00:00:08.000\n<v Nora Bell>in Tarrow on Tuesday, the council said.",
        "00:00:08.100 --> 00:00:12.000\n<v Nora Bell>Engineers will inspect the bridge "
        "before it reopens on Friday.",
    ]
    (inbox / "ch9.vtt").write_text("WEBVTT\n\n" + "\n\n".join(cues) + "\n", encoding="utf-8")
    (inbox / "notes.srt").write_text("Bridge shut, see wire.\n", encoding="utf-8")
    words = " ".join(story.lower().replace(".", "").replace(",", "").split() * 3)
    (inbox / "radio_asr.txt").write_text(words + "\n", encoding="utf-8")
    result = run("run", str(inbox), "--out", str(tmp_path / "out"), "-q", "--format", "all")
    assert result.exit_code == 0
    assert messages(result) == [
        f"warning: skipped {inbox / 'notes.srt'}: not SubRip subtitles: no line times a cue "
        "(00:00:01,000 --> 00:00:04,000); save its text as .txt to compare it",
        f"warning: {inbox / 'radio_asr.txt'} has no sentence punctuation (speech-to-text?): it is "
        "compared in pieces of about 20 words, which align less surely than sentences",
    ]
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    compared = {frozenset((pair["a"], pair["b"])) for pair in report["pairs"]}
    assert frozenset(("ch9", "wire")) in compared


def test_pair_says_a_blog_kept_the_releases_headline(tmp_path: Path) -> None:
    """`compare pair` of a release file headed in its opening line and a Markdown blog that
    pastes it under the same `#` heading says the headline was taken word for word."""
    release, blog = footbridge_pasted(FOOTBRIDGE_HEADLINE)
    (tmp_path / "release.txt").write_text(
        f"---\nsource: {release.source}\ntype: press release\n---\n"
        f"{FOOTBRIDGE_HEADLINE}\n\n{release.text}\n",
        encoding="utf-8",
    )
    (tmp_path / "blog.md").write_text(
        f"---\nsource: {blog.source}\n---\n\n# {FOOTBRIDGE_HEADLINE}\n\n{blog.text}\n",
        encoding="utf-8",
    )
    result = run("pair", str(tmp_path / "release.txt"), str(tmp_path / "blog.md"))
    assert result.exit_code == 0, result.stderr
    assert f"Headline: taken word for word from A: “{FOOTBRIDGE_HEADLINE}”." in result.stdout


def test_pair_orders_a_page_timed_only_by_its_bylines_time_tag(tmp_path: Path) -> None:
    """A copy that times itself only with a <time datetime> in its byline, hours after the
    original's feed time, is named the copy by publication time, not guessed from its text, though
    its address gives its day."""
    story = (
        "The Eastfield clinic will stop seeing patients overnight from Dec. 1, its director told"
        " staff on Friday. Patients who need care after 10 p.m. will be sent to the county"
        " hospital, 18 miles away. The clinic treated an average of nine patients a night last"
        ' year. "We cannot staff the night shift any longer," director Ruth Abara said.'
    )
    original = tmp_path / "gazette.json"
    original.write_text(
        json.dumps(
            {
                "id": "g-71",
                "source": "Eastfield Gazette",
                "title": "Eastfield clinic to close overnight",
                "published_at": "2025-10-21T05:45:00-04:00",
                "text": story,
            }
        ),
        encoding="utf-8",
    )
    paragraphs = "".join(f"<p>{line}.</p>" for line in story.split(". "))
    copy = tmp_path / "courier.html"
    copy.write_text(
        "<html><head><title>Clinic to shut at night | Upriver Courier</title>"
        '<link rel="canonical" href="https://courier.example/2025/10/21/clinic"></head><body>'
        '<article><h1>Clinic to shut at night</h1><p class="byline">By Staff · '
        '<time datetime="2025-10-21T20:12:00Z">Oct. 21, 2025 4:12 PM</time></p>'
        f"{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    result = run("pair", str(original), str(copy))
    assert result.exit_code == 0
    assert "Likely direction: Upriver Courier (courier) reuses Eastfield Gazette (g-71)" in (
        result.stdout
    )
    assert "(by publication time)" in result.stdout


def test_check_says_when_the_new_article_is_out_of_date(tmp_path: Path) -> None:
    """A subscriber's page of the agency's 09:30 toll, published at 12:40 after the 11:20
    correction, is listed by `compare check` as out of date when published, with the
    correction it still owes, as a run's story page lists it."""
    lede = (
        "PORT ALDER, June 14 (Harbour Wire) - At least {toll} people died when a passenger "
        "ferry capsized off Port Alder early on Saturday, the coastguard said."
    )
    rest = (
        "The ferry was carrying about 140 passengers on its morning crossing to Skerry Island."
        "\n\nSurvivors said the vessel listed sharply in heavy swell before it turned over."
    )
    archive = tmp_path / "archive"
    archive.mkdir()
    for name, toll, sent, note in [
        ("wire-0930", 41, "09:30", ""),
        ("wire-1120", 14, "11:20", "\n\n(Corrects death toll in paragraph 1 to 14, not 41)"),
    ]:
        (archive / f"{name}.md").write_text(
            f"---\nsource: Harbour Wire\ndate: 2025-06-14T{sent}:00Z\n---\n\n"
            f"{lede.format(toll=toll)}\n\n{rest}{note}\n",
            encoding="utf-8",
        )
    page = tmp_path / "courier.md"
    page.write_text(
        f"---\nsource: Daily Courier\ndate: 2025-06-14T12:40:00Z\n---\n\n"
        f"{lede.format(toll=41)}\n\n{rest}\n",
        encoding="utf-8",
    )
    result = run("check", str(page), "--against", str(archive), "-q")
    assert result.exit_code == 0
    assert "**Out of date when published:**" in result.stdout
    assert "number or date changed (“41” → “14”), a correction" in result.stdout


UNION_BRIEFING = (
    "---\nsource: Harbour Workers Union\ntitle: Transcript - union briefing on the pay offer\n"
    "date: 2025-03-06T11:30:00+00:00\n---\n"
    "MARA QUILL, HWU GENERAL SECRETARY: Our members have voted by 82 per cent to reject the "
    "company's pay offer. We are not ruling out strike action in the spring. We have asked "
    "the company to return to talks within fourteen days.\n\n"
    "TOBY FENN, HARBOUR GAZETTE: Would a strike stop the island sailings?\n\n"
    "MARA QUILL, HWU GENERAL SECRETARY: We would always run the medical sailings. That has "
    "never been in question.\n"
)
UNION_PAPER = (
    "---\nsource: Harbour Gazette\ndate: 2025-03-06T15:30:00+00:00\n---\n\n"
    "Harbour ferry workers have voted by 82 per cent to reject the company's pay offer, their "
    "union said on Thursday.\n\n"
    '"We are ruling out strike action in the spring," said Mara Quill, the union\'s general '
    "secretary.\n\n"
    "She said the union had asked the company to return to talks within a fortnight.\n"
)


def test_run_record_reads_each_article_against_the_transcript(tmp_path: Path) -> None:
    """`--record` names the transcript the record: the paper that dropped "not" from a
    quotation is read against it, its negation removed (not added, as the record against the
    paper would read), listed in the story's summary though the paper reported independently;
    report.json gives the pair's direction from the record."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "union_briefing.txt").write_text(UNION_BRIEFING, encoding="utf-8")
    (tmp_path / "in" / "gazette.md").write_text(UNION_PAPER, encoding="utf-8")
    out = tmp_path / "out"
    args = ("run", str(tmp_path / "in"), "--out", str(out), "--format", "all", "--quiet")
    result = run(*args, "--record", str(tmp_path / "in" / "union_briefing.txt"))
    assert result.exit_code == 0, result.stderr
    (page,) = out.glob("story-*.md")
    story = page.read_text(encoding="utf-8")
    assert "**The record:** Harbour Workers Union (2025-03-06 11:30 UTC) (`--record`)" in story
    summary = story.split("**What each article changed of the record**")[1].split("\n\n")[1]
    assert summary.startswith("- Harbour Gazette, from Harbour Workers Union:")
    assert "negation removed (“not”)" in summary
    assert "(from the record)." in story
    assert "negation added" not in story
    (pair,) = json.loads((out / "report.json").read_text(encoding="utf-8"))["pairs"]
    assert (pair["a"], pair["direction"], pair["direction_basis"]) == (
        "gazette",
        "b->a",
        "record",
    )
    missing = run(*args, "--record", str(tmp_path / "elsewhere.txt"))
    assert missing.exit_code == 2
    assert messages(missing) == [
        f"error: --record {tmp_path / 'elsewhere.txt'}: no article was read from it; name a file "
        "or folder of the inputs"
    ]


COUNCILLOR_RECORD = (
    "---\nsource: Vale Gazette\ndate: 2025-03-10\n---\n"
    "A Dunmore councillor has been charged with fraud over claims he inflated his expenses.\n\n"
    "Councillor Alan Brice, 58, is accused of claiming £14,000 for journeys he never made.\n\n"
    "He appeared at Dunmore Magistrates' Court on Monday and was granted bail.\n\n"
    "Mr Brice denies the charge.\n"
)
# The draft drops "is accused of": it states the claim as fact.
COUNCILLOR_DRAFT = COUNCILLOR_RECORD.replace("Vale Gazette", "Moor Herald").replace(
    "is accused of claiming", "claimed"
)
# A harmless edit: the court named shorter.
COUNCILLOR_CLEAN = COUNCILLOR_RECORD.replace("Vale Gazette", "Moor Herald").replace(
    "Dunmore Magistrates' Court", "magistrates' court"
)


def write_councillor(tmp_path: Path, draft: str = COUNCILLOR_DRAFT) -> tuple[Path, Path]:
    """A draft that sorts before the record it rewrites, both of one day and crediting no one:
    nothing but the user tells which came first. The draft's path, then the record's."""
    (tmp_path / "a-draft.txt").write_text(draft, encoding="utf-8")
    (tmp_path / "record.txt").write_text(COUNCILLOR_RECORD, encoding="utf-8")
    return tmp_path / "a-draft.txt", tmp_path / "record.txt"


@pytest.mark.parametrize(
    ("draft", "fail_on", "held"),
    [
        pytest.param(
            COUNCILLOR_DRAFT, "hedge_removed,attribution_removed", True, id="hedge_dropped"
        ),
        pytest.param(COUNCILLOR_DRAFT, "framing", True, id="any_framing"),
        pytest.param(COUNCILLOR_DRAFT, "hedge_added", False, id="kind_not_named"),
        pytest.param(COUNCILLOR_CLEAN, "framing", False, id="clean_draft"),
    ],
)
def test_check_fail_on_framing_holds_a_draft_that_changes_the_record(
    tmp_path: Path, draft: str, fail_on: str, held: bool
) -> None:
    """A legal desk's yes/no: `check --fail-on` with framing kinds exits 1 when the draft
    changed the record's framing so, read from the record to the draft, with one line naming
    the pair and its changes; a draft that only shortens a name passes."""
    new, record = write_councillor(tmp_path, draft)
    result = run("check", str(new), "--against", str(record), "--fail-on", fail_on)
    assert result.exit_code == (1 if held else 0), result.stderr
    said = [line for line in messages(result) if line.startswith("--fail-on")]
    assert said == (
        [
            f"--fail-on: {new} changes {record}: hedge_removed “accused of” → -",
            f"--fail-on {','.join(sorted(fail_on.split(',')))}: found 1 pair with such a framing "
            "change (Moor Herald (a-draft) vs Vale Gazette (record)) (exit code 1)",
        ]
        if held
        else []
    )


DEPOT_FIRE = (
    "---\nsource: Carrow Post\ntitle: At least 3 dead in Carrow depot fire\ndate: 2025-05-06\n"
    "---\nA fire at a bus depot in Carrow killed two mechanics on Monday, the fire service "
    "said.\n\nCrews fought the blaze for four hours.\n"
)


@pytest.mark.parametrize(
    ("fail_on", "held"),
    [
        pytest.param("framing", True, id="any_framing"),
        pytest.param("number_changed", True, id="its_kind"),
        pytest.param("hedge_removed", False, id="another_kind"),
    ],
)
def test_fail_on_framing_counts_a_headline_that_claims_more_than_its_own_text(
    tmp_path: Path, fail_on: str, held: bool
) -> None:
    """A headline that tells three dead over a text that says two changed its own story's
    framing: `--fail-on` counts it as the framing kind it is, with no pair, in a line naming the
    article, the text's words and the headline's, and the sentence that tells it otherwise."""
    article = tmp_path / "post.md"
    article.write_text(DEPOT_FIRE, encoding="utf-8")
    result = run("run", str(article), "--out", str(tmp_path / "out"), "-q", "--fail-on", fail_on)
    assert result.exit_code == (1 if held else 0), result.stderr
    assert [line for line in messages(result) if line.startswith("--fail-on")] == (
        [
            f"--fail-on: {article} claims more in its headline than its text: number_changed "
            "“two” → “at least 3” (sentence 1)",
            f"--fail-on {fail_on}: found 1 headline that claims more than its own text "
            "(exit code 1)",
        ]
        if held
        else []
    )


def test_check_fail_on_framing_counts_no_headline_of_the_archive(tmp_path: Path) -> None:
    """`check` holds the article checked, not the archive: the archive's article whose headline
    tells a charge as a conviction does not fail a draft that took its text and wrote the charge
    as its text does."""
    text = (
        "A Carrow councillor was charged on Monday with fraud over expenses claims, prosecutors "
        "said.\n\nHe is due in court next month.\n"
    )
    archive, draft = tmp_path / "archive.md", tmp_path / "draft.md"
    for path, source, headline, day in [
        (archive, "Carrow Post", "Carrow councillor convicted of expenses fraud", 6),
        (draft, "Vale Herald", "Carrow councillor charged with expenses fraud", 7),
    ]:
        path.write_text(
            f"---\nsource: {source}\ntitle: {headline}\ndate: 2025-05-0{day}\n---\n{text}",
            encoding="utf-8",
        )
    result = run("check", str(draft), "--against", str(archive), "--fail-on", "allegation_hardened")
    assert result.exit_code == 0, result.stderr
    assert not [line for line in messages(result) if line.startswith("--fail-on")]
    in_run = run("run", str(tmp_path), "--out", str(tmp_path / "out"), "-q", "--fail-on", "framing")
    assert (
        f"--fail-on: {archive} claims more in its headline than its text: allegation_hardened "
        "“charged” → “convicted” (sentence 1)" in messages(in_run)
    )


def test_check_quiet_still_says_what_holds_the_draft(tmp_path: Path) -> None:
    """`check -q` writes no summary, but keeps `--fail-on`'s lines: a gate run quietly from a
    script still logs which change of the record gave exit code 1."""
    new, record = write_councillor(tmp_path)
    args = ["check", str(new), "--against", str(record), "--fail-on", "hedge_removed"]
    said, quiet = run(*args), run(*args, "-q")
    assert quiet.exit_code == 1, quiet.stderr
    assert messages(quiet) == [
        f"--fail-on: {new} changes {record}: hedge_removed “accused of” → -",
        "--fail-on hedge_removed: found 1 pair with such a framing change (Moor Herald (a-draft) "
        "vs Vale Gazette (record)) (exit code 1)",
    ]
    assert [line for line in messages(said) if line.startswith("--fail-on")] == messages(quiet)


def test_fail_on_refuses_a_framing_kind_there_is_none_of(tmp_path: Path) -> None:
    """A mistyped framing kind is refused, and the error lists the kinds there are."""
    new, record = write_councillor(tmp_path)
    result = run("pair", str(new), str(record), "--fail-on", "hedge_dropped")
    assert result.exit_code == 2
    shown = " ".join(result.stderr.replace("│", " ").split())
    assert "'hedge_dropped' is not one of copy, derived, partial, undisclosed, numbers," in shown
    assert "hedge_removed" in shown


def test_check_reads_the_new_article_as_the_copy_when_nothing_tells(tmp_path: Path) -> None:
    """Of a draft and the archive's record that nothing directs, `check` names what the draft
    changed of the record (a hedge removed), whichever id sorts first, and says it assumed so."""
    new, record = write_councillor(tmp_path)
    result = run("check", str(new), "--against", str(record), "-q")
    assert result.exit_code == 0, result.stderr
    assert (
        "Each difference is named as A's version changes B's (assumed: the new article changes "
        "the archive's, as nothing tells which came first)." in result.stdout
    )
    assert "| hedge or caveat removed | accused of | -   |" in result.stdout
    assert "hedge or caveat added" not in result.stdout
    report = json.loads(run("check", str(new), "--against", str(record), "--format", "json").stdout)
    [pair] = report["pairs"]
    assert (pair["direction"], pair["direction_basis"]) == ("b->a", "checked")


def test_pair_says_when_the_direction_is_unknown_and_takes_a_record(tmp_path: Path) -> None:
    """`pair` of two undated articles nothing directs says the direction is unknown and that it
    shows B changing A by their order; with `--record`, it names what the other changed of it."""
    new, record = write_councillor(tmp_path)
    unknown = run("pair", str(new), str(record), "-q")
    assert unknown.exit_code == 0, unknown.stderr
    assert (
        "Each difference is named as B's version changes A's (direction unknown: shown so by "
        "the order of the two; --record names the one the other is read against)." in unknown.stdout
    )
    recorded = run("pair", str(new), str(record), "--record", str(record), "--fail-on", "framing")
    assert recorded.exit_code == 1, recorded.stderr
    assert "Each difference is named as A's version changes B's (from the record)." in (
        recorded.stdout
    )
    assert f"--fail-on: {new} changes {record}: hedge_removed “accused of” → -" in (
        messages(recorded)
    )


def write_saved_versions(folder: Path) -> list[Path]:
    """An archiver's three hourly captures of one councillor story, named by capture time and
    stamped with no modification: the second drops "allegedly", the third adds a claim."""
    lede = "Councillor Ray Dunmore {hedge}misused a £40,000 housing grant, police said on Tuesday."
    rest = "Mr Dunmore, who represents Fenwick ward, has been suspended by his party."
    claim = "Detectives are also examining payments to a contractor, a source said."
    paragraphs = [
        [lede.format(hedge="allegedly "), rest],
        [lede.format(hedge=""), rest],
        [lede.format(hedge=""), rest, claim],
    ]
    paths = []
    for hour, texts in zip(("0917", "1217", "1517"), paragraphs, strict=True):
        body = "".join(f"<p>{text}</p>" for text in texts)
        path = folder / "fenwick-post" / f"20261104T{hour}Z.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            "<html><head><title>Councillor suspended | Fenwick Post</title>"
            '<meta property="og:site_name" content="Fenwick Post">'
            '<meta property="og:url" content="https://fenwickpost.example/news/dunmore">'
            '<meta property="article:published_time" content="2026-11-04T09:00:00Z">'
            f"</head><body><article><h1>Councillor suspended</h1>{body}</article></body></html>",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


@pytest.mark.parametrize(
    ("fail_on", "said"),
    [
        pytest.param("hedge_removed", None, id="versions_skipped"),
        pytest.param(
            "versions,hedge_removed",
            [
                "--fail-on: {1}, a later version of {0}, changes it: hedge_removed “allegedly” → -",
                "--fail-on hedge_removed,versions: found 1 pair with such a framing change "
                "(exit code 1)",
            ],
            id="versions_read_in_order",
        ),
        pytest.param(
            "stealth",
            [
                "--fail-on: {1}, a later version of {0}, changes it without a note: edited "
                "sentence 1",
                "--fail-on: {2}, a later version of {1}, changes it without a note: added "
                "sentence 3",
                "--fail-on stealth: found 2 pairs with a version changed without a note (exit code 1)",
            ],
            id="stealth",
        ),
    ],
)
def test_fail_on_reads_an_articles_versions_when_asked(
    tmp_path: Path, fail_on: str, said: list[str] | None
) -> None:
    """A stealth-edit monitor's yes/no: framing kinds skip an article's own versions unless
    `versions` is named, then each version is read against the one before it, ordered by the
    capture time its file name gives, each edit once; `stealth` fires on every version changed
    without a note, a sentence added too, each named on a line of its own, with what it changed
    (acceptance round 36, a1, a3, a4; retest of round 36, 3)."""
    paths = write_saved_versions(tmp_path / "in")
    result = run("run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--fail-on", fail_on)
    assert result.exit_code == (1 if said else 0), result.stderr
    lines = [line for line in messages(result) if line.startswith("--fail-on")]
    assert lines == [line.format(*map(str, paths)) for line in said or []]


@pytest.mark.parametrize(
    ("change", "said"),
    [
        pytest.param(None, [], id="entries_added"),
        pytest.param(
            "edited",
            [
                "--fail-on: {2}#post-0720, a later version of {0}#post-0720, changes it without "
                "a note: edited sentence 2",
                "--fail-on stealth: found 1 pair with a version changed without a note (exit code 1)",
            ],
            id="an_entry_edited",
        ),
        pytest.param(
            "taken_down",
            [
                "--fail-on: {2} takes down {1}#post-0855 without a note",
                "--fail-on stealth: found 1 entry of a live page taken down without a note "
                "(exit code 1)",
            ],
            id="an_entry_taken_down",
        ),
    ],
)
def test_fail_on_stealth_reads_a_live_pages_saves_entry_by_entry(
    tmp_path: Path, change: str | None, said: list[str]
) -> None:
    """Saves of a live page each add entries, which is how a live page grows, not an edit
    without a note; only an entry whose text a later save changed, or that a later save took
    down, is (acceptance round 37, b8)."""
    folder = tmp_path / "in"
    folder.mkdir()
    newest = [("10:15", None, "The river peaked at Tarrow weir at ten."), *FLOOD_ENTRIES]
    if change == "edited":
        newest = [(t, h, text.replace("welcome", "not allowed")) for t, h, text in newest]
    if change == "taken_down":
        newest = [entry for entry in newest if entry[0] != "08:55"]
    saves = []
    for name, entries in [("0900", FLOOD_ENTRIES[1:]), ("1000", FLOOD_ENTRIES), ("1030", newest)]:
        save = folder / f"tarrow-live-20260302T{name}Z.html"
        save.write_text(flood_live_page(entries), encoding="utf-8")
        saves.append(save)
    result = run("run", str(folder), "--out", str(tmp_path / "out"), "--fail-on", "stealth")
    assert result.exit_code == (1 if said else 0), result.stderr
    lines = [line for line in messages(result) if line.startswith("--fail-on")]
    assert lines == [line.format(*saves) for line in said]


def test_fail_on_versions_alone_is_refused(tmp_path: Path) -> None:
    """`versions` names no change: alone it is refused with a line that says what to add."""
    write_saved_versions(tmp_path / "in")
    result = run("run", str(tmp_path / "in"), "--fail-on", "versions")
    assert result.exit_code == 2
    assert "'versions' reads framing kinds" in " ".join(result.stderr.replace("│", " ").split())


def test_fail_on_numbers_reads_each_outlets_latest_version(tmp_path: Path) -> None:
    """`--fail-on numbers` holds no outlet's superseded version against another outlet: the
    Echo's first version's four, revised to five in its later version, does not fail a run
    whose outlets' latest versions agree on five (acceptance round 36, a7)."""
    url = "https://tarrow-echo.example/news/flood"
    echo = (
        "Floodwater swept through Tarrow on Sunday and {} people were rescued from cars on the "
        "ring road, the fire service said."
    )
    records = [
        {
            "id": f"echo-{n}",
            "outlet": "Tarrow Echo",
            "url": url,
            "body": echo.format(toll),
            "published_at": "2026-03-08T09:00:00Z",
            "modified_at": modified,
        }
        for n, toll, modified in [
            (1, "four", "2026-03-08T09:00:00Z"),
            (2, "five", "2026-03-08T13:00:00Z"),
        ]
    ] + [
        {
            "id": "post",
            "outlet": "Fenwick Post",
            "published_at": "2026-03-08T11:00:00Z",
            "body": "Firefighters rescued five people trapped in cars on the Tarrow ring road as "
            "floodwater rose on Sunday.",
        }
    ]
    feed = tmp_path / "in" / "flood.jsonl"
    feed.parent.mkdir()
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = run("run", str(feed), "--out", str(tmp_path / "out"), "--fail-on", "numbers")
    assert result.exit_code == 0, result.stderr


def test_csv_files_open_with_a_byte_order_mark_only_when_asked(tmp_path: Path) -> None:
    """Excel reads a UTF-8 CSV as such only after a byte-order mark: --csv-bom writes one at the
    start of edges.csv and framing.csv, which hold the same rows as without it; by default
    there is none, for the tools that read it as part of the first column's name."""
    wire = "پولیس نے بتایا کہ مظاہرین نے چوک پر ٹائر جلائے۔\n\nشہر میں کل ہڑتال ہو گی۔\n"
    for outlet in ("agency", "paper"):
        (tmp_path / "in" / outlet).mkdir(parents=True)
        (tmp_path / "in" / outlet / "protest.txt").write_text(wire, encoding="utf-8")
    plain, marked = tmp_path / "plain", tmp_path / "marked"
    for out, options in ((plain, []), (marked, ["--csv-bom"])):
        args = ["run", str(tmp_path / "in"), "--out", str(out), "--format", "all", "-q", *options]
        assert runner.invoke(app, args).exit_code == 0
    for name in ("edges.csv", "framing.csv"):
        assert not (plain / name).read_bytes().startswith(b"\xef\xbb\xbf")
        assert (marked / name).read_bytes() == b"\xef\xbb\xbf" + (plain / name).read_bytes()


def test_check_notes_a_save_of_an_archived_page_given_as_new(tmp_path: Path) -> None:
    """`--against` takes one path: ``check rival.jsonl --against ours-1700.jsonl
    ours-1400.jsonl`` reads the user's earlier save as new, whose entries it would list as
    articles checked; a note says so and how to give it, and none does when each archive
    path has its ``--against`` (acceptance round 37, b13)."""

    def save(name: str, times: Iterable[str]) -> Path:
        records = [
            {"id": f"{name}-{t}", "source": "Ashby Gazette", "url": f"https://gazette.example/live#post-{t}",
             "date": f"2026-08-02T{t[:2]}:{t[2:]}:00Z", "text": f"Crews cleared a fallen tree on Mill Lane at {t}."}
            for t in times
        ]  # fmt: skip
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        return path

    rival = tmp_path / "echo.jsonl"
    rival.write_text(
        json.dumps({"id": "echo-1215", "source": "Valley Echo", "date": "2026-08-02T12:15:00Z",
                    "text": "Residents of Ashby have been told to expect more power cuts tonight."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    later, earlier = save("gazette-1700", ["0900", "1300"]), save("gazette-1400", ["0900"])
    mistaken = run("check", str(rival), "--against", str(later), str(earlier), "-q")
    assert mistaken.exit_code == 0
    assert (
        f"note: {earlier} is checked as new, though it is a save of a page the archive holds "
        f"({later}): --against takes one path"
    ) in mistaken.stderr
    given = run("check", str(rival), "--against", str(later), "--against", str(earlier), "-q")
    assert given.exit_code == 0
    assert "checked as new" not in given.stderr


def test_run_focus_on_a_live_pages_file_writes_what_rivals_took_from_it(tmp_path: Path) -> None:
    """`--focus` of a live page's file (its entries' ids open with it) reads from all its
    entries: focus-<file>.md names each entry a rival's post took from, which took it and
    whether it credits it, and counts the others; report.json lists them (R2)."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "tarrow-live.html").write_text(flood_live_page(FLOOD_ENTRIES), encoding="utf-8")
    rival = {
        "id": "gazette-1000", "source": "Tarrow Gazette", "date": "2026-03-02T10:00:00Z",
        "title": "Bridge closed",
        "text": "Police have shut the Mill Lane bridge as the river rises, residents said.",
    }  # fmt: skip
    (inputs / "gazette.jsonl").write_text(json.dumps(rival) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "run", str(inputs), "--out", str(out), "--format", "all", "--focus", "tarrow-live", "-q"
    )
    assert result.exit_code == 0, result.stderr
    page = (out / "focus-tarrow-live.md").read_text(encoding="utf-8")
    assert page.splitlines()[1:5] == [
        "# Focus: tarrow-live",
        "",
        "4 articles of Valley Echo, read from their side: of each that another outlet's article "
        "took from, which took it, how much and whether it credits it; then what they took from "
        "other outlets. Focus on one of their ids for its story page.",
        "",
    ]
    assert "## Valley Echo (tarrow-live-post-0940)" in page
    assert (
        "- Tarrow Gazette (gazette-1000), 2026-03-02 10:00 UTC: derived. Took from yours: 85% of "
        "its words, copied or edited, **without crediting you**."
    ) in page
    assert page.rstrip().endswith("No other outlet's article took from the other 3 articles.")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["focus"]["name"] == "tarrow-live"
    assert len(report["focus"]["articles"]) == 4


def test_timezone_dates_a_crawlers_local_times_and_orders_the_copy(tmp_path: Path) -> None:
    """A crawler's feed that stores its sources' local times without a zone (all UTC+8) is
    dated to the minute with --timezone: the paper that ran the agency's story at 14:05 reuses
    the one that ran it at 11:00, and no warning counts times without a zone; a zone no one
    can read is refused in one line, exit code 2."""
    story = (
        "Floodwater cut the road to Qinghe county on Saturday, and 1,200 residents were moved "
        "to schools in the county town.\nThe county's emergency office said no one had been "
        "hurt and that the river was expected to peak on Sunday night."
    )
    feed = tmp_path / "crawler.jsonl"
    feed.write_text(
        "".join(
            json.dumps({"outlet": outlet, "date": date, "text": story}) + "\n"
            for outlet, date in (
                ("Nanling Evening", "2026/03/14 11:00"),
                ("South China Watch", "2026/03/14 14:05"),
            )
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(feed), "--out", str(out), "--timezone", "+08:00"])
    assert result.exit_code == 0, result.output
    assert "no time zone" not in result.stderr
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "South China Watch reuses Nanling Evening" in index
    assert "2026-03-14 11:00 UTC+08:00 (03:00 UTC)" in index
    refused = runner.invoke(
        app, ["run", str(feed), "--out", str(out), "--timezone", "Mars/Olympus"]
    )
    assert refused.exit_code == 2
    assert "no time zone 'Mars/Olympus'" in refused.stderr


def test_terms_prints_the_package_lists_as_a_terms_file(tmp_path: Path) -> None:
    """`compare terms` prints the package's loaded terms and hedges as TOML that `--terms`
    reads, so a method can cite the list and a researcher start a file of their own from it
    (acceptance round 40, c7); given back, it changes no note."""
    result = run("terms")
    assert result.exit_code == 0
    listed = tomllib.loads(result.stdout)
    assert "illegal aliens" in listed["loaded_terms"] and "allegedly" in listed["hedges"]
    assert listed["loaded_terms"] == sorted(listed["loaded_terms"])
    terms = tmp_path / "terms.toml"
    terms.write_text(result.stdout, encoding="utf-8")
    wire, copy = tmp_path / "wire.txt", tmp_path / "copy.txt"
    wire.write_text("Activists said 300 migrants crossed on Monday.\n", encoding="utf-8")
    copy.write_text("Activists claimed 300 illegal aliens crossed on Monday.\n", encoding="utf-8")
    plain = run("pair", str(wire), str(copy))
    assert run("pair", str(wire), str(copy), "--terms", str(terms)).stdout == plain.stdout


def test_dedup_record_keeps_the_record_canonical_over_a_copy_stamped_before_it(
    tmp_path: Path,
) -> None:
    """An agency's own feed gives its story at 04:00 UTC; a site whose clock runs in the wrong
    zone stamps its uncredited copy 03:30. Given as --record, as compare run takes it, the feed
    is the origin of every pair it has, and dedup keeps its story canonical, the site's a copy
    of it; without, the earlier stamp goes first."""
    story = (
        "Councillors in Brackley voted 9-4 on Wednesday to close the Mill Lane library in "
        "April, saving about 180,000 pounds a year.\n"
        "Campaigners said they would ask for the decision to be reviewed."
    )
    feed = tmp_path / "agency.jsonl"
    feed.write_text(
        json.dumps(
            {"id": "ag-1", "date": "2026-12-03T04:00:00Z", "url": "https://agency.example/1"}
            | {"text": f"BRACKLEY, Dec 3 (Kestrel) - {story}"}
        )
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "site.md").write_text(
        f"---\nsource: Brackley Buzz\ndate: 2026-12-03T09:00:00+05:30\n---\n{story}\n",
        encoding="utf-8",
    )

    def rows(*options: str) -> dict[str, tuple[str, str]]:
        listed = run("dedup", str(tmp_path), "--format", "csv", "-q", *options)
        assert listed.exit_code == 0, listed.stderr
        return {
            row["id"]: (row["canonical"], row["relation"])
            for row in csv.DictReader(io.StringIO(listed.stdout))
        }

    assert rows("--record", str(feed)) == {
        "ag-1": ("ag-1", "canonical"),
        "site": ("ag-1", "copy"),
    }
    assert rows()["ag-1"] == ("site", "copy")


def test_fail_on_framing_charges_no_independent_report(tmp_path: Path) -> None:
    """An evening report of its own (an interview with a specialist who warns) beside the
    morning's study it does not copy changed none of its framing: `--fail-on hedge_removed`
    counts no pair, whatever the two files are called."""
    for study_name, interview_name in (("a-study", "z-interview"), ("z-study", "a-interview")):
        folder = tmp_path / study_name
        folder.mkdir()
        (folder / f"{study_name}.txt").write_text(
            "---\nsource: Dunmore University\ndate: 2026-11-20\n---\n"
            "People who drink two cups of coffee a day may have a lower risk of liver disease "
            "than those who drink none, according to a new study led by researchers at Dunmore "
            "University.\n\nThe team followed 3,000 adults for ten years and found that coffee "
            "drinkers had fewer liver scans showing damage.\n\nThe study was funded by the "
            "Liver Trust.\n",
            encoding="utf-8",
        )
        (folder / f"{interview_name}.txt").write_text(
            "---\nsource: Evening Chronicle\ndate: 2026-11-21\n---\n"
            "A Dunmore study linking coffee to a lower risk of liver disease has been welcomed "
            "by liver specialists, who nonetheless warn that two cups a day are no substitute "
            "for treatment.\n\nDr Ruth Okafor of Ashby General Hospital, who was not involved "
            "in the research, said the size of the effect was modest.\n\nShe said patients "
            "should keep taking their medication.\n",
            encoding="utf-8",
        )
        result = run(
            "run",
            str(folder),
            "-o",
            str(tmp_path / f"out-{study_name}"),
            "-q",
            "--fail-on",
            "hedge_removed",
        )
        assert result.exit_code == 0, messages(result)
        assert "hedge_removed" not in messages(result)
