"""The `compare` command: options to Settings, one library call, progress, summary, files, exit codes.

Exit codes: 0 the run worked (inputs that could not be used are warned about on stderr);
1 the run worked but, with ``--strict``, some input was skipped, or, with ``--fail-on``, a pair
of a verdict or framing change it names was found; 2 a usage error, a missing path, no usable document, reports
that cannot be written, or a report folder another run holds; 130 stopped by Ctrl-C, 143 by
SIGTERM (timeout, systemd, Kubernetes), each saying in one line what it left.
"""

from __future__ import annotations

import os
import shlex
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import ExitStack, contextmanager
from datetime import tzinfo
from enum import StrEnum
from importlib.metadata import version
from itertools import count
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text
from tabulate import tabulate
from typer.core import TyperCommand, TyperGroup, TyperOption

# For --max-bucket-size's help: the candidates stage loads numpy alone until it runs (datasketch
# only then), little beside the second the rest of the pipeline takes to load.
from compare.entry import (
    INTERRUPTED,
    NOTHING_WRITTEN,
    TERMINATED,
    Terminated,
    exit_if_stopped,
    interrupt,
    stop_at_once,
    terminate,
)
from compare.records import (
    Document,
    FramingKind,
    HeadlineClaim,
    PairComparison,
    Result,
    Verdict,
    lost,
    superseded,
)
from compare.records import Progress as ProgressCallback
from compare.report import COLUMNS, TABLE_COLUMNS, WIDE_STORY, DedupFormat, PairFormat, ReportFormat
from compare.report.software import software
from compare.settings import BUCKET_REPRESENTATIVES, MAX_ACROSS_DAYS, Settings, SettingsError

# The pipeline's modules are imported by the commands that run it: help and a mistyped command
# need not wait a second for trafilatura, SciPy and datasketch.
if TYPE_CHECKING:
    # The types of typer's own copy of Click, which its command classes are declared with.
    from typer._click.core import Context, Parameter

    from compare.cache import DiskCache
    from compare.changes import FramingChange
    from compare.live_pages import RemovedEntry
    from compare.read import ReadResult
    from compare.report.write import ReportError
    from compare.stealth_edits import StealthEdit

DEFAULTS = Settings()
UPDATE_SECONDS = 0.1
# A log or pipe hears how far a stage is this often: aligning a feed of thousands of items runs
# for minutes, which a line only as each stage finishes leaves silent.
LOG_SECONDS = 15.0
# How often the heartbeat of a log's progress looks whether a line is due.
BEAT_SECONDS = 1.0
# A stage's rate and time left are told once it has run this long: its first seconds (a story's
# first pairs, the libraries it loads) say little of the rest.
ESTIMATE_AFTER_SECONDS = 5.0
# What --fail-on may name: the verdicts of reuse, reuse that credits neither its source nor a
# wire service (a pair's undisclosed_reuse), numbers the articles give differently (a markets
# or compliance desk's yes/no before publishing), and the framing a copy changed of its origin,
# by kind or all of it (a legal desk's yes/no on a draft against the agency's copy). An outlet's
# own versions reuse nothing: "stealth" asks for a version changed without a note, and
# "versions" reads the framing kinds named on each version against the one before it too (a
# stealth-edit monitor's "allegedly" dropped overnight). "by_new", check's alone, leaves out the
# pairs in which an archive article took from a new one: an encyclopedia's patroller asks
# whether a draft pasted a paper, credited or not, never whether a site pasted the draft.
FRAMING = "framing"
VERSIONS = "versions"
STEALTH = "stealth"
BY_NEW = "by_new"
FRAMING_KINDS = tuple(sorted(FramingKind))
FAIL_ON = (
    Verdict.COPY,
    Verdict.DERIVED,
    Verdict.PARTIAL,
    "undisclosed",
    "numbers",
    STEALTH,
    VERSIONS,
    BY_NEW,
    FRAMING,
    *FRAMING_KINDS,
)
# What of FAIL_ON asks for framing changes, rather than a pair's verdict or numbers.
FAIL_ON_FRAMING = frozenset({FRAMING, *FRAMING_KINDS})
# The --fail-on line names this many pairs, then counts the rest: a nightly check's 277 pairs made
# one 20 KB line of cron mail.
MAX_PAIRS_NAMED = 5
Choice = TypeVar("Choice", bound=StrEnum)


def _without_value_hints(params: list[Parameter]) -> list[Parameter]:
    """``params`` with every on/off flag's help showing no value: typer 0.29 writes a flag's
    type as if it took one ("--strict <bool>", "--help <bool>"), which the flag then refuses."""
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag and param.metavar is None:
            param.metavar = ""
    return params


class _Command(TyperCommand):
    """A command whose help shows its flags as taking no value."""

    def get_params(self, ctx: Context) -> list[Parameter]:
        return _without_value_hints(super().get_params(ctx))


class _Group(TyperGroup):
    """The program, whose help shows its flags as taking no value."""

    def get_params(self, ctx: Context) -> list[Parameter]:
        return _without_value_hints(super().get_params(ctx))


app = typer.Typer(
    cls=_Group,
    help=(
        "Compare how different outlets report the same story: which sentences they share "
        "(copied, edited, paraphrased), what each adds, how each frames it, and how much of "
        "one article is reused from another."
    ),
    epilog=(
        "Examples: compare run seeds/ (reports in reports/) · compare pair wire.txt daily.txt · "
        "compare check draft.html --against archive/ · "
        "compare dedup feed/ --format csv > clusters.csv · compare terms > terms.toml"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
errors = Console(stderr=True, highlight=False, soft_wrap=True)

# The kinds of file read, as each command's help names them (docs/inputs.md says what each gives).
FILE_KINDS = (
    ".txt, .md, .markdown, .json, .jsonl, .html, .htm; subtitles, .srt and .vtt; e-mails, .eml; "
    "saved pages, .mhtml and .mht; documents, .docx, .odt, .rtf and .pdf"
)
Paths = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH",
        help=f"Article files ({FILE_KINDS}; a file is read as what it holds, whatever its name) "
        "and folders, read recursively in sorted order, whatever order they are given "
        "in (by their names' code points, not the locale's order a shell's glob follows); hidden "
        "files and folders (names starting with '.') are read only when named.",
        show_default=False,
    ),
]
MinSimilarity = Annotated[
    float,
    typer.Option(
        help="Lowest rapidfuzz similarity (0-100) for two sentences to count as a copy-edit.",
    ),
]
MaxBucketSize = Annotated[
    int,
    typer.Option(
        help="Most sentences an LSH bucket pairs in full when grouping stories and aligning; in "
        "a bigger one (a story or line very many articles carry, template lines an article "
        f"repeats) each pairs with the first {BUCKET_REPRESENTATIVES} only (of each article, "
        "when aligning). Raise it when warned: more memory, fewer stories merged by sampled links, "
        "and a time that may fall as well as rise (see docs/commands.md).",
    ),
]
StoryDays = Annotated[
    int,
    typer.Option(
        "--story-days",
        help="Most days apart two articles may be published and be weighed as one story's "
        "by their names and ledes; a story runs on from its nearest article, so a follow-up "
        "joins a story whose first report is older, and a pair in the far half of these days "
        "counts in part; fewer days leave each article fewer neighbours to be weighed against, "
        "so a run of daily follow-ups may chain into one story. Near copies join further apart "
        "too, and "
        "articles that share a pasted passage however far apart; others sharing near copies "
        f"more than {MAX_ACROSS_DAYS} days (or these days) apart are left out with a warning.",
        metavar="<days>",
    ),
]
Terms = Annotated[
    Path | None,
    typer.Option(
        "--terms",
        help="A TOML file of loaded terms and hedges to name beside the package's own, as "
        'loaded_terms = ["globalists", "deep state"] and hedges = ["sources claim"]; of '
        "phrases in which a loaded term is meant plainly, never named, as "
        'loaded_terms_except = ["tax regime"]; of verbs '
        'that lend the speaker more or less credence than "said", one word each, as '
        'attribution_verbs = ["claimed"]; of words that deny and phrases that cite a source, '
        'as negations = ["नहीं"] and attributing_phrases = ["के अनुसार"]; of outlets '
        "whose names hold a word for a news agency but that are none, as "
        'not_agencies = ["Cascade County Wire 365"]; and, after those lists, of news agencies '
        "the package does not know: a line \\[wire_services], then one line an agency, its name "
        "and the names, short names and initials articles credit it by, as "
        '"Kestrel" = ["Kestrel", "Kestrel News Agency", "KNA"] (docs/inputs.md).',
        metavar="<file>",
        show_default=False,
    ),
]

Record = Annotated[
    list[str] | None,
    typer.Option(
        "--record",
        help="A file or folder of the inputs that is the record the other articles are read "
        "against (a transcript, a press release, an agency's copy); give it once for each. "
        "It is the origin of each of its pairs, whatever their dates: their framing "
        "differences say what the other article changed of it, and a story's summary "
        "lists them.",
        metavar="<path>",
        show_default=False,
    ),
]


def _fail_on(value: str) -> frozenset[str]:
    """--fail-on's verdicts and framing kinds, given with commas between them: "copy,derived"."""
    named = {word.strip() for word in value.split(",")}
    if unknown := sorted(named - set(FAIL_ON)):
        raise typer.BadParameter(
            f"{unknown[0]!r} is not one of {', '.join(FAIL_ON[: FAIL_ON.index(FRAMING) + 1])}, "
            f"nor a framing kind: {', '.join(FRAMING_KINDS)}"
        )
    if VERSIONS in named and not named & FAIL_ON_FRAMING:
        raise typer.BadParameter(
            f"{VERSIONS!r} reads framing kinds on an article's versions too: name {FRAMING!r} "
            f"or a framing kind beside it ({VERSIONS},hedge_removed)"
        )
    if named == {BY_NEW}:
        raise typer.BadParameter(
            f"{BY_NEW!r} narrows what the others count to a new article's reuse: name a verdict "
            f"or a change beside it ({BY_NEW},copy,derived,partial)"
        )
    return frozenset(named)


FailOn = Annotated[
    frozenset[str] | None,
    typer.Option(
        "--fail-on",
        help="Exit with code 1 when a pair of two articles (not two versions of one) has one of "
        "these verdicts, given with commas between them: copy, derived, partial, or undisclosed "
        "(reuse that credits neither its source nor a wire service, or a copy or rewrite of which "
        "neither credits the other, taken from no third article, which came first not known); "
        "or, with numbers, when two "
        "aligned sentences give a number differently or a story's outlets give a figure "
        "differently (not one number rounded, nor two its qualifiers allow to be one: about "
        "22,000 and more than 20,000, nor a day or year named otherwise: Friday and 12 "
        "September); or, with framing kinds as report.json's kind_as_changed names them "
        "(hedge_removed, attribution_removed, allegation_hardened, quote_removed, "
        "negation_removed, number_changed, ...: docs/framing.md lists them), or framing for all "
        "of them, when one article changed the other's framing so, in aligned sentences, "
        "quotations or headlines (a number converted or rounded aside), as read from the origin "
        "to the copy, or, when which came first is not known, from A to B as the report shows "
        "them: a line on stderr names each pair it counts, with its changes or what it has "
        "of these (--record names the origin). A headline that claims more than its own "
        "article's text (report.json's headline_vs_text: a figure, a charge or a hedged "
        "finding its text tells otherwise) counts as its kind, number_changed, "
        "allegation_hardened or hedge_removed, framing its article changed of its own story, in "
        "a line of its own (in check, only a new article's; never a version a later one "
        "replaced). Framing kinds skip an article's versions unless "
        "versions is named too "
        "(versions,hedge_removed): then each version is read against the one before it, from "
        "the earlier to the later, where their times tell the order. With stealth, when a "
        "version changed the one before it without a note (a sentence added, removed or "
        "reworded), or a save of a live page took down an entry. With by_new beside them "
        "(check alone: a copyright patroller's "
        "by_new,copy,derived,partial), a pair counts only where a new article may have taken "
        "from the other, credited or not: not where the archive's article takes from the new "
        "one (a site that pasted the draft), though a pair whose direction is not known still "
        "does. The output is the same.",
        parser=_fail_on,
        metavar="<verdicts|kinds>",
        show_default=False,
    ),
]
Quiet = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        help="No progress bar and no summary; the inputs skipped in one line; --fail-on's lines, "
        "which say why the exit code is 1, are still written.",
    ),
]
Cache = Annotated[
    Path | None,
    typer.Option(
        "--cache",
        help="A folder to keep what each input file gives, by its bytes and compare's version "
        "(such as ~/.cache/compare): a file read by an earlier run is not parsed again, as a "
        "nightly check's archive. The output is the same; nothing is kept without it.",
        metavar="<folder>",
        show_default=False,
        file_okay=False,
    ),
]


def _time_zone(value: str) -> tzinfo:
    """The zone ``--timezone`` names (:func:`compare.dates.time_zone`), or a usage error."""
    from compare.dates import time_zone

    try:
        return time_zone(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


TimeZone = Annotated[
    tzinfo | None,
    typer.Option(
        "--timezone",
        help="The time zone of the publication times the inputs give without one (a crawler's "
        '"2026/03/14 12:00"): an offset from UTC, such as +08:00 or UTC-5, or a zone\'s name, '
        "such as Asia/Taipei. Times given with their zone keep it; without this option only "
        "the day of a time without a zone tells who published first.",
        parser=_time_zone,
        metavar="<zone>",
        show_default=False,
    ),
]
Strict = Annotated[
    bool,
    typer.Option(
        "--strict",
        help="Exit with code 1 when any input was skipped unread (the output is written all the same); a repeat of a file or record read once is no loss.",
    ),
]


def _choices(choices: type[StrEnum]) -> str:
    """An option's values as its help shows them: "<md|json|all>"."""
    return f"<{'|'.join(choices)}>"


def _one_of(choices: type[Choice]) -> Callable[[str], Choice]:
    """A parser of an option that takes one of ``choices``' values, whose error lists them
    (typer's own check writes pydantic's "Value error, " before its message)."""
    listed = ", ".join(choices)

    def parse(value: str) -> Choice:
        try:
            return choices(value)
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not one of {listed}") from None

    return parse


def _print_version(wanted: bool) -> None:
    # One version names many commits: the fingerprints report.json's "software" gives tell
    # apart the code and the word lists two installs of one version run.
    if wanted:
        made_by = software()
        data = ", ".join(f"{name} {digest}" for name, digest in made_by["data"].items())
        typer.echo(f"compare {version('compare')} (code {made_by['code']}; {data})")
        raise typer.Exit


@app.callback()
def main(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Print the version, with fingerprints of the code and of the word lists and model it ships, and exit.",
            callback=_print_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """Compare how different outlets report the same story."""


@app.command(cls=_Command)
def run(
    paths: Paths,
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="Folder for the reports; created if missing. It may sit inside an input folder, "
            "but may not be one or hold one; reports you edited there are never overwritten. A run "
            "holds it while it works: runs at the same time need one each.",
            parser=_folder,
            metavar="<path>",
        ),
    ] = Path("reports"),
    format: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            help="md: Markdown; json: report.json, edges.csv and framing.csv; all: both. Reports "
            "an earlier run wrote in --out that this format does not write are removed (index.md "
            "and the story pages, after --format all or md, with json; report.json and the CSV "
            "files with md).",
            parser=_one_of(ReportFormat),
            metavar=_choices(ReportFormat),
        ),
    ] = ReportFormat.MD,
    every_match: Annotated[
        bool,
        typer.Option(
            "--every-match",
            help="In report.json, list the aligned sentences of every pair: by default a story "
            f"of more than {WIDE_STORY} articles lists none for its pairs whose shared text both "
            "took from a third article, only how many (matches_left_out).",
        ),
    ] = False,
    csv_bom: Annotated[
        bool,
        typer.Option(
            "--csv-bom",
            help="Start edges.csv and framing.csv with a UTF-8 byte-order mark, by which Excel "
            "reads them as UTF-8 (Urdu, Chinese, accented names) rather than in the system's "
            "code page. Off by default: most other tools read the mark as part of the first "
            "column's name.",
        ),
    ] = False,
    focus: Annotated[
        str | None,
        typer.Option(
            "--focus",
            help="Also write focus-<id>.md, linked from index.md: the story of this article (its "
            "id as the reports print it, or its outlet's name when the outlet has one article) "
            "read from its side: per other article, in order of publication, what it adds, the "
            "figures it gives otherwise, whether it took from this one (beyond what a common "
            "source such as the wire explains) and credits it; then this article's exclusives. "
            "A live page's file name (without .html) or an outlet's name of several articles "
            "names them all: what other outlets' articles took from each.",
            metavar="<id>",
        ),
    ] = None,
    record: Record = None,
    min_similarity: MinSimilarity = 80.0,
    max_bucket_size: MaxBucketSize = DEFAULTS.max_bucket_size,
    story_days: StoryDays = DEFAULTS.story_max_days,
    single_story: Annotated[
        bool,
        typer.Option(
            "--single-story",
            help="Compare every two articles under PATH... as one story's, without grouping "
            "stories first: for a chosen set, such as one template filled in by many sites, "
            "whose articles grouping would put in stories apart. Every pair is compared: 40 "
            "articles make 780 pairs.",
        ),
    ] = False,
    terms: Terms = None,
    quiet: Quiet = False,
    strict: Strict = False,
    fail_on: FailOn = None,
    cache: Cache = None,
    timezone: TimeZone = None,
) -> None:
    """Compare every article under PATH... and write reports to --out.

    Groups the articles into stories, aligns the sentences of every pair in a story, and writes index.md (documents, stories, verdicts) and one Markdown file per story (aligned sentences with word diffs, framing differences, what each article adds).

    Example: compare run seeds/ --format all

    A text file's outlet, date and kind may head it as front matter (source:, date:, and type: press release for a release, whose copies are then counted against it); docs/inputs.md lists what each format may carry.

    Exit codes: 0 done (unusable files are skipped with a warning); 1 done, but --strict and some input was skipped, or --fail-on and a pair of a verdict or framing change it names was found; 2 usage error, missing path, no usable document, reports that cannot be written, or --out in use by another run; 130 stopped by Ctrl-C, 143 by SIGTERM (timeout, systemd, Kubernetes), each with one line saying what was left.
    """
    started = monotonic()
    _refuse_by_new(fail_on, "run")
    settings = _settings(min_similarity, max_bucket_size, story_days)
    _use_terms(terms)
    _check_paths(paths)
    _check_out_holds_no_input(out, paths)
    taken_down: list[RemovedEntry] = []
    with _held(paths, out, format):
        result = _run(
            paths,
            out,
            format,
            settings,
            started,
            quiet,
            every_match,
            focus,
            single_story=single_story,
            record=record or [],
            cache=cache,
            csv_bom=csv_bom,
            taken_down=taken_down,
            time_zone=timezone,
        )
    if _fail_on_found(result, fail_on, taken_down=taken_down) or (strict and lost(result.skipped)):
        raise typer.Exit(code=1)


@contextmanager
def _held(paths: list[str], out: Path, format: ReportFormat) -> Iterator[None]:
    """Check that reports of ``format`` may be written into ``out`` and hold it while the block
    runs, or fail: another run writing there would leave its reports in place of this one's."""
    from compare.report.files import check_out
    from compare.report.write import ReportError, report_folder_lock

    with ExitStack() as held:
        try:
            check_out(out, format)
            held.enter_context(report_folder_lock(out))
        except ReportError as error:
            _fail(_report_error(error, paths, out, format))
        yield


def _report_error(error: ReportError, paths: list[str], out: Path, format: ReportFormat) -> str:
    """The line that says why the reports cannot be written, ending, when another folder would
    take them, with the command that writes them there: a first-time user does not know how to
    "give another folder"."""
    from compare.report.write import FilesInTheWay

    if not isinstance(error, FilesInTheWay):
        return str(error)
    free = next(
        name for number in count(2) if not (name := out.with_name(f"{out.name}-{number}")).exists()
    )
    formatted = [] if format is ReportFormat.MD else ["--format", format.value]
    command = shlex.join(["compare", "run", *paths, "--out", str(free), *formatted])
    return f"{error}, e.g. `{command}`"


def _run(
    paths: list[str],
    out: Path,
    format: ReportFormat,
    settings: Settings,
    started: float,
    quiet: bool,
    every_match: bool,
    focus: str | None,
    *,
    single_story: bool = False,
    record: list[str],
    cache: Path | None = None,
    csv_bom: bool = False,
    taken_down: list[RemovedEntry],
    time_zone: tzinfo | None = None,
) -> Result:
    """The work of ``compare run``, once its report folder is held: compare ``paths`` (with
    ``single_story``, every two as one story's; the documents of ``record`` the record; what
    each file gives kept in ``cache``; times without a zone in ``time_zone``), write the reports and say what the run found; its
    result. ``taken_down`` gets the live pages' entries a later save no longer holds."""
    from compare.focus import FocusError, focus_articles, focus_note
    from compare.pipeline import render
    from compare.report.files import INDEX, JSON_REPORT, reports_present
    from compare.report.write import ReportError

    listed_in = " and ".join(
        name for name, written in ((INDEX, format.markdown), (JSON_REPORT, format.json)) if written
    )
    named_by_file: list[str] = []

    def check_focus(read: ReadResult) -> None:
        # As soon as the articles are read: a mistyped id should not wait for the whole run.
        if focus is not None and read.documents:
            try:
                focus_articles(read.documents, focus)
            except FocusError as error:
                _fail(str(error))

    result = _compare(
        paths,
        settings,
        quiet,
        started,
        exclude=[out],
        single_story=single_story,
        skipped_listed_in=listed_in,
        named_by_file=named_by_file,
        taken_down=taken_down,
        on_read=check_focus,
        record=record,
        cache=cache,
        time_zone=time_zone,
    )
    if focus is not None and (note := focus_note(result.documents, focus)):
        errors.print(f"note: {note}")
    if len(result.documents) == 1:
        errors.print("note: only one document was read, so there is nothing to compare it with")
    earlier = reports_present(out)
    try:
        partly = f"the reports in {out} are partly written"
        with (
            _interrupted(partly, "run again to complete them"),
            _progress(quiet, started) as progress,
        ):
            written = render(
                result,
                out,
                format,
                progress,
                every_match=every_match,
                focus=focus,
                csv_bom=csv_bom,
            )
    except ReportError as error:
        _fail(_report_error(error, paths, out, format))
    if not quiet:
        typer.echo(_summary(result))
        typer.echo(_reports_line(written, out, earlier))
        if named_by_file:
            errors.print(_named_by_file_note(named_by_file), markup=False)
    return result


def _fail_on_found(
    result: Result,
    fail_on: frozenset[str] | None,
    named: Callable[[Sequence[PairComparison]], str] | None = None,
    *,
    taken_down: Sequence[RemovedEntry] = (),
) -> bool:
    """Whether a pair of two articles (versions of one reuse nothing) has what ``fail_on`` names
    (see FAIL_ON), or, when it names "numbers", a story's outlets give a figure differently, or,
    when it names "stealth", a save of a live page took down an entry (``taken_down``: each
    edited entry is a version already); said in a line for each pair that changed framing it
    names, each entry taken down, and one line for all, which
    gives the first ``MAX_PAIRS_NAMED`` pairs as ``named`` names them, and how many more. The
    lines are written with ``--quiet`` too: they say why the exit code is 1, which a gate's
    log needs most."""
    if not fail_on:
        return False
    from compare.stealth_edits import next_versions, stealth_edit

    # Each edit once: a version against the one before it, not again in every later pair.
    pairs = [
        pair
        for pair in result.all_pairs
        if (not pair.same_article or next_versions(pair, result.by_id, result.versions_of))
        and not (BY_NEW in fail_on and pair.copy is not None and pair.copy not in result.new)
    ]
    # Two articles that took what they share from a third changed that third, not each other:
    # each change is named on its pair with the third, not again, as one of the two changing
    # the other (a chain message beside a paper that hedged the account both took from).
    # Two independent reports took nothing from each other: neither changed the other's framing
    # (an evening's interview with a cardiologist who warns, beside the morning's release that
    # says "may"), unless one is the record the other is read against, which directs the pair.
    changed = {
        (pair.a, pair.b): changes
        for pair in pairs
        if pair.common_origin is None
        and pair.taken_through is None
        and (pair.direction is not None or pair.verdict is not Verdict.INDEPENDENT)
        and (changes := _framing_named(result, pair, fail_on, versions=VERSIONS in fail_on))
    }
    unnoted = {
        (pair.a, pair.b): edit
        for pair in pairs
        if STEALTH in fail_on
        and pair.same_article
        and (edit := stealth_edit(pair, result.by_id, result.notes))
    }
    replaced = (
        superseded(result.documents) if fail_on & {"numbers", *FAIL_ON_FRAMING} else frozenset()
    )
    claims = _by_document(_claims_named(result, fail_on, replaced))
    reasons = {
        (pair.a, pair.b): said
        for pair in pairs
        if not pair.same_article and (said := _reasons(pair, fail_on, result, replaced))
    }
    found = [
        pair
        for pair in pairs
        if (pair.a, pair.b) in changed or (pair.a, pair.b) in unnoted or (pair.a, pair.b) in reasons
    ]
    figures = [
        f for f in result.figures if "numbers" in fail_on and not (f.rounded or f.compatible)
    ]
    removed = list(taken_down) if STEALTH in fail_on else []
    if found or claims or figures or removed:
        # Every pair the last line counts is named, whatever it is counted for: a copy counted
        # for its verdict alone was once counted and never named.
        for pair in found:
            if (pair.a, pair.b) in reasons:
                errors.print(_reasons_line(result, pair, reasons[pair.a, pair.b]), markup=False)
            if (pair.a, pair.b) in changed:
                errors.print(_framing_line(result, pair, changed[pair.a, pair.b]), markup=False)
            if (pair.a, pair.b) in unnoted:
                errors.print(_stealth_line(result, unnoted[pair.a, pair.b]), markup=False)
        for doc, of_doc in claims.items():
            errors.print(_claims_line(result, doc, of_doc), markup=False)
        for entry in removed:
            errors.print(
                f"--fail-on: {entry.save} takes down {entry.where} without a note", markup=False
            )
        verdicts = fail_on & {*FAIL_ON[: FAIL_ON.index("numbers")]}
        what = " or ".join(
            (["such a verdict"] if verdicts else [])
            + (["a number given differently"] if "numbers" in fail_on else [])
            + (["a version changed without a note"] if STEALTH in fail_on else [])
            + (["such a framing change"] if fail_on & FAIL_ON_FRAMING else [])
        )
        count = len(found)
        said = [f"{count:,} pair{'s' if count > 1 else ''} with {what}"] if found else []
        if found and named:
            rest = count - MAX_PAIRS_NAMED
            more = f"; and {rest:,} more, stdout gives every one" if rest > 0 else ""
            said[0] += f" ({named(found[:MAX_PAIRS_NAMED])}{more})"
        if claims:
            headlines = len(claims)
            said.append(
                f"{headlines} headline{'s' if headlines > 1 else ''} that claim"
                f"{'' if headlines > 1 else 's'} more than {'their' if headlines > 1 else 'its'} "
                "own text"
            )
        if figures:
            said.append(
                f"{len(figures)} figure{'s' if len(figures) > 1 else ''} that a story's outlets "
                "give differently"
            )
        if removed:
            said.append(
                f"{len(removed)} entr{'ies' if len(removed) > 1 else 'y'} of a live page taken "
                "down without a note"
            )
        errors.print(
            f"--fail-on {','.join(sorted(fail_on))}: found {' and '.join(said)} (exit code 1)",
            markup=False,
        )
    return bool(found or claims or figures or removed)


def _claims_named(
    result: Result, fail_on: frozenset[str], replaced: AbstractSet[str]
) -> list[HeadlineClaim]:
    """The claims of a headline beyond its own text (``Result.headline_claims``) of a kind
    ``fail_on`` names, or all of them when it names "framing": framing an article's headline
    changed of its own story, counted without a pair. None of a version a later one
    ``replaced`` (an outlet that corrected its headline corrected it), and in a check none of
    the archive's articles, which are not the article checked."""
    return [
        claim
        for claim in result.headline_claims
        if (FRAMING in fail_on or claim.note.kind in fail_on)
        and claim.doc not in replaced
        and (not result.new or claim.doc in result.new)
    ]


def _by_document(claims: Sequence[HeadlineClaim]) -> dict[str, list[HeadlineClaim]]:
    """``claims`` by the document whose headline makes them, in their order."""
    by_document: dict[str, list[HeadlineClaim]] = {}
    for claim in claims:
        by_document.setdefault(claim.doc, []).append(claim)
    return by_document


def _claims_line(result: Result, doc: str, claims: Sequence[HeadlineClaim]) -> str:
    """One line for a headline that ``--fail-on`` counts for claiming more than its own text:
    each claim read from the text's words to the headline's, and the sentence (from 1) that
    tells it otherwise.

    >>> from compare import Document, compare_documents
    >>> post = Document("post", "Post", "A fire at the Carrow mill killed two workers on Monday.",
    ...     title="At least 3 dead in Carrow mill fire")
    >>> result = compare_documents([post])
    >>> _claims_line(result, "post", result.headline_claims)
    '--fail-on: post claims more in its headline than its text: number_changed “two” → “at least 3” (sentence 1)'
    """
    from compare.changes import FramingChange

    said = "; ".join(
        f"{claim.note.kind} {FramingChange(claim.note.kind, claim.note.a, claim.note.b).words} "
        f"(sentence {claim.sentence + 1})"
        for claim in claims
    )
    return (
        f"--fail-on: {_fail_on_names(result)[doc]} claims more in its headline than its text: "
        f"{said}"
    )


def _refuse_by_new(fail_on: frozenset[str] | None, command: str) -> None:
    """Refuse ``--fail-on by_new`` to a command that reads no article as new: it would count
    only the pairs whose direction is not known."""
    if fail_on and BY_NEW in fail_on:
        _fail(
            f"--fail-on {BY_NEW} counts the pairs a new article of compare check takes from its "
            f"archive, and compare {command} has none: give the article to check and "
            "--against the archive to compare check"
        )


def _reasons(
    pair: PairComparison, fail_on: frozenset[str], result: Result, replaced: AbstractSet[str]
) -> list[str]:
    """What of ``fail_on`` ``pair``, of two articles, has: its verdict, reuse that credits
    neither its source nor a wire service, and a number its aligned sentences give differently
    when it names "numbers" (see FAIL_ON; ``figures.numbers_given_otherwise``: rounding and
    compatible qualifiers aside), which numbers, the origin's first where the pair has a
    direction ("210 → 120"), unless either is a version a later one ``replaced``
    (``records.superseded``: an outlet's own revision is no disagreement)."""
    from compare.figures import numbers_given_otherwise

    numbers = (
        numbers_given_otherwise(result.sentences, pair, result.by_id)
        if "numbers" in fail_on and not {pair.a, pair.b} & replaced
        else []
    )
    given = [(n.b, n.a) if pair.direction == "b->a" else (n.a, n.b) for n in numbers]
    return [
        reason
        for reason, found in (
            (pair.verdict.value, pair.verdict in fail_on),
            (
                "undisclosed",
                "undisclosed" in fail_on and (pair.undisclosed_reuse or pair.shared_uncredited),
            ),
            (
                "a number given differently ("
                + "; ".join(dict.fromkeys(f"{a} → {b}" for a, b in given))
                + ")",
                bool(given),
            ),
        )
        if found
    ]


def _reasons_line(result: Result, pair: PairComparison, reasons: Sequence[str]) -> str:
    """One line for a pair that ``--fail-on`` counts for its verdict, undisclosed reuse or a
    number given differently: which article took from which, when that is known, and why.

    >>> from compare import Document, compare_documents
    >>> wire = Document("wire", "Wire", "Police said 12 people were hurt in the blast on Monday.",
    ...     published="2025-01-02")
    >>> daily = Document("daily", "Daily", "Police said 12 people were hurt in the blast on Monday.",
    ...     published="2025-01-03")
    >>> result = compare_documents([daily, wire])
    >>> _reasons_line(result, result.pairs[0], ["copy", "undisclosed"])
    '--fail-on: daily takes from wire: copy, undisclosed'
    """
    shown = _fail_on_names(result)
    said = ", ".join(reasons)
    if pair.copy is None or pair.origin is None:
        return f"--fail-on: {shown[pair.a]} and {shown[pair.b]}, direction unknown: {said}"
    return f"--fail-on: {shown[pair.copy]} takes from {shown[pair.origin]}: {said}"


def _framing_named(
    result: Result,
    pair: PairComparison,
    fail_on: frozenset[str],
    *,
    versions: bool = False,
) -> list[FramingChange]:
    """The framing changes of ``pair`` of a kind ``fail_on`` names, or all of them when it names
    "framing" (``changes.framing_changes``: as the copy changed the origin, or, undirected, the
    later the earlier; with ``versions``, of versions of one article too, as the later changed
    the earlier)."""
    from compare.changes import framing_changes

    if not fail_on & FAIL_ON_FRAMING:
        return []
    return [
        change
        for change in framing_changes(result, pair, versions=versions)
        if FRAMING in fail_on or change.kind in fail_on
    ]


def _framing_line(result: Result, pair: PairComparison, changes: Sequence[FramingChange]) -> str:
    """One line for a pair whose framing changes ``--fail-on`` names: which article changed
    which, and each change, its words before and after; of a pair whose direction is not known,
    which one it reads as changing the other, and why (``changes.read_order``).

    >>> from compare import Document, compare_documents
    >>> wire = Document("wire", "Wire", "Police said 12 people were hurt in the blast on Monday.",
    ...     published="2025-01-02")
    >>> daily = Document("daily", "Daily", "Police claimed 12 people were hurt in the blast.",
    ...     published="2025-01-03")
    >>> result = compare_documents([daily, wire])
    >>> pair = result.pairs[0]
    >>> _framing_line(result, pair, _framing_named(result, pair, frozenset({"framing"})))
    '--fail-on: daily changes wire: attribution_verb “said” → “claimed”; number_removed “Monday” → -'
    """
    from compare.changes import read_order

    shown = _fail_on_names(result)
    said = "; ".join(
        f"{'headline ' if change.headline else ''}{change.kind} {change.words}"
        for change in changes
    )
    if pair.copy is None or pair.origin is None:
        order, basis = read_order(result, pair)
        first, then = (pair.a, pair.b) if order == "a->b" else (pair.b, pair.a)
        return (
            f"--fail-on: {shown[pair.a]} and {shown[pair.b]}, direction unknown, shown as "
            f"{shown[then]} changing {shown[first]} {basis} (--record names "
            f"the one the other is read against): {said}"
        )
    if pair.same_article:
        return (
            f"--fail-on: {shown[pair.copy]}, a later version of {shown[pair.origin]}, "
            f"changes it: {said}"
        )
    return f"--fail-on: {shown[pair.copy]} changes {shown[pair.origin]}: {said}"


def _stealth_line(result: Result, edit: StealthEdit) -> str:
    """One line for a version that ``--fail-on stealth`` names: which version changed which
    without a note, and its sentences removed, edited (the earlier's, by number from 1) and
    added (the later's), for a monitor's log to say which article fired.

    >>> from compare import Document, compare_documents
    >>> from compare.stealth_edits import stealth_edit
    >>> url = "https://courier.example/fire"
    >>> v1, v2 = (Document(f"v{n}", "Courier", text, url=url, modified_time=time)
    ...     for n, text, time in [(1, "Three people died in the fire, police said.", "2025-06-12T09:00:00Z"),
    ...                           (2, "Two people died in the fire, police said.", "2025-06-12T11:00:00Z")])
    >>> result = compare_documents([v1, v2])
    >>> _stealth_line(result, stealth_edit(result.pairs[0], result.by_id, result.notes))
    '--fail-on: v2, a later version of v1, changes it without a note: edited sentence 1'
    """
    shown = _fail_on_names(result)
    said = "; ".join(
        f"{what} sentence{'s' if len(numbers) > 1 else ''} {', '.join(str(n + 1) for n in numbers)}"
        for what, numbers in (
            ("removed", edit.removed),
            ("edited", edit.edited),
            ("added", edit.added),
        )
        if numbers
    )
    return (
        f"--fail-on: {shown[edit.later]}, a later version of {shown[edit.earlier]}, changes it "
        f"without a note: {said}"
    )


def _fail_on_names(result: Result) -> dict[str, str]:
    """Per document id, the name a ``--fail-on`` line gives it: the record that names it
    (``--record``), else its file, else its id."""
    return {d.id: d.record or d.path or d.id for d in result.documents}


def _named_by_file_note(files: Sequence[str]) -> str:
    """One line, last (with the summary, which ``--quiet`` leaves out), for the files that name
    no source: each table names their outlet by the file's path below the folder given (its
    name, for a file given alone), and pasted copy often comes without front matter.

    >>> _named_by_file_note(["rival.txt"])
    'note: 1 file has no source (rival.txt): it is named by file path; add `source:` front matter (docs/inputs.md#documents-that-name-no-source)'
    """
    count = len(files)
    such = f"such as {files[0]}" if count > 1 else files[0]
    they = "they are" if count > 1 else "it is"
    return (
        f"note: {count} file{'s have' if count > 1 else ' has'} no source ({such}): {they} named "
        "by file path; add `source:` front matter (docs/inputs.md#documents-that-name-no-source)"
    )


def _reports_line(written: Sequence[Path], out: Path, earlier: set[str]) -> str:
    """The summary's last line: how many reports the run wrote, which to open first, and how
    many of an earlier run's it removed, which a user who switched --format would otherwise
    miss."""
    line = f"reports: {len(written)} file{'s' if len(written) != 1 else ''} in {out}"
    if index := next((path for path in written if path.name == "index.md"), None):
        line += f"; start with {index}"
    if removed := len(earlier - {path.name for path in written}):
        line += f"; removed {removed} stale report{'s' if removed > 1 else ''} an earlier run wrote"
    return line


@app.command(cls=_Command)
def pair(
    a: Annotated[
        str,
        typer.Argument(
            metavar="A",
            help=f"The first article: a file ({FILE_KINDS}), a folder holding it alone, or a record of a feed as reports name it (feed.jsonl:3).",
            show_default=False,
        ),
    ],
    b: Annotated[
        str, typer.Argument(metavar="B", help="The second article, as A.", show_default=False)
    ],
    min_similarity: MinSimilarity = 80.0,
    terms: Terms = None,
    format: Annotated[
        PairFormat,
        typer.Option(
            "--format",
            help="md: the pair section in Markdown; json: the report.json of the two articles "
            "(docs/output.md gives its keys).",
            parser=_one_of(PairFormat),
            metavar=_choices(PairFormat),
        ),
    ] = PairFormat.MD,
    fail_on: FailOn = None,
    quiet: Quiet = False,
    record: Record = None,
    timezone: TimeZone = None,
) -> None:
    """Print the comparison of two articles to stdout, in Markdown or JSON.

    The two articles' notes on the article (corrections, updates) and the pair section of a story report: verdict, aligned sentences with word diffs, framing differences, and what each article adds; or, with --format json, what a run's report.json gives of the two.

    It sees only the two articles: text both took from a common source not given to it (a wire story, a press release) reads as one reusing the other, and a verdict of undisclosed reuse is followed by a line that says so (not when one of the two is the press release the other reuses). compare run on the whole folder, with the sources, checks for one. When nothing tells which came first, the framing differences read as B changing A, by the order the two are given, and say so: --record names the one the other is read against.

    Example: compare pair wire.txt daily.txt > comparison.md

    Exit codes: 0 done; 1 done, but --fail-on and the pair has a verdict or framing change it names; 2 usage error, missing path, or not exactly two usable articles.
    """
    from compare.report.json_report import json_chunks
    from compare.report.markdown import render_pair_report

    _refuse_by_new(fail_on, "pair")
    _check_paths([a, b])
    if os.path.realpath(a) == os.path.realpath(b):
        _fail(f"pair compares two different articles; {_one_file(a, b)}")
    for folder, inside in ((a, b), (b, a)):
        if Path(folder).is_dir() and _holds(Path(folder), inside):
            _fail(
                f"pair compares two different articles; {folder} holds {inside}: "
                "give each article's own file"
            )
    settings = _settings(min_similarity)
    _use_terms(terms)
    # Two long articles take seconds to compare: a person watching sees the stages, as run
    # shows them; a script reading stderr gets nothing it did not before.
    result = _compare(
        [a, b],
        settings,
        quiet=quiet,
        started=monotonic(),
        single_story=True,
        in_order_given=True,
        progress_in_logs=False,
        record=record or [],
        time_zone=timezone,
    )
    if len(result.documents) > 2:
        _fail(
            f"pair compares two articles, but {a} and {b} hold {len(result.documents)} "
            f"between them; compare run compares any number{_one_record_hint(result)}"
        )
    if len(result.documents) < 2:
        _fail(f"pair compares two articles, but {a} and {b} hold only one that can be read")
    if format is PairFormat.JSON:
        typer.echo("".join(json_chunks(result)), nl=False)
    else:
        typer.echo("\n".join(render_pair_report(result)))
    if _fail_on_found(result, fail_on):
        raise typer.Exit(code=1)


@app.command(cls=_Command)
def check(
    new: Annotated[
        list[str],
        typer.Argument(
            metavar="NEW",
            help=f"The new articles: files ({FILE_KINDS}), folders or records of a feed (feed.jsonl:3).",
            show_default=False,
        ),
    ],
    against: Annotated[
        list[str],
        typer.Option(
            "--against",
            help="The archive to check them against: files and folders, as compare run reads "
            "them; give it once for each path.",
            metavar="<path>",
            show_default=False,
        ),
    ],
    min_similarity: MinSimilarity = 80.0,
    max_bucket_size: MaxBucketSize = DEFAULTS.max_bucket_size,
    terms: Terms = None,
    format: Annotated[
        PairFormat,
        typer.Option(
            "--format",
            help="md: a line per new article, then a pair section per archive article that "
            "shares text with one, best first; json: the report.json of the new articles and "
            "those archive articles, its pairs those that hold a new article.",
            parser=_one_of(PairFormat),
            metavar=_choices(PairFormat),
        ),
    ] = PairFormat.MD,
    max_pairs: Annotated[
        int,
        typer.Option(
            "--max-pairs",
            help="Most pair sections the Markdown shows; a last line names the rest.",
            min=1,
        ),
    ] = 10,
    archive_text: Annotated[
        bool,
        typer.Option(
            "--archive-text/--no-archive-text",
            help="json: give the archive articles' text, as report.json does, or leave it out "
            "(null): a nightly job's archive holds it already.",
        ),
    ] = True,
    quiet: Quiet = False,
    strict: Strict = False,
    fail_on: FailOn = None,
    record: Record = None,
    cache: Cache = None,
    story_days: StoryDays = DEFAULTS.story_max_days,
    timezone: TimeZone = None,
) -> None:
    """Check new articles against an archive: print their pairs with the archive's articles.

    The new articles and the archive are grouped into stories as compare run groups them all, and only the stories that hold a new article (or an archive article that shares a near copy with one) are compared: the pairs it prints get the verdicts compare run on the archive and it would give, without comparing every two articles of the archive (but that, when nothing else tells which of a new article and an archive's came first, the new one is read as the copy, its framing differences as its changes); an archive story is compared whole, so it keeps its first article and its key, and an archive article that shares only stock lines with a new one is left out, as a run's stories leave it out.

    Example: compare check draft.html --against archive/ --format json

    Exit codes: 0 done (unusable files and records, new or archive, are skipped with a warning); 1 done, but --strict and some input was skipped, or --fail-on and a pair it prints has a verdict or framing change it names; 2 usage error, missing path, or no usable new article; 130 stopped by Ctrl-C, 143 by SIGTERM.
    """
    from compare.pipeline import read_from
    from compare.report.json_report import json_chunks
    from compare.report.markdown import pairs_named, render_check_report

    started = monotonic()
    _check_paths([*new, *against])
    settings = _settings(min_similarity, max_bucket_size, story_days)
    _use_terms(terms)
    fresh: set[str] = set()
    archive_size = 0

    def count_archive(read: ReadResult) -> None:
        nonlocal archive_size
        fresh.update(d.id for d in read.documents if read_from(d, new))
        if not fresh:
            _fail(f"no usable article in {' '.join(new)}")
        archive_size = len(read.documents) - len(fresh)
        for path, archived in _saves_of_archived_pages(read.documents, fresh):
            errors.print(
                f"note: {path} is checked as new, though it is a save of a page the archive "
                f"holds ({archived}): --against takes one path; to check against it, give "
                "--against before each archive path",
                markup=False,
            )

    result = _compare(
        new,
        settings,
        quiet,
        started,
        on_read=count_archive,
        against=against,
        record=record or [],
        cache=cache,
        time_zone=timezone,
    )
    if format is PairFormat.JSON:
        archive = set() if archive_text else {d.id for d in result.documents} - result.new
        typer.echo("".join(json_chunks(result, without_text=archive)), nl=False)
    else:
        typer.echo("\n".join(render_check_report(result, fresh, archive_size, max_pairs)))
    if _fail_on_found(result, fail_on, lambda found: pairs_named(result, found)) or (
        strict and lost(result.skipped)
    ):
        raise typer.Exit(code=1)


@app.command(cls=_Command)
def dedup(
    paths: Paths,
    format: Annotated[
        DedupFormat,
        typer.Option(
            "--format",
            help="table: aligned text, with the columns that tell which articles are copies of "
            f"which ({', '.join(TABLE_COLUMNS)}); csv: every column, with a header row; json: the "
            "rows, with the version, software, settings and skipped inputs that made them; "
            "jsonl: one row a line.",
            parser=_one_of(DedupFormat),
            metavar=_choices(DedupFormat),
        ),
    ] = DedupFormat.TABLE,
    min_similarity: MinSimilarity = 80.0,
    max_bucket_size: MaxBucketSize = DEFAULTS.max_bucket_size,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="No progress on stderr, the inputs skipped in one line (the list on stdout "
            "is the same).",
        ),
    ] = False,
    strict: Strict = False,
    timezone: TimeZone = None,
    terms: Terms = None,
    record: Record = None,
) -> None:
    """List every article under PATH... with its near-duplicate cluster on stdout.

    Articles that are copies or light rewrites of one another (verdict copy or derived), and versions of one article, share a cluster; its canonical member is the earliest published (of one day, the one the pair directions name the origin, else the earliest by time; an undated article, or one whose text contradicts its date, never before a dated one, unless a pair names it the origin by credit or by what it is, a news agency's text, a press release or the --record, as compare run's who copied whom does; one a pair names so is no later than the earliest of its copies so named, whatever their times), else the most complete text; an article like several canonical ones joins the one that holds most of its words. The table gives the columns that tell which articles are copies of which (id, cluster, canonical, relation, containment); csv, json and jsonl give them all. One row per article: id, path, source, date (the moment in UTC when the article gives one, else its day; empty when unknown), modified_time (when this version was last modified, in UTC), cluster, canonical, containment (share of the article's words in sentences copied or edited from the canonical one), url (empty when unknown), title, modified_local_time (a feed's modification time without a zone), published_local_time (a feed's publication time without a zone), current (the cluster's article to show: the latest version of the canonical article, one outlet's at one url or under one id, among the cluster's, else the canonical one), relation (how the article relates to the canonical one: canonical, copy, rewrite, or a later version of an article in the cluster, the canonical one's or a copy's or rewrite's: an article's versions always share a cluster), then date split in two as report.json gives it: published (the day the article gives) and published_time (the moment in UTC, when it gives a time and zone), each empty when unknown; record (its place in a feed of several records, feed.jsonl:3; empty for a file of one article), story (its story's id in report.json, its place in this run), latest_version (the latest version of the row's own article, itself when it has none later), article_id (the id its record gave, before a place was added to keep ids distinct, to join on; empty when it gives none), story_key (its story's key across runs, as report.json gives it: join one night's stories to the next on it, not on story) and latest_version_known (False when the times of the article's versions name none of them last, two or more modified at one time or none giving a time: latest_version is then a guess, and the run warns that which is current cannot be told; True otherwise). To deduplicate a feed, keep the rows whose id is their latest_version for one row per article, its latest version (a paper's corrected rewrite of a wire story beside the wire), or whose id is their current for one row per cluster (the wire alone).

    --record names the inputs that are the record the others are read against (an agency's own feed), as compare run takes it: each is the origin of every pair it has, and so the canonical member of its cluster, whatever a copy's clock says.

    Example: compare dedup feed/ --format csv > clusters.csv

    Exit codes: 0 done (unusable files are skipped with a warning); 1 done, but --strict and some input was skipped; 2 usage error, missing path or no usable document; 130 stopped by Ctrl-C, 143 by SIGTERM.
    """
    started = monotonic()
    # The list reads no framing: naming it took a sixth of a feed's run.
    settings = _settings(min_similarity, max_bucket_size)
    # The news agencies --terms declares are origins by what they are, as compare run's who
    # copied whom names them, and so canonical (acceptance round 38, b13).
    _use_terms(terms)
    listed_in = "the JSON's skipped[]" if format is DedupFormat.JSON else ""
    result = _compare(
        paths,
        settings,
        quiet,
        started,
        framing=False,
        skipped_listed_in=listed_in,
        record=record or [],
        time_zone=timezone,
    )
    from compare.report.dedup import render_dedup

    typer.echo(render_dedup(result, format), nl=False)
    if format is DedupFormat.TABLE and not quiet:
        errors.print(
            f"note: the table shows {len(TABLE_COLUMNS)} of the {len(COLUMNS)} columns; "
            "--format csv or json gives them all (path, source, date, title, url, current, ...)",
            markup=False,
        )
    if strict and lost(result.skipped):
        raise typer.Exit(code=1)


@app.command(cls=_Command)
def terms() -> None:
    """Print the package's own loaded terms and hedges, as TOML that --terms reads.

    These are the lists framing names loaded terms and hedges from (loaded_terms and hedges, with claim_hedges, in compare/framing_terms.toml), each sorted, to cite in a method or to start a file of one's own from: --terms adds a file's terms to these, it takes none away (loaded_terms_except keeps a phrase unnamed). report.json's software.data names the file's fingerprint.

    Example: compare terms > terms.toml
    """
    # The word lists load only here: --help loads none of them.
    from compare.lexicon import package_terms_toml

    typer.echo(package_terms_toml(), nl=False)


def _settings(
    min_similarity: float,
    max_bucket_size: int = DEFAULTS.max_bucket_size,
    story_days: int = DEFAULTS.story_max_days,
) -> Settings:
    """The run's settings from the command's options; an error names the option as typed."""
    try:
        return Settings(
            min_similarity=min_similarity,
            max_bucket_size=max_bucket_size,
            story_max_days=story_days,
        )
    except SettingsError as error:
        message = str(error)
        for field, option in (
            ("min_similarity", "--min-similarity"),
            ("max_bucket_size", "--max-bucket-size"),
            ("story_max_days", "--story-days"),
        ):
            message = message.replace(field, option)
        _fail(message)


def _use_terms(terms: Path | None) -> None:
    """Name framing with the package's word lists and the loaded terms and hedges of ``terms``
    too, when given; a file that cannot be used is one error line. The lists are the process's:
    without ``terms`` they are the package's alone again, whatever an earlier command in the
    process (a program calling the app twice) added."""
    from compare.lexicon import TermsError, read_terms, use_terms

    try:
        use_terms(read_terms(terms) if terms else None)
    except TermsError as error:
        _fail(str(error))


def _check_paths(paths: list[str]) -> None:
    """Fail on a path that names nothing to read before any check that follows it: an empty
    one would otherwise stand for the working folder."""
    from compare.read import InputError, check_paths

    try:
        check_paths(paths)
    except InputError as error:
        _fail(str(error))


def _folder(value: str) -> Path:
    """--out as a folder; an empty one would write the reports into the working folder."""
    if not value:
        raise typer.BadParameter("an empty path names no folder")
    if value == "-":
        # Not stdout: a run writes several files, and report.json alone may be hundreds of MB.
        raise typer.BadParameter(
            "'-' is no folder: a run writes its reports as files into a folder; give it one "
            "(a temporary one, made with mktemp -d) and read report.json there, or use "
            "compare pair --format json for one pair on stdout"
        )
    return Path(value)


def _one_record_hint(result: Result) -> str:
    """How to name one record of a file given that holds several, by its address (", and
    feed.jsonl:2 picks one of feed.jsonl's records"); nothing when no file holds several."""
    held = Counter(document.path for document in result.documents if document.record)
    record = next((d for d in result.documents if d.record and held[d.path] > 1), None)
    if record is None:
        return ""
    return f", and {record.record} picks one of {record.path}'s records"


def _one_file(a: str, b: str) -> str:
    """How two paths name one file: given twice, or reached through a link."""
    written = {path: os.path.normpath(Path(path).absolute()) for path in (a, b)}
    if written[a] == written[b]:
        return f"{a} is given twice"
    linked = [path for path in (b, a) if os.path.realpath(path) != written[path]]
    if len(linked) == 1:
        return f"{linked[0]} is a link to {a if linked[0] == b else b}, the same file"
    return f"{a} and {b} are links to the same file, {os.path.realpath(a)}"


def _holds(folder: Path, path: str) -> bool:
    """Whether reading ``folder`` reads ``path`` too: it lies inside, or the folder links to it.
    Each file is read once, so a pair of the two would compare another of the folder's."""
    from compare.read import input_files

    real = Path(os.path.realpath(path))
    return real.is_relative_to(os.path.realpath(folder)) or real in {
        Path(os.path.realpath(file)) for file in input_files(folder)
    }


def _placed_among(folder: Path, paths: list[str]) -> Iterator[tuple[str, bool, bool]]:
    """Each of ``paths`` as given, whether ``folder`` is it or holds it, and whether it holds
    ``folder``, by their real paths (a link to the folder is the folder)."""
    real = Path(os.path.realpath(folder))
    for given in paths:
        input_path = Path(os.path.realpath(given))
        yield given, input_path.is_relative_to(real), real.is_relative_to(input_path)


def _check_out_holds_no_input(out: Path, paths: list[str]) -> None:
    """Fail when the report folder is an input or holds one, or, inside an input, holds files
    of its own: everything in it is left out of the run."""
    from compare.read import input_files

    folder = Path(os.path.realpath(out))
    for given, holds, inside in _placed_among(out, paths):
        if holds:
            _fail(
                f"--out {out} holds the input {given}: "
                "write the reports to a folder of their own, such as --out reports"
            )
        if inside and folder.is_dir() and (own := input_files(folder)):
            _fail(
                f"--out {out} is inside the input {given} and holds "
                f"{out / own[0].relative_to(folder)}, an article compare did not write and "
                "would leave out: move it, or write the reports to a folder outside the input"
            )


def _check_cache_place(cache: Path, paths: list[str]) -> None:
    """Fail when the cache folder is an input or holds one (its articles would be left out), and
    say so when it sits inside an input: its entries are written there, and not read."""
    for given, holds, inside in _placed_among(cache, paths):
        if holds:
            _fail(
                f"--cache {cache} holds the input {given}: "
                "keep the cache in a folder of its own, such as --cache ~/.cache/compare"
            )
        if inside:
            errors.print(
                f"note: --cache {cache} is inside the input {given}: its entries are written "
                "there, and are not read as articles",
                markup=False,
            )


def _compare(
    paths: list[str],
    settings: Settings,
    quiet: bool,
    started: float,
    exclude: list[Path] | None = None,
    single_story: bool = False,
    framing: bool = True,
    skipped_listed_in: str = "",
    in_order_given: bool = False,
    named_by_file: list[str] | None = None,
    taken_down: list[RemovedEntry] | None = None,
    on_read: Callable[[ReadResult], None] | None = None,
    against: list[str] | None = None,
    progress_in_logs: bool = True,
    record: Sequence[str] = (),
    cache: Path | None = None,
    time_zone: tzinfo | None = None,
) -> Result:
    """The comparison of ``paths``, its progress and warnings on stderr (``skipped_listed_in``
    names the reports that list every input skipped, as
    :func:`~compare.run_warnings.read_warnings` takes it, with ``quiet``; ``progress_in_logs``
    false shows progress in a terminal alone;
    ``named_by_file``, when given, gets the files that name no source, labelled by their names;
    ``taken_down``, the live pages' entries a later save no longer holds;
    ``on_read``, when given, hears what was read after the warnings, before the comparison's
    stages: it may stop the command; ``against``, when given, is an archive that ``paths``
    are checked against (:func:`~compare.pipeline.compare_paths_against`); ``cache``, when
    given, is the folder what each file gives is kept in; ``time_zone``, the zone of times
    given without one; the others are
    :func:`~compare.pipeline.compare_paths`'s)."""
    from compare.cache import DiskCache
    from compare.pipeline import compare_paths, compare_paths_against
    from compare.read import InputError
    from compare.run_warnings import comparison_warnings, read_warnings

    def warn(read: ReadResult) -> None:
        # As soon as reading is done: a long run's user learns at once of a file not read.
        for line in read_warnings(read, listed_in=skipped_listed_in, quiet=quiet):
            errors.print(line, markup=False)
        if named_by_file is not None:
            named_by_file.extend(read.named_by_file)
        if taken_down is not None:
            taken_down.extend(read.removed_entries)
        if on_read is not None:
            on_read(read)

    no_progress = quiet or not (progress_in_logs or _watched())
    if cache is not None:
        _check_cache_place(cache, [*paths, *(against or [])])
    kept = None if cache is None else DiskCache(cache)
    try:
        with _interrupted(NOTHING_WRITTEN), _progress(no_progress, started) as progress:
            result = (
                compare_paths(
                    paths,
                    settings,
                    progress,
                    exclude or [],
                    single_story,
                    warn,
                    framing=framing,
                    in_order_given=in_order_given,
                    record=record,
                    cache=kept,
                    time_zone=time_zone,
                )
                if against is None
                else compare_paths_against(
                    paths,
                    against,
                    settings,
                    progress,
                    warn,
                    framing=framing,
                    record=record,
                    cache=kept,
                    time_zone=time_zone,
                )
            )
    except InputError as error:
        _fail(str(error))
    if kept and kept.unreadable:
        errors.print(_unreadable_entries(kept), markup=False)
    for line in comparison_warnings(result):
        errors.print(line, markup=False)
    return result


def _unreadable_entries(cache: DiskCache) -> str:
    """The one warning of a run that found entries of its ``cache`` it could not load."""
    count = len(cache.unreadable)
    entries = f"{count:,} entr{'ies' if count > 1 else 'y'}"
    return (
        f"warning: ignored {entries} of the cache {cache.folder} that could not be loaded "
        f"(such as {cache.unreadable[0]}): their files were read again and the entries rewritten"
    )


def _watched() -> bool:
    """Whether a person watches stderr: a terminal, not a log or a pipe."""
    return sys.stderr.isatty()


@contextmanager
def _progress(quiet: bool, started: float) -> Iterator[ProgressCallback | None]:
    """A progress bar per stage on stderr when a person is watching it; otherwise (a log, a
    pipe) plain lines (:class:`_LogLines`) that open with the time since the run ``started``
    (a ``monotonic()`` reading).
    """
    if quiet:
        yield None
        return
    if not sys.stderr.isatty():
        from compare.pipeline import STAGE_UNITS

        log = _LogLines(STAGE_UNITS, started)
        beating = threading.Thread(target=log.beat, name="progress heartbeat", daemon=True)
        beating.start()
        try:
            yield log
        finally:
            log.stop()
            beating.join()
        return
    columns = (
        TextColumn("{task.description:>16}"),
        BarColumn(),
        MofNCompleteColumn(),
        _Rate(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=errors, transient=True) as bars:
        tasks: dict[str, TaskID] = {}
        shown = 0.0

        def advance(stage: str, done: int, total: int) -> None:
            nonlocal shown
            # A new stage shows at once, so that a long one is seen to run before it has
            # counted anything; after that, a few updates a second are enough for the bar.
            if stage not in tasks:
                tasks[stage] = bars.add_task(stage, total=total)
            elif done < total and monotonic() - shown < UPDATE_SECONDS:
                return
            shown = monotonic()
            bars.update(tasks[stage], completed=done, total=total)

        yield advance


class _LogLines:
    """Progress as a log or a pipe hears it, each line opening with the time since the run
    started: one line per stage as it finishes, in what the stage counts ("[0:42] align: 72,856
    document pairs done"), and one on how far a stage under way is ("[0:30] align: 20,000 of
    72,856 document pairs") once ``LOG_SECONDS`` have passed since the last line, with the
    stage's rate and the time left at that rate once it has run ``ESTIMATE_AFTER_SECONDS``
    ("(1,200/s, about 1 min left)"): the slower of its rate so far and its rate since its last
    line, as a stage whose slow items come last (the pairs of a feed's largest stories) said
    "about 5 s left" for four minutes at its rate so far (acceptance round 34, c4). :meth:`beat` says that too while one item of a stage takes
    so long (the pairs of one story of hundreds of articles, a report.json of hundreds of
    megabytes), which no call of the stage would: its rate falls as the item holds it up.
    """

    def __init__(self, units: Mapping[str, tuple[str, str]], started: float) -> None:
        self._units = units
        self._started = started
        self._said = monotonic()
        # The stage under way, how far it is and its total; None between stages.
        self._under_way: tuple[str, int, int] | None = None
        # The stage last heard of and when it was first heard of, which its rate is counted from.
        self._began = ("", self._said)
        # How far the stage was at its last line, and when: its latest rate is counted from it.
        self._last_line = (0, self._said)
        # The stages and the heartbeat print from two threads.
        self._lock = threading.Lock()
        self._stopped = threading.Event()

    def __call__(self, stage: str, done: int, total: int) -> None:
        with self._lock:
            if self._began[0] != stage:
                self._began = (stage, monotonic())
                self._last_line = (0, self._began[1])
            self._under_way = (stage, done, total) if done < total else None
            # A stage with nothing to do says nothing: "read: 0 files done" before "no usable
            # document" only makes the error harder to see.
            if done == total > 0:
                one, many = self._units[stage]
                self._say(f"{stage}: {total:,} {one if total == 1 else many} done")
            elif 0 < done < total and self._due():
                self._say_how_far(stage, done, total)

    def beat(self) -> None:
        """Say how far the stage under way is whenever ``LOG_SECONDS`` pass without a line, till
        :meth:`stop`: a watchdog that stops a job whose log is silent, or its operator, sees
        that the run is alive."""
        while not self._stopped.wait(BEAT_SECONDS):
            with self._lock:
                if (under_way := self._under_way) and self._due():
                    self._say_how_far(*under_way)

    def stop(self) -> None:
        self._stopped.set()

    def _due(self) -> bool:
        return monotonic() - self._said >= LOG_SECONDS

    def _say_how_far(self, stage: str, done: int, total: int) -> None:
        self._say(
            f"{stage}: {done:,} of {total:,} {self._units[stage][1]}{self._estimate(done, total)}"
        )
        self._last_line = (done, self._said)

    def _estimate(self, done: int, total: int) -> str:
        """The stage's rate and the time left at that rate, once it has run a while and counted
        something: a run that will not end in time is seen to early on. The rate is the slower
        of the stage's so far and its since its last line: items that cost more as the stage
        goes on make no estimate that only shrinks."""
        now = monotonic()
        seconds = now - self._began[1]
        if seconds < ESTIMATE_AFTER_SECONDS or not done:
            return ""
        done_before, said = self._last_line
        rate = min(done / seconds, (done - done_before) / max(now - said, 1e-9))
        if rate <= 0:
            return f" (none done in the last {_duration(now - said)})"
        # A story of hundreds of articles measured at a pair every few seconds is no "0/s".
        shown = (
            f"{rate:,.0f}/s"
            if rate >= 10
            else f"{rate:.1f}/s"
            if rate >= 0.1
            else (f"{rate * 60:.1f}/min")
        )
        return f" ({shown}, about {_duration((total - done) / rate)} left)"

    def _say(self, line: str) -> None:
        self._said = monotonic()
        errors.print(f"{_elapsed(self._said - self._started)} {line}", markup=False)


def _elapsed(seconds: float) -> str:
    """Seconds since a run started as a log line opens with them.

    >>> _elapsed(7.9), _elapsed(125), _elapsed(3725)
    ('[0:07]', '[2:05]', '[1:02:05]')
    """
    minutes, second = divmod(int(seconds), 60)
    hours, minute = divmod(minutes, 60)
    return f"[{hours}:{minute:02}:{second:02}]" if hours else f"[{minute}:{second:02}]"


def _duration(seconds: float) -> str:
    """A time left as an estimate tells it: to 5 seconds under a minute, then in minutes.

    >>> _duration(3.2), _duration(42), _duration(89), _duration(1500), _duration(7410)
    ('5 s', '40 s', '1 min', '25 min', '2 h 4 min')
    """
    if seconds < 57.5:
        return f"{max(5, 5 * round(seconds / 5))} s"
    hours, minutes = divmod(max(1, round(seconds / 60)), 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"


class _Rate(ProgressColumn):
    """Items a second, once the bar has moved."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:,.0f}/s" if task.speed else "", style="progress.data.speed")


def _summary(result: Result) -> str:
    # Pairs across stories (a round-up's with a release of another story) count as report.json
    # and edges.csv list them.
    pairs = result.all_pairs
    verdicts = Counter(p.verdict for p in pairs if not p.same_article)
    versions = sum(p.same_article for p in pairs)
    rows = [
        ["documents", len(result.documents)],
        ["skipped inputs", len(result.skipped)],
        ["stories", len(result.stories)],
        ["pairs compared", len(pairs)],
        *([f"  {v.value}", verdicts[v]] for v in Verdict),
        *([["  versions of one article", versions]] if versions else []),
        *([["  of them across stories", len(result.across)]] if result.across else []),
        ["undisclosed reuse", sum(p.undisclosed_reuse for p in pairs)],
    ]
    return tabulate(rows, tablefmt="plain", intfmt=",")


@contextmanager
def _interrupted(consequence: str, advice: str = "") -> Iterator[None]:
    """Ctrl-C, or the SIGTERM a scheduler stops a job with, said as one line with what it left
    behind (with what the work cut short noted of it: "2 of 5 story pages, no index.md") and
    ``advice``, and the exit code a shell gives it."""
    # Till now the entry point stopped the command at either, before it had written anything.
    if signal.getsignal(signal.SIGINT) is stop_at_once:
        signal.signal(signal.SIGINT, interrupt)
    if signal.getsignal(signal.SIGTERM) is stop_at_once:
        signal.signal(signal.SIGTERM, terminate)
    # A stop that came before, and that a library loading then swallowed, ends the command here,
    # before the work the block does: its line said nothing was written.
    exit_if_stopped()
    try:
        yield
    except KeyboardInterrupt as stop:
        noted = "".join(f": {note}" for note in getattr(stop, "__notes__", ()))
        errors.print(
            f"interrupted: {consequence}{noted}{f'; {advice}' if advice else ''}", markup=False
        )
        code = TERMINATED if isinstance(stop, Terminated) else INTERRUPTED
        raise typer.Exit(code=code) from None


def _saves_of_archived_pages(
    documents: Sequence[Document], fresh: AbstractSet[str]
) -> list[tuple[str, str]]:
    """Each file of new documents (ids ``fresh``) that saved a page an archive file saved too,
    one outlet's at one address, with that archive file: ``check new.html --against a.html
    b.html`` reads b.html as new, and lists the entries of an earlier save of the user's own
    live page as articles checked (acceptance round 37, b13).

    >>> from dataclasses import replace
    >>> page = Document("hd-post-0947", "Harbour Daily", "", path="hd-1700.html",
    ...     url="https://hd.example/live#post-0947")
    >>> _saves_of_archived_pages([page, replace(page, id="hd2-post-0947", path="hd-2015.html")],
    ...     {"hd-post-0947"})
    [('hd-1700.html', 'hd-2015.html')]
    """
    archived = {
        (d.source, d.url.partition("#")[0]): d.path
        for d in sorted(documents, key=lambda d: d.path)
        if d.id not in fresh and d.url
    }
    found = {
        d.path: archived[key]
        for d in documents
        if d.id in fresh and d.url and (key := (d.source, d.url.partition("#")[0])) in archived
    }
    return sorted(found.items())


def _fail(message: str) -> NoReturn:
    errors.print(f"error: {message}", markup=False)
    raise typer.Exit(code=2)
