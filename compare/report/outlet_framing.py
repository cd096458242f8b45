"""Framing by outlet: per outlet of a run, the framing notes of its sentences read against the
article it took them from, by kind, and against the first version of them. report.json's
``sources[]``, the index's table "Framing by outlet" and ``framing.csv``'s rows by
``copy_outlet`` all count them so.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from compare.disclosure import outlet
from compare.overlap import reports_one_event_alone
from compare.records import (
    Document,
    FramingKind,
    PairComparison,
    Result,
    Sentence,
    article_count,
    dated_as_trusted,
    origins_and_copies,
)
from compare.stories import in_lead_order


@dataclass(frozen=True, slots=True)
class OutletFraming:
    """One outlet's framing across the run's stories.

    Attributes:
        outlet: the outlet as :func:`~compare.disclosure.outlet` names it, case-folded.
        sources: the sources its documents give, sorted.
        documents: how many documents it has.
        articles: how many articles those are, each article's versions (an update, a
            correction) counted once (:func:`~compare.records.article_count`).
        compared_versions: its sentences aligned with the article each was taken from (its
            documents' sentences that their pairs as the copy align, or as the later of two
            reports of one event that took nothing from each other,
            ``overlap.reports_one_event_alone``, whose own wording is its framing), a sentence
            that several such pairs align counting once.
        by_kind: each framing kind its sentences carry with how many do, read against the first
            version of each: the article upstream of it that took from none (a rewrite's changes
            carried by its verbatim copy count here), or the other report of one event.
        made_by_kind: each framing kind of its compared sentences with how many changed it from
            the article they were taken from: the changes the outlet made, not those it carries
            from the rewrite it copied, nor its updates of its own text; what
            ``framing.csv``'s ``directed`` rows of ``found_in`` ``sentence`` or ``quotation`` by
            ``copy_outlet`` count, each kind once a sentence, but those whose ``origin_outlet``
            is their ``copy_outlet``.
        headline_made_by_kind: the framing kinds its headlines changed of the headlines they
            were copied from (``PairComparison.headline_framing``, its document the pair's
            copy, of another outlet's), each kind counted once a document, by kind.
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

    Counted against the article each sentence was taken from, not against every other article
    that carries it: an outlet's counts grow with what it reports, not with how many others
    report it too (a wire story reprinted by 300 outlets has 299 other versions of each
    sentence), nor with which version a story's sentence group shows. An aggregator's verbatim
    copy of a rewrite carries the rewrite's changes, but took the sentences from the rewrite, so
    it made none of them; the wire, the first version, neither made nor carries any.

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
    charged = list(_charged_pairs(result))
    # What each charged document changed of the article it took from (framing.csv's directed
    # rows), whichever version a sentence group shows.
    changed_by_copy = _sentences_read(charged)
    compared: Counter[str] = Counter()
    made: defaultdict[str, Counter[FramingKind]] = defaultdict(Counter)
    for (copy, _), kinds_made in changed_by_copy.items():
        compared[outlet_of[copy]] += 1
        made[outlet_of[copy]].update(kinds_made)
    kinds: defaultdict[str, Counter[FramingKind]] = defaultdict(Counter)
    for (doc, _), kinds_carried in _carried_sentences(result, charged).items():
        kinds[outlet_of[doc]].update(kinds_carried)
    headline_kinds: defaultdict[str, set[FramingKind]] = defaultdict(set)
    for pair in result.pairs:
        for note in pair.headline_framing:
            if pair.copy is not None and not pair.same_source:
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


# A document's sentences, as a match's span or a shared quotation numbers them.
_Sentences = tuple[str, tuple[int, ...]]


def _charged_pairs(result: Result) -> Iterator[tuple[str, PairComparison]]:
    """Each pair whose framing notes one of its two documents made of another outlet's text,
    with that document: a directed pair's copy, but for one outlet's two texts (a later version
    of its article, its write-through), whose changes are its updates, as the story page's
    version lines tell them: an agency that raised its own toll between two updates framed no
    one's copy; of two reports of one event alone, the later in its story's order
    (:func:`in_publication_order`), as the story page's "How each report words the facts" tells
    it."""
    for pair in result.all_pairs:
        if pair.copy is not None and not pair.same_source:
            yield pair.copy, pair
    for story in result.stories:
        of_one_event = [p for p in result.pairs_in[story.id] if reports_one_event_alone(p)]
        if of_one_event:
            members = [result.by_id[d] for d in story.documents]
            rank = {
                d.id: n
                for n, d in enumerate(
                    in_publication_order(members, result.pairs_in[story.id], result.sentences)
                )
            }
            for pair in of_one_event:
                yield max((pair.a, pair.b), key=rank.__getitem__), pair


def _read_against(pair: PairComparison, reader: str) -> dict[tuple[int, ...], set[FramingKind]]:
    """``reader``'s sentences that ``pair`` aligns with the other document's, each with the
    kinds of its notes read from the other's version to the reader's: of its matches and of the
    quotations both carry that no match aligns."""
    mirrored = reader == pair.a
    read: defaultdict[tuple[int, ...], set[FramingKind]] = defaultdict(set)
    for match in pair.matches:
        kinds = (note.kind.mirrored if mirrored else note.kind for note in match.framing)
        read[(match.a if mirrored else match.b).sentences].update(kinds)
    for quotation in pair.shared_quotations:
        if quotation.framing:
            sentence = quotation.a_sentence if mirrored else quotation.b_sentence
            kinds = (note.kind.mirrored if mirrored else note.kind for note in quotation.framing)
            read[(sentence,)].update(kinds)
    return read


def _sentences_read(
    readings: Iterable[tuple[str, PairComparison]],
) -> dict[_Sentences, set[FramingKind]]:
    """Each reader's sentences that its pair aligns, of each (reader, pair) of ``readings``,
    with the framing kinds read from the other's version to its own, a sentence once."""
    read: defaultdict[_Sentences, set[FramingKind]] = defaultdict(set)
    for reader, pair in readings:
        for sentences, kinds in _read_against(pair, reader).items():
            read[reader, sentences] |= kinds
    return read


def _carried_sentences(
    result: Result, charged: Iterable[tuple[str, PairComparison]]
) -> dict[_Sentences, set[FramingKind]]:
    """Each document's sentences with the framing kinds they carry against the first version:
    a copy's read against each article upstream of it that took from none (a verbatim copy of a
    rewrite against the wire the rewrite changed); the later of two reports of one event alone
    against the other."""
    origins: defaultdict[str, set[str]] = defaultdict(set)
    by_two: dict[frozenset[str], PairComparison] = {}
    for pair in result.all_pairs:
        by_two[frozenset((pair.a, pair.b))] = pair
        if pair.origin is not None and pair.copy is not None:
            origins[pair.copy].add(pair.origin)
    against = [(reader, pair) for reader, pair in charged if pair.copy is None]
    for copy in sorted(origins):
        for first in sorted(_first_versions(copy, origins)):
            if (with_first := by_two.get(frozenset((first, copy)))) is not None:
                against.append((copy, with_first))
    return _sentences_read(against)


def _first_versions(copy: str, origins: Mapping[str, set[str]]) -> set[str]:
    """The articles upstream of ``copy``, by its pairs' directions, that took from none."""
    first: set[str] = set()
    seen: set[str] = set()
    upstream = [copy]
    while upstream:
        for origin in origins.get(upstream.pop(), ()):
            if origin not in seen:
                seen.add(origin)
                (upstream.append if origin in origins else first.add)(origin)
    return first


def in_publication_order(
    members: Sequence[Document],
    pairs: Sequence[PairComparison],
    sentences: Mapping[str, Sequence[Sentence]],
) -> list[Document]:
    """The story's articles, the first published first (undated ones where the pair directions
    place them, and of those no date or time orders the one that leads the story:
    ``stories.in_lead_order``), as the coverage table ranks them."""
    lead = in_lead_order(dated_as_trusted(members, pairs), sentences, origins_and_copies(pairs))
    rank = {d.id: n for n, d in enumerate(lead)}
    # The record is the origin of its pairs whatever the dates say (``DirectionBasis.RECORD``):
    # never the later article that changed a student's sentence.
    return sorted(members, key=lambda d: (not d.of_record, rank[d.id]))
