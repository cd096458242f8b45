"""Near-duplicate clusters: documents that are copies or light rewrites of one another.

Two documents are near-duplicates when their pair's verdict is ``copy`` or ``derived``: most of
one is made of the other's sentences, copied or lightly edited. Paraphrases and shared quotations
never make a verdict, so independent reports of one event stay apart; and a document joins no
other that holds none of its words in sentences copied or edited (a containment of 0), whatever
phrasing the two share: two outlets' live pages on one event, each made of short entries in the
same stock phrases, are no copies of each other. Documents with the same sentences are
near-duplicates even when they landed in different stories, and versions of one article
(``records.articles``) whatever their verdict: an article's versions always share a cluster.

Clusters are stars, like sentence groups. Documents are taken in order (the first published, as
every stage asks it: ``records.first_published_keys``, but every undated one, or one whose text
contradicts its date, after every dated one, wherever the pair directions place it: a feed's
undated repost is not known to be earlier than a dated copy; unless a pair names it the origin
by what it is or by credit, a news agency's text, a press release or one its copies credit, as
the reports' who copied whom does; and one so named is published no later than the earliest of
the copies it is named the origin of so, as who copied whom puts an agency's story of 04:00
before a crediting copy that a clock in the wrong zone stamped 03:30; of those that tie on it
(of one day, unless every article of that day gives its time; those that give one still go in
the order of their times, but never before an origin the directions name: a site's zone-less
spin of a paper's report of 19:45 comes after it), the origin a pair's direction names, but for one told by a news
agency's dateline alone, which two papers' copies of one wire story may both keep; then the
longest text, or of papers that ran one wire's copy, which tie as of the first one's day, the
one that holds the most of the others' copies; then the timed one; then the smallest id, so that
input order does not matter): each joins the canonical document before it that holds
most of its words, among those it is a near-duplicate of (of equal shares, the earlier one), or
else is the canonical document of a cluster of its own. Two that took what they share from a third
article (their pair's ``common_origin``) join each other only where that third article joined
the canonical one too: copies of a wire story whose own text the run lacks share the cluster of
the copy they all took it from. Each member is therefore a copy or
rewrite of its canonical document itself, not only of some other member, and a verbatim copy
joins the document it copies rather than an earlier one it merely resembles. The documents
with one text (a page and its re-scan among them) and the versions of one article go as one, where the first of them in that order
goes: a paper's update that a rival's copy of its first version holds more of than the wire the
paper rewrote stays with its first version, in the wire's cluster, not in the rival's.

Each member says how it relates to its canonical document (a copy, a rewrite, a later version of
an article in the cluster) from the pair that joined them, and every member names the cluster's
``current`` one, the one a reader should see: the latest version of the canonical document's
article among the members, as a wire's corrected death toll supersedes its first report. It is
the cluster's, not each member's article's: a feed kept to its current members is one article a
cluster, and a paper's rewrite of the wire is shown as the wire, whatever the paper updated. Each
member also names its own article's ``latest_version`` (itself when it has no later one): a feed
kept to those is one row per article, the paper's corrected rewrite beside the wire.

A cluster's id is its canonical document's fingerprint. Documents with the same sentences always
share a cluster, so no two clusters have canonical documents with one fingerprint: unrelated
stories get different ids, and a story keeps its id for as long as its canonical document stays
canonical.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import pairwise

from compare.records import (
    ClusterMember,
    DirectionBasis,
    Document,
    PairComparison,
    PublicationKey,
    Relation,
    Sentence,
    Verdict,
    all_timed,
    articles,
    dated_as_trusted,
    first_published_keys,
    linked_groups,
    origins_and_copies,
    text_out,
    version_ranks,
)

NEAR_DUPLICATE = (Verdict.COPY, Verdict.DERIVED)
# 48 bits: in a feed of a million clusters, two share an id with a chance of about 1 in 500
# (with 32 bits, a feed of 100,000 clusters would expect one such pair).
CLUSTER_ID_DIGITS = 12


def fingerprint(sentences: Sequence[Sentence]) -> str:
    """A digest of a document's sentences in their matching form: texts that differ only in
    spacing, case or typography share it, whatever their documents' ids or files.

    >>> from compare.segment import segment
    >>> texts = ("Talks  ended on Monday.", "TALKS ended on Monday.", "Talks ended on Friday.")
    >>> a, b, c = (fingerprint(segment(Document(t, t, t))) for t in texts)
    >>> a == b, a == c
    (True, False)
    """
    # A key has its whitespace collapsed to single spaces, so line breaks keep sentences apart.
    keys = "\n".join(s.key for s in sentences)
    return hashlib.sha256(keys.encode("utf-8")).hexdigest()


def cluster_id(canonical_fingerprint: str) -> str:
    """A cluster's id, from its canonical document's :func:`fingerprint` alone: unrelated
    documents added to a later run, or a new input order, leave it as it was."""
    return short_id("dup", canonical_fingerprint)


def short_id(kind: str, digest: str) -> str:
    """An id that holds across runs, of a ``kind`` of thing, from a hex ``digest`` of what it
    is made of: a near-duplicate cluster's (``dup-``), a story's key (``st-``).

    >>> short_id("dup", "c4a58baa4755e1f09d")
    'dup-c4a58baa4755'
    """
    return f"{kind}-{digest[:CLUSTER_ID_DIGITS]}"


def cluster_near_duplicates(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    pairs: Sequence[PairComparison],
    boilerplate: frozenset[tuple[str, int]],
) -> tuple[ClusterMember, ...]:
    """Every document's cluster, in input order; a document without near-duplicates is a
    cluster of its own. Boilerplate (a credit line) does not make a text more complete.

    >>> from compare.pipeline import compare_documents
    >>> text = "Talks in Geneva ended on Monday without a deal."
    >>> wire = Document("wire", "Wire", text, published="2025-01-02")
    >>> daily = Document("daily", "Daily", text, published="2025-01-03")
    >>> [(m.doc, m.canonical, m.containment) for m in compare_documents([daily, wire]).clusters]
    [('daily', 'wire', 1.0), ('wire', 'wire', 1.0)]
    """
    contained: dict[tuple[str, str], float] = {}
    verdicts: dict[tuple[str, str], Verdict] = {}
    partners: defaultdict[str, set[str]] = defaultdict(set)
    through: dict[tuple[str, str], str] = {}
    for pair in pairs:
        if pair.verdict in NEAR_DUPLICATE:
            contained[(pair.a, pair.b)] = pair.a_in_b
            contained[(pair.b, pair.a)] = pair.b_in_a
            verdicts[(pair.a, pair.b)] = verdicts[(pair.b, pair.a)] = pair.verdict
            for doc, other, share in ((pair.a, pair.b, pair.a_in_b), (pair.b, pair.a, pair.b_in_a)):
                # A document joins only one that holds some of its words.
                if not share:
                    continue
                if pair.common_origin is None:
                    partners[doc].add(other)
                else:
                    through[(doc, other)] = pair.common_origin
    fingerprints = {d.id: fingerprint(sentences[d.id]) for d in documents}
    # A page and its re-scan are one printed text, as two files of one text are: the re-scan
    # relates to the cluster's canonical as its page does, not as a rewrite of it because its
    # misreads kept a sentence from aligning word for word.
    texts = _scans_as_one(fingerprints, pairs, documents)
    words = {
        d.id: sum(len(s.tokens) for s in sentences[d.id] if (d.id, s.index) not in boilerplate)
        for d in documents
    }
    trusted = dated_as_trusted(documents, pairs)
    keys = first_published_keys(trusted, origins_and_copies(pairs), all_timed=all_timed(trusted))
    # An undated record goes after every dated one, wherever the pair directions place it: a
    # feed's undated copy that keeps the agency's dateline is no earlier publication to keep.
    # One the directions name the origin by what it is, or by credit, goes where they place it,
    # as compare run's who copied whom has it: a wire's text dated "March 12 (AP)", no year.
    first_by_kind = origins_by_kind(pairs)
    wire_copies = linked_groups(
        [d.id for d in trusted], [(p.a, p.b) for p in pairs if p.common_wire is not None]
    )
    # Of papers that ran one wire's copy, the most complete holds the most of the others'
    # (words of theirs); against another paper they weigh as their longest copy, in words of
    # its own as the other's are (a paper alone is a group of one, its longest copy itself).
    held = _wire_copy_held(pairs, words)
    longest = {doc: max(words[d] for d in group) for group in wire_copies for doc in group}
    # An article's versions go by their own times, not as trusted: a date a pair set aside was
    # the first version's publication, which its update's modification is counted after, and
    # without it the update ranked first (acceptance round 41, b10).
    ranks = version_ranks(documents)
    order = _in_publication_order(
        trusted,
        _wire_copies_tied(
            {
                d.id: (d.published is None and d.id not in first_by_kind, *keys[d.id][:3])
                for d in trusted
            },
            wire_copies,
        ),
        {d.id: (-longest[d.id], -held.get(d.id, words[d.id]), keys[d.id], d.id) for d in trusted},
        [*_who_wrote_first(pairs), *_version_order(trusted)],
        # A later version's text came out when it was modified (see records.text_out).
        {d.id: (text_out(d) if ranks[d.id] else d).published_time for d in trusted},
        origins_and_copies(pair for pair in pairs if pair.direction_basis in KIND_OR_CREDIT),
    )
    rank = {d.id: n for n, d in enumerate(order)}
    by_id = {d.id: d for d in documents}
    # Each version of an article by its first version: the first modified, of those modified
    # alike the first its outlet published, then the first in that order (every other document
    # is the first and only version of its own). A version whose date a pair set aside goes
    # after the dated ones in that order, yet the outlet's update of it is the later version.
    published = {d.id: d.published_time for d in documents}
    first_version = {
        version.id: min(
            versions, key=lambda v: (ranks[v.id], published[v.id] is None, published[v.id] or "")
        ).id
        for versions in articles(by_id[d.id] for d in order)
        for version in versions
    }
    leads = _leads(order, texts, first_version)
    # Two that took what they share from a third article (``common_origin``) are no copy or
    # rewrite of each other: a paper's copy of a rewrite joins no blog that copied the rewrite
    # too, whichever of the two is canonical. Unless that third article is in the other's
    # cluster, joined to it as its canonical: then all three print one text, as 66 papers'
    # copies of a wire story the run does not hold all print one of them, and they go as one.
    # The third article may come after the copy in that order, so the joining is done again
    # with the pairs so found until it finds no more (each round adds pairs, so it ends).
    while True:
        joined = _joined(order, leads, partners, contained, verdicts, rank)
        joinable = {
            (doc, other)
            for (doc, other), origin in through.items()
            if other not in partners[doc]
            and joined.get(other, _NOT_JOINED).canonical == other
            and joined.get(leads.get(origin, origin), _NOT_JOINED).canonical == other
        }
        if not joinable:
            break
        for doc, other in joinable:
            partners[doc].add(other)
    joined |= _later_versions(
        {doc: joined[lead].canonical for doc, lead in leads.items() if doc != lead},
        texts,
        leads,
        joined,
        pairs,
    )
    latest = _latest_versions(by_id, first_version, rank)
    members = []
    for document in documents:
        found = joined[document.id]
        members.append(
            ClusterMember(
                document.id,
                cluster_id(fingerprints[found.canonical]),
                found.canonical,
                found.containment,
                latest[found.canonical][0],
                _relation(
                    document.id,
                    found,
                    later_version=first_version.get(document.id, document.id) != document.id,
                ),
                *latest[document.id],
            )
        )
    return tuple(members)


def _joined(
    order: Sequence[Document],
    leads: Mapping[str, str],
    partners: Mapping[str, AbstractSet[str]],
    contained: Mapping[tuple[str, str], float],
    verdicts: Mapping[tuple[str, str], Verdict],
    rank: Mapping[str, int],
) -> dict[str, _Joined]:
    """Per lead document (:func:`_leads`), in ``order``, the canonical document before it that
    holds most of its words among its ``partners`` (of equal shares, the earlier by ``rank``),
    else itself (see :func:`cluster_near_duplicates`)."""
    joined: dict[str, _Joined] = {}
    for document in order:
        if leads[document.id] != document.id:
            continue
        canonicals = [
            c for c in partners.get(document.id, ()) if c in joined and joined[c].canonical == c
        ]
        # The closest canonical, not the earliest: a verbatim copy of one fire report is also
        # "derived" from last week's report of another fire written from the same template.
        closest = max(
            canonicals, key=lambda c: (contained[(document.id, c)], -rank[c]), default=None
        )
        joined[document.id] = (
            _Joined(document.id, 1.0, Verdict.COPY)
            if closest is None
            else _Joined(
                closest, contained[(document.id, closest)], verdicts[(document.id, closest)]
            )
        )
    return joined


def _in_publication_order(
    documents: Sequence[Document],
    published: Mapping[str, tuple[bool, bool, str, bool]],
    preferred: Mapping[str, tuple[int, float, PublicationKey, str]],
    directions: Sequence[tuple[str, str]],
    times: Mapping[str, str | None],
    told_by_kind: Sequence[tuple[str, str]],
) -> list[Document]:
    """``documents`` by when they were ``published`` (see :func:`cluster_near_duplicates`), and
    of those that tie on it (:func:`_tied`) each origin the
    ``directions`` name before its copies and otherwise the ``preferred`` first: the most
    complete (the most words; papers that ran one wire's copy by their longest copy's, then each
    by the words of the others' it holds), then the first published as every stage orders them, then the
    smallest id. Papers of one day that print a wire story, some cut to its
    first paragraphs, tie on their date; the run's directions say which copied which, and where
    none does, the complete text is the one to keep. A cycle the directions leave is broken at
    the most complete of its documents. Of a day whose articles tie because one of them gives
    no time, those that give one (``times``, in UTC) still go in the order of their times, each
    in a place one of them took: an article of 08:53 is no rewrite of a longer one of 11:31,
    whichever other articles of that day a run compares beside them; yet none goes before an
    origin the directions name, wherever the times put that origin among the day's. An origin
    the directions name by what it is or by credit (``told_by_kind``) is published, and timed,
    no later than the earliest of its copies so named (:func:`_no_later_than_copies`)."""
    by_id = {d.id: d for d in documents}
    published, times = _no_later_than_copies(published, times, told_by_kind)
    order: list[str] = []
    for group in _tied(documents, published, times):
        members = set(group)
        ordered = {(o, c) for o, c in directions if o in members and c in members and o != c}
        in_time_order = _timed_in_time_order(_origins_first(group, ordered, preferred), times)
        # The times place the articles that give one, but none before an origin the directions
        # name: a zone-less spin of a paper's report stays after it, wherever the report's
        # time puts it among the day's.
        order += _origins_first(
            in_time_order, ordered, {doc: (n,) for n, doc in enumerate(in_time_order)}
        )
    return [by_id[doc] for doc in order]


def _origins_first(
    group: Sequence[str],
    directions: AbstractSet[tuple[str, str]],
    priority: Mapping[str, tuple[object, ...]],
) -> list[str]:
    """``group`` with each origin the ``directions`` (origin, copy) name before its copies, and
    otherwise the first by ``priority``, then by id, first; a cycle the directions leave is
    broken at the first by ``priority`` of those left.

    >>> _origins_first(["copy", "origin"], {("origin", "copy")}, {"copy": (0,), "origin": (1,)})
    ['origin', 'copy']
    """
    waiting = Counter(copy for _, copy in directions)
    copies: defaultdict[str, list[str]] = defaultdict(list)
    for origin, copy in directions:
        copies[origin].append(copy)
    ready = [(priority[doc], doc) for doc in group if not waiting[doc]]
    heapq.heapify(ready)
    left = set(group)
    order: list[str] = []
    while left:
        if not ready:
            ready = [min((priority[doc], doc) for doc in left)]
        _, doc = heapq.heappop(ready)
        if doc not in left:
            continue
        left.discard(doc)
        order.append(doc)
        for copy in copies[doc]:
            waiting[copy] -= 1
            if not waiting[copy] and copy in left:
                heapq.heappush(ready, (priority[copy], copy))
    return order


def _wire_copies_tied(
    published: Mapping[str, tuple[bool, bool, str, bool]], wire_copies: Sequence[Sequence[str]]
) -> dict[str, tuple[bool, bool, str, bool]]:
    """``published`` with the papers that ran one wire's copy (``wire_copies``: their pairs'
    ``common_wire``, directly or through one another), all published when the first of them
    was: none took the copy from another, so the first to print it, perhaps cut to fit, is no
    origin to keep over a later paper's complete copy; of them, as of one day's, the most
    complete is canonical. An undated one still goes after every dated one: a feed's undated
    record of the wire's copy is not known to be one of the first to print it."""
    tied: dict[str, tuple[bool, bool, str, bool]] = {}
    for group in wire_copies:
        first = min(published[doc] for doc in group)
        for doc in group:
            tied[doc] = (published[doc][0], *first[1:])
    return tied


def _wire_copy_held(pairs: Sequence[PairComparison], words: Mapping[str, int]) -> dict[str, float]:
    """Per paper that ran a wire's copy (its pairs' ``common_wire``), how much of the other
    papers' copies it holds: the words of each in sentences it has, copied or edited, of one
    other's on average. A copy run whole holds all of every other's; one cut to fit holds less,
    whatever local paragraph it adds, and so does a noisy scan that misreads a sentence past
    aligning."""
    held: defaultdict[str, list[float]] = defaultdict(list)
    for pair in pairs:
        if pair.common_wire is not None:
            held[pair.a].append(pair.b_in_a * words[pair.b])
            held[pair.b].append(pair.a_in_b * words[pair.a])
    return {doc: sum(shares) / len(shares) for doc, shares in held.items()}


def _scans_as_one(
    fingerprints: Mapping[str, str],
    pairs: Sequence[PairComparison],
    documents: Sequence[Document],
) -> dict[str, str]:
    """``fingerprints`` with the scans of one printed text given one, the smallest of theirs:
    one outlet's two documents of one day, every word of each in sentences the other's match
    word for word once misreads are undone (see :mod:`misreads`), as a page and its microfilm
    re-scan are."""
    published = {d.id: d.published for d in documents}
    scans = [
        (pair.a, pair.b)
        for pair in pairs
        if pair.same_source
        and pair.verdict is Verdict.COPY
        and pair.a_verbatim_in_b == pair.b_verbatim_in_a == 1.0
        and published[pair.a] is not None
        and published[pair.a] == published[pair.b]
    ]
    return {
        doc: min(fingerprints[scan] for scan in group)
        for group in linked_groups(fingerprints, scans)
        for doc in group
    }


def _timed_in_time_order(documents: Sequence[str], times: Mapping[str, str | None]) -> list[str]:
    """``documents`` with those that give a time (``times``) in the order of their times (of
    one time, as they were), each in a place one of them held; the others keep theirs.

    >>> times = {"late": "2026-03-10T11:31:05Z", "undated": None, "early": "2026-03-10T08:53:12Z"}
    >>> _timed_in_time_order(["late", "undated", "early"], times)
    ['early', 'undated', 'late']
    """
    places = [n for n, doc in enumerate(documents) if times[doc]]
    in_time_order = sorted((documents[n] for n in places), key=lambda doc: times[doc] or "")
    ordered = list(documents)
    for place, document in zip(places, in_time_order, strict=True):
        ordered[place] = document
    return ordered


def _tied(
    documents: Sequence[Document],
    published: Mapping[str, tuple[bool, bool, str, bool]],
    times: Mapping[str, str | None],
) -> list[list[str]]:
    """The ids of ``documents`` in groups that tie on when they were ``published``, in order:
    of one day, but where every one of a day gives its time (``times``), of one time. A wire's
    story at 13:05 and a paper's longer edit of it at 19:10 do not tie, though their pair, a
    light edit, has no direction: the wire stays canonical."""
    tied: defaultdict[tuple[bool, bool, str, bool], list[str]] = defaultdict(list)
    for document in documents:
        tied[published[document.id]].append(document.id)
    groups = []
    for _, group in sorted(tied.items()):
        if all(times[doc] for doc in group):
            by_time: defaultdict[str, list[str]] = defaultdict(list)
            for doc in group:
                by_time[times[doc] or ""].append(doc)
            groups += [by_time[time] for time in sorted(by_time)]
        else:
            groups.append(group)
    return groups


def _no_later_than_copies(
    published: Mapping[str, tuple[bool, bool, str, bool]],
    times: Mapping[str, str | None],
    directions: Sequence[tuple[str, str]],
) -> tuple[dict[str, tuple[bool, bool, str, bool]], dict[str, str | None]]:
    """``published`` and ``times`` with each origin the ``directions`` (origin, copy) name
    published and timed as the earliest of its copies when that is earlier, and each origin of
    an origin so moved in turn: compare run's who copied whom puts a news agency's story,
    signed with its dateline at 04:00, before the site that credits it though that site's
    clock, set to the wrong zone, stamped its copy 03:30; of that 03:30 the directions then
    put the agency first. A time is earlier only than another time: an untimed copy keeps its
    place of its day.

    >>> day = (False, False, "2026-12-03", True)
    >>> times = {"agency": "2026-12-03T04:00:00Z", "site": "2026-12-03T03:30:00Z"}
    >>> _no_later_than_copies({"agency": day, "site": day}, times, [("agency", "site")])[1]
    {'agency': '2026-12-03T03:30:00Z', 'site': '2026-12-03T03:30:00Z'}
    """
    placed = {doc: (published[doc], times[doc]) for doc in published}

    def earlier(place: tuple[tuple[bool, bool, str, bool], str | None], than: str) -> bool:
        (key, time), (other_key, other_time) = place, placed[than]
        return key < other_key or (
            key == other_key and time is not None and other_time is not None and time < other_time
        )

    # Each move puts an origin strictly earlier, at a place one of the documents holds, so the
    # moves end; a chain of credits (a release, the agency that rewrote it, its copy) moves
    # back one link a round.
    moved = True
    while moved:
        moved = False
        for origin, copy in directions:
            if origin in placed and copy in placed and earlier(placed[copy], origin):
                placed[origin] = placed[copy]
                moved = True
    return {doc: key for doc, (key, _) in placed.items()}, {
        doc: time for doc, (_, time) in placed.items()
    }


def _who_wrote_first(pairs: Sequence[PairComparison]) -> list[tuple[str, str]]:
    """The origin and the copy of each pair whose direction says which was written first: not
    one told by a news agency's dateline alone (``AGENCY_DATELINE``, ``SHARED_DATELINE``). Two
    papers of one day that run a wire story, one under its dateline, one cut to fewer
    paragraphs, both copied the wire: the dateline tells neither which is complete."""
    return origins_and_copies(
        pair
        for pair in pairs
        if pair.direction_basis
        not in (DirectionBasis.AGENCY_DATELINE, DirectionBasis.SHARED_DATELINE)
    )


def _version_order(documents: Sequence[Document]) -> list[tuple[str, str]]:
    """Each version of an article (:func:`records.articles`) before the next
    (:func:`records.version_ranks`), as the directions of its pairs would have it."""
    ranks = version_ranks(documents)
    return [
        (earlier.id, later.id)
        for versions in articles(documents)
        for earlier, later in pairwise(sorted(versions, key=lambda d: (ranks[d.id], d.id)))
        if ranks[earlier.id] != ranks[later.id]
    ]


@dataclass(frozen=True, slots=True)
class _Joined:
    """The canonical document a document joined, the share of the document's words it holds
    and their pair's verdict (``copy`` for the canonical document and its own text's copies)."""

    canonical: str
    containment: float
    verdict: Verdict


# What a document not yet joined (one that goes with its lead's cluster) is taken to have joined.
_NOT_JOINED = _Joined("", 0.0, Verdict.INDEPENDENT)

# The directions that tell an origin from a copy by what each is or says, not by dates nor
# shares: a news agency's text, a press release, an article its copy or the others credit.
KIND_OR_CREDIT = frozenset(
    {
        DirectionBasis.RECORD,
        DirectionBasis.CREDIT,
        DirectionBasis.PRESS_RELEASE,
        DirectionBasis.NEWS_AGENCY,
        DirectionBasis.CREDITED_BY_OTHERS,
        DirectionBasis.INTERVIEW,
    }
)


def origins_by_kind(pairs: Sequence[PairComparison]) -> frozenset[str]:
    """The documents some pair names the origin by what it is or by credit (``KIND_OR_CREDIT``)
    and none names the copy so: a news agency's text that papers reuse, a press release."""
    told = [
        pair for pair in pairs if pair.origin is not None and pair.direction_basis in KIND_OR_CREDIT
    ]
    origins = {pair.origin for pair in told}
    copies = {pair.b if pair.origin == pair.a else pair.a for pair in told}
    return frozenset(doc for doc in origins - copies if doc is not None)


def _leads(
    order: Sequence[Document], fingerprints: Mapping[str, str], first_version: Mapping[str, str]
) -> dict[str, str]:
    """Per document, the first in ``order`` of those that go into one cluster with it: the
    documents with its text and the versions of its article, directly or through one another
    (a rival's verbatim copy of a first version brings in that article's later versions)."""
    ids = [d.id for d in order]
    # Linked to the first of each text, not pair by pair: a crawl's thousands of identical
    # paywall notices made millions of pairs.
    first_of_text: dict[str, str] = {}
    links = [(first_of_text.setdefault(fingerprints[doc], doc), doc) for doc in ids]
    links += [(first, doc) for doc, first in first_version.items()]
    return {doc: group[0] for group in linked_groups(ids, links) for doc in group}


def _later_versions(
    canonical_of: Mapping[str, str],
    fingerprints: Mapping[str, str],
    leads: Mapping[str, str],
    joined: Mapping[str, _Joined],
    pairs: Sequence[PairComparison],
) -> dict[str, _Joined]:
    """How each of ``canonical_of``'s documents, which go with their lead's cluster (see
    :func:`_leads`), joined its canonical document: as the lead did when the two print one text,
    else by their own pair (none, when they were never compared: no words of it)."""
    own = {
        (doc, canonical)
        for doc, canonical in canonical_of.items()
        if fingerprints[doc] != fingerprints[leads[doc]]
    }
    found = {key: _Joined(key[1], 0.0, Verdict.INDEPENDENT) for key in own}
    for pair in pairs:
        for doc, other, share in ((pair.a, pair.b, pair.a_in_b), (pair.b, pair.a, pair.b_in_a)):
            if (doc, other) in own:
                found[(doc, other)] = _Joined(other, share, pair.verdict)
    return {
        doc: found.get((doc, canonical), joined[leads[doc]])
        for doc, canonical in canonical_of.items()
    }


def _latest_versions(
    documents: Mapping[str, Document], first_version: Mapping[str, str], rank: Mapping[str, int]
) -> dict[str, tuple[str, bool]]:
    """Per document, the latest version of its article (:func:`version_ranks`), of those
    modified at one time the earliest in cluster ``rank``, and whether the times named it alone
    (``False`` when two or more tie: a guess); the document itself when its article has no
    later one. An article's versions share a cluster, so the canonical document's is the
    cluster's current member."""
    versions = version_ranks(documents.values())
    of_article: defaultdict[str, list[str]] = defaultdict(list)
    for doc in documents:
        of_article[first_version.get(doc, doc)].append(doc)
    latest = {}
    for first, docs in of_article.items():
        last = max(docs, key=lambda doc: (versions[doc], -rank[doc]))
        latest[first] = (last, sum(versions[doc] == versions[last] for doc in docs) == 1)
    return {doc: latest[first_version.get(doc, doc)] for doc in documents}


def _relation(doc: str, found: _Joined, *, later_version: bool) -> Relation:
    """How ``doc`` relates to the canonical document it ``found``: ``later_version`` when an
    earlier version of its article is in the cluster (the canonical document or another)."""
    if doc == found.canonical:
        return Relation.CANONICAL
    if later_version:
        return Relation.VERSION
    return Relation.COPY if found.verdict is Verdict.COPY else Relation.REWRITE
