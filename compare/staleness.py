"""Stale copies: a copy printed when a newer version of its source was out, or never updated
after its source changed what it carries (a death toll raised, an operator's name corrected)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from itertools import pairwise

from compare.kills import killed_by
from compare.lexicon import lexicon
from compare.provenance import sources_of
from compare.records import (
    Advance,
    ArticleNote,
    CarriedChange,
    Document,
    FramingKind,
    FramingNote,
    Match,
    MatchKind,
    NoteKind,
    PairComparison,
    Result,
    StaleCopy,
    Staleness,
    Story,
    Taken,
    Verdict,
    articles,
    linked_groups,
    modified_by_clock,
    tracked,
    unwatched,
    version_ranks,
)
from compare.stealth_edits import CORRECTING, correction_covers, notes_added
from compare.word_diff import gives_words

# What a version may give in another sentence than the copy's: a figure or a date, a speaker.
MOVABLE = frozenset({FramingKind.NUMBER_REMOVED.value, FramingKind.ATTRIBUTION_REMOVED.value})


# Framing kinds of one figure told otherwise, which a copy's rewording keeps.
TOLD_OTHERWISE = frozenset({FramingKind.NUMBER_ROUNDED, FramingKind.NUMBER_CONVERTED})


def stale_copies(result: Result, advance: Advance = unwatched) -> dict[str, tuple[StaleCopy, ...]]:
    """Per story id, its copies out of date against the source each took most from, of
    another outlet (``Result.taken``), copy by copy in story order:

    * ``stale_when_published``: a newer version of that source (the source's outlet's text
      that shares text with it, a later write-through or version of its article) was out when
      the copy was published, and the copy carries what that version changed;
    * ``not_updated``: a version of the source published after the copy changed what the copy
      carries, and the copy has no later version here;
    * ``killed_when_published`` and ``killed_not_removed``: the source's outlet killed the
      version the copy took (``kills.killed_by``) before the copy was published, or after it,
      and the copy has no later version here: it must come down, whatever a substitute changed
      (its changes are named as the newer versions' are). A copy of a later version that kept
      sentences it took from the killed one is named so too, with those sentences
      (``StaleCopy.killed_sentences``);
    * ``prints_kill_advisory``: the copy printed the kill advisory itself;
    * ``partly_updated``: the copy took a version but still words some sentences as an older
      version did (what it took from that one), which a later version changed; not named so
      when a kill names the copy.

    Each names the newest such version whose changes the copy carries, and those changes
    (:func:`carried_changes`); only where the copy, its source and the newer version all give
    their times by one clock (:func:`records.modified_by_clock`): in UTC, or without a zone in one
    feed (one ``path``), whose clock is its own (``StaleCopy.feed_time``). Every time is in the one
    form the reader and :func:`compare_documents` write each clock's (``2025-06-14T09:05:00Z``,
    ``2025-06-14T09:05:00``), so that as text they sort as they happened. Independent reports and
    an outlet's own versions are never flagged.

    >>> from compare.pipeline import compare_documents
    >>> def wire(n, toll, time):
    ...     return Document(f"wire-{n}", "Meridian Wire", f"At least {toll} people died when "
    ...         "the ferry capsized off Port Kellen, the coastguard said.", published_time=time)
    >>> daily = Document("daily", "Daily Courier", wire(1, 12, None).text,
    ...     published_time="2025-06-14T12:40:00Z")
    >>> result = compare_documents([wire(1, 12, "2025-06-14T09:05:00Z"),
    ...     wire(2, 27, "2025-06-14T11:20:00Z"), daily])
    >>> [(s.copy, s.took, s.newer, s.changes[0].copy, s.changes[0].newer, s.kind.value)
    ...     for s in result.stale[result.stories[0].id]]
    [('daily', 'wire-1', 'wire-2', '12', '27', 'stale_when_published')]
    """
    return {story.id: tuple(_stale_in(result, story)) for story in tracked(result.stories, advance)}


def _stale_in(result: Result, story: Story) -> Iterator[StaleCopy]:
    """:func:`stale_copies` of one story: of each copy, out of date when published first, then
    not updated."""
    pairs = result.pairs_in[story.id]
    pair_of = {frozenset((p.a, p.b)): p for p in pairs}
    members = [result.by_id[d] for d in story.documents]
    updated = _updated_later(members)
    versions = _versions(pairs)
    kills = killed_by(members)
    withdrawn = {killed: advisory for advisory, killing in kills.items() for killed in killing}
    for copy, taken in sources_of(result.taken.get(story.id, ())).items():
        source = next(
            (
                t.origin
                for t in taken
                if not (pair := pair_of[frozenset((copy, t.origin))]).same_source
                and pair.verdict is not Verdict.INDEPENDENT
            ),
            None,
        )
        if source is None:
            continue
        by_copy, by_source = (modified_by_clock(result.by_id[d]) for d in (copy, source))
        # Times compare by one clock alone, as versions' do (records.version_times): in UTC, or
        # as one feed writes them without a zone.
        if by_copy is None or by_source is None or by_copy[0] != by_source[0]:
            continue
        (clock, printed), took_time = by_copy, by_source[1]
        if source in kills:
            yield StaleCopy(
                story.id,
                copy,
                source,
                took_time,
                source,
                took_time,
                (),
                Staleness.PRINTS_KILL_ADVISORY,
                feed_time=clock is not None,
            )
            continue
        found_for_source = versions.get(source, frozenset())
        newer = _newer_than(result, found_for_source, clock, took_time)
        carried = _carried_by_each(result, copy, pair_of[frozenset((copy, source))], newer, pair_of)
        by_time = [(took_time, source), *reversed(newer)]
        windows = [(Staleness.STALE_WHEN_PUBLISHED, [v for v in newer if v[0] < printed])]
        if copy not in updated:
            windows.append((Staleness.NOT_UPDATED, [v for v in newer if v[0] > printed]))
        stale = []
        for kind, candidates in windows:
            if found := _newest_carried(
                result, story.id, copy, by_time, candidates, carried, kind, clock
            ):
                stale.append(found)
        # A killed story is out of date as a whole: the substitute's changes say what it got
        # wrong, but the copy must come down, not be corrected. A copy of the substitute that
        # kept a paragraph of the killed story carries that paragraph's error: those sentences
        # are named.
        killed = next(
            (
                (t, kill)
                for t in taken
                if (kill := _killed(result, t.origin, withdrawn, clock, printed))
                and not (kill[2] is Staleness.KILLED_NOT_REMOVED and copy in updated)
            ),
            None,
        )
        if killed is None or killed[0].origin != source:
            yield from stale
        if killed is None:
            # A copy of a killed story is named by its kill, which quotes what it kept of it.
            if copy not in updated:
                older = [t for t in taken if t.origin in found_for_source]
                yield from _partly_updated(result, story.id, copy, older, pair_of, versions)
            continue
        (kept, (advisory, took_killed, kind, killed_time)) = killed
        whole = kept.origin == source
        changes = dict.fromkeys(change for found in stale for change in found.changes)
        yield StaleCopy(
            story.id,
            copy,
            kept.origin,
            took_killed,
            advisory,
            killed_time,
            tuple(changes) if whole else (),
            kind,
            correction=True,
            feed_time=clock is not None,
            killed_sentences=() if whole else kept.sentences,
        )


def _partly_updated(
    result: Result,
    story: str,
    copy: str,
    older: Sequence[Taken],
    pair_of: Mapping[frozenset[str], PairComparison],
    versions: Mapping[str, AbstractSet[str]],
) -> Iterator[StaleCopy]:
    """A copy whose closest source is a version of an article and that still words some
    sentences as an older version of it (``older``, what it took from the other versions,
    most first), which a later version changed: a page that took the write-through's lede
    ("17 dead") and kept the urgent's "41 bodies" lower down. It is listed once, against the
    first such older version and the newest version that changed those sentences."""
    for taken in older:
        took = modified_by_clock(result.by_id[taken.origin])
        if took is None:
            continue
        clock, took_time = took
        newer = _newer_than(result, versions[taken.origin], clock, took_time)
        took_pair = pair_of[frozenset((copy, taken.origin))]
        on_a = took_pair.a == copy
        kept = frozenset(taken.sentences)
        its_sentences = replace(
            took_pair,
            matches=tuple(
                m for m in took_pair.matches if kept.issuperset((m.a if on_a else m.b).sentences)
            ),
        )
        carried = _carried_by_each(result, copy, its_sentences, newer, pair_of)
        by_time = [(took_time, taken.origin), *reversed(newer)]
        if found := _newest_carried(
            result, story, copy, by_time, newer, carried, Staleness.PARTLY_UPDATED, clock
        ):
            yield found
            return


def _newer_than(
    result: Result, versions: AbstractSet[str], clock: str | None, time: str
) -> list[tuple[str, str]]:
    """Of ``versions``, those modified after ``time`` by ``clock``, each with its time, the
    newest first."""
    return sorted(
        (
            (edited[1], version)
            for version in versions
            if (edited := modified_by_clock(result.by_id[version]))
            and edited[0] == clock
            and edited[1] > time
        ),
        reverse=True,
    )


def _carried_by_each(
    result: Result,
    copy: str,
    took: PairComparison,
    newer: Sequence[tuple[str, str]],
    pair_of: Mapping[frozenset[str], PairComparison],
) -> dict[str, tuple[CarriedChange, ...]]:
    """Per version of ``newer``, what it changed that ``copy`` carries as ``took`` aligns it
    (:func:`carried_changes`), but a figure or a speaker it still gives elsewhere."""
    return {
        version: tuple(
            change
            for change in carried_changes(copy, took, pair_of[frozenset((copy, version))])
            if not _still_given(change, result.by_id[version].text)
        )
        for _, version in newer
    }


def _newest_carried(
    result: Result,
    story: str,
    copy: str,
    by_time: Sequence[tuple[str, str]],
    candidates: Sequence[tuple[str, str]],
    carried: Mapping[str, Sequence[CarriedChange]],
    kind: Staleness,
    clock: str | None,
) -> StaleCopy | None:
    """Of ``candidates`` (newest first), the newest that changed what ``copy`` carries of the
    version it took (the first of ``by_time``, the versions in time order), as a stale copy of
    ``kind`` with every change made since (:func:`_carried_by_then`, :func:`_first_made`)."""
    took_time, took = by_time[0]
    up_to = {version: by_time[: n + 1] for n, (_, version) in enumerate(by_time)}
    return next(
        (
            StaleCopy(
                story,
                copy,
                took,
                took_time,
                version,
                time,
                _first_made(
                    _carried_by_then(up_to[version], carried),
                    up_to[version],
                    carried,
                    result.notes,
                ),
                kind,
                _corrects(result, version),
                feed_time=clock is not None,
            )
            for time, version in candidates
            if carried[version]
        ),
        None,
    )


def _killed(
    result: Result,
    version: str,
    withdrawn: Mapping[str, str],
    clock: str | None,
    printed: str,
) -> tuple[str, str, Staleness, str] | None:
    """The kill advisory of ``version`` (``withdrawn``, per killed version), the version's
    time, whether a copy ``printed`` at that time by the copy's ``clock`` was printed after the
    kill or left up, and the kill's time; ``None`` when the version was not killed after it by
    that clock."""
    advisory = withdrawn.get(version)
    if advisory is None:
        return None
    took_at, killed_at = (modified_by_clock(result.by_id[d]) for d in (version, advisory))
    if took_at is None or killed_at is None or not took_at[0] == killed_at[0] == clock:
        return None
    if killed_at[1] <= took_at[1]:
        return None
    kind = (
        Staleness.KILLED_WHEN_PUBLISHED if printed > killed_at[1] else Staleness.KILLED_NOT_REMOVED
    )
    return advisory, took_at[1], kind, killed_at[1]


def _carried_by_then(
    by_time: Sequence[tuple[str, str]], carried: Mapping[str, Sequence[CarriedChange]]
) -> tuple[CarriedChange, ...]:
    """What the newer versions of ``by_time`` (after the one the copy took, in time order)
    changed of the copy's text, the last one's first: a correction the last one words so
    that its pair with the copy names it no more ("told parliament earlier on Tuesday", a
    sentence recast) is still the copy's to make."""
    return tuple(dict.fromkeys(change for _, v in reversed(by_time[1:]) for change in carried[v]))


def _first_made(
    changes: Sequence[CarriedChange],
    by_time: Sequence[tuple[str, str]],
    carried: Mapping[str, Sequence[CarriedChange]],
    notes: Mapping[str, Sequence[ArticleNote]],
) -> tuple[CarriedChange, ...]:
    """Each of ``changes`` as the steps the source's versions made it by (of ``by_time``, the
    version the copy took and the newer ones, each with its time, in time order; ``carried``,
    what each newer one changed of the copy's text): each step with the first version that
    words it so, when, and whether a correction's, clarification's or editor's note that
    version adds to the one before it covers it (:func:`stealth_edits.correction_covers`), else
    whether it adds an update's note. "Four" → "Three" was made by the 14:00 correction, not by
    the 18:00 version that kept it; "30" → "44" of the 18:00 version, whose 14:00 one gave "41",
    is "30" → "41" at 14:00, then "41" → "44" at 18:00. Changes of the same words in two
    sentences ("12 people died", "pulled 12 people from the water") are told apart by the
    words each is changed to, else by their order (:func:`_same_change_in`)."""
    # One step, however the copy's sentences reword the figure it changes.
    made: dict[tuple[str, str, str, str | None], CarriedChange] = {}
    for change in changes:
        gave = change.copy
        for (_, before), (time, version) in pairwise(by_time):
            words = _same_change_in(carried[version], change, changes, gave)
            if words == gave:
                continue
            covered = correction_covers(
                before, version, notes, replace(change, copy=gave, newer=words)
            )
            updated = any(n.kind is NoteKind.UPDATE for n in notes_added(before, version, notes))
            step = replace(
                change,
                copy=gave,
                newer=words,
                made_by=version,
                made_time=time,
                correction=covered,
                update=updated and not covered,
            )
            made.setdefault((step.kind, step.copy, step.newer, step.made_by), step)
            gave = words
    # A correction is what a subscriber must act on first: before the updates around it.
    return tuple(sorted(made.values(), key=lambda step: not step.correction))


def _same_change_in(
    made: Sequence[CarriedChange],
    change: CarriedChange,
    changes: Sequence[CarriedChange],
    gave: str,
) -> str:
    """The words a version changed ``change``'s copy words to, of what it ``made``; ``gave``,
    the words before it, where it made no such change. Of several changes of the same words,
    the one to ``change``'s words, else the one in its place among them: both are read in the
    copy's order of sentences."""
    same = [c for c in made if (c.kind, c.copy) == (change.kind, change.copy)]
    if any(c.newer == change.newer for c in same):
        return change.newer
    alike = [c for c in changes if (c.kind, c.copy) == (change.kind, change.copy)]
    place = alike.index(change)
    return same[place].newer if place < len(same) else gave


def _still_given(change: CarriedChange, newer_text: str) -> bool:
    """Whether a figure or an attribution a change drops from a sentence is one the newer
    version still gives elsewhere, in any case, an attribution by its speaker, its verb of
    saying aside: the lede's "on Monday", "coastguard spokesman Aurel Mikkonen told" put in the
    next sentence as "Coastguard spokesman Aurel Mikkonen said". Moved, not removed, it is
    nothing a copy must change."""
    if change.newer or change.kind not in MOVABLE:
        return False
    words = change.copy.split()
    if words[-1].casefold() in lexicon().attribution_verbs:
        words = words[:-1]
    return bool(words) and gives_words(newer_text, " ".join(words), ignore_case=True)


def _corrects(result: Result, version: str) -> bool:
    """Whether a version carries a correction's, clarification's or editor's note
    (``Result.notes``)."""
    return any(note.kind in CORRECTING for note in result.notes.get(version, ()))


def _versions(pairs: Sequence[PairComparison]) -> dict[str, AbstractSet[str]]:
    """Per document, the other texts of its outlet that are one report with it
    (:attr:`PairComparison.one_report`): versions of its article, and texts that keep its text
    or that of one such (a wire's write-throughs, in files of their own), not as one template
    filled in for another event or day (its results briefs of two companies). A follow-up days
    later that shares a few sentences with the first dispatch is a report of its own, no newer
    version of it: what it words otherwise is news, not a change the copies missed."""
    one_report = [
        (pair.a, pair.b)
        for pair in pairs
        if pair.same_article or (pair.one_report and pair.template is None)
    ]
    return {
        doc: frozenset(report) - {doc}
        for report in linked_groups((doc for link in one_report for doc in link), one_report)
        for doc in report
    }


def _updated_later(documents: Sequence[Document]) -> frozenset[str]:
    """The documents of which a later version of their article is among ``documents``: that
    version, not they, is the copy to ask whether it took a change up."""
    ranks = version_ranks(documents)
    return frozenset(
        version.id
        for found in articles(documents)
        for version in found
        if ranks[version.id] < max(ranks[v.id] for v in found)
    )


def carried_changes(
    copy: str, took: PairComparison, newer: PairComparison
) -> tuple[CarriedChange, ...]:
    """What ``newer``, the pair of ``copy`` and a newer version of its source, names as changed
    (its framing notes, names put for others among them: ``name_changed``) in sentences
    that ``copy`` has as the version it took words them (``took``, its pair with that version):
    the copy's words are in the source's sentence, and the newer version's are not. The copy's
    own edits, and what the newer version only adds, are none.

    >>> from compare.pipeline import compare_documents
    >>> texts = {"took": "The ferry, operated by Kellen Bay Lines, sank at dawn.",
    ...          "newer": "The ferry, operated by Kellen Harbour Ferries, sank at dawn."}
    >>> docs = [Document("took", "Wire", texts["took"], published_time="2025-06-14T14:05:00Z"),
    ...         Document("newer", "Wire", texts["newer"], published_time="2025-06-14T15:30:00Z"),
    ...         Document("metro", "Metro", texts["took"], published_time="2025-06-14T16:45:00Z")]
    >>> pairs = {frozenset((p.a, p.b)): p for p in compare_documents(docs, single_story=True).pairs}
    >>> found = carried_changes("metro", pairs[frozenset(("took", "metro"))], pairs[frozenset(("newer", "metro"))])
    >>> [(change.kind, change.copy, change.newer) for change in found]
    [('name_changed', 'Bay Lines', 'Harbour Ferries')]
    """
    # A figure the copy rewords in two sentences ("at least 41", "41") is one change.
    found: dict[tuple[str, str, str], CarriedChange] = {}
    for match in newer.matches:
        if match.kind is MatchKind.VERBATIM:
            continue
        on_a = newer.a == copy
        copy_span = match.a if on_a else match.b
        taken = _as_taken(copy, took, copy_span.sentences)
        for change in _changes(match, on_a):
            if any(
                (not change.copy or gives_words(text, change.copy))
                and not (change.newer and gives_words(text, change.newer))
                for text, _ in taken
            ):
                found.setdefault((change.kind, change.copy, change.newer), change)
            elif reworded := _reworded(change, taken):
                found.setdefault(
                    (change.kind, change.copy, change.newer), replace(change, reworded=reworded)
                )
    return tuple(found.values())


def _reworded(change: CarriedChange, taken: Sequence[tuple[str, Sequence[FramingNote]]]) -> str:
    """The source's figure that a changed figure of the copy rounds or converts, where the
    source gives it and not the newer version's words: the copy's "more than 40" for the
    source's "41", which the newer version corrected to "14". None ("") otherwise: a figure the
    copy changed itself is its own."""
    if change.kind != FramingKind.NUMBER_CHANGED.value:
        return ""
    return next(
        (
            note.a
            for text, notes in taken
            for note in notes
            if note.kind in TOLD_OTHERWISE
            and note.a
            and gives_words(note.b, change.copy)
            and not gives_words(text, change.newer)
        ),
        "",
    )


def _changes(match: Match, copy_on_a: bool) -> Iterator[CarriedChange]:
    """The changes a match names, read from the copy's words to the newer version's; none of
    the copy's words the newer one only adds to, but a negation: the copy still makes the claim
    the newer version denies ("had been arrested" against "had not been arrested")."""
    for note in match.framing:
        kind, words = (
            (note.kind, (note.a, note.b)) if copy_on_a else (note.kind.mirrored, (note.b, note.a))
        )
        if words[0] or kind is FramingKind.NEGATION_ADDED:
            yield CarriedChange(kind.value, *words)


def _as_taken(
    copy: str, took: PairComparison, sentences: Sequence[int]
) -> list[tuple[str, tuple[FramingNote, ...]]]:
    """The texts of the source's sentences that ``took`` aligns with the copy's ``sentences``,
    each with its match's framing notes read from the source's words to the copy's."""
    wanted = set(sentences)
    on_a = took.a == copy
    return [
        (
            (match.b if on_a else match.a).text,
            tuple(
                FramingNote(note.kind.mirrored, note.b, note.a) if on_a else note
                for note in match.framing
            ),
        )
        for match in took.matches
        if wanted.intersection((match.a if on_a else match.b).sentences)
    ]
