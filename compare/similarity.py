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
import re
from collections.abc import Hashable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise

import Stemmer
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from compare.records import Sentence
from compare.segment import is_number, word_length

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
CYRILLIC = re.compile("[\u0400-\u04ff]")
# The Snowball stemmers of the languages whose articles' story terms are their own, by ISO 639-1
# code (see lexicon's function_words_by_language).
SNOWBALL_LANGUAGES = {
    "es": "spanish",
    "fr": "french",
    "de": "german",
    "pt": "portuguese",
    "it": "italian",
}
# Shorter stems begin too many other words to tell two words one.
MIN_STEM = 3
# A shorter English stem begins the stems of too many words of other roots: "war" begins
# "warn", "mob" begins "mobil".
MIN_ROOT = 5


@dataclass(frozen=True, slots=True)
class ParaphraseModel:
    """Logistic regression over :data:`FEATURES`: one weight a feature, and an intercept."""

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


@dataclass(frozen=True, slots=True)
class _Profile:
    """What the signals need of one sentence, computed once however many pairs it is in."""

    words: frozenset[str]
    long_words: frozenset[str]
    numbers: frozenset[str]
    char_grams: frozenset[str]
    stems: frozenset[str]
    stem_bigrams: frozenset[tuple[str, str]]


# Keyed by the words, not the whole Sentence: a wire sentence that 300 outlets carry is 300
# Sentences (each of its own document and offsets) but one profile. A profile takes about 11 KB
# (its character 4-grams most), and the aligner asks for them story by story: a story's
# sentences fit in 4,096, where 32,768 held 350 MB, all of it kept after the aligning.
@lru_cache(maxsize=1 << 12)
def _profile(key: str, tokens: tuple[str, ...]) -> _Profile:
    stems = tuple(map(stem, tokens))
    padded = f" {key} "
    return _Profile(
        words=frozenset(tokens),
        long_words=frozenset(w for w in tokens if word_length(w) >= LONG_WORD),
        numbers=frozenset(w for w in tokens if is_number(w)),
        char_grams=frozenset(padded[i : i + 4] for i in range(max(1, len(padded) - 3))),
        stems=frozenset(stems),
        stem_bigrams=frozenset(pairwise(stems)),
    )


def features(a: Sentence, b: Sentence, ratio: float | None = None) -> tuple[float, ...]:
    """The signals of :data:`FEATURES` for two sentences, each in [0, 1].

    ``ratio`` is ``fuzz.ratio`` of the two keys when the caller has it already (the aligner
    computes it before it asks the model).

    >>> from compare.segment import as_sentence
    >>> same = as_sentence("Peskov said NATO is at war.")
    >>> features(same, same) == (1.0,) * len(FEATURES)
    True
    """
    if not a.tokens or not b.tokens:
        return (0.0,) * len(FEATURES)
    x, y = _profile(a.key, a.tokens), _profile(b.key, b.tokens)
    return (
        (fuzz.ratio(a.key, b.key) if ratio is None else ratio) / 100,
        fuzz.token_set_ratio(a.key, b.key) / 100,
        fuzz.token_sort_ratio(a.key, b.key) / 100,
        _dice(x.words, y.words),
        len(x.words & y.words) / min(len(x.words), len(y.words)),
        _dice(x.long_words, y.long_words),
        _dice(x.char_grams, y.char_grams),
        min(len(a.tokens), len(b.tokens)) / max(len(a.tokens), len(b.tokens)),
        jaccard(x.numbers, y.numbers),
        Indel.normalized_similarity(a.tokens, b.tokens),
        _dice(x.stems, y.stems),
        len(x.stems & y.stems) / min(len(x.stems), len(y.stems)),
        _dice(x.stem_bigrams, y.stem_bigrams),
    )


def _dice(a: AbstractSet[Hashable], b: AbstractSet[Hashable]) -> float:
    """Dice overlap; two empty sets agree fully (two sentences without numbers agree on them)."""
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def jaccard(a: AbstractSet[Hashable], b: AbstractSet[Hashable]) -> float:
    """Jaccard overlap; two empty sets agree fully.

    >>> jaccard({"nato", "war"}, {"nato", "peace"})
    0.3333333333333333
    """
    return len(a & b) / len(a | b) if a or b else 1.0


# A feed repeats its words: a cached look-up is several times faster than PyStemmer's own cache.
@lru_cache(maxsize=1 << 16)
def stem(word: str, language: str | None = None) -> str:
    """The Snowball stem of a case-folded word: in ``language`` (an ISO 639-1 code, as
    segment.language_of gives it) where ``SNOWBALL_LANGUAGES`` has it, else in English; words of
    other scripts stay as they are. The English stem keeps a Spanish noun's accented singular
    apart from its plural ("pensión", "pensiones").

    >>> stem("workers"), stem("halted"), stem("کراچی")
    ('worker', 'halt', 'کراچی')
    >>> stem("pensión", "es") == stem("pensiones", "es"), stem("pensión") == stem("pensiones")
    (True, False)
    """
    return _stemmer(SNOWBALL_LANGUAGES.get(language or "", "english")).stemWord(word)


@lru_cache(maxsize=1 << 14)
def word_family(word: str) -> str:
    """One form for the forms of a Russian word, which change with gender, number and case
    (Snowball's Russian stem); a word of another script as it is.

    >>> word_family("сообщил") == word_family("сообщила"), word_family("мая") == word_family("мае")
    (True, True)
    >>> word_family("said"), word_family("says")
    ('said', 'says')
    """
    return _stemmer("russian").stemWord(word) if CYRILLIC.match(word) else word


@lru_cache(maxsize=1 << 14)
def same_word(a: str, b: str) -> bool:
    """Whether two words are forms of one: equal, English words of one stem ("terrorist",
    "terrorists"), or Russian words whose stems are equal or one begins the other (Snowball cuts
    "режим" to "реж" but "режима" to "режим").

    >>> same_word("режим", "режима"), same_word("сообщил", "сообщила"), same_word("said", "says")
    (True, True, False)
    """
    if a == b:
        return True
    if not (CYRILLIC.match(a) and CYRILLIC.match(b)):
        return stem(a) == stem(b)
    return _one_begins_the_other(word_family(a), word_family(b), MIN_STEM)


@lru_cache(maxsize=1 << 14)
def same_root(a: str, b: str) -> bool:
    """Whether two words are forms of one (see :func:`same_word`) or of one root, the stem of
    one beginning the other's: Snowball cuts "terrorism" to "terror" but leaves "terrorist", and
    "aggression" to "aggress" but leaves "aggressor".

    >>> same_root("terrorism", "terrorists"), same_root("terror", "terrorist")
    (True, True)
    >>> same_root("aggression", "aggressor"), same_root("war", "warned")
    (True, False)
    """
    return same_word(a, b) or _one_begins_the_other(stem(a), stem(b), MIN_ROOT)


@lru_cache(maxsize=1 << 14)
def same_spanish_root(a: str, b: str) -> bool:
    """Whether two words are forms of one Spanish root, Snowball's Spanish stem of one beginning
    the other's, as a verb's tenses and persons and a noun's plural are ("secuestró",
    "secuestraron"; "régimen", "regímenes"), which the English stem keeps apart.

    >>> same_spanish_root("secuestró", "secuestraron"), same_spanish_root("régimen", "regímenes")
    (True, True)
    >>> same_spanish_root("detuvo", "detenidos")
    False
    """
    spanish = _stemmer("spanish")
    return _one_begins_the_other(spanish.stemWord(a), spanish.stemWord(b), MIN_ROOT)


def _one_begins_the_other(a: str, b: str, shortest: int) -> bool:
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= shortest and longer.startswith(shorter)


@cache
def _stemmer(algorithm: str = "english") -> Stemmer.Stemmer:
    """A Snowball stemmer, in C (PyStemmer: over 100 times the speed of the pure-Python
    snowballstemmer, the same stems)."""
    return Stemmer.Stemmer(algorithm)
