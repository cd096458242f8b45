"""Word-level edits of an aligned pair: equal / replace / insert / delete (rapidfuzz opcodes).

Words are compared in their matching form (typography normalised, case folded, the marks
around them stripped but for a minus sign), so a curly quote or a capital letter is not an edit,
while the words shown keep the article's own spelling.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from compare.records import WordEdit
from compare.segment import (
    KANA,
    NUMBER,
    UNSPACED,
    chinese_pieces,
    japanese_pieces,
    matching_key,
    normalise,
    with_dandas,
    without_edge_marks,
)

# A number as a spaced text has it in one word, its decimals and percent sign too: jieba and
# MeCab cut "3.5%" into "3", ".", "5" and "%", so a changed decimal was shown in pieces.
NUMBER_SHOWN = re.compile(f"{NUMBER}%?")
# Thousands grouped by a space, a no-break or a narrow no-break space, as French and German write
# them ("450 000"): one number, so one word, not "450" kept and "000" added.
SPACED_NUMBER = re.compile(r"(?<![\d.,'])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)")
# A word as written, a number grouped by spaces whole inside it: "(450\u202f000)," is one.
WORD_WITH_A_SPACED_NUMBER = re.compile(rf"(?:{SPACED_NUMBER.pattern}|\S)+")
# The danda and double danda, and the pipe Hindi portals type for a danda (see with_dandas).
DANDAS = "\u0964\u0965"
LONE_DANDAS = frozenset({*DANDAS, "|"})


class Attached(str):
    """A word written against the one before it, with no space between: a piece of a chunk of
    Chinese or Japanese text cut into its words ("\u5de5\u4f1a" then "\u8868\u793a")."""

    __slots__ = ()


def display_words(text: str) -> tuple[str, ...]:
    """The article's words as written, split on white space, and Chinese and Japanese (a text
    that holds kana) cut into their words, each piece after a chunk's first :class:`Attached`.

    >>> display_words("NATO \u201cis at war\u201d.")
    ('NATO', '\u201cis', 'at', 'war\u201d.')
    >>> display_words("組合は拒否した。")
    ('組合', 'は', '拒否', 'し', 'た', '。')
    >>> display_words("Selon la CGT, 450 000 personnes")
    ('Selon', 'la', 'CGT,', '450 000', 'personnes')
    """
    chunks = WORD_WITH_A_SPACED_NUMBER.findall(text) if SPACED_NUMBER.search(text) else text.split()
    if text.isascii():
        return tuple(map(sys.intern, chunks))
    if not LONE_DANDAS.isdisjoint(chunks):
        chunks = _with_spaced_dandas(chunks)
    if not (unspaced := UNSPACED.search(text)):
        return tuple(map(sys.intern, chunks))
    cut = japanese_pieces if KANA.search(text, unspaced.start()) else chinese_pieces
    shown: list[str] = []
    for chunk in chunks:
        first, *rest = _pieces(chunk, cut)
        shown.append(sys.intern(first))
        shown += map(Attached, rest)
    return tuple(shown)


def _with_spaced_dandas(chunks: Sequence[str]) -> list[str]:
    """``chunks`` with each danda set apart by a space, typed as a danda or as a pipe, joined to
    the word before it: "है |" and "है।" end a sentence alike, and the mark is no word of its
    own to add or delete. A pipe after a word of another script stays a word.

    >>> _with_spaced_dandas(["हुई", "है", "|", "Home", "|", "World"])
    ['हुई', 'है |', 'Home', '|', 'World']
    """
    joined_chunks: list[str] = []
    for chunk in chunks:
        spaced = f"{joined_chunks[-1]} {chunk}" if joined_chunks else chunk
        if joined_chunks and chunk in LONE_DANDAS and with_dandas(spaced)[-1] in DANDAS:
            joined_chunks[-1] = spaced
        else:
            joined_chunks.append(chunk)
    return joined_chunks


def _pieces(chunk: str, cut: Callable[[str], list[str]]) -> list[str]:
    """``chunk`` as written, cut by ``cut`` into its words, each number one word.

    >>> _pieces("涨\uff11\uff12\uff0e\uff15\uff05。", chinese_pieces)
    ['涨', '\uff11\uff12\uff0e\uff15\uff05', '。']
    """
    # The cutters take each digit or letter typed full-width for a word of its own, but a run
    # of ASCII ones for one word: they cut the text in its plain forms, one character for each.
    plain = normalise(chunk)
    inside = {
        offset
        for found in NUMBER_SHOWN.finditer(plain)
        for offset in range(found.start() + 1, found.end())
    }
    pieces: list[str] = []
    start = 0
    for piece in cut(plain):
        end = start + len(piece)
        if start in inside:
            pieces[-1] += chunk[start:end]
        else:
            pieces.append(chunk[start:end])
        start = end
    return pieces


def joined(words: Sequence[str]) -> str:
    """Words of :func:`display_words` as text again, spaced as they were written.

    >>> joined(("NATO", "is", "at", "war."))
    'NATO is at war.'
    >>> joined(display_words("Xi (习近平) 表示拒绝。"))
    'Xi (习近平) 表示拒绝。'
    """
    # Only Chinese and Japanese text has attached words: most text is joined in one call. A
    # slice of a diff may hold attached words of digits and marks alone ("5%。"), in no script.
    if not any(isinstance(word, Attached) for word in words):
        return " ".join(words)
    return "".join(
        word if n == 0 or isinstance(word, Attached) else " " + word for n, word in enumerate(words)
    )


@lru_cache(maxsize=1 << 16)
def comparison_form(word: str) -> str:
    """What two words must share to be equal in a diff.

    >>> comparison_form("\u201cNATO\u2019s"), comparison_form("war,"), comparison_form("\u22125C")
    ("nato's", 'war', '-5c')
    """
    key = matching_key(word)
    # A number grouped by spaces is the number run together: "450 000" is "450000".
    key = "".join(key.split())
    return without_edge_marks(key) or key


def word_edits(a_text: str, b_text: str) -> tuple[WordEdit, ...]:
    """The edits turning A's words into B's.

    >>> [(e.op, e.a, e.b) for e in word_edits("Peskov said it", "Peskov claimed it")]
    [('equal', ('Peskov',), ('Peskov',)), ('replace', ('said',), ('claimed',)), ('equal', ('it',), ('it',))]
    """
    # Most aligned pairs of a feed are copies, equal word for word: no alignment to compute.
    if a_text == b_text:
        a_words = b_words = display_words(a_text)
    else:
        a_words, b_words = display_words(a_text), display_words(b_text)
        a_keys = [comparison_form(w) for w in a_words]
        b_keys = [comparison_form(w) for w in b_words]
        if a_keys != b_keys:
            return tuple(
                WordEdit(op, a_words[a_start:a_end], b_words[b_start:b_end])
                for op, a_start, a_end, b_start, b_end in runs(a_keys, b_keys)
            )
    return (WordEdit("equal", a_words, b_words),) if a_words else ()


# An edit turning B into A, by the edit turning A into B.
MIRRORED = {"equal": "equal", "replace": "replace", "insert": "delete", "delete": "insert"}


def mirrored(edits: Sequence[WordEdit]) -> tuple[WordEdit, ...]:
    """The edits turning B's words into A's, by those turning A's into B's.

    >>> [(e.op, e.a, e.b) for e in mirrored(word_edits("Peskov said it", "Peskov claimed it"))]
    [('equal', ('Peskov',), ('Peskov',)), ('replace', ('claimed',), ('said',)), ('equal', ('it',), ('it',))]
    """
    return tuple(WordEdit(MIRRORED[edit.op], edit.b, edit.a) for edit in edits)


def runs(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """The opcodes turning ``a`` into ``b`` (``op, start_a, end_a, start_b, end_b``), each run of
    changes between equal words made one: "the rebels if" against "the terrorists even if" is
    "rebels" replaced by "terrorists even", not "terrorists" inserted before "rebels" replaced by
    "even".

    >>> runs(["the", "rebels", "if"], ["the", "terrorists", "even", "if"])
    [('equal', 0, 1, 0, 1), ('replace', 1, 2, 1, 3), ('equal', 2, 3, 3, 4)]
    """
    # Levenshtein's opcodes break a tie of costs by which sequence comes first: "housing
    # concert" against "concert harvest" is two words replaced, and the other way round
    # "concert" kept between an insert and a delete. Taken from the smaller sequence and
    # mirrored, B's edits against A are A's against B turned round, and a pair's containment
    # does not depend on which article was given first.
    if tuple(b) < tuple(a):
        return [
            (MIRRORED[op], b_start, b_end, a_start, a_end)
            for op, a_start, a_end, b_start, b_end in runs(b, a)
        ]
    merged: list[tuple[str, int, int, int, int]] = []
    for op in Levenshtein.opcodes(a, b):
        run = (op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
        if op.tag != "equal" and merged and merged[-1][0] != "equal":
            _, a_start, _, b_start, _ = merged.pop()
            changed_a, changed_b = op.src_end > a_start, op.dest_end > b_start
            kind = "replace" if changed_a and changed_b else "delete" if changed_a else "insert"
            run = (kind, a_start, op.src_end, b_start, op.dest_end)
        merged.append(run)
    return merged


def gives_words(text: str, words: str, *, ignore_case: bool = False) -> bool:
    """Whether ``text`` has ``words``, as written (or in any case), not within other words.

    >>> gives_words("He was misquoted as saying devastated.", "devastated"), gives_words("unsaid", "said")
    (True, False)
    """
    return _written_whole(words, re.IGNORECASE if ignore_case else 0).search(text) is not None


# Asked per pair of documents, of a few names each: kept compiled, a run's names at most.
@lru_cache(maxsize=1 << 12)
def _written_whole(words: str, flags: int) -> re.Pattern[str]:
    """The search for ``words`` not within other words (:func:`gives_words`). The edge before
    them is looked for behind them, once found: a search that opens with a look behind tries it
    at every character of the text, one that opens with the words jumps to where they stand
    (70 times quicker for a name a 3,000-character article does not give)."""
    written = re.escape(words)
    return re.compile(rf"{written}(?<!\w{written})(?!\w)", flags)
