"""Name how two aligned sentences frame a fact differently, and profile each article's framing.

Every list of words lives in ``framing_terms.toml``; this module only decides what a difference
between two sentences means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain

from compare.lexicon import lexicon
from compare.records import Document, FramingNote, FramingProfile, Sentence
from compare.segment import find_numbers, is_number, normalise, words

QUOTATION = re.compile(r'"([^"\n]{3,})"')
# A capitalised name of one or more words, allowing "of", "for", "and", "the" inside it.
AFTER_CUE = re.compile(r"\s+(?:the\s+)?(?:(?:data|figures)\s+from\s+(?:the\s+)?)?")
NAME = re.compile(
    r"[A-Z][\w'.-]*[\w]"
    r"(?:\s+(?:(?:of|for|and|the|de|du|al)\s+)?[A-Z][\w'.-]*[\w])*"
)


def framing_notes(a_text: str, b_text: str) -> tuple[FramingNote, ...]:
    """Framing differences between two versions of one fact, A's side first.

    >>> [(n.kind, n.a, n.b) for n in framing_notes("Peskov said it.", "Peskov claimed it.")]
    [('attribution_verb', 'said', 'claimed')]
    """
    if a_text == b_text:
        return ()
    a, b = _features(a_text), _features(b_text)
    notes: list[FramingNote] = []
    verbs_a, verbs_b = a["verbs"] - b["verbs"], b["verbs"] - a["verbs"]
    if verbs_a and verbs_b:
        notes.append(FramingNote("attribution_verb", _join(verbs_a), _join(verbs_b)))
    for kind, key in (("hedge", "hedges"), ("negation", "negations")):
        if b[key] - a[key]:
            notes.append(FramingNote(f"{kind}_added", "", _join(b[key] - a[key])))
        if a[key] - b[key]:
            notes.append(FramingNote(f"{kind}_removed", _join(a[key] - b[key]), ""))
    if a["numbers"] != b["numbers"] and (a["numbers"] or b["numbers"]):
        only_a, only_b = a["numbers"] - b["numbers"], b["numbers"] - a["numbers"]
        notes.append(FramingNote("number_changed", _join(only_a), _join(only_b)))
    if a["loaded"] != b["loaded"]:
        only_a, only_b = a["loaded"] - b["loaded"], b["loaded"] - a["loaded"]
        notes.append(FramingNote("loaded_term", _join(only_a), _join(only_b)))
    if a["quotes"] and not b["quotes"]:
        notes.append(FramingNote("quote_removed", _join(a["quotes"]), ""))
    elif b["quotes"] and not a["quotes"]:
        notes.append(FramingNote("quote_added", "", _join(b["quotes"])))
    return tuple(notes)


def framing_profile(document: Document, sentences: Sequence[Sentence]) -> FramingProfile:
    """Attribution verbs, hedges, quotations, cited sources and numbers of a whole article."""
    terms = lexicon()
    every = Counter(chain.from_iterable(s.tokens for s in sentences))
    verbs = {word: every[word] for word in every.keys() & terms.attribution_verbs}
    plain = normalise(document.text)
    return FramingProfile(
        doc=document.id,
        attribution_verbs=tuple(sorted(verbs.items(), key=lambda item: (-item[1], item[0]))),
        hedges=tuple(sorted(set().union(*(terms.hedges.find(s.tokens) for s in sentences)))),
        loaded_terms=tuple(
            sorted(set().union(*(terms.loaded_terms.find(s.tokens) for s in sentences)))
        ),
        quotes=tuple(q.strip() for q in QUOTATION.findall(plain) if len(words(q)) >= 3),
        cited_sources=cited_sources(plain),
        numbers=tuple(dict.fromkeys(chain.from_iterable(find_numbers(s.key) for s in sentences))),
    )


def cited_sources(text: str) -> tuple[str, ...]:
    """Named sources an article cites: wire services, organisations, names after "according to".

    >>> cited_sources("According to data from Germany's Kiel Institute, 41 nations gave arms. "
    ...               "Reuters contributed to this report.")
    ("Germany's Kiel Institute", 'Reuters')
    """
    terms = lexicon()
    found = {terms.wire_service(w.group()) for w in terms.wire_names.finditer(text)}
    for name in NAME.finditer(text):
        if name.group().split()[-1] in terms.organisation_suffixes:
            found.add(name.group())
    for cue in terms.source_cues.finditer(text):
        # Matched in place: a copy of the rest of the text per cue made long texts quadratic.
        after = AFTER_CUE.match(text, cue.end())
        named = NAME.match(text, after.end() if after else cue.end())
        if named:
            found.add(named.group())
    return tuple(sorted(found))


# One wire sentence is compared with every outlet that carries it: its features are made once.
@lru_cache(maxsize=1 << 14)
def _features(text: str) -> dict[str, frozenset[str]]:
    terms = lexicon()
    plain = normalise(text)
    tokens = words(plain)
    negations = {t for t in tokens if terms.is_negation(t)}
    return {
        "verbs": frozenset(t for t in tokens if t in terms.attribution_verbs),
        "hedges": frozenset(terms.hedges.find(tokens)),
        "negations": frozenset(negations),
        "numbers": frozenset(t for t in tokens if is_number(t) or t in terms.date_words),
        "loaded": frozenset(terms.loaded_terms.find(tokens)),
        "quotes": frozenset(q.strip() for q in QUOTATION.findall(plain)),
    }


def _join(values: Iterable[str]) -> str:
    return ", ".join(sorted(values))
