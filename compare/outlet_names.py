"""One outlet, one name: a run's sources that differ only by a leading "The" and by case.

A paper's print page names it as its running head does ("The Dunmore Courier"), its CMS
export's front matter as the newsroom writes it ("Dunmore Courier"): both are one outlet, whose
articles are its own versions and updates, never copies of another outlet's.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from compare.records import Document

LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


def outlet_key(source: str) -> str:
    """What two spellings of one outlet's name share: the name case-folded, white space made
    one space, without a leading "The".

    >>> outlet_key("The Dunmore  Courier") == outlet_key("DUNMORE COURIER")
    True
    >>> outlet_key("Theatre Weekly")
    'theatre weekly'
    """
    return LEADING_ARTICLE.sub("", " ".join(source.split())).casefold()


def one_name_per_outlet(documents: Sequence[Document]) -> tuple[Document, ...]:
    """``documents``, each source spelled as the run spells its outlet most often, ties going
    to the spelling without "The", then to the first in sorted order: "The Dunmore Courier" of
    a print page is "Dunmore Courier" beside two CMS files so named. A source taken from a
    file's path is a label, no outlet's name, and is kept as it is.

    >>> docs = [Document(i, s, "") for i, s in (("a", "Dunmore Courier"), ("b", "The Dunmore Courier"))]
    >>> [d.source for d in one_name_per_outlet(docs)]
    ['Dunmore Courier', 'Dunmore Courier']
    """
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for document in documents:
        if not document.source_from_path:
            spellings[outlet_key(document.source)][document.source] += 1
    chosen = {
        key: min(counts, key=lambda name: (-counts[name], bool(LEADING_ARTICLE.match(name)), name))
        for key, counts in spellings.items()
        if len(counts) > 1
    }
    if not chosen:
        return tuple(documents)
    return tuple(
        replace(document, source=name)
        if not document.source_from_path
        and (name := chosen.get(outlet_key(document.source), document.source)) != document.source
        else document
        for document in documents
    )
