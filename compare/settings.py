"""Every tunable number of the pipeline, checked once, here.

A :class:`Settings` checks its values when it is made, so stages trust it. The defaults and what
they mean are documented in docs/defaults.md ("How it decides, and the defaults").
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields


class SettingsError(ValueError):
    """A setting outside its valid range; the message names the setting and the range."""


# In a bucket of more than max_bucket_size sentences (a wire lede that hundreds of outlets carry,
# or a line that very many documents share) each sentence pairs with this many of the bucket's
# first sentences only, so that its pairs grow with its size, not its square. Copies of one
# story still link, through those first ones; a stock line still counts as shared with more
# than stories.MAX_STOCK_REACH documents from every copy's side, so it links none of them. With
# 8, a short or edited copy of a story 290 sites carry could meet none of the first ones often
# enough to join them (39 dedup clusters for 5 such stories, 1,459 items); with 16, 8 clusters.
# Within a story, such a bucket pairs each sentence with this many of every document's first
# sentences in it: a line its documents carry once each pairs in full, template lines two
# bulletins repeat thousands of times with other numbers do not pair every two.
BUCKET_REPRESENTATIVES = 16
# Articles of two stories published further apart than this, or than a story's days where those
# are more, are compared only when they share half the shorter one's sentences or a pasted
# passage (see stories.copy_links' ``sharing`` and MIN_PASTED_WORDS); a run warns of the rest.
# Not a story's days (a week by default): a round-up pastes two sentences of a council's release
# six weeks old, and is its reuse; a desk's stock lines recur in reports of other events a year
# apart (acceptance round 32, c1: 14 months). Half a year sits between the two. Never less than
# a story's days: documents that close would link into one story and be compared there, so in
# two stories they are compared too.
MAX_ACROSS_DAYS = 180


def across_days(story_max_days: int) -> int:
    """How many days apart two articles of two stories may be published and be compared on a
    few shared sentences: ``MAX_ACROSS_DAYS``, or a story's days where those are more.

    >>> across_days(7), across_days(365)
    (180, 365)
    """
    return max(MAX_ACROSS_DAYS, story_max_days)


# The highest LSH threshold that datasketch bands in two bands or more for every num_perm a
# Settings allows (checked for each of 16 to 1024; 16, the fewest, bands up to 0.863): a higher
# one is checked against its num_perm, which takes datasketch and SciPy, half a second to import
# that `compare --help` need not wait for.
ALWAYS_BANDED = 0.86
# The settings that are scores out of 100, as rapidfuzz gives a similarity: one at 1 or below is
# a fraction typed for it (0.8 for 80), which would count sentences of any likeness as edits.
SCORES = ("min_similarity", "paraphrase_cutoff")


# Given by name only: Settings(90) would set num_perm, not the similarity a reader means.
@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Knobs of the pipeline, given by name, with the defaults and why they are so in
    docs/defaults.md ("How it decides, and the defaults").

    Attributes:
        num_perm, seed: MinHash's permutations and their seed (datasketch's names).
        shingle_size: the words of a shingle, the unit a sentence's MinHash is made of.
        threshold: the Jaccard similarity of two sentences' shingles at which LSH proposes them
            to the aligner (datasketch's name); with ``num_perm`` it must give datasketch's
            banding two bands or more (at most 0.98 with 192 permutations).
        max_bucket_size: an LSH bucket of more sentences pairs each with its first few only.
        min_similarity: the rapidfuzz ``ratio`` (0-100) at which two sentences are one, edited.
        paraphrase_cutoff: the paraphrase score (0-100) at which two sentences are paraphrases.
            Either, at 1 or below, is refused: a fraction typed for a score (0.8 for 80).
        quote_min_words: the words a quotation two sentences share needs to be a shared quote.
        story_threshold: the average weighted-term similarity at which two groups of documents
            merge into one story.
        story_max_days: how many days apart two documents may be published and still be weighed
            as one event's by their names and ledes; a story runs on from its nearest article, so
            its span may be longer, and near copies join at any distance.
        copy_containment: the share of a document's words in sentences identical to the other's
            that makes a pair a copy.
        derived_containment, partial_containment: the containment (share of words in sentences
            copied or edited) that makes a pair derived, partial.
        derived_phrasing, derived_phrasing_spread: the share of the later article's words in
            word 3-grams of the other that makes it derived, when the sentences holding them
            carry this spread of its words.
        derived_phrasing_source_spread: the spread of the other's words that its sentences
            holding those 3-grams must carry too: half of it, where two reports of one event
            share the stock phrases of a few facts in a few of the other's sentences.
        partial_phrasing, partial_phrasing_spread, partial_phrasing_alone: the same for partial,
            and the share that makes a pair partial however it spreads.
        partial_run_words: the longest copied run, in words, that makes a pair partial.

    >>> Settings(min_similarity=90).min_similarity
    90
    >>> Settings(threshold=2.0)
    Traceback (most recent call last):
    ...
    compare.settings.SettingsError: threshold must be in [0.05, 1], got 2 (a fraction, not a percentage: did you mean 0.02?)
    """

    num_perm: int = 192
    seed: int = 1
    shingle_size: int = 1
    threshold: float = 0.15
    max_bucket_size: int = 200
    min_similarity: float = 80.0
    paraphrase_cutoff: float = 39.0
    quote_min_words: int = 5
    story_threshold: float = 0.225
    story_max_days: int = 7
    copy_containment: float = 0.8
    derived_containment: float = 0.5
    partial_containment: float = 0.1
    derived_phrasing: float = 0.33
    derived_phrasing_spread: float = 0.67
    derived_phrasing_source_spread: float = 0.5
    partial_phrasing: float = 0.10
    partial_phrasing_spread: float = 0.55
    partial_phrasing_alone: float = 0.15
    partial_run_words: int = 20

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            expected = int if field.type in ("int", int) else (int, float)
            if isinstance(value, bool) or not isinstance(value, expected):
                kind = "a whole number" if expected is int else "a number"
                raise SettingsError(f"{field.name} must be {kind}, got {value!r}")
        ranges: dict[str, tuple[float, float]] = {
            "num_perm": (16, 1024),
            "seed": (0, 2**32 - 1),
            "shingle_size": (1, 5),
            "threshold": (0.05, 1.0),
            "max_bucket_size": (2, 1_000_000),
            "min_similarity": (0.0, 100.0),
            "paraphrase_cutoff": (0.0, 100.0),
            "quote_min_words": (1, 100),
            "story_threshold": (0.0, 1.0),
            "story_max_days": (0, 100_000),
            "copy_containment": (0.0, 1.0),
            "derived_containment": (0.0, 1.0),
            "partial_containment": (0.0, 1.0),
            "derived_phrasing": (0.0, 1.0),
            "derived_phrasing_spread": (0.0, 1.0),
            "derived_phrasing_source_spread": (0.0, 1.0),
            "partial_phrasing": (0.0, 1.0),
            "partial_phrasing_spread": (0.0, 1.0),
            "partial_phrasing_alone": (0.0, 1.0),
            "partial_run_words": (1, 10_000),
        }
        for name, (low, high) in ranges.items():
            value = getattr(self, name)
            if not low <= value <= high:
                # A fraction's setting given a percentage (80 for 0.8) is the same slip the
                # other way round.
                meant = (
                    f" (a fraction, not a percentage: did you mean {_show(value / 100)}?)"
                    if high == 1.0 and 1 < value <= 100
                    else ""
                )
                raise SettingsError(
                    f"{name} must be in [{_show(low)}, {_show(high)}], got {_show(value)}{meant}"
                )
        for name in SCORES:
            if (value := getattr(self, name)) <= 1:
                meant = f"; did you mean {_show(value * 100)}?" if value > 0 else ""
                raise SettingsError(
                    f"{name} takes a score out of 100 (above 1), not a fraction: got "
                    f"{_show(value)}{meant}"
                )
        self._check_banding()
        if not (self.partial_containment <= self.derived_containment <= self.copy_containment):
            raise SettingsError("containment thresholds must rise: partial <= derived <= copy")
        if self.partial_phrasing > self.derived_phrasing:
            raise SettingsError("phrasing thresholds must rise: partial <= derived")
        if self.partial_phrasing > self.partial_phrasing_alone:
            raise SettingsError(
                "phrasing thresholds must rise: partial_phrasing <= partial_phrasing_alone"
            )

    def _check_banding(self) -> None:
        """Refuse a ``threshold`` that datasketch's LSH cannot band with ``num_perm``
        permutations (:func:`compare.candidates.can_band`), naming the highest that it can, in
        hundredths."""
        if self.threshold <= ALWAYS_BANDED:
            return
        # Imported here: the candidates stage is the one that imports datasketch.
        from compare.candidates import can_band

        if can_band(self.threshold, self.num_perm):
            return
        below = math.ceil(round(self.threshold * 100, 6)) - 1
        highest = next(
            (
                n / 100
                for n in range(below, round(ALWAYS_BANDED * 100), -1)
                if can_band(n / 100, self.num_perm)
            ),
            ALWAYS_BANDED,
        )
        raise SettingsError(
            f"threshold must be at most {_show(highest)} with num_perm {self.num_perm}, got "
            f"{_show(self.threshold)} (datasketch's LSH needs two bands or more; a larger "
            "num_perm allows a higher threshold)"
        )

    def changed(self) -> dict[str, float]:
        """The settings that differ from their defaults, by name, in the order declared: what
        a report says of the run beside the version that made it.

        >>> Settings(max_bucket_size=50, min_similarity=85).changed()
        {'max_bucket_size': 50, 'min_similarity': 85}
        """
        defaults = Settings()
        return {
            field.name: getattr(self, field.name)
            for field in fields(self)
            if getattr(self, field.name) != getattr(defaults, field.name)
        }

    # The cuts a verdict is judged at, by the share judged: a report never shows a share
    # rounded onto a cut it falls short of.
    @property
    def verbatim_cuts(self) -> tuple[float, ...]:
        """Where the share of words in sentences identical to the other's changes a verdict."""
        return (self.copy_containment,)

    @property
    def containment_cuts(self) -> tuple[float, ...]:
        """Where containment changes a verdict."""
        return (self.derived_containment, self.partial_containment)

    @property
    def phrasing_cuts(self) -> tuple[float, ...]:
        """Where the share of words in shared phrases changes a verdict."""
        return (self.derived_phrasing, self.partial_phrasing, self.partial_phrasing_alone)

    @property
    def spread_cuts(self) -> tuple[float, ...]:
        """Where the share of words in sentences holding shared phrases changes a verdict."""
        return (
            self.derived_phrasing_spread,
            self.derived_phrasing_source_spread,
            self.partial_phrasing_spread,
        )


def _show(number: float) -> str:
    return str(number) if isinstance(number, int) else f"{number:g}"
