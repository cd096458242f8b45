"""MinHash signatures and LSH candidates."""

from __future__ import annotations

import random
from itertools import combinations

import numpy as np
import pytest
from datasketch import MinHash

from compare import candidates
from compare.candidates import (
    _pairs_within_buckets,
    find_candidates,
    propose_pairs,
    shingles,
    signatures,
    telling_shingles,
)
from compare.records import Document, Sentence
from compare.segment import segment
from compare.settings import Settings
from tests.helpers import STOCK_CREDIT, document, stock_credit_briefs


def seed_sentences(seed_texts: list[str]) -> list[Sentence]:
    return [s for n, text in enumerate(seed_texts) for s in segment(document(text, f"seed{n}"))]


def edited_copies(sentences: list[Sentence], rng: random.Random, copy: int) -> list[Sentence]:
    """Each sentence again, in a new document, with up to half its words dropped or swapped."""
    copies = []
    for sentence in sentences:
        tokens = list(sentence.tokens)
        for _ in range(rng.randint(0, len(tokens) // 2)):
            if len(tokens) > 3:
                position = rng.randrange(len(tokens))
                if rng.random() < 0.5:
                    del tokens[position]
                else:
                    tokens[position] = rng.choice(["reportedly", "claimed", "officials", "said"])
        text = " ".join(tokens) + "."
        copies.append(segment(document(text, f"copy{copy}-{sentence.doc}"))[0])
    return copies


def assert_rows_are_datasketchs(sentences: list[Sentence], settings: Settings) -> None:
    rows = signatures(sentences, settings)
    for sentence, row in zip(sentences, rows, strict=True):
        reference = MinHash(num_perm=settings.num_perm, seed=settings.seed)
        grams = shingles(sentence.tokens, settings.shingle_size)
        reference.update_batch([g.encode() for g in grams])
        assert np.array_equal(reference.hashvalues, row)


@pytest.mark.parametrize("batch_rows", [candidates.BATCH_ROWS, 16], ids=["default", "small"])
def test_signatures_equal_datasketch_minhash(
    seed_texts: list[str], batch_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vectorised signatures are bit for bit those of datasketch's MinHash.update_batch,
    also when made in many small batches signed in threads."""
    monkeypatch.setattr(candidates, "BATCH_ROWS", batch_rows)
    assert_rows_are_datasketchs(seed_sentences(seed_texts), Settings())


def test_signatures_with_longer_shingles_equal_datasketch(seed_texts: list[str]) -> None:
    """Word 3-shingles hash the same way as datasketch does them."""
    settings = Settings(shingle_size=3, num_perm=64, seed=7)
    assert_rows_are_datasketchs(seed_sentences(seed_texts)[:5], settings)


def test_candidates_are_pairs_across_documents_only(seed_texts: list[str]) -> None:
    """No proposed pair joins two sentences of one document."""
    sentences = seed_sentences(seed_texts)
    twice = sentences + [
        Sentence("again", s.index, s.start, s.end, s.text, s.key, s.tokens) for s in sentences
    ]
    found = find_candidates(twice, signatures(twice, Settings()), Settings())
    assert len(found.pairs)
    assert all(twice[i].doc != twice[j].doc for i, j in found.pairs.tolist())
    exact = {(i, i + len(sentences)) for i in range(len(sentences))}
    assert exact <= {tuple(p) for p in found.pairs.tolist()}


def test_lsh_misses_almost_none_of_the_pairs_brute_force_finds(seed_texts: list[str]) -> None:
    """Against an exhaustive Jaccard pass over real sentences and edited copies of them, LSH
    proposes at least 95% of the cross-document pairs 0.1 or more above the threshold it is
    tuned for, and three in four of those just above the threshold (the S-curve of banding
    is at 50% right at the threshold)."""
    settings = Settings()
    originals = seed_sentences(seed_texts)
    rng = random.Random(3)
    pooled = originals + [s for copy in range(3) for s in edited_copies(originals, rng, copy)]
    sets = [set(grams) for grams in telling_shingles(pooled, settings.shingle_size)]
    jaccard = {
        (i, j): len(sets[i] & sets[j]) / len(sets[i] | sets[j])
        for i, j in combinations(range(len(pooled)), 2)
        if pooled[i].doc != pooled[j].doc
    }
    clear = {pair for pair, value in jaccard.items() if value >= settings.threshold + 0.1}
    near = {
        pair
        for pair, value in jaccard.items()
        if settings.threshold <= value < settings.threshold + 0.1
    }
    found = find_candidates(pooled, signatures(pooled, settings), settings)
    proposed = {tuple(p) for p in found.pairs.tolist()}
    assert len(clear) >= 150
    assert len(near) >= 20
    assert len(clear & proposed) / len(clear) >= 0.95
    assert len(near & proposed) / len(near) >= 0.75


def test_an_edited_copy_of_a_widely_carried_sentence_is_proposed() -> None:
    """Copies of one sentence count once towards making its words common: a wire lede that
    more than COMMON_MIN_SENTENCES outlets carry word for word keeps its words, so a copy that
    changes two of them still pairs with every outlet's copy."""
    lede = (
        "Striking nurses at St. Aldric Hospital rejected the board's latest offer on Thursday, "
        "saying it did nothing to ease chronic understaffing on night shifts."
    )
    edited = lede.replace("rejected", "turned down").replace("chronic", "severe")
    carried = [
        segment(document(lede, f"outlet{n}"))[0] for n in range(candidates.COMMON_MIN_SENTENCES + 1)
    ]
    pooled = [*carried, segment(document(edited, "rewrite"))[0]]
    proposed = propose_pairs(pooled, Settings())
    assert {i for i, j in proposed if j == len(carried)} == set(range(len(carried)))


def test_the_opening_of_a_sentence_a_copy_cut_short_is_proposed() -> None:
    """A copy that prints a third of a release's sentence or more, word for word, and drops the
    clause after it shares a third of its words or more with it, far above ``threshold``: LSH
    proposes the pair, for the aligner to judge a cut."""
    release = document(
        "A daily capsule of green tea extract halved migraine days in a pilot study at the "
        "University of Harlow.\nThe trial was funded by the Harlow Medical Trust and by Brindle "
        "Foods, which sells the supplement in 40 countries and sponsors the university's chair "
        "of neurology.",
        "release",
    )
    copy = document(
        "Green tea extract cures migraines, a Harlow study has found.\nThe trial was funded by "
        "the Harlow Medical Trust.",
        "copy",
    )
    pooled = [*segment(release), *segment(copy)]
    assert (1, 3) in propose_pairs(pooled, Settings())


def test_an_oversized_bucket_pairs_each_sentence_with_its_first_ones_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sentence shared by more documents than max_bucket_size pairs with the first
    BUCKET_REPRESENTATIVES copies of it, not with none of them nor with every one, and the copies
    after those are the sentences sampled; within stories, where each document holds one copy,
    every pair is proposed and none is sampled."""
    monkeypatch.setattr(candidates, "BUCKET_REPRESENTATIVES", 2)
    settings = Settings(max_bucket_size=3)
    line = "Dockworkers at the Port of Calder walked off the job on Monday."
    pooled = [segment(document(line, f"d{n}"))[0] for n in range(5)]
    rows = signatures(pooled, settings)
    found = find_candidates(pooled, rows, settings)
    assert {tuple(p) for p in found.pairs.tolist()} == {
        (0, 1), (0, 2), (1, 2), (0, 3), (1, 3), (0, 4), (1, 4)
    }  # fmt: skip
    assert found.sampled.tolist() == [2, 3, 4]
    in_one_story = find_candidates(pooled, rows, settings, groups=np.zeros(5, dtype=np.int64))
    assert {tuple(p) for p in in_one_story.pairs.tolist()} == set(combinations(range(5), 2))
    assert in_one_story.sampled.tolist() == []


def test_a_line_past_the_bucket_size_samples_each_copy_once_across_bands() -> None:
    """A credit line that 250 briefs close with fills a bucket of every band: the copies after
    the bucket's first BUCKET_REPRESENTATIVES are the sentences sampled, each listed once, not
    once a band."""
    settings = Settings()
    pooled = [s for brief in stock_credit_briefs(250) for s in segment(brief)]
    found = find_candidates(pooled, signatures(pooled, settings), settings)
    copies = {n for n, s in enumerate(pooled) if s.text == STOCK_CREDIT}
    assert (
        len(found.sampled)
        == len(set(found.sampled.tolist()))
        == 250 - candidates.BUCKET_REPRESENTATIVES
    )
    assert set(found.sampled.tolist()) < copies


def test_an_oversized_bucket_samples_the_same_pairs_in_any_input_order() -> None:
    """250 briefs closing with one credit line, given in another order, propose the same pairs of
    sentences: a bucket's first members are chosen by what they say, not by where they were read."""
    settings = Settings()
    briefs = stock_credit_briefs(250)

    def proposed(given: list[Document]) -> set[frozenset[tuple[str, int]]]:
        pooled = [s for brief in given for s in segment(brief)]
        found = find_candidates(pooled, signatures(pooled, settings), settings)
        return {
            frozenset({(pooled[i].doc, pooled[i].index), (pooled[j].doc, pooled[j].index)})
            for i, j in found.pairs.tolist()
        }

    shuffled = briefs.copy()
    random.Random(3).shuffle(shuffled)
    assert proposed(briefs) == proposed(shuffled)


def test_bands_taken_in_one_pass_or_one_at_a_time_propose_the_same_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A run small enough to band in one pass (every band's keys hashed and sorted at once)
    proposes the pairs, and samples the sentences, it would one band at a time: 250 briefs
    closing with one credit line, pooled and in two stories."""
    settings = Settings()
    pooled = [s for brief in stock_credit_briefs(250) for s in segment(brief)]
    rows = signatures(pooled, settings)
    numbered: dict[str, int] = {}
    stories = np.array([numbered.setdefault(s.doc, len(numbered)) % 2 for s in pooled])

    def proposed() -> list[tuple[list[list[int]], list[int], int]]:
        return [
            (found.pairs.tolist(), found.sampled.tolist(), found.largest_cut)
            for found in (
                find_candidates(pooled, rows, settings),
                find_candidates(pooled, rows, settings, groups=stories),
            )
        ]

    in_one_pass = proposed()
    monkeypatch.setattr(candidates, "BAND_PASS_KEYS", 1)
    assert proposed() == in_one_pass
    pooled_sampled = in_one_pass[0][1]
    assert len(pooled_sampled) == 250 - candidates.BUCKET_REPRESENTATIVES


NO_RAIN = "No rain was recorded at the gauge."


@pytest.mark.parametrize(
    ("lines_by_document", "max_bucket_size", "expected", "sampled"),
    [
        pytest.param(
            [4, 4],
            10,
            {(a, b) for a in range(4) for b in range(4, 8)},
            [],
            id="repeated_lines_in_a_small_bucket_pair_in_full",
        ),
        pytest.param(
            [4, 4],
            3,
            {(a, b) for a in range(4) for b in (4, 5)} | {(a, b) for a in (0, 1) for b in (6, 7)},
            [2, 3, 6, 7],
            id="repeated_lines_in_an_oversized_bucket_pair_with_each_articles_first",
        ),
    ],
)
def test_within_a_story_an_oversized_bucket_pairs_with_each_documents_first_ones(
    monkeypatch: pytest.MonkeyPatch,
    lines_by_document: list[int],
    max_bucket_size: int,
    expected: set[tuple[int, int]],
    sampled: list[int],
) -> None:
    """Within a story, a bucket of more than max_bucket_size sentences pairs each one with the
    first BUCKET_REPRESENTATIVES of every other document in it: a line that two bulletins
    repeat pairs in full in a small bucket, with each bulletin's first ones in an oversized one,
    and the lines past each bulletin's first ones are the sentences sampled."""
    monkeypatch.setattr(candidates, "BUCKET_REPRESENTATIVES", 2)
    settings = Settings(max_bucket_size=max_bucket_size)
    pooled = [
        segment(document(NO_RAIN, f"bulletin{n}"))[0]
        for n, lines in enumerate(lines_by_document)
        for _ in range(lines)
    ]
    found = find_candidates(
        pooled, signatures(pooled, settings), settings, groups=np.zeros(len(pooled), np.int64)
    )
    assert {tuple(p) for p in found.pairs.tolist()} == expected
    assert found.sampled.tolist() == sampled


@pytest.mark.parametrize(
    ("partners", "expected"),
    [
        pytest.param([3, 3, 3, 1, 2, 2], [(1, 4), (3, 5), (3, 7), (5, 7)], id="every_pair"),
        pytest.param([1, 1, 1, 1, 1, 1], [(1, 4), (3, 7), (5, 7)], id="first_member_only"),
    ],
)
def test_pairs_within_buckets_are_each_pair_once(
    partners: list[int], expected: list[tuple[int, int]]
) -> None:
    """Members sharing a bucket pair up once each, smaller index first; each with the first
    ``partners`` members of its bucket at most."""
    members = np.array([7, 3, 5, 9, 1, 4])
    buckets = np.array([0, 0, 0, 1, 2, 2])
    first, second = _pairs_within_buckets(members, buckets, np.array(partners))
    assert sorted(zip(first.tolist(), second.tolist(), strict=True)) == expected
