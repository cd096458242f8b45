"""Score compare on labelled corpora with its default settings; nothing is fitted on PATH.

    python -m benchmarks.accuracy CORPUS PATH [--errors K] [--sweep]

CORPUS is ``msrp``, ``pan``, ``counter`` or ``basil``; PATH a folder with the layout and file
names of ``../shared/data/<CORPUS>/``. The command prints a table and ends with one line
``accuracy: <CORPUS> key=value ...`` (fractions with three decimals, or counts):

- ``msrp``, ``pan``: the aligner is given each sentence pair directly and accepts it (any match
  kind) or rejects it; precision, recall and F1 against the paraphrase labels. ``lsh_recall``
  pools every sentence in one LSH index and reports the share of the positive pairs the aligner
  accepts that the candidate stage also proposes.
- ``counter``: each agency/newspaper pair is compared, with the files' dates; verdicts map to the corpus's classes as
  ``copy``/``derived`` -> wholly derived (WD), ``partial`` -> partially derived (PD),
  ``independent`` -> non-derived (ND). P/R/F1 are for derived (WD or PD) against ND;
  ``macro_f1`` is over the three classes.
- ``basil``: all articles are run at once, with only what a user's files hold (title, source,
  date, url, text). P/R/F1 score story grouping pairwise against the event triplets;
  ``false_copies`` counts pairs called ``copy`` or ``derived`` (every triplet is independent).
  It also prints the share of annotated loaded-wording spans that contain a term the framing
  profiles or notes name, as a figure to watch.

``--errors K`` lists the K worst false positives and negatives; ``--sweep`` shows how F1 moves
with the cutoff that decides each corpus (for analysis on the development data only).

The shipped paraphrase model and thresholds were chosen on the development parts of these
corpora, so figures on them are partly in-sample; the held-out parts are what count. Run from
the repository root: ``python -m benchmarks.accuracy ...``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import combinations
from pathlib import Path
from xml.etree import ElementTree

from tabulate import tabulate

from compare import (
    Document,
    FramingProfile,
    Judgement,
    Result,
    Settings,
    Verdict,
    as_sentence,
    compare_documents,
    judge,
    propose_pairs,
)

COUNTER_CLASSES = {
    Verdict.COPY: "WD",
    Verdict.DERIVED: "WD",
    Verdict.PARTIAL: "PD",
    Verdict.INDEPENDENT: "ND",
}


@dataclass(frozen=True, slots=True)
class Scores:
    """Binary precision, recall and F1 from counts."""

    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        return self.true_positives / max(1, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return self.true_positives / max(1, self.true_positives + self.false_negatives)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def scores(predicted: Sequence[bool], actual: Sequence[bool]) -> Scores:
    pairs = list(zip(predicted, actual, strict=True))
    return Scores(
        sum(p and a for p, a in pairs),
        sum(p and not a for p, a in pairs),
        sum(a and not p for p, a in pairs),
    )


@dataclass(frozen=True, slots=True)
class LabelledPair:
    """Two sentences and whether annotators judged them the same content."""

    a: str
    b: str
    same: bool


class CorpusError(Exception):
    """The folder does not hold the corpus in its expected layout; the message says what is wrong."""


def read_msrp(path: Path) -> list[LabelledPair]:
    found = [
        f
        for f in sorted(path.glob("msr-paraphrase-corpus/msr_paraphrase_*.txt"))
        if "_data" not in f.name
    ]
    if len(found) != 1:
        raise CorpusError(
            f"expected one msr_paraphrase_*.txt pair file in {path}, found {len(found)}"
        )
    (file,) = found
    pairs = []
    for line in file.read_text(encoding="utf-8-sig").splitlines()[1:]:
        quality, _, _, a, b = line.split("\t")
        pairs.append(LabelledPair(a, b, quality == "1"))
    return pairs


def read_pan(path: Path) -> list[LabelledPair]:
    files = [sorted(path.glob(pattern)) for pattern in ("*_s1*.txt", "*_s2*.txt", "*.labels")]
    if any(len(found) != 1 for found in files):
        raise CorpusError(f"expected one *_s1*.txt, one *_s2*.txt and one *.labels file in {path}")
    # Not splitlines(): a sentence may hold a form feed or other separator inside it.
    first, second, labels = (
        f[0].read_text(encoding="utf-8").rstrip("\n").split("\n") for f in files
    )
    if not len(first) == len(second) == len(labels):
        raise CorpusError(
            f"{path}: {len(first)}, {len(second)} and {len(labels)} lines in the three files"
        )
    return [
        LabelledPair(a, b, label.strip() == "1")
        for a, b, label in zip(first, second, labels, strict=True)
    ]


def score_sentence_pairs(corpus: str, pairs: list[LabelledPair], errors: int, sweep: bool) -> str:
    settings = Settings()
    texts = sorted({t for p in pairs for t in (p.a, p.b)})
    number = {text: n for n, text in enumerate(texts)}
    sentences = [as_sentence(text, str(n)) for n, text in enumerate(texts)]
    judgements = [judge(sentences[number[p.a]], sentences[number[p.b]], settings) for p in pairs]
    accepted = [j.kind is not None for j in judgements]
    result = scores(accepted, [p.same for p in pairs])
    proposed = propose_pairs(sentences, settings)
    found = [
        tuple(sorted((number[p.a], number[p.b]))) in proposed
        for p, ok in zip(pairs, accepted, strict=True)
        if ok and p.same
    ]
    lsh_recall = sum(found) / max(1, len(found))
    kinds = Counter(j.kind.value if j.kind else "rejected" for j in judgements)
    print(tabulate([[k, v] for k, v in sorted(kinds.items())], headers=["judged as", "pairs"]))
    print()
    if sweep:
        print_sweep(pairs, judgements)
    if errors:
        print_errors(pairs, judgements, accepted, errors)
    return (
        f"accuracy: {corpus} n={len(pairs)} precision={result.precision:.3f} "
        f"recall={result.recall:.3f} f1={result.f1:.3f} lsh_recall={lsh_recall:.3f}"
    )


def print_sweep(pairs: list[LabelledPair], judgements: list[Judgement]) -> None:
    """F1 if pairs were accepted by their ranking score alone, at each cutoff."""
    rows = []
    for cutoff in range(30, 100, 5):
        accepted = [j.score >= cutoff for j in judgements]
        s = scores(accepted, [p.same for p in pairs])
        rows.append([cutoff, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}"])
    print(tabulate(rows, headers=["score cutoff", "precision", "recall", "f1"]))
    print()


def print_errors(
    pairs: list[LabelledPair],
    judgements: list[Judgement],
    accepted: list[bool],
    count: int,
) -> None:
    wrong = [(p, j) for p, j, ok in zip(pairs, judgements, accepted, strict=True) if ok != p.same]
    false_positives = sorted((w for w in wrong if not w[0].same), key=lambda w: -w[1].score)
    false_negatives = sorted((w for w in wrong if w[0].same), key=lambda w: w[1].score)
    for title, items in (
        ("false positives", false_positives),
        ("false negatives", false_negatives),
    ):
        print(f"{title} ({len(items)}), worst {min(count, len(items))}:")
        for pair, judgement in items[:count]:
            kind = judgement.kind.value if judgement.kind else "rejected"
            print(f"  [{kind} similarity={judgement.similarity} score={judgement.score}]")
            print(f"    A: {pair.a}\n    B: {pair.b}")
        print()


@dataclass(frozen=True, slots=True)
class CounterPair:
    agency: Document
    newspaper: Document
    label: str


def read_counter(path: Path) -> list[CounterPair]:
    folder = path / "COUNTER"
    if not folder.is_dir():
        raise CorpusError(f"no COUNTER folder in {path}")
    files = {f.stem.lower(): f for f in folder.iterdir() if f.suffix.lower() == ".xml"}
    pairs = []
    for stem in sorted(files):
        if stem.endswith("p") or stem + "p" not in files:
            continue
        agency, _ = counter_document(files[stem])
        newspaper, label = counter_document(files[stem + "p"])
        if label not in ("WD", "PD", "ND"):
            print(f"warning: {files[stem + 'p']}: no WD/PD/ND classification, pair left out")
            continue
        pairs.append(CounterPair(agency, newspaper, label))
    return pairs


def counter_document(file: Path) -> tuple[Document, str]:
    root = ElementTree.parse(file).getroot()
    document = Document(
        id=file.stem,
        path=file.as_posix(),
        source=root.get("newspaper") or file.stem,
        title=(root.findtext("headline") or "").strip() or None,
        published=counter_date(root.get("newsdate", "")),
        url=None,
        text=(root.findtext("body") or "").strip(),
    )
    return document, root.get("classification", "").upper()


def counter_date(newsdate: str) -> str | None:
    """COUNTER's ``dd.mm.yy`` dates as ISO dates; ``None`` when not a date (one is 31.09.14)."""
    try:
        return datetime.strptime(newsdate.strip(), "%d.%m.%y").date().isoformat()
    except ValueError:
        return None


def score_counter(pairs: list[CounterPair], errors: int, sweep: bool) -> str:
    results = []
    for pair in pairs:
        (compared,) = compare_documents([pair.agency, pair.newspaper], single_story=True).pairs
        results.append((pair, compared))
    predicted = [COUNTER_CLASSES[c.verdict] for _, c in results]
    actual = [p.label for p, _ in results]
    confusion = Counter(zip(actual, predicted, strict=True))
    classes = ["WD", "PD", "ND"]
    print(
        tabulate(
            [[a, *(confusion[(a, p)] for p in classes)] for a in classes],
            headers=["label \\ verdict", *classes],
        )
    )
    print()
    per_class = [scores([p == c for p in predicted], [a == c for a in actual]).f1 for c in classes]
    binary = scores([p != "ND" for p in predicted], [a != "ND" for a in actual])
    if sweep:
        rows = [
            [
                f"{containment:.2f}",
                f"{scores([max(c.a_in_b, c.b_in_a) >= containment for _, c in results], [a != 'ND' for a in actual]).f1:.3f}",
            ]
            for containment in (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
        ]
        print(tabulate(rows, headers=["containment cutoff", "derived f1"]))
        print()
    if errors:
        wrong = [(p, c) for p, c in results if COUNTER_CLASSES[c.verdict] != p.label]
        for pair, compared in wrong[:errors]:
            print(
                f"  {pair.agency.id}: label {pair.label}, verdict {compared.verdict.value}, "
                f"containment {compared.a_in_b}/{compared.b_in_a}, "
                f"matches {Counter(m.kind.value for m in compared.matches)}"
            )
        print()
    return (
        f"accuracy: counter n={len(pairs)} precision={binary.precision:.3f} "
        f"recall={binary.recall:.3f} f1={binary.f1:.3f} "
        f"macro_f1={sum(per_class) / len(per_class):.3f}"
    )


@dataclass(frozen=True, slots=True)
class BasilArticle:
    document: Document
    event: str
    loaded_spans: tuple[tuple[int, int], ...]


def read_basil(path: Path) -> list[BasilArticle]:
    articles = []
    for file in sorted(path.glob("articles/*/*.json")):
        record = json.loads(file.read_text(encoding="utf-8"))
        sentences = [str(s).strip() for paragraph in record["body-paragraphs"] for s in paragraph]
        paragraphs = [" ".join(str(s).strip() for s in p) for p in record["body-paragraphs"]]
        text = "\n".join(paragraphs)
        starts, cursor = [], 0
        for sentence in sentences:
            cursor = text.find(sentence, cursor)
            starts.append(cursor)
            cursor += len(sentence)
        annotation = path / "annotations" / file.parent.name / f"{file.stem}_ann.json"
        spans = []
        if annotation.is_file():
            annotated = json.loads(annotation.read_text(encoding="utf-8"))
            for span in annotated["phrase-level-annotations"]:
                index = span["id"][1:]
                # Spans on the title, or on a sentence the article does not have, are left out.
                if (
                    span.get("bias") == "lex"
                    and span["id"].startswith("p")
                    and index.isdigit()
                    and int(index) < len(starts)
                ):
                    offset = starts[int(index)]
                    spans.append((offset + int(span["start"]), offset + int(span["end"])))
        document = Document(
            id=file.stem,
            path=file.as_posix(),
            source=str(record.get("source", "")).lower(),
            title=record.get("title"),
            published=record.get("date"),
            url=record.get("url"),
            text=text,
        )
        articles.append(BasilArticle(document, record["triplet-uuid"], tuple(spans)))
    return articles


def score_basil(articles: list[BasilArticle], errors: int, sweep: bool) -> str:
    result = compare_documents([a.document for a in articles])
    story = {d: s.id for s in result.stories for d in s.documents}
    event = {a.document.id: a.event for a in articles}
    pairs = list(combinations(sorted(event), 2))
    grouping = scores(
        [story[a] == story[b] for a, b in pairs], [event[a] == event[b] for a, b in pairs]
    )
    false_copies = [p for p in result.pairs if p.verdict in (Verdict.COPY, Verdict.DERIVED)]
    verdicts = Counter(p.verdict.value for p in result.pairs)
    covered = [
        covered_by_framing(article, result.profiles[article.document.id], notes_of(result, article))
        for article in articles
    ]
    spans = sum(len(a.loaded_spans) for a in articles)
    print(
        tabulate(
            [
                ["stories", len(result.stories)],
                ["events", len(set(event.values()))],
                *([f"pairs {v}", n] for v, n in sorted(verdicts.items())),
                ["loaded-wording spans", spans],
                ["  with a framing term", sum(covered)],
            ]
        )
    )
    print(
        f"\nloaded wording inside a framing note or profile: {sum(covered) / max(1, spans):.3f}\n"
    )
    if errors:
        for pair in false_copies[:errors]:
            print(
                f"  false copy: {pair.a} / {pair.b} {pair.verdict.value} {pair.a_in_b}/{pair.b_in_a}"
            )
        split = [(a, b) for a, b in pairs if event[a] == event[b] and story[a] != story[b]]
        joined = [(a, b) for a, b in pairs if event[a] != event[b] and story[a] == story[b]]
        for title, items in (("split apart", split), ("wrongly joined", joined)):
            print(f"{title} ({len(items)}):")
            titles = {a.document.id: a.document.title for a in articles}
            for a, b in items[:errors]:
                print(f"  {titles[a]!r} / {titles[b]!r}")
        print()
    return (
        f"accuracy: basil n={len(articles)} precision={grouping.precision:.3f} "
        f"recall={grouping.recall:.3f} f1={grouping.f1:.3f} false_copies={len(false_copies)}"
    )


def notes_of(result: Result, article: BasilArticle) -> list[str]:
    """The words of the framing notes on this article's side of its pairs."""
    own = article.document.id
    words = []
    for pair in result.pairs:
        if own not in (pair.a, pair.b):
            continue
        for match in pair.matches:
            for note in match.framing:
                words.append(note.a if pair.a == own else note.b)
    return [w for text in words for w in text.split(", ") if w]


def covered_by_framing(article: BasilArticle, profile: FramingProfile, notes: Iterable[str]) -> int:
    """How many of the article's loaded-wording spans contain a term framing analysis named."""
    terms = {
        *profile.hedges,
        *profile.loaded_terms,
        *(verb for verb, _ in profile.attribution_verbs),
        *(n.casefold() for n in notes),
    }
    text = article.document.text.casefold()
    return sum(
        any(re.search(rf"\b{re.escape(term)}\b", text[start:end]) for term in terms)
        for start, end in article.loaded_spans
    )


def score_msrp(path: Path, errors: int, sweep: bool) -> str:
    return score_sentence_pairs("msrp", read_msrp(path), errors, sweep)


def score_pan(path: Path, errors: int, sweep: bool) -> str:
    return score_sentence_pairs("pan", read_pan(path), errors, sweep)


CORPORA: dict[str, Callable[[Path, int, bool], str]] = {
    "msrp": score_msrp,
    "pan": score_pan,
    "counter": lambda path, errors, sweep: score_counter(read_counter(path), errors, sweep),
    "basil": lambda path, errors, sweep: score_basil(read_basil(path), errors, sweep),
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", choices=sorted(CORPORA))
    parser.add_argument("path", type=Path)
    parser.add_argument(
        "--errors", type=int, default=0, metavar="K", help="list the K worst errors"
    )
    parser.add_argument("--sweep", action="store_true", help="show F1 across cutoffs")
    args = parser.parse_args(argv)
    if not args.path.is_dir():
        parser.error(f"no such folder: {args.path}")
    try:
        print(CORPORA[args.corpus](args.path, args.errors, args.sweep))
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
