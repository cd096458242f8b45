"""Every tunable number of the pipeline, checked once, here.

Stages trust a :class:`Settings`; the CLI and the library API build one with :func:`Settings.checked`.
The defaults and what they mean are documented in the README ("How it decides").
"""

from __future__ import annotations

from dataclasses import dataclass, fields


class SettingsError(ValueError):
    """A setting outside its valid range; the message names the setting and the range."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Knobs of the pipeline, with the defaults documented in the README.

    >>> Settings.checked(min_similarity=90).min_similarity
    90.0
    """

    # Candidates: MinHash over word shingles, LSH banding (datasketch's parameters).
    num_perm: int = 128
    seed: int = 1
    shingle_size: int = 1
    threshold: float = 0.3
    max_bucket_size: int = 200
    # Alignment, on rapidfuzz's 0-100 scale.
    min_similarity: float = 80.0
    paraphrase_cutoff: float = 60.0
    quote_min_words: int = 5
    # Stories: weighted-term similarity that joins two documents, and how far apart in days.
    story_threshold: float = 0.25
    story_max_days: int = 7
    # Verdicts, on containment (share of words reused) and the longest copied run.
    copy_containment: float = 0.8
    derived_containment: float = 0.5
    partial_containment: float = 0.1
    partial_run_words: int = 20

    @classmethod
    def checked(cls, **values: float) -> Settings:
        """Build settings, raising :class:`SettingsError` for any value out of range."""
        known = {field.name for field in fields(cls)}
        for name in values:
            if name not in known:
                raise SettingsError(f"unknown setting {name!r}")
        settings = cls(**{name: type(getattr(cls(), name))(v) for name, v in values.items()})
        settings._check()
        return settings

    def _check(self) -> None:
        ranges: dict[str, tuple[float, float]] = {
            "num_perm": (16, 1024),
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
            "partial_run_words": (1, 10_000),
        }
        for name, (low, high) in ranges.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise SettingsError(f"{name} must be in [{low:g}, {high:g}], got {value:g}")
        if not (self.partial_containment <= self.derived_containment <= self.copy_containment):
            raise SettingsError("containment thresholds must rise: partial <= derived <= copy")
