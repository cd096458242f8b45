"""An article's text as its writer meant it: Markdown markup left out, fixed-width wrapping undone.

The segmenter ends a sentence at every line break, and every word of a sentence counts, so markup
(emphasis marks, a link's URL) would become words and a line wrapped at 72 columns would cut its
sentence in two. Both are undone here, cautiously: only the lines of a paragraph of prose are ever
joined, so bylines, headlines, lists, tables and credit lines keep theirs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from copy import deepcopy
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from lxml.etree import ParserError, SubElement, strip_elements
from lxml.html import HtmlElement, defs, fragment_fromstring
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from compare.dates import is_date_text
from compare.lexicon import entry_stamp, lexicon
from compare.segment import (
    CLOSING_MARKS,
    SENTENCE_FINAL,
    in_english,
    may_quote,
    outside_quotations,
    quotation_spans,
    words,
)

# Blocks (paragraphs, list items, table rows) and lines broken on purpose (a hard break, <br>)
# are kept apart by a blank line, so that no unwrapping ever joins two of them.
BLOCK_BREAK = "\n\n"
# The cells of a table row share a line, as a row of figures is read together.
CELL_SEPARATOR = " | "
BLANK_LINES = re.compile(r"\n{3,}")
# Raw HTML: which elements are blocks of text, which cells, and which are never text. Inserted
# and deleted text (ins, del) runs on inside its sentence.
HTML_CELLS = ("td", "th")
HTML_BLOCKS = tuple(
    (
        defs.block_tags
        | {"article", "aside", "details", "figure", "footer", "header", "main"}
        | {"nav", "section", "summary"}
    )
    - {"del", "ins", *HTML_CELLS}
)
# A picture's caption is none of the article's text either, as a saved page's extraction has it.
HTML_NOT_TEXT = ("script", "style", "noscript", "template", "figcaption")
# What a figure shows that is no text: beside it in the figure stand only its caption and credit
# ("Photo: Staff"), however marked up.
FIGURE_MEDIA = ("img", "picture", "video", "audio", "iframe", "svg", "object", "embed")
# The class, id or label of a box that holds a note on the article ("correction-notice",
# "editors-note"), and the note's label a box without one is given (see keep_note_boxes).
NOTE_BOX = re.compile(
    r"(?P<correction>correction)|(?P<clarification>clarification)"
    r"|(?P<editors_note>editor'?s?[-_ ]?note)",
    re.IGNORECASE,
)
NOTE_BOX_ATTRIBUTES = ("class", "id", "aria-label")
NOTE_BOX_LABELS = {
    "correction": "Correction",
    "clarification": "Clarification",
    "editors_note": "Editor's note",
}
# The elements that hold a page's paragraphs of text, where a pull-quote's quotation is told.
PARAGRAPHS = ("p", "li", "dd", "td")
# Blocks of prose whose source's line breaks a browser shows as spaces (see soften_line_breaks).
PROSE_BLOCKS = (*PARAGRAPHS, "h1", "h2", "h3", "h4", "h5", "h6")
SOURCE_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n?|\n)[ \t\r\n]*")
# A lone <br> after a clause's comma or semicolon falls inside a sentence, as one before words
# that go on in lower case ("worked on the<br>docks") does.
CLAUSE_ENDS = ",;"
LINE_BREAK_TAG = re.compile(r"<br\b[^>]*>", re.IGNORECASE)
# A GitHub table row's cells; CommonMark drops those past the header's count, so they are cut
# from the row as written.
CELL_BORDER = re.compile(r"(?<!\\)\|")
# What a row's line may hold before the table: quote marks, and a list marker on its first line.
ROW_PREFIX = re.compile(r"\s*(?:>\s?|(?:[-*+]|\d{1,9}[.)])\s+)*")
# A setext title is its line and the line of "===" under it.
SETEXT_TITLE_LINES = 2
# CommonMark's line endings, which the tokens' line numbers count.
LINE_ENDING = re.compile(r"\r\n?|\n")
EMPHASIS_OPENS = ("em_open", "strong_open")
LINE_BREAKS = ("softbreak", "hardbreak")
EMPHASIS_CLOSES = ("em_close", "strong_close")
TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")
# A paragraph's run-in heading set in bold and closed with a full stop: an abstract's
# "**Background.**", "**Results.**", "**Funding.**" (one to three words), which opens the
# paragraph's first sentence and is no sentence of its own.
RUN_IN_HEADING = re.compile(r"[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,2}\.")
# CommonMark runs these HTML blocks to their closing mark, or to the end of the file if it never
# comes: an unclosed comment would hide the rest of the article. The first that opens a block
# decides ("<!--" before "<!").
HTML_BLOCK_ENDS = (
    ("<!--", "-->"),
    ("<?", "?>"),
    ("<![cdata[", "]]>"),
    ("<!", ">"),
    ("<script", "</script>"),
    ("<style", "</style>"),
    ("<pre", "</pre>"),
    ("<textarea", "</textarea>"),
)
# What these hold is text: only their opening tag goes.
HTML_TEXT_BLOCKS = ("<pre", "<textarea")

# Unwrapping. A line broken by wrapping at a fixed width is one the next word would not have
# fitted on: its length, a space and the next line's first word pass the width. Wrappers that
# balance their lines (fmt) break up to a fifth early.
WRAP_SLACK = 0.8
# The width is a high quantile of the lines' lengths: one long line (an address, a headline)
# must not set it.
WIDTH_QUANTILE = 0.9
# Text counts as wrapped when most lines of its paragraphs that end inside a sentence were broken
# by wrapping, three at least (two full lines are as often a headline over a byline), unless
# nearly all the lines after them start with a capital or a digit, as the items of a list do
# (headlines, dated entries); in wrapped news text about a fifth do.
MIN_OPEN_LINES = 3
MIN_WRAPPED_SHARE = 0.75
# A line under this share of the width was not filled by a wrapper, whatever breaks it.
SHORT_LINE = 0.5
# Text wrapped this narrow (its width, in characters) is a newspaper's column, as an OCR'd page
# gives it, which its typesetter hyphenated ("de-" / "scended"); programs wrap e-mail and wire
# copy wider (60 to 80).
MAX_COLUMN_WIDTH = 40
# The words a hyphen joins to others in compounds, first ("well-" / "known", "self-" / "made")
# or last ("Kremlin-" / "backed", "year-" / "old"): in a narrow column a hyphen between such a
# word and another is the compound's own, not the typesetter's.
COMPOUND_FIRST_WORDS = frozenset(
    {"all", "anti", "co", "cross", "ex", "full", "half", "high", "ill", "long", "low", "mid"}
    | {"multi", "non", "part", "post", "pre", "self", "semi", "short", "so", "well", "wide"}
)
COMPOUND_LAST_WORDS = frozenset(
    {"backed", "based", "born", "bound", "controlled", "free", "funded", "held", "led", "like"}
    | {"linked", "made", "old", "owned", "related", "run", "style", "term", "up", "wide"}
)
MAX_ITEM_SHARE = 0.75
# Greek asks with a semicolon, and a line that ends a clause with one is prose too.
CLAUSE_FINAL = SENTENCE_FINAL + ";"
# A paragraph of prose runs to a line that ends a sentence; lines after the last such line of a
# block (a credit, "-30-", "END") and blocks with none (a byline and dateline, headlines, a table,
# a signature) are never joined. A colon ends a lead-in to a list or a quotation, a closing mark a
# quotation or a credit such as "(Reporting by Ann Lee)".
PARAGRAPH_FINAL = SENTENCE_FINAL + ":" + CLOSING_MARKS
OPEN_ENDS = ",;-"
# Scripts written without spaces between words: a line may break after any character, and a
# break between two of them is no space.
# (Thai and Lao, Myanmar, Khmer, CJK punctuation, kana, Han, fullwidth forms.)
UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\uff00-\uffef]"
)
# A blockquote sets a quotation apart, and newsletters often print one so without quotation
# marks: its text is given them, or its words would read as the writer's own. Its last line may
# name the speaker after a dash, as under an epigraph ("— Maureen Doyle, 74"). A blockquote also
# sets apart what is no one's words (see as_quotation).
QUOTATION_OPENS, QUOTATION_CLOSES = "\u201c", "\u201d"
ATTRIBUTION_LINE = re.compile(r"(?:[\u2013\u2014\u2015]|--?)\s*(?P<speaker>[^\W\d_].*)")
# An embedded social media post is shown, not quoted: the networks' embed code gives its
# blockquote (Facebook's, its <div> too) one of these classes, and its last line a handle in
# brackets and a date instead of a speaker ("— Mayor Jane Park (@MayorPark) June 12, 2025"), in a
# copy that lost the class too.
EMBEDDED_POST_CLASSES = frozenset(
    {"twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "bluesky-embed"}
    | {"text-post-media", "fb-post", "fb-video", "fb-xfbml-parse-ignore", "reddit-embed-bq"}
    | {"mastodon-embed"}
)
POSTERS_HANDLE = re.compile(r"\(@\w+\)")
# A pull-quote may leave words out of the quotation it repeats, at an ellipsis ("...", "[...]").
ELLIPSIS = re.compile(r"\[?(?:\u2026|\.\.\.)\]?")
# So few words ("No.", "Never again.") may be said twice in one article, not pulled out.
MIN_PULL_QUOTE_WORDS = 4
# A word, to look up among the first person's.
WORD = re.compile(r"[^\W\d_]+")
# A word broken at a line's end after its hyphen ("investi-"), the piece of it after ("gators"),
# and a word of a line, hyphenated ones whole ("well-known", "30-year-old").
HYPHENATED_END = re.compile(r"(?<![^\W_])[^\W_]+(?:-[^\W_]+)*-$")
WORD_START = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
INNER_WORD = WORD_START
# A line starting with a list marker begins an item of its own, however long the one before, and
# only an indented line continues it.
LIST_ITEM = re.compile(r"\s*(?:[-*+•]|\d{1,3}[.)])\s")
# A plain text's subheads (see without_subheads): a few words; two of them at least, as a text
# set in sections has several. A comma, colon or semicolon sets apart a dateline or a label, or
# goes on as a sentence does. A heading may ask: "What Harrow says" states nothing.
MAX_SUBHEAD_WORDS = 8
MIN_SUBHEADS = 2
SUBHEAD_BREAKS = re.compile("[,:;]")
QUESTION_WORDS = frozenset({"what", "where", "when", "why", "who", "how", "which", "whose"})
# A reference mark points to a note, as Markdown's footnote mark does, and is no word of its
# sentence: a number or a small letter in brackets ("[1]", "[12]", "[a]"), run together
# ("[1][2]"), set after a word or a sentence's end. A letter alone counts only glued to the word
# before or after a stop: spaced inside a sentence, "[a]" may be an editor's word ("was [a]
# fool"). A mark at a line's start opens a note (see ENDNOTE).
MARK = r"\[(?:\d{1,3}|[a-z])\]"
REFERENCE_MARKS = re.compile(
    rf"(?:(?<=[^\s\[])|(?<=[.!?\"'\u2019\u201d)])[ \t])(?:{MARK})+(?![^\W_])"
    r"|(?<=\S)[ \t](?:\[\d{1,3}\])+(?![^\W_])"
)
# A note of a list of endnotes, opened by its mark's number or letter: "1. Payroll figures ...",
# "[2] Companies House ...".
ENDNOTE = re.compile(
    r"^[ \t]*(?:\[(?P<bracketed>\d{1,3}|[a-z])\]|(?P<numbered>\d{1,3})[.)])[ \t]+(?=\S)", re.M
)
# What a closed caption's line opens with: ">>" for a new speaker, ">>>" for a new story, and a
# speaker named in brackets with spaces inside, in capitals as captions are ("[ HOLT ]").
CAPTION_SPEAKER = r"\[ +[A-Z][A-Z.'\- ]*? +\][ \t]*"
CAPTION_MARKS = re.compile(
    rf"^[ \t]*(?:>>>?[ \t]*(?:{CAPTION_SPEAKER})?|{CAPTION_SPEAKER})", re.MULTILINE
)
MARK_LABEL = re.compile(r"\[(\w+)\]")
# A capture of closed captions: a line opening with a speaker's ">>", or a time code alone on a
# line, as a capture stamps every few caption lines ("18:02:15"; bracketed, "[18:00:05]", it
# heads a transcript's turn instead, which the transcript reader reads).
CAPTION_TURN = re.compile(r"^[ \t]*>>", re.MULTILINE)
CAPTURE_TIME_CODE = r"\d{1,2}:\d{2}:\d{2}(?:[.,;:]\d{1,3})?"
CAPTURE_STAMP = re.compile(rf"^[ \t]*{CAPTURE_TIME_CODE}[ \t]*$", re.MULTILINE)
# A caption capture's lines that are no words of the broadcast: its time codes, bracketed or
# not, and a sound described in brackets ("[MUSIC]", "[ applause ]").
CAPTION_FURNITURE = re.compile(rf"\[?{CAPTURE_TIME_CODE}\]?|\[[^\[\]\d]*[^\W\d_][^\[\]\d]*\]")


@dataclass(frozen=True, slots=True)
class MarkdownText:
    """A Markdown article's title (its leading heading, if any) and the plain text of the rest, its
    blocks apart by blank lines and the lines of a paragraph as written."""

    heading: str | None
    body: str

    @property
    def text(self) -> str:
        """The whole plain text, heading included."""
        return BLOCK_BREAK.join(part for part in (self.heading, self.body) if part)


def ends_a_sentence(line: str) -> bool:
    """Whether a line ends a sentence, or a paragraph as one does (see ``PARAGRAPH_FINAL``).

    >>> ends_a_sentence("The river rose.  "), ends_a_sentence("RIVER RISES")
    (True, False)
    """
    stripped = line.rstrip()
    return bool(stripped) and stripped[-1] in PARAGRAPH_FINAL


def markdown_text(source: str) -> MarkdownText:
    """Read Markdown (CommonMark, with tables, strikethrough and footnotes) as plain text.

    Markup, link targets, images and footnote marks go; raw HTML and footnotes keep their text; an
    ordered list keeps its numbers; asterisks inside a word ("2*3*4", "s**t") are text.
    A top-level heading opening the article is its heading: a ``#`` line, or one line underlined
    with ``===`` (several lines over it make them all one heading in CommonMark, and that is a
    paragraph). A lower heading before the first paragraph (a kicker, a byline set as ``###``)
    is a line of the text; later ones, section headings, go.

    >>> article = markdown_text("# Talks fail\\n\\n**Peskov** said [on Monday](https://t.ru/a)\\nthat NATO is at war.")
    >>> article.heading, article.body
    ('Talks fail', 'Peskov said on Monday\\nthat NATO is at war.')
    >>> markdown_text("Talks fail\\n===\\n\\nPeskov spoke.").heading, markdown_text("## Talks fail").heading
    ('Talks fail', None)
    """
    return _plain_text(source, _parser())


def html_text(source: str) -> str:
    """Read HTML given as an article's text (a feed's or a content system's rendered paragraphs)
    as plain text, its blocks apart as :func:`markdown_text` keeps them.

    Such HTML is indented for layout: a paragraph indented by four spaces after a blank line is
    no code block whose tags would stay as words.

    >>> html_text("<div>\\n    <p>Talks failed.</p>\\n\\n    <p>Both <em>sides</em> left.</p>\\n</div>")
    'Talks failed.\\n\\nBoth sides left.'
    """
    return _plain_text(source, _parser(code_blocks=False)).body


def _plain_text(source: str, parser: MarkdownIt) -> MarkdownText:
    tokens = parser.parse(source)
    heading = None
    if tokens and tokens[0].type == "heading_open" and _is_title(tokens[0]):
        # A title is one line, whatever breaks its heading holds.
        heading, tokens = " ".join(_inline_text(tokens[1]).split()) or None, tokens[3:]
    blocks = _blocks(tokens, LINE_ENDING.split(source), english=in_english(source))
    lines = (line.strip() for line in BLOCK_BREAK.join(blocks).split("\n"))
    return MarkdownText(heading, BLANK_LINES.sub(BLOCK_BREAK, "\n".join(lines)).strip())


def _is_title(heading: Token) -> bool:
    """A top-level heading of one line: ``# Talks fail``, or ``Talks fail`` over ``===``."""
    return heading.markup == "#" or (
        heading.markup == "="
        and heading.map is not None
        and heading.map[1] - heading.map[0] == SETEXT_TITLE_LINES
    )


def without_caption_marks(text: str) -> str:
    """``text`` without the marks closed captions open their lines with (see ``CAPTION_MARKS``):
    a new speaker's ">>", a new story's ">>>", and the speaker named in spaced brackets
    ("[ HOLT ]"), none of them words of the broadcast.

    >>> without_caption_marks(">>> CPR NEWS.\\n>> [ HOLT ] WE WILL NOT PROMISE THAT.")
    'CPR NEWS.\\nWE WILL NOT PROMISE THAT.'
    """
    return CAPTION_MARKS.sub("", text)


def caption_turns(text: str) -> str | None:
    """A capture of closed captions (see ``CAPTION_TURN`` and ``CAPTURE_STAMP``) as its
    speakers' turns, a paragraph each, or ``None`` when ``text`` is no such capture. Its time
    codes and sounds described in brackets go, its marks (see :func:`without_caption_marks`) too,
    and a turn's caption lines are one line: where a caption line breaks tells nothing of the
    sentence, where ``>>`` does, a new speaker.

    >>> print(caption_turns("[MUSIC]\\n>> A FIRE TORE THROUGH\\nA WAREHOUSE\\n18:02:15\\n"
    ...                     "ON MONDAY\\n>> IT WAS BLACK SMOKE"))
    A FIRE TORE THROUGH A WAREHOUSE ON MONDAY
    <BLANKLINE>
    IT WAS BLACK SMOKE
    >>> caption_turns("Shares rose 5% (see chart) >> more on page 3.") is None
    True
    """
    if not (CAPTION_TURN.search(text) or CAPTURE_STAMP.search(text)):
        return None
    turns: list[list[str]] = [[]]
    for line in text.split("\n"):
        if CAPTION_TURN.match(line) and turns[-1]:
            turns.append([])
        words = without_caption_marks(line).strip()
        if words and not CAPTION_FURNITURE.fullmatch(words):
            turns[-1].append(words)
    return "\n\n".join(" ".join(turn) for turn in turns if turn)


def stray_reference_marks(text: str) -> int:
    """How many reference marks (see ``REFERENCE_MARKS``) of ``text`` point to no note it
    carries: a page that pasted a wiki article's paragraphs keeps its "[1]" and "[2]" but not
    its reference list, which :func:`without_reference_marks` would otherwise leave no trace of.

    >>> stray_reference_marks("First lit in 1847.[1] Rebuilt in 1903.[2]")
    2
    >>> stray_reference_marks("Payroll paid for 12 nights.[1]\\n1. Hours paid.")
    0
    """
    marks = list(REFERENCE_MARKS.finditer(text))
    if not marks:
        return 0
    notes = {
        note.group("bracketed") or note.group("numbered")
        for note in ENDNOTE.finditer(text, marks[-1].end())
    }
    return sum(label not in notes for mark in marks for label in MARK_LABEL.findall(mark.group()))


def without_reference_marks(text: str) -> str:
    """``text`` without its reference marks (see ``REFERENCE_MARKS``) and the numbers of its
    endnotes: the notes after the last mark that open with a mark it carries. Neither is a figure
    of the story, which a copy adds or drops as it sets its notes as footnotes, endnotes or
    Markdown's ``[^1]``, whose marks the Markdown reader leaves out.

    >>> without_reference_marks("Payroll paid for 12 nights. [1] Rotas listed 19.[2]\\n1. Hours paid.\\n2. Filings.")
    'Payroll paid for 12 nights. Rotas listed 19.\\nHours paid.\\nFilings.'
    >>> without_reference_marks("Step 1. Call 999.\\n1. Stay calm.")
    'Step 1. Call 999.\\n1. Stay calm.'
    """
    marks = list(REFERENCE_MARKS.finditer(text))
    if not marks:
        return text
    labels = {label for mark in marks for label in MARK_LABEL.findall(mark.group())}
    notes_start = marks[-1].end()
    text = REFERENCE_MARKS.sub("", text)
    notes_start -= sum(len(mark.group()) for mark in marks)

    def without_number(note: re.Match[str]) -> str:
        label = note.group("bracketed") or note.group("numbered")
        return "" if label in labels else note.group()

    return text[:notes_start] + ENDNOTE.sub(without_number, text[notes_start:])


def without_pull_quotes(text: str) -> str:
    """A plain ``text`` (a paragraph a line) without its pull-quotes: a line that is a quotation
    with its speaker after a dash, on that line or the next ('"It is a business model." \u2014
    Helen Tran, economist'), where the quotation repeats one another line carries (see
    :func:`repeats_a_quotation`); both lines go.

    >>> without_pull_quotes('"We fix the number," she said. "Nobody asked us to hire."\\n\\n'
    ...                     '"Nobody asked us to hire." \u2014 Ann Lee, carer\\n\\nThe firm denied it.')
    '"We fix the number," she said. "Nobody asked us to hire."\\n\\nThe firm denied it.'
    """
    lines = text.split("\n")
    # Each line's quoted words read once, not once a pull-quote's candidate: a long-form text
    # may set hundreds of quotations on lines of their own.
    said = [_quoted_words(line) for line in lines]
    pulled: set[int] = set()
    for number in range(len(lines)):
        found = _quotation_with_speaker(lines, number)
        if found is None:
            continue
        quotation, speaker = found
        told = (quoted for at, quoted in enumerate(said) if quoted and at not in (number, speaker))
        if _says_again(quotation, told):
            pulled |= {number, speaker}
    if not pulled:
        return text
    kept = "\n".join(line for number, line in enumerate(lines) if number not in pulled)
    return BLANK_LINES.sub(BLOCK_BREAK, kept)


def _quotation_with_speaker(lines: Sequence[str], number: int) -> tuple[str, int] | None:
    """The quotation line ``number`` is, when a speaker's line closes it (see
    ``ATTRIBUTION_LINE``), and the number of the line that names the speaker: this one, or the
    next that is not blank."""
    line = lines[number].strip()
    spans = quotation_spans(line) if may_quote(line) else []
    if not spans or spans[0][0] != 0 or any(WORD.search(gap) for gap in _gaps(line, spans)):
        return None
    after = line[spans[-1][1] :].strip()
    if after:
        return (line, number) if ATTRIBUTION_LINE.fullmatch(after) else None
    speaker = next((at for at in range(number + 1, len(lines)) if lines[at].strip()), None)
    if speaker is None or not ATTRIBUTION_LINE.fullmatch(lines[speaker].strip()):
        return None
    return line, speaker


def _gaps(line: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """What stands between a line's quotations."""
    return [line[end:start] for (_, end), (start, _) in pairwise(spans)]


def without_subheads(text: str) -> str:
    """A plain ``text`` without its subheads, the headings of its sections ("Where the money
    went"), as Markdown's headings after the first paragraph go: in a text that ends its
    paragraphs with a stop, two or more paragraphs of one short line (see :func:`_may_be_subhead`)
    between paragraphs, after the first that ends a sentence. One such line alone may be a
    sentence without its full stop, and stays.

    >>> without_subheads("Rotas listed two staff.\\n\\nThe money\\n\\nFees rose.\\n\\nMethodology\\n\\nWe read rotas.")
    'Rotas listed two staff.\\n\\nFees rose.\\n\\nWe read rotas.'
    >>> without_subheads("Rotas listed two staff.\\n\\nNobody was hurt\\n\\nFees rose.")
    'Rotas listed two staff.\\n\\nNobody was hurt\\n\\nFees rose.'
    """
    paragraphs = text.split(BLOCK_BREAK)
    begun = next(
        (n for n, paragraph in enumerate(paragraphs) if paragraph.rstrip()[-1:] in PARAGRAPH_FINAL),
        len(paragraphs),
    )
    subheads = [
        number
        for number in range(begun + 1, len(paragraphs) - 1)
        if _may_be_subhead(paragraphs[number].strip())
    ]
    if len(subheads) < MIN_SUBHEADS or _leaves_out_stops(paragraphs):
        return text
    kept = [paragraph for number, paragraph in enumerate(paragraphs) if number not in subheads]
    return BLOCK_BREAK.join(kept)


def _may_be_subhead(line: str) -> bool:
    """Whether a paragraph may be a section's heading: one line of a few words, opening with a
    capital and not all in capitals (a slug, a wire's "ENDS"), ending no sentence nor clause
    (its last character a letter or a digit), without a comma, colon or quotation (a dateline,
    a label, a speaker's words), no list item, date, live blog's time stamp, byline ("By Ann
    Lee") or statement ("Police said nobody was hurt"; but "What Harrow says" asks), and none of
    the lines a press release or a page sets apart (an "About" heading, "Media contacts",
    "Most read", a credit line: see :class:`Lexicon`), which are told apart by what they head.

    >>> _may_be_subhead("Where the money went"), _may_be_subhead("Police said nobody was hurt")
    (True, False)
    """
    words = line.split()
    if not 0 < len(words) <= MAX_SUBHEAD_WORDS or "\n" in line:
        return False
    if not (line[0].isupper() and line[-1].isalnum() and any(c.islower() for c in line)):
        return False
    if SUBHEAD_BREAKS.search(line) or may_quote(line) or LIST_ITEM.match(line + " "):
        return False
    terms = lexicon()
    states = words[0].casefold() not in QUESTION_WORDS and any(
        word.casefold() in terms.attribution_verbs for word in words
    )
    return not (
        states
        or words[0] == "By"
        or entry_stamp(line)
        or is_date_text(line)
        or terms.is_boilerplate(line)
        or terms.is_notice(line)
        or terms.about_heading(line)
        or terms.closes_release(line)
        or terms.is_release_contact_heading(line)
        or terms.is_release_statement_heading(line)
        or terms.is_story_list_heading(line)
        or terms.is_page_control(line)
    )


def _leaves_out_stops(paragraphs: Sequence[str]) -> bool:
    """Whether a text's writer leaves out full stops: a line longer than a subhead ends no
    sentence nor clause, outside a list."""
    return any(
        len(line.split()) > MAX_SUBHEAD_WORDS
        and line[-1] not in PARAGRAPH_FINAL
        and not LIST_ITEM.match(line)
        for paragraph in paragraphs
        for line in map(str.strip, paragraph.split("\n"))
        if line
    )


def unwrap(text: str, *, typeset: bool = False) -> str:
    """``text`` with the line breaks made by wrapping at a fixed width undone, when it was wrapped
    so (e-mailed and wire copy, a printed page); else ``text`` as it is. A break becomes a
    space, or goes after a word's hyphen ("long-\\nterm" was "long-term") and between characters
    of a script without spaces; a hyphen set to break a word goes too (see
    :func:`_typesetters_hyphens`: ``typeset`` says the text was hyphenated by its typesetter, as
    a printed page may be); no other character changes.

    >>> unwrap("By Ann Lee\\n\\nPeskov said NATO was directly involved in\\nthe conflict, and that "
    ...        "the alliance was\\nat war with Russia, officials said on\\nMonday.\\n\\nTalks failed.")
    'By Ann Lee\\n\\nPeskov said NATO was directly involved in the conflict, and that the alliance was at war with Russia, officials said on Monday.\\n\\nTalks failed.'
    """
    lines = text.split("\n")
    ends = [line.rstrip() for line in lines]
    inner = list(_breaks_inside_prose(ends))
    if not inner:
        return text
    lengths = sorted(len(ends[number]) for number in inner)
    width = lengths[int(WIDTH_QUANTILE * (len(lengths) - 1))]
    wrapped = {
        number
        for number in inner
        if len(ends[number]) + 1 + _first_word_length(lines[number + 1]) > WRAP_SLACK * width
    }
    # Short lines that end inside a sentence (a slug, "URGENT", a headline over an editors' note)
    # say nothing of how the text was wrapped.
    open_ended = [
        number
        for number in inner
        if _ends_open(ends[number]) and len(ends[number]) >= SHORT_LINE * width
    ]
    starts_an_item = sum(_starts_an_item(lines[number + 1]) for number in open_ended)
    if (
        len(open_ended) < MIN_OPEN_LINES
        or len(wrapped.intersection(open_ended)) < MIN_WRAPPED_SHARE * len(open_ended)
        or starts_an_item > MAX_ITEM_SHARE * len(open_ended)
    ):
        return text
    # A short line that does not end a sentence (a byline, a dateline under a headline) stands
    # alone: it was not wrapped, and nothing is joined onto it either.
    joined = {n for n in wrapped if n + 1 in wrapped or not _ends_open(ends[n + 1])}
    narrow = width <= MAX_COLUMN_WIDTH
    unhyphenated = _typesetters_hyphens(lines, joined, typeset=typeset, narrow=narrow)
    return (
        "".join(
            ends[number][:-1]
            if number in unhyphenated
            else line + _joint(ends[number], lines[number + 1])
            if number in joined
            else line + "\n"
            for number, line in enumerate(lines[:-1])
        )
        + lines[-1]
    )


def _typesetters_hyphens(
    lines: Sequence[str], joined: AbstractSet[int], *, typeset: bool, narrow: bool = False
) -> set[int]:
    """The numbers of the lines, of those ``joined`` to the next, whose hyphen breaks a word at
    the line's end as a typesetter hyphenates ("investi-" / "gators"), not one the word is
    written with ("well-" / "known"), where the text does not write the word with its hyphen
    elsewhere ("well-known"): it writes it whole elsewhere ("investigators"), or it was
    ``typeset`` and the hyphen stands between two small letters. A program that wraps text
    (e-mail, a wire's system, Python's textwrap) breaks lines only at spaces and after a
    word's own hyphen ("United States-" / "led"), so only a text known to be typeset, as a
    printed page is, loses a hyphen no other word of it explains; so does a ``narrow`` column
    (an OCR'd newspaper's), but for a compound's hyphen (:func:`_compound`).

    >>> lines = ["The cause is under investi-", "gation, a well-known fact, and well-", "known to all."]
    >>> sorted(_typesetters_hyphens(lines, {0, 1}, typeset=True))
    [0]
    >>> sorted(_typesetters_hyphens(lines, {0, 1}, typeset=False))
    []
    >>> lines = ["Miners had de-", "scended the self-", "made shaft."]
    >>> sorted(_typesetters_hyphens(lines, {0, 1}, typeset=False, narrow=True))
    [0]
    """
    breaks = {
        number: (before.group(), after.group())
        for number in joined
        if (before := HYPHENATED_END.search(lines[number].rstrip()))
        and (after := WORD_START.match(lines[number + 1].lstrip()))
    }
    if not breaks:
        return set()
    inside = {
        word.casefold()
        for number, line in enumerate(lines)
        for word in _inner_words(line, broken_before=number - 1 in breaks, broken=number in breaks)
    }
    unhyphenated = set()
    for number, (piece, rest) in breaks.items():
        whole, hyphenated = (piece[:-1] + rest).casefold(), (piece + rest).casefold()
        small_letters = piece[-2:-1].islower() and rest[:1].islower()
        hyphenated_by_typesetter = small_letters and (
            typeset or (narrow and not _compound(piece, rest))
        )
        if hyphenated not in inside and (whole in inside or hyphenated_by_typesetter):
            unhyphenated.add(number)
    return unhyphenated


def _compound(piece: str, rest: str) -> bool:
    """Whether a word broken after a hyphen, ``piece`` (with it) and the ``rest``, is a compound
    of ``COMPOUND_FIRST_WORDS`` or ``COMPOUND_LAST_WORDS``: "well-" / "known", "States-" /
    "led", "decade-" / "old"; not "de-" / "scended".

    >>> _compound("well-", "known"), _compound("States-", "led"), _compound("de-", "scended")
    (True, True, False)
    """
    first = piece[:-1].rpartition("-")[2].casefold()
    last = rest.partition("-")[0].casefold()
    return first in COMPOUND_FIRST_WORDS or last in COMPOUND_LAST_WORDS


def _inner_words(line: str, *, broken_before: bool, broken: bool) -> list[str]:
    """The words of a line, hyphenated ones whole, but for the piece of a word broken at its
    start (``broken_before``) or end (``broken``)."""
    words = INNER_WORD.findall(line)
    return words[int(broken_before) : len(words) - int(broken)]


def _breaks_inside_prose(ends: list[str]) -> Iterator[int]:
    """Numbers of the lines followed by another line of the same paragraph of prose: the lines
    of a block up to its last that ends a sentence, where each line may go on with the next (no
    new list item)."""
    first = 0
    for number, line in enumerate([*ends, ""]):
        if line:
            continue
        last = number - 1
        while last > first and ends[last][-1] not in PARAGRAPH_FINAL:
            last -= 1
        if last > first:
            yield from (
                inside
                for inside in range(first, last)
                if not LIST_ITEM.match(ends[inside + 1])
                and (not LIST_ITEM.match(ends[inside]) or ends[inside + 1][0].isspace())
            )
        first = number + 1


def _ends_open(line: str) -> bool:
    return line[-1].isalnum() or line[-1] in OPEN_ENDS


def _starts_an_item(line: str) -> bool:
    first = line.lstrip()[0]
    return first.isupper() or first.isdigit()


def _first_word_length(line: str) -> int:
    return 1 if UNSPACED.match(line.lstrip()) else len(line.split(maxsplit=1)[0])


def _joint(line: str, after: str) -> str:
    """What a wrapped line break becomes: nothing after a hyphen within a word or a figure
    ("long-term", "mid-2026") or between two characters of a script without spaces, else a
    space."""
    if line[-2:-1].isalnum() and line[-1] == "-" and after[:1].isalnum():
        return ""
    return "" if UNSPACED.match(line[-1]) and UNSPACED.match(after[:1]) else " "


@cache
def _parser(*, code_blocks: bool = True) -> MarkdownIt:
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)
    return parser if code_blocks else parser.disable("code")


def _blocks(tokens: list[Token], source: list[str], *, english: bool) -> list[str]:
    """The text of each block, but for pull-quotes (see :func:`repeats_a_quotation`); ``source``
    is the Markdown's lines, which the tokens map to, and ``english`` whether the article is in
    English (see :func:`as_quotation`)."""
    found = list(_read_blocks(tokens, source, english=english))
    said = [quoted for block in found if isinstance(block, str) if (quoted := _quoted_words(block))]
    return [
        text
        for block in found
        for text in (
            (block,)
            if isinstance(block, str)
            else ()
            if _says_again(block.passage, said)
            else block.blocks
        )
    ]


@dataclass(frozen=True, slots=True)
class _Blockquote:
    """A blockquote's blocks as read (see :func:`as_quotation`), and the passage it sets apart,
    without a speaker's line."""

    blocks: tuple[str, ...]
    passage: str


def _read_blocks(
    tokens: list[Token], source: list[str], *, english: bool
) -> Iterator[str | _Blockquote]:
    """The text of each block, each outermost blockquote's as one :class:`_Blockquote`."""
    row: list[str] | None = None
    row_line = ""
    # An ordered list's numbers are text ("2. Talks resume" says which step it is): the number
    # goes before the first block of its item.
    item_number = ""
    # Headings below the title, once the text has begun, name its sections ("What we know"): no
    # sentence of the story. Before the first paragraph a lower heading may be a kicker or a
    # byline, which the opening reads.
    begun = sectioned = False
    # A table's header row ("| Party | Seats |") names its columns, as a heading its section:
    # no sentence, which would match another table's header in an unrelated story.
    in_header = False
    # A blockquote's blocks, read as one quotation when the outermost closes (see as_quotation);
    # one that holds a table sets figures apart, no one's words, and keeps its blocks as they are.
    quote_depth = 0
    quotation: list[str] = []
    quotes_a_table = False
    for token in tokens:
        block = None
        found: list[str] = []
        if token.type == "paragraph_open":
            begun = True
        elif token.type == "heading_open" and (mark := _end_mark(token, source)):
            # CommonMark reads a press release's end mark, "###" on a line of its own, as an
            # empty heading; its writer meant the mark, which tells a release's closing blocks.
            found, sectioned = [mark], True
        elif token.type == "heading_open" and begun:
            sectioned = True
        elif token.type == "heading_close":
            sectioned = False
        elif token.type in ("thead_open", "thead_close"):
            in_header = token.type == "thead_open"
        elif sectioned or in_header:
            continue
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
            if not quote_depth:
                quoted = None if quotes_a_table else as_quotation(quotation, english=english)
                yield _Blockquote(
                    tuple(quotation if quoted is None else quoted), _passage(quotation)
                )
                quotation, quotes_a_table = [], False
        elif token.type == "table_open" and quote_depth:
            quotes_a_table = True
        elif token.type == "list_item_open":
            item_number = f"{token.info}{token.markup} " if token.info else ""
        elif token.type == "tr_open":
            row, row_line = [], source[token.map[0]] if token.map else ""
        elif token.type == "tr_close" and row is not None:
            row += [
                _inline_text(_parser().parseInline(cell)[0])
                for cell in _cells(row_line)[len(row) :]
            ]
            block, row = CELL_SEPARATOR.join(cell.strip() for cell in row if cell.strip()), None
        elif token.type == "inline" and row is not None:
            row.append(_inline_text(token))
        elif token.type == "inline":
            block = "" if _is_captioned_picture(token) else _inline_text(token)
        elif token.type in ("code_block", "fence"):
            # A paragraph indented by four spaces is a code block to CommonMark, and still text.
            block = token.content
        elif token.type == "html_block":
            found = list(_html_blocks(token.content, english=english))
        if block is not None:
            found, item_number = [item_number + block], ""
        if quote_depth:
            quotation += found
        else:
            yield from found


def _end_mark(heading: Token, source: list[str]) -> str | None:
    """The line of a heading that is ``#`` marks alone, as a press release ends its text with
    them (``[boilerplate] release_end_marks``: "###", "# # #"); ``None`` for any other."""
    line = source[heading.map[0]].strip() if heading.map else ""
    return line if lexicon().is_release_end(line) else None


def as_quotation(blocks: Sequence[str], *, english: bool) -> list[str] | None:
    """A blockquote's blocks of text read as the quotation it sets apart, or ``None`` when they
    read as no one's words and stay as they are.

    A blockquote is a quotation when it says whose words it holds: on a last line that names the
    speaker after a dash ("\u2014 Maureen Doyle, 74"), or, in an ``english`` article, by being
    one paragraph that speaks in the first person outside any quotation of its own ("Every route
    we cut is a lifeline for someone. I know that."). Else it is as likely an excerpt of another
    outlet's story, that outlet's prose. Never one: a note on the article ("Editor's note:",
    "Update:", a correction) or other boilerplate; an embedded post (a handle in brackets on the
    speaker's line: "\u2014 Mayor Jane Park (@MayorPark) June 12, 2025").

    A quotation's paragraphs are each one line, in quotation marks unless one opens it, and the
    speaker's line is told as news copy tells one in English, unless its paragraph already names
    who spoke ('"We will not back down," Brooks said.'); else that line stays as written, as in
    another language, whose words for it are its own.

    >>> as_quotation(["We will not back down.", "\u2014 Anita Brooks, council leader"], english=True)
    ['\u201cWe will not back down,\u201d said Anita Brooks, council leader.']
    >>> as_quotation(['"Why should we\\npay more?"\\n\u2014 Maureen Doyle, 74'], english=True)
    ['"Why should we pay more?" said Maureen Doyle, 74.']
    >>> as_quotation(["The Senate passed the bill.", "It now goes to the president."], english=True)
    """
    paragraphs, attribution = _attributed(blocks)
    if not paragraphs:
        return None
    lines = [_one_line(paragraph) for paragraph in paragraphs]
    terms = lexicon()
    if any(terms.is_notice(line) or terms.is_boilerplate(line) for line in lines):
        return None
    if attribution is None:
        if not english or len(lines) > 1 or not _speaks_in_first_person(lines[0]):
            return None
        return [_in_quotation_marks(lines[0])]
    if POSTERS_HANDLE.search(attribution.group("speaker")):
        return None
    quoted = [_in_quotation_marks(line) for line in lines]
    if english and not _names_its_speaker(quoted[-1]):
        return [*quoted[:-1], _said_by(quoted[-1], attribution.group("speaker"))]
    return [*quoted, attribution.group()]


def _attributed(blocks: Sequence[str]) -> tuple[list[str], re.Match[str] | None]:
    """A blockquote's paragraphs, without the speaker's line that closes them (see
    ``ATTRIBUTION_LINE``), and that line's match, if any."""
    paragraphs = [block.strip() for block in blocks if block.strip()]
    if not paragraphs:
        return [], None
    before, _, last_line = paragraphs[-1].rpartition("\n")
    attribution = ATTRIBUTION_LINE.fullmatch(last_line.strip())
    # A dash alone in a blockquote opens no attribution: there is no quotation before it.
    if attribution and (before.strip() or len(paragraphs) > 1):
        paragraphs[-1:] = [before] if before.strip() else []
        return paragraphs, attribution
    return paragraphs, None


def _passage(blocks: Sequence[str]) -> str:
    """The passage a blockquote sets apart: its text on one line, without a speaker's line."""
    return " ".join(" ".join(_attributed(blocks)[0]).split())


def repeats_a_quotation(passage: str, paragraphs: Iterable[str]) -> bool:
    """Whether ``passage`` is a pull-quote: its words (those inside its quotation marks, if it
    has any), perhaps cut at an ellipsis, run in order inside the quotations of one of the
    article's ``paragraphs`` (each on one line), so that the article carries them in full. A
    pull-quote repeats what the article quotes, set large between its paragraphs: no sentence of
    the text. A few words ("No.") may be said twice.

    >>> said = ['"Nobody asked you to hire anyone. They asked you to fix the number," one said.']
    >>> repeats_a_quotation("Nobody asked you to hire anyone.", said)
    True
    >>> repeats_a_quotation('"They asked \u2026 to fix the number."', said), repeats_a_quotation("Nobody asked.", said)
    (True, False)
    """
    return _says_again(passage, map(_quoted_words, paragraphs))


def _quoted_words(paragraph: str) -> str:
    """The words ``paragraph`` quotes, case-folded, in order, with a space before and after each;
    ``""`` when it quotes none: where :func:`repeats_a_quotation` looks for a pull-quote's.

    >>> _quoted_words('"We will rebuild," the mayor said. "All of it."'), _quoted_words("No quotes.")
    (' we will rebuild all of it ', '')
    """
    if not may_quote(paragraph):
        return ""
    quotations = (words(paragraph[start:end]) for start, end in quotation_spans(paragraph))
    return f" {' '.join(word for quoted in quotations for word in quoted)} "


def _says_again(passage: str, said: Iterable[str]) -> bool:
    """:func:`repeats_a_quotation` of the paragraphs whose quoted words are ``said`` (each as
    :func:`_quoted_words` gives them)."""
    spans = quotation_spans(passage) if may_quote(passage) else []
    quoted = " ".join(passage[start:end] for start, end in spans) if spans else passage
    pieces = [" ".join(words(piece)) for piece in ELLIPSIS.split(quoted)]
    pieces = [piece for piece in pieces if piece]
    if sum(len(piece.split()) for piece in pieces) < MIN_PULL_QUOTE_WORDS:
        return False
    for told in said:
        at = 0
        for piece in pieces:
            at = told.find(f" {piece} ", at)
            if at < 0:
                break
            at += len(piece) + 1
        else:
            return True
    return False


def _speaks_in_first_person(paragraph: str) -> bool:
    """Whether a paragraph speaks of its writer ("I", "we") outside any quotation it holds: a
    story quoting someone who does ('"We will rebuild," the mayor said.') tells of others.

    >>> _speaks_in_first_person("Every route we cut is a lifeline."), _speaks_in_first_person('"We will rebuild," the mayor said.')
    (True, False)
    """
    spans = quotation_spans(paragraph) if may_quote(paragraph) else []
    first_person = lexicon().first_person_words
    return any(
        word.casefold() in first_person and (word.islower() or word.istitle())
        for stretch in outside_quotations(paragraph, spans)
        for word in WORD.findall(stretch)
    )


def _names_its_speaker(quotation: str) -> bool:
    """Whether a quotation's paragraph tells who spoke outside its quotation marks ('"We will
    not back down," Brooks said.'), so that a speaker's line under it would tell it twice."""
    spans = quotation_spans(quotation) if may_quote(quotation) else []
    return any(WORD.search(stretch) for stretch in outside_quotations(quotation, spans))


def _one_line(paragraph: str) -> str:
    """A paragraph's lines joined as :func:`unwrap` joins them: a quotation is prose, and one
    that ran on over a line break would quote only its first line."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    return "".join(line + _joint(line, after) for line, after in pairwise(lines)) + lines[-1]


def _in_quotation_marks(text: str) -> str:
    """``text`` in quotation marks, unless it opens a quotation of its own (a speaker told after
    it: '"We will not back down," Brooks said.')."""
    spans = quotation_spans(text) if may_quote(text) else []
    if spans and spans[0][0] == 0:
        return text
    return f"{QUOTATION_OPENS}{text}{QUOTATION_CLOSES}"


def _said_by(quotation: str, speaker: str) -> str:
    """``quotation`` told as said by ``speaker``, its closing full stop a comma as in news copy
    ('"We will not back down," said Anita Brooks.'), so that it stays one sentence with its
    speaker."""
    said = quotation.rstrip(CLOSING_MARKS)
    marks = quotation[len(said) :]
    if said.endswith(".") and not said.endswith(".."):
        said = said[:-1] + ","
    elif said[-1:] not in SENTENCE_FINAL + ",":
        said += ","
    stop = "" if speaker[-1] in SENTENCE_FINAL else "."
    return f"{said}{marks} said {speaker}{stop}"


def soften_line_breaks(root: HtmlElement) -> None:
    """Read the line breaks of the paragraphs, list items and headings under ``root`` as a
    browser shows them: a line break in the page's source is a space, and so is a lone ``<br>``
    inside a sentence (see :func:`_inside_a_sentence`), where a narrow column or an
    editor wrapped the sentence. Two ``<br>`` in a row, or one after a sentence's end or before
    a capital, still part its lines, as a live page or a list typed without ``<li>`` is set out:
    each line then ends a sentence, with or without its full stop.

    >>> root = fragment_fromstring("<div><p>The mayor, who\\nwas at the harbour,<br>said the wall"
    ...     " held.</p><p>Roads closed<br>Ferry cancelled</p></div>")
    >>> soften_line_breaks(root); [list(p.itertext()) for p in root.iter("p")]
    [['The mayor, who was at the harbour, said the wall held.'], ['Roads closed', 'Ferry cancelled']]
    """
    for block in root.iter(*PROSE_BLOCKS):
        if next(block.iterancestors("pre"), None) is not None:
            continue
        block.text = _unwrapped(block.text)
        for inline in block.iterdescendants():
            inline.text, inline.tail = _unwrapped(inline.text), _unwrapped(inline.tail)
        neighbours = _text_beside_line_breaks(block)
        for line_break in list(block.iter("br")):
            if _inside_a_sentence(line_break, *neighbours[line_break]):
                line_break.tail = " " + (line_break.tail or "")
                line_break.drop_tree()


def _unwrapped(text: str | None) -> str | None:
    return None if text is None else SOURCE_LINE_BREAK.sub(_source_break, text)


def _source_break(found: re.Match[str]) -> str:
    # A break between two characters of a script written without spaces is no space.
    text, start, end = found.string, found.start(), found.end()
    joins = UNSPACED.match(text[start - 1 : start]) and UNSPACED.match(text[end : end + 1])
    return "" if joins else " "


def _text_beside_line_breaks(block: HtmlElement) -> dict[HtmlElement, tuple[str, str]]:
    """Each ``<br>`` of ``block`` with the nearest text inside the block that is not blank before
    and after it, found in one walk of the block: asking the tree for each ``<br>``'s preceding
    text walks it from the start, quadratic in a long list of lines."""
    pieces: list[str | HtmlElement] = []

    def walk(element: HtmlElement) -> None:
        if element.tag == "br":
            pieces.append(element)
        elif isinstance(element.tag, str) and element.text:
            pieces.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                pieces.append(child.tail)

    walk(block)
    before: dict[HtmlElement, str] = {}
    last = ""
    for piece in pieces:
        if isinstance(piece, str):
            last = piece if piece.strip() else last
        else:
            before[piece] = last
    beside: dict[HtmlElement, tuple[str, str]] = {}
    following = ""
    for piece in reversed(pieces):
        if isinstance(piece, str):
            following = piece if piece.strip() else following
        else:
            beside[piece] = (before[piece], following)
    return beside


def _inside_a_sentence(line_break: HtmlElement, before: str, after: str) -> bool:
    """Whether a lone ``<br>`` falls inside a sentence: the text ``before`` it ends no sentence,
    and it ends a clause there or the text ``after`` it goes on in lower case."""
    following = line_break.getnext()
    if following is not None and following.tag == "br" and not (line_break.tail or "").strip():
        return False
    previous = line_break.getprevious()
    if previous is not None and previous.tag == "br" and not (previous.tail or "").strip():
        return False
    before, after = before.rstrip(), after.lstrip()
    if not before or not after or before[-1] in SENTENCE_FINAL + CLOSING_MARKS + ":":
        return False
    return before[-1] in CLAUSE_ENDS or after[0].islower()


def with_block_breaks(text: str, root: HtmlElement) -> str:
    r"""``text`` read from the page under ``root`` with each of its lines that runs two or more of
    the page's blocks together (its headline, byline, ``<time>`` and paragraphs) broken back into
    those blocks' lines. trafilatura reads a page too short for its own reading by its fallback,
    which joins a whole ``<article>`` into one line, and the headline then opens the first
    sentence; a line the page holds as it stands is left as it is.

    >>> root = fragment_fromstring("<article><h1>Mill closes</h1><time>2025-04-01</time>"
    ...     "<p>The mill closed.</p></article>")
    >>> with_block_breaks("Mill closes 2025-04-01 The mill closed.", root).split("\n")
    ['Mill closes', '2025-04-01', 'The mill closed.']
    """
    blocks = _page_blocks(root)
    by_first_word: defaultdict[str, list[str]] = defaultdict(list)
    for block in blocks:
        by_first_word[block.partition(" ")[0]].append(block)
    return "\n".join(
        "\n".join(_blocks_of(line, by_first_word, blocks)) for line in text.split("\n")
    )


def _page_blocks(root: HtmlElement) -> frozenset[str]:
    """The text of each of the page's blocks, and of what stands between them, its spaces
    collapsed."""
    page = deepcopy(root)
    for element in page.iter(*HTML_BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    return frozenset(
        block for line in str(page.text_content()).split("\n") if (block := " ".join(line.split()))
    )


def _blocks_of(
    line: str, by_first_word: Mapping[str, Sequence[str]], blocks: AbstractSet[str]
) -> list[str]:
    """The page's blocks that ``line`` runs together, longest first from its start; ``line``
    alone when it is one block or not wholly made of them."""
    spaced = " ".join(line.split())
    if spaced in blocks:
        return [line]
    found: list[str] = []
    at = 0
    while at < len(spaced):
        first_word = spaced[at:].partition(" ")[0]
        fits = [
            block
            for block in by_first_word.get(first_word, ())
            if spaced.startswith(block, at)
            and spaced[at + len(block) : at + len(block) + 1] in ("", " ")
        ]
        if not fits:
            return [line]
        block = max(fits, key=len)
        found.append(block)
        at += len(block) + 1
    return found


def keep_note_boxes(root: HtmlElement) -> None:
    """Give each ``<aside>`` inside an ``<article>`` under ``root`` that holds a note on the
    article (a correction, a clarification, an editor's note) as a ``<div>`` of paragraphs, the
    note's label joined to its first line ("Correction: An earlier version ..."). Such a box is
    told by its first line, which opens with a note's label or opening words
    (:meth:`~compare.lexicon.Lexicon.article_note_kind`) or is a label alone ("Correction"), or
    else by its class, id or label (``NOTE_BOX``), whose note's label it is then given. A box of
    links alone (to a corrections policy) holds no note. trafilatura drops every ``<aside>`` as a
    side column: a version whose correction stood in one read as changed without a note.

    >>> root = fragment_fromstring('<article><p>Three died.</p><aside class="correction-notice">'
    ...     '<strong>Correction</strong><p>An earlier version said four.</p></aside></article>')
    >>> keep_note_boxes(root); [p.text for p in root.iter("p")]
    ['Three died.', 'Correction: An earlier version said four.']
    """
    terms = lexicon()
    for box in root.xpath("descendant-or-self::article//aside"):
        blocks = _box_blocks(box)
        linked = " ".join(link.text_content() for link in box.iter("a")).split()
        if not blocks or linked == " ".join(blocks).split():
            continue
        if len(blocks) > 1 and _note_label_alone(blocks[0]):
            blocks = [f"{blocks[0].rstrip(' :')}: {blocks[1]}", *blocks[2:]]
        elif not terms.article_note_kind(blocks[0]):
            named = NOTE_BOX.search(" ".join(box.get(key, "") for key in NOTE_BOX_ATTRIBUTES))
            if named is None or named.lastgroup is None:
                continue
            blocks = [f"{NOTE_BOX_LABELS[named.lastgroup]}: {blocks[0]}", *blocks[1:]]
        tail = box.tail
        box.clear()
        box.tag, box.tail = "div", tail
        for block in blocks:
            SubElement(box, "p").text = block


def _box_blocks(box: HtmlElement) -> list[str]:
    """A box's blocks of text, each on one line, read from a copy: its label in bold before its
    first paragraph is a block of its own."""
    copy = deepcopy(box)
    strip_elements(copy, *HTML_NOT_TEXT, with_tail=False)
    for element in copy.iter(*HTML_BLOCKS):
        if element is not copy:
            element.text = BLOCK_BREAK + (element.text or "")
            element.tail = BLOCK_BREAK + (element.tail or "")
    blocks = (" ".join(block.split()) for block in str(copy.text_content()).split(BLOCK_BREAK))
    return [block for block in blocks if block]


def _note_label_alone(line: str) -> bool:
    """Whether a line is a note's label alone, perhaps with its date and colon: "Correction",
    "Editor's note, March 5, 2025:"."""
    label = line.rstrip(" :")
    return lexicon().is_notice(f"{label}:") and not lexicon().is_notice(label)


def drop_embedded_posts(root: HtmlElement) -> None:
    """Drop the social media posts embedded under ``root``: an element of one of the networks'
    embed classes (``EMBEDDED_POST_CLASSES``), or a blockquote whose last line gives the poster's
    handle after a dash, as a copy that lost the class shows one ("\u2014 Calder Fire & Rescue
    (@CalderFire) June 14, 2025"). A post is a third party's words shown on the page, as its
    pictures are, not the article's: two outlets that embed one police post would otherwise
    share its text as though one had copied the other, and its "UPDATE:" would read as a note
    on the article.

    >>> root = fragment_fromstring('<div><p>Roads shut.</p><blockquote class="twitter-tweet">'
    ...     '<p>UPDATE: A646 closed.</p>&mdash; Police (@CalderPolice)</blockquote></div>')
    >>> drop_embedded_posts(root); root.text_content()
    'Roads shut.'
    """
    posts = [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and (
            not EMBEDDED_POST_CLASSES.isdisjoint(element.classes)
            or (element.tag == "blockquote" and _signed_with_a_handle(element))
        )
    ]
    for post in posts:
        # One inside another went with it.
        if post.getparent() is not None:
            post.drop_tree()


def _signed_with_a_handle(quote: HtmlElement) -> bool:
    """Whether a blockquote's last line gives a poster's handle after a dash, as an embedded
    post's does."""
    blocks = [block.strip() for block in _blockquote_blocks(quote) if block.strip()]
    if not blocks:
        return False
    attribution = ATTRIBUTION_LINE.fullmatch(blocks[-1].rpartition("\n")[2].strip())
    return attribution is not None and POSTERS_HANDLE.search(attribution["speaker"]) is not None


def quote_blockquotes(root: HtmlElement, *, english: bool) -> None:
    """Give each outermost blockquote under ``root`` that reads as a quotation (see
    :func:`as_quotation`), but one that holds a table, its text read so, a paragraph to each of
    its blocks; ``english`` as for :func:`as_quotation`. Other blockquotes stay as they are;
    embedded posts are dropped before (:func:`drop_embedded_posts`)."""
    for quote in _outermost_blockquotes(root):
        quoted = as_quotation(_blockquote_blocks(quote), english=english)
        if quoted is None:
            continue
        quote.text = None
        for child in list(quote):
            quote.remove(child)
        for paragraph in quoted:
            SubElement(quote, "p").text = paragraph


def drop_media_figures(root: HtmlElement) -> None:
    """Drop each ``<figure>`` that shows a picture, a video or a chart, and so its caption and
    credit, whether in a ``<figcaption>`` or not; a figure of a quotation or a table keeps its
    text.

    >>> root = fragment_fromstring('<figure><img src="a.jpg"><span>Photo: Staff</span></figure>'
    ...     '<p>The dam failed.</p><figure><blockquote>We ran.</blockquote></figure>', "div")
    >>> drop_media_figures(root)
    >>> root.text_content()
    'The dam failed.We ran.'
    """
    for figure in list(root.iter("figure")):
        if figure.getparent() is not None and next(figure.iter(*FIGURE_MEDIA), None) is not None:
            figure.drop_tree()


def drop_pull_quotes(root: HtmlElement) -> None:
    """Drop each outermost blockquote under ``root`` that is a pull-quote (see
    :func:`repeats_a_quotation`) of the paragraphs outside it (not those inside it, nor a list
    item or a cell that holds it), with the speaker it names in a ``<cite>``, a ``<footer>`` or
    a line after a dash."""
    # Each paragraph's quoted words read once, not once a blockquote: a live blog's page may
    # hold hundreds of each.
    said = {paragraph: _paragraph_quotes(paragraph) for paragraph in root.iter(*PARAGRAPHS)}
    # The paragraphs of the blockquotes dropped, which no later one repeats.
    gone: set[HtmlElement] = set()
    for quote in _outermost_blockquotes(root):
        shown = deepcopy(quote)
        strip_elements(shown, "cite", "footer", with_tail=False)
        inside = set(quote.iter(*PARAGRAPHS))
        holders = list(quote.iterancestors(*PARAGRAPHS))
        left_out = inside | gone | set(holders)
        told = (quoted for paragraph, quoted in said.items() if paragraph not in left_out)
        if _says_again(_passage(_blockquote_blocks(shown)), told):
            quote.drop_tree()
            gone |= inside
            said.update((holder, _paragraph_quotes(holder)) for holder in holders)


def _paragraph_quotes(paragraph: HtmlElement) -> str:
    """The words a page's paragraph quotes, as :func:`_quoted_words` gives them."""
    return _quoted_words(" ".join(paragraph.text_content().split()))


def _outermost_blockquotes(root: HtmlElement) -> list[HtmlElement]:
    """The outermost blockquotes under ``root`` that may set a quotation apart: not one that
    holds a table (embedded posts are dropped before: :func:`drop_embedded_posts`)."""
    return [
        quote
        for quote in root.iter("blockquote")
        if not any(outer.tag == "blockquote" for outer in quote.iterancestors())
        and next(quote.iter("table"), None) is None
    ]


def _blockquote_blocks(quote: HtmlElement) -> list[str]:
    """A blockquote's blocks of text, read from a copy, as one that is no quotation stays as it
    was; a line break inside one is a line of its paragraph, so that a speaker's line under it
    is found."""
    copy = deepcopy(quote)
    strip_elements(copy, *HTML_NOT_TEXT, with_tail=False)
    for element in copy.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in copy.iter(*HTML_BLOCKS):
        if element is not copy:
            element.tail = BLOCK_BREAK + (element.tail or "")
    return str(copy.text_content()).split(BLOCK_BREAK)


def _is_captioned_picture(paragraph: Token) -> bool:
    """Whether a paragraph is a picture with its caption in emphasis on the next line
    ("![The ferry](ferry.jpg)" / "*The Marlow Star in 2022. Photo: Bay Post*"): none of the
    article's text, as a saved page's extraction has it. A line in emphasis a paragraph of its
    own, picture or not, may be a credit line and stays."""
    pieces = [c for c in paragraph.children or [] if c.type not in LINE_BREAKS]
    return (
        len(pieces) > 1
        and pieces[0].type == "image"
        and pieces[1].type in EMPHASIS_OPENS
        and pieces[-1].type in EMPHASIS_CLOSES
        and not any(c.type in EMPHASIS_OPENS for c in pieces[2:])
    )


def _cells(row: str) -> list[str]:
    """A table row's cells as written, without the empty ones its outer pipes make."""
    cells = CELL_BORDER.split(ROW_PREFIX.sub("", row, count=1).strip())
    if len(cells) > 1 and cells[-1] == "":
        cells.pop()
    return cells[1:] if cells[0] == "" else cells


def _inline_text(token: Token) -> str:
    children = token.children or []
    literal = _intraword_emphasis(children)
    run_in = _run_in_heading(children)
    pieces = []
    # A script or style set inside a paragraph ("code-named <script>...</script>") is no text,
    # as in a block of its own: its tags and all between them go.
    hidden: str | None = None
    for number, child in enumerate(children):
        if child.type == "html_inline" and (tag := TAG_NAME.match(child.content)):
            name = tag.group(1).casefold()
            if hidden is None and name in HTML_NOT_TEXT and not child.content.startswith("</"):
                hidden = name
                continue
            if hidden == name and child.content.startswith("</"):
                hidden = None
                continue
        if hidden is not None:
            continue
        if number in literal:
            pieces.append(child.markup)
        elif number == run_in:
            pieces.append(child.content[:-1] + ":")
        elif child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type == "softbreak":
            pieces.append("\n")
        elif child.type == "hardbreak" or (
            child.type == "html_inline" and LINE_BREAK_TAG.fullmatch(child.content)
        ):
            pieces.append(BLOCK_BREAK)
        elif child.type == "html_inline" and not _is_html(child.content):
            # "<redacted>" or "<John Smith>" is text that looks like a tag.
            pieces.append(child.content)
    return "".join(pieces)


def _run_in_heading(children: Sequence[Token]) -> int | None:
    """The position among a paragraph's inline ``children`` of the run-in heading in bold
    (``RUN_IN_HEADING``) it opens with before its text, read as the heading of that text
    ("Background: Night shift work ..."), not a sentence ("Background."); ``None`` without one.

    >>> [_run_in_heading(_parser().parseInline(t)[0].children or []) for t in
    ...     ("**Results.** Mice recovered.", "**Peskov** said it.", "**Results.**")]
    [2, None, None]
    """
    start = next((n for n, child in enumerate(children) if child.content or child.markup), 0)
    opening = [child.type for child in children[start : start + 3]]
    rest = children[start + 3 :]
    if opening != ["strong_open", "text", "strong_close"] or not any(c.content for c in rest):
        return None
    heading = start + 1
    return heading if RUN_IN_HEADING.fullmatch(children[heading].content) else None


def _intraword_emphasis(children: list[Token]) -> set[int]:
    """Positions of the emphasis marks to keep as text: both marks of a pair, when either stands
    between two letters or digits. Asterisks inside a word are a product ("2*3*4") or a
    censored word ("s**t") far more often than emphasis in news text."""

    def inside_a_word(number: int) -> bool:
        before = children[number - 1].content[-1:] if number else ""
        after = children[number + 1].content[:1] if number + 1 < len(children) else ""
        return before.isalnum() and after.isalnum()

    literal: set[int] = set()
    opened: list[int] = []
    for number, child in enumerate(children):
        if child.type in EMPHASIS_OPENS and child.markup.startswith("*"):
            opened.append(number)
        elif child.type in EMPHASIS_CLOSES and child.markup.startswith("*") and opened:
            start = opened.pop()
            if inside_a_word(start) or inside_a_word(number):
                literal |= {start, number}
    return literal


def _is_html(tag: str) -> bool:
    """Whether an inline tag is HTML: a known element's name, not capitalised as a name is
    ("<Time Warner>" is a company, "<time>" and "<B>" are HTML)."""
    name = TAG_NAME.match(tag)
    if tag.startswith("<!"):
        return True
    if name is None:
        return False
    word = name.group(1)
    return word.lower() in defs.tags and not (word[0].isupper() and not word.isupper())


def _is_header_row(row: HtmlElement) -> bool:
    """Whether a raw HTML table's row is a header row, as a Markdown table's first is: in the
    table's head, or all headings ("<th>Party</th><th>Seats</th>"); not a row that heads its
    own figures ("<th>Greens</th><td>12</td>").

    >>> _is_header_row(fragment_fromstring("<tr><th>Party</th><th>Seats</th></tr>"))
    True
    >>> _is_header_row(fragment_fromstring("<tr><th>Greens</th><td>12</td></tr>"))
    False
    """
    cells = [cell.tag for cell in row if cell.tag in HTML_CELLS]
    parent = row.getparent()
    in_head = parent is not None and parent.tag == "thead"
    return in_head or (bool(cells) and set(cells) == {"th"})


def _html_blocks(html: str, *, english: bool) -> Iterator[str]:
    """The text of a raw HTML block (a pasted paragraph, an embedded post); if it opens a
    comment, script or style that never closes, the lines after its first are Markdown."""
    lowered = html.lstrip().lower()
    start, end = next(((s, e) for s, e in HTML_BLOCK_ENDS if lowered.startswith(s)), ("", ""))
    if end and end not in lowered:
        _, _, rest = html.partition(">" if start in HTML_TEXT_BLOCKS else "\n")
        yield from _blocks(_parser().parse(rest), LINE_ENDING.split(rest), english=english)
        return
    try:
        root = fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        # lxml finds no element at all (a lone comment or processing instruction): no text.
        return
    strip_elements(root, *HTML_NOT_TEXT, with_tail=False)
    drop_media_figures(root)
    drop_embedded_posts(root)
    drop_pull_quotes(root)
    quote_blockquotes(root, english=english)
    for row in [row for row in root.iter("tr") if _is_header_row(row)]:
        row.drop_tree()
    for element in root.iter("br"):
        element.tail = BLOCK_BREAK + (element.tail or "")
    for element in root.iter(*HTML_CELLS):
        if element.getnext() is not None:
            element.tail = CELL_SEPARATOR + (element.tail or "")
    for element in root.iter(*HTML_BLOCKS):
        element.tail = BLOCK_BREAK + (element.tail or "")
    yield str(root.text_content())
