"""Whether one of two articles' headlines is the other's, word for word or edited.

A headline taken from a press release or a wire is a churnalism tell, told beside a pair's
verdict and never counted in it: two independent reports may well share a short headline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz

from compare.align import edited_alike
from compare.framing import framing_notes, headline_agents_left_out
from compare.headline_text import counts_agree, counts_alike, counts_in
from compare.lexicon import MIN_TELLING_LETTERS, lexicon
from compare.numerals import Value, moments_alone, numbers_in
from compare.records import FramingKind, FramingNote, HeadlineReuse, PairComparison, Sentence
from compare.segment import as_sentence, word_length, words
from compare.settings import Settings
from compare.templates import plain_spelling

# A headline of fewer telling words than this names a page or a section, not a story ("Live
# updates", "In brief", "Letters to the editor"): two live blogs share it without one taking it.
MIN_TELLING_WORDS = 3
# The words by which a headline tells its story as a case a court hears: "Footballer on trial
# over nightclub punch" keeps what "Footballer punched doorman, court told" credits to the
# court, a headline's few words telling the claim as the trial's matter, not as the paper's.
COURT_WORDS = frozenset({"trial", "court", "jury", "jurors", "magistrates", "inquest"})
AGENT_KINDS = frozenset({FramingKind.AGENT_REMOVED, FramingKind.AGENT_ADDED})
# A figure one headline gives and the other leaves out, perhaps to its text.
FIGURES_LEFT_OUT = frozenset({FramingKind.NUMBER_REMOVED, FramingKind.NUMBER_ADDED})


def headline_reuse(
    a_title: str | None,
    b_title: str | None,
    named_in: Sequence[AbstractSet[str]],
    settings: Settings,
) -> HeadlineReuse | None:
    """How two articles' headlines stand to each other: ``same`` when their words are one, case,
    quotation marks and spacing aside (the key of a verbatim sentence); ``edited`` when the
    aligner would take them for one sentence edited (:func:`~compare.align.edited_alike`);
    ``None`` when they differ, either is missing or holds fewer than ``MIN_TELLING_WORDS``
    telling words (:func:`_telling_words`: "Live updates" heads any live blog), or either names
    only who or where, in words ``named_in`` (each article's names written inside its
    sentences, see :func:`~compare.templates.names_inside`) all hold: "Jane Okafor" heads any
    profile of her.

    >>> named_in = [frozenset({"carrow"}), frozenset({"carrow", "mill"})]
    >>> headline_reuse("Carrow mill\u2019s fire", "CARROW MILL'S  FIRE", named_in, Settings())
    <HeadlineReuse.SAME: 'same'>
    >>> headline_reuse("Carrow Mill", "Carrow Mill", named_in, Settings()) is None
    True
    >>> headline_reuse("Live updates", "Live updates", named_in, Settings()) is None
    True
    """
    if not a_title or not b_title:
        return None
    a, b = _headline(a_title), _headline(b_title)
    if (
        len(_telling_words(a_title)) < MIN_TELLING_WORDS
        or len(_telling_words(b_title)) < MIN_TELLING_WORDS
        or _names_alone(a_title, named_in)
        or _names_alone(b_title, named_in)
    ):
        return None
    if a.key == b.key:
        return HeadlineReuse.SAME
    if edited_alike(a, b, fuzz.ratio(a.key, b.key), settings):
        return HeadlineReuse.EDITED
    return None


def headlines_differ(a_title: str | None, b_title: str | None) -> bool:
    """Whether two articles both give a headline and its words differ: case, quotation marks
    and spacing aside, as :func:`headline_reuse` takes two for the same.

    >>> headlines_differ("Four dead in Harwick derailment", "Six dead in Harwick derailment")
    True
    >>> headlines_differ("Six dead in Harwick derailment", "SIX DEAD IN  HARWICK DERAILMENT")
    False
    >>> headlines_differ("Six dead in Harwick derailment", None)
    False
    """
    return bool(a_title and b_title) and _headline(a_title).key != _headline(b_title).key


def headline_framing(
    pair: PairComparison,
    a_title: str | None,
    b_title: str | None,
    language: str | None = None,
    *,
    bodies: tuple[Sequence[Sentence], Sequence[Sentence]] = ((), ()),
) -> tuple[FramingNote, ...]:
    """The framing notes of ``pair``'s two headlines, A's to B's, as a match's notes read: of a
    pair with a direction whose headlines differ, the copy's headline told against the origin's
    ("Six killed in Harlow blast" for "Four killed ..."); none otherwise. Two
    articles without a direction each wrote their own headline, for their own reasons. The
    headlines are read in their articles' ``language`` where known: a headline is often too
    short to tell its own, and Portuguese "no Rio" denies nothing. A figure one headline leaves
    to its own article's text (``bodies``, A's sentences and B's, where known) is no figure
    removed of the other's (:func:`_left_to_the_bodies`).

    >>> from compare.records import Verdict
    >>> pair = PairComparison("wire", "daily", "s", Verdict.DERIVED, "a->b", 0.8, 0.8, 0.7,
    ...     0.7, 0.7, 0.7, 20, None, (), (), (), 90.0, headline_changed=True)
    >>> [(n.kind.value, n.a, n.b) for n in headline_framing(pair,
    ...     "Four killed in Harlow blast", "Six killed in Harlow blast")]
    [('number_changed', 'Four', 'Six')]
    """
    if pair.direction is None or not pair.headline_changed or not (a_title and b_title):
        return ()
    return _left_to_the_bodies(_titles_framed(a_title, b_title, language), *bodies)


def _left_to_the_bodies(
    notes: tuple[FramingNote, ...], a_body: Sequence[Sentence], b_body: Sequence[Sentence]
) -> tuple[FramingNote, ...]:
    """``notes`` of two headlines but the figures one leaves out that its own article's text
    gives (``a_body``, ``b_body``: each article's sentences). Every outlet writes its own
    headline, a few words of its story: one that leaves a figure to its text removes nothing of
    the other's ("Temporal no RS: sobe para 29 o número de mortos", its text giving "3,2 mil
    pessoas desalojadas", against "Chuvas no RS deixam 29 mortos e 3.200 desalojados"). A
    figure its text gives otherwise, or nowhere, is still removed or added.

    >>> from compare.segment import as_sentence
    >>> notes = (FramingNote(FramingKind.NUMBER_REMOVED, "29, 3.200", ""),)
    >>> body = [as_sentence("As chuvas deixaram 29 mortos e 3,2 mil desalojados.")]
    >>> _left_to_the_bodies(notes, (), body), _left_to_the_bodies(notes, (), body[:0])[0].a
    ((), '29, 3.200')
    """
    if not any(note.kind in FIGURES_LEFT_OUT for note in notes):
        return notes
    a_given, b_given = (_figures_given(body) for body in (a_body, b_body))
    kept = []
    for note in notes:
        if note.kind is FramingKind.NUMBER_REMOVED:
            note = replace(note, a=_not_given(note.a, b_given))
        elif note.kind is FramingKind.NUMBER_ADDED:
            note = replace(note, b=_not_given(note.b, a_given))
        if note.a or note.b:
            kept.append(note)
    return tuple(kept)


def _figures_given(body: Sequence[Sentence]) -> frozenset[Value]:
    """The values of the numbers and dates an article's sentences (``body``) state."""
    return frozenset().union(*(numbers_in(sentence.text).stated_values() for sentence in body))


def _not_given(shown: str, given: AbstractSet[Value]) -> str:
    """The figures of a note's side (``shown``, joined by commas) of which no number or date
    shares a value with those ``given``, joined as they were."""
    return ", ".join(
        figure
        for figure in shown.split(", ")
        if not (mentions := numbers_in(figure).mentions)
        or any(given.isdisjoint(values) for _, values, _ in mentions)
    )


def _hedge_kept(note: FramingNote, a_title: str, b_title: str) -> bool:
    """Whether ``note``, a hedge one headline drops with nothing in its place, is kept by the
    other in a headline's words: a headline shortens, and "Study links coffee to lower risk"
    hedges "may have lower risk, study suggests" with its link; "CEO charged; prosecutors
    allege" keeps "charged with"; and a headline that asks or explains ("why one study
    shouldn't change your habits", "what we know") states no claim to drop a hedge from.

    >>> note = FramingNote(FramingKind.HEDGE_REMOVED, "may have", "")
    >>> origin = "Coffee drinkers may have lower liver cancer risk, study suggests"
    >>> [_hedge_kept(note, origin, copy) for copy in ("Study links coffee to lower risk",
    ...  "Coffee and cancer: why one study shouldn't change your habits", "Coffee cuts risk")]
    [True, True, False]
    """
    if note.kind is FramingKind.HEDGE_REMOVED and not note.b:
        hedge, without = note.a, b_title
    elif note.kind is FramingKind.HEDGE_ADDED and not note.a:
        hedge, without = note.b, a_title
    else:
        return False
    without_words = words(without.casefold())
    told = set(without_words)
    terms = lexicon()
    hedge_words = set(words(hedge.casefold())) - terms.function_words
    return bool(
        (hedge_words and hedge_words <= told)
        or not terms.headline_hedged_words.isdisjoint(told)
        or not terms.possibility_modals.isdisjoint(told)
        or terms.hedges.find(without_words)
        or without.rstrip().endswith("?")
    )


def _court_kept(note: FramingNote, a_title: str, b_title: str) -> bool:
    """Whether ``note``, read from headline ``a_title`` to ``b_title``, adds or drops a court's
    attribution that the headline without it keeps by telling its story as a case the court
    hears (``COURT_WORDS``): "Athletic midfielder on trial over nightclub punch" against
    "Footballer punched doorman ..., court told"; not "Athletic star punched bouncer", the
    claim told as the paper's.

    >>> note = FramingNote(FramingKind.ATTRIBUTION_REMOVED, "court told", "")
    >>> record = "Footballer punched doorman, court told"
    >>> [_court_kept(note, record, copy) for copy in
    ...  ("Midfielder on trial over nightclub punch", "Star punched bouncer")]
    [True, False]
    """
    if note.kind is FramingKind.ATTRIBUTION_REMOVED:
        attribution, without = note.a, b_title
    elif note.kind is FramingKind.ATTRIBUTION_ADDED:
        attribution, without = note.b, a_title
    else:
        return False
    return not (
        COURT_WORDS.isdisjoint(words(attribution.casefold()))
        or COURT_WORDS.isdisjoint(words(without.casefold()))
    )


@lru_cache(maxsize=1 << 12)
def _titles_framed(
    a_title: str, b_title: str, language: str | None = None
) -> tuple[FramingNote, ...]:
    """The framing notes of two headlines: a sentence's, and who acted left out in headline
    grammar (:func:`~compare.framing.headline_agents_left_out`: "Police arrest 11 protesters"
    against "11 protesters arrested"), where the sentence's reading names no agent; none that
    the other headline keeps by its court (:func:`_court_kept`) or its hedge
    (:func:`_hedge_kept`); nor a day, a month or a year only one headline names, which dates
    it and changes no figure ("Crime in Valdoria: year ending June 2026" against "Knife crime
    soars 40%").

    >>> _titles_framed("Jobs report: October 2026", "Unemployment rises to 4.6%")
    (FramingNote(kind=<FramingKind.NUMBER_ADDED: 'number_added'>, a='', b='4.6%', a_spans=(), b_spans=()),)
    """
    # A wire's copies print a few headlines: hundreds of pairs ask of the same two.
    notes = _figures_paired(framing_notes(a_title, b_title, language=language), a_title, b_title)
    if not any(note.kind in AGENT_KINDS for note in notes):
        notes = (*notes, *headline_agents_left_out(a_title, b_title))
    return tuple(
        note
        for note in notes
        if not _court_kept(note, a_title, b_title)
        and not _hedge_kept(note, a_title, b_title)
        and not _dates_it(note)
    )


def _dates_it(note: FramingNote) -> bool:
    """Whether ``note`` only adds or drops the moments one headline names ("June 2026"), which
    date it (see :func:`numerals.moments_alone`)."""
    return note.kind in (FramingKind.NUMBER_ADDED, FramingKind.NUMBER_REMOVED) and moments_alone(
        note.a or note.b
    )


def _figures_paired(
    notes: tuple[FramingNote, ...], a_title: str, b_title: str
) -> tuple[FramingNote, ...]:
    """``notes`` with the numbers of their ``number_changed`` notes set against each other by
    what they count (:func:`~compare.headline_text.counts_alike`), where each of those numbers
    is a count of its headline and none counts what two of the other's do: a count changed to
    one it may be is rounded ("at least 37" as "Nearly 40", 1,200 as "more than 1,000": the
    qualifier's ``estimate_changed`` goes with it), one that counts nothing the other counts is
    removed or added ("6.1" of a quake's magnitude against "Nearly 40 killed"; but an order
    in words, "hundreds", is never removed: it gave no figure), the others changed. A headline
    gives few figures, each a different thing: framing's reading of a
    sentence sets them against each other in order.

    >>> notes = framing_notes(a := "Quake of magnitude 6.1 kills at least 37 in Tarsin",
    ...                       b := "Nearly 40 killed in Tarsin earthquake")
    >>> [(n.kind.value, n.a, n.b) for n in _figures_paired(notes, a, b)]
    [('number_removed', '6.1', ''), ('number_rounded', 'at least 37', 'nearly 40')]
    """
    changed = [note for note in notes if note.kind is FramingKind.NUMBER_CHANGED]
    if not changed:
        return notes
    ours, theirs = counts_in(a_title), counts_in(b_title)
    alike = {(n, m) for n, x in enumerate(ours) for m, y in enumerate(theirs) if counts_alike(x, y)}
    # A count told alike with two of the other's counts tells no pairing.
    if any(told > 1 for told in Counter(n for n, _ in alike).values()) or any(
        told > 1 for told in Counter(m for _, m in alike).values()
    ):
        return notes
    shown_ours = {x.shown.casefold(): n for n, x in enumerate(ours)}
    shown_theirs = {y.shown.casefold(): m for m, y in enumerate(theirs)}
    paired: list[FramingNote] = []
    qualifiers_rounded: set[tuple[str, str]] = set()
    for note in changed:
        our_parts, their_parts = (
            [part.casefold() for part in side.split(", ") if part] for side in (note.a, note.b)
        )
        if not (set(our_parts) <= shown_ours.keys() and set(their_parts) <= shown_theirs.keys()):
            return notes
        at_ours = [shown_ours[part] for part in our_parts]
        at_theirs = [shown_theirs[part] for part in their_parts]
        for n in at_ours:
            x = ours[n]
            match = next((m for m in at_theirs if (n, m) in alike), None)
            if match is None:
                # An order in words left out ("hundreds") gave no figure to remove, as framing
                # tells of none; one put in claims a size, and is told as added.
                if not x.order:
                    paired.append(FramingNote(FramingKind.NUMBER_REMOVED, x.shown, ""))
                continue
            y = theirs[match]
            if counts_agree(x, y):
                paired.append(FramingNote(FramingKind.NUMBER_ROUNDED, x.written, y.written))
                qualifiers_rounded.add((x.qualifier, y.qualifier))
            else:
                paired.append(FramingNote(FramingKind.NUMBER_CHANGED, x.shown, y.shown))
        paired += [
            FramingNote(FramingKind.NUMBER_ADDED, "", theirs[m].shown)
            for m in at_theirs
            if not any((n, m) in alike for n in at_ours)
        ]
    kept = [
        note
        for note in notes
        if note.kind is not FramingKind.NUMBER_CHANGED
        and not (
            note.kind is FramingKind.ESTIMATE_CHANGED
            and (note.a.casefold(), note.b.casefold()) in qualifiers_rounded
        )
    ]
    return (*kept, *paired)


# A wire story's copies print one headline: each of hundreds of pairs asks of the same two.
@lru_cache(maxsize=1 << 12)
def _headline(title: str) -> Sentence:
    """A headline read as the aligner reads a sentence."""
    return as_sentence(title)


def _names_alone(title: str, named_in: Sequence[AbstractSet[str]]) -> bool:
    """Whether every word of ``title`` is a word a name holds inside ("of", "de"), a function
    word or a name one of ``named_in`` holds, and one is a name."""
    named = _may_be_named(title)
    return bool(named) and all(any(word in names for names in named_in) for word in named)


@lru_cache(maxsize=1 << 12)
def _may_be_named(title: str) -> tuple[str, ...]:
    """The words of ``title`` that may be a name's, in their plain spelling: not a function
    word nor a word a name holds inside."""
    terms = lexicon()
    return tuple(
        plain
        for plain in map(plain_spelling, _headline(title).tokens)
        if plain not in terms.function_words and plain not in terms.name_inner_words
    )


@lru_cache(maxsize=1 << 12)
def _telling_words(title: str) -> frozenset[str]:
    """The words of ``title`` that tell what it heads, in their plain spelling: not a function
    word, nor a word of a section's or masthead's name or a page's kind ("live", "news",
    "opinion"), nor one of fewer than ``MIN_TELLING_LETTERS`` letters (a Han character counting
    two: :func:`~compare.segment.word_length`)."""
    terms = lexicon()
    untelling = terms.function_words | terms.section_words | terms.masthead_words | terms.page_kinds
    return frozenset(
        plain
        for plain in map(plain_spelling, _headline(title).tokens)
        if word_length(plain) >= MIN_TELLING_LETTERS and plain not in untelling
    )
