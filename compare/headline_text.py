"""Whether a headline claims more than its own article's text: a figure, an allegation or a
finding the text tells otherwise.

A headline summarises: a figure its text does not give, or a detail it leaves out, is no
contradiction, and nothing is named of it. Precision comes first, as a false "the headline
misstates its story" is worse than a miss: a figure is named only against a count of the text
that counts the same thing (its words, or words of one group of ``[headline_counts] alike``)
and that no count of that thing in the text agrees with; an allegation only where the text
tells it at a softer level of the same ladder and nowhere at the headline's; a finding told as
established only where the text hedges it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from operator import attrgetter
from typing import NamedTuple

from compare.arabic import spelt_any_way
from compare.framing import allegation_phrase_levels, framing_notes, places_of, stated_counts
from compare.lexicon import lexicon
from compare.numerals import (
    AT_LEAST,
    AT_MOST,
    Figure,
    compatible,
    converted,
    least_of_order,
    rounded,
    rounds_a_percentage,
    shares_written,
    units_alike,
    within_its_order,
    written_to_fewer_digits,
)
from compare.records import FramingKind, FramingNote, HeadlineClaim, Sentence
from compare.segment import normalise, quotation_spans, words
from compare.similarity import stem

# How many words either side of a count tell what it counts in a headline's few words and its
# text's ("killed two workers", "41 people were arrested"): not the "injured" of "killed two
# workers and injured 14", told of the next count.
COUNTED_REACH = 3
# A whole's count straight after a part's: "118 of the 200 Assembly seats", "12 of 15 members".
PART_OF_A_WHOLE = re.compile(r"(?i)\s+of\s+(?:the\s+)?\d[\d,.]*(?!\S*%)")
# The words a count's telling words may be read across: "rate to 5%", "8% of its workforce".
ACROSS = frozenset({"to", "of", "its", "their", "the", "a", "an", "by", "were", "was", "are", "is"})
# The unit a percentage's figure is in, which a share in words is given in too.
SHARE_UNIT = "%"
# How many of the text's first sentences are read for a finding the headline states as fact
# that the text hedges in the same words (``framing_notes``' hedge_removed): a lede and its
# next lines, where the text sums up the claim its headline tells.
LEDE_SENTENCES = 3
# How far apart, as a factor, two bounds on one side may be and still agree: "dozens" (at
# least 24) and "at least 37", not "hundreds" and "at least 37".
BOUNDS_NEAR = Decimal(2)
# How many content stems a sentence must share with its headline to tell the same claim.
SHARED_STEMS = 2
# A clause ends at a mark, not at a figure's ("0.25", "1,200").
CLAUSE_BREAK = re.compile(r"[;:!?()\"\u201c\u201d]|[.,](?!\d)|\s[-\u2013\u2014]\s")
NEGATION_BEFORE = frozenset({"not", "never", "no"})
# The word glued to a count ("four-year") or after it ("18 months"), and a decade ("1890s").
GLUED_WORD = re.compile(r"-([^\W\d_]+)$")
WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
DECADE = re.compile(r"\d+0['\u2019]?s")
# What follows a count that is an age: "34-year-old", "34 years old", "a 34-year".
AGE_AFTER = re.compile(r"[- ]years?[- ]old\b|-year\b", re.IGNORECASE)


class Count(NamedTuple):
    """A count a headline or its text states: as written with its qualifier, as a figure, its
    measure ("money", "share" or "count"), the stems of the words that tell what it counts, and
    where it is (its sentence's number and its offsets there, none of a headline's); as written
    without its qualifier, and its qualifier ("nearly")."""

    written: str
    figure: Figure
    measure: str
    counted: frozenset[str]
    sentence: int
    span: tuple[int, int]
    # The stems of its clause's content words, of a share or an amount of money its clause
    # gives alone, in its unit: what "to 4.75%" measures may be told words before it ("raised
    # its main interest rate by 0.25 percentage point to 4.75%").
    measured: frozenset[str] = frozenset()
    shown: str = ""
    qualifier: str = ""
    # Whether it gives only its order in words ("hundreds"), no number.
    order: bool = False


def headline_claims(
    doc: str, title: str | None, sentences: Sequence[Sentence]
) -> tuple[HeadlineClaim, ...]:
    """What headline ``title`` claims beyond its own text (``sentences``, its article's, the
    boilerplate left out): a figure the text gives otherwise (``number_changed``), an
    allegation told firmer (``allegation_hardened``), a hedged finding told as established
    (``hedge_removed``), each read from the text's words to the headline's, at the first
    sentence that tells it otherwise.

    >>> from compare.records import Document
    >>> from compare.segment import segment
    >>> text = "A fire at the Carrow mill killed two workers on Monday, officials said."
    >>> sentences = segment(Document("d", "Post", text))
    >>> claims = headline_claims("d", "At least 3 dead in Carrow mill fire", sentences)
    >>> [(c.note.kind.value, c.note.a, c.note.b, c.sentence) for c in claims]
    [('number_changed', 'two', 'at least 3', 0)]
    """
    if not title or not sentences:
        return ()
    found = [
        *_figures_contradicted(title, sentences),
        *_allegations_hardened(title, sentences),
        *_findings_asserted(title, sentences),
    ]
    return tuple(
        HeadlineClaim(doc, sentence.index, _placed(note, sentence))
        for sentence, note in sorted(found, key=lambda found: found[0].index)
    )


def _placed(note: FramingNote, sentence: Sentence) -> FramingNote:
    """``note`` with its text side's words placed in the document's text."""
    spans = tuple(
        (sentence.start + start, sentence.start + end)
        for start, end in places_of(note.a, sentence.text)
    )
    return FramingNote(note.kind, note.a, note.b, a_spans=spans)


def _figures_contradicted(
    title: str, sentences: Sequence[Sentence]
) -> list[tuple[Sentence, FramingNote]]:
    """Each count of the headline that counts what counts of the text count, none of which it
    may be (:func:`counts_agree`), with the first of those its words tell best; not one the text gives in its
    measure where its words name nothing it counts, which may count what the headline's does:
    "Recorded crime up 3%" of "Police recorded 6.7 million offences, up 3% on the previous
    year", though "Knife crime rose by 4%" follows."""
    told = [count for sentence in sentences for count in counts_in(sentence.text, sentence.index)]
    found = []
    for headline_count in counts_in(title):
        alike = [count for count in told if counts_alike(headline_count, count)]
        unnamed = [
            count
            for count in told
            if not count.counted
            and count.measure == headline_count.measure
            and units_alike(count.figure.unit, headline_count.figure.unit)
        ]
        if alike and not any(counts_agree(headline_count, count) for count in alike + unnamed):
            told_of = headline_count.counted | headline_count.measured
            # The first of those told by the most of the headline's words: "FOOD PRICES UP A
            # THIRD" is the food prices' 74%, not the consumer prices' 3.2% before it.
            first = max(alike, key=lambda count: len(told_of & (count.counted | count.measured)))
            found.append(
                (
                    sentences[[s.index for s in sentences].index(first.sentence)],
                    FramingNote(FramingKind.NUMBER_CHANGED, first.written, headline_count.written),
                )
            )
    return found


def counts_in(text: str, sentence: int = -1) -> list[Count]:
    """The counts ``text`` states outside its quotations, ages aside, with the counts its
    orders in words give ("hundreds arrested": at least two hundred), each with the stems that
    tell what it counts (:func:`_counted_words`); ``sentence``, its sentence's number, none of
    a headline's.

    >>> [(c.written, sorted(c.counted)) for c in counts_in("At least 3 dead in mill fire")]
    [('at least 3', ['dead'])]
    """
    plain = normalise(text)
    quoted = quotation_spans(plain)
    found = []
    at = 0
    for number in stated_counts(text):
        start = plain.casefold().find(number.shown.casefold(), at)
        if start < 0:
            continue
        end = at = start + len(number.shown)
        money, share = number.measure
        # A share counts no time: "pay grew by 5.2% month on month".
        if (
            any(a <= start < b for a, b in quoted)
            or _is_age(plain, end)
            or (not share and _counts_time(number.shown, plain, end))
        ):
            continue
        measure = "share" if share else "money" if money else "count"
        qualifier_start = start - len(number.qualifier) - 1 if number.qualifier else start
        found.append(
            Count(
                number.qualified,
                number.figure,
                measure,
                _counted_words(plain, max(qualifier_start, 0), end),
                sentence,
                (start, end),
                shown=number.shown,
                qualifier=number.qualifier,
            )
        )
    # A share in words is the percentage it rounds to ("FOOD PRICES UP A THIRD"), not the count
    # a fraction may be read as.
    shares = [
        Count(
            shown,
            figure._replace(unit=SHARE_UNIT),
            "share",
            _counted_words(plain, start, end),
            sentence,
            (start, end),
            shown=shown,
        )
        for (start, end), shown, figure in shares_written(plain, of_something=False)
        if not any(a <= start < b for a, b in quoted)
    ]
    found = sorted(
        [
            count
            for count in found
            if not any(a <= count.span[0] < b for a, b in (share.span for share in shares))
        ]
        + shares,
        key=attrgetter("span"),
    )
    found = [_with_what_it_measures(count, found, plain) for count in found]
    for order in _orders().finditer(plain):
        if any(a <= order.start() < b for a, b in quoted):
            continue
        least = least_of_order(order["order"].casefold())
        if least is None:
            continue
        found.append(
            Count(
                order[0],
                Figure(frozenset({least}), "", AT_LEAST),
                "count",
                _counted_words(plain, order.start(), order.end()),
                sentence,
                order.span(),
                shown=order[0],
                order=True,
            )
        )
    return found


def _with_what_it_measures(count: Count, counts: Sequence[Count], plain: str) -> Count:
    """``count`` with the stems of its clause's content words (``Count.measured``), where it
    is a share or an amount of money and the one of its unit in its clause."""
    if count.measure == "count":
        return count
    start, end = count.span
    clause = (
        CLAUSE_BREAK.split(plain[:start])[-1],
        CLAUSE_BREAK.split(plain[end:])[0],
    )
    clause_start, clause_end = start - len(clause[0]), end + len(clause[1])
    alone = not any(
        other is not count
        and other.measure == count.measure
        and units_alike(other.figure.unit, count.figure.unit)
        and clause_start <= other.span[0] < clause_end
        for other in counts
    )
    return count._replace(measured=_content_stems(" ".join(clause))) if alone else count


def _counted_words(plain: str, start: int, end: int) -> frozenset[str]:
    """The stems of the content words that tell what a count written at ``start:end`` counts:
    up to ``COUNTED_REACH`` words either side within its clause, read across the words of
    ``ACROSS`` ("41 people were arrested", "rate to 5%"); not the words of a count beside it,
    a verb of saying, nor a word that counts nothing alone (``[headline_counts] untelling``:
    "people")."""
    terms = lexicon()
    before = CLAUSE_BREAK.split(plain[:start])[-1]
    after = CLAUSE_BREAK.split(plain[end:])[0]
    # A word after a count that stands just before the next (past its qualifier) is that
    # count's: "kills" of "magnitude 6.1 kills at least 37".
    if whole := PART_OF_A_WHOLE.match(after):
        # A part counts what its whole counts: "seats" of "winning 118 of the 200 seats".
        after = after[whole.end() :]
    elif next_count := _next_count().search(after):
        after = after[: next_count.start()]
    telling = []
    for side in (reversed(words(before.casefold())), words(after.casefold())):
        read = 0
        for word in side:
            if read == COUNTED_REACH or any(c.isdigit() for c in word):
                break
            if word in ACROSS:
                continue
            if len(word) < 3 or word in terms.function_words:
                break
            read += 1
            if word not in terms.attribution_verbs and word not in terms.headline_counts_untelling:
                telling.append(word)
    return frozenset(_as_counted(word) for word in telling)


def counts_alike(ours: Count, theirs: Count) -> bool:
    """Whether two counts, a headline's and one of its text's or two headlines', count one
    thing: of one measure and unit, told by one word or by words of one group
    (``[headline_counts] alike``), or, of a share or an amount, by a word of the clause that
    gives the other alone (``Count.measured``)."""
    return (
        ours.measure == theirs.measure
        and units_alike(ours.figure.unit, theirs.figure.unit)
        and ours.figure.period == theirs.figure.period
        and not (
            ours.counted.isdisjoint(theirs.counted | theirs.measured)
            and theirs.counted.isdisjoint(ours.measured)
        )
    )


def counts_agree(ours: Count, theirs: Count) -> bool:
    """Whether two counts of one thing may be one number: one number, one rounding, converting
    or writing the other to fewer digits ("51%" of 50.8%), an order in words the other falls in
    ("thousands" of "around 6,000"), or, either qualified, one the other's qualifier allows
    ("nearly 40" of "at least 37", "more than 1,000" of 1,200)."""
    one, other = ours.figure, theirs.figure
    # Two bounds on one side near each other say nothing against each other: "dozens" of "at
    # least 37"; "hundreds" of "at least 37" inflates it.
    return (
        bool(one.values & other.values)
        or (ours.order and within_its_order(one, other))
        or (theirs.order and within_its_order(other, one))
        or (
            one.qualified == other.qualified
            and one.qualified in (AT_LEAST, AT_MOST)
            and _near(one, other)
        )
        or rounded(one, other)
        or converted(one, other)
        or written_to_fewer_digits(one, other)
        or (bool(one.qualified or other.qualified) and compatible(one, other))
        or rounds_a_percentage(one, other)
        or rounds_a_percentage(other, one)
    )


def _near(one: Figure, other: Figure) -> bool:
    """Whether two figures' values are within ``BOUNDS_NEAR`` times each other."""
    return any(
        min(x, y) > 0 and max(x, y) <= min(x, y) * BOUNDS_NEAR
        for x in one.values
        for y in other.values
        if isinstance(x, Decimal) and isinstance(y, Decimal)
    )


def _counts_time(shown: str, plain: str, end: int) -> bool:
    """Whether a count as ``shown``, ending at ``end``, counts time or names a decade
    ("four-year", "18 months", "the 1890s"): how long something took is seldom one thing in two
    sentences."""
    glued = GLUED_WORD.search(shown)
    after = WORD_AFTER.match(plain, end)
    counted = glued[1] if glued else after[1] if after else ""
    return bool(DECADE.fullmatch(shown)) or counted.casefold() in lexicon().time_units


def _is_age(plain: str, end: int) -> bool:
    """Whether the count that ends at ``end`` is an age ("34-year-old", "a 34-year")."""
    return AGE_AFTER.match(plain, end) is not None


def _allegations_hardened(
    title: str, sentences: Sequence[Sentence]
) -> list[tuple[Sentence, FramingNote]]:
    """A verdict the headline tells ("convicted of fraud", or a name only a verdict gives,
    "Fraudster CEO": ``guilt_nouns``) where its text tells only an allegation ("charged with
    fraud") and no verdict; and a level of an allegation's ladder the
    headline tells ("charged", "forced out") where its text tells only softer ones of that
    ladder ("arrested", "resigned"): each with the text's first sentence that tells the softer."""
    terms = lexicon()
    headline = words(title.casefold())
    read = [(s, words(s.text.casefold())) for s in sentences]
    found = []
    if verdict := _verdict(headline) or next(
        (word for word in headline if word in terms.guilt_nouns), None
    ):
        verdicts = [s for s, tokens in read if _verdict(tokens)]
        pending = [
            (s, word)
            for s, tokens in read
            for word in tokens
            if word in terms.pending_allegation_words
        ]
        if pending and not verdicts:
            sentence, word = pending[0]
            found.append((sentence, FramingNote(FramingKind.ALLEGATION_HARDENED, word, verdict)))
    headline_firmest = _firmest(headline)
    # Each sentence's ladders are read once, not once for each ladder the headline writes.
    firmest_of = [(s, _firmest(tokens)) for s, tokens in read] if headline_firmest else []
    for ladder, (level, said) in headline_firmest.items():
        told = [(s, firmest[ladder]) for s, firmest in firmest_of if ladder in firmest]
        if told and all(level < their_level for _, (their_level, _) in told):
            sentence, (_, softer) = told[0]
            found.append((sentence, FramingNote(FramingKind.ALLEGATION_HARDENED, softer, said)))
    return found


def _verdict(tokens: Sequence[str]) -> str | None:
    """The first word of a court's verdict ``tokens`` write (``guilt_words``), not denied
    ("pleaded not guilty")."""
    guilt = lexicon().guilt_words
    for at, word in enumerate(tokens):
        if word in guilt and NEGATION_BEFORE.isdisjoint(tokens[max(0, at - 2) : at]):
            return word
    return None


def _firmest(tokens: Sequence[str]) -> dict[tuple[str, int], tuple[int, str]]:
    """The firmest level of each allegation ladder ``tokens`` write, by the ladder (a word's or
    a phrase's), with its words as written."""
    terms = lexicon()
    found: dict[tuple[str, int], tuple[int, str]] = {}
    told = [
        (("word", ladder), level, word)
        for word in tokens
        if word in terms.allegation_levels
        for ladder, level in [terms.allegation_levels[word]]
    ] + [
        (("phrase", ladder), level, phrase)
        for (ladder, level), phrase in allegation_phrase_levels(tokens).items()
    ]
    for ladder, level, said in told:
        if ladder not in found or level < found[ladder][0]:
            found[ladder] = (level, said)
    return found


def _findings_asserted(
    title: str, sentences: Sequence[Sentence]
) -> list[tuple[Sentence, FramingNote]]:
    """A finding the headline states as established or as a cause ("study proves", "coffee
    causes") that its text hedges or qualifies ("suggests", "linked to", "could not show"),
    the headline hedging nothing; and a hedge of a lede sentence telling the headline's claim
    that the headline states in its place ("was linked to" of "slashes":
    ``framing_notes``' hedge_removed with the words that replace it)."""
    terms = lexicon()
    headline = words(title.casefold())
    if _hedged(headline) or title.rstrip().endswith("?"):
        return []
    title_stems = _content_stems(title)
    stated = sorted(
        phrase for _, established in terms.certainty_steps for phrase in established.find(headline)
    )
    if stated:
        for sentence in sentences:
            hedged = sorted(
                terms.caveats.find(tokens := words(sentence.text.casefold()))
                | {
                    phrase
                    for tentative, _ in terms.certainty_steps
                    for phrase in tentative.find(tokens)
                }
            )
            if hedged and _tells_its_claim(title_stems, sentence.text):
                note = FramingNote(FramingKind.HEDGE_REMOVED, hedged[0], stated[0])
                return [(sentence, note)]
    for sentence in sentences[:LEDE_SENTENCES]:
        if not _tells_its_claim(title_stems, sentence.text):
            continue
        for note in framing_notes(sentence.text, title):
            if note.kind is FramingKind.HEDGE_REMOVED and note.a and note.b:
                return [(sentence, note)]
    return []


def _hedged(tokens: Sequence[str]) -> bool:
    """Whether ``tokens`` hedge their claim: a hedge, a tentative finding, a modal of
    possibility ("may", "could") or a headline's word that keeps a claim hedged
    (``[headline_hedges]``: "links", "allege", "why")."""
    terms = lexicon()
    return bool(
        terms.hedges.find(tokens)
        or any(tentative.find(tokens) for tentative, _ in terms.certainty_steps)
        or not terms.possibility_modals.isdisjoint(tokens)
        or not terms.headline_hedged_words.isdisjoint(tokens)
    )


def _tells_its_claim(title_stems: frozenset[str], text: str) -> bool:
    """Whether a sentence shares ``SHARED_STEMS`` content stems with its headline's
    (``title_stems``, read once for all its text's sentences)."""
    return len(title_stems & _content_stems(text)) >= SHARED_STEMS


def _content_stems(text: str) -> frozenset[str]:
    terms = lexicon()
    return frozenset(
        stem(word)
        for word in words(text.casefold())
        if len(word) > 2 and word not in terms.function_words and not word[0].isdigit()
    )


def _as_counted(word: str) -> str:
    """A word of what a count counts, as its group of ``[headline_counts] alike`` names it, else
    its stem: "killed" and "dead" are one."""
    root = stem(word)
    return _alike().get(root, root)


@cache
def _alike() -> dict[str, str]:
    """Each stem of ``[headline_counts] alike``'s words, with the first word of its group."""
    return {stem(word): group[0] for group in lexicon().headline_counts_alike for word in group}


@cache
def _next_count() -> re.Pattern[str]:
    """A word, then a count past its qualifier (``number_qualifiers``): "kills at least 37"."""
    qualifiers = sorted(lexicon().number_qualifiers, key=len, reverse=True)
    qualifier = "|".join(re.escape(q) for q in qualifiers if q[:1].isalpha())
    return re.compile(rf"(?i)\s[^\W\d_]+\s+(?:(?:{qualifier})\s+)?\d")


@cache
def _orders() -> re.Pattern[str]:
    """A count in words that gives only its order ("dozens", "several hundred")."""
    terms = lexicon()
    # Arabic's in any spelling, as they are read in one ("آلاف" as "الاف").
    orders = "|".join(sorted(map(spelt_any_way, terms.orders), key=len, reverse=True))
    vague = "|".join(sorted(map(re.escape, terms.vague_counts)))
    return re.compile(rf"(?i)\b(?:(?:{vague})\s+)?(?P<order>{orders})\b")
