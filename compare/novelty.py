"""What a sentence brings that another article lacks: the one rule behind every "adds" list.

A sentence that the aligner matched with nothing may still tell what the other article tells,
in other words: "More than 12,000 people signed a petition" against "A petition has gathered
12,400 signatures". It is an addition only when it brings something the other lacks:

- a name (a person, an organisation, a place) none of whose words the other writes as a name;
- a figure the other gives neither alike nor rounded ("almost £4 million" rounds £3.8 million,
  "£3.6 million" is another figure; a share in words is one figure, "two thirds" and not "two");
- a quotation the other quotes no half of;
- content words (roots: Snowball's stems cut by :func:`root`, so that "signed" is
  "signatures" and "injured" "injuries"; function words, attribution verbs, names, numbers and
  the story's common words aside) that no one or two sentences of the other hold the most of.

Otherwise it restates, in its own words, what the other reports. The pair sections' "What X
adds", the coverage table's "only it reports" and the focus page all read :class:`Novelty`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, cached_property, lru_cache
from operator import itemgetter

from compare.framing import denials_in, in_its_letters, stated_figures
from compare.lexicon import lexicon
from compare.numerals import (
    Figure,
    converted,
    number_vocabulary,
    rounded,
    shares_in_words,
    units_alike,
)
from compare.records import Document, Sentence, site_host
from compare.segment import (
    DIALOGUE_DASHES,
    fold_name,
    is_number,
    language_of,
    may_quote,
    name_spellings,
    normalise,
    quotation_spans,
    word_length,
    words,
)
from compare.similarity import stem

# A stem in at least this share of a story's sentences is one of its common words ("hospital",
# "council" in a story about a council closing a hospital): it tells no fact apart.
COMMON_SHARE = 0.1
# Nor is a stem common in a story of few sentences unless this many hold it.
MIN_COMMON_SENTENCES = 3
# A sentence restates the other article when one or two of the other's sentences hold at least
# this share of its content stems (and it brings no name, figure or quotation).
RESTATED_SHARE = 0.5
# A sentence of at most this many words that names the other article's outlet and brings
# nothing else new credits it ("Read the full story at the Harwick Valley Gazette."), as a
# credit line does, which is no content of its own.
MAX_CREDIT_WORDS = 20
# A quotation of fewer words names no statement of its own ("months ago" does; "axed" does not).
MIN_QUOTE_WORDS = 2
# A quotation is the other's when the other quotes at least this share of its stems.
QUOTED_SHARE = 0.5
# Quotations shown after an addition are cut to this many characters.
QUOTE_CHARS = 60
# The endings Snowball leaves on a noun made of a verb (or a verb made of a noun) that
# :func:`root` cuts, each with what it leaves in its place and the fewest letters the root keeps:
# "signatur" (signatures) is "sign" (signed), "closur" (closure) "clos" (close), "injuri"
# (injuries) "injur" (injured); not "natur" (nature) "n", nor "stori" (story) "stor" (store).
DERIVED_ENDINGS = (("atur", "", 4), ("ur", "", 4), ("ri", "r", 5), ("e", "", 4))

# A word, with its possessive, as written; a name's when its first letter is a capital, of any
# script ("Özlem Şahin", "Ødegaard", "Путин").
_WORD = re.compile(r"[^\W\d_][\w&'.]*")
# The marks that close a currency's sign after its letters ("US$", "HK$", "CN¥").
CURRENCY_MARKS = ("$", "¥")
# A word as the story writes it in lower case, of any script.
_LOWER_WORD = re.compile(r"\b[^\W\d_][\w'-]*")
# What opens a sentence inside a sentence, spaces aside: a quotation, a colon, a dash.
_OPENING_MARKS = frozenset("\"'(:-")
# How far before a word the marks that open a sentence are looked for.
_OPENING_REACH = 8
_POSSESSIVE = re.compile(r"'s?$")
# British titles the lexicon's person titles lack, which name no one ("Cllr Marsh", "MP Sarah
# Lindqvist"), and "Chief", which it leaves out as an adjective, opening a sentence with an
# office's title ("Chief Financial Officer Dana Whitfield said").
_MORE_TITLES = frozenset({"cllr", "mp", "mep", "msp", "chief"})
# What a quotation's span may hold around its words.
_QUOTE_EDGES = frozenset(" \"',.")
# What may stand between two words of one name: nothing, "of" ("League of Friends"), "&".
_JOINERS = frozenset({"", "of", "&"})
# A match report writes a minute bare as often as in words ("67'", "90+3", "Muller 67" for "the
# 67th minute", "93rd minute"), which compare pair, weighing numbers by value, holds one.
_MINUTES = frozenset({"", "minute"})
# A word's letter and a hyphen right before a word: that word goes on a hyphenated name
# ("Ribeiro" of "Perez-Ribeiro") and opens nothing.
_HYPHENATED = re.compile(r"[^\W\d_]-\Z")
# How many adjectives may stand between a German determiner and its noun ("der fünften
# bundesweiten Tarifrunde").
_GERMAN_ADJECTIVES = 3


@dataclass(frozen=True, slots=True)
class Addition:
    """A sentence that brings something the other article lacks, and what of it is new: the
    names, quotations and figures the other does not give (none when only its content words
    are new)."""

    sentence: int
    names: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()

    @property
    def new(self) -> tuple[str, ...]:
        """What is new, as shown after the sentence: names, quotations, figures."""
        return (
            *self.names,
            *(f"“{_shortened(q)}”" for q in self.quotes),
            *self.figures,
        )


@dataclass(frozen=True, slots=True)
class Restatement:
    """A sentence that restates the other article's in its own words, and the one or two
    sentences of the other (``theirs``) that hold the most of its content words, which a reader
    checks it against: none for a sentence of no content word, which restates whatever the
    other says."""

    sentence: int
    theirs: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Additions:
    """Of some sentences of one article against another, those that add (``added``) and those
    that restate the other's in their own words (``restated``), each in article order."""

    added: tuple[Addition, ...]
    restated: tuple[Restatement, ...]


@dataclass(frozen=True, slots=True)
class _Facts:
    """What one sentence says, as the rule reads it."""

    stems: frozenset[str]
    names: tuple[tuple[str, frozenset[str]], ...]
    quotes: tuple[tuple[str, frozenset[str]], ...]


@dataclass(frozen=True, slots=True)
class _Words:
    """The words a story writes in lower case, and those it writes capitalised inside a
    sentence, as :func:`_key` compares them; and its outlets' names, case-folded."""

    lower: frozenset[str]
    capitalised: frozenset[str]
    outlets: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class _Article:
    sentences: tuple[_Facts, ...]
    name_words: frozenset[str]
    quotes: tuple[frozenset[str], ...]
    folded: str
    # The numbers of the sentences that hold each content stem: a sentence compared with this
    # article is weighed against those that share a stem with it, not against every one.
    holding: Mapping[str, tuple[int, ...]]


class Novelty:
    """The rule of this module over the documents of one story: their common words, and each
    sentence's names, quotations, figures and content stems, read once.

    >>> from compare.segment import segment
    >>> mine = Document("mine", "Courier", "The petition has gathered 12,400 signatures. "
    ...     "Ward sister Margaret Fallon said she was told by a relative.")
    >>> theirs = Document("theirs", "Herald", "More than 12,000 signatures were gathered by a petition. "
    ...     'MP Sarah Lindqvist called it "a grim day for the town".')
    >>> novelty = Novelty([mine, theirs], {d.id: segment(d) for d in (mine, theirs)})
    >>> found = novelty.additions("theirs", [0, 1], "mine")
    >>> found.restated, [(a.sentence, a.new) for a in found.added]
    ((Restatement(sentence=0, theirs=(0,)),), [(1, ('MP Sarah Lindqvist', '“a grim day for the town”'))])
    """

    def __init__(
        self, documents: Iterable[Document], sentences: Mapping[str, Sequence[Sentence]]
    ) -> None:
        members = list(documents)
        self._sentences = {d.id: sentences[d.id] for d in members}
        self._sources = {d.id: frozenset(map(_key, words(d.source))) for d in members}
        self._languages = {d.id: language_of(d) for d in members}
        self._hosts = {d.id: site_host(d.url) for d in members}
        written = " ".join(s.text for d in members for s in sentences[d.id])
        self._words = _Words(
            frozenset(_key(w) for w in _LOWER_WORD.findall(normalise(written)) if w[0].islower()),
            frozenset(
                _key(s.text[start:end])
                for d in members
                for s in sentences[d.id]
                for start, end, opening in _capitalised(s.text)
                if not opening
            ),
            frozenset(normalise(d.source).casefold() for d in members),
        )
        self._articles: dict[str, _Article] = {}
        # A sentence's facts and figures follow from its text alone: the copies of a story print
        # most sentences word for word, each read once.
        self._facts_of: dict[tuple[str, str | None], _Facts] = {}
        # Figures are read only of the sentences that hold numbers, and of an article only when
        # a sentence compared with it gives one: reading them costs most.
        self._figures: dict[str, tuple[tuple[str, Figure], ...]] = {}
        self._all_figures: dict[str, tuple[tuple[str, Figure], ...]] = {}
        self._denials: dict[str, frozenset[int]] = {}

    @cached_property
    def common(self) -> frozenset[str]:
        """The story's common words: stems that many of its sentences hold, each sentence
        counted once however many articles carry it word for word (a wire story's lines would
        make every word of theirs common)."""
        distinct = {s.key: s.tokens for sentences in self._sentences.values() for s in sentences}
        counts = Counter(each for tokens in distinct.values() for each in set(map(root, tokens)))
        least = max(MIN_COMMON_SENTENCES, COMMON_SHARE * len(distinct))
        return frozenset(s for s, n in counts.items() if n >= least)

    def additions(self, doc: str, indexes: Iterable[int], other: str) -> Additions:
        """Which of ``doc``'s sentences ``indexes`` add to ``other``, and which restate it; a
        sentence that only credits ``other`` does neither (:meth:`_credits`)."""
        added, restated = [], []
        for index in indexes:
            if self._credits(doc, index, other):
                continue
            found = self.addition(doc, index, other)
            if isinstance(found, Restatement):
                restated.append(found)
            else:
                added.append(found)
        return Additions(tuple(added), tuple(restated))

    def addition(self, doc: str, index: int, other: str) -> Addition | Restatement:
        """What ``doc``'s sentence ``index`` adds to ``other``, or how it restates it."""
        if (restatement := self.restatement(doc, index, other)) is not None:
            return restatement
        facts = self._article(doc).sentences[index]
        theirs = self._article(other)
        return Addition(
            index,
            self._new_names(doc, facts, other),
            tuple(shown for shown, stems in facts.quotes if not _quoted(shown, stems, theirs)),
            # Figures are read in one spelling of Arabic's letters, shown as the article writes
            # them ("أربعة", not "اربعہ").
            tuple(
                in_its_letters(shown, self._sentences[doc][index].text)
                for shown, figure in self._sentence_figures(doc, index)
                if not _given(shown, figure, theirs, self._figures_of(other))
            ),
        )

    def restatement(self, doc: str, index: int, other: str) -> Restatement | None:
        """How ``doc``'s sentence ``index`` restates ``other``, when it tells nothing ``other``
        does not: the cheapest tests first."""
        facts = self._article(doc).sentences[index]
        theirs = self._article(other)
        if self._new_names(doc, facts, other) or self._denies_alone(doc, index, other):
            return None
        held = _restated_in(facts.stems, theirs)
        if held is None or not all(_quoted(shown, stems, theirs) for shown, stems in facts.quotes):
            return None
        if not all(
            _given(shown, figure, theirs, self._figures_of(other))
            for shown, figure in self._sentence_figures(doc, index)
        ):
            return None
        return Restatement(index, held)

    def _denies_alone(self, doc: str, index: int, other: str) -> bool:
        """Whether ``doc``'s sentence ``index`` tells a denial of a charge
        (:func:`framing.denials_in`: "Mr Hale denies murder.") and ``other`` tells none: it
        restates nothing of an article that leaves the denial out, whatever words it shares."""
        return index in self._denying(doc) and not self._denying(other)

    def _denying(self, doc: str) -> frozenset[int]:
        """The sentences of ``doc`` that tell a denial of a charge, by index, read once a
        document: each of its sentences is weighed against every other article."""
        if doc not in self._denials:
            self._denials[doc] = frozenset(
                i for i, s in enumerate(self._sentences[doc]) if denials_in(s.tokens)
            )
        return self._denials[doc]

    def _new_names(self, doc: str, facts: _Facts, other: str) -> tuple[str, ...]:
        """The names of a sentence the other does not write, each once, and none inside a
        longer one: "Russian" not beside "Russian President Vladimir Putin"; nor either
        article's outlet's, which is no news of the story."""
        own = self._sources[doc]
        known = own | self._sources[other] | self._article(other).name_words
        # A name that holds the outlet's own is the outlet's ("Bloomberg News" of Bloomberg).
        new = [
            (shown, keys)
            for shown, keys in facts.names
            if keys - known and not (own and own <= keys)
        ]
        kept: dict[frozenset[str], str] = {}
        for shown, keys in new:
            if keys not in kept and not any(keys < longer for _, longer in new):
                kept[keys] = shown
        return tuple(kept.values())

    def _credits(self, doc: str, index: int, other: str) -> bool:
        """Whether ``doc``'s sentence ``index`` only credits ``other``: a sentence of at most
        ``MAX_CREDIT_WORDS`` words that names its outlet, by all its source's words or its site's
        host, in the words of a credit (``credit_line_words``: "read", "story", "source"), and
        brings no name, quotation or figure of its own ("Read the full story at the Harwick
        Valley Gazette.", "Read the full story at harwickgazette.com."); not "Northwind Systems
        did not respond to a request for comment.", news of the outlet."""
        sentence = self._sentences[doc][index]
        if len(sentence.tokens) > MAX_CREDIT_WORDS:
            return False
        facts = self._article(doc).sentences[index]
        source, host = self._sources[other] - self._sources[doc], self._hosts[other]
        # The whole name: "Kaneshiro will also increase its share buyback." names the company,
        # not the release of Kaneshiro Motors it would credit.
        named = any(source and source <= keys for _, keys in facts.names) or bool(
            host and host in sentence.text.casefold()
        )
        return (
            named
            and not lexicon().credit_line_words.isdisjoint(sentence.tokens)
            and not (
                self._new_names(doc, facts, other)
                or facts.quotes
                or self._sentence_figures(doc, index)
            )
        )

    def restated_by_any(self, doc: str, index: int, others: Iterable[str]) -> bool:
        """Whether any of ``others`` tells all that ``doc``'s sentence ``index`` does."""
        stems = self._article(doc).sentences[index].stems
        # Only an article that holds two of its content words (or its one) may restate it: the
        # others of a story of hundreds are not read.
        least = min(2, len(stems))
        holding = Counter(other for s in stems for other in self._holding.get(s, ()))
        return any(
            holding[other] >= least and self.restatement(doc, index, other) is not None
            for other in others
            if other != doc
        )

    @cached_property
    def _holding(self) -> dict[str, set[str]]:
        """The documents that hold each stem, a superset of each's content stems."""
        holding: dict[str, set[str]] = {}
        for doc, sentences in self._sentences.items():
            for sentence in sentences:
                for token in sentence.tokens:
                    holding.setdefault(root(token), set()).add(doc)
        return holding

    def _article(self, doc: str) -> _Article:
        if doc not in self._articles:
            self._articles[doc] = self._read(doc)
        return self._articles[doc]

    def _read(self, doc: str) -> _Article:
        sentences = tuple(self._facts(s) for s in self._sentences[doc])
        holding: dict[str, list[int]] = {}
        for n, facts in enumerate(sentences):
            for each in facts.stems:
                holding.setdefault(each, []).append(n)
        return _Article(
            sentences,
            # Any capitalised word names what a name of the other may: "Peskov, NATO's ..."
            # opens a sentence with a name no run of :func:`_names` takes.
            # Each in every spelling (see :func:`segment.name_spellings`): the other's "Muller"
            # and "Mueller" are our "Müller".
            frozenset(
                spelling
                for s in self._sentences[doc]
                for start, end, _ in _capitalised(s.text)
                for spelling in _spellings(s.text[start:end])
            ),
            tuple(stems for facts in sentences for _, stems in facts.quotes),
            " ".join(words(" ".join(s.text for s in self._sentences[doc]))),
            {each: tuple(numbers) for each, numbers in holding.items()},
        )

    def _facts(self, sentence: Sentence) -> _Facts:
        # Keyed by the text, which its tokens are read from (segment.segment), and its
        # article's language, which its names are read by.
        key = (sentence.text, self._languages[sentence.doc])
        if key not in self._facts_of:
            self._facts_of[key] = self._read_facts(sentence)
        return self._facts_of[key]

    def _read_facts(self, sentence: Sentence) -> _Facts:
        names = _names(sentence.text, self._words, self._languages[sentence.doc])
        name_words = {_key(word) for shown, _ in names for word in shown.split()}
        quotes = []
        for start, end in quotation_spans(sentence.text) if may_quote(sentence.text) else ():
            quoted = _trimmed(sentence.text, start, end)
            if len(words(quoted)) >= MIN_QUOTE_WORDS:
                quotes.append((quoted, self._content(words(quoted), name_words)))
        return _Facts(self._content(sentence.tokens, name_words), names, tuple(quotes))

    def _sentence_figures(self, doc: str, index: int) -> tuple[tuple[str, Figure], ...]:
        """The figures a sentence gives, as written: "June" once, in "June 2"; a share in
        words as one ("two thirds", not "two")."""
        text = self._sentences[doc][index].text
        if text not in self._figures:
            found = [(shown, f) for shown, f in stated_figures(text) if _counts(shown, f)]
            found = [
                (shown, figure)
                for shown, figure in found
                if not any(shown != other and shown in other for other, _ in found)
            ]
            self._figures[text] = tuple(_with_shares(normalise(text), found))
        return self._figures[text]

    def _figures_of(self, doc: str) -> tuple[tuple[str, Figure], ...]:
        if doc not in self._all_figures:
            self._all_figures[doc] = tuple(
                figure
                for sentence in self._sentences[doc]
                for figure in self._sentence_figures(doc, sentence.index)
            )
        return self._all_figures[doc]

    def _content(self, tokens: Iterable[str], name_words: AbstractSet[str]) -> frozenset[str]:
        """The stems of the content words of ``tokens``: not the words of names, numbers, the
        words of :func:`_untelling` nor the story's common words."""
        untelling, untelling_stems = _untelling()
        return frozenset(
            stemmed
            for t in tokens
            if t not in untelling
            and word_length(t) > 2
            and not is_number(t)
            and (stemmed := root(t)) not in untelling_stems
            and stemmed not in self.common
            and _key(t) not in name_words
        )


# Each sentence is read for its story's words, its article's name words and its names: a
# cached look-up is quicker than reading it three times.
@lru_cache(maxsize=1 << 16)
def _capitalised(text: str) -> tuple[tuple[int, int, bool], ...]:
    """Where a sentence writes a capitalised word (without its possessive, nor a stop or a
    hyphen after it: "Muller" of "Muller's"), and whether the word opens the sentence or a
    quotation in it."""
    plain = normalise(text)
    found = []
    for word in _WORD.finditer(plain):
        # Capitals glued to a currency's sign are the sign's: "US" of "US$ 40 millones".
        if not word.group()[0].isupper() or plain[word.end() : word.end() + 1] in CURRENCY_MARKS:
            continue
        start, end = word.start(), word.end()
        if word.group().casefold().endswith("'s"):
            end -= 2
        while plain[end - 1] in ".'":
            end -= 1
        # Initials written with stops keep their last: "EE.UU.", "U.S.".
        if "." in plain[start:end] and plain[end : end + 1] == ".":
            end += 1
        found.append((start, end, _opens(plain, start)))
    return tuple(found)


def _opens(plain: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence, or a quotation or clause after a
    colon in it."""
    before = plain[max(0, start - _OPENING_REACH) : start]
    if _HYPHENATED.search(before):
        return False
    kept = before.rstrip()
    if not kept:
        return start <= _OPENING_REACH or not plain[:start].strip()
    return kept[-1] in _OPENING_MARKS or (kept[-1] in ".!?" and kept != before)


def _names(
    text: str, story: _Words, language: str | None = None
) -> tuple[tuple[str, frozenset[str]], ...]:
    """The names of a sentence, as written, each with its words as keys, titles aside: runs
    of name words, joined by nothing or "of" ("League of Friends"). A name word is capitalised,
    and no function word, nor one of its article's ``language`` (a courtesy title: "Sr.",
    "Frau"), nor date's; one that opens the sentence (or a quotation in it), a title aside
    ("Mrs Price"), only when the story writes it capitalised elsewhere, and never in lower
    case, unless it opens an outlet's name ("Bloomberg News reported"): "Despite Western
    condemnation" names the West, "Derek Hollins" Hollins. In German, a run of common nouns
    names nothing (see :func:`_german_nouns`).

    >>> [shown for shown, _ in _names("Según el Sr. Pedro Lozano, de EE.UU.", _Words(frozenset(),
    ...     frozenset()), "es")]
    ['Pedro Lozano', 'EE.UU.']
    """
    terms = lexicon()
    plain = normalise(text)
    own_words = terms.function_words_by_language.get(language or "", frozenset())
    runs: list[list[tuple[int, int]]] = []
    title_ends: int | None = None
    for start, end, opening in _capitalised(text):
        key = _key(plain[start:end])
        # The stop of a title's abbreviation ends no sentence: "Sr. Pedro Lozano".
        if title_ends is not None and plain[title_ends:start].strip() == ".":
            opening = False
        title = key in terms.person_titles or key in _MORE_TITLES
        own_word = key in own_words
        title_ends = end if title or own_word else None
        joined = runs and runs[-1] and _joined(plain[runs[-1][-1][1] : start])
        if (
            key in terms.function_words
            or own_word
            or key in terms.date_words
            # A compound's part, after a word no name's: "GAAP" of "non-GAAP".
            or (plain[start - 1 : start] == "-" and not joined)
            or (
                opening
                and not title
                and (key in story.lower or key not in story.capitalised)
                and not _opens_an_outlets_name(plain, start, story.outlets)
            )
        ):
            runs.append([])
        elif joined:
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    named = []
    for run in filter(None, runs):
        if language == "de" and _german_nouns(plain, run):
            continue
        keys = frozenset(
            key
            for start, end in run
            if (key := _key(plain[start:end])) not in terms.person_titles
            and key not in _MORE_TITLES
            and len(key) > 1
        )
        named.append((text[run[0][0] : run[-1][1]], keys))
    return tuple(named)


def _german_nouns(plain: str, run: Sequence[tuple[int, int]]) -> bool:
    """Whether a run of capitalised German words of ``plain`` (their spans) are common nouns
    (see ``german_noun_endings`` in ``framing_terms.toml``): a count's ("100 Millionen Euro"),
    or a word alone that ends as nouns are made or follows a determiner, perhaps with adjectives
    between; never a word in capitals ("GDL").

    >>> said = "Nach Schätzungen des Instituts der deutschen Wirtschaft in Köln."
    >>> [_german_nouns(said, [(said.index(w), said.index(w) + len(w))])
    ...  for w in ("Schätzungen", "Instituts", "Wirtschaft", "Köln")]
    [True, True, True, False]
    """
    terms = lexicon()
    start, end = run[0]
    before = plain[:start].split()[-_GERMAN_ADJECTIVES - 1 :]
    if before and (before[-1].isdigit() or before[-1].casefold() in number_vocabulary()):
        return True
    word = plain[start:end]
    if len(run) > 1 or word.isupper():
        return False
    stem_letters = 3
    if any(
        word.endswith(ending) and len(word) >= len(ending) + stem_letters
        for ending in terms.german_noun_endings
    ):
        return True
    for previous in reversed(before):
        if previous.casefold() in terms.german_determiners:
            return True
        if not (previous.islower() and previous.endswith(terms.german_adjective_endings)):
            return False
    return False


def _opens_an_outlets_name(plain: str, start: int, outlets: AbstractSet[str]) -> bool:
    """Whether the words at ``start`` of ``plain`` open the name of one of a story's
    ``outlets``, whole: "Bloomberg News reported" of Bloomberg names it, "City officials" of
    the City Observer does not."""
    folded = plain[start:].casefold()
    return any(
        folded.startswith(outlet) and not folded[len(outlet) : len(outlet) + 1].isalpha()
        for outlet in outlets
    )


def _joined(between: str) -> bool:
    """Whether what stands between two name words makes them one name: a hyphen with no space
    beside it ("Perez-Ribeiro"), or one of ``_JOINERS``."""
    return between == "-" or between.strip() in _JOINERS


@cache
def _untelling() -> tuple[frozenset[str], frozenset[str]]:
    """The words that tell no fact apart, and the stems: function words, negations, dates'
    words, one-word qualifiers of numbers ("almost"), numbers' words ("million") and the stems
    of attribution verbs ("claims" as "claimed") and of the cues that cite a source as they do
    ("according to the board" is "the board said")."""
    terms = lexicon()
    qualifiers = {q for q in terms.number_qualifiers if " " not in q}
    untelling = (
        terms.function_words | terms.negations | terms.date_words | qualifiers | number_vocabulary()
    )
    cues = {word for cue in terms.unnamed_source_cues for word in cue.split()}
    return frozenset(untelling), frozenset(map(root, terms.attribution_verbs | cues))


# A story's words recur: a cached look-up is quicker than cutting each again.
@lru_cache(maxsize=1 << 16)
def root(word: str) -> str:
    """The root of a case-folded word as the rule compares content words: its Snowball stem,
    less one of :data:`DERIVED_ENDINGS`, so that a sentence that says what another says in
    other forms of its words restates it.

    >>> [root(w) for w in ("signed", "signatures", "injured", "injuries", "evacuate", "evacuation")]
    ['sign', 'sign', 'injur', 'injur', 'evacu', 'evacu']
    >>> [root(w) for w in ("closure", "closing", "story", "store", "nature")]
    ['clos', 'clos', 'stori', 'stor', 'natur']
    """
    stemmed = stem(word)
    for ending, kept, least in DERIVED_ENDINGS:
        cut = stemmed.removesuffix(ending)
        if cut != stemmed and len(cut) + len(kept) >= least:
            return cut + kept
    return stemmed


# A story's words recur: a cached look-up is quicker than reading each again.
@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    """A name word as compared: folded (:func:`segment.fold_name`: "Müller" as "Mueller"), its
    possessive and stops aside."""
    return fold_name(_bare(word))


def _bare(word: str) -> str:
    """A word case-folded without its possessive and its stops."""
    return _POSSESSIVE.sub("", normalise(word).casefold()).strip(".")


def _spellings(word: str) -> frozenset[str]:
    """A name word in each of its spellings (:func:`segment.name_spellings`), as :func:`_key`
    reads it."""
    return name_spellings(_bare(word))


def _trimmed(text: str, start: int, end: int) -> str:
    """The quotation at ``start:end`` of ``text`` without its marks (a dialogue dash that opens
    speech too) and the stops beside them.

    >>> _trimmed(said := "\u2014Le dijimos que se fuera \u2014relat\u00f3.", 0, said.index(" \u2014"))
    'Le dijimos que se fuera'
    """
    plain = normalise(text)
    while start < end and (plain[start] in _QUOTE_EDGES or text[start] in DIALOGUE_DASHES):
        start += 1
    while end > start and plain[end - 1] in _QUOTE_EDGES:
        end -= 1
    return text[start:end]


def _quoted(quote: str, stems: frozenset[str], theirs: _Article) -> bool:
    """Whether the other quotes ``QUOTED_SHARE`` of a quotation's content stems, two at least,
    or, of one of fewer ("We are not giving up on it"), writes its words."""
    if len(stems) < 2:
        return " ".join(words(quote)) in theirs.folded
    return any(len(stems & other) >= QUOTED_SHARE * len(stems) for other in theirs.quotes)


def _counts(shown: str, figure: Figure) -> bool:
    """Whether a figure counts or measures something (a date named from the day of writing,
    "last night", tells none): it has a value, or digits."""
    return any(isinstance(v, Decimal) for v in figure.values) or any(c.isdigit() for c in shown)


def _with_shares(plain: str, figures: Sequence[tuple[str, Figure]]) -> list[tuple[str, Figure]]:
    """A sentence's ``figures`` (in its order) with its shares in words in their places, each
    in place of the figures written in it: "two thirds", not "two"."""
    shares = shares_in_words(plain)
    if not shares:
        return list(figures)
    lowered = plain.lower()
    placed: list[tuple[int, str, Figure]] = []
    at = 0
    for shown, figure in figures:
        start = lowered.find(shown.lower(), at)
        if start < 0:
            placed.append((len(plain), shown, figure))
            continue
        at = start + len(shown)
        if not any(a < at and start < b for (a, b), _, _ in shares):
            placed.append((start, shown, figure))
    placed += [(start, shown, figure) for (start, _), shown, figure in shares]
    return [(shown, figure) for _, shown, figure in sorted(placed, key=itemgetter(0))]


def _given(
    shown: str, figure: Figure, theirs: _Article, figures: Sequence[tuple[str, Figure]]
) -> bool:
    """Whether the other article gives a figure: the same value in a unit alike (or the same
    percentage, which a share gives in any unit: "half" and "50%"), rounded (its qualifier
    saying which way) or converted; a figure without values, as written."""
    if not figure.values:
        return " ".join(words(shown)) in theirs.folded
    return any(
        _same_value(figure, other) or rounded(figure, other) or converted(figure, other)
        for _, other in figures
    )


def _same_value(figure: Figure, other: Figure) -> bool:
    """Whether two figures share a value in units alike, or a minute of a match written bare
    (see ``_MINUTES``), or a percentage in any units."""
    shared = figure.values & other.values
    return bool(shared) and (
        units_alike(figure.unit, other.unit)
        or {figure.unit, other.unit} == _MINUTES
        or any(isinstance(v, str) and v.endswith("%") for v in shared)
    )


def _restated_in(stems: frozenset[str], theirs: _Article) -> tuple[int, ...] | None:
    """The sentence of the other, or the two that each hold two of ``stems`` or more, that hold
    ``RESTATED_SHARE`` of them or more, and two at least (all of one or two), the one holding
    the most (the earliest of a tie) first tried, with the one that holds two or more of the
    rest beside it; ``None`` when none does: the two facts of
    "300 protested, and a petition has 12,000 signatures" may be two sentences of the other, but
    not words that happen to recur apart ("end" in one, "month" in another). A sentence of no
    content word restates whatever the other says ("About Halvorsen Biotech"), no sentence in
    particular."""
    if not stems:
        return ()
    needed = max(math.ceil(RESTATED_SHARE * len(stems)), min(2, len(stems)))
    # Each share of the stems once, by the earliest sentence that holds it.
    first_holding: dict[frozenset[str], int] = {}
    for n in sorted({n for s in stems for n in theirs.holding.get(s, ())}):
        first_holding.setdefault(stems & theirs.sentences[n].stems, n)
    # Largest first, so that the pairs too small to hold what is needed are never tried; no
    # sentence of one of them holds it alone, nor doubled with itself.
    held = sorted(first_holding.items(), key=lambda h: (-len(h[0]), h[1]))
    if held and len(held[0][0]) >= needed:
        best, at = held[0]
        # A sentence that merges two of the other's facts names both: the sentence that holds
        # the most of the rest, two stems at least (a fact, not a word that recurs).
        rest = [(len(h - best), -n) for h, n in held[1:] if len(h - best) >= 2]
        return (at,) if not rest else tuple(sorted((at, -max(rest)[1])))
    paired = [h for h in held if len(h[0]) >= 2]
    for n, (a, at) in enumerate(paired):
        for b, bt in paired[n + 1 :]:
            if len(a) + len(b) < needed:
                break
            if len(a | b) >= needed:
                return tuple(sorted((at, bt)))
    return None


def _shortened(quote: str) -> str:
    if len(quote) <= QUOTE_CHARS:
        return quote
    return quote[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"
