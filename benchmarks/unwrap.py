"""Benchmark of unwrapping fixed-width text: the evidence behind ``compare.plain_text.unwrap``.

The articles of the repository (the seeds and the test fixtures, a paragraph a line) are wrapped
with Python's ``textwrap`` at widths 30-120, breaking after hyphens or not, and with ``fmt`` (which
balances its lines, so breaks early) when it is installed. For each wrapping it counts the line
breaks inside paragraphs that unwrapping leaves (each one cuts a sentence in two), and checks that
the articles as written, never wrapped, come back unchanged. Then it times ``unwrap`` and
``markdown_text``. Run from the repository root::

    python -m benchmarks.unwrap
"""

from __future__ import annotations

import shutil
import subprocess
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from tabulate import tabulate

from compare.plain_text import markdown_text, unwrap
from compare.read import FRONT_MATTER

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests" / "fixtures").glob("*/*.md")])
WIDTHS = range(30, 121, 5)
FMT_WIDTHS = (40, 50, 60, 66, 72, 80, 100)
TIMED_ROUNDS = 200


def paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    front = FRONT_MATTER.match(text)
    body = text[front.end() :] if front else text
    return [line.strip() for line in body.splitlines() if line.strip()]


def fmt(text: str, width: int) -> str:
    done = subprocess.run(["fmt", "-w", str(width)], input=text, capture_output=True, text=True)
    return done.stdout.rstrip("\n")


def score(wrappers: dict[str, Callable[[str, int], str]], widths: range | tuple[int, ...]) -> list:
    rows = []
    for name, wrap in wrappers.items():
        restored = breaks = kept = 0
        for path in ARTICLES:
            written = "\n\n".join(paragraphs(path))
            for width in widths:
                wrapped = "\n\n".join(wrap(paragraph, width) for paragraph in paragraphs(path))
                unwrapped = unwrap(wrapped)
                restored += unwrapped == written
                breaks += wrapped.count("\n") - written.count("\n")
                kept += unwrapped.count("\n") - written.count("\n")
        total = len(ARTICLES) * len(widths)
        rows.append([name, f"{restored}/{total}", f"{kept:,} of {breaks:,}"])
    return rows


def per_article(function: Callable[[str], object], texts: list[str]) -> float:
    started = time.perf_counter()
    for _ in range(TIMED_ROUNDS):
        for text in texts:
            function(text)
    return (time.perf_counter() - started) / (TIMED_ROUNDS * len(texts))


def main() -> None:
    wrappers: dict[str, Callable[[str, int], str]] = {
        "textwrap, breaking after hyphens": textwrap.fill,
        "textwrap, at spaces only": lambda text, width: textwrap.fill(
            text, width, break_on_hyphens=False, break_long_words=False
        ),
    }
    rows = score(wrappers, WIDTHS)
    if shutil.which("fmt"):
        rows += score({"fmt": fmt}, FMT_WIDTHS)
    print(tabulate(rows, headers=("wrapped with", "articles restored", "breaks left")))
    written = ["\n".join(paragraphs(path)) for path in ARTICLES]
    wrapped = ["\n\n".join(textwrap.fill(p, 72) for p in text.split("\n")) for text in written]
    unchanged = sum(unwrap(text) == text for text in written)
    print(f"\narticles a paragraph a line left as they are: {unchanged}/{len(written)}")
    print(
        f"time per article ({sum(map(len, written)) // len(written):,} characters): "
        f"unwrap {per_article(unwrap, written) * 1e6:.0f} µs as written, "
        f"{per_article(unwrap, wrapped) * 1e6:.0f} µs wrapped at 72; "
        f"markdown_text {per_article(markdown_text, written) * 1e3:.2f} ms"
    )


if __name__ == "__main__":
    main()
