"""Framing by outlet: per outlet of a run, the framing notes of its versions of the story's
facts set against another article's version, by kind, and those of them it made itself.
report.json's ``sources[]`` and the index's table "Framing by outlet" both read them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from compare.disclosure import outlet
from compare.overlap import reports_one_event_alone
from compare.records import Document, FramingKind, PairComparison, Result, article_count


@dataclass(frozen=True, slots=True)
class OutletFraming:
    """One outlet's framing across the run's stories.

    Attributes:
        outlet: the outlet as :func:`~compare.disclosure.outlet` names it, case-folded.
        sources: the sources its documents give, sorted.
        documents: how many documents it has.
        articles: how many articles those are, each article's versions (an update, a
            correction) counted once (:func:`~compare.records.article_count`).
        compared_versions: its versions of sentence groups set against another document's
            representative (its own representatives are not).
        by_kind: each framing kind of those versions with how many carry it, by kind.
        made_by_kind: the same over its versions that changed the representative themselves
            (their pair's copy, or either side of a pair of two reports of one event that took
            nothing from each other, ``overlap.reports_one_event_alone``, whose own wording is
            its framing): the changes the outlet made, not those it carries from the rewrite it
            copied.
        headline_made_by_kind: the framing kinds its headlines changed of the headlines they
            were copied from (``PairComparison.headline_framing``, its document the pair's
            copy), each kind counted once a document, by kind.
        headline_claims: how many of its documents' headlines claim more than their own text
            (``Result.headline_claims``).
    """

    outlet: str
    sources: tuple[str, ...]
    documents: int
    articles: int
    compared_versions: int
    by_kind: tuple[tuple[FramingKind, int], ...]
    made_by_kind: tuple[tuple[FramingKind, int], ...]
    headline_made_by_kind: tuple[tuple[FramingKind, int], ...] = ()
    headline_claims: int = 0

    @property
    def name(self) -> str:
        """The source its documents give, or its outlet where they give several."""
        return self.sources[0] if len(self.sources) == 1 else self.outlet


def outlet_framing(result: Result) -> list[OutletFraming]:
    """Each outlet of the run, by outlet, with the framing of its versions of sentence groups.

    Counted against each group's representative, not against every other article that carries
    the sentence: an outlet's counts grow with what it reports, not with how many others report
    it too (a wire story reprinted by 300 outlets has 299 other versions of each sentence). An
    aggregator's verbatim copy of a rewrite carries the rewrite's changes, but its pair with the
    wire names no direction, so it made none of them.

    >>> from compare import Document, compare_documents
    >>> wire = Document("wire", "Wire", "Police said 12 people were hurt in the blast on Monday.",
    ...     published="2025-01-02")
    >>> daily = Document("daily", "Daily", "Police claimed 12 people were hurt in the blast on Monday.",
    ...     published="2025-01-03")
    >>> [(row.name, row.made_by_kind) for row in outlet_framing(compare_documents([daily, wire]))]
    [('Daily', ((<FramingKind.ATTRIBUTION_VERB: 'attribution_verb'>, 1),)), ('Wire', ())]
    """
    outlet_of = {d.id: outlet(d) for d in result.documents}
    sources: defaultdict[str, set[str]] = defaultdict(set)
    members: defaultdict[str, list[Document]] = defaultdict(list)
    for d in result.documents:
        sources[outlet_of[d.id]].add(d.source)
        members[outlet_of[d.id]].append(d)
    compared: Counter[str] = Counter()
    kinds: defaultdict[str, Counter[FramingKind]] = defaultdict(Counter)
    made: defaultdict[str, Counter[FramingKind]] = defaultdict(Counter)
    copy_of = copy_of_pairs(result.pairs)
    # Two reports of one event took nothing from each other: each worded the facts its own way.
    of_one_event = {frozenset((p.a, p.b)) for p in result.pairs if reports_one_event_alone(p)}
    for group in result.groups:
        for version in group.versions:
            if version.kind is not None:
                compared[outlet_of[version.doc]] += 1
                kinds[outlet_of[version.doc]].update(version.framing)
                with_shown = frozenset((group.representative.doc, version.doc))
                if copy_of.get(with_shown) == version.doc or with_shown in of_one_event:
                    made[outlet_of[version.doc]].update(version.framing)
    headline_kinds: defaultdict[str, set[FramingKind]] = defaultdict(set)
    for pair in result.pairs:
        for note in pair.headline_framing:
            if pair.copy is not None:
                as_changed = note.kind.mirrored if pair.copy == pair.a else note.kind
                headline_kinds[pair.copy].add(as_changed)
    headlines_made: defaultdict[str, Counter[FramingKind]] = defaultdict(Counter)
    for doc, changed in headline_kinds.items():
        headlines_made[outlet_of[doc]].update(changed)
    claiming: defaultdict[str, set[str]] = defaultdict(set)
    for claim in result.headline_claims:
        claiming[outlet_of[claim.doc]].add(claim.doc)
    return [
        OutletFraming(
            outlet=name,
            sources=tuple(sorted(sources[name])),
            documents=len(members[name]),
            articles=article_count(members[name]),
            compared_versions=compared[name],
            by_kind=tuple(sorted(kinds[name].items())),
            made_by_kind=tuple(sorted(made[name].items())),
            headline_made_by_kind=tuple(sorted(headlines_made[name].items())),
            headline_claims=len(claiming[name]),
        )
        for name in sorted(members)
    ]


def copy_of_pairs(pairs: Iterable[PairComparison]) -> dict[frozenset[str], str | None]:
    """Each pair's copy (``None`` without a direction), by the pair's two ids."""
    return {frozenset((p.a, p.b)): p.copy for p in pairs}
