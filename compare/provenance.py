"""Who copied whom within a story: the likely origin of each shared sentence and, per outlet,
the share of its text taken from each other outlet.

Among a sentence group's copied or edited versions (paraphrases and shared quotations are
independent reporting), the likeliest origin is the first published
(``records.first_published_keys``: by time when all give one, else by the day each printed, two
that give their times in the order of those, and an undated one where the pair directions place it, so that an undated wire goes before the papers they name its
copies); of one day, or when dates cannot tell, the one the most pair directions (which compare
times where both are known) name as the origin. Every other such version was taken from the
closest version known to be published before it (the most similar; ties to the earlier, but
of one outlet's versions to the one most alike it throughout: a copy of an agency's update took
from it the sentences the update left as they were), so one wire story republished by ten
outlets shows as ten rows pointing at the wire, and a copy of a copy points at the copy it
took, not at the wire: at another copy of the origin only when it has some of that copy's own
words, which the origin's versions lack, and no earlier copy has (a paper that reworded the
wire's line adds nothing a site took when the site's words are all the wire's), or a sentence
only that copy has, and then the
sentences the copy left as the origin had them too, when it is most alike that copy throughout
and keeps no words of the origin's that the copy changed: articles are copied whole. A version
only listed before another, which no time, date or pair direction places first, is none it was
taken from: two undated rewrites of the wire took nothing from each other, whatever their files
are called.

Who copied whom is traced once per story, on the pairs as measured (:func:`who_copied_whom`),
and kept in the result for every report to read. Two copies of one origin share its text, and
their pair, measured alone, makes one the other's copy; the pairs whose shared text both took
from a third article by that trace are revised here, once, for every report and count to read
(:func:`through_common_origins`). The trace is not taken again on the revised pairs: the
revision takes away the directions the order of same-day articles was decided on, and a second
trace could then make one of the two the other's copy after all.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum
from functools import cache, lru_cache
from itertools import combinations
from typing import Literal

from compare.dates import MONTHS, iso_day
from compare.lexicon import MIN_TELLING_LETTERS, lexicon
from compare.numerals import Value, sentence_numbers, written_spans
from compare.overlap import (
    PHRASE_WORDS,
    kept_share,
    ledes_but_for_datelines,
    out_by_credit,
    own_words,
    reports_one_event_alone,
)
from compare.records import (
    UNTIMED,
    Advance,
    CreditKind,
    DateSetAside,
    DirectionBasis,
    DirectionCycle,
    Document,
    Match,
    MatchKind,
    PairComparison,
    PressRelease,
    PublicationKey,
    Result,
    Sentence,
    SentenceGroup,
    Story,
    Taken,
    TakenThrough,
    Verdict,
    Version,
    all_timed,
    boilerplate_indexes,
    by_story,
    dated_as_trusted,
    first_published_keys,
    text_numbers,
    tracked,
    untimed_on_one_day,
    unwatched,
)
from compare.segment import normalise, unpunctuated, word_length, words
from compare.templates import WEEKDAYS
from compare.word_diff import word_edits

# A third article takes this many: two documents and the one both took from.
COMMON_ORIGIN_FROM_DOCUMENTS = 3
# The share of the words each of two articles shares with the other, copied or edited, that the
# articles both took from must hold, in some form, for the two to be named no copies of each
# other. Not all: two rewrites of one sentence may align with each other and not at all with
# the origin's version.
COMMON_ORIGINS_HOLD = 0.8
# A time of day as the numbers module reads one, on a 24-hour clock: "06:00".
CLOCK_READING = re.compile(r"\d\d:\d\d")
# The similarity of two sentences aligned word for word: rapidfuzz's full score.
WORD_FOR_WORD = 100.0
# The share of the phrases two articles that share only phrasing have in common that the articles
# both took from must have: half, not COMMON_ORIGINS_HOLD, as phrases are short and two rewrites
# share stock ones ("the Department for Transport") that come from no article's text.
COMMON_PHRASING_HOLD = 0.5
# The share of its words an article takes from another to be, nearly whole, a copy of it: one
# that credits the other credits the article's text too.
NEARLY_WHOLE = 0.8
# What tells a direction by a date alone, which the wording of a story's other articles outvotes
# (dates_against_wording).
DATED_BASES = frozenset(basis for basis in DirectionBasis if basis.by_publication)
# The other articles that must carry the later article's wording where it and the earlier
# differ, for the earlier's date to be set aside: several, as a spinner's synonym for one word
# ("mentioned", "stated") may match one other copy's by chance.
MIN_WORDING_WITNESSES = 3
# The places where the two word a sentence differently that the later's wording must win, and
# the share of those won by either that it must win.
MIN_WORDING_PLACES = 3
WORDING_MAJORITY = 0.8
# The note on cycles of pair directions names this many stories.
MAX_NAMED_STORIES = 5
# What tells a pair's direction, strongest first, in the order overlap.compare_pair asks it: a
# credit, a press release, an agency's signature or dateline and a version's modification time
# outweigh a publication time, which outweighs a date, and shares alone are the weakest. A
# capture says when an archiver saw a version, which may be long after its edit: below an edit's.
DIRECTION_STRENGTH = (
    DirectionBasis.RECORD,
    DirectionBasis.CREDIT,
    DirectionBasis.PRESS_RELEASE,
    DirectionBasis.NEWS_AGENCY,
    DirectionBasis.AGENCY_DATELINE,
    DirectionBasis.STRAY_MARKS,
    DirectionBasis.MODIFIED_TIME,
    DirectionBasis.CAPTURE_TIME,
    DirectionBasis.PUBLISHED_TIME,
    DirectionBasis.PUBLISHED_DATE,
    DirectionBasis.INTERVIEW,
    DirectionBasis.SHARED_DATELINE,
    DirectionBasis.CREDITED_BY_OTHERS,
    DirectionBasis.CONTAINMENT,
    DirectionBasis.PHRASING,
    DirectionBasis.CHECKED,
)


class _Route(Enum):
    """How a pair's copy took what it shares with its origin when it took it through articles it
    took from, but none of them holds it all (see :func:`_through_its_own_source`)."""

    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Precedence:
    """Who published first among a story's documents, as every sentence group asks it: the pair
    directions and the story's order, gathered once for the story."""

    documents: Mapping[str, Document]
    # Each directed pair's origin, by the pair's two documents.
    named: Mapping[frozenset[str], str]
    # Whether every document of the story gives its time (see records.first_published).
    timed: bool
    # The press releases among the documents, by id (see records.first_published).
    releases: AbstractSet[str]
    # The directed pairs whose direction an agency's dateline told (see CopyOrder.placed_before).
    told_by_dateline: AbstractSet[frozenset[str]] = frozenset()
    # The pairs that report one event alone (see CopyOrder.apart).
    apart: AbstractSet[frozenset[str]] = frozenset()
    # The publication keys of each list of documents a group has, and the places of its
    # undated ones, as the groups of a story that hundreds of outlets print share a few: 44,850
    # pairs a list to look up in a story of 300 outlets.
    keys_of: dict[
        tuple[str, ...], tuple[Mapping[str, PublicationKey], Mapping[str, UndatedPlace]]
    ] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        documents: Mapping[str, Document],
        pairs: Sequence[PairComparison],
        story: Story,
        releases: AbstractSet[str] = frozenset(),
    ) -> Precedence:
        """The precedence of ``story``'s documents, those whose text contradicts their date
        undated (``records.dated_as_trusted``), and an agency's text that a copy crediting it
        was published before dated as that copy (``overlap.out_by_credit``), as its pairs were
        measured: a partner runs the agency's copy from its feed minutes before the agency's
        site posts it, and took every sentence from the agency, not from the release the agency
        rewrote. Of one day, the press ``releases`` (``Result.releases``) without a time go
        first."""
        named = {frozenset((p.a, p.b)): p.origin for p in pairs if p.origin is not None}
        told_by_dateline = frozenset(
            frozenset((p.a, p.b))
            for p in pairs
            if p.direction_basis is DirectionBasis.AGENCY_DATELINE
        )
        trusted = {
            d.id: d for d in dated_as_trusted((documents[d] for d in story.documents), pairs)
        }
        trusted |= out_by_credit(pairs, trusted)
        apart = frozenset(frozenset((p.a, p.b)) for p in pairs if reports_one_event_alone(p))
        return cls(trusted, named, all_timed(trusted.values()), releases, told_by_dateline, apart)

    def first(self, doc: str, other: str) -> bool:
        """Whether ``doc`` was published before ``other``."""
        keys, _ = self._keys((doc, other))
        return keys[doc] < keys[other]

    def before(self, doc: str, others: Iterable[str]) -> list[str]:
        """Those of ``others`` published before ``doc``."""
        return [other for other in others if other != doc and self.first(other, doc)]

    def origin(self, group: SentenceGroup) -> str | None:
        """The document a shared sentence most likely comes from; ``None`` when no two versions
        are copies or edits of one another.

        >>> from compare.records import MatchKind, Version
        >>> wire, daily = Version("wire", (0,), None), Version("daily", (0,), MatchKind.VERBATIM)
        >>> docs = {d: Document(d, d, "", published=p) for d, p in [("wire", "2025-01-02"), ("daily", None)]}
        >>> precedence = Precedence.of(docs, [], Story("s", "t", ("daily", "wire")))
        >>> precedence.origin(SentenceGroup("s", wire, (daily, wire)))
        'wire'
        """
        traced = self.traced(group)
        order = traced.versions
        if not order:
            return None
        # Of a date alone and a time on that day, nothing tells which came first; two reports of
        # one event took nothing from each other: neither is named the origin unless their
        # pair's direction names one.
        first, second = order[0].doc, order[1].doc
        if (
            traced.untimed_on_one_day(first, second) or frozenset((first, second)) in traced.apart
        ) and not traced.known_before(first, second):
            return None
        return first

    def copy_order(self, group: SentenceGroup) -> list[Version]:
        """The group's copied or edited versions, the representative's included, likeliest
        origin first; empty when there are fewer than two."""
        return list(self.traced(group).versions)

    def traced(self, group: SentenceGroup, likeness: _Likeness | None = None) -> CopyOrder:
        """The group's :meth:`copy_order`, with what tells which version was published before
        which; with ``likeness``, a paraphrase of the group's shown sentence counts too where
        its pair aligns it with another version as a copy or edit (see
        :meth:`_Likeness.copied_within`)."""
        reused = [
            v
            for v in group.versions
            if v.kind is None
            or v.kind.is_reuse
            or (likeness is not None and likeness.copied_within(v, group))
        ]
        if len(reused) < 2:
            return CopyOrder((), {}, self.named, self.told_by_dateline, apart=self.apart)
        documents = group.documents
        if documents not in self.keys_of:
            self.keys_of[documents] = self._keys(documents)
        keys, places = self.keys_of[documents]
        # Of versions published as one, the smallest id first, not the first listed: input
        # order must not say which of two copies of one text (the wire saved twice, or once
        # more with a credit line) a reprint took from.
        order = sorted(reused, key=lambda v: (keys[v.doc], v.doc))
        return CopyOrder(tuple(order), keys, self.named, self.told_by_dateline, places, self.apart)

    def _keys(
        self, documents: Sequence[str]
    ) -> tuple[Mapping[str, PublicationKey], Mapping[str, UndatedPlace]]:
        """The ``records.first_published_keys`` of a group's ``documents``, and the
        :class:`UndatedPlace` of each undated one."""
        # Directions among all the group's documents, not only those that reuse its shown
        # sentence: which those are depends on which sentence is shown, and an order that moved
        # with it could send the coverage stage's rooting back and forth.
        directions = [
            (origin, b if origin == a else a)
            for a, b in combinations(sorted(documents), 2)
            if (origin := self.named.get(frozenset((a, b))))
        ]
        keys = first_published_keys(
            (self.documents[doc] for doc in documents),
            directions,
            all_timed=self.timed,
            releases=self.releases,
        )
        origins: defaultdict[str, list[PublicationKey]] = defaultdict(list)
        copies: defaultdict[str, list[PublicationKey]] = defaultdict(list)
        for origin, copy in directions:
            origins[copy].append(keys[origin])
            copies[origin].append(keys[copy])
        places = {
            doc: UndatedPlace(max(origins[doc], default=None), min(copies[doc], default=None))
            for doc in documents
            if self.documents[doc].published is None
        }
        return keys, places


@dataclass(frozen=True, slots=True)
class UndatedPlace:
    """All the pair directions tell of when an undated document came out: after the articles
    it took from (the last of them, by its key) and before those that took from it (the first);
    ``None`` where there are none."""

    after: PublicationKey | None
    before: PublicationKey | None


@dataclass(frozen=True, slots=True)
class CopyOrder:
    """A sentence group's copied or edited versions, likeliest origin first
    (:meth:`Precedence.copy_order`), and their documents' ``records.first_published_keys``."""

    versions: tuple[Version, ...]
    keys: Mapping[str, PublicationKey]
    # Each directed pair's origin, by the pair's two documents.
    named: Mapping[frozenset[str], str]
    # Those of the pairs whose direction an agency's dateline told (see placed_before).
    told_by_dateline: AbstractSet[frozenset[str]] = frozenset()
    # The undated documents, by id, and what places them (see dated_before).
    undated_places: Mapping[str, UndatedPlace] = field(default_factory=dict)
    # The pairs that report one event alone (overlap.reports_one_event_alone): neither is a
    # source of the other, whatever their dates.
    apart: AbstractSet[frozenset[str]] = frozenset()
    # Per document, those of the others that its pair with each names the origin, found at the
    # first ask (see dated_before): a group of hundreds asks of each of its pairs.
    _named_origins: dict[str, frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def sources(self, n: int) -> list[Version]:
        """The versions the ``n``-th may have been taken from: those known to be published
        before it (:meth:`known_before`). One only listed before it is none: two undated
        rewrites of the wire that nothing orders took nothing from each other, whatever their
        files are called. One listed after it is one where their pair's direction names it the
        origin: a subscriber published at 10:50 and updated in place at 14:00 to a wire's
        version of 12:40 goes before that version by its publication, and took it."""
        doc = self.versions[n].doc
        return [v for m, v in enumerate(self.versions) if m != n and self.known_before(v.doc, doc)]

    def known_before(self, doc: str, other: str) -> bool:
        """Whether ``doc`` was published before ``other``: their pair's direction names it the
        origin, or, without one, it goes first by time, date or place among dated articles
        (``records.first_published_keys``), a press release without a time before the news of
        its day among them. Not by how many other pairs name it the origin:
        that ranks the articles of one day (the wire, which every paper reuses, first), but
        tells nothing of two that no direction links; nor because an undated article that no
        direction places goes last: it is not known to be later for that.

        >>> docs = [Document(d, d, "", published=p) for d, p in
        ...     [("wire", None), ("left", None), ("center", None), ("daily", "2024-05-14")]]
        >>> keys = first_published_keys(docs, [("wire", "left"), ("wire", "center")])
        >>> order = CopyOrder((), keys, {frozenset(("wire", "left")): "wire"})
        >>> order.known_before("wire", "left"), order.known_before("left", "center")
        (True, False)
        >>> order.known_before("daily", "center"), order.known_before("center", "daily")
        (False, False)
        """
        origin = self.named.get(frozenset((doc, other)))
        if origin is not None:
            return origin == doc
        return frozenset((doc, other)) not in self.apart and self.dated_before(doc, other)

    def placed_before(self, doc: str, other: str) -> bool:
        """Whether ``doc`` was published before ``other`` (:meth:`known_before`) by more than
        what says nothing of ``other`` seeing ``doc``'s page: an agency's dateline only ``doc``
        kept (the one that opens "Berlin (epd)." took nothing from the one that dropped it, but
        both may have taken the wire), or its pair's direction when the two were published at
        one time (no page out at 13:10 was copied into another out at 13:10).

        >>> docs = [Document(d, d, "", published="2025-03-05", published_time=t) for d, t in
        ...     [("kept", "2025-03-05T12:10:00Z"), ("dropped", "2025-03-05T12:10:00Z"),
        ...      ("later", "2025-03-05T15:00:00Z")]]
        >>> keys = first_published_keys(docs, [("kept", "dropped"), ("kept", "later")])
        >>> named = {frozenset(("kept", d)): "kept" for d in ("dropped", "later")}
        >>> order = CopyOrder((), keys, named, {frozenset(("kept", "later"))})
        >>> order.known_before("kept", "dropped"), order.placed_before("kept", "dropped")
        (True, False)
        >>> order.placed_before("kept", "later")
        True
        """
        if frozenset((doc, other)) in self.told_by_dateline or self._published_as_one(doc, other):
            return self.dated_before(doc, other)
        return self.known_before(doc, other)

    def _published_as_one(self, doc: str, other: str) -> bool:
        """Whether ``doc`` and ``other`` both give one time of publication."""
        undated, published, _, _, time, *_ = self.keys[doc]
        undated_too, published_too, _, _, time_too, *_ = self.keys[other]
        return (
            not (undated or undated_too)
            and time != UNTIMED
            and (published, time) == (published_too, time_too)
        )

    def untimed_on_one_day(self, doc: str, other: str) -> bool:
        """Whether one of ``doc`` and ``other`` gives a date alone, the day the other gives with
        its time (``records.untimed_on_one_day``): it may have come out before or after that
        time.

        >>> docs = [Document(d, d, "", published="2026-12-03", published_time=t) for d, t in
        ...     [("paper", None), ("rival", "2026-12-03T06:00:00Z")]]
        >>> order = CopyOrder((), first_published_keys(docs, []), {})
        >>> order.untimed_on_one_day("rival", "paper"), order.dated_before("rival", "paper")
        (True, False)
        """
        return untimed_on_one_day(self.keys[doc], self.keys[other])

    def dated_before(self, doc: str, other: str) -> bool:
        """Whether ``doc`` goes before ``other`` by time, date or place among dated articles
        (see :meth:`known_before`), whatever their pair's direction says.

        An undated article's place is known only as far as the directions that place it go:
        after the articles it took from, before those that took from it. A student's undated
        paste of a release goes after the release, but not before a classmate's draft dated two
        days later, which that place would sort it before (retest of round 38, R2).

        >>> docs = [Document(d, d, "", published=p) for d, p in
        ...     [("release", "2026-03-03"), ("paste", None), ("draft", "2026-03-05")]]
        >>> keys = first_published_keys(docs, [("release", "paste")])
        >>> places = {"paste": UndatedPlace(keys["release"], None)}
        >>> order = CopyOrder((), keys, {}, frozenset(), places)
        >>> order.dated_before("release", "paste"), order.dated_before("paste", "draft")
        (True, False)
        """
        if self.untimed_on_one_day(doc, other):
            # Only through an article between them: one timed after ``doc`` that a pair
            # direction names the origin of ``other``.
            return any(
                not self.untimed_on_one_day(doc, between) and self.dated_before(doc, between)
                for between in self._origins_named_of(other) - {doc}
            )
        undated, published, news, _, time, version, step = self.keys[doc]
        undated_too, published_too, news_too, _, time_too, version_too, step_too = self.keys[other]
        if (undated or undated_too) or (published, news, time, version, step) >= (
            published_too,
            news_too,
            time_too,
            version_too,
            step_too,
        ):
            return False
        place, place_too = self.undated_places.get(doc), self.undated_places.get(other)
        return (
            place is None or (place.before is not None and place.before <= self.keys[other])
        ) and (
            place_too is None or (place_too.after is not None and self.keys[doc] <= place_too.after)
        )

    def _origins_named_of(self, doc: str) -> frozenset[str]:
        """The others of :attr:`keys` that ``doc``'s pair with each names the origin."""
        if doc not in self._named_origins:
            self._named_origins[doc] = frozenset(
                other
                for other in self.keys.keys() - {doc}
                if self.named.get(frozenset((other, doc))) == other
            )
        return self._named_origins[doc]


def who_copied_whom(result: Result, advance: Advance = unwatched) -> dict[str, tuple[Taken, ...]]:
    """Per story id, what each outlet took from each other outlet (:func:`taken_from`), traced
    on the pairs as measured, for :func:`through_common_origins` and every report."""
    return {
        story.id: taken_from(result, story, result.groups_in[story.id])
        for story in tracked(result.stories, advance)
    }


def taken_from(result: Result, story: Story, groups: Sequence[SentenceGroup]) -> tuple[Taken, ...]:
    """Per outlet of ``story``, the share of its text taken from each other outlet, and whether
    it credits that outlet (its pair's ``crediting``); sorted by story order of the copy, then
    of the source.

    Args:
        groups: the story's sentence groups (passed in so that a run of thousands of stories
            does not search every story's groups for each one).

    >>> from compare.pipeline import compare_documents
    >>> text = "Talks in Geneva ended on Monday without a deal."
    >>> wire = Document("wire", "Wire", text, published="2025-01-02")
    >>> daily = Document("daily", "Daily", text, published="2025-01-03")
    >>> result = compare_documents([daily, wire])
    >>> taken_from(result, result.stories[0], result.groups)
    (Taken(copy='daily', origin='wire', share=1.0, credited=False, sentences=(0,)),)
    """
    pairs = result.pairs_in[story.id]
    precedence = Precedence.of(result.by_id, pairs, story, result.releases.keys())
    likeness = _Likeness.of(result, pairs)
    taken = [
        (version, order, _Sources.of(version, order, n, likeness))
        for group in groups
        for order in [precedence.traced(group, likeness)]
        for n, version in enumerate(order.versions[1:], start=1)
    ]
    # Articles are copied whole, not sentence by sentence: an article that holds another
    # copy's own words, in a sentence they share or one only that copy has (a reprint's local
    # paragraph), took from that copy the sentences it shares with the origin too; unless it
    # keeps the origin's wording where that copy changed it, or a sentence of the origin the
    # copy lacks: then it worked from the origin, and took only those words from the copy.
    # Counted as a pair's containment counts them (overlap.own_words): a copy's share of what it
    # took from its one source is that pair's containment, not another measure of it.
    counted = _counted_words(result, story)
    holding: defaultdict[str, set[str]] = defaultdict(set)
    behind: defaultdict[str, set[str]] = defaultdict(set)
    for version, _, sources in taken:
        # A quotation and its tag alone ("'We're relieved,' she said.") are the speaker's
        # words, which two reports of one interview carry alike: no copy's own text it took.
        if not any(counted[version.doc].get(i, 0) for i in version.sentences):
            continue
        holding[version.doc] |= sources.holding_own_content
        behind[version.doc] |= sources.behind
        # The origin of every sentence the article took from it: a reprint's own paragraph,
        # whose origin is the reprint, tells that the reprint was copied; the wire, origin of
        # the rest, is among them too, and the checks below decide.
        if any(other is sources.origin for _, _, other, _ in sources.aligned):
            holding[version.doc].add(sources.origin.doc)
    # A sentence of an article the copy took from, which the copy dropped: not one of a third
    # article it never took from (a paper's own line beside a reprint's text).
    origins: defaultdict[str, set[str]] = defaultdict(set)
    for version, _, sources in taken:
        origins[version.doc].add(sources.origin.doc)
    for version, order, sources in taken:
        carried = {v.doc for v in order.versions}
        behind[version.doc] |= {
            d
            for d in holding[version.doc]
            if d not in carried
            and sources.origin.doc in origins[d]
            and not likeness.has_aligned(version, d)
        }
    whole = {doc: frozenset(held - behind[doc]) for doc, held in holding.items()}
    crediting = _credited_in_text(pairs)
    # A reprint under its origin's dateline (a paper's copy of a wire, "HALLAM, June 9 (NPA) -")
    # says whose words they are: a draft that cites the paper took the wire's words where the
    # two hold them alike (retest of acceptance round 36, R3).
    reprints = {
        credit.doc
        for p in pairs
        for credit in p.credited_at
        if credit.kind is CreditKind.DATELINE and p.copy == credit.doc
    }
    words: defaultdict[tuple[str, str], float] = defaultdict(float)
    sentences_of: defaultdict[tuple[str, str], set[int]] = defaultdict(set)
    for version, order, sources in taken:
        took_whole = whole.get(version.doc, frozenset())
        credits = crediting.get(version.doc, frozenset()) - reprints
        closest = _closest(version, order, sources, took_whole, likeness, credits)
        # An article the copy took whole, published before the closest source and as alike the
        # copy throughout, that has the line too, as _closest would have it had the group held
        # that article's line (it went to another group): a verbatim copy of the wire took the
        # wire's closing lines, not a later paper's that has them as well. Not over the source
        # the copy credits, which it says it took.
        if closest and closest[0] not in credits:
            closest = _taken_whole(version, closest, sources, took_whole, likeness, precedence)
        if closest:
            source, kept = closest
            own = counted[version.doc]
            words[(version.doc, source)] += kept * sum(own.get(i, 0) for i in version.sentences)
            sentences_of[(version.doc, source)].update(version.sentences)
    # An outlet's own article needs no credit.
    credited = {
        (user, other)
        for p in pairs
        for user, other in ((p.a, p.b), (p.b, p.a))
        if p.same_source or user in p.crediting
    }
    position = {doc: n for n, doc in enumerate(story.documents)}
    found = [
        Taken(
            copy,
            source,
            round(count / sum(counted[copy].values()), 3),
            credited=False,
            sentences=tuple(sorted(sentences_of[(copy, source)])),
        )
        for (copy, source), count in sorted(
            words.items(), key=lambda item: (position[item[0][0]], position[item[0][1]])
        )
        # Quotations alone, which every report of a statement quotes alike, take nothing.
        if count
    ]
    # Nor does the text of a source that is, nearly whole, a copy of one the copy credits: a
    # paper that runs another's reprint of the wire and credits the wire credits whose text it
    # is (not when the other's is mostly its own reporting).
    taken_by = sources_of(t for t in found if t.share >= NEARLY_WHOLE)
    return tuple(
        replace(
            t,
            credited=any(
                (t.copy, d) in credited for d in {t.origin} | _ancestors(t.origin, taken_by, {})
            ),
        )
        for t in found
    )


def _credited_in_text(pairs: Iterable[PairComparison]) -> dict[str, frozenset[str]]:
    """Per document, the others of ``pairs`` whose outlet its text credits in words of its own
    (``credited_at``: "This story was originally published by the Northgate Daily News"), not
    only a wire service or a dateline both carry, nor a dateline it kept, which a reprint of the
    wire keeps as well."""
    found: defaultdict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        for credit in pair.credited_at:
            if credit.kind is not CreditKind.DATELINE:
                found[credit.doc].add(pair.b if credit.doc == pair.a else pair.a)
    return {doc: frozenset(others) for doc, others in found.items()}


def sources_of(taken: Iterable[Taken]) -> dict[str, tuple[Taken, ...]]:
    """What each copy took from each source, the most first (of equal shares, in the order of
    ``taken``): the first is its closest source.

    >>> found = sources_of([Taken("daily", "wire", 0.4, True), Taken("daily", "post", 0.6, False)])
    >>> [(t.origin, t.share) for t in found["daily"]]
    [('post', 0.6), ('wire', 0.4)]
    """
    by_copy: defaultdict[str, list[Taken]] = defaultdict(list)
    for t in taken:
        by_copy[t.copy].append(t)
    return {copy: tuple(sorted(found, key=lambda t: -t.share)) for copy, found in by_copy.items()}


def through_common_origins(
    result: Result, taken: Mapping[str, Sequence[Taken]], advance: Advance = unwatched
) -> tuple[PairComparison, ...]:
    """The run's pairs, each one whose two articles took their shared text from a third article
    of the story and none from each other (by ``taken``, from :func:`who_copied_whom`) revised:
    it names that article (``common_origin``), and has no direction nor undisclosed reuse, as
    neither reuses the other. Two papers that reprint a New York Times story copied the Times,
    not each other; one that does not credit it stays flagged, against the Times. A pair whose
    copy took what it shares from another article loses its direction and flag too, and names
    that article (``taken_through``, from :func:`_through_its_own_source`), or, when none of the
    articles it took from holds what the two share, only itself (``taken_through_unknown``): it
    took what it shares through them, by a route not known. Two versions of one article
    (``same_article``) stay as they are: the later edits the earlier.

    The third article must be the likely origin of each one's pair with it (its direction): a
    press release and its copy on a newswire, of one time, are both the origin, and a reprint of
    either is a copy of the one as much as of the other. And such articles must hold what the
    two share (``COMMON_ORIGINS_HOLD``): an earlier paper with two of the wire's sentences is
    no common origin of the wire, or of a second copy of it, and a full reprint.

    >>> from compare.pipeline import compare_documents
    >>> text = "Talks in Geneva ended on Monday without a deal."
    >>> wire, daily, post = (Document(d, d.title(), text, published=p)
    ...     for d, p in [("wire", "2025-01-02"), ("daily", "2025-01-03"), ("post", "2025-01-04")])
    >>> [(p.a, p.b, p.direction, p.common_origin) for p in compare_documents([wire, daily, post]).pairs]
    [('wire', 'daily', 'a->b', None), ('wire', 'post', 'a->b', None), ('daily', 'post', None, 'wire')]
    """
    revised: dict[tuple[str, str], PairComparison] = {}
    for story in tracked(result.stories, advance):
        found = taken[story.id]
        if len(story.documents) < COMMON_ORIGIN_FROM_DOCUMENTS or not found:
            continue
        pairs = result.pairs_in[story.id]
        precedence = Precedence.of(result.by_id, pairs, story, result.releases.keys())
        named = precedence.named
        sources = sources_of(found)
        # Once a document, not once a pair: a wire story carried by 150 outlets has 11,175.
        versions = _unordered_versions(pairs)
        direct = {doc: _direct_sources(doc, sources, versions) for doc in sources}
        ancestors = {doc: _ancestors(doc, sources, versions) for doc in sources}
        reused = _Reused(result, pairs)
        ancestors = _closed(ancestors | _phrasing_ancestors(pairs, ancestors, reused))
        shares = {(t.copy, t.origin): t.share for t in found}
        copied = {
            frozenset((p.a, p.b)) for p in pairs if p.verdict is Verdict.COPY or p.same_article
        }
        # Pairs of other texts that share some, and of one outlet's text saved twice (from two
        # feeds, or a feed's item under two ids), which is one origin: a rewrite of it is
        # flagged once, against the copy it took. One text of two outlets (a release and its
        # newswire copy of one minute) is two origins.
        related = {
            frozenset((p.a, p.b))
            for p in pairs
            if p.verdict is not Verdict.INDEPENDENT and (p.same_source or not p.identical)
        }
        two_origins = {frozenset((p.a, p.b)) for p in pairs if p.identical and not p.same_source}
        # Per document, the other versions of its article, and its outlet's other texts it
        # shares text with: a wire's write-throughs in files of their own, which their times
        # order, are its versions of one story as much.
        one_outlet: defaultdict[str, set[str]] = defaultdict(set)
        for p in pairs:
            if p.same_article or (p.same_source and p.verdict is not Verdict.INDEPENDENT):
                one_outlet[p.a].add(p.b)
                one_outlet[p.b].add(p.a)
        crediting = _credited_in_text(pairs)
        routes: dict[tuple[str, str], tuple[str, tuple[str, str]]] = {}
        for pair in pairs:
            # A later version edits the earlier one: no third article's text, whatever else
            # the two took from.
            # So too of two texts of one outlet that their times order (a wire's URGENT and
            # its 2nd LEAD, in files of their own): whatever else the folder holds, the later
            # edits the earlier.
            if (
                pair.verdict is Verdict.INDEPENDENT
                or pair.same_article
                or (pair.same_source and pair.direction)
            ):
                continue
            if origin := _common_origin(
                pair, ancestors, direct, shares, precedence, copied, reused
            ):
                revised[(pair.a, pair.b)] = _from_common_origin(pair, origin)
            elif through := _through_its_own_source(
                pair,
                ancestors,
                named,
                related,
                reused,
                sources,
                versions,
                one_outlet,
                crediting,
                two_origins,
            ):
                copy = pair.b if pair.origin == pair.a else pair.a
                known = through if isinstance(through, str) else None
                if known:
                    routes[(copy, pair.origin or "")] = (known, (pair.a, pair.b))
                revised[(pair.a, pair.b)] = replace(
                    pair,
                    direction=None,
                    direction_basis=None,
                    undisclosed_reuse=False,
                    release_named_only_as_copied=False,
                    taken_through=TakenThrough(copy, known) if known else None,
                    taken_through_unknown=None if known else copy,
                )
        # Two articles that no direction orders, each holding what a copy shares with the
        # other, would each be the route to the other, and the copy reuse neither: it took
        # through the one it took less from, from the other.
        for (copy, origin), (source, key) in routes.items():
            back = routes.get((copy, source))
            took_more = (shares.get((copy, origin), 0.0), source) > (
                shares.get((copy, source), 0.0),
                origin,
            )
            if back and back[0] == origin and took_more:
                del revised[key]
    return tuple(revised.get((p.a, p.b), p) for p in result.pairs)


def across_common_origins(
    across: Sequence[PairComparison],
    taken: Mapping[str, Sequence[Taken]],
    story_of: Mapping[str, str],
    result: Result,
) -> tuple[PairComparison, ...]:
    """The pairs across stories (``Result.across``), each whose copy took what it shares with
    the other from a third article of the other's story revised as
    :func:`through_common_origins` revises a story's: it names that article
    (``common_origin``), and has no direction nor undisclosed reuse. The third article is one
    the other took from (by ``taken``, who copied whom in its story, by story id), and the copy's
    own pair with it holds as much of the copy's words at least: a round-up that took two
    sentences of a council's release copied the release, not a paper that reprinted it. Of a
    pair that shares phrasing alone (:func:`_phrasing_alone`), a press release the other took
    from that holds it will do (:func:`_common_origin` says why): a paper of the next day that
    ran a wire's story shares the release's phrases with a paper written from the release.
    """
    held = {(p.copy, p.origin): _share_of(p, p.copy) for p in across if p.copy and p.origin}
    phrasing = _Phrasing(result)
    revised = []
    for pair in across:
        copy, other = pair.copy, pair.origin
        origin = (
            next(
                (
                    t.origin
                    for t in taken.get(story_of[other], ())
                    if t.copy == other
                    and (
                        held.get((copy, t.origin), -1.0) >= held[(copy, other)]
                        or (
                            t.origin in result.releases
                            and _phrasing_alone(pair)
                            and phrasing.held(pair, [t.origin])
                        )
                    )
                ),
                None,
            )
            if copy and other
            else None
        )
        revised.append(_from_common_origin(pair, origin) if origin else pair)
    return tuple(revised)


def _from_common_origin(pair: PairComparison, origin: str) -> PairComparison:
    """``pair`` as two articles that took what they share from ``origin``: neither took it from
    the other, so it has no direction nor undisclosed reuse; nor a wire absent from the story
    for their origin (``common_wire``), its text being there."""
    return replace(
        pair,
        common_origin=origin,
        common_wire=None,
        direction=None,
        direction_basis=None,
        undisclosed_reuse=False,
        release_named_only_as_copied=False,
    )


def taken_directly(
    taken: Mapping[str, Sequence[Taken]], pairs: Iterable[PairComparison]
) -> dict[str, tuple[Taken, ...]]:
    """``taken`` (by story, from :func:`who_copied_whom`) without what a copy took from an
    article its pair with which :func:`through_common_origins` found it took through others
    (``taken_through``, ``taken_through_unknown``): that pair has no direction, and the trace,
    taken before it was revised, must not list it as a copy of that article all the same. A
    route through a later version of the article's own outlet is kept: the copy carries that
    article's wording where the version changed it, which stale copies are told by."""
    pairs = list(pairs)
    one_outlet = {frozenset((p.a, p.b)) for p in pairs if p.same_source}
    indirect = {
        frozenset((p.a, p.b))
        for p in pairs
        if p.taken_through_unknown
        or (
            p.taken_through
            and frozenset((p.a if p.b == p.taken_through.copy else p.b, p.taken_through.source))
            not in one_outlet
        )
    }
    return {
        story: tuple(t for t in rows if frozenset((t.copy, t.origin)) not in indirect)
        for story, rows in taken.items()
    }


def lede_origins(taken: Mapping[str, Sequence[Taken]]) -> dict[str, str]:
    """Per copy of ``taken`` (by story, as :func:`taken_directly` gives it), the article it took
    the first of its sentences it took from: its lede, which its headline sums up. Of two that
    gave it that sentence, the one it took most from, then the first in story order.

    >>> taken = {"s": (Taken("daily", "post", 0.3, False, (1,)), Taken("daily", "wire", 0.4, False, (0, 2)))}
    >>> lede_origins(taken)
    {'daily': 'wire'}
    """
    # sorted() is stable: rows tied on both keep their story order.
    ranked = sorted(
        (row for rows in taken.values() for row in rows if row.sentences),
        key=lambda row: (min(row.sentences), -row.share),
    )
    origins: dict[str, str] = {}
    for row in ranked:
        origins.setdefault(row.copy, row.origin)
    return origins


def taken_across(across: Iterable[PairComparison]) -> dict[str, tuple[Taken, ...]]:
    """What the copy of each pair across stories (``Result.across``) took from the other, as
    :func:`taken_from` gives a story's, by the copy's story id (the pair's ``story``): the pair's
    containment of the copy, whether it credits the other (or is of its outlet), and its
    sentences copied or edited from it; a pair without a direction, whose copy took only
    phrasing, or that fills one template in for two events or days (``template``), gives none."""
    found: defaultdict[str, list[Taken]] = defaultdict(list)
    for pair in across:
        if pair.template is not None:
            continue
        if (copy := pair.copy) and (origin := pair.origin) and (share := _share_of(pair, copy)):
            reused = (m.a if copy == pair.a else m.b for m in pair.matches if m.kind.is_reuse)
            found[pair.story].append(
                Taken(
                    copy,
                    origin,
                    round(share, 3),
                    credited=pair.same_source or copy in pair.crediting,
                    sentences=tuple(sorted({i for span in reused for i in span.sentences})),
                )
            )
    return {story: tuple(taken) for story, taken in found.items()}


def _share_of(pair: PairComparison, doc: str) -> float:
    """The share of ``doc``'s words in sentences copied or edited from the other of ``pair``."""
    return pair.a_in_b if doc == pair.a else pair.b_in_a


def _through_its_own_source(
    pair: PairComparison,
    ancestors: Mapping[str, AbstractSet[str]],
    named: Mapping[frozenset[str], str],
    related: AbstractSet[frozenset[str]],
    reused: _Reused,
    sources: Mapping[str, Sequence[Taken]],
    versions: Mapping[str, AbstractSet[str]],
    one_outlet: Mapping[str, AbstractSet[str]],
    crediting: Mapping[str, AbstractSet[str]],
    two_origins: AbstractSet[frozenset[str]],
) -> str | Literal[_Route.UNKNOWN] | None:
    """The article the copy of a directed pair has what it shares with the origin from, if any
    (the one it took most from, then the first by id): an article it took its text from
    (``ancestors``, its pair's origin too), which shares text with that origin (``related``), is
    not another version of the origin's report (:func:`_same_report`), has no direction with it,
    or is another text of its outlet that shares text with it (``one_outlet``: a paper that
    copied an article's update, or a wire's later write-through, is flagged once, against the
    version it took most from, not against each version before it), or is a copy of the origin
    when the copy took none of its text from the origin directly (``sources``: an aggregator
    that copies a blog's rewrite of a press release is flagged once, if at all, against the
    blog; one that kept a sentence as the release wrote it where the blog reworded it worked
    from the release too, and stays its copy), and holds what the two share
    (:meth:`_Reused.held`). A paper that carries a Reuters story shares the wire's words
    with a TASS story that shares them with Reuters: whichever wire had them first, the paper
    took them from Reuters, and no direction nor undisclosed reuse says it took them from TASS;
    one that does not credit Reuters is flagged once, against Reuters. So too with the AP story
    saved twice of one time, from two feeds: a paper that rewrites it is flagged once, against
    the copy it took. But a release on a newswire at the minute the company published it, its
    text of another outlet, is the release: a paper that credits the company still reuses the
    newswire's copy.

    So too any article the copy took its text from, whatever its pair with the origin, when the
    trace gives the copy none of the origin's sentences (``took_none``): a TV station that read
    an agency's rewrite of a release shares a line with a radio station that read the release,
    both speaking its figures alike, and took the line from the agency all the same, though no
    pair ties the agency to the radio. Not the origin's own text of another outlet
    (``two_origins``: the release on the company's site and on a newswire at one minute), which
    the trace gives a copy of either as it may: both are the origin.

    Of a pair that shares phrasing alone, the article must also hold the phrases the pair lists
    (:meth:`_Phrasing.holds_listed`); when such articles hold some of them, none of them most,
    ``_Route.UNKNOWN``: it took the phrases through articles it took from, and which is not
    known. A post that took a blog's rewrite of a release through two aggregators shares
    "a new study" with the release, which one of them has, and "the study's lead author",
    which another has: neither is where it took them, and the post did not take them from the
    release.

    So too an article whose outlet the copy credits in its text (``crediting``: see
    :func:`_credited_in_text`), named a copy of the origin, though the two are one text: a
    partner that runs the Northgate Daily News's story "originally published by" it took the
    paper's text, not that of an earlier network copy the times put before the paper."""
    origin = pair.origin
    if origin is None:
        return None
    copy = pair.b if origin == pair.a else pair.a
    credited = crediting.get(copy, frozenset())
    same_report = _same_report(origin, copy, sources, versions, one_outlet)
    took = {t.origin: t.share for t in sources.get(copy, ())}
    # The trace gives the copy none of the sentences it shares with the origin: it took them
    # from its own sources, whatever their pairs with the origin.
    took_none = origin not in took and not _phrasing_alone(pair)
    # Lazily: a story that 300 outlets carry asks it of 44,850 pairs.
    through = (
        source
        for source in sorted(ancestors.get(copy, ()), key=lambda s: (-took.get(s, 0.0), s))
        if source != origin
        and source not in same_report
        and named.get(frozenset((source, copy))) == source
        # Of a pair that shares phrasing alone, a source that holds every phrase of it: a
        # paper that ran an agency's story quoting a release has the release's phrases
        # from the agency, whatever the agency's pair with it. Not a line of the paper's
        # own that shares the origin's words.
        and (
            frozenset((source, origin)) in related
            or (_phrasing_alone(pair) and reused.phrasing.held(pair, [source], share=1.0))
            or (source in credited and named.get(frozenset((source, origin))) == origin)
            or (took_none and frozenset((source, origin)) not in two_origins)
        )
        and (
            frozenset((source, origin)) not in named
            or source in one_outlet.get(origin, ())
            # A copy of the origin's copy, which the trace gives nothing of the origin's
            # directly: one that worked from the origin too took from it, and is its copy.
            or (named[frozenset((source, origin))] == origin and origin not in took)
            or took_none
        )
        and reused.held(pair, [source])
    )
    first = next(through, None)
    if first is None:
        return None
    if not _phrasing_alone(pair) or reused.phrasing.holds_listed(pair, first):
        return first
    return next((s for s in through if reused.phrasing.holds_listed(pair, s)), _Route.UNKNOWN)


def _same_report(
    origin: str,
    copy: str,
    sources: Mapping[str, Sequence[Taken]],
    versions: Mapping[str, AbstractSet[str]],
    one_outlet: Mapping[str, AbstractSet[str]],
) -> AbstractSet[str]:
    """The other versions of ``origin``'s report (``versions``, from
    :func:`_unordered_versions`, and its outlet's other texts that share text with it,
    ``one_outlet``, whatever their order) when ``copy`` took more from ``origin`` than from any
    of them (``sources``, the most first): they are the one report the copy took through ``origin``,
    not another article it took that text from. An agency files a story and an update under one
    timestamp, and a paper rewrites the story without credit: it is flagged once, against the
    story, and its pair with the update, which the trace takes nothing from, is not. Were each
    version counted as the other's source, both pairs would lose their flag.
    """
    report = {*versions.get(origin, ()), *one_outlet.get(origin, ())}
    closest = next((t.origin for t in sources.get(copy, ()) if t.origin in {origin, *report}), None)
    return report if closest == origin else frozenset()


def _phrasing_ancestors(
    pairs: Sequence[PairComparison], ancestors: Mapping[str, AbstractSet[str]], reused: _Reused
) -> dict[str, set[str]]:
    """The articles that documents which took no sentence, only phrasing, took it from,
    directly or through others: of the articles their pairs' directions say they reuse, those
    whose phrasing they share most of, but for any that took theirs from another of these. A
    brief in the wire's words shares them as much with each full reprint of the wire: it took
    them from the wire. One that shares more with a paper that added to the wire took from it;
    not when the sentences it shares with the paper in any form it shares, nearly all, with the
    wire too (:meth:`_Reused.within`): a radio script that rewords the wire's quotations shares
    them with a paper that ran them, a little more when it rewords a line of the paper's too,
    and took them from the wire all the same."""
    shares: defaultdict[str, dict[str, float]] = defaultdict(dict)
    for pair in pairs:
        origin = pair.origin
        copy = pair.b if origin == pair.a else pair.a
        if origin is not None and copy not in ancestors:
            shares[copy][origin] = pair.b_phrases_in_a if copy == pair.b else pair.a_phrases_in_b
    found: dict[str, set[str]] = {}
    for copy, share in shares.items():
        share = {
            origin: taken
            for origin, taken in share.items()
            if not any(
                earlier in ancestors.get(origin, ()) and reused.within(copy, origin, earlier)
                for earlier in share
            )
        } or share
        most = max(share.values())
        closest = {origin for origin, taken in share.items() if taken == most}
        first = {o for o in closest if closest.isdisjoint(ancestors.get(o, ()))}
        found[copy] = first.union(*(ancestors.get(o, ()) for o in first))
    return found


def _closed(ancestors: Mapping[str, AbstractSet[str]]) -> dict[str, set[str]]:
    """Each document's ``ancestors`` with theirs, and so on: a copy of a rewrite that took only
    the release's phrasing (:func:`_phrasing_ancestors`), not a sentence of it, took that
    phrasing from the release too, as its copied sentences carry it."""
    closed: dict[str, set[str]] = {}
    for doc in ancestors:
        found: set[str] = set()
        waiting = [doc]
        while waiting:
            for origin in ancestors.get(waiting.pop(), ()):
                if origin not in found:
                    found.add(origin)
                    waiting.append(origin)
        closed[doc] = found
    return closed


def _phrasing_alone(pair: PairComparison) -> bool:
    """Whether ``pair`` shares phrasing and no sentence copied or edited."""
    return bool(pair.shared_phrases) and not (pair.a_in_b or pair.b_in_a)


def _common_origin(
    pair: PairComparison,
    ancestors: Mapping[str, AbstractSet[str]],
    direct: Mapping[str, AbstractSet[str]],
    shares: Mapping[tuple[str, str], float],
    precedence: Precedence,
    copied: AbstractSet[frozenset[str]],
    reused: _Reused,
) -> str | None:
    """The article that both of a pair took their text from, directly or through others (a
    rewrite of a reprint of the wire took the wire's text: ``ancestors``), when neither took
    from the other, it is the likely origin of each one's pair with it (``named``) and such
    articles together hold what the two share (:meth:`_Reused.held`); of several, the one they
    took most from directly (``shares``, by copy and source), then the first by id.

    When one took from the other only through third articles (not ``direct``ly, from the other
    or a version of it), the two took what they share from such an article that one of them
    took from directly, when those hold it: a rewrite of the wire that took a line from a
    paper, which took a line from another that reprinted the wire, shares with the reprint the
    wire's text, not the reprint's, however the papers between them chain. A paper's own
    reporting that the other took through a third is no such article's text.

    Of a pair whose verdict rests on shared phrasing alone, the article its copy took from,
    published before its origin, will do too: its phrasing was out before the origin's, and the
    copy is known to have read it. Not one the copy is a copy of (``copied``: verdict ``copy``,
    or a later version): what such a copy shares beyond it is a line of its own, which shows it
    read the other (``overlap.out_by_origins`` dates it as that article when it shares none).
    A blog written from a company's release shares the release's "earnings per share were"
    and "data-center revenue grew 41% to" with the wire that ran them, which reports the
    release in its own words, and took them from the release. So too of two that share phrasing
    alone (:func:`_phrasing_alone`) with a press release of the story published before both,
    which holds it, however each came by it.
    """
    named = precedence.named
    of_a, of_b = ancestors.get(pair.a, frozenset()), ancestors.get(pair.b, frozenset())
    both = [
        origin
        for origin in sorted(of_a & of_b)
        if named.get(frozenset((origin, pair.a)))
        == origin
        == named.get(frozenset((origin, pair.b)))
    ]
    if pair.shared_phrases and pair.origin is not None and not both:
        copy = pair.b if pair.origin == pair.a else pair.a
        both = [
            origin
            for origin in sorted(ancestors.get(copy, frozenset()) - {pair.origin})
            if named.get(frozenset((origin, copy))) == origin
            and frozenset((origin, copy)) not in copied
            and precedence.first(origin, pair.origin)
        ]
    if _phrasing_alone(pair) and not (both and reused.held(pair, both)):
        # A release is written for its day's news, never from it: the phrases two later
        # articles share with it are its own, whichever way each came by them (a paper from a
        # wire that rewrote the release, another from the release). So too when an article
        # both took from does not hold them: a paper that read the study's abstract, the
        # record, shares with a wire's rewrite of the release the release's phrases, not the
        # abstract's.
        both = [
            release
            for release in sorted(precedence.releases)
            if release in precedence.documents
            and release not in (pair.a, pair.b)
            and precedence.first(release, pair.a)
            and precedence.first(release, pair.b)
        ]
    if pair.b in of_a or pair.a in of_b:
        direct_a, direct_b = direct.get(pair.a, frozenset()), direct.get(pair.b, frozenset())
        if pair.b in direct_a or pair.a in direct_b:
            return None
        both = [origin for origin in both if origin in direct_a or origin in direct_b]
    if not both or not reused.held(pair, both):
        return None
    return max(
        both,
        key=lambda o: shares.get((pair.a, o), 0.0) + shares.get((pair.b, o), 0.0),
        default=None,
    )


class _Reused:
    """Which of a document's sentences outside boilerplate another document of the story has,
    copied or edited (or in any form), by their pair's matches, and how many words they hold.

    Documents that print one text with the same boilerplate (:func:`records.text_numbers`) have
    the same matches with the documents of any other text, as the pipeline aligns each pair of
    texts once: what a document has of another is found once a pair of texts, each way round,
    and read for every pair of documents that print them. A wire story 300 outlets print in
    a few versions asks it of some 350,000 pairs of documents and a few hundred of texts.
    """

    def __init__(self, result: Result, pairs: Sequence[PairComparison]) -> None:
        self._result = result
        self._pairs = {frozenset((p.a, p.b)): p for p in pairs}
        in_story = sorted({doc for p in pairs for doc in (p.a, p.b)})
        self._text = text_numbers(
            (result.by_id[doc] for doc in in_story),
            boilerplate_indexes(in_story, result.sentences, result.boilerplate),
        )
        # By the texts of the pair's a and b, whether the sentences are a's, and the kinds asked.
        self._found: dict[tuple[int, int, bool, bool, bool], frozenset[int]] = {}
        # Transcripts without punctuation, compared in pieces that may run across an origin's
        # sentences (see :func:`_beside`).
        self._unmarked = frozenset(d for d in in_story if unpunctuated(result.by_id[d].text))
        self.phrasing = _Phrasing(result)
        self._quotations_alone: dict[str, frozenset[int]] = {}

    def held(self, pair: PairComparison, origins: Sequence[str]) -> bool:
        """Whether ``origins`` together have, in some form, ``COMMON_ORIGINS_HOLD`` of the words
        each of ``pair``'s two articles shares with the other, copied or edited (all of it when
        they share only phrasing), and every sentence they share word for word. Two full
        reprints of the wire that share two of its sentences with an earlier article took the
        other seven from the wire, not from that article, even when the wire, saved twice, is
        named the origin of neither (the two copies of its text, of one time, have no direction
        between them). Two copies of a reprint that share its local paragraph, which the wire
        lacks, took more than the wire's. But a sentence the wire has only as a paraphrase of
        one's version is still the wire's: a rewrite that happens on a reprint's word for the
        wire's ("derailment" for "accident") edits the reprint's sentence, not the wire's, and
        took it from the wire all the same. Not so of sentences the two print word for word: the
        origins must have most of those copied or edited, not only reworded. A sentence that is a
        quotation and its tag alone (:meth:`_quotation_alone`) need not be held: it is the
        speaker's words.
        """
        sentences_shared = False
        for doc, other in ((pair.a, pair.b), (pair.b, pair.a)):
            quoted_only = self._quotation_alone(doc)
            shared = self._sentences(doc, other) - quoted_only
            held = frozenset[int]().union(
                *(self._sentences(doc, o, any_form=True) for o in origins)
            )
            words = self._words(doc, shared)
            if words and self._words(doc, shared & held) < COMMON_ORIGINS_HOLD * words:
                held |= self._held_through(doc, other, origins)
                if self._words(doc, shared & held) < COMMON_ORIGINS_HOLD * words:
                    return False
            word_for_word = self._sentences(doc, other, verbatim=True) - quoted_only
            if not word_for_word <= held:
                return False
            # Sentences two print word for word that the origins reword are one's wording,
            # which the other took: an aggregator's copy of a paper's rewrite of the wire shares
            # the paper's text, not the wire's (acceptance round 38, b9).
            worded = frozenset[int]().union(*(self._sentences(doc, o) for o in origins))
            if self._words(doc, word_for_word - worded) > (1 - COMMON_ORIGINS_HOLD) * words:
                return False
            sentences_shared = sentences_shared or bool(words)
        return sentences_shared or self.phrasing.held(pair, origins)

    def _quotation_alone(self, doc: str) -> frozenset[int]:
        """``doc``'s sentences that are a quotation and its tag alone, no word of them counted
        (``overlap.own_words``): two students who quote one interview alike ("'We're relieved,'
        she said.") took the quotation from the speaker, not from each other, and it tells
        nothing of the article they share the rest with."""
        if doc not in self._quotations_alone:
            counted = own_words(self._result.by_id[doc], self._result.sentences[doc], frozenset())
            self._quotations_alone[doc] = frozenset(i for i, n in counted.items() if not n)
        return self._quotations_alone[doc]

    def _held_through(self, doc: str, other: str, origins: Sequence[str]) -> frozenset[int]:
        """``doc``'s sentences that ``other`` has copied or edited whose versions in ``other``
        ``origins`` have in some form, when ``doc``'s hold none of those versions' words that
        the origins' lack (:func:`_tells_source`). A paper that cut the wire's lede to its first
        clause is nearer a brief's shortened lede than the wire's whole one, and no pair aligns
        it with the wire's; but it holds nothing of the brief's own, and took the line from the
        wire it took the rest from."""
        pair = self._pairs[frozenset((doc, other))]
        on_a = doc == pair.a
        sentences = self._result.sentences
        found: set[int] = set()
        for match in pair.matches:
            if not match.kind.is_reuse:
                continue
            mine, theirs = (match.a, match.b) if on_a else (match.b, match.a)
            found_in = [self._versions_in(other, j, origins) for j in theirs.sentences]
            kept = [words for words in found_in if words is not None]
            if len(kept) < len(found_in):
                continue
            own = frozenset(
                word
                for j in theirs.sentences
                for word in _words_read(sentences[other][j])
                if _tells_source(word)
            ).difference(*kept)
            if all(own.isdisjoint(_words_read(sentences[doc][i])) for i in mine.sentences):
                found.update(mine.sentences)
        return frozenset(found)

    def _versions_in(self, doc: str, i: int, origins: Sequence[str]) -> frozenset[str] | None:
        """The words of the sentences of ``origins`` aligned, in any form, with ``doc``'s
        sentence ``i``, and, of a transcript without punctuation, of the sentences next to them
        (:func:`_beside`); ``None`` when none is aligned."""
        sentences = self._result.sentences
        words: set[str] = set()
        aligned = False
        for origin in origins:
            pair = self._pairs.get(frozenset((doc, origin)))
            if pair is None:
                continue
            on_a = doc == pair.a
            of_origin = sentences[origin]
            for match in pair.matches:
                mine, theirs = (match.a, match.b) if on_a else (match.b, match.a)
                if i in mine.sentences:
                    aligned = True
                    words.update(_beside(of_origin, theirs.sentences, doc in self._unmarked))
        return frozenset(words) if aligned else None

    def within(self, doc: str, other: str, origin: str) -> bool:
        """Whether ``origin`` has, in some form, ``COMMON_ORIGINS_HOLD`` of the words of the
        sentences of ``doc`` that ``other`` has in some form: what ``doc`` shares with ``other``
        it shares, nearly all, with ``origin`` too."""
        shared = self._sentences(doc, other, any_form=True)
        held = shared & self._sentences(doc, origin, any_form=True)
        return self._words(doc, held) >= COMMON_ORIGINS_HOLD * self._words(doc, shared)

    def _sentences(
        self, doc: str, other: str, *, verbatim: bool = False, any_form: bool = False
    ) -> frozenset[int]:
        """``doc``'s sentences outside boilerplate that ``other`` has copied or edited, or only
        word for word, or in any form (a paraphrase or a shared quotation too)."""
        pair = self._pairs.get(frozenset((doc, other)))
        if pair is None:
            return frozenset()
        on_a = doc == pair.a
        key = (self._text[pair.a], self._text[pair.b], on_a, verbatim, any_form)
        if key not in self._found:
            boilerplate = self._result.boilerplate
            self._found[key] = frozenset(
                i
                for match in pair.matches
                if any_form
                or (match.kind is MatchKind.VERBATIM if verbatim else match.kind.is_reuse)
                for i in (match.a if on_a else match.b).sentences
                if (doc, i) not in boilerplate
            )
        return self._found[key]

    def _words(self, doc: str, sentences: AbstractSet[int]) -> int:
        found = self._result.sentences[doc]
        return sum(len(found[i].tokens) for i in sentences)


class _Phrasing:
    """The phrases of a run's documents (runs of ``overlap.PHRASE_WORDS`` words outside
    boilerplate), found when asked, and which of them other documents hold."""

    def __init__(self, result: Result) -> None:
        self._result = result
        self._phrases_of: dict[str, frozenset[tuple[str, ...]]] = {}

    def held(
        self, pair: PairComparison, origins: Sequence[str], share: float = COMMON_PHRASING_HOLD
    ) -> bool:
        """Whether ``origins`` together have ``share`` of the phrases that ``pair``'s two
        articles share: of two rewrites that share only phrasing, the release's "41 hospital
        trusts" is the release's, but a copy's own turn of phrase that the other took is the
        copy's."""
        shared = self._phrases(pair.a) & self._phrases(pair.b)
        held = shared & frozenset[tuple[str, ...]]().union(*(self._phrases(o) for o in origins))
        return len(held) >= share * len(shared)

    def holds_listed(self, pair: PairComparison, origin: str) -> bool:
        """Whether ``origin`` has ``COMMON_ORIGINS_HOLD`` of the phrases of the runs of words
        ``pair`` lists as shared (``shared_phrases``): those its verdict rests on, outside
        quotations and stock phrases, not every run of three words the two have in common
        ("of the puzzle" in a quotation both carry).

        >>> from compare.pipeline import compare_documents
        >>> release = Document("release", "Release", "A new study links late phones to poor sleep.")
        >>> blog = Document("blog", "Blog", "A new study is out today.")
        >>> result = compare_documents([release, blog])
        >>> pair = replace(result.pairs[0], shared_phrases=("a new study links late phones",))
        >>> phrasing = _Phrasing(result)
        >>> phrasing.holds_listed(pair, "blog"), phrasing.holds_listed(pair, "release")
        (False, True)
        """
        listed = {phrase for run in pair.shared_phrases for phrase in _runs_of(tuple(run.split()))}
        held = listed & self._phrases(origin)
        return len(held) >= COMMON_ORIGINS_HOLD * len(listed)

    def _phrases(self, doc: str) -> frozenset[tuple[str, ...]]:
        if doc not in self._phrases_of:
            boilerplate = self._result.boilerplate
            self._phrases_of[doc] = frozenset(
                phrase
                for s in self._result.sentences[doc]
                if (doc, s.index) not in boilerplate
                for phrase in _runs_of(s.tokens)
            )
        return self._phrases_of[doc]


def _runs_of(tokens: Sequence[str]) -> Iterator[tuple[str, ...]]:
    """The runs of ``PHRASE_WORDS`` words of ``tokens``, one from each word on."""
    return zip(*(tokens[k:] for k in range(PHRASE_WORDS)), strict=False)


def _ancestors(
    doc: str, sources: Mapping[str, Sequence[Taken]], versions: Mapping[str, AbstractSet[str]]
) -> set[str]:
    """The articles ``doc`` took text from, directly or through others, and the other
    ``versions`` of each (:func:`_unordered_versions`)."""
    found: set[str] = set()
    waiting = [doc]
    while waiting:
        for origin in _direct_sources(waiting.pop(), sources, versions):
            if origin not in found:
                found.add(origin)
                waiting.append(origin)
    return found


def _direct_sources(
    doc: str, sources: Mapping[str, Sequence[Taken]], versions: Mapping[str, AbstractSet[str]]
) -> set[str]:
    """The articles ``doc`` took text from itself, not through others, and the other
    ``versions`` of each (:func:`_unordered_versions`)."""
    return {
        origin
        for taken in sources.get(doc, ())
        for origin in (taken.origin, *versions.get(taken.origin, ()))
    }


def _unordered_versions(pairs: Sequence[PairComparison]) -> dict[str, set[str]]:
    """Per document, the other versions of its story from its outlet that no date places before
    or after it (their pair has no direction): an agency's story and its update, undated, are
    one report of the agency's, and a paper that took the one and a paper that took the other
    both reuse it, not each other."""
    versions: defaultdict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        if pair.same_source and pair.direction is None and pair.verdict is not Verdict.INDEPENDENT:
            versions[pair.a].add(pair.b)
            versions[pair.b].add(pair.a)
    return versions


# Per two documents, both ways round: their sentences aligned as copies or edits, by the two
# indexes, and each alignment's similarity and the share of the first one's words that the
# second also has (``overlap.kept_share``).
_Aligned = dict[tuple[str, str], dict[tuple[int, int], tuple[float, float]]]


def _reuse(pairs: Sequence[PairComparison], ledes: Mapping[str, int | None]) -> _Aligned:
    """The sentences of every pair aligned as verbatim or edited (``_Aligned``), the two ledes
    told by the number of each document's first sentence outside boilerplate (``ledes``, by its
    id: see :func:`_similarity`), in pairs whose verdict is not ``independent``: one shared
    stock line takes nothing; nor do the lines of one template two articles fill in for two
    events or days (``template``): of two towns' burglary briefs, the one published first is
    no source of the other; nor do two papers' copies of one wire story that each credits
    (``common_wire``): each took it from the wire."""
    reuse: _Aligned = {}
    # What each side keeps of the other follows from the two texts (a match's edits do), and
    # outlets that carry one wire story meet the same sentence pairs again and again: worked
    # out once a story, not once a pair of outlets.
    kept: dict[tuple[str, str], tuple[float, float]] = {}
    for pair in pairs:
        if pair.verdict is Verdict.INDEPENDENT or pair.template is not None or pair.common_wire:
            continue
        # Keyed by the two documents, then by two indexes, not by two (document, index)
        # nodes: a story that 250 outlets carry aligns 600,000 sentence pairs both ways, and
        # a key of nested tuples took three times as long to build.
        a_to_b, b_to_a = (
            reuse.setdefault((pair.a, pair.b), {}),
            reuse.setdefault((pair.b, pair.a), {}),
        )
        for match in pair.matches:
            if match.kind.is_reuse:
                texts = (match.a.text, match.b.text)
                if texts not in kept:
                    kept[texts] = (kept_share(match, "a"), kept_share(match, "b"))
                kept_a, kept_b = kept[texts]
                similarity = _similarity(match, (ledes[pair.a], ledes[pair.b]))
                for i in match.a.sentences:
                    for j in match.b.sentences:
                        a_to_b[(i, j)] = (similarity, kept_a)
                        b_to_a[(j, i)] = (similarity, kept_b)
    return reuse


def _similarity(match: Match, ledes: tuple[int | None, int | None]) -> float:
    """How alike a match's two texts are, as a source is chosen by it: two ledes (``ledes``:
    the numbers of the two documents' first sentences outside boilerplate) one word for word
    but for a dateline are word for word, as overlap counts them for the verdict
    (``overlap.ledes_but_for_datelines``), or an aggregator that drops a paper's "Velmora - "
    seems nearer the wire it never read than the paper it copied whole."""
    # Where a side opens with a dateline Lexicon.dateline reads, overlap cuts the other side's
    # lede by that dateline's words (its _after_dateline), which needs the sides it measures
    # and this stage no longer holds: on the corpora, the seeds and every acceptance round's
    # inputs tried, the two read every pair of ledes alike.
    if ledes_but_for_datelines(match, ledes):
        return WORD_FOR_WORD
    return match.similarity


def _alike(reuse: _Aligned) -> dict[tuple[str, str], tuple[float, int, float]]:
    """How alike two documents are throughout, by the two: the similarities of their sentences
    aligned word for word, summed; then the fewer aligned only after edits; then the
    similarities of all aligned as copies or edits (``reuse``, from :func:`_reuse`), summed. A
    subscriber that ran a wire's substitute and kept a paragraph of the killed story matches the
    killed one's lede only after an edit (the name it corrected), the substitute's word for
    word: it took from the substitute, however many sentences the two versions share.

    >>> _alike({("copy", "v1"): {(0, 0): (90.0, 1.0), (1, 1): (100.0, 1.0)},
    ...     ("copy", "v2"): {(0, 0): (100.0, 1.0)}})
    {('copy', 'v1'): (100.0, -1, 190.0), ('copy', 'v2'): (100.0, 0, 100.0)}
    """
    return {
        docs: (
            sum(similarity for similarity, _ in aligned.values() if similarity >= WORD_FOR_WORD),
            -sum(similarity < WORD_FOR_WORD for similarity, _ in aligned.values()),
            sum(similarity for similarity, _ in aligned.values()),
        )
        for docs, aligned in reuse.items()
    }


@dataclass(frozen=True, slots=True)
class _Likeness:
    """What :func:`_closest` weighs, gathered once a story: how alike its documents are,
    sentence by sentence and throughout, which are one outlet's versions, and their words."""

    aligned: _Aligned
    # How alike two documents are throughout (:func:`_alike`).
    alike: Mapping[tuple[str, str], tuple[float, int, float]]
    # The pairs of one outlet's documents: an agency's story and its update.
    one_outlet: AbstractSet[frozenset[str]]
    sentences: Mapping[str, Sequence[Sentence]]
    # The pairs of versions of one article.
    one_article: AbstractSet[frozenset[str]]
    # The story's pairs, by their two documents.
    pairs: Mapping[frozenset[str], PairComparison]
    # The run's documents and press releases, by id: what a copy of each may add on its own.
    documents: Mapping[str, Document]
    releases: Mapping[str, PressRelease]
    # Per document, the indexes of each sentence it prints more than once, found when asked.
    repeated: dict[str, Mapping[str, tuple[int, ...]]] = field(default_factory=dict)
    # Per document, whether it is a transcript without punctuation, found when asked.
    unmarked: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def of(cls, result: Result, pairs: Sequence[PairComparison]) -> _Likeness:
        # Each document's lede: its first sentence outside boilerplate, as overlap reads it.
        ledes = {
            doc: next(
                (
                    s.index
                    for s in result.sentences[doc]
                    if (doc, s.index) not in result.boilerplate
                ),
                None,
            )
            for doc in dict.fromkeys(doc for pair in pairs for doc in (pair.a, pair.b))
        }
        aligned = _reuse(pairs, ledes)
        one_outlet = {frozenset((p.a, p.b)) for p in pairs if p.same_source}
        one_article = {frozenset((p.a, p.b)) for p in pairs if p.same_article}
        by_documents = {frozenset((p.a, p.b)): p for p in pairs}
        return cls(
            aligned,
            _alike(aligned),
            one_outlet,
            result.sentences,
            one_article,
            by_documents,
            result.by_id,
            result.releases,
        )

    def match_of(
        self, found: Mapping[tuple[int, int], tuple[float, float]], i: int, doc: str, j: int
    ) -> tuple[float, float] | None:
        """The similarity and kept share of sentence ``i`` aligned with sentence ``j`` of
        ``doc`` (``found``: the pair's alignment), or with another sentence of ``doc`` that
        words ``j`` alike: a line an article repeats ("The complaint was closed with no
        finding.") is one line, whichever occurrence a pair aligned and a group holds."""
        match = found.get((i, j))
        if match is None:
            for repeated in self._repeats(doc).get(self.sentences[doc][j].key, ()):
                match = found.get((i, repeated))
                if match is not None:
                    break
        return match

    def has_aligned(self, version: Version, doc: str) -> bool:
        """Whether a sentence of ``version`` is aligned with one of ``doc``'s as a copy or edit,
        in or out of the group: a copy that kept a line its source has did not drop it, though
        the source's line went to another group."""
        found = self.aligned.get((version.doc, doc), {})
        return any(i in version.sentences for i, _ in found)

    def _repeats(self, doc: str) -> Mapping[str, tuple[int, ...]]:
        """The indexes of each sentence ``doc`` prints more than once, by its key."""
        if doc not in self.repeated:
            at: defaultdict[str, list[int]] = defaultdict(list)
            for sentence in self.sentences[doc]:
                at[sentence.key].append(sentence.index)
            self.repeated[doc] = {key: tuple(n) for key, n in at.items() if len(n) > 1}
        return self.repeated[doc]

    def copied_within(self, version: Version, group: SentenceGroup) -> bool:
        """Whether ``version``'s pair with another paraphrase of ``group``'s shown sentence
        aligns the two as a copy or edit. A group's kinds say how each version stands to its
        shown sentence only: a student's paste of a press release and the release are both
        paraphrases of a third article's sentence, and were taken for no copy of each other. A
        paraphrase that a copy of the shown sentence happens to word alike (a rewrite of the wire
        using a reprint's word) took nothing from that copy: the wire is its source; nor did a
        version whose outlet has another in the group as a copy or edit of the shown sentence,
        whose text comes from its own (an outlet's 15:30 edit that words a sentence as a rival's
        copy of its 06:30 version had). Another that words the sentence as this one does changed
        nothing of it (a crawler's second copy of the page, "?utm_source=..."): each is judged as
        the other is. Two versions that both reword the shown sentence have no such version of
        their own to take it from: a student's draft and its resubmission, both pasting the
        release, took it from the release."""
        worded = self._worded(version)
        if any(
            frozenset((version.doc, other.doc)) in self.one_outlet and self._worded(other) != worded
            for other in group.versions
            if other is not version and (other.kind is None or other.kind.is_reuse)
        ):
            return False
        return any(
            self.match_of(found, i, other.doc, j) is not None
            for other in group.versions
            if other is not version
            and other.kind is not None
            and not other.kind.is_reuse
            and (found := self.aligned.get((version.doc, other.doc)))
            for i in version.sentences
            for j in other.sentences
        )

    def _worded(self, version: Version) -> tuple[str, ...]:
        """How ``version``'s sentences are worded, by their keys."""
        return tuple(self.sentences[version.doc][i].key for i in version.sentences)

    def in_any_form(self, version: Version, other: Version) -> bool:
        """Whether a sentence of ``version`` is aligned with one of ``other`` in any form, a
        paraphrase or a shared quotation too."""
        pair = self.pairs.get(frozenset((version.doc, other.doc)))
        if pair is None:
            return False
        on_a = version.doc == pair.a
        mine, theirs = frozenset(version.sentences), frozenset(other.sentences)
        return any(
            not mine.isdisjoint((m.a if on_a else m.b).sentences)
            and not theirs.isdisjoint((m.b if on_a else m.a).sentences)
            for m in pair.matches
        )

    def words(self, version: Version) -> frozenset[str]:
        """The words of ``version``'s sentences, their figures read (see :func:`_words_read`)."""
        found = self.sentences[version.doc]
        return frozenset(word for i in version.sentences for word in _words_read(found[i]))

    def words_beside(self, version: Version, copy: str) -> frozenset[str]:
        """The words of ``version``'s sentences and, when ``copy`` is a transcript without
        punctuation, of the sentences next to them in its document (see :func:`_beside`)."""
        if copy not in self.unmarked:
            self.unmarked[copy] = unpunctuated(self.documents[copy].text)
        return _beside(self.sentences[version.doc], version.sentences, self.unmarked[copy])

    def telling(self, words: AbstractSet[str], origin: Version) -> frozenset[str]:
        """Of ``words`` a copy adds to ``origin``'s text, those another copy that has them too
        did not come by on its own: not a day ``origin``'s "today" (or "yesterday", "tomorrow")
        names, as its date tells ("on Thursday", "12 June": :func:`_days_named_from`), nor, of
        a press release, an attribution to its issuer (", the club said", "Ashcombe Town FC
        announced": :func:`_attribution_words`). Every sub-editor makes those edits, and two
        copies that make them alike took the release's text from the release."""
        routine: set[str] = set()
        published = self.documents[origin.doc].published
        if published and not lexicon().relative_days.isdisjoint(self.words(origin)):
            routine |= _days_named_from(published)
        release = self.releases.get(origin.doc)
        if release is not None:
            routine |= _attribution_words(release.issuer)
        return frozenset(words) - routine

    def sides_with(
        self, version: Version, other: Version, origin: Version, own: AbstractSet[str]
    ) -> bool:
        """Whether ``version`` holds some of ``own`` (its words of content the origin's lacks)
        that ``other`` has, and keeps none of the ``origin``'s words of content that ``other``
        changed: it took ``other``'s line, however its own rewording scores against each. A
        chain message that writes "Fueron 1,5 millones de dosis: casi medio millón..." for an
        account's "Se aplicaron 1.500.000 dosis: casi medio millón..." took the account's line,
        not the blog's "Es decir: casi medio millón...", which scores nearer only for being
        shorter."""
        mine, theirs = self.words(version), self.words(other)
        dropped = self.words(origin) - theirs
        return not own.isdisjoint(theirs) and not any(
            _tells_source(word) for word in mine & dropped
        )

    def has_any(self, version: Version, words: AbstractSet[str]) -> bool:
        """Whether ``version``'s sentences have any of ``words``."""
        found = self.sentences[version.doc]
        return any(not words.isdisjoint(_words_read(found[i])) for i in version.sentences)


def _beside(sentences: Sequence[Sentence], indexes: Iterable[int], wide: bool) -> frozenset[str]:
    """The words (:func:`_words_read`) of the ``sentences`` at ``indexes`` and, ``wide``, of
    those next to them: what an origin has of a line that runs across two of its sentences. A transcript
    without punctuation is compared in pieces that do: a radio read's "from nearby docks the
    regional fire service said the blaze broke out" holds the end of the wire's lede and the
    start of its next sentence, and neither word is the radio's own, nor one another station
    that read the wire took from it. So too the dateline that heads a lede, which segment sets
    apart as a sentence of its own (``segment._dateline_apart``): a copy that keeps its place
    with the lede ("لاہور: ...") took that word from the origin, not from another copy that
    kept it too.

    >>> from compare.segment import as_sentence
    >>> lede = [as_sentence("BRENNA (AP) -", index=0), as_sentence("A court ruled.", index=1)]
    >>> sorted(_beside(lede, [1], False))
    ['a', 'ap', 'brenna', 'court', 'ruled']
    """
    return frozenset(
        word
        for i in indexes
        for sentence in (*sentences[max(i - wide, 0) : i + 1 + wide], *_dateline_over(sentences, i))
        for word in _words_read(sentence)
    )


def _dateline_over(sentences: Sequence[Sentence], i: int) -> tuple[Sentence, ...]:
    """The sentence before the ``i``-th when it is a dateline alone, none otherwise."""
    if not i:
        return ()
    before = sentences[i - 1]
    return (before,) if _is_dateline_alone(before) else ()


# Asked of a sentence each time a copy's aligned sentence after it is read (per pair, per
# match), as _words_read is: once a sentence.
@lru_cache(maxsize=1 << 14)
def _is_dateline_alone(sentence: Sentence) -> bool:
    """Whether ``sentence`` is a dateline and nothing more ("BRENNA (AP) -")."""
    dateline = lexicon().dateline(sentence.text)
    return bool(dateline and dateline.end >= len(sentence.text.rstrip(".")))


# A copy's sentences are read against each earlier version that has them, once a version.
@lru_cache(maxsize=1 << 14)
def _words_read(sentence: Sentence) -> frozenset[str]:
    """The words of ``sentence`` with each number it states read as ``numerals.numbers_in``
    reads it, as framing compares numbers: its values (:func:`_number_read`), not the digits or
    words, currency and share that write it. A copy that writes "45 million pounds" for the
    agency's "£45m" adds no words of its own that another copy's "£45 million" shares; nor does
    a caption that speaks the wire's figures, "THIRTY-EIGHT PERCENT" for "38%" or "TWO THOUSAND
    AND TWENTY-SEVEN" for "2027", which another station that read the wire speaks alike; nor a
    radio read's "six a m" for "6 a.m.". Months, weekdays and "today" stay words: they are no
    values a number shares.

    >>> from compare.segment import as_sentence
    >>> def added(copy: str, origin: str) -> list[str]:
    ...     return sorted(_words_read(as_sentence(copy)) - _words_read(as_sentence(origin)))
    >>> added("Reid cost 45 million pounds.", "Reid cost £45m.")
    []
    >>> added("Reid cost 45 million pounds.", "Reid cost £40m.")
    ['#45000000']
    >>> added("Reid, who cost 45 million pounds, signed for Holtby.", "Reid cost £45m.")
    ['for', 'holtby', 'signed', 'who']
    >>> added("DEMAND HAD FALLEN THIRTY-EIGHT PERCENT", "Demand had fallen 38%.")
    []
    >>> added("BY SEPTEMBER TWO THOUSAND AND TWENTY-SEVEN", "By September 2027.")
    []
    >>> added("AFTER SIX A M IN DUNHOLT", "After 6 a.m. in Dunholt.")
    []
    """
    plain = normalise(sentence.text)
    numbers = sentence_numbers(plain, sentence.tokens)
    read = [
        (span, values)
        for (_, found, stated), span in zip(
            numbers.mentions, written_spans(plain, numbers), strict=True
        )
        if stated and span and (values := _number_read(found))
    ]
    if not read:
        return frozenset(sentence.tokens)
    unread = list(plain)
    for (start, end), _ in read:
        unread[start:end] = " " * (end - start)
    currencies = lexicon().currency_words
    return frozenset(
        {word for word in words("".join(unread)) if word not in currencies}
        | {value for _, values in read for value in values}
    )


def _number_read(values: AbstractSet[Value]) -> frozenset[str]:
    """A number's values as :func:`_words_read` reads them, each "#" and the value: its amounts
    ("#38" of "38%" and of "THIRTY-EIGHT PERCENT") and its times by the clock ("#06:00"); none
    of a number that is only a month, a day or a reading the numbers module marks a guess ("at
    8" may be "~20:00"), which stays words.

    >>> from compare.numerals import numbers_in
    >>> sorted(_number_read(numbers_in("It fell 38%.").mentions[0][1]))
    ['#38']
    """
    return frozenset(
        f"#{value.normalize():f}" if isinstance(value, Decimal) else f"#{value}"
        for value in values
        if isinstance(value, Decimal) or CLOCK_READING.fullmatch(value)
    )


@dataclass(frozen=True, slots=True)
class _Sources:
    """The versions published before a version that are aligned with it as copies or edits."""

    # The likeliest origin among them, aligned with the version or not.
    origin: Version
    # Each aligned one's similarity, place in copy order, version and the share of the
    # version's words it has (``overlap.kept_share``).
    aligned: tuple[tuple[float, int, Version, float], ...]
    # The documents of those that hold some of the version's words the origin's lacks: their
    # own text, not the origin's changed alike; and those of them that hold such words other
    # than function words ("labor" for "labour" in two papers; not "with" or "in" added to two
    # ledes), some of which no earlier of them has (:func:`_adds_nothing_taken`).
    holding_own: frozenset[str]
    holding_own_content: frozenset[str]
    # The documents of those the version is less like than the origin's: it keeps the
    # origin's wording where they changed it.
    behind: frozenset[str]

    @classmethod
    def of(cls, version: Version, order: CopyOrder, n: int, likeness: _Likeness) -> _Sources:
        """The sources of ``order``'s ``n``-th version (:meth:`CopyOrder.sources`)."""
        sources = order.sources(n)
        if not sources:
            return cls(version, (), frozenset(), frozenset(), frozenset())
        origin = sources[0]
        # Words of another version of the origin's outlet are the origin's too, not a copy's
        # own: a paper that ran an agency's update ("killing three", which the URGENT lacks)
        # is no source of a later paper that ran the update after it.
        report = [
            other
            for other in sources
            if other is origin or frozenset((origin.doc, other.doc)) in likeness.one_outlet
        ]
        own = likeness.telling(
            likeness.words(version).difference(
                *(likeness.words_beside(o, version.doc) for o in report)
            ),
            origin,
        )
        aligned = tuple(
            (score, n, other, kept)
            for n, other in enumerate(sources)
            if (found := likeness.aligned.get((version.doc, other.doc)))
            for i in version.sentences
            for j in other.sentences
            if (match := likeness.match_of(found, i, other.doc, j))
            for score, kept in [match]
        )
        holding_own = frozenset(
            other.doc for _, _, other, _ in aligned if own and likeness.has_any(other, own)
        )
        content = frozenset(word for word in own if _tells_source(word))
        earlier = [origin, *(v for _, _, v, _ in aligned)]
        holding_own_content = frozenset(
            doc
            for doc in holding_own
            if any(
                likeness.has_any(v, content)
                and not _adds_nothing_taken(v, version, earlier, order, likeness)
                for _, _, v, _ in aligned
                if v.doc == doc
            )
        )
        of_origin = max((score for score, _, other, _ in aligned if other is origin), default=None)
        behind = frozenset(
            other.doc
            for score, _, other, _ in aligned
            if of_origin is not None
            and score < of_origin
            and not likeness.sides_with(version, other, origin, content)
        )
        return cls(origin, aligned, holding_own, holding_own_content, behind)


def _tells_source(word: str) -> bool:
    """Whether a copy's word that another copy shares tells which copy it took: a word of content
    or a figure, not a function word, however short ("in", "with"), that two rewrites of one
    line add alike.

    >>> [w for w in ("in", "with", "statement", "14", "#0.14%") if _tells_source(w)]
    ['statement', '14', '#0.14%']
    """
    if any(c.isdigit() for c in word):
        return True
    return word_length(word) >= MIN_TELLING_LETTERS and word not in lexicon().function_words


@lru_cache(maxsize=1 << 10)
def _days_named_from(published: str) -> frozenset[str]:
    """The words that name, once resolved, the day before, of and after a text dated
    ``published`` (its "yesterday", "today", "tomorrow"): each one's weekday, month and day of
    the month, case-folded ("thursday", "june"), the day read as :func:`_words_read` reads a
    number ("#12"), and the word it takes ("on"); none for a date that is no day.

    >>> sorted(_days_named_from("2025-06-12"))
    ['#11', '#12', '#13', 'friday', 'june', 'on', 'thursday', 'wednesday']
    """
    day = iso_day(published)
    if day is None:
        return frozenset()
    terms = lexicon()
    weekdays = terms.weekdays
    named = set(terms.day_prepositions)
    for offset in (-1, 0, 1):
        when = date.fromisoformat(day) + timedelta(days=offset)
        weekday = WEEKDAYS[when.weekday()]
        named |= {name for name in weekdays if name.startswith(weekday)}
        named |= {MONTHS[when.month - 1][0], *_number_read({Decimal(when.day)})}
    return frozenset(named)


@lru_cache(maxsize=1 << 10)
def _attribution_words(issuer: str | None) -> frozenset[str]:
    """The words of an attribution to a press release's ``issuer`` (see
    ``disclosure._release_attribution``): its verbs, the words for a body that speaks for an
    issuer, and the words of the issuer's name.

    >>> sorted({"club", "said", "ashcombe", "fc"} & _attribution_words("Ashcombe Town FC"))
    ['ashcombe', 'club', 'fc', 'said']
    """
    terms = lexicon()
    return frozenset(
        {*terms.issuer_verbs, *terms.issuer_words, *terms.issuer_kinds, *words(issuer or "")}
    )


def _closest(
    version: Version,
    order: CopyOrder,
    sources: _Sources,
    whole: AbstractSet[str],
    likeness: _Likeness,
    credits: AbstractSet[str] = frozenset(),
) -> tuple[str, float] | None:
    """The document of the version of ``sources`` most similar to ``version`` and the share of
    ``version``'s words it has; ``None`` when none is aligned with it as a copy or edit.

    Of versions as similar, one whose document ``version``'s credits in its text (``credits``)
    is its source, whatever was published before it, unless another is of a document it took
    ``whole``: a partner that says "This story was originally published by the Northgate Daily
    News" took the paper's text, not an earlier network copy's of it word for word.

    Another outlet's copy of the likeliest origin is a source only when ``version`` holds some
    of the copy's words of content that the origin's version, and every earlier version the
    copy may have taken, lack (``_Sources.holding_own_content``: its own text, not the
    origin's changed alike: a paper's "may include" is nearer another paper's "includes" than
    the wire's "reportedly includes", but holds none of that paper's words), or when
    ``version``'s document copied that copy ``whole`` (see :func:`taken_from`) published before
    it (:meth:`CopyOrder.placed_before`): one word two papers changed alike at one minute tells
    nothing of either seeing the other's page. So too when the origin's version is not aligned
    with it, or only in another form, a shared quotation or a paraphrase: it is the origin's
    sentence worded otherwise, as that copy happened to word it alike. A paper that shortens a
    quotation's tag to "lead author Dr. Miriam Okafor said" took nothing from an earlier paper
    that shortened it too, nor a station that ends the release's lede "the university said in
    a statement" from an agency that ended it "reported in the journal".

    Of versions as similar, the first published (``order``): the wire's words, not a reprint's
    copy of them. But of those of documents copied ``whole`` and of one outlet's versions (an
    agency's story and its update, dated or not), the one of the document most alike
    ``version``'s throughout (``alike``), not the first: a verbatim copy of a reprint, or of the
    agency's update, took from it the sentences it left as they were, too. Then the earlier in
    ``order``.

    A later version of an article took its sentences from the latest version of it before
    (by ``order``) that has them, however alike another: each version edits the one before,
    and a live page's update line is not taken from the one hours earlier that its time
    happens to resemble.
    """
    own = [
        (order.keys[other.doc], n, kept, other)
        for _, n, other, kept in sources.aligned
        if frozenset((version.doc, other.doc)) in likeness.one_article
    ]
    if own:
        *_, kept, latest = max(own, key=lambda found: found[:3])
        return latest.doc, kept
    origin = sources.origin
    scores = [
        (score, n, other, kept)
        for score, n, other, kept in sources.aligned
        if other is origin
        or frozenset((origin.doc, other.doc)) in likeness.one_outlet
        or other.doc in sources.holding_own_content
        or (other.doc in whole and order.placed_before(other.doc, version.doc))
        or other.doc in credits
    ]
    candidates = [other for _, _, other, _ in scores]
    scores = [found for found in scores if not _sent_after(found[2], version, candidates, likeness)]
    if not scores:
        return None
    best = max(score for score, _, _, _ in scores)
    tied = [(n, other, kept) for score, n, other, kept in scores if score == best]
    # Not over a copy it took whole for words of that copy's own: a digest that runs a paper's
    # reprint, its changed word too, and credits the wire took the reprint.
    if not any(other.doc in whole and other is not origin for _, other, _ in tied):
        tied = [found for found in tied if found[1].doc in credits] or tied
    # In copy order, each left out only for one kept: a paper's reprint of an agency's story,
    # left out for the story, does not leave out the agency's update published after it.
    first: list[tuple[int, Version, float]] = []
    for n, other, kept in tied:
        if other.doc in whole or not any(
            order.known_before(earlier.doc, other.doc)
            and frozenset((earlier.doc, other.doc)) not in likeness.one_outlet
            for _, earlier, _ in first
        ):
            first.append((n, other, kept))
    _, _, doc, kept = max(
        (likeness.alike[(version.doc, other.doc)], -n, other.doc, kept) for n, other, kept in first
    )
    return doc, kept


def _adds_nothing_taken(
    other: Version,
    version: Version,
    candidates: Sequence[Version],
    order: CopyOrder,
    likeness: _Likeness,
) -> bool:
    """Whether another of ``candidates``, of another outlet, published before ``other``, has
    every word of content of ``other``'s that ``version`` holds (:func:`_tells_source`):
    ``other`` copied that one's line, and ``version`` took nothing of what ``other`` changed. A health site
    whose lede rewords the wire's "was associated with" as "raises" took it from the wire, not
    from a paper that had reworded it "was linked to", however much nearer the paper's line."""
    taken = likeness.words(version) & likeness.words(other)
    return any(
        earlier.doc != other.doc
        and order.known_before(earlier.doc, other.doc)
        and frozenset((earlier.doc, other.doc)) not in likeness.one_outlet
        and not any(
            _tells_source(word)
            for word in likeness.telling(taken - likeness.words(earlier), earlier)
        )
        for earlier in candidates
    )


def _sent_after(
    other: Version, version: Version, candidates: Sequence[Version], likeness: _Likeness
) -> bool:
    """Whether ``other`` was published, by the two's zoned times, after ``version``, and another
    of ``candidates``, of ``other``'s outlet, was not: a paper out at 17:55 UTC took the wire's
    story of 17:25, not the correction sent at 18:40, though the correction words the paper's
    own change alike. With no such earlier version, the copy's time is what is wrong: a partner
    runs the agency's feed before the agency's site dates its copy.

    >>> wire, fixed, paper = (Version(d, (0,), None) for d in ("wire", "fixed", "paper"))
    >>> times = {"wire": "2025-03-15T17:25:00Z", "fixed": "2025-03-15T18:40:00Z",
    ...     "paper": "2025-03-15T17:55:00Z"}
    >>> documents = {d: Document(d, d, "", published_time=t) for d, t in times.items()}
    >>> likeness = _Likeness({}, {}, {frozenset(("wire", "fixed"))}, {}, set(), {}, documents, {})
    >>> _sent_after(fixed, paper, [wire, fixed], likeness), _sent_after(fixed, paper, [fixed], likeness)
    (True, False)
    >>> _sent_after(wire, paper, [wire, fixed], likeness)
    False
    """
    copied_at = likeness.documents[version.doc].published_time
    if copied_at is None:
        return False

    def after(doc: str) -> bool:
        sent_at = likeness.documents[doc].published_time
        return sent_at is not None and sent_at > copied_at

    return after(other.doc) and any(
        frozenset((earlier.doc, other.doc)) in likeness.one_outlet and not after(earlier.doc)
        for earlier in candidates
    )


def _taken_whole(
    version: Version,
    closest: tuple[str, float],
    sources: _Sources,
    whole: AbstractSet[str],
    likeness: _Likeness,
    precedence: Precedence,
) -> tuple[str, float]:
    """The ``closest`` source of ``version`` (its document and the share of ``version``'s words
    it has), or one of the documents ``version``'s document took ``whole`` (see
    :func:`taken_from`) published before it, at least as alike ``version``'s document
    throughout, that has ``version``'s sentences aligned with its own as copies or edits, in
    any group, as similar as the closest does: the most alike, then the first published (a
    wire's first version, not its update that repeats it). A copy that carries a reprint's
    addition to a line took that line from the reprint, whatever else it took from the wire."""
    source, _ = closest
    # A later version of an article edits the one before it (see _closest).
    if frozenset((version.doc, source)) in likeness.one_article:
        return closest
    at_least = max(score for score, _, other, _ in sources.aligned if other.doc == source)
    alike = likeness.alike[(version.doc, source)]
    found = [
        (likeness.alike[(version.doc, doc)], -len(precedence.before(doc, whole)), doc, kept)
        for doc in sorted(whole)
        if doc != source
        and likeness.alike[(version.doc, doc)] >= alike
        and precedence.first(doc, source)
        and (aligned := likeness.aligned.get((version.doc, doc)))
        and (
            shares := [
                (similarity, kept)
                for (i, _), (similarity, kept) in aligned.items()
                if i in version.sentences and similarity >= at_least
            ]
        )
        for _, kept in [max(shares)]
    ]
    if not found:
        return closest
    *_, doc, kept = max(found)
    return doc, kept


def _counted_words(result: Result, story: Story) -> dict[str, dict[int, int]]:
    """Per document of ``story``, the words of each sentence outside boilerplate that a share
    counts (``overlap.own_words``)."""
    boilerplate = boilerplate_indexes(story.documents, result.sentences, result.boilerplate)
    return {
        doc: own_words(result.by_id[doc], result.sentences[doc], boilerplate[doc])
        for doc in story.documents
    }


def direction_cycles(
    pairs: Sequence[PairComparison], stories: Sequence[Story]
) -> tuple[DirectionCycle, ...]:
    """The cycles among each story's pair directions (A reuses B, B reuses C, C reuses A: no
    order of publication fits them all), each with the links to take away
    (:func:`without_links`): those told by the weakest evidence it holds
    (``DIRECTION_STRENGTH``). A chain of credits that goes round (a site crediting a second,
    which credits a third, dated after the first) outweighs the one date that closes it, and two
    directions told alike leave no reason to keep one. Asked of the pairs as revised
    (:func:`through_common_origins`): two copies of one origin, each more contained than the
    other by turns, make no cycle once their directions go.

    >>> def pair(a: str, b: str, basis: DirectionBasis) -> PairComparison:
    ...     return PairComparison(a, b, "s", Verdict.COPY, "a->b", 1.0, 1.0, 1.0, 1.0, 1.0,
    ...         1.0, 9, None, (), (), (), 1.0, direction_basis=basis)
    >>> found = [pair("x", "y", DirectionBasis.CREDIT), pair("y", "z", DirectionBasis.CREDIT),
    ...     pair("z", "x", DirectionBasis.PUBLISHED_DATE)]
    >>> [cycle.dropped for cycle in direction_cycles(found, [Story("s", "t", ("x", "y", "z"))])]
    [(('z', 'x'),)]
    """
    cycles: list[DirectionCycle] = []
    pairs_in = by_story(pairs, stories)
    for story in stories:
        told = {
            (origin, copy): basis
            for p in pairs_in[story.id]
            if (origin := p.origin) and (copy := p.copy) and (basis := p.direction_basis)
        }
        copies: defaultdict[str, list[str]] = defaultdict(list)
        for origin, copy in told:
            copies[origin].append(copy)
        while cycle := _a_cycle(story.documents, copies):
            links = tuple(
                (origin, copy, told[(origin, copy)])
                for origin, copy in zip(cycle, [*cycle[1:], cycle[0]], strict=True)
            )
            weakest = max(DIRECTION_STRENGTH.index(basis) for _, _, basis in links)
            weak = tuple(
                (origin, copy)
                for origin, copy, basis in links
                if DIRECTION_STRENGTH.index(basis) == weakest
            )
            for origin, copy in weak:
                copies[origin].remove(copy)
            cycles.append(DirectionCycle(story.id, links, weak))
    return tuple(cycles)


def without_links(
    pairs: Sequence[PairComparison], cycles: Sequence[DirectionCycle]
) -> tuple[PairComparison, ...]:
    """``pairs``, those of the links ``cycles`` take away without their direction and
    undisclosed reuse; a date that told such a direction is set aside, as one its own text
    contradicts is: the article it put first is not first in any order of the story
    (``records.dated_as_trusted``)."""
    dropped = {frozenset(link) for cycle in cycles for link in cycle.dropped}
    return tuple(_undirected(p) if frozenset((p.a, p.b)) in dropped else p for p in pairs)


def dates_against_wording(pairs: Sequence[PairComparison]) -> tuple[PairComparison, ...]:
    """A story's ``pairs``, without the directions a date set aside tells: that of an article
    only its publication time or date put before another, where ``MIN_WORDING_WITNESSES`` or
    more of the story's other articles that carry the sentences where the two differ carry the
    later one's wording, ``WORDING_MAJORITY`` of those that side with either. Other copies
    side with their origin; a spun copy backdated to claim it ("Haskins mentioned", "the
    municipality") would have had to change back every word it changed ("said", "the town").
    Such a date is not trusted to put its article before any other (``records.DateSetAside``),
    nor is the later article named its copy: which came first is not known.

    >>> from compare.records import Match, Span
    >>> def pair(a: str, b: str, a_text: str, b_text: str) -> PairComparison:
    ...     match = Match(Span((0,), 0, 1, a_text), Span((0,), 0, 1, b_text), 90.0, MatchKind.EDITED)
    ...     return PairComparison(a, b, "s", Verdict.DERIVED, "a->b", 1.0, 1.0, 1.0, 1.0, 1.0,
    ...         1.0, 9, None, (match,), (), (), 1.0, direction_basis=DirectionBasis.PUBLISHED_TIME)
    >>> said = "Haskins said the town will vote, residents heard."
    >>> spun = "Haskins mentioned the municipality will vote, citizens heard."
    >>> found = dates_against_wording(
    ...     [pair("spun", "paper", spun, said)]
    ...     + [pair("paper", f"copy{n}", said, said.replace("heard", "learned")) for n in range(3)]
    ... )
    >>> found[0].direction, found[0].date_set_aside.witnesses
    (None, ('copy0', 'copy1', 'copy2'))
    """
    # A story's sentences meet in many of its pairs: each text is read into words once.
    words_of = cache(words)
    aligned = _aligned_words(pairs, words_of)
    set_aside: dict[str, DateSetAside] = {}
    for pair in sorted(pairs, key=lambda p: (p.a, p.b)):
        origin, copy = pair.origin, pair.copy
        if (
            origin is None
            or copy is None
            or origin in set_aside
            or pair.direction_basis not in DATED_BASES
            or pair.verdict not in (Verdict.COPY, Verdict.DERIVED)
        ):
            continue
        witnesses = _witnesses_of_the_later(pair, origin, copy, aligned, words_of)
        if witnesses is not None:
            set_aside[origin] = DateSetAside(origin, None, worded_as=copy, witnesses=witnesses)
    return tuple(
        _undirected(pair, set_aside[pair.origin])
        if pair.origin in set_aside and pair.direction_basis in DATED_BASES
        else pair
        for pair in pairs
    )


def _aligned_words(
    pairs: Iterable[PairComparison], words_of: Callable[[str], tuple[str, ...]]
) -> dict[tuple[str, int], dict[str, frozenset[str]]]:
    """Per document and sentence, the words (``words_of``) of the other documents' sentences
    its pairs align with it as copied or edited, by document: read once a story, not once a
    pair that asks."""
    aligned: defaultdict[tuple[str, int], defaultdict[str, set[str]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for pair in pairs:
        for match in pair.matches:
            if not match.kind.is_reuse:
                continue
            a_words, b_words = words_of(match.a.text), words_of(match.b.text)
            for index in match.a.sentences:
                aligned[(pair.a, index)][pair.b].update(b_words)
            for index in match.b.sentences:
                aligned[(pair.b, index)][pair.a].update(a_words)
    return {
        key: {other: frozenset(held) for other, held in by_other.items()}
        for key, by_other in aligned.items()
    }


def _witnesses_of_the_later(
    pair: PairComparison,
    origin: str,
    copy: str,
    aligned: Mapping[tuple[str, int], Mapping[str, AbstractSet[str]]],
    words_of: Callable[[str], tuple[str, ...]],
) -> tuple[str, ...] | None:
    """The story's other articles that carry the wording of ``copy``, ``pair``'s later article,
    where it and ``origin`` differ, when they outvote its date (see
    :func:`dates_against_wording`); ``None`` otherwise. Each place where the two word a sentence
    differently goes to the one whose words (``words_of``) more of the articles aligned with
    that sentence hold: a spinner's synonym may match another copy's by chance, but not at most
    places."""
    later: set[str] = set()
    won: Counter[bool] = Counter()
    for match in pair.matches:
        if match.kind is not MatchKind.EDITED:
            continue
        spans = {pair.a: match.a, pair.b: match.b}
        first, then = set(words_of(spans[origin].text)), set(words_of(spans[copy].text))
        places = [
            (only_first, only_then)
            for edit in word_edits(spans[origin].text, spans[copy].text)
            if edit.op == "replace"
            and (only_first := set(words_of(" ".join(edit.a))) - then)
            and (only_then := set(words_of(" ".join(edit.b))) - first)
        ]
        # What the other articles carry is gathered only for a sentence worded otherwise.
        if not places:
            continue
        carried: defaultdict[str, set[str]] = defaultdict(set)
        for doc in (origin, copy):
            for index in spans[doc].sentences:
                for other, held in aligned.get((doc, index), {}).items():
                    if other not in (origin, copy):
                        carried[other].update(held)
        for only_first, only_then in places:
            siding = [
                doc for doc, held in carried.items() if held & only_then and not held & only_first
            ]
            against = sum(
                1 for held in carried.values() if held & only_first and not held & only_then
            )
            if len(siding) != against:
                won[len(siding) > against] += 1
            if len(siding) > against:
                later.update(siding)
    if (
        won[True] >= MIN_WORDING_PLACES
        and won[True] >= WORDING_MAJORITY * won.total()
        and len(later) >= MIN_WORDING_WITNESSES
    ):
        return tuple(sorted(later))
    return None


def cycles_note(cycles: Sequence[DirectionCycle]) -> str:
    """What a run tells its reader of the cycles of pair directions it found (see
    :func:`direction_cycles`).

    >>> link = ("x", "y", DirectionBasis.CREDIT)
    >>> cycles_note([DirectionCycle("story-003", (link,), ()), DirectionCycle("story-003", (link,), ())])
    "pair directions went round in 2 cycles (story-003), which no order of publication fits: the weakest direction of each was taken away; see that story's report"
    """
    stories = list(dict.fromkeys(cycle.story for cycle in cycles))
    counted = "1 cycle" if len(cycles) == 1 else f"{len(cycles):,} cycles"
    named = ", ".join(stories[:MAX_NAMED_STORIES]) + (
        f" and {len(stories) - MAX_NAMED_STORIES:,} more"
        if len(stories) > MAX_NAMED_STORIES
        else ""
    )
    reports = "that story's report" if len(stories) == 1 else "those stories' reports"
    return (
        f"pair directions went round in {counted} ({named}), which no order of publication "
        f"fits: the weakest direction of each was taken away; see {reports}"
    )


def _undirected(pair: PairComparison, set_aside: DateSetAside | None = None) -> PairComparison:
    """``pair`` without its direction and undisclosed reuse, the date of its origin set aside
    where a publication date or time told the direction: for ``set_aside``'s reason, else as
    one that closed a cycle (see :func:`without_links`)."""
    dated = pair.direction_basis in DATED_BASES
    return replace(
        pair,
        direction=None,
        direction_basis=None,
        undisclosed_reuse=False,
        release_named_only_as_copied=False,
        date_set_aside=(
            set_aside or DateSetAside(pair.origin, None, closed_a_cycle=True)
            if dated and pair.origin
            else pair.date_set_aside
        ),
    )


def _a_cycle(documents: Sequence[str], copies: Mapping[str, Sequence[str]]) -> list[str] | None:
    """The documents of a cycle of directions, each the origin (by ``copies``) of the next and
    the last of the first, searched from ``documents`` in order; ``None`` when there is none."""
    done: set[str] = set()
    for root in documents:
        if root in done:
            continue
        path = [root]
        on_path = {root}
        following = [iter(copies.get(root, ()))]
        while following:
            copy = next(following[-1], None)
            if copy is None:
                on_path.discard(finished := path.pop())
                done.add(finished)
                following.pop()
            elif copy in on_path:
                return path[path.index(copy) :]
            elif copy not in done:
                path.append(copy)
                on_path.add(copy)
                following.append(iter(copies.get(copy, ())))
    return None
