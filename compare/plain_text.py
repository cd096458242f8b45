"""An article's text as its writer meant it: Markdown markup left out, fixed-width wrapping undone.

The segmenter ends a sentence at every line break, and every word of a sentence counts, so markup
(emphasis marks, a link's URL) would become words and a line wrapped at 72 columns would cut its
sentence in two. Both are undone here, cautiously: a line break the writer chose (a byline, a list,
a credit line, a table row) stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from lxml.etree import ParserError, strip_elements
from lxml.html import fragment_fromstring
from markdown_it import MarkdownIt
from markdown_it.token import Token

# Blocks (paragraphs, list items, table rows) are kept apart by a blank line, so that no
# unwrapping ever joins two of them.
BLOCK_BREAK = "\n\n"
# The cells of a table row share a line, as a row of figures is read together.
CELL_SEPARATOR = " | "
# HTML elements whose text is a block of its own, and those that are never text.
HTML_BLOCKS = (
    "p",
    "div",
    "li",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "figcaption",
)
HTML_NOT_TEXT = ("script", "style", "noscript", "template")
LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
BLANK_LINES = re.compile(r"\n{3,}")

# Unwrapping. A line broken by wrapping at a fixed width is one the next word would not have
# fitted on: its length, a space and the next line's first word pass the width (the longest
# line). Wrappers that balance their lines (fmt) break up to a fifth early.
WRAP_SLACK = 0.8
# Text counts as wrapped when most of its longer lines that end inside a sentence were broken by
# wrapping, unless nearly all the lines after them start with a capital or a digit, as the items of
# a list do (headlines, dated entries). In wrapped news text about a fifth do.
MIN_OPEN_LINES = 2
MIN_WRAPPED_SHARE = 0.75
MAX_ITEM_SHARE = 0.75
# A line starting with a list marker begins an item of its own, however long the one before, and
# only an indented line continues it.
LIST_ITEM = re.compile(r"\s*(?:[-*+•]|\d{1,3}[.)])\s")


@dataclass(frozen=True, slots=True)
class MarkdownText:
    """A Markdown article's title (its leading ``#`` heading, if any) and the plain text of the
    rest, its blocks apart by blank lines and the lines of a paragraph as written."""

    heading: str | None
    body: str

    @property
    def text(self) -> str:
        """The whole plain text, heading included."""
        return BLOCK_BREAK.join(part for part in (self.heading, self.body) if part)


def markdown_text(source: str) -> MarkdownText:
    """Read Markdown (CommonMark, with tables and strikethrough) as plain text.

    Markup, link targets and images go; raw HTML keeps its text; an ordered list keeps its numbers.
    Only a one-line ``#`` heading opening the article is its heading: a line of ``---`` under
    text also makes a heading in CommonMark, of every line above it.

    >>> article = markdown_text("# Talks fail\\n\\n**Peskov** said [on Monday](https://t.ru/a)\\nthat NATO is at war.")
    >>> article.heading, article.body
    ('Talks fail', 'Peskov said on Monday\\nthat NATO is at war.')
    """
    tokens = _parser().parse(source)
    heading = None
    if tokens and tokens[0].type == "heading_open" and tokens[0].markup.startswith("#"):
        heading, tokens = _inline_text(tokens[1]) or None, tokens[3:]
    lines = (line.strip() for line in BLOCK_BREAK.join(_blocks(tokens)).split("\n"))
    return MarkdownText(heading, BLANK_LINES.sub(BLOCK_BREAK, "\n".join(lines)).strip())


def unwrap(text: str) -> str:
    """``text`` with the line breaks made by wrapping at a fixed width turned into spaces, when it
    was wrapped so (e-mailed and wire copy); else ``text`` as it is. The length stays the same.

    >>> unwrap("By Ann Lee\\n\\nPeskov said NATO was directly involved in\\nthe conflict, and that "
    ...        "the alliance was\\nat war with Russia, officials said on\\nMonday.\\n\\nTalks failed.")
    'By Ann Lee\\n\\nPeskov said NATO was directly involved in the conflict, and that the alliance was at war with Russia, officials said on Monday.\\n\\nTalks failed.'
    """
    lines = text.split("\n")
    ends = [line.rstrip() for line in lines]
    inner = [
        number
        for number, (line, after) in enumerate(zip(ends, lines[1:], strict=False))
        if line
        and after.strip()
        and not LIST_ITEM.match(after)
        and not (LIST_ITEM.match(line) and not after[0].isspace())
    ]
    width = max((len(ends[number]) for number in inner), default=0)
    wrapped = {
        number
        for number in inner
        if len(ends[number]) + 1 + len(lines[number + 1].split(maxsplit=1)[0]) > WRAP_SLACK * width
    }
    # Short lines (bylines, list items, a paragraph's last line) were never full: they say nothing.
    open_ended = [
        number
        for number in inner
        if 2 * len(ends[number]) > width
        and (ends[number][-1].isalnum() or ends[number][-1] in ",;-")
    ]
    starts_an_item = sum(_starts_an_item(lines[number + 1]) for number in open_ended)
    if (
        len(open_ended) < MIN_OPEN_LINES
        or len(wrapped.intersection(open_ended)) < MIN_WRAPPED_SHARE * len(open_ended)
        or starts_an_item > MAX_ITEM_SHARE * len(open_ended)
    ):
        return text
    return (
        "".join(
            line + (" " if number in wrapped else "\n") for number, line in enumerate(lines[:-1])
        )
        + lines[-1]
    )


def _starts_an_item(line: str) -> bool:
    first = line.lstrip()[0]
    return first.isupper() or first.isdigit()


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _blocks(tokens: list[Token]) -> Iterator[str]:
    row: list[str] | None = None
    item_number = ""
    for token in tokens:
        if token.type == "list_item_open" and token.info:
            # An ordered list's numbers are text: "2. Talks resume" says which step it is.
            item_number = f"{token.info}{token.markup} "
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            yield CELL_SEPARATOR.join(row)
            row = None
        elif token.type == "inline":
            if row is None:
                yield item_number + _inline_text(token)
                item_number = ""
            else:
                row.append(_inline_text(token))
        elif token.type in ("code_block", "fence"):
            # A paragraph indented by four spaces is a code block to CommonMark, and still text.
            yield token.content
        elif token.type == "html_block":
            yield _html_text(token.content)


def _inline_text(token: Token) -> str:
    pieces = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or (
            child.type == "html_inline" and LINE_BREAK_TAG.fullmatch(child.content)
        ):
            pieces.append("\n")
    return "".join(pieces)


def _html_text(html: str) -> str:
    """The text of a raw HTML block (a pasted paragraph, an embedded post), a block a paragraph."""
    try:
        root = fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return ""
    strip_elements(root, *HTML_NOT_TEXT, with_tail=False)
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*HTML_BLOCKS):
        element.tail = BLOCK_BREAK + (element.tail or "")
    return str(root.text_content())
