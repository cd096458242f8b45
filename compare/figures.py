"""Figures that differ: one counted thing given different values by a story's outlets.

The aligner sets two sentences side by side only when their words are close; an outlet that
rewords a sentence and gives another figure ("voted eight to three" against "voted by seven votes
to four") is aligned with nothing, so no framing note sets the two figures side by side. This
stage reads each sentence's counts as framing does (:func:`compare.framing.stated_counts`), with
the content words within :data:`WINDOW` either side, and sets a count of one outlet against one
of another when the two are told alike (:func:`_told_alike`: one measure, :data:`MIN_SHARED`
stems in common, one counted word, no other years; each the other's one best match). The counts
told alike make one counted thing, reported when two outlets whose sentences are not aligned
give it values that are not one number, marked rounded where each value only rounds the others
("around 140" and 137: ``numerals.rounded``), or compatible where each may be the others, their
qualifiers read as bounds ("about 22,000" and "more than 20,000": ``numerals.compatible``).
Precision comes first: a false "the vote differs" is worse than a miss, so a counted thing an
outlet gives two values for is left out, as are ages, days, years, spans of time and figures in
quotations.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from itertools import combinations, takewhile

from compare.framing import PlacedNumber, in_its_letters, places_of, stated_counts
from compare.lexicon import lexicon, written_caseless
from compare.numerals import (
    SHARE_WHOLES,
    Figure,
    Value,
    compatible,
    converted,
    moments_alone,
    numeral_values,
    rounded,
    rounds_a_percentage,
    sentence_numbers,
    shares_written,
    units_alike,
    written_to_fewer_digits,
)
from compare.records import (
    DifferingFigure,
    Document,
    FigureGiven,
    FramingKind,
    FramingNote,
    Match,
    PairComparison,
    Sentence,
    Story,
    linked_groups,
)
from compare.segment import SCRIPT_LANGUAGES, find_words, normalise, quotation_spans, words
from compare.similarity import same_root, same_spanish_root, stem

# How many content words either side of a count tell what it counts, short of the counts beside
# it: "save £3.8 million a year in running costs" is not "avoid a £4.2 million repair bill".
WINDOW = 5
# How far apart, as a factor, two values of one counted thing may be: 212 and 312 detained, 137
# and 147 staff, not 41,000 pupils and 32 a class.
NEAR = Decimal(2)
# How many stems two counts far apart in value must share, besides one counted word and what it
# is of, to be one counted thing cut or inflated: "a warehouse holding 30,000 tonnes of wheat" and
# "a warehouse holding 3,000 tonnes of wheat caught fire" (fire, hold, warehouse, wheat, workers),
# not "about 41,000 pupils without lessons" and "more than 32 pupils in some schools".
FAR_SHARED = 4
# How far apart, as a factor, two values of one counted thing may be that write its digits with
# another multiplier: "£340 million" and "£340 billion", a multiplier swapped, not two things.
MULTIPLIER_SLIPS = frozenset({Decimal(1000), Decimal(1000) ** 2, Decimal(1000) ** 3})
# How far apart, as a factor, two counts of one counted word may be that write one run of digits
# with a digit more or fewer: "supplied to 312 households in Lindhurst" and "supplied to 3,120
# households, Fellside Water said", a count slipped tenfold, whatever words follow each.
DIGIT_SLIPS = frozenset({Decimal(10), Decimal(100)})
# How many digits, trailing zeros aside, such a count must write for its digits to tell one count
# slipped: 312 and 3,120; not 12 and 120, nor 40 and 400, as often two counts as one.
MIN_SLIPPED_DIGITS = 3
# A stem that the articles holding it hold in more than this share of their sentences, and in at
# least this many in all, tells no count from another: "plant" of a story about a plant's fire,
# in 29% of its articles' sentences ("council" of a council's vote, 31%), not "workers" of a wire
# story on a fire that injured 12 (23%), nor "paid" of the Clintons' taxes (25%).
COMMON_IN_SENTENCES = 5
COMMON_SHARE = 0.25
# How many stems (or other counts of their sentences) two counts must share to be one counted
# thing: "petition" and "hospital", "staff" and the "42"-bed both sentences name. One is not
# enough: "people" of "300 people protested" and of "12,000 people signed a petition".
MIN_SHARED = 2
# The measures whose figures carry a unit (a currency, a per cent) and are named by the noun they
# measure: "capital spending of $450 million" and "capital spending would total $540 million",
# "revenue rose to $1.2 billion" and "revenue to $1.4 billion". Two such figures of one unit that
# both name that noun count one thing, though it be the one stem they share.
MEASURED = frozenset({"money", "share"})
# The share of the documents of a counted thing that may give another of its values elsewhere,
# and be left out, before the values count two things: one debunk of twenty outlets that sets
# "more than half" beside "43%", not the release of three that gives 4% and 4.25%.
FEW_APART = 0.1
# What a count of harm tells beside it, as stems: a toll of the dead, or of the hurt. Two counts
# of one harm that share FAR_SHARED stems count one toll, whatever their ratio and whoever they
# name ("killing four civilians" and "killing two people" of one drone strike): a toll halved is
# the difference a reader comparing casualty counts looks for.
TOLLS = (
    frozenset({"kill", "dead", "die", "death"}),
    frozenset({"injur", "injuri", "wound", "hurt"}),
)
# Hindi's and Urdu's genitive postpositions: an amount before one is what the noun phrase after
# it is of, and that phrase's last word, its head, says what it counts ("₹1,200 करोड़ के विशेष
# राहत पैकेज", a special relief package of ₹1,200 crore).
GENITIVES = frozenset({"के", "की", "का", "کے", "کی", "کا"})
# How far apart, as a factor, two percentages of one group may be: 43% and "nearly half", not 43%
# and the 27% of the group it is compared with in the same sentence.
SHARE_NEAR = Decimal("1.3")
# The words that may write a share ("half", "quarters"), which most sentences hold none of.
SHARE_WORDS = frozenset({*SHARE_WHOLES, *(f"{whole}s" for whole in SHARE_WHOLES)})
# How many words after a percentage name the group it is a share of: "vacunados" of "el 3,2 %
# de los vacunados", "personas vacunadas" of "el 32 % de las personas vacunadas".
GROUP_WORDS = 2
# A vote's tally written as one phrase: "seven votes to four", "eight to three", "7-4".
VOTE_JOIN = re.compile(r"\s*(?:votes?\s+)?(?:to|-|\u2013)\s*", re.IGNORECASE)
HYPHENED_TALLY = re.compile(r"(\d+)\s*[-\u2013]\s*(\d+)")
VOTE_STEM = "vote"
# How far from a tally, in characters, a word of voting tells that it is a vote's.
VOTE_REACH = 40
# An age, no count of anything a story's outlets report differently: "82-year-old", "aged 82",
# "Margaret Fallon, 82, said".
AGE_AFTER = re.compile(r"[- ]years?[- ]old\b|-year\b|-old\b", re.IGNORECASE)
AGE_BEFORE = re.compile(
    r"\b(?:aged|age of|ages of|(?:his|her|their)(?:\s+early|\s+mid-?|\s+late)?)\s*$",
    re.IGNORECASE,
)
AGE_BESIDE_A_NAME = re.compile(r"[A-Z][\w'-]+, $")
# The parts of a fraction written in words: "thirds" of "two thirds", "fifths".
FRACTION_PARTS = re.compile(r"(?:third|quarter|half|halve|[a-z]+th)s")
# A word glued to a count says what it counts: "bed" of "42-bed", and belongs to no other count.
GLUED_WORD = re.compile(r"-([^\W\d_]+)")
# The years a sentence names, which date what it counts: "the 2014 rate", "from 2007 through
# 2014", "last year".
YEARS_NAMED = re.compile(r"\b(?:(?:19|20)\d\d|(?:last|this|next) year)\b", re.IGNORECASE)
# How long a stem must be to begin another's and name one thing: "sign" of "signed" and
# "signatures".
MIN_SHARED_ROOT = 4


@dataclass(frozen=True, slots=True)
class FigureMention:
    """A count one sentence states, with what tells what it counts.

    Attributes:
        doc, sentence: the document's id and the sentence's number in it (from 0).
        written: the count as the sentence writes it, with its qualifier ("around 140").
        values: the values of each of its parts (a vote's tally has two), as the sentence may mean
            them.
        figure: the count as ``numerals`` compares figures (unit and qualifier), none of a tally.
        measure: "money", "share", "vote" or "count": counts of two measures are never one.
        counted: the word that says what it counts, as written ("staff", "signatures"), or the
            word that tells what befell it ("save"), or none.
        telling: the stems of the content words beside it, and its sentence's other counts
            (as "#" and a value), that tell it apart from other counts.
        years: the years its sentence names ("2014", "last year"), which tell when the count
            was so: two counts of sentences that name other years count two things.
        following: the content words after it, as written (case-folded): what a count may
            count besides its first word ("staff" of "140 nurses, porters and kitchen staff").
        modifies: of a count with a word glued to it, the stem of the noun the two tell of
            ("hospit" of "42-bed hospital", "ward" of "20-bed ward"), else none.
        in_words: whether it is a share in words or a count of a whole ("nearly half", "four
            in 10"), a percentage given to the nearest five points.
    """

    doc: str
    sentence: int
    written: str
    values: tuple[frozenset[Decimal], ...]
    figure: Figure | None
    measure: str
    counted: str
    telling: frozenset[str]
    years: frozenset[str] = frozenset()
    following: tuple[str, ...] = ()
    modifies: str = ""
    in_words: bool = False


def differing_figures(
    story: Story,
    sentences: Mapping[str, Sequence[Sentence]],
    pairs: Iterable[PairComparison],
    boilerplate: AbstractSet[tuple[str, int]],
    superseded: AbstractSet[str] = frozenset(),
    outlets: Mapping[str, str] | None = None,
    records: AbstractSet[str] = frozenset(),
) -> list[DifferingFigure]:
    """The counted things of a story that its outlets give different values for, in the order
    the story first gives them, each outlet's value once (documents that print one text, once:
    the one of them whose id sorts first, whatever order the run was given them in). An
    article's versions that a later one replaced (``superseded``, :func:`records.superseded`)
    are not read: an outlet's own revision, "two" dead then "three", is no disagreement between
    outlets, and its latest figure is the one it stands by. Nor is a counted thing that one
    outlet (``outlets``, by document; each document its own outlet where not given) gives
    several values in sentences of its texts that no pair aligns: a live blog's entries
    through the day, 64,300 customers without power at 08:26, 97,800 at 10:30, 112,400 at
    13:55, tell a developing figure, not which of them another outlet's count differs from.

    Two counts of documents whose sentences a pair aligned are left to that pair's framing
    notes: a counted thing is reported only where two outlets whose sentences are not aligned
    with each other give it values that differ.

    A record's percentage (``records``: the documents of record, ``--record``) is set against
    another document's of the same group whatever else their sentences say
    (:func:`_record_shares`): a ministry's "3,2 % de los vacunados" against a blog's "32 % de las
    personas vacunadas" is the fact-check, though the blog rewrote the wire's sentence, not the
    ministry's.
    """
    aligned = _aligned(pairs)
    printing: dict[tuple[str, ...], str] = {}
    for doc in sorted(set(story.documents) - superseded):
        printing.setdefault(tuple(s.text for s in sentences[doc]), doc)
    chosen = set(printing.values())
    read = [
        [s for s in sentences[doc] if (doc, s.index) not in boilerplate]
        for doc in story.documents
        if doc in chosen
    ]
    # One text alone gives no figure another outlet could differ on: the story of a council's
    # minutes of 700,000 words, alone, read every count of them for none.
    if len(read) < 2:
        return []
    mentions = list(_mentions_of(read))
    if not mentions:
        return []
    by_doc: dict[str, list[FigureMention]] = {}
    for mention in mentions:
        by_doc.setdefault(mention.doc, []).append(mention)
    gives = _giving(by_doc)
    told_alike = [
        (m, n)
        for m, n in sorted(
            {
                *_told_alike(mentions, _common_stems(read)),
                *_shares_reworded(mentions, read),
                *_record_shares(mentions, records),
            }
        )
        if not _gives_the_others_value(mentions[m], mentions[n], gives)
    ]
    found = []
    for linked in _counted_things(len(mentions), told_alike):
        # A story that hundreds of outlets tell links hundreds of counts of one thing, in a few
        # values: each is asked about once (the counts of each value, not each other count).
        values = list({_as_compared(mentions[n]): mentions[n] for n in linked}.values())
        members = {n for n in linked if not _belongs_elsewhere(mentions[n], values, gives)}
        things = [mentions[n] for n in sorted(members)]
        if _two_things(linked, members, mentions):
            continue
        if _one_value_each(things, outlets or {}, aligned) and _given_otherwise_unaligned(
            things, aligned
        ):
            found.append(_differing(story.id, things, sentences, _record_group(things, records)))
    return found


def _given_otherwise_unaligned(
    things: Sequence[FigureMention], aligned: AbstractSet[tuple[str, int, str, int]]
) -> bool:
    """Whether two of the counts of one counted thing give it values that differ in sentences
    not ``aligned``, told alike or linked through others: a first version's "3,120 households"
    against the wire's 312, linked through the amended version's 312, aligned with each."""
    values: dict[tuple[object, ...], list[FigureMention]] = {}
    for mention in things:
        values.setdefault(_as_compared(mention), []).append(mention)
    return any(
        (_differ(ours[0], theirs[0]) or not _periods_may_be_one(ours[0], theirs[0]))
        and any(
            a.doc != b.doc and (a.doc, a.sentence, b.doc, b.sentence) not in aligned
            for a in ours
            for b in theirs
        )
        for ours, theirs in combinations(values.values(), 2)
    )


def _mentions_of(documents: Iterable[Sequence[Sentence]]) -> Iterator[FigureMention]:
    """The counts of each of ``documents``' sentences (:func:`mentions_in`), in order, read once
    a text: a story's copies print most sentences word for word, and what a sentence counts
    follows from its text (its tokens are read from it, ``segment.segment``)."""
    read: dict[str, list[FigureMention]] = {}
    for sentences in documents:
        for sentence in sentences:
            if sentence.text not in read:
                read[sentence.text] = mentions_in(sentence)
            for mention in read[sentence.text]:
                yield replace(mention, doc=sentence.doc, sentence=sentence.index)


def _as_compared(mention: FigureMention) -> tuple[object, ...]:
    """What :func:`_differ` and :func:`_one_measure` read of a count: two counts alike in it
    are one to them."""
    return (mention.values, mention.measure, mention.modifies, mention.figure)


def _giving(
    by_doc: Mapping[str, Sequence[FigureMention]],
) -> Callable[[str, FigureMention], bool]:
    """:func:`_gives` of a document's counts, by its id, asked once a document and value: every
    two outlets of a story of hundreds have counts told alike, in a few values."""
    known: dict[tuple[str, tuple[object, ...]], bool] = {}

    def gives(doc: str, figure: FigureMention) -> bool:
        key = (doc, _as_compared(figure))
        if key not in known:
            known[key] = _gives(by_doc[doc], figure)
        return known[key]

    return gives


def mentions_in(sentence: Sentence) -> list[FigureMention]:
    """The counts a sentence states, each with what tells what it counts; no age, day nor year,
    nor a count inside a quotation.

    >>> from compare.segment import as_sentence
    >>> text = "Aged 82, she said the council voted 7-4 to save £3.8m and cut 137 staff."
    >>> [(m.written, m.measure, m.counted) for m in mentions_in(as_sentence(text))]
    [('7-4', 'vote', 'vote'), ('£3.8m', 'money', 'save'), ('137', 'count', 'staff')]
    """
    plain = normalise(sentence.text)
    # Most sentences state no number: their numbers, read as the aligner and framing read them
    # already, say so far quicker than framing's reading of a sentence.
    shares = _shares_written(plain, sentence.tokens)
    if not shares and not sentence_numbers(plain, sentence.tokens).stated:
        return []
    doc, index = sentence.doc, sentence.index
    placed = _with_shares(plain, _placed_in(plain, stated_counts(sentence.text)), shares)
    # A figure in a quotation is its speaker's claim, not the outlet's report: two outlets that
    # quote two speakers' figures ("Obama has cut $716 billion", "McCain's $882 billion in
    # Medicare cuts") do not disagree.
    quoted = quotation_spans(plain) if placed else []
    years = frozenset(y.casefold() for y in YEARS_NAMED.findall(plain)) if placed else frozenset()
    found = []
    at = 0
    while at < len(placed):
        first = at
        number, start, end = placed[at]
        tally = _tally(plain, placed, at)
        at += 2 if tally and not HYPHENED_TALLY.fullmatch(number.shown) else 1
        end, parts = tally or (end, (_decimals(number.values),))
        if _is_age(plain, start, end) or not all(parts) or any(a <= start < b for a, b in quoted):
            continue
        glued = GLUED_WORD.match(plain, end)
        since = _past_a_glued_word(plain, placed[first - 1][2]) if first else 0
        until = placed[at][1] if at < len(placed) else len(plain)
        before = _content(plain[since:start])[-WINDOW:]
        after = _content(plain[glued.end() if glued else end : until])[:WINDOW]
        others = {
            f"#{value}"
            for n, (other, _, _) in enumerate(placed)
            if not first <= n < at
            for value in _decimals(other.values)
        }
        money, share = number.measure
        in_words = (start, end) in shares
        measure = (
            "vote" if tally else "share" if share or in_words else "money" if money else "count"
        )
        # A postposition after an amount ("₹12 लाख में", for ₹12 lakh) says nothing of it.
        named_after = (
            _head_after_genitive(plain[end:until])
            if not number.after or number.after in _function_words_of_other_scripts()
            else number.after
        )
        counted = (
            VOTE_STEM
            if tally
            else glued[1].casefold()
            if glued
            else named_after or (_content(number.before)[-1:] or [""])[0]
        )
        if _not_a_count_of_things(counted):
            continue
        found.append(
            FigureMention(
                doc,
                index,
                plain[start:end] if tally else number.qualified,
                parts,
                None if tally else shares.get((start, end), number.figure),
                measure,
                counted,
                frozenset(
                    {stem(w) for w in [*before, *after, *_content(glued[1] if glued else "")]}
                    | others
                    | ({VOTE_STEM} if tally else set())
                ),
                years,
                tuple(after),
                stem(after[0]) if glued and after else "",
                in_words,
            )
        )
    return found


def _shares_written(plain: str, tokens: Sequence[str]) -> dict[tuple[int, int], Figure]:
    """The shares a sentence writes in words or as a count of a whole ("nearly half of", "more
    than four in 10"), each by where it writes it, qualifier in, as a percentage of its
    qualifier: what an outlet gives in place of "43%". None of a sentence without a word of one
    (most), read by its tokens first, the last part of a hyphened one too ("two-thirds")."""
    if not SHARE_WORDS.intersection(t.rpartition("-")[2] for t in tokens) and "in" not in tokens:
        return {}
    return {
        span: figure._replace(values=_percent_of(figure), unit="%")
        for span, _, figure in shares_written(plain)
    }


def _percent_of(share: Figure) -> frozenset[Value]:
    """The percentage a share's figure (a ratio) stands for, as a percentage's values are."""
    percents = {100 * v for v in share.values if isinstance(v, Decimal)}
    return frozenset({*percents, *(f"{p.normalize():f}%" for p in percents)})


def _with_shares(
    plain: str,
    placed: Sequence[tuple[PlacedNumber, int, int]],
    shares: Mapping[tuple[int, int], Figure],
) -> list[tuple[PlacedNumber, int, int]]:
    """The counts ``placed``, but those a share of ``shares`` holds ("four" of "four in 10"),
    with each share placed as a count where it is written, in the sentence's order."""
    written = [
        (PlacedNumber(plain[a:b], plain[a:b], plain[:a], "", figure.values, "%"), a, b)
        for (a, b), figure in shares.items()
    ]
    return sorted(
        [*(p for p in placed if not any(a <= p[1] < b for a, b in shares)), *written],
        key=lambda p: p[1],
    )


def _placed_in(plain: str, numbers: Sequence[PlacedNumber]) -> list[tuple[PlacedNumber, int, int]]:
    """Each count with where its sentence writes it (its qualifier aside), in order; none of a
    count not found as written."""
    placed = []
    at = 0
    for number in numbers:
        start = plain.find(number.shown, at)
        if start < 0:
            continue
        at = start + len(number.shown)
        placed.append((number, start, at))
    return placed


def _tally(
    plain: str, placed: Sequence[tuple[PlacedNumber, int, int]], at: int
) -> tuple[int, tuple[frozenset[Decimal], ...]] | None:
    """A vote's tally that starts with the count at ``at``, where it ends and its two counts:
    "voted by seven votes to four", "voted eight to three", "backed it 7-4"; none of a range
    ("six to seven years") nor a score ("won 3-1"), which no vote tells."""
    number, start, end = placed[at]
    if hyphened := HYPHENED_TALLY.fullmatch(number.shown):
        parts = tuple(_decimals(numeral_values(part)) for part in hyphened.groups())
    elif at + 1 < len(placed) and VOTE_JOIN.fullmatch(plain, end, placed[at + 1][1]):
        parts = (_decimals(number.values), _decimals(placed[at + 1][0].values))
        end = placed[at + 1][2]
    else:
        return None
    told = words(plain[max(0, start - VOTE_REACH) : end + VOTE_REACH].casefold())
    return (end, parts) if any(stem(w) == VOTE_STEM for w in told) else None


def _head_after_genitive(rest: str) -> str:
    """The head of the noun phrase a Hindi or Urdu genitive opens right after an amount (its
    last word before the next postposition, conjunction or auxiliary), which says what the
    amount counts; none where no genitive follows it, or a number or no content word does.

    >>> _head_after_genitive(" के विशेष राहत पैकेज को मंजूरी दी।"), _head_after_genitive(" में बेचा।")
    ('पैकेज', '')
    """
    following = words(rest.casefold())
    if not following or following[0] not in GENITIVES:
        return ""
    phrase = list(takewhile(lambda w: w not in _function_words_of_other_scripts(), following[1:]))
    return phrase[-1] if phrase and phrase == _content_words(phrase) else ""


def _not_a_count_of_things(counted: str) -> bool:
    """Whether a count's word says it is a span of time ("31 years", "thirty years' service",
    which tell how long someone did something, seldom the same thing in two sentences) or a
    fraction's parts ("two thirds", a share the sentence does not give as one)."""
    word = counted.casefold()
    return word in lexicon().time_units or bool(FRACTION_PARTS.fullmatch(word))


def _past_a_glued_word(plain: str, at: int) -> int:
    """Where the count that ends at ``at`` ends with the word glued to it ("42-bed")."""
    glued = GLUED_WORD.match(plain, at)
    return glued.end() if glued else at


def _decimals(values: Iterable[Value]) -> frozenset[Decimal]:
    """The values a count may be, but a clock's readings of it ("~01:40" of "140")."""
    return frozenset(v for v in values if isinstance(v, Decimal))


def _is_age(plain: str, start: int, end: int) -> bool:
    """Whether a count written at ``start:end`` is someone's age."""
    return bool(
        AGE_AFTER.match(plain, end)
        or AGE_BEFORE.search(plain[max(0, start - 12) : start])
        or (
            AGE_BESIDE_A_NAME.search(plain[max(0, start - 30) : start])
            and plain[end : end + 1] == ","
        )
    )


def _content(text: str) -> list[str]:
    """The words of content of a stretch of a sentence, as written (case-folded): no function
    word, no verb of saying (who gave a figure tells nothing of what it counts), no number."""
    return _content_words(words(text.casefold()))


def _content_words(tokens: Iterable[str]) -> list[str]:
    terms = lexicon()
    other_scripts = _function_words_of_other_scripts()
    return [
        w
        for w in tokens
        if len(w) > 2
        and w not in terms.function_words
        and w not in other_scripts
        and w not in terms.attribution_verbs
        and not any(c.isdigit() for c in w)
    ]


@cache
def _function_words_of_other_scripts() -> frozenset[str]:
    """The function words of the languages a script of their own is written in (Hindi's "के",
    "लिए", "में", Urdu's "میں"): words no Latin-script sentence writes, so none says what a
    count counts in any sentence ("₹1,200 करोड़" is no count of "लिए", for).

    >>> {"लिए", "میں"} <= _function_words_of_other_scripts()
    True
    """
    by_language = lexicon().function_words_by_language
    return frozenset().union(
        *(by_language.get(code, ()) for codes in SCRIPT_LANGUAGES.values() for code in codes)
    )


def _near(a: FigureMention, b: FigureMention) -> bool:
    """Whether two counts' values are near enough to be one count told two ways, each part
    within :data:`NEAR` times the other's, or its digits with another multiplier ("£340
    million" and "£340 billion", :data:`MULTIPLIER_SLIPS`): not "about 41,000 pupils" and "more
    than 32 pupils" (a class's), nor "86 schools" and "three"."""
    near = SHARE_NEAR if a.measure == "share" else NEAR
    return all(
        any(
            min(x, y) > 0
            and (max(x, y) <= min(x, y) * near or max(x, y) / min(x, y) in MULTIPLIER_SLIPS)
            for x in ours
            for y in theirs
        )
        for ours, theirs in zip(a.values, b.values, strict=True)
    )


def _far_of_one_thing(a: FigureMention, b: FigureMention, shared: int) -> bool:
    """Whether two counts far apart in value count one thing (:func:`_counted_of_one_thing`):
    told by :data:`FAR_SHARED` stems, or two shares of one thing ("about 40 percent of its gas"
    and "about 60 percent of its gas"), which :data:`SHARE_NEAR` would keep apart; or told by
    :data:`FAR_SHARED` stems, one count with a digit slipped (:func:`_digits_slipped`)."""
    if shared >= FAR_SHARED and _digits_slipped(a, b):
        return True
    return (shared >= FAR_SHARED or a.measure == "share") and _counted_of_one_thing(a, b)


def _digits_slipped(a: FigureMention, b: FigureMention) -> bool:
    """Whether two counts count by one word and write one run of digits, one with a digit more
    or fewer (:data:`DIGIT_SLIPS`), that run long enough to tell it (:data:`MIN_SLIPPED_DIGITS`):
    "312 households" and "3,120 households"; not "12 people" and "120 people"."""

    def slipped(x: Decimal, y: Decimal) -> bool:
        low, high = sorted((x, y))
        return (
            low > 0
            and high / low in DIGIT_SLIPS
            and len(low.normalize().as_tuple().digits) >= MIN_SLIPPED_DIGITS
        )

    return _counted_by_one_word(a, b) and all(
        any(slipped(x, y) for x in ours for y in theirs)
        for ours, theirs in zip(a.values, b.values, strict=True)
    )


def _one_toll(a: FigureMention, b: FigureMention) -> bool:
    """Whether two counts are one toll of the dead or of the hurt: both counts, told beside a
    word of one harm (:data:`TOLLS`)."""
    return a.measure == b.measure == "count" and any(
        not toll.isdisjoint(a.telling & b.telling) for toll in TOLLS
    )


def _counted_of_one_thing(a: FigureMention, b: FigureMention) -> bool:
    """Whether two counts count by one word, and what it is of is one, as the first other
    content word after each says: "30,000 tonnes of wheat" and "3,000 tonnes of wheat"; not
    "41,000 pupils without lessons" and "32 pupils in some schools"."""

    def of_what(mention: FigureMention) -> str:
        counted = stem(mention.counted.casefold())
        return next((w for w in mention.following if stem(w) != counted), "")

    return _counted_by_one_word(a, b) and of_what(a) != "" and stem(of_what(a)) == stem(of_what(b))


def _counted_by_one_word(a: FigureMention, b: FigureMention) -> bool:
    """Whether two counts count by one word, by its stem: "households" of "312 households" and
    of "3,120 households"."""
    return bool(a.counted) and stem(a.counted.casefold()) == stem(b.counted.casefold())


def _common_stems(documents: Iterable[Sequence[Sentence]]) -> frozenset[str]:
    """The stems of content words that the documents holding them hold in so many of their
    sentences (more than :data:`COMMON_SHARE` of them, at least :data:`COMMON_IN_SENTENCES` in
    all) that two counts sharing one tell nothing: "plant" of a story about a recycling plant's
    fire, in a fifth of every article's sentences; not "civilians", which each of a dozen outlets
    names once, in the sentence that counts them; nor "workers" of a short wire story on a fire
    that injured 12, in a fifth of its sentences."""
    held: Counter[str] = Counter()
    read: Counter[str] = Counter()
    roots: dict[str, frozenset[str]] = {}
    for sentences in documents:
        for s in sentences:
            if s.text not in roots:
                roots[s.text] = frozenset(map(stem, _content_words(s.tokens)))
        counts = Counter(root for s in sentences for root in roots[s.text])
        held.update(counts)
        read.update(dict.fromkeys(counts, len(sentences)))
    return frozenset(
        root
        for root, count in held.items()
        if count >= COMMON_IN_SENTENCES and count > COMMON_SHARE * read[root]
    )


def _told_alike(
    mentions: Sequence[FigureMention], common: AbstractSet[str]
) -> list[tuple[int, int]]:
    """The pairs of counts of two documents told alike, by their numbers in ``mentions``: of one
    measure and unit (or units one converts into the other), near in value (or of one thing
    told by :data:`FAR_SHARED` stems, :func:`_counted_of_one_thing`, whatever the ratio), sharing
    :data:`MIN_SHARED` telling stems (but the story's ``common`` ones), each the other's one best
    match in its document (by the stems they share, then by what they count): "about 300
    people protested" is not the count of "12,000 people signed", which another count of that
    document is told more alike. Found through the stems each holds, not by trying every two
    counts."""
    holding: dict[str, list[int]] = {}
    for n, mention in enumerate(mentions):
        for token in mention.telling - common:
            holding.setdefault(token, []).append(n)
    shared: Counter[tuple[int, int]] = Counter()
    for held in holding.values():
        shared.update(_of_two_documents(held, mentions))
    scores: dict[int, dict[str, dict[int, tuple[int, bool]]]] = {}
    for (m, n), count in shared.items():
        a, b = mentions[m], mentions[n]
        if (
            (count >= MIN_SHARED or _measure_named_by_both(a, b))
            and a.doc != b.doc
            and (not a.years or not b.years or a.years == b.years)
            and _one_measure(a, b)
            and (
                (count >= FAR_SHARED and _one_toll(a, b))
                or ((_near(a, b) or _far_of_one_thing(a, b, count)) and _count_alike(a, b))
            )
        ):
            score = (count, stem(a.counted.casefold()) == stem(b.counted.casefold()))
            scores.setdefault(m, {}).setdefault(b.doc, {})[n] = score
            scores.setdefault(n, {}).setdefault(a.doc, {})[m] = score
    best = {
        (m, doc): _only_best(candidates)
        for m, in_docs in scores.items()
        for doc, candidates in in_docs.items()
    }
    return sorted(
        (m, n)
        for (m, doc), n in best.items()
        if n is not None and m < n and best[n, mentions[m].doc] == m
    )


def _of_two_documents(
    held: Sequence[int], mentions: Sequence[FigureMention]
) -> Iterator[tuple[int, int]]:
    """The pairs of ``held`` (numbers of ``mentions``, ascending, so each document's together)
    whose counts two documents state, in the order :func:`itertools.combinations` gives them.
    A document's own counts are never told alike, and a council's minutes of 200,000 words
    hold thousands of counts of one stem ("cost"): pairing them all took minutes and gigabytes."""
    docs = [mentions[n].doc for n in held]
    others_from = 0
    for i, m in enumerate(held):
        if i == others_from:
            others_from = i + 1
            while others_from < len(held) and docs[others_from] == docs[i]:
                others_from += 1
        for n in held[others_from:]:
            yield m, n


def _shares_reworded(
    mentions: Sequence[FigureMention], documents: Sequence[Sequence[Sentence]]
) -> list[tuple[int, int]]:
    """The pairs of percentages of two documents, by their numbers in ``mentions``, that one
    sentence of each gives of one counted word, each its sentence's one share, in sentences
    that share a detail (:func:`_details`), the counted word written in lower case (no name):
    "Workers on rotating shifts ... had a smaller
    increase in risk, of 9%" and "Night workers on rotating shifts were hit too, with risk up
    32%", one risk reworded and given another value, whatever their ratio. The words that tell
    counts apart beside them (``telling``) are the story's own ("night", "shift", "risk"), in
    many of its sentences, and tell no count from another; a detail tells which sentence of
    one retells which of the other. Each is the other's one such match."""
    stems = _lower_case_stems(documents)
    details = _details(documents, stems)
    shares = Counter((m.doc, m.sentence) for m in mentions if m.measure == "share")
    by_counted: dict[str, list[int]] = {}
    for n, mention in enumerate(mentions):
        if (
            mention.measure == "share"
            and stem(mention.counted) in stems[mention.doc, mention.sentence]
            and not mention.in_words
            and shares[mention.doc, mention.sentence] == 1
        ):
            by_counted.setdefault(stem(mention.counted), []).append(n)
    matches: dict[tuple[int, str], list[int]] = {}
    for counted, group in by_counted.items():
        for m, n in _of_two_documents(group, mentions):
            a, b = mentions[m], mentions[n]
            if (not a.years or not b.years or a.years == b.years) and (
                details[a.doc, a.sentence] & details[b.doc, b.sentence]
            ) - {counted}:
                matches.setdefault((m, b.doc), []).append(n)
                matches.setdefault((n, a.doc), []).append(m)
    return _each_the_others_only(matches, mentions)


def _record_shares(
    mentions: Sequence[FigureMention], records: AbstractSet[str]
) -> list[tuple[int, int]]:
    """The pairs of percentages, by their numbers in ``mentions``, of a record's and another
    document's that are of one group (:func:`_of_one_group`), each the other's one such match in
    its document, whatever their ratio and the other words beside them: what the record gives
    is what the others are checked against, and "el 3,2 % de los vacunados" of the ministry's
    release and "el 32 % de las personas vacunadas contra la gripe" of a blog share no word but
    the group they measure. None without a record.

    >>> from compare.segment import as_sentence
    >>> def shares(doc: str, text: str) -> list[FigureMention]:
    ...     return [replace(m, doc=doc) for m in mentions_in(as_sentence(text))]
    >>> found = [*shares("release", "Hubo efectos leves en el 3,2 % de los vacunados."),
    ...     *shares("blog", "El 32 % de las personas vacunadas tuvo efectos graves.")]
    >>> _record_shares(found, {"release"}), _record_shares(found, set())
    ([(0, 1)], [])
    """
    if not records:
        return []
    matches: dict[tuple[int, str], list[int]] = {}
    for m, n in combinations(range(len(mentions)), 2):
        a, b = mentions[m], mentions[n]
        if (
            (a.doc in records) != (b.doc in records)
            and a.measure == b.measure == "share"
            and not (a.in_words or b.in_words)
            and _of_one_group(a, b)
        ):
            matches.setdefault((m, b.doc), []).append(n)
            matches.setdefault((n, a.doc), []).append(m)
    return _each_the_others_only(matches, mentions)


def _of_one_group(a: FigureMention, b: FigureMention) -> bool:
    """Whether two percentages are of one group, by the first words after each (what it is a
    share of), in one language's forms or another's: "vacunados" and "personas vacunadas"."""
    return any(
        same_root(ours, theirs) or same_spanish_root(ours, theirs)
        for ours in a.following[:GROUP_WORDS]
        for theirs in b.following[:GROUP_WORDS]
    )


def _each_the_others_only(
    matches: Mapping[tuple[int, str], Sequence[int]], mentions: Sequence[FigureMention]
) -> list[tuple[int, int]]:
    """The pairs of counts, by their numbers in ``mentions``, each the other's one match in its
    document (``matches``: by a count and another document, the counts of it that match)."""
    return sorted(
        (m, n)
        for (m, doc), found in matches.items()
        if len(found) == 1 and m < (n := found[0]) and matches[n, mentions[m].doc] == [m]
    )


def _lower_case_stems(
    documents: Sequence[Sequence[Sentence]],
) -> dict[tuple[str, int], frozenset[str]]:
    """The stems of the content words each sentence writes in lower case (no name, no weekday,
    no share's word such as "percent"), by document and sentence number."""
    share_words = lexicon().share_words
    return {
        (s.doc, s.index): frozenset(
            map(
                stem,
                _content_words(
                    w for w in find_words(normalise(s.text)) if w.islower() and w not in share_words
                ),
            )
        )
        for sentences in documents
        for s in sentences
    }


def _details(
    documents: Sequence[Sequence[Sentence]], stems: Mapping[tuple[str, int], frozenset[str]]
) -> dict[tuple[str, int], frozenset[str]]:
    """The details each sentence gives, of its lower-case ``stems``: those no document of the
    story writes in two of its sentences ("rotat" of "rotating shifts"); not the story's words
    ("shift" of a release that names night shifts three times), which tell no sentence from
    another."""
    repeated = {
        root
        for sentences in documents
        for root, count in Counter(r for s in sentences for r in stems[s.doc, s.index]).items()
        if count > 1
    }
    return {at: roots - repeated for at, roots in stems.items()}


def _measure_named_by_both(a: FigureMention, b: FigureMention) -> bool:
    """Whether two figures of a ``MEASURED`` measure both name the noun one of them measures
    ("revenue" of "revenue of $1.2 billion" and of "lifted revenue to $1.4 billion")."""
    return a.measure in MEASURED and any(
        stem(ours.counted.casefold()) in theirs.telling for ours, theirs in ((a, b), (b, a))
    )


def _only_best(candidates: Mapping[int, tuple[int, bool]]) -> int | None:
    """The one candidate that scores highest, or none where two do."""
    top = max(candidates.values())
    found = [n for n, score in candidates.items() if score == top]
    return found[0] if len(found) == 1 else None


def _count_alike(a: FigureMention, b: FigureMention) -> bool:
    """Whether two counts say they count one thing: by one word ("staff", "save"), or the word
    of one among those after the other ("137 staff" and "140 nurses, porters and kitchen
    staff", "12,400 signatures" and "12,000 people signed"); not "cut $716 billion" and
    "cuts in Medicare: $882 billion worth", nor "six committees" and "the Campaign Committee
    seeking 100,000"."""
    return (
        _measure_named_by_both(a, b)
        or _named_in_two_scripts(a, b)
        or any(
            ours.counted
            and any(_one_word(ours.counted, word) for word in (theirs.counted, *theirs.following))
            for ours, theirs in ((a, b), (b, a))
        )
    )


def _named_in_two_scripts(a: FigureMention, b: FigureMention) -> bool:
    """Whether two amounts of money name what they are of in two scripts, one without capitals,
    which no word of the other can be compared with: a Hindi paper's "₹1,200 करोड़ के विशेष राहत
    पैकेज" and one that writes it half in English, "₹1,200 करोड़ के special relief package"."""
    return (
        a.measure == b.measure == "money"
        and bool(a.counted and b.counted)
        and written_caseless(a.counted) != written_caseless(b.counted)
    )


def _one_word(word: str, other: str) -> bool:
    """Whether two words are forms of one, or of one root: "signed" and "signatures"."""
    if not other:
        return False
    if same_root(word.casefold(), other.casefold()):
        return True
    shorter, longer = sorted((stem(word.casefold()), stem(other.casefold())), key=len)
    return len(shorter) >= MIN_SHARED_ROOT and longer.startswith(shorter)


def _one_measure(a: FigureMention, b: FigureMention) -> bool:
    """Whether two counts may be of one thing: of one measure and unit (or units one converts
    into the other), and of one noun where either is written as a compound: "42-bed hospital"
    and "20-bed ward" are two, and "24 additional beds" is neither."""
    if a.measure != b.measure or len(a.values) != len(b.values):
        return False
    if a.modifies != b.modifies:
        return False
    if a.figure is None or b.figure is None:
        return True
    return units_alike(a.figure.unit, b.figure.unit) or converted(a.figure, b.figure)


def _counted_things(count: int, told_alike: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The counts told alike, directly or through others, as groups in the order of their first
    count; counts told alike with no other are none."""
    return [group for group in linked_groups(range(count), told_alike) if len(group) > 1]


def _belongs_elsewhere(
    mention: FigureMention,
    linked: Iterable[FigureMention],
    gives: Callable[[str, FigureMention], bool],
) -> bool:
    """Whether the document of a count linked to a counted thing (the counts ``linked``) gives
    another value of that thing elsewhere (``gives``: :func:`_giving`): "Nine patients", linked
    through another outlet's "147 staff", of a document that gives "137 staff" as the rest do."""
    return any(_differ(mention, other) and gives(mention.doc, other) for other in linked)


def _two_things(
    linked: Iterable[int], members: AbstractSet[int], mentions: Sequence[FigureMention]
) -> bool:
    """Whether a document of counts ``linked`` as one thing gives another of their values
    outside them, and none of its counts stays among the thing's ``members``: it tells two
    things apart that the others' counts are linked across ("hold Bank Rate at 4.25%" and "cut
    to 4%" of the release against the new rate, "4.00%", of another outlet), not one count
    linked by mistake ("Nine patients" of an article that gives "137 staff" as the rest do).
    One such document among many (:data:`FEW_APART`) sets a claim beside the figure it
    corrects ("43%" and "headlines claiming that more than half") and is left out alone."""
    kept = {mentions[n].doc for n in members}
    apart = {mentions[n].doc for n in linked if n not in members} - kept
    return len(apart) > FEW_APART * len(kept | apart)


def _gives_the_others_value(
    a: FigureMention, b: FigureMention, gives: Callable[[str, FigureMention], bool]
) -> bool:
    """Whether two counts told alike differ, and one's document gives the other's value
    elsewhere (``gives``: :func:`_giving`): the other is more likely that count's match than a
    disagreement ("Nine patients are on Larch ward" is no 137 staff of a document that gives
    "137 staff" too)."""
    return _differ(a, b) and (gives(b.doc, a) or gives(a.doc, b))


def _gives(counts: Iterable[FigureMention], figure: FigureMention) -> bool:
    """Whether a document's ``counts`` give ``figure``'s value, for anything of its measure."""
    return any(_one_measure(count, figure) and not _differ(count, figure) for count in counts)


def _one_value_each(
    things: Sequence[FigureMention],
    outlets: Mapping[str, str],
    aligned: AbstractSet[tuple[str, int, str, int]],
) -> bool:
    """Whether each document gives the counted thing one value (however often): one that gives
    two ("42-bed hospital", "24 additional beds") says they are two things, not which one the
    others' count is. Nor may an outlet (by document, ``outlets``) give two in sentences of
    two texts that no pair ``aligned``: its posts of a developing figure through the day. Its
    sentence aligned with its amended version's is a corrected figure, still the text's own."""
    by_doc: dict[str, FigureMention] = {}
    by_outlet: dict[str, list[FigureMention]] = {}
    for mention in things:
        first = by_doc.setdefault(mention.doc, mention)
        if _differ(first, mention):
            return False
        own = by_outlet.setdefault(outlets.get(mention.doc, mention.doc), [])
        if any(
            _differ(earlier, mention)
            and (earlier.doc, earlier.sentence, mention.doc, mention.sentence) not in aligned
            for earlier in own
        ):
            return False
        own.append(mention)
    return True


def _differ(a: FigureMention, b: FigureMention) -> bool:
    """Whether two counts are not one number, as written: some part of one shares no value with
    the other's ("£3.8m" and "£3.8 million" are one)."""
    return any(ours.isdisjoint(theirs) for ours, theirs in zip(a.values, b.values, strict=True))


def _agree(a: FigureMention, b: FigureMention) -> bool:
    """Whether two counts are one number, the same or one rounding or converting the other
    (``numerals.rounded`` and ``numerals.converted``: "around 140" and 137, "almost 20 miles"
    and 19), or, neither qualified, one written to fewer digits ("$43 million" and
    "$43,885,310": ``numerals.written_to_fewer_digits``), counted per one period ("£340 million" is
    not "£340 million a year")."""
    if not _one_period(a, b):
        return False
    if a.in_words or b.in_words:
        return _share_rounds(a, b)
    if not _differ(a, b):
        return True
    if a.figure is None or b.figure is None:
        return False
    return (
        rounded(a.figure, b.figure)
        or converted(a.figure, b.figure)
        or written_to_fewer_digits(a.figure, b.figure)
    )


def _share_rounds(a: FigureMention, b: FigureMention) -> bool:
    """Whether a share in words and a percentage are one number, the share rounding it to the
    nearest five points on its qualifier's side ("more than four in 10" for 43%, not "nearly
    half": ``numerals.rounds_a_percentage``); two shares in words, only as one share."""
    share, other = (a, b) if a.in_words else (b, a)
    if share.figure is None or other.figure is None:
        return False
    if other.in_words:
        return share.figure == other.figure
    ratios = frozenset(v / 100 for v in share.figure.values if isinstance(v, Decimal))
    return rounds_a_percentage(share.figure._replace(values=ratios), other.figure)


def _one_period(a: FigureMention, b: FigureMention) -> bool:
    """Whether two counts are counted per one period, or either is no figure (a tally)."""
    return a.figure is None or b.figure is None or a.figure.period == b.figure.period


def _periods_may_be_one(a: FigureMention, b: FigureMention) -> bool:
    """Whether two counts may be counted per one period: one period, or one of them gives none
    ("a £2.1 million grant" of "a grant worth £2.1 million a year"), which says nothing of it."""
    return _one_period(a, b) or not (a.figure and a.figure.period and b.figure and b.figure.period)


def _compatible(a: FigureMention, b: FigureMention) -> bool:
    """Whether two counts may be one number, each read as the span its qualifier leaves it
    (``numerals.compatible``: "about 22,000" and "more than 20,000"), the period one of them
    gives read as the other's where it gives none ("£2.1 million" and "£2.1 million a year"), or
    agree (see :func:`_agree`)."""
    if _agree(a, b):
        return True
    # A share in words is given to five points already: it may be one number only as it rounds.
    if a.in_words or b.in_words or a.figure is None or b.figure is None:
        return False
    period = a.figure.period or b.figure.period
    return _periods_may_be_one(a, b) and compatible(
        a.figure._replace(period=period), b.figure._replace(period=period)
    )


def compatible_change(notes: Sequence[FramingNote], a: str, b: str) -> tuple[str, str] | None:
    """Of two aligned sentences ``a`` and ``b`` whose framing ``notes`` change one number (and
    perhaps its qualifier), that number as each writes it with its qualifier, when the two may
    be one number as their qualifiers allow (``numerals.compatible``); else none.

    >>> notes = [FramingNote(FramingKind.NUMBER_CHANGED, "22,000", "20,000"),
    ...          FramingNote(FramingKind.ESTIMATE_CHANGED, "about", "more than")]
    >>> compatible_change(notes, "About 22,000 used it.", "More than 20,000 used it.")
    ('about 22,000', 'more than 20,000')
    >>> compatible_change(notes[:1], "About 22,000 used it.", "20,000 used it.") is None
    True
    """
    changed = [note for note in notes if note.kind is FramingKind.NUMBER_CHANGED]
    if len(changed) != 1 or any(
        note.kind not in (FramingKind.NUMBER_CHANGED, FramingKind.ESTIMATE_CHANGED)
        for note in notes
    ):
        return None
    return compatible_changes(changed, a, b).get(changed[0])


def compatible_changes(
    notes: Sequence[FramingNote], a: str, b: str
) -> dict[FramingNote, tuple[str, str] | None]:
    """Of two aligned sentences ``a`` and ``b`` and their framing ``notes``, each number changed
    from one count to one that may be the same number as their qualifiers, which differ, allow
    (``numerals.compatible``: "1.200" and "más de mil", "1,200" and "more than 1,000"; not "at
    least 41" and "at least 40", two counts), with the two as written with their qualifiers; and
    the note of that qualifier's change, which the two tell, with none.

    >>> notes = [FramingNote(FramingKind.NUMBER_CHANGED, "1.200", "mil"),
    ...          FramingNote(FramingKind.NUMBER_CHANGED, "35 %", "3,5 %"),
    ...          FramingNote(FramingKind.ESTIMATE_CHANGED, "", "más de")]
    >>> changes = compatible_changes(notes, "Hubo 1.200 quejas, un 35 % más.",
    ...                              "Hubo más de mil quejas, un 3,5 % más.")
    >>> [changes.get(note, "kept") for note in notes]
    [('1.200', 'más de mil'), 'kept', None]
    """
    changes: dict[FramingNote, tuple[str, str] | None] = {}
    estimates = {(n.a, n.b): n for n in notes if n.kind is FramingKind.ESTIMATE_CHANGED}
    for note in notes:
        if note.kind is not FramingKind.NUMBER_CHANGED:
            continue
        ours, theirs = _count_written(a, note.a), _count_written(b, note.b)
        if (
            ours is None
            or theirs is None
            or ours.figure.qualified == theirs.figure.qualified
            or not compatible(ours.figure, theirs.figure)
        ):
            continue
        changes[note] = (ours.qualified, theirs.qualified)
        if told := estimates.get((ours.qualifier, theirs.qualifier)):
            changes[told] = None
    return changes


def aligned_texts(
    sentences: Mapping[str, Sequence[Sentence]], pair: PairComparison, match: Match
) -> tuple[str, str]:
    """The text of each side of an aligned pair of ``pair``, A's first."""
    a, b = (
        " ".join(sentences[doc][n].text for n in span.sentences)
        for doc, span in ((pair.a, match.a), (pair.b, match.b))
    )
    return a, b


def compatible_notes(
    sentences: Mapping[str, Sequence[Sentence]], pair: PairComparison, match: Match
) -> frozenset[FramingNote]:
    """An aligned pair's framing notes that tell a number changed to one it may be as their
    qualifiers allow (:func:`compatible_changes`: "about 9,800" / "nearly 10,000"), with the
    note of the qualifiers' change: the story pages fold the two into one "compatible" change,
    a table of notes flags both, so that a count of changed numbers can leave out roundings."""
    if not any(note.kind is FramingKind.NUMBER_CHANGED for note in match.framing):
        return frozenset()
    return frozenset(compatible_changes(match.framing, *aligned_texts(sentences, pair, match)))


def gives_numbers_otherwise(
    sentences: Mapping[str, Sequence[Sentence]],
    pair: PairComparison,
    by_id: Mapping[str, Document],
) -> bool:
    """Whether two aligned sentences of ``pair`` give a number differently
    (:func:`numbers_given_otherwise`)."""
    return next(_numbers_given_otherwise(sentences, pair, by_id), None) is not None


def numbers_given_otherwise(
    sentences: Mapping[str, Sequence[Sentence]],
    pair: PairComparison,
    by_id: Mapping[str, Document],
) -> list[FramingNote]:
    """The numbers two aligned sentences of ``pair`` give differently, their notes read from A
    to B in its matches' order, each number with the qualifier its sentence writes before it
    ("74%" / "almost 7.5%"): a number changed that the two's qualifiers do not allow to be
    one number (:func:`compatible_changes`: "about 22,000" and "more than 20,000" may be one),
    as a report calls it "number changed", not "number changed, compatible"; not a day or a
    year named otherwise ("Friday" and "12 September", ``numerals.moments_alone``), which gives
    no figure; none of two articles that fill one template in for two events or days
    (``PairComparison.template``), each with its own; none of one outlet's two texts that
    their times order, the later updating the earlier's figures (a live blog's "category 3"
    hurricane at 05:48 and "category 1" at 10:52), as an outlet's revision of an article is no
    disagreement (``records.superseded``); ``by_id``, the run's documents by id.
    """
    return list(_numbers_given_otherwise(sentences, pair, by_id))


def _numbers_given_otherwise(
    sentences: Mapping[str, Sequence[Sentence]],
    pair: PairComparison,
    by_id: Mapping[str, Document],
) -> Iterator[FramingNote]:
    """The notes of :func:`numbers_given_otherwise` one by one, so that whether there is one
    (:func:`gives_numbers_otherwise`, asked of every pair a report lists) stops at the first
    match that has one, not reading every match's qualifiers."""
    if pair.template is not None or _updates(by_id[pair.a], by_id[pair.b]):
        return
    for match in pair.matches:
        changed = [
            note
            for note in match.framing
            if note.kind is FramingKind.NUMBER_CHANGED
            and not (moments_alone(note.a) and moments_alone(note.b))
        ]
        if changed:
            texts = aligned_texts(sentences, pair, match)
            compatible = compatible_changes(match.framing, *texts)
            yield from (
                _with_qualifiers(note, *texts) for note in changed if note not in compatible
            )


def _with_qualifiers(note: FramingNote, a: str, b: str) -> FramingNote:
    """A number changed between sentences ``a`` and ``b``, each side shown with the qualifier
    its sentence writes before it, in its case, as :func:`compatible_changes` shows its two.

    >>> note = FramingNote(FramingKind.NUMBER_CHANGED, "7.4%", "7.5%")
    >>> _with_qualifiers(note, "Food prices rose 7.4%.", "Almost 7.5% more was paid for food.").b
    'Almost 7.5%'
    """
    ours, theirs = _count_written(a, note.a), _count_written(b, note.b)
    return replace(
        note,
        a=_as_written(ours.qualified, a) if ours else note.a,
        b=_as_written(theirs.qualified, b) if theirs else note.b,
    )


def _as_written(named: str, text: str) -> str:
    """The words ``named`` as ``text`` writes them, in its case: "Some 389,952" of "some
    389,952"; as named where it writes them in more than one place."""
    places = places_of(named, text)
    return normalise(text)[slice(*places[0])] if len(places) == 1 else named


def _updates(a: Document, b: Document) -> bool:
    """Whether ``a`` and ``b`` are one outlet's texts published at two moments, the later
    updating the earlier (versions of one article share their publication).

    >>> post = Document("p0548", "Harbour Daily", "", published_time="2026-09-14T10:48:00Z")
    >>> _updates(post, replace(post, id="p1052", published_time="2026-09-14T15:52:00Z"))
    True
    >>> _updates(post, replace(post, id="c1048", source="Coastline Post"))
    False
    """
    a_at, b_at = a.published_time or a.published, b.published_time or b.published
    return a.source == b.source and a_at is not None and b_at is not None and a_at != b_at


def _count_written(text: str, shown: str) -> PlacedNumber | None:
    """The one count ``text`` writes as ``shown``, if one does."""
    found = [n for n in stated_counts(text) if n.told.casefold() == shown.casefold()]
    return found[0] if len(found) == 1 else None


def _aligned(pairs: Iterable[PairComparison]) -> frozenset[tuple[str, int, str, int]]:
    """Every two sentences of two documents a pair aligned, both ways round."""
    found = set()
    for pair in pairs:
        for match in pair.matches:
            for a in match.a.sentences:
                for b in match.b.sentences:
                    found |= {(pair.a, a, pair.b, b), (pair.b, b, pair.a, a)}
    return frozenset(found)


def _record_group(things: Sequence[FigureMention], records: AbstractSet[str]) -> str:
    """The group a record's percentage among ``things`` is a share of, as the record words it
    ("vacunados"): what the others' percentages are read against; ``""`` without one."""
    return next(
        (
            m.following[0]
            for m in things
            if m.doc in records and m.measure == "share" and m.following
        ),
        "",
    )


def _differing(
    story: str,
    things: Sequence[FigureMention],
    sentences: Mapping[str, Sequence[Sentence]],
    named: str = "",
) -> DifferingFigure:
    """The counted thing of ``things``: each document's first value, named as ``named`` says
    (a record's group), else by the word most of them count it by, as the first sentence that
    counts by it writes it (a word is read in one spelling of Arabic script's letters, and
    without its tashkeel: "مراقبا" of "86 مراقباً")."""
    first: dict[str, FigureMention] = {}
    for mention in things:
        first.setdefault(mention.doc, mention)
    given = list(first.values())
    names = Counter(m.counted for m in given if m.counted)
    # A word every document names beside its figure says what it measures ("spending" of
    # "capital spending of $450 million" and "capital spending would total $540 million"); of
    # those, or else of all, the most used word, the first document's of those used as often.
    named_by_all = Counter(
        {
            name: count
            for name, count in names.items()
            if all(stem(name.casefold()) in m.telling for m in given)
        }
    )
    counted = named or max(named_by_all or names, key=lambda name: names[name], default="")
    if counted and not named:
        first_by_it = next(m for m in given if m.counted == counted)
        counted = in_its_letters(counted, sentences[first_by_it.doc][first_by_it.sentence].text)
    rounded = all(_agree(a, b) for a, b in combinations(given, 2))
    return DifferingFigure(
        story,
        counted,
        tuple(FigureGiven(m.doc, m.sentence, m.written) for m in given),
        rounded,
        rounded or all(_compatible(a, b) for a, b in combinations(given, 2)),
    )
