"""Markdown reports: ``index.md`` for the run and one file per story. Pure functions of a Result."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache
from itertools import chain, pairwise
from operator import attrgetter
from pathlib import Path
from types import MappingProxyType

from compare.boilerplate import paywall_notice
from compare.candidates import sampled_note
from compare.changes import FramingChange, arrowed, framing_changes, read_order
from compare.chinese import script
from compare.coverage import carried, exclusive, omitted_by
from compare.dates import at_one_precision, in_date_order
from compare.disclosure import absent_wires, absent_wires_note, outlet, spells_site_of
from compare.figures import (
    aligned_texts,
    compatible_change,
    compatible_changes,
    gives_numbers_otherwise,
)
from compare.focus import focus_articles, focus_page_name
from compare.framing import (
    QUOTATION_SEPARATOR,
    as_printed,
    caveats_in,
    denials_in,
    framing_notes,
    gives_figures,
    in_its_letters,
    kinds_checked_in,
    names_framing_of,
)
from compare.kills import killed_by
from compare.lexicon import FRAMING_LANGUAGES, added_terms, lexicon
from compare.novelty import Addition, Additions, Novelty, Restatement
from compare.numerals import moments_alone, numbers_in, tenfold_apart
from compare.overlap import (
    MIN_LIFTED_PHRASE_WORDS,
    MIN_RETOLD_QUOTATIONS,
    dated_order,
    reports_one_event_alone,
)
from compare.provenance import cycles_note, sources_of
from compare.read import TEXT_SUFFIXES
from compare.records import (
    REPORT_PAGE_MARK,
    UTC_OFFSET,
    AddedTerms,
    ArticleNote,
    CarriedChange,
    Credit,
    CreditKind,
    DifferingFigure,
    DirectionBasis,
    DirectionCycle,
    Document,
    FigureGiven,
    FilledFor,
    FilledTemplate,
    FramingKind,
    FramingNote,
    FramingProfile,
    HeadlineClaim,
    HeadlineReuse,
    Match,
    MatchKind,
    NoteKind,
    PairComparison,
    PressRelease,
    Result,
    Retold,
    RunPlace,
    Sentence,
    SentenceGroup,
    SharedQuotation,
    StaleCopy,
    Staleness,
    Story,
    Taken,
    Verdict,
    Version,
    WordEdit,
    articles,
    consecutive_versions,
    in_version_order,
    minutes_before_origin,
    modified_by_clock,
    published_as_given,
    version_ranks,
    version_times,
)
from compare.report import WIDE_STORY
from compare.report.against_record import (
    AGENCY_NOT_NAMED,
    AgainstRecord,
    CreditGiven,
    TakenFromRecord,
    against_record,
    credit_given,
    credits_agencies_alone,
)
from compare.report.network import Edge, OutletReuse, edges, outlet_reuse, shown_source
from compare.report.outlet_framing import in_publication_order, outlet_framing
from compare.report.software import compare_version
from compare.segment import (
    ENDS_IN_A_FULL_STOP,
    LANGUAGE_NAMES,
    QUOTE_MARKS,
    SCRIPT_LANGUAGES,
    language_of,
    languages_differ,
    normalise,
)
from compare.segment import words as words_of
from compare.settings import Settings
from compare.stealth_edits import (
    CORRECTING,
    NoteCheck,
    StealthEdit,
    figures_put_right,
    note_check,
    notes_added,
    stealth_edit,
)
from compare.stories import TITLE_CHARS, shorten
from compare.word_diff import Attached, display_words, gives_words, joined, mirrored

# Backslash-escaping any ASCII punctuation is valid CommonMark; these are the characters that
# could turn article text into markup (emphasis, code, links, HTML, tables, strike-through).
# Not "!", which makes an image only before a "[" that is escaped: "¡Compartan!" reads as
# written in a raw file.
MARKUP_CHARACTERS = "\\`*_[]<>|~&#"
MARKUP = re.compile(f"[{re.escape(MARKUP_CHARACTERS)}]")
ESCAPED = {ord(c): "\\" + c for c in MARKUP_CHARACTERS}
# What escape() wrote, undone for a line on stderr, which shows every backslash as typed.
ESCAPES = re.compile(f"\\\\([{re.escape(MARKUP_CHARACTERS)}])")
# What opens a block when it starts a line's text, in a blockquote or a list item as anywhere:
# a list item's "+ ", "- " or "2024. ", or a "-" or "=" that a thematic break or a heading's
# underline may be made of. Escaping the sign or the full stop keeps the text a paragraph.
BLOCK_MARKER = re.compile(r"[-+=]|\d{1,9}(?=[.)](?:\s|$))")
# How a diff marks the words only its first text has, and those only its second has.
STRUCK = "~~{}~~"
INSERTED = "**{}**"
SLUG_CHARS = 40
# Cyrillic in Latin letters (as BGN/PCGN writes Russian, without diacritics; the Ukrainian,
# Belarusian and Serbian letters too), so that a Russian story's file is named by its title.
CYRILLIC_IN_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэіґўј", "abvgdeziyklmnoprstufyeiguj", strict=True)),
        **{"ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"},  # noqa: RUF001
        **{"ъ": "", "ь": "", "ю": "yu", "я": "ya", "ї": "yi", "є": "ye"},
        **{"љ": "lj", "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dz", "ѓ": "g", "ќ": "k", "ѕ": "dz"},  # noqa: RUF001
        # Latin letters that are no letter with an accent, which NFKD would drop.
        **{"æ": "ae", "ø": "o", "ł": "l", "đ": "d", "þ": "th", "œ": "oe", "ı": "i", "ð": "d"},  # noqa: RUF001
    }
)
ROW_TEXT_CHARS = 70
# A table's columns line up to this width; a wider cell runs on. Padding every row to one long
# article's list of its own sentences made a story page of 24 MB, 97% spaces.
MAX_PADDED_COLUMNS = 80
# The index lists this many dates it could not read; a feed with a bad date field has thousands.
MAX_LISTED_DATES = 20
# With two documents the matrix would repeat the pair section's aligned sentences and additions.
COVERAGE_FROM_DOCUMENTS = 3
# The order the reports name the languages of framing's word lists in, after English (see
# lexicon.FRAMING_LANGUAGES).
LANGUAGES_NAMED = ("ru", "CJK", "de", "fr", "es", "ur", "hi", "ar")
# A wide story's page writes out at most this many pairs; the JSON report gives them all.
MAX_PAIR_SECTIONS = 50
# The index lists at most this many of a story's pairs that reuse text: a wire story that 300
# outlets carry makes thousands, and a run of such stories an index of megabytes. The largest
# story of the golden fixtures has 10; its page, or the JSON report, gives the rest.
MAX_INDEX_PAIRS = 20
# The run's summary page, which links to the others.
INDEX = "index.md"
# A run of more documents than this gets a short index (its counts, notes, outlet tables and
# largest stories) that links to its long listings, each a page of its own: a month's 6,060
# articles made one index of 4.7 MB and 18,536 lines, readable only with grep.
SPLIT_INDEX_DOCUMENTS = 200
# The pages of such a run's long listings, by file name, with the heading of each.
INDEX_COPIES = "index-copies.md"
INDEX_DOCUMENTS = "index-documents.md"
INDEX_STORIES = "index-stories.md"
INDEX_PAIRS = "index-pairs.md"
INDEX_PAGES = {
    INDEX_COPIES: "Who copied whom",
    INDEX_DOCUMENTS: "Documents",
    INDEX_STORIES: "Stories",
    INDEX_PAIRS: "Pairs",
}
# Such a short index lists this many stories, the largest; its stories page lists them all.
MAX_INDEX_STORIES = 25
# The index's who copied whom, and a story page's summary, name at most this many of a story's
# pairs that reuse text, and the summary this many origins and articles reported independently.
MAX_LISTED_COPIES = 10
# A pair section names at most this many of the other articles that carry a quotation the pair
# shares: a stock line ("a fair compromise for everyone involved") that 812 articles of a run
# carry, named under each of a story's pairs, made a page of 2.3 MB.
MAX_LISTED_CARRIERS = 5
# A story page's summary names at most this many of the framing differences of one copy.
MAX_SUMMARY_CHANGES = 5
# A story page's summary gives at most this many copies' framing differences, and counts the rest.
MAX_FRAMED_COPIES = 30
# A verdict that shared phrasing alone makes shows this many of its phrases; report.json all.
MAX_PHRASES_SHOWN = 6
# The articles named of those whose wording set a date aside (the rest counted).
NAMED_WITNESSES = 3
# A pair section lists the origin's sentences its copy leaves out one by one up to this many;
# a longer cut (half of an investigation: 150 sentences) is listed as passages.
MAX_LISTED_LEFT_OUT = 12
# A passage left out is shown by this many words of its first sentence.
PASSAGE_OPENING_WORDS = 10
# A sentence a later version of an article removed or added is quoted whole in a story's summary
# up to this many words: the summary is what a reader tracking edits quotes from.
VERSION_SENTENCE_WORDS = 40
# Of a pair's longest copied run, the words quoted beside its count: enough to show a reader
# the passage, short enough to keep the verdict's paragraph readable.
RUN_QUOTED_WORDS = 40
# Two documents of one outlet in a story are told apart by a file's name of at most this many
# characters (a path of folders, or a headline made a file name, is longer), else by their
# titles' first this many words.
TOLD_FILE_CHARS = 30
TOLD_TITLE_WORDS = 6
# A story page's summary names at most this many of the sentences with a hedge or caveat that a
# copy left out of its origin, each by its first words, then counts the rest.
MAX_SUMMARY_CAVEATS = 3
# A pair section sums up at most this many blocks of moved sentences above its aligned pairs,
# each of at least this many pairs: a sentence moved alone is marked in the list only.
MAX_MOVED_BLOCKS = 10
MIN_MOVED_BLOCK = 2
# Who copied whom in a wide story names at most this many sources of an outlet beside its closest,
# and the index's outlet table this many outlets each took from.
MAX_OTHER_SOURCES = 3
# The index's table of framing by outlet names at most this many kinds of changes an outlet
# made, its commonest, and counts the rest: a column of 40 kinds would make a row of 20 outlets
# unreadable.
MAX_OUTLET_KINDS = 3
# The index's line of an article read against the record names this many of its changes.
MAX_RECORD_CHANGES = 8
# How a pair's verdict line names the way the reusing article credits its origin.
CREDIT_KIND_WORDS = {
    CreditKind.CREDIT_LINE: "a credit line",
    CreditKind.CREDIT_PHRASE: "a credit's phrase",
    CreditKind.SOURCE_NAMED: "the source cited",
    CreditKind.SHORT_NAME: "the source cited by its short name",
    CreditKind.DATELINE: "the dateline named",
    CreditKind.LINK: "a link",
    CreditKind.BYLINE: "the byline",
    CreditKind.RELEASE_NAMED: "the statement or release named",
    CreditKind.ISSUER_SPEAKS: "the issuer cited as the speaker",
    CreditKind.ISSUER_NAMED: "the issuer named, not as the speaker",
}
# What a copy's verdict line says of a release's copy that names its issuer and no more.
ISSUER_NAMED_ONLY = "names the issuer only, no credit of the release"
# What it says of an uncredited copy that names the issuer only where the release's text does.
ISSUER_NAMED_AS_COPIED = "uncredited (names the issuer only in the release's own sentences)"
FRAMING_MARK = "⚑"
ROWS_ARE_SENTENCES = (
    "Each row is a sentence that two or more articles carry, the most widely carried first "
    "(sentences carried as widely in the order the articles tell them). Its text is the version "
    "of the article under “text from” (the likely origin, whenever every other version matches "
    "it)"
)
FIRST_IS_ORIGIN = (
    "“First” is the likely origin among the copied or edited versions: the first published (of "
    "one day, the one the pair directions name)."
)
TAKEN_SENTENCES = "in sentences it took, copied or edited,"
SOURCE_OF_A_SENTENCE = (
    "for each shared sentence, the most similar version published before it (by time or date "
    "when known); of versions as similar, that of an article whose own words it copies too"
)
# A copy's headline in who copied whom, as its line lists the copy's other facts.
HEADLINE_TAKEN = {
    HeadlineReuse.SAME: "headline taken word for word",
    HeadlineReuse.EDITED: "headline taken and edited",
}
VERDICT_MEANING = {
    Verdict.COPY: "one article is, for the most part, the other's text word for word",
    Verdict.DERIVED: (
        "one article is made from the other: mostly its sentences, copied or lightly edited, "
        "its phrasing throughout, or its sentences retold with all its quotations, a brief's "
        "in its order"
    ),
    Verdict.PARTIAL: (
        "some passages are copied or lightly edited from the other, or some of its phrasing is"
    ),
    Verdict.INDEPENDENT: "no meaningful copied text: separate reporting",
}
# The heading of a pair's quotations both articles carry (see _shared_quotation_lines).
SHARED_QUOTATIONS_HEADING = "Shared quotations"
# The heading of a story's cycles of pair directions (see render_cycles).
CYCLES_HEADING = "Directions that go round"
# What a pair section says of framing when its articles are in two languages: a translation's
# words are another language's throughout ("informó", "informou"), and a number or a
# quotation is written otherwise ("3 de marzo", "segunda-feira (3)").
NOT_FRAMED_ACROSS_LANGUAGES = (
    "Not compared across languages: a translation writes every attribution, number and "
    "quotation in other words."
)
# What a restatement is said to change of the sentences it restates in other words: how sure it
# is and whom it cites (see _restated_otherwise).
RESTATED_FRAMING = frozenset(
    {
        FramingKind.ATTRIBUTION_ADDED,
        FramingKind.ATTRIBUTION_REMOVED,
        FramingKind.ATTRIBUTION_VERB,
        FramingKind.HEDGE_ADDED,
        FramingKind.HEDGE_REMOVED,
    }
)
# The fewest words of a restatement whose hedges and attributions are held against those of
# what it restates, and the fewest content words the two share ("Not much to report,
# possession about even." restates a coach's word on possession by that word alone).
MIN_RESTATING_WORDS = 6
MIN_RESTATING_WORDS_SHARED = 3
# What a pair section says of what each article adds when the two are in two languages.
NOT_ADDED_ACROSS_LANGUAGES = (
    "Not compared across languages: what one tells that the other does not is not known."
)
# What an independent pair in two languages is, as nothing is translated: its texts cannot share
# words, which says nothing of whether one is the other's translation.
IN_OTHER_LANGUAGES = "in different languages: not compared word for word"
# How Chinese in two scripts is compared (see compare.chinese): a reader of a Hong Kong paper's
# converted copy of a mainland wire must know it was read as a copy, and that a note's two
# sides may quote one word in two scripts.
IN_ONE_SCRIPT = (
    "Traditional text is compared, cut into words and read against the word lists in "
    "Simplified, character for character, so a converted copy counts as a copy; framing notes "
    "quote each article's words in its own script"
)
# What told a pair's direction, as the verdict line says it; "{}" is the origin. The verdict line
# gives shares alone with their figures (see _told_by).
TOLD_BY = {
    DirectionBasis.RECORD: "by choice: {} is the record (`--record`)",
    DirectionBasis.CREDIT: "by credit: {} is credited",
    DirectionBasis.MODIFIED_TIME: "by modification time",
    DirectionBasis.CAPTURE_TIME: "by capture time",
    DirectionBasis.PUBLISHED_TIME: "by publication time",
    DirectionBasis.PUBLISHED_DATE: "by publication date",
    DirectionBasis.PRESS_RELEASE: "by kind: {} is a press release",
    DirectionBasis.NEWS_AGENCY: "by kind: {} is a news agency",
    DirectionBasis.AGENCY_DATELINE: "by dateline: {} opens with a news agency's dateline",
    DirectionBasis.STRAY_MARKS: (
        "by footnote marks: the other keeps footnote marks ([1]) that point to no note of its "
        "own, as a page that pasted {}'s paragraphs does"
    ),
    DirectionBasis.SHARED_DATELINE: (
        "by dateline: both open with one news agency's dateline, and only {} gives a date"
    ),
    DirectionBasis.INTERVIEW: "by interview: {} says the speaker of a quotation told it",
    DirectionBasis.CREDITED_BY_OTHERS: (
        "by others' credits: other articles of the story credit {}, none the other, and no date "
        "tells"
    ),
    DirectionBasis.CONTAINMENT: "by what each holds of the other",
    DirectionBasis.PHRASING: "by shared phrasing alone",
    DirectionBasis.CHECKED: (
        "by assumption: nothing tells which came first, and a check reads its new article as "
        "the copy of {}"
    ),
}
# What a summary says of a direction that what each article holds of the other alone told:
# two same-day articles without times, of which one may have added to the other or cut it.
GUESSED = "order guessed from what each holds of the other"
# What a date says of a time of day its page gives without a zone: a reader sees the time the
# page showed, and that no other outlet's time is set against it.
NO_ZONE = "no zone given"
# What `compare pair` adds below a verdict of undisclosed reuse: it reads two articles only.
UNSEEN_SOURCE = (
    "A common source not given to this command (a wire story or a press release that both "
    "ran) could explain the text they share: `compare run` on the whole folder, with the "
    "sources, checks for one."
)
# The framing notes that tell a figure given otherwise (a focus page lists them).
FIGURE_KINDS = frozenset(
    {
        FramingKind.NUMBER_CHANGED,
        FramingKind.NUMBER_CONVERTED,
        FramingKind.NUMBER_ROUNDED,
        FramingKind.CURRENCY_CHANGED,
        FramingKind.ESTIMATE_CHANGED,
    }
)
# A number changed to one it may be as the two's qualifiers allow ("1,200" and "more than
# 1,000"), shown with them: a pair's table names it so, in one row.
COMPATIBLE_LABEL = "number changed, compatible"
FRAMING_LABELS = {
    FramingKind.ATTRIBUTION_VERB: "attribution verb changed",
    FramingKind.ATTRIBUTION_ADDED: "attribution added",
    FramingKind.ATTRIBUTION_REMOVED: "attribution removed: stated as fact",
    FramingKind.HEDGE_ADDED: "hedge or caveat added",
    FramingKind.HEDGE_REMOVED: "hedge or caveat removed",
    FramingKind.NEGATION_ADDED: "negation added",
    FramingKind.NEGATION_REMOVED: "negation removed",
    FramingKind.NUMBER_CHANGED: "number or date changed",
    FramingKind.NUMBER_ADDED: "number or date added",
    FramingKind.NUMBER_REMOVED: "number or date removed",
    FramingKind.NUMBER_CONVERTED: "same quantity in another unit",
    FramingKind.NUMBER_ROUNDED: "same number, rounded",
    FramingKind.CURRENCY_CHANGED: "currency changed",
    FramingKind.ESTIMATE_CHANGED: "how exact a number is changed",
    FramingKind.LOADED_TERM: "loaded term changed",
    FramingKind.LOADED_TERM_ADDED: "loaded term added",
    FramingKind.LOADED_TERM_REMOVED: "loaded term removed",
    FramingKind.QUOTE_ADDED: "paraphrase turned into quotation",
    FramingKind.QUOTE_REMOVED: "quotation turned into paraphrase",
    FramingKind.QUOTE_CHANGED: "words changed inside a quotation",
    FramingKind.QUOTE_WORDS_ADDED: "words added to a quotation",
    FramingKind.QUOTE_WORDS_REMOVED: "words cut from a quotation",
    FramingKind.QUOTE_WORDS_CUT_INSIDE: "words cut from inside a quotation, unmarked",
    FramingKind.QUOTE_WORDS_ELIDED: "words cut from a quotation where an ellipsis (...) marks the cut",
    FramingKind.QUOTE_REPLACED: "another quotation in its place",
    FramingKind.QUOTE_REWORDED: "quotation worded differently",
    FramingKind.QUOTE_STITCHED: "quotation joined from two places of the other, the words between left out",
    FramingKind.ROLES_SWAPPED: "roles swapped: who says or does what to whom",
    FramingKind.SPEAKER_CHANGED: "speaker changed: the same words told as another's",
    FramingKind.ATTRIBUTION_SOURCE_CHANGED: "source changed: the same claim credited to another body",
    FramingKind.DIRECTION_REVERSED: "direction reversed: a rise told as a fall, ahead as behind, or the other way round",
    FramingKind.OUTCOME_REVERSED: "outcome reversed: a yes told as a no, a win as a loss or a draw",
    FramingKind.SIZE_REVERSED: "size reversed: a small effect told as a large one, or the reverse",
    FramingKind.ALLEGATION_SOFTENED: "allegation softened: a verdict, a charge or an act told as something lesser",
    FramingKind.ALLEGATION_HARDENED: "allegation hardened: something lesser told as a charge, an act or a verdict",
    FramingKind.AGENT_ADDED: "who acted named, where the passive left them out",
    FramingKind.AGENT_REMOVED: "who acted left out by the passive",
    FramingKind.INTERVIEW_CLAIM_ADDED: "interview claimed: says the speaker told its own outlet",
    FramingKind.INTERVIEW_CLAIM_REMOVED: (
        "interview claim dropped: no longer says the speaker told the other outlet"
    ),
    FramingKind.NAME_CHANGED: "name changed",
    FramingKind.IDENTITY_ADDED: "person identified: named where the other kept them anonymous",
    FramingKind.IDENTITY_REMOVED: "person's name left out: described without a name",
}


# The order a story page's summary names a copy's framing changes in, by how much each changes
# what a reader is told, most first: a claim stated as fact or turned into its opposite, words
# put in a speaker's mouth or cut from them, a caveat dropped, a figure changed, before a loaded
# word and a verb of saying, and a number added or removed last. A number added or removed that
# only names a day, a month or a year ("today", "Tuesday", "this year", "2023") comes after all
# of them (:func:`_seriousness`): a copy published later drops "today" as a matter of course.
MOST_SERIOUS_FIRST = (
    FramingKind.IDENTITY_ADDED,
    FramingKind.ATTRIBUTION_REMOVED,
    FramingKind.NEGATION_ADDED,
    FramingKind.NEGATION_REMOVED,
    FramingKind.OUTCOME_REVERSED,
    FramingKind.DIRECTION_REVERSED,
    FramingKind.SIZE_REVERSED,
    FramingKind.ROLES_SWAPPED,
    FramingKind.INTERVIEW_CLAIM_ADDED,
    FramingKind.QUOTE_WORDS_CUT_INSIDE,
    FramingKind.QUOTE_WORDS_REMOVED,
    FramingKind.QUOTE_STITCHED,
    FramingKind.QUOTE_CHANGED,
    FramingKind.QUOTE_REPLACED,
    FramingKind.QUOTE_WORDS_ADDED,
    FramingKind.QUOTE_ADDED,
    FramingKind.QUOTE_WORDS_ELIDED,
    FramingKind.HEDGE_REMOVED,
    FramingKind.HEDGE_ADDED,
    FramingKind.ALLEGATION_HARDENED,
    FramingKind.ALLEGATION_SOFTENED,
    FramingKind.NUMBER_CHANGED,
    FramingKind.CURRENCY_CHANGED,
    FramingKind.NAME_CHANGED,
    FramingKind.SPEAKER_CHANGED,
    FramingKind.ATTRIBUTION_SOURCE_CHANGED,
    FramingKind.LOADED_TERM_ADDED,
    FramingKind.LOADED_TERM,
    FramingKind.LOADED_TERM_REMOVED,
    FramingKind.ATTRIBUTION_VERB,
    FramingKind.AGENT_REMOVED,
    FramingKind.AGENT_ADDED,
    FramingKind.ESTIMATE_CHANGED,
    FramingKind.INTERVIEW_CLAIM_REMOVED,
    FramingKind.QUOTE_REMOVED,
    FramingKind.QUOTE_REWORDED,
    FramingKind.ATTRIBUTION_ADDED,
    FramingKind.NUMBER_ROUNDED,
    FramingKind.NUMBER_CONVERTED,
    FramingKind.NUMBER_REMOVED,
    FramingKind.NUMBER_ADDED,
    FramingKind.IDENTITY_REMOVED,
)


def escape(text: str) -> str:
    """Article text made inert in Markdown: one line, every markup character escaped.

    >>> escape("*Breaking* | <b>A_B</b>\\n[link](x)")
    '\\\\*Breaking\\\\* \\\\| \\\\<b\\\\>A\\\\_B\\\\</b\\\\> \\\\[link\\\\](x)'
    """
    return _escape_line(" ".join(text.split()))


def unescape(text: str) -> str:
    """Text :func:`escape` made inert in Markdown, as it was: for a line that is no Markdown.

    >>> escape("drafts/D01_Mills *draft*"), unescape(escape("drafts/D01_Mills *draft*"))
    ('drafts/D01\\\\_Mills \\\\*draft\\\\*', 'drafts/D01_Mills *draft*')
    """
    return ESCAPES.sub(r"\1", text)


def _phrases_alone(phrases: Sequence[str]) -> str:
    """What a verdict that shared phrasing alone makes rests on: the first
    ``MAX_PHRASES_SHOWN`` of its ``phrases``, and how many more report.json lists.

    >>> _phrases_alone(["según el sindicato", "la sede del"])
    'The verdict rests on shared phrasing alone: “según el sindicato”, “la sede del”.'
    """
    shown = _quoted_phrases(phrases[:MAX_PHRASES_SHOWN])
    more = len(phrases) - MAX_PHRASES_SHOWN
    listed = f" and {more} more (report.json lists them all)" if more > 0 else ""
    return f"The verdict rests on shared phrasing alone: {shown}{listed}."


def _escape_line(line: str) -> str:
    """``line`` (one line, single spaces) with every markup character escaped."""
    # Most text has no markup character, and a search finds that faster than translating.
    return line.translate(ESCAPED) if MARKUP.search(line) else line


def _escape_line_start(line: str) -> str:
    """``line`` with the block marker it starts with, if any, escaped, so that article text at
    the start of a line stays text: not a list, a thematic break or a heading's underline.

    >>> _escape_line_start("+ 12% is what the union wants."), _escape_line_start("2024. A year")
    ('\\\\+ 12% is what the union wants.', '2024\\\\. A year')
    >>> _escape_line_start("-5C overnight"), _escape_line_start("3.5% more")
    ('\\\\-5C overnight', '3.5% more')
    """
    if not (marker := BLOCK_MARKER.match(line)):
        return line
    # A sign is escaped itself; after digits it is the "." or ")" that makes the list item.
    at = marker.end() if line[:1].isdigit() else 0
    return f"{line[:at]}\\{line[at:]}"


def story_file_name(story: Story) -> str:
    """``story-001-nato-at-war.md``: the story id and an ASCII slug of its title, nothing else;
    accented letters keep their base letter, and Cyrillic is written in Latin letters. A title
    in another script (Chinese, Arabic) gives no slug, rather than its few Latin letters or
    digits.

    >>> story_file_name(Story("story-001", "../NATO: 'at war'?", ("a",)))
    'story-001-nato-at-war.md'
    >>> story_file_name(Story("story-002", "Le maire de Montréal a déclaré", ("a",)))
    'story-002-le-maire-de-montreal-a-declare.md'
    >>> story_file_name(Story("story-003", "泰顺山体滑坡致12人失联", ("a",)))
    'story-003.md'
    """
    # Composed first: a title from JSON may spell "й" as "и" and a mark, which would lose the mark.
    title = unicodedata.normalize("NFC", story.title).casefold().translate(CYRILLIC_IN_LATIN)
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.decode()).strip("-")
    if 2 * sum(map(str.isalnum, slug)) < sum(map(str.isalnum, title)):
        slug = ""
    if len(slug) > SLUG_CHARS:  # cut at a word's end, not inside one, where there is one
        cut = slug[: SLUG_CHARS + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut[:SLUG_CHARS]
    return f"{story.id}-{slug}.md" if slug else f"{story.id}.md"


def splits_index(result: Result) -> bool:
    """Whether the run's index is a short page that links to its long listings, each on a page
    of its own (:data:`INDEX_PAGES`): a run of more than ``SPLIT_INDEX_DOCUMENTS`` documents."""
    return len(result.documents) > SPLIT_INDEX_DOCUMENTS


def render_index(
    result: Result,
    *,
    json_beside: bool = False,
    run_edges: Sequence[Edge] | None = None,
    focus: str | None = None,
) -> str:
    """The run's summary: documents, stories with their reuse, and the pairs in which one
    article reuses the other's text, a story's pairs across stories (``Result.across``) after
    its own and counted with them, at most ``MAX_INDEX_PAIRS`` a story (the others only
    counted: a run of thousands of articles compares tens of thousands of pairs, most of them
    independent, and a wire story carried by 150 outlets makes 11,175 pairs of copies that took
    it from the wire). With ``json_beside``, the run writes report.json beside it, which the
    index names for what it leaves out, else the option that writes one. ``run_edges``: the
    run's edges (``network.edges``), when its edges.csv was made of them already. ``focus``: the
    id of the article whose focus page the run writes, which the index links to first.

    Of a large run (:func:`splits_index`), the index keeps the counts, the notes, the outlet
    tables and the largest stories, and links to the pages of its long listings
    (:func:`render_index_page`) in their place."""
    split = splits_index(result)
    lines = [
        *_index_counts(
            result, f"in [{INDEX_PAGES[INDEX_PAIRS]}]({INDEX_PAIRS})" if split else "below"
        ),
        *_focus_link(result, focus),
        *_against_record_section(result),
        *_changed_of_the_record(result),
    ]
    # Asked once a story: its who-copied-whom lines and its pairs' rows both need it.
    consecutive_in = {} if split else _consecutive_in(result)
    if split:
        lines += _index_contents(result)
    else:
        lines += _who_copied_whom(result, consecutive_in)
    lines += _index_notes(result, json_beside)
    if split:
        lines += _largest_stories(result)
    else:
        lines += [
            *_documents_section(result),
            "## Stories",
            "",
            _stories_table(result, result.stories),
            *_told_alone(result.stories),
        ]
    lines += _outlets_section(
        result, edges(result) if run_edges is None else run_edges, json_beside
    )
    lines += _framing_by_outlet_section(result, json_beside)
    if not split:
        lines += ["", *_pairs_section(result, json_beside, consecutive_in)]
    lines += ["", _how_to_read(result), "", *_run(result), ""]
    return "\n".join(lines)


def render_index_page(result: Result, name: str, *, json_beside: bool = False) -> str:
    """The page ``name`` of a large run's index (one of :data:`INDEX_PAGES`): one of the long
    listings a small run's index holds itself, under a heading that names the run and a link
    back to the index (``json_beside`` as :func:`render_index` takes it)."""
    section = {
        INDEX_COPIES: lambda: _who_copied_whom(result, _consecutive_in(result)),
        INDEX_DOCUMENTS: lambda: _documents_section(result),
        INDEX_STORIES: lambda: [
            "## Stories",
            "",
            _stories_table(result, result.stories),
            *_told_alone(result.stories),
            "",
        ],
        INDEX_PAIRS: lambda: [*_pairs_section(result, json_beside, _consecutive_in(result)), ""],
    }[name]()
    return "\n".join(
        [
            REPORT_PAGE_MARK,
            f"# compare report: {INDEX_PAGES[name].lower()}",
            "",
            f"Part of [the run's index]({INDEX}): {_count(len(result.documents), 'document')} "
            f"in {_count(len(result.stories), 'story', 'stories')}.",
            "",
            *(section or [f"## {INDEX_PAGES[name]}", "", "No article reuses another's text.", ""]),
        ]
    )


def _index_counts(result: Result, flagged: str) -> list[str]:
    """The index's title and its counts of documents, sources, stories, pairs and verdicts, the
    pairs that reuse text without credit ``flagged`` where the pairs are listed."""
    # Pairs across stories count as report.json's pairs[] and edges.csv list them.
    pairs = result.all_pairs
    # An outlet's saves of one article are no reuse of one outlet by another: counted apart.
    verdicts = Counter(p.verdict for p in pairs if not p.same_article)
    versions = sum(p.same_article for p in pairs)
    # Formulaic copy (a wire's stock lines about other events) shares text with no report.
    templates = sum(p.template is not None for p in pairs if not p.same_article)
    # A wire's files labelled by their paths ("2025-03-10/afp/court") are one outlet's, not a
    # source each: counted by path, 15 outlets of 1,500 files were 1,060 sources.
    sources = {outlet(d) for d in result.documents}
    undisclosed = sum(p.undisclosed_reuse for p in pairs)
    shared_uncredited = sum(p.shared_uncredited for p in pairs)
    return [
        REPORT_PAGE_MARK,
        "# compare report",
        "",
        f"{_count(len(result.documents), 'document')} from {_count(len(sources), 'source')} "
        f"in {_count(len(result.stories), 'story', 'stories')}"
        + (" (asked for as one: `--single-story`)" if result.single_story else "")
        + f"; {_count(len(pairs), 'pair')} compared"
        + (f" ({len(result.across):,} across stories)." if result.across else "."),
        "",
        "Verdicts: "
        + ", ".join(f"{v.value} {verdicts[v]:,}" for v in Verdict)
        + (f" (besides {_count(versions, 'pair')} of versions of one article)" if versions else "")
        + (
            f"; {templates:,} of these pairs fill one template in for other events or days, no "
            "copy of each other (`framing.csv`'s `template` column marks their notes)"
            if templates
            else ""
        )
        + (
            f"; {_count(undisclosed, 'pair')} {'reuses' if undisclosed == 1 else 'reuse'} "
            "text without crediting its source "
            f"(flagged `undisclosed` {flagged})"
            if undisclosed
            else ""
        )
        + (
            f"; {_count(shared_uncredited, 'pair')} {'shares' if shared_uncredited == 1 else 'share'}"
            " text no other article holds, neither crediting the other, which came first not "
            f"known (flagged `shared uncredited` {flagged})"
            if shared_uncredited
            else ""
        )
        + ".",
        "",
    ]


def _index_notes(result: Result, json_beside: bool) -> list[str]:
    """The index's notes on the run's inputs: those skipped, those cut short at a paywall
    (:func:`~compare.boilerplate.paywall_notice`), dates not understood, sentences
    whose candidates were sampled, directions that went round and news agencies missing."""
    lines = []
    if result.skipped:
        lines += ["Skipped inputs:", ""]
        lines += [
            f"- {_escape_line_start(escape(s.path))}: {escape(s.reason)}" for s in result.skipped
        ]
        lines.append("")
    if cut := [(d, notice) for d in result.documents if (notice := paywall_notice(d.text))]:
        lines += [
            "Cut short at a paywall (each holds only the start of its article, and leaves out "
            "nothing past it; log in, then save the page again to compare all of it):",
            "",
        ]
        lines += [
            f"- {_escape_line_start(escape(d.path or d.id))} ({escape(d.id)}): “{escape(notice)}”"
            for d, notice in cut
        ]
        lines.append("")
    if result.unread_dates:
        lines += ["Dates not understood (these documents count as undated):", ""]
        shown = result.unread_dates[:MAX_LISTED_DATES]
        lines += [f"- {_escape_line_start(escape(u.path))}: {escape(u.value)}" for u in shown]
        if left := len(result.unread_dates) - len(shown):
            named = "`report.json`" if json_beside else "the JSON report, `--format json`,"
            lines.append(f"- and {left:,} more ({named} lists them all)")
        lines.append("")
    if result.sampled_sentences:
        lines += [
            sampled_note(result.sampled_sentences, result.settings.max_bucket_size),
            "",
        ]
    if result.cycles:
        note = cycles_note(result.cycles)
        lines += [f"{note[0].upper()}{note[1:]}.", ""]
    if absent := absent_wires(result):
        lines += [f"Missing source: {escape(absent_wires_note(absent))}.", ""]
    return lines


def _index_contents(result: Result) -> list[str]:
    """A large run's index's links to the pages of its long listings, each with what it holds."""
    holds = {
        INDEX_COPIES: "story by story, the pairs in which one article reuses another's text",
        INDEX_DOCUMENTS: f"{_count(len(result.documents), 'document')}, a row each, with its story",
        INDEX_STORIES: f"{_count(len(result.stories), 'story', 'stories')}, a row each, in "
        "the order of their pages",
        INDEX_PAIRS: "the pairs in which one article reuses another's text, at most "
        f"{MAX_INDEX_PAIRS} a story, with their verdicts and figures",
    }
    return [
        "## Contents",
        "",
        f"The run is too large for one page (more than {SPLIT_INDEX_DOCUMENTS} documents): "
        "its long listings are pages of their own.",
        "",
        *(f"- [{INDEX_PAGES[page]}]({page}): {held}" for page, held in holds.items()),
        "",
    ]


def _largest_stories(result: Result) -> list[str]:
    """A large run's index's table of its ``MAX_INDEX_STORIES`` largest stories, by documents
    (the earlier story first of two as large), and where the others are listed."""
    largest = sorted(result.stories, key=lambda s: -len(s.documents))[:MAX_INDEX_STORIES]
    return [
        "## Largest stories",
        "",
        _stories_table(result, largest),
        "",
        f"The {_count(len(largest), 'story', 'stories')} of the most documents; "
        f"[{INDEX_PAGES[INDEX_STORIES]}]({INDEX_STORIES}) lists all "
        f"{_count(len(result.stories), 'story', 'stories')}.",
    ]


def _consecutive_in(result: Result) -> dict[str, AbstractSet[frozenset[str]]]:
    """Each story's consecutive versions (:func:`_consecutive`), by its id: its who-copied-whom
    lines and its pairs' rows both need them."""
    return {s.id: _consecutive(result, s) for s in result.stories}


def _documents_section(result: Result) -> list[str]:
    """The index's table of the run's documents, each linked to its story."""
    story_of = {
        doc: f"[{story.id}]({story_file_name(story)})"
        for story in result.stories
        for doc in story.documents
    }
    return [
        "## Documents",
        "",
        _documents_table(result.documents, result.sentences, result.credits_of, story_of),
        "",
    ]


def _pairs_section(
    result: Result,
    json_beside: bool,
    consecutive_in: Mapping[str, AbstractSet[frozenset[str]]],
) -> list[str]:
    """The index's pairs in which one article reuses the other's text, at most
    ``MAX_INDEX_PAIRS`` a story, and what it leaves out (``consecutive_in`` as
    :func:`_consecutive_in` gives it)."""
    pairs = result.all_pairs
    lines = ["## Pairs", ""]
    # A story's pairs across stories (those of its copies) follow its own.
    reusing_in = {
        s.id: [
            p
            for p in (*result.pairs_in[s.id], *result.across_in[s.id])
            if _listed(p, consecutive_in[s.id])
        ]
        for s in result.stories
    }
    reusing = [p for story_pairs in reusing_in.values() for p in story_pairs]
    if reusing:
        listed_pairs = [
            p for s in result.stories for p in _most_telling(reusing_in[s.id], consecutive_in[s.id])
        ]
        lines.append(
            _pairs_table(listed_pairs, _full_names(result), result.story_of, result.settings)
        )
        lines += _more_reusing_pairs(result.stories, reusing_in, json_beside)
    unlisted = _not_reusing_each_other(pairs, reusing)
    if not pairs:
        lines.append("No two documents share a story, so no pair was compared.")
    elif unlisted:
        # A wide story's page leaves pairs to the JSON, and no story's page gives a pair across
        # stories but those in which one reuses the other.
        beyond_pages = any(len(s.documents) > WIDE_STORY for s in result.stories) or not all(
            map(_reuses_the_other, result.across)
        )
        lines += [
            *([""] if reusing else []),
            f"Not listed: {listed(unlisted)}; "
            + (
                f"each story's report gives its pairs, and {_json_report(json_beside)} every pair."
                if beyond_pages
                else "each story's report gives every pair."
            ),
        ]
    return lines


def _told_alone(stories: Sequence[Story]) -> list[str]:
    """A line under the stories table naming the stories one article alone tells: a reader who
    counts more stories than events should know the run cannot say whether such an article
    reports an event of its own or failed to join its event's story (acceptance round 38, b13).

    >>> _told_alone([Story("story-002", "Budget", ("a",)), Story("story-001", "Fire", ("b", "c"))])
    ['', 'Told by one article alone: story-002. Each is an event no other article here reports, \
or an article that shares too few names, figures and lede words with the other articles of its \
event to join their story (one in another language, or in words of its own): the run cannot tell \
which.']
    """
    alone = [story.id for story in stories if len(story.documents) == 1]
    if not alone:
        return []
    return [
        "",
        f"Told by one article alone: {listed(alone)}. Each is an event no other article here "
        "reports, or an article that shares too few names, figures and lede words with the "
        "other articles of its event to join their story (one in another language, or in words "
        "of its own): the run cannot tell which.",
    ]


def _stories_table(result: Result, stories: Sequence[Story]) -> str:
    """The index's stories, a row each, with what a reader picks one by: its span of dates, how
    many documents and outlets tell it, and its reuse (with its pairs across stories, those of
    its copies; not an outlet's follow-up that took no word of its report, ``follow_up``, as
    who copied whom lists none). Its documents are listed on its page and in the documents table, which links
    each to its story."""
    rows = []
    for story in stories:
        members = [result.by_id[d] for d in story.documents]
        dates = sorted((d.published for d in members if d.published), key=in_date_order)
        pairs = (*result.pairs_in[story.id], *result.across_in[story.id])
        rows.append(
            [
                f"[{story.id}]({story_file_name(story)})",
                story.key,
                escape(shorten(story.title, TITLE_CHARS)),
                dates[0] if dates else "",
                dates[-1] if dates else "",
                len(members),
                len({outlet(d) for d in members}),
                sum(
                    _reuses_the_other(p)
                    and not p.same_article
                    and not p.follow_up
                    and p.template is None
                    for p in pairs
                ),
                sum(p.undisclosed_reuse for p in pairs),
            ]
        )
    return _table(
        [
            "story",
            "key",
            "title",
            "first",
            "last",
            "documents",
            "outlets",
            "reusing pairs",
            "undisclosed",
        ],
        rows,
    )


def _focus_link(result: Result, focus: str | None) -> list[str]:
    """The index's line that links to the focus page, if the run writes one."""
    if focus is None:
        return []
    focused = focus_articles(result.documents, focus)
    page = focus_page_name(focused, focus)
    if len(focused) > 1:
        return [
            f"Focus: [{page}]({page}), the {len(focused)} articles of {escape(focus)} read from "
            "their side: what other outlets' articles took from each.",
            "",
        ]
    return [
        f"Focus: [{page}]({page}), the story of {_full_names(result)[focused[0].id]} read from "
        "its side: what each other article adds, gives otherwise or took from it, and its "
        "exclusives.",
        "",
    ]


def _who_copied_whom(
    result: Result, consecutive_in: Mapping[str, AbstractSet[frozenset[str]]]
) -> list[str]:
    """The index's answer first: per story, who copied whom (:func:`_copy_line`), at most
    ``MAX_LISTED_COPIES`` pairs and how many more its page gives; none of a run that compared
    no pair. ``consecutive_in``: each story's consecutive versions (:func:`_consecutive`)."""
    if not result.all_pairs:
        return []
    lines = ["## Who copied whom", ""]
    for story in result.stories:
        consecutive = consecutive_in[story.id]
        copying = _copying(result.pairs_in[story.id], consecutive)
        across = [p for p in result.across_in[story.id] if p.direction]
        if not copying and not across:
            continue
        names = _page_names([result.by_id[d] for d in story.documents], result.releases)
        page = story_file_name(story)
        lines += [f"[{story.id}]({page}): {escape(shorten(story.title, TITLE_CHARS))}", ""]
        lines += _versions_lines(result, story)
        if copying:
            shown, left, _ = _chosen_copies(result, story, copying, consecutive)
            lines += _copy_lines(
                shown,
                left,
                names,
                result.settings,
                f"on [its page]({page})",
                result.taken.get(story.id),
                result.by_id,
            )
        lines += [*_across_lines(result, story, across, names), ""]
    if len(lines) == 2:
        lines += ["No article reuses another's text.", ""]
    return lines


def _run(result: Result) -> list[str]:
    """The index's last section: the version of compare that wrote it, the settings that
    differ from the defaults, the terms added to its word lists (``compare run --terms``) and
    how many inputs were skipped, for a reader to trace the index to a configuration
    (report.json, beside it with ``--format json``, gives the rest)."""
    version = compare_version()
    written_by = f"compare {version}" if version else "compare, run from a source tree (no version)"
    changed = [f"{name} {_number(value)}" for name, value in result.settings.changed().items()]
    settings = (
        f"settings other than the defaults: {listed(changed)}"
        if changed
        else "the default settings"
    )
    skipped = (
        f"{_count(len(result.skipped), 'input')} skipped" if result.skipped else "no input skipped"
    )
    return [
        "## Run",
        "",
        f"Written by {written_by} with {settings}{_added(result.terms)}; {skipped}.",
    ]


def _added(terms: AddedTerms) -> str:
    """The terms a run added to the package's word lists, as the index's run line ends its
    settings with them: they name framing, and news agencies, the defaults do not; empty when
    none were added.

    >>> _added(AddedTerms(("globalists", "regime"), ("reportedly",), "loaded.toml"))
    ', plus 2 loaded terms and 1 hedge from loaded.toml'
    >>> _added(AddedTerms(file="ours.toml", wire_services=(("Kestrel", ("KNA",)),)))
    ', plus 1 news agency from ours.toml'
    >>> _added(AddedTerms(file="ur.toml", attribution_verbs=("دعویٰ",)))
    ', plus 1 attribution verb from ur.toml'
    >>> _added(AddedTerms(("режим",), file="ru.toml", loaded_terms_except=("режим работы",)))
    ', plus 1 loaded term, 0 hedges and 1 phrase where one is plain from ru.toml'
    """
    agencies = [_count(len(terms.wire_services), "news agency", "news agencies")]
    words = [_count(len(terms.loaded_terms), "loaded term"), _count(len(terms.hedges), "hedge")]
    verbs = _count(len(terms.attribution_verbs), "attribution verb")
    negations = _count(len(terms.negations), "negation")
    citing = _count(len(terms.attributing_phrases), "attributing phrase")
    not_agencies = _count(
        len(terms.not_agencies), "outlet no news agency", "outlets no news agencies"
    )
    plain = _count(
        len(terms.loaded_terms_except), "phrase where one is plain", "phrases where one is plain"
    )
    added = [
        *(words if terms.loaded_terms or terms.hedges else ()),
        *((plain,) if terms.loaded_terms_except else ()),
        *((verbs,) if terms.attribution_verbs else ()),
        *((negations,) if terms.negations else ()),
        *((citing,) if terms.attributing_phrases else ()),
        *(agencies if terms.wire_services else ()),
        *((not_agencies,) if terms.not_agencies else ()),
    ]
    if not added:
        return ""
    source = f" from {escape(terms.file)}" if terms.file else ""
    return f", plus {listed(added)}{source}"


def _number(value: float) -> str:
    """A setting's value as written: "80" of 80.0, "0.8", "1000000".

    >>> _number(80.0), _number(0.8), _number(1_000_000)
    ('80', '0.8', '1000000')
    """
    return str(value) if isinstance(value, int) else f"{value:g}"


def _outlets_section(result: Result, run_edges: Sequence[Edge], json_beside: bool) -> list[str]:
    """The outlets that reuse one another's text, across stories (``network.outlet_reuse``),
    every one of them (a study ranks them all), those that rely most on others' text first and
    press releases last, with the share each took from press releases when the run has any, and
    the share it took from them undisclosed; none when no outlet reuses another's.
    ``json_beside``: the run writes edges.csv beside the index, with report.json."""
    outlets = outlet_reuse(result, run_edges)
    if not outlets:
        return []
    releases = bool(result.releases)
    # Only a run with such pairs gets the column, as only one with releases gets theirs.
    shared = any(row.shared_uncredited for row in outlets)
    sources = {d.source for d in result.documents}
    return [
        "",
        "## Outlets",
        "",
        "Each row is an outlet that reuses another's text or whose text another reuses, across "
        "all stories (by each story's who copied whom): its articles; the share taken, the mean "
        "over its articles of the share of words each took, copied or edited, from other "
        "outlets' articles"
        + (
            ", and of that the share from press releases, and the share from press releases "
            "its articles do not disclose"
            if releases
            else ""
        )
        + "; how many of its articles reuse another outlet's text, and of those how many credit "
        "not every outlet they took from; how many other outlets' articles took from it"
        + (
            "; how many of its articles share text with another outlet's that no other article "
            "holds, neither crediting the other, which came first not known (flagged `shared "
            "uncredited`)"
            if shared
            else ""
        )
        + "; and the outlets it took from most, with how many of its articles did. Every such outlet, "
        "those with the highest share taken first"
        + (", press releases (which others take from) last" if releases else "")
        + f"; `edges.csv`{'' if json_beside else ' (`--format json` or `all`)'} lists what "
        "each article took from which.",
        "",
        _table(
            [
                "outlet",
                "articles",
                "share taken",
                *(["from press releases", "undisclosed from press releases"] if releases else []),
                "reusing others",
                "of them uncredited",
                "reused by",
                *(["shared uncredited"] if shared else []),
                "took from most",
            ],
            [
                [
                    escape(row.name)
                    # A release a newswire carried is named as its issuer's press release.
                    + (" (press release)" if row.press_release and row.name in sources else ""),
                    row.articles,
                    *_shares_taken(row, releases),
                    row.reusing,
                    row.uncredited,
                    row.reused_by,
                    *([row.shared_uncredited] if shared else []),
                    _took_from(row.sources),
                ]
                for row in outlets
            ],
        ),
    ]


def _against_record_section(result: Result) -> list[str]:
    """Of a run with a record (``--record``), a table of the articles that are none, one row
    each (:func:`~compare.report.against_record.against_record`): what each took from each
    record and whether it credits it, and the articles it shares text with that no record
    holds. A lecturer grades each student's story from its row; none without a record."""
    rows = against_record(result)
    if not rows:
        return []
    records = [d for d in result.documents if d.of_record]
    record_names = _short_names(records, result.releases)
    names = _outlets_and_ids(result)
    return [
        "## Each article against the record",
        "",
        "One row an article that is no record (`--record`). For each record: the pair's "
        "verdict, the share of the article's words copied or edited from the record, its "
        "longest copied run, and whether it credits the record (`uncredited` is flagged "
        "`undisclosed`; `no credit` is not, as shared phrasing or quotations alone are no "
        "reuse); `-` where it took nothing. Last, the articles it shares text with that no "
        "record holds, and its words in those sentences: what the records cannot explain.",
        "",
        _table(
            # An agency's feed as the record is one outlet's many stories: each column is named
            # by what tells its record from the others of its outlet, not by the outlet alone.
            ["article", *record_names.values(), "shares text no record holds"],
            [
                [
                    escape(names[row.doc]),
                    *(_record_cell(row, d.id) for d in records),
                    _beyond_record(row, names) or "-",
                ]
                for row in rows
            ],
        ),
        "",
    ]


def _record_cell(row: AgainstRecord, record: str) -> str:
    """What ``row``'s article took from ``record``, as its cell says it; "-" for nothing."""
    taken = _taken_of(row, record)
    return _taken_from_record(taken) if taken else "-"


def _taken_from_record(taken: TakenFromRecord) -> str:
    """What an article took from a record and whether it credits it: "derived, 76%, longest
    run 25 words, uncredited"; "partial, no sentence copied, no credit" of a pair that shares
    phrasing alone; an interview's quotation taken without saying so is named."""
    said = [
        taken.verdict.value,
        *(
            [_percent(taken.share), f"longest run {_count(taken.longest_run_words, 'word')}"]
            if taken.share or taken.longest_run_words
            else ["no sentence copied"]
        ),
    ]
    if taken.interview_quoted:
        said.append(f"quotes its interview (“{escape(taken.interview_quoted)}”) without saying so")
    said.append(
        AGENCY_NOT_NAMED
        if taken.agencies_alone
        else "credits it"
        if taken.credited
        else "uncredited"
        if taken.undisclosed
        else "no credit"
    )
    return ", ".join(said)


def _beyond_record(row: AgainstRecord, names: Mapping[str, str]) -> str:
    """The articles ``row``'s shares text with that no record holds, with its words in those
    sentences: "Dowd (sean) 58 words"; empty for none."""
    return "; ".join(
        f"{escape(names[shared.other])}: {_count(shared.words, 'word')}"
        for shared in row.shared_beyond_record
    )


def _outlets_and_ids(result: Result) -> dict[str, str]:
    """Each document's outlet and id, "Moor Herald (herald)", by id: the index's name of an
    article, where a story page's full name would add the headline its story link tells."""
    return {d.id: f"{d.source or d.id} ({d.id})" for d in result.documents}


def _changed_of_the_record(result: Result) -> list[str]:
    """Of a run with a record (``--record``), a line for each article read against it, in story
    order: the framing changes it made of the record (:func:`~compare.changes.framing_changes`,
    its headline's too), at most ``MAX_RECORD_CHANGES``, in its pair's order, and how many of
    the record's quotations it left out, wholly or in part, counted, not quoted; then, for each
    record, the articles that only left quotations out and those that changed nothing, each
    named once. A legal or standards desk reads every article's changes here, where the story
    pages give them one story at a time; a student who quotes a source's speakers selectively
    changes none of their words, and a lecturer's class would fill the index with such lines
    (a line a student and source). None without a record."""
    against = [p for p in result.all_pairs if p.direction_basis is DirectionBasis.RECORD]
    if not against:
        return []
    names = _outlets_and_ids(result)
    pages = {story.id: story_file_name(story) for story in result.stories}
    position = {d: n for n, d in enumerate(d for s in result.stories for d in s.documents)}
    lines: list[str] = []
    # Per record, in the order first read, the articles (each once) that only left quotations
    # out, and those that changed nothing.
    quoted_less: dict[str, dict[str, None]] = {}
    unchanged: dict[str, dict[str, None]] = {}
    for pair in sorted(against, key=lambda p: (position.get(p.copy or "", 0), p.a, p.b)):
        origin, copy = _origin_and_copy(pair)
        changes = framing_changes(result, pair)
        kept = [change for change in changes if not _quotation_left_out(change)]
        left_out = len(changes) - len(kept)
        quoted_less.setdefault(origin, {})
        unchanged.setdefault(origin, {})
        if not kept:
            (quoted_less if left_out else unchanged)[origin][names[copy]] = None
            continue
        # A day or date dropped or added ("Thursday") changes no figure: the moments rule
        # (numerals.moments_alone) puts it after the changes of substance and says what it is.
        kept.sort(key=_names_moments_alone)
        said = "; ".join(
            f"{'headline: ' if change.headline else ''}`{change.kind}`"
            f"{' (a date, no quantity)' if _names_moments_alone(change) else ''} "
            f"{escape(change.words)}"
            for change in kept[:MAX_RECORD_CHANGES]
        )
        if (more := len(kept) - MAX_RECORD_CHANGES) > 0:
            said += f"; {more:,} more"
        if left_out:
            said += f"; {_count(left_out, 'quotation')} of it left out"
        story = f"[{pair.story}]({pages[pair.story]})"
        lines.append(f"- {escape(names[copy])}, against {escape(names[origin])} ({story}): {said}")
    for origin in unchanged:
        record = "the record" if len(unchanged) == 1 else names[origin]
        if articles := quoted_less[origin]:
            lines.append(
                f"- Only quotations of {escape(record)} left out: {escape(', '.join(articles))}."
            )
        if articles := unchanged[origin]:
            lines.append(f"- No framing change of {escape(record)}: {escape(', '.join(articles))}.")
    return [
        "## What each article changed of the record",
        "",
        "Each article read against the record (`--record`), a line each: the framing changes it "
        "made of the record's sentences and headline, as `framing.csv` and `report.json`'s "
        "`kind_as_changed` name them, before → after, and how many of the record's quotations "
        "it left out (`quote_removed`, `quote_words_removed`: quoting a source in part is no "
        "change of its words); the story pages show each in its sentence.",
        "",
        *lines,
        "",
    ]


def _names_moments_alone(change: FramingChange) -> bool:
    """Whether ``change`` adds or removes numbers that only name days, months or years
    (:func:`~compare.numerals.moments_alone`): "Thursday" is a date, not a figure changed."""
    return change.kind in (FramingKind.NUMBER_ADDED, FramingKind.NUMBER_REMOVED) and moments_alone(
        change.before or change.after
    )


def _quotation_left_out(change: FramingChange) -> bool:
    """Whether ``change`` only leaves out words the record quotes, putting none in their place:
    `quote_words_removed` or `quote_removed` with nothing after."""
    return not change.after and change.kind in {
        FramingKind.QUOTE_REMOVED,
        FramingKind.QUOTE_WORDS_REMOVED,
    }


def _framing_by_outlet_section(result: Result, json_beside: bool) -> list[str]:
    """Per outlet with versions of a story's facts set against another article's, the framing
    changes it made to them itself (:func:`outlet_framing`), those that made the most first,
    each with its commonest kinds; none when no version differs in framing from the one it is
    set against. ``json_beside``: the run writes framing.csv and report.json beside the index.
    """
    rows = [
        row
        for row in outlet_framing(result)
        if row.compared_versions or row.headline_made_by_kind or row.headline_claims
    ]
    if not any(row.by_kind or row.headline_made_by_kind or row.headline_claims for row in rows):
        return []
    rows.sort(
        key=lambda row: (
            -_changes(row.made_by_kind) - _changes(row.headline_made_by_kind),
            row.name.casefold(),
            row.outlet,
        )
    )
    return [
        "",
        "## Framing by outlet",
        "",
        "Each row is an outlet whose sentences are set against the version of the article it "
        "took them from (of two reports of one event that took nothing from each other, the "
        "later against the earlier): how many; how many framing changes it made to them, each "
        "kind counted once a sentence, as `framing.csv`'s directed rows by `copy_outlet` count "
        "them; and the kinds it made "
        f"most, at most {MAX_OUTLET_KINDS}, with their counts (as `framing.csv`'s `kind` names "
        "them), and how many of other kinds; the kinds its headlines changed of the headlines "
        "they were copied from, each counted once an article; and how many of its headlines "
        "claim more than their own text. A verbatim copy of "
        "another's rewrite carries the rewrite's changes but made none. Those that made the most "
        "first; "
        + (
            "`framing.csv` lists each note and `report.json`'s `sources[]` counts every kind."
            if json_beside
            else "`framing.csv` (`--format json` or `all`) lists each note."
        ),
        "",
        _table(
            [
                "outlet",
                "articles",
                "sentences compared",
                "changes made",
                "most made",
                "headline changes",
                "headlines beyond their text",
            ],
            [
                [
                    escape(row.name),
                    row.articles,
                    row.compared_versions,
                    _changes(row.made_by_kind),
                    _most_made(row.made_by_kind),
                    _most_made(row.headline_made_by_kind),
                    row.headline_claims,
                ]
                for row in rows
            ],
        ),
    ]


def _changes(by_kind: Sequence[tuple[FramingKind, int]]) -> int:
    return sum(count for _, count in by_kind)


def _most_made(by_kind: Sequence[tuple[FramingKind, int]]) -> str:
    """An outlet's commonest kinds of change, each with its count, the most first, then the more
    serious (``MOST_SERIOUS_FIRST``), at most ``MAX_OUTLET_KINDS``, and how many of the others.

    >>> _most_made([(FramingKind.NUMBER_ADDED, 2), (FramingKind.HEDGE_REMOVED, 2),
    ...     (FramingKind.LOADED_TERM_ADDED, 3), (FramingKind.ATTRIBUTION_VERB, 1),
    ...     (FramingKind.ATTRIBUTION_REMOVED, 1)])
    '`loaded_term_added` 3, `hedge_removed` 2, `number_added` 2; 2 more of 2 other kinds'
    """
    ranked = sorted(by_kind, key=lambda item: (-item[1], MOST_SERIOUS_FIRST.index(item[0])))
    shown = ", ".join(f"`{kind}` {count:,}" for kind, count in ranked[:MAX_OUTLET_KINDS])
    others = ranked[MAX_OUTLET_KINDS:]
    if not others:
        return shown or "-"
    return f"{shown}; {_changes(others):,} more of {_count(len(others), 'other kind')}"


def _shares_taken(row: OutletReuse, releases: bool) -> list[str]:
    """An outlet row's share taken from others, and from press releases, all of it and
    undisclosed, when the run has any (``releases``); "-" for an outlet of press releases, which
    relies on no one's text."""
    from_releases = [row.from_releases, row.undisclosed_from_releases]
    shares = [row.share_taken, *(from_releases if releases else [])]
    return ["-" if row.press_release else _percent(share) for share in shares]


def _reuse_count(origin: str, copied_from: Mapping[str, set[str]]) -> str:
    """How many articles took ``origin``'s text: those that took it directly and, when others
    took it through them (a copy of a copy is judged against the copy it took), all of them."""
    direct = copied_from.get(origin, set())
    reached, frontier = set(direct), list(direct)
    while frontier:
        for copy in copied_from.get(frontier.pop(), ()):
            if copy != origin and copy not in reached:
                reached.add(copy)
                frontier.append(copy)
    through = len(reached) - len(direct)
    return _count(len(direct), "article") + (
        f" ({len(reached):,} with the copies of its copies)" if through else ""
    )


def _wire_origin_lines(
    story: Story,
    pairs: Sequence[PairComparison],
    names: Mapping[str, str],
    by_id: Mapping[str, Document],
) -> list[str]:
    """The wire services, or syndicated writers, whose copy articles of the story each ran
    crediting it, as their pairs' ``common_wire`` names them: the origin, absent from the
    articles given, and the articles that ran it, none taken from another.

    >>> from compare.records import PairComparison, Story, Verdict
    >>> pair = PairComparison("a", "b", "s", Verdict.COPY, None, 1.0, 1.0, 0.9, 0.9, 0.9, 0.9,
    ...     40, None, (), (), (), 0.0, common_wire="UP")
    >>> story, names = Story("s", "Mine", ("a", "b")), {"a": "Gazette", "b": "Ledger"}
    >>> by_id = {d: Document(d, names[d], "Text.", credits=("UP",)) for d in names}
    >>> _wire_origin_lines(story, [pair], names, by_id)[0]
    "**Likely origin:** UP's copy, not among these articles: Gazette and Ledger each ran it crediting UP; none took it from another."
    >>> _wire_origin_lines(story, [replace(pair, common_wire="DR. PAUL HENDRY")], names, by_id)[0]
    '**Likely origin:** the syndicated column of DR. PAUL HENDRY, not among these articles: Gazette and Ledger each ran it under that byline; none took it from another.'
    """
    ran: defaultdict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        if pair.common_wire:
            ran[pair.common_wire].update((pair.a, pair.b))
    lines = []
    for wire in sorted(ran):
        papers = [d for d in story.documents if d in ran[wire]]
        origin, how = _wire_copy(wire, by_id[papers[0]])
        lines += [
            f"**Likely origin:** {origin}, not among these articles: "
            f"{listed(_at_most([names[d] for d in papers], MAX_LISTED_COPIES))} each ran it {how}; "
            "none took it from another.",
            "",
        ]
    return lines


def _wire_copy(wire: str, document: Document) -> tuple[str, str]:
    """What papers that each ran a wire's copy (``PairComparison.common_wire``) ran, and how
    they credit it: a wire service's copy, crediting it, as one of them, ``document``, does;
    else a writer's column, under the byline both carry."""
    if wire in document.credits:
        return f"{escape(wire)}'s copy", f"crediting {escape(wire)}"
    return f"the syndicated column of {escape(wire)}", "under that byline"


def _took_from(sources: Sequence[tuple[str, int]]) -> str:
    named = [f"{escape(name)} ({count:,})" for name, count in sources[:MAX_OTHER_SOURCES]]
    if left := len(sources) - len(named):
        named.append(f"{left:,} more")
    return ", ".join(named) or "-"


def _summary(
    result: Result,
    story: Story,
    names: Mapping[str, str],
    json_beside: bool,
    written: Sequence[PairComparison],
    novelty: Novelty,
) -> list[str]:
    """What a reporter reads a story's page for, before the detail: the likely origin, who
    copied whom, the articles reported independently, and what each copy changed in the text
    it took and the caveats it left out (read by ``novelty``, the story's), beside the pairs
    the page writes out (``written``) and in those it does not; none for a story of one
    article."""
    pairs = result.pairs_in[story.id]
    if not pairs:
        return []
    consecutive = _consecutive(result, story)
    copying = _copying(pairs, consecutive)
    shown, left, first_made = _chosen_copies(result, story, copying, consecutive)
    versions = _versions_lines(result, story)
    lines = ["## Summary", ""]
    # A later version of an article is no other article's reuse of it, and an article's copies
    # are of its first version, whichever version each took.
    first_version = _first_versions([result.by_id[d] for d in story.documents])
    directed = [p for p in copying if p.direction and not p.same_article]
    reusing = [[first_version.get(d, d) for d in _origin_and_copy(p)] for p in directed]
    copies = {copy for _, copy in reusing}
    copied_from: defaultdict[str, set[str]] = defaultdict(set)
    told_by: defaultdict[str, set[DirectionBasis | None]] = defaultdict(set)
    for (origin, copy), pair in zip(reusing, directed, strict=True):
        copied_from[origin].add(copy)
        told_by[origin].add(pair.direction_basis)
    # A kill advisory printed by a subscriber is listed with the stale copies, not as news
    # another outlet reused.
    advisories = killed_by([result.by_id[d] for d in story.documents])

    def origin_named(d: str) -> str:
        """``d``'s name and date, and how many articles reused it, as the summary says it."""
        dated = _published(result.by_id[d])
        named = f"{names[d]}{f' ({dated})' if dated else ''}"
        if not copied_from.get(d):
            return named
        if told_by[d] == {DirectionBasis.CONTAINMENT}:
            return f"{named}, probably reused by {_reuse_count(d, copied_from)}; {GUESSED}"
        return f"{named}, reused by {_reuse_count(d, copied_from)}"

    # The record is the user's sources, named apart: a lecturer's release and wire are no
    # "likely origin" beside a student's draft that another draft was guessed to take from.
    if origins := [
        d
        for d in story.documents
        if copied_from.get(d)
        and d not in copies
        and d not in advisories
        and not result.by_id[d].of_record
    ]:
        lines += [
            f"**Likely origin{'s' if len(origins) > 1 else ''}:** "
            f"{listed(_at_most(list(map(origin_named, origins)), MAX_LISTED_COPIES))}.",
            "",
        ]
    if record := [d for d in story.documents if result.by_id[d].of_record]:
        lines += [
            f"**The record:** {listed(list(map(origin_named, record)))} (`--record`): every "
            "other article is read against it, its framing differences what it changed of the "
            "record.",
            "",
        ]
    lines += _wire_origin_lines(story, pairs, names, result.by_id)
    json_too = f" and {_json_report(json_beside)}" if len(story.documents) > WIDE_STORY else ""
    if shown or versions:
        where = f"in the pair sections below{json_too}"
        lines += [
            "**Who copied whom:**",
            "",
            *versions,
            *_copy_lines(
                shown, left, names, result.settings, where, result.taken.get(story.id), result.by_id
            ),
            "",
        ]
    else:
        lines += ["No article here reuses another's text.", ""]
    listed_ids = {d for p in pairs if _listed(p, consecutive) or p.common_wire for d in (p.a, p.b)}
    quoted_only_by_two = _quoted_only_by_two(result, pairs, names)
    unlisted = [d for d in story.documents if d not in listed_ids]
    # An article in a language no other of the story is in was compared with none word for
    # word: whether it was reported independently is not known (a wire's own translation is not).
    apart = _in_no_other_ones_language([result.by_id[d] for d in story.documents], unlisted)
    cited = _cited_in_own_words(pairs, names)
    if alone := [
        names[d] + (f" (credits {listed(cited[d])})" if d in cited else "")
        for d in unlisted
        if d not in apart and not result.by_id[d].of_record
    ]:
        # Beside quotations only two articles carry, what the verdicts leave out is said.
        outside = " outside quotations" if quoted_only_by_two else ""
        lines += [
            f"**Reported independently** (no meaningful copied text{outside} shared with another "
            f"article here): {listed(_at_most(alone, MAX_LISTED_COPIES))}.",
            "",
        ]
    if apart:
        lines += [
            "**In a language no other article here is in** (not compared word for word: nothing "
            f"is translated): {listed(_at_most([names[d] for d in apart], MAX_LISTED_COPIES))}.",
            "",
        ]
    lines += _two_scripts_line([result.by_id[d] for d in story.documents], names)
    lines += quoted_only_by_two
    lines += _synonyms_swapped_summary(result, pairs, names)
    # Every copy, not only those who copied whom names: the one it leaves out may have turned
    # "said" into "claimed".
    directed = sorted(
        (p for p in copying if p.direction),
        key=_listing_order([p for p in copying if not p.same_article], story.documents),
    )
    later = _later_texts(pairs)
    against_record = [p for p in pairs if p.direction_basis is DirectionBasis.RECORD]
    edits_of_versions = {(p.a, p.b): _version_edits(p, result) for p in directed if p.same_article}
    ranks = version_ranks(result.by_id[d] for d in story.documents)
    for listed_pairs, of_versions in (
        (against_record, False),
        # By its basis, not by membership of the list: a pair's == compares every field.
        (
            [
                p
                for p in directed
                if p.direction_basis is not DirectionBasis.RECORD and not p.same_source
            ],
            False,
        ),
        # An outlet's versions in the order it made them, outlet by outlet.
        (
            sorted(
                (p for p in directed if p.one_report),
                key=lambda p: (result.by_id[p.a].source, ranks[_origin_and_copy(p)[1]]),
            ),
            True,
        ),
    ):
        lines += _changes_of_copies(
            listed_pairs,
            names,
            result.taken.get(story.id, ()),
            first_made,
            result.sentences,
            novelty,
            later,
            result.releases.keys(),
            f"the pair sections below{json_too}",
            result.by_id,
            result.scanned,
            of_versions=of_versions,
            of_record=listed_pairs is against_record,
            beside_record=bool(against_record) and listed_pairs is not against_record,
            version_edits=edits_of_versions if of_versions else None,
        )
    lines += _own_wordings(
        [p for p in copying if reports_one_event_alone(p)],
        names,
        result.sentences,
        in_publication_order([result.by_id[d] for d in story.documents], pairs, result.sentences),
    )
    lines += _changes_not_written_out(result, story, copying, names, written)
    if len(story.documents) >= COVERAGE_FROM_DOCUMENTS:
        lines += [
            "Below: the articles, the sentences two or more of them carry (coverage), the share "
            "of each one's words taken from the others (who copied whom), and each pair in "
            "detail, those that reuse each other's text first.",
            "",
        ]
    return lines


def _quoted_only_by_two(
    result: Result, pairs: Sequence[PairComparison], names: Mapping[str, str]
) -> list[str]:
    """A line for each pair that shares quotations no other article of the run carries, the
    later first where the two's direction or dates tell it, and whether it credits the
    earlier: quotations only two articles carry may come from one's own interviews, which the
    verdict never counts as reuse. Only of a pair the verdict calls independent or partial: a
    copy or a rewrite carries the other's quotations with the rest of its text, and versions of
    one article their own. Not of a record's pair (``--record``) but where the record says its
    speaker told it (``interview_quoted``): a record is the user's source, a class's interview
    notes or a press conference's transcript, whose quotations every article may carry."""
    found = [
        (pair, only)
        for pair in pairs
        if pair.verdict in (Verdict.INDEPENDENT, Verdict.PARTIAL)
        and not pair.same_article
        and (pair.interview_quoted or not _of_record(pair, result.by_id))
        and (only := [q for q in pair.shared_quotations if not pair.elsewhere(q)])
    ]
    if not found:
        return []
    told = [_only_two_quote(result, pair, only, names) for pair, only in found]
    return [
        "**Quotations only two articles carry** (one may have taken them from the other's "
        f"interviews; see each pair's “{SHARED_QUOTATIONS_HEADING}”):",
        "",
        *(f"- {line}" for line in _at_most(told, MAX_LISTED_COPIES)),
        "",
    ]


def _of_record(pair: PairComparison, by_id: Mapping[str, Document]) -> bool:
    """Whether one of ``pair``'s two is a record (``--record``)."""
    return by_id[pair.a].of_record or by_id[pair.b].of_record


def _only_two_quote(
    result: Result,
    pair: PairComparison,
    only: Sequence[SharedQuotation],
    names: Mapping[str, str],
) -> str:
    """One pair's quotations that no other article carries, as :func:`_quoted_only_by_two`
    lists them: "B shares 5 quotations (74 words) only A carries, uncredited."."""
    shared = f"{_count(len(only), 'quotation')} ({_count(sum(q.words for q in only), 'word')})"
    order = _earlier_and_later(result, pair)
    if order is None:
        return f"{names[pair.a]} and {names[pair.b]} share {shared} no other article carries."
    earlier, later = order
    credit = "credited" if later in pair.quoting_crediting else "uncredited"
    return f"{names[later]} shares {shared} only {names[earlier]} carries, {credit}."


def _earlier_and_later(result: Result, pair: PairComparison) -> tuple[str, str] | None:
    """The pair's origin and copy, by its direction; else the earlier and the later by their
    dates; ``None`` when neither tells."""
    if pair.direction:
        return _origin_and_copy(pair)
    a, b = (result.by_id[pair.a].published, result.by_id[pair.b].published)
    if a is None or b is None:
        return None
    a, b = at_one_precision(a, b)
    if a == b:
        return None
    return (pair.a, pair.b) if a < b else (pair.b, pair.a)


def _first_versions(documents: Sequence[Document]) -> dict[str, str]:
    """Per later version of an article among ``documents``, its first version's id
    (:func:`~compare.records.version_ranks`)."""
    ranks = version_ranks(documents)
    return {
        version.id: min(found, key=lambda d: in_version_order(d, ranks)).id
        for found in articles(documents)
        for version in found
        if ranks[version.id] > 0
    }


# What a later version of an article is, by the first note it adds that its version before
# lacks, as its article's line names it.
ADDED_NOTE_NAMES = {
    NoteKind.CORRECTION: "a correction",
    NoteKind.CLARIFICATION: "a clarification",
    NoteKind.UPDATE: "an update",
    NoteKind.EDITORS_NOTE: "an editor's note",
    NoteKind.KILL: "a kill",
}


def _versions_lines(result: Result, story: Story) -> list[str]:
    """Who copied whom's line for each article of the story saved more than once: its outlet,
    how many versions, each one's time in the order they were modified, and what each later one
    is by the note it adds (an update, a correction), or that it changed the text before it
    without one (``stealth_edits.stealth_edit``), and whether its headline changed:
    "Harbour Gazette's article: 3 versions, 2025-04-02 07:00 UTC → 08:30 (an update; headline
    changed) → 16:00 (changed without a note)"; a version that gives no time says so. Versions
    whose times do not tell each one's place (modified at one time, or none giving a time) are
    listed, not drawn as a chain: an order the times do not give would be made up; listed by
    the numbers their records or file names give them (``records.in_version_order``: a
    student's ``story_v2`` after ``story``, ``story_v10`` after ``story_v2``), else by id."""
    members = [result.by_id[d] for d in story.documents]
    ranks = version_ranks(members)
    pair_of = {frozenset((p.a, p.b)): p for p in result.pairs_in[story.id]}
    lines = []
    for found in articles(members):
        ordered = sorted(found, key=lambda d: in_version_order(d, ranks))
        # An outlet with other articles in the story (a live page's entries) names which one.
        others = [d for d in members if outlet(d) == outlet(ordered[0]) and d not in found]
        whose = f"{escape(ordered[0].source)}'s article" + (
            f" ({escape(ordered[0].id)})" if others else ""
        )
        if len({ranks[d.id] for d in found}) < len(found):
            lines.append(
                f"- {whose}: {len(ordered)} versions whose order "
                "cannot be told (no modification or capture time sets each apart): "
                f"{', '.join(escape(d.id) for d in ordered)}."
            )
            continue
        times = [modified_by_clock(d) for d in ordered]
        steps = [_version_moment(times[0], None)]
        for n, (earlier, later) in enumerate(pairwise(ordered), 1):
            pair = pair_of.get(frozenset((earlier.id, later.id)))
            told = [
                _version_told(
                    earlier.id,
                    later.id,
                    stealth_edit(pair, result.by_id, result.notes) if pair else None,
                    result,
                ),
                "headline changed" if pair and pair.headline_changed else None,
            ]
            said = "; ".join(filter(None, told))
            steps.append(_version_moment(times[n], times[n - 1]) + (f" ({said})" if said else ""))
        lines.append(f"- {whose}: {len(ordered)} versions, {' → '.join(steps)}.")
    return lines


def _version_told(
    earlier: str, later: str, stealth: StealthEdit | None, result: Result
) -> str | None:
    """What a later version of an article is, by the first note it adds that the earlier
    lacks ("a correction"), else by what it changed without one (``stealth``, their pair's
    :func:`~compare.stealth_edits.stealth_edit`, :func:`_stealth_label`); ``None`` when
    neither."""
    if added := notes_added(earlier, later, result.notes):
        return ADDED_NOTE_NAMES[added[0].kind]
    return _stealth_label(stealth) if stealth else None


@dataclass(frozen=True, slots=True)
class VersionEdits:
    """What a later version of an article changed of the one before it beyond its framing
    notes, as a story's summary lists it.

    Attributes:
        told: what the later version is by its note, or what it changed without one
            (:func:`_version_told`).
        headline: the earlier's headline and the later's, where they differ.
        removed: the earlier's sentences, by number, that the later has nowhere.
        added: the later's sentences, by number, that the earlier has nowhere.
        reworded: the earlier's sentences, by number, that the later edited without a note,
            where no framing difference names what changed: a stealth edit is always listed.
        notes: the texts of the notes on the article the later adds (a clarification
            appended), which are no sentences of its.
    """

    told: str | None
    headline: tuple[str, str] | None
    removed: tuple[int, ...]
    added: tuple[int, ...]
    reworded: tuple[int, ...]
    notes: tuple[str, ...] = ()

    def parts(
        self,
        earlier: Sequence[Sentence],
        later: Sequence[Sentence],
        caveats_left_out: AbstractSet[int],
    ) -> list[str]:
        """The summary's parts for these edits, of versions whose sentences are ``earlier``
        and ``later``: the headline, the sentences removed, those added, quoted whole up to
        :data:`VERSION_SENTENCE_WORDS` words, and those reworded; a removed sentence whose
        caveat the summary names (``caveats_left_out``) is left to that part."""
        removed = [i for i in self.removed if i not in caveats_left_out]
        quoted = [
            *(
                [f"headline changed (“{escape(self.headline[0])}” → “{escape(self.headline[1])}”)"]
                if self.headline
                else []
            ),
            *(
                f"removed the earlier's sentence {i + 1} “{_opening(earlier[i].text, VERSION_SENTENCE_WORDS)}”"
                for i in removed
            ),
            *(
                f"added sentence {i + 1} “{_opening(later[i].text, VERSION_SENTENCE_WORDS)}”"
                for i in self.added
            ),
        ]
        return [
            *(f"its note “{_opening(note, VERSION_SENTENCE_WORDS)}”" for note in self.notes),
            *quoted[:MAX_SUMMARY_CHANGES],
            *(
                [f"… {len(quoted) - MAX_SUMMARY_CHANGES:,} more sentences removed or added"]
                if len(quoted) > MAX_SUMMARY_CHANGES
                else []
            ),
            *(
                [f"reworded the earlier's {_sentence_numbers(self.reworded)}"]
                if self.reworded
                else []
            ),
        ]


def _version_edits(pair: PairComparison, result: Result) -> VersionEdits:
    """What the later of a pair of versions of one article changed of the earlier beyond its
    framing notes (:class:`VersionEdits`)."""
    earlier, later = _origin_and_copy(pair)
    a_first = earlier == pair.a
    titles = (result.by_id[earlier].title, result.by_id[later].title)
    stealth = stealth_edit(pair, result.by_id, result.notes)
    named = {i for m in pair.matches if m.framing for i in (m.a if a_first else m.b).sentences}
    return VersionEdits(
        _version_told(earlier, later, stealth, result),
        (titles[0], titles[1]) if pair.headline_changed and titles[0] and titles[1] else None,
        tuple(pair.only_a if a_first else pair.only_b),
        tuple(pair.only_b if a_first else pair.only_a),
        tuple(i for i in stealth.edited if i not in named) if stealth else (),
        tuple(note.text for note in notes_added(earlier, later, result.notes)),
    )


def _stealth_label(stealth: StealthEdit) -> str:
    """A version's label on its article's line for what it changed without a note: a version
    that only adds sentences is told apart from a rewrite, as a running story grows so too.

    >>> _stealth_label(StealthEdit("v1", "v2", (), (), (5,))), _stealth_label(StealthEdit("v1", "v2", (2,), (), (5,)))
    ('a sentence added without a note', 'changed without a note')
    """
    if not stealth.only_adds:
        return "changed without a note"
    count = len(stealth.added)
    return f"{'a sentence' if count == 1 else f'{count} sentences'} added without a note"


def _version_moment(
    time: tuple[str | None, str] | None, before: tuple[str | None, str] | None
) -> str:
    """A version's time as its article's line gives it (``records.modified_by_clock``): with
    its day and clock when the version before it gives another or none, else its hour alone."""
    if time is None:
        return "no time"
    clock, moment = time
    if before is not None and before[0] == clock and before[1][:10] == moment[:10]:
        return moment[11:16]
    return _moment(moment, "UTC" if clock is None else "feed time")


def _copying(
    pairs: Sequence[PairComparison], consecutive: AbstractSet[frozenset[str]]
) -> list[PairComparison]:
    """The pairs that tell who copied whom: those a page lists (:func:`_listed`) but for those
    whose copy took what the two share from a third article (``taken_through``), which the
    pair of the copy and that third tells, or through others (``taken_through_unknown``), those
    that fill one template in for another event or day (``template``): neither took what the two
    share from the other; an outlet's follow-ups that took no word of each other
    (``follow_up``), whatever phrasing they share; and versions of one article but for each and
    the one after it (``consecutive``): a version's first save and its fourth tell nothing the
    saves between them do not."""
    return [
        p
        for p in pairs
        if _listed(p, consecutive)
        and not p.taken_through
        and not p.taken_through_unknown
        and p.template is None
        and not p.follow_up
        and (not p.same_article or frozenset((p.a, p.b)) in consecutive)
    ]


def _chosen_copies(
    result: Result,
    story: Story,
    copying: Sequence[PairComparison],
    consecutive: AbstractSet[frozenset[str]],
) -> tuple[list[PairComparison], int, Mapping[FirstChange, int]]:
    """The pairs of ``copying`` who copied whom names (:func:`_listed_copies`), how many it
    leaves out, and the framing changes each copy was the first to make
    (:func:`_first_changes`). Versions of one article are none of them: each article's versions
    get a line of their own (:func:`_versions_lines`). Of more than ``MAX_LISTED_COPIES``, the pairs whose copy was the
    first to make a change come first, and last those whose copy took none of its words from
    the origin (0%: it took what the two share from another article): after the copies that
    credit nothing, those whose copy was the first of several to make a change come first,
    whatever their containment: who changed the claim first is what a reader of a copied
    story asks."""
    members = [result.by_id[d] for d in story.documents]
    pairs = result.pairs_in[story.id]
    rank = {d.id: n for n, d in enumerate(in_publication_order(members, pairs, result.sentences))}
    # An outlet's own later text changing what it said is no copy making a change after another.
    first_made = _first_changes(
        [p for p in copying if p.direction and not p.same_source], rank, _later_texts(pairs)
    )
    first_makers = {copy for (copy, *_), copies in first_made.items() if copies > 1}
    taken = result.taken.get(story.id)
    sources = {} if taken is None else sources_of(taken)

    def took_nothing(pair: PairComparison) -> bool:
        origin, copy = _origin_and_copy(pair)
        took = next((t.share for t in sources.get(copy, ()) if t.origin == origin), 0.0)
        return taken is not None and _percent(took) == _percent(0.0)

    def first(pair: PairComparison) -> bool:
        return bool(pair.direction) and _origin_and_copy(pair)[1] in first_makers

    shown, left = _listed_copies(
        [p for p in copying if not p.same_article],
        consecutive,
        story.documents,
        lambda p: (
            bool(p.direction) and took_nothing(p),
            not first(p) and _telling(p, consecutive)[0] > 0,
        ),
    )
    return shown, left, first_made


def _listed_copies(
    copying: Sequence[PairComparison],
    consecutive: AbstractSet[frozenset[str]],
    documents: Sequence[str],
    priority: Callable[[PairComparison], tuple[bool, bool]] = lambda _: (False, False),
) -> tuple[list[PairComparison], int]:
    """The pairs of ``copying`` who copied whom names, at most ``MAX_LISTED_COPIES`` (those
    first by ``priority``, then the most telling, :func:`_telling`), in the order
    :func:`_listing_order` gives, and how many it leaves out."""
    chosen = (
        copying
        if len(copying) <= MAX_LISTED_COPIES
        else sorted(copying, key=lambda p: (*priority(p), *_telling(p, consecutive)))[
            :MAX_LISTED_COPIES
        ]
    )
    shown = sorted(chosen, key=_listing_order(copying, documents))
    return shown, len(copying) - len(shown)


def _listing_order(
    copying: Sequence[PairComparison], documents: Sequence[str]
) -> Callable[[PairComparison], tuple[int, int, int, int]]:
    """The order who copied whom lists the pairs of ``copying`` in: the copies that credit
    nothing first, then the others, each the origins that most articles reuse first, each with
    its copies, in the story's order of ``documents``; the pairs whose direction is unknown
    last. An uncredited copy is what a reader of who copied whom looks for first, whichever
    version of the wire it took."""
    at = {d: n for n, d in enumerate(documents)}
    reused = Counter(_origin_and_copy(p)[0] for p in copying if p.direction)

    def order(pair: PairComparison) -> tuple[int, int, int, int]:
        if not pair.direction:
            return (2, 0, at[pair.a], at[pair.b])
        origin, copy = _origin_and_copy(pair)
        return (0 if pair.undisclosed_reuse else 1, -reused[origin], at[origin], at[copy])

    return order


def _copy_lines(
    shown: Sequence[PairComparison],
    left: int,
    names: Mapping[str, str],
    settings: Settings,
    where: str,
    taken: Sequence[Taken] | None,
    by_id: Mapping[str, Document],
) -> list[str]:
    """Who copied whom as a list: a line for each pair ``shown`` (:func:`_copy_line`), with the
    shares of the story's who copied whom (``taken``; ``None`` when it was not traced), and one
    that counts the ``left`` others and says ``where`` they are."""
    sources = None if taken is None else sources_of(taken)
    unordered = frozenset(frozenset((p.a, p.b)) for p in shown if not p.direction)
    return [
        *(_copy_line(p, names, settings, by_id, sources, unordered) for p in shown),
        *([f"- … {left:,} more {where}."] if left else []),
    ]


ACROSS_HEADING = "Reuse across stories"


def _across_section(result: Result, story: Story, names: Mapping[str, str]) -> list[str]:
    """A story page's pairs across stories (``Result.across``) that hold one of its documents
    and have a direction (two copies of one release name it as their ``common_origin``):
    what its articles took from, and gave to, articles of other stories, each a line of
    :func:`_across_lines`; none when there are none."""
    members = set(story.documents)
    pairs = [p for p in result.across if p.direction and not members.isdisjoint((p.a, p.b))]
    if not pairs:
        return []
    return [
        f"## {ACROSS_HEADING}",
        "",
        "Articles of other stories that share copied text with this story's, each pair "
        "compared as a story's are (its figures in report.json's pairs):",
        "",
        *_across_lines(result, story, pairs, names),
        "",
    ]


def _across_lines(
    result: Result,
    story: Story,
    pairs: Sequence[PairComparison],
    names: Mapping[str, str],
    link: Callable[[Story], str] = story_file_name,
) -> list[str]:
    """A line of who copied whom (:func:`_copy_line`) for each of ``pairs`` across stories, of
    which one document is of ``story`` (named by ``names``) and the other of another story
    named after it, linked by ``link``: "Coastal Herald reuses Brambleton City Council (of
    story-004)"; and, when the other is the origin, that it is "also reused by" the copy."""
    stories = {s.id: s for s in result.stories}
    named = dict(names)
    full = _full_names(result) if pairs else {}
    for pair in pairs:
        for doc in (pair.a, pair.b):
            if doc not in story.documents:
                other = stories[result.story_of[doc]]
                named[doc] = f"{full[doc]} of [{other.id}]({link(other)})"
    return [_copy_line(p, named, result.settings, result.by_id) for p in pairs]


def _retelling(retold: Retold, other: str) -> str:
    """How an article retells ``other`` ("it", or "A" or "B") whole (:class:`Retold`), for a
    verdict's line.

    A brief, which quotes once or not at all, is retold in its order (see
    ``overlap.retold``).

    >>> _retelling(Retold("b", 0.652, 0.559, 6), "A")
    "65% of its words in sentences that retell A, with all 6 of A's quotations"
    >>> _retelling(Retold("b", 0.972, 1.0, 1), "it")
    '97% of its words in sentences that retell it in its order, with its one quotation'
    """
    whose = "its" if other == "it" else f"{other}'s"
    retelling = f"{_percent(retold.share)} of its words in sentences that retell {other}"
    if retold.quotations >= MIN_RETOLD_QUOTATIONS:
        return f"{retelling}, with all {retold.quotations:,} of {whose} quotations"
    return f"{retelling} in {whose} order" + (
        f", with {whose} one quotation" if retold.quotations else ""
    )


def _copy_line(
    pair: PairComparison,
    names: Mapping[str, str],
    settings: Settings,
    by_id: Mapping[str, Document],
    sources: Mapping[str, Sequence[Taken]] | None = None,
    unordered: AbstractSet[frozenset[str]] = frozenset(),
) -> str:
    """Who copied whom in a pair, as a list item: the copy, its origin, the verdict, the share
    of the copy's words it took (and in shared phrases, when more), whether it credits the
    origin, and what told which came first; of a pair without a direction, that it is not
    known.

    The share is the one the story's who copied whom gives (``sources``, by copy, from
    ``provenance.sources_of``; the pair's containment when the story was not traced), which
    counts each sentence against the one article it was taken from. Where the pair's
    containment is more, its sentences both carry that the copy took from other articles (the
    wire the two both ran), the line gives both, and whose the rest is: the pair's share alone
    would put the wire's words on the other paper's account. A copy that took none of them from
    its origin shares them with it, taken from the others; from another with which its own
    line says the order is not known (``unordered``, of the pairs listed), they are shared with
    it, not taken: a summary must not say what the line under it does not know. It "credits it"
    when it credits the
    origin itself (:attr:`Credit.of_the_other`); a copy that credits only a wire both carry
    (the AP dateline of two papers' reprints) credits the wire, not the other paper, and one
    that credits news agencies in general "credits an agency, not named".

    >>> from compare.records import Credit, PairComparison, Verdict
    >>> pair = PairComparison("wire", "daily", "s", Verdict.COPY, "a->b", 0.8, 0.97, 0.7,
    ...     0.9, 0.8, 0.95, 40, None, (), (), (), 0.0, direction_basis=DirectionBasis.CREDIT,
    ...     crediting=("daily",), credited_at=(Credit("daily", names_outlet=True),))
    >>> _copy_line(pair, {"wire": "AP", "daily": "Daily"}, Settings(), {})
    '- Daily reuses AP: copy, 97% of its words copied or edited, credits it; order told by credit: AP is credited.'
    >>> herald = Document("wire", "Herald", "", credits=("AP",))
    >>> by_id = {"wire": herald, "daily": Document("daily", "Daily", "", credits=("AP",))}
    >>> _copy_line(replace(pair, credited_at=()), {"wire": "Herald", "daily": "Daily"}, Settings(), by_id)
    '- Daily reuses Herald: copy, 97% of its words copied or edited, credits only the wire both carry; order told by credit: Herald is credited.'

    A copy that credits news agencies in general names none it took from ("With wire
    services"):

    >>> from compare.records import UNNAMED_WIRES
    >>> by_id["daily"] = Document("daily", "Daily", "", credits=(UNNAMED_WIRES,))
    >>> by_id["wire"] = Document("wire", "Coastline Wire", "")
    >>> _copy_line(replace(pair, credited_at=()), {"wire": "Coastline Wire", "daily": "Daily"}, Settings(), by_id)
    '- Daily reuses Coastline Wire: copy, 97% of its words copied or edited, credits an agency, not named; order told by credit: Coastline Wire is credited.'

    A copy whose own words are under the copy cut is one by the origin's side, kept nearly
    whole in it, and the line says the copy added words of its own:

    >>> added = replace(pair, b_in_a=0.56, a_in_b=0.99)
    >>> _copy_line(added, {"wire": "AP", "daily": "Daily"}, Settings(), {})
    "- Daily reuses AP: copy, 56% of its words copied or edited, keeping 99% of its source's words, with words of its own added, 90% in shared phrases, credits it; order told by credit: AP is credited."

    Two reports of one council vote that share its names and figures, no passage, are no copy:

    >>> vote = PairComparison("post", "star", "s", Verdict.PARTIAL, None, 0.0, 0.0, 0.1, 0.18,
    ...     0.46, 0.52, 0, None, (), (), (), 51.9, shared_phrases=("council leader fiona",),
    ...     lifts_no_passage=True)
    >>> _copy_line(vote, {"post": "Post", "star": "Star"}, Settings(), {})
    '- Post and Star share only names, figures and stock wording (partial, no passage of 6 words copied): two reports of one event, neither charged with taking from the other.'
    """
    if not pair.direction:
        if reports_one_event_alone(pair):
            return (
                f"- {names[pair.a]} and {names[pair.b]} share only names, figures and stock "
                f"wording ({pair.verdict.value}, no passage of {MIN_LIFTED_PHRASE_WORDS} words "
                "copied): two reports of one event, neither charged with taking from the other."
            )
        return (
            f"- {names[pair.a]} and {names[pair.b]} share text ({_undirected_facts(pair)}); "
            "which came first is not known."
        )
    origin, copy = _origin_and_copy(pair)
    contained, phrased = (
        (pair.b_in_a, pair.b_phrases_in_a) if copy == pair.b else (pair.a_in_b, pair.a_phrases_in_b)
    )
    took = contained
    shared = ""
    # What the copy took none of from the origin it does not reuse, nor leave uncredited.
    none_taken = False
    if sources is not None:
        found = sources.get(copy, ())
        took = next((t.share for t in found if t.origin == origin), 0.0)
        if _percent(contained) != _percent(took) and contained > took:
            others = [names[t.origin] for t in found if t.origin != origin]
            in_shared = _percent(contained, settings.containment_cuts)
            if _percent(took) == _percent(0.0):
                # "0% of its words copied from it" beside "derived" reads as a contradiction:
                # what the two share, the copy took from others.
                none_taken = True
                shared = f"{in_shared} of its words" + (
                    f", in sentences taken from {listed(others)}, none from it"
                    if others
                    else ", none taken from it"
                )
            else:
                with_others = [
                    names[t.origin]
                    for t in found
                    if t.origin != origin and frozenset((copy, t.origin)) in unordered
                ]
                from_others = [name for name in others if name not in with_others]
                rest = [
                    *([f"taken from {listed(from_others)}"] if from_others else []),
                    *(
                        [f"shared with {listed(with_others)}, which came first not known"]
                        if with_others
                        else []
                    ),
                ]
                shared = (
                    f"{_percent(took, settings.containment_cuts)} of its words copied or edited"
                    f" from it ({in_shared} in sentences the two share"
                    + (f", the rest of them {' and '.join(rest)}" if rest else "")
                    + ")"
                )
    copied = _percent(took, settings.containment_cuts)
    facts = [
        pair.verdict.value,
        # A pair partial by its phrases or a quotation alone took no sentence: "0% of its words
        # copied or edited" beside "partial" read as a contradiction (acceptance round 39, a11).
        shared
        or (
            f"{copied} of its words copied or edited"
            if copied != _percent(0.0)
            else "no sentence copied or edited"
        ),
    ]
    # A copy by the origin's side alone keeps the origin nearly whole and adds words of its
    # own: "copy" beside a share under the cut must not read as a text with nothing added.
    if pair.verdict is Verdict.COPY and contained < settings.copy_containment:
        kept = pair.a_in_b if copy == pair.b else pair.b_in_a
        facts.append(
            f"keeping {_percent(kept, settings.containment_cuts)} of its source's words, "
            "with words of its own added"
        )
    if phrased > contained:
        facts.append(f"{_percent(phrased, settings.phrasing_cuts)} in shared phrases")
    if pair.interview_quoted:
        facts.append(
            f"carries a quotation given to {names[origin]} (“{pair.interview_quoted}”) "
            "without saying so"
        )
    # A retelling is told where it, not the words copied or edited, makes the copy a rewrite.
    if (
        (retold := pair.retold)
        and retold.doc == copy
        and pair.verdict is not Verdict.COPY
        and contained < settings.derived_containment
    ):
        facts.append(_retelling(retold, "it"))
    if not none_taken and (credited := _credit_fact(pair, copy, origin, by_id)):
        facts.append(credited)
    if copy in by_id and (across := _across_scripts(by_id[copy], by_id[origin])):
        facts.append(across)
    if pair.headline and not pair.same_source:
        facts.append(HEADLINE_TAKEN[pair.headline])
    basis = pair.direction_basis
    reuses = "shares text with" if none_taken else _reuses(pair)
    if basis is DirectionBasis.CONTAINMENT:
        reuses, told = f"probably {reuses}", f"; {GUESSED}"
    else:
        told = f"; order told {TOLD_BY[basis].format(names[origin])}" if basis else ""
    return f"- {names[copy]} {reuses} {names[origin]}: {', '.join(facts)}{told}."


def _scripts_apart(first: Document, second: Document) -> tuple[str, str] | None:
    """The Chinese scripts of two articles written in two, ``first``'s first; ``None`` for
    two in one script, or not both Chinese.

    >>> hk = Document("hk", "HK", "鄭海軍表示演習是嚴正警告。")
    >>> _scripts_apart(hk, Document("bj", "BJ", "郑海军表示演习是严正警告。")), _scripts_apart(hk, hk)
    (('Traditional', 'Simplified'), None)
    """
    first_script, second_script = script(first.text), script(second.text)
    if first_script is None or second_script is None or first_script == second_script:
        return None
    return first_script, second_script


def _across_scripts(first: Document, second: Document) -> str | None:
    """That two Chinese articles were compared across scripts (:func:`_scripts_apart`)."""
    scripts = _scripts_apart(first, second)
    return f"compared across scripts ({scripts[0]} against {scripts[1]})" if scripts else None


def _two_scripts_line(documents: Sequence[Document], names: Mapping[str, str]) -> list[str]:
    """A story's line naming its Chinese articles in Traditional, where others are in
    Simplified: a reader must know that a converted copy was read as a copy."""
    scripts = {d.id: script(d.text) for d in documents}
    if not {"Traditional", "Simplified"} <= set(scripts.values()):
        return []
    traditional = [names[d] for d, written in scripts.items() if written == "Traditional"]
    return [
        f"**In two Chinese scripts:** {listed(_at_most(traditional, MAX_LISTED_COPIES))} "
        f"{'writes' if len(traditional) == 1 else 'write'} Traditional, the other Chinese "
        f"articles Simplified: {IN_ONE_SCRIPT}.",
        "",
    ]


def _credit_fact(
    pair: PairComparison, copy: str, origin: str, by_id: Mapping[str, Document]
) -> str | None:
    """Whether the copy of a directed pair credits its origin, as its line says it."""
    if pair.credited_passages:
        # A credit in one passage of a live page is no credit of the passages it took without.
        credited, taken = pair.credited_passages
        return f"credits it for {credited} of {taken} passages taken"
    if pair.undisclosed_reuse:
        # A reader counting who passed a release off as their own tells a paste that kept
        # "according to a study by Ashgrove Institute" from one that names no one.
        return ISSUER_NAMED_AS_COPIED if pair.release_named_only_as_copied else "uncredited"
    if credits := [credit for credit in pair.credited_at if credit.doc == copy]:
        # A paste keeps the company's name in its own sentences: a reader checking disclosure
        # must not take that for a credit of the release.
        return ISSUER_NAMED_ONLY if _names_issuer_only(credits) else "credits it"
    if copy in pair.crediting:
        return (
            AGENCY_NOT_NAMED
            if credits_agencies_alone(by_id[copy], by_id[origin])
            else "credits only the wire both carry"
        )
    return None


def _names_issuer_only(credits: Sequence[Credit]) -> bool:
    """Whether a copy of a press release credits it only by naming its issuer as its news
    ("Acme Robotics will create 450 jobs"), which says nothing of where its text came from."""
    return all(credit.kind is CreditKind.ISSUER_NAMED for credit in credits)


def _undirected_facts(pair: PairComparison) -> str:
    """What a pair without a direction shares, as its who copied whom line says it: the verdict,
    and of a copy or rewrite the share of each one's words in sentences the two share and
    whether either credits the other (or only a wire both carry), as no copy can be named to
    charge, or the wire both ran (``common_wire``).

    >>> from compare.records import PairComparison, Verdict
    >>> pair = PairComparison("kim", "jordan", "s", Verdict.DERIVED, None, 0.915, 0.893, 0.8,
    ...     0.8, 0.9, 0.9, 32, None, (), (), (), 0.0)
    >>> _undirected_facts(pair)
    'derived, 92% and 89% of their words in sentences the two share, neither crediting the other'
    >>> _undirected_facts(replace(pair, crediting=("kim", "jordan"), common_wire="UP"))
    'derived, 92% and 89% of their words in sentences the two share, both from UP, not each other'
    >>> _undirected_facts(replace(pair, crediting=("kim", "jordan")))
    'derived, 92% and 89% of their words in sentences the two share, crediting only the wire both carry'
    >>> _undirected_facts(replace(pair, same_source=True))
    "derived, 92% and 89% of their words in sentences the two share, one outlet's texts, which need no credit"
    """
    if not _one_text(pair):
        return pair.verdict.value
    if pair.common_wire:
        credit = f"both from {escape(pair.common_wire)}, not each other"
    elif pair.same_source:
        credit = "one outlet's texts, which need no credit"
    elif pair.credited_at:
        credit = "one crediting the other"
    elif pair.crediting:
        credit = "crediting only the wire both carry"
    else:
        credit = "neither crediting the other"
    return (
        f"{pair.verdict.value}, {_percent(pair.a_in_b)} and {_percent(pair.b_in_a)} of their "
        f"words in sentences the two share, {credit}"
    )


def _changes_of_copies(
    directed: Sequence[PairComparison],
    names: Mapping[str, str],
    taken: Sequence[Taken],
    first_made: Mapping[FirstChange, int],
    sentences: Mapping[str, Sequence[Sentence]],
    novelty: Novelty,
    later: _LaterTexts,
    releases: AbstractSet[str],
    where: str,
    by_id: Mapping[str, Document],
    scanned: AbstractSet[str],
    *,
    of_versions: bool = False,
    of_record: bool = False,
    beside_record: bool = False,
    version_edits: Mapping[tuple[str, str], VersionEdits] | None = None,
) -> list[str]:
    """The framing differences each of the ``directed`` pairs' copies made to the text it took,
    those of its sentences that restate the origin's in other words among them
    (:func:`_restated_changes`; the documents ``scanned`` read with misreads undone),
    every copy that made one, a line each: at most ``MAX_SUMMARY_CHANGES`` changes a copy, the
    most serious first (:func:`_seriousness`), and of those alike, those it was the first of
    several copies to make (``first_made``) first and said so, then by the copy's sentence
    numbers, after the origin's sentences with a hedge or caveat the copy left out
    (:func:`_caveats_left_out`); none without a directed pair. The copies that credit nothing
    come first, as in who copied whom, then the copy whose most serious change is the more
    serious, then who copied whom's order (that of ``directed``); past
    ``MAX_FRAMED_COPIES`` copies, the others are counted and said to be ``where`` the pairs
    are: a copy left out of who copied whom's lines may be the one that turned "said" into
    "claimed". A sentence the story's who copied whom (``taken``) says the copy took from
    another article is left out of its pair with the origin: a paper that runs the wire's
    sentence as the wire wrote it did not cut what another paper added to that sentence. But a
    sentence aligned with a press release the copy reuses (of ``releases``) is told against the
    release, whatever article it was taken through: what a copy did to the company's own words
    ("expects" made "will") is the question, not what it did to another rewrite of them. A
    number changed to one its qualifiers allow is told as the pair's table tells it
    (:func:`_notes_shown`), compatible, so that the summary makes no charge the table drops.
    Changes a later text of the origin's outlet words as the copy does (:func:`_worded_later`,
    of the story's texts ``later``) are the words of a version not here that the copy likely
    took, said so, not charged to the copy. Of one outlet's texts (``of_versions``: its later
    versions and write-throughs, whose changes are its updates, not a copy's), what each later
    one changed, in their order, under a heading of their own, and nothing when none changed
    any; of versions of one article, also its headline changed and the sentences it removed and
    added (``version_edits``, by the pair's ids, :func:`_version_edits`), and what told it (a
    correction, changed without a note): a stealth edit is always listed. So too of the pairs
    with the record (``of_record``: what each article changed of it, whether or not it took its
    text), but what an article left out of the record only where it drew on it
    (:func:`_drew_on`): one that took nothing from a statement left none of it out. Of the pairs
    ``beside_record``, which take from another article than the record listed above them, none
    that changed any says so of them alone: a reader who has just read what the copies changed
    of the record takes "No copy changes ..." for a denial of it."""
    if not directed:
        return []
    copies: list[tuple[tuple[bool, int, int], str]] = []
    caveats_left_out = figures_left_out_by_any = denials_said = False
    against_release = _aligned_with_releases(directed, releases)
    for listed_at, pair in enumerate(directed):
        origin, copy = _origin_and_copy(pair)
        elsewhere = (
            frozenset()
            if origin in releases
            else _taken_elsewhere(copy, origin, taken) | against_release.get(copy, frozenset())
        )
        made = [
            (_made_by(copy, pair, m, n), compatible)
            for m in pair.matches
            if not elsewhere.issuperset((m.b if copy == pair.b else m.a).sentences)
            for n, compatible in _notes_shown(sentences, pair, m)
        ] + [
            # A quotation altered against one in a sentence no match aligns is a change made too.
            (_made_in(copy, pair, n, q.a_sentences, q.b_sentences), False)
            for q in pair.altered_quotations
            if not elsewhere.issuperset(q.b_sentences if copy == pair.b else q.a_sentences)
            for n in q.framing
        ]
        made += [
            (change, False)
            for change in _restated_changes(pair, origin, copy, sentences, novelty, scanned)
        ]
        told_left_out = not of_record or _drew_on(pair, origin, by_id)
        left_out = _caveats_lacked(sentences, pair, origin, novelty, by_id) if told_left_out else []
        figures_left_out = (
            _figures_lacked(pair, origin, novelty, {i for i, _ in left_out}, by_id)
            if origin in releases and told_left_out
            else []
        )
        denials_left_out = (
            _caveats_lacked(sentences, pair, origin, novelty, by_id, denials=True)
            if told_left_out
            else []
        )
        edits = version_edits.get((pair.a, pair.b)) if version_edits else None
        edited = (
            edits.parts(sentences[origin], sentences[copy], {i for i, _ in left_out})
            if edits
            else []
        )
        worded_later: defaultdict[str, list[str]] = defaultdict(list)
        charged = []
        for change, compatible in made:
            if not of_versions and (text := _worded_later(copy, origin, change, later)):
                worded_later[text].append(_changed(*change[:2], compatible=compatible))
            else:
                charged.append((change, compatible))
        made = charged
        # A headline comes first, as the page does: its notes are the copy's own changes too;
        # not of a later version, whose new headline is given whole among its edits, nor of a
        # copy that likely took a version not here, whose headline may be that version's.
        headline_made = (
            []
            if of_versions or worded_later
            else [_made_in(copy, pair, n, (), ()) for n in pair.headline_framing]
        )
        headline_said = list(dict.fromkeys(_changed(k, words) for k, words, _ in headline_made))
        if (
            not made
            and not left_out
            and not figures_left_out
            and not denials_left_out
            and not worded_later
            and not edited
            and not headline_said
        ):
            continue
        firsts = [first_made.get((copy, kind, *words), 1) for (kind, words, _), _ in made]
        notes = _each_kind_first(
            sorted(
                zip(made, firsts, strict=True),
                key=lambda note: (_seriousness(*note[0]), note[1] < 2),
            )
        )
        caveats_left_out |= bool(left_out)
        figures_left_out_by_any |= bool(figures_left_out)
        denials_said |= bool(denials_left_out)
        # Two notes may read alike ("more than" dropped from one number, added to another):
        # said once.
        said = list(
            dict.fromkeys(
                _change(*change, compatible=compatible)
                + (f", the first of {n:,} copies to make it" if n > 1 else "")
                for (change, compatible), n in notes
            )
        )
        parts = [
            *([f"headline: {'; '.join(headline_said)}"] if headline_said else []),
            *edited,
            *(
                [_caveats_left_out(pair, denials_left_out, sentences[origin], "denial")]
                if denials_left_out
                else []
            ),
            *([_caveats_left_out(pair, left_out, sentences[origin])] if left_out else []),
            *([_figures_left_out(figures_left_out, sentences[origin])] if figures_left_out else []),
            *(
                f"likely took a version not here, between {names[origin]} and {names[text]}, "
                f"which words as it does what it changed: "
                f"{listed(_at_most(changes, MAX_SUMMARY_CHANGES))}"
                for text, changes in worded_later.items()
            ),
            *said[:MAX_SUMMARY_CHANGES],
        ]
        if (more := len(said) - MAX_SUMMARY_CHANGES) > 0:
            parts.append(f"… {more:,} more in the pair's section below")
        # A caveat left out weighs as a hedge removed; what a missing version changed, after all.
        most_serious = min(
            [
                *(_seriousness(*note) for note, _ in notes),
                *(_seriousness(change, False) for change in headline_made),
                *(
                    [MOST_SERIOUS_FIRST.index(FramingKind.HEDGE_REMOVED)]
                    if left_out or denials_left_out
                    else []
                ),
            ],
            default=len(MOST_SERIOUS_FIRST) + 1,
        )
        rank = (
            (False, 0, listed_at)
            if of_versions
            else (not pair.undisclosed_reuse, most_serious, listed_at)
        )
        told = f" ({edits.told})" if edits and edits.told else ""
        copies.append((rank, f"- {names[copy]}, from {names[origin]}{told}: {'; '.join(parts)}"))
    if not copies:
        if of_record:
            return ["No article changes the framing of the record.", ""]
        if of_versions:
            return []
        if beside_record:
            return [
                "No copy changes the framing of what it took from an article other than the "
                "record.",
                "",
            ]
        return ["No copy changes the framing of the text it took.", ""]
    lines = [line for _, line in sorted(copies)]
    if not of_versions and (more := len(lines) - MAX_FRAMED_COPIES) > 0:
        lines = [
            *lines[:MAX_FRAMED_COPIES],
            f"- … and {_count(more, 'more copy changes', 'more copies change')} framing: "
            f"see {where}.",
        ]
    left_out_named = (
        f", and the {'earlier' if of_versions else 'origin'}'s sentences with a hedge or caveat"
        f"{', or a denial,' if denials_said else ''} it left out"
        if caveats_left_out or denials_said
        else ""
    ) + (
        ", and the release's sentences with figures it left out" if figures_left_out_by_any else ""
    )
    if of_versions:
        heading = (
            "**What each later version changed** in the one before it (an outlet's own updates: "
            "its headline, the sentences it removed and added, framing differences, the "
            "earlier's words first)"
        )
    elif of_record:
        heading = (
            "**What each article changed of the record** (framing differences, the record's "
            "words first)"
        )
    else:
        heading = (
            "**What each copy changed** in the text it took (framing differences, the origin's "
            "words first)"
        )
    return [f"{heading}{left_out_named}:", "", *lines, ""]


def _own_wordings(
    of_one_event: Sequence[PairComparison],
    names: Mapping[str, str],
    sentences: Mapping[str, Sequence[Sentence]],
    lead: Sequence[Document],
) -> list[str]:
    """The framing differences of each pair of two reports of one event that took nothing from
    each other (``of_one_event``: ``overlap.reports_one_event_alone``), a line a pair that has
    any: no copy changed the other's text, but each outlet's own wording is its framing ("said"
    against "claimed", a loaded term, another figure), whatever the direction. Told as the
    later of the two in the story's order (``lead``, the order its sentence groups show
    articles in, :func:`in_publication_order`) words what the one before it says, its
    headline first, then at most ``MAX_SUMMARY_CHANGES`` changes, the most serious first
    (:func:`_seriousness`), then by sentence, as what each copy changed is told; past
    ``MAX_FRAMED_COPIES`` pairs, the others are counted.

    >>> from compare import Document, compare_documents
    >>> ours = Document("ours", "Gazette", "Council leader Janet Moss said the road would cut "
    ...     "journey times for thousands of commuters.", published="2026-12-03")
    >>> theirs = Document("theirs", "Echo", "Council leader Janet Moss claimed the road would "
    ...     "cut journey times across the borough.", published="2026-12-03")
    >>> pair = replace(compare_documents([ours, theirs]).all_pairs[0], direction=None)
    >>> _own_wordings([pair], {"ours": "Gazette", "theirs": "Echo"}, {}, [ours, theirs])[2]
    '- Echo, against Gazette: sentence 1: attribution verb changed (“said” → “claimed”)'
    """
    rank = {d.id: n for n, d in enumerate(lead)}
    lines = []
    for pair in of_one_event:
        first, other = sorted((pair.a, pair.b), key=rank.__getitem__)
        made = sorted(
            (
                (_made_by(other, pair, match, note), compatible)
                for match in pair.matches
                for note, compatible in _notes_shown(sentences, pair, match)
            ),
            key=lambda made: (_seriousness(*made), made[0][2]),
        )
        said = list(
            dict.fromkeys(_change(*change, compatible=compatible) for change, compatible in made)
        )
        headline = list(
            dict.fromkeys(
                _changed(kind, words)
                for kind, words, _ in (
                    _made_in(other, pair, n, (), ()) for n in pair.headline_framing
                )
            )
        )
        if not said and not headline:
            continue
        parts = [
            *([f"headline: {'; '.join(headline)}"] if headline else []),
            *said[:MAX_SUMMARY_CHANGES],
        ]
        if (more := len(said) - MAX_SUMMARY_CHANGES) > 0:
            parts.append(f"… {more:,} more in the pair's section below")
        lines.append(f"- {names[other]}, against {names[first]}: {'; '.join(parts)}")
    if not lines:
        return []
    # Forty outlets' own reports of one vote make 780 such pairs: the summary stays a summary.
    if (more := len(lines) - MAX_FRAMED_COPIES) > 0:
        lines = [
            *lines[:MAX_FRAMED_COPIES],
            f"- … and {_count(more, 'more pair differs', 'more pairs differ')} in wording: see "
            "the pair sections below.",
        ]
    return [
        "**How each report words the facts** (reports of one event that took nothing from each "
        "other: their framing differences, the words of the article the story's sentences are "
        "shown in first):",
        "",
        *lines,
        "",
    ]


def _each_kind_first(
    notes: Sequence[tuple[tuple[MadeChange, bool], int]],
) -> list[tuple[tuple[MadeChange, bool], int]]:
    """``notes`` (each a change an article made, :func:`_made_by`, with its flags), the first of
    each kind in their order before a second of any kind: a summary that names five of a copy's
    changes, the most serious first, names its number changed and its "said" made "claimed"
    beside its three attributions removed, not after them past the five.

    >>> removed = ((FramingKind.ATTRIBUTION_REMOVED, ("police said", ""), (1,)), False), 1
    >>> changed = ((FramingKind.NUMBER_CHANGED, ("1,200", "1,500"), (2,)), False), 1
    >>> [note[0][0][2] for note in _each_kind_first([removed, removed, changed])]
    [(1,), (2,), (1,)]
    """
    seen: Counter[FramingKind] = Counter()
    ranked = []
    for position, note in enumerate(notes):
        kind = note[0][0][0]
        ranked.append((seen[kind], position))
        seen[kind] += 1
    return [notes[position] for _, position in sorted(ranked)]


def _seriousness(change: MadeChange, compatible: bool) -> int:
    """Where a framing change an article made (:func:`_made_by`) comes among a summary's, by
    ``MOST_SERIOUS_FIRST``: a number changed to one it may be (``compatible``) as a number
    rounded, and a number added or removed that only names moments (:func:`moments_alone`)
    after every kind.

    >>> today = (FramingKind.NUMBER_REMOVED, ("today", ""), (2,))
    >>> share = (FramingKind.NUMBER_REMOVED, ("31%", ""), (2,))
    >>> cut = (FramingKind.QUOTE_WORDS_REMOVED, ("we cannot say it causes", ""), (4,))
    >>> [words[0] for _, words, _ in sorted((today, share, cut), key=lambda c: _seriousness(c, False))]
    ['we cannot say it causes', '31%', 'today']
    """
    kind, words, _ = change
    if compatible:
        kind = FramingKind.NUMBER_ROUNDED
    elif kind in (FramingKind.NUMBER_ADDED, FramingKind.NUMBER_REMOVED) and moments_alone(
        "".join(words)
    ):
        return len(MOST_SERIOUS_FIRST)
    # A kind added to FramingKind and not yet ranked comes after every kind ranked.
    return MOST_SERIOUS_FIRST.index(kind) if kind in MOST_SERIOUS_FIRST else len(MOST_SERIOUS_FIRST)


def _drew_on(pair: PairComparison, origin: str, by_id: Mapping[str, Document]) -> bool:
    """Whether the other article of ``pair`` may have drawn on ``origin``'s text, so that what
    it lacks of it is left out: it took some (a verdict other than independent, or sentences
    copied or edited), the pair does not say ``origin`` is the one that reuses, and ``origin``
    was not published after it. A paper that never used a council's statement, or wrote before
    it was issued, left none of its figures out.

    >>> statement = Document("s", "Council", "", published="2026-11-27")
    >>> paper = Document("p", "Chronicle", "", published="2026-11-26")
    >>> pair = PairComparison("s", "p", "s1", Verdict.PARTIAL, "a->b", 0.2, 0.3, 0.2, 0.2, 0.2,
    ...     0.2, 12, None, (), (), (), 0.9)
    >>> _drew_on(pair, "s", {"s": statement, "p": paper})
    False
    >>> _drew_on(pair, "s", {"s": replace(statement, published="2026-11-25"), "p": paper})
    True
    """
    if pair.origin not in (None, origin):
        return False
    if pair.verdict is Verdict.INDEPENDENT and not (pair.a_in_b or pair.b_in_a):
        return False
    other = pair.b if origin == pair.a else pair.a
    return dated_order(by_id[origin], by_id[other]) != "b->a"


def _caveats_left_out(
    pair: PairComparison,
    left_out: Sequence[tuple[int, list[str]]],
    sentences: Sequence[Sentence],
    what: str = "caveat",
    whose: str | None = None,
) -> str:
    """The origin's sentences with hedges or caveats (or, ``what`` being "denial", denials of
    a charge) that ``pair``'s copy left out (:func:`_caveats_lacked`), ``sentences`` the
    origin's, at most ``MAX_SUMMARY_CAVEATS`` by their first words and their caveats, then
    counted: "left out 2 caveats of the release: sentence 5 “The researchers caution that …”
    (“caution”) and 1 more"; ``whose`` names the origin otherwise ("yours", on a focus page)."""
    if whose is None and pair.direction_basis is DirectionBasis.PRESS_RELEASE:
        whose = "the release"
    elif whose is None:
        whose = "the earlier version" if pair.same_article else "the origin"
    named = [
        f"sentence {i + 1} “{_opening(sentences[i].text)}” ({_quoted_phrases(found)})"
        for i, found in left_out
    ]
    return (
        f"left out {_count(len(left_out), what)} of {whose}: "
        f"{listed(_at_most(named, MAX_SUMMARY_CAVEATS))}"
    )


def _caveats_lacked(
    sentences: Mapping[str, Sequence[Sentence]],
    pair: PairComparison,
    doc: str,
    novelty: Novelty,
    by_id: Mapping[str, Document],
    *,
    denials: bool = False,
) -> list[tuple[int, list[str]]]:
    """The sentences of ``doc``, one of ``pair``'s articles, that the other lacks (aligned
    with none of its sentences, restating none in other words and restated by none of the
    other's, by ``novelty``, nor past where a paywall cut the other short:
    :func:`_before_the_cut`) and that hold hedges or caveats (:func:`framing.caveats_in`), each
    with them: a rewrite that leaves out the release's "The study cannot show that phone use
    causes shorter sleep." drops the caveat with its sentence; one that restates it without its
    hedge keeps the sentence, its hedge removed. With ``denials``, those that hold denials of a
    charge instead (:func:`framing.denials_in`): "Mr Hale denies murder." left out of a court
    report drops its balance."""
    other = pair.b if doc == pair.a else pair.a
    unaligned = _before_the_cut(pair, doc, by_id)
    others_unaligned = pair.only_b if doc == pair.a else pair.only_a
    kept = {t for s in sentences[other] for t in s.tokens if t[:1].isdigit()}
    found = [
        (
            i,
            sorted(
                in_its_letters(found, sentences[doc][i].text)
                for found in (
                    denials_in(sentences[doc][i].tokens)
                    if denials
                    else caveats_in(sentences[doc][i].tokens, sentences[doc][i].text, kept)
                )
            ),
        )
        for i in unaligned
    ]
    found = [(i, caveats) for i, caveats in found if caveats]
    if not found:
        return []
    restated = {r.sentence for r in novelty.additions(doc, [i for i, _ in found], other).restated}
    restated |= {
        i for r in novelty.additions(other, others_unaligned, doc).restated for i in r.theirs
    }
    return [(i, caveats) for i, caveats in found if i not in restated]


def _before_the_cut(
    pair: PairComparison, doc: str, by_id: Mapping[str, Document]
) -> tuple[int, ...]:
    """The sentences of ``doc``, one of ``pair``'s articles, aligned with none of the other's
    (``only_a`` or ``only_b``), but for those past the last one aligned when the other's text
    ends at a paywall (:func:`~compare.boilerplate.paywall_notice`): a page saved cut short
    holds only the start of its article, and what its article goes on to say it was not seen
    to leave out."""
    other, unaligned = (pair.b, pair.only_a) if doc == pair.a else (pair.a, pair.only_b)
    if paywall_notice(by_id[other].text) is None:
        return unaligned
    aligned = [n for m in pair.matches for n in (m.a if doc == pair.a else m.b).sentences]
    return tuple(i for i in unaligned if i < max(aligned, default=-1))


def _figures_lacked(
    pair: PairComparison,
    origin: str,
    novelty: Novelty,
    caveats: AbstractSet[int],
    by_id: Mapping[str, Document],
) -> list[tuple[int, tuple[str, ...]]]:
    """The sentences of ``origin``, one of ``pair``'s articles, that the other lacks
    (:func:`_before_the_cut`) and that give figures it gives nowhere
    (:meth:`Novelty.additions`), each with those figures; but for those among ``caveats``,
    named as caveats left out. A copy of a trial's release that leaves out "those who stopped
    taking it regained about two-thirds of the weight" drops the figure a reader most needs."""
    copy = pair.b if origin == pair.a else pair.a
    unaligned = _before_the_cut(pair, origin, by_id)
    added = novelty.additions(origin, [i for i in unaligned if i not in caveats], copy).added
    return [(addition.sentence, addition.figures) for addition in added if addition.figures]


def _figures_left_out(
    left_out: Sequence[tuple[int, tuple[str, ...]]],
    sentences: Sequence[Sentence],
    whose: str = "the release",
) -> str:
    """The release's sentences with figures a copy left out (:func:`_figures_lacked`),
    ``sentences`` the release's (``whose``), at most ``MAX_SUMMARY_CAVEATS`` by their first
    words and their figures, then counted: "left out figures of the release: sentence 6 “In a
    follow-up of 327 participants, …” (327, two-thirds)"."""
    named = [
        f"sentence {i + 1} “{_opening(sentences[i].text)}” ({escape(', '.join(figures))})"
        for i, figures in left_out
    ]
    return f"left out figures of {whose}: {listed(_at_most(named, MAX_SUMMARY_CAVEATS))}"


def _quoted_phrases(phrases: Sequence[str]) -> str:
    return ", ".join(f"“{escape(p)}”" for p in phrases)


def _opening(text: str, words: int = PASSAGE_OPENING_WORDS) -> str:
    """A sentence, or a copied run, by its first ``words`` words, escaped, "…" where it goes
    on; Chinese and Japanese counted by their words and shown as written, without spaces.

    >>> _opening("one two three", 3), _opening("one two three four", 3)
    ('one two three', 'one two three …')
    >>> _opening("码头工会表示工人将复工。", 4)
    '码头工会表示工人 …'
    """
    opening = display_words(text)
    cut = " …" if len(opening) > words else ""
    return escape(joined(opening[:words])) + cut


def _aligned_with_releases(
    directed: Iterable[PairComparison], releases: AbstractSet[str]
) -> dict[str, frozenset[int]]:
    """Per copy, the sentences of it that a match of its pair with a press release it reuses
    (of ``releases``) aligns."""
    aligned: defaultdict[str, set[int]] = defaultdict(set)
    for pair in directed:
        origin, copy = _origin_and_copy(pair)
        if origin in releases:
            for m in pair.matches:
                aligned[copy].update((m.b if copy == pair.b else m.a).sentences)
    return {copy: frozenset(sentences) for copy, sentences in aligned.items()}


def _taken_elsewhere(copy: str, origin: str, taken: Sequence[Taken]) -> frozenset[int]:
    """The sentences of ``copy`` that ``taken`` says it took from another article than
    ``origin``, and not from ``origin`` too.

    >>> taken = [Taken("daily", "wire", 0.5, False, (0, 1)), Taken("daily", "post", 0.1, False, (2,))]
    >>> sorted(_taken_elsewhere("daily", "post", taken)), sorted(_taken_elsewhere("daily", "wire", taken))
    ([0, 1], [2])
    """
    of_copy = [t for t in taken if t.copy == copy]
    from_origin = {i for t in of_copy if t.origin == origin for i in t.sentences}
    return frozenset(i for t in of_copy if t.origin != origin for i in t.sentences) - from_origin


# A framing change as one article made it: its kind, the other's words then its own, and its
# sentences (:func:`_made_by`).
MadeChange = tuple[FramingKind, tuple[str, str], tuple[int, ...]]
# A framing change a copy made: the copy, the kind, the origin's words and the copy's.
FirstChange = tuple[str, FramingKind, str, str]
# Framing changes a story page's summary names even from pairs it does not write out: a claim
# turned into its opposite, or who made it or what it was done to swapped, and an attribution
# dropped, which states the claim as fact. A figure changed tenfold or more is named too
# (:func:`numerals.tenfold_apart`).
REVERSALS = frozenset(
    {
        FramingKind.NEGATION_ADDED,
        FramingKind.NEGATION_REMOVED,
        FramingKind.DIRECTION_REVERSED,
        FramingKind.OUTCOME_REVERSED,
        FramingKind.SIZE_REVERSED,
        FramingKind.ROLES_SWAPPED,
        FramingKind.ATTRIBUTION_REMOVED,
    }
)


def _made_by(copy: str, pair: PairComparison, match: Match, note: FramingNote) -> MadeChange:
    """A framing note as ``copy``, one of ``pair``'s articles, made it to the other's text."""
    return _made_in(copy, pair, note, match.a.sentences, match.b.sentences)


def _restated_changes(
    pair: PairComparison,
    origin: str,
    copy: str,
    sentences: Mapping[str, Sequence[Sentence]],
    novelty: Novelty,
    scanned: AbstractSet[str],
) -> list[MadeChange]:
    """The framing notes of ``copy``'s sentences that restate ``origin``'s in other words
    (:func:`_restatement_notes`), as the copy made them: a rewrite that turns the mayor's
    quotation "..., a déclaré le bourgmestre" into "Le bourgmestre a assuré que ..." changed its
    verb, though no match aligns the two sentences."""
    restated = novelty.additions(copy, pair.only_b if copy == pair.b else pair.only_a, origin)
    read_scanned = bool({origin, copy} & scanned)
    return [
        (note.kind, (note.a, note.b), (restatement.sentence,))
        for restatement in restated.restated
        for note in _restatement_notes(
            restatement, sentences[copy], sentences[origin], read_scanned
        )
    ]


def _made_in(
    copy: str,
    pair: PairComparison,
    note: FramingNote,
    a_sentences: tuple[int, ...],
    b_sentences: tuple[int, ...],
) -> MadeChange:
    """A framing note of ``pair``'s sentences ``a_sentences`` and ``b_sentences`` as ``copy``,
    one of its articles, made it to the other's text."""
    if copy == pair.a:
        return note.kind.mirrored, (note.b, note.a), a_sentences
    return note.kind, (note.a, note.b), b_sentences


@dataclass(frozen=True, slots=True)
class _LaterTexts:
    """A story's pairs by their two documents (``pair_of``), and, of each text, the next of its
    outlet's later texts here (``next_of``, in id order): each of the story's pairs directs it
    from the text to one of its outlet's, a later version of its article or a write-through, and
    none directs it there from another of them. Found once a story, not once a copy's change."""

    pair_of: Mapping[frozenset[str], PairComparison]
    next_of: Mapping[str, tuple[str, ...]]


def _later_texts(pairs: Iterable[PairComparison]) -> _LaterTexts:
    """The :class:`_LaterTexts` of a story's ``pairs``."""
    pair_of = {frozenset((p.a, p.b)): p for p in pairs}
    later_of: defaultdict[str, set[str]] = defaultdict(set)
    for p in pair_of.values():
        if p.one_report and p.origin is not None and p.copy is not None:
            later_of[p.origin].add(p.copy)
    return _LaterTexts(
        pair_of,
        {
            origin: tuple(
                later
                for later in sorted(texts)
                # A text after the next one is not next.
                if not any(
                    (between := pair_of.get(frozenset((other, later)))) and between.origin == other
                    for other in texts - {later}
                )
            )
            for origin, texts in later_of.items()
        },
    )


def _worded_later(copy: str, origin: str, change: MadeChange, later: _LaterTexts) -> str | None:
    """The next of ``origin``'s outlet's later texts here (``later.next_of``) whose sentence
    aligned with the copy's words what ``change`` changed (a framing change ``copy``, a text of
    another outlet, made to ``origin``'s text, :func:`_made_by`) as the copy does: it has the
    copy's words and lacks the origin's, each of the quotations a note names (a version that
    still quotes one of those a copy unquoted did not unquote it). The copy then likely took a
    version between the two that is not here, and made no such change; ``None`` when no next text
    does. A text after the next one that words it so tells nothing: the versions between kept the
    origin's words."""
    _, (was, now), at = change
    for text_later in later.next_of.get(origin, ()):
        with_copy = later.pair_of.get(frozenset((text_later, copy)))
        if text_later == copy or with_copy is None:
            continue
        on_a = with_copy.a == copy
        if any(
            set(at) & set((m.a if on_a else m.b).sentences)
            and all(gives_words(text, words) for words in _words_named(now))
            and not any(gives_words(text, words) for words in _words_named(was))
            for m in with_copy.matches
            for text in [(m.b if on_a else m.a).text]
        ):
            return text_later
    return None


def _words_named(note_words: str) -> list[str]:
    """The runs of words a side of a framing note names, one a quotation: a note on two
    quotations joins them (``QUOTATION_SEPARATOR``), which no text writes so.

    >>> _words_named("un déni de démocratie / le gouvernement a perdu toute légitimité")
    ['un déni de démocratie', 'le gouvernement a perdu toute légitimité']
    >>> _words_named("")
    []
    """
    return [words for words in note_words.split(QUOTATION_SEPARATOR) if words]


def _change(
    kind: FramingKind, words: tuple[str, str], at: tuple[int, ...], compatible: bool = False
) -> str:
    """A framing change as an article made it (:func:`_made_by`): its sentence, the difference
    named (a number changed to one it may be, ``compatible``, said so), and the other's words
    then its own."""
    return f"sentence {_indexes(at)}: {_changed(kind, words, compatible)}"


def _changed(kind: FramingKind, words: tuple[str, str], compatible: bool = False) -> str:
    """A framing change named, with the other's words then the article's own."""
    quoted = arrowed([f"“{escape(w)}”" for w in words if w])
    label = COMPATIBLE_LABEL if compatible else FRAMING_LABELS[kind]
    return label + (f" ({quoted})" if quoted else "")


def _first_changes(
    directed: Sequence[PairComparison],
    rank: Mapping[str, int],
    later: _LaterTexts | None = None,
) -> dict[FirstChange, int]:
    """Each framing change the copies of ``directed`` pairs made (its kind and both sides'
    words), under the copy that made it first by ``rank`` (the story's publication order), with
    how many copies made it; none a later text of the origin's outlet words as the copy does
    (:func:`_worded_later`, of the story's texts ``later``): the copy took it, not made it.

    >>> from compare.records import FramingNote, Match, MatchKind, PairComparison, Span, Verdict
    >>> def pair(copy, word):
    ...     note = FramingNote(FramingKind.HEDGE_REMOVED, word, "")
    ...     span = Span((0,), 0, 9, "It may rise")
    ...     match = Match(span, span, 90.0, MatchKind.EDITED, framing=(note,))
    ...     return PairComparison("wire", copy, "s", Verdict.DERIVED, "a->b", 0.8, 0.8, 0.7,
    ...         0.7, 0.8, 0.8, 40, None, (match,), (), (), 0.0)
    >>> _first_changes([pair("blog", "may"), pair("daily", "may")], {"wire": 0, "daily": 1, "blog": 2})
    {('daily', <FramingKind.HEDGE_REMOVED: 'hedge_removed'>, 'may', ''): 2}
    """
    makers: dict[tuple[FramingKind, str, str], set[str]] = {}
    for pair in directed:
        origin, copy = _origin_and_copy(pair)
        for match in pair.matches:
            for note in match.framing:
                kind, words, _ = made = _made_by(copy, pair, match, note)
                if later is None or _worded_later(copy, origin, made, later) is None:
                    makers.setdefault((kind, *words), set()).add(copy)
    return {
        (min(copies, key=lambda c: (rank[c], c)), *change): len(copies)
        for change, copies in makers.items()
    }


def _changes_not_written_out(
    result: Result,
    story: Story,
    copying: Sequence[PairComparison],
    names: Mapping[str, str],
    written_out: Sequence[PairComparison],
) -> list[str]:
    """The reversals (``REVERSALS``) and figures changed tenfold that only pairs the page does
    not write out show (those whose shared text both took from a third article, or past
    ``MAX_PAIR_SECTIONS``), a line an article and sentence: the later article of the pair by
    publication, its sentence and the change, against the earliest article it changed it from.
    A change the pairs written out show of that sentence is left out, and so is one its
    article carries from an article it reuses (``copying``) that made it too: the copy of a
    copy did not make it again. Independent pairs share no text, so neither changed the
    other's: their sentences aligned in other words are separate reporting, not a change made.
    """
    pairs = [p for p in result.pairs_in[story.id] if p.verdict is not Verdict.INDEPENDENT]
    written = {id(p) for p in written_out}
    members = [result.by_id[d] for d in story.documents]
    rank = {d.id: n for n, d in enumerate(in_publication_order(members, pairs, result.sentences))}
    shown = {
        (doc, kind, sentences)
        for pair in pairs
        if id(pair) in written
        for match in pair.matches
        for note in match.framing
        for doc in (pair.a, pair.b)
        for kind, _, sentences in [_made_by(doc, pair, match, note)]
    }
    # Each article's sentences against the earliest article aligned with them: a change counts
    # against that one only, not against a later article that changed the sentence itself.
    first_seen: dict[tuple[str, tuple[int, ...]], int] = {}
    for pair in pairs:
        for match in pair.matches:
            for doc, other, span in ((pair.a, pair.b, match.a), (pair.b, pair.a, match.b)):
                seen = (doc, span.sentences)
                first_seen[seen] = min(first_seen.get(seen, rank[other]), rank[other])
    made: dict[tuple[str, tuple[int, ...], FramingKind], tuple[str, tuple[str, str]]] = {}
    # Who made each change, written out or not: the later article of a pair, against the
    # earliest aligned with its sentence (the earlier of a pair made nothing: it had it so).
    makers: set[tuple[str, FramingKind, tuple[str, str]]] = set()
    for pair in pairs:
        earlier, later = sorted((pair.a, pair.b), key=lambda d: (rank[d], d))
        if rank[earlier] == rank[later]:
            continue
        for match in pair.matches:
            for note in match.framing:
                kind, words, at = _made_by(later, pair, match, note)
                if not _reverses(kind, words) or first_seen[(later, at)] < rank[earlier]:
                    continue
                makers.add((later, kind, words))
                if id(pair) in written or (later, kind, at) in shown:
                    continue
                key = (later, at, kind)
                if key not in made or rank[earlier] < rank[made[key][0]]:
                    made[key] = (earlier, words)
    reused_by = {
        (copy, origin) for p in copying if p.direction for origin, copy in [_origin_and_copy(p)]
    }
    lines = [
        f"{names[later]}, {_change(kind, words, at)}, against {names[earlier]}"
        for (later, at, kind), (earlier, words) in sorted(
            made.items(), key=lambda item: (rank[item[0][0]], item[0][1], item[0][2])
        )
        if not any(
            (later, maker) in reused_by
            for maker, their_kind, their_words in makers
            if (their_kind, their_words) == (kind, words)
        )
    ]
    if not lines:
        return []
    return [
        "**Reversals, attributions removed and figures changed tenfold in pairs not written out "
        "below** (the later article's sentence, against the earliest article that had it "
        "otherwise):",
        "",
        *(f"- {line}" for line in _at_most(lines, MAX_LISTED_COPIES)),
        "",
    ]


def _reverses(kind: FramingKind, words: tuple[str, str]) -> bool:
    """Whether a framing change is one a summary names from any pair: a reversal, or a figure
    changed tenfold or more."""
    if kind is FramingKind.NUMBER_CHANGED:
        return tenfold_apart(*words)
    return kind in REVERSALS


# What each kind of stale copy is listed under, and how its line says it.
STALENESS_HEADINGS = {
    Staleness.KILLED_WHEN_PUBLISHED: "Killed story published after the kill",
    Staleness.KILLED_NOT_REMOVED: "Killed story not removed",
    Staleness.PRINTS_KILL_ADVISORY: "Kill advisory printed as an article",
    Staleness.STALE_WHEN_PUBLISHED: "Out of date when published",
    Staleness.NOT_UPDATED: "Not updated after the source changed",
    Staleness.PARTLY_UPDATED: "Updated in part, still worded as an older version",
}


def _stale_copies(
    stale: Sequence[StaleCopy],
    names: Mapping[str, str],
    sentences: Mapping[str, Sequence[Sentence]],
) -> list[str]:
    """The copies out of date against the source they took (``staleness.stale_copies``), a
    line a copy under each kind: what it took and when, then each version that changed what the
    copy carries, when, and what it changed, each change a correction, an update or changed
    without a note; none when none is. A copy that kept sentences of a killed story beside a
    later version's text quotes them (of its ``sentences``). A copy out of date when published and not updated since
    gets one line, under the first kind, that says both: an editor fixes it once.

    >>> from compare.records import CarriedChange
    >>> changed = CarriedChange("number_changed", "12", "27", "v2", "2025-06-14T11:20:00Z")
    >>> stale = StaleCopy("s", "daily", "v1", "2025-06-14T09:05:00Z", "v2",
    ...     "2025-06-14T11:20:00Z", (changed,), Staleness.STALE_WHEN_PUBLISHED)
    >>> names = {"daily": "Daily", "v1": "Wire (v1)", "v2": "Wire (v2)", "v3": "Wire (v3)"}
    >>> _stale_copies([stale], names, {})[:3]
    ['**Out of date when published:**', '', '- Daily took Wire (v1), of 2025-06-14 09:05 UTC, when a newer version was out. Changed by Wire (v2), of 11:20 UTC: number or date changed (“12” → “27”), changed without a note.']
    >>> corrected = CarriedChange("number_changed", "12", "31", "v3", "2025-06-14T14:00:00Z", True)
    >>> still = StaleCopy("s", "daily", "v1", "2025-06-14T09:05:00Z", "v3",
    ...     "2025-06-14T14:00:00Z", (corrected,), Staleness.NOT_UPDATED)
    >>> _stale_copies([stale, still], names, {})[2]
    '- Daily took Wire (v1), of 2025-06-14 09:05 UTC, when a newer version was out, and was not updated since. Changed by Wire (v2), of 11:20 UTC: number or date changed (“12” → “27”), changed without a note. By Wire (v3), of 14:00 UTC: number or date changed (“27” → “31”), a correction.'
    """
    not_updated = {s.copy: s for s in stale if s.kind is Staleness.NOT_UPDATED}
    told = {s.copy for s in stale if s.kind is Staleness.STALE_WHEN_PUBLISHED}
    lines = []
    for kind, heading in STALENESS_HEADINGS.items():
        found = [
            s
            for s in stale
            if s.kind is kind and (kind is not Staleness.NOT_UPDATED or s.copy not in told)
        ]
        if not found:
            continue
        lines += [f"**{heading}:**", ""]
        for s in found:
            took = f"{names[s.took]}, of {_stale_moment(s, s.took_time)}"
            later = None
            killed = f"{names[s.newer]} killed it at {_stale_moment(s, s.newer_time, s.took_time)}"
            if kind is Staleness.PRINTS_KILL_ADVISORY:
                lines.append(
                    f"- {names[s.copy]} printed {took}, a kill advisory to editors, as its article."
                )
                continue
            if kind is Staleness.KILLED_WHEN_PUBLISHED:
                said = f"took {took}, after {killed}"
            elif kind is Staleness.KILLED_NOT_REMOVED:
                said = f"still carries {took}, though {killed}"
            elif kind is Staleness.NOT_UPDATED:
                said = f"still carries {took}"
            elif kind is Staleness.PARTLY_UPDATED:
                said = f"still words sentences as {took}, beside a newer version's"
            else:
                said = f"took {took}, when a newer version was out"
                if (later := not_updated.get(s.copy)) is not None:
                    said += ", and was not updated since"
            if s.killed_sentences:
                kept = "; ".join(
                    f"“{escape(sentences[s.copy][i].text)}”" for i in s.killed_sentences
                )
                said += f" (of which it keeps {_sentence_numbers(s.killed_sentences)}: {kept})"
            changes = [*s.changes, *(later.changes if later else ())]
            lines.append(f"- {names[s.copy]} {said}. {_changed_by(s, changes, names)}".rstrip())
        lines.append("")
    return lines


def _changed_by(
    stale: StaleCopy, changes: Sequence[CarriedChange], names: Mapping[str, str]
) -> str:
    """The versions that made the ``changes`` a stale copy carries, in time order, each with
    its time and its changes, each a correction, an update or changed without a note. A change the same
    words made twice is told once; a figure changed again, from the words the version before
    gave it ("27" → "31"), where the copy's "12" became "27" first."""
    made: dict[tuple[str, str], dict[tuple[str, str], CarriedChange]] = {}
    for change in changes:
        if change.made_by is not None and change.made_time is not None:
            by_words = made.setdefault((change.made_time, change.made_by), {})
            by_words.setdefault((change.copy, change.newer), change)
    told: list[str] = []
    became: dict[str, str] = {}
    for (time, version), found in sorted(made.items()):
        said = []
        for change in found.values():
            words = (became.get(change.copy, change.copy), change.newer)
            if change.copy:
                became[change.copy] = change.newer
            status = (
                "a correction"
                if change.correction
                else "an update"
                if change.update
                else "changed without a note"
            )
            said.append(f"{_carried(change.kind, words, change.reworded)}, {status}")
        moment = _stale_moment(stale, time, stale.took_time)
        told.append(
            f"{'By' if told else 'Changed by'} {names[version]}, of {moment}: "
            f"{'; '.join(_at_most(said, MAX_SUMMARY_CHANGES))}."
        )
    return " ".join(told)


def _stale_moment(stale: StaleCopy, time: str, day_of: str | None = None) -> str:
    """A time of a stale copy's line, by the clock its times are given by; only its hour when it
    is of the day of ``day_of``, a time the line gave before it."""
    clock = "feed time" if stale.feed_time else "UTC"
    if day_of is not None and day_of[:10] == time[:10]:
        return f"{time[11:16]} {clock}"
    return _moment(time, clock)


def _carried(kind: str, words: Sequence[str], reworded: str = "") -> str:
    """A change a stale copy carries, named as a framing difference is, the copy's words first,
    and the source's figure they round or convert, ``reworded``; a negation added says that the
    copy still makes the claim the version denies.

    >>> _carried("negation_added", ("", "not"))
    'negation added (“not”): the copy still makes the claim this version denies'
    >>> _carried("number_changed", ("40", "14"), "at least 41")
    "number or date changed (“40” → “14”, the copy rewording the source's “at least 41”)"
    """
    label = FRAMING_LABELS[FramingKind(kind)]
    quoted = arrowed([f"“{escape(w)}”" for w in words if w])
    if reworded:
        quoted += f", the copy rewording the source's “{escape(reworded)}”"
    denied = (
        ": the copy still makes the claim this version denies"
        if kind == FramingKind.NEGATION_ADDED
        else ""
    )
    return f"{label} ({quoted}){denied}"


def _moment(time: str, clock: str = "UTC") -> str:
    """A time as a page gives it, by its ``clock``: ``2025-06-14 09:05 UTC``."""
    return f"{time[:10]} {time[11:16]} {clock}"


def _at_most(items: Sequence[str], limit: int) -> list[str]:
    """``items``, the first ``limit`` of them and how many more when there are more.

    >>> _at_most(["a", "b", "c"], 2), _at_most(["a"], 2)
    (['a', 'b', '1 more'], ['a'])
    """
    if len(items) <= limit:
        return list(items)
    return [*items[:limit], f"{len(items) - limit:,} more"]


def render_story(result: Result, story: Story, *, json_beside: bool = False) -> str:
    """One story: its documents, every pair's verdict, matches, additions and framing; of a
    story of more than ``WIDE_STORY`` documents, only the pairs that reuse each other's text,
    at most ``MAX_PAIR_SECTIONS``, and a row per outlet where a smaller story has a column
    (``json_beside`` as :func:`render_index` takes it)."""
    members = [result.by_id[d] for d in story.documents]
    wide = len(members) > WIDE_STORY
    names = _page_names(members, result.releases)
    pairs = result.pairs_in[story.id]
    taken: Sequence[Taken] = (
        result.taken.get(story.id, ()) if len(members) >= COVERAGE_FROM_DOCUMENTS else ()
    )
    consecutive = _consecutive(result, story)
    reusing = _reusing_each_other(pairs, taken, consecutive)
    written = _written_out(pairs, reusing, consecutive, wide)
    lines = [REPORT_PAGE_MARK, f"# {story.id}: {escape(story.title)}", ""]
    novelty = Novelty(members, result.sentences)
    lines += _summary(result, story, names, json_beside, written, novelty)
    lines += _headlines_against_text(result, story)
    lines += _stale_copies(result.stale.get(story.id, ()), names, result.sentences)
    lines += render_figures(result.figures_in.get(story.id, ()), names)
    lines += ["Sentences are numbered from 1, in article order.", ""]
    lines += [_documents_table(members, result.sentences, result.credits_of), ""]
    lines += _addresses(members, names)
    lines += _article_notes(members, result.notes, names)
    if len(members) >= COVERAGE_FROM_DOCUMENTS:
        groups = result.groups_in[story.id]
        lines += render_coverage(
            members, groups, result.sentences, novelty, result.releases, wide=wide
        )
        shared = [p for p in pairs if p.shared_uncredited]
        lines += render_provenance(members, taken, result.releases, shared=shared, wide=wide)
    lines += render_cycles(result.cycles_in[story.id], names)
    lines += _across_section(result, story, names)
    if not pairs:
        lines += ["Only one document tells this story, so there is nothing to compare it with.", ""]
    if wide:
        lines += _wide_pairs(
            pairs,
            reusing,
            versions=bool(consecutive),
            outlets_own=any(_outlets_own(p, consecutive) for p in reusing),
            json_beside=json_beside,
        )
    for pair in written:
        lines += render_pair(result, pair, names, novelty)
    lines += ["## Framing profiles", ""]
    if unnamed := [d for d in members if not names_framing_of(d.text, d.language)]:
        short = _short_names(unnamed, result.releases)
        lines += [
            "Attribution verbs, hedges and loaded terms are profiled from word lists for "
            f"{_listed_languages()}, in an article whose language they tell. The rows of "
            f"{listed([short[d.id] for d in unnamed])}, in another language or too short to "
            "tell, hold their quotations, sources and numbers only.",
            "",
        ]
    lines += _kinds_read(members)
    lines.append(
        _profiles_table(members, result.profiles, result.cited_of, result.releases, wide=wide)
    )
    return "\n".join(lines) + "\n"


def _headlines_against_text(result: Result, story: Story) -> list[str]:
    """A line for each article of ``story`` whose headline claims more than its own text
    (``Result.headline_claims``): what the text says and what the headline makes of it, with
    the sentence that says it; none where no headline does. An article is named by its outlet
    and its headline, which tells it from its outlet's others."""
    members = set(story.documents)
    claims = [claim for claim in result.headline_claims if claim.doc in members]
    if not claims:
        return []
    by_doc: dict[str, list[HeadlineClaim]] = {}
    for claim in claims:
        by_doc.setdefault(claim.doc, []).append(claim)
    lines = [
        "**Headlines that claim more than their own text** (the text's words first):",
        "",
    ]
    for doc in story.documents:
        if doc in by_doc:
            told = "; ".join(
                f"{_changed(c.note.kind, (c.note.a, c.note.b))}, sentence {c.sentence + 1}"
                for c in by_doc[doc]
            )
            document = result.by_id[doc]
            outlet = escape(shown_source(document, result.releases))
            lines.append(f"- {outlet}, “{escape(document.title or '')}”: {told}")
    return [*lines, ""]


def _written_out(
    pairs: Sequence[PairComparison],
    reusing: Sequence[PairComparison],
    consecutive: AbstractSet[frozenset[str]],
    wide: bool,
) -> list[PairComparison]:
    """The pairs a story's page writes out, in its order: those that reuse each other's text
    (``reusing``, :func:`_reusing_each_other`), then the others; of a ``wide`` story (more than
    ``WIDE_STORY`` documents), only the first ``MAX_PAIR_SECTIONS`` of those that reuse text."""
    if wide:
        return list(reusing[:MAX_PAIR_SECTIONS])
    return [*reusing, *(p for p in pairs if not _listed(p, consecutive))]


def _listed_languages() -> str:
    """The languages framing's word lists hold words of, as the lexicon reads them now (a
    ``--terms`` file's too: see ``Lexicon.framing_languages``), and those of its loaded terms:
    "English, Russian, Chinese, German, French and Spanish (loaded terms: English, Russian and
    Spanish)"."""
    in_lists = lexicon().framing_languages

    def named(codes: AbstractSet[str]) -> str:
        return listed(["English", *(FRAMING_LANGUAGES[c] for c in LANGUAGES_NAMED if c in codes)])

    return (
        f"{named(in_lists['attribution verbs'] | in_lists['hedges'])} "
        f"(loaded terms: {named(in_lists['loaded terms'])})"
    )


def _framing_words_read() -> str:
    """Said beside a pair of which an article's language is none the lists tell: one too short
    to tell (a news alert of a sentence) has its framing words read as any other, and the reader
    should not take it for one the lists were not read in."""
    return (
        "Attribution verbs, hedges and loaded terms are read from word lists for "
        f"{_listed_languages()}: an article too short to tell its language by is read with them "
        "all, one in another language mostly for its numbers and quotations."
    )


def _kinds_read(documents: Sequence[Document]) -> list[str]:
    """A line for each language other than English that some of ``documents`` are written in,
    saying which kinds of framing were named in it (:func:`framing.kinds_checked_in`): "no
    framing difference" is no clean bill where loaded terms were never looked for. The
    languages framing has word lists for come first, then those it has none for, whose numbers
    and quotations alone are checked ("In Portuguese, ..."), each where it is known by name or
    by its script alone ("In text known only by its Bengali script, ..."): a Marathi or Bengali
    desk reads that no list of its language was looked in, not that its copy is clean."""
    listed_in = {language_of(d) for d in documents if names_framing_of(d.text, d.language)}
    unlisted_in = {language_of(d) for d in documents} - listed_in
    lines = []
    for code, name in [
        *((c, FRAMING_LANGUAGES[c]) for c in FRAMING_LANGUAGES if c in listed_in),
        *sorted((c, LANGUAGE_NAMES[c]) for c in unlisted_in if c in LANGUAGE_NAMES),
        *sorted(
            (c, f"text known only by its {c.title()} script")
            for c in unlisted_in
            if c in SCRIPT_LANGUAGES
        ),
    ]:
        checked, unchecked = kinds_checked_in(code)
        # An added term is read only in a language framing has word lists for, and there in
        # whatever language its letters tell: "Kahlschlag" is read in German text.
        terms = ""
        if code in listed_in:
            for kind, added in (
                ("attribution verbs", added_terms().attribution_verbs),
                ("hedges", added_terms().hedges),
                ("loaded terms", added_terms().loaded_terms),
            ):
                if kind in unchecked and added:
                    checked = (*checked, f"the {kind} --terms adds")
                    unchecked = tuple(other for other in unchecked if other != kind)
            if "loaded terms" in unchecked:
                terms = " (--terms adds loaded terms)"
        if unchecked:
            lines += [
                f"In {name}, {listed(checked)} are checked; {listed(unchecked)} are not{terms}.",
                "",
            ]
    return lines


def _in_a_language_unnamed(documents: Sequence[Document]) -> bool:
    """Whether one of ``documents`` is in no language framing has word lists for nor one known
    by name or by its script (see :func:`_kinds_read`): too short to tell."""
    return any(
        not names_framing_of(d.text, d.language)
        and language_of(d) not in LANGUAGE_NAMES.keys() | SCRIPT_LANGUAGES.keys()
        for d in documents
    )


def render_focus(result: Result, focus: str) -> str:
    """The run read from one article's side (``compare run --focus``): each other article of
    its story, in the order they were published, with what it adds (:mod:`compare.novelty`),
    the figures it gives otherwise in the sentences aligned with the focus's, directly or
    through a third article (:func:`_figures_through_another`), what it took of
    the focus's text (who copied whom: the text a common source such as the wire explains is
    not counted) and whether it credits it; then the focus's exclusives."""
    mine = result.by_id[focus]
    story = next(s for s in result.stories if s.id == result.story_of[focus])
    members = [result.by_id[d] for d in story.documents]
    names = _page_names(members, result.releases)
    novelty = Novelty(members, result.sentences)
    pairs = {
        pair.b if pair.a == focus else pair.a: pair
        for pair in result.pairs_in[story.id]
        if focus in (pair.a, pair.b)
    }
    taken = result.taken.get(story.id, ())
    lines = [
        REPORT_PAGE_MARK,
        f"# Focus: {_full_names(result)[focus]}",
        "",
        f"{escape(mine.title or '')}{', ' if mine.title else ''}{_dated(mine) or 'undated'}; "
        f"story [{story.id}]({story_file_name(story)}): {_closed(escape(story.title))}",
        "",
        *([f"Address: {_address(mine.url)}", ""] if mine.url else []),
        "Sentences are numbered from 1, in article order; “yours” are this article's. What each "
        "other article adds is what it brings that yours lacks: a name, a figure, a quotation "
        "or facts in words yours does not have; sentences that only restate yours in other "
        "words are counted apart.",
        "",
        *_focus_against_record(result, focus),
    ]
    others = [
        d
        for d in in_publication_order(members, result.pairs_in[story.id], result.sentences)
        if d.id != focus
    ]
    if not others:
        lines += ["No other article tells this story.", ""]
    for other in others:
        pair = pairs[other.id]
        lines += [f"## {names[other.id]}", ""]
        lines += [
            f"- Published: {_dated(other) or 'undated'}; verdict of the pair: "
            f"{pair.verdict.value}{_which_reuses(pair, focus)}"
            f"{f'; {across}' if (across := _across_scripts(other, mine)) else ''}.",
            *([f"- Address: {_address(other.url)}"] if other.url else []),
            f"- {_took_from_you(pair, other.id, focus, taken, names, result.by_id)}",
        ]
        theirs = pair.only_a if pair.a == other.id else pair.only_b
        through = _figures_through_another(result, story, focus, other.id, theirs)
        unaligned = _figures_of_the_story(result, story, pair, focus, other.id, through)
        differing = [
            *_figures_otherwise(pair, focus, result.sentences),
            *(
                _figure_given_otherwise(t.yours, t.theirs, n.a, n.b, f"through {names[t.through]}")
                for t in through
                for n in t.notes
            ),
            *(
                _figure_given_otherwise(
                    t.yours, t.theirs, n.a, n.b, "unaligned: see Figures that differ"
                )
                for t in unaligned
                for n in t.notes
            ),
        ]
        if differing:
            lines.append(f"- Figures it gives otherwise: {'; '.join(differing)}.")
        if left_out := _left_out_of_yours(result.sentences, pair, focus, novelty, result.by_id):
            lines.append(f"- {left_out}.")
        lines += ["", f"### What {names[other.id]} adds", ""]
        lines += _additions_lines(
            _without_changed_figures(
                novelty.additions(other.id, theirs, focus), [*through, *unaligned]
            ),
            result.sentences[other.id],
            "yours",
            result.sentences[focus],
            bool({other.id, mine.id} & result.scanned),
        )
    groups = result.groups_in[story.id]
    exclusives = exclusive(groups, focus, [d.id for d in members], novelty)
    lines += ["## Your exclusives", ""]
    if exclusives:
        lines += [
            "What no other article of the story carries, nor restates in other words:",
            "",
            *(
                f"- ({_indexes(g.representative.sentences)}) {escape(_text(g, result.sentences))}"
                for g in exclusives
            ),
        ]
    else:
        lines.append("None: another article carries, or restates, every sentence of yours.")
    return "\n".join([*lines, ""]) + "\n"


def _focus_against_record(result: Result, focus: str) -> list[str]:
    """Of a run with a record, what the focus took from each record of its story and whether
    it credits it, and the articles it shares text with that no record holds, as its row of
    the index's table says; none for a record or without one."""
    row = next((row for row in against_record(result) if row.doc == focus), None)
    if row is None:
        return []
    names = _outlets_and_ids(result)
    story = result.story_of[focus]
    records = [d.id for d in result.documents if d.of_record and result.story_of[d.id] == story]
    beyond = _beyond_record(row, names)
    return [
        "## Against the record",
        "",
        *(
            f"- {escape(names[record])}: "
            + (_taken_from_record(taken) if (taken := _taken_of(row, record)) else "nothing taken")
            + "."
            for record in records
        ),
        f"- Shares text no record holds with: {beyond}."
        if beyond
        else "- Shares no text with another article that no record holds.",
        "",
    ]


def _taken_of(row: AgainstRecord, record: str) -> TakenFromRecord | None:
    """What ``row``'s article took from ``record``; ``None`` for nothing."""
    return next((t for t in row.taken if t.record == record), None)


def render_focus_group(result: Result, given: str, focus: Sequence[str]) -> str:
    """The run read from the side of several articles (``compare run --focus`` of a live page's
    file or of an outlet, ``given``; ``focus`` their ids): of each of them another outlet's
    article took from, in the order they were published, each such article, what it took
    (:func:`_took_from_you`) and whether it credits it; then how many of them none took from;
    then what each took from other outlets' articles (:func:`_taken_by_yours`). A live page's
    editor asks what rivals took from the page, entry by entry; a desk checking its own copy
    asks too what it took from the wires, and whether it credits them."""
    names = _full_names(result)
    mine = set(focus)
    outlets = {result.by_id[d].source for d in focus}
    lines = [
        REPORT_PAGE_MARK,
        f"# Focus: {escape(given)}",
        "",
        f"{_count(len(focus), 'article')} of {listed(sorted(escape(o) for o in outlets))}, "
        "read from their side: of each that another outlet's article took from, which took it, "
        "how much and whether it credits it; then what they took from other outlets. Focus on "
        "one of their ids for its story page.",
        "",
    ]
    untouched = 0
    stories = {s.id: s for s in result.stories}
    # An outlet's articles share stories (an agency's feed, a live page's entries): each story's
    # order, which scores its headlines, is found once.
    story_order: dict[str, list[Document]] = {}
    for doc in sorted(focus, key=lambda d: (result.by_id[d].published_time or "", d)):
        story = result.story_of[doc]
        taken = result.taken.get(story, ())
        others = [
            (other, pair)
            for pair in result.pairs_in[story]
            if doc in (pair.a, pair.b)
            and (other := pair.b if pair.a == doc else pair.a) not in mine
            and result.by_id[other].source not in outlets
        ]
        takers = [
            (other, pair)
            for other, pair in others
            if (pair.origin == doc or _took_through(pair, other))
            and pair.verdict is not Verdict.INDEPENDENT
        ]
        # A rewrite that took none of the text may still credit the story: an editor counts it.
        citers = [
            (other, credit)
            for other, pair in others
            for credit in pair.cited_at
            if credit.doc == other and credit.sentence
        ]
        if not takers and not citers:
            untouched += 1
            continue
        lines += [f"## {names[doc]}", "", f"{_dated(result.by_id[doc]) or 'undated'}.", ""]
        by_taker = dict(takers)
        if story not in story_order:
            members = [result.by_id[d] for d in stories[story].documents]
            story_order[story] = in_publication_order(
                members, result.pairs_in[story], result.sentences
            )
        published = [other for other in story_order[story] if other.id in by_taker]
        lines += [
            f"- {names[other.id]}, {_dated(other) or 'undated'}: {by_taker[other.id].verdict.value}. "
            + _took_from_you(by_taker[other.id], other.id, doc, taken, names, result.by_id)
            for other in published
        ]
        lines += [
            f"- {names[other]}, {_dated(result.by_id[other]) or 'undated'}: independent. Took "
            f"none of your text, but credits your story in its own words: "
            f"“{escape(credit.sentence.text)}”"
            for other, credit in sorted(citers, key=lambda citer: citer[0])
            if credit.sentence
        ]
        lines.append("")
    if untouched:
        lines.append(
            f"No other outlet's article took from the other {_count(untouched, 'article')}."
            if untouched < len(focus)
            else "No other outlet's article took from any of these."
        )
    else:
        lines.append("Another outlet's article took from each of these.")
    if taken_by_yours := _taken_by_yours(result, focus, outlets, names):
        lines += ["", *taken_by_yours]
    return "\n".join([*lines, ""]) + "\n"


def _taken_by_yours(
    result: Result, focus: Sequence[str], outlets: AbstractSet[str], names: Mapping[str, str]
) -> list[str]:
    """What each of ``focus`` took from articles of outlets other than ``outlets`` (its
    ``Result.taken``, as who copied whom gives it), in the order they were published, each
    source as its story's who copied whom has it: the share of its words and whether it credits
    the source; no lines when they took from none."""
    took = [
        (doc, taken)
        for doc in sorted(focus, key=lambda d: (result.by_id[d].published_time or "", d))
        for taken in result.taken.get(result.story_of[doc], ())
        if taken.copy == doc and result.by_id[taken.origin].source not in outlets
    ]
    if not took:
        return []
    return [
        "## What these took from other outlets",
        "",
        *(
            f"- {names[doc]} took {_percent(taken.share)} of its words from "
            f"{names[taken.origin]}, {'credits it' if taken.credited else '**uncredited**'}."
            for doc, taken in took
        ),
    ]


def _took_through(pair: PairComparison, other: str) -> bool:
    """Whether ``other``, of ``pair``, took what it shares with the pair's other article through
    a third (``taken_through``): a paper that reprinted a rewrite of the agency's story carries
    the agency's text second-hand, which the agency's page names with the route."""
    return pair.taken_through is not None and pair.taken_through.copy == other


def _left_out_of_yours(
    sentences: Mapping[str, Sequence[Sentence]],
    pair: PairComparison,
    focus: str,
    novelty: Novelty,
    by_id: Mapping[str, Document],
) -> str | None:
    """What of the focus's text the other article of ``pair`` left out, as the story summary
    tells a copy's (:func:`_caveats_lacked`, :func:`_figures_lacked`): its sentences with
    caveats first, then those with figures, "Left out 2 caveats of yours: sentence 5 “…”
    (“caution”) and 1 more; left out figures of yours: ..."; ``None`` when it left out none,
    or did not draw on the focus's text (:func:`_drew_on`)."""
    if not _drew_on(pair, focus, by_id):
        return None
    caveats = _caveats_lacked(sentences, pair, focus, novelty, by_id)
    figures = _figures_lacked(pair, focus, novelty, {i for i, _ in caveats}, by_id)
    parts = [
        *([_caveats_left_out(pair, caveats, sentences[focus], whose="yours")] if caveats else []),
        *([_figures_left_out(figures, sentences[focus], whose="yours")] if figures else []),
    ]
    if not parts:
        return None
    told = "; ".join(parts)
    return told[0].upper() + told[1:]


def _closed(text: str) -> str:
    """``text`` closed as a sentence: with a full stop, unless it ends in one (in any script), a
    question mark or the ellipsis of a title cut short.

    >>> _closed("Ferry sinks off Port Kellen"), _closed("渡轮倾覆。"), _closed("Ferry sank on Tuesday,…")
    ('Ferry sinks off Port Kellen.', '渡轮倾覆。', 'Ferry sank on Tuesday,…')
    """
    if ENDS_IN_A_FULL_STOP.search(text) or text.endswith(("?", "\uff1f", "\u2026")):
        return text
    return f"{text}."


def _which_reuses(pair: PairComparison, focus: str) -> str:
    """Which of the pair reuses the other, as the focus page says it: " (it reuses yours)"; of
    one outlet's two texts, which is the later: its update, not its reuse."""
    if pair.origin is None or pair.verdict is Verdict.INDEPENDENT:
        return ""
    later = pair.origin == focus
    if pair.same_article:
        return f" ({'a later' if later else 'an earlier'} version of yours: not reuse)"
    if pair.same_source:
        return f" (your outlet's {'later' if later else 'earlier'} text of the story: not reuse)"
    return " (it reuses yours)" if later else " (yours reuses it)"


def _took_from_you(
    pair: PairComparison,
    other: str,
    focus: str,
    taken: Sequence[Taken],
    names: Mapping[str, str],
    by_id: Mapping[str, Document],
) -> str:
    """What ``other`` took of the focus's text, copied or edited, and whether it credits it
    (:func:`_crediting_you`);
    of the focus's own outlet's text (``pair.same_source``), what it kept of it, which needs no
    credit; else, of a pair that shares text but has no direction, what the two share and why
    neither took it from the other (:func:`_shared_without_direction`); else where the text it
    took came from. A line never says that an article took none of yours next to a verdict
    that it reuses some: a pair ``partial`` or ``derived`` by its phrasing says what it shares,
    and whether it credits yours where it reuses it; where yours reuses it, whether yours
    credits it, never that it did not credit you."""
    from_you = next((t for t in taken if (t.copy, t.origin) == (other, focus)), None)
    if from_you and pair.same_source:
        return f"Kept from yours: {_percent(from_you.share)} of its words, copied or edited."
    if from_you:
        return (
            f"Took from yours: {_percent(from_you.share)} of its words, copied or edited, "
            f"{_crediting_you(pair, other, focus, by_id, from_you.credited)}."
        )
    if not pair.direction and (
        shared := _shared_without_direction(pair, other, focus, names, by_id)
    ):
        return shared
    elsewhere = [t for t in taken if t.copy == other]
    line = "Took none of your text"
    if pair.verdict is not Verdict.INDEPENDENT and (shares := _what_it_shares(pair, focus)):
        line = shares + (
            ""
            if pair.origin != focus
            else ", **without crediting you**"
            if pair.undisclosed_reuse
            else f", {_crediting_you(pair, other, focus, by_id, credited=True)}"
            if other in pair.crediting
            else ""
        )
    if elsewhere:
        line += "; what it took came from " + listed(
            [f"{names[t.origin]} ({_percent(t.share)})" for t in elsewhere]
        )
    if by_you := next((t for t in taken if (t.copy, t.origin) == (focus, other)), None):
        line += f"; yours took {_percent(by_you.share)} of its words from it" + (
            "" if by_you.credited else ", **without crediting it**"
        )
    return line + "."


def _crediting_you(
    pair: PairComparison, other: str, focus: str, by_id: Mapping[str, Document], credited: bool
) -> str:
    """Whether ``other``, of ``pair``, credits the focus's text, as the focus page says it: a
    credit of news agencies in general names no one, and the index says of it "credits an
    agency, not named" (:func:`~compare.report.against_record.credit_given`); to the desk whose
    text it is, that is a copy without its credit."""
    given = credit_given(pair, by_id[other], by_id[focus], credited)
    if given is CreditGiven.GENERIC:
        return "**crediting news agencies in general, not you**"
    return "crediting you" if given is CreditGiven.NAMED else "**without crediting you**"


def _shared_without_direction(
    pair: PairComparison,
    other: str,
    focus: str,
    names: Mapping[str, str],
    by_id: Mapping[str, Document],
) -> str | None:
    """What a pair with no direction shares (:func:`_what_it_shares`), and why neither took it
    from the other: one took it through a third article (``taken_through``) or through others,
    which is not known (``taken_through_unknown``), or both from one
    (``common_origin``), or both ran it from a wire each credits (``common_wire``), or, of a
    copy or rewrite, nothing tells which took it from the other;
    ``None`` for a pair that shares nothing, or only phrasing nothing explains."""
    shares = _what_it_shares(pair, focus)
    if shares is None or pair.verdict is Verdict.INDEPENDENT:
        return None
    if (through := pair.taken_through) is not None:
        if through.copy == focus:
            return f"{shares}: yours took them through {names[through.source]}."
        # A second-hand copy carries the focus's text all the same: a wire's page says whether
        # the paper that reprinted a rewrite of it names the wire.
        credit = _crediting_you(pair, other, focus, by_id, other in pair.crediting)
        return f"{shares}: it took them through {names[through.source]}, {credit}."
    if (taker := pair.taken_through_unknown) is not None:
        copy = "yours" if taker == focus else "it"
        return (
            f"{shares}: {copy} took them through other articles, by a route not known, as no "
            f"article {copy} took from holds most of them."
        )
    if pair.common_origin is not None:
        return f"{shares}, which both took from {names[pair.common_origin]}."
    if pair.common_wire is not None:
        return f"{shares}, which both ran from {escape(pair.common_wire)}, neither from the other."
    if not _one_text(pair):
        return None
    return f"{shares}; which took them from the other is not known" + (
        "." if pair.crediting else ", and neither credits the other."
    )


def _what_it_shares(pair: PairComparison, focus: str) -> str | None:
    """The share of the other article's words it shares with the focus's, in sentences the two
    share copied or edited, else in shared phrases; ``None`` when it shares neither."""
    its = pair.b_in_a if pair.a == focus else pair.a_in_b
    if its:
        return (
            f"Shares {_percent(its)} of its words with yours, in sentences the two share, "
            "copied or edited"
        )
    phrased = pair.b_phrases_in_a if pair.a == focus else pair.a_phrases_in_b
    if phrased:
        return (
            f"Shares {_percent(phrased)} of its words with yours in shared phrases, none in "
            "sentences copied or edited"
        )
    return None


def _figures_otherwise(
    pair: PairComparison, focus: str, sentences: Mapping[str, Sequence[Sentence]]
) -> list[str]:
    """The figures the other article gives otherwise than the focus in the sentences they
    align (a number changed, rounded or converted, a currency or estimate changed), yours
    first: "yours 6 / its 8: £3.8 million → £3.6 million"; one changed with its qualifier so
    that the two may be one number, once, marked so: "about 22,000 → more than 20,000
    (compatible)"."""
    focus_is_a = pair.a == focus
    found = []
    for match in pair.matches:
        mine, theirs = (match.a, match.b) if focus_is_a else (match.b, match.a)
        if told := compatible_change(match.framing, *aligned_texts(sentences, pair, match)):
            yours, its = told if focus_is_a else told[::-1]
            found.append(
                _figure_given_otherwise(mine.sentences, theirs.sentences, yours, its, "compatible")
            )
            continue
        for note in match.framing:
            if note.kind not in FIGURE_KINDS:
                continue
            yours, its = (note.a, note.b) if focus_is_a else (note.b, note.a)
            found.append(_figure_given_otherwise(mine.sentences, theirs.sentences, yours, its))
    return found


def _figure_given_otherwise(
    mine: tuple[int, ...], theirs: tuple[int, ...], yours: str, its: str, how: str = ""
) -> str:
    """A figure the focus's sentences ``mine`` give as ``yours`` and the other's ``theirs`` as
    ``its``, with ``how`` in brackets: "yours 6 / its 8: £3.8 million → £3.6 million"."""
    told = arrowed([escape(yours) or "-", escape(its) or "-"])
    return f"yours {_indexes(mine)} / its {_indexes(theirs)}: {told}" + (f" ({how})" if how else "")


@dataclass(frozen=True, slots=True)
class _FiguresThrough:
    """Figures an article gives otherwise than the focus in sentences of the two that their
    pair leaves unaligned but a third article aligns with both: the article's sentences
    (``theirs``), the focus's (``yours``), the third article, and the figure notes, the focus's
    words first."""

    theirs: tuple[int, ...]
    yours: tuple[int, ...]
    through: str
    notes: tuple[FramingNote, ...]


def _figures_through_another(
    result: Result, story: Story, focus: str, other: str, unaligned: Sequence[int]
) -> list[_FiguresThrough]:
    """Of ``other``'s sentences ``unaligned`` with the focus's, those a third article of the
    story aligns with a sentence of each (the first such article published), that give a
    figure otherwise than the focus's sentence: a copy of a copy that tells the focus's "£340
    million" as "£340 billion" changed the focus's figure; it brought no new one."""
    pairs = {frozenset((p.a, p.b)): p for p in result.pairs_in[story.id]}
    members = [result.by_id[d] for d in story.documents]
    left = set(unaligned)
    found = []
    scanned = bool({focus, other} & result.scanned)
    for third in in_publication_order(members, result.pairs_in[story.id], result.sentences):
        with_focus = pairs.get(frozenset((focus, third.id)))
        with_other = pairs.get(frozenset((third.id, other)))
        if third.id in (focus, other) or with_focus is None or with_other is None:
            continue
        yours_of = {
            at: yours for at_third, yours in _aligned_spans(with_focus, third.id) for at in at_third
        }
        for at_third, theirs in _aligned_spans(with_other, third.id):
            yours = next((yours_of[at] for at in at_third if at in yours_of), None)
            if yours is None or not left.issuperset(theirs):
                continue
            left.difference_update(theirs)
            ours, others, bridge = (
                " ".join(result.sentences[doc][n].text for n in at)
                for doc, at in ((focus, yours), (other, theirs), (third.id, at_third))
            )
            notes = tuple(
                n
                for n in framing_notes(ours, others, scanned)
                if n.kind in FIGURE_KINDS and _carried_through(n, bridge)
            )
            if notes:
                found.append(_FiguresThrough(theirs, yours, third.id, notes))
    return found


def _figures_of_the_story(
    result: Result,
    story: Story,
    pair: PairComparison,
    focus: str,
    other: str,
    through: Sequence[_FiguresThrough],
) -> list[_FiguresThrough]:
    """The figures ``other`` gives otherwise than the focus in sentences their ``pair`` does not
    align and no third article bridges (``through``), as the story's "Figures that differ" sets
    them side by side (``result.figures``): a record's "3,2 % de los vacunados" against a blog's
    "32 %", which the blog wrote from the wire's rewording of the record, is a figure the record
    gives otherwise, not a new one. Each with a figure note of the two as written, the focus's
    first (``through`` is the other article itself)."""
    aligned = {
        (i, j) if pair.a == focus else (j, i)
        for match in pair.matches
        for i in match.a.sentences
        for j in match.b.sentences
    }
    bridged = {at for t in through for at in t.theirs}
    found = []
    for figure in result.figures_in.get(story.id, ()):
        given = {value.doc: value for value in figure.values}
        yours, its = given.get(focus), given.get(other)
        if (
            yours is None
            or its is None
            or yours.written == its.written
            or (yours.sentence, its.sentence) in aligned
            or its.sentence in bridged
        ):
            continue
        kind = FramingKind.NUMBER_ROUNDED if figure.rounded else FramingKind.NUMBER_CHANGED
        note = FramingNote(kind, yours.written, its.written)
        found.append(_FiguresThrough((its.sentence,), (yours.sentence,), other, (note,)))
    return found


def _carried_through(note: FramingNote, bridge: str) -> bool:
    """Whether a figure note of two sentences that only ``bridge``, a third article's, aligns
    sets one figure told two ways against itself: the bridge gives one side's figures, not
    both (two facts it tells side by side, "21% to $2.06 billion" of data centres against
    "$1.31 billion" of cars) nor neither (facts it left out, "$2.06 billion" of the focus's
    lede against the other's "$4.29 billion" a year earlier). A note without a figure each side
    (an estimate's "about" dropped) is carried as it is.

    >>> _carried_through(FramingNote(FramingKind.NUMBER_CHANGED, "£340 million", "£340 billion"), "It cost £340 million.")
    True
    >>> _carried_through(FramingNote(FramingKind.NUMBER_CHANGED, "4%", "21%"), "Cars fell 4%; chips rose 21%.")
    False
    """
    sides = (note.a, note.b)
    if not all(numbers_in(side).mentions for side in sides):
        return True
    gives = [gives_figures(side, [bridge]) for side in sides]
    return gives[0] != gives[1]


def _aligned_spans(pair: PairComparison, doc: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The sentences of ``doc``, one of ``pair``'s articles, each match aligns, with the other
    article's."""
    return [
        (m.a.sentences, m.b.sentences) if pair.a == doc else (m.b.sentences, m.a.sentences)
        for m in pair.matches
    ]


def _without_changed_figures(additions: Additions, through: Sequence[_FiguresThrough]) -> Additions:
    """``additions`` without the figures that ``through`` lists as the focus's changed: a
    sentence whose only news they were restates the focus's, a figure changed."""
    changed = {at: {note.b for note in t.notes} for t in through for at in t.theirs}
    yours = {at: t.yours for t in through for at in t.theirs}
    added, restated = [], list(additions.restated)
    for addition in additions.added:
        figures = tuple(f for f in addition.figures if f not in changed.get(addition.sentence, ()))
        if addition.new and not (addition.names or addition.quotes or figures):
            restated.append(Restatement(addition.sentence, yours.get(addition.sentence, ())))
        else:
            added.append(replace(addition, figures=figures))
    return Additions(tuple(added), tuple(sorted(restated, key=attrgetter("sentence"))))


def _notes_shown(
    sentences: Mapping[str, Sequence[Sentence]], pair: PairComparison, match: Match
) -> list[tuple[FramingNote, bool]]:
    """An aligned pair's framing notes as its pair's table shows them, each with whether it is
    a number changed to one it may be as their qualifiers allow, shown with them ("1.200" /
    "más de mil"; see ``figures.compatible_changes``), the qualifier's own note folded in."""
    if not any(note.kind is FramingKind.NUMBER_CHANGED for note in match.framing):
        return [(note, False) for note in match.framing]
    compatible = compatible_changes(match.framing, *aligned_texts(sentences, pair, match))
    shown = []
    for note in match.framing:
        if note not in compatible:
            shown.append((note, False))
        elif told := compatible[note]:
            shown.append((replace(note, a=told[0], b=told[1]), True))
    return shown


def _article_notes(
    members: Sequence[Document],
    notes: Mapping[str, Sequence[ArticleNote]],
    names: Mapping[str, str],
) -> list[str]:
    """Each article's editor's notes (corrections, clarifications, updates), whole, in story
    order, each article called by ``names``: a note is boilerplate, which aligns with nothing,
    and a corrections log reads it here. Of versions of one article, a note is listed once,
    under the first version that carries it, with the later versions that drop it (but for a
    headline's slugs, which each write-through replaces). An article's notes of one kind are
    one line, its fullest note's, naming the others that told it (:func:`_note_as_told`): a
    wire's correction is a slug, a tag and a paragraph, and is one correction."""

    def carries(document: Document, note: ArticleNote) -> bool:
        return any(its.said == note.said for its in notes.get(document.id, ()))

    # Only an article's own versions are asked about its notes: asking every member of a story
    # of 1,000 noted articles took 12 s.
    versions_of = {d.id: found for found in articles(members) for d in found}
    lines = []
    kept_on = False
    for document in members:
        versions = versions_of.get(document.id, ())
        of_kind: dict[NoteKind, list[ArticleNote]] = {}
        for note in notes.get(document.id, ()):
            if any(_earlier_version(o, document) and carries(o, note) for o in versions):
                kept_on = True
                continue
            of_kind.setdefault(note.kind, []).append(note)
        for told in of_kind.values():
            # The fullest says most: a paragraph over a tag, a tag over a headline's slugs.
            note = max(told, key=lambda n: (not n.in_headline, len(n.text)))
            # A wire's next write-through puts its own slugs in the headline: none is dropped.
            dropped = [
                names[o.id]
                for o in versions
                if not note.in_headline and _earlier_version(document, o) and not carries(o, note)
            ]
            also = [_note_as_told(other) for other in told if other is not note]
            lines.append(
                f"- {names[document.id]}: {escape(note.text)}"
                + (" (its headline's slugs)" if note.in_headline else "")
                + _put_right(note, document, members, names)
                + (f" ({ADDED_NOTE_NAMES[note.kind]}, told also by {listed(also)})" if also else "")
                + (f" (dropped by the later {listed(dropped)})" if dropped else "")
            )
    if not lines:
        return []
    lead = (
        ["Each note is listed under the first version of its article that carries it.", ""]
        if kept_on
        else []
    )
    return ["## Notes on the articles", "", *lead, *lines, ""]


def _put_right(
    note: ArticleNote, document: Document, members: Sequence[Document], names: Mapping[str, str]
) -> str:
    """The figures a correction note puts right in its outlet's earlier texts of the story, as
    a note's line ends with them (:func:`~compare.stealth_edits.figures_put_right`): a bulletin
    that corrects an earlier one's figure on air is no version of it, and no pair's changes
    name the figure it puts right."""
    # Bulletins of one day are told apart by their times, in UTC, alone.
    if note.kind not in CORRECTING or not document.published_time:
        return ""
    told = [
        f"{arrowed([f'“{escape(said)}”', f'“{escape(right)}”'])} of {names[earlier.id]}"
        for earlier in members
        if earlier.published_time
        and outlet(earlier) == outlet(document)
        and earlier.published_time < document.published_time
        for said, right in figures_put_right(note, earlier)
    ]
    return f" (puts right {listed(told)})" if told else ""


def _note_as_told(note: ArticleNote) -> str:
    """What an article's note is, as a line naming the others of its kind says it: its
    headline's slugs, a wire's tag on a write-through, or a note of its text, quoted.

    >>> _note_as_told(ArticleNote(NoteKind.CORRECTION, "CORRECTED", ()))
    "its headline's slugs “CORRECTED”"
    >>> _note_as_told(ArticleNote(NoteKind.CORRECTION, "(Corrects size of shortfall in paragraph 1)", (0,)))
    'its tag “(Corrects size of shortfall in paragraph 1)”'
    """
    quoted = f"“{escape(note.text)}”"
    if note.in_headline:
        return f"its headline's slugs {quoted}"
    if lexicon().write_through_tag_kind(note.text):
        return f"its tag {quoted}"
    return f"its note {quoted}"


def _earlier_version(earlier: Document, later: Document) -> bool:
    """Whether ``earlier`` is an earlier version of ``later``'s article, by the times
    :func:`~compare.records.version_times` compares."""
    times = version_times(earlier, later)
    return times is not None and times[0] < times[1]


def _consecutive(result: Result, story: Story) -> frozenset[frozenset[str]]:
    """The story's pairs of versions of one article that follow each other, by their two ids
    (``records.consecutive_versions``)."""
    return consecutive_versions(result.by_id[doc] for doc in story.documents)


def _listed(pair: PairComparison, consecutive: AbstractSet[frozenset[str]]) -> bool:
    """Whether the pairs a page lists hold ``pair``: one article reuses the other's text
    (:func:`_reuses_the_other`), or it is a version of an article and the one after it
    (``consecutive``), whatever a rewrite kept: what changed between two saves."""
    return _reuses_the_other(pair) or frozenset((pair.a, pair.b)) in consecutive


def _reusing_each_other(
    pairs: Sequence[PairComparison],
    taken: Sequence[Taken],
    consecutive: AbstractSet[frozenset[str]],
) -> list[PairComparison]:
    """The pairs that reuse text, save those whose shared text both took from a third article,
    and each version of an article with the one after it (``consecutive``): those versions
    first, then each outlet with its closest source and the copies and rewrites (``derived``)
    whose direction is not known between two articles neither traced to a source, which have no
    closest source to be (of those, the partial pairs last), then the others, those of one outlet's articles last (:func:`_outlets_own`),
    each in the story's order."""
    sources = sources_of(taken)
    closest = {frozenset((copy, found[0].origin)) for copy, found in sources.items()}

    def sourceless(pair: PairComparison) -> bool:
        return (
            _one_text(pair)
            and not pair.direction
            and pair.a not in sources
            and pair.b not in sources
        )

    reusing = [p for p in pairs if _listed(p, consecutive)]
    return sorted(
        reusing,
        key=lambda p: (
            frozenset((p.a, p.b)) not in consecutive,
            frozenset((p.a, p.b)) not in closest and not sourceless(p),
            _outlets_own(p, consecutive),
            not _one_text(p),
        ),
    )


def _one_text(pair: PairComparison) -> bool:
    """Whether one of the pair is, for the most part, the other's text: a copy or a rewrite."""
    return pair.verdict in (Verdict.COPY, Verdict.DERIVED)


def _outlets_own(pair: PairComparison, consecutive: AbstractSet[frozenset[str]]) -> bool:
    """Whether a pair is of one outlet's articles, and not a version of an article and the one
    after it (``consecutive``): a live page's save and one some saves later, a wire's URGENT and
    its 2nd LEAD. Such reuse of an outlet's own text goes after any between outlets wherever
    pairs are cut to a number: a live page saved 30 times makes 406 such pairs."""
    return pair.same_source and frozenset((pair.a, pair.b)) not in consecutive


def _not_reusing_each_other(
    pairs: Sequence[PairComparison], listed: Sequence[PairComparison]
) -> list[str]:
    """How many of ``pairs`` are not ``listed``, as a sentence lists them: those whose shared
    text both took from a third article, and the independent ones."""
    shown = {id(p) for p in listed}
    left = [p for p in pairs if id(p) not in shown]
    independent = sum(p.verdict is Verdict.INDEPENDENT for p in left)
    return [
        _count(number, singular, plural)
        for number, singular, plural in (
            (
                len(left) - independent,
                "pair whose shared text both took from a third article",
                "pairs whose shared text both took from a third article",
            ),
            (independent, "independent pair", "independent pairs"),
        )
        if number
    ]


def _most_telling(
    reusing: Sequence[PairComparison],
    consecutive: AbstractSet[frozenset[str]],
    limit: int = MAX_INDEX_PAIRS,
) -> Sequence[PairComparison]:
    """The pairs of a story that its index rows list: all of them, in the story's order, when
    there are at most ``limit``; else that many: copies that do not credit their
    source first, then each version of an article with the one after it (``consecutive``),
    then other copies and rewrites (``derived``), directed or not, then other undisclosed reuse,
    then the rest, then the other pairs of one outlet's articles (:func:`_outlets_own`); each by
    the larger of its two containments, then
    by the smaller, but versions in their order; pairs alike in the story's order."""
    if len(reusing) <= limit:
        return reusing
    return sorted(reusing, key=lambda p: _telling(p, consecutive))[:limit]


def _telling(
    pair: PairComparison, consecutive: AbstractSet[frozenset[str]]
) -> tuple[int, float, float]:
    """How telling a pair is, the most first, as :func:`_most_telling` ranks pairs."""
    # An article's edits in the order they were made (one outlet's: never undisclosed).
    if frozenset((pair.a, pair.b)) in consecutive:
        return (1, 0.0, 0.0)
    # A copy or rewrite goes before any partial pair, charged or not, and whether or not it has
    # a direction: two undated students' shared story, which neither can be named the copy
    # of, ranked below twenty pairs that share a few stock phrases.
    reuse = (
        0
        if pair.verdict is Verdict.COPY and pair.undisclosed_reuse
        else 1
        if _one_text(pair)
        else 2
        if pair.undisclosed_reuse
        else 3
    )
    return (
        5 if _outlets_own(pair, consecutive) else 1 + reuse if reuse else 0,
        -max(pair.a_in_b, pair.b_in_a),
        -min(pair.a_in_b, pair.b_in_a),
    )


def _more_reusing_pairs(
    stories: Sequence[Story], reusing_in: Mapping[str, Sequence[PairComparison]], json_beside: bool
) -> list[str]:
    """A line for each story whose pairs that reuse text the index does not all list: how many
    more it has, and where they are: on its page, or, past what a wide story's page writes out,
    in the JSON report."""
    more = []
    for story in stories:
        reusing = len(reusing_in[story.id])
        if reusing <= MAX_INDEX_PAIRS:
            continue
        page = f"its page, [{story_file_name(story)}]({story_file_name(story)}),"
        if len(story.documents) > WIDE_STORY and reusing > MAX_PAIR_SECTIONS:
            where = (
                f"{page} writes out {MAX_PAIR_SECTIONS} of its {reusing:,}, and "
                f"{_json_report(json_beside)} gives them all."
            )
        else:
            where = f"{page} gives them all."
        more.append(f"- {story.id}: {_count(reusing - MAX_INDEX_PAIRS, 'more pair')}; {where}")
    if not more:
        return []
    return [
        "",
        f"Of a story with more than {MAX_INDEX_PAIRS} pairs that reuse text, the "
        f"{MAX_INDEX_PAIRS} most telling are listed: copies that do not credit their source "
        "first, then each version of an article with the one after it, then other copies and "
        "rewrites (derived), whether or not it is known which came first, then other "
        "undisclosed reuse, then the rest, then the other pairs of one outlet's articles, each "
        "the most contained first.",
        "",
        *more,
    ]


def _json_report(beside: bool, *, start: bool = False) -> str:
    """The JSON report as a Markdown report names it, at the ``start`` of a sentence or not: the
    report.json the run wrote ``beside`` it, else the option that writes one."""
    if beside:
        return "`report.json`"
    return f"{'T' if start else 't'}he JSON report (`--format json`)"


def _reuses_the_other(pair: PairComparison) -> bool:
    """Whether one article of a pair reuses the other's text, not only text both took from a
    third article (``common_origin``) or from a wire each credits (``common_wire``)."""
    return (
        pair.verdict is not Verdict.INDEPENDENT and not pair.common_origin and not pair.common_wire
    )


def _wide_pairs(
    pairs: Sequence[PairComparison],
    reusing: Sequence[PairComparison],
    *,
    versions: bool,
    outlets_own: bool,
    json_beside: bool,
) -> list[str]:
    """Which of a wide story's pairs its page writes out (``versions`` of an article first,
    when it has some, and last the other pairs of one outlet's articles, ``outlets_own``, when
    it has some), and how many it leaves to the JSON."""
    shown = min(len(reusing), MAX_PAIR_SECTIONS)
    first = (
        "each version of an article with the one after it first, then each outlet with its "
        "closest source"
        if versions
        else "each outlet with its closest source first"
    ) + (", the other pairs of one outlet's articles last" if outlets_own else "")
    if not reusing:
        written = "No article reuses another's text directly, so no pair is written out below."
    elif shown == len(reusing):
        written = (
            f"Below are the {_count(shown, 'pair')} in which one article reuses the other's text, "
            f"{first}."
        )
    else:
        written = (
            f"Below are the first {shown:,} of the {_count(len(reusing), 'pair')} in which one "
            f"article reuses the other's text, {first}."
        )
    more = len(reusing) - shown
    left_out = [
        *(
            [_count(more, "more pair that reuses text", "more pairs that reuse text")]
            if more
            else []
        ),
        *_not_reusing_each_other(pairs, reusing),
    ]
    # report.json, too, leaves out these pairs' aligned sentences unless asked for them.
    through_a_third = any(p.common_origin for p in pairs)
    return [
        "## Pairs",
        "",
        f"This story's {_count(len(pairs), 'pair')} are too many to write out. {written}"
        + (f" Not written out: {listed(left_out)}." if left_out else "")
        + f" {_json_report(json_beside, start=True)} gives every pair"
        + (
            "; of a pair whose shared text both took from a third article, its figures, and "
            "its aligned sentences with `--every-match`."
            if through_a_third
            else "."
        ),
        "",
    ]


def render_figures(figures: Sequence[DifferingFigure], names: Mapping[str, str]) -> list[str]:
    """The counts a story's outlets give different values for in sentences no pair aligns (the
    pairs' framing notes set aligned ones side by side): a row a counted thing, each outlet's
    value with its sentence's number, a column an outlet, or all in one cell where more than
    ``WIDE_STORY`` outlets give one; none where no count differs."""
    if not figures:
        return []
    outlets = list(dict.fromkeys(given.doc for figure in figures for given in figure.values))
    lines = [
        "## Figures that differ",
        "",
        "Counts the outlets give different values for, in sentences the pairs below do not "
        "align (the pair sections' framing notes give those of aligned sentences); each value "
        'with its sentence\'s number. A value that only rounds another ("around 140" for '
        "137) is marked rounded.",
        "",
    ]

    def value(given: FigureGiven) -> str:
        return f"{escape(given.written)} ({given.sentence + 1})"

    def agreement(figure: DifferingFigure) -> str:
        return "rounded" if figure.rounded else "compatible" if figure.compatible else "differs"

    if len(outlets) > WIDE_STORY:
        rows = [
            [
                escape(figure.counted) or "-",
                "; ".join(f"{names[g.doc]}: {value(g)}" for g in figure.values),
                agreement(figure),
            ]
            for figure in figures
        ]
        return [*lines, _table(["counted", "values", "agreement"], rows), ""]
    rows = [
        [
            escape(figure.counted) or "-",
            *(value(given[doc]) if doc in given else "-" for doc in outlets),
            agreement(figure),
        ]
        for figure in figures
        for given in [{g.doc: g for g in figure.values}]
    ]
    return [*lines, _table(["counted", *(names[d] for d in outlets), "agreement"], rows), ""]


def render_coverage(
    members: Sequence[Document],
    groups: Sequence[SentenceGroup],
    sentences: Mapping[str, Sequence[Sentence]],
    novelty: Novelty,
    releases: Mapping[str, PressRelease],
    *,
    wide: bool = False,
) -> list[str]:
    """The coverage matrix of a story (which outlet carries which shared sentence, how, and
    which one most likely carried it first), then per outlet what only it reports (no other
    article restates it in other words: :mod:`compare.novelty`) and the rows most others carry
    but it leaves out. A ``wide`` story's rows count the outlets that carry each
    sentence each way, and the table per outlet says which rows it carries otherwise than
    verbatim: a column per outlet would make a table hundreds of columns wide.
    """
    names = _short_names(members, releases)
    shared = carried(groups)
    lines = ["## Coverage", ""]
    if shared:
        head = ["row", "sentence", "text from", "first"]
        rows = [
            [
                number,
                escape(shorten(_text(group, sentences), ROW_TEXT_CHARS)),
                names[group.representative.doc],
                names[group.origin] if group.origin else "-",
            ]
            for number, group in enumerate(shared, start=1)
        ]
        if wide:
            kinds = ["verbatim", "edited", "paraphrase", "quote"]
            lines += [
                f"{ROWS_ARE_SENTENCES}; the counts say how many articles carry a version of it "
                f"verbatim, edited (lightly copy-edited), as a paraphrase or a quote (sharing a "
                f"quotation), and how many do not; {FRAMING_MARK} counts the versions with a "
                f"framing difference (see the pair sections). {FIRST_IS_ORIGIN} The table below "
                "it gives each outlet's versions other than verbatim.",
                "",
                _table(
                    [*head, *kinds, "not carried", FRAMING_MARK],
                    [
                        [
                            *row,
                            *(counts[kind] for kind in kinds),
                            len(members) - len(group.versions),
                            sum(bool(v.framing) for v in group.versions),
                        ]
                        for row, group in zip(rows, shared, strict=True)
                        for counts in [Counter(map(_kind, group.versions))]
                    ],
                ),
                "",
            ]
        else:
            lines += [
                f"{ROWS_ARE_SENTENCES}; each cell says how that article's version relates to this "
                "text: verbatim, edited (lightly copy-edited), paraphrase, quote (shares a "
                f"quotation) or — (not carried). {FRAMING_MARK} marks a framing difference (see "
                f"the pair sections). {FIRST_IS_ORIGIN}",
                "",
                _table(
                    [*head, *(names[d.id] for d in members)],
                    [
                        [*row, *(_cell(group, d.id) for d in members)]
                        for row, group in zip(rows, shared, strict=True)
                    ],
                ),
                "",
            ]
    else:
        lines += ["No sentence is carried by two or more of these articles.", ""]
    # By identity: hashing a group hashes every version of it, for each outlet's cells.
    row = {id(group): number for number, group in enumerate(shared, start=1)}

    def otherwise(doc: str) -> str:
        return ", ".join(
            f"{row[id(g)]} {cell}"
            for g in shared
            if (cell := _cell(g, doc)) not in ("verbatim", "—")
        )

    ids = [d.id for d in members]

    def alone(doc: str) -> str:
        return "<br>".join(
            f"({_indexes(g.representative.sentences)}) "
            f"{escape(shorten(_text(g, sentences), ROW_TEXT_CHARS))}"
            for g in exclusive(groups, doc, ids, novelty)
        )

    cut_short = {d.id for d in members if paywall_notice(d.text) is not None}

    def left_out(doc: str) -> str:
        return "<br>".join(
            f"{row[id(g)]} {escape(shorten(_text(g, sentences), ROW_TEXT_CHARS))}"
            for g in omitted_by(groups, doc, len(members), cut_short)
        )

    columns: dict[str, Callable[[str], str]] = (
        {"rows it carries otherwise than verbatim": otherwise} if wide else {}
    )
    columns |= {"only it reports": alone, "leaves out (rows most others carry)": left_out}
    lines += [
        _table(
            ["outlet", *columns],
            [[names[d.id], *(cell(d.id) or "-" for cell in columns.values())] for d in members],
        ),
        "",
    ]
    return lines


def render_provenance(
    members: Sequence[Document],
    taken: Sequence[Taken],
    releases: Mapping[str, PressRelease],
    *,
    shared: Sequence[PairComparison] = (),
    wide: bool = False,
) -> list[str]:
    """Who copied whom: per outlet, the share of its words copied or edited from each other
    outlet it reuses, and the outlets it reuses without credit; in a ``wide`` story, the one it
    took most from and its share, and at most ``MAX_OTHER_SOURCES`` others. Then the pairs of
    ``shared`` (``PairComparison.shared_uncredited``), which no row holds, as neither is known
    to be the copy.
    """
    lines = ["## Who copied whom", ""]
    names = _short_names(members, releases)
    listed = _shared_uncredited(shared, names)
    if not taken:
        return [*lines, *(listed or ["No article of this story reuses another's sentences.", ""])]
    copies = [d for d in members if any(t.copy == d.id for t in taken)]
    if wide:
        sources = sources_of(taken)
        return [
            *lines,
            "Each row is an article that reuses others, and the article it took most from, its "
            f"closest source: {SOURCE_OF_A_SENTENCE}. “Share” is the share of its words "
            f"{TAKEN_SENTENCES} from that source; “credits it” says whether it credits a wire "
            "service or that source; “other sources” are the other articles it took from.",
            "",
            _table(
                ["copy", "closest source", "share", "credits it", "other sources"],
                [
                    [
                        names[copy.id],
                        names[closest.origin],
                        _percent(closest.share),
                        "yes" if closest.credited else "no",
                        _other_sources(others, names),
                    ]
                    for copy in copies
                    for closest, *others in [sources[copy.id]]
                ],
            ),
            "",
            *listed,
        ]
    origins = [d for d in members if any(t.origin == d.id for t in taken)]
    share = {(t.copy, t.origin): _percent(t.share) for t in taken}
    lines += [
        "Each row is an article that reuses others; each cell is the share of its words "
        f"{TAKEN_SENTENCES} from the column's article: {SOURCE_OF_A_SENTENCE}. "
        "“Uncredited” lists what it reuses crediting neither the source nor the wire service "
        "whose text it is.",
        "",
        _table(
            ["copy", *(names[d.id] for d in origins), "uncredited"],
            [
                [
                    names[copy.id],
                    *(share.get((copy.id, origin.id), "") for origin in origins),
                    ", ".join(
                        names[origin.id]
                        for origin in origins
                        if any(
                            (t.copy, t.origin) == (copy.id, origin.id) and not t.credited
                            for t in taken
                        )
                    )
                    or "-",
                ]
                for copy in copies
            ],
        ),
        "",
        *listed,
    ]
    return lines


def _shared_uncredited(pairs: Sequence[PairComparison], names: Mapping[str, str]) -> list[str]:
    """Who copied whom's line on the pairs flagged `shared uncredited`: each one's two
    articles, its verdict and the share of each one's words in sentences the two share."""
    if not pairs:
        return []
    listed = "; ".join(
        f"{names[p.a]} and {names[p.b]} ({p.verdict.value}, {_percent(p.a_in_b)} and "
        f"{_percent(p.b_in_a)} of their words)"
        for p in pairs
    )
    return [
        "**Shared uncredited** (which came first is not known, neither credits the other, and "
        f"no other article here holds what the two share): {listed}.",
        "",
    ]


def _other_sources(others: Sequence[Taken], names: Mapping[str, str]) -> str:
    named = [
        f"{names[t.origin]} {_percent(t.share)}" + ("" if t.credited else " (uncredited)")
        for t in others[:MAX_OTHER_SOURCES]
    ]
    if left := len(others) - len(named):
        named.append(f"{left:,} more")
    return ", ".join(named) or "-"


def _cell(group: SentenceGroup, doc: str) -> str:
    """How ``doc`` carries the group: the representative's own version is the text shown."""
    version = next((v for v in group.versions if v.doc == doc), None)
    if version is None:
        return "—"
    return f"{_kind(version)} {FRAMING_MARK}" if version.framing else _kind(version)


def _kind(version: Version) -> str:
    """How a version relates to its group's text, as the coverage tables say it: the
    representative's own version is verbatim."""
    return (version.kind or MatchKind.VERBATIM).value.removeprefix("shared_")


def _text(group: SentenceGroup, sentences: Mapping[str, Sequence[Sentence]]) -> str:
    leader = group.representative
    return " ".join(sentences[leader.doc][i].text for i in leader.sentences)


def _short_names(
    members: Sequence[Document], releases: Mapping[str, PressRelease]
) -> dict[str, str]:
    """Each document's name in a story's tables, by id: its outlet's name (a press release's
    issuer's, :func:`~compare.report.network.shown_source`), or, when the story
    has two documents from that outlet, what tells it from the others (:func:`_told_apart`):
    the version it is of an article (:func:`_name`), its file's name, its title or its id, after
    the outlet's name where two outlets have documents told apart so: three outlets' "08:10 UTC
    version" columns would not say whose is whose.

    >>> from compare.records import Document
    >>> _short_names([Document("s2/afp", "AFP", "", title="Teenager hurt in arrest"),
    ...     Document("s6/afp", "AFP", "", title="Two officers held"), Document("v", "Echo", "")], {})
    {'s2/afp': '“Teenager hurt in arrest”', 's6/afp': '“Two officers held”', 'v': 'Echo'}
    >>> _short_names([Document(f"{o}{n}", o, "") for o in "AB" for n in "12"], {})["A1"]
    'A, A1'
    """
    told = _told_apart(members, releases)
    outlets = {escape(shown_source(d, releases)) for d in members if d.id in told}
    return {
        d.id: (f"{escape(shown_source(d, releases))}, " if len(outlets) > 1 else "")
        + told[d.id].alone()
        if d.id in told
        else escape(shown_source(d, releases))
        for d in members
    }


def _page_names(
    members: Sequence[Document], releases: Mapping[str, PressRelease]
) -> dict[str, str]:
    """Each document's name in a story page's sentences and headings, by id: its outlet's name
    (a press release's issuer's, :func:`~compare.report.network.shown_source`), or, when the story has two documents from that outlet, its :func:`_name`, the outlet's and
    what tells them apart (:func:`_told_apart`). The page's table of documents gives every id: a
    heading that named both ids of a pair ran to 200 characters.

    >>> from compare.records import Document
    >>> _page_names([Document("courier-fire", "Courier", ""), Document("v1", "Echo", ""),
    ...     Document("v2", "Echo", "")], {})
    {'courier-fire': 'Courier', 'v1': 'Echo (v1)', 'v2': 'Echo (v2)'}
    """
    told = _told_apart(members, releases)
    return {
        d.id: _name(d, releases, told[d.id]) if d.id in told else escape(shown_source(d, releases))
        for d in members
    }


@dataclass(frozen=True, slots=True)
class _Told:
    """What tells a document from others of its outlet beside it: the ``version`` it is of an
    article (:func:`_versions_named`), else its ``title`` cut to its first words, else its file's
    name or its id (``file``)."""

    version: str | None = None
    title: str | None = None
    file: str | None = None

    def alone(self) -> str:
        """Said without the outlet, escaped: "17:42 UTC version", "“Two officers held”"."""
        if self.version is not None:
            return self.version
        return f"“{self.title}”" if self.title is not None else escape(self.file or "")


def _told_apart(
    documents: Sequence[Document], releases: Mapping[str, PressRelease]
) -> dict[str, _Told]:
    """What tells apart, by id, each of ``documents`` that shares its outlet (as
    :func:`~compare.report.network.shown_source` names it) with another of them: the version it is of an article (:func:`_versions_named`); else its file's name (its
    id's last part, "afp_depeche_maj" of "s5/afp_depeche_maj") when no other of its outlet's has
    it and it is short enough to read; else its title, cut to its first words, when no other's
    is that; else its id. A folder path or a file name made of a headline says nothing a reader
    needs that the title does not say better.

    >>> from compare.records import Document
    >>> told = _told_apart([Document("s5/afp", "AFP", ""), Document("s5/afp-maj", "AFP", ""),
    ...     Document("s2/wire", "Wire", "", title="Teenager hurt"), Document("s6/wire", "Wire", "")],
    ...     {})
    >>> [told[d].alone() for d in ("s5/afp", "s5/afp-maj", "s2/wire", "s6/wire")]
    ['afp', 'afp-maj', '“Teenager hurt”', 's6/wire']
    """
    versions = _versions_named(documents)
    by_source: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        by_source[shown_source(document, releases)].append(document)
    told: dict[str, _Told] = {}
    for group in (g for g in by_source.values() if len(g) > 1):
        files = Counter(_file_part(d.id) for d in group)
        titles = Counter(_opening(d.title, TOLD_TITLE_WORDS) for d in group if d.title)
        for d in group:
            file, title = _file_part(d.id), d.title and _opening(d.title, TOLD_TITLE_WORDS)
            if d.id in versions:
                told[d.id] = _Told(version=versions[d.id])
            elif files[file] == 1 and len(file) <= TOLD_FILE_CHARS:
                told[d.id] = _Told(file=file)
            elif title and titles[title] == 1:
                told[d.id] = _Told(title=title)
            else:
                told[d.id] = _Told(file=d.id)
    return told


def _file_part(document_id: str) -> str:
    """The last part of a document's id, the file's name of one read from a folder."""
    return document_id.rsplit("/", 1)[-1]


def render_pair(
    result: Result,
    pair: PairComparison,
    names: Mapping[str, str] | None = None,
    novelty: Novelty | None = None,
) -> list[str]:
    """The Markdown section of one document pair, its documents and any third one it names
    called by ``names`` (by id: a story page's, :func:`_page_names`), else by
    :func:`_name`; what each adds read by ``novelty`` (its story's), else by the pair's."""
    a, b = result.by_id[pair.a], result.by_id[pair.b]
    names = names or _full_names(result)
    novelty = novelty or Novelty([a, b], result.sentences)
    lines = [
        f"## {names[a.id]} vs {names[b.id]}",
        "",
        _verdict_line(
            pair, result.by_id, names, result.settings, result.cycles_in.get(pair.story, ())
        ),
        "",
    ]
    if stealth := stealth_edit(pair, result.by_id, result.notes):
        lines += [_stealth_line(stealth, pair), ""]
    elif (
        check := note_check(pair, result.by_id, result.notes, result.versions_of)
    ) and check.telling:
        lines += [_note_check_line(check, pair.b), ""]
    if headline := _headline_line(pair, a, b):
        lines += [headline, ""]
    lines += _synonyms_swapped_line(pair, result)
    reuse = [m for m in pair.matches if m.kind.is_reuse]
    # Diffs and framing differences read the way the copy changed the origin, as track changes
    # do, whichever article is A: an article that reuses B and writes "five" for its "three"
    # shows "~~three~~ **five**", and one that adds "reportedly" added a hedge. Two articles
    # without a direction read as framing.csv and --fail-on read them (the later changing the
    # earlier), whatever their files are called.
    order, basis = read_order(result, pair)
    a_changed_b = order == "b->a"

    def origin_first(of_a: str, of_b: str) -> tuple[str, str]:
        return (of_b, of_a) if a_changed_b else (of_a, of_b)

    lines += ["### Aligned sentences", ""]
    if pair.matches:
        lines.append(
            f"{_count(len(pair.matches), 'aligned pair')}, {len(reuse):,} of them copied or edited. "
            + _diff_legend(pair)
        )
        lines.append("")
        lines += _moved_lines(pair)
        lines += [
            line
            for match in pair.matches
            for line in _match_lines(match, order, directed=pair.direction is not None)
        ]
        lines.append("")
    else:
        lines += [_nothing_matched(result, pair), ""]
    lines += _shared_quotation_lines(result, pair, names)
    # A quotation both carry in sentences aligned with no match together is noted where it is;
    # a headline's notes come first, as the headline does.
    notes: list[tuple[Sequence[int] | None, Sequence[int] | None, FramingNote, bool]] = [
        (None, None, n, False) for n in pair.headline_framing
    ]
    notes += [
        (m.a.sentences, m.b.sentences, n, compatible)
        for m in pair.matches
        for n, compatible in _notes_shown(result.sentences, pair, m)
    ]
    notes += [
        ((q.a_sentence,), (q.b_sentence,), n, False)
        for q in pair.shared_quotations
        for n in q.framing
    ]
    notes += [
        (q.a_sentences, q.b_sentences, n, False) for q in pair.altered_quotations for n in q.framing
    ]
    named = names_framing_of(a.text, a.language) and names_framing_of(b.text, b.language)
    across_languages = _in_other_languages(a, b)
    lines += ["### Framing differences", ""]
    if across_languages:
        lines += [NOT_FRAMED_ACROSS_LANGUAGES, ""]
    elif notes:
        # The origin's columns first, as its words come first, struck, in the diffs.
        first, second = origin_first("A", "B")
        lines += [
            "Each difference is named as "
            + ("A's version changes B's" if a_changed_b else "B's version changes A's")
            + _direction_said(pair, basis),
            "",
            _table(
                [f"{first} sentence", f"{second} sentence", "difference", first, second],
                [
                    [
                        *origin_first(_noted_in(in_a), _noted_in(in_b)),
                        COMPATIBLE_LABEL
                        if compatible
                        else FRAMING_LABELS[n.kind.mirrored if a_changed_b else n.kind],
                        *origin_first(
                            escape(as_printed(n.a, n.a_spans, a.text)) or "-",
                            escape(as_printed(n.b, n.b_spans, b.text)) or "-",
                        ),
                    ]
                    for in_a, in_b, n, compatible in notes
                ],
            ),
            "",
            *([_framing_words_read(), ""] if _in_a_language_unnamed([a, b]) else []),
            *_kinds_read([a, b]),
        ]
    elif named:
        lines += ["No framing difference in the aligned sentences.", "", *_kinds_read([a, b])]
    elif _in_a_language_unnamed([a, b]):
        lines += [
            "No difference of numbers, quotations or listed framing words in the aligned "
            f"sentences. {_framing_words_read()}",
            "",
        ]
    else:
        lines += [
            "No difference of numbers or quotations in the aligned sentences.",
            "",
            *_kinds_read([a, b]),
        ]
    if across_languages:
        # Every sentence of each would be listed as new to the other, which it is not.
        return [*lines, "### What each adds", "", NOT_ADDED_ACROSS_LANGUAGES, ""]
    lines += _caveats_of_one(result.sentences, pair, names, novelty, result.by_id)
    for doc, only, other in ((a, pair.only_a, b), (b, pair.only_b, a)):
        additions = novelty.additions(doc.id, only, other.id)
        sentences = result.sentences[doc.id]
        if _origin_of(pair) == doc.id and len(only) > MAX_LISTED_LEFT_OUT:
            side = "A" if doc is a else "B"
            lines += _left_out(names, side, only, additions, sentences, other.id)
        else:
            # The origin's sentences restated by its copy tell what the copy changed, not it.
            theirs = () if _origin_of(pair) == doc.id else result.sentences[other.id]
            scanned = bool({doc.id, other.id} & result.scanned)
            lines += [
                f"### {_what_adds(pair, doc.id, other.id, names)}",
                "",
                *_additions_lines(additions, sentences, names[other.id], theirs, scanned),
            ]
    return lines


def _shared_quotation_lines(
    result: Result, pair: PairComparison, names: Mapping[str, str]
) -> list[str]:
    """The quotations both articles of ``pair`` carry, each with its sentences, its length and,
    when the run has articles beside the two, those that carry it too, called by ``names`` or,
    of another story, by :func:`_name`."""
    if not pair.shared_quotations:
        return []

    def carried(quotation: SharedQuotation) -> str:
        if len(result.documents) == 2:
            return ""
        elsewhere = pair.elsewhere(quotation)
        if not elsewhere:
            return " · only these two"
        # The story's own articles first: they are what a reader of its page can look up.
        named = sorted(elsewhere, key=lambda d: d not in names)[:MAX_LISTED_CARRIERS]
        others = [names.get(d) or _name(result.by_id[d], result.releases) for d in named]
        if len(elsewhere) <= MAX_LISTED_CARRIERS:
            return f" · also in {listed(others)}"
        more = len(elsewhere) - MAX_LISTED_CARRIERS
        return (
            f" · also in {_count(len(elsewhere), 'other article')}: "
            f"{', '.join(others)} and {more:,} more (the JSON report's story `quotations` lists them all)"
        )

    def speakers(quotation: SharedQuotation) -> str:
        # The same words given to another speaker are no quotation carried faithfully.
        told = _told_as_anothers(pair, quotation)
        return f" · told as another's: {escape(told.a)} in A, {escape(told.b)} in B" if told else ""

    return [
        f"### {SHARED_QUOTATIONS_HEADING}",
        "",
        "Quotations both carry word for word, never counted as reuse, as reporters quote the "
        "same speeches; one that no other article carries may come from one's own interview.",
        "",
        *(
            f"- A {q.a_sentence + 1}, B {q.b_sentence + 1} · {_count(q.words, 'word')}"
            f"{carried(q)}{speakers(q)}: “{escape(q.text)}”"
            for q in pair.shared_quotations
        ),
        "",
    ]


def _told_as_anothers(pair: PairComparison, quotation: SharedQuotation) -> FramingNote | None:
    """The ``speaker_changed`` note of a quotation both articles of ``pair`` carry, its own or
    that of the match that aligns its two sentences; ``None`` where one speaker says it in both."""
    aligned = (
        note
        for match in pair.matches
        if quotation.a_sentence in match.a.sentences and quotation.b_sentence in match.b.sentences
        for note in match.framing
    )
    return next(
        (n for n in chain(quotation.framing, aligned) if n.kind is FramingKind.SPEAKER_CHANGED),
        None,
    )


def _full_names(result: Result) -> Mapping[str, str]:
    """Each document's :func:`_name`, by id: of a pair without its story's table of documents,
    the name that tells its file too, or the version it is of an article.

    Made once a result: each reading walks every document of the run, and the pages of a run
    read it once for each story whose articles reuse another story's (of 1,852 articles, 342
    times: 98 s of the 114 s its 660 story pages took)."""
    if _last_full_names and _last_full_names[0][0] is result:
        return _last_full_names[0][1]
    told = _told_apart(result.documents, result.releases)
    names = MappingProxyType(
        {d.id: _name(d, result.releases, told.get(d.id)) for d in result.documents}
    )
    # The result is held with its names, so that no other result takes its id while they are.
    _last_full_names[:] = [(result, names)]
    return names


_last_full_names: list[tuple[Result, Mapping[str, str]]] = []


def render_pair_report(result: Result) -> list[str]:
    """What ``compare pair`` prints of the two articles of ``result``: their notes on the
    article, as a story page lists them, and their pair's section, its verdict followed, when
    one reuses the other without credit, by :data:`UNSEEN_SOURCE`: the command sees no third
    article both may have taken their text from. Not when the origin is a press release: the
    source is then one of the two, and no third article explains what its copy took."""
    pair = result.pairs[0]
    members = [result.by_id[pair.a], result.by_id[pair.b]]
    names = _full_names(result)
    section = render_pair(result, pair, names)
    if pair.undisclosed_reuse and pair.direction_basis is not DirectionBasis.PRESS_RELEASE:
        # The heading, a blank line, the verdict and a blank line come first.
        section[4:4] = [UNSEEN_SOURCE, ""]
    # Marked as the story pages are: saved beside the articles, it is not read as one of them.
    return [REPORT_PAGE_MARK, *_article_notes(members, result.notes, names), *section]


def render_check_report(
    result: Result, new: AbstractSet[str], archive_size: int, max_pairs: int
) -> list[str]:
    """What ``compare check`` prints: a line per ``new`` document on how many of the
    ``archive_size`` archive articles and the other new ones it was checked against share
    text with it, then the
    ones out of date against the archive's versions of their source, as a story page lists
    them (:func:`_stale_copies`), then the pair section of each pair that holds one, best first
    (those flagged, as :func:`check_flags` flags them, then copies, then the most of either
    article's words shared), the first ``max_pairs`` of them, and a line naming the rest. An
    article's line names its flagged pairs with their flags, as who copied whom does."""
    names = _full_names(result)
    flags = {
        (pair.a, pair.b): found for pair in result.all_pairs if (found := check_flags(pair, result))
    }
    # A new article's partners in other stories (a round-up's second release) count as much.
    ranked = sorted(result.all_pairs, key=lambda pair: _check_rank(pair, flags))
    lines = [REPORT_PAGE_MARK]
    for doc in (d for d in result.documents if d.id in new):
        its = [p for p in ranked if doc.id in (p.a, p.b)]
        verdicts = Counter(p.verdict for p in its)
        counted = ", ".join(f"{verdicts[v]} {v.value}" for v in Verdict if verdicts[v])
        flagged = [
            f"{_who_copied(p, doc.id, names)} ({', '.join([p.verdict.value, *raised])})"
            for p in its
            if (raised := flags.get((p.a, p.b)))
        ]
        lines.append(
            f"**{names[doc.id]}** against {_count(archive_size, 'archive article')}"
            # A class's submissions checked together are compared with each other too.
            + (f" and {_count(len(new) - 1, 'other new article')}" if len(new) > 1 else "")
            + ": "
            + (
                f"{_count(len(its), 'pair')} ({counted})"
                + (f"; flagged: {'; '.join(flagged)}." if flagged else ", none flagged.")
                if its
                else "no article shares text with it."
            )
        )
        lines.append("")
    lines += _stale_copies(
        [s for found in result.stale.values() for s in found if s.copy in new],
        names,
        result.sentences,
    )
    for pair in ranked[:max_pairs]:
        lines += render_pair(result, pair, names)
    if rest := ranked[max_pairs:]:
        listed_rest = ", ".join(f"{_other_than(p, new, names)} ({p.verdict.value})" for p in rest)
        lines += [f"… {len(rest):,} more: {listed_rest}", ""]
    return lines


def _other_than(pair: PairComparison, new: AbstractSet[str], names: Mapping[str, str]) -> str:
    """A pair as the rest of ``compare check``'s list names it: by its archive article, or by
    both articles when both are new."""
    if {pair.a, pair.b} <= new:
        return f"{names[pair.a]} vs {names[pair.b]}"
    return names[pair.b if pair.a in new else pair.a]


def _who_copied(pair: PairComparison, new: str, names: Mapping[str, str]) -> str:
    """The other article of ``pair`` than ``new``, as its line of ``compare check`` names a
    flagged pair: with which of the two took from the other, since a flag on an archive article
    that copied the new one asks for other work than one the new article copied. Of an
    ``independent`` pair neither took from the other, whatever their times' order: the other
    is named alone. Of two that each took what they share from a third article of the run
    (``common_origin``) or ran one wire's copy (``common_wire``), neither took from the other
    either: that source is named, as the pair's section names it, not an unknown direction."""
    other = names[pair.b if pair.a == new else pair.a]
    if pair.verdict is Verdict.INDEPENDENT:
        return other
    if pair.common_origin:
        return f"{other}, both taking from {names[pair.common_origin]}"
    if pair.common_wire:
        return f"{other}, both running {pair.common_wire}"
    if pair.copy is None:
        return f"{other}, direction unknown"
    return f"{other}, which it takes from" if pair.copy == new else f"{other}, which takes from it"


def pairs_named(result: Result, pairs: Sequence[PairComparison]) -> str:
    """``pairs`` as a line on stderr names them, each by its two articles, "A vs B; C vs D":
    plain text, which a terminal or a log shows as it is, not Markdown."""
    names = _full_names(result)
    return "; ".join(f"{unescape(names[pair.a])} vs {unescape(names[pair.b])}" for pair in pairs)


def check_flags(pair: PairComparison, result: Result) -> list[str]:
    """What ``compare check`` flags in a pair of two articles, as ``--fail-on undisclosed`` and
    ``numbers`` find it: reuse without credit ("uncredited"), or with a credit of news agencies
    in general alone, which the index's line says names no one (:data:`AGENCY_NOT_NAMED`), and
    a number its aligned sentences give differently (``figures.gives_numbers_otherwise``); none
    in versions of one article."""
    if pair.same_article:
        return []
    origin, copy = pair.origin, pair.copy
    return [
        flag
        for flag, found in (
            ("uncredited", pair.undisclosed_reuse),
            (
                AGENCY_NOT_NAMED,
                origin is not None
                and copy is not None
                and pair.verdict is not Verdict.INDEPENDENT
                and not pair.undisclosed_reuse
                and credit_given(
                    pair, result.by_id[copy], result.by_id[origin], copy in pair.crediting
                )
                is CreditGiven.GENERIC,
            ),
            ("shared, neither credits the other", pair.shared_uncredited),
            ("synonyms swapped", bool(swapped_in_pair(pair, result))),
            (
                "a figure given differently",
                gives_numbers_otherwise(result.sentences, pair, result.by_id),
            ),
        )
        if found
    ]


def _check_rank(
    pair: PairComparison, flags: Mapping[tuple[str, str], list[str]]
) -> tuple[bool, int, float, str, str]:
    """Where a pair comes in ``compare check``'s list: those with ``flags`` first, then by
    verdict, copies first, then by the larger share of either article's words it finds in the
    other, then by id."""
    return (
        (pair.a, pair.b) not in flags,
        list(Verdict).index(pair.verdict),
        -max(pair.a_in_b, pair.b_in_a),
        pair.a,
        pair.b,
    )


def _stealth_line(stealth: StealthEdit, pair: PairComparison) -> str:
    """What the later of two versions changed with no note that says so (a likely stealth
    edit), by the earlier one's sentence numbers."""
    later, earlier = ("B", "A") if stealth.later == pair.b else ("A", "B")
    changes = [
        f"{verb} {whose} {_sentence_numbers(indexes)}"
        for verb, whose, indexes in (
            ("removes", f"{earlier}'s", stealth.removed),
            ("edits", f"{earlier}'s", stealth.edited),
            ("adds", "its", stealth.added),
        )
        if indexes
    ]
    heading = "Added to" if stealth.only_adds else "Changed"
    return (
        f"**{heading} without a correction or update note:** {later}, the later version, "
        f"{listed(changes)}, and carries no note on the article that {earlier} lacks."
    )


# A correction note as the line that holds it against what changed names it.
CORRECTING_NOTE_NAMES = {
    NoteKind.CORRECTION: "correction note",
    NoteKind.CLARIFICATION: "clarification",
    NoteKind.EDITORS_NOTE: "editor's note",
}


def _note_check_line(check: NoteCheck, b: str) -> str:
    """What the correction note the later of two versions adds leaves out: the figures it
    changed that the note names on neither side, and the words it changed inside a quotation,
    or, when it changed nothing else, that; ``b`` is the pair's B.

    >>> from compare.records import ArticleNote
    >>> note = ArticleNote(NoteKind.CORRECTION, "Correction: ... three, not four.", (9,))
    >>> check = NoteCheck("v1", "v2", (note,), (("Four", "Three"),), (("12", "14"), ("$2.4 million", "$1.4 million")), False)
    >>> print(_note_check_line(check, "v2"))
    **Correction note against what changed:** B's correction note mentions “Four” → “Three” but not “12” → “14” nor “$2.4 million” → “$1.4 million”.
    >>> retraction = ArticleNote(NoteKind.EDITORS_NOTE, "Editor's note: ... has been removed.", (10,))
    >>> check = NoteCheck("v1", "v2", (note, retraction), (), (), False, (("devastated", "heartbroken"),))
    >>> print(_note_check_line(check, "v1"))
    **Correction note against what changed:** A's correction note and editor's note do not mention the words A changed inside a quotation: “devastated” → “heartbroken”.
    """
    later, earlier = ("B", "A") if check.later == b else ("A", "B")
    kinds = list(dict.fromkeys(CORRECTING_NOTE_NAMES[note.kind] for note in check.notes))
    if check.unchanged:
        added = listed([f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}" for kind in kinds])
        told = f"{later}, the later version, adds {added} but no other change to {earlier}'s text"
        return f"**Correction note against what changed:** {told}."
    one = len(kinds) == 1
    mention = "mentions" if one else "mention"
    said = []
    if check.unmentioned:
        unmentioned = listed([_figure_change(f) for f in check.unmentioned], "nor")
        said.append(
            f"{mention} {listed([_figure_change(f) for f in check.mentioned])} but not {unmentioned}"
            if check.mentioned
            else f"{mention} none of the figures {later} changed: not {unmentioned}"
        )
    if check.quotes_unmentioned:
        quoted = listed([_figure_change(words) for words in check.quotes_unmentioned], "nor")
        said.append(
            f"{'nor' if said else 'does not mention' if one else 'do not mention'} the words "
            f"{later} changed inside a quotation: {quoted}"
        )
    return f"**Correction note against what changed:** {later}'s {listed(kinds)} {'; '.join(said)}."


def _figure_change(figures: tuple[str, str]) -> str:
    """A changed figure or quotation, the earlier version's words then the later's: "“12” →
    “14”"; of words added to or cut from a quotation, those words alone."""
    return arrowed([f"“{escape(figure)}”" for figure in figures if figure])


def _sentence_numbers(indexes: Sequence[int]) -> str:
    """Sentences as a sentence names them, numbered from 1: "sentence 9", "sentences 1 and 4"."""
    return ("sentence " if len(indexes) == 1 else "sentences ") + listed(
        [str(i + 1) for i in indexes]
    )


def _caveats_of_one(
    sentences: Mapping[str, Sequence[Sentence]],
    pair: PairComparison,
    names: Mapping[str, str],
    novelty: Novelty,
    by_id: Mapping[str, Document],
) -> list[str]:
    """The hedges and caveats in whole sentences of one article that the other lacks
    (:func:`_caveats_lacked`), by sentence, those of a pair's origin said to be left out by the
    copy where it drew on the origin (:func:`_drew_on`): a rewrite that drops the wire's "The
    claim could not be independently verified." drops a sentence of its own, whatever hedges
    it writes elsewhere. (A hedge added or dropped in an aligned sentence is a framing
    difference.)"""
    origin = _origin_of(pair)
    sides = []
    for side, doc, other in (("A", pair.a, pair.b), ("B", pair.b, pair.a)):
        if lacked := _caveats_lacked(sentences, pair, doc, novelty, by_id):
            left_out = doc == origin and _drew_on(pair, doc, by_id)
            by = f", left out by {names[other]}" if left_out else ""
            found = [f"sentence {i + 1} ({_quoted_phrases(c)})" for i, c in lacked]
            sides.append(f"{side} only{by}: {', '.join(found)}.")
    if not sides:
        return []
    return [
        f"Hedges and caveats that one article alone has, in sentences the other lacks. "
        f"{' '.join(sides)}",
        "",
    ]


def _minutes(count: int) -> str:
    """A span of ``count`` minutes, in hours and minutes from an hour on.

    >>> _minutes(50), _minutes(60), _minutes(1), _minutes(125)
    ('50 minutes', '1 hour', '1 minute', '2 hours 5 minutes')
    """
    hours, minutes = divmod(count, 60)
    spans = [(hours, "hour"), (minutes, "minute")]
    return " ".join(f"{n} {unit}{'s' if n > 1 else ''}" for n, unit in spans if n)


def _verdict_line(
    pair: PairComparison,
    by_id: Mapping[str, Document],
    names: Mapping[str, str],
    settings: Settings,
    cycles: Sequence[DirectionCycle] = (),
) -> str:
    """The verdict, the figures behind it, and whatever the figures alone would not explain:
    a template filled in for another event or day, a direction that the pair lacks (one taken
    away as the weakest of a cycle of the story's directions, of ``cycles``, the story's);
    each document called by ``names``."""
    a, b = by_id[pair.a], by_id[pair.b]
    contained, phrased, spread = (
        settings.containment_cuts,
        settings.phrasing_cuts,
        settings.spread_cuts,
    )
    meaning = (
        IN_OTHER_LANGUAGES
        if pair.verdict is Verdict.INDEPENDENT and _in_other_languages(a, b)
        else _independent_sharing(pair)
        if pair.verdict is Verdict.INDEPENDENT
        else VERDICT_MEANING[pair.verdict]
    )
    # Two versions of one article reuse nothing: the verdict only says how much text they share.
    heading = (
        f"**Versions of one article** (by their texts alone: {pair.verdict.value}, {meaning})."
        if pair.same_article
        else f"**Verdict: {pair.verdict.value}** ({meaning})."
    )
    parts = [
        heading,
        f"{_percent(pair.a_in_b, contained)} of A's words recur in sentences of B, copied or "
        f"edited, {_percent(pair.b_in_a, contained)} of B's in A's; {_longest_runs(pair)}. "
        "Outside quotations, "
        f"{_percent(pair.a_phrases_in_b, phrased)} of A's words sit in 3-word phrases B also "
        f"has (in sentences that hold {_percent(pair.a_phrases_in_b_spread, spread)} of A's "
        f"words), {_percent(pair.b_phrases_in_a, phrased)} of B's in A's "
        f"({_percent(pair.b_phrases_in_a_spread, spread)}).",
    ]
    if pair.shared_phrases:
        parts.append(_phrases_alone(pair.shared_phrases))
    if (
        (retold := pair.retold)
        and pair.verdict is Verdict.DERIVED
        and max(pair.a_in_b, pair.b_in_a) < settings.derived_containment
    ):
        side, other = ("A", "B") if retold.doc == pair.a else ("B", "A")
        parts.append(
            f"{side} retells {other} sentence by sentence: "
            f"{_retelling(retold, other)} ({_percent(retold.of_the_other)} of {other}'s words "
            f"in the sentences retold)."
        )
    # What tells a copy from a rewrite: a reader sees why sentences all copied or edited are not
    # a copy (one word edited leaves its whole sentence out of this share).
    if pair.verdict in (Verdict.COPY, Verdict.DERIVED):
        parts.append(
            f"{_percent(pair.a_verbatim_in_b, settings.verbatim_cuts)} of A's words sit in "
            f"sentences identical to B's, "
            f"{_percent(pair.b_verbatim_in_a, settings.verbatim_cuts)} of B's in A's "
            f"(a copy needs {_percent(settings.copy_containment)})."
        )
    if pair.template:
        # High containment would read as a copy: what the two share is the template's lines.
        parts.append(f"Not a copy or rewrite: {_filled_in(pair.template)}.")
    if pair.identical:
        parts.append("The two texts are identical.")
    if scripts := _scripts_apart(a, b):
        parts.append(f"A is written in {scripts[0]}, B in {scripts[1]}: {IN_ONE_SCRIPT}.")
    if pair.same_article:
        # A re-save that changed only its time is no update, nor a correction; a later version
        # that kept little of the text rewrote it.
        change = (
            "a new headline, no text change"
            if pair.identical and pair.headline_changed
            else "no text change"
            if pair.identical
            else "an update or correction"
            if pair.verdict in (Verdict.COPY, Verdict.DERIVED)
            else "a rewrite"
        )
        parts.append(f"Both are versions of one article: {change}, not syndication.")
    elif pair.same_source:
        # Only a copy or a rewrite is a version of the other; a template the source filled in
        # for another event is its other report.
        versions = pair.verdict in (Verdict.COPY, Verdict.DERIVED)
        parts.append(
            "Both come from the same source: "
            + ("an update or correction" if versions else "two of its reports")
            + ", not syndication."
        )
    if pair.common_origin:
        # Whether each credits it is in who copied whom.
        parts.append(
            f"Both reuse {names[pair.common_origin]}: what they share comes from it, "
            "not from each other (see who copied whom)."
        )
    if pair.common_wire:
        ran, how = _wire_copy(pair.common_wire, a)
        parts.append(f"Both ran {ran}, {how}: what they share comes from it, not from each other.")
    if through := pair.taken_through:
        taker, other = (a.id, b.id) if through.copy == a.id else (b.id, a.id)
        parts.append(
            f"No direction: {names[taker]} took what it shares with {names[other]} from "
            f"{names[through.source]}; see who copied whom."
        )
    if unknown := pair.taken_through_unknown:
        other = b.id if unknown == a.id else a.id
        parts.append(
            f"No direction: {names[unknown]} took what it shares with {names[other]} through "
            "other articles, by a route not known, as no article it took from holds most of "
            "it; see who copied whom."
        )
    set_aside = _set_aside(pair, by_id, names)
    if pair.direction_basis is DirectionBasis.RECORD and pair.verdict is Verdict.INDEPENDENT:
        origin, copy = _origin_and_copy(pair)
        parts.append(f"Read against the record: {names[copy]} against {names[origin]}.")
    elif pair.direction:
        origin, copy = _origin_and_copy(pair)
        basis = pair.direction_basis
        told = "; ".join(
            ([_told_by(pair, basis, names[origin], settings)] if basis else [])
            + ([set_aside] if set_aside else [])
        )
        told = f" ({told})" if told else ""
        parts.append(f"Likely direction: {names[copy]} {_reuses(pair)} {names[origin]}{told}.")
        if ahead := minutes_before_origin(pair, by_id):
            parts.append(
                f"By their times, {names[copy]} was published {_minutes(ahead)} before the "
                "article it reuses: an embargo broken, or a time given wrong."
            )
    elif set_aside:
        parts.append(f"No direction by date: {set_aside}.")
    elif basis := _dropped_in_cycle(pair, cycles):
        parts.append(
            f"No direction: its direction, told by `{basis.value}`, closed a cycle of the "
            f"story's directions, and was the weakest of it; see “{CYCLES_HEADING}”."
        )
    elif undated := _undated_line(pair, a, b, names):
        parts.append(undated)
    # A pair is flagged only with a direction: the reusing article is the one charged.
    if pair.undisclosed_reuse and pair.release_named_only_as_copied:
        # A release that names its issuer in the third person ("the Ministry ... said") lends a
        # pasted copy the name: true of the copy, but no credit of its own.
        parts.append(
            "Undisclosed reuse: the reusing article names the issuer only in the press "
            "release's own sentences, not in words of its own (a credit, “said in a "
            "statement”, “according to a press release”, the issuer's name)."
        )
    elif pair.undisclosed_reuse and pair.direction_basis is DirectionBasis.PRESS_RELEASE:
        parts.append(
            "Undisclosed reuse: the reusing article does not say, in its own words, that its "
            "text is the press release's (a credit, “said in a statement”, “according to a "
            "press release”, the issuer's name)."
        )
    elif pair.undisclosed_reuse:
        parts.append(_undisclosed_line(pair, a, b, names))
    elif pair.shared_uncredited:
        parts.append(
            "Shared uncredited: neither credits the other, and no other article of the run "
            "holds what the two share."
        )
    elif credit := _copy_credit(pair):
        parts.append(credit)
    return " ".join(parts)


def swapped_in_pair(pair: PairComparison, result: Result) -> list[Match]:
    """The pair's paraphrases that swap words in place (``Match.synonyms_swapped``), but for
    one whose other sentence its article copied word for word from a third article, which the
    swap is made against too: a student who lifted the wire's line that a classmate spun took
    it from the wire, and the spin is the classmate's against the wire, not against the student
    (retest of round 38, R5: eight wire lifters flagged against the one who spun it)."""
    swapped = [m for m in pair.matches if m.synonyms_swapped]
    if not swapped:
        return []
    between = {frozenset((p.a, p.b)): p for p in result.pairs_in.get(pair.story, ())}

    def matched(
        doc: str, other: str, sentences: tuple[int, ...], found: Callable[[Match], bool]
    ) -> list[tuple[int, ...]]:
        """The sentences of ``other`` that matches ``found`` of the pair of ``doc`` and
        ``other`` align with ``doc``'s ``sentences``."""
        two = between.get(frozenset((doc, other)))
        if two is None:
            return []
        on_a = two.a == doc
        return [
            (m.b if on_a else m.a).sentences
            for m in two.matches
            if (m.a if on_a else m.b).sentences == sentences and found(m)
        ]

    def lifted(spun: str, spun_at: tuple[int, ...], copy: str, copied: tuple[int, ...]) -> bool:
        """Whether ``copy``'s sentences ``copied`` are a third article's word for word, taken
        from it, and ``spun``'s are that article's with words swapped too."""
        return any(
            at in matched(spun, origin, spun_at, lambda m: m.synonyms_swapped)
            for taken in between.values()
            if copy in (taken.a, taken.b) and (origin := taken.origin) not in (None, copy, spun)
            for at in matched(copy, origin, copied, lambda m: m.kind is MatchKind.VERBATIM)
        )

    return [
        m
        for m in swapped
        if not (
            lifted(pair.a, m.a.sentences, pair.b, m.b.sentences)
            or lifted(pair.b, m.b.sentences, pair.a, m.a.sentences)
        )
    ]


def _synonyms_swapped_summary(
    result: Result, pairs: Sequence[PairComparison], names: Mapping[str, str]
) -> list[str]:
    """A story summary's line on its pairs with paraphrases that swap words in place
    (:func:`swapped_in_pair`), which a wide story's page writes no section of when the
    verdict is ``independent``: the mark of a paraphrasing tool, apart from the verdicts."""
    found = [
        f"{names[p.a]} and {names[p.b]} ({_count(swapped, 'sentence')})"
        for p in pairs
        if (swapped := len(swapped_in_pair(p, result)))
    ]
    if not found:
        return []
    return [
        "**Synonyms swapped** (sentences reworded with words swapped for others in place, the "
        "mark of a paraphrasing tool, which no verdict counts; report.json's matches mark them "
        f"`synonyms_swapped`): {listed(_at_most(found, MAX_LISTED_COPIES))}.",
        "",
    ]


def _synonyms_swapped_line(pair: PairComparison, result: Result) -> list[str]:
    """The line under a pair's verdict on its paraphrases that are the other's sentences with
    words swapped in place (:func:`swapped_in_pair`), the mark of a paraphrasing tool,
    reported apart from the verdict, which no paraphrase counts toward."""
    swapped = swapped_in_pair(pair, result)
    if not swapped:
        return []
    places = ", ".join(
        f"A {_indexes(m.a.sentences)} / B {_indexes(m.b.sentences)}" for m in swapped
    )
    return [
        f"Synonyms swapped: {places} "
        f"{'reads' if len(swapped) == 1 else 'read'} as one sentence with words swapped for "
        "others in place, none added, cut or moved: the mark of a paraphrasing tool, which the "
        "verdict, counting no paraphrase, leaves out.",
        "",
    ]


def _cited_in_own_words(
    pairs: Iterable[PairComparison], names: Mapping[str, str]
) -> dict[str, list[str]]:
    """Per article, the others of ``pairs`` whose story it credits in its own words though it
    took none of their text (``PairComparison.cited_at``: "..., the Dunmore Courier
    reported."), sorted."""
    cited: defaultdict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        for credit in pair.cited_at:
            cited[credit.doc].add(names[pair.b if credit.doc == pair.a else pair.a])
    return {doc: sorted(others) for doc, others in cited.items()}


def _copy_credit(pair: PairComparison) -> str | None:
    """Where the reusing article of a directed pair credits its origin, and how, as its letter
    and sentence number (from 1) and the sentence, or the address it links to: 'Credit (a
    credit's phrase): B 1 “…, as first reported by The Ledger Line.”', 'Credit (the issuer cited
    as the speaker): B 4 “The notice has been lifted, the utility said.”'; of a pair that
    reuses no text, where one credits the other's story in its own words (``cited_at``: a
    rewrite's "…, the Dunmore Courier reported."); ``None`` when it credits none, or not in
    its text."""
    if pair.direction:
        copy = _origin_and_copy(pair)[1]
        credit = next((c for c in pair.credited_at if c.doc == copy), None)
    else:
        credit = next(iter(pair.cited_at), None)
        copy = credit.doc if credit else pair.b
    if credit is None or not (credit.sentence or credit.link or credit.byline):
        return None
    letter = "A" if copy == pair.a else "B"
    told = [f"{letter} {_indexes(s.sentences)} “{escape(s.text)}”" for s in [credit.sentence] if s]
    if credit.byline:
        told.append(f"{letter}'s byline “{escape(credit.byline)}”")
    if credit.link:
        told.append(f"{'it' if told else letter} links to {escape(credit.link)}")
    said = ", and ".join(told)
    # A quoted sentence ends with its own stop.
    how = f" ({CREDIT_KIND_WORDS[credit.kind]})" if credit.kind else ""
    label = "Names the issuer only" if _names_issuer_only([credit]) else f"Credit{how}"
    return f"{label}: {said}" if said.endswith("”") else f"{label}: {said}."


def _undated_line(
    pair: PairComparison, a: Document, b: Document, names: Mapping[str, str]
) -> str | None:
    """Why a pair that shares text has no direction when nothing but a date would have told it
    (no credit, nor a clear difference in what each holds of the other): a side has no date;
    with how to give a text file one. ``None`` for a pair with a direction, none to look for
    (independent, a template filled in for another event or day, or text both or one took from
    a third) or both sides dated.

    >>> a = Document(id="a", path="a.html", source="Ledger", title=None, published="2025-03-03", text="")
    >>> b = Document(id="b", path="b.txt", source="Herald", title=None, published=None, text="")
    >>> pair = PairComparison("a", "b", "s1", Verdict.DERIVED, None, 0.7, 0.6, 0.5, 0.5, 0.6, 0.6, 30,
    ...                       None, (), (), (), 0.0)
    >>> _undated_line(pair, a, b, {"a": "A", "b": "B"})
    'Which came first is not known: B has no date; give it a “date:” line in front matter.'
    """
    if (
        pair.direction
        or pair.verdict is Verdict.INDEPENDENT
        or pair.template
        or pair.common_origin
        or pair.common_wire
        or pair.taken_through
        or pair.taken_through_unknown
    ):
        return None
    undated = [document for document in (a, b) if document.published is None]
    if not undated:
        return None
    who = (
        f"{names[undated[0].id]} has no date"
        if len(undated) == 1
        else f"neither {names[a.id]} nor {names[b.id]} has a date"
    )
    texts = [
        d for d in undated if d.record is None and Path(d.path).suffix.lower() in TEXT_SUFFIXES
    ]
    advice = (
        f"; give {'it' if len(undated) == 1 else 'them'} a “date:” line in front matter"
        if len(texts) == len(undated)
        else ""
    )
    return f"Which came first is not known: {who}{advice}."


def _independent_sharing(pair: PairComparison) -> str:
    """What an independent verdict means of ``pair``: separate reporting, but for the
    quotations and the sentences it shares word for word, which the verdict counts only outside
    quotations, said where there are any."""
    quotations = pair.shared_quotations
    sentences = _shared_sentences(pair)
    if not (quotations or sentences):
        return VERDICT_MEANING[Verdict.INDEPENDENT]
    said = _count(sum(q.words for q in quotations), "word")
    shared = ([f"{_count(len(quotations), 'quotation')} ({said})"] if quotations else []) + (
        [_count(sentences, "sentence")] if sentences else []
    )
    see = f": see “{SHARED_QUOTATIONS_HEADING}”" if quotations else ""
    return (
        f"separate reporting by its own words, but the two share {listed(shared)} word for "
        f"word, which the verdict counts only outside quotations{see}"
    )


def _shared_sentences(pair: PairComparison) -> int:
    """How many sentences ``pair`` aligns as verbatim that hold words beside the quotations
    both carry: a quotation and its tag copied whole, not a quotation alone."""
    quoted = Counter[int]()
    for quotation in pair.shared_quotations:
        quoted[quotation.a_sentence] += quotation.words
    return sum(
        1
        for m in pair.matches
        if m.kind is MatchKind.VERBATIM
        and len(words_of(m.a.text)) > sum(quoted[i] for i in m.a.sentences)
    )


def _longest_runs(pair: PairComparison) -> str:
    """The longest copied run; where quoted words left out of it make a longer one, that run
    too; and where the two share a quotation, the longest:
    "the longest copied run outside quotations is 8 words (A 17, B 14), 26 counting the quoted
    words in it; the longest shared quotation is 21 words (A 20, B 16)"."""
    run = f"{_count(pair.longest_run_words, 'word')}{_held_in(pair.longest_run_at)}"
    told = f"the longest copied run is {run}"
    if pair.longest_run_quoted > pair.longest_run_words:
        told = (
            f"the longest copied run outside quotations is {run}, "
            f"{pair.longest_run_quoted:,} counting the quoted words in it"
        )
    if pair.longest_run_text:
        told += f": “{_opening(pair.longest_run_text, RUN_QUOTED_WORDS)}”"
    if pair.shared_quotations:
        longest = max(pair.shared_quotations, key=lambda q: q.words)
        told += (
            f"; the longest shared quotation is {_count(longest.words, 'word')} "
            f"(A {longest.a_sentence + 1}, B {longest.b_sentence + 1})"
        )
    return told


def _origin_and_copy(pair: PairComparison) -> tuple[str, str]:
    """The ids of a directed pair's origin and of the article that reuses it (of versions of
    one article, the earlier and the later)."""
    return (pair.a, pair.b) if pair.direction == "a->b" else (pair.b, pair.a)


def _direction_said(pair: PairComparison, basis: str) -> str:
    """How a pair's framing table says why its differences read as they do: from the record
    (``--record``), as a check assumes them, in the likely direction, or, undirected, in the
    order ``basis`` says (``changes.read_order``), which a reader must not take for the
    direction: of ``compare pair``, A is the first article given, whichever is the draft."""
    if pair.direction_basis is DirectionBasis.RECORD:
        return " (from the record)."
    if pair.direction_basis is DirectionBasis.CHECKED:
        return (
            " (assumed: the new article changes the archive's, as nothing tells which came first)."
        )
    if pair.direction:
        return " (the likely direction)."
    return (
        f" (direction unknown: shown so {basis}; --record names the one the other is read against)."
    )


def _reuses(pair: PairComparison) -> str:
    """What the reusing article of a directed pair is to its origin, as a verb: of one outlet's
    two texts, its update of its own story when the later keeps most of it (a wire's
    write-through in a file of its own), not its reuse."""
    if pair.same_article:
        return "is a later version of"
    if pair.same_source:
        return (
            "is its own outlet's update of"
            if pair.one_report
            else "repeats text of its own outlet's"
        )
    return "reuses"


def _dropped_in_cycle(
    pair: PairComparison, cycles: Sequence[DirectionCycle]
) -> DirectionBasis | None:
    """What told the direction ``pair`` lost as the weakest of a cycle of its story's
    directions, of ``cycles`` (the story's: a run's many are not searched a pair); ``None``
    when it lost none so."""
    return next(
        (
            basis
            for cycle in cycles
            for origin, copy, basis in cycle.links
            if {origin, copy} == {pair.a, pair.b} and (origin, copy) in cycle.dropped
        ),
        None,
    )


def render_cycles(cycles: Sequence[DirectionCycle], names: Mapping[str, str]) -> list[str]:
    """The cycles of a story's pair directions (A reuses B, B reuses C, C reuses A), each with
    what told its directions and which were taken away, each document called by ``names`` (the
    story page's, :func:`_page_names`); nothing when there are none."""
    if not cycles:
        return []
    lines = [
        f"## {CYCLES_HEADING}",
        "",
        "No order of publication fits these pair directions, which go round; the weakest of "
        "each cycle (as docs/verdicts.md ranks what tells a direction) was taken away, and with it "
        "the pair's undisclosed reuse:",
        "",
    ]
    for cycle in cycles:
        links = [
            f"{names[copy]} reuses {names[origin]} (`{basis.value}`)"
            for origin, copy, basis in cycle.links
        ]
        dropped = [f"{names[copy]} reuses {names[origin]}" for origin, copy in cycle.dropped]
        lines.append(f"- {'; '.join(links)}. Taken away: {listed(dropped)}.")
    return [*lines, ""]


def _set_aside(
    pair: PairComparison, by_id: Mapping[str, Document], names: Mapping[str, str]
) -> str:
    """Why a pair's dates told no direction, when one side's text contradicts its date
    (``PairComparison.date_set_aside``); empty otherwise."""
    if not (found := pair.date_set_aside):
        return ""
    document = by_id[found.doc]
    date = f"the date of {names[document.id]}, {escape(document.published or '')}, is set aside"
    if found.names_the_other:
        other = names[pair.b if found.doc == pair.a else pair.a]
        return (
            f"{date}: its text names {other} as a source and the text of {other} does not name "
            "it, so its date is not trusted to place it first"
        )
    if found.worded_as:
        later = names[found.worded_as]
        return (
            f"{date}: where its text and that of {later}, published later, differ, "
            f"{len(found.witnesses)} other articles of the story that carry those sentences "
            f"({listed(_at_most([names[doc] for doc in found.witnesses], NAMED_WITNESSES))}) have the wording of {later}, "
            "so its date is not trusted to place it first"
        )
    if found.closed_a_cycle:
        return (
            f"{date}: it put {names[document.id]} first, where the story's other directions go "
            f"round the other way (see “{CYCLES_HEADING}”)"
        )
    if found.day is None:
        articles = ", ".join(escape(doc) for doc in found.backdated)
        return (
            f"{date}: its outlet's own text contradicts the dates of {len(found.backdated)} of "
            f"its articles ({articles}), so its dates are not trusted to place it first"
        )
    return (
        f"{date}: its text reports, in the past tense, what happened on {escape(found.day)}, "
        "after that day and by the other's date"
    )


def _undisclosed_line(
    pair: PairComparison, a: Document, b: Document, names: Mapping[str, str]
) -> str:
    """Why a pair is flagged: the reusing article credits no one ("LocalNewsNow24 does not credit
    Harwick Valley Gazette", naming a wire service only where the origin is one or runs one's
    text), or only the people a wire's sign-off names ("Reporting by Jane Doe; Editing by John
    Roe"), or credits others than the origin and the wires whose text it is ("credits AFP; the
    text is AP's"), which is what the wire's editor has to tell the outlet; or, where all it
    took is a quotation the origin's interview got, that quotation ("told Meridian")."""
    origin, copy = (a, b) if pair.direction == "a->b" else (b, a)
    if pair.interview_quoted and not pair.longest_run_words:
        # A quotation its origin's interview got is all it took: "the news agency whose text it
        # is" beside "0% ... copied" would leave a reader to guess why it is flagged.
        return (
            f"Undisclosed reuse: {names[copy.id]} carries a quotation given to "
            f"{names[origin.id]} (“{escape(pair.interview_quoted)}”) without saying so; it "
            f"copies none of {names[origin.id]}'s own sentences."
        )
    # The origin's own credits name the wire whose text it runs ("(AP)" of its dateline); a
    # paper its credit line thanks ("Valley Courier contributed to this report") is no wire.
    terms = lexicon()
    wires = [
        wire
        for wire in origin.credits
        if wire not in copy.credits and (terms.wire_service_named(wire) or terms.is_agency(wire))
    ]
    whose = _possessive(" and ".join(wires)) if wires else f"that of {names[origin.id]}"
    if copy.credits:
        credited = " and ".join(escape(credit) for credit in copy.credits)
        return f"Undisclosed reuse: the reusing article credits {credited}; the text is {whose}."
    # A wire's sign-off kept at the copy's end credits the wire's staff, by name, and no outlet.
    if sign_off := lexicon().staff_sign_off(copy.text):
        return (
            "Undisclosed reuse: the reusing article credits no outlet, only people, in a "
            f"wire's sign-off (“{escape(sign_off)}”); the text is {whose}."
        )
    copier, source = names[copy.id], names[origin.id]
    # A paper's copy of a paper's story involves no wire, and a lawyer would ask which one; a
    # wire's own dateline credits it ("BRENNICK (Coastline Wire) -"), named once.
    if others := [wire for wire in wires if not _names_outlet(wire, origin.source)]:
        return (
            f"Undisclosed reuse: {copier} credits neither {source} nor "
            f"{' and '.join(map(escape, others))}, whose text it is."
        )
    if wires or lexicon().is_agency(origin.source):
        return f"Undisclosed reuse: {copier} does not credit {source}, the news agency whose text it is."
    return f"Undisclosed reuse: {copier} does not credit {source}."


def _names_outlet(credit: str, source: str) -> bool:
    """Whether ``credit`` names the outlet ``source``: by its name, in any case, with or without
    "The", or by another name of the wire service it is, or in the letters of its site, of an
    outlet labelled by its web address (:func:`~compare.disclosure.spells_site_of`: a wire's
    feed that names no source is the wire its datelines sign).

    >>> _names_outlet("Coastline Wire", "coastline wire"), _names_outlet("AP", "The Associated Press")
    (True, True)
    >>> _names_outlet("AP", "Harwick Valley Gazette"), _names_outlet("Meridian Press", "meridianpress.example")
    (False, True)
    """
    terms = lexicon()
    wire = terms.wire_service_named(source)
    return (
        _plain_name(credit) == _plain_name(source)
        or (wire is not None and terms.wire_service_named(credit) == wire)
        or spells_site_of(credit, source)
    )


def _plain_name(name: str) -> str:
    return name.strip().casefold().removeprefix("the ")


def _possessive(name: str) -> str:
    """A plain name's possessive: "AP's", "Reuters'".

    >>> _possessive("AP"), _possessive("Reuters")
    ("AP's", "Reuters'")
    """
    return f"{escape(name)}'" if name.endswith("s") else f"{escape(name)}'s"


def _told_by(pair: PairComparison, basis: DirectionBasis, origin: str, settings: Settings) -> str:
    """What told ``pair``'s direction (``basis``), whose ``origin`` is so named: the shares it
    rests on when nothing else told it, as a near tie of them is weak evidence of which came
    first; else as :data:`TOLD_BY` says."""
    told = TOLD_BY[basis].format(origin)
    if basis is DirectionBasis.CONTAINMENT:
        return (
            f"{told}: {_percent(pair.a_in_b, settings.containment_cuts)} of A's words are in B, "
            f"{_percent(pair.b_in_a, settings.containment_cuts)} of B's in A; no date or credit "
            "tells"
        )
    if basis is DirectionBasis.PHRASING:
        return (
            f"{told}: {_percent(pair.a_phrases_in_b, settings.phrasing_cuts)} of A's words sit "
            f"in phrases B has, {_percent(pair.b_phrases_in_a, settings.phrasing_cuts)} of B's "
            "in A's; no date, credit or containment tells"
        )
    return told


def _filled_in(template: FilledTemplate) -> str:
    """What a pair's template is filled in with, A's then B's, as a clause of the verdict line.

    >>> _filled_in(FilledTemplate(FilledFor.ANOTHER_EVENT, ("Tarvik",), ("Dunmore", "Kell")))
    'one template filled in for another event, the names differ (Tarvik / Dunmore, Kell)'
    """
    filled = f"{escape(', '.join(template.a))} / {escape(', '.join(template.b))}"
    if template.filled_for is FilledFor.ANOTHER_DAY:
        return f"one template filled in with another day's figures ({filled})"
    if template.filled_for is FilledFor.OTHER_FIGURES:
        return f"one template's lines filled in with other figures, under other ledes ({filled})"
    if template.filled_for is FilledFor.OTHER_FACTS:
        return f"one template's lines filled in for another event, their facts differ ({filled})"
    return f"one template filled in for another event, the names differ ({filled})"


def _headline_line(pair: PairComparison, a: Document, b: Document) -> str | None:
    """Whether one of ``pair``'s headlines is the other's (``PairComparison.headline``), as
    the copy took it from the origin when the pair has a direction between two outlets, else as
    the two give it; of one outlet's two texts or two identical texts whose headlines differ
    (``PairComparison.headline_changed``), the change, from the earlier's (the origin's) to the
    later's when the pair has a direction; ``None`` otherwise.

    >>> pair = PairComparison("release", "blog", "s", Verdict.DERIVED, "a->b", 0.5, 0.7, 0.5,
    ...     0.7, 0.6, 0.8, 25, None, (), (), (), 90.0, headline=HeadlineReuse.EDITED)
    >>> release = Document("release", "Trust", "", title="Dam to be rebuilt, trust says")
    >>> print(_headline_line(pair, release, Document("blog", "Blog", "", title="Dam to be rebuilt")))
    Headline: edited from A's: “Dam to be rebuilt, trust says” → “Dam to be rebuilt”.
    """
    if a.title is None or b.title is None:
        return None
    titles = {"A": escape(a.title), "B": escape(b.title)}
    if pair.headline_changed and (pair.same_source or pair.identical):
        if not pair.direction:
            return f"Headlines differ: A “{titles['A']}”, B “{titles['B']}”."
        origin, copy = ("A", "B") if pair.direction == "a->b" else ("B", "A")
        return f"Headline changed: {arrowed([f'“{titles[origin]}”', f'“{titles[copy]}”'])}."
    if pair.headline is None:
        return None
    if pair.direction and not pair.same_source:
        origin, copy = ("A", "B") if pair.direction == "a->b" else ("B", "A")
        if pair.headline is HeadlineReuse.SAME:
            return f"Headline: taken word for word from {origin}: “{titles[origin]}”."
        shown = arrowed([f"“{titles[origin]}”", f"“{titles[copy]}”"])
        return f"Headline: edited from {origin}'s: {shown}."
    if pair.headline is HeadlineReuse.SAME:
        return f"Headline: the same in both: “{titles['A']}”."
    return f"Headline: one edited from the other: A “{titles['A']}”, B “{titles['B']}”."


def _diff_legend(pair: PairComparison) -> str:
    """What a pair's diffs mark: the origin's words struck and the copy's bold when the pair
    has a direction (of versions of one article, the earlier's and the later's), else A's and
    B's."""
    if not pair.direction:
        return "In each diff, ~~struck~~ words are A's only and **bold** words are B's only."
    origin, copy = ("A", "B") if pair.direction == "a->b" else ("B", "A")
    roles = (
        ("the earlier version", "the later")
        if pair.same_article
        else ("the likely origin", "the copy")
    )
    return (
        f"In each diff, ~~struck~~ words are only {origin}'s ({roles[0]}) and **bold** words "
        f"only {copy}'s ({roles[1]}): the edits {copy} made to {origin}'s text, {origin}'s "
        "sentence named first."
    )


def _match_lines(match: Match, order: str, *, directed: bool) -> list[str]:
    """An aligned pair as a list item that reads the way its diff does, in the pair's ``order``
    (``changes.read_order``): from the origin to the copy, "B 2 → A 3", when the pair is
    ``directed``, else "B 2 ↔ A 3". A verbatim pair's words are the rest of its line, as they
    are both articles' (its similarity 100); another's diff is a line of its own below it. No
    blank line between items: a story page of 8 articles gave 257 aligned pairs four lines
    each."""
    a, b = f"A {_indexes(match.a.sentences)}", f"B {_indexes(match.b.sentences)}"
    arrow = "→" if directed else "↔"
    if order == "b->a":
        sentences, edits = f"{b} {arrow} {a}", mirrored(match.edits)
    else:
        sentences, edits = f"{a} {arrow} {b}", match.edits
    verbatim = match.kind is MatchKind.VERBATIM
    details = [match.kind.value, *([] if verbatim else [f"similarity {match.similarity:.1f}"])]
    if match.moved:
        details.append("moved (the two articles place it differently)")
    if len(match.a.sentences) != len(match.b.sentences):
        details.append("split/merge")
    for side, span in (("A", match.a), ("B", match.b)):
        if span.with_headline:
            details.append(
                f"with {side}'s headline: the sentence merges it and {side}'s, the similarity "
                "is of the two joined, and the diff shows the headline's words as added"
            )
    head = f"- {sentences} · {' · '.join(details)}"
    if verbatim:
        return [f"{head}: {render_diff(edits)}"]
    return [head, f"  > {render_diff(edits)}"]


def _moved_lines(pair: PairComparison) -> list[str]:
    """The blocks of moved pairs, a line each, the origin's place first when the pair has a
    direction: "A 243-289 is placed at B 13-59". A re-ordered copy of an investigation marks 110
    pairs moved one by one, which its sections, moved whole, sum up; a pair moved alone is
    marked in the list only."""
    blocks = [block for block in _moved_blocks(pair) if block.pairs >= MIN_MOVED_BLOCK]
    if not blocks:
        return []
    moved = sum(m.moved for m in pair.matches)
    in_blocks = sum(block.pairs for block in blocks)
    first, second = ("B", "A") if pair.direction == "b->a" else ("A", "B")
    lines = [
        f"{moved:,} aligned pairs are moved (the two articles place them differently), "
        f"{'all' if in_blocks == moved else f'{in_blocks:,}'} of them in "
        f"{_count(len(blocks), 'block')}:",
        "",
    ]
    for block in blocks[:MAX_MOVED_BLOCKS]:
        spans = {"A": block.a, "B": block.b}
        lines.append(
            f"- {first} {_sentence_range(*spans[first])} is placed at "
            f"{second} {_sentence_range(*spans[second])}"
        )
    if (more := len(blocks) - MAX_MOVED_BLOCKS) > 0:
        lines.append(f"- … {_count(more, 'more block')}, each pair marked moved below")
    return [*lines, ""]


@dataclass(frozen=True, slots=True)
class _MovedBlock:
    """Moved pairs that follow each other in both articles: their first and last sentences in
    A and in B, and how many pairs they are."""

    a: tuple[int, int]
    b: tuple[int, int]
    pairs: int


def _moved_blocks(pair: PairComparison) -> list[_MovedBlock]:
    """The runs of moved pairs that follow each other in both articles, no sentence aligned
    elsewhere between them (a cut copy leaves sentences out of a section it moves whole)."""
    aligned_a = {i for m in pair.matches for i in m.a.sentences}
    aligned_b = {i for m in pair.matches for i in m.b.sentences}
    blocks: list[_MovedBlock] = []
    last: Match | None = None
    for match in sorted(pair.matches, key=lambda m: (m.a.sentences[0], m.b.sentences[0])):
        if not match.moved:
            last = None
            continue
        a, b = match.a.sentences, match.b.sentences
        if (
            last is not None
            and last.b.sentences[-1] < b[0]
            and aligned_a.isdisjoint(range(last.a.sentences[-1] + 1, a[0]))
            and aligned_b.isdisjoint(range(last.b.sentences[-1] + 1, b[0]))
        ):
            block = blocks[-1]
            blocks[-1] = _MovedBlock((block.a[0], a[-1]), (block.b[0], b[-1]), block.pairs + 1)
        else:
            blocks.append(_MovedBlock((a[0], a[-1]), (b[0], b[-1]), 1))
        last = match
    return blocks


def render_diff(edits: Sequence[WordEdit]) -> str:
    """A word diff as one line of Markdown: the words only A has ~~struck~~, those only B has
    in **bold** (give it the :func:`~compare.word_diff.mirrored` edits to show B's struck).

    >>> from compare.word_diff import word_edits
    >>> render_diff(word_edits("Peskov said it", "Peskov claimed it"))
    'Peskov ~~said~~ **claimed** it'
    >>> render_diff(word_edits("工会表示拒绝。", "工会表示\u201c拒绝\u201d。"))
    '工会表示 **\u201c** 拒绝 **\u201d**。'
    """
    runs = [(words, marks) for edit in _ends_moved(edits) for words, marks in _shown(edit) if words]
    # Diff words hold no white space, so joined with single spaces they are one line; a piece of
    # Chinese joins the one before it with none.
    parts: list[str] = []
    spaced = False
    for n, (words, marks) in enumerate(runs):
        text = _escape_line(joined(words))
        after_a_space = spaced or not isinstance(words[0], Attached)
        spaced = False
        if marks:
            # CommonMark's "~~" or "**" opens before punctuation only after a space or more
            # punctuation, and closes after punctuation only before one: a mark that would touch
            # a letter there (a comma struck after "foul", a Chinese quotation mark added before
            # a word) is parted from it by a space, or it would show as tildes or asterisks.
            following = runs[n + 1] if n + 1 < len(runs) else None
            after_a_space = after_a_space or (
                _is_punctuation(text[0]) and bool(parts) and not _is_punctuation(parts[-1][-1])
            )
            spaced = (
                following is not None
                and isinstance(following[0][0], Attached)
                and _is_punctuation(text[-1])
                and not following[1]
                and not _is_punctuation(following[0][0][0])
            )
            text = marks.format(text)
        parts.append(" " + text if after_a_space else text)
    return _escape_line_start("".join(parts).removeprefix(" "))


def _ends_moved(edits: Sequence[WordEdit]) -> list[WordEdit]:
    """``edits`` with the marks that close words one text adds after a word both write shown
    after those words, not as a change of that word: A's 'they could to stop it from spreading,"'
    against B's 'they could,"' strikes "to stop it from spreading" between "could" and ',"';
    A's "in stable condition, the fire service said." against B's "in stable condition."
    strikes ", the fire service said", the comma B took out with it, before the full stop.

    >>> from compare.word_diff import word_edits
    >>> render_diff(word_edits("in stable condition, the fire service said.", "in stable condition."))
    'in stable condition ~~, the fire service said~~.'
    """
    moved: list[WordEdit] = []
    for edit in edits:
        kept = moved[-1] if moved and moved[-1].op == "equal" else None
        if kept and edit.op == "delete":
            moved[-1:] = _end_moved(kept, edit)
        elif kept and edit.op == "insert":
            moved[-1:] = mirrored(_end_moved(*mirrored((kept, edit))))
        else:
            moved.append(edit)
    return moved


def _end_moved(kept: WordEdit, deleted: WordEdit) -> tuple[WordEdit, ...]:
    """An equal run and the delete after it, where A's last deleted word closes with the marks
    that close B's last word of the run and A's does not: those marks moved after the deleted
    words, A's own marks on that word struck with them.
    """
    a_word, a_end = _word_and_end(kept.a[-1])
    b_word, b_end = _word_and_end(kept.b[-1])
    last_word, last_end = _word_and_end(deleted.a[-1])
    moves = normalise(last_end) == normalise(b_end) != normalise(a_end)
    if not (moves and a_word and last_word):
        return kept, deleted
    struck = ((Attached(a_end),) if a_end else ()) + deleted.a[:-1] + (last_word,)
    return (
        WordEdit("equal", (*kept.a[:-1], a_word), (*kept.b[:-1], b_word)),
        WordEdit("delete", struck, ()),
        WordEdit("equal", (Attached(last_end),), (Attached(b_end),)),
    )


def _word_and_end(word: str) -> tuple[str, str]:
    """``word`` cut before the marks that close it, after its last letter or digit.

    >>> _word_and_end('door,"'), _word_and_end("said."), _word_and_end("U.S.")
    (('door', ',"'), ('said', '.'), ('U.S', '.'))
    """
    last = max((at for at, character in enumerate(word) if character.isalnum()), default=-1)
    return word[: last + 1], word[last + 1 :]


def _shown(edit: WordEdit) -> list[tuple[Sequence[str], str | None]]:
    """The runs of words an edit shows, each with how it is marked (``None``: both have it): A's
    struck and B's bold; of words both write, B's, but where A's quotation marks differ from
    B's, as a quotation turned into paraphrase or one put around a word ('"reckless"' /
    "reckless"): both, each marked, a word at a time. Curly and straight marks are alike.

    >>> from compare.word_diff import word_edits
    >>> _shown(word_edits('the "reckless" plan', "the reckless plan")[0])
    [(('the',), None), (('"reckless"',), '~~{}~~'), (('reckless',), '**{}**'), (('plan',), None)]
    """
    if edit.op != "equal":
        return [(edit.a, STRUCK), (edit.b, INSERTED)]
    if edit.a == edit.b:
        return [(edit.b, None)]
    runs: list[tuple[Sequence[str], str | None]] = []
    for a_word, b_word in zip(edit.a, edit.b, strict=True):
        if _quotation_marks(a_word) == _quotation_marks(b_word):
            runs.append(((b_word,), None))
        else:
            runs += [((a_word,), STRUCK), ((b_word,), INSERTED)]
    return runs


def _quotation_marks(word: str) -> str:
    """The quotation marks before and after a word's letters and digits, double and single
    alike (a British outlet quotes in single marks what an American one quotes in double): an
    apostrophe inside it ("don't") or closing a plural's possessive ("workers'") is none.

    >>> _quotation_marks('year,\u201d'), _quotation_marks("'no'"), _quotation_marks("workers'")
    ('"', '""', '')
    """
    plain = normalise(word)
    letters = [at for at, character in enumerate(plain) if character.isalnum()]
    if not letters:
        return "".join('"' for character in plain if character in QUOTE_MARKS)
    before, after = plain[: letters[0]], plain[letters[-1] + 1 :]
    if plain[letters[-1]] in "sS" and after.startswith("'"):
        after = after[1:]
    return "".join('"' for character in before + after if character in QUOTE_MARKS)


def _is_punctuation(character: str) -> bool:
    """Whether CommonMark counts ``character`` as punctuation for emphasis: Unicode's
    punctuation and symbols (every ASCII one among them)."""
    return unicodedata.category(character)[0] in "PS"


def _nothing_matched(result: Result, pair: PairComparison) -> str:
    settings = result.settings
    # Only the pairs the candidate stage proposed are verified: the rest share too few words.
    closest = (
        f"the closest pair verified scored {pair.closest_similarity:.1f}"
        if pair.closest_similarity
        else "no sentence pair shared enough words to be verified"
    )
    shared = (
        "The two articles are in different languages, and nothing is translated: none of their "
        "sentences can be matched word for word."
        if _in_other_languages(result.by_id[pair.a], result.by_id[pair.b])
        else "The two articles share no sentence."
    )
    return (
        f"No sentence pair reached similarity {settings.min_similarity:g}, a paraphrase score of "
        f"{settings.paraphrase_cutoff:g} or a shared quotation of {settings.quote_min_words} words; "
        f"{closest}. {shared}"
    )


def _in_no_other_ones_language(documents: Sequence[Document], ids: Iterable[str]) -> list[str]:
    """Those of ``ids`` whose article is in a language, or script, known and that none of the
    other ``documents`` is in (see :func:`_in_other_languages`), in the order given."""
    languages = {d.id: language_of(d) for d in documents}
    # Counted once: an article of unknown language is in every one, so none is apart then.
    counted = Counter(languages.values())
    return [
        d
        for d in ids
        if len(languages) > 1
        and languages[d] is not None
        and counted[languages[d]] == 1
        and None not in counted
    ]


def _in_other_languages(a: Document, b: Document) -> bool:
    """Whether two articles are each in a language, or script, known (see
    :func:`segment.language_of`), and not in the same one."""
    return languages_differ(language_of(a), language_of(b))


def _what_adds(pair: PairComparison, doc: str, other: str, names: Mapping[str, str]) -> str:
    """The heading over what ``doc`` has that ``other`` lacks: of two versions of one article
    in order, what the later removed (the earlier's sentences) or added, as an edit reads.

    >>> from compare.records import PairComparison, Verdict
    >>> pair = PairComparison("v1", "v2", "s", Verdict.COPY, "a->b", 0.9, 0.9, 0.9, 0.9, 0.9,
    ...     0.9, 30, None, (), (), (), 0.9, same_article=True)
    >>> names = {"v1": "Courier, 09:00", "v2": "Courier, 11:00"}
    >>> _what_adds(pair, "v1", "v2", names), _what_adds(pair, "v2", "v1", names)
    ('What Courier, 11:00 removed', 'What Courier, 11:00 added')
    """
    origin = _origin_of(pair)
    if not pair.same_article or origin is None:
        return f"What {names[doc]} adds"
    return f"What {names[other]} removed" if doc == origin else f"What {names[doc]} added"


def _origin_of(pair: PairComparison) -> str | None:
    """The id of the pair's likely origin (of versions, the earlier), if it has a direction."""
    if pair.direction is None:
        return None
    return pair.a if pair.direction == "a->b" else pair.b


def _left_out(
    names: Mapping[str, str],
    side: str,
    left_out: Sequence[int],
    additions: Additions,
    sentences: Sequence[Sentence],
    copy: str,
) -> list[str]:
    """What the ``copy`` leaves out of its origin, the pair's article ``side`` ("A" or "B"): its
    ``left_out`` sentences as passages of consecutive ones, each by its first words, then those
    of them that restate the copy's (``additions``) in other words, counted."""
    passages: list[list[int]] = []
    for index in left_out:
        if passages and passages[-1][-1] == index - 1:
            passages[-1].append(index)
        else:
            passages.append([index])
    words_left_out = sum(len(sentences[i].tokens) for i in left_out)
    words_in_all = sum(len(s.tokens) for s in sentences) or 1
    lines = [
        f"### What {names[copy]} leaves out",
        "",
        f"{names[copy]} leaves out {len(left_out):,} of {side}'s {len(sentences):,} sentences "
        f"({_percent(words_left_out / words_in_all)} of {side}'s words), in "
        f"{_count(len(passages), 'passage')}:",
        "",
    ]
    for passage in passages:
        lines.append(
            f"- {side} {_sentence_range(passage[0], passage[-1])}: "
            f"{_opening(sentences[passage[0]].text)}"
        )
    if restated := additions.restated:
        lines += [
            "",
            f"Of these, {_count(len(restated), 'sentence restates', 'sentences restate')} "
            f"{names[copy]} in other words: {_restatements(restated)}.",
        ]
    return [*lines, ""]


def _additions_lines(
    additions: Additions,
    sentences: Sequence[Sentence],
    other_name: str,
    theirs: Sequence[Sentence] = (),
    scanned: bool = False,
) -> list[str]:
    """The sentences that add, each with what is new in it, then those that restate the
    other's (``other_name``, whose sentences are ``theirs``) in other words, counted, and
    those of them that state more surely, or less, than the sentences they restate (read
    with misreads undone where either article is ``scanned``)."""
    if not additions.added and not additions.restated:
        return ["Nothing: every sentence is aligned with the other article.", ""]
    lines = []
    if not additions.added:
        lines.append(
            "Nothing new: every sentence is aligned with the other article or restates it."
        )
    lines += [_addition_line(addition, sentences) for addition in additions.added]
    if restated := additions.restated:
        lines += [
            "",
            f"It also restates {other_name} in its own words in "
            f"{_count(len(restated), 'of its sentences', 'of its sentences')}: "
            f"{_restatements(restated)}.",
            *_restated_otherwise(restated, sentences, theirs, scanned),
        ]
    return [*lines, ""]


def _restated_otherwise(
    restated: Sequence[Restatement],
    sentences: Sequence[Sentence],
    theirs: Sequence[Sentence],
    scanned: bool,
) -> list[str]:
    """Of the ``restated`` sentences (of ``sentences``, each restating some of ``theirs``),
    those that drop or add a hedge or an attribution of what they restate, a line each
    (:func:`_restatement_notes`)."""
    lines = []
    for restatement in restated:
        if notes := _restatement_notes(restatement, sentences, theirs, scanned):
            said = "; ".join(
                f"{FRAMING_LABELS[note.kind]} ({arrowed([f'“{escape(note.a)}”', f'“{escape(note.b)}”'])})"
                if note.a and note.b
                else f"{FRAMING_LABELS[note.kind]} (“{escape(note.a or note.b)}”)"
                for note in notes
            )
            lines.append(
                f"- ({_indexes([restatement.sentence])}) restating "
                f"({_indexes(restatement.theirs)}): {said}"
            )
    return ["", *lines] if lines else []


def _restatement_notes(
    restatement: Restatement,
    sentences: Sequence[Sentence],
    theirs: Sequence[Sentence],
    scanned: bool,
) -> list[FramingNote]:
    """The notes of a sentence of ``sentences`` that restates some of ``theirs`` in other words,
    read from theirs to it, where it drops or adds a hedge or an attribution of what it
    restates: a rewrite that puts "Kaneshiro will also increase its share buyback." for "The
    company may also increase its share buyback, according to people familiar with the matter."
    restates it, and states as fact what the other reported as a claim; one that tells "a study
    ... has found" as "experts claim" lends the finding less credence (both verbs shown). Only
    these notes are named of a restatement: its other words than the sentence's are a
    rewrite's, not framing."""
    # A few words ("GOAL!" of a live page) restate a sentence by its one word in common, and
    # have no attribution of their own to drop.
    mine = sentences[restatement.sentence].tokens
    if (
        not restatement.theirs
        or not theirs
        or len(mine) < MIN_RESTATING_WORDS
        or len(
            _content_words(mine)
            & _content_words(t for i in restatement.theirs for t in theirs[i].tokens)
        )
        < MIN_RESTATING_WORDS_SHARED
    ):
        return []
    return [
        note
        for note in framing_notes(
            " ".join(theirs[i].text for i in restatement.theirs),
            sentences[restatement.sentence].text,
            scanned,
        )
        if note.kind in RESTATED_FRAMING
    ]


def _content_words(tokens: Iterable[str]) -> set[str]:
    """The words of ``tokens`` that are no function word."""
    function_words = lexicon().function_words
    return {token for token in tokens if token not in function_words}


def _restatements(restated: Sequence[Restatement]) -> str:
    """Sentences that restate the other article's, each with the other's that it restates, so
    that a reader can hold one against the other: "(1) restating (1+2), (3) restating (5)".

    >>> _restatements([Restatement(0, (0, 1)), Restatement(2, (4,)), Restatement(3)])
    '(1) restating (1+2), (3) restating (5), (4)'
    """
    return ", ".join(
        f"({_indexes([r.sentence])})" + (f" restating ({_indexes(r.theirs)})" if r.theirs else "")
        for r in restated
    )


def _addition_line(addition: Addition, sentences: Sequence[Sentence]) -> str:
    """A sentence that adds, and what is new in it: "— new: Joanne Price; “six hours”"."""
    line = f"- ({_indexes([addition.sentence])}) {escape(sentences[addition.sentence].text)}"
    if addition.new:
        line += f" — new: {escape('; '.join(addition.new))}"
    return line


def _addresses(members: Sequence[Document], names: Mapping[str, str]) -> list[str]:
    """The web address of each of ``members`` that gives one, by its name in ``names``: where a
    reader, or a lawyer, finds the article itself."""
    listed = [f"- {names[d.id]}: {_address(d.url)}" for d in members if d.url]
    return ["Where each was published:", "", *listed, ""] if listed else []


def _address(url: str) -> str:
    """A web address as a link a Markdown viewer shows and follows; escaped text where it holds
    what a link cannot (a space, an angle bracket).

    >>> print(_address("https://ledger.example/a_b"), _address("ledger <x>"))
    <https://ledger.example/a_b> ledger \\<x\\>
    """
    return escape(url) if re.search(r"[\s<>]", url) else f"<{url}>"


def _documents_table(
    documents: Iterable[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    credits_of: Mapping[str, Sequence[str]],
    story_of: Mapping[str, str] | None = None,
) -> str:
    """The documents, a row each, with what each credits (``Result.credits_of``); with
    ``story_of`` (a link to each document's story page), the index's table, where a reader looks
    for an article's story. A row opens with what a reader knows an article by, its outlet,
    title and date, and ends with its id, which ``--focus`` takes: a file's name made of its
    headline would push the rest off the page."""
    return _table(
        [
            *("source", "title", "date"),
            *(["story"] if story_of else []),
            *("sentences", "words", "credits", "encoding", "id"),
        ],
        [
            [
                escape(d.source) + (" (`--record`)" if d.of_record else ""),
                # A row is as wide as its longest cell: a title is cut here, and given whole
                # in report.json.
                escape(shorten(d.title or "", TITLE_CHARS)),
                _dated(d),
                *([story_of[d.id]] if story_of else []),
                len(sentences[d.id]),
                sum(len(s.tokens) for s in sentences[d.id]),
                escape(", ".join(credits_of[d.id])),
                d.encoding or "",
                escape(d.id),
            ]
            # The user's sources first, as the record is the origin of every pair it has.
            for d in sorted(documents, key=lambda d: not d.of_record)
        ],
    )


def _dated(document: Document) -> str:
    """When the document was published (:func:`_published`), and when this version was last
    modified when that was another moment: versions of one article share their publication, and
    an editor tracking what changed between them needs the moment of each edit. The modification
    is given its day only when it is not the publication's, in UTC, or by the feed's clock when
    the feed gives it without a zone, as that time then orders the versions; said to be a
    capture's where an archiver's capture dates the version (``Document.captured``).

    >>> from compare.records import Document
    >>> def version(modified):
    ...     return Document("v", "v", "", published="2025-06-12",
    ...         published_time="2025-06-12T06:10:00Z", modified_time=modified)
    >>> _dated(version("2025-06-12T09:45:00Z")), _dated(version("2025-06-13T08:00:00Z"))
    ('2025-06-12 06:10 UTC, modified 09:45 UTC', '2025-06-12 06:10 UTC, modified 2025-06-13 08:00 UTC')
    >>> _dated(version("2025-06-12T06:10:00Z")), _dated(version(None))
    ('2025-06-12 06:10 UTC', '2025-06-12 06:10 UTC')
    >>> from dataclasses import replace
    >>> _dated(replace(version(None), modified_local_time="2025-06-12T09:45:00"))
    '2025-06-12 06:10 UTC, modified 09:45 feed time'
    >>> _dated(replace(version("2025-06-12T09:45:00Z"), captured=True))
    '2025-06-12 06:10 UTC, captured 09:45 UTC'
    >>> _dated(replace(version(None), published_time=None, published_local_time="2025-06-12T06:10:00"))
    '2025-06-12 06:10 feed time'
    """
    published = _published(document)
    modified, clock = document.modified_time, "UTC"
    if modified is None and document.modified_local_time is not None:
        modified, clock = document.modified_local_time, "feed time"
    if modified is None or modified in (document.published_time, document.published_local_time):
        return published
    day, time = modified[:10], modified[11:16]
    published_day = document.published_time[:10] if document.published_time else document.published
    when = f"{time} {clock}" if day == published_day else f"{day} {time} {clock}"
    # A capture's time is when an archiver saw this version, which may be long after its edit.
    done = "captured" if document.captured else "modified"
    return f"{published}, {done} {when}" if published else f"{done} {when}"


def _published(document: Document) -> str:
    """The date, with the time in UTC when known, else by the feed's clock when the feed gives it
    without a zone (as it may date the versions of an article, which that time then orders); and
    the day the article gives after it when that differs (an article of the 12th in Tokyo may have
    gone out on the 11th in UTC). The moment comes first and the day is said to be the outlet's:
    "2025-05-13 (2025-05-14 01:47 UTC)" in brackets of its own read as a day apart from a copy's
    "2025-05-14 02:00 UTC", thirteen minutes later.

    An article that gives its time's offset from UTC is dated as it gives it, by its own clock,
    its moment in UTC beside it: a reader sets the time against the page's. A page that gives
    its time without a zone is dated by its day and that time, said to give no zone.

    >>> from compare.records import Document
    >>> tokyo = Document("t", "t", "", published="2025-03-12", published_time="2025-03-11T23:30:00Z")
    >>> _published(tokyo), _published(Document("d", "d", ""))
    ('2025-03-11 23:30 UTC, 2025-03-12 where published', '')
    >>> _published(Document("l", "l", "", published="2025-10-07",
    ...     published_time="2025-10-08T01:30:00Z", published_offset="-04:00"))
    '2025-10-07 21:30 UTC-04:00 (2025-10-08 01:30 UTC)'
    >>> _published(Document("b", "b", "", published="2025-10-14", published_unzoned_time="07:15"))
    '2025-10-14 07:15 (no zone given)'
    """
    given = published_as_given(document)
    if given and document.published_time and document.published_offset not in (None, UTC_OFFSET):
        in_utc = _moment(document.published_time)
        in_utc = in_utc[11:] if in_utc[:10] == given[:10] else in_utc
        return f"{given[:10]} {given[11:16]} UTC{document.published_offset} ({in_utc})"
    moment, clock = document.published_time, "UTC"
    if moment is None:
        moment, clock = document.published_local_time, "feed time"
    if moment is None and document.published and document.published_unzoned_time:
        return f"{document.published} {document.published_unzoned_time} ({NO_ZONE})"
    if moment is None:
        return document.published or ""
    if moment[:10] == document.published:
        return _moment(moment, clock)
    return f"{_moment(moment, clock)}, {document.published} where published"


def _pairs_table(
    pairs: Sequence[PairComparison],
    names: Mapping[str, str],
    story_of: Mapping[str, str],
    settings: Settings,
) -> str:
    """The index's rows of ``pairs``, their documents called by ``names`` (:func:`_full_names`),
    a pair across stories flagged with the story of its article that is not of the pair's
    ``story`` (``story_of``, each document's story id)."""
    contained, phrased = settings.containment_cuts, settings.phrasing_cuts
    rows = []
    for p in pairs:
        kinds = Counter(m.kind.value for m in p.matches)
        flags = [
            flag
            for flag, on in (
                ("identical", p.identical),
                ("same source", p.same_source),
                ("same article", p.same_article),
                ("undisclosed", p.undisclosed_reuse),
                ("shared uncredited", p.shared_uncredited),
            )
            if on
        ]
        if story_of[p.a] != story_of[p.b]:
            side, other = ("B", p.b) if story_of[p.a] == p.story else ("A", p.a)
            flags.append(f"across stories: {side} of {story_of[other]}")
        rows.append(
            [
                p.story,
                names[p.a],
                names[p.b],
                p.verdict.value,
                p.direction or "",
                _percent(p.a_in_b, contained),
                _percent(p.b_in_a, contained),
                p.longest_run_words,
                f"{_percent(p.a_phrases_in_b, phrased)} / {_percent(p.b_phrases_in_a, phrased)}",
                " / ".join(
                    str(kinds[k]) for k in ("verbatim", "edited", "paraphrase", "shared_quote")
                ),
                ", ".join(flags),
            ]
        )
    return _table(
        [
            "story",
            "A",
            "B",
            "verdict",
            "direction",
            "A in B",
            "B in A",
            "longest run",
            "3-word phrases A / B",
            "verbatim / edited / paraphrase / quote",
            "flags",
        ],
        rows,
    )


def _profiles_table(
    members: Sequence[Document],
    of: Mapping[str, FramingProfile],
    cited_of: Mapping[str, Sequence[str]],
    releases: Mapping[str, PressRelease],
    *,
    wide: bool = False,
) -> str:
    """Each article's framing profile, a column an article (a row, in a ``wide`` story), named
    as the story's other tables name it; its cited sources as the credits name them
    (``Result.cited_of``)."""
    profiles = [of[d.id] for d in members]
    cited = [escape(", ".join(cited_of[d.id])) or "-" for d in members]

    def verbs(p: FramingProfile) -> str:
        return ", ".join(f"{verb} ({count})" for verb, count in p.attribution_verbs)

    rows = [
        ["attribution verbs", *(escape(verbs(p)) or "-" for p in profiles)],
        ["hedges and caveats", *(escape(", ".join(p.hedges)) or "-" for p in profiles)],
        ["loaded terms", *(escape(", ".join(p.loaded_terms)) or "-" for p in profiles)],
        ["quotations", *(_quotes(p.quotes) for p in profiles)],
        ["cited sources", *cited],
        ["numbers and dates", *(escape(", ".join(p.numbers)) or "-" for p in profiles)],
    ]
    short = _short_names(members, releases)
    names = [short[d.id] for d in members]
    if wide:
        return _table(
            ["outlet", *(row[0] for row in rows)],
            list(zip(names, *(row[1:] for row in rows), strict=True)),
        )
    return _table(["", *names], rows)


def _quotes(quotes: Sequence[str]) -> str:
    return "<br>".join(f"“{escape(q)}”" for q in quotes) or "-"


def _how_to_read(result: Result) -> str:
    s = result.settings
    return "\n".join(
        [
            "## How to read the verdicts",
            "",
            f"- **copy**: at least {s.copy_containment:.0%} of one article's words sit in sentences "
            "identical to the other's (an edit of even one word leaves its whole sentence out), "
            f"and at least {s.derived_containment:.0%} of its words outside quotations are "
            "copied or edited: quoting the same statements alike makes no copy.",
            f"- **derived**: at least {s.derived_containment:.0%} recur in sentences copied or "
            f"lightly edited from the other; or at least {s.derived_phrasing:.0%} of the later article's "
            "words (either's, when a date is missing) sit in 3-word phrases of the other, and the "
            f"sentences holding those phrases carry at least {s.derived_phrasing_spread:.0%} of "
            f"its words and the other's holding them at least {s.derived_phrasing_source_spread:.0%} "
            "of the other's: a rewrite.",
            f"- **partial**: at least {s.partial_containment:.0%} in such sentences, at least "
            f"{s.partial_phrasing_alone:.0%} in such phrases (or {s.partial_phrasing:.0%} when the "
            f"sentences holding them carry at least {s.partial_phrasing_spread:.0%} of its words), or a "
            f"copied run of {s.partial_run_words}+ words.",
            "- **independent**: less than that. Paraphrased facts and shared quotations never count "
            "as reuse: independent reporters word the same facts alike and quote the same speeches.",
            "- *A in B*: the share of A's words outside quotations (boilerplate such as credit "
            "lines aside) that recur in sentences aligned with B as verbatim or edited, less "
            "the words an edit dropped; *3-word phrases*: the share of A's words, "
            "outside quotations, in a run of three words that B also has; *direction* `a->b` "
            "means B reuses A: B credits A's outlet (its credit line, byline or dateline names it), "
            "else A is a press release and B is not, else A is a news agency's copy signed with "
            "its dateline or byline, and B is no agency's and unnamed in A, even where the times "
            "say B came first, else by publication time, or date, when both are known, else by which side credits the other or is not a wire service, else "
            "by which side is more contained (each verdict line says which told it); of two "
            "versions of one article (flagged `same article`), B is the later modified.",
        ]
    )


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table padded so that its columns line up in a terminal too, as far as
    :data:`MAX_PADDED_COLUMNS`: a longer cell (a long article's list of its own sentences) runs
    on past its column instead of widening every row of its table with spaces.

    Widths count columns of a terminal by Unicode's tables (a Chinese character takes two, a
    combining mark none), not by the fonts of a machine, so the same result gives the same bytes
    on every machine.
    """
    cells = [[_cell_text(cell) for cell in row] for row in rows]
    columns = [[_columns(cell) for cell in row] for row in cells]
    header_columns = list(map(_columns, headers))
    widths = [
        max([taken + 2, *(min(row[column], MAX_PADDED_COLUMNS) for row in columns)])
        for column, taken in enumerate(header_columns)
    ]

    def line(values: Sequence[str], taken: Sequence[int]) -> str:
        padded = (v + " " * max(w - n, 0) for v, n, w in zip(values, taken, widths, strict=True))
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers, header_columns), rule, *map(line, cells, columns)])


def _cell_text(cell: object) -> str:
    """A table cell's text: a count with thousands separators, as the report's sentences write
    counts ("1,204"); nothing for ``None``.

    >>> _cell_text(14178), _cell_text(None), _cell_text(" 2025-03-14 ")
    ('14,178', '', '2025-03-14')
    """
    if cell is None:
        return ""
    if isinstance(cell, int) and not isinstance(cell, bool):
        return f"{cell:,}"
    return str(cell).strip()


def _columns(text: str) -> int:
    """The columns a terminal gives ``text``: two for a wide character, none for a mark.

    >>> _columns("strike"), _columns("罢工"), _columns("Müller")
    (6, 4, 6)
    """
    return len(text) if text.isascii() else sum(map(_character_columns, text))


@cache
def _character_columns(character: str) -> int:
    if unicodedata.combining(character):
        return 0
    return 2 if unicodedata.east_asian_width(character) in "WF" else 1


def _name(
    document: Document, releases: Mapping[str, PressRelease], told: _Told | None = None
) -> str:
    """The document as readers know it, escaped: its source (a press release's issuer's,
    :func:`~compare.report.network.shown_source`) and what ``told`` it apart from
    others of its source (:func:`_told_apart`), else its source and its id when that differs:
    its title's first words where the id is longer than a short file's name
    (``TOLD_FILE_CHARS``), "Tribune, “Harwood police chief under state probe …”".

    >>> from compare.records import Document
    >>> ap = Document("ap-kingsford@feed.jsonl:1", "AP", "")
    >>> _name(ap, {}), _name(ap, {}, _Told(version="17:42 UTC version")), _name(ap, {}, _Told(title="Storm"))
    ('AP (ap-kingsford@feed.jsonl:1)', 'AP, 17:42 UTC version', 'AP, “Storm”')
    >>> _name(Document("Harwood-police-chief-under-state-probe-Tribune", "Tribune", "",
    ...     title="Harwood police chief under state probe over missing cash"), {})
    'Tribune, “Harwood police chief under state probe …”'
    """
    source = shown_source(document, releases)
    if told is None and len(document.id) > TOLD_FILE_CHARS and document.title:
        # An id made of a headline says nothing its title does not say more shortly.
        told = _Told(title=_opening(document.title, TOLD_TITLE_WORDS))
    if told is not None and told.file is None:
        return f"{escape(source)}, {told.alone()}"
    named = told.file if told is not None else document.id
    if source == named:
        return escape(named)
    return f"{escape(source)} ({escape(named or '')})"


def _versions_named(documents: Sequence[Document]) -> dict[str, str]:
    """Per version of an article that has another among ``documents``, by id, the version as
    :func:`_name` names it: by the number its record gives it (``Document.version_label``) where
    each of its article's versions gives its own, the time after it, "version 3 (captured 06:27
    UTC)", as the archive that numbered them does; else by the time it was last modified
    (``records.modified_by_clock``): its hour, or its day and hour when its article's versions
    span days, or the time an archiver captured it where that dates it (``Document.captured``)
    and its article's versions differ: captures of one unchanged text are no versions of it,
    and the first version, seen by a capture alone, is named by its publication.
    A feed's versions share one id, told apart by their lines ("AP (ap-kingsford@ap_feed.jsonl:1)"
    and "...:2"), and an editor reads "AP, 17:42 UTC version" at once. Not a version without a
    number or a time, nor two of one source's named alike: each is named by its id, so that no
    two names are one.

    >>> from compare.records import Document
    >>> url = "https://apnews.example/kingsford"
    >>> v1, v2, v3 = (Document(f"ap@feed.jsonl:{n}", "AP", "", url=url, modified_time=m)
    ...     for n, m in [(1, "2025-03-08T17:42:00Z"), (2, "2025-03-08T16:58:00Z"), (3, None)])
    >>> _versions_named([v1, v2, v3, Document("afp", "AFP", "")])
    {'ap@feed.jsonl:1': '17:42 UTC version', 'ap@feed.jsonl:2': '16:58 UTC version'}
    >>> from dataclasses import replace
    >>> _versions_named([v1, replace(v2, captured=True, text="Revised.")])["ap@feed.jsonl:2"]
    'version captured 16:58 UTC'
    >>> _versions_named([replace(v1, captured=True), replace(v2, captured=True)])
    {}

    The first version seen by a capture alone is named by its publication: the crawler saw
    the article as published, not an edit.

    >>> seen = replace(v2, captured=True, published_time="2025-03-08T15:30:00Z")
    >>> _versions_named([replace(v1, text="Revised."), seen])
    {'ap@feed.jsonl:1': '17:42 UTC version', 'ap@feed.jsonl:2': '15:30 UTC version'}
    >>> numbered = [replace(v1, version_label="2"), replace(v2, version_label="1", captured=True)]
    >>> _versions_named([*numbered, replace(v3, version_label="3")])
    {'ap@feed.jsonl:1': 'version 2 (modified 17:42 UTC)', 'ap@feed.jsonl:2': 'version 1 (captured 16:58 UTC)', 'ap@feed.jsonl:3': 'version 3'}
    """
    named: dict[Document, str] = {}
    for versions in articles(documents):
        timed = {d: t for d in versions if (t := modified_by_clock(d)) is not None}
        days = {moment[:10] for _, moment in timed.values()}
        labels = [d.version_label for d in versions]
        numbered = None not in labels and len(set(labels)) == len(labels)
        unchanged = len({(d.title, d.text) for d in versions}) == 1
        first = min(timed, key=lambda d: timed[d][1], default=None)
        for version in versions:
            when = None
            # The first version seen by a capture alone is the article as published: the
            # capture changed nothing, and its publication names it.
            as_published = (
                version is first and version.captured and version.published_time is not None
            )
            if version in timed and not (version.captured and unchanged and not numbered):
                clock, moment = timed[version]
                if as_published and not numbered:
                    clock, moment = None, version.published_time or moment
                time = _moment(moment, "UTC" if clock is None else "feed time")
                when = time if len(days) > 1 else time[11:]
            done = "captured" if version.captured else "modified"
            if numbered:
                number = f"version {escape(version.version_label or '')}"
                named[version] = f"{number} ({done} {when})" if when else number
            elif when:
                named[version] = (
                    f"version captured {when}"
                    if version.captured and not as_published
                    else f"{when} version"
                )
    told = Counter((d.source, name) for d, name in named.items())
    return {d.id: name for d, name in named.items() if told[d.source, name] == 1}


def _held_in(place: RunPlace | None) -> str:
    """Where a copied run lies, for a reader to find it in both articles: " (A 3-5, B 2-4)"."""
    if place is None:
        return ""
    return f" (A {_sentence_range(*place.a)}, B {_sentence_range(*place.b)})"


def _sentence_range(first: int, last: int) -> str:
    """Sentences ``first`` to ``last`` as readers count them, from 1."""
    return f"{first + 1}" if first == last else f"{first + 1}-{last + 1}"


def _noted_in(indexes: Sequence[int] | None) -> str:
    """Where a framing note is: its sentences' numbers (:func:`_indexes`), or ``None``, the
    headline."""
    return "headline" if indexes is None else _indexes(indexes)


def _indexes(indexes: Sequence[int]) -> str:
    """Sentence numbers as readers count them, from 1 (the JSON report counts from 0)."""
    return "+".join(str(i + 1) for i in indexes)


def _percent(share: float, cuts: Iterable[float] = ()) -> str:
    """``share`` as a whole percentage, or to a tenth where a whole one would round it onto a
    cut in ``cuts`` that it falls short of, as a verdict judged at that cut would contradict
    it. A tenth shows exactly a share kept to ``overlap.SHARE_PLACES`` places.

    >>> _percent(0.68, [0.8]), _percent(0.796, [0.8]), _percent(0.8, [0.8]), _percent(0.796)
    ('68%', '79.6%', '80%', '80%')
    """
    if any(share < cut <= round(share * 100) / 100 for cut in cuts):
        return f"{share:.1%}"
    return f"{share:.0%}"


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number:,} {singular if number == 1 else plural or singular + 's'}"


def listed(items: Sequence[str], joiner: str = "and") -> str:
    """Items as a sentence lists them, the last joined by ``joiner``.

    >>> listed(["a"]), listed(["a", "b", "c"]), listed(["a", "b", "c"], "or")
    ('a', 'a, b and c', 'a, b or c')
    """
    return f" {joiner} ".join([", ".join(items[:-1]), items[-1]] if len(items) > 1 else items)
