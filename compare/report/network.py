"""The run's reuse as a network: one edge per article that took text from another
(``edges.csv``), and per outlet, across stories, how much of its output reuses others' text (the
index's outlet table).

Both read who copied whom (``Result.taken``, the story pages' table of that name): each copy's
edges point at the articles it took its sentences from, a copy of a copy at the copy it took,
not at the wire behind it, so the edges form the network a researcher draws, not every pair that
shares text (``report.json``'s ``pairs[]`` give those): two towns' briefs of one template are no
edge, whichever was published first (``provenance`` traces nothing through a pair's
``template``). Two articles that share text where nothing tells which came first (two copies dated by the day alone) are an undirected edge of
``edges.csv``: who shares text with whom is the network still; the outlet table, which counts
who took from whom, leaves them out.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from compare.disclosure import outlet
from compare.overlap import SHARE_PLACES, reports_one_event_alone
from compare.provenance import taken_across
from compare.records import (
    EDGE_COLUMNS,
    DirectionBasis,
    Document,
    PairComparison,
    PressRelease,
    Result,
    Taken,
    Verdict,
    article_count,
    published_as_given,
)
from compare.report.against_record import CreditGiven, credit_given
from compare.report.dedup import inert


@dataclass(frozen=True, slots=True)
class Edge:
    """What ``copy`` took from ``origin`` in ``story``: the ``share`` of its words (see
    :class:`~compare.records.Taken`), whether it credits ``origin``, and their pair's
    ``verdict``, ``direction_basis`` (``None`` where the pair names no direction: the trace
    placed ``origin`` first by the story's order of publication), ``undisclosed`` and
    ``same_article`` flags (the copy is a later version of ``origin``'s article), whether
    ``origin`` is a press release (``Result.releases``), whether the edge is ``directed``:
    when not, which of the two came first is not known, and ``origin`` and ``copy`` are the
    pair's articles in the order of their ids (:func:`_undirected_edge`); and whether the two
    are ``same_source``, one outlet's (a wire's write-through of its own story: an update,
    not reuse). ``verdict`` and ``direction_basis`` are the pair's own enums, as
    :class:`~compare.records.PairComparison` gives them, each a ``str`` equal to its value.
    ``found_by`` says how the reuse was found: ``sentences`` copied or edited, which ``share``
    measures, or ``phrasing`` alone (:func:`phrased_edges`), whose ``share`` is of the copy's
    words in the phrases it shares, or a quotation given to the origin's outlet alone
    (``interview``: ``PairComparison.interview_quoted``), whose ``share`` is 0. ``credit`` says
    how the copy credits ``origin`` when ``credited``: by a name, or by news agencies in general
    alone, which names none (:func:`~compare.report.against_record.credit_given`); and
    ``longest_run_words`` is their pair's longest copied run, the figure an invoice quotes."""

    story: str
    origin: Document
    copy: Document
    verdict: Verdict
    share: float
    direction_basis: DirectionBasis | None
    credited: bool
    undisclosed: bool
    same_article: bool
    origin_press_release: bool
    credit: CreditGiven
    longest_run_words: int
    directed: bool = True
    same_source: bool = False
    found_by: str = "sentences"


@dataclass(frozen=True, slots=True)
class OutletReuse:
    """One outlet's reuse across the run's stories.

    Attributes:
        name: the source its documents give, or its :func:`~compare.disclosure.outlet` where
            they give several (one wire's files labelled by their paths).
        articles: its articles, each article's versions once (:func:`~compare.records.article_count`).
        share_taken: the mean, over its documents that are no press release, of the share of
            each one's words it took from other outlets' articles (:class:`Edge` ``share``,
            summed over the articles it took from); 0 for an outlet of press releases alone.
        from_releases: the same mean of the share each took from other outlets' press releases.
        undisclosed_from_releases: the same mean of the share each took from press releases
            without disclosing them (:func:`undisclosed_release_shares`).
        press_release: every document of the outlet is a press release (``Result.releases``):
            a source the news took from, not an outlet relying on others.
        reusing: those that took text from another outlet's article.
        uncredited: of those, the ones that credit not every outlet they took from.
        reused_by: other outlets' articles that took text from its articles.
        shared_uncredited: its articles that share text with another outlet's article, no third
            article holding it, neither crediting the other and which came first not known
            (``PairComparison.shared_uncredited``): a copy between two students that no
            direction puts among ``reusing``.
        sources: the outlets its articles took from, by name, each with how many of its
            articles took from it, most first (then by name).
    """

    name: str
    articles: int
    reusing: int
    uncredited: int
    reused_by: int
    shared_uncredited: int
    sources: tuple[tuple[str, int], ...]
    share_taken: float
    from_releases: float
    undisclosed_from_releases: float
    press_release: bool


def edges(result: Result) -> list[Edge]:
    """Every reuse of the run, one edge a copy and article it took from, by story (in story
    order), then by the origin's id and the copy's; a copy's edge to an article of another story
    (``Result.across``) under the copy's story; and an undirected edge for each pair of a story
    that shares text when which came first is not known (:func:`_unordered`).

    >>> from compare import Document, compare_documents
    >>> text = "Talks in Geneva ended on Monday without a deal."
    >>> wire = Document("wire", "Wire", text, published="2025-01-02")
    >>> daily = Document("daily", "Daily", text, published="2025-01-03")
    >>> [(e.origin.id, e.copy.id, e.verdict.value, e.direction_basis, e.undisclosed, e.directed)
    ...     for e in edges(compare_documents([daily, wire]))]
    [('wire', 'daily', 'copy', <DirectionBasis.PUBLISHED_DATE: 'published_date'>, True, True)]

    Two copies dated by the same day alone tell no order:

    >>> post = Document("post", "Post", text, published="2025-01-03")
    >>> [(e.origin.id, e.copy.id, e.verdict.value, e.direction_basis, e.directed)
    ...     for e in edges(compare_documents([post, daily]))]
    [('daily', 'post', 'copy', None, False)]
    """
    found = []
    across = {frozenset((p.a, p.b)): p for p in result.across}
    taken_between = taken_across(result.across)
    for story in result.stories:
        pairs = {frozenset((p.a, p.b)): p for p in result.pairs_in[story.id]} | across
        taken = (
            *result.taken.get(story.id, ()),
            *taken_between.get(story.id, ()),
        )
        traced = {frozenset((t.copy, t.origin)) for t in taken}
        unordered = (
            _undirected_edge(result, p)
            for p in result.pairs_in[story.id]
            if _unordered(p) and frozenset((p.a, p.b)) not in traced
        )
        # A check's result keeps only the pairs that hold a new article (see
        # pipeline.compare_against): what the archive's articles took from each other is traced
        # in its stories all the same, and has no pair to report.
        reported = (t for t in taken if frozenset((t.copy, t.origin)) in pairs)
        found += sorted(
            (
                *(_edge(result, pairs[frozenset((t.copy, t.origin))], t) for t in reported),
                *unordered,
            ),
            key=lambda e: (e.origin.id, e.copy.id),
        )
    return found


def phrased_edges(result: Result, run_edges: Sequence[Edge]) -> list[Edge]:
    """``run_edges`` (:func:`edges`) with an edge for each directed pair of a story whose copy
    took no sentence copied or edited from the other but rewords it in phrases they share, as
    who copied whom lists it ("derived, no sentence copied or edited, 52% in shared
    phrases"), each after its story's edges: a reworded lift is reuse a reader counts too
    (``found_by`` ``phrasing``); so is a quotation given to the origin's outlet that the copy
    carries without saying so, where nothing else is shared (``interview``). Not of a pair that took its phrasing through a third article,
    fills one template in, or is an outlet's follow-up of its own; the outlet table, which
    counts words copied or edited, does not read them.

    >>> from compare import Document, compare_documents
    >>> text = "Talks in Geneva ended on Monday without a deal."
    >>> wire = Document("wire", "Wire", text, published="2025-01-02")
    >>> result = compare_documents([wire, Document("daily", "Daily", text, published="2025-01-03")])
    >>> [e.found_by for e in phrased_edges(result, edges(result))]
    ['sentences']
    """
    found = {frozenset((e.origin.id, e.copy.id)) for e in run_edges}
    by_story: defaultdict[str, list[Edge]] = defaultdict(list)
    for edge in run_edges:
        by_story[edge.story].append(edge)
    for story in result.stories:
        by_story[story.id] += [
            _phrased_edge(result, p)
            for p in result.pairs_in[story.id]
            if frozenset((p.a, p.b)) not in found and _phrased_only(p)
        ]
    return [edge for story in result.stories for edge in by_story[story.id]]


def _phrased_only(pair: PairComparison) -> bool:
    """Whether the copy of a directed pair that reuses the other rewords it in shared phrases,
    or carries a quotation given to its outlet, alone: no word of it in sentences copied or
    edited, nor taken through a third article."""
    if pair.copy is None or pair.verdict is Verdict.INDEPENDENT:
        return False
    contained, phrased = (
        (pair.b_in_a, pair.b_phrases_in_a)
        if pair.copy == pair.b
        else (pair.a_in_b, pair.a_phrases_in_b)
    )
    return (
        not contained
        and (phrased > 0 or pair.interview_quoted is not None)
        and pair.common_origin is None
        and pair.common_wire is None
        and pair.taken_through is None
        and pair.taken_through_unknown is None
        and pair.template is None
        and not pair.follow_up
        and not pair.same_article
    )


def _phrased_edge(result: Result, pair: PairComparison) -> Edge:
    """The edge of a pair whose copy rewords the other in shared phrases alone
    (:func:`_phrased_only`)."""
    origin, copy = (pair.a, pair.b) if pair.copy == pair.b else (pair.b, pair.a)
    phrased = pair.b_phrases_in_a if copy == pair.b else pair.a_phrases_in_b
    return Edge(
        story=pair.story,
        origin=result.by_id[origin],
        copy=result.by_id[copy],
        verdict=pair.verdict,
        share=phrased,
        direction_basis=pair.direction_basis,
        credited=copy in pair.crediting,
        undisclosed=pair.undisclosed_reuse,
        same_article=False,
        origin_press_release=origin in result.releases,
        same_source=pair.same_source,
        found_by="phrasing" if phrased else "interview",
        credit=credit_given(pair, result.by_id[copy], result.by_id[origin], copy in pair.crediting),
        longest_run_words=pair.longest_run_words,
    )


def _unordered(pair: PairComparison) -> bool:
    """Whether one article of ``pair`` reuses the other's text, as the index's who copied whom
    lists it, with which came first not known: not text both took from a third article
    (``common_origin``), or that one took through a third (``taken_through``: a blog's copy of
    a site's copy of the wire, beside the wire) or through others (``taken_through_unknown``),
    nor one template filled in for two events, nor two reports of one event
    (``overlap.reports_one_event_alone``); and some words of one in sentences copied or edited
    from the other."""
    return (
        pair.direction is None
        and not reports_one_event_alone(pair)
        and pair.verdict is not Verdict.INDEPENDENT
        and pair.common_origin is None
        and pair.common_wire is None
        and pair.taken_through is None
        and pair.taken_through_unknown is None
        and pair.template is None
        and bool(pair.a_in_b or pair.b_in_a)
    )


def _undirected_edge(result: Result, pair: PairComparison) -> Edge:
    """The edge of a pair whose order is not known (:func:`_unordered`): its articles in the
    order of their ids, the second's share its containment in the first (the pair's
    ``b_in_a`` or ``a_in_b``), credited when it credits the first or is of its outlet."""
    origin, copy = sorted((pair.a, pair.b))
    return Edge(
        story=pair.story,
        origin=result.by_id[origin],
        copy=result.by_id[copy],
        verdict=pair.verdict,
        share=pair.b_in_a if copy == pair.b else pair.a_in_b,
        direction_basis=None,
        credited=pair.same_source or copy in pair.crediting,
        undisclosed=pair.undisclosed_reuse,
        same_article=pair.same_article,
        origin_press_release=origin in result.releases,
        directed=False,
        same_source=pair.same_source,
        credit=credit_given(
            pair,
            result.by_id[copy],
            result.by_id[origin],
            pair.same_source or copy in pair.crediting,
        ),
        longest_run_words=pair.longest_run_words,
    )


def _edge(result: Result, pair: PairComparison, taken: Taken) -> Edge:
    basis = pair.direction_basis if pair.origin == taken.origin else None
    return Edge(
        story=pair.story,
        origin=result.by_id[taken.origin],
        copy=result.by_id[taken.copy],
        verdict=pair.verdict,
        share=taken.share,
        direction_basis=basis,
        credited=taken.credited,
        undisclosed=pair.undisclosed_reuse,
        same_article=pair.same_article,
        origin_press_release=taken.origin in result.releases,
        same_source=pair.same_source,
        directed=pair.origin is not None,
        credit=credit_given(
            pair, result.by_id[taken.copy], result.by_id[taken.origin], taken.credited
        ),
        longest_run_words=pair.longest_run_words,
    )


def render_edges(
    run_edges: Sequence[Edge], latest_versions: Mapping[str, str] | None = None
) -> str:
    """``edges.csv``: a header row (``records.EDGE_COLUMNS``), then one row an :class:`Edge` of
    ``run_edges`` (:func:`edges`); each document by its id, source and outlet
    (:func:`~compare.disclosure.outlet`, as report.json's documents give it), by its
    address and its publication as it gives it (:func:`~compare.records.published_as_given`;
    empty cells where not known), and, last, by its article: the id of its article's latest
    version, by ``latest_versions`` (``ClusterMember.latest_version`` by document), else its
    own: a crawler's two saves of one article are two rows, one article; after the columns
    added since, each one's publication in UTC (``Document.published_time``), as dedup's rows
    give it: a column of times at their own offsets sorts a Gulf paper's "12:00:00+04:00"
    after a wire's "08:30:00Z" it came before. ``true`` and
    ``false`` for the flags, an empty cell for no direction basis, and text that a spreadsheet
    would run as a formula made inert.

    >>> from compare import Document, compare_documents
    >>> text = "Talks in Geneva ended on Monday without a deal."
    >>> wire = Document("wire", "Wire", text, published="2025-01-02")
    >>> daily = Document("daily", "Daily", text, published="2025-01-03")
    >>> print(render_edges(edges(compare_documents([daily, wire]))), end="")
    story,origin,origin_source,origin_outlet,copy,copy_source,copy_outlet,verdict,share,direction_basis,credited,undisclosed,same_article,origin_press_release,directed,same_source,origin_url,origin_published,copy_url,copy_published,found_by,origin_article,copy_article,credit,longest_run_words,origin_published_time,copy_published_time
    story-001,wire,Wire,wire,daily,Daily,daily,copy,1.0,published_date,false,true,false,false,true,false,,2025-01-02,,2025-01-03,sentences,wire,daily,none,9,,
    """
    latest = latest_versions or {}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EDGE_COLUMNS)
    writer.writerows(
        [
            inert(cell) if isinstance(cell, str) else cell
            for cell in (
                e.story,
                e.origin.id,
                e.origin.source,
                outlet(e.origin),
                e.copy.id,
                e.copy.source,
                outlet(e.copy),
                e.verdict,
                e.share,
                e.direction_basis or "",
                csv_flag(e.credited),
                csv_flag(e.undisclosed),
                csv_flag(e.same_article),
                csv_flag(e.origin_press_release),
                csv_flag(e.directed),
                csv_flag(e.same_source),
                e.origin.url or "",
                published_as_given(e.origin) or "",
                e.copy.url or "",
                published_as_given(e.copy) or "",
                e.found_by,
                latest.get(e.origin.id, e.origin.id),
                latest.get(e.copy.id, e.copy.id),
                e.credit,
                e.longest_run_words,
                e.origin.published_time or "",
                e.copy.published_time or "",
            )
        ]
        for e in run_edges
    )
    return out.getvalue()


def csv_flag(value: bool) -> str:
    """A flag as the run's CSV files write it: ``true`` or ``false``."""
    return "true" if value else "false"


def outlet_reuse(result: Result, run_edges: Sequence[Edge]) -> list[OutletReuse]:
    """Per outlet whose articles took text from another outlet's, whose text another took, or
    that shares text uncredited with another's (``PairComparison.shared_uncredited``), its reuse
    across stories (:class:`OutletReuse`), by the run's ``run_edges``
    (:func:`edges`, its directed ones: who took from whom); those that rely most on others' text first (the highest ``share_taken``,
    then the most involved: its articles that reuse others and others' that reuse it,
    together, then by name), and outlets of press releases after them all, which the news took
    from rather than relying on others. An outlet's own earlier version of an article is no
    other outlet's.

    >>> from compare import Document, compare_documents
    >>> text = "Talks in Geneva ended on Monday without a deal."
    >>> wire = Document("wire", "Wire", text, published="2025-01-02")
    >>> daily = Document("daily", "Daily", text, published="2025-01-03")
    >>> result = compare_documents([daily, wire])
    >>> [(r.name, r.reusing, r.reused_by, r.share_taken) for r in outlet_reuse(result, edges(result))]
    [('Daily', 1, 0, 1.0), ('Wire', 0, 1, 0.0)]

    An outlet whose articles only share text uncredited with another's, which came first not
    known (``shared_uncredited``), is ranked too, after those that took text.
    """
    releases = result.releases
    members: defaultdict[str, list[Document]] = defaultdict(list)
    for document in result.documents:
        members[_outlet_of(document, releases)].append(document)
    names = {key: _name(documents, key, releases) for key, documents in members.items()}
    # Per copy, per outlet it took from: whether it credits every article of it it took from.
    took: defaultdict[str, dict[str, bool]] = defaultdict(dict)
    # Per copy, the share of its words taken from other outlets.
    share: defaultdict[str, float] = defaultdict(float)
    for edge in run_edges:
        copy, origin = _outlet_of(edge.copy, releases), _outlet_of(edge.origin, releases)
        if copy != origin and edge.directed:
            credited = took[edge.copy.id].get(origin, True)
            took[edge.copy.id][origin] = credited and edge.credited
            share[edge.copy.id] += edge.share
    from_releases = release_shares(result, run_edges)
    undisclosed = undisclosed_release_shares(result, run_edges)
    reusing: Counter[str] = Counter()
    uncredited: Counter[str] = Counter()
    reused_by: Counter[str] = Counter()
    sources: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for copy_id, origins in took.items():
        copy = _outlet_of(result.by_id[copy_id], releases)
        reusing[copy] += 1
        uncredited[copy] += not all(origins.values())
        sources[copy].update(names[origin] for origin in origins)
        reused_by.update(origins.keys())
    # Per outlet, its articles in a pair flagged shared uncredited, each once.
    sharing: defaultdict[str, set[str]] = defaultdict(set)
    for pair in result.all_pairs:
        if pair.shared_uncredited:
            for doc in (pair.a, pair.b):
                sharing[_outlet_of(result.by_id[doc], releases)].add(doc)
    involved = reusing.keys() | reused_by.keys() | sharing.keys()
    articles = {
        key: [d.id for d in documents if d.id not in result.releases]
        for key, documents in members.items()
    }
    return sorted(
        (
            OutletReuse(
                name=names[key],
                articles=article_count(members[key]),
                reusing=reusing[key],
                uncredited=uncredited[key],
                reused_by=reused_by[key],
                shared_uncredited=len(sharing[key]),
                sources=tuple(sorted(sources[key].items(), key=lambda item: (-item[1], item[0]))),
                share_taken=_mean_share(share, articles[key]),
                from_releases=_mean_share(from_releases, articles[key]),
                undisclosed_from_releases=_mean_share(undisclosed, articles[key]),
                press_release=not articles[key],
            )
            for key in involved
        ),
        key=lambda row: (
            row.press_release,
            -row.share_taken,
            -(row.reusing + row.reused_by + row.shared_uncredited),
            row.name,
        ),
    )


def undisclosed_release_shares(result: Result, run_edges: Sequence[Edge]) -> dict[str, float]:
    """Per article that took text from another outlet's press release without disclosing it, by
    its id, the share of its words so taken (:func:`release_shares`), summed over the releases
    it does not disclose, at most its whole text, to ``overlap.SHARE_PLACES`` places: the
    release copy it passes off as its own. Its own disclosure decides, not that of the article
    it took the release's text through: its pair with the release credits it, or, where it
    took the text straight from the release, its :class:`Edge` is not ``undisclosed``.

    >>> from compare import Document, compare_documents
    >>> text = "The Mill Lane library will close for eight weeks from Monday for roof repairs."
    >>> release = Document("r", "Kestrel Council", text, published="2025-03-14", press_release=True)
    >>> paste = Document("p", "Ardley Post", text, published="2025-03-15")
    >>> result = compare_documents([release, paste])
    >>> undisclosed_release_shares(result, edges(result))
    {'p': 1.0}
    """
    direct = {(e.copy.id, e.origin.id): e.undisclosed for e in run_edges if e.directed}
    pairs = {frozenset((p.a, p.b)): p for p in (*result.pairs, *result.across)}

    def undisclosed(copy: str, release: str) -> bool:
        if (copy, release) in direct:
            return direct[(copy, release)]
        pair = pairs.get(frozenset((copy, release)))
        return pair is not None and copy not in pair.crediting

    shares = {
        copy: sum(share for release, share in taken.items() if undisclosed(copy, release))
        for copy, taken in _release_text(result, run_edges).items()
    }
    return {copy: _at_most_whole(share) for copy, share in shares.items() if share}


def release_shares(result: Result, run_edges: Sequence[Edge]) -> dict[str, float]:
    """Per article that holds text of another outlet's press release, by its id, the share of
    its words that are the release's, disclosed or not, at most its whole text, to
    ``overlap.SHARE_PLACES`` places. The text is followed to its origin along the run's
    ``directed`` edges: a copy of a paper's paste of a release holds release copy, though its
    edge goes to the paper it took it from; the share it took from an article counts for that
    article's releases in the proportions that article holds them.

    >>> from compare import Document, compare_documents
    >>> text = "The Mill Lane library will close for eight weeks from Monday for roof repairs."
    >>> release = Document("r", "Kestrel Council", text, published="2025-03-14", press_release=True)
    >>> paste = Document("p", "Ardley Post", text, published="2025-03-15")
    >>> relay = Document("n", "Newsfeed Now", text, published="2025-03-16")
    >>> result = compare_documents([release, paste, relay])
    >>> release_shares(result, edges(result))
    {'n': 1.0, 'p': 1.0}
    """
    return {
        copy: _at_most_whole(sum(taken.values()))
        for copy, taken in _release_text(result, run_edges).items()
    }


def _release_text(result: Result, run_edges: Sequence[Edge]) -> dict[str, dict[str, float]]:
    """Per article, by its id, in order, the share of its words that each press release of
    another outlet holds (:func:`release_shares`), by the release's id."""
    releases = result.releases
    took_from: defaultdict[str, list[Edge]] = defaultdict(list)
    for edge in run_edges:
        if edge.directed:
            took_from[edge.copy.id].append(edge)
    traced: dict[str, dict[str, float]] = {}

    def trace(document: str, through: frozenset[str]) -> dict[str, float]:
        if document in traced:
            return traced[document]
        found: defaultdict[str, float] = defaultdict(float)
        for edge in took_from[document]:
            if edge.origin_press_release:
                found[edge.origin.id] += edge.share
            # A cycle of directions would trace a text back to itself: it holds no release.
            elif edge.origin.id not in through:
                for release, share in trace(edge.origin.id, through | {document}).items():
                    found[release] += edge.share * min(share, 1.0)
        traced[document] = dict(found)
        return traced[document]

    text = {
        copy: {
            release: share
            for release, share in trace(copy, frozenset()).items()
            if _outlet_of(result.by_id[copy], releases)
            != _outlet_of(result.by_id[release], releases)
        }
        for copy in sorted(took_from)
    }
    return {copy: taken for copy, taken in text.items() if taken}


def _at_most_whole(share: float) -> float:
    return round(min(share, 1.0), SHARE_PLACES)


def shown_source(document: Document, releases: Mapping[str, PressRelease]) -> str:
    """The source a report names a document by: a press release whose source is not its issuer
    (the newswire that carried it) by its issuer first, "Acme Robotics press release (Business
    Wire)", so that two companies' releases on one wire are not one outlet's; else its source.

    >>> wire = Document("acme-q3", "Business Wire", "")
    >>> shown_source(wire, {"acme-q3": PressRelease("Acme Robotics")})
    'Acme Robotics press release (Business Wire)'
    >>> shown_source(Document("acme", "Acme Robotics plc", ""), {"acme": PressRelease("Acme Robotics")})
    'Acme Robotics plc'
    """
    release = releases.get(document.id)
    issuer = release.issuer if release else None
    if not issuer or issuer.casefold() in document.source.casefold():
        return document.source
    return f"{issuer} press release ({document.source})"


def _outlet_of(document: Document, releases: Mapping[str, PressRelease]) -> str:
    """The outlet a document counts for in the outlet table: its :func:`outlet`, but a press
    release carried by a newswire counts for its issuer (:func:`shown_source`)."""
    shown = shown_source(document, releases)
    return outlet(document) if shown == document.source else shown.casefold()


def _mean_share(shares: Mapping[str, float], documents: Sequence[str]) -> float:
    """The mean of ``shares`` over ``documents`` (none: 0), to ``overlap.SHARE_PLACES`` places,
    each document's share at most its whole text: a story's who copied whom gives each sentence
    of a copy one source, but a share taken from another story's article (a round-up's, see
    ``provenance.taken_across``) is its pair's containment, which may count a sentence again."""
    if not documents:
        return 0.0
    return round(
        sum(min(shares.get(d, 0.0), 1.0) for d in documents) / len(documents), SHARE_PLACES
    )


def _name(documents: Sequence[Document], key: str, releases: Mapping[str, PressRelease]) -> str:
    """An outlet's name: the source its documents give (:func:`shown_source`), or its key where
    they give several."""
    given = {shown_source(d, releases) for d in documents}
    return given.pop() if len(given) == 1 else key
