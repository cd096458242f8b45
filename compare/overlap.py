"""How much of one document is reused from the other: containment, longest run, verdict.

Two measures, neither counting boilerplate such as credit lines:

- *containment*: the words of sentences aligned as ``verbatim`` or ``edited``, less those an edit
  dropped or added (paraphrases and shared quotations are independent reporting);
- *shared phrasing*: the words that sit in a word 3-gram the other document also has, outside
  quotation marks. It catches what sentence alignment cannot: a rewrite that keeps the source's
  phrases but not its sentences, or a newspaper that runs several wire sentences into one.
  Phrasing makes an article derived only when it runs through most of its sentences: one lifted
  paragraph in an article of its own also scores high, but only a part of it is reused. And only
  when it runs through half the other too: a rewrite draws its phrases from much of its source,
  where two reports of one event share the stock phrases of the few facts both give ("the
  coastguard says", "the death toll has risen to") in a few of the other's sentences. A run's
  stock phrasing, the phrases of many of its stories, counts for none (see ``stock_phrases``).

Document-level Jaccard would miss most syndication: wire reprints often share only about 30% of
their word 3-grams with the wire copy, because outlets cut and rearrange it.

Whether the reusing side credits the other, and which came first by what their credits,
datelines and outlets say, is :mod:`compare.disclosure`'s to tell.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cache, lru_cache
from itertools import chain, groupby, islice, pairwise, permutations
from operator import attrgetter
from typing import NamedTuple

import numpy as np

from compare.boilerplate import press_release
from compare.dates import at_one_precision, is_day
from compare.disclosure import (
    IN_TEXT_CREDITS,
    CreditKeys,
    credit_keys,
    credit_lines,
    credits_outlet,
    direction_by_credit,
    direction_by_release,
    discloses,
    filed_by,
    is_agency,
    letters_of,
    names_outlet,
    names_release,
    outlet,
    passage_credits,
    signed_before,
    where_credited,
    wire_both_ran,
    wires_of,
)
from compare.framing import in_its_letters, told_to
from compare.headlines import headline_reuse, headlines_differ
from compare.lexicon import (
    MAX_PLACE_WORDS,
    MIN_TELLING_LETTERS,
    Phrases,
    lexicon,
    written_caseless,
)
from compare.misreads import misread_only
from compare.numerals import ORDINAL_ENDINGS, Value, numbers_in
from compare.records import (
    Credit,
    CreditKind,
    DateSetAside,
    DirectionBasis,
    Document,
    FilledFor,
    FilledTemplate,
    Match,
    MatchKind,
    PairComparison,
    Retold,
    RunPlace,
    Sentence,
    SharedQuotation,
    Span,
    Story,
    Verdict,
    WordEdit,
    linked_groups,
    same_article,
    text_as_compared,
    text_out,
    version_times,
    very_long,
)
from compare.segment import (
    DIALOGUE_DASHES,
    EDGE_MARKS,
    inside,
    is_number,
    language_of,
    languages_differ,
    may_quote,
    normalise,
    outside_quotations,
    quotation_spans,
    recased,
    sentence_quotations,
    set_in_capitals,
    word_length,
    words,
)
from compare.settings import Settings
from compare.templates import (
    MAX_DAYS_AFTER_PUBLICATION,
    MIN_FIGURES_UNDER_OTHER_LEDES,
    MIN_OTHER_DAYS_FIGURES,
    another_days_figures,
    day_after_publication,
    describes_a_person,
    facts_filled_in,
    figures_filled_in,
    figures_put_for_others,
    ledes_of_other_days,
    names_any,
    names_inside,
    names_someone,
    only_names_swapped,
    own_days_reported,
    published_days_figures,
    states_facts,
    swapped_names,
    weekday_after_publication,
    weekdays_reported,
)

# A template filled in for another event fills in this many of the lines two articles share at
# least: one line of a copy with another name or figure is as often the copy's correction.
MIN_FILLED_LINES = 2
# Containment must differ by this much, and by this many words, before it tells which side
# copied which.
DIRECTION_MARGIN = 0.05
MIN_DIRECTION_WORDS = 5
PHRASE_WORDS = 3
# A phrase with more words of names and numbers than this says who and what, not how: a name
# and the verb any report gives it ("Tina Marsh declared", "Fox told CNN"), with a score
# ("beat Milbrook 2-0").
MAX_NAME_OR_NUMBER_WORDS_IN_PHRASE = 1
# The most words a quotation's tag has ("said Prime Minister Alan Torres"): two reports quoting
# one statement tag it alike, and a copy is told by the rest.
MAX_TAG_WORDS = 5
# The most words of the speaker's title or role that a tag may give in apposition (", head of
# the hospital doctors' association"): every report of a press conference names the speaker so.
MAX_APPOSITION_WORDS = 10
# The most words after a cue that cites a source that may name it ("according to the regional
# union", "según la federación"); see _cites.
MAX_SOURCE_WORDS = 3
# A verdict that shared phrasing alone makes charges undisclosed reuse only when a phrase runs
# this long at least: a clause lifted whole ("have been told to boil their"), longer than the
# formulas of an official statement any two reports of one event may word alike ("was
# pronounced dead at the", "more than five hours").
MIN_LIFTED_PHRASE_WORDS = 6
# Shared phrasing says something of reuse from two phrases on (overlapping or not), however
# short the article: one phrase alone any two reports of an event may share.
MIN_PHRASED_WORDS = PHRASE_WORDS + 1
# A text of at most this many words outside quotations, its shared phrases all in one sentence,
# is a one-line entry of a live blog (12 to 25 words), whose share and spread one phrase of a
# fact fills (see _phrasing_tells); COUNTER's Urdu briefs, 40 words and more, are not.
MAX_ONE_LINE_WORDS = 30
# A one-line text that shares this many separate phrases with another rewrote its line, however
# short each: a fact's stock wording is one run or two ("a tropical storm ... with winds of
# 65mph"), a rewritten lede keeps the wording of each fact it gives.
MIN_REWORDED_LINE_PHRASES = 3
# A run of shared phrases counts when this many of its words tell how it was written (see
# _telling_runs).
MIN_RUN_TELLING_WORDS = 2
# A passage of a very long text a short report took from spans at most this many of its
# sentences for each of the report's: an entry of a live blog, with a line or two around it.
PASSAGE_SENTENCES_PER_SENTENCE = 2
# A phrase that more stories of a run print than this, and than STOCK_SHARE of them, is the
# run's stock phrasing ("a public meeting will be held", "work could begin as early as"):
# a desk's or a feed's way of writing any story, no sign that one of two articles took it from
# the other. Counted by stories, not articles, so that a wire story's phrases, which its
# hundreds of copies and rewrites print, stay its own.
STOCK_MIN_STORIES = 10
STOCK_SHARE = 0.01
# Words are numbered in this many bits each, three to a phrase in one integer: a run's words
# in more than STOCK_MIN_STORIES stories are far fewer.
STOCK_WORD_BITS = 21
# Marks after a word that end a name: "Caracas, de ..." names no "Caracas de".
NAME_ENDS = ",;:.!?)]\"'"
# A piece of text between spaces that holds no letter or digit: "\u2014", "-", "&".
MARKS_ALONE = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")
# A replaced run of words edits a sentence up to this many words a side ("said" for "claimed",
# "heavy rain" for "torrential rain"); a longer one writes another clause.
MAX_LIGHT_EDIT_WORDS = 3
# A copied run counts the quoted words in it from this many words of its own on (see
# longest_run).
MIN_OWN_RUN_WORDS = 10
# A quotation of this many words or more that two articles both carry is listed as shared (see
# shared_quotations): shorter ones ("a good day") any two reports may quote alike.
MIN_QUOTATION_WORDS = 5
# A rewrite that retells the other article sentence by sentence, keeping every one of its
# quotations, is made from it (``derived``) however little of its wording it keeps: its
# sentences aligned with the other's, copied, edited or reworded, hold RETOLD_SHARE of its words
# outside quotations, the other's so aligned RETOLD_OTHER_SHARE of the other's (most of the
# source), and it carries all the other's quotations, MIN_RETOLD_QUOTATIONS or more (see
# retold). Independent reports of one event reword and quote alike, but less: on BASIL's 60
# pairs, the most an article's aligned sentences hold is 34% of its words, and 20% where it
# carries all the other's quotations; a competitor's rewrite of a scoop with its six quotations
# holds 65% (and 56% of the scoop). COUNTER's Urdu pairs quote almost nothing and are left as
# they were.
RETOLD_SHARE = 0.6
RETOLD_OTHER_SHARE = 0.5
MIN_RETOLD_QUOTATIONS = 2
# A brief quotes once or not at all, so its quotations cannot tell a rewrite: one that retells
# it whole keeps its order instead, MIN_BRIEF_RETOLD_SENTENCES sentences or more in one order,
# their aligned sentences holding BRIEF_RETOLD_SHARE of the words of each (see retold). On
# BASIL's independent reports the most both articles' aligned sentences hold is 19%; COUNTER's
# pairs that go this far, in order, are all labelled wholly derived.
BRIEF_RETOLD_SHARE = 0.8
MIN_BRIEF_RETOLD_SENTENCES = 3
# By a document's id and an outlet with several texts in its story, what the document took from
# those texts: by the number of each of its sentences aligned with one, the text aligned with it
# (see taken_from_outlets).
OutletsTaken = Mapping[tuple[str, str], Mapping[int, str]]
# The marks around a quotation (a dialogue dash too), and the punctuation its last word takes
# inside them, left out of a shared quotation's text as written.
QUOTATION_EDGES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e ,;:" + DIALOGUE_DASHES
# A weekday a report names falls within the week before it: one named in an article of a week
# or more after another may be either's.
DAYS_A_WEEK = 7
# An outlet whose own text contradicts the dates of this many of its articles, and of this share
# of those its dates put first against a text they share, is caught backdating (see
# backdating_outlets). A site that dates its copies before their origins gives itself away in
# each copy whose shared lede names the day it reports, a good share of them; an honest wire
# slips in a few of its hundreds.
MIN_BACKDATED_ARTICLES = 2
MIN_BACKDATED_SHARE = 0.25
# Shares are kept, and report.json writes them, to this many decimal places.
SHARE_PLACES = 3


@dataclass(frozen=True, slots=True)
class Side:
    """One document of a pair: its sentences, which of them are boilerplate, and its phrasing."""

    document: Document
    sentences: Sequence[Sentence]
    boilerplate: frozenset[int]
    # Where each sentence quotes, read over the article in order (see
    # segment.sentence_quotations): a quotation's middle sentences, printed without marks, are
    # quoted whole.
    quotations: tuple[tuple[tuple[int, int], ...], ...]
    # How many words lie outside boilerplate, quotations included.
    counted_words: int
    # The phrasing, read from the stretches of text outside quotations and boilerplate: a
    # number for each run of PHRASE_WORDS words of a stretch that holds a word other than a
    # name, number or function word or a source a cue cites ("según el sindicato", see
    # _cites), at most MAX_NAME_OR_NUMBER_WORDS_IN_PHRASE words of a name (see _in_names) or
    # a number, and no ordinal's ending cut from its digits (see _ordinal_endings), in order
    # (equal phrases, equal numbers: see Side.of); the position of its first word among the
    # stretches' words; and the position of its sentence among those outside boilerplate.
    phrases: np.ndarray
    phrase_starts: np.ndarray
    phrase_sentences: np.ndarray
    # The stretches' words, in order, which the positions of phrases' first words point into;
    # whether each tells how its phrase was written (see _TellingWords: not a name, a number, a
    # function word or a cited source's), and whether it is written in a script with capitals,
    # which tell names: a run of shared phrases in such words counts only when enough of them
    # tell (see _telling_runs).
    stretch_words: tuple[str, ...]
    stretch_tells: np.ndarray
    stretch_cased: np.ndarray
    # How many of the stretches' words each sentence outside boilerplate holds, in order; how
    # many they all hold; and each sentence's count by its number, but none for the tag of a
    # quotation ("..., he said."; see _tags_a_quotation), which every report quoting the
    # statement writes; and how many those counts hold, which containment is a share of.
    sentence_words: np.ndarray
    unquoted_words: int
    unquoted_in: dict[int, int]
    contained_of: int
    # The source the dateline the text opens with names, as named there ("Meridian" for
    # "TARROW (Meridian) -").
    dateline_source: str | None
    # Where that dateline ends in the text, 0 without one: a match that starts inside it is a
    # first sentence a copy may have changed only by its dateline (see _but_for_datelines).
    dateline_end: int
    # That source when it is a news agency ("WASHINGTON (AP) -"): the text then runs that
    # agency's copy as filed (an agency by its name, or by its initials after a place: "TARROW,
    # May 14 (NPA) -"; or an agency's own copy signed with a short form of its name, see
    # disclosure.signs_own_name).
    filed_by: str | None
    # Whether the text is a press release, and the body that issued it, when the release or
    # its source names it (see boilerplate.press_release).
    released: bool
    issuer: str | None
    # The outlet the document comes from (see disclosure.outlet), and the numbers of its first
    # sentences outside boilerplate, up to the first that names someone or somewhere (see
    # templates.names_someone): made once, as each side meets many others. A lede that names no
    # one ("An extreme heat alert has been issued") leaves the event to the sentence that does
    # ("The alert covers Tarvik").
    outlet: str
    lede: frozenset[int]
    # The names it writes capitalised inside its sentences outside boilerplate (see
    # templates.names_inside): a sentence's first word among them is a name, for its lede and
    # for a template filled in for another event ("Carrow police responded" after "incidents in
    # Carrow").
    names_inside: frozenset[str]
    # What the document's disclosure is read from, for every other document of its story (see
    # disclosure.Sourced).
    credit_lines: tuple[str, ...]
    credit_keys: CreditKeys
    wires: frozenset[str]
    agency: bool
    letters: str
    # The short names that end the names of several of its story's outlets (see
    # disclosure.namesakes), which cite none of them.
    namesakes: frozenset[str]
    # The quotations of MIN_QUOTATION_WORDS words or more outside boilerplate, each its
    # sentence's number, its text as written and its words; and the runs of MIN_QUOTATION_WORDS
    # words they hold, which tell at once most pairs that share none (see shared_quotations).
    quoted_passages: tuple[tuple[int, str, tuple[str, ...]], ...]
    quoted_runs: frozenset[tuple[str, ...]]
    # Whether its text reads as a scanned page (see misreads.reads_as_scanned), as the run tells
    # it once a document.
    scanned: bool
    # Whether it is longer than any news article (see records.very_long): a live blog's or a
    # transcript's sentences reused by a short report lie in one passage of it.
    very_long: bool
    # The numbers of its sentences whose phrases shared with the other side of its pair are
    # all a speaker's, as a record published before both quotes them (see EarlierSources):
    # what two papers heard said, not what one took from the other.
    said_first: frozenset[int] = frozenset()
    # Whether it credits each other document it meets, and whether it names that one's outlet
    # anywhere in its text (see disclosure.Sourced), read at the first ask: a side stands in
    # every pair of its story, and the sides that ``replace`` makes of it (without phrases said
    # first) share what it knows.
    credited: dict[Document, bool] = field(default_factory=dict, repr=False, compare=False)
    names_anywhere: dict[Document, bool] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(
        cls,
        document: Document,
        sentences: Sequence[Sentence],
        boilerplate: frozenset[int],
        vocabulary: dict[tuple[str, ...], int],
        names: tuple[str, ...] = (),
        namesakes: frozenset[str] = frozenset(),
        stock: AbstractSet[tuple[str, ...]] = frozenset(),
        *,
        scanned: bool = False,
    ) -> Side:
        """The side of ``document``; ``vocabulary`` numbers phrases and must be shared by every
        side that will be compared with this one, ``names`` are its story's (see
        :func:`story_names`), which tell those of its sentences set in capitals,
        ``namesakes`` its story's outlets' shared short names (see :func:`disclosure.namesakes`)
        and ``stock`` its run's stock phrases (see :func:`stock_phrases`), which count for no
        phrasing.
        """
        dateline = lexicon().dateline(document.text)
        source = dateline.source if dateline else None
        release = press_release(document, sentences, boilerplate)
        comes_from = outlet(document)
        filer = filed_by(dateline, document, comes_from)
        named_inside = names_inside(s.text for s in sentences if s.index not in boilerplate)
        lines = credit_lines(sentences, boilerplate)
        phrases: list[int] = []
        starts: list[int] = []
        held_by: list[int] = []
        tells: list[bool] = []
        named: list[bool] = []
        numbered: list[bool] = []
        formulas: list[tuple[bool, bool, bool, bool]] = []
        endings: list[bool] = []
        stocked: list[bool] = []
        stretch_words: list[str] = []
        sentence_words: list[int] = []
        unquoted_in: dict[int, int] = {}
        passages: list[tuple[int, str, tuple[str, ...]]] = []
        offset = 0
        number_of = vocabulary.setdefault
        telling = _telling_words()
        formula = _formula_words()
        # Once per document, over its text as printed: the key's straight quotes no longer tell
        # which way they faced, and a sentence alone does not tell that a quotation runs on.
        quotations = sentence_quotations(document.text, sentences)
        for s, quoted in zip(sentences, quotations, strict=True):
            if s.index in boilerplate:
                continue
            sentence_start = offset
            stretches = _stretches(s, quoted)
            passages += _quoted_passages(s, quoted)
            for stretch, in_names in zip(stretches, _names_of(s, quoted, names), strict=True):
                # Shifted copies of the stretch, zipped: its runs of PHRASE_WORDS words.
                runs = list(zip(*(stretch[k:] for k in range(PHRASE_WORDS)), strict=False))
                found = [number_of(phrase, len(vocabulary)) for phrase in runs]
                if stock:
                    stocked += [phrase in stock for phrase in runs]
                phrases += found
                starts += range(offset, offset + len(found))
                held_by += [len(sentence_words)] * len(found)
                named += in_names
                numbered += map(is_number, stretch)
                formulas += [formula[word] for word in stretch]
                endings += _ordinal_endings(stretch)
                tells += [
                    telling[word] and not name and not cited
                    for word, name, cited in zip(
                        stretch, in_names, _cites(stretch, telling), strict=True
                    )
                ]
                stretch_words += stretch
                offset += len(stretch)
            sentence_words.append(offset - sentence_start)
            unquoted_in[s.index] = _own_words(s, quoted, stretches)
        # A phrase counts when one of its words tells how it was written, and few are a name's
        # or a number's. One that holds an ordinal's ending is a word short: "89 th minute" is
        # "89th minute".
        word_tells, word_named = np.array(tells, dtype=bool), np.array(named, dtype=bool)
        word_named_or_numbered = np.array(numbered, dtype=bool) | word_named
        word_ends = np.array(endings, dtype=bool)
        first = np.array(starts, dtype=np.int64)
        counted = np.zeros(len(first), dtype=bool)
        short = np.zeros(len(first), dtype=bool)
        named_or_numbered = np.zeros(len(first), dtype=np.int64)
        for word in range(PHRASE_WORDS):
            counted |= word_tells[first + word]
            short |= word_ends[first + word]
            named_or_numbered += word_named_or_numbered[first + word]
        counted &= ~short & (named_or_numbered <= MAX_NAME_OR_NUMBER_WORDS_IN_PHRASE)
        counted &= ~_formulaic(first, word_tells, formulas)
        if stock:
            counted &= ~np.array(stocked, dtype=bool)
        return cls(
            document,
            sentences,
            boilerplate,
            quotations,
            sum(len(s.tokens) for s in sentences if s.index not in boilerplate),
            np.array(phrases, dtype=np.int64)[counted],
            first[counted],
            np.array(held_by, dtype=np.int64)[counted],
            tuple(stretch_words),
            word_tells,
            np.fromiter(
                (not written_caseless(word) for word in stretch_words),
                dtype=bool,
                count=len(stretch_words),
            ),
            np.array(sentence_words, dtype=np.int64),
            offset,
            unquoted_in,
            sum(unquoted_in.values()),
            source,
            dateline.end if dateline else 0,
            filer,
            release is not None,
            release.issuer if release else None,
            comes_from,
            _lede(sentences, boilerplate, named_inside),
            named_inside,
            lines,
            credit_keys(document.credits, lines),
            wires_of(comes_from, filer),
            is_agency(comes_from, filer, document.source),
            letters_of(document.text),
            namesakes,
            tuple(passages),
            frozenset(run for _, _, said in passages for run in quotation_runs(said)),
            scanned,
            very_long(document.text),
        )

    def without_said(self, shared: np.ndarray, said: np.ndarray) -> Side:
        """This side without the phrases it shares with another side (``shared``) that a
        speaker ``said`` first, and with the sentences whose shared phrases all are such
        marked ``said_first``."""
        numbers = list(self.unquoted_in)
        holding_shared = np.isin(self.phrases, shared)
        kept = ~np.isin(self.phrases, said)
        sourced = set(self.phrase_sentences[holding_shared & ~kept].tolist()) - set(
            self.phrase_sentences[holding_shared & kept].tolist()
        )
        return replace(
            self,
            phrases=self.phrases[kept],
            phrase_starts=self.phrase_starts[kept],
            phrase_sentences=self.phrase_sentences[kept],
            said_first=frozenset(numbers[position] for position in sourced),
        )

    def outside_boilerplate(self, span: Span) -> tuple[int, ...]:
        """The numbers of ``span``'s sentences that are not boilerplate."""
        return tuple(i for i in span.sentences if i not in self.boilerplate)

    def phrased_with(self, other: Side) -> frozenset[int]:
        """The numbers of this side's sentences that hold a phrase ``other`` also has (see
        :func:`_phrasing`)."""
        numbers = list(self.unquoted_in)
        held = np.unique(self.phrase_sentences[np.isin(self.phrases, other.phrases)])
        return frozenset(numbers[int(position)] for position in held)

    def quoted_in(self, span: Span) -> tuple[tuple[int, int], ...]:
        """Where ``span``, a span of this side's sentences, quotes, as offsets into its text
        (the sentences' texts joined by a space, as ``align`` makes it)."""
        if len(span.sentences) == 1:
            return self.quotations[span.sentences[0]]
        found: list[tuple[int, int]] = []
        offset = 0
        for i in span.sentences:
            found += [(offset + begin, offset + end) for begin, end in self.quotations[i]]
            offset += len(self.sentences[i].text) + 1
        return tuple(found)

    def not_own_in(self, span: Span) -> tuple[tuple[int, int], ...]:
        """Where ``span`` (see :meth:`quoted_in`) writes words that are not its own: its
        quotations, and the whole of a sentence that only tags one ("..., said Dr Ann Holt, head
        of the doctors' association."), whose words containment counts none of either."""
        found: list[tuple[int, int]] = []
        offset = 0
        for i in span.sentences:
            text = self.sentences[i].text
            if self.quotations[i] and not self.unquoted_in.get(i, 1):
                found.append((offset, offset + len(text)))
            else:
                found += [(offset + begin, offset + end) for begin, end in self.quotations[i]]
            offset += len(text) + 1
        return tuple(found)


class _LongRead(NamedTuple):
    """A very long document's side as :class:`LongSides` keeps it: its sentences outside
    boilerplate set in capitals, in lower case (one a line), what the side was read with, the
    side, its phrases numbered by a vocabulary of its own, and those phrases in the order of
    their numbers."""

    capitals: str
    asked: tuple[object, ...]
    side: Side
    phrases: tuple[tuple[str, ...], ...]


class LongSides:
    """:meth:`Side.of`, each very long document's side (see :func:`records.very_long`) read
    once and numbered again into each vocabulary it is asked in. A live blog shares lines with
    briefs of many stories, and each of its pairs across stories is measured as a story of its
    own: its side of 6,000 sentences, read again for each, took half of a run of 1,000 articles.
    The phrases are numbered in the order Side.of meets them, so a vocabulary numbers them as
    Side.of would. One side is kept a document, the one last asked, as its story's names tell
    its sentences set in capitals and each pair's outlets their namesakes."""

    def __init__(self) -> None:
        self._read: dict[str, _LongRead] = {}

    def of(
        self,
        document: Document,
        sentences: Sequence[Sentence],
        boilerplate: frozenset[int],
        vocabulary: dict[tuple[str, ...], int],
        names: tuple[str, ...],
        namesakes: frozenset[str],
        stock: AbstractSet[tuple[str, ...]],
        *,
        scanned: bool,
    ) -> Side:
        """The side of ``document``, as :meth:`Side.of` reads it with these arguments."""
        kept = self._read.get(document.id)
        if kept is None and not very_long(document.text):
            return Side.of(
                document,
                sentences,
                boilerplate,
                vocabulary,
                names,
                namesakes,
                stock,
                scanned=scanned,
            )
        # Told once a document: thousands of sentences, asked for each of its pairs.
        capitals = (
            kept.capitals
            if kept is not None
            else "\n".join(
                s.text.lower()
                for s in sentences
                if s.index not in boilerplate and set_in_capitals(s.text)
            )
        )
        # Only the names its sentences in capitals spell tell it (segment.recased): a council's
        # minutes headed in capitals, read again for each story's names, took a fifth of a run.
        asked = (
            tuple(name for name in names if name.lower() in capitals),
            namesakes,
            stock,
            scanned,
        )
        if kept is None or kept.asked != asked:
            own: dict[tuple[str, ...], int] = {}
            side = Side.of(
                document, sentences, boilerplate, own, names, namesakes, stock, scanned=scanned
            )
            kept = self._read[document.id] = _LongRead(capitals, asked, side, tuple(own))
        number_of = vocabulary.setdefault
        numbers = np.fromiter(
            (number_of(phrase, len(vocabulary)) for phrase in kept.phrases),
            dtype=np.int64,
            count=len(kept.phrases),
        )
        return replace(kept.side, phrases=numbers[kept.side.phrases])


def stock_phrases(
    stories: Sequence[Story],
    sentences: Mapping[str, Sequence[Sentence]],
    boilerplate: AbstractSet[tuple[str, int]],
) -> frozenset[tuple[str, ...]]:
    """The runs of ``PHRASE_WORDS`` words that the sentences outside ``boilerplate`` (by
    document and number) of more than ``STOCK_MIN_STORIES`` of ``stories``, and than
    ``STOCK_SHARE`` of them, hold: the run's stock phrasing, which :class:`Side` counts for
    none. Two local reports of a feed that both write "A public meeting will be held at the"
    share its way of writing any story, not each other's text; compared alone, where nothing
    tells that phrasing stock, the lines that hold it fill one template with other names.

    >>> from compare.segment import segment
    >>> texts = [f"A public meeting will be held at the {place}." for place in range(12)]
    >>> documents = [Document(f"d{n}", "S", text) for n, text in enumerate(texts)]
    >>> stories = [Story(f"s{n}", "", (d.id,)) for n, d in enumerate(documents)]
    >>> sorted(stock_phrases(stories, {d.id: segment(d) for d in documents}, frozenset()))[:2]
    [('a', 'public', 'meeting'), ('be', 'held', 'at')]
    """
    limit = max(STOCK_MIN_STORIES, STOCK_SHARE * len(stories))
    if len(stories) <= limit:
        return frozenset()
    words_of = [
        [s.tokens for d in story.documents for s in sentences[d] if (d, s.index) not in boilerplate]
        for story in stories
    ]
    # A phrase is in no more stories than its rarest word: only words in more than the limit
    # are numbered, and only phrases of such words counted.
    stories_of_word = Counter(word for tokens in words_of for word in set(chain(*tokens)))
    frequent = [w for w, n in stories_of_word.most_common(1 << STOCK_WORD_BITS) if n > limit]
    number = {word: n for n, word in enumerate(frequent)}

    def number_of(word: str) -> int:
        return number.get(word, -1)

    # A story's sentences are numbered as one, each ended by a -1, which no phrase runs over.
    keys = [
        np.unique(_phrase_keys([n for t in tokens for n in (*map(number_of, t), -1)]))
        for tokens in words_of
    ]
    found, stories_of_phrase = np.unique(np.concatenate(keys), return_counts=True)
    word_mask = (1 << STOCK_WORD_BITS) - 1
    return frozenset(
        tuple(
            frequent[key >> STOCK_WORD_BITS * (PHRASE_WORDS - 1 - k) & word_mask]
            for k in range(PHRASE_WORDS)
        )
        for key in found[stories_of_phrase > limit].tolist()
    )


class EarlierSources:
    """Of one story's sides, those another outlet published before both of a pair, and what
    they quote: the transcript of a press conference, a meeting or an interview that two papers
    report from quotes its speakers throughout. The phrases a speaker said ("the board has",
    "open in june") are the speaker's, and any reporter who heard them may write them in a
    sentence of their own: two papers that both do took nothing from each other. What such a
    source says in its own words is left to who copied whom (see provenance), which tells the
    copies of a common origin.
    """

    def __init__(
        self, sides: Mapping[str, Side], vocabulary: Mapping[tuple[str, ...], int]
    ) -> None:
        self._sides = sides
        self._said = {
            doc: np.array(
                [
                    vocabulary[run]
                    for s in side.sentences
                    if s.index not in side.boilerplate
                    for begin, end in side.quotations[s.index]
                    for said in [words(s.text[begin:end])]
                    for run in zip(*(said[k:] for k in range(PHRASE_WORDS)), strict=False)
                    if run in vocabulary
                ],
                dtype=np.int64,
            )
            for doc, side in sides.items()
        }
        before = {
            (first, then)
            for first, then in permutations(sides, 2)
            if sides[first].outlet != sides[then].outlet
            and (order := _by_date(sides[first].document, sides[then].document))
            and order[0] == "a->b"
        }
        # Per side, the sides of other outlets published before it that quote anything: a pair
        # intersects its two sides' sets, not a scan of the story's sides for each pair.
        self._quoting_before: dict[str, frozenset[str]] = {
            then: frozenset(
                first for first in sides if (first, then) in before and self._said[first].size
            )
            for then in sides
        }

    def set_aside(self, a: str, b: str) -> tuple[Side, Side]:
        """The sides of ``a`` and ``b``, each without the phrases it shares with the other that
        a side of another outlet published before both quotes.

        >>> from compare.segment import segment
        >>> vocabulary: dict[tuple[str, ...], int] = {}
        >>> def side(name: str, text: str, time: str) -> Side:
        ...     document = Document(name, name, text, published_time=f"2025-03-11T{time}:00Z")
        ...     return Side.of(document, segment(document), frozenset(), vocabulary)
        >>> sides = {
        ...     "transcript": side("transcript", '"The board has approved a new ward."', "09:00"),
        ...     "post": side("post", "The board has approved a new ward today.", "11:00"),
        ...     "times": side("times", "The board has approved a new ward at last.", "12:00"),
        ... }
        >>> post, times = EarlierSources(sides, vocabulary).set_aside("post", "times")
        >>> shared_phrases(post, times), shared_phrases(sides["post"], sides["times"])
        ((), ('the board has approved a new ward',))
        """
        side_a, side_b = self._sides[a], self._sides[b]
        shared = np.intersect1d(side_a.phrases, side_b.phrases)
        outlets = {side_a.outlet, side_b.outlet}
        earlier = [
            self._said[first]
            for first in self._quoting_before[a] & self._quoting_before[b]
            if self._sides[first].outlet not in outlets
        ]
        if not shared.size or not earlier:
            return side_a, side_b
        said = shared[np.isin(shared, np.concatenate(earlier))]
        return side_a.without_said(shared, said), side_b.without_said(shared, said)


def _phrase_keys(numbers: Sequence[int]) -> np.ndarray:
    """One integer for each run of ``PHRASE_WORDS`` of a sentence's word ``numbers``, each
    ``STOCK_WORD_BITS`` bits of it, but for runs holding a word numbered -1 (see
    :func:`stock_phrases`)."""
    numbered = np.array(numbers, dtype=np.int64)
    count = max(0, len(numbered) - PHRASE_WORDS + 1)
    keys = np.zeros(count, dtype=np.int64)
    whole = np.ones(count, dtype=bool)
    for k in range(PHRASE_WORDS):
        keys = keys << STOCK_WORD_BITS | numbered[k : k + count]
        whole &= numbered[k : k + count] >= 0
    return keys[whole]


def own_words(
    document: Document, sentences: Sequence[Sentence], boilerplate: AbstractSet[int]
) -> dict[int, int]:
    """Per sentence of ``document`` outside ``boilerplate``, by its number, how many of its words
    containment counts (``Side.unquoted_in``): those outside quotations, none of a quotation's
    tag ("..., he said."). Who copied whom counts them too, so that its shares and a pair's
    containment are one measure.

    >>> from compare.segment import segment
    >>> document = Document("d", "D", 'Talks ended. "We will return," he said.')
    >>> own_words(document, segment(document), frozenset())
    {0: 2, 1: 0}
    """
    quotations = sentence_quotations(document.text, sentences)
    return {
        s.index: _own_words(s, quoted, _stretches(s, quoted))
        for s, quoted in zip(sentences, quotations, strict=True)
        if s.index not in boilerplate
    }


def _names_of(
    sentence: Sentence, quoted: tuple[tuple[int, int], ...], names: tuple[str, ...]
) -> list[tuple[bool, ...]]:
    """Per stretch of ``sentence`` (see :func:`_stretches`), whether each of its words is a
    name's (see :func:`_in_names`); only the first stretch opens the sentence. A sentence set
    in capitals names only its story's ``names`` (see :func:`story_names`)."""
    text = recased(sentence.text, names)
    if not quoted:
        return [_in_names(text, opens_sentence=True)]
    parts = outside_quotations(text, quoted)
    return [_in_names(part, opens_sentence=n == 0) for n, part in enumerate(parts)]


def _ordinal_endings(stretch: Sequence[str]) -> list[bool]:
    """Whether each word of ``stretch`` is an ordinal's ending that words cut from its digits
    (see :func:`~compare.segment.find_words`): no word of its own.

    >>> _ordinal_endings(("in", "the", "89", "th", "minute"))
    [False, False, False, True, False]
    """
    return [
        word in ORDINAL_ENDINGS and n > 0 and is_number(stretch[n - 1])
        for n, word in enumerate(stretch)
    ]


def _cites(stretch: Sequence[str], telling: Mapping[str, bool]) -> list[bool]:
    """Whether each word of ``stretch`` says whom it cites: a cue that cites a source ("according
    to", "según", "de acuerdo con", "selon") and the source, up to its first word that
    ``telling`` says tells ("the union", "la federación", "police"). Any report citing the
    source writes it so, as it tags a quotation (see :func:`_tags_a_quotation`).

    >>> telling = _telling_words()
    >>> _cites(("fue", "liberado", "según", "el", "sindicato", "local"), telling)
    [False, False, True, True, True, False]
    """
    cites = [False] * len(stretch)
    cues = _source_cues().by_first
    # Most stretches hold no cue's first word: told at once, as Side.of asks of every stretch.
    if cues.keys().isdisjoint(stretch):
        return cites
    at = 0
    while at < len(stretch):
        cue = next(
            (cue for cue in cues.get(stretch[at], ()) if tuple(stretch[at : at + len(cue)]) == cue),
            None,
        )
        if cue is None:
            at += 1
            continue
        end = at + len(cue)
        source_ends = min(end + MAX_SOURCE_WORDS, len(stretch))
        while end < source_ends and not telling[stretch[end]]:
            end += 1
        end = min(end + 1, source_ends)
        cites[at:end] = [True] * (end - at)
        at = end
    return cites


@cache
def _source_cues() -> Phrases:
    return Phrases.of(sorted(lexicon().unnamed_source_cues))


def _stretches(sentence: Sentence, quoted: tuple[tuple[int, int], ...]) -> list[Sequence[str]]:
    """The words of ``sentence`` outside its quotations (``quoted``), a list for each stretch
    between them; one stretch, the whole sentence, when it quotes nothing."""
    if not quoted:
        return [sentence.tokens]
    return [words(part) for part in outside_quotations(sentence.text, quoted)]


def _own_words(
    sentence: Sentence, quoted: tuple[tuple[int, int], ...], stretches: Sequence[Sequence[str]]
) -> int:
    """How many words of ``sentence``'s ``stretches`` (see :func:`_stretches`) containment
    counts: none when they only tag its quotations (at ``quoted``; :func:`_tags_a_quotation`),
    which every report quoting the statement writes."""
    if quoted and _tags_a_quotation(outside_quotations(sentence.text, quoted)):
        return 0
    return sum(len(stretch) for stretch in stretches)


def _quoted_passages(
    sentence: Sentence, quoted: Sequence[tuple[int, int]]
) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """The quotations of ``sentence`` (at ``quoted``, offsets into its text) of
    ``MIN_QUOTATION_WORDS`` words or more: its number, each one's text without its marks, and
    its words."""
    for begin, end in quoted:
        said = sentence.text[begin:end].strip(QUOTATION_EDGES)
        said_words = words(said)
        if len(said_words) >= MIN_QUOTATION_WORDS:
            yield sentence.index, said, said_words


def quotation_runs(said: Sequence[str]) -> Iterator[tuple[str, ...]]:
    """The runs of ``MIN_QUOTATION_WORDS`` words of a quotation's words, in order.

    >>> [" ".join(run) for run in quotation_runs(("we", "have", "nothing", "to", "hide", "now"))]
    ['we have nothing to hide', 'have nothing to hide now']
    """
    return (
        tuple(said[k : k + MIN_QUOTATION_WORDS]) for k in range(len(said) - MIN_QUOTATION_WORDS + 1)
    )


def shared_quotations(a: Side, b: Side) -> tuple[SharedQuotation, ...]:
    """The quotations of ``MIN_QUOTATION_WORDS`` words or more that both sides carry, one word
    for word within the other (a copy that quotes part of a statement shares that part), each
    once, in A's order; its text as the side with the shorter version writes it. Which other
    articles carry each is :func:`quotation_carriers`' to tell."""
    if a.quoted_runs.isdisjoint(b.quoted_runs):
        return ()
    found: dict[tuple[str, ...], SharedQuotation] = {}
    for a_sentence, a_text, a_said in a.quoted_passages:
        for b_sentence, b_text, b_said in b.quoted_passages:
            shorter, text = (a_said, a_text) if len(a_said) <= len(b_said) else (b_said, b_text)
            longer = b_said if shorter is a_said else a_said
            if shorter not in found and _within(shorter, longer):
                found[shorter] = SharedQuotation(text, a_sentence, b_sentence, len(shorter))
    return tuple(sorted(found.values(), key=lambda q: (q.a_sentence, q.b_sentence, q.text)))


def interview_quoted(
    a: Side, b: Side, quotations: Sequence[SharedQuotation]
) -> tuple[str, str] | None:
    """The side, by its document's id, whose sentence that holds a quotation both carry says its
    speaker told its own outlet (:func:`framing.told_to`: "..., Mayor Ocampo told Harbour
    Daily."), where the other's does not say so in any form of the name ("told the Dunmore
    Courier" says what "told the Courier" does), and those words; ``None`` when neither or both
    claim such an interview.

    >>> from compare.segment import segment
    >>> def side(id: str, source: str, text: str) -> Side:
    ...     document = Document(id, source, text)
    ...     return Side.of(document, segment(document), frozenset(), {})
    >>> quote = '"This is not over, and I am asking people to stay home tonight,"'
    >>> harbour = side("h", "Harbour Daily", f"{quote} Mayor Ocampo told Harbour Daily.")
    >>> post = side("c", "Coastline Post", f"{quote} Mayor Ocampo said.")
    >>> interview_quoted(post, harbour, shared_quotations(post, harbour))
    ('h', 'told Harbour Daily')
    >>> credited = side("c", "Coastline Post", f"{quote} Mayor Ocampo told the Daily.")
    >>> interview_quoted(credited, harbour, shared_quotations(credited, harbour)) is None
    True
    """
    claims = set()
    for quotation in quotations:
        a_text = a.sentences[quotation.a_sentence].text
        b_text = b.sentences[quotation.b_sentence].text
        for side, text, other in ((a, a_text, b_text), (b, b_text, a_text)):
            told = told_to(text, side.document.source)
            if told and told_to(other, side.document.source) is None:
                claims.add((side.document.id, told))
    if len({doc for doc, _ in claims}) != 1:
        return None
    return min(claims)


def _within(run: Sequence[str], other: Sequence[str]) -> bool:
    """Whether the words ``run`` stand in ``other``, in order and together."""
    return f" {' '.join(run)} " in f" {' '.join(other)} "


def quotation_carriers(
    pairs: Sequence[PairComparison], sentences: Mapping[str, Sequence[Sentence]]
) -> tuple[PairComparison, ...]:
    """``pairs``, each shared quotation with the run's articles that carry it, word for word in
    one of their sentences, quoted or not (``SharedQuotation.carriers``, in the run's order): an
    article of another story may carry it too. Only the runs of words the pairs share quotations
    by are looked for, in one pass over the run's sentences; each quotation's carriers are
    found once, and every pair that shares it holds that one tuple (a quotation that N articles
    carry is shared by N²/2 pairs)."""
    wanted = {
        run
        for pair in pairs
        for quotation in pair.shared_quotations
        for run in quotation_runs(words(quotation.text))
    }
    if not wanted:
        return tuple(pairs)
    carried_by: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for doc, its_sentences in sentences.items():
        held = {run for s in its_sentences for run in quotation_runs(s.tokens) if run in wanted}
        for run in held:
            carried_by[run].append(doc)

    # The run's order, so as not to walk every document of a run of thousands a quotation.
    place = {doc: n for n, doc in enumerate(sentences)}
    found: dict[str, tuple[str, ...]] = {}

    def carriers(text: str) -> tuple[str, ...]:
        if text not in found:
            runs = list(quotation_runs(words(text)))
            carrying = set(carried_by[runs[0]]).intersection(*(carried_by[run] for run in runs[1:]))
            found[text] = tuple(sorted(carrying, key=place.__getitem__))
        return found[text]

    return tuple(
        replace(
            pair,
            shared_quotations=tuple(
                replace(quotation, carriers=carriers(quotation.text))
                for quotation in pair.shared_quotations
            ),
        )
        if pair.shared_quotations
        else pair
        for pair in pairs
    )


def _lede(
    sentences: Sequence[Sentence], boilerplate: frozenset[int], named_inside: frozenset[str]
) -> frozenset[int]:
    """The numbers of a side's lede (see :class:`Side`): its first sentences outside boilerplate,
    up to the first that names someone or somewhere (``named_inside``: the names the side
    writes inside its sentences), all of them when none does."""
    lede: set[int] = set()
    for sentence in (s for s in sentences if s.index not in boilerplate):
        lede.add(sentence.index)
        if names_someone(sentence.text, lambda: named_inside):
            break
    return frozenset(lede)


def _before_the_event(side: Side, span: Span) -> bool:
    """Whether ``span`` lies in ``side``'s lede before the sentence that names someone or
    somewhere, the lede's last (see :func:`_lede`): a line naming no one, which two reports of
    two fires in one template's lines may both open with. A lede that names no one tells its
    event in every line."""
    event = max(side.lede)
    return max(span.sentences) < event and names_someone(
        side.sentences[event].text, lambda: side.names_inside
    )


class _TellingWords(dict[str, bool]):
    """Whether a word, unless a name, tells how a phrase was written: not a number or a word of
    one (a multiplier or a currency: "480 million dollars", "mil millones de dólares"), a
    function word, a hedge of one word (a modal word, as "may" and "will" are function words:
    "are likely to", "were reportedly") or a word too short to be anything else. Independent
    reports share these and names ("the European Central Bank", "in 2019"). A word is judged
    when first looked up."""

    def __missing__(self, word: str) -> bool:
        terms = lexicon()
        tells = (
            word_length(word) >= MIN_TELLING_LETTERS
            and not is_number(word)
            and word not in terms.function_words
            and word not in _hedge_words()
            and word not in terms.multipliers
            and word not in terms.currency_words
        )
        self[word] = tells
        return tells


@cache
def _hedge_words() -> frozenset[str]:
    hedges = lexicon().hedges
    return frozenset(
        phrase[0]
        for found in hedges.by_first.values()
        for phrase in found
        if len(phrase) == 1 and phrase not in hedges.plain
    )


# One for the run: a run's vocabulary is far smaller than its count of words.
@cache
def _telling_words() -> _TellingWords:
    return _TellingWords()


class _FormulaWords(dict[str, tuple[bool, bool, bool, bool]]):
    """Of a word: whether it is a number, in digits or words ("34", "five"), whether it
    describes a figure (a unit it measures, as "hours", or someone unnamed it ages, as
    "year-old" and "man": see templates.describes_a_person), whether it is a word of a police
    statement's formula for an arrest or a charge ("arrested", "suspicion", "charged") and
    whether it names a crime ("arson"). A word is judged when first looked up."""

    def __missing__(self, word: str) -> tuple[bool, bool, bool, bool]:
        terms = lexicon()
        folded = word.casefold()
        judged = (
            is_number(word) or folded in terms.number_words,
            folded in terms.units or describes_a_person(folded),
            folded in terms.police_formula_words,
            folded in terms.charged_crimes,
        )
        self[word] = judged
        return judged


@cache
def _formula_words() -> _FormulaWords:
    return _FormulaWords()


def _formulaic(
    first: np.ndarray, tells: np.ndarray, formulas: Sequence[tuple[bool, bool, bool, bool]]
) -> np.ndarray:
    """Of each phrase (its first word's position in ``first``), whether it is the wording every
    report of a fact or a police statement writes: a number and what it measures or ages
    ("more than five hours", "a 34-year-old man"), or a charge or an arrest with its crime
    ("arrested on suspicion", "suspicion of arson"), no word beside them telling how it was
    written. Two reports of one arrest share these; a copy is told by the words around them.
    """
    number, figure, charge, crime = np.array(formulas, dtype=bool).reshape(-1, 4).T
    holds_number = np.zeros(len(first), dtype=bool)
    holds_charge = np.zeros(len(first), dtype=bool)
    tells_beyond_figure = np.zeros(len(first), dtype=bool)
    tells_beyond_charge = np.zeros(len(first), dtype=bool)
    for word in range(PHRASE_WORDS):
        at = first + word
        holds_number |= number[at]
        holds_charge |= charge[at]
        tells_beyond_figure |= tells[at] & ~number[at] & ~figure[at]
        tells_beyond_charge |= tells[at] & ~charge[at] & ~crime[at]
    return (holds_number & ~tells_beyond_figure) | (holds_charge & ~tells_beyond_charge)


# A story's copies print most sentences word for word, and the sides of a story measured again
# (backdating_outlets) read them all once more.
@lru_cache(maxsize=1 << 16)
def _in_names(text: str, opens_sentence: bool) -> tuple[bool, ...]:
    """Whether each word of ``text`` (as :func:`~compare.segment.words` cuts it) is a name's:
    a capitalised word, the first of a sentence only when a name goes on from it
    (:func:`_opens_with_a_name`), and the words in lower case between two capitalised words of
    one name, with no mark between ("of" of "National Union of Journalists", "de" and "de la"
    of "Sindicato Nacional de Trabajadores de la Prensa"): a name is one name, whatever its
    language writes inside it.

    >>> _in_names("Gov. Tina Marsh declared an emergency.", opens_sentence=True)
    (True, True, True, False, False, False)
    >>> _in_names("informó el Sindicato Nacional de la Prensa (SNTP), de Caracas", False)
    (False, False, True, True, True, True, True, True, False, True)
    """
    found = [(name, words(word)) for name, word in _named_written(text, opens_sentence)]
    flags = tuple(name for name, its_words in found for _ in its_words)
    if len(flags) == len(words(text)):
        return flags
    # A script that writes no spaces between words is cut otherwise as a whole: a name is then
    # told by its words alone.
    names = {word for name, its_words in found if name for word in its_words}
    return tuple(word in names for word in words(text))


def _named_written(text: str, opens_sentence: bool) -> list[tuple[bool, str]]:
    """Each of ``text``'s words as written between spaces, with whether it is a name's (see
    :func:`_in_names`)."""
    # Not the salient words that group stories: in a script without capitals those are all its
    # words, and no phrase of it would count.
    written = normalise(text).split()
    capitalised = [word.lstrip(EDGE_MARKS)[:1].isupper() for word in written]
    if opens_sentence and written and not _opens_with_a_name(written):
        capitalised[0] = False
    named = list(capitalised)
    inner = lexicon().name_inner_words
    # The last capitalised word while a name may go on from it, past its inner words.
    going_on: int | None = None
    for n, word in enumerate(written):
        if capitalised[n]:
            if going_on is not None:
                named[going_on + 1 : n] = [True] * (n - going_on - 1)
            going_on = None if word[-1] in NAME_ENDS else n
        elif word.casefold() not in inner:
            going_on = None
    return list(zip(named, written, strict=True))


def story_names(sentences: Iterable[Sentence]) -> tuple[str, ...]:
    """The names that a story's sentences in mixed case write (see :func:`_in_names`), each run
    of a name's words as written, in order: how its sentences set in capitals, where a capital
    tells no name, are read (see :func:`~compare.segment.recased`). None when none of them is
    set in capitals.

    >>> from compare.records import Sentence
    >>> said = ("Gov. Tina Marsh thanked the National Guard.", "TINA MARSH THANKED THE GUARD.")
    >>> story_names(Sentence("d", n, 0, len(text), text, "", ()) for n, text in enumerate(said))
    ('Gov', 'Tina Marsh', 'National Guard')
    """
    texts = [s.text for s in sentences]
    return _names_in_mixed_case(texts) if any(map(set_in_capitals, texts)) else ()


def names_of_stories(
    stories: Iterable[Story], sentences: Mapping[str, Sequence[Sentence]]
) -> dict[str, tuple[str, ...]]:
    """:func:`story_names` of each of ``stories``, by its id, each document read once: a council's
    minutes of 700,000 words are in each story of their pairs across stories, and were read
    again for each."""

    @cache
    def in_capitals(doc: str) -> bool:
        return any(set_in_capitals(s.text) for s in sentences[doc])

    @cache
    def written(doc: str) -> tuple[str, ...]:
        return _names_in_mixed_case(s.text for s in sentences[doc])

    return {
        story.id: tuple(dict.fromkeys(chain.from_iterable(map(written, story.documents))))
        if any(map(in_capitals, story.documents))
        else ()
        for story in stories
    }


def _names_in_mixed_case(texts: Iterable[str]) -> tuple[str, ...]:
    """The names that ``texts`` in mixed case write, each once, in order (see
    :func:`story_names`)."""
    runs: list[list[str]] = []
    for text in texts:
        if set_in_capitals(text):
            continue
        run: list[str] = []
        for name, word in _named_written(text, opens_sentence=True):
            # A mark ends a name, and a bracket opens another: "Port Halden (AP) -".
            if run and (not name or word.startswith(("(", "["))):
                runs.append(run)
                run = []
            if name and (bare := word.strip(EDGE_MARKS)):
                run.append(bare)
                if word[-1] in NAME_ENDS:
                    runs.append(run)
                    run = []
        runs.append(run)
    # A function word or a pronoun alone opens a sentence or a speaker's turn ("The Associated
    # Press", "RESIDENT: We waited"): it names no one, and "THE" is not "The" inside a sentence.
    terms = lexicon()
    plain = terms.function_words | terms.personal_pronouns
    named = (run for run in runs if any(word.casefold() not in plain for word in run))
    return tuple(dict.fromkeys(" ".join(run) for run in named))


def _opens_with_a_name(written: Sequence[str]) -> bool:
    """Whether the first of a sentence's words, which is capitalised whatever it is, starts a
    name: the next word, or the one after a joiner, is capitalised too, with no comma or colon
    between ("Gov. Tina Marsh declared", "Millbrook and Pine Hollow residents"; not "Heavy rain
    fell", nor "Meanwhile, Marsh declared").

    >>> _opens_with_a_name("Millbrook and Pine Hollow residents left.".split())
    True
    >>> _opens_with_a_name("Meanwhile, Marsh declared an emergency.".split())
    False
    """
    if not written:
        return False
    first, *rest = written
    if first.endswith((",", ";", ":")):
        return False
    if rest and rest[0].casefold() in lexicon().name_joiners:
        rest = rest[1:]
    return bool(rest) and rest[0][:1].isupper()


@dataclass(frozen=True, slots=True)
class ShownShares:
    """A pair of texts' shares as a report shows them: each to ``SHARE_PLACES`` places, on the
    side of the verdict's cuts that the share itself falls (see :func:`_rounded_on_its_side`).
    Named as in :class:`~compare.records.PairComparison`."""

    a_in_b: float
    b_in_a: float
    a_phrases_in_b: float
    b_phrases_in_a: float
    a_phrases_in_b_spread: float
    b_phrases_in_a_spread: float
    a_verbatim_in_b: float
    b_verbatim_in_a: float


@dataclass(frozen=True, slots=True)
class TextOverlap:
    """What two texts share, whichever documents print them: the part of a pair's comparison
    that its two texts, their boilerplate and their matches decide (see :func:`text_overlap`).
    Outlets that carry one wire story print a few texts many times over, so a story of hundreds
    of documents holds far fewer pairs of texts than pairs of documents.
    """

    matches: tuple[Match, ...]
    a_in_b: float
    b_in_a: float
    # Each side's share of words in sentences identical to the other's (see _word_for_word).
    a_verbatim_in_b: float
    b_verbatim_in_a: float
    longest_run: Run
    # The longest copied run with its quoted words counted whatever the words around them.
    longest_run_quoted: int
    # Each side's share of words in phrases the other has, and how widely they spread.
    a_phrasing: tuple[float, float]
    b_phrasing: tuple[float, float]
    # Each side's share of words outside quotations in sentences aligned with the other's,
    # copied, edited or reworded (see _retold_share).
    a_retold: float
    b_retold: float
    # How many sentences the two retell in one order: the number of those matches when they
    # keep one order in both texts, else 0 (see _in_one_order).
    retold_in_order: int
    identical: bool
    # The template found where an edited or reworded sentence names another event (see
    # _templated) among the matches of both ledes, or where the ledes fill one template with
    # other names, or the reused sentences with another day's figures; or, when the ledes share
    # no reuse match, in an edited or reworded sentence of all matches, or in every reused
    # sentence's figures (see _other_figures).
    template: FilledTemplate | None
    # The edited sentences that fill one template's line with other facts, where they outnumber
    # the reused sentences that keep theirs (see _facts_filled): their differences are no edit.
    facts_filled: tuple[Match, ...]
    # The texts of the reused sentences, and how many figures they must put for others (see
    # templates.figures_put_for_others) to be another day's figures when the two were
    # published on other days; None when a template was found in their words or none is
    # edited. Read only for such a pair: most pairs of texts are never asked.
    reused_texts: tuple[tuple[str, str], ...]
    other_figures_needed: int | None
    # Another event, on any day, by the names and figures the aligned sentences put for others
    # (see _other_names_and_figures): asked once a pair of texts, not of documents.
    other_event: FilledTemplate | None
    only_a: tuple[int, ...]
    only_b: tuple[int, ...]
    # Rounded here, once a pair of texts, not once a pair of documents: a wire story that 300
    # outlets print has 44,850 pairs of documents and some 700 pairs of texts.
    shown: ShownShares


def text_overlap(a: Side, b: Side, matches: Sequence[Match], settings: Settings) -> TextOverlap:
    """Containment both ways, the longest copied run and the shared phrasing of two documents'
    texts: what of their comparison reads only their texts (as sentences, with boilerplate and
    quotations) and ``matches``, not who published them, when, or whom they credit.
    """
    # The matches that state one content, copied, edited or reworded (a shared quotation alone
    # states none); those copied or edited are reused. A match counts its sentences outside
    # boilerplate, and none when a side holds only boilerplate (two credit lines): a split or
    # merge may join the wire's dateline, a sentence of its own ("MILLBROOK, Ore. (AP)"), to
    # the lede a copy runs on from it.
    stated = _in_one_passage(
        [
            m
            for m in matches
            if m.kind is not MatchKind.SHARED_QUOTE
            and a.outside_boilerplate(m.a)
            and b.outside_boilerplate(m.b)
        ],
        a,
        b,
    )
    # Two sentences that share only what a speaker said, as a record published before both
    # quotes it ("The engineers' full report is due on March 24."), are each paper's report of
    # the speaker, not one's copy of the other.
    reuse = [
        m
        for m in stated
        if m.kind.is_reuse
        and not (
            a.said_first.issuperset(a.outside_boilerplate(m.a))
            and b.said_first.issuperset(b.outside_boilerplate(m.b))
        )
    ]
    # Two scans of one printed text differ by the letters each misreads ("Harrnon", "Harmon"):
    # their sentences are copied word for word all the same. Born-digital texts misread nothing:
    # "Bill Clay" for "Hill Day" names someone else.
    scanned = a.scanned or b.scanned
    verbatim = [
        m
        for m in reuse
        if m.kind is MatchKind.VERBATIM
        or _but_for_datelines(m, a, b)
        or (scanned and misread_only(m.a.text, m.b.text))
        or (m.kind is MatchKind.EDITED and read_as_copied(m.a.text) == read_as_copied(m.b.text))
    ]
    # A template filled in for another event ("wind warning for Tarvik" against "for
    # Dunmore") shares its stock lines, no report: neither is a copy or rewrite of the other,
    # nor reuses it, wherever the template was found (see compare_pair). The event is the
    # one the lede names (or the first sentence that names one, after a lede that names no
    # one): with one lede copied or edited from the other, a name changed further down ("told
    # the Herald" for "told the Gazette") is a copy desk's edit; with the lede reworded, a name
    # changed in any edited or reworded sentence tells another event. A template's line filled
    # in with another name and another attribution is edited at one min_similarity and
    # reworded at a stricter one, and names the same event either way: reworded sentences are
    # searched for names as edited ones are, or a stricter setting would lose the template
    # while the phrasing the two share still made them derived. Stock lines that open both
    # ledes before the lines naming someone ("Our reporter saw a dozen engines lining the
    # road") tell no event, copied or not (see _before_the_event).
    ledes = [
        m
        for m in stated
        if a.lede.intersection(m.a.sentences)
        and b.lede.intersection(m.b.sentences)
        and not (_before_the_event(a, m.a) and _before_the_event(b, m.b))
    ]
    # A line may open with the name a template is filled in with ("Carrow police responded"),
    # which either article may write inside a sentence too.
    known = a.names_inside | b.names_inside
    # A translation writes the names of one event in its own language ("Lisbon" as "Lisboa",
    # Russian's acronym of a ministry as Ukrainian's): they tell no other event (acceptance
    # round 38, b10).
    translated = languages_differ(language_of(a.document), language_of(b.document))
    # Ledes that fill one template with other names tell two events whether or not they were
    # proposed for aligning: a large feed's template words are too common to propose them.
    lede_template = (
        None
        if translated
        else (
            _templated(ledes, a, b, known, scanned)
            or _ledes_fill_template_otherwise(
                a,
                b,
                {i for m in reuse for i in m.a.sentences},
                {i for m in reuse for i in m.b.sentences},
                known,
                scanned,
            )
            or _another_days_figures(reuse, ledes)
        )
    )
    other_figures_needed = (
        None
        if lede_template is not None or not any(m.kind is MatchKind.EDITED for m in reuse)
        else MIN_OTHER_DAYS_FIGURES
        if any(m.kind.is_reuse for m in ledes)
        else MIN_FIGURES_UNDER_OTHER_LEDES
    )
    aligned_a = {i for m in matches for i in m.a.sentences}
    aligned_b = {i for m in matches for i in m.b.sentences}
    a_in_b, b_in_a = _contained(a, reuse, "a"), _contained(b, reuse, "b")
    a_verbatim_in_b = _word_for_word(a, verbatim, "a")
    b_verbatim_in_a = _word_for_word(b, verbatim, "b")
    a_phrasing, b_phrasing = _phrasing(a, b), _phrasing(b, a)
    (a_phrases_in_b, a_spread), (b_phrases_in_a, b_spread) = a_phrasing, b_phrasing
    runs = longest_run(reuse, a, b)
    facts_filled, facts_kept = _facts_filled(reuse)
    return TextOverlap(
        matches=tuple(matches),
        a_in_b=a_in_b,
        b_in_a=b_in_a,
        a_verbatim_in_b=a_verbatim_in_b,
        b_verbatim_in_a=b_verbatim_in_a,
        longest_run=runs.counted,
        longest_run_quoted=runs.quoted.words,
        a_phrasing=a_phrasing,
        b_phrasing=b_phrasing,
        a_retold=_retold_share(a, stated, "a"),
        b_retold=_retold_share(b, stated, "b"),
        retold_in_order=len(stated) if _in_one_order(stated) else 0,
        # The same text twice (a file saved twice, a feed's duplicate) is a copy even when
        # boilerplate leaves no sentence to count; a line end or blank line after its last
        # sentence, which one editor saves and another does not, is no difference of text, nor
        # are the blank lines a monitoring export puts between the page's paragraphs.
        identical=text_as_compared(a.document.text) == text_as_compared(b.document.text),
        reused_texts=tuple((m.a.text, m.b.text) for m in reuse),
        other_figures_needed=other_figures_needed,
        other_event=None
        if translated
        else _other_names_and_figures(matches, other_figures_needed, known, scanned),
        template=lede_template
        or (
            None
            if translated or any(m.kind.is_reuse for m in ledes)
            else _templated(stated, a, b, known, scanned)
        )
        or _other_figures(reuse, ledes)
        or _filled_with(facts_filled, facts_kept),
        facts_filled=facts_filled,
        only_a=_unaligned(a, aligned_a),
        only_b=_unaligned(b, aligned_b),
        shown=ShownShares(
            a_in_b=_rounded_on_its_side(a_in_b, settings.containment_cuts),
            b_in_a=_rounded_on_its_side(b_in_a, settings.containment_cuts),
            a_phrases_in_b=_rounded_on_its_side(a_phrases_in_b, settings.phrasing_cuts),
            b_phrases_in_a=_rounded_on_its_side(b_phrases_in_a, settings.phrasing_cuts),
            a_phrases_in_b_spread=_rounded_on_its_side(a_spread, settings.spread_cuts),
            b_phrases_in_a_spread=_rounded_on_its_side(b_spread, settings.spread_cuts),
            a_verbatim_in_b=_rounded_on_its_side(a_verbatim_in_b, settings.verbatim_cuts),
            b_verbatim_in_a=_rounded_on_its_side(b_verbatim_in_a, settings.verbatim_cuts),
        ),
    )


def compare_pair(
    a: Side,
    b: Side,
    texts: TextOverlap,
    story: str,
    closest: float,
    settings: Settings,
    out_by: Mapping[str, Document] | None = None,
    modified_texts: AbstractSet[str] = frozenset(),
    credited_by: Mapping[str, AbstractSet[str]] | None = None,
    backdating: Mapping[str, tuple[str, ...]] | None = None,
    one_report: bool = False,
    outlets_taken: OutletsTaken | None = None,
    agencies: AbstractSet[str] = frozenset(),
    witnessed: Mapping[str, AbstractSet[int]] | None = None,
    own_copies: AbstractSet[str] = frozenset(),
) -> PairComparison:
    """The verdict, direction and crediting of two documents whose texts share ``texts`` (see
    :func:`text_overlap`); ``out_by``, per document whose text a copy that credits it was
    published before, that copy (see :func:`out_by_credit`): the text was out by then, and is
    dated so against every other; ``modified_texts``, the story's documents whose text came out
    when they were modified (``records.out_when_modified``): another outlet's article published
    before such a version was modified took nothing from it, and their pair has no direction
    (see :func:`_before_its_text`); ``credited_by``, per document, the story's other articles
    that credit or name its outlet (see :func:`credited_by_others`); ``backdating``, per
    document of an outlet caught backdating, the articles that caught it (see
    :func:`backdating_outlets`); ``one_report``, whether a name one of the two puts for the
    other's is one their outlet corrected (see :func:`names_corrected`), which fills in no
    template for another event; ``outlets_taken``, what each of the story's documents took from
    the texts of an outlet of several (see :func:`taken_from_outlets`), which its credits of
    that outlet are read against; ``agencies``, the sources of the story's news agencies' own
    texts (see :func:`disclosure.wire_both_ran`): two papers that credit one of them took its
    copy, which is there to be their origin; ``witnessed``, per document, the weekdays its text
    reports that an article dated before them carries too (see :func:`weekdays_witnessed`),
    which contradict no date of its; ``own_copies``, the news agencies whose own copy the run
    holds (see :func:`disclosure.agencies_with_own_copy`), whose clients' reprints are no
    origin of an earlier article by the agency's dateline they kept."""
    a_in_b, b_in_a = texts.a_in_b, texts.b_in_a
    (a_phrases_in_b, a_spread), (b_phrases_in_a, b_spread) = texts.a_phrasing, texts.b_phrasing
    identical = texts.identical
    same_source = a.outlet == b.outlet
    # An outlet's own times order its articles: a copy crediting it tells when the text it took
    # was out, not when the outlet's later texts were (a copy of an URGENT at 09:30 dated every
    # later write-through 09:30, and their order was lost).
    out_by = {} if same_source else out_by or {}
    a_out, b_out = out_by.get(a.document.id, a.document), out_by.get(b.document.id, b.document)
    by_date = _by_date(a_out, b_out)
    # Whether a text contradicts its date is asked of the dates it gives, not of those a copy
    # crediting it lends it; an outlet caught backdating elsewhere is not trusted to be first by
    # the dates it goes by here, where the two share text, but against its own other articles,
    # whose order its dates still tell.
    date_set_aside = (
        _date_set_aside(a.document, b.document, texts, witnessed or {})
        or (
            _names_the_later(a, b, _by_date(a.document, b.document), same_source)
            if texts.reused_texts
            else None
        )
    ) or (
        None
        if same_source or not texts.reused_texts
        else _backdating_first(a.document, b.document, by_date, backdating)
    )
    if date_set_aside:
        by_date = None
    dated = by_date[0] if by_date else None
    # A short article about the same event is largely covered by a long one's phrases; the
    # later article's share is the one that says whether it took them. Undated, either may. A
    # press release is the origin whatever the times say: a paper dated before its embargo
    # lifted took its phrases all the same.
    released = None if same_source else direction_by_release(a, b)
    taker = (released[0] if released else None) or dated
    sides = {
        "a": (a, b, a_phrases_in_b, a_spread, b_spread),
        "b": (b, a, b_phrases_in_a, b_spread, a_spread),
    }
    takers = {"a->b": "b", "b->a": "a"}.get(taker or "", "ab")
    phrased = [
        sides[s]
        for s in takers
        # One phrase is no phrasing to take, whatever share of a brief it makes: "Trains
        # halted across the north." shares one with any report of the strike.
        if round(sides[s][2] * sides[s][0].unquoted_words) >= MIN_PHRASED_WORDS
        and _phrasing_tells(sides[s][0], sides[s][1])
    ]
    # Of two undated articles that each retell the other whole, the one more of whose words do.
    retelling = sorted(
        (
            found
            for found in (
                retold(a, b, texts.a_retold, texts.b_retold, texts.retold_in_order)
                if "a" in takers
                else None,
                retold(b, a, texts.b_retold, texts.a_retold, texts.retold_in_order)
                if "b" in takers
                else None,
            )
            if found
        ),
        key=lambda found: (-found.share, found.doc),
    )

    # The later article's share of copied or edited words, too, says how much of it was taken:
    # a report of its own that took one sentence, a short live entry's whole, is no rewrite of
    # the entry, however much of the entry it holds. An outlet's update holds its earlier text,
    # as a copy does, whichever of the two holds more. A copy is still told by the text held
    # word for word, the copied side's: a round-up copied whole under a line of the copy's own.
    contained = {"a": a_in_b, "b": b_in_a}
    taken = max(contained[s] for s in ("ab" if same_source else takers))

    def verdict_of(phrasing: Sequence[tuple[float, float, float]]) -> Verdict:
        return (
            Verdict.COPY
            if identical
            else _verdict(
                max(a_in_b, b_in_a),
                max(texts.a_verbatim_in_b, texts.b_verbatim_in_a),
                phrasing,
                texts.longest_run.counted(),
                settings,
                retold=bool(retelling),
                taken=taken,
            )
        )

    verdict = verdict_of([(share, spread, source) for *_, share, spread, source in phrased])
    # Phrasing alone makes a pair partial only by runs that tell: stock runs of one word of
    # their own each ("the rule was", "it was reviewing the") are what two independent reports
    # of one event share, whatever their share (see _telling_runs).
    if verdict is Verdict.PARTIAL and verdict_of(()) is Verdict.INDEPENDENT:
        verdict = verdict_of(
            [
                (*_phrasing(side, other, telling_only=True), source)
                for side, other, *_, source in phrased
            ]
        )
    quotations = shared_quotations(a, b)
    # A quotation one says its speaker told its outlet, which the other carries without saying
    # so, the other took from that outlet's interview, unless the times put the other first.
    interview = None if same_source else interview_quoted(a, b, quotations)
    if interview and dated not in (None, "a->b" if interview[0] == a.document.id else "b->a"):
        interview = None
    # A verdict that phrasing alone makes lists the phrases, for a reader to weigh: two reports
    # of one event may share stock phrases ("according to the union").
    phrases = (
        shared_phrases(*max(phrased, key=lambda side: side[2])[:2])
        if verdict is not Verdict.INDEPENDENT and verdict_of(()) is Verdict.INDEPENDENT
        else ()
    )
    if interview and verdict is Verdict.INDEPENDENT:
        verdict = Verdict.PARTIAL
    # Identical texts are one text, whatever template it fills in; and versions of one article
    # (one outlet's, at one address or id) are one report, a name corrected in the later ("arrested
    # John Smith" / "David Brown") no other event, as is one report and a copy of its earlier text.
    versions = same_article(a.document, b.document)
    # One outlet's two texts of a story that differ in names are its correction, not a desk
    # template filled in twice: "operated by Northway Trains", "Coastline Rail".
    template = (
        None
        if identical
        or versions
        or one_report
        or verdict is Verdict.INDEPENDENT
        or (
            same_source
            and texts.template is not None
            and texts.template.filled_for is FilledFor.OTHER_FACTS
        )
        else texts.template
    )
    # Two days' reports from one template ("Hawks beat Reno 2-0 on Saturday", a week after "lost
    # 0-1 on Saturday") need not name other days: their dates do.
    # The days tell more of stock lines filled in with other figures: another day's report.
    filled_for_other = (
        (
            template is None
            or template.filled_for in (FilledFor.OTHER_FIGURES, FilledFor.OTHER_FACTS)
        )
        and not versions
        and verdict is not Verdict.INDEPENDENT
        and (
            _published_on_other_days(a.document, b.document, texts, same_source)
            or texts.other_event
        )
    )
    if filled_for_other:
        template = filled_for_other
    if verdict in (Verdict.COPY, Verdict.DERIVED) and template:
        verdict = Verdict.PARTIAL
    # Sentences of one template filled in with each event's facts change none of the other's:
    # under a template of such lines, or where nothing else of the two is shared, as two match
    # reports' "The attendance was 9,871." and "12,650." give no number otherwise. Under a
    # template its ledes or days tell, a name or figure the other puts for one is still noted: a newer
    # version that corrects the operator's name is such a template to a copy of the older.
    facts_filled = (
        texts.facts_filled
        if (
            verdict is Verdict.INDEPENDENT
            or (
                template is not None
                and template.filled_for in (FilledFor.OTHER_FACTS, FilledFor.OTHER_FIGURES)
            )
        )
        and not (identical or versions or one_report)
        else ()
    )
    matches = tuple(replace(m, framing=()) if m in facts_filled else m for m in texts.matches)
    # One template filled in for two events or days shares its stock lines, not a report:
    # neither took them from the other, whether the ledes or only sentences further down tell
    # the template (provenance traces no copy between them either). Of two versions from one
    # outlet, only their dates tell which came first: an update holds
    # the story it updates, as a copy is held by its origin, so the more contained side would
    # be named the copy of its own update. Versions of one article follow each other whatever
    # a rewrite kept of the text.
    reused = verdict is not Verdict.INDEPENDENT and not same_source
    # Papers that each ran one wire's copy (or a syndicate's column), crediting it, took it from
    # the wire, which is not among them: neither took it from the other, whatever their dates.
    # Two identical texts under one headline, credit and all, are one file saved twice, or one
    # page's copy, not two papers' settings of the wire's copy: their pair is a copy as it
    # stands. Under headlines of their own they are two papers that ran the wire's copy uncut.
    saved_twice = identical and not headlines_differ(a.document.title, b.document.title)
    wire = (
        wire_both_ran(a, b, agencies, as_written=verdict is Verdict.COPY)
        if reused and not (versions or saved_twice)
        else None
    )
    # Two reports of one public event share its names, figures and formulas: they are not
    # directed, and neither is charged, the user's record included, unless an interview tells.
    # A press release's or a news agency's phrasing is there to be taken: a paper that words
    # its story in it took it from that source.
    shares_event_alone = lifts_no_passage(
        verdict, texts.longest_run.counted(), phrases, texts.matches
    )
    no_passage = (
        reused
        and interview is None
        and not any(side.released or side.agency or side.filed_by for side in (a, b))
        and shares_event_alone
    )
    undirected = (
        (verdict is Verdict.INDEPENDENT and not versions)
        or template is not None
        or (same_source and not dated)
        or wire is not None
        or no_passage
    )
    # Others' credits tell which of two texts that are one (a copy, or a rewrite) is the one they
    # took; not which of two agencies' reports that share a phrase had it first. Nor do they put
    # first the side whose date is set aside: a site that backdates its copies to claim them is
    # credited by the copies it feeds, as a laundering site is, and would be the origin still.
    one_text = verdict in (Verdict.COPY, Verdict.DERIVED)
    untrusted = date_set_aside.doc if date_set_aside else None
    credited = (
        {doc: users for doc, users in (credited_by or {}).items() if doc != untrusted}
        if one_text
        else {}
    )
    direction, direction_basis = (
        None
        if undirected
        else _directed(
            a,
            b,
            texts,
            by_date,
            same_source,
            credited,
            dates_set_aside=bool(date_set_aside),
            interview=interview[0] if interview else None,
            own_copies=own_copies,
        )
    ) or (None, None)
    if direction and not versions and _before_its_text(a_out, b_out, direction, modified_texts):
        direction, direction_basis = None, None
    elif direction and direction_basis and direction_basis.by_publication and not versions:
        direction_basis = (
            _taken_in_a_later_version(a_out, b_out, direction, modified_texts) or direction_basis
        )
    # The user's record is the origin of its pairs, whatever their dates or shares say, and
    # reuses nothing: of two records (a study's paper and the university's release of it),
    # neither is charged with taking from the other.
    if a.document.of_record != b.document.of_record and not no_passage:
        direction = "a->b" if a.document.of_record else "b->a"
        direction_basis = DirectionBasis.RECORD
    elif a.document.of_record:
        direction, direction_basis = None, None
    outlets_taken = outlets_taken or {}
    credits = _credits(a, b, texts, outlets_taken) if reused else []
    crediting = tuple(credit.doc for credit in credits)
    reuser, origin = (b, a) if direction == "a->b" else (a, b)
    interviewed = (
        interview[1] if interview and direction and origin.document.id == interview[0] else None
    )
    credited_passages = (
        _passages_credited(
            reuser, origin, texts.matches, "b" if reuser is b else "a", outlets_taken
        )
        if direction and reuser.document.id in crediting and not same_source
        else None
    )
    undisclosed = (
        reused
        and wire is None
        and (
            (
                direction is not None
                and _undisclosed(
                    reuser.document.id,
                    direction_basis,
                    crediting,
                    verdict,
                    bool(texts.a_in_b or texts.b_in_a or texts.longest_run.counted()),
                    phrases,
                )
            )
            or credited_passages is not None
            or (interviewed is not None and reuser.document.id not in crediting)
        )
    )
    # Whether the later of two that share quotations credits the other is asked of an
    # independent pair too: its quotations may come from the other's interviews.
    # A rewrite in its own words may still say whose story it retells ("..., the Dunmore
    # Courier reported."), and the later of two that share quotations may have taken them from
    # the other's interviews: both are asked of a pair that reuses nothing.
    unreused_credits = [] if reused else _credits(a, b, texts, outlets_taken)
    quoting_crediting = (
        tuple(c.doc for c in unreused_credits) if quotations and not reused else crediting
    )
    return PairComparison(
        a=a.document.id,
        b=b.document.id,
        story=story,
        verdict=verdict,
        direction=direction,
        a_in_b=texts.shown.a_in_b,
        b_in_a=texts.shown.b_in_a,
        a_phrases_in_b=texts.shown.a_phrases_in_b,
        b_phrases_in_a=texts.shown.b_phrases_in_a,
        a_phrases_in_b_spread=texts.shown.a_phrases_in_b_spread,
        b_phrases_in_a_spread=texts.shown.b_phrases_in_a_spread,
        longest_run_words=texts.longest_run.counted(),
        longest_run_at=texts.longest_run.at(),
        longest_run_text=written_run(texts.longest_run, a.document.text)
        if texts.longest_run.at()
        else "",
        matches=matches,
        only_a=texts.only_a,
        only_b=texts.only_b,
        closest_similarity=closest,
        a_verbatim_in_b=texts.shown.a_verbatim_in_b,
        b_verbatim_in_a=texts.shown.b_verbatim_in_a,
        same_source=same_source,
        identical=identical,
        undisclosed_reuse=undisclosed,
        release_named_only_as_copied=(
            undisclosed and origin.released and names_release(reuser, origin)
        ),
        credited_passages=credited_passages if undisclosed else None,
        interview_quoted=interviewed,
        crediting=crediting,
        credited_at=tuple(credit for credit in credits if credit.of_the_other),
        common_wire=wire,
        template=template,
        direction_basis=direction_basis,
        same_article=versions,
        date_set_aside=date_set_aside,
        longest_run_quoted=texts.longest_run_quoted,
        shared_quotations=quotations,
        shared_phrases=phrases,
        quoting_crediting=quoting_crediting,
        cited_at=tuple(c for c in unreused_credits if c.names_outlet and c.kind in IN_TEXT_CREDITS),
        headline=headline_reuse(
            a.document.title, b.document.title, (a.names_inside, b.names_inside), settings
        ),
        headline_changed=headlines_differ(a.document.title, b.document.title),
        retold=retelling[0] if retelling and not identical else None,
        lifts_no_passage=shares_event_alone,
    )


def _credits(a: Side, b: Side, texts: TextOverlap, outlets_taken: OutletsTaken) -> list[Credit]:
    """Where those of ``a`` and ``b`` (``a`` first) that credit the other credit it, each read
    against what it took from the other's outlet (:func:`_taken_by`)."""
    return [
        _credit(user, origin, taken)
        for user, origin, on in ((a, b, "a"), (b, a, "b"))
        if discloses(
            user, origin, taken := _taken_by(user, origin, texts.matches, on, outlets_taken)
        )
    ]


def _passages_credited(
    reuser: Side, origin: Side, matches: Sequence[Match], which: str, outlets_taken: OutletsTaken
) -> tuple[int, int] | None:
    """Of the passages ``reuser``, side ``which`` of a pair whose texts share ``matches``, took
    from ``origin``, how many hold its credits of ``origin``, and how many it took, when it
    credits ``origin`` only in sentences it took from it (:func:`disclosure.passage_credits`:
    "..., as reported by Harbour Daily.", "... (via Harbour Daily).") and a passage with a
    sentence copied or edited holds none: a live page that credits one post it reworded and
    lifts five more without a word. A passage is a run of its consecutive sentences aligned
    with ``origin``'s, a quotation both carry aside; one only reworded counts where a credit
    stands in it. ``None`` when every passage is credited, or a credit covers the whole text:
    a credit line, or a sentence of the copy's own ("The Ledger Line first reported the
    strike."), which speaks of the story it tells."""
    credits = passage_credits(
        reuser, origin, _taken_by(reuser, origin, matches, which, outlets_taken)
    )
    if credits is None:
        return None
    copied: defaultdict[int, bool] = defaultdict(bool)
    for match in matches:
        if match.kind is not MatchKind.SHARED_QUOTE:
            for index in (match.a if which == "a" else match.b).sentences:
                copied[index] |= match.kind.is_reuse
    if not credits <= copied.keys():
        return None
    passages = [
        [index for _, index in run]
        for _, run in groupby(enumerate(sorted(copied)), key=lambda at: at[1] - at[0])
    ]
    taken = [
        not credits.isdisjoint(run)
        for run in passages
        if not credits.isdisjoint(run) or any(copied[index] for index in run)
    ]
    return (sum(taken), len(taken)) if not all(taken) else None


def _taken_by(
    user: Side, origin: Side, matches: Sequence[Match], which: str, outlets_taken: OutletsTaken
) -> Mapping[int, str]:
    """What ``user``, side ``which`` of a pair whose texts share ``matches``, took from
    ``origin`` (see :func:`disclosure.discloses`): from any text of ``origin``'s outlet where
    the story holds several (``outlets_taken``: see :func:`taken_from_outlets`), else from
    ``origin``'s."""
    return outlets_taken.get((user.document.id, origin.outlet)) or _taken_texts(matches, which)


def taken_from_outlets(pairs: Iterable[PairComparison], sides: Mapping[str, Side]) -> OutletsTaken:
    """What each document of a story took from the texts of each other outlet that has several
    in it (an agency's write-throughs, a paper's update), as the story's ``pairs`` were first
    measured: by the document's id and the outlet (``Side.outlet``), the number of each of the
    document's sentences aligned with one of those texts and the texts aligned with it. An
    outlet's words about itself ("told Harborline", "Harborline reported on Monday") that a copy
    pasted from one of its texts are no credit of the copy's against any of them: against an
    earlier text that lacks the sentence too, which the copy would else be counted as crediting
    while its pair with the text it pasted is flagged."""
    texts_of = Counter(side.outlet for side in sides.values())
    taken: defaultdict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    for pair in pairs:
        for user, origin, on in ((pair.a, pair.b, "a"), (pair.b, pair.a, "b")):
            outlet = sides[origin].outlet
            if pair.same_source or texts_of[outlet] < 2:
                continue
            texts = _taken_texts(pair.matches, on)
            if not texts:  # a pair that aligns nothing is measured again for nothing
                continue
            took = taken[user, outlet]
            for index, text in texts.items():
                took[index] = f"{took[index]} {text}" if index in took else text
    return dict(taken)


def credits_an_outlet_of_several(
    pair: PairComparison, sides: Mapping[str, Side], outlets_taken: OutletsTaken
) -> bool:
    """Whether a side of a pair, as first measured, credits the other, whose outlet has several
    texts in the story (``outlets_taken``: see :func:`taken_from_outlets`): read against what it
    took from all of them, it may not."""
    crediting = {*pair.crediting, *pair.quoting_crediting}
    return any(
        (user, sides[other].outlet) in outlets_taken
        for user, other in ((pair.a, pair.b), (pair.b, pair.a))
        if user in crediting
    )


def _credit(user: Side, origin: Side, taken: Mapping[int, str]) -> Credit:
    """Where ``user``, which discloses ``origin``, credits it (:func:`disclosure.where_credited`)."""
    sentence, kind, link = where_credited(user, origin, taken)
    span = (
        Span((sentence.index,), sentence.start, sentence.end, sentence.text) if sentence else None
    )
    byline = user.document.author if kind is CreditKind.BYLINE else None
    return Credit(user.document.id, span, link, names_outlet(user, origin, taken), kind, byline)


def _before_its_text(
    a: Document, b: Document, direction: str, modified_texts: AbstractSet[str]
) -> bool:
    """Whether the side ``direction`` names the origin, whatever told it, is a version of its
    article whose text came out when it was modified (``modified_texts``), after the other,
    another article, was published (``records.text_out``): its article came out first, but not
    this text, which the other could not take. What the two share it took from an earlier
    version, if from any, and their pair names it (``provenance.through_common_origins``). The
    other is read as of its own modification: a page published before this text came out and
    modified after it may have taken it then (a subscriber that updated its copy in place to a
    wire's corrected version)."""
    origin, copy = (a, b) if direction == "a->b" else (b, a)
    if origin.id not in modified_texts:
        return False
    written = _by_date(text_out(copy), text_out(origin))
    return written is not None and written[0] == "a->b"


def _taken_in_a_later_version(
    a: Document, b: Document, direction: str, modified_texts: AbstractSet[str]
) -> DirectionBasis | None:
    """What told the direction of a copy published before the text of the origin, a version
    whose text came out when it was modified (``modified_texts``), that took it in a later
    version of its own, modified or captured after that (see :func:`_before_its_text`): the two
    versions' times, not the publications, which would put the copy first
    (:func:`_version_basis`); ``None`` when the publications tell it.

    >>> copy = Document("ep", "Post", "", published="2026-11-03",
    ...     published_time="2026-11-03T07:05:00Z", modified_time="2026-11-03T13:22:00Z", captured=True)
    >>> origin = Document("hc", "Courier", "", published="2026-11-03",
    ...     published_time="2026-11-03T06:10:00Z", modified_time="2026-11-03T11:10:00Z")
    >>> _taken_in_a_later_version(origin, copy, "a->b", {"hc"}).value
    'capture_time'
    >>> _taken_in_a_later_version(origin, copy, "a->b", set()) is None
    True
    """
    origin, copy = (a, b) if direction == "a->b" else (b, a)
    if origin.id not in modified_texts:
        return None
    published, written = (
        _by_date(copy, text_out(origin)),
        _by_date(text_out(copy), text_out(origin)),
    )
    if not (published and written and published[0] == "a->b" and written[0] == "b->a"):
        return None
    return _version_basis(copy)


def _dated_in_order(
    a: Document, b: Document, reused: bool
) -> tuple[tuple[Document, date], tuple[Document, date]] | None:
    """The earlier and the later of two dated documents by their own dates (:func:`_by_date`,
    not a version's modification), each with the day it gives, when they share ``reused``
    text: the earlier's text, in the sentences the later has too, may contradict its date (see
    :func:`_date_set_aside`)."""
    by_date = _by_date(a, b)
    if not reused or by_date is None or by_date[1].by_version_time:
        return None
    earlier, later = (a, b) if by_date[0] == "a->b" else (b, a)
    # A month or a year alone is no day that a text's weekday could contradict.
    if not (earlier.published and later.published):
        return None
    if not (is_day(earlier.published) and is_day(later.published)):
        return None
    return (
        (earlier, date.fromisoformat(earlier.published)),
        (later, date.fromisoformat(later.published)),
    )


def _date_set_aside(
    a: Document, b: Document, texts: TextOverlap, witnessed: Mapping[str, AbstractSet[int]]
) -> DateSetAside | None:
    """The earlier of two documents by their dates when its own text contradicts its date: in
    the past tense, in a sentence the later has too, it reports something on a weekday (within
    the week) or a day of a month after the day it is dated, by the later's date
    (:func:`templates.weekday_after_publication`, :func:`templates.day_after_publication`). A
    copy backdated to before the event it reports ("the ministry said on Friday" or "on March
    14" in an article of Thursday, March 13, taken from a Friday report) tells no direction by
    its date. A day given with a time in UTC may be the next one where it was published: it is
    given a day's grace. A weekday ``witnessed`` for the earlier (see
    :func:`weekdays_witnessed`) is the week before's, and contradicts nothing."""
    in_order = _dated_in_order(a, b, bool(texts.reused_texts))
    if in_order is None:
        return None
    (earlier, dated), (_, latest) = in_order
    day = _with_grace(earlier, dated)
    days_apart = (latest - day).days
    if days_apart <= 0:
        return None
    aligned = texts.reused_texts
    if earlier is b:
        aligned = tuple((text_b, text_a) for text_a, text_b in aligned)
    stated = (
        weekday_after_publication(
            aligned, day.weekday(), days_apart, witnessed.get(earlier.id, frozenset())
        )
        if days_apart < DAYS_A_WEEK
        else None
    ) or day_after_publication(aligned, day, latest)
    return DateSetAside(earlier.id, stated) if stated else None


def _with_grace(document: Document, dated: date) -> date:
    """The last day ``document``, ``dated`` so, may have been published where it was: a day
    given with a time in UTC may be the next one there."""
    return dated + timedelta(days=1 if document.published_time else 0)


def weekdays_witnessed(
    pairs: Iterable[PairComparison], documents: Mapping[str, Document]
) -> dict[str, frozenset[int]]:
    """Per document of ``pairs``, the weekdays (Monday 0) its text reports in the past tense,
    in sentences an article of another outlet carries too, that article dated (with a day's
    grace, as :func:`_date_set_aside` gives it) before the day the weekday would be were it one
    or two days after the document's date: the papers that printed a wire's "collided on
    Friday morning" on the Wednesday and Thursday before that Friday read it as the Friday
    before, as the wire dated that Wednesday meant it, whose date then stands against a
    reprint of the Saturday after. A copy backdated to before the report it took the day from
    has no such witness: every other article carrying the day is dated on it or later."""
    witnessed: defaultdict[str, set[int]] = defaultdict(set)
    for pair in pairs:
        aligned = tuple((m.a.text, m.b.text) for m in pair.matches if m.kind.is_reuse)
        first, second = documents[pair.a], documents[pair.b]
        first_day, second_day = _last_day(first), _last_day(second)
        if pair.same_source or not aligned or first_day is None or second_day is None:
            continue
        for document, day, other_day, texts in (
            (first, first_day, second_day, aligned),
            (second, second_day, first_day, tuple((theirs, ours) for ours, theirs in aligned)),
        ):
            for weekday in weekdays_reported(texts):
                ahead = (weekday - day.weekday()) % 7
                if 1 <= ahead <= MAX_DAYS_AFTER_PUBLICATION and other_day < day + timedelta(ahead):
                    witnessed[document.id].add(weekday)
    return {doc: frozenset(days) for doc, days in sorted(witnessed.items())}


def _last_day(document: Document) -> date | None:
    """The last day ``document`` may have been published where it was (:func:`_with_grace`),
    when it gives its day, not a month or a year alone."""
    if not (document.published and is_day(document.published)):
        return None
    return _with_grace(document, date.fromisoformat(document.published))


def _names_the_later(
    a: Side, b: Side, by_date: tuple[str, DirectionBasis] | None, same_source: bool
) -> DateSetAside | None:
    """Of two sides that share text, the earlier ``by_date`` when its text names the later's
    outlet as a source or credits it, in any of its sentences, those it shares with the later too
    (:func:`disclosure.names_outlet`: "..., the Gazette reported at the time."), and the later's
    text does not name the earlier's: a copy that keeps its origin's mention of itself under a
    wrong, earlier time (an aggregator's clock, a draft's) is no origin by that time. A
    version's modification time is the outlet's own, and stands; so does a time of day against
    a news agency's text: an agency sends a story again and again through the day, and a credit
    to it ("TARSEN, Nov 4 (CPA) -") names the agency, not the version sent after the copy."""
    if by_date is None or same_source or by_date[1].by_version_time:
        return None
    earlier, later = (a, b) if by_date[0] == "a->b" else (b, a)
    if later.agency and by_date[1] is DirectionBasis.PUBLISHED_TIME:
        return None
    if _names_alone(earlier, later):
        return DateSetAside(earlier.document.id, None, names_the_other=True)
    return None


def _names_alone(user: Side, other: Side) -> bool:
    """Whether ``user``'s text names ``other``'s outlet as a source or credits it, in any of its
    sentences (:func:`disclosure.names_outlet`), and ``other``'s text does not name ``user``'s:
    a copy that says where it took its text from, or keeps its origin's mention of itself."""
    return names_outlet(user, other, {}) and not names_outlet(other, user, {})


def _named_as_source(a: Side, b: Side) -> tuple[str, DirectionBasis] | None:
    """``a->b`` when B's text alone names the other's outlet (:func:`_names_alone`: "Wie die
    Elbwarte berichtete, ...", "as the Ledger Line reported"), ``b->a`` the other way: of two
    that no time orders (one time on both, or none), the one that says whose text it took is
    the copy."""
    # Each way once: asking _names_alone both ways would read each text's credits twice.
    b_names_a, a_names_b = names_outlet(b, a, {}), names_outlet(a, b, {})
    if b_names_a == a_names_b:
        return None
    return ("a->b" if b_names_a else "b->a"), DirectionBasis.CREDIT


def _backdating_first(
    a: Document,
    b: Document,
    by_date: tuple[str, DirectionBasis] | None,
    backdating: Mapping[str, tuple[str, ...]] | None,
) -> DateSetAside | None:
    """The earlier of two documents ``by_date`` when it is an article of an outlet caught
    backdating (``backdating``: see :func:`backdating_outlets`), with the articles that caught
    it: a site whose own text contradicts the dates of its articles is not trusted to have
    published another first, where nothing in that one's text gives it away (a copy of a
    Sunday story dated the Saturday before, claiming the scoop, that names no day). But where
    both give a time on one day, the times stand: what caught the outlet were dates a day or
    more early, and containment, often all that would be left to tell, would put a paper's
    rewrite of 11:00 UTC before the wire's report of 08:00."""
    if not backdating or by_date is None or by_date[1].by_version_time:
        return None
    earlier, later = (a, b) if by_date[0] == "a->b" else (b, a)
    backdated = backdating.get(earlier.id)
    if not backdated or _timed_on_one_day(earlier, later):
        return None
    return DateSetAside(earlier.id, None, backdated)


def _timed_on_one_day(a: Document, b: Document) -> bool:
    """Whether both documents give their time of publication, on one day as printed."""
    return bool(a.published_time and b.published_time) and a.published == b.published


def backdating_outlets(
    documents: Iterable[Document], pairs: Iterable[PairComparison]
) -> dict[str, tuple[str, ...]]:
    """Per document of an outlet caught backdating, in any of the run's stories, the articles
    that caught it, sorted: those whose own text contradicts their dates (a pair's
    ``date_set_aside`` that gives the day its text reports), ``MIN_BACKDATED_ARTICLES`` or
    more and ``MIN_BACKDATED_SHARE`` or more of the outlet's articles that a pair's dates put
    first against another article sharing text with them (those whose text could give their
    dates away). One such article may be a slip, and so may three of a wire's 135; two of a
    site's three are a habit, and its dates no longer place any of its articles first."""
    by_id = {document.id: document for document in documents}
    outlet_of = {doc: outlet(document) for doc, document in by_id.items()}
    caught: defaultdict[str, set[str]] = defaultdict(set)
    put_first: defaultdict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        if (found := pair.date_set_aside) and found.day is not None:
            caught[outlet_of[found.doc]].add(found.doc)
        reused = any(match.kind.is_reuse for match in pair.matches)
        if in_order := _dated_in_order(by_id[pair.a], by_id[pair.b], reused):
            (earlier, _), _ = in_order
            put_first[outlet_of[earlier.id]].add(earlier.id)
    backdated = {
        name: tuple(sorted(articles))
        for name, articles in caught.items()
        if len(articles) >= MIN_BACKDATED_ARTICLES
        and len(articles) >= MIN_BACKDATED_SHARE * len(put_first[name])
    }
    return {doc: backdated[name] for doc, name in outlet_of.items() if name in backdated}


def _taken_texts(matches: Sequence[Match], which: str) -> dict[int, str]:
    """By the number of each sentence of side ``which`` ("a" or "b") that ``matches`` align
    with the other side, the other side's text aligned with it (see
    :func:`disclosure.discloses`)."""
    taken: dict[int, str] = {}
    for match in matches:
        mine, other = (match.a, match.b) if which == "a" else (match.b, match.a)
        for i in mine.sentences:
            taken[i] = f"{taken[i]} {other.text}" if i in taken else other.text
    return taken


def _directed(
    a: Side,
    b: Side,
    texts: TextOverlap,
    by_date: tuple[str, DirectionBasis] | None,
    same_source: bool,
    credited_by: Mapping[str, AbstractSet[str]],
    *,
    dates_set_aside: bool,
    interview: str | None = None,
    own_copies: AbstractSet[str] = frozenset(),
) -> tuple[str, DirectionBasis] | None:
    """The direction of a pair that may have one, and what told it: the copy's credit of the
    origin's outlet, the origin's being a press release that the copy is not (see
    :func:`disclosure.direction_by_release`), a news agency's signature on its own copy, or an
    agency's dateline the other lacks, where the times ``by_date`` (see :func:`_by_date`) say a
    text that is no agency's came first (see :func:`disclosure.signed_before`; not a reprint's
    kept dateline where the agency's own copy is among ``own_copies``), the times, the
    copy's credit or the origin's kind (see :func:`disclosure.direction_by_credit`), the copy's
    naming the origin's outlet as its source (:func:`_named_as_source`) where no time orders
    the two (not where their times do but were set aside, ``dates_set_aside``: a false credit
    would turn them round), the side whose outlet a quotation both carry was told to
    (``interview``: see :func:`interview_quoted`) where no time tells, the credits of the
    story's other articles
    (:func:`_credited_by_others`), or else containment, or else shared phrasing alone; ``None``
    when none tells."""
    if not same_source and (credited := _credited_outlet(a, b)):
        return credited
    if not same_source and (released := direction_by_release(a, b)):
        return released
    if not same_source and (marked := _by_stray_marks(a, b)):
        return marked
    if by_date and not same_source:
        earlier, later = (a, b) if by_date[0] == "a->b" else (b, a)
        if signed := signed_before(later, earlier, own_copies):
            return ("b->a" if by_date[0] == "a->b" else "a->b", signed)
    interviewed = (
        ("a->b" if interview == a.document.id else "b->a", DirectionBasis.INTERVIEW)
        if interview and not same_source
        else None
    )
    if found := by_date or interviewed or direction_by_credit(a, b):
        return found
    if not same_source and not dates_set_aside and (named := _named_as_source(a, b)):
        return named
    if not same_source and (credited := _credited_by_others(a, b, credited_by)):
        return credited
    if contained := _by_share(a, b, texts.a_in_b, texts.b_in_a):
        return contained, DirectionBasis.CONTAINMENT
    (a_phrases_in_b, _), (b_phrases_in_a, _) = texts.a_phrasing, texts.b_phrasing
    if phrased := _by_share(a, b, a_phrases_in_b, b_phrases_in_a):
        return phrased, DirectionBasis.PHRASING
    return None


def _credited_outlet(a: Side, b: Side) -> tuple[str, DirectionBasis] | None:
    """``a->b`` when B credits A's outlet (its credit line, dateline or byline names it:
    :func:`disclosure.credits_outlet`) and A does not credit B's, ``b->a`` the other way:
    whatever the times say, as partners run an agency's copy from its feed before the agency's
    own site posts it."""
    a_credits_b, b_credits_a = credits_outlet(a, b), credits_outlet(b, a)
    if a_credits_b == b_credits_a:
        return None
    return ("a->b" if b_credits_a else "b->a", DirectionBasis.CREDIT)


def _credited_by_others(
    a: Side, b: Side, credited_by: Mapping[str, AbstractSet[str]]
) -> tuple[str, DirectionBasis] | None:
    """``a->b`` when other articles of the story credit or name A's outlet (``credited_by``:
    see :func:`credited_by_others`) and none B's, ``b->a`` the other way: of two texts that no
    date orders, one a copy or rewrite of the other, the one other copies say they took is the
    likelier origin. Never against the dates: a site that launders a state outlet's story,
    credited by the copies it feeds, is credited as an origin is, though the state outlet was
    first."""
    a_credited = bool(credited_by.get(a.document.id, frozenset()) - {b.document.id})
    b_credited = bool(credited_by.get(b.document.id, frozenset()) - {a.document.id})
    if a_credited == b_credited:
        return None
    return ("a->b" if a_credited else "b->a", DirectionBasis.CREDITED_BY_OTHERS)


def credited_by_others(
    pairs: Iterable[PairComparison], sides: Mapping[str, Side], outlets_taken: OutletsTaken
) -> dict[str, frozenset[str]]:
    """Per document, the other articles of its story, from other outlets, that reuse its text
    and credit or name its outlet in their own words (:func:`disclosure.names_outlet`: "Source:
    Meridian Today", "This article was originally published by Voice of Rossland", "Meridian
    Today reported"), as a story's ``pairs`` were first measured; not a wire service both carry
    nor a dateline both keep. Made to measure them again by (see :func:`_credited_by_others`),
    and asked only of the documents of a pair of one text that nothing stronger than shares
    directed: in a story whose articles all give their times, of none."""
    pairs = list(pairs)
    undecided = {
        doc
        for pair in pairs
        if pair.verdict in (Verdict.COPY, Verdict.DERIVED)
        and not pair.same_source
        and (pair.direction_basis is None or pair.direction_basis.by_shares)
        for doc in (pair.a, pair.b)
    }
    crediting: defaultdict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        for user, origin, on in ((pair.a, pair.b, "a"), (pair.b, pair.a, "b")):
            if (
                origin in undecided
                and user in pair.crediting
                and names_outlet(
                    sides[user],
                    sides[origin],
                    _taken_by(sides[user], sides[origin], pair.matches, on, outlets_taken),
                )
            ):
                crediting[origin].add(user)
    return {doc: frozenset(users) for doc, users in crediting.items()}


def names_corrected(
    pairs: Iterable[PairComparison], sides: Mapping[str, Side]
) -> frozenset[frozenset[str]]:
    """The pairs among a story's ``pairs``, as first measured, whose template filled in for
    another event (``FilledFor.ANOTHER_EVENT``) is a name one outlet corrected: one side's text
    is linked to an article of the other's outlet that gives the first side's names (its own
    earlier text, or the one a copy took them from, which shares text with it and fills in no
    template against it), and that article to the other side through that outlet's texts that
    are copies or rewrites of each other and fill in no template against each other (a wire's
    write-throughs). A paper
    that ran the wire's 3rd LEAD, "operated by Kellen Bay Lines", against the wire's WRAPUP,
    "operated by Kellen Harbour Ferries", reports one sinking; two quakes that one bot writes up
    fill one template in, each against the other.

    >>> names_corrected([], {})
    frozenset()
    """
    pairs = list(pairs)
    linked = [p for p in pairs if p.verdict is not Verdict.INDEPENDENT and p.template is None]
    # The texts of one outlet that are one report, by each of them: write-throughs, each a copy
    # or rewrite of the one before. Briefs that only share a line are not: a feed's copy of a
    # wire's study and its own brief of another study, each sharing a line with a third brief
    # of the feed's, are two reports, and the name one puts for the other's is no correction.
    one_report = {
        doc: report
        for report in linked_groups(
            sides,
            [
                (p.a, p.b)
                for p in linked
                if p.same_source and p.verdict in (Verdict.COPY, Verdict.DERIVED)
            ],
        )
        for doc in report
    }
    took = {frozenset((p.a, p.b)) for p in linked}
    return frozenset(
        frozenset((pair.a, pair.b))
        for pair in pairs
        if pair.template is not None
        and pair.template.filled_for in (FilledFor.ANOTHER_EVENT, FilledFor.OTHER_FACTS)
        for side, other, names in (
            (pair.a, pair.b, pair.template.a),
            (pair.b, pair.a, pair.template.b),
        )
        if any(
            (source == side or frozenset((side, source)) in took)
            and names_any(sides[source].document.text, names)
            for source in one_report[other]
            if source != other
        )
    )


def out_by_credit(
    pairs: Iterable[PairComparison], documents: Mapping[str, Document]
) -> dict[str, Document]:
    """Per document of ``pairs`` whose text a copy that credits its outlet was published before
    (the pair's direction told by that credit: :func:`_credited_outlet`), the document dated as
    the first such copy: the text was out by then, whatever its own page's time says, and a
    third copy of that time or later took it from the agency too. Made of a story's ``pairs``
    as first measured, to measure them again by, and of its pairs as measured, to tell who
    copied whom by (``provenance.Precedence``)."""
    out_by: dict[str, Document] = {}
    for pair in pairs:
        origin = pair.origin
        if (
            origin is None
            or pair.direction_basis is not DirectionBasis.CREDIT
            or pair.verdict is Verdict.INDEPENDENT
            or pair.same_source
        ):
            continue
        copy = documents[pair.b if origin == pair.a else pair.a]
        dated = _by_date(copy, out_by.get(origin, documents[origin]))
        if dated and dated[0] == "a->b":
            out_by[origin] = _dated_as(documents[origin], copy)
    return out_by


def out_by_origins(
    pairs: Iterable[PairComparison], sides: Mapping[str, Side], out_by: Mapping[str, Document]
) -> dict[frozenset[str], dict[str, Document]]:
    """Per pair whose verdict rests on shared phrasing alone (``shared_phrases``), as a story's
    ``pairs`` were first measured, each of its sides that is a copy of a third article (its
    pair's verdict ``copy``, or a later version of one article) published before it, dated as
    that article when every sentence holding a phrase the other side has is one the copy took
    from it: those phrases were out when the third article published them, and the other side
    took them from there if from anyone. A paper's verbatim copy of the wire's match report
    shares the wire's stock phrases with the club's own report, published between the two; the
    club's report and the wire are independent, and so are the club's report and the copy.
    ``out_by`` dates a side otherwise (:func:`out_by_credit`): the earlier date holds."""
    pairs = list(pairs)
    copied: defaultdict[str, list[tuple[str, frozenset[int]]]] = defaultdict(list)
    for pair in pairs:
        origin = pair.origin
        if origin is None or not (pair.verdict is Verdict.COPY or pair.same_article):
            continue
        copy = pair.b if origin == pair.a else pair.a
        spans = (m.a if copy == pair.a else m.b for m in pair.matches if m.kind.is_reuse)
        copied[copy].append((origin, frozenset(i for span in spans for i in span.sentences)))
    dated: dict[frozenset[str], dict[str, Document]] = {}
    for pair in pairs:
        if not pair.shared_phrases:
            continue
        for copy, other in ((pair.a, pair.b), (pair.b, pair.a)):
            # Most sides copy no third article: their phrases are not looked up.
            if copy not in copied:
                continue
            phrased = sides[copy].phrased_with(sides[other])
            # Of several origins (the wire saved twice), the one it took most from.
            for origin, taken in sorted(copied[copy], key=lambda o: (-len(o[1]), o[0])):
                out = out_by.get(copy, sides[copy].document)
                earlier = _by_date(sides[origin].document, out)
                if origin != other and phrased <= taken and earlier and earlier[0] == "a->b":
                    dated.setdefault(frozenset((pair.a, pair.b)), {})[copy] = _dated_as(
                        out, sides[origin].document
                    )
                    break
    return dated


def _dated_as(document: Document, first: Document) -> Document:
    """``document`` dated as ``first``: its text was out when ``first`` was published."""
    return replace(
        document,
        published=first.published,
        published_time=first.published_time,
        published_offset=first.published_offset,
        published_local_time=first.published_local_time,
    )


def _rounded_on_its_side(share: float, cuts: Iterable[float]) -> float:
    """``share`` to ``SHARE_PLACES`` places, rounded down where rounding would bring it onto a
    cut in ``cuts`` that it falls short of: the verdict is judged on the share unrounded, and a
    report that showed 0.8 for a derived pair would contradict the 0.8 a copy needs.

    >>> [_rounded_on_its_side(share, [0.8]) for share in (0.7996, 0.79949, 0.8004)]
    [0.799, 0.799, 0.8]
    """
    rounded = round(share, SHARE_PLACES)
    if any(share < cut <= rounded for cut in cuts):
        # Rounding moved it up by at most half a step: a step down lies below the share.
        return round(rounded - 10**-SHARE_PLACES, SHARE_PLACES)
    return rounded


def _is_light(edit: WordEdit) -> bool:
    """Whether an edit keeps its words, unchanged or lightly changed (see :func:`kept_share`)."""
    return edit.op == "equal" or (
        edit.op == "replace" and max(len(edit.a), len(edit.b)) <= MAX_LIGHT_EDIT_WORDS
    )


class LongestRuns(NamedTuple):
    """A pair's longest copied run as the verdict counts it (:meth:`Run.counted`), and the
    longest with its quoted words counted whatever the words around them."""

    counted: Run
    quoted: Run


def longest_run(matches: Sequence[Match], a: Side, b: Side) -> LongestRuns:
    """The most consecutive words copied unchanged, across sentence boundaries where both
    articles continue with the next aligned sentence, once their boilerplate is passed over (an
    "Advertisement" line between copied paragraphs does not cut the run), and the sentences that
    hold them. Quoted words (where ``a`` quotes) count only in a run that holds
    ``MIN_OWN_RUN_WORDS`` words outside quotations and their tags (:meth:`Side.not_own_in`):
    two reports quote the same statement with "the company said" and share nothing else. Beside it, the run longest with its quoted
    words counted (:class:`LongestRuns`).
    """
    best = quoted = NO_RUN
    carried = NO_RUN
    previous: Match | None = None
    for match in sorted(matches, key=lambda m: m.a.sentences):
        runs = _copied_runs(match, a.not_own_in(match.a))
        follows = previous is not None and (
            _next_after(previous.a.sentences[-1], a.boilerplate) == match.a.sentences[0]
            and _next_after(previous.b.sentences[-1], b.boilerplate) == match.b.sentences[0]
        )
        leading = carried + runs[0] if follows and runs[0].words else runs[0]
        best = max(best, leading, *runs, key=Run.counted)
        quoted = max(quoted, leading, *runs, key=attrgetter("words"))
        carried = leading if len(runs) == 1 else runs[-1]
        previous = match
    return LongestRuns(best, quoted)


class RunPiece(NamedTuple):
    """The words of a run that one match holds: A's words of the match (its span's ``text`` as
    ``word_diff`` cuts it), ``first`` to ``end`` of them."""

    span: Span
    words: tuple[str, ...]
    first: int
    end: int


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive words copied unchanged, how many of them stand outside quotations, the
    sentences of A and of B that hold them, and where A writes them, a piece a match (a reader
    quotes the passage as evidence: :func:`written_run`)."""

    words: int
    unquoted: int
    place: RunPlace
    pieces: tuple[RunPiece, ...] = ()

    def __add__(self, following: Run) -> Run:
        place = RunPlace(
            (self.place.a[0], following.place.a[1]), (self.place.b[0], following.place.b[1])
        )
        return Run(
            self.words + following.words,
            self.unquoted + following.unquoted,
            place,
            self.pieces + following.pieces,
        )

    def counted(self) -> int:
        return self.words if self.unquoted >= MIN_OWN_RUN_WORDS else self.unquoted

    def at(self) -> RunPlace | None:
        """The sentences that hold the run's counted words, if it counts any."""
        return self.place if self.counted() else None


NO_RUN = Run(0, 0, RunPlace((0, 0), (0, 0)))


def written_run(run: Run, text: str) -> str:
    """A run's words as ``text``, A's, writes them, each stretch of white space one space: a
    Chinese run without spaces between its words, in the article's own script. Pieces that
    follow each other in the text are joined as written, others (boilerplate passed over
    between them) by a space.

    >>> from compare.records import Span
    >>> text = "码头工会表示工人将复工。"
    >>> words = ("码头", "工会", "表示", "工人", "将", "复工", "。")
    >>> piece = RunPiece(Span((0,), 0, len(text), text), words, 1, 6)
    >>> written_run(Run(5, 5, NO_RUN.place, (piece,)), text)
    '工会表示工人将复工'
    """
    parts: list[str] = []
    last_end: int | None = None
    for piece in run.pieces:
        start, end = piece.span.in_document(*_written_at(piece))
        if last_end is not None and text[last_end:start]:
            parts.append(" ")
        parts.append(" ".join(text[start:end].split()))
        last_end = end
    return "".join(parts)


def _written_at(piece: RunPiece) -> tuple[int, int]:
    """Where a piece's words start and end in its span's text, of which they are pieces, in
    order."""
    start = at = 0
    for n, word in enumerate(piece.words[: piece.end]):
        at = piece.span.text.find(word, at)
        if n == piece.first:
            start = at
        at += len(word)
    return start, at


def _copied_runs(match: Match, quotations: tuple[tuple[int, int], ...]) -> list[Run]:
    """The runs of A's words in ``match`` that B has unchanged, in order, with a run of none
    first or last when the match starts or ends with a change, so that no run is carried
    across it; A quotes at ``quotations`` of its span's text."""
    a_words = tuple(word for edit in match.edits for word in edit.a)
    quoted = _quoted_words(a_words, match.a.text, quotations)
    place = RunPlace(
        (match.a.sentences[0], match.a.sentences[-1]),
        (match.b.sentences[0], match.b.sentences[-1]),
    )

    def run(first: int, end: int) -> Run:
        pieces = (RunPiece(match.a, a_words, first, end),) if end > first else ()
        return Run(words, unquoted, place, pieces)

    runs, words, unquoted, first, position = [], 0, 0, 0, 0
    for edit in match.edits:
        if edit.op != "equal":
            runs.append(run(first, position))
            words = unquoted = 0
            first = position + len(edit.a)
        elif quoted is None:
            # Most copied sentences quote no one: their words count at once.
            count = len(edit.a) - len(MARKS_ALONE.findall(" ".join(edit.a)))
            words, unquoted = words + count, unquoted + count
        else:
            for n, word in enumerate(edit.a, start=position):
                if not MARKS_ALONE.fullmatch(word):
                    words += 1
                    unquoted += not quoted[n]
        position += len(edit.a)
    return [*runs, run(first, position)]


# The runs and the kept share of a match both ask it of A's words.
@lru_cache(maxsize=1 << 12)
def _quoted_words(
    words: tuple[str, ...], text: str, quotations: tuple[tuple[int, int], ...]
) -> tuple[bool, ...] | None:
    """Whether each of a span's words (its ``text`` split as ``word_diff`` splits it) starts
    inside ``quotations``, offsets into ``text``; ``None`` when none is quoted."""
    if not quotations:
        return None
    flags, start = [], 0
    for word in words:
        # The words are pieces of the text, in order.
        start = text.find(word, start)
        flags.append(inside(start, quotations))
        start += len(word)
    return tuple(flags)


def _next_after(sentence: int, skipped: AbstractSet[int]) -> int:
    """The number of the sentence after ``sentence``, passing over those ``skipped``."""
    following = sentence + 1
    while following in skipped:
        following += 1
    return following


def _but_for_datelines(match: Match, a: Side, b: Side) -> bool:
    """Whether a match's two texts are one word for word but for the datelines their articles'
    first sentences open with: a copy that strips the agency's credit from its dateline
    ("BRENNA, May 12 (Kestrel) -" made "BRENNA -") or drops it is a copy still, its edit kept as
    evidence. A side's own dateline is cut where the text puts it; a first sentence without
    one ("BRENNA -" alone is no dateline, see Lexicon.dateline) loses the other's dateline
    words up to a dash. A sentence further down keeps every word: its "12 people" is no
    dateline's day, whatever either dateline says.

    >>> from compare.records import Span
    >>> from compare.segment import segment
    >>> def side(text: str) -> Side:
    ...     document = Document("x", "X", text)
    ...     return Side.of(document, segment(document), frozenset(), {})
    >>> def match(a: str, b: str) -> Match:
    ...     return Match(Span((0,), 0, len(a), a), Span((0,), 0, len(b), b), 0.9, MatchKind.EDITED)
    >>> wire, copy = "BRENNA, May 12 (Kestrel) - A court ruled.", "BRENNA - A court ruled."
    >>> _but_for_datelines(match(wire, copy), side(wire), side(copy))
    True
    >>> _but_for_datelines(match(wire, "BRENNA - A court ruled on Monday."), side(wire), side(copy))
    False

    An aggregator drops a paper's own "Velmora - " (a place's name and a hyphen, which
    Lexicon.dateline leaves unread for an aside's sake: "NATO - the alliance said - will"): a
    first sentence that is the other's but for such an opening is a copy of it still.

    >>> paper, digest = "Velmora - Police fired tear gas.", "Police fired tear gas."
    >>> _but_for_datelines(match(paper, digest), side(paper), side(digest))
    True
    >>> _but_for_datelines(match(paper, "Police fired gas."), side(paper), side("Police fired gas."))
    False
    """
    if not (a.dateline_end or b.dateline_end):
        return ledes_but_for_datelines(match, (_lede_at(a), _lede_at(b)))
    return _after_dateline(match.a, a, b) == _after_dateline(match.b, b, a)


@lru_cache(maxsize=1 << 14)
def read_as_copied(text: str) -> tuple[str, ...]:
    """The words of ``text`` as a copy desk's routine edits leave them: each number stated read
    as its values, however written ("1,5 millones" and "1.500.000", "Unos 1.500.000 de" and "Unos
    1,5 millones de"), and a weekday without the word before it that names the same day
    (``day_determiners``: "el martes" for "este martes"). Two sentences read alike are one word
    for word: a copy that writes the wire's figure its own way has changed nothing of substance.
    A currency's sign stays a word ("US$ 40 millones" is not "$40 millones"), and so does a
    word that names another day ("el pasado martes").

    >>> read_as_copied("Unos 1,5 millones de migrantes.") == read_as_copied("Unos 1.500.000 de migrantes.")
    True
    >>> read_as_copied("Marcharon este martes.") == read_as_copied("Marcharon el martes.")
    True
    >>> read_as_copied("Unos US$ 40 millones.") == read_as_copied("Unos $40 millones.")
    False
    >>> read_as_copied("Marcharon el martes.") == read_as_copied("Marcharon el pasado martes.")
    False
    """
    plain = normalise(text)
    read: list[str] = []
    at = 0
    for written, values, stated in numbers_in(plain).mentions:
        start = plain.find(written, at)
        if not stated or start < 0:
            continue
        read += words(plain[at:start])
        read.append("#" + "|".join(sorted(map(_value_read, values))))
        at = start + len(written)
    read += words(plain[at:])
    terms = lexicon()
    days = terms.weekdays | terms.other_weekdays
    return tuple(
        word
        for word, after in zip(read, [*read[1:], ""], strict=True)
        if not (word in terms.day_determiners and after in days)
    )


def _value_read(value: Value) -> str:
    """A number's value as :func:`read_as_copied` compares it: 1.5E+6 of "1,5 millones" and
    of "1.500.000"."""
    return f"{value.normalize():f}" if isinstance(value, Decimal) else value


def ledes_but_for_datelines(match: Match, ledes: tuple[int | None, int | None]) -> bool:
    """Whether ``match`` aligns two articles' first sentences outside boilerplate (``ledes``:
    their numbers, A's first), one word for word but for the datelines they open with (see
    :func:`one_but_for_datelines`): one Lexicon.dateline reads, or a place's name and a dash.
    An agency's dateline is a sentence of its own, and boilerplate ("TARVIK, June 3 (Osprey)
    -"), where a copy that cuts it to "TARVIK -" runs on into its lede."""
    return (match.a.sentences[0], match.b.sentences[0]) == ledes and one_but_for_datelines(
        match.a.text, match.b.text
    )


def _lede_at(side: Side) -> int | None:
    """The number of ``side``'s first sentence outside boilerplate; ``None`` when all of its
    sentences are."""
    return next(iter(side.unquoted_in), None)


def _opens_article(span: Span, side: Side) -> bool:
    """Whether ``span`` starts at its side's first sentence outside boilerplate."""
    return span.sentences[0] == _lede_at(side)


# What ends a dateline written without its source, where the lede runs on.
DASHES = frozenset("-\u2013\u2014")


def one_but_for_datelines(a: str, b: str) -> bool:
    """Whether two differing first sentences are one word for word once each loses the
    dateline it opens with: one Lexicon.dateline reads ("BRENNA, May 12 (Kestrel) -"), or a
    place's name of at most MAX_PLACE_WORDS capitalised words and a dash ("Velmora -").

    >>> one_but_for_datelines("Velmora - Police fired tear gas.", "Police fired tear gas.")
    True
    >>> one_but_for_datelines("BRENNA, May 12 (Kestrel) - A court ruled.", "BRENNA - A court ruled.")
    True
    >>> one_but_for_datelines("Velmora - Police fired tear gas.", "Police fired gas.")
    False
    """
    return a != b and _after_opening_dateline(a) == _after_opening_dateline(b)


# A lede is set against each other lede of its story (provenance's source of each sentence),
# and its dateline read once.
@lru_cache(maxsize=1 << 12)
def _after_opening_dateline(text: str) -> tuple[str, ...]:
    """``text``'s words after the dateline it opens with (see :func:`one_but_for_datelines`)."""
    dateline = lexicon().dateline(text)
    words = tuple((text[dateline.end :] if dateline else text).split())
    for at, word in enumerate(words[: MAX_PLACE_WORDS + 1]):
        if at and set(word) <= DASHES:
            return words[at + 1 :]
        if not word[:1].isupper():
            break
    return words


def _after_dateline(span: Span, side: Side, other: Side) -> list[str]:
    """A span's words after the dateline its side's first sentence opens with (see
    :func:`_but_for_datelines`); all of them for any other span."""
    words = span.text.split()
    if side.dateline_end:
        if span.start >= side.dateline_end:
            return words
        return span.text[side.dateline_end - span.start :].split()
    if not _opens_article(span, side):
        return words
    dateline = set(re.findall(r"\w+", other.document.text[: other.dateline_end]))
    for at, word in enumerate(words):
        marks_only = not re.search(r"\w", word)
        if marks_only and set(word) <= DASHES:
            return words[at + 1 :]
        if not (marks_only or set(re.findall(r"\w+", word)) <= dateline):
            break
    return words


def _word_for_word(side: Side, verbatim: Sequence[Match], which: str) -> float:
    """The share of ``side``'s words, quotations included, in sentences identical to the
    other's: a copy is one word for word, an edit to a quotation's attribution ("said" for
    "claimed") as much as to any sentence."""
    if not side.counted_words:
        return 0.0
    copied = sum(
        len(side.sentences[i].tokens)
        for match in verbatim
        for i in side.outside_boilerplate(match.a if which == "a" else match.b)
    )
    return copied / side.counted_words


def _in_one_passage(matches: list[Match], a: Side, b: Side) -> list[Match]:
    """The ``matches`` that state what a short text took from a very long one (see
    :attr:`Side.very_long`): those whose sentences of the long text lie in one passage of it, at
    most PASSAGE_SENTENCES_PER_SENTENCE of its sentences for each of the short text's, the
    passage that holds most of the short text's words (of equal, the first). A report copied
    from a live blog's entry takes it whole; a brief whose stock lines ("The warning runs until
    9am the following day.") recur in entries hours apart took none of them. Every match, when
    neither text or both are very long."""
    if a.very_long == b.very_long:
        return matches
    long_of, short, short_of = (
        (attrgetter("a"), b, attrgetter("b"))
        if a.very_long
        else (attrgetter("b"), a, attrgetter("a"))
    )
    reach = PASSAGE_SENTENCES_PER_SENTENCE * len(short.sentences)
    at = [long_of(m).sentences[0] for m in matches]
    placed = sorted(range(len(matches)), key=at.__getitem__)
    words = [sum(short.unquoted_in.get(i, 0) for i in short_of(m).sentences) for m in matches]
    most, passage = 0, placed[:0]
    start = held = 0
    for end, k in enumerate(placed):
        held += words[k]
        while at[k] - at[placed[start]] >= reach:
            held -= words[placed[start]]
            start += 1
        if held > most:
            most, passage = held, placed[start : end + 1]
    return [matches[k] for k in sorted(passage)]


def _contained(side: Side, matches: Sequence[Match], which: str) -> float:
    """The share of ``side``'s words outside quotations that recur in the other's sentences
    (see :func:`kept_share`: a stock line such as "Police said a man had been arrested." cut from a
    longer sentence does not bring in the clause two reports of a crime go on with). Quotations
    are left out as they are of shared phrasing: two reports quote the same statement."""
    if not side.contained_of:
        return 0.0
    reused = 0.0
    for match in matches:
        span = match.a if which == "a" else match.b
        own_words = sum(side.unquoted_in[i] for i in side.outside_boilerplate(span))
        reused += kept_share(match, which, side.quoted_in(span)) * own_words
    return reused / side.contained_of


def _retold_share(side: Side, matches: Sequence[Match], which: str) -> float:
    """The share of ``side``'s words outside quotations in its sentences that ``matches`` align
    with the other's, whatever each keeps of the other's words (a reworded sentence too): how
    much of it retells the other."""
    if not side.contained_of:
        return 0.0
    aligned = {
        i
        for match in matches
        for i in side.outside_boilerplate(match.a if which == "a" else match.b)
    }
    return sum(side.unquoted_in.get(i, 0) for i in aligned) / side.contained_of


def retold(
    copy: Side, origin: Side, share: float, of_the_other: float, in_order: int
) -> Retold | None:
    """How ``copy`` retells ``origin`` (:class:`Retold`) when it does so whole, carrying every
    quotation of the origin's: its sentences aligned with the origin's hold ``RETOLD_SHARE`` of
    its words (``share``), the origin's so aligned ``RETOLD_OTHER_SHARE`` of the origin's
    (``of_the_other``), and the origin has ``MIN_RETOLD_QUOTATIONS`` quotations or more; or, of
    an origin with fewer (a brief), both shares are ``BRIEF_RETOLD_SHARE`` or more and the two
    retell ``MIN_BRIEF_RETOLD_SENTENCES`` sentences or more in one order (``in_order``, see
    :func:`_in_one_order`); else ``None``."""
    quotations = {said for _, _, said in origin.quoted_passages}
    carried = [said for _, _, said in copy.quoted_passages]
    if len(quotations) >= MIN_RETOLD_QUOTATIONS:
        whole = share >= RETOLD_SHARE and of_the_other >= RETOLD_OTHER_SHARE
    else:
        whole = (
            min(share, of_the_other) >= BRIEF_RETOLD_SHARE
            and in_order >= MIN_BRIEF_RETOLD_SENTENCES
        )
    if not whole or not all(any(_within(said, other) for other in carried) for said in quotations):
        return None
    return Retold(copy.document.id, share, of_the_other, len(quotations))


def _in_one_order(matches: Sequence[Match]) -> bool:
    """Whether ``matches`` take their sentences in one order in both texts: read in A's order,
    each B's sentences come after the one before's.

    >>> from compare.records import Span
    >>> def match(a: int, b: int) -> Match:
    ...     return Match(Span((a,), 0, 0, ""), Span((b,), 0, 0, ""), 80.0, MatchKind.PARAPHRASE)
    >>> _in_one_order([match(0, 0), match(2, 1)]), _in_one_order([match(0, 1), match(2, 0)])
    (True, False)
    """
    in_b = [m.b.sentences[0] for m in sorted(matches, key=lambda m: m.a.sentences)]
    return all(earlier < later for earlier, later in pairwise(in_b))


def _tags_a_quotation(parts: Sequence[str]) -> bool:
    """Whether a sentence's ``parts`` outside its quotations only say who said it: at most
    ``MAX_TAG_WORDS`` words, one of them a verb of saying ("..., he said.", "..., Torres said.",
    "said Alan Torres"), perhaps with the speaker's title or role in apposition, set off by a
    comma, of at most ``MAX_APPOSITION_WORDS`` words that open no clause of their own (", head of
    the doctors' association", not ", as nurses gathered outside").

    >>> _tags_a_quotation(["", " he said."])
    True
    >>> _tags_a_quotation(["", " said Dr Ann Holt, head of the hospital doctors' association."])
    True
    >>> _tags_a_quotation(["", " she said, as nurses gathered outside the ward."])
    False
    """
    terms = lexicon()
    outside = [word for part in parts for word in words(part)]
    if terms.attribution_verbs.isdisjoint(outside):
        return False
    if len(outside) <= MAX_TAG_WORDS:
        return True
    pieces = [said for part in parts for piece in part.split(",") if (said := words(piece))]
    saying = [said for said in pieces if not terms.attribution_verbs.isdisjoint(said)]
    described = [said for said in pieces if terms.attribution_verbs.isdisjoint(said)]
    apposition = max(described, key=len, default=())
    return (
        len(saying) == 1
        and len(outside) - len(apposition) <= MAX_TAG_WORDS
        and len(apposition) <= MAX_APPOSITION_WORDS
        and all(terms.cut_clause_openers.isdisjoint(said) for said in described)
    )


def kept_share(
    match: Match, which: str, quotations: tuple[tuple[int, int], ...] | None = None
) -> float:
    """The share of side ``which``'s own words that the other side also has.

    Its own words are those outside quotations (all its words, when it is all quotation). A
    word counts when the other side has it unchanged or lightly changed (a replaced run of at
    most ``MAX_LIGHT_EDIT_WORDS`` words a side: "said" for "claimed"); the words an edit dropped
    or added do not, nor one clause written for another.

    Args:
        which: ``"a"`` or ``"b"``, the side of ``match`` whose words are counted.
        quotations: where the side quotes, offsets into its span's text (``Side.quoted_in``,
            read over its article); without them, where the span's text alone quotes. A
            quotation's middle sentence, which no mark tells, is all quotation or all its own
            words: either way all count.

    >>> from compare.records import Span, WordEdit
    >>> span = Span((0,), 0, 0, "")
    >>> cut = (WordEdit("equal", ("Police", "said."), ("Police", "said.")),
    ...        WordEdit("delete", ("on", "Sunday"), ()))
    >>> kept_share(Match(span, span, 90.0, MatchKind.EDITED, edits=cut), "a")
    0.5
    """
    if match.kind is MatchKind.VERBATIM or not match.edits:
        return 1.0
    pieces = [(e, e.a if which == "a" else e.b) for e in match.edits]
    text = (match.a if which == "a" else match.b).text
    if quotations is None:
        quotations = tuple(quotation_spans(text)) if may_quote(text) else ()
    quoted = _quoted_words(tuple(word for _, side in pieces for word in side), text, quotations)
    if quoted is None:
        total_words = sum(len(side) for _, side in pieces)
        kept_words = sum(len(side) for edit, side in pieces if _is_light(edit))
        return kept_words / total_words if total_words else 1.0
    kept = [0, 0]
    total = [0, 0]
    words = iter(quoted)
    for edit, side in pieces:
        light = _is_light(edit)
        for in_quotation in islice(words, len(side)):
            total[in_quotation] += 1
            kept[in_quotation] += light
    counted = 0 if total[0] else 1
    return kept[counted] / total[counted] if total[counted] else 1.0


def _phrasing(side: Side, other: Side, *, telling_only: bool = False) -> tuple[float, float]:
    """The share of ``side``'s unquoted words that sit in a phrase ``other`` also has, and the
    share in sentences that hold such a phrase (how widely it spreads), never the smaller;
    ``telling_only``, of the phrases in runs that tell (see :func:`_telling_runs`).
    """
    if not side.unquoted_words:
        return 0.0, 0.0
    shared = _telling_runs(side, other) if telling_only else _shared_runs(side, other)[0]
    covered = np.zeros(side.unquoted_words, dtype=bool)
    for word in range(PHRASE_WORDS):
        covered[side.phrase_starts[shared] + word] = True
    holding = np.unique(side.phrase_sentences[shared])
    spread = int(side.sentence_words[holding].sum()) / side.unquoted_words
    return int(np.count_nonzero(covered)) / side.unquoted_words, spread


def shared_phrases(side: Side, other: Side) -> tuple[str, ...]:
    """The runs of ``side``'s words in phrases that count (see :class:`Side`) and ``other`` also
    has, in ``side``'s order, overlapping phrases joined, each once.

    >>> from compare.segment import segment
    >>> def side(text: str) -> Side:
    ...     document = Document(text[:5], "S", text)
    ...     return Side.of(document, segment(document), frozenset(), vocabulary)
    >>> vocabulary: dict[tuple[str, ...], int] = {}
    >>> shared_phrases(
    ...     side("Rescuers dug through the rubble all night, police said."),
    ...     side("Firefighters dug through the rubble of the school."),
    ... )
    ('dug through the rubble',)
    """
    _, firsts, ends = _shared_runs(side, other)
    return tuple(
        dict.fromkeys(
            in_its_letters(" ".join(side.stretch_words[begin:end]), side.document.text)
            for begin, end in zip(firsts.tolist(), ends.tolist(), strict=True)
        )
    )


def _shared_runs(side: Side, other: Side) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of ``side``'s phrases, whether ``other`` also has each; and the runs of the shared ones,
    overlapping phrases joined, as the positions of their first words and of the words after
    their last, in order."""
    shared = np.isin(side.phrases, other.phrases)
    starts = np.unique(side.phrase_starts[shared])
    if not starts.size:
        return shared, starts, starts
    # Phrases that overlap lie in one stretch of text; those that only touch may not.
    breaks = np.flatnonzero(np.diff(starts) >= PHRASE_WORDS) + 1
    firsts = starts[np.concatenate(([0], breaks))]
    ends = starts[np.concatenate((breaks - 1, [starts.size - 1]))] + PHRASE_WORDS
    return shared, firsts, ends


def _telling_runs(side: Side, other: Side) -> np.ndarray:
    """Of ``side``'s phrases, whether each is one ``other`` also has that lies in a run of
    shared words (overlapping phrases joined, see :func:`_shared_runs`) that tells. A run tells when
    ``MIN_RUN_TELLING_WORDS`` of its words tell how it was written (see
    :class:`_TellingWords`: "ports of entry", "told to boil"): one such word among function
    words ("the border between", "for the majority", "it was reviewing the") is how any writer
    puts that word, and separate runs of it are what two independent reports of one event
    share (acceptance round 40, c3: an independent report was `partial` on these alone, 0% of
    its words copied). A run in a script without capitals (Urdu, Hindi) tells as it did: there
    no capital tells a name from a word of the writer's own, and a rewrite of an agency's copy
    keeps short runs of both ("کیون پیٹرسن کو", "نے کہا کہ": COUNTER's partially derived pairs).

    >>> from compare.segment import segment
    >>> def side(text: str) -> Side:
    ...     document = Document(text[:9], "S", text)
    ...     return Side.of(document, segment(document), frozenset(), vocabulary)
    >>> vocabulary: dict[tuple[str, ...], int] = {}
    >>> migrants = side("Migrants who cross the border between ports of entry may apply.")
    >>> wire = side("It bars asylum at the border between official ports of entry.")
    >>> shared_phrases(migrants, wire), int(_telling_runs(migrants, wire).sum())
    (('the border between', 'ports of entry'), 1)
    """
    shared, firsts, ends = _shared_runs(side, other)
    if not firsts.size:
        return shared
    telling = np.concatenate(([0], np.cumsum(side.stretch_tells)))
    cased = np.concatenate(([0], np.cumsum(side.stretch_cased)))
    ties = (telling[ends] - telling[firsts] >= MIN_RUN_TELLING_WORDS) | (
        cased[ends] == cased[firsts]
    )
    in_run = np.searchsorted(firsts, side.phrase_starts, side="right") - 1
    return shared & ties[in_run]


def _templated(
    matches: Sequence[Match], a: Side, b: Side, known: frozenset[str], scanned: bool
) -> FilledTemplate | None:
    """The names that ``matches`` edited or reworded from the other put where the other names
    someone or somewhere (see :func:`templates.names_swapped`, with the ``known`` names and
    whether either side is ``scanned``), each
    a name that the other document never gives: one template filled in for two events, not one
    report rewritten."""
    return _another_event(
        (m.a.sentences[0], m.b.sentences[0], names)
        for m in matches
        if m.kind is not MatchKind.VERBATIM
        and (names := swapped_names(m.a.text, m.b.text, known, scanned=scanned))
        and not names_any(b.document.text, names[0])
        and not names_any(a.document.text, names[1])
    )


# Where two sentences stand in A and in B, and the names each puts for the other's.
NamesSwapped = tuple[int, int, tuple[tuple[str, ...], tuple[str, ...]]]


def _another_event(swaps: Iterable[NamesSwapped]) -> FilledTemplate | None:
    """Another event, by every name the sentences of ``swaps`` put one for the other, those
    that come first in either article first: the same names whichever of the two is A. Named
    by its first such sentence in A's order, a pair gave other names in the other order, and
    whether its outlet corrected them (see :func:`names_corrected`), and so its verdict, hung
    on which document was A.

    >>> _another_event([(4, 0, (("Culmore",), ("Millbrook",))), (0, 2, (("Ines",), ("Dario",)))])
    FilledTemplate(filled_for=<FilledFor.ANOTHER_EVENT: 'another_event'>, a=('Ines', 'Culmore'), b=('Dario', 'Millbrook'))
    """
    found = sorted(swaps, key=lambda swap: (sorted(swap[:2]), sorted(swap[2])))
    if not found:
        return None
    return FilledTemplate(
        FilledFor.ANOTHER_EVENT,
        tuple(dict.fromkeys(name for *_, (names, _) in found for name in names)),
        tuple(dict.fromkeys(name for *_, (_, names) in found for name in names)),
    )


def _another_days_figures(reuse: Sequence[Match], ledes: Sequence[Match]) -> FilledTemplate | None:
    """The days named where the sentences copied or edited from the other fill one template
    with another day's figures (see :func:`templates.another_days_figures`): two days' market
    wraps share every line but their figures, and neither reports the other's day; or where
    the ``ledes`` edited one from the other name each its own day, and the rest puts most of its
    figures for others (see :func:`templates.ledes_of_other_days`): two towns' fires from one
    wire template, of one day's feed, each on the day it reports (acceptance round 41, b2).
    Only an edited sentence can put a figure for another."""
    if not any(m.kind is MatchKind.EDITED for m in reuse):
        return None
    aligned = [(m.a.text, m.b.text) for m in reuse]
    days = another_days_figures(aligned) or ledes_of_other_days(
        [(m.a.text, m.b.text) for m in ledes if m.kind is MatchKind.EDITED], aligned
    )
    return FilledTemplate(FilledFor.ANOTHER_DAY, *days) if days else None


def _other_figures(reuse: Sequence[Match], ledes: Sequence[Match]) -> FilledTemplate | None:
    """The figures, days and months filled in where every sentence copied or edited from the
    other fills one template's line with others (see :func:`templates.figures_filled_in`) and
    the ledes are neither: a paper's briefs of a bakery fire and of roadworks close with one
    appeal, each quoting its own reference number, and tell two stories."""
    if not reuse or any(m.kind.is_reuse for m in ledes):
        return None
    filled_a: list[str] = []
    filled_b: list[str] = []
    for m in reuse:
        fill = figures_filled_in(m.a.text, m.b.text)
        if fill is None:
            return None
        filled_a += fill[0]
        filled_b += fill[1]
    return FilledTemplate(FilledFor.OTHER_FIGURES, tuple(filled_a), tuple(filled_b))


def _facts_filled(reuse: Sequence[Match]) -> tuple[tuple[Match, ...], int]:
    """The edited sentences of ``reuse`` that fill one template's line with other facts (see
    :func:`templates.facts_filled_in`), where they outnumber the other reused sentences that
    state facts (see :func:`templates.states_facts`), which keep them or change other words:
    one desk template filled in for two events ("Council leader Selin Okafor said", "Council
    leader Zeno Quist said"; "The attendance was 9,871.", "12,650."), its stock lines that
    state none copied word for word. A copy that corrects a figure keeps the facts of its
    other sentences, and the figure stays a change of the copy's. Empty when they do not.
    Beside them, how many reused sentences keep their facts (see :func:`_facts_kept`)."""
    filled = tuple(
        m for m in reuse if m.kind is MatchKind.EDITED and facts_filled_in(m.a.text, m.b.text)
    )
    kept = _facts_kept(reuse, filled)
    return (filled if len(filled) > kept else ()), kept


def _facts_kept(reuse: Sequence[Match], filled: Sequence[Match]) -> int:
    """How many sentences of ``reuse`` state facts (see :func:`templates.states_facts`) and fill
    none in (not among ``filled``): they keep them, or change other words."""
    return sum(
        m not in filled and (states_facts(m.a.text) or states_facts(m.b.text)) for m in reuse
    )


def _filled_with(filled: Sequence[Match], kept: int) -> FilledTemplate | None:
    """Another event, by the facts the sentences of ``filled`` (see :func:`_facts_filled`) put
    one for the other, in A's order, where ``MIN_FILLED_LINES`` lines at least fill them in and
    more of them put other names or another phrase (the topic) in the other's place than
    ``kept`` sentences keep their facts. Other figures alone, in lines that name no one, or one
    line alone, tell another event only where nothing else of the two articles is shared (see
    :func:`compare_pair`): a copy of a one-line item that changes its figure or corrects a name
    ("operated by Kellen Bay Lines", "Kellen Harbour Ferries") changed it, and a copy that
    updates its lede's figures keeps who and where, which no line of its edited elsewhere
    ("Ines Ford said ... in 2027", "Ines Ford claimed ... in 2028") outweighs."""
    facts = [found for m in filled if (found := facts_filled_in(m.a.text, m.b.text))]
    if len(facts) < MIN_FILLED_LINES or sum(found.another_event for found in facts) <= kept:
        return None
    return FilledTemplate(
        FilledFor.OTHER_FACTS,
        tuple(dict.fromkeys(fact for found in facts for fact in found.a)),
        tuple(dict.fromkeys(fact for found in facts for fact in found.b)),
    )


def _published_on_other_days(
    a: Document, b: Document, texts: TextOverlap, same_source: bool
) -> FilledTemplate | None:
    """Another day's report, by the days two documents were published, when both give one and
    the reused sentences fill one template with each day's figures (see
    :func:`templates.published_days_figures`) or, of one outlet's two texts (``same_source``),
    name each its own day (see :func:`templates.own_days_reported`): a paper's follow-up of the
    next day, its lede recapping the days before, is a new article, not a version of the last,
    whose new figures and weekdays are no changes of its framing."""
    needed = texts.other_figures_needed
    if needed is None or not (
        published_days_figures(texts.reused_texts, a.published, b.published, needed)
        or (same_source and own_days_reported(texts.reused_texts, a.published, b.published))
    ):
        return None
    return FilledTemplate(FilledFor.ANOTHER_DAY, (a.published or "",), (b.published or "",))


def _other_names_and_figures(
    matches: Sequence[Match], needed: int | None, known: frozenset[str], scanned: bool
) -> FilledTemplate | None:
    """Another event's names, where the aligned sentences put nearly all their figures for
    others (as :func:`_published_on_other_days` asks of the reused ones) and one of them other
    names (``known`` and ``scanned`` as :func:`templates.names_swapped` takes them) for its names alone ("The warning covers Farrowby and Heathcote ... for 43 hours"
    against "covers Ravensworth and Pendle ... for 26 hours", too unlike to count as an edit):
    two warnings of one day from one template. The names may be whom each credits its claim
    to, a claim whose figures are another's: "Arnes Insurance reported a 20% rise in quarterly
    net profit" against "Bellac Pharma reported a 8% rise", pasted with the profit's next
    sentence, its figures other too. A rewrite that corrects a name keeps its figures, and one
    that corrects its figures, its names; a copy that credits another source keeps its claim's
    figures but one updated."""
    if needed is None:
        return None
    aligned = tuple((m.a.text, m.b.text) for m in matches)
    # The names first: a wire story's copies repeat the same few pairs of sentences, and few
    # of them swap names, where every pair of copies is a new set of sentences to count.
    swapped = _another_event(
        (m.a.sentences[0], m.b.sentences[0], names)
        for m in matches
        if (names := _names_put_for_others(m.a.text, m.b.text, known, scanned))
    )
    if swapped is None or not figures_put_for_others(aligned, needed):
        return None
    return swapped


@lru_cache(maxsize=1 << 14)
def _names_put_for_others(
    text_a: str, text_b: str, known: frozenset[str], scanned: bool
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The names two aligned sentences put one for the other, where they differ only in them
    (see :func:`templates.only_names_swapped`, with the ``known`` names and ``scanned``), the
    sources they
    credit among them: asked only where the aligned sentences put their figures for others, of
    which each source states its own."""
    if text_a == text_b or not only_names_swapped(
        text_a, text_b, known, claims_apart=True, scanned=scanned
    ):
        return None
    return swapped_names(text_a, text_b, known, claims_apart=True, scanned=scanned)


def _ledes_fill_template_otherwise(
    a: Side,
    b: Side,
    copied_a: AbstractSet[int],
    copied_b: AbstractSet[int],
    known: frozenset[str],
    scanned: bool,
) -> FilledTemplate | None:
    """The names of the sentences of the two sides' ledes, copied or edited into none of the
    other's, that differ only in the names they fill a template with, and perhaps in numbers
    and days (see :func:`templates.only_names_swapped`, with the ``known`` names and
    ``scanned``): two
    elections' results, two quakes from one bot. A lede sentence copied elsewhere is no
    template filled in: a round-up copied whole under a new result line on top carries the
    other's lede as its second sentence."""
    return _another_event(
        (i, j, names)
        for i in a.lede - copied_a
        for j in b.lede - copied_b
        if only_names_swapped(
            text_a := a.sentences[i].text, text_b := b.sentences[j].text, known, scanned=scanned
        )
        and (names := swapped_names(text_a, text_b, known, scanned=scanned))
    )


def _verdict(
    containment: float,
    verbatim: float,
    phrasing: Sequence[tuple[float, float, float]],
    run: int,
    settings: Settings,
    *,
    retold: bool = False,
    taken: float | None = None,
) -> Verdict:
    """The verdict; ``containment`` is the larger of the two sides' and ``taken`` (that by
    default) the containment of the side that may have taken from the other, which alone makes
    it a copy or derived, where a passage of either side copied makes it partial; ``phrasing``
    holds, of each side that may have taken the other's phrases, the share of its words in
    them, their spread through it, and their spread through the other, its source (see
    :func:`_phrasing`); ``retold``, whether a side that may have taken from the other retells it
    whole, with all its quotations (see :func:`retold`)."""
    taken = containment if taken is None else taken
    # Identical sentences that quote one statement are no copy: the words outside quotations
    # must have been taken too.
    if verbatim >= settings.copy_containment and taken >= settings.derived_containment:
        return Verdict.COPY
    if (
        retold
        or taken >= settings.derived_containment
        or any(
            # Through both texts: stock phrases ("the coastguard says") run through a short text
            # made of them, but sit in a few of the other's sentences.
            share >= settings.derived_phrasing
            and spread >= settings.derived_phrasing_spread
            and source_spread >= settings.derived_phrasing_source_spread
            for share, spread, source_spread in phrasing
        )
    ):
        return Verdict.DERIVED
    if (
        containment >= settings.partial_containment
        or any(
            share >= settings.partial_phrasing
            and (
                spread >= settings.partial_phrasing_spread
                or share >= settings.partial_phrasing_alone
            )
            for share, spread, _ in phrasing
        )
        or run >= settings.partial_run_words
    ):
        return Verdict.PARTIAL
    return Verdict.INDEPENDENT


def dated_order(a: Document, b: Document) -> str | None:
    """``"a->b"`` when B was published after A, ``"b->a"`` when before, by their times or dates
    as a pair's direction is told by them (:func:`_by_date`); ``None`` when a date is missing
    or they tie. Of two articles neither of which took the other's text, which came first
    still says which one's framing the other's changed, and whether one could have left out
    what the other had not yet published.

    >>> dated_order(Document("r", "Council", "", published="2026-11-25"),
    ...     Document("p", "Chronicle", "", published="2026-11-26"))
    'a->b'
    """
    by_date = _by_date(a, b)
    return by_date[0] if by_date else None


def _by_date(a: Document, b: Document) -> tuple[str, DirectionBasis] | None:
    """``a->b`` when B was published after A: by their times in UTC where both give one,
    whatever day each outlet printed (an article of December 4 at 23:30 in New York, 04:30 UTC
    on the 5th, came after one of the 5th at 03:00 UTC in London), else by the dates each gives,
    the days their outlets printed (an article of April 1 without a time and a wire's of 8 p.m.
    that day in New York are of one day), as ``records.first_published_keys`` orders a story;
    ``None`` when a date is missing or they tie. Wire copy and its rewrites often share a date,
    and a feed's times tell them apart. Two versions of one article (``records.same_article``)
    were published as one: B is the later when it was modified later
    (``records.version_times``), whatever order a feed lists them in. With the direction, the
    times that told it: of versions, the later's capture where an archiver's capture dates it
    (:func:`_version_basis`)."""
    edited = version_times(a, b)
    if edited is not None and edited[0] != edited[1]:
        later = b if edited[0] < edited[1] else a
        return ("a->b" if later is b else "b->a", _version_basis(later))
    # One moment may fall on two dates in two time zones ("Mon, 07 Apr 2025 01:00:00 +0200" and
    # a Unix time of 23:00 UTC the day before): neither was published first.
    if a.published_time and b.published_time:
        first, then, basis = a.published_time, b.published_time, DirectionBasis.PUBLISHED_TIME
    elif _on_one_outlets_clock(a, b):
        first, then = a.published_unzoned_time or "", b.published_unzoned_time or ""
        basis = DirectionBasis.PUBLISHED_TIME
    elif a.published and b.published:
        (first, then), basis = (
            at_one_precision(a.published, b.published),
            DirectionBasis.PUBLISHED_DATE,
        )
    else:
        return None
    if first == then:
        return None
    return ("a->b" if first < then else "b->a", basis)


def _on_one_outlets_clock(a: Document, b: Document) -> bool:
    """Whether two articles of one outlet give their times of publication without a zone on one
    day ("Stand: 02.12.2026, 14:30 Uhr", as German sites date their copy): an outlet writes its
    times in one zone, so they order its articles, though no other outlet's (``--timezone``
    names the zone for that).

    >>> def dated(name: str, time: str) -> Document:
    ...     return Document(name, "Kurier", "", published="2026-12-02", published_unzoned_time=time)
    >>> _on_one_outlets_clock(dated("a", "06:15"), dated("b", "14:30"))
    True
    """
    return (
        a.published_unzoned_time is not None
        and b.published_unzoned_time is not None
        and a.published == b.published
        and outlet(a) == outlet(b)
    )


def _version_basis(later: Document) -> DirectionBasis:
    """What told that ``later``, a version dated by its modification or capture time, came after
    the text it is set against: its capture where an archiver's capture dates it
    (``Document.captured``), which says when it was seen, not when it was edited.

    >>> _version_basis(Document("v2", "Post", "", captured=True)).value
    'capture_time'
    """
    return DirectionBasis.CAPTURE_TIME if later.captured else DirectionBasis.MODIFIED_TIME


def _by_stray_marks(a: Side, b: Side) -> tuple[str, DirectionBasis] | None:
    """``a->b`` when B alone carried reference marks ("[1]") that point to no note of its own
    (``Document.stray_marks``): a news site that pasted a wiki article's paragraphs keeps their
    marks and leaves the reference list behind, however its date or the wiki page's last edit
    read (acceptance round 36, d6). ``None`` when both or neither did."""
    if bool(a.document.stray_marks) == bool(b.document.stray_marks):
        return None
    return ("a->b" if b.document.stray_marks else "b->a"), DirectionBasis.STRAY_MARKS


def _by_share(a: Side, b: Side, a_in_b: float, b_in_a: float) -> str | None:
    """``a->b`` when clearly more of B is found in A than the reverse (shares of each side's
    words outside quotations): B is the copy. It must hold as well when quoted words count
    among each side's words, as words not found in the other: an article that quotes a
    statement the other reports in its own words ("'We will not back down,' he said" for "he
    said they would not back down") has fewer words outside quotations for the rest to
    fill, and would always look the more contained, the copy. And B must lack
    ``MIN_DIRECTION_WORDS`` more of A's words than A lacks of B's.
    """
    found = _more_contained(a_in_b, b_in_a)
    if not found or found != _more_contained(_of_all(a, a_in_b), _of_all(b, b_in_a)):
        return None
    # A word or two more on one side ("a spokesman said") tells no origin from its copy: the
    # origin must hold MIN_DIRECTION_WORDS more words that the other lacks (of its words
    # outside quotations, or of its words in shared phrasing, as the shares are).
    a_only = round((1 - a_in_b) * a.unquoted_words)
    b_only = round((1 - b_in_a) * b.unquoted_words)
    more = a_only - b_only if found == "a->b" else b_only - a_only
    return found if more >= MIN_DIRECTION_WORDS else None


def _more_contained(a_in_b: float, b_in_a: float) -> str | None:
    """``a->b`` when ``b_in_a`` is the larger share by ``DIRECTION_MARGIN``, ``b->a`` when
    ``a_in_b`` is; else ``None``."""
    if b_in_a > a_in_b + DIRECTION_MARGIN:
        return "a->b"
    if a_in_b > b_in_a + DIRECTION_MARGIN:
        return "b->a"
    return None


def _of_all(side: Side, share: float) -> float:
    """``share``, of ``side``'s words outside quotations, as a share of all its words."""
    if not side.counted_words:
        return 0.0
    return share * min(1.0, side.unquoted_words / side.counted_words)


def _undisclosed(
    reuser: str,
    basis: DirectionBasis | None,
    crediting: Sequence[str],
    verdict: Verdict,
    copied: bool,
    phrases: Sequence[str],
) -> bool:
    """Whether ``reuser``, the copy of a pair directed by ``basis``, is not among those
    ``crediting`` the other (see :func:`disclosure.discloses`). A pair with no direction has
    no reusing document to charge: the same text saved twice, or two articles that nothing
    tells apart, neither dated before the other, crediting or more contained. Nor is a
    ``partial`` pair charged on shared phrasing alone (its ``phrases``), with no sentence
    copied or edited nor a copied run (not ``copied``), when only the shares guessed which
    came first: undated students who paraphrase one press conference share "the city will"
    and "212 homes tested", which is weak evidence for an accusation; nor when none of its
    phrases runs ``MIN_LIFTED_PHRASE_WORDS`` words ("a pay offer", "holt told the", "the board
    has", "more than five hours"), the way any two reporters word the facts of one meeting or a
    police statement. A paper dated after the wire whose longer runs it lifts ("have been told
    to boil their") is charged, as is a rewrite ``derived`` by its phrasing.
    """
    if (
        verdict is Verdict.PARTIAL
        and not copied
        and (
            (basis is not None and basis.by_shares)
            or all(len(phrase.split()) < MIN_LIFTED_PHRASE_WORDS for phrase in phrases)
        )
    ):
        return False
    return reuser not in crediting


def lifts_no_passage(
    verdict: Verdict, longest_run: int, phrases: Sequence[str], matches: Sequence[Match]
) -> bool:
    """Whether a ``partial`` pair shares only what any two reports of one public event share: no
    copied run outside quotations (``longest_run``) as long as ``MIN_LIFTED_PHRASE_WORDS``
    words, at most one sentence copied or edited among its ``matches``, and none of its shared
    ``phrases`` runs ``MIN_LIFTED_PHRASE_WORDS`` words, numbers aside. Two papers at one council vote, police
    statement or court hearing print its names and titles ("council leader fiona"), its figures
    ("the council will borrow 17 million"), a quotation's tag ("Fiona Baird said the scheme
    would") and the court's formula ("He is due to appear again next week."): neither took them
    from the other, and the pair is no reuse to direct or charge. A pair partial on a copied
    run or a clause lifted whole ("have been told to boil their") still is.

    >>> lifts_no_passage(
    ...     Verdict.PARTIAL, 4, ("council leader fiona", "the council will borrow 17 million"), ()
    ... )
    True
    >>> lifts_no_passage(Verdict.PARTIAL, 0, ("residents have been told to boil their",), ())
    False
    """
    return (
        verdict is Verdict.PARTIAL
        and longest_run < MIN_LIFTED_PHRASE_WORDS
        and sum(match.kind.is_reuse for match in matches) <= 1
        and all(
            sum(not is_number(word) for word in phrase.split()) < MIN_LIFTED_PHRASE_WORDS
            for phrase in phrases
        )
    )


def reports_one_event_alone(pair: PairComparison) -> bool:
    """Whether ``pair``, of two outlets and undirected, shares only what two reports of one event
    do (:func:`lifts_no_passage`), with no template, wire or interview that tells otherwise:
    no sentence of either is traced to the other."""
    return (
        pair.direction is None
        and not pair.same_source
        and pair.template is None
        and pair.common_wire is None
        and pair.interview_quoted is None
        and pair.lifts_no_passage
    )


def directed_instead(pair: PairComparison, direction: str, basis: DirectionBasis) -> PairComparison:
    """``pair``, which only the shares each holds of the other directed
    (``DirectionBasis.by_shares``) or nothing did, directed ``direction`` by ``basis`` instead
    (``pipeline._new_as_copy``: a check reads its new article as the copy): the reuse the
    shares found charged to its copy as :func:`compare_pair` charges one
    (:func:`_undisclosed`), of what the pair records. A pair that nothing directed is charged
    with none: ``basis`` assumes which came first, and finds no reuse."""
    # Shares direct only a pair that reuses text between two outlets and ran no wire's copy
    # that both credit: compare_pair leaves every other undirected.
    found = pair.direction_basis
    charged = (
        found is not None
        and found.by_shares
        and _undisclosed(
            pair.b if direction == "a->b" else pair.a,
            found,
            pair.crediting,
            pair.verdict,
            bool(pair.a_in_b or pair.b_in_a or pair.longest_run_words),
            pair.shared_phrases,
        )
    )
    # Nor is a release's issuer named only in its own sentences (names_release reads the copy's
    # sentences, which the record does not hold): shares direct no pair of a press release and
    # an article that is none, which disclosure.direction_by_release directs.
    return replace(
        pair,
        direction=direction,
        direction_basis=basis,
        undisclosed_reuse=charged,
        release_named_only_as_copied=False,
    )


def _phrasing_tells(side: Side, other: Side) -> bool:
    """Whether the phrases ``side`` shares with ``other`` can tell that it took them: they sit
    in more than one of its sentences, or in a text longer than ``MAX_ONE_LINE_WORDS``, or they
    are ``MIN_REWORDED_LINE_PHRASES`` phrases or more, or a clause of them runs
    ``MIN_LIFTED_PHRASE_WORDS`` words and another phrase goes with it. A one-line entry of a
    live blog is one short sentence, which a single phrase fills: two outlets' posts of one
    advisory ("has weakened to a category 1 hurricane as it heads inland", "downgraded
    Delphine to a category 1 hurricane as it moves inland") or of one company statement ("a
    tropical storm ... with winds of 65mph") share the fact's stock wording, not a rewrite,
    which keeps a lifted clause and more ("under a curfew from 8pm tonight until 6am on
    Tuesday ... to keep people off flooded roads") or the wording of each fact it retells
    ("at least nine people ... the lower Ardle valley overnight ... forcing 2,000 from their
    homes ... the county fire service").

    >>> from compare.segment import segment
    >>> def side(text: str) -> Side:
    ...     document = Document(text[:9], "S", text)
    ...     return Side.of(document, segment(document), frozenset(), vocabulary)
    >>> vocabulary: dict[tuple[str, ...], int] = {}
    >>> advisory = side("The storm centre downgraded Ione to a category 1 hurricane as it moved north.")
    >>> _phrasing_tells(side("Ione weakened to a category 1 hurricane as it went north."), advisory)
    False
    >>> _phrasing_tells(
    ...     side("Crews have begun clearing the main coast road after the sea wall gave way."),
    ...     side("Crews have begun clearing the main coast road, which flooded after the sea wall gave way."),
    ... )
    True
    """
    if side.unquoted_words > MAX_ONE_LINE_WORDS or len(side.phrased_with(other)) > 1:
        return True
    phrases = shared_phrases(side, other)
    return len(phrases) >= MIN_REWORDED_LINE_PHRASES or (
        len(phrases) > 1
        and any(len(phrase.split()) >= MIN_LIFTED_PHRASE_WORDS for phrase in phrases)
    )


def _unaligned(side: Side, aligned: set[int]) -> tuple[int, ...]:
    return tuple(
        s.index
        for s in side.sentences
        if s.index not in aligned and s.index not in side.boilerplate
    )
