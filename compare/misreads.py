"""Tell a word an OCR'd page misread from a word a copy desk changed, in a scanned text.

A scanner reads letters that look alike for one another: "rn" for "m" ("Departrnent"), "cl" for
"d", "li" for "h", "vv" for "w", a digit for a letter ("nightfa11", "1ast"), "c" for "e"
("savc") and "b" for "h" ("tbe"); and a page of the period spells "to-day" and "to-morrow" where
a later one writes "today". Two scans of one printed text differ in such words, which tell
nothing of how either paper framed the story, nor that one names other people than the other.
Only these known confusions count: "Smyth" for "Smith" may be a correction, and "48" for "43" is
a figure changed. They hold only where a text reads as scanned (:func:`reads_as_scanned`): in
born-digital news "bold" and "hold", "Bill" and "Hill" are two words a writer chose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from compare.lexicon import credit_name, lexicon
from compare.word_diff import comparison_form, display_words, joined, runs

# The digits and capitals read for a letter, each as the letter (before case folding, which
# would make the capital "I" an "i").
READ_AS_LETTERS = str.maketrans({"1": "l", "I": "l", "|": "l", "0": "o", "O": "o"})
# Pairs of letters read as one, and single letters read for another, each as the one it is
# read for; the pairs first, as "li" would else lose its "i" to an "l".
READ_AS_ONE = (("rn", "m"), ("cl", "d"), ("vv", "w"), ("li", "h"))
READ_FOR_ANOTHER = str.maketrans({"b": "h", "c": "e", "i": "l"})
# An "o" read for the "e" of "the", the word a scan prints most and misreads most: no copy desk
# puts "tho" (though) for "the", but any other "o" for an "e" may be a word changed ("not" and
# "net", "hold" and "held"). "tho" alone is a word of verse and dialect, no sign of a scan.
THE_READ_AS_THO = frozenset({"the", "tho"})
# A scanner misreads a character or two of a word: more changed is another word that happens to
# share its shape ("Columbus" and "Colurnbus" are two edits apart, a substitution and an insertion).
MAX_MISREAD_EDITS = 2
# A word's first "e" read as "c" makes another word only of short ones ("cast" and "east", "caves"
# and "eaves"): of six letters or more, "cverything" and "cleven" are misreads.
MIN_LETTERS_OF_E_READ_AS_C = 6
# The letters of the shortest wire's name a scanned credit may misread: "Reuters", not "AP",
# which a misread makes another body's initials ("AF").
MIN_MISREAD_WIRE_LETTERS = 5
# The hyphen or space that an old spelling or a narrow column leaves inside one word.
WORD_BREAK = re.compile(r"[\s\-]+")
# The quotation marks and punctuation before a word's first letter or digit and after its last.
EDGE_MARKS = re.compile(r"^\W+|\W+$")
# A word of lower-case letters that a "1" or "0" read for an "l" or "o" ends after a vowel and a
# letter ("nightfa11", "gir1"; not a code, "rk1001") or opens before a vowel ("1ast"): in a
# born-digital text the same shape is a version or a model ("win10", "Top10").
DIGIT_FOR_LETTER = re.compile(
    r"(?<![A-Za-z0-9])(?:[a-z]*(?:[a-z][aeiouy]|[aeiouy][a-z])[01]+|[01][aeiou][a-z]{2,})(?![A-Za-z0-9])"
)
# A word as a text prints it, for the signs of a scan.
PRINTED_WORD = re.compile(r"[A-Za-z0-9|]+")
# English words every article prints, which a scan misreads somewhere on nearly every page,
# and which no misread turns into another word with their first letter: the lexicon's function
# words mix languages ("dass", which "class" reads as; "com"), and "are" and "all" are misread
# as real words ("arc", "ail").
COMMON_ENGLISH_WORDS = frozenset(
    {
        "about", "after", "and", "been", "before", "could", "from", "have", "into", "more",
        "one", "other", "said", "should", "some", "than", "that", "the", "their", "them",
        "then", "there", "they", "this", "three", "were", "what", "when", "which", "while",
        "who", "will", "with", "would",
    }
)  # fmt: skip
# What only an old printed page, read by a scanner, prints: "rn" read for an "m" that opens a
# word ("rnother", "rneeting"; no English word opens so), and "to-day", "to-morrow", as papers
# spelled them before the war.
SCANNED_PAGE_SPELLING = re.compile(r"(?<![A-Za-z])(?:[Rr]n[aeiouy]|[Tt]o-(?:day|morrow|night)\b)")


@lru_cache(maxsize=1 << 16)
def misread_form(word: str) -> str:
    """The shape of ``word`` that a scanner may read it as: each character it confuses with
    another written as that one, case folded.

    >>> misread_form("Departrnent") == misread_form("Department")
    True
    """
    shape = _read_as_letters(word)
    for read, meant in READ_AS_ONE:
        shape = shape.replace(read, meant)
    return shape.translate(READ_FOR_ANOTHER)


def misread_as(word: str, other: str) -> bool:
    """Whether two different words are one word as an OCR'd page misreads it: the same shape
    (:func:`misread_form`), ``MAX_MISREAD_EDITS`` characters apart at most, or the same letters
    but for the hyphens and spaces an old spelling or a column break leaves ("to-day",
    "today").

    >>> misread_as("Elrner", "Elmer"), misread_as("nightfa11", "nightfall"), misread_as("tbe", "the")
    (True, True, True)
    >>> misread_as("to-day", "today"), misread_as("to day", "today")
    (True, True)
    >>> misread_as("Smyth", "Smith"), misread_as("48", "43"), misread_as("Iran", "Iraq")
    (False, False, False)
    >>> misread_as("(212) 555-0199", "212-555-0199")
    False
    """
    # A scanner reads no digit for another: numbers that differ are figures changed.
    if word == other or not (_has_a_letter(word) and _has_a_letter(other)):
        return False
    unbroken, other_unbroken = WORD_BREAK.sub("", word), WORD_BREAK.sub("", other)
    folded, other_folded = unbroken.casefold(), other_unbroken.casefold()
    if folded == other_folded or {folded, other_folded} == THE_READ_AS_THO:
        return True
    # "cl" is read for a "d" and for "el": "bclieved" is "believed" read one letter at a time.
    return (
        misread_form(unbroken) == misread_form(other_unbroken)
        or _letters_form(unbroken) == _letters_form(other_unbroken)
    ) and Levenshtein.distance(folded, other_folded) <= MAX_MISREAD_EDITS


def _letters_form(word: str) -> str:
    """The shape of ``word`` a scanner may read it as letter by letter, no pair of letters read
    as one (see :func:`misread_form`)."""
    return _read_as_letters(word).translate(READ_FOR_ANOTHER)


def _read_as_letters(word: str) -> str:
    """``word`` case folded, with each digit or mark a scanner reads for a letter as that one."""
    return word.translate(READ_AS_LETTERS).casefold()


def misread_as_in_scan(word: str, other: str) -> bool:
    """Whether two words are one, or one a scanner misread after its first letter (see
    :func:`misread_as`): a first letter read otherwise is as often another word or name
    ("bad" and "had", "Bolton" and "Holton"), but a digit or a pair of letters read for it is
    none ("1ast", "rnine").

    >>> misread_as_in_scan("frorn", "from"), misread_as_in_scan("1ast", "last")
    (True, True)
    >>> misread_as_in_scan("rnine", "mine")
    True
    >>> misread_as_in_scan("Bolton", "Holton"), misread_as_in_scan("bad", "had")
    (False, False)

    A number written out is read with its first letter misread too ("cight" for "eight"),
    where the other word is no number: no copy desk changes a count into a word that is none;
    and so is a long word's "e" read as "c" ("cverything", "cleven"), which makes no other
    word of that length ("cast" and "east" are short).

    >>> misread_as_in_scan("cight", "eight"), misread_as_in_scan("cverything", "everything")
    (True, True)
    >>> misread_as_in_scan("cast", "east"), misread_as_in_scan("bearings", "hearings")
    (False, False)
    """
    return word.casefold() == other.casefold() or (
        (
            _first_letter(word) == _first_letter(other)
            or _number_misread(word, other)
            or _long_words_e_misread(word, other)
        )
        and misread_as(word, other)
    )


def _number_misread(word: str, other: str) -> bool:
    """Whether one of two words is a number written out ("eight") and the other none."""
    numbers = lexicon().number_words
    return (word.casefold() in numbers) != (other.casefold() in numbers)


def _long_words_e_misread(word: str, other: str) -> bool:
    """Whether two words of ``MIN_LETTERS_OF_E_READ_AS_C`` letters or more open one with "c",
    the other with "e"."""
    return {word[:1].casefold(), other[:1].casefold()} == {"c", "e"} and min(
        len(word), len(other)
    ) >= MIN_LETTERS_OF_E_READ_AS_C


def _first_letter(word: str) -> str:
    """A word's first letter, with a digit or a pair of letters read for it read as that."""
    shape = _read_as_letters(word)
    for read, meant in READ_AS_ONE:
        if shape.startswith(read):
            return meant
    return shape[:1]


def reads_as_scanned(text: str) -> bool:
    """Whether a text reads as a scanned page: it prints one of the commonest English words
    (``COMMON_ENGLISH_WORDS``) as a scanner misreads it ("tbe", "tlie", "frorn", "witb", "Thc",
    "onc"), and as no function word of any language, or spells what only
    a scanned old page does (``SCANNED_PAGE_SPELLING``: "rnother", "to-day"), which no
    born-digital text prints. The run asks it once a document (``Result.scanned``); a pair is
    read with misreads undone where either of its documents is one.

    >>> reads_as_scanned("Tbe mine closed at nightfa11."), reads_as_scanned("The win10 update.")
    (True, False)
    >>> reads_as_scanned("Thirty-onc men came out."), reads_as_scanned("His rnother wept.")
    (True, True)
    >>> reads_as_scanned('"We will bold talks," he said. It was a bad day.')
    False
    """
    if SCANNED_PAGE_SPELLING.search(text):
        return True
    signs = _common_word_shapes()
    words = lexicon().function_words | COMMON_ENGLISH_WORDS
    return any(
        (word.islower() or word.istitle())
        and word.casefold() not in words
        and any(misread_as_in_scan(word, meant) for meant in signs.get(misread_form(word), ()))
        for word in PRINTED_WORD.findall(text)
    )


@lru_cache(maxsize=1)
def _common_word_shapes() -> dict[str, tuple[str, ...]]:
    """The ``COMMON_ENGLISH_WORDS`` by the shape a scanner may read them as
    (:func:`misread_form`)."""
    shapes: dict[str, list[str]] = {}
    for word in sorted(COMMON_ENGLISH_WORDS):
        shapes.setdefault(misread_form(word), []).append(word)
    return {shape: tuple(words) for shape, words in shapes.items()}


def misread_wire(credit: str) -> str | None:
    """The wire service a scanned page's credit in brackets names with a letter or two misread
    ("By United Prcss", "By The Associatcd Press"), as :func:`misread_as_in_scan` reads a word;
    ``None`` for any other words. Only a name spelled out (``MIN_MISREAD_WIRE_LETTERS``): a
    misread of initials is as often another body's initials.

    >>> misread_wire("By United Prcss"), misread_wire("By The Associatcd\\nPress")
    ('UP', 'AP')
    >>> misread_wire("By United Presses"), misread_wire("By United Farmers")
    (None, None)
    """
    name = credit_name(credit)
    unbroken = WORD_BREAK.sub("", name)
    return next(
        (
            wire
            for alias, wire in _spelled_wires().get(misread_form(unbroken), ())
            if misread_as_in_scan(unbroken, alias)
        ),
        None,
    )


@lru_cache(maxsize=1)
def _spelled_wires() -> dict[str, tuple[tuple[str, str], ...]]:
    """The names a wire service is spelled out by (``MIN_MISREAD_WIRE_LETTERS``), without their
    spaces, each with its wire, by the shape a scanner may read them as (:func:`misread_form`)."""
    shapes: dict[str, list[tuple[str, str]]] = {}
    for alias, wire in sorted(lexicon().wire_aliases.items()):
        unbroken = WORD_BREAK.sub("", alias)
        if sum(map(str.isalpha, unbroken)) >= MIN_MISREAD_WIRE_LETTERS:
            shapes.setdefault(misread_form(unbroken), []).append((unbroken, wire))
    return {shape: tuple(names) for shape, names in shapes.items()}


def digits_read_as_letters(text: str) -> str:
    """A scanned text with each word a "1" or "0" read for an "l" or "o" spells
    (``DIGIT_FOR_LETTER``) written with its letters, so that it states no number.

    >>> digits_read_as_letters("They reached camp at nightfa11, 1ast of all.")
    'They reached camp at nightfall, last of all.'
    """
    return DIGIT_FOR_LETTER.sub(lambda found: found.group().translate(READ_AS_LETTERS), text)


def _has_a_letter(word: str) -> bool:
    return any(map(str.isalpha, word))


def misreads_undone(a_text: str, b_text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """B's text with each word or run of words that misreads A's where the two align (see
    :func:`misread_as`) spelled as A spells it, its marks kept; and those words, ``(A's, B's)``
    as each spells them, in order. A word misread beside a word edited ("Harrnon declared" for
    "Harmon said") is undone alone.

    >>> misreads_undone('"It was rnine," said Sirnon.', '"It was mine" said Simon.')
    ('"It was rnine" said Sirnon.', (('rnine', 'mine'), ('Sirnon', 'Simon')))
    >>> misreads_undone("Banks closed to-day.", "Banks closed to day.")[0]
    'Banks closed to-day.'
    >>> misreads_undone("Peskov said it.", "Peskov claimed it.")
    ('Peskov claimed it.', ())
    """
    misread, _ = _misread_runs(a_text, b_text)
    if not misread:
        return b_text, ()
    written = list(display_words(b_text))
    undone: list[tuple[str, str]] = []
    # Respelled from the last back, so each one's offset still points at B's words.
    for theirs, ours, start in reversed(misread):
        spelled, misspelled = _spelling(joined(theirs)), _spelling(joined(ours))
        written[start : start + len(ours)] = [joined(ours).replace(misspelled, spelled, 1)]
        undone.append((spelled, misspelled))
    return joined(written), tuple(reversed(undone))


def misread_only(a_text: str, b_text: str) -> bool:
    """Whether two texts are one word for word but for words one misreads where the other
    aligns with them (see :func:`misread_as`): two scans of one printed text.

    >>> misread_only("Tbe bank closed to-day, Harrnon said.", "The bank closed today, Harmon said.")
    True
    >>> misread_only("Tbe bank closed today, Harrnon declared.", "The bank closed today, Harmon said.")
    False
    """
    misread, edited = _misread_runs(a_text, b_text)
    return bool(misread) and not edited


# A run of B's words that misreads A's: A's words, B's, and where B's start among its words.
MisreadRun = tuple[tuple[str, ...], tuple[str, ...], int]


def _misread_runs(a_text: str, b_text: str) -> tuple[list[MisreadRun], bool]:
    """The runs of B's words that misread A's where the two align, and whether B edits any
    other word. Words are aligned by the shapes a scanner reads them as (:func:`misread_form`),
    so that a word misread stays aligned with A's beside a word edited; a run of other shapes
    misreads A's only as an old spelling or a column break splits a word ("to day", "today")."""
    a_words, b_words = display_words(a_text), display_words(b_text)
    misread: list[MisreadRun] = []
    edited = False
    for op, a_start, a_end, b_start, b_end in runs(
        [_shape(w) for w in a_words], [_shape(w) for w in b_words]
    ):
        theirs, ours = a_words[a_start:a_end], b_words[b_start:b_end]
        if op != "equal":
            changed = [(theirs, ours, b_start)]
        else:
            changed = [
                ((a,), (b,), b_start + n)
                for n, (a, b) in enumerate(zip(theirs, ours, strict=True))
                if comparison_form(a) != comparison_form(b)
            ]
        for run in changed:
            if _misread_run(*run[:2]):
                misread.append(run)
            else:
                edited = True
    return misread, edited


def _shape(word: str) -> str:
    """A word of a text as a scanner may read it, without the hyphens an old spelling writes."""
    return misread_form(WORD_BREAK.sub("", comparison_form(word)))


def _misread_run(theirs: Sequence[str], ours: Sequence[str]) -> bool:
    """Whether a run of words B puts for A's misreads them: word for word, or the run as one
    word where an old spelling or a column break splits it ("to day", "today")."""
    if len(theirs) == len(ours):
        return all(
            misread_as_in_scan(comparison_form(a), comparison_form(b))
            for a, b in zip(theirs, ours, strict=True)
        )
    return misread_as_in_scan(
        " ".join(map(comparison_form, theirs)), " ".join(map(comparison_form, ours))
    )


def _spelling(words: str) -> str:
    """Words without the marks around them: how they are spelled, not punctuated."""
    return EDGE_MARKS.sub("", words)
