"""A synthetic newsroom feed with known reuse, for the scale benchmark.

    python -m benchmarks.make_corpus OUT --docs N [--seed S] [--data ../shared/data]

Writes ``OUT/articles/<outlet>.jsonl`` (one record per article: id, title, source, date, text)
and ``OUT/truth.json``. Articles are grouped into stories of one wire article and the outlets' takes
on it, spread over 30 days. Each outlet's take is, by chance, a verbatim copy of the wire, a light
edit (attribution verbs swapped, a number changed, a clause dropped, sentences dropped, moved or
split in two), a partial reuse (a few wire sentences inside its own reporting) or an
independent report. ``truth.json`` lists every (wire sentence, reusing sentence) pair, as line numbers of
the articles' texts (one sentence a line), and every planted document pair with its take, so a run can be scored for what it finds and what it invents.

New sentences are drawn from a word bigram chain over real news and paraphrase sentences (MSRP
and PAN, read from ``--data`` at run time, never stored here), so every story has sentences of its
own, with real words and real function-word statistics, in any number.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

OUTLETS = ("wire", "daily", "herald", "post", "times", "courier", "ledger", "gazette")
TAKES = ("copy", "edit", "edit", "partial", "independent")
SWAPS = {"said": "claimed", "says": "claims", "told": "assured", "reported": "alleged"}
NUMBER = re.compile(r"\b\d+\b")
START = "<s>"
END = "</s>"


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    outlet: str
    published: str
    title: str
    sentences: tuple[str, ...]


class SentenceChain:
    """A word bigram chain over real sentences: new sentences with real words and rhythm."""

    def __init__(self, sentences: Sequence[str]) -> None:
        following: defaultdict[str, list[str]] = defaultdict(list)
        for sentence in sentences:
            tokens = [START, *sentence.split(), END]
            for first, second in pairwise(tokens):
                following[first].append(second)
        self.following = dict(following)

    def sentence(self, rng: random.Random) -> str:
        words: list[str] = []
        word = START
        while len(words) < 40:
            word = rng.choice(self.following[word])
            if word == END:
                if len(words) >= 8:
                    break
                word = START
                continue
            words.append(word)
        text = " ".join(words).rstrip(".,;:")
        return text[0].upper() + text[1:] + "."


def real_sentences(data: Path) -> list[str]:
    """MSRP and PAN sentences (the development parts in ``../shared/data``)."""
    found = []
    for file in sorted(data.glob("msrp/msr-paraphrase-corpus/msr_paraphrase_*.txt")):
        for line in file.read_text(encoding="utf-8-sig").splitlines()[1:]:
            found.extend(line.split("\t")[3:5])
    for file in sorted(data.glob("mt-metrics-paraphrase-corpus/pan-train_s*.txt")):
        found.extend(file.read_text(encoding="utf-8").splitlines())
    if not found:
        raise SystemExit(f"error: no MSRP or PAN sentences under {data}")
    return found


def edit_sentence(sentence: str, rng: random.Random) -> str:
    """A copy editor's touch: an attribution verb, a number, or a trailing clause."""
    words = sentence.split()
    swappable = [i for i, w in enumerate(words) if w.lower() in SWAPS]
    if swappable:
        i = rng.choice(swappable)
        words[i] = SWAPS[words[i].lower()]
    elif NUMBER.search(sentence):
        return NUMBER.sub(lambda m: str(int(m.group()) + 1), sentence, count=1)
    elif len(words) > 14:
        words = words[:-3]
        words[-1] = words[-1].rstrip(".,;:") + "."
    else:
        words.insert(len(words) // 2, "reportedly")
    return " ".join(words)


def take_on(
    wire: Article,
    take: str,
    article_id: str,
    outlet: str,
    published: str,
    chain: SentenceChain,
    rng: random.Random,
) -> tuple[Article, list[tuple[int, int]]]:
    """One outlet's article on the wire's story, and which of its sentences come from which."""
    pairs: list[tuple[int, int]] = []
    out: list[str] = []
    if take == "copy":
        out = list(wire.sentences)
        pairs = [(i, i) for i in range(len(out))]
    elif take == "edit":
        kept = [i for i in range(len(wire.sentences)) if rng.random() > 0.15]
        if len(kept) > 4:
            a, b = rng.sample(range(len(kept)), 2)
            kept[a], kept[b] = kept[b], kept[a]
        for source in kept:
            text = wire.sentences[source]
            if rng.random() < 0.4:
                text = edit_sentence(text, rng)
            head, comma, tail = text.partition(", ")
            if comma and len(head.split()) >= 5 and len(tail.split()) >= 5 and rng.random() < 0.2:
                out.append(head + ".")
                pairs.append((source, len(out) - 1))
                text = tail[0].upper() + tail[1:]
            out.append(text)
            pairs.append((source, len(out) - 1))
    elif take == "partial":
        own = [chain.sentence(rng) for _ in range(rng.randint(6, 20))]
        lifted = sorted(rng.sample(range(len(wire.sentences)), max(2, len(wire.sentences) // 4)))
        at = sorted(rng.sample(range(len(own) + 1), len(lifted)))
        out = list(own)
        for shift, (source, position) in enumerate(zip(lifted, at, strict=True)):
            out.insert(position + shift, wire.sentences[source])
        pairs = [
            (source, position + shift)
            for shift, (source, position) in enumerate(zip(lifted, at, strict=True))
        ]
    else:
        out = [chain.sentence(rng) for _ in range(rng.randint(6, 24))]
    title = wire.title if take != "independent" else chain.sentence(rng).rstrip(".")
    return Article(article_id, outlet, published, title, tuple(out)), pairs


def make_corpus(docs: int, seed: int, data: Path) -> tuple[list[Article], dict[str, object]]:
    rng = random.Random(seed)
    chain = SentenceChain(real_sentences(data))
    articles: list[Article] = []
    sentence_pairs: list[list[object]] = []
    document_pairs: list[list[str]] = []
    story = 0
    first_day = date(2026, 10, 1)
    while len(articles) < docs:
        story += 1
        day = first_day + timedelta(days=rng.randrange(30))
        wire_sentences = tuple(chain.sentence(rng) for _ in range(rng.randint(8, 30)))
        wire = Article(
            f"s{story:06d}-wire",
            "wire",
            day.isoformat(),
            chain.sentence(rng).rstrip("."),
            wire_sentences,
        )
        articles.append(wire)
        for outlet in rng.sample(OUTLETS[1:], rng.randint(1, 6)):
            if len(articles) >= docs:
                break
            take = rng.choice(TAKES)
            published = (day + timedelta(days=rng.randint(0, 2))).isoformat()
            article, pairs = take_on(
                wire, take, f"s{story:06d}-{outlet}", outlet, published, chain, rng
            )
            articles.append(article)
            document_pairs.append([wire.id, article.id, take])
            sentence_pairs.extend([wire.id, a, article.id, b] for a, b in pairs)
    truth = {"sentence_pairs": sentence_pairs, "document_pairs": document_pairs}
    return articles, truth


def write_corpus(articles: Sequence[Article], truth: dict[str, object], out: Path) -> None:
    (out / "articles").mkdir(parents=True, exist_ok=True)
    by_outlet: defaultdict[str, list[str]] = defaultdict(list)
    for article in articles:
        record = {
            "id": article.id,
            "title": article.title,
            "source": article.outlet,
            "date": article.published,
            "text": "\n".join(article.sentences),
        }
        by_outlet[article.outlet].append(json.dumps(record, ensure_ascii=False))
    for outlet, lines in sorted(by_outlet.items()):
        (out / "articles" / f"{outlet}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "truth.json").write_text(json.dumps(truth), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args(argv)
    articles, truth = make_corpus(args.docs, args.seed, args.data)
    write_corpus(articles, truth, args.out)
    print(
        f"{len(articles)} articles, {sum(len(a.sentences) for a in articles)} sentences in {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
