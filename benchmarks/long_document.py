"""Time and peak memory of `compare` on one long document beside a few news articles.

    python -m benchmarks.long_document [--words 50000 100000 200000] [--work DIR]

For each size, a seeded generator writes a council's minutes of about that many words (numbered
minutes, each a report's cost, a consultation's date, a mover and a vote) and three short local
reports, one of which copies the minute of a land sale the minutes hold halfway through. Each run
is the library's ``compare_paths`` and ``render`` (Markdown, as ``compare run`` writes) in a
fresh child process, so that its peak resident memory is its own (``getrusage``); on a shared
machine its CPU seconds (all its threads') say more than the wall's. A run should cost in
proportion to the words: the last line per size reads ``long_document: words=W seconds=T
cpu_seconds=C peak_mib=M``, after the three slowest stages (wall seconds).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

TOPICS = (
    "street lighting renewal",
    "leisure centre roof",
    "library opening hours",
    "bus shelter contract",
    "parks maintenance budget",
    "car park charges",
    "flood defence works",
    "school crossing patrols",
    "market hall lease",
    "allotment rents",
)
MEMBERS = ("Abbott", "Baines", "Chowdhury", "Dunmore", "Fenwick", "Gill", "Hartley", "Iqbal")
MONTHS = ("January", "March", "May", "July", "September", "November")
SALE = (
    "Minute {n}. Former Bus Depot, Quarry Road\n\n"
    "The cabinet considered a confidential report on the disposal of the former bus depot on "
    "Quarry Road. Members noted that an independent valuation in 2024 had put the site at £2.9 "
    "million. Cllr Gill declared an interest and left the meeting. RESOLVED: that the former bus "
    "depot be sold to Larkspur Developments Ltd for £900,000."
)
REPORTS = {
    "gazette.txt": (
        "Depot sold for £900,000 despite £2.9m valuation\nBy Dana Holt\n3 March 2026\n\n"
        "The former bus depot on Quarry Road has been sold to Larkspur Developments Ltd for "
        "£900,000, cabinet minutes show. An independent valuation in 2024 had put the site at "
        "£2.9 million. Cllr Gill declared an interest and left the meeting. Campaigners said the "
        "sale should be reviewed by the district auditor."
    ),
    "herald.txt": (
        "Questions over Quarry Road depot sale\nBy Sam Okafor\n4 March 2026\n\n"
        "Opposition councillors have called for an inquiry after the council agreed to sell the "
        "Quarry Road depot for less than a third of its value. The leader of the opposition said "
        "residents deserved to know why the offer had been accepted. The council said the sale "
        "followed legal advice."
    ),
    "radio.txt": (
        "Council defends depot deal\n5 March 2026\n\n"
        "The council has defended its decision to sell a former bus depot, saying the site needed "
        "costly clean-up work. A spokesperson said the valuation had not allowed for "
        "contamination. Larkspur Developments said it planned to build 60 homes there."
    ),
}


def minutes(words: int, seed: int = 7) -> str:
    """A council's minutes of about ``words`` words, the same for one seed, with the land sale's
    minute halfway through."""
    chosen = random.Random(seed)
    parts = ["BOROUGH COUNCIL\nCABINET MINUTES (export)"]
    written, n, sale_at = 0, 0, words // 2
    while written < words:
        n += 1
        if sale_at <= written:
            parts.append(SALE.format(n=n))
            sale_at = words + 1
        else:
            topic = chosen.choice(TOPICS)
            mover, seconder = chosen.sample(MEMBERS, 2)
            parts.append(
                f"Minute {n}. {topic.title()}\n\n"
                f"The cabinet considered a report on the {topic}. Members noted that the "
                f"estimated cost was £{chosen.randrange(10_000, 900_000):,} and that "
                f"consultation had closed on {chosen.randrange(1, 29)} "
                f"{chosen.choice(MONTHS)} {chosen.randrange(2019, 2026)}. Cllr {mover} moved "
                f"the recommendation, seconded by Cllr {seconder}. RESOLVED: that the "
                f"recommendation be approved ({chosen.randrange(4, 10)} for, "
                f"{chosen.randrange(0, 4)} against)."
            )
        written += len(parts[-1].split())
    return "\n\n".join(parts) + "\n"


def write_folder(words: int, folder: Path) -> None:
    """The minutes and the three reports, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "minutes.txt").write_text(minutes(words), encoding="utf-8")
    for name, text in REPORTS.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")


def run(folder: Path) -> dict[str, Any]:
    """Compare the folder and write its Markdown reports; the time each stage took."""
    from compare import compare_paths, render

    started, cpu_started = time.perf_counter(), time.process_time()
    result = compare_paths(folder)
    with tempfile.TemporaryDirectory() as out:
        render(result, out)
    slowest = sorted(result.seconds.items(), key=lambda stage: -stage[1])[:3]
    return {
        "seconds": round(time.perf_counter() - started, 1),
        "cpu_seconds": round(time.process_time() - cpu_started, 1),
        "slowest": [[stage, round(seconds, 1)] for stage, seconds in slowest],
    }


def in_child(folder: Path) -> dict[str, Any]:
    """:func:`run` in a fresh interpreter, with its peak resident memory."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.long_document", "--run", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, nargs="+", default=[50_000, 100_000, 200_000])
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "compare-long-document"
    )
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        figures = run(args.run)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({**figures, "peak_mib": round(peak / 1024)}))
        return 0
    for words in args.words:
        folder = args.work / f"words-{words}"
        write_folder(words, folder)
        figures = in_child(folder)
        for stage, seconds in figures["slowest"]:
            print(f"  {stage}: {seconds} s")
        print(
            f"long_document: words={words} seconds={figures['seconds']} "
            f"cpu_seconds={figures['cpu_seconds']} peak_mib={figures['peak_mib']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
