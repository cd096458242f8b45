"""Group documents into stories before any pair is aligned.

Two documents join one story when either
- they share near-copy sentences (LSH candidates whose estimated Jaccard is at least
  ``COPY_JACCARD``, boilerplate and very short sentences aside): two of them, or half the
  shorter document's sentences; copies and rewrites always land together; or
- their weighted names, places and numbers are alike (tf-idf cosine at least
  ``story_threshold``) and they were published at most ``story_max_days`` apart (when both dates
  are known): independent reports of one event land together without sharing a sentence.
Stories are the connected groups of those links.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from itertools import combinations

import numpy as np

from compare.records import Document, Sentence, Story
from compare.segment import WORD, normalise
from compare.settings import Settings

COPY_JACCARD = 0.5
MIN_COPY_WORDS = 6
MIN_SHARED_SENTENCES = 2
# In a large run, terms in more than this share of documents say nothing about which story a
# document tells; in a small one (fewer than TERM_SHARE_FROM documents) every term counts.
MAX_TERM_SHARE = 0.5
TERM_SHARE_FROM = 10
TITLE_CHARS = 80


def salient_terms(sentences: Iterable[Sentence]) -> Counter[str]:
    """Names, places and numbers of a text: capitalised words inside sentences, words with
    digits, and every word of scripts without capital letters.

    >>> from compare.segment import segment
    >>> text = "The talks in Kyiv ended. Then Peskov said 32 states agreed."
    >>> sorted(salient_terms(segment(Document("d", "d.txt", "d", None, None, None, text))))
    ['32', 'kyiv', 'peskov']
    """
    terms: Counter[str] = Counter()
    for sentence in sentences:
        for position, found in enumerate(WORD.finditer(normalise(sentence.text))):
            word = found.group()
            caseless = word.lower() == word.upper()
            if (
                any(c.isdigit() for c in word)
                or (caseless and len(word) > 2)
                or (position and word[0].isupper())
            ):
                terms[word.casefold()] += 1
    return terms


def group_stories(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    copy_links: Iterable[tuple[str, str]],
    settings: Settings,
) -> tuple[Story, ...]:
    """Stories in input order of their first document, numbered ``story-001``, ...

    Args:
        copy_links: document pairs that share a near-copy sentence.
    """
    order = {d.id: n for n, d in enumerate(documents)}
    parent = list(range(len(documents)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def join(a: str, b: str) -> None:
        ra, rb = root(order[a]), root(order[b])
        parent[max(ra, rb)] = min(ra, rb)

    for a, b in copy_links:
        join(a, b)
    for a, b in _term_links(documents, sentences, settings):
        join(a, b)
    groups: dict[int, list[Document]] = defaultdict(list)
    for n, document in enumerate(documents):
        groups[root(n)].append(document)
    width = max(3, len(str(len(groups))))
    return tuple(
        Story(f"story-{number:0{width}d}", _title(members, sentences), tuple(d.id for d in members))
        for number, (_, members) in enumerate(sorted(groups.items()), start=1)
    )


def one_story(
    documents: Sequence[Document], sentences: Mapping[str, Sequence[Sentence]]
) -> tuple[Story, ...]:
    """All documents as one story, for when the user asked for exactly this comparison."""
    return (Story("story-001", _title(documents, sentences), tuple(d.id for d in documents)),)


def copy_links(
    sentences: Sequence[Sentence],
    pairs: np.ndarray,
    jaccard: np.ndarray,
    boilerplate: frozenset[tuple[str, int]],
) -> set[tuple[str, str]]:
    """Document pairs that share near-copy sentences: at least ``MIN_SHARED_SENTENCES``, or
    half the sentences of the shorter document.

    One shared sentence is not enough on its own: a widely quoted line or a stock phrase
    would chain unrelated articles into one giant story.
    """
    shared: defaultdict[tuple[str, str], tuple[set[int], set[int]]] = defaultdict(
        lambda: (set(), set())
    )
    for (i, j), similarity in zip(pairs.tolist(), jaccard.tolist(), strict=True):
        a, b = sentences[i], sentences[j]
        if (
            similarity >= COPY_JACCARD
            and min(len(a.tokens), len(b.tokens)) >= MIN_COPY_WORDS
            and (a.doc, a.index) not in boilerplate
            and (b.doc, b.index) not in boilerplate
        ):
            in_a, in_b = shared[(a.doc, b.doc)]
            in_a.add(a.index)
            in_b.add(b.index)
    length = Counter(s.doc for s in sentences if (s.doc, s.index) not in boilerplate)
    return {
        (a, b)
        for (a, b), (in_a, in_b) in shared.items()
        if min(len(in_a), len(in_b)) >= min(MIN_SHARED_SENTENCES, min(length[a], length[b]) / 2)
    }


def _term_links(
    documents: Sequence[Document], sentences: Mapping[str, Sequence[Sentence]], settings: Settings
) -> Iterable[tuple[str, str]]:
    """Document pairs whose tf-idf cosine over salient terms reaches ``story_threshold``.

    Scores accumulate through an inverted index, so documents that share no term cost nothing.
    """
    terms = {d.id: salient_terms(sentences[d.id]) for d in documents}
    frequency = Counter(term for counts in terms.values() for term in counts)
    total = len(documents)
    limit = MAX_TERM_SHARE * total if total >= TERM_SHARE_FROM else total
    weights: dict[str, dict[str, float]] = {}
    for doc, counts in terms.items():
        vector = {
            t: (1 + math.log(c)) * (math.log((1 + total) / (1 + frequency[t])) + 1)
            for t, c in counts.items()
            if frequency[t] <= limit
        }
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        weights[doc] = {t: w / norm for t, w in vector.items()}
    holders: dict[str, list[str]] = defaultdict(list)
    for doc, vector in weights.items():
        for term in vector:
            holders[term].append(doc)
    scores: defaultdict[tuple[str, str], float] = defaultdict(float)
    for term, docs in holders.items():
        for a, b in combinations(docs, 2):
            scores[(a, b)] += weights[a][term] * weights[b][term]
    published = {d.id: d.published for d in documents}
    for (a, b), score in sorted(scores.items()):
        if score >= settings.story_threshold and _close_in_time(
            published[a], published[b], settings.story_max_days
        ):
            yield a, b


def _close_in_time(first: str | None, second: str | None, max_days: int) -> bool:
    if not first or not second:
        return True
    return abs((date.fromisoformat(first) - date.fromisoformat(second)).days) <= max_days


def _title(members: Sequence[Document], sentences: Mapping[str, Sequence[Sentence]]) -> str:
    """The title of the earliest titled document, else the first sentence of the first one."""
    titles = sorted(
        (d.published is None, d.published or "", n, d.title)
        for n, d in enumerate(members)
        if d.title
    )
    if titles:
        return titles[0][3]
    first = sentences[members[0].id]
    text = first[0].text if first else members[0].id
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"
