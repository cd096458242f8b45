"""Where speech-to-text is cut into pieces: at the sentence ends of the text it reads out.

A transcript or caption capture writes no sentence's end, and :func:`compare.segment.segment`
cuts it evenly into pieces of about a sentence's length. A bulletin that reads wire copy word
for word then has pieces that straddle the wire's sentences: each aligns with two of them at
best, and the words a piece carries from the next sentence read as words added or dropped
("attribution removed" where the radio said it in the next piece). Read against the punctuated
text that shares most of its words, its pieces are cut where that text ends a sentence, so that
a verbatim read aligns sentence for sentence; stretches the other text does not hold keep their
even pieces.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from difflib import SequenceMatcher
from itertools import pairwise

from compare.lexicon import lexicon
from compare.records import Document, Sentence
from compare.segment import (
    MAX_UNPUNCTUATED_WORDS,
    SPACED_WORD,
    UNPUNCTUATED_PIECE_WORDS,
    sentences_at,
    unpunctuated,
)

# Words two texts share in a row before their sentence ends are read one onto the other: a
# single "the" or "said" in common places nothing.
MIN_BLOCK_WORDS = 2
# A cut that would leave a piece shorter than this is not made: "uh" before the wire's lede is
# no sentence of the bulletin's.
MIN_PIECE_WORDS = 3
# A stretch between two of the other text's sentence ends is read from it, and kept whole, when
# this share of its words at least runs word for word with it: a bulletin says "1987" as "one
# thousand nine hundred and eighty-seven", and leaves a sentence's figures unmatched.
MIN_READ_SHARE = 1 / 3
# Words between two runs a bulletin shares with the other text, where the other's are more than
# this many times the bulletin's (and a short piece's more), are sentences the bulletin left out.
GAP_RATIO = 2
# Three-word phrases a punctuated text must share with a transcript to be the text it reads.
MIN_SHARED_PHRASES = 3
PHRASE_WORDS = 3
NOT_A_LETTER = re.compile(r"[\W_]+")
# Words that join a number said in words between two of its words: "eight hundred and fifty",
# "one point four million".
NUMBER_JOINS = frozenset({"and", "point"})


def cut_as_read(
    documents: Sequence[Document], sentences: Mapping[str, tuple[Sentence, ...]]
) -> dict[str, tuple[Sentence, ...]]:
    """``sentences`` with each unpunctuated document's (see :func:`_pieced`) pieces cut where the
    punctuated document sharing most of its three-word phrases ends its sentences (see
    :func:`_cuts`); every other document's as they are.

    >>> wire = Document("w", "Wire", "Fire hit the port on Monday, officials said. Two men were hurt.")
    >>> read = Document("r", "Radio", "uh fire hit the port on monday officials said two men were hurt "
    ...                 "and the docks stayed closed all day while crews cleared the smoke")
    >>> from compare.segment import segment
    >>> cut = cut_as_read([wire, read], {d.id: segment(d) for d in (wire, read)})
    >>> [s.text for s in cut["r"]]
    ['uh fire hit the port on monday officials said', 'two men were hurt', 'and the docks stayed closed all day while crews cleared the smoke']
    """
    pieced = [d for d in documents if _pieced(d, sentences[d.id])]
    if not pieced:
        return dict(sentences)
    # By id: a list's "in" would compare whole documents, field by field, for every one read.
    pieced_ids = {d.id for d in pieced}
    others = [d for d in documents if d.id not in pieced_ids]
    phrases = {d.id: _phrases(_keys(_words(d.text))) for d in others}
    cut = dict(sentences)
    for document in pieced:
        words = _words(document.text)
        keys = _keys(words)
        own = _phrases(keys)
        shared = [(sum((own & phrases[d.id]).values()), -n, d) for n, d in enumerate(others)]
        best = max(shared, default=None, key=lambda found: found[:2])
        if best is None or best[0] < MIN_SHARED_PHRASES:
            continue
        read_from = best[2]
        cuts, matched = _cuts(keys, read_from, sentences[read_from.id])
        spans = _spans(document.text, words, cuts, matched)
        cut[document.id] = sentences_at(document, spans)
    return cut


def spoken(document: Document) -> bool:
    """Whether ``document`` is a broadcast as speech-to-text or captions write it: more words
    than a piece holds, and no sentence's end or clause's mark, in a script that marks them
    (:func:`compare.segment.unpunctuated`, over a piece's words rather than a paragraph's).

    >>> spoken(Document("r", "Radio", "good evening a fire tore through a warehouse " * 3))
    True
    >>> spoken(Document("w", "Wire", "A fire tore through a warehouse, officials said. " * 3))
    False
    """
    return unpunctuated(document.text, more_than=UNPUNCTUATED_PIECE_WORDS)


def _pieced(document: Document, sentences: Sequence[Sentence]) -> bool:
    """Whether ``document`` is :func:`spoken`, which its pieces cut, its lines running on (each
    paragraph one line, as a caption capture's turns and a transcript's text are, or a piece
    holding a line break); a list of headlines keeps a line a sentence."""
    if not spoken(document):
        return False
    text = document.text
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return all("\n" not in p for p in paragraphs) or any(
        "\n" in text[s.start : s.end] for s in sentences
    )


def _words(text: str) -> list[re.Match[str]]:
    return list(SPACED_WORD.finditer(text))


def _keys(words: Sequence[re.Match[str]]) -> list[str]:
    """Each word as two texts are matched by: case folded, without marks."""
    return [NOT_A_LETTER.sub("", word.group().casefold()) for word in words]


def _phrases(keys: Sequence[str]) -> Counter[tuple[str, ...]]:
    return Counter(tuple(keys[n : n + PHRASE_WORDS]) for n in range(len(keys) - PHRASE_WORDS + 1))


def _cuts(
    keys: Sequence[str], other: Document, other_sentences: Sequence[Sentence]
) -> tuple[set[int], set[int]]:
    """The words of the unpunctuated text (``keys``) after which ``other`` ends a sentence, and
    the words the two share in runs of ``MIN_BLOCK_WORDS`` or more. An end inside a run is
    placed exactly; one between two runs (the bulletin dropped "officers said" and said "63" as
    "sixty-three") before the next sentence's first word, or after the sentence's last, where
    the bulletin's words between the runs hold it, else as far into them as into the other's."""
    other_keys = _keys(_words(other.text))
    ends = _last_words(other, other_sentences)
    matcher = SequenceMatcher(None, list(keys), other_keys, autojunk=False)
    runs = [run for run in matcher.get_matching_blocks() if run.size >= MIN_BLOCK_WORDS]
    cuts, matched = set(), set()
    for i, j, size in runs:
        matched |= set(range(i, i + size))
        cuts |= {i + end - j for end in range(j, j + size) if end in ends}
    for before, after in pairwise(runs):
        own = range(before.a + before.size, after.a)
        theirs = range(before.b + before.size, after.b)
        # Of the other's sentences the bulletin left out between the two runs, its words may
        # carry the end of the first and the opening of the last, not the ones between.
        gap_ends = [end for end in theirs if end in ends]
        placed = (
            _placed(end, keys, other_keys, own, theirs) for end in gap_ends[:1] + gap_ends[-1:]
        )
        cuts |= {cut for cut in placed if cut is not None}
    return cuts, matched


def _last_words(document: Document, sentences: Sequence[Sentence]) -> set[int]:
    """The number of each sentence's last word among ``document``'s words."""
    starts = [word.start() for word in _words(document.text)]
    ends = set()
    at = 0
    for sentence in sentences:
        while at < len(starts) and starts[at] < sentence.end:
            at += 1
        ends.add(at - 1)
    return ends


def _placed(
    end: int, keys: Sequence[str], other_keys: Sequence[str], own: range, theirs: range
) -> int | None:
    """Where, among the words ``own`` of a bulletin between two runs it shares with another
    text, that text's sentence ending at its word ``end`` (among ``theirs``) ends; ``None`` when
    the bulletin left out whole sentences there (the other's words between the runs are more
    than ``GAP_RATIO`` times its own), which its few words cannot place."""
    if not own or end + 1 == theirs.stop:
        # The next run opens the other's next sentence.
        return own.stop - 1
    if len(theirs) > GAP_RATIO * len(own) + MIN_PIECE_WORDS:
        return None
    found = [keys[n] for n in own]
    if end + 1 < theirs.stop and other_keys[end + 1] in found:
        return own.start + found.index(other_keys[end + 1]) - 1
    if other_keys[end] in found:
        return own.start + found.index(other_keys[end])
    share = (end + 1 - theirs.start) / len(theirs)
    return own.start + round(share * len(own)) - 1


def _spans(
    text: str, words: Sequence[re.Match[str]], cuts: set[int], matched: set[int]
) -> Iterator[tuple[int, int]]:
    """The pieces of ``text``: its ``words`` cut after each of ``cuts`` and at each paragraph's
    end. A stretch between two cuts that holds few ``matched`` words (under
    ``MIN_READ_SHARE``), or more than ``MAX_UNPUNCTUATED_WORDS``, is cut evenly into pieces of
    at most ``UNPUNCTUATED_PIECE_WORDS``: the bulletin's own words (a reporter's live, a sound
    bite) are no sentence of the other text, and their pieces may align with another's."""
    paragraph_ends = {
        n for n in range(len(words) - 1) if "\n\n" in text[words[n].end() : words[n + 1].start()]
    }
    # No piece ends inside a number said in words: "eight hundred and" and "fifty jobs" read as
    # two numbers, the second one another's figure changed.
    number_ends = _number_ends(words)
    first = 0
    breaks = {number_ends[cut] for cut in cuts}
    for last in _kept(sorted(breaks | paragraph_ends | {len(words) - 1})):
        size = last + 1 - first
        read = sum(first <= n <= last for n in matched) >= MIN_READ_SHARE * size
        parts = (
            1 if read and size <= MAX_UNPUNCTUATED_WORDS else -(-size // UNPUNCTUATED_PIECE_WORDS)
        )
        start = first
        for part in range(1, parts + 1):
            end = min(number_ends[first + part * size // parts - 1], last)
            if end >= start:
                yield words[start].start(), words[end].end()
                start = end + 1
        first = last + 1


def _number_ends(words: Sequence[re.Match[str]]) -> list[int]:
    """For each of ``words``, the last word of the number said in words that goes on after it
    ("eight" of "eight hundred and fifty" ends at "fifty"); the word itself where none does.

    >>> found = _words("slashing eight hundred and fifty jobs and two more")
    >>> [found[n].group() for n in _number_ends(found)]
    ['slashing', 'fifty', 'fifty', 'fifty', 'fifty', 'jobs', 'and', 'two', 'more']
    """
    counts = lexicon().number_words.keys() | lexicon().multipliers.keys()
    plain = [word.group().casefold() for word in words]
    told = [all(part in counts for part in word.split("-")) for word in plain]
    ends = list(range(len(words)))
    for n in reversed(range(len(words) - 1)):
        joined = n + 2 < len(words) and plain[n + 1] in NUMBER_JOINS and told[n + 2]
        joining = plain[n] in NUMBER_JOINS and n > 0 and told[n - 1] and told[n + 1]
        if (told[n] and (told[n + 1] or joined)) or joining:
            ends[n] = ends[n + 1]
    return ends


def _kept(breaks: Sequence[int]) -> list[int]:
    """``breaks`` (the last word of each piece, the text's last word last) without those that
    would leave a piece of fewer than ``MIN_PIECE_WORDS`` words: a short piece joins the one
    before it ("dollars" after "six million"), the first the one after it ("uh" before the lede).

    >>> _kept([0, 9, 10, 20])
    [10, 20]
    """
    kept: list[int] = []
    for last in breaks:
        if last - (kept[-1] if kept else -1) < MIN_PIECE_WORDS:
            if kept:
                kept.pop()
            elif last != breaks[-1]:
                continue
        kept.append(last)
    return kept
