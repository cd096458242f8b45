"""Time `compare` per stage on synthetic feeds of growing size, beside a straightforward baseline.

    python -m benchmarks.scale --docs 1000 10000 [--baseline] [--data ../shared/data] [--work DIR]

For each size, :mod:`benchmarks.make_corpus` writes a feed with known reuse (cached in ``--work``),
then three runs happen, each in a fresh child process so that peak memory is the run's own:

- ``compare``: the library's ``compare_paths`` and ``render`` with default settings;
- ``floor``: reading every file and splitting it with ``(?<=[.!?])\\s+``, nothing more;
- ``baseline`` (with ``--baseline``): what a user would write in an afternoon: datasketch
  ``MinHash.update`` per word, ``MinHashLSH`` insert and query (threshold 0.5, 128 permutations),
  ``rapidfuzz.fuzz.ratio`` ≥ 80 per candidate, ``difflib`` word diffs, containment verdicts.

Each run is scored against the truth: ``recall`` is the share of planted (wire sentence, reusing
sentence) pairs aligned as verbatim or edited; ``doc_recall`` the share of planted copy, edit and
partial-reuse document pairs given any verdict but ``independent``; ``doc_precision`` the share of
``copy``/``derived`` verdicts joining two documents of one lineage (a wire story and its copies).
Peak memory is the child's maximum resident set plus that of its own children, if any
(``getrusage``): an upper bound for a process tree whose members peak at different times.
The largest Markdown page the run wrote is measured too: a page that grows with the whole run
rather than its story (a quotation's every carrier listed under every pair) made pages of megabytes.
The last line per size reads ``scale: docs=N sentences=S seconds=T peak_mib=M largest_page_kib=K
recall=R doc_recall=D doc_precision=P [speedup_vs_baseline=X floor_ratio=Y]``.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from tabulate import tabulate

from benchmarks.make_corpus import make_corpus, write_corpus

SPLIT = re.compile(r"(?<=[.!?])\s+")
WORD = re.compile(r"\w+")
REUSE = ("verbatim", "edited")
LINEAGE_TAKES = ("copy", "edit", "partial")
Figures = dict[str, Any]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", required=True)
    parser.add_argument("--baseline", action="store_true")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "compare-scale")
    parser.add_argument("--run", choices=("compare", "floor", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        figures = RUNS[args.run](args.corpus)
        own, workers = (
            resource.getrusage(who).ru_maxrss
            for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        )
        print(json.dumps({**figures, "peak_mib": round((own + workers) / 1024)}))
        return 0
    for docs in args.docs:
        corpus = args.work / f"docs-{docs}"
        if not (corpus / "truth.json").exists():
            articles, truth = make_corpus(docs, 1, args.data)
            write_corpus(articles, truth, corpus)
        runs = ["compare", "floor"] + (["baseline"] if args.baseline else [])
        figures = {run: in_child(run, corpus) for run in runs}
        print_size(docs, figures)
    return 0


def in_child(run: str, corpus: Path) -> Figures:
    """One run in a fresh interpreter; its figures, with its peak resident memory."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.scale",
            "--docs",
            "0",
            "--run",
            run,
            "--corpus",
            str(corpus),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: Figures = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def print_size(docs: int, figures: dict[str, Figures]) -> None:
    compare = figures["compare"]
    stages = compare["stages"]
    assert isinstance(stages, dict)
    rows = [[stage, f"{seconds:.2f}"] for stage, seconds in stages.items()]
    for run, found in figures.items():
        rows.append([f"total: {run}", f"{found['seconds']:.2f}"])
    print(f"\n{docs} articles, {compare['sentences']} sentences")
    print(tabulate(rows, headers=["stage", "seconds"]))
    quality = [
        [
            run,
            found.get("peak_mib"),
            found.get("recall"),
            found.get("doc_recall"),
            found.get("doc_precision"),
        ]
        for run, found in figures.items()
    ]
    print(tabulate(quality, headers=["run", "peak MiB", "recall", "doc recall", "doc precision"]))
    line = (
        f"scale: docs={docs} sentences={compare['sentences']} seconds={compare['seconds']:.1f} "
        f"peak_mib={compare['peak_mib']} largest_page_kib={compare['largest_page_kib']} "
        f"recall={compare['recall']:.3f} "
        f"doc_recall={compare['doc_recall']:.3f} doc_precision={compare['doc_precision']:.3f}"
    )
    if "baseline" in figures:
        speedup = figures["baseline"]["seconds"] / compare["seconds"]
        floor = compare["seconds"] / figures["floor"]["seconds"]
        line += f" speedup_vs_baseline={speedup:.1f} floor_ratio={floor:.1f}"
    print(line)


def run_compare(corpus: Path) -> Figures:
    from compare.pipeline import compare_paths, render

    started = time.perf_counter()
    result = compare_paths([str(corpus / "articles")])
    with tempfile.TemporaryDirectory() as out:
        rendered = time.perf_counter()
        render(result, Path(out) / "reports")
        stages = {**result.seconds, "report": time.perf_counter() - rendered}
        # A page that grows with the whole run, not its story, is read by no one: shown.
        largest_page = max(page.stat().st_size for page in (Path(out) / "reports").glob("*.md"))
    seconds = time.perf_counter() - started
    texts = {d.id: d.text for d in result.documents}
    lines = {
        doc: [line_of(texts[doc], s.start) for s in found]
        for doc, found in result.sentences.items()
    }
    matched = {
        (pair.a, la, pair.b, lb)
        for pair in result.pairs
        for m in pair.matches
        if m.kind.value in REUSE
        for la in {lines[pair.a][i] for i in m.a.sentences}
        for lb in {lines[pair.b][i] for i in m.b.sentences}
    }
    verdicts = {(p.a, p.b): p.verdict.value for p in result.pairs}
    return {
        "seconds": seconds,
        "stages": stages,
        "sentences": sum(len(found) for found in result.sentences.values()),
        "largest_page_kib": round(largest_page / 1024),
        **score(corpus, matched, verdicts),
    }


def run_floor(corpus: Path) -> Figures:
    started = time.perf_counter()
    sentences = 0
    for file in sorted((corpus / "articles").glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            sentences += len(SPLIT.split(json.loads(line)["text"]))
    return {"seconds": time.perf_counter() - started, "sentences": sentences}


def run_baseline(corpus: Path) -> Figures:
    from datasketch import MinHash, MinHashLSH
    from rapidfuzz import fuzz

    started = time.perf_counter()
    texts = {}
    for file in sorted((corpus / "articles").glob("*.jsonl")):
        for record_line in file.read_text(encoding="utf-8").splitlines():
            record = json.loads(record_line)
            texts[record["id"]] = record["text"]
    sentences = [
        (doc, line_of(text, found.start()), found.group())
        for doc, text in texts.items()
        for found in split_spans(text)
    ]
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    signatures = []
    for key, (_, _, text) in enumerate(sentences):
        signature = MinHash(num_perm=128, seed=1)
        for word in WORD.findall(text.lower()):
            signature.update(word.encode("utf-8"))
        lsh.insert(key, signature)
        signatures.append(signature)
    reused_words: defaultdict[tuple[str, str], dict[str, set[int]]] = defaultdict(
        lambda: defaultdict(set)
    )
    matched: set[tuple[str, int, str, int]] = set()
    for key, signature in enumerate(signatures):
        doc, line, text = sentences[key]
        for other in lsh.query(signature):
            other_doc, other_line, other_text = sentences[other]
            if other <= key or other_doc == doc:
                continue
            if fuzz.ratio(text, other_text) >= 80:
                difflib.SequenceMatcher(None, text.split(), other_text.split()).get_opcodes()
                pair = (doc, other_doc) if doc < other_doc else (other_doc, doc)
                reused_words[pair][doc].add(key)
                reused_words[pair][other_doc].add(other)
                matched.add((doc, line, other_doc, other_line))
                matched.add((other_doc, other_line, doc, line))
    words_of = [len(WORD.findall(text)) for _, _, text in sentences]
    total: defaultdict[str, int] = defaultdict(int)
    for (doc, _, _), count in zip(sentences, words_of, strict=True):
        total[doc] += count
    verdicts = {}
    for pair, used in reused_words.items():
        contained = max(
            sum(words_of[k] for k in keys) / max(1, total[doc]) for doc, keys in used.items()
        )
        verdicts[pair] = (
            "copy" if contained >= 0.8 else "derived" if contained >= 0.5 else "partial"
        )
    return {
        "seconds": time.perf_counter() - started,
        "sentences": len(sentences),
        **score(corpus, matched, verdicts),
    }


def split_spans(text: str) -> Iterator[re.Match[str]]:
    return re.finditer(r".+?(?:(?<=[.!?])(?=\s)|$)", text, flags=re.DOTALL)


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)


def score(
    corpus: Path, matched: set[tuple[str, int, str, int]], verdicts: dict[tuple[str, str], str]
) -> dict[str, float]:
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    planted = [tuple(p) for p in truth["sentence_pairs"]]
    found = sum(
        (wire, a, doc, b) in matched or (doc, b, wire, a) in matched for wire, a, doc, b in planted
    )
    verdict_of = {**verdicts, **{(b, a): v for (a, b), v in verdicts.items()}}
    reused = [(wire, doc) for wire, doc, take in truth["document_pairs"] if take in LINEAGE_TAKES]
    caught = sum(verdict_of.get(pair, "independent") != "independent" for pair in reused)
    lineage = {doc for _, doc in reused} | {wire for wire, _ in reused}
    strong = [pair for pair, verdict in verdicts.items() if verdict in ("copy", "derived")]
    right = sum(
        a in lineage and b in lineage and a.split("-")[0] == b.split("-")[0] for a, b in strong
    )
    return {
        "recall": found / len(planted) if planted else 1.0,
        "doc_recall": caught / len(reused) if reused else 1.0,
        "doc_precision": right / len(strong) if strong else 1.0,
    }


RUNS = {"compare": run_compare, "floor": run_floor, "baseline": run_baseline}

if __name__ == "__main__":
    raise SystemExit(main())
