"""How alike two sentences are: cheap lexical signals, and the paraphrase model that weighs them.

No single ratio separates reworded facts from merely related sentences: news paraphrases keep
names and numbers but move clauses and change word forms, while unrelated sentences of one story
share names too. The model combines thirteen signals with weights fitted by logistic regression
(``python -m benchmarks.fit_paraphrase``) on one half of two labelled development corpora and
checked on the other half; the weights live as data in ``paraphrase_model.json``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise

import snowballstemmer
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from compare.records import Sentence

FEATURES = (
    "ratio",
    "token_set_ratio",
    "token_sort_ratio",
    "word_dice",
    "word_containment",
    "long_word_dice",
    "char_4gram_dice",
    "length_ratio",
    "number_agreement",
    "word_order",
    "stem_dice",
    "stem_containment",
    "stem_bigram_dice",
)
# Words this long or longer carry the content; shorter ones are mostly function words.
LONG_WORD = 4


@dataclass(frozen=True, slots=True)
class ParaphraseModel:
    """Logistic regression over :data:`FEATURES`: weights, intercept, and what it was fitted on."""

    weights: tuple[float, ...]
    intercept: float

    def probability(self, features: Sequence[float]) -> float:
        """The fitted probability (0-1) that two sentences state the same content."""
        z = self.intercept + sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-z))


@cache
def paraphrase_model() -> ParaphraseModel:
    """The model shipped with the package."""
    text = resources.files("compare").joinpath("paraphrase_model.json").read_text("utf-8")
    data = json.loads(text)
    weights = data["weights"]
    return ParaphraseModel(
        tuple(float(weights[name]) for name in FEATURES), float(data["intercept"])
    )


def features(a: Sentence, b: Sentence) -> tuple[float, ...]:
    """The signals of :data:`FEATURES` for two sentences, each in [0, 1].

    >>> from compare.segment import as_sentence
    >>> same = as_sentence("Peskov said NATO is at war.")
    >>> features(same, same) == (1.0,) * len(FEATURES)
    True
    """
    words_a, words_b = set(a.tokens), set(b.tokens)
    if not words_a or not words_b:
        return (0.0,) * len(FEATURES)
    stems_a, stems_b = _stems(a.tokens), _stems(b.tokens)
    return (
        fuzz.ratio(a.key, b.key) / 100,
        fuzz.token_set_ratio(a.key, b.key) / 100,
        fuzz.token_sort_ratio(a.key, b.key) / 100,
        _dice(words_a, words_b),
        len(words_a & words_b) / min(len(words_a), len(words_b)),
        _dice(_long(words_a), _long(words_b)),
        _dice(_char_grams(a.key), _char_grams(b.key)),
        min(len(a.tokens), len(b.tokens)) / max(len(a.tokens), len(b.tokens)),
        _number_agreement(words_a, words_b),
        Indel.normalized_similarity(a.tokens, b.tokens),
        _dice(set(stems_a), set(stems_b)),
        len(set(stems_a) & set(stems_b)) / min(len(set(stems_a)), len(set(stems_b))),
        _dice(set(pairwise(stems_a)), set(pairwise(stems_b))),
    )


def _dice(a: AbstractSet[Hashable], b: AbstractSet[Hashable]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def _long(words: set[str]) -> set[str]:
    return {w for w in words if len(w) >= LONG_WORD}


def _char_grams(key: str, size: int = 4) -> set[str]:
    padded = f" {key} "
    return {padded[i : i + size] for i in range(max(1, len(padded) - size + 1))}


def _number_agreement(a: set[str], b: set[str]) -> float:
    """Jaccard of the numbers two sentences mention; 1.0 when neither mentions one."""
    numbers_a = {w for w in a if any(c.isdigit() for c in w)}
    numbers_b = {w for w in b if any(c.isdigit() for c in w)}
    if not numbers_a and not numbers_b:
        return 1.0
    return len(numbers_a & numbers_b) / len(numbers_a | numbers_b)


def _stems(tokens: Sequence[str]) -> tuple[str, ...]:
    return tuple(_stem(token) for token in tokens)


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """The English Snowball stem; words of other scripts pass through unchanged."""
    return _stemmer().stemWord(word)


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")
