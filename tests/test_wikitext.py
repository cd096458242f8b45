"""Wikitext drafts read as their rendered pages read."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.pipeline import compare_paths
from compare.records import DirectionBasis, MatchKind
from compare.wikitext import looks_like_wikitext, wikitext_plain

# An invented encyclopedia draft on a mill town, in wikitext, and the paper it pastes.
DRAFT = """{{Infobox settlement
| name = Calder Bridge
| population = 8,412
| county = {{flag|Westmere}}
}}
'''Calder Bridge''' is a mill town on the [[River Arle]] in [[Westmere|the county of Westmere]].

== History ==
The town grew up around the [[River Arle|Arle]] in the 1830s, when the brothers [[Josiah Fenwick|Josiah]] and Samuel Fenwick built the first spinning mill beside the weir.<ref>{{cite news |last=Hale |first=Dora |title=Last loom falls silent |work=Dunmore Courier |date=14 May 2022}}</ref> Within two decades, seven mills lined the riverbank and the population had passed 6,000.<ref name="dc"/>

== References ==
{{reflist}}
"""
PAPER = """---
source: Dunmore Courier
date: 2022-05-14
title: Last loom falls silent
---
The last working loom in Calder Bridge stopped on Friday after 190 years of weaving in the town.

The town grew up around the Arle in the 1830s, when the brothers Josiah and Samuel Fenwick built the first spinning mill beside the weir. Within two decades, seven mills lined the riverbank and the population had passed 6,000.

Former weaver Ada Pike, 81, said the town had lost its heartbeat.
"""


@pytest.mark.parametrize(
    ("text", "wikitext"),
    [
        pytest.param(DRAFT, True, id="draft"),
        pytest.param("'''Calder Bridge''' lies on the [[River Arle]].", True, id="bold_and_link"),
        pytest.param("The council met. '''Update:''' it adjourned at 9pm.", False, id="news_bold"),
        pytest.param("== Live ==\nThe council met on Monday.", False, id="news_rule"),
    ],
)
def test_wikitext_is_told_by_two_kinds_of_its_markup(text: str, wikitext: bool) -> None:
    """A text showing two kinds of wikitext's markup is wikitext; a news text with one stray
    sign of it ("'''Update:'''") is not."""
    assert looks_like_wikitext(text) is wikitext


def test_a_draft_reads_as_its_rendered_page() -> None:
    """The infobox, headings and bold quotes go, a link keeps the words it shows, a ref leaves
    the sentence it closes, and its citation becomes a line of the reference list where
    {{reflist}} stood, naming the outlet its work field cites."""
    assert wikitext_plain(DRAFT) == (
        "Calder Bridge is a mill town on the River Arle in the county of Westmere.\n\n"
        "The town grew up around the Arle in the 1830s, when the brothers Josiah and Samuel "
        "Fenwick built the first spinning mill beside the weir. Within two decades, seven mills "
        "lined the riverbank and the population had passed 6,000.\n\n"
        "References\n\n"
        '1. Hale, Dora (14 May 2022). "Last loom falls silent". Dunmore Courier.'
    )


def test_a_draft_that_pastes_a_paper_through_links_and_refs_is_read_as_its_copy(
    tmp_path: Path,
) -> None:
    """A wikitext draft read from a .txt file gives the paper's sentences word for word, links,
    bold and refs aside, and credits the paper its {{cite news}} names: the two pasted
    sentences are verbatim, not edits, and the reuse is credited (acceptance round 36, d3
    and d4)."""
    (tmp_path / "Calder_Bridge.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "courier.txt").write_text(PAPER, encoding="utf-8")
    result = compare_paths([str(tmp_path)])
    draft = result.by_id["Calder_Bridge"]
    assert "{{" not in draft.text and "[[" not in draft.text and "'''" not in draft.text
    (pair,) = result.pairs
    assert [m.kind for m in pair.matches] == [MatchKind.VERBATIM, MatchKind.VERBATIM]
    assert (pair.copy, pair.crediting, pair.undisclosed_reuse) == (
        "Calder_Bridge",
        ("Calder_Bridge",),
        False,
    )
    for sentences in result.sentences.values():
        for sentence in sentences:
            assert result.by_id[sentence.doc].text[sentence.start : sentence.end] == sentence.text


def test_a_page_that_keeps_a_wiki_articles_footnote_marks_is_read_as_its_copy(
    tmp_path: Path,
) -> None:
    """A local site's page that pasted a wiki article's paragraphs keeps their "[1]" marks but
    no notes they point to: it is the copy, though the wiki page is dated by its last edit,
    after the site's page (acceptance round 36, d6: the wiki article was tagged as the copy)."""
    wiki = "---\nsource: Local History Wiki\ndate: 2025-01-10\n---\n" + DRAFT
    site = (
        "---\nsource: Westmere Today\ndate: 2024-06-20\ntitle: Calder Bridge mills\n---\n"
        "The town grew up around the Arle in the 1830s, when the brothers Josiah and Samuel "
        "Fenwick built the first spinning mill beside the weir.[1] Within two decades, seven mills "
        "lined the riverbank and the population had passed 6,000.[1]\n\n"
        "A heritage trail opens in the town next month.\n"
    )
    (tmp_path / "Calder_Bridge.txt").write_text(wiki, encoding="utf-8")
    (tmp_path / "westmere_today.txt").write_text(site, encoding="utf-8")
    result = compare_paths([str(tmp_path)])
    assert result.by_id["westmere_today"].stray_marks == 2
    assert "[1]" not in result.by_id["westmere_today"].text
    (pair,) = result.pairs
    assert (pair.copy, pair.origin, pair.direction_basis) == (
        "westmere_today",
        "Calder_Bridge",
        DirectionBasis.STRAY_MARKS,
    )


def test_a_draft_credits_the_outlets_it_cites_though_it_shares_no_text(tmp_path: Path) -> None:
    """A draft that summarises a paper in its own words and cites it with {{cite news
    |work=...}} credits it, as a credit line would, though their pair is independent and
    credits nothing (retest of acceptance round 36, item 6: "credits []")."""
    summary = DRAFT.replace(
        "The town grew up around the [[River Arle|Arle]] in the 1830s, when the brothers "
        "[[Josiah Fenwick|Josiah]] and Samuel Fenwick built the first spinning mill beside the "
        "weir.",
        "Its first mill, built by the Fenwick family, used the power of the weir.",
    ).replace(
        "Within two decades, seven mills lined the riverbank and the population had passed 6,000.",
        "Weaving employed most of the town until the closures of the 2010s.",
    )
    (tmp_path / "Calder_Bridge.txt").write_text(summary, encoding="utf-8")
    (tmp_path / "courier.txt").write_text(PAPER, encoding="utf-8")
    result = compare_paths([str(tmp_path)])
    assert [p.verdict.value for p in result.pairs] in ([], ["independent"])
    assert result.by_id["Calder_Bridge"].credits == ("Dunmore Courier",)
    assert result.credits_of["Calder_Bridge"] == ("Dunmore Courier",)
