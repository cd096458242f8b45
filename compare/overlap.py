"""How much of one document is reused from the other: containment, longest run, verdict.

Containment counts only the words of sentences aligned as ``verbatim`` or ``edited`` (paraphrases
and shared quotations are independent reporting), and never boilerplate such as credit lines.
Document-level Jaccard would miss most syndication: wire reprints often share only about 30% of
their word 3-grams with the wire copy, because outlets cut and rearrange it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from compare.lexicon import phrase_pattern
from compare.records import Document, Match, MatchKind, PairComparison, Sentence, Verdict
from compare.settings import Settings

# Containment must differ by this much before it tells which side copied which.
DIRECTION_MARGIN = 0.05


@dataclass(frozen=True, slots=True)
class Side:
    """One document of a pair, with its sentences and which of them are boilerplate."""

    document: Document
    sentences: Sequence[Sentence]
    boilerplate: frozenset[int]


def compare_pair(
    a: Side, b: Side, matches: Sequence[Match], story: str, closest: float, settings: Settings
) -> PairComparison:
    """Containment both ways, the longest copied run and the verdict for two documents."""
    reuse = [
        m
        for m in matches
        if m.kind.is_reuse
        and not a.boilerplate.intersection(m.a.sentences)
        and not b.boilerplate.intersection(m.b.sentences)
    ]
    verbatim = [m for m in reuse if m.kind is MatchKind.VERBATIM]
    a_in_b, b_in_a = _contained(a, reuse, "a"), _contained(b, reuse, "b")
    verbatim_share = max(_contained(a, verbatim, "a"), _contained(b, verbatim, "b"))
    run = longest_run(reuse)
    verdict = _verdict(max(a_in_b, b_in_a), verbatim_share, run, settings)
    direction = _direction(a, b, a_in_b, b_in_a) if verdict is not Verdict.INDEPENDENT else None
    same_source = a.document.source.casefold() == b.document.source.casefold()
    aligned_a = {i for m in matches for i in m.a.sentences}
    aligned_b = {i for m in matches for i in m.b.sentences}
    return PairComparison(
        a=a.document.id,
        b=b.document.id,
        story=story,
        verdict=verdict,
        direction=direction,
        a_in_b=round(a_in_b, 3),
        b_in_a=round(b_in_a, 3),
        longest_run_words=run,
        matches=tuple(matches),
        only_a=_unaligned(a, aligned_a),
        only_b=_unaligned(b, aligned_b),
        closest_similarity=closest,
        same_source=same_source,
        undisclosed_reuse=(
            verdict is not Verdict.INDEPENDENT and not same_source and _undisclosed(a, b, direction)
        ),
    )


def longest_run(matches: Sequence[Match]) -> int:
    """The most consecutive words copied unchanged, across sentence boundaries where both
    articles continue with the next aligned sentence.
    """
    best = 0
    carried = 0
    previous: Match | None = None
    for match in sorted(matches, key=lambda m: m.a.sentences):
        runs = [len(e.a) if e.op == "equal" else 0 for e in match.edits] or [0]
        follows = previous is not None and (
            match.a.sentences[0] == previous.a.sentences[-1] + 1
            and match.b.sentences[0] == previous.b.sentences[-1] + 1
        )
        leading = runs[0] + carried if follows and runs[0] else runs[0]
        best = max(best, leading, *runs)
        carried = leading if len(runs) == 1 else runs[-1]
        previous = match
    return best


def _contained(side: Side, matches: Sequence[Match], which: str) -> float:
    counted = [s for s in side.sentences if s.index not in side.boilerplate]
    total = sum(len(s.tokens) for s in counted)
    if not total:
        return 0.0
    reused = {i for m in matches for i in (m.a if which == "a" else m.b).sentences}
    return sum(len(s.tokens) for s in counted if s.index in reused) / total


def _verdict(containment: float, verbatim: float, run: int, settings: Settings) -> Verdict:
    if verbatim >= settings.copy_containment:
        return Verdict.COPY
    if containment >= settings.derived_containment:
        return Verdict.DERIVED
    if containment >= settings.partial_containment or run >= settings.partial_run_words:
        return Verdict.PARTIAL
    return Verdict.INDEPENDENT


def _direction(a: Side, b: Side, a_in_b: float, b_in_a: float) -> str | None:
    """``a->b`` when B reuses A: by publication date when both are known, else by containment."""
    first, second = a.document.published, b.document.published
    if first and second and first != second:
        return "a->b" if first < second else "b->a"
    if b_in_a > a_in_b + DIRECTION_MARGIN:
        return "a->b"
    if a_in_b > b_in_a + DIRECTION_MARGIN:
        return "b->a"
    return None


def _undisclosed(a: Side, b: Side, direction: str | None) -> bool:
    """Whether the reusing document credits neither a wire service nor the source it reuses;
    when the direction is unknown, whether neither document does.
    """
    reusers = {"a->b": [(b, a)], "b->a": [(a, b)]}.get(direction or "", [(a, b), (b, a)])
    return all(
        not user.document.credits
        and not phrase_pattern([origin.document.source]).search(user.document.text)
        for user, origin in reusers
    )


def _unaligned(side: Side, aligned: set[int]) -> tuple[int, ...]:
    return tuple(
        s.index
        for s in side.sentences
        if s.index not in aligned and s.index not in side.boilerplate
    )
