"""Articles printed on one page, told apart where each opens.

A newspaper's page read by OCR holds several articles one under another, each opening with a
headline in capitals, over a dateline ("STATE BANK CLOSES DOORS" over "DES MOINES, Iowa, Nov. 14
(AP) --") or, for a local item, which gives none, over its first paragraph ("ORLAND LODGE TO" /
"INSTALL OFFICERS" over "New officers of Orland Lodge ..."). Read as one article, a page holding a
flood, a bank's failure and a flight shares sentences with the reprints of each, and chains their
stories into one, and a lodge's notice read as the end of a mine disaster's report. Only such
openings part a text: a line of "* * *" or "---" breaks one article's scenes as often as it ends
one, and a form feed ends a printed page, which an article runs on over.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from compare.dates import DATELINE_DATE
from compare.lexicon import lexicon
from compare.plain_text import ends_a_sentence

# A headline set in capitals is a line or a few, of a few words ("RIVER FLOOD DRIVES 5,000" /
# "FROM HOMES", as a narrow column wraps it).
MAX_HEADLINE_LINES = 3
MAX_HEADLINE_WORDS = 16
MIN_HEADLINE_LETTERS = 3
# A dateline opens with its place in capitals; OCR breaks its words and loses its commas
# ("D ES MOINES, Iowa, Nov. 14", "SCRANTON Pa., March 3", "SCRANT0N") and its credit ("(B y The Associatcd
# Press)"), so a place in capitals giving its day is one too.
DATELINE_PLACE = re.compile(r"[A-Z][A-Z0-9.'\- ]*[A-Z.]\b")
DATELINE_DAY = re.compile(DATELINE_DATE)
# The dateline and the line a column wraps it onto.
DATELINE_LINES = 2
# A local item's headline gives no dateline under it to be told from a crosshead in capitals that
# breaks a long story ("RESCUE WORK"): it says what happened, in a few words at least.
MIN_UNDATED_HEADLINE_WORDS = 3


def article_starts(text: str) -> list[int]:
    """Where in ``text`` each article a page prints under another opens: the start of a headline
    in capitals, after a blank line, with a line of prose above it, over a dateline (on the next
    line, or after a blank one), or, where the paragraph above ends a sentence, over a blank line
    and a paragraph (see :func:`_heads_an_item`). The first article, which opens the text, is not
    listed.

    >>> page = ("RIVER RISES\\n\\nMEMPHIS, April 21 (AP) -- The river rose.\\n\\n"
    ...         "BANK CLOSES\\nDES MOINES, Nov. 14 (AP) -- A bank failed.\\n\\n"
    ...         "GRANGE TO MEET\\n\\nThe grange meets Tuesday.\\n")
    >>> [page[start:].partition("\\n")[0] for start in article_starts(page)]
    ['BANK CLOSES', 'GRANGE TO MEET']
    """
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    starts = []
    prose = False
    ended = False  # whether the last line with text ends a sentence
    for number, line in enumerate(lines):
        after_blank = number == 0 or not lines[number - 1].strip()
        opens = after_blank and (
            _opens_article(lines, number) or (ended and _heads_an_item(lines, number))
        )
        if opens and prose:
            starts.append(offsets[number])
            prose = False
        elif any(character.islower() for character in line):
            prose = True
        if line.strip():
            ended = ends_a_sentence(line)
    return starts


def articles_on_page(text: str) -> list[str]:
    """The articles of ``text``, cut where each opens (see :func:`article_starts`); the text
    whole when it holds one.

    >>> articles_on_page("FIRE\\n\\nOMAHA, Feb. 2 (AP) -- A hotel burned.\\n\\nMINE\\nSCRANTON, Pa., March 3 (AP) -- Men were trapped.")
    ['FIRE\\n\\nOMAHA, Feb. 2 (AP) -- A hotel burned.', 'MINE\\nSCRANTON, Pa., March 3 (AP) -- Men were trapped.']
    """
    bounds = [0, *article_starts(text), len(text)]
    return [text[start:end].strip("\n") for start, end in pairwise(bounds)]


def _opens_article(lines: Sequence[str], number: int) -> bool:
    """Whether a headline in capitals opens at line ``number``, a dateline under it."""
    for end in range(number, min(number + MAX_HEADLINE_LINES, len(lines))):
        if not _in_capitals(lines[end]) or _is_dateline(lines[end : end + 1], 0):
            return False
        if sum(len(line.split()) for line in lines[number : end + 1]) > MAX_HEADLINE_WORDS:
            return False
        under = end + 1
        if under < len(lines) and not lines[under].strip():
            under += 1
        if under < len(lines) and _is_dateline(lines, under):
            return True
    return False


def _heads_an_item(lines: Sequence[str], number: int) -> bool:
    """Whether a headline in capitals that gives no dateline under it opens at line ``number``:
    a line or a few, each ending no sentence, of a few words at least, over a blank line and a
    paragraph of prose ("ORLAND LODGE TO" / "INSTALL OFFICERS", then "New officers of ...")."""
    end = number
    while end < len(lines) and lines[end].strip():
        line = lines[end]
        if end - number == MAX_HEADLINE_LINES or not _in_capitals(line) or ends_a_sentence(line):
            return False
        end += 1
    words = sum(len(line.split()) for line in lines[number:end])
    under = next((line for line in lines[end:] if line.strip()), "")
    return (
        MIN_UNDATED_HEADLINE_WORDS <= words <= MAX_HEADLINE_WORDS
        and not _is_dateline(lines, number)
        and any(character.islower() for character in under)
    )


def _in_capitals(line: str) -> bool:
    letters = [character for character in line if character.isalpha()]
    return len(letters) >= MIN_HEADLINE_LETTERS and all(letter.isupper() for letter in letters)


def _is_dateline(lines: Sequence[str], number: int) -> bool:
    """Whether line ``number`` opens with a dateline: one the lexicon reads, or a place in
    capitals giving its day ("D ES MOINES, Iowa, Nov. 14")."""
    line = lines[number].strip()
    place = DATELINE_PLACE.match(line)
    if place is None:
        return False
    if DATELINE_DAY.search(line, place.end()):
        return True
    wrapped = " ".join(part.strip() for part in lines[number : number + DATELINE_LINES])
    return lexicon().dateline(wrapped) is not None
