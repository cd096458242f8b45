"""How much of one document is reused from the other: containment, longest run, verdict.

Two measures, neither counting boilerplate such as credit lines:

- *containment*: the words of sentences aligned as ``verbatim`` or ``edited``, less those an edit
  dropped or added (paraphrases and shared quotations are independent reporting);
- *shared phrasing*: the words that sit in a word 3-gram the other document also has, outside
  quotation marks. It catches what sentence alignment cannot: a rewrite that keeps the source's
  phrases but not its sentences, or a newspaper that runs several wire sentences into one.
  Phrasing makes an article derived only when it runs through most of its sentences: one lifted
  paragraph in an article of its own also scores high, but only a part of it is reused.

Document-level Jaccard would miss most syndication: wire reprints often share only about 30% of
their word 3-grams with the wire copy, because outlets cut and rearrange it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from pathlib import PurePath

import numpy as np

from compare.boilerplate import company_pattern, release_issuer
from compare.lexicon import MAX_PERSON_WORDS, lexicon, phrase_pattern
from compare.records import (
    UNNAMED_WIRES,
    UNTIMED,
    Document,
    Match,
    MatchKind,
    PairComparison,
    Sentence,
    Span,
    Verdict,
    WordEdit,
    first_published,
)
from compare.segment import (
    EDGE_MARKS,
    POSSESSIVES,
    ends_with_abbreviation,
    inside,
    is_number,
    may_quote,
    normalise,
    outside_quotations,
    quotation_spans,
    sentence_quotations,
    word_length,
    words,
)
from compare.settings import Settings
from compare.stories import names_swapped

# Containment must differ by this much, and by this many words, before it tells which side
# copied which.
DIRECTION_MARGIN = 0.05
MIN_DIRECTION_WORDS = 5
# Words this short are function words ("of", "a"), which no list holds.
MIN_TELLING_LETTERS = 3
PHRASE_WORDS = 3
# A phrase with more of a name's words than this says who, not how: a name and the verb any
# report gives it ("Tina Marsh declared", "Fox told CNN").
MAX_NAME_WORDS_IN_PHRASE = 1
# Shared phrasing says something of reuse from two phrases on (overlapping or not), however
# short the article: one phrase alone any two reports of an event may share.
MIN_PHRASED_WORDS = PHRASE_WORDS + 1
# A piece of text between spaces that holds no letter or digit: "\u2014", "-", "&".
MARKS_ALONE = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")
# A replaced run of words edits a sentence up to this many words a side ("said" for "claimed",
# "heavy rain" for "torrential rain"); a longer one writes another clause.
MAX_LIGHT_EDIT_WORDS = 3
# A copied run counts the quoted words in it from this many words of its own on (see
# longest_run).
MIN_OWN_RUN_WORDS = 10
# What sets a file's path, used as a source, apart from a name an outlet writes.
PATH_LABEL_MARKS = frozenset("/_-")
# The capitalised words that go on from a name on its line, which may make it the start of a
# longer name ("Meridian Road", "Times Square").
NAMES_AFTER = r"(?P<after>(?:[^\S\n]+[A-Z][\w-]*)*)"
FOLLOWING_NAMES = re.compile(NAMES_AFTER)
# A name in lower case goes on as a web address's ("bbc.co.uk").
IN_AN_ADDRESS = re.compile(r"\.[^\W\d_]")
# In a story's text, an outlet folder's name stands for a name of this many words or more whose
# initials it is ("nyt": the New York Times); fewer letters may be anyone's ("ft": Fort Tarrow).
MIN_INITIALS_IN_TEXT = 3
# How far back from a name its person's title may stand: a few words ("President Vicente ").
TITLE_REACH = 100
# The stops that end a sentence, and the marks that may close it after its stop ('... "Go!"').
SENTENCE_STOPS = (".", "!", "?")
CLOSING_MARKS = "\"')]\u201d\u2019"


@dataclass(frozen=True, slots=True)
class Side:
    """One document of a pair: its sentences, which of them are boilerplate, and its phrasing.

    ``quotations`` gives where each sentence quotes, read over the article in order (see
    ``segment.sentence_quotations``): a quotation's middle sentences, printed without marks, are
    quoted whole. The phrasing is read from the stretches of text outside quotations and
    boilerplate:
    ``phrases`` numbers each run of ``PHRASE_WORDS`` words of a stretch that holds a word other
    than a name, number or function word, and at most ``MAX_NAME_WORDS_IN_PHRASE`` words of a
    name, in order (equal phrases, equal numbers: see
    :meth:`of`), ``phrase_starts`` gives its first word's position among
    the stretches' ``unquoted_words``, and ``phrase_sentences`` the position of its sentence
    among those outside boilerplate, whose unquoted words ``sentence_words`` counts (and
    ``unquoted_in`` by the sentence's number); ``counted_words`` counts all words outside
    boilerplate, quotations included. ``dateline_source``: the source the
    dateline the text opens with names, as named there ("Meridian" for "TARROW (Meridian) -"),
    and ``filed_by`` that source when it is a news agency ("WASHINGTON (AP) -"): the text then
    runs that agency's copy as filed (an agency by its name, or by its initials after a place:
    "TARROW, May 14 (NPA) -"). ``issuer``: the company whose press release the text is, as its
    closing boilerplate names it (see :func:`boilerplate.release_issuer`), and ``released``
    whether the text opens with a press release distributor's dateline ("TARROW, Ohio, May 14,
    2024 /PRNewswire/ --"), which a paper that runs the release may keep.
    ``outlet``: the outlet the document comes from (see :func:`_outlet`), and ``lede``: the number
    of its first sentence outside boilerplate (-1 for none), made once, as each side meets many
    others.
    """

    document: Document
    sentences: Sequence[Sentence]
    boilerplate: frozenset[int]
    quotations: tuple[tuple[tuple[int, int], ...], ...]
    counted_words: int
    phrases: np.ndarray
    phrase_starts: np.ndarray
    phrase_sentences: np.ndarray
    sentence_words: np.ndarray
    unquoted_words: int
    unquoted_in: dict[int, int]
    dateline_source: str | None
    filed_by: str | None
    issuer: str | None
    released: bool
    outlet: str
    lede: int

    @classmethod
    def of(
        cls,
        document: Document,
        sentences: Sequence[Sentence],
        boilerplate: frozenset[int],
        vocabulary: dict[tuple[str, ...], int],
    ) -> Side:
        """The side of ``document``; ``vocabulary`` numbers phrases and must be shared by every
        side that will be compared with this one.
        """
        dateline = lexicon().dateline(document.text)
        source = dateline.source if dateline else None
        phrases: list[int] = []
        starts: list[int] = []
        held_by: list[int] = []
        tells: list[bool] = []
        named: list[bool] = []
        sentence_words: list[int] = []
        unquoted_in: dict[int, int] = {}
        offset = 0
        number_of = vocabulary.setdefault
        telling = _telling_words()
        # Once per document, over its text as printed: the key's straight quotes no longer tell
        # which way they faced, and a sentence alone does not tell that a quotation runs on.
        quotations = sentence_quotations(document.text, sentences)
        for s, quoted in zip(sentences, quotations, strict=True):
            if s.index in boilerplate:
                continue
            sentence_start = offset
            stretches = (
                [words(part) for part in outside_quotations(s.text, quoted)]
                if quoted
                else [s.tokens]
            )
            names = _capitalised_words(s.text)
            for stretch in stretches:
                # Shifted copies of the stretch, zipped: its runs of PHRASE_WORDS words.
                runs = zip(*(stretch[k:] for k in range(PHRASE_WORDS)), strict=False)
                found = [number_of(phrase, len(vocabulary)) for phrase in runs]
                phrases += found
                starts += range(offset, offset + len(found))
                held_by += [len(sentence_words)] * len(found)
                # A function word capitalised in a name ("The", "Of") is no more a name's.
                named += [telling[word] and word in names for word in stretch]
                tells += [telling[word] and word not in names for word in stretch]
                offset += len(stretch)
            sentence_words.append(offset - sentence_start)
            unquoted_in[s.index] = offset - sentence_start
        # A phrase counts when one of its words tells how it was written, and few are a name's.
        word_tells, word_named = np.array(tells, dtype=bool), np.array(named, dtype=bool)
        first = np.array(starts, dtype=np.int64)
        counted = np.zeros(len(first), dtype=bool)
        name_words = np.zeros(len(first), dtype=np.int64)
        for word in range(PHRASE_WORDS):
            counted |= word_tells[first + word]
            name_words += word_named[first + word]
        counted &= name_words <= MAX_NAME_WORDS_IN_PHRASE
        return cls(
            document,
            sentences,
            boilerplate,
            quotations,
            sum(len(s.tokens) for s in sentences if s.index not in boilerplate),
            np.array(phrases, dtype=np.int64)[counted],
            first[counted],
            np.array(held_by, dtype=np.int64)[counted],
            np.array(sentence_words, dtype=np.int64),
            offset,
            unquoted_in,
            source,
            source if dateline and dateline.by_agency else None,
            release_issuer(document.text, sentences, boilerplate),
            dateline is not None and dateline.released,
            _outlet(document),
            next((s.index for s in sentences if s.index not in boilerplate), -1),
        )

    def outside_boilerplate(self, span: Span) -> tuple[int, ...]:
        """The numbers of ``span``'s sentences that are not boilerplate."""
        return tuple(i for i in span.sentences if i not in self.boilerplate)

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


class _TellingWords(dict[str, bool]):
    """Whether a word, unless a name, tells how a phrase was written: not a number, a function
    word or a word too short to be anything else. Independent reports share these and names
    ("the European Central Bank", "in 2019"). A word is judged when first looked up."""

    def __missing__(self, word: str) -> bool:
        tells = (
            word_length(word) >= MIN_TELLING_LETTERS
            and not is_number(word)
            and word not in lexicon().function_words
        )
        self[word] = tells
        return tells


# One for the run: a run's vocabulary is far smaller than its count of words.
@cache
def _telling_words() -> _TellingWords:
    return _TellingWords()


def _capitalised_words(text: str) -> frozenset[str]:
    """The capitalised words of a sentence after its first, and its first when a name goes on
    from it (:func:`_opens_with_a_name`), case-folded as its tokens are.

    >>> sorted(_capitalised_words('"We wait," said Maria Olsen of the Calder Dockworkers\u2019 Union.'))
    ['calder', 'dockworkers', 'maria', 'olsen', 'union']
    >>> sorted(_capitalised_words("Gov. Tina Marsh declared an emergency."))
    ['gov', 'marsh', 'tina']
    """
    # Not the salient words that group stories: in a script without capitals those are all its
    # words, and no phrase of it would count. Most words are in lower case: only the
    # capitalised few are trimmed of the marks around them.
    written = normalise(text).split()
    named = written if _opens_with_a_name(written) else written[1:]
    return frozenset(word.strip(EDGE_MARKS).casefold() for word in named if word[:1].isupper())


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


def compare_pair(
    a: Side,
    b: Side,
    matches: Sequence[Match],
    story: str,
    closest: float,
    settings: Settings,
    timed: bool = False,
) -> PairComparison:
    """Containment both ways, the longest copied run and the verdict for two documents;
    ``timed`` when every document of the story gives its publication time (see
    ``records.first_published``)."""
    # A match counts its sentences outside boilerplate, and none when a side holds only
    # boilerplate (two credit lines): a split or merge may join the wire's dateline, a
    # sentence of its own ("MILLBROOK, Ore. (AP)"), to the lede a copy runs on from it.
    reuse = [
        m
        for m in matches
        if m.kind.is_reuse and a.outside_boilerplate(m.a) and b.outside_boilerplate(m.b)
    ]
    verbatim = [m for m in reuse if m.kind is MatchKind.VERBATIM]
    a_in_b, b_in_a = _contained(a, reuse, "a"), _contained(b, reuse, "b")
    verbatim_share = max(_word_for_word(a, verbatim, "a"), _word_for_word(b, verbatim, "b"))
    run = longest_run(reuse, a, b)
    (a_phrases_in_b, a_spread), (b_phrases_in_a, b_spread) = _phrasing(a, b), _phrasing(b, a)
    dated = _by_date(a.document, b.document, timed)
    # A short article about the same event is largely covered by a long one's phrases; the
    # later article's share is the one that says whether it took them. Undated, either may.
    sides = {"a": (a, a_phrases_in_b, a_spread), "b": (b, b_phrases_in_a, b_spread)}
    phrasing = [
        (share, spread)
        for side, share, spread in (
            sides[s] for s in {"a->b": "b", "b->a": "a"}.get(dated or "", "ab")
        )
        # One phrase is no phrasing to take, whatever share of a brief it makes: "Trains
        # halted across the north." shares one with any report of the strike.
        if round(share * side.unquoted_words) >= MIN_PHRASED_WORDS
    ]
    # The same text twice (a file saved twice, a feed's duplicate) is a copy even when
    # boilerplate leaves no sentence to count.
    identical = a.document.text == b.document.text
    verdict = (
        Verdict.COPY
        if identical
        else _verdict(max(a_in_b, b_in_a), verbatim_share, phrasing, run, settings)
    )
    # A template filled in for another event ("wind warning for Tarvik" against "for
    # Dunmore") shares its stock lines, no report: neither is a copy or rewrite of the other;
    # and when the name its lede gives is another, neither reuses the other. The event is the
    # one the lede names: with one lede copied or edited from the other, a name changed further
    # down ("told the Herald" for "told the Gazette") is a copy desk's edit; with the lede
    # reworded, a name changed in any edited sentence tells another event.
    ledes = [m for m in reuse if a.lede in m.a.sentences and b.lede in m.b.sentences]
    if verdict in (Verdict.COPY, Verdict.DERIVED) and not identical and _templated(ledes or reuse):
        verdict = Verdict.PARTIAL
    same_source = a.outlet == b.outlet
    # Of two versions from one outlet, only their dates tell which came first: an update holds
    # the story it updates, as a copy is held by its origin, so the more contained side would
    # be named the copy of its own update.
    undirected = (
        verdict is Verdict.INDEPENDENT
        or (not identical and _templated(ledes))
        or (same_source and not dated)
    )
    direction = (
        None
        if undirected
        else dated
        or _by_credit(a, b)
        or _by_share(a, b, a_in_b, b_in_a)
        or _by_share(a, b, a_phrases_in_b, b_phrases_in_a)
    )
    reused = verdict is not Verdict.INDEPENDENT and not same_source
    crediting = tuple(
        user.document.id for user, origin in ((a, b), (b, a)) if reused and _discloses(user, origin)
    )
    aligned_a = {i for m in matches for i in m.a.sentences}
    aligned_b = {i for m in matches for i in m.b.sentences}
    return PairComparison(
        a=a.document.id,
        b=b.document.id,
        story=story,
        verdict=verdict,
        direction=direction,
        a_in_b=round(a_in_b, 3),
        b_in_a=round(b_in_a, 3),
        a_phrases_in_b=round(a_phrases_in_b, 3),
        b_phrases_in_a=round(b_phrases_in_a, 3),
        a_phrases_in_b_spread=round(a_spread, 3),
        b_phrases_in_a_spread=round(b_spread, 3),
        longest_run_words=run,
        matches=tuple(matches),
        only_a=_unaligned(a, aligned_a),
        only_b=_unaligned(b, aligned_b),
        closest_similarity=closest,
        same_source=same_source,
        identical=identical,
        undisclosed_reuse=reused and _undisclosed(a, b, direction, crediting),
        crediting=crediting,
    )


def _is_light(edit: WordEdit) -> bool:
    """Whether an edit keeps its words, unchanged or lightly changed (see :func:`kept_share`)."""
    return edit.op == "equal" or (
        edit.op == "replace" and max(len(edit.a), len(edit.b)) <= MAX_LIGHT_EDIT_WORDS
    )


def longest_run(matches: Sequence[Match], a: Side, b: Side) -> int:
    """The most consecutive words copied unchanged, across sentence boundaries where both
    articles continue with the next aligned sentence, once their boilerplate is passed over (an
    "Advertisement" line between copied paragraphs does not cut the run). Quoted words (where
    ``a`` quotes) count only in a run that holds ``MIN_OWN_RUN_WORDS`` words outside quotations:
    two reports quote the same statement with "the company said" and share nothing else.
    """
    best = Run(0, 0)
    carried = Run(0, 0)
    previous: Match | None = None
    for match in sorted(matches, key=lambda m: m.a.sentences):
        runs = _copied_runs(match, a.quoted_in(match.a))
        follows = previous is not None and (
            _next_after(previous.a.sentences[-1], a.boilerplate) == match.a.sentences[0]
            and _next_after(previous.b.sentences[-1], b.boilerplate) == match.b.sentences[0]
        )
        leading = runs[0] + carried if follows and runs[0].words else runs[0]
        best = max(best, leading, *runs, key=Run.counted)
        carried = leading if len(runs) == 1 else runs[-1]
        previous = match
    return best.counted()


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive words copied unchanged, and how many of them stand outside quotations."""

    words: int
    unquoted: int

    def __add__(self, other: Run) -> Run:
        return Run(self.words + other.words, self.unquoted + other.unquoted)

    def counted(self) -> int:
        return self.words if self.unquoted >= MIN_OWN_RUN_WORDS else self.unquoted


def _copied_runs(match: Match, quotations: tuple[tuple[int, int], ...]) -> list[Run]:
    """The runs of A's words in ``match`` that B has unchanged, in order, with a run of none
    first or last when the match starts or ends with a change, so that no run is carried
    across it; A quotes at ``quotations`` of its span's text."""
    quoted = _quoted_words(
        tuple(word for edit in match.edits for word in edit.a), match.a.text, quotations
    )
    runs, words, unquoted, position = [], 0, 0, 0
    for edit in match.edits:
        if edit.op != "equal":
            runs.append(Run(words, unquoted))
            words = unquoted = 0
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
    return [*runs, Run(words, unquoted)]


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


def _contained(side: Side, matches: Sequence[Match], which: str) -> float:
    """The share of ``side``'s words outside quotations that recur in the other's sentences
    (see :func:`kept_share`: a stock line such as "Police said a man had been arrested." cut from a
    longer sentence does not bring in the clause two reports of a crime go on with). Quotations
    are left out as they are of shared phrasing: two reports quote the same statement."""
    if not side.unquoted_words:
        return 0.0
    reused = 0.0
    for match in matches:
        span = match.a if which == "a" else match.b
        own_words = sum(side.unquoted_in[i] for i in side.outside_boilerplate(span))
        reused += kept_share(match, which, side.quoted_in(span)) * own_words
    return reused / side.unquoted_words


def kept_share(
    match: Match, which: str, quotations: tuple[tuple[int, int], ...] | None = None
) -> float:
    """The share of side ``which``'s words outside quotations (all its words, when it is all
    quotation) that the other side also has, unchanged or lightly changed (a replaced run of at
    most ``MAX_LIGHT_EDIT_WORDS`` words a side: "said" for "claimed"). The words an edit dropped
    or added do not count, nor one clause written for another.

    The side quotes at ``quotations``, offsets into its span's text (``Side.quoted_in``, read
    over its article); without them, where the span's text alone quotes. A quotation's middle
    sentence, which no mark tells, is all quotation or all its own words: either way all count.

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


def _phrasing(side: Side, other: Side) -> tuple[float, float]:
    """The share of ``side``'s unquoted words that sit in a phrase ``other`` also has, and the
    share in sentences that hold such a phrase (how widely it spreads), never the smaller.
    """
    if not side.unquoted_words:
        return 0.0, 0.0
    shared = np.isin(side.phrases, other.phrases)
    covered = np.zeros(side.unquoted_words, dtype=bool)
    for word in range(PHRASE_WORDS):
        covered[side.phrase_starts[shared] + word] = True
    holding = np.unique(side.phrase_sentences[shared])
    spread = int(side.sentence_words[holding].sum()) / side.unquoted_words
    return int(np.count_nonzero(covered)) / side.unquoted_words, spread


def _templated(reuse: Sequence[Match]) -> bool:
    """Whether a sentence edited from the other puts another name where the other names
    someone or somewhere (see :func:`stories.names_swapped`): one template filled in for two
    events, not one report rewritten."""
    return any(m.kind is MatchKind.EDITED and names_swapped(m.a.text, m.b.text) for m in reuse)


def _verdict(
    containment: float,
    verbatim: float,
    phrasing: Sequence[tuple[float, float]],
    run: int,
    settings: Settings,
) -> Verdict:
    """The verdict; ``phrasing`` holds the (share, spread) of each side that may have taken
    the other's phrases."""
    if verbatim >= settings.copy_containment:
        return Verdict.COPY
    if containment >= settings.derived_containment or any(
        share >= settings.derived_phrasing and spread >= settings.derived_phrasing_spread
        for share, spread in phrasing
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
            for share, spread in phrasing
        )
        or run >= settings.partial_run_words
    ):
        return Verdict.PARTIAL
    return Verdict.INDEPENDENT


def _by_date(a: Document, b: Document, timed: bool) -> str | None:
    """``a->b`` when B was published after A: by the time when all the story's documents give
    one, else by the date (``records.first_published``) and, on one day, by the two times where
    both give one; ``None`` when a date is missing or they tie. Wire copy and its rewrites often
    share a date, and a feed's times tell them apart."""
    (undated, first, _, first_time), (undated_too, then, _, then_time) = (
        first_published(d, all_timed=timed) for d in (a, b)
    )
    if first == then and UNTIMED not in (first_time, then_time):
        first, then = first_time, then_time
    if undated or undated_too or first == then:
        return None
    return "a->b" if first < then else "b->a"


def _by_credit(a: Side, b: Side) -> str | None:
    """``a->b`` when B credits A and A does not credit B, or else when A is a press release and B
    is not (its issuer known, or else by its distributor's dateline: "/PRNewswire/ --"), or
    else when A is a news agency and B is not (by its source's name, or as the agency's own
    copy: "TARROW (NPA) -" in npa.txt), or else when A opens with an agency's dateline
    ("WASHINGTON (AP) -") and B does not: an outlet that adds a local paragraph to wire copy or
    to a release is more than the wire's or the company's text, so containment would call the
    wire or the release the copy, and one that drops the dateline hides its source; one that
    keeps it is told from the agency by its name."""
    a_credits_b, b_credits_a = _credits(a, b), _credits(b, a)
    if a_credits_b != b_credits_a:
        return "a->b" if b_credits_a else "b->a"
    if (a.issuer is None) != (b.issuer is None):
        return "a->b" if a.issuer else "b->a"
    if a.released != b.released:
        return "a->b" if a.released else "b->a"
    a_wire, b_wire = _is_agency(a), _is_agency(b)
    if a_wire != b_wire:
        return "a->b" if a_wire else "b->a"
    if (a.filed_by is None) != (b.filed_by is None):
        return "a->b" if a.filed_by else "b->a"
    return None


def _is_agency(side: Side) -> bool:
    """Whether a document is a news agency's: its source is one, or is the one whose dateline
    it opens with ("TARROW (NPA) -" in "outlets/npa.txt"), or a wire service names a folder of
    its outlet ("kyodo/story")."""
    return lexicon().is_agency(side.outlet) or (
        side.filed_by is not None and _short_for(side.filed_by, side.document.source)
    )


def _credits(user: Side, origin: Side) -> bool:
    """Whether ``user`` credits ``origin``: credits the wire service it is, or names its source
    as written in a credit line ("Coastal Wire contributed to this report."). A mention in the
    story ("the independent review", "Reuters reported") or the copy's promotion of itself
    ("Sign up for The Daily Brief") is no credit."""
    # The wire an outlet's folder names too: Kyodo's "(共同)" credits the files in "kyodo/".
    wire = lexicon().wire_service_named(origin.outlet)
    if wire is not None and wire in user.document.credits:
        return True
    named = _source_pattern(origin.document.source, case_sensitive=True)
    return any(
        named.search(line) or _shortened_in(line, origin.document.source)
        for line in _credit_lines(user)
    )


def _credit_lines(side: Side) -> list[str]:
    """A document's credit, copyright and other boilerplate sentences, but for its promotion of
    itself ("Sign up for The Daily Brief")."""
    return [
        s.text
        for s in side.sentences
        if s.index in side.boilerplate and not lexicon().is_promo(s.text)
    ]


def _shortened_in(line: str, source: str) -> bool:
    """Whether ``line`` gives in full a name that ``source``'s outlet folder
    (:func:`_outlet_folders`) is a short form of: the first letter or letters of the name's words
    in turn (:func:`_first_letters`), "The New York Times" for "nyt/", "The Washington Post" for
    "wapo/", "the Los Angeles Times" for "latimes/". A folder's name says no more than these
    letters, so only a credit line's names are tried: in a story's text "the 10 ft wall" and
    "Fort Tarrow" are not the Financial Times.

    >>> _shortened_in("The New York Times contributed to this report.", "nyt/story")
    True
    >>> _shortened_in("Fort Tarrow Times contributed to this report.", "ft/story")
    False
    """
    return any(
        _first_letters(folder, name)
        for folder in _short_folders(source)
        if len(folder) > 1
        for name in _written_names(line)
    )


def _initialled_in(text: str, source: str) -> bool:
    """Whether ``text`` anywhere gives a paper's or a broadcaster's name (its last word a
    masthead's, ``[names] masthead_words``) of at least ``MIN_INITIALS_IN_TEXT`` words whose
    initials, one a word, are ``source``'s outlet folder's name: "the New York Times reported"
    for "nyt/"; not "the New York Transit authority", nor "Fort Tarrow" for "ft/"."""
    folders = [f for f in _short_folders(source) if len(f) >= MIN_INITIALS_IN_TEXT]
    # Most sources have no such folder: the text is then not read for names at all.
    return bool(folders) and not _initials_of_names(text).isdisjoint(folders)


def _short_folders(source: str) -> list[str]:
    """The names of a source's outlet folders, case-folded, their words run together ("la_times":
    "latimes"); none for a source that is no file's path."""
    if "/" not in source:
        return []
    return ["".join(_folder_words(folder)) for folder in _outlet_folders(source)]


# Each document's text is searched once per pair it is in.
@lru_cache(maxsize=1 << 10)
def _initials_of_names(text: str) -> frozenset[str]:
    """The initials of the outlets' names of a few words ``text`` writes, function words left
    out."""
    terms = lexicon()
    return frozenset(
        "".join(word[0] for word in name if word not in terms.function_words)
        for name in _written_names(text)
        if len(name) >= MIN_INITIALS_IN_TEXT and name[-1] in terms.masthead_words
    )


def _written_names(line: str) -> list[tuple[str, ...]]:
    """The names a line writes, each as its words, case-folded: runs of capitalised words,
    joined by an outlet's particles ("Times of India") but not by "and" ("The New York Times and
    Reuters" are two), a hyphened name's words apart ("Atlanta Journal-Constitution").

    >>> _written_names("The New York Times and the Times of India contributed.")
    [('the', 'new', 'york', 'times'), ('times', 'of', 'india')]
    """
    return [
        tuple(re.split(r"[\s-]+", found.group().casefold()))
        for found in _capitalised_run().finditer(line)
    ]


@cache
def _capitalised_run() -> re.Pattern[str]:
    """A run of capitalised words on one line, perhaps with an outlet's particles between."""
    terms = lexicon()
    particles = "|".join(map(re.escape, sorted(terms.outlet_particles - terms.name_joiners)))
    word = r"[A-Z][\w'\u2019-]*"
    # The first capital, then what stands before it: a pattern that starts by looking behind is
    # tried at every character.
    first = r"[A-Z](?<![\w-][A-Z])[\w'\u2019-]*"
    return re.compile(rf"{first}(?:[^\S\n]+(?:(?:{particles})[^\S\n]+)*{word})*")


# A run has far fewer sources than pairs; compiling a source's pattern per pair made a story of
# 600 outlets spend a third of its time in the regex compiler.
@lru_cache(maxsize=1 << 12)
def _source_pattern(
    source: str, case_sensitive: bool = False, file_name: bool = False
) -> re.Pattern[str]:
    """A source's name as an article writes it. A source that may be a file's path, as a folder
    of outlets gives it ("coastline_wire/story"), is also looked for as its outlet's folder's
    (:func:`_outlet_folders`) or file's name in words, capitalised or in capitals, apart or
    hyphened ("Coastline Wire", "NYT", "Al-Monitor"): "Sign up for our daily newsletter" credits
    no outlet kept in "daily/". A ``file_name`` alone ("dam" of dam.txt) is looked for only so:
    "the dam burst" names none."""
    if file_name and not PATH_LABEL_MARKS.intersection(source):
        return phrase_pattern([source.title(), source.upper()], flags=0)
    literal = phrase_pattern([source], flags=0 if case_sensitive else re.IGNORECASE)
    if " " in source or not PATH_LABEL_MARKS.intersection(source):
        return literal
    forms = []
    for folder in _outlet_folders(source):
        words = " ".join(_folder_words(folder))
        hyphened = words.replace(" ", "-")
        forms += [words.title(), words.upper(), hyphened.title(), hyphened.upper()]
    in_words = phrase_pattern(forms, flags=0)
    flags = "" if case_sensitive else "i"
    return re.compile(f"(?{flags}:{literal.pattern})|{in_words.pattern}")


def _outlet_folders(label: str) -> tuple[str, ...]:
    """The folders that may hold an outlet's files in a source that is a file's path below the
    folder given: those whose names may be an outlet's, nearest the file first, as a crawl may
    keep its outlets in a folder of its own, one a day or one a year, and an outlet its sections
    ("fox" of "fox/sestak", "papers/fox/sestak", "2024-05-14/fox/sestak", "fox/2010/sestak"
    and "fox/politics/sestak"); a source with no such folder is its own name.

    >>> _outlet_folders("papers/valley_courier/sestak"), _outlet_folders("Meridian Press Agency")
    (('valley_courier',), ('Meridian Press Agency',))
    """
    *folders, _ = label.split("/")
    named = tuple(folder for folder in reversed(folders) if _may_name_an_outlet(folder))
    return named or (label.split("/")[0],)


def _may_name_an_outlet(folder: str) -> bool:
    """Whether a folder's name may be an outlet's: it has letters, and words other than a
    section's or a crawl's own ("politics", "papers", "en")."""
    terms = lexicon()
    generic = terms.section_words | terms.generic_folders
    return any(map(str.isalpha, folder)) and not generic.issuperset(_folder_words(folder))


@cache
def _folder_words(folder: str) -> tuple[str, ...]:
    """A folder's name as its words, case-folded, however they are joined: "la_times",
    "associated-press", "Meridian Press"."""
    return tuple(re.split(r"[\s_-]+", folder.casefold()))


def _outlet(document: Document) -> str:
    """The outlet a document comes from, case-folded: its source; or, when the source is the
    file's path below the folder given and one of its outlet's folders (:func:`_outlet_folders`)
    is named for a news outlet (:func:`_outlet_named`: ``reuters/v1``, ``reuters/world/v2``,
    ``meridian_wire/dam``, ``york_gazette/flood``), that outlet, so that a story and its update
    are one outlet's. Other folders may hold a story's or a day's outlets, not one outlet's
    stories."""
    source = document.source
    # Files given one by one are labelled by their names, which outlets share ("dam.txt").
    if _is_file_name(document):
        return PurePath(document.path).with_suffix("").as_posix().casefold()
    if "/" in source and PurePath(document.path).with_suffix("").as_posix().endswith(source):
        outlets = (_outlet_named(folder) for folder in _outlet_folders(source))
        source = next((outlet for outlet in outlets if outlet), source)
    return source.casefold()


def _outlet_named(folder: str) -> str | None:
    """The news outlet a folder is named for: a wire service by its name ("reuters", "ap"), one
    its name says is an agency ("meridian_wire"), or a paper whose name ends as a newspaper's
    does ("york_gazette"; ``newspaper_words``); ``None`` for a story's folder ("strike").

    >>> _outlet_named("associated-press"), _outlet_named("york_gazette"), _outlet_named("strike")
    ('AP', 'york gazette', None)
    >>> _outlet_named("local_news"), _outlet_named("times")
    (None, None)
    """
    terms = lexicon()
    words = _folder_words(folder)
    name = " ".join(words)
    if agency := terms.wire_service_named(name) or (name if terms.is_agency(name) else None):
        return agency
    return name if len(words) > 1 and words[-1] in terms.newspaper_words else None


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


def _undisclosed(a: Side, b: Side, direction: str | None, crediting: Sequence[str]) -> bool:
    """Whether the reusing document is not among those ``crediting`` the other (see
    :func:`_discloses`). With no direction there is no reusing document to charge: the same
    text saved twice, or two articles that nothing tells apart, neither dated before the
    other, crediting or more contained.
    """
    if direction is None:
        return False
    reuser = b if direction == "a->b" else a
    return reuser.document.id not in crediting


def _discloses(user: Side, origin: Side) -> bool:
    """Whether ``user`` credits ``origin`` as a credit line does (:func:`_credits`, which also
    tells the direction), credits a wire service (:func:`_credits_a_wire`), keeps ``origin``'s
    dateline (:func:`_keeps_dateline`), or names ``origin``'s source, the wire service
    ``origin`` was filed by or, when ``origin`` is a press release, the company that issued it
    (:func:`_names_issuer`); the costliest check, naming the source anywhere in the text,
    last."""
    return (
        _credits(user, origin)
        or _credits_a_wire(user, origin)
        or _names_wire_of(user, origin)
        or _keeps_dateline(user, origin)
        or _names_as_dated(user, origin)
        or _names_issuer(user, origin)
        or _names_source(user, origin)
    )


def _credits_a_wire(user: Side, origin: Side) -> bool:
    """Whether ``user`` credits the wire service whose text ``origin``'s is (its outlet's, or
    the one it was filed by: "WASHINGTON (AP) -"), by name or as news agencies in general
    ("With wire services"); any wire service, for a news agency's text of no known wire's; for
    a newspaper's text that credits wire services itself, the wire it names, or any when either
    names news agencies in general: both may have taken it from that wire. A line that admits
    wire copy names no newspaper it took from, and AP's text credited to Reuters is not
    disclosed."""
    credits = user.document.credits
    if not credits:
        return False
    if wires := _wires_of(origin):
        return UNNAMED_WIRES in credits or not wires.isdisjoint(credits)
    if _is_agency(origin) or origin.filed_by is not None:
        return bool(credits)
    # Text that the origin itself credits to wire services is theirs as the copy has it:
    # "With wire services" under both copies of an agency's story discloses it.
    own = origin.document.credits
    return bool(own) and (
        UNNAMED_WIRES in credits or UNNAMED_WIRES in own or not set(own).isdisjoint(credits)
    )


def _wires_of(side: Side) -> set[str]:
    """The wire services a document's text is: its outlet's, and the one it was filed by."""
    terms = lexicon()
    return {
        wire
        for name in (side.outlet, side.filed_by)
        if name and (wire := terms.wire_service_named(name))
    }


def _names_issuer(user: Side, origin: Side) -> bool:
    """Whether ``user`` names the company whose press release ``origin`` is, as a story names
    it ("Acme Robotics" for "SOURCE Acme Robotics, Inc."). A release is written to be reprinted,
    and its text is the company's wherever it was found (the company's site, a newswire's copy,
    a paper that ran it): a copy that names the company says whose words they are."""
    if origin.issuer is None:
        return False
    return company_pattern(origin.issuer).search(user.document.text) is not None


def _is_file_name(document: Document) -> bool:
    """Whether a document's source is only its file's name, as the reader labels it when
    nothing names the outlet."""
    return document.source == PurePath(document.path).stem


def _names_source(user: Side, origin: Side) -> bool:
    """Whether ``user`` names ``origin``'s source anywhere in its text (its credit lines are
    :func:`_credits`'): by a paper's name whose initials the origin's folder is
    (:func:`_initialled_in`), by a name in full that the folder shortens beside the writer in
    its byline (:func:`_shortened_in`: "By Jane Doe, The Washington Post" for
    ``washingtonpost/``), or as a name written as one (:func:`_written_as_a_name`) that stands
    for the outlet (:func:`_stands_for_outlet`)."""
    source = origin.document.source
    # The reader keeps an outlet named beside a byline's writer: "Jane Doe, The Washington Post".
    author = user.document.author or ""
    beside = author.rpartition(",")[2].strip() if "," in author else ""
    if _initialled_in(user.document.text, source) or (beside and _shortened_in(beside, source)):
        return True
    file_name = _is_file_name(origin.document)
    named = _source_pattern(source, file_name=file_name)
    if beside and any(_written_as_a_name(m, source) for m in named.finditer(beside)):
        return True
    # Or as the byline itself: "By Harbor Wire", "By Harbor Wire staff"; not "By Fox
    # Butterfield" nor "By Michael Fox".
    byline = author.removeprefix("The ")
    if (
        (outlet := named.match(byline))
        and _written_as_a_name(outlet, source)
        and lexicon().desk_words.issuperset(byline[outlet.end() :].casefold().split())
    ):
        return True
    text = user.document.text
    # An outlet's folder named by one letter ("i/") is, in text, a pronoun or an article.
    found = [
        m
        for m in named.finditer(text)
        if len(m.group()) > 1 and _written_as_a_name(m, source) and not _plain_opening(m)
    ]
    if file_name:
        # A file's name alone ("dam" of dam.txt) names a story's subject as often as an outlet:
        # at the end of a longer name ("Hollis Creek Dam") it names no outlet.
        found = [m for m in found if not _given_name_before(text, m.start())]
    titled = [m.start() for m in found if _after_a_title(text, m.start())]
    words = _outlet_words(source)
    return any(
        _stands_for_outlet(text, m.start(), m.end(), words, _calls_a_person(text, m, titled))
        for m in found
    )


def _calls_a_person(text: str, found: re.Match[str], titled: Sequence[int]) -> bool:
    """Whether a mention of an outlet's name may call a person by it: after a title (at one of
    ``titled``: "President Vicente Fox"), or after such a mention, as the text calls that person
    again ("Fox said"), unless an outlet's verb follows ("..., Fox reported."); a mention before
    the first titled one ("Fox first reported the floods.") names the outlet."""
    if found.start() in titled:
        return True
    if not titled or found.start() < titled[0]:
        return False
    return lexicon().outlet_verbs.match(text, found.end()) is None


def _written_as_a_name(found: re.Match[str], source: str) -> bool:
    """Whether a mention of a source's name is written as its name: each word with a capital
    where the name's has one, but for a particle ("the New York Times" for "The New York
    Times"), or in a web address ("bbc.co.uk"); "the sun rose" does not name The Sun."""
    particles = lexicon().outlet_particles
    # A file's path ("valley_courier/story") is found in other words ("Valley Courier"), always
    # capitalised, so its words and a mention's need not pair up.
    return IN_AN_ADDRESS.match(found.string, found.end()) is not None or all(
        said[:1].isupper() or not name[:1].isupper() or name.casefold() in particles
        for name, said in zip(source.split(), found.group().split(), strict=False)
    )


def _plain_opening(found: re.Match[str]) -> bool:
    """Whether a mention is a paper's one-word name that is a plain word ("independent",
    "times"), capitalised only as its sentence's first, and goes on in lower case with neither an
    outlet's verb, a verb of saying nor a newsroom role: "Independent analysts said", "Times have
    changed"; not "Times reported", "Independent reporters". A paper so named is "The
    Independent" where it stands for the paper."""
    word, text = found.group(), found.string
    terms = lexicon()
    if word.casefold() not in terms.masthead_words or _words_before(text, found.start()):
        return False
    if text.startswith(POSSESSIVES, found.end()):
        return False  # "Independent's reporters": the paper's
    following = text[found.end() :].split(maxsplit=1)[:1]
    after = following[0].strip(CLOSING_MARKS + ",;:") if following else ""
    return after[:1].islower() and not (
        terms.outlet_verbs.match(text, found.end())
        or after in terms.attribution_verbs
        or terms.is_role(after)
    )


def _stands_for_outlet(
    text: str, start: int, end: int, words: AbstractSet[str], person: bool
) -> bool:
    """Whether the name found from ``start`` to ``end`` stands for the outlet: alone ("told Fox
    on Monday", "Fox Tuesday"), unless the mention may call a person by it (``person``: see
    :func:`_calls_a_person`); gone on with words of an outlet's name ("Fox News Digital",
    ``words``); or gone on with other capitalised words, which may be the outlet's own full name
    ("Acme Robotics Inc."), but for a place's ("Times Square", "Post Office") or a person's, a
    given name before it or a person called so ("Vicente Fox Quesada"). A false charge of
    undisclosed reuse costs more than a missed one, so "Sun Myung Moon" names an outlet in
    "sun/"."""
    # The pattern matches, if only no word, where it is first tried: at ``end``.
    names = next(FOLLOWING_NAMES.finditer(text, end))["after"]
    after = [word for word in names.split() if word.casefold() not in lexicon().date_words]
    if not after:
        return not person
    if _goes_on_as_named(" ".join(after), words):
        return True
    places = lexicon().place_words
    return not (
        person
        or _given_name_before(text, start)
        or any(word.casefold() in places for word in after)
    )


def _given_name_before(text: str, start: int) -> bool:
    """Whether a capitalised word that is no function word stands just before ``start`` in its
    sentence, as a given name does ("Vicente Fox"); not "The" ("The Acme Robotics plant"), a
    possessive ("Ohio's Acme Robotics"), a word a comma or colon ends ("In Columbus, Acme
    Robotics"), nor a day or month ("On Monday Acme Robotics")."""
    before = _words_before(text, start)
    if not before:
        return False
    word = before[-1]
    folded = word.casefold()
    terms = lexicon()
    return (
        word[:1].isupper()
        and word[-1:].isalnum()
        # A possessive is a place's or owner's, no given name: "Ohio's Acme Robotics".
        and not folded.endswith(POSSESSIVES)
        and folded not in terms.function_words
        and folded not in terms.date_words
    )


def _after_a_title(text: str, start: int) -> bool:
    """Whether the name found at ``start`` follows a person's title in its sentence, perhaps with
    their given names between: "President Vicente Fox", "Mr. Fox", "actress Megan Fox",
    "then-Gov. Fox"; not "the New York Times", nor a name after a sentence that ended with a
    title ("... met the Prime Minister. Reuters reported").

    >>> _after_a_title("Former President Vicente Fox", 25), _after_a_title("the New York Times", 13)
    (True, False)
    """
    for word in reversed(_words_before(text, start)[-MAX_PERSON_WORDS:]):
        if word.rstrip(".").rsplit("-", 1)[-1].casefold() in lexicon().person_titles:
            return True
        if not word[:1].isupper():
            return False
    return False


def _words_before(text: str, start: int) -> list[str]:
    """The words before ``start`` in its sentence and on its line, as far back as a person's title
    may stand: a word that ended the sentence before is no part of a name at ``start``.

    >>> _words_before("Talks with Keir Starmer. Then Reuters", 30)
    ['Then']
    >>> _words_before("Talks with then-Gov. Fox", 21)
    ['Talks', 'with', 'then-Gov.']
    """
    words = text[max(0, start - TITLE_REACH) : start].rsplit("\n", 1)[-1].split()
    ends = [n for n, word in enumerate(words) if _ends_sentence(word)]
    return words[ends[-1] + 1 :] if ends else words


def _ends_sentence(word: str) -> bool:
    """Whether a sentence ends with ``word``: with a stop, perhaps inside closing quotes or
    brackets, that is no abbreviation's ("Starmer.", 'go!"'; not "Mr.", "then-Gov.", "U.S.")."""
    stopped = word.rstrip(CLOSING_MARKS)
    return stopped.endswith(SENTENCE_STOPS) and not ends_with_abbreviation(
        stopped.rsplit("-", 1)[-1]
    )


@lru_cache(maxsize=1 << 12)
def _outlet_words(source: str) -> frozenset[str]:
    """The words an outlet's name may go on with, case-folded: its own names' (:func:`_names_of`)
    and an outlet's section's, desk's or brand's ("Fox News", "Times Radio")."""
    terms = lexicon()
    own = {word for name in _names_of(source) for word in name}
    return frozenset(own) | terms.section_words | terms.outlet_words | terms.outlet_particles


def _keeps_dateline(user: Side, origin: Side) -> bool:
    """Whether ``user`` opens with the source ``origin``'s dateline names, or a dateline that
    names ``origin``'s source by a short form (:func:`_short_for`): a copy that keeps "CORVALE
    (Meridian) -" credits whoever filed it so, whatever its files are named, and the Meridian
    Press Agency's text whose feed gives its dateline apart."""
    named = user.dateline_source
    return named is not None and (
        named == origin.dateline_source or _short_for(named, origin.document.source)
    )


def _names_as_dated(user: Side, origin: Side) -> bool:
    """Whether ``user`` names ``origin`` as its dateline does, by a short form of its source's
    name (:func:`_short_for`: "according to Meridian" for a text of the Meridian Press Agency,
    or of an outlet kept in "meridian_press/", filed "TARROW (Meridian) -"; "KUNA reported" for
    the Kuwait News Agency's "KUWAIT CITY (KUNA) --"); not "Meridian Road", nor a dateline's
    "(Updated)"."""
    named = origin.dateline_source
    source = origin.document.source
    if not named or not _short_for(named, source):
        return False
    words = {word for name in _names_of(source) for word in name}
    return any(
        _goes_on_as_named(found["after"], words)
        for found in _standing_alone(named).finditer(user.document.text)
    )


def _short_for(named: str, source: str) -> bool:
    """Whether a dateline's name is a short form of a source's: a word of one of its names
    (:func:`_names_of`), or their initials; or whether a source's name is a news agency's
    first word, as its file may be named ("coastline" for "Coastline Wire")."""
    first, *rest = _folder_words(named)
    by_first_word = bool(rest) and lexicon().is_agency(named)
    return any(
        named.casefold() in words
        or _abbreviates(named, words)
        or (by_first_word and words == (first,))
        for words in _names_of(source)
    )


@lru_cache(maxsize=1 << 12)
def _names_of(source: str) -> tuple[tuple[str, ...], ...]:
    """The names a source may go by, each as its words, case-folded: its own; or, when it is a
    file's path, its outlet's folders' (:func:`_outlet_folders`) and its file's, since a folder
    may hold one outlet's files or one day's outlets ("meridian_press/story", "outlets/npa")."""
    names = sorted({*_outlet_folders(source), source.rsplit("/", 1)[-1]})
    return tuple(map(_folder_words, names))


def _abbreviates(initials: str, words: Sequence[str]) -> bool:
    """Whether ``initials``, in capitals, are the first letter or letters of each of ``words``
    in turn, of a function word's perhaps none.

    >>> _abbreviates("KUNA", ("kuwait", "news", "agency")), _abbreviates("PTI", ("press", "trust", "of", "india"))
    (True, True)
    >>> _abbreviates("Upi", ("united", "press", "international")), _abbreviates("KN", ("kuwait", "news", "agency"))
    (False, False)
    """
    return len(initials) > 1 and initials.isupper() and _first_letters(initials.casefold(), words)


def _first_letters(letters: str, words: Sequence[str]) -> bool:
    """Whether ``letters``, case-folded, are the first letters of each of ``words`` in turn."""
    if not words:
        return not letters
    first, rest = words[0], words[1:]
    # Initials pass over "of" and "the" ("Press Trust of India": PTI).
    if (
        word_length(first) < MIN_TELLING_LETTERS or first in lexicon().function_words
    ) and _first_letters(letters, rest):
        return True
    return any(
        letters[:taken] == first[:taken] and _first_letters(letters[taken:], rest)
        for taken in range(1, min(len(first), len(letters)) + 1)
    )


@lru_cache(maxsize=1 << 12)
def _standing_alone(name: str) -> re.Pattern[str]:
    """A name as a word of its own, with the capitalised words that follow it (``after``),
    which may make it the start of a longer name ("Meridian Road")."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-]){NAMES_AFTER}")


def _goes_on_as_named(after: str, words: AbstractSet[str]) -> bool:
    """Whether the capitalised words after a short name go on with ``words`` (the source's own
    name's, or an outlet's: :func:`_outlet_words`) or with the words a news agency's is made of:
    "Meridian Press Agency", "Meridian News", not "Meridian Road"."""
    name_words = lexicon().agency_name_words
    return all(word in words or word in name_words for word in after.casefold().split())


def _names_wire_of(user: Side, origin: Side) -> bool:
    """Whether ``user`` names the wire service whose dateline ``origin`` opens with, by any of
    its names ("according to Reuters" for a text filed "LONDON (Reuters) -"), or another news
    agency by its name in full, as the dateline gives it ("Coastline Wire contributed to this
    report." for "LONDON (Coastline Wire) -")."""
    if not origin.filed_by:
        return False
    terms = lexicon()
    wire = terms.wire_service_named(origin.filed_by)
    if wire is None:
        # Initials alone ("MPA") may be another body's: only a full name counts here.
        full = len(origin.filed_by.split()) > 1
        return (
            full and re.search(rf"\b{re.escape(origin.filed_by)}\b", user.document.text) is not None
        )
    return any(
        terms.wire_service(found.group()) == wire
        for found in terms.wire_names.finditer(user.document.text)
    )


def _unaligned(side: Side, aligned: set[int]) -> tuple[int, ...]:
    return tuple(
        s.index
        for s in side.sentences
        if s.index not in aligned and s.index not in side.boilerplate
    )
