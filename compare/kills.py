"""Kills: a wire's advisory that withdraws a story it sent ("KILL-" before the story's headline,
"is withdrawing the story headlined ..."), and the story it withdraws.

A kill is no newer version of the story: it shares only the headline with it, and tells
subscribers to take the story down, not what to change in it. A subscriber's copy of the killed
story is out of date however little a substitute changes (``staleness.stale_copies``).
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.lexicon import lexicon
from compare.records import Document


def killed_by(documents: Sequence[Document]) -> dict[str, tuple[str, ...]]:
    """Per kill advisory among ``documents`` (its headline's slugs a kill's,
    ``Lexicon.headline_slug``), the ids of its outlet's other documents it withdraws: those whose
    headline is the advisory's without its slugs, or stands in the advisory's text, as an
    agency's advisory quotes it.

    >>> killed_by([Document("v1", "Wire", "Ferry firm fined.", title="Ferry firm fined"),
    ...     Document("kill", "Wire", "KILL - KILL - KILL", title="KILL-Ferry firm fined"),
    ...     Document("daily", "Daily", "Ferry firm fined.", title="Ferry firm fined")])
    {'kill': ('v1',)}
    """
    found = {}
    # Each headline keyed once: an advisory is checked against every document of the story.
    headlines = {d.id: _headline_key(d.title) for d in documents if d.title}
    for advisory in documents:
        slugs = lexicon().headline_slug(advisory.title) if advisory.title else None
        if slugs is None or slugs[0] != "kill" or advisory.title is None:
            continue
        named = _headline_key(advisory.title[len(slugs[1]) :].lstrip(" -"))
        text = _headline_key(advisory.text)
        withdrawn = tuple(
            d.id
            for d in documents
            if d.id != advisory.id
            and d.source == advisory.source
            and d.id in headlines
            and (headlines[d.id] == named or headlines[d.id] in text)
        )
        if withdrawn:
            found[advisory.id] = withdrawn
    return found


def _headline_key(text: str) -> str:
    """A headline as compared: in any case, spaced alike."""
    return " ".join(text.casefold().split())
