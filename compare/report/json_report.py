"""The machine-readable report, ``report.json``: every document, story and compared pair."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any

from compare.boilerplate import paywall_notice
from compare.chinese import script
from compare.coverage import coverage_of
from compare.disclosure import outlet
from compare.figures import compatible_notes
from compare.focus import focus_articles
from compare.provenance import taken_across
from compare.records import (
    DateSetAside,
    DirectionCycle,
    FilledTemplate,
    FramingNote,
    HeadlineClaim,
    Match,
    PairComparison,
    PressRelease,
    Result,
    Sentence,
    SentenceGroup,
    Skipped,
    Span,
    StaleCopy,
    Story,
    Taken,
    Version,
    WordEdit,
    minutes_before_origin,
)
from compare.report import WIDE_STORY
from compare.report.outlet_framing import copy_of_pairs, outlet_framing
from compare.report.software import compare_version, software
from compare.segment import language_of
from compare.stealth_edits import NoteCheck, StealthEdit, note_check, stealth_edit
from compare.word_diff import joined

if TYPE_CHECKING:
    from compare.report.network import Edge

INDENT = " "
# The layout of report.json (and of compare pair --format json): raised by one with every change
# a program reading the file could notice, a key added, removed or renamed, a value's type, unit,
# orientation or null rule, an enum's values; listed in docs/output.md's changelog. It began at 1:
# the files written before it give none, and their layouts cannot be told apart by any number.
SCHEMA_VERSION = 3
# The number of each document's first sentence wherever report.json numbers sentences (a
# match's `sentence`, `longest_run_at`, `only_a`): Python's indexes, as `sentence_spans` and
# `text` are read with; the Markdown reports, read by people, count from 1.
SENTENCE_NUMBERS_FROM = 0


def report_json(
    result: Result, *, every_match: bool = False, focus: str | None = None
) -> dict[str, Any]:
    """What ``report.json`` holds for ``result``, as :func:`json.loads` reads the file back
    (lists, strings, numbers, booleans and ``None``, under the keys docs/output.md's table
    describes), for a program that stores or sends the report without writing files: each
    element is the one :func:`json_chunks` writes, read back (``every_match`` and ``focus`` as
    there).

    >>> from compare import Document, compare_documents
    >>> text = "Talks in Geneva ended on Monday without a deal."
    >>> wire, daily = (Document(d, d, text) for d in ("wire", "daily"))
    >>> report = report_json(compare_documents([wire, daily]))
    >>> [(p["a"], p["b"], p["verdict"], p["containment"]["a_in_b"]) for p in report["pairs"]]
    [('wire', 'daily', 'copy', 1.0)]
    """
    lists = _lists(
        result, _undisclosed_release_shares(result), every_match=every_match, without_text=set()
    )
    report = {key: [_as_read(item) for item in items] for key, items in lists.items()}
    return report | _as_read(_values(result, every_match=every_match, focus=focus))


def json_chunks(
    result: Result,
    *,
    every_match: bool = False,
    focus: str | None = None,
    run_edges: Sequence[Edge] | None = None,
    without_text: AbstractSet[str] = frozenset(),
) -> Iterator[str]:
    """The whole result as JSON with sorted keys, byte-identical across runs, in pieces: each
    element of a top-level list is made, encoded and written on a line of its own, so a large run
    never holds the report as one string (3 GB at 100,000 articles), and each element is a line.

    Elements are compact: Python's JSON encoder indents only in pure Python, three times slower
    (11.9 s against 4.1 s for the 279 MB report of 10,000 articles).

    A pair of a story of more than ``WIDE_STORY`` documents whose shared text both took from a
    third article (``common_origin``) lists no matches, unless ``every_match``: it says how many
    it leaves out (``matches_left_out``), and each of its articles' matches with that origin are
    in their own pairs. A wire story reprinted by 300 outlets has 44,587 such pairs, each
    repeating the wire's sentences, and its report shrank from 493 MB to 26 MB (35 MB once each
    document's text was added).

    ``focus`` is the id of the article the run was read from (``compare run --focus``), whose
    page the run writes beside it; ``"focus"`` is ``null`` without one. ``run_edges`` are the
    run's :func:`~compare.report.network.edges`, when the index or edges.csv made them already.
    The documents ``without_text`` give their ``text`` as ``null``: a nightly check's archive
    articles, whose texts the archive holds, made 3-5 MB of each night's file.
    """
    lists = _lists(
        result,
        _undisclosed_release_shares(result, run_edges),
        every_match=every_match,
        without_text=without_text,
    )
    values = _values(result, every_match=every_match, focus=focus)
    for number, key in enumerate(sorted([*lists, *values])):
        yield ("{" if number == 0 else ",") + f"\n{INDENT}{_encode(key)}: "
        if key in values:
            yield _encode(values[key])
            continue
        empty = True
        for item in lists[key]:
            yield ("[" if empty else ",") + f"\n{INDENT * 2}{_encode(item)}"
            empty = False
        yield "[]" if empty else f"\n{INDENT}]"
    yield "\n}\n"


def _focus(result: Result, focus: str | None) -> dict[str, Any] | None:
    """The article the run was read from, by its id; of a live page's file or an outlet named as
    the focus (``focus.focus_articles``), the name and its articles' ids."""
    if not focus:
        return None
    focused = [d.id for d in focus_articles(result.documents, focus)]
    return {"article": focused[0]} if len(focused) == 1 else {"articles": focused, "name": focus}


def _values(result: Result, *, every_match: bool, focus: str | None) -> dict[str, Any]:
    """The report's top-level keys that are no list: the run's settings, with every option that
    changes what the report holds (``every_match``) or how it was made (``single_story``), and the
    terms it added to the package's word lists (its news agencies by name, each with the names
    articles credit it by), with the terms file they came from; the layout of
    the report (``SCHEMA_VERSION``), for a script to tell which fields to expect and what they mean;
    the version of compare that wrote it (as ``compare --version`` prints it; ``None`` when it runs
    from a source tree it was not installed from); and the software that made it
    (:func:`~compare.report.software.software`), which tells apart two reports of one version; the
    number its sentences are counted from (``SENTENCE_NUMBERS_FROM``), which the Markdown reports
    count from 1, and the article the run was read from (``focus``), if any; how many
    sentences had their candidate pairs sampled (``Result.sampled_sentences``), which the run's
    warning counts too."""
    return {
        "focus": _focus(result, focus),
        "sampled_sentences": result.sampled_sentences,
        "schema_version": SCHEMA_VERSION,
        "sentence_numbers_from": SENTENCE_NUMBERS_FROM,
        "settings": asdict(result.settings)
        | {"every_match": every_match, "single_story": result.single_story},
        "software": software(),
        "terms": asdict(result.terms)
        | {"wire_services": {wire: list(names) for wire, names in result.terms.wire_services}},
        "version": compare_version(),
    }


def _undisclosed_release_shares(
    result: Result, run_edges: Sequence[Edge] | None = None
) -> Mapping[str, float]:
    """Each article's share of words taken from press releases undisclosed
    (:func:`~compare.report.network.undisclosed_release_shares`), by the run's ``run_edges``,
    made here when not given."""
    # Imported here: the edges' module imports dedup, which imports this one.
    from compare.report.network import edges, undisclosed_release_shares

    return undisclosed_release_shares(result, edges(result) if run_edges is None else run_edges)


def _lists(
    result: Result,
    undisclosed: Mapping[str, float],
    *,
    every_match: bool,
    without_text: AbstractSet[str],
) -> dict[str, Iterable[Any]]:
    """The report's top-level lists by key, each element made only as it is read;
    ``undisclosed``, each article's share of words taken from press releases undisclosed;
    ``without_text``, the documents whose text is left out."""
    across_taken = taken_across(result.across)
    outlet_of = {d.id: outlet(d) for d in result.documents}
    listed = matches_listed(result, every_match=every_match)
    claims_of: dict[str, list[HeadlineClaim]] = {}
    for claim in result.headline_claims:
        claims_of.setdefault(claim.doc, []).append(claim)
    return {
        "documents": (
            {
                "id": d.id,
                "story": result.story_of[d.id],
                "path": d.path,
                "record": d.record,
                "of_record": d.of_record,
                "article_id": d.article_id,
                "source": d.source,
                "outlet": outlet_of[d.id],
                "title": d.title,
                "published": d.published,
                "published_time": d.published_time,
                "published_offset": d.published_offset,
                "modified_time": d.modified_time,
                "captured": d.captured,
                "version_label": d.version_label,
                "modified_local_time": d.modified_local_time,
                "published_local_time": d.published_local_time,
                "published_unzoned_time": d.published_unzoned_time,
                "url": d.url,
                "author": d.author,
                "encoding": d.encoding,
                "language": language_of(d),
                "script": script(d.text),
                "credits": list(result.credits_of[d.id]),
                "sentences": len(result.sentences[d.id]),
                "sentence_spans": [[s.start, s.end] for s in result.sentences[d.id]],
                "text": None if d.id in without_text else d.text,
                "new": d.id in result.new,
                "words": sum(len(s.tokens) for s in result.sentences[d.id]),
                "boilerplate": [
                    s.index for s in result.sentences[d.id] if (d.id, s.index) in result.boilerplate
                ],
                **_release(result.releases.get(d.id)),
                "undisclosed_release_share": undisclosed.get(d.id, 0.0),
                "notes": [
                    {"kind": note.kind.value, "text": note.text, "sentences": list(note.sentences)}
                    for note in result.notes.get(d.id, ())
                ],
                "headline_vs_text": [_claim(claim) for claim in claims_of.get(d.id, ())],
                "paywall": paywall_notice(d.text),
            }
            for d in result.documents
        ),
        "skipped": skipped_listing(result.skipped),
        "unread_dates": (asdict(unread) for unread in result.unread_dates),
        "stories": (
            _story(result, s, result.groups_in[s.id], across_taken) for s in result.stories
        ),
        "pairs": (
            _pair(
                p,
                result.sentences,
                matches=listed(p),
                stealth=stealth_edit(p, result.by_id, result.notes),
                correction=note_check(p, result.by_id, result.notes, result.versions_of),
                ahead=minutes_before_origin(p, result.by_id),
            )
            for p in result.all_pairs
        ),
        "profiles": (
            asdict(result.profiles[d.id]) | {"cited_sources": list(result.cited_of[d.id])}
            for d in result.documents
        ),
        "sources": _sources(result, outlet_of),
        "clusters": (asdict(member) for member in result.clusters),
    }


def matches_listed(result: Result, *, every_match: bool) -> Callable[[PairComparison], bool]:
    """Whether the reports list a pair's matches: all with ``every_match``, else all but those
    of a pair of a story of more than ``WIDE_STORY`` documents whose shared text both took from
    a third article (see :func:`json_chunks`)."""
    wide = {s.id for s in result.stories if len(s.documents) > WIDE_STORY}
    return lambda pair: every_match or not (pair.story in wide and pair.common_origin)


def skipped_listing(skipped: Iterable[Skipped]) -> list[dict[str, str]]:
    """The inputs skipped as report.json and ``compare dedup``'s JSON list them: each one's
    path, its reason in words, and its reason's code, which a program can rely on.

    >>> from compare.records import SkipReason
    >>> skipped_listing([Skipped("a.pdf", "unsupported file type .pdf", SkipReason.UNSUPPORTED_TYPE)])
    [{'path': 'a.pdf', 'reason': 'unsupported file type .pdf', 'reason_code': 'unsupported_type'}]
    """
    return [{"path": s.path, "reason": s.reason, "reason_code": s.code.value} for s in skipped]


# A changed figure's or quotation's two sides, as a correction note's check gives them.
FIGURE_SIDES = ("earlier", "later")


def _correction_note(check: NoteCheck) -> dict[str, Any]:
    """The correction note a pair's later version adds, held against what it changed."""
    return {
        "doc": check.later,
        "notes": [note.text for note in check.notes],
        "figures_mentioned": [dict(zip(FIGURE_SIDES, f, strict=True)) for f in check.mentioned],
        "figures_not_mentioned": [
            dict(zip(FIGURE_SIDES, f, strict=True)) for f in check.unmentioned
        ],
        "quotations_not_mentioned": [
            dict(zip(FIGURE_SIDES, words, strict=True)) for words in check.quotes_unmentioned
        ],
        "text_unchanged": check.unchanged,
    }


def _release(release: PressRelease | None) -> dict[str, Any]:
    """Whether a document was taken for a press release, and the body that issued it."""
    return {
        "press_release": release is not None,
        "release_issuer": release.issuer if release else None,
    }


def _sources(result: Result, outlet_of: Mapping[str, str]) -> Iterator[dict[str, Any]]:
    """Each outlet of the run (``outlet_of``, by document id: the one ``same_source`` compares),
    by name: the sources its documents name, and how many documents it has; the framing notes of
    its versions of sentence groups led by another document's sentence, by kind, all of them and
    those it made itself (:func:`outlet_framing`), and how many such versions it has; and how
    many hedges and loaded terms its documents' profiles list.

    Counted by outlet, not by source: a wire's folder of files that name no source is one
    outlet, where each file is a source of its own (its path).
    """
    hedges: Counter[str] = Counter()
    loaded_terms: Counter[str] = Counter()
    for doc, profile in result.profiles.items():
        hedges[outlet_of[doc]] += len(profile.hedges)
        loaded_terms[outlet_of[doc]] += len(profile.loaded_terms)
    for row in outlet_framing(result):
        yield {
            "outlet": row.outlet,
            "sources": list(row.sources),
            "documents": row.documents,
            "articles": row.articles,
            "compared_versions": row.compared_versions,
            "framing_by_kind": dict(row.by_kind),
            "framing_made_by_kind": dict(row.made_by_kind),
            "headline_framing_made_by_kind": dict(row.headline_made_by_kind),
            "headline_vs_text": row.headline_claims,
            "profile_hedges": hedges[row.outlet],
            "profile_loaded_terms": loaded_terms[row.outlet],
        }


def _encode(value: Any) -> str:
    """``value`` as compact JSON with sorted keys, on one line."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _as_read(value: Any) -> Any:
    """``value`` as the report holds it, read back: tuples as lists, enums as their values."""
    return json.loads(_encode(value))


def _story(
    result: Result,
    story: Story,
    groups: Sequence[SentenceGroup],
    across_taken: Mapping[str, Sequence[Taken]],
) -> dict[str, Any]:
    """A story, its key across runs and why each document is in it, its sentence groups
    numbered from 1 (most widely carried first, as the Markdown coverage matrix numbers its
    rows) with their likely origin, what each document takes from each origin, per document
    the groups only it carries and the groups most others carry but it leaves out, and the
    cycles of its pair directions (:func:`_cycle`), as its page lists them. Its ``taken``
    lists too what its copies took from articles of other stories (``across_taken``, by story:
    :func:`~compare.provenance.taken_across`).
    """
    number = {id(g): n for n, g in enumerate(groups, start=1)}
    copy_of = copy_of_pairs(result.pairs_in[story.id])
    return {
        "id": story.id,
        "key": story.key,
        "title": story.title,
        "documents": list(story.documents),
        "joined": [asdict(link) for link in story.links],
        "sentence_groups": [
            {
                **_group(number[id(g)], g, copy_of),
                "origin": g.origin,
            }
            for g in groups
        ],
        "taken": [
            asdict(t)
            for t in (
                *result.taken.get(story.id, ()),
                *across_taken.get(story.id, ()),
            )
        ],
        "direction_cycles": [_cycle(cycle) for cycle in result.cycles_in[story.id]],
        "stale_copies": [_stale(s) for s in result.stale.get(story.id, ())],
        "coverage": {
            doc: {
                "only": [number[id(g)] for g in only],
                "omits": [number[id(g)] for g in omits],
            }
            for doc, (only, omits) in coverage_of(
                groups,
                story.documents,
                {d for d in story.documents if paywall_notice(result.by_id[d].text) is not None},
            ).items()
        },
        # Each quotation its pairs share with the run's articles that carry it, once a story:
        # listed by each pair, a quotation that N articles carry took N³/2 names.
        "quotations": {
            q.text: list(q.carriers)
            for pair in result.pairs_in[story.id]
            for q in pair.shared_quotations
        },
        "figures_differ": [
            {
                "counted": figure.counted,
                "values": [
                    {
                        "document": given.doc,
                        "sentence": given.sentence,
                        "text": result.sentences[given.doc][given.sentence].text,
                        "value": given.written,
                    }
                    for given in figure.values
                ],
                "rounded": figure.rounded,
                "compatible": figure.compatible,
            }
            for figure in result.figures_in.get(story.id, ())
        ],
    }


def _cycle(cycle: DirectionCycle) -> dict[str, Any]:
    """A cycle of pair directions: its documents in its order, each the origin of the next and
    the last of the first; what told each of those directions (a pair whose direction was
    taken away no longer gives it); and the directions taken away, each ``[origin, copy]``."""
    return {
        "documents": [origin for origin, _, _ in cycle.links],
        "links": [
            {"origin": origin, "copy": copy, "direction_basis": basis.value}
            for origin, copy, basis in cycle.links
        ],
        "dropped": [[origin, copy] for origin, copy in cycle.dropped],
    }


def _stale(stale: StaleCopy) -> dict[str, Any]:
    """A copy out of date against its source (``staleness.stale_copies``), its story aside."""
    return {
        "copy": stale.copy,
        "took": stale.took,
        "took_time": stale.took_time,
        "newer": stale.newer,
        "newer_time": stale.newer_time,
        "changes": [asdict(change) for change in stale.changes],
        "kind": stale.kind.value,
        "killed_sentences": list(stale.killed_sentences),
        "correction": stale.correction,
        "feed_time": stale.feed_time,
    }


def _group(
    number: int, group: SentenceGroup, copy_of: Mapping[frozenset[str], str | None]
) -> dict[str, Any]:
    """A sentence group, each version with the copy of its pair with the representative
    (``copy_of``, by the pair's two ids), which made its framing's changes."""
    representative = group.representative
    return {
        "group": number,
        "representative": _version(representative, None),
        "versions": [
            _version(v, copy_of.get(frozenset((representative.doc, v.doc)))) for v in group.versions
        ],
    }


def _version(version: Version, changed_by: str | None) -> dict[str, Any]:
    """A version of a sentence group; ``changed_by``, as a pair's framing note gives it: of the
    version and the group's representative, the one that changed the other's words, their
    pair's copy (``None`` for the representative, and without a direction)."""
    return {
        "doc": version.doc,
        "sentences": list(version.sentences),
        "kind": version.kind.value if version.kind else None,
        "framing": list(version.framing),
        "changed_by": changed_by,
    }


def _pair(
    pair: PairComparison,
    sentences: Mapping[str, Sequence[Sentence]],
    *,
    matches: bool,
    stealth: StealthEdit | None,
    correction: NoteCheck | None,
    ahead: int | None,
) -> dict[str, Any]:
    """A pair's figures, and its matches unless ``matches`` is false: then only their number,
    which is 0 when they are listed; ``stealth``, what its later version changed of the earlier
    one's text without a note (:func:`~compare.stealth_edits.stealth_edit`): removed or edited
    sentences, or only added ones; ``correction``, the
    correction note its later version adds held against what it changed
    (:func:`~compare.stealth_edits.note_check`); ``ahead``, the minutes its copy gives a time
    before its origin's (:func:`~compare.records.minutes_before_origin`)."""
    return {
        "a": pair.a,
        "b": pair.b,
        "story": pair.story,
        "verdict": pair.verdict.value,
        "direction": pair.direction,
        "direction_basis": pair.direction_basis.value if pair.direction_basis else None,
        "containment": {
            "a_in_b": pair.a_in_b,
            "b_in_a": pair.b_in_a,
            "a_in_b_verbatim": pair.a_verbatim_in_b,
            "b_in_a_verbatim": pair.b_verbatim_in_a,
        },
        "shared_phrasing": {
            "a_in_b": pair.a_phrases_in_b,
            "b_in_a": pair.b_phrases_in_a,
            "a_in_b_spread": pair.a_phrases_in_b_spread,
            "b_in_a_spread": pair.b_phrases_in_a_spread,
        },
        "shared_phrases": list(pair.shared_phrases),
        "retold": asdict(pair.retold) if pair.retold else None,
        "headline": pair.headline.value if pair.headline else None,
        "headline_changed": pair.headline_changed,
        "headline_framing": [_note(n, pair) for n in pair.headline_framing],
        "longest_run_words": pair.longest_run_words,
        # Written out, not by asdict: a wide story's 44,850 pairs took 2.5 s in its deep copies.
        "longest_run_at": (
            {"a": place.a, "b": place.b} if (place := pair.longest_run_at) else None
        ),
        "longest_run_words_with_quotations": pair.longest_run_quoted,
        "shared_quotations": [
            {
                "text": q.text,
                "a_sentence": q.a_sentence,
                "b_sentence": q.b_sentence,
                "words": q.words,
                "framing": [_note(n, pair) for n in q.framing],
            }
            for q in pair.shared_quotations
        ],
        "altered_quotations": [
            {
                "a_sentences": list(q.a_sentences),
                "b_sentences": list(q.b_sentences),
                "framing": [_note(n, pair) for n in q.framing],
            }
            for q in pair.altered_quotations
        ],
        "closest_similarity": pair.closest_similarity,
        "identical": pair.identical,
        "same_source": pair.same_source,
        "changed_without_note": stealth is not None and not stealth.only_adds,
        "added_without_note": stealth is not None and stealth.only_adds,
        "correction_note": _correction_note(correction) if correction else None,
        "same_article": pair.same_article,
        "undisclosed_reuse": pair.undisclosed_reuse,
        "shared_uncredited": pair.shared_uncredited,
        # A credit's sentence is given with its text: a reader cites it without the documents.
        "credited_at": [
            {
                "doc": credit.doc,
                "sentence": span.sentences[0] if (span := credit.sentence) else None,
                "start": span.start if span else None,
                "end": span.end if span else None,
                "text": span.text if span else credit.byline,
                "link": credit.link,
                "how": credit.kind.value if credit.kind else None,
            }
            for credit in pair.credited_at
        ],
        "release_named_only_as_copied": pair.release_named_only_as_copied,
        "credited_passages": (
            dict(zip(("credited", "taken"), pair.credited_passages, strict=True))
            if pair.credited_passages
            else None
        ),
        "interview_quoted": pair.interview_quoted,
        "common_origin": pair.common_origin,
        "common_wire": pair.common_wire,
        "template": _template(pair.template),
        "taken_through": asdict(pair.taken_through) if pair.taken_through else None,
        "taken_through_unknown": pair.taken_through_unknown,
        "date_set_aside": _date_set_aside(pair.date_set_aside),
        "published_before_origin_minutes": ahead,
        "matches": [_match(m, pair, sentences) for m in pair.matches] if matches else [],
        "matches_left_out": 0 if matches else len(pair.matches),
        "only_a": list(pair.only_a),
        "only_b": list(pair.only_b),
    }


def _date_set_aside(aside: DateSetAside | None) -> dict[str, Any] | None:
    # Its fields are strings, flags and tuples of strings, as asdict gives them, without the
    # deep copy of every witness that took over half the time of writing a spun story's pairs.
    if aside is None:
        return None
    return {field.name: getattr(aside, field.name) for field in fields(aside)}


def _template(template: FilledTemplate | None) -> dict[str, Any] | None:
    if template is None:
        return None
    return {"filled_for": template.filled_for.value, "a": list(template.a), "b": list(template.b)}


def _match(
    match: Match, pair: PairComparison, sentences: Mapping[str, Sequence[Sentence]]
) -> dict[str, Any]:
    compatible = compatible_notes(sentences, pair, match)
    return {
        "a": _span(match.a),
        "b": _span(match.b),
        "similarity": match.similarity,
        "kind": match.kind.value,
        "moved": match.moved,
        "synonyms_swapped": match.synonyms_swapped,
        "diff": [_edit(e) for e in match.edits],
        "framing": [_note(n, pair) | {"compatible": n in compatible} for n in match.framing],
    }


def _claim(claim: HeadlineClaim) -> dict[str, Any]:
    """What a headline claims beyond its own text: the kind read from the text to the
    headline, the text's words and where they are, the headline's words."""
    return {
        "kind": claim.note.kind,
        "sentence": claim.sentence,
        "text_words": claim.note.a,
        "text_spans": claim.note.a_spans,
        "headline_words": claim.note.b,
    }


def _note(note: FramingNote, pair: PairComparison) -> dict[str, Any]:
    """A framing note as it reads from A to B, and as the pair's copy changed its origin: by
    whom (``changed_by``) and its kind read from the origin to the copy (``kind_as_changed``,
    mirrored when A is the copy); both ``None`` when the pair has no direction, as two rewrites
    of one wire story each changed the wire, not each other."""
    as_changed = None
    if pair.direction is not None:
        as_changed = note.kind.mirrored if pair.direction == "b->a" else note.kind
    return {
        "kind": note.kind,
        "a": note.a,
        "b": note.b,
        # Tuples, which JSON writes as lists: [[start, end], ...].
        "a_spans": note.a_spans,
        "b_spans": note.b_spans,
        "changed_by": pair.copy,
        "kind_as_changed": as_changed,
    }


def _edit(edit: WordEdit) -> dict[str, Any]:
    """An edit's words; of an ``equal`` one, B's only when B spells them otherwise ("Peskov"
    for "PESKOV", a curly quote for a straight one), as most are a copy's whole sentence."""
    a = joined(edit.a)
    # A sentence equal word for word on both sides has one tuple of words: joined once.
    b = a if edit.b is edit.a else joined(edit.b)
    return {"op": edit.op, "a": a, "b": None if edit.op == "equal" and b == a else b}


def _span(span: Span) -> dict[str, Any]:
    """A span's sentences and offsets, without its text: its document's ``text`` holds it once,
    where every pair the sentence is aligned in repeated it (a quarter of a feed's report)."""
    return {
        "sentence": span.sentences[0],
        "sentences": list(span.sentences),
        "start": span.start,
        "end": span.end,
        "with_headline": span.with_headline,
    }
