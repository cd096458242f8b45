"""Group documents into stories before any pair is aligned.

Documents that share near-copy sentences (LSH candidates whose word Jaccard is at least
``COPY_JACCARD`` and that name the same names and numbers, boilerplate and very short sentences
aside: two of them, or half the shorter document's sentences, and half, naming the same numbers,
when published more than ``story_max_days`` apart; among them one that names someone or
somewhere, or, within ``story_max_days``, one that is no stock line, unless they share their
ledes and most of their text) always share a story (an undated one, unless that would join
groups whose dated documents are all further apart: it lands with the likeliest), so copies and
rewrites land together, and reports of two events that share only stock lines naming no one
("Insurers said it was too early to estimate the cost of the damage.") do not; nor does a live
blog of many events' briefs join them through its near copies of each (see
:func:`_without_bridges`). Groups then merge
by average linkage over the tf-idf cosine of their story terms (names, places and numbers, and
the content words of the title and lede; none of two that share no two words of them: one town
is many stories'), counting only documents published at most ``story_max_days`` apart (when both
dates are known: a story runs on from its nearest article, and a pair in the far half of those
days counts in part; an undated document joins a group,
but bridges no two groups whose dated documents are all further apart) and, where two groups
have pairs of documents in one language, only those (nothing is translated: across languages
only names and numbers are shared), while the best average reaches ``story_threshold``:
independent reports of one event land together without sharing a sentence, and one round-up
article cannot chain two events. Where a group of copies' fullest copy and an article were
published within ``NEWS_CYCLE_DAYS``, each copy scores at least as that fullest copy does:
copies that keep only an agency text's later paragraphs do not hold an outlet's own report of
the day apart. Idf counts each group of copies as one document, and a small run as if it had
``IDF_DOCUMENTS``, so that a folder of one event's coverage is one story as it would be among
other stories. Between two articles of one outlet, its stock terms (in most of
its articles: a hyperlocal site's town and county) count for nothing. A template filled in for
another event (another name, of one word or several, in place of one) makes no near copy, and
articles whose title and lede are one template get no term score (or whose lede is, under titles
that differ only in a first word no reading takes for a name: "Tarvik: fire latest", giving
other figures: one town's budget hearing and another town's budget vote, or putting names for
the other's that neither article gives anywhere: a desk's study brief filled in with another
journal). Nor do
articles whose near copies fill one template with another day's figures (two weeks' fuel-price
surveys) link or score: each day's report is its own story.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache, partial
from itertools import chain, pairwise, repeat, takewhile

import numpy as np
from rapidfuzz.distance import Indel
from scipy.sparse import csr_matrix

from compare.boilerplate import is_boilerplate
from compare.chinese import in_simplified, is_chinese
from compare.dates import MONTH_NAME, MONTH_SHORT_FORMS, MONTHS, is_day
from compare.disclosure import outlet
from compare.framing import speaker_words, trailing_qualifier
from compare.kills import killed_by
from compare.lexicon import lexicon
from compare.near_duplicates import short_id
from compare.numerals import EXACTLY, YEAR
from compare.records import (
    Advance,
    Document,
    JoinedBy,
    KeptApart,
    PairComparison,
    Sentence,
    Story,
    StoryLink,
    all_timed,
    articles,
    dated_as_trusted,
    first_published_keys,
    in_known_order,
    latest_versions,
    origins_and_copies,
    unwatched,
)
from compare.segment import (
    SCRIPT_LANGUAGES,
    as_sentence,
    find_words,
    fold_name,
    is_number,
    language_of,
    languages_differ,
    normalise,
    set_in_capitals,
    word_length,
    words,
)
from compare.settings import Settings, across_days
from compare.similarity import CYRILLIC, jaccard, stem, word_family
from compare.templates import (
    PLACE_ADJECTIVE_SUFFIXES,
    another_days_figures,
    figures_filled_in,
    han_people,
    names_and_numbers,
    names_any,
    names_inside,
    names_someone,
    names_swapped,
    opening_name,
    opening_of_a_name,
    plain_spelling,
    published_days_figures,
    salient_plain,
    salient_words_of,
    swapped_names,
    written_inside,
)

COPY_JACCARD = 0.5
MIN_COPY_WORDS = 6
MIN_SHARED_SENTENCES = 2
# A sentence with near-copies in more documents than this is a stock line when it is all that
# two of them share, or it and a few other stock lines ("Anyone with information is asked to
# call Crime Stoppers", a press release's "About Northwind Energy" paragraph): it links no
# short brief to another, and says nothing of what story a brief tells, whether it opens or
# closes them. Copies of one story share their other sentences too, or their lede and most of
# each article: a wire brief that six outlets carry whole is no stock passage; nor is a wire's
# lede that six outlets open with and a headline sums up, each going on in its own words;
# nor, beside hundreds of a wire story's copies, a brief of only its later sentences. A line
# that names no one is stock once articles of more than this many groups of copies besides its
# own print it word for word, and share no line naming someone or somewhere.
MAX_STOCK_REACH = 4
# The most sentences a stock passage has: a police appeal, a company's "About" paragraph.
MAX_STOCK_PASSAGE = 3
# A passage of at least two running sentences that two articles print word for word, this many
# words in all, is compared however far apart they were published: an encyclopedia article
# pastes a six-year-old release, and a desk's stock lines are single sentences spread through
# its reports (acceptance round 36, d1).
MIN_PASTED_WORDS = 30
# Terms in more than this share of an outlet's articles are its stock terms (see
# _outlet_stock_terms). Across outlets no share drops a term: one in most of a run's articles
# weighs little by its idf, and is in most of them where the run is mostly one story's coverage,
# which it tells. Dropped above half the run (as before acceptance round 31), a viral study's words
# ("phone" and "anxiety" in 34 of its 35 articles) left its rewrites too little to share, and its
# coverage came out as 7 stories. Terms in more than MAX_TERM_DOCUMENTS say nothing about which
# story a document tells (and would pair up every document that has them).
MAX_OUTLET_STOCK_SHARE = 0.5
MAX_TERM_DOCUMENTS = 200
# A run of fewer documents than this is weighed as if this many were there, the others unrelated
# ones that name none of its terms. Idf tells a story's names from words every story uses only
# across many stories: in a folder holding one event's coverage, its names are in every document
# and would weigh least, so that three outlets' reports of one dam breach (sharing the dam, the
# town and the toll) came out as three stories, and joined once 28 unrelated articles were added
# (acceptance round 18). A run this large or larger is weighed as before. On BASIL (60 articles,
# 20 events, so unchanged) each event grouped alone came out whole 15 of 20 times before and
# 20 of 20 at 50; each pair of events (6 articles) at pair recall 0.900 -> 0.996, precision
# 1.000 -> 0.992 (two Mueller-report events six days apart join); each half of 10 events
# (30 articles) keeps F1 1.000 from 40 to 60 and falls at 70 (benchmarks/README.md).
IDF_DOCUMENTS = 50
# An outlet's own articles are counted as if it had at least this many when telling its stock
# terms (see _outlet_stock_terms): a paper's three reports of one fire share the fire's names,
# which are no stock terms of the paper.
OUTLET_ARTICLES = 8
# Pairs of documents less alike than this count as not alike at all, as pairs that share no term
# do: it lowers a group's average by less than this, and spares the grouping millions of pairs
# in a large run. Of the pairs sharing a term within a week, 16,600 of 12.4 million reach it in
# 10,000 synthetic articles, and 2.2 million of 83 million in 100,000 (with names and numbers
# alone, before lede terms: 55,000 and 13.4 million; at 0.05 earlier, 21 million took 8 GB).
MIN_TERM_SCORE = 0.1
# Two articles must share at least this many telling words (a name and its lede form one word)
# for their terms to score: one word names a town, a person or a firm, whose different stories
# it shares. A brief whose other lines are a desk's stock lines keeps little but its town, and
# with it alone "A magnitude 2.4 earthquake struck near Bellport" scored 0.373 against "The
# Bellport farmers' market will move" (threshold 0.225); on a tester's 5,000-record feed,
# 38,846 local-wire pairs reached the threshold by one shared word, no pair of one true story
# across groups of copies did, and the document pairs grouped together fell 174,925 -> 99,780
# (true ones kept).
MIN_SHARED_WORDS = 2
# Nor do their terms score unless they share this many details: names, a name of several words
# ("Orchard Green", "Oscar Ashworth") counting once (see :func:`named_details`), telling figures,
# and lede words few stories use (in at most RARE_LEDE_SHARE of the groups of copies idf counts,
# and at least MIN_RARE_LEDE_GROUPS). Reports of one event name its people, places and bodies
# alike, give its figures, or tell it in its own words ("dock workers", "strike", "container
# traffic"); a desk's stock briefs share their template's words, which many of its briefs use,
# and in one town the town's name, and nothing else ("Councillors in Orchard Green have voted
# 23 to 10 to approve changes to bin collections.", "... voted 10 to 7 to approve changes to a
# new cycle lane."). On a tester's synthetic 1,000-record feed, 30,233 pairs of different
# events reached the story threshold across groups of copies, against 181 of one event
# (acceptance round 34, c3: its 4,000 records made stories of up to 100 articles from 41
# events); of the different events' pairs 27,430 shared fewer than two names, of one event's 42.
MIN_SHARED_DETAILS = 2
RARE_LEDE_SHARE = 0.01
MIN_RARE_LEDE_GROUPS = 2
# A figure two articles both give says more that they report one event than a word does: a
# score ("28-14"), a count ("2,417 students"), a sum ("$48.6 million"). Its weight is this many
# times its own in each article's vector once the vector's norm is taken, so that it counts nine
# times in the product of two that give it, and a figure one article gives alone lowers none of
# its scores. A football brief giving only the score and the school then joins its game's story,
# not the school board's vote (Kestrel Bay, acceptance round 31: 0.217 against its game's report,
# 0.367 against the vote's), and a study's abstract and an opinion piece that name its 2,417
# students join its coverage. BASIL all 60, halves, each event alone, pairs of events and lone
# undated pairs: unchanged (benchmarks/README.md).
TELLING_FIGURE_WEIGHT = 3
# Unless the two count other things with it: a figure that each article follows with the word
# of what it counts ("12 500 кв. м" of a warehouse fire, "12 500 человек" evacuated from a flood;
# "150 пожарных", "150 тыс. тенге"), no word of one alike one of the other's, is a coincidence of
# digits, weighed as any word and no detail the two share. One agency's two disaster briefs of
# one week were one story by it (acceptance round 38, b1). A figure followed by no such word
# (a score: "won 28-14 at home", "28-14 on Friday") is told by its digits alone.
# Counted words spelt this alike (rapidfuzz's Indel similarity) are one: a language's other
# spelling of it, as Belarusian writes "долараў" for Russian "долларов" (0.77).
COUNTED_ALIKE = 0.7
# A figure's unit glued to its digits ("12.4C", "15.5km") or a percent sign after it ("12.4%",
# "12,4 %"), which says what it counts as a word after it does (see _figures_counting); and the
# sign a share's word ("percent", "Prozent") counts as. A glued "m" is millions ("$48.6m"), no
# metres.
GLUED_UNIT = re.compile(
    r"(?<![\w.,])(?P<figure>\d[\d.,]*\d)(?:(?P<unit>[^\W\d_]+)\b|\s?(?P<sign>%))"
)
SHARE_SIGN = "%"
GLUED_MILLIONS = frozenset({"m"})
# A figure with a separator inside ("2,417", "48.6", "28-14") or of three digits or more; not a
# year, which says when: "Route 9", "43 percent" and "fiscal 2026" are in many stories.
TELLING_FIGURE = re.compile(r"\d+(?:[.,:/-]\d+)+|\d{3,}")
# Nor, in an article, a round figure (a whole number ending in two zeros: "2,000", "300",
# "1,300") that it gives only as an estimate ("about 2,000", "more than 300", "nearly 1,000"):
# estimates of different events round to the same few figures. An agency's flood brief "forcing
# about 2,000 from their homes" and its wildfire brief of the day before, which "forced about
# 2,000 people to leave their homes", shared that figure, weighed nine times, and "forced": their
# copies scored 0.33-0.57 against each other, and the two events were one story (acceptance
# round 40, d8). Such a figure weighs as a word and is no detail.
ROUND_FIGURE = re.compile(r"(?:\d{1,3}(?:[.,]\d{3})+|\d+)(?<=00)")
# Nor a tally of two one-digit parts: a seven-member council votes "6-1" or "5-2" on many
# matters, and many matches end "2-0" or "2:1". Two unrelated council stories, a school bond and
# a fire engine's purchase, joined on their "6-1" votes (acceptance round 32: 0.252 against a
# threshold of 0.225, 0.121 weighed once).
SMALL_TALLY = re.compile(r"\d[-:]\d")
# Document pairs whose term scores are computed at once: a block holds as many documents as
# make this many pairs with the whole run. Each pair takes some 60 bytes while its block is
# filtered, so a block of 2,000 documents held 12 million pairs, 700 MB, at 6,000 articles.
SCORE_BLOCK_PAIRS = 1 << 20
# Candidate pairs checked for copy links between two reports of progress.
CHECK_BLOCK = 1 << 16
TITLE_CHARS = 80
# A title stands for its story as far as the other outlets' titles and ledes write its words
# (see _standings); one that stands for them less than this share as well as the best title
# does is a file's label, not a headline: "Interview notes: Millbrook pool, class press
# conference, Tuesday 3 March 2026" (1.9 words an article, where the council's headline gives
# 5.4) among students' stories of the pool's rebuild.
LABEL_STANDING = 1 / 2
# A title that names its text as a source's material, not a story, by a word or three and a
# colon, or alone: "Interview notes: Harbour Road library", "Transcript: council briefing",
# "Meeting minutes"; not "Minutes from disaster", a headline's opening.
MATERIAL_LABEL = re.compile(
    r"\W*(?:[\w'\u2019-]+\s+){0,3}(?:notes|transcript|minutes)\s*(?::|$)", re.IGNORECASE
)
AVERAGE_DIGITS = 9
# A colon that ends a title's label ("Watch:", "Dovecote:"), not one inside a time ("10:30").
LABEL_COLON = re.compile(r":\s+")
# Two articles' score counts wholly within this share of story_max_days of each other, then
# less, to EDGE_WEIGHT at story_max_days: a window counting a pair six days apart as one of an
# hour let one topic's events of a week merge by its standing cast and places. A dock strike's
# march and a picket's death six days later, each a wire story with its copies, shared the union
# leader, the police chief, the port, its north gate and "lorries", and averaged just above the
# threshold: one story of two events (acceptance round 42, g1; with --story-days 3 they were two).
# Its op-eds two and three days on, a feature four days on and a week's follow-ups still join.
# BASIL unchanged: an event's reports two days apart count whole (with a weight falling from
# the first day on, one of its events split, averaging 0.221).
WHOLE_REACH = 1 / 2
EDGE_WEIGHT = 1 / 2
# Articles published at most this many days apart are one news cycle's (see average_linkage):
# a group of copies scores against an article of that cycle as its fullest copy does.
NEWS_CYCLE_DAYS = 1
# A story link's term score, as the report gives it.
LINK_SCORE_DIGITS = 3
# The rules that make a group of copies, strongest first.
COPY_RULES = (JoinedBy.SAME_ARTICLE, JoinedBy.KILLS, JoinedBy.NEAR_COPY)
# The kind of a story's key (near_duplicates.short_id): "st-5f1c9a0b2e7d".
STORY_KEY = "st"
# News writing says what the story is in its title and first sentences; the rest of an article
# turns to background that other stories share. Outlets word the lede their own way but keep its
# content words (on BASIL, cross-event pairs of articles scoring 0.225 or more fell from 41 of
# 1,710 to 4 when these words joined the names and numbers).
LEDE_SENTENCES = 3
# Shorter words are function words ("of", "کے"), or abbreviations, which the salient terms hold
# when capitalised.
MIN_LEDE_WORD = 3
# A headline is rarely longer; a feed that puts a whole text in its title field must not make
# every word of it a lede word.
MAX_TITLE_WORDS = 30
# Marks a lede word apart from a name: a colon never occurs inside a word.
LEDE_TERM = "lede:"
# The longest ending that makes an English contraction or possessive of a word ("they're",
# "didn't", "it's"); after a longer one, an apostrophe is inside a name ("O'Brien").
MAX_CONTRACTION_ENDING = 2
# The fewest letters a Russian name's stem keeps once a place adjective's suffix is cut: "Минск"
# and "Минская" are "мин", "Омск" stays "омск".
MIN_NAME_STEM = 3
# Languages (by ``segment.language_of``'s codes) that capitalise every noun: a capital there
# tells no name, and the salient terms hold every noun ("Stadt", "Abend", "Bewohner"), as they
# hold every word of a script without capitals (see _caseless_words_shared).
NOUNS_CAPITALISED = frozenset({"de", "lb"})
# A day of the month: a number of one or two digits ("2014" holds none), and its month's name
# after it, in the languages of dates.MONTHS ("14 avril", "14th of April", "1er mai", "14 de
# abril", "14. April", "14 мая"), or before it ("April 14"), within the reach of the longest.
# The look-behind follows the digit so that the engine can skip to candidates.
DAY = re.compile(r"\d(?<!\w\d)\d?(?!\d)")
MONTH_AFTER_DAY = re.compile(rf"(?i:(?:st|nd|rd|th|er|\.)?\s+(?:(?:of|de)\s+)?{MONTH_NAME})")
MONTH_BEFORE_DAY = re.compile(rf"(?i:(?<!\w){MONTH_NAME}\s+)\Z")
MONTH_REACH = 16
# The words of those names, case-folded: most sentences hold none, and need no look for a day.
MONTH_WORDS = frozenset(chain(MONTH_SHORT_FORMS, *MONTHS))
# A sentence's first word and the word after it, past one space (see _sentence_names).
OPENING_WORD = re.compile(r"\W*(?P<word>[^\W\d_][\w'\u2019-]*) (?P<after>[\w'\u2019-]+)")


def story_terms(
    document: Document,
    sentences: Sequence[Sentence],
    boilerplate: frozenset[tuple[str, int]] = frozenset(),
    names: frozenset[str] = frozenset(),
) -> Counter[str]:
    """What a document's story is told by: the :func:`salient_terms` of its text, and the stems of
    the content words of its title (its first ``MAX_TITLE_WORDS`` words) and first
    ``LEDE_SENTENCES`` sentences (so a name in the lede counts twice, as a name and as a lede
    word). Boilerplate sentences (``(document id, sentence index)``: credit, copyright and promo
    lines) say nothing of the story and do not count. Words are judged and stemmed in the
    language the article reads as (``segment.language_of``): two Spanish reports of one march
    share "pensión" and "pensiones", and neither counts "tiene", "durante" or "Sr." (see the
    lexicon's ``function_words_by_language``). A text in one case (:func:`caseless`) names
    the run's ``names`` (:func:`run_names`) wherever it gives their words.

    >>> from compare.segment import segment
    >>> text = "Dock workers in Antwerp walked out on Monday, they said."
    >>> strike = Document("d", "d", text, title="Port strike")
    >>> sorted(story_terms(strike, segment(strike)))
    ['antwerp', 'lede:antwerp', 'lede:dock', 'lede:port', 'lede:strike', 'lede:walk', \
'lede:worker']
    """
    sentences = [s for s in sentences if (document.id, s.index) not in boilerplate]
    language = language_of(document)
    lede = Counter(words(document.title or "")[:MAX_TITLE_WORDS])
    for sentence in sentences[:LEDE_SENTENCES]:
        lede.update(sentence.tokens)
    terms = salient_terms(sentences, language)
    terms.update(
        name_term(name)
        for name in _title_names(document.title or "")
        if name not in _no_names(language)
    )
    if names and caseless(sentences):
        terms.update(
            fold_name(word) for _, written in _names_read(sentences, names) for word in written
        )
    for word, count in lede.items():
        if term := _lede_term(word, language):
            terms[term] += count
    for word in _own_name(document):
        del terms[name_term(word)]
        if term := _lede_term(word, language):
            del terms[term]
    return terms


@lru_cache(maxsize=1 << 16)
def name_term(word: str) -> str:
    """A name as a story term: folded (``segment.fold_name``); a Russian one as its forms by
    case are one (``similarity.word_family``), and a place's adjective as the place (less a
    suffix of ``templates.PLACE_ADJECTIVE_SUFFIXES``). Russian declines every name: an
    outlet's own report of a fire "в Новосибирске" and the agency's "Новосибирской области",
    of a flood in "Махамбетского района" and "поселка Махамбет", share no term as written
    (acceptance round 38, b11).

    >>> [name_term(w) for w in ("Новосибирске", "Новосибирская", "Махамбетского", "Махамбет")]
    ['новосибир', 'новосибир', 'махамбет', 'махамбет']
    >>> name_term("Müller"), name_term("2,5")
    ('mueller', '2,5')
    """
    folded = fold_name(word)
    if not CYRILLIC.match(folded):
        return folded
    stemmed = word_family(folded)
    suffix = next((s for s in PLACE_ADJECTIVE_SUFFIXES if stemmed.endswith(s)), "")
    return stemmed.removesuffix(suffix) if len(stemmed) - len(suffix) >= MIN_NAME_STEM else stemmed


def _own_name(document: Document) -> list[str]:
    """The outlet's name that a document gives as its source, case-folded, where it is one word
    ("Сибирь-Информ", "Interfax"); none where the source is the file's name
    (``Document.source_from_path``), nor of a name of several words, which are often names of
    its stories too (the "Ambry Gazette" reports the river Ambry). An agency signs its own
    briefs with its name, in its dateline and in "сообщили Сибирь-Информ в МЧС": the name tells
    who wrote a brief, not what it reports, and joined one agency's fire and flood briefs of one
    week (acceptance round 38, b1), as known wire services' names (``wire_aliases``) never do.

    >>> _own_name(Document("d", "Сибирь-Информ", "")), _own_name(Document("d", "Ambry Gazette", ""))
    (['сибирь-информ'], [])
    """
    name = [] if document.source_from_path else find_words(document.source)
    return [name[0].casefold()] if len(name) == 1 else []


def named_details(
    sentences: Sequence[Sentence],
    terms: AbstractSet[str],
    title: str | None = None,
    names: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The names a text and its title give (see :func:`_title_names`: an outlet's own report
    may name its event only there), each a run of capitalised words side by side ("Orchard Green",
    "Marine Accident Office"; not a pronoun opening a quotation, "I" or "We"), and its telling
    figures (``TELLING_FIGURE``; not a round figure it gives only as an estimate, see
    :func:`_estimated_figures`, even where its headline gives it bare), of those whose words are among its story ``terms`` (so that a
    boilerplate or stock line's names, and words that name no one, are left out): what two
    reports of one event share and two fillings of a template do not. A text in one case
    (:func:`caseless`) gives those of the run's ``names`` (:func:`run_names`) that it spells.

    >>> from compare.segment import segment
    >>> text = "Councillors in Orchard Green voted 23 to 10. Leader Hana Blackwood said 2,417 agreed."
    >>> story = Document("d", "d", text + ' "I agree," Blackwood said.')
    >>> sorted(named_details(segment(story), story_terms(story, segment(story))))
    ['2,417', 'blackwood', 'hana blackwood', 'orchard green']
    """
    runs: set[tuple[str, ...]] = set()
    figures: set[str] = set()
    estimated = _estimated_figures(sentences)
    for sentence in sentences:
        plain = salient_plain(sentence.text)
        run: tuple[str, ...] = ()
        end = 0
        for word in _sentence_names(sentence.text):
            start = max(plain.find(word, end), end)
            name = name_term(word)
            a_name = not is_number(word) and name in terms
            if run and not (a_name and plain[end:start] == " "):
                runs.add(run)
                run = ()
            if a_name:
                run = (*run, plain_spelling(name))
            elif _is_telling_figure(name) and name in terms and name not in estimated:
                figures.add(name)
            end = start + len(word)
        if run:
            runs.add(run)
    named = {" ".join(run) for run in runs if not all(map(_names_no_one, run))}
    if names and caseless(sentences):
        named.update(
            name
            for name, written in _names_read(sentences, names)
            if all(fold_name(word) in terms for word in written)
        )
    # A headline drops the qualifier of a figure its text gives as an estimate ("Fire forces
    # 2,000 from homes" over "forced about 2,000 people to leave"). A number of a headline is a
    # detail as one of its text is, when telling: a feed's title cut off inside the lede's
    # figure ("... would cut 3" of "3,681 jobs") gave a one-digit detail that another event's
    # cut-off title shared.
    titled = (name_term(name) for name in _title_names(title or ""))
    return frozenset(
        named.union(
            figures,
            (
                name
                for name in titled
                if name in terms
                and name not in estimated
                and (_is_telling_figure(name) if is_number(name) else not _names_no_one(name))
            ),
        )
    )


def _estimated_figures(sentences: Sequence[Sentence]) -> frozenset[str]:
    """The round telling figures (``ROUND_FIGURE``) that a text gives only after a qualifier
    making them estimates (``number_qualifiers``, "exactly" aside), as its story terms write
    them: "2,000" of "forced about 2,000 people from their homes", not where the text also
    gives "2,000 homes lost power".

    >>> from compare.segment import segment
    >>> text = "About 2,000 fled, more than 300 helped. Some 2,417 voted; 1,300 of 2,600 stayed."
    >>> sorted(_estimated_figures(segment(Document("d", "d", text))))
    ['2,000', '300']
    """
    qualifiers = lexicon().number_qualifiers
    estimated: set[str] = set()
    exact: set[str] = set()
    for sentence in sentences:
        found_words = find_words(salient_plain(sentence.text))
        folded = [word.casefold() for word in found_words]
        for at, word in enumerate(found_words):
            figure = fold_name(word)
            if is_number(word) and _is_telling_figure(figure) and ROUND_FIGURE.fullmatch(figure):
                qualifier = trailing_qualifier(folded[:at])
                (estimated if qualifier and qualifiers[qualifier] != EXACTLY else exact).add(figure)
    return frozenset(estimated - exact)


def caseless(sentences: Sequence[Sentence]) -> bool:
    """Whether a text writes its letters in one case only, as a caption capture in capitals or
    speech-to-text in lower case do: its capitals tell no names.

    >>> from compare.segment import as_sentence
    >>> [caseless([as_sentence(text)]) for text in ("FIRE HIT HULL", "fire hit hull", "Fire hit Hull")]
    [True, True, False]
    """
    text = " ".join(sentence.text for sentence in sentences)
    return text.isupper() or text.islower()


def run_names(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    terms: Mapping[str, Counter[str]],
) -> frozenset[str]:
    """The names (:func:`named_details`, figures aside) that a run's texts written in both cases
    give, for its :func:`caseless` texts to be read for: a bulletin's captions in capitals or its
    speech-to-text in lower case name no one by their capitals, and without the names its
    story's articles give ("Arthur Pell", "Lenmouth") shared only its lede words with them, too
    few to join its story. The names of their texts, not titles: a title's names are its words
    one by one ("Kestrel" and "Point" of "Ferry aground off Kestrel Point"). A name of one word
    that those texts also write in lower case is a word of the language too ("the Harbour said",
    "the harbour"), and not read. Empty where no text is caseless.

    >>> from compare.segment import segment
    >>> wire = Document("w", "w", "Police in Lenmouth held Arthur Pell at the Harbour Inn. "
    ...                 "Boats left the harbour, Harbour officials said.")
    >>> read = Document("r", "r", "police in lenmouth held arthur pell on monday")
    >>> texts = {d.id: segment(d) for d in (wire, read)}
    >>> terms = {d.id: story_terms(d, texts[d.id]) for d in (wire, read)}
    >>> sorted(run_names([wire, read], texts, terms))
    ['arthur pell', 'harbour inn', 'lenmouth']
    """
    cased = [d for d in documents if not caseless(sentences[d.id])]
    if len(cased) == len(documents):
        return frozenset()
    names = {
        name
        for d in cased
        for name in named_details(sentences[d.id], terms[d.id].keys())
        if not is_number(name)
    }
    in_lower_case = {
        plain_spelling(word)
        for d in cased
        for sentence in sentences[d.id]
        for word in find_words(sentence.text)
        if word.islower()
    }
    return frozenset(name for name in names if " " in name or name not in in_lower_case)


def _names_read(
    sentences: Iterable[Sentence], names: frozenset[str]
) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each of ``names`` that ``sentences`` spell, in their order, with its words as written
    (case-folded): the longest name at a word first, as "Port of Harwick" is one name and
    "Harwick" another."""
    by_first = _names_by_first_word(names)
    for sentence in sentences:
        keys = [plain_spelling(token) for token in sentence.tokens]
        at = 0
        while at < len(keys):
            found = next(
                (
                    name
                    for name in by_first.get(keys[at], ())
                    if tuple(keys[at : at + len(name)]) == name
                ),
                None,
            )
            if found is None:
                at += 1
                continue
            yield " ".join(found), sentence.tokens[at : at + len(found)]
            at += len(found)


# Asked for each caseless text of a run, with the run's one set of names.
@lru_cache(maxsize=4)
def _names_by_first_word(names: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``names`` as tuples of their words, by their first word, the longest first."""
    by_first: defaultdict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in names:
        split = tuple(name.split())
        by_first[split[0]].append(split)
    return {
        first: tuple(sorted(found, key=lambda n: (-len(n), n))) for first, found in by_first.items()
    }


def _names_no_one(word: str) -> bool:
    """Whether a capitalised word names no one: a pronoun opening a quotation ("I", "We"), a
    function word, or a letter alone (the "A" of a road numbered "A749")."""
    return len(word) < 2 or word in _untelling(None) or word in lexicon().personal_pronouns


def _sentence_names(text: str) -> list[str]:
    """The salient words of a sentence (``templates.salient_words_of``), and its first word where
    a name follows it after a space: a name's first word, which a sentence's first place
    capitalises whatever it is ("Tomas Reyes, 58, had worked ...", "Calder Ports did not
    comment", "Yann Le Goff, président de la FDSEA ..."). Read as no name, it left an outlet's
    own report of an event naming only the surname an agency's copies give whole, one shared
    detail short (acceptance round 42, g2; round 41, a7). Not a word that names no one ("The
    Herald said"), nor a person's title, which is no part of the name ("Leader Hana Blackwood
    said").

    >>> _sentence_names("Tomas Reyes, 58, was named by the union."), _sentence_names("The Herald saw it.")
    (['Tomas', 'Reyes', '58'], ['Herald'])
    >>> _sentence_names("Police later said 14 were held in Kessly.")
    ['14', 'Kessly']
    """
    found = salient_words_of(text)
    opening = OPENING_WORD.match(salient_plain(text))
    if not (found and opening) or is_number(found[0]):
        return found
    first = opening.group("word")
    if (
        first[:1].isupper()
        and opening.group("after") == found[0]
        and not _names_no_one(folded := fold_name(first).casefold())
        and folded not in lexicon().person_titles
    ):
        return [first, *found]
    return found


def _title_names(title: str) -> list[str]:
    """The names a title written in sentence case gives (its capitalised words, as a sentence's
    are read); none of a title in title case, which capitalises every word. An outlet's own
    report may name its event only there: "Port Wexley counts the cost of Elara" over a text
    of volunteers, a museum's roof and a farmer's sheep (acceptance round 24: without "Elara"
    among its names it scored 0.20 against the wire's storm story, and made a story of its own).

    A label's colon opens a sentence, whose first word is capitalised for its place, as a
    text's first word is: "A", "Heavy" and "Health" of "Dovecote: A fire tore through ...",
    "Northam: Heavy rain ..." and "Bravania: Health officials ..." name no one. Read as names,
    they were details that a feed's fire, flood and health stories of one town shared beside
    the town, and joined them into stories of dozens of events (acceptance round 41, b2).

    >>> _title_names("Port Wexley counts the cost of Elara"), _title_names("Storm Elara Slams Coast")
    (['wexley', 'elara'], [])
    >>> _title_names("Dovecote: A fire at the Kestrel Mills warehouse")
    ['kestrel', 'mills']
    """
    headline = title.split()[:MAX_TITLE_WORDS]
    if sum(word[:1].isupper() for word in headline[1:]) * 2 >= len(headline) - 1:
        return []
    return [
        fold_name(word)
        for clause in LABEL_COLON.split(" ".join(headline))
        for word in salient_words_of(clause)
    ]


# A feed's ledes repeat their words: a cached word is not judged and stemmed again.
@lru_cache(maxsize=1 << 16)
def _lede_term(word: str, language: str | None = None) -> str | None:
    """The term of a lede word that says what happened, stemmed in ``language`` (see
    :func:`similarity.stem`); None for a function word (of ``language`` too), attribution verb,
    negation, date word, number or number word, or a contraction of one ("that's", "didn't").
    After an elided article the word is judged alone ("l'ambassade" as "ambassade"), and a name
    with an apostrophe inside it as a whole ("o'brien").

    >>> _lede_term("l'ambassade"), _lede_term("o'brien"), _lede_term("that's"), _lede_term("qu'il")
    ('lede:ambassad', "lede:o'brien", None, None)
    >>> _lede_term("pensiones", "es"), _lede_term("durante", "es"), _lede_term("doce", "es")
    ('lede:pension', None, None)
    """
    word = lexicon().elided(word) or word
    head, apostrophe, rest = word.partition("'")
    # An English contraction or possessive ends in a letter or two: "it's", "they're", "didn't".
    base = head if apostrophe and len(rest) <= MAX_CONTRACTION_ENDING else word
    tells = (
        word_length(base) >= MIN_LEDE_WORD
        and base not in _untelling(language)
        and not lexicon().is_negation(word)
        and not is_number(word)
    )
    return LEDE_TERM + stem(word_family(word), language) if tells else None


@cache
def _untelling(language: str | None) -> frozenset[str]:
    """The words that hold a sentence of ``language`` together or frame it, not what it
    reports. Counts in words ("doce", "seven", "millones") count as the digits do, which the
    salient terms hold, not as lede words: but for the English words some are ("seize"), and
    ordinals, which name things ("the Fifth Amendment", "Primera Guerra Mundial"). The words
    of a cue that cites a source ("according to", "по данным") say who told, not what: one
    agency's fire and flood briefs, each opening "По данным ведомства", shared them in their
    ledes once their datelines were read whole (acceptance round 38, b1)."""
    terms = lexicon()
    counts = terms.number_words.keys() - terms.ordinals - terms.homograph_numbers
    cue_words = {word for cue in terms.unnamed_source_cues for word in cue.split()}
    return (
        terms.function_words
        | _function_words_of(language)
        | terms.attribution_verbs
        | cue_words
        | terms.negations
        | _date_words()
        | counts
        | terms.multipliers.keys()
    )


@cache
def _no_names(language: str | None) -> frozenset[str]:
    """Capitalised words that name no one, as a text in ``language`` writes them: days and
    months, a person's titles as abbreviated ("Mr.", "Gral.", "Sr."), and the language's own
    untelling words, a courtesy title among them ("Señora", "Herr"); folded as names are
    (:func:`segment.fold_name`: "décembre" as "decembre")."""
    terms = lexicon()
    return frozenset(
        map(
            fold_name,
            chain(
                terms.title_abbreviations,
                _date_words(),
                terms.wire_aliases,
                _function_words_of(language),
                _chinese_attribution_verbs(),
            ),
        )
    )


@cache
def _chinese_attribution_verbs() -> frozenset[str]:
    """The lexicon's attribution verbs that are Chinese ("表示", "宣称"), which say how a report
    tells its news, not what. Chinese has no capitals to tell names by, so every word of it is
    read as one (:func:`salient_terms`): "表示" (said) was the most common story term of a
    monitor's five days of Chinese copy, and weighed as much as the drill's own names in an
    independent Taiwanese report's score against the wire's copies (acceptance round 38, a9).

    >>> sorted(_chinese_attribution_verbs() & {"表示", "宣称", "said"})
    ['宣称', '表示']
    """
    return frozenset(filter(is_chinese, lexicon().attribution_verbs))


def _function_words_of(language: str | None) -> frozenset[str]:
    """The lexicon's ``function_words_by_language`` of ``language``; of a script's label, the
    language of a text known by its script alone ("DEVANAGARI": a Hindi report that states no
    language), those of every language written in it (``segment.SCRIPT_LANGUAGES``).

    >>> "है" in _function_words_of("DEVANAGARI"), "है" in _function_words_of("hi"), _function_words_of(None)
    (True, True, frozenset())
    """
    by_language = lexicon().function_words_by_language
    codes = SCRIPT_LANGUAGES.get(language or "", frozenset({language or ""}))
    return frozenset().union(*(by_language.get(code, frozenset()) for code in codes))


@cache
def _date_words() -> frozenset[str]:
    """Days and months, in every language the lexicon and dates.MONTHS list, but months named
    as other things are too ("Mars", "May"): they say when, not what happened."""
    terms = lexicon()
    months = {name for names in MONTHS for name in names} - terms.months_named_too
    return terms.date_words | terms.other_weekdays | months


def salient_terms(sentences: Sequence[Sentence], language: str | None = None) -> Counter[str]:
    """Names, places and numbers of a text: capitalised words inside sentences, numbers, and
    every word of scripts without capital letters (of which a run keeps those other reports give
    too, :func:`_caseless_words_shared`); not the names of days and months, nor a day
    of the month beside its month ("April 14", "14 avril"), which say when, not what happened,
    nor a title or another word of the text's ``language`` that names no one (see
    :func:`_no_names`).

    >>> from compare.segment import segment
    >>> text = "The talks in Kyiv ended on Monday, April 14. Then Peskov said 32 states agreed."
    >>> sorted(salient_terms(segment(Document("d", "d", text))))
    ['32', 'kyiv', 'peskov']
    """
    no_names = _no_names(language)
    terms = Counter(
        name_term(word)
        for sentence in sentences
        for word in _sentence_names(sentence.text)
        if fold_name(word) not in no_names
    )
    days = Counter(
        day
        for sentence in sentences
        if not MONTH_WORDS.isdisjoint(sentence.tokens)
        for day in _days_of_month(normalise(sentence.text))
    )
    return terms - days if days else terms


def _caseless_words_shared(
    documents: Sequence[Document],
    terms: Mapping[str, Counter[str]],
    copies: Sequence[int],
    languages: Sequence[str | None] = (),
) -> Mapping[str, Counter[str]]:
    """Each document's story ``terms``, but the words of a script without capitals (Urdu,
    Arabic, Hindi, Chinese: :func:`salient_terms` takes every word of them for a name) that no
    other group of ``copies`` (each document's, by position) gives: a name is what other
    reports of the event give too, and a word one report alone writes outside its lede is its
    own telling, as an English report's words in lower case are, which are no terms. Left in,
    they weighed as much as names and held an Urdu paper's own report of a train crash at 0.19
    against the agency's (threshold 0.225), and its dengue report at 0.26 (acceptance round 36,
    b5). No number, nor lede word, is dropped so; and as no pair of groups shares a word
    dropped, no score across groups falls. So are the capitalised words of a text in a
    language that capitalises every noun (``languages``, each document's: see
    ``NOUNS_CAPITALISED``): a Passau paper's own German report of a flood shared "Altstadt",
    "Bundeswehr", "Donau", "Innpromenade" and "Katastrophenfall" with the agency's, and scored
    0.21 against it while each text's other nouns ("Abend", "Bewohner", "Turnhalle") weighed as
    names (acceptance round 41, d2).

    >>> from compare.segment import segment
    >>> wire = Document("w", "w", "کبیر والا اسٹیشن پر ٹرین حادثہ۔ ریلوے حکام نے سگنل کی خرابی بتائی۔")
    >>> paper = Document("p", "p", "کبیر والا میں حادثہ۔ مقامی لوگوں نے سگنل کی شکایت کی۔")
    >>> terms = {d.id: story_terms(d, segment(d)) for d in (wire, paper)}
    >>> sorted(t for t in _caseless_words_shared((wire, paper), terms, (0, 1))["p"] if ":" not in t)
    ['حادثہ', 'سگنل', 'والا', 'کبیر']
    """
    # Most terms are ASCII, which one call in C tells: no word of a script without capitals.
    caseless = {
        d.id: frozenset(
            t
            for t in terms[d.id]
            if (not t.isascii() or capitalised) and _caseless_word(t, capitalised)
        )
        for d, language in zip(documents, languages or repeat(None), strict=False)
        for capitalised in [language in NOUNS_CAPITALISED]
    }
    if not any(caseless.values()):
        return terms
    in_groups, _ = _in_groups(copies, documents, caseless)
    return {
        d.id: Counter(
            {t: n for t, n in terms[d.id].items() if in_groups[t] > 1 or t not in caseless[d.id]}
        )
        if caseless[d.id]
        else terms[d.id]
        for d in documents
    }


@lru_cache(maxsize=1 << 16)
def _caseless_word(term: str, nouns_capitalised: bool = False) -> bool:
    """Whether a story term is a word of a script without capitals, no lede word nor number;
    with ``nouns_capitalised``, of a language that capitalises every noun (see
    ``NOUNS_CAPITALISED``), any word that is no lede word nor number.

    >>> [_caseless_word(t) for t in ("کبیر", "इमारत", "lede:कबीर", "۳۱۲", "antwerp", "андрей")]
    [True, True, False, False, False, False]
    >>> _caseless_word("innpromenade", nouns_capitalised=True)
    True
    """
    return (
        (nouns_capitalised or (not term.isascii() and term.upper() == term.lower()))
        and not term.startswith(LEDE_TERM)
        and not is_number(term)
    )


def _days_of_month(plain: str) -> list[str]:
    """The days of the month a sentence names beside their months, as written.

    >>> _days_of_month("On Monday, April 14, 3 men were held; on 1er mai, 2 more; in May, 12.")
    ['14', '1']
    """
    return [
        day.group()
        for day in DAY.finditer(plain)
        if MONTH_AFTER_DAY.match(plain, day.end())
        or MONTH_BEFORE_DAY.search(plain, max(0, day.start() - MONTH_REACH), day.start())
    ]


def group_stories(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    terms: Mapping[str, Counter[str]],
    copy_links: Iterable[tuple[str, str]],
    settings: Settings,
    advance: Advance = unwatched,
    other_days: Iterable[tuple[str, str]] = (),
    languages: Mapping[str, str | None] | None = None,
    names: frozenset[str] = frozenset(),
) -> tuple[Story, ...]:
    """Stories in input order of their first document, numbered ``story-001``, ..., each with
    its key across runs (:func:`story_key`) and why each of its documents is in it
    (``Story.links``).

    Documents joined by copy links always share a story (an undated one only where that joins
    no groups whose dated documents are all ``story_max_days`` apart); groups then merge by
    :func:`average_linkage` over the tf-idf cosine of their terms, judged on their pairs in one
    language (``segment.language_of``) where they have any.

    Args:
        terms: each document's :func:`story_terms`, by document id.
        copy_links: document pairs that share near-copy sentences.
        other_days: document pairs whose near copies fill one template with another day's
            figures (see :class:`CopyLinks`): however many terms they share, they do not join.
        languages: each document's language by id (``segment.language_of``, asked of each
            document when not given: a large run's pipeline has them already).
        names: the run's names (:func:`run_names`) that its caseless texts give.
        advance: hears the documents whose scores against all others are done; the merging
            after them is a blink (0.01 s of 1.3 s at 10,000 synthetic articles).
    """
    order = {d.id: n for n, d in enumerate(documents)}
    copies = [(order[a], order[b]) for a, b in copy_links]
    # A kill advisory goes with the story it withdraws, as an article's versions go together.
    withdrawn = [
        (order[killed], order[advisory])
        for advisory, killing in killed_by(documents).items()
        for killed in killing
    ]
    versions = _versions(documents)
    days = [_ordinal(d.published) for d in documents]
    undated = [math.isnan(day) for day in days]
    written_in = [languages[d.id] if languages else language_of(d) for d in documents]
    groups_of_copies = _copy_groups(len(documents), copies + versions + withdrawn)
    terms = _caseless_words_shared(documents, terms, groups_of_copies, written_in)
    scores = _term_scores(
        documents,
        terms,
        settings,
        advance,
        groups_of_copies,
        written_in,
        [named_details(sentences[d.id], terms[d.id].keys(), d.title, names) for d in documents],
        [
            _figures_counting(sentences[d.id], language)
            for d, language in zip(documents, written_in, strict=True)
        ],
    )
    # Automated reports (earthquakes, weather, results) fill one template for many events: their
    # ledes share every word but the names, which no other story's do. Copies share their other
    # sentences too, which link them whatever their ledes ("U.S. troops", "American troops").
    # A desk's study brief may name no one in its lede: the same words with other figures ("a
    # 8.2% lower risk ... over 58 years", "a 1.0% lower risk ... over 29 years") are another
    # study's, as no two outlets' own reports of one study word it alike. A lede naming what the
    # other's names, with other figures, is an update of one event ("At least 112 people were
    # killed ... in Velsa", then "At least 127 ..."): a day or place in common is no template.
    heads = [_head(d, sentences[d.id]) for d in documents]

    def templated(i: int, j: int) -> bool:
        (title_i, lede_i), (title_j, lede_j) = heads[i], heads[j]
        if not (lede_i and lede_j):
            return False
        if (
            lede_i.template == lede_j.template
            and lede_i.names.isdisjoint(lede_j.names)
            and _other_figures(lede_i, lede_j)
        ):
            return True
        return _one_template(lede_i, lede_j) and (
            _one_template(title_i, title_j)
            or _other_opening(title_i, title_j)
            or _other_figures(lede_i, lede_j)
            or _named_apart(lede_i, lede_j, documents[i], documents[j])
        )

    apart = {(min(order[a], order[b]), max(order[a], order[b])) for a, b in other_days}
    scores = {
        pair: score for pair, score in scores.items() if pair not in apart and not templated(*pair)
    }
    copies = _without_bridges(copies, versions + withdrawn, scores)
    # An undated document's near copies were judged as if published close to every other: it
    # links to a dated one only where that joins no groups months apart, its own article's
    # versions first, then its copies among the undated, then the dated it scores highest with.
    firm = [(a, b) for a, b in copies + versions + withdrawn if not undated[a] and not undated[b]]
    undated_versions = [(a, b) for a, b in versions + withdrawn if undated[a] or undated[b]]
    among_undated = sorted((a, b) for a, b in copies if undated[a] and undated[b])
    across = [(a, b) for a, b in copies if undated[a] != undated[b]]
    likeliest = sorted(across, key=lambda link: (-scores.get((min(link), max(link)), 0.0), link))
    must = _within_reach(
        len(documents),
        firm,
        undated_versions + among_undated + likeliest,
        days,
        settings.story_max_days,
    )
    copy_groups = _copy_groups(len(documents), must)
    labels = average_linkage(
        len(documents),
        must,
        scores,
        settings.story_threshold,
        days,
        settings.story_max_days,
        written_in,
        apart,
        [sum(len(s.tokens) for s in sentences[d.id]) for d in documents],
    )
    groups: dict[int, list[Document]] = defaultdict(list)
    for label, document in zip(labels, documents, strict=True):
        groups[label].append(document)
    width = max(3, len(str(len(groups))))
    links = _JoiningLinks.of(labels, copy_groups, copies, versions, withdrawn, scores)
    grouped = [members for _, members in sorted(groups.items())]
    in_order = [in_publication_order(members) for members in grouped]
    keys = story_keys([published[0] for published in in_order])
    stories = []
    for number, (members, published, key) in enumerate(
        zip(grouped, in_order, keys, strict=True), start=1
    ):
        rank = {order[d.id]: n for n, d in enumerate(published)}
        stories.append(
            Story(
                f"story-{number:0{width}d}",
                _title(members, sentences),
                tuple(d.id for d in members),
                key,
                links.of_story(documents, [order[d.id] for d in members], rank),
            )
        )
    return tuple(stories)


def in_publication_order(members: Sequence[Document]) -> list[Document]:
    """A story's documents in the order ``records.first_published_keys`` gives them by their
    dates and versions alone (the undated last), of one moment by id: an order that unrelated
    articles and the input order leave as it is.

    >>> docs = [Document(d, d, "", published=p) for d, p in
    ...     [("post", "2025-03-11"), ("daily", "2025-03-11"), ("wire", "2025-03-10"), ("feed", None)]]
    >>> [d.id for d in in_publication_order(docs)]
    ['wire', 'daily', 'post', 'feed']
    """
    keys = first_published_keys(members, (), all_timed=all_timed(members))
    return sorted(members, key=lambda d: (keys[d.id], d.article_id or d.id, d.id))


def story_key(first_published: Document) -> str:
    """A story's key across runs: a digest of the id of its first published document (see
    :func:`in_publication_order`) in its outlet's system, its ``article_id`` where a feed's
    record gives one (``ledger-77`` of ``ledger-77@feed.jsonl:2``, so that a renamed or
    reordered export leaves it), which an earlier article of the story, or a new id of that
    one, changes.

    >>> story_key(Document("wire", "Wire", ""))
    'st-9b2abfc29cc4'
    >>> story_key(Document("wire@feed.jsonl:2", "Wire", "", article_id="wire"))
    'st-9b2abfc29cc4'
    """
    return _digest_key(first_published.article_id or first_published.id)


def story_keys(firsts: Sequence[Document]) -> list[str]:
    """The keys (:func:`story_key`) of stories whose first published documents are ``firsts``,
    each its own: where two outlets' records give one ``id`` (a merged feed's "123"), and each
    leads a story, each story's key digests its outlet's name too, and, were that shared as
    well, its document's own id.

    >>> a, b = (Document(f"123@feed.jsonl:{n}", s, "", article_id="123") for n, s in
    ...     [(1, "Wire"), (2, "Daily")])
    >>> story_keys([a]) == [story_key(a)], len(set(story_keys([a, b])))
    (True, 2)
    """
    named = [d.article_id or d.id for d in firsts]
    shared = Counter(named)
    named = [
        f"{d.source}\n{name}" if shared[name] > 1 else name
        for d, name in zip(firsts, named, strict=True)
    ]
    shared = Counter(named)
    return [
        _digest_key(d.id if shared[name] > 1 else name)
        for d, name in zip(firsts, named, strict=True)
    ]


def _digest_key(name: str) -> str:
    """A story's key from the name of its first published document."""
    return short_id(STORY_KEY, hashlib.sha256(name.encode("utf-8")).hexdigest())


@dataclass(frozen=True, slots=True)
class _JoiningLinks:
    """The links :func:`group_stories` grouped documents by, by their places: each document's
    partners of its story by :class:`JoinedBy` rule (by ``shared_terms``, only those outside
    its group of copies), and the term scores of the pairs."""

    partners: dict[JoinedBy, defaultdict[int, list[int]]]
    scores: Mapping[tuple[int, int], float]

    @classmethod
    def of(
        cls,
        labels: Sequence[int],
        copy_groups: Sequence[int],
        copies: Iterable[tuple[int, int]],
        versions: Iterable[tuple[int, int]],
        withdrawn: Iterable[tuple[int, int]],
        scores: Mapping[tuple[int, int], float],
    ) -> _JoiningLinks:
        """Of the story ``labels`` and groups of copies (``copy_groups``) by place."""
        partners: dict[JoinedBy, defaultdict[int, list[int]]] = {
            rule: defaultdict(list) for rule in JoinedBy
        }
        across = ((a, b) for a, b in scores if copy_groups[a] != copy_groups[b])
        linked = (
            (JoinedBy.SAME_ARTICLE, versions),
            (JoinedBy.KILLS, withdrawn),
            (JoinedBy.NEAR_COPY, copies),
            (JoinedBy.SHARED_TERMS, across),
        )
        for rule, pairs in linked:
            for a, b in pairs:
                if labels[a] == labels[b]:
                    partners[rule][a].append(b)
                    partners[rule][b].append(a)
        return cls(partners, scores)

    def of_story(
        self, documents: Sequence[Document], members: Sequence[int], rank: Mapping[int, int]
    ) -> tuple[StoryLink, ...]:
        """Of each of a story's ``members`` (places in ``documents``), in order, its link in its
        group of copies, by the first rule that has one, to the first published of its
        partners (by ``rank``, of :func:`in_publication_order`): a copy joins the story of what
        it copies, a weekly report's copy last week's when the two are taken for copies. Then
        its link by shared terms outside that group, if it has them, to the partner of the
        highest score (of equal scores, the first published)."""
        found = []
        for member in members:
            copied = next((r for r in COPY_RULES if self.partners[r].get(member)), None)
            if copied:
                first = min(self.partners[copied][member], key=rank.__getitem__)
                found.append(self._link(documents, member, copied, first))
            if across := self.partners[JoinedBy.SHARED_TERMS].get(member):
                scored = sorted(across, key=rank.__getitem__)
                # max keeps the first of equal scores.
                strongest = max(scored, key=lambda p: self._score(member, p) or 0.0)
                found.append(self._link(documents, member, JoinedBy.SHARED_TERMS, strongest))
        return tuple(found)

    def _link(
        self, documents: Sequence[Document], member: int, rule: JoinedBy, linked: int
    ) -> StoryLink:
        score = self._score(member, linked)
        return StoryLink(
            documents[member].id,
            rule,
            documents[linked].id,
            None if score is None else round(score, LINK_SCORE_DIGITS),
        )

    def _score(self, a: int, b: int) -> float | None:
        return self.scores.get((min(a, b), max(a, b)))


def _without_bridges(
    copies: Sequence[tuple[int, int]],
    other_links: Iterable[tuple[int, int]],
    scores: Mapping[tuple[int, int], float],
) -> list[tuple[int, int]]:
    """The ``copies`` (near-copy links, by document place) but those of a document whose
    partners fall apart into unrelated groups: partners that neither a copy link nor one of
    ``other_links`` (versions, kills) nor a term score (``scores``) joins, directly or through
    one another. A live blog or a digest carries briefs of many events, each brief's lede near
    an entry's (one town's weather warning filled in with another day): its links would make
    every event one story, and one brief a rewrite of another's through it (acceptance round
    34: 56 events of a 1,000-record feed chained through a 74,000-word live blog). Such a
    document joins a story by its terms, as any article does, and its pairs with the briefs
    of other stories are compared across stories all the same (``CopyLinks.sharing``). A
    wire's copies that each keep a part of it name its people alike: their terms score.

    >>> roundup_of_two_events = [(0, 1), (0, 2)]
    >>> _without_bridges(roundup_of_two_events, [], {})
    []
    >>> _without_bridges(roundup_of_two_events, [], {(1, 2): 0.4})
    [(0, 1), (0, 2)]
    """
    partners: defaultdict[int, set[int]] = defaultdict(set)
    for a, b in copies:
        partners[a].add(b)
        partners[b].add(a)
    related: defaultdict[int, set[int]] = defaultdict(set)
    for a, b in chain(copies, other_links, scores):
        related[a].add(b)
        related[b].add(a)
    bridges = {
        document
        for document, linked in partners.items()
        if len(linked) > 1 and not _joined_among(linked, related)
    }
    return [(a, b) for a, b in copies if a not in bridges and b not in bridges]


def _joined_among(members: AbstractSet[int], related: Mapping[int, AbstractSet[int]]) -> bool:
    """Whether ``related`` (each item's related items) joins all of ``members`` through one
    another alone.

    >>> _joined_among({1, 2, 3}, {1: {2}, 2: {1, 3}, 3: {2}}), _joined_among({1, 3}, {1: {2}, 3: {2}})
    (True, False)
    """
    first = min(members)
    reached, frontier = {first}, [first]
    while frontier and len(reached) < len(members):
        found = (related[frontier.pop()] & members) - reached
        reached |= found
        frontier.extend(found)
    return len(reached) == len(members)


def _within_reach(
    count: int,
    firm: Sequence[tuple[int, int]],
    gated: Iterable[tuple[int, int]],
    days: Sequence[float],
    max_days: float,
) -> list[tuple[int, int]]:
    """The ``firm`` links of ``count`` items, and those of ``gated`` that, taken in order, join
    no two groups whose dated items (by ``days``, NaN when unknown) are all more than
    ``max_days`` apart (see :meth:`_Reach.apart`).

    >>> _within_reach(3, [], [(1, 2), (0, 2)], [1, 130, math.nan], 7)
    [(1, 2)]
    """
    group = list(range(count))
    reach = _Reach(group, days, max_days, ())
    for a, b in firm:
        _join(group, reach, a, b)
    kept = list(firm)
    for a, b in gated:
        if not reach.apart(_root(group, a), _root(group, b)):
            _join(group, reach, a, b)
            kept.append((a, b))
    return kept


def _join(group: list[int], reach: _Reach, a: int, b: int) -> None:
    ra, rb = _root(group, a), _root(group, b)
    if ra != rb:
        keep, gone = min(ra, rb), max(ra, rb)
        group[gone] = keep
        reach.merge(keep, gone)


def _root(group: list[int], n: int) -> int:
    while group[n] != n:
        group[n] = group[group[n]]
        n = group[n]
    return n


def _versions(documents: Sequence[Document]) -> list[tuple[int, int]]:
    """Each document (by its place) with the first of the versions of its article: one outlet's
    at one address or under one id (:func:`records.articles`), whatever a correction changed in
    its headline and lede ("Fire in Harwick" corrected to "Fire in Hartwick").

    >>> at = "https://ledger.example/fire"
    >>> _versions([Document(d, "Ledger", "", url=at) for d in ("v1", "v2")])
    [(0, 1)]
    """
    order = {d.id: n for n, d in enumerate(documents)}
    links = [
        (order[versions[0].id], order[later.id])
        for versions in articles(documents)
        for later in versions[1:]
    ]
    return sorted(links, key=lambda link: link[1])


def _head(document: Document, sentences: Sequence[Sentence]) -> tuple[_Line | None, _Line | None]:
    """A document's title and first sentence that is not boilerplate, if it has them, each
    with the name it opens with where the document writes that name capitalised inside a
    sentence too (see :class:`_Line`)."""
    lede = next((s for s in sentences if not is_boilerplate(s)), None)

    def inside(opening: frozenset[str]) -> frozenset[str]:
        return written_inside(opening, sentences, lambda s: not is_boilerplate(s))

    return (
        _Line.of(as_sentence(document.title), inside) if document.title else None,
        _Line.of(lede, inside) if lede else None,
    )


def average_linkage(
    count: int,
    must_link: Iterable[tuple[int, int]],
    scores: Mapping[tuple[int, int], float],
    threshold: float,
    days: Sequence[float] = (),
    max_days: float = math.inf,
    languages: Sequence[str | None] = (),
    cannot_link: Iterable[tuple[int, int]] = (),
    sizes: Sequence[int] = (),
) -> list[int]:
    """Group items ``0..count-1``; each item's group is labelled by its smallest member.

    Items joined by ``must_link`` start in one group, a group of copies: one text, whatever
    part of it each copy keeps. Then the two groups with the highest average score between
    their members (pairs missing from ``scores`` count 0) merge, ties to the smallest labels,
    as long as that average reaches ``threshold``. Unlike joining every pair above the
    threshold, one item alike to two groups cannot chain them together. But where two groups
    of copies' fullest copies (by ``sizes``, each item's words; of equal sizes the first) were
    published within ``NEWS_CYCLE_DAYS`` of each other in one language, each of their pairs
    scores at least as those copies do: a copy that keeps only the agency's later paragraphs
    names little of what an outlet's own report of that day names (acceptance round 39, b10:
    a fact-check scored 0.30 against the three fullest of a claim's five copies and 0 against
    two that kept other paragraphs, 0.18 averaged over them, and made a story of its own).
    Not the copy most alike: on a synthetic feed, one of a wire story's copies scored 0.27
    against another event's wire, its other copies 0.19, and the two stories merged. A week
    on, what a group's fullest copy shares with another event's report may be its town's
    council, leader and hall alone, which its other copies do not name: two council votes a
    week apart stay two stories. A group of copies still weighs as many items as it holds:
    counted once, a text two students handed in weighed no more than the class's short
    interview notes, which score little against any other article; the notes then held the
    pair's story apart from its sources, and the two halves of one assignment were two stories.

    With ``days`` (each item's day number, NaN when unknown: close to every day), the average
    is over the pairs at most ``max_days`` apart, so that a story runs on from its latest
    article: a follow-up nine days after the first report and two after the last joins the
    story by the articles around it, its first days neither counting nor counting against it.
    A pair further apart than ``WHOLE_REACH`` of ``max_days`` counts its score in part, down to
    ``EDGE_WEIGHT`` of it at ``max_days``: one topic's events of a week share its standing names.
    Two groups whose dated items are all more than ``max_days`` apart do not merge, whatever
    their undated items score: an undated item joins a group, and reaches no further than its
    dated items (only a group of undated items is close to every day).

    With ``languages`` (each item's, None when unknown: one with every language), two groups
    with pairs in one language are judged on those pairs alone, and on every pair only when
    they have none: nothing is translated, so a Spanish report's pairs with a story's Spanish
    reports tell whether it joins, and its pair with the story's Portuguese report, which
    shares names and numbers but no stems, neither helps nor hurts.

    Two groups holding the two items of a pair of ``cannot_link`` do not merge: two days' market
    wraps stay apart though a third day's joins either.

    >>> average_linkage(3, [], {(0, 2): 0.5, (1, 2): 0.5}, 0.3)
    [0, 1, 0]
    >>> average_linkage(3, [], {(0, 2): 0.5, (1, 2): 0.5, (0, 1): 0.5}, 0.3, cannot_link=[(0, 1)])
    [0, 1, 0]
    >>> claim_and_its_part_copy, fact_check, words = [(0, 1)], {(0, 2): 0.5}, [120, 40, 300]
    >>> average_linkage(3, claim_and_its_part_copy, fact_check, 0.3, [1, 1, 2], 7, sizes=words)
    [0, 0, 0]
    >>> average_linkage(3, claim_and_its_part_copy, fact_check, 0.3, [1, 1, 8], 7, sizes=words)
    [0, 0, 2]
    >>> follow_up = {(0, 1): 0.5, (1, 2): 0.5}
    >>> average_linkage(3, [], follow_up, 0.3), average_linkage(3, [], follow_up, 0.3, [1, 6, 11], 7)
    ([0, 0, 2], [0, 0, 0])
    >>> march, picket_death_a_week_on = {(0, 1): 0.3}, [1, 7]
    >>> average_linkage(2, [], march, 0.225, [1, 2], 7), average_linkage(2, [], march, 0.225, picket_death_a_week_on, 7)
    ([0, 0], [0, 1])
    >>> june_and_copy, copy_of_october, undated_copy = {(0, 2): 0.5}, [(1, 2)], [1, 130, math.nan]
    >>> average_linkage(3, copy_of_october, june_and_copy, 0.3, undated_copy, 7)
    [0, 1, 1]
    >>> other_event, languages = {(0, 2): 0.2, (1, 2): 0.5}, ["es", "pt", "es"]
    >>> average_linkage(3, [(0, 1)], other_event, 0.3), average_linkage(3, [(0, 1)], other_event, 0.3, languages=languages)
    ([0, 0, 0], [0, 0, 2])
    """
    parent = _copy_groups(count, must_link)

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    reach = _Reach(parent, days, max_days, languages)
    # Of each group, the groups it may not merge with, by their roots: re-pointed on each merge,
    # so that a lookup costs the same however many pairs are kept apart.
    kept_apart: defaultdict[int, set[int]] = defaultdict(set)
    for a, b in cannot_link:
        if (ra := root(a)) != (rb := root(b)):
            kept_apart[ra].add(rb)
            kept_apart[rb].add(ra)
    # Of each two groups, the sum of their pairs' scores, and of those in one language.
    between: defaultdict[int, dict[int, tuple[float, float]]] = defaultdict(dict)

    def add(x: int, y: int, every: float, in_one_language: float) -> None:
        summed_every, summed_in_one_language = between[x].get(y, (0.0, 0.0))
        between[x][y] = between[y][x] = (
            summed_every + every,
            summed_in_one_language + in_one_language,
        )

    # Each group of copies' fullest copy, by its words: the text its other copies keep parts of.
    fullest: dict[int, int] = {}
    for n in range(count):
        group = root(n)
        if group not in fullest or (sizes and sizes[n] > sizes[fullest[group]]):
            fullest[group] = n
    # Of each two groups of copies, the sum of their pairs' scores, and of those in one language.
    summed: dict[tuple[int, int], tuple[float, float]] = {}
    for (a, b), score in scores.items():
        ra, rb = root(a), root(b)
        if ra != rb and reach.near(a, b):
            pair = (min(ra, rb), max(ra, rb))
            score *= reach.weight(a, b)
            every, every_in_one_language = summed.get(pair, (0.0, 0.0))
            summed[pair] = (
                every + score,
                every_in_one_language + score
                if reach.one_language(a, b)
                else every_in_one_language,
            )
    for x, y in sorted(summed):
        a, b = sorted((fullest[x], fullest[y]))
        every, every_in_one_language = summed[(x, y)]
        if reach.one_language(a, b) and reach.near(a, b, NEWS_CYCLE_DAYS):
            score = scores.get((a, b), 0.0)
            near, near_in_one_language = reach.close(x, y)
            every = max(every, score * near)
            every_in_one_language = max(every_in_one_language, score * near_in_one_language)
        add(x, y, every, every_in_one_language)

    def average(x: int, y: int) -> float:
        every, in_one_language = between[x].get(y, (0.0, 0.0))
        if not every or reach.apart(x, y) or y in kept_apart[x]:
            return 0.0
        near, near_in_one_language = reach.close(x, y)
        total, pairs = (
            (in_one_language, near_in_one_language) if near_in_one_language else (every, near)
        )
        # Rounded so that the order in which scores were summed cannot tip a comparison.
        return round(total / pairs, AVERAGE_DIGITS) if total else 0.0

    # Only pairs of groups that could merge are queued: a merged group's average to a third is a
    # weighted mean of its parts' averages (of the parts with pairs in one language with it, if
    # any has), so it never exceeds both of them (reducibility).
    queue = [
        (-average(x, y), x, y)
        for x in between
        for y in between[x]
        if x < y and average(x, y) >= threshold
    ]
    heapq.heapify(queue)
    while queue:
        negative, x, y = heapq.heappop(queue)
        # An entry is stale once either group has merged or their average has changed since.
        if parent[x] != x or parent[y] != y or average(x, y) != -negative:
            continue
        keep, gone = min(x, y), max(x, y)
        parent[gone] = keep
        reach.merge(keep, gone)
        for other in kept_apart.get(gone, ()):
            kept_apart[other].discard(gone)
            kept_apart[other].add(keep)
        kept_apart[keep] |= kept_apart.pop(gone, set())
        for other, sums in between.pop(gone).items():
            del between[other][gone]
            if other != keep:
                add(keep, other, *sums)
        for other in between[keep]:
            if average(keep, other) >= threshold:
                low, high = min(keep, other), max(keep, other)
                heapq.heappush(queue, (-average(keep, other), low, high))
    return [root(n) for n in range(count)]


class _Reach:
    """The days and languages of each group's items, to count the pairs of two groups published
    at most ``max_days`` apart (an unknown day, NaN, is close to every day; every pair is
    without ``days``), and of those the pairs in one language (an unknown language, None, is one
    with every language; every pair is without ``languages``), and to tell groups whose dated
    items are all too far apart to merge. Merging adds counts: a group's days and languages are
    few, as most stories run a few days in a language or two."""

    def __init__(
        self,
        group: Sequence[int],
        days: Sequence[float],
        max_days: float,
        languages: Sequence[str | None],
    ) -> None:
        self.max_days = max_days
        self.day_of = days
        self.language_of = languages
        self.places: defaultdict[int, Counter[tuple[float | None, str | None]]] = defaultdict(
            Counter
        )
        timed = bool(days) and not math.isinf(max_days)
        for item, first in enumerate(group):
            day = days[item] if timed and not math.isnan(days[item]) else None
            self.places[first][(day, languages[item] if languages else None)] += 1

    def near(self, a: int, b: int, days: float = math.inf) -> bool:
        """Whether items ``a`` and ``b`` are published close enough to be compared, and at most
        ``days`` apart."""
        return not self.day_of or not abs(self.day_of[a] - self.day_of[b]) > min(
            self.max_days, days
        )

    def weight(self, a: int, b: int) -> float:
        """How much the score of items ``a`` and ``b``, close enough to be compared, counts:
        wholly within ``WHOLE_REACH`` of ``max_days``, then less, to ``EDGE_WEIGHT`` at
        ``max_days`` (see ``WHOLE_REACH``)."""
        if not self.day_of or math.isinf(self.max_days):
            return 1.0
        gap = abs(self.day_of[a] - self.day_of[b])
        whole = self.max_days * WHOLE_REACH
        if math.isnan(gap) or gap <= whole:
            return 1.0
        return 1.0 - (1.0 - EDGE_WEIGHT) * (gap - whole) / (self.max_days - whole)

    def one_language(self, a: int, b: int) -> bool:
        """Whether items ``a`` and ``b`` are not known to be in two languages."""
        return not self.language_of or not languages_differ(
            self.language_of[a], self.language_of[b]
        )

    def merge(self, keep: int, gone: int) -> None:
        self.places[keep].update(self.places.pop(gone))

    def apart(self, x: int, y: int) -> bool:
        """Whether groups ``x`` and ``y`` both have dated items and none of one's is at most
        ``max_days`` from one of the other's. An undated item is close to every day, but a group
        it has joined reaches only its dated items' days: an undated copy of an October article
        must not bridge that article's story and a June story naming the same official."""
        days_x, days_y = self._days(x), self._days(y)
        return bool(days_x and days_y) and not any(
            abs(day_x - day_y) <= self.max_days for day_x in days_x for day_y in days_y
        )

    def _days(self, group: int) -> set[float]:
        return {day for day, _ in self.places[group] if day is not None}

    def close(self, x: int, y: int) -> tuple[int, int]:
        """How many pairs of an item of group ``x`` and one of group ``y`` are close in time,
        and how many of those are in one language."""
        near = in_one_language = 0
        for (day_x, language_x), count_x in self.places[x].items():
            for (day_y, language_y), count_y in self.places[y].items():
                if day_x is None or day_y is None or abs(day_x - day_y) <= self.max_days:
                    near += count_x * count_y
                    if not languages_differ(language_x, language_y):
                        in_one_language += count_x * count_y
        return near, in_one_language


def one_story(
    documents: Sequence[Document], sentences: Mapping[str, Sequence[Sentence]]
) -> tuple[Story, ...]:
    """All documents as one story, for when the user asked for exactly this comparison."""
    return (
        Story(
            "story-001",
            _title(documents, sentences),
            tuple(d.id for d in documents),
            story_key(in_publication_order(documents)[0]),
        ),
    )


@dataclass(frozen=True, slots=True)
class CopyLinks:
    """Document pairs that share near-copy sentences, and the stock passages found on the way:
    sentences whose near-copies sit in many documents that share little else with them; and the
    pairs whose near copies fill one template with another day's figures (two weeks' fuel-price
    surveys, see :func:`templates.another_days_figures`), which link no story however alike;
    and ``sharing``, every pair that shares a near copy beside stock lines, linked or not: a
    round-up of two releases shares a few sentences with each, too few to join their stories,
    and is compared with both all the same (see ``pipeline``'s pairs across stories); and
    ``apart``, the pairs that share near copies, not only stock lines nor one body's, left
    uncompared only because they were published further apart than ``MAX_ACROSS_DAYS`` (or a
    story's days, where more), which a run warns of; not two events that one template is
    filled in for (see :func:`_another_event`), such as a wire formula's raids seven months
    apart, which a wider window would only merge."""

    pairs: set[tuple[str, str]]
    stock: frozenset[tuple[str, int]]
    other_days: frozenset[tuple[str, str]] = frozenset()
    sharing: frozenset[tuple[str, str]] = frozenset()
    apart: tuple[KeptApart, ...] = ()


def copy_links(
    sentences: Sequence[Sentence],
    pairs: np.ndarray,
    boilerplate: frozenset[tuple[str, int]],
    published: Mapping[str, str | None],
    titles: Mapping[str, str | None],
    max_days: int,
    advance: Advance = unwatched,
) -> CopyLinks:
    """Document pairs that share near-copy sentences: at least ``MIN_SHARED_SENTENCES``, or
    half the sentences of the shorter document, among them one that names someone or somewhere
    or is no stock line (or both ledes and most of each document: a brief that names no one,
    carried whole), unless what they share is a stock passage (see ``MAX_STOCK_REACH``).
    Documents published (by ``published``, their ISO dates by id) more than ``max_days`` apart
    must share half, one of it naming someone or somewhere, and their near copies the same
    numbers. Near copies name the same names and numbers, if any.
    ``titles`` (by id) tell a wire's lede from a stock passage (see :func:`_sums_up`).
    ``advance`` hears the pairs checked, or told apart by counting, and that all are done only
    once the document pairs they make are weighed too: at 5,000 feed items that took minutes
    after the last candidate pair, which a log told as done (acceptance round 41, b5).

    One shared sentence is not enough on its own: a widely quoted line or a stock phrase
    would chain unrelated articles into one giant story; so would the lines of a template
    ("The river rose 2 metres in Alder." against "The river rose 3 metres in Birch."), or two
    stock lines of a local paper's flood reports, which name no one; or half of two merger
    reports months apart, the sector's stock lines.
    """
    counted = np.fromiter(
        ((s.doc, s.index) not in boilerplate for s in sentences), dtype=bool, count=len(sentences)
    )
    # Sentences too short to tell a copy, or boilerplate, leave in one numpy step: about half
    # of the candidates, which the loop below would otherwise visit one by one.
    usable = counted & (
        np.fromiter(map(len, (s.tokens for s in sentences)), dtype=np.int64, count=len(sentences))
        >= MIN_COPY_WORDS
    )
    length: Counter[str] = Counter()
    telling: Counter[str] = Counter()
    lede: dict[str, int] = {}
    kept_sentences: dict[tuple[str, int], Sentence] = {}
    texts_of: defaultdict[str, list[str]] = defaultdict(list)
    for s, kept, long_enough in zip(sentences, counted, usable, strict=True):
        if kept:
            length[s.doc] += 1
            telling[s.doc] += long_enough
            lede.setdefault(s.doc, s.index)
            kept_sentences[(s.doc, s.index)] = s
            texts_of[s.doc].append(s.text)
    checkable = pairs[usable[pairs[:, 0]] & usable[pairs[:, 1]]]
    numbered: dict[str, int] = {}
    document = np.array([numbered.setdefault(s.doc, len(numbered)) for s in sentences])
    days = {doc: _ordinal(day) for doc, day in published.items()}
    # What the checks below ask of each sentence in a pair: its text's number, whether it names
    # someone or somewhere (read once a text, which copies repeat, but for a first word that
    # its article's other sentences tell a name: templates.names_unsure), and whether it is its
    # article's lede.
    printed = np.unique(checkable)
    text = np.zeros(len(sentences), dtype=np.int64)
    naming = np.zeros(len(sentences), dtype=bool)
    opening = np.zeros(len(sentences), dtype=bool)
    texts: dict[str, int] = {}
    inside = _NamesInside(texts_of)
    for n in printed.tolist():
        s = sentences[n]
        text[n] = texts.setdefault(s.text, len(texts))
        naming[n] = names_someone(s.text, partial(inside.__getitem__, s.doc))
        opening[n] = lede[s.doc] == s.index
    named = {(sentences[n].doc, sentences[n].index) for n in printed[naming[printed]].tolist()}
    first, second = checkable[:, 0], checkable[:, 1]
    # A line that names no one ("Insurers said it was too early to estimate the cost of the
    # damage.") may close every flood report a paper runs. Between articles that share no line
    # naming someone or somewhere, nor their ledes (a brief that names no one, carried whole),
    # it is checked only if it is no stock line, and they were published close enough to be
    # one story's: a stock line that 300 articles print is told once, by counting the groups
    # of copies that print it (_stock_lines), not as 45,000 pairs of them.
    may_link = naming[first] | naming[second] | (opening[first] & opening[second])
    nameless = checkable[~may_link]
    day = np.array([days[doc] for doc in numbered])[document]
    near = _NearCopies(sentences, text, day, max_days, advance, len(checkable))
    near.check(checkable[may_link])
    between_sharing = _between(nameless, document, near.shared, numbered)
    near.check(nameless[between_sharing])
    groups = _copy_groups(len(numbered), [(numbered[a], numbered[b]) for a, b in near.shared])
    stock_line = _stock_lines(
        sentences, printed[~naming[printed]], np.array(groups, dtype=np.int64)[document]
    )
    rest = nameless[~between_sharing]
    weighed = ~stock_line[rest[:, 0]] & ~stock_line[rest[:, 1]] & ~near.apart(rest)
    near.check(rest[weighed])
    near.count(len(rest) - int(np.count_nonzero(weighed)))
    other_names = near.other_names()
    near.check_swaps(other_names[_between(other_names, document, near.shared, numbered)])
    shared, swapped = near.shared, near.swapped
    other_days = frozenset(
        pair
        for pair, (in_a, _) in shared.items()
        if _another_days_figures(
            *pair, in_a, near.reworded.get(pair, ()), kept_sentences, published
        )
    )
    named_lines = {(sentences[n].doc, sentences[n].index) for n in np.flatnonzero(naming).tolist()}
    stock_lines = {
        (sentences[n].doc, sentences[n].index) for n in np.flatnonzero(stock_line).tolist()
    }

    def carried_story(a: str, in_a: set[int], b: str, in_b: set[int]) -> bool:
        """Whether what two articles share is a story they both carry, however many others do:
        both their ledes, and most of each article's sentences long enough to tell a copy
        ("Two were seriously hurt." is none), as a wire brief carried whole, or what either
        headline sums up, as a wire's lede that outlets go on from in their own words, one of
        them under a headline of its own angle ("At least 3 dead in Brennick factory fire"
        over the wire's "killed two workers"). A stock appeal may open the articles, or be
        most of them, but is not both, nor what a headline says."""
        if not (lede[a] in in_a and lede[b] in in_b):
            return False
        most = len(in_a) > telling[a] / 2 and len(in_b) > telling[b] / 2
        return most or any(
            _sums_up(titles[doc], [kept_sentences[(doc, i)].tokens for i in shared])
            for doc, shared in ((a, in_a), (b, in_b))
        )

    def shares_half(a: str, in_a: set[int], b: str, in_b: set[int]) -> bool:
        """Whether two articles share half the sentences of the shorter one, as articles
        published further apart than a story's days must to be one story's or a copy pair."""
        return min(len(in_a), len(in_b)) >= min(length[a], length[b]) / 2

    def stock_passage(a: str, in_a: set[int], b: str, in_b: set[int]) -> bool:
        """Whether what two articles share is at most a few sentences, each shared so with
        more than a few articles, and no story they both carry."""
        return (
            min(len(in_a), len(in_b)) <= MAX_STOCK_PASSAGE
            and not carried_story(a, in_a, b, in_b)
            and all(alone[line] > MAX_STOCK_REACH for line in _lines((a, b), in_a, in_b))
        )

    def cut_from_story(a: str, in_a: set[int], b: str, in_b: set[int]) -> bool:
        """Whether one article is nothing but sentences of the other's story: all it has to
        tell is shared, and the other shares those sentences mostly beside more of its text,
        with its story's other copies. A brief cut from a wire story that hundreds of outlets
        carry is among more than a few such briefs on every side; a stock passage is shared
        alone by nearly every article that has it, and a brief of a story of its own has
        more to tell. Nor is a stock passage one story's because its copies close with it: the
        articles of other stories that close with it too make it stock there
        (``told_elsewhere``)."""
        return any(
            len(in_x) == telling[x]
            and all(
                alone[(y, i)] * 2 <= everywhere[(y, i)] and (y, i) not in told_elsewhere
                for i in in_y
            )
            for x, in_x, y, in_y in ((a, in_a, b, in_b), (b, in_b, a, in_a))
        )

    def tells_one_story(a: str, in_a: set[int], b: str, in_b: set[int]) -> bool:
        """Whether what two articles share tells of one story: a line naming someone or
        somewhere, as a story run again months later keeps its names; within a story's days,
        a line that names no one and is no stock line, as a paper keeps two lines of a wire
        story; or both ledes and most of each article (:func:`carried_story`). Two mergers'
        reports share their sector's stock lines, which name neither deal."""
        lines = _lines((a, b), in_a, in_b)
        return (
            not named_lines.isdisjoint(lines)
            or (not abs(days[a] - days[b]) > max_days and not lines <= stock_lines)
            or carried_story(a, in_a, b, in_b)
        )

    # How many documents each sentence is, with at most a few others, all that it shares with,
    # and how many it is shared with at all: a stock passage's count is high on both sides of
    # a pair, while a wire lede that a radio brief carries alone is shared with the wire's other
    # copies beside the rest of the story.
    alone: Counter[tuple[str, int]] = Counter()
    everywhere: Counter[tuple[str, int]] = Counter()
    for pair, (in_a, in_b) in shared.items():
        lines = _lines(pair, in_a, in_b)
        everywhere.update(lines)
        if min(len(in_a), len(in_b)) <= MAX_STOCK_PASSAGE:
            alone.update(lines)
    # Sentences that are a stock passage between two articles each with more of its own to
    # tell: a police appeal closing four other briefs and twelve copies of a stabbing story,
    # which a text of only that appeal is cut from no more than from the briefs.
    told_elsewhere: set[tuple[str, int]] = set()
    for (a, b), (in_a, in_b) in shared.items():
        if len(in_a) < telling[a] and len(in_b) < telling[b] and stock_passage(a, in_a, b, in_b):
            told_elsewhere |= _lines((a, b), in_a, in_b)
    # A paper's stock line filled in with each story's figures ("quoting reference 97245",
    # "28656"; "due to start in January", "in March") links no story: three briefs of a bakery
    # fire, a market and roadworks that close with it were one story, and one cluster. Their
    # ledes tell them apart; a copy that updates its lede's toll is still a copy. Such a line
    # is a stock line, which tells no story's terms either.
    told, filled_in = _without_figures_filled_in(shared, near.reworded, kept_sentences, lede)

    def another_event(a: str, in_a: set[int], b: str, in_b: set[int]) -> bool:
        """Whether two articles fill one template in for two events (see
        :func:`_another_event`)."""
        return _another_event(
            a, in_a, b, in_b, swapped.get((a, b)), kept_sentences, named, (lede[a], lede[b])
        )

    links: set[tuple[str, str]] = set()
    stock: set[tuple[str, int]] = set()
    # A lede that two articles carry as their story's (see carried_story), as a wire's is, is
    # no stock passage between two others that open with it under headlines of their own
    # angles: left out of their story terms, it would leave them only their own reporting, and
    # the fuller article, the one with more of it, split from its event.
    carried_ledes: set[tuple[str, int]] = set()
    for (a, b), (in_a, in_b) in told.items():
        if stock_passage(a, in_a, b, in_b) and not cut_from_story(a, in_a, b, in_b):
            stock |= _lines((a, b), in_a, in_b)
        elif (
            (
                shares_half(a, in_a, b, in_b)
                or (
                    # NaN, an unknown date, is close to every date
                    _shares_enough(in_a, in_b) and not abs(days[a] - days[b]) > max_days
                )
            )
            and tells_one_story(a, in_a, b, in_b)
            and (a, b) not in other_days
            and not another_event(a, in_a, b, in_b)
        ):
            links.add((a, b))
            if carried_story(a, in_a, b, in_b):
                carried_ledes |= {(a, lede[a]), (b, lede[b])}
    stock = (stock - carried_ledes) | stock_lines | filled_in
    far = across_days(max_days)

    def said_by_one_body(a: str, in_a: set[int], b: str, in_b: set[int]) -> bool:
        """Whether every line two articles share, stock lines aside, says whom it is from, and
        the other's lines name that speaker too: a state DOT's appeal ("..., a DOT spokeswoman
        said"), its walkway line ("..., DOT said") and its engineer's quote are the DOT's words,
        which two papers print from it, not from each other."""
        spoken = {
            line: speaker_words(kept_sentences[line].text)
            for line in _lines((a, b), in_a, in_b) - stock
        }
        by = {
            doc: frozenset().union(*(words for (of, _), words in spoken.items() if of == doc))
            for doc in (a, b)
        }
        return all(
            not words.isdisjoint(by[b if doc == a else a]) for (doc, _), words in spoken.items()
        )

    # Articles of two stories that share less than half of the shorter one share a desk's or an
    # agency's lines, not a report, when each of them is that body's (see said_by_one_body), or
    # when the two are further apart than ``far`` (settings.across_days: MAX_ACROSS_DAYS, or the
    # story's days where those are more): a site's bridge closure and a competitor's of another
    # bridge two or 14 months before print the state DOT's "Motorists are urged to plan ahead"
    # and its engineer's stock quote, too few articles for them to count as stock lines in a
    # small run (acceptance round 32), and no copy pair is made of them. A
    # round-up that pastes two lines of a release tells them as its own, and is its reuse.
    def pastes_passage(a: str, in_a: set[int], b: str, in_b: set[int]) -> bool:
        """Whether one article prints two or more running sentences of the other word for
        word, ``MIN_PASTED_WORDS`` in all: a pasted passage, not a desk's stock lines."""
        for x, in_x, y, in_y in ((a, in_a, b, in_b), (b, in_b, a, in_a)):
            printed_by_y = {kept_sentences[(y, j)].tokens for j in in_y}
            verbatim = sorted(i for i in in_x if kept_sentences[(x, i)].tokens in printed_by_y)
            # The run ending at each sentence, counted as it grows rather than summed again.
            last, sentences_run, words_run = -2, 0, 0
            for i in verbatim:
                if i != last + 1:
                    sentences_run, words_run = 0, 0
                last, sentences_run = i, sentences_run + 1
                words_run += len(kept_sentences[(x, i)].tokens)
                if sentences_run >= MIN_SHARED_SENTENCES and words_run >= MIN_PASTED_WORDS:
                    return True
        return False

    sharing: set[tuple[str, str]] = set()
    apart: list[KeptApart] = []
    for (a, b), (in_a, in_b) in told.items():
        if _lines((a, b), in_a, in_b) <= stock:
            continue
        # A linked pair tells one story, whichever story the grouping then gives each: a
        # round-up that opens with a wire's attributed lede is linked to the wire but may be
        # grouped with its second story, and its pair with the wire is compared all the same.
        if shares_half(a, in_a, b, in_b) or (a, b) in links:
            sharing.add((a, b))
        elif said_by_one_body(a, in_a, b, in_b):
            continue
        elif not abs(days[a] - days[b]) > far or pastes_passage(a, in_a, b, in_b):
            sharing.add((a, b))
        elif not another_event(a, in_a, b, in_b):
            apart.append(KeptApart(a, b, int(abs(days[a] - days[b]))))
    advance(len(checkable), len(checkable))
    return CopyLinks(
        links,
        frozenset(stock),
        other_days,
        frozenset(sharing),
        tuple(sorted(apart, key=lambda pair: (pair.a, pair.b))),
    )


def _without_figures_filled_in(
    shared: Mapping[tuple[str, str], tuple[set[int], set[int]]],
    reworded: Mapping[tuple[str, str], Sequence[tuple[int, int]]],
    kept_sentences: Mapping[tuple[str, int], Sentence],
    lede: Mapping[str, int],
) -> tuple[dict[tuple[str, str], tuple[set[int], set[int]]], set[tuple[str, int]]]:
    """The near copies of each pair of documents (``shared``, A's and B's sentence numbers)
    but those that only fill one template's line with other figures, days or months (see
    :func:`templates.figures_filled_in`; of ``reworded``, the pairs of them worded apart), unless
    either lede is a near copy: a paper's stock line closes its briefs, while a tabloid that
    opens with a line of its own and goes on with the wire's lede, one figure changed, copied
    that story. Pairs left with none are dropped. Beside them, the sentences (``(document id,
    index)``) so left out."""
    kept: dict[tuple[str, str], tuple[set[int], set[int]]] = {}
    filled_in: set[tuple[str, int]] = set()
    for (a, b), (in_a, in_b) in shared.items():
        pairs = reworded.get((a, b), ())
        fills = {
            (i, j)
            for i, j in pairs
            if figures_filled_in(kept_sentences[(a, i)].text, kept_sentences[(b, j)].text)
        }
        if not fills or lede[a] in in_a or lede[b] in in_b:
            kept[(a, b)] = (in_a, in_b)
            continue
        texts_a = {kept_sentences[(a, i)].text for i in in_a}
        texts_b = {kept_sentences[(b, j)].text for j in in_b}
        told = [(i, j) for i, j in pairs if (i, j) not in fills]
        told_a = {i for i, _ in told} | {i for i in in_a if kept_sentences[(a, i)].text in texts_b}
        told_b = {j for _, j in told} | {j for j in in_b if kept_sentences[(b, j)].text in texts_a}
        filled_in |= _lines((a, b), in_a - told_a, in_b - told_b)
        if told_a and told_b:
            kept[(a, b)] = (told_a, told_b)
    return kept, filled_in


class _NamesInside(dict[str, frozenset[str]]):
    """The names each article writes capitalised inside its sentences (see
    :func:`~compare.templates.names_inside`), by id, found when first asked for: only a
    sentence that names no one but perhaps by its first word asks."""

    def __init__(self, texts_of: Mapping[str, Sequence[str]]) -> None:
        super().__init__()
        self.texts_of = texts_of

    def __missing__(self, doc: str) -> frozenset[str]:
        names = self[doc] = names_inside(self.texts_of[doc])
        return names


class _NearCopies:
    """The near copies that pairs of sentences of two documents are, gathered by document pair:
    those that name the same names and numbers (``shared``), of them the pairs of sentence
    numbers whose texts differ (``reworded``), and those that fill one template in with other
    names (``swapped``). ``advance`` hears the pairs judged, of ``total``."""

    # What a pair of sentences is to the other: no near copy, a near copy naming the same names
    # and numbers, one that puts a name in another's place, or one whose names differ, which
    # only a later look tells (see check).
    UNLIKE, SHARED, SWAPPED, OTHER_NAMES = range(4)

    def __init__(
        self,
        sentences: Sequence[Sentence],
        text: np.ndarray,
        day: np.ndarray,
        max_days: int,
        advance: Advance,
        total: int,
    ) -> None:
        """Args:
        text: each sentence's text, as a number (one number for one text).
        day: each sentence's day of publication, as a day number (NaN when unknown).
        """
        self.sentences = sentences
        self.max_days = max_days
        self.shared: defaultdict[tuple[str, str], tuple[set[int], set[int]]] = defaultdict(
            lambda: (set(), set())
        )
        self.swapped: defaultdict[tuple[str, str], tuple[set[int], set[int]]] = defaultdict(
            lambda: (set(), set())
        )
        self.reworded: defaultdict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        self._text = text
        self._texts = int(text.max(initial=0)) + 1
        self._day = day
        self._other_names: list[np.ndarray] = []
        self._advance = advance
        self._total = total
        self._done = self._told = 0
        if total:
            advance(0, total)

    def check(self, pairs: np.ndarray) -> None:
        """Gather the near copies among ``pairs`` of sentence numbers (``i < j``), each pair of
        texts judged once (and once for documents published close together, once for those
        further apart): copies of two wire stories repeat the same few pairs thousands of times.
        Pairs whose names differ can only fill a template in with other names, which matters
        only between documents that share a near copy too: they wait for :meth:`check_swaps`."""
        apart = self.apart(pairs)
        codes = (self._text[pairs[:, 0]] * self._texts + self._text[pairs[:, 1]]) * 2 + apart
        distinct, first, inverse, counts = np.unique(
            codes, return_index=True, return_inverse=True, return_counts=True
        )
        judged = np.empty(len(distinct), dtype=np.int8)
        for start in range(0, len(distinct), CHECK_BLOCK):
            block = slice(start, start + CHECK_BLOCK)
            at = first[block]
            judged[block] = [
                self._judge(i, j, far)
                for i, j, far in zip(
                    pairs[at, 0].tolist(), pairs[at, 1].tolist(), apart[at].tolist(), strict=True
                )
            ]
            self.count(int(counts[block].sum()))
        outcome = judged[inverse.reshape(-1)]
        for kind, found in ((self.SHARED, self.shared), (self.SWAPPED, self.swapped)):
            for i, j in _listed(pairs[outcome == kind]):
                a, b = self.sentences[i], self.sentences[j]
                in_a, in_b = found[(a.doc, b.doc)]
                in_a.add(a.index)
                in_b.add(b.index)
                # Only near copies worded apart can put a figure for another's: a wire's copies
                # print most of theirs word for word, and keep no list of them.
                if kind == self.SHARED and a.text != b.text:
                    self.reworded[(a.doc, b.doc)].append((a.index, b.index))
        self._other_names.append(pairs[outcome == self.OTHER_NAMES])

    def _judge(self, i: int, j: int, far: bool) -> int:
        """What sentence ``i`` is to sentence ``j``, of documents published ``far`` apart."""
        a, b = self.sentences[i], self.sentences[j]
        # A wire story that hundreds of outlets print proposes each of its sentences against
        # its copies thousands of times: one printed word for word is a near copy, its words,
        # names and numbers the same, with no need to read them.
        if a.text == b.text:
            return self.SHARED
        if jaccard(set(a.tokens), set(b.tokens)) < COPY_JACCARD:
            return self.UNLIKE
        if not _same_names(a, b, same_numbers=far):
            return self.OTHER_NAMES
        return self.SWAPPED if names_swapped(a.text, b.text) else self.SHARED

    def count(self, pairs: int) -> None:
        """Tell progress of ``pairs`` more done, judged or told apart by counting; the last one
        is told by :func:`copy_links` once it has weighed what the pairs share, so that a
        log's heartbeat goes on meanwhile ("2,696,027 of 2,696,028 candidate pairs")."""
        self._done += pairs
        # Each count told once: of a single candidate pair, 0 is told already.
        if (told := min(self._done, self._total - 1)) > self._told:
            self._told = told
            self._advance(told, self._total)

    def apart(self, pairs: np.ndarray) -> np.ndarray:
        """Which sentence ``pairs`` are of documents published more than ``max_days`` apart
        (an unknown date is close to every date)."""
        return np.abs(self._day[pairs[:, 0]] - self._day[pairs[:, 1]]) > self.max_days

    def other_names(self) -> np.ndarray:
        """The pairs checked whose names differ."""
        return np.concatenate([np.zeros((0, 2), dtype=np.int64), *self._other_names])

    def check_swaps(self, pairs: np.ndarray) -> None:
        """Gather, of ``pairs`` whose names differ, those that put a name in another's place."""
        for i, j in _listed(pairs):
            a, b = self.sentences[i], self.sentences[j]
            if names_swapped(a.text, b.text):
                in_a, in_b = self.swapped[(a.doc, b.doc)]
                in_a.add(a.index)
                in_b.add(b.index)


def _listed(pairs: np.ndarray) -> Iterator[list[int]]:
    """Sentence ``pairs`` as Python pairs, listed ``CHECK_BLOCK`` at a time: the millions of
    near copies of 5,000 feed items, listed at once, took hundreds of megabytes.

    >>> list(_listed(np.array([[0, 3], [1, 2]])))
    [[0, 3], [1, 2]]
    """
    for start in range(0, len(pairs), CHECK_BLOCK):
        yield from pairs[start : start + CHECK_BLOCK].tolist()


def _between(
    pairs: np.ndarray,
    document: np.ndarray,
    documents: Iterable[tuple[str, str]],
    numbered: Mapping[str, int],
) -> np.ndarray:
    """Which of the sentence ``pairs`` join one of the pairs of ``documents`` (in the sentences'
    order), by each sentence's ``document`` number (``numbered`` by id)."""
    count = len(numbered)
    wanted = np.fromiter((numbered[a] * count + numbered[b] for a, b in documents), dtype=np.int64)
    codes = document[pairs[:, 0]].astype(np.int64) * count + document[pairs[:, 1]]
    return np.isin(codes, wanted)


def _stock_lines(sentences: Sequence[Sentence], lines: np.ndarray, group: np.ndarray) -> np.ndarray:
    """Which sentences, of ``lines`` (sentence numbers, each naming no one), are stock lines:
    articles of more than ``MAX_STOCK_REACH`` groups of copies (``group``, by sentence) besides
    one print them word for word, as a paper's closing appeal or a sector's stock line. Copies
    of one story that print a line count once, as a wire story's line that a paper keeps is
    no stock line however many outlets carry the story."""
    keys: dict[str, int] = {}
    key = np.fromiter(
        (keys.setdefault(sentences[n].key, len(keys)) for n in lines.tolist()),
        dtype=np.int64,
        count=len(lines),
    )
    groups = int(group.max(initial=0)) + 1
    printed_by = np.unique(key * groups + group[lines])
    reach = np.bincount(printed_by // groups, minlength=len(keys))
    stock = np.zeros(len(sentences), dtype=bool)
    stock[lines] = reach[key] - 1 > MAX_STOCK_REACH
    return stock


def _another_event(
    a: str,
    in_a: set[int],
    b: str,
    in_b: set[int],
    swapped: tuple[set[int], set[int]] | None,
    kept_sentences: Mapping[tuple[str, int], Sentence],
    named: AbstractSet[tuple[str, int]],
    ledes: tuple[int, int],
) -> bool:
    """Whether two articles that share near copies (``in_a``, ``in_b``) fill one template in
    for two events: fewer of their near copies name someone or somewhere (``named``, by
    document and number) than their sentences that name someone or somewhere else in the
    other's place (``swapped``) and have no near copy there. Two flood reports of one wire template share its stock lines ("The national
    weather agency warned that more rain was expected"), which name no one, and every line that
    names the town or a witness names another; a copy that writes "American troops" for "U.S.
    troops" in its lede shares the rest of the story, with its names, and a copy of a round-up
    of strikes at eight ports has each port's line whatever other port's line it resembles.
    Their ledes (``ledes``: each one's number) may differ too much to be near copies, with
    their figures and times ("A magnitude 6.8 earthquake struck Arequipa, Peru at 08:42 UTC"
    against "... 5.9 ... Malatya, Turkey at 06:05 UTC"), yet be one template filled in: an
    earthquake bot's reports sharing stock lines are two events', and their ledes the lines
    that name another in the other's place."""
    if swapped is None:
        if ledes[0] in in_a or ledes[1] in in_b:
            return False
        lede_a, lede_b = (kept_sentences[(doc, i)] for doc, i in ((a, ledes[0]), (b, ledes[1])))
        if not _one_template(_Line.of(lede_a), _Line.of(lede_b)):
            return False
        swapped = ({ledes[0]}, {ledes[1]})
    naming = min(
        sum(1 for i in shared if (doc, i) in named) for doc, shared in ((a, in_a), (b, in_b))
    )
    swapped_a, swapped_b = swapped
    return naming <= min(len(swapped_a - in_a), len(swapped_b - in_b))


def _another_days_figures(
    a: str,
    b: str,
    in_a: AbstractSet[int],
    reworded: Sequence[tuple[int, int]],
    kept_sentences: Mapping[tuple[str, int], Sentence],
    published: Mapping[str, str | None],
) -> bool:
    """Whether two articles' near copies (``in_a``, A's sentences among them; ``reworded``, the
    pairs of them worded apart) fill one template with another day's figures (see
    :func:`templates.another_days_figures`): "rose 3 cents to $3.42 ... in the week to Sunday"
    against "fell 2 cents to $3.40 ... in the week to Saturday"; or, where the articles were
    published (``published``, ISO dates by id) on other days, with each day's (see
    :func:`templates.published_days_figures`): two days' market wraps print "The Dow Jones
    Industrial Average rose 0.2% to 45,871.90." and "... fell 0.5% to 45,640.12.", and name
    their days only in their ledes, which no template shares. A's other near copies are
    printed word for word, their figures kept."""
    if not reworded:
        return False
    worded_apart = {i for i, _ in reworded}
    aligned = (
        *((kept_sentences[(a, i)].text, kept_sentences[(b, j)].text) for i, j in reworded),
        *((kept_sentences[(a, i)].text,) * 2 for i in sorted(in_a - worded_apart)),
    )
    if another_days_figures(aligned) is not None:
        return True
    return published_days_figures(aligned, published.get(a), published.get(b))


def _sums_up(title: str | None, passage: Sequence[Sequence[str]]) -> bool:
    """Whether a title sums up a passage, as its words: most of the title's content words
    (:func:`_lede_term`) are among the passage's. A headline sums up its article's lede; a
    police appeal is what no headline says.

    >>> lede = [words("A chemical tanker ran aground off the coast of Brest on Tuesday.")]
    >>> _sums_up("Tanker runs aground off Brest", lede), _sums_up("Man held after robbery", lede)
    (True, False)
    """
    if not title:
        return False
    headline = _content_terms(words(title)[:MAX_TITLE_WORDS])
    return len(headline & _content_terms(chain.from_iterable(passage))) > len(headline) / 2


def _content_terms(found: Iterable[str]) -> set[str]:
    return {term for word in found if (term := _lede_term(word))}


def _same_names(a: Sentence, b: Sentence, same_numbers: bool = False) -> bool:
    """Whether two sentences that put no name in place of another's (see :func:`names_swapped`)
    name the same names and numbers: at least half of those of the one with fewer ("Peskov"
    against "Dmitry Peskov"); with ``same_numbers``, as sentences of articles
    published further apart than a story is updated, every number of the one in the other too:
    a quarter's results are no update of the last quarter's, but a reprint weeks later may
    retell its days ("last week") and names ("Okafor")."""
    if same_numbers and _numbers(a.text) != _numbers(b.text):
        return False
    names_a, names_b = names_and_numbers(a.text), names_and_numbers(b.text)
    return len(names_a & names_b) >= min(len(names_a), len(names_b)) / 2


@dataclass(frozen=True, slots=True)
class _Line:
    """A title or lede as :func:`_one_template` compares it, the words its template writes
    (all but its names and numbers) made a set once for the many pairs it is in, its first
    word (see :func:`_other_opening`), and that word, in its plain spelling, where its article
    writes it capitalised inside a sentence too, a name whatever word follows it ("Carrow
    police responded" after "incidents in Carrow"; see :func:`names_swapped`), or where a name
    goes on from it ("Tidewell Airways shares hit a high": :func:`opening_of_a_name`)."""

    text: str
    template: frozenset[str]
    opening: str
    named_opening: frozenset[str]
    figures: frozenset[str]
    # The names it gives, days and months aside, folded.
    names: frozenset[str]

    @classmethod
    def of(
        cls,
        sentence: Sentence,
        inside: Callable[[frozenset[str]], frozenset[str]] = lambda opening: frozenset(),
    ) -> _Line:
        """The line ``sentence`` is, ``inside`` giving which of the names asked its article
        writes inside its sentences (asked only of a line that opens with a word that may be a
        name)."""
        opening = opening_name(sentence.text)
        named = (inside(opening) | opening_of_a_name(sentence.text)) if opening else opening
        names = names_and_numbers(sentence.text) | named
        return cls(
            sentence.text,
            _template_of(sentence, names),
            sentence.tokens[0] if sentence.tokens else "",
            named,
            frozenset(word for word in salient_words_of(sentence.text) if _is_telling_figure(word)),
            frozenset(name for name in names if not is_number(name)) - _date_words(),
        )


def _template_of(sentence: Sentence, names: frozenset[str]) -> frozenset[str]:
    """The words a line's template writes: all but its ``names`` and numbers; of a line in
    Chinese that names people (``templates.han_people``), all but those people and numbers, as
    every word of a script without capitals is read as a name (:func:`salient_terms`), and the
    template of "江北省原副省长刘振邦接受纪律审查和监察调查" would be the characters jieba cuts
    its official's name into.

    >>> from compare.segment import as_sentence
    >>> sorted(_template_of(as_sentence("国家能源局原副局长赵德明接受纪律审查"), frozenset()))
    ['副局长', '原', '国家', '审查', '局', '接受', '纪律', '能源']
    """
    if people := han_people(sentence.text):
        # Longest first, in a fixed order: an alternation takes the first name that matches,
        # and a frozenset's order moves with PYTHONHASHSEED ("周建" before "周建平" left "平").
        ordered = sorted(people, key=lambda name: (-len(name), name))
        # The people are read in Simplified, and so is the line they are taken out of.
        around = re.sub("|".join(map(re.escape, ordered)), " ", in_simplified(sentence.text))
        return frozenset(token for token in words(around) if not is_number(token))
    return frozenset(
        token
        for token in sentence.tokens
        if not is_number(token) and plain_spelling(token) not in names
    )


def _one_template(a: _Line | None, b: _Line | None) -> bool:
    """Whether two lines are one template filled in with other names: the words besides names
    and numbers near copies, and a name in place of another. Names and numbers are left out of
    the likeness: a short headline ("Magnitude 5.1 earthquake strikes Kermadec Islands") is
    half names and numbers. A missing line, as the title of an article without one, is no
    evidence against."""
    if a is None or b is None:
        return True
    return jaccard(a.template, b.template) >= COPY_JACCARD and names_swapped(
        a.text, b.text, a.named_opening | b.named_opening
    )


def _other_opening(a: _Line | None, b: _Line | None) -> bool:
    """Whether two titles differ only in their first words, names and numbers aside: "Tarvik:
    fire latest" and "Yarrow: fire latest". A capital opens every title, so no reading takes
    its first word for a name, and :func:`_one_template` cannot see another town put there;
    the ledes tell whether it is one."""
    if a is None or b is None:
        return False
    return a.opening != b.opening and a.template - {a.opening} == b.template - {b.opening}


def _other_figures(a: _Line, b: _Line) -> bool:
    """Whether two lines each give telling figures (see ``TELLING_FIGURE``), none of them
    alike: a template's lede filled in with another name and another sum ("The Kestrel Bay Town
    Council held its first hearing on a proposed $49.2 million budget", "The Alder Falls Town
    Council adopted a $21.3 million budget") tells another event, whatever the titles say ("...
    hears first budget proposal", "... adopts $21.3 million budget")."""
    return bool(a.figures and b.figures and a.figures.isdisjoint(b.figures))


def _named_apart(a: _Line, b: _Line, article_a: Document, article_b: Document) -> bool:
    """Whether neither article names anywhere the names the other's line puts in place of its
    own (see :func:`templates.swapped_names`): a desk's template filled in for another study
    ("... according to a study published on Saturday in the Journal of Clinical Nutrition",
    "... on Wednesday in the European Heart Review") under headlines of its own ("Study links
    oats to lower type 2 diabetes risk", "New research on olive oil and bowel cancer"). A
    rewrite of one report gives the names it moves out of its lede elsewhere, in its title or
    text ("The Kremlin accused NATO", Peskov named in the next sentence)."""
    names = swapped_names(a.text, b.text, a.named_opening | b.named_opening)
    return names is not None and not any(
        names_any(text, others)
        for article, others in ((article_a, names[1]), (article_b, names[0]))
        for text in (article.title or "", article.text)
    )


@lru_cache(maxsize=1 << 16)
def _numbers(text: str) -> frozenset[str]:
    """The numbers among a sentence's salient words (:func:`names_and_numbers`)."""
    return frozenset(word for word in names_and_numbers(text) if is_number(word))


def _shares_enough(in_a: set[int], in_b: set[int]) -> bool:
    return min(len(in_a), len(in_b)) >= MIN_SHARED_SENTENCES


def _lines(pair: tuple[str, str], in_a: set[int], in_b: set[int]) -> set[tuple[str, int]]:
    a, b = pair
    return {(a, i) for i in in_a} | {(b, i) for i in in_b}


def _copy_groups(count: int, must_link: Iterable[tuple[int, int]]) -> list[int]:
    """Each of ``count`` items' group of copies, by ``must_link``: the smallest item it is linked
    to, directly or through others (a union-find, each item pointing at its group's root).

    >>> _copy_groups(4, [(2, 3), (1, 3)])
    [0, 1, 1, 1]
    """
    group = list(range(count))

    def root(n: int) -> int:
        while group[n] != n:
            group[n] = group[group[n]]
            n = group[n]
        return n

    for a, b in must_link:
        ra, rb = root(a), root(b)
        group[max(ra, rb)] = min(ra, rb)
    return [root(n) for n in range(count)]


def _term_scores(
    documents: Sequence[Document],
    terms: Mapping[str, Counter[str]],
    settings: Settings,
    advance: Advance,
    copies: Sequence[int],
    languages: Sequence[str | None],
    details: Sequence[AbstractSet[str]],
    counting: Sequence[Mapping[str, frozenset[str]]] = (),
) -> dict[tuple[int, int], float]:
    """Tf-idf cosine over story terms of the document pairs published close enough in time
    that share at least ``MIN_SHARED_WORDS`` of their terms' words (:func:`_word_of`, in each
    document's ``languages``) and ``MIN_SHARED_DETAILS`` of their ``details`` (each document's
    :func:`named_details`) and rare lede words, keyed by the documents' positions. A telling
    figure two documents count other things with (``counting``, each one's
    :func:`_figures_counting`) weighs as any term, and is no detail they share. Idf counts each group of
    ``copies`` (by document position, the group's first) as one document: fifteen reprints of a
    wire story make its names no commoner than one, and a paper's own report of the event no
    less like the wire's.
    A run of fewer such groups than ``IDF_DOCUMENTS`` is counted as if padded to that size with
    documents sharing none of its terms. A term is kept however many of the run's articles hold
    it, up to ``MAX_TERM_DOCUMENTS``: in a run that is mostly one story's coverage, the words in
    most articles are that story's. A telling figure both documents give weighs more
    (``TELLING_FIGURE_WEIGHT``) in each whose ``details`` hold it (not where it gives a round
    figure only as an estimate), and a score is at most 1.

    The cosines are one sparse product of the document-term matrix with its transpose, made a
    block of documents at a time so that memory holds one block's pairs, not all of them: at
    most ``SCORE_BLOCK_PAIRS`` whatever the run's size.
    """
    total = len(documents)
    advance(0, total)
    # A term in more than MAX_TERM_DOCUMENTS documents is dropped by the documents that hold it:
    # each pair of them is a product of the matrix below, and the wire's names in 300 reprints
    # made 90,000.
    in_documents = Counter(chain.from_iterable(terms[d.id] for d in documents))
    in_groups, groups = _in_groups(copies, documents, terms)
    counted = max(groups, IDF_DOCUMENTS)
    rare = max(MIN_RARE_LEDE_GROUPS, RARE_LEDE_SHARE * groups)
    idf = {
        t: math.log((1 + counted) / (1 + n)) + 1
        for t, n in in_groups.items()
        if in_documents[t] <= MAX_TERM_DOCUMENTS
    }
    outlets: dict[str, int] = {}
    outlet_of = np.array([outlets.setdefault(outlet(d), len(outlets)) for d in documents])
    stock_of = _outlet_stock_terms(outlet_of, copies, documents, terms)
    column: dict[str, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    weights: list[float] = []
    # Each document's weights of its outlet's stock terms alone: a pair of one outlet's
    # articles scores without them.
    stock_entries: list[int] = []
    # Each document's words, and those of its terms that are no stock terms of its outlet.
    words = _WordSets()
    own_words = _WordSets()
    named = _WordSets()
    # A name's pairs of words side by side, counted against its words shared: a name of three
    # words that both give counts once (3 words less 2 pairs), as does a surname one gives
    # alone ("Lachance", "Nadia Lachance").
    named_pairs = _WordSets()
    # Each document's weights of the telling figures it says what it counts with.
    figure_weights: list[dict[str, float]] = []
    for row, document in enumerate(documents):
        vector = {t: (1 + math.log(c)) * idf[t] for t, c in terms[document.id].items() if t in idf}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        stock = stock_of.get(int(outlet_of[row]), frozenset())
        for term, weight in vector.items():
            if term in stock:
                stock_entries.append(len(rows))
            rows.append(row)
            columns.append(column.setdefault(term, len(column)))
            weights.append(weight / norm * _figure_weight(term, details[row]))
        if counting:
            figure_weights.append(
                {
                    t: vector[t] / norm * _figure_weight(t, details[row])
                    for t in counting[row]
                    if t in vector
                }
            )
        words.add(row, (_word_of(t, languages[row]) for t in vector))
        own_words.add(row, (_word_of(t, languages[row]) for t in vector if t not in stock))
        named_words = set(chain.from_iterable(name.split() for name in details[row]))
        named.add(
            row,
            chain(
                named_words,
                (
                    term
                    for term in vector
                    if in_groups[term] <= rare
                    and term.startswith(LEDE_TERM)
                    and _word_of(term, languages[row]) not in named_words
                ),
            ),
        )
        named_pairs.add(row, _pairs_of_words(details[row]))
    counts = np.array([bool(weights_of) for weights_of in figure_weights] or [False] * total)
    matrix = csr_matrix((weights, (rows, columns)), shape=(total, len(column)))
    in_words, in_own_words = words.matrix(total), own_words.matrix(total)
    in_names, in_name_pairs = named.matrix(total), named_pairs.matrix(total)
    in_stock = np.zeros(len(rows), dtype=bool)
    in_stock[stock_entries] = True
    stock_weights = csr_matrix(
        (np.array(weights)[in_stock], (np.array(rows)[in_stock], np.array(columns)[in_stock])),
        shape=matrix.shape,
    )
    transposed = matrix.T.tocsr()
    days = np.array([_ordinal(d.published) for d in documents])
    scores: dict[tuple[int, int], float] = {}
    block_rows = max(1, SCORE_BLOCK_PAIRS // total)
    for start in range(0, total, block_rows):
        block = (matrix[start : start + block_rows] @ transposed).tocoo()
        first, second = block.row.astype(np.int64) + start, block.col.astype(np.int64)
        apart = np.abs(days[first] - days[second])
        near = (first < second) & (np.isnan(apart) | (apart <= settings.story_max_days))
        score = block.data
        same_outlet = near & (outlet_of[first] == outlet_of[second])
        if stock_entries:
            score = score.copy()
            score[same_outlet] -= _row_products(
                stock_weights, first[same_outlet], second[same_outlet]
            )
        kept = np.flatnonzero(near & (score >= MIN_TERM_SCORE))
        shared = _row_products(in_words, first[kept], second[kept])
        if stock_entries:
            # Nor do one outlet's articles share their outlet's stock terms' words.
            own = same_outlet[kept]
            shared[own] = _row_products(in_own_words, first[kept[own]], second[kept[own]])
        kept = kept[shared >= MIN_SHARED_WORDS]
        names_shared = _row_products(in_names, first[kept], second[kept]) - _row_products(
            in_name_pairs, first[kept], second[kept]
        )
        if counting:
            score = score.copy()
            # Only pairs of two texts that each count things with a telling figure are read.
            for at in np.flatnonzero(counts[first[kept]] & counts[second[kept]]).tolist():
                pair = (int(first[kept[at]]), int(second[kept[at]]))
                for figure in _counted_apart(*(counting[row] for row in pair)):
                    # The figure's product, up to TELLING_FIGURE_WEIGHT squared times its
                    # weights', falls to its weights' alone; a figure of more than
                    # MAX_TERM_DOCUMENTS documents has no weight and made no product.
                    weight = figure_weights[pair[0]].get(figure, 0.0) * figure_weights[pair[1]].get(
                        figure, 0.0
                    )
                    score[kept[at]] -= weight * (
                        1 - 1 / math.prod(_figure_weight(figure, details[row]) for row in pair)
                    )
                    names_shared[at] -= all(figure in details[row] for row in pair)
            scored = score[kept] >= MIN_TERM_SCORE
            kept, names_shared = kept[scored], names_shared[scored]
        kept = kept[names_shared >= MIN_SHARED_DETAILS]
        scores.update(
            zip(
                zip(first[kept].tolist(), second[kept].tolist(), strict=True),
                # Telling figures' weights can take a product above a cosine's most.
                np.minimum(score[kept], 1.0).tolist(),
                strict=True,
            )
        )
        advance(min(start + block_rows, total), total)
    return scores


def _pairs_of_words(names: Iterable[str]) -> set[str]:
    """Each pair of words side by side in one of ``names``.

    >>> sorted(_pairs_of_words(["marine accident office", "lachance"]))
    ['accident office', 'marine accident']
    """
    return {f"{a} {b}" for name in names for a, b in pairwise(name.split())}


def _figures_counting(
    sentences: Sequence[Sentence], language: str | None = None
) -> dict[str, frozenset[str]]:
    """The telling figures of a text (as its story terms write them) that it follows with a
    word saying what they count, each with that word's forms (:func:`_counted_form`): the first
    word after the figure and its multipliers ("тыс.", "million"), where that word is in lower
    case and no function or date word, nor shorter than ``MIN_LEDE_WORD`` but as an
    abbreviation ("кв."). Digits grouped by spaces are one figure.

    >>> from compare.segment import segment
    >>> text = "Огонь охватил 12 500 кв. м, из домов вывели 300 человек. Счёт 28-14 в пользу гостей."
    >>> sorted(_figures_counting(segment(Document("d", "d", text))).items())
    [('12500', frozenset({'кв'})), ('300', frozenset({'человек'}))]
    >>> _figures_counting(segment(Document("d", "d", "About 4,000 of them stayed away.")))
    {}

    A unit or a percent sign glued to the figure says what it counts as a word does, and a
    share's word is its sign: "12.4C" of a month's temperature and "12.4%" of a youth jobless
    rate are two measures, "12.4 percent" and "12.4%" one.

    >>> sorted(_figures_counting(segment(Document("d", "d", "It was 12.4C; 4.5% or 4.5 percent."))).items())
    [('12.4', frozenset({'celsius'})), ('4.5', frozenset({'%'}))]
    """
    multipliers = lexicon().multipliers
    found: defaultdict[str, set[str]] = defaultdict(set)
    for sentence in sentences:
        plain = salient_plain(sentence.text)
        for glued in GLUED_UNIT.finditer(plain):
            figure = fold_name(glued["figure"])
            letters = (glued["unit"] or "").casefold()
            unit = glued["sign"] or (letters not in GLUED_MILLIONS and lexicon().units.get(letters))
            if unit and _is_telling_figure(figure):
                found[figure].add(unit)
        found_words = find_words(plain)
        for at, word in enumerate(found_words):
            figure = fold_name(word)
            if not (is_number(word) and _is_telling_figure(figure)):
                continue
            rest = found_words[at + 1 :]
            skipped = list(takewhile(lambda w: w.casefold() in multipliers, rest))
            counted = rest[len(skipped)] if len(rest) > len(skipped) else ""
            # A shorter word is a function word ("of" of "4,000 of them", "в"), or a unit a
            # rewrite may drop ("м"), but for an abbreviation with its full stop ("кв.").
            if (
                (word_length(counted) >= MIN_LEDE_WORD or f" {counted}." in plain)
                and counted.isalpha()
                and counted.islower()
                and counted not in _untelling(language)
                and _written_in_a_row(plain, [word, *skipped, counted])
            ):
                found[figure].add(
                    SHARE_SIGN
                    if counted.casefold() in lexicon().share_words
                    else _counted_form(counted, language)
                )
    return {figure: frozenset(forms) for figure, forms in found.items()}


def _written_in_a_row(plain: str, words: Sequence[str]) -> bool:
    """Whether ``plain`` writes ``words`` one after another, with spaces or an abbreviation's
    full stop between them and nothing else: the word after "cost £2.3 million, follow" is no
    word of what the figure counts (a student's rewrite of "a £2.3 million repair" was read as
    counting other things, and its story split from the release's).

    >>> _written_in_a_row("a £2.3 million repair", ["2.3", "million", "repair"])
    True
    >>> _written_in_a_row("cost £2.3 million, follow", ["2.3", "million", "follow"])
    False
    """
    return re.search(r"\.?\s*".join(map(re.escape, words)), plain) is not None


def _counted_form(word: str, language: str | None) -> str:
    """The form a counted word is compared in: its stem, of a Russian word the one of its
    forms by gender, number and case (``similarity.word_family``)."""
    return stem(word_family(word), language)


def _counted_apart(a: Mapping[str, frozenset[str]], b: Mapping[str, frozenset[str]]) -> list[str]:
    """The telling figures two texts both count things with (see :func:`_figures_counting`),
    none of them one thing: no word of one that one of the other's is, spells alike
    (``COUNTED_ALIKE``), as a Belarusian translation counts "долараў" for "долларов", or
    abbreviates ("кв." of "квадратных").

    >>> _counted_apart({"12500": frozenset({"кв"})}, {"12500": frozenset({"человек"})})
    ['12500']
    >>> _counted_apart({"1,2": frozenset({"долараў"})}, {"1,2": frozenset({"доллар"})})
    []
    >>> _counted_apart({"12,5": frozenset({"кв"})}, {"12,5": frozenset({"квадратн"})})
    []
    """
    return sorted(
        figure
        for figure in a.keys() & b.keys()
        if not any(
            Indel.normalized_similarity(ours, theirs) >= COUNTED_ALIKE or longer.startswith(shorter)
            for ours in a[figure]
            for theirs in b[figure]
            for shorter, longer in [sorted((ours, theirs), key=len)]
        )
    )


def _figure_weight(term: str, details: AbstractSet[str]) -> float:
    """``TELLING_FIGURE_WEIGHT`` for a term that is a telling figure among a text's ``details``
    (:func:`named_details`), else 1: a round figure the text gives only as an estimate weighs as
    a word."""
    return TELLING_FIGURE_WEIGHT if term in details and _is_telling_figure(term) else 1


@lru_cache(maxsize=1 << 16)
def _is_telling_figure(word: str) -> bool:
    """Whether a word or term is a telling figure (``TELLING_FIGURE``, not a year nor a
    ``SMALL_TALLY``).

    >>> [_is_telling_figure(t) for t in ("2,417", "28-14", "310", "9", "2026", "6-1", "lede:fire")]
    [True, True, True, False, False, False, False]
    """
    return (
        bool(TELLING_FIGURE.fullmatch(word))
        and not YEAR.fullmatch(word)
        and not SMALL_TALLY.fullmatch(word)
    )


def _row_products(matrix: csr_matrix, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The dot products of ``matrix``'s rows ``first`` and ``second``, pair by pair."""
    return np.asarray(matrix[first].multiply(matrix[second]).sum(axis=1)).ravel()


class _WordSets:
    """Sets of words by row, made one 0/1 matrix once all are added: its product of two rows
    is how many words they share."""

    def __init__(self) -> None:
        self.column: dict[str, int] = {}
        self.rows: list[int] = []
        self.columns: list[int] = []

    def add(self, row: int, found: Iterable[str]) -> None:
        for word in set(found):
            self.rows.append(row)
            self.columns.append(self.column.setdefault(word, len(self.column)))

    def matrix(self, rows: int) -> csr_matrix:
        return csr_matrix(
            (np.ones(len(self.rows)), (self.rows, self.columns)), shape=(rows, len(self.column))
        )


@lru_cache(maxsize=1 << 16)
def _word_of(term: str, language: str | None = None) -> str:
    """The word a story term is of, a name and the same word as a lede word alike: its stem
    in ``language`` (as :func:`_lede_term` stems), folded as a name is ("Hughes" and
    "lede:hugh" are "hugh", "Zürich" and "lede:zürich" "zuerich").

    >>> _word_of("hughes"), _word_of(LEDE_TERM + "hugh"), _word_of("zuerich") == _word_of("lede:zürich")
    ('hugh', 'hugh', True)
    """
    if term.startswith(LEDE_TERM):
        return fold_name(term.removeprefix(LEDE_TERM))
    return fold_name(stem(term, language))


def _outlet_stock_terms(
    outlet_of: np.ndarray,
    copies: Sequence[int],
    documents: Sequence[Document],
    terms: Mapping[str, Counter[str]],
) -> dict[int, frozenset[str]]:
    """Each outlet's stock terms, by its number (``outlet_of``, by document position): those in
    more than ``MAX_OUTLET_STOCK_SHARE`` of its groups of ``copies`` (counted as if it had at least
    ``OUTLET_ARTICLES``). A hyperlocal site names its town and county in nearly every article,
    of property tax, gas prices or a school board alike: between two of its own articles they
    tell no story, as "Dunmore" and "Birch County" joined a site's unrelated pieces into one
    (acceptance round 27). Across outlets they still do: another paper's report of a Dunmore
    fire shares the town with the site's."""
    found: dict[int, frozenset[str]] = {}
    by_outlet: defaultdict[int, list[int]] = defaultdict(list)
    for place, number in enumerate(outlet_of.tolist()):
        by_outlet[number].append(place)
    for number, places in by_outlet.items():
        own = [documents[n] for n in places]
        counts, groups = _in_groups([copies[n] for n in places], own, terms)
        most = MAX_OUTLET_STOCK_SHARE * max(groups, OUTLET_ARTICLES)
        if stock := frozenset(t for t, n in counts.items() if n > most):
            found[number] = stock
    return found


def _in_groups(
    groups: Sequence[int], documents: Sequence[Document], terms: Mapping[str, Iterable[str]]
) -> tuple[Counter[str], int]:
    """In how many of the ``groups`` (each document's, by position) each term is, and how many
    groups there are."""
    members: defaultdict[int, list[str]] = defaultdict(list)
    for group, document in zip(groups, documents, strict=True):
        members[group].append(document.id)
    # Each group's terms made one at a time and dropped once counted: a set a document held
    # 100 MiB at 10,000 articles.
    counts = Counter(
        chain.from_iterable(
            terms[ids[0]] if len(ids) == 1 else set().union(*(terms[d] for d in ids))
            for ids in members.values()
        )
    )
    return counts, len(members)


def _ordinal(published: str | None) -> float:
    """The day number of an ISO date; NaN when unknown, or of a month or a year alone, whose
    day may be any of its days (close in time to every date)."""
    if not published or not is_day(published):
        return math.nan
    return date.fromisoformat(published).toordinal()


def retitled(
    stories: Sequence[Story],
    documents: Mapping[str, Document],
    sentences: Mapping[str, Sequence[Sentence]],
    pairs: Sequence[PairComparison],
) -> tuple[Story, ...]:
    """The stories titled again once their pairs are measured: of undated articles, or articles
    of one day, the one the pair directions name the origin gives the title, and an undated one
    goes among dated ones where they place it (``records.first_published_keys``), as it leads
    every other table; of a story where one article took text from another's, the first of
    those that reuse or were reused gives it, as the page's summary names it the likely origin:
    an agency's own report of the floods, filed first, is no title for the wire story the
    papers carry."""
    pairs_of: defaultdict[str, list[PairComparison]] = defaultdict(list)
    for pair in pairs:
        pairs_of[pair.story].append(pair)
    return tuple(
        replace(
            story,
            title=_title(
                dated_as_trusted((documents[d] for d in story.documents), pairs_of[story.id]),
                sentences,
                origins_and_copies(pairs_of[story.id]),
                # Another version of one article is its outlet's update, not reuse.
                frozenset(
                    chain.from_iterable(
                        origins_and_copies(p for p in pairs_of[story.id] if not p.same_article)
                    )
                ),
            ),
        )
        for story in stories
    )


def _title(
    members: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    directions: Sequence[tuple[str, str]] = (),
    reusing: AbstractSet[str] = frozenset(),
) -> str:
    """The title of the first published titled document (``records.first_published_keys``, by
    the pair ``directions``, each an origin and its copy), of those of ``reusing`` (the
    documents that took text from another outlet's or whose text another took) where any is,
    as its article's latest version gives
    it (``records.latest_versions``): a headline a later version replaced, a claim softened or a
    toll raised, is no longer the outlet's, and the story's summary quotes it as replaced. Else
    the first sentence, not
    boilerplate (a dateline, a credit), of the first published document. A title set in
    capitals, as a press release sets its headline ("RECOMMENDED CASH ACQUISITION OF ARDLEY
    PLC"), gives way to the first that is not: an index read as shouting. So does one that
    fewer other outlets' titles hold whole than hold another (:func:`_held_by_most`): copies
    that dress the origin's headline up ("JUST IN: ...", "... - Full Story") hold it, and a
    copy's own clickbait, first by a date its site set ("You Won't Believe What Happened In
    Millbrook"), none. A copy of the article that gave a headline, or the article a copy took
    it from, is no other title holding it: an aggregator's verbatim copy of a state channel's
    rewrite does not make the channel's headline outvote the wire's.

    >>> def titled(id: str, title: str, day: str) -> Document:
    ...     return Document(id, id, "", title=title, published=day)
    >>> _title([titled("bait", "You Won't Believe What Happened In Millbrook", "2026-11-18"),
    ...     titled("courier", "Council adopts budget", "2026-11-19"),
    ...     titled("hub", "JUST IN: Council adopts budget", "2026-11-19")], {})
    'Council adopts budget'
    """
    order = in_lead_order(members, sentences, directions)
    latest = latest_versions(members)
    titled = [(d.id, title) for d in order if (title := latest.get(d.id, d).title or d.title)]
    # An independent report published first tells the story in its own words; every outlet's
    # title still counts towards which of the reused text's titles most of them hold.
    leading = [(doc, title) for doc, title in titled if doc in reusing] or titled
    if titled:
        # Every cased letter a capital, and most letters cased: a Hindi headline naming the
        # "STF" is in no capitals.
        shown = [
            (doc, title)
            for doc, title in leading
            if not (title.isupper() and set_in_capitals(title))
        ] or leading
        return _held_by_most(
            shown,
            titled,
            frozenset(directions),
            {d.id: outlet(d) for d in members},
            _labels(shown, members, sentences),
        )
    first = order[0]
    lede = next((s for s in sentences[first.id] if not is_boilerplate(s)), None)
    return shorten(lede.text if lede else first.id, TITLE_CHARS)


def in_lead_order(
    members: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    directions: Sequence[tuple[str, str]] = (),
) -> list[Document]:
    """A story's documents in the order they lead it, its title's and its sentence groups'
    (``coverage.group_sentences``): the first published first (``records.first_published_keys``,
    by the pair ``directions``, each an origin and its copy), of one key in the order given;
    but a date alone and a time given on that day tell no order (a paper's "date: 2026-12-03"
    and a rival's page of 07:30 that day), and of two such the one whose title, as its
    article's latest version gives it, stands for the story's articles better (:func:`_standings`:
    a plain "Council approves £42m link road" before a rival's "Fury as councillors force
    through ..."), then the lower id, goes first (``records.in_known_order``), never the one
    whose time is the more precise.

    >>> paper = Document("paper", "Gazette", "", title="Council approves link road",
    ...     published="2026-12-03")
    >>> rival = Document("rival", "Echo", "", title="Fury as councillors force road through",
    ...     published="2026-12-03", published_time="2026-12-03T07:30:00Z")
    >>> third = Document("third", "Star", "", title="Council approves road",
    ...     published="2026-12-03", published_time="2026-12-03T09:00:00Z")
    >>> [d.id for d in in_lead_order([rival, third, paper], {})]
    ['paper', 'rival', 'third']
    """
    keys = first_published_keys(members, directions, all_timed=all_timed(members))
    latest = latest_versions(members)
    titles = [(d.id, latest.get(d.id, d).title or d.title or "") for d in members]
    standing = dict(
        zip((d.id for d in members), _standings(titles, members, sentences), strict=True)
    )
    by_id = {d.id: d for d in members}
    order = in_known_order([d.id for d in members], keys, lambda doc: (-standing[doc], doc))
    return [by_id[doc] for doc in order]


def _labels(
    candidates: Sequence[tuple[str, str]],
    members: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
) -> frozenset[str]:
    """The documents among ``candidates`` (each an id and its title) whose title labels the
    file rather than tells its story: one that names its text as a source's material
    (``MATERIAL_LABEL``: "Interview notes: Harbour Road library press briefing"), or one that
    stands for the story's articles less than ``LABEL_STANDING`` as well as the best title does
    (see :func:`_standings`: "Interview notes: Millbrook pool, class press conference, Tuesday
    3 March 2026").

    >>> def titled(id: str, title: str) -> Document:
    ...     return Document(id, id, "", title=title)
    >>> members = [titled("notes", "Interview notes: pool"), titled("a", "Pool to close")]
    >>> _labels([(d.id, d.title or "") for d in members], members, {})
    frozenset({'notes'})
    """
    standings = _standings(candidates, members, sentences)
    return frozenset(
        doc
        for (doc, title), standing in zip(candidates, standings, strict=True)
        if MATERIAL_LABEL.match(title) or standing < LABEL_STANDING * max(standings)
    )


def _standings(
    candidates: Sequence[tuple[str, str]],
    members: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
) -> list[float]:
    """How well each of ``candidates`` (a document's id and its title) stands for the story's
    articles: how many of its words of content an outlet's titles and ledes write, on average
    over the other outlets. A headline's words are the story's ("Millbrook", "pool",
    "refurbishment"); a file's label writes its own ("interview", "notes", "class"). A count,
    not a share: a headline naming more of the story stands for it better than a brief's few
    words ("Footbridge repair finished as council opens river crossing" against "Lowmoor bridge
    reopens").

    >>> def titled(id: str, title: str) -> Document:
    ...     return Document(id, id, "", title=title)
    >>> members = [titled("notes", "Interview notes: pool, class briefing"),
    ...     titled("a", "Pool to close for repairs"), titled("b", "Council votes to repair pool")]
    >>> _standings([("notes", "Interview notes: pool, class briefing"),
    ...     ("a", "Pool to close for repairs")], members, {})
    [1.0, 1.5]
    """
    outlets = {d.id: outlet(d) for d in members}
    heads: defaultdict[str, set[str]] = defaultdict(set)
    for document in members:
        lede = next((s.text for s in sentences.get(document.id, ()) if not is_boilerplate(s)), "")
        heads[outlets[document.id]] |= _content_terms(words(f"{document.title or ''} {lede}"))
    held_by = Counter(term for terms in heads.values() for term in terms)
    others = len(heads) - 1
    standings = []
    for doc, title in candidates:
        terms = _content_terms(words(title))
        own = heads[outlets[doc]]
        held = sum(held_by[term] - (term in own) for term in terms)
        standings.append(held / others if others else 0.0)
    return standings


def _held_by_most(
    candidates: Sequence[tuple[str, str]],
    titled: Sequence[tuple[str, str]],
    directions: AbstractSet[tuple[str, str]],
    outlets: Mapping[str, str],
    labels: AbstractSet[str] = frozenset(),
) -> str:
    """The title of the first of ``candidates`` (each a document's id and title) whose words
    the most other outlets' titles among ``titled`` hold, every one of them, leaving out the
    documents that copied the candidate's document or that it copied (``directions``, each an
    origin and its copy): a copy repeating a headline is no second outlet choosing it, nor is
    the candidate's own outlet, whose feed item and saved page of one article give one headline
    twice (``outlets``, each document's). A title holds the candidate only with few words more
    than it, as a copy dressing it up does: a brief's "Memory molecule hope" sits whole inside
    many a longer headline that no one took from it. The first when none is held by more
    outlets than the first is: by :func:`records.first_published_keys`, the origin the pairs
    name (the record, every pair's origin, where one is named), else the earliest. Among those
    held by as many, a title of ``labels`` (documents whose title labels the file, see
    :func:`_labels`: "Interview notes: ..., class press conference") gives way to the first
    that is a headline.

    >>> _held_by_most([("wire", "Minister resigns"), ("page", "Corrupt minister quits")],
    ...     [("wire", "Minister resigns"), ("page", "Corrupt minister quits"),
    ...      ("item", "Corrupt minister quits")], set(),
    ...     {"wire": "wire", "page": "redline", "item": "redline"})
    'Minister resigns'
    """
    word_sets = [(doc, frozenset(words(title))) for doc, title in titled]

    def held_by(candidate: tuple[str, str]) -> int:
        titled_by, title = candidate
        own = frozenset(words(title))
        holding = {
            outlets[doc]
            for doc, other in word_sets
            if outlets[doc] != outlets[titled_by]
            and (titled_by, doc) not in directions
            and (doc, titled_by) not in directions
            and own <= other
            and len(own) * 2 >= len(other)
        }
        return len(holding)

    return max(candidates, key=lambda candidate: (held_by(candidate), candidate[0] not in labels))[
        1
    ]


def shorten(text: str, chars: int) -> str:
    """``text`` cut at a word boundary to at most ``chars`` characters, with an ellipsis.

    >>> shorten("Talks in Geneva ended on Monday.", 20)
    'Talks in Geneva…'
    """
    return text if len(text) <= chars else text[: chars - 1].rsplit(" ", 1)[0] + "…"
