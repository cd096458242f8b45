"""Recognise boilerplate: lines that articles carry whatever the story, never counted as reuse."""

from __future__ import annotations

from collections.abc import Sequence

from compare.lexicon import lexicon
from compare.records import Sentence

# A credit or promo line is short; a long sentence that starts with "Copyright" is content.
MAX_BOILERPLATE_WORDS = 25


def find_boilerplate(sentences: Sequence[Sentence]) -> frozenset[tuple[str, int]]:
    """``(document id, sentence index)`` of every boilerplate sentence: credit, copyright and
    newsletter lines (the phrases in ``framing_terms.toml``).

    >>> from compare.segment import segment
    >>> from compare.records import Document
    >>> text = "Talks began. Reuters contributed to this report."
    >>> sorted(find_boilerplate(segment(Document("d", "d.txt", "d", None, None, None, text))))
    [('d', 1)]
    """
    return frozenset((s.doc, s.index) for s in sentences if is_boilerplate(s))


def is_boilerplate(sentence: Sentence) -> bool:
    """Whether a sentence is boilerplate (see :func:`find_boilerplate`)."""
    return len(sentence.tokens) <= MAX_BOILERPLATE_WORDS and lexicon().is_boilerplate(sentence.text)
