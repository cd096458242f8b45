"""Name how two aligned sentences frame a fact differently, and profile each article's framing.

Every list of words lives in ``framing_terms.toml``; this module only decides what a difference
between two sentences means.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import accumulate, chain, dropwhile, pairwise, takewhile
from operator import attrgetter
from types import MappingProxyType
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel, LCSseq

from compare.arabic import ARABIC_LETTER, spelt_any_way
from compare.chinese import in_simplified
from compare.dates import MONTHS, month_number
from compare.lexicon import Phrases, lexicon
from compare.misreads import digits_read_as_letters, misreads_undone
from compare.numerals import (
    ABOUT,
    AT_LEAST,
    AT_MOST,
    NUKTA,
    PAIR_OF_COUNTS,
    ROUNDING_SLACK,
    YEAR,
    Figure,
    Numbers,
    Unmatched,
    Value,
    converted,
    count_orders,
    cut_to_its_digits,
    held_against,
    is_glued_number,
    least_of_order,
    names_a_date,
    names_a_factor,
    names_a_moment,
    number_vocabulary,
    numbers_as_written,
    numbers_in,
    numeral_values,
    order_spelled,
    qualified_ones,
    ranking_ordinals,
    rounded,
    rounded_and_unqualified,
    rounds_a_percentage,
    sentence_numbers,
    share_after,
    shares_written,
    tenfold_apart,
    unit_of_one,
    units_alike,
    within_its_order,
    without_hesitations,
    written_as_one,
    written_spans,
    written_to_fewer_digits,
    year_parts,
)
from compare.records import (
    AlteredQuotation,
    Document,
    FramingKind,
    FramingNote,
    FramingProfile,
    Match,
    PairComparison,
    Sentence,
    Span,
)
from compare.segment import (
    CLOSING_QUOTES,
    FULL_STOPS,
    HAN,
    KANA,
    LANGUAGE_SAMPLE_CHARS,
    POSSESSIVES,
    QUOTE_MARKS,
    TYPEWRITER_QUOTE,
    UNSPACED,
    article_quotations,
    as_written,
    by_sentence,
    ends_with_abbreviation,
    find_words,
    is_number,
    language,
    may_quote,
    name_spellings,
    normalise,
    outside_quotations,
    quotation_spans,
    recased,
    set_in_capitals,
    word_length,
    words,
    words_language,
)
from compare.similarity import (
    CYRILLIC,
    same_root,
    same_spanish_root,
    same_word,
    stem,
    word_family,
)
from compare.word_diff import gives_words

# "told" and the capitalised name after it, perhaps after "the": "told The Ledger Line".
TOLD_A_NAME = re.compile(r"\btold (?:[Tt]he )?[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*)*")
# What may stand between a cue and the source it cites: "the", and the articles of French,
# Spanish and German ("selon la police", "según los investigadores", "nach Angaben der
# Ermittler", cited as "according to police" is), "data from", Russian's "из" (from: "по
# информации из источников").
AFTER_CUE = re.compile(
    r"\s+(?:(?:the|la|le|les|el|los|las|der|die|des|dem|den|из)\s+|l['\u2019])?"
    r"(?:(?:data|figures)\s+from\s+(?:the\s+)?)?"
)
# A run of a word's letters, with an apostrophe's ("didn't"): the words a cut keeps or drops.
RUN_OF_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
# What joins a claim cut with its attribution to the claim a copy kept.
COORDINATORS = frozenset({"and", "but"})
# What a count measures where no unit's or counted thing's name says it (see _what_it_measures):
# a share and an amount of money, written otherwise by each sentence ("15 per cent", "$1.3
# billion" against "15%", "1.3 billion dollars").
SHARE = "%"
MONEY = "money"
# What joins the quotations of one note: each ends on its own stop or comma, after which ", "
# reads as one garbled quotation ("He deserved that goal., Yevhen has been brilliant").
QUOTATION_SEPARATOR = " / "
# What ends the clause of an attribution: a stop (any script's full stop: a Hindi restatement
# compared with two sentences joined, "... के पास हुआ। सूत्रों के अनुसार, ...", cites no one in the
# first), a comma, a double quote, a bracket, a dash (a single quote is more often an
# apostrophe: "Germany's Kiel Institute").
CLAUSE_BREAK = re.compile(rf"[{re.escape(FULL_STOPS)},;:!?\"()\[\]]|\s-+\s")
# How many words before or after an attribution verb name whom it attributes the claim to.
SPEAKER_WORDS = 4
# The attributing phrase whose words after it may name a reason rather than a source: "halted
# deliveries, citing unpaid bills", as against "citing two officials".
REASON_CUE = "citing"
# How many words of whom an attribution cites, before or after its verb or cue, a note shows at
# most: "the Ministry of Emergency Situations said", "according to a preliminary estimate by the
# university".
CITED_WORDS = 8
# A run of letters, which a sentence's words are cut into to see how each is written.
LETTERS = re.compile(r"[^\W\d_]+")
# A pronoun among a sentence's first this many words is its subject, more often than not: "As a
# teen, he stabbed ..." has an actor there, no speaker.
SUBJECT_WORDS = 2
# A condition's clause names what a claim waits on in a few words ("subject to winter
# pressures", "subject to a final review by the state auditor"); one with more tells a claim of
# its own.
MAX_CONDITION_WORDS = 4
# A direction word governs a number at most this many words after it: "grew -0.1%", "shrank
# by an annualised 0.1%"; not the balance of "rose 5% in May and the balance was -2.1%".
GOVERNING_REACH = 3
# The most words of a direction written at the end of a replacement that rewords its subject
# ("ahead of").
DIRECTION_WORDS = 2
# A capital letter, Latin or Cyrillic.
CAPITAL = "[A-Z\u0410-\u042f\u0401]"
# What stands between a wire's name and a word of a longer name it is part of ("Michael
# Bloomberg", "AP Biology"), looked for this far back.
WORD_BEFORE = re.compile(r"(\S+)\s+$")
WORD_AFTER = re.compile(r"\s+(\S+)")
# The word after a name and, when that is a perfect tense's auxiliary, the participle after it:
# "The WHO said", "La Fiscalía ha informado" (see _says_after).
WORDS_AFTER = re.compile(r"\s+(\S+)(?:\s+(\S+))?")
# A verb and an article straight before a name, "..., denunció el SNTP.", or before the full name
# a short one in brackets follows, "..., denunció el Sindicato Nacional de Trabajadores de la
# Prensa (SNTP).", and where a clause ends after one (see _said_before); a perfect tense's verb
# after its auxiliary, "..., ha informado la Fiscalía.". The verb opens an aside, after a comma or
# "según": "Russia warned the EU." is told to the EU, not by it.
VERB_AND_ARTICLE_BEFORE = re.compile(
    r"(?:,|\b[Ss]egún)\s+(?:(?P<auxiliary>(?![Ss]egún\b)[^\W\d_]+)\s+)??(?P<verb>[^\W\d_]+)"
    r"\s+(?P<article>[^\W\d_]+)\s+$"
)
FULL_NAME_WORD = "[A-Z\u00c0-\u00de\u0410-\u042f][\\w'.-]*"
FULL_NAME_GOES_ON = (
    rf"(?:\s+(?:(?:de|del|la|las|los|y|of|the|and|for|du|des|et)\s+)*{FULL_NAME_WORD})*\s*"
)
FULL_NAME_BEFORE = re.compile(rf"{FULL_NAME_WORD}{FULL_NAME_GOES_ON}$")
# The rest of a full name and the bracket its short name opens with: "... de la Prensa (".
SHORT_NAME_AFTER = re.compile(rf"{FULL_NAME_GOES_ON}\(")
NAME_ENDS_ITS_CLAUSE = re.compile(r"\s*(?:[.,;:]|$)")
# What joins a body's name to the next one of a subject that speaks, with that one's article:
# "El Ministerio de Seguridad y el Ministerio de Salud informaron" (see _joined_to_one_saying).
BODIES_JOINED = re.compile(
    r"\s+[ye]\s+(?:(?P<article>[a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+)\s+)?"
    r"(?=[A-Z\u00c0-\u00de])"
)
# The marks after which a word opens a sentence or a clause.
CLAUSE_OPENERS = frozenset(".!?:;,")
# How far before a name its verb of saying, or before a short name in brackets its full name,
# is looked for.
SHORT_NAME_REACH = 200
# A stock's ticker in brackets after its company's name, its exchange's letters after a dot
# ("Harbor Micro Devices Inc (HMD.O) reported"): a listing, which cites no source.
TICKER = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,2}")
# A body's initials run to six letters ("UNICEF", "UNESCO"); a longer word in capitals is a
# word shouted, or a name printed in capitals.
MOST_LETTERS_OF_INITIALS = 6
NAME_WORD_REACH = 40
# A word after a wire's name, perhaps after its possessive, that may say its people or work are
# the news: "Reuters photographer", "AFP's correspondent", "Reuters' reporting".
WIRE_STAFF_AFTER = re.compile(r"(?:['\u2019]s?)?\s+([\w-]+)")
# The last word of an unnamed source that a name may follow as its owner: "records reviewed by
# The Associated Press", "a spokesman for Boeing".
OWNER_WORDS = frozenset({"by", "for", "from", "of", "with", "de", "del", "du", "des"})
# The articles between an owner word and the owner's name: "a spokesman for the Pentagon", "le
# ministère de la Défense".
OWNER_ARTICLES = frozenset({"the", "a", "an", "la", "le", "les", "el", "los", "las"})
# What joins two sources in one name: "AP & Reuters", "the Valley Herald and the Coast Tribune".
# "By" and the article before a name: "a study by the Brennock Institute"; and the words between
# a work and that "by" ("estimates published on Monday by").
BY_A_NAME = re.compile(r"\bby\s+(?:the\s+)?")
OWNER_REACH = 5
# The word after a name, past its possessive: "the Brennock Institute's study", "a Harvard
# study".
WORK_AFTER_A_NAME = re.compile(r"(?:['\u2019]s)?\s+([a-z]+)\b")
# "By" and whom it names in a clause: "estimates published this week by the Department".
ISSUED_BY = re.compile(r"[^.,;:!?]*?\bby\s+(?:the\s+)?")
NAME_JOINER = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")
# An aside between commas that says who a speaker is, one rule read three ways below: their age
# ("John Bank, 52, said") or an article and their role ("John Bank, a crane operator, said").
SPEAKER_AGE = r"\d{1,3}"
SPEAKER_ROLE = r"(?:a|an|the)\s"
# A person's age in apposition after their names.
AGE_AFTER_A_NAME = re.compile(rf",\s*{SPEAKER_AGE},")
# What may stand between a speaker's names and their verb: a role's aside, and the spaces before
# the verb. Read in the sentence as written, the role's words stop at any stop, as a sentence's
# end may be one.
ASIDE_AND_VERB = re.compile(rf"(?:,\s*{SPEAKER_ROLE}[^,.;:!?\"]*,)?\s+([\w'-]+)")
# Either aside, folded, as _named_before_an_aside reads it between two clause breaks: " an
# associate professor of epidemiology" or " 52". Those breaks pass over an abbreviation's stop,
# so a role may hold one ("a U.S. envoy").
ASIDE_OF_A_SPEAKER = re.compile(rf"\s*(?:{SPEAKER_ROLE}.*|{SPEAKER_AGE})\s*")
# A role written bare, as British copy writes it, opening in lower case and a few words long:
# "Priya Castellan, cabinet member for finance, said".
BARE_ROLE = re.compile(r"\s*[a-z][\w'-]*(?:\s+[\w'-]+){0,7}\s*")
# Where a name's first words run into another's by "of": "Workers| of the |Calder Dockworkers
# Union".
OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?")
# A word in lower case that may be a body's noun before a member's: "council" of "council leader
# Gordon Ashby".
LOWER_CASE_BODY = re.compile(r"(?<![\w'-])[a-z]+(?= )")
# A word in lower case, in Latin or Cyrillic letters, or a number.
LOWER_CASE_WORD = "[a-z0-9\u0430-\u044f\u0451][\\w'-]*"
# The words in lower case that may say which or how many of a named source's people a cue cites,
# before the name: "a Pentagon spokesman", "two senior Israeli military officials".
WORDS_BEFORE_A_NAME = re.compile(rf"(?:{LOWER_CASE_WORD}\s+){{1,3}}(?={CAPITAL})")
# A source's own name in quotes after the words that say what it is, in the quotation marks
# segment pairs (CLOSING_QUOTES), each language's: the monitoring group "Count Together", the
# rights project «ОВД-Мониторинг» or „ОВД-Мониторинг“. As in segment, any closing mark ends it.
ANY_CLOSING_QUOTE = "".join(sorted(set("".join(CLOSING_QUOTES.values()))))
QUOTED_NAME = re.compile(
    rf"\s+[{''.join(CLOSING_QUOTES)}]({CAPITAL}[^{ANY_CLOSING_QUOTE}]{{1,59}})[{ANY_CLOSING_QUOTE}]"
)
# A count of a part of the count before it, in English: "four of them", "two of whom".
PART_OF_A_COUNT = re.compile(r"\s+of\s+(?:them|whom|those|these)\b", re.IGNORECASE)
# The marks that end a clause, and those of them that go on to another in the sentence.
CLAUSE_ENDS = frozenset(".,;:!?")
CLAUSE_BREAKS = frozenset(",;:")
# Such a mark where it ends a clause in running text: not inside "1,000" or "U.S".
CLAUSE_END = re.compile(rf"[{re.escape(''.join(sorted(CLAUSE_ENDS)))}](?!\w)")
# The words a capitalised name holds inside it: "Department of the Interior", "Procuraduría
# General del Estado".
INSIDE_A_NAME = frozenset({"of", "for", "de", "du", "al", "del"})
# The words that join two of a name's words, as a firm's "Hale & Moore" and a body's "Instituto
# Nacional de Estadística y Censos", "Ministerio de Ciencia e Innovación" (Spanish "and").
JOINS_IN_A_NAME = frozenset({"and", "&", "y", "e"})
# The articles a name holds after "de": "Secretaría de la Defensa Nacional".
ARTICLES_AFTER_DE = ("la", "las", "los")
# The numero sign, written with a capital: "No 10", "No. 1".
NUMERO_SIGN = re.compile(r"\bNo\.? ?(?=\d)")
# A batter's score "not out" is cricket's "unbeaten" ("hit 102 not out"), no denial; "given not
# out", an umpire's call, follows no score and still reads as one.
NOT_OUT_SCORE = re.compile(r"\b\d+\*? not out\b")
# An answer's "No" opening a sentence or a quotation ("No, I can't rule anything out", "“No. We
# are not cutting beds."): it answers a question and denies no claim of the sentence.
ANSWER_NO = re.compile(r"(?:^|(?<=[.!?\"\u201c\u2018'(]))\s*No\s*[,.!;:\u2013\u2014]")
# How far apart two counts may be and still be one told two ways, one in place of the other:
# "more than 2,000" and "2,100", not 40 and 12.
NEAR_COUNT = Decimal("1.5")
# "No" or "Not" inside a name, capitalised after a word and before a capital: "the Do Not Call
# list", "the No Child Left Behind Act".
NAMED_NEGATION = re.compile(r"(?<=\w )(No|Not)(?= [A-Z])")
# A capitalised "Nie" and the word straight after it: the Polish or German negation opening a
# sentence is followed by a lower-case word ("Nie podniesiemy podatków", "Nie wieder"), the
# surname by a given name or a comma ("Nie Haisheng said", "Nie, 58, led") or by an English verb
# ("Nie said", "Nie landed", "Nie was born", "Commander Nie told reporters"; see
# _is_an_english_verb).
CAPITALISED_NIE = re.compile(r"\bNie\b(?: (\w+))?")
NOTHING_BUT = re.compile(r"\bnothing but\b", re.IGNORECASE)
# The marks that make a one-word quotation a cry, someone's words: "Resign!", "Why?".
CRIED = re.compile("[!?\u00a1\u00bf]")
# A "not" after a comma before what it sets against the words before it ("a crisis, not a
# victory"), and the words that set the same contrast otherwise ("a crisis rather than a
# victory"): one written for the other drops no negation. Not "not a single" nor "not one",
# which deny outright ("..., not a single shot was fired").
CONTRASTING_NOT = re.compile(
    r",\s+not\s+(?!a\s+single\b|one\b)(?:a|an|the|his|her|their|its|our|my|your)\b",
    re.IGNORECASE,
)
CONTRASTING_WORDS = re.compile(r"\b(?:rather than|instead of)\b", re.IGNORECASE)
# A "not" that only ends an elided comparison, the verb it denies left out: "sleep 47 minutes
# less than those who do not", "than those who didn't.", "than it did not," - it denies nothing
# the sentence claims.
ELIDED_COMPARISON = re.compile(
    r"\bthan(?: [\w'-]+){0,4}? (not|\w+n't)(?=\s*(?:[.,;:!?)\u2013\u2014]|$))", re.IGNORECASE
)
# A "not" whose clause goes on to "until" names when something happens, not a denial: "does not
# expect it to reopen until June" tells what "is expected to reopen in June" tells.
NOT_UNTIL = re.compile(r"\b(not|\w+n't)(?: [\w'-]+){0,6}? (?:until|till)\b", re.IGNORECASE)
FAILURE_TO = re.compile(r"\bfailures? to\b", re.IGNORECASE)
# A plot term as written, the word before it and a word after a "to" straight after it: "a
# Ponzi-style scheme", "a scheme to defraud". The word after "to" is in lower case, as a verb is
# and a name is not ("moved from the scheme to Wales"); the term in any case ("The Scheme").
PLOT_WRITTEN = r"(?:([\w'-]+)\s+)?\b(?i:{term})\b(?:\s+to\s+([a-z][\w-]*))?"
# Where a clause ends right after a negation ("they did not," she said): what it denies was
# written before it.
CLAUSE_END_AFTER_NEGATION = re.compile(r"\s*[,.;:!?\"\u201d\u2019)]")
# How many words after a negation tell what it denies: "employees were on site" of "no employees
# were on site".
NEGATED_REACH = 4
# How many words of content of a negated clause tell what it denies where its first word is not
# written by the other version: "not tell residents the water" of "did not tell residents the
# water was safe".
DENIED_CLAUSE_WORDS = 5
# How many words may stand between a speaker's refusal and its verb of vouching: "not going to
# stand here and tell".
VOUCHING_REACH = 6
# How many words may stand between a verb and the word that says whom it is aimed at: what it
# hurls or fires ("threw stones at", "fired tear gas at", "launched an attack on").
AIMED_REACH = 3
# How many words may stand between a verb of saying and the "que" of the clause it reports:
# "a confirmé lundi soir qu'un recours serait déposé".
SAYING_REACH = 3
# What a score writes between a result's words and after them ("were beaten 3-2 by", "won 3 - 2
# against"): its numbers and the dash between them.
SCORE_PART = re.compile(r"\d+(?:[-\u2013]\d+)?|[-\u2013]")
# How many words may stand between "charged" (or an arrest's verb) and what a crime follows: whom
# it charges and when ("charged the former council leader with", "arrested two men over").
CHARGED_REACH = 4
# "Accused" with whom it accuses before "of", within a sentence's stretch of a long name or an
# aside ("accused the State Attorney's Office of", "accused his brother, whom he called 'the
# witness', of"): it hedges as "accused of" does; not after "that" or "which", where a charge or
# a filing accuses ("a second charge that accused her of"), the charge told beside it.
ACCUSED_SOMEONE_OF = re.compile(
    r"(?<!\bthat )(?<!\bwhich )\baccused\s+(?!of\b)[^.;!?]{1,60}?\bof\b", re.IGNORECASE
)
# The most words a charge that tells no hedge has: "counts of" (``charges``).
CHARGE_WORDS = 2
# The most words a "*" of an allegation phrase stands for: "opened a fraud investigation"
# (``allegation_phrase_ladders``).
PHRASE_GAP_WORDS = 2
# A charge named by its crime before it: "a murder charge", "manslaughter charges".
CRIME_CHARGE_NOUNS = frozenset({"charge", "charges"})
# How many words before "charged" (or an arrest's verb) a negation may stand and deny it: "not
# charged", "has not been charged", "no one has been charged".
DENIED_CHARGE_REACH = 4
# How many words after the object of "cleared" are looked at for a permission's "to" or "for":
# the object's noun after an adjective too ("cleared the former mayor to stand"), not as far as
# a verdict's "for" after when it was given ("cleared Smith on Tuesday for the second time").
PERMISSION_REACH = 2
# The most words a purpose's subject has between its opener and its modal: "so that the ballot
# papers could".
MAX_PURPOSE_SUBJECT_WORDS = 4
# A superlative after "the", before a degree's subject: "the fullest they could remember".
SUPERLATIVE_ENDING = "est"
# How far back the word before a modal is looked for: enough for any word, so that the text
# before a modal need not be split whole for its last one.
MODAL_REACH = 30
# A hedge's "be" in another tense or number: "were reported to" is "is reported to".
PAST_OR_PLURAL_BE = re.compile(r"^(?:are|was|were) ")
# "may be a record" against "is a record": "a", "an" or "the" says nothing of what is so.
OPTIONAL_DETERMINER = "(?:(?:a|an|the) )?"
# The pronouns of one who speaks, the subject of a verb's "-s" form ("she claims"); the others
# are of several, or of the speaker and the one spoken to ("they claim", "I claim").
SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "он", "она", "оно"})
# A quotation with more of its words replaced than this says something else, not the same
# words misquoted.
MISQUOTED_WORDS = 3
# The last digit of a number as written, and what follows it: the "m" of "100m", the " per cent"
# of "4 per cent".
LAST_DIGIT = re.compile(r"\d\D*\Z")
# After "a day" or "a year", a word that makes them say when, not what a figure is counted per:
# "14 people a day after the storm", "£5 a year ago", "12 heridos al día siguiente"; not after
# "per year" or "annually".
PERIOD_SAYS_WHEN = re.compile(
    r"\s+(?:after|before|ago|later|earlier|old|early|late|into|siguiente|anterior|después|antes)\b",
    re.I,
)
# The periods that may say when, with a word of PERIOD_SAYS_WHEN after them: "a day", "al día".
PERIOD_MAY_SAY_WHEN = ("a ", "al ")
# The unit a share is in: "4%", "4 percent", "4 per cent".
SHARE_UNIT = "%"
# The units of ``[numbers.units]`` a share's change is counted in: "2.2 percentage points", "25
# basis points".
SHARE_POINTS = frozenset({"percentage point", "basis point"})
# A bound written after its number, before what it counts: "four or more nights per week".
OPEN_BOUND_AFTER = r"(?i:or\s+(?:more|fewer|less))"
# What joins the two numbers of a range written as one: "38-40C".
RANGE_DASHES = frozenset("-\u2013")
# How many function words cut unmarked from inside a quotation are named ("it is" of "significant
# and it is clinically meaningful"): one alone ("and", "the") is a writer's tidying.
UNMARKED_ELISION = 2
# The marks of words left out of a quotation: "...", ". . .", each perhaps in brackets, and
# "…", which segment.normalise makes a full stop (one character for one): a stop standing alone
# between words.
ELLIPSIS = re.compile(r"\[?(?:\.\s?\.\s?\.|\u2026)\]?|(?<=\s)\.(?=\s)")
# A quotation held against every quotation of the other article of a pair has this many words
# at least (see with_quotations_altered); each of two places a quotation joins, as many.
HELD_QUOTATION = 4
STITCHED_RUN = 3
# The notes of an aligned pair that read a quotation against words it does not alter, where
# another sentence of the other article quotes what it alters.
MISREAD_AS_ALIGNED = frozenset(
    {
        FramingKind.QUOTE_ADDED,
        FramingKind.QUOTE_REMOVED,
        FramingKind.QUOTE_REWORDED,
        FramingKind.QUOTE_REPLACED,
    }
)
# A quotation cut short or trimmed from another writes this share of its words at least as the
# other does, in order; with fewer it is the statement said in other words (MSRP: "People who
# are high in positive emotions sleep better" against "Happy people sleep better").
CUT_SHORT = 0.8
# An aside in brackets within a quotation: the writer's words, "[Mr. Cheney]", "(Harold)".
BRACKETED = re.compile(r"[\[(]([^\[\]()]*)[\])]")
# The articles between "of" and what a number counts a share of: "30 of the passengers".
ARTICLES = frozenset({"the", "a", "an"})
# An age as a number writes it, "old" after it: "34-year-old", "34 years old".
AGE_WRITTEN = re.compile(r"(?i)[- ]years?$")
AGE_OLD = frozenset({"old", "year-old", "years-old"})
# The words that open an object after a verb: an article, a possessive or a demonstrative.
# The words that join a clause to the one before it: a negation denies up to them.
CLAUSE_JOINERS = frozenset({"and", "but", "or"})
OBJECT_OPENERS = ARTICLES | {"his", "her", "their", "its", "our", "my", "your", "this", "these"}
# What joins a number's parts into one: "1,200", "40-odd".
NUMBER_JOINS = frozenset({",", ".", "-"})
# The word that joins a body's name ("the Ministry of Emergency Situations"), which lexicon's
# function words leave out as too short to say anything of a sentence: no word of who speaks.
NAME_JOINING = frozenset({"of"})
# How alike two sentences' words but their speakers' and verbs of saying are, at least, to
# attribute the same statement (SequenceMatcher's ratio).
SAME_STATEMENT = 0.8
# How alike two spellings of a speaker's name are, at least, to name one person ("Kinsley" and
# "Kinsely"; SequenceMatcher's ratio).
NAME_SPELLING = 0.85
# How far after a number to look for the word that tells what it counts.
LOOK_AFTER_A_NUMBER = 40
# The endings of adverbs that qualify the word after a number, which then qualifies what it counts:
# "critically" of "15 critically ill patients", "seriously" of "12 seriously injured people"; not
# "family" of "15 family members", a noun.
ADVERB_ENDINGS = (
    "ally", "ously", "ently", "antly", "ively", "fully", "lessly", "edly", "ately", "ghtly", "rely",
    "dly", "wly",
)  # fmt: skip
# What joins the two numbers of a range: "38-40C", "38C to 40C", "10% to 15%"; not a dash between
# spaces, which sets a phrase apart ("nearly half - 45 percent - are").
RANGE_BETWEEN = re.compile(r"[-\u2013]| to ")
# Two numbers of a range and what opens it: "between 9% and 14%", "from 9 to 14", "9-14".
RANGE_JOINED = re.compile(r"\s*[-\u2013]\s*|\s+(?:to|and)\s+")
# A tennis set won on a tie-break with its points in brackets, in full, "7-6 (7-4)", or as the
# loser's points alone, "7-6(4)", which tells the winner's: 7, or two more past 5.
TIE_BREAK_IN_FULL = re.compile(r"\b([67])[-\u2013]([67]) ?\((\d+)[-\u2013](\d+)\)")
TIE_BREAK_SHORT = re.compile(r"\b([67])[-\u2013]([67]) ?\((\d+)\)")
RANGE_OPENER = re.compile(r"\b(?i:between)\s+\Z")
CHANGE_FROM = re.compile(r"\b(?i:from)\s+\Z")
# What opens the size of a change, which "to" may follow with where it led: "rose by 92,000 to
# 1.54 million".
CHANGE_BY = re.compile(r"\b(?i:by)\s+\Z")
# Contractions written out, to tell "don't" and "do not" for one wording ("'s" as "is": "it's",
# "that's"; a possessive is compared with itself).
CONTRACTIONS = {
    # Their stems change: before the "n't" of any other.
    "won't": "will not",
    "can't": "can not",
    "shan't": "shall not",
    "n't": " not",
    "'re": " are",
    "'ve": " have",
    "'m": " am",
    "'ll": " will",
    "'s": " is",
}
CONTRACTED = re.compile("|".join(CONTRACTIONS))
NOT_LETTERS = re.compile(r"\W+")
# British spellings and their American forms: "labour", "organise", "analyse", "centre",
# "travelled", "paediatric", "manoeuvre", "judgement". Other words a letter apart are other
# words ("worse", "worst"; "lower", "power"). Each needs letters before it, as the short words
# it would match are others' ("four", "for"; "filled", "filed"; "shoe", "she").
BRITISH_SPELLINGS = (
    (re.compile(r"(?<=\w{3})our(?=s?$|ed$|ing$|able$|ite)"), "or"),
    (re.compile(r"(?<=\w{3})is(?=e$|ed$|es$|ing$|ation)"), "iz"),
    (re.compile(r"(?<=\w{3})ys(?=e$|ed$|es$|ing$)"), "yz"),
    (re.compile(r"(?<=\w[b-df-hj-np-tv-z])re(?=s?$)"), "er"),
    (re.compile(r"(?<=\w{2}[ae])ll(?=ed$|ing$|er$)"), "l"),
    (re.compile(r"(?<=\w)(?:ae|oe)(?=\w{3})"), "e"),
    (re.compile(r"(?<=dg)e(?=ment)"), ""),
)
# A name that Cyrillic copy sets in quotes holds at most this many words: "«Сибстройторг»",
# "«Газпром нефть»"; a quotation inside a sentence, more (see _is_title).
MAX_QUOTED_NAME_WORDS = 2
# What a title holds nowhere but at its end: a comma, or a sentence's end before more words.
INSIDE_A_TITLE_NO = re.compile(r",|[.!?] ")
# A quotation's mark at either of its ends, normalised: a typewriter's pair ("''" of "``" or
# "''") or one quote; or at its start the dialogue dash that opens speech, which normalising
# makes a hyphen ("\u2014Hemos pasado miedo").
QUOTATION_MARK = f"(?:{TYPEWRITER_QUOTE}|[{QUOTE_MARKS}])"
QUOTATION_ENDS = re.compile(f"^(?:{QUOTATION_MARK}|-)|{QUOTATION_MARK}$")
# What stands before a sentence or a speech it quotes.
SPEECH_OPENS = ".!?:,"
# Speech that a verb of saying opens: after a colon ('saying: "We ...', with the quotation
# taken out as attributions are counted outside it), or a quotation after a comma or none.
SPEECH_AFTER = re.compile(rf"\s*(?::|,?\s*{QUOTATION_MARK})")
# How far "that" may stand after an "-ing" form of saying and open the clause it reports: past
# an aside of up to three words ("saying in a statement that").
REPORTED_THAT_REACH = 4
# The language whose subjunctive tells a claim as another's, by its code (see
# reported_speech_subjunctives): Italian writes "sei" for six.
SUBJUNCTIVE_REPORTING_LANGUAGE = "de"
# How every French conditional ends: a word with neither is none (see conditional_endings).
CONDITIONAL_TAILS = ("rait", "raient")
# A number that starts a name, glued to a capital letter ("5G", "3D"), not a number with its unit
# ("12k", "100mm", "40C", "4.5M", "$5T").
GLUED_NUMBER = re.compile(r"\b(\d+)(?![CFKMBT]\b)[A-Z]\b")
# A number glued to the few capitals before it, a code that names a road or a thing by it
# ("EN120", "A1", "M25", "N-340").
CODE_NUMBER = re.compile(r"\b[A-Z]{1,3}-?(\d+)\b")
# Words that say the number after them is one's number, not a count: "n.º 120", "No. 7".
NUMBER_SIGNS = frozenset(
    {"n", "nº", "n.º", "no", "nr", "num", "núm", "number", "número", "numéro", "nummer"}
)
# A number a plus goes after says "more than" it: "40+ people", "40-plus people"; not the
# "5+1" of a sum or of a name ("P5+1").
PLUS_AFTER = re.compile(r"(?<![\w.,])(\d[\d,.]*)(?:\+(?![\w+])|-plus\b)")
# Framing read by English grammar or wording alone: who does what to whom ("roles swapped"), a
# passive that leaves out who acted ("124 protesters were detained"), and whom a quotation was told
# to ("told the Herald"); and framing named in any language (kinds_checked_in).
ENGLISH_GRAMMAR_KINDS = ("roles", "passive voice", "interview claims")
ANY_LANGUAGE_KINDS = ("numbers", "quotations")
# Languages whose framing words are not listed, though French and Spanish share some of them
# ("presunto", "dit"): in their text only what needs no word list is noted.
UNLISTED_LANGUAGES = frozenset({"it", "ca"})
# The languages whose framing words are listed, by their ISO 639-1 codes (see names_framing_of);
# the first four are told by their words (segment.LANGUAGE_WORDS).
LISTED_LANGUAGES = frozenset({"en", "de", "fr", "es", "pt", "ru", "zh", "ur", "hi", "ar"})
NOTED_WITHOUT_WORD_LISTS = frozenset(
    {
        FramingKind.NUMBER_CHANGED,
        FramingKind.NUMBER_ADDED,
        FramingKind.NUMBER_REMOVED,
        FramingKind.NUMBER_CONVERTED,
        FramingKind.NUMBER_ROUNDED,
        FramingKind.CURRENCY_CHANGED,
        FramingKind.ESTIMATE_CHANGED,
        FramingKind.QUOTE_ADDED,
        FramingKind.QUOTE_REMOVED,
        FramingKind.QUOTE_CHANGED,
        FramingKind.QUOTE_WORDS_ADDED,
        FramingKind.QUOTE_WORDS_REMOVED,
        FramingKind.QUOTE_WORDS_CUT_INSIDE,
        FramingKind.QUOTE_WORDS_ELIDED,
        FramingKind.QUOTE_REPLACED,
        FramingKind.QUOTE_REWORDED,
    }
)


def framing_notes(
    a_text: str, b_text: str, scanned: bool = False, language: str | None = None
) -> tuple[FramingNote, ...]:
    """Framing differences between two versions of one fact, A's side first, each read in the
    language its words tell, else in ``language``, their articles' ("oito mortos no Rio" is too
    short to tell its Portuguese by). Where either
    version's document is ``scanned`` (``misreads.reads_as_scanned``), a word one misreads
    where the other aligns with it (``misreads.misread_as_in_scan``: "rnine" and "mine",
    "to-day" and "today") is the same word, and a "1" read for an "l" ("nightfa11") no number:
    no framing note is made of it, and a note of other words shows it as B spells it. In
    born-digital text "bold" and "hold" are two words.

    >>> [(n.kind.value, n.a, n.b) for n in framing_notes("Peskov said it.", "Peskov claimed it.")]
    [('attribution_verb', 'said', 'claimed')]
    >>> framing_notes('"It was rnine," said Sirnon at nightfa11.', '"It was mine," said Simon at nightfall.', scanned=True)
    ()
    """
    if not scanned:
        return in_their_letters(_notes_as_read(a_text, b_text, language), a_text, b_text)
    read_a, read_b = digits_read_as_letters(a_text), digits_read_as_letters(b_text)
    as_a_spells, misread = misreads_undone(read_a, read_b)
    notes = _notes_as_read(read_a, as_a_spells, language)
    if misread:
        notes = tuple(FramingNote(n.kind, n.a, _spelled_as_b(n.b, misread)) for n in notes)
    return in_their_letters(notes, a_text, b_text)


def in_their_letters(
    notes: tuple[FramingNote, ...], a_text: str, b_text: str
) -> tuple[FramingNote, ...]:
    """``notes`` of two texts, each side's words in Arabic script as its text writes them (see
    :func:`in_its_letters`).

    >>> note = FramingNote(FramingKind.ATTRIBUTION_VERB, "قال", "واکد")
    >>> in_their_letters((note,), "قال الوزير", "وأكد الوزير")[0].b
    'وأكد'
    """
    if not any(ARABIC_LETTER.search(n.a) or ARABIC_LETTER.search(n.b) for n in notes):
        return notes
    return tuple(
        FramingNote(
            n.kind,
            in_its_letters(n.a, a_text),
            in_its_letters(n.b, b_text),
            a_spans=n.a_spans,
            b_spans=n.b_spans,
        )
        for n in notes
    )


def in_its_letters(named: str, text: str) -> str:
    """The words a note or a list names of ``text``, in Arabic script as ``text`` writes them:
    a sentence's words are read in one spelling of its letters (see :mod:`compare.arabic`),
    which is no Arabic word ("الإرہابیین" for "الإرهابيين"); words of another script, or that
    ``text`` does not write, as named.

    >>> in_its_letters("الإرہابیین", "انسحاب الإرهابيين"), in_its_letters("said", "He said.")
    ('الإرهابيين', 'said')
    """
    if not ARABIC_LETTER.search(named):
        return named
    return as_printed(named, places_of(named, text), text)


def _spelled_as_b(named: str, misread: Sequence[tuple[str, str]]) -> str:
    """The words a note names of B (``named``) with each that B misreads (``misread``: ``(A's,
    B's)`` spellings) as B spells it, in the note's case, so that they are found in B's text.

    >>> _spelled_as_b("it was mine", [("mine", "rnine")])
    'it was rnine'
    """
    spellings = {spelled.casefold(): misspelled for spelled, misspelled in misread}
    spelled = "|".join(map(re.escape, sorted(spellings, key=len, reverse=True)))

    def as_b_spells(found: re.Match[str]) -> str:
        misspelled = spellings[found.group().casefold()]
        return misspelled.casefold() if found.group().islower() else misspelled

    return re.sub(rf"(?<!\w)(?:{spelled})(?!\w)", as_b_spells, named, flags=re.IGNORECASE)


def _notes_as_read(
    a_text: str, b_text: str, language: str | None = None
) -> tuple[FramingNote, ...]:
    """Framing differences between two versions of one fact as their texts spell them, read in
    ``language`` where given (see :func:`framing_notes`)."""
    if a_text == b_text:
        return ()
    a, b = _features(a_text, language), _features(b_text, language)
    notes: list[FramingNote] = []
    doubted_a, doubted_b = _doubted(a, b), _doubted(b, a)
    # "May reduce" against "cuts", "is associated with" against "prevents": a hedged claim
    # stated in its place by another verb drops the hedge as a tentative finding proved does.
    raised = _certainty_raised(a, b) + _stated_in_place(a, b, doubted_a)
    lowered = _certainty_raised(b, a) + _stated_in_place(b, a, doubted_b)
    # "Suggests" put for "proves" drops a hedge ("suggests" and "confirms" are verbs of saying
    # too): no attribution verb changed.
    hedging = {word for pair in raised + lowered for phrase in pair for word in phrase.split()}
    verbs_a, verbs_b = (verbs - hedging for verbs in _verbs_swapped(a, b))
    # The verbs noted that each side's hedges may have become, to name none again as a hedge:
    # its own, and the other side's that an attribution added or dropped.
    noted_a: AbstractSet[str] = set()
    noted_b: AbstractSet[str] = set()
    if verbs_a and verbs_b:
        notes.append(FramingNote(FramingKind.ATTRIBUTION_VERB, _join(verbs_a), _join(verbs_b)))
        noted_a, noted_b = verbs_a, verbs_b
    if _states_as_fact(b, a):
        dropped = (
            _with_claim_cut(written, a.plain, b.plain)
            for written in _attributions_written(a, _cues_cited_alike(b, a))
        )
        notes.append(FramingNote(FramingKind.ATTRIBUTION_REMOVED, _join_in_order(dropped), ""))
        # A verb joined to the attribution ("... and accused troops of mining the road") is
        # not in its note: the charge it hedges, told as fact, is noted as a hedge dropped.
        noted_a, noted_b = a.verbs - _joined_verbs(a), noted_b | a.verbs
    elif _states_as_fact(a, b):
        notes.append(
            FramingNote(
                FramingKind.ATTRIBUTION_ADDED,
                "",
                _join_in_order(_attributions_written(b, _cues_cited_alike(a, b))),
            )
        )
        noted_a, noted_b = noted_a | b.verbs, b.verbs
    hedges_a, hedges_b = a.hedges | doubted_a, b.hedges | doubted_b
    # "Not likely" against "likely" reverses the claim: a negation, not a change of hedge; and
    # so does "no evidence" against "evidence".
    negating_a, negated_b = _reversals(hedges_a, hedges_b)
    negating_b, negated_a = _reversals(hedges_b, hedges_a)
    # "Illegal" against "not legal" denies alike, once each; so do "unclear" against "not
    # immediately clear" and "false" against "not true", said in the negation's place.
    alike_a, alike_b = _denied_alike(a, b), _denied_alike(b, a)
    alike_a |= _denied_in_other_words(a, b)
    alike_b |= _denied_in_other_words(b, a)
    # "Cleared Smith" against "convicted Smith" reverses the verdict, no charge named.
    plain_denials_a = a.denials + len(alike_a) + _cleared_in_place(a, b)
    plain_denials_b = b.denials + len(alike_b) + _cleared_in_place(b, a)
    denials_a, denials_b = plain_denials_a + a.hedged_denials, plain_denials_b + b.hedged_denials
    if denials_a > denials_b:
        negating_a |= _denials_of(hedges_a - hedges_b, b)
    elif denials_b > denials_a:
        negating_b |= _denials_of(hedges_b - hedges_a, a)
    hedges_a, hedges_b = hedges_a - negating_a - negated_a, hedges_b - negating_b - negated_b
    # A modal of possibility hedges as its "have" does: "could be out" keeps the hedge of
    # "could have traveled", though alone it is noted only against a certainty (see _doubted).
    # A charge only the other version writes ("faces theft charges") stands in for the hedges of
    # a charge ("accused of", "charged with"; see _charged).
    # A hedge turned into a verb its side's notes name ("allegedly" into "the informant
    # alleged", an attribution added) is noted once, as the verb; not where that verb only
    # replaced another ("claimed ... reportedly resigned" against "reported ... resigned").
    # A charge told as a verdict ("charged with" and "found guilty of") is noted once, as the
    # allegation hardened, not again as the charge's hedge dropped.
    softened, hardened = _allegations_softened(a, b), _allegations_softened(b, a)
    # A slight harm told as a grave one ("efectos adversos leves" against "graves") is a size
    # reversed, named below, not again as the caveat "leves" dropped.
    sizes = _reversed(lexicon().opposite_sizes, a, b, sizes_the_next_word=True)
    reversed_a, reversed_b = (
        {size.written for size in sizes},
        {size.their_written for size in sizes},
    )
    written_a = _as_written(hedges_a - _hedges_told_in(hardened, 1) - reversed_a, a)
    written_b = _as_written(hedges_b - _hedges_told_in(softened, 1) - reversed_b, b)
    written_a, written_b = _conditions_reworded(written_a, written_b)
    # A charge told only as denied ("not charged with any crime") hedges nothing to lose.
    added = _unnoted(_unlike(written_b, written_a, _have_hedges(a)), noted_b) - _charged(b, a)
    added -= _denied_charges(b) | _with_its_claim(added, b, a)
    added |= _denied_more_often(written_b, written_a, a) | _suspicion_asserted(b, a)
    if added:
        notes.append(FramingNote(FramingKind.HEDGE_ADDED, "", _join(added)))
    removed = _unnoted(_unlike(written_a, written_b, _have_hedges(b)), noted_a) - _charged(a, b)
    removed -= _denied_charges(a) | _with_its_claim(removed, a, b)
    removed |= _denied_more_often(written_a, written_b, b) | _suspicion_asserted(a, b)
    if removed:
        notes.append(FramingNote(FramingKind.HEDGE_REMOVED, _join(removed), ""))
    # A charge cut with what a speaker says of it ("on espionage charges that she rejects, her
    # lawyer said" against "for espionage") is told as a proven offence.
    if caveat := _caveat_cut(a, b) or _charge_cut(a, b):
        notes.append(FramingNote(FramingKind.HEDGE_REMOVED, caveat, ""))
    if caveat := _caveat_cut(b, a) or _charge_cut(b, a):
        notes.append(FramingNote(FramingKind.HEDGE_ADDED, "", caveat))
    notes += [FramingNote(FramingKind.HEDGE_REMOVED, *pair) for pair in raised]
    notes += [FramingNote(FramingKind.HEDGE_ADDED, *pair[::-1]) for pair in lowered]
    # A hedge ("unconfirmed") is noted as one, not again as a negation.
    reversing_a = negating_a | (_negated(a, b) - a.hedges - alike_a)
    reversing_b = negating_b | (_negated(b, a) - b.hedges - alike_b)
    added, removed = _unlike(reversing_b, reversing_a), _unlike(reversing_a, reversing_b)
    # A paraphrase denies as often in other words ("no comment" and "did not comment", "gave
    # no details" and "declined to give details", "no evidence" and "no sign"): a negation is
    # added only when one version denies more often than the other, and not in a hedge.
    # A refusal or failure is named where no negation tells the difference: "failed to prove"
    # against "proved".
    refused_a: dict[str, str] = {}
    refused_b: dict[str, str] = {}
    if denials_b > denials_a and plain_denials_b > plain_denials_a:
        added |= _negations_unlike(b, a) | _opposites_denied(b, a)
        refused_b = {} if added else _refused_acts(b, a)
        added |= refused_b.keys()
    elif denials_a > denials_b and plain_denials_a > plain_denials_b:
        removed |= _negations_unlike(a, b) | _opposites_denied(a, b)
        refused_a = {} if removed else _refused_acts(a, b)
        removed |= refused_a.keys()
    # A negated clause left out whole ("Henning has not conceded and said ..." against
    # "Henning said ...") drops a fact, not its negation: the other tells the opposite nowhere.
    added = {word for word in added if _negated_act_told(word, b, a)}
    removed = {word for word in removed if _negated_act_told(word, a, b)}
    # "Acquitted" against "convicted" shows the verdict it reverses, not a blank.
    if added:
        done = _opposites_written(added, b, a) | set(refused_b.values())
        notes.append(FramingNote(FramingKind.NEGATION_ADDED, _join(done), _join(added)))
    if removed:
        done = _opposites_written(removed, a, b) | set(refused_a.values())
        notes.append(FramingNote(FramingKind.NEGATION_REMOVED, _join(removed), _join(done)))
    shares_a_count = False
    in_place_a: AbstractSet[str] = frozenset()
    in_place_b: AbstractSet[str] = frozenset()
    unmatched_a: Sequence[Unmatched] = ()
    unmatched_b: Sequence[Unmatched] = ()
    terms = lexicon()
    # A direction before a figure may turn where the words round it are reordered: "was $9
    # million, down 12.3%" against "rose 12.3% to $9 million".
    directions = _reversed(terms.opposite_directions, a, b)
    written = {reversal[:2] for reversal in directions}
    directions += [r for r in _figures_turned(a, b) if r[:2] not in written]
    directions = directions or _degrees_turned(a, b)
    if a.numbers.mentions or b.numbers.mentions:
        unmatched_a = a.numbers.unmatched_in(b.numbers)
        unmatched_b = b.numbers.unmatched_in(a.numbers)
        unmatched_a, unmatched_b = (
            sorted(
                [*_ones_unwritten(unmatched_a, b), *_counts_met_by_a_held(a, b, unmatched_b)],
                key=attrgetter("mention"),
            ),
            sorted(
                [*_ones_unwritten(unmatched_b, a), *_counts_met_by_a_held(b, a, unmatched_a)],
                key=attrgetter("mention"),
            ),
        )
        # "Grew -0.1%" against "shrank 0.1%" says one thing: each sign turned by a word of the
        # opposite direction is no number changed, and no direction reversed.
        # Only a sign turned beside its direction word: "rose 5% ... a balance of -$3 billion"
        # against "fell 5% ... $3 billion" changes both.
        if directions:
            turned_a, turned_b = _signs_turned(a, b, unmatched_a, unmatched_b)
            governed = _governed_signs(a, b, directions, turned_a, turned_b)
            unmatched_a = [n for n in unmatched_a if n not in {n for _, n, _ in governed}]
            unmatched_b = [n for n in unmatched_b if n not in {n for _, _, n in governed}]
            directions = [d for d in directions if d not in {d for d, _, _ in governed}]
        # "An hour" against "nearly an hour" gives one hour alike, though only B reads a number.
        shares_a_count = _share_a_count(a, b, unmatched_a, unmatched_b) or any(
            _one_unqualified_in(written, a) for written, _, _ in b.numbers.mentions
        )
        numbers_a, numbers_b = _stated_anew(a, b, unmatched_a, unmatched_b)
        # "7-6 (7-4)" against "7-6(4)": one tie-break, its winner's points told or left to tell.
        if "(" in a.plain and "(" in b.plain:
            short_a, short_b = _tie_breaks_told_short(a, b), _tie_breaks_told_short(b, a)
            unmatched_a = [n for n in unmatched_a if n.mention not in short_a]
            unmatched_b = [n for n in unmatched_b if n.mention not in short_b]
            numbers_a = [n for n in numbers_a if n.mention not in short_a]
            numbers_b = [n for n in numbers_b if n.mention not in short_b]
        # "Between 9% and 14%" against "nearly 14%": a range told as one of its ends changes how
        # exact the number is, its other end no number dropped.
        ends_a, ends_b = (
            _ranges_told_as_an_end(a, b, numbers_a),
            _ranges_told_as_an_end(b, a, numbers_b),
        )
        numbers_a = [
            n
            for n in numbers_a
            if n not in ends_a
            and not _may_be_unread_date(n, b)
            and not _in_a_code(n, a, b)
            and not _day_of_a_weekday(n, a, b)
        ]
        numbers_b = [
            n
            for n in numbers_b
            if n not in ends_b
            and not _may_be_unread_date(n, a)
            and not _in_a_code(n, b, a)
            and not _day_of_a_weekday(n, b, a)
        ]
        # A percentage told as a share in words ("31%" against "a third") or a rate per a count
        # told as a percentage ("2.9 per 1,000" against "2.9%") is one figure each side gives.
        told_otherwise = [
            *_percentages_told_in_words(a, b, numbers_a, unmatched_b),
            *_mirrored(_percentages_told_in_words(b, a, numbers_b, unmatched_a)),
            *_rates_told_as_percentages(a, b, numbers_a),
            *_mirrored(_rates_told_as_percentages(b, a, numbers_b)),
        ]
        told_a = {n for numbers, _, _ in told_otherwise for n in numbers}
        told_b = {n for _, numbers, _ in told_otherwise for n in numbers}
        numbers_a, unmatched_a = (
            [n for n in ns if n not in told_a] for ns in (numbers_a, unmatched_a)
        )
        numbers_b, unmatched_b = (
            [n for n in ns if n not in told_b] for ns in (numbers_b, unmatched_b)
        )
        notes += [note for _, _, note in told_otherwise]
        notes += [FramingNote(FramingKind.ESTIMATE_CHANGED, *told) for told in ends_a.values()]
        notes += [
            FramingNote(FramingKind.ESTIMATE_CHANGED, *told[::-1]) for told in ends_b.values()
        ]
        in_place_a, in_place_b = (
            _orders_in_place(a, b, numbers_b),
            _orders_in_place(b, a, numbers_a),
        )
        if numbers_a or numbers_b:
            # "One person died" against "Two people died": the lone "one" is not stated, but
            # it is what "two" replaced (not what a day replaced); a dateline's date is neither.
            shown_a = numbers_a or held_against(unmatched_a, [n.written for n in numbers_b])
            shown_b = numbers_b or held_against(unmatched_b, [n.written for n in numbers_a])
            notes += _number_notes(
                _placed(a, shown_a, in_place_a), _placed(b, shown_b, in_place_b), a.words, b.words
            )
            # A period in words is no stated number, but swapped beside a figure changed it is a
            # change of its own: "third-quarter ... $0.94" against "second-quarter ... $0.49".
            parts_a = [n for n in year_parts(unmatched_a) if n not in shown_a]
            parts_b = [n for n in year_parts(unmatched_b) if n not in shown_b]
            if parts_a and parts_b:
                notes.append(_number_note(_shown(_placed(a, parts_a)), _shown(_placed(b, parts_b))))
        elif (ranks_a := ranking_ordinals(unmatched_a)) and (
            ranks_b := ranking_ordinals(unmatched_b)
        ):
            notes.append(_number_note(_shown(_placed(a, ranks_a)), _shown(_placed(b, ranks_b))))
        # A score turned round holds the same numbers, whatever else of the sentence changed:
        # "93rd minute ... 3-2" against "39th minute ... 2-3" changes both.
        if turned := {
            (word, *pair) for word, *pair in a.counts - b.counts if (word, *pair[::-1]) in b.counts
        }:
            # The same two counts the other way round after the same word: "voted 7-2" against
            # "voted 2-7"; not "beat Chelsea 2-1" against "lost 1-2", one result told from
            # either side.
            notes.append(
                FramingNote(
                    FramingKind.NUMBER_CHANGED,
                    _join("-".join(pair) for _, *pair in turned),
                    _join("-".join(pair[::-1]) for _, *pair in turned),
                )
            )
        # Counts that traded places ("killed 12 people and injured 30" against "killed 30 people
        # and injured 12") hold the same numbers; so does a number given in another unit ("3
        # inches" against "3 centimetres"), but not the same number of a swap in another unit.
        swapped_counts = _swapped_counts(a, b, unmatched_a, unmatched_b)
        if not (swapped_counts or unmatched_a or unmatched_b):
            swapped_counts = _counts_reordered(a, b)
        if swapped_counts:
            notes += swapped_counts
        else:
            notes += _units_changed(_measures(a), _measures(b))
            notes += _shares_told_bare(a, b)
            notes += [FramingNote(n.kind, n.b, n.a) for n in _shares_told_bare(b, a)]
        notes += _periods_changed(a, b, unmatched_a, unmatched_b)
        if shares_a_count:
            notes += _change_periods_changed(a, b)
    orders_a, orders_b = a.orders - in_place_a, b.orders - in_place_b
    if orders_a and orders_b and orders_a != orders_b:
        # "Dozens" against "hundreds"; "hundreds of thousands" against "thousands" drops one.
        notes.append(
            _number_note(
                _orders_as_written(orders_a - orders_b, a.plain),
                _orders_as_written(orders_b - orders_a, b.plain),
            )
        )
    # Only a currency swapped for another: "$48 million (£38 million)" adds a conversion. A
    # sentence of several amounts may name the same currencies in both versions, one amount's
    # swapped all the same: "revenue of €1.2 billion, beating estimates of $1.15 billion".
    currencies_a = sorted(_unmet_currencies(a.currencies, b.currencies))
    currencies_b = sorted(_unmet_currencies(b.currencies, a.currencies))
    if not (currencies_a and currencies_b):
        currencies_a, currencies_b = _amounts_in_other_currencies(a, b)
    if not (currencies_a and currencies_b):
        currencies_a, currencies_b = _hundredths_swapped(a, b)
    if currencies_a and currencies_b:
        notes.append(
            FramingNote(
                FramingKind.CURRENCY_CHANGED,
                _currencies_shown(currencies_a, a, b),
                _currencies_shown(currencies_b, a, b),
            )
        )
    only_a, only_b = _only_in(a.loaded, b.loaded), _only_in(b.loaded, a.loaded)
    plain = terms.plain_counterparts
    # A plain word the other version keeps inside a loaded phrase is not swapped for it:
    # "protesters" against "peaceful protesters" adds the phrase.
    only_a, only_b = (
        {term for term in ours if not (term in plain and _kept_inside(term, theirs))}
        for ours, theirs in ((only_a, only_b), (only_b, only_a))
    )
    # A swap needs a loaded word on one side at least: "detuvo" against "detenidos" is one
    # plain word for another, "detuvo" against "secuestró" an arrest called a kidnapping.
    swappable = only_a and only_b and (only_a | only_b) - plain
    if swappable and _in_each_others_place(only_a, only_b, a, b):
        # "Kyiv government" against "Kyiv regime" adds a loaded term; only one on each side,
        # the one written where the other was, swaps one for another.
        notes.append(FramingNote(FramingKind.LOADED_TERM, _join(only_a), _join(only_b)))
    else:
        # Out of a swap a plain word is no loaded term: "Police arrested 11 protesters"
        # rewritten "Eleven rioters were arrested" adds "rioters" and removes nothing loaded.
        # "Secuestró" is loaded beside a plain word the other writes, wherever it stands.
        quiet = plain if swappable else plain | terms.loaded_in_place_of_plain
        if removed := only_a - quiet:
            notes.append(FramingNote(FramingKind.LOADED_TERM_REMOVED, _join(removed), ""))
        if added := only_b - quiet:
            notes.append(FramingNote(FramingKind.LOADED_TERM_ADDED, "", _join(added)))
    # How exact a number is said to be, when both sentences give one number at least: "at least
    # 200" against "up to 200"; "more than" and "over" say the same. Numbers one alone gives are
    # noted as added or dropped, with whatever qualifies them: "more than 10 miles" added
    # changes no estimate. A number a rounding or a conversion shows with its qualifier is not
    # noted again.
    # "More than halved" against "almost halved": a factor both give is a count both give.
    if shares_a_count or any(map(names_a_factor, a.orders & b.orders)):
        settled = _shown_qualified(notes)
        notes += _estimate_notes(
            _qualifying_kept(a.estimates - settled, b.words, unmatched_a, unmatched_b),
            _qualifying_kept(b.estimates - settled, a.words, unmatched_b, unmatched_a),
            a.tokens,
            b.tokens,
        )
    # Words one version quotes and the other reports of another speaker are that speaker's,
    # none turned into a quotation or out of one: "Neighbor Tom Becker said he had been
    # worried" against '"People have been warning," Bell said'.
    # Told by another speaker, the same statement is a speaker changed.
    told_by_another = _told_by_another(a, b)
    speaker_changed = told_by_another and _same_statement(a, b)
    another_says_otherwise = told_by_another and not speaker_changed
    if swapped := _swapped_roles(_roles_of(a_text), _roles_of(b_text)):
        notes.append(
            FramingNote(FramingKind.ROLES_SWAPPED, *map(_join, zip(*sorted(swapped), strict=True)))
        )
    elif speaker_changed:
        notes.append(
            FramingNote(FramingKind.SPEAKER_CHANGED, _speaker_written(a), _speaker_written(b))
        )
    elif speakers := _speaker_changed_beside_a_body(a, b):
        notes.append(FramingNote(FramingKind.SPEAKER_CHANGED, *map(_speaker_written, speakers)))
    elif _source_changed(a, b):
        notes.append(
            FramingNote(
                FramingKind.ATTRIBUTION_SOURCE_CHANGED, _speaker_written(a), _speaker_written(b)
            )
        )
    elif owners := _work_credited_to_another(a, b):
        # Whose study it is credits the claim as "according to" does: none added or dropped.
        credited = (FramingKind.ATTRIBUTION_ADDED, FramingKind.ATTRIBUTION_REMOVED)
        notes = [note for note in notes if note.kind not in credited]
        notes.append(FramingNote(FramingKind.ATTRIBUTION_SOURCE_CHANGED, *owners))
    # A result told the other way round between the same two names ("Leeds beat Hull" against
    # "Leeds lost to Hull") is named with both, and its verb not again as a word of the opposite
    # outcome ("won against" and "lost against"); the same verb with the names swapped is roles
    # swapped, named above.
    results = [] if swapped else _results_reversed(a_text, b_text)
    for kind, reversals in (
        (FramingKind.DIRECTION_REVERSED, directions),
        (
            FramingKind.OUTCOME_REVERSED,
            results or _reversed(terms.opposite_outcomes, a, b),
        ),
        (FramingKind.SIZE_REVERSED, sizes),
    ):
        if reversals:
            words_reversed = zip(*(reversal[:2] for reversal in reversals), strict=True)
            notes.append(FramingNote(kind, *map(_join_in_order, words_reversed)))
    # A dropped "on suspicion of manslaughter" has no softer words beside it.
    if softened:
        firm, soft = (_join_in_order(filter(None, words)) for words in zip(*softened, strict=True))
        notes.append(FramingNote(FramingKind.ALLEGATION_SOFTENED, firm, soft))
    if hardened:
        firm, soft = (_join_in_order(filter(None, words)) for words in zip(*hardened, strict=True))
        notes.append(FramingNote(FramingKind.ALLEGATION_HARDENED, soft, firm))
    # The charge's own ground told as a deed, the charge kept: "charged with gross negligence
    # manslaughter" against "whose gross negligence killed a scaffolder ... charged with
    # manslaughter".
    if grounds := _charge_grounds_stated(a, b):
        notes.append(FramingNote(FramingKind.ALLEGATION_HARDENED, *grounds))
    if grounds := _charge_grounds_stated(b, a):
        notes.append(FramingNote(FramingKind.ALLEGATION_SOFTENED, *reversed(grounds)))
    if removed_agents := _removed_agents(a, b, a_text, b_text):
        actors, passives = map(_join_in_order, zip(*removed_agents, strict=True))
        notes.append(FramingNote(FramingKind.AGENT_REMOVED, actors, passives))
    if added_agents := _removed_agents(b, a, b_text, a_text):
        actors, passives = map(_join_in_order, zip(*added_agents, strict=True))
        notes.append(FramingNote(FramingKind.AGENT_ADDED, passives, actors))
    # A word set in scare quotes where the other version says nothing of it quotes no speech:
    # "Delhi's air turns 'toxic'" against "Delhi enforces stage four".
    if a.quotes and not b.quotes:
        if (spoken := a.quotes - _scare_quotes(a, b)) and not another_says_otherwise:
            notes.append(FramingNote(FramingKind.QUOTE_REMOVED, _join_quotations(spoken), ""))
    elif b.quotes and not a.quotes:
        if (spoken := b.quotes - _scare_quotes(b, a)) and not another_says_otherwise:
            notes.append(FramingNote(FramingKind.QUOTE_ADDED, "", _join_quotations(spoken)))
    elif b.quotes:
        a, b = _split_quotations_joined(b, a), _split_quotations_joined(a, b)
        if altered := _altered_quotes(a.quotes, b.quotes):
            notes.append(
                FramingNote(
                    FramingKind.QUOTE_CHANGED,
                    *map(_join_quotations, zip(*sorted(altered), strict=True)),
                )
            )
        # "We regret the injuries, but our officers ..." against "Our officers ...": a
        # quotation cut short or trimmed, the words cut shown; words the other version quotes
        # in other words are the quotation worded differently, not cut.
        # A cut the other version marks with an ellipsis it discloses: named apart from one it
        # does not.
        # A quotation is shortened at its ends as a matter of course; words cut unmarked from
        # between the words it keeps put together what the speaker did not say.
        cut_a, cut_b = _cut_from_quotes(a, b), _cut_from_quotes(b, a)
        unmarked_a = [cut for cut in cut_a if not (cut.other or cut.marked)]
        if trimmed := [cut.run for cut in unmarked_a if not cut.inside]:
            notes.append(
                FramingNote(FramingKind.QUOTE_WORDS_REMOVED, _join_quotations_in_order(trimmed), "")
            )
        if spliced := [cut.run for cut in unmarked_a if cut.inside]:
            notes.append(
                FramingNote(
                    FramingKind.QUOTE_WORDS_CUT_INSIDE, _join_quotations_in_order(spliced), ""
                )
            )
        if cut := [run for run, other, marked, _ in cut_b if not (other or marked)]:
            notes.append(
                FramingNote(FramingKind.QUOTE_WORDS_ADDED, "", _join_quotations_in_order(cut))
            )
        elided_a = [run for run, other, marked, _ in cut_a if marked and not other]
        elided_b = [run for run, other, marked, _ in cut_b if marked and not other]
        if elided_a or elided_b:
            notes.append(
                FramingNote(
                    FramingKind.QUOTE_WORDS_ELIDED,
                    _join_quotations_in_order(elided_a),
                    _join_quotations_in_order(elided_b),
                )
            )
        if reworded := [(run, other) for run, other, *_ in cut_a if other] + [
            (other, run) for run, other, *_ in cut_b if other
        ]:
            notes.append(
                FramingNote(
                    FramingKind.QUOTE_REWORDED,
                    *map(_join_quotations_in_order, zip(*reworded, strict=True)),
                )
            )
        only_a = _unlike_quotes(a.quotes, b.quotes)
        only_b = _unlike_quotes(b.quotes, a.quotes)
        if only_a and only_b:
            notes.append(
                FramingNote(
                    FramingKind.QUOTE_REPLACED,
                    _join_quotations(only_a),
                    _join_quotations(only_b),
                )
            )
            return _noted(notes, a_text, b_text)
        # Beside a quotation both give, one version may still quote words the other writes as
        # its own: 'called the plan "reckless"' against 'called the plan reckless'.
        # A quotation of one version that none of the other's is, beside one both give, is
        # dropped or told in the other's words, as where the other quotes nothing: '«We are
        # committed to ...», dijo Whitfield' against 'Whitfield aseguró que su país está
        # comprometido con ...', «la hospitalidad» quoted in both.
        told_by_b = only_a if _reports_in_own_words(b) else set()
        if unquoted_by_b := _written_unquoted(a, b) | told_by_b:
            notes.append(FramingNote(FramingKind.QUOTE_REMOVED, _join(unquoted_by_b), ""))
        told_by_a = only_b if _reports_in_own_words(a) else set()
        if unquoted_by_a := _written_unquoted(b, a) | told_by_a:
            notes.append(FramingNote(FramingKind.QUOTE_ADDED, "", _join(unquoted_by_a)))
    return _noted(notes, a_text, b_text)


def with_outlet_notes(pair: PairComparison, a_source: str, b_source: str) -> PairComparison:
    """``pair`` with the notes read by outlet, which the sentences alone do not tell, on each
    aligned sentence of its articles, whose outlets are called ``a_source`` and ``b_source``.
    One where an article says that the speaker of a quotation the other carries too told its
    outlet, where the other does not (:func:`claimed_interview`): a copy that writes "..., told
    the Herald." after the origin's "..., said Maria Okafor" claims the origin's interview as its
    own. Wire style tells whom the speaker told in reported speech and quotes them in the next
    sentence ("Dana Petrovic told Kestrel she had been asleep ... "The water came in so fast,"
    she said."): a quotation both carry in the sentences aligned after the match's counts too.
    And one where an article credits one of the two outlets by name and the other credits
    reports of no outlet named, or the other outlet in its place (:func:`outlet_credit_hidden`)."""
    quoting = {
        (m.a.sentences[0], m.b.sentences[0])
        for m in pair.matches
        if may_quote(m.a.text) and may_quote(m.b.text)
    }
    noted = [
        tuple(
            note
            for note in (
                claimed_interview(
                    m,
                    a_source,
                    b_source,
                    quoted_next=(m.a.sentences[-1] + 1, m.b.sentences[-1] + 1) in quoting,
                ),
                outlet_credit_hidden(m, (a_source, b_source)),
            )
            if note
        )
        for m in pair.matches
    ]
    if not any(noted):
        return pair
    matches = tuple(
        replace(m, framing=(*m.framing, *placed(notes, m.a, m.b))) if notes else m
        for m, notes in zip(pair.matches, noted, strict=True)
    )
    return replace(pair, matches=matches)


def claimed_interview(
    match: Match, a_source: str, b_source: str, *, quoted_next: bool = False
) -> FramingNote | None:
    """The note of a quotation both sentences of ``match`` carry, or both sentences after them
    (``quoted_next``), that one of them says was told to its own outlet (``a_source``,
    ``b_source``: "told the Herald" of the Metropolitan Herald), where the other says no such
    thing: ``interview_claim_added`` when B claims it, ``interview_claim_removed`` when A did
    and B does not.

    >>> from compare.records import MatchKind, Span
    >>> match = Match(Span((0,), 0, 0, '"We knew," said Maria Okafor.'),
    ...     Span((0,), 0, 0, '"We knew," Maria Okafor told the Herald.'), 80.0, MatchKind.EDITED)
    >>> claimed_interview(match, "The Ledger Line", "Metropolitan Herald")
    FramingNote(kind=<FramingKind.INTERVIEW_CLAIM_ADDED: 'interview_claim_added'>, a='', b='told the Herald', a_spans=(), b_spans=())
    """
    a_text, b_text = match.a.text, match.b.text
    if not (quoted_next or (may_quote(a_text) and may_quote(b_text))):
        return None
    a_told, b_told = told_to(a_text, a_source), told_to(b_text, b_source)
    if b_told and b_told.casefold() not in a_text.casefold():
        return FramingNote(FramingKind.INTERVIEW_CLAIM_ADDED, "", b_told)
    if a_told and a_told.casefold() not in b_text.casefold():
        return FramingNote(FramingKind.INTERVIEW_CLAIM_REMOVED, a_told, "")
    return None


def outlet_credit_hidden(match: Match, outlets: Sequence[str]) -> FramingNote | None:
    """The note of ``match``'s sentences where one credits an outlet of ``outlets`` by its name
    and the other credits reports of no outlet named (``unnamed_report_credits``), or writes an
    outlet left unnamed in its place (``unnamed_outlets``: "run by the Courier" against "run by
    a local newspaper"), and names none of ``outlets``: ``attribution_source_changed``, from the
    outlet to the reports (or back), as a copy that hides whose scoop it took does; so does one
    that names the other outlet in its place (:func:`_outlet_swapped`). None where the match's
    notes name a source changed already.

    >>> from compare.records import MatchKind, Span
    >>> match = Match(
    ...     Span((0,), 0, 0, "The site may double, according to a permit obtained by The Harwood Ledger."),
    ...     Span((0,), 0, 0, "The site may double, according to local reports."), 70.0, MatchKind.PARAPHRASE)
    >>> outlet_credit_hidden(match, ("The Harwood Ledger", "Local Buzz Daily"))
    FramingNote(kind=<FramingKind.ATTRIBUTION_SOURCE_CHANGED: 'attribution_source_changed'>, a='The Harwood Ledger', b='according to local reports', a_spans=(), b_spans=())
    >>> scrubbed = Match(Span((0,), 0, 0, "Pupils can enter a competition run by the Courier."),
    ...     Span((0,), 0, 0, "Pupils can enter a competition run by a local newspaper."), 90.0, MatchKind.EDITED)
    >>> note = outlet_credit_hidden(scrubbed, ("Dunmore Courier", "BridgeCity Live"))
    >>> note.a, note.b
    ('the Courier', 'a local newspaper')
    """
    if any(note.kind == FramingKind.ATTRIBUTION_SOURCE_CHANGED for note in match.framing):
        return None
    a_text, b_text = match.a.text, match.b.text
    for named_text, vague_text, reversed_ in ((a_text, b_text, False), (b_text, a_text, True)):
        named = _outlet_named(named_text, outlets)
        if not named or _outlet_named(vague_text, outlets):
            continue
        terms = lexicon()
        vague = next(
            (
                found
                for unnamed in (terms.unnamed_report_credits, terms.unnamed_outlets)
                if (found := unnamed.find(words(vague_text)) - unnamed.find(words(named_text)))
            ),
            None,
        )
        if vague:
            changed = (named, _join(vague))
            return FramingNote(
                FramingKind.ATTRIBUTION_SOURCE_CHANGED, *(changed[::-1] if reversed_ else changed)
            )
    return _outlet_swapped(a_text, b_text, outlets)


def _outlet_swapped(a_text: str, b_text: str, outlets: Sequence[str]) -> FramingNote | None:
    """The note of two sentences that say the same but that each names the other of the two
    ``outlets`` in one place ("documents seen by the Gazette" against "documents seen by the
    Courier", "देश दर्पण को मिले दस्तावेजों" against "ख़बर तक को मिले"): a copy that puts its own
    masthead in for the origin's claims the origin's scoop, ``attribution_source_changed`` from
    the one to the other. None where the name is whom a speaker told, a claimed interview's
    (:func:`claimed_interview`).

    >>> note = _outlet_swapped("Files seen by the Gazette show it.", "Files seen by the Courier show it.",
    ...     ("Dunmore Gazette", "Vale Courier"))
    >>> note.a, note.b
    ('the Gazette', 'the Courier')
    """
    a_named = [(o, found) for o in outlets if (found := _outlet_named(a_text, (o,)))]
    b_named = [(o, found) for o in outlets if (found := _outlet_named(b_text, (o,)))]
    if len(a_named) != 1 or len(b_named) != 1:
        return None
    (a_outlet, a_name), (b_outlet, b_name) = a_named[0], b_named[0]
    if (
        a_outlet == b_outlet
        or a_text.replace(a_name, "\0", 1) != b_text.replace(b_name, "\0", 1)
        or told_to(a_text, a_outlet)
        or told_to(b_text, b_outlet)
    ):
        return None
    return FramingNote(FramingKind.ATTRIBUTION_SOURCE_CHANGED, a_name, b_name)


def _outlet_named(text: str, outlets: Sequence[str]) -> str | None:
    """The name of the first of ``outlets`` that ``text`` writes, as written, in any case and
    with or without its "The" ("obtained by the Harwood Ledger" of The Harwood Ledger), or by
    "the" and its last word, capitalised, as a paper is called for short ("the Courier" of the
    Dunmore Courier; not "a courier")."""
    for outlet in outlets:
        if (written := _outlet_pattern(outlet)) and (found := written.search(text)):
            return found.group()
    return None


# Asked of both sentences of every match of every pair, with the pair's two outlets: writing
# out the pattern, each word escaped, took most of the time of asking.
@lru_cache(maxsize=1 << 12)
def _outlet_pattern(outlet: str) -> re.Pattern[str] | None:
    """An outlet's name as :func:`_outlet_named` finds it; ``None`` for a name of no words."""
    name = outlet.split()
    if name[:1] and name[0].casefold() == "the":
        name = name[1:]
    if not name:
        return None
    written = r"\s+".join(map(re.escape, name))
    short = (
        rf"|(?i:the)\s+{re.escape(name[-1])}" if len(name) > 1 and name[-1][:1].isupper() else ""
    )
    return re.compile(rf"(?<!\w)(?:(?i:(?:the\s+)?{written}){short})(?!\w)")


def told_to(text: str, source: str) -> str | None:
    """The words of ``text`` that say someone told the outlet ``source`` names, as written:
    "told the Herald" of the Metropolitan Herald, every word of the name after "told" one of
    the outlet's (one of them telling, not a function word)."""
    own = {word.casefold() for word in source.split()}
    function_words = lexicon().function_words
    for told in TOLD_A_NAME.finditer(text):
        named = told.group().split()[1:]
        name = [word.casefold().strip(".") for word in named]
        telling = [word for word in name if word not in function_words]
        if telling and all(word in own for word in telling):
            return told.group().rstrip(".")
    return None


def placed(
    notes: tuple[FramingNote, ...], a: Span | Sentence, b: Span | Sentence
) -> tuple[FramingNote, ...]:
    """``notes`` of the texts of ``a`` and ``b`` (a match's spans, or two sentences) with the
    places in their documents of the words each side names (:func:`places_of`).

    >>> note = FramingNote(FramingKind.ATTRIBUTION_VERB, "said", "claimed")
    >>> a, b = Span((4,), 310, 326, "Peskov said it."), Span((2,), 95, 114, "Peskov claimed it.")
    >>> [(n.a_spans, n.b_spans) for n in placed((note,), a, b)]
    [(((317, 321),), ((102, 109),))]
    """
    return shifted(placed_in_texts(notes, a.text, b.text), a, b)


def placed_in_texts(
    notes: tuple[FramingNote, ...], a_text: str, b_text: str
) -> tuple[FramingNote, ...]:
    """``notes`` of two texts with the places in each text of the words each side names
    (:func:`places_of`), as offsets into the texts themselves: a wire story's copies repeat the
    same sentence pairs, whose notes are placed once and :func:`shifted` to each copy. A side's
    words are those its text writes there (:func:`_as_written_at`): a Traditional text's notes
    are read in Simplified, and quote it in Traditional ("表示" -> "宣稱").

    >>> note = FramingNote(FramingKind.ATTRIBUTION_VERB, "said", "claimed")
    >>> [(n.a_spans, n.b_spans) for n in placed_in_texts((note,), "Peskov said it.", "Peskov claimed it.")]
    [(((7, 11),), ((7, 14),))]
    >>> note = FramingNote(FramingKind.ATTRIBUTION_VERB, "表示", "宣称")
    >>> [(n.b, n.b_spans) for n in placed_in_texts((note,), "鄭海軍表示。", "鄭海軍宣稱。")]
    [('宣稱', ((3, 5),))]
    """
    placed = []
    for note in notes:
        a_spans = tuple(places_of(note.a, a_text))
        b_spans = tuple(places_of(note.b, b_text))
        # A record a note, not dataclasses.replace: a feed's run places a hundred thousand.
        placed.append(
            FramingNote(
                note.kind,
                _as_written_at(note.a, a_spans, a_text),
                _as_written_at(note.b, b_spans, b_text),
                a_spans=a_spans,
                b_spans=b_spans,
            )
        )
    return tuple(placed)


def _as_written_at(named: str, spans: Sequence[tuple[int, int]], text: str) -> str:
    """The words a note names of ``text``, already placed there at ``spans``, as ``text``
    prints them (:func:`as_printed`) where a sentence's words read them in other letters:
    Arabic script's in one spelling (see :func:`in_its_letters`), Chinese in Simplified ("宣稱"
    of a Traditional text, read as "宣称"); words spelt otherwise than case-folded as printed
    (:func:`_printed_otherwise`). Else as named: a note gives English case-folded, and shows it
    so, in capitals too.

    >>> _as_written_at("表示, 宣称", [(0, 2), (4, 6)], "表示將「宣稱」")
    '表示, 宣稱'
    >>> _as_written_at("said", [(7, 11)], "Peskov SAID it.")
    'said'
    """
    if (
        ARABIC_LETTER.search(named)
        or HAN.search(named)
        or any(_printed_otherwise(text, start, end) for start, end in spans)
    ):
        return as_printed(named, spans, text)
    return named


def _printed_otherwise(text: str, start: int, end: int) -> bool:
    """Whether ``text`` prints its words at ``start:end`` as a reader would quote them and a
    case-folded note would not: with a letter folding turns into others ("mutmaßliche", not
    "mutmassliche") or capitalised inside a sentence, as German writes a noun ("die
    Klimakleber"); not in capitals, which set a word apart ("Peskov SAID it").

    >>> _printed_otherwise("Die Klimakleber kamen.", 4, 15), _printed_otherwise("Klimakleber kamen.", 0, 11)
    (True, False)
    >>> _printed_otherwise("Der mutmaßliche Täter", 4, 15)
    True
    """
    printed = text[start:end]
    before = text[:start].rstrip()
    inside_a_sentence = before[-1:].isalnum() or before.endswith(",")
    capitalised = printed[:1].isupper() and not printed.isupper()
    return printed.lower() != printed.casefold() or (capitalised and inside_a_sentence)


def shifted(
    notes: tuple[FramingNote, ...], a: Span | Sentence, b: Span | Sentence
) -> tuple[FramingNote, ...]:
    """``notes`` placed in the texts of ``a`` and ``b`` (:func:`placed_in_texts`) placed in
    their documents.

    >>> note = FramingNote(
    ...     FramingKind.ATTRIBUTION_VERB, "said", "claimed", a_spans=((7, 11),), b_spans=((7, 14),)
    ... )
    >>> a, b = Span((4,), 310, 326, "Peskov said it."), Span((2,), 95, 114, "Peskov claimed it.")
    >>> [(n.a_spans, n.b_spans) for n in shifted((note,), a, b)]
    [(((317, 321),), ((102, 109),))]
    """
    if not notes or (_at_its_start(a) and _at_its_start(b)):
        return notes
    return tuple(
        FramingNote(
            note.kind,
            note.a,
            note.b,
            a_spans=tuple(_in_document(a, start, end) for start, end in note.a_spans),
            b_spans=tuple(_in_document(b, start, end) for start, end in note.b_spans),
        )
        for note in notes
    )


def _at_its_start(place: Span | Sentence) -> bool:
    """Whether the text of ``place`` is its document's from the document's start, offset for
    offset."""
    return place.start == 0 and not (isinstance(place, Span) and place.joins)


def _in_document(place: Span | Sentence, start: int, end: int) -> tuple[int, int]:
    if isinstance(place, Span):
        return place.in_document(start, end)
    return place.start + start, place.start + end


def as_printed(named: str, spans: Sequence[tuple[int, int]], text: str) -> str:
    """The words a framing note names of one side (``named``, in lower case and without their
    punctuation where the note reads them so) as ``text`` prints them at their ``spans``, joined
    as the note joins its places; ``named`` itself where the spans place other words or none.

    >>> text = "She said: \u201cI don't think, at this stage, that it will close.\u201d"
    >>> as_printed("i don't think at this stage that", [(11, 45)], text)
    "I don't think, at this stage, that"
    """
    separator = QUOTATION_SEPARATOR if QUOTATION_SEPARATOR in named else ", "
    printed = separator.join(text[start:end] for start, end in spans)
    # A row may name more than its spans place ("more than 1,000" of a number placed at "1,000").
    return printed if spans and words(normalise(printed)) == words(normalise(named)) else named


def places_of(named: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes the words a framing note names of it (``named``), as ``(start,
    end)`` offsets: the first place it writes them in a row (:func:`_written_as`); else, as a
    note joins several places' words (:func:`_join`, :func:`_join_quotations`), each one's
    first place, in the note's order; none for words it does not write so.

    >>> text = 'As the agency reported, "We saw flames," said Elena Kowalski.'
    >>> [text[start:end] for start, end in places_of("reported, said", text)]
    ['reported', 'said']
    >>> [text[start:end] for start, end in places_of("we saw flames", text)]
    ['We saw flames']

    A note reads a Traditional Chinese text in Simplified, and finds its words so.

    >>> places_of("宣称", "國防部發言人宣稱。")
    [(6, 8)]
    """
    plain = in_simplified(normalise(text))

    def places(words: str) -> list[tuple[int, int]]:
        # A joined note's part may be empty ("said, " of a note that joined nothing after it).
        if not words.strip():
            return []
        if found := _written_as(words).search(plain):
            return [found.span()]
        for separator in (QUOTATION_SEPARATOR, ", "):
            if separator in words:
                return [place for part in words.split(separator) for place in places(part)]
        return []

    return places(named)


@lru_cache(maxsize=1 << 14)
def _written_as(words: str) -> re.Pattern[str]:
    """The words of a note as a text in plain typography may write them: in any case and with
    any marks between two words, as a note may give them case-folded and without their
    punctuation ("the u.s will" of '"The U.S. will'); not run on from a longer word or number
    ("said" of "unsaid", "5" of "1.5"), though a number may run on into its unit ("290-1/2" of
    "290-1/2p"), and a word of a script written without spaces into anything; Arabic script's
    letters in any of their spellings, as a note reads them in one (see :mod:`compare.arabic`);
    a case-folded "ss" as "ß" too ("mutmassliche" of "mutmaßliche")."""
    pieces = words.split()
    return re.compile(
        _edge_before(pieces[0][0])
        + r"\W+".join(spelt_any_way(piece).replace("ss", "(?:ss|ß)") for piece in pieces)
        + _edge_after(pieces[-1][-1]),
        re.IGNORECASE,
    )


def _edge_before(first: str) -> str:
    if first.isdigit():
        return r"(?<!\d)(?<!\d[.,])"
    return r"(?<!\w)" if first.isalnum() and not UNSPACED.match(first) else ""


def _edge_after(last: str) -> str:
    if last.isdigit():
        return r"(?!\d)(?![.,]\d)"
    return r"(?!\w)" if last.isalnum() and not UNSPACED.match(last) else ""


def with_quotation_verbs(
    pair: PairComparison, a: Sequence[Sentence], b: Sequence[Sentence]
) -> PairComparison:
    """``pair`` with the note of each quotation both articles carry (``shared_quotations``)
    whose sentences, ``a``'s and ``b``'s, no match aligns together, where one speaker says it
    with another verb (:func:`quotation_verb`): an outlet that writes "insisted" where the other
    writes "said" lends the speaker less credence, whether or not the aligner paired the rest of
    the two sentences. Where the aligner paired them, a quotation one article goes on with in a
    sentence of its own, with no verb, is read with the sentence before it that names its
    speaker (:func:`_speaker_before`): '"..." Dr. Lee said. "Late use may be one part of it."'
    against '"Late use may be one part of it," Dr. Lee claimed.' is "said" become "claimed".
    A quotation each gives to another speaker is a ``speaker_changed``
    (:func:`quotation_told_by_another`), as an aligned pair's match notes it."""
    if not pair.shared_quotations:
        return pair
    together = {(i, j) for m in pair.matches for i in m.a.sentences for j in m.b.sentences}
    verbs_noted = _sentences_noted(pair, FramingKind.ATTRIBUTION_VERB)
    # A match that notes the speaker changed has told the change of each quotation in it once.
    speakers_noted = _sentences_noted(pair, FramingKind.SPEAKER_CHANGED)
    quotations = []
    for quotation in pair.shared_quotations:
        at = quotation.a_sentence, quotation.b_sentence
        ours, theirs = a[at[0]], b[at[1]]
        if at in together:
            if at in verbs_noted:
                quotations.append(quotation)
                continue
            ours = _speaker_before(a, at[0]) or ours
            theirs = _speaker_before(b, at[1]) or theirs
            if (ours, theirs) == (a[at[0]], b[at[1]]):
                quotations.append(quotation)
                continue
        note = quotation_verb(ours.text, theirs.text) or (
            None if at in speakers_noted else quotation_told_by_another(ours.text, theirs.text)
        )
        quotations.append(
            replace(quotation, framing=placed((note,), ours, theirs)) if note else quotation
        )
    if tuple(quotations) == pair.shared_quotations:
        return pair
    return replace(pair, shared_quotations=tuple(quotations))


def _sentences_noted(pair: PairComparison, kind: FramingKind) -> set[tuple[int, int]]:
    """Each pair of A's and B's sentences a match of ``pair`` aligns together with a note of
    ``kind``."""
    return {
        (i, j)
        for m in pair.matches
        if any(note.kind == kind for note in m.framing)
        for i in m.a.sentences
        for j in m.b.sentences
    }


def with_quotations_altered(
    pair: PairComparison, a: Sequence[Sentence], b: Sequence[Sentence]
) -> PairComparison:
    """``pair`` with each quotation of one article, ``a``'s or ``b``'s sentences, held against
    every quotation of the other (``altered_quotations``), not only its aligned sentence's: one
    joined from two of the other's, the words between them left out (``quote_stitched``:
    "Our waiting lists are too long and some of our staff are at breaking point" of two answers
    of an interview), and one with words changed against the other's closest quotation, which
    sits in a sentence no match aligns with it (the notes an aligned pair would give of the two
    quotations: "could lose up to 40" quoted as "will lose 40" against a paraphrase aligned
    with it). The notes of its aligned match that read it against words it does not alter, a
    paraphrase turned into a quotation or the quotation worded differently
    (``MISREAD_AS_ALIGNED``), are dropped."""
    quoted_a, quoted_b = _quotations_in(a), _quotations_in(b)
    if not (quoted_a and quoted_b):
        return pair
    together = {(i, j) for m in pair.matches for i in m.a.sentences for j in m.b.sentences}
    in_b = list(_altered_against(quoted_a, quoted_b, together, a, b))
    in_a = list(
        _altered_against(quoted_b, quoted_a, {(j, i) for i, j in together}, b, a, from_theirs=True)
    )
    # A quotation of each held against the other's is one alteration: the one that joins two
    # quotations, else the one found from B's side.
    found = sorted(
        [
            *((q, quote, False) for q, quote in in_b),
            *(
                (AlteredQuotation(q.b_sentences, q.a_sentences, q.framing), quote, True)
                for q, quote in in_a
            ),
        ],
        key=lambda held: held[0].framing[0].kind is not FramingKind.QUOTE_STITCHED,
    )
    kept: list[tuple[AlteredQuotation, str, bool]] = []
    for held in found:
        if not any(
            not set(held[0].a_sentences).isdisjoint(other.a_sentences)
            and not set(held[0].b_sentences).isdisjoint(other.b_sentences)
            for other, _, _ in kept
        ):
            kept.append(held)
    if not kept:
        return pair
    # Found from both sides, an alteration holds the quotation of each: a match may misread
    # either, whichever side is A.
    matches = tuple(_without_notes_of(match, found) for match in pair.matches)
    altered = tuple(q for q, _, _ in kept)
    return replace(pair, matches=matches, altered_quotations=altered)


def _quotations_in(sentences: Sequence[Sentence]) -> list[tuple[int, str]]:
    """Each quotation of ``sentences`` of ``HELD_QUOTATION`` words or more, with its sentence's
    number, in their order."""
    quoted = []
    for sentence in sentences:
        if not may_quote(sentence.text):
            continue
        features = _features(sentence.text)
        placed_quotes = sorted((features.plain.find(quote), quote) for quote in features.quotes)
        quoted += [
            (sentence.index, quote)
            for _, quote in placed_quotes
            if len(_said(quote)) >= HELD_QUOTATION
        ]
    return quoted


def _altered_against(
    ours: Sequence[tuple[int, str]],
    theirs: Sequence[tuple[int, str]],
    together: AbstractSet[tuple[int, int]],
    our_sentences: Sequence[Sentence],
    their_sentences: Sequence[Sentence],
    from_theirs: bool = False,
) -> Iterator[tuple[AlteredQuotation, str]]:
    """The quotations of ``theirs`` that join two of ``ours`` or alter one of them (see
    :func:`with_quotations_altered`), each with the quotation as ``theirs`` gives it; their
    sentences ours first, as though ours were A, and their notes read from ours to theirs, or,
    ``from_theirs``, from theirs to ours (theirs being A)."""
    our_quotes = {quote for _, quote in ours}
    their_quotes = {quote for _, quote in theirs}
    for j, quote in theirs:
        if stitched := _stitched_from(quote, ours):
            (i, first), (k, second) = stitched
            joined = FramingNote(FramingKind.QUOTE_STITCHED, f"{first} ... {second}", quote)
            a_spans = tuple(
                span
                for at, part in ((i, first), (k, second))
                for note in placed(
                    (replace(joined, a=part),), our_sentences[at], their_sentences[j]
                )
                for span in note.a_spans
            )
            (placed_note,) = placed((joined,), our_sentences[i], their_sentences[j])
            note = replace(placed_note, a_spans=a_spans)
            if from_theirs:
                note = replace(note, a=note.b, b=note.a, a_spans=note.b_spans, b_spans=note.a_spans)
            yield AlteredQuotation(tuple(sorted({i, k})), (j,), (note,)), quote
            continue
        closest = _closest(quote, our_quotes)
        if not closest or _closest(closest, their_quotes) != quote:
            continue
        i = next(at for at, our_quote in ours if our_quote == closest)
        said, their_said = _said(closest), _said(quote)
        # Aligned together, the match names it; one cut from the other is quoted faithfully.
        if (i, j) in together or _holds_run(said, their_said) or _holds_run(their_said, said):
            continue
        if from_theirs:
            notes = placed(_quotation_altered(quote, closest), their_sentences[j], our_sentences[i])
        else:
            notes = placed(_quotation_altered(closest, quote), our_sentences[i], their_sentences[j])
        if notes:
            yield AlteredQuotation((i,), (j,), notes), quote


def _quotation_altered(a_quote: str, b_quote: str) -> tuple[FramingNote, ...]:
    """The notes of two quotations of one statement, A's and B's, as an aligned pair's notes
    name them, led by the words B changes, from the first changed to the last, where those
    notes name none (``quote_changed``: "we could lose up to" against "will lose" of "If the
    grant is not renewed, we could lose up to 40 officers" and "will lose 40 officers").

    >>> [(n.kind.value, n.a, n.b) for n in _quotation_altered(
    ...     "If the grant is not renewed, we could lose up to 40 officers", "will lose 40 officers")][0]
    ('quote_changed', 'if the grant is not renewed we could lose up to', 'will lose')
    """
    notes = _notes_as_read(f'"{a_quote}"', f'"{b_quote}"')
    if any(note.kind is FramingKind.QUOTE_CHANGED for note in notes):
        return notes
    said_a, said_b = _said(a_quote), _said(b_quote)
    changed = [
        op for op in SequenceMatcher(None, said_a, said_b, False).get_opcodes() if op[0] != "equal"
    ]
    if not changed:
        return notes
    (_, a_start, _, b_start, _), (_, _, a_end, _, b_end) = changed[0], changed[-1]
    words_changed = FramingNote(
        FramingKind.QUOTE_CHANGED,
        " ".join(said_a[a_start:a_end]),
        " ".join(said_b[b_start:b_end]),
    )
    return (words_changed, *notes)


def _stitched_from(
    quote: str, ours: Sequence[tuple[int, str]]
) -> tuple[tuple[int, str], tuple[int, str]] | None:
    """Two runs of words of two of ``ours`` (each with its sentence's number), in the order
    ``quote`` gives them, that together give ``CUT_SHORT`` of its words at least, each
    ``STITCHED_RUN`` words or more: the two places it joins, the words between them left out;
    None where one quotation of ours gives most of it, where it gives the two the other way
    round, or where the second of ours goes on from where the first ends, leaving fewer words
    out between them (one quotation written in two sentences).

    >>> ours = [(3, "Our lists are too long, and I will not pretend otherwise."),
    ...     (7, "Some of our staff are at breaking point after this winter.")]
    >>> _stitched_from("Our lists are too long and some of our staff are at breaking point", ours)
    ((3, 'our lists are too long and'), (7, 'some of our staff are at breaking point'))
    """
    stems = _said_stems(quote)
    runs = [
        (n, SequenceMatcher(None, stems, _said_stems(our_quote), False).find_longest_match())
        for n, (_, our_quote) in enumerate(ours)
    ]
    first_at, first = max(runs, key=lambda run: (run[1].size, -run[0]))
    if not STITCHED_RUN <= first.size < CUT_SHORT * len(stems):
        return None
    before, after = stems[: first.a], stems[first.a + first.size :]
    rest, offset = (before, 0) if len(before) > len(after) else (after, first.a + first.size)
    others = [
        (n, SequenceMatcher(None, rest, _said_stems(our_quote), False).find_longest_match())
        for n, (_, our_quote) in enumerate(ours)
        if n != first_at
    ]
    if not others:
        return None
    second_at, second = max(others, key=lambda run: (run[1].size, -run[0]))
    if second.size < STITCHED_RUN or first.size + second.size < CUT_SHORT * len(stems):
        return None
    (_, one, one_start, one_size), (_, other, other_start, other_size) = sorted(
        [
            (first.a, first_at, first.b, first.size),
            (offset + second.a, second_at, second.b, second.size),
        ]
    )
    # Two places given the other way round are more likely the other's quotation cut to one
    # of its parts than two of its statements joined.
    if other < one:
        return None
    one_said, other_said = _said(ours[one][1]), _said(ours[other][1])
    if other == one + 1 and not _left_out_between(stems, ours[one][1], ours[other][1]):
        return None
    return (
        (ours[one][0], " ".join(one_said[one_start : one_start + one_size])),
        (ours[other][0], " ".join(other_said[other_start : other_start + other_size])),
    )


def _left_out_between(stems: Sequence[str], one: str, other: str) -> bool:
    """Whether a quotation (its ``stems``) held against two quotations that follow one another,
    read as one, leaves out ``STITCHED_RUN`` of their words at least between the first and the
    last it gives: words changed in their place are a quotation altered, not two joined."""
    joined = _said_stems(one) + _said_stems(other)
    opcodes = SequenceMatcher(None, stems, joined, False).get_opcodes()
    given = [n for n, (op, *_) in enumerate(opcodes) if op == "equal"]
    if not given:
        return False
    between = opcodes[given[0] : given[-1]]
    return sum(j2 - j1 for op, _, _, j1, j2 in between if op == "insert") >= STITCHED_RUN


def _without_notes_of(match: Match, found: Sequence[tuple[AlteredQuotation, str, bool]]) -> Match:
    """``match`` without its notes (``MISREAD_AS_ALIGNED``) that read a quotation of ``found``
    (each with the quotation as its article gives it, and whether that article is A) in the
    match's sentences against words of the other side it does not alter: those whose side that
    quotes holds its words."""
    held = [
        (of_a, _said(quote))
        for altered, quote, of_a in found
        if not set(altered.a_sentences if of_a else altered.b_sentences).isdisjoint(
            match.a.sentences if of_a else match.b.sentences
        )
    ]
    if not held:
        return match
    kept = tuple(
        note
        for note in match.framing
        if not (
            note.kind in MISREAD_AS_ALIGNED
            and any(_holds_run(words(note.a if of_a else note.b), said) for of_a, said in held)
        )
    )
    return match if kept == match.framing else replace(match, framing=kept)


def without_figures_told_beside(
    pair: PairComparison, a: Sequence[Sentence], b: Sequence[Sentence]
) -> PairComparison:
    """``pair`` without the notes of figures removed (added) that the article said to lack them
    gives in the sentence just before or after its aligned ones, ``a``'s and ``b``'s: a blog's
    "Revenue soared 12.4% to $4.82 billion." aligned with a release's "Revenue up 12.4% to
    $4.82 billion; data center revenue up 21%" gives the 21% in its next sentence, and removed
    no figure. A note of several figures goes only when the neighbours give all of them."""
    matches = tuple(
        replace(match, framing=kept)
        if (kept := _framing_without_figures_beside(match, a, b)) != match.framing
        else match
        for match in pair.matches
    )
    return pair if matches == pair.matches else replace(pair, matches=matches)


def _framing_without_figures_beside(
    match: Match, a: Sequence[Sentence], b: Sequence[Sentence]
) -> tuple[FramingNote, ...]:
    return tuple(
        note
        for note in match.framing
        if not (
            (note.kind is FramingKind.NUMBER_REMOVED and _told_beside(note.a, match.b.sentences, b))
            or (
                note.kind is FramingKind.NUMBER_ADDED and _told_beside(note.b, match.a.sentences, a)
            )
        )
    )


def _told_beside(figures: str, at: Sequence[int], sentences: Sequence[Sentence]) -> bool:
    """Whether the sentences just before and after those ``at`` give every figure of
    ``figures``, a note's side."""
    beside = [n for n in (min(at) - 1, max(at) + 1) if 0 <= n < len(sentences)]
    return gives_figures(figures, [sentences[n].text for n in beside])


def gives_figures(figures: str, texts: Sequence[str]) -> bool:
    """Whether ``texts`` give every figure of ``figures``, a note's side (none if it has none):
    each number of it at one of its values, and each count of it as a count of one of those
    values that measures what it measures (see :func:`_measured_alike`). A value alone is no
    figure: "15%" gives no "15 patients", though "15 patients were treated" does, and "1.3
    billion dollars" gives "$1.3 billion".

    >>> gives_figures("15 patients", ["Shares rose 15% on Monday."])
    False
    >>> gives_figures("15 patients", ["Shares rose 15%.", "Doctors saw 15 patients on Friday."])
    True
    >>> gives_figures("$1.3 billion", ["The deal is worth 1.3 billion dollars."])
    True
    """
    told = numbers_in(figures).mentions
    given = [values for text in texts for _, values, _ in numbers_in(text).mentions]
    counts = [count for text in texts for count in stated_counts(text)]
    # Dates and ranges are no counts with values (see _written_whole): their values alone say.
    return (
        bool(told)
        and all(any(values & its for its in given) for _, values, _ in told)
        and all(
            any(count.values & other.values and _measured_alike(count, other) for other in counts)
            for count in stated_counts(figures)
            if count.values
        )
    )


def _measured_alike(ours: PlacedNumber, theirs: PlacedNumber) -> bool:
    """Whether two counts may measure one thing (see :func:`_what_it_measures`): both the same,
    or one a bare number that is no share ("15" of "rose to 15" may count patients, not
    per cent)."""
    measures = {_what_it_measures(ours), _what_it_measures(theirs)}
    return len(measures) == 1 or ("" in measures and SHARE not in measures)


def _what_it_measures(number: PlacedNumber) -> str:
    """What a count measures: :data:`SHARE` for a share ("15%", "15 per cent", "2.2 percentage
    points"), :data:`MONEY` for an amount of money ("$1.3 billion", "1.3 billion dollars", "12
    cents"), else its unit's name ("kilometre" of "15 km", "year" of "15 years") or the word
    after it that tells what it counts ("patients"); none of a bare number ("rose to 15").

    >>> [_what_it_measures(n) for n in stated_counts("Of 15 patients, 3% paid $4 for 2 km.")]
    ['patients', '%', 'money', 'kilometre']
    """
    terms = lexicon()
    if number.measure[1]:
        return SHARE
    if _is_money(number) or number.after.casefold() in terms.currency_words:
        return MONEY
    after = number.after.casefold()
    return number.unit or terms.units.get(after, after)


def _speaker_before(sentences: Sequence[Sentence], at: int) -> Sentence | None:
    """The sentence before the one at ``at`` where that one goes on with a quotation it names no
    speaker of, opening with a quotation mark and attributing nothing, and the one before
    attributes a quotation: 'Dr. Lee said in a statement.' before '"Late use may be one part of
    it."'; None otherwise."""
    if not at or sentences[at].text.lstrip()[:1] not in CLOSING_QUOTES:
        return None
    going_on, before = _features(sentences[at].text), _features(sentences[at - 1].text)
    if going_on.verbs or going_on.attributing or not (before.verbs and before.quotes):
        return None
    return sentences[at - 1]


def quotation_verb(a_text: str, b_text: str) -> FramingNote | None:
    """The ``attribution_verb`` note of two sentences that carry one quotation, where one speaker
    (no word of whom either writes apart from the other's, a pronoun being anyone) says it with
    another verb in each, as :func:`framing_notes` reads the verbs of an aligned pair (every
    verb of the two sentences); ``None`` otherwise.

    >>> quotation_verb('Okafor said members were "ready to stay out all winter" on Tuesday.',
    ...     'Speaking at the gates, Okafor insisted they were "ready to stay out all winter".')
    FramingNote(kind=<FramingKind.ATTRIBUTION_VERB: 'attribution_verb'>, a='said', b='insisted', a_spans=(), b_spans=())
    """
    a, b = _features(a_text), _features(b_text)
    if not (a.speakers and b.speakers) or _other_speakers(a, b):
        return None
    verbs_a, verbs_b = _verbs_swapped(a, b)
    if not (verbs_a and verbs_b):
        return None
    return FramingNote(FramingKind.ATTRIBUTION_VERB, _join(verbs_a), _join(verbs_b))


def quotation_told_by_another(a_text: str, b_text: str) -> FramingNote | None:
    """The ``speaker_changed`` note of two sentences that carry one quotation, where each gives
    it to another speaker (:func:`_told_by_another`), whatever else the two sentences say;
    ``None`` otherwise.

    >>> quotation_told_by_another('"We will not back down," said Rhona Tallis on Monday.',
    ...     'Mick Darrow said: "We will not back down." He spoke at the depot.')
    FramingNote(kind=<FramingKind.SPEAKER_CHANGED: 'speaker_changed'>, a='Rhona Tallis', b='Mick Darrow', a_spans=(), b_spans=())
    """
    a, b = _features(a_text), _features(b_text)
    if not _told_by_another(a, b):
        return None
    return FramingNote(FramingKind.SPEAKER_CHANGED, _speaker_written(a), _speaker_written(b))


def _verbs_swapped(a: _Features, b: _Features) -> tuple[AbstractSet[str], AbstractSet[str]]:
    """Each version's attribution verbs that stand where the other writes another
    (:func:`_other_verbs`), or, where only the other has such a verb, the neutral ones its
    speaker is given (:func:`_said_instead`)."""
    verbs_a, verbs_b = (
        _other_verbs(a.verb_uses, b.verb_uses),
        _other_verbs(b.verb_uses, a.verb_uses),
    )
    # A neutral verb matched, the other version's speaker given a verb of credence besides.
    if verbs_b and not verbs_a:
        verbs_a = _said_instead(a, b, verbs_b)
    elif verbs_a and not verbs_b:
        verbs_b = _said_instead(b, a, verbs_a)
    return verbs_a, verbs_b


def _noted(notes: Sequence[FramingNote], a_text: str, b_text: str) -> tuple[FramingNote, ...]:
    """The notes of two versions, in a language framing has word lists for or not, but a number
    only cut from or added to a quotation (:func:`_cut_with_a_quotation`)."""
    notes = [note for note in notes if not _cut_with_a_quotation(note, notes)]
    # "Il presunto autore" is no Spanish hedge: an Italian or Catalan sentence has its numbers
    # and quotations noted, as an article in a language with no word lists has.
    if notes and (_in_an_unlisted_language(a_text) or _in_an_unlisted_language(b_text)):
        return tuple(n for n in notes if n.kind in NOTED_WITHOUT_WORD_LISTS)
    return tuple(notes)


def _cut_with_a_quotation(note: FramingNote, notes: Sequence[FramingNote]) -> bool:
    """Whether ``note`` gives numbers only one side has that are all among the words another of
    ``notes`` says were cut from a quotation or added to it: '"The lads showed real character
    today"' cut to '"The boys showed real character"' cut words of a quotation, which that note
    tells, and dropped no date of the writer's.

    >>> notes = framing_notes('"We showed character today," he said.', '"We showed character," he said.')
    >>> [(n.kind.value, n.a) for n in notes]
    [('quote_words_removed', 'today')]
    """
    cut_kind, side = {
        FramingKind.NUMBER_REMOVED: (FramingKind.QUOTE_WORDS_REMOVED, attrgetter("a")),
        FramingKind.NUMBER_ADDED: (FramingKind.QUOTE_WORDS_ADDED, attrgetter("b")),
    }.get(note.kind, (None, None))
    if cut_kind is None or side is None:
        return False
    cut_kinds = {cut_kind, FramingKind.QUOTE_WORDS_CUT_INSIDE, FramingKind.QUOTE_WORDS_ELIDED}
    cut = [side(other) for other in notes if other.kind in cut_kinds]
    return all(
        any(gives_words(words, number) for words in cut) for number in side(note).split(", ")
    )


class _Reversal(NamedTuple):
    """A word of ours and the opposite one theirs writes in its place, each with the place of
    the token after it."""

    written: str
    their_written: str
    end: int
    their_end: int


def _reversed(
    opposites: Mapping[str, AbstractSet[str]],
    ours: _Features,
    theirs: _Features,
    *,
    sizes_the_next_word: bool = False,
) -> list[_Reversal]:
    """The words of ``opposites`` ours writes where theirs writes an opposite one, each with it,
    in our order: a word or phrase in place of the other after the same words, and before the
    same words or at both ends ("Prices rose 3% in May" against "Prices fell 3% in May", "The
    council approved the plan" against "The council rejected the plan", "two points ahead of
    Leeds" against "two points behind Leeds"), "up" and "down" only straight before a number
    (``directions_before_a_number``) or after a verb of motion ("moved up to third"); none where
    only one version writes a clause ("..., while wages fell"), nor for a sentence's first word.
    Where the word ``sizes_the_next_word`` it stands before, the words before it may be told
    otherwise, as before a number ("12 Bewohner leicht verletzt" against "12 Bewohner wurden
    schwer verletzt": German sets its auxiliary where English keeps it).

    >>> directions = lexicon().opposite_directions
    >>> _reversed(directions, _features("Shares were up 2%."), _features("Shares were down 2%."))
    [_Reversal(written='up', their_written='down', end=3, their_end=3)]
    >>> [r[:2] for r in _reversed(directions, _features("City are ahead of Leeds."), _features("City are behind Leeds."))]
    [('ahead of', 'behind')]
    """
    # Most pairs of sentences hold no such word on both sides: two set operations in C tell. A
    # phrase's first word is listed alone too ("ahead of" and "ahead"), so a phrase is not missed.
    if opposites.keys().isdisjoint(ours.words) or opposites.keys().isdisjoint(theirs.words):
        return []
    tokens, their_tokens = ours.tokens, theirs.tokens
    terms = lexicon()
    articles = terms.per_articles | terms.definite_articles
    # Between two runs of words both write alike, a difference is one replacement: a word or
    # phrase in place of one, a run alike on each side of it or the sentence's end. An article
    # before either goes with it: "growth of 0.1%" against "a contraction of 0.1%".
    matcher = SequenceMatcher(None, tokens, their_tokens, autojunk=False)
    reversals = []
    for kind, start, end, their_start, their_end in matcher.get_opcodes():
        if kind != "replace":
            continue
        before_a_number = end < len(tokens) and _is_a_number(tokens[end])
        governs_a_number = any(map(_is_a_number, tokens[end : end + GOVERNING_REACH]))
        sized = sizes_the_next_word and end < len(tokens)
        for at, their_at in _reversal_openings(
            start, end, their_start, their_end, governs_a_number or sized
        ):
            if (
                at
                and (
                    (at, their_at) == (start, their_start)
                    or _subject_reworded(tokens[start:at], their_tokens[their_start:their_at])
                )
                and (written := _after_articles(tokens[at:end], articles)) in opposites
                and (their_written := _after_articles(their_tokens[their_at:their_end], articles))
                in opposites[written]
                and (
                    written not in terms.directions_before_a_number
                    or before_a_number
                    or tokens[at - 1] in terms.motion_verbs
                )
            ):
                reversals.append(_Reversal(written, their_written, end, their_end))
                break
    return reversals


def _figures_turned(ours: _Features, theirs: _Features) -> list[_Reversal]:
    """The words of a direction straight before a figure both versions give (or before "by" and
    it) that each version writes opposite, ours first: "was $912.6 million, down 12.3%" against
    "rose 12.3% to $912.6 million", where the sentence is reworded round the figure and no run
    of words stands in another's place. Not a figure both versions also write after the same
    word: "X rose 5% and Y fell 5%" told in the other order reverses nothing; nor of another
    subject (see :func:`_subject_kept`): "Prices rose 3%" against "Wages fell 3%" turns nothing.

    >>> _figures_turned(_features("Sales were $9 million, down 12.3%."),
    ...     _features("Sales rose 12.3% to $9 million."))
    [_Reversal(written='down', their_written='rose', end=5, their_end=2)]
    """
    opposites = lexicon().opposite_directions
    if opposites.keys().isdisjoint(ours.words) or opposites.keys().isdisjoint(theirs.words):
        return []
    told, their_told = (
        _directions_before_figures(ours.tokens),
        _directions_before_figures(theirs.tokens),
    )
    turned = []
    for (word, figure), end in told.items():
        if (word, figure) in their_told:
            continue
        for (their_word, their_figure), their_end in their_told.items():
            if (
                their_figure == figure
                and their_word in opposites.get(word, ())
                and (their_word, figure) not in told
                and _subject_kept(ours.tokens[: end - 1], theirs.tokens[: their_end - 1])
            ):
                turned.append(_Reversal(word, their_word, end, their_end))
                break
    return turned


def _subject_kept(before: Sequence[str], their_before: Sequence[str]) -> bool:
    """Whether the word each version writes last before its direction, past numbers, their
    units' words ("million") and a form of "be", is among the other's words before its own:
    "revenue" of "Revenue was $9 million, down" and of "Revenue rose"; not "p" of "The S&P 500
    fell" and "composite" of "The S&P 500 rose ..., while the Nasdaq Composite gained"."""
    skipped = lexicon().passive_marks
    return all(
        next((w for w in reversed(ours) if not _is_a_number_word(w) and w not in skipped), None)
        in theirs
        for ours, theirs in ((before, their_before), (their_before, before))
    )


def _directions_before_figures(tokens: Sequence[str]) -> dict[tuple[str, str], int]:
    """Each figure in digits that a word of a direction stands straight before, or before "by"
    or "from" and it, with that word, and the place of the token after the word: ("down",
    "12.3") of "down 12.3%", ("rose", "4") of "rose by 4%", ("down", "7.68") of "down from 7.68
    million"."""
    opposites = lexicon().opposite_directions
    told: dict[tuple[str, str], int] = {}
    for at, token in enumerate(tokens):
        if not token[:1].isdigit():
            continue
        before = at - 1 - (at > 1 and tokens[at - 1] in ("by", "from"))
        if before >= 0 and tokens[before] in opposites:
            told.setdefault((tokens[before], token), before + 1)
    return told


def _degrees_turned(ours: _Features, theirs: _Features) -> list[_Reversal]:
    """The degree of a comparison that one version supposes under a modal of possibility and
    the other states turned the other way, ours first: "may be less likely" against "are more
    likely", a hedge dropped (see :func:`_doubted`) and the comparison reversed. A comparison
    both state alike is :func:`_reversed`'s.

    >>> _degrees_turned(_features("Late users may be less likely to sleep well."),
    ...     _features("Late users are more likely to sleep well."))
    [_Reversal(written='less', their_written='more', end=5, their_end=4)]
    """
    turned = []
    for supposing, stating in ((ours, theirs), (theirs, ours)):
        states = _stated_states(stating.plain) if supposing.supposed else frozenset()
        for _, state in sorted(supposing.supposed):
            if (other := _degree_turned(state)) and other in states:
                degree, their_degree = state.split()[0], other.split()[0]
                if supposing is theirs:
                    degree, their_degree = their_degree, degree
                graded = state.split()[1]
                end = _degree_end(ours.tokens, degree, graded)
                their_end = _degree_end(theirs.tokens, their_degree, graded)
                if end is not None and their_end is not None:
                    turned.append(_Reversal(degree, their_degree, end, their_end))
    return turned


def _degree_end(tokens: Sequence[str], degree: str, graded: str) -> int | None:
    """Where the degree of a comparison ends among a sentence's tokens: the one before the word
    it grades ("less" of "less likely"), not an earlier "less" of another phrase ("less than a
    year ago"); ``None`` where the tokens do not hold the two so (the states are read from the
    plain text, which may part them otherwise)."""
    return next(
        (
            n
            for n, (word, after) in enumerate(pairwise(tokens), 1)
            if word == degree and after.startswith(graded)
        ),
        None,
    )


def _degree_turned(state: str) -> str | None:
    """A state graded by a comparison's degree with the opposite degree ("more likely" of "less
    likely"; see ``comparative_degrees``), or None for a state with no degree."""
    degree, _, graded = state.partition(" ")
    opposite = lexicon().opposite_directions.get(degree, frozenset())
    if not graded or degree not in lexicon().comparative_degrees or not opposite:
        return None
    return f"{min(opposite)} {graded}"


def _subject_reworded(subject: Sequence[str], their_subject: Sequence[str]) -> bool:
    """Whether two subjects before words of opposite sense may be one told in other words: in
    another number of words ("Sterling" and "the pound", "the Nasdaq" and "the tech-heavy
    index") or by its owner ("Japan's currency"); one word for another ("Prices" and "Wages",
    "euro" and "yen") is another subject.

    >>> _subject_reworded(["sterling"], ["the", "pound"]), _subject_reworded(["prices"], ["wages"])
    (True, False)
    """
    return len(subject) != len(their_subject) or any(
        word.endswith(("'s", "\u2019s")) for word in (*subject, *their_subject)
    )


def _reversal_openings(
    start: int, end: int, their_start: int, their_end: int, governs_a_number: bool
) -> Iterator[tuple[int, int]]:
    """Where a word of opposite sense may open on each side of a replacement of our tokens
    ``start:end`` by theirs ``their_start:their_end``: at the replacement's start; and, where the
    same words after it hold a number (at most ``GOVERNING_REACH`` words on), at its last
    ``DIRECTION_WORDS`` words too, after a subject told in other words ("Sterling rose 0.4%"
    against "The pound fell by 0.4%": the same figure moved the other way).

    >>> list(_reversal_openings(0, 2, 0, 3, True))
    [(0, 0), (0, 1), (0, 2), (1, 1), (1, 2)]
    """
    yield start, their_start
    if governs_a_number:
        for at in range(max(start, end - DIRECTION_WORDS), end):
            for their_at in range(max(their_start, their_end - DIRECTION_WORDS), their_end):
                if (at, their_at) != (start, their_start):
                    yield at, their_at


def _after_articles(run: Sequence[str], articles: AbstractSet[str]) -> str:
    """A run of words as one phrase, without the articles it opens with ("a contraction")."""
    skipped = next((n for n, word in enumerate(run) if word not in articles), len(run))
    return " ".join(run[skipped:])


def _signs_turned(
    ours: _Features,
    theirs: _Features,
    unmatched: Sequence[Unmatched],
    their_unmatched: Sequence[Unmatched],
) -> tuple[list[Unmatched], list[Unmatched]]:
    """The numbers of ours and of theirs that neither holds of the other's and that differ in
    their sign alone, paired in order: "-0.1%" against "0.1%", "-$12 million" against "$12
    million".

    >>> a, b = _features("It grew -0.1% to $5."), _features("It shrank 0.1% to $5.")
    >>> [[n.written for n in side] for side in _signs_turned(a, b, a.numbers.unmatched_in(b.numbers), b.numbers.unmatched_in(a.numbers))]
    [['-0.1'], ['0.1']]
    """
    turned: list[Unmatched] = []
    their_turned: list[Unmatched] = []
    free = list(their_unmatched)
    for number in unmatched:
        negated = {-v for v in ours.numbers.mentions[number.mention][1] if isinstance(v, Decimal)}
        for their_number in free:
            if negated.intersection(theirs.numbers.mentions[their_number.mention][1]) - {0}:
                turned.append(number)
                their_turned.append(their_number)
                free.remove(their_number)
                break
    return turned, their_turned


def _governed_signs(
    ours: _Features,
    theirs: _Features,
    directions: Sequence[_Reversal],
    turned: Sequence[Unmatched],
    their_turned: Sequence[Unmatched],
) -> list[tuple[_Reversal, Unmatched, Unmatched]]:
    """Each direction reversed with the numbers of a turned sign (see :func:`_signs_turned`)
    it governs: the words straight after it on both sides, at most ``GOVERNING_REACH`` words
    apart ("grew -0.1%" against "shrank by 0.1%"), one pair of numbers for each.

    >>> a, b = _features("It grew -0.1%, and the balance was -2%."), _features("It shrank 0.1%, and the balance was 2%.")
    >>> turned = _signs_turned(a, b, a.numbers.unmatched_in(b.numbers), b.numbers.unmatched_in(a.numbers))
    >>> [(d.written, n.written, m.written) for d, n, m in _governed_signs(a, b, _reversed(lexicon().opposite_directions, a, b), *turned)]
    [('grew', '-0.1', '0.1')]
    """
    at, their_at = _number_tokens(ours), _number_tokens(theirs)
    free = list(directions)
    governed = []
    for number, their_number in zip(turned, their_turned, strict=True):
        for direction in free:
            if (
                0 <= at[number.mention] - direction.end <= GOVERNING_REACH
                and 0 <= their_at[their_number.mention] - direction.their_end <= GOVERNING_REACH
            ):
                governed.append((direction, number, their_number))
                free.remove(direction)
                break
    return governed


def _number_tokens(features: _Features) -> list[int]:
    """The place among the sentence's tokens of each of its numbers, in the order of its
    mentions; past the last token for one written in no way found."""
    return [
        len(words(features.plain[: span[0]]))
        if span
        else len(features.tokens) + GOVERNING_REACH + 1
        for span in written_spans(features.plain, features.numbers)
    ]


def _allegations_softened(ours: _Features, theirs: _Features) -> list[tuple[str, str]]:
    """Our words of a firmer allegation that the other version tells in a softer word of the
    same ladder (``allegation_ladders``) in their place, each with it, in our order: one in a
    run of words the other writes in place of ours, neither version writing the other's word
    ("Police arrested the manager" against "Police questioned the manager", "had ignored a
    warning" against "may have overlooked advice"); and our "on suspicion of" with its offence,
    up to its clause's end, where the other version writes neither "suspicion" nor a word of
    the offence (against "in connection with the fire"), with "" beside it.

    >>> _allegations_softened(_features("Police charged the driver with theft."),
    ...                       _features("Police arrested the driver."))
    [('charged', 'arrested')]
    >>> _allegations_softened(_features("Police questioned two men and arrested a third."),
    ...                       _features("Police arrested a third man and questioned two."))
    []
    """
    terms = lexicon()
    levels = terms.allegation_levels
    suspicion = terms.suspicion_phrase
    softened = _allegation_phrases_softened(ours.tokens, theirs.tokens)
    if (
        levels.keys().isdisjoint(ours.words)
        and suspicion[1] not in ours.words
        and terms.guilt_words.isdisjoint(ours.words)
    ):
        return softened
    matcher = SequenceMatcher(None, ours.tokens, theirs.tokens, autojunk=False)
    changed: list[tuple[list[str], list[str]]] = []
    for kind, start, end, their_start, their_end in matcher.get_opcodes():
        if kind == "equal":
            continue
        our_run, their_run = ours.tokens[start:end], theirs.tokens[their_start:their_end]
        if _verdict_told(
            ours.tokens, start, end, theirs
        ) and not terms.pending_allegation_words.isdisjoint(set(their_run) - ours.words):
            softened.append((" ".join(our_run), " ".join(their_run)))
            continue
        firm = [w for w in our_run if w in levels and w not in theirs.words]
        soft = [w for w in their_run if w in levels and w not in ours.words]
        changed.append((firm, soft))
    # One word in place of the other, or the only one each version changes where the act is
    # told in another voice, its words moved: "Police arrested two men" against "Two men were
    # questioned".
    replaced = [(firm, soft) for firm, soft in changed if firm and soft]
    if not replaced and changed:
        firm = [w for firm, _ in changed for w in firm]
        soft = [w for _, soft in changed for w in soft]
        if len(firm) == 1 == len(soft) and _told_in_another_voice(firm[0], soft[0], ours, theirs):
            replaced = [(firm, soft)]
    for firm, soft in replaced:
        if len(firm) == 1 == len(soft):
            (ladder, level), (their_ladder, their_level) = levels[firm[0]], levels[soft[0]]
            # An arrest "for" the crime states it, softening nothing of a charge: "charged with
            # manslaughter" against "arrested for manslaughter" drops the charge's hedge instead.
            if (
                ladder == their_ladder
                and level < their_level
                and not _arrest_asserted(theirs, (soft[0],))
            ):
                softened.append((firm[0], soft[0]))
    if suspicion[1] not in theirs.words and (offence := _suspected_offence(ours.plain)):
        told = set(words(offence)) - terms.function_words
        if told and told.isdisjoint(theirs.words):
            softened.append((f"{' '.join(suspicion)} {offence}", ""))
    return softened


def _allegation_phrases_softened(
    ours: Sequence[str], theirs: Sequence[str]
) -> list[tuple[str, str]]:
    """Our phrases of a firmer allegation (``allegation_phrase_ladders``) that the other version
    does not write, each with its phrase of a softer level of the same ladder that we do not.

    >>> _allegation_phrases_softened(
    ...     words("Police confirmed they had opened a fraud investigation."),
    ...     words("Police had received a complaint and were assessing whether to open one."))
    [('opened a fraud investigation', 'received a complaint')]
    >>> _allegation_phrases_softened(words("She was forced to resign."), words("She resigned."))
    [('forced to resign', 'resigned')]
    """
    our_levels, their_levels = allegation_phrase_levels(ours), allegation_phrase_levels(theirs)
    return [
        (firm, soft)
        for (ladder, level), firm in our_levels.items()
        if (ladder, level) not in their_levels
        for (their_ladder, their_level), soft in their_levels.items()
        if their_ladder == ladder
        and their_level > level
        and (ladder, their_level) not in our_levels
    ]


def allegation_phrase_levels(tokens: Sequence[str]) -> dict[tuple[int, int], str]:
    """The ladders and levels of the allegation phrases ``tokens`` write, each with the first
    one found, as written; a phrase inside another found ("resign" of "forced to resign") is
    that one's."""
    if _allegation_phrase_firsts().isdisjoint(tokens):
        return {}
    found = [
        (start, end, ladder, level)
        for phrase, ladder, level in lexicon().allegation_phrase_levels
        for start, token in enumerate(tokens)
        if token == phrase[0] and (end := _phrase_end(tokens, start, phrase))
    ]
    told: dict[tuple[int, int], str] = {}
    for start, end, ladder, level in found:
        inside = any(
            (other_start, other_end) != (start, end) and other_start <= start and end <= other_end
            for other_start, other_end, _, _ in found
        )
        if not inside:
            told.setdefault((ladder, level), " ".join(tokens[start:end]))
    return told


@cache
def _allegation_phrase_firsts() -> frozenset[str]:
    """The first words of the allegation phrases (``allegation_phrase_levels``): most sentences
    write none, and are looked at no further."""
    return frozenset(phrase[0] for phrase, _, _ in lexicon().allegation_phrase_levels)


def _phrase_end(tokens: Sequence[str], start: int, phrase: Sequence[str]) -> int | None:
    """Where ``phrase``, whose first word is ``tokens[start]``, ends in ``tokens`` (a "*" of it
    standing for up to ``PHRASE_GAP_WORDS`` words); None where it is not written there."""
    at, gap = start + 1, 0
    for word in phrase[1:]:
        if word == "*":
            gap = PHRASE_GAP_WORDS
            continue
        reach = tokens[at : at + gap + 1]
        if word not in reach:
            return None
        at += reach.index(word) + 1
        gap = 0
    return at


def _charge_grounds_stated(charging: _Features, stating: _Features) -> tuple[str, str] | None:
    """The charge ``charging`` hedges, from its hedge to its crime (``charge_hedges``,
    ``charged_crimes``), and the words of ``stating`` that tell that charge's ground, the words
    between the two that grade no charge (``charge_grades``: "gross" is one, "negligence" none),
    outside a charge, with the word after them: the ground told as a deed, where ``stating``
    keeps the charge's crime; None where it tells none so.

    >>> _charge_grounds_stated(
    ...     _features("The director was charged with gross negligence manslaughter."),
    ...     _features("The director whose gross negligence killed a worker was charged with "
    ...               "manslaughter."))
    ('charged with gross negligence manslaughter', 'gross negligence killed')
    >>> _charge_grounds_stated(
    ...     _features("The director was charged with gross negligence manslaughter."),
    ...     _features("The director faces a gross negligence manslaughter charge."))
    """
    terms = lexicon()
    crimes, grades = terms.charged_crimes, terms.charge_grades
    tokens = charging.tokens
    hedges = _charge_hedges_longest_first()
    # Most sentences hedge no charge.
    if {hedge[0] for hedge in hedges}.isdisjoint(charging.words):
        return None
    for start, token in enumerate(tokens):
        # The longest hedge written here: "charged in connection with the robbery" grounds
        # no charge in "connection", as "charged in" alone would.
        hedge = next(
            (
                said
                for said in hedges
                if said[0] == token and tokens[start : start + len(said)] == said
            ),
            None,
        )
        if hedge is None:
            continue
        after = start + len(hedge)
        crime = next(
            (
                at
                for at in range(after, after + CHARGE_WORDS + 2)
                if at < len(tokens) and tokens[at] in crimes
            ),
            None,
        )
        if crime is None:
            continue
        grounds = [
            word
            for word in tokens[after:crime]
            if word not in grades and word not in terms.function_words
        ]
        # Where the charge itself is dropped, its hedge dropped says so.
        if not grounds or tokens[crime] not in stating.words:
            continue
        told = _told_outside_a_charge(grounds, stating.tokens)
        if told:
            return " ".join(tokens[start : crime + 1]), told
    return None


@cache
def _charge_hedges_longest_first() -> tuple[tuple[str, ...], ...]:
    """The charges' hedges (``charge_hedges``) as their words, the longest first, so that the
    first one written at a place is the longest written there ("charged in connection with"
    before "charged in"), whatever order the set yields them in."""
    return tuple(
        sorted(
            (tuple(hedge.split()) for hedge in lexicon().charge_hedges), key=lambda h: (-len(h), h)
        )
    )


def _told_outside_a_charge(grounds: Sequence[str], tokens: Sequence[str]) -> str | None:
    """``grounds``, a charge's words, where ``tokens`` write them in a row that no crime
    (``charged_crimes``) follows, with the grades before them and the word after, as written:
    "gross negligence killed"; None where they write them only as a charge's."""
    terms = lexicon()
    size = len(grounds)
    wanted = list(grounds)
    grades = terms.charge_grades - ARTICLES
    for at in range(len(tokens) - size):
        if list(tokens[at : at + size]) != wanted or tokens[at + size] in terms.charged_crimes:
            continue
        first = at
        while first and tokens[first - 1] in grades:
            first -= 1
        return " ".join(tokens[first : at + size + 1])
    return None


def _hedges_told_in(allegations: Sequence[tuple[str, str]], side: int) -> set[str]:
    """The charges' hedges (``charge_hedges``: "charged with") whose verb the words on
    ``side`` of ``allegations`` (pairs of the firmer and the softer words, as
    :func:`_allegations_softened` gives them) write.

    >>> sorted(_hedges_told_in([("has been convicted", "is accused")], 1))
    ['accused of']
    """
    told = {word for pair in allegations for word in pair[side].split()}
    return {hedge for hedge in lexicon().charge_hedges if hedge.split()[0] in told}


def _verdict_told(tokens: Sequence[str], start: int, end: int, theirs: _Features) -> bool:
    """Whether ``tokens[start:end]``, a run of our words the other version writes otherwise,
    tells a verdict of guilt (``guilt_words``: "found guilty", "convicted") that the other
    version does not write, none after a negation ("pleaded not guilty" tells none).

    >>> tokens = tuple("she was found guilty of fraud".split())
    >>> _verdict_told(tokens, 2, 5, _features("She was charged with fraud."))
    True
    >>> _verdict_told(tuple("he pleaded not guilty".split()), 1, 4, _features("He denies it."))
    False
    """
    terms = lexicon()
    return any(
        word in terms.guilt_words
        and word not in theirs.words
        and (at == 0 or tokens[at - 1] not in terms.negations)
        for at, word in enumerate(tokens[start:end], start)
    )


def _told_in_another_voice(act: str, their_act: str, ours: _Features, theirs: _Features) -> bool:
    """Whether ours tells ``act`` in the active voice, its doer named, where theirs tells
    ``their_act`` in the passive, or the other way round (see :func:`_voices`): "Police arrested
    two men" against "Two men were questioned"; not "The man charged with the stabbing" against
    "The man ... was arrested", no one's act.

    >>> _told_in_another_voice("arrested", "questioned", _features("Police arrested two men."),
    ...                        _features("Two men were questioned."))
    True
    """
    our_voices, their_voices = _voices_of(ours.plain), _voices_of(theirs.plain)
    acting, their_acting = (
        {participle for participle, _, _ in voices.actors} for voices in (our_voices, their_voices)
    )
    return (act in acting and their_act in their_voices.passives) or (
        act in our_voices.passives and their_act in their_acting
    )


def _suspected_offence(plain: str) -> str | None:
    """The offence "on suspicion of" names in a sentence, up to its clause's end and at most
    ``CHARGE_WORDS`` words and four more, as written.

    >>> _suspected_offence("He was held on suspicion of gross negligence manslaughter, police said.")
    'gross negligence manslaughter'
    """
    phrase = r"\s+".join(lexicon().suspicion_phrase)
    found = re.search(rf"\b{phrase}\s+([^.,;:!?()\"]+)", plain, re.IGNORECASE)
    if not found:
        return None
    return " ".join(found[1].split()[: CHARGE_WORDS + 4]) or None


def _stated_in_place(
    ours: _Features, theirs: _Features, doubted: AbstractSet[str]
) -> list[tuple[str, str]]:
    """Our hedges of a claim, a modal of possibility before its verb ("may reduce") or a link
    ("is associated with"), in whose place the other version states the claim by another verb
    ("cuts", "prevents"), each with that verb: a run of words in place of ours after words both
    write alike, theirs opening with a verb in the present or the past ("could" only against
    the present: in the past it tells what one was able to do) that no "to" follows ("plans
    to" still plans), nor "be" (a noun: "costs were"), and that is none of our run's verbs
    ("might raise taxes" against "raises questions", another claim). None where the other version hedges at all: a modal of possibility, a
    doubting adverb, a forecast or a hedge ours lacks (the hedge moved elsewhere); nor a modal
    already ``doubted`` ("may reduce" against "reduces"), nor a link against a cause
    (:func:`_certainty_raised` names both).

    >>> _stated_in_place(_features("The drug may reduce the risk."),
    ...                  _features("The drug cuts the risk."), frozenset())
    [('may', 'cuts')]
    >>> _stated_in_place(_features("The drug may reduce the risk."),
    ...                  _features("The drug might cut the risk."), frozenset())
    []
    """
    terms = lexicon()
    modals = terms.possibility_modals.intersection(ours.modals) - doubted
    if not modals and not terms.associations.uses(ours.tokens):
        return []
    if (
        not terms.possibility_modals.isdisjoint(theirs.modals)
        or not terms.doubting_adverbs.isdisjoint(theirs.words)
        or theirs.forecasts
        or theirs.hedges - ours.hedges
        or terms.associations.uses(theirs.tokens)
    ):
        return []
    tokens, their_tokens = ours.tokens, theirs.tokens
    stated = []
    matcher = SequenceMatcher(None, tokens, their_tokens, autojunk=False)
    for kind, start, end, their_start, _ in matcher.get_opcodes():
        if kind != "replace" or not start or not their_start:
            continue
        hedge = _hedge_opening(tokens[start:end], modals)
        verb = their_tokens[their_start]
        after = their_tokens[their_start + 1] if their_start + 1 < len(their_tokens) else ""
        # "Might raise taxes" against "raises questions" tells another claim by our verb (which
        # _doubted weighs), and "could cost" against "costs were" a noun.
        if (
            hedge
            and after != "to"
            and after not in terms.passive_marks
            and not any(same_word(verb, word) for word in tokens[start:end])
            and _states_an_act(verb, theirs, present=hedge == "could")
        ):
            stated.append((hedge, verb))
    return stated


def _hedge_opening(run: Sequence[str], modals: AbstractSet[str]) -> str | None:
    """The hedge a run of words opens with: one of ``modals`` before a verb and no negation
    ("may reduce", not "may not reduce"), or a link after "be" ("is associated with"; not "a
    part of the brain associated with", which tells what the part is).

    >>> _hedge_opening(("is", "associated", "with", "a", "lower"), frozenset())
    'is associated with'
    """
    terms = lexicon()
    if run[0] in modals:
        return None if any(map(terms.is_negation, run)) else run[0]
    if run[0] not in terms.be_as_fact or len(run) < 2:
        return None
    for phrase in terms.associations.by_first.get(run[1], ()):
        if tuple(run[1 : 1 + len(phrase)]) == phrase:
            return " ".join(run[: 1 + len(phrase)])
    return None


def _states_an_act(word: str, theirs: _Features, *, present: bool) -> bool:
    """Whether ``word`` may be a verb that states an act in the present ("cuts") or, unless
    ``present``, the past ("prevented", "cut"): no function word, modal, "be", negation, verb of
    saying or word of a finding ("shows", "causes", noted as a finding proved)."""
    terms = lexicon()
    if (
        word in terms.function_words
        or word in terms.be_as_fact
        or word in terms.certainty_modals
        or word in terms.other_modals
        or terms.is_negation(word)
        or word in theirs.verbs
        or any(word in step.by_first for pair in terms.certainty_steps for step in pair)
    ):
        return False
    if word.endswith("s"):
        return not word.endswith(("ss", "us", "is"))
    return not present and (word.endswith("ed") or word in terms.irregular_pasts)


class _Voices(NamedTuple):
    """Who a sentence says did which past act, and the past acts it tells in the passive with
    no "by" (see :func:`_voices`)."""

    # Each act a name does: its participle, the words that name who did it, and as written.
    actors: tuple[tuple[str, frozenset[str], str], ...]
    # Each participle told in the passive with no "by" -> as written ("protesters were arrested").
    passives: Mapping[str, str]
    # The words of the sentence in lower case and the keys of its names ("israel").
    named: frozenset[str]


def _removed_agents(
    ours: _Features, theirs: _Features, our_text: str, their_text: str
) -> list[tuple[str, str]]:
    """Who acted as ours writes it, each with the passive theirs tells that act in without
    saying who: "Police arrested 11 protesters" against "11 protesters were arrested". None
    where theirs names the actor anywhere but in whom it cites ("were killed by Israeli troops",
    "were killed in an Israeli strike"; not "..., police said"), nor where ours tells that act in
    the passive too.

    >>> _removed_agents(*map(_features, texts := ("Troops killed five.", "Five were killed.")), *texts)
    [('Troops killed', 'Five were killed')]
    >>> texts = ("Police arrested five, police said.", "Five were arrested, police said.")
    >>> _removed_agents(*map(_features, texts), *texts)
    [('Police arrested', 'Five were arrested')]
    """
    # Most sentences tell no past act in the passive: a set operation in C tells.
    if lexicon().past_passive_marks.isdisjoint(theirs.words):
        return []
    their_voices = _voices_of(their_text)
    if not their_voices.passives:
        return []
    our_voices = _voices_of(our_text)
    found = [
        (written, their_voices.passives[told], actor)
        for participle, actor, written in our_voices.actors
        if (told := _told_in_the_passive(participle, their_voices.passives))
        and participle not in our_voices.passives
    ]
    named = their_voices.named
    # Whom theirs cites ("..., police said") tells who reports the act, not who did it.
    if any(not actor.isdisjoint(named) for *_, actor in found):
        named = _voices_of(_outside_attributions(theirs)).named
    return [(written, passive) for written, passive, actor in found if actor.isdisjoint(named)]


def _outside_attributions(features: _Features) -> str:
    """A sentence as written without its attributions' clauses (see
    :func:`_attributions_written`): what it tells of its own.

    >>> _outside_attributions(_features("Eleven were arrested on Saturday, police said."))
    'Eleven were arrested on Saturday, .'
    """
    told = features.plain
    for attribution in _attributions_written(features):
        told = told.replace(attribution, "")
    return told


def headline_agents_left_out(a_title: str, b_title: str) -> tuple[FramingNote, ...]:
    """Who acted as one headline writes it, left out of the other's headline grammar, read from
    ``a_title`` to ``b_title`` (``agent_removed``, or ``agent_added`` the other way round): a
    headline drops the auxiliary, so its passive is a participle after its subject ("11
    protesters arrested", "Man shot dead"), and it tells an act in the present ("Police arrest
    11 protesters", "officer shoots, kills man"); and a death told as an outcome alone, no one
    doing the harm the other tells ("Man dies after police encounter", "Officer-involved
    shooting leaves one dead" against "officer shoots, kills man"). None where the other names
    the actor as doing the act, in the passive with "by" or in the active.

    >>> [(n.kind.value, n.a, n.b) for n in headline_agents_left_out(
    ...     "Police arrest 11 protesters in Ostrel", "11 protesters arrested in Ostrel")]
    [('agent_removed', 'Police arrest', '11 protesters arrested')]
    """
    notes = []
    if removed := _headline_agents_removed(a_title, b_title):
        actors, dropped = map(_join_in_order, zip(*removed, strict=True))
        notes.append(FramingNote(FramingKind.AGENT_REMOVED, actors, dropped))
    if added := _headline_agents_removed(b_title, a_title):
        actors, dropped = map(_join_in_order, zip(*added, strict=True))
        notes.append(FramingNote(FramingKind.AGENT_ADDED, dropped, actors))
    return tuple(notes)


def _headline_agents_removed(ours: str, theirs: str) -> list[tuple[str, str]]:
    """Our headline's actors, each with the words of theirs that tell the act without them: a
    passive of its act with no "by" (the auxiliary there or not), or, of a killing, the death
    alone (see :func:`headline_agents_left_out`)."""
    our_tokens, their_tokens = _headline_tokens(ours), _headline_tokens(theirs)
    our_passives = _passives_in_a_headline(our_tokens)
    their_passives = _passives_in_a_headline(their_tokens)
    their_named = _voices_of(theirs).named
    terms = lexicon()
    their_words = {token.casefold() for token in their_tokens}
    found = []
    for participle, actor, written in _headline_actors(our_tokens):
        if participle in our_passives or not actor.isdisjoint(their_named):
            told = None
        else:
            told = _told_in_the_passive(participle, their_passives)
        if told:
            found.append((written, their_passives[told]))
        elif (
            participle in terms.headline_harms
            and not terms.headline_deaths.isdisjoint(t.casefold() for t in our_tokens)
            and their_words.isdisjoint(terms.headline_harm_words)
            and (outcome := next((t for t in their_tokens if t in terms.headline_outcomes), None))
        ):
            found.append((written, outcome))
    return found


def _headline_tokens(title: str) -> list[str]:
    return _role_token().findall(_features(title).plain)


def _headline_actors(tokens: Sequence[str]) -> list[tuple[str, frozenset[str], str]]:
    """Who does which act in a headline's words, in the past or the present ("Police arrest",
    "officer shoots"): each act's participle, the words that name who did it, and as written
    (as :func:`_voices` reads a sentence's actors)."""
    terms = lexicon()
    found = []
    names = _names(tokens)
    inside = {at for end, _, _ in names.values() for at in [end] if at in names}
    for start, (end, key, _) in names.items():
        # A name read as two that meet ("Harlow police" and "officer"), one subject.
        while end in names:
            end = names[end][0]
        if (
            start in inside
            or not _opens_clause(tokens, start, frozenset())
            or (at := _verb_after(tokens, end)) is None
        ):
            continue
        verb = tokens[at].casefold()
        if verb in terms.symmetric_verbs or verb in terms.auxiliaries:
            continue
        participle = _headline_participle(verb)
        actor = {key} | {
            word.casefold()
            for word in tokens[start:end]
            if word.casefold() not in _not_names() and word not in INSIDE_A_NAME
        }
        # "Tarrow police officer" acts as police: a headline that names Tarrow names no doer.
        doers = actor & role_holders() or actor
        found.append((participle, frozenset(doers), " ".join(tokens[start : at + 1])))
    return found


def _headline_participle(verb: str) -> str:
    """The participle of a verb a headline writes in the past or the present: "arrest",
    "arrests" and "arrested" as "arrested", "shoots" as "shot" (``[headline_agents] presents``).

    >>> [_headline_participle(v) for v in ("arrest", "kills", "shoots", "fires", "threw")]
    ['arrested', 'killed', 'shot', 'fired', 'thrown']
    """
    terms = lexicon()
    if verb in terms.headline_presents:
        return terms.headline_presents[verb]
    if verb.endswith("ed") or verb in terms.irregular_pasts:
        return terms.irregular_participles.get(verb, verb)
    base = verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb
    return base + ("d" if base.endswith("e") else "ed")


def _passives_in_a_headline(tokens: Sequence[str]) -> dict[str, str]:
    """The acts a headline tells in the passive with no "by" in their clause, by participle,
    each as written from its clause's opening: "11 protesters were arrested" and, the auxiliary
    dropped, "11 protesters arrested" and "Man shot" of "Man shot dead"; a participle so read
    only after a word of its subject and before its clause's end, a function word, a
    preposition or a word of its result (``[headline_agents] results``: "dead", "outside"),
    where an active verb has its object."""
    terms = lexicon()
    passives = dict(_voices(tokens, frozenset()).passives)
    participles = {*terms.irregular_participles.values(), *terms.irregular_pasts}
    for at, word in enumerate(tokens):
        if not (at > 0 and word.isalpha() and word.islower()):
            continue
        if not (word.endswith("ed") or word in participles):
            continue
        before, after = tokens[at - 1], tokens[at + 1] if at + 1 < len(tokens) else ""
        if not before.isalnum() or before.casefold() in terms.function_words:
            continue
        # An object opens with a determiner or a count: "Two men arrested the suspect".
        if _is_a_number_word(after) or after.casefold() in OBJECT_OPENERS:
            continue
        if (
            after.isalnum()
            and len(after) > 2
            and not (
                after.casefold() in terms.function_words
                or after.casefold() in terms.prepositions
                or after.casefold() in terms.headline_results
            )
        ):
            continue
        clause = list(takewhile(lambda token: token not in CLAUSE_ENDS, tokens[at + 1 :]))
        if _by_a_doer(clause):
            continue
        opening = at
        while opening > 0 and tokens[opening - 1] not in CLAUSE_ENDS:
            opening -= 1
        passives.setdefault(
            terms.irregular_participles.get(word, word), " ".join(tokens[opening : at + 1])
        )
    return passives


def _told_in_the_passive(participle: str, passives: Mapping[str, str]) -> str | None:
    """The participle of ``passives`` that tells our act: the same, or a word of the same
    allegation ladder ("arrested" told as "were questioned", the allegation softened and who made
    it dropped both); ``None`` where none does.

    >>> _told_in_the_passive("arrested", {"questioned": "men were questioned"})
    'questioned'
    """
    if participle in passives:
        return participle
    levels = lexicon().allegation_levels
    if participle not in levels:
        return None
    ladder, _ = levels[participle]
    return next((told for told in passives if told in levels and levels[told][0] == ladder), None)


@lru_cache(maxsize=1 << 14)
def _voices_of(text: str) -> _Voices:
    """The voices of a sentence's acts (see :func:`_voices`), cached as framing asks of each
    version both ways."""
    features = _features(text)
    return _voices(_role_token().findall(features.plain), features.verbs)


def _voices(tokens: Sequence[str], verbs: AbstractSet[str]) -> _Voices:
    """Who does which past act in a sentence's words: a name or a noun of who acts opening its
    clause (see :func:`_names`), and the verb after it in the past ("Israeli troops killed",
    "police have arrested"), as its participle ("threw" as "thrown"); not a pronoun, no name;
    and the past acts told in the passive ("were arrested", "was later fired") with no "by" in
    their clause.

    >>> _voices("Police arrested 11 protesters .".split(), frozenset()).actors
    (('arrested', frozenset({'police'}), 'Police arrested'),)
    >>> dict(_voices("Stones were thrown , and two were held by police .".split(), frozenset()).passives)
    {'thrown': 'Stones were thrown'}
    """
    terms = lexicon()
    names = _names(tokens)
    actors: list[tuple[str, frozenset[str], str]] = []
    for start, (end, key, _) in names.items():
        if not _opens_clause(tokens, start, verbs) or (at := _verb_after(tokens, end)) is None:
            continue
        verb = tokens[at].casefold()
        if (verb.endswith("ed") or verb in terms.irregular_pasts) and _acts(verb):
            actor = {key} | {
                word.casefold()
                for word in tokens[start:end]
                if word.casefold() not in _not_names() and word not in INSIDE_A_NAME
            }
            written = " ".join(tokens[start : at + 1])
            actors.append((terms.irregular_participles.get(verb, verb), frozenset(actor), written))
    passives: dict[str, str] = {}
    for mark, word in enumerate(tokens):
        if word.casefold() not in terms.past_passive_marks:
            continue
        at = mark + 1
        while at < len(tokens) and (
            tokens[at] in terms.adverbs_before_verbs or tokens[at].endswith("ly")
        ):
            at += 1
        if at == len(tokens) or not tokens[at].isalpha() or not tokens[at].islower():
            continue
        clause = takewhile(lambda token: token not in CLAUSE_ENDS, tokens[at + 1 :])
        if not _by_a_doer(list(clause)):
            opening = mark - (mark > 0 and tokens[mark - 1].isalnum())
            passives.setdefault(tokens[at], " ".join(tokens[opening : at + 1]))
    named = {token.casefold() for token in tokens} | {key for _, key, _ in names.values()}
    return _Voices(tuple(actors), MappingProxyType(passives), frozenset(named))


def _by_a_doer(clause: Sequence[str]) -> bool:
    """Whether the words after a passive's verb say who did it with "by": not where "by" tells
    an amount, "were raised by 18 percent", "was cut by half", "by about $2 billion", but where
    it counts who did it, "were arrested by 40 officers", "by a dozen armed police".

    >>> _by_a_doer("by police in May".split()), _by_a_doer("by half a point on Thursday".split())
    (True, False)
    >>> _by_a_doer("by 40 officers".split()), _by_a_doer("by 40 points".split())
    (True, False)
    """
    for at, word in enumerate(clause):
        if word == "by":
            after = list(dropwhile(_opens_an_amount, clause[at + 1 :]))
            if not (after and _is_a_number_word(after[0])) or _counts_doers(after):
                return True
    return False


def _is_a_number_word(word: str) -> bool:
    """Whether a word is a number's, in digits or in words ("40", "forty", "dozen", "million")."""
    return word[:1].isdigit() or word.casefold() in number_vocabulary()


def _counts_doers(words: Sequence[str]) -> bool:
    """Whether words that open with a number count people who may do a deed (a noun of who acts,
    speaks or looks on, or ``counted_doers``), perhaps after "of" or a word that says which:
    "40 officers", "1,200 officers", "dozens of protesters", "12 armed police"; not "40 points",
    "40%" nor "40 percent as police"."""
    counted = list(dropwhile(lambda w: _is_a_number_word(w) or w in NUMBER_JOINS, words))
    if counted[:1] == ["of"]:
        counted = [w for w in counted[1:] if w.casefold() not in ARTICLES]
    doers = _counted_doers()
    return bool(counted) and (
        counted[0].casefold() in doers
        or (len(counted) > 1 and _may_say_which(counted[0]) and counted[1].casefold() in doers)
    )


def _may_say_which(word: str) -> bool:
    """Whether a word between a count and what it counts may say which of them it counts:
    "armed" of "12 armed police", not a unit or a share ("40 points", "40 percent")."""
    terms = lexicon()
    return (
        word.isalpha()
        and word.islower()
        and word not in terms.units
        and word not in terms.per_hundred | terms.share_words
    )


@cache
def _counted_doers() -> frozenset[str]:
    """The nouns a count after "by" names the doers by: of who acts, speaks or looks on, and
    ``counted_doers``."""
    terms = lexicon()
    return role_holders() | terms.bystander_nouns | terms.counted_doers


@cache
def _amount_openers() -> frozenset[str]:
    """The words that may open an amount before its number: an article and the words of how
    exact a number is said to be ("a third", "about 30", "more than half")."""
    return ARTICLES | {word for phrase in lexicon().number_qualifiers for word in phrase.split()}


def _opens_an_amount(word: str) -> bool:
    """Whether a word may stand before an amount's number: one of :func:`_amount_openers` or a
    sign ("$", "£")."""
    return word in _amount_openers() or not word.isalnum()


def _in_an_unlisted_language(sentence: str) -> bool:
    """Whether a sentence reads as one of the languages whose framing words are not listed
    though French and Spanish share some (Italian, Catalan: see :func:`segment.words_language`),
    a name of theirs in another language's sentence aside ("Rio Grande do Sul").

    >>> _in_an_unlisted_language("Il presunto autore dell'incendio è stato arrestato.")
    True
    >>> _in_an_unlisted_language("El presunto autor del incendio fue detenido en Rio Grande do Sul.")
    False
    """
    return words_language(sentence) in UNLISTED_LANGUAGES


def _swapped_roles(
    ours: Mapping[tuple[str, str, str], str], theirs: Mapping[tuple[str, str, str], str]
) -> set[tuple[str, str]]:
    """The roles two names hold the other way round in the other version, as each writes them:
    who speaks and who acts in what is said, or who does what to whom with one verb. Two names
    that one version has both ways round ("Israel said Hamas fired first, but Hamas said Israel
    did") tell both sides there, and swap nothing when the other version puts them in turn."""
    ours_one_way, theirs_one_way = _one_way(ours), _one_way(theirs)
    return {
        (written, theirs[relation, second, first])
        for (relation, first, second), written in ours.items()
        if (first, second) in ours_one_way
        and (second, first) in theirs_one_way
        and (relation, second, first) in theirs
    }


def _results_reversed(a_text: str, b_text: str) -> list[tuple[str, str]]:
    """The results between two names that the other version tells otherwise, each as both
    write it, in our order: a win told as a loss or a draw ("Leeds beat Hull" against "Leeds
    lost to Hull", "Leeds drew with Hull"); not one result told from either side ("Hull were
    beaten by Leeds", "Hull lost to Leeds").

    >>> _results_reversed("Leeds beat Hull 3-2.", "Leeds were beaten 3-2 by Hull.")
    [('Leeds beat Hull', 'Leeds were beaten 3-2 by Hull')]
    >>> _results_reversed("Leeds beat Hull 3-2.", "Hull were beaten 3-2 by Leeds.")
    []
    """
    ours, theirs = _results_of(a_text), _results_of(b_text)
    return [
        (written, theirs[teams][1])
        for teams, (winner, written) in ours.items()
        if teams in theirs and theirs[teams][0] != winner
    ]


# Asked only of the versions framing compares, as _roles_of is.
@lru_cache(maxsize=1 << 14)
def _results_of(text: str) -> Mapping[frozenset[str], tuple[str, str]]:
    """The results a sentence tells between two names (``winning_results``, ``losing_results``,
    ``drawn_results``), keyed by both names' keys, each with the winner's key ("" for a draw)
    and as written from the first name to the second: "Leeds were beaten by Hull" gives Hull.
    A result told of one name alone ("Leeds won 3-2") is read as a word of an outcome."""
    features = _features(text)
    phrases = _result_phrases()
    if phrases.keys().isdisjoint(features.words):
        return MappingProxyType({})
    tokens = _role_token().findall(features.plain)
    names = _names(tokens)
    results: dict[frozenset[str], tuple[str, str]] = {}
    for start, (end, key, _) in names.items():
        if (found := _result_after(tokens, end)) is None:
            continue
        told, at = found
        if at < len(tokens) and tokens[at].casefold() == "the":
            at += 1
        if (other := names.get(at)) is None or other[1] == key:
            continue
        winner = {"won": key, "lost": other[1]}.get(told, "")
        results[frozenset((key, other[1]))] = (winner, " ".join(tokens[start : other[0]]))
    return MappingProxyType(results)


def _result_after(tokens: Sequence[str], end: int) -> tuple[str, int] | None:
    """What a phrase of a result after a name ending at ``end`` tells of it ("won", "lost" or
    "drew"), past an adverb ("narrowly beat"), with where the words after it and its score
    start; none where no such phrase follows.

    >>> _result_after("Leeds were beaten 3-2 by Hull".split(), 1)
    ('lost', 5)
    """
    at = end
    while at < len(tokens) and tokens[at].islower() and tokens[at].endswith("ly"):
        at += 1
    if at == len(tokens):
        return None
    for phrase, told in _result_phrases().get(tokens[at].casefold(), ()):
        after = at
        for word in phrase:
            while after < len(tokens) and SCORE_PART.fullmatch(tokens[after]):
                after += 1
            if after == len(tokens) or tokens[after].casefold() != word:
                break
            after += 1
        else:
            while after < len(tokens) and SCORE_PART.fullmatch(tokens[after]):
                after += 1
            return told, after
    return None


@cache
def _result_phrases() -> Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The phrases of a result by their first word, the longest first ("were held to a draw by"
    before "were held by"), each with what it tells of the name before it."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, told in sorted(lexicon().results_told.items(), key=lambda item: -len(item[0])):
        by_first.setdefault(phrase[0], []).append((phrase, told))
    return {first: tuple(found) for first, found in by_first.items()}


def _told_by_another(ours: _Features, theirs: _Features) -> bool:
    """Whether the other version gives its words to another speaker, whatever they say ("Neighbor
    Tom Becker said ..." against "..., Bell said"; with the same statement,
    :func:`_same_statement`, a speaker changed): no word of either speaker written in the other
    sentence, even spelt otherwise ("Hubach" against "TI General Counsel Joseph Hubach",
    "Schooff" against "Blair Schoof"), and either both speakers named by name ("Mayor Jane Cole"
    against "opposition leader Tom Reid", "Dunmore" against "finance chief Alan Reyes") or both
    by nouns of who speaks ("police" against "witnesses"). A name against a noun may be one
    speaker ("Defence Minister Jan Novak" against "the minister"), and so may two names of a
    body or a place (see :func:`_names_a_body`: "No 10" against "Downing Street"), a first name
    after its title against a surname ("Sir John" against "Mr. Stevens") or vague officialdom
    against anyone (``vague_source_nouns``: "officials" against "police"); a pronoun may be
    anyone.

    >>> _told_by_another(_features("Tom Becker said he was worried."),
    ...     _features('"People have been warning," Bell said.'))
    True
    >>> _told_by_another(_features("Fire was set, police said."), _features("Fire was set, witnesses said."))
    True
    >>> _told_by_another(_features("Mayor Jane Cole said it."), _features("Cole said it."))
    False
    """
    if not _other_speakers(ours, theirs):
        return False
    terms = lexicon()
    our_words, their_words = _speaker_words(ours), _speaker_words(theirs)
    our_names, their_names = _speaker_names(ours), _speaker_names(theirs)
    if _body_against_onlookers(ours, theirs) or _body_against_onlookers(theirs, ours):
        return True
    if our_names or their_names:
        if (
            not (our_names and their_names)
            or _names_a_body(ours)
            or _names_a_body(theirs)
            or not (ours.speakers | theirs.speakers).isdisjoint(terms.first_name_titles)
        ):
            return False
    else:
        who_speaks = (role_holders() | terms.bystander_nouns) - terms.vague_source_nouns
        if our_words.isdisjoint(who_speaks) or their_words.isdisjoint(who_speaks):
            return False
    return True


def _speaker_changed_beside_a_body(
    ours: _Features, theirs: _Features
) -> tuple[_Features, _Features] | None:
    """Where one version cites one speaker and the other that speaker's statement told by
    another (:func:`_told_by_another`, :func:`_same_statement`) beside a body its other
    citations name (:func:`_names_a_body`: an outlet credited for the report), the two as they
    cite those two speakers: 'As Continental News Agency reported, "...," said Elena Kowalski'
    against '"...," claimed Ines Reyes' changed Ines Reyes for Elena Kowalski, where all of a
    version's speakers read together are a body against a name, which may be one speaker.

    >>> ours = _features('"We saw flames from the roof," claimed Ines Reyes.')
    >>> theirs = _features('As Continental News Agency reported, "We saw flames from the roof," '
    ...     'said Elena Kowalski.')
    >>> [_speaker_written(f) for f in _speaker_changed_beside_a_body(ours, theirs)]
    ['Ines Reyes', 'Elena Kowalski']
    """
    if len(ours.cited) == 1 and len(theirs.cited) > 1:
        alone = [theirs._replace(speakers=cited) for cited in theirs.cited]
        told = [one for one in alone if _told_by_another(ours, one)]
        if (
            len(told) == 1
            and all(_names_a_body(one) for one in alone if one is not told[0])
            and _same_statement(ours, theirs)
        ):
            return ours, told[0]
        return None
    if len(theirs.cited) == 1 and len(ours.cited) > 1:
        changed = _speaker_changed_beside_a_body(theirs, ours)
        return changed[::-1] if changed else None
    return None


def _body_against_onlookers(named: _Features, described: _Features) -> bool:
    """Whether one version's speaker is a body by its name and the other's only people who saw,
    own or lost something (``bystander_nouns``), whom no body's name stands for: "según la
    Fiscalía" against "según testigos", "according to the Interior Ministry" against "according
    to witnesses".

    >>> _body_against_onlookers(_features("Two died, according to the Interior Ministry."),
    ...     _features("Two died, according to witnesses."))
    True
    """
    onlookers = _speaker_words(described)
    return (
        bool(onlookers)
        and onlookers <= lexicon().bystander_nouns
        and not _speaker_names(described)
        and bool(_speaker_names(named))
        and _names_a_body(named)
    )


def _other_speakers(ours: _Features, theirs: _Features) -> bool:
    """Whether two versions attribute their claims to speakers of whom neither writes a word,
    even spelt otherwise, in the other sentence: no pronoun, which may be anyone, nor a part of
    the other's name ("Cole" of "Mayor Jane Cole", "ministry" of "the Health Ministry")."""
    if not (ours.speakers and theirs.speakers) or ours.speakers == theirs.speakers:
        return False
    our_words, their_words = _speaker_words(ours), _speaker_words(theirs)
    # Named both, two speakers are told apart by their names: a title both hold ("Labour
    # Minister Irena Dovzhenko" against "Transport Minister Teodor Balan") does not make them one.
    if (our_names := _speaker_names(ours)) and (their_names := _speaker_names(theirs)):
        our_words, their_words = our_names, their_names
    # A name's parts joined by a hyphen are its words too: "Sadr" of "Moqtada al-Sadr".
    return (
        bool(our_words and their_words)
        and (ours.speakers | theirs.speakers).isdisjoint(lexicon().personal_pronouns)
        and not _written_in(_with_hyphened_parts(our_words), _with_hyphened_parts(theirs.words))
        and not _written_in(_with_hyphened_parts(their_words), _with_hyphened_parts(ours.words))
    )


def _with_hyphened_parts(words_of_a_name: AbstractSet[str]) -> AbstractSet[str]:
    """Words with the parts of each that a hyphen joins, of three letters or more: "sadr" of
    "al-sadr".

    >>> sorted(_with_hyphened_parts({"al-sadr", "moqtada"}))
    ['al-sadr', 'moqtada', 'sadr']
    """
    if not any("-" in word for word in words_of_a_name):
        return words_of_a_name
    parts = {part for word in words_of_a_name for part in word.split("-") if len(part) > 2}
    return words_of_a_name | parts


def _same_statement(ours: _Features, theirs: _Features) -> bool:
    """Whether two versions' words but their speakers' and verbs of saying are alike
    (``SAME_STATEMENT``): one statement, whoever it is told as. Where both quote, the statement
    is what they quote: a speaker's role told beside their name ("said Mick Darrow, general
    secretary of the Transport and Maritime Workers' Union") is none of it."""
    said_a: Sequence[str]
    said_b: Sequence[str]
    if ours.quotes and theirs.quotes:
        said_a, said_b = (words(" ".join(sorted(f.quotes))) for f in (ours, theirs))
    else:
        said_a, said_b = _said_by_anyone(ours), _said_by_anyone(theirs)
    return SequenceMatcher(None, said_a, said_b, autojunk=False).ratio() >= SAME_STATEMENT


def _source_changed(ours: _Features, theirs: _Features) -> bool:
    """Whether the other version attributes the same claim to another body, which
    :func:`_told_by_another` leaves, as a body goes by other names: both sources bodies (see
    :func:`_names_a_body`: "the Ministry of Emergency Situations" against "the Red Cross"), and
    not one by two names. A body's initials or a word cut short are its name ("the SEC", "the
    Securities and Exchange Commission"; "the Fed", "the Federal Reserve"), a place or an
    address may stand for who sits there ("No 10", "Downing Street"; "the White House"), and a
    noun for a name ("the company" for "Acme", "the agency" for "the WFP", "the police" for "the
    Met"): a noun is another source only when it says what kind of body speaks
    (``body_source_nouns``: "the ministry") and the name says it is of another kind
    (``organisation_suffixes``: "the World Meteorological Organization"; not "the Foreign
    Office", nor "the Red Cross", which says no kind).

    >>> _source_changed(_features("It rose 4 metres, the ministry said."),
    ...     _features("It rose 4 metres, the World Meteorological Organization said."))
    True
    >>> _source_changed(_features("A probe was opened, the SEC said."),
    ...     _features("A probe was opened, the Securities and Exchange Commission said."))
    False

    A body named by its name against sources that name none (see :func:`_credited_to_unnamed`:
    "the United Nations" against "Veskarian officials") is another source too.
    """
    # Both ways below ask for other speakers: most pairs have one speaker, or none, and are
    # told so before any speaker's words are read.
    if not (ours.speakers and theirs.speakers) or ours.speakers == theirs.speakers:
        return False
    if (
        _credited_to_unnamed(ours, theirs) or _credited_to_unnamed(theirs, ours)
    ) and _other_speakers(ours, theirs):
        return _same_statement(ours, theirs)
    if not (_names_a_body(ours) and _names_a_body(theirs) and _other_speakers(ours, theirs)):
        return False
    if _names_a_seat(ours) or _names_a_seat(theirs) or _cut_short(ours, theirs):
        return False
    our_names, their_names = _speaker_names(ours), _speaker_names(theirs)
    if our_names and their_names:
        another = not (_initials_of(ours, theirs) or _initials_of(theirs, ours))
    elif our_names or their_names:
        named, described = (ours, theirs) if our_names else (theirs, ours)
        terms = lexicon()
        kinds = terms.body_source_nouns
        named_kinds = {word.casefold() for word in terms.organisation_suffixes}
        another = (
            _speaker_words(described) <= kinds
            and not named_kinds.isdisjoint(named.speakers)
            and kinds.isdisjoint(named.speakers)
        )
    else:
        another = False
    return another and _same_statement(ours, theirs)


def _credited_to_unnamed(named: _Features, unnamed: _Features) -> bool:
    """Whether one version credits its claim to a body by its name ("the United Nations") and
    the other to sources that name no body (``unnamed_source_nouns``), of whatever side, place or
    rank ("Veskarian officials", "local authorities", "a source", "experts"); not to a seat, which
    stands for whoever sits there ("Downing Street" against "government sources"), nor to the
    body's own officials by its initials ("UN officials").

    >>> _credited_to_unnamed(_features("Two died, the United Nations said."),
    ...     _features("Two died, Veskarian officials said."))
    True
    >>> _credited_to_unnamed(_features("Two died, the ministry said."),
    ...     _features("Two died, officials said."))
    False

    A body told by its noun ("la Policía", "the ministry") counts against sources that are
    anonymous by their word (``anonymous_source_nouns``), of whatever kind ("fuentes
    policiales"): the body spoke on the record, they do not.

    >>> _credited_to_unnamed(_features("La Policía dijo que hubo 12 detenidos."),
    ...     _features("Según fuentes policiales, hubo 12 detenidos."))
    True
    """
    terms = lexicon()
    vague = _speaker_words(unnamed) - _speaker_names(unnamed)
    anonymous = not terms.anonymous_source_nouns.isdisjoint(
        vague
    ) and terms.anonymous_source_nouns.isdisjoint(_speaker_words(named))
    return (
        bool(vague)
        and (anonymous or (vague <= terms.unnamed_source_nouns and bool(_speaker_names(named))))
        and _names_a_body(named)
        and not _names_a_seat(named)
        and not _initials_of(unnamed, named)
    )


def _work_credited_to_another(ours: _Features, theirs: _Features) -> tuple[str, str] | None:
    """The bodies each version credits the claim to, where one gives whose work it is (see
    :func:`_owners`: "a study by the Brennock Institute", "the Brennock Institute study") and
    the other credits another body, by its work or as a cited source ("according to the
    Department of Health"), neither writing a word of the other's, nor its initials.

    >>> _work_credited_to_another(_features("A study by the Brennock Institute found costs rose."),
    ...     _features("A study by the Department of Health found costs rose."))
    ('Brennock Institute', 'Department of Health')
    >>> _work_credited_to_another(_features("A study by the Brennock Institute found costs rose."),
    ...     _features("A Brennock study found costs rose."))
    """
    works = lexicon().work_nouns
    if works.isdisjoint(ours.words) and works.isdisjoint(theirs.words):
        return None
    our_owners, their_owners = _owners(ours.plain), _owners(theirs.plain)
    if not (our_owners or their_owners):
        return None
    ours_credited = our_owners or cited_sources(ours.plain)
    theirs_credited = their_owners or cited_sources(theirs.plain)
    if not (ours_credited and theirs_credited):
        return None
    function_words = lexicon().function_words
    our_words, their_words = (
        {word.casefold() for name in names for word in find_words(name)} - function_words
        for names in (ours_credited, theirs_credited)
    )
    if (
        not (our_words and their_words)
        or _written_in(our_words, theirs.words)
        or _written_in(their_words, ours.words)
        or any(len(word) > 1 and word.isupper() for word in chain(ours_credited, theirs_credited))
    ):
        return None
    return _join_in_order(ours_credited), _join_in_order(theirs_credited)


def _owners(plain: str) -> list[str]:
    """The bodies whose work (``work_nouns``) a sentence gives, in its order: named after "by"
    a few words after the work or a participle of issuing ("a study by the Brennock Institute",
    "estimates published on Monday by the Department of Health", "was published by"), or
    straight before the work ("the Brennock Institute study", "Harvard's report"); not a name opening
    the sentence alone ("New study finds").

    >>> _owners("Costs rose, according to estimates published on Monday by the Department of Health.")
    ['Department of Health']
    >>> _owners("The Brennock Institute's study and a Harvard survey agree.")
    ['Brennock Institute', 'Harvard']
    >>> _owners("The trial, run by ZipRide, ended."), _owners("New study finds costs rose.")
    ([], [])
    """
    terms = lexicon()
    works = terms.work_nouns
    owners: dict[int, str] = {}
    for by in BY_A_NAME.finditer(plain):
        clause = re.split(CLAUSE_BREAK, plain[: by.start()])[-1]
        before = words(clause)[-OWNER_REACH:]
        if (named := _name().match(plain, by.end())) and not (
            works.isdisjoint(before) and terms.issuing_participles.isdisjoint(before)
        ):
            owners[named.start()] = named.group()
    for named in _name().finditer(plain):
        after = WORK_AFTER_A_NAME.match(plain, named.end())
        name = re.sub(r"^(?:The|A|An) |['\u2019]s$", "", named.group())
        # "Our figures" opening a quotation: a determiner is no body.
        if (
            after
            and after[1] in works
            and (named.start() or " " in name)
            and name.casefold() not in terms.determiners
        ):
            owners[named.start()] = name
    return [owners[at] for at in sorted(owners)]


def _cut_short(ours: _Features, theirs: _Features) -> bool:
    """Whether a word of one version's speakers is the start of a word of the other's, as a
    name cut short is ("Fed" of "Federal", which says which of a kind speaks as well)."""
    our_words, their_words = ours.speakers - NAME_JOINING, theirs.speakers - NAME_JOINING
    return any(
        longer.startswith(shorter)
        for one in our_words
        for other in their_words
        for shorter, longer in [sorted((one, other), key=len)]
    )


def _speaking(features: _Features) -> list[str]:
    """The words of a sentence's speakers as it writes them, in its order."""
    return [
        token
        for token in find_words(features.plain)
        if token.casefold().removesuffix("'s") in features.speakers
    ]


def _names_a_seat(features: _Features) -> bool:
    """Whether a sentence's speakers are named by a place or an address, which stands for whoever
    sits there ("Downing Street", "No 10", "the White House"): a place's word or a number."""
    places = lexicon().place_words
    return any(
        token.casefold() in places or any(map(str.isdigit, token)) for token in _speaking(features)
    )


def _initials_of(initialled: _Features, named: _Features) -> bool:
    """Whether a speaker of ``initialled`` written in capitals ("SEC", "USGS") has for its
    letters, in order, first letters of the capitalised words of sentence ``named`` ("the
    Securities and Exchange Commission said"; "the U.S. Geological Survey said"), whose speakers
    may leave out a part of the name ("U.S.")."""
    firsts = "".join(
        part[0]
        for token in find_words(named.plain)
        if token[:1].isupper()
        for part in token.split(".")
        if part
    )
    for token in _speaking(initialled):
        letters = token.replace(".", "")
        if len(letters) > 1 and letters.isupper():
            remaining = iter(firsts)
            if all(letter in remaining for letter in letters):
                return True
    return False


def _speaker_words(features: _Features) -> frozenset[str]:
    """The content words of a sentence's speakers, without the words that only say which of a
    kind speaks ("senior", "local") or when, nor the "of" of a body's name: "police" and
    "spokesman" of "a police spokesman"; "ministry" and "health" of "the Ministry of Health"."""
    terms = lexicon()
    return (
        features.speakers
        - terms.function_words
        - ARTICLES
        - NAME_JOINING
        - terms.source_qualifiers
        - terms.date_words
    )


def _written_in(speaker: AbstractSet[str], words: AbstractSet[str]) -> bool:
    """Whether a word of a speaker is among ``words``, with or without its accents or in their
    transliteration (:func:`~compare.segment.name_spellings`: "Kovač" and "Kovac", "Müller",
    "Mueller" and "Muller"), in another case of a Russian name (:func:`~compare.similarity.word_family`:
    "По словам Зеленского" cites "Зеленский"), or one spelt nearly alike (``NAME_SPELLING``):
    "Kinsley" and "Kinsely" name one writer.

    >>> _written_in({"зеленский"}, {"по", "словам", "зеленского"})
    True
    """
    spellings = {spelling for word in speaker for spelling in _name_forms(word)}
    if not spellings.isdisjoint(chain.from_iterable(map(_name_forms, words))):
        return True
    # rapidfuzz's ratio is SequenceMatcher's measure of two spellings in C: a changed speaker
    # meets every word of the other sentence, and difflib's took 10 ms a pair of sentences.
    return any(
        process.extractOne(ours, words, scorer=fuzz.ratio, score_cutoff=100 * NAME_SPELLING)
        for ours in speaker
    )


def _name_forms(word: str) -> frozenset[str]:
    """The spellings of a name's word (:func:`~compare.segment.name_spellings`) and of its
    Russian stem, which the name's cases share ("зеленск" of "Зеленский", "Зеленского")."""
    return name_spellings(word) | name_spellings(word_family(word))


def _speaker_names(features: _Features) -> frozenset[str]:
    """The words of a sentence's speakers that it capitalises as a name: not a title ("Mayor"),
    a noun of who speaks or acts ("Police" opening it), a function word or a day."""
    terms = lexicon()
    not_names = terms.person_titles | role_holders() | _not_names() | terms.date_words
    return frozenset(
        word
        for token in find_words(features.plain)
        if token[:1].isupper()
        and (word := token.casefold().removesuffix("'s")) in features.speakers
        and word not in not_names
    )


def _names_a_body(features: _Features) -> bool:
    """Whether a sentence's speakers are a body or a place, which go by other names ("the SEC"
    and "the Securities and Exchange Commission", "No 10" and "Downing Street"), not a person:
    told with "the" or another language's definite article ("the Connecticut Democrat" may be a
    named senator too; "la Fiscalía"), in capitals, with a number, or named by a place's or an
    organisation's word ("Street", "Department"); not a body's member named after its name, a
    person ("Council member Ray Villanueva")."""
    terms = lexicon()
    body_words = terms.place_words | {word.casefold() for word in terms.organisation_suffixes}
    titles = _members_titles(features.plain)
    speaking = [token for token in _speaking(features) if token.casefold() not in titles]
    tokens = features.tokens
    first = next(
        (
            at
            for at, token in enumerate(tokens)
            if token.removesuffix("'s") in features.speakers - titles
        ),
        0,
    )
    return (first > 0 and tokens[first - 1] in terms.definite_articles) or any(
        (len(token) > 1 and token.isupper())
        or any(map(str.isdigit, token))
        or token.casefold() in body_words
        for token in speaking
    )


# A sentence's speakers are weighed against each outlet's that carries it: its titles are found once.
@lru_cache(maxsize=1 << 14)
def _members_titles(text: str) -> frozenset[str]:
    """The words, in lower case, of the bodies' names a text writes as the titles of their members
    named after them (:func:`_member_named_after`), with the members' nouns: "city", "council"
    and "member" of "City Council member Ray Villanueva said"; and a body's noun in lower case
    before a member's noun, "council" and "leader" of "said council leader Gordon Ashby".

    >>> sorted(_members_titles("City Council member Ray Villanueva said."))
    ['city', 'council', 'member']
    >>> sorted(_members_titles('"It was hard," said council leader Gordon Ashby.'))
    ['council', 'leader']
    """
    member_after = _member_after()
    named_bodies = (
        (named.start(), member)
        for named in _name().finditer(text)
        if (member := member_after.match(text, named.end()))
    )
    bodies_in_lower_case = (
        (body.start(), member)
        for body in LOWER_CASE_BODY.finditer(text)
        if (member := member_after.match(text, body.end()))
    )
    return frozenset(
        word.casefold()
        for start, member in chain(named_bodies, bodies_in_lower_case)
        # Up to the member's noun, not the capital of the name after it.
        for word in find_words(text[start : member.end() - 1])
    )


def _said_by_anyone(features: _Features) -> list[str]:
    """A sentence's words but its speakers', its verbs and phrases of saying, the "that" opening
    what they report and its hedges: what it says was said, however firmly ("La Policía dijo
    que 12 personas fueron detenidas" and "Según fuentes policiales, 12 personas habrían sido
    detenidas" say one thing; the hedge is noted apart)."""
    framing = lexicon().reported_speech_openers.union(
        *(phrase.split() for phrase in features.attributing | features.hedges)
    )
    return [
        token
        for token in features.tokens
        if token.removesuffix("'s") not in features.speakers
        and token not in features.verbs
        and token not in framing
    ]


def _speaker_written(features: _Features) -> str:
    """A sentence's speakers as it prints them, in its order, each name whole and in one piece,
    without articles at its edge: "police spokesman" of "a police spokesman said", "deputy
    council leader Priya Castellan" of '"...this council...," said deputy council leader Priya
    Castellan.', not the council the quotation names.

    >>> _speaker_written(_features("Deputy Leader Councillor Priya Castellan said: 'We tried.'"))
    'Deputy Leader Councillor Priya Castellan'
    """
    plain = features.plain
    folded = plain.casefold()
    # Case-folding keeps a text's offsets but for a few letters ("ß" is "ss").
    shown = plain if len(folded) == len(plain) else folded
    attributing = features.verbs | features.attributing
    edges = _not_a_names_edge()
    written = []
    for citation in _own_citations(_citations(folded, attributing, plain)):
        near = citation.before[::-1] or citation.after
        placed = list(_placed_words(folded, citation, near[:CITED_WORDS]))
        # Past the SPEAKER_WORDS nearest the verb, a name goes on while its words are
        # capitalised: "Deputy" of "Deputy Leader Councillor Priya Castellan said".
        named = [
            (start, end)
            for n, (start, end) in enumerate(placed)
            if n < SPEAKER_WORDS
            or all(shown[at][:1].isupper() for at, _ in placed[: n + 1][SPEAKER_WORDS:])
        ]
        kept = sorted(named)
        while kept and folded[slice(*kept[0])] in edges:
            kept.pop(0)
        while kept and folded[slice(*kept[-1])] in edges:
            kept.pop()
        if kept and not features.speakers.isdisjoint(
            folded[start:end].removesuffix("'s") for start, end in kept
        ):
            written.append(shown[kept[0][0] : kept[-1][1]])
    return " ".join(written)


@cache
def _not_a_names_edge() -> frozenset[str]:
    """The words a speaker's name as printed neither opens nor ends with (see
    :func:`_speaker_written`): "informó la" of "según informó la Fiscalía", "of" where it ends
    a run: no one's name. Made once, not for every sentence pair."""
    terms = lexicon()
    return (
        ARTICLES
        | NAME_JOINING
        | terms.name_particles
        | terms.function_words
        | terms.attribution_verbs
    ) - terms.personal_pronouns


def _placed_words(
    folded: str, citation: _Citation, near: Sequence[str]
) -> Iterator[tuple[int, int]]:
    """Where each of ``near``, the words a citation names whom it cites by, nearest its verb
    first, is written in the case-folded sentence."""
    at_before, at_after = citation.start, citation.end
    for word in near:
        if citation.before:
            found = folded.rfind(word, 0, at_before)
            if found < 0:
                return
            at_before = found
            yield found, found + len(word)
        else:
            found = folded.find(word, at_after)
            if found < 0:
                return
            at_after = found + len(word)
            yield found, at_after


def _one_way(roles: Iterable[tuple[str, str, str]]) -> set[tuple[str, str]]:
    """The pairs of names that hold roles in one order only: "Russia blamed Kyiv", not also
    "Kyiv blamed Russia" or "Kyiv said Russia attacked".

    >>> sorted(_one_way([("says", "a", "b"), ("blamed", "b", "a"), ("sued", "a", "c")]))
    [('a', 'c')]
    """
    pairs = {(first, second) for _, first, second in roles}
    return {(first, second) for first, second in pairs if (second, first) not in pairs}


# Asked only of the versions framing compares, not of every sentence whose speakers the aligner
# reads through _features.
@lru_cache(maxsize=1 << 14)
def _roles_of(text: str) -> Mapping[tuple[str, str, str], str]:
    """The roles the names of a sentence hold (see :func:`_roles`), read-only as the cache
    shares them."""
    features = _features(text)
    return MappingProxyType(_roles(features.plain, features.verbs))


def _roles(plain: str, verbs: AbstractSet[str]) -> dict[tuple[str, str, str], str]:
    """The roles the names of a sentence hold, each as written: ("says", speaker, subject) for
    one who says another acted ("Russia said Ukraine attacked the convoy", "Ukraine attacked the
    convoy, Russia said"), and (verb, subject, object) for one who acts on another ("Russia
    attacked Ukraine"), or at whom it aims what it hurls or fires ("protesters threw stones at
    officers"; see :func:`_aimed_at`). A name after another preposition ("attacked by Russia",
    "after talks with Ukraine") or in a list ("Russia and Ukraine") holds none, and a symmetric
    verb ("met") gives none. A name is keyed without its titles: "President Biden" and "Mr.
    Biden" are one.

    >>> _roles("The police said protesters threw stones at officers.", frozenset({"said"}))
    {('says', 'police', 'protesters'): 'police said: protesters', ('threw', 'protesters', 'officers'): 'protesters threw stones at officers'}
    >>> _roles("Mr. Biden said President Trump lied.", frozenset({"said"}))
    {('says', 'biden', 'trump'): 'Mr. Biden said: President Trump'}
    >>> _roles("Ukraine was attacked by Russia.", frozenset())
    {}
    """
    tokens = _role_token().findall(plain)
    names = _names(tokens)
    # Most sentences name fewer than two: no role joins one name to another there.
    if len(names) < 2:
        return {}
    roles: dict[tuple[str, str, str], str] = {}

    def named(start: int) -> tuple[int, str, str] | None:
        """The name at ``start``, after "the"."""
        if start < len(tokens) and tokens[start].casefold() == "the":
            start += 1
        return names.get(start)

    def acting(start: int) -> tuple[int, str, str] | None:
        """The name at ``start`` when a verb follows it."""
        name = named(start)
        return name if name and _verb_after(tokens, name[0]) is not None else None

    for start, (end, key, written) in names.items():
        # Only a name that opens its clause, or what a speaker says, acts or speaks: one after a
        # preposition ("attacked by Russia", "talks with Kyiv") or "and" (a list) does neither.
        if not _opens_clause(tokens, start, verbs):
            continue
        at = _verb_after(tokens, end)
        if at is None:
            continue
        verb, told = tokens[at].casefold(), None
        if verb in verbs:
            after = at + 1 + (at + 1 < len(tokens) and tokens[at + 1].casefold() == "that")
            told = acting(after)
            # "Ukraine attacked the convoy, Russia said.": the verb ends its clause.
            if told is None and (at + 1 == len(tokens) or tokens[at + 1] in CLAUSE_ENDS):
                told = acting(0)
        if told is not None and told[1] != key:
            roles["says", key, told[1]] = f"{written} {tokens[at]}: {told[2]}"
        # "Russia accused Ukraine of ...", "Tlaib criticized Pelosi.": whom a speaker tells of
        # is acted on as well, though "Prosecutors said Paracha, if convicted, ..." names whom
        # they speak of.
        elif (
            _acts(verb)
            and (acted := named(at + 1))
            and acted[1] != key
            and (
                verb not in verbs
                or acted[0] == len(tokens)
                or tokens[acted[0]] not in CLAUSE_BREAKS
            )
        ):
            roles[stem(verb), key, acted[1]] = f"{written} {tokens[at]} {acted[2]}"
        # "Protesters threw stones at police": whom what the verb hurls or fires is aimed at is
        # acted on too.
        elif (
            _acts(verb)
            and verb not in verbs
            and (aimed := _aimed_at(tokens, at, names))
            and (target := named(aimed))
            and target[1] != key
        ):
            roles[stem(verb), key, target[1]] = (
                f"{written} {' '.join(tokens[at:aimed])} {target[2]}"
            )
    return roles


def _aimed_at(
    tokens: Sequence[str], verb: int, names: Mapping[int, tuple[int, str, str]]
) -> int | None:
    """Where the one a verb at ``verb`` is aimed at starts: after what it hurls or fires, a few
    words in lower case that name no one (``AIMED_REACH``), and a word that aims it
    (``aimed_at_words``): "police" of "threw stones at police", "villagers" of "opened fire on
    villagers"; none past a mark or a name.

    >>> tokens = "Protesters threw stones at police".split()
    >>> _aimed_at(tokens, 1, _names(tokens))
    4
    """
    aiming = lexicon().aimed_at_words
    for at in range(verb + 1, min(verb + 2 + AIMED_REACH, len(tokens) - 1)):
        if tokens[at] in aiming:
            return at + 1
        if at in names or not tokens[at].isalpha() or not tokens[at].islower():
            return None
    return None


def _opens_clause(tokens: Sequence[str], start: int, verbs: AbstractSet[str]) -> bool:
    """Whether the name at ``start``, past a "the" or "that" before it, opens a sentence or a
    clause: after a mark ("; Hamas said"), a verb of saying ("said Ukraine attacked"), or a
    conjunction after a comma (", but Hamas said"); not after a preposition or a list's "and"."""
    before = start - 1
    if before >= 0 and tokens[before].casefold() in ("the", "that"):
        before -= 1
    if before < 0:
        return True
    word = tokens[before].casefold()
    return (
        not word.isalnum()
        or word in verbs
        or (word in lexicon().clause_conjunctions and before > 0 and tokens[before - 1] == ",")
    )


@cache
def _role_token() -> re.Pattern[str]:
    """A word; a name's word with its inner stops and hyphens ("U.S", "Jean-Luc"); initials or
    an abbreviation before a name with their full stop ("U.S.", "Mr.", "St."), which would
    otherwise stand apart as the mark ending a clause; or one mark."""
    before_names = lexicon().before_names
    abbreviations = "|".join(map(re.escape, sorted(before_names, key=len, reverse=True)))
    # Only a short word with a stop after it is tried against the abbreviations, which would
    # otherwise be tried at every word.
    short = rf"(?=[\w.]{{1,{max(map(len, before_names))}}}\.\s)"
    return re.compile(
        rf"(?:[A-Z]\.){{2,}}(?![\w-])|{short}\b(?:{abbreviations})\.(?=\s)|\w[\w'.-]*\w|\w|[^\w\s]"
    )


def _acts(verb: str) -> bool:
    """Whether a word after a name is a verb it does to another: in the past or the present
    ("attacked", "attacks", "threw"), and not one of the symmetric verbs ("met")."""
    return _is_past_or_present(verb) and verb not in lexicon().symmetric_verbs


def _is_past_or_present(word: str) -> bool:
    """Whether a word may be a verb in the past or the present: "-ed", "-s" or one of
    ``irregular_pasts`` ("rejected", "plans", "threw")."""
    return word.endswith(("ed", "s")) or word in lexicon().irregular_pasts


@cache
def role_holders() -> frozenset[str]:
    """The nouns of who acts that hold roles without a capital: "police", "protesters"."""
    terms = lexicon()
    return terms.actor_nouns | terms.source_nouns


@cache
def _not_names() -> frozenset[str]:
    """The capitalised words that open a sentence and name no one: "The", "We", "Two"."""
    terms = lexicon()
    return terms.function_words | ARTICLES | terms.personal_pronouns | terms.number_words.keys()


def _names(tokens: Sequence[str]) -> dict[int, tuple[int, str, str]]:
    """The names among a sentence's words, by where each starts: where it ends, its key in lower
    case without the titles before it ("President", "Mr."), and as written. A name is a run of
    capitalised words, or one of the nouns of who acts (``actor_nouns``, ``source_nouns``:
    "police", "the ministry"), with the words before it that say which kind (``actor_kinds``:
    "the central bank", keyed as "bank"), keyed as the words before it where those are
    capitalised ("Hamas fighters" as "hamas"), a country's adjective as the country (``countries``:
    "Russian troops" as "russia"); not an owner ("Russia's") nor the capitalised function word
    opening a sentence ("After", "The")."""
    terms = lexicon()
    actors, not_names = role_holders(), _not_names()
    names: dict[int, tuple[int, str, str]] = {}
    done = 0
    # Only a capitalised word or a noun of who acts opens a name: the other words, most of a
    # sentence, are passed over at once.
    for start in [at for at, token in enumerate(tokens) if token[:1].isupper() or token in actors]:
        if start < done:
            continue
        end = start
        while end < len(tokens) and _name_word(tokens, end):
            end += 1 + (end + 2 < len(tokens) and tokens[end + 1] in INSIDE_A_NAME)
        if end > start and tokens[end - 1] in INSIDE_A_NAME:
            end -= 1
        # A sentence's capitalised first word: "The Kremlin", "While Bolton", "We condemn".
        first = start
        if end > start and tokens[start].casefold() in not_names:
            first += 1
        if end == start and tokens[start].casefold() in actors:
            end = start + 1
        written = " ".join(tokens[first:end])
        if (
            end > first
            and not tokens[end - 1].endswith("'s")
            and written.casefold() not in terms.date_words
        ):
            titled = first
            while titled + 1 < end and tokens[titled].casefold().rstrip(".") in terms.person_titles:
                titled += 1
            key = " ".join(tokens[titled:end]).casefold()
            key = terms.countries.get(key, key)
            # "Russian troops", "Hamas fighters", "Russian fighter jets": whose they are acts,
            # keyed as the name alone, as "Ukrainian" in "shelled Ukrainian positions" is whom
            # they act on.
            if actor_words := _actor_words(tokens, end):
                end += actor_words
            # "the central bank", "the riot police": the words before a noun of who acts that
            # say which kind are written with it, keyed as the noun alone.
            if tokens[start].islower():
                while first > done and tokens[first - 1] in terms.actor_kinds:
                    first -= 1
            names[first] = (end, key, " ".join(tokens[first:end]))
        done = max(end, start + 1)
    return names


def _actor_words(tokens: Sequence[str], at: int) -> int:
    """How many words at ``at`` name who acts for a name before them: one of the nouns of who
    acts ("troops"), or one after a word that says which kind (``actor_kinds``: "fighter jets",
    "security forces"); none otherwise.

    >>> [_actor_words(t.split(), 1) for t in ("Russian fighter jets", "Russian jets", "Russia struck")]
    [2, 1, 0]
    """
    actors = role_holders()
    if at + 1 < len(tokens) and tokens[at] in lexicon().actor_kinds and tokens[at + 1] in actors:
        return 2
    return int(at < len(tokens) and tokens[at] in actors)


def _name_word(tokens: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` is a capitalised word of a name; not a sentence's first word
    of two letters ("In", "On"), shorter than any function word listed, but for initials ("UK
    troops attacked")."""
    word = tokens[at]
    return word[:1].isupper() and word[:1].isalpha() and (at > 0 or len(word) > 2 or word.isupper())


def _verb_after(tokens: Sequence[str], end: int) -> int | None:
    """Where the verb that a name ending at ``end`` is the subject of stands, past any auxiliary
    or adverb between them ("Russia has repeatedly attacked"): a word in lower case that is no
    function word, no other name's and no "be" (a passive tells its doer after "by"); or an
    auxiliary that ends its clause in place of a verb ("but Hamas said Israel did")."""
    terms = lexicon()
    at = _past_adverbials(tokens, end)
    while at < len(tokens) and (
        tokens[at] in terms.auxiliaries
        or tokens[at] in terms.adverbs_before_verbs
        or tokens[at].endswith("ly")
    ):
        at += 1
    clause_ended = at == len(tokens) or tokens[at] in CLAUSE_ENDS
    if clause_ended and at > end and tokens[at - 1] in terms.auxiliaries:
        return at - 1
    if at == len(tokens):
        return None
    word = tokens[at]
    if (
        not word.isalpha()
        or not word.islower()
        or len(word) < 3
        or word in terms.function_words
        or word in terms.passive_marks
        or word in role_holders()
    ):
        return None
    return at


def _past_adverbials(tokens: Sequence[str], at: int) -> int:
    """Where the words from ``at`` go on past the adverbials of time or place that a wire's lede
    sets between a subject and its verb: one of ``adverbial_openers``, then days, numbers, names
    in capitals or ``adverbial_times`` ("on Saturday", "in Denver late Friday", "last week").

    >>> said = "Police in Denver late Friday arrested a man".split()
    >>> said[_past_adverbials(said, 1)], said[_past_adverbials(said, 2)]
    ('arrested', 'Denver')
    """
    terms = lexicon()
    while at < len(tokens) and tokens[at] in terms.adverbial_openers:
        filled = at + 1
        while filled < len(tokens) and (
            tokens[filled].casefold() in terms.date_words
            or tokens[filled] in terms.adverbial_times
            or tokens[filled][:1].isdigit()
            or tokens[filled][:1].isupper()
        ):
            filled += 1
        if filled == at + 1:
            break
        at = filled
    return at


def _reports_in_own_words(features: _Features) -> bool:
    """Whether a sentence reports a statement in its own words: a verb of saying of it that
    one of ``reported_clause_openers`` follows within ``CITED_WORDS`` words ("aseguró durante
    la ceremonia que", "said that").

    >>> _reports_in_own_words(_features("Whitfield aseguró durante la ceremonia que su país cumplirá."))
    True
    >>> _reports_in_own_words(_features('"Our officers acted with restraint," the chief said.'))
    False
    """
    openers = lexicon().reported_clause_openers
    tokens = features.tokens
    return any(
        not openers.isdisjoint(tokens[at + 1 : at + 1 + CITED_WORDS])
        for at, token in enumerate(tokens)
        if token in features.verbs
    )


def _scare_quotes(ours: _Features, theirs: _Features) -> frozenset[str]:
    """The quotations of ours that are a single word set apart as a label, in a sentence that
    attributes nothing, where theirs writes no such word ("Delhi's air turns 'toxic'", "दिल्ली
    की हवा 'जहरीली'"): no one's words told in quotation marks. One theirs writes as its own
    is quoted from whoever said it ('called the plan "reckless"' against 'called the plan
    reckless'), and a cry is someone's ('shouted "Resign!"').

    >>> sorted(_scare_quotes(_features("Delhi's air turns 'toxic', stage 4 curbs kick in"),
    ...     _features("Delhi enforces the fourth stage of its air plan")))
    ['toxic']
    >>> _scare_quotes(_features('Lee called the plan "reckless" on Monday.'),
    ...     _features("Lee called the plan reckless on Monday."))
    frozenset()
    """
    if ours.verbs or ours.attributing:
        return frozenset()
    return frozenset(
        quote
        for quote in ours.quotes
        if len(said := words(quote.casefold())) == 1
        and said[0] not in theirs.words
        and not CRIED.search(quote)
    )


def _unlike_quotes(ours: AbstractSet[str], theirs: AbstractSet[str]) -> set[str]:
    """The quotations of one version that are none of the other's, cut short, elided or with
    words changed: each shares fewer than half the words of the shorter with every one of them
    ("does nothing to fix a broken system" against "a disgrace"; not against "does nothing"),
    nor is one of them written another way ("multitool" against "multi-tool")."""
    return {
        quote
        for quote in ours
        if not any(
            _shares_half(quote, other) or _written_alike(_said(quote), _said(other))
            for other in theirs
        )
    }


def _split_quotations_joined(ours: _Features, theirs: _Features) -> _Features:
    """``theirs`` with the quotations that each give a part of one of ours (``CUT_SHORT`` of
    their words at least, in order), two or more, joined into one in their order, as one
    version quotes in two sentences what the other quotes in one: '"Closing it was the hardest
    decision this council has had to take," she said. "We looked at every alternative."'
    against 'She said: "Closing it was the hardest decision this administration has had to take.
    We looked at every alternative."', whose words are held against both parts together.

    >>> ours = _features('She said: "It was hard for us. We looked at every option."')
    >>> theirs = _features('"It was hard for them," she said. "We looked at every option."')
    >>> sorted(_split_quotations_joined(ours, theirs).quotes)
    ['It was hard for them We looked at every option.']
    """
    if len(theirs.quotes) < 2:
        return theirs
    placed = sorted(theirs.quotes, key=lambda quote: (theirs.plain.find(quote), quote))
    quotes = set(theirs.quotes)
    for quote in sorted(ours.quotes):
        parts = [part for part in placed if part in quotes and _part_of(part, quote)]
        if len(parts) > 1:
            quotes = quotes.difference(parts) | {" ".join(parts)}
    return theirs if quotes == theirs.quotes else theirs._replace(quotes=frozenset(quotes))


def _part_of(part: str, quote: str) -> bool:
    """Whether a quotation gives a part of another: ``CUT_SHORT`` of its words at least, in
    order and by stem, and fewer than all of the other's."""
    _, shared, _ = _shared_stems(part, quote)
    return shared >= CUT_SHORT * len(_said(part)) and len(_said(part)) < len(_said(quote))


def _written_unquoted(ours: _Features, theirs: _Features) -> set[str]:
    """Our quotations that the other version writes word for word without quotation marks:
    "reckless" of 'called the plan "reckless"' against 'called the plan reckless'; not one its
    own quotations share half its words with (see :func:`_shares_half`), a quotation whose
    ends moved ('is "bigger than others"' against '"is bigger than others"'), nor where the other
    version quotes another statement in its place (``quote_replaced``).

    >>> sorted(_written_unquoted(_features('He said "no" and called it "reckless".'),
    ...                          _features('He said "no" and called it reckless.')))
    ['reckless']
    """
    return {
        quote
        for quote in ours.quotes
        if (said := _said(quote))
        and _holds_run(theirs.tokens, said)
        and not any(_shares_half(quote, their_quote) for their_quote in theirs.quotes)
    }


def _holds_run(tokens: Sequence[str], run: Sequence[str]) -> bool:
    """Whether ``run`` is written in ``tokens``, word after word.

    >>> _holds_run(("called", "it", "reckless"), ("it", "reckless")), _holds_run(("a", "b"), ("b", "a"))
    (True, False)
    """
    return any(
        tuple(tokens[start : start + len(run)]) == tuple(run)
        for start in range(len(tokens) - len(run) + 1)
    )


def _shares_half(quote: str, other: str) -> bool:
    """Whether two quotations share half the words of the shorter at least, in order and by
    stem: "brutal attack" and "cowardly attack" do."""
    _, shared, shorter = _shared_stems(quote, other)
    return 2 * shared >= shorter


def _altered_quotes(ours: AbstractSet[str], theirs: AbstractSet[str]) -> set[tuple[str, str]]:
    """The words one version puts in a speaker's mouth in place of the other's, within one
    quotation: ("hardest", "worst") of "the hardest decision" against "the worst decision" (see
    :func:`_paired_quotes`). A quotation cut short or elided is not altered (see
    :func:`_cut_from_quotes`), nor one said in other words throughout, which is another
    quotation.

    >>> sorted(_altered_quotes({"It was the hardest call of my life,", "an evil man"},
    ...                        {"It was the worst call of my life", "an evil man"}))
    [('hardest', 'worst')]
    """
    altered = set()
    for pair in _paired_quotes(ours, theirs):
        words_longer, words_shorter = _said(pair.longer), _said(pair.shorter)
        for op, i1, i2, j1, j2 in pair.matcher.get_opcodes():
            longer_said, shorter_said = words_longer[i1:i2], words_shorter[j1:j2]
            if (
                op == "replace"
                and max(len(longer_said), len(shorter_said)) <= MISQUOTED_WORDS
                and any(map(_tells, chain(longer_said, shorter_said)))
                # Words moved within the quotation, not changed: "sexual assault and sexual
                # harassment" against "sexual harassment and sexual assault".
                and not (
                    set(longer_said) <= set(words_shorter)
                    and set(shorter_said) <= set(words_longer)
                )
                and not _written_alike(longer_said, shorter_said)
            ):
                written = (" ".join(longer_said), " ".join(shorter_said))
                altered.add(written if pair.ours_longer else written[::-1])
    return altered


class _Cut(NamedTuple):
    """A run of words our quotation gives that the other version's leaves out (see
    :func:`_cut_from_quotes`): the other's quotation that says it in other words, or the empty
    string; whether an ellipsis marks the cut; and whether it is cut from between words the other
    keeps, not from an end."""

    run: str
    other: str
    marked: bool
    inside: bool


def _cut_from_quotes(ours: _Features, theirs: _Features) -> list[_Cut]:
    """The runs of words our quotations give that the other version's quotation of the same
    words leaves out (see :func:`_paired_quotes`), in our order: "we regret the injuries" of
    "We regret the injuries, but our officers responded with restraint" against "Our officers
    responded with restraint". Not a run that tells nothing but function words ("the", "and"),
    a negation (noted as one) or a writer's aside in brackets, nor one whose words of content
    the other version, for the most part, writes elsewhere in its sentence: the rest told in its
    own words ('"We will rebuild the port and reopen it by May," she said' against '"We will
    rebuild the port," she said, adding it would reopen by May'), or quoted apart, as a
    quotation split in two sentences that are aligned together is.

    Each run is given with the other version's quotation that says it in other words, or the
    empty string where none does: one of its quotations held against none of ours that shares
    half the run's words or the quotation's (see :func:`_shares_half`): "No member of staff will
    lose their job as a result of this decision" and "Nobody is going to lose their job because
    of this", the speaker's statement worded differently, not cut.

    Each run is given too with whether the other version marks the cut with an ellipsis
    where the words stood ("We will ... deliver the bypass"), a cut it discloses; and a run of
    function words alone (``UNMARKED_ELISION`` of them at least) cut unmarked from inside the
    quotation is named too: "significant and it is clinically meaningful" quoted as
    "significant and clinically meaningful" puts words together the speaker did not.

    >>> _cut_from_quotes(*map(_features, ('"We regret it, but we acted with restraint," he said.',
    ...                                   '"We acted with restraint," he said.')))
    [_Cut(run='we regret it', other='', marked=False, inside=False)]
    """
    cut = []
    negates = lexicon().is_negation
    pairs = list(_paired_quotes(ours.quotes, theirs.quotes))
    held = {quote for pair in pairs for quote in (pair.longer, pair.shorter)}
    said_by_us = {_said(quote) for quote in ours.quotes}
    in_other_words = sorted(
        quote for quote in theirs.quotes - held if _said(quote) not in said_by_us
    )
    for pair in pairs:
        if not pair.ours_longer:
            continue
        said, their_stems = _said(pair.longer), _said_stems(pair.shorter)
        blocks = pair.matcher.get_matching_blocks()
        if sum(size for *_, size in blocks) < CUT_SHORT * min(len(said), len(their_stems)):
            continue
        # What the other sentence writes beside the words its quotation shares with ours.
        shared = (j for _, start, size in blocks for j in range(start, start + size))
        elsewhere = Counter(map(stem, theirs.tokens)) - Counter(their_stems[j] for j in shared)
        # A writer's words in brackets are none of the speaker's: "(Harold)", "[Mr. Cheney]".
        inserted = {word for aside in BRACKETED.findall(pair.longer) for word in words(aside)}
        marked = _elided_at(pair.shorter)
        for op, start, end, at, _ in pair.matcher.get_opcodes():
            if op != "delete":
                continue
            # A negation cut is named as one: „Wir schließen das Bad nicht“ against „Wir
            # schließen das Bad“.
            kept = [word for word in said[start:end] if not negates(word) and word not in inserted]
            told = [word for word in kept if _tells(word)]
            elided_unmarked = (
                not told
                and len(kept) == end - start >= UNMARKED_ELISION
                and 0 < at < len(their_stems)
                and at not in marked
            )
            told = told or (kept if elided_unmarked else [])
            written = sum(_written_among(word, elsewhere) for word in told)
            if told and 2 * written < len(told):
                run = " ".join(_unjoined(said[start:end]))
                reworded = (quote for quote in in_other_words if _shares_half(run, quote))
                inside = 0 < at < len(their_stems)
                cut.append(_Cut(run, _unmarked(next(reworded, "")), at in marked, inside))
    return cut


def _elided_at(quote: str) -> frozenset[int]:
    """Where a quotation marks words left out with an ellipsis ("...", "…", "[...]"): the
    number of its words before each.

    >>> sorted(_elided_at("We will ... deliver the bypass … by 2027"))
    [2, 5]
    """
    parts = ELLIPSIS.split(quote)[:-1]
    return frozenset(accumulate(len(words(part)) for part in parts))


def _written_among(word: str, stems: Counter[str]) -> bool:
    """Whether a word is among words by their stems, by its own or written another way ("sept"
    of "Sept. 11" among those of "11 September").

    >>> _written_among("sept", Counter(["11", "septemb"])), _written_among("sept", Counter(["11"]))
    (True, False)
    """
    return stems[stem(word)] > 0 or any(
        _written_alike([word], [other]) for other, count in stems.items() if count > 0
    )


def _unjoined(run: Sequence[str]) -> Sequence[str]:
    """A run of words cut without the conjunctions at its ends, which joined it to the words
    kept: "petrol bombs" of "and petrol bombs" ("bricks, stones and petrol bombs" against "bricks
    and stones"); the run as it is if they are all it holds.

    >>> _unjoined(("and", "petrol", "bombs")), _unjoined(("but",))
    (('petrol', 'bombs'), ('but',))
    """
    joining = lexicon().clause_conjunctions
    start, end = 0, len(run)
    while start < end and run[start] in joining:
        start += 1
    while end > start and run[end - 1] in joining:
        end -= 1
    return run[start:end] or run


class _QuotePair(NamedTuple):
    """A quotation of ours and the other version's closest (see :func:`_paired_quotes`)."""

    longer: str
    shorter: str
    ours_longer: bool
    # The match of the longer's stems with the shorter's, whichever version is read first:
    # difflib may match "rocks and bottles" against "rocks, bottles and fireworks" one way as a
    # word moved and another changed, and the other way as words cut.
    matcher: SequenceMatcher[str]


def _paired_quotes(ours: AbstractSet[str], theirs: AbstractSet[str]) -> Iterator[_QuotePair]:
    """Each quotation of ours held against the other version's closest (see :func:`_closest`),
    when each is the other's closest; not one both versions give word for word, which is held
    against nothing else. Of two as long, the first in sorted order is the longer."""
    said_a, said_b = (
        {_said(quote): quote for quote in sorted(quotes)} for quotes in (ours, theirs)
    )
    only_a = {quote for said, quote in said_a.items() if said not in said_b}
    only_b = {quote for said, quote in said_b.items() if said not in said_a}
    closest_b = {quote: _closest(quote, only_a) for quote in only_b}
    for quote_a in sorted(only_a):
        quote_b = _closest(quote_a, only_b)
        if quote_b and closest_b[quote_b] == quote_a:
            longer, shorter = sorted((quote_a, quote_b), key=lambda q: (-len(_said(q)), q))
            matcher = SequenceMatcher(None, _said_stems(longer), _said_stems(shorter), False)
            yield _QuotePair(longer, shorter, longer == quote_a, matcher)


def _tells(word: str) -> bool:
    """Whether a word changed in a quotation changes what was said: a word of content, a modal
    ("should" for "must") or a quantifier ("some" for "every"), not another function word ("the"
    for "a", "into" for "in")."""
    if word in _telling_function_words():
        return True
    return len(word) > 2 and word not in lexicon().function_words


@cache
def _telling_function_words() -> frozenset[str]:
    terms = lexicon()
    return frozenset().union(
        terms.possibility_modals, terms.certainty_modals, terms.other_modals, terms.quantifiers
    )


# A quotation is held against every quotation of each version it is aligned with: its words
# and their stems are made once.
@lru_cache(maxsize=1 << 12)
def _said(quote: str) -> tuple[str, ...]:
    return words(quote)


@lru_cache(maxsize=1 << 12)
def _said_stems(quote: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in _said(quote))


def _closest(quote: str, others: AbstractSet[str]) -> str:
    """The quotation of ``others`` that shares the most words with ``quote``, in order and by
    stem (ties to the first in sorted order); the empty string when it shares fewer than half
    the words of the shorter and one."""
    best, shared = "", 0
    for other in sorted(others):
        _, size, shorter = _shared_stems(quote, other)
        if size > shared and 2 * size >= shorter + 1:
            best, shared = other, size
    return best


def _shared_stems(quote: str, other: str) -> tuple[SequenceMatcher[str], int, int]:
    """The match of two quotations' stems, how many of them it shares in order, and how many
    the shorter has."""
    ours, theirs = _said_stems(quote), _said_stems(other)
    matcher = SequenceMatcher(None, ours, theirs, False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return matcher, shared, min(len(ours), len(theirs))


def _written_alike(ours: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether two runs of words are the same words written another way: with or without
    hyphens, spaces, points and contractions ("head-kicker", "head kicker"; "F.T.C.", "FTC";
    "don't", "do not"), one abbreviated ("Sept.", "September"), or one word in British and
    American spelling ("labour", "labor"), or each of several so ("defence programme",
    "defense program").

    >>> _written_alike(["don't", "know"], ["do", "not", "know"]), _written_alike(["sept"], ["september"])
    (True, True)
    >>> _written_alike(["won't"], ["will", "not"]), _written_alike(["can't"], ["cannot"])
    (True, True)
    >>> _written_alike(["labour"], ["labor"]), _written_alike(["2"], ["two"])
    (True, True)
    >>> _written_alike(["centre's"], ["center's"]), _written_alike(["greys"], ["grays"])
    (True, True)
    >>> _written_alike(["programmes"], ["program's"])
    False
    >>> _written_alike(["defence", "programme"], ["defense", "program"])
    True
    >>> _written_alike(["defence", "programme"], ["defense", "budget"])
    False
    >>> _written_alike(["hardest"], ["worst"]), _written_alike(["four"], ["few"])
    (False, False)
    >>> _written_alike(["worse"], ["worst"]), _written_alike(["hard"], ["hardest"])
    (False, False)
    """
    said_a, said_b = " ".join(ours), " ".join(theirs)
    flat_a, flat_b = (
        NOT_LETTERS.sub("", CONTRACTED.sub(lambda c: CONTRACTIONS[c.group()], said))
        for said in (said_a, said_b)
    )
    if flat_a == flat_b or NOT_LETTERS.sub("", said_a) == NOT_LETTERS.sub("", said_b):
        return True
    # The same number written another way ("2" and "two"), and nothing but the number: "une
    # catastrophe" and "un désastre" hold one "one" each, as an article.
    vocabulary = number_vocabulary()
    if all(
        is_number(word) or word in vocabulary or is_glued_number(word)
        for word in chain(ours, theirs)
    ):
        values_a, values_b = (
            {values for _, values, _ in sentence_numbers(said, words(said)).mentions}
            for said in (said_a, said_b)
        )
        if values_a and values_a == values_b:
            return True
    if len(ours) != len(theirs):
        return False
    if len(ours) > 1:
        # A stock phrase in British spelling: "defence programme" is "defense program".
        return all(
            _written_alike([word], [other]) for word, other in zip(ours, theirs, strict=True)
        )
    shorter, longer = sorted((flat_a, flat_b), key=len)
    # "Sept." for "September", "Gov." for "governor"; not "hard" for "hardest".
    if longer.startswith(shorter) and ends_with_abbreviation(shorter.capitalize() + "."):
        return True
    # Spelled letter by letter, a possessive's "'s" read as no "is": "centre's" is "center's". Its
    # "'s" must be in both or neither, as a word of one owner is not of many: "program's" is not
    # "programmes'", whose apostrophe ``words`` drops.
    if said_a.endswith("'s") != said_b.endswith("'s"):
        return False
    return _american(NOT_LETTERS.sub("", said_a)) == _american(NOT_LETTERS.sub("", said_b))


def _american(word: str) -> str:
    """A word in American spelling, as far as ``BRITISH_SPELLINGS`` and ``[spellings]`` in
    ``framing_terms.toml`` tell.

    >>> _american("labour"), _american("organised"), _american("centre"), _american("travelled")
    ('labor', 'organized', 'center', 'traveled')
    >>> _american("four"), _american("filled"), _american("shoes"), _american("manoeuvre")
    ('four', 'filled', 'shoes', 'maneuver')
    >>> _american("defence"), _american("programmes"), _american("grey")
    ('defense', 'programs', 'gray')
    >>> _american("greys"), _american("kerbsides")
    ('grays', 'kerbsides')
    """
    spellings = lexicon().spellings
    if spelled := spellings.get(word):
        return spelled
    # A plural the table does not list: "greys" as "grey" is.
    if word.endswith("s") and (spelled := spellings.get(word[:-1])):
        return spelled + "s"
    for british, american in BRITISH_SPELLINGS:
        word = british.sub(american, word)
    return word


def _states_as_fact(ours: _Features, theirs: _Features) -> bool:
    """Whether our version states as fact a claim theirs attributes ("Three people died, police
    said." against "Three people died."): ours has no attribution verb, attributing phrase or
    quotation, nor names whom theirs attributes it to ("Putin hailed ..." against "Putin
    said ...", "The airline's pilots ..." against "The airline says ...", "She believes ..."
    against "..., she said" still say who speaks); a word that only says which of a kind
    speaks names no one ("the regional capital" against "..., regional officials said"), nor
    does a word of whom theirs attributes it to that ours writes less often than theirs, as the
    claim's own ("Police arrested 48 people." against "Police arrested 48 people, a police
    spokesman said."), nor one that theirs gives only as the speaker's owner ("Federation
    forces struck ..." against "The Northern Federation's defence ministry said its forces
    had struck ...": the side named, not its ministry that speaks)."""
    shared_cues = _cues_cited_alike(ours, theirs)
    if (
        not (theirs.verbs or theirs.attributing - shared_cues)
        or ours.verbs
        or ours.attributing - shared_cues
        or _quoting_names_the_source(ours, theirs)
        # What theirs attributes, cut with its source, is stated nowhere.
        or _attributed_clause_cut(theirs, ours)
        # "The council promised to ..." against "..., the mayor said" still drops the mayor.
        or (_commits_its_subject(ours) and not _commits_its_subject(theirs))
    ):
        return False
    terms = lexicon()
    pronouns = terms.personal_pronouns
    our_uses, their_uses = (
        Counter(word.removesuffix("'s") for word in features.tokens) for features in (ours, theirs)
    )
    speakers = (
        frozenset().union(
            *_cited(
                theirs.plain.casefold(),
                theirs.verbs | theirs.attributing - shared_cues,
                theirs.plain,
            )
        )
        if shared_cues
        else theirs.speakers
    )
    named = {
        word
        for word in speakers
        - terms.source_qualifiers
        - ARTICLES
        - _owners_of_speakers(theirs)
        - _speakers_made_subjects(ours, theirs)
        if our_uses[word] >= their_uses[word] > 0
    }
    named -= _reasons_kept(theirs, ours)
    return not (named - pronouns or _pronoun_speaks(ours, theirs))


def _quoting_names_the_source(ours: _Features, theirs: _Features) -> bool:
    """Whether our quotations keep whom theirs attributes its claim to: where theirs cites a
    speaker by a verb of saying, a quotation tells whose words they are, however ours leads to
    it ("described it as a \"major failure\"" against "Gillard said it was a \"major
    failure\""); where theirs cites a source by a phrase alone ("Segundo o comunicado",
    "according to the statement"), only a quotation of half our words or more gives the claim
    as someone's, not a few words quoted inside a claim told in our own voice ("O comitê avalia
    que o cenário \"segue desafiador\" ...").

    >>> cited = _features('According to the statement, the board sees the outlook as "challenging".')
    >>> _quoting_names_the_source(_features('The board sees the outlook as "challenging".'), cited)
    False
    >>> _quoting_names_the_source(_features('"The outlook is challenging."'), cited)
    True
    """
    if not ours.quotes:
        return False
    quoted = sum(len(words(quote)) for quote in ours.quotes)
    return bool(theirs.verbs) or 2 * quoted >= len(ours.tokens)


def _reasons_kept(citing: _Features, stating: _Features) -> frozenset[str]:
    """The words that ``citing`` cites as a reason after ``REASON_CUE`` ("citing unpaid bills"),
    where ``stating`` writes them all: the reason stated as its own ("over unpaid bills"), whom
    it cites is the claim's subject, not a speaker whose words it kept.

    >>> sorted(_reasons_kept(_features("Gas was cut, citing unpaid bills, the ministry said."),
    ...     _features("Gas was cut over unpaid bills.")))
    ['bills', 'unpaid']
    """
    if REASON_CUE not in citing.attributing:
        return frozenset()
    stated = set(stating.tokens)
    kept: set[str] = set()
    for citation in _citations(citing.plain.casefold(), [REASON_CUE], citing.plain):
        words = {w for w in citation.after[:SPEAKER_WORDS] if w not in lexicon().function_words}
        if not citation.before and words and words <= stated:
            kept |= words
    return frozenset(kept)


def _attributed_clause_cut(attributing: _Features, cutting: _Features) -> str:
    """The clause ``attributing`` ends on, as written, that holds each of its attributions with
    what they attribute and that ``cutting`` cuts whole, up to the sentence's end, where a word
    that opens a clause (``cut_clause_openers``) opens it; else "".

    >>> _attributed_clause_cut(_features("Turnout rose, though officials said it was low."),
    ...     _features("Turnout rose."))
    'though officials said it was low'
    >>> _attributed_clause_cut(_features("Turnout rose, officials said."), _features("Turnout rose."))
    ''
    """
    return _cut_whole(attributing, cutting, lexicon().cut_clause_openers.__contains__)


def _cut_whole(attributing: _Features, cutting: _Features, opens: Callable[[str], bool]) -> str:
    """The clause ``attributing`` ends on, as written, that holds an attribution and that
    ``cutting`` cuts whole, up to the sentence's end, where a word that ``opens`` it, case-folded,
    opens it; else "" (see :func:`_attributed_clause_cut`). An attribution before the clause is
    one ``cutting`` keeps ("..., investigators said, though they cautioned it was too early"
    against "..., investigators said"): one it drops makes the claim its own, noted apart."""
    words = list(RUN_OF_WORD.finditer(attributing.plain))
    folded = [word[0].casefold() for word in words]
    kept = [word.casefold() for word in RUN_OF_WORD.findall(cutting.plain)]
    shared = [op for op in Indel.opcodes(kept, folded) if op.tag == "equal"]
    if not shared or shared[-1].src_end < len(kept) or shared[-1].dest_end == len(words):
        return ""
    opening = words[shared[-1].dest_end]
    if not opens(opening[0].casefold()):
        return ""
    plain = attributing.plain
    citations = list(
        _citations(plain.casefold(), attributing.verbs | attributing.attributing, plain)
    )
    before = [citation.phrase for citation in citations if citation.start < opening.start()]
    if len(before) == len(citations) or not cutting.attributing.union(cutting.verbs).issuperset(
        before
    ):
        return ""
    return plain[opening.start() : words[-1].end()]


def _caveat_cut(attributing: _Features, cutting: _Features) -> str:
    """The attributed clause ``cutting`` cuts whole (see :func:`_attributed_clause_cut`) where it
    qualifies what both versions say (``concessive_openers``: "though it said the scale was much
    smaller"); else "".

    >>> _caveat_cut(_features("Turnout rose, though officials said it was low."),
    ...     _features("Turnout rose."))
    'though officials said it was low'
    >>> _caveat_cut(_features("Turnout rose, and officials said it was high."), _features("Turnout rose."))
    ''
    """
    clause = _attributed_clause_cut(attributing, cutting)
    opening = words(clause)[:1]
    return clause if lexicon().concessive_openers.issuperset(opening) else ""


def _charge_cut(attributing: _Features, cutting: _Features) -> str:
    """The charge, as ``attributing`` writes it before the attribution that ends it, that
    ``cutting`` cuts whole with what a speaker says of it and tells as a proven offence, writing
    no charge, no hedge of one and no verb of saying itself; else "".

    >>> _charge_cut(_features("He was jailed on fraud charges that he denies, his lawyer said."),
    ...     _features("He was jailed for fraud."))
    'charges that he denies'
    >>> _charge_cut(_features("Druce will face murder charges, Conte said."),
    ...     _features("Conte said Druce will be charged with murder."))
    ''
    """
    terms = lexicon()
    if cutting.charges or cutting.verbs or terms.charge_hedges & cutting.hedges:
        return ""
    clause = _cut_whole(attributing, cutting, lambda word: bool(terms.charges.find((word,))))
    for attribution in _attributions_written(attributing):
        clause = clause.removesuffix(attribution).rstrip(" ,")
    return clause


def _owners_of_speakers(features: _Features) -> frozenset[str]:
    """The words of a sentence's speakers that it writes only as the owner of another speaker
    word after them ("federation" of "the Northern Federation's defence ministry said"), which
    name whose speaker it is, not who speaks.

    >>> sorted(_owners_of_speakers(_features("The Federation's defence ministry said it rose.")))
    ['federation']
    """
    speakers = features.speakers
    return frozenset(
        owner
        for token, following in pairwise(features.tokens)
        if (owner := token.removesuffix("'s")) != token
        and owner in speakers
        and following in speakers
    )


def _cues_cited_alike(ours: _Features, theirs: _Features) -> frozenset[str]:
    """The attributing phrases both versions write citing the same words ("citing unpaid bills
    of 310 million euros"): they attribute alike in both, so what theirs attributes beside them
    ("..., the ministry said") is what ours may state as fact.

    >>> sorted(_cues_cited_alike(_features("Gas was cut, citing unpaid bills."),
    ...     _features("Gas was cut, citing unpaid bills, the ministry said.")))
    ['citing']
    """
    return frozenset(
        cue
        for cue in ours.attributing & theirs.attributing
        if _cited(ours.plain.casefold(), [cue], ours.plain)
        == _cited(theirs.plain.casefold(), [cue], theirs.plain)
    )


def _speakers_made_subjects(ours: _Features, theirs: _Features) -> frozenset[str]:
    """The words of theirs's speakers that report of themselves, by a pronoun ("Dravonia said
    it had sent ..."), what ours tells with them as its subject ("Dravonia sent ..."): there
    the speaker names who acted, and the claim is the narrator's.

    >>> sorted(_speakers_made_subjects(_features("Dravonia sent a convoy."),
    ...     _features("Dravonia said it had sent a convoy.")))
    ['dravonia']
    """
    terms = lexicon()
    ours_acting = set(pairwise(t for t in ours.tokens if t not in terms.auxiliaries))
    told = theirs.tokens
    made_subjects = set()
    for n, (speaker, verb) in enumerate(pairwise(told)):
        if speaker not in theirs.speakers or verb not in theirs.verbs:
            continue
        reported = told[n + 2 :]
        reported = reported[1:] if reported[:1] == ("that",) else reported
        if not reported or reported[0] not in terms.personal_pronouns:
            continue
        act = next((t for t in reported[1:] if t not in terms.auxiliaries), None)
        if (speaker, act) in ours_acting:
            made_subjects.add(speaker)
    return frozenset(made_subjects)


def _commits_its_subject(features: _Features) -> bool:
    """Whether a sentence's subject commits to what it states, by a verb of
    ``commitment_verbs`` before "to" or "that" ("The authority has pledged to replace ..."):
    the plan is its subject's, told as such, not a claim stated as fact."""
    commitments = lexicon().commitment_verbs
    return any(
        word in commitments and following in ("to", "that")
        for word, following in pairwise(features.tokens)
    )


def _pronoun_speaks(ours: _Features, theirs: _Features) -> bool:
    """Whether our sentence opens with the pronoun theirs attributes the claim to, as the
    subject of a verb of its own ("She believes ..." against "..., she said"). Anywhere else a
    pronoun may be anyone, and before the claim's own words it is the claim's subject: "He was
    innocent" against "He said he was innocent" states the claim as fact."""
    # "It" opens far more sentences as no one ("It emerged ...", "It is unclear ...").
    pronouns = lexicon().personal_pronouns - {"it"}
    return any(
        word in pronouns and word in theirs.speakers and following not in theirs.words
        for word, following in pairwise(ours.opening)
    )


def speakers(text: str) -> frozenset[str]:
    """The content words and personal pronouns of whom a sentence attributes its claim to (see
    :func:`_cited`).

    >>> sorted(speakers("The council approved the tram budget, the mayor's office said."))
    ['mayor', 'office']
    """
    return _features(text).speakers


def speaker_words(text: str) -> frozenset[str]:
    """The content words of whom a sentence attributes its claim to (see :func:`speakers`),
    without function words, articles and the words that only say which of a kind speaks.

    >>> sorted(speaker_words("The river rose 4.2 metres, the Ministry of Emergency Situations said."))
    ['emergency', 'ministry', 'situations']
    """
    return _speaker_words(_features(text))


def _cited(folded: str, attributing: Iterable[str], plain: str) -> tuple[frozenset[str], ...]:
    """The content words and personal pronouns of whom a sentence attributes its claim to, a
    set each citation, in the sentence's order: the words before each attribution verb or phrase
    in its clause ("police" of "..., police said", "she" of "..., she said"), or, with none
    there, after it ("Mr. Goh" of "... said Mr. Goh", "the Kiel Institute" of "according to the
    Kiel Institute"), a few at most (see :func:`_citations`).

    >>> said = 'As the Tarrow Agency reported, "It burned," said Elena Kowalski.'
    >>> [sorted(cited) for cited in _cited(said.casefold(), ["reported", "said"], said)]
    [['agency', 'as', 'tarrow'], ['elena', 'kowalski']]
    """
    terms = lexicon()
    cited = []
    for citation in _own_citations(_citations(folded, attributing, plain)):
        near = citation.before[-SPEAKER_WORDS:] or citation.after[:SPEAKER_WORDS]
        # A name's particle is an article where it stands alone before a source: "según la
        # policía", "selon la police" cite the police, not "la".
        if speakers := frozenset(
            word.removesuffix("'s")
            for word in near
            if (word not in terms.function_words or word in terms.personal_pronouns)
            and word not in terms.attribution_verbs
            and word not in terms.name_particles
        ):
            cited.append(speakers)
    return tuple(cited)


def _own_citations(citations: Iterable[_Citation]) -> list[_Citation]:
    """A sentence's ``citations`` (see :func:`_citations`) in its order, but for a verb joined
    to an earlier one, which shares its speaker: "The ministry said ... and accused troops of
    ..." cites the ministry, not the words before "and"."""
    joining = lexicon().clause_conjunctions
    ordered = sorted(citations, key=attrgetter("start"))
    return [
        citation
        for n, citation in enumerate(ordered)
        if not (n and citation.before[-1:] and citation.before[-1] in joining)
    ]


def _joined_verbs(features: _Features) -> frozenset[str]:
    """The verbs of saying a sentence writes only joined to an earlier one (see
    :func:`_own_citations`): "accused" of "The ministry said ... and accused troops of ..."."""
    folded, plain = features.plain.casefold(), features.plain
    attributing = features.verbs | features.attributing
    citations = list(_citations(folded, attributing, plain))
    own = {citation.phrase for citation in _own_citations(citations)}
    return frozenset(c.phrase for c in citations) - own


class _Citation(NamedTuple):
    """Where a sentence attributes its claim: its attribution verb or phrase, where that is
    written in the case-folded sentence (``start``, ``end``), and the words that name whom it
    cites, ``before`` it in its clause or else ``after`` it."""

    phrase: str
    start: int
    end: int
    before: tuple[str, ...]
    after: tuple[str, ...]


def _citations(folded: str, attributing: Iterable[str], plain: str) -> Iterator[_Citation]:
    """Each place a sentence, case-folded (``folded``; ``plain`` as written), writes one of its
    attribution verbs and phrases (``attributing``), with the words that name whom it cites:
    those before it in its clause ("police" of "..., police said"), or, with none there, those
    after it, up to the clause's end or where it goes on to say when or where
    (``unnamed_source_ends``: "Mr. Goh" of "... said Mr. Goh on Monday", "the Kiel Institute"
    of "according to the Kiel Institute"), but for an "-ing" form of saying and a phrase that
    cites figures (``data_cues``), after which stands the claim; after a cue that names whom it
    cites after it, those after it wherever it stands ("Der Mann wurde laut Polizei
    verletzt"); after a German cue, only up to the first word that the sentence writes in lower
    case and that joins no source's nouns (see :func:`_capitalised_source`). A verb where it
    attributes nothing (:func:`_not_attributing`: "is said to") cites no one.

    >>> said = "Toxins spread, said Mr. Goh on Monday."
    >>> [c[3:] for c in _citations(said.casefold(), ["said"], said)]
    [((), ('mr', 'goh'))]
    """
    terms = lexicon()
    # Where each clause break starts and ends, found once: a run-on "sentence" may hold hundreds
    # of verbs.
    breaks: list[tuple[int, int]] | None = None
    # In one order whatever the set they come in: of two phrases that cite one speaker ("Acme
    # said officials warned"), the one found first gives the attribution as written.
    for phrase in sorted(attributing):
        # A verb written where it attributes nothing too cites no one there: "The suspect is
        # said to have fled, police said" cites the police, not the suspect.
        idle = (
            [
                place.span()
                for place in _not_attributing(phrase).finditer(folded)
                if _attributes_nothing(place)
            ]
            if phrase in terms.attribution_verbs
            else []
        )
        for found in _written_at(phrase).finditer(folded):
            if any(start <= found.start() < end for start, end in idle):
                continue
            # "O Brasil tem o segundo maior juro, segundo a Infinity" cites the Infinity alone.
            if phrase in terms.ordinal_cues and _an_ordinal(phrase, words(folded[: found.start()])):
                continue
            if breaks is None:
                breaks = _clause_breaks(folded, plain)
                break_ends = [end for _, end in breaks]
            # No break spans a phrase's first letter, so those of the text before it are these.
            breaks_before = bisect_right(break_ends, found.start())
            before = words(
                folded[break_ends[breaks_before - 1] if breaks_before else 0 : found.start()]
            ) or _named_before_an_aside(folded, plain, breaks, breaks_before)
            # "le ministre a déclaré": the speaker is before "a".
            if (
                before
                and before[-1] in terms.perfect_auxiliaries
                and phrase in terms.perfect_participles
            ):
                before = before[:-1]
            after = found.groupdict().get("between")
            if after is None:
                after_break = next((b for b, _ in breaks if b >= found.end()), None)
                after = folded[found.end() : after_break]
            # A cue names whom it cites after it, wherever it stands in its clause: "Der Mann
            # wurde laut Polizei verletzt", "huyó según la policía" cite the police, not the man.
            cited_after = phrase in terms.unnamed_source_cues and words(after)
            near = () if cited_after else tuple(before)
            # After an "-ing" form of saying stands the claim, not who makes it: "detained the
            # tanker, claiming that it damaged the cable"; and so it does after figures.
            if near or phrase in terms.clause_participles or phrase in terms.data_cues:
                yield _Citation(phrase, found.start(), found.end(), near, ())
                continue
            # Who is cited ends where the clause goes on to say when or where: "said Mr. Goh on
            # Monday", "according to officials in Ohio".
            told = tuple(
                takewhile(lambda word: word not in terms.unnamed_source_ends, words(after))
            )
            if phrase in terms.capitalised_source_cues:
                told = _capitalised_source(told, plain)
            yield _Citation(phrase, found.start(), found.end(), (), told)


def _named_before_an_aside(
    folded: str, plain: str, breaks: Sequence[tuple[int, int]], breaks_before: int
) -> tuple[str, ...]:
    """The words of the clause before an aside that says who a speaker is, where a verb follows
    that aside straight after its comma and the clause before it ends in a name: "Dr. Miriam
    Okafor" of "Dr. Miriam Okafor, an associate professor of epidemiology, said", of "John
    Bank, 52, said" and of "Priya Castellan, cabinet member for finance, said" (a bare role,
    ``BARE_ROLE``); none otherwise. The aside is the speaker's, so the verb is theirs.

    >>> said = '"It may be one piece," Dr. Okafor, an associate professor, said.'
    >>> folded = said.casefold()
    >>> breaks = _clause_breaks(folded, said)
    >>> _named_before_an_aside(folded, said, breaks, bisect_right([e for _, e in breaks], folded.index(" said")))
    ('dr', 'okafor')
    """
    if breaks_before < 2:
        return ()
    (aside_start, aside_end), (verb_break, _) = breaks[breaks_before - 2 : breaks_before]
    if folded[aside_start] != "," or folded[verb_break] != ",":
        return ()
    if not (
        ASIDE_OF_A_SPEAKER.fullmatch(folded, aside_end, verb_break)
        or (len(plain) == len(folded) and BARE_ROLE.fullmatch(plain, aside_end, verb_break))
    ):
        return ()
    named = plain[breaks[breaks_before - 3][1] if breaks_before > 2 else 0 : aside_start]
    last = named.split()[-1:] if len(plain) == len(folded) else []
    return words(named.casefold()) if last and last[0][:1].isupper() else ()


def _clause_breaks(folded: str, plain: str) -> list[tuple[int, int]]:
    """Where the clauses of a case-folded sentence break (``CLAUSE_BREAK``), each break's start
    and end, but for a stop or comma inside a word or number ("U.S", "4.2", "1,000") and the
    full stop of an abbreviation ("Mr.", "U.S.") that ``plain``, the sentence as written, ends
    a word with.

    >>> _clause_breaks(said := "toxins spread, u.s. envoy mr. goh said.", said.title())
    [(13, 14), (38, 39)]
    """
    # Case-folding keeps a text's offsets but for a few letters ("ß" is "ss").
    shown = plain if len(folded) == len(plain) else folded
    return [
        found.span()
        for found in CLAUSE_BREAK.finditer(folded)
        if not (found[0] in NUMBER_JOINS and folded[found.end() : found.end() + 1].isalnum())
        and not (found[0] == "." and ends_with_abbreviation(shown[: found.end()]))
    ]


def _attributions_written(
    features: _Features, shared_cues: AbstractSet[str] = frozenset()
) -> list[str]:
    """A sentence's attributions as it writes them, in its order, each with whom it cites (see
    :func:`_own_citations`), ``CITED_WORDS`` words of whom it cites at most: "the ministry said",
    "according to the ministry", "said Mr. Goh"; not its ``shared_cues``, which the version it
    is compared with writes too. A verb or phrase found nowhere so (a Chinese verb, written
    without spaces) is given alone.

    >>> _attributions_written(_features("Nitrate levels tripled, the Ministry said on Monday."))
    ['the Ministry said']
    >>> _attributions_written(_features("According to the ministry, nitrate levels tripled."))
    ['According to the ministry']
    """
    terms = lexicon()
    plain = features.plain
    folded = plain.casefold()
    # Case-folding keeps a text's offsets but for a few letters ("ß" is "ss").
    shown = plain if len(folded) == len(plain) else folded
    placed: dict[int, str] = {}
    attributing = features.verbs | features.attributing - shared_cues
    citations = list(_citations(folded, attributing, plain))
    for citation in _own_citations(citations):
        start, end = citation.start, citation.end
        if citation.before:
            for word in reversed(citation.before[-CITED_WORDS:]):
                start = max(0, folded.rfind(word, 0, start))
        else:
            for word in citation.after[:CITED_WORDS]:
                end = max(end, folded.find(word, end) + len(word))
        # "a précisé le parquet": the perfect's auxiliary is the verb's.
        if citation.phrase in terms.perfect_participles and (
            auxiliary := WORD_BEFORE.search(folded, 0, start)
        ):
            start = auxiliary.start(1) if auxiliary[1] in terms.perfect_auxiliaries else start
        written = shown[start:end]
        # A German separable verb's particle ends its clause: "teilte die Polizei mit".
        if citation.phrase in terms.separable_verbs:
            written += " " + citation.phrase.split()[-1]
        placed.setdefault(start, written)
    found = {citation.phrase for citation in citations}
    unplaced = sorted(phrase for phrase in attributing if phrase not in found)
    return [placed[start] for start in sorted(placed)] + unplaced


@cache
def _written_at(phrase: str) -> re.Pattern[str]:
    """Where an attribution verb or phrase is written in a case-folded sentence; a German
    separable verb (``separable_verbs``) at its finite part, where its particle ends the finite
    part's clause, with the words between them as ``between``.

    >>> _written_at("teilte mit").search("drei menschen wurden verletzt, teilte die polizei mit.")
    <re.Match object; span=(31, 37), match='teilte'>
    >>> _written_at("teilte mit").search("er teilte das brot mit seinem bruder.") is None
    True
    """
    if phrase not in lexicon().separable_verbs:
        return re.compile(rf"\b{re.escape(phrase)}\b")
    finite, particle = map(re.escape, phrase.split())
    clause_break = f"(?:{CLAUSE_BREAK.pattern})"
    between = rf"(?P<between>(?:(?!{clause_break}).)*?)"
    return re.compile(rf"\b{finite}\b(?={between}\s+{particle}\s*(?:{clause_break}|$))")


@cache
def _finite_parts() -> frozenset[str]:
    """The finite parts of German separable verbs: "teilte" of "teilte mit"."""
    return frozenset(parts.split()[0] for parts in lexicon().separable_verbs)


def _capitalised_source(after: Sequence[str], plain: str) -> tuple[str, ...]:
    """The words ``after`` a German cue up to the first that the sentence, ``plain``, writes in
    lower case, but for the articles and conjunctions that join whom it cites
    (``capitalised_source_joiners``) and a wire's name written so ("laut dpa"): German
    capitalises its nouns, and sets its verb straight after whom the cue cites ("Laut Polizei
    wurde der Mann verletzt"). A day, capitalised as a noun, says when and ends it too ("laut
    Polizei Samstagabend festgenommen").

    >>> _capitalised_source(("polizei", "wurde", "der", "mann"), "Laut Polizei wurde der Mann verletzt.")
    ('polizei',)
    >>> _capitalised_source(("einem", "sprecher", "der", "stadt"), "Laut einem Sprecher der Stadt ist")
    ('einem', 'sprecher', 'der', 'stadt')
    >>> _capitalised_source(("dpa", "wurde"), "Laut dpa wurde er gefasst.")
    ('dpa',)
    """
    terms = lexicon()
    in_lower_case = {
        w.casefold()
        for w in LETTERS.findall(plain)
        if w.islower() and not terms.wire_service_named(w)
    }
    return tuple(
        takewhile(
            lambda word: (
                (word in terms.capitalised_source_joiners or word not in in_lower_case)
                and not _day_named(word)
            ),
            after,
        )
    )


def _day_named(word: str) -> bool:
    """Whether a word in lower case names a German day of the week, perhaps with the part of it
    German glues to it ("samstag", "samstagabend").

    >>> _day_named("sonntagmorgen"), _day_named("sonntagszeitung"), _day_named("domingo")
    (True, False, False)
    """
    terms = lexicon()
    return any(
        word.startswith(day) and (word == day or word[len(day) :] in terms.weekday_parts)
        for day in terms.german_weekdays
    )


def _before_a_day(name: str) -> str:
    """The words of a name, after a German cue, before the first that names a day (see
    :func:`_day_named`).

    >>> _before_a_day("Feuerwehr Sonntag"), _before_a_day("Montag")
    ('Feuerwehr', '')
    """
    return " ".join(takewhile(lambda word: not _day_named(word.casefold()), name.split()))


def _unlike(
    ours: Collection[str], theirs: Collection[str], also: AbstractSet[str] = frozenset()
) -> set[str]:
    """Our words or phrases that none of theirs, nor of ``also``, says: "it was thought" and
    "is thought to" are one hedge, worded two ways, and so are those ``same_hedges`` pairs ("not
    likely", "unlikely"; "might have", "may have"). Each side a set, or a Counter of how often
    it writes each.

    >>> _unlike(Counter({"allegedly": 1, "accused of": 1}), Counter({"accused of": 2}))
    set()
    >>> _unlike({"allegedly", "accused of"}, {"accused of"})
    {'allegedly'}
    """
    same = lexicon().same_hedges

    def said(phrase: str) -> str:
        plain = PAST_OR_PLURAL_BE.sub("is ", phrase.removeprefix("it ")).removesuffix(" to")
        return same.get(plain, plain)

    # A hedge both write as often stands in for none other of ours: "charged with theft,
    # allegedly fled" against "charged with theft, fled" drops "allegedly"; one written more
    # often does ("allegedly stole a car and is accused of fraud" against "is accused of
    # stealing a car and accused of fraud").
    told = {said(phrase) for phrase in chain(Counter(theirs) - Counter(ours), also)}
    return {phrase for phrase in ours if phrase not in theirs and said(phrase) not in told}


def _as_written(hedges: AbstractSet[str], features: _Features) -> Counter[str]:
    """``hedges``, each as often as the version writes it, or once where it is a modal's or a
    forecast's that the version holds without writing the hedge (see _doubted)."""
    written = Counter(features.hedge_uses)
    return Counter({hedge: written[hedge] or 1 for hedge in hedges})


def _conditions_reworded(
    ours: Counter[str], theirs: Counter[str]
) -> tuple[Counter[str], Counter[str]]:
    """Both versions' hedges, but the conditions each words otherwise under the same lead
    (``condition_leads``): "subject to a final review" against "subject to a final review by
    the harbour board" keeps the condition, shortened.

    >>> _conditions_reworded(Counter({"subject to a final review": 1}),
    ...     Counter({"subject to a final review by the board": 1, "may": 1}))
    (Counter(), Counter({'may': 1}))
    """
    leads_a, leads_b = ({_condition_lead(hedge) for hedge in side} for side in (ours, theirs))
    shared = leads_a & leads_b - {None}
    return (
        Counter({hedge: n for hedge, n in ours.items() if _condition_lead(hedge) not in shared}),
        Counter({hedge: n for hedge, n in theirs.items() if _condition_lead(hedge) not in shared}),
    )


def _condition_lead(hedge: str) -> tuple[str, ...] | None:
    """The lead of ``condition_leads`` a hedge opens with ("subject to" of "subject to
    funding"), else None."""
    opening = tuple(hedge.split())
    return next((lead for lead in lexicon().condition_leads if opening[: len(lead)] == lead), None)


def _denied_more_often(ours: Counter[str], theirs: Counter[str], other: _Features) -> set[str]:
    """The hedges that deny ("could not be verified") which both versions write and ours more
    often, where the other version states what one of them denies, its last word outside the
    hedge ("... and the footage was verified"). A denial written once for two claims still
    qualifies both ("The footage and the photos could not be verified"), and so does a hedge
    that denies nothing ("accused of theft and fraud").

    >>> _denied_more_often(
    ...     Counter({"could not be verified": 2}), Counter({"could not be verified": 1}),
    ...     _features("The claim could not be verified, and the footage was verified."))
    {'could not be verified'}
    >>> _denied_more_often(
    ...     Counter({"could not be verified": 2}), Counter({"could not be verified": 1}),
    ...     _features("The footage and the photos could not be verified."))
    set()
    """
    terms = lexicon()
    return {
        hedge
        for hedge, uses in ours.items()
        if 0 < theirs[hedge] < uses
        and any(map(terms.is_negation, hedge.split()))
        and other.tokens.count(hedge.split()[-1]) > theirs[hedge]
    }


def _unnoted(hedges: set[str], verbs: AbstractSet[str]) -> set[str]:
    """The hedges not opened by a verb of saying already noted, nor by its adverb: one word, one
    note, so "accused", swapped in "the village Moscow has accused of harbouring saboteurs" for
    "says", is not dropped again as the hedge "accused of", nor "allegedly" against "the
    informant alleged", an attribution added."""
    return {hedge for hedge in hedges if hedge.split()[0].removesuffix("ly") not in verbs}


def _with_its_claim(hedges: AbstractSet[str], ours: _Features, theirs: _Features) -> set[str]:
    """The ``hedges`` of a possibility ("may have", "might never have") that the other version
    cut or added with the claim each qualifies: the words of content after it in its clause are
    none of theirs. Such a claim is not told as fact, it is not told: "payments for road
    maintenance contracts that may never have been carried out" against "payments for road
    maintenance" drops no hedge. Not a caveat, whose words after it are what it doubts ("could
    not immediately verify the figure").

    >>> ours = _features("It concerned contracts that may never have been carried out.")
    >>> _with_its_claim({"may never have"}, ours, _features("It concerned 17 payments."))
    {'may never have'}
    >>> _with_its_claim({"may never have"}, ours, _features("They were never carried out."))
    set()
    """
    plain = ours.plain.casefold()
    theirs_words = set(theirs.tokens)
    function_words = lexicon().function_words
    cut: set[str] = set()
    for hedge in hedges:
        at = plain.find(hedge.casefold())
        if at < 0 or not hedge.endswith(" have"):
            continue
        clause = CLAUSE_BREAK.split(plain[at + len(hedge) :], maxsplit=1)[0]
        content = {word for word in words(clause) if word not in function_words}
        if content and content.isdisjoint(theirs_words):
            cut.add(hedge)
    return cut


def _charged(ours: _Features, theirs: _Features) -> frozenset[str]:
    """The hedges of a charge (``charge_hedges``) that a charge only theirs writes stands in for:
    "accused of" against "on suspicion of", unless ours writes "on suspicion of" too; never
    "allegedly", which "the suspect" beside it tells nothing of.

    >>> "accused of" in _charged(_features("He is accused of theft."), _features("He faces charges."))
    True
    >>> _charged(
    ...     _features("The man charged with theft is accused of fraud."),
    ...     _features("The man charged with theft committed fraud."),
    ... )
    frozenset()
    """
    return lexicon().charge_hedges if theirs.charges - ours.charges else frozenset()


def _have_hedges(features: _Features) -> frozenset[str]:
    """The hedges a version's own modals of possibility keep: "could have" of its "could be
    out", "may have" of its "might be linked"; not "may have" of "could see smoke". And those of
    a test short of people whose subjects it names (``test_subjects``): "Mice bred to develop
    the disease recovered their memory" keeps "in mice"."""
    terms = lexicon()
    possible = terms.possibility_modals.intersection(features.modals)
    return frozenset(f"{modal} have" for modal in possible) | {
        hedge
        for hedge, subjects in terms.test_subjects.items()
        if not subjects.isdisjoint(features.words)
    }


def _reversals(ours: frozenset[str], theirs: frozenset[str]) -> tuple[set[str], set[str]]:
    """Our hedges that negate one of theirs ("not likely" or "unlikely" against "likely"), and
    the hedges of theirs that they negate."""
    prefixes = ("not ", *lexicon().negating_prefixes)
    pairs = {
        (hedge, other)
        for hedge in ours
        for other in theirs
        if any(hedge == prefix + other for prefix in prefixes)
    }
    return {hedge for hedge, _ in pairs}, {other for _, other in pairs}


def _denials_of(hedges: AbstractSet[str], other: _Features) -> set[str]:
    """Those of our ``hedges`` that deny what the ``other`` version states: "no evidence"
    against "there was evidence", "could not be confirmed" against "could be confirmed"."""
    terms = lexicon()
    denials = set()
    for hedge in hedges:
        stated = " ".join(word for word in hedge.split() if not terms.is_negation(word))
        if stated != hedge and re.search(rf"\b{re.escape(stated)}\b", other.plain.casefold()):
            denials.add(hedge)
    return denials


def _negations_unlike(ours: _Features, theirs: _Features) -> set[str]:
    """The negations of the version that denies more often that the other does not write, use
    by use: the same word first, then one that negates alike ("cannot" and "could not", "never"
    and "not yet", "nobody" and "no one"); "didn't know and never asked" against "didn't know
    and asked" adds "never". Not one whose clause the other version cut, which denies nothing it
    writes (see :func:`_denies_what_theirs_writes`).

    >>> _negations_unlike(_features("He didn't know and never asked."),
    ...     _features("He didn't know and asked."))
    {'never'}
    >>> _negations_unlike(_features("She said the cause was unknown and that no one was hurt."),
    ...     _features("She said the cause was unknown."))
    set()
    """
    left = Counter(theirs.negation_uses)
    rest = []
    for word in ours.negation_uses:
        if left[word]:
            left[word] -= 1
        else:
            rest.append(word)
    alike = Counter(_as_not(word) for word in left.elements())
    unlike = set()
    for word in rest:
        if alike[_as_not(word)]:
            alike[_as_not(word)] -= 1
        elif _denies_what_theirs_writes(word, ours, theirs) and not _contrasted_alike(
            word, ours, theirs
        ):
            unlike.add(word)
    return unlike


def _contrasted_alike(negation: str, ours: _Features, theirs: _Features) -> bool:
    """Whether our ``negation`` is a "not" that sets one thing against another after a comma
    ("a crisis, not a victory") where theirs sets a contrast with "rather than" or "instead of"
    ("a crisis rather than a victory"): the same denial, written otherwise.

    >>> _contrasted_alike("not", _features("It is a crisis, not a victory."),
    ...     _features("It is a crisis rather than a victory."))
    True
    """
    return (
        negation == "not"
        and CONTRASTING_NOT.search(ours.plain) is not None
        and CONTRASTING_WORDS.search(theirs.plain) is not None
    )


def _denies_what_theirs_writes(negation: str, ours: _Features, theirs: _Features) -> bool:
    """Whether a use of our ``negation`` denies what the other version writes too: of the
    ``NEGATED_REACH`` words after it, one of content that theirs writes, by its stem ("did not
    order the strike" against "ordered the strike"), or none to tell ("He said no."). A version
    that writes none of them cut the clause the negation stands in ("and that no employees were
    on site" left out), which leaves the rest unreversed; so does one that writes them only as
    often as our words no negation denies do ("none of them closed the gap" left out, "Closing
    Millgate" written by both). A verb of two letters tells what is denied where no longer word
    does (``short_verbs``): "and I will not do that to you" and "it might not be" cut. A
    negation that ends its sentence denies the words before it: "I am sorry that they did not"
    against "apologised" denies nothing.

    >>> kept = "Closing the depot was hard for us."
    >>> _denies_what_theirs_writes("none", _features(f"{kept} We weighed three bids and none of"
    ...     " them closed the gap."), _features(kept))
    False
    >>> _denies_what_theirs_writes("not", _features("I am sorry that they did not."),
    ...     _features("She apologised."))
    False
    """
    terms = lexicon()
    tokens = ours.tokens
    uses = [at for at, token in enumerate(tokens) if token == negation]
    denying = [at for at, token in enumerate(tokens) if terms.is_negation(token)]
    denied_places = {
        at for use in denying for at in range(use - NEGATED_REACH, use + 1 + NEGATED_REACH)
    }
    undenied = Counter(stem(token) for at, token in enumerate(tokens) if at not in denied_places)
    their_spare = Counter(stem(token) for token in theirs.tokens) - undenied
    written = re.finditer(rf"(?<!\w){re.escape(negation)}(?!\w)", ours.plain.casefold())
    ends = [bool(CLAUSE_END_AFTER_NEGATION.match(ours.plain, found.end())) for found in written]
    for n, at in enumerate(uses):
        ending = len(ends) == len(uses) and ends[n]
        after = () if ending else tokens[at + 1 : at + 1 + NEGATED_REACH]
        denied = _content_near(after) or _content_near(tokens[max(0, at - NEGATED_REACH) : at])
        if not denied or any(their_spare[stem(token)] for token in denied):
            return True
    return not uses


def _content_near(run: Sequence[str]) -> list[str]:
    """The words of content of a ``run`` beside a negation, or its verbs of two letters where it
    has none (``short_verbs``: "do" of "will not do that")."""
    terms = lexicon()
    content = [token for token in run if len(token) > 2 and token not in terms.function_words]
    return content or [token for token in run if token in terms.short_verbs]


def _refused_acts(ours: _Features, theirs: _Features) -> dict[str, str]:
    """Our denying words before "to" and a verb (``denying_words``: "failed to prove", "refused
    to resign"), each with that verb done in its past in "-ed", where theirs writes it and ours
    does not: "failed" against "proved", "refused" against "resigned"; not "declined to
    comment" against "gave no comment".

    >>> _refused_acts(_features("He failed to prove it."), _features("He proved it."))
    {'failed': 'proved'}
    """
    denying, tokens = lexicon().denying_words, ours.tokens
    return {
        word: done
        for word, to, verb in zip(tokens, tokens[1:], tokens[2:], strict=False)
        if word in denying
        and to == "to"
        and (done := f"{verb.removesuffix('e')}ed") in theirs.tokens
        and done not in tokens
    }


def _opposites_denied(ours: _Features, theirs: _Features) -> set[str]:
    """Our denying words, which theirs writes less often, that say the opposite of a word theirs
    writes more often than ours (``denied_opposites`` in ``framing_terms.toml``): "acquitted"
    against "found guilty", "Smith was acquitted and Jones was convicted" against "Smith was
    convicted and Jones was convicted", and "cleared the road before the jury cleared Smith"
    against "cleared the road before the jury convicted Smith"; not in a split verdict,
    "acquitted of murder but convicted of manslaughter", which writes both.

    >>> _opposites_denied(_features("He was acquitted."), _features("He was found guilty."))
    {'acquitted'}
    >>> _opposites_denied(_features("He was acquitted."), _features("He was cleared."))
    set()
    >>> split = _features("He was acquitted of murder but convicted of manslaughter.")
    >>> _opposites_denied(split, _features("He was convicted of manslaughter."))
    set()
    """
    ours_written, theirs_written = Counter(ours.tokens), Counter(theirs.tokens)
    return {
        word
        for word, opposites in lexicon().denied_opposites.items()
        if ours_written[word] > theirs_written[word]
        and sum(map(theirs_written.__getitem__, opposites))
        > sum(map(ours_written.__getitem__, opposites))
    }


def _opposites_written(denying: AbstractSet[str], ours: _Features, theirs: _Features) -> set[str]:
    """The words theirs writes more often than ours that say the opposite of our ``denying``
    words (``denied_opposites``): "convicted" against "acquitted", "guilty" against "cleared".

    >>> _opposites_written({"acquitted"}, _features("He was acquitted."), _features("He was convicted."))
    {'convicted'}
    """
    ours_written, theirs_written = Counter(ours.tokens), Counter(theirs.tokens)
    opposites = lexicon().denied_opposites
    return {
        opposite
        for word in denying & opposites.keys()
        for opposite in opposites[word]
        if theirs_written[opposite] > ours_written[opposite]
    }


def _cleared_in_place(ours: _Features, theirs: _Features) -> int:
    """One denial where our "cleared", with no charge after "of" that makes it a verdict
    already (see ``_cleared_someone_of``), clears whom the other version's opposite verdict
    (``denied_opposites``: "convicted", "fined") takes in its place and does not clear itself:
    "The jury cleared Smith on Tuesday" against "The jury convicted Smith on Tuesday", whatever
    else either version clears ("cleared the courtroom"); none for "cleared the way", "cleared
    Smith Street", "cleared the merger" against "fined the bank", nor a permission ("cleared
    the player to travel" against "fined the player"; see ``_permits``).

    >>> _cleared_in_place(_features("The jury cleared Smith."), _features("The jury convicted Smith."))
    1
    >>> _cleared_in_place(_features("Crews cleared the road."), _features("A jury convicted the man."))
    0
    """
    if _charges_cleared(ours.plain):
        return 0
    cleared = {
        ours.tokens[at]
        for at in _object_places({"cleared"}, ours.tokens)
        if not _permits(ours.tokens[at + 1 :])
    } - _objects_of({"cleared"}, theirs.tokens)
    return int(
        not cleared.isdisjoint(_objects_of(lexicon().denied_opposites["cleared"], theirs.tokens))
    )


def _permits(after: Sequence[str]) -> bool:
    """Whether the words after the object of "cleared" make it a permission: one of
    ``permission_words`` within ``PERMISSION_REACH`` ("cleared the player to travel", "cleared
    him for duty"), but not a "for" before a verdict's ground (``verdict_grounds``: "cleared him
    for lack of evidence").

    >>> _permits(words("for Saturday's match")), _permits(words("for lack of evidence"))
    (True, False)
    """
    terms = lexicon()
    following = (*after[1:], "")
    return any(
        word in terms.permission_words and following[n] not in terms.verdict_grounds
        for n, word in enumerate(after[:PERMISSION_REACH])
    )


def _objects_of(verbs: AbstractSet[str], tokens: Sequence[str]) -> set[str]:
    """The word each use of ``verbs`` takes as its object, past an article or another of
    ``object_starts``: "smith" of "convicted Smith", "former" of "cleared the former mayor"."""
    return {tokens[at] for at in _object_places(verbs, tokens)}


def _object_places(verbs: AbstractSet[str], tokens: Sequence[str]) -> Iterator[int]:
    """Where in ``tokens`` the object of each use of ``verbs`` stands (see ``_objects_of``)."""
    starts = lexicon().object_starts
    for verb_at, token in enumerate(tokens):
        if token in verbs:
            objects = (at for at in range(verb_at + 1, len(tokens)) if tokens[at] not in starts)
            if (at := next(objects, None)) is not None:
                yield at


def _as_not(negation: str) -> str:
    """A negation written as the one it says the same as: "can't", "didn't", "cannot" and
    "never" as "not", "nobody" and "nothing" as "no" (see ``framing_terms.toml``)."""
    return "not" if negation.endswith("n't") else lexicon().same_negations.get(negation, negation)


def _negated(ours: _Features, theirs: _Features) -> set[str]:
    """Our words that negate one of theirs by a prefix, in its place (beside a word it stands
    beside in theirs): "impossible to verify" against "possible to verify", "невозможны" against
    "возможны" (the stems in ``framing_terms.toml``); not "illegal aliens" against "legal
    status", another word of another phrase."""
    terms = lexicon()
    return {
        word
        for word in ours.words - theirs.words
        for prefix in terms.negating_prefixes
        if word.startswith(prefix)
        and (stem := word[len(prefix) :]) in theirs.words
        and stem not in ours.words
        and stem.startswith(terms.negatable)
        and not _neighbours(word, ours.tokens).isdisjoint(_neighbours(stem, theirs.tokens))
    }


def _denied_alike(ours: _Features, theirs: _Features) -> set[str]:
    """Our words negated by a prefix whose stem theirs denies right after a negation:
    "illegal" against "not legal", "unable" against "not able"."""
    terms = lexicon()
    candidates = {
        (word, word[len(prefix) :])
        for word in ours.words - theirs.words
        for prefix in terms.negating_prefixes
        if word.startswith(prefix) and word[len(prefix) :] in theirs.words
    }
    if not candidates:
        return set()
    denied = {after for before, after in pairwise(theirs.tokens) if terms.is_negation(before)}
    return {word for word, stem in candidates if stem in denied}


def _denied_in_other_words(ours: _Features, theirs: _Features) -> set[str]:
    """Our negative words that stand where theirs writes a negation, and so say it in other
    words: a word a prefix negates ("unavailable" for "could not be reached", "unclear" for "not
    immediately clear") or one of ``negative_words`` ("has stopped running" for "no longer
    runs"); not a word of the root theirs negates ("stopped" for "did not stop").

    >>> _denied_in_other_words(_features("He was unavailable."), _features("He could not be reached."))
    {'unavailable'}
    >>> _denied_in_other_words(_features("Police stopped the car."), _features("Police did not stop the car."))
    set()
    """
    negative = {word for word in ours.words - theirs.words if _is_negative(word)} - ours.hedges
    if not negative or not theirs.negation_uses:
        return set()
    terms = lexicon()
    found = set()
    matcher = SequenceMatcher(None, ours.tokens, theirs.tokens, autojunk=False)
    for tag, our_start, our_end, their_start, their_end in matcher.get_opcodes():
        replaced = theirs.tokens[their_start:their_end]
        if tag == "replace" and any(map(terms.is_negation, replaced)):
            found |= {
                word
                for word in negative.intersection(ours.tokens[our_start:our_end])
                if not any(same_root(word, other) for other in replaced)
            }
    return found


def _is_negative(word: str) -> bool:
    """Whether a word denies where it stands in a negation's place: one of ``negative_words``,
    or a word a prefix negates ("unavailable", "unclear"; see ``negatable``)."""
    terms = lexicon()
    return word in terms.negative_words or any(
        word.startswith(prefix) and word[len(prefix) :].startswith(terms.negatable)
        for prefix in terms.negating_prefixes
    )


def _neighbours(word: str, tokens: Sequence[str]) -> set[tuple[int, str]]:
    """The words right before (-1) and after (1) each use of a word among a sentence's."""
    return {
        (side, tokens[n + side])
        for n, token in enumerate(tokens)
        if token == word
        for side in (-1, 1)
        if 0 <= n + side < len(tokens)
    }


def _only_in(ours: frozenset[str], theirs: frozenset[str]) -> set[str]:
    """The words or phrases of ``ours`` that ``theirs`` lacks in every form: the forms of one
    Russian word by gender, number or case ("сообщил", "сообщила"; "киевский режим", "киевского
    режима") are one, and so are an English or Spanish word's forms of one root ("terrorist",
    "terrorists", "terrorism"; "secuestró", "secuestrados"; see
    :func:`compare.similarity.same_root`)."""
    if ours == theirs:
        return set()
    return {
        phrase
        for phrase in ours
        if not any(_same_phrase(phrase, other, _same_term_root) for other in theirs)
    }


def _same_term_root(a: str, b: str) -> bool:
    """Whether two words of loaded terms are forms of one root, English, Russian or Spanish:
    "terrorist" and "terrorism", "secuestró" and "secuestraron"."""
    return same_root(a, b) or same_spanish_root(a, b)


def _kept_inside(word: str, phrases: Iterable[str]) -> bool:
    """Whether a word is one of the words of one of ``phrases``.

    >>> _kept_inside("protesters", ["peaceful protesters"]), _kept_inside("protesters", ["mob"])
    (True, False)
    """
    return any(word in phrase.split() for phrase in phrases)


def _other_verbs(ours: Sequence[str], theirs: Sequence[str]) -> set[str]:
    """Our attribution verbs, each use, that no use of theirs is a form of: "said", "says" and
    "say" are one verb, and so are "criticised" and "criticized"; "said" and "claimed" are two;
    and "said" used twice against "claimed" and "said" once each swaps one "said". The neutral
    verbs ("said", "told", "added") stand in for one another: they lend the speaker alike.

    >>> _other_verbs(("said", "said"), ("claimed", "says")), _other_verbs(("said",), ("said", "claimed"))
    ({'said'}, set())
    >>> _other_verbs(("said", "said"), ("told", "claimed")), _other_verbs(("added",), ("noted",))
    ({'said'}, set())
    >>> _other_verbs(("said", "wrote"), ("claimed", "wrote"))
    {'said'}
    """
    neutral = lexicon().neutral_attribution_verbs
    left = list(theirs)
    # A verb both write is matched before a neutral one stands in for another: in "Prosecutors
    # said Obermeyer wrote 312 checks" against "... claimed Obermeyer wrote ...", "said" taking
    # the other's "wrote" left our "wrote" swapped for "claimed".
    other = list(ours)
    for alike in (
        lambda t, verb: _verb(t) == _verb(verb) or _same_phrase(t, verb),
        lambda t, verb: verb in neutral and t in neutral,
    ):
        unmatched = []
        for verb in other:
            told = next((t for t in left if alike(t, verb)), None)
            if told is None:
                unmatched.append(verb)
            else:
                left.remove(told)
        other = unmatched
    return set(other)


def _said_instead(ours: _Features, theirs: _Features, their_verbs: AbstractSet[str]) -> set[str]:
    """Our neutral verbs after a word that one of ``their_verbs`` of more or less credence
    follows in theirs, the speaker's: "the men told investigators" against "sources said the men
    admitted" swaps "told" for "admitted", though "told" alone stands in for "said"; not "IBM said
    it believes" against "the company added", whose speakers are written apart.

    A finding credited to its makers stands in for "said" so, for those speakers or where no
    verb of ours credits another: "researchers found" against "researchers claimed", or "the
    study found" against "experts claim", swaps "found" for a verb of less credence.

    >>> told = _features("The men told investigators they had paid.")
    >>> _said_instead(told, _features("Sources said the men admitted they had paid."), {"admitted"})
    {'told'}
    >>> found = _features("Heavy users slept less, researchers found.")
    >>> _said_instead(found, _features("Heavy users slept less, researchers claimed."), {"claimed"})
    {'found'}

    So does a cue that cites as "said" does ("according to", "selon": ``unnamed_source_cues``)
    where no verb of ours credits anyone and theirs writes no such cue: "selon une source
    policière" against "a prétendu une source policière".

    >>> selon = _features("Il aurait tenté de fuir, selon une source policière.")
    >>> _said_instead(selon, _features("Il aurait tenté de fuir, a prétendu une source policière."), {"prétendu"})
    {'selon'}
    """
    terms = lexicon()
    neutral = terms.neutral_attribution_verbs
    speakers = {before for before, verb in pairwise(theirs.tokens) if verb in their_verbs - neutral}
    findings = {
        verb
        for cue in ours.attributing
        if (verb := _finding_verb(cue))
        and their_verbs - neutral
        and (not ours.verbs or not speakers.isdisjoint(cue.split()))
    }
    cues = {
        cue
        for cue in ours.attributing - theirs.attributing
        if cue in terms.unnamed_source_cues and their_verbs - neutral and not ours.verbs
    }
    return (
        {
            verb
            for before, verb in pairwise(ours.tokens)
            if verb in neutral and verb in ours.verbs and before in speakers
        }
        | findings
        | cues
    )


def _verb(written: str) -> str:
    """One form for an English verb's forms (see ``verb_forms`` in ``framing_terms.toml``)."""
    # In American spelling: "criticised" is "criticized".
    return stem(_american(lexicon().verb_forms.get(written, written)))


def _same_phrase(a: str, b: str, same: Callable[[str, str], bool] = same_word) -> bool:
    ours, theirs = a.split(), b.split()
    return len(ours) == len(theirs) and all(map(same, ours, theirs))


# Asked of every pair's two articles as the reports are written: once an article.
@lru_cache(maxsize=1 << 16)
def names_framing_of(text: str, stated: str | None = None) -> bool:
    """Whether the framing words of a text's language are known: attribution verbs and hedges
    are listed in English, Russian, Chinese, German, French, Spanish, Urdu and Hindi (loaded
    terms not in French and Chinese). In another language only numbers, quotations and sources are told
    apart. A language the article ``stated`` (its ``Document.language``) is taken for the one its
    words would tell.

    >>> names_framing_of("The minister said talks were over.")
    True
    >>> names_framing_of("Le ministre a dit qu'il ne signerait pas.")
    True
    >>> names_framing_of("Il ministro ha detto che i colloqui sono finiti.")
    False
    >>> names_framing_of("Il sindaco ha detto che le scuole resteranno chiuse.")
    False
    >>> names_framing_of("Министр сказал, что это ложь."), names_framing_of("Міністр сказав, що це неправда.")
    (True, False)
    >>> names_framing_of("Culiacán, 4 de marzo. —Le dijimos que se fuera —contó Ramiro.", "es")
    True
    """
    if stated:
        return stated in LISTED_LANGUAGES
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    return (
        words_language(sample) in LISTED_LANGUAGES
        or language(sample) == "ru"
        or (HAN.search(sample) is not None and KANA.search(sample) is None)
    )


def kinds_checked_in(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The framing kinds named in text of ``language`` (as :func:`segment.language` names one
    of :data:`lexicon.FRAMING_LANGUAGES`) and those that are not: the kinds named from word
    lists as the lexicon lists words of that language for them (a term the user adds counted),
    and :data:`ANY_LANGUAGE_KINDS`; not :data:`ENGLISH_GRAMMAR_KINDS`.

    >>> checked, unchecked = kinds_checked_in("de")
    >>> "hedges" in checked, "numbers" in checked, "roles" in unchecked
    (True, True, True)
    """
    listed = lexicon().framing_languages
    checked = tuple(kind for kind, languages in listed.items() if language in languages)
    unchecked = tuple(kind for kind in listed if kind not in checked)
    return checked + ANY_LANGUAGE_KINDS, unchecked + ENGLISH_GRAMMAR_KINDS


def framing_profile(
    document: Document,
    sentences: Sequence[Sentence],
    boilerplate: AbstractSet[tuple[str, int]] = frozenset(),
    names: tuple[str, ...] = (),
) -> FramingProfile:
    """Attribution verbs, hedges, quotations, cited sources and numbers of a whole article; the
    hedges and loaded terms of its headline too, where framing starts ("Regime-run dam
    bursts"). The numbers of its ``boilerplate`` sentences (``(document id, sentence index)``:
    a dateline's day, a copyright's year) are none of its story's. An article set in capitals
    cites the sources its story's ``names`` spell (see :func:`~compare.overlap.story_names`)."""
    quoted = article_quotations(document.text, sentences)
    verbs: Counter[str] = Counter()
    framed: list[tuple[frozenset[str], frozenset[str]]] = []
    # An article in a language whose framing words are not listed has none of them named:
    # "presunto" in an Italian one is no Spanish hedge (see names_framing_of).
    if names_framing_of(document.text, document.language):
        for s, spans in zip(sentences, by_sentence(quoted, sentences), strict=True):
            verbs.update(
                in_its_letters(verb, s.text)
                for verb in _attributions_outside(s.tokens, s.key, s.text, spans).elements()
            )
            framed.append(_in_letters_of(s.text, *_framing_words(s.text, s.tokens, spans)))
        title = document.title or ""
        title_quoted = tuple(quotation_spans(title)) if may_quote(title) else ()
        # A headline is read in its article's language, which its few words may not tell.
        framed.append(
            _in_letters_of(
                title,
                *_framing_words(
                    title, words(title), title_quoted, document.language or language(document.text)
                ),
            )
        )
    plain = normalise(document.text)
    return FramingProfile(
        doc=document.id,
        attribution_verbs=tuple(sorted(verbs.items(), key=lambda item: (-item[1], item[0]))),
        hedges=_written_phrases(hedges for hedges, _ in framed),
        loaded_terms=_written_phrases(loaded for _, loaded in framed),
        quotes=(quotes := _distinct_quotes(_quoted_at(plain, quoted))),
        # An outlet naming itself ("The Daily Herald could not verify ...") cites no one.
        cited_sources=tuple(
            c for c in _cited_sources(plain, names) if not _same_outlet(c, document.source)
        ),
        numbers=tuple(
            dict.fromkeys(
                chain.from_iterable(
                    _numbers_written(s.text, s.tokens)
                    for s in sentences
                    if (s.doc, s.index) not in boilerplate
                )
            )
        ),
        quoted_by=_quoted_by(quotes, sentences),
    )


def _in_letters_of(
    text: str, hedges: frozenset[str], loaded: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """A sentence's hedges and loaded terms, in Arabic script as its ``text`` writes them (see
    :func:`in_its_letters`)."""
    return (
        frozenset(in_its_letters(hedge, text) for hedge in hedges),
        frozenset(in_its_letters(term, text) for term in loaded),
    )


# A feed repeats a wire's sentences in each outlet that carries it, often further apart than
# numbers_as_written's 16,384 sentences: of 3,000 scale articles' 63,291 sentences (38,340
# texts), it read the numbers of 48,966, these caches of 38,281.
@lru_cache(maxsize=1 << 16)
def _framing_words(
    text: str,
    tokens: tuple[str, ...],
    quoted: tuple[tuple[int, int], ...] = (),
    language: str | None = None,
) -> tuple[frozenset[str], frozenset[str]]:
    """The hedges and loaded terms of a sentence, given its text, words and its quotations at
    ``quoted``, read in ``language`` where its words tell none (see :func:`_loaded`), as a
    profile lists them: a hedge or loaded term in a quotation is the speaker's
    word, not the outlet's ('acusados de "terrorismo"', 'called it "a witch hunt"', '"Es
    presuntamente un fraude", dijo').

    >>> said = 'He "allegedly" backed "terrorism", the regime reportedly said.'
    >>> [sorted(found) for found in _framing_words(said, words(said), tuple(quotation_spans(said)))]
    [['reportedly'], ['regime']]
    """
    terms = lexicon()
    if quoted:
        # A comma where each quotation stood, as _attributions_outside writes one.
        text = " , ".join(outside_quotations(normalise(text), quoted))
        tokens = words(text)
    own = _outside_names_given(text, tokens)
    return frozenset(_hedges_in(tokens, text)), _loaded(
        tokens if own is text else words(own), own, language
    ) - (terms.plain_counterparts | terms.loaded_in_place_of_plain)


def _outside_names_given(text: str, tokens: Sequence[str]) -> str:
    """A sentence's text (and its words, ``tokens``) but the words a verb of naming
    (``naming_verbs``) gives as what someone called a thing, from the verb to the end of its
    clause: "The mayor called the arrivals a political stunt" reports the mayor's label, no
    loaded term of the outlet's, as a quotation does. A clause a verb of saying reports is the
    outlet's wording still: a rewrite that writes "the governor said towns are overwhelmed by an
    invasion" for "by an increase" chose the word.

    >>> said = "Critics called the raids a witch hunt, and the police left."
    >>> words(_outside_names_given(said, words(said)))
    ('critics', 'and', 'the', 'police', 'left')
    """
    if lexicon().naming_verbs.isdisjoint(tokens):
        return text
    return " , ".join(_naming_verb().split(clause, 1)[0] for clause in CLAUSE_END.split(text))


@cache
def _naming_verb() -> re.Pattern[str]:
    """One of ``naming_verbs``, in any case."""
    either = "|".join(map(re.escape, sorted(lexicon().naming_verbs)))
    return re.compile(rf"(?i)\b(?:{either})\b")


@lru_cache(maxsize=1 << 16)
def _numbers_written(text: str, tokens: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`numbers_as_written`, each count with its unit and the period it is counted per
    ("2.2 percentage points", "£340 million a year") and after its qualifier, as a pair's notes
    show it ("about $450 million"), kept for as many sentences as :func:`_framing_words`.

    >>> text = "It rose 2.2 percentage points to about £340 million a year on May 4."
    >>> _numbers_written(text, words(text))
    ('2.2 percentage points', 'about £340 million a year', 'May 4')
    """
    written_numbers = numbers_as_written(text, tokens)
    # Most sentences hold no number, and no qualifier of one to look for.
    if not written_numbers:
        return ()
    plain = normalise(text)
    estimates = frozenset(_estimates(tokens, plain))
    found = []
    end = 0
    for written in written_numbers:
        since, start = end, plain.find(written, end)
        if start < 0:
            found.append(written)
            continue
        end = start + len(written)
        if not _is_count(written):
            found.append(written)
            continue
        end = _unit_phrase(plain, start, end)[1]
        per = _period_after(plain, end)[0]
        shown = f"{plain[start:end]} {per}" if per else plain[start:end]
        qualifier = _qualifier_before(words(plain[since:start]), words(written), estimates)
        found.append(f"{qualifier} {shown}" if qualifier else shown)
    return tuple(found)


def _written_phrases(found: Iterable[AbstractSet[str]]) -> tuple[str, ...]:
    """The phrases found in any sentence, each once, as written, in order."""
    return tuple(sorted({as_written(phrase) for phrases in found for phrase in phrases}))


def attributions(tokens: Sequence[str], folded: str) -> Counter[str]:
    """The attribution verbs among a sentence's words, with their counts, given its words and
    its case-folded text; "adds" in "The plan adds 40 km" and "told" in "residents were told to
    leave" attribute nothing, though "said" in '"This is who we are," said Biden' does.

    >>> attributions("the line adds 12 stations its chief said".split(), "the line adds 12 stations, its chief said.")
    Counter({'said': 1})
    """
    terms = lexicon()
    # Most sentences hold none: one set operation in C tells.
    separable = not _finite_parts().isdisjoint(tokens)
    if terms.attribution_verbs.isdisjoint(tokens) and not separable:
        return Counter()
    found = Counter(t for t in tokens if t in terms.attribution_verbs)
    if separable:
        for parts in terms.separable_verbs:
            found[parts] += sum(1 for _ in _written_at(parts).finditer(folded))
    for verb in list(found):
        if verb in terms.clause_participles:
            # After "were" an "-ing" form is no passive: "officials were saying that".
            found[verb] = sum(map(_opens_a_clause, _rest_after(verb).findall(folded)))
        else:
            found[verb] -= sum(map(_attributes_nothing, _not_attributing(verb).finditer(folded)))
    # A verb that also takes a thing as its object, before an article or a number: "The plan
    # adds 40 km of track", "tests to confirm the man's identity", "The board declared a
    # dividend".
    for verb in terms.object_verbs.intersection(found):
        found[verb] -= sum(_is_object(*after) for after in _followed_by(verb).findall(folded))
    # A Hindi or Urdu noun of saying without its light verb names what was said: "बड़ा खुलासा:".
    for noun in terms.light_verb_nouns.intersection(found):
        found[noun] -= sum(
            word == noun and not _before_a_light_verb(tokens[at + 1 : at + 3])
            for at, word in enumerate(tokens)
        )
    return +found


def _before_a_light_verb(after: Sequence[str]) -> bool:
    """Whether the words ``after`` a Hindi or Urdu noun of saying open with its light verb,
    perhaps after a particle (``light_verbs``, ``light_verb_particles``): "किया कि", "भी लगाया".

    >>> _before_a_light_verb(("किया", "कि")), _before_a_light_verb(("नहीं", "की"))
    (True, True)
    >>> _before_a_light_verb(("पहले", "से"))
    False
    """
    terms = lexicon()
    if after[:1] and after[0] in terms.light_verb_particles:
        after = after[1:]
    return bool(after) and after[0] in terms.light_verbs


@cache
def _rest_after(verb: str) -> re.Pattern[str]:
    """The text after each place ``verb`` is written, to the end."""
    return re.compile(rf"\b{re.escape(verb)}\b(?=(.*))")


def _opens_a_clause(rest: str) -> bool:
    """Whether the ``rest`` of a text after an "-ing" form of saying opens the clause it reports:
    "that", perhaps after an aside (``clause_asides``, or adverbs in "-ly"), a subject with a
    verb of its own, or a quotation.

    >>> _opens_a_clause(" without evidence that it damaged the cable."), _opens_a_clause(" it lied.")
    (True, True)
    >>> _opens_a_clause(" the title in 2019."), _opens_a_clause(" on changes to the rules.")
    (False, False)
    """
    if SPEECH_AFTER.match(rest):
        return True
    asides = lexicon().clause_asides
    clause = words(CLAUSE_END.split(rest, 1)[0])
    if "that" in clause[:REPORTED_THAT_REACH]:
        before = clause[: clause.index("that")]
        if all(word.endswith("ly") for word in before) or (before[0] in asides and len(before) > 1):
            return True
    return bool(clause) and clause[0] not in asides and _has_a_verb_of_its_own(clause)


@cache
def _followed_by(verb: str) -> re.Pattern[str]:
    """``verb``, the word right after it, with only spaces between, and the rest of its clause,
    up to a comma, an aside in brackets ("added a further task (not a necessary one, he said)")
    or a sentence's end."""
    return re.compile(rf"\b{re.escape(verb)}\s+(\w+)([^,;:!?(\[]*)")


def _is_object(word: str, rest: str) -> bool:
    """Whether a word, before the ``rest`` of its clause, opens a thing that a verb takes as its
    object: an article, a possessive or a number, but for the subject of a clause whose "that"
    news drops, which a verb of its own follows ("He added the company would appeal"), though
    the sentence ends straight after that verb ("He added two officers died.").

    >>> _is_object("a", " third on 81 minutes"), _is_object("the", " company would appeal")
    (True, False)
    >>> _is_object("two", " officers died."), _is_object("40", " police officers.")
    (False, True)
    """
    return _opens_a_thing(word) and not _has_a_verb_of_its_own([word, *words(rest)])


def _opens_a_thing(word: str) -> bool:
    """Whether a word opens a thing: an article, a possessive or a number ("a", "its", "two")."""
    return word in lexicon().object_starts or _is_a_number(word)


def _is_a_number(word: str) -> bool:
    """Whether a word is a number, in words or figures: "two", "12"."""
    return word in lexicon().number_words or word[:1].isdigit()


def _has_a_verb_of_its_own(clause: Sequence[str]) -> bool:
    """Whether the words after a noun's first one hold a verb it is the subject of: "be" or an
    auxiliary before one of ``object_ends`` ("charged three men who were seen"), or a verb in
    the past or the present straight after the noun ("the company rejected", "the firm plans"),
    past the counts and words before it ("two more goals in", "a third on"); after a count of
    more than one, a present in "-s" cannot be its verb, which would not agree, but a plural
    noun's second word ("40 police officers").

    >>> _has_a_verb_of_its_own("firm plans to appeal".split())
    True
    >>> _has_a_verb_of_its_own("more goals in the second half".split())
    False
    >>> _has_a_verb_of_its_own("40 police officers on patrol".split())
    False
    >>> _has_a_verb_of_its_own("the policy likely violates the law".split())
    True
    """
    terms = lexicon()
    noun = next((at for at, word in enumerate(clause) if not _opens_a_thing(word)), len(clause))
    # Past an adverb before the verb: "the policy likely violates" as "the policy violates".
    verb = noun + 1
    while verb < len(clause) and (
        clause[verb] in terms.adverbs_before_verbs or clause[verb].endswith("ly")
    ):
        verb += 1
    after = clause[verb] if verb < len(clause) else ""
    plural = any(map(_counts_more_than_one, clause[:noun]))
    if (
        after.isalpha()
        and len(after) > 2
        and after not in terms.function_words
        and _is_past_or_present(after)
        and not (plural and after.endswith("s") and after not in terms.irregular_pasts)
    ):
        return True
    for word in clause:
        if word in terms.object_ends:
            return False
        if word in _verbs_after_a_subject():
            return True
    return False


def _counts_more_than_one(word: str) -> bool:
    """Whether a word is a count of more than one, in figures or in words: "40", "two"; not
    "1", "one" nor an ordinal ("a third")."""
    terms = lexicon()
    if word.isdigit():
        return int(word) > 1
    return word not in terms.ordinals and terms.number_words.get(word, 0) > 1


@cache
def _verbs_after_a_subject() -> frozenset[str]:
    """The verbs that tell a subject's clause without a parser: "be", auxiliaries and modals."""
    terms = lexicon()
    return (
        terms.passive_marks
        | terms.auxiliaries
        | terms.possibility_modals
        | terms.certainty_modals
        | terms.other_modals
    )


def _attributions_outside(
    tokens: Sequence[str], folded: str, text: str, spans: Sequence[tuple[int, int]]
) -> Counter[str]:
    """The attribution verbs of a sentence (its words, its case-folded text and its text) outside
    its quotations at ``spans``: a speaker's "It should have reported that it was sailing ..."
    attributes nothing."""
    if spans:
        # A comma where each quotation stood: "The talks are "over," said the minister" is no
        # passive "are said".
        outside = " , ".join(outside_quotations(normalise(text), spans))
        found = attributions(words(outside), outside.casefold())
    else:
        outside, found = "", attributions(tokens, folded)
    if found:
        found -= _headline_passives(found, tokens, folded)
    # Most sentences hold none of the forms that are more often nouns: a set operation tells.
    if lexicon().noun_like_attribution_verbs.isdisjoint(tokens):
        return found
    return found + _verbs_written_as_nouns(outside or normalise(text))


def _headline_passives(found: Counter[str], tokens: Sequence[str], folded: str) -> Counter[str]:
    """The attribution verbs ``found`` in a sentence (its words and its case-folded text) that a
    headline writes in the passive, citing no one: one straight before "with" ("Boy charged
    after rider threatened with knife"); a charge's verb (``pending_allegation_words``) before
    the words a charge's ground follows (``charge_wordings``: "Director charged over scaffold
    collapse"), no "that" reported after it, or that ends the one clause the sentence is ("Boss
    whose negligence killed teen scaffolder charged"); not "The fire was deliberate, prosecutors
    charged", nor "The senator charged in a statement that ...".

    >>> said = "Director charged over scaffold collapse"
    >>> _headline_passives(Counter(["charged"]), words(said), said.casefold())
    Counter({'charged': 1})
    >>> said = "The fire was deliberate, prosecutors charged."
    >>> _headline_passives(Counter(["charged"]), words(said), said.casefold())
    Counter()
    """
    terms = lexicon()
    one_clause = not CLAUSE_BREAK.search(folded.rstrip(" .!?"))
    return Counter(
        word
        for at, word in enumerate(tokens)
        if word in found
        and (
            tokens[at + 1 : at + 2] == ("with",)
            or (
                word in terms.pending_allegation_words
                and (
                    (at == len(tokens) - 1 and one_clause)
                    or (
                        any(
                            tuple(tokens[at + 1 : at + 1 + len(wording)]) == wording
                            for wording in terms.charge_wordings
                        )
                        and "that" not in tokens[at + 1 :]
                    )
                )
            )
        )
    )


def _verbs_written_as_nouns(text: str) -> Counter[str]:
    """The forms of attribution verbs that are more often nouns (``noun_like_attribution_verbs``:
    "claims", "reports") among a sentence's words, with their counts, each where it is a verb:
    in lower case, straight after its subject (see :func:`_subject_ends_at`) and before the
    clause it reports (see :func:`_reports_a_clause`).

    >>> _verbs_written_as_nouns("The council claims the closure will save £3.8 million a year.")
    Counter({'claims': 1})
    >>> _verbs_written_as_nouns("Insurance claims rose."), _verbs_written_as_nouns("The claims were false.")
    (Counter(), Counter())
    >>> _verbs_written_as_nouns("She claims staff heard the alarm.")
    Counter({'claims': 1})
    >>> _verbs_written_as_nouns("Insurance claims staff handled 400 files.")
    Counter()
    >>> _verbs_written_as_nouns("Phones harm sleep, experts claim."), _verbs_written_as_nouns("It denied insurance claims.")
    (Counter({'claim': 1}), Counter())
    """
    verbs = lexicon().noun_like_attribution_verbs
    tokens = _role_token().findall(text)
    return Counter(
        word
        for at, word in enumerate(tokens)
        if word in verbs
        and _subject_ends_at(tokens, at)
        and (
            _reports_a_clause(
                [token.casefold() for token in tokens[at + 1 :]],
                bare_subject=_surely_speaks(tokens, at),
            )
            or _ends_the_clause_it_reports(tokens, at)
        )
    )


def _ends_the_clause_it_reports(tokens: Sequence[str], verb: int) -> bool:
    """Whether a verb at ``verb`` ends its sentence after a comma and a subject that surely
    speaks, the clause it reports before them: "Phones harm sleep, experts claim."; not "It
    denied insurance claims.", with no comma, nor "..., the rejected claims.", no speaker."""
    before = tokens[verb - 1].casefold()
    return (
        all(not token[0].isalnum() for token in tokens[verb + 1 :])
        and "," in tokens[:verb]
        and (before in lexicon().personal_pronouns or before in role_holders())
    )


def _surely_speaks(tokens: Sequence[str], verb: int) -> bool:
    """Whether the subject that ends straight before a verb at ``verb`` can be no noun that the
    verb's form as a noun may follow ("Insurance claims staff handled 400 files"): a pronoun,
    a noun of who speaks or acts ("Police claim"), or a subject of more than a sentence's first
    word ("The mayor claims", "Council leader Graham Pryce claims")."""
    before = tokens[verb - 1].casefold()
    return verb > 1 or before in lexicon().personal_pronouns or before in role_holders()


def _subject_ends_at(tokens: Sequence[str], verb: int) -> bool:
    """Whether the subject of a verb at ``verb`` ends straight before it: a pronoun, or a name
    or a noun of who speaks or acts (see :func:`_names`: "Graham Pryce", "the council") with no
    verb nor preposition before it in its clause ("He rejected union claims", "Despite council
    claims" name no speaker); one speaker before an "-s" form ("The council claims"), several
    before the other ("Campaigners claim", "Police claim"). A capitalised word in the plural
    within a sentence is a name ("Jones claims"), as is one opening it before the "-s" form
    ("Harris claims"). A past form ("projected") follows either.

    >>> _subject_ends_at("Council leader Graham Pryce claims".split(), 4)
    True
    >>> _subject_ends_at("Ministers rejected union claims".split(), 3)
    False
    """
    terms = lexicon()
    one = tokens[verb].endswith("s")
    past = tokens[verb].endswith("ed")
    before = tokens[verb - 1].casefold() if verb else ""
    if before in terms.personal_pronouns:
        return past or (before in SINGULAR_PRONOUNS) == one
    names = _names(tokens[:verb])
    if all(end != verb for end, *_ in names.values()) or before.endswith(("'", "\u2019")):
        return False
    # Opening the sentence, a word in "-s" is a plural before the base form ("Campaigners
    # claim") and a name before the "-s" form ("Harris claims"); "Police" is a plural still.
    opening_name = one and before.endswith("s")
    several = (tokens[verb - 1].islower() or (verb == 1 and not opening_name)) and (
        before.endswith("s") or before in terms.plurals_without_s
    )
    if several == one and not past:
        return False
    # The name's words too: _names reads a capitalised preposition opening a sentence as one
    # ("Despite council").
    for at in reversed(range(verb - 1)):
        word = tokens[at]
        folded = word.casefold()
        if not word.isalnum() or folded in terms.clause_conjunctions:
            return True
        if _joins_a_name(tokens, at):
            continue
        if folded not in terms.object_starts and (
            folded in terms.function_words
            or folded in terms.prepositions
            or (word.islower() and _is_past_or_present(folded))
        ):
            return False
    return True


def _joins_a_name(tokens: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` is a small word in lower case inside an organisation's
    name, between two capitalised words: "to" of "the Committee to Protect Journalists", "of" of
    "the Bank of England", whose verb ("Protect") is the name's, not the sentence's.

    >>> _joins_a_name("The Committee to Protect Journalists".split(), 2)
    True
    >>> _joins_a_name("Police came to Kiel".split(), 2)
    False
    """
    return (
        0 < at < len(tokens) - 1
        and tokens[at].islower()
        and len(tokens[at]) <= 3
        and tokens[at - 1][:1].isupper()
        and tokens[at + 1][:1].isupper()
        and tokens[at - 1].casefold() not in ARTICLES
    )


def _reports_a_clause(after: Sequence[str], *, bare_subject: bool = False) -> bool:
    """Whether the words after a verb of saying, in lower case, open the clause it reports:
    "that" and a clause whose subject a verb of its own follows ("that staff were told"; not a
    relative clause, "that were rejected", "that border Iran"), or such a clause whose subject
    opens with an article, a possessive, a pronoun or a number ("the closure will save"), or,
    where the verb's subject is surely who speaks (``bare_subject``), any word ("staff heard
    the alarm", not "damages of $5m").

    >>> _reports_a_clause("that staff were told".split()), _reports_a_clause("that were rejected".split())
    (True, False)
    >>> _reports_a_clause("the closure will save".split()), _reports_a_clause("rose sharply".split())
    (True, False)
    >>> _reports_a_clause("staff heard it".split()), _reports_a_clause("staff heard it".split(), bare_subject=True)
    (False, True)
    """
    clause = list(takewhile(lambda word: word not in CLAUSE_ENDS, after))
    if clause[:1] == ["that"]:
        clause = clause[1:]
    elif not clause or not (
        bare_subject or _opens_a_thing(clause[0]) or clause[0] in lexicon().personal_pronouns
    ):
        return False
    return (
        bool(clause)
        and clause[0][:1].isalnum()
        and clause[0] not in _verbs_after_a_subject()
        and not clause[0].endswith("ed")
        and _has_a_verb_of_its_own(clause)
    )


@cache
def _not_attributing(verb: str) -> re.Pattern[str]:
    """Where ``verb`` may attribute nothing (see :func:`_attributes_nothing`): after "was",
    "were" and the like, with nothing but spaces and an adverb or two between (a quotation may
    end in "are," before "said"); after an article, as an adjective ("the only announced
    candidate", not "the ministry only said", nor French "le ministre a déclaré"); in "believe
    it or not"; or, but after one of ``auxiliaries``, straight before the rest of a charge's
    hedge it opens (``charge_hedges``), its ``charge``, with the ``rest`` of the text after it
    ("A man charged with murder appeared", "The driver, accused of fraud,"); one of
    ``verbs_before_a_clause`` but before a comma ("bestritt das Finale"); one of
    ``participles_after_auxiliaries`` but after one of ``perfect_auxiliaries`` ("le prétendu
    complot", "el acusado");
    before one of its ``phrase_objects`` ("claimed responsibility for the attack"); after one
    of its ``phrase_subjects``, with the text after it (``after_subject``: "riders admitted had
    been drinking", see :func:`_attributes_nothing`); after a relative pronoun that a noun
    stands straight before (``relative_subjects``), with the word after it
    (``relative_object``: "students who reported the heaviest use"); after a negation, or a denying word and "to", with nothing but spaces and an adverb or two between:
    saying denied ("did not say", "never told", "declined to say", "would not immediately
    confirm") is no attribution, its negation noted as one.

    >>> bool(_not_attributing("declared").search("a declared candidate"))
    True
    >>> bool(_not_attributing("déclaré").search("le ministre a déclaré"))
    False
    >>> [bool(_not_attributing("prétendu").search(s)) for s in ("le prétendu complot", "il a prétendu")]
    [True, False]
    >>> [bool(_not_attributing("say").search(s)) for s in ("she declined to say", "no, say the rest")]
    [True, False]
    """
    terms = lexicon()
    written = re.escape(verb)
    passive = "|".join(map(re.escape, sorted(terms.passive_marks)))
    passive_after = "|".join(map(re.escape, sorted(terms.passive_marks_after)))
    negations = "|".join(map(re.escape, sorted(terms.negations)))
    denying = "|".join(map(re.escape, sorted(terms.denying_words)))
    # A perfect tense is denied before its auxiliary: "no ha comentado", "n'a pas dit".
    perfect = "|".join(map(re.escape, sorted(terms.perfect_auxiliaries)))
    auxiliary = rf"(?:(?:{perfect})\s+)?" if verb in terms.perfect_participles else ""
    # Longest first: "charged in connection with" before "charged in".
    charges = sorted(
        (
            hedge.removeprefix(f"{verb} ")
            for hedge in terms.charge_hedges
            if hedge.startswith(f"{verb} ")
        ),
        key=lambda charge: (-len(charge), charge),
    )
    opens_a_charge = "|".join(map(re.escape, charges))
    # After an auxiliary the verb is active, its object before it: "the village Moscow has
    # accused of harbouring saboteurs".
    after_no_auxiliary = "".join(
        rf"(?<!\b{re.escape(word)}\s)" for word in sorted(terms.auxiliaries)
    )
    if verb in terms.verbs_before_a_clause:
        other_uses = rf"|\b{written}\b(?!\s*,)"
    elif verb in terms.participles_after_auxiliaries:
        after_no_perfect_auxiliary = "".join(
            rf"(?<!\b{re.escape(word)}\s)" for word in sorted(terms.perfect_auxiliaries)
        )
        other_uses = rf"|{after_no_perfect_auxiliary}\b{written}\b"
    else:
        other_uses = ""
    if objects := terms.phrase_objects.get(verb):
        phrases = "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in objects)
        other_uses += rf"|\b{written}\s+(?:{phrases})\b"
    if subjects := terms.phrase_subjects.get(verb):
        nouns = "|".join(map(re.escape, subjects))
        other_uses += rf"|\b(?:{nouns})\s+{written}\b(?=(?P<after_subject>.*))"
    relatives = "|".join(map(re.escape, sorted(terms.relative_subjects)))
    # "were told", "were also told", "were not immediately reported"; "a declared candidate"
    return re.compile(
        rf"\b(?:{passive})\s+(?:(?:not|also|\w+ly)\s+){{0,2}}{written}\b"
        # Hindi's passive, its auxiliary after the verb: "बताया जा रहा है"; a Devanagari word
        # may end in a vowel sign, where no \b falls.
        rf"|(?<!\S){written}(?=\s+(?:{passive_after})(?!\S))"
        # Not "the WHO said", "report, WHO said": the World Health Organization speaks there.
        rf"|(?<=\w)(?<!\bthe)(?<!\ban)(?<!\ba)\s+(?:{relatives})\s+{written}\s+(?P<relative_object>\w+)"
        rf"|{_as_an_adjective(verb).pattern}"
        rf"|\b{written}\s+it\s+or\s+not\b"
        rf"|(?:\b(?:{negations})|\w+n't|\b(?:{denying})\s+to)\s+(?:(?:yet|even|\w+ly)\s+){{0,2}}"
        rf"{auxiliary}{written}\b"
        + other_uses
        + (
            rf"|{after_no_auxiliary}\b{written}(?=\s+(?P<charge>{opens_a_charge})\b(?P<rest>.*))"
            if opens_a_charge
            else ""
        )
    )


@cache
def _as_an_adjective(word: str) -> re.Pattern[str]:
    """Where a participle stands as an adjective: after an article or a possessive ("the only
    announced candidate", "his stated aim"), a hedging adjective after "'s" too ("one person's
    alleged actions"); not after French "a" (has) of a perfect ("le ministre a déclaré").

    >>> [bool(_as_an_adjective("alleged").search(s)) for s in ("one person's alleged acts", "he alleged")]
    [True, False]
    """
    terms = lexicon()
    determiners = OBJECT_OPENERS - {"a"} if word in terms.perfect_participles else OBJECT_OPENERS
    either = "|".join(sorted(determiners))
    # After "'s" only a hedging adjective: "McDonald's said" and "she's claimed" say.
    possessive = r"|\w['\u2019]s" if word in terms.hedging_adjectives else ""
    return re.compile(rf"(?:\b(?:{either}){possessive})\s+(?:only\s+)?{re.escape(word)}\b")


def _hedging_adjectives(tokens: Sequence[str], plain: str) -> Counter[str]:
    """The uses of ``hedging_adjectives`` as adjectives (see :func:`_as_an_adjective`): "one
    person's alleged actions" doubts the deed, which "one person's actions" states; "the
    lawyer alleged that" reports.

    >>> _hedging_adjectives(words(said := "Critics blamed his alleged role."), said)
    Counter({'alleged': 1})
    """
    terms = lexicon()
    if terms.hedging_adjectives.isdisjoint(tokens):
        return Counter()
    folded = plain.casefold()
    return +Counter(
        {
            word: len(_as_an_adjective(word).findall(folded))
            for word in terms.hedging_adjectives.intersection(tokens)
        }
    )


def _attributes_nothing(found: re.Match[str]) -> bool:
    """Whether a place :func:`_not_attributing` found attributes nothing: after one of its
    ``phrase_subjects`` the verb says something only before the clause it reports ("riders
    admitted they had been drinking"; not "riders admitted had been drinking"); a charge straight
    after the verb is the hedge it tells, and no verb of saying, where it hedges one, "accused
    of" anything and "charged with" and the other ``charge_wordings`` a crime (see
    :func:`_charged_with_a_crime`); "The senator charged in a statement that ..." says it.
    After a relative pronoun the verb tells of whom the sentence speaks where a thing is its
    object ("students who reported the heaviest use slept less"), not where it reports a
    clause or claim ("the caller who claimed to have found a tape").

    >>> said = "the senator charged in a statement that the man charged with murder lied."
    >>> [_attributes_nothing(found) for found in _not_attributing("charged").finditer(said)]
    [False, True]
    """
    terms = lexicon()
    if (after_subject := found.groupdict().get("after_subject")) is not None:
        return not _reports_a_clause(words(after_subject))
    if (relative_object := found.groupdict().get("relative_object")) is not None:
        return _opens_a_thing(relative_object)
    charge = found.groupdict().get("charge")
    if charge is None or terms.hedges.find((found[0], *charge.split())):
        return True
    clause = CLAUSE_END.split(found["rest"], 1)[0]
    return _names_a_crime(words(clause), terms.charged_crimes)


def _quoted_at(plain: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """The quotations at ``spans`` (see :func:`quotation_spans`) of a normalised text, without
    their marks, three characters or more, but for the titles and names set in quotes (see
    :func:`_is_title`).

    >>> text = "\u2018We will not back down,\u2019 he said of the \u201cfinal\u201d offer, \u201cno\u201d to it."
    >>> _quoted_at(normalise(text), quotation_spans(text))
    ['We will not back down', 'final']
    >>> text = '"STAY OFF THE ROADS AND STAY INDOORS."'
    >>> _quoted_at(normalise(text), quotation_spans(text))
    ['STAY OFF THE ROADS AND STAY INDOORS.']
    """
    spans = list(spans)
    quoted = [
        (begin, quote) for begin, end in spans if len(quote := _unmarked(plain[begin:end])) >= 3
    ]
    # A headline capitalises every word, quotations too, and captions set every letter in
    # capitals: there a quotation is no title.
    if set_in_capitals(plain):
        return [quote for _, quote in quoted]
    titles = [_is_title(quote, plain[:begin]) for begin, quote in quoted]
    if not any(titles) or _capitalised(" ".join(outside_quotations(plain, spans))):
        return [quote for _, quote in quoted]
    return [quote for (_, quote), title in zip(quoted, titles, strict=True) if not title]


def _is_title(quote: str, before: str) -> bool:
    """Whether what stands in quotes, after the text ``before`` it, is a title or a name ("Three
    Weeks in October", "Finding Nemo"): its words of four letters or more, two at least, are
    capitalised but for function words; or, inside a sentence, every word of it is, but for
    function words ("Malcolm X", "InternationalCo."), one such word only after a noun that names
    a title or a name ("the film "Enough"", William "the Refrigerator" Perry); and no
    comma or sentence's end stands inside it. A version that sets it without quotes turns no
    quotation into paraphrase; "Thank you so much", "There's a Jew", "Thank You, Mr.
    President" and "Unacceptable. Shameful." are quotations, and so is one that opens a
    sentence or speech ("Never," he said; he said: "Enough.") or cries out ("Takbir!"),
    capitalised as any.

    >>> _is_title("Three Weeks in October", ""), _is_title("Thank you so much.", "")
    (True, False)
    >>> _is_title("Thank You, Mr. President", ""), _is_title("Unacceptable. Shameful.", "")
    (False, False)
    >>> _is_title("Enough", "Her films include the film "), _is_title("Enough.", "He said: ")
    (True, False)
    >>> _is_title("Nazi", "He denied being a ")
    False

    Russian, Ukrainian and Belarusian set the name of a firm, a paper or a party in quotes by
    rule and capitalise its first word only ("почти весь экспорт «Белкалийпрома»", "«Газпром
    нефть»"), and quote no common word with a capital inside a sentence: there one or two words
    in Cyrillic, the first capitalised, are a name wherever they stand. English puts single
    capitalised words in scare quotes, so there a noun or a name before one must say it is one.

    >>> _is_title("Белкалийпрома", "почти весь экспорт "), _is_title("Это провал.", "заявила: ")
    (True, False)
    """
    if INSIDE_A_TITLE_NO.search(quote.rstrip(".,;:!? ")):
        return False
    if _capitalised(quote):
        return True
    named = find_words(quote)
    if not named or quote[-1] in "!?" or not _inside_a_sentence(before):
        return False
    if len(named) <= MAX_QUOTED_NAME_WORDS and named[0][0].isupper() and CYRILLIC.match(named[0]):
        return True
    function_words = lexicon().function_words
    said = [word for word in named if word not in function_words]
    return (
        any(word[0].isupper() for word in named)
        and all(word[0].isupper() or word in function_words for word in named)
        and (len(said) > 1 or _names_a_title(before))
    )


def _names_a_title(before: str) -> bool:
    """Whether the text ``before`` a word in quotes says it is a title or a name: it ends with a
    noun that names a work or a thing ("the film", ``title_nouns``) or with a name (Robert
    "Hoot" Gibson)."""
    last = find_words(before)[-1:]
    return bool(last) and (last[0][0].isupper() or last[0].casefold() in lexicon().title_nouns)


def _inside_a_sentence(before: str) -> bool:
    """Whether what follows the text ``before`` stands inside a sentence, not where a sentence
    or a speech opens: after a stop, a colon or a comma."""
    last = before.rstrip()[-1:]
    return bool(last) and last not in SPEECH_OPENS


def _capitalised(text: str) -> bool:
    """Whether a text's words of four letters or more, two at least, are capitalised but for
    function words, as a title's or a headline's are."""
    long_words = [word for word in find_words(text) if len(word) >= 4 and word[0].isalpha()]
    if sum(word[0].isupper() for word in long_words) < 2:
        return False
    function_words = lexicon().function_words
    return all(word[0].isupper() or word in function_words for word in long_words)


def _unmarked(quotation: str) -> str:
    """A quotation without its marks, nor the comma that American style sets inside them
    ("hide," Sheridan said): one that another sentence opens or closes has a mark at one end
    only.

    >>> _unmarked("''watch list'' "), _unmarked('Nothing to hide,"'), _unmarked("- Nous partons")
    ('watch list', 'Nothing to hide', 'Nous partons')
    """
    return QUOTATION_ENDS.sub("", quotation.strip()).strip().removesuffix(",")


def _quoted_by(quotes: Sequence[str], sentences: Sequence[Sentence]) -> tuple[tuple[str, str], ...]:
    """Each quotation with its speaker as the sentence that holds its last words names them
    (:func:`_speaker_written`), "" when that sentence names none.

    >>> text = '"We kept order," police spokesperson Tomas Vey said. "It was calm," Ana Lind said.'
    >>> from compare.segment import segment
    >>> from compare.records import Document
    >>> _quoted_by(["We kept order", "It was calm"], segment(Document("d", "d", text)))
    (('We kept order', 'police spokesperson Tomas Vey'), ('It was calm', 'Ana Lind'))
    """
    plains = [normalise(s.text) for s in sentences]
    speakers: dict[int, str] = {}

    def speaker(quote: str) -> str:
        ending = " ".join(quote.split()[-QUOTE_END_WORDS:])
        at = next((n for n, plain in enumerate(plains) if ending in plain), None)
        if at is None:
            return ""
        if at not in speakers:
            speakers[at] = _speaker_written(_features(sentences[at].text))
        return speakers[at]

    return tuple((quote, speaker(quote)) for quote in quotes)


# The words a quotation ends with that find the sentence holding it: a quotation of several
# sentences is attributed in its last.
QUOTE_END_WORDS = 4


def _distinct_quotes(quotes: Sequence[str]) -> tuple[str, ...]:
    """Quotations of three words or more, in article order, each once (whatever its case,
    spacing and punctuation): an article that repeats a line in its lede and again later quotes
    it once.

    >>> _distinct_quotes(["We will not back down", "Yes", "Talks failed today", "We will  not back down "])
    ('We will not back down', 'Talks failed today')
    """
    first: dict[tuple[str, ...], str] = {}
    for quote in quotes:
        first.setdefault(words(quote), quote.strip())
    return tuple(quote for said, quote in first.items() if len(said) >= 3)


def _cited_sources(plain: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The sources an article's normalised text cites (:func:`cited_sources`); set in capitals,
    those it cites as its story's ``names`` spell them (see :func:`~compare.segment.recased`),
    after those its capitals tell ("(AP)", which no sentence holds to spell it).

    >>> _cited_sources("THE NATIONAL WEATHER SERVICE SAID IT WAS SAFE.", ("National Weather Service",))
    ('National Weather Service',)
    """
    if not set_in_capitals(plain):
        return cited_sources(plain)
    spelled = "\n".join(recased(line, names) for line in plain.split("\n"))
    return tuple(dict.fromkeys(cited_sources(plain) + cited_sources(spelled)))


def cited_sources(text: str) -> tuple[str, ...]:
    """Named sources an article cites: wire services, organisations, names after "according to".

    >>> cited_sources("According to data from Germany's Kiel Institute, 41 nations gave arms. "
    ...               "Reuters contributed to this report.")
    ("Germany's Kiel Institute", 'Reuters')
    >>> cited_sources("Council member Rita Osei said the City Council vote was rushed.")
    ('City Council',)
    >>> cited_sources("According to Israeli officials, 12 were killed, Michael Bloomberg said.")
    ('Israeli officials',)
    """
    terms = lexicon()
    found = {
        terms.wire_service(w.group())
        for w in terms.wire_names.finditer(text)
        if not _in_a_longer_name(w) and not _news_of_its_staff(w)
    }
    # A body is cited by its spokesperson only where one is written: most texts name none.
    spoken_for = any(noun in text for noun in terms.spokesperson_nouns)
    bodies = list(_unnamed_bodies_saying().finditer(text))
    names = [
        source
        for n in _name().finditer(text)
        # A place that names whose body speaks ("the Halden Cross emergency service said") is
        # the body's, no source of its own.
        if (
            not any(b.start() <= n.start() < b.end() for b in bodies)
            and _organisation(n.group())
            and not _member_named_after(n)
            and not _persons_names(n)
            and not _place_named_like_a_body(n)
        )
        or _initials_saying(n)
        or _short_name_saying(n)
        or _body_saying(n)
        or (spoken_for and _spokesperson_says(n))
        for source in _sources_named(_without_article(_without_its_opener(n)))
    ]
    # A body the text named in full before calls it short: "the weather service" after "the
    # National Weather Service".
    named_words = [set(name.casefold().split()) for name in names]
    names += [
        body
        for body in dict.fromkeys(_unnamed_body(b) for b in bodies)
        if not any(set(body.casefold().split()) < words for words in named_words)
    ]
    for cue in terms.source_cues.finditer(text):
        # Matched in place: a copy of the rest of the text per cue made long texts quadratic.
        after = AFTER_CUE.match(text, cue.end())
        start = after.end() if after else cue.end()
        # "Tuesday's statement", "yesterday's report": the day says when it was issued, not who.
        if when := _date_possessive().match(text, start):
            start = when.end()
        # "Calif. Gov. Gavin Newsom" is Gov. Gavin Newsom, as another article names him.
        if held := _where_a_title_is_held().match(text, start):
            start = held.end()
        cites_unnamed = cue.group().casefold() in terms.unnamed_source_cues
        named = _named_after_cue(text, start)
        if named and (titled := _title_written_low(named)):
            if cites_unnamed:
                names.append(titled)
        elif named and (modified := _modified_source(named)):
            # "Israeli officials": the capital names no source, the noun after it does.
            if cites_unnamed:
                names.append(modified)
        elif named and not _told_a_person(cue.group(), named.group()):
            name = named.group()
            if cue.group().casefold() in terms.capitalised_source_cues:
                name = _before_a_day(name)
            # "laut Montag veröffentlichter Zahlen": a day alone names no one.
            if name:
                names += _sources_named(name)
        elif not named and cites_unnamed and (unnamed := _unnamed_source(text, start)):
            names.append(unnamed)
    # A wire service is listed once, by its name: "The Associated Press" is AP. Any other is
    # listed without a "The" it opens with, which a sentence's first word capitalises and styles
    # write or leave out inside one ("The Washington Post reported", "told the Washington Post"),
    # and without a possessive it ends with, its owner being the source ("Smith's spokesman").
    found.update(
        terms.wire_service_named(name) or name.removeprefix("The ").removesuffix("'s")
        for name in names
    )
    return tuple(sorted(found - _heads_of_longer_names(found)))


@cache
def _unnamed_bodies_saying() -> re.Pattern[str]:
    """A body named in lower case that says something, or whose spokesperson does, their name
    perhaps between: after an article, with its place's name or words that say which body
    ("the interior ministry said", "the Velmora emergency service said": ``named``), or opening a sentence or a
    quotation's tag ("Police said", '," police spokesperson Rafael Castell said': ``opening``).
    A body named in capitals is a name's (:func:`_name`)."""
    terms = lexicon()
    nouns = "|".join(sorted(map(re.escape, terms.body_source_nouns)))
    spokesperson = "|".join(sorted(map(re.escape, terms.spokesperson_nouns)))
    verbs = "|".join(sorted(map(re.escape, terms.attribution_verbs)))
    # A body's noun alone after "the" ("the agency said") is a body the text named before.
    place = rf"(?:{CAPITAL}[\w'-]+\s+){{1,2}}"
    modifiers = r"(?:[a-z][\w'-]*\s+)"
    named = (
        rf"\b(?:[Tt]he|[Aa]n?)\s+"
        rf"(?P<named>(?:{place}{modifiers}{{0,2}}|{modifiers}{{1,2}})(?:{nouns}))"
    )
    opening = rf"(?:^|(?<=[.!?]\s)|(?<=,[\"\u201d]\s))(?P<opening>(?i:{nouns}))"
    speaker = rf"(?:\s+(?:{spokesperson})(?:\s+{CAPITAL}[\w'-]+){{0,3}})?"
    return re.compile(rf"(?:{named}|{opening}){speaker}\s+(?:{verbs})\b", re.MULTILINE)


def _unnamed_body(found: re.Match[str]) -> str:
    """The body :func:`_unnamed_bodies_saying` found, as the text names it, a sentence's
    capital aside: "interior ministry", "Velmora emergency service", "police".

    >>> [_unnamed_body(b) for b in _unnamed_bodies_saying().finditer(
    ...     "Police said stones were thrown. The interior ministry said it would review it.")]
    ['police', 'interior ministry']
    """
    return found["named"] or found["opening"].casefold()


def _heads_of_longer_names(sources: AbstractSet[str]) -> set[str]:
    """The bodies among ``sources`` named by their head alone (``organisation_heads``) that one
    other source names in full: "Ministerio" beside "Ministerio de Seguridad", the text calling
    the ministry so once it has named it. Beside two full names, the head may be either body.

    >>> sorted(_heads_of_longer_names({"Ministerio", "Ministerio de Seguridad", "Fiscalía"}))
    ['Ministerio']
    """
    heads = lexicon().organisation_heads
    return {
        head
        for head in sources
        if head in heads and sum(source.startswith(f"{head} ") for source in sources) == 1
    }


def _persons_names(named: re.Match[str]) -> bool:
    """Whether two capitalised words that end in an organisation's word are a person's given
    name and surname ("John Bank", "Amy Cross"), as the text tells: it gives their age after
    them ("John Bank, 52,"), or calls them by the surname alone where they speak ("Bank said",
    "said Bank") or after a title ("Mr. Bank"). A body named by what it is has "the" before it
    ("the World Bank", "the Red Cross"), and one named without ("Deutsche Bank said") is not
    called by its last word alone. Of a word that is a surname as often (``surname_like_bodies``:
    "Bank", "Cross"), two words that speak are a person's, "John Bank said" and "said Amy
    Cross" alike, unless the text calls the body by that word in lower case ("the bank").

    >>> text = "John Bank said the port was shut. Asked why, Bank said talks had failed."
    >>> [_persons_names(n) for n in _name().finditer(text)]
    [True, False, False]
    >>> [_persons_names(n) for n in _name().finditer("The World Bank said the Bank would lend.")]
    [False, False]
    >>> [_persons_names(n) for n in _name().finditer("Deutsche Bank said the bank would lend.")]
    [False]
    """
    text, terms = named.string, lexicon()
    surname = named.group().partition(" ")[2]
    before = WORD_BEFORE.search(text, max(0, named.start() - NAME_WORD_REACH), named.start())
    if not surname or " " in surname or (before and before[1].casefold() in ARTICLES):
        return False
    if AGE_AFTER_A_NAME.match(text, named.end()):
        return True
    for alone in re.finditer(rf"(?<![\w'-]){re.escape(surname)}(?![\w'-])", text):
        before = WORD_BEFORE.search(text, max(0, alone.start() - NAME_WORD_REACH), alone.start())
        after = WORD_AFTER.match(text, alone.end())
        said_before = before[1] if before else ""
        if said_before.rstrip(".").casefold() in terms.person_titles or (
            not said_before[:1].isupper()
            and said_before.casefold() not in ARTICLES
            and terms.attribution_verbs.intersection(
                (said_before.casefold(), after[1].strip(".,;:").casefold() if after else "")
            )
        ):
            return True
    if surname not in terms.surname_like_bodies or re.search(
        rf"\b(?i:the)\s+{re.escape(surname.casefold())}\b", text
    ):
        return False
    return _speaks(named)


def _speaks(named: re.Match[str]) -> bool:
    """Whether a name is the subject of a verb of saying: one straight before it ("said John
    Bank") or after it, an aside that says who they are between ("John Bank, a crane operator,
    said")."""
    text, verbs = named.string, lexicon().attribution_verbs
    before = WORD_BEFORE.search(text, max(0, named.start() - NAME_WORD_REACH), named.start())
    after = ASIDE_AND_VERB.match(text, named.end())
    return bool(before and before[1].casefold() in verbs) or bool(
        after and after[1].casefold() in verbs
    )


def _without_its_opener(named: re.Match[str]) -> str:
    """A name without the words a sentence opens with, capitalised as its first, that run into
    a body's name by "of": "Workers of the Calder Dockworkers Union said" cites the Calder
    Dockworkers Union. A body whose own name goes on by "of" is named whole: "Ministry of
    Defence", "Bank of England", "Friends of the Earth", "University of the West Indies"; but
    not a person's two names before "of the", wherever written ("John Bank of the Calder
    Dockworkers Union").

    >>> [_without_its_opener(n) for n in _name().finditer("Workers of the Calder Dockworkers Union said")]
    ['Calder Dockworkers Union']
    >>> [_without_its_opener(n) for n in _name().finditer("Bank of England officials said")]
    ['Bank of England']
    """
    name = named.group()
    of = OF_A_NAME.search(name)
    if not of:
        return name
    opener, body = name[: of.start()], name[of.end() :]
    if not _organisation(body):
        return name
    # "John Bank of the Calder Dockworkers Union said": a person of the body, wherever written.
    opening = opener.split()
    if len(opening) == 2 and opening[1] in lexicon().surname_like_bodies and "the" in of.group():
        return body
    if not _opens_a_sentence(named) or opening[-1] in lexicon().organisation_suffixes:
        return name
    return body


def _in_a_longer_name(wire: re.Match[str]) -> bool:
    """Whether a wire's name is part of a longer capitalised name that is no wire's, a person's,
    a company's or a thing's: "Michael Bloomberg", "Thomson Reuters", "AP Biology"; not "The
    Associated Press" nor, in AP style, "told AP Tuesday"."""
    text, terms = wire.string, lexicon()
    before = WORD_BEFORE.search(text, max(0, wire.start() - NAME_WORD_REACH), wire.start())
    after = WORD_AFTER.match(text, wire.end())
    return bool(
        before
        and before[1][:1].isupper()
        and before[1][-1:].isalpha()
        and before[1].casefold() not in _never_a_wires_name()
        and not (_opens_a_sentence(before) and _opens_no_name(before[1].casefold()))
    ) or bool(
        after
        and after[1][:1].isupper()
        and after[1].strip(".,;:!?").casefold() not in terms.date_words
    )


@cache
def _never_a_wires_name() -> frozenset[str]:
    """The capitalised words that make no longer name with a wire's after them: "The", "An",
    "On Monday"."""
    terms = lexicon()
    return terms.function_words | ARTICLES | terms.date_words


def _news_of_its_staff(wire: re.Match[str]) -> bool:
    """Whether a wire's name says whose people or work the news is of, not whom it cites:
    "Reuters photographer Ann Smith was injured", "his AP reporting" (see the lexicon's
    ``author_roles`` and ``wire_staff_words``); a credit line's staff are the wire's copy ("AP
    reporter Jo Roe contributed to this report."). Staff who say, report or see something in
    their clause, up to another clause's opener ("when the crowd saw"), are the wire's sources:
    "AFP correspondents in Gaza reported heavy shelling".

    >>> [_news_of_its_staff(w) for w in lexicon().wire_names.finditer("AFP's reporter, AP said")]
    [True, False]
    """
    text, terms = wire.string, lexicon()
    after = WIRE_STAFF_AFTER.match(text, wire.end())
    if not after or not (terms.is_role(after[1]) or after[1].casefold() in terms.wire_staff_words):
        return False
    clause_end = CLAUSE_END.search(text, after.end())
    clause = words(text[after.end() : clause_end.start() if clause_end else None])
    # Only up to another clause's opener: "was injured when the crowd saw" is the crowd's seeing.
    clause = tuple(takewhile(lambda word: word not in terms.staff_clause_ends, clause))
    if not terms.attribution_verbs.isdisjoint(clause) or not terms.seeing_verbs.isdisjoint(clause):
        return False
    line_end = text.find("\n", wire.end())
    line = text[text.rfind("\n", 0, wire.start()) + 1 : line_end if line_end >= 0 else None]
    return not terms.is_boilerplate(line)


def _opens_a_sentence(word: re.Match[str]) -> bool:
    """Whether a word stands first in its text or after a sentence's end."""
    before = word.string[: word.start()].rstrip()
    return not before or before.endswith((".", "!", "?"))


def _opens_no_name(word: str) -> bool:
    """Whether a sentence's first word is one that opens sentences, not a given name: "Meanwhile",
    "Citing", "Separately" (see the lexicon's ``sentence_openers``)."""
    return word.endswith(("ing", "ly")) or word in lexicon().sentence_openers


def _named_after_cue(text: str, start: int) -> re.Match[str] | None:
    """The capitalised name a cue gives at ``start`` of ``text``, or after a few words in lower
    case that say which or how many of its people it cites ("a Pentagon spokesman", "senior
    Israeli military officials", "an AP tally"), where the name is a source by itself or by the
    source noun after it.

    >>> _named_after_cue("a Pentagon spokesman said", 0).group()
    'Pentagon'
    >>> _named_after_cue("a Jewish tradition", 0), _named_after_cue("officials in Ohio", 0)
    (None, None)
    """
    terms = lexicon()
    if named := _name().match(text, start):
        return named
    before = WORDS_BEFORE_A_NAME.match(text, start)
    if not before or not terms.source_nouns.isdisjoint(before.group().split()):
        return None
    named = _name().match(text, before.end())
    # German capitalises its source nouns: "des estnischen Regierungschefs Kristen Michal".
    if named and (
        terms.wire_service_named(named.group())
        or _organisation(named.group())
        or _source_words_after(named)
        or named.group().split()[0].casefold() in terms.source_nouns
    ):
        return named
    return None


def _title_written_low(named: re.Match[str]) -> str | None:
    """The title a capitalised word opens that French or Spanish writes in lower case after it
    (``capitalised_title_words``), with the name of who holds it after it: "Premier ministre
    estonien Kristen Michal".

    >>> _title_written_low(_name().match("Premier ministre estonien Kristen Michal a dit"))
    'Premier ministre estonien Kristen Michal'
    """
    if named.group().casefold() not in lexicon().capitalised_title_words:
        return None
    title = _source_words_after(named)
    if not title:
        return None
    holder = _name().match(named.string, title.end() + 1)
    return named.string[named.start() : holder.end() if holder else title.end()]


def _modified_source(named: re.Match[str]) -> str | None:
    """A capitalised word that says what kind of unnamed source follows it, with that source:
    "Israeli officials", "Russian state media"; not a wire's or an organisation's name, which is
    the source itself ("Reuters officials", "Ministry of Defence officials"), nor an owner of a
    person named after it ("Boeing spokesman Tim Smith" cites Boeing), nor the body a
    spokesperson speaks for ("a Pentagon spokesman" cites the Pentagon)."""
    name = named.group()
    terms = lexicon()
    if terms.wire_service_named(name) or _organisation(name):
        return None
    unnamed = _source_words_after(named)
    if (
        not unnamed
        or unnamed.group() in terms.spokesperson_nouns
        or _name().match(named.string, unnamed.end() + 1)
    ):
        return None
    return f"{name} {unnamed.group()}"


def _source_words_after(named: re.Match[str]) -> re.Match[str] | None:
    """The words in lower case right after a name that say it names a source, a source noun
    among them: "officials", "state media", "spokesman"."""
    text = named.string
    unnamed = _unnamed_source_words().match(text, named.end() + 1)
    if (
        not unnamed
        or text[named.end() : named.end() + 1] != " "
        or lexicon().source_nouns.isdisjoint(unnamed.group().split())
    ):
        return None
    return unnamed


def _told_a_person(cue: str, name: str) -> bool:
    """Whether "told" is followed by a person by their title: whom a source spoke to, an outlet
    cited as such ("told Reuters"), a person not ("told President Biden"), nor after words that
    say which title ("told Prime Minister Keir Starmer"); an organisation named for a title is
    no person ("told the Justice Department").

    >>> _told_a_person("told", "Prime Minister Keir Starmer"), _told_a_person("told", "Burger King")
    (True, False)
    """
    terms = lexicon()
    if cue.casefold() not in terms.spoken_to_cues or _organisation(name):
        return False
    titled = [word.rstrip(".").casefold() in terms.person_titles for word in name.split()]
    # A title stands before a person's names; a name's last word is none ("Burger King").
    return titled[0] or any(titled[:-1])


def _organisation(name: str) -> bool:
    """Whether a capitalised name names an organisation by its last word ("City Council"): an
    organisation's word alone names none in particular ("Council member Rita Osei")."""
    name_words = name.split()
    return len(name_words) > 1 and name_words[-1] in lexicon().organisation_suffixes


def _initials_saying(named: re.Match[str]) -> bool:
    """Whether a name is a body's initials that say something: "The WHO said", "NATO warned";
    no person's name is written in capitals, but a body's initials are also written where it
    says nothing ("NATO allies agreed", "an EU summit"), which cites no one.

    Spanish and French copy write the body after its verb, ending the clause: "..., denunció el
    SNTP.", "..., a dit la CGT."

    >>> [_initials_saying(n) for n in _name().finditer("The WHO said NATO allies and Al said")]
    [True, False, False]
    >>> [_initials_saying(n) for n in _name().finditer("Hubo 14 detenidos, denunció el SNTP.")]
    [False, True]
    """
    initials = _without_article(named.group())
    if not (
        1 < len(initials) <= MOST_LETTERS_OF_INITIALS and initials.isupper() and initials.isalpha()
    ):
        return False
    text, start = named.string, named.start()
    return _says_after(text, named.end()) or _said_before(
        VERB_AND_ARTICLE_BEFORE.search(text, max(0, start - SHORT_NAME_REACH), start),
        named.end(),
    )


def _short_name_saying(named: re.Match[str]) -> bool:
    """Whether a name is a body's short name, in brackets after its full name, that says
    something: "El Sindicato de Prensa de Buenos Aires (Sipreba) denunció que ...", "...,
    denunció el Sindicato Nacional de Trabajadores de la Prensa (SNTP)."; the short name is the
    body's as its later sentences call it ("Según el SNTP").

    >>> text = "El Sindicato de Prensa de Buenos Aires (Sipreba) denunció que hubo heridos."
    >>> [n.group() for n in _name().finditer(text) if _short_name_saying(n)]
    ['Sipreba']
    """
    text, start, end = named.string, named.start(), named.end()
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")" or " " in named.group():
        return False
    if TICKER.fullmatch(named.group()):
        return False
    full = FULL_NAME_BEFORE.search(text, max(0, start - 1 - SHORT_NAME_REACH), start - 1)
    # A full name cited by its own word ("the Securities and Exchange Commission (SEC) said") is
    # cited once, by it.
    if full is None or _organisation(full.group().strip()):
        return False
    # The body is the subject when its full name opens the clause: not "Un juez de Río Negro
    # (RN) dijo". After its verb, a body Spanish names by its first word may go on with the
    # clause: "..., informó la Comisión Federal de Electricidad (CFE) en un comunicado."
    return (_opens_its_clause(text, full.start()) and _says_after(text, end + 1)) or _said_before(
        VERB_AND_ARTICLE_BEFORE.search(text, max(0, full.start() - SHORT_NAME_REACH), full.start()),
        None if _named_by_its_head(full) else end + 1,
    )


def _body_saying(named: re.Match[str]) -> bool:
    """Whether a name is a body's that says something, before its verb of saying or after it, as
    "The Interior Ministry said" cites the ministry: one Spanish names by the word it opens with
    after a definite article (``organisation_heads``: "La Fiscalía de Sinaloa informó que ...",
    "El Ministerio de Seguridad dijo", "..., informó el Ministerio de Seguridad en un
    comunicado."), or the short name the text gives a body in brackets after its full name,
    wherever it speaks, as a body's initials do ("Sipreba denunció" or "..., denunció el
    Sipreba." after "El Sindicato de Prensa de Buenos Aires (Sipreba)"). A person is none
    ("Julián Castañeda dijo", "El fiscal regional, Arturo Beltrán, afirmó"), nor a name that
    says nothing ("Según el Ministerio, ...", "La Policía Federal detuvo a 124").

    >>> text = "La Fiscalía de Sinaloa informó que Lucía Castañeda dijo que no."
    >>> [n.group() for n in _name().finditer(text) if _body_saying(n)]
    ['La Fiscalía de Sinaloa']
    """
    text, start, end = named.string, named.start(), named.end()
    # A full name with its short name in brackets after it is cited once, by the short name
    # (_short_name_saying).
    if SHORT_NAME_AFTER.match(text, end):
        return False
    by_its_head = _named_by_its_head(named)
    # Most names are neither a body's by its head nor a short name the text gives in brackets
    # (see _given_as_a_short_name): told so before their verbs are looked for, as a profile asks
    # of every name of an article.
    if not by_its_head and (" " in named.group() or named.group() not in _in_brackets(text)):
        return False
    saying = (
        _says_after(text, end)
        or _said_before(
            VERB_AND_ARTICLE_BEFORE.search(text, max(0, start - SHORT_NAME_REACH), start),
            None if by_its_head else end,
        )
        or (by_its_head and _joined_to_one_saying(named))
    )
    # Whether the text gives the name in brackets is asked last: it reads the whole text.
    return saying and (by_its_head or _given_as_a_short_name(named))


def _joined_to_one_saying(named: re.Match[str]) -> bool:
    """Whether a body's name is joined by "y" to another body's that says something, the two
    one subject of its verb: "El Ministerio de Seguridad y el Ministerio de Salud informaron"
    cites both ministries; not "El Ministerio de Seguridad y la Policía Federal detuvieron".

    >>> text = "El Ministerio de Seguridad y el Ministerio de Salud informaron que no."
    >>> _joined_to_one_saying(next(_name().finditer(text)))
    True
    """
    text = named.string
    joined = BODIES_JOINED.match(text, named.end())
    if joined is None or (
        joined["article"] and joined["article"] not in lexicon().definite_articles
    ):
        return False
    other = _name().match(text, joined.end())
    return other is not None and _body_saying(other)


def _named_by_its_head(named: re.Match[str]) -> bool:
    """Whether a name is a body's by the word Spanish opens it with (``organisation_heads``),
    after a definite article of the name or the text, or one written with its "de"
    (``articles_after_of``): "La Fiscalía", "el Ministerio de Seguridad", "El portavoz del
    Ministerio de Seguridad"; not "Banco dijo", a surname as often, nor "Cruz Martínez".

    >>> text = "El portavoz del Ministerio de Seguridad dijo que Cruz Martínez dijo que no."
    >>> [n.group() for n in _name().finditer(text) if _named_by_its_head(n)]
    ['Ministerio de Seguridad']
    """
    terms = lexicon()
    first, _, rest = named.group().partition(" ")
    if first.casefold() in terms.definite_articles:
        return rest.partition(" ")[0] in terms.organisation_heads
    before = WORD_BEFORE.search(
        named.string, max(0, named.start() - NAME_WORD_REACH), named.start()
    )
    return (
        first in terms.organisation_heads
        and before is not None
        and before[1].casefold() in terms.definite_articles | terms.articles_after_of
    )


def _given_as_a_short_name(named: re.Match[str]) -> bool:
    """Whether a one-word name is one the text gives in brackets after a full name, a body's
    short name: "Sipreba" of "El Sindicato de Prensa de Buenos Aires (Sipreba)"."""
    text, name = named.string, named.group()
    return " " not in name and any(
        FULL_NAME_BEFORE.search(text, max(0, opened - SHORT_NAME_REACH), opened)
        for opened in _in_brackets(text).get(name, ())
    )


@lru_cache(maxsize=4)
def _in_brackets(text: str) -> Mapping[str, tuple[int, ...]]:
    """What ``text`` writes in brackets (with no bracket inside), each with where its opening
    brackets stand: a profile asks of every name whether the text gives it so, and searching the
    text each time made a council's minutes of 100,000 words take minutes.

    >>> _in_brackets("The Press Union (PU) said (PU) (a (b) c)")
    {'PU': (16, 26), 'b': (34,)}
    """
    found: dict[str, list[int]] = {}
    for bracket in re.finditer(r"\(([^()]*)\)", text):
        found.setdefault(bracket.group(1), []).append(bracket.start())
    return {inside: tuple(starts) for inside, starts in found.items()}


def _opens_its_clause(text: str, start: int) -> bool:
    """Whether ``start`` of ``text`` opens a sentence or a clause, perhaps after a definite
    article: "El Sindicato ...", "Además, el Sindicato ..."."""
    before = text[max(0, start - SHORT_NAME_REACH) : start].rstrip()
    if not before or before[-1] in CLAUSE_OPENERS:
        return True
    article = before.rsplit(None, 1)[-1]
    before_article = before.removesuffix(article).rstrip()
    return article.casefold() in lexicon().definite_articles and (
        not before_article or before_article[-1] in CLAUSE_OPENERS
    )


def _says_after(text: str, end: int) -> bool:
    """Whether a verb of saying follows ``end`` of ``text``, perhaps in a perfect tense: "The WHO
    said", "La Fiscalía ha informado".

    >>> text = "La Fiscalía ha informado que no. La Fiscalía ha detenido a dos."
    >>> _says_after(text, 11), _says_after(text, 44)
    (True, False)
    """
    terms = lexicon()
    after = WORDS_AFTER.match(text, end)
    if after is None:
        return False
    verb = after[1].strip(".,;:").casefold()
    if verb in terms.perfect_auxiliaries and after[2]:
        return _is_perfect(verb, after[2].strip(".,;:").casefold())
    return verb in terms.attribution_verbs


def _is_perfect(auxiliary: str, verb: str) -> bool:
    """Whether an auxiliary and a verb of saying after it are a perfect tense: "ha informado",
    "a déclaré"."""
    terms = lexicon()
    return auxiliary in terms.perfect_auxiliaries and verb in terms.perfect_participles


def _said_before(before: re.Match[str] | None, end: int | None) -> bool:
    """Whether a verb of saying and a definite article (``before``'s) stand before a name whose
    clause ends at ``end``: "..., denunció el SNTP.", not "said the WHO would send doctors". With
    no ``end``, the name may go on with its clause: "..., informó el Ministerio de Seguridad en un
    comunicado.", which only a body's saying can be in Spanish."""
    terms = lexicon()
    return (
        before is not None
        and before["verb"].casefold() in terms.attribution_verbs
        and (
            before["auxiliary"] is None
            or _is_perfect(before["auxiliary"].casefold(), before["verb"].casefold())
        )
        and before["article"].casefold() in terms.definite_articles
        and (end is None or NAME_ENDS_ITS_CLAUSE.match(before.string, end) is not None)
    )


def _without_article(name: str) -> str:
    """A body's initials, or its name Spanish opens with a body's word (``organisation_heads``),
    without the definite article a sentence writes before them: "La OMS" is the OMS, "La
    Fiscalía de Sinaloa" the Fiscalía de Sinaloa; a name that opens with one keeps it ("El País",
    "La Nación").

    >>> _without_article("La OMS"), _without_article("El País"), _without_article("The WHO")
    ('OMS', 'El País', 'WHO')
    >>> _without_article("La Fiscalía de Sinaloa")
    'Fiscalía de Sinaloa'
    """
    terms = lexicon()
    article, _, rest = name.partition(" ")
    if article.casefold() in terms.definite_articles and (
        rest.isupper() or rest.partition(" ")[0] in terms.organisation_heads
    ):
        return rest
    return name


# The words a place's name follows: "in central Halden Cross", "near Kings Cross".
PLACE_WORDS_BEFORE = frozenset(
    ("in", "at", "near", "from", "to", "into", "central", "outside", "across", "around")
)
# The words that put a building named with "the" where something happens ("outside the Civic
# Centre"); not "at" or "from", as in "researchers at the Pew Research Center".
PLACE_WORDS_BEFORE_THE = frozenset(("outside", "inside", "near", "opposite", "beside", "behind"))


def _place_named_like_a_body(named: re.Match[str]) -> bool:
    """Whether a name that ends in a word bodies are named by as often as people and places
    (``surname_like_bodies``: "Halden Cross", "Kings Cross") is a place's: it follows a word a
    place does ("in central Halden Cross") or opens a dateline ("Halden Cross - Police said").
    A body so named has "the" before it ("the Red Cross") or speaks. So is a name that ends
    in a word that names a building as often as a body (``building_like_bodies``: "a protest
    outside Harwick Civic Centre"), with "the" too after a word that says where ("outside the
    Civic Centre").

    >>> [_place_named_like_a_body(n) for n in _name().finditer("A rally in central Halden Cross.")]
    [True]
    >>> [_place_named_like_a_body(n) for n in _name().finditer("The Red Cross sent aid.")]
    [False]
    >>> [_place_named_like_a_body(n) for n in _name().finditer("A vigil outside the Civic Centre.")]
    [True]
    """
    text = named.string
    last = named.group().rpartition(" ")[2]
    building = last in lexicon().building_like_bodies
    if last not in lexicon().surname_like_bodies and not building:
        return False
    before = WORD_BEFORE.search(text, max(0, named.start() - NAME_WORD_REACH), named.start())
    if building and before and before[1].casefold() == "the":
        where = WORD_BEFORE.search(text, max(0, before.start() - NAME_WORD_REACH), before.start())
        return bool(where and where[1].casefold() in PLACE_WORDS_BEFORE_THE)
    return bool(before and before[1].casefold() in PLACE_WORDS_BEFORE) or bool(
        re.match(r"\s+[-\u2013\u2014]\s", text[named.end() :])
    )


def _member_named_after(named: re.Match[str]) -> bool:
    """Whether a body's name is the title of one of its members named after it, who speaks for
    themselves (``member_nouns``): "City Council member Marcus Bell"; not "the City Council
    vote".

    >>> [_member_named_after(n) for n in _name().finditer("City Council member Marcus Bell said")]
    [True, False]
    """
    return bool(_member_after().match(named.string, named.end()))


@cache
def _member_after() -> re.Pattern[str]:
    """A member's noun after a body's name, and the capital their own name opens with."""
    nouns = "|".join(sorted(map(re.escape, lexicon().member_nouns)))
    return re.compile(rf" (?:{nouns}) {CAPITAL}")


def _spokesperson_says(named: re.Match[str]) -> bool:
    """Whether a name is the body or person its spokesperson speaks for, saying something,
    perhaps with the spokesperson's own name between: "a Pentagon spokesman said", "Kremlin
    spokesman Dmitry Peskov told reporters", "Smith's spokesman said"; or after the verb, ending
    the clause (", said a White House spokeswoman."), their own name perhaps between in apposition
    (", said Dmitry Peskov, the Kremlin spokesman."); in apposition ("John Kirby, a Pentagon
    spokesman, said"); or as their owner ("a spokesman for the Pentagon said"); as "according to a
    Pentagon spokesman" cites the Pentagon. A person's name alone before "said" is no source, nor
    is a name that a sentence's opener or a date runs into ("However Kremlin", "On Tuesday
    Kremlin"), nor a body its spokesperson no longer speaks for ("a former Pentagon spokesman",
    see the lexicon's ``past_role_words``).

    >>> [_spokesperson_says(n) for n in _name().finditer("A White House spokesman says no.")]
    [True]
    >>> [_spokesperson_says(n) for n in _name().finditer("Kremlin spokesman Dmitry Peskov said on")]
    [True, False]
    >>> [_spokesperson_says(n) for n in _name().finditer("Boeing spokesman Tim Smith was fired.")]
    [False, False]
    >>> [_spokesperson_says(n) for n in _name().finditer("No, said a spokesman for the Pentagon.")]
    [False, True]
    """
    text = named.string
    before_name, after_name = _spokesperson_clause()
    lead = before_name.search(text, max(0, named.start() - NAME_WORD_REACH), named.start())
    tail = after_name.match(text, named.end())
    # The spokesperson stands before their body ("a spokesman for") or after it, once.
    if not lead or not tail or bool(lead["owner_follows"]) == bool(tail["spokesperson"]):
        return False
    if lead["verb_first"]:
        # A verb before the speaker has the clause end with them: ", said a Pentagon spokesman."
        # "The minister said a Pentagon spokesman had lied" is no spokesperson's saying.
        if tail["verb"] or not (
            CLAUSE_END.match(text, tail.end()) or not text[tail.end() :].strip()
        ):
            return False
    elif not tail["verb"] or (tail["apposed"] and not lead["apposed"]):
        return False
    name_words = named.group().split()
    first = name_words[0]
    before = WORD_BEFORE.search(text, max(0, lead.start() - NAME_WORD_REACH), lead.start())
    said_before = {first.casefold().partition("-")[0], before[1].casefold() if before else ""}
    if not lexicon().past_role_words.isdisjoint(said_before):
        return False
    # A determiner is no body's name ("The spokesman said", "Every spokesman said"), but may
    # open one that a sentence's first word capitalises ("The Pentagon spokesman said").
    body = list(dropwhile(_is_a_determiner, name_words))
    if len(body) < 2:
        return bool(body)
    # Rather no source than a wrong one: "Meanwhile Kremlin" is no body's name, nor its Kremlin
    # the whole of the longer name it may be.
    return not (
        body[0].casefold() in _never_a_wires_name()
        or (body == name_words and _opens_a_sentence(named) and _opens_no_name(first.casefold()))
    )


def _is_a_determiner(word: str) -> bool:
    """Whether a word says which or whose thing follows, or how many (see the lexicon's
    ``determiners``): "The", "Every", "Our", "Two".

    >>> _is_a_determiner("Every"), _is_a_determiner("Pentagon")
    (True, False)
    """
    return word.casefold() in lexicon().determiners or _is_a_number(word.casefold())


@cache
def _spokesperson_clause() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand before and after a body's name in its spokesperson's clause.

    Before it, up to the name: a verb of saying after a comma or a quotation ("..., said a"),
    perhaps with the spokesperson's own name and the comma of an apposition after it ("..., said
    Dmitry Peskov, the"), or a comma opening an apposition ("John Kirby, a"); then perhaps an
    article, and the spokesperson where the body follows as their owner ("a spokesman for the").

    After it: a possessive and a spokesperson noun, then perhaps their own name (" spokesman
    Dmitry Peskov", "'s spokesman"); then a verb of saying (``attribution_verbs``), after the
    comma that closes an apposition or not, and not one read as a passive's participle ("a
    Pentagon spokesman charged with leaking")."""
    terms = lexicon()
    nouns = "|".join(sorted(map(re.escape, terms.spokesperson_nouns)))
    verbs = "|".join(sorted(map(re.escape, terms.attribution_verbs)))
    before = re.compile(
        rf"(?:(?P<verb_first>[,\"'\u201d\u2019] (?:{verbs}) (?:{_name().pattern}, )?)"
        rf"|(?P<apposed>, ))?"
        rf"(?:\b(?i:a|an|the) )?(?P<owner_follows>(?<![\w-])(?:{nouns}) for (?:the )?)?$"
    )
    after = re.compile(
        rf"(?P<spokesperson>(?:['\u2019]s?)? (?:{nouns})(?: {_name().pattern})?)?"
        rf"(?:(?P<apposed>,)? (?P<verb>{verbs})\b(?! (?:of|with|by)\b))?"
    )
    return before, after


def _sources_named(name: str) -> list[str]:
    """The sources a name after a cue gives: two wires or organisations when it joins them by
    "&" or "and", else itself (a firm's "Hale & Moore").

    >>> _sources_named("AP & Reuters"), _sources_named("Hale & Moore")
    (['AP', 'Reuters'], ['Hale & Moore'])
    """
    terms = lexicon()
    parts = NAME_JOINER.split(name)
    if len(parts) > 1 and all(terms.wire_service_named(p) or _organisation(p) for p in parts):
        return parts
    return [name]


def _unnamed_source(text: str, start: int) -> str | None:
    """The source named without a capital at ``start`` of ``text``, if a word of it says it is
    one (``source_nouns``): its owner, where a name follows ("a spokesman for Boeing"; in
    Russian, in the genitive with no word between: "пресс-службы МЧС"), with its own words
    where they name a body whose name goes on ("ministerio de Defensa"), or its own name in
    quotes; else its words, unless they say only what was issued, not who issued it.

    >>> _unnamed_source('medics at the scene said', 0), _unnamed_source("him.", 0)
    ('medics', None)
    >>> _unnamed_source("local reports, it sank", 0), _unnamed_source("police reports, it sank", 0)
    (None, 'police reports')
    >>> _unnamed_source('правозащитного проекта "ОВД-Мониторинг", полиция', 0)
    'ОВД-Мониторинг'
    >>> _unnamed_source("пресс-службы МЧС, пожар", 0)
    'МЧС'
    >>> _unnamed_source("ministerio de Defensa, dos", 0), _unnamed_source("portavoz del Kremlin", 0)
    ('ministerio de Defensa', 'Kremlin')
    """
    terms = lexicon()
    unnamed = _unnamed_source_words().match(text, start)
    if not unnamed or terms.source_nouns.isdisjoint(said := unnamed.group().split()):
        return None
    if not terms.issuing_participles.isdisjoint(said):
        return _issuer(text, unnamed.start(), said)
    owner = _name().match(text, unnamed.end() + 1)
    # "a spokesman for the Pentagon" is the Pentagon's as "a spokesman for Boeing" is Boeing's;
    # "the ministry of Defence" is the ministry, its name going on after "of".
    linked = said[:-1] if said[-1] in OWNER_ARTICLES else said
    if owner and linked[-1] in OWNER_WORDS:
        # French and Spanish put an adjective after the noun: "ministère estonien de".
        head = linked[-2] if linked[-2] in terms.source_nouns else linked[max(0, len(linked) - 3)]
        if head in terms.body_source_nouns:
            return f"{unnamed.group()} {owner.group()}"
        return owner.group()
    # An office speaks for the body it names after it ("пресс-службы МЧС"); residents or police
    # of a place are not the place ("жителей Мариуполя", "полиции Москвы").
    if owner and said[-1] in terms.office_source_nouns and owner.group().isupper():
        return owner.group()
    quoted = QUOTED_NAME.match(text, unnamed.end())
    if quoted:
        return quoted[1]
    return None if _says_only_what_was_issued(said) else unnamed.group()


def _issuer(text: str, start: int, said: list[str]) -> str | None:
    """Who issued the thing an unnamed source's words (``said``, at ``start`` of ``text``) say
    was issued, by a participle (``issuing_participles``): whom "by" names in their clause,
    else the words before the participle, unless they say only what was issued.

    >>> _issuer(said := "estimates published this week by the Department of Health.", 0, said.split())
    'Department of Health'
    >>> _issuer(said := "preliminary estimates published today.", 0, said.split()) is None
    True
    """
    terms = lexicon()
    if by := ISSUED_BY.match(text, start):
        if named := _name().match(text, by.end()):
            return named.group()
        return _unnamed_source(text, by.end())
    issued = list(takewhile(lambda word: word not in terms.issuing_participles, said))
    if _says_only_what_was_issued(issued, terms.issued_work_nouns):
        return None
    return " ".join(issued)


def _says_only_what_was_issued(words: list[str], issued: AbstractSet[str] = frozenset()) -> bool:
    """Whether an unnamed source's words say what was issued and not who issued it, by no other
    source noun nor a possessive: "reports", "unconfirmed local reports", "a statement"; not
    "police reports", "the mayor's statement" (see the lexicon's ``issued_source_nouns``, and
    the nouns ``issued`` says were issued besides)."""
    terms = lexicon()
    return not any(
        word.endswith(("'s", "s'"))
        or (
            word in terms.source_nouns
            and word not in terms.issued_source_nouns
            and word not in issued
        )
        for word in words
    )


@cache
def _date_possessive() -> re.Pattern[str]:
    """A day's or month's possessive, and the space after it: "Tuesday's", "yesterday's",
    "March's"."""
    days = "|".join(map(re.escape, sorted(lexicon().date_words)))
    return re.compile(rf"(?i:{days})['\u2019]s\s+")


@cache
def _unnamed_source_words() -> re.Pattern[str]:
    """Who a cue names when no capital does: "the county fire department", "officials", "two
    people familiar with the talks", "медиков"; up to the first punctuation or a word that goes
    on to a clause (``unnamed_source_ends``)."""
    ends = "|".join(map(re.escape, sorted(lexicon().unnamed_source_ends)))
    return re.compile(rf"{LOWER_CASE_WORD}(?:\s+(?!(?:{ends})\b){LOWER_CASE_WORD}){{0,7}}")


@cache
def _where_a_title_is_held() -> re.Pattern[str]:
    """A place or party before an abbreviated title, up to three words, and the space after it:
    "Calif. " of "Calif. Gov. Gavin Newsom", "Texas ", "U.S. ", "Democratic " (a state's
    abbreviation, initials or capitalised words).

    >>> _where_a_title_is_held().match("Calif. Gov. Gavin Newsom").group()
    'Calif. '
    >>> _where_a_title_is_held().match("Gov. Gavin Newsom"), _where_a_title_is_held().match("Lt. Gov. Eleni Kounalakis")
    (None, None)
    """
    terms = lexicon()
    states = "|".join(sorted(map(re.escape, terms.state_abbreviations)))
    titles = "|".join(sorted(map(re.escape, terms.title_abbreviations)))
    # A word ends in a full stop only as a state's abbreviation or initials: "the Pentagon. Gov.
    # Gavin Newsom said" ends a sentence before the title.
    word = rf"(?:(?:{states})\.|(?:{CAPITAL}\.){{2,}}|{CAPITAL}[\w'-]*\w)"
    return re.compile(rf"{word}(?:\s+{word}){{0,2}}\s+(?=(?:{titles})\.\s)")


@cache
def _name() -> re.Pattern[str]:
    """A capitalised name of one or more words, allowing "of", "for", "and", "&", "de", "du",
    "al" inside it, "the" only after one ("Department of the Interior", a firm's "Hale & Moore",
    "Олега Варина"): "told Fox News the FBI was ..." names Fox News. A word of it may end in an
    abbreviation's full stop ("Gov. Gavin Newsom", "the U.S. Geological Survey"), not a
    sentence's. A weekday after it is when, in AP style: "told The Associated Press Tuesday", as
    is a German weekday with the part of the day glued to it: "laut Polizei Samstagabend"."""
    terms = lexicon()
    written = sorted(a for a in terms.abbreviations if a[:1].isupper())
    abbreviations = "|".join(map(re.escape, written))
    # Only a capital opens a name: a look for one first spares trying the abbreviations at
    # every other place of the text, five times the time of the rest.
    others = "".join(sorted({a[0] for a in written if not re.match(CAPITAL, a[0])}))
    opens = rf"(?=[{CAPITAL[1:-1]}{re.escape(others)}])"
    word = (
        rf"(?:{opens}(?:(?:{abbreviations})\.|(?:{CAPITAL}\.){{2,}})(?![\w'-])"
        rf"|{CAPITAL}[\w'.-]*\w)"
    )
    weekdays = "|".join(sorted(day.capitalize() for day in terms.weekdays))
    # German days only with a part of the day here, whatever the language: alone they may end
    # a name in English ("Heidi Montag"); after a German cue they do not (cited_sources).
    days = "|".join(sorted(day.capitalize() for day in terms.german_weekdays))
    parts = "|".join(sorted(terms.weekday_parts))
    # A firm's join too: "Hale & Moore"; roles read two names there (_names: "Russia and Ukraine").
    inside = "|".join(sorted(re.escape(w) for w in INSIDE_A_NAME | JOINS_IN_A_NAME))
    articles = "|".join(ARTICLES_AFTER_DE)
    joined = rf"(?:(?:{inside})\s+(?:the\s+)?|de\s+(?:{articles})\s+)"
    not_inside = rf"(?!(?:{weekdays})\b|(?:{days})(?:{parts})\b)"
    return re.compile(rf"{word}(?:\s+{joined}?{not_inside}{word})*")


def _same_outlet(name: str, source: str) -> bool:
    """Whether a name is the source's own, with or without "The", or with or without the words
    that say it is an outlet and its channel's number after it ("KRVT" and "KRVT News" for a
    source given as "KRVT News 7"; see ``masthead_words`` and ``outlet_words``), or the last of
    them, ending in a masthead's word ("Chronicle" for "The Northern Chronicle"), or the same
    wire service's ("AP" for a source given as "Associated Press").

    >>> _same_outlet("KRVT", "KRVT News 7"), _same_outlet("Times of India", "The Times")
    (True, False)
    >>> _same_outlet("Chronicle", "The Northern Chronicle"), _same_outlet("New York Times", "The Times")
    (True, False)
    """
    terms = lexicon()

    def outlet(text: str) -> list[str]:
        return (terms.wire_service_named(text) or text).casefold().removeprefix("the ").split()

    named, own = outlet(name), outlet(source)
    # "the Chronicle" of The Northern Chronicle: its masthead's word, and the words before it
    # that the name keeps.
    if named and named[-1] in terms.masthead_words and own[-len(named) :] == named:
        return True
    shorter, longer = sorted((named, own), key=len)
    return longer[: len(shorter)] == shorter and all(
        word in terms.masthead_words or word in terms.outlet_words or word.isdigit()
        for word in longer[len(shorter) :]
    )


def _share_a_count(
    a: _Features,
    b: _Features,
    unmatched_a: Sequence[Unmatched],
    unmatched_b: Sequence[Unmatched],
) -> bool:
    """Whether two versions give a count alike (not a day or a year, which most sentences of a
    story share), or as many counts each in place of the other's, each near the one at its
    place or told alike (see :func:`_told_alike_in_place`) ("more than 2,000" against
    "2,100"; "more than 12,400 acres ... nearly 300 homes" against "about 11,400 acres ... some
    250 homes"; "about 5,000 people" against "more than 10,000 people"; "killed at least 14
    civilians and wounded 37" against "killed 4 civilians and wounded 12"; not "more than 40
    people" against "12 homes")."""
    unmatched = {number.mention for number in unmatched_a}
    # A count one holds where the other states it (the day of a dateline, "March 14 -",
    # against "killed 14") is not given alike.
    stated_b = b.numbers.stated_values()
    shared = [
        w
        for n, (w, values, stated) in enumerate(a.numbers.mentions)
        if n not in unmatched and (stated or values.isdisjoint(stated_b))
    ]
    if any(map(_is_count, shared)):
        return True
    counts_a = [n for n in unmatched_a if n.stated and _is_count(n.written)]
    counts_b = [n for n in unmatched_b if n.stated and _is_count(n.written)]
    return (
        bool(counts_a)
        and len(counts_a) == len(counts_b)
        and all(
            _near(a.numbers.mentions[ours.mention][1], b.numbers.mentions[theirs.mention][1])
            or _told_alike_in_place(a, b, ours, theirs)
            for ours, theirs in zip(counts_a, counts_b, strict=True)
        )
    )


def _told_alike_in_place(a: _Features, b: _Features, ours: Unmatched, theirs: Unmatched) -> bool:
    """Whether a count of A and the one of B at its place count the same thing, as the word
    after each says ("14 civilians", "4 civilians"), or, where neither says what it counts, are
    told by what befell it alike ("wounded 37", "wounded 12"; not "4.2 metres" and "14 feet")."""
    counted = _counted_by(a, ours)
    if counted != _counted_by(b, theirs):
        return False
    return counted != "" or _befallen(a, ours) == _befallen(b, theirs) != ""


def _befallen(features: _Features, number: Unmatched) -> str:
    """What befell what a number of a sentence counts, as the words between it and the number
    before it tell ("wounded" of "killed 14 civilians and wounded 37"; see
    :func:`_told_before`); none of one the sentence does not write out."""
    spans = written_spans(features.plain, features.numbers)
    if not (span := spans[number.mention]):
        return ""
    since = max((other[1] for other in spans if other and other[1] <= span[0]), default=0)
    return _told_before(words(features.plain[since : span[0]])[-3:])


def _counted_by(features: _Features, number: Unmatched) -> str:
    """What a number of a sentence counts, as the word after it tells ("people" of "more than
    10,000 people took part"; see :func:`_counted`); none of one the sentence does not write
    out."""
    span = written_spans(features.plain, features.numbers)[number.mention]
    return _counted(features.plain[span[1] :]) if span else ""


def _near(ours: AbstractSet[Value], theirs: AbstractSet[Value]) -> bool:
    """Whether a number may stand in place of another: within half as much again of it, in
    some reading of each ("more than 2,000" against "2,100")."""
    return any(
        min(x, y) > 0 and max(x, y) <= min(x, y) * NEAR_COUNT
        for x in ours
        for y in theirs
        if isinstance(x, Decimal) and isinstance(y, Decimal)
    )


def stated_counts(text: str) -> list[PlacedNumber]:
    """The counts and measures a sentence states, in its order, each placed where it writes it
    as framing notes place a changed number (no day, month nor year; a range or a date written
    as one phrase once).

    >>> [(n.shown, n.qualifier, n.before, n.after)
    ...  for n in stated_counts("In 1931 it employed around 140 staff on Monday.")]
    [('140', 'around', 'employed', 'staff')]
    """
    features = _features(text)
    return [number for number in _placed(features, _stated(features)) if _is_count(number.written)]


def _is_count(written: str) -> bool:
    """Whether a number as written counts or measures something: not a day or a month, nor a
    year ("2023"), nor a day beside its month ("March 14")."""
    return not names_a_moment(written)


class PlacedNumber(NamedTuple):
    """A number of a sentence where it is written: as its words give it, as the sentence writes
    it with its unit ("$12 million", "48%", "4.2 metres", "Friday"), and the telling words beside
    it, between it and the numbers beside it ("killed" and "people" of "killed at least 14
    people"); the values it may stand for, its unit's name (or a currency's sign), and the
    qualifier before it ("at least"), which tell a conversion or a rounding from a change (see
    _change_notes); and the period it is counted per, as written after it (``per``: "a year",
    "people a day") and by name (``period``: "year", "day"), without which it is another
    figure; and whether it counts a part of the count before it (``a_part``: "four of them")."""

    written: str
    shown: str
    before: str
    after: str
    values: frozenset[Value] = frozenset()
    unit: str = ""
    qualifier: str = ""
    per: str = ""
    period: str = ""
    a_part: bool = False

    @property
    def measure(self) -> tuple[bool, bool]:
        """Whether it is an amount of money, and whether a share: "$12", "12 cents" and "12%"
        count no "12 people"; "2.2 percentage points" is a share's change, as "54%" may be."""
        money, share = _amount_measure(self.shown, self.after)
        return money or self.unit in _currencies_named(), share or self.unit in SHARE_POINTS

    @property
    def figure(self) -> Figure:
        """The number as a figure, with what its qualifier says of it."""
        qualified = lexicon().number_qualifiers.get(self.qualifier, "")
        return Figure(self.values, self.unit, qualified, self.period)

    @property
    def told(self) -> str:
        """The number as written, with the period it is counted per: "£340 million a year"."""
        return f"{self.shown} {self.per}" if self.per else self.shown

    @property
    def qualified(self) -> str:
        """The number as written, after its qualifier: "nearly £340 million a year"."""
        return f"{self.qualifier} {self.told}" if self.qualifier else self.told


def _amount_measure(shown: str, after: str) -> tuple[bool, bool]:
    """Whether a number as written (``shown``), before the word ``after`` it, is an amount of
    money, and whether a share."""
    terms = lexicon()
    money = terms.currency_sign.match(shown) or after in terms.hundredths
    return bool(money), bool(share_after().search(shown))


@cache
def _currencies_named() -> frozenset[str]:
    """The currencies that a name after an amount gives it as its unit ("$" of "dollars")."""
    return frozenset(lexicon().currency_words.values())


def _in_hundredths(shown: str) -> str:
    """The word of a currency's hundredths a number as written ends in ("cents" of "12 cents",
    "cent" of the hyphenated "25-cent fare"), or stands for with its sign ("pence" of "45p"),
    which tells what it counts as a word after it would; none of another number, nor of a
    percentage whose "cent" is no coin ("15 per cent").

    >>> _in_hundredths("12 cents"), _in_hundredths("25-cent"), _in_hundredths("45p")
    ('cents', 'cent', 'pence')
    >>> _in_hundredths("15 per cent")
    ''
    """
    if share_after().search(shown):
        return ""
    terms = lexicon()
    unit = re.split(r"[\s-]", shown)[-1].casefold()
    if unit in terms.hundredths:
        return unit
    glued = unit[-2:-1].isdigit() and terms.glued_hundredths.get(unit[-1:])
    return glued or ""


def _orders_in_place(
    ours: _Features, theirs: _Features, their_numbers: Sequence[Unmatched]
) -> frozenset[str]:
    """Our counts' orders in words that stand where the other version gives a count we lack,
    writing no order of its own we lack: "dozens" of "dozens of people were hurt" against "40
    people were hurt", and so a vague count of no order ("several", "a number of": ``[numbers.
    orders] in_place_of_counts``), each a figure made vague, not dropped; none against a date
    alone, nor a factor a verb tells ("doubled")."""
    if theirs.orders - ours.orders or not any(
        _is_count(n.written) and not _beside_a_date(theirs, n) for n in their_numbers
    ):
        return frozenset()
    terms = lexicon()
    vague = {
        count
        for count in terms.counts_in_place
        if _order_written(count).search(ours.plain)
        and not _order_written(count).search(theirs.plain)
    }
    return frozenset(ours.orders - theirs.orders) & terms.orders | vague


def _beside_a_date(features: _Features, number: Unmatched) -> bool:
    """Whether a number stands beside a day or a month its sentence names, as the day of a month
    does ("May 3", "3 May")."""
    spans = written_spans(features.plain, features.numbers)
    start, end = spans[number.mention] or (-1, -1)
    return any(
        span and names_a_date(written) and (0 <= start - span[1] <= 2 or 0 <= span[0] - end <= 2)
        for span, (written, _, _) in zip(spans, features.numbers.mentions, strict=True)
    )


@cache
def _order_written(order: str) -> re.Pattern[str]:
    """Where a sentence writes a count's order: "dozens", or "several hundred" for "hundreds"
    (see ``[numbers.orders]``); or a vague count of no order ("a number of")."""
    if order not in lexicon().orders:
        # Not the "many" of "in as many games" or "so many", which compare and count nothing,
        # nor of "that many", which counts again what the text counted before.
        return re.compile(
            rf"(?i)(?<!\bas )(?<!\bso )(?<!\bhow )(?<!\bthat )(?<!\bthis )\b{re.escape(order)}\b"
        )
    vague = "|".join(map(re.escape, sorted(lexicon().vague_counts)))
    return re.compile(rf"(?i)\b(?:(?:{vague})\s+{re.escape(order[:-1])}\b|{order_spelled(order)})")


def stated_figures(text: str) -> tuple[tuple[str, Figure], ...]:
    """The numbers a sentence states, in its order, each as written with its qualifier and as
    a figure (its values, unit and what its qualifier says of it).

    >>> [shown for shown, _ in stated_figures("It will save almost £4 million by 2027.")]
    ['almost £4 million', '2027']
    """
    plain = normalise(text)
    tokens = words(plain)
    numbers = sentence_numbers(plain, tokens)
    if not numbers.stated:
        return ()
    # What placing numbers reads of a sentence, without the rest of its features (hedges,
    # quotations, voices), which take ten times as long to read.
    features = _NumbersOf(plain, numbers, frozenset(_estimates(tokens, plain)))
    stated = [
        Unmatched(written, stated, n)
        for n, (written, _, stated) in enumerate(numbers.mentions)
        if stated
    ]
    return tuple((number.qualified, number.figure) for number in _placed(features, stated))


class _NumbersOf(NamedTuple):
    """What :func:`_placed` reads of a sentence, as :class:`_Features` holds it."""

    plain: str
    numbers: Numbers
    estimates: frozenset[tuple[str, str]]


def _placed(
    features: _Features | _NumbersOf,
    numbers: Sequence[Unmatched],
    orders: AbstractSet[str] = frozenset(),
) -> list[PlacedNumber]:
    """``numbers`` of a sentence where it writes them, in its order, with the counts' ``orders``
    in words that stand in place of numbers ("dozens"); the numbers written as one ("3-1")
    once."""
    plain = features.plain
    spans = written_spans(plain, features.numbers)
    # Not the "millions" of "eighty-one millions", a number's own word; nor the "several" of
    # "several hundred", an order's own (orders sort before the vague counts of no order).
    orders_at: dict[tuple[int, int], str] = {}
    for count in sorted(orders, key=lambda count: (count not in lexicon().orders, count)):
        for found in _order_written(count).finditer(plain):
            if not any(
                span and found.start() < span[1] and span[0] < found.end()
                for span in [*spans, *orders_at]
            ):
                orders_at[found.span()] = found[0]
    in_order = sorted({span for span in spans if span} | orders_at.keys())
    order = {span: at for at, span in enumerate(in_order)}
    placed: dict[tuple[int, int], PlacedNumber] = {}
    unplaced = []
    mentions = features.numbers.mentions
    written_at = [
        (spans[number.mention], number.written, mentions[number.mention][1]) for number in numbers
    ]
    no_values: frozenset[Value] = frozenset()
    for span, written, values in [
        *written_at,
        *((span, order, no_values) for span, order in orders_at.items()),
    ]:
        if not span:
            unplaced.append(PlacedNumber(written, as_written(written), "", "", values))
            continue
        if span in placed:
            continue
        start, end = span
        at = order[span]
        since = in_order[at - 1][1] if at else 0
        gap_before = words(plain[since:start])
        # The word straight after the number before is that number's own: "14 people and
        # forced 9,000".
        if at and _counted(plain[since:start]):
            gap_before = gap_before[1:]
        placed[span] = PlacedNumber(
            written,
            plain[start:end],
            _told_before(gap_before[-3:]),
            _in_hundredths(plain[start:end])
            or _counted(plain[end : in_order[at + 1][0] if at + 1 < len(in_order) else None]),
            values,
            qualifier=_qualifier_before(gap_before, words(plain[start:end]), features.estimates),
            a_part=bool(PART_OF_A_COUNT.match(plain, end)),
        )
    return [*_written_whole(features, spans, placed), *unplaced]


def _written_whole(
    features: _Features | _NumbersOf,
    spans: Sequence[tuple[int, int] | None],
    placed: Mapping[tuple[int, int], PlacedNumber],
) -> list[PlacedNumber]:
    """Numbers placed where a sentence writes them, in its order, each shown whole as the
    sentence writes it, though the other version gives a part of it alike: a day with its month
    and year as one date, named by its month ("Dec. 2" against "Dec. 9", not "2" against "9";
    "Oct. 27, 2003"), a range ("38-40C" and "38C to 40C" against "40-42C", not "38" against
    "42"), a number with its unit glued to it ("41C"); numbers of one such phrase once."""
    plain = features.plain
    # Not a number the sentence only holds: "quarter" of "the March quarter".
    written_at = {
        span: written
        for span, (written, _, stated) in zip(spans, features.numbers.mentions, strict=True)
        if span and stated
    }
    months = {span for span, written in written_at.items() if month_number(written) is not None}
    every = sorted(written_at.keys() | placed.keys())
    phrases = written_as_one(plain, [(*span, span in months) for span in every])
    # A month is written no range of numbers with another: "from May to June".
    dates = {phrase for phrase in phrases if any(phrase[0] <= m[0] < phrase[1] for m in months)}
    phrases = _ranges_as_one(plain, phrases, dates)
    # Each span starts in its phrase, found by a look up of the phrases' starts: a run-on
    # "sentence" (a table) may hold thousands of numbers.
    starts = [start for start, _ in phrases]
    parts: dict[tuple[int, int], list[tuple[int, int]]] = {phrase: [] for phrase in phrases}
    for span in every:
        parts[phrases[bisect_right(starts, span[0]) - 1]].append(span)
    joined = []
    for (start, end), in_phrase in parts.items():
        ours = [span for span in in_phrase if span in placed]
        if not ours:
            continue
        first, last = placed[ours[0]], placed[ours[-1]]
        named = next((placed[span] for span in ours if span in months), first)
        unit, end = _unit_phrase(plain, start, end) if _is_count(named.written) else ("", end)
        shown = plain[start:end]
        per, period = _period_after(plain, end) if _is_count(named.written) else ("", "")
        joined.append(
            first._replace(shown=shown, unit=unit, per=per, period=period)
            if len(in_phrase) == 1
            # A range or a date is no one figure.
            else PlacedNumber(named.written, shown, first.before, last.after)
        )
    return joined


def _unit_phrase(plain: str, start: int, end: int) -> tuple[str, int]:
    """The unit of the number (or range) written at ``start:end`` of ``plain``, and where the two
    end: a unit's name of ``[numbers.units]`` ("metre" of "4.2 metres", "celsius" of "41C"), or
    a currency's sign before it ("$" of "$48 million"), or the currency a name after it names
    ("$" of "1.3 billion US dollars", which is "$1.3 billion"), the name left out of it; none of
    another number. A sign after it, as Spanish and French write one ("500 € a la semana"), ends
    it there, naming no unit: the period after it is the number's still.

    >>> text = "It rose 4.2 metres, cost $48 million and took 12 of them, or 500 € each"
    >>> [_unit_phrase(text, *span) for span in ((8, 11), (25, 36), (46, 48), (61, 64))]
    [('metre', 18), ('$', 36), ('', 48), ('', 66)]
    >>> _unit_phrase("It cost 1.3 billion US dollars", 8, 19)
    ('$', 19)
    """
    terms = lexicon()
    if sign := terms.currency_sign.match(plain, start):
        return sign[0], end
    if unit := _unit_written(plain, start, end):
        return unit
    named = _currency_beside()[2].match(plain, end)
    if named and not named["sign"]:
        return terms.currency_words[named[0].strip().casefold()], end
    sign = terms.currency_sign.match(plain, end + plain.startswith(" ", end))
    return "", sign.end() if sign and not plain[sign.end() : sign.end() + 1].isalnum() else end


def _qualifier_before(
    before: Sequence[str], number: Sequence[str], estimates: AbstractSet[tuple[str, str]]
) -> str:
    """The qualifier among the last words ``before`` a number's words, that says how exact it is
    (one of the sentence's ``estimates``): "nearly" of "found nearly 1,000"; none of "for over
    20 years", a span of time.

    >>> _qualifier_before(("found", "nearly"), ("1,000",), {("nearly", "1,000")})
    'nearly'
    """
    qualifier = trailing_qualifier(before)
    return qualifier if any((qualifier, word) in estimates for word in number) else ""


def _ranges_as_one(
    plain: str, phrases: Sequence[tuple[int, int]], dates: AbstractSet[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Phrases of numbers as a sentence writes them, with the unit glued to a number ("41C",
    "5km"), and the two numbers of a range as one: joined by a dash ("38-40C"), or by "to"
    with one unit each ("38C to 40C", "10% to 15%"; not "rose 12 cents to $13.60", a change
    and where it led, nor "six to seven years", nor "from May to June", no number's range)."""
    joined: list[tuple[int, int]] = []
    for start, end in phrases:
        unit = _glued_unit().match(plain, end)
        end = unit.end() if unit else end
        between = RANGE_BETWEEN.fullmatch(plain, joined[-1][1], start) if joined else None
        if (
            between
            and not {joined[-1], (start, end)} & dates
            and (
                between[0] != " to "
                or _unit(plain[joined[-1][0] : joined[-1][1]]) == _unit(plain[start:end]) != ""
            )
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _period_after(plain: str, end: int) -> tuple[str, str]:
    """The period a number written up to ``end`` of ``plain`` is counted per, as written after
    it, straight or after the word that says what it counts, and by name (``[numbers.periods]``);
    none where the period's words say when ("14 people a day after the storm").

    >>> text = "It costs £340 million a year; 2,000 people a day; 5% since 2020; 3 a day after"
    >>> [_period_after(text, end) for end in (21, 35, 50, 76)]
    [('a year', 'year'), ('people a day', 'day'), ('', ''), ('', '')]
    """
    found = _period_written().match(plain, end)
    if not found or (found["counted"] and not _tells_of_a_number(found["counted"].casefold())):
        return "", ""
    period = found["period"].casefold()
    if period.startswith(PERIOD_MAY_SAY_WHEN) and PERIOD_SAYS_WHEN.match(plain, found.end()):
        return "", ""
    return found[0].strip(), lexicon().periods[period]


@cache
def _period_written() -> re.Pattern[str]:
    """A period of ``[numbers.periods]`` after a number, perhaps after one word (``counted``),
    Spanish's after its "de" ("millones de pesos al año"), or after a bound written after the
    number ("four or more nights per week"), which it captures as ``period``."""
    forms = "|".join(sorted(map(re.escape, lexicon().periods), key=len, reverse=True))
    return re.compile(
        rf"\s+(?:{OPEN_BOUND_AFTER}\s+)?(?:(?:de\s+)?(?P<counted>[^\W\d_]+)\s+)?"
        rf"(?P<period>(?i:{forms}))(?![\w-])"
    )


def _unit(number: str) -> str:
    """The unit a number as written ends in, glued or as a share ("C" of "38C", "%" of "10%");
    none of another ("p" of "12p", "$13.60").

    >>> _unit("38C"), _unit("10 per cent"), _unit("12p")
    ('c', 'per cent', '')
    """
    share = share_after().search(number)
    if share and share.end() == len(number):
        return share[0].strip().casefold()
    unit = re.search(r"[^\W\d_]+$", number)
    glued = unit and _glued_unit().fullmatch(number, unit.start())
    return glued[0].casefold() if glued else ""


@cache
def _glued_unit() -> re.Pattern[str]:
    """A unit written straight after its number: "41C", "5km", "38°C" (``conversion_units``)."""
    units = "|".join(sorted(map(re.escape, lexicon().conversion_units), key=len, reverse=True))
    return re.compile(rf"°?(?i:{units})\b|°")


def _counted(after: str) -> str:
    """What a number counts, as the word straight after it tells, or after an adverb and the word
    it qualifies: "people" of "14 people were killed", "patients" of "15 critically ill
    patients"; none of "14, police said", "14 and 9,000" or "14 said".

    >>> _counted(" critically ill patients"), _counted(" family members")
    ('patients', 'family')
    """
    if not after[:1].isspace() or not after.lstrip()[:1].isalpha():
        return ""
    following = words(after[:LOOK_AFTER_A_NUMBER])
    # A share or a count of a whole: "18 percent of men", "30 of the passengers".
    if following[:1] == ("of",):
        following = tuple(w for w in following[1:3] if w not in ARTICLES)
    # An adverb and the word it qualifies tell how the counted were, not what they are.
    if len(following) > 2 and following[0].endswith(ADVERB_ENDINGS):
        following = following[2:]
    return following[0] if following and _tells_of_a_number(following[0]) else ""


def _tells_of_a_number(word: str) -> bool:
    """Whether a word beside a number may tell what it counts or what befell it: a word of
    content but a verb of saying, which tells who gave it ("12, police said")."""
    return _tells(word) and word not in lexicon().attribution_verbs


def _told_before(before: Sequence[str]) -> str:
    """What the words before a number tell of it: the last that tells what befell it, with the
    words that join it to the number ("killed" of "killed at least", "rose to" of "rose to";
    not "rose" of "rose by"); none of a qualifier's ("at least")."""
    before = before[: len(before) - len(trailing_qualifier(before).split())]
    telling = [n for n, w in enumerate(before) if _tells_of_a_number(w)]
    return " ".join(before[telling[-1] :]) if telling else ""


def trailing_qualifier(before: Sequence[str]) -> str:
    """The qualifier that the last of the words ``before`` a number make, which says how exact
    it is ("at least" of "killed at least"); none.

    >>> trailing_qualifier(("killed", "at", "least")), trailing_qualifier(("killed",))
    ('at least', '')
    """
    qualifiers = lexicon().number_qualifiers
    return next((said for n in (3, 2, 1) if (said := " ".join(before[-n:])) in qualifiers), "")


def _shown(numbers: Iterable[PlacedNumber]) -> list[str]:
    """The numbers as their sentence writes them, each with the period it is counted per."""
    return [number.told for number in numbers]


def _names_a_step(number: PlacedNumber) -> bool:
    """Whether a number names a step of a sequence, after a step's word and with no unit: "3"
    of "a phase 3 trial" (``[numbers] step_words``); not a day ("tonight" of "8 feet above flood
    stage -- tonight")."""
    return (
        not number.unit
        and number.before in lexicon().step_words
        and not names_a_date(number.written)
    )


def _number_notes(
    ours: Sequence[PlacedNumber],
    theirs: Sequence[PlacedNumber],
    our_words: AbstractSet[str],
    their_words: AbstractSet[str],
) -> list[FramingNote]:
    """The notes of numbers only one side gives, or that each side gives in place of the
    other's: a day or month in place of another ("Friday" against "Saturday"), never of a count
    ("Monday" against "two weeks"; "17, Friday" against "17.3" changes 17 and leaves Friday out);
    a count in place of the one that counts the same ("killed 14" against "killed 21", "9,000
    residents" against "13,000 residents"), whichever comes first in each sentence; a part of a
    day only in place of a day ("last night" against "Monday"), not of a month ("from July 1"
    against "last night" drops a date and adds another). Numbers only one side gives make a
    note of its figures and one of its moments (days, months, years: ``names_a_moment``): a copy
    drops a release's "published today" as a matter of course, and "today, 30" would read as one
    figure beside the BMI of 30 it cut. A count whose counted word the other side keeps (of
    ``their_words``, or ``our_words`` for a count of theirs) lost only its figure, an edit of its
    own: "37 officers and 10 protesters" against "officers and protesters" drops two figures,
    each its own note, where "killing 12 soldiers and 3 civilians" cut whole is one."""
    # A step's number ("phase 3") with no step in its place on the other side was left out with
    # the words that name the step: no figure dropped, as "according to a phase 3 trial" cut
    # drops an attribution and no count.
    if not (any(map(_names_a_step, ours)) and any(map(_names_a_step, theirs))):
        ours = [n for n in ours if not _names_a_step(n)]
        theirs = [n for n in theirs if not _names_a_step(n)]
    if not (ours and theirs):
        given, kept = (ours, their_words) if ours else (theirs, our_words)
        moments = [n for n in given if names_a_moment(n.shown)]
        counts = [n for n in given if n not in moments]
        alone = [n for n in counts if n.after and set(words(n.after)) <= kept]
        together = [n for n in counts if n not in alone]
        parts = [[n] for n in alone] + [together] * bool(together)
        # Each note in its sentence's order, by identity: "30 killed and 30 hurt" writes 30 twice.
        parts.sort(key=lambda part: next(at for at, n in enumerate(given) if n is part[0]))
        return [
            _number_note(_shown(part), []) if ours else _number_note([], _shown(part))
            for part in [*parts, moments]
            if part
        ]
    days_a = [n for n in ours if names_a_date(n.written)]
    days_b = [n for n in theirs if names_a_date(n.written)]
    counts_a = [n for n in ours if n not in days_a]
    counts_b = [n for n in theirs if n not in days_b]
    pairs = _counting_alike(counts_a, counts_b)
    rest_a = [n for n in counts_a if not any(n is a for a, _ in pairs)]
    rest_b = [n for n in counts_b if not any(n is b for _, b in pairs)]
    # What pairs with nothing is one change only of one measure: "six [years]" and "$1.25
    # million" left over are a number dropped and one added, and so are "4.1% to 6.3%" and "two
    # years", a range of shares and a span of time; so are a count of times and one of another
    # thing told by other words ("scored twice" and "a crowd of 52,314"), and an amount of money
    # and a span of time alone ("£410,000" and "six years": a headline's fraud and its term).
    measures_a, measures_b = {n.measure for n in rest_a}, {n.measure for n in rest_b}
    shares_a, shares_b = {share for _, share in measures_a}, {share for _, share in measures_b}
    rest = (
        [(rest_a, []), ([], rest_b)]
        if (pairs and not measures_a & measures_b)
        or (pairs and _parts_against_others(rest_a, rest_b))
        or not shares_a & shares_b
        or _times_against_things(rest_a, rest_b)
        or _ages_against_counts(rest_a, rest_b, our_words, their_words)
        or _amounts_of_other_scales(rest_a, rest_b)
        or _of_other_kinds(rest_a, rest_b)
        or _counted_against_moments(rest_a, rest_b)
        or _counted_against_moments(rest_b, rest_a)
        or _things_against_spans(rest_a, rest_b)
        or _things_against_spans(rest_b, rest_a)
        else [(rest_a, rest_b)]
    )
    changes = sorted(
        [([a], [b]) for a, b in pairs] + rest,
        # By identity: one number may be written twice alike ("30 killed and 30 hurt").
        key=lambda change: next(
            (n for n, number in enumerate(ours) if change[0] and number is change[0][0]), len(ours)
        ),
    )
    dates = (
        [(days_a, days_b)]
        if _dates_alike(days_a, days_b) and _dates_alike(days_b, days_a)
        else [(days_a, []), ([], days_b)]
    )
    return [
        note
        for side_a, side_b in [*changes, *dates]
        if side_a or side_b
        for note in _change_notes(side_a, side_b)
    ]


def _amounts_of_other_scales(ours: Sequence[PlacedNumber], theirs: Sequence[PlacedNumber]) -> bool:
    """Whether every amount of money of ours is a thousand times or more another's of theirs,
    in other digits: a company's "$402.1 million" and a "71.5-cent" distribution per unit are
    two things, while "$4.82 billion" against "$4.82 million" keeps its digits, one figure
    mistyped.

    >>> cash = PlacedNumber("402.1 million", "$402.1 million", "", "", frozenset({Decimal("402100000")}), "$")
    >>> cents = PlacedNumber("71.5 cent", "71.5-cent", "", "", frozenset({Decimal("0.715")}))
    >>> slip = PlacedNumber("402.1 cent", "402.1 cents", "", "", frozenset({Decimal("4.021")}))
    >>> _amounts_of_other_scales([cash], [cents]), _amounts_of_other_scales([cash], [slip])
    (True, False)
    """
    return bool(ours and theirs) and all(
        _is_money(a) and _is_money(b) and _scales_apart(a.values, b.values)
        for a in ours
        for b in theirs
    )


def _scales_apart(ours: AbstractSet[Value], theirs: AbstractSet[Value]) -> bool:
    """Whether every reading of ours is a thousand times or more every one of theirs, or the
    other way round, in other digits; never of numbers without a reading."""
    readings = [
        (x, y)
        for x in ours
        for y in theirs
        if isinstance(x, Decimal) and isinstance(y, Decimal) and x and y
    ]
    return bool(readings) and all(
        max(abs(x), abs(y)) >= 1000 * min(abs(x), abs(y)) and _digits(x) != _digits(y)
        for x, y in readings
    )


def _of_other_kinds(ours: Sequence[PlacedNumber], theirs: Sequence[PlacedNumber]) -> bool:
    """Whether every number of ours and every one of theirs is of a kind (:func:`_kind_of`), and
    none of ours of a kind of theirs: "£410,000" against "six years", money against a span of
    time; not "£1.2m" against "1.2 million", a bare count that may be that amount.

    >>> money = PlacedNumber("410,000", "£410,000", "stole", "", unit="£")
    >>> years = PlacedNumber("six", "six years", "for", "years", unit="year")
    >>> count = PlacedNumber("410,000", "410,000", "stole", "")
    >>> _of_other_kinds([money], [years]), _of_other_kinds([money], [count])
    (True, False)
    """
    kinds_a, kinds_b = {_kind_of(n) for n in ours}, {_kind_of(n) for n in theirs}
    return bool(kinds_a and kinds_b) and "" not in kinds_a | kinds_b and not kinds_a & kinds_b


def _counted_against_moments(ours: Sequence[PlacedNumber], theirs: Sequence[PlacedNumber]) -> bool:
    """Whether every number of ours counts something its words name (a unit or a counted noun)
    and every one of theirs names a moment alone (a year, a day): "employs 310 drivers" against
    "by 2019" drops a count and adds a year, no figure given otherwise; not "310 drivers"
    against "290", a bare count that may be the drivers', nor a year in other digits whose next
    word is no counted noun ("۲۰۱۸ میں", "in 2018") against another year.

    >>> drivers = PlacedNumber("310", "310", "employs", "drivers")
    >>> year = PlacedNumber("2019", "2019", "", "")
    >>> count = PlacedNumber("290", "290", "employs", "")
    >>> _counted_against_moments([drivers], [year]), _counted_against_moments([drivers], [count])
    (True, False)
    """
    return (
        bool(ours and theirs)
        and all((n.after or n.unit) and not _may_be_a_year(n) for n in ours)
        and all(names_a_moment(n.shown) for n in theirs)
    )


def _things_against_spans(ours: Sequence[PlacedNumber], theirs: Sequence[PlacedNumber]) -> bool:
    """Whether every number of ours counts a thing its words name, no span of time nor an
    amount, and every one of theirs is a span of time: "crews from four states" against
    "could take up to 10 days" drops one count and adds another, no figure given otherwise;
    not "four days" against "10 days", nor a bare "four" that may be the days.

    >>> states = PlacedNumber("four", "four", "crews from", "states")
    >>> days = PlacedNumber("10", "10 days", "up to", "days", unit="day")
    >>> bare = PlacedNumber("four", "four", "take", "")
    >>> _things_against_spans([states], [days]), _things_against_spans([bare], [days])
    (True, False)
    """
    return (
        bool(ours and theirs)
        and all(n.after and not n.unit and _kind_of(n) == "" for n in ours)
        and all(_kind_of(n) == "time" for n in theirs)
    )


def _may_be_a_year(number: PlacedNumber) -> bool:
    """Whether a number may name a year, in any digits: "2019", "۲۰۱۸"."""
    return names_a_moment(number.shown) or any(
        isinstance(value, Decimal) and YEAR.fullmatch(str(value)) for value in number.values
    )


def _kind_of(number: PlacedNumber) -> str:
    """What a number measures, where its words say: ``money``, ``share`` or ``time`` (a span of
    time, "six years"); empty for a count of anything else or of nothing named."""
    if _is_money(number):
        return "money"
    if number.measure[1]:
        return "share"
    return "time" if number.unit in lexicon().time_units else ""


def _is_money(number: PlacedNumber) -> bool:
    """Whether a number is an amount of money: by its currency's sign or word, or in a
    currency's hundredths as written ("12 cents", "71.5-cent")."""
    return number.measure[0] or bool(_in_hundredths(number.shown))


def _digits(value: Decimal) -> str:
    """A value's significant digits, wherever its point: "4021" of 402,100,000 and of 4.021."""
    return format(abs(value).normalize(), "f").replace(".", "").strip("0")


def _parts_against_others(ours: Sequence[PlacedNumber], theirs: Sequence[PlacedNumber]) -> bool:
    """Whether every number of ours counts a part of the count before it and none of theirs
    does, or the other way round: beside "26 people" against "23 people", "four of them in a
    critical condition" against "a further 40 treated at the scene" drops one count and adds
    another; not "four of them" against "five of them".

    >>> four = PlacedNumber("four", "four", "hospital", "", a_part=True)
    >>> forty = PlacedNumber("40", "40", "further", "treated")
    >>> five = PlacedNumber("five", "five", "hospital", "", a_part=True)
    >>> _parts_against_others([four], [forty]), _parts_against_others([four], [five])
    (True, False)
    """
    return all(a.a_part != b.a_part for a in ours for b in theirs)


def _times_against_things(ours: Sequence[PlacedNumber], theirs: Sequence[PlacedNumber]) -> bool:
    """Whether every number of ours counts times and every one of theirs counts another thing,
    or the other way round, each told by other words before it: "scored twice" against "a crowd
    of 52,314"; not "scored twice" against "scored 3 goals", nor "cited twice" against "cited
    three times"."""
    return all(
        _counts_times(a) != _counts_times(b) and a.before != b.before for a in ours for b in theirs
    )


def _negated_act_told(negation: str, ours: _Features, theirs: _Features) -> bool:
    """Whether a negation of ours may be told as denied or done by the other version: not
    an English one (``clause_negations``, any "n't") whose clause, its words after it up to a
    mark or a "and", "but" or "or", starts with no content word the other writes, by its stem
    (see ``_denies_written``; "has not conceded" of "Henning has not conceded and said he would seek a
    recount" against "who has said he will seek a recount"): a clause left out whole drops a
    fact and says nothing of its opposite, and one whose act the other does not write says
    something else ("had no proper plan for schools" against "should have done more to help
    schools"). A negation in another language, or one that ends its clause, is told.

    >>> ours = _features("Reid has not conceded and said he would appeal.")
    >>> _negated_act_told("not", ours, _features("Reid, who has said he will appeal, lost."))
    False
    >>> _negated_act_told("not", ours, _features("Reid has conceded and said he would appeal."))
    True
    >>> lang = _features("Lang said the council had no proper plan for schools.")
    >>> _negated_act_told("no", lang, _features("Lang said the council should help schools."))
    False
    """
    terms = lexicon()
    if negation not in terms.clause_negations and not negation.endswith("n't"):
        return True
    function_words = _not_clause_content()
    their_stems = _content_stems_of(theirs)
    # Its words with their marks, which end a clause.
    tokens = [token.casefold() for token in _role_token().findall(ours.plain)]
    told = False
    for at, token in enumerate(tokens):
        if token != negation:
            continue
        clause = takewhile(
            lambda word: word not in CLAUSE_ENDS and word not in CLAUSE_JOINERS, tokens[at + 1 :]
        )
        content = [word for word in clause if word.isalpha() and word not in function_words]
        told |= not content or _denies_written(content, their_stems)
    return told or negation not in tokens


def _denies_written(content: Sequence[str], their_stems: AbstractSet[str]) -> bool:
    """Whether the words of content of a negated clause deny what the other version writes:
    its first (past adverbs in "-ly") by its stem ("did not order the strike on the village"
    against "ordered the strike"), or most of its first ``DENIED_CLAUSE_WORDS`` where that
    first is told in other words ("did not tell residents the water was safe" against "told
    residents"). Not where the other names only a place or thing of it, saying something else:
    "could not easily get to Westgate" against "Westgate is already full", "had no proper plan
    for schools during the closure" against "should have done more to help schools through the
    closure".

    >>> _denies_written(["easily", "get", "westgate"], {"westgat", "full"})
    False
    >>> _denies_written(["order", "strike", "village"], {"order", "strike"})
    True
    """
    heads = list(takewhile(lambda word: word.endswith("ly"), content))
    stems = list(map(stem, content))
    if not their_stems.isdisjoint(stems[: len(heads) + 1]):
        return True
    first = stems[:DENIED_CLAUSE_WORDS]
    return 2 * sum(word in their_stems for word in first) > len(first)


@cache
def _not_clause_content() -> frozenset[str]:
    """The words that tell nothing of a negated clause's act: function words, auxiliaries and
    short verbs ("has not conceded" is of "conceded"), joined once, not for each negation."""
    terms = lexicon()
    return terms.function_words | terms.auxiliaries | terms.short_verbs


def _content_stems_of(features: _Features) -> frozenset[str]:
    """The stems of a sentence's words that are no function word nor mark."""
    function_words = lexicon().function_words
    return frozenset(
        stem(token.casefold())
        for token in features.tokens
        if token.isalpha() and token.casefold() not in function_words
    )


def _in_each_others_place(
    ours: AbstractSet[str], theirs: AbstractSet[str], a: _Features, b: _Features
) -> bool:
    """Whether a loaded term of ours and one of theirs stand in each other's place: a word of
    each in one run of words the other replaced ("protesters" and "rioters" of "Protesters
    clashed with police" against "Rioters clashed with police"), or either sentence rewritten
    so that no word of it stays where it was; not "protesters" cut from the opening of one
    headline and "attack" written later in the other.

    >>> a, b = _features("Protesters and police clash"), _features("Police attack marchers")
    >>> _in_each_others_place({"protesters"}, {"attack"}, a, b)
    False
    >>> a, b = _features("Protesters clashed with police"), _features("Rioters clashed with police")
    >>> _in_each_others_place({"protesters"}, {"rioters"}, a, b)
    True
    """
    our_words = {word for term in ours for word in term.split()}
    their_words = {word for term in theirs for word in term.split()}
    opcodes = SequenceMatcher(None, a.tokens, b.tokens, autojunk=False).get_opcodes()
    if all(kind != "equal" for kind, *_ in opcodes):
        return True
    return any(
        kind == "replace"
        and any(_holds_a_word_of(token, our_words) for token in a.tokens[start:end])
        and any(_holds_a_word_of(token, their_words) for token in b.tokens[their_start:their_end])
        for kind, start, end, their_start, their_end in opcodes
    )


def _holds_a_word_of(token: str, term_words: AbstractSet[str]) -> bool:
    """Whether a sentence's word is a word of a term, or one of its forms ("rioters", "riot")."""
    word = token.casefold()
    return word in term_words or any(same_root(word, other) for other in term_words)


def _ages_against_counts(
    ours: Sequence[PlacedNumber],
    theirs: Sequence[PlacedNumber],
    our_words: AbstractSet[str],
    their_words: AbstractSet[str],
) -> bool:
    """Whether every number of one side is someone's age and none of the other's is (their
    sentences' words ``our_words`` and ``their_words`` tell an age's "old"): "a 34-year-old
    man" against "One man is dead" gives an age and a count, two quantities.

    >>> def placed(text):
    ...     features = _features(text)
    ...     return _placed(features, features.numbers.unmatched_in(numbers_in(""))), features.words
    >>> (ours, our_words), (theirs, their_words) = placed("It killed a 34-year-old man."), placed(
    ...     "One man is dead.")
    >>> _ages_against_counts(ours, theirs, our_words, their_words)
    True
    """
    return any(
        bool(one)
        and all(_is_an_age(n, words) for n in one)
        and not any(_is_an_age(n, other_words) for n in other)
        for one, other, words, other_words in (
            (ours, theirs, our_words, their_words),
            (theirs, ours, their_words, our_words),
        )
    )


def _is_an_age(number: PlacedNumber, words: AbstractSet[str]) -> bool:
    """Whether a number is someone's age: "34-year-old" and "34 years old", its sentence's
    ``words`` holding the "old" ("year-old" as the hyphened word is cut); "aged 34"."""
    return bool(
        AGE_WRITTEN.search(number.shown) and not AGE_OLD.isdisjoint(words)
    ) or number.before.casefold().endswith("aged")


def _counts_times(number: PlacedNumber) -> bool:
    """Whether a number counts times: "twice", "three times"."""
    terms = lexicon()
    return number.written in terms.times_in_one_word or terms.units.get(number.after) == "time"


def _dates_alike(ours: Sequence[PlacedNumber], theirs: Sequence[PlacedNumber]) -> bool:
    """Whether the dates of two sides may be one date changed: a part of a day ("last night")
    only where the other names a day too ("Monday", "yesterday"), not only a month; days named
    by the week or from the day of writing only where the other names some so, or a year ("March
    31, 2021" is a Wednesday), not only a day of the calendar ("Friday" and "12 September" may
    be one day, which a sentence cannot tell)."""
    terms = lexicon()
    days = terms.weekdays | terms.relative_days | terms.relative_day_parts.keys()
    return (
        not any(n.written in terms.relative_day_parts for n in ours)
        or any(n.written in days for n in theirs)
    ) and (
        not all(n.written.casefold() in days for n in ours)
        or any(n.written.casefold() in days or YEAR.search(n.shown) for n in theirs)
    )


def _counting_alike(
    ours: Sequence[PlacedNumber], theirs: Sequence[PlacedNumber]
) -> list[tuple[PlacedNumber, PlacedNumber]]:
    """The counts of each side that count what one count of the other counts, and no other of
    its counts does: first by what they count ("30 soldiers", "12 civilians"), then, of those
    left, by what befell them ("killed 14", "injured 30"), and then again by what they count,
    which a pair that befell alike may have left to one count each ("40 people were injured
    ... and 38 people were arrested" against "Dozens of people were injured ... and many
    people were arrested")."""
    if len(ours) < 2 and len(theirs) < 2:
        return []
    pairs: list[tuple[PlacedNumber, PlacedNumber]] = []
    for told in (attrgetter("after"), attrgetter("before"), attrgetter("after")):
        free_a = [a for a in ours if not any(a is paired for paired, _ in pairs)]
        free_b = [b for b in theirs if not any(b is paired for _, paired in pairs)]
        for a in free_a:
            found = [b for b in free_b if _told_alike(a, b, told)]
            if len(found) == 1 and sum(_told_alike(o, found[0], told) for o in free_a) == 1:
                pairs.append((a, found[0]))
    return pairs


def _told_alike(a: PlacedNumber, b: PlacedNumber, told: Callable[[PlacedNumber], str]) -> bool:
    """Whether two numbers of one measure are told alike, by ``told``: what they count, or what
    befell them."""
    return a.measure == b.measure and bool(told(a)) and told(a) == told(b)


def _change_notes(
    ours: Sequence[PlacedNumber], theirs: Sequence[PlacedNumber]
) -> list[FramingNote]:
    """The notes of numbers only one side gives, or that each side gives in place of the other's
    (see _number_note); of a number of ours that is one quantity with one of theirs, no other
    of either side's being it, in another unit ("4.2 metres" / "13.8 feet") or rounded, its
    qualifier saying which way ("987" / "nearly 1,000"), a note of its own that shows each with
    its qualifier, whose change it tells too: the ends of a range rounded ("$5.05 billion to
    $5.25 billion" / "$5.1 billion to $5.3 billion") are two, and a figure rounded beside one
    dropped ("$88.4 million, or $0.61" / "$88 million") is rounded, the other dropped.

    >>> notes = framing_notes("It rose 4.2 metres.", "It rose nearly 14 feet.")
    >>> [(n.kind.value, n.a, n.b) for n in notes]
    [('number_converted', '4.2 metres', 'nearly 14 feet')]
    >>> notes = framing_notes("Net income was $88.4 million, or $0.61 a unit.", "Net income was $88 million.")
    >>> [(n.kind.value, n.a, n.b) for n in notes]
    [('number_rounded', '$88.4 million', '$88 million'), ('number_removed', '$0.61', '')]
    """
    # Among several numbers, only a rounding that is the exact number at the rounded one's own
    # digits pairs two: "rose as high as 4.66% from 3.07%" against "rose to 4.46% from 4.42%"
    # rounds nothing, though "as high as 4.66%" alone against "4.46%" would be its bound.
    alone = len(ours) == len(theirs) == 1
    kinds = {
        (at, their_at): kind
        for at, number in enumerate(ours)
        for their_at, other in enumerate(theirs)
        if (kind := _one_quantity(number, other))
        and (alone or kind is FramingKind.NUMBER_CONVERTED or _at_its_digits(number, other))
    }
    kept = [
        (at, their_at, kind)
        for (at, their_at), kind in kinds.items()
        if sum(a == at for a, _ in kinds) == sum(b == their_at for _, b in kinds) == 1
    ]
    notes = [FramingNote(kind, ours[at].qualified, theirs[b].qualified) for at, b, kind in kept]
    kept_a, kept_b = {at for at, _, _ in kept}, {b for _, b, _ in kept}
    rest_a = [n for at, n in enumerate(ours) if at not in kept_a]
    rest_b = [n for at, n in enumerate(theirs) if at not in kept_b]
    if rest_a or rest_b:
        notes.append(_number_note(_shown(rest_a), _shown(rest_b)))
    return notes


def _at_its_digits(ours: PlacedNumber, theirs: PlacedNumber) -> bool:
    """Whether one of two numbers is the other cut or rounded to its own last digit: "47%" of
    "47.3%", "about $1.3 billion" of "$1.26 billion"; not "4.46%" of "as high as 4.66%"."""
    return any(
        cut_to_its_digits(told, exact)
        for one, other in ((ours, theirs), (theirs, ours))
        for told in one.values
        if isinstance(told, Decimal)
        for exact in other.values
        if isinstance(exact, Decimal)
    )


def _one_quantity(ours: PlacedNumber, theirs: PlacedNumber) -> FramingKind | None:
    """Whether two numbers are one quantity told otherwise, as the kind of note that names
    it: in another unit (``number_converted``), or rounded, its qualifier saying which way, or
    written to fewer digits (``number_rounded``, the rule "Figures that differ" marks rounded
    by); None for two quantities."""
    figure, other = ours.figure, theirs.figure
    if converted(figure, other):
        return FramingKind.NUMBER_CONVERTED
    if (
        rounded(figure, other)
        or _rounds_a_bound(ours, theirs)
        or written_to_fewer_digits(figure, other)
        or rounded_and_unqualified(figure, other)
        or _rounded_to_a_fraction(ours, theirs)
        or _rounded_to_its_order(ours, theirs)
        or _rounded_to_its_order(theirs, ours)
    ):
        return FramingKind.NUMBER_ROUNDED
    return None


def _rounded_to_its_order(order: PlacedNumber, other: PlacedNumber) -> bool:
    """Whether ``order`` is a count's order in words, standing in place of ``other``, that
    ``other`` falls in (see :func:`~compare.numerals.within_its_order`): "thousands" of
    "around 6,000", the figure made vague as a rounding makes it; not of 1,500."""
    least = None if order.values else least_of_order(order.written.casefold())
    return least is not None and within_its_order(
        Figure(frozenset({least}), other.figure.unit, AT_LEAST), other.figure
    )


def _rounded_to_a_fraction(ours: PlacedNumber, theirs: PlacedNumber) -> bool:
    """Whether one of two numbers is a fraction of a multiplier in words ("a quarter of a
    million", "half a billion"), the other, exact or about, rounded to that fraction's step and
    within ``ROUNDING_SLACK`` of it, in one unit (or none said: a headline's "Quarter of a
    million" of "£240,000") and counted per one period: such a fraction says no more than its
    step, as "about" would: "about a quarter of a million pounds" of "about £240,000"; not
    "half a million" of 420,000, a step away, nor "a quarter of a million" of "more than
    240,000".

    >>> def placed(text):
    ...     features = _features(text)
    ...     return _placed(features, features.numbers.unmatched_in(numbers_in("")))[0]
    >>> [_rounded_to_a_fraction(placed("about a quarter of a million pounds went"), placed(exact))
    ...  for exact in ("about £240,000 went", "£420,000 went", "more than £240,000 went")]
    [True, False, False]
    """
    for told, exact in ((ours, theirs), (theirs, ours)):
        step = _fraction_step(told.written)
        if (
            step is None
            or told.unit not in ("", exact.unit)
            or told.period != exact.period
            or {told.figure.qualified, exact.figure.qualified} - {"", ABOUT}
        ):
            continue
        for value, other in _values_of_each(told, exact):
            nearest = (other / step).to_integral_value(ROUND_HALF_UP) * step
            if abs(value - nearest) < step / 100 and abs(value - other) <= ROUNDING_SLACK * other:
                return True
    return False


def _fraction_step(written: str) -> Decimal | None:
    """The step a number written as a fraction of a multiplier rounds to, one part of that
    multiplier: 250,000 of "three quarters of a million"; None of a number in digits.

    >>> _fraction_step("a quarter of a million"), _fraction_step("240,000")
    (Decimal('250000.00'), None)
    """
    terms = lexicon()
    tokens = written.casefold().split()
    parts = [terms.fractions[token] for token in tokens if token in terms.fractions]
    multipliers = [terms.multipliers[token] for token in tokens if token in terms.multipliers]
    if len(parts) != 1 or len(multipliers) != 1:
        return None
    return Decimal(str(parts[0])) * multipliers[0]


def _values_of_each(ours: PlacedNumber, theirs: PlacedNumber) -> Iterator[tuple[Decimal, Decimal]]:
    """Each value of ours that is a number beside each of theirs, theirs above zero."""
    return (
        (value, other)
        for value in ours.values
        if isinstance(value, Decimal)
        for other in theirs.values
        if isinstance(other, Decimal) and other > 0
    )


def _ranges_told_as_an_end(
    ours: _Features, theirs: _Features, numbers: Sequence[Unmatched]
) -> dict[Unmatched, tuple[str, str]]:
    """Our ``numbers`` that end a range of ours ("9%" of "between 9% and 14%", "9 to 14", "9-14%")
    whose other end the other version gives alone, not in a range of its own: each with the
    range and that end as each version writes them, with its qualifier ("nearly 14%").

    >>> a, b = _features("Between 9% and 14% of riders drank."), _features("Nearly 14% of riders drank.")
    >>> list(_ranges_told_as_an_end(a, b, a.numbers.unmatched_in(b.numbers)).values())
    [('Between 9% and 14%', 'nearly 14%')]
    """
    spans = written_spans(ours.plain, ours.numbers)
    their_spans = written_spans(theirs.plain, theirs.numbers)
    dropped = {number.mention for number in numbers}
    ends = {}
    for number in numbers:
        if not _is_count(number.written):
            continue
        for other, (written, values, stated) in enumerate(ours.numbers.mentions):
            told = _range_written(ours.plain, spans[number.mention], spans[other])
            if other in dropped or not stated or not told or not _is_count(written):
                continue
            if _measured_apart(_placed(ours, [number, Unmatched(written, True, other)])):
                continue
            kept = [
                Unmatched(written, True, at)
                for at, (written, their_values, _) in enumerate(theirs.numbers.mentions)
                if values & their_values
                and not any(
                    _range_written(theirs.plain, their_spans[at], span) for span in their_spans
                )
            ]
            if kept:
                ends[number] = (told, _placed(theirs, kept[:1])[0].qualified)
    return ends


def _measured_apart(ends: Sequence[PlacedNumber]) -> bool:
    """Whether two numbers joined as a range's ends, in their sentence's order, each measure
    another thing, and are no range: "rose 29% to 400.6 pence", a share and a price; "rose by
    4% to 50,489", a share and then a count, as a range writes its unit on its last end or on
    both; not "9 to 14%", nor "$3 to $4 million".

    >>> _measured_apart(_placed(f := _features("It rose by 4% to 50,489."), _stated(f)))
    True
    >>> _measured_apart(_placed(f := _features("It rose by 9 to 14%."), _stated(f)))
    False
    """
    measures = [number.measure for number in ends]
    if len(set(measures)) < 2:
        return False
    first, *_, last = measures
    return all(map(any, measures)) or (any(first) and not any(last))


def _range_written(
    plain: str, span: tuple[int, int] | None, other: tuple[int, int] | None
) -> str | None:
    """The range that two numbers written at ``span`` and ``other`` of ``plain`` make, as
    written with the "between" that opens it: "between 9% and 14%", "9 to 14", "9-14%"; not
    "from 9% to 14%", a change from one to the other.

    >>> text = "It rose from 9% to 14%, between 10 and 12 a day, 3-4 times."
    >>> [_range_written(text, *spans) for spans in (((13, 15), (19, 22)), ((32, 34), (39, 41)))]
    [None, 'between 10 and 12']
    >>> _range_written(text, (49, 52), (49, 52))
    '3-4'
    """
    if not span or not other:
        return None
    (start, first_end), (second_start, end) = sorted((span, other))
    if span == other:
        joint = RANGE_BETWEEN.search(plain, start, end)
    else:
        joint = RANGE_JOINED.fullmatch(plain, first_end, second_start)
    if not joint or CHANGE_FROM.search(plain, 0, start):
        return None
    if CHANGE_BY.search(plain, 0, start) and _a_change_and_its_level(
        plain[start:first_end], plain[second_start:end]
    ):
        return None
    if opener := RANGE_OPENER.search(plain, 0, start):
        start = opener.start()
    elif joint[0].strip() == "and":
        return None
    return plain[start:end]


def _a_change_and_its_level(first: str, last: str) -> bool:
    """Whether two numbers written "by ``first`` to ``last``" are the size of a change and
    where it led, ten times apart or more, the first read with the multiplier the last writes
    too: "rose by 92,000 to 1.54 million"; not "cut by 3 to 4 million", a range.

    >>> _a_change_and_its_level("92,000", "1.54 million"), _a_change_and_its_level("3", "4 million")
    (True, False)
    """
    multiplier = last.rpartition(" ")[2] if " " not in first else ""
    return tenfold_apart(first, last) and (
        not multiplier.isalpha() or tenfold_apart(f"{first} {multiplier}", last)
    )


def _rounds_a_bound(ours: PlacedNumber, theirs: PlacedNumber) -> bool:
    """Whether two numbers bounded alike, but by other words, round one bound to the other, as
    an exact number is rounded: "up to £340 million" and "nearly £350 million" are rounded as
    "£340 million" and "nearly £350 million" are, whichever an outlet took; not "up to 340" and
    "up to 350", the bound itself changed.

    >>> notes = framing_notes("It costs up to £340m.", "It costs nearly £350m.")
    >>> [(n.kind.value, n.a, n.b) for n in notes]
    [('number_rounded', 'up to £340m', 'nearly £350m')]
    """
    figure, other = ours.figure, theirs.figure
    return (
        ours.qualifier != theirs.qualifier
        and figure.qualified == other.qualified in (AT_MOST, AT_LEAST)
        and (
            rounded(figure._replace(qualified=""), other)
            or rounded(figure, other._replace(qualified=""))
        )
    )


def _orders_as_written(orders: AbstractSet[str], plain: str) -> list[str]:
    """Orders of count as a sentence spells them, in order: "सैकड़ों" with the nukta that
    ``[numbers.orders]`` names it without; "hundreds" of "several hundred" as it is named."""
    written = []
    for order in sorted(orders):
        found = re.search(order_spelled(order), plain.casefold())
        spelled = found[0] if found else order
        written.append(spelled if spelled.replace(NUKTA, "") == order else order)
    return written


def _number_note(ours: Sequence[str], theirs: Sequence[str]) -> FramingNote:
    """The note of numbers only one side gives, or that each side gives in place of the
    other's, each side's in its sentence's order ("12, 33%" against "9%")."""
    kind = (
        FramingKind.NUMBER_CHANGED
        if ours and theirs
        else FramingKind.NUMBER_REMOVED
        if ours
        else FramingKind.NUMBER_ADDED
    )
    return FramingNote(kind, _join_in_order(ours), _join_in_order(theirs))


def _swapped_counts(
    ours: _Features,
    theirs: _Features,
    unmatched_a: Sequence[Unmatched],
    unmatched_b: Sequence[Unmatched],
) -> list[FramingNote]:
    """The notes of counts both versions give that traded places: "killed 12 people and injured
    30" against "killed 30 people and injured 12" gives "12" / "30" and "30" / "12", in our
    sentence's order. A count is set against the other's told by the same words beside it (see
    :func:`_told_counts`), and only counts that trade places are noted, each taking another's:
    neither "injured 30 and killed 12" against "killed 12 and injured 30", the same counts in
    another order, nor "12 people were killed and 30 injured" against "30 people were injured
    and 12 killed" changes one, nor does "some five feet high" against "some two feet wide"."""
    told_a = _told_counts(ours, unmatched_a)
    told_b = _told_counts(theirs, unmatched_b) if told_a else {}
    moved = [
        (counts[0], others[0])
        for telling, counts in told_a.items()
        if len(counts) == len(others := told_b.get(telling, [])) == 1
        and counts[0][0].isdisjoint(others[0][0])
    ]
    # A count moved takes the place of another that moved too, in a ring: what is left of a
    # ring once one count leaves it is no swap.
    while True:
        traded = [
            (count, other)
            for count, other in moved
            if any(not count[0].isdisjoint(o[0]) for _, o in moved)
            and any(not other[0].isdisjoint(c[0]) for c, _ in moved)
        ]
        if len(traded) == len(moved):
            return [_number_note([count[1]], [other[1]]) for count, other in traded]
        moved = traded


# The words that only list the counts between them: "aged 12 and 14", "4 to 5".
_LIST_WORDS = frozenset({"and", "or", "to"})


def _counts_reordered(ours: _Features, theirs: _Features) -> list[FramingNote]:
    """The notes of counts two sentences worded alike give in other places, where the same
    words tell several counts and so cannot tell them apart (see :func:`_swapped_counts`): "fell
    to $310 million, or 45 cents per share, from $355 million, or 52 cents per share" against
    "fell to $355 million, or 52 cents per share, from $310 million, or 45 cents per share" gives
    each count against the one that took its place, in our sentence's order. Not counts listed
    ("aged 12 and 14" against "aged 14 and 12").

    >>> said = "Profit fell to $3 million, or 4 cents a share, from $5 million, or 6 cents a share."
    >>> told = "Profit fell to $3 million, or 6 cents a share, from $5 million, or 4 cents a share."
    >>> [(note.a, note.b) for note in _counts_reordered(_features(said), _features(told))]
    [('4 cents', '6 cents'), ('6 cents', '4 cents')]
    """
    wording_a, counts_a = _counts_between_words(ours)
    wording_b, counts_b = _counts_between_words(theirs)
    if wording_a != wording_b or len(counts_a) != len(counts_b):
        return []
    moved = [
        n
        for n, ((values, _), (other, _)) in enumerate(zip(counts_a, counts_b, strict=True))
        if values.isdisjoint(other)
    ]
    if len(moved) < 2 or all(
        later == first + 1 and set(wording_a[later]) <= _LIST_WORDS
        for first, later in pairwise(moved)
    ):
        return []
    return [_number_note([counts_a[n][1]], [counts_b[n][1]]) for n in moved]


def _counts_between_words(
    features: _Features,
) -> tuple[tuple[tuple[str, ...], ...], list[tuple[frozenset[Value], str]]]:
    """The words of a sentence between the counts it states, and the counts, each with its
    values and as written with its unit ("$310 million", "45 cents")."""
    plain = features.plain
    counts: dict[tuple[int, int], frozenset[Value]] = {}
    for span, (written, values, stated) in zip(
        written_spans(plain, features.numbers), features.numbers.mentions, strict=True
    ):
        if span and stated and _is_count(written):
            counts[span] = counts.get(span, frozenset()) | values
    wording = []
    shown = []
    since = 0
    for start, end in sorted(counts):
        if start < since:
            return (), []
        wording.append(tuple(w.casefold() for w in words(plain[since:start])))
        since = _unit_phrase(plain, start, end)[1]
        shown.append((counts[start, end], plain[start:since]))
    wording.append(tuple(w.casefold() for w in words(plain[since:])))
    return tuple(wording), shown


# What tells a count of a sentence apart: whether it is money and whether a share (see
# PlacedNumber.measure), and the words beside it before and after (see _told_counts).
_Telling = tuple[tuple[bool, bool], tuple[str, ...], tuple[str, ...]]


def _told_counts(
    features: _Features, unmatched: Sequence[Unmatched]
) -> dict[_Telling, list[tuple[frozenset[Value], str]]]:
    """The counts a sentence states that the other version gives too, each as written with its
    values, by its measure and the words beside it in its clause: all those between it and a
    number beside it ("people and injured" of "killed 12 people and injured 30"), and towards
    the clause's edge those up to the nearest word that tells of it (``_tells_of_a_number``):
    "killed" of "The blast killed 12", which a paraphrase may tell as "The explosion killed 12",
    "jumped from" of "jumped from 40 to 55", not "jumped to" of "jumped to 55 from 40". None
    where fewer than two such counts are given; the numbers written as one ("7-2", "10-15")
    are one count."""
    mentions = features.numbers.mentions
    left_out = {number.mention for number in unmatched}
    if sum(stated for _, _, stated in mentions) - len(left_out) < 2:
        return {}
    plain = features.plain
    spans = written_spans(plain, features.numbers)
    counts: dict[tuple[int, int], frozenset[Value]] = {}
    not_counts: set[tuple[int, int]] = set()
    for n, (span, (written, values, stated)) in enumerate(zip(spans, mentions, strict=True)):
        if span and stated and _is_count(written) and n not in left_out:
            counts[span] = counts.get(span, frozenset()) | values
        elif span:
            not_counts.add(span)
    # A phrase that holds a number of no such count ("May 3", a day; "one-all") is none.
    counts = {span: values for span, values in counts.items() if span not in not_counts}
    if len(counts) < 2:
        return {}
    in_order = sorted({span for span in spans if span})
    told: dict[_Telling, list[tuple[frozenset[Value], str]]] = {}
    for at, (start, end) in enumerate(in_order):
        if (start, end) not in counts:
            continue
        shown = plain[start:end]
        since = in_order[at - 1][1] if at else 0
        until = in_order[at + 1][0] if at + 1 < len(in_order) else len(plain)
        telling = (
            _amount_measure(shown, _in_hundredths(shown)),
            _words_beside(plain[since:start], between=at > 0, before=True),
            _words_beside(plain[end:until], between=at + 1 < len(in_order), before=False),
        )
        if any(telling[1:]):
            with_unit = plain[start : _unit_phrase(plain, start, end)[1]]
            told.setdefault(telling, []).append((counts[start, end], with_unit))
    return told


def _words_beside(gap: str, *, between: bool, before: bool) -> tuple[str, ...]:
    """The words of ``gap``, the text ``before`` a number or after it, in its clause: all of
    them ``between`` it and another number of the clause; else those up to the nearest that
    tells of the number ("jumped from" of "Prices jumped from"; "people" of "people were
    hurt")."""
    clauses = CLAUSE_END.split(gap)
    clause = words(clauses[-1] if before else clauses[0])
    if between and len(clauses) == 1:
        return clause
    if before:
        # A qualifier tells how exact the count is, not what it counts: "some" of "some five".
        qualified = len(trailing_qualifier(clause).split())
        telling = [
            n for n, w in enumerate(clause[: len(clause) - qualified]) if _tells_of_a_number(w)
        ]
        return clause[telling[-1] :] if telling else ()
    telling = [n for n, word in enumerate(clause) if _tells_of_a_number(word)]
    return clause[: telling[0] + 1] if telling else ()


class _Measure(NamedTuple):
    """A number a sentence gives in a unit, as the sentence writes the two ("3 inches", "5-mile",
    "40C", "38-40C", "4%"), with the values the number may stand for and the unit's name."""

    values: frozenset[Value]
    unit: str
    shown: str


def _measures(features: _Features) -> list[_Measure]:
    """The numbers a sentence states in a unit (``[numbers.units]``) or as a share, in its order,
    a range whole ("38-40C"): not an amount of money ("$100m"), a day or a year."""
    plain = features.plain
    currency_sign = lexicon().currency_sign
    spans = written_spans(plain, features.numbers)
    starts_by_end = {span[1]: span[0] for span in spans if span}
    measures = []
    for span, (written, values, stated) in sorted(
        zip(spans, features.numbers.mentions, strict=True), key=lambda m: m[0] or (-1, -1)
    ):
        if not span or not stated or not _is_count(written) or currency_sign.match(plain, span[0]):
            continue
        if unit := _unit_written(plain, *span):
            name, end = unit
            start = span[0]
            if plain[start - 1 : start] in RANGE_DASHES:
                start = starts_by_end.get(start - 1, start)
            measures.append(_Measure(values, name, plain[start:end]))
    return measures


def _unit_written(plain: str, start: int, end: int) -> tuple[str, int] | None:
    """The unit of the number written at ``start:end`` of ``plain``, and where it ends: glued to
    its digits inside it as written ("100m", "4%", "4 per cent") or after it ("3 inches",
    "5-mile", "40°C"); a share's is "%".

    >>> text = "a 5-mile trail, 4 per cent, 40°C, 5 m"
    >>> [_unit_written(text, *span) for span in ((2, 3), (16, 26), (28, 30), (34, 35))]
    [('mile', 8), ('%', 26), ('celsius', 32), None]
    """
    if one := unit_of_one(plain[start:end]):
        return lexicon().units[one], end
    last_digit = LAST_DIGIT.search(plain, start, end)
    if last_digit and last_digit.end() - last_digit.start() > 1:
        if share_after().fullmatch(plain, last_digit.start() + 1, end):
            return SHARE_UNIT, end
        if unit := _unit_of(_unit_after().fullmatch(plain, last_digit.start() + 1, end)):
            return unit, end
    after = _unit_after().match(plain, end)
    unit = _unit_of(after)
    return (unit, after.end()) if unit and after else None


def _unit_of(found: re.Match[str] | None) -> str | None:
    """The unit that ``_unit_after`` found, but one of one letter apart from its number: "5 m"
    may be millions, "5 C" a grade."""
    if not found or (found["apart"] and len(found["unit"]) == 1):
        return None
    return lexicon().units[found["unit"].casefold()]


@cache
def _unit_after() -> re.Pattern[str]:
    """A unit of ``[numbers.units]`` straight after a number, apart from it (``apart``),
    hyphened or glued to it, or after a degree sign ("3 inches", "5-mile", "5km", "40C", "40
    °F"), which it captures as ``unit``."""
    forms = sorted(map(re.escape, lexicon().units), key=lambda form: (-len(form), form))
    return re.compile(rf"(?:\s?°\s?|(?P<apart>[\s-]))?(?P<unit>(?i:{'|'.join(forms)}))(?![\w/])")


def _units_changed(ours: Sequence[_Measure], theirs: Sequence[_Measure]) -> list[FramingNote]:
    """The notes of numbers each version gives in a unit the other gives the same number in
    none of: "3 inches" against "3 centimetres", "40F" against "40C", "rose 4%" against "rose 4
    points"; not a unit written otherwise ("5 km" and "5 kilometres"), nor a conversion one
    version gives beside the number ("40 acres (16 hectares)" against "40 acres"); each number
    once, in our sentence's order."""
    notes = []
    free = list(theirs)
    for measure in ours:
        if _given_alike(measure, theirs):
            continue
        other = next(
            (o for o in free if _same_number(measure, o) and not _given_alike(o, ours)), None
        )
        if other:
            free.remove(other)
            notes.append(_number_note([measure.shown], [other.shown]))
    # The two numbers of a range, "38-40C", are shown as one.
    return list(dict.fromkeys(notes))


def _shares_told_bare(ours: _Features, theirs: _Features) -> list[FramingNote]:
    """The notes of our shares that the other version gives as a bare number, in no unit and
    counting nothing it names, and nowhere as a share: "fell by 9%" against "fell by 9", a
    percentage told as a count, as "rose 4%" against "rose 4 points" is (see
    :func:`_units_changed`); not against "9 officers", which counts another thing, nor against a
    number in digits that goes on, "3 5/8 percent", "a 3.8-percent rise", "5.7 in every 1,000"
    (see :func:`_rates_told_as_percentages`), nor a share in words ("three quarters"). Each
    number once, in our sentence's order.

    >>> [(n.a, n.b) for n in _shares_told_bare(_features("Homicides fell by 9% to 590."),
    ...     _features("Homicides fell by 9 to 590."))]
    [('9%', '9')]
    """
    their_shares = [m for m in _measures(theirs) if m.unit == SHARE_UNIT]
    bare = [
        number
        for number in _placed(theirs, _stated(theirs))
        if number.shown[:1].isdigit()
        and not (number.unit or number.after or number.per or any(number.measure))
        and not names_a_moment(number.shown)
        and re.search(
            rf"(?<![\d.,]){re.escape(number.shown)}(?![-\w]|[.,]\d|[.,]?\s+\d|\s+{_RATE_PER}\s)",
            theirs.plain,
        )
    ]
    notes = []
    for measure in _measures(ours):
        if measure.unit != SHARE_UNIT or _given_alike(measure, their_shares):
            continue
        digits = {value for value in measure.values if isinstance(value, Decimal)}
        if other := next((n for n in bare if not n.values.isdisjoint(digits)), None):
            bare.remove(other)
            notes.append(_number_note([measure.shown], [other.shown]))
    return notes


def _periods_changed(
    ours: _Features,
    theirs: _Features,
    unmatched_a: Sequence[Unmatched],
    unmatched_b: Sequence[Unmatched],
) -> list[FramingNote]:
    """The notes of numbers both versions give, counted per a period in one that the other
    counts them per otherwise, or per none: "£340 million a year" against "£340 million a
    month", or against "£340 million", a yearly cost told as a one-off; not where the other
    names that period elsewhere ("Each year, hospitals spend £340 million"). Each number once,
    in our sentence's order."""
    if not any(_period_named().search(f.plain.casefold()) for f in (ours, theirs)):
        return []
    kept_a, kept_b = (
        _placed(features, [n for n in _stated(features) if n.mention not in left_out])
        for features, left_out in (
            (ours, {n.mention for n in unmatched_a}),
            (theirs, {n.mention for n in unmatched_b}),
        )
    )
    notes = []
    for number in kept_a:
        other = next((o for o in kept_b if not number.values.isdisjoint(o.values)), None)
        if other is None or not number.values:
            continue
        kept_b.remove(other)
        # "24 hours a day" and "7 days a week" count time, which "24/7" says as well.
        if _counts_time(number) or _counts_time(other):
            continue
        if number.period != other.period and not (
            _names_a_period(theirs.plain, number.period)
            or _names_a_period(ours.plain, other.period)
        ):
            notes.append(_number_note([number.told], [other.told]))
    return notes


def _change_periods_changed(ours: _Features, theirs: _Features) -> list[FramingNote]:
    """The note of the periods a sentence measures its change over (``[numbers.change_periods]``)
    where the other, giving a count alike, names others and none of ours: "grew 5.2% year on
    year" against "grew 5.2% month on month"; "On the month, prices rose 0.2%" against "rose 0.2%
    in the year to October"; not against a sentence that names no such period, nor where
    either names the other's as a figure's period ("a weekly salary ... $10 million a year").

    >>> [(n.a, n.b) for n in _change_periods_changed(_features("Pay grew 5.2% year on year."),
    ...     _features("Pay grew 5.2% month on month."))]
    [('year on year', 'month on month')]
    """
    named, their_named = _change_periods_named(ours.plain), _change_periods_named(theirs.plain)
    periods = {period for _, period in named}
    their_periods = {period for _, period in their_named}
    # Nor where either names the other's period as a figure's ("$10 million a year").
    if (
        not periods
        or not their_periods
        or periods & their_periods
        or any(_names_a_period(theirs.plain, period) for period in periods)
        or any(_names_a_period(ours.plain, period) for period in their_periods)
    ):
        return []
    return [
        _number_note([written for written, _ in named], [written for written, _ in their_named])
    ]


def _change_periods_named(plain: str) -> list[tuple[str, str]]:
    """The periods of change a sentence names, each as written and by period, in its order."""
    periods = lexicon().change_periods
    return [
        (found[0], periods[" ".join(found[0].casefold().replace("-", " ").split())])
        for found in _change_period_written().finditer(plain)
    ]


@cache
def _change_period_written() -> re.Pattern[str]:
    """A period of ``[numbers.change_periods]``, its words apart or hyphened ("year-on-year")."""
    forms = sorted(lexicon().change_periods, key=len, reverse=True)
    written = "|".join(r"[\s-]+".join(map(re.escape, form.split())) for form in forms)
    return re.compile(rf"(?<![\w-])(?i:{written})(?![\w-])")


def _counts_time(number: PlacedNumber) -> bool:
    """Whether a number counts a span of time: "24 hours", "7 days"."""
    return bool({number.unit, number.after} & lexicon().time_units)


def _stated(features: _Features) -> list[Unmatched]:
    """The counts a sentence states, each as :func:`_placed` takes it."""
    return [
        Unmatched(written, stated, n)
        for n, (written, _, stated) in enumerate(features.numbers.mentions)
        if stated and _is_count(written)
    ]


def _tie_breaks_told_short(ours: _Features, theirs: _Features) -> set[int]:
    """Our mentions of a tie-break's winning points that the other version leaves to tell, giving
    the loser's alone after the same set score: the "7" of "7-6 (7-4)" against "7-6(4)", and the
    "12" of "6-7 (10-12)" against "6-7(10)"; not against "7-6(5)", another tie-break.

    >>> a, b = _features("She won 6-4 7-6 (7-4)."), _features("She won 6-4, 7-6(4).")
    >>> _tie_breaks_told_short(a, b)
    {4}
    """
    short = {(found[1], found[2], found[3]) for found in TIE_BREAK_SHORT.finditer(theirs.plain)}
    if not short:
        return set()
    spans = written_spans(ours.plain, ours.numbers)
    told = set()
    for found in TIE_BREAK_IN_FULL.finditer(ours.plain):
        games, points = (found[1], found[2]), (int(found[3]), int(found[4]))
        if (*games, str(min(points))) in short and max(points) == max(7, min(points) + 2):
            # A score's two numbers are written as one, at the span of both.
            told |= {
                at
                for at, span in enumerate(spans)
                if span
                in {(found.start(3), found.end(4)), found.span(points.index(max(points)) + 3)}
                and ours.numbers.mentions[at][0] == str(max(points))
            }
    return told


def _may_be_unread_date(number: Unmatched, other: _Features) -> bool:
    """Whether a day or period named from the day of writing ("ayer", "el año pasado") may be a
    day or month the ``other`` sentence names in words no number is read from: a weekday of
    another language than English ("el lunes", see ``other_weekdays``) or a month's name without
    its day ("en marzo"), as "yesterday" may be "Monday".

    >>> _may_be_unread_date(Unmatched("ayer", True, 0), _features("Lo dijo el lunes."))
    True
    >>> _may_be_unread_date(Unmatched("ayer", True, 0), _features("Lo dijo."))
    False
    """
    terms = lexicon()
    if number.written not in terms.relative_days and number.written not in terms.relative_periods:
        return False
    return not (
        terms.other_weekdays.isdisjoint(other.tokens) and _other_months().isdisjoint(other.tokens)
    )


def _day_of_a_weekday(number: Unmatched, ours: _Features, other: _Features) -> bool:
    """Whether ``number`` is the day of the month a weekday of ours is written with, as
    Brazilian copy writes it ("nesta segunda-feira (7)", "quarta-feira, 2"), where the ``other``
    sentence names the day otherwise, by a weekday or from the day of writing ("hoje"), with no
    day of the month of its own: part of the day, no number added or removed.

    >>> ours = _features("O decreto foi aprovado nesta segunda-feira (7) pelo governo.")
    >>> _day_of_a_weekday(Unmatched("7", True, 0), ours, _features("O decreto foi aprovado hoje pelo governo."))
    True
    >>> _day_of_a_weekday(Unmatched("7", True, 0), ours, _features("O decreto foi aprovado na segunda-feira (8)."))
    False
    >>> _day_of_a_weekday(Unmatched("7", True, 0), _features("Foram 7 votos."), _features("Foram votos hoje."))
    False
    """
    terms = lexicon()
    return (
        number.written in _days_of_weekdays(ours.plain)
        and not _days_of_weekdays(other.plain)
        and not (
            terms.other_weekdays.isdisjoint(other.tokens)
            and terms.relative_days.isdisjoint(other.tokens)
        )
    )


def _days_of_weekdays(plain: str) -> set[str]:
    """The days of the month a sentence writes after a weekday of ``other_weekdays``, in
    brackets or after a comma: "7" of "nesta segunda-feira (7)", "2" of "quarta-feira, 2"."""
    days = "|".join(map(re.escape, sorted(lexicon().other_weekdays)))
    written = rf"(?<!\w)(?:{days})\s*(?:\(\s*(\d{{1,2}})\s*\)|,\s*(\d{{1,2}})(?!\d|[,.]\d))"
    return {day for found in re.findall(written, plain.casefold()) for day in found if day}


def _in_a_code(number: Unmatched, ours: _Features, other: _Features) -> bool:
    """Whether the ``other`` sentence, and not ours, writes ``number`` glued to the few capitals
    of a code, which names what carries the number: a road's "EN120" is "estrada nacional n.º
    120", "M25" the motorway "M 25".

    >>> road = _features("A estrada nacional n.º 120 está cortada.")
    >>> _in_a_code(Unmatched("120", True, 0), road, _features("A EN120 está cortada."))
    True
    >>> _in_a_code(Unmatched("120", True, 0), road, _features("A EN12 está cortada."))
    False
    """

    def codes(features: _Features) -> set[str]:
        return {code[1] for code in CODE_NUMBER.finditer(features.plain)}

    if number.written not in codes(other) - codes(ours):
        return False
    # Ours names the number as a number ("n.º 120", "road number 7") or by the code's own
    # letters apart ("M 25"); "35 jets" against "12 F-35 jets" is a count changed.
    before = re.findall(rf"(\S+)\s+{re.escape(number.written)}\b", ours.plain)
    letters = {
        code[0].split("-")[0].rstrip("0123456789") for code in CODE_NUMBER.finditer(other.plain)
    }
    return any(
        word.casefold().strip(".,:;º°") in NUMBER_SIGNS or word in letters for word in before
    )


@cache
def _other_months() -> frozenset[str]:
    """The months' names of languages other than English (``dates.MONTHS``): "marzo", "mars"."""
    return frozenset(name for _, *others in MONTHS for name in others)


def _names_a_period(plain: str, period: str) -> bool:
    """Whether a sentence names ``period`` anywhere: "Each year" of "Each year, hospitals spend
    £340 million"; none names no period."""
    periods = lexicon().periods
    return any(periods[named] == period for named in _period_named().findall(plain.casefold()))


@cache
def _period_named() -> re.Pattern[str]:
    """A period of ``[numbers.periods]`` wherever a case-folded text writes it."""
    forms = "|".join(sorted(map(re.escape, lexicon().periods), key=len, reverse=True))
    return re.compile(rf"\b(?:{forms})\b")


def _given_alike(measure: _Measure, others: Iterable[_Measure]) -> bool:
    """Whether ``others`` give the number of ``measure`` in its unit, or one of its size ("tons"
    for "tonnes"), or its quantity in another unit ("0.25 percentage point" for "25 basis
    points")."""
    return any(
        (units_alike(other.unit, measure.unit) and _same_number(measure, other))
        or converted(Figure(measure.values, measure.unit), Figure(other.values, other.unit))
        for other in others
    )


def _same_number(ours: _Measure, theirs: _Measure) -> bool:
    return not ours.values.isdisjoint(theirs.values)


# A named tuple rather than a frozen dataclass: one is made per sentence compared, and a named
# tuple is made in half the time.
class _Features(NamedTuple):
    # The sentence's words in their order, for what only a rare pair asks (_neighbours, _done),
    # and once each.
    tokens: tuple[str, ...]
    words: frozenset[str]
    # The attribution verbs, each as often as used ("said" twice in "X said the plan, which
    # critics said was rushed, ..."), and once each.
    verb_uses: tuple[str, ...]
    verbs: frozenset[str]
    # The phrases that attribute the claim beside the verbs ("according to").
    attributing: frozenset[str]
    # Whom each verb or phrase attributes it to, in the sentence's order (see _cited), and all
    # of them.
    cited: tuple[frozenset[str], ...]
    speakers: frozenset[str]
    # The first words, where a pronoun is the sentence's subject ("She believes", "But they
    # expect"), and the word after them.
    opening: tuple[str, ...]
    hedges: frozenset[str]
    # Each hedge as often as written: "accused of" twice in "is accused of theft and accused of
    # fraud".
    hedge_uses: tuple[str, ...]
    # The words that tell a charge as one without hedging it (see charges in framing_terms.toml).
    charges: frozenset[str]
    # Each modal of possibility or certainty, as often as used (see _modals).
    modals: tuple[str, ...]
    # The forecasts told with "be" ("expected to" of "is expected to") and the forecasting verbs
    # in the active voice ("expects"), hedges against a certainty as modals of possibility are
    # (see _doubted).
    forecasts: frozenset[str]
    # What a modal of possibility says something may be: ("may", "linked") of "may be linked";
    # and may do: "may" and the act of "the bill may include $3 billion" (_possible_acts).
    supposed: frozenset[tuple[str, str]]
    possible_acts: frozenset[tuple[str, _Act]]
    # The sentence in plain typography, for what only a rare pair asks of it (_stated_states).
    plain: str
    # Each negation as often as used.
    negation_uses: tuple[str, ...]
    # How often the sentence denies: its negations ("neither ... nor" once) and the words that
    # deny as they do ("declined", "without"); and, apart, its hedges' ("no evidence").
    denials: int
    hedged_denials: int
    numbers: Numbers
    # The orders of counts in words and the factors verbs tell (numerals.count_orders).
    orders: frozenset[str]
    loaded: frozenset[str]
    quotes: frozenset[str]
    currencies: frozenset[str]
    # The words that say how exact a number is, each with the number they qualify:
    # ("at least", "200").
    estimates: frozenset[tuple[str, str]]
    # The pairs of counts written with a hyphen ("7-2"), in their order, after the word before
    # them: ("voted", "7", "2").
    counts: frozenset[tuple[str, ...]]


# One wire sentence is compared with every outlet that carries it: its features are made once.
@lru_cache(maxsize=1 << 14)
def _features(text: str, language: str | None = None) -> _Features:
    """A sentence's framing words, read in the language its words tell, else in ``language``
    (its article's): a Portuguese one denies with "não", its "no" is "in the"
    (``language_negations``)."""
    terms = lexicon()
    plain = normalise(text)
    tokens = words(plain)
    read_in = words_language(plain) or language
    hedge_uses = (
        terms.hedges.uses(tokens)
        + Counter(_charged_with_a_crime(tokens, plain))
        + Counter({"accused of": len(ACCUSED_SOMEONE_OF.findall(plain))})
        + _hearsay(tokens, plain)
        + _small_samples(tokens)
        + _conditions_told(plain)
        + _slight_wounds(tokens)
        + _refusals_to_vouch(tokens)
        + _hedging_adjectives(tokens, plain)
    ) - _rebuttals_reported(plain)
    hedges = hedge_uses.keys()
    # The "not" of "could not be verified" is the hedge's each time it is written, noted as the
    # hedge, not again alone.
    negations = Counter(t for t in tokens if terms.negates_in(t, read_in))
    # "Not only ... but" denies nothing; few sentences hold "not" and "only" or "just" both.
    if negations and not terms.emphatic_after_not.isdisjoint(tokens):
        negations.subtract(_emphatic_negations(tokens))
    # Nor does "or not": "whether or not", "believe it or not"; nor "nothing but praise".
    if negations["not"] and "or" in tokens:
        negations["not"] -= sum(pair == ("or", "not") for pair in pairwise(tokens))
    if negations["nothing"] and "but" in tokens:
        negations["nothing"] -= len(NOTHING_BUT.findall(plain))
    if "than" in tokens:
        negations.subtract(word.casefold() for word in ELIDED_COMPARISON.findall(plain))
    # Nor a name's: "the Do Not Call list", "No Child Left Behind", "Nie Haisheng", "Nie said".
    if "No" in plain:
        for name in NAMED_NEGATION.findall(plain):
            negations[name.casefold()] -= 1
    if "Nie" in plain:
        negations["nie"] -= sum(
            not after.islower() or _is_an_english_verb(after)
            for after in CAPITALISED_NIE.findall(plain)
        )
    negations.subtract(w for hedge in hedge_uses.elements() for w in hedge.split())
    # The numero sign, "No 10 said", "the world No. 1", denies nothing; "no 999 calls" does.
    if "No" in plain:
        negations["no"] -= len(NUMERO_SIGN.findall(plain)) + len(ANSWER_NO.findall(plain))
    if negations["not"] and "out" in tokens:
        negations["not"] -= len(NOT_OUT_SCORE.findall(plain))
    if "until" in tokens or "till" in tokens:
        negations.subtract(word.casefold() for word in NOT_UNTIL.findall(plain))
    negations["nor"] -= min(negations["nor"], negations["neither"])
    if negations["не"]:
        concord = sum(negations[word] for word in terms.negative_concord)
        negations["не"] -= min(negations["не"], concord)
    numbers = sentence_numbers(plain, tokens)
    quoted = quotation_spans(text) if may_quote(text) else []
    modals = tuple(sorted(_modals(plain)))
    possible_modal = not terms.possibility_modals.isdisjoint(modals)
    return _Features(
        tokens=tokens,
        words=(words_once := frozenset(tokens)),
        verb_uses=(
            uses := tuple(
                sorted(_attributions_outside(tokens, plain.casefold(), text, quoted).elements())
            )
        ),
        verbs=(verbs := frozenset(uses)),
        attributing=(attributing := _citing_phrases(tokens)),
        cited=(cited := _cited(plain.casefold(), verbs | attributing, plain)),
        speakers=frozenset().union(*cited),
        opening=tokens[: SUBJECT_WORDS + 1],
        hedges=frozenset(hedges),
        hedge_uses=tuple(sorted(hedge_uses.elements())),
        charges=frozenset(_charges_outside_hedges(tokens))
        | {charge for charge, *_ in _charges_told(tokens, plain)}
        | _arrests_for_a_crime(tokens, plain)
        | _charges_named_by_crime(tokens),
        modals=modals,
        supposed=_supposed(plain) if possible_modal else frozenset(),
        possible_acts=_possible_acts(tokens) if possible_modal else frozenset(),
        plain=plain,
        forecasts=_forecasts(plain, tokens),
        negation_uses=tuple(sorted((+negations).elements())),
        denials=(+negations).total() + _denying_words(tokens, plain),
        hedged_denials=sum(
            terms.is_negation(w) for hedge in hedge_uses.elements() for w in hedge.split()
        ),
        numbers=numbers,
        orders=(orders := count_orders(words_once, plain)),
        loaded=_loaded(tokens, plain, read_in),
        quotes=frozenset(_quoted_at(plain, quoted)),
        currencies=_currencies(tokens, plain),
        estimates=frozenset(_estimates(tokens, plain))
        if numbers.mentions or orders
        else frozenset(),
        counts=frozenset(
            (tokens[n - 1] if n else "", *t.split("-"))
            for n, t in enumerate(tokens)
            if "-" in t and PAIR_OF_COUNTS.fullmatch(t)
        ),
    )


def is_condition(run: Sequence[str]) -> bool:
    """Whether a run of words is a condition's clause: it opens with one of
    ``condition_leads`` and names the condition in at most ``MAX_CONDITION_WORDS`` content
    words ("subject to winter pressures"), as an attribution's clause names whom it cites.

    >>> is_condition(words("subject to a final review by the state auditor"))
    True
    >>> is_condition(words("subject to the tariffs the government imposed on steel last year"))
    False
    """
    terms = lexicon()
    return any(
        tuple(run[: len(lead)]) == lead
        and sum(
            word not in terms.function_words and word_length(word) > 2 for word in run[len(lead) :]
        )
        <= MAX_CONDITION_WORDS
        for lead in terms.condition_leads
    )


def _conditions_told(plain: str) -> Counter[str]:
    """Each clause of its own that is a condition (see :func:`is_condition`) and holds no listed
    hedge, the caveat of a claim told as waiting on it: dropped, the claim reads as settled.

    >>> _conditions_told("The budget takes effect on July 1, subject to a final review by the auditor.")
    Counter({'subject to a final review by the auditor': 1})
    >>> _conditions_told("Exports were subject to a 10% tariff.")
    Counter()
    """
    found: Counter[str] = Counter()
    for clause in CLAUSE_BREAK.split(plain):
        run = words(clause)
        if is_condition(run) and not lexicon().hedges.find(run):
            found[" ".join(run)] += 1
    return found


def _small_samples(tokens: Sequence[str]) -> Counter[str]:
    """Each "only" or "just" (``sample_minimisers``) before a count of ``sample_nouns``, the
    caveat of a small sample: "involved only 48 volunteers".

    >>> _small_samples(words("The study involved only 48 volunteers."))
    Counter({'only': 1})
    """
    terms = lexicon()
    if terms.sample_minimisers.isdisjoint(tokens):
        return Counter()
    return Counter(
        word
        for word, count, noun in zip(tokens, tokens[1:], tokens[2:], strict=False)
        if word in terms.sample_minimisers and is_number(count) and noun in terms.sample_nouns
    )


def _slight_wounds(tokens: Sequence[str]) -> Counter[str]:
    """Each word that tells a wound slight (``injury_minimisers``) next to a word of being
    wounded (``injury_words``), the caveat of the harm done: "légèrement blessés", "were injured
    slightly".

    >>> _slight_wounds(words("Onze policiers ont été légèrement blessés."))
    Counter({'légèrement': 1})
    >>> _slight_wounds(words("Prices rose slightly after two officers were injured."))
    Counter()
    >>> _slight_wounds(words("The tariffs slightly hurt sales in the quarter."))
    Counter()
    """
    terms = lexicon()
    if terms.injury_minimisers.isdisjoint(tokens):
        return Counter()
    return Counter(
        word
        for first, second in pairwise(tokens)
        for word, other in ((first, second), (second, first))
        if word in terms.injury_minimisers and other in terms.injury_words
    )


def _refusals_to_vouch(tokens: Sequence[str]) -> Counter[str]:
    """Each refusal of a speaker to vouch for a claim, from its negation to its verb of vouching
    (see ``vouching_verbs``): a hedge, its negation no denial of the claim.

    >>> _refusals_to_vouch(words("I am not going to stand here and tell you the water is safe."))
    Counter({'not going to stand here and tell': 1})
    >>> _refusals_to_vouch(words("I did not tell you the water was safe."))
    Counter()
    """
    terms = lexicon()
    if terms.vouching_verbs.isdisjoint(tokens) or terms.refusing_subjects.isdisjoint(tokens):
        return Counter()
    found: Counter[str] = Counter()
    for at, subject in enumerate(tokens):
        if subject not in terms.refusing_subjects:
            continue
        negation = at + 1
        if negation < len(tokens) and tokens[negation] in terms.refusing_auxiliaries:
            negation += 1
        if negation == len(tokens) or tokens[negation] not in terms.refusing_negations:
            continue
        reach = tokens[negation + 1 : negation + 1 + VOUCHING_REACH]
        vouching = next((n for n, w in enumerate(reach) if w in terms.vouching_verbs), None)
        if vouching is not None:
            found[" ".join(tokens[negation : negation + 2 + vouching])] += 1
    return found


def _loaded(tokens: Sequence[str], plain: str, language: str | None = None) -> frozenset[str]:
    """The loaded terms of a sentence (see ``framing_terms.toml``), read in the language its
    words tell, else in ``language`` (:func:`_in_another_language_than_loaded_terms`); one of
    ``plot_terms`` only
    where it is written as a plot (see :func:`_written_as_a_plot`): not "the Erasmus scheme" nor
    "a Tory scheme", but "a Tory scheme to cut benefits" and "the Ponzi scheme".

    >>> _loaded(words(said := "Students on the Erasmus scheme will lose funding."), said)
    frozenset()
    >>> sorted(_loaded(words(said := "Critics called it a Tory scheme to cut benefits."), said))
    ['scheme']
    """
    terms = lexicon()
    found = terms.loaded_terms.find(tokens)
    if found and _in_another_language_than_loaded_terms(words_language(plain) or language):
        found &= terms.added_loaded_terms
    return frozenset(
        term for term in found if term not in terms.plot_terms or _written_as_a_plot(term, plain)
    )


def _in_another_language_than_loaded_terms(language: str | None) -> bool:
    """Whether a sentence in ``language`` is in one the package lists no loaded terms in, where
    its English ones are words of another meaning: French "militants" are activists, no
    fighters; Portuguese "regime especial" a legal term.

    >>> _in_another_language_than_loaded_terms(words_language("Des militants ont bloqué le dépôt pétrolier."))
    True
    >>> _in_another_language_than_loaded_terms(words_language("Militants attacked the convoy at dawn."))
    False
    """
    return language not in (None, "en") and language not in lexicon().own_loaded_term_languages


def _written_as_a_plot(term: str, plain: str) -> bool:
    """Whether one of ``plot_terms`` is written anywhere in a sentence as a plot: before "to" and
    a verb, a word in lower case that is no function word or determiner ("a scheme to defraud",
    not "switched from the scheme to a new one") nor one of ``benign_purposes`` ("a scheme to
    help first-time buyers"), or after one of ``fraud_words``, in a compound too ("a Ponzi-style
    scheme"). Elsewhere it names a programme, whoever runs it.

    >>> _written_as_a_plot("scheme", "The Trump scheme to overturn the election failed.")
    True
    >>> _written_as_a_plot("scheme", "Investors lost money in a Ponzi-style scheme.")
    True
    >>> _written_as_a_plot("scheme", "The Government's scheme opens to applicants in May.")
    False
    >>> _written_as_a_plot("scheme", "A scheme to help first-time buyers opens in May.")
    False
    """
    terms = lexicon()
    not_plots = terms.function_words | terms.determiners | terms.benign_purposes
    return any(
        (after and after not in not_plots)
        or any(
            part.removesuffix("'s") in terms.fraud_words for part in before.casefold().split("-")
        )
        for before, after in re.findall(PLOT_WRITTEN.format(term=re.escape(term)), plain)
    )


def _denying_words(tokens: Sequence[str], plain: str) -> int:
    """How many of a sentence's words deny as a negation does without being one ("declined",
    "without", "yet to", "failure to"; not "a power failure"), or are compounds of a negation
    ("no-confidence", "do-not-call")."""
    terms = lexicon()
    count = sum(map(terms.denying_words.__contains__, tokens)) + len(
        terms.denying_phrases.find(tokens)
    )
    if "ailure" in plain:  # "failure to", "Failure to"
        count += len(FAILURE_TO.findall(plain))
    if "cleared" in tokens:
        count += _charges_cleared(plain)
    if "-" in plain:
        count += sum(
            any(map(terms.is_negation, token.split("-"))) for token in tokens if "-" in token
        )
    return count


def _is_an_english_verb(word: str) -> bool:
    """Whether a lower-case word is an English verb, of those a name is the subject of and no
    Polish or German word after "nie" is, whatever language a short sentence reads as: a past in
    "-ed" ("landed") or one of ``irregular_pasts`` ("led"), a form of "be" (``passive_marks``:
    "was") or an attribution verb ("said"); not "do" nor "to" ("Nie do końca", "Nie to").

    >>> _is_an_english_verb("landed"), _is_an_english_verb("was"), _is_an_english_verb("wiem")
    (True, True, False)
    """
    terms = lexicon()
    return (
        word.endswith("ed")
        or word in terms.irregular_pasts
        or word in terms.passive_marks
        or word in terms.attribution_verbs
    )


def _citing_phrases(tokens: Sequence[str]) -> frozenset[str]:
    """The attributing phrases of a sentence's words that cite someone somewhere, not only what
    a deed conforms to (``conforming_nouns``: "according to plan", "según lo previsto") or what
    a relative pronoun points back to (``cue_relatives``: "the plan, according to which"), nor
    an ordinal after an article (``ordinal_cues``: "o segundo maior juro").

    >>> sorted(_citing_phrases(words("It went according to plan, according to officials.")))
    ['according to']
    >>> _citing_phrases(words("The court ruled according to the law."))
    frozenset()
    >>> _citing_phrases(words("The plan, according to which taxes rise, passed."))
    frozenset()
    >>> _citing_phrases(words("O Brasil tem o segundo maior juro do mundo."))
    frozenset()
    """
    terms = lexicon()
    citing = set()
    for phrase in terms.attributing_phrases.find(tokens):
        parts = tuple(phrase.split())
        starts = (
            n
            for n in range(len(tokens))
            if tuple(tokens[n : n + len(parts)]) == parts and not _an_ordinal(phrase, tokens[:n])
        )
        if any(_cites(tokens[n + len(parts) :]) for n in starts):
            citing.add(phrase)
    return frozenset(citing | _findings_credited_with_makers(tokens))


def _an_ordinal(phrase: str, before: Sequence[str]) -> bool:
    """Whether an attributing phrase, after the words ``before`` it, is an ordinal after an
    article (``ordinal_cues``: "o segundo maior juro"), which cites no one.

    >>> _an_ordinal("segundo", words("o Brasil tem o")), _an_ordinal("segundo", words("caiu,"))
    (True, False)
    """
    terms = lexicon()
    return (
        phrase in terms.ordinal_cues and before[-1:] != () and before[-1] in terms.ordinal_articles
    )


def _findings_credited_with_makers(tokens: Sequence[str]) -> set[str]:
    """A sentence's data cues (``data_cues``: "study found") with who made the work or what it
    studied written between its noun and its verb, after a preposition: "a study by researchers
    at Brenford University has found", a citation as "the study has found" is; not "a study of
    samples found in the river", where "found" is a participle; or after a participle that says
    who issued or saw it and a preposition ("documents seen by the Chronicle show"). So is a
    finding its makers came to after a deed of theirs told first, joined by "and": "researchers
    surveyed 2,400 students and found".

    >>> _findings_credited_with_makers(words("Teens sleep less, a study by researchers at Brenford has found."))
    {'study by researchers at brenford has found'}
    >>> _findings_credited_with_makers(words("A study of samples found in the river was published."))
    set()
    >>> _findings_credited_with_makers(words("Researchers surveyed 2,400 students and found that most slept less."))
    {'researchers surveyed 2,400 students and found'}
    >>> _findings_credited_with_makers(words("The site was sold cheaply, documents seen by the Chronicle show."))
    {'documents seen by the chronicle show'}
    """
    prepositions = lexicon().prepositions
    issued = lexicon().issuing_participles
    verbs = _data_cue_verbs()
    found = set()
    free = 0
    for at, noun in enumerate(tokens[:-1]):
        if at < free or noun not in verbs:
            continue
        told_by = tokens[at + 1] in prepositions or (
            tokens[at + 1] in issued and "by" in tokens[at + 2 : at + 3]
        )
        did_first = tokens[at + 1] not in verbs[noun] and _is_an_english_verb(tokens[at + 1])
        if not (told_by or did_first):
            continue
        for end in range(at + 2, min(len(tokens), at + 2 + CITED_WORDS)):
            after = tokens[end + 1 : end + 2]
            if (
                tokens[end] in verbs[noun]
                and (told_by or tokens[end - 1] == "and")
                and not (after and after[0] in prepositions)
            ):
                found.add(" ".join(tokens[at : end + 1]))
                free = end + 1
                break
    return found


@cache
def _data_cue_verbs() -> dict[str, frozenset[str]]:
    """The verbs of the data cues (``data_cues``) by the noun that opens them: "found" and
    "finds" of "study"."""
    verbs: dict[str, set[str]] = {}
    for cue in lexicon().data_cues:
        noun, *_, verb = cue.split()
        verbs.setdefault(noun, set()).add(verb)
    return {noun: frozenset(told) for noun, told in verbs.items()}


def _finding_verb(cue: str) -> str | None:
    """The verb of a data cue ("found" of "study has found", of "study by researchers at
    Brenford has found"), or None for another attributing phrase ("according to")."""
    noun, verb = cue.split()[0], cue.split()[-1]
    return verb if verb in _data_cue_verbs().get(noun, ()) else None


def _cites(after: Sequence[str]) -> bool:
    """Whether the words after an attributing phrase may name whom it cites: neither a relative
    pronoun straight after it nor, past determiners and articles, a word for a plan or rule."""
    terms = lexicon()
    if after[:1] and after[0] in terms.cue_relatives:
        return False
    skipped = terms.determiners | terms.conforming_articles
    return next(dropwhile(skipped.__contains__, after), "") not in terms.conforming_nouns


def _hedges_in(tokens: Sequence[str], text: str) -> set[str]:
    """The hedges a sentence or headline writes, given its words and its text: those listed, its
    moods of hearsay (see :func:`_hearsay`) and its modals of possibility ("higher rates could
    push shoppers away"), which a pair's notes name as hedges too (see :func:`_doubted`)."""
    terms = lexicon()
    possible = terms.possibility_modals.intersection(tokens)
    return (
        terms.hedges.find(tokens)
        | _hearsay(tokens, text).keys()
        | _hedging_adjectives(tokens, text).keys()
        | (possible.intersection(_modals(text)) if possible else set())
    )


def caveats_in(
    tokens: Sequence[str], text: str = "", kept_figures: AbstractSet[str] = frozenset()
) -> set[str]:
    """The hedges and caveats a sentence's words hold (``hedges`` and ``caveats``): what a copy
    drops with the sentence when it leaves one out; and, in a sentence that gives a figure of
    ``kept_figures`` (the numbers the copy keeps, as words), the modals of possibility of its
    ``text``: "the estimate of $380,000 ... could be lower" qualifies the $380,000 a copy gives.

    >>> sorted(caveats_in(words("The study was small and cannot show that tea cures migraine.")))
    ['cannot show']
    >>> caveats_in(words("Tea cures migraine."))
    set()
    >>> said = "The estimate of $380,000 could be lower."
    >>> caveats_in(words(said), said, {"380,000"}), caveats_in(words(said), said, {"5"})
    ({'could'}, set())
    """
    found = lexicon().caveats.find(tokens)
    if text and (reported := _rebuttals_reported(text)):
        folded = normalise(text).casefold()
        found -= {said for said, uses in reported.items() if uses >= folded.count(said)}
    if kept_figures.isdisjoint(tokens):
        return found
    return found | lexicon().possibility_modals.intersection(_modals(text))


def denials_in(tokens: Sequence[str]) -> set[str]:
    """The denials of a charge a sentence's words hold (``denials_of_a_charge``): a court
    report's balance, which a copy drops with the sentence when it leaves one out.

    >>> denials_in(words("Mr Hale denies murder.")), denials_in(words("Mr Hale was jailed."))
    ({'denies'}, set())
    """
    return lexicon().denials_of_a_charge.find(tokens)


def _rebuttals_reported(plain: str) -> Counter[str]:
    """The hedges of ``reported_rebuttals`` that a verb of saying before them reports, opening
    the clause after "that", "there was" or the verb itself ("the lawyer said the defence would
    appeal and that no evidence had been presented", "claimed no evidence had been presented"):
    the speaker's claim, no caveat of the writer's.

    >>> _rebuttals_reported("She said that no evidence was found.")
    Counter({'no evidence': 1})
    >>> _rebuttals_reported("Her lawyer claimed no evidence had been presented.")
    Counter({'no evidence': 1})
    >>> _rebuttals_reported("He blamed rivals, offering no evidence.")
    Counter()
    """
    terms = lexicon()
    folded = plain.casefold()
    if not any(rebuttal in folded for rebuttal in terms.reported_rebuttals):
        return Counter()
    return Counter(
        found.group("rebuttal")
        for found in _reported_rebuttal().finditer(folded)
        if not terms.attribution_verbs.isdisjoint(words(folded[: found.start("rebuttal")]))
    )


@cache
def _reported_rebuttal() -> re.Pattern[str]:
    """A rebuttal of ``reported_rebuttals`` opening a reported clause: after "that", "there"
    and a form of "be", or straight after a verb of saying ("claimed no evidence had been
    presented")."""
    terms = lexicon()
    said = "|".join(map(re.escape, sorted(terms.reported_rebuttals, key=len, reverse=True)))
    verbs = "|".join(map(re.escape, sorted(terms.attribution_verbs, key=len, reverse=True)))
    return re.compile(
        rf"\b(?:that|there (?:is|was|were|has been|had been)|{verbs})\s+(?P<rebuttal>{said})\b"
    )


def _hearsay(tokens: Sequence[str], plain: str) -> Counter[str]:
    """The moods that tell a claim as hearsay, as a hedge does, each as often as written, as its
    finite verb: the French conditional in a sentence with no "if" clause, but a modal's before
    an infinitive, and German "soll" with a perfect infinitive ending its clause (see
    ``hearsay_conditionals``).

    >>> _hearsay(words(said := "Le suspect n'aurait pas été blessé."), said)
    Counter({'aurait': 1})
    >>> _hearsay(words(said := "Le suspect serait en fuite."), said)
    Counter({'serait': 1})
    >>> _hearsay(words(said := "Si la pluie avait cessé, le match aurait eu lieu."), said)
    Counter()
    >>> _hearsay(words(said := "Le conducteur, qui roulait si vite, aurait percuté un arbre."), said)
    Counter({'aurait': 1})
    >>> _hearsay(words(said := "Ils ne lâcheraient rien tant que l'État ne les aurait pas reçus."), said)
    Counter({'lâcheraient': 1})
    >>> _hearsay(words(said := "Er soll das Geld gestohlen haben."), said)
    Counter({'soll': 1})
    >>> _hearsay(words(said := "Er soll morgen aussagen."), said)
    Counter()
    """
    terms = lexicon()
    found: Counter[str] = Counter()
    listed = not terms.hearsay_conditionals.isdisjoint(tokens)
    # Most sentences hold no word in "-rait": one pass over their words tells.
    others = any(token.endswith(CONDITIONAL_TAILS) for token in tokens)
    if (listed or others) and not _sets_a_condition(plain):
        untimed = _temporal_clause().sub(" , ", plain)
        if listed:
            found.update(_listed_conditionals(untimed))
        if others:
            found.update(_main_clause_conditionals(untimed))
    if not terms.hearsay_modals.isdisjoint(tokens):
        found.update(
            (told.group("before") or told.group("after")).casefold()
            for told in _hearsay_perfect().finditer(plain)
        )
    if not terms.reported_speech_subjunctives.isdisjoint(tokens):
        found.update(_reported_speech_subjunctives(tokens, plain))
    if not _first_words(terms.impersonal_hearsay).isdisjoint(tokens):
        found.update(_impersonal_hearsay().findall(plain.casefold()))
    return found


def _reported_speech_subjunctives(tokens: Sequence[str], plain: str) -> Iterator[str]:
    """The German subjunctives of reported speech of a sentence that names no one saying it,
    outside its quotations (see ``reported_speech_subjunctives``).

    >>> list(_reported_speech_subjunctives(words(said := "Der Mann sei bekannt gewesen."), said))
    ['sei']
    >>> list(_reported_speech_subjunctives(words(said := "Er sei bekannt, sagte sie."), said))
    []
    >>> list(_reported_speech_subjunctives(words(said := "»Ich habe nichts gesehen«."), said))
    []
    >>> list(_reported_speech_subjunctives(words(said := "Sei persone sono morte."), said))
    []
    """
    if words_language(plain) != SUBJUNCTIVE_REPORTING_LANGUAGE:
        return
    if +attributions(tokens, plain.casefold()) or lexicon().attributing_phrases.find(tokens):
        return
    if may_quote(plain):
        plain = " , ".join(outside_quotations(plain, quotation_spans(plain)))
    yield from (word for word in words(plain) if word in lexicon().reported_speech_subjunctives)


@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of a list's ``phrases``, which a sentence holds before it can hold one of
    them.

    >>> sorted(_first_words(frozenset({"hiess es", "heisst es"})))
    ['heisst', 'hiess']
    """
    return frozenset(phrase.split()[0] for phrase in phrases)


@cache
def _impersonal_hearsay() -> re.Pattern[str]:
    """German's "hieß es" and "heißt es" in a case-folded sentence, written together (see
    ``impersonal_hearsay``).

    >>> _impersonal_hearsay().findall("der mann sei bekannt gewesen, hiess es.")
    ['hiess es']
    >>> _impersonal_hearsay().findall("das heisst, es wird teurer.")
    []
    """
    said = "|".join(map(re.escape, sorted(lexicon().impersonal_hearsay)))
    return re.compile(rf"\b(?:{said})\b")


def _listed_conditionals(plain: str) -> Iterator[str]:
    """The ``hearsay_conditionals`` of a sentence, each as written, but one before an
    infinitive (a modal's: "aurait pu") and one a verb of saying reports after its "que" in its
    main clause (see :func:`_reported_after_saying`).

    >>> list(_listed_conditionals("Le maire a confirmé qu'un recours serait déposé."))
    []
    >>> said = "Le maire a confirmé que la route rouvrira lundi, mais le suspect aurait fui."
    >>> list(_listed_conditionals(said))
    ['aurait']
    """
    terms = lexicon()
    for clause in _main_clause_break().split(plain):
        tokens = words(clause)
        yield from (
            terms.elided(token) or token
            for at, token in enumerate(tokens)
            if token in terms.hearsay_conditionals
            and not _modal_after(tokens, at)
            and not _reported_after_saying(tokens, at)
        )


@cache
def _main_clause_break() -> re.Pattern[str]:
    """Where a sentence opens a new main clause: a semicolon, or a comma before a coordinator
    (``main_clause_coordinators``: ", mais", ", et"); a "que" before it reports no conditional
    after it.

    >>> _main_clause_break().split("Il a dit que oui, mais il aurait menti; elle serait partie.")
    ['Il a dit que oui', 'mais il aurait menti', 'elle serait partie.']
    """
    coordinators = "|".join(sorted(lexicon().main_clause_coordinators))
    return re.compile(rf";\s*|,\s*(?=(?i:{coordinators})\b)")


def _main_clause_conditionals(plain: str) -> Iterator[str]:
    """The French conditionals of a sentence beyond ``hearsay_conditionals`` (see
    ``conditional_endings``), each as written, but where "que" before it in its clause makes it
    the future of a past and those that tell a wish.

    >>> list(_main_clause_conditionals("Le navire appartiendrait à la flotte fantôme."))
    ['appartiendrait']
    >>> list(_main_clause_conditionals("Il a dit qu'il rouvrirait lundi, et il déclarait forfait."))
    []
    """
    terms = lexicon()
    for clause in CLAUSE_BREAK.split(plain):
        after_que = False
        for word in words(clause):
            head = word.partition("'")[0] if terms.elided(word) else word
            after_que = after_que or head in terms.future_of_a_past_after
            if not after_que and _is_a_conditional(word):
                yield terms.elided(word) or word


def _is_a_conditional(word: str) -> bool:
    """Whether a French word is a verb in the conditional other than ``hearsay_conditionals``,
    and tells no wish: "coûterait", "appartiendrait", "pourrait"; not "déclarait", "voudrait".

    >>> [_is_a_conditional(w) for w in ("coûterait", "appartiendrait", "déclarait", "aimerait")]
    [True, True, False, False]
    """
    terms = lexicon()
    verb = terms.elided(word) or word
    return (
        (verb.endswith(terms.conditional_endings) or verb in terms.conditional_forms)
        and verb not in terms.hearsay_conditionals
        and verb not in terms.wishing_conditionals
    )


def _reported_after_saying(tokens: Sequence[str], at: int) -> bool:
    """Whether the conditional at ``at`` of a main clause's words stands in a clause a verb of
    saying reports, after its "que": "a confirmé qu'un recours serait déposé" tells the future of a past, as "a dit qu'il
    viendrait" does, the speaker's claim and no hearsay of the writer's; not "si vite que les
    pompiers auraient été débordés".

    A perfect told by the conditional of "avoir" is the writer's hearsay still (see
    ``past_participles``).

    >>> said = words("Il a confirmé qu'un recours serait déposé.")
    >>> _reported_after_saying(said, said.index("serait"))
    True
    >>> said = words("Il a prétendu que le jeune aurait été percuté.")
    >>> _reported_after_saying(said, said.index("aurait"))
    False
    """
    terms = lexicon()
    after = _word_after_conditional_auxiliary(tokens, at)
    if after.endswith(terms.past_participle_endings) or after in terms.past_participles:
        return False
    for back in range(at - 1, -1, -1):
        word = tokens[back]
        if (word.partition("'")[0] if terms.elided(word) else word) in terms.future_of_a_past_after:
            reach = tokens[max(0, back - SAYING_REACH - 1) : back]
            return not terms.attribution_verbs.isdisjoint(reach)
    return False


def _sets_a_condition(plain: str) -> bool:
    """Whether a sentence opens an "if" clause (see :func:`_if_clause`) outside its quotations:
    a speaker's quoted "si la situation l'exige" conditions their own words, not the writer's
    conditional ("envisagerait d'y recourir « si la situation l'exige »" tells hearsay).

    >>> _sets_a_condition("Elle envisagerait d'y recourir « si la situation l'exige ».")
    False
    >>> _sets_a_condition("Si Paris refuse, le sommet serait annulé.")
    True
    """
    if may_quote(plain):
        plain = " , ".join(outside_quotations(plain, quotation_spans(plain)))
    return _if_clause().search(plain) is not None


@cache
def _temporal_clause() -> re.Pattern[str]:
    """A French clause of time, from its conjunction (``temporal_conjunctions``) to the next
    clause break, whose conditional is the tense its main clause sets; not "tant que" after
    "en" (``not_temporal_after``: "en tant que conseiller", as).

    >>> _temporal_clause().sub(" , ", "Il partirait quand le rapport aurait été publié.")
    'Il partirait  , .'
    >>> _temporal_clause().search("Il aurait agi en tant que conseiller.") is None
    True
    """
    terms = lexicon()
    apostrophe = "['\u2019]"
    conjunctions = "|".join(
        re.escape(conjunction).replace("'", apostrophe)
        for conjunction in sorted(terms.temporal_conjunctions, key=len, reverse=True)
    )
    not_after = "".join(rf"(?<!\b{re.escape(word)}\s)" for word in sorted(terms.not_temporal_after))
    # A clause runs to a break, past the decimal comma of a French number ("3,5 %").
    return re.compile(
        rf"(?i:{not_after}\b(?:{conjunctions})(?:(?<=['\u2019])|\b))(?:[^,;:.!?]|,(?=\d))*"
    )


@cache
def _if_clause() -> re.Pattern[str]:
    """Where French opens an "if" clause: "s'il" (``if_clause_openers``), or "si" before the
    clause's subject, a pronoun or a determiner (``if_clause_subjects``), a word cut short
    before a vowel ("si l'enquête"), a number or a name; not "si" meaning "so", before an
    adjective or an adverb ("un accident si grave", "si rapidement"), nor "même si" (even
    though) and "comme si" (as if), which set no condition (``not_if_after``).

    >>> [bool(_if_clause().search(said)) for said in ("Si Paris refuse", "S'il pleut", "si vite")]
    [True, True, False]
    >>> bool(_if_clause().search("Il aurait signé, même si le texte est flou."))
    False
    """
    terms = lexicon()
    apostrophe = "['\u2019]"

    def either(words: Iterable[str]) -> str:
        return "|".join(re.escape(word).replace("'", apostrophe) for word in sorted(words))

    # One look-behind a word: each must be of one width.
    not_after = "".join(rf"(?<!\b{re.escape(word)}\s)" for word in sorted(terms.not_if_after))
    opener = rf"{not_after}\b(?:{either(terms.if_clause_openers)})\b"
    conjunction = rf"{not_after}\b(?:{either(terms.if_conjunctions)})\s+"
    cut_short = rf"(?:{either(terms.elided_words)}){apostrophe}"
    subject = rf"(?:{either(terms.if_clause_subjects)})\b|{cut_short}|\d"
    return re.compile(rf"(?i:{opener}|{conjunction}(?:{subject}))|(?i:{conjunction})[A-ZÀ-ÖØ-Þ]")


def _modal_after(tokens: Sequence[str], at: int) -> bool:
    """Whether the French conditional at ``at`` is a modal's before an infinitive ("aurait dû
    agir", should have; "n'aurait pas pu", could not have), past the adverbs that may stand
    between (``hearsay_adverbs``).

    >>> _modal_after(("il", "aurait", "pu", "éviter"), 1), _modal_after(("il", "serait", "dû", "à"), 1)
    (True, False)
    """
    return _word_after_conditional_auxiliary(tokens, at) in lexicon().modal_participles


def _word_after_conditional_auxiliary(tokens: Sequence[str], at: int) -> str:
    """The word after the conditional of "avoir" at ``at`` (``modal_auxiliaries``), past the
    adverbs that may stand between (``hearsay_adverbs``): "été" of "n'aurait pas été"; nothing
    after any other word.

    >>> _word_after_conditional_auxiliary(("il", "aurait", "déjà", "été"), 1)
    'été'
    """
    terms = lexicon()
    if (terms.elided(tokens[at]) or tokens[at]) not in terms.modal_auxiliaries:
        return ""
    return next(dropwhile(terms.hearsay_adverbs.__contains__, tokens[at + 1 :]), "")


@cache
def _hearsay_perfect() -> re.Pattern[str]:
    """Where German writes "soll" or "sollen" with a perfect infinitive that ends its clause,
    the modal before it (``before``: "Er soll das Geld gestohlen haben") or after it (``after``:
    "der Mann, der das Geld gestohlen haben soll"); the participle in lower case, as German
    writes no noun, and one its auxiliary makes a perfect of (``hearsay_perfects``: "geflohen
    sein", not "geöffnet sein").

    >>> _hearsay_perfect().search("Er soll geflohen sein.") is None
    False
    >>> _hearsay_perfect().search("Das Bad soll ab Mai geöffnet sein.") is None
    True
    """
    terms = lexicon()
    modal = "|".join(sorted(terms.hearsay_modals))
    # Not the point or comma that groups a number's digits: "soll 40.000 Euro gestohlen haben".
    clause_break = rf"(?!(?<=\d)[.,]\d)(?:{CLAUSE_BREAK.pattern})"
    perfect = "|".join(
        rf"[a-zäöüß]*(?:{'|'.join(endings)})\s+(?i:{auxiliary})"
        for auxiliary, endings in sorted(terms.hearsay_perfects.items())
    )
    perfect = rf"\s(?:{perfect})"
    ends = rf"(?=\s*(?:{clause_break}|$))"
    return re.compile(
        rf"\b(?P<before>(?i:{modal}))\b(?:(?!{clause_break}).)*?{perfect}{ends}"
        rf"|{perfect}\s+(?P<after>(?i:{modal})){ends}"
    )


def _charges_named_by_crime(tokens: Sequence[str]) -> set[str]:
    """A charge a sentence names by its crime, the crime straight before "charge"
    (``charged_crimes``): "manslaughter charge" of a headline's "Manslaughter charge after
    scaffolder's death", which tells a charge as "charged with manslaughter" does; not "in
    charge of" nor "free of charge".

    >>> _charges_named_by_crime(words("Manslaughter charge after teenage scaffolder's death"))
    {'manslaughter charge'}
    >>> _charges_named_by_crime(words("The site manager in charge of safety was sacked"))
    set()
    """
    crimes = lexicon().charged_crimes
    return {
        f"{crime} {charge}"
        for crime, charge in pairwise(tokens)
        if charge in CRIME_CHARGE_NOUNS and crime in crimes
    }


def _charges_outside_hedges(tokens: Sequence[str]) -> set[str]:
    """The words of ``charges`` a sentence writes, but for those that open the charge a charge's
    hedge is of, past the words that count or grade it: "seven counts of" is what "charged
    with" hedges in "charged with seven counts of burglary", and no charge told without a hedge,
    as it is in "each face seven counts of burglary", which keeps the charge.

    >>> _charges_outside_hedges(words("They were charged with seven counts of burglary."))
    set()
    >>> _charges_outside_hedges(words("They each face seven counts of burglary."))
    {'counts of'}
    >>> _charges_outside_hedges(words("He was charged in connection with allegations of fraud."))
    set()
    """
    terms = lexicon()
    # The longest hedge written at a place is the one looked past: "charged in connection with
    # allegations of fraud" hedges "allegations", which "charged in" alone would leave a charge.
    hedges = _charge_hedges_longest_first()
    kept = list(tokens)
    for n, token in enumerate(tokens):
        # Most sentences hedge no charge: only a hedge's first word is looked past.
        said = next(
            (h for h in hedges if h[0] == token and tuple(tokens[n : n + len(h)]) == h), None
        )
        if said is None:
            continue
        end = n + len(said)
        while end < len(tokens) and (tokens[end] in terms.charge_grades or tokens[end].isdigit()):
            end += 1
        # The charge's own words after them: "counts of", "allegations".
        kept[n : end + CHARGE_WORDS] = [""] * len(kept[n : end + CHARGE_WORDS])
    return terms.charges.find(kept)


def _charged_with_a_crime(tokens: Sequence[str], plain: str) -> set[str]:
    """The charges that hedge a crime as "accused of" does, as written ("charged with", or
    "charged over" and the other ``charge_wordings``), not one that gives a duty, tells a mood
    (see ``charged_crimes``) or names no crime ("charged over the death of").

    >>> _charged_with_a_crime(words(said := "He was charged with murder, police said."), said)
    {'charged with'}
    >>> _charged_with_a_crime(words(said := "Two men charged over the robbery appeared."), said)
    {'charged over'}
    >>> _charged_with_a_crime(words(said := "The agency charged with fraud prevention met."), said)
    set()
    """
    return {charge for charge, names_a_crime, _ in _charges_told(tokens, plain) if names_a_crime}


def _denied_charges(features: _Features) -> set[str]:
    """The charges of a crime a sentence tells only as denied ("has not been charged with any
    crime"): they hedge nothing, so a version that drops them ("has not been charged") drops no
    caveat, where it keeps the denial.

    >>> _denied_charges(_features("Castellano has not been charged with any crime."))
    {'charged with'}
    >>> _denied_charges(_features("He was charged with murder, not with theft."))
    set()
    """
    if not any(lexicon().is_negation(token) for token in features.tokens):
        return set()
    told = [
        (charge, denied)
        for charge, names_a_crime, denied in _charges_told(features.tokens, features.plain)
        if names_a_crime
    ]
    return {charge for charge, _ in told} - {charge for charge, denied in told if not denied}


def _charges_told(tokens: Sequence[str], plain: str) -> Iterable[tuple[str, bool, bool]]:
    """Each "charged" before one of ``charge_wordings``, whom it charges or when perhaps between
    ("charged a 34-year-old man with", "was charged Tuesday in"), as written, with whether a
    crime follows (see :func:`_told_before_a_crime`).

    >>> list(_charges_told(words(said := "He was charged yesterday in the death of a boy."), said))
    [('charged in', False, False)]
    """
    return _told_before_a_crime("charged", lexicon().charge_wordings, tokens, plain)


def _suspicion_asserted(ours: _Features, theirs: _Features) -> set[str]:
    """Our "on suspicion of" where the other version, writing no suspicion, tells the arrest
    "for" a crime (``asserted_arrest_wordings``), its cause stated as fact: "arrested on
    suspicion of fraud" against "arrested for fraud".

    >>> _suspicion_asserted(_features("She was arrested on suspicion of fraud."),
    ...                     _features("She was arrested for fraud."))
    {'on suspicion of'}
    >>> _suspicion_asserted(_features("She was arrested on suspicion of fraud."),
    ...                     _features("She was arrested over the fraud."))
    set()
    """
    terms = lexicon()
    suspicion = terms.suspicion_phrase
    if suspicion[1] in theirs.words or not _suspected_offence(ours.plain):
        return set()
    asserted = _arrest_asserted(theirs, terms.arrest_verbs)
    return {" ".join(suspicion)} if asserted else set()


def _arrest_asserted(features: _Features, verbs: Iterable[str]) -> bool:
    """Whether a sentence tells an arrest by one of ``verbs`` "for" a crime
    (``asserted_arrest_wordings``), its cause stated as fact: "arrested for fraud", not
    "arrested over the fraud".

    >>> _arrest_asserted(_features("She was arrested for fraud."), ["arrested"])
    True
    """
    return any(
        names_a_crime
        for verb in verbs
        for _, names_a_crime, _ in _told_before_a_crime(
            verb, lexicon().asserted_arrest_wordings, features.tokens, features.plain
        )
    )


def _arrests_for_a_crime(tokens: Sequence[str], plain: str) -> set[str]:
    """The arrests for a crime, as written: one of ``arrest_verbs`` before one of
    ``arrest_wordings``, whom it holds or when perhaps between, a crime following. Each is a
    charge that stands in for the hedges of one (see :func:`_charged`), not an arrest for no
    crime named.

    >>> _arrests_for_a_crime(words(said := "Police arrested two men over the robbery."), said)
    {'arrested over'}
    >>> _arrests_for_a_crime(words(said := "A man was detained after a chase."), said)
    set()
    """
    wordings = lexicon().arrest_wordings
    return {
        arrest
        for verb in lexicon().arrest_verbs
        for arrest, names_a_crime, _ in _told_before_a_crime(verb, wordings, tokens, plain)
        if names_a_crime
    }


def _told_before_a_crime(
    verb: str, wordings: Sequence[tuple[str, ...]], tokens: Sequence[str], plain: str
) -> Iterable[tuple[str, bool, bool]]:
    """Each ``verb`` before one of ``wordings``, up to ``CHARGED_REACH`` words between, as
    written, with whether a crime follows, named in its own clause: the first wording a crime
    follows, or else the first ("charged with murder over the death" is "charged with" murder,
    "charged in court with murder" too); and whether a negation up to ``DENIED_CHARGE_REACH``
    words before the verb denies it ("has not been charged with")."""
    if verb not in tokens:
        return
    terms = lexicon()
    for clause in CLAUSE_END.split(plain):
        told = words(clause)
        for n in [n for n, token in enumerate(told) if token == verb]:
            denied = any(map(terms.is_negation, told[max(0, n - DENIED_CHARGE_REACH) : n]))
            found = [
                (
                    " ".join((verb, *wording)),
                    _names_a_crime(told[start + len(wording) :], terms.charged_crimes),
                    denied,
                )
                for start in range(n + 1, min(n + 2 + CHARGED_REACH, len(told)))
                if (wording := _wording_at(wordings, told, start))
            ]
            yield from ([said for said in found if said[1]] or found)[:1]


def _wording_at(
    wordings: Sequence[tuple[str, ...]], told: Sequence[str], start: int
) -> tuple[str, ...]:
    """The first of ``wordings`` that the words from ``start`` open ("in connection with"
    before "in"), or none."""
    return next((w for w in wordings if tuple(told[start : start + len(w)]) == w), ())


def _names_a_crime(after: Sequence[str], crimes: AbstractSet[str]) -> bool:
    """Whether the words of a clause after "charged with" or a verdict's "cleared ... of" name
    one of ``crimes``, past the words that count or grade it: a gerund straight after, which
    takes its object ("murdering his wife"), or a crime, as the first word or the second after
    one that is no gerund, and perhaps before more crimes ("drug trafficking offences"); not one
    that only tells which duty a noun after it names (``duty_nouns``: "crime policy", "the
    murder inquiry").

    >>> _names_a_crime(words("two counts of first-degree murder in 2019"), _cleared_of())
    True
    >>> _names_a_crime(words("child abuse inquiries"), _cleared_of())
    False
    """
    terms = lexicon()
    if after[:1] and after[0].endswith("ing") and after[0] in crimes:
        return True
    named = list(dropwhile(lambda t: t in terms.charge_grades or t.isdigit(), after))
    if named[:1] and named[0] in crimes:
        rest = named[1:]
    elif named[1:2] and not named[0].endswith("ing") and named[1] in crimes:
        rest = named[2:]
    else:
        return False
    # A crime names the duty of a noun after it, past more crimes and their grades ("crime
    # policy", "drug trafficking offences unit"); any other word ends its noun phrase, a list of
    # those never being whole ("fraud worth millions", "murder three years later").
    following = " ".join(dropwhile(lambda t: t in crimes or t in terms.charge_grades, rest))
    return not any(f"{following} ".startswith(f"{duty} ") for duty in terms.duty_nouns)


def _charges_cleared(plain: str) -> int:
    """How many verdicts clear someone of a charge named after "of" (see
    ``_cleared_someone_of``): "cleared Smith of fraud", not "cleared him for lack of evidence".

    >>> _charges_cleared("The jury cleared Smith of fraud."), _charges_cleared("Crews cleared it of snow.")
    (1, 0)
    """
    return sum(
        _names_a_crime(words(CLAUSE_END.split(plain[found.end() :], 1)[0]), _cleared_of())
        for found in _cleared_someone_of().finditer(plain)
    )


@cache
def _cleared_of() -> frozenset[str]:
    """What a verdict clears someone of: a crime (``charged_crimes``) or another wrong
    (``cleared_wrongs``: "all charges", "any wrongdoing")."""
    terms = lexicon()
    return terms.charged_crimes | terms.cleared_wrongs


@cache
def _cleared_someone_of() -> re.Pattern[str]:
    """A "cleared ... of" that may be a verdict, if a charge follows (see ``cleared_wrongs``):
    with no one between ("was cleared of"), a pronoun, or a capitalised word or one of
    ``object_starts`` and up to three more words.

    >>> _cleared_someone_of().findall("The jury cleared Smith of fraud and the two men of theft.")
    ['cleared Smith of']
    >>> _cleared_someone_of().findall("Cleared of bribery, the former mayor thanked the jury.")
    ['Cleared of']
    """
    starts = "|".join(sorted(map(re.escape, lexicon().object_starts)))
    named = rf"(?:him|her|them|[A-Z][\w'.-]*|(?:{starts}) [\w'.-]+)(?: [\w'.-]+){{0,3}}?"
    return re.compile(rf"\b[Cc]leared (?:{named} )?of\b")


def _emphatic_negations(tokens: Sequence[str]) -> Counter[str]:
    """The negations of a sentence that open "not only ... but" or "not only ... also" (German
    "nicht nur ... sondern auch"), which deny nothing.

    >>> _emphatic_negations(words("It was not only cheaper but faster, not slower."))
    Counter({'not': 1})
    """
    terms = lexicon()
    return Counter(
        token
        for n, (token, following) in enumerate(pairwise(tokens))
        if following in terms.emphatic_after_not
        and terms.is_negation(token)
        and not terms.emphatic_not_ends.isdisjoint(tokens[n + 2 :])
    )


def _modals(plain: str) -> Iterable[str]:
    """The modals of possibility or certainty that ``plain`` uses as such (see
    ``framing_terms.toml``): "might" in "the strike might spread", not in "the might of the
    army", "China's might is growing" nor "the people's will is clear"; "will" in "will
    approve", not in "will likely approve".

    >>> sorted(_modals("Talks may not resume, and the strike will soon spread."))
    ['may', 'will']
    >>> list(_modals("With all its might, and his last will to live, the people's will is clear."))
    []
    >>> list(_modals("The council will probably approve it."))
    []
    """
    terms = lexicon()
    for found in _modal_pattern().finditer(plain):
        modal, after = found.groups()
        before = plain[max(0, found.start() - MODAL_REACH) : found.start()].split()[-1:]
        if before and (
            before[0].casefold() in terms.before_modal_nouns or before[0].endswith(POSSESSIVES)
        ):
            continue
        # "could not" says far more often that someone was unable ("could not be reached")
        # than that something may not happen.
        if modal == "could" and terms.is_negation(after):
            continue
        if _of_purpose_or_degree(_clause_before(plain[: found.start()])):
            continue
        if modal in terms.certainty_modals and after in terms.doubting_adverbs:
            continue
        if after in terms.after_modals or not (
            after in terms.function_words or after in terms.not_after_modals
        ):
            yield modal


def _clause_before(text: str) -> list[str]:
    """The words, case-folded, of the clause that ``text`` (a sentence up to a word) ends in:
    after its last ``CLAUSE_BREAK``."""
    return list(words(CLAUSE_BREAK.split(text)[-1].casefold()))


def _of_purpose_or_degree(clause: Sequence[str]) -> bool:
    """Whether the words of a clause before its modal open one of purpose or of degree (see
    ``framing_terms.toml``), whose modal tells what someone did something for or was able to
    do, not what may happen: "... adjourned the hearing so the ballot papers", "the fullest
    they", "as fast as he".

    >>> _of_purpose_or_degree(_clause_before("Pryce adjourned the hearing so the ballot papers"))
    True
    >>> _of_purpose_or_degree(_clause_before("Pilots said the anchorage was the fullest they"))
    True
    >>> _of_purpose_or_degree(_clause_before("Talks failed, so the strike")), _of_purpose_or_degree(
    ...     _clause_before("Officials fear so many jobs"))
    (False, False)
    """
    terms = lexicon()
    for opener in terms.purpose_openers:
        for at in range(max(1, len(clause) - len(opener) - MAX_PURPOSE_SUBJECT_WORDS), len(clause)):
            subject = clause[at + len(opener) :]
            if (
                tuple(clause[at : at + len(opener)]) == opener
                and subject
                and subject[0] not in terms.quantifiers | terms.degree_after_so
            ):
                return True
    if len(clause) < 2 or clause[-1] not in terms.subjects_after_degrees:
        return False
    degree, before = clause[-2], clause[:-2]
    return (
        degree in terms.degrees_before_subjects
        or (degree in terms.paired_degrees and degree in before)
        or (degree.endswith(SUPERLATIVE_ENDING) and before[-1:] == ["the"])
    )


@cache
def _modal_pattern() -> re.Pattern[str]:
    """A modal of ``framing_terms.toml`` as written in running text, in lower case ("May" is a
    month or a name), and the word after it."""
    terms = lexicon()
    modals = "|".join(sorted(terms.possibility_modals | terms.certainty_modals))
    return re.compile(rf"\b({modals}) ([a-z]+)\b")


@cache
def _supposed_pattern() -> re.Pattern[str]:
    possible = "|".join(sorted(lexicon().possibility_modals))
    return re.compile(
        rf"\b({possible}) (not )?be {_optional_qualifier()}{OPTIONAL_DETERMINER}{_graded_word()}\b"
    )


class _Act(NamedTuple):
    """A verb a sentence tells, stemmed, between the words that stand beside it there: what it
    says may be done ("the bill may include $3 billion"), or is done ("the bill includes $3
    billion")."""

    before: str
    verb: str
    after: str


def _possible_acts(tokens: Sequence[str]) -> frozenset[tuple[str, _Act]]:
    """What a modal of possibility says something may do, each with its modal, the word before
    the modal standing before the verb.

    >>> sorted(_possible_acts(words("The bill may include aid and could not pass, or may be cut.")))
    [('may', _Act(before='bill', verb='includ', after='aid'))]
    """
    terms = lexicon()
    tokens = _without_adverbs(tokens)
    return frozenset(
        (modal, _Act(before, stem(verb), after))
        for before, modal, verb, after in zip(
            ("", *tokens), tokens, tokens[1:], [*tokens[2:], ""], strict=False
        )
        if modal in terms.possibility_modals
        and len(verb) > 2
        and verb.isalpha()
        and verb not in terms.function_words
        and not terms.is_negation(verb)
    )


@cache
def _undone_after() -> frozenset[str]:
    """The words that tell the verb after them is not told as done: a modal, "to"."""
    terms = lexicon()
    return terms.possibility_modals | terms.certainty_modals | terms.other_modals | {"to"}


def _done(tokens: Sequence[str], *, past: bool) -> frozenset[_Act]:
    """The verbs a sentence tells as done, in the present ("includes") or, if ``past``, the past
    too ("faced"), without a modal, "to" or "not" before them; not a bare form ("the cost"), nor
    one in "-ing" ("before taking anything"), as either may be no verb told. A plural noun may
    be among them: the words beside it tell.

    >>> sorted(act.verb for act in _done(words("The bill includes aid that may raise taxes."), past=False))
    ['includ', 'tax']
    """
    terms = lexicon()
    unsaid = _undone_after()
    endings = ("s", "ed") if past else ("s",)
    tokens = _without_adverbs(tokens)
    return frozenset(
        _Act(before, stem(word), after)
        for before, word, after in zip(("", *tokens), tokens, [*tokens[1:], ""], strict=False)
        if word.endswith(endings)
        and before not in unsaid
        and not terms.is_negation(before)
        and word not in terms.function_words
    )


def _without_adverbs(tokens: Sequence[str]) -> Sequence[str]:
    """A sentence's words without the adverbs that may stand before a verb, which tell no other
    act: "he could soon face" and "he now faces" tell "he ... face"."""
    adverbs = lexicon().adverbs_before_verbs
    return tokens if adverbs.isdisjoint(tokens) else [t for t in tokens if t not in adverbs]


def _supposed(plain: str) -> frozenset[tuple[str, str]]:
    """What a modal of possibility says may be so, each word with its modal, after the "not" that
    denies it: "might not be safe" says "not safe" may be so, as "is not safe" says it is.

    >>> sorted(_supposed("The fire may be linked to a blaze that could be an arson attack."))
    [('could', 'arson'), ('may', 'linked')]
    >>> sorted(_supposed("The water might not be safe to drink."))
    [('might', 'not safe')]
    """
    return frozenset(
        (modal, negation + state)
        for modal, negation, state in _supposed_pattern().findall(plain.casefold())
    )


@cache
def _states_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{_be_as_fact()}) (not )?{_optional_qualifier()}{OPTIONAL_DETERMINER}{_graded_word()}\b"
    )


@cache
def _optional_qualifier() -> str:
    """A number's qualifier that may stand between "be" and what is so, as a pattern: "may be
    close to three times" says "three times" may be so, as "is three times" says it is."""
    qualifiers = "|".join(
        sorted(map(re.escape, lexicon().number_qualifiers), key=len, reverse=True)
    )
    return f"(?:(?:{qualifiers}) )?"


@cache
def _graded_word() -> str:
    """A word with the degree of comparison before it, if any, as a pattern's group: "more
    likely" of "may be more likely to", where "more" alone tells nothing of what is so."""
    degrees = "|".join(sorted(lexicon().comparative_degrees))
    return f"((?:(?:{degrees}) )?[a-z]+)"


@cache
def _be_as_fact() -> str:
    """The forms of "be" that tell what is so, as a pattern's alternation."""
    return "|".join(sorted(lexicon().be_as_fact))


def _stated_states(plain: str) -> frozenset[str]:
    """The words that follow a form of "be" told as a fact, after an article and the "not" that
    denies them, but function words ("were in"), which say nothing of what is so.

    >>> sorted(_stated_states("The fire is linked to a blaze, which was not an arson attack."))
    ['linked', 'not arson']
    >>> sorted(_stated_states("It is a record."))
    ['record']
    """
    terms = lexicon()
    return frozenset(
        negation + word
        for negation, word in _states_pattern().findall(plain.casefold())
        if len(word) > 2 and word not in terms.function_words and not terms.is_negation(word)
    )


def _forecasts(plain: str, tokens: Sequence[str]) -> frozenset[str]:
    """The forecasts a sentence tells with "be" ("expected to" of "is expected to") and its
    forecasting verbs in the active voice, before the words they govern ("expects" of "Northwind
    expects revenue of $4 billion"; not "rose more than expected", "the forecast").

    >>> plain = "The bank expects prices to rise; rates are expected to fall, its forecast."
    >>> sorted(_forecasts(plain, words(plain)))
    ['expected to', 'expects']
    """
    terms = lexicon()
    # Few sentences hold a forecasting verb: a set operation in C spares most the walk.
    if terms.forecasting_verbs.isdisjoint(tokens):
        return frozenset()
    # A noun's "forecast" is followed by a preposition or a verb of its own: "its profit forecast
    # on Thursday", "the projects will open".
    not_governed = (terms.prepositions - {"to"}) | terms.be_as_fact | terms.certainty_modals
    active = frozenset(
        verb
        for before, verb, after in zip(("", *tokens), tokens, tokens[1:], strict=False)
        if verb in terms.forecasting_verbs
        and verb not in terms.not_forecasting_alone
        and before not in terms.not_forecasting_after
        and after not in not_governed
    )
    if not terms.not_forecasting_alone.isdisjoint(tokens):
        active |= _forecasting_forms_as_verbs(plain, tokens)
    # Few sentences hold a forecast's first word: a look for it spares most the pattern.
    if not any(head in plain for head in _forecast_heads()):
        return active
    return active | frozenset(_forecasts_pattern().findall(plain))


def _forecasting_forms_as_verbs(plain: str, tokens: Sequence[str]) -> frozenset[str]:
    """The forms of the forecasting verbs as often a noun or an adjective
    (``not_forecasting_alone``) that a sentence writes as a verb in the active voice: straight
    after its subject (see :func:`_subject_ends_at`) and before what a forecast governs (see
    :func:`_forecasts_an_outcome`: "Northwind projects revenue of $4 billion"; not "two housing
    projects that will add", "a widely expected move", "the forecast will", "Organisers
    projected a film", "The council projects office will close"). ``tokens`` are the
    sentence's words (:func:`~compare.segment.words`), which tell most sentences without one.

    >>> plain = "Northwind projects revenue of $4 billion for the year."
    >>> _forecasting_forms_as_verbs(plain, words(plain))
    frozenset({'projects'})
    >>> plain = "Organisers projected a film onto the cathedral wall."
    >>> _forecasting_forms_as_verbs(plain, words(plain))
    frozenset()
    """
    forms = lexicon().not_forecasting_alone
    if not any(
        word in forms and _forecasts_an_outcome(tokens[at + 1 :]) for at, word in enumerate(tokens)
    ):
        return frozenset()
    # The words as written: a subject's capitals tell a name (see _subject_ends_at).
    cased = _role_token().findall(plain)
    return frozenset(
        verb
        for at, verb in enumerate(cased)
        if verb in forms
        and _forecasts_an_outcome(
            [word for word in cased[at + 1 : at + 4] if unicodedata.category(word[:1]) != "Sc"]
        )
        and _subject_ends_at(cased, at)
    )


def _forecasts_an_outcome(following: Sequence[str]) -> bool:
    """Whether the words after a forecasting verb's form are what a forecast governs, perhaps
    after an article: a figure ("2,000 people", "$4 billion" without its sign), a clause
    ("that ...") or a quantity or outcome (``forecast_objects``: "revenue", "growth", "a loss"),
    not any noun ("a film", "office").

    >>> _forecasts_an_outcome(["a", "loss"]), _forecasts_an_outcome(["a", "film"])
    (True, False)
    """
    terms = lexicon()
    ahead = [word.casefold() for word in following[:2]]
    if ahead[:1] and ahead[0] in ("a", "an"):
        ahead = ahead[1:]
    return bool(ahead) and (
        is_number(ahead[0]) or ahead[0] == "that" or ahead[0] in terms.forecast_objects
    )


@cache
def _forecast_heads() -> tuple[str, ...]:
    return tuple(sorted({forecast.split()[0] for forecast in lexicon().forecasts}))


@cache
def _forecasts_pattern() -> re.Pattern[str]:
    """A forecast told with "be": "expected to" of "is expected to"."""
    forecasts = "|".join(sorted(lexicon().forecasts))
    return re.compile(rf"\b(?:{_be_as_fact()}) ({forecasts})\b")


def _doubted(ours: _Features, theirs: _Features) -> frozenset[str]:
    """Our modals of possibility and forecasts that the other version does not use, when it
    uses "will" more often than ours does ("the strike might spread" or "the strike is expected
    to spread" against "the strike will spread"; the sentences weighed whole, not clause by
    clause); or our modals when the other says is so what ours says may be ("the fire may be
    linked" against "the fire is linked"), or is done what ours says may be ("the bill may
    include" against "the bill includes")."""
    terms = lexicon()
    modals = terms.possibility_modals.intersection(ours.modals).difference(theirs.modals)
    # "Analysts expect the company will ..." forecasts as "is expected to" does.
    forecasting = not theirs.words.isdisjoint(terms.forecasting_verbs)
    possible = modals | (frozenset() if forecasting else ours.forecasts - theirs.forecasts)
    if not possible:
        return frozenset()
    certain = sum(modal in terms.certainty_modals for modal in ours.modals)
    their_certain = sum(modal in terms.certainty_modals for modal in theirs.modals)
    if their_certain > certain:
        return possible
    supposed = [(modal, state) for modal, state in ours.supposed if modal in modals]
    acts = [(modal, act) for modal, act in ours.possible_acts if modal in modals]
    # A forecasting verb governs the "will" it forecasts: "Analysts predict the port will
    # reopen" against "The port will reopen" drops the forecast, with no "will" more.
    doubted = set(possible & terms.forecasting_verbs) if their_certain else set()
    if supposed:
        states = _stated_states(theirs.plain)
        # "May be less likely" against "are more likely" states a comparison as fact, if
        # reversed too (see _degrees_turned).
        doubted |= {modal for modal, state in supposed if {state, _degree_turned(state)} & states}
    # Another modal of possibility in the other version ("may influence" against "might play
    # a role in influencing") hedges as well. "Could" in the past is what one was able to do
    # ("could reach the blaze" against "reached the blaze"): it is held against the present only.
    if acts and terms.possibility_modals.isdisjoint(theirs.modals):
        done = {past: _done(theirs.tokens, past=past) for past in (False, True)}
        doubted |= {modal for modal, act in acts if act in done[modal != "could"]}
    return frozenset(doubted)


def _certainty_raised(ours: _Features, theirs: _Features) -> list[tuple[str, str]]:
    """Our tentative ways of telling a claim that the other version tells as established in
    their place (``certainty_steps``), each pair as written: "suggests" against "proves", "may
    be linked to" against "causes"; one a version writes as often as the other, or under a
    modal of possibility ("may prove"), is no swap.

    >>> _certainty_raised(_features("A study suggests that it works."),
    ...                   _features("A study proves that it works."))
    [('suggests', 'proves')]
    >>> _certainty_raised(_features("The video suggests he fled."),
    ...                   _features("The video shows he fled."))
    []
    """
    raised = []
    for tentative, established in lexicon().certainty_steps:
        # Asked of every aligned pair: most of our sentences hold no tentative phrase, and what
        # the other states is then not read.
        if not (dropped := tentative.uses(ours.tokens) - tentative.uses(theirs.tokens)):
            continue
        stated = _stated_uses(established, theirs.tokens) - _stated_uses(established, ours.tokens)
        if stated:
            raised.append(
                (
                    _join_in_order(_with_its_modal(phrase, ours.plain) for phrase in dropped),
                    _join_in_order(stated),
                )
            )
    return raised


def _stated_uses(phrases: Phrases, tokens: Sequence[str]) -> Counter[str]:
    """The ``phrases`` a sentence writes, each as often as written, but those told under a
    modal of possibility or a doubting adverb ("may well prove", "probably caused") or after a
    negation, which denies what they would establish ("does not prove the chemical causes",
    "no evidence that it causes").

    >>> _stated_uses(lexicon().certainty_steps[1][1], words("It may cause fires and caused one."))
    Counter({'caused': 1})
    >>> _stated_uses(lexicon().certainty_steps[1][1], words("No one showed it caused them."))
    Counter()
    """
    uses = phrases.uses(tokens)
    terms = lexicon()
    denied = next((at for at, token in enumerate(tokens) if terms.is_negation(token)), None)
    if uses and denied is not None:
        uses -= Counter(
            " ".join(phrase)
            for at in range(denied + 1, len(tokens))
            for phrase in phrases.by_first.get(tokens[at], ())
            if tuple(tokens[at : at + len(phrase)]) == phrase
        )
    doubting = terms.possibility_modals | terms.doubting_adverbs
    if not uses or doubting.isdisjoint(tokens):
        return uses
    for at in (n for n, token in enumerate(tokens) if token in doubting):
        after = list(dropwhile(terms.after_modals.__contains__, tokens[at + 1 :]))
        uses -= Counter(
            " ".join(phrase)
            for phrase in phrases.by_first.get(after[0] if after else "", ())
            if tuple(after[: len(phrase)]) == phrase
        )
    return uses


def _with_its_modal(phrase: str, plain: str) -> str:
    """A phrase as a sentence writes it, with the modal of possibility and "be" before it: "may
    be linked to" of "linked to"."""
    modals = "|".join(sorted(lexicon().possibility_modals))
    found = re.search(rf"\b(?:(?:{modals}) be )?{re.escape(phrase)}\b", plain, re.IGNORECASE)
    return found[0] if found else phrase


def _currencies(tokens: Sequence[str], plain: str) -> frozenset[str]:
    """The currencies a sentence names: by their words, a French or Italian one after an article
    or preposition cut short too ("millions d'euros"), by their signs, as the sentence's language
    reads them ("$" is the peso in Spanish, "US$" the dollar), and in compounds
    ("dollar-denominated bonds").

    >>> sorted(_currencies(words(said := "Les pertes atteignent 4 millions d'euros."), said))
    ['€']
    >>> said = "El Gobierno calcula que la reforma supondrá un ahorro de $1.200 millones el año."
    >>> sorted(_currencies(words(said), said))
    ['peso']
    """
    terms = lexicon()
    # Most sentences cut no word short: only those that do are read again.
    if "'" in plain or "\u2019" in plain:
        tokens = [terms.elided(token) or token for token in tokens]
    named = frozenset(terms.currency_words[n] for n in terms.currency_names.find(tokens))
    signed = {_sign_read(sign, plain, named) for sign in terms.currency_sign.findall(plain)}
    return named | signed | _compound_currencies(tokens)


def _sign_read(sign: str, plain: str, named: AbstractSet[str]) -> str:
    """The currency a sign of sentence ``plain`` stands for, as the sentence's language reads it
    ("$" is the peso in Spanish, "US$" the dollar), and, for a sign of several currencies, as
    the currency it ``named`` in words tells: "¥" of "the dollar rose against the yen to ¥151"
    is the yen, of "revenue of ¥450 million" either the yen or the yuan.

    >>> _sign_read("¥", "It rose against the yen to ¥151.", {"JPY", "$"})
    'JPY'
    >>> _sign_read("¥", "Revenue was ¥450 million.", set())
    '¥'
    """
    terms = lexicon()
    # Only a sentence that writes a sign some language reads otherwise is asked its language.
    if any(sign in own for own in terms.signs_by_language.values()) and (
        read_as := terms.signs_by_language.get(language(plain) or "", {}).get(sign)
    ):
        return read_as
    currency = terms.currency_signs[sign]
    told = terms.currency_readings.get(currency, frozenset()) & named
    return next(iter(told)) if len(told) == 1 else currency


def _may_be_one(currency: str, other: str) -> bool:
    """Whether two currencies may be one: the same, or a sign of several and one it may stand
    for ("¥" and "JPY"); not "JPY" and "CNY"."""
    readings = lexicon().currency_readings
    return (
        currency == other
        or other in readings.get(currency, ())
        or currency in readings.get(other, ())
    )


def _unmet_currencies(ours: AbstractSet[str], theirs: AbstractSet[str]) -> frozenset[str]:
    """Our currencies that none of ``theirs`` may be (see :func:`_may_be_one`).

    >>> sorted(_unmet_currencies({"¥", "$"}, {"JPY"})), sorted(_unmet_currencies({"JPY"}, {"CNY"}))
    (['$'], ['JPY'])
    """
    return frozenset(c for c in ours if not any(_may_be_one(c, other) for other in theirs))


def _hundredths_swapped(a: _Features, b: _Features) -> tuple[list[str], list[str]]:
    """The hundredths of a currency that A counts an amount in where B counts the same amount
    in others, and B's: "6.8 pence" (or "6.8p") against "6.8 cents" is a sterling dividend told
    as a dollar one. Not "433 pence ($6.85)" against "48 cents", two prices (a number changed).

    >>> _hundredths_swapped(_features("It paid 6.8p a share."), _features("It paid 6.8 cents a share."))
    (['pence'], ['cents'])
    """
    counted_a, counted_b = _hundredths_counted(a.tokens), _hundredths_counted(b.tokens)
    swapped = {
        (ours, theirs)
        for amount, ours in counted_a
        for their_amount, theirs in counted_b
        if amount == their_amount and ours != theirs and (amount, theirs) not in counted_a
    }
    return sorted({ours for ours, _ in swapped}), sorted({theirs for _, theirs in swapped})


def _hundredths_counted(tokens: Sequence[str]) -> frozenset[tuple[str, str]]:
    """Each amount among ``tokens`` counted in a currency's hundredths, with them by their
    plural ("cents" of "1 cent"), a sign read as its word ("pence" of the "p" of "45p")."""
    terms = lexicon()
    named = set(terms.glued_hundredths.values())
    return frozenset(
        (amount, terms.glued_hundredths.get(token) or (token if token in named else f"{token}s"))
        for amount, token in pairwise(tokens)
        if _is_a_number(amount) and (token in terms.hundredths or token in terms.glued_hundredths)
    )


def _amounts_in_other_currencies(a: _Features, b: _Features) -> tuple[list[str], list[str]]:
    """The currencies of amounts A gives in one currency where B gives the same amount in
    another only, and B's, in A's order: "$1.2 billion" against "€1.2 billion" beside the
    "$1.15 billion" both give; not "$48 million (£38 million)" against "$48 million", nor the
    same amounts in another order ("$5 million and €6 million" against "€6 million and $5
    million")."""
    amounts_b = _amounts(b)
    changed_a: list[str] = []
    changed_b: list[str] = []
    for values, currency in _amounts(a):
        same = [other for other_values, other in amounts_b if not values.isdisjoint(other_values)]
        if same and not any(_may_be_one(currency, other) for other in same):
            changed_a.append(currency)
            changed_b += same
    return changed_a, changed_b


def _amounts(features: _Features) -> list[tuple[frozenset[Value], str]]:
    """The amounts of money a sentence states, each with the values it may stand for and its
    currency: by the sign or code it opens with ("$450 million", "USD500"), the code or name
    before it ("CHF 450 million") or the sign or name after it ("500 €", "450 million Swiss
    francs").

    >>> _amounts(_features("Revenue of CHF 450 million beat estimates of 440 million yen."))
    [(frozenset({Decimal('450000000')}), 'CHF'), (frozenset({Decimal('440000000')}), 'JPY')]
    """
    if not features.currencies:
        return []
    terms = lexicon()
    plain = features.plain
    opening, before, after = _currency_beside()
    amounts = []
    for span, (written, values, stated) in zip(
        written_spans(plain, features.numbers), features.numbers.mentions, strict=True
    ):
        if not span or not stated or not _is_count(written):
            continue
        start, end = span
        found = (
            terms.currency_sign.match(plain, start)
            or opening.match(plain, start)
            or before.search(plain, max(0, start - 32), start)
            or after.match(plain, end)
        )
        if not found:
            continue
        written_as = found[0].strip()
        if written_as in terms.currency_signs:
            amounts.append((values, _sign_read(written_as, plain, features.currencies)))
        elif currency := terms.currency_words.get(written_as.casefold()):
            amounts.append((values, currency))
    return amounts


@cache
def _currency_beside() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A currency's code glued before an amount's digits ("USD500"), its code or name before an
    amount ("CHF 450"), and its sign or name straight after one ("500 €", "450 million Swiss
    francs")."""
    terms = lexicon()
    names = "|".join(re.escape(n) for n in sorted(terms.currency_words, key=lambda n: -len(n)))
    signs = "|".join(
        re.escape(sign) for sign in sorted(terms.currency_signs, key=lambda s: -len(s))
    )
    return (
        re.compile(rf"(?i:{names})(?=\d)"),
        re.compile(rf"(?<![^\W\d_])(?i:{names}) ?\Z"),
        re.compile(rf" ?(?P<sign>{signs})(?!\w)| (?i:{names})(?![^\W\d_])"),
    )


def _currencies_shown(currencies: Sequence[str], a: _Features, b: _Features) -> str:
    """Currencies as a note on sentences ``a`` and ``b`` writes them: in a language of theirs
    that reads a currency's sign as another (``currencies_shown_by_language``), by the sign it
    reads as that currency; Spanish reads "$" as the peso, so the dollar is "US$".

    >>> said = "El ahorro será de US$1.100 millones."
    >>> _currencies_shown(["$"], _features(said), _features(said))
    'US$'
    >>> said = "The savings will be $1.1 billion."
    >>> _currencies_shown(["$"], _features(said), _features(said))
    '$'
    """
    shown: dict[str, str] = {}
    for code, (own, telling) in lexicon().currencies_shown_by_language.items():
        # Only a note on a currency the language writes otherwise asks the sentences' language.
        if own.keys().isdisjoint(currencies):
            continue
        if any(
            language(said.plain) == code or not telling.isdisjoint(said.words) for said in (a, b)
        ):
            shown |= own
    return _join_in_order(shown.get(currency, currency) for currency in currencies)


def _compound_currencies(tokens: Sequence[str]) -> set[str]:
    """The currencies compounds name before a word such as "denominated": "dollar-denominated"
    names the dollar, "euro-zone" no currency."""
    terms = lexicon()
    return {
        terms.currency_words[first]
        for first, _, end in (token.partition("-") for token in tokens if "-" in token)
        if end in terms.currency_compound_ends and first in terms.currency_words
    }


def _shown_qualified(notes: Iterable[FramingNote]) -> frozenset[tuple[str, str]]:
    """The qualifiers, each with each word of its number, that the notes of a rounding or a
    conversion show: ("nearly", "14") of "nearly 14 feet".

    >>> _shown_qualified([FramingNote(FramingKind.NUMBER_ROUNDED, "987", "nearly 1,000")])
    frozenset({('nearly', '1,000')})
    """
    qualifiers = lexicon().number_qualifiers
    return frozenset(
        (qualifier, word)
        for note in notes
        if note.kind
        in (
            FramingKind.NUMBER_CHANGED,
            FramingKind.NUMBER_CONVERTED,
            FramingKind.NUMBER_ROUNDED,
            FramingKind.ESTIMATE_CHANGED,
        )
        for said in (words(note.a), words(note.b))
        for n in (3, 2, 1)
        if (qualifier := " ".join(said[:n])) in qualifiers
        for word in said[n:]
    )


def _qualifying_kept(
    estimates: Iterable[tuple[str, str]],
    other_words: AbstractSet[str],
    own_unmatched: Sequence[Unmatched],
    other_unmatched: Sequence[Unmatched],
) -> set[tuple[str, str]]:
    """The ``estimates`` that qualify a number the other version gives too, or may give in its
    place: the number is among its words, it is one of its numbers written otherwise
    ("Twenty-five" and "25"), though this version adds another ("on Saturday"), or the other
    has numbers of its own to replace it. Not those of a number this version adds.

    >>> _qualifying_kept([("at least", "twenty-three")], {"23"}, [Unmatched("saturday", True, 2)], [])
    {('at least', 'twenty-three')}
    >>> _qualifying_kept([("more than", "1.2")], {"300"}, [Unmatched("1.2 million", True, 1)], [])
    set()
    """
    added = {word for number in own_unmatched for word in words(number.written)}
    return {
        (qualifier, number)
        for qualifier, number in estimates
        if number in other_words or number not in added or other_unmatched
    }


def _estimate_notes(
    ours: AbstractSet[tuple[str, str]],
    theirs: AbstractSet[tuple[str, str]],
    tokens: Sequence[str],
    other_tokens: Sequence[str],
) -> list[FramingNote]:
    """The notes of the qualifiers, each with its number, that say otherwise how exact a number
    is: one note a number, in the order of our words ``tokens``, so that a reader sees which
    number changed how ("more than 4,000 acres ... nearly 2,000 residents" against "about 4,000
    acres ... 2,000 residents": "more than" became "about", and "nearly" was dropped). A number
    each version qualifies in place of the other's (see ``_paired_in_place``) is weighed with
    it ("more than 2,000" against "about 2,100"; "about twenty-five" against "some 25" says the
    same).

    >>> [(n.a, n.b) for n in _estimate_notes(
    ...     {("more than", "4,000"), ("nearly", "2,000")}, {("about", "4,000")},
    ...     ("more", "than", "4,000", "acres", "nearly", "2,000", "residents"),
    ...     ("about", "4,000", "acres", "2,000", "residents"))]
    [('more than', 'about'), ('nearly', '')]
    """
    numbers_a, numbers_b = {n for _, n in ours}, {n for _, n in theirs}
    groups = [{n} for n in numbers_a & numbers_b]
    groups += _paired_in_place(numbers_a - numbers_b, numbers_b - numbers_a, tokens, other_tokens)

    def first_written(numbers: set[str]) -> tuple[int, list[str]]:
        first = min(tokens.index(n) if n in tokens else len(tokens) for n in numbers)
        return first, sorted(numbers)

    notes = []
    for numbers in sorted(groups, key=first_written):
        qualifiers_a = {q for q, n in ours if n in numbers}
        qualifiers_b = {q for q, n in theirs if n in numbers}
        meant_a, meant_b = _meanings(qualifiers_a), _meanings(qualifiers_b)
        changed_a = {q for q in qualifiers_a if _meanings([q]) - meant_b}
        changed_b = {q for q in qualifiers_b if _meanings([q]) - meant_a}
        if changed_a or changed_b:
            notes.append(
                FramingNote(FramingKind.ESTIMATE_CHANGED, _join(changed_a), _join(changed_b))
            )
    # Numbers qualified alike and changed alike are one change, said once: "3 to 1" and "2 to 1"
    # against "about 3-to-1" and "about 2-to-1".
    return list(dict.fromkeys(notes))


def _paired_in_place(
    ours: AbstractSet[str],
    theirs: AbstractSet[str],
    tokens: Sequence[str],
    other_tokens: Sequence[str],
) -> list[set[str]]:
    """The numbers only one version qualifies, ``ours`` of our words ``tokens`` and ``theirs``
    of ``other_tokens``, each with the other's that stands at its place among its sentence's
    numbers, or else that alone is near it: "more than 12,400 acres ... 300 homes" against
    "11,400 acres ... about 250 homes" pairs 12,400 with 11,400 and 300 with 250, so neither
    qualifier is said to have become the other; "more than a million" and "more than 1 million"
    pair, and so do "about $220,000 a game" and "about $213,000" a week told in another clause.

    >>> _paired_in_place({"12,400"}, {"250"}, ("over", "12,400", "and", "300", "homes"),
    ...     ("11,400", "and", "about", "250", "homes"))
    [{'12,400'}, {'250'}]
    """
    places_a, places_b = _number_places(tokens), _number_places(other_tokens)
    at_place = {place: number for number in theirs for place in places_b.get(number, ())}
    left = set(theirs)
    groups, apart = [], []
    for number in sorted(ours):
        # A word written twice stands at two places: "two of whom ... more than two decades".
        at = [at_place.get(place) for place in places_a.get(number, ())]
        if other := next((other for other in at if other in left), None):
            groups.append({number, other})
            left.remove(other)
        else:
            apart.append(number)
    for number in apart:
        near = [n for n in sorted(left) if _near(numeral_values(number), numeral_values(n))]
        paired = near if len(near) == 1 else []
        left.difference_update(paired)
        groups.append({number, *paired})
    return groups + [{number} for number in sorted(left)]


def _number_places(tokens: Sequence[str]) -> dict[str, list[int]]:
    """Where each number stands among a sentence's numbers, a multiplier after a number being a
    part of it ("1 million" is one number, as "a million", "two decades" and "une vingtaine"
    are).

    >>> _number_places(("more", "than", "1", "million", "and", "two", "decades", "or", "two"))
    {'1': [0], 'million': [0], 'two': [1, 2], 'decades': [1]}
    """
    terms = lexicon()
    places: dict[str, list[int]] = {}
    place = -1
    ones = qualified_ones(tokens)
    for at, (before, token) in enumerate(pairwise(("", *tokens))):
        if _may_be_number(token) or at in ones:
            multiplies = (
                token in terms.multipliers
                or token in terms.unit_multipliers
                or token in terms.round_counts
            )
            if not (multiplies and _may_be_number(before)):
                place += 1
            places.setdefault(token, []).append(place)
    return places


def _may_be_number(token: str) -> bool:
    """Whether a word may write a number: in digits, in words, in words before a hyphen
    ("twenty-five", "five-year"), or in words written as one ("fünfundzwanzig")."""
    vocabulary = number_vocabulary()
    return (
        is_number(token)
        or token in vocabulary
        or ("-" in token and token.partition("-")[0] in vocabulary)
        or is_glued_number(token)
    )


@cache
def _sign_letters() -> dict[str, str]:
    """The currency signs that open with letters, by those letters as a sentence's words are
    written: "us" is "US$", "hk" "HK$".

    >>> _sign_letters()["us"]
    'US$'
    """
    return {
        letters.casefold(): sign
        for sign in lexicon().currency_signs
        if (letters := sign.rstrip("$¥")) and letters.isalpha()
    }


def _estimates(tokens: Sequence[str], plain: str) -> Iterable[tuple[str, str]]:
    """The words before a sentence's numbers that say how exact they are, each with its number:
    "at least 200", "more than a million", "some twenty-five", "nearly half a million", before
    a verb of how many times a number grew ("more than halved"), and a
    round count with its article, which says "about" itself ("une vingtaine"); not
    before a number that starts a word ("the debate over 5G"), nor before a day or month
    ("estimated yesterday that"); a fraction alone is a share ("about half of them")."""
    terms = lexicon()
    qualifiers = terms.number_qualifiers
    plain, tokens = without_hesitations(plain, tokens)
    glued = set(GLUED_NUMBER.findall(plain))
    plussed = set(PLUS_AFTER.findall(plain)) if "+" in plain or "-plus" in plain else set()
    after_counted = not _first_words(terms.qualifiers_after).isdisjoint(tokens)
    for position in [n for n, t in enumerate(tokens) if _may_be_number(t) or names_a_factor(t)]:
        token = tokens[position]
        if token in glued or names_a_date(token):
            continue
        if token in plussed:
            yield "+", token
        if token in terms.round_counts and position and tokens[position - 1] in terms.fraction_one:
            yield f"{tokens[position - 1]} {token}", token  # "une vingtaine" is about 20
        start = position - 1 if position and tokens[position - 1] in ("a", "an") else position
        # The letters of a sign ("US" of "unos US$ 40") are the amount's, not a word between it
        # and its qualifier.
        if start and (sign := _sign_letters().get(tokens[start - 1])) and sign in plain.upper():
            start -= 1
        for length in (3, 2, 1):
            before = " ".join(tokens[max(0, start - length) : start])
            if before in qualifiers:
                at = max(0, start - length)
                if not (
                    _says_when(tokens, at, position)
                    or _goes_up_to(tokens, at)
                    or _tells_why(tokens, at)
                ):
                    yield before, token
                    yield from ((before, n) for n in _converted(token, plain))
                break
        if after_counted and (after := _qualifier_after(tokens, position)):
            yield after, token
    yield from ((qualifier, tokens[at]) for at, qualifier in qualified_ones(tokens).items())


def _qualifier_after(tokens: Sequence[str], position: int) -> str | None:
    """The qualifier written after the number at ``position`` (``number_qualifiers_after``),
    straight after it or after the one word it counts, as its words write it.

    >>> _qualifier_after(words("قتل 12 شخصا على الأقل"), 1) == " ".join(words("على الأقل"))
    True
    """
    after = lexicon().qualifiers_after
    for start in (position + 1, position + 2):
        for length in (2, 1):
            if (written := " ".join(tokens[start : start + length])) in after:
                return written
    return None


def _stated_anew(
    ours: _Features,
    theirs: _Features,
    unmatched_a: Sequence[Unmatched],
    unmatched_b: Sequence[Unmatched],
) -> tuple[list[Unmatched], list[Unmatched]]:
    """The numbers of ``unmatched_a`` and ``unmatched_b`` that each sentence states, but for a
    conversion in brackets of another of its numbers, which states that quantity again, unless
    each sentence gives a conversion the other lacks: "39" of "rose 12 meters (39 feet)" adds no
    number to "rose 12 meters", but stands in place of "50" in "rose 12 meters (50 feet)".

    >>> a, b = _features("It rose 12 meters (39 feet)."), _features("It rose 12 meters in 3 days.")
    >>> unmatched = a.numbers.unmatched_in(b.numbers), b.numbers.unmatched_in(a.numbers)
    >>> [[n.written for n in side] for side in _stated_anew(a, b, *unmatched)]
    [[], ['3']]
    """
    conversions_a, conversions_b = _conversions(ours), _conversions(theirs)
    converted_a = [n for n in unmatched_a if _number_part(n) in conversions_a]
    converted_b = [n for n in unmatched_b if _number_part(n) in conversions_b]
    kept = converted_a and converted_b
    told_a = _told_as_its_conversion(ours, theirs, unmatched_a, unmatched_b)
    told_b = _told_as_its_conversion(theirs, ours, unmatched_b, unmatched_a)
    return (
        [
            n
            for n in unmatched_a
            if n.stated
            and (kept or n not in converted_a or n in told_a.values())
            and n not in told_a
        ],
        [
            n
            for n in unmatched_b
            if n.stated
            and (kept or n not in converted_b or n in told_b.values())
            and n not in told_b
        ],
    )


def _told_as_its_conversion(
    ours: _Features,
    theirs: _Features,
    unmatched_ours: Sequence[Unmatched],
    unmatched_theirs: Sequence[Unmatched],
) -> dict[Unmatched, Unmatched | None]:
    """Our numbers the other sentence tells as their conversion in brackets, one quantity: each
    with the conversion that stands in its place, set against the other's figure, or None where
    the other gives the conversion as we do. "€52.5 million (£44.1m)" against "£44m" is the
    sterling figure rounded, no euros changed into pounds; against "£44.1m" no number dropped.

    >>> a, b = _features("He joins for €52.5 million (£44.1m)."), _features("He joins for £44m.")
    >>> unmatched = a.numbers.unmatched_in(b.numbers), b.numbers.unmatched_in(a.numbers)
    >>> [(main.written, conversion and conversion.written)
    ...  for main, conversion in _told_as_its_conversion(a, b, *unmatched).items()]
    [('52.5 million', '44.1 m')]
    """
    if "(" not in ours.plain:
        return {}
    theirs_placed = _placed(theirs, [n for n in unmatched_theirs if n.stated])
    told: dict[Unmatched, Unmatched | None] = {}
    for main in unmatched_ours:
        conversions = set(_converted(main.written, ours.plain))
        if not conversions:
            continue
        unconverted = [n for n in unmatched_ours if _number_part(n) in conversions]
        if not unconverted:
            told[main] = None
        elif any(
            _one_quantity(conversion, other)
            for conversion in _placed(ours, unconverted)
            for other in theirs_placed
        ):
            told[main] = unconverted[0]
    return told


def _ones_unwritten(numbers: Sequence[Unmatched], theirs: _Features) -> list[Unmatched]:
    """Our ``numbers`` but the spans of one unit of time ("an hour" of "nearly an hour") that
    the other sentence writes too without a qualifier, where it reads no number
    (:func:`~compare.numerals.sentence_numbers`): "an hour" against "nearly an hour" drops the
    qualifier, not the hour.

    >>> a, b = _features("It lasted nearly an hour."), _features("It lasted an hour.")
    >>> _ones_unwritten(a.numbers.unmatched_in(b.numbers), b)
    []
    """
    return [n for n in numbers if not _one_unqualified_in(n.written, theirs)]


def _one_unqualified_in(written: str, theirs: _Features) -> bool:
    """Whether a number as written is a span of one unit of time ("an hour") that the other
    sentence writes too."""
    return bool(unit_of_one(written)) and f" {written} " in f" {' '.join(theirs.tokens)} "


def _counts_met_by_a_held(
    ours: _Features, theirs: _Features, unmatched_theirs: Sequence[Unmatched]
) -> list[Unmatched]:
    """Our stated counts that only a number the other sentence holds met (the day of its
    dateline, "DORNOVO, March 14 -"), where it states a count of the same thing that nothing
    met: "killed at least 14 civilians" against "March 14 - ... killed 4 civilians" changes the
    toll, and adds no 4.

    >>> a = _features("A strike killed at least 14 civilians, the UN said.")
    >>> b = _features("DORNOVO, March 14 - A strike killed 4 civilians, officials said.")
    >>> _counts_met_by_a_held(a, b, b.numbers.unmatched_in(a.numbers))
    [Unmatched(written='14', stated=True, mention=0)]
    """
    counted = {
        (number.after, number.measure)
        for number in _placed(theirs, [n for n in unmatched_theirs if n.stated])
        if number.after
    }
    if not counted:
        return []
    stated_theirs = theirs.numbers.stated_values()
    met_by_a_held = [
        Unmatched(written, True, n)
        for n, (written, values, stated) in enumerate(ours.numbers.mentions)
        if stated and values.isdisjoint(stated_theirs)
    ]
    unmatched = set(ours.numbers.unmatched_in(theirs.numbers))
    return [
        number
        for number in met_by_a_held
        if number not in unmatched
        and any((placed.after, placed.measure) in counted for placed in _placed(ours, [number]))
    ]


# Numbers of our sentence and of the other's that tell one figure otherwise, and its note.
_ToldOtherwise = tuple[tuple[Unmatched, ...], tuple[Unmatched, ...], FramingNote]


def _percentages_told_in_words(
    ours: _Features,
    theirs: _Features,
    numbers_ours: Sequence[Unmatched],
    unmatched_theirs: Sequence[Unmatched],
) -> list[_ToldOtherwise]:
    """Our percentages that nothing matched, each against the share the other writes in words
    or as a count of a whole at its place (the first against its first, and so on, as many
    each): rounded where the share rounds it ("31%" against "a third", "43%" against "more than
    four in 10"), else changed ("around 40%" against "almost half"), each shown with its
    qualifier.

    >>> a, b = _features("Around 40% of adults nap."), _features("Almost half of adults nap.")
    >>> [note for _, _, note in _percentages_told_in_words(a, b, a.numbers.unmatched_in(b.numbers),
    ...  b.numbers.unmatched_in(a.numbers))]
    [FramingNote(kind=<FramingKind.NUMBER_CHANGED: 'number_changed'>, a='around 40%', b='Almost half', a_spans=(), b_spans=())]
    """
    percentages = [
        (number, placed)
        for placed, number in _each_placed(ours, numbers_ours)
        if placed.unit == "%"
    ]
    spans = written_spans(theirs.plain, theirs.numbers)
    shares = [
        (share, shown, figure, held)
        for share, shown, figure in shares_written(theirs.plain, of_something=False)
        if (
            held := tuple(
                n
                for n in unmatched_theirs
                if (span := spans[n.mention]) and share[0] <= span[0] and span[1] <= share[1]
            )
        )
    ]
    # A share in words of a sentence that drops percentages of its own is no percentage told
    # in words: "a half of a percentage point" of "fell a half of a percentage point to 6.1
    # percent" against "dipped to 8.5 percent".
    if (
        not percentages
        or len(percentages) != len(shares)
        or any(
            n.stated and placed.unit == "%" for placed, n in _each_placed(theirs, unmatched_theirs)
        )
        or not all(
            _after_agrees(placed, share)
            for (_, placed), (_, _, _, held) in zip(percentages, shares, strict=True)
            for share in _placed(theirs, held[:1])
        )
    ):
        return []
    return [
        (
            (number,),
            held,
            FramingNote(
                FramingKind.NUMBER_ROUNDED
                if rounds_a_percentage(figure, placed.figure)
                else FramingKind.NUMBER_CHANGED,
                placed.qualified,
                shown,
            ),
        )
        for (number, placed), (_, shown, figure, held) in zip(percentages, shares, strict=True)
    ]


def _each_placed(
    features: _Features, numbers: Sequence[Unmatched]
) -> list[tuple[PlacedNumber, Unmatched]]:
    """Each of ``numbers`` placed where its sentence writes it, beside it."""
    return [(placed, number) for number in numbers for placed in _placed(features, [number])]


def _after_agrees(ours: PlacedNumber, theirs: PlacedNumber) -> bool:
    """Whether two numbers may count one thing by the word after each, where both give one
    ("31% of adults" and "a third of adults"; not "a third of Quetta's people" and "80 percent
    of Pakistan's"); the word after only, not figures' roots among the words after."""
    return not (ours.after and theirs.after) or ours.after == theirs.after


# A rate per a count, as a normalised sentence writes it just before its count: "2.9 per ",
# "5.7 in every ".
_RATE_PER = r"(?i:per|(?:in|out of|for) every)"
_RATE_BEFORE_ITS_COUNT = re.compile(rf"(?<![\d.,])(?P<rate>\d+(?:\.\d+)?) {_RATE_PER} $")
# The count a rate per which is a percentage.
_HUNDRED = Decimal(100)


def _rates_told_as_percentages(
    ours: _Features, theirs: _Features, numbers_ours: Sequence[Unmatched]
) -> list[_ToldOtherwise]:
    """Our counts that nothing matched and that a rate is counted per, where the other gives
    the rate as a percentage: "2.9 per 1,000" against "2.9%" tells a tenth as often a case
    ten times as often, a number changed, and drops no 1,000.

    >>> a = _features("Strokes struck 2.9 per 1,000 patients.")
    >>> b = _features("Strokes struck 2.9% of patients.")
    >>> [note for _, _, note in _rates_told_as_percentages(a, b, a.numbers.unmatched_in(b.numbers))]
    [FramingNote(kind=<FramingKind.NUMBER_CHANGED: 'number_changed'>, a='2.9 per 1,000', b='2.9%', a_spans=(), b_spans=())]
    """
    spans = written_spans(ours.plain, ours.numbers)
    told: list[_ToldOtherwise] = []
    for number in numbers_ours:
        span = spans[number.mention]
        rate = span and _RATE_BEFORE_ITS_COUNT.search(ours.plain, 0, span[0])
        if not span or not rate or _HUNDRED in ours.numbers.mentions[number.mention][1]:
            continue
        percentage = f"{rate['rate']}%"
        if any(percentage in values for _, values, _ in theirs.numbers.mentions):
            told.append(
                (
                    (number,),
                    (),
                    _number_note([ours.plain[rate.start() : span[1]]], [percentage]),
                )
            )
    return told


def _mirrored(told: Sequence[_ToldOtherwise]) -> list[_ToldOtherwise]:
    """What the other sentence tells otherwise, as our sentence's."""
    return [(theirs, ours, FramingNote(note.kind, note.b, note.a)) for ours, theirs, note in told]


def _number_part(number: Unmatched) -> str:
    """A number as written, without the multiplier after it: "3.6" of "3.6 million"."""
    return number.written.partition(" ")[0]


def _conversions(features: _Features) -> set[str]:
    """The numbers a sentence writes in brackets to convert another of its numbers, as
    :func:`_converted` finds them."""
    plain = features.plain
    if "(" not in plain:
        return set()
    return {
        found for written, _, _ in features.numbers.mentions for found in _converted(written, plain)
    }


def _converted(number: str, plain: str) -> list[str]:
    """The numbers that convert ``number`` in brackets straight after it in ``plain`` (see
    ``_conversion_after``).

    >>> _converted("50", "temperatures soar above 50 degrees (120 Fahrenheit)")
    ['120']
    >>> _converted("40", "about 40 people (12 children) were hurt")
    []
    """
    conversion = _conversion_after()
    found = []
    # Found by str.find, not a pattern per number: a run holds thousands of numbers.
    start = plain.find(number)
    while start >= 0:
        before = plain[start - 1 : start]
        standing_apart = not before or not (before.isalnum() or before in "_.,")
        if standing_apart and (converted := conversion.match(plain, start + len(number))):
            found.append(converted[1])
        start = plain.find(number, start + 1)
    return found


@cache
def _conversion_after() -> re.Pattern[str]:
    """A number converted in brackets after another, a word or two between, which it captures:
    "120" of "50 degrees (120 Fahrenheit)", "1,600" of "4,000 acres (1,600 hectares)", "4.5" of
    "(US$4.5 million)" and of "£3.1bn ($4.5bn)", "3.6" of "(3.6 billion pounds)". The brackets hold the same quantity
    told otherwise, with a currency's sign, code or letter before the number, or a unit (the
    lexicon's ``conversion_units``) or a currency's word after it; not a part of it ("12" of
    "about 40 people (12 children)"), nor "50" of "40 (of 50)". What qualifies the one
    qualifies the other."""
    terms = lexicon()

    def either(written: Iterable[str]) -> str:
        return "|".join(map(re.escape, sorted(written, key=lambda w: (-len(w), w))))

    before = either(terms.currency_signs.keys() | terms.currency_codes | terms.currency_letters)
    multiplier = either(terms.multipliers)
    after = either(terms.conversion_units | terms.currency_words.keys())
    return re.compile(
        # A multiplier glued to the number may come first: "£3.1bn ($4.2bn)".
        r"(?![\d,.]*\d)(?:[^\W\d]+\.?)?(?:\s+[^\W\d]+\.?){0,2}\s*\("
        rf"(?=(?:{before})\s?\d|\d[\d,.]*\s?(?i:(?:{multiplier})\s?)?°?(?i:{after})\b)"
        r"[^\d()\s]{0,3}\s?(\d(?:[\d,.]*\d)?)"
    )


def _says_when(tokens: Sequence[str], qualifier: int, number: int) -> bool:
    """Whether the qualifier at ``qualifier`` says when, not how many, of the span of time at
    ``number``: "Over 2 days, 40 people fled", not "for over 20 years" nor "up to 10 years"."""
    terms = lexicon()
    return (
        tokens[qualifier] in terms.span_qualifiers
        and number + 1 < len(tokens)
        and tokens[number + 1] in terms.time_units
        and (qualifier == 0 or tokens[qualifier - 1] != "for")
    )


def _goes_up_to(tokens: Sequence[str], qualifier: int) -> bool:
    """Whether the qualifier at ``qualifier`` is the "up to" of a verb of motion, which says
    where something went: "moved up to third", not "faces up to 10 years".

    >>> _goes_up_to(words("United moved up to third"), 2), _goes_up_to(words("faces up to 10 years"), 1)
    (True, False)
    """
    return (
        0 < qualifier < len(tokens) - 1
        and tokens[qualifier : qualifier + 2] == ("up", "to")
        and tokens[qualifier - 1] in lexicon().motion_verbs
    )


def _tells_why(tokens: Sequence[str], qualifier: int) -> bool:
    """Whether the qualifier at ``qualifier`` is the "over" of what something is about or why it
    befell (:attr:`~compare.lexicon.Lexicon.over_of_cause_words`): "jailed over £410,000 fraud",
    not "stole over £410,000".

    >>> _tells_why(words("jailed over £410,000 fraud"), 1), _tells_why(words("stole over £410,000"), 1)
    (True, False)
    """
    if qualifier == 0 or tokens[qualifier] != "over":
        return False
    terms, before = lexicon(), tokens[qualifier - 1]
    return before in terms.over_of_cause_words or before in terms.charged_crimes


def _meanings(estimates: Iterable[str]) -> set[str]:
    return {lexicon().number_qualifiers[estimate] for estimate in estimates}


def _join(values: Iterable[str], separator: str = ", ") -> str:
    return separator.join(sorted(map(as_written, values)))


def _join_quotations(values: Iterable[str]) -> str:
    """Quotations, each ending on its own full stop or comma, joined so that each one's end shows.

    >>> _join_quotations(["Yevhen has been brilliant", "He deserved that goal."])
    'He deserved that goal. / Yevhen has been brilliant'
    """
    return _join(values, QUOTATION_SEPARATOR)


def _join_quotations_in_order(values: Iterable[str]) -> str:
    return _join_in_order(values, QUOTATION_SEPARATOR)


def _with_claim_cut(attribution: str, ours: str, cut: str) -> str:
    """``attribution``, as ``ours`` writes it, with the claim cut beside it: where ``cut`` is
    ``ours`` with words cut out, the run of words cut that holds the attribution, but for the
    function words it ends on ("Police said the rally was peaceful" of "Police said the rally was
    peaceful and that no arrests were made." cut to "No arrests were made."): the copy dropped
    that claim with its source, joined to the claim kept by "and" or "but".

    >>> _with_claim_cut("Police said", "Police said the rally was peaceful and that no arrests"
    ...     " were made.", "No arrests were made.")
    'Police said the rally was peaceful'
    >>> _with_claim_cut("police said", "No arrests were made, police said.", "No arrests were made.")
    'police said'
    """
    at = ours.find(attribution)
    ours_words = list(RUN_OF_WORD.finditer(ours))
    folded = [word[0].casefold() for word in ours_words]
    cut_words = [word.casefold() for word in RUN_OF_WORD.findall(cut)]
    if at < 0 or LCSseq.similarity(cut_words, folded) < len(cut_words):
        return attribution
    function_words = lexicon().function_words
    for op in Indel.opcodes(cut_words, folded):
        run = ours_words[op.dest_start : op.dest_end]
        if op.tag == "equal" or not run[0].start() <= at < run[-1].end():
            continue
        tail = []
        while len(run) > 1 and run[-1][0].casefold() in function_words:
            tail.append(run.pop()[0].casefold())
        # A claim of its own is joined to the one kept by "and" or "but"; other words cut beside
        # the attribution name whom it cites (", Pavel Ostrov", "in a statement").
        if COORDINATORS.isdisjoint(tail):
            return attribution
        return ours[run[0].start() : max(run[-1].end(), at + len(attribution))]
    return attribution


def _join_in_order(values: Iterable[str], separator: str = ", ") -> str:
    return separator.join(dict.fromkeys(map(as_written, values)))
