"""One outlet, one name: a run's sources that differ only by a leading "The", case or spacing,
and the files of a folder named for one of them.

A paper's print page names it as its running head does ("The Dunmore Courier"), its CMS
export's front matter as the newsroom writes it ("Dunmore Courier"): both are one outlet, whose
articles are its own versions and updates, never copies of another outlet's. A sub-editor keeps
the paper's files in a folder named for it ("Dunmore Courier/", or "Courier/" for short), some
of them without front matter: the folder says whose they are.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from compare.lexicon import lexicon
from compare.read import ReadResult
from compare.records import Document

LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
FOLDER_WORD_JOINS = re.compile(r"[\s_-]+")


def outlet_key(source: str) -> str:
    """What two spellings of one outlet's name share: the name case-folded, white space made
    one space, without a leading "The".

    >>> outlet_key("The Dunmore  Courier") == outlet_key("DUNMORE COURIER")
    True
    >>> outlet_key("Theatre Weekly")
    'theatre weekly'
    """
    return LEADING_ARTICLE.sub("", " ".join(source.split())).casefold()


def outlets_named_alike(read: ReadResult) -> ReadResult:
    """``read`` with its documents' outlets named alike (:func:`one_name_per_outlet`), and
    without the files a folder named for their outlet among those that name no source."""
    documents = one_name_per_outlet(read.documents)
    if all(named is given for named, given in zip(documents, read.documents, strict=True)):
        return read
    labelled = {d.path for d in documents if d.source_from_path}
    return replace(
        read,
        documents=documents,
        named_by_file=tuple(path for path in read.named_by_file if path in labelled),
    )


def one_name_per_outlet(documents: Sequence[Document]) -> tuple[Document, ...]:
    """``documents``, each source spelled as the run spells its outlet most often, ties going
    to the spelling without "The", then to the first in code point order: "The Dunmore
    Courier" of a print page is "Dunmore Courier" beside two CMS files so named. A file that
    names no source, labelled by its path, is the outlet a folder of that path is named for
    (:func:`_folder_names`): "Courier/glenholm closure" is Dunmore Courier's.

    >>> docs = [Document(i, s, "") for i, s in (("a", "Dunmore Courier"), ("b", "The Dunmore Courier"))]
    >>> docs.append(Document("c", "Courier/glenholm closure", "", source_from_path=True))
    >>> [d.source for d in one_name_per_outlet(docs)]
    ['Dunmore Courier', 'Dunmore Courier', 'Dunmore Courier']
    """
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for document in documents:
        if not document.source_from_path:
            spellings[outlet_key(document.source)][document.source] += 1
    chosen = {
        key: min(counts, key=lambda name: (-counts[name], bool(LEADING_ARTICLE.match(name)), name))
        for key, counts in spellings.items()
    }
    return tuple(_named(document, chosen) for document in documents)


def _named(document: Document, chosen: Mapping[str, str]) -> Document:
    """``document`` with its outlet's ``chosen`` name (by :func:`outlet_key`), the one its
    folder is named for when it names no source, else itself."""
    if document.source_from_path:
        name = _folder_names(document.source, chosen)
        return document if name is None else replace(document, source=name, source_from_path=False)
    name = chosen[outlet_key(document.source)]
    return document if name == document.source else replace(document, source=name)


def _folder_names(label: str, outlets: Mapping[str, str]) -> str | None:
    """The outlet of ``outlets`` (names by :func:`outlet_key`) a folder of ``label``, a file's
    path below the folder given, is named for, the folder nearest the file first: by its whole
    name ("Dunmore Courier/", "dunmore_courier/"), or by the last words of the one outlet whose
    name ends so ("Courier/", as a paper is called for short); never a folder named by generic
    words only ("articles/", "news/"), nor a date's.

    >>> outlets = {"dunmore courier": "Dunmore Courier", "vale post": "Vale Post"}
    >>> _folder_names("Courier/fire", outlets), _folder_names("2026-12-07/dunmore_courier/fire", outlets)
    ('Dunmore Courier', 'Dunmore Courier')
    >>> _folder_names("Rival pages/fire", outlets), _folder_names("news/fire", outlets)
    (None, None)
    """
    terms = lexicon()
    generic = terms.section_words | terms.generic_folders
    *folders, _ = label.split("/")
    for folder in reversed(folders):
        words = [word for word in FOLDER_WORD_JOINS.split(outlet_key(folder)) if word]
        if not any(map(str.isalpha, words)) or generic.issuperset(words):
            continue
        if (name := " ".join(words)) in outlets:
            return outlets[name]
        ending = [
            outlet
            for key, outlet in outlets.items()
            if len(named := key.split()) > len(words) and named[-len(words) :] == words
        ]
        if len(ending) == 1:
            return ending[0]
    return None
