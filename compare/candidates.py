"""Shingles, MinHash signatures and LSH banding: propose sentence pairs across documents.

Signatures are exactly datasketch's (its SHA-1 hash, its seeded permutations, its "affine32"
scheme), computed for all sentences at once with numpy instead of one ``MinHash.update`` per token.
The banding (``b`` bands of ``r`` rows) is the one datasketch's ``MinHashLSH`` picks for the
threshold; rows are grouped with numpy rather than inserted into per-item dictionaries.
LSH answers are approximate: the align stage verifies every proposal.
"""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from itertools import chain, islice
from types import ModuleType
from typing import TypeVar

import numpy as np

from compare.records import Advance, Sentence, unwatched
from compare.settings import BUCKET_REPRESENTATIVES, Settings

# Rows of the shingle x permutation matrix computed at once: a batch (3 MB) stays in the CPU's
# cache, which made the signatures 2.5 times as fast as batches of 100 MB.
BATCH_ROWS = 1 << 12
# A shingle in more distinct sentences than this (and than COMMON_SHARE of them) is a common
# word: it says nothing about reuse and, kept, makes unrelated sentences look alike. Copies of
# one sentence count once: counted as many, a wire lede 101 outlets carry made its own words
# common, and its copies then kept only their rarest words, the ones an edited copy changed.
COMMON_MIN_SENTENCES = 100
COMMON_SHARE = 0.005
# Sentences made of common words keep their rarest shingles, this many at least.
MIN_SHINGLES = 3
EMPTY = np.iinfo(np.uint32).max

T = TypeVar("T")
R = TypeVar("R")


def _cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than exist)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


# Sentence keys hashed and sorted in one pass over bands: a run of fewer sentences than this takes
# several bands (all of them, for a few articles) in one pass, whose numpy calls cost what one
# band's did; a larger run takes one band a pass, which bounds its memory.
BAND_PASS_KEYS = 1 << 16
# Threads for the numpy stages, up to four: each holds a pass's pairs or a batch's hashes, so
# more would add memory for little speed.
WORKERS = min(4, _cores())


@dataclass(frozen=True, slots=True)
class Candidates:
    """Proposed sentence pairs as rows ``(i, j)``, ``i < j``, indexes into the sentence list.

    ``sampled`` holds the indexes (distinct, sorted) of the sentences whose pairs an LSH bucket
    larger than ``max_bucket_size`` cut, so that it could not blow up into millions of pairs:
    sentences that very many documents share (a widely carried wire story, boilerplate), each
    paired with the bucket's first ``BUCKET_REPRESENTATIVES`` only; within a story, template
    lines its documents repeat with other numbers or names, each paired with the first
    ``BUCKET_REPRESENTATIVES`` of every document only. Those first ones still pair with every
    sentence of the bucket, so they are not among them. A sentence is listed once however many
    bands cut its pairs. "First" is in :func:`_content_order`, not input order, so a feed given
    in another order is sampled alike. ``largest_cut`` is the size of the largest bucket cut (0
    when none was): a ``max_bucket_size`` of it pairs them all.
    """

    pairs: np.ndarray
    sampled: np.ndarray
    largest_cut: int = 0


def sampled_note(sentences: int, max_bucket_size: int) -> str:
    """What a run tells its reader of the sentences whose pairs were sampled (see
    :class:`Candidates`).

    >>> sampled_note(234, 200)
    "234 sentences had their candidate pairs sampled, in LSH buckets of more than 200 sentences (a story or line that very many documents carry, or template lines an article repeats with other numbers): each was paired only with its bucket's first 16 when grouping stories, and with each article's first 16 in its bucket when aligning, so one like none of those may miss its story, its near-duplicate cluster or its aligned match; a --max-bucket-size above 200 pairs them all, slower."
    """
    had = "1 sentence had its" if sentences == 1 else f"{sentences:,} sentences had their"
    return (
        f"{had} candidate pairs sampled, in LSH buckets of more than {max_bucket_size:,} "
        f"sentences (a story or line that very many documents carry, or template lines an "
        f"article repeats with other numbers): each was paired only with its bucket's first "
        f"{BUCKET_REPRESENTATIVES} when grouping stories, and with each article's first "
        f"{BUCKET_REPRESENTATIVES} in its bucket when aligning, so one like none of those may "
        f"miss its story, its near-duplicate cluster or its aligned match; a --max-bucket-size "
        f"above {max_bucket_size:,} pairs them all, slower."
    )


def shingles(tokens: Sequence[str], size: int) -> set[str]:
    """Distinct word shingles of ``size`` words (the whole sentence when it is shorter).

    >>> sorted(shingles(("nato", "is", "at", "war"), 2))
    ['at war', 'is at', 'nato is']
    """
    if size == 1:  # the words themselves, without a join per word (millions in a run)
        return set(tokens)
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def signatures(
    sentences: Sequence[Sentence], settings: Settings, advance: Advance = unwatched
) -> np.ndarray:
    """MinHash signatures, one row of ``num_perm`` uint32 per sentence, equal to datasketch's.

    A sentence without words gets a row of the maximum value, which no LSH band will share
    with a real sentence's row... except another empty one, so the caller skips those.
    ``advance`` hears the sentences signed, batch by batch.
    """
    advance(0, len(sentences))
    telling = telling_shingles(sentences, settings.shingle_size)
    sha1_hash32 = _datasketch().sha1_hash32
    hash_of = {g: sha1_hash32(g.encode("utf-8")) for g in set(chain.from_iterable(telling))}
    lengths = np.fromiter(map(len, telling), dtype=np.int64, count=len(telling))
    # Four bytes a shingle: a run's shingles are millions, too many for a list of ints.
    hashes = _mix32(
        np.fromiter(
            map(hash_of.__getitem__, chain.from_iterable(telling)),
            dtype=np.uint32,
            count=int(lengths.sum()),
        )
    )
    del telling
    a, b = (np.asarray(p, dtype=np.uint32) for p in _permutations(settings))
    result = np.full((len(sentences), settings.num_perm), EMPTY, dtype=np.uint32)
    ends = np.cumsum(lengths)
    starts = ends - lengths
    cuts = np.searchsorted(ends, np.arange(BATCH_ROWS, ends[-1] if len(ends) else 0, BATCH_ROWS))

    def sign(rows: np.ndarray) -> None:
        rows = rows[lengths[rows] > 0]
        if len(rows):
            low, high = starts[rows[0]], ends[rows[-1]]
            permuted = hashes[low:high, None] * a[None, :] + b[None, :]
            result[rows] = np.minimum.reduceat(permuted, starts[rows] - low, axis=0)

    # Batches write rows of their own, and numpy computes them outside the GIL.
    batches = [
        batch for batch in np.split(np.arange(len(sentences)), np.unique(cuts)) if len(batch)
    ]
    signed = 0
    for _, batch in zip(_in_threads(sign, batches), batches, strict=True):
        signed += len(batch)
        advance(signed, len(sentences))
    return result


def _in_threads(work: Callable[[T], R], tasks: Sequence[T]) -> Iterator[R]:
    """``work``'s results over ``tasks``, in order, worked out by ``WORKERS`` threads a few tasks
    ahead of the caller (a task's result is held until it is taken); a single task in the
    caller's thread, as starting threads would cost a small run more than its work.
    """
    if len(tasks) < 2:
        yield from map(work, tasks)
        return
    with ThreadPoolExecutor(WORKERS) as pool:
        left = iter(tasks)
        waiting = deque(pool.submit(work, task) for task in islice(left, WORKERS))
        while waiting:
            yield waiting.popleft().result()
            waiting.extend(pool.submit(work, task) for task in islice(left, 1))


def telling_shingles(sentences: Sequence[Sentence], size: int) -> list[tuple[str, ...]]:
    """Each sentence's shingles without the common ones (in more than ``COMMON_MIN_SENTENCES``
    distinct sentences and ``COMMON_SHARE`` of them), or else its rarest ``MIN_SHINGLES``: what
    the signatures are made of (a minimum over them, so their order does not matter).

    >>> from compare.segment import as_sentence
    >>> [sorted(s) for s in telling_shingles([as_sentence("Peskov said NATO is at war.")], 1)]
    [['at', 'is', 'nato', 'peskov', 'said', 'war']]
    """
    # Shingles are made twice rather than held: a set per sentence of a 100,000-article run
    # takes gigabytes, and the tuples kept take a third of that.
    frequency, distinct = _frequency(sentences, size)
    limit = max(COMMON_MIN_SENTENCES, COMMON_SHARE * distinct)
    common = {g for g, n in frequency.items() if n > limit}
    telling = []
    for sentence in sentences:
        grams = shingles(sentence.tokens, size)
        kept = grams - common
        if len(kept) >= MIN_SHINGLES:
            telling.append(tuple(kept))
        else:
            telling.append(tuple(sorted(grams, key=lambda g: (frequency[g], g))[:MIN_SHINGLES]))
    return telling


def _frequency(sentences: Sequence[Sentence], size: int) -> tuple[Counter[str], int]:
    """How many distinct sentences (by their words) hold each shingle, and how many distinct
    sentences there are; the set of them is dropped on return, before the shingles kept grow.

    >>> from compare.segment import as_sentence
    >>> texts = ["Rain fell.", "Rain fell.", "Snow fell."]
    >>> frequency, distinct = _frequency([as_sentence(t) for t in texts], 1)
    >>> sorted(frequency.items()), distinct
    ([('fell', 2), ('rain', 1), ('snow', 1)], 2)
    """
    distinct = {s.tokens for s in sentences}
    frequency = Counter(chain.from_iterable(shingles(tokens, size) for tokens in distinct))
    return frequency, len(distinct)


def find_candidates(
    sentences: Sequence[Sentence],
    signature_rows: np.ndarray,
    settings: Settings,
    threshold: float | None = None,
    groups: np.ndarray | None = None,
    advance: Advance = unwatched,
) -> Candidates:
    """Sentence pairs from different documents that share at least one LSH band; in a bucket of
    more than ``settings.max_bucket_size`` sentences, each pairs with the bucket's first
    ``BUCKET_REPRESENTATIVES`` only (in :func:`_content_order`), or with ``groups``, with the
    first ``BUCKET_REPRESENTATIVES`` of each document in it.

    Args:
        threshold: the Jaccard similarity the banding is tuned for (``settings.threshold``
            when not given).
        groups: one integer per sentence; when given, only sentences of one group pair up
            (the group joins every band's key, so other groups never share a bucket), and in
            an oversized bucket each sentence pairs with the first ``BUCKET_REPRESENTATIVES``
            of every document: its sentences are of one story, every pair of whose documents
            is aligned anyway, so a line that its documents carry once each still pairs in
            full, no more than that work; but template lines that two bulletins repeat
            thousands of times with other numbers would make millions of pairs, nearly all
            between lines that differ in their numbers.
        advance: hears the bands done, scaled to the sentence count (``n * bands done // bands``).
    """
    bands, rows = _banding(threshold or settings.threshold, settings.num_perm)
    usable = np.flatnonzero(signature_rows[:, 0] != EMPTY) if len(sentences) else np.zeros(0, int)
    if len(usable) < 2:
        advance(len(sentences), len(sentences))
        nothing = np.zeros(0, dtype=np.int64)
        return Candidates(pairs=nothing.reshape(0, 2), sampled=nothing)
    advance(0, len(sentences))
    numbered: dict[str, int] = {}
    documents = np.array([numbered.setdefault(s.doc, len(numbered)) for s in sentences])
    # Buckets are cut after their first members: taken in an order of their content, the same
    # records in another order keep the same ones (the sort below is stable). Too few sentences
    # to fill a bucket past its size cut none, whatever their order.
    places = np.fromiter((s.index for s in sentences), dtype=np.int64, count=len(sentences))
    if len(usable) > settings.max_bucket_size:
        usable = usable[_content_order(signature_rows[usable], documents[usable], places[usable])]
    group_column = (
        np.zeros((len(usable), 0), np.uint32)
        if groups is None
        else groups[usable].astype(np.uint32)[:, None]
    )
    count = np.int64(len(sentences))
    usable_rows = signature_rows[usable]
    per_pass = max(1, min(bands, BAND_PASS_KEYS // len(usable)))
    passes = [range(first, min(first + per_pass, bands)) for first in range(0, bands, per_pass)]

    def band_pairs(pass_bands: range) -> tuple[np.ndarray, np.ndarray, int]:
        """The bands' pairs as sorted int64 codes ``i * count + j`` (deduplicating codes is one
        sort), the sentences whose pairs their oversized buckets cut, and their largest such
        bucket's size."""
        keys = _band_keys(usable_rows, pass_bands, rows, group_column)
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        sizes = np.diff(np.r_[starts, len(ordered)])
        bucket = np.repeat(np.arange(len(starts)), sizes)
        kept = np.repeat(sizes > 1, sizes)
        # Keys run band by band, each band's in the sentences' order: a bucket keeps that order.
        members, bucket = usable[order[kept] % len(usable)], bucket[kept]
        if groups is None:
            cut = sizes > settings.max_bucket_size
            heads = np.where(cut, BUCKET_REPRESENTATIVES, sizes)
        else:
            members, heads = _heads_of_each_document(
                members,
                bucket,
                documents[members],
                places[members],
                sizes,
                settings.max_bucket_size,
            )
            cut = heads < sizes
        partners = np.repeat(heads, sizes)[kept]
        first, second = _pairs_within_buckets(members, bucket, partners)
        across = documents[first] != documents[second]
        found = np.sort(first[across].astype(np.int64) * count + second[across])
        if not cut.any():
            return found, np.zeros(0, dtype=np.int64), 0
        # A bucket's members past its heads paired with those heads only.
        place = (np.arange(len(ordered)) - np.repeat(starts, sizes))[kept]
        return found, members[place >= partners].astype(np.int64), int(sizes[cut].max())

    # numpy sorts and indexes outside the GIL, so WORKERS threads band while this one merges,
    # each pass as it comes: memory holds the distinct pairs and a few passes, not every band's.
    codes, sampled, shown = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), 0
    largest_cut = 0
    for pass_bands, (found, pass_sampled, pass_largest_cut) in zip(
        passes, _in_threads(band_pairs, passes), strict=True
    ):
        largest_cut = max(largest_cut, pass_largest_cut)
        codes = _distinct(np.concatenate([codes, found]))
        if len(pass_sampled):
            sampled = _distinct(np.concatenate([sampled, pass_sampled]))
        # Fewer sentences than bands would report one count again and again.
        if (scaled := len(sentences) * pass_bands.stop // bands) > shown:
            shown = scaled
            advance(scaled, len(sentences))
    pairs = np.stack([codes // count, codes % count], axis=1).reshape(-1, 2)
    return Candidates(pairs=pairs, sampled=sampled, largest_cut=largest_cut)


def _content_order(
    signature_rows: np.ndarray, documents: np.ndarray, places: np.ndarray
) -> np.ndarray:
    """An order of sentences by what they say, not where they were read: by their signature,
    then by their document's (its sentences' signatures, each at its place in it). Only the
    sentences of documents that print one text in the same words keep their input order among
    them.

    Args:
        signature_rows: the sentences' MinHash signatures.
        documents: each sentence's document, numbered from 0 in any order.
        places: each sentence's index in its document.

    >>> rows = np.array([[7, 1], [3, 2], [5, 5]], dtype=np.uint32)
    >>> three, no_place = np.arange(3), np.zeros(3, dtype=np.int64)
    >>> given = rows[_content_order(rows, three, no_place)]
    >>> again = rows[::-1][_content_order(rows[::-1], three, no_place)]
    >>> given.tolist() == again.tolist()
    True
    """
    said = _chained(np.zeros(len(signature_rows), dtype=np.uint64), signature_rows.T)
    of_document = np.zeros(int(documents.max()) + 1 if len(documents) else 0, dtype=np.uint64)
    np.bitwise_xor.at(of_document, documents, _mix64(said ^ places.astype(np.uint64)))
    return np.lexsort((of_document[documents], said))


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (np.unique hashes integers, which is slower here). The stable
    sort (timsort for 64-bit integers) merges runs that are sorted already in linear time.
    """
    values = np.sort(values, kind="stable")
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values


def _band_keys(
    signature_rows: np.ndarray, bands: range, rows: int, group_column: np.ndarray
) -> np.ndarray:
    """One 64-bit key per sentence and band of ``bands``, band by band: a hash of the band's
    number, its ``rows`` columns of the signature and the sentence's group (``group_column``,
    none when it has no column). Sorting integers is several times faster than sorting the rows
    themselves. Two different rows share a key with odds of about 2^-64 per pair, and such a
    pair would only be one more proposal for the align stage to verify.
    """
    columns = signature_rows[:, bands.start * rows : bands.stop * rows].T
    by_band = columns.reshape(len(bands), rows, len(signature_rows)).transpose(1, 0, 2)
    # The band's number in the upper half keeps one band's keys from meeting another's.
    numbers = np.arange(bands.start, bands.stop, dtype=np.uint64) << np.uint64(32)
    start = np.repeat(numbers[:, None], len(signature_rows), axis=1)
    keys = _chained(_chained(start, by_band), group_column.T[:, None, :])
    return keys.ravel()


def _chained(keys: np.ndarray, columns: Iterable[np.ndarray]) -> np.ndarray:
    """``keys`` hashed with each of ``columns`` in turn (each the shape of ``keys``, or one that
    broadcasts to it)."""
    for column in columns:
        keys = _mix64(keys ^ column.astype(np.uint64))
    return keys


def _heads_of_each_document(
    members: np.ndarray,
    buckets: np.ndarray,
    documents: np.ndarray,
    places: np.ndarray,
    sizes: np.ndarray,
    max_bucket_size: int,
) -> tuple[np.ndarray, np.ndarray]:
    """The members with each bucket's heads first, and each bucket's number of heads: all its
    members, or in a bucket of more than ``max_bucket_size`` the first ``BUCKET_REPRESENTATIVES``
    of each document in it (in the document's order).

    Args:
        members: sentence numbers, sorted by bucket.
        buckets: each member's bucket, a number into ``sizes``.
        documents: each member's document.
        places: each member's index in its document.
        sizes: every bucket's number of members.
    """
    oversized = (sizes > max_bucket_size)[buckets]
    if not oversized.any():
        return members, sizes
    position = np.arange(len(members))
    by_document = np.lexsort((places, documents, buckets))
    ordered_buckets, ordered_documents = buckets[by_document], documents[by_document]
    starts = np.flatnonzero(
        np.r_[
            True,
            (ordered_buckets[1:] != ordered_buckets[:-1])
            | (ordered_documents[1:] != ordered_documents[:-1]),
        ]
    )
    rank = np.empty(len(members), dtype=np.int64)
    rank[by_document] = position - np.repeat(starts, np.diff(np.r_[starts, len(members)]))
    tail = oversized & (rank >= BUCKET_REPRESENTATIVES)
    heads = sizes - np.bincount(buckets[tail], minlength=len(sizes))
    return members[np.lexsort((position, tail, buckets))], heads


def _pairs_within_buckets(
    members: np.ndarray, buckets: np.ndarray, partners: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs ``(i, j)``, ``i < j``, of members that share a bucket; members sorted by bucket.

    Each member pairs with the members before it in its bucket, up to its number in
    ``partners`` (the bucket's first ones): every pair once where that is the bucket's size.
    The pairs are built from repeat counts and offsets, with no Python loop over buckets.
    """
    starts = np.flatnonzero(np.r_[True, buckets[1:] != buckets[:-1]])
    first_in_bucket = np.repeat(starts, np.diff(np.r_[starts, len(members)]))
    earlier = np.minimum(np.arange(len(members)) - first_in_bucket, partners)
    later = np.repeat(np.arange(len(members)), earlier)
    offset = np.arange(len(later)) - np.repeat(np.cumsum(earlier) - earlier, earlier)
    a, b = members[np.repeat(first_in_bucket, earlier) + offset], members[later]
    return np.minimum(a, b), np.maximum(a, b)


def propose_pairs(sentences: Sequence[Sentence], settings: Settings) -> set[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, that the LSH stage proposes among ``sentences``.

    >>> from compare.segment import as_sentence
    >>> texts = ["Peskov said NATO is at war.", "Peskov said NATO is at war now.", "Rain fell."]
    >>> propose_pairs([as_sentence(t, str(n)) for n, t in enumerate(texts)], Settings())
    {(0, 1)}
    """
    found = find_candidates(sentences, signatures(sentences, settings), settings)
    return {(int(i), int(j)) for i, j in found.pairs.tolist()}


@cache
def _datasketch() -> ModuleType:
    """datasketch, imported when a run first needs it: with the SciPy its LSH imports it takes
    half a second, which ``compare --help`` and a mistyped path need not wait for."""
    import datasketch

    return datasketch


def _permutations(settings: Settings) -> np.ndarray:
    return _datasketch().MinHash(num_perm=settings.num_perm, seed=settings.seed).permutations


# datasketch solves for the banding numerically each time it is asked: once per setting is enough.
@cache
def _banding(threshold: float, num_perm: int) -> tuple[int, int]:
    lsh = _datasketch().MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def can_band(threshold: float, num_perm: int) -> bool:
    """Whether datasketch's ``MinHashLSH`` splits ``num_perm`` permutations for ``threshold``
    into the two bands or more it needs: near 1 it picks one band, which it refuses, the higher
    the fewer the permutations (:class:`~compare.settings.Settings` asks this).

    >>> can_band(0.98, 192), can_band(0.99, 192), can_band(0.9, 16)
    (True, False, False)
    """
    try:
        _banding(threshold, num_perm)
    except ValueError:
        return False
    return True


def _mix64(values: np.ndarray) -> np.ndarray:
    """SplitMix64's finaliser: every input bit moves about half of the output bits."""
    values = values + np.uint64(0x9E3779B97F4A7C15)
    values = (values ^ (values >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


def _mix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, which datasketch applies before its affine permutations."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))
