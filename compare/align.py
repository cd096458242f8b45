"""Verify proposed sentence pairs with rapidfuzz and pick the best matches of two documents.

Each proposal gets a kind (see :func:`judge`); the best one-to-one matching is chosen greedily,
strongest kind first, then (among lines of one template, see :func:`_crossed_anchors`) the
fewest names, then numbers, that tell other stations' lines, then score, and never assumes the
two articles keep the same sentence order.
A sentence of one side that two consecutive sentences of the other side carry together (a split
or merge) becomes one match with a two-sentence span.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple, TypeVar

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, LCSseq

from compare.framing import is_condition, speaker_words, speakers
from compare.lexicon import lexicon
from compare.numerals import (
    Numbers,
    Value,
    may_name_a_date,
    may_state_a_share,
    names_a_date,
    numbers_in,
)
from compare.records import Match, MatchKind, Sentence, Span
from compare.segment import (
    CLAUSE_MARK,
    as_sentence,
    is_number,
    may_quote,
    normalise,
    outside_quotations,
    quotation_spans,
    word_length,
    words,
)
from compare.settings import Settings
from compare.similarity import features, paraphrase_model, same_root, stem

# What tells apart the candidates of one search: a sentence's index, or a pair of them.
Key = TypeVar("Key")

# A copy editor's cut keeps a sentence's words in order: at least this many of them, and a third
# of the sentence cut. Shorter, a stock sentence of one report is found inside another's by
# chance ("The cause of the fire is under investigation.").
MIN_CUT_WORDS = 10
MAX_CUT_LENGTH_RATIO = 3
# What a multiplier of a number ("million", "billion") reads as where a cut may mistype a figure
# (see _as_typed).
MULTIPLIER = "#multiplier"
# A shorter cut is taken when every run of words it cut holds a hedge or an attribution, and
# one a hedge: the trim that states a claim as fact ("The slope was weakened by a burst water
# main." of "The slope was reportedly weakened by a burst water main, according to two council
# engineers."), the framing change worth seeing. An attribution alone is not enough: independent
# reports write a stock line ("The cause of the fire is under investigation.") with or without
# its source (", a spokeswoman said"). Of all sentences of BASIL's independent reports, and of
# MSRP's and PAN's, none of 4 to 9 words lies inside another so. Below 6 words, a sentence is a
# stock line ("No one was hurt.") that independent reports may both write, one hedged.
MIN_FRAMING_CUT_WORDS = 6
# A stock line may be shorter still where a copy puts it: in the place of the sentence it is cut
# from, between two sentences the two articles share ("Police said the rally was peaceful and that
# no arrests were made." cut to "No arrests were made." between two copied sentences), its cut
# words attributing or hedging. Independent reports rarely share the sentences either side.
MIN_PLACED_CUT_WORDS = 3
# A copy that keeps a sentence's opening word for word and stops where a clause of it begins
# (a comma, "and", "with", "subject to": "The study was funded by the Carrow Health Foundation."
# of "... Foundation and by Verdant Teas Ltd, a maker of green tea supplements.") cut it, from
# MIN_FRAMING_CUT_WORDS words, when the opening states a claim of its own: this many content words
# besides names, numbers and whom it cites ("The company said in a statement." states none). The
# clause cut is what the copy dropped, often a caveat or a conflict of interest. A clause that
# only attributes (", police said") is no such cut: independent reports write a stock line
# ("The cause of the fire is under investigation.") with or without its source. Of all pairs
# judged on BASIL's independent reports, COUNTER, MSRP and PAN, none is such a cut.
MIN_CUT_OPENING_CONTENT_WORDS = 2
# What a clause cut off may open with besides a word: a comma, a semicolon, a colon, a bracket
# or a dash.
CLAUSE_BREAK = re.compile(rf"\s*(?:{CLAUSE_MARK.pattern}|-|\u2013|\u2014)")
# A copy editor who cuts may change a word or two too; a word in ten of the shorter sentence,
# when it has this many words.
WORDS_PER_CUT_CHANGE = 10
MIN_CHANGED_CUT_WORDS = 15
# A claim whose source is dropped as it is hardened ("The toxin is expected to reach the coast by
# Friday, the ministry said in a statement." against "The toxin will reach the coast by Friday.")
# shares too few characters to be an edit, and is no cut: "will" stands for "is expected to".
# Its two sentences agree word for word once each run of words only one writes is set aside as an
# attribution's clause, or as hedges and modals, one of them a hedge (see differs_in_framing); at
# least MIN_FRAMING_CUT_WORDS words agree, as a framing cut's do. A clause of attribution names
# whom it cites in a few words ("the ministry ... in a statement", "a preliminary estimate by the
# university"): one with more is a claim of its own.
MAX_ATTRIBUTION_WORDS = 4
# A sentence may retell the other's claim word for word under another name for whoever made it,
# the clause after it cut ("The Kestanian regime claimed it had paid all invoices in full." of
# "Kestania said it had paid all invoices in full and accused Torvek of using energy as a
# weapon."): the claim, at least this many words, follows at most MAX_RETOLD_OPENING_WORDS words
# of each, which name the speaker and its verb. Told as a paraphrase, it counts toward no reuse.
MIN_RETOLD_CLAIM_WORDS = 5
MAX_RETOLD_OPENING_WORDS = 5
# Where one sentence of a quotation ends and the next begins: a quotation of a release quotes its
# author's two or three sentences at once, and a rewrite quotes one of them, cut.
QUOTED_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Chinese and Japanese quote in corner brackets. segment reads no quotation in them, so none is
# shared, but a sentence quoted in them is no more a cut than one quoted in other marks.
CORNER_QUOTE = re.compile("[\u300c\u300e]")
# A split or merge must explain at least this many more characters than one sentence does.
MIN_JOIN_GAIN_CHARS = 12
# A join in other words: each of its two sentences holds this many words besides function
# words and attribution verbs, and it takes over a match in other words only if it scores this
# much more.
MIN_JOIN_PART_WORDS = 3
REWORDED_JOIN_MARGIN = 5.0
# A rewrite that keeps most of a sentence's words in order and changes only its figures and whom
# it cites ("..., killing four civilians and injuring 11, regional governor Nadia Petri said."
# against "..., killing two people, the Kestanian regime alleged."): its similarity falls short of
# an edit's and its changed figures keep it from the paraphrase model, yet it is the change most
# worth a note. It keeps MIN_REFIGURED_WORDS words and this share of the longer sentence's; each run of
# words only one side writes attributes it (see MAX_ATTRIBUTION_WORDS) or gives its figures, with
# at most MAX_FIGURE_CONTEXT_WORDS content words besides ("four civilians and injuring 11"),
# perhaps followed by an attribution; one run gives a figure.
MIN_REFIGURED_WORDS = 8
MIN_REFIGURED_SHARE = 0.5
MAX_FIGURE_CONTEXT_WORDS = 2
# Two sentences built on one template ("The council approved the tram budget on Monday" against
# "The council rejected the bus plan on Friday") score as paraphrases on shared words and
# shape, and a stock attribution they share can make them as alike as an edit. They state
# other facts when both state days or months, or both shares, none of their numbers agree, and
# fewer than half the content words of the shorter recur. Counts are left out: MSRP's
# paraphrases of a market report often give other prices or points. On MSRP this rejects 6
# accepted pairs, 4 labelled other content (F1 0.827 before and after); on PAN none. Of MSRP's
# and PAN's edited pairs, none states other facts so; the 14 of MSRP whose shares or days all
# differ share most content words ("fell 1.3 percent" against "fell two percent"), each
# labelled one fact: a figure changed in a sentence otherwise kept is left an edit.
MAX_OTHER_FACT_OVERLAP = 0.5
# A rewrite of a results release gives its figures in words of its own ("Third-quarter revenue
# soared 12.4% to $4.82 billion." of "Revenue for the third quarter was $4.82 billion, an increase
# of 12.4% from $4.29 billion ..."), too few of them for the paraphrase model; two figures of one
# sentence written in digits, all its numbers in the other, and a content word shared, tell it
# restates that sentence. Counts in words ("two or three minutes", "six or seven months") recur
# in sentences of other content: PAN's, labelled so. Among
# the candidates of one sentence, the pair whose figures agree is taken before one that shares
# its shape but gives other figures ("Data center segment revenue rose 21% to $2.06 billion."):
# matched so, it reads as a changed figure the rewrite never made.
MIN_RESTATED_FIGURES = 2
# One figure tells it too where it is a count in the thousands and every name the sentence
# stating it writes (its capitalised words, function words aside) is the other's: a rewrite that
# keeps one of an agency's crowd counts ("À Paris, ils étaient 450 000 selon la CGS" of "À
# Paris, le ministère a compté 119 000 manifestants, la CGS 450 000") keeps too few of its words
# for the paraphrase model. A smaller count, or one of a place the other does not name, recurs
# in sentences of other content.
MIN_TELLING_COUNT = Decimal(1000)
FIGURES_UNTOLD = (1, 0.0)
FIGURES_APART = (2, 0.0)
# What reported speech says of a quotation: three quarters of what it says besides its speaker,
# from three content words, is in the quotation ("Le groupe a fait 4,2 milliards d'euros de
# bénéfices l'an dernier, il peut partager" told as "X a prétendu que le groupe pouvait partager
# ses bénéfices"). Asked only where both name one speaker and one side quotes, the other not.
MIN_TOLD_WORDS = 3
MIN_TOLD_SHARE = 0.75
# A quoting sentence with no more words than this outside its quotation only tags it ("said
# Prof. Imogen Lachlan"): reported speech naming the speaker is the same content only when it
# tells what the quotation says, as the tag alone is alike in every sentence of that speaker.
MAX_TAG_WORDS = 5
# Every person of reported speech, as one word of no language.
SHIFTED_PERSON = "#person"
# A French future or conditional, of any person: its stem's "r" and ending ("irons", "iraient").
FRENCH_FUTURE = re.compile(r"(?<=\w{2}r)(?:ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)$")
# Runs of a word's characters, to find the words written with a capital.
WORD_RUN = re.compile(r"\w+")
# What a pair that crosses no anchor crosses: no name and no number (see _crossed_anchors).
NOTHING_CROSSED = (0, 0)
KIND_RANK = {
    MatchKind.VERBATIM: 0,
    MatchKind.EDITED: 1,
    MatchKind.SHARED_QUOTE: 2,
    MatchKind.PARAPHRASE: 3,
}


@dataclass(frozen=True, slots=True)
class Judgement:
    """What the aligner makes of two sentences.

    ``kind`` is ``None`` when rejected; ``similarity`` is rapidfuzz's ``ratio`` of the two
    sentences; ``score`` is what accepted them and ranks them against other candidates (the
    similarity for verbatim and edited pairs, the paraphrase score for the others).
    """

    kind: MatchKind | None
    similarity: float
    score: float


@dataclass(frozen=True, slots=True)
class Alignment:
    """The matches of a document pair and the best similarity of the sentence pairs verified,
    matched or not (0 when none was proposed)."""

    matches: tuple[Match, ...]
    closest_similarity: float


def paraphrase_score(a: Sentence, b: Sentence, ratio: float | None = None) -> float:
    """The paraphrase model's probability that two sentences state the same content, 0-100;
    ``ratio`` is ``fuzz.ratio`` of their keys, when known (see :func:`features`)."""
    return 100 * paraphrase_model().probability(features(a, b, ratio))


def judge(a: Sentence, b: Sentence, settings: Settings) -> Judgement:
    """Accept or reject two sentences as the same content, and say how they relate.

    ``verbatim``: identical matching keys; ``edited``: ``fuzz.ratio`` at least ``min_similarity``,
    the one sentence cut from the other (:func:`is_cut`), or the two alike but for how they frame
    it (:func:`differs_in_framing`); ``shared_quote``: both carry the
    same quotation of at least ``quote_min_words`` words; ``paraphrase``:
    :func:`paraphrase_score` at least ``paraphrase_cutoff``. Sentences without words
    (punctuation only), and two of one template that state other facts
    (:func:`states_other_facts`), edited or reworded, are never the same content.

    >>> from compare.segment import segment
    >>> from compare.records import Document
    >>> def one(text): return segment(Document("d", "d", text))[0]
    >>> judge(one("Peskov said NATO is at war."), one("Peskov claimed NATO is at war."), Settings())
    Judgement(kind=<MatchKind.EDITED: 'edited'>, similarity=91.2, score=91.2)
    >>> judge("Peskov said NATO is at war.", "Peskov claimed NATO is at war.", Settings())
    Traceback (most recent call last):
    ...
    TypeError: judge compares two Sentences, got str for a: as_sentence(text) makes one of a text

    Raises:
        TypeError: ``a`` or ``b`` is no :class:`~compare.records.Sentence`, or ``settings`` no
            :class:`~compare.settings.Settings`.
    """
    for name, sentence in (("a", a), ("b", b)):
        if not isinstance(sentence, Sentence):
            raise TypeError(
                f"judge compares two Sentences, got {type(sentence).__name__} for {name}: "
                "as_sentence(text) makes one of a text"
            )
    if not isinstance(settings, Settings):
        raise TypeError(f"settings must be a Settings, got {type(settings).__name__}")
    return _judge(a, b, settings)


def _judge(a: Sentence, b: Sentence, settings: Settings) -> Judgement:
    """:func:`judge` without its checks, for the aligner: its sentences are the segmenter's,
    and it judges millions of pairs."""
    if not a.tokens or not b.tokens:
        return Judgement(None, 0.0, 0.0)
    if a.key == b.key:
        return Judgement(MatchKind.VERBATIM, 100.0, 100.0)
    similarity = fuzz.ratio(a.key, b.key)
    if edited_alike(a, b, similarity, settings):
        return Judgement(MatchKind.EDITED, round(similarity, 1), round(similarity, 1))
    para = paraphrase_score(a, b, similarity)
    kind = None
    if shares_quote(a, b, settings.quote_min_words):
        kind = MatchKind.SHARED_QUOTE
    elif (
        (
            para >= settings.paraphrase_cutoff
            and not states_other_facts(a, b)
            and not _tags_alike_only(a, b)
            and not _tags_alike_only(b, a)
        )
        or restates_figures(a, b)
        or tells_quotation(a, b, settings)
        or tells_quotation(b, a, settings)
        or retells_claim(a, b)
    ):
        kind = MatchKind.PARAPHRASE
    return Judgement(kind, round(similarity, 1), round(para, 1))


def edited_alike(a: Sentence, b: Sentence, similarity: float, settings: Settings) -> bool:
    """Whether two sentences whose keys differ, of ``fuzz.ratio`` ``similarity``, are one
    sentence edited (:func:`judge`'s ``edited``): alike to ``min_similarity``, the one cut from
    the other, or alike but for their framing, and no template filled in with other facts.

    >>> from compare.segment import as_sentence
    >>> def alike(a, b):
    ...     a, b = as_sentence(a), as_sentence(b)
    ...     return edited_alike(a, b, fuzz.ratio(a.key, b.key), Settings())
    >>> alike("Fire at Carrow mill kills two", "Fire at Carrow mill kills two workers")
    True
    >>> alike("Fire at Carrow mill", "Fire at Ely mill")
    False
    """
    # A template's words and its stock attribution (", a port authority spokeswoman said") may
    # make up most of its characters, so another decision on another day can look edited. Asked
    # only of a pair that would match otherwise: most pairs judged are not.
    return (
        similarity >= settings.min_similarity
        or is_cut(a, b)
        or differs_in_framing(a, b)
        or changes_figures_or_source(a, b)
    ) and not states_other_facts(a, b)


def states_other_facts(a: Sentence, b: Sentence) -> bool:
    """Whether two sentences of one shape report different facts, not one fact reworded.

    They do when both state a day's or month's name, or both a share, no number of either is
    in the other, and fewer than ``MAX_OTHER_FACT_OVERLAP`` of the shorter's content words
    (stems of words besides function words, attribution verbs, numbers, capitalised words and
    the source both attribute their claims to) recur in the other.

    >>> from compare.segment import as_sentence
    >>> budget = as_sentence("The council approved the tram budget on Monday.")
    >>> states_other_facts(budget, as_sentence("The council rejected the bus plan on Friday."))
    True
    >>> states_other_facts(budget, as_sentence("On Friday the council passed the tram budget."))
    False
    """
    # Few sentences name a day or month or state a share, and a look at the text tells which
    # may, far quicker than reading their numbers: most pairs asked are answered here.
    written_a = _measures_written(a.text)
    if not written_a or written_a.isdisjoint(_measures_written(b.text)):
        return False
    stated_a, stated_b = _stated(a.text), _stated(b.text)
    # A value both state agrees, as the one-to-one matching below would find far more slowly:
    # a bulletin's template lines all name one day, and its every pair of lines is asked.
    if stated_a.measures.isdisjoint(stated_b.measures) or not stated_a.values.isdisjoint(
        stated_b.values
    ):
        return False
    if any(_agreeing(stated_a, stated_b)):
        return False
    # A source both name is no fact both state: one desk's stock attribution (", the mayor's
    # office said") closes every sentence of its template.
    source = speakers(a.text) & speakers(b.text)
    content_a, content_b = _content_stems(a, source), _content_stems(b, source)
    shared = len(content_a & content_b)
    return shared < MAX_OTHER_FACT_OVERLAP * min(len(content_a), len(content_b))


def _agreeing(stated_a: _Stated, stated_b: _Stated) -> tuple[int, int]:
    """How many of the numbers each of two sentences states the other holds too."""
    numbers_a, numbers_b = stated_a.numbers, stated_b.numbers
    return (
        stated_a.stated_count - sum(n.stated for n in numbers_a.unmatched_in(numbers_b)),
        stated_b.stated_count - sum(n.stated for n in numbers_b.unmatched_in(numbers_a)),
    )


def retells_claim(a: Sentence, b: Sentence) -> bool:
    """Whether the shorter sentence retells the longer's claim word for word, its speaker named
    otherwise and the clause after the claim cut.

    Each opens with at most ``MAX_RETOLD_OPENING_WORDS`` words, a name of each written with a
    capital being forms of one root (the country and its adjective: "Kestania's Foreign
    Ministry" and "The Kestanian regime"); then both write the same run of at least
    ``MIN_RETOLD_CLAIM_WORDS`` words, ``MIN_CUT_OPENING_CONTENT_WORDS`` of them content words,
    which ends the shorter; the longer ends there too or goes on with "and" or after a clause's
    mark. Another speaker is another's claim, not a retelling.

    >>> from compare.segment import as_sentence
    >>> wire = as_sentence("Kestania's Foreign Ministry called the verdict politically motivated "
    ...     "and demanded her immediate release.")
    >>> retells_claim(wire, as_sentence("The Kestanian regime called the verdict politically motivated."))
    True
    >>> retells_claim(wire, as_sentence("Defence lawyers called the verdict politically motivated."))
    False
    """
    shorter, longer = sorted((a, b), key=lambda sentence: len(sentence.tokens))
    short, long = shorter.tokens, longer.tokens
    if len(short) <= MIN_RETOLD_CLAIM_WORDS or _quotes(a) or _quotes(b):
        return False
    for opening in range(1, min(MAX_RETOLD_OPENING_WORDS, len(short) - MIN_RETOLD_CLAIM_WORDS) + 1):
        claim = short[opening:]
        for other in range(1, MAX_RETOLD_OPENING_WORDS + 1):
            end = other + len(claim)
            if long[other:end] != claim:
                continue
            return (
                (end == len(long) or long[end] == "and" or _breaks_after(longer, long[:end]))
                and _names_alike(shorter, short[:opening], longer, long[:other])
                and len(_content_words(claim)) >= MIN_CUT_OPENING_CONTENT_WORDS
            )
    return False


def _names_alike(
    a: Sentence, opening_a: Sequence[str], b: Sentence, opening_b: Sequence[str]
) -> bool:
    """Whether a name each of two sentences' openings writes with a capital is a form of one
    root with the other's ("Kestania's" and "Kestanian")."""
    terms = lexicon()

    def names(sentence: Sentence, opening: Sequence[str]) -> set[str]:
        capitalised = _capitalised(sentence.text)
        plain = (word.removesuffix("'s") for word in opening)
        return {w for w in plain if w in capitalised and w not in terms.function_words}

    return any(same_root(x, y) for x in names(a, opening_a) for y in names(b, opening_b))


def _content_words(run: Sequence[str]) -> list[str]:
    """The words of a run that are neither function words, numbers nor of one or two letters."""
    function_words = lexicon().function_words
    return [
        word
        for word in run
        if word not in function_words and word_length(word) > 2 and not is_number(word)
    ]


def restates_figures(a: Sentence, b: Sentence) -> bool:
    """Whether one sentence gives again, in other words, the figures of the other: it states at
    least ``MIN_RESTATED_FIGURES`` numbers written in digits besides dates, all of its numbers
    the other's, and the two share a content word (see ``MIN_RESTATED_FIGURES``); or one such
    number, of at least ``MIN_TELLING_COUNT``, and every name it writes the other's.

    >>> from compare.segment import as_sentence
    >>> release = as_sentence("Revenue for the third quarter was $4.82 billion, an increase of "
    ...     "12.4% from $4.29 billion a year earlier.")
    >>> restates_figures(as_sentence("Third-quarter revenue soared 12.4% to $4.82 billion."), release)
    True
    >>> restates_figures(as_sentence("Data center revenue rose 21% to $2.06 billion."), release)
    False
    >>> restates_figures(as_sentence("For two or three minutes the room was silent."),
    ...     as_sentence("The two windows stood open for three minutes."))
    False
    >>> restates_figures(as_sentence("À Paris, ils étaient 450 000."),
    ...     as_sentence("À Paris, le ministère a compté 119 000 manifestants, la CGS 450 000."))
    True
    """
    (shorter, telling), (longer, other) = sorted(
        ((_stated(a.text), a), (_stated(b.text), b)), key=lambda stated: stated[0].stated_count
    )
    figures = [
        values
        for w, values, stated in shorter.numbers.mentions
        if stated and any(c.isdecimal() for c in w) and not names_a_date(w)
    ]
    if not figures or shorter.stated_count != _agreeing(shorter, longer)[0]:
        return False
    if len(figures) >= MIN_RESTATED_FIGURES:
        return not _content_stems(a, frozenset()).isdisjoint(_content_stems(b, frozenset()))
    names = _capitalised(telling.text) - lexicon().function_words
    return (
        bool(names)
        and names <= _capitalised(other.text)
        and any(isinstance(v, Decimal) and v >= MIN_TELLING_COUNT for v in figures[0])
    )


def figures_rank(a: Sentence, b: Sentence) -> tuple[int, float]:
    """Where the figures two sentences state place their pair among the candidates of one
    sentence: pairs whose figures agree first, the larger share agreeing first; then pairs
    where one states none; last pairs that both state figures and agree on none.

    >>> from compare.segment import as_sentence
    >>> lede = as_sentence("Revenue rose 12.4% to $4.82 billion.")
    >>> figures_rank(lede, as_sentence("Revenue was $4.82 billion, up 12.4%."))
    (0, -1.0)
    >>> figures_rank(lede, as_sentence("Data center revenue rose 21% to $2.06 billion."))
    (2, 0.0)
    """
    stated_a, stated_b = _stated(a.text), _stated(b.text)
    if not stated_a.stated_count or not stated_b.stated_count:
        return FIGURES_UNTOLD
    agreeing = sum(_agreeing(stated_a, stated_b))
    if not agreeing:
        return FIGURES_APART
    return 0, -agreeing / (stated_a.stated_count + stated_b.stated_count)


class _Stated(NamedTuple):
    """The numbers of a sentence, how many it states (``stated_count``), which measures those
    are (see :func:`_measures`) and their values (:meth:`Numbers.stated_values`)."""

    numbers: Numbers
    stated_count: int
    measures: frozenset[str]
    values: frozenset[Value]


# Read once a text, as _measures_written is, for the bulletin lines that name a day or share.
@lru_cache(maxsize=1 << 16)
def _stated(text: str) -> _Stated:
    numbers = numbers_in(text)
    stated = [(written, values) for written, values, stated in numbers.mentions if stated]
    return _Stated(numbers, len(stated), frozenset(_measures(stated)), numbers.stated_values())


def _measures(stated: Iterable[tuple[str, frozenset[Value]]]) -> set[str]:
    """Which measures whose disagreement tells another fact stated numbers are: a "date" (a
    day's or month's name: "Monday", "March") or a "share" ("12%", "40 percent")."""
    found = set()
    # A period named from the day of writing ("last year") is left aside, as may_name_a_date,
    # the quick check before this, leaves it: counting it rejects an MSRP paraphrase.
    periods = lexicon().relative_periods
    for written, values in stated:
        if names_a_date(written) and written not in periods:
            found.add("date")
        elif any(isinstance(v, str) and v.endswith("%") for v in values):
            found.add("share")
    return found


# A template line is proposed with many lines of the other bulletin, and each of them with many
# of its own: its measures are read once a text, not once a proposal (most of judge's time on
# thousands of bulletin lines).
@lru_cache(maxsize=1 << 16)
def _measures_written(text: str) -> frozenset[str]:
    """The measures of :func:`_measures` a sentence's text may state: each its numbers state,
    and perhaps others."""
    plain = normalise(text)
    return frozenset(
        measure
        for measure, may_state in (("date", may_name_a_date), ("share", may_state_a_share))
        if may_state(plain)
    )


def _content_stems(sentence: Sentence, source: frozenset[str]) -> frozenset[str]:
    """The stems of a sentence's content words, the words of ``source`` aside."""
    # Words of one or two letters are function words the lexicon does not list.
    capitalised = _capitalised(sentence.text)
    return frozenset(
        stem(t)
        for t in _telling(sentence)
        if t not in capitalised
        and t.removesuffix("'s") not in source
        and word_length(t) > 2
        and not is_number(t)
    )


def _capitalised(text: str) -> set[str]:
    """The words a text writes with a capital, case folded: names, and its first word."""
    return {w.casefold() for w in WORD_RUN.findall(text) if w[0].isupper()}


def is_cut(a: Sentence, b: Sentence) -> bool:
    """Whether the shorter sentence is the longer with words cut out.

    The shorter has the longer's words in the same order, at least ``MIN_CUT_WORDS`` of them
    and a third of the longer's, but for a word in ten changed in a sentence of 15 words or
    more ("said" for "claimed", "heavy rain" for "torrential rain"); from
    ``MIN_FRAMING_CUT_WORDS`` words, when each run of words cut holds a hedge or an
    attribution, and one a hedge (:func:`_cuts_framing`), or when the shorter is the longer's
    opening up to a clause (:func:`_cuts_clause`). A quotation is left to
    :func:`shares_quote`: reports of one speech quote the same words.

    >>> from compare.segment import as_sentence
    >>> wire = as_sentence("The union, with 4,000 members, said it would strike until it was paid.")
    >>> is_cut(wire, as_sentence("The union said it would strike until it was paid."))
    True
    >>> is_cut(wire, as_sentence("It would strike until it was paid, the union said."))
    False
    >>> hedged = as_sentence("The strike reportedly cost $2 million a day, analysts said.")
    >>> is_cut(hedged, as_sentence("The strike cost $2 million a day."))
    True
    >>> funded = as_sentence("The study was funded by a charity and by Verdant Teas Ltd.")
    >>> is_cut(funded, as_sentence("The study was funded by a charity."))
    True
    """
    shorter, longer = sorted((a, b), key=lambda sentence: len(sentence.tokens))
    short, long = shorter.tokens, longer.tokens
    return (
        len(short) >= MIN_FRAMING_CUT_WORDS
        and len(long) <= MAX_CUT_LENGTH_RATIO * len(short)
        and not _quotes(a)
        and not _quotes(b)
        and (
            # _as_typed only makes more words alike, so for a sentence long enough to be a cut
            # on its own the plain words keep in order no more of it: one comparison says.
            (
                LCSseq.similarity(_as_typed(short), _as_typed(long))
                >= len(short) - _changes_allowed(len(short))
                if len(short) >= MIN_CUT_WORDS
                else (
                    LCSseq.similarity(short, long) >= len(short) - _changes_allowed(len(short))
                    and _cuts_framing(short, long)
                )
            )
            or _cuts_clause(shorter, longer)
        )
    )


def _as_typed(tokens: Sequence[str]) -> tuple[str, ...]:
    """``tokens`` with each number written as its characters sorted and each multiplier of one
    ("million") as one word: a figure mistyped, its digits transposed ("148.5" for "184.5") or
    its multiplier swapped ("billion" for "million"), reads as the word it mistypes. A copy that
    cut a sentence as it mistyped a figure ("Net debt ... was £612 billion." of "Net debt ...
    was £612 million, and leverage was 1.4 times ...") cut it, and framing names the figure
    changed; another number altogether is another fact.

    >>> _as_typed(("was", "0.32", "million")) == _as_typed(("was", "0.23", "billion"))
    True
    >>> _as_typed(("was", "0.32")) == _as_typed(("was", "0.35"))
    False
    """
    multipliers = lexicon().multipliers
    return tuple(
        "".join(sorted(t)) if is_number(t) else MULTIPLIER if t in multipliers else t
        for t in tokens
    )


def _cuts_clause(opening: Sentence, whole: Sentence) -> bool:
    """Whether ``opening`` is ``whole`` up to a clause that it cuts off, and states a claim; a
    figure of it may be mistyped (:func:`_as_typed`).

    ``whole`` goes on from ``opening``'s words, which are its first, after a comma, a
    semicolon, a colon, a bracket or a dash, or with a word that opens a clause ("and",
    "with", "subject to"; ``cut_clause_openers``), and more than an attribution's clause (",
    police said"); ``opening`` holds ``MIN_CUT_OPENING_CONTENT_WORDS`` content words besides
    names, numbers and whom it cites (see :func:`_content_stems`).

    >>> from compare.segment import as_sentence
    >>> whole = as_sentence("The plant will close in May, with the loss of 300 jobs.")
    >>> _cuts_clause(as_sentence("The plant will close in May."), whole)
    True
    >>> _cuts_clause(as_sentence("The plant will close."), whole)
    False
    """
    cut = len(opening.tokens)
    if _as_typed(whole.tokens[:cut]) != _as_typed(opening.tokens) or len(whole.tokens) == cut:
        return False
    rest = whole.tokens[cut:]
    return (
        (rest[0] in lexicon().cut_clause_openers or _breaks_after(whole, opening.tokens))
        and not _attributes(rest)
        and len(_content_stems(opening, speakers(opening.text))) >= MIN_CUT_OPENING_CONTENT_WORDS
    )


def _breaks_after(sentence: Sentence, opening: Sequence[str]) -> bool:
    """Whether ``sentence``, which opens with the words ``opening``, breaks off after them:
    a clause's mark or a dash follows (see ``CLAUSE_BREAK``)."""
    key, end = sentence.key, 0
    for word in opening:
        found = key.find(word, end)
        if found < 0:
            return False
        end = found + len(word)
    return CLAUSE_BREAK.match(key, end) is not None


def _cuts_framing(shorter: Sequence[str], longer: Sequence[str]) -> bool:
    """Whether the words ``shorter`` cuts from ``longer`` frame it, one run of them a hedge.

    ``shorter`` has all its words in ``longer``, in the same order; each run of words it leaves
    out holds a hedge, an attribution verb or an attributing phrase ("reportedly", "according
    to two officials", "police said"), and one of them a hedge.
    """
    terms = lexicon()
    cuts = [
        longer[op.dest_start : op.dest_end]
        for op in Indel.opcodes(shorter, longer)
        if op.tag != "equal"
    ]
    hedged = [bool(terms.hedges.find(cut)) for cut in cuts]
    return any(hedged) and all(
        hedge or terms.attributing_phrases.find(cut) or not terms.attribution_verbs.isdisjoint(cut)
        for cut, hedge in zip(cuts, hedged, strict=True)
    )


def differs_in_framing(a: Sentence, b: Sentence) -> bool:
    """Whether two sentences state one claim in the same words but for how they frame it.

    Each run of words that only one of them writes, between the words both write in order (the
    same word or a form of it: "could reach" against "reaches"), is the clause of an attribution
    (an attribution verb or attributing phrase and at most ``MAX_ATTRIBUTION_WORDS`` other
    content words: ", the ministry said in a statement", or whose forecast it is: "The ministry
    expects"), a condition's ("subject to winter pressures") or holds only hedges, modals and the
    forms of "be" and "have" around them ("is expected to" against "will"), and one run hedges;
    at least ``MIN_FRAMING_CUT_WORDS`` words agree. A quotation is left to :func:`shares_quote`.

    >>> from compare.segment import as_sentence
    >>> wire = as_sentence("The toxin is expected to reach the coast by Friday, the ministry said.")
    >>> differs_in_framing(wire, as_sentence("The toxin will reach the coast by Friday."))
    True
    >>> differs_in_framing(wire, as_sentence("The toxin will not reach the coast by Friday."))
    False
    >>> differs_in_framing(wire, as_sentence("The toxin will kill fish along the coast by Friday."))
    False
    """
    tokens_a, tokens_b = a.tokens, b.tokens
    shorter, longer = sorted((len(tokens_a), len(tokens_b)))
    # Most pairs the aligner asks hold no hedge at all: set operations in C tell first.
    if (
        shorter < MIN_FRAMING_CUT_WORDS
        or longer > MAX_CUT_LENGTH_RATIO * shorter
        or not (_may_hedge(tokens_a) or _may_hedge(tokens_b))
    ):
        return False
    stems_a, stems_b = tuple(map(stem, tokens_a)), tuple(map(stem, tokens_b))
    if LCSseq.similarity(stems_a, stems_b) < MIN_FRAMING_CUT_WORDS or _quotes(a) or _quotes(b):
        return False
    runs = _written_by_one(tokens_a, tokens_b, stems_a, stems_b)
    return (
        bool(runs)
        and all(_attributes(run) or _only_hedges(run) or is_condition(run) for run in runs)
        and any(map(_hedges, runs))
    )


def changes_figures_or_source(a: Sentence, b: Sentence) -> bool:
    """Whether two sentences state one claim in the same words but for its figures and whom
    it cites.

    They keep at least ``MIN_REFIGURED_WORDS`` words in order, and ``MIN_REFIGURED_SHARE`` of the
    longer's; each run of words only one of them writes, between the words both write, is the
    clause of an attribution (see :func:`differs_in_framing`) or gives figures, with at most
    ``MAX_FIGURE_CONTEXT_WORDS`` content words besides and perhaps an attribution's clause after
    them; and one run gives figures. A quotation is left to :func:`shares_quote`.

    >>> from compare.segment import as_sentence
    >>> wire = as_sentence("A drone struck a fuel depot in the town of Orlin overnight, killing "
    ...     "four civilians and injuring 11, regional governor Nadia Petri said.")
    >>> changes_figures_or_source(wire, as_sentence("A drone struck a fuel depot in the town of "
    ...     "Orlin overnight, killing two people, the regime alleged."))
    True
    >>> changes_figures_or_source(wire, as_sentence("A drone struck a fuel depot in the town of "
    ...     "Orlin overnight, and the fire burned until dawn."))
    False
    """
    tokens_a, tokens_b = a.tokens, b.tokens
    kept = LCSseq.similarity(tokens_a, tokens_b)
    if (
        kept < MIN_REFIGURED_WORDS
        or kept < MIN_REFIGURED_SHARE * max(len(tokens_a), len(tokens_b))
        or _quotes(a)
        or _quotes(b)
    ):
        return False
    runs = _written_by_one(tokens_a, tokens_b, tokens_a, tokens_b)
    figured = [_gives_figures(run) for run in runs]
    return any(figured) and all(
        figures or _attributes(run) for run, figures in zip(runs, figured, strict=True)
    )


def _written_by_one(
    tokens_a: Sequence[str], tokens_b: Sequence[str], keys_a: Sequence[str], keys_b: Sequence[str]
) -> list[Sequence[str]]:
    """The runs of words only one of two sentences writes, between the words both write in
    order, compared by ``keys_a`` and ``keys_b`` (their words, or their stems), one a word."""
    runs: list[Sequence[str]] = []
    end_a = end_b = 0
    for block in Indel.opcodes(keys_a, keys_b).as_matching_blocks():
        runs += [tokens_a[end_a : block.a], tokens_b[end_b : block.b]]
        end_a, end_b = block.a + block.size, block.b + block.size
    return [run for run in runs if run]


def _gives_figures(run: Sequence[str]) -> bool:
    """Whether a run of words gives figures: it holds a number, and at most
    ``MAX_FIGURE_CONTEXT_WORDS`` content words besides its numbers ("four civilians and
    injuring 11"), perhaps followed by an attribution's clause ("two people, the regime
    alleged")."""
    terms = lexicon()
    figure = [is_number(word) or word in terms.number_words for word in run]
    numbers = [at for at, is_figure in enumerate(figure) if is_figure]
    if not numbers:
        return False
    context = [
        at
        for at, word in enumerate(run)
        if not figure[at] and word not in terms.function_words and word_length(word) > 2
    ]
    # The attribution's clause, if any, follows the figures: each place past the last number
    # may open it.
    return any(
        sum(at < end for at in context) <= MAX_FIGURE_CONTEXT_WORDS
        and (end == len(run) or _attributes(run[end:]))
        for end in range(numbers[-1] + 1, len(run) + 1)
    )


def _may_hedge(tokens: Sequence[str]) -> bool:
    """Whether a sentence's words may hold a hedge: a hedge's first word, a modal of possibility
    or a forecast's "expected"."""
    terms = lexicon()
    return not (
        terms.hedges.by_first.keys().isdisjoint(tokens)
        and terms.possibility_modals.isdisjoint(tokens)
        and _forecast_words().isdisjoint(tokens)
    )


def _hedges(run: Sequence[str]) -> bool:
    """Whether a run of words hedges: a hedge, a modal of possibility, a forecast ("expected
    to", or its verb in the active voice, "expects") or a condition ("subject to winter
    pressures")."""
    terms = lexicon()
    written = f" {' '.join(run)} "
    return (
        bool(terms.hedges.find(run))
        or not terms.possibility_modals.isdisjoint(run)
        or any(f" {forecast} " in written for forecast in terms.forecasts)
        or not (terms.forecasting_verbs - terms.not_forecasting_alone).isdisjoint(run)
        or is_condition(run)
    )


def _only_hedges(run: Sequence[str]) -> bool:
    """Whether a run of words holds only hedges, forecasts, modals of possibility or certainty
    and the forms of "be" and "have" that go with them: "may have been" against "was", "is
    expected to" against "will"; not "not"."""
    terms = lexicon()
    framing = {word for hedge in terms.hedges.find(run) for word in hedge.split()}
    framing |= _forecast_words()
    return all(word in framing or word in _modal_words() for word in run)


def _attributes(run: Sequence[str]) -> bool:
    """Whether a run of words is the clause of an attribution: it holds an attribution verb or
    an attributing phrase and names whom it cites in at most ``MAX_ATTRIBUTION_WORDS`` other
    words besides function words (", the ministry said in a statement", "according to a
    preliminary estimate by the university")."""
    terms = lexicon()
    phrases = terms.attributing_phrases.find(run)
    # Whose forecast a claim is, said by its verb in the active voice, cites as "said" does:
    # "The ministry expects the list to fall" against "The list will fall".
    verbs = terms.attribution_verbs | terms.forecasting_verbs
    if verbs.isdisjoint(run) and not phrases:
        return False
    cue_words = {word for phrase in phrases for word in phrase.split()}
    content = [
        word
        for word in run
        if word not in verbs
        and word not in terms.function_words
        and word not in cue_words
        and word_length(word) > 2
    ]
    return len(content) <= MAX_ATTRIBUTION_WORDS


@lru_cache(maxsize=1)
def _forecast_words() -> frozenset[str]:
    return frozenset(word for forecast in lexicon().forecasts for word in forecast.split())


@lru_cache(maxsize=1)
def _modal_words() -> frozenset[str]:
    """The modals of possibility and certainty, and the forms of "be" and "have" (auxiliaries
    that deny nothing) that go with them."""
    terms = lexicon()
    auxiliaries = {word for word in terms.auxiliaries if not terms.is_negation(word)}
    return terms.possibility_modals | terms.certainty_modals | terms.passive_marks | auxiliaries


def _quotes(sentence: Sentence) -> bool:
    """Whether a sentence may quote (see :func:`compare.segment.may_quote`), in corner brackets
    too."""
    return may_quote(sentence.text) or CORNER_QUOTE.search(sentence.text) is not None


def _changes_allowed(words: int) -> int:
    """The words a trim of ``words`` words may change: a word in ten, from fifteen on. A short
    stock sentence inside another with a word changed is as often another fact ("Shares fell 4%
    in early trading" against "Shares rose 4% in early trading after ...")."""
    return words // WORDS_PER_CUT_CHANGE if words >= MIN_CHANGED_CUT_WORDS else 0


def shares_quote(a: Sentence, b: Sentence, min_words: int) -> bool:
    """Whether a quotation of at least ``min_words`` words in one sentence appears in the other,
    or is a sentence of the other's quotation with the words that hedge it cut
    (:func:`_quotes_unhedged`).

    A quotation is what :func:`compare.segment.quotation_spans` reads, as framing and overlap
    do: in straight or curly double quotes, guillemets, British single quotes, a typewriter's
    (two backticks and two apostrophes), or after a dialogue dash.

    >>> from compare.segment import as_sentence
    >>> said = as_sentence("'We will not back down until every worker is paid,' Ortiz said.")
    >>> vowed = as_sentence("Ortiz vowed: 'We will not back down until every worker is paid.'")
    >>> shares_quote(said, vowed, 5)
    True
    """
    for quoting, other in ((a, b), (b, a)):
        if not may_quote(quoting.text):
            continue
        carried = " " + " ".join(other.tokens) + " "
        for begin, end in quotation_spans(quoting.text):
            quoted = words(quoting.text[begin:end])
            if len(quoted) >= min_words and (
                f" {' '.join(quoted)} " in carried or _quotes_unhedged(quoted, other)
            ):
                return True
    return False


def _quotes_unhedged(quoted: Sequence[str], other: Sentence) -> bool:
    """Whether the words ``quoted`` are a sentence of one of ``other``'s quotations with words
    cut, each run of them a hedge, a tentative finding's verb or an attribution, and one a
    hedge, from ``MIN_FRAMING_CUT_WORDS`` words: a rewrite that puts "Cruciferous vegetables
    reduce the risk of bowel cancer." in its author's mouth, where the release quoted "Our
    findings suggest that cruciferous vegetables may reduce the risk of bowel cancer. This is
    an observational study, ...". The framing changed is the one worth seeing, and independent
    reports of one statement quote its words, not these without its hedges.

    >>> from compare.segment import as_sentence
    >>> release = as_sentence('She said: "Our findings suggest that green tea may lower blood '
    ...     'pressure in older adults. More work is needed."')
    >>> _quotes_unhedged(words("Green tea lowers blood pressure in older adults"), release)
    True
    >>> _quotes_unhedged(words("Green tea raises blood pressure in older adults"), release)
    False
    """
    if len(quoted) < MIN_FRAMING_CUT_WORDS or not may_quote(other.text):
        return False
    stems = tuple(map(stem, quoted))
    for begin, end in quotation_spans(other.text):
        for sentence in QUOTED_SENTENCE_END.split(other.text[begin:end]):
            theirs = words(sentence)
            if len(quoted) < len(theirs) <= MAX_CUT_LENGTH_RATIO * len(quoted) and _cuts_hedges(
                stems, theirs
            ):
                return True
    return False


def _tags_alike_only(quoting: Sentence, reporting: Sentence) -> bool:
    """Whether ``quoting`` is only a quotation and its tag ("“That is not a decision for me,”
    said Prof. Imogen Lachlan.") and ``reporting``, which quotes nothing, names the speaker:
    scoring the two whole, the paraphrase model finds the speaker's name and the verb of saying
    alike in every sentence of hers, and took "Prof Lachlan said she would like to see a larger
    trial." for that one. One that tells what it quotes is a paraphrase all the same, as
    :func:`judge` asks :func:`tells_quotation` after this."""
    if not may_quote(quoting.text) or may_quote(reporting.text):
        return False
    outside = outside_quotations(quoting.text, quotation_spans(quoting.text))
    attributing = [w for part in outside for w in words(part)]
    return len(attributing) <= MAX_TAG_WORDS and _names_its_speaker(
        reporting, outside, set(attributing)
    )


def _names_its_speaker(reporting: Sentence, outside: Sequence[str], attributing: set[str]) -> bool:
    """Whether ``reporting`` names one of the capitalised ``attributing`` words a quoting
    sentence writes ``outside`` its quotations: its speaker. A script without capitals
    (Arabic's) sets no name apart: there the speaker is whom the words outside attribute the
    quotation to (:func:`~compare.framing.speaker_words`: "المتحدث باسم الجهاز" of "وقال
    المتحدث باسم الجهاز ... إن"), which a paraphrase names too (acceptance round 42, j3)."""
    terms = lexicon()
    tag = " ".join(outside)
    cased = any(map(str.islower, tag))
    named = (
        ((_capitalised(tag) if cased else speaker_words(tag)) & attributing)
        - terms.function_words
        - terms.personal_pronouns
    )
    return bool(named & set(reporting.tokens))


def tells_quotation(quoting: Sentence, reporting: Sentence, settings: Settings) -> bool:
    """Whether ``reporting`` tells in reported speech, with no quotation, what ``quoting`` quotes,
    both naming the speaker by one name: the paraphrase model accepts the quotation and what
    ``reporting`` says besides the speaker, read with the person and tense of reported speech
    alike (:func:`_as_reported`), or ``MIN_TOLD_SHARE`` of the content words it says are
    quoted. The attribution before the told words moves them, and the quotation's own words
    move person and tense, so the two sentences as wholes are rarely scored alike.

    >>> from compare.segment import as_sentence
    >>> said = as_sentence("« Nous irons jusqu'au bout », a déclaré Martine Leclercq.")
    >>> claimed = as_sentence("Martine Leclercq a prétendu qu'ils iraient jusqu'au bout.")
    >>> tells_quotation(said, claimed, Settings())
    True
    >>> tells_quotation(said, as_sentence("Martine Leclercq a quitté le cortège."), Settings())
    False
    """
    if not may_quote(quoting.text) or may_quote(reporting.text):
        return False
    spans = quotation_spans(quoting.text)
    outside = outside_quotations(quoting.text, spans)
    attributing = {w for part in outside for w in words(part)}
    if not _names_its_speaker(reporting, outside, attributing):
        return False
    quoted = [w for begin, end in spans for w in words(quoting.text[begin:end])]
    told = [w for w in reporting.tokens if w not in attributing or w in quoted]
    ours, theirs = _as_reported(quoted), _as_reported(told)
    if not ours or not theirs:
        return False
    said = as_sentence(" ".join(ours), quoting.doc)
    retold = as_sentence(" ".join(theirs), reporting.doc)
    if paraphrase_score(said, retold) >= settings.paraphrase_cutoff:
        return True
    content = [stem(w) for w in _telling(retold) if word_length(w) > 2]
    kept = set(map(stem, said.tokens))
    quoted_share = sum(w in kept for w in content) / max(len(content), 1)
    return len(content) >= MIN_TOLD_WORDS and quoted_share >= MIN_TOLD_SHARE


def _as_reported(tokens: Sequence[str]) -> list[str]:
    """Words read with reported speech's shifts undone: its opener ("that", "qu'") dropped,
    every person one ("we" is "they"), each present form moved back ("will" is "would") and a
    French future or conditional one form ("irons" is "iraient")."""
    terms = lexicon()
    shifted = []
    for token in tokens:
        word = token.removeprefix("qu'") if token != "qu'" else token
        if word in terms.reported_speech_openers or word in terms.attribution_verbs:
            continue
        if word in terms.shifted_persons:
            word = SHIFTED_PERSON
        shifted.append(FRENCH_FUTURE.sub("rait", terms.backshifted.get(word, word)))
    return shifted


def _cuts_hedges(stems: Sequence[str], longer: Sequence[str]) -> bool:
    """Whether ``longer`` holds the words whose stems are ``stems`` in order, and each run of
    words it holds besides them hedges (:func:`_hedges`), tells a finding as tentative ("our
    findings suggest that") or attributes, one of them hedging: "may reduce" told as
    "reduces"."""
    terms = lexicon()
    longer_stems = tuple(map(stem, longer))
    if LCSseq.similarity(stems, longer_stems) < len(stems):
        return False
    cuts = [
        longer[op.dest_start : op.dest_end]
        for op in Indel.opcodes(stems, longer_stems)
        if op.tag != "equal"
    ]
    return any(map(_hedges, cuts)) and all(
        _hedges(cut)
        or any(tentative.find(cut) for tentative, _ in terms.certainty_steps)
        or terms.attributing_phrases.find(cut)
        or not terms.attribution_verbs.isdisjoint(cut)
        for cut in cuts
    )


@dataclass(frozen=True, slots=True)
class PrintedApart:
    """Which texts of a story print each sentence, by its matching key: two sentences that one
    text prints as two are two sentences, however alike.

    An investigation writes one sentence for each case ("Inspectors last visited Marlowe
    Gardens in April 2024 ..." and "... Linden Court in June 2023 ..."); two cuts of it that
    keep different cases took different sentences, and neither changed the other's figures.
    Which text printed first does not matter: one that prints both word for word tells that
    they are two.

    >>> from compare.segment import as_sentence
    >>> ledger = [as_sentence("Marlowe Gardens was rated good in April."),
    ...     as_sentence("Linden Court was rated good in June.")]
    >>> printed = PrintedApart.of([ledger])
    >>> printed.apart(*ledger), printed.apart(ledger[0], as_sentence("Linden Court was rated poor."))
    (True, False)
    """

    # Per key, the numbers of the texts (in the order given) that print it.
    texts_of: Mapping[str, frozenset[int]]

    @classmethod
    def of(cls, texts: Iterable[Sequence[Sentence]]) -> PrintedApart:
        """Where each sentence of ``texts`` (each a document's sentences) is printed."""
        found: dict[str, set[int]] = {}
        for number, sentences in enumerate(texts):
            for sentence in sentences:
                found.setdefault(sentence.key, set()).add(number)
        return cls({key: frozenset(numbers) for key, numbers in found.items()})

    def apart(self, a: Sentence, b: Sentence) -> bool:
        """Whether some text prints ``a`` and ``b`` as two sentences, word for word each."""
        if a.key == b.key:
            return False
        empty: frozenset[int] = frozenset()
        return not self.texts_of.get(a.key, empty).isdisjoint(self.texts_of.get(b.key, empty))


def align_pair(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    proposals: Iterable[tuple[int, int]],
    settings: Settings,
    judged_before: dict[tuple[str, str], Judgement] | None = None,
    printed: PrintedApart | None = None,
    headlines: tuple[Sentence | None, Sentence | None] = (None, None),
) -> Alignment:
    """The best matches between the sentences of two documents.

    Args:
        a, b: the two documents' sentences, in article order.
        proposals: ``(i, j)`` pairs of sentence indexes worth verifying (from LSH).
        headlines: the two documents' headlines read as sentences, where they have one: a
            sentence of one that carries the other's headline and first sentence joined is
            matched with that first sentence (:func:`_with_headline_joins`).
        judged_before: the judgements of earlier pairs of documents under the same
            ``settings`` and ``printed``, by the two sentences' texts (with those, a judgement
            depends on nothing else), to which this pair's are added. The pipeline keeps one a
            story: outlets that carry one wire story share its sentences, so each pair of
            outlets would judge the same sentence pairs again.
        printed: where the story's texts print each sentence; two sentences some text prints
            apart are neither an edit nor a paraphrase of each other
            (:meth:`PrintedApart.apart`). A quotation both carry is still shared.
    """
    judged_before = {} if judged_before is None else judged_before
    judged: dict[tuple[int, int], Judgement] = {}
    for i, j in sorted(set(proposals)):
        texts = (a[i].text, b[j].text)
        judgement = judged_before.get(texts)
        if judgement is None:
            judgement = _judge(a[i], b[j], settings)
            if (
                printed is not None
                and judgement.kind in (MatchKind.EDITED, MatchKind.PARAPHRASE)
                and printed.apart(a[i], b[j])
            ):
                judgement = replace(judgement, kind=None)
            judged_before[texts] = judgement
        judged[(i, j)] = judgement
    # Within a kind, matched after the pairs that cross fewer anchors, each station's lines are
    # matched together; a sentence that differs in other words crosses none. Kind comes first:
    # a copy that swaps one name is an edit, taken before a paraphrase of the same sentence.
    crossed = _crossed_anchors(
        a, b, [pair for pair, v in judged.items() if v.kind and v.kind is not MatchKind.VERBATIM]
    )
    # Of pairs as strong, the one that keeps the order of the sentences matched word for word
    # with no rival: a stock line an article repeats ("The complaint was closed with no
    # finding.") is matched with the occurrence in its place, not the first.
    placed = _Placement.of([pair for pair, v in judged.items() if v.kind is MatchKind.VERBATIM])
    accepted = sorted(
        (
            KIND_RANK[v.kind],
            crossed.get(pair, NOTHING_CROSSED),
            figures_rank(a[pair[0]], b[pair[1]]),
            -v.score,
            placed.off(pair),
            pair,
        )
        for pair, v in judged.items()
        if v.kind
    )
    taken_a: dict[int, Match] = {}
    taken_b: set[int] = set()
    for *_, (i, j) in accepted:
        if i not in taken_a and j not in taken_b:
            judgement = judged[(i, j)]
            assert judgement.kind is not None
            taken_a[i] = Match(_span(a, (i,)), _span(b, (j,)), judgement.similarity, judgement.kind)
            taken_b.add(j)
    matches = list(taken_a.values())
    matches = _splits_and_merges(a, b, judged, matches, settings, judged_before)
    matches = _with_headline_joins(a, b, headlines, judged, matches, settings)
    matches = _with_cuts_in_place(a, b, matches, printed)
    closest = max((v.similarity for v in judged.values()), default=0.0)
    return Alignment(_mark_moved(matches), closest)


def _with_headline_joins(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    headlines: tuple[Sentence | None, Sentence | None],
    judged: Mapping[tuple[int, int], Judgement],
    matches: list[Match],
    settings: Settings,
) -> list[Match]:
    """``matches`` with a side's first sentence matched, edited, to a sentence of the other
    side that carries its headline and it joined (:func:`_headline_join`): a reporter's lede
    made of a wire's headline and lede, lightly edited, is copied from the wire though it is too
    long to be an edit of the lede alone.
    """
    for headline_is_a in (True, False):
        headline = headlines[0] if headline_is_a else headlines[1]
        if headline is None:
            continue
        found = _headline_join(a, b, headline, headline_is_a, judged, matches, settings)
        if found is not None:
            matches = [m for m in matches if not _overlaps(m, found)] + [found]
    return sorted(matches, key=lambda m: (m.a.sentences, m.b.sentences))


def _headline_join(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    headline: Sentence,
    headline_is_a: bool,
    judged: Mapping[tuple[int, int], Judgement],
    matches: Sequence[Match],
    settings: Settings,
) -> Match | None:
    """The match of the first sentence of the side whose ``headline`` it is with the sentence
    of the other side that carries the two joined best, or ``None``.

    The headline must say something of its own (:func:`_says_something`); the first sentence
    must not be matched copied or edited already; the other sentence must be proposed with it
    and held by no match but the first sentence's own. The other sentence must carry the join
    edited as a split or merge does (:func:`_joined_ratio`, :func:`_explains_more`,
    :func:`_carries`): two independent ledes that restate a headline's facts in words of their
    own share too few characters with it.
    """
    first, other = (a, b) if headline_is_a else (b, a)
    if not first or not _says_something(headline):
        return None
    own = [m for m in matches if 0 in (m.a.sentences if headline_is_a else m.b.sentences)]
    if any(m.kind.is_reuse for m in own):
        return None
    held = {n for m in matches if m not in own for n in (m.b if headline_is_a else m.a).sentences}
    parts = (headline, first[0])
    proposed = (n for lede, n in (p if headline_is_a else p[::-1] for p in judged) if not lede)
    found = _best_carried(
        (n, other[n], parts, _joined_ratio(other[n], parts, settings))
        for n in proposed
        if n not in held
    )
    if found is None:
        return None
    n, kind, ratio = found
    lede_span, other_span = replace(_span(first, (0,)), with_headline=True), _span(other, (n,))
    a_span, b_span = (lede_span, other_span) if headline_is_a else (other_span, lede_span)
    return Match(a_span, b_span, round(ratio, 1), kind)


def _with_cuts_in_place(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    matches: list[Match],
    printed: PrintedApart | None,
) -> list[Match]:
    """``matches`` with each pair of unmatched sentences that a copy cut in place added as an
    edit: the two lie between the same copied matches (or one of them and the article's edge)
    and one is cut from the other (:func:`is_cut_in_place`).

    >>> from compare.segment import as_sentence
    >>> a = [as_sentence(t, "a", n) for n, t in enumerate(("The rally began at 6 p.m.",
    ...     "Police said the rally was peaceful and that no arrests were made.",
    ...     "The company said the warehouse would create 350 jobs."))]
    >>> b = [as_sentence(t, "b", n) for n, t in enumerate((a[0].text, "No arrests were made.",
    ...     a[2].text))]
    >>> copied = [Match(_span(a, (n,)), _span(b, (n,)), 100.0, MatchKind.VERBATIM) for n in (0, 2)]
    >>> [(m.a.sentences, m.kind.value) for m in _with_cuts_in_place(a, b, copied, None)]
    [((0,), 'verbatim'), ((1,), 'edited'), ((2,), 'verbatim')]
    """
    copied = [m for m in matches if m.kind in (MatchKind.VERBATIM, MatchKind.EDITED)]
    holding_a = {i: m for m in copied for i in m.a.sentences}
    holding_b = {j: m for m in copied for j in m.b.sentences}
    matched_a = {i for m in matches for i in m.a.sentences}
    matched_b = {j for m in matches for j in m.b.sentences}
    found = []
    for i in range(len(a)):
        before = holding_a.get(i - 1)
        if i in matched_a or (before is None and i > 0):
            continue
        j = before.b.sentences[-1] + 1 if before else 0
        after = holding_a.get(i + 1)
        if after is None:
            placed = before is not None and i + 1 == len(a) and j + 1 == len(b)
        else:
            placed = after is holding_b.get(j + 1)
        if (
            not placed
            or j >= len(b)
            or j in matched_b
            or (printed is not None and printed.apart(a[i], b[j]))
            or not is_cut_in_place(a[i], b[j])
        ):
            continue
        similarity = round(fuzz.ratio(a[i].key, b[j].key), 1)
        found.append(Match(_span(a, (i,)), _span(b, (j,)), similarity, MatchKind.EDITED))
    return sorted(matches + found, key=lambda m: (m.a.sentences, m.b.sentences))


def is_cut_in_place(a: Sentence, b: Sentence) -> bool:
    """Whether the shorter sentence is the longer with words cut out, all its words the
    longer's in order, at least ``MIN_PLACED_CUT_WORDS`` of them, and a run of the words cut
    attributing or hedging: the cut a copy makes in a sentence's own place (see
    ``MIN_PLACED_CUT_WORDS``). A quotation is left to :func:`shares_quote`.

    >>> from compare.segment import as_sentence
    >>> police = as_sentence("Police said the rally was peaceful and that no arrests were made.")
    >>> is_cut_in_place(police, as_sentence("No arrests were made."))
    True
    >>> is_cut_in_place(police, as_sentence("The rally was peaceful."))
    True
    >>> is_cut_in_place(as_sentence("The rally was peaceful and short."), as_sentence("It was short."))
    False
    """
    shorter, longer = sorted((a, b), key=lambda sentence: len(sentence.tokens))
    short, long = shorter.tokens, longer.tokens
    if (
        len(short) < MIN_PLACED_CUT_WORDS
        or len(long) == len(short)
        or _quotes(a)
        or _quotes(b)
        or LCSseq.similarity(short, long) < len(short)
    ):
        return False
    terms = lexicon()
    return any(
        _hedges(cut)
        or bool(terms.attributing_phrases.find(cut))
        or not terms.attribution_verbs.isdisjoint(cut)
        for cut in (
            long[op.dest_start : op.dest_end]
            for op in Indel.opcodes(short, long)
            if op.tag != "equal"
        )
    )


@dataclass(frozen=True, slots=True)
class _Placement:
    """The sentences of two articles matched word for word with no rival (each of the two has
    no other verbatim partner), in A's order: where they place each other pair."""

    a_places: tuple[int, ...]
    b_places: tuple[int, ...]

    @classmethod
    def of(cls, verbatim: Sequence[tuple[int, int]]) -> _Placement:
        """The placement told by ``verbatim``, the pairs of sentences that are word for word."""
        count_a = Counter(i for i, _ in verbatim)
        count_b = Counter(j for _, j in verbatim)
        sole = sorted((i, j) for i, j in verbatim if count_a[i] == count_b[j] == 1)
        return cls(tuple(i for i, _ in sole), tuple(j for _, j in sole))

    def off(self, pair: tuple[int, int]) -> tuple[bool, int]:
        """How far ``pair`` is from its place: whether its B sentence falls outside the B
        sentences of the sole pairs either side of its A sentence, then how many sentences it
        lies from where the sole pair before it would put it.

        >>> placed = _Placement.of([(0, 0), (1, 2), (3, 5), (2, 1), (2, 4)])
        >>> placed.off((2, 1)), placed.off((2, 4))
        ((True, 2), (False, 1))
        """
        i, j = pair
        at = bisect_left(self.a_places, i)
        if at < len(self.a_places) and self.a_places[at] == i:
            return False, 0
        before_a, before_b = (self.a_places[at - 1], self.b_places[at - 1]) if at else (-1, -1)
        after_b = self.b_places[at] if at < len(self.a_places) else None
        inside = before_b < j and (after_b is None or j < after_b)
        return not inside, abs(j - (before_b + i - before_a))


def _crossed_anchors(
    a: Sequence[Sentence], b: Sequence[Sentence], pairs: Sequence[tuple[int, int]]
) -> dict[tuple[int, int], tuple[int, int]]:
    """How many names, and how many numbers, among the anchors each pair of ``pairs`` whose
    sentences differ only in names and numbers (each has the other's :func:`_plain_words`)
    crosses: words each document writes in one sentence only, here in one of the two.

    Two lines of a bulletin's template differ only in a station's id or name and its reading,
    and a station one digit or letter apart is more alike than a reading changed; but each
    line's id is an anchor that places it with another line of the other side, and two lines of
    different stations cross two (each one's id is in the other's partner). A reading on one line
    of each side is an anchor too, crossed once when a line takes another station's old reading,
    and twice when two stations swap theirs: as often as the other station's line crosses the
    names. A station's name places its line and a reading is what the line reports, so names
    are counted first; an id written in digits counts as a reading does.
    """
    # A bulletin's lines are each proposed with many: each line's words are read once, not
    # once a pair. Of an article's sentences, few are in pairs to rank.
    words_a = {i: frozenset(a[i].tokens) for i in {i for i, _ in pairs}}
    words_b = {j: frozenset(b[j].tokens) for j in {j for _, j in pairs}}
    plain_a = {i: _plain_words(a[i]) for i in words_a}
    plain_b = {j: _plain_words(b[j]) for j in words_b}
    # The pairs given are kept, not made anew: tens of thousands of new tuples kept wake the
    # garbage collector, which took longer than the rest.
    apart = []
    for pair in pairs:
        i, j = pair
        if plain_a[i] <= words_b[j] and plain_b[j] <= words_a[i]:
            apart.append(pair)
    if not apart:
        return {}
    anchors = _in_one(a) & _in_one(b)
    numbers = {word for word in anchors if is_number(word)}
    held_a = {i: anchors & words for i, words in words_a.items()}
    held_b = {j: anchors & words for j, words in words_b.items()}
    crossed = {}
    for pair in apart:
        i, j = pair
        if differing := held_a[i] ^ held_b[j]:
            readings = len(differing & numbers)
            crossed[pair] = (len(differing) - readings, readings)
    return crossed


def _in_one(sentences: Iterable[Sentence]) -> set[str]:
    """The words that only one of ``sentences`` holds."""
    counts = Counter(word for sentence in sentences for word in set(sentence.tokens))
    return {word for word, count in counts.items() if count == 1}


def _plain_words(sentence: Sentence) -> frozenset[str]:
    """A sentence's words besides names (words it writes with a capital, but a pronoun that
    opens it) and numbers."""
    return _plain_words_of(sentence.text, sentence.tokens)


# A sentence of a story is aligned with each other document's: its words are read once.
@lru_cache(maxsize=1 << 16)
def _plain_words_of(text: str, tokens: tuple[str, ...]) -> frozenset[str]:
    # "He" for "She" changes a plain word, as "said" for "added" does: it names no one whose
    # line the sentence is, so it anchors none.
    names = _capitalised(text) - lexicon().personal_pronouns
    return frozenset(w for w in tokens if w not in names and not is_number(w))


def align_twins(a: Sequence[Sentence], b: Sequence[Sentence]) -> Alignment:
    """The alignment of two documents with the same text, found without verifying anything:
    every sentence with words is a verbatim match of its twin, as :func:`align_pair` finds.

    >>> from compare.segment import as_sentence
    >>> one = [as_sentence("Talks ended.", "a"), as_sentence("...", "a", 1)]
    >>> [(m.a.sentences, m.kind.value) for m in align_twins(one, one).matches]
    [((0,), 'verbatim')]
    """
    matches = tuple(
        Match(_span(a, (i,)), _span(b, (i,)), 100.0, MatchKind.VERBATIM)
        for i in range(len(a))
        if a[i].tokens
    )
    return Alignment(matches, 100.0 if matches else 0.0)


def _span(sentences: Sequence[Sentence], indexes: tuple[int, ...]) -> Span:
    first, last = sentences[indexes[0]], sentences[indexes[-1]]
    # Most spans are one sentence: its own text, with no join (hundreds of thousands a run).
    if len(indexes) == 1:
        return Span(indexes, first.start, last.end, first.text)
    joins: list[tuple[int, int]] = []
    joined_at = len(first.text) + 1
    for index in indexes[1:]:
        joins.append((joined_at, sentences[index].start))
        joined_at += len(sentences[index].text) + 1
    text = " ".join(sentences[i].text for i in indexes)
    return Span(indexes, first.start, last.end, text, joins=tuple(joins))


def _carries(whole: Sentence, parts: Iterable[Sentence]) -> bool:
    """Whether ``whole`` carries at least half of the words of each of ``parts``, two sentences
    joined to match it: a statement quoted in one sentence is no merge of the quotation and
    the next sentence, whose letters its attribution happens to share."""
    carried = set(whole.tokens)
    for part in parts:
        words = set(part.tokens)
        if len(words & carried) < len(words) / 2:
            return False
    return True


def _splits_and_merges(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    judged: dict[tuple[int, int], Judgement],
    matches: list[Match],
    settings: Settings,
    judged_before: dict[tuple[str, str], Judgement],
) -> list[Match]:
    """Replace weak or missing matches by one sentence matched to two consecutive ones;
    ``judged_before`` keeps the judgements of joins in other words too, by A's and B's text."""
    for whole_is_a in (True, False):
        whole, halves = (a, b) if whole_is_a else (b, a)
        found = _best_joins(whole, halves, judged, matches, settings, whole_is_a, judged_before)
        for match in found:
            matches = [m for m in matches if not _overlaps(m, match)] + [match]
    return sorted(matches, key=lambda m: (m.a.sentences, m.b.sentences))


@dataclass(frozen=True, slots=True)
class _Matched:
    """What the matches found so far hold, seen from the side whose sentence a join matches
    (``whole``) and the side whose two consecutive sentences it matches it to (``halves``)."""

    # Each sentence of halves that a reuse match holds: that match's sentences of whole. A join
    # may take it only from the joined sentence's own match, one sentence to one.
    reused_with: dict[int, tuple[int, ...]]
    # Sentences of whole matched verbatim: no join beats that.
    verbatim: frozenset[int]
    # Sentences of whole, and of halves, that any match holds.
    whole_held: frozenset[int]
    halves_held: frozenset[int]
    # Sentences of whole matched one to one in other words: the sentence of halves and the
    # judgement. A join in other words may take over such a match, its partner one of the two:
    # the other half of a quotation told in one sentence.
    reworded: dict[int, tuple[int, Judgement]]

    @classmethod
    def of(
        cls, matches: Iterable[Match], judged: dict[tuple[int, int], Judgement], whole_is_a: bool
    ) -> _Matched:
        """What ``matches`` hold; ``judged`` has their judgements, by A's and B's sentence."""
        reused_with: dict[int, tuple[int, ...]] = {}
        verbatim: set[int] = set()
        whole_held: set[int] = set()
        halves_held: set[int] = set()
        reworded: dict[int, tuple[int, Judgement]] = {}
        for match in matches:
            whole, halves = (match.a, match.b) if whole_is_a else (match.b, match.a)
            whole_held.update(whole.sentences)
            halves_held.update(halves.sentences)
            if match.kind.is_reuse:
                reused_with.update(dict.fromkeys(halves.sentences, whole.sentences))
            elif len(whole.sentences) == len(halves.sentences) == 1:
                judgement = judged[(match.a.sentences[0], match.b.sentences[0])]
                reworded[whole.sentences[0]] = (halves.sentences[0], judgement)
            if match.kind is MatchKind.VERBATIM:
                verbatim.update(whole.sentences)
        return cls(
            reused_with,
            frozenset(verbatim),
            frozenset(whole_held),
            frozenset(halves_held),
            reworded,
        )

    def lets_join(self, sentence: int, pair: tuple[int, int]) -> bool:
        """Whether ``sentence`` may be joined to ``pair``: no reuse match holds a sentence of
        ``pair`` but ``sentence``'s own, one to one (a join never takes a sentence copied
        elsewhere)."""
        return all(self.reused_with.get(n, (sentence,)) == (sentence,) for n in pair)


def _best_joins(
    whole: Sequence[Sentence],
    halves: Sequence[Sentence],
    judged: dict[tuple[int, int], Judgement],
    matches: list[Match],
    settings: Settings,
    whole_is_a: bool,
    judged_before: dict[tuple[str, str], Judgement],
) -> list[Match]:
    """Sentences of ``whole`` that two consecutive sentences of ``halves`` carry together.

    Each sentence of ``whole`` not matched verbatim (no join beats that), in order, is joined to
    the best two neighbours of a sentence proposed with it that carry it edited
    (:func:`_edit_join`), else that state it in other words (:func:`_reworded_join_for`). Two
    sentences one join takes join no other sentence.
    """
    matched = _Matched.of(matches, judged, whole_is_a)
    joins: list[Match] = []
    taken: set[int] = set()
    for s, proposed in sorted(_proposed_with(judged, whole_is_a).items()):
        if s in matched.verbatim:
            continue
        pairs = [
            pair
            for pair in _neighbour_pairs(proposed, len(halves))
            if taken.isdisjoint(pair) and matched.lets_join(s, pair)
        ]
        scored = [(pair, _joined_ratio(whole[s], _parts(halves, pair), settings)) for pair in pairs]
        join = _edit_join(whole[s], halves, scored) or _reworded_join_for(
            s, whole, halves, scored, matched, settings, judged_before, whole_is_a
        )
        if join is None:
            continue
        pair, judgement = join
        assert judgement.kind is not None
        one, two = _span(whole, (s,)), _span(halves, pair)
        a_span, b_span = (one, two) if whole_is_a else (two, one)
        joins.append(Match(a_span, b_span, round(judgement.similarity, 1), judgement.kind))
        taken.update(pair)
    return joins


def _proposed_with(
    judged: dict[tuple[int, int], Judgement], whole_is_a: bool
) -> dict[int, set[int]]:
    """The sentences of halves proposed with each sentence of whole."""
    proposed: dict[int, set[int]] = {}
    for i, j in judged:
        sentence, other = (i, j) if whole_is_a else (j, i)
        proposed.setdefault(sentence, set()).add(other)
    return proposed


def _neighbour_pairs(sentences: Iterable[int], count: int) -> list[tuple[int, int]]:
    """The pairs of consecutive sentences, of ``count``, that hold one of ``sentences``, in order.

    >>> _neighbour_pairs({0, 3, 4}, 5)
    [(0, 1), (2, 3), (3, 4)]
    """
    pairs = {(n - 1, n) for n in sentences} | {(n, n + 1) for n in sentences}
    return sorted((first, second) for first, second in pairs if first >= 0 and second < count)


def _parts(sentences: Sequence[Sentence], pair: tuple[int, int]) -> tuple[Sentence, Sentence]:
    return sentences[pair[0]], sentences[pair[1]]


def _edit_join(
    sentence: Sentence,
    halves: Sequence[Sentence],
    scored: Iterable[tuple[tuple[int, int], float]],
) -> tuple[tuple[int, int], Judgement] | None:
    """The pair of ``halves`` that joined carries ``sentence`` best, edited or verbatim
    (:func:`_best_carried`).

    Args:
        scored: pairs of ``halves`` with their :func:`_joined_ratio` to ``sentence``.
    """
    found = _best_carried((pair, sentence, _parts(halves, pair), ratio) for pair, ratio in scored)
    if found is None:
        return None
    pair, kind, ratio = found
    return pair, Judgement(kind, ratio, ratio)


def _best_carried(
    candidates: Iterable[tuple[Key, Sentence, Sequence[Sentence], float]],
) -> tuple[Key, MatchKind, float] | None:
    """Of ``(key, sentence, parts, ratio)`` candidates, the key of the one whose sentence
    carries its parts joined best, whether verbatim or edited, and its ratio.

    A candidate counts when its ratio (:func:`_joined_ratio`) is not 0, its parts joined
    explain more of its sentence than the better of them alone (:func:`_explains_more`), and
    its sentence has half the words of each part (:func:`_carries`). Of equal ratios, the
    lowest key is taken.
    """
    options = [
        (-ratio, key)
        for key, sentence, parts, ratio in candidates
        if ratio and _explains_more(sentence, parts) and _carries(sentence, parts)
    ]
    if not options:
        return None
    lowest, key = min(options)
    return key, MatchKind.VERBATIM if lowest == -100 else MatchKind.EDITED, -lowest


def _reworded_join_for(
    s: int,
    whole: Sequence[Sentence],
    halves: Sequence[Sentence],
    scored: Iterable[tuple[tuple[int, int], float]],
    matched: _Matched,
    settings: Settings,
    judged_before: dict[tuple[str, str], Judgement],
    whole_is_a: bool,
) -> tuple[tuple[int, int], Judgement] | None:
    """The pair of ``halves`` that states sentence ``s`` of ``whole`` best in other words.

    Only pairs of ``scored`` too unlike ``s`` to carry it edited (a :func:`_joined_ratio` of
    0) count, each of whose sentences says something of its own (not "Trump said."), has half
    its words in ``s`` (:func:`_carries`; of a quotation that goes on, the first: see
    :func:`_reports_quotation`) and no match but ``s``'s own; of them,
    :func:`_reworded_join` picks. ``s`` must have no match, or one in other words that the join
    beats by ``REWORDED_JOIN_MARGIN`` and matches in kind.
    """
    current = matched.reworded.get(s)
    if current is None and s in matched.whole_held:
        return None
    own = {current[0]} if current else set()
    pairs = []
    for pair, ratio in scored:
        parts = _parts(halves, pair)
        if (
            not ratio
            and (_carries(whole[s], parts) or _reports_quotation(whole[s], parts))
            and all(map(_says_something, parts))
            and matched.halves_held.isdisjoint(set(pair) - own)
        ):
            pairs.append(pair)
    found = _reworded_join(whole[s], halves, pairs, settings, judged_before, whole_is_a)
    if found is None or current is None:
        return found
    joined, replaced = found[1], current[1]
    assert joined.kind is not None and replaced.kind is not None
    beats = (
        KIND_RANK[joined.kind] <= KIND_RANK[replaced.kind]
        and joined.score >= replaced.score + REWORDED_JOIN_MARGIN
    )
    return found if beats else None


def _joined_ratio(sentence: Sentence, parts: Sequence[Sentence], settings: Settings) -> float:
    """``fuzz.ratio`` of ``sentence`` against ``parts`` joined, when it reaches
    ``min_similarity``; else 0."""
    key, joined = sentence.key, " ".join(part.key for part in parts)
    # fuzz.ratio can reach at most this for strings of these lengths.
    if 200 * min(len(key), len(joined)) / (len(key) + len(joined)) < settings.min_similarity:
        return 0.0
    return fuzz.ratio(key, joined, score_cutoff=settings.min_similarity)


def _reports_quotation(sentence: Sentence, parts: Sequence[Sentence]) -> bool:
    """Whether ``sentence`` reports a quotation that ``parts`` quote over two sentences, the
    second all quotation: ``sentence`` names whom the first attributes it to and carries half
    its words ('"We never stopped believing," manager Eddie Hargreaves said. "The lads showed
    real character."' told as "Eddie Hargreaves admitted his side had never stopped believing,
    praising the character of his players"). The second is the speaker's own words, which a
    report retells in its own: it need not carry them."""
    first, second = parts
    # A name both give the speaker by, not a pronoun: "he said" closes many a quotation.
    named = speakers(first.text) & speakers(sentence.text) & _capitalised(first.text)
    return (
        bool(named - lexicon().personal_pronouns)
        and not may_quote(sentence.text)
        and _all_quoted(second)
        and _carries(sentence, (first,))
    )


def _all_quoted(sentence: Sentence) -> bool:
    """Whether a sentence's words are all quotation."""
    if not may_quote(sentence.text):
        return False
    quoted = sum(len(words(sentence.text[b:e])) for b, e in quotation_spans(sentence.text))
    return quoted == len(sentence.tokens)


def _explains_more(sentence: Sentence, parts: Sequence[Sentence]) -> bool:
    """Whether ``parts`` joined explain at least half of what the better one of them leaves of
    ``sentence`` unexplained, and ``MIN_JOIN_GAIN_CHARS`` (characters of the longest common
    subsequence)."""
    key = sentence.key
    explained = max(LCSseq.similarity(key, part.key) for part in parts)
    gain = LCSseq.similarity(key, " ".join(part.key for part in parts)) - explained
    return gain >= max(MIN_JOIN_GAIN_CHARS, (len(key) - explained) / 2)


def _reworded_join(
    sentence: Sentence,
    other: Sequence[Sentence],
    pairs: list[tuple[int, int]],
    settings: Settings,
    judged_before: dict[tuple[str, str], Judgement],
    sentence_is_a: bool,
) -> tuple[tuple[int, int], Judgement] | None:
    """The pair of ``pairs`` that best states ``sentence`` in other words, with its judgement.

    Two consecutive sentences of ``other`` together state what ``sentence`` states or share a
    quotation with it: a two-sentence quotation that a report tells in one sentence of its own.
    ``None`` if no pair is accepted.
    """
    best = None
    for pair in pairs:
        text = " ".join(other[n].text for n in pair)
        texts = (sentence.text, text) if sentence_is_a else (text, sentence.text)
        found = judged_before.get(texts)
        if found is None:
            joined = as_sentence(text, other[pair[0]].doc)
            a, b = (sentence, joined) if sentence_is_a else (joined, sentence)
            found = judged_before[texts] = _judge(a, b, settings)
        if found.kind in (MatchKind.PARAPHRASE, MatchKind.SHARED_QUOTE) and (
            best is None or found.score > best[1].score
        ):
            best = (pair, found)
    return best


def _says_something(sentence: Sentence) -> bool:
    """Whether a sentence holds ``MIN_JOIN_PART_WORDS`` words besides function words and
    attribution verbs: "Trump said." or "He added." alone adds nothing to a join."""
    return len(_telling(sentence)) >= MIN_JOIN_PART_WORDS


def _telling(sentence: Sentence) -> list[str]:
    """A sentence's words besides function words and attribution verbs."""
    terms = lexicon()
    return [
        t
        for t in sentence.tokens
        if t not in terms.function_words and t not in terms.attribution_verbs
    ]


def _overlaps(old: Match, new: Match) -> bool:
    return bool(
        set(old.a.sentences) & set(new.a.sentences) or set(old.b.sentences) & set(new.b.sentences)
    )


def _mark_moved(matches: list[Match]) -> tuple[Match, ...]:
    """Mark the matches outside the longest run that keeps both articles' order as moved."""
    ordered = sorted(matches, key=lambda m: m.a.sentences)
    keep = _longest_increasing([m.b.sentences[0] for m in ordered])
    return tuple(m if n in keep else replace(m, moved=True) for n, m in enumerate(ordered))


def _longest_increasing(values: list[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence (patience sorting)."""
    tails: list[int] = []
    tail_at: list[int] = []
    previous = [-1] * len(values)
    for position, value in enumerate(values):
        slot = bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_at.append(position)
        else:
            tails[slot] = value
            tail_at[slot] = position
        previous[position] = tail_at[slot - 1] if slot else -1
    keep: set[int] = set()
    position = tail_at[-1] if tail_at else -1
    while position >= 0:
        keep.add(position)
        position = previous[position]
    return keep
