"""Whether one of two articles' headlines is the other's, word for word or edited.

A headline taken from a press release or a wire is a churnalism tell, told beside a pair's
verdict and never counted in it: two independent reports may well share a short headline.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from rapidfuzz import fuzz

from compare.align import edited_alike
from compare.framing import framing_notes, headline_agents_left_out
from compare.lexicon import MIN_TELLING_LETTERS, lexicon
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
    pair: PairComparison, a_title: str | None, b_title: str | None
) -> tuple[FramingNote, ...]:
    """The framing notes of ``pair``'s two headlines, A's to B's, as a match's notes read: of a
    pair with a direction whose headlines differ, the copy's headline told against the origin's
    ("Six killed in Harlow blast" for "Four killed ..."); none otherwise. Two
    articles without a direction each wrote their own headline, for their own reasons.

    >>> from compare.records import Verdict
    >>> pair = PairComparison("wire", "daily", "s", Verdict.DERIVED, "a->b", 0.8, 0.8, 0.7,
    ...     0.7, 0.7, 0.7, 20, None, (), (), (), 90.0, headline_changed=True)
    >>> [(n.kind.value, n.a, n.b) for n in headline_framing(pair,
    ...     "Four killed in Harlow blast", "Six killed in Harlow blast")]
    [('number_changed', 'Four', 'Six')]
    """
    if pair.direction is None or not pair.headline_changed or not (a_title and b_title):
        return ()
    return tuple(
        note for note in _titles_framed(a_title, b_title) if not _court_kept(note, a_title, b_title)
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
def _titles_framed(a_title: str, b_title: str) -> tuple[FramingNote, ...]:
    """The framing notes of two headlines: a sentence's, and who acted left out in headline
    grammar (:func:`~compare.framing.headline_agents_left_out`: "Police arrest 11 protesters"
    against "11 protesters arrested"), where the sentence's reading names no agent."""
    # A wire's copies print a few headlines: hundreds of pairs ask of the same two.
    notes = framing_notes(a_title, b_title)
    if any(note.kind in AGENT_KINDS for note in notes):
        return notes
    return (*notes, *headline_agents_left_out(a_title, b_title))


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
