"""The plain text of a Markdown article, as CommonMark reads it.

Markup says how text looks, not what it says: emphasis marks, link targets and image sources
would otherwise become words of a sentence (a link's URL alone adds "https" and its host), and
lines wrapped inside a paragraph would end sentences where the writer's line did.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

# The cells of one table row share a line, as a row of figures is read together.
CELL_SEPARATOR = " | "


@dataclass(frozen=True, slots=True)
class MarkdownText:
    """An article's first heading (``None`` unless the article starts with one) and the plain
    text of the rest, one paragraph, heading, list item, quotation or table row a line."""

    heading: str | None
    body: str

    @property
    def text(self) -> str:
        """The whole plain text, heading included."""
        return "\n".join(part for part in (self.heading, self.body) if part)


def markdown_text(source: str) -> MarkdownText:
    """Read Markdown as plain text: markup, link targets, images and raw HTML blocks go; the
    lines of a paragraph join, and a hard line break stays one.

    >>> article = markdown_text("# Talks fail\\n\\n**Peskov** said [on Monday](https://t.ru/a)\\nthat NATO is at war.")
    >>> article.heading, article.body
    ('Talks fail', 'Peskov said on Monday that NATO is at war.')
    """
    tokens = _parser().parse(source)
    heading = None
    if tokens and tokens[0].type == "heading_open":
        heading, tokens = _inline_text(tokens[1]), tokens[3:]
    lines = "\n".join(_lines(tokens)).split("\n")
    return MarkdownText(heading, "\n".join(line.strip() for line in lines if line.strip()))


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def _lines(tokens: list[Token]) -> Iterator[str]:
    row: list[str] | None = None
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            yield CELL_SEPARATOR.join(row)
            row = None
        elif token.type == "inline":
            if row is None:
                yield _inline_text(token)
            else:
                row.append(_inline_text(token))
        elif token.type in ("code_block", "fence"):
            # A paragraph indented by four spaces is a code block to CommonMark, and still text.
            yield token.content.rstrip("\n")


def _inline_text(token: Token) -> str:
    pieces = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type == "softbreak":
            pieces.append(" ")
        elif child.type == "hardbreak":
            pieces.append("\n")
    return "".join(pieces).strip()
