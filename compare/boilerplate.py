"""Recognise boilerplate: lines that articles repeat whatever the story, never counted as reuse."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.lexicon import lexicon
from compare.records import Sentence

# A credit or newsletter line is short; a long sentence that mentions "copyright" is content.
MAX_BOILERPLATE_WORDS = 25
# A short sentence repeated word for word in this many documents is a house line, not news.
REPEATED_IN_DOCUMENTS = 3
REPEATED_MAX_WORDS = 12


def find_boilerplate(sentences: Sequence[Sentence]) -> frozenset[tuple[str, int]]:
    """``(document id, sentence index)`` of every boilerplate sentence.

    A sentence is boilerplate when it is a credit, copyright or newsletter line (phrases in
    ``framing_terms.toml``), or a short sentence repeated verbatim in several documents.

    >>> from compare.segment import segment
    >>> from compare.records import Document
    >>> doc = Document("d", "d.txt", "d", None, None, None, "Talks began. Reuters contributed to this report.")
    >>> sorted(find_boilerplate(segment(doc)))
    [('d', 1)]
    """
    pattern = lexicon().boilerplate
    found = {
        (s.doc, s.index)
        for s in sentences
        if len(s.tokens) <= MAX_BOILERPLATE_WORDS and pattern.search(s.text)
    }
    holders: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        if 0 < len(s.tokens) <= REPEATED_MAX_WORDS:
            holders[s.key].add(s.doc)
    found.update(
        (s.doc, s.index) for s in sentences if len(holders.get(s.key, ())) >= REPEATED_IN_DOCUMENTS
    )
    return frozenset(found)
