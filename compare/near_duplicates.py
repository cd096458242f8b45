"""Near-duplicate clusters: documents that are copies or light rewrites of one another.

Two documents are near-duplicates when their pair's verdict is ``copy`` or ``derived``: most of
one is made of the other's sentences, copied or lightly edited. Paraphrases and shared quotations
never make a verdict, so independent reports of one event stay apart; and a document joins no
other that holds none of its words in sentences copied or edited (a containment of 0), whatever
phrasing the two share: two outlets' live pages on one event, each made of short entries in the
same stock phrases, are no copies of each other. Documents with the same sentences are
near-duplicates even when they landed in different stories, and versions of one article
(``records.same_article``) whatever their verdict.

Clusters are stars, like sentence groups. Documents are taken in order (the first published, as
every stage asks it: ``records.first_published_keys``, but every undated one, or one whose text
contradicts its date, after every dated one, wherever the pair directions place it: a feed's
undated repost is not known to be earlier than a dated copy; then the longest text; then the
smallest id, so that input order does not matter): each joins the canonical document before it that holds
most of its words, among those it is a near-duplicate of (of equal shares, the earlier one), or
else is the canonical document of a cluster of its own. Each member is therefore a copy or
rewrite of its canonical document itself, not only of some other member, and a verbatim copy
joins the document it copies rather than an earlier one it merely resembles.

Each member says how it relates to its canonical document (a copy, a rewrite, another version of
its article) from the pair that joined them, and every member names the cluster's ``current``
one, the one a reader should see: the latest version of the canonical document's article among
the members, as a wire's corrected death toll supersedes its first report.

A cluster's id is its canonical document's fingerprint. Documents with the same sentences always
share a cluster, so no two clusters have canonical documents with one fingerprint: unrelated
stories get different ids, and a story keeps its id for as long as its canonical document stays
canonical.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from compare.records import (
    ClusterMember,
    Document,
    PairComparison,
    Relation,
    Sentence,
    Verdict,
    all_timed,
    dated_as_trusted,
    first_published_keys,
    origins_and_copies,
    same_article,
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
    for pair in pairs:
        # Versions of one article are one article's, whatever a rewrite kept of the text: a
        # feed deduplicated by their cluster's current shows the latest, not the first too.
        if pair.verdict in NEAR_DUPLICATE or pair.same_article:
            contained[(pair.a, pair.b)] = pair.a_in_b
            contained[(pair.b, pair.a)] = pair.b_in_a
            verdicts[(pair.a, pair.b)] = verdicts[(pair.b, pair.a)] = pair.verdict
            # A document joins only one that holds some of its words; versions of one article,
            # whatever a rewrite kept.
            if pair.a_in_b or pair.same_article:
                partners[pair.a].add(pair.b)
            if pair.b_in_a or pair.same_article:
                partners[pair.b].add(pair.a)
    fingerprints = {d.id: fingerprint(sentences[d.id]) for d in documents}
    # Documents with one text are taken as a group, not linked pair by pair: a crawl's
    # thousands of identical paywall notices made millions of pairs.
    by_text: defaultdict[str, list[str]] = defaultdict(list)
    for document in documents:
        by_text[fingerprints[document.id]].append(document.id)
    words = {
        d.id: sum(len(s.tokens) for s in sentences[d.id] if (d.id, s.index) not in boilerplate)
        for d in documents
    }
    trusted = dated_as_trusted(documents, pairs)
    keys = first_published_keys(trusted, origins_and_copies(pairs), all_timed=all_timed(trusted))
    # An undated record goes after every dated one, wherever the pair directions place it: a
    # feed's undated copy that keeps the agency's dateline is no earlier publication to keep.
    order = sorted(trusted, key=lambda d: (d.published is None, keys[d.id], -words[d.id], d.id))
    rank = {d.id: n for n, d in enumerate(order)}
    joined: dict[str, _Joined] = {}
    for document in order:
        if document.id in joined:
            continue
        canonicals = [c for c in partners[document.id] if c in joined and joined[c].canonical == c]
        # The closest canonical, not the earliest: a verbatim copy of one fire report is also
        # "derived" from last week's report of another fire written from the same template.
        closest = max(
            canonicals, key=lambda c: (contained[(document.id, c)], -rank[c]), default=None
        )
        found = (
            _Joined(document.id, 1.0, Verdict.COPY)
            if closest is None
            else _Joined(
                closest, contained[(document.id, closest)], verdicts[(document.id, closest)]
            )
        )
        for doc in by_text[fingerprints[document.id]]:
            joined[doc] = found
    by_id = {d.id: d for d in documents}
    current = _current_versions(
        by_id, {doc: found.canonical for doc, found in joined.items()}, rank
    )
    members = []
    for document in documents:
        found = joined[document.id]
        members.append(
            ClusterMember(
                document.id,
                cluster_id(fingerprints[found.canonical]),
                found.canonical,
                found.containment,
                current.get(found.canonical, found.canonical),
                _relation(document, by_id[found.canonical], found.verdict),
            )
        )
    return tuple(members)


@dataclass(frozen=True, slots=True)
class _Joined:
    """The canonical document a document joined, the share of the document's words it holds
    and their pair's verdict (``copy`` for the canonical document and its own text's copies)."""

    canonical: str
    containment: float
    verdict: Verdict


def _current_versions(
    documents: Mapping[str, Document], canonical_of: Mapping[str, str], rank: Mapping[str, int]
) -> dict[str, str]:
    """Per canonical document with a later version among its cluster's members, the latest
    (:func:`version_ranks`), of those modified at one time the earliest in cluster ``rank``."""
    versions = version_ranks(documents.values())
    current: dict[str, str] = {}
    for doc, canonical in canonical_of.items():
        if not same_article(documents[doc], documents[canonical]):
            continue
        latest = current.get(canonical, canonical)
        if (versions[doc], -rank[doc]) > (versions[latest], -rank[latest]):
            current[canonical] = doc
    return current


def _relation(document: Document, canonical: Document, verdict: Verdict) -> Relation:
    """How ``document`` relates to ``canonical``, of its cluster, their pair's ``verdict`` a
    near-duplicate one."""
    if document.id == canonical.id:
        return Relation.CANONICAL
    if same_article(document, canonical):
        return Relation.VERSION
    return Relation.COPY if verdict is Verdict.COPY else Relation.REWRITE
